package report

import (
	"fmt"
	"strings"
	"time"

	"tillsyn/review"
)

// DecisionOptions say what a draft decision needs besides the findings.
type DecisionOptions struct {
	Options
	// Description is the audit's description ("Missbruksvård, 16 nämnder"), quoted in the
	// scope; "" for none.
	Description string
	// ReportDue is the date by which the committee reports its measures.
	ReportDue time.Time
}

// DraftDecision writes the draft decision for one committee in Swedish from the audit's
// findings, reusing the report's sentences (the same figures, the same words): the scope and
// method, the findings per criterion with the case counts behind them, the checklist and
// hand-over findings, and, where the action rule fires, "krav på åtgärder" with the date by
// which the committee must report its measures. The committee-level findings that are not
// about files are left for the inspector. ENotFound when the committee is not in the
// findings.
func DraftDecision(f review.Findings, committee string, opt DecisionOptions) (review.DraftText, error) {
	var cf *review.CommitteeFinding
	for i := range f.Committees {
		if f.Committees[i].Committee == committee {
			cf = &f.Committees[i]
		}
	}
	if cf == nil {
		return review.DraftText{}, &review.Error{Code: review.ENotFound, Field: "committee", Message: fmt.Sprintf("%s ingår inte i granskningens urval", committee)}
	}
	title := CommitteeTitle(cf.Committee)
	var names []string
	for _, c := range f.Criteria {
		names = append(names, criterionTopic(def(f, c)))
	}
	var scope []string
	if opt.egenkontroll() {
		scope = append(scope, fmt.Sprintf("Egenkontrollen %s har granskat hur %s dokumenterar handläggningen av enskilda ärenden.", f.Audit, strings.ToLower(title[:1])+title[1:]))
	} else {
		scope = append(scope, fmt.Sprintf("Inspektionen för vård och omsorg (IVO) har inom tillsynen %s granskat hur %s dokumenterar handläggningen av enskilda ärenden.", f.Audit, strings.ToLower(title[:1])+title[1:]))
	}
	if d := strings.TrimSpace(opt.Description); d != "" {
		scope = append(scope, "Granskningens inriktning: "+strings.TrimSuffix(d, ".")+".")
	}
	scope = append(scope,
		fmt.Sprintf("Granskningen har gjorts genom ett slumpmässigt urval av akter ur nämndens ärendelista%s. %s", yearPhrase(f.Year), frameSentence(*cf)),
		fmt.Sprintf("Varje akt har bedömts mot %s kriterier: %s. För varje kriterium har bedömts om akten visar dokumentation (%s).", numWord(len(f.Criteria)), joinSv(names), scaleWords(f)),
		ruleSentence(f.Rule))

	var findings []string
	if cf.FilesReviewed == 0 {
		findings = append(findings, "Ingen akt är färdigbedömd ännu.")
	}
	for _, c := range f.Criteria {
		if s := criterionSentence(def(f, c), cf.Criteria[c]); s != "" {
			findings = append(findings, capitalize(criterionName(f, c))+": "+s)
		}
	}
	for _, d := range checklistCriteria(f) {
		if s := elementSentence(d, cf.Checklists[d.Key]); s != "" {
			findings = append(findings, s)
		}
	}
	if s := handoverSentence(cf.Handover); s != "" {
		findings = append(findings, s)
	}

	dt := review.DraftText{Committee: cf.Committee, Rule: f.Rule, Scope: strings.Join(scope, "\n\n"), Findings: strings.Join(findings, "\n\n"),
		ActionRequired: cf.ActionRequired, ReportDue: opt.ReportDue}
	if cf.ActionRequired {
		var lacking []string
		for _, c := range f.Criteria {
			cc := cf.Criteria[c]
			if cc.No > 0 || (cc.Partly > 0 && f.Rule != review.RuleNoOnly) {
				lacking = append(lacking, criterionTopic(def(f, c)))
			}
		}
		req := []string{actionSentence(*cf, f.Rule, opt.Options)}
		req = append(req, fmt.Sprintf("Krav på åtgärder: nämnden ska se till att %s dokumenteras i varje ärende.", joinSv(lacking)))
		// the date itself is the decision's ReportDue, printed under the requirements
		if !opt.egenkontroll() {
			req = append(req, "Nämnden ska skriftligen redovisa till IVO vilka åtgärder som har vidtagits med anledning av kraven.")
		}
		dt.Requirements = strings.Join(req, "\n\n")
	} else {
		dt.Requirements = actionSentence(*cf, f.Rule, opt.Options)
		if cf.Status == review.StatusFinal && !opt.egenkontroll() {
			dt.Requirements += " IVO avslutar ärendet."
		}
	}
	return dt, nil
}

func yearPhrase(year int) string {
	if year > 0 {
		return fmt.Sprintf(" (beslut om insats under %d)", year)
	}
	return ""
}

// scaleWords: "ja, delvis, nej eller ej tillämpligt" from the template's default scale.
func scaleWords(f review.Findings) string {
	if len(f.Criteria) == 0 {
		return ""
	}
	d := def(f, f.Criteria[0])
	var v []string
	for _, x := range d.ScaleValues() {
		v = append(v, x.Name.Sv)
	}
	if len(v) < 2 {
		return strings.Join(v, "")
	}
	return strings.Join(v[:len(v)-1], ", ") + " eller " + v[len(v)-1]
}
