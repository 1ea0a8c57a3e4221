# -*- coding: utf-8 -*-
"""Linköping cases"""
from common import journal_text, journal_blocks, form_section

OFF = "Linköpings kommun - Socialförvaltningen - Vuxenenheten missbruk"
OFFH = "Linköpings kommun · Socialförvaltningen · Vuxenenheten missbruk"
CASES = []

# ---------------------------------------------------------------- L1
dnr = "SN 2014/0231"; P = "Mikael Sandström, 19010412-4471"
utr = [("small", OFFH), ("title", "Utredning enligt 11 kap. 1 § SoL"),
 ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Karin Ljung, socialsekreterare"),
 ("kv", "Utredning inledd:", "den 12 februari 2014"), ("kv", "Utredning avslutad:", "2014-03-14"),
 ("h", "Aktualisering"),
 ("kv", "Aktuellt:", "Egen ansökan 140210 om behandling för alkoholproblem. Kontakten förmedlad av Beroendemottagningen, Linköping."),
 ("h", "Bakgrund"),
 ("kv", "Boende:", "Hyreslägenhet i Ryd, bor ensam. Hyresskuld motsvarande två månader; avbetalningsplan upprättad med hyresvärden i januari."),
 ("kv", "Familj:", "Frånskild. Två vuxna barn, sporadisk kontakt."),
 ("kv", "Sysselsättning:", "Sjukskriven sedan oktober 2013 från lagerarbete."),
 ("kv", "Missbruk:", "Alkohol sedan 20-årsåldern, tilltagande de senaste tre åren. Uppger dagligt intag om ca 75 cl sprit. Två avgiftningar 2013 (avd. 12, US)."),
 ("kv", "Tidigare insatser:", "Öppenvård 2012, avbruten efter fyra veckor. AA sporadiskt."),
 ("h", "Hälsa"),
 ("kv", "Läkare:", "Förhöjda levervärden. Läkare vid Beroendemottagningen rekommenderar behandling i dygnsvård."),
 ("kv", "AUDIT:", "32 p (genomförd 20/2)."),
 ("h", "Personens egen uppfattning"),
 ("kv", "Önskemål:", "Vill \"komma bort ett tag\". Klarar inte att hålla sig nykter hemma."),
 ("pb",),
 ("h", "Utredningens slutsatser"),
 ("kv", "Överväganden:", "Mikael har ett långvarigt och tilltagande alkoholberoende med medicinska följder (förhöjda levervärden, två avgiftningar det senaste året). Tidigare öppenvård har inte räckt; han har återfallit inom några veckor efter varje avgiftning och saknar ett nyktert nätverk i hemmiljön."),
 ("kv", "Behov:", "Han behöver en längre period i drogfri miljö med strukturerad behandling (återfallsprevention, KBT-inriktad), hjälp att få ordning på ekonomin och hyresskulden samt stöd att bygga upp ett nyktert nätverk inför hemgång."),
 ("kv", "Slutsats:", "Förvaltningen bedömer att institutionsvård vid HVB med inriktning alkohol under ca fyra månader, följd av eftervård i öppenvård, kan tillgodose detta. Öppenvård bedöms i nuläget inte vara tillräcklig."),
 ("kv", "Förslag till beslut:", "Bistånd enligt 4 kap. 1 § SoL i form av behandling vid Behandlingshemmet Ekbacken fr.o.m. 2014-03-24 t.o.m. 2014-07-31."),
 ("sig", "Linköping 2014-03-14\nKarin Ljung, socialsekreterare")]
beslut = [("small", OFFH), ("title", "BESLUT"), ("kv", "Dnr:", dnr), ("kv", "Person:", P),
 ("kv", "Ansökan:", "Behandling för alkoholproblem, inkom 2014-02-10"),
 ("kv", "Beslut:", "Bistånd beviljas enligt 4 kap. 1 § SoL: institutionsvård vid Behandlingshemmet Ekbacken 2014-03-24 -- 2014-07-31."),
 ("kv", "Skäl:", "Se utredning daterad 2014-03-14."),
 ("kv", "Beslutsfattare:", "Gunnel Åkesson, enhetschef, enligt delegation"), ("kv", "Datum:", "2014-03-18"),
 ("small", "Hur man överklagar: se bilaga.")]
pb = [("small", OFFH), ("title", "PLACERINGSBEGÄRAN"), ("p", "Behandling/boende vid HVB, vuxen"),
 ("kv", "Till:", "Behandlingshemmet Ekbacken, föreståndare Lars Öberg"),
 ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Beslut:", "4 kap. 1 § SoL, 2014-03-18"),
 ("kv", "Placeringsperiod:", "2014-03-24 -- 2014-07-31")]
form_section(pb, "1. Nämndens bedömning av behov", [
 ("Överväganden:", "Långvarigt alkoholberoende med medicinska följder, upprepade återfall efter avgiftning, saknar nyktert nätverk."),
 ("Behov:", "Drogfri miljö, strukturerad återfallsprevention, stöd kring ekonomi/hyresskuld, nyktert nätverk inför hemgång.")])
form_section(pb, "2. Uppdraget omfattar", [("Insats:", "Boende och behandling på HVB; återfallsprevention individuellt och i grupp; kontakt med budget- och skuldrådgivningen; planering av eftervård tillsammans med handläggare.")])
form_section(pb, "3. Mål", [("Mål 1:", "Nykter under hela placeringen (utandningsprov/urinprov)."),
 ("Mål 2:", "Kunna beskriva egna risksituationer och ha en skriftlig återfallsplan senast 2014-06-30."),
 ("Mål 3:", "Avbetalningen av hyresskulden följs, inga nya skulder.")])
form_section(pb, "4. Uppföljning", [("Hur:", "Trepartssamtal (klient, HVB, handläggare) efter ca 6 veckor och därefter minst var 8:e vecka. Handläggaren kallar."),
 ("Genomförandeplan:", "HVB upprättar genomförandeplan inom 3 veckor och skickar kopia till handläggaren.")])
form_section(pb, "5. Återrapportering", [("Vid avslut:", "Slutrapport/utskrivningsmeddelande senast 14 dagar efter utskrivning: måluppfyllelse, nykterhet, planerad eftervård, eventuella avbrott och orsak. Avvikelser och avbrott meddelas samma dag per telefon.")])
form_section(pb, "6. Ansvarig handläggare", [("Namn:", "Karin Ljung"), ("Telefon:", "013-20 64 18"), ("E-post:", "karin.ljung@linkoping.example.se")])
form_section(pb, "7. Överlämnande", [("Skickad:", "2014-03-21 per post och som pdf via säker e-post"), ("Mottagen av:", "Lars Öberg, Ekbacken")])
vp = [("small", OFFH), ("title", "VÅRDPLAN"), ("kv", "Dnr:", dnr), ("kv", "Person:", P),
 ("kv", "Insats:", "HVB Behandlingshemmet Ekbacken, 2014-03-24 -- 2014-07-31"),
 ("kv", "Upprättad:", "2014-04-03 vid möte på Ekbacken (Mikael, kontaktperson Eva Nord, handl. Karin Ljung)"),
 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
  ["Nykter under placeringen", "Utandningsprov dagligen, urinprov vid misstanke", "Ekbacken (Eva Nord)", "2014-03-24 -- 07-31"],
  ["Skriftlig återfallsplan", "Återfallsprevention 2 ggr/v, individuella samtal", "Ekbacken / Mikael", "klar 2014-06-30"],
  ["Hyresskulden betalas enligt avbetalningsplan", "Möte med budget- och skuldrådgivare", "Handl. Karin Ljung", "maj 2014"],
  ["Eftervård klar före utskrivning", "Beställning öppenvård, kontakt AA Ryd", "Handl. / Mikael", "senast 2014-07-15"]],
  [0.28, 0.32, 0.2, 0.2]),
 ("kv", "Uppföljning:", "Trepartssamtal v. 19 och v. 28."),
 ("sig", "Underskrifter: Mikael Sandström / Karin Ljung")]
jr = journal_text(OFF, dnr, "Mikael Sandström", [
 ("2014-02-10", "Besök, ansökan", "KLJ", [("Aktuellt:", "Kl. på besök, ansöker om behandling. Uppger dagligt drickande."), ("Slutsats:", "Utredning inleds 12/2.")]),
 ("2014-03-18", "Beslut", "KLJ", [("Aktuellt:", "Beslut om HVB Ekbacken enl. utredning."), ("Ansvar:", "Handl. skickar placeringsbegäran.")]),
 ("2014-03-21", "Utgående handling", "KLJ", [("Aktuellt:", "Placeringsbegäran skickad till Ekbacken per post och säker e-post. Lars Öberg bekräftar mottagande per tel.")]),
 ("2014-03-24", "Inskrivning", "KLJ", [("Aktuellt:", "Kl. skjutsad till Ekbacken av handl. Inskriven kl. 11.")]),
 ("2014-04-03", "Möte", "KLJ", [("Aktuellt:", "Vårdplan upprättad tillsammans med kl. och kontaktperson Eva Nord.")]),
 ("2014-05-06", "Avstämning på Ekbacken (trepartssamtal)", "KLJ", [
   ("Närvarande:", "Kl., Eva Nord (Ekbacken), handl."),
   ("Resultat:", "Kl. nykter sedan inskrivning, alla prover negativa. Deltar i grupp, har påbörjat återfallsplan. Har haft ett möte med skuldrådgivare."),
   ("Överväganden:", "Insatsen fungerar enligt vårdplanen."),
   ("Slutsats:", "Fortsatt placering. Nästa avstämning v. 28.")]),
 ("2014-07-02", "Inkommande handling", "KLJ", [("Aktuellt:", "Behandlingsrapport från Ekbacken inkommen, se akt.")]),
 ("2014-07-31", "Utskrivning", "KLJ", [("Aktuellt:", "Kl. utskriven enl. plan. Eftervård på ÖV Ågatan startar 5/8, SIP ej aktuellt.")]),
], "2015-09-22")
br = [("small", "Behandlingshemmet Ekbacken AB · HVB för vuxna"), ("title", "BEHANDLINGSRAPPORT"),
 ("kv", "Avser:", "Mikael Sandström"), ("kv", "Uppdragsgivare:", "Linköpings kommun, handl. Karin Ljung, dnr SN 2014/0231"),
 ("kv", "Period:", "2014-03-24 -- 2014-06-27"), ("kv", "Datum:", "30 juni 2014"),
 ("h", "Mål och resultat"),
 ("kv", "Mål 1 Nykterhet:", "Uppnått. Samtliga utandnings- och urinprov negativa."),
 ("kv", "Mål 2 Återfallsplan:", "Uppnått. Skriftlig återfallsplan klar 2014-06-19, genomgången med kontaktperson."),
 ("kv", "Mål 3 Ekonomi:", "Delvis. Avbetalningen följs; ett nytt krav från Telia har tillkommit."),
 ("h", "Övrigt"),
 ("kv", "Deltagande:", "God närvaro i grupp (92 %). Har tagit kontakt med AA-grupp i Ryd inför hemgång."),
 ("kv", "Rekommendation:", "Utskrivning enligt plan 31/7 med eftervård i öppenvård minst 6 månader."),
 ("sig", "Eva Nord, behandlare/kontaktperson\nLars Öberg, föreståndare")]
CASES.append(dict(id="linkoping_SN-2014-0231", committee="Linköping", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="beslut.pdf", type="beslut", producer="reportlab", header=OFFH, blocks=beslut),
 dict(file="placeringsbegaran.pdf", type="uppdragsbeskrivning", producer="reportlab", header=OFFH, footer="Placeringsbegäran", blocks=pb),
 dict(file="vardplan.pdf", type="vårdplan", producer="reportlab", header=OFFH, blocks=vp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SN 2014/0231", text=jr),
 dict(file="behandlingsrapport_ekbacken.pdf", type="behandlingsrapport", producer="libreoffice-rtf", header="Behandlingshemmet Ekbacken", blocks=br)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Utredningens slutsatser states the needs (drogfri miljö, återfallsprevention, ekonomi, nätverk) and why HVB rather than öppenvård.",
     markers=["längre period i drogfri miljö", "Öppenvård bedöms i nuläget inte vara tillräcklig", "Drogfri miljö, strukturerad återfallsprevention"]),
  planning=dict(label="ja", why="Vårdplan as table with dated goals, activities, responsible and time.", markers=["klar 2014-06-30", "senast 2014-07-15"]),
  follow_up=dict(label="ja", why="Dated avstämning/trepartssamtal 2014-05-06 with results, and the HVB's behandlingsrapport 30 juni 2014 with outcome per goal.",
     markers=["Avstämning på Ekbacken", "Mål 2 Återfallsplan:"]),
  assignment_description=dict(label="ja", why="Placeringsbegäran holds assessment, content, goals, follow-up, reporting, case officer's contacts and sent date; journal confirms handover.",
     markers=["PLACERINGSBEGÄRAN", "Placeringsbegäran skickad till Ekbacken"], present="abcdefg"))))

# ---------------------------------------------------------------- L2
dnr = "IFO 2015/0088"; P = "Sara Lindqvist"
utr = [("small", OFFH), ("title", "Utredning - missbruk vuxen"), ("kv", "Dnr:", dnr), ("kv", "Person:", P + ", 19020305-1182"),
 ("kv", "Inledd:", "150119"), ("kv", "Avslutad:", "150213"), ("kv", "Handläggare:", "Jonas Hellberg"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Ansökan om öppenvård för cannabisbruk, inkom 15/1. Sara har själv tagit kontakt efter påtryckning från arbetsgivaren."),
 ("h", "Nuläge"),
 ("kv", "Boende:", "Bostadsrätt i Johannelund, bor med sambo."), ("kv", "Arbete:", "Tillsvidareanställd undersköterska, f.n. 50 % sjukskriven."),
 ("kv", "Missbruk:", "Cannabis dagligen sedan ca två år, kvällstid. Alkohol måttligt. DUDIT 19 p."),
 ("kv", "Psykisk hälsa:", "Sömnproblem och oro; uppger att cannabis används för att kunna sova."),
 ("kv", "Nätverk:", "Sambo stöttar, föräldrar i Norrköping."),
 ("h", "Beslutsunderlag"),
 ("kv", "Överväganden:", "Sara har ett dagligt cannabisbruk som har lett till sjukskrivning och risk att förlora anställningen. Bruket är kopplat till sömnsvårigheter och oro som hon saknar andra strategier för. Hon är motiverad, har bostad, arbete och ett stödjande nätverk, vilket gör att dygnsvård inte är motiverad."),
 ("kv", "Slutsats:", "Hon bedöms kunna bli drogfri med strukturerad öppenvård: ett cannabisprogram (CANDIS/motsv.) med regelbundna urinprov, stöd att hitta andra sätt att hantera sömn och oro (samordning med vårdcentralen) samt samverkan med arbetsgivaren kring återgång i arbete."),
 ("kv", "Förslag:", "Öppenvård vid Mottagningen Ågatan, 4 kap. 1 § SoL, 2015-02-23 -- 2015-08-31."),
 ("sig", "Jonas Hellberg, socialsekreterare")]
best = [("small", OFFH), ("title", "BESTÄLLNING AV ÖPPENVÅRDSINSATS"),
 ("kv", "Till:", "Mottagningen Ågatan (kommunal öppenvård)"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("kv", "Beslut:", "2015-02-17, 4 kap. 1 § SoL"), ("kv", "Period:", "2015-02-23 -- 2015-08-31"),
 ("h", "Socialtjänstens bedömning"),
 ("kv", "Överväganden:", "Dagligt cannabisbruk sedan två år som lett till sjukskrivning; används mot sömnproblem/oro. Motiverad, har bostad, arbete och nätverk."),
 ("kv", "Behov:", "Bli drogfri, få andra strategier för sömn och oro, återgå till arbete på heltid."),
 ("h", "Uppdrag"), ("kv", "Insats:", "Cannabisprogram individuellt 1 ggr/v (12 ggr), urinprov 2 ggr/v, samordning med vårdcentral kring sömn, ett trepartsmöte med arbetsgivaren."),
 ("h", "Mål"), ("kv", "Mål:", "Drogfri (negativa prov) fr.o.m. april 2015; arbetar 100 % senast 2015-08-31."),
 ("h", "Uppföljning"), ("kv", "Form:", "Uppföljningssamtal med klient, behandlare och handläggare efter 8 veckor och vid periodens slut. Mottagningen upprättar genomförandeplan inom 2 veckor."),
 ("h", "Återrapportering"), ("kv", "Vid avslut:", "Skriftlig sammanfattning: genomförda träffar, provresultat, måluppfyllelse, rekommendation om fortsatt stöd."),
 ("h", "Handläggare"), ("kv", "Namn/kontakt:", "Jonas Hellberg, 013-20 71 45, jonas.hellberg@linkoping.example.se")]
gfp = [("small", "Mottagningen Ågatan · Linköpings kommun"), ("title", "Genomförandeplan"),
 ("kv", "Namn:", P), ("kv", "Upprättad:", "den 5 mars 2015"), ("kv", "Behandlare:", "Maria Sjö"),
 ("h", "Mål"),
 ("bul", ["Negativa urinprov för cannabis fr.o.m. 1 april 2015 (Sara, provtagning mån/tors, ansv. Maria Sjö).",
          "Sova minst 6 timmar/natt utan cannabis senast 30 april (sömndagbok, läkarbesök vårdcentralen 18/3 - Sara bokar).",
          "Arbeta 75 % från 1 juni och 100 % senast 31 augusti (trepartsmöte med arbetsgivaren 12/5 - Maria Sjö kallar)."]),
 ("h", "Aktiviteter"),
 ("bul", ["Cannabisprogram, tisdagar kl. 15, 12 tillfällen 10/3 -- 26/5 (Maria Sjö).",
          "Urinprov måndag och torsdag (mottagningens SSK).",
          "Uppföljningssamtal med handläggare vecka 17 och vecka 35."]),
 ("sig", "Sara Lindqvist / Maria Sjö")]
jr = journal_text(OFF, dnr, P, [
 ("2015-01-15", "Ansökan", "JOH", [("Aktuellt:", "Ansökan om öppenvård inkommen per telefon, besök bokat.")]),
 ("2015-02-17", "Beslut", "JOH", [("Aktuellt:", "Beslut öppenvård Mottagningen Ågatan."), ("Insats:", "4 kap 1 § SoL, 150223-150831.")]),
 ("2015-02-23", "Möte, Mottagningen Ågatan", "JOH", [("Aktuellt:", "Introduktionsmöte Sara, Maria Sjö och handl."),
   ("Återkoppling:", "Beställningen överlämnad i pappersform till Maria Sjö vid mötet och gicks igenom punkt för punkt. Sara fick en kopia.")]),
 ("2015-04-22", "Uppföljningssamtal", "JOH", [("Närvarande:", "Sara, Maria Sjö, handl."),
   ("Resultat:", "Negativa prov sedan 26/3. Sover bättre, fått sömnmedicin via VC. Går till jobbet 50 %, trepartsmöte m. arbetsgivaren bokat 12/5."),
   ("Slutsats:", "Insatsen fortsätter enl. genomförandeplan.")]),
 ("2015-08-27", "Uppföljningssamtal, avslut", "JOH", [("Resultat:", "Samtliga prov negativa sedan april. Arbetar 100 % sedan 10/8. Sammanfattning från mottagningen inkommen."),
   ("Överväganden:", "Målen uppnådda."), ("Slutsats:", "Insatsen avslutas 150831 enl. beslut. Sara vet att hon kan höra av sig.")]),
], "2015-09-15")
CASES.append(dict(id="linkoping_IFO-2015-0088", committee="Linköping", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr),
 dict(file="bestallning_oppenvard.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", header=OFFH, blocks=best),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-docx", header="Mottagningen Ågatan", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal IFO 2015/0088", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Beslutsunderlag: Överväganden/Slutsats give the problems, why öppenvård suffices and what it must contain.",
     markers=["Hon bedöms kunna bli drogfri med strukturerad öppenvård", "Bli drogfri, få andra strategier för sömn och oro"]),
  planning=dict(label="ja", why="Genomförandeplan as bullet list with dated goals, responsible and activities.", markers=["Negativa urinprov för cannabis fr.o.m. 1 april 2015"]),
  follow_up=dict(label="ja", why="Uppföljningssamtal 2015-04-22 and 2015-08-27 in journal with results.", markers=["Negativa prov sedan 26/3", "Arbetar 100 % sedan 10/8"]),
  assignment_description=dict(label="ja", why="Beställning av öppenvårdsinsats holds a-f; handover at the meeting 2015-02-23 is recorded only in the journal (g).",
     markers=["BESTÄLLNING AV ÖPPENVÅRDSINSATS", "Beställningen överlämnad i pappersform"], present="abcdefg"))))

# ---------------------------------------------------------------- L3 declined
dnr = "2015-000412"; P = "Johan Ek"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Diarienummer:", dnr), ("kv", "Person:", P),
 ("kv", "Period:", "2015-04-08 -- 2015-05-15"), ("kv", "Handläggare:", "Annika Strand"),
 ("h", "Ärendet"), ("kv", "Aktuellt:", "Orosanmälan från Psykiatriska kliniken 2/4 efter intox. Johan ansökte därefter 8/4 om behandling på behandlingshem."),
 ("h", "Uppgifter"),
 ("kv", "Missbruk:", "Alkohol och tabletter (bensodiazepiner utan förskrivning). Tre akuta vårdtillfällen 2015."),
 ("kv", "Boende:", "Andrahandskontrakt, uppsagt fr.o.m. 30/6."), ("kv", "Försörjning:", "Ekonomiskt bistånd."),
 ("kv", "Kontakter:", "Psykiatrin (läkare Tomas Berg), Beroendemottagningen avgiftning 13-20/4."),
 ("h", "Yttrande"),
 ("kv", "Överväganden:", "Johans blandmissbruk har på kort tid lett till tre akuta vårdtillfällen och han står inom kort utan bostad. Han har inte kunnat ta emot öppenvård tidigare (uteblev vid tre av fyra besök 2014). Risken för hans hälsa bedöms som hög."),
 ("kv", "Slutsats:", "För att bryta missbruket krävs en period i skyddad, drogfri miljö med dygnet-runt-personal, behandling av både alkohol- och tablettberoendet, psykiatrisk uppföljning samt stöd att ordna bostad. Förvaltningen anser att HVB Granhult, med sjuksköterska och samarbete med psykiatrin, motsvarar detta."),
 ("kv", "Förslag:", "Bistånd 4 kap. 1 § SoL, HVB Granhult 2015-05-26 -- 2015-09-30."),
 ("sig", "Annika Strand, socialsekreterare, 2015-05-15")]
pb = [("small", OFFH), ("title", "Placeringsbegäran HVB"),
 ("kv", "Mottagare:", "Granhults behandlingshem, inskrivningsansvarig Helena Roos"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("kv", "Beslut:", "150520, bistånd 4 kap. 1 § SoL"), ("kv", "Planerad inskrivning:", "26 maj 2015")]
form_section(pb, "Bedömning", [("Överväganden:", "Blandmissbruk alkohol/bensodiazepiner, tre akuta vårdtillfällen 2015, förlorar bostaden 30/6, har inte klarat öppenvård."),
 ("Slutsats:", "Behöver skyddad drogfri miljö med behandling av båda beroendena, psykiatrisk uppföljning och stöd att lösa boende.")])
form_section(pb, "Uppdrag", [("Insats:", "Boende och behandling, nedtrappning enligt läkarordination, samverkan med psykiatrin, bostadsplanering med handläggare.")])
form_section(pb, "Mål", [("Mål:", "Drogfri under placeringen; stabil medicinering enligt psykiatrin senast 31/7; bostadslösning klar före utskrivning 30/9.")])
form_section(pb, "Uppföljning", [("Form:", "Uppföljningsmöte efter 4 veckor och därefter var 6:e vecka, HVB, klient, handläggare. Genomförandeplan inom 14 dagar.")])
form_section(pb, "Rapport vid avslut", [("Innehåll:", "Utskrivningsmeddelande med måluppfyllelse, provresultat, medicinering och eftervårdsplan. Avbrott meddelas omgående.")])
form_section(pb, "Kontakt", [("Handläggare:", "Annika Strand, tel 013-26 19 02, annika.strand@linkoping.example.se")])
form_section(pb, "Översänd", [("Datum:", "150522 via säker e-post")])
jr = journal_text(OFF, dnr, P, [
 ("2015-04-02", "Orosanmälan", "ANS", [("Aktuellt:", "Anmälan från psykiatrin efter intox.")]),
 ("2015-05-20", "Beslut", "ANS", [("Aktuellt:", "Beslut HVB Granhult enl. utredning.")]),
 ("2015-05-22", "Utgående", "ANS", [("Aktuellt:", "Placeringsbegäran skickad till Granhult via säker e-post, mottagen av Helena Roos.")]),
 ("2015-05-26", "Telefon", "ANS", [("Aktuellt:", "Granhult meddelar att Kl. inte kommit till inskrivningen. Handl. söker Kl. på mobil, inget svar.")]),
 ("2015-05-28", "Hembesök", "ANS", [("Aktuellt:", "Planerat hembesök, Kl. hemma. Säger att han ändrat sig och inte vill åka till behandlingshem, 'klarar det själv'."),
   ("Överväganden:", "Ingen grund för LVM-anmälan i nuläget enl. samråd med 1:e socialsekr."),
   ("Slutsats:", "Kl. avböjer insatsen. Placeringen påbörjas aldrig. Granhult underrättat.")]),
 ("2015-06-01", "Avslut", "ANS", [("Aktuellt:", "Beslut om HVB upphör då Kl. tackat nej. Erbjudande om kontakt med Mottagningen Ågatan lämnat, Kl. avböjer. Ärendet avslutas.")]),
], "2015-09-29")
CASES.append(dict(id="linkoping_2015-000412", committee="Linköping", dnr=dnr, scenario="declined", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="placeringsbegaran.pdf", type="uppdragsbeskrivning", producer="reportlab", header=OFFH, blocks=pb),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal 2015-000412", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Yttrande (without the words behov/bedömning) states the risks, what is required and why HVB Granhult meets it.",
     markers=["skyddad, drogfri miljö med dygnet-runt-personal", "Behöver skyddad drogfri miljö med behandling"]),
  planning=dict(label="ej_tillämpligt", why="Client never arrived and declined the placement before it began (journal 2015-05-28)."),
  follow_up=dict(label="ej_tillämpligt", why="Intervention never started; client declined."),
  assignment_description=dict(label="ja", why="Placeringsbegäran with assessment, content, goals, follow-up, report at end, officer's contacts and sent date 150522.",
     markers=["Placeringsbegäran HVB", "Placeringsbegäran skickad till Granhult"], present="abcdefg"))))

# ---------------------------------------------------------------- L4 assembled
dnr = "SOC 2014/517"; P = "Tommy Ahl"
utr = [("small", OFFH), ("title", "Utredning vuxen"), ("kv", "Dnr:", dnr), ("kv", "Namn:", P),
 ("kv", "Handläggare:", "Petra Wik"), ("kv", "Datum:", "den 24 oktober 2014"),
 ("h", "Aktuellt"), ("kv", "Ansökan:", "Tommy ansöker 2/10 om stöd att sluta dricka. Anhörig (syster) har varit i kontakt i augusti."),
 ("h", "Uppgifter"), ("kv", "Alkohol:", "Helgdrickande som övergått till dagligt sedan skilsmässan 2013; ca 6-8 starköl/dag."),
 ("kv", "Arbete:", "Busschaufför; varning från arbetsgivaren efter frånvaro. Ej påverkad i tjänst enl. egen uppgift."),
 ("kv", "Hälsa:", "Högt blodtryck. AUDIT 21 p."),
 ("h", "Utredningens slutsatser"),
 ("kv", "Överväganden:", "Tommys drickande har ökat till dagligt och hotar hans anställning och hälsa. Han har bostad, arbete och en syster som stöttar, och han är motiverad."),
 ("kv", "Behov:", "Han behöver verktyg att bryta det dagliga drickandet och hantera ensamhet efter skilsmässan, samt medicinsk kontroll av alkoholvärden och blodtryck."),
 ("kv", "Slutsats:", "Detta bedöms kunna tillgodoses i öppenvård med individuella samtal (återfallsprevention) och provtagning, utan avbrott i arbetet."),
 ("sig", "Petra Wik, socialsekreterare")]
beslut = [("small", OFFH), ("title", "Beslut"), ("kv", "Dnr:", dnr), ("kv", "Namn:", P),
 ("kv", "Beslut:", "Öppenvård vid Mottagningen Ågatan beviljas enligt 4 kap. 1 § SoL 2014-11-03 -- 2015-05-31."),
 ("kv", "Beslutsdatum:", "2014-10-29"), ("kv", "Beslutsfattare:", "Petra Wik, socialsekreterare (delegation)")]
best = [("small", OFFH), ("title", "Beställning av öppenvårdsinsats"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("kv", "Utförare:", "Mottagningen Ågatan"), ("kv", "Beslut:", "141029, 4 kap. 1 § SoL")]
form_section(best, "Bedömning", [("Överväganden:", "Dagligt alkoholbruk sedan skilsmässan, hotad anställning, högt blodtryck."),
 ("Behov:", "Verktyg att bryta dagligt drickande, hantera ensamhet, medicinsk kontroll.")])
form_section(best, "Insats", [("Innehåll:", "Individuella samtal återfallsprevention varannan vecka, PEth-prov en gång/månad.")])
form_section(best, "Mål", [("Mål:", "Alkoholfri vardag, PEth under gränsvärde senast mars 2015.")])
form_section(best, "Uppföljning", "")
form_section(best, "Rapportering vid avslut", "")
form_section(best, "Handläggare", [("Namn:", "Petra Wik, tfn 013-20 55 90, petra.wik@linkoping.example.se")])
form_section(best, "Skickad", [("Datum:", "2014-10-30 internpost")])
gfp = [("small", "Mottagningen Ågatan"), ("title", "Genomförandeplan"), ("kv", "Klient:", P), ("kv", "Behandlare:", "Ola Kron"),
 ("h", "Mål"), ("p", "Tommy ska må bättre och dricka mindre. Han ska få bättre koll på sina triggers och ha en bättre vardag."),
 ("h", "Hur"), ("p", "Samtal på mottagningen, prover. Tommy tar själv ansvar för att komma på tiderna."),
 ("sig", "Tommy Ahl / Ola Kron")]
jr = journal_text(OFF, dnr, P, [
 ("141002", "Besök", "PW", [("Aktuellt:", "Ansökan om stöd, utredning inleds.")]),
 ("141029", "Beslut", "PW", [("Aktuellt:", "Beslut öppenvård Ågatan 141103-150531.")]),
 ("141030", "Utgående", "PW", [("Aktuellt:", "Beställning skickad till Ågatan med internpost.")]),
 ("141103", "Telefon", "PW", [("Aktuellt:", "Ola Kron bekr. att Kl. påbörjat samtal idag.")]),
 ("150604", "Anteckning", "EMB", [("Aktuellt:", "Ärendet övertaget från Petra Wik (slutat). Insatsen har pågått sedan 141103, beslut gick ut 150531."),
   ("Resultat:", "Ingen uppföljning har gjorts av insatsen. Inget i akten från utföraren."),
   ("Slutsats:", "Handl. kontaktar Ågatan. Uppföljning planeras till november efter förlängning.")]),
 ("150610", "Beslut", "EMB", [("Aktuellt:", "Förlängning öppenvård Ågatan 150601-151130 efter tel. med Kl. som vill fortsätta.")]),
], "2015-09-30")
CASES.append(dict(id="linkoping_SOC-2014-517", committee="Linköping", dnr=dnr, scenario="", docs=[
 dict(file="p1.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr, part_only=True),
 dict(file="p2.pdf", type="beslut", producer="reportlab", header=OFFH, blocks=beslut, part_only=True),
 dict(file="p3.pdf", type="uppdragsbeskrivning", producer="reportlab", header=OFFH, blocks=best, part_only=True),
 dict(file="p4.pdf", type="genomförandeplan", producer="libreoffice-docx", header="Mottagningen Ågatan", blocks=gfp, part_only=True),
 dict(file="p5.pdf", type="journalanteckningar", producer="enscript", header="Journal SOC 2014/517", text=jr, part_only=True)],
 unite=[dict(file="akt_SOC-2014-517.pdf", type="akt (sammanställd: utredning, beslut, beställning, genomförandeplan, journal)", parts=["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "p5.pdf"])],
 crit=dict(
  needs_assessment=dict(label="ja", why="Utredningens slutsatser: needs stated and why öppenvård meets them.", markers=["verktyg att bryta det dagliga drickandet", "Verktyg att bryta dagligt drickande"]),
  planning=dict(label="delvis", why="Genomförandeplan exists but goals are vague and undated, no times for activities.", markers=["Tommy ska må bättre och dricka mindre"]),
  follow_up=dict(label="nej", why="Journal 150604: no follow-up has been made; only planned for November."),
  assignment_description=dict(label="delvis", why="Beställning has assessment, content, goal, officer and sent date but the Uppföljning and Rapportering headings are empty (d, e missing).",
     markers=["Beställning av öppenvårdsinsats", "Beställning skickad till Ågatan"], present="abcfg"))))
