package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/store"
)

// On PostgreSQL a review page rendered afresh reads the item, the data version and the
// viewer's judgements in one statement (VersionAndItemView with a viewer): what it returns
// of the judgements is what PageJudgements returns, for a case with no judgements, with one
// reviewer's draft and judgements, and double-reviewed with two reviewers' judgements (and
// the order of both, comments with quotes and newlines included).
func TestPageReadMatchesPageJudgements(t *testing.T) {
	st, svc, items, tmpl := groupFixture(t)
	if !st.Postgres() {
		t.Skip("one read for the page on PostgreSQL only (SQLite reads without a round trip)")
	}
	ctx := context.Background()
	one, two := items[0], items[1]
	if _, err := svc.SetDoubleReview(ctx, "G", 1); err != nil {
		t.Fatal(err)
	}
	check := func(item int64, viewer string) {
		t.Helper()
		want, err := st.PageJudgements(ctx, item, viewer)
		if err != nil {
			t.Fatal(err)
		}
		gen, v, ok, err := st.VersionAndItemView(ctx, item, viewer)
		if err != nil || !ok || gen == "" || v.Judgements == nil {
			t.Fatalf("item %d for %s: gen %q, ok %v, judgements %v, %v", item, viewer, gen, ok, v.Judgements, err)
		}
		if !reflect.DeepEqual(*v.Judgements, want) {
			t.Fatalf("item %d for %s: one read gave\n%+v\nPageJudgements\n%+v", item, viewer, *v.Judgements, want)
		}
		if _, v, _, _ := st.VersionAndItemView(ctx, item, ""); v.Judgements != nil {
			t.Fatalf("without a viewer the judgements were read")
		}
	}
	check(one, "anna")
	at := time.Date(2015, 10, 2, 9, 0, 0, 123456789, time.UTC)
	_, errs := st.WriteGroupForTest([]store.GroupSave{
		{ItemID: one, Actor: "anna", Rows: rowsOf(one, "anna", review.Partly, "\"citat\"\noch rad", nil), At: at, Tmpl: tmpl},
		{ItemID: one, Actor: "bertil", Rows: rowsOf(one, "bertil", review.Yes, "B", nil), At: at.Add(time.Second), Tmpl: tmpl},
		{ItemID: one, Actor: "anna", Draft: `{"comment_planning":["utkast å"]}`, At: at.Add(2 * time.Second)},
		{ItemID: two, Actor: "cecilia", Rows: rowsOf(two, "cecilia", review.No, "C", nil), At: at, Tmpl: tmpl},
	})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
	}
	for _, who := range []string{"anna", "bertil", "david"} {
		check(one, who)
	}
	check(two, "cecilia")
	pj, _ := st.PageJudgements(ctx, one, "anna")
	if !pj.Double || !pj.HasDraft || len(pj.Scores) != 2*len(review.DefaultCriteria) {
		t.Fatalf("the fixture is not what the test needs: %+v", pj)
	}
}
