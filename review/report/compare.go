package report

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"tillsyn/review"
	"tillsyn/sampling"
)

// signedPct writes a difference of shares in percentage points with its sign: "+20", "−5".
func signedPct(x float64) string {
	if math.IsNaN(x) {
		return "–"
	}
	n := pctNum(x)
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}

// Change is the word for how a committee's share lacking on a criterion moved between an
// earlier audit and this one.
type Change string

// The changes. See ClassifyChange for the rule.
const (
	Improved      Change = "improved"
	NoClearChange Change = "no_clear_change"
	Worsened      Change = "worsened"
	NotComparable Change = "not_comparable"
)

// SwedishName is the word used in reports: förbättrad, ingen säkerställd förändring,
// försämrad, ej jämförbar.
func (c Change) SwedishName() string {
	switch c {
	case Improved:
		return "förbättrad"
	case NoClearChange:
		return "ingen säkerställd förändring"
	case Worsened:
		return "försämrad"
	}
	return "ej jämförbar"
}

// ChangeRule describes ClassifyChange in Swedish, for the reports.
const ChangeRule = "Förändringen bedöms på andelen med brister: förbättrad eller försämrad bara när ett 95 % konfidensintervall för skillnaden " +
	"mellan de två andelarna (Newcombes hybridintervall, metod 10, med korrigering för ändlig urvalsram) inte innehåller noll; annars ligger skillnaden " +
	"inom slumpens ram (ingen säkerställd förändring). Ej jämförbar när kriteriet inte är tillämpligt i någon färdigbedömd akt i något av urvalen."

// Difference is the change of a share lacking between two audits with its interval.
type Difference struct {
	From, To float64 // the shares lacking before and after
	Low      float64 // 95 % interval of To − From
	High     float64
}

// ClassifyChange compares the share lacking before and after: the difference with Newcombe's
// hybrid score interval (sampling.NewcombeDiff, with each audit's estimated population of
// files where the criterion applies as its finite population), Improved when the interval
// lies below 0, Worsened when above, NoClearChange when it holds 0; NotComparable when the
// criterion applies to no final file in either audit.
func ClassifyChange(before, after review.CriterionCounts) (Change, Difference) {
	nb, na := before.Applicable(), after.Applicable()
	if nb <= 0 || na <= 0 {
		return NotComparable, Difference{From: math.NaN(), To: math.NaN(), Low: math.NaN(), High: math.NaN()}
	}
	d := Difference{From: float64(before.Lacking()) / float64(nb), To: float64(after.Lacking()) / float64(na)}
	lo, hi, err := sampling.NewcombeDiff(before.Lacking(), nb, popOrZero(before), after.Lacking(), na, popOrZero(after), sampling.ZForConfidence(0.95))
	if err != nil {
		return NotComparable, Difference{From: d.From, To: d.To, Low: math.NaN(), High: math.NaN()}
	}
	d.Low, d.High = lo, hi
	switch {
	case hi < 0:
		return Improved, d
	case lo > 0:
		return Worsened, d
	}
	return NoClearChange, d
}

// popOrZero is the finite population of a criterion's applicable files, 0 when unknown.
func popOrZero(c review.CriterionCounts) int {
	if c.Population >= c.Applicable() {
		return c.Population
	}
	return 0
}

// CriterionComparison is one committee and criterion in both audits.
type CriterionComparison struct {
	Criterion review.Criterion
	// InEarlier is false when the earlier audit did not judge this committee or criterion;
	// Before is then zero and Change NotComparable.
	InEarlier     bool
	Before, After review.CriterionCounts
	Change        Change
	Diff          Difference
}

// CommitteeComparison is one committee of the later audit.
type CommitteeComparison struct {
	Committee string
	InEarlier bool
	Criteria  []CriterionComparison // in the later audit's criteria order
}

// Comparison sets an audit side by side with an earlier one, committee by committee.
type Comparison struct {
	EarlierAudit string
	EarlierYear  int
	EarlierRule  review.ActionRule
	Committees   []CommitteeComparison // the later audit's committees, in its order
	// OnlyInEarlier lists committees the earlier audit had and this one has not.
	OnlyInEarlier []string
	// CriteriaOnlyInEarlier lists the criteria (by key) the earlier audit's template had and
	// this one's has not: they are not compared.
	CriteriaOnlyInEarlier []review.Criterion
	// topics are the criteria's names in running text, from the later audit's template (the
	// earlier one's for criteria only it has).
	topics map[review.Criterion]string
}

func (c Comparison) topic(k review.Criterion) string {
	if t, ok := c.topics[k]; ok {
		return t
	}
	return strings.ToLower(k.SwedishName())
}

// Compare matches the committees of later against earlier by name and classifies each
// criterion with ClassifyChange.
func Compare(earlier, later review.Findings) Comparison {
	cmp := Comparison{EarlierAudit: earlier.Audit, EarlierYear: earlier.Year, EarlierRule: earlier.Rule, topics: map[review.Criterion]string{}}
	for _, c := range earlier.Criteria {
		cmp.topics[c] = criterionTopic(def(earlier, c))
		if !slices.Contains(later.Criteria, c) {
			cmp.CriteriaOnlyInEarlier = append(cmp.CriteriaOnlyInEarlier, c)
		}
	}
	for _, c := range later.Criteria {
		cmp.topics[c] = criterionTopic(def(later, c))
	}
	prev := make(map[string]review.CommitteeFinding, len(earlier.Committees))
	for _, cf := range earlier.Committees {
		prev[cf.Committee] = cf
	}
	seen := map[string]bool{}
	for _, cf := range later.Committees {
		seen[cf.Committee] = true
		pc, ok := prev[cf.Committee]
		cc := CommitteeComparison{Committee: cf.Committee, InEarlier: ok}
		for _, c := range later.Criteria {
			x := CriterionComparison{Criterion: c, After: cf.Criteria[c], Change: NotComparable,
				Diff: Difference{From: math.NaN(), To: math.NaN(), Low: math.NaN(), High: math.NaN()}}
			if ok {
				if b, found := pc.Criteria[c]; found {
					x.InEarlier = true
					x.Before = b
					x.Change, x.Diff = ClassifyChange(b, x.After)
				}
			}
			cc.Criteria = append(cc.Criteria, x)
		}
		cmp.Committees = append(cmp.Committees, cc)
	}
	for _, cf := range earlier.Committees {
		if !seen[cf.Committee] {
			cmp.OnlyInEarlier = append(cmp.OnlyInEarlier, cf.Committee)
		}
	}
	return cmp
}

func (c Comparison) committee(name string) (CommitteeComparison, bool) {
	for _, cc := range c.Committees {
		if cc.Committee == name {
			return cc, true
		}
	}
	return CommitteeComparison{}, false
}

// earlierLabel: "Värmland 2014 (2014)".
func (c Comparison) earlierLabel() string {
	if c.EarlierYear > 0 {
		return fmt.Sprintf("%s (%d)", c.EarlierAudit, c.EarlierYear)
	}
	return c.EarlierAudit
}

// compareSentence: "Jämfört med X: behovsbedömning 50 % → 67 % (försämrad), …."
func compareSentence(cc CommitteeComparison, c Comparison) string {
	if !cc.InEarlier {
		return fmt.Sprintf("Nämnden ingick inte i den tidigare granskningen %s.", c.earlierLabel())
	}
	s := fmt.Sprintf("Jämfört med %s:", c.earlierLabel())
	for i, x := range cc.Criteria {
		if i > 0 {
			s += ";"
		}
		switch {
		case !x.InEarlier:
			s += fmt.Sprintf(" %s bedömdes inte tidigare", c.topic(x.Criterion))
		case x.Change == NotComparable:
			s += fmt.Sprintf(" %s ej jämförbar (ej tillämpligt)", c.topic(x.Criterion))
		default:
			s += fmt.Sprintf(" %s %s → %s (%s: %s procentenheter, 95 %% KI %s till %s)", c.topic(x.Criterion), pct(x.Diff.From), pct(x.Diff.To), x.Change.SwedishName(),
				signedPct(x.Diff.To-x.Diff.From), signedPct(x.Diff.Low), signedPct(x.Diff.High))
		}
	}
	return s + "."
}

// criteriaOnlyInEarlierSentence: "Kriterierna delaktighet och mätbara mål ingick i den
// tidigare granskningen men inte i denna och jämförs inte."; "" when none.
func criteriaOnlyInEarlierSentence(c Comparison) string {
	if len(c.CriteriaOnlyInEarlier) == 0 {
		return ""
	}
	var names []string
	for _, k := range c.CriteriaOnlyInEarlier {
		names = append(names, c.topic(k))
	}
	if len(names) == 1 {
		return fmt.Sprintf("Kriteriet %s ingick i den tidigare granskningen men inte i denna och jämförs inte.", names[0])
	}
	return fmt.Sprintf("Kriterierna %s ingick i den tidigare granskningen men inte i denna och jämförs inte.", joinSv(names))
}

// requirementSentences say, per committee of the earlier audit that got requirements, where
// they stand: "Arvika: krav på åtgärder i den tidigare granskningen; uppfyllt (åtgärderna
// godtagna)." Empty when none are known.
func requirementSentences(outcomes []review.RequirementOutcome) []string {
	var out []string
	for _, o := range outcomes {
		s := fmt.Sprintf("%s: krav på åtgärder i den tidigare granskningen; ", o.Committee)
		switch {
		case o.Met:
			s += fmt.Sprintf("uppfyllt (%s).", o.Status.SwedishName())
		case o.Overdue:
			s += fmt.Sprintf("inte uppfyllt (%s; redovisningen skulle ha kommit in senast %s och är försenad).", o.Status.SwedishName(), o.DueDate)
		default:
			s += fmt.Sprintf("inte uppfyllt ännu (%s).", o.Status.SwedishName())
		}
		out = append(out, s)
	}
	return out
}

// earlierRequirement is the outcome of a committee's requirement in the earlier audit.
func earlierRequirement(outcomes []review.RequirementOutcome, committee string) (review.RequirementOutcome, bool) {
	for _, o := range outcomes {
		if o.Committee == committee {
			return o, true
		}
	}
	return review.RequirementOutcome{}, false
}
