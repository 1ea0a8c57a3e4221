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
	// EarlierRequirements are the requirements ("krav på åtgärder") of the earlier audit of
	// a comparison and whether they were met (Service.RequirementOutcomes); shown only with
	// a comparison. Nil: not known.
	EarlierRequirements []review.RequirementOutcome
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

// pct formats a share as "67 %" (Swedish: a space before the sign); "–" for an unknown one.
func pct(x float64) string {
	if math.IsNaN(x) {
		return "–"
	}
	return fmt.Sprintf("%d %%", pctNum(x))
}

// interval formats "30–90 %"; "–" when either bound is unknown.
func interval(lo, hi float64) string {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return "–"
	}
	return fmt.Sprintf("%d–%d %%", pctNum(lo), pctNum(hi))
}

// filesWord: "1 akt", "3 akter".
func filesWord(n int) string {
	if n == 1 {
		return "1 akt"
	}
	return fmt.Sprintf("%d akter", n)
}

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

// def is a criterion's definition in the findings' template (the ivo-2015 one, or one named
// by its key, when the template does not know it).
func def(f review.Findings, c review.Criterion) review.CriterionDef {
	if d, ok := f.Template.Def(c); ok {
		return d
	}
	if d, ok := review.DefaultTemplate().Def(c); ok {
		return d
	}
	return f.Template.MustDef(c)
}

// criterionName is the criterion's name as the template gives it: "Behovsbedömning".
func criterionName(f review.Findings, c review.Criterion) string { return def(f, c).Name.Sv }

// agreementName is the name of an agreement's criterion: as the service gave it, else from
// the template.
func agreementName(f review.Findings, a review.CriterionAgreement) string {
	if a.Name != "" {
		return a.Name
	}
	return criterionName(f, a.Criterion)
}

// criterionTopic is the criterion in running text, lower case: "behovsbedömning".
func criterionTopic(d review.CriterionDef) string { return strings.ToLower(d.Name.Sv) }

// criterionObject is what a file documents: "dokumenterad behovsbedömning" for IVO's four
// criteria, "dokumentation för kriteriet delaktighet" for others.
func criterionObject(d review.CriterionDef) string {
	switch d.Key {
	case review.NeedsAssessment, review.Planning, review.FollowUp, review.AssignmentDescription:
		if d.Name.Sv == d.Key.SwedishName() {
			return "dokumenterad " + criterionTopic(d)
		}
	}
	return "dokumentation för kriteriet " + criterionTopic(d)
}

// criterionSentence is the quotable sentence for one criterion of one committee, over its
// final files, e.g. "Av sex granskade akter saknades dokumenterad behovsbedömning helt i två
// och delvis i två (andel med brister 67 %, 95 % konfidensintervall 30–90 %)."
func criterionSentence(d review.CriterionDef, cc review.CriterionCounts) string {
	n, na, app := cc.FilesReviewed, cc.NotApplicable, cc.Applicable()
	if n == 0 {
		return ""
	}
	if app <= 0 {
		if n == 1 {
			return fmt.Sprintf("Kriteriet %s var ej tillämpligt i den granskade akten.", criterionTopic(d))
		}
		return fmt.Sprintf("Kriteriet %s var ej tillämpligt i samtliga %s granskade akter.", criterionTopic(d), numWord(n))
	}
	var b strings.Builder
	single := false // the statement is about one file: no "i en"
	switch {
	case n == 1:
		b.WriteString("I den enda granskade akten")
		single = true
	case na > 0 && app == 1:
		fmt.Fprintf(&b, "Av %s granskade akter var kriteriet %s ej tillämpligt i %s; i den återstående akten",
			numWord(n), criterionTopic(d), numWord(na))
		single = true
	case na > 0:
		fmt.Fprintf(&b, "Av %s granskade akter var kriteriet %s ej tillämpligt i %s; av de övriga %s",
			numWord(n), criterionTopic(d), numWord(na), numWord(app))
	default:
		fmt.Fprintf(&b, "Av %s granskade akter", numWord(n))
	}
	obj := criterionObject(d)
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
	what := "andel med brister"
	if cc.Method == review.MethodStratified {
		what = "skattad andel med brister, vägd över nämndens strata"
	}
	fmt.Fprintf(&b, " (%s %s, 95 %% konfidensintervall %s).", what, pct(cc.ShareLacking), interval(cc.CILow, cc.CIHigh))
	return b.String()
}

// pendingDetail splits a committee's pending files by state: "3 ej bedömda, 1 väntar på
// andra granskaren".
func pendingDetail(cf review.CommitteeFinding) string {
	var parts []string
	for _, x := range []struct {
		n    int
		text string
	}{{cf.NotStarted, "ej bedömda"}, {cf.AwaitingSecond, "väntar på andra granskaren"}, {cf.AwaitingAdjudication, "väntar på jämkning"}} {
		if x.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", x.n, x.text))
		}
	}
	return strings.Join(parts, ", ")
}

// pendingPhrase says what is still missing of a committee: "4 akter är inte färdigbedömda
// (3 ej bedömda, 1 väntar på andra granskaren)"; "" when none.
func pendingPhrase(cf review.CommitteeFinding) string {
	if cf.Pending() == 0 {
		return ""
	}
	return fmt.Sprintf("%s är inte färdigbedömd%s (%s)", filesWord(cf.Pending()), plural(cf.Pending(), "", "a"), pendingDetail(cf))
}

// actionSentence is the conclusion for one committee. A preliminary committee's "krav på
// åtgärder" is already certain (a final file lacks); its absence is not, and is not stated.
func actionSentence(cf review.CommitteeFinding, rule review.ActionRule, opt Options) string {
	if cf.Status == review.StatusNotStarted {
		return "Ingen akt är färdigbedömd ännu: det går inte att säga något om nämndens dokumentation."
	}
	if cf.Status == review.StatusPreliminary && !cf.ActionRequired {
		return fmt.Sprintf("Preliminärt: ingen av de %s färdigbedömda akterna har brister som enligt bedömningsregeln medför krav på åtgärder, men %s; slutsatsen kan inte dras förrän de är bedömda.",
			numWord(cf.FilesReviewed), pendingPhrase(cf))
	}
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
	if cf.Status == review.StatusPreliminary {
		s += fmt.Sprintf(" (Preliminärt: %s.)", pendingPhrase(cf))
	}
	return s
}

// frameSentence says what was sampled and what was reviewed: "Urvalet omfattade 6 av 40
// ärenden i nämndens urvalsram; 2 av dem är färdigbedömda och ingår i siffrorna ovan."
func frameSentence(cf review.CommitteeFinding) string {
	var b strings.Builder
	if cf.FrameSize > 0 {
		fmt.Fprintf(&b, "Urvalet omfattade %d av %d ärenden i nämndens urvalsram", cf.Sampled, cf.FrameSize)
	} else {
		fmt.Fprintf(&b, "Urvalet omfattade %s; urvalsramens storlek är inte angiven", filesWord(cf.Sampled))
	}
	switch {
	case cf.FilesReviewed == cf.Sampled && cf.Sampled == 1:
		b.WriteString("; akten är färdigbedömd.")
	case cf.FilesReviewed == cf.Sampled:
		b.WriteString("; alla är färdigbedömda.")
	case cf.FilesReviewed == 0:
		fmt.Fprintf(&b, "; ingen är färdigbedömd ännu (%s).", pendingDetail(cf))
	default:
		fmt.Fprintf(&b, "; %d av dem är färdigbedömda och ingår i siffrorna, %s.", cf.FilesReviewed, pendingPhrase(cf))
	}
	if cf.Stratified {
		b.WriteString(" Urvalet drogs per insatstyp inom nämnden; andelarna är stratifierade skattningar.")
	}
	return b.String()
}

// statusWord is a committee's status in a table: "klar", "preliminär", "ej påbörjad".
func statusWord(s review.CommitteeStatus) string {
	switch s {
	case review.StatusFinal:
		return "klar"
	case review.StatusPreliminary:
		return "preliminär"
	}
	return "ej påbörjad"
}

// preliminaryHeader is the report's warning while files are pending: "Preliminär: 2 av 25
// akter bedömda"; "" when every file is final.
func preliminaryHeader(f review.Findings) string {
	if f.Complete || f.Region.Sampled == 0 {
		return ""
	}
	return fmt.Sprintf("Preliminär: %d av %d akter bedömda. Resultaten kan ändras när resten är bedömda.", f.Region.Final, f.Region.Sampled)
}

// regionActionSentence: "Krav på åtgärder mot 3 av 4 nämnder (Forshaga, Hammarö och
// Säffle)." The denominator is every sampled committee; those not yet final are named.
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
	open := ""
	if len(f.Region.NotFinal) > 0 {
		if len(f.Region.NotFinal) == n && n > 1 {
			open = " Ingen av nämnderna är färdigbedömd ännu."
		} else if n > 1 {
			open = fmt.Sprintf(" %s är inte färdigbedömd%s: %s.", capitalize(numWord(len(f.Region.NotFinal))+" "+plural(len(f.Region.NotFinal), "nämnd", "nämnder")), plural(len(f.Region.NotFinal), "", "a"), joinSv(f.Region.NotFinal))
		} else {
			open = " Nämnden är inte färdigbedömd."
		}
	}
	var s string
	if opt.egenkontroll() {
		switch {
		case n == 1 && k == 1:
			s = "Granskningen visar att nämnden behöver vidta åtgärder."
		case n == 1 && len(f.Region.NotFinal) == 1:
			s = "Granskningen visar ännu inte att nämnden behöver vidta åtgärder."
		case n == 1:
			s = "Granskningen visar inte att nämnden behöver vidta åtgärder."
		case k == 0:
			s = fmt.Sprintf("Granskningen visar inte att någon av de %s nämnderna behöver vidta åtgärder.", numWord(n))
		default:
			s = fmt.Sprintf("Åtgärder behövs i %d av %d nämnder%s.", k, n, list)
		}
		return s + open
	}
	switch {
	case n == 0:
		return "Inga nämnder ingår i urvalet."
	case n == 1 && k == 1:
		s = "Krav på åtgärder mot nämnden."
	case n == 1 && len(f.Region.NotFinal) == 1:
		s = "Ännu inga krav på åtgärder mot nämnden."
	case n == 1:
		s = "Inga krav på åtgärder mot nämnden."
	case k == 0 && len(f.Region.NotFinal) > 0:
		s = fmt.Sprintf("Ännu inga krav på åtgärder mot någon av de %s nämnderna i urvalet.", numWord(n))
	case k == 0:
		s = fmt.Sprintf("Inga krav på åtgärder mot någon av de %s granskade nämnderna.", numWord(n))
	default:
		s = fmt.Sprintf("Krav på åtgärder mot %d av %d nämnder%s.", k, n, list)
	}
	return s + open
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
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
// uppgifter om planering i ett eller flera ärenden." The denominator is every sampled
// committee (a committee with nothing final cannot lack anything yet: the header and the
// action sentence say the findings are preliminary).
func regionCriterionSentence(f review.Findings, c review.Criterion) string {
	n := f.Region.Committees
	var names []string
	for _, cf := range f.Committees {
		if cf.Criteria[c].Lacking() > 0 {
			names = append(names, cf.Committee)
		}
	}
	k := len(names)
	topic := criterionTopic(def(f, c))
	switch {
	case n == 0 || f.Region.Final == 0:
		return ""
	case n == 1 && k == 1:
		return fmt.Sprintf("Nämnden saknar helt eller delvis uppgifter om %s i ett eller flera ärenden.", topic)
	case n == 1:
		return fmt.Sprintf("Nämnden saknar inte uppgifter om %s i något färdigbedömt ärende.", topic)
	case k == 0:
		return fmt.Sprintf("Ingen av nämnderna saknar uppgifter om %s i något färdigbedömt ärende.", topic)
	}
	return quantifier(k, n, names) + fmt.Sprintf(" saknar helt eller delvis uppgifter om %s i ett eller flera ärenden.", topic)
}

// checklistCriteria are the findings' criteria that have a checklist, in template order.
func checklistCriteria(f review.Findings) []review.CriterionDef {
	var out []review.CriterionDef
	for _, c := range f.Criteria {
		if d := def(f, c); d.Checklist != nil {
			out = append(out, d)
		}
	}
	return out
}

// elementRange is "a–f": the first and last element keys of a checklist.
func elementRange(d review.CriterionDef) string {
	keys := d.ElementKeys()
	if len(keys) == 1 {
		return keys[0]
	}
	return keys[0] + "–" + keys[len(keys)-1]
}

// elementSentence rolls a checklist's elements up: "Av 10 akter där uppdragsbeskrivningens
// element registrerades saknades uppföljningsformer (d) i 7 och ..." for a committee or the
// region; nothing when no element was recorded.
func elementSentence(d review.CriterionDef, cl review.ChecklistCount) string {
	if cl.Recorded == 0 {
		return ""
	}
	var parts []string
	for _, e := range d.ElementKeys() {
		if ec := cl.Elements[e]; ec.Absent > 0 {
			parts = append(parts, fmt.Sprintf("%s (%s) i %d", d.ElementName(e), e, ec.Absent))
		}
	}
	assignment := d.Key == review.AssignmentDescription
	var s string
	switch {
	case len(parts) == 0 && assignment:
		s = fmt.Sprintf("I samtliga %d uppdragsbeskrivningar där elementen registrerades fanns alla element %s.", cl.Recorded, elementRange(d))
	case len(parts) == 0:
		s = fmt.Sprintf("I samtliga %d akter där elementen för %s registrerades fanns alla element %s.", cl.Recorded, criterionTopic(d), elementRange(d))
	case assignment:
		s = fmt.Sprintf("Av %d akter där uppdragsbeskrivningens element registrerades saknades %s.", cl.Recorded, joinSv(parts))
	default:
		s = fmt.Sprintf("Av %d akter där elementen för %s registrerades saknades %s.", cl.Recorded, criterionTopic(d), joinSv(parts))
	}
	if cl.Unrecorded > 0 {
		s += fmt.Sprintf(" I %s registrerades inte elementen.", filesWord(cl.Unrecorded))
	}
	return s
}

// handoverSentence: "Uppdraget nådde utföraren före insatsens start i 5 akter, inte i 2;
// i 3 framgår det inte."
func handoverSentence(h map[review.Handover]int) string {
	yes, no, unk := h[review.HandoverYes], h[review.HandoverNo], h[review.HandoverUnknown]
	if yes+no+unk == 0 {
		return ""
	}
	return fmt.Sprintf("Att den skriftliga uppdragsbeskrivningen nådde utföraren innan insatsen började framgick i %d akter; i %d hade insatsen börjat före överlämnandet, och i %d framgick det inte.", yes, no, unk)
}

// ruleSentence states the action rule and what "brister" means.
func ruleSentence(rule review.ActionRule) string {
	return "Bedömningsregel: " + rule.SwedishName() + "."
}

// methodParagraphs describe the method in Swedish for the method section of every format.
func methodParagraphs(f review.Findings) []string {
	out := []string{
		"Andel med brister = (nej + delvis) / (färdigbedömda akter − ej tillämpligt), oavsett bedömningsregel; ej tillämpligt räknas aldrig som brist. " +
			"Bara färdigbedömda akter räknas: en akt som ingen har skickat in, eller som dubbelgranskas och väntar på den andra granskaren eller på jämkning, ingår inte i någon siffra eller lista förrän den är klar. " +
			"När kriteriet inte är tillämpligt i någon akt anges ingen andel (–).",
	}
	if f.Interval == review.IntervalWilson {
		out = append(out, "Konfidensintervallen är 95 % Wilsonintervall, med korrigering för ändlig urvalsram när urvalsramens storlek är känd. Nära 0 % och 100 % täcker de något mindre än 95 %.")
	} else {
		out = append(out, "Konfidensintervallen är exakta 95 % intervall från den hypergeometriska fördelningen, så som stickprov av attribut utvärderas i revision: "+
			"med N ärenden i nämndens urvalsram, r färdigbedömda akter, a av dem där kriteriet är tillämpligt och x med brister skattas antalet ärenden där kriteriet är tillämpligt till N′ = N·a/r (avrundat uppåt), "+
			"och intervallet är de antal K med brister bland N′ som är förenliga med x (2,5 % i varje svans). När urvalsramens storlek är okänd används motsvarande binomiala intervall (Clopper–Pearson).")
	}
	for _, cf := range f.Committees {
		if cf.Stratified {
			out = append(out, "Där urvalet drogs per insatstyp inom en nämnd är nämndens andel den stratifierade skattningen Σ (N′ₕ/N′)·pₕ över insatstyperna, "+
				"med pₕ andelen med brister i stratum h och N′ₕ dess skattade antal ärenden där kriteriet är tillämpligt; intervallet bygger på normalapproximation av den stratifierade variansen med ändlighetskorrektion (Cochran 1977, kap. 5) och är ungefärligt.")
			break
		}
	}
	return out
}

// agreementRows are the agreement measures per criterion, in words for the method section.
func agreementParagraphs(f review.Findings) []string {
	var any bool
	for _, a := range f.Agreement {
		if a.Cases > 0 {
			any = true
		}
	}
	if !any {
		if len(f.Agreement) == 0 {
			return nil
		}
		return []string{"Samstämmighet mellan granskare: inga dubbelgranskade akter är bedömda av två granskare ännu."}
	}
	out := []string{"Samstämmighet mellan granskare, per kriterium, över de akter som två granskare har bedömt oberoende av varandra (deras egna bedömningar, före jämkning). " +
		"Överensstämmelse är andelen akter med samma bedömning. Fleiss kappa (för två granskare Scotts pi) och Krippendorffs alfa korrigerar för slumpmässig överensstämmelse utifrån hur vanliga bedömningarna är; " +
		"när nästan alla akter bedöms ja blir den väntade slumpöverensstämmelsen hög och måtten kan bli låga eller negativa trots att granskarna nästan alltid är eniga. " +
		"Gwets AC1 och PABAK påverkas inte på samma sätt av en skev fördelning och visas därför bredvid. Inget mått beror på vilken granskare som är vilken."}
	for _, a := range f.Agreement {
		if a.Cases == 0 {
			out = append(out, fmt.Sprintf("%s: inga akter bedömda av två granskare.", agreementName(f, a)))
			continue
		}
		out = append(out, fmt.Sprintf("%s (%d akter): överensstämmelse %s; kappa %s (95 %% KI %s); AC1 %s (%s); alfa %s (%s); PABAK %s (%s).",
			agreementName(f, a), a.Cases, pct(a.Observed), dec2(a.Kappa), decInterval(a.KappaLow, a.KappaHigh),
			dec2(a.AC1), decInterval(a.AC1Low, a.AC1High), dec2(a.Alpha), decInterval(a.AlphaLow, a.AlphaHigh), dec2(a.PABAK), decInterval(a.PABAKLow, a.PABAKHigh)))
	}
	return out
}

// dec2 writes a coefficient with two decimals and a decimal comma ("0,45", "−0,05"); "–"
// when undefined.
func dec2(x float64) string {
	if math.IsNaN(x) {
		return "–"
	}
	return strings.Replace(strings.Replace(fmt.Sprintf("%.2f", x), ".", ",", 1), "-", "−", 1)
}

func decInterval(lo, hi float64) string {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return "–"
	}
	return dec2(lo) + " till " + dec2(hi)
}

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
