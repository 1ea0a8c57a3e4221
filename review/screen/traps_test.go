package screen

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// Hand-written texts, deliberately NOT copied from the eval files: other headings,
// other verbs and word order, so that the tests show the rules generalise.

var trapDate = time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)

func doc(file string, pages ...string) Document {
	d := Document{File: file, Status: "ok"}
	for i, p := range pages {
		d.Pages = append(d.Pages, Page{Number: i + 1, Text: p})
	}
	return d
}

func screenOne(t *testing.T, docs ...Document) Result {
	t.Helper()
	return Screen(docs, Options{ReviewDate: trapDate})
}

func want(t *testing.T, r Result, crit, code string) Suggestion {
	t.Helper()
	s := r.Criteria[crit]
	if s.Suggestion != code {
		t.Errorf("%s = %s, want %s (reason: %s; missing %v)", crit, s.Suggestion, code, s.Reason, s.Missing)
		for _, e := range s.Evidence {
			t.Logf("   [%s] %s p%d %q", e.Kind, e.File, e.Page, e.Text)
		}
	}
	return s
}

const utrHead = `Socialtjänsten, Vuxenenheten

Utredning avseende missbruksvård
Namn
Personnummer
Anders Berg
19750101-1234

Bakgrund
Anders har druckit mycket under lång tid och har förlorat sitt arbete.

`

func TestTrapEmptyHeadingNextHeading(t *testing.T) {
	r := screenOne(t, doc("utr.pdf", utrHead+"Socialsekreterarens bedömning\n\nFörslag\nAnders föreslås få öppenvård.\n"))
	s := want(t, r, NeedsAssessment, No)
	if !hasKind(s, "rejected_empty_heading") {
		t.Errorf("empty heading not reported: %+v", s.Evidence)
	}
}

func TestTrapPlaceholders(t *testing.T) {
	for _, ph := range []string{"-", "Ej ifyllt", "[Skriv här]", "…", "<fritext>"} {
		r := screenOne(t, doc("utr.pdf", utrHead+"Bedömning:\n"+ph+"\n\nBeslutsförslag\nBifall.\n"))
		want(t, r, NeedsAssessment, No)
	}
}

func TestTrapNegatedAssessment(t *testing.T) {
	for _, neg := range []string{
		"Någon bedömning av behovet har ännu inte gjorts eftersom Anders inte kom till de bokade samtalen.",
		"Det finns ingen dokumenterad bedömning i ärendet.",
		"Bedömning saknas då handläggaren slutade innan utredningen blev klar.",
	} {
		r := screenOne(t, doc("utr.pdf", utrHead+"Analys\n"+neg+"\n\nFörslag till beslut\nBifall.\n"))
		s := want(t, r, NeedsAssessment, No)
		if !hasKind(s, "rejected_negation") {
			t.Errorf("%q: negation not reported", neg)
		}
	}
	// "bedöms inte kunna" negates the content, not the act: still an assessment
	r := screenOne(t, doc("utr.pdf", utrHead+"Överväganden\nVi bedömer att Anders behöver behandling för sitt alkoholberoende. Han bedöms inte kunna bryta missbruket på egen hand eftersom tidigare försök har misslyckats, och en öppenvårdskontakt är därför lämplig.\n\nFörslag\nBifall.\n"))
	want(t, r, NeedsAssessment, Yes)
}

func TestTrapConclusionOnlyAndPreliminary(t *testing.T) {
	r := screenOne(t, doc("utr.pdf", utrHead+"Bedömning\nAnders bedöms ha behov av institutionsvård.\n\nFörslag\nBifall.\n"))
	want(t, r, NeedsAssessment, Partly)
	r = screenOne(t, doc("utr.pdf", utrHead+"Bedömning\nEn preliminär bedömning är att Anders behöver stöd. Behovet ska utredas vidare.\n\nFörslag\nBifall.\n"))
	want(t, r, NeedsAssessment, Partly)
}

func TestTrapDoctorsAssessment(t *testing.T) {
	text := utrHead + `Hälsa
Enligt läkarens bedömning har Anders en skadlig användning av alkohol. DUDIT gav 20 poäng.

Riskbedömning
En riskbedömning har gjorts utan anmärkning.

Förslag till beslut
Att Anders beviljas öppenvård.
`
	r := screenOne(t, doc("utr.pdf", text))
	want(t, r, NeedsAssessment, No)
}

func TestTrapOwnApplication(t *testing.T) {
	r := screenOne(t, doc("ansokan.pdf", "Ansökan om bistånd\nNamn\nAnders Berg\nJag behöver hjälp med mitt drickande eftersom jag inte klarar det själv."))
	want(t, r, NeedsAssessment, No)
}

const journalHead = "Journalanteckningar\nNamn\nAnders Berg\n\n"

func TestTrapPlannedVersusDoneFollowUp(t *testing.T) {
	planned := journalHead + `2015-09-02 Beslut (AB)
Beslut om öppenvård fattat.
2015-09-10 Start (AB)
Anders har påbörjat behandlingen.
2015-09-12 Planering (AB)
Insatsen kommer att följas upp om sex veckor tillsammans med behandlaren.
`
	r := screenOne(t, doc("journal.pdf", planned))
	s := want(t, r, FollowUp, No)
	if !hasKind(s, "rejected_planned") {
		t.Errorf("planned follow-up not reported as rejected")
	}
	done := planned + `2015-10-26 Avstämningsmöte (AB)
Träff hos behandlaren med Anders. Vi stämde av hur insatsen fungerat. Anders har kommit på alla samtal och lämnat negativa prov. Vi enades om att fortsätta i samma form.
`
	r = screenOne(t, doc("journal.pdf", done))
	want(t, r, FollowUp, Yes)
	noOutcome := planned + "2015-10-26 Uppföljning (AB)\nUppföljningen genomfördes på mottagningen.\n"
	r = screenOne(t, doc("journal.pdf", noOutcome))
	want(t, r, FollowUp, Partly)
}

func TestTrapBookedThenCancelled(t *testing.T) {
	text := journalHead + `2015-09-02 Beslut (AB)
Beslut om öppenvård fattat.
2015-11-03 Kallelse (AB)
Uppföljningsmöte inbokat den 20 november.
2015-11-20 Anteckning (AB)
Mötet ställdes in eftersom behandlaren var sjuk. Ny tid ska bokas.
`
	r := screenOne(t, doc("journal.pdf", text))
	want(t, r, FollowUp, No)
}

func TestTrapFollowUpNegated(t *testing.T) {
	text := journalHead + "2015-09-02 Beslut (AB)\nBeslut om öppenvård fattat.\n2016-01-15 Anteckning (AB)\nInsatsen har inte följts upp på grund av personalbrist.\n"
	r := screenOne(t, doc("journal.pdf", text))
	s := want(t, r, FollowUp, No)
	if !hasKind(s, "rejected_negation") {
		t.Errorf("negated follow-up not reported")
	}
}

func TestTrapUnrelatedPlan(t *testing.T) {
	text := journalHead + `2015-09-02 Ekonomi (AB)
Anders har gjort upp en avbetalningsplan med hyresvärden.
2015-09-09 Hembesök (AB)
Planerat hembesök genomfört. Anders bor på plan 3.
2015-09-20 Planering (AB)
En genomförandeplan ska tas fram av behandlaren.
`
	r := screenOne(t, doc("journal.pdf", text))
	s := want(t, r, Planning, No)
	if !hasKind(s, "rejected_plan_word") || !hasKind(s, "rejected_future_plan") {
		t.Errorf("plan words not reported: %+v", s.Evidence)
	}
}

func TestTrapPlanLevels(t *testing.T) {
	full := `Behandlingsplan
Namn
Anders Berg

Målsättning
Anders ska vara alkoholfri och lämna negativa alkotester vid varje besök till och med 2016-02-28.
Anders ska senast 15 januari 2016 ha kontakt med Arbetsförmedlingen.

Aktiviteter
Vad
Samtal enligt återfallsprevention
Vem
Karin Ek, behandlare
När
Varannan vecka
`
	r := screenOne(t, doc("plan.pdf", full))
	want(t, r, Planning, Yes)
	vague := strings.Replace(full, "Anders ska vara alkoholfri och lämna negativa alkotester vid varje besök till och med 2016-02-28.\nAnders ska senast 15 januari 2016 ha kontakt med Arbetsförmedlingen.", "Anders ska må bättre.", 1)
	r = screenOne(t, doc("plan.pdf", vague))
	want(t, r, Planning, Partly)
	empty := "Vårdplan\nNamn\nAnders Berg\n\nMål:\nInsatser:\nAnsvarig:\nTidplan:\n"
	r = screenOne(t, doc("plan.pdf", empty))
	want(t, r, Planning, No)
}

func TestTrapDeclinedNotApplicable(t *testing.T) {
	text := journalHead + `2015-09-02 Beslut (AB)
Beslut om plats på behandlingshem fattat.
2015-09-05 Telefon (AB)
Anders meddelar att han tackar nej till placeringen och vill klara sig på egen hand. Ärendet avslutas.
`
	r := screenOne(t, doc("journal.pdf", text))
	want(t, r, Planning, NotApplicable)
	want(t, r, FollowUp, NotApplicable)
	// declining after the start is not "not applicable"
	started := journalHead + `2015-09-02 Beslut (AB)
Beslut om öppenvård fattat.
2015-09-04 Start (AB)
Anders har påbörjat behandlingen.
2015-10-05 Telefon (AB)
Anders avböjer fortsatt kontakt.
`
	r = screenOne(t, doc("journal.pdf", started))
	want(t, r, FollowUp, No)
}

func TestTrapRecentNotApplicable(t *testing.T) {
	text := journalHead + `2016-01-10 Beslut (AB)
Beslut om öppenvård fattat.
2016-01-20 Start (AB)
Anders började på mottagningen i dag.
2016-01-21 Uppföljning (AB)
Uppföljning planeras om tre månader.
`
	r := screenOne(t, doc("journal.pdf", text))
	s := want(t, r, FollowUp, NotApplicable)
	if !strings.Contains(s.Reason, "2016-04-21") {
		t.Errorf("reason should name the relative date: %s", s.Reason)
	}
	// the same plan, but an old decision: the follow-up was due → no
	old := strings.NewReplacer("2016-01-10", "2015-06-10", "2016-01-20", "2015-06-20", "2016-01-21", "2015-06-21").Replace(text)
	r = screenOne(t, doc("journal.pdf", old))
	want(t, r, FollowUp, No)
	// Swedish written date
	swe := strings.Replace(text, "Uppföljning planeras om tre månader.", "Första uppföljningen är planerad till den 4 maj 2016.", 1)
	r = screenOne(t, doc("journal.pdf", swe))
	want(t, r, FollowUp, NotApplicable)
}

const fullAssignment = `Uppdragsbeskrivning
Namn
Anders Berg
Utförare
Mottagningen Stegen

Behov
Socialtjänsten har bedömt att Anders behöver behandling för sitt alkoholberoende och stöd att behålla sitt arbete.

Uppdragets omfattning
Samtalsbehandling en gång i veckan under hösten samt provtagning.

Mål
Anders ska vara nykter och lämna negativa prov till och med 2016-01-31.

Uppföljning
Uppföljning sker vid ett möte med Anders och behandlaren efter två månader.

Återrapportering
Utföraren skickar en slutrapport till socialtjänsten när behandlingen avslutas.

Kontaktuppgifter
Ansvarig socialsekreterare är Lisa Holm, tel 054-12 34 56.

Uppdraget skickades till Mottagningen Stegen den 2015-09-03.
`

func TestTrapAssignmentElements(t *testing.T) {
	r := screenOne(t, doc("uppdrag.pdf", fullAssignment))
	s := want(t, r, AssignmentDescription, Yes)
	for _, e := range elementKeys {
		if !s.Elements[e] {
			t.Errorf("element %s not found", e)
		}
	}
	// without goals (c) and without the officer's contact (f) → partly, missing [c f]
	noCF := strings.Replace(fullAssignment, "Mål\nAnders ska vara nykter och lämna negativa prov till och med 2016-01-31.\n", "Mål\n\n", 1)
	noCF = strings.Replace(noCF, "Ansvarig socialsekreterare är Lisa Holm, tel 054-12 34 56.", "Kontakt sker via mottagningens växel.", 1)
	r = screenOne(t, doc("uppdrag.pdf", noCF))
	s = want(t, r, AssignmentDescription, Partly)
	if !reflect.DeepEqual(s.Missing, []string{"c", "f"}) {
		t.Errorf("missing = %v, want [c f]", s.Missing)
	}
	if s.Elements["c"] || s.Elements["f"] || !s.Elements["a"] {
		t.Errorf("elements = %v", s.Elements)
	}
	// the handover date may be in the journal instead
	noG := strings.Replace(fullAssignment, "Uppdraget skickades till Mottagningen Stegen den 2015-09-03.\n", "", 1)
	r = screenOne(t, doc("uppdrag.pdf", noG))
	s = want(t, r, AssignmentDescription, Partly)
	if !reflect.DeepEqual(s.Missing, []string{"g"}) {
		t.Errorf("missing = %v, want [g]", s.Missing)
	}
	r = screenOne(t, doc("uppdrag.pdf", noG), doc("journal.pdf", journalHead+"2015-09-03 Uppdrag (AB)\nUppdragsbeskrivningen mejlades till Mottagningen Stegen.\n"))
	want(t, r, AssignmentDescription, Yes)
}

func TestTrapNoAssignment(t *testing.T) {
	r := screenOne(t, doc("journal.pdf", journalHead+"2015-09-03 Telefon (AB)\nUppdraget gavs muntligt till behandlaren.\n"),
		doc("beslut.pdf", "Beslut\nNamn\nAnders Berg\n\nBeslut\nAnders beviljas öppenvård.\n\nVerkställighet\nBeslutet verkställs av Mottagningen Stegen.\n"))
	s := want(t, r, AssignmentDescription, No)
	if !hasKind(s, "rejected_oral_assignment") {
		t.Errorf("oral assignment not reported")
	}
}

func TestTrapUnknownWithoutText(t *testing.T) {
	r := screenOne(t, Document{File: "scan1.pdf", Status: "no_text", Pages: []Page{{Number: 1, Text: ""}, {Number: 2, Text: "  \n"}}, PagesWithoutText: []int{1, 2}})
	for _, k := range CriteriaKeys {
		s := want(t, r, k, Unknown)
		if len(s.Evidence) != 2 || s.Evidence[0].Kind != "unreadable" {
			t.Errorf("%s: evidence should point at the unreadable pages: %+v", k, s.Evidence)
		}
	}
	// a relevant document that cannot be read turns "no" into "unknown"
	r = screenOne(t, doc("utr.pdf", utrHead+"Bedömning\nAnders bedöms ha behov av öppenvård.\n"), Document{File: "Vårdplan.pdf", Status: "encrypted"})
	want(t, r, Planning, Unknown)
	want(t, r, NeedsAssessment, Partly)
	if r.RulesVersion == "" {
		t.Error("no rules version")
	}
}

func hasKind(s Suggestion, kind string) bool {
	for _, e := range s.Evidence {
		if e.Kind == kind {
			return true
		}
	}
	return false
}
