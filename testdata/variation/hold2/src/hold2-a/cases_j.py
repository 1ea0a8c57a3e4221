# -*- coding: utf-8 -*-
"""Jönköping cases"""
from common import journal_text, journal_blocks, form_section

OFF = "Jönköpings kommun - Socialförvaltningen - Myndighet vuxen, missbruk"
OFFH = "Jönköpings kommun · Socialförvaltningen · Myndighet vuxen, missbruk"
CASES = []

# ---------------------------------------------------------------- J1
dnr = "SN 2015/0150"; P = "Lena Hjort"
utr = [("title", "Utredning - vuxen med missbruk"), ("kv", "Dnr:", dnr), ("kv", "Person:", P + " (19000917-2248)"),
 ("kv", "Handläggare:", "Mats Ekdahl"), ("kv", "Inledd:", "2015-02-02"), ("kv", "Klar:", "2015-03-06"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Egen ansökan 2/2 om behandlingshem. Tidigare kontakt 2012 (öppenvård)."),
 ("h", "Missbruk"), ("kv", "Alkohol:", "Dagligt, ca 1 flaska vin + starköl. Ökat efter makens död 2013."),
 ("kv", "Tabletter:", "Bensodiazepiner (förskrivna, men tar mer än ordinerat, köper även illegalt)."),
 ("kv", "Avgiftning:", "Ryhov 9-16/2 2015."),
 ("h", "Hälsa"), ("kv", "Somatiskt:", "Fallolyckor i hemmet, handledsfraktur jan 2015."),
 ("kv", "Psykiskt:", "Nedstämdhet, sorg. Kontakt med psykiatrin avslutad 2014."),
 ("h", "Sociala förhållanden"), ("kv", "Boende:", "Villa i Huskvarna, ensam."), ("kv", "Ekonomi:", "Sjukersättning, ordnad."),
 ("kv", "Nätverk:", "En dotter i Göteborg, oroar sig, vill stötta."),
 ("cb",), ("h", "Lenas egen syn"), ("kv", "Önskemål:", "Vill till ett behandlingshem för kvinnor. Rädd att börja dricka igen hemma i huset."),
 ("h", "Beslutsunderlag"),
 ("kv", "Överväganden:", "Lena har ett beroende av både alkohol och bensodiazepiner som ökat efter makens död. Hon har fallit upprepade gånger och skadat sig, och hon bor ensam. Efter avgiftningen finns hög risk för återfall i hemmiljön."),
 ("kv", "Behov:", "Lena behöver en kontrollerad nedtrappning av bensodiazepiner med medicinsk tillsyn, behandling för alkoholberoendet, bearbetning av sorgen och ett nätverk som hon kan få stöd av efter behandlingen."),
 ("kv", "Slutsats:", "Utredningen visar att detta inte kan ges på hemmaplan under nedtrappningen. Solbergsgårdens behandlingshem (kvinnor, sjuksköterska, sorgbearbetning i grupp) bedöms motsvara behoven. Efter ca fyra månader planeras fortsatt stöd i öppenvård."),
 ("kv", "Förslag:", "4 kap. 1 § SoL, institutionsvård Solbergsgården 2015-03-16 -- 2015-07-15."),
 ("sig", "Mats Ekdahl, socialsekreterare")]
pb = [("small", OFFH), ("title", "PLACERINGSBEGÄRAN"), ("kv", "Till:", "Solbergsgårdens behandlingshem"),
 ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Beslut:", "2015-03-10 enl. 4 kap. 1 § SoL"), ("kv", "Period:", "16/3 -- 15/7 2015")]
form_section(pb, "Nämndens bedömning av behov", [("Behov:", "Kontrollerad nedtrappning av bensodiazepiner med medicinsk tillsyn, alkoholbehandling, sorgbearbetning, stöd att bygga nätverk inför hemgång.")])
form_section(pb, "Uppdragets innehåll", [("Insats:", "Boende och behandling, nedtrappningsschema i samråd med läkare, gruppbehandling, individuella samtal, nätverksmöte med dottern.")])
form_section(pb, "Mål", [("Mål:", "Fri från bensodiazepiner senast 2015-06-15; nykter under placeringen; en plan för stöd i vardagen klar före utskrivning.")])
form_section(pb, "Uppföljning", [("Form:", "Trepartssamtal var 6:e vecka. Genomförandeplan skickas till handläggaren inom tre veckor.")])
form_section(pb, "Återrapportering vid avslut", [("Innehåll:", "Utskrivningsmeddelande med måluppfyllelse, medicinering vid utskrivning och rekommenderad eftervård.")])
form_section(pb, "Handläggare", [("Namn:", "Mats Ekdahl"), ("Tel:", "036-10 52 33"), ("E-post:", "mats.ekdahl@jonkoping.example.se")])
form_section(pb, "Överlämnad", [("Datum:", "2015-03-11, skickad per post och fax")])
vp = [("title", "Vårdplan"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Datum:", "2015-03-27"),
 ("h", "Insats"), ("box", True, "Institutionsvård 4 kap. 1 § SoL"), ("box", False, "Öppenvård"), ("box", False, "LVM"),
 ("h", "Mål och delmål"),
 ("kv", "Mål 1:", "Fri från bensodiazepiner senast 15 juni 2015. Ansvar: Solbergsgården (SSK Britt Lund) enl. nedtrappningsschema."),
 ("kv", "Mål 2:", "Nykter under placeringen. Ansvar: Lena; prover varje vecka (Solbergsgården)."),
 ("kv", "Mål 3:", "Nätverksmöte med dottern senast 30 april 2015. Ansvar: handläggare Mats Ekdahl bokar."),
 ("kv", "Mål 4:", "Plan för eftervård klar 1 juli 2015. Ansvar: handläggare och Lena."),
 ("h", "Deltagit"), ("box", True, "Klienten"), ("box", True, "Utförare"), ("box", False, "Anhörig"),
 ("kv", "Uppföljning:", "v. 17 och v. 24 på Solbergsgården."), ("sig", "Lena Hjort          Mats Ekdahl")]
slut = [("small", "Solbergsgårdens behandlingshem · HVB för kvinnor"), ("title", "Slutrapport / utskrivningsmeddelande"),
 ("kv", "Klient:", P), ("kv", "Placerande kommun:", "Jönköping, handl. Mats Ekdahl"), ("kv", "Inskriven:", "16 mars 2015"), ("kv", "Utskriven:", "15 juli 2015"),
 ("h", "Måluppfyllelse"), ("kv", "Bensodiazepiner:", "Nedtrappning avslutad 2015-06-08. Inga spår i prov därefter."),
 ("kv", "Alkohol:", "Ett återfall (helgpermission 2-3/5), därefter nykter."),
 ("kv", "Nätverk:", "Nätverksmöte med dottern 22/4. Lena har börjat i en sorgegrupp i Huskvarna."),
 ("h", "Rekommendation"), ("kv", "Eftervård:", "Öppenvård 6 månader, fortsatta PEth-prov, kontakt med vårdcentral kring sömn."),
 ("sig", "Anna Falk, föreståndare, 2015-07-17")]
jr = journal_text(OFF, dnr, P, [
 ("2015-02-02", "Besök", "MEK", [("Aktuellt:", "Ansökan HVB. Utredning inleds.")]),
 ("2015-03-10", "Beslut", "MEK", [("Aktuellt:", "Beslut Solbergsgården 16/3-15/7.")]),
 ("2015-03-11", "Utgående", "MEK", [("Aktuellt:", "Placeringsbegäran skickad per post o fax.")]),
 ("2015-04-28", "Trepartssamtal Solbergsgården", "MEK", [("Närvarande:", "Lena, kontaktperson Åsa, SSK Britt Lund, handl."),
   ("Resultat:", "Nedtrappningen följer schemat, halverad dos. Nykter. Nätverksmöte m. dottern genomfört 22/4."),
   ("Överväganden:", "Går enl. vårdplan."), ("Slutsats:", "Fortsätter. Nästa v. 24.")]),
 ("2015-06-11", "Trepartssamtal", "MEK", [("Resultat:", "Fri från bensodiazepiner sedan 8/6. Ett återfall i alkohol vid helgperm. i maj, bearbetat."),
   ("Slutsats:", "Eftervård: beställning till Öppenvården Slottsgatan skickas v. 27.")]),
 ("2015-07-20", "Inkommande", "MEK", [("Aktuellt:", "Slutrapport från Solbergsgården inkommen 17/7."), ("Återkoppling:", "Målen i huvudsak uppnådda, se rapport.")]),
], "2015-09-24")
CASES.append(dict(id="jonkoping_SN-2015-0150", committee="Jönköping", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="reportlab", layout="two-column", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="placeringsbegaran.pdf", type="uppdragsbeskrivning", producer="reportlab", header=OFFH, blocks=pb),
 dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-docx", header=OFFH, blocks=vp),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal SN 2015/0150", text=jr),
 dict(file="slutrapport_solbergsgarden.pdf", type="slutrapport", producer="libreoffice-rtf", header="Solbergsgårdens behandlingshem", blocks=slut)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Beslutsunderlag: needs (nedtrappning, alkoholbehandling, sorg, nätverk) and why HVB Solbergsgården meets them.",
     markers=["Solbergsgårdens behandlingshem (kvinnor, sjuksköterska", "Kontrollerad nedtrappning av bensodiazepiner med medicinsk tillsyn, alkoholbehandling"]),
  planning=dict(label="ja", why="Vårdplan form with ticked boxes and dated goals with responsible persons.", markers=["Fri från bensodiazepiner senast 15 juni 2015"]),
  follow_up=dict(label="ja", why="Trepartssamtal 2015-04-28 and 2015-06-11 with results; slutrapport/utskrivningsmeddelande with outcome.",
     markers=["Trepartssamtal Solbergsgården", "Nedtrappning avslutad 2015-06-08"]),
  assignment_description=dict(label="ja", why="Placeringsbegäran with all elements a-g (sent 2015-03-11).", markers=["PLACERINGSBEGÄRAN", "Placeringsbegäran skickad per post o fax"], present="abcdefg"))))

# ---------------------------------------------------------------- J2
dnr = "IFO.2015.0277"; P = "Peter Nyström"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Ärende:", dnr), ("kv", "Namn:", P), ("kv", "Handläggare:", "Sofia Berg"),
 ("kv", "Datum:", "2015-04-14"),
 ("h", "Bakgrund"), ("kv", "Aktuellt:", "Remiss från vårdcentralen Råslätt 150320. Peter har använt tramadol och oxykodon utöver förskrivning sedan en ryggoperation 2013."),
 ("kv", "Arbete:", "Snickare, arbetar heltid."), ("kv", "Familj:", "Gift, två barn 8 och 11 år."),
 ("kv", "Klientens uppfattning:", "\"Jag vill bli av med tabletterna innan jag förlorar jobbet.\""),
 ("kv", "Läkarbedömning:", "Se bifogat läkarintyg."),
 ("h", "Yttrande"), ("p", " "),
 ("kv", "Förslag:", "Öppenvård vid Beroendecentrum Öppenvård."), ("sig", "Sofia Berg")]
lak = [("small", "Region Jönköpings län · Vårdcentralen Råslätt"), ("title", "Läkarintyg"), ("kv", "Patient:", P),
 ("kv", "Datum:", "2015-03-20"),
 ("kv", "Anamnes:", "Ryggoperation 2013, därefter långvarig opioidbehandling. Tar mer än ordinerat, har fått recept från flera läkare."),
 ("kv", "Status:", "Opåverkad vid besöket. Urinprov positivt för tramadol och oxykodon."),
 ("kv", "Bedömning:", "Opioidberoende. Patienten bedöms ha behov av strukturerad nedtrappning och psykosocial behandling i öppenvård. Remitteras till socialtjänsten."),
 ("sig", "Henrik Dahl, leg. läkare")]
beslut = [("small", OFFH), ("title", "Beslut"), ("kv", "Ärende:", dnr), ("kv", "Namn:", P),
 ("kv", "Beslut:", "Bistånd enligt 4 kap. 1 § SoL, öppenvård Beroendecentrum Öppenvård 2015-05-04 -- 2015-10-31."),
 ("kv", "Datum:", "2015-04-20"), ("kv", "Beslutsfattare:", "Sofia Berg")]
best = [("small", OFFH), ("title", "Beställning av öppenvårdsinsats"), ("kv", "Till:", "Beroendecentrum Öppenvård, Jönköping"),
 ("kv", "Ärende:", dnr), ("kv", "Klient:", P), ("kv", "Period:", "150504 -- 151031"),
 ("h", "Bedömning av behov"), ("p", "Se bifogat läkarintyg 2015-03-20."),
 ("h", "Uppdraget"), ("kv", "Insats:", "Psykosocial behandling (återfallsprevention) 1 ggr/v, samordning av nedtrappning med läkaren på VC, urinprov."),
 ("h", "Mål"), ("kv", "Mål:", "Opioidfri senast 2015-08-31; behåller arbetet."),
 ("h", "Uppföljning"), ("kv", "Form:", "Uppföljningsmöte på mottagningen efter 6 veckor samt vid avslut, handläggaren kallar."),
 ("h", "Återrapportering"), ("kv", "Vid avslut:", "Avslutsrapport: närvaro, provresultat, måluppfyllelse."),
 ("h", "Kontakt"), ("kv", "Handläggare:", "Sofia Berg, 036-10 48 12, sofia.berg@jonkoping.example.se"),
 ("kv", "Skickat:", "2015-04-22 via e-post till mottagningens funktionsbrevlåda")]
gfp = [("small", "Beroendecentrum Öppenvård · Jönköping"), ("title", "GENOMFÖRANDEPLAN"), ("kv", "Klient:", P), ("kv", "Datum:", "2015-05-11"),
 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
  ["Halverad opioiddos", "Nedtrappningsschema", "Läkare VC / Peter", "2015-06-30"],
  ["Opioidfri", "Urinprov 1 ggr/v, återfallsprevention", "Behandlare Kim Åberg", "2015-08-31"],
  ["Hantera smärta utan opioider", "Fysioterapi, smärtskola", "Peter / VC", "start 2015-05-25"],
  ["Behålla arbetet", "Samtal om arbetssituation", "Kim Åberg", "löpande t.o.m. 2015-10-31"]], [0.28, 0.32, 0.2, 0.2]),
 ("sig", "Peter Nyström          Kim Åberg")]
jr = [("small", OFFH), ("title", "Journalanteckningar"), ("kv", "Ärende:", dnr), ("kv", "Namn:", P),
 ("h", "150320  Remiss"), ("kv", "Aktuellt:", "Remiss från VC Råslätt angående opioider."),
 ("h", "150420  Beslut"), ("kv", "Aktuellt:", "Öppenvård Beroendecentrum beviljad."),
 ("h", "150422  Utgående"), ("kv", "Aktuellt:", "Beställning mejlad till Beroendecentrum."),
 ("h", "150504  Info"), ("kv", "Aktuellt:", "Behandlingen påbörjad idag enl. Kim Åberg."),
 ("h", "150615  Uppföljning"), ("kv", "Aktuellt:", "Uppf. genomförd på mottagningen med Kl. och behandlare."),
 ("h", "150902  Telefon"), ("kv", "Aktuellt:", "Kl. ringer ang. intyg till försäkrinskassan. Hänvisas till VC.")]
CASES.append(dict(id="jonkoping_IFO.2015.0277", committee="Jönköping", dnr=dnr, scenario="", docs=[
 dict(file="lakarintyg.pdf", type="läkarintyg", producer="reportlab", serif=True, header="Vårdcentralen Råslätt", blocks=lak),
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", header=OFFH, blocks=utr),
 dict(file="beslut.pdf", type="beslut", producer="reportlab", header=OFFH, blocks=beslut),
 dict(file="bestallning.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", header=OFFH, blocks=best),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-rtf", header="Beroendecentrum Öppenvård", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", header=OFFH, blocks=jr)],
 crit=dict(
  needs_assessment=dict(label="nej", why="Yttrande heading empty; only the doctor's Bedömning in the läkarintyg and the client's own words; decision without reasons."),
  planning=dict(label="ja", why="Genomförandeplan table with dated goals, activities and responsible.", markers=["GENOMFÖRANDEPLAN"]),
  follow_up=dict(label="delvis", why="Journal 150615 records that a follow-up was done but gives no outcome.", markers=["Uppf. genomförd på mottagningen"]),
  assignment_description=dict(label="delvis", why="Beställning has content, goal, follow-up, reporting, contacts and sent date, but the needs assessment only refers to the doctor's certificate (a missing).",
     markers=["Beställning av öppenvårdsinsats", "Beställning mejlad till Beroendecentrum"], present="bcdefg"))))

# ---------------------------------------------------------------- J3 landscape vårdplan
dnr = "2014-003318"; P = "Stefan Holm"
utr = [("small", OFFH), ("title", "Utredning enligt 11 kap. 1 § SoL"), ("kv", "Dnr:", dnr), ("kv", "Person:", P),
 ("kv", "Handläggare:", "Eva Lundgren"), ("kv", "Tid:", "2014-08-18 -- 2014-09-19"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Ansökan 18/8 efter frigivning från Kriminalvården (anstalt Skogome) 2014-08-11. Frivården har kontakt."),
 ("h", "Uppgifter"), ("kv", "Narkotika:", "Amfetamin intravenöst sedan 18 års ålder, periodvis cannabis. Drogfri under anstaltstiden (7 mån)."),
 ("kv", "Boende:", "Bostadslös, bor tillfälligt hos en bekant som använder droger."),
 ("kv", "Hälsa:", "Hepatit C. ADHD-utredning påbörjad på anstalten, ej slutförd."),
 ("kv", "Försörjning:", "Ekonomiskt bistånd ansökt."),
 ("h", "Socialtjänstens ställningstagande"),
 ("kv", "Överväganden:", "Stefan har varit drogfri under anstaltsvistelsen men lever nu i en miljö med aktivt missbruk och saknar egen bostad. Hans tidigare försök att hålla sig drogfri efter frigivning (2011, 2012) har slutat i återfall inom en månad."),
 ("kv", "Slutsats:", "Förvaltningen anser att Stefan för att behålla drogfriheten måste komma bort från nuvarande miljö och få behandling för sitt amfetaminberoende, en slutförd ADHD-utredning och hjälp till eget boende. Ljusnegårdens HVB har behandling för narkotikaberoende, samarbetar med psykiatrin om neuropsykiatriska utredningar och har utslussningslägenheter; placering där i ca fem månader motsvarar detta."),
 ("kv", "Förslag:", "Bistånd 4 kap. 1 § SoL, HVB Ljusnegården 2014-09-29 -- 2015-02-28."), ("sig", "Eva Lundgren, socialsekreterare")]
pbd = [("small", OFFH), ("title", "Placeringsbegäran"), ("kv", "Till:", "Ljusnegården HVB, intagningsansvarig"),
 ("kv", "Dnr:", dnr), ("kv", "Klient:", P), ("kv", "Beslut:", "2014-09-23"), ("kv", "Period:", "2014-09-29 -- 2015-02-28"),
 ("h", "1. Socialtjänstens ställningstagande"), ("kv", "Sammanfattning:", "Drogfri på anstalt men i riskmiljö efter frigivning, bostadslös, ofullständig ADHD-utredning. Behöver drogfri miljö, behandling för amfetaminberoende, slutförd utredning och hjälp till boende."),
 ("h", "2. Uppdrag"), ("kv", "Insats:", "Boende, behandling (12-steg/KBT), samverkan psykiatrin om ADHD-utredning, utslussning till träningslägenhet."),
 ("h", "3. Mål"), ("kv", "Mål:", "Drogfri; ADHD-utredning slutförd senast dec 2014; eget boende (försökslägenhet) vid utskrivning."),
 ("h", "4. Uppföljning"), ("kv", "Form:", "Trepartssamtal efter en månad och därefter varannan månad; Ljusnegården skickar delrapport inför varje samtal."),
 ("h", "5. Vid avslut"), ("kv", "Rapport:", "Slutrapport med måluppfyllelse, provresultat, utredningsresultat och förslag till eftervård."),
 ("h", "6. Handläggare"), ("kv", "Kontakt:", "Eva Lundgren, 036-10 77 61, eva.lundgren@jonkoping.example.se"),
 ("h", "7. Skickad"), ("kv", "Datum:", "24/9 2014 per e-post")]
vp = [("small", OFFH), ("title", "VÅRDPLAN - institutionsvård"), ("kv", "Dnr / Person:", dnr + " / " + P + "     Upprättad: 2014-10-09 på Ljusnegården"),
 ("table", [["Mål", "Delmål", "Insats/aktivitet", "Ansvarig", "Tidpunkt", "Uppföljning"],
  ["Drogfrihet", "Negativa prov hela placeringen", "Urinprov 2 ggr/v, behandlingsgrupp", "Ljusnegården (Nils Berg)", "2014-09-29 -- 2015-02-28", "Trepartssamtal"],
  ["Slutförd ADHD-utredning", "Remiss skickad", "Samverkan psykiatrin Jönköping", "Ljusnegården / psykiatrin", "utredning klar 2014-12-19", "v. 51"],
  ["Eget boende", "Träningslägenhet", "Utslussning, boendestöd", "Handl. Eva Lundgren", "fr.o.m. 2015-01-15", "v. 3"],
  ["Sysselsättning", "Praktik 50 %", "Kontakt Arbetsmarknadsenheten", "Stefan / handl.", "2015-02-01", "v. 8"]],
  [0.14, 0.17, 0.2, 0.17, 0.17, 0.15]),
 ("sig", "Stefan Holm, Nils Berg (Ljusnegården), Eva Lundgren (handläggare)")]
delr = [("title", "Delrapport"), ("kv", "Från:", "Ljusnegården HVB"), ("kv", "Klient:", P), ("kv", "Till:", "Eva Lundgren, Jönköpings kommun"),
 ("kv", "Period:", "29/9 -- 30/11 2014"), ("kv", "Datum:", "2014-12-02"),
 ("h", "Resultat"), ("kv", "Drogfrihet:", "Samtliga prov negativa."), ("kv", "ADHD-utredning:", "Pågår, två av fyra besök genomförda, beräknas klar v. 51."),
 ("kv", "Behandling:", "Deltar aktivt, har genomfört steg 1-3."), ("kv", "Boende:", "Ansökan om försökslägenhet inlämnad."),
 ("sig", "Nils Berg, behandlare")]
jr = journal_text(OFF, dnr, P, [
 ("140818", "Besök", "EVL", [("Aktuellt:", "Ansökan HVB, utredning inleds.")]),
 ("140923", "Beslut", "EVL", [("Aktuellt:", "Beslut Ljusnegården.")]),
 ("140924", "Utgående", "EVL", [("Aktuellt:", "Placeringsbegäran mejlad.")]),
 ("141009", "Vårdplanering", "EVL", [("Aktuellt:", "Vårdplan upprättad på Ljusnegården.")]),
 ("141204", "Trepartssamtal", "EVL", [("Närvarande:", "Stefan, Nils Berg, handl."), ("Resultat:", "Drogfri, utredning pågår, se delrapport 2/12."), ("Slutsats:", "Fortsatt placering.")]),
 ("150212", "Trepartssamtal", "EVL", [("Resultat:", "ADHD diagnos ställd 18/12, medicinering insatt. Bor i träningslägenhet sedan 19/1. Praktik 50 % från 2/2."), ("Slutsats:", "Utskrivning 28/2 enl. plan, eftervård öppenvård.")]),
], "2015-09-25")
CASES.append(dict(id="jonkoping_2014-003318", committee="Jönköping", dnr=dnr, scenario="", docs=[
 dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", header=OFFH, blocks=utr),
 dict(file="placeringsbegaran.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", header=OFFH, blocks=pbd),
 dict(file="vardplan.pdf", type="vårdplan", producer="reportlab", layout="landscape", header=OFFH, blocks=vp),
 dict(file="delrapport_ljusnegarden.pdf", type="delrapport", producer="reportlab", serif=True, header="Ljusnegården HVB", blocks=delr),
 dict(file="journal.pdf", type="journalanteckningar", producer="enscript", header="Journal 2014-003318", text=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Socialtjänstens ställningstagande (no 'behov'/'Bedömning') states what he needs and why Ljusnegården meets it.",
     markers=["måste komma bort från nuvarande miljö", "Drogfri på anstalt men i riskmiljö"]),
  planning=dict(label="ja", why="Landscape vårdplan table with goals, activities, responsible and dates.", markers=["VÅRDPLAN - institutionsvård"]),
  follow_up=dict(label="ja", why="Delrapport 2014-12-02 with results and trepartssamtal 141204 and 150212 with outcomes.",
     markers=["Samtliga prov negativa.", "ADHD diagnos ställd 18/12"]),
  assignment_description=dict(label="ja", why="Placeringsbegäran holds a-g (sent 24/9 2014 per e-post).", markers=["1. Socialtjänstens ställningstagande", "Placeringsbegäran mejlad"], present="abcdefg"))))

# ---------------------------------------------------------------- J4 recent
dnr = "SOC 2015/61"; P = "Emma Karlsson"
utr = [("small", OFFH), ("title", "Utredning"), ("kv", "Dnr:", dnr), ("kv", "Person:", P), ("kv", "Handläggare:", "Ali Hassan"),
 ("kv", "Inledd:", "den 22 juni 2015"), ("kv", "Avslutad:", "den 7 augusti 2015"),
 ("h", "Aktualisering"), ("kv", "Aktuellt:", "Emma ansöker om hjälp med sitt drickande efter att ha blivit omhändertagen av polisen (LOB) två gånger i juni."),
 ("h", "Uppgifter"), ("kv", "Alkohol:", "Berusningsdrickande helger, ibland även vardagar. AUDIT 24."),
 ("kv", "Sysselsättning:", "Studerar till barnskötare (komvux), hög frånvaro vårterminen."), ("kv", "Boende:", "Studentlägenhet."),
 ("kv", "Psykiskt:", "Social ångest, dricker för att klara sociala situationer."),
 ("h", "Utredningens slutsatser"),
 ("kv", "Överväganden:", "Emmas berusningsdrickande har lett till två LOB-ingripanden och hotar hennes studier. Drickandet hänger ihop med social ångest."),
 ("kv", "Behov:", "Hon behöver stöd att förändra sina alkoholvanor och andra sätt att hantera ångest, så att hon kan fullfölja utbildningen."),
 ("kv", "Slutsats:", "Öppenvård med motiverande samtal och KBT-inriktade samtal vid Öppenvården Slottsgatan, i samverkan med psykiatrin kring ångesten, bedöms tillgodose detta. Hon har bostad och sysselsättning, varför dygnsvård inte är aktuell."),
 ("sig", "Ali Hassan, socialsekreterare")]
mail = """Från:     Ali Hassan <ali.hassan@jonkoping.example.se>
Till:     Öppenvården Slottsgatan <oppenvarden.slottsgatan@jonkoping.example.se>
Skickat:  den 13 augusti 2015 09:42
Ämne:     Beställning av öppenvårdsinsats - SOC 2015/61

Hej!

Här kommer beställning för Emma Karlsson, beslut 2015-08-11
(4 kap. 1 § SoL), period 2015-08-24 -- 2016-02-29.

Bedömning:    Berusningsdrickande med två LOB under juni, hög frånvaro
              i studierna. Drickandet hänger ihop med social ångest.
              Emma behöver stöd att ändra alkoholvanorna och andra sätt
              att hantera ångest för att klara utbildningen.
Uppdrag:      MI/KBT-samtal 1 ggr/v, alkoholprov (PEth) 1 ggr/mån,
              samordning med psykiatriska öppenvården.
Mål:          Inga berusningstillfällen fr.o.m. oktober; närvaro i
              studierna minst 90 % höstterminen 2015.
Uppföljning:  Uppföljningsmöte Emma/behandlare/handläggare efter 12
              veckor (v. 47) och vid periodens slut. Genomförandeplan
              till mig inom 3 veckor.
Vid avslut:   Kort skriftlig sammanfattning: närvaro, provsvar,
              måluppfyllelse, förslag på fortsatt stöd.

Hör av dig om något är oklart!

Med vänlig hälsning
Ali Hassan
Socialsekreterare, Myndighet vuxen missbruk
Jönköpings kommun
Tel 036-10 39 27
"""
gfp = [("small", "Öppenvården Slottsgatan · Jönköpings kommun"), ("title", "Genomförandeplan"), ("kv", "Namn:", P),
 ("kv", "Upprättad:", "2015-09-02"), ("kv", "Behandlare:", "Linnea Ström"),
 ("kv", "Mål 1:", "Inga berusningstillfällen fr.o.m. 2015-10-01. Aktivitet: dryckesdagbok, MI-samtal onsdagar kl. 13. Ansvar: Emma / Linnea Ström."),
 ("kv", "Mål 2:", "Närvaro i studierna minst 90 % ht 2015 (t.o.m. 2016-01-15). Aktivitet: veckoplanering i samtal. Ansvar: Emma."),
 ("kv", "Mål 3:", "Bedömning av ångest hos psykiatrin senast 2015-10-30. Aktivitet: remiss. Ansvar: Linnea Ström skickar remiss v. 37."),
 ("kv", "Uppföljning:", "2015-11-16 med handläggare (bokad)."), ("sig", "Emma Karlsson / Linnea Ström")]
jr = journal_blocks(OFFH, dnr, P, [
 ("2015-06-22", "Besök", "AH", [("Aktuellt:", "Ansökan om stöd, utredning inleds.")]),
 ("2015-08-11", "Beslut", "AH", [("Aktuellt:", "Beslut öppenvård Slottsgatan 150824-160229.")]),
 ("2015-08-13", "Utgående", "AH", [("Aktuellt:", "Beställning mejlad till Slottsgatan, se mejl.")]),
 ("2015-08-24", "Telefon", "AH", [("Aktuellt:", "Linnea Ström bekr. att Emma startat idag.")]),
 ("2015-09-03", "Inkommande", "AH", [("Aktuellt:", "GFP inkommen från Slottsgatan."), ("Tidpunkt:", "Första uppföljningsmöte bokat 16/11 kl. 10.")]),
], "2015-09-28")
CASES.append(dict(id="jonkoping_SOC-2015-61", committee="Jönköping", dnr=dnr, scenario="recent", docs=[
 dict(file="utredning.pdf", type="utredning", producer="reportlab", header=OFFH, footer="Dnr " + dnr, blocks=utr),
 dict(file="bestallning_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="enscript", header="Utskrift e-post", text=mail),
 dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-docx", header="Öppenvården Slottsgatan", blocks=gfp),
 dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-rtf", header=OFFH, blocks=jr)],
 crit=dict(
  needs_assessment=dict(label="ja", why="Utredningens slutsatser state needs and why öppenvård at Slottsgatan meets them.", markers=["stöd att förändra sina alkoholvanor", "Emma behöver stöd att ändra alkoholvanorna"]),
  planning=dict(label="ja", why="Genomförandeplan with dated goals, activities and responsible.", markers=["Inga berusningstillfällen fr.o.m. 2015-10-01"]),
  follow_up=dict(label="ej_tillämpligt", why="Started 2015-08-24; first follow-up booked 2015-11-16, after the review date."),
  assignment_description=dict(label="ja", why="E-mail sent 13 aug 2015 with assessment, content, goals, follow-up, end report and signature with phone.",
     markers=["Beställning av öppenvårdsinsats - SOC 2015/61", "Beställning mejlad till Slottsgatan"], present="abcdefg"))))
