# -*- coding: utf-8 -*-
"""Varberg cases"""
from common import journal_text, journal_blocks, form_section

OFF = "Varbergs kommun - Individ- och familjeomsorgen - Beroendeenheten"
OFFH = "Varbergs kommun · Individ- och familjeomsorgen · Beroendeenheten"
CASES = []

# ---------------------------------------------------------------- V1: no assessment, rotated vårdplan page, a missing
dnr = "SN 2014/0377"; P = "Anders Nilsson"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P + " (19010830-5537)"), ("kv", "Handläggare:", "Maria Holmqvist"),
 ("kv", "Datum:", "2014-05-16"),
 ("h", "Aktuellt"), ("kv", "Ansökan:", "Ansökan om behandlingshem 140428."),
 ("h", "Anders berättar"), ("p", "Anders säger att han druckit mycket sedan han blev av med jobbet på pappersbruket. \"Jag behöver komma bort härifrån några månader, annars dör jag.\" Han vill helst till Kustgården där en kompis varit."),
 ("h", "Test"), ("kv", "AUDIT:", "35 p (2014-05-05). Resultatet indikerar troligt alkoholberoende enligt manualen."),
 ("h", "Bedömning"), ("p", "[ ]"),
 ("sig", "Maria Holmqvist, socialsekreterare")]
beslut = [("small", OFFH), ("title", "Beslut"), ("kv", "Dnr:", dnr), ("kv", "Namn:", P),
 ("kv", "Beslut:", "Bifall. Institutionsvård vid Kustgårdens HVB 2014-06-02 -- 2014-10-31, 4 kap. 1 § SoL."),
 ("kv", "Datum:", "2014-05-21"), ("kv", "Beslutsfattare:", "Maria Holmqvist")]
pb = [("small", OFFH), ("title", "Placeringsbegäran"), ("kv", "Till:", "Kustgårdens HVB, Träslövsläge"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("kv", "Beslut:", "140521"), ("kv", "Period:", "140602 -- 141031")]
form_section(pb, "Nämndens bedömning", "")
form_section(pb, "Uppdragets innehåll", [("Insats:", "Boende och alkoholbehandling, ÅP-grupp, individuella samtal, arbetsförberedande aktiviteter.")])
form_section(pb, "Mål", [("Mål:", "Nykter under placeringen; en plan för sysselsättning (kontakt Arbetsförmedlingen) klar före utskrivning 31/10.")])
form_section(pb, "Uppföljning", [("Form:", "Trepartsmöte efter 6 v. och inför utskrivning; kontaktperson ringer handläggaren vid återfall.")])
form_section(pb, "Rapport vid avslut", [("Innehåll:", "Slutrapport med måluppfyllelse och eftervårdsförslag.")])
form_section(pb, "Handläggare", [("Namn:", "Maria Holmqvist, 0340-69 71 15, maria.holmqvist@varberg.example.se")])
form_section(pb, "Skickad", [("Datum:", "2014-05-23")])
vp = [("small", OFFH), ("title", "Vårdplan HVB"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Upprättad:", "den 12 juni 2014, Kustgården"),
 ("table", [["Mål", "Insats", "Ansvarig", "När"],
  ["Nykter", "Alkotest dagligen, ÅP-grupp 3 ggr/v", "Kustgården (Leif Strand)", "2014-06-02 -- 2014-10-31"],
  ["Sysselsättningsplan", "Möte med Arbetsförmedlingen", "Handl. / Anders", "senast 2014-09-30"],
  ["Kontakt med dottern", "Dottern bjuds in till anhörighelg", "Anders / Leif Strand", "augusti 2014"]], [0.25, 0.35, 0.2, 0.2]),
 ("kv", "Uppföljning:", "Trepartsmöte v. 29 och v. 42."), ("sig", "Anders Nilsson / Leif Strand / Maria Holmqvist")]
jr = journal_text(OFF, dnr, P, [
 ("2014-04-28", "Ansökan", "MHO", [("Aktuellt:", "Ansökan HVB.")]),
 ("2014-05-21", "Beslut", "MHO", [("Aktuellt:", "Bifall HVB Kustgården.")]),
 ("2014-05-23", "Utgående", "MHO", [("Aktuellt:", "Placeringsbegäran skickad till Kustgården.")]),
 ("2014-06-02", "Inskrivning", "MHO", [("Aktuellt:", "Kl. inskriven Kustgården. SSK gör inskrivningssamtal.")]),
 ("2014-07-16", "Återkoppling från behandlingshemmet", "MHO", [("Aktuellt:", "Trepartsmöte på Kustgården, Kl., Leif Strand, handl."),
   ("Resultat:", "Kl. nykter sedan inskrivning, går i ÅP-grupp, har haft ett möte med AF. Dottern kommer på anhörighelg i aug."),
   ("Slutsats:", "Fortsatt enligt vårdplanen.")]),
 ("2014-10-15", "Utvärderingsmöte", "MHO", [("Resultat:", "Kl. har haft ett återfall i september, i övrigt nykter. Praktikplats via AF från 3/11 klar."),
   ("Slutsats:", "Utskrivning 31/10, eftervård i öppenvård.")]),
], "2015-09-17")
CASES.append(dict(id="varberg_SN-2014-0377", committee="Varberg", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", header=OFFH, blocks=utr),
 dict(file="beslut.pdf", type="beslut", producer="libreoffice-docx", header=OFFH, blocks=beslut),
 dict(file="placeringsbegaran.pdf", type="uppdragsbeskrivning", producer="libreoffice-rtf", header=OFFH, blocks=pb),
 dict(file="vardplan.pdf", type="vårdplan", producer="reportlab", layout="rotated", header=OFFH, blocks=vp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SN 2014/0377", text=jr)],
 rotate=[dict(file="vardplan.pdf", page=1)],
 crit=dict(
  needs_assessment=dict(label="nej", why="Bedömning heading holds only a template placeholder; only the client's own words and an AUDIT result; decision 'Bifall' without reasons."),
  planning=dict(label="ja", why="Vårdplan table (page stored rotated 90°) with goals, activities, responsible and dates.", markers=["Sysselsättningsplan"]),
  follow_up=dict(label="ja", why="Journal 2014-07-16 (återkoppling från behandlingshemmet) and 2014-10-15 utvärderingsmöte with outcomes.",
     markers=["Kl. nykter sedan inskrivning, går i ÅP-grupp"]),
  assignment_description=dict(label="delvis", why="Placeringsbegäran has all elements except the committee's assessment (heading empty).", markers=["Uppdragets innehåll", "Placeringsbegäran skickad till Kustgården"], present="bcdefg"))))

# ---------------------------------------------------------------- V2: follow-up cancelled
dnr = "IFO 2015/0019"; P = "Fredrik Lundin"
utr = [("small", OFFH), ("title", "Utredning enl. 11 kap. 1 § SoL"), ("kv", "Dnr:", dnr), ("kv", "Namn:", P), ("kv", "Handläggare:", "Johanna Kvist"),
 ("kv", "Inledd / avslutad:", "2015-01-08 / 2015-02-05"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Orosanmälan från Frivården 150105 (cannabis, villkorlig dom). Fredrik ansöker 150108 om öppenvård."),
 ("h", "Uppgifter"), ("kv", "Droger:", "Cannabis dagligen sedan 16 års ålder, nu 24 år. Spice tidigare."),
 ("kv", "Boende:", "Bor hos mamma."), ("kv", "Sysselsättning:", "Ingen; inskriven på Arbetsförmedlingen."),
 ("h", "Handläggarens slutsats"),
 ("kv", "Överväganden:", "Fredrik har använt cannabis dagligen i åtta år och har aldrig haft arbete. Villkoren i domen ställer krav på drogfrihet. Han bor stabilt och har en mamma som stöttar."),
 ("kv", "Slutsats:", "Det som krävs är att Fredrik får hjälp att sluta med cannabis, kontroll genom provtagning och ett steg mot sysselsättning. Öppenvårdens ungdomsprogram (18-25 år) med samtal, prover och samverkan med Arbetsförmedlingen är rätt nivå; han klarar vardagen hemma."),
 ("sig", "Johanna Kvist")]
best = [("small", OFFH), ("title", "Beställning av öppenvårdsinsats"), ("kv", "Utförare:", "Öppenvården Varberg, ungdomsteamet"),
 ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Beslut:", "2015-02-10, 4 kap. 1 § SoL"), ("kv", "Period:", "2015-02-16 -- 2015-08-31")]
form_section(best, "Nämndens bedömning", [("Sammanfattning:", "Dagligt cannabisbruk i åtta år, villkorlig dom med krav på drogfrihet, saknar sysselsättning. Behöver hjälp att sluta, provkontroll och steg mot sysselsättning.")])
form_section(best, "Uppdrag", [("Insats:", "Ungdomsprogram: samtal 1 ggr/v, urinprov 2 ggr/v, samverkan med AF.")])
form_section(best, "Mål", [("Mål:", "Drogfri fr.o.m. april 2015; i praktik/studier senast 2015-08-31.")])
form_section(best, "Uppföljning", [("Form:", "Uppföljningsmöte efter 3 månader; utföraren skickar provsammanställning.")])
form_section(best, "Återrapportering", [("Vid avslut:", "Avslutsrapport: måluppfyllelse, provresultat, förslag.")])
form_section(best, "Handläggare", [("Namn:", "Johanna Kvist, 0340-69 72 03, johanna.kvist@varberg.example.se")])
form_section(best, "Överlämnad", [("Datum:", "2015-02-11 via e-post")])
gfp = [("small", "Öppenvården Varberg · Ungdomsteamet"), ("title", "Genomförandeplan"), ("kv", "Klient:", P), ("kv", "Datum:", "2015-02-26"),
 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
  ["Negativa prov", "Urinprov mån/tors", "Behandlare Rasmus Ek", "fr.o.m. 2015-04-01"],
  ["Sluta röka cannabis", "Samtal tisdagar kl 14, CANDIS", "Fredrik / Rasmus Ek", "2015-03-03 -- 2015-06-30"],
  ["Praktik eller studier", "Trepartsmöte med AF", "Rasmus Ek kallar", "senast 2015-05-15"]], [0.25, 0.3, 0.25, 0.2]),
 ("sig", "Fredrik Lundin / Rasmus Ek")]
jr = journal_text(OFF, dnr, P, [
 ("150105", "Orosanmälan", "JK", [("Aktuellt:", "Från Frivården.")]),
 ("150210", "Beslut", "JK", [("Aktuellt:", "Öppenvård ungdomsteamet beviljad.")]),
 ("150211", "Utgående", "JK", [("Aktuellt:", "Beställning mejlad till Öppenvården.")]),
 ("150216", "Start", "JK", [("Aktuellt:", "Kl. har börjat enl. Rasmus Ek.")]),
 ("150528", "Telefon", "JK", [("Aktuellt:", "Uppföljningsmöte bokat 150610 kl. 13 på Öppenvården.")]),
 ("150610", "Inställt", "JK", [("Aktuellt:", "Uppföljningsmötet inställt, Kl. sjuk. Ny tid ej bokad p.g.a. semester.")]),
 ("150824", "Beslut", "JK", [("Aktuellt:", "Förlängning 150901-160229 efter tel. med Rasmus Ek."), ("Tidpunkt:", "Uppföljning planeras till november.")]),
], "2015-09-29")
CASES.append(dict(id="varberg_IFO-2015-0019", committee="Varberg", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="reportlab", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="bestallning.pdf", type="uppdragsbeskrivning", producer="libreoffice-rtf", header=OFFH, blocks=best),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-docx", header="Öppenvården Varberg", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal IFO 2015/0019", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Handläggarens slutsats (no 'behov'): what is required and why the youth programme is the right level.", markers=["Det som krävs är att Fredrik får hjälp att sluta", "Behöver hjälp att sluta, provkontroll"]),
  planning=dict(label="ja", why="Genomförandeplan table with dated goals, responsible and times.", markers=["Sluta röka cannabis"]),
  follow_up=dict(label="nej", why="Follow-up booked 150610 but cancelled; next only planned for November."),
  assignment_description=dict(label="ja", why="Beställning with all a-g (handed over 2015-02-11 by e-mail).", markers=["Beställning av öppenvårdsinsats", "Beställning mejlad till Öppenvården"], present="abcdefg"))))

# ---------------------------------------------------------------- V3: separate + assembled, empty plan form, undated report, letter missing d,e
dnr = "2015-000095"; P = "Kristina Wallin"
beslut = [("small", OFFH), ("title", "BESLUT om bistånd"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Datum:", "2015-02-27"),
 ("kv", "Beslut:", "Bistånd enligt 4 kap. 1 § SoL: behandling vid Åsgårdens behandlingshem 2015-03-09 -- 2015-07-31."),
 ("h", "Skäl för beslutet"),
 ("p", "Kristina har ett långvarigt alkoholberoende och har under 2014 vårdats tre gånger för avgiftning. Hon har två barn (10 och 13 år) som nu bor hos sin pappa. Hon saknar ett nyktert socialt nätverk och har inte klarat att hålla sig nykter efter öppenvård hösten 2014. För att kunna bli nykter och återta föräldraskapet behöver hon en period i en drogfri miljö med behandling, stöd i föräldrarollen och planering av eftervård. Åsgården har ett program för mödrar med missbruk och kan ta emot barnen på besök; insatsen bedöms därför motsvara hennes behov."),
 ("kv", "Beslutsfattare:", "Karl Bengtsson, 1:e socialsekreterare"), ("small", "Överklagandehänvisning bifogas.")]
brev = [("small", OFFH), ("p", "Åsgårdens behandlingshem\nAtt: Inskrivningen\nBox 12, 432 00 Varberg"), ("kv", "Datum:", "2015-03-02"),
 ("title", "Uppdrag avseende placering - Kristina Wallin"),
 ("p", "Härmed lämnas uppdrag enligt beslut 2015-02-27 (dnr 2015-000095) om behandling för Kristina Wallin under perioden 2015-03-09 -- 2015-07-31."),
 ("kv", "Vår bedömning:", "Kristina behöver en period i drogfri miljö med alkoholbehandling, stöd i föräldrarollen och planering av eftervård för att bli nykter och kunna återta föräldraskapet."),
 ("kv", "Uppdraget:", "Boende och behandling, föräldrastöd, barnbesök enligt överenskommelse med pappan."),
 ("kv", "Mål:", "Nykter under placeringen; barnen har regelbunden kontakt med Kristina varannan helg från maj."),
 ("p", "Kontakta mig vid frågor. Brevet skickas per post och i kopia till Kristina."),
 ("sig", "Med vänlig hälsning\nKarl Bengtsson, 1:e socialsekreterare\nTel 0340-69 70 44, karl.bengtsson@varberg.example.se")]
vp = [("small", OFFH), ("title", "Vårdplan"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], [0.3, 0.3, 0.2, 0.2]),
 ("kv", "Uppföljning:", ""), ("kv", "Underskrift klient:", ""), ("kv", "Underskrift handläggare:", "")]
delr = [("small", "Åsgårdens behandlingshem"), ("title", "Rapport till socialtjänsten"), ("kv", "Angående:", P),
 ("h", "Hur har det gått"),
 ("kv", "Nykterhet:", "Kristina har varit nykter sedan inskrivningen, alla blåsprov negativa."),
 ("kv", "Behandling:", "Deltar i mödragruppen och har individuella samtal varje vecka."),
 ("kv", "Barnen:", "Barnen har besökt henne tre helger. Fungerar bra enligt pappan."),
 ("kv", "Framåt:", "Vi ser gärna att eftervården planeras i god tid innan utskrivning."),
 ("sig", "Åsgårdens behandlingshem\nBehandlingsansvarig Siv Olsson")]
jr = journal_text(OFF, dnr, P, [
 ("2015-01-20", "Ansökan", "KB", [("Aktuellt:", "Kl. ansöker om behandlingshem.")]),
 ("2015-02-27", "Beslut", "KB", [("Aktuellt:", "Beslut Åsgården, se beslut.")]),
 ("2015-03-02", "Utgående", "KB", [("Aktuellt:", "Uppdragsbrev skickat till Åsgården per post.")]),
 ("2015-03-09", "Inskrivning", "KB", [("Aktuellt:", "Kl. inskriven. Vårdplansmall skickad till Åsgården.")]),
 ("2015-07-31", "Utskrivning", "KB", [("Aktuellt:", "Kl. utskriven, flyttar hem. Eftervård ansökt.")]),
], "2015-09-25")
CASES.append(dict(id="varberg_2015-000095", committee="Varberg", dnr=dnr, scenario="", docs=[
 dict(file="beslut.pdf", type="beslut", producer="libreoffice-rtf", header=OFFH, blocks=beslut),
 dict(file="uppdragsbrev.pdf", type="uppdragsbeskrivning (brev)", producer="reportlab", serif=True, header=OFFH, blocks=brev),
 dict(file="vardplan.pdf", type="vårdplan (tom mall)", producer="libreoffice-docx", header=OFFH, blocks=vp),
 dict(file="rapport_asgarden.pdf", type="behandlingsrapport (odaterad)", producer="reportlab", header="Åsgårdens behandlingshem", blocks=delr),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal 2015-000095", text=jr)],
 unite=[dict(file="akt_2015-000095_komplett.pdf", type="akt (sammanställd: samtliga dokument ovan)",
             parts=["beslut.pdf", "uppdragsbrev.pdf", "vardplan.pdf", "rapport_asgarden.pdf", "journal.pdf"])],
 crit=dict(
  needs_assessment=dict(label="ja", why="The decision's 'Skäl för beslutet' states her needs and why Åsgården meets them.", markers=["kan ta emot barnen på besök", "Kristina behöver en period i drogfri miljö"]),
  planning=dict(label="nej", why="Vårdplan is a template with every field empty."),
  follow_up=dict(label="delvis", why="The HVB's report gives an outcome but carries no date, and the journal records no follow-up.", markers=["Rapport till socialtjänsten"]),
  assignment_description=dict(label="delvis", why="Letter (dated 2015-03-02, journal records sending) has assessment, content, goals and contact details but nothing on follow-up or report at the end (d, e).",
     markers=["Uppdrag avseende placering", "Uppdragsbrev skickat till Åsgården"], present="abcfg"))))

# ---------------------------------------------------------------- V4: Analys, free text plan, utvärderingsmöte
dnr = "SOC 2014/240"; P = "Jörgen Axelsson"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Ida Persson"), ("kv", "Datum:", "2014-09-26"),
 ("h", "Aktuellt"), ("kv", "Ansökan:", "Jörgen ansöker 140901 om hjälp med spelande och alkohol. Hänvisad av skuldrådgivningen."),
 ("h", "Uppgifter"), ("kv", "Spel:", "Nätkasino dagligen, skulder ca 180 000 kr."), ("kv", "Alkohol:", "Dricker i samband med spel, 3-4 kvällar/v."),
 ("kv", "Familj:", "Gift; hustrun vet om spelandet sedan augusti."), ("kv", "Arbete:", "Elektriker, heltid."),
 ("h", "Analys"),
 ("kv", "Överväganden:", "Spelandet och drickandet förstärker varandra och har lett till stora skulder och kris i äktenskapet. Jörgen arbetar och bor stabilt; han är motiverad men skäms och har svårt att be om hjälp."),
 ("kv", "Slutsats:", "För att komma ur spelandet och drickandet krävs strukturerad KBT-behandling mot spel och alkohol, hjälp med spärrar och ekonomi, och att hustrun får vara delaktig. Detta kan ges i öppenvård parallellt med arbetet, i samverkan med skuldrådgivningen."),
 ("sig", "Ida Persson, socialsekreterare")]
best = [("small", OFFH), ("title", "BESTÄLLNING AV ÖPPENVÅRDSINSATS"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("kv", "Utförare:", "Öppenvården Varberg"), ("kv", "Beslut / period:", "141001 / 141006 -- 150331")]
form_section(best, "Analys (socialtjänstens)", [("", "Spel och alkohol förstärker varandra, stora skulder, kris i äktenskapet. Behöver KBT mot spel och alkohol, spärrar, ekonomi och anhörigdelaktighet.")])
form_section(best, "Uppdraget innehåller", [("", "KBT-program spel 10 ggr, alkoholsamtal, två parsamtal, samverkan skuldrådgivningen.")])
form_section(best, "Mål", [("", "Spelfri och högst 2 glas vin/vecka fr.o.m. dec 2014; upprättad skuldsaneringsansökan senast mars 2015.")])
form_section(best, "Uppföljning", [("", "Utvärderingsmöte efter 3 mån och vid avslut, handläggaren kallar.")])
form_section(best, "Vid avslut rapporteras", [("", "Skriftlig sammanfattning av måluppfyllelse och rekommendation.")])
form_section(best, "Handläggare", [("", "Ida Persson, 0340-69 73 30, ida.persson@varberg.example.se")])
form_section(best, "Skickad", [("", "2014-10-02 internpost")])
gfp = [("small", "Öppenvården Varberg"), ("title", "Genomförandeplan"), ("kv", "Klient:", P), ("kv", "Datum:", "den 15 oktober 2014"),
 ("p", "Jörgen och behandlaren Tove Ahl har kommit överens om följande. Jörgen ska vara spelfri från 1 november 2014 och har installerat spärrar på dator och mobil senast 20 oktober (Jörgen ansvarar, Tove följer upp). Han ska dricka högst två glas vin i veckan från 1 december 2014, vilket följs upp med PEth-prov i december och februari (Tove beställer). Två parsamtal med hustrun hålls i november och januari (Tove bokar). En ansökan om skuldsanering ska vara inskickad senast 31 mars 2015 (skuldrådgivaren Per Dahl och Jörgen)."),
 ("p", "Samtal sker tisdagar kl. 16.30 under tiden 21/10 2014 -- 24/2 2015."), ("sig", "Jörgen Axelsson / Tove Ahl")]
jr = journal_text(OFF, dnr, P, [
 ("140901", "Ansökan", "IP", [("Aktuellt:", "Besök, ansökan om stöd.")]),
 ("141001", "Beslut", "IP", [("Aktuellt:", "Öppenvård beviljad.")]),
 ("141002", "Utgående", "IP", [("Aktuellt:", "Beställning skickad med internpost.")]),
 ("150114", "Utvärderingsmöte", "IP", [("Närvarande:", "Kl., Tove Ahl, handl."),
   ("Resultat:", "Kl. spelfri sedan 28/10 enl egen uppgift och kontoutdrag. PEth i dec under gränsvärdet. Parsamtal genomfört 18/11. Skuldsanering: underlag samlas."),
   ("Slutsats:", "Fortsätter enl. plan, tilsammans med skuldrådgivningen.")]),
 ("150326", "Utvärderingsmöte, avslut", "IP", [("Resultat:", "Spelfri, ansökan om skuldsanering inskickad 20/3. Sammanfattning från öppenvården inkommen."),
   ("Slutsats:", "Insatsen avslutas 31/3. Kl. fortsätter i anhöriggrupp (frivilligt).")]),
], "2015-09-16")
CASES.append(dict(id="varberg_SOC-2014-240", committee="Varberg", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr),
 dict(file="bestallning.pdf", type="uppdragsbeskrivning", producer="reportlab", header=OFFH, blocks=best),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-docx", header="Öppenvården Varberg", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SOC 2014/240", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Analys (no 'behov'/'Bedömning'): what is required and why öppenvård meets it.", markers=["krävs strukturerad KBT-behandling mot spel och alkohol", "Behöver KBT mot spel och alkohol"]),
  planning=dict(label="ja", why="Free-text genomförandeplan with dated goals, responsibilities and schedule.", markers=["Jörgen ska vara spelfri från 1 november 2014"]),
  follow_up=dict(label="ja", why="Utvärderingsmöte 150114 and 150326 with outcomes.", markers=["Kl. spelfri sedan 28/10", "ansökan om skuldsanering inskickad 20/3"]),
  assignment_description=dict(label="ja", why="Beställning holds all a-g (sent 2014-10-02).", markers=["BESTÄLLNING AV ÖPPENVÅRDSINSATS", "Beställning skickad med internpost"], present="abcdefg"))))
