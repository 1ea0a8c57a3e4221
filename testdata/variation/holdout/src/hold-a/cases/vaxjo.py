# -*- coding: utf-8 -*-
"""Växjö: IFO Vuxenenheten. Old Combine-style exports (Courier) next to newer Viva-style ones."""
import os
from lib import render_rl, render_html, render_ps, render_groff, scan, unite, TMP

OFF = "Växjö kommun, Omsorgsförvaltningen, IFO Vuxenenheten"
OFF_OLD = "VAXJO KOMMUN  OMSORGSFORVALTNINGEN  IFO VUXEN"
AB = ("Annika Berglund", "0470-41 23 56", "annika.berglund@vaxjo.se")
JL = ("Jonas Lindqvist", "0470-41 27 03", "jonas.lindqvist@vaxjo.se")
SEKR = "Sekretess enligt OSL 26 kap. 1 §"

# ------------------------------------------------------------------ V1
def v1():
    cid = "vaxjo_IFO-2014-1187"; dnr = "IFO 2014/1187"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Roger Fält"), ("Personnr", "19001108-2759"), ("Adress", "Smedsgatan 14 B, 352 36 Växjö"),
                ("Ärende", "Ansökan om behandlingshemsvistelse, SoL 4:1"), ("Handläggare", "Annika Berglund")]),
        ("p", "Roger kom på besök till Vuxenenheten den 6 oktober 2014 tillsammans med sin syster Marie och ansökte om att få komma till ett behandlingshem för sitt alkoholmissbruk. Han berättade att han druckit dagligen sedan i våras och att det blivit värre efter att han blev uppsagd från sitt arbete på sågverket i juni. Utredningen har gjorts genom två besök på enheten, ett hembesök den 28 oktober samt telefonkontakter med Öppenvården Kompassen, Vårdcentralen Norrslätt och systern, efter Rogers samtycke."),
        ("p", "Roger bor ensam i en hyreslägenhet på två rum. Han har två vuxna barn som han har sporadisk kontakt med, dottern bor i Alvesta och sonen i Malmö. Han skildes 2009. Sedan dess har drickandet ökat gradvis. Han dricker enligt egen uppgift ca en flaska vin och 4-6 starköl om dagen, mer på helgerna. Han har vid två tillfällen under hösten avgiftats på Beroendecentrum efter att ha sökt akut med abstinens. På AUDIT fick han 31 poäng. Han har inga andra droger men har fått sömntabletter utskrivna av vårdcentralen."),
        ("p", "Roger hade kontakt med Kompassen under våren 2013, då han gick i samtal ca tio gånger. Enligt Kompassen avbröt han kontakten när han fick återfall och kom inte tillbaka trots att de skickade kallelser. Roger säger själv att det inte räckte att gå dit en gång i veckan, han drack ändå på kvällarna och \"det fanns ingen som såg det\"."),
        ("p", "Vid hembesöket var lägenheten i stökigt skick med många tomflaskor. Hyresvärden har skickat en skrivelse om störningar. Roger har hyresskuld för september, ca 5 600 kr. Han får a-kassa men den tar slut i december. Han har förhöjda levervärden enligt vårdcentralen och har tappat i vikt. Systern beskriver att hon är orolig för att han ska dö om inget händer och att han isolerat sig från alla utom henne."),
        ("p", "Roger säger att han vill sluta dricka helt och att han vet att han inte klarar det hemma. Han vill komma iväg, gärna till ett ställe med tolvstegsbehandling eftersom en kamrat blivit nykter på det sättet. Han har tagit del av information om Tallnäs behandlingshem och har varit där på ett förbesök den 4 november tillsammans med handläggaren. Tallnäs kan ta emot honom från den 24 november."),
        ("p", "Mot bakgrund av ovanstående gör socialtjänsten bedömningen att Roger har ett allvarligt alkoholberoende som han inte kunnat bryta med öppenvård på hemorten. Han har förhöjda levervärden, har avgiftats två gånger under hösten och riskerar att förlora sin bostad. Han saknar ett nyktert nätverk på hemorten förutom systern. För att bli nykter måste han få komma bort från sin hemmiljö en tid och få en strukturerad behandling med daglig närvaro, vilket Kompassen inte kan erbjuda. Tallnäs erbjuder tolvstegsbehandling i grupp och enskilt i en drogfri miljö, med möjlighet att arbeta med relationen till barnen, och Roger är själv motiverad för just den inriktningen. Socialtjänsten anser därför att institutionsvård på Tallnäs behandlingshem under ca tolv veckor, följt av eftervård på Kompassen, ger Roger förutsättningar att bli nykter och att uppnå en skälig levnadsnivå. Under vistelsen ska hyresskulden ordnas så att han har kvar sin bostad."),
        ("p", "Förslag till beslut: Roger Fält beviljas institutionsvård på Tallnäs behandlingshem enligt SoL 4 kap. 1 § fr.o.m. 2014-11-24 under ca tolv veckor."),
        ("sig", ["Växjö 2014-11-10", "", "Annika Berglund", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn", "Roger Fält"), ("Personnummer", "19001108-2759"), ("Dnr", dnr), ("Beslutsdatum", "2014-11-12")]),
        ("h", "Ansökan"),
        ("p", "Ansökan om behandlingshemsvistelse inkom 2014-10-06."),
        ("h", "Beslut"),
        ("p", "Bifall. Institutionsvård vid Tallnäs behandlingshem, Hovmantorp, beviljas enligt socialtjänstlagen 4 kap. 1 § fr.o.m. 2014-11-24 t.o.m. längst 2015-02-28. Kostnad enligt avtal."),
        ("h", "Motivering"),
        ("p", "Se utredning daterad 2014-11-10."),
        ("sig", ["Maria Ekdahl", "Enhetschef, IFO Vuxenenheten", "Beslutet fattat med stöd av delegation, punkt 4.3.2"]),
        ("sp", 1),
        ("small", "Hur man överklagar: Om du inte är nöjd med beslutet kan du överklaga det hos Förvaltningsrätten i Växjö. Skrivelsen ska ha kommit in till Omsorgsförvaltningen inom tre veckor från den dag du fick del av beslutet."),
    ]
    uppdr = [
        ("title", "Uppdragsbeskrivning"),
        ("p", "Institutionsvård enligt SoL 4 kap. 1 § – uppdrag till utförare"),
        ("kv", [
            ("Klient", "Roger Fält, 19001108-2759"),
            ("Utförare", "Tallnäs behandlingshem, Tallnäsvägen 4, 364 30 Hovmantorp. Kontakt: föreståndare Bengt Ros, 0478-401 20"),
            ("Beslut", "2014-11-12, Maria Ekdahl enhetschef. Placering fr.o.m. 2014-11-24, längst t.o.m. 2015-02-28"),
            ("Nämndens bedömning av den enskildes behov", "Roger har ett allvarligt alkoholberoende (AUDIT 31 p), förhöjda levervärden och två avgiftningar under hösten 2014. Öppenvård på Kompassen 2013 gav inte önskat resultat. Han behöver komma bort från hemmiljön och få strukturerad daglig behandling för att bli nykter, samt stöd att återknyta kontakten med sina vuxna barn. Hans bostad är hotad p.g.a. hyresskuld."),
            ("Uppdraget omfattar", "Tolvstegsbehandling i grupp och enskilt, ca 12 veckor. Alkoholkontroller (utandningsprov dagligen, PEth en gång/månad). Anhörigdag med systern och barnen om Roger vill. Förberedelse inför eftervård på Kompassen."),
            ("Mål med insatsen", "1. Roger är nykter under hela vistelsen. 2. Roger har tagit kontakt med båda sina barn före utskrivning. 3. En eftervårdsplan med Kompassen är klar före utskrivning."),
            ("Uppföljning", "Behandlingshemmet upprättar genomförandeplan inom tre veckor och skickar den till handläggaren. Trepartssamtal (Roger, behandlare, handläggare) på Tallnäs i januari 2015, datum bestäms vid inskrivning. Tallnäs kontaktar handläggaren omgående vid återfall eller avbrott."),
            ("Återrapportering vid avslut", "Skriftlig slutrapport till handläggaren senast två veckor efter utskrivning: måluppfyllelse, provresultat, Rogers egen bedömning samt rekommendationer om fortsatta insatser."),
            ("Ansvarig handläggare", "Annika Berglund, socialsekreterare, tel 0470-41 23 56, annika.berglund@vaxjo.se"),
            ("Överlämnande", "Uppdragsbeskrivningen har överlämnats till Tallnäs behandlingshem 2014-11-20 per fax (0478-401 29) tillsammans med utredning och beslut. Mottagningskvitto återfaxat samma dag."),
        ], 0.32),
        ("sig", ["Växjö 2014-11-20", "", "Annika Berglund"]),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("lp", "Klient:", "Roger Fält, 19001108-2759"),
        ("lp", "Dnr:", dnr),
        ("lp", "Insats:", "Institutionsvård, Tallnäs behandlingshem, fr.o.m. 2014-11-24 till ca 2015-02-20"),
        ("lp", "Upprättad:", "2014-11-21 på Vuxenenheten. Närvarande: Roger, systern Marie Fält, handl. Annika Berglund"),
        ("h", "Mål"),
        ("bul", [
            "Roger ska vara helt nykter under behandlingstiden. Mäts med utandningsprov och PEth. Stäms av vid trepartssamtal 2015-01-22.",
            "Roger ska ha haft kontakt med både dottern och sonen senast 2015-02-20. Behandlare på Tallnäs stöttar, anhörigdag i januari.",
            "Hyresskulden för september ska vara betald eller avbetalningsplan klar senast 2014-12-15 så att Roger behåller sin lägenhet. Ansvar: Roger med stöd av handl.",
            "Eftervård på Kompassen ska vara planerad och första tid bokad före utskrivning 2015-02-20. Ansvar: handl.",
        ]),
        ("h", "Vem gör vad"),
        ("bul", [
            "Tallnäs: tolvstegsbehandling, kontroller, genomförandeplan senast 2014-12-15, slutrapport.",
            "Handläggare Annika Berglund: betalningsansvar enligt beslut, kontakt med hyresvärd, trepartssamtal 2015-01-22, kontakt med Kompassen i februari.",
            "Roger: deltar i behandlingen, lämnar prover, tar kontakt med barnen, söker ekonomiskt bistånd för december.",
            "Marie (syster): följer med på anhörigdagen, hämtar posten under vistelsen.",
        ]),
        ("h", "Uppföljning"),
        ("p", "Trepartssamtal på Tallnäs 2015-01-22 kl. 13.00. Vårdplanen gäller till utskrivning och revideras vid behov vid trepartssamtalet."),
        ("sig", ["Roger Fält ............................      Annika Berglund ............................"]),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "Roger Fält  19001108-2759   Dnr " + dnr + "   Utskrivet 2015-09-29"),
        ("jn", "2014-10-06", "Besök, Annika Berglund", "Kl. kommer till enheten tillsammans med sin syster Marie. Ansöker om behandlingshem. Berättar om sitt drickande och att han blivit uppsagd i juni. Utredning inleds, kl. lämnar samtycke till kontakt med Kompassen, VC Norrslätt och systern."),
        ("jn", "2014-10-15", "Telefon, Annika Berglund", "Tel. med Kompassen (Lotta S). Kl. gick där vt 2013, ca 10 ggr, avbröt efter återfall."),
        ("jn", "2014-10-28", "Hembesök, Annika Berglund", "Planerat hembesök genomfört. Se utredning. Kl. nykter vid besöket men skakig. Har fått brev från hyresvärden om störning."),
        ("jn", "2014-11-04", "Förbesök, Annika Berglund", "Åkte tilsammans med kl. till Tallnäs för förbesök. Kl. positiv, de kan ta emot 24/11."),
        ("jn", "2014-11-12", "Beslut", "Beslut om institutionsvård Tallnäs fattat av enhetschef Maria Ekdahl. Kl. informerad per tel, beslutet skickat hem."),
        ("jn", "2014-11-20", "Uppdragsbeskrivning, Annika Berglund", "Uppdragsbeskrivning, utredning och beslut faxade till Tallnäs. Kvitto från Bengt Ros samma dag."),
        ("jn", "2014-11-21", "Besök, Annika Berglund", "Vårdplan upprättad tillsammans med kl. och systern, se separat dokument."),
        ("jn", "2014-11-24", "Inskrivning", "Kl. inskriven på Tallnäs enligt tel. från personalen. Systern skjutsade."),
        ("jn", "2014-12-16", "Post", "Genomförandeplan från Tallnäs inkommen, upprättad 2014-12-12 av behandlare Sanna Wiik. Skannad till akten."),
        ("jn", "2015-01-22", "Trepartssamtal på Tallnäs, Annika Berglund", "Närvarande kl., behandlare Sanna Wiik och handl. Vi gick igenom vårdplanens mål. Kl. har varit nykter sedan inskrivningen, alla utandningsprov negativa och PEth 2015-01-12 under gränsvärdet. Han deltar i alla grupper och har gjort steg 1-3. Han har träffat dottern en gång på anhörigdagen, sonen har han pratat med i telefon. Avbetalningsplan med hyresvärden klar sen december. Kl. säger att han mår bättre än på många år men är rädd för att komma hem. Överenskommet att behandlingen fortsätter till 20/2 som planerat och att handl. bokar eftervård på Kompassen innan dess. Mål 1 och 3 uppfyllda hittills, mål 2 delvis."),
        ("jn", "2015-02-05", "Telefon, Annika Berglund", "Tid bokad på Kompassen 2015-02-24 kl. 10 för kl. Meddelat Tallnäs."),
        ("jn", "2015-02-20", "Utskrivning", "Kl. utskriven från Tallnäs enligt plan."),
        ("jn", "2015-03-03", "Post", "Slutrapport från Tallnäs inkommen. Kl. har fullföljt behandlingen, nykter under hela vistelsen. Rekommenderar eftervård 6 mån samt AA."),
        ("jn", "2015-04-15", "Uppföljningssamtal, Annika Berglund", "Kl. på besök tillsammans med behandlare från Kompassen. Har haft ett kortare återfall i mars (en helg) men tog själv kontakt med Kompassen efteråt. Går på AA två ggr/vecka. Har fått praktikplats via AF. Kl. vill fortsätta på Kompassen, ansökan om fortsatt öppenvård tas emot. Institutionsvårdsinsatsen avslutas."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_ps(p("utredning.pdf"), utr, header=(OFF_OLD, "Dnr " + dnr), footer=(SEKR, "Sida {p}({n})"), title="Utredning")
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), title="Beslut")
        render_rl(p("uppdragsbeskrivning.pdf"), uppdr, font="Helvetica", size=9.5, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), title="Uppdragsbeskrivning")
        render_groff(p("vardplan.pdf"), vp, header=("Växjö kommun  IFO Vuxenenheten", "Dnr " + dnr), footer=(SEKR, "Sida %"), family="H", size=10)
        render_html(p("journalanteckningar.pdf"), jn, header=(OFF, "Journal – Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Växjö", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "ps2pdf-handwritten-ps", "single-column narrative, monospace"),
              ("beslut.pdf", "beslut", "reportlab", "single-column, form table"),
              ("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", "reportlab", "form (table)"),
              ("vardplan.pdf", "vardplan", "groff-ps2pdf", "bullet lists"),
              ("journalanteckningar.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "narrative utredning without headings; paragraph 'Mot bakgrund av ovanstående' states the problems and why Tallnäs meets them; repeated in the assignment",
                              [("utredning.pdf", ["Mot bakgrund av ovanstående gör socialtjänsten"]), ("uppdragsbeskrivning.pdf", ["Nämndens bedömning av den enskildes behov"])]),
            planning=("ja", "vårdplan 2014-11-21 as bullet list with dated goals and who does what",
                      [("vardplan.pdf", ["ska vara helt nykter under behandlingstiden", "Vem gör vad"])]),
            follow_up=("ja", "journal 2015-01-22 trepartssamtal at Tallnäs with goal-by-goal outcome; 2015-04-15 uppföljningssamtal",
                       [("journalanteckningar.pdf", ["Trepartssamtal på Tallnäs", "Uppföljningssamtal, Annika"])]),
            assignment_description=("ja", "form with all elements; faxed 2014-11-20 (in form and journal)",
                                    [("uppdragsbeskrivning.pdf", ["Uppdraget omfattar"]), ("journalanteckningar.pdf", ["Uppdragsbeskrivning, utredning och beslut faxade"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ V2
def v2():
    cid = "vaxjo_IFO-2015-0288"; dnr = "IFO 2015/0288"
    hdr = (OFF, "Dnr " + dnr)
    utr = [
        ("title", "Utredning SoL 11 kap. 1 §"),
        ("kv", [("Namn", "Jenny Sandell"), ("Personnummer", "19020317-4426"), ("Utredningen avser", "Ansökan om öppenvårdsbehandling"), ("Utredningstid", "2015-02-16 – 2015-03-18"), ("Handläggare", "Jonas Lindqvist")]),
        ("h", "Aktualisering"),
        ("p", "Jenny ringde till enheten 2015-02-16 efter att ha varit på Kompassens öppna mottagning. Hon vill ha hjälp att sluta med amfetamin."),
        ("h", "Bakgrund"),
        ("p", "Jenny växte upp i Lammhult och flyttade till Växjö för gymnasiet. Hon började använda amfetamin i tjugoårsåldern, först på helger. Hon har en son som bor hos sin pappa sedan 2013, Jenny träffar honom varannan helg under förutsättning att hon är drogfri. Hon har tidigare haft kontakt med socialtjänsten 2012 (ekonomiskt bistånd)."),
        ("h", "Nuvarande situation"),
        ("p", "Jenny bor i hyresrätt på Teleborg. Hon använder amfetamin 3-4 dagar i veckan, mest intravenöst enligt henne själv sedan i höstas. DUDIT 2015-02-25: 31 poäng. Hon röker cannabis ibland men ser inte det som ett problem. Hon har inget arbete, har ekonomiskt bistånd sen januari. Mamman bor i Lammhult och är ett stöd, hon skjutsar ibland Jenny till möten. Jenny har sömnproblem och ångest. Hon har tid hos psykiatrin i april."),
        ("h", "Klientens uppfattning"),
        ("p", "Jenny vill inte åka iväg på behandlingshem eftersom hon då inte kan träffa sonen och är rädd att förlora lägenheten. Hon tror att hon klarar att sluta om hon får täta samtal och lämnar prover, \"så att jag har något att visa upp\"."),
        ("h", "Analys"),
        ("p", "Jenny har ett beroende av amfetamin som har förvärrats det senaste halvåret, med intravenöst bruk som innebär stora hälsorisker. Umgänget med sonen är villkorat av att hon är drogfri, och hon riskerar att helt förlora kontakten med honom. Samtidigt har hon en egen bostad, stöd av sin mamma och en stark motivation kopplad till sonen, vilket talar för att behandling på hemmaplan kan fungera. Hon har inte tidigare provat någon behandling. Socialtjänstens analys är att Jenny i första hand måste få hjälp att bryta amfetaminbruket och att få struktur i vardagen. Öppenvård på Kompassen med individuella samtal enligt återfallsprevention (ÅP) en gång i veckan, ÅP-grupp en gång i veckan och urinprov två gånger i veckan ger henne det stöd och den kontroll hon själv efterfrågar, och gör att hon kan bo kvar och behålla umgänget. Om hon inte kan bli drogfri med öppenvård får frågan om behandlingshem prövas på nytt."),
        ("h", "Förslag till beslut"),
        ("p", "Öppenvård vid Kompassen enligt SoL 4 kap. 1 § under perioden 2015-03-23 – 2015-09-30."),
        ("sig", ["Jonas Lindqvist, socialsekreterare", "2015-03-18"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn", "Jenny Sandell"), ("Personnummer", "19020317-4426"), ("Beslutsdatum", "2015-03-20"), ("Beslutsfattare", "Maria Ekdahl, enhetschef")]),
        ("p", "**Beslut:** Bifall. Jenny Sandell beviljas öppenvård vid Öppenvården Kompassen enligt socialtjänstlagen 4 kap. 1 §, perioden 2015-03-23 – 2015-09-30."),
        ("p", "**Skäl:** Jenny har ett amfetaminberoende och ansöker om behandling på hemorten. Insatsen bedöms ge henne en skälig levnadsnivå, se utredningens analys."),
        ("small", "Beslutet kan överklagas till Förvaltningsrätten i Växjö inom tre veckor från att du fått del av det."),
    ]
    mail = """
<div style="font-family:'Liberation Sans';font-size:10pt">
<div style="font-size:13pt;font-weight:bold;border-bottom:2px solid #000;padding-bottom:3pt;margin-bottom:8pt">Jonas Lindqvist</div>
<table style="width:100%;border:none;margin:0 0 10pt 0">
<tr><td style="border:none;width:18%;padding:1pt"><b>Från:</b></td><td style="border:none;padding:1pt">Jonas Lindqvist &lt;jonas.lindqvist@vaxjo.se&gt;</td></tr>
<tr><td style="border:none;padding:1pt"><b>Skickat:</b></td><td style="border:none;padding:1pt">den 23 mars 2015 09:14</td></tr>
<tr><td style="border:none;padding:1pt"><b>Till:</b></td><td style="border:none;padding:1pt">Kompassen Mottagning &lt;kompassen@vaxjo.se&gt;</td></tr>
<tr><td style="border:none;padding:1pt"><b>Kopia:</b></td><td style="border:none;padding:1pt">Elin Strand</td></tr>
<tr><td style="border:none;padding:1pt"><b>Ämne:</b></td><td style="border:none;padding:1pt">Uppdrag öppenvård – J.S. 020317 (IFO 2015/0288)</td></tr>
<tr><td style="border:none;padding:1pt"><b>Bifogade filer:</b></td><td style="border:none;padding:1pt">Beslut 2015-03-20.pdf; Utredning JS.pdf</td></tr>
</table>
<p>Hej!</p>
<p>Här kommer uppdraget för Jenny S. som vi pratade om på samverkansmötet. Beslut och utredning bifogas.</p>
<p><b>Vår bedömning:</b> Jenny har ett amfetaminberoende som förvärrats senaste halvåret, numera delvis intravenöst. Hon har egen lägenhet, stöd av sin mamma och umgänge med sin son som förutsätter drogfrihet. Hon behöver täta samtal, kontroll i form av prover och hjälp med struktur för att bli drogfri och kunna bo kvar, vilket vi bedömer att Kompassen kan ge.</p>
<p><b>Uppdraget:</b> Individuella ÅP-samtal 1 ggr/v, ÅP-grupp 1 ggr/v, urinprov (övervakade) 2 ggr/v. Perioden 2015-03-23 – 2015-09-30.</p>
<p><b>Mål:</b> Jenny ska vara drogfri (negativa prover) från maj 2015 och ha fortsatt umgänge med sonen varannan helg. Hon ska ha en sysselsättning minst halvtid senast i september.</p>
<p><b>Uppföljning:</b> Ni upprättar genomförandeplan tillsammans med Jenny inom tre veckor och skickar kopia till mig. Avstämning mellan Jenny, behandlare och mig efter ca 2,5 månad (juni) och inför periodens slut i september. Meddela mig direkt om hon uteblir två gånger i rad.</p>
<p><b>Vid avslut</b> vill jag ha en skriftlig sammanfattning: hur målen uppfyllts, provresultat, närvaro och er rekommendation om fortsatta insatser.</p>
<p>Hör av dig om något är oklart!</p>
<p>Med vänlig hälsning<br>Jonas Lindqvist<br>Socialsekreterare, Vuxenenheten<br>Omsorgsförvaltningen, Växjö kommun<br>Tel 0470-41 27 03 &nbsp; Vx 0470-410 00<br>jonas.lindqvist@vaxjo.se</p>
</div>"""
    gfp_rows = [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                ["Jenny är drogfri från amfetamin (alla prover negativa)", "Övervakade urinprov mån + tors", "Kompassen, SSK Per Holm", "Fr.o.m. 2015-04-09, mål uppnått senast 2015-05-31"],
                ["Jenny har verktyg för att hantera sug och riskssituationer", "Individuella ÅP-samtal (10 st enligt manual), hemuppgifter", "Behandlare Elin Strand", "Onsdagar kl 13, 2015-04-15 – 2015-06-17"],
                ["Jenny har ett drogfritt socialt sammanhang", "ÅP-grupp tisdagar, kartläggning av nätverk", "Elin Strand / Jenny", "Grupp startar 2015-04-14; nätverkskarta klar 2015-05-05"],
                ["Jenny sover bättre och har mindre ångest", "Jenny träffar psykiatrin, Kompassen samordnar med läkare", "Jenny, SSK Per Holm", "Läkartid 2015-04-22"],
                ["Jenny har sysselsättning minst 50 %", "Kontakt med AF / Jobbcentrum, trepartsmöte", "Jenny med stöd av handl. Jonas Lindqvist", "Senast 2015-09-01"]]
    gfp = [("title", "Genomförandeplan – Öppenvården Kompassen"),
           ("p", "Klient: Jenny Sandell   Upprättad: 2015-04-08   Deltagare: Jenny, Elin Strand (behandlare), Per Holm (SSK)   Uppdrag från: Vuxenenheten, handl. Jonas Lindqvist, beslut 2015-03-20"),
           ("table", gfp_rows, [0.28, 0.30, 0.18, 0.24]),
           ("p", "Avstämning av planen sker tillsammans med Jenny och handläggaren i juni och september 2015. Jenny har varit med och formulerat målen och får en egen kopia."),
           ("p", "Underskrift Jenny ...................................     Behandlare ..................................."),
           ]
    jn = [("title", "Journalanteckningar – Jenny Sandell"),
          ("jn", "2015-02-16 10:40", "Telefon | Handl. Jonas Lindqvist", "Kl. ringer, har varit på Kompassens öppna mott. Vill ha hjälp att sluta med amfetamin. Tid bokad 25/2."),
          ("jn", "2015-02-25 13:00", "Besök | Jonas Lindqvist", "Ansökan om öppenvård. DUDIT ifylld (31 p). Samtycke till kontakt med Kompassen, psykiatrin och mamman."),
          ("jn", "2015-03-04", "Telefon | Jonas Lindqvist", "Pratat med mamman Ingrid. Hon bekräftar bilden, vill stötta."),
          ("jn", "2015-03-20", "Beslut | Maria Ekdahl", "Beslut öppenvård Kompassen 2015-03-23 – 2015-09-30."),
          ("jn", "2015-03-23", "Uppdrag | Jonas Lindqvist", "Uppdraget mejlat till Kompassen 09:14 med beslut och utredning bifogat. Elin Strand bekräftat mottagandet per mejl kl 11."),
          ("jn", "2015-04-09", "Inkommande handling", "Genomförandeplan från Kompassen (2015-04-08) inkommen, skannad."),
          ("jn", "2015-05-12", "Telefon | Jonas Lindqvist", "Elin Strand ringer, Jenny har misat en grup pga sjukdom. I övrigt bra."),
          ("jn", "2015-06-10 14:00", "Avstämning på Kompassen | Jonas Lindqvist", "Avstämning med kl., Elin Strand och handl. 15 av 16 urinprov negativa, ett positivt för amfetamin 2015-05-16 efter en fest, kl. berättade själv om det innan svaret kom. Hon har gått på alla individuella samtal och 7 av 9 grupper. Umgänget med sonen har fungerat varje gång. Sover bättre sen hon fick medicin av psykiatrin. Sysselsättning saknas fortfarande, handl. bokar möte med AF. Kl. nöjd, vill fortsätta enligt GFP. Nästa avstämning i september."),
          ("jn", "2015-07-02", "Möte | Jonas Lindqvist", "Trepartsmöte med AF (Karolina N). Kl. börjar arbetsträning på Återbruket 50 % fr.o.m. 2015-08-17."),
          ("jn", "2015-09-16 10:00", "Avstämning | Jonas Lindqvist", "Avstämning med kl. och behandlare. Samtliga prover juni–sept negativa. Kl. har arbetstränat 50 % sen 17/8 och trivs. Alla mål i GFP uppfyllda utom att hon vill fortsätta gruppen. Kl. ansöker om förlängning av öppenvården för återfallsprevention, ansökan tas emot."),
          ("jn", "2015-09-28", "Beslut | Maria Ekdahl", "Beslut om fortsatt öppenvård Kompassen 2015-10-01 – 2016-03-31."),
          ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        t = lambda f: os.path.join(TMP, cid + "_" + f)
        render_rl(t("utr.pdf"), utr, font="Helvetica", header=hdr, footer=(SEKR, "Sida {p} av {n}"), title="Utredning")
        render_rl(t("beslut.pdf"), beslut, font="Helvetica", header=hdr, footer=(SEKR, "Sida {p} av {n}"), title="Beslut")
        render_html(t("mail.pdf"), body=mail, header=("", ""), footer=("", "{p}"), title="Uppdrag")
        render_rl(t("gfp.pdf"), gfp, font="Helvetica", land=True, size=9.5, header=("Öppenvården Kompassen, Växjö", "Genomförandeplan"), footer=("", "Sida {p} av {n}"), title="Genomförandeplan")
        render_html(p("journalanteckningar.pdf"), jn, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5, font="'DejaVu Sans'")
        unite(p("akt_IFO-2015-0288.pdf"), [t("utr.pdf"), t("beslut.pdf"), t("mail.pdf"), t("gfp.pdf"), p("journalanteckningar.pdf")])
    A = "akt_IFO-2015-0288.pdf"
    return dict(
        case_id=cid, committee="Växjö", diarienummer=dnr, scenario="", build=build,
        docs=[(A, "samlad_akt (utredning, beslut, uppdrag som e-post, genomförandeplan, journal)", "pdfunite(reportlab+chromium)", "mixed: portrait pages, e-mail, landscape table page"),
              ("journalanteckningar.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "utredning heading 'Analys' (no 'Bedömning', no 'behov') gives problems and why Kompassen; short reasons in the decision; also in the e-mail assignment",
                              [(A, ["Socialtjänstens analys är att Jenny", "Skäl: Jenny har ett amfetaminberoende", "Vår bedömning: Jenny har"])]),
            planning=("ja", "genomförandeplan as landscape table Mål|Insats|Ansvarig|Tidpunkt with dates",
                      [(A, ["Genomförandeplan – Öppenvården Kompassen"])]),
            follow_up=("ja", "journal 'Avstämning' 2015-06-10 and 2015-09-16 with outcomes",
                       [(A, ["Avstämning med kl., Elin Strand", "Samtliga prover juni–sept negativa"]),
                        ("journalanteckningar.pdf", ["Avstämning med kl., Elin Strand", "Samtliga prover juni–sept negativa"])]),
            assignment_description=("ja", "e-mail 2015-03-23 with assessment, content, goals, follow-up, report-back, signature with phone",
                                    [(A, ["Uppdrag öppenvård – J.S.", "Uppdraget mejlat till Kompassen"]), ("journalanteckningar.pdf", ["Uppdraget mejlat till Kompassen"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ V3 declined
def v3():
    cid = "vaxjo_IFO-2015-0517"; dnr = "IFO 2015/0517"
    utr = [
        ("title", "Utredning – ansökan om institutionsvård"),
        ("kv", [("Namn", "Lars-Erik Hammar"), ("Personnummer", "19010722-3317"), ("Handläggare", "Annika Berglund"), ("Inledd", "2015-05-04"), ("Avslutad", "2015-05-29")]),
        ("h", "Anledning till utredning"),
        ("p", "Lars-Erik har efter avgiftning på Beroendecentrum 2015-04-22 – 2015-04-30 ansökt om behandlingshem. Kontakten förmedlades av kurator på avdelningen."),
        ("h", "Bakgrund och nuläge"),
        ("p", "Lars-Erik är änkeman sedan 2011 och bor i villa i Ingelstad med sin hund. Han är förtidspensionär. Han har druckit mycket sedan hustrun dog, de senaste två åren i princip dagligen. Han har fallit i hemmet flera gånger och blev i april inlagd efter ett kramanfall i samband med abstinens. Han har en dotter i Stockholm som har ringt socialtjänsten av oro. Han har inga tidigare kontakter med socialtjänsten. AUDIT: 29 p."),
        ("p", "Enligt epikrisen från Beroendecentrum har han leverpåverkan och rekommenderas fortsatt behandling efter avgiftningen. Läkarens bedömning är att han inte bör vara ensam hemma de närmaste veckorna."),
        ("h", "Lars-Eriks egen syn"),
        ("p", "Lars-Erik säger att han är rädd efter kramperna. Han vill komma iväg någonstans \"innan jag börjar igen\". Han är orolig för hunden men dottern har lovat att ta den. Han har besökt Källbackens HVB 2015-05-20."),
        ("h", "Sammanfattande överväganden"),
        ("p", "Lars-Erik har ett långvarigt och omfattande alkoholbruk som lett till abstinenskramper, fallskador och leverpåverkan. Han bor ensam och isolerat på landet utan nyktert stöd i närheten och har inga erfarenheter av behandling. Risken för återfall direkt efter avgiftningen är stor. Socialtjänsten anser att Lars-Erik för att kunna bli nykter och må bättre måste få bo i en skyddad miljö med dygnet-runt-personal under en period och få behandling med inriktning på alkohol och sorgbearbetning. Källbackens HVB arbetar med MI och KBT-inriktad återfallsprevention och har erfarenhet av äldre män med alkoholberoende. Institutionsvård där under ca 10 veckor är därför den insats som kan ge honom en skälig levnadsnivå. Öppenvård bedöms i nuläget inte räcka."),
        ("h", "Förslag"),
        ("p", "Institutionsvård vid Källbackens HVB enligt SoL 4:1 fr.o.m. 2015-06-15 i 10 veckor."),
        ("sig", ["Annika Berglund", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn", "Lars-Erik Hammar"), ("Personnummer", "19010722-3317"), ("Dnr", dnr), ("Beslutsdatum", "2015-06-03")]),
        ("p", "Lars-Erik Hammar beviljas institutionsvård vid Källbackens HVB enligt socialtjänstlagen 4 kap. 1 § fr.o.m. 2015-06-15 t.o.m. 2015-08-23."),
        ("p", "Motivering: Se utredning, sammanfattande överväganden."),
        ("sig", ["Maria Ekdahl", "Enhetschef"]),
        ("small", "Hur man överklagar: se bilaga."),
    ]
    mail = [
        ("raw_html", """<table style="border:none;width:100%;font-size:9.5pt">
<tr><td style="border:none;width:16%"><b>Från:</b></td><td style="border:none">Annika Berglund</td></tr>
<tr><td style="border:none"><b>Till:</b></td><td style="border:none">'intag@kallbacken.se'</td></tr>
<tr><td style="border:none"><b>Skickat:</b></td><td style="border:none">2015-06-08 15:32</td></tr>
<tr><td style="border:none"><b>Ämne:</b></td><td style="border:none">SV: Plats fr.o.m. 15/6 – uppdragsbeskrivning L-E H</td></tr></table><hr>"""),
        ("p", "Hej Gunnel!"),
        ("p", "Tack för beskedet om plats. Här kommer uppdragsbeskrivningen för Lars-Erik inför inskrivningen måndag 15/6."),
        ("hs", "Socialtjänstens bedömning"),
        ("p", "Lars-Erik har ett långvarigt alkoholberoende med abstinenskramper, fallskador och leverpåverkan. Han bor ensam på landet utan nyktert nätverk och har aldrig fått behandling. Han behöver en skyddad miljö med personal dygnet runt direkt efter avgiftningen samt behandling för alkohol och sorg efter hustruns död."),
        ("hs", "Uppdrag"),
        ("bul", ["Boende och behandling på Källbacken 2015-06-15 – 2015-08-23 (10 veckor).", "Återfallsprevention (KBT/MI), enskilt och i grupp.", "Samtal kring sorgen, gärna kontakt med präst/diakon om L-E vill.", "Kontakt med Beroendecentrum ang. leverprover."]),
        ("hs", "Mål"),
        ("bul", ["Lars-Erik är nykter under vistelsen.", "Han har en plan för nykter vardag hemma, t.ex. AA/Länkarna i Växjö, före utskrivning.", "Han har sökt kontakt med sorgegrupp före utskrivning."]),
        ("hs", "Uppföljning"),
        ("p", "Ni upprättar genomförandeplan inom 3 veckor. Vi ses för trepartssamtal ca 4 veckor in i vistelsen (förslag v. 28). Ring mig vid avbrott."),
        ("hs", "Vid avslut"),
        ("p", "Skriftlig slutrapport om måluppfyllelse och rekommendation om eftervård senast två veckor efter utskrivning."),
        ("p", "Vänliga hälsningar\nAnnika Berglund\nSocialsekreterare, IFO Vuxenenheten, Växjö kommun\nTel 0470-41 23 56 | annika.berglund@vaxjo.se"),
        ("small", "-----Ursprungligt meddelande-----\nFrån: Gunnel Ek, Källbackens HVB  Skickat: 2015-06-05 10:02\nÄmne: Plats fr.o.m. 15/6\nHej, vi har plats för L-E H från måndag 15 juni. Skicka gärna uppdragsbeskrivning innan. /Gunnel"),
    ]
    jn = [
        ("title", "Journal"),
        ("p", "Lars-Erik Hammar, 19010722-3317    " + dnr),
        ("jn", "2015-04-28", "Tel. Kurator Beroendecentrum", "Kurator ringer och förmedlar kontakt. Kl. vill ha behandlingshem efter avgiftningen."),
        ("jn", "2015-05-04", "Besök, Annika Berglund", "Ansökan om behandlingshem. Utredning inleds. Samtycke till kontakt m dottern och Beroendecentrum."),
        ("jn", "2015-05-11", "Tel. dottern Sara", "Dottern mycket orolig. Kan ta hunden under en behandling."),
        ("jn", "2015-05-20", "Förbesök Källbacken", "Handl. och kl. på förbesök. Kl. tyckte det verkade bra."),
        ("jn", "2015-06-03", "Beslut", "Bifall institutionsvård Källbacken fr.o.m. 15/6, se beslut."),
        ("jn", "2015-06-08", "Uppdragsbeskrivning", "Uppdragsbeskrivning mejlad till Källbacken (Gunnel Ek), se mejl."),
        ("jn", "2015-06-11", "Tel. från kl.", "Kl. ringer och säger att han inte vill åka till Källbacken på måndag. Han har varit nykter sen avgiftningen och tycker nu att han klarar det själv, vill inte lämna hunden och huset över sommaren. Handl. informerar om risker och erbjuder öppenvård på Kompassen eller stödsamtal, kl. avböjer allt men säger att han kan höra av sig om han ångrar sig. Kl. vill inte att vi kontaktar dottern."),
        ("jn", "2015-06-11", "Tel. Källbacken", "Meddelat Gunnel Ek att kl. tackat nej och att platsen inte kommer nyttjas. Ingen inskrivning sker."),
        ("jn", "2015-06-12", "Avslut", "Kl. har avböjt insatsen innan den påbörjats. Beslutet om institutionsvård verkställs inte. Ärendet avslutas. Kl. har fått information om att han kan vända sig till Vuxenenheten igen."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_html(p("utredning.pdf"), utr, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), font="'DejaVu Sans'", size=9.5)
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("uppdrag_epost.pdf"), mail, header=("", ""), footer=("Utskrivet från Outlook", "{p}"), font="'Liberation Sans'", size=10)
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, "DNR " + dnr), footer=("", "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Växjö", diarienummer=dnr, scenario="declined", build=build,
        docs=[("utredning.pdf", "utredning", "chromium", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdrag_epost.pdf", "uppdragsbeskrivning (e-post)", "chromium", "e-mail print"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("ja", "'Sammanfattande överväganden' gives the needs and why an HVB; also in the e-mail assignment",
                              [("utredning.pdf", ["Sammanfattande överväganden"]), ("uppdrag_epost.pdf", ["Socialtjänstens bedömning"])]),
            planning=("ej_tillämpligt", "client declined (2015-06-11) before the placement started", []),
            follow_up=("ej_tillämpligt", "client declined before the start; no intervention to follow up", []),
            assignment_description=("ja", "e-mail 2015-06-08 with all elements, sent before the client declined",
                                    [("uppdrag_epost.pdf", ["Socialtjänstens bedömning", "Vid avslut"]), ("journal.pdf", ["Uppdragsbeskrivning mejlad till Källbacken"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ V4 weak file
def v4():
    cid = "vaxjo_IFO-2015-0046"; dnr = "IFO 2015/0046"
    li = [
        ("title", "LÄKARINTYG"),
        ("p", "Vårdcentralen Norrslätt, Växjö"),
        ("kv", [("Patient", "Mona Wärn"), ("Pnr", "19000514-5128"), ("Till", "Socialtjänsten Växjö, Vuxenenheten"), ("Intyget avser", "Underlag för ansökan om behandling")]),
        ("h", "Anamnes"),
        ("p", "Pat känd på VC sedan flera år. Sökt upprepade gånger för magbesvär, sömnbesvär och nedstämdhet. Berättar nu om dagligt drickande, ca 1 flaska vin per dag sedan ca 2 år. Tidigare ej behandlad för alkohol."),
        ("h", "Status"),
        ("p", "Gott AT. Lätt tremor. BT 150/95. Lab: GT 3,1, CDT förhöjt, PEth 1,4."),
        ("h", "Bedömning"),
        ("p", "Alkoholberoende (F10.2). Hypertoni, sannolikt sekundär till alkoholkonsumtionen. Pat motiverad för behandling. Rek. kontakt med socialtjänstens öppenvård för psykosocial behandling. Acamprosat insatt 2014-12-18, återbesök VC om 6 v."),
        ("sp", 2),
        ("p", "Växjö 2014-12-19"),
        ("p", "Leg. läkare Hans Grelsson"),
    ]
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Mona Wärn"), ("Ärende", "Ansökan om öppenvård, alkohol"), ("Handläggare", "Jonas Lindqvist"), ("Datum", "2015-01-12")]),
        ("h", "Ansökan"),
        ("p", "Mona ansökte 2015-01-05 om behandling för sitt alkoholbruk på inrådan av sin läkare."),
        ("h", "Underlag"),
        ("p", "Samtal med Mona 2015-01-05 och 2015-01-08. Läkarintyg från VC Norrslätt 2014-12-19."),
        ("h", "Situation"),
        ("p", "Mona är gift och bor i villa i Sandsbro. Maken arbetar mycket och är ofta borta. Mona är sjukskriven 50 % från sitt arbete som undersköterska. Hon dricker vin varje kväll, mest ensam. Enligt läkarintyget från dr Grelsson är bedömningen att Mona har ett alkoholberoende (F10.2) och han rekommenderar psykosocial behandling. Hon har fått acamprosat."),
        ("h", "Klientens egen uppfattning"),
        ("p", "Mona säger att hon skäms och att hon vill ha hjälp innan det går ut över jobbet. Hon vill gå i samtal på Kompassen och inte ha kontakt med något behandlingshem."),
        ("h", "Bedömning"),
        ("p", ""),
        ("h", "Förslag till beslut"),
        ("p", "Öppenvård på Kompassen beviljas enl. SoL 4:1 från 2015-01-19 t.o.m. 2015-07-31."),
        ("sig", ["Jonas Lindqvist"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn", "Mona Wärn"), ("Dnr", dnr), ("Beslutsdatum", "2015-01-14"), ("Insats", "Öppenvård, Öppenvården Kompassen"), ("Lagrum", "SoL 4 kap. 1 §"), ("Period", "2015-01-19 – 2015-07-31"), ("Beslut", "Bifall"), ("Beslutsfattare", "Maria Ekdahl")]),
        ("small", "Beslutet kan överklagas hos Förvaltningsrätten i Växjö inom tre veckor."),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("p", "Öppenvården Kompassen    Klient: Mona W.    Behandlare: Lotta Sjögren"),
        ("h", "Mål"),
        ("bul", ["Mona ska minska sitt drickande.", "Må bättre psykiskt.", "Få en bättre relation med maken."]),
        ("h", "Insatser"),
        ("bul", ["Samtal på Kompassen (MI/ÅP).", "Eventuellt anhörigsamtal.", "Prover vid behov."]),
        ("h", "Uppföljning"),
        ("p", "Planen följs upp löpande i samtalen."),
        ("p", "Kompassen, januari 2015"),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "Mona Wärn   " + dnr + "   Handläggare: Jonas Lindqvist"),
        ("jn", "150105", "Besök  JL", "Kl. på besök, ansöker om öppenvård för alkohol efter råd från läkaren. Lämnat läkarintyg. Samtycke till kontakt m VC och Kompassen."),
        ("jn", "150108", "Besök  JL", "Fortsatt utredningssamtal. Kl. vill börja så snart som möjligt."),
        ("jn", "150114", "Beslut  ME", "Bifall öppenvård Kompassen."),
        ("jn", "150114", "Tel  JL", "Tel. med Lotta på Kompassen. Beställt start 19/1, Lotta blir behandlare. Uppdraget lämnades muntligt i telefon, de får kopia av beslutet med internposten. Uppföljning sker efter ca 3 mån."),
        ("jn", "150119", "Info  JL", "Kl. har börjat på Kompassen enligt Lotta."),
        ("jn", "150211", "Post", "Genomförandeplan från Kompassen inkommen."),
        ("jn", "150422", "Hembesök  JL", "Planerat hembesök, kl. ej hemma. Lämnat lapp."),
        ("jn", "150506", "Tel  JL", "Kl. ringer angående ansökan om ekonomiskt bistånd till tandvård, hänvisas till Försörjningsstöd. Kl. säger att hon har haft det tufft, maken flyttat ut."),
        ("jn", "150730", "Beslut  ME", "Kl. ansöker muntligt om fortsatt öppenvård. Bifall t.o.m. 2015-12-31."),
        ("jn", "150907", "Tel  JL", "Tel från Kompassen ang. fakturan för juni. Uppföljnig planeras till november tillsammans med kl. och Lotta."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        t = os.path.join(TMP, cid + "_li.pdf")
        render_rl(t, li, font="Times-Roman", size=11, header=None, footer=None)
        scan(t, p("lakarintyg.pdf"), seed=41, skew=0.7)
        render_rl(p("utredning.pdf"), utr, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("genomforandeplan.pdf"), gfp, header=("Öppenvården Kompassen", ""), footer=("", "Sida {p} av {n}"), font="'Liberation Serif'", size=11)
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, "DNR " + dnr), footer=("", "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Växjö", diarienummer=dnr, scenario="", build=build,
        docs=[("lakarintyg.pdf", "lakarintyg", "scan-img2pdf (reportlab original)", "scanned page"),
              ("utredning.pdf", "utredning", "reportlab", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("genomforandeplan.pdf", "genomforandeplan", "chromium", "bullet lists"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("nej", "heading 'Bedömning' empty; only the doctor's bedömning (scanned läkarintyg, quoted in utredning) and the client's own words; decision without reasons", []),
            planning=("delvis", "genomförandeplan with vague goals, no dates and no responsible persons",
                      [("genomforandeplan.pdf", ["Mona ska minska sitt drickande"])]),
            follow_up=("nej", "only 'uppföljning sker efter ca 3 mån' and 'uppföljnig planeras till november' (intervention started 2015-01-19); no follow-up recorded", []),
            assignment_description=("nej", "assignment given orally by phone; provider only received a copy of the decision", [], ""),
        ))

CASES = [v1, v2, v3, v4]
