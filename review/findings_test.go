package review_test

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"testing"

	"tillsyn/review"
)

// caseIDsIn lists every diarienummer any list of the findings names.
func caseIDsIn(f review.Findings) map[string]bool {
	out := map[string]bool{}
	for _, cf := range f.Committees {
		for _, cc := range cf.Criteria {
			for _, l := range [][]string{cc.YesCases, cc.PartlyCases, cc.NoCases, cc.NotApplicableCases} {
				for _, d := range l {
					out[d] = true
				}
			}
		}
	}
	return out
}

// A partly reviewed audit: every sampled committee is in the findings with its sampled,
// final and pending files and its status; a double-reviewed case is in no list or count
// until both reviewers have submitted (the blind holds in the reports too); the region counts
// every sampled committee and names those not final.
func TestFindingsSayWhatIsUnfinished(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	if _, err := svc.SetDoubleReview(ctx, "S", 0.5); err != nil {
		t.Fatal(err)
	}
	double := map[int64]bool{}
	fs, _ := svc.Findings(ctx, "S", review.FindingsOptions{})
	// the committees in the sample, and one committee left untouched
	var committees []string
	byC := map[string][]review.SampleItem{}
	for _, it := range items {
		if len(byC[it.Committee]) == 0 {
			committees = append(committees, it.Committee)
		}
		byC[it.Committee] = append(byC[it.Committee], it)
	}
	if len(committees) < 3 {
		t.Fatalf("%d committees", len(committees))
	}
	for _, cf := range fs.Findings.Committees {
		if cf.Status != review.StatusNotStarted || cf.FilesReviewed != 0 || cf.NotStarted != cf.Sampled {
			t.Fatalf("before any review: %+v", cf)
		}
	}
	untouched := committees[len(committees)-1]
	// anna submits every case of the first committees; on double-reviewed cases bertil
	// submits too (agreeing, except one), or only drafts
	var awaitingSecond, awaitingAdj string
	for _, c := range committees[:len(committees)-1] {
		for _, it := range byC[c] {
			if _, err := svc.SaveScores(ctx, "anna", it.ID, full(review.No, nil), true); err != nil {
				t.Fatal(err)
			}
		}
	}
	// find the double cases (those the findings hold back after anna's submissions)
	f1, _ := svc.Findings(ctx, "S", review.FindingsOptions{})
	for _, cf := range f1.Findings.Committees {
		if cf.Committee == untouched {
			continue
		}
		if cf.AwaitingSecond == 0 {
			t.Fatalf("%s: no double-reviewed case awaits the second reviewer: %+v", cf.Committee, cf)
		}
	}
	listed := caseIDsIn(f1.Findings)
	for _, it := range items {
		if it.Committee == untouched {
			continue
		}
		dbl, err := isDouble(svc, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		if dbl {
			double[it.ID] = true
			if listed[it.Diarienummer] {
				t.Fatalf("%s is double-reviewed and only anna has submitted, yet it is listed in the findings", it.Diarienummer)
			}
		} else if !listed[it.Diarienummer] {
			t.Fatalf("%s (single review, submitted) is not listed", it.Diarienummer)
		}
	}
	// bertil: agrees on all double cases but one, disagrees on one, only drafts another
	n := 0
	for _, it := range items {
		if !double[it.ID] {
			continue
		}
		switch n {
		case 0:
			if _, err := svc.SaveScores(ctx, "bertil", it.ID, full(review.Yes, nil), true); err != nil {
				t.Fatal(err)
			}
			awaitingAdj = it.Diarienummer
		case 1:
			if _, err := svc.SaveScores(ctx, "bertil", it.ID, full(review.No, nil), false); err != nil {
				t.Fatal(err)
			}
			awaitingSecond = it.Diarienummer
		default:
			if _, err := svc.SaveScores(ctx, "bertil", it.ID, full(review.No, nil), true); err != nil {
				t.Fatal(err)
			}
		}
		n++
	}
	f2, err := svc.Findings(ctx, "S", review.FindingsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f := f2.Findings
	if f.Complete || f.Region.Committees != len(committees) || f.Region.CommitteesFinal != 0 && f.Region.CommitteesFinal > len(committees)-1 {
		t.Fatalf("region: %+v", f.Region)
	}
	if !slices.Contains(f.Region.NotFinal, untouched) {
		t.Fatalf("the untouched committee is not named as not final: %v", f.Region.NotFinal)
	}
	listed = caseIDsIn(f)
	if listed[awaitingAdj] || listed[awaitingSecond] {
		t.Fatalf("a pending double-reviewed case is listed (%s, %s)", awaitingAdj, awaitingSecond)
	}
	var sampledSum, finalSum, pendingSum int
	names := map[string]bool{}
	for _, cf := range f.Committees {
		names[cf.Committee] = true
		sampledSum += cf.Sampled
		finalSum += cf.FilesReviewed
		pendingSum += cf.NotStarted + cf.AwaitingSecond + cf.AwaitingAdjudication
		if cf.Pending() != cf.NotStarted+cf.AwaitingSecond+cf.AwaitingAdjudication {
			t.Fatalf("%s: pending %d is not the sum of its parts %+v", cf.Committee, cf.Pending(), cf)
		}
		for _, cc := range cf.Criteria {
			if cc.FilesReviewed != cf.FilesReviewed || cc.Yes+cc.Partly+cc.No+cc.NotApplicable != cf.FilesReviewed {
				t.Fatalf("%s: counts are not over the final files: %+v", cf.Committee, cc)
			}
		}
		switch {
		case cf.Committee == untouched:
			if cf.Status != review.StatusNotStarted || cf.FilesReviewed != 0 || cf.NotStarted != cf.Sampled {
				t.Fatalf("untouched: %+v", cf)
			}
		case cf.Pending() > 0:
			if cf.Status != review.StatusPreliminary || !cf.ActionRequired {
				t.Fatalf("%s: %+v", cf.Committee, cf)
			}
		}
	}
	for _, c := range committees {
		if !names[c] {
			t.Fatalf("committee %s is missing from the findings", c)
		}
	}
	if sampledSum != len(items) || finalSum+pendingSum != len(items) || f.Region.Sampled != len(items) || f.Region.Final != finalSum {
		t.Fatalf("sampled %d final %d pending %d, items %d, region %+v", sampledSum, finalSum, pendingSum, len(items), f.Region)
	}
	// a second reviewer who has only saved a draft never sees the first's submitted verdicts
	for _, it := range items {
		if it.Diarienummer != awaitingSecond {
			continue
		}
		vis, err := svc.VisibleScores(ctx, "bertil", it.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, sc := range vis {
			if sc.Reviewer != "bertil" {
				t.Fatalf("bertil (a draft only) sees %s's %s", sc.Reviewer, sc.Criterion)
			}
		}
	}
}

// isDouble tells whether a case anna has submitted is marked for double review: then, until a
// second reviewer submits, someone else sees none of her judgements.
func isDouble(svc *review.Service, id int64) (bool, error) {
	ctx := context.Background()
	hers, err := svc.VisibleScores(ctx, "anna", id)
	if err != nil {
		return false, err
	}
	other, err := svc.VisibleScores(ctx, "någon annan", id)
	return len(other) == 0 && len(hers) > 0, err
}

// hyperBounds is an independent brute-force computation of the exact bounds, in exact
// rational arithmetic over every K in 0..N: lo the smallest K with P(X >= x | K) > 0.025, hi
// the largest with P(X <= x | K) > 0.025, X hypergeometric (N, K, n).
func hyperBounds(x, n, N int) (lo, hi int) {
	binom := func(a, b int) *big.Int {
		if b < 0 || b > a {
			return big.NewInt(0)
		}
		return new(big.Int).Binomial(int64(a), int64(b))
	}
	tail := func(K int, upper bool) *big.Rat {
		num := big.NewInt(0)
		for k := 0; k <= n; k++ {
			if upper && k > x || !upper && k < x {
				continue
			}
			num.Add(num, new(big.Int).Mul(binom(K, k), binom(N-K, n-k)))
		}
		return new(big.Rat).SetFrac(num, binom(N, n))
	}
	alpha := big.NewRat(25, 1000)
	lo, hi = -1, -1
	for K := 0; K <= N; K++ {
		if lo < 0 && tail(K, false).Cmp(alpha) > 0 { // P(X >= x | K) > 0.025
			lo = K
		}
		if tail(K, true).Cmp(alpha) > 0 { // P(X <= x | K) > 0.025
			hi = K
		}
	}
	return lo, hi
}

// Exact hypergeometric bounds equal an independent computation, for small and larger frames,
// for x = 0 and x = a, and with not-applicable files scaling the population (N' = ceil(N·a/r)).
func TestExactIntervalsAgainstBruteForce(t *testing.T) {
	for _, tc := range []struct{ x, a, na, frame int }{
		{0, 10, 0, 303}, // the example: 0 of 10 from 303; the exact upper bound is about 30 %
		{10, 10, 0, 40},
		{3, 8, 2, 25}, // 2 of 10 not applicable: N' = ceil(25·8/10) = 20
		{1, 5, 0, 12},
		{4, 6, 0, 60},
	} {
		var cases []review.CaseJudgement
		for i := 0; i < tc.a+tc.na; i++ {
			v := review.Yes
			switch {
			case i < tc.x:
				v = review.No
			case i >= tc.a:
				v = review.NotApplicable
			}
			m := map[review.Criterion]review.Verdict{}
			for _, c := range review.DefaultCriteria {
				m[c] = v
			}
			cases = append(cases, review.CaseJudgement{Committee: "A", Diarienummer: fmt.Sprint("D ", i), Verdicts: m})
		}
		f, err := review.Rollup(review.RollupInput{Cases: cases, FrameSize: map[string]int{"A": tc.frame}})
		if err != nil {
			t.Fatal(err)
		}
		cc := f.Committees[0].Criteria[review.Planning]
		np := (tc.frame*tc.a + tc.a + tc.na - 1) / (tc.a + tc.na)
		lo, hi := hyperBounds(tc.x, tc.a, np)
		if cc.Population != np || math.Abs(cc.CILow-float64(lo)/float64(np)) > 1e-12 || math.Abs(cc.CIHigh-float64(hi)/float64(np)) > 1e-12 {
			t.Errorf("%+v: N' %d, %v–%v; want N' %d, %d/%d–%d/%d", tc, cc.Population, cc.CILow, cc.CIHigh, np, lo, np, hi, np)
		}
		if tc.frame == 303 && (hi != 92 || math.Round(cc.CIHigh*100) != 30) {
			t.Errorf("0 of 10 from 303: upper bound %d/303 (%.4f), want 92/303 (30 %%)", hi, cc.CIHigh)
		}
	}
}

// With strata inside a committee the share is the stratified estimate Σ (N_h/N)·p_h.
func TestStratifiedShareByHand(t *testing.T) {
	mk := func(stratum, dnr string, v review.Verdict) review.CaseJudgement {
		m := map[review.Criterion]review.Verdict{}
		for _, c := range review.DefaultCriteria {
			m[c] = v
		}
		return review.CaseJudgement{Committee: "Kil", Stratum: stratum, Diarienummer: dnr, Verdicts: m}
	}
	var cases []review.CaseJudgement
	// öppenvård: 80 cases, 5 reviewed, 1 lacking (p = 0.2); institutionsvård: 20 cases,
	// 5 reviewed, 4 lacking (p = 0.8). Unweighted: 5/10 = 0.5. Stratified:
	// (80/100)·0.2 + (20/100)·0.8 = 0.16 + 0.16 = 0.32.
	for i := 0; i < 5; i++ {
		v := review.Yes
		if i < 1 {
			v = review.No
		}
		cases = append(cases, mk("Kil / öppenvård", fmt.Sprint("Ö ", i), v))
		v = review.Yes
		if i < 4 {
			v = review.No
		}
		cases = append(cases, mk("Kil / institutionsvård", fmt.Sprint("I ", i), v))
	}
	f, err := review.Rollup(review.RollupInput{Cases: cases, FrameSize: map[string]int{"Kil": 100},
		StratumSize: map[string]int{"Kil / öppenvård": 80, "Kil / institutionsvård": 20}})
	if err != nil {
		t.Fatal(err)
	}
	cf := f.Committees[0]
	cc := cf.Criteria[review.FollowUp]
	if !cf.Stratified || cc.Method != review.MethodStratified || math.Abs(cc.ShareLacking-0.32) > 1e-12 {
		t.Fatalf("stratified %v, method %s, share %v, want 0.32", cf.Stratified, cc.Method, cc.ShareLacking)
	}
	if !(cc.CILow < 0.32 && cc.CIHigh > 0.32) {
		t.Fatalf("interval %v–%v", cc.CILow, cc.CIHigh)
	}
}

// Agreement does not depend on who is called what: renaming a reviewer so that the two sort
// the other way round changes no figure.
func TestAgreementIgnoresNames(t *testing.T) {
	run := func(second string) string {
		svc, items := sampled(t)
		ctx := context.Background()
		if _, err := svc.SetDoubleReview(ctx, "S", 1); err != nil {
			t.Fatal(err)
		}
		for i, it := range items {
			a, b := full(review.Yes, nil), full(review.Yes, nil)
			switch i % 5 {
			case 1:
				b[1].Verdict = review.No
			case 2:
				a[2].Verdict, b[2].Verdict = review.Partly, review.No
			case 3:
				a[0].Verdict = review.No
			}
			if _, err := svc.SaveScores(ctx, "mia", it.ID, a, true); err != nil {
				t.Fatal(err)
			}
			if _, err := svc.SaveScores(ctx, second, it.ID, b, true); err != nil {
				t.Fatal(err)
			}
		}
		ag, err := svc.Agreement(ctx, "S")
		if err != nil {
			t.Fatal(err)
		}
		if ag[1].Cases != len(items) || math.IsNaN(ag[1].Kappa) || math.IsNaN(ag[1].AC1) {
			t.Fatalf("agreement: %+v", ag[1])
		}
		return fmt.Sprint(ag)
	}
	if a, b := run("zorro"), run("adam"); a != b {
		t.Fatalf("renaming a reviewer changed the agreement:\n%s\n%s", a, b)
	}
}

// The assignment description's elements must agree with its verdict, and are rolled up.
func TestAssignmentElements(t *testing.T) {
	svc, items := sampled(t)
	ctx := context.Background()
	in := func(v review.Verdict, elements, comment string) []review.ScoreInput {
		out := full(review.Yes, nil)
		for i := range out {
			out[i].Comment = ""
		}
		out[3] = review.ScoreInput{Criterion: review.AssignmentDescription, Verdict: v, Elements: elements, Comment: comment}
		return out
	}
	_, err := svc.SaveScores(ctx, "anna", items[0].ID, in(review.Yes, "abcf", ""), true)
	if review.ErrorCodeOf(err) != review.EInvalid || !strings.Contains(err.Error(), "d (uppföljningsformer)") || !strings.Contains(err.Error(), "e (vad utföraren ska återrapportera)") {
		t.Fatalf("ja with d and e missing: %v", err)
	}
	_, err = svc.SaveScores(ctx, "anna", items[0].ID, in(review.No, "ab", "saknas"), true)
	if err != nil {
		t.Fatalf("nej with a comment that explains: %v", err)
	}
	if _, err := svc.SaveScores(ctx, "anna", items[1].ID, in(review.Yes, "abcdef", ""), true); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SaveScores(ctx, "anna", items[2].ID, in(review.Partly, "abce", "d och f saknas"), true); err != nil {
		t.Fatal(err)
	}
	f, _ := svc.Findings(ctx, "S", review.FindingsOptions{})
	var el map[string]review.ElementCount
	recorded := 0
	for _, cf := range f.Findings.Committees {
		if cf.Committee == items[0].Committee {
			cl := cf.Checklists[review.AssignmentDescription]
			el, recorded = cl.Elements, cl.Recorded
		}
	}
	if items[1].Committee != items[0].Committee || items[2].Committee != items[0].Committee {
		t.Skip("the first three items are not of one committee")
	}
	// three recorded: abcdef, abce, and ab (nej with a comment: what was ticked counts)
	if recorded != 3 || el["d"].Absent != 2 || el["a"].Present != 3 || el["f"].Absent != 2 {
		t.Fatalf("elements %v (%d recorded)", el, recorded)
	}
}
