# -*- coding: utf-8 -*-
"""Gävle: Writer documents (odt) from the county template, journals exported from the case
system (reportlab), one investigation printed from the web client (Chromium)."""
from common import hdr, journal, sign, remiss_gavleborg

MUN = "Gävle"
FOOT = "Gävle kommun · Socialförvaltningen · Myndighetsavdelningen|Sida {page} ({pages})"
SYSFOOT = "Utskrift ur verksamhetssystemet 2015-09-30|Sida {page} av {pages}"


def H(dnr, right=None):
    return hdr(MUN, dnr, right)


# ------------------------------------------------------------------ case 9
def case_1187():
    dnr = "IFO 2015/1187"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Camilla Westin"), ("Personnummer", "19010927-6628"), ("Diarienummer", dnr),
                ("Ärende", "Ansökan om behandling, HVB"), ("Utredare", "Maria Hellström, socialsekreterare")], {"labelw": 24}),
        ("h2", "Ärendets aktualisering"),
        ("p", "Camilla ansökte om behandlingshem vid besök 2015-04-13, en vecka efter utskrivning från "
              "avgiftningsenheten vid Gävle sjukhus."),
        ("h2", "Familj och nätverk"),
        ("p", "Camilla har en son, nio år, som sedan augusti 2014 bor hos sin pappa i Valbo efter beslut i "
              "tingsrätten. Umgänget är villkorat av att Camilla är nykter och sker i dag med pappan närvarande. "
              "Camillas mamma bor i Sandviken. Camilla har få vänner som inte dricker."),
        ("h2", "Boende och försörjning"),
        ("p", "Camilla hyr en tvåa på Sätra. Hon är sjukskriven från sin tjänst som kundtjänstmedarbetare sedan "
              "februari 2015 och har sjukpenning."),
        ("h2", "Hälsa"),
        ("p", "Camilla har återkommande ångest och har medicinerats för depression sedan 2013. Hon har kontakt "
              "med psykiatrisk öppenvård i Gävle."),
        ("h2", "Alkohol"),
        ("p", "Camilla dricker främst vin och sprit i perioder om en till två veckor, med kortare nyktra "
              "perioder emellan. Hon har avgiftats två gånger under det senaste året. AUDIT 2015-04-20: 28 p. "
              "DUDIT 2 p. Hon deltog i öppenvård på Beroendeenheten Vågen hösten 2014 men återföll."),
        ("h2", "Camillas synpunkter"),
        ("p", "Camilla vill bli nykter för att få träffa sin son utan villkor. Hon vill till ett behandlingshem "
              "för kvinnor och har besökt Linnégården tillsammans med sin mamma."),
        ("h2", "Sammanfattande överväganden"),
        ("p", "Camilla har under flera år druckit alkohol på ett sätt som skadat hennes hälsa och hennes "
              "föräldraskap. Två avgiftningar och öppenvård på Vågen har inte lett till varaktig nykterhet, och "
              "återfallen har kommit inom några veckor. Hon bor ensam, har få nyktra kontakter och har ångest som "
              "hon själv beskriver som en utlösande faktor."),
        ("p", "Förvaltningen gör övervägandet att Camilla i detta skede inte kan uppnå nykterhet med insatser på "
              "hemmaplan. En period av behandling i drogfri miljö, där hon får arbeta med sitt återfallsmönster, "
              "sin ångest och sin roll som mamma, ger henne bättre förutsättningar. Linnégården tar emot enbart "
              "kvinnor, arbetar med återfallsprevention och har ett strukturerat föräldraskapsprogram, vilket "
              "motsvarar det som utredningen visat är centralt för Camilla. Placeringen ska följas av eftervård i "
              "Gävle som planeras i god tid före utskrivning."),
        ("h2", "Förslag till beslut"),
        ("p", "Camilla Westin beviljas vård vid Linnégårdens behandlingshem enligt 4 kap. 1 § SoL fr.o.m. 2015-06-08 i sex månader."),
        sign("Gävle 2015-05-20", "Maria Hellström", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
        ("kv", [("Namn", "Camilla Westin"), ("Personnummer", "19010927-6628"), ("Dnr", dnr), ("Beslutsdatum", "2015-05-26")], {"labelw": 24}),
        ("p", "**Beslut:** Camilla Westin beviljas vård i HVB, Linnégårdens behandlingshem, under perioden 2015-06-08 -- 2015-12-07."),
        ("p", "**Motivering:** Se utredning 2015-05-20, Sammanfattande överväganden."),
        ("p", "**Beslutsfattare:** Kristina Norén, gruppledare, enligt delegation"),
    ]
    remiss = remiss_gavleborg(
        dnr, "Linnégårdens behandlingshem\nAtt: Föreståndare Birgitta Ås", "2015-05-28",
        [("Klient", "Camilla Westin, 19010927-6628"), ("Uppdragsgivare", "Socialnämnden i Gävle kommun"),
         ("Ansvarig handläggare", "Maria Hellström\nTel. 026-17 84 12\nmaria.hellstrom@gavle.se"),
         ("Beslut", "2015-05-26, 4 kap. 1 § SoL, HVB 2015-06-08 -- 2015-12-07")],
        "Camilla har ett periodiskt alkoholberoende med återfall kort efter avgiftning och öppenvård. Hon har ångest som "
        "utlöser drickandet och har begränsat umgänge med sin son. Hon behöver en period i drogfri miljö där hon kan "
        "arbeta med sitt återfallsmönster, sin ångest och sitt föräldraskap, i en verksamhet enbart för kvinnor.",
        ["Behandling i HVB med återfallsprevention individuellt och i grupp",
         "Föräldraskapsprogram och stöd kring umgänget med sonen (i samråd med familjerätten)",
         "Samverkan med psykiatrisk öppenvård Gävle om ångest och medicinering",
         "Alkoholtester enligt Linnégårdens rutin",
         "Planering av eftervård i Gävle, påbörjas senast två månader före utskrivning"],
        "Camilla är nykter, har en återfallsplan, har fungerande umgänge med sin son och har eftervård planerad vid utskrivning. "
        "Delmål och datum framgår av vårdplanen.",
        "Handläggaren följer upp vårdplanen genom trepartssamtal på Linnégården cirka åtta veckor efter inskrivning och "
        "därefter minst var tredje månad, samt genom avstämning per telefon med kontaktpersonen varje månad.",
        [(True, "Genomförandeplan inom fyra veckor från inskrivning"),
         (True, "Omgående vid avbrott, avvikelse eller återfall"),
         (True, "Månatlig kort avstämning per telefon"),
         (True, "Skriftlig slutrapport vid utskrivning: måluppfyllelse, provresultat, Camillas egen bedömning, rekommendation om eftervård")],
        "Uppdragsbeskrivningen med bilagor (utredning, beslut) har översänts till Linnégården 2015-05-28 per post och "
        "krypterad e-post. Mottagandet bekräftat av Birgitta Ås 2015-05-29.",
        sign("", "Maria Hellström", "Socialsekreterare, Myndighetsavdelningen"),
        pb_before="D")
    vp = [
        ("h1", "Vårdplan -- placering i HVB"),
        ("kv", [("Namn", "Camilla Westin"), ("Placering", "Linnégårdens behandlingshem, 2015-06-08 -- 2015-12-07"),
                ("Upprättad", "2015-06-03 av Camilla och Maria Hellström (Camillas mamma deltog)")], {"labelw": 16}),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Camilla är nykter under placeringen; samtliga alkoholtester negativa t.o.m. 2015-12-07", "ÅP individuellt och i grupp, tester enligt rutin", "Linnégården, Camilla", "Fr.o.m. 2015-06-08"],
            ["Camilla har umgänge med sonen varannan helg utan villkor om övervakning senast 2015-11-30", "Föräldraskapsprogram, samtal med familjerätten och pappan", "Linnégården, handläggare kontaktar familjerätten", "Familjerätten senast 2015-08-31"],
            ["Camilla har en egen strategi för ångest och en aktuell läkemedelsgenomgång senast 2015-09-30", "Samverkan med psykiatrisk öppenvård, samtal på Linnégården", "Linnégården, psykiatrin", "Läkarbesök augusti 2015"],
            ["Eftervård i Gävle är beslutad och påbörjad vid utskrivning 2015-12-07", "Planeringsmöte, ansökan om öppenvård Vågen", "Handläggare, Camilla", "Planeringsmöte senast 2015-10-15"],
        ], [3.6, 3.3, 2.6, 2.2]),
        ("p", "Uppföljning: trepartssamtal på Linnégården v. 33 och därefter var tredje månad. Telefonavstämning med kontaktperson månadsvis."),
        ("p", "Camilla Westin ______________________                Maria Hellström ______________________"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Camilla Westin, 19010927-6628 · " + dnr),
        journal([
            ("2015-04-13", "Besök. Camilla ansöker om HVB. Utredning inleds. /MH"),
            ("2015-04-20", "Besök. AUDIT 28, DUDIT 2. Samtycke till kontakt med psykiatrin, Vågen och familjerätten. /MH"),
            ("2015-05-04", "Tfn Linnégården, plats från v. 24. /MH"),
            ("2015-05-26", "Beslut HVB Linnégården 8/6 -- 7/12 (KN). /MH"),
            ("2015-05-28", "Uppdragsbeskrivning/remiss skickad till Linnégården per post och krypterad e-post. /MH"),
            ("2015-06-03", "Vårdplan upprättad. /MH"),
            ("2015-06-08", "Camilla inskriven på Linnégården. /MH"),
            ("2015-07-01", "Avstämning per telefon med kontaktperson Jenny Lund: Camilla nykter, alla tester negativa. Deltar i ÅP-gruppen. "
                           "Har haft svårt att sova första veckorna. GFP skickad 29/6. /MH"),
            ("2015-08-12", "Trepartssamtal på Linnégården, Camilla, Jenny Lund, handl. Camilla har varit nykter hela perioden, inga positiva tester. "
                           "Har börjat i föräldraskapsprogrammet, sonen har varit på besök två gånger tillsammans med pappan. Läkarbesök 2015-08-06, "
                           "medicinen justerad, mindre ångest. Familjerätten kontaktad 2015-08-10. Vårdplanens mål 1 och 3 följer plan. /MH"),
            ("2015-09-16", "Återkoppling från Linnégården (tfn): fortsatt nykter, första helgpermission hemma 12--13/9 gick bra. /MH"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-odt", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="libreoffice-odt", blocks=beslut, header=H(dnr), footer=FOOT,
             title="Beslut", font="Liberation Serif", size=11),
        dict(file="remiss_linnegarden.pdf", type="uppdragsbeskrivning", producer="libreoffice-odt", blocks=remiss,
             header=H(dnr, "Myndighetsavdelningen vuxen\n026-17 80 00 (vx)"), footer=FOOT, title="Uppdragsbeskrivning/Remiss",
             font="Liberation Sans", size=10, rotate=[2]),
        dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-odt", blocks=vp, orientation="landscape",
             header=H(dnr), footer=FOOT, title="Vårdplan", font="Liberation Sans", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="'Sammanfattande överväganden' beskriver vad Camilla kräver och varför Linnégården motsvarar det; uppdraget upprepar behoven.",
                                 ev=["utredning.pdf::Förvaltningen gör övervägandet", "remiss_linnegarden.pdf::A. Nämndens bedömning"]),
        "planning": dict(label="ja", why="Liggande vårdplan med daterade mål, aktiviteter, ansvarig och tidpunkt.",
                         ev=["vardplan.pdf::samtliga alkoholtester negativa"]),
        "follow_up": dict(label="ja", why="Avstämning 2015-07-01 och trepartssamtal 2015-08-12 med utfall, återkoppling 2015-09-16.",
                          ev=["Avstämning per telefon med kontaktperson Jenny Lund", "Trepartssamtal på Linnégården, Camilla",
                              "Återkoppling från Linnégården (tfn)"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Länsmallens uppdragsbeskrivning med alla delar A–F, handläggarens kontaktuppgifter och överlämnandedatum; sidan 2 är roterad 90°.",
                                       ev=["remiss_linnegarden.pdf::A. Nämndens bedömning", "remiss_linnegarden.pdf::D. Uppföljning",
                                           "Uppdragsbeskrivning/remiss skickad till Linnégården"]),
    }
    return dict(case_id="gavle_IFO-2015-1187", committee="Gävle", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 10
def case_2213():
    dnr = "IFO 2014/2213"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Kent Bergström"), ("Diarienummer", dnr), ("Ärende", "Ansökan om öppenvård"),
                ("Utredare", "Jonas Sjöberg, socialsekreterare")], {"labelw": 24}),
        ("h2", "Ärendets aktualisering"),
        ("p", "Kent ansökte om öppenvård 2014-11-10 efter en vårdtid på Gävle sjukhus, där han vårdats efter ett "
              "fall i hemmet i berusat tillstånd."),
        ("h2", "Social situation"),
        ("p", "Kent bor i bostadsrätt på Brynäs med sin fru. Han arbetar som elektriker. Han har ett uppdrag som "
              "kassör i bostadsrättsföreningen som han har skött sedan 2009. Paret har två utflyttade barn."),
        ("h2", "Alkohol"),
        ("p", "Kent dricker starköl och sprit dagligen, mer på helger. AUDIT 2014-11-17: 24 poäng. Han har inte "
              "tidigare haft kontakt med socialtjänsten."),
        ("h2", "Medicinska uppgifter"),
        ("p", "Läkarens bedömning (leg. läkare Eva Lindqvist, medicinkliniken Gävle sjukhus, 2014-11-03): "
              "\"Alkoholberoende, F10.2. Förhöjda levervärden. Rekommenderar behandling i öppenvård samt Antabus.\""),
        ("h2", "Kents synpunkter"),
        ("p", "Kent säger att han vill dra ner på drickandet och att frun har sagt att hon flyttar annars. Han vill "
              "helst gå på Vågen på eftermiddagar så att han kan arbeta."),
        ("h2", "Bedömning"),
        ("h2", "Förslag till beslut"),
        ("p", "Kent Bergström beviljas öppenvård vid Beroendeenheten Vågen enligt 4 kap. 1 § SoL 2014-12-08 -- 2015-06-30."),
        sign("Gävle 2014-12-01", "Jonas Sjöberg", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
        ("kv", [("Namn", "Kent Bergström"), ("Dnr", dnr), ("Beslutsdatum", "2014-12-04")], {"labelw": 24}),
        ("p", "**Beslut:** Kent Bergström beviljas öppenvård vid Beroendeenheten Vågen 2014-12-08 -- 2015-06-30."),
        ("p", "**Motivering:**"),
        ("p", "**Beslutsfattare:** Kristina Norén, gruppledare"),
    ]
    gfp = [
        ("h1", "Genomförandeplan -- Beroendeenheten Vågen"),
        ("kv", [("Klient", "Kent Bergström"), ("Behandlare", "Stefan Ahl"), ("Upprättad", "2015-01-12 tillsammans med Kent"),
                ("Period", "2014-12-08 -- 2015-06-30")], {"labelw": 20}),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Kent dricker högst 10 standardglas/vecka och är helt nykter måndag--torsdag senast 2015-03-01", "MET/KBT-samtal varannan vecka, dryckesdagbok", "Kent, Stefan Ahl", "Fr.o.m. 2015-01-14, genomgång av dagboken vid varje samtal"],
            ["Kents levervärden (GT) är normala vid provtagning 2015-05-15", "Antabus 3 ggr/vecka under jan--mars, provtagning via vårdcentralen", "Kent, vårdcentralen Brynäs", "Prov 2015-03-02 och 2015-05-15"],
            ["Kent och hans fru har deltagit i minst tre parsamtal senast 2015-04-30", "Parsamtal på Vågen", "Stefan Ahl", "Februari--april 2015"],
        ], [3.5, 3.2, 2.3, 2.5]),
        ("p", "Uppföljning sker vid uppföljningssamtal med handläggare i mars och i juni 2015."),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Kent Bergström · " + dnr),
        journal([
            ("2014-11-10", "Besök. Kent ansöker om öppenvård. Utredning inleds. Samtycke till kontakt med sjukhuset. /JS"),
            ("2014-11-17", "Besök. AUDIT 24. /JS"),
            ("2014-12-01", "Utredning kommunicerad. /JS"),
            ("2014-12-04", "Beslut ÖV Vågen 8/12 -- 30/6. /JS"),
            ("2014-12-05", "Handl. har per telefon informerat Stefan Ahl på Vågen om beslutet och vad uppdraget gäller. Kent kallas av Vågen. /JS"),
            ("2015-01-14", "GFP från Vågen inkommen. /JS"),
            ("2015-03-10", "Uppföljningssamtal på Vågen, Kent, Stefan Ahl, handl. Kent har gått på alla samtal utom ett. Enligt "
                           "dryckesdagboken har han varit nykter mån--tors sedan mitten av februari, helgdrickandet har minskat till ca 8 glas. "
                           "Antabus tagits enligt plan. GT 2015-03-02 något förhöjt (1,1). Två parsamtal genomförda. Fortsätter enligt GFP. /JS"),
            ("2015-06-23", "Uppf.samtal/avslutning på Vågen. Kent har nått målen: GT normalt 15/5, dricker högst 6--8 glas i veckan, "
                           "tre parsamtal genomförda. Kent och Vågen överens om avslut 30/6. Kent kan höra av sig vid behov. /JS"),
            ("2015-07-01", "Ärendet avslutat. /JS"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-odt", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Helvetica", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-odt", blocks=gfp,
             header=("Beroendeenheten Vågen\nGävle kommun", "Genomförandeplan"), footer="Vågen|Sida {page} ({pages})",
             title="GFP", font="Liberation Sans", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="nej", why="Rubriken Bedömning är tom; det som finns är läkarens citerade bedömning, Kents egna ord och ett beslut med tom motivering.", ev=[]),
        "planning": dict(label="ja", why="Vågens genomförandeplan har daterade, mätbara mål med insats, ansvarig och tidpunkt.",
                         ev=["genomforandeplan.pdf::standardglas/vecka"]),
        "follow_up": dict(label="ja", why="Uppföljningssamtal 2015-03-10 och 2015-06-23 med utfall.",
                          ev=["Uppföljningssamtal på Vågen, Kent", "Uppf.samtal/avslutning på Vågen"]),
        "assignment_description": dict(label="nej", present="",
                                       why="Uppdraget lämnades muntligt per telefon; beslutet nämner bara utföraren. 'Uppdrag' förekommer annars bara om kassörsuppdraget.", ev=[]),
    }
    return dict(case_id="gavle_IFO-2014-2213", committee="Gävle", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 11
def case_0436():
    dnr = "IFO 2015/0436"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Niklas Hägg"), ("Diarienummer", dnr), ("Ärende", "Ansökan om behandlingshem"),
                ("Utredare", "Maria Hellström")], {"labelw": 24}),
        ("h2", "Aktualisering"),
        ("p", "Frivården i Gävle kontaktade socialtjänsten 2015-01-19 med Niklas samtycke. Niklas är villkorligt "
              "frigiven sedan december 2014 och har en föreskrift om att delta i behandling."),
        ("h2", "Bakgrund"),
        ("p", "Niklas har vuxit upp i Gävle. Han har avtjänat två fängelsestraff för narkotika- och stöldbrott. Han "
              "bor sedan frigivningen hos sin pappa på Andersberg. Han saknar arbete och har aldrig haft en "
              "längre anställning. Han har en bror som stöttar honom."),
        ("h2", "Missbruk"),
        ("p", "Niklas har ett blandmissbruk av amfetamin, bensodiazepiner och alkohol sedan tonåren. Han har varit "
              "drogfri under fängelsetiden men återföll i januari. DUDIT 2015-01-28: 31 p. AUDIT 15 p."),
        ("h2", "Niklas synpunkter"),
        ("p", "Niklas vill komma bort från Gävle och sitt gamla umgänge. Han har hört om Granliden av en vän."),
        ("h2", "Bedömning"),
        ("p", "Niklas har ett långvarigt blandmissbruk och har återfallit kort efter frigivningen. Han har behov av "
              "en drogfri miljö utanför Gävle, av behandling som tar upp både missbruket och hans kriminella "
              "livsstil, av stöd att skaffa sysselsättning och av ett nytt, drogfritt nätverk. Hans pappa och bror "
              "är skyddsfaktorer. Socialtjänsten bedömer att Granlidens behandlingshem, som har lång erfarenhet av "
              "klienter med kriminalitet och missbruk och arbetar med KBT och arbetsträning, kan tillgodose dessa "
              "behov. Insatsen samordnas med frivårdens övervakning."),
        ("h2", "Förslag till beslut"),
        ("p", "Niklas Hägg beviljas vård vid Granlidens behandlingshem enligt 4 kap. 1 § SoL 2015-03-02 -- 2015-08-31."),
        sign("Gävle 2015-02-16", "Maria Hellström", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
        ("kv", [("Namn", "Niklas Hägg"), ("Dnr", dnr), ("Beslutsdatum", "2015-02-19")], {"labelw": 24}),
        ("p", "**Beslut:** Niklas Hägg beviljas vård vid Granlidens behandlingshem (HVB) 2015-03-02 -- 2015-08-31."),
        ("p", "**Motivering:** Se utredning 2015-02-16."),
        ("p", "**Beslutsfattare:** Kristina Norén, gruppledare"),
    ]
    remiss = remiss_gavleborg(
        dnr, "Granlidens behandlingshem\nAtt: Intagningen", "2015-02-20",
        [("Klient", "Niklas Hägg"), ("Uppdragsgivare", "Socialnämnden i Gävle kommun"),
         ("Ansvarig handläggare", "Maria Hellström\nTel. 026-17 84 12\nmaria.hellstrom@gavle.se"),
         ("Beslut", "2015-02-19, 4 kap. 1 § SoL, HVB 2015-03-02 -- 2015-08-31")],
        "Niklas har ett långvarigt blandmissbruk (amfetamin, bensodiazepiner, alkohol) och återföll kort efter villkorlig "
        "frigivning. Han behöver en drogfri miljö utanför Gävle, behandling som omfattar både missbruk och kriminell "
        "livsstil, stöd till sysselsättning och ett drogfritt nätverk.",
        ["Behandling i HVB med KBT och återfallsprevention", "Arbetsträning", "Drogtester minst två gånger per vecka",
         "Samverkan med frivården (övervakare Lars Bodin, Frivården Gävle)"],
        "Niklas är drogfri, har påbörjat arbetsträning och har en plan för boende och sysselsättning efter behandlingen.",
        "Vårdplan upprättas vid inskrivningen. Trepartssamtal efter sex veckor och därefter var tredje månad.",
        [(True, "Genomförandeplan inom fyra veckor"), (True, "Omgående vid avbrott eller avvikelse"),
         (False, "Månadsrapport"), (True, "Slutrapport vid utskrivning")],
        "Översänd till Granliden per post 2015-02-20. Kopia till frivården.",
        sign("", "Maria Hellström", "Socialsekreterare"))
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Niklas Hägg · " + dnr),
        journal([
            ("2015-01-19", "Tfn frivården (Lars Bodin), Niklas har föreskrift om behandling. Besök bokat. /MH"),
            ("2015-01-28", "Besök tills. med frivården. Niklas ansöker om HVB. DUDIT 31, AUDIT 15. /MH"),
            ("2015-02-16", "Utredning kommunicerad. /MH"),
            ("2015-02-19", "Beslut HVB Granliden 2/3 -- 31/8. /MH"),
            ("2015-02-20", "Remiss/uppdragsbeskrivning skickad till Granliden. Vårdplan kommer att upprättas vid inskrivningen. "
                           "Planerat hembesök hos pappan 25/2 inför placeringen. /MH"),
            ("2015-02-25", "Hembesök hos Niklas och pappan. Praktiska frågor inför resan. /MH"),
            ("2015-03-02", "Niklas inskriven på Granliden enl. tfn från personalen. /MH"),
            ("2015-04-15", "GFP ej inkommen från Granliden. Påminnelse per mejl. /MH"),
            ("2015-06-01", "Handl. MH slutar. Ärendet överlämnas till vakant tjänst, bevakas av gruppledare. /KN"),
            ("2015-08-27", "Beslutet går ut 31/8. Ingen uppföljning har gjorts under placeringen p.g.a. vakans och handläggarbyte. "
                           "Beslut om förlängning t.o.m. 2015-11-30 fattas för att inte avbryta behandlingen. "
                           "Trepartssamtal och uppföljning planeras till november. /KN"),
        ]),
    ]
    docs = [
        dict(file="p1.pdf", type="utredning", producer="libreoffice-odt", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11, final=False),
        dict(file="p2.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Helvetica", size=10, final=False),
        dict(file="p3.pdf", type="uppdragsbeskrivning", producer="libreoffice-odt", blocks=remiss,
             header=H(dnr, "Myndighetsavdelningen vuxen"), footer=FOOT, title="Remiss", font="Liberation Serif", size=10.5, final=False),
        dict(file="p4.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9, final=False),
        dict(file="akt_IFO-2015-0436.pdf", type="akt (utredning, beslut, uppdragsbeskrivning, journal)", producer="pdfunite",
             assemble=["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf"]),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Bedömningen anger behoven (drogfri miljö, kriminalitet, sysselsättning, nätverk) och varför Granliden tillgodoser dem.",
                                 ev=["Han har behov av en drogfri miljö utanför Gävle", "A. Nämndens bedömning"]),
        "planning": dict(label="nej", why="Ingen vårdplan eller genomförandeplan finns; journalen säger bara att vårdplan 'kommer att upprättas' och att GFP inte inkommit.", ev=[]),
        "follow_up": dict(label="nej", why="Journalen konstaterar att ingen uppföljning gjorts; uppföljning 'planeras till november'.", ev=[]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdragsbeskrivning enligt länsmall med alla delar och översändningsdatum 2015-02-20.",
                                       ev=["Uppdragsbeskrivning/Remiss till behandlingshem", "F. Överlämnande",
                                           "Remiss/uppdragsbeskrivning skickad till Granliden"]),
    }
    return dict(case_id="gavle_IFO-2015-0436", committee="Gävle", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 12
def case_0921():
    dnr = "IFO 2015/0921"
    utr = [
        ("h1", "Utredning -- vuxen, missbruk"),
        ("kv", [("Namn", "Malin Ek"), ("Dnr", dnr), ("Ansökan inkom", "2015-03-09"), ("Insats som söks", "Öppenvård"),
                ("Utredare", "Elin Norberg")], {"labelw": 24}),
        ("h2", "Bakgrund"),
        ("p", "Malin ansökte om hjälp 2015-03-09 efter att hennes arbetsgivare, ett bemanningsföretag, hade avslutat "
              "hennes uppdrag på grund av frånvaro. Hon bor med sin pojkvän i Sätra. Hon har inga barn."),
        ("h2", "Missbruk och hälsa"),
        ("p", "Malin har använt amfetamin i perioder sedan hon var 20 år, de senaste sex månaderna flera gånger i "
              "veckan. Pojkvännen använder inte droger. Hon sover dåligt och har gått ner i vikt. DUDIT 2015-03-16: "
              "24 p. Urinprov positivt för amfetamin."),
        ("h2", "Ekonomi och sysselsättning"),
        ("p", "Malin är inskriven på Arbetsförmedlingen sedan mars. Hon har en skuld på 40 000 kr till en kompis som "
              "hon säger att hon betalar av."),
        ("h2", "Malins egen bild"),
        ("p", "Malin vill sluta helt. Hon vill inte åka iväg, eftersom pojkvännen och hennes mamma är hennes stöd. "
              "Hon vill börja arbeta igen så snart som möjligt."),
        ("h2", "Utredarens analys"),
        ("p", "Malins amfetaminbruk har ökat under det senaste halvåret och har lett till att hon förlorat sitt "
              "arbete. Hon har samtidigt ett stabilt boende, en pojkvän som inte använder droger och en mamma som "
              "stöttar henne. Hon är motiverad och har inte tidigare prövat behandling."),
        ("p", "Utredarens analys är att Malin kan bryta sitt bruk med strukturerad behandling på hemmaplan. Det som "
              "krävs är regelbundna urinprov som stöd för drogfriheten, KBT-baserade samtal om sug och "
              "risksituationer, hjälp att återfå en fungerande dygnsrytm och stöd att komma tillbaka till arbete. "
              "Beroendeenheten Vågen erbjuder återfallsprevention enligt en beprövad manual och samverkar med "
              "Arbetsförmedlingen. Genom att insatsen ges i öppenvård kan Malin behålla det nätverk som är hennes "
              "viktigaste skyddsfaktor."),
        ("h2", "Förslag till beslut"),
        ("p", "Malin Ek beviljas öppenvård vid Beroendeenheten Vågen 2015-05-04 -- 2015-10-31 enligt 4 kap. 1 § SoL."),
        sign("Gävle 2015-04-20", "Elin Norberg", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
        ("kv", [("Namn", "Malin Ek"), ("Dnr", dnr), ("Beslutsdatum", "2015-04-23")], {"labelw": 24}),
        ("p", "**Beslut:** Malin Ek beviljas öppenvård vid Beroendeenheten Vågen 2015-05-04 -- 2015-10-31."),
        ("p", "**Motivering:** Se utredning 2015-04-20."),
        ("p", "**Beslutsfattare:** Kristina Norén, gruppledare"),
    ]
    upp = [
        ("h1", "Uppdragsbeskrivning -- öppenvård"),
        ("small", "Gävleborgs länsgemensamma mall för uppdragsbeskrivning (SOSFS 2014:5), version 2014-11, öppenvårdsvariant"),
        ("kv", [("Klient", "Malin Ek"), ("Dnr", dnr), ("Utförare", "Beroendeenheten Vågen, behandlare Stina Forsgren"),
                ("Beslut", "2015-04-23, 4 kap. 1 § SoL, 2015-05-04 -- 2015-10-31"),
                ("Ansvarig handläggare", "Elin Norberg, tel. 026-17 84 47, elin.norberg@gavle.se")], {"labelw": 26}),
        ("h2", "A. Nämndens bedömning av den enskildes behov"),
        ("p", "Malins amfetaminbruk har ökat och hon har förlorat sitt arbete. Hon behöver stöd för drogfrihet med "
              "regelbundna prov, KBT-baserade samtal om sug och risksituationer, stöd med dygnsrytm och att komma "
              "tillbaka till arbete. Hon har ett stödjande nätverk som talar för öppenvård."),
        ("h2", "B. Uppdragets innehåll"),
        ("ul", ["ÅP-samtal en gång per vecka", "Urinprov två gånger per vecka de första tre månaderna, därefter en gång",
                "Samverkan med Arbetsförmedlingen inför arbetsåtergång", "Ett anhörigsamtal med pojkvän och mamma"]),
        ("h2", "C. Mål för insatsen"),
        ("p", "Malin är drogfri och har sysselsättning vid insatsens slut. Delmål formuleras i genomförandeplanen."),
        ("h2", "D. Uppföljning"),
        ("p", "Genomförandeplanen följs upp gemensamt (Malin, behandlare, handläggare) efter cirka tre månader och vid avslut."),
        ("h2", "E. Återrapportering till socialtjänsten"),
        ("checks", [(True, "Genomförandeplan inom tre veckor"), (True, "Omgående vid avbrott eller tre uteblivna besök i följd"),
                    (True, "Skriftlig sammanfattning vid avslut med provresultat och måluppfyllelse")]),
        ("h2", "F. Överlämnande"),
        ("p", "Överlämnad personligen till Stina Forsgren vid inskrivningssamtal 2015-04-29."),
        sign("Gävle 2015-04-29", "Elin Norberg", "Socialsekreterare"),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("p", "Beroendeenheten Vågen · Klient: Malin Ek · Behandlare: Stina Forsgren · Upprättad: 2015-05-20"),
        ("h2", "Insatser (kryssa)"),
        ("checks", [(True, "Individuella samtal (ÅP/KBT)"), (False, "Gruppbehandling"), (True, "Urinprov"),
                    (False, "Alkoholtester"), (True, "Anhörigsamtal"), (True, "Samverkan Arbetsförmedlingen"),
                    (False, "Läkemedelsbehandling")]),
        ("h2", "Mål 1"),
        ("kv", [("Mål", "Malin lämnar enbart negativa urinprov under juni, juli och augusti 2015"),
                ("Så här gör vi", "Urinprov måndagar och torsdagar på Vågen. ÅP-samtal tisdagar kl. 14"),
                ("Ansvarig", "Malin, Stina Forsgren"), ("Klart senast", "2015-08-31")], {"labelw": 20}),
        ("h2", "Mål 2"),
        ("kv", [("Mål", "Malin sover minst sex timmar per natt och har en fast dygnsrytm"),
                ("Så här gör vi", "Sömndagbok, samtal om rutiner"),
                ("Ansvarig", "Malin, Stina Forsgren"), ("Klart senast", "2015-07-15")], {"labelw": 20}),
        ("h2", "Mål 3"),
        ("kv", [("Mål", "Malin har praktik eller arbete minst halvtid"),
                ("Så här gör vi", "Trepartsmöte med Arbetsförmedlingen, Malin söker jobb via bemanningsföretag"),
                ("Ansvarig", "Malin; Stina Forsgren bokar trepartsmötet"), ("Klart senast", "2015-09-30")], {"labelw": 20}),
        ("checks", [(True, "Malin har varit delaktig i planen"), (True, "Kopia till handläggare")]),
    ]
    uppf = [
        ("h1", "Uppföljning av genomförandeplan"),
        ("p", "Beroendeenheten Vågen -- blankett för uppföljning av genomförandeplan"),
        ("kv", [("Klient", "Malin Ek"), ("Datum för uppföljning", ""),
                ("Närvarande", "Malin, Stina Forsgren (Vågen), Elin Norberg (socialtjänsten)")], {"labelw": 26}),
        ("h2", "Mål 1 -- negativa urinprov"),
        ("checks", [(True, "Uppnått"), (False, "Delvis uppnått"), (False, "Ej uppnått")]),
        ("p", "Kommentar: Samtliga prov negativa sedan två veckor efter start. Malin upplever suget som mindre."),
        ("h2", "Mål 2 -- sömn och dygnsrytm"),
        ("checks", [(False, "Uppnått"), (True, "Delvis uppnått"), (False, "Ej uppnått")]),
        ("p", "Kommentar: Sover bättre men vänder på dygnet på helgerna."),
        ("h2", "Mål 3 -- sysselsättning"),
        ("checks", [(False, "Uppnått"), (True, "Delvis uppnått"), (False, "Ej uppnått")]),
        ("p", "Kommentar: Trepartsmöte med Arbetsförmedlingen genomfört. Malin har fått en praktikplats på ett lager, start är inte bestämd."),
        ("h2", "Fortsatt planering"),
        ("p", "Samtalen fortsätter varje vecka. Urinprov minskas till en gång per vecka. Ny uppföljning inför avslut."),
        ("p", "Underskrifter: ____________________   ____________________   ____________________"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Malin Ek · " + dnr),
        journal([
            ("2015-03-09", "Tfn Malin, ansöker om hjälp för amfetaminbruk. /EN"),
            ("2015-03-16", "Besök. DUDIT 24, u-prov pos amfetamin. /EN"),
            ("2015-04-20", "Utredning kommunicerad. /EN"),
            ("2015-04-23", "Beslut ÖV Vågen 4/5 -- 31/10. /EN"),
            ("2015-04-29", "Inskrivningssamtal på Vågen med Malin och Stina Forsgren. Uppdragsbeskrivningen lämnad till Stina. /EN"),
            ("2015-05-21", "GFP inkommen från Vågen. /EN"),
            ("2015-06-08", "Malin ringer, ansöker om ek. bistånd för juni. Hänvisad till försörjningsstöd. /EN"),
            ("2015-08-17", "Malin ringer, frågar om resekostnader till praktikplatsen. Hänvisad till AF. /EN"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="chromium", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning IFO 2015/0921", font="Liberation Serif", size=10.5),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Helvetica", size=10),
        dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", producer="libreoffice-odt", blocks=upp,
             header=H(dnr), footer=FOOT, title="Uppdragsbeskrivning", font="Liberation Sans", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-odt", blocks=gfp,
             header=("Beroendeenheten Vågen\nGävle kommun", "Genomförandeplan"), footer="Vågen|{page} ({pages})",
             title="GFP", font="Liberation Sans", size=10),
        dict(file="uppfoljning.pdf", type="uppföljning", producer="libreoffice-odt", blocks=uppf,
             header=("Beroendeenheten Vågen\nGävle kommun", "Uppföljning"), footer="Vågen|{page} ({pages})",
             title="Uppföljning", font="Liberation Sans", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="'Utredarens analys' anger vad som krävs och varför öppenvård vid Vågen passar; uppdragsbeskrivningens avsnitt A upprepar det.",
                                 ev=["utredning.pdf::Utredarens analys är att Malin", "uppdragsbeskrivning.pdf::A. Nämndens bedömning"]),
        "planning": dict(label="ja", why="Genomförandeplan som kryssformulär med tre mål, vad, ansvarig och klart-datum.",
                         ev=["genomforandeplan.pdf::Malin lämnar enbart negativa urinprov"]),
        "follow_up": dict(label="delvis", why="Uppföljningsblanketten har utfall per mål men fältet för datum är tomt och ingen anteckning daterar uppföljningen.",
                          ev=["uppfoljning.pdf::Samtliga prov negativa sedan två veckor"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdragsbeskrivning (öppenvårdsvariant av länsmallen) med alla delar, överlämnad personligen 2015-04-29.",
                                       ev=["uppdragsbeskrivning.pdf::Uppdragsbeskrivning -- öppenvård", "Uppdragsbeskrivningen lämnad till Stina"]),
    }
    return dict(case_id="gavle_IFO-2015-0921", committee="Gävle", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


CASES = [case_1187(), case_2213(), case_0436(), case_0921()]
