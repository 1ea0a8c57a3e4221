package web_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/web"
)

// docsByName lists a case's documents by file name.
func (u *uploadEnv) docsByName(itemID int64) map[string]review.CaseDocument {
	u.t.Helper()
	docs, err := u.svc.CaseDocuments(context.Background(), itemID)
	if err != nil {
		u.t.Fatal(err)
	}
	out := map[string]review.CaseDocument{}
	for _, d := range docs {
		out[d.File] = d
	}
	return out
}

// TestUploadNeverReplaces: a link holder can add files to a case but never replace or
// delete one: a not-PDF under a stored document's name is recorded as an upload only, a new
// PDF under a taken name gets "name (2).pdf", and a case with a submitted judgement takes
// nothing, with a message in Swedish.
func TestUploadNeverReplaces(t *testing.T) {
	u := newUploadEnv(t)
	csrf := review.CSRFToken(u.token)
	const name = "Akt SN komplett.pdf"
	if status, body := u.post(u.token, u.own.ID, csrf, map[string][]byte{name: demoPDF(t)}); status != 200 || !strings.Contains(body, "mottagen") {
		t.Fatalf("first upload: %d", status)
	}
	orig := u.docsByName(u.own.ID)[name]
	if orig.Status != review.DocOK || orig.NumPages == 0 {
		t.Fatalf("first upload stored %+v", orig)
	}
	// junk under the same name: an upload record with not_pdf, the document untouched
	if status, body := u.post(u.token, u.own.ID, csrf, map[string][]byte{name: []byte("not a pdf at all")}); status != 200 || !strings.Contains(body, "inte en PDF") {
		t.Fatalf("junk upload: %d\n%s", status, body)
	}
	docs := u.docsByName(u.own.ID)
	if len(docs) != 1 || docs[name].ID != orig.ID || docs[name].SHA256 != orig.SHA256 || docs[name].NumPages != orig.NumPages {
		t.Fatalf("a not-PDF upload changed the documents: %+v", docs)
	}
	ups, err := u.st.Uploads(context.Background(), u.audit.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := ups[len(ups)-1]; last.Status != string(review.DocNotPDF) || last.File != name {
		t.Fatalf("the not-PDF upload recorded as %+v", last)
	}
	// another PDF under the same name: added beside it
	if status, _ := u.post(u.token, u.own.ID, csrf, map[string][]byte{name: append(demoPDF(t), ' ')}); status != 200 {
		t.Fatalf("second PDF: %d", status)
	}
	docs = u.docsByName(u.own.ID)
	if len(docs) != 2 || docs[name].ID != orig.ID || docs["Akt SN komplett (2).pdf"].Status != review.DocOK {
		t.Fatalf("a PDF under a taken name: %v", docs)
	}
	// the same content again, under any name: unchanged
	if status, body := u.post(u.token, u.own.ID, csrf, map[string][]byte{"annat namn.pdf": demoPDF(t)}); status != 200 || !strings.Contains(body, "samma fil som tidigare") {
		t.Fatalf("same content again: %d", status)
	}
	if len(u.docsByName(u.own.ID)) != 2 {
		t.Fatal("the same content was stored twice")
	}
	// a submitted judgement closes the case to uploads
	var in []review.ScoreInput
	for _, c := range review.DefaultCriteria {
		in = append(in, review.ScoreInput{Criterion: c, Verdict: review.Yes, Elements: map[bool]string{true: "abcdef"}[c == review.AssignmentDescription]})
	}
	if _, err := u.svc.SaveScores(context.Background(), "granskare", u.own.ID, in, true); err != nil {
		t.Fatal(err)
	}
	status, body := u.post(u.token, u.own.ID, csrf, map[string][]byte{"ny.pdf": append(demoPDF(t), ' ', ' ')})
	if status != http.StatusConflict || !strings.Contains(body, "redan granskat") {
		t.Fatalf("upload to a judged case: %d\n%s", status, body)
	}
	if len(u.docsByName(u.own.ID)) != 2 {
		t.Fatal("a judged case took a file")
	}
}

// TestUploadTwoZips: two ZIPs in one upload are both unpacked (their entries once collided
// in the staging area).
func TestUploadTwoZips(t *testing.T) {
	u := newUploadEnv(t)
	a := zipOf(t, map[string][]byte{"a.pdf": demoPDF(t)})
	b := zipOf(t, map[string][]byte{"b.pdf": append(demoPDF(t), ' ')})
	status, body := u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"a.zip": a, "b.zip": b})
	if status != 200 || strings.Count(body, ": mottagen") != 2 {
		t.Fatalf("two ZIPs: %d\n%s", status, body)
	}
	if docs := u.docsByName(u.own.ID); len(docs) != 2 || docs["a.zip/a.pdf"].Status != review.DocOK || docs["b.zip/b.pdf"].Status != review.DocOK {
		t.Fatalf("two ZIPs stored %v", docs)
	}
}

// TestUploadUnreadablePDFNotReceived: a file that only starts like a PDF is no delivery: the
// case stays missing in the tracking and on the upload page.
func TestUploadUnreadablePDFNotReceived(t *testing.T) {
	u := newUploadEnv(t)
	status, body := u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"skräp.pdf": []byte("%PDF-1.4\nnothing a reader can use\n")})
	if status != 200 || strings.Contains(body, "skräp.pdf: mottagen") {
		t.Fatalf("junk PDF: %d\n%s", status, body)
	}
	ov, err := u.svc.Requests(context.Background(), testAudit, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ov.Committees {
		if c.Committee == ownCommitee && c.Received != 0 {
			t.Fatalf("a junk PDF counted as received: %+v", c)
		}
	}
	l, err := u.svc.OpenUploadLink(context.Background(), u.token)
	if err != nil {
		t.Fatal(err)
	}
	if l.Received[u.own.ID] != 0 {
		t.Fatal("the upload page counts a junk PDF as received")
	}
}

// TestUploadZipEntryNames: names inside a ZIP are cleaned like a sent file's name: no
// format or separator characters, at most 200 bytes.
func TestUploadZipEntryNames(t *testing.T) {
	u := newUploadEnv(t)
	long := "akt/" + strings.Repeat("å", 150) + "\u200b\u2028\u2029\u00ad.pdf"
	z := zipOf(t, map[string][]byte{long: demoPDF(t)})
	if status, body := u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"akt.zip": z}); status != 200 {
		t.Fatalf("ZIP: %d\n%s", status, body)
	}
	docs := u.docsByName(u.own.ID)
	if len(docs) != 1 {
		t.Fatalf("stored %v", docs)
	}
	for name := range docs {
		if len(name) > 200 || strings.ContainsAny(name, "\u200b\u2028\u2029\u00ad") || !strings.HasSuffix(name, ".pdf") || !strings.HasPrefix(name, "akt.zip/akt/åå") {
			t.Fatalf("stored name %q (%d bytes)", name, len(name))
		}
	}
}

// TestUploadZipWholeArchiveLimits: many small entries that each pass the per-entry ratio
// still make a bomb as a whole; and one request unpacks at most MaxUploadFiles files over
// all its ZIPs. Both are refused whole.
func TestUploadZipWholeArchiveLimits(t *testing.T) {
	u := newUploadEnv(t)
	csrf := review.CSRFToken(u.token)
	entries := map[string][]byte{}
	for i := range 20 {
		entries[fmt.Sprintf("n%02d.pdf", i)] = make([]byte, 1<<20)
	}
	bomb := zipOf(t, entries)
	status, body := u.post(u.token, u.own.ID, csrf, map[string][]byte{"noll.zip": bomb})
	if status != 200 || !strings.Contains(body, "zipbomb") {
		t.Fatalf("a bomb of small entries (%d bytes packed): %d\n%s", len(bomb), status, body)
	}
	many := func(prefix string) []byte {
		m := map[string][]byte{}
		for i := range 300 {
			m[fmt.Sprintf("%s%03d.txt", prefix, i)] = []byte{byte(i)}
		}
		return zipOf(t, m)
	}
	status, body = u.post(u.token, u.own.ID, csrf, map[string][]byte{"a.zip": many("a"), "b.zip": many("b")})
	if status != 200 || !strings.Contains(body, "för många filer") {
		t.Fatalf("600 files in one request: %d\n%.3000s", status, body)
	}
	ups, err := u.st.Uploads(context.Background(), u.audit.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) > 302 {
		t.Fatalf("%d uploads recorded: more than one ZIP's worth", len(ups))
	}
}

// TestUploadNoInternals: the sender reads Swedish, never a library's error.
func TestUploadNoInternals(t *testing.T) {
	u := newUploadEnv(t)
	status, body := u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"trasig.zip": []byte("PK\x03\x04 not really a zip")})
	if status != 200 || !strings.Contains(body, "ingen läsbar ZIP-fil") || strings.Contains(body, "not a valid zip") {
		t.Fatalf("broken ZIP: %d\n%s", status, body)
	}
	// a PDF the readers reject: its status in Swedish, not the reader's words
	status, body = u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"skadad.pdf": []byte("%PDF-1.4\nbroken\n")})
	if status != 200 || !strings.Contains(body, "skadad.pdf: skadad PDF") || strings.Contains(body, "pdftotext") || strings.Contains(body, "Syntax Error") || strings.Contains(body, "trailer") {
		t.Fatalf("corrupt PDF: %d\n%s", status, body)
	}
}

// gatedExtractor holds extraction until the test has dropped the client's connection.
type gatedExtractor struct {
	inner   review.TextExtractor
	entered chan struct{}
	dropped chan struct{}
}

func (g *gatedExtractor) Extract(ctx context.Context, paths []string) []review.DocumentText {
	close(g.entered)
	<-g.dropped
	select { // give a cancellation time to arrive
	case <-ctx.Done():
	case <-time.After(2 * time.Second):
	}
	return g.inner.Extract(ctx, paths)
}

// TestUploadSurvivesDisconnect: once the body is received, an upload is stored, recorded and
// screened in full even if the sender's connection drops.
func TestUploadSurvivesDisconnect(t *testing.T) {
	u := newUploadEnv(t)
	g := &gatedExtractor{inner: u.ex, entered: make(chan struct{}), dropped: make(chan struct{})}
	srv, err := web.New(web.Config{Service: u.svc, Auth: u.auth, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: "test", Extractor: g})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf", review.CSRFToken(u.token))
	mw.WriteField("case", strconv.FormatInt(u.own.ID, 10))
	w, _ := mw.CreateFormFile("files", "Journal.pdf")
	w.Write(demoPDF(t))
	mw.Close()
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(conn, "POST /upload/%s HTTP/1.1\r\nHost: %s\r\nContent-Type: %s\r\nSec-Fetch-Site: same-origin\r\nContent-Length: %d\r\n\r\n",
		u.token, strings.TrimPrefix(ts.URL, "http://"), mw.FormDataContentType(), body.Len())
	conn.Write(body.Bytes())
	select {
	case <-g.entered:
	case <-time.After(30 * time.Second):
		t.Fatal("the upload never reached extraction")
	}
	conn.Close()
	close(g.dropped)
	deadline := time.Now().Add(20 * time.Second)
	for {
		docs := u.docsByName(u.own.ID)
		ups, _ := u.st.Uploads(context.Background(), u.audit.ID)
		if d, ok := docs["Journal.pdf"]; ok && len(ups) == 1 {
			if d.Status != review.DocOK || ups[0].Status != string(review.DocOK) {
				t.Fatalf("after a disconnect: document %s, upload %s", d.Status, ups[0].Status)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a disconnect nothing was stored: documents %v, uploads %v", docs, ups)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// slowPost sends an upload whose body stalls for pause after the form's token (and
// before, when inCSRF, in the middle of it), and returns the answer.
func slowPost(t *testing.T, url, token string, itemID int64, pause time.Duration, inCSRF bool) (int, string) {
	t.Helper()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		csrf := review.CSRFToken(token)
		fw, _ := mw.CreateFormField("csrf")
		if inCSRF {
			fw.Write([]byte(csrf[:10]))
			time.Sleep(pause)
			fw.Write([]byte(csrf[10:]))
		} else {
			fw.Write([]byte(csrf))
		}
		mw.WriteField("case", strconv.FormatInt(itemID, 10))
		if !inCSRF {
			time.Sleep(pause)
		}
		w, err := mw.CreateFormFile("files", "Journal.pdf")
		if err != nil { // the server stopped reading
			pw.CloseWithError(err)
			return
		}
		w.Write(demoPDF(t))
		pw.CloseWithError(mw.Close())
	}()
	req, _ := http.NewRequest("POST", url+"/upload/"+token, pr)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// TestUploadDeadline: an upload slower than the server's read timeout is taken in (the
// deadline is extended once the link is checked); one slower than the upload timeout gets
// 408 with a message saying so, not a form-token error.
func TestUploadDeadline(t *testing.T) {
	u := newUploadEnv(t)
	newServer := func(uploadTimeout time.Duration) *httptest.Server {
		srv, err := web.New(web.Config{Service: u.svc, Auth: u.auth, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: "test", Extractor: u.ex, UploadTimeout: uploadTimeout})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewUnstartedServer(srv.Handler())
		ts.Config.ReadTimeout = 500 * time.Millisecond
		ts.Start()
		t.Cleanup(ts.Close)
		return ts
	}
	ts := newServer(0)
	if status, body := slowPost(t, ts.URL, u.token, u.own.ID, 1500*time.Millisecond, false); status != 200 || !strings.Contains(body, "Journal.pdf: mottagen") {
		t.Fatalf("a slow upload: %d\n%s", status, body)
	}
	ts = newServer(time.Second)
	status, body := slowPost(t, ts.URL, u.token, u.own.ID, 2*time.Second, true)
	if status != http.StatusRequestTimeout || !strings.Contains(body, "tog för lång tid") || strings.Contains(body, "Förfrågan stoppades") {
		t.Fatalf("an upload past its deadline: %d\n%s", status, body)
	}
}

// TestUploadLimitsBeforeLink: without a live link in the path a post may bring no more than
// the ordinary body limit; with one, an upload runs one at a time per link and two at a
// time in all.
func TestUploadLimitsBeforeLink(t *testing.T) {
	u := newUploadEnv(t)
	big := bytes.Repeat([]byte("x"), 2<<20)
	notToken := map[bool]string{true: "y", false: "x"}[u.token[0] == 'x'] + u.token[1:] // never the token itself
	for _, tok := range []string{strings.Repeat("A", 43), notToken} {
		req, _ := http.NewRequest("POST", u.ts.URL+"/upload/"+tok, bytes.NewReader(big))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=zz")
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Fatalf("2 MiB to an unknown link: %d, want 413 (the big limit is for live links only)", res.StatusCode)
		}
	}

	// stalled uploads hold their places until their bodies end
	type stalled struct {
		pw   *io.PipeWriter
		done chan int
	}
	stall := func(token string, itemID int64) stalled {
		pr, pw := io.Pipe()
		t.Cleanup(func() { pw.CloseWithError(io.ErrUnexpectedEOF) })
		mw := multipart.NewWriter(pw)
		done := make(chan int, 1)
		// counted before anything is sent: the server may stage the part as soon as its
		// header arrives
		before := stagedParts(t, u.dir)
		req, _ := http.NewRequest("POST", u.ts.URL+"/upload/"+token, pr)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		go func() {
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				done <- 0
				return
			}
			res.Body.Close()
			done <- res.StatusCode
		}()
		mw.WriteField("csrf", review.CSRFToken(token))
		w, _ := mw.CreateFormFile("files", "a.pdf")
		w.Write(bytes.Repeat([]byte("%PDF-1.4 "), 10000))
		// the server is taking the file in (it holds its place) once its part is on disk
		for end := time.Now().Add(10 * time.Second); stagedParts(t, u.dir) == before; {
			if time.Now().After(end) {
				t.Fatal("the stalled upload never reached the server")
			}
			time.Sleep(20 * time.Millisecond)
		}
		return stalled{pw, done}
	}
	others := u.otherLetters
	if len(others) < 2 {
		t.Fatalf("need two other committees' links, have %d", len(others))
	}
	first := stall(u.token, u.own.ID)
	status, body := u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"b.pdf": demoPDF(t)})
	if status != http.StatusTooManyRequests || !strings.Contains(body, "redan genom den här länken") {
		t.Fatalf("a second upload through the same link: %d\n%s", status, body)
	}
	second := stall(others[0].Token, 0)
	status, body = u.post(others[1].Token, 0, review.CSRFToken(others[1].Token), map[string][]byte{"b.pdf": demoPDF(t)})
	if status != http.StatusTooManyRequests || !strings.Contains(body, "Många skickar filer") {
		t.Fatalf("a third upload at once: %d\n%s", status, body)
	}
	for _, s := range []stalled{first, second} {
		s.pw.CloseWithError(io.ErrUnexpectedEOF)
		<-s.done
	}
	// the places are free again (once the server has seen the stalled bodies end)
	for end := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		status, _ = u.post(u.token, u.own.ID, review.CSRFToken(u.token), map[string][]byte{"b.pdf": demoPDF(t)})
		if status == 200 {
			break
		}
		if status != http.StatusTooManyRequests || time.Now().After(end) {
			t.Fatalf("an upload after the others ended: %d", status)
		}
	}
}

// stagedParts counts the files being received in the staging area.
func stagedParts(t *testing.T, dir string) int {
	m, _ := filepath.Glob(filepath.Join(dir, "files", ".staging", "*", "part*"))
	return len(m)
}

// TestUploadTokenNeverLogged: however the path is spelt, the token stays out of the log.
func TestUploadTokenNeverLogged(t *testing.T) {
	u := newUploadEnv(t)
	for _, p := range []string{"/upload/" + u.token, "//upload/" + u.token, "/Upload/" + u.token, "/UPLOAD/" + u.token, "/static/../upload/" + u.token,
		"/upload/" + u.token + "/", "/upload/" + u.token + "/x", "/upload//" + u.token, "/x/" + u.token} {
		for _, method := range []string{"GET", "POST"} {
			req, _ := http.NewRequest(method, u.ts.URL+p, nil)
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			res, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
		}
		if strings.Contains(u.log.String(), u.token) {
			t.Fatalf("the token reached the log through %s:\n%s", strings.Replace(p, u.token, "TOKEN", 1), u.log.String())
		}
	}
	if !strings.Contains(u.log.String(), "/upload/…") {
		t.Fatalf("the requests were not logged:\n%s", u.log.String())
	}
}

// TestLettersNeedPublicHTTPSOrigin: outside the demo, letters are made only when the server
// knows its public https address (--public-origin), and their link uses it.
func TestLettersNeedPublicHTTPSOrigin(t *testing.T) {
	e := newEnv(t, envOptions{})
	id := strconv.FormatInt(e.audit.ID, 10)
	form := map[string][]string{"kind": {"request"}, "committee": {"Säffle"}, "deadline": {"2099-03-01"}}
	for _, origins := range [][]string{nil, {"http://tillsyn.example.se"}} {
		srv, err := web.New(web.Config{Service: e.svc, Auth: e.auth, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: "test", PublicOrigins: origins})
		if err != nil {
			t.Fatal(err)
		}
		e.ts = httptest.NewServer(srv.Handler())
		t.Cleanup(e.ts.Close)
		res := e.do(req{method: "POST", path: "/audits/" + id + "/letters", user: uInspector, form: form})
		if res.status != http.StatusConflict || !strings.Contains(res.body, "--public-origin https://") {
			t.Fatalf("letters without a public https origin (%v): %d\n%s", origins, res.status, res.body)
		}
	}
	letters, _ := e.st.Letters(context.Background(), e.audit.ID)
	if len(letters) != 0 {
		t.Fatalf("%d letters made without a public address", len(letters))
	}
	srv, err := web.New(web.Config{Service: e.svc, Auth: e.auth, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: "test", PublicOrigins: []string{"https://tillsyn.example.se"}})
	if err != nil {
		t.Fatal(err)
	}
	e.ts = httptest.NewServer(srv.Handler())
	t.Cleanup(e.ts.Close)
	res := e.do(req{method: "POST", path: "/audits/" + id + "/letters", user: uInspector, form: form})
	if res.status != 200 || !strings.Contains(res.body, "https://tillsyn.example.se/upload/") {
		t.Fatalf("letters with a public https origin: %d\n%.3000s", res.status, res.body)
	}
}

// TestLetterRecordHoldsNoLink: the recorded letter (and everyone who reads it later) never
// sees the upload link; the maker prints it with the link just after making it; the
// recorded SHA-256 is of the letter with the link left out.
func TestLetterRecordHoldsNoLink(t *testing.T) {
	e := newEnv(t, envOptions{})
	id := strconv.FormatInt(e.audit.ID, 10)
	res := e.do(req{method: "POST", path: "/audits/" + id + "/letters", user: uInspector, form: map[string][]string{"kind": {"request"}, "committee": {"Säffle"}, "deadline": {"2099-03-01"}}})
	link := regexp.MustCompile(`http://[^<"]+/upload/[A-Za-z0-9_-]{43}`).FindString(res.body)
	if res.status != 200 || link == "" {
		t.Fatalf("letters: %d (link %q)\n%.2000s", res.status, link, res.body)
	}
	token := link[strings.LastIndex(link, "/")+1:]
	letters, err := e.st.Letters(context.Background(), e.audit.ID)
	if err != nil || len(letters) != 1 {
		t.Fatalf("letters %v %v", letters, err)
	}
	l, err := e.st.Letter(context.Background(), letters[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(l.Content)
	if strings.Contains(string(l.Content), token) || !strings.Contains(string(l.Content), html.EscapeString(review.LetterLinkPlaceholder)) || hex.EncodeToString(sum[:]) != l.SHA256 {
		t.Fatalf("the recorded letter holds the link or its hash is not of it:\n%s", l.Content)
	}
	path := "/audits/" + id + "/letters/" + strconv.FormatInt(l.ID, 10)
	// the maker, now: the letter with its link, which hashes to the record with the link left out
	res = e.do(req{method: "GET", path: path, user: uInspector})
	if res.status != 200 || !strings.Contains(res.body, link) {
		t.Fatalf("the maker's print: %d\n%s", res.status, res.body)
	}
	if sum := sha256.Sum256(review.RecordedLetter([]byte(res.body), link)); hex.EncodeToString(sum[:]) != l.SHA256 {
		t.Fatal("the printed letter, its link left out, does not hash to the record")
	}
	// anyone else: the record, without the link
	res = e.do(req{method: "GET", path: path, user: uAdmin})
	if res.status != 200 || strings.Contains(res.body, token) || !strings.Contains(res.body, "uppladdningslänken står bara i det skickade brevet") {
		t.Fatalf("another user's view of the letter: %d\n%s", res.status, res.body)
	}
}

// TestReceiveUploadAllOrNothing: an upload's documents and records are written in one
// transaction: when one part fails, nothing of it is kept.
func TestReceiveUploadAllOrNothing(t *testing.T) {
	u := newUploadEnv(t)
	ctx := context.Background()
	at := time.Now().UTC()
	rec := func(name string) review.Upload {
		return review.Upload{AuditID: u.audit.ID, Committee: ownCommitee, SampleItemID: u.own.ID, TokenID: 1, File: name, Status: "ok", At: at}
	}
	good := &review.CaseDocument{SampleItemID: u.own.ID, File: "a.pdf", SHA256: strings.Repeat("a", 64), Size: 1, DocumentText: review.DocumentText{Status: review.DocOK}, IngestedAt: at}
	bad := &review.CaseDocument{SampleItemID: 1 << 40, File: "b.pdf", SHA256: strings.Repeat("b", 64), Size: 1, DocumentText: review.DocumentText{Status: review.DocOK}, IngestedAt: at}
	if _, err := u.st.ReceiveUpload(ctx, u.own.ID, []review.ReceivedFile{{Upload: rec("a.pdf"), Document: good}, {Upload: rec("b.pdf"), Document: bad}}); err == nil {
		t.Fatal("a document of no case was stored")
	}
	ups, _ := u.st.Uploads(ctx, u.audit.ID)
	if docs := u.docsByName(u.own.ID); len(docs) != 0 || len(ups) != 0 {
		t.Fatalf("half an upload kept: documents %v, uploads %v", docs, ups)
	}
	if _, err := u.st.ReceiveUpload(ctx, u.own.ID, []review.ReceivedFile{{Upload: rec("a.pdf"), Document: good}}); err != nil {
		t.Fatal(err)
	}
	if len(u.docsByName(u.own.ID)) != 1 {
		t.Fatal("the good upload was not stored")
	}
}
