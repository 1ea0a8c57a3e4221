package review_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"tillsyn/review"
	"tillsyn/review/store/storetest"
)

// sampled makes an audit with a drawn sample and returns its selected items.
func sampled(t *testing.T) (*review.Service, []review.SampleItem) {
	t.Helper()
	svc, _ := newService(t)
	importFiles(t, svc, "S", fixture("export_4_namnder_20150930.csv"))
	req := scopeRequest("scores")
	req.Params.Reserves = 1
	sm, err := svc.DrawSample(context.Background(), "S", req)
	if err != nil {
		t.Fatal(err)
	}
	var sel []review.SampleItem
	for _, it := range sm.Items {
		if it.Status == review.StatusSelected {
			sel = append(sel, it)
		}
	}
	return svc, sel
}

func full(v review.Verdict, versions map[review.Criterion]int) []review.ScoreInput {
	var in []review.ScoreInput
	for _, c := range review.DefaultCriteria {
		in = append(in, review.ScoreInput{Criterion: c, Verdict: v, Comment: "motivering", Version: versions[c]})
	}
	return in
}

func versionsOf(scores []review.Score) map[review.Criterion]int {
	m := map[review.Criterion]int{}
	for _, s := range scores {
		m[s.Criterion] = s.Version
	}
	return m
}

func TestSaveScoresValidationAndConflict(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	it := items[0].ID
	// a draft may be incomplete
	draft := []review.ScoreInput{{Criterion: review.Planning, Verdict: review.No}}
	saved, err := svc.SaveScores(ctx, "anna", it, draft, false)
	if err != nil || len(saved) != 1 || saved[0].Version != 1 || saved[0].Submitted {
		t.Fatalf("draft: %+v %v", saved, err)
	}
	// submitting needs every criterion and comments for no/partly/not applicable
	in := full(review.Yes, versionsOf(saved))
	in[1].Verdict, in[1].Comment = review.No, ""
	if _, err := svc.SaveScores(ctx, "anna", it, in, true); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("no without comment: %v", err)
	}
	if _, err := svc.SaveScores(ctx, "anna", it, in[:2], true); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("submit with criteria missing: %v", err)
	}
	in[1].Comment = "Planen saknas"
	sub, err := svc.SaveScores(ctx, "anna", it, in, true)
	if err != nil {
		t.Fatal(err)
	}
	// a form loaded before the save is stale: 409, nothing changed
	stale := full(review.Partly, versionsOf(saved))
	if _, err := svc.SaveScores(ctx, "anna", it, stale, true); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("stale save: %v", err)
	}
	now, _ := svc.VisibleScores(ctx, "anna", it)
	for _, s := range now {
		if s.Verdict == review.Partly {
			t.Fatal("a stale save changed a judgement")
		}
	}
	// another reviewer has rows of their own: no overwrite
	if _, err := svc.SaveScores(ctx, "bertil", it, full(review.No, nil), true); err != nil {
		t.Fatal(err)
	}
	all, _ := svc.VisibleScores(ctx, "anna", it)
	if len(all) != 8 {
		t.Fatalf("%d rows, want 8 (two reviewers × four criteria)", len(all))
	}
	// the audit trail holds every change: draft planning, then 4 submitted (planning changed), then bertil's 4
	hist, _ := svc.ScoreHistory(ctx, it)
	if len(hist) != 1+4+4 {
		t.Fatalf("%d events", len(hist))
	}
	_ = sub
}

func TestDoubleReviewVisibilityAdjudicationAgreement(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	chosen, err := svc.SetDoubleReview(ctx, "S", 0.5)
	n := len(chosen)
	if err != nil || n != 4*3 {
		t.Fatalf("double review: %d %v", n, err)
	}
	// reproducible
	if again, _ := svc.SetDoubleReview(ctx, "S", 0.5); len(again) != n {
		t.Fatal("not reproducible")
	}
	dis, _ := svc.Disagreements(ctx, "S")
	if len(dis) != 0 {
		t.Fatal("disagreements before any review")
	}
	progress, _ := svc.Progress(ctx, "S")
	var double []int64
	for _, it := range items {
		ss, _ := svc.VisibleScores(ctx, "x", it.ID)
		_ = ss
	}
	// find the double items through progress of each: score all items by anna; double ones also by bertil
	for _, it := range items {
		if _, err := svc.SaveScores(ctx, "anna", it.ID, full(review.Yes, nil), true); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range progress {
		if p.Double != 3 || p.Sampled != 6 {
			t.Fatalf("progress %+v", p)
		}
	}
	for _, it := range items {
		// bertil sees only his own rows until he has submitted
		vis, _ := svc.VisibleScores(ctx, "bertil", it.ID)
		if len(vis) == 0 {
			continue // not hidden: a single-review case shows anna's rows; checked below
		}
	}
	// determine double items: those where anna's rows are hidden from bertil
	for _, it := range items {
		vis, _ := svc.VisibleScores(ctx, "bertil", it.ID)
		if len(vis) == 0 {
			double = append(double, it.ID)
		}
	}
	if len(double) != 12 {
		t.Fatalf("%d cases hide the first review, want 12", len(double))
	}
	for i, id := range double {
		v := review.Yes
		if i%3 == 0 {
			v = review.No // disagree on every criterion
		}
		if _, err := svc.SaveScores(ctx, "bertil", id, full(v, nil), true); err != nil {
			t.Fatal(err)
		}
		if vis, _ := svc.VisibleScores(ctx, "bertil", id); len(vis) != 8 {
			t.Fatalf("after both submitted bertil sees %d rows", len(vis))
		}
	}
	dis, _ = svc.Disagreements(ctx, "S")
	if len(dis) != 4 {
		t.Fatalf("%d disagreements, want 4", len(dis))
	}
	agr, _ := svc.Agreement(ctx, "S")
	prog2, agr2, err := svc.ProgressAndAgreement(ctx, "S")
	prog1, _ := svc.Progress(ctx, "S")
	// (fmt: an undefined measure is NaN, which DeepEqual never finds equal to itself)
	if err != nil || !reflect.DeepEqual(prog2, prog1) || fmt.Sprint(agr2) != fmt.Sprint(agr) {
		t.Fatalf("one read gives other figures than two: %v", err)
	}
	for _, a := range agr {
		if a.Cases != 12 || a.Observed < 0.66 || a.Observed > 0.67 {
			t.Fatalf("agreement %+v", a)
		}
	}
	// adjudicate one: both originals stay
	d := dis[0]
	var in []review.ScoreInput
	for _, c := range d.Criteria {
		in = append(in, review.ScoreInput{Criterion: c, Verdict: review.Partly, Comment: "sammanvägt"})
	}
	if _, err := svc.Adjudicate(ctx, "chef", d.Item.ID, in); err != nil {
		t.Fatal(err)
	}
	if dis2, _ := svc.Disagreements(ctx, "S"); len(dis2) != 3 {
		t.Fatalf("%d disagreements after adjudication", len(dis2))
	}
	rows, _ := svc.VisibleScores(ctx, "chef", d.Item.ID)
	// the adjudicated case still shows where the reviewers differed; an agreeing one nowhere
	if got := review.Disagreeing(rows, len(review.DefaultCriteria)); len(got) != len(review.DefaultCriteria) || !got[review.Planning] {
		t.Fatalf("disagreeing criteria of the adjudicated case: %v", got)
	}
	agreeing, _ := svc.VisibleScores(ctx, "chef", double[1])
	for c, on := range review.Disagreeing(agreeing, len(review.DefaultCriteria)) {
		if on {
			t.Fatalf("an agreeing case disagrees on %s", c)
		}
	}
	if len(rows) != 12 {
		t.Fatalf("%d rows after adjudication, want 8 originals + 4", len(rows))
	}
	progress, _ = svc.Progress(ctx, "S")
	agreed, disagree := 0, 0
	for _, p := range progress {
		agreed += p.Agreed
		disagree += p.Disagreements
	}
	if agreed != 9 || disagree != 3 {
		t.Fatalf("agreed %d disagreements %d", agreed, disagree)
	}
}

func TestDoubleReviewIsLockedAndAdjudicationPartial(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	if _, err := svc.SetDoubleReview(ctx, "S", 1); err != nil {
		t.Fatal(err)
	}
	it := items[0].ID
	a, err := svc.SaveScores(ctx, "anna", it, full(review.Yes, nil), true)
	if err != nil {
		t.Fatal(err)
	}
	// anna may still change her own submitted review before bertil has submitted
	if _, err = svc.SaveScores(ctx, "anna", it, full(review.Partly, versionsOf(a)), true); err != nil {
		t.Fatal(err)
	}
	in := full(review.Partly, nil)
	in[1].Verdict, in[1].Comment = review.No, "ingen plan" // disagree on planning only
	if _, err := svc.SaveScores(ctx, "bertil", it, in, true); err != nil {
		t.Fatal(err)
	}
	// both in: neither can edit to match the other
	if _, err := svc.SaveScores(ctx, "anna", it, in, true); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("editing a double review after both submitted: %v", err)
	}
	// the share cannot change once judging has begun
	if _, err := svc.SetDoubleReview(ctx, "S", 0); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("changing the double-review share after scores: %v", err)
	}
	// adjudicating just the criterion in dispute
	dis, _ := svc.Disagreements(ctx, "S")
	if len(dis) != 1 || len(dis[0].Criteria) != 1 || dis[0].Criteria[0] != review.Planning {
		t.Fatalf("%+v", dis)
	}
	if _, err := svc.Adjudicate(ctx, "chef", it, []review.ScoreInput{{Criterion: review.Planning, Verdict: review.Partly, Comment: "planen saknar datum"}}); err != nil {
		t.Fatal(err)
	}
	if dis, _ := svc.Disagreements(ctx, "S"); len(dis) != 0 {
		t.Fatalf("still disagreeing: %+v", dis)
	}
}

func TestSaveOnReplacedCaseRefused(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	it := items[0]
	if _, _, err := svc.ReplaceCase(ctx, "S", it.Diarienummer, it.Committee, "utanför målgruppen", "x"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SaveScores(ctx, "anna", it.ID, full(review.Yes, nil), true); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("save on a replaced case: %v", err)
	}
}

// saveWhileAnotherWrites scores a case (anna, all yes), then saves in over it while another
// process holds the write lock; once that save has read its rows and waits for the writer,
// the other process runs change (with the item's id) and commits. It returns anna's
// judgements afterwards and the save's error.
func saveWhileAnotherWrites(t *testing.T, in func(saved []review.Score) []review.ScoreInput, change string) ([]review.Score, error) {
	t.Helper()
	svc, st := newService(t)
	ctx := context.Background()
	importFiles(t, svc, "Q", fixture("export_4_namnder_20150930.csv"))
	sm, err := svc.DrawSample(ctx, "Q", scopeRequest("queued"))
	if err != nil {
		t.Fatal(err)
	}
	it := sm.Items[0].ID
	saved, err := svc.SaveScores(ctx, "anna", it, full(review.Yes, nil), false)
	if err != nil {
		t.Fatal(err)
	}
	other := storetest.OtherDB(t, st)
	tx, err := other.Begin() // holds the write lock: the save below waits for it
	if err != nil {
		t.Fatal(err)
	}
	storetest.TakeWriteLock(t, st, tx)
	done := make(chan error, 1)
	queued := make(chan struct{}, 1)
	st.SetBeforeWriteHook(func() {
		select {
		case queued <- struct{}{}:
		default:
		}
	})
	go func() {
		_, err := svc.SaveScores(ctx, "anna", it, in(saved), false)
		done <- err
	}()
	<-queued // the save has read the rows and its write waits for the lock the other holds
	if _, err := tx.Exec(change, it); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	saveErr := <-done
	scores, err := svc.VisibleScores(ctx, "anna", it)
	if err != nil {
		t.Fatal(err)
	}
	return scores, saveErr
}

// A save waits in the queue for the writer while another process writes. A judgement that
// process changed must make the save a conflict that writes nothing.
func TestSaveConflictWhenChangedWhileQueued(t *testing.T) {
	scores, err := saveWhileAnotherWrites(t, func(saved []review.Score) []review.ScoreInput { return full(review.No, versionsOf(saved)) },
		`UPDATE scores SET comment = 'ändrad av någon annan', version = version + 1 WHERE sample_item_id = $1 AND criterion = 'planning'`)
	if review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("save over a judgement changed while it waited: %v", err)
	}
	for _, sc := range scores {
		if sc.Verdict != review.Yes {
			t.Fatalf("a conflicting save wrote %s = %s", sc.Criterion, sc.Verdict)
		}
	}
}

// A save that leaves one criterion as it was and changes another must still be a conflict,
// writing nothing, when the unchanged one was changed by someone else while it waited.
func TestSaveConflictOnUnchangedRowChangedWhileQueued(t *testing.T) {
	scores, err := saveWhileAnotherWrites(t, func(saved []review.Score) []review.ScoreInput {
		in := full(review.Yes, versionsOf(saved)) // planning unchanged ...
		in[2].Verdict = review.No                 // ... follow-up changed
		return in
	}, `UPDATE scores SET verdict = 'no', comment = 'flik B', version = version + 1 WHERE sample_item_id = $1 AND criterion = 'planning'`)
	if review.ErrorCodeOf(err) != review.EConflict || !strings.Contains(err.Error(), "Planering") {
		t.Fatalf("save beside a judgement changed while it waited (the conflict names planning): %v", err)
	}
	for _, sc := range scores {
		if sc.Criterion == review.FollowUp && sc.Verdict != review.Yes {
			t.Fatalf("a conflicting save wrote follow-up = %s", sc.Verdict)
		}
	}
}

// A reviewer's progress with a case, and the next case they have not submitted.
func TestProgressAndNextUnsubmitted(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	ids := []int64{items[0].ID, items[1].ID, items[2].ID}
	progress := func(id int64) review.Progress {
		t.Helper()
		scores, err := svc.VisibleScores(ctx, "anna", id)
		if err != nil {
			t.Fatal(err)
		}
		return review.ProgressOf(scores, "anna", len(review.DefaultCriteria))
	}
	next := func(cur int64) int64 {
		t.Helper()
		id, err := svc.NextUnsubmitted(ctx, "anna", ids, cur)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	if p := progress(ids[0]); p != review.NotStarted || p.SwedishName() != "ej påbörjad" {
		t.Fatalf("nothing saved: %v", p)
	}
	if _, err := svc.SaveScores(ctx, "anna", ids[0], full(review.Yes, nil), true); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SaveScores(ctx, "anna", ids[1], []review.ScoreInput{{Criterion: review.Planning, Verdict: review.Yes}}, false); err != nil {
		t.Fatal(err)
	}
	if p := progress(ids[0]); p != review.Submitted || p.SwedishName() != "inskickad" {
		t.Fatalf("submitted: %v", p)
	}
	if p := progress(ids[1]); p != review.Draft || p.SwedishName() != "utkast" {
		t.Fatalf("draft: %v", p)
	}
	// another reviewer's work does not count for anna
	if _, err := svc.SaveScores(ctx, "bertil", ids[2], full(review.No, nil), false); err != nil {
		t.Fatal(err)
	}
	if got := next(ids[0]); got != ids[1] {
		t.Fatalf("after the first: %d, want the draft %d", got, ids[1])
	}
	if got := next(ids[1]); got != ids[2] {
		t.Fatalf("after the draft: %d, want %d", got, ids[2])
	}
	if got := next(ids[2]); got != ids[1] {
		t.Fatalf("after the last (wrapping, skipping the submitted first): %d, want %d", got, ids[1])
	}
	for _, id := range ids[1:] {
		scores, err := svc.VisibleScores(ctx, "anna", id)
		if err != nil {
			t.Fatal(err)
		}
		var own []review.Score
		for _, sc := range scores {
			if sc.Reviewer == "anna" {
				own = append(own, sc)
			}
		}
		if _, err := svc.SaveScores(ctx, "anna", id, full(review.Yes, versionsOf(own)), true); err != nil {
			t.Fatal(err)
		}
	}
	if got := next(ids[0]); got != 0 {
		t.Fatalf("all submitted: next %d, want none", got)
	}
}

// TestReviewDataIsTheSeparateReads: ReviewData (one statement) gives what VisibleScores,
// CaseStatus and Draft give read apart, for every viewer, through a double review from no
// judgements (a draft only) to final, and for a case with judgements but no draft.
func TestReviewDataIsTheSeparateReads(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	if _, err := svc.SetDoubleReview(ctx, "S", 1); err != nil {
		t.Fatal(err)
	}
	it := items[0].ID
	check := func(step string) {
		t.Helper()
		for _, viewer := range []string{"anna", "bertil", "cecilia"} {
			rd, err := svc.ReviewData(ctx, viewer, it)
			if err != nil {
				t.Fatal(err)
			}
			vis, err := svc.VisibleScores(ctx, viewer, it)
			if err != nil {
				t.Fatal(err)
			}
			st, final, err := svc.CaseStatus(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			d, ok, err := svc.Draft(ctx, viewer, it)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(rd.Visible) != fmt.Sprint(vis) || rd.State != st || fmt.Sprint(rd.Final) != fmt.Sprint(final) ||
				rd.HasDraft != ok || fmt.Sprint(rd.Draft) != fmt.Sprint(d) {
				t.Fatalf("%s, %s: ReviewData %+v\nread apart: visible %+v state %s final %v draft %v %+v", step, viewer, rd, vis, st, final, ok, d)
			}
		}
	}
	check("nothing yet")
	if _, err := svc.SaveDraft(ctx, "bertil", it, map[string][]string{"comment_planning": {"påbörjad"}}); err != nil {
		t.Fatal(err)
	}
	check("a draft only")
	a, err := svc.SaveScores(ctx, "anna", it, full(review.Yes, nil), true)
	if err != nil {
		t.Fatal(err)
	}
	check("anna submitted, bertil's draft")
	if rd, _ := svc.ReviewData(ctx, "bertil", it); len(rd.Visible) != 0 || !rd.HasDraft {
		t.Fatalf("bertil sees anna's judgements or not his draft: %+v", rd)
	}
	if _, err := svc.SaveScores(ctx, "anna", it, full(review.Partly, versionsOf(a)), true); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SaveScores(ctx, "bertil", it, full(review.Partly, nil), true); err != nil {
		t.Fatal(err)
	}
	check("both submitted, agreeing")
	if rd, _ := svc.ReviewData(ctx, "cecilia", it); rd.State != review.StateFinal || len(rd.Final) != len(review.DefaultCriteria) || len(rd.Visible) != 8 {
		t.Fatalf("final: %+v", rd)
	}
}
