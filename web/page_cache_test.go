package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"tillsyn/review"
	"tillsyn/review/store"
)

// Review pages are kept in memory and served again while they are still true. They must
// never be: stale after a change by another process, shown to a session or user they were
// not rendered for, or shown after access has ended.
func TestReviewPageIsNeverStale(t *testing.T) {
	e := newEnv(t, envOptions{})
	it := e.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10)
	get := func(user, p string) resp {
		t.Helper()
		return e.do(req{method: "GET", path: p, user: user})
	}
	first := get(uInspector, path)
	if first.status != 200 || !strings.Contains(first.body, "ej påbörjad") {
		t.Fatalf("first view: %d", first.status)
	}
	if again := get(uInspector, path); again.body != first.body {
		t.Fatal("a second view with nothing changed differs from the first")
	}

	// another process saves a draft for the inspector: the next view shows it
	st, err := store.OpenWith(e.dir, e.opts, false)
	if err != nil {
		t.Fatal(err)
	}
	other := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey()})
	in := []review.ScoreInput{{Criterion: review.Planning, Verdict: review.No, Comment: "skrivet av en annan process"}}
	if _, err := other.SaveScores(context.Background(), uInspector, it.ID, in, false); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if r := get(uInspector, path); !strings.Contains(r.body, "skrivet av en annan process") || !strings.Contains(r.body, "utkast") {
		t.Fatalf("view after another process saved: %d, draft not shown", r.status)
	}

	// a confirmation belongs to the request that asked for it
	if r := get(uInspector, path+"?klart=utkast"); !strings.Contains(r.body, "Utkastet är sparat.") {
		t.Fatal("confirmation missing")
	}
	if r := get(uInspector, path); strings.Contains(r.body, "Utkastet är sparat.") {
		t.Fatal("confirmation shown on a plain view")
	}

	// another user gets their own page (their name, their token, not the inspector's draft)
	self := get(uSelf, path)
	if self.status != 200 || !strings.Contains(self.body, uSelf) || strings.Contains(self.body, "skrivet av en annan process") ||
		!strings.Contains(self.body, review.CSRFToken(e.tokens[uSelf])) || strings.Contains(self.body, review.CSRFToken(e.tokens[uInspector])) {
		t.Fatalf("self-auditor's view: %d", self.status)
	}
	// a self-auditor of another committee is refused, however often the page was served
	if r := get(uSelfOther, path); r.status != http.StatusForbidden {
		t.Fatalf("self-auditor of another committee: %d", r.status)
	}
	// a disabled user's session ends, cached page or not
	if err := e.auth.DisableUser(context.Background(), uInspector); err != nil {
		t.Fatal(err)
	}
	if r := get(uInspector, path); r.status != http.StatusSeeOther {
		t.Fatalf("disabled user: %d", r.status)
	}
}

// Two app instances on one PostgreSQL database: a review page kept by one instance is not
// served after a save on the other; the form it showed before is stale there and gets 409.
func TestReviewPageAcrossInstances(t *testing.T) {
	a := newEnv(t, envOptions{postgres: true})
	b := a.secondInstance()
	it := a.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10)
	first := a.do(req{method: "GET", path: path, user: uInspector})
	if first.status != 200 || a.do(req{method: "GET", path: path, user: uInspector}).body != first.body {
		t.Fatalf("first views on A: %d", first.status)
	}
	old := map[review.Criterion]int{}
	for c, v := range formVersions(first.body) {
		n, _ := strconv.Atoi(v)
		old[review.Criterion(c)] = n
	}
	if r := b.do(req{method: "POST", path: path + "/scores", user: uInspector, form: scoreForm("draft", "sparat på instans B", old)}); r.status != http.StatusSeeOther {
		t.Fatalf("save on B: %d", r.status)
	}
	if r := a.do(req{method: "GET", path: path, user: uInspector}); !strings.Contains(r.body, "sparat på instans B") {
		t.Fatalf("A served its kept page after a save on B: %d", r.status)
	}
	if r := a.do(req{method: "POST", path: path + "/scores", user: uInspector, form: scoreForm("draft", "inaktuell", old)}); r.status != http.StatusConflict {
		t.Fatalf("the form from before B's save, posted to A: %d, want 409", r.status)
	}
	if n := a.count(`SELECT count(*) FROM scores WHERE comment = 'inaktuell'`); n != 0 {
		t.Fatalf("the stale form saved %d rows", n)
	}
}
