package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"tillsyn/review"
	"tillsyn/web"
)

// scoreForm is the review form as a browser posts it.
func scoreForm(action, comment string, versions map[review.Criterion]int) url.Values {
	f := url.Values{"action": {action}}
	for i, c := range review.DefaultCriteria {
		k := string(c)
		f.Set("verdict_"+k, []string{"yes", "partly", "no", "not_applicable"}[i])
		f.Set("comment_"+k, comment)
		f.Set("pages_"+k, "Utredning.pdf s. 1")
		f.Set("version_"+k, strconv.Itoa(versions[c]))
		if c == review.AssignmentDescription {
			f["elements_"+k] = []string{"a", "b", "f"}
		}
	}
	return f
}

// TestConcurrentSaves: 32 reviewers save 100 judgements each (25 forms × 4 criteria)
// through the HTTP handlers against one SQLite file, each also replaying one stale form:
// nothing is lost, nothing answers 5xx, and every stale save gets 409 and changes nothing.
func TestConcurrentSaves(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 7})
	concurrentSaves(t, e, []*testEnv{e})
}

// TestConcurrentSavesTwoInstances: the same on two app instances sharing one PostgreSQL
// database, each reviewer's saves alternating between them. Every save is made with the
// versions the previous one (on the other instance) returned, so each must see the other's
// commit; none is lost; every stale form gets 409 on either instance.
func TestConcurrentSavesTwoInstances(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 7, postgres: true})
	concurrentSaves(t, e, []*testEnv{e, e.secondInstance()})
}

func concurrentSaves(t *testing.T, e *testEnv, inst []*testEnv) {
	const reviewers, forms, itemsPerReviewer = 32, 25, 5
	names := make([]string, reviewers)
	for g := range names {
		names[g] = fmt.Sprintf("granskare%02d", g)
		e.addUser(names[g], review.RoleInspector, "", true)
	}
	var fiveXX, stale409, saved, other atomic.Int64
	last := make([]map[int64]string, reviewers) // reviewer → item → last comment saved
	var wg sync.WaitGroup
	for g := 0; g < reviewers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			versions := map[int64]map[review.Criterion]int{}
			last[g] = map[int64]string{}
			for i := 0; i < forms; i++ {
				it := e.items[(g+i)%itemsPerReviewer]
				if versions[it.ID] == nil {
					versions[it.ID] = map[review.Criterion]int{}
				}
				comment := fmt.Sprintf("%s sparning %d", names[g], i)
				res := inst[(g+i)%len(inst)].do(req{method: "POST", path: "/items/" + strconv.FormatInt(it.ID, 10) + "/scores", user: names[g], form: scoreForm("draft", comment, versions[it.ID])})
				switch {
				case res.status >= 500:
					fiveXX.Add(1)
				case res.status == http.StatusSeeOther:
					saved.Add(1)
					for _, c := range review.DefaultCriteria {
						versions[it.ID][c]++
					}
					last[g][it.ID] = comment
				default:
					other.Add(1)
					t.Errorf("%s save %d: %d", names[g], i, res.status)
				}
				if i == itemsPerReviewer+1 { // replay a form loaded one save ago
					old := map[review.Criterion]int{}
					for c, v := range versions[it.ID] {
						old[c] = v - 1
					}
					res := inst[(g+i+1)%len(inst)].do(req{method: "POST", path: "/items/" + strconv.FormatInt(it.ID, 10) + "/scores", user: names[g], form: scoreForm("draft", "inaktuell", old)})
					if res.status == http.StatusConflict && strings.Contains(res.body, "Någon annan har ändrat bedömningen") {
						stale409.Add(1)
					} else {
						t.Errorf("%s stale save: %d", names[g], res.status)
					}
				}
			}
		}(g)
	}
	wg.Wait()
	if fiveXX.Load() != 0 || other.Load() != 0 {
		t.Fatalf("%d 5xx and %d other failures", fiveXX.Load(), other.Load())
	}
	if saved.Load() != reviewers*forms || stale409.Load() != reviewers {
		t.Fatalf("saved %d forms (want %d), %d stale saves got 409 (want %d)", saved.Load(), reviewers*forms, stale409.Load(), reviewers)
	}
	// count the rows: one per reviewer, item and criterion; versions add up to the saves
	rows := e.count(`SELECT count(*) FROM scores WHERE kind = 'review' AND reviewer LIKE 'granskare%'`)
	versions := e.count(`SELECT sum(version) FROM scores WHERE kind = 'review' AND reviewer LIKE 'granskare%'`)
	events := e.count(`SELECT count(*) FROM score_events`)
	if rows != reviewers*itemsPerReviewer*4 || versions != reviewers*forms*4 || events != reviewers*forms*4 {
		t.Fatalf("rows %d (want %d), sum of versions %d (want %d), audit-trail events %d (want %d)",
			rows, reviewers*itemsPerReviewer*4, versions, reviewers*forms*4, events, reviewers*forms*4)
	}
	if n := e.count(`SELECT count(*) FROM scores WHERE comment = 'inaktuell'`); n != 0 {
		t.Fatalf("%d stale judgements were saved", n)
	}
	for g, byItem := range last {
		for item, comment := range byItem {
			if n := e.count(`SELECT count(*) FROM scores WHERE reviewer = ? AND sample_item_id = ? AND comment = ?`, names[g], item, comment); n != 4 {
				t.Fatalf("%s item %d: the last save (%q) is in %d of 4 rows", names[g], item, comment, n)
			}
		}
	}
}

// TestSaveSubmitAndConflict: a draft, an invalid submission (422, the typed input kept), a
// submission, and a stale form (409, Swedish message, nothing changed).
func TestSaveSubmitAndConflict(t *testing.T) {
	e := newEnv(t, envOptions{})
	it := e.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10)
	page := e.do(req{method: "GET", path: path, user: uInspector})
	if page.status != 200 || !strings.Contains(page.body, "ej påbörjad") {
		t.Fatalf("review page: %d", page.status)
	}
	// submitting "nej" without a comment: 422, nothing saved, the choice still there
	f := url.Values{"action": {"submit"}, "verdict_needs_assessment": {"no"}, "comment_planning": {"min text"}}
	res := e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: f})
	if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "kommentar krävs") || !strings.Contains(res.body, "min text") {
		t.Fatalf("invalid submit: %d", res.status)
	}
	if n := e.count(`SELECT count(*) FROM scores`); n != 0 {
		t.Fatalf("invalid submit saved %d rows", n)
	}
	// an unknown value for the second criterion (a forged or broken form): 422, not a crash
	f = url.Values{"action": {"draft"}, "verdict_needs_assessment": {"yes"}, "verdict_planning": {"kanske"}}
	if res := e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: f}); res.status != http.StatusUnprocessableEntity ||
		!strings.Contains(res.body, "okänt värde för Planering") {
		t.Fatalf("unknown verdict: %d", res.status)
	}
	// a draft, then a submission with the versions of the reloaded form
	if res := e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: scoreForm("draft", "utkast", nil)}); res.status != http.StatusSeeOther {
		t.Fatalf("draft: %d\n%s", res.status, res.body)
	}
	page = e.do(req{method: "GET", path: path + "?klart=utkast", user: uInspector})
	vs := formVersions(page.body)
	if vs["planning"] != "1" || !strings.Contains(page.body, "Utkastet är sparat") || !strings.Contains(page.body, ">utkast<") {
		t.Fatalf("after the draft: versions %v", vs)
	}
	loaded := map[review.Criterion]int{}
	for _, c := range review.DefaultCriteria {
		loaded[c], _ = strconv.Atoi(vs[string(c)])
	}
	if res := e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: scoreForm("submit", "motivering", loaded)}); res.status != http.StatusSeeOther {
		t.Fatalf("submit: %d", res.status)
	}
	// the same form again is stale: 409 and nothing changes
	before := e.fingerprint()
	res = e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: scoreForm("submit", "en annan text", loaded)})
	if res.status != http.StatusConflict || !strings.Contains(res.body, "Någon annan har ändrat bedömningen sedan du öppnade sidan") {
		t.Fatalf("stale submit: %d", res.status)
	}
	if e.fingerprint() != before {
		t.Fatal("a stale submit changed the database")
	}
	// the overview counts the case as final, or, when it is marked for double review, as
	// waiting for the second reviewer (it is in no figure until then)
	ov := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10), user: uInspector})
	want := "1 av 3"
	if e.count(`SELECT count(*) FROM double_reviews WHERE sample_item_id = ?`, it.ID) == 1 {
		want = "0 av 3"
	}
	if !strings.Contains(ov.body, want) {
		t.Fatalf("overview does not show %s final in %s", want, ownCommitee)
	}
}

// TestHeaders: security headers on pages, safe headers on PDFs, no internals in errors.
func TestHeaders(t *testing.T) {
	w := newWalk(t)
	e := w.e
	res := e.do(req{method: "GET", path: "/audits", user: uInspector})
	for k, want := range map[string]string{
		"Content-Security-Policy": "script-src 'self'", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
		"Referrer-Policy": "no-referrer", "Cache-Control": "no-store",
	} {
		if !strings.Contains(res.header.Get(k), want) {
			t.Errorf("%s: %q, want %q", k, res.header.Get(k), want)
		}
	}
	if strings.Contains(res.header.Get("Content-Security-Policy"), "unsafe-inline") {
		t.Error("the CSP allows inline code")
	}
	pdf := e.do(req{method: "GET", path: "/documents/" + strconv.FormatInt(w.ownDoc, 10), user: uInspector})
	if pdf.status != 200 || pdf.header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(pdf.header.Get("Content-Disposition"), "inline; filename=") ||
		pdf.header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(pdf.header.Get("Content-Security-Policy"), "sandbox") || !strings.HasPrefix(pdf.body, "%PDF") {
		t.Fatalf("PDF: %d %v", pdf.status, pdf.header)
	}
	dl := e.do(req{method: "GET", path: "/documents/" + strconv.FormatInt(w.ownDoc, 10) + "?ladda=1", user: uInspector})
	if !strings.HasPrefix(dl.header.Get("Content-Disposition"), "attachment;") {
		t.Fatalf("download: %v", dl.header)
	}
	// login cookie flags
	lp := e.do(req{method: "GET", path: "/login"})
	if ck := lp.header.Get("Set-Cookie"); !strings.Contains(ck, "HttpOnly") || !strings.Contains(ck, "SameSite=Lax") {
		t.Fatalf("login cookie: %q", ck)
	}
	for _, p := range []string{"/items/99999999", "/documents/99999999", "/audits/99999999"} {
		res := e.do(req{method: "GET", path: p, user: uAdmin})
		if res.status != 404 || strings.Contains(res.body, "sql") || strings.Contains(res.body, "/tmp") {
			t.Errorf("GET %s: %d", p, res.status)
		}
	}
}

// A stale save answers from the shared status table (statusOf), not a literal: changing the
// table's status for conflicts changes the answer.
func TestSaveConflictStatusFromTheTable(t *testing.T) {
	e := newEnv(t, envOptions{})
	it := e.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10) + "/scores"
	if res := e.do(req{method: "POST", path: path, user: uInspector, form: scoreForm("draft", "första", nil)}); res.status != http.StatusSeeOther {
		t.Fatalf("draft: %d", res.status)
	}
	restore := web.SetStatusForTest(review.EConflict, http.StatusPreconditionFailed)
	defer restore()
	if res := e.do(req{method: "POST", path: path, user: uInspector, form: scoreForm("draft", "inaktuell", nil)}); res.status != http.StatusPreconditionFailed {
		t.Fatalf("stale save: %d, want the table's status %d", res.status, http.StatusPreconditionFailed)
	}
}
