package review

import "fmt"

// Criterion is one of the things a case file is judged on. The 2015 template has four.
type Criterion string

// The default criteria (domain.md, "The four criteria").
const (
	NeedsAssessment       Criterion = "needs_assessment"
	Planning              Criterion = "planning"
	FollowUp              Criterion = "follow_up"
	AssignmentDescription Criterion = "assignment_description"
)

// SwedishName is the criterion as users see it.
func (c Criterion) SwedishName() string {
	switch c {
	case NeedsAssessment:
		return "Behovsbedömning"
	case Planning:
		return "Planering"
	case FollowUp:
		return "Uppföljning"
	case AssignmentDescription:
		return "Uppdragsbeskrivning"
	}
	return string(c)
}

// Verdict is a reviewer's judgement of one criterion for one case file.
type Verdict string

// The judgement scale.
const (
	Yes           Verdict = "yes"
	Partly        Verdict = "partly"
	No            Verdict = "no"
	NotApplicable Verdict = "not_applicable"
)

// Verdicts lists the scale in order.
var Verdicts = []Verdict{Yes, Partly, No, NotApplicable}

// SuggestionName is a screening suggestion (a verdict, or unknown) as users see it.
func SuggestionName(code string) string {
	switch Verdict(code) {
	case Yes, Partly, No, NotApplicable:
		return Verdict(code).SwedishName()
	}
	return "kan inte avgöras"
}

// SwedishName is the verdict as users see it.
func (v Verdict) SwedishName() string {
	switch v {
	case Yes:
		return "ja"
	case Partly:
		return "delvis"
	case No:
		return "nej"
	case NotApplicable:
		return "ej tillämpligt"
	}
	return string(v)
}

// ParseVerdict accepts the English codes and the Swedish words (ja, delvis, nej,
// ej tillämpligt, ej_tillämpligt), case-insensitively.
func ParseVerdict(s string) (Verdict, error) {
	switch Fold(s) {
	case "yes", "ja":
		return Yes, nil
	case "partly", "delvis":
		return Partly, nil
	case "no", "nej":
		return No, nil
	case "not_applicable", "not applicable", "ej tillampligt", "ej_tillampligt", "e/t", "et":
		return NotApplicable, nil
	}
	return "", fmt.Errorf("unknown verdict %q (want yes, partly, no, not_applicable or ja, delvis, nej, ej tillämpligt)", s)
}

// ParseCriterion accepts a criterion key of the default template (ivo-2015).
func ParseCriterion(s string) (Criterion, error) { return DefaultTemplate().ParseCriterion(s) }
