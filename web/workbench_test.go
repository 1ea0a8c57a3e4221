package web_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/pdftext"
)

// TestDraftsKeptAndRestored: a draft posted as the reviewer types is restored into the
// form, counts nowhere (no judgement, no history), is refused for a case the user may not
// judge, and is gone once the judgements are saved.
func TestDraftsKeptAndRestored(t *testing.T) {
	e := newEnv(t, envOptions{})
	it := e.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10)
	f := url.Values{"verdict_planning": {"partly"}, "comment_planning": {"Målen saknas i planen"}, "pages_planning": {"Plan.pdf s. 2"}, "csrf_ignored": {"x"}}
	r := e.do(req{method: "POST", path: path + "/draft", user: uInspector, form: f})
	if r.status != http.StatusOK || !strings.Contains(r.body, `"saved"`) {
		t.Fatalf("draft: %d %s", r.status, r.body)
	}
	if n := e.count(`SELECT count(*) FROM scores`) + e.count(`SELECT count(*) FROM score_events`); n != 0 {
		t.Fatalf("a draft wrote %d judgements or history rows", n)
	}
	if n := e.count(`SELECT count(*) FROM review_drafts WHERE form_json LIKE '%csrf%'`); n != 0 {
		t.Fatal("the draft kept fields that are not the form's")
	}
	page := e.do(req{method: "GET", path: path, user: uInspector})
	if !strings.Contains(page.body, `value="partly" data-key="d" checked`) || !strings.Contains(page.body, "Målen saknas i planen</textarea>") ||
		!strings.Contains(page.body, `value="Plan.pdf s. 2"`) || !strings.Contains(page.body, `id="draft-note"`) {
		t.Fatal("the draft is not restored into the form")
	}
	// another reviewer sees none of it
	other := e.do(req{method: "GET", path: path, user: uAdmin})
	if strings.Contains(other.body, "Målen saknas") {
		t.Fatal("another reviewer sees the draft")
	}
	// a self-auditor of another committee may not keep a draft of the case
	if r := e.do(req{method: "POST", path: path + "/draft", user: uSelfOther, form: f}); r.status != http.StatusForbidden {
		t.Fatalf("draft by an outsider: %d", r.status)
	}
	// a new draft replaces it, and the page shows the new one (the page cache must not serve the old)
	f.Set("comment_planning", "Målen saknas, uppföljning likaså")
	e.do(req{method: "POST", path: path + "/draft", user: uInspector, form: f})
	if page := e.do(req{method: "GET", path: path, user: uInspector}); !strings.Contains(page.body, "Målen saknas, uppföljning likaså</textarea>") {
		t.Fatal("the page shows an older draft")
	}
	// saving the judgements removes the draft
	if r := e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: url.Values{"action": {"draft"}, "verdict_planning": {"partly"}, "comment_planning": {"sparad"}}}); r.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", r.status, r.body)
	}
	if n := e.count(`SELECT count(*) FROM review_drafts`); n != 0 {
		t.Fatalf("%d drafts left after the save", n)
	}
	if page := e.do(req{method: "GET", path: path, user: uInspector}); strings.Contains(page.body, `id="draft-note"`) || !strings.Contains(page.body, "sparad</textarea>") {
		t.Fatal("after the save the page shows a draft")
	}
}

// TestSubmitShowsEveryError: a form with several criteria wrong gets every one listed at the
// top with a link and marked at its field, and nothing is saved.
func TestSubmitShowsEveryError(t *testing.T) {
	e := newEnv(t, envOptions{})
	it := e.item(ownCommitee, false)
	f := url.Values{"action": {"submit"}, "verdict_needs_assessment": {"no"}, "verdict_planning": {"yes"}}
	r := e.do(req{method: "POST", path: "/items/" + strconv.FormatInt(it.ID, 10) + "/scores", user: uInspector, form: f})
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("status %d", r.status)
	}
	for _, c := range []string{"needs_assessment", "follow_up", "assignment_description"} {
		if !strings.Contains(r.body, `<a href="#crit-`+c+`">`) || !strings.Contains(r.body, `id="err-`+c+`"`) {
			t.Errorf("%s: not listed at the top or not marked at its field", c)
		}
	}
	if strings.Contains(r.body, `id="err-planning"`) {
		t.Error("a criterion without error is marked")
	}
	if !strings.Contains(r.body, "3 fel att rätta") {
		t.Error("the summary does not count the errors")
	}
	if n := e.count(`SELECT count(*) FROM scores`); n != 0 {
		t.Fatalf("%d judgements saved from a refused form", n)
	}
}

// TestQueueAssignAndNext: the lead assigns a committee's cases to a reviewer; the reviewer's
// queue at / holds them (and no case assigned to someone else), a submit goes on to the next
// case of the queue, and the states follow.
func TestQueueAssignAndNext(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.addUser("granskare", review.RoleInspector, "", true)
	e.addUser("annan", review.RoleInspector, "", true)
	// a self-auditor may not assign
	if r := e.do(req{method: "POST", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/assign", user: uSelf, form: url.Values{"committee": {ownCommitee}, "reviewer": {uSelf}, "slot": {"1"}}}); r.status != http.StatusForbidden {
		t.Fatalf("self-auditor assigns: %d", r.status)
	}
	assign := func(form url.Values) resp {
		return e.do(req{method: "POST", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/assign", user: uInspector, form: form})
	}
	if r := assign(url.Values{"committee": {ownCommitee}, "reviewer": {"granskare"}, "slot": {"1"}}); r.status != http.StatusSeeOther {
		t.Fatalf("assign: %d %s", r.status, r.body)
	}
	var own, others []review.SampleItem
	for _, it := range e.items {
		if it.Committee == ownCommitee {
			own = append(own, it)
		} else {
			others = append(others, it)
		}
	}
	if r := assign(url.Values{"item": {strconv.FormatInt(others[0].ID, 10)}, "reviewer": {"annan"}, "slot": {"1"}}); r.status != http.StatusSeeOther {
		t.Fatalf("assign a case: %d", r.status)
	}
	// a researcher is refused, with the reason
	if r := assign(url.Values{"committee": {ownCommitee}, "reviewer": {uResearcher}, "slot": {"1"}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "granskar inga akter") {
		t.Fatalf("researcher assigned: %d", r.status)
	}
	// no reviewer chosen: refused, nothing removed; "-" removes explicitly
	if r := assign(url.Values{"item": {strconv.FormatInt(others[0].ID, 10)}, "slot": {"1"}}); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("assign without a reviewer: %d", r.status)
	}
	if n := e.count(`SELECT count(*) FROM case_assignments WHERE sample_item_id = ?`, others[0].ID); n != 1 {
		t.Fatal("a form without a reviewer removed the assignment")
	}
	if r := assign(url.Values{"item": {strconv.FormatInt(others[1].ID, 10)}, "reviewer": {"annan"}, "slot": {"1"}}); r.status != http.StatusSeeOther {
		t.Fatal(r.status)
	}
	if r := assign(url.Values{"item": {strconv.FormatInt(others[1].ID, 10)}, "reviewer": {"-"}, "slot": {"1"}}); r.status != http.StatusSeeOther || e.count(`SELECT count(*) FROM case_assignments WHERE sample_item_id = ?`, others[1].ID) != 0 {
		t.Fatalf("remove: %d", r.status)
	}
	q := e.do(req{method: "GET", path: "/", user: "granskare"})
	if q.status != http.StatusOK {
		t.Fatalf("queue: %d", q.status)
	}
	for _, it := range own {
		if !strings.Contains(q.body, `href="/items/`+strconv.FormatInt(it.ID, 10)+`"`) {
			t.Errorf("assigned case %d not in the queue", it.ID)
		}
	}
	if strings.Contains(q.body, `href="/items/`+strconv.FormatInt(others[0].ID, 10)+`"`) {
		t.Error("a case assigned to someone else is in the queue")
	}
	if !strings.Contains(q.body, `class="button primary next-case" href="/items/`+strconv.FormatInt(own[0].ID, 10)+`" autofocus`) {
		t.Error("the next case is not one key away")
	}
	// submit the first: on to the second of the queue
	f := scoreForm("submit", "motivering", map[review.Criterion]int{})
	r := e.do(req{method: "POST", path: "/items/" + strconv.FormatInt(own[0].ID, 10) + "/scores", user: "granskare", form: f})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/items/"+strconv.FormatInt(own[1].ID, 10)+"?klart=nasta" {
		t.Fatalf("after submit: %d %s", r.status, r.header.Get("Location"))
	}
	q = e.do(req{method: "GET", path: "/", user: "granskare"})
	st := "inskickad"
	if e.count(`SELECT count(*) FROM double_reviews WHERE sample_item_id = ?`, own[0].ID) == 0 {
		st = "färdigbedömd"
	} else {
		st = "väntar på andra granskaren"
	}
	if !strings.Contains(q.body, st) {
		t.Errorf("queue does not show %q for the submitted case", st)
	}
	// the lead's overview shows the reviewer's progress
	p := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/assign", user: uInspector})
	if !strings.Contains(p.body, `<th scope="row">granskare</th><td>`+strconv.Itoa(len(own))+`</td><td>1</td>`) {
		t.Error("the reviewer's progress is not shown")
	}
	// no link on a zero count
	ov := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10), user: uInspector})
	if strings.Contains(ov.body, `/disagreements"`) || !strings.Contains(ov.body, `id="no-disagreements"`) {
		t.Error("the overview links to zero disagreements")
	}
	_ = context.Background()
}

// TestFinalCaseReadOnlyAndAdjudicateOnlyWhenPending: "Jämka" appears only on a case that
// awaits adjudication; the adjudication page of any other case has no form; a case with
// both reviews in is read-only for its reviewers.
func TestFinalCaseReadOnlyAndAdjudicateOnlyWhenPending(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.addUser("andra", review.RoleInspector, "", true)
	var dbl, single review.SampleItem
	for _, it := range e.items {
		isDouble := e.count(`SELECT count(*) FROM double_reviews WHERE sample_item_id = ?`, it.ID) == 1
		if isDouble && dbl.ID == 0 {
			dbl = it
		}
		if !isDouble && single.ID == 0 {
			single = it
		}
	}
	path := "/items/" + strconv.FormatInt(dbl.ID, 10)
	if r := e.do(req{method: "GET", path: path, user: uAdmin}); strings.Contains(r.body, "/adjudicate\">Jämka") {
		t.Fatal("Jämka offered on a case with nothing to adjudicate")
	}
	if r := e.do(req{method: "GET", path: path + "/adjudicate", user: uAdmin}); !strings.Contains(r.body, "Det finns inget att jämka") || strings.Contains(r.body, "<textarea") {
		t.Fatal("the adjudication page offers a form for a case without disagreement")
	}
	// two reviewers disagree on one criterion
	f1 := scoreForm("submit", "motivering", map[review.Criterion]int{})
	f2 := scoreForm("submit", "motivering", map[review.Criterion]int{})
	f2.Set("verdict_needs_assessment", "no")
	for u, f := range map[string]url.Values{uInspector: f1, "andra": f2} {
		if r := e.do(req{method: "POST", path: path + "/scores", user: u, form: f}); r.status != http.StatusSeeOther {
			t.Fatalf("%s submits: %d %s", u, r.status, r.body)
		}
	}
	r := e.do(req{method: "GET", path: path, user: uInspector})
	if !strings.Contains(r.body, "/adjudicate\">Jämka") {
		t.Fatal("Jämka missing on a case awaiting adjudication")
	}
	if strings.Contains(r.body, `type="radio"`) || strings.Contains(r.body, `id="submit"`) || !strings.Contains(r.body, "väntar på jämkning") {
		t.Fatal("a locked case offers controls or does not say it awaits adjudication")
	}
	// adjudicated: final, the reason shown, no Jämka
	adj := url.Values{"verdict_needs_assessment": {"yes"}, "comment_needs_assessment": {"Utredningen finns på s. 2"}}
	if r := e.do(req{method: "POST", path: path + "/adjudicate", user: uInspector, form: adj}); r.status != http.StatusSeeOther {
		t.Fatalf("adjudicate: %d %s", r.status, r.body)
	}
	r = e.do(req{method: "GET", path: path, user: "andra"})
	if strings.Contains(r.body, "/adjudicate\">Jämka") || !strings.Contains(r.body, `id="final"`) || !strings.Contains(r.body, "motivering: Utredningen finns på s. 2") || strings.Contains(r.body, "<textarea") {
		t.Fatal("the adjudicated case is not shown final, read-only, with the adjudication's reason")
	}
	// a single-review case, submitted: final and read-only
	sp := "/items/" + strconv.FormatInt(single.ID, 10)
	e.do(req{method: "POST", path: sp + "/scores", user: uInspector, form: scoreForm("submit", "motivering", map[review.Criterion]int{})})
	if r := e.do(req{method: "GET", path: sp, user: uInspector}); !strings.Contains(r.body, "Slutlig bedömning: <strong>ja</strong>") || strings.Contains(r.body, "<textarea") {
		t.Fatal("the submitted single-review case is not final and read-only")
	}
}

var (
	evidenceListRe = regexp.MustCompile(`(?s)<div class="suggestion">.*?</div>`)
	shownItemRe    = regexp.MustCompile(`(?s)<ul class="evidence">(.*?)</ul>`)
	evidenceItemRe = regexp.MustCompile(`(?s)<li><a href="[^"]*">(.*?)</a>.*?: ”(.*?)”</li>`)
	pagesValueRe   = regexp.MustCompile(`name="pages_[a-z_]+" value="([^"]*)"`)
)

// TestSuggestionsInformWithoutSteering: on the review pages of the demo's cases the
// evidence fields start empty (the suggestion one click away), each criterion lists at most
// four pieces of evidence with the rest behind "visa fler", never the same sentence twice,
// highlights carry their criterion's number and colour, the screening's "g" is named as the
// form names it, and the committee's case list shows nothing of the screening.
func TestSuggestionsInformWithoutSteering(t *testing.T) {
	e := newEnv(t, envOptions{ingest: true})
	sawMore, sawUse := false, false
	for _, it := range e.items {
		page := e.do(req{method: "GET", path: "/items/" + strconv.FormatInt(it.ID, 10), user: uAdmin})
		for _, m := range pagesValueRe.FindAllStringSubmatch(page.body, -1) {
			if m[1] != "" {
				t.Fatalf("item %d: evidence pre-filled: %q", it.ID, m[1])
			}
		}
		sawUse = sawUse || strings.Contains(page.body, "data-use-suggestion")
		for _, box := range evidenceListRe.FindAllString(page.body, -1) {
			lists := shownItemRe.FindAllStringSubmatch(box, -1)
			if len(lists) > 0 && len(evidenceItemRe.FindAllString(lists[0][1], -1)) > 4 {
				t.Errorf("item %d: more than four pieces of evidence shown at once", it.ID)
			}
			sawMore = sawMore || strings.Contains(box, "Visa fler")
			seen := map[string]bool{}
			for _, l := range lists {
				for _, m := range evidenceItemRe.FindAllStringSubmatch(l[1], -1) {
					k := m[1] + "|" + strings.ToLower(strings.Join(strings.Fields(m[2]), " "))
					if seen[k] {
						t.Errorf("item %d: the same evidence listed twice: %s", it.ID, k)
					}
					seen[k] = true
				}
			}
			if strings.Contains(box, "Hittades inte") && regexp.MustCompile(`Hittades inte:[^<]*\bg\b[;<]`).MatchString(box) {
				t.Errorf("item %d: the screening names an element g", it.ID)
			}
		}
		if strings.Contains(page.body, "<mark") && !regexp.MustCompile(`<mark id="ev-[a-z_]+-\d+" class="c[1-4][^"]*" title="[^"]+"><span class="crit-badge" aria-hidden="true">[1-4]</span>`).MatchString(page.body) {
			t.Errorf("item %d: highlights without their criterion's number and colour", it.ID)
		}
	}
	if !sawUse {
		t.Error("no case offers \"Använd förslaget\"")
	}
	_ = sawMore // depends on the demo's files; the cap is checked above
	list := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/committees/" + url.PathEscape(ownCommitee), user: uAdmin})
	if list.status != http.StatusOK || strings.Contains(list.body, "sugg-") || strings.Contains(list.body, "Screeningens förslag</th>") {
		t.Fatalf("the case list shows the screening: %d", list.status)
	}
}

var (
	markedImageRe  = regexp.MustCompile(`med beläggen markerade</summary><figure class="page-image"><img src="(/documents/\d+/pages/\d+/image)"`)
	scannedImageRe = regexp.MustCompile(`<img src="(/documents/\d+/pages/\d+/image)" alt="[^"]*som bild \(sidan har ingen text\)"`)
)

// TestPageImages: a page with evidence is served as an image with the evidence marked in its
// criterion's colour; a scanned page is shown as an image on the review page; an outsider
// gets neither.
func TestPageImages(t *testing.T) {
	e := newEnv(t, envOptions{ingest: true})
	var marked, scanned string
	for _, it := range e.items {
		page := e.do(req{method: "GET", path: "/items/" + strconv.FormatInt(it.ID, 10), user: uInspector})
		if m := markedImageRe.FindStringSubmatch(page.body); m != nil && marked == "" {
			marked = m[1]
		}
		if m := scannedImageRe.FindStringSubmatch(page.body); m != nil && scanned == "" {
			scanned = m[1]
		}
	}
	if marked == "" || scanned == "" {
		t.Fatalf("no page image offered (marked %q, scanned %q)", marked, scanned)
	}
	coloured := func(img image.Image) int {
		n := 0
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y += 2 {
			for x := b.Min.X; x < b.Max.X; x += 2 {
				r, g, bl, _ := img.At(x, y).RGBA()
				if max(r, g, bl)-min(r, g, bl) > 0x3000 { // a colour, not grey
					n++
				}
			}
		}
		return n
	}
	get := func(path string) image.Image {
		r := e.do(req{method: "GET", path: path, user: uInspector})
		if r.status != http.StatusOK || r.header.Get("Content-Type") != "image/png" {
			t.Fatalf("%s: %d %s", path, r.status, r.header.Get("Content-Type"))
		}
		img, err := png.Decode(strings.NewReader(r.body))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return img
	}
	// the same page as the renderer draws it, without marks
	var docID int64
	var pageNo int
	if _, err := fmt.Sscanf(marked, "/documents/%d/pages/%d/image", &docID, &pageNo); err != nil {
		t.Fatal(err)
	}
	file, _, _, err := e.svc.DocumentFile(context.Background(), docID)
	if err != nil {
		t.Fatal(err)
	}
	ex := pdftext.New(pdftext.Options{Command: []string{os.Args[0], pdftext.WorkerArg}, Timeout: 30 * time.Second, Workers: 1})
	defer ex.Close()
	raw, err := ex.RenderPage(context.Background(), file, pageNo)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := png.Decode(bytes.NewReader(raw.PNG))
	if err != nil {
		t.Fatal(err)
	}
	if with, without := coloured(get(marked)), coloured(plain); with < without+200 {
		t.Errorf("%s: %d coloured pixels, %d without marks: the evidence is not marked", marked, with, without)
	}
	get(scanned)
	if r := e.do(req{method: "GET", path: marked, user: uSelfOther}); r.status != http.StatusForbidden && r.status != http.StatusNotFound {
		t.Errorf("an outsider gets the page image: %d", r.status)
	}
}
