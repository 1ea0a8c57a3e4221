package screen

import (
	"strings"
	"testing"
	"time"
)

// Filter and structure tests of the third round. As in filters_test.go, each test names
// the rule it guards and fails when that rule is removed (checked by hand once per rule).
// The texts are written for these tests, in wordings and layouts of their own, not copied
// from any evaluation file.

var autumnReview = time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)

func screenOn(t *testing.T, review time.Time, docs ...Document) Result {
	t.Helper()
	return Screen(docs, Options{ReviewDate: review})
}

// Guards dropRules: lines drawn with characters ("-----", "=====") between the notes of a
// plain-text print are layout. Without the rule, a page of dated notes framed by rules has
// too few dated lines to be read as a journal, and its follow-up is not found.
func TestFilterRuleLinesAreLayout(t *testing.T) {
	notes := []string{
		"2015-02-03 Besök AB", "---------------------------", "Samtal med Nils om vad han vill få ut av", "behandlingen. Han har druckit mindre", "den senaste veckan.", "===========================",
		"2015-03-10 Tfn AB", "---------------------------", "Nils har börjat i gruppen på", "Mottagningen Ljuset enligt", "behandlaren.", "===========================",
		"2015-05-12 Uppföljning AB", "---------------------------", "Uppföljningsmöte på Mottagningen Ljuset", "med Nils och behandlaren. Nils har varit nykter sedan", "april och går på alla gruppträffar.", "===========================",
	}
	d := doc("utskrift_2015.pdf", strings.Join(notes, "\n")+"\n")
	s := want(t, screenOn(t, autumnReview, d), FollowUp, Yes)
	for _, e := range s.Evidence {
		if strings.Contains(e.Text, "---") || strings.Contains(e.Text, "===") {
			t.Errorf("a rule line is part of the evidence: %q", e.Text)
		}
	}
}

// Guards continuation: the rest of a sentence wrapped onto the next line is never a
// heading, even when its first words look like one ("när …", "kontakt med …"). Without the
// rule the assessment is cut in two at the wrapped line and its reasons are lost.
func TestFilterWrappedLineIsNoHeading(t *testing.T) {
	for _, wrapped := range []string{
		"Bedömning\nKarin har ett omfattande alkoholbruk och dricker mest\nnär hon är ensam på kvällarna.\nHon behöver stöd att bryta mönstret eftersom hon riskerar att förlora sitt arbete. Öppenvård i grupp på kvällstid är därför lämplig.\n",
		"Bedömning\nKarin dricker dagligen och har svårt att sköta sitt arbete och sin\nkontakt med barnen och deras skola.\nHon behöver stöd att bryta mönstret eftersom hon riskerar att förlora sitt arbete. Öppenvård i grupp på kvällstid är därför lämplig.\n",
	} {
		text := utrHead + wrapped + "\nFörslag till beslut\nÖppenvård beviljas.\n"
		want(t, screenOne(t, doc("utr.pdf", text)), NeedsAssessment, Yes)
	}
}

// Guards signature: a place, a date and a name (or a name and a title) under an assessment
// heading are a signature, not an assessment. The heading is empty: a positive ground for
// "no", where without the rule the signature would be unrecognised text ("unknown").
func TestFilterSignatureIsNotContent(t *testing.T) {
	for _, sig := range []string{"Kalmar 2015-03-02 Per Olsson\nSocialsekreterare", "Per Olsson, 1:e socialsekreterare"} {
		text := utrHead + "Missbruk\nPer dricker starköl varje dag enligt egen uppgift.\n\nSammanfattande bedömning\n" + sig + "\n"
		s := want(t, screenOne(t, doc("utr.pdf", text)), NeedsAssessment, No)
		if s.Confidence != High {
			t.Errorf("an empty assessment heading is a positive ground: confidence %q", s.Confidence)
		}
	}
}

// Guards the journal rule that a line holding only a date and punctuation ends the sentence
// above it ("… nästa avstämning" / "2015-11-20."), not a new note: the planned date stays
// with the follow-up it dates, which falls after the review date.
func TestFilterDateEndingSentenceIsNoNote(t *testing.T) {
	j := doc("journal.pdf", "Journal\n2015-08-24 Inskrivning\nLinnea har skrivits in på Ekbacken idag.\n2015-09-02 Telefon\nPlanen är klar och undertecknad. Nästa avstämning\n2015-11-20.\n")
	want(t, screenOn(t, autumnReview, j), FollowUp, NotApplicable)
}

// Guards pageOne: "Sida 1" in the running header of a page inside an assembled file starts
// a document there, and its title counts even with no header fields after it. Without the
// rule the plan page is read as more of the investigation before it.
func TestFilterPageOneStartsDocument(t *testing.T) {
	p1 := "Utredning\nNamn\nEva Holm\n\nBedömning\nEva behöver stöd för att sluta dricka eftersom hon riskerar sin bostad. Öppenvård är därför lämplig.\n"
	p2 := "Behandlingsenheten Vägen | Sida 1 (1)\nBehandlingsplan – Vägen\nEva och behandlaren har gjort planen tillsammans.\n\nMål\nEva är nykter senast 2015-06-30.\n\nInsatser\nSamtal varje tisdag med behandlaren Ola Berg. Alkotest vid varje besök.\n"
	d := Document{File: "akt_samlad.pdf", Status: "ok", Pages: []Page{{Number: 1, Text: p1}, {Number: 2, Text: p2}}}
	want(t, screenOne(t, d), Planning, Yes)
}

// Guards the header fields of typePage: a title on a later page of an assembled file,
// followed by two "Label: value" lines of any words, starts a document there.
func TestFilterTitleWithFieldsStartsDocument(t *testing.T) {
	p1 := "Utredning\nNamn\nEva Holm\n\nBedömning\nEva behöver stöd för att sluta dricka eftersom hon riskerar sin bostad. Öppenvård är därför lämplig.\n"
	p2 := "Genomförandeplan – Vägen\nBoende: Eva Holm\nInskriven: 2015-03-01\nKontaktman: Ola Berg\n\nMål\nEva är nykter senast 2015-06-30.\n\nInsatser\nSamtal varje tisdag med behandlaren Ola Berg. Alkotest vid varje besök.\n"
	d := Document{File: "akt_samlad.pdf", Status: "ok", Pages: []Page{{Number: 1, Text: p1}, {Number: 2, Text: p2}}}
	want(t, screenOne(t, d), Planning, Yes)
}

// Guards indexRow: a file's table of contents lists its documents by date ("2015-06-10 |
// Uppföljning av insats"); it is not a journal, and a row naming a follow-up is no
// follow-up that took place.
func TestFilterIndexIsNoJournal(t *testing.T) {
	index := "Akt SN 2015/77\nDatum | Handling\n2015-03-02 | Utredning\n2015-03-05 | Beslut\n2015-04-01 | Genomförandeplan\n2015-06-10 | Journal Uppföljning av insats (inskannad bilaga)\n"
	notes := "Journal\n2015-03-05 Beslut\nÖppenvård beviljad.\n2015-03-16 Start\nArne har påbörjat samtalen.\n2015-05-20 Bokning\nUppföljning bokas till hösten.\n"
	d := Document{File: "akt_SN-2015-77.pdf", Status: "ok", Pages: []Page{{Number: 1, Text: index}, {Number: 2, Text: notes}}}
	s := want(t, screenOne(t, d), FollowUp, No)
	for _, e := range s.Evidence {
		if e.Page == 1 && !e.Rejected() {
			t.Errorf("the index is evidence: %+v", e)
		}
	}
}

// Guards the later start in declined(): a person who first said no to one form of care and
// then started the one granted did not decline it; planning and follow-up are judged.
func TestFilterDeclineThenStart(t *testing.T) {
	j := doc("journal.pdf", "Journal\n2015-01-12 Besök\nOskar vill inte flytta till ett behandlingshem, han vill bo kvar hemma.\n2015-01-20 Beslut\nÖppenvård på Mottagningen Källan beviljad.\n2015-02-02 Start\nOskar har påbörjat samtalen på Källan.\n2015-05-05 Trepartssamtal\nTrepartssamtal på Källan med Oskar och behandlaren. Oskar har varit nykter sedan februari och vill fortsätta.\n")
	r := screenOn(t, autumnReview, j)
	want(t, r, FollowUp, Yes)
	if r.Criteria[Planning].Suggestion == NotApplicable {
		t.Errorf("planning not applicable: %s", r.Criteria[Planning].Reason)
	}
}

// Guards the negated-assessment rule of judgeNeedsSection: "no assessment was made" beside
// a reason that names no need ("beviljas med hänvisning till önskemålet") is a positive
// ground for "no", not a conclusion-only "partly".
func TestFilterNegatedAssessmentWithReason(t *testing.T) {
	text := utrHead + "Socialsekreterarens överväganden\nNågon behovsbedömning har inte gjorts. Insatsen beviljas utifrån önskemålet i ansökan och kan prövas igen vid behov av fler insatser.\n\nFörslag till beslut\nÖppenvård.\n"
	s := want(t, screenOne(t, doc("utr.pdf", text)), NeedsAssessment, No)
	if s.Confidence != High {
		t.Errorf("confidence %q", s.Confidence)
	}
}

// Guards the declined rule of assignment(): no assignment was written because the person
// declined first, so there is nothing to assess; a journal saying an assignment was sent
// keeps the criterion open.
func TestFilterDeclinedWithoutAssignment(t *testing.T) {
	utr := doc("utr.pdf", utrHead+"Bedömning\nAnders behöver stöd för att sluta dricka eftersom han riskerar sin bostad. Öppenvård är därför lämplig.\n")
	j := doc("journal.pdf", "Journal\n2015-04-02 Beslut\nÖppenvård beviljad.\n2015-04-07 Telefon\nAnders återkallar sin ansökan, han vill klara det själv.\n")
	want(t, screenOn(t, autumnReview, utr, j), AssignmentDescription, NotApplicable)
	// a note that none was sent does not say one was
	none := doc("journal.pdf", "Journal\n2015-04-02 Beslut\nÖppenvård beviljad.\n2015-04-07 Telefon\nAnders återkallar sin ansökan, han vill klara det själv. Någon beställning har därför inte skickats till Källan.\n")
	want(t, screenOn(t, autumnReview, utr, none), AssignmentDescription, NotApplicable)
	sent := doc("journal.pdf", "Journal\n2015-04-02 Beslut\nÖppenvård beviljad.\n2015-04-03 Uppdrag\nUppdragsbeskrivning skickad till Mottagningen Källan.\n2015-04-07 Telefon\nAnders återkallar sin ansökan, han vill klara det själv.\n")
	if got := screenOn(t, autumnReview, utr, sent).Criteria[AssignmentDescription].Suggestion; got == NotApplicable {
		t.Errorf("an assignment that was sent but is not in the file: %s", got)
	}
}

// Guards termDates: in a plan row that names both the start and the follow-up ("Från
// 2015-08-01, följs upp vid trepartssamtalet i november"), the follow-up's date is the one
// after the follow-up term, and that is after the review date.
func TestFilterFollowUpDateInPlanRow(t *testing.T) {
	plan := doc("vardplan.pdf", "Vårdplan\nMål | Insats | Ansvarig | Tid\nIda är nykter | Program och alkotest varje dag | Ida; behandlare Sara Lind | Från 2015-08-01, följs upp vid trepartssamtalet i november\n")
	j := doc("journal.pdf", "Journal\n2015-08-01 Inskrivning\nIda har skrivits in på Hemmet.\n")
	want(t, screenOn(t, autumnReview, plan, j), FollowUp, NotApplicable)
}

// Guards the month phrases of dates: "till slutet av november", "i början av december",
// "mitten av januari 2016" are planned dates, so a first follow-up planned for then is not
// yet due on the review date.
func TestFilterMonthPhrases(t *testing.T) {
	for _, when := range []string{"till slutet av november", "i början av december", "under mitten av januari 2016"} {
		j := doc("journal.pdf", "Journal\n2015-09-07 Inskrivning\nMaja har skrivits in på Solbacken.\n2015-09-15 Notering\nFörsta avstämningen planeras "+when+".\n")
		want(t, screenOn(t, autumnReview, j), FollowUp, NotApplicable)
	}
}

// Guards tableHeader: a plan table's header with a remark in parentheses and a measure
// column ("Övergripande mål (det som ska vara uppnått …) Insats Ansvarig Tidpunkt Hur det
// mäts") is a header, so
// the dated rows under it are the plan's goals; an empty table under such a header is an
// empty template.
func TestFilterPlanTableHeaderWithRemarks(t *testing.T) {
	plan := "Vårdplan\nÖvergripande mål (det som ska vara uppnått när insatsen avslutas) Insats Ansvarig Tidpunkt Hur det mäts\nSara är nykter | Gruppbehandling tre gånger i veckan | Sara; kontaktman Olle Dahl | 2015-03-01 – 2015-08-31 | PEth varje månad\nSara har ett arbete | Möte med arbetsgivaren | handläggare Eva Sten | Senast 2015-06-15 | Anställningsavtal\n"
	want(t, screenOne(t, doc("plan.pdf", plan)), Planning, Yes)
	// a sentence with a few column words is no header: the dated activity under it is not a goal
	prose := "Genomförandeplan\nMål för Lisa är att ha tid för insats och ansvar\nSamtal varje vecka från 2015-03-01 med behandlaren Ola Berg.\n"
	want(t, screenOne(t, doc("plan.pdf", prose)), Planning, Partly)
	empty := "Genomförandeplan\nNamn: ____________ Datum: ____________\nÖvergripande mål Delmål Åtgärd Ansvarig Klart senast\nUppföljning av planen (datum): ____________\n"
	s := want(t, screenOne(t, doc("plan.pdf", empty)), Planning, No)
	if s.Confidence != High {
		t.Errorf("an empty template is a positive ground: confidence %q", s.Confidence)
	}
}

// New wordings of the third round's vocabulary (written for this test): an order's content
// under "Beställningen innehåller", a plan's goals under "Våra mål", an assessment that the
// intervention "svarar mot" the needs, a follow-up cancelled by "återbud", a start written
// "börjat" alone.
func TestNewWording3(t *testing.T) {
	order := doc("bestallning.pdf", "Beställning av öppenvård\nTill: Mottagningen Ljuset\n\nSocialnämndens bedömning\nPia behöver stöd att sluta med cannabis eftersom hon riskerar sin utbildning.\n\nBeställningen innehåller\nEnskilda samtal en gång i veckan och urinprov.\n\nMål\nPia är drogfri senast 2015-12-01.\n\nUppföljning\nTrepartssamtal efter tre månader.\n\nÅterrapportering\nVid avslut lämnar ni en skriftlig sammanfattning till handläggaren.\n\nHandläggare\nJan Ek, socialsekreterare, tel 0470-123 45\n\nSkickad 2015-05-04.\n")
	s := want(t, screenOne(t, order), AssignmentDescription, Yes)
	if !s.Elements["b"] {
		t.Errorf("b not found: %v", s.Missing)
	}
	plan := doc("plan.pdf", "Genomförandeplan\n\nVåra mål\nPia är drogfri senast 2015-12-01 (negativa urinprov).\n\nSå här gör vi\nSamtal varje torsdag med behandlaren Moa Lind.\n")
	want(t, screenOne(t, plan), Planning, Yes)
	utr := doc("utr.pdf", utrHead+"Bedömning\nAnders dricker dagligen och har förlorat kontakten med sina barn. Han behöver ett strukturerat program och stöd i kontakten med familjen. Öppenvården på Källan, med anhörigsamtal, svarar mot hans situation.\n\nFörslag till beslut\nÖppenvård.\n")
	want(t, screenOne(t, utr), NeedsAssessment, Yes)
	j := doc("journal.pdf", "Journal\n2015-03-02 Start\nMottagningen meddelar att Pia börjat.\n2015-06-01 Bokning\nUppföljning bokad till 2015-06-10.\n2015-06-09 Telefon\nPia lämnar återbud till uppföljningen, hon är sjuk.\n")
	want(t, screenOn(t, autumnReview, j), FollowUp, No)
	d := doc("journal.pdf", "Journal\n2015-02-01 Besök\nAlva vill inte åka till behandlingshem.\n2015-03-02 Start\nKällan meddelar att Alva börjat på dagbehandlingen.\n")
	if got := screenOn(t, autumnReview, d).Criteria[Planning].Suggestion; got == NotApplicable {
		t.Errorf("a start written 'börjat': planning %s", got)
	}
}
