# -*- coding: utf-8 -*-
"""Halmstad cases"""
from common import journal_text, journal_blocks, form_section

OFF = "Halmstads kommun - Socialförvaltningen - Enheten för vuxna, beroende"
OFFH = "Halmstads kommun · Socialförvaltningen · Enheten för vuxna, beroende"
CASES = []

# ---------------------------------------------------------------- H1: no plan, oral assignment
dnr = "SN 2015/0042"; P = "Roger Persson"
akt = [("small", OFFH), ("title", "Aktualisering"), ("kv", "Dnr:", dnr), ("kv", "Datum:", "2015-01-14"), ("kv", "Person:", P),
 ("kv", "Inkommit från:", "Egen ansökan, telefon"), ("kv", "Aktuellt:", "Roger vill ha hjälp att sluta dricka. Har fått varning av arbetsgivaren (kommunens parkförvaltning)."),
 ("kv", "Åtgärd:", "Besök bokat 21/1 kl. 9.30."), ("sig", "Mottaget av: Jenny Åkerlund")]
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Jenny Åkerlund"),
 ("kv", "Datum:", "2015-02-20"),
 ("h", "Uppgifter"), ("kv", "Alkohol:", "Dagligt drickande 4-6 starköl/kväll sedan ca 5 år, mer på helger."),
 ("kv", "Arbete:", "Parkarbetare, varning för sen ankomst och lukt av alkohol."),
 ("kv", "Familj:", "Sambo och en son 15 år. Sambon har ställt krav."),
 ("kv", "Ekonomi:", "Skulder hos Kronofogden, avbetalningsplan finns sedan 2014."),
 ("kv", "AUDIT:", "19 poäng."),
 ("h", "Yttrande"),
 ("kv", "Överväganden:", "Rogers dagliga drickande riskerar arbetet och familjesituationen. Han har arbete, bostad och en familj som vill att han förändrar sig, och han är själv motiverad."),
 ("kv", "Behov:", "Roger behöver stöd att minska och helst upphöra med alkohol, kunskap om alkoholens effekter och ett sätt att hantera kvällarna utan alkohol; familjen behöver delaktighet."),
 ("kv", "Slutsats:", "Öppenvård med återfallsprevention i grupp och några anhörigsamtal bedöms tillräckligt och kan kombineras med arbetet."),
 ("sig", "Jenny Åkerlund, socialsekreterare")]
beslut = [("small", OFFH), ("title", "BESLUT"), ("kv", "Dnr:", dnr), ("kv", "Person:", P),
 ("kv", "Beslut:", "Bistånd 4 kap. 1 § SoL i form av öppenvård vid Öppenvården Halmstad, 2015-03-02 -- 2015-08-31."),
 ("kv", "Motivering:", "Enligt utredning 2015-02-20."), ("kv", "Datum:", "2015-02-24"), ("kv", "Beslutsfattare:", "Jenny Åkerlund, socialsekreterare")]
jr = journal_text(OFF, dnr, P, [
 ("2015-01-21", "Besök", "JÅ", [("Aktuellt:", "Kl. på besök, ansökan om behandling."), ("Slutsats:", "Utredning inleds.")]),
 ("2015-02-24", "Beslut", "JÅ", [("Aktuellt:", "Beslut öppenvård fattat och meddelat Kl.")]),
 ("2015-02-25", "Telefon", "JÅ", [("Aktuellt:", "Muntligt uppdrag till Öppenvården per telefon (Bo Ek): grupp ÅP + anhörigsamtal."),
   ("Ansvar:", "Öppenvården återkommer med startdatum. GFP ska upprättas av utföraren.")]),
 ("2015-03-02", "Info", "JÅ", [("Aktuellt:", "Kl. har börjat i ÅP-gruppen.")]),
 ("2015-04-09", "Hembesök", "JÅ", [("Aktuellt:", "Planerat hembesök. Kl. och sambo hemma. Sambo bekräftar att Kl. varit nykter sedan mars."),
   ("Övrigt:", "Kl. har fått uppdrag som kassör i fotbollsföreningen, känns meningsfullt.")]),
 ("2015-05-20", "Avstämning på Öppenvården", "JÅ", [("Närvarande:", "Kl., Bo Ek (Öppenvården), handl."),
   ("Resultat:", "Kl. har deltagit i 10 av 11 grupptillfällen. PEth under gränsvärdet i april och maj. Två anhörigsamtal med sambon genomförda. Inga anmärkningar från arbetsgivaren."),
   ("Överväganden:", "Insatsen fungerar väl."), ("Slutsats:", "Fortsätter enl. beslut. GFP saknas fortfarande i akten, Bo Ek påmind.")]),
 ("2015-08-31", "Avslut", "JÅ", [("Aktuellt:", "Insatsen avslutad. Kl. vill inte ha fortsatt kontakt.")]),
], "2015-09-18")
CASES.append(dict(id="halmstad_SN-2015-0042", committee="Halmstad", dnr=dnr, scenario="", docs=[
 dict(file="aktualisering.pdf", type="aktualisering", producer="reportlab", header=OFFH, blocks=akt),
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="beslut.pdf", type="beslut", producer="libreoffice-rtf", header=OFFH, blocks=beslut),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SN 2015/0042", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Yttrande states needs and why group öppenvård is enough.", markers=["Roger behöver stöd att minska"]),
  planning=dict(label="nej", why="No plan in file: only 'GFP ska upprättas', a planerat hembesök, an avbetalningsplan for debts, and a note that GFP is still missing."),
  follow_up=dict(label="ja", why="Avstämning 2015-05-20 with attendance, test results and outcome.", markers=["Avstämning på Öppenvården"]),
  assignment_description=dict(label="nej", why="Assignment given orally by telephone (journal 2015-02-25); no written assignment.", present="", none=True))))

# ---------------------------------------------------------------- H2: HVB, assembled with scanned page
dnr = "IFO 2014/0903"; P = "Daniel Sjöberg"
utr = [("small", OFFH), ("title", "Utredning enligt 11 kap. 1 § SoL"), ("kv", "Dnr:", dnr), ("kv", "Person:", P + ", 19020121-3315"),
 ("kv", "Handläggare:", "Linda Mårtensson"), ("kv", "Period:", "2014-10-06 -- 2014-11-07"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Ansökan 6/10 via Beroendemottagningen (avd. 67, Halmstads sjukhus) efter abstinenskramper."),
 ("h", "Uppgifter"), ("kv", "Alkohol:", "Dagligt intag sprit sedan 10 år. Abstinenskramper sept 2014."),
 ("kv", "Boende:", "Hyresrätt Andersberg; störningsanmälningar från grannar."), ("kv", "Sysselsättning:", "Arbetslös sedan 2012."),
 ("kv", "Tidigare:", "Öppenvård 2013 (avbruten), 4 avgiftningar 2013-2014."),
 ("h", "Sammanfattande överväganden"),
 ("kv", "Överväganden:", "Daniel har efter fyra avgiftningar på ett år inte lyckats hålla sig nykter hemma, och abstinenskrampen i september visar på allvarliga medicinska risker. Öppenvård har prövats utan resultat. Han riskerar bostaden."),
 ("kv", "Slutsats:", "För att bryta mönstret krävs en längre tid utanför hemmiljön med behandling dygnet runt, medicinsk bevakning, strukturerad dag och förberedelse för en nykter vardag och sysselsättning. Tallbackens behandlingshem erbjuder detta. Förvaltningen föreslår placering ca 6 månader."),
 ("kv", "Förslag:", "4 kap. 1 § SoL, Tallbackens behandlingshem 2014-11-17 -- 2015-05-15."), ("sig", "Linda Mårtensson")]
pb = [("small", OFFH), ("title", "PLACERINGSBEGÄRAN"), ("kv", "Till:", "Tallbackens behandlingshem"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P),
 ("kv", "Beslut:", "2014-11-11"), ("kv", "Period:", "17/11 2014 -- 15/5 2015")]
form_section(pb, "A. Nämndens bedömning", [("Sammanfattning:", "Upprepade avgiftningar utan bestående nykterhet, abstinenskramper, misslyckad öppenvård, risk att förlora bostaden. Behöver tid utanför hemmiljön, dygnetruntbehandling, medicinsk bevakning och förberedelse för nykter vardag.")])
form_section(pb, "B. Uppdrag", [("Insats:", "Boende, behandling enligt Tallbackens program (ÅP, 12-steg), medicinsk bevakning, arbetsträning i verksamheten.")])
form_section(pb, "C. Mål", [("Mål:", "Nykter under placeringen; arbetsträning 4 dagar/vecka senast mars 2015; plan för boende/sysselsättning vid utskrivning.")])
form_section(pb, "D. Uppföljning", [("Form:", "Trepartssamtal var 8:e vecka; Tallbacken skickar behandlingsrapport inför samtalen.")])
form_section(pb, "E. Vid avslut", [("Rapport:", "Utskrivningsmeddelande med måluppfyllelse och förslag till eftervård inom 10 dagar.")])
form_section(pb, "F. Ansvarig handläggare", [("Namn:", "Linda Mårtensson, 035-13 72 40, linda.martensson@halmstad.example.se")])
form_section(pb, "G. Översänd", [("Datum:", "2014-11-12 per post")])
vp = [("small", OFFH), ("title", "Vårdplan"), ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Datum:", "2014-12-03"),
 ("h", "Insatsens form"), ("box", False, "Öppenvård"), ("box", True, "HVB / behandlingshem"), ("box", False, "Familjehem"),
 ("h", "Målområden"), ("box", True, "Missbruk"), ("box", True, "Sysselsättning"), ("box", True, "Boende"), ("box", False, "Ekonomi"),
 ("kv", "Missbruk:", "Nykter hela placeringen - alkoholtester 3 ggr/v, Tallbacken (kontaktperson Jan Wiik), 2014-11-17 -- 2015-05-15."),
 ("kv", "Sysselsättning:", "Arbetsträning i snickeriet 4 dagar/v senast 2015-03-01. Ansvar: Tallbacken."),
 ("kv", "Boende:", "Boendeplan klar senast 2015-04-15; handläggaren kontaktar hyresvärden i januari."),
 ("kv", "Uppföljning:", "Trepartssamtal v. 3, v. 11 och v. 19."), ("sig", "Daniel Sjöberg / Jan Wiik / Linda Mårtensson")]
br = [("small", "Tallbackens behandlingshem"), ("title", "Behandlingsrapport"), ("kv", "Klient:", P), ("kv", "Till:", "Halmstads kommun, Linda Mårtensson"),
 ("kv", "Datum:", "2015-03-09"), ("kv", "Period:", "2014-11-17 -- 2015-03-06"),
 ("h", "Måluppfyllelse"), ("kv", "Nykterhet:", "Alla tester negativa utom ett positivt 24/12 (permission), bearbetat."),
 ("kv", "Arbetsträning:", "4 dagar i veckan i snickeriet sedan 16/2. Fungerar bra."),
 ("kv", "Boende:", "Hyresvärden kräver ett halvår nykterhet; boendeplan pågår."),
 ("kv", "Bedömning:", "Daniel är motiverad och gör framsteg. Vi rekommenderar placering enligt plan."),
 ("sig", "Jan Wiik, behandlingsassistent")]
jr = journal_text(OFF, dnr, P, [
 ("2014-10-06", "Ansökan", "LM", [("Aktuellt:", "Ansökan via avd. 67.")]),
 ("2014-11-11", "Beslut", "LM", [("Aktuellt:", "Beslut Tallbacken 17/11 - 15/5.")]),
 ("2014-11-12", "Utgående", "LM", [("Aktuellt:", "Placeringsbegäran skickad per post till Tallbacken.")]),
 ("2015-01-14", "Trepartssamtal", "LM", [("Närvarande:", "Kl., Jan Wiik, handl. (Tallbacken)"),
   ("Resultat:", "Ett återfall under julpermission, i övrigt nykter. Påbörjat arbetsträning 2 dgr/v."), ("Slutsats:", "Fortsatt enligt vårdplan.")]),
 ("2015-03-11", "Trepartssamtal", "LM", [("Resultat:", "Se behandlingsrapport 9/3. Arbetstränar 4 dgr/v. Kl. nöjd med behandlinngen."),
   ("Slutsats:", "Handl. kontaktar hyresvärden ang. bostaden.")]),
 ("2015-05-15", "Utskrivning", "LM", [("Aktuellt:", "Utskriven enl plan. Eftervård öppenvård beviljad.")]),
], "2015-09-21")
CASES.append(dict(id="halmstad_IFO-2014-0903", committee="Halmstad", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr, part_only=True),
 dict(file="placeringsbegaran.pdf", type="uppdragsbeskrivning", producer="reportlab", header=OFFH, blocks=pb, part_only=True),
 dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-docx", header=OFFH, blocks=vp, part_only=True),
 dict(file="behandlingsrapport.pdf", type="behandlingsrapport", producer="scan", header="Tallbackens behandlingshem", blocks=br, part_only=True),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal IFO 2014/0903", text=jr)],
 unite=[dict(file="akt_IFO-2014-0903.pdf", type="akt (sammanställd: utredning, placeringsbegäran, vårdplan, inskannad behandlingsrapport)",
             parts=["utredning.pdf", "placeringsbegaran.pdf", "vardplan.pdf", "behandlingsrapport.pdf"])],
 crit=dict(
  needs_assessment=dict(label="ja", why="Sammanfattande överväganden (no 'behov') states what is required and why Tallbacken provides it.", markers=["krävs en längre tid utanför hemmiljön", "Upprepade avgiftningar utan bestående nykterhet"]),
  planning=dict(label="ja", why="Vårdplan form with ticked boxes and dated goals with responsible.", markers=["Arbetsträning i snickeriet 4 dagar/v senast 2015-03-01"]),
  follow_up=dict(label="ja", why="Trepartssamtal 2015-01-14 and 2015-03-11 with results; scanned behandlingsrapport 2015-03-09.",
     markers=["Ett återfall under julpermission"], scan_pages=[("akt_IFO-2014-0903.pdf", "part:behandlingsrapport.pdf")]),
  assignment_description=dict(label="ja", why="Placeringsbegäran A-G holds all elements incl. sent date.", markers=["A. Nämndens bedömning", "Placeringsbegäran skickad per post till Tallbacken"], present="abcdefg"))))

# ---------------------------------------------------------------- H3: withdrawn application, preliminary assessment
dnr = "2015-000207"; P = "Malin Åström"
ans = [("small", OFFH), ("title", "Ansökan om bistånd"), ("kv", "Dnr:", dnr), ("kv", "Sökande:", P), ("kv", "Datum:", "den 2 mars 2015"),
 ("kv", "Ansökan avser:", "Behandling för alkohol och sömntabletter, gärna behandlingshem."),
 ("kv", "Sökandens egna ord:", "\"Jag behöver komma iväg, jag klarar inte av det här själv längre.\""), ("sig", "Malin Åström")]
utr = [("small", OFFH), ("title", "Utredning (pågående)"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Erik Sand"),
 ("h", "Uppgifter hittills"), ("kv", "Missbruk:", "Alkohol dagligen, sömntabletter (zopiklon) utöver ordination."),
 ("kv", "Familj:", "Ensamstående, en dotter 19 år."), ("kv", "Arbete:", "Sjukskriven från kontorsarbete sedan januari."),
 ("kv", "Kontakter:", "Vårdcentral Oskarström, psykiatrin ej aktuell."),
 ("h", "Preliminär bedömning"),
 ("p", "Malin bedöms preliminärt vara i behov av behandling, troligen i öppenvård. Fortsatt utredning krävs (läkarkontakt, DUDIT/AUDIT, samtal med dottern) innan ställning kan tas till insats."),
 ("h", "Fortsatt utredning"), ("kv", "Planerat:", "Samtal 150330, inhämta läkarintyg.")]
jr = journal_text(OFF, dnr, P, [
 ("150302", "Ansökan", "ES", [("Aktuellt:", "Skriftlig ansökan inkommen. Utredning inleds.")]),
 ("150312", "Besök", "ES", [("Aktuellt:", "Första samtal. Kl. berättar om situationen."), ("Slutsats:", "Fortsatt utredning, nytt samtal 30/3.")]),
 ("150330", "Uteblivet besök", "ES", [("Aktuellt:", "Kl. kom inte. Brev skickat med ny tid 15/4.")]),
 ("150415", "Telefon", "ES", [("Aktuellt:", "Kl. ringer och återtar sin ansökan. Hon vill inte ha någon insats från socialtjänsten, har fått sömnmedicin ändrad via VC och vill klara sig själv."),
   ("Överväganden:", "Inga uppgifter som föranleder annan åtgärd."), ("Slutsats:", "Utredningen avslutas utan beslut om insats.")]),
], "2015-09-23")
avsl = [("small", OFFH), ("title", "Meddelande"), ("kv", "Till:", P), ("kv", "Datum:", "2015-04-16"),
 ("p", "Du har den 15 april 2015 meddelat att du återtar din ansökan om behandling. Utredningen är därför avslutad. Om du vill ha kontakt igen är du välkommen att höra av dig till Enheten för vuxna, tel 035-13 70 00."),
 ("sig", "Med vänlig hälsning\nErik Sand, socialsekreterare")]
CASES.append(dict(id="halmstad_2015-000207", committee="Halmstad", dnr=dnr, scenario="declined", docs=[
 dict(file="ansokan.pdf", type="ansökan", producer="reportlab", header=OFFH, blocks=ans),
 dict(file="utredning_pagaende.pdf", type="utredning (ej slutförd)", producer="libreoffice-docx", header=OFFH, blocks=utr),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal 2015-000207", text=jr),
 dict(file="meddelande_avslut.pdf", type="meddelande", producer="reportlab", header=OFFH, blocks=avsl)],
 crit=dict(
  needs_assessment=dict(label="delvis", why="Only a preliminary assessment ('bedöms preliminärt vara i behov av behandling'), never completed.", markers=["bedöms preliminärt vara i behov av behandling"]),
  planning=dict(label="ej_tillämpligt", why="Application withdrawn 150415 before any intervention."),
  follow_up=dict(label="ej_tillämpligt", why="No intervention ever started; application withdrawn."),
  assignment_description=dict(label="nej", why="No assignment: the case closed before any decision or provider.", present="", none=True))))

# ---------------------------------------------------------------- H4: empty goal field, e-mail assignment, follow-up in two-column journal
dnr = "SOC 2015/118"; P = "Hanna Berg"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Oskar Lind"),
 ("kv", "Avslutad:", "12/3 2015"),
 ("h", "Aktuellt"), ("kv", "Ansökan:", "Hanna söker 150216 stöd för sitt kokainbruk, efter att ha förlorat körkortet (rattfylleri, narkotika)."),
 ("kv", "Bruk:", "Kokain helger sedan 3 år, alkohol i samband. Inget intravenöst bruk."),
 ("kv", "Arbete:", "Säljare, behöver körkort. Arbetsgivaren känner till situationen."),
 ("h", "Utredningens slutsatser"),
 ("kv", "Överväganden:", "Hanna har ett helgbruk av kokain och alkohol som har lett till förlorat körkort och risk för anställningen. Hon har ett fungerande liv i övrigt och är motiverad."),
 ("kv", "Behov:", "Hon behöver bryta helgmönstret, få kunskap om risker och kunna visa drogfrihet (för körkortet)."),
 ("kv", "Slutsats:", "Öppenvård med ÅP-samtal och provtagning vid Öppenvården Halmstad tillgodoser detta; hon kan fortsätta arbeta."),
 ("sig", "Oskar Lind, socialsekreterare")]
mail = [("small", "Utskrift från Outlook"), ("kv", "Från:", "Oskar Lind <oskar.lind@halmstad.example.se>"),
 ("kv", "Till:", "Öppenvården Halmstad <oppenvarden@halmstad.example.se>"), ("kv", "Skickat:", "den 18 mars 2015 14:05"),
 ("kv", "Ämne:", "Uppdrag öppenvård, SOC 2015/118, Hanna Berg"), ("sp",),
 ("p", "Hej! Beslut fattades igår om öppenvård för Hanna Berg (4 kap. 1 § SoL) 2015-03-23 -- 2015-09-30."),
 ("kv", "Vår bedömning:", "Helgbruk av kokain och alkohol, förlorat körkort, risk för arbetet. Hanna behöver bryta helgmönstret, få kunskap om risker och kunna visa drogfrihet."),
 ("kv", "Uppdraget:", "ÅP-samtal varannan vecka, urinprov 2 ggr/v (övervakade), dokumenterad drogfrihet."),
 ("kv", "Mål:", "Drogfri sex månader i följd (för körkortsansökan)."),
 ("kv", "Uppföljning:", "Uppföljningssamtal efter 2 månader och vid avslut, jag kallar."),
 ("kv", "Vid avslut:", "Intyg om provresultat samt kort sammanfattning av behandlingen."),
 ("sig", "Mvh\nOskar Lind\nSocialsekreterare, Enheten för vuxna\nHalmstads kommun\n035-13 74 21")]
gfp = [("small", "Öppenvården Halmstad"), ("title", "Genomförandeplan"), ("kv", "Klient:", P), ("kv", "Datum:", "2015-04-01"),
 ("kv", "Behandlare:", "Sanna Nord"), ("h", "Mål"), ("kv", "Mål:", ""), ("h", "Aktiviteter"),
 ("kv", "Vad:", "ÅP-samtal, urinprov"), ("kv", "Hur ofta:", "samtal varannan vecka, prov 2 ggr/v"),
 ("kv", "Ansvar:", "Sanna Nord / Hanna"), ("sig", "Hanna Berg / Sanna Nord")]
jr = journal_blocks(OFFH, dnr, P, [
 ("150216", "Ansökan", "OL", [("Aktuellt:", "Hanna ringer, ansöker om stöd.")]),
 ("150317", "Beslut", "OL", [("Aktuellt:", "Beslut öppenvård 23/3-30/9.")]),
 ("150318", "Utgående", "OL", [("Aktuellt:", "Uppdraget mejlat till Öppenvården.")]),
 ("150323", "Start", "OL", [("Aktuellt:", "Hanna har påbörjat samtal.")]),
 ("150527", "Uppföljning", "OL", [("Aktuellt:", "Hanna, Sanna Nord och jag träffades på Öppenvården för att se hur det gått."),
   ("Resultat:", "Alla urinprov negativa sedan start. Hanna upplever helgerna som lättare, har slutat umgås med gamla kompisar."),
   ("Slutsats:", "Fortsätter. GFP:s målfält är tomt, Sanna kompletterar.")]),
 ("150928", "Avslut", "OL", [("Aktuellt:", "Intyg från Öppenvården: drogfri 23/3-25/9. Insats avslutas 30/9.")]),
], "2015-09-30")
jr.insert([i for i, b in enumerate(jr) if b[0] == "h" and b[1].startswith("150527")][0], ("cb",))
CASES.append(dict(id="halmstad_SOC-2015-118", committee="Halmstad", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr),
 dict(file="uppdrag_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="libreoffice-docx", blocks=mail),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="reportlab", header="Öppenvården Halmstad", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", layout="two-column", header=OFFH, blocks=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Utredningens slutsatser: needs and why öppenvård meets them.", markers=["Hon behöver bryta helgmönstret", "Hanna behöver bryta helgmönstret"]),
  planning=dict(label="delvis", why="Genomförandeplan with activities and responsibility but an empty goal field.", markers=["ÅP-samtal, urinprov"]),
  follow_up=dict(label="ja", why="Journal 150527: met to see how it had gone, with results.", markers=["Alla urinprov negativa sedan start"]),
  assignment_description=dict(label="ja", why="E-mail sent 18 March 2015 with assessment, content, goal, follow-up, end report, signature with phone.",
     markers=["Uppdrag öppenvård, SOC 2015/118", "Uppdraget mejlat till Öppenvården"], present="abcdefg"))))
