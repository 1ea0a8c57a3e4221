package screen

import "testing"

// Pages whose text was recognised from a scan (Page.OCR). Texts written for these tests.

var ocrUtredning = doc("utredning.pdf", `Utredning
Namn: Nils Berg

Bedömning
Nils har ett alkoholberoende som han inte klarat att bryta på egen hand och riskerar att
förlora sin bostad. Han behöver behandling i en miljö utan alkohol. Behandlingshemmet Ljung
tillgodoser behoven eftersom han där får dygnet runt-stöd och hjälp att ordna sin bostad.`)

var ocrJournal = doc("journal.pdf", `Journalanteckningar
2015-03-02 Beslut om behandlingshem fattat, Ljung från 2015-03-16. /EL
2015-05-20 Ringt Nils, han mår bra. /EL`)

// ocrDoc is one scanned page read by OCR.
func ocrDoc(file, text string) Document {
	return Document{File: file, Status: "ok", Pages: []Page{{Number: 1, Text: text, OCR: true}}}
}

// Guards settle's rule that "no document of the kind anywhere" is no ground for "nej"
// when a page was read by OCR: a misread title ("PLACER1NGSBEGARAN") may hide the very
// document. The same text from a text layer leaves the "nej" standing.
func TestOCRPageIsNoGroundForAbsent(t *testing.T) {
	scan := `PLACER1NGSBEGARAN
Till Behandlingshemmet Ljung
Nils Berg, fr.o.m. 2015-03-16
Var vänlig och ta emot ovanstående.`
	text := doc("skannad.pdf", scan)
	s := want(t, screenOn(t, autumnReview, ocrUtredning, ocrJournal, text), AssignmentDescription, No)
	if s.Confidence != Medium {
		t.Errorf("text layer: confidence %q, want medium", s.Confidence)
	}
	s = want(t, screenOn(t, autumnReview, ocrUtredning, ocrJournal, ocrDoc("skannad.pdf", scan)), AssignmentDescription, Unknown)
	found := false
	for _, e := range s.Evidence {
		found = found || e.Kind == KindOCR && e.File == "skannad.pdf" && e.Page == 1
	}
	if !found {
		t.Errorf("no pointer to the page read by OCR: %+v", s.Evidence)
	}
}

// Guards settle's lower confidence for a "delvis" that rests on a page read by OCR: what
// it finds missing (here the plan's dates) may be a recognition error.
func TestOCRPartlyIsUncertain(t *testing.T) {
	plan := `Vårdplan
Namn: Nils Berg
Mål: Nils ska vara nykter och ha kvar sin bostad.
Insats: Behandling på Ljung.`
	s := want(t, screenOn(t, autumnReview, ocrUtredning, ocrJournal, doc("vardplan.pdf", plan)), Planning, Partly)
	if s.Confidence != Medium {
		t.Errorf("text layer: confidence %q, want medium", s.Confidence)
	}
	s = want(t, screenOn(t, autumnReview, ocrUtredning, ocrJournal, ocrDoc("vardplan.pdf", plan)), Planning, Partly)
	if s.Confidence != Low {
		t.Errorf("OCR: confidence %q, want low", s.Confidence)
	}
}

// A scanned assignment read by OCR counts like any other text.
func TestOCRPageIsEvidence(t *testing.T) {
	scan := `UPPDRAGSBESKRIVNING
Till: Behandlingshemmet Ljung
Nämndens bedömning: Nils har ett alkoholberoende och riskerar att förlora bostaden. Han behöver behandling i en miljö utan alkohol.
Uppdraget omfattar: Boende och behandling enligt 12-stegsprogrammet, stöd att ordna bostaden.
Mål: Nils är nykter under vistelsen och har en bostad ordnad senast 2015-06-01.
Uppföljning: Trepartssamtal efter 6 veckor.
Vid avslut: Skriftlig slutrapport om måluppfyllelse inom 14 dagar.
Handläggare: Eva Lind, tel 0123-456 78, eva.lind@kommun.se
Skickad till Ljung 2015-03-03 per post.`
	want(t, screenOn(t, autumnReview, ocrUtredning, ocrJournal, ocrDoc("uppdrag_skannad.pdf", scan)), AssignmentDescription, Yes)
}
