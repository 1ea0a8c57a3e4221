package screen

import (
	"testing"
	"time"
)

// TestWordingVariants: case files written in wording and layouts the public set does not
// use (a note on the same line as its date, an "Analys" heading, a handover line on its
// own, five-digit phone numbers, "tackar nej"), each with the suggestion a reviewer would
// make.
func TestWordingVariants(t *testing.T) {
	utr := doc("Utredning.pdf", "Utredning enligt 11 kap. 1 § SoL\n\nBakgrund\nKlienten, född 1965, söker hjälp för sitt alkoholberoende.\n\nSocialsekreterarens analys\nKlienten har ett långvarigt och allvarligt alkoholberoende som påverkar hälsa, ekonomi och relationer. Han saknar nätverk som kan stödja honom. Mot bakgrund av detta behöver han strukturerad behandling på behandlingshem, eftersom tidigare öppenvårdsinsatser inte har räckt.\n\nFörslag till beslut\nBistånd beviljas i form av institutionsvård.")
	plan := doc("Vårdplan.pdf", "Vårdplan\n\nMål\nKlienten ska vara drogfri senast 2015-06-30. Klienten ska ha en egen bostad senast 2015-09-01.\n\nInsatser\nBehandling på Hemmet AB, tolvstegsprogram. Ansvarig: behandlare Lisa Berg. Tidsplan: 2015-02-01 – 2015-06-30.\n\nAnsvarsfördelning\nSocialtjänsten ansvarar för boendefrågan, behandlingshemmet för behandlingen.")
	jour := doc("Journal.pdf", "Journalanteckningar\n\n2015-04-10 Trepartssamtal på behandlingshemmet med klienten och behandlaren. Klienten har varit nykter sedan inskrivningen och deltar aktivt i gruppterapin. Överenskoms att fortsätta enligt planen.\n\n2015-05-02 Telefonsamtal med klienten om boende.")
	uppd := doc("Uppdrag.pdf", "Uppdrag till utförare\n\nSocialnämndens bedömning av behov\nKlienten behöver behandling för sitt alkoholberoende och stöd att skaffa bostad.\n\nUppdraget omfattar\nInstitutionsvård med tolvstegsbehandling under fem månader.\n\nMål med insatsen\nDrogfrihet och eget boende.\n\nUppföljning\nUppföljning sker genom trepartssamtal var sjätte vecka.\n\nÅterrapportering\nUtföraren ska vid avslut lämna en skriftlig sammanfattning av behandlingens resultat.\n\nAnsvarig handläggare\nKarin Lund, socialsekreterare, tel 054-12 34 56, karin.lund@kommun.se\n\nUppdraget överlämnades till utföraren 2015-01-28.")
	jour2 := doc("Journal.pdf", "Journalanteckningar\n\n2015-03-01 Uppföljning kommer att ske i maj.\n\n2015-05-20 Planerat uppföljningsmöte ställdes in då klienten var sjuk.")
	uppd2 := doc("Uppdrag.pdf", "Uppdragsbeskrivning\n\nUppdraget omfattar\nÖppenvårdsbehandling två gånger i veckan.\n\nUppföljning\nTrepartssamtal efter tre månader.\n\nÅterrapportering\nSkriftlig rapport vid avslut.\n\nÖverlämnat till utföraren 2015-02-02.")
	jour3 := doc("Journal.pdf", "Journal\n\n2015-01-10 Klienten meddelar att han inte vill påbörja behandlingen och tackar nej till insatsen. Ärendet avslutas.")
	jour4 := doc("Journal.pdf", "Journal\n\n2015-05-12\nUppföljningsmöte\nVi träffades på enheten. Klienten har minskat sitt drickande och går på samtal varje vecka. Fortsatt behandling enligt plan.")
	uppd3 := doc("Uppdrag.pdf", "Uppdragsbeskrivning\n\nBehov\nKlienten har ett omfattande missbruk av cannabis och behöver stöd för att bli drogfri och komma tillbaka till studier.\n\nUppdraget\nÖppenvård i form av individuella samtal en gång per vecka.\n\nMål\nDrogfrihet inom sex månader, mätt med urinprov.\n\nUppföljning\nVar tredje månad i trepartssamtal.\n\nÅterrapportering\nUtföraren lämnar en sammanfattning vid avslut.\n\nKontakt\nSocialsekreterare Per Ek, 0550-123 45.\n\nSkickat till Mottagningen 2015-03-03.")
	gfp := doc("Genomförandeplan.pdf", "Genomförandeplan\n\nDelmål 1: Klienten ska lämna negativa urinprov varje vecka från och med 2015-04-01.\nDelmål 2: Klienten ska ha påbörjat studier till hösten 2015.\n\nAktiviteter\nSamtal varje tisdag med behandlare Ali Omar. Urinprov tas på mottagningen måndagar.\n\nUppföljning av planen sker 2015-06-15.")
	utr3 := doc("Utredning.pdf", "Utredning\n\nBedömning\nPer bedöms vara i behov av öppenvård.\n\nBeslut\nÖppenvård beviljas.")
	jour5 := doc("Journal.pdf", "Journalanteckningar\n\n2015-06-15 Avstämning med klient och behandlare. Klienten har lämnat negativa prov sedan april och har sökt till komvux. Planen revideras med nytt mål om arbetsträning.")
	utr4 := doc("Utredning.pdf", "Utredning\n\nLäkarens bedömning\nLäkaren bedömer att patienten har ett beroendesyndrom.\n\nAUDIT\nPoäng 28, vilket bedöms som sannolikt beroende.\n\nBeslut\nÖppenvård beviljas.")
	jour6 := doc("Journal.pdf", "Journalanteckningar\n\n2015-03-01 Uppföljning ska ske om tre månader.\n\n2015-04-20 Samtal med klienten om ekonomi och avbetalningsplan.")
	jour7 := doc("Journal.pdf", "Journalanteckningar\n\n2015-09-10 Klienten skrevs in på behandlingshemmet idag. Första uppföljning planeras till 2015-12-10.")
	plan3 := doc("Vårdplan.pdf", "Vårdplan\n\nMål\nKlienten ska vara nykter 2016-03-01.\n\nInsatser\nInstitutionsvård på Gården, ansvarig behandlare Eva Ström, från 2015-09-10.")
	for _, tc := range []struct {
		name string
		docs []Document
		want [4]string // needs_assessment, planning, follow_up, assignment_description
	}{
		{"full, paraphrased", []Document{utr, plan, jour, uppd}, [4]string{Yes, Yes, Yes, Yes}},
		{"follow-up cancelled", []Document{utr, plan, jour2, uppd}, [4]string{Yes, Yes, No, Yes}},
		{"assignment lacking a, c, f", []Document{utr, plan, jour, uppd2}, [4]string{Yes, Yes, Yes, Partly}},
		// no assignment was written because the person declined first: nothing to assign
		{"declined before the start", []Document{utr, jour3}, [4]string{Yes, NotApplicable, NotApplicable, NotApplicable}},
		{"follow-up note on two lines", []Document{utr, plan, jour4, uppd}, [4]string{Yes, Yes, Yes, Yes}},
		{"genomförandeplan, conclusion-only assessment", []Document{utr3, gfp, jour5, uppd3}, [4]string{Partly, Yes, Yes, Yes}},
		{"doctor's assessment, planned follow-up, unrelated plan", []Document{utr4, jour6}, [4]string{No, No, No, No}},
		{"recent placement", []Document{utr, plan3, jour7}, [4]string{Yes, Yes, NotApplicable, No}},
	} {
		r := Screen(tc.docs, Options{ReviewDate: time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)})
		for i, k := range CriteriaKeys {
			if got := r.Criteria[k].Suggestion; got != tc.want[i] {
				t.Errorf("%s: %s = %s (%s), want %s", tc.name, k, got, r.Criteria[k].Reason, tc.want[i])
			}
		}
	}
	if r := Screen([]Document{utr, plan, jour, uppd2}, Options{ReviewDate: time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)}); len(r.Criteria[AssignmentDescription].Missing) != 3 {
		t.Errorf("missing elements: %v, want a c f", r.Criteria[AssignmentDescription].Missing)
	}
}

// TestWordingVariants2: more layouts and wordings outside the public set: an assessment
// under "Överväganden" or in the decision's "Motivering", negated and placeholder
// assessments, vague and empty plans, follow-ups with and without a date or an outcome, an
// oral assignment, and "plan" in unrelated senses.
func TestWordingVariants2(t *testing.T) {
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
