package report

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
)

// researchData makes an audit's research data at random: committees with frames of 10–100
// cases, 3–12 final files each, two intervention types and two decision years, and skewed
// verdicts, rolled up by review.Rollup so the committee level is the real one.
func researchData(t testing.TB, r *rand.Rand, id int64, name string, committees int) review.ResearchData {
	t.Helper()
	tmpl := review.DefaultTemplate()
	d := review.ResearchData{Audit: review.Audit{ID: id, Name: name}, StratumSize: map[string]int{}, StratumReviewed: map[string]int{}}
	in := review.RollupInput{Audit: name, Year: 2015, FrameSize: map[string]int{}, Template: &tmpl}
	scale := []review.Verdict{review.Yes, review.Partly, review.No, review.NotApplicable}
	for c := range committees {
		com := fmt.Sprintf("K%02d", c)
		n := 3 + r.IntN(10)
		in.FrameSize[com] = n + r.IntN(91)
		d.StratumSize[com] = in.FrameSize[com]
		for i := range n {
			v := map[review.Criterion]review.Verdict{}
			rc := review.ResearchCase{Committee: com, Stratum: com, Intervention: []string{"öppenvård", "institutionsvård"}[r.IntN(2)],
				Year: 2014 + r.IntN(2), Categories: map[review.Criterion]review.Category{}}
			for _, k := range tmpl.Keys() {
				x := r.Float64()
				j := 0
				switch {
				case x < 0.15:
					j = 1
				case x < 0.3:
					j = 2
				case x < 0.4:
					j = 3
				}
				v[k] = scale[j]
				rc.Categories[k] = review.Category(j)
			}
			in.Cases = append(in.Cases, review.CaseJudgement{Committee: com, Diarienummer: fmt.Sprintf("SN %d", i+1), Verdicts: v})
			d.Cases = append(d.Cases, rc)
			d.StratumReviewed[com]++
		}
	}
	f, err := review.Rollup(in)
	if err != nil {
		t.Fatal(err)
	}
	d.Findings = f
	return d
}

// At every pooled level the counts are the sums of the committee rows (K = 3 with a data set
// where nothing is hidden is not guaranteed, so sums are compared with the committee rows
// computed without suppression: the findings themselves).
func TestPooledCountsAreSumsOfCommitteeRows(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	a := researchData(t, r, 1, "A", 16)
	b := researchData(t, r, 2, "B", 9)
	type key struct{ audit, crit string }
	sums := map[key][4]int{}
	files := map[string]int{}
	for _, d := range []review.ResearchData{a, b} {
		for _, cf := range d.Findings.Committees {
			files[d.Audit.Name] += cf.FilesReviewed
			for c, cc := range cf.Criteria {
				s := sums[key{d.Audit.Name, string(c)}]
				s[0] += cc.Yes
				s[1] += cc.Partly
				s[2] += cc.No
				s[3] += cc.NotApplicable
				sums[key{d.Audit.Name, string(c)}] = s
			}
		}
	}
	rows, cells, err := ResearchRows([]review.ResearchData{a, b}, ResearchOptions{Level: LevelAudit, MinCell: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 8 || len(cells) != 8 {
		t.Fatalf("%d rows, %d cells", len(rows), len(cells))
	}
	visible := 0
	for _, row := range rows {
		if row.Suppressed {
			continue
		}
		visible++
		got := [4]int{*row.Yes, *row.Partly, *row.No, *row.NotApplicable}
		if want := sums[key{row.Audit, row.Criterion}]; got != want || *row.FilesReviewed != files[row.Audit] {
			t.Errorf("%s %s: %v of %d, want the committee sums %v of %d", row.Audit, row.Criterion, got, *row.FilesReviewed, want, files[row.Audit])
		}
		if *row.Committees != map[string]int{"A": 16, "B": 9}[row.Audit] {
			t.Errorf("%s: committees %d", row.Audit, *row.Committees)
		}
	}
	if visible < 6 {
		t.Fatalf("only %d of 8 pooled rows published", visible)
	}
	all, _, err := ResearchRows([]review.ResearchData{a, b}, ResearchOptions{Level: LevelAll, MinCell: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range all {
		sa, sb := sums[key{"A", row.Criterion}], sums[key{"B", row.Criterion}]
		want := [4]int{sa[0] + sb[0], sa[1] + sb[1], sa[2] + sb[2], sa[3] + sb[3]}
		if got := [4]int{*row.Yes, *row.Partly, *row.No, *row.NotApplicable}; got != want || *row.Committees != 25 || row.Audit != "A + B" || row.Year != 2015 {
			t.Errorf("all %s: %v, want %v (%+v)", row.Criterion, got, want, row)
		}
	}
	// intervention and year splits partition the audit's files
	for _, opt := range []ResearchOptions{{Level: LevelIntervention, MinCell: 3}, {Level: LevelAudit, ByYear: true, MinCell: 3}, {Level: LevelCommittee, ByYear: true, MinCell: 3}} {
		rows, _, err := ResearchRows([]review.ResearchData{a}, opt)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, row := range rows {
			if row.Criterion == "planning" && row.FilesReviewed != nil {
				n += *row.FilesReviewed
			}
		}
		if n > files["A"] {
			t.Errorf("%+v: %d files in the parts of %d", opt, n, files["A"])
		}
	}
}

// The weighted share of a pooled row is the ratio estimator computed by hand.
func TestPooledShareWeightedByFrame(t *testing.T) {
	mk := func(com string, n, lacking, na int) []review.ResearchCase {
		var out []review.ResearchCase
		for i := range n {
			cat := review.CatYes
			switch {
			case i < lacking:
				cat = review.CatNo
			case i < lacking+na:
				cat = review.CatNotApplicable
			}
			out = append(out, review.ResearchCase{Committee: com, Stratum: com, Year: 2015, Categories: map[review.Criterion]review.Category{"planning": cat}})
		}
		return out
	}
	tmpl := review.Template{Name: "t", Version: "1", Criteria: []review.CriterionDef{review.DefaultTemplate().Criteria[1]}}
	d := review.ResearchData{Audit: review.Audit{ID: 1, Name: "A"}, Findings: review.Findings{Year: 2015, Criteria: []review.Criterion{"planning"}, Template: tmpl},
		StratumSize: map[string]int{"Stor": 100, "Liten": 20}, StratumReviewed: map[string]int{"Stor": 10, "Liten": 10}}
	d.Cases = append(mk("Stor", 10, 5, 5), mk("Liten", 10, 5, 0)...)
	rows, _, err := ResearchRows([]review.ResearchData{d}, ResearchOptions{Level: LevelAudit, MinCell: 5})
	if err != nil {
		t.Fatal(err)
	}
	r := rows[0]
	// Stor: 5 lacking of 5 applicable, each file 10 cases; Liten: 5 of 10, each 2 cases:
	// (10·5 + 2·5) / (10·5 + 2·10) = 60/70 = 0.8571; unweighted it would be 10/15
	if r.ShareLacking == nil || *r.ShareLacking != 0.8571 || *r.No != 10 || *r.NotApplicable != 5 || *r.Committees != 2 {
		t.Fatalf("pooled row %+v share %v", r, r.ShareLacking)
	}
	if *r.CILow >= 0.8571 || *r.CIHigh <= 0.8571 {
		t.Fatalf("interval %v–%v", *r.CILow, *r.CIHigh)
	}
	// a group of 4 files from 4 committees is hidden whole, the number of committees too
	// (files_reviewed is at least it: 4 committees would give away 4 files at K = 5)
	d.Cases = append(append(append(mk("Stor", 1, 0, 0), mk("Liten", 1, 0, 0)...), mk("Tredje", 1, 0, 0)...), mk("Fjärde", 1, 0, 0)...)
	rows, _, err = ResearchRows([]review.ResearchData{d}, ResearchOptions{Level: LevelAudit, MinCell: 5})
	if err != nil {
		t.Fatal(err)
	}
	if r := rows[0]; r.FilesReviewed != nil || r.Committees != nil || !r.Suppressed {
		t.Fatalf("small group published: %+v", r)
	}
}

func intP(x int) *int       { return &x }
func strP(s string) *string { return &s }

// The differencing check: a pooled row minus published committee rows, exactly.
func TestCheckDifferencing(t *testing.T) {
	tmpl := review.DefaultTemplate()
	cases := func(com string, n, no int) []review.ResearchCase {
		var out []review.ResearchCase
		for i := range n {
			cat := map[review.Criterion]review.Category{}
			for _, k := range tmpl.Keys() {
				cat[k] = review.CatYes
			}
			if i < no {
				cat["planning"] = review.CatNo
			}
			out = append(out, review.ResearchCase{Committee: com, Stratum: com, Year: 2015, Categories: cat})
		}
		return out
	}
	d := review.ResearchData{Audit: review.Audit{ID: 7, Name: "V"}, Findings: review.Findings{Template: tmpl, Criteria: tmpl.Keys()}}
	d.Cases = append(append(cases("Arvika", 10, 2), cases("Eda", 10, 5)...), cases("Kil", 10, 5)...)
	all := map[int64]review.ResearchData{7: d}
	// committee rows as published: Arvika's planning hidden, Eda's and Kil's 5 shown
	committee := func(com string, no *int, yes *int) review.PublishedCell {
		c := review.PublishedCell{Audits: []int64{7}, Committee: strP(com), Criterion: "planning", FilesReviewed: intP(10), No: no, Yes: yes}
		if no != nil {
			c.Partly, c.NotApplicable = intP(0), intP(0)
		}
		return c
	}
	earlier := []review.PublishedExport{{ID: 3, ExportRecord: review.ExportRecord{AuditID: 7, At: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Parameters: map[string]any{"min_cell": 5.0}},
		Cells: []review.PublishedCell{committee("Arvika", nil, nil), committee("Eda", intP(5), intP(5)), committee("Kil", intP(5), intP(5))}}}
	pooled := []review.PublishedCell{{Audits: []int64{7}, Criterion: "planning", FilesReviewed: intP(30), Yes: intP(18), Partly: intP(0), No: intP(12), NotApplicable: intP(0)}}
	err := CheckDifferencing(pooled, 5, earlier, all)
	if err == nil || !strings.Contains(err.Error(), "V, nämnd Arvika, Planering (planning): nej") || strings.Contains(err.Error(), "nej = 2") || !strings.Contains(err.Error(), "nr 3") {
		t.Fatalf("pooled row after committee rows: %v", err)
	}
	// with both Eda and Arvika hidden the difference is 7: their sum, not a small count
	earlier[0].Cells[1] = committee("Eda", nil, nil)
	if err := CheckDifferencing(pooled, 5, earlier, all); err != nil {
		t.Fatalf("a remainder of 7 over two hidden rows refused: %v", err)
	}
	// with K = 8 the same sum of two hidden rows is small: refused, naming both
	err = CheckDifferencing(pooled, 8, earlier, all)
	if err == nil || !strings.Contains(err.Error(), "summan av V, nämnd Arvika") || !strings.Contains(err.Error(), "nämnd Eda") {
		t.Fatalf("sum of two hidden rows below K: %v", err)
	}
	// the pooled row hidden: nothing to difference
	hidden := []review.PublishedCell{{Audits: []int64{7}, Criterion: "planning", FilesReviewed: intP(30)}}
	earlier[0].Cells[1] = committee("Eda", intP(5), intP(5))
	if err := CheckDifferencing(hidden, 5, earlier, all); err != nil {
		t.Fatalf("hidden pooled row refused: %v", err)
	}
	// an export recorded before cells were kept counts as its committee-level export
	legacy := []review.PublishedExport{{ID: 1, ExportRecord: review.ExportRecord{AuditID: 7, Parameters: map[string]any{"min_cell": 5.0}}}}
	d.Findings = rollupOf(t, d, tmpl)
	all[7] = d
	if err := CheckDifferencing(pooled, 5, legacy, all); err == nil || !strings.Contains(err.Error(), "nämnd Arvika") {
		t.Fatalf("pooled row after a legacy committee export: %v", err)
	}
	// the same cells again reveal nothing new
	if err := CheckDifferencing(earlier[0].Cells, 5, earlier, all); err != nil {
		t.Fatalf("repeating an export refused: %v", err)
	}
}

func rollupOf(t *testing.T, d review.ResearchData, tmpl review.Template) review.Findings {
	in := review.RollupInput{Audit: d.Audit.Name, Year: 2015, Template: &tmpl}
	names := map[review.Category]review.Verdict{review.CatYes: review.Yes, review.CatPartly: review.Partly, review.CatNo: review.No, review.CatNotApplicable: review.NotApplicable}
	for i, c := range d.Cases {
		v := map[review.Criterion]review.Verdict{}
		for k, cat := range c.Categories {
			v[k] = names[cat]
		}
		in.Cases = append(in.Cases, review.CaseJudgement{Committee: c.Committee, Diarienummer: fmt.Sprintf("SN %d", i+1), Verdicts: v})
	}
	f, err := review.Rollup(in)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Random audits and random sequences of exports at random levels and K: no hidden count
// between 1 and K−1 of any export the check lets through can be worked out from all of them
// together (checked by an independent oracle in exact rational arithmetic), and the check
// refuses some of them (it is not vacuous).
func TestDifferencingRandomSequences(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	refused, checked := 0, 0
	for trial := range 20 {
		d := researchData(t, r, 1, "A", 3+r.IntN(6))
		all := map[int64]review.ResearchData{1: d}
		var earlier []review.PublishedExport
		for step := range 4 {
			opt := ResearchOptions{Level: Levels[r.IntN(3)], ByYear: r.IntN(2) == 0, MinCell: 3 + r.IntN(4)}
			_, cells, err := ResearchRows([]review.ResearchData{d}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if err := CheckDifferencing(cells, opt.MinCell, earlier, all); err != nil {
				refused++
				continue
			}
			next := append(slices.Clone(earlier), review.PublishedExport{ID: int64(step + 1), ExportRecord: review.ExportRecord{AuditID: 1,
				Parameters: map[string]any{"min_cell": float64(opt.MinCell), "level": string(opt.Level)}}, Cells: cells})
			k := 0
			for _, p := range next {
				k = max(k, p.MinCell())
			}
			// what the accepted export makes recoverable was recoverable before it
			after, before := newRatSpan(d, next, "planning"), newRatSpan(d, earlier, "planning")
			for _, p := range next {
				for _, c := range p.Cells {
					if c.Criterion != "planning" {
						continue
					}
					for q, v := range []*int{c.Yes, c.Partly, c.No, c.NotApplicable} {
						if v != nil {
							continue
						}
						truth := trueCount(d, c, review.Category(q))
						if truth < 1 || truth >= k {
							continue
						}
						checked++
						if after.contains(c, q) && !before.contains(c, q) {
							t.Fatalf("trial %d step %d (%+v): hidden %s category %d = %d made recoverable", trial, step, opt, describeCell(c, all, nil), q, truth)
						}
					}
				}
			}
			earlier = next
		}
	}
	if refused == 0 {
		t.Fatal("no export refused: the sequences test nothing")
	}
	if checked < 100 {
		t.Fatalf("only %d hidden counts checked", checked)
	}
	t.Logf("%d of 80 exports refused; %d hidden counts checked", refused, checked)
}

func trueCount(d review.ResearchData, c review.PublishedCell, q review.Category) int {
	n := 0
	for _, x := range d.Cases {
		if (c.Committee == nil || *c.Committee == x.Committee) && (c.Intervention == nil || *c.Intervention == x.Intervention) && (c.Year == nil || *c.Year == x.Year) &&
			x.Categories[review.Criterion(c.Criterion)] == q {
			n++
		}
	}
	return n
}

// ratSpan is an independent oracle for CheckDifferencing: the span of the values some exports
// published, in exact rational arithmetic (row echelon form, not basis' floating point).
type ratSpan struct {
	ix     *atomIndex
	rows   [][]*big.Rat
	pivots []int
}

func newRatSpan(d review.ResearchData, exports []review.PublishedExport, crit string) *ratSpan {
	sp := &ratSpan{ix: newAtomIndex(map[int64]review.ResearchData{1: d})}
	for _, p := range exports {
		for _, c := range p.Cells {
			set := sp.ix.setOf(c)
			if c.FilesReviewed != nil {
				sp.add(sp.vec(set, 4))
			}
			if c.Criterion != crit {
				continue
			}
			for j, v := range []*int{c.Yes, c.Partly, c.No, c.NotApplicable} {
				if v != nil {
					sp.add(sp.vec(set, j))
				}
			}
		}
	}
	return sp
}

func (sp *ratSpan) vec(set bitset, q int) []*big.Rat {
	v := make([]*big.Rat, len(sp.ix.atoms)*4)
	for i := range v {
		v[i] = new(big.Rat)
	}
	for _, m := range set.members() {
		for j := range 4 {
			if q == 4 || q == j {
				v[m*4+j].SetInt64(1)
			}
		}
	}
	return v
}

// reduce eliminates the pivots of the rows from v and says whether anything is left.
func (sp *ratSpan) reduce(v []*big.Rat) bool {
	for i, p := range sp.pivots {
		if v[p].Sign() == 0 {
			continue
		}
		f := new(big.Rat).Quo(v[p], sp.rows[i][p])
		for j := range v {
			if sp.rows[i][j].Sign() != 0 {
				v[j].Sub(v[j], new(big.Rat).Mul(f, sp.rows[i][j]))
			}
		}
	}
	for _, x := range v {
		if x.Sign() != 0 {
			return true
		}
	}
	return false
}

func (sp *ratSpan) add(v []*big.Rat) {
	if !sp.reduce(v) {
		return
	}
	for j, x := range v {
		if x.Sign() != 0 {
			sp.rows = append(sp.rows, v)
			sp.pivots = append(sp.pivots, j)
			return
		}
	}
}

func (sp *ratSpan) contains(c review.PublishedCell, q int) bool {
	return !sp.reduce(sp.vec(sp.ix.setOf(c), q))
}
