package review_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"tillsyn/review"
	"tillsyn/sampling"
)

// rollupTruth is the part of the public eval truth.json the roll-up tests read.
type rollupTruth struct {
	Region struct {
		Committees                    int            `json:"committees"`
		ActionRequired                int            `json:"action_required"`
		ActionRequiredIgnoringDelvis  int            `json:"action_required_ignoring_delvis"`
		CommitteesLackingPerCriterion map[string]int `json:"committees_lacking_per_criterion"`
		SentenceSV                    string         `json:"sentence_sv"`
	} `json:"region"`
	Committees map[string]struct {
		CasesReviewed int `json:"cases_reviewed"`
		PerCriterion  map[string]struct {
			Ja            int `json:"ja"`
			Delvis        int `json:"delvis"`
			Nej           int `json:"nej"`
			EjTillampligt int `json:"ej_tillämpligt"`
			Lacking       int `json:"lacking"`
		} `json:"per_criterion"`
		ActionRequired               bool `json:"action_required"`
		ActionRequiredIgnoringDelvis bool `json:"action_required_ignoring_delvis"`
	} `json:"committees"`
	Cases []struct {
		CaseID       string `json:"case_id"`
		Committee    string `json:"committee"`
		Diarienummer string `json:"diarienummer"`
		Criteria     map[string]struct {
			Code string `json:"code"`
		} `json:"criteria"`
	} `json:"cases"`
}

func loadRollupTruth(t *testing.T) (rollupTruth, []review.CaseJudgement) {
	t.Helper()
	b, err := os.ReadFile("testdata/truth_public.json")
	if err != nil {
		t.Fatal(err)
	}
	var tr rollupTruth
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatal(err)
	}
	var cases []review.CaseJudgement
	for _, c := range tr.Cases {
		cj := review.CaseJudgement{Committee: c.Committee, Diarienummer: c.Diarienummer, Verdicts: map[review.Criterion]review.Verdict{}}
		for k, v := range c.Criteria {
			cj.Verdicts[review.Criterion(k)] = review.Verdict(v.Code)
		}
		cases = append(cases, cj)
	}
	return tr, cases
}

func TestRollupPublicEval(t *testing.T) {
	tr, cases := loadRollupTruth(t)
	if len(cases) != 25 {
		t.Fatalf("truth has %d cases, want 25", len(cases))
	}
	f, err := review.Rollup(review.RollupInput{Audit: "Värmland 2015", Year: 2015, Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	if f.Rule != review.RuleNoOrPartly {
		t.Errorf("default rule %q", f.Rule)
	}
	var names []string
	for _, c := range f.Committees {
		names = append(names, c.Committee)
	}
	if want := []string{"Forshaga", "Hammarö", "Munkfors", "Säffle"}; !slices.Equal(names, want) {
		t.Errorf("committees %v, want %v", names, want)
	}
	if f.Region.Committees != tr.Region.Committees || f.Region.ActionRequired != tr.Region.ActionRequired {
		t.Errorf("region %d of %d, want %d of %d", f.Region.ActionRequired, f.Region.Committees, tr.Region.ActionRequired, tr.Region.Committees)
	}
	got := fmt.Sprintf("Krav på åtgärder mot %d av %d nämnder.", f.Region.ActionRequired, f.Region.Committees)
	if got != tr.Region.SentenceSV || got != "Krav på åtgärder mot 3 av 4 nämnder." {
		t.Errorf("region sentence %q, truth %q", got, tr.Region.SentenceSV)
	}
	for c, n := range tr.Region.CommitteesLackingPerCriterion {
		if f.Region.CommitteesWithLacking[review.Criterion(c)] != n {
			t.Errorf("committees lacking %s: %d, want %d", c, f.Region.CommitteesWithLacking[review.Criterion(c)], n)
		}
	}
	for _, cf := range f.Committees {
		want, ok := tr.Committees[cf.Committee]
		if !ok {
			t.Fatalf("committee %q not in truth", cf.Committee)
		}
		if cf.FilesReviewed != want.CasesReviewed {
			t.Errorf("%s: files %d, want %d", cf.Committee, cf.FilesReviewed, want.CasesReviewed)
		}
		if cf.ActionRequired != want.ActionRequired {
			t.Errorf("%s: action %v, want %v", cf.Committee, cf.ActionRequired, want.ActionRequired)
		}
		for c, w := range want.PerCriterion {
			g := cf.Criteria[review.Criterion(c)]
			if g.Yes != w.Ja || g.Partly != w.Delvis || g.No != w.Nej || g.NotApplicable != w.EjTillampligt || g.Lacking() != w.Lacking {
				t.Errorf("%s %s: got ja %d delvis %d nej %d et %d, want %+v", cf.Committee, c, g.Yes, g.Partly, g.No, g.NotApplicable, w)
			}
		}
	}
	// The same data under the rule that ignores delvis.
	f2, err := review.Rollup(review.RollupInput{Rule: review.RuleNoOnly, Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	if f2.Region.ActionRequired != tr.Region.ActionRequiredIgnoringDelvis {
		t.Errorf("no_only: %d, want %d", f2.Region.ActionRequired, tr.Region.ActionRequiredIgnoringDelvis)
	}
	for _, cf := range f2.Committees {
		if cf.ActionRequired != tr.Committees[cf.Committee].ActionRequiredIgnoringDelvis {
			t.Errorf("no_only %s: %v", cf.Committee, cf.ActionRequired)
		}
	}
	// Forshaga behovsbedömning: 4 of 6 lacking, frame size unknown: the exact interval is
	// Clopper–Pearson's, 0.2228–0.9567 (Collett, Modelling Binary Data, table of exact
	// limits; also R's binom.test(4, 6)), and with Wilson 30–90 % (the example finding).
	fo := f.Committees[0].Criteria[review.NeedsAssessment]
	if math.Round(fo.ShareLacking*100) != 67 || math.Abs(fo.CILow-0.2228) > 1e-4 || math.Abs(fo.CIHigh-0.9567) > 1e-4 || fo.Method != review.IntervalExact {
		t.Errorf("Forshaga needs_assessment %.4f (%.4f–%.4f), want 67 %% (22.28–95.67 %%)", fo.ShareLacking, fo.CILow, fo.CIHigh)
	}
	fw, err := review.Rollup(review.RollupInput{Audit: "Värmland 2015", Year: 2015, Cases: cases, Interval: review.IntervalWilson})
	if err != nil {
		t.Fatal(err)
	}
	if w := fw.Committees[0].Criteria[review.NeedsAssessment]; math.Round(w.CILow*100) != 30 || math.Round(w.CIHigh*100) != 90 || w.Method != review.IntervalWilson {
		t.Errorf("Forshaga needs_assessment, Wilson %.4f–%.4f, want 30–90 %%", w.CILow, w.CIHigh)
	}
	if want := []string{"SN 2014/460", "SN 2015/111", "SN 2015/141", "SN 2015/306"}; !slices.Equal(fo.LackingCases, want) {
		t.Errorf("Forshaga lacking cases %v, want %v", fo.LackingCases, want)
	}
}

var rollupScale = []review.Verdict{review.Yes, review.Partly, review.No, review.NotApplicable}

func randomRollupCases(r *rand.Rand, committees, maxFiles int, crits []review.Criterion) []review.CaseJudgement {
	var cases []review.CaseJudgement
	for c := range committees {
		n := 1 + r.IntN(maxFiles)
		// Skewed toward yes so that committees without lacking files occur.
		pYes := r.Float64()
		for i := range n {
			v := map[review.Criterion]review.Verdict{}
			for _, k := range crits {
				if r.Float64() < pYes {
					v[k] = review.Yes
				} else {
					v[k] = rollupScale[r.IntN(4)]
				}
			}
			cases = append(cases, review.CaseJudgement{
				Committee:    fmt.Sprintf("Nämnd %02d", c),
				Diarienummer: fmt.Sprintf("SN 2015/%d", i+1),
				Verdicts:     v,
			})
		}
	}
	r.Shuffle(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
	return cases
}

func TestRollupCountsAddUp(t *testing.T) {
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 1))
		cases := randomRollupCases(r, 1+r.IntN(8), 15, review.DefaultCriteria)
		f, err := review.Rollup(review.RollupInput{Cases: cases})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, cf := range f.Committees {
			total += cf.FilesReviewed
			for _, c := range f.Criteria {
				cc := cf.Criteria[c]
				if cc.Yes+cc.Partly+cc.No+cc.NotApplicable != cf.FilesReviewed || cc.FilesReviewed != cf.FilesReviewed {
					t.Fatalf("seed %d %s %s: %+v does not add up to %d", seed, cf.Committee, c, cc, cf.FilesReviewed)
				}
				if len(cc.YesCases) != cc.Yes || len(cc.PartlyCases) != cc.Partly || len(cc.NoCases) != cc.No ||
					len(cc.NotApplicableCases) != cc.NotApplicable || len(cc.LackingCases) != cc.Lacking() {
					t.Fatalf("seed %d: case lists do not match counts: %+v", seed, cc)
				}
				if cc.Applicable() > 0 {
					if want := float64(cc.Lacking()) / float64(cc.Applicable()); cc.ShareLacking != want {
						t.Fatalf("share %v, want %v", cc.ShareLacking, want)
					}
					if cc.CILow > cc.ShareLacking+1e-12 || cc.CIHigh < cc.ShareLacking-1e-12 {
						t.Fatalf("interval %v–%v excludes %v", cc.CILow, cc.CIHigh, cc.ShareLacking)
					}
				} else if cc.Defined || !math.IsNaN(cc.ShareLacking) || !math.IsNaN(cc.CILow) || !math.IsNaN(cc.CIHigh) {
					t.Fatalf("no applicable files: share %v (%v–%v), want unknown, not 0", cc.ShareLacking, cc.CILow, cc.CIHigh)
				}
			}
		}
		if total != len(cases) {
			t.Fatalf("seed %d: %d files rolled up, %d cases", seed, total, len(cases))
		}
	}
}

func TestRollupActionRuleBruteForce(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 2))
		cases := randomRollupCases(r, 1+r.IntN(6), 10, review.DefaultCriteria)
		for _, rule := range []review.ActionRule{review.RuleNoOrPartly, review.RuleNoOnly} {
			f, err := review.Rollup(review.RollupInput{Rule: rule, Cases: cases})
			if err != nil {
				t.Fatal(err)
			}
			// Brute force: walk every case and criterion.
			want := map[string]bool{}
			lacking := map[review.Criterion]map[string]bool{}
			for _, cj := range cases {
				for c, v := range cj.Verdicts {
					if v == review.No || (v == review.Partly && rule == review.RuleNoOrPartly) {
						want[cj.Committee] = true
					}
					if v == review.No || v == review.Partly {
						if lacking[c] == nil {
							lacking[c] = map[string]bool{}
						}
						lacking[c][cj.Committee] = true
					}
				}
			}
			n := 0
			for _, cf := range f.Committees {
				if cf.ActionRequired != want[cf.Committee] {
					t.Fatalf("seed %d rule %s %s: action %v, brute force %v", seed, rule, cf.Committee, cf.ActionRequired, want[cf.Committee])
				}
				if cf.ActionRequired {
					n++
				}
			}
			if f.Region.ActionRequired != n {
				t.Fatalf("region action %d, want %d", f.Region.ActionRequired, n)
			}
			for _, c := range review.DefaultCriteria {
				if f.Region.CommitteesWithLacking[c] != len(lacking[c]) {
					t.Fatalf("committees lacking %s: %d, want %d", c, f.Region.CommitteesWithLacking[c], len(lacking[c]))
				}
			}
		}
	}
}

// casesWith builds one committee with k files judged no and n−k judged yes on every criterion.
func casesWith(committee string, k, n int) []review.CaseJudgement {
	var out []review.CaseJudgement
	for i := range n {
		v := review.Yes
		if i < k {
			v = review.No
		}
		m := map[review.Criterion]review.Verdict{}
		for _, c := range review.DefaultCriteria {
			m[c] = v
		}
		out = append(out, review.CaseJudgement{Committee: committee, Diarienummer: fmt.Sprintf("D %d", i), Verdicts: m})
	}
	return out
}

func TestRollupWilsonPublished(t *testing.T) {
	// Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score
	// without continuity correction).
	for _, tc := range []struct {
		k, n      int
		low, high float64
	}{
		{81, 263, 0.2553, 0.3662},
		{15, 148, 0.0624, 0.1605},
		{0, 20, 0, 0.1611},
	} {
		f, err := review.Rollup(review.RollupInput{Cases: casesWith("A", tc.k, tc.n), Interval: review.IntervalWilson})
		if err != nil {
			t.Fatal(err)
		}
		cc := f.Committees[0].Criteria[review.Planning]
		if math.Abs(cc.CILow-tc.low) > 5e-5 || math.Abs(cc.CIHigh-tc.high) > 5e-5 {
			t.Errorf("%d/%d: %.4f–%.4f, want %.4f–%.4f", tc.k, tc.n, cc.CILow, cc.CIHigh, tc.low, tc.high)
		}
	}
}

func TestRollupFinitePopulation(t *testing.T) {
	cases := casesWith("A", 4, 10)
	f, err := review.Rollup(review.RollupInput{Cases: cases, FrameSize: map[string]int{"A": 40, "Other": 3}, Interval: review.IntervalWilson})
	if err != nil {
		t.Fatal(err)
	}
	cc := f.Committees[0].Criteria[review.FollowUp]
	lo, hi := sampling.Wilson(4, 10, sampling.ZForConfidence(0.95), 40)
	if cc.CILow != lo || cc.CIHigh != hi || f.Committees[0].FrameSize != 40 {
		t.Errorf("FPC interval %v–%v, want %v–%v", cc.CILow, cc.CIHigh, lo, hi)
	}
	inf, _ := review.Rollup(review.RollupInput{Cases: cases, Interval: review.IntervalWilson})
	ic := inf.Committees[0].Criteria[review.FollowUp]
	if !(cc.CIHigh-cc.CILow < ic.CIHigh-ic.CILow) {
		t.Errorf("FPC interval not narrower: %v–%v vs %v–%v", cc.CILow, cc.CIHigh, ic.CILow, ic.CIHigh)
	}
	// A census: the interval collapses to the share.
	census, _ := review.Rollup(review.RollupInput{Cases: cases, FrameSize: map[string]int{"A": 10}, Interval: review.IntervalWilson})
	if c := census.Committees[0].Criteria[review.FollowUp]; c.CILow != 0.4 || c.CIHigh != 0.4 {
		t.Errorf("census interval %v–%v", c.CILow, c.CIHigh)
	}
	if _, err := review.Rollup(review.RollupInput{Cases: cases, FrameSize: map[string]int{"A": 9}}); review.ErrorCodeOf(err) != review.EInvalid {
		t.Errorf("frame smaller than sample: %v", err)
	}
}

func TestRollupNotApplicableAndNoOnlyShare(t *testing.T) {
	mk := func(d string, v review.Verdict) review.CaseJudgement {
		m := map[review.Criterion]review.Verdict{}
		for _, c := range review.DefaultCriteria {
			m[c] = review.Yes
		}
		m[review.FollowUp] = v
		return review.CaseJudgement{Committee: "A", Diarienummer: d, Verdicts: m}
	}
	cases := []review.CaseJudgement{mk("1", review.NotApplicable), mk("2", review.Partly), mk("3", review.Yes), mk("4", review.NotApplicable)}
	f, err := review.Rollup(review.RollupInput{Rule: review.RuleNoOnly, Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	cc := f.Committees[0].Criteria[review.FollowUp]
	// Partly counts as lacking in the share whatever the rule; ej tillämpligt is left out of
	// the denominator.
	if cc.ShareLacking != 0.5 || f.Committees[0].ActionRequired {
		t.Errorf("share %v action %v, want 0.5 false", cc.ShareLacking, f.Committees[0].ActionRequired)
	}
	if !slices.Equal(cc.NotApplicableCases, []string{"1", "4"}) {
		t.Errorf("NA cases %v", cc.NotApplicableCases)
	}
	all := []review.CaseJudgement{mk("1", review.NotApplicable)}
	f, _ = review.Rollup(review.RollupInput{Cases: all})
	if c := f.Committees[0].Criteria[review.FollowUp]; c.Defined || !math.IsNaN(c.ShareLacking) || !math.IsNaN(c.CILow) || !math.IsNaN(c.CIHigh) {
		t.Errorf("all not applicable: %+v, want an unknown share, not 0", c)
	}
}

func TestRollupErrors(t *testing.T) {
	good := func() review.CaseJudgement {
		m := map[review.Criterion]review.Verdict{}
		for _, c := range review.DefaultCriteria {
			m[c] = review.Yes
		}
		return review.CaseJudgement{Committee: "A", Diarienummer: "SN 2015/1", Verdicts: m}
	}
	bad := good()
	bad.Verdicts[review.Planning] = "ja"
	missing := good()
	delete(missing.Verdicts, review.FollowUp)
	dup := good()
	dup.Diarienummer = "sn-2015-1"
	for name, in := range map[string]review.RollupInput{
		"verdict outside scale": {Cases: []review.CaseJudgement{bad}},
		"missing criterion":     {Cases: []review.CaseJudgement{missing}},
		"duplicate case":        {Cases: []review.CaseJudgement{good(), dup}},
		"unknown rule":          {Rule: "sometimes", Cases: []review.CaseJudgement{good()}},
		"duplicate criterion":   {Template: &review.Template{Name: "t", Version: "1", Criteria: []review.CriterionDef{{Key: review.Planning, Name: review.Text{Sv: "Planering"}}, {Key: review.Planning, Name: review.Text{Sv: "Planering"}}}}, Cases: []review.CaseJudgement{good()}},
		"empty committee":       {Cases: []review.CaseJudgement{{Diarienummer: "x", Verdicts: good().Verdicts}}},
		"negative frame":        {FrameSize: map[string]int{"A": -1}, Cases: []review.CaseJudgement{good()}},
	} {
		if _, err := review.Rollup(in); review.ErrorCodeOf(err) != review.EInvalid {
			t.Errorf("%s: err %v, want EInvalid", name, err)
		}
	}
	// The same diarienummer in two committees is two cases.
	other := good()
	other.Committee = "B"
	if _, err := review.Rollup(review.RollupInput{Cases: []review.CaseJudgement{good(), other}}); err != nil {
		t.Errorf("same diarienummer in two committees: %v", err)
	}
	// A subset of the criteria ignores the others' verdicts.
	only := review.Template{Name: "t", Version: "1", Criteria: []review.CriterionDef{review.DefaultTemplate().MustDef(review.Planning)}}
	f, err := review.Rollup(review.RollupInput{Template: &only, Cases: []review.CaseJudgement{missing}})
	if err != nil || len(f.Criteria) != 1 {
		t.Errorf("subset of criteria: %v %v", f.Criteria, err)
	}
}

func TestRollupSwedishOrder(t *testing.T) {
	var cases []review.CaseJudgement
	names := []string{"Östersund", "Åre", "Ängelholm", "Arvika", "Övertorneå", "Zinkgruva", "Eda", "Älvdalen", "Åmål", "Ånge", "öckerö"}
	for _, n := range names {
		cases = append(cases, casesWith(n, 0, 1)...)
	}
	f, err := review.Rollup(review.RollupInput{Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range f.Committees {
		got = append(got, c.Committee)
	}
	want := []string{"Arvika", "Eda", "Zinkgruva", "Åmål", "Ånge", "Åre", "Älvdalen", "Ängelholm", "öckerö", "Östersund", "Övertorneå"}
	if !slices.Equal(got, want) {
		t.Errorf("order %v\nwant  %v", got, want)
	}
}

func TestRollupNaturalCaseOrder(t *testing.T) {
	var cases []review.CaseJudgement
	for _, d := range []string{"SN 2015/111", "SN 2014/900", "SN 2015/84", "SN 2015/9"} {
		cs := casesWith("A", 1, 1)[0]
		cs.Diarienummer = d
		cases = append(cases, cs)
	}
	f, _ := review.Rollup(review.RollupInput{Cases: cases})
	got := f.Committees[0].Criteria[review.Planning].NoCases
	if want := []string{"SN 2014/900", "SN 2015/9", "SN 2015/84", "SN 2015/111"}; !slices.Equal(got, want) {
		t.Errorf("case order %v, want %v", got, want)
	}
}

func TestRollupParseActionRule(t *testing.T) {
	for in, want := range map[string]review.ActionRule{"": review.RuleNoOrPartly, "no_or_partly": review.RuleNoOrPartly, "NO_ONLY": review.RuleNoOnly, "nej eller delvis": review.RuleNoOrPartly, "nej": review.RuleNoOnly} {
		if got, err := review.ParseActionRule(in); err != nil || got != want {
			t.Errorf("ParseActionRule(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := review.ParseActionRule("maybe"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Errorf("bad rule: %v", err)
	}
}

func TestFindingsOnly(t *testing.T) {
	v := func(x review.Verdict) map[review.Criterion]review.Verdict {
		return map[review.Criterion]review.Verdict{review.NeedsAssessment: x, review.Planning: review.Yes, review.FollowUp: review.Yes, review.AssignmentDescription: review.Yes}
	}
	f, err := review.Rollup(review.RollupInput{Audit: "A", Cases: []review.CaseJudgement{
		{Committee: "Kil", Diarienummer: "1", Verdicts: v(review.No)},
		{Committee: "Arvika", Diarienummer: "2", Verdicts: v(review.Yes)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	only := f.Only([]string{"Arvika"})
	if len(only.Committees) != 1 || only.Committees[0].Committee != "Arvika" || only.Region.Committees != 1 || only.Region.ActionRequired != 0 || only.Region.CommitteesWithLacking[review.NeedsAssessment] != 0 {
		t.Fatalf("%+v", only)
	}
	if f.Region.ActionRequired != 1 {
		t.Fatal("Only changed the original")
	}
}
