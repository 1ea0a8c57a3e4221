# -*- coding: utf-8 -*-
"""Kristianstad cases"""
from common import journal_text, journal_blocks, form_section

OFF = "Kristianstads kommun - Arbete och välfärd - Vuxenenheten"
OFFH = "Kristianstads kommun · Arbete och välfärd · Vuxenenheten"
CASES = []

# ---------------------------------------------------------------- K1: HVB, two-column utredning, e-mail assignment
dnr = "SN 2015/0301"; P = "Niklas Bergström"
utr = [("title", "Utredning vuxen - missbruk"), ("kv", "Dnr:", dnr), ("kv", "Person:", P + ", 19020611-7719"),
 ("kv", "Handläggare:", "Helena Svensson"), ("kv", "Inledd:", "2015-01-12"), ("kv", "Avslutad:", "2015-02-13"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Ansökan 12/1 om behandlingshem. Tidigare aktuell 2011 (HVB 3 mån, fullföljd)."),
 ("h", "Nuläge"), ("kv", "Droger:", "Heroin rökt sedan 2013, sedan hösten 2014 intravenöst. Bensodiazepiner."),
 ("kv", "Substitution:", "Ej aktuell; har avböjt LARO-utredning."),
 ("kv", "Boende:", "Bostadslös sedan december, sover hos bekanta och på härbärget."),
 ("kv", "Hälsa:", "Abscess vänster arm, behandlad på CSK. Hepatit C-test ej gjort."),
 ("kv", "Nätverk:", "Föräldrar i Åhus, kontakt via telefon."),
 ("cb",), ("kv", "Egen syn:", "Vill bli drogfri. \"Förra gången på behandlingshem funkade.\""),
 ("h", "Utredningens slutsatser"),
 ("kv", "Överväganden:", "Niklas missbruk har eskalerat till intravenöst heroinbruk, han är bostadslös och har somatiska komplikationer. Han har tidigare lyckats fullfölja behandling på HVB och blev då drogfri i ett år. Han avböjer substitutionsbehandling."),
 ("kv", "Behov:", "Niklas behöver abstinensbehandling och ett drogfritt boende med behandling för opiatberoende, somatisk vård (sår, hepatitprovtagning) och hjälp med bostad och sysselsättning efter behandlingen."),
 ("kv", "Slutsats:", "Behoven kan inte tillgodoses i öppenvård så länge han är bostadslös och injicerar. Förvaltningen bedömer att placering på Vångagårdens HVB (opiatinriktning, sjuksköterska, utslussningsboende) under ca sex månader är den insats som motsvarar behoven."),
 ("kv", "Förslag:", "4 kap. 1 § SoL, Vångagården 2015-02-23 -- 2015-08-21."), ("sig", "Helena Svensson, socialsekreterare")]
mail = [("small", "Utskrift e-post"), ("kv", "Från:", "Helena Svensson <helena.svensson@kristianstad.example.se>"),
 ("kv", "Till:", "Vångagården HVB <intag@vangagarden.example.se>"), ("kv", "Skickat:", "2015-02-18 10:12"),
 ("kv", "Ämne:", "Uppdragsbeskrivning Niklas Bergström, dnr SN 2015/0301"), ("sp",),
 ("p", "Hej Marie, enligt vårt samtal igår skickar jag här uppdragsbeskrivningen inför inskrivningen 23/2."),
 ("kv", "Beslut:", "2015-02-17, 4 kap. 1 § SoL, 2015-02-23 -- 2015-08-21."),
 ("kv", "Bedömning av behov:", "Abstinensbehandling, drogfritt boende med behandling för opiatberoende, somatisk vård (sår, hepatitprov), hjälp med bostad och sysselsättning efter behandlingen."),
 ("kv", "Uppdrag:", "Boende och behandling, samverkan med beroendemottagningen för abstinens, SSK-kontakt, utslussning."),
 ("kv", "Mål:", "Drogfri under placeringen; hepatitprov tagna senast 2015-03-31; bostad (försökslägenhet) ordnad senast 2015-08-01."),
 ("kv", "Uppföljning:", "Trepartssamtal var 6:e vecka, Vångagården skickar genomförandeplan inom 3 veckor."),
 ("kv", "Vid avslut:", "Slutrapport/utskrivningsmeddelande: måluppfyllelse, prover, eftervårdsförslag. Avbrott meddelas direkt per telefon."),
 ("sig", "Hälsningar\nHelena Svensson\nSocialsekreterare, Vuxenenheten\nKristianstads kommun\nTfn 044-13 52 18")]
vp = [("small", OFFH), ("title", "Vårdplan"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Datum:", "2015-03-12"),
 ("p", "Vid mötet på Vångagården 12/3 deltog Niklas, hans kontaktperson Marie Holm och handläggaren Helena Svensson. Vi kom överens om att Niklas ska vara drogfri under hela placeringen, vilket kontrolleras med urinprov två gånger i veckan som Vångagården ansvarar för. Hepatitprov ska vara taget senast den 31 mars (SSK på Vångagården bokar). Från 1 juni ska Niklas praktisera tre dagar i veckan på Vångagårdens verkstad. Handläggaren ansöker om försökslägenhet i maj så att bostad finns senast den 1 augusti. Uppföljning sker genom trepartssamtal i april och juni."),
 ("sig", "Niklas Bergström / Marie Holm / Helena Svensson")]
slut = [("small", "Vångagården HVB"), ("title", "UTSKRIVNINGSMEDDELANDE"), ("kv", "Klient:", P), ("kv", "Uppdragsgivare:", "Kristianstads kommun, Helena Svensson"),
 ("kv", "Inskriven / utskriven:", "23/2 2015 / 21/8 2015"),
 ("kv", "Drogfrihet:", "Ett positivt prov (bensodiazepiner) i april, därefter negativa."),
 ("kv", "Hälsa:", "Hepatit C-prov 19/3: negativt. Abscessen läkt."),
 ("kv", "Sysselsättning:", "Praktik i verkstaden 3 dgr/v sedan 1/6."),
 ("kv", "Boende:", "Försökslägenhet Kristianstad fr.o.m. 15/8."),
 ("kv", "Förslag:", "Eftervård i öppenvård med prover minst 6 månader."), ("sig", "Marie Holm, behandlare, 2015-08-24")]
jr = journal_text(OFF, dnr, P, [
 ("2015-01-12", "Besök", "HSV", [("Aktuellt:", "Ansökan HVB.")]),
 ("2015-02-17", "Beslut", "HSV", [("Aktuellt:", "Beslut Vångagården."), ("Ansvar:", "Handl. mejlar uppdragsbeskrivning.")]),
 ("2015-02-18", "Utgående", "HSV", [("Aktuellt:", "Uppdragsbeskrivning mejlad till Vångagården, mottagen av Marie Holm.")]),
 ("2015-04-22", "Trepartssamtal", "HSV", [("Resultat:", "Ett återfall bensodiazepiner 7/4, i övrigt drogfri. Hepatitprov taget 19/3, negativt."), ("Slutsats:", "Fortsätter enl. vårdplan.")]),
 ("2015-06-17", "Trepartssamtal", "HSV", [("Resultat:", "Drogfri sedan april. Praktik startad 1/6. Ansökan försökslägenhet beviljad, tillträde 15/8."), ("Slutsats:", "Utskrivning 21/8 enl. plan.")]),
 ("2015-08-25", "Inkommande", "HSV", [("Aktuellt:", "Utskrivningsmeddelande inkommet.")]),
], "2015-09-28")
CASES.append(dict(id="kristianstad_SN-2015-0301", committee="Kristianstad", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="reportlab", layout="two-column", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="uppdragsbeskrivning_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="libreoffice-docx", blocks=mail),
 dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-rtf", header=OFFH, blocks=vp),
 dict(file="utskrivningsmeddelande.pdf", type="slutrapport/utskrivningsmeddelande", producer="reportlab", serif=True, header="Vångagården HVB", blocks=slut),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SN 2015/0301", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Utredningens slutsatser: needs and why Vångagården rather than öppenvård.", markers=["Vångagårdens HVB (opiatinriktning", "Bedömning av behov:"]),
  planning=dict(label="ja", why="Free-text vårdplan with dated goals, responsible and time.", markers=["Hepatitprov ska vara taget senast den 31 mars"]),
  follow_up=dict(label="ja", why="Trepartssamtal 2015-04-22 and 2015-06-17 with results; utskrivningsmeddelande with outcomes.",
     markers=["Ett återfall bensodiazepiner 7/4", "UTSKRIVNINGSMEDDELANDE"]),
  assignment_description=dict(label="ja", why="E-mail 2015-02-18 holds all a-f; sent date and journal record (g).", markers=["Uppdragsbeskrivning Niklas Bergström", "Uppdragsbeskrivning mejlad till Vångagården"], present="abcdefg"))))

# ---------------------------------------------------------------- K2: conclusion only, no plan, follow-up without outcome, no assignment
dnr = "IFO 2014/0655"; P = "Camilla Holm"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Robert Nyberg"),
 ("kv", "Datum:", "den 28 november 2014"),
 ("h", "Aktuellt"), ("kv", "Ansökan:", "Camilla ansöker om samtalsstöd för alkohol 141103."),
 ("kv", "Uppgifter:", "Dricker vin flera kvällar i veckan. Arbetar som lärare. Två barn i tonåren."),
 ("kv", "AUDIT:", "16 p."),
 ("h", "Beslutsunderlag"), ("kv", "Slutsats:", "Camilla bedöms vara i behov av öppenvård."),
 ("sig", "Robert Nyberg")]
beslut = [("small", OFFH), ("title", "Beslut"), ("kv", "Dnr:", dnr), ("kv", "Person:", P),
 ("kv", "Beslut:", "Öppenvård enligt 4 kap. 1 § SoL vid Alkoholmottagningen Kristianstad (kommunal öppenvård), 2014-12-08 -- 2015-06-30."),
 ("kv", "Datum:", "2014-12-02"), ("kv", "Beslutsfattare:", "Robert Nyberg")]
jr = journal_text(OFF, dnr, P, [
 ("141103", "Ansökan", "RNY", [("Aktuellt:", "Camilla ringer, vill ha samtal om alkohol.")]),
 ("141202", "Beslut", "RNY", [("Aktuellt:", "Öppenvård Alkoholmottagningen beviljad."), ("Ansvar:", "Camilla ringer själv mottagningen och bokar tid.")]),
 ("141210", "Telefon", "RNY", [("Aktuellt:", "Mottagningen bekräftar att C. börjat. Plan: fortsatt kontakt med mottagningen enl. beslut. GFP kommer att upprättas där.")]),
 ("150220", "Anteckning", "RNY", [("Aktuellt:", "C. har bett om avbetalningsplan för en skuld till kommunen (barnomsorgsavgift), hänvisad till ekonomienheten.")]),
 ("150610", "Uppföljning", "RNY", [("Aktuellt:", "Uppf. genomförd 150610 med C. och behandlaren på mottagningen.")]),
 ("150701", "Avslut", "RNY", [("Aktuellt:", "Insatsen upphört 150630 enl. beslut. Ärendet avslutas.")]),
], "2015-09-21")
CASES.append(dict(id="kristianstad_IFO-2014-0655", committee="Kristianstad", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr),
 dict(file="beslut.pdf", type="beslut", producer="reportlab", header=OFFH, blocks=beslut),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal IFO 2014/0655", text=jr)],
 crit=dict(
  needs_assessment=dict(label="delvis", why="Only the conclusion 'bedöms vara i behov av öppenvård' without the needs or why.", markers=["Camilla bedöms vara i behov av öppenvård"]),
  planning=dict(label="nej", why="No plan in the file; only 'GFP kommer att upprättas' and an unrelated avbetalningsplan."),
  follow_up=dict(label="delvis", why="Journal 150610 records that a follow-up took place but gives no outcome.", markers=["Uppf. genomförd 150610"]),
  assignment_description=dict(label="nej", why="No written assignment: the decision only names the provider and the client books herself.", present="", none=True))))

# ---------------------------------------------------------------- K3: placeholder assessment, scanned slutrapport, no written assignment
dnr = "2015-000033"; P = "Björn Hansson"
utr = [("small", OFFH), ("title", "Utredning enligt 11 kap. 1 § SoL"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Therese Möller"),
 ("kv", "Datum:", "2015-01-23"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Ansökan 150107 om behandlingshem efter avgiftning på CSK."),
 ("h", "Uppgifter"), ("kv", "Alkohol:", "Periodsupande, perioder 2-3 veckor. Senast december 2014."),
 ("kv", "Boende:", "Egen lägenhet Näsby."), ("kv", "Familj:", "Särbo."),
 ("h", "Beslutsunderlag"), ("p", "[Skriv nämndens bedömning här]"),
 ("kv", "Förslag:", "Behandling HVB Ekhagen 2015-02-02 -- 2015-05-29."), ("sig", "Therese Möller")]
beslut = [("small", OFFH), ("title", "Beslut"), ("kv", "Dnr:", dnr), ("kv", "Person:", P),
 ("kv", "Beslut:", "Bistånd 4 kap. 1 § SoL, behandling HVB Ekhagen 2015-02-02 -- 2015-05-29."), ("kv", "Datum:", "2015-01-27"),
 ("kv", "Beslutsfattare:", "Therese Möller")]
vp = [("small", OFFH), ("title", "Vårdplan"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Datum:", "2015-02-12"),
 ("h", "Mål"), ("bul", ["Nykter under placeringen (blåsprov dagligen, Ekhagen) 2/2 -- 29/5 2015.",
  "Återfallsplan skriftligt klar senast 30 april 2015 (Björn och kontaktperson Ulf Sten).",
  "Kontakt med AA i Kristianstad före utskrivning, senast 15 maj 2015 (Björn, Ekhagen skjutsar).",
  "Eftervård beslutad senast 22 maj 2015 (handläggare Therese Möller)."]),
 ("kv", "Uppföljning:", "Trepartssamtal i mars och maj."), ("sig", "Björn Hansson / Ulf Sten / Therese Möller")]
slut = [("small", "HVB Ekhagen"), ("title", "Slutrapport"), ("kv", "Klient:", P), ("kv", "Till:", "Kristianstads kommun, Therese Möller"),
 ("kv", "Behandlingstid:", "2015-02-02 -- 2015-05-29"), ("kv", "Datum:", "2015-06-03"),
 ("kv", "Nykterhet:", "Nykter hela behandlingstiden, inga positiva blåsprov."),
 ("kv", "Återfallsplan:", "Klar 2015-04-24."), ("kv", "AA:", "Har besökt AA-gruppen i Kristianstad två gånger i maj."),
 ("kv", "Rekommendation:", "Eftervård i öppenvård, samtal varannan vecka i 6 mån."), ("sig", "Ulf Sten, behandlare")]
jr = journal_text(OFF, dnr, P, [
 ("150107", "Ansökan", "TM", [("Aktuellt:", "Ansökan HVB.")]),
 ("150127", "Beslut", "TM", [("Aktuellt:", "Beslut HVB Ekhagen."), ("Ansvar:", "Placeringsbegäran skickas när plats bekräftats.")]),
 ("150129", "Telefon", "TM", [("Aktuellt:", "Ekhagen bekräftar plats 2/2. Muntlig överenskommelse om upplägg per telefon med Ulf Sten.")]),
 ("150212", "Vårdplanering", "TM", [("Aktuellt:", "Vårdplan upprättad på Ekhagen.")]),
 ("150318", "Trepartssamtal", "TM", [("Resultat:", "Björn nykter, trivs, arbetar med återfalsplanen."), ("Slutsats:", "Fortsätter.")]),
 ("150608", "Inkommande", "TM", [("Aktuellt:", "Slutrapport från Ekhagen inkommen (scannad till akten).")]),
], "2015-09-22")
CASES.append(dict(id="kristianstad_2015-000033", committee="Kristianstad", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", header=OFFH, blocks=utr),
 dict(file="beslut.pdf", type="beslut", producer="libreoffice-docx", header=OFFH, blocks=beslut),
 dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-rtf", header=OFFH, blocks=vp),
 dict(file="slutrapport_ekhagen_scan.pdf", type="slutrapport (inskannad)", producer="scan", header="HVB Ekhagen", blocks=slut, angle=-0.7),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal 2015-000033", text=jr)],
 crit=dict(
  needs_assessment=dict(label="nej", why="Beslutsunderlag holds only a template placeholder; decision without reasons."),
  planning=dict(label="ja", why="Vårdplan with dated goals (bullets), responsible persons.", markers=["Återfallsplan skriftligt klar senast 30 april 2015"]),
  follow_up=dict(label="ja", why="Trepartssamtal 150318 with outcome; scanned slutrapport 2015-06-03 with results.",
     markers=["Björn nykter, trivs"], scan_pages=[("slutrapport_ekhagen_scan.pdf", 1)]),
  assignment_description=dict(label="nej", why="Journal says a placeringsbegäran will be sent; only an oral agreement by phone is recorded.", present="", none=True))))

# ---------------------------------------------------------------- K4: conclusion only, vague bullet plan, no follow-up, form missing a and g
dnr = "SOC 2015/77"; P = "Mehmet Yilmaz"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Sara Ek"), ("kv", "Datum:", "2015-03-05"),
 ("h", "Aktuellt"), ("kv", "Ansökan:", "Ansökan 150209 om stöd, cannabis och alkohol."),
 ("kv", "Uppgifter:", "28 år, bor själv, arbetar på lager (natt). Röker cannabis efter nattpassen."),
 ("kv", "DUDIT:", "14 p."),
 ("h", "Yttrande"), ("kv", "Slutsats:", "Mehmet bedöms vara i behov av öppenvård vid Öppenvårdsenheten."), ("sig", "Sara Ek")]
best = [("small", OFFH), ("title", "Beställning av öppenvårdsinsats"), ("kv", "Utförare:", "Öppenvårdsenheten Kristianstad"), ("kv", "Dnr:", dnr),
 ("kv", "Klient:", P), ("kv", "Beslut:", "2015-03-10, 4 kap. 1 § SoL, 150316 -- 150915")]
form_section(best, "Bedömning", [("", "Se beslut.")])
form_section(best, "Uppdrag", [("", "Motiverande samtal varannan vecka, urinprov.")])
form_section(best, "Mål", [("", "Drogfri fr.o.m. juni 2015.")])
form_section(best, "Uppföljning", [("", "Uppföljningsmöte efter 3 månader.")])
form_section(best, "Återrapportering vid avslut", [("", "Kort skriftlig sammanfattning om hur målen uppnåtts.")])
form_section(best, "Handläggare", [("", "Sara Ek, 044-13 60 71, sara.ek@kristianstad.example.se")])
gfp = [("small", "Öppenvårdsenheten Kristianstad"), ("title", "Genomförandeplan"), ("kv", "Klient:", P),
 ("h", "Mål"), ("bul", ["Bli drogfri", "Må bättre", "Bättre sömn"]),
 ("h", "Vad ska göras"), ("bul", ["MI-samtal", "Urinprov", "Prata om sömn och nattarbete"]),
 ("sig", "Mehmet Yilmaz / Jonas Falk")]
jr = journal_text(OFF, dnr, P, [
 ("150209", "Ansökan", "SEK", [("Aktuellt:", "Ansökan inkommen, besök bokat.")]),
 ("150310", "Beslut", "SEK", [("Aktuellt:", "Beslut öppenvård Öppenvårdsenheten.")]),
 ("150316", "Info", "SEK", [("Aktuellt:", "Kl. har påbörjat samtal hos Jonas Falk.")]),
 ("150821", "Anteckning", "SEK", [("Aktuellt:", "Ingen uppf. gjord av insatsen, uppföljningsmöte aldrig bokat p.g.a. hög arbetsbelastning."),
   ("Slutsats:", "Handl. kontaktar öppenvården efter semestern. Förlängning övervägs.")]),
 ("150914", "Beslut", "SEK", [("Aktuellt:", "Förlängning 150916-160315 på kl:s begäran.")]),
], "2015-09-30")
CASES.append(dict(id="kristianstad_SOC-2015-77", committee="Kristianstad", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="reportlab", header=OFFH, blocks=utr),
 dict(file="bestallning.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", header=OFFH, blocks=best),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="reportlab", header="Öppenvårdsenheten Kristianstad", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SOC 2015/77", text=jr)],
 crit=dict(
  needs_assessment=dict(label="delvis", why="Yttrande holds only the conclusion 'bedöms vara i behov av öppenvård' without needs or reasons.", markers=["Mehmet bedöms vara i behov av öppenvård"]),
  planning=dict(label="delvis", why="Genomförandeplan with vague, undated goals and no who/when.", markers=["Prata om sömn och nattarbete"]),
  follow_up=dict(label="nej", why="Journal 150821: no follow-up made, meeting never booked."),
  assignment_description=dict(label="delvis", why="Beställning form has content, goal, follow-up, reporting and officer's contacts, but no assessment ('Se beslut') and no record of when it was handed over.",
     markers=["Beställning av öppenvårdsinsats"], present="bcdef"))))
