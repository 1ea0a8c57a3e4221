package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
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
	if h := preliminaryHeader(f); h != "" {
		p("%s\n", h)
	}
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
		for _, d := range checklistCriteria(f) {
			if s := elementSentence(d, cf.Checklists[d.Key]); s != "" {
				p("%s\n", s)
			}
		}
		if s := handoverSentence(cf.Handover); s != "" {
			p("%s\n", s)
		}
		if c != nil {
			cc, _ := c.committee(cf.Committee)
			p("%s\n", compareSentence(cc, *c))
			if o, ok := earlierRequirement(opt.EarlierRequirements, cf.Committee); ok {
				p("%s\n", requirementSentences([]review.RequirementOutcome{o})[0])
			}
		}
	}
	if c != nil && len(c.OnlyInEarlier) > 0 {
		p("\nI den tidigare granskningen men inte i denna: %s.\n", joinSv(c.OnlyInEarlier))
	}
	if c != nil {
		if s := criteriaOnlyInEarlierSentence(*c); s != "" {
			p("\n%s\n", s)
		}
	}
	if c != nil && opt.EarlierRequirements != nil {
		p("\nKRAV PÅ ÅTGÄRDER I DEN TIDIGARE GRANSKNINGEN\n\n")
		if len(opt.EarlierRequirements) == 0 {
			p("Inga krav på åtgärder registrerades i %s.\n", c.earlierLabel())
		}
		for _, s := range requirementSentences(opt.EarlierRequirements) {
			p("%s\n", s)
		}
	}

	p("\nBILAGA: ÄRENDEN BAKOM SIFFRORNA\n")
	for _, cf := range f.Committees {
		p("\n%s (%s färdigbedömda av %d i urvalet)\n", CommitteeTitle(cf.Committee), fmt.Sprint(cf.FilesReviewed), cf.Sampled)
		if cf.FilesReviewed == 0 {
			p("  Inga färdigbedömda akter.\n")
			continue
		}
		for _, crit := range f.Criteria {
			d := def(f, crit)
			cc := cf.Criteria[crit]
			var parts []string
			for _, v := range appendixOrder(d) {
				parts = append(parts, fmt.Sprintf("%s (%d): %s", d.ValueName(v), cc.Counts[v], caseList(cc.Cases[v])))
			}
			p("  %s – %s\n", d.Name.Sv, strings.Join(parts, "; "))
		}
	}

	p("\nMETOD\n\n")
	for _, s := range methodParagraphs(f) {
		p("%s\n", s)
	}
	for _, s := range agreementParagraphs(f) {
		p("%s\n", s)
	}
	if c != nil {
		p("%s\n", ChangeRule)
		if c.EarlierRule != f.Rule {
			p("Observera: den tidigare granskningen använde en annan bedömningsregel (%s); andelarna med brister är ändå jämförbara eftersom de alltid räknar nej och delvis.\n", c.EarlierRule)
		}
	}
	return bw.Flush()
}

// appendixOrder is the order the appendix lists a criterion's values in: the missing values,
// then the other lacking ones (worst first), not applicable, and the documented ones (for
// ja/delvis/nej/ej tillämpligt: nej, delvis, ej tillämpligt, ja).
func appendixOrder(d review.CriterionDef) []review.Verdict {
	vals := d.Values()
	var missing, lacking, na, rest []review.Verdict
	for i := len(vals) - 1; i >= 0; i-- {
		v := vals[i]
		switch {
		case d.IsMissing(v):
			missing = append(missing, v)
		case d.IsLacking(v):
			lacking = append(lacking, v)
		case d.IsNotApplicable(v):
			na = append(na, v)
		}
	}
	for _, v := range vals {
		if !d.IsLacking(v) && !d.IsNotApplicable(v) {
			rest = append(rest, v)
		}
	}
	return slices.Concat(missing, lacking, na, rest)
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
	if cf.Status == review.StatusPreliminary {
		parts[0] = CommitteeTitle(cf.Committee) + " (preliminär):"
	}
	for _, c := range f.Criteria {
		if s := criterionSentence(def(f, c), cf.Criteria[c]); s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, actionSentence(cf, f.Rule, opt))
	return strings.Join(parts, " ")
}

// regionSentences: the action sentence, one sentence per criterion, and the elements of the
// assignment descriptions over every committee.
func regionSentences(f review.Findings, opt Options) []string {
	out := []string{regionActionSentence(f, opt)}
	for _, c := range f.Criteria {
		if s := regionCriterionSentence(f, c); s != "" {
			out = append(out, s)
		}
	}
	for _, d := range checklistCriteria(f) {
		if s := elementSentence(d, f.Region.Checklists[d.Key]); s != "" {
			out = append(out, s)
		}
	}
	if s := handoverSentence(f.Region.Handover); s != "" {
		out = append(out, s)
	}
	return out
}

// AgreementText writes the agreement between reviewers as a table in plain text (`tillsyn
// agreement`), with the explanation of the measures in Swedish.
func AgreementText(w io.Writer, ag []review.CriterionAgreement) error {
	bw := bufio.NewWriter(w)
	f := review.Findings{Agreement: ag}
	paras := agreementParagraphs(f)
	if len(paras) > 0 {
		fmt.Fprintf(bw, "%s\n\n", paras[0])
	}
	fmt.Fprintf(bw, "%-22s %5s %9s %24s %24s %24s %24s\n", "kriterium", "akter", "överens", "kappa (95 % KI)", "AC1 (95 % KI)", "alfa (95 % KI)", "PABAK (95 % KI)")
	cell := func(v, lo, hi float64) string {
		if math.IsNaN(v) {
			return "–"
		}
		return dec2(v) + " (" + decInterval(lo, hi) + ")"
	}
	for _, a := range ag {
		fmt.Fprintf(bw, "%-22s %5d %9s %24s %24s %24s %24s\n", agreementName(f, a), a.Cases, pct(a.Observed),
			cell(a.Kappa, a.KappaLow, a.KappaHigh), cell(a.AC1, a.AC1Low, a.AC1High), cell(a.Alpha, a.AlphaLow, a.AlphaHigh), cell(a.PABAK, a.PABAKLow, a.PABAKHigh))
	}
	return bw.Flush()
}
