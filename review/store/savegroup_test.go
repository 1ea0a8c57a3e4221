package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
)

// rowsOf is a reviewer's save of every default criterion as v, each naming version[c].
func rowsOf(item int64, who string, v review.Verdict, comment string, version map[review.Criterion]int) []review.Score {
	var out []review.Score
	for _, c := range review.DefaultCriteria {
		out = append(out, review.Score{SampleItemID: item, Kind: review.KindReview, Reviewer: who, Criterion: c, Verdict: v, Comment: comment, Source: "web", Version: version[c]})
	}
	return out
}

// The saves of one group are decided in the order they arrived, each against what the ones
// before it left: two saves of the same judgements from one loaded form are a first that
// writes and a second that is a conflict writing nothing; a save naming the versions the
// first wrote applies after it; a save with one stale judgement writes none of its rows and
// leaves the state for the next save of the group as it was; the history, the items' counts
// of changes, the trail (one event per save, chained) and the drafts are as if the saves had
// been committed one by one.
func TestSaveGroupDecidesInOrder(t *testing.T) {
	st, _, items, tmpl := groupFixture(t)
	ctx := context.Background()
	one, two := items[0], items[1]
	at := time.Date(2015, 10, 2, 9, 0, 0, 0, time.UTC)
	v1 := map[review.Criterion]int{}
	for _, c := range review.DefaultCriteria {
		v1[c] = 1
	}
	stale := map[review.Criterion]int{review.DefaultCriteria[len(review.DefaultCriteria)-1]: 3} // the others new (0), the last one stale
	out, errs := st.WriteGroupForTest([]store.GroupSave{
		{ItemID: one, Actor: "anna", Rows: rowsOf(one, "anna", review.Yes, "A", nil), At: at, Tmpl: tmpl},                        // 0: writes version 1
		{ItemID: one, Actor: "anna", Draft: `{"comment_planning":["före"]}`, At: at},                                             // 1: a draft the next save removes
		{ItemID: one, Actor: "anna", Rows: rowsOf(one, "anna", review.No, "B", nil), At: at.Add(time.Second), Tmpl: tmpl},        // 2: the same form again: conflict
		{ItemID: two, Actor: "bertil", Rows: rowsOf(two, "bertil", review.No, "D", stale), At: at, Tmpl: tmpl},                   // 3: one stale row: conflict
		{ItemID: one, Actor: "anna", Rows: rowsOf(one, "anna", review.Partly, "C", v1), At: at.Add(2 * time.Second), Tmpl: tmpl}, // 4: after 0: version 2
		{ItemID: two, Actor: "bertil", Rows: rowsOf(two, "bertil", review.Yes, "E", nil), At: at, Tmpl: tmpl},                    // 5: writes version 1
		{ItemID: one, Actor: "anna", Draft: `{"comment_planning":["efter"]}`, At: at.Add(3 * time.Second)},                       // 6: a draft after the save: kept
	})
	for i, want := range []review.ErrorCode{"", "", review.EConflict, review.EConflict, "", "", ""} {
		if got := review.ErrorCodeOf(errs[i]); (want == "") != (errs[i] == nil) || errs[i] != nil && got != want {
			t.Errorf("save %d: error %v (code %q), want code %q", i, errs[i], got, want)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	n := len(review.DefaultCriteria)
	if len(out[0]) != n || len(out[4]) != n || len(out[5]) != n || out[2] != nil || out[3] != nil {
		t.Fatalf("answers: %d, %d, %d rows; refused saves answered %v, %v", len(out[0]), len(out[4]), len(out[5]), out[2], out[3])
	}
	for i := range out[0] {
		a, c := out[0][i], out[4][i]
		if a.ID == 0 || a.ID != c.ID || a.Version != 1 || c.Version != 2 || c.Verdict != review.Partly || out[5][i].Version != 1 || out[5][i].ID == 0 {
			t.Fatalf("answers of %s: first %+v, later %+v, other item %+v", a.Criterion, a, c, out[5][i])
		}
	}
	// the stored judgements: the later save of one over the first; two as the accepted save wrote it
	for _, c := range []struct {
		item    int64
		who     string
		verdict review.Verdict
		comment string
		version int
	}{{one, "anna", review.Partly, "C", 2}, {two, "bertil", review.Yes, "E", 1}} {
		scores, err := st.Scores(ctx, c.item)
		if err != nil {
			t.Fatal(err)
		}
		if len(scores) != n {
			t.Fatalf("item %d has %d judgements, want %d", c.item, len(scores), n)
		}
		for _, sc := range scores {
			if sc.Reviewer != c.who || sc.Verdict != c.verdict || sc.Comment != c.comment || sc.Version != c.version {
				t.Fatalf("item %d: %+v, want %s %s %q version %d", c.item, sc, c.who, c.verdict, c.comment, c.version)
			}
		}
	}
	// the history: the first save's rows, then the later one's, which start from the first's
	hist, err := st.ScoreHistory(ctx, one)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2*n {
		t.Fatalf("item one has %d history rows, want %d", len(hist), 2*n)
	}
	for i := 0; i < n; i++ {
		first, later := hist[i], hist[n+i]
		if first.Old != "{}" || !strings.Contains(first.New, `"yes"`) || later.Old != first.New || !strings.Contains(later.New, `"partly"`) || later.ScoreID != first.ScoreID {
			t.Fatalf("history of %d: %+v then %+v", first.ScoreID, first, later)
		}
	}
	if hist2, err := st.ScoreHistory(ctx, two); err != nil || len(hist2) != n {
		t.Fatalf("item two has %d history rows (%v), want %d", len(hist2), err, n)
	}
	// the items' counts of changes: once per accepted save that changed something
	db := storetest.OtherDB(t, st)
	for item, want := range map[int64]int{one: 2, two: 1} {
		var changes int
		if err := db.QueryRow(st.Rebind(`SELECT changes FROM sample_items WHERE id = ?`), item).Scan(&changes); err != nil || changes != want {
			t.Fatalf("item %d: changes %d (%v), want %d", item, changes, err, want)
		}
	}
	// the trail: one event per accepted save, in their order, and it verifies
	evs, err := st.TrailEvents(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for _, e := range evs {
		if e.Action == review.ActionJudgement {
			subjects = append(subjects, e.Subject)
		}
	}
	if want := fmt.Sprintf("item:%d item:%d item:%d", one, one, two); strings.Join(subjects, " ") != want {
		t.Fatalf("judgement events %v, want %s", subjects, want)
	}
	if rep, err := st.VerifyTrail(ctx); err != nil || !rep.Intact {
		t.Fatalf("trail: %+v %v", rep, err)
	}
	// the drafts: the one before the save is gone, the one after it kept
	if form, _, ok, err := st.Draft(ctx, one, "anna"); err != nil || !ok || !strings.Contains(form, "efter") {
		t.Fatalf("draft after the save: %q %v %v", form, ok, err)
	}
	// a later group goes on from where this one left: the ids and the chain
	out2, errs2 := st.WriteGroupForTest([]store.GroupSave{
		{ItemID: two, Actor: "cecilia", Rows: rowsOf(two, "cecilia", review.No, "F", nil), At: at, Tmpl: tmpl},
	})
	if errs2[0] != nil || out2[0][0].ID <= out[5][n-1].ID {
		t.Fatalf("next group: %v, ids %d after %d", errs2[0], out2[0][0].ID, out[5][n-1].ID)
	}
	if rep, err := st.VerifyTrail(ctx); err != nil || !rep.Intact {
		t.Fatalf("trail after the next group: %+v %v", rep, err)
	}
}
