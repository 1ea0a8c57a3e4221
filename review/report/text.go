package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"tillsyn/review"
)

// Text writes the findings as Swedish plain text (UTF-8, LF line ends): a header, the region
// summary, one paragraph per committee that a decision can quote, an appendix listing the
// diarienummer behind every count, and a method note. With cmp (an earlier audit's findings)
// each committee gets a comparison sentence (see ClassifyChange). Errors are write errors.
func Text(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	bw := bufio.NewWriter(w)
	var c *Comparison
	if cmp != nil {
		x := Compare(*cmp, f)
		c = &x
	}
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("%s: %s\n", opt.kindName(), f.Audit)
	if f.Year > 0 {
		p("År: %d\n", f.Year)
	}
	p("%s\n", ruleSentence(f.Rule))
	if !opt.Generated.IsZero() {
		p("Rapportdatum: %s\n", opt.Generated.Format("2006-01-02"))
	}
	if c != nil {
		p("Jämförelse med: %s\n", c.earlierLabel())
	}

	p("\nSAMLAD BEDÖMNING\n\n")
	for _, s := range regionSentences(f, opt) {
		p("%s\n", s)
	}

	p("\nNÄMNDER\n")
	for _, cf := range f.Committees {
		p("\n%s\n", committeeParagraph(cf, f, opt))
		p("%s\n", frameSentence(cf))
		if c != nil {
			cc, _ := c.committee(cf.Committee)
			p("%s\n", compareSentence(cc, *c))
		}
	}
	if c != nil && len(c.OnlyInEarlier) > 0 {
		p("\nI den tidigare granskningen men inte i denna: %s.\n", joinSv(c.OnlyInEarlier))
	}

	p("\nBILAGA: ÄRENDEN BAKOM SIFFRORNA\n")
	for _, cf := range f.Committees {
		p("\n%s (%s granskade akter)\n", CommitteeTitle(cf.Committee), fmt.Sprint(cf.FilesReviewed))
		for _, crit := range f.Criteria {
			cc := cf.Criteria[crit]
			p("  %s – nej (%d): %s; delvis (%d): %s; ej tillämpligt (%d): %s; ja (%d): %s\n",
				crit.SwedishName(),
				cc.No, caseList(cc.NoCases), cc.Partly, caseList(cc.PartlyCases),
				cc.NotApplicable, caseList(cc.NotApplicableCases), cc.Yes, caseList(cc.YesCases))
		}
	}

	p("\nMETOD\n\n%s\n", methodText)
	if c != nil {
		p("%s\n", ChangeRule)
		if c.EarlierRule != f.Rule {
			p("Observera: den tidigare granskningen använde en annan bedömningsregel (%s); andelarna med brister är ändå jämförbara eftersom de alltid räknar nej och delvis.\n", c.EarlierRule)
		}
	}
	return bw.Flush()
}

func caseList(cases []string) string {
	if len(cases) == 0 {
		return "–"
	}
	return strings.Join(cases, ", ")
}

// committeeParagraph is the quotable finding for one committee: "Socialnämnden i Forshaga:
// Av sex granskade akter saknades … IVO bedömer att nämnden behöver vidta åtgärder."
func committeeParagraph(cf review.CommitteeFinding, f review.Findings, opt Options) string {
	parts := []string{CommitteeTitle(cf.Committee) + ":"}
	for _, c := range f.Criteria {
		parts = append(parts, criterionSentence(c, cf.Criteria[c]))
	}
	parts = append(parts, actionSentence(cf, f.Rule, opt))
	return strings.Join(parts, " ")
}

// regionSentences: the action sentence and one sentence per criterion.
func regionSentences(f review.Findings, opt Options) []string {
	out := []string{regionActionSentence(f, opt)}
	for _, c := range f.Criteria {
		if s := regionCriterionSentence(f, c); s != "" {
			out = append(out, s)
		}
	}
	return out
}
