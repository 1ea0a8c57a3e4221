package report

import (
	"fmt"
	"math"

	"tillsyn/review"
)

// Change is the word for how a committee's share lacking on a criterion moved between an
// earlier audit and this one.
type Change string

// The changes. See ClassifyChange for the rule.
const (
	Improved      Change = "improved"
	Unchanged     Change = "unchanged"
	Worsened      Change = "worsened"
	NotComparable Change = "not_comparable"
)

// SwedishName is the word used in reports: förbättrad, oförändrad, försämrad, ej jämförbar.
func (c Change) SwedishName() string {
	switch c {
	case Improved:
		return "förbättrad"
	case Unchanged:
		return "oförändrad"
	case Worsened:
		return "försämrad"
	}
	return "ej jämförbar"
}

// ChangeRule describes ClassifyChange in Swedish, for the reports.
const ChangeRule = "Förändringen bedöms på andelen med brister: förbättrad om andelen sjunkit och försämrad om den stigit " +
	"med minst vad en akt motsvarar i det minsta av de två urvalen (1/n, n = akter där kriteriet är tillämpligt), " +
	"annars oförändrad; ej jämförbar när kriteriet inte är tillämpligt i någon akt i något av urvalen. " +
	"Ordet är en beskrivning, inte ett test av statistisk signifikans."

// ClassifyChange compares share lacking before and after. With nb and na the files where the
// criterion applies in the two samples, the threshold is one file in the smaller sample,
// 1/min(nb, na): a drop of at least that is Improved, a rise of at least that is Worsened,
// anything smaller Unchanged; NotComparable when nb or na is 0.
func ClassifyChange(before, after review.CriterionCounts) Change {
	nb, na := before.Applicable(), after.Applicable()
	if nb <= 0 || na <= 0 {
		return NotComparable
	}
	d := after.ShareLacking - before.ShareLacking
	th := 1 / float64(min(nb, na))
	switch {
	case math.Abs(d) < th-1e-9:
		return Unchanged
	case d < 0:
		return Improved
	}
	return Worsened
}

// CriterionComparison is one committee and criterion in both audits.
type CriterionComparison struct {
	Criterion review.Criterion
	// InEarlier is false when the earlier audit did not judge this committee or criterion;
	// Before is then zero and Change NotComparable.
	InEarlier     bool
	Before, After review.CriterionCounts
	Change        Change
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
}

// Compare matches the committees of later against earlier by name and classifies each
// criterion with ClassifyChange.
func Compare(earlier, later review.Findings) Comparison {
	cmp := Comparison{EarlierAudit: earlier.Audit, EarlierYear: earlier.Year, EarlierRule: earlier.Rule}
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
			x := CriterionComparison{Criterion: c, After: cf.Criteria[c], Change: NotComparable}
			if ok {
				if b, found := pc.Criteria[c]; found {
					x.InEarlier = true
					x.Before = b
					x.Change = ClassifyChange(b, x.After)
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
			s += fmt.Sprintf(" %s bedömdes inte tidigare", criterionTopic(x.Criterion))
		case x.Change == NotComparable:
			s += fmt.Sprintf(" %s ej jämförbar (ej tillämpligt)", criterionTopic(x.Criterion))
		default:
			s += fmt.Sprintf(" %s %s → %s (%s)", criterionTopic(x.Criterion), pct(x.Before.ShareLacking), pct(x.After.ShareLacking), x.Change.SwedishName())
		}
	}
	return s + "."
}
