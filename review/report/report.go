// Package report turns review.Findings into reports a decision can quote: Swedish text,
// JSON, CSV (Swedish Excel) and printable HTML with SVG charts, optionally side by side with
// an earlier audit; and into research exports (CSV, JSON, XLSX) that hold no personal data at
// all, with small-cell suppression and a codebook.
//
// It is an adapter: it imports tillsyn/review and tillsyn/sampling; review never imports it.
// All functions are pure apart from writing to the given io.Writer; the report date is taken
// from Options.Generated, never from the clock, so output is reproducible.
package report

import (
	"fmt"
	"math"
	"strings"
	"time"

	"tillsyn/review"
)

// Options control the wording and metadata of a report.
type Options struct {
	// Kind is review.KindTillsyn (IVO's supervision; the default when empty) or
	// review.KindEgenkontroll (a municipality's self-audit: the text never says "IVO").
	Kind review.AuditKind
	// Generated is the report date printed in the report; the zero time omits it.
	Generated time.Time
}

func (o Options) egenkontroll() bool { return o.Kind == review.KindEgenkontroll }

func (o Options) kindName() string {
	if o.egenkontroll() {
		return "Egenkontroll"
	}
	return "Tillsyn"
}

// swedishNumbers are the words used for 0–12 in running text; larger numbers are digits.
// The rule, applied everywhere in the text: a count standing alone is written in words up to
// twelve ("sex granskade akter", "helt i två"); a count in an "X av Y" ratio, a percentage
// and every table cell are digits ("Krav på åtgärder mot 3 av 4 nämnder").
var swedishNumbers = [...]string{"noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"}

// numWord writes n as a word (1–12) or digits.
func numWord(n int) string {
	if n >= 0 && n < len(swedishNumbers) {
		return swedishNumbers[n]
	}
	return fmt.Sprint(n)
}

func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// pctNum rounds a share to a whole percentage (half away from zero).
func pctNum(x float64) int { return int(math.Round(x * 100)) }

// pct formats a share as "67 %" (Swedish: a space before the sign).
func pct(x float64) string { return fmt.Sprintf("%d %%", pctNum(x)) }

// interval formats "30–90 %".
func interval(lo, hi float64) string { return fmt.Sprintf("%d–%d %%", pctNum(lo), pctNum(hi)) }

// joinSv joins names Swedish style: "A", "A och B", "A, B och C".
func joinSv(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " och " + items[len(items)-1]
}

// CommitteeTitle is the name a committee is given in a report: the name as is when it
// already names a nämnd ("Vård- och omsorgsnämnden i X"), else "Socialnämnden i <name>".
func CommitteeTitle(name string) string {
	if strings.Contains(review.Fold(name), "namnd") {
		return name
	}
	return "Socialnämnden i " + name
}

// criterionTopic is the criterion in running text, lower case: "behovsbedömning".
func criterionTopic(c review.Criterion) string { return strings.ToLower(c.SwedishName()) }

// criterionObject is what a file documents: "dokumenterad behovsbedömning".
func criterionObject(c review.Criterion) string {
	switch c {
	case review.NeedsAssessment, review.Planning, review.FollowUp, review.AssignmentDescription:
		return "dokumenterad " + criterionTopic(c)
	}
	return "dokumentation för kriteriet " + c.SwedishName()
}

// criterionSentence is the quotable sentence for one criterion of one committee, e.g.
// "Av sex granskade akter saknades dokumenterad behovsbedömning helt i två och delvis i två
// (andel med brister 67 %, 95 % konfidensintervall 30–90 %)."
func criterionSentence(c review.Criterion, cc review.CriterionCounts) string {
	n, na, app := cc.FilesReviewed, cc.NotApplicable, cc.Applicable()
	if app <= 0 {
		if n == 1 {
			return fmt.Sprintf("Kriteriet %s var ej tillämpligt i den granskade akten.", criterionTopic(c))
		}
		return fmt.Sprintf("Kriteriet %s var ej tillämpligt i samtliga %s granskade akter.", criterionTopic(c), numWord(n))
	}
	var b strings.Builder
	single := false // the statement is about one file: no "i en"
	switch {
	case n == 1:
		b.WriteString("I den enda granskade akten")
		single = true
	case na > 0 && app == 1:
		fmt.Fprintf(&b, "Av %s granskade akter var kriteriet %s ej tillämpligt i %s; i den återstående akten",
			numWord(n), criterionTopic(c), numWord(na))
		single = true
	case na > 0:
		fmt.Fprintf(&b, "Av %s granskade akter var kriteriet %s ej tillämpligt i %s; av de övriga %s",
			numWord(n), criterionTopic(c), numWord(na), numWord(app))
	default:
		fmt.Fprintf(&b, "Av %s granskade akter", numWord(n))
	}
	obj := criterionObject(c)
	switch {
	case single && cc.No > 0:
		fmt.Fprintf(&b, " saknades %s helt", obj)
	case single && cc.Partly > 0:
		fmt.Fprintf(&b, " saknades %s delvis", obj)
	case single:
		fmt.Fprintf(&b, " fanns %s", obj)
	case cc.No > 0 && cc.Partly > 0:
		fmt.Fprintf(&b, " saknades %s helt i %s och delvis i %s", obj, numWord(cc.No), numWord(cc.Partly))
	case cc.No > 0:
		fmt.Fprintf(&b, " saknades %s helt i %s", obj, numWord(cc.No))
	case cc.Partly > 0:
		fmt.Fprintf(&b, " saknades %s delvis i %s", obj, numWord(cc.Partly))
	default:
		fmt.Fprintf(&b, " fanns %s i samtliga", obj)
	}
	fmt.Fprintf(&b, " (andel med brister %s, 95 %% konfidensintervall %s).", pct(cc.ShareLacking), interval(cc.CILow, cc.CIHigh))
	return b.String()
}

// actionSentence is the conclusion for one committee.
func actionSentence(cf review.CommitteeFinding, rule review.ActionRule, opt Options) string {
	var s string
	switch {
	case cf.ActionRequired && opt.egenkontroll():
		s = "Granskningen visar att nämnden behöver vidta åtgärder."
	case cf.ActionRequired:
		s = "IVO bedömer att nämnden behöver vidta åtgärder."
	case opt.egenkontroll():
		s = "Granskningen visar inte att nämnden behöver vidta åtgärder."
	default:
		s = "IVO ställer inga krav på åtgärder mot nämnden."
	}
	if !cf.ActionRequired && rule == review.RuleNoOnly {
		for _, cc := range cf.Criteria {
			if cc.Partly > 0 {
				s += " Bristerna gäller endast delvis dokumenterade uppgifter, som enligt bedömningsregeln inte medför krav på åtgärder."
				break
			}
		}
	}
	return s
}

// frameSentence says what the sample was drawn from.
func frameSentence(cf review.CommitteeFinding) string {
	if cf.FrameSize > 0 {
		return fmt.Sprintf("Urvalet omfattade %d av %d ärenden i nämndens urvalsram; konfidensintervallen är korrigerade för den ändliga urvalsramen.", cf.FilesReviewed, cf.FrameSize)
	}
	return "Urvalsramens storlek är inte angiven; konfidensintervallen är beräknade utan korrigering för ändlig urvalsram."
}

// regionActionSentence: "Krav på åtgärder mot 3 av 4 nämnder (Forshaga, Hammarö och Säffle)."
func regionActionSentence(f review.Findings, opt Options) string {
	n, k := f.Region.Committees, f.Region.ActionRequired
	var names []string
	for _, cf := range f.Committees {
		if cf.ActionRequired {
			names = append(names, cf.Committee)
		}
	}
	list := ""
	if len(names) > 0 && n > 1 {
		list = " (" + joinSv(names) + ")"
	}
	if opt.egenkontroll() {
		switch {
		case n == 1 && k == 1:
			return "Granskningen visar att nämnden behöver vidta åtgärder."
		case n == 1:
			return "Granskningen visar inte att nämnden behöver vidta åtgärder."
		case k == 0:
			return fmt.Sprintf("Granskningen visar inte att någon av de %s nämnderna behöver vidta åtgärder.", numWord(n))
		}
		return fmt.Sprintf("Åtgärder behövs i %d av %d nämnder%s.", k, n, list)
	}
	switch {
	case n == 0:
		return "Inga nämnder har granskats."
	case n == 1 && k == 1:
		return "Krav på åtgärder mot nämnden."
	case n == 1:
		return "Inga krav på åtgärder mot nämnden."
	case k == 0:
		return fmt.Sprintf("Inga krav på åtgärder mot någon av de %s granskade nämnderna.", numWord(n))
	}
	return fmt.Sprintf("Krav på åtgärder mot %d av %d nämnder%s.", k, n, list)
}

// quantifier words k of n committees: "Samtliga fyra nämnder", "Drygt hälften av
// nämnderna (9 av 16: …)", "3 av 4 nämnder (…)". The ratio and names are always given so the
// word can be checked. Rules: k == n: "samtliga" (n == 2: "båda"); 2k == n: "hälften";
// 0.5 < k/n < 0.6: "drygt hälften"; 0.4 < k/n < 0.5: "knappt hälften"; otherwise "k av n".
func quantifier(k, n int, names []string) string {
	list := joinSv(names)
	p := float64(k) / float64(n)
	switch {
	case k == n && n == 2:
		return "Båda nämnderna (" + list + ")"
	case k == n:
		return fmt.Sprintf("Samtliga %s nämnder (%s)", numWord(n), list)
	case 2*k == n:
		return fmt.Sprintf("Hälften av nämnderna (%d av %d: %s)", k, n, list)
	case p > 0.5 && p < 0.6:
		return fmt.Sprintf("Drygt hälften av nämnderna (%d av %d: %s)", k, n, list)
	case p > 0.4 && p < 0.5:
		return fmt.Sprintf("Knappt hälften av nämnderna (%d av %d: %s)", k, n, list)
	}
	return fmt.Sprintf("%d av %d nämnder (%s)", k, n, list)
}

// regionCriterionSentence: "Drygt hälften av nämnderna (9 av 16: …) saknar helt eller delvis
// uppgifter om planering i ett eller flera ärenden."
func regionCriterionSentence(f review.Findings, c review.Criterion) string {
	n := f.Region.Committees
	var names []string
	for _, cf := range f.Committees {
		if cf.Criteria[c].Lacking() > 0 {
			names = append(names, cf.Committee)
		}
	}
	k := len(names)
	topic := criterionTopic(c)
	switch {
	case n == 0:
		return ""
	case n == 1 && k == 1:
		return fmt.Sprintf("Nämnden saknar helt eller delvis uppgifter om %s i ett eller flera ärenden.", topic)
	case n == 1:
		return fmt.Sprintf("Nämnden saknar inte uppgifter om %s i något granskat ärende.", topic)
	case k == 0:
		return fmt.Sprintf("Ingen av nämnderna saknar uppgifter om %s i något granskat ärende.", topic)
	}
	return quantifier(k, n, names) + fmt.Sprintf(" saknar helt eller delvis uppgifter om %s i ett eller flera ärenden.", topic)
}

// ruleSentence states the action rule and what "brister" means.
func ruleSentence(rule review.ActionRule) string {
	return "Bedömningsregel: " + rule.SwedishName() + "."
}

const methodText = "Andel med brister = (nej + delvis) / (granskade akter − ej tillämpligt), oavsett bedömningsregel; " +
	"ej tillämpligt räknas aldrig som brist. Konfidensintervallen är 95 % Wilsonintervall, med korrigering för ändlig " +
	"urvalsram när urvalsramens storlek är känd. När kriteriet inte är tillämpligt i någon akt anges andelen som 0 % " +
	"med intervallet 0–100 % (inget är känt)."

// slug makes an ASCII id fragment for anchors.
func slug(s string) string {
	var b strings.Builder
	for _, r := range review.Fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// neutralize makes a spreadsheet cell inert: a value beginning with =, +, -, @, tab or
// carriage return (which Excel, LibreOffice and Google Sheets may treat as a formula) gets a
// leading apostrophe.
func neutralize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
