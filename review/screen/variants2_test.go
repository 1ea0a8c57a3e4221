package screen

import (
	"testing"
	"time"
)

// TestWordingVariants2: more layouts and wordings outside the public set: an assessment
// under "Överväganden" or in the decision's "Motivering", negated and placeholder
// assessments, vague and empty plans, follow-ups with and without a date or an outcome, an
// oral assignment, and "plan" in unrelated senses.
func TestWordingVariants2(t *testing.T) {
	doc := func(file, text string) Document {
		return Document{File: file, Status: "ok", Pages: []Page{{Number: 1, Text: text}}}
	}
	plan := doc("Vårdplan.pdf", "Vårdplan\n\nMål\nKlienten ska vara drogfri senast 2015-06-30.\n\nInsatser\nBehandling på Hemmet AB. Ansvarig: behandlare Lisa Berg. Tidsplan: 2015-02-01 – 2015-06-30.")
	uppd := doc("Uppdrag.pdf", "Uppdrag till utförare\n\nSocialnämndens bedömning av behov\nKlienten behöver behandling för sitt alkoholberoende.\n\nUppdraget omfattar\nInstitutionsvård under fem månader.\n\nMål med insatsen\nDrogfrihet.\n\nUppföljning\nUppföljning sker genom trepartssamtal var sjätte vecka.\n\nÅterrapportering\nUtföraren ska vid avslut lämna en skriftlig sammanfattning.\n\nAnsvarig handläggare\nKarin Lund, tel 054-12 34 56\n\nUppdraget överlämnades till utföraren 2015-01-28.")
	jour := doc("Journal.pdf", "Journalanteckningar\n\n2015-04-10 Trepartssamtal med klienten och behandlaren. Klienten har varit nykter sedan inskrivningen. Överenskoms att fortsätta enligt planen.")
	ov := doc("Utredning.pdf", "Utredning\n\nÖverväganden\nKlienten har under lång tid missbrukat alkohol och har nu fått leverskador. Hon har inget fungerande nätverk och har misslyckats i öppenvård två gånger. Hon behöver därför en mer omfattande insats i form av behandling på institution där hon får stöd dygnet runt.\n\nBeslut\nInstitutionsvård beviljas.")
	motiv := doc("Beslut.pdf", "Beslut\n\nBeslut\nBistånd i form av öppenvård beviljas enligt 4 kap. 1 § SoL.\n\nMotivering\nSökanden har ett riskbruk av alkohol som påverkar arbetet och familjen. Hon saknar egen förmåga att bryta mönstret och behöver därför strukturerat stöd. Öppenvård bedöms tillgodose behovet eftersom hon har bostad och arbete.")
	noassess := doc("Utredning.pdf", "Utredning\n\nBedömning\nNågon bedömning har inte gjorts eftersom klienten inte har kommit på bokade besök.\n\nBeslut\nÖppenvård beviljas.")
	placeholder := doc("Utredning.pdf", "Utredning\n\nBedömning\n[Skriv bedömningen här]\n\nBeslut\nÖppenvård beviljas.")
	vague := doc("Genomförandeplan.pdf", "Genomförandeplan\n\nMål\nAtt må bättre.\n\nAktiviteter\nSamtal vid behov.")
	emptyplan := doc("Vårdplan.pdf", "Vårdplan\n\nMål\n\nInsatser\n\nAnsvarig\n\nTidsplan\n")
	nodate := doc("Uppföljning.pdf", "Uppföljning av insatsen\n\nKlienten har genomfört behandlingen och är nu drogfri. Målen är uppnådda. Insatsen avslutas.")
	dateonly := doc("Journal.pdf", "Journalanteckningar\n\n2015-05-05 Uppföljning genomförd.\n\n2015-06-01 Telefonsamtal med klienten.")
	oral := doc("Journal.pdf", "Journalanteckningar\n\n2015-02-01 Uppdraget lämnades muntligt till behandlaren på Mottagningen.\n\n2015-04-10 Avstämningsmöte på mottagningen. Klienten har gått på alla samtal och minskat drickandet.")
	plan4 := doc("Journal.pdf", "Journalanteckningar\n\n2015-02-01 Klienten har svårt med ekonomin, en avbetalningsplan upprättas med kronofogden.\n\n2015-03-10 Klienten bor på plan 4 i huset. Planerat hembesök 2015-03-20.")
	for _, tc := range []struct {
		name string
		docs []Document
		want [4]string
	}{
		{"Överväganden heading", []Document{ov, plan, jour, uppd}, [4]string{Yes, Yes, Yes, Yes}},
		{"Motivering in beslut", []Document{motiv, plan, jour, uppd}, [4]string{Yes, Yes, Yes, Yes}},
		{"negated assessment", []Document{noassess, plan, jour, uppd}, [4]string{No, Yes, Yes, Yes}},
		{"placeholder", []Document{placeholder, plan, jour, uppd}, [4]string{No, Yes, Yes, Yes}},
		{"vague plan", []Document{ov, vague, jour, uppd}, [4]string{Yes, Partly, Yes, Yes}},
		{"empty plan form", []Document{ov, emptyplan, jour, uppd}, [4]string{Yes, No, Yes, Yes}},
		{"follow-up doc without date", []Document{ov, plan, nodate, uppd}, [4]string{Yes, Yes, Partly, Yes}},
		{"follow-up done, no outcome", []Document{ov, plan, dateonly, uppd}, [4]string{Yes, Yes, Partly, Yes}},
		{"oral assignment", []Document{ov, plan, oral}, [4]string{Yes, Yes, Yes, No}},
		{"plan words only", []Document{ov, plan4}, [4]string{Yes, No, No, No}},
	} {
		r := Screen(tc.docs, Options{ReviewDate: time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)})
		for i, k := range CriteriaKeys {
			if got := r.Criteria[k].Suggestion; got != tc.want[i] {
				t.Errorf("%s: %s = %s (%s), want %s", tc.name, k, got, r.Criteria[k].Reason, tc.want[i])
			}
		}
	}
}
