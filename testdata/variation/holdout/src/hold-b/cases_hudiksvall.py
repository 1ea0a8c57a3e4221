# -*- coding: utf-8 -*-
"""Hudiksvall: Word and Writer documents, decisions and journals from the case system
(reportlab), one case exported as a single assembled PDF with a scanned page."""
from common import hdr, journal, sign, remiss_gavleborg

MUN = "Hudiksvall"
FOOT = "Hudiksvalls kommun · Individ- och familjeomsorgen|Sida {page} av {pages}"
SYSFOOT = "Hudiksvalls kommun · IFO · systemutskrift|Sida {page} av {pages}"


def H(dnr, right=None):
    return hdr(MUN, dnr, right)


# ------------------------------------------------------------------ case 16
def case_0077():
    dnr = "SOC 2014/0077"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Hans Engström"), ("Personnummer", "19000704-5513"), ("Dnr", dnr),
                ("Ansökan", "2014-02-10, behandlingshem"), ("Handläggare", "Anna-Karin Vestin")], {"labelw": 24}),
        ("h2", "Ärendets gång"),
        ("p", "Hans ansökte om behandlingshem vid besök 2014-02-10, efter att ha skrivits ut från avgiftning på "
              "Hudiksvalls sjukhus 2014-02-07. Besök har därefter skett 2014-02-17 och 2014-03-03. Kontakt har "
              "tagits med sjukhusets beroendeenhet och med Hans syster, efter samtycke."),
        ("h2", "Boende och försörjning"),
        ("p", "Hans bor ensam i ett hus utanför Delsbo. Han har arbetat som maskinförare på ett sågverk men blev "
              "uppsagd 2013 och har sedan dess aktivitetsersättning via Försäkringskassan. Han förlorade körkortet "
              "2013 efter rattfylleri."),
        ("h2", "Nätverk"),
        ("p", "Hans är ogift och har inga barn. Systern i Hudiksvall är hans närmaste kontakt. Han har avböjt "
              "att gå på AA-möten i Delsbo eftersom \"alla känner alla\"."),
        ("h2", "Alkohol och hälsa"),
        ("p", "Hans dricker sprit dagligen sedan många år. Han har avgiftats tre gånger sedan 2012 och återfallit "
              "inom några dagar varje gång. AUDIT 2014-02-17: 30 p. Han har förhöjda levervärden och "
              "polyneuropati i fötterna enligt sjukhusets uppgifter."),
        ("h2", "Hans synpunkter"),
        ("p", "Hans vill bli nykter och bo kvar i sitt hus. Han tror inte att han klarar det utan att först komma "
              "bort en period."),
        ("h2", "Förslag till beslut"),
        ("p", "Hans Engström beviljas vård vid Granlidens behandlingshem enligt 4 kap. 1 § SoL 2014-04-01 -- 2014-09-30."),
        sign("Hudiksvall 2014-03-17", "Anna-Karin Vestin", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Hans Engström"), ("Personnummer", "19000704-5513"), ("Dnr", dnr), ("Beslutsdatum", "2014-03-20")], {"labelw": 24}),
        ("h2", "Beslut"),
        ("p", "Hans Engström beviljas vård i HVB, Granlidens behandlingshem, under perioden 2014-04-01 -- 2014-09-30."),
        ("h2", "Lagrum"),
        ("p", "4 kap. 1 § socialtjänstlagen"),
        ("h2", "Skäl för beslutet"),
        ("p", "Hans har druckit alkohol dagligen i många år och har de senaste två åren förlorat både arbete och körkort. "
              "Han har avgiftats tre gånger och därefter återfallit inom några dagar. Han bor ensam i ett hus utanför "
              "Delsbo, långt från stöd, och har själv beskrivit att han inte klarar att vara nykter där."),
        ("p", "Nämnden anser att Hans först måste få en sammanhängande nykter period i en skyddad miljö, med behandling "
              "som ger honom kunskap om sitt beroende och verktyg mot återfall, och därefter stegvis återvända hem med "
              "stöd från öppenvården Fyren. Granlidens behandlingshem erbjuder tolvstegsbehandling och "
              "återfallsprevention och har ett utslussningsprogram i samarbete med hemkommunen. Vård där är därför "
              "den insats som bäst kan leda till att Hans blir nykter och kan bo kvar i sitt hus."),
        ("h2", "Beslutsfattare"),
        ("p", "Göran Hed, enhetschef, enligt delegation"),
    ]
    remiss = remiss_gavleborg(
        dnr, "Granlidens behandlingshem\nAtt: Intagningen", "2014-03-21",
        [("Klient", "Hans Engström, 19000704-5513"), ("Uppdragsgivare", "Socialnämnden i Hudiksvalls kommun"),
         ("Ansvarig handläggare", "Anna-Karin Vestin\nTel. 0650-191 22\nanna-karin.vestin@hudiksvall.se"),
         ("Beslut", "2014-03-20, 4 kap. 1 § SoL, HVB 2014-04-01 -- 2014-09-30")],
        "Hans har ett långvarigt alkoholberoende med snabba återfall efter avgiftning. Han behöver en sammanhängande "
        "nykter period i skyddad miljö, kunskap om sitt beroende, verktyg mot återfall och en stegvis utslussning "
        "till hemmet med stöd från öppenvården.",
        ["Tolvstegsbehandling och återfallsprevention", "Medicinsk uppföljning av levervärden",
         "Utslussning under de sista sex veckorna, med besök hemma och introduktion på Fyren"],
        "Hans är nykter, har en återfallsplan och har en fungerande kontakt med öppenvården Fyren när placeringen avslutas.",
        "Trepartssamtal cirka sex veckor efter inskrivning, därefter var tredje månad. Vårdplanen följs upp vid samma tillfällen.",
        [(True, "Genomförandeplan inom fyra veckor"), (True, "Omgående vid avbrott eller återfall"),
         (True, "Kort muntlig återkoppling till handläggaren varje månad"), (True, "Slutrapport vid utskrivning")],
        "Översänd till Granliden per post och fax 2014-03-21.",
        sign("", "Anna-Karin Vestin", "Socialsekreterare"), place="Hudiksvall")
    vp = [
        ("h1", "Vårdplan"),
        ("kv", [("Namn", "Hans Engström"), ("Insats", "HVB Granliden 2014-04-01 -- 2014-09-30"),
                ("Upprättad", "2014-03-27, Hans och Anna-Karin Vestin")], {"labelw": 16}),
        ("table", ["Mål", "Vad görs", "Vem", "När"], [
            ["Hans är nykter under hela placeringen (negativa tester) t.o.m. 2014-09-30", "Behandling, tester", "Granliden, Hans", "2014-04-01 -- 2014-09-30"],
            ["Hans har en skriftlig återfallsplan senast 2014-08-15", "ÅP-samtal", "Granliden", "Maj--augusti 2014"],
            ["Hans har påbörjat kontakt med Fyren före utskrivning, senast 2014-09-15", "Introduktionsbesök på Fyren under utslussning", "Handläggare, Fyren", "Augusti--september 2014"],
            ["Levervärdena kontrolleras och följs", "Provtagning via Granlidens sjuksköterska", "Granliden", "Maj och augusti 2014"],
        ], [3.6, 3, 2.2, 2]),
        ("p", "Uppföljning vid trepartssamtal enligt uppdragsbeskrivningen."),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("p", "Granlidens behandlingshem · Klient: Hans Engström · Kontaktperson: Mikael Ström · Upprättad 2014-04-25"),
        ("h2", "Mål 1 -- Nykterhet"),
        ("p", "Hans är nykter under hela vistelsen. Utandningsprov dagligen och urinprov en gång i veckan. "
              "Ansvarig: Hans och personalen. Utvärderas vid trepartssamtal i juni."),
        ("h2", "Mål 2 -- Kunskap och återfallsprevention"),
        ("p", "Hans genomför steg 1--5 i tolvstegsprogrammet senast 2014-07-31 och skriver en återfallsplan som är klar "
              "senast 2014-08-15. Ansvarig: Mikael Ström. Gruppträffar dagligen, enskilda samtal tisdagar."),
        ("pb",),
        ("h2", "Mål 3 -- Hälsa"),
        ("p", "Levervärden kontrolleras 2014-05-15 och 2014-08-15. Fotvård och kontakt med distriktsläkare för "
              "polyneuropatin ordnas i maj. Ansvarig: sjuksköterska Granliden."),
        ("h2", "Mål 4 -- Utslussning"),
        ("p", "Från 2014-08-18 har Hans helgpermissioner hemma och besöker Fyren i Hudiksvall minst två gånger före "
              "utskrivning 2014-09-30. Ansvarig: Mikael Ström och handläggare Anna-Karin Vestin."),
        ("sp",),
        ("p", "Hudiksvall/Bollnäs 2014-04-25"),
        ("p", "Hans Engström ______________________      Mikael Ström ______________________"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Hans Engström · " + dnr),
        journal([
            ("2014-02-10", "Besök. Hans ansöker om behandlingshem. Utredning inleds. /AKV"),
            ("2014-02-17", "Besök. AUDIT 30. Samtycke till kontakt med sjukhuset och systern. /AKV"),
            ("2014-03-17", "Utredning kommunicerad. /AKV"),
            ("2014-03-20", "Beslut HVB Granliden 1/4 -- 30/9 (GH). /AKV"),
            ("2014-03-21", "Uppdragsbeskrivning/remiss skickad till Granliden per post och fax. /AKV"),
            ("2014-03-27", "Vårdplan upprättad med Hans. /AKV"),
            ("2014-04-01", "Hans inskriven på Granliden, skjutsad av systern. /AKV"),
            ("2014-04-28", "GFP från Granliden inkommen. /AKV"),
            ("2014-05-20", "Återkoppling från behandlingshemmet (Mikael Ström): Hans nykter, alla prov neg. Trivs i gruppen, "
                           "har svårt att prata om sig själv. Levervärden 15/5 något bättre. /AKV"),
            ("2014-06-11", "Trepartssamtal på Granliden (Hans, Mikael Ström, handl.). Hans har varit nykter sedan inskrivningen. Genomfört "
                           "steg 1--3. Fotvård ordnad. Vill stanna hela perioden. Vårdplanens mål följer plan. /AKV"),
            ("2014-09-17", "Utvärderingsmöte på Granliden inför utskrivning. Hans nykter hela perioden, återfallsplan klar 12/8, "
                           "två besök på Fyren gjorda, helgpermissionerna har fungerat. Levervärden normaliserade. Utskrivning 30/9, "
                           "fortsätter på Fyren (nytt beslut). /AKV"),
        ]),
    ]
    docs = [
        dict(file="p1.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11, final=False),
        dict(file="p2.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Times-Roman", size=10.5, final=False),
        dict(file="p3.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", blocks=remiss, header=H(dnr),
             footer=FOOT, title="Remiss", font="Liberation Sans", size=10, final=False),
        dict(file="p4.pdf", type="vårdplan", producer="libreoffice-odt", blocks=vp, header=H(dnr), footer=FOOT,
             title="Vårdplan", font="Liberation Sans", size=10, final=False),
        dict(file="p5.pdf", type="genomförandeplan", producer="libreoffice-odt", blocks=gfp,
             header=("Granlidens behandlingshem", "Genomförandeplan"), footer="Granliden|{page} ({pages})",
             title="GFP", font="Liberation Serif", size=11, scan=[2], final=False),
        dict(file="p6.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9, final=False),
        dict(file="akt_SOC-2014-0077.pdf", type="akt (utredning, beslut, uppdragsbeskrivning, vårdplan, genomförandeplan, journal)",
             producer="pdfunite", assemble=["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "p5.pdf", "p6.pdf"]),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Beslutets 'Skäl för beslutet' anger vad Hans kräver och varför Granliden är rätt insats (utan ordet behov); uppdragets avsnitt A upprepar behoven.",
                                 ev=["Nämnden anser att Hans först måste", "A. Nämndens bedömning av den enskildes behov"]),
        "planning": dict(label="ja", why="Vårdplan med daterade mål och ansvar, och Granlidens genomförandeplan (sida 2 skannad) med daterade mål och ansvariga.",
                         ev=["Hans är nykter under hela placeringen", "Hans genomför steg 1", "Levervärden kontrolleras 2014-05-15"]),
        "follow_up": dict(label="ja", why="Återkoppling 2014-05-20, trepartssamtal 2014-06-11 och utvärderingsmöte 2014-09-17 med utfall.",
                          ev=["Återkoppling från behandlingshemmet (Mikael", "Trepartssamtal på Granliden (Hans", "Utvärderingsmöte på Granliden inför"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Länsmallens uppdragsbeskrivning med samtliga delar, översänd 2014-03-21.",
                                       ev=["Uppdragsbeskrivning/Remiss till behandlingshem", "F. Överlämnande",
                                           "Uppdragsbeskrivning/remiss skickad till Granliden"]),
    }
    return dict(case_id="hudiksvall_SOC-2014-0077", committee="Hudiksvall", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 17
def case_0193():
    dnr = "SOC 2015/0193"
    pre = [
        ("h1", "Utredning -- missbruk/beroende"),
        ("kv", [("Namn", "Therese Norling"), ("Dnr", dnr), ("Ansökan", "2015-03-16, öppenvård"),
                ("Handläggare", "Göran Hed"), ("Status", "Pågående -- ej slutförd")], {"labelw": 22}),
    ]
    utr = [
        ("h2", "Ansökan"),
        ("p", "Therese ansökte om stöd för sitt tablettberoende vid besök 2015-03-16. Hon hänvisades av sin "
              "husläkare som inte längre förskriver opioider till henne."),
        ("h2", "Uppgifter om Therese"),
        ("p", "Therese bor i lägenhet i Hudiksvall med sin son, sju år. Hon arbetar som frisör men är sjukskriven "
              "sedan januari på grund av ryggsmärtor. Sonens pappa bor i Iggesund och har sonen varannan vecka."),
        ("h2", "Missbruk"),
        ("p", "Therese har tagit tramadol och oxikodon sedan en ryggoperation 2012, de senaste åren i högre doser än "
              "förskrivet. Hon har köpt tabletter via internet och tar även bensodiazepiner för att sova. DUDIT "
              "2015-03-23: 19 p."),
        ("h2", "Therese syn"),
        ("p", "Therese vill bli fri från tabletterna men är rädd för abstinensen och för smärtan. Hon vill inte att "
              "sonen ska märka något."),
        ("h2", "Underlag som saknas"),
        ("p", "Läkarutlåtande från Beroendemottagningen Hudiksvall om nedtrappning och smärtbehandling är begärt "
              "2015-03-30. Utredningen slutförs när utlåtandet kommit in."),
        ("h2", "Preliminär bedömning"),
        ("p", "Preliminärt bedöms Therese vara i behov av öppenvård vid Fyren i avvaktan på läkarutlåtande."),
        ("p", "Hudiksvall 2015-04-08. Göran Hed, socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Therese Norling"), ("Dnr", dnr), ("Beslutsdatum", "2015-04-14")], {"labelw": 24}),
        ("h2", "Beslut"),
        ("p", "Therese Norling beviljas öppenvård vid Fyren 2015-04-20 -- 2015-07-31 i avvaktan på slutförd utredning."),
        ("h2", "Lagrum"),
        ("p", "4 kap. 1 § SoL"),
        ("h2", "Beslutsfattare"),
        ("p", "Anna-Karin Vestin, 1:e socialsekreterare"),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("small", "Öppenvården Fyren -- blankett GFP 2013"),
        ("kv", [("Klient", ""), ("Datum", ""), ("Behandlare", "")], {"labelw": 24}),
        ("h2", "Mål (vad vill du uppnå?)"),
        ("kv", [("Mål 1", ""), ("Mål 2", ""), ("Mål 3", "")], {"labelw": 16}),
        ("h2", "Insatser"),
        ("table", ["Insats/aktivitet", "Ansvarig", "Tidpunkt"], [["", "", ""], ["", "", ""], ["", "", ""]], [5, 2.5, 2.5]),
        ("h2", "Uppföljning"),
        ("kv", [("Datum för uppföljning", ""), ("Deltagare", "")], {"labelw": 24}),
        ("p", "Underskrift klient ____________________    Underskrift behandlare ____________________"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Therese Norling · " + dnr),
        journal([
            ("2015-03-16", "Besök. Therese ansöker om stöd, tablettberoende. /GH"),
            ("2015-03-23", "Besök. DUDIT 19. Samtycke till kontakt med Beroendemottagningen och vårdcentralen. /GH"),
            ("2015-03-30", "Läkarutlåtande begärt från Beroendemottagningen. /GH"),
            ("2015-04-08", "Preliminär bedömning klar. /GH"),
            ("2015-04-14", "Beslut ÖV Fyren 20/4 -- 31/7 i avvaktan på utredning. Uppdragsbeskrivning skickas till Fyren när läkarutlåtandet kommit. /GH"),
            ("2015-04-20", "Therese började på Fyren enl. tfn från Linda Berg. Tom GFP-blankett från Fyren har kommit med internposten. /GH"),
            ("2015-05-12", "Läkarutlåtande ej inkommit, påminnelse skickad. /GH"),
            ("2015-06-30", "Vi träffades på Fyren för att se hur det gått (Therese, Linda Berg, handl.). Nytt möte efter sommaren. /GH"),
            ("2015-08-04", "Beslutet har gått ut 31/7. Therese går kvar på Fyren. Utredningen behöver slutföras, ny handl. utses efter semestern. /AKV"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning (ej slutförd)", producer="libreoffice-odt", blocks=utr, pre_blocks=pre, columns=2,
             header=H(dnr), footer=FOOT, title="Utredning", font="Liberation Sans", size=10),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Times-Roman", size=10.5),
        dict(file="genomforandeplan.pdf", type="genomförandeplan (tom blankett)", producer="libreoffice-odt", blocks=gfp,
             header=("Öppenvården Fyren\nHudiksvalls kommun", "Genomförandeplan"), footer="Fyren|{page}",
             title="GFP", font="Liberation Sans", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="delvis", why="Endast en preliminär bedömning (en mening) i en utredning som aldrig slutfördes.",
                                 ev=["Preliminärt bedöms Therese vara i behov"]),
        "planning": dict(label="nej", why="Genomförandeplanen är en blankett där alla fält är tomma.", ev=[]),
        "follow_up": dict(label="delvis", why="Daterad anteckning 2015-06-30 om att man träffades 'för att se hur det gått', men inget utfall är dokumenterat.",
                          ev=["Vi träffades på Fyren för att se hur det gått"]),
        "assignment_description": dict(label="nej", present="",
                                       why="Ingen uppdragsbeskrivning; journalen säger att den ska skickas när läkarutlåtandet kommit, vilket aldrig skedde.", ev=[]),
    }
    return dict(case_id="hudiksvall_SOC-2015-0193", committee="Hudiksvall", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 18
def case_0248():
    dnr = "SOC 2015/0248"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Roland Eklund"), ("Dnr", dnr), ("Ansökan", "2015-03-02, öppenvård"),
                ("Handläggare", "Anna-Karin Vestin")], {"labelw": 22}),
        ("h2", "Ärendet"),
        ("p", "Roland ansökte om öppenvård 2015-03-02. Han hade fått en skriftlig varning från sin arbetsgivare efter "
              "att ha luktat alkohol på morgonen."),
        ("h2", "Bakgrund"),
        ("p", "Roland är skild och bor ensam i lägenhet i Hudiksvall. Han har en vuxen son i Gävle som han har liten "
              "kontakt med. Han arbetar som fastighetsskötare i kommunens bostadsbolag. Han har sedan 2013 ett "
              "uppdrag som god man för sin bror, som har en intellektuell funktionsnedsättning."),
        ("h2", "Alkohol"),
        ("p", "Roland dricker vin och öl varje kväll, uppskattningsvis 35 standardglas i veckan. AUDIT 2015-03-09: "
              "21 poäng. Han har inte tidigare haft behandling."),
        ("h2", "Rolands syn"),
        ("p", "Roland vill behålla arbetet och kunna fortsätta som god man. Han vill gå på samtal efter arbetstid."),
        ("h2", "Överväganden"),
        ("p", "Rolands drickande har ökat successivt sedan skilsmässan 2010 och ligger nu på en nivå som hotar både "
              "arbetet och hans förmåga att sköta uppdraget som god man. Han har ett ordnat boende, ett arbete och "
              "är motiverad."),
        ("p", "Socialtjänsten anser att det Roland främst saknar är kunskap om sitt drickande, ett sätt att bryta "
              "kvällsvanan och stöd att reparera relationen till sonen. Det kan ges på hemmaplan och i en form som "
              "går att förena med arbetet. Öppenvården Fyren erbjuder kvällssamtal enligt återfallsprevention och "
              "har anhörigsamtal, och insatsen bedöms därför leda till att Roland kan bli nykter och behålla sitt "
              "arbete."),
        ("h2", "Förslag till beslut"),
        ("p", "Roland Eklund beviljas öppenvård vid Fyren enligt 4 kap. 1 § SoL 2015-04-20 -- 2015-10-31."),
        sign("Hudiksvall 2015-04-07", "Anna-Karin Vestin", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Roland Eklund"), ("Dnr", dnr), ("Beslutsdatum", "2015-04-09")], {"labelw": 24}),
        ("h2", "Beslut"),
        ("p", "Roland Eklund beviljas öppenvård vid Fyren 2015-04-20 -- 2015-10-31."),
        ("h2", "Lagrum"),
        ("p", "4 kap. 1 § SoL"),
        ("h2", "Skäl för beslutet"),
        ("p", "Se utredning 2015-04-07."),
        ("h2", "Beslutsfattare"),
        ("p", "Göran Hed, enhetschef"),
    ]
    upp = [
        ("p", "Öppenvården Fyren\nAtt: Linda Berg"),
        ("p", "Hudiksvall 2015-04-10"),
        ("h1", "Uppdragsbeskrivning -- öppenvård"),
        ("kv", [("Klient", "Roland Eklund"), ("Dnr", dnr), ("Beslut", "2015-04-09, 4 kap. 1 § SoL, 2015-04-20 -- 2015-10-31"),
                ("Ansvarig handläggare", "Anna-Karin Vestin, tel. 0650-191 22, anna-karin.vestin@hudiksvall.se")], {"labelw": 26}),
        ("h2", "Nämndens bedömning av behov"),
        ("p", "Roland dricker dagligen på en nivå som hotar arbetet. Han behöver kunskap om sitt drickande, hjälp att bryta "
              "kvällsvanan och stöd att återknyta kontakten med sonen, i en form som går att förena med arbetet."),
        ("h2", "Uppdraget"),
        ("ul", ["ÅP-samtal på kvällstid varje vecka", "Alkoholtester (blåsprov) vid besöken, PEth var sjätte vecka",
                "Anhörigsamtal med sonen om han vill"]),
        ("h2", "Mål"),
        ("p", "Roland är nykter på vardagar och dricker högst 7 standardglas i veckan vid insatsens slut; han har regelbunden kontakt med sonen."),
        ("h2", "Uppföljning"),
        ("p", "Uppföljningssamtal (Roland, behandlare, handläggare) i juli och inför avslut i oktober."),
        ("h2", "Återrapportering"),
        ("checks", [(True, "Genomförandeplan inom tre veckor"), (True, "Vid avbrott"),
                    (True, "Slutrapport vid avslut med provsvar och måluppfyllelse")]),
        ("p", "Uppdragsbeskrivningen överlämnas till Fyren via internpost 2015-04-10."),
        sign("", "Anna-Karin Vestin", "Socialsekreterare"),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("p", "Öppenvården Fyren · Roland Eklund · 2015-05-04"),
        ("h2", "Rolands mål"),
        ("ul", ["Roland ska minska sitt drickande.", "Roland ska må bättre och sova bättre.",
                "Roland ska få bättre kontakt med sin son."]),
        ("h2", "Insatser"),
        ("p", "Samtal enligt återfallsprevention, blåsprov, PEth-prov, anhörigsamtal."),
        ("p", "Roland Eklund                    Linda Berg, behandlare"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Roland Eklund · " + dnr),
        journal([
            ("2015-03-02", "Besök. Roland ansöker om öppenvård. /AKV"),
            ("2015-03-09", "Besök. AUDIT 21. /AKV"),
            ("2015-04-07", "Utredning kommunicerad. /AKV"),
            ("2015-04-09", "Beslut ÖV Fyren 20/4 -- 31/10 (GH). /AKV"),
            ("2015-04-10", "Uppdragsbeskrivning skickad med internposten till Fyren (Linda Berg). /AKV"),
            ("2015-05-05", "GFP inkommen. /AKV"),
            ("2015-07-07", "Uppf.samtal på Fyren, Roland, Linda Berg, handl. Roland har kommit på 10 av 11 samtal. Blåsprov neg vid alla "
                           "besök, PEth 2015-06-15 0,18 (från 0,9 i april). Dricker enl. egen uppgift bara lördagar. Har träffat sonen en gång. "
                           "Arbetsgivaren nöjd. Fortsätter som planerat. /AKV"),
            ("2015-09-22", "Avstämning per tfn med Linda Berg: Roland fortsatt stabil, PEth 2015-09-01 0,07. Anhörigsamtal med sonen "
                           "bokat i oktober. /AKV"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-odt", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Times-Roman", size=10.5),
        dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", producer="libreoffice-odt", blocks=upp,
             header=H(dnr), footer=FOOT, title="Uppdragsbeskrivning", font="Liberation Sans", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-docx", blocks=gfp,
             header=("Öppenvården Fyren", "Genomförandeplan"), footer="Fyren|{page}", title="GFP", font="Liberation Sans", size=10.5),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="'Överväganden' anger vad Roland saknar och varför kvällssamtal på Fyren passar; uppdraget anger behoven.",
                                 ev=["utredning.pdf::Socialtjänsten anser att det Roland", "uppdragsbeskrivning.pdf::Nämndens bedömning av behov"]),
        "planning": dict(label="delvis", why="Genomförandeplanen har vaga mål ('minska', 'må bättre') utan datum, ansvarig eller tidpunkter.",
                         ev=["genomforandeplan.pdf::Roland ska minska sitt drickande"]),
        "follow_up": dict(label="ja", why="Uppföljningssamtal 2015-07-07 och avstämning 2015-09-22 med utfall.",
                          ev=["Uppf.samtal på Fyren, Roland", "Avstämning per tfn med Linda Berg"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdragsbeskrivning som brev med alla delar, överlämnad via internpost 2015-04-10 (även i journalen).",
                                       ev=["uppdragsbeskrivning.pdf::Uppdragsbeskrivning -- öppenvård", "Uppdragsbeskrivning skickad med internposten"]),
    }
    return dict(case_id="hudiksvall_SOC-2015-0248", committee="Hudiksvall", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


CASES = [case_0077(), case_0193(), case_0248()]
