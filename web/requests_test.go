package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/letter"
	"tillsyn/review/pdftext"
	"tillsyn/web"
)

// uploadEnv is the test env with a server that can receive files (a PDF extractor) and a
// request letter to Forshaga, whose link's token it holds.
type uploadEnv struct {
	*testEnv
	ts           *httptest.Server
	token        string
	own, other   review.SampleItem // a selected case of Forshaga, and of another committee
	ownReserve   review.SampleItem
	ex           *pdftext.Extractor
	otherLetters []review.IssuedLetter
	log          *lockedBuffer
}

// lockedBuffer is a log destination the test can read.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

func newUploadEnv(t *testing.T) *uploadEnv {
	e := newEnv(t, envOptions{})
	ex := pdftext.New(pdftext.Options{Command: []string{os.Args[0], pdftext.WorkerArg}, Timeout: 30 * time.Second})
	t.Cleanup(func() { ex.Close() })
	log := &lockedBuffer{}
	srv, err := web.New(web.Config{Service: e.svc, Auth: e.auth, Logger: slog.New(slog.NewTextHandler(log, nil)), Version: "test", Extractor: ex})
	if err != nil {
		t.Fatal(err)
	}
	u := &uploadEnv{testEnv: e, ts: httptest.NewServer(srv.Handler()), ex: ex, log: log, own: e.item(ownCommitee, false), other: e.item(ownCommitee, true)}
	t.Cleanup(u.ts.Close)
	ctx := context.Background()
	issued, err := e.svc.CreateLetters(ctx, review.LetterRequestParams{Audit: testAudit, Deadline: "2099-01-15", By: "inspektor", BaseURL: u.ts.URL}, letter.Render)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range issued {
		if l.Committee == ownCommitee {
			u.token = l.Token
		} else {
			u.otherLetters = append(u.otherLetters, l)
		}
	}
	_, sm, err := e.svc.ActiveSample(ctx, testAudit)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range sm.Items {
		if it.Committee == ownCommitee && it.Status == review.StatusReserve && u.ownReserve.ID == 0 {
			u.ownReserve = it
		}
	}
	return u
}

// post sends files for a case to an upload link the way the page's form does.
func (u *uploadEnv) post(token string, itemID int64, csrf string, files map[string][]byte) (int, string) {
	u.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf", csrf)
	mw.WriteField("case", strconv.FormatInt(itemID, 10))
	for name, b := range files {
		w, _ := mw.CreateFormFile("files", name)
		w.Write(b)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", u.ts.URL+"/upload/"+token, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		u.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func (u *uploadEnv) get(token string) (int, string) {
	u.t.Helper()
	res, err := http.Get(u.ts.URL + "/upload/" + token)
	if err != nil {
		u.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func demoPDF(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "demo", "casefiles", "forshaga_SN-2014-294", "Journal.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func zipOf(t *testing.T, entries map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// documents counts a case's stored documents by status.
func (u *uploadEnv) documents(itemID int64) map[string]int {
	u.t.Helper()
	docs, err := u.svc.CaseDocuments(context.Background(), itemID)
	if err != nil {
		u.t.Fatal(err)
	}
	out := map[string]int{}
	for _, d := range docs {
		out[string(d.Status)]++
	}
	return out
}

// TestUploadLink: the committee's contact uploads through the link without an account; the
// link reaches only its committee's sampled cases; a file that is not a PDF gets its status
// and is never stored; ZIPs are unpacked unless they climb out of themselves or are bombs;
// revoked and expired links are refused; the tracking counts what arrived.
func TestUploadLink(t *testing.T) {
	u := newUploadEnv(t)
	csrf := review.CSRFToken(u.token)

	status, body := u.get(u.token)
	if status != http.StatusOK || !strings.Contains(body, u.own.Diarienummer) || strings.Contains(body, u.other.Diarienummer) {
		t.Fatalf("upload page: %d; must list %s and not %s", status, u.own.Diarienummer, u.other.Diarienummer)
	}
	// a PDF and a file that is not one
	status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"Journal.pdf": demoPDF(t), "Utredning.docx": []byte("PK\x03\x04 a word file, not a PDF")})
	if status != http.StatusOK || !strings.Contains(body, "Journal.pdf: mottagen") || !strings.Contains(body, "inte en PDF") {
		t.Fatalf("upload: %d\n%s", status, body)
	}
	if got := u.documents(u.own.ID); got["ok"] != 1 || got["not_pdf"] != 0 {
		t.Fatalf("stored documents: %v", got)
	}
	// the not-PDF file was read as a ZIP? No: its name says .docx and its content is no
	// ZIP, so it is a file like any other; only the PDF is stored on disk
	ov, err := u.svc.Requests(context.Background(), testAudit, time.Date(2099, 2, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ov.Committees {
		if c.Committee != ownCommitee {
			continue
		}
		if c.Received != 1 || c.Requested != len(c.Missing)+1 || !c.Overdue || len(c.Problems) != 1 || c.Problems[0].Status != "not_pdf" {
			t.Fatalf("tracking of %s: %+v", ownCommitee, c)
		}
	}
	// the same file again changes nothing
	if status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"Journal.pdf": demoPDF(t)}); status != 200 || !strings.Contains(body, "samma fil som tidigare") {
		t.Fatalf("same file again: %d", status)
	}
	// a reserve of the committee may be sent; another committee's case may not
	if status, _ = u.post(u.token, u.ownReserve.ID, csrf, map[string][]byte{"a.pdf": demoPDF(t)}); status != http.StatusOK {
		t.Fatalf("a reserve of the own committee: %d", status)
	}
	before := u.documents(u.other.ID)
	if status, body = u.post(u.token, u.other.ID, csrf, map[string][]byte{"a.pdf": demoPDF(t)}); status != http.StatusForbidden || !strings.Contains(body, "hör inte till den här länken") {
		t.Fatalf("another committee's case: %d\n%s", status, body)
	}
	if after := u.documents(u.other.ID); len(after) != len(before) {
		t.Fatal("a file reached another committee's case")
	}
	// without the form's token (a forged cross-site post): refused
	if status, _ = u.post(u.token, u.own.ID, "forged", map[string][]byte{"a.pdf": demoPDF(t)}); status != http.StatusForbidden {
		t.Fatalf("without the CSRF token: %d", status)
	}

	// from another site, even with the form's token: refused by the cross-origin check
	{
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		mw.WriteField("csrf", csrf)
		mw.WriteField("case", strconv.FormatInt(u.own.ID, 10))
		w, _ := mw.CreateFormFile("files", "a.pdf")
		w.Write(demoPDF(t))
		mw.Close()
		req, _ := http.NewRequest("POST", u.ts.URL+"/upload/"+u.token, &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Fatalf("a cross-site upload: %d", res.StatusCode)
		}
	}
	// ZIPs: a good one is unpacked, a ZIP slip and a zip bomb are refused whole
	good := zipOf(t, map[string][]byte{"akt/Vardplan.pdf": append(demoPDF(t), " \n"...), "akt/Beslut.pdf": append(demoPDF(t), ' ')})
	if status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"akt.zip": good}); status != 200 || strings.Count(body, ": mottagen") != 2 {
		t.Fatalf("a good ZIP: %d\n%s", status, body)
	}
	count := func() int {
		docs, _ := u.svc.CaseDocuments(context.Background(), u.own.ID)
		return len(docs)
	}
	n := count()
	slip := zipOf(t, map[string][]byte{"ok.pdf": demoPDF(t), "../../../etc/evil.pdf": demoPDF(t)})
	if status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"slip.zip": slip}); status != 200 || !strings.Contains(body, "ZIP-filen avvisades") || !strings.Contains(body, "pekar ut ur ZIP-filen") {
		t.Fatalf("ZIP slip: %d\n%s", status, body)
	}
	abs := zipOf(t, map[string][]byte{"/tmp/evil.pdf": demoPDF(t)})
	if status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"abs.zip": abs}); status != 200 || !strings.Contains(body, "ZIP-filen avvisades") {
		t.Fatalf("absolute path in a ZIP: %d\n%s", status, body)
	}
	bomb := zipOf(t, map[string][]byte{"bomb.pdf": append([]byte("%PDF-1.4\n"), make([]byte, 64<<20)...)})
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes packed", len(bomb))
	}
	if status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"bomb.zip": bomb}); status != 200 || !strings.Contains(body, "zipbomb") {
		t.Fatalf("zip bomb: %d\n%s", status, body)
	}
	if got := count(); got != n {
		t.Fatalf("refused ZIPs stored %d documents", got-n)
	}
	if entries, _ := os.ReadDir(filepath.Join(u.dir, "files", ".staging")); len(entries) != 0 {
		t.Fatalf("staging left behind: %v", entries)
	}
	ov, _ = u.svc.Requests(context.Background(), testAudit, time.Now())
	refused := 0
	for _, c := range ov.Committees {
		for _, p := range c.Problems {
			if p.Status == review.UploadZipRefused {
				refused++
			}
		}
	}
	if refused != 3 {
		t.Fatalf("%d refused ZIPs tracked, want 3", refused)
	}

	// an unknown token, a revoked link and an expired one are refused, before and at posting
	other1 := map[bool]string{true: "y", false: "x"}[u.token[0] == 'x'] // never the token itself
	if status, _ = u.get(other1 + u.token[1:]); status != http.StatusForbidden {
		t.Fatalf("unknown token: %d", status)
	}
	links, _ := u.svc.Requests(context.Background(), testAudit, time.Now())
	var other review.CommitteeRequest
	for _, c := range links.Committees {
		if c.Committee != ownCommitee {
			other = c
		}
	}
	if err := u.svc.RevokeUploadLink(context.Background(), u.audit.ID, other.Links[0].ID, "inspektor"); err != nil {
		t.Fatal(err)
	}
	for _, l := range u.otherLetters {
		if l.Committee == other.Committee {
			if status, body = u.get(l.Token); status != http.StatusForbidden || !strings.Contains(body, "återkallats") {
				t.Fatalf("revoked link: %d\n%s", status, body)
			}
			if status, _ = u.post(l.Token, u.other.ID, review.CSRFToken(l.Token), map[string][]byte{"a.pdf": demoPDF(t)}); status != http.StatusForbidden {
				t.Fatalf("post to a revoked link: %d", status)
			}
		}
	}
	later := review.NewService(u.st, review.Config{PseudonymKey: u.st.PseudonymKey(), FileDir: filepath.Join(u.dir, "files"),
		Clock: func() time.Time { return time.Date(2099, 3, 1, 0, 0, 0, 0, time.UTC) }})
	if _, err := later.OpenUploadLink(context.Background(), u.token); review.ErrorCodeOf(err) != review.EForbidden || !strings.Contains(fmt.Sprint(err), "gällde till 2099-02-14") {
		t.Fatalf("expired link: %v", err)
	}
	if _, err := later.ReceiveFiles(context.Background(), u.token, u.own.ID, nil, u.ex); review.ErrorCodeOf(err) != review.EForbidden {
		t.Fatalf("upload through an expired link: %v", err)
	}
	// and through the web app, when its clock has passed the link's end
	laterSrv, err := web.New(web.Config{Service: later, Auth: u.auth, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: "test", Extractor: u.ex})
	if err != nil {
		t.Fatal(err)
	}
	lts := httptest.NewServer(laterSrv.Handler())
	defer lts.Close()
	laterEnv := *u
	laterEnv.ts = lts
	if status, body = laterEnv.get(u.token); status != http.StatusForbidden || !strings.Contains(body, "gällde till 2099-02-14") {
		t.Fatalf("the expired link's page: %d", status)
	}
	if status, _ = laterEnv.post(u.token, u.own.ID, csrf, map[string][]byte{"a.pdf": demoPDF(t)}); status != http.StatusForbidden {
		t.Fatalf("a post to the expired link: %d", status)
	}
	if strings.Contains(u.log.String(), u.token) || !strings.Contains(u.log.String(), "/upload/…") {
		t.Fatal("the server's log holds an upload link's token")
	}
	// a new letter to the committee revokes its earlier link
	if _, err := u.svc.CreateLetters(context.Background(), review.LetterRequestParams{Audit: testAudit, Committees: []string{ownCommitee}, Deadline: "2099-01-20", By: "x", BaseURL: "http://h"}, letter.Render); err != nil {
		t.Fatal(err)
	}
	if status, _ = u.get(u.token); status != http.StatusForbidden {
		t.Fatalf("the link of a superseded letter: %d", status)
	}
}

// TestRequestsPages: the tracking view, the letter as recorded (its hash), the revocation
// form; a self-auditor cannot reach a supervision's requests.
func TestRequestsPages(t *testing.T) {
	u := newUploadEnv(t)
	e := u.testEnv
	id := strconv.FormatInt(e.audit.ID, 10)
	res := e.do(req{method: "GET", path: "/audits/" + id + "/requests", user: uInspector})
	if res.status != 200 || !strings.Contains(res.body, `id="tracking"`) || !strings.Contains(res.body, "2099-01-15") {
		t.Fatalf("tracking: %d\n%s", res.status, res.body)
	}
	if r := e.do(req{method: "GET", path: "/audits/" + id + "/requests", user: uSelf}); r.status != http.StatusForbidden {
		t.Fatalf("a self-auditor on a supervision's requests: %d", r.status)
	}
	// letters from the web are recorded like the CLI's
	res = e.do(req{method: "POST", path: "/audits/" + id + "/letters", user: uInspector, form: map[string][]string{"kind": {"request"}, "committee": {"Säffle"}, "deadline": {"2099-03-01"}}})
	if res.status != 200 || !strings.Contains(res.body, `id="letters-made"`) {
		t.Fatalf("letters: %d\n%s", res.status, res.body)
	}
	res = e.do(req{method: "POST", path: "/audits/" + id + "/letters", user: uInspector, form: map[string][]string{"kind": {"request"}, "deadline": {"2001-01-01"}}})
	if res.status != http.StatusUnprocessableEntity && res.status != http.StatusBadRequest || !strings.Contains(res.body, "has passed") {
		t.Fatalf("a past deadline: %d", res.status)
	}
	letters, err := e.st.Letters(context.Background(), e.audit.ID)
	if err != nil || len(letters) != 5 {
		t.Fatalf("letters recorded: %d %v", len(letters), err)
	}
	last := letters[len(letters)-1]
	if last.Committee != "Säffle" || last.CreatedBy != uInspector || last.Deadline.Format("2006-01-02") != "2099-03-01" {
		t.Fatalf("recorded letter: %+v", last)
	}
	res = e.do(req{method: "GET", path: fmt.Sprintf("/audits/%s/letters/%d", id, last.ID), user: uInspector})
	if res.status != 200 || res.header.Get("X-Content-Sha256") != last.SHA256 || !strings.Contains(res.body, "Socialnämnden i Säffle") {
		t.Fatalf("letter page: %d %q", res.status, res.header.Get("X-Content-Sha256"))
	}
	if !strings.Contains(res.header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Fatal("the letter page must load nothing")
	}
	// revoke from the page
	var link int64
	ov, _ := e.svc.Requests(context.Background(), testAudit, time.Now())
	for _, c := range ov.Committees {
		if c.Committee == ownCommitee {
			link = c.Links[len(c.Links)-1].ID
		}
	}
	res = e.do(req{method: "POST", path: "/audits/" + id + "/links/revoke", user: uInspector, form: map[string][]string{"link": {strconv.FormatInt(link, 10)}}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("revoke: %d", res.status)
	}
	if status, _ := u.get(u.token); status != http.StatusForbidden {
		t.Fatalf("revoked from the page, the link still opens: %d", status)
	}
}
