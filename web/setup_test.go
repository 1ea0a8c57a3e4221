package web_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tillsyn/review"
)

// postFilesAs posts files with a given form token (csrf) as a logged-in user.
func (e *testEnv) postFilesAs(user, csrf, path string, files map[string][]byte) resp {
	e.t.Helper()
	return e.postMultipart(user, csrf, path, nil, files)
}

// postFiles posts a multipart form with files as a logged-in user.
func (e *testEnv) postFiles(user, path string, fields map[string]string, files map[string][]byte) resp {
	e.t.Helper()
	return e.postMultipart(user, review.CSRFToken(e.tokens[user]), path, fields, files)
}

func (e *testEnv) postMultipart(user, csrf, path string, fields map[string]string, files map[string][]byte) resp {
	e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf", csrf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, b := range files {
		w, _ := mw.CreateFormFile("files", name)
		w.Write(b)
	}
	mw.Close()
	hr, _ := http.NewRequest("POST", e.ts.URL+path, &body)
	hr.Header.Set("Content-Type", mw.FormDataContentType())
	hr.Header.Set("Sec-Fetch-Site", "same-origin")
	hr.AddCookie(&http.Cookie{Name: "tillsyn_session", Value: e.tokens[user]})
	res, err := e.client.Do(hr)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(res.Body)
	return resp{status: res.StatusCode, header: res.Header, body: b.String()}
}

// TestSelfAuditorSetsUpOwnCommittee: a self-auditor creates a self-audit (whatever kind the
// form says), imports only the own committee's rows (the others are invalid rows naming the
// committee), draws the sample and requests the files from the own committee only; another
// self-auditor and a researcher cannot.
func TestSelfAuditorSetsUpOwnCommittee(t *testing.T) {
	e := newEnv(t, envOptions{})
	if r := e.do(req{method: "GET", path: "/admin/audits/new", user: uResearcher}); r.status != http.StatusForbidden {
		t.Fatalf("a researcher on the new-audit form: %d", r.status)
	}
	r := e.do(req{method: "POST", path: "/admin/audits", user: uSelf, form: url.Values{"name": {"Egenkontroll Forshaga 2015"}, "kind": {"tillsyn"}, "template": {"egenkontroll-missbruk"}}})
	m := regexp.MustCompile(`^/audits/(\d+)/setup`).FindStringSubmatch(r.header.Get("Location"))
	if r.status != http.StatusSeeOther || m == nil {
		t.Fatalf("create as a self-auditor: %d %q\n%s", r.status, r.header.Get("Location"), r.body)
	}
	base := "/audits/" + m[1]
	a, err := e.svc.AuditByName(context.Background(), "Egenkontroll Forshaga 2015")
	if err != nil || a.Kind != review.KindEgenkontroll {
		t.Fatalf("the self-auditor's audit: %+v %v", a, err)
	}
	if r := e.do(req{method: "GET", path: base + "/setup", user: uSelfOther}); r.status != http.StatusForbidden {
		t.Fatalf("another self-auditor on the set-up page: %d", r.status)
	}
	list, err := os.ReadFile("../testdata/demo/caselist.csv")
	if err != nil {
		t.Fatal(err)
	}
	r = e.postFiles(uSelf, base+"/caselists", nil, map[string][]byte{"lista.csv": list})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "lista.csv:") || !strings.Contains(r.body, "committee: Hammarö is not your committee") {
		t.Fatalf("strict import of other committees' rows: %d\n%s", r.status, r.body)
	}
	staged := regexp.MustCompile(`name="staged" value="([^"]+)"`).FindStringSubmatch(r.body)
	if staged == nil || !strings.Contains(r.body, "Importera de 6 giltiga raderna") {
		t.Fatalf("no choice to import the valid rows:\n%s", r.body)
	}
	// the kept files cannot be reached from another audit's form
	if r := e.do(req{method: "POST", path: "/audits/" + itoa(e.audit.ID) + "/caselists", user: uAdmin, form: url.Values{"staged": {staged[1]}, "skip_invalid": {"1"}}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "finns inte längre") {
		t.Fatalf("staged files of another audit: %d", r.status)
	}
	r = e.do(req{method: "POST", path: base + "/caselists", user: uSelf, form: url.Values{"staged": {staged[1]}, "skip_invalid": {"1"}}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "6 ärenden") {
		t.Fatalf("import the valid rows: %d\n%s", r.status, r.body)
	}
	counts, _ := e.svc.CaseCounts(context.Background(), a.Name, "")
	for _, c := range counts {
		if c.Committee != ownCommitee {
			t.Fatalf("a self-auditor imported %s's cases", c.Committee)
		}
	}
	r = e.do(req{method: "POST", path: base + "/sample", user: uSelf, form: url.Values{"seed": {"ek-2015"}, "mode": {"per_committee"}, "per_committee": {"3"}, "reserves": {"1"}, "double_share": {"0,5"}}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != base+"/protocol?klart=urval" {
		t.Fatalf("draw: %d %s\n%s", r.status, r.header.Get("Location"), r.body)
	}
	if r := e.do(req{method: "GET", path: base + "/protocol", user: uSelf}); r.status != 200 || !strings.Contains(r.body, "ek-2015") {
		t.Fatalf("protocol: %d", r.status)
	}
	// the same record the CLI writes: a redraw from the stored frame matches
	if diffs, err := e.svc.VerifySample(context.Background(), a.Name); err != nil || len(diffs) > 0 {
		t.Fatalf("verify: %v %v", diffs, err)
	}
	r = e.do(req{method: "POST", path: base + "/letters", user: uSelf, form: url.Values{"kind": {"request"}, "committee": {"Säffle"}, "deadline": {"2099-01-01"}}})
	if r.status != http.StatusOK {
		t.Fatalf("letters: %d\n%s", r.status, r.body)
	}
	letters, _ := e.st.Letters(context.Background(), a.ID)
	if len(letters) != 1 || letters[0].Committee != ownCommitee {
		t.Fatalf("a self-auditor's letters: %+v", letters)
	}
	// bad draw parameters name their field and change nothing
	r = e.do(req{method: "POST", path: base + "/sample", user: uSelf, form: url.Values{"seed": {""}, "mode": {"per_committee"}, "per_committee": {"3"}}})
	if r.status != http.StatusUnprocessableEntity && r.status != http.StatusBadRequest || !strings.Contains(r.body, "Ange ett frö") {
		t.Fatalf("draw without a seed: %d", r.status)
	}
}

// TestImportColumnMap: the web's import takes the CLI's --map (FIELD=HEADER per line), also
// when the valid rows are imported from the kept files.
func TestImportColumnMap(t *testing.T) {
	e := newEnv(t, envOptions{})
	if _, err := e.svc.CreateAudit(context.Background(), "Kolumner", review.KindTillsyn, ""); err != nil {
		t.Fatal(err)
	}
	a, _ := e.svc.AuditByName(context.Background(), "Kolumner")
	base := "/audits/" + itoa(a.ID)
	list, err := os.ReadFile("../testdata/demo/caselist.csv")
	if err != nil {
		t.Fatal(err)
	}
	renamed := bytes.Replace(list, []byte("Diarienummer;"), []byte("Arende-ID;"), 1)
	renamed = append(renamed, []byte("SN 2015/999;;Socialn\xe4mnden Forshaga;\xf6ppenv\xe5rd;SoL 4:1;2015-13-01;;EA;40\r\n")...)
	r := e.postFiles(uAdmin, base+"/caselists", map[string]string{"map": "nonsense"}, map[string][]byte{"lista.csv": renamed})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "ska skrivas fält=rubrik") {
		t.Fatalf("a bad mapping: %d", r.status)
	}
	r = e.postFiles(uAdmin, base+"/caselists", nil, map[string][]byte{"lista.csv": renamed})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "diarienummer") {
		t.Fatalf("without the mapping: %d", r.status)
	}
	r = e.postFiles(uAdmin, base+"/caselists", map[string]string{"map": "diarienummer=Arende-ID"}, map[string][]byte{"lista.csv": renamed})
	staged := regexp.MustCompile(`name="staged" value="([^"]+)"`).FindStringSubmatch(r.body)
	if r.status != http.StatusUnprocessableEntity || staged == nil || !strings.Contains(r.body, "lista.csv:27: decision_date:") {
		t.Fatalf("with the mapping, one bad row: %d\n%s", r.status, r.body)
	}
	// a multipart post with a wrong token is refused before any file is kept
	before, _ := os.ReadDir(e.dir + "/files/.staging")
	if r := e.postFilesAs(uAdmin, "forged", base+"/caselists", map[string][]byte{"lista.csv": renamed}); r.status != http.StatusForbidden {
		t.Fatalf("a case list without the form's token: %d", r.status)
	}
	if after, _ := os.ReadDir(e.dir + "/files/.staging"); len(after) != len(before) {
		t.Fatal("a refused post left files in the staging area")
	}
	r = e.do(req{method: "POST", path: base + "/caselists", user: uAdmin, form: url.Values{"staged": {staged[1]}, "skip_invalid": {"1"}, "map": {"diarienummer=Arende-ID"}}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "25 ärenden") {
		t.Fatalf("the valid rows with the mapping: %d\n%s", r.status, r.body)
	}
}

// Once a file of the sample is judged, the set-up page offers no redraw (the store would
// refuse it), and says why; before, it does.
func TestSetupPageFrozenSample(t *testing.T) {
	e := newEnv(t, envOptions{})
	path := "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/setup"
	res := e.do(req{method: "GET", path: path, user: uInspector})
	if res.status != 200 || !strings.Contains(res.body, `id="drawform"`) || strings.Contains(res.body, "urvalet är låst") {
		t.Fatalf("before any judgement: %d", res.status)
	}
	var in []review.ScoreInput
	for _, c := range review.DefaultCriteria {
		in = append(in, review.ScoreInput{Criterion: c, Verdict: review.Yes, Elements: map[bool]string{true: "abcdef"}[c == review.AssignmentDescription]})
	}
	if _, err := e.svc.SaveScores(context.Background(), "granskare", e.items[0].ID, in, false); err != nil {
		t.Fatal(err)
	}
	res = e.do(req{method: "GET", path: path, user: uInspector})
	if res.status != 200 || strings.Contains(res.body, `id="drawform"`) || !strings.Contains(res.body, "draget och låst") {
		t.Fatalf("after a judgement the redraw is still offered: %d", res.status)
	}
}
