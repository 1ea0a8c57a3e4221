# -*- coding: utf-8 -*-
"""Västerås: four cases. Individ- och familjeförvaltningen with Mottagningsenheten vuxen,
Utredningsenheten missbruk and Uppföljningsenheten; assignments through
'Beställningsportalen'; diarienummer ÅÅÅÅ-NNNNNN."""
from common import journal_plain, journal_blocks_table, journal_blocks_kv, email_blocks

KOM = "Västerås stad · Individ- och familjeförvaltningen"


def bestallning(dnr, sent_line, rows, log, printed):
    b = [
        ("table", {"cls": "plain", "widths": [60, 40], "rows": [[
            "**VÄSTERÅS STAD**\nBeställningsportalen – insatser vuxna", "Utskrift %s\nÄrende %s" % (printed, dnr)]]}),
        ("h1", "Beställning / uppdrag till utförare"),
        ("p", sent_line),
        ("table", {"widths": [28, 72], "rows": rows}),
        ("h3", "Logg"),
        ("table", {"head": ["Datum/tid", "Händelse", "Av"], "widths": [22, 56, 22], "rows": log}),
    ]
    return b


# =====================================================================================
# 8. 2015-000318  Kjell Åberg, alkohol, HVB Solbacken. Everything documented; separate
#    files AND an assembled copy of the whole file.
# =====================================================================================
D8 = "2015-000318"
c8_utr = [
    ("h1", "Utredning – missbruk"),
    ("table", {"widths": [25, 25, 25, 25], "rows": [
        ["**Klient**", "Kjell Åberg", "**Dnr**", D8],
        ["**Personnr**", "19010929-5176", "**Datum**", "2015-03-02"],
        ["**Utredare**", "Jessica Lindgren", "**Enhet**", "Utredningsenheten missbruk"]]}),
    ("h2", "1. Aktualisering och ansökan"),
    ("p", "Frivården i Västerås kontaktade Mottagningsenheten vuxen 2015-01-26 med Kjells samtycke. Kjell dömdes i december 2014 "
          "för grovt rattfylleri till skyddstillsyn. Han ansökte 2015-01-29 om behandling på behandlingshem."),
    ("h2", "2. Utredningens genomförande"),
    ("p", "Samtal med Kjell 2015-02-02, 2015-02-09 (ASI-grundintervju) och 2015-02-23. Yttrande från Frivården, uppgifter från "
          "Kjells läkare vid Beroendemottagningen, samtal med hans dotter Linda. Blodprov (PEth) 2015-02-09."),
    ("h2", "3. ASI-grundintervju 2015-02-09"),
    ("cols", [
        ("h3", "Fysisk hälsa – I 5"),
        ("p", "Diabetes typ 2 som sköts dåligt, neuropati i fötterna, högt blodtryck. Har fallit två gånger i vinter."),
        ("h3", "Arbete och försörjning – I 4"),
        ("p", "Långtidssjukskriven från sitt arbete som busschaufför sedan 2013, körkortet återkallat. Sjukpenning."),
        ("h3", "Alkohol – I 8"),
        ("p", "Dricker dagligen sedan många år, mest starköl och sprit. Morgonsupar. Två avgiftningar 2014. PEth 2015-02-09: 2,1 "
              "µmol/l."),
        ("h3", "Narkotika – I 0"),
        ("p", "Inget."),
        ("h3", "Kriminalitet – I 3"),
        ("p", "Grovt rattfylleri 2014, skyddstillsyn. Inga tidigare domar."),
        ("h3", "Familj och umgänge – I 5"),
        ("p", "Änkling sedan 2011. Två vuxna barn; dottern Linda har kontakt men har sagt att hon inte orkar mer. Umgås i "
              "övrigt med några grannar som också dricker."),
        ("h3", "Psykisk hälsa – I 4"),
        ("p", "Sorg efter hustrun som inte bearbetats. Nedstämdhet, inga suicidtankar."),
    ]),
    ("h2", "4. Uppgifter från andra"),
    ("h3", "Frivården"),
    ("p", "I yttrandet (2015-02-13) skriver frivårdsinspektör Magnus Holmberg:"),
    ("quote", "”Enligt frivårdens bedömning föreligger en hög risk för återfall i trafikbrottslighet så länge Åberg har ett "
              "aktivt alkoholmissbruk. Frivården ser positivt på att han genomgår behandling på institution och kommer att "
              "anpassa övervakningen därefter.”"),
    ("h3", "Beroendemottagningen"),
    ("quote", "”Patienten har ett svårt alkoholberoende med somatiska komplikationer. Bedöms behöva abstinensbehandling "
              "inledningsvis. Diabetesen är otillfredsställande inställd.” (Leg. läkare Eva Kronberg, 2015-02-18)"),
    ("h3", "Dottern"),
    ("p", "Linda berättar att pappan klarade sig bra tills mamman dog. Hon vill gärna vara med i behandlingen om han blir nykter."),
    ("h2", "5. Kjells egen uppfattning"),
    ("p", "”Jag har druckit ihjäl mig sakta sedan Gunilla dog.” Kjell vill bort från grannarna i trappuppgången, vill ha "
          "tillbaka körkortet och kontakt med barnbarnen."),
    ("h2", "6. Analys"),
    ("p", "Kjell har ett svårt och långvarigt alkoholberoende med kroppsliga följder; diabetesen sköts inte och han har fallit "
          "flera gånger. Två avgiftningar under 2014 har inte följts av nykterhet. Hans närmaste umgänge dricker, och han har "
          "inte bearbetat sorgen efter hustrun, vilket han själv kopplar ihop med drickandet. Risken för nya brott är enligt "
          "frivården hög så länge drickandet fortsätter."),
    ("p", "För att bli nykter behöver Kjell en inledande abstinensbehandling och därefter en behandlingsperiod i en miljö utan "
          "alkohol, borta från grannarna, med medicinsk tillsyn av diabetesen, återfallsprevention och sorgbearbetning. Dottern "
          "bör involveras. Öppenvård bedöms inte tillräckligt eftersom han inte klarat nykterhet mellan avgiftningarna och "
          "hemmiljön är starkt förknippad med drickande."),
    ("h2", "7. Slutsats och förslag"),
    ("p", "Utredningsenheten föreslår att Kjell Åberg beviljas behandling på Solbackens behandlingshem, HVB, enligt 4 kap. 1 § "
          "SoL, 2015-03-09 – 2015-07-31. Solbacken har sjuksköterska, samarbete med vårdcentral, anhörigprogram och erfarenhet av "
          "äldre män med sorg- och beroendeproblematik. Efter behandlingen bör eftervård i öppenvård i Västerås planeras."),
    ("sig", ["Västerås 2015-03-02", "Jessica Lindgren, socialsekreterare", "021-39 17 52"]),
]
c8_beslut = [
    ("letterhead", "VÄSTERÅS STAD\nIndividnämnden", "BESLUT\n2015-03-04\nDnr %s" % D8),
    ("h1", "Beslut om bistånd"),
    ("table", {"widths": [30, 70], "rows": [
        ["Sökande", "Kjell Åberg, 19010929-5176"],
        ["Ansökan", "Behandling på behandlingshem, 2015-01-29"],
        ["Beslut", "Bistånd beviljas i form av institutionsvård vid Solbackens behandlingshem 2015-03-09 – 2015-07-31."],
        ["Lagrum", "4 kap. 1 § socialtjänstlagen"],
        ["Skäl för beslutet", "Enligt utredningens förslag 2015-03-02."],
    ]}),
    ("sig", ["Anna-Karin Modig", "Gruppledare, Utredningsenheten missbruk (enligt delegation)"]),
    ("small", "Information om hur man överklagar: Beslutet kan överklagas hos förvaltningsrätten inom tre veckor från delfående."),
]
c8_uppdrag = bestallning(D8, "**Uppdrag skickat via e-tjänst 2015-03-05 kl 08:31**", [
    ["**Beställnings-nr**", "B-15-0211"],
    ["**Klient**", "Kjell Åberg, 19010929-5176"],
    ["**Utförare**", "Solbackens behandlingshem (HVB), ramavtal"],
    ["**Insats**", "Institutionsvård enligt 4 kap. 1 § SoL, 2015-03-09 – 2015-07-31"],
    ["**Nämndens bedömning av behov**", "Svårt, långvarigt alkoholberoende med somatiska komplikationer (diabetes, fall). Har "
        "inte klarat nykterhet efter två avgiftningar 2014. Hemmiljön och umgänget präglas av alkohol; obearbetad sorg. Behöver "
        "abstinensbehandling följd av behandling i alkoholfri miljö med medicinsk tillsyn, återfallsprevention, sorgbearbetning "
        "och anhörigmedverkan."],
    ["**Uppdragets innehåll**", "Abstinensbehandling i samråd med läkare; behandlingsprogram; medicinsk tillsyn av diabetes; "
        "sorgbearbetande samtal; anhörigprogram med dottern; förberedelse av eftervård i Västerås."],
    ["**Mål**", "1. Kjell är nykter under placeringen (PEth under 0,3 µmol/l vid utskrivning).\n2. Blodsockret är "
        "välinställt.\n3. Kjell har en plan för boende, eftervård och sysselsättning i Västerås vid utskrivning."],
    ["**Uppföljning**", "GFP skickas inom fyra veckor. Utvärderingsmöte på Solbacken efter ca tolv veckor med Kjell, "
        "behandlare och socialsekreterare från Uppföljningsenheten; ytterligare möte inför utskrivning."],
    ["**Återrapportering**", "Slutrapport inom 14 dagar efter utskrivning med måluppfyllelse, provsvar och rekommendationer "
        "för eftervård. Avvikelser och avbrott rapporteras omgående."],
    ["**Ansvarig socialsekreterare**", "Peter Sandberg, Uppföljningsenheten, 021-39 18 06, peter.sandberg@vasteras.se"],
], [
    ["2015-03-05 08:24", "Beställning registrerad", "JLINDGREN"],
    ["2015-03-05 08:31", "Skickad till utförare", "JLINDGREN"],
    ["2015-03-05 10:12", "Läst av utförare", "SOLBACKEN"],
    ["2015-03-05 10:15", "Accepterad av utförare", "SOLBACKEN"],
], "2015-03-05 10:20")
c8_gfp = [
    ("h1", "Genomförandeplan – Solbackens behandlingshem"),
    ("p", "Boende: **Kjell Åberg** · Inskriven 2015-03-09 · Kontaktperson: Roger Falk · Uppdragsgivare: Västerås stad (Peter "
          "Sandberg) · Upprättad 2015-04-01 tillsammans med Kjell"),
    ("table", {"head": ["Nr", "Mål", "Delmål", "Aktiviteter / metod", "Ansvarig", "Tidsplan", "Så mäts det"],
               "widths": [4, 17, 19, 22, 13, 12, 13], "rows": [
        ["1", "Kjell är nykter under hela placeringen", "1.1 Avslutad abstinensbehandling", "Läkarordinerad nedtrappning",
         "SSK Maria Ek", "Klar 2015-03-20", "Journal SSK"],
        ["", "", "1.2 Återfallsplan", "ÅP-samtal 2 ggr/vecka", "Roger Falk", "Klar 2015-05-15", "Skriftlig plan"],
        ["", "", "1.3 Negativa prover", "Alkotest dagligen, PEth månadsvis", "SSK", "Mars–juli", "PEth < 0,3 vid utskrivning"],
        ["2", "Blodsockret är välinställt", "2.1 Regelbundna måltider och provtagning", "Kost enligt schema, egenkontroll",
         "Kjell, SSK", "Fr.o.m. 2015-03-16", "HbA1c 2015-06-15"],
        ["", "", "2.2 Fotvård", "Remiss till fotterapeut", "SSK", "April", "Besök genomfört"],
        ["3", "Kjell har bearbetat sorgen efter hustrun", "3.1 Sorgsamtal", "Sex samtal med präst/samtalsterapeut",
         "Roger Falk ordnar", "April–juni", "Kjells egen skattning"],
        ["4", "Plan för livet efter Solbacken", "4.1 Anhörigdagar med dottern", "Två anhörighelger",
         "Roger Falk, Linda", "Maj och juli", "Genomförda"],
        ["", "", "4.2 Eftervård i Västerås", "Kontakt med öppenvården, ev. byte av lägenhet", "Peter Sandberg, Kjell",
         "Senast 2015-07-15", "Beslut/plan klar"],
    ]}),
    ("p", "Planen följs upp vid utvärderingsmöte ca vecka 23 och revideras vid behov."),
]
c8_uppf = [
    ("letterhead", "Västerås stad\nUppföljningsenheten", "Utvärderingsmöte\nDnr %s" % D8),
    ("h1", "Utvärdering av placering – Solbackens behandlingshem"),
    ("kv", [("Klient", "Kjell Åberg"), ("Datum", "2015-06-03"), ("Plats", "Solbackens behandlingshem"),
            ("Närvarande", "Kjell Åberg, Roger Falk (kontaktperson), Linda Åberg (dotter, del av mötet), Peter Sandberg "
                           "(socialsekreterare)")]),
    ("h2", "Hur har det gått?"),
    ("p", "**Mål 1 – nykterhet:** Abstinensbehandlingen avslutades 2015-03-18. Inga positiva alkotest. PEth 2015-05-29: 0,21 "
          "µmol/l. Återfallsplanen är klar. Bedöms uppnått hittills."),
    ("p", "**Mål 2 – diabetes:** HbA1c har sjunkit, fotterapeut har besökts. Kjell sköter egenkontrollerna. Delvis uppnått, "
          "nytt prov 2015-06-15."),
    ("p", "**Mål 3 – sorg:** Fyra samtal genomförda. Kjell säger att han ”för första gången kan prata om Gunilla utan att vilja "
          "dricka”."),
    ("p", "**Mål 4 – framtid:** Linda har varit med en anhörighelg. Kjell vill flytta från nuvarande trappuppgång; ansökan om "
          "lägenhetsbyte är gjord. Eftervård i öppenvården i Västerås diskuterades."),
    ("h2", "Överenskommelser"),
    ("ul", ["Placeringen fortsätter enligt beslut till 2015-07-31.",
            "Peter Sandberg utreder eftervård (öppenvård) inför hemgång, klart senast 2015-07-15.",
            "Nästa möte inför utskrivning 2015-07-22."]),
    ("sig", ["Antecknat av Peter Sandberg, socialsekreterare"]),
]
c8_journal = journal_plain([
    "VASTERAS STAD  Individ- och familjeforvaltningen          Social journal",
    "Dnr %s   Kjell Åberg   Utskrift 2015-08-14" % D8,
], [
    dict(date="2015-01-26", time="10:30", event="Aktualisering", ctype="Telefon", by="Mottagningsenheten vuxen, E. Roos",
         text="Frivården ringer med Kjells samtycke. Dömd för grovt rattfylleri, vill ha behandling."),
    dict(date="2015-01-29", time="13:00", event="Ansökan", ctype="Besök", by="Mottagningsenheten vuxen, E. Roos",
         text="Kjell ansöker om behandlingshem. Överlämnas till Utredningsenheten missbruk."),
    dict(date="2015-03-04", time="", event="Beslut", ctype="-", by="Anna-Karin Modig",
         text="Beviljas Solbacken 2015-03-09 -- 2015-07-31."),
    dict(date="2015-03-05", time="08:31", event="Beställning", ctype="E-tjänst", by="Jessica Lindgren",
         text="Beställning B-15-0211 skickad till Solbacken via Beställningsportalen. Accepterad 10:15. Ärendet "
              "överlämnat till Uppföljningsenheten (Peter Sandberg)."),
    dict(date="2015-03-09", time="", event="Placering påbörjad", ctype="Telefon", by="Peter Sandberg",
         text="Kjell inskriven på Solbacken."),
    dict(date="2015-04-02", time="", event="Inkommen handling", ctype="E-tjänst", by="Peter Sandberg",
         text="GFP inkommen via portalen. Godkänd."),
    dict(date="2015-06-03", time="10:00", event="Uppföljning", ctype="Utvärderingsmöte", by="Peter Sandberg",
         text="Utvärderingsmöte på Solbacken, se protokoll i akten. Kort: nykter hela placeringen, diabetes bättre, "
              "sorgsamtal har hjälpt. Fortsätter enl. plan."),
    dict(date="2015-07-22", time="13:30", event="Uppföljning", ctype="Trepartssamtal", by="Peter Sandberg",
         text="Möte inför utskrivning. PEth fortsatt lågt. Lägenhetsbyte klart fr.o.m. 1/8. Kjell tackar ja till "
              "eftervård i öppenvården (ansökan registrerad). Frivården informerad."),
    dict(date="2015-08-10", time="", event="Inkommen handling", ctype="Post", by="Peter Sandberg",
         text="Slutrapport från Solbacken inkommen. Samtliga mål uppnådda utom mål 2 (delvis)."),
], style="A", width=86)

# =====================================================================================
# 9. 2014-001207 Sara Nyman, heroin/benso, HVB Lärkan. Ticked-box vårdplan; assignment
#    without follow-up arrangements and with no record of when it was handed over.
# =====================================================================================
D9 = "2014-001207"
c9_utr = [
    ("h1", "Utredning enligt 11 kap. 1 § SoL"),
    ("kv", [("Klient", "Sara Nyman (33 år)"), ("Dnr", D9), ("Utredare", "Elin Ståhl, Utredningsenheten missbruk"),
            ("Datum", "2014-11-20")]),
    ("h2", "Bakgrund"),
    ("p", "Sara ansökte 2014-10-14 om behandling på behandlingshem. Hon har använt heroin sedan 2008 och bensodiazepiner "
          "(köpta illegalt) sedan 2012. Hon har två korta behandlingsförsök bakom sig. Hon bor i en lägenhet med kontrakt via "
          "socialtjänsten (försökslägenhet) som hon riskerar att förlora på grund av störningar. Hennes son, åtta år, är "
          "familjehemsplacerad sedan 2012; Sara har umgänge en gång i månaden under tillsyn."),
    ("h2", "Underlag"),
    ("p", "Samtal 2014-10-16, 2014-10-23 (ASI), 2014-11-06 och 2014-11-18. Kontakt med Beroendekliniken, med barnets "
          "socialsekreterare och med hyresvärden. Urinprov positiva för opiater och bensodiazepiner."),
    ("h3", "ASI i korthet"),
    ("table", {"head": ["Område", "I", "K", "Kommentar"], "widths": [28, 6, 6, 60], "rows": [
        ["Fysisk hälsa", "5", "4", "Abscesser, hepatit C, dålig tandstatus"],
        ["Arbete/försörjning", "6", "3", "Försörjningsstöd sedan 2009"],
        ["Alkohol", "1", "0", "–"],
        ["Narkotika", "9", "8", "Heroin dagligen, bensodiazepiner"],
        ["Kriminalitet", "5", "2", "Snatterier, ringa narkotikabrott; inga pågående mål"],
        ["Familj/umgänge", "6", "7", "Sonen placerad; partnern använder också"],
        ["Psykisk hälsa", "6", "6", "Ångest, PTSD-symtom efter våld i tidigare relation"],
    ]}),
    ("h3", "Beroendekliniken"),
    ("quote", "”Bedömning: Opioidberoende och beroende av sedativa. Patienten är aktuell för LARO-utredning, men har själv "
              "önskat drogfri behandling. Bensodiazepinnedtrappning kräver medicinsk övervakning.”"),
    ("h3", "Sonens socialsekreterare"),
    ("p", "Umgänget har fungerat sämre under hösten; Sara har uteblivit två gånger. Utökat umgänge är aktuellt först när Sara "
          "varit drogfri en längre tid."),
    ("h2", "Analys"),
    ("p", "Sara har ett mycket allvarligt beroende av heroin och bensodiazepiner med stora konsekvenser för hälsa, boende och "
          "relationen till sonen. Hon lever i en relation där partnern också använder, och hon har traumatiska erfarenheter som "
          "påverkar henne. Öppenvård har inte varit möjlig eftersom hon inte klarat en dag utan droger i hemmet. Hon behöver "
          "medicinskt övervakad nedtrappning och därefter en längre behandling i skyddad miljö enbart för kvinnor, med "
          "traumamedveten behandling, hälso- och tandvård, samt stöd i föräldraskapet och i kontakten med sonen."),
    ("h2", "Slutsats och förslag"),
    ("p", "Sara Nyman föreslås beviljas behandling vid Kvinnohemmet Lärkan, HVB, 2014-12-01 – 2015-05-31, enligt 4 kap. 1 § SoL. "
          "Lärkan har avgiftningsplatser med läkare, traumaprogram för kvinnor och samarbete med barnets socialsekreterare. "
          "Försökslägenheten bör behållas under placeringen."),
    ("sig", ["Elin Ståhl", "Socialsekreterare, 021-39 17 70"]),
]
c9_beslut_blocks = [
    ("letterhead", "Västerås stad – Individnämnden", "BESLUT 2014-11-24\nDnr %s" % D9),
    ("h1", "Beslut"),
    ("p", "Sara Nyman beviljas bistånd enligt 4 kap. 1 § socialtjänstlagen i form av institutionsvård vid Kvinnohemmet Lärkan "
          "under perioden 2014-12-01 – 2015-05-31."),
    ("p", "Skäl för beslutet: Se utredning 2014-11-20."),
    ("sig", ["Anna-Karin Modig, gruppledare (delegation)"]),
]
c9_uppdrag = [
    ("letterhead", "Västerås stad\nIndivid- och familjeförvaltningen", "UPPDRAGSBESKRIVNING\nHVB – vuxna"),
    ("table", {"widths": [30, 70], "rows": [
        ["**Klient**", "Sara Nyman"],
        ["**Dnr**", D9],
        ["**Utförare**", "Kvinnohemmet Lärkan"],
        ["**Beslut**", "Institutionsvård enligt 4 kap. 1 § SoL, 2014-12-01 – 2015-05-31"],
        ["**Socialnämndens bedömning av behov**", "Sara har ett allvarligt beroende av heroin och bensodiazepiner och har inte klarat "
            "en dag utan droger i hemmet. Hon behöver medicinskt övervakad nedtrappning, därefter längre behandling i skyddad "
            "miljö för kvinnor med traumamedveten behandling, hälso- och tandvård samt stöd i föräldraskapet."],
        ["**Uppdraget omfattar**", "Avgiftning/nedtrappning under läkares ansvar, Lärkans traumaprogram, kontakt med tandvård och "
            "infektionsmottagning, stöd vid umgänge med sonen i samråd med barnets socialsekreterare."],
        ["**Mål**", "1. Sara är drogfri vid utskrivningen (negativa urinprov sista tre månaderna).\n2. Sara har haft regelbundet "
            "umgänge med sonen enligt plan.\n3. Sara har påbörjat tand- och hepatitbehandling."],
        ["**Rapportering vid avslut**", "Skriftlig slutrapport till handläggaren: måluppfyllelse, provresultat, rekommendation om "
            "eftervård."],
        ["**Handläggare**", "Elin Ståhl, socialsekreterare, Utredningsenheten missbruk, tel. 021-39 17 70, "
            "elin.stahl@vasteras.se"],
    ]}),
    ("p", "Upprättad 2014-11-26"),
    ("sig", ["Elin Ståhl"]),
]
c9_vardplan = [
    ("letterhead", "Västerås stad", "VÅRDPLAN – institutionsvård\nDnr %s" % D9),
    ("kv", [("Klient", "Sara Nyman"), ("Placering", "Kvinnohemmet Lärkan, 2014-12-01 – 2015-05-31"),
            ("Datum för vårdplan", "2014-12-10"), ("Deltagare", "Sara, Elin Ståhl (soc.sekr.), Helena Vik (Lärkan)")]),
    ("h2", "Insatsområden"),
    ("checks", [(True, "Missbruk/beroende"), (True, "Fysisk hälsa"), (True, "Psykisk hälsa"), (False, "Arbete/sysselsättning"),
                (True, "Boende"), (True, "Föräldraskap/barn"), (False, "Ekonomi")]),
    ("h2", "Mål, aktivitet, ansvar och tid"),
    ("table", {"head": ["Mål", "Insats / aktivitet", "Ansvarig", "Tidpunkt"], "widths": [30, 34, 18, 18], "rows": [
        ["1. Drogfri (negativa prov från 2015-02-28 till utskrivning)", "Nedtrappning av bensodiazepiner under läkare; traumaprogram", "Lärkan, läkare", "Nedtrappning klar 2015-01-15"],
        ["2. Umgänge med sonen en gång i månaden utan inställda tillfällen", "Lärkan följer med till umgänge; samverkan med barnets handläggare", "Helena Vik, Elin Ståhl", "Dec 2014 – maj 2015"],
        ["3. Påbörjad tand- och hepatitbehandling", "Remisser via Lärkans SSK", "Lärkan SSK", "Senast 2015-03-31"],
        ["4. Behålla lägenheten", "Handl. kontaktar hyresvärd, hyra betalas under placeringen", "Elin Ståhl", "Klart 2014-12-19"],
    ]}),
    ("h2", "Samtycke och delaktighet"),
    ("checks", [(True, "Klienten har deltagit i planeringen"), (True, "Klienten har fått en kopia av vårdplanen"),
                (True, "Samtycke till informationsutbyte med Beroendekliniken och barnets handläggare"),
                (False, "SIP är upprättad")]),
    ("p", "Uppföljning av vårdplanen: trepartssamtal i februari och utvärderingsmöte före utskrivningen."),
    ("sig", ["Sara Nyman ___________________     Elin Ståhl ___________________"]),
]
c9_journal = [
    ("h1", "Social journal – utskrift"),
    ("p", "Västerås stad · Dnr %s · Sara Nyman" % D9),
] + journal_blocks_table([
    dict(date="2014-10-14", event="Ansökan", ctype="Besök", by="Mottagningsenheten vuxen",
         text="Sara ansöker om behandlingshem. Överlämnas till Utredningsenheten."),
    dict(date="2014-11-24", event="Beslut", ctype="-", by="A-K Modig",
         text="Beviljas Kvinnohemmet Lärkan 2014-12-01 -- 2015-05-31."),
    dict(date="2014-12-01", event="Placering", ctype="Telefon", by="Elin Ståhl",
         text="Sara inskriven på Lärkan. Körd av handl."),
    dict(date="2014-12-10", event="Vårdplan", ctype="Besök", by="Elin Ståhl",
         text="Vårdplan upprättad på Lärkan med Sara och kontaktperson Helena Vik."),
    dict(date="2015-02-18", time="13:00", event="Uppföljning", ctype="Trepartssamtal", by="Elin Ståhl",
         text="Trepartssamtal på Lärkan (Sara, Helena Vik, handl.). Nedtrappningen av benso klar 2015-01-12. Samtliga urinprov "
              "negativa sedan 2015-01-20. Sara har varit på två umgängen med sonen, båda genomförda. Tandvård påbörjad, "
              "hepatitremiss skickad. Sara beskriver att traumagruppen är ”det svåraste men bästa”. Mål 1-3 går enl. plan. "
              "Överenskommit: fortsatt placering, utvärderingsmöte i maj."),
    dict(date="2015-05-20", time="10:00", event="Uppföljning", ctype="Utvärderingsmöte", by="Elin Ståhl",
         text="Utvärdering före utskrivning. Drogfri hela perioden sedan januari. Umgänge varje månad, sonens handläggare "
              "planerar utökat umgänge. Hepatitbehandling startar i juni. Eftervård: öppenvård Mimer + boendestöd, ansökan "
              "gjord. Målen i vårdplanen bedöms uppnådda."),
    dict(date="2015-05-31", event="Avslut placering", ctype="-", by="Elin Ståhl",
         text="Utskriven från Lärkan. Slutrapport inkommen 2015-06-05."),
])

# =====================================================================================
# 10. 2015-000562 Patrik Holm, amfetamin, öppenvård Mimer. Never started.
# =====================================================================================
D10 = "2015-000562"
c10_utr = [
    ("h1", "Utredning – missbruk"),
    ("table", {"widths": [25, 25, 25, 25], "rows": [
        ["**Klient**", "Patrik Holm", "**Dnr**", D10],
        ["**Ålder**", "41 år", "**Datum**", "2015-04-28"],
        ["**Utredare**", "Jessica Lindgren", "**Enhet**", "Utredningsenheten missbruk"]]}),
    ("h2", "1. Aktualisering"),
    ("p", "Patrik ansökte om öppenvård 2015-03-23 via Mottagningsenheten vuxen, efter att ha blivit uppsagd från sitt arbete."),
    ("h2", "2. Underlag"),
    ("p", "Samtal 2015-03-30, 2015-04-07 (ASI) och 2015-04-21. Kontakt med Arbetsförmedlingen och med Patriks sambo."),
    ("h2", "3. Situation"),
    ("p", "Patrik har använt amfetamin periodvis sedan 20-årsåldern, de senaste två åren varje helg och ibland under veckorna. "
          "Han förlorade sitt arbete som snickare i mars efter upprepad frånvaro. Han bor med sambo och hennes två barn, "
          "som han har ett gott förhållande till. Sambon har sagt att hon lämnar honom om han inte slutar. Han har inte haft "
          "behandling tidigare. ASI: narkotika I 6, arbete/försörjning I 5, familj I 4."),
    ("h2", "4. Analys"),
    ("p", "Patrik har ett amfetaminbruk som har pågått länge och nu kostat honom arbetet och hotar familjen. Han har fungerande "
          "boende och en sambo som stöttar honom om han tar emot hjälp. Han har inte prövat behandling tidigare och bör få hjälp "
          "att sluta använda amfetamin, att förstå vad som utlöser hans helgbruk och att komma tillbaka till arbete. Eftersom "
          "familjen och boendet är en tillgång är öppenvård med individuella samtal, urinprov och samverkan med "
          "Arbetsförmedlingen den mest ändamålsenliga insatsen."),
    ("h2", "5. Slutsats och förslag"),
    ("p", "Patrik Holm föreslås beviljas öppenvård vid Öppenvården Mimer enligt 4 kap. 1 § SoL, 2015-05-11 – 2015-11-10."),
    ("sig", ["Jessica Lindgren, socialsekreterare, 021-39 17 52"]),
    ("hr",),
    ("h3", "Beslut 2015-05-05"),
    ("p", "Beviljas enligt förslag. Anna-Karin Modig, gruppledare (delegation)."),
]
c10_uppdrag = bestallning(D10, "**Uppdrag skickat via e-tjänst 2015-05-06 kl 08:47**", [
    ["**Beställnings-nr**", "B-15-0398"],
    ["**Klient**", "Patrik Holm"],
    ["**Utförare**", "Öppenvården Mimer"],
    ["**Insats**", "Öppenvård enligt 4 kap. 1 § SoL, 2015-05-11 – 2015-11-10"],
    ["**Nämndens bedömning av behov**", "Långvarigt amfetaminbruk som kostat arbetet och hotar familjen. Fungerande boende och "
        "stöttande sambo. Behöver hjälp att sluta, förstå vad som utlöser helgbruket och komma tillbaka till arbete; "
        "öppenvård eftersom familjen och boendet är en tillgång."],
    ["**Uppdragets innehåll**", "Individuella samtal (återfallsprevention) en gång/vecka, urinprov, samverkan med "
        "Arbetsförmedlingen, erbjudande om anhörigsamtal med sambon."],
    ["**Mål**", "1. Patrik är drogfri (negativa prov) senast 2015-08-01.\n2. Patrik har en planering för arbete eller studier "
        "senast 2015-10-01."],
    ["**Uppföljning**", "GFP inom tre veckor. Trepartssamtal efter ca tre månader och inför periodens slut."],
    ["**Återrapportering**", "Slutrapport inom 14 dagar efter avslut. Om Patrik inte påbörjar eller avbryter insatsen meddelas "
        "handläggaren samma vecka."],
    ["**Ansvarig socialsekreterare**", "Jessica Lindgren, 021-39 17 52, jessica.lindgren@vasteras.se"],
], [
    ["2015-05-06 08:40", "Beställning registrerad", "JLINDGREN"],
    ["2015-05-06 08:47", "Skickad till utförare", "JLINDGREN"],
    ["2015-05-06 09:30", "Accepterad av utförare", "MIMER"],
    ["2015-06-15 11:02", "Avslutad av beställare – insatsen ej påbörjad", "JLINDGREN"],
], "2015-06-15 11:05")
c10_journal = [
    ("h1", "Journalanteckningar"),
    ("p", "Dnr %s – Patrik Holm – utskrift 2015-06-16" % D10),
] + journal_blocks_kv([
    dict(date="2015-03-23", event="Ansökan", ctype="Telefon", by="Mottagningsenheten vuxen, E. Roos",
         text="Patrik ansöker om öppenvård. Överlämnas."),
    dict(date="2015-05-05", event="Beslut", ctype="-", by="A-K Modig",
         text="Öppenvård Mimer beviljas 2015-05-11 -- 2015-11-10."),
    dict(date="2015-05-06", event="Beställning", ctype="E-tjänst", by="Jessica Lindgren",
         text="Beställning skickad till Mimer kl 08.47. Inskrivningssamtal bokat 2015-05-12 kl 14."),
    dict(date="2015-05-12", event="Information från utförare", ctype="Telefon", by="Jessica Lindgren",
         text="Mimer meddelar att Patrik uteblev från inskrivningssamtalet. Ny tid 2015-05-19 skickas per brev och sms."),
    dict(date="2015-05-19", event="Information från utförare", ctype="Telefon", by="Jessica Lindgren",
         text="Patrik uteblev igen. Handl. har sökt honom på telefon tre gånger utan svar."),
    dict(date="2015-05-27", event="Brev", ctype="Brev", by="Jessica Lindgren",
         text="Brev till Patrik: om han inte hör av sig senast 2015-06-10 kommer insatsen att avslutas."),
    dict(date="2015-06-15", event="Avslut", ctype="-", by="Jessica Lindgren",
         text="Patrik har inte hörts av. Insatsen har aldrig påbörjats – han har inte varit på ett enda samtal. Beställningen "
              "avslutas i portalen. Beslut om upphörande fattat. Ärendet avslutas; Patrik är välkommen att ansöka igen."),
])
c10_upphor = [
    ("letterhead", "VÄSTERÅS STAD\nIndividnämnden", "BESLUT\n2015-06-15\nDnr %s" % D10),
    ("h1", "Beslut om upphörande"),
    ("p", "Beslutet 2015-05-05 om öppenvård vid Öppenvården Mimer upphör att gälla fr.o.m. 2015-06-15."),
    ("p", "Skäl för beslutet: Patrik Holm har inte påbörjat insatsen och har inte svarat på kontaktförsök."),
    ("sig", ["Anna-Karin Modig, gruppledare"]),
]

# =====================================================================================
# 11. 2015-000044 Birgitta Sjöberg, alkohol, öppenvård Mimer. No committee assessment at all
#     (template placeholder), portal assignment with empty assessment field.
# =====================================================================================
D11 = "2015-000044"
c11_utr = [
    ("h1", "Utredning – missbruk"),
    ("table", {"widths": [25, 25, 25, 25], "rows": [
        ["**Klient**", "Birgitta Sjöberg", "**Dnr**", D11],
        ["**Ålder**", "51 år", "**Datum**", "2015-02-05"],
        ["**Utredare**", "Oskar Nilsson", "**Enhet**", "Utredningsenheten missbruk"]]}),
    ("h2", "1. Aktualisering"),
    ("p", "Birgitta ansökte 2015-01-08 om hjälp för sitt drickande, efter att hennes läkare på vårdcentralen uppmanat henne."),
    ("h2", "2. Underlag"),
    ("p", "Samtal 2015-01-13 och 2015-01-20 (ASI). Läkarintyg från vårdcentralen. AUDIT 2015-01-13: 19 poäng."),
    ("h2", "3. Situation"),
    ("p", "Birgitta arbetar som lärare på deltid och bor med sin make. Hon dricker vin flera kvällar i veckan, ungefär en "
          "flaska per kväll. Hon har haft flera sjukskrivningar för ”magkatarr” som hon själv kopplar till alkoholen."),
    ("h3", "ASI-intervju 2015-01-20"),
    ("p", "Intervjuarens skattning av hjälpbehov: alkohol 5, psykisk hälsa 4, fysisk hälsa 3, familj 3, övriga 0."),
    ("h3", "Läkarintyg"),
    ("quote", "”Bedömning: Alkoholberoende, medelsvårt. Leverprover lätt förhöjda. Patienten rekommenderas psykosocial "
              "behandling i öppenvård samt akamprosat, vilket har förskrivits.” (Dr Lars Hed, Vårdcentralen Skultuna, "
              "2015-01-15)"),
    ("h3", "Birgittas egen uppfattning"),
    ("p", "”Jag behöver hjälp att sluta dricka innan jag förlorar jobbet. Jag vill gå i öppenvård, inte ligga inne någonstans.”"),
    ("h2", "4. Bedömning"),
    ("p", "[Skriv socialtjänstens bedömning här]"),
    ("h2", "5. Förslag till beslut"),
    ("p", "Öppenvård, Mimer."),
    ("sig", ["Oskar Nilsson, socialsekreterare"]),
]
c11_beslut = [
    ("letterhead", "VÄSTERÅS STAD\nIndividnämnden", "BESLUT\n2015-02-09\nDnr %s" % D11),
    ("h1", "Beslut om bistånd"),
    ("table", {"widths": [30, 70], "rows": [
        ["Sökande", "Birgitta Sjöberg"],
        ["Beslut", "Öppenvård vid Öppenvården Mimer beviljas 2015-02-16 – 2015-08-14, 4 kap. 1 § SoL."],
        ["Skäl för beslutet", "–"],
    ]}),
    ("sig", ["Anna-Karin Modig, gruppledare (delegation)"]),
]
c11_uppdrag = bestallning(D11, "**Uppdrag skickat via e-tjänst 2015-02-10 kl 13:22**", [
    ["**Beställnings-nr**", "B-15-0087"],
    ["**Klient**", "Birgitta Sjöberg"],
    ["**Utförare**", "Öppenvården Mimer"],
    ["**Insats**", "Öppenvård enligt 4 kap. 1 § SoL, 2015-02-16 – 2015-08-14"],
    ["**Nämndens bedömning av behov**", ""],
    ["**Uppdragets innehåll**", "Individuella samtal (KBT/återfallsprevention) varje vecka, alkoholutandningsprov vid samtalen, "
        "samverkan med vårdcentralen kring akamprosat."],
    ["**Mål**", "1. Birgitta dricker inte alkohol under behandlingsperioden (negativa utandningsprov, PEth i juni).\n"
        "2. Birgitta har ingen alkoholrelaterad sjukfrånvaro under perioden."],
    ["**Uppföljning**", "GFP inom tre veckor. Trepartssamtal efter tre månader samt inför avslut."],
    ["**Återrapportering**", "Slutrapport till handläggaren efter avslut med resultat och förslag."],
    ["**Ansvarig socialsekreterare**", "Oskar Nilsson, 021-39 17 64, oskar.nilsson@vasteras.se"],
], [
    ["2015-02-10 13:15", "Beställning registrerad", "ONILSSON"],
    ["2015-02-10 13:22", "Skickad till utförare", "ONILSSON"],
    ["2015-02-11 08:05", "Accepterad av utförare", "MIMER"],
], "2015-02-11 08:10")
c11_gfp = [
    ("letterhead", "Öppenvården Mimer\nVästerås stad", "GENOMFÖRANDEPLAN\nupprättad 2015-03-02"),
    ("kv", [("Klient", "Birgitta Sjöberg"), ("Behandlare", "Tove Axelsson"), ("Beställning", "B-15-0087"),
            ("Period", "2015-02-16 – 2015-08-14")]),
    ("h2", "Mål 1: Birgitta dricker inte alkohol under perioden"),
    ("p", "1.1 Birgitta blåser negativt vid varje samtal (Tove Axelsson, varje vecka fr.o.m. 2015-03-02).\n"
          "1.2 Birgitta tar akamprosat enligt ordination (Birgitta / vårdcentralen, löpande).\n"
          "1.3 Birgitta gör en funktionsanalys av sina dryckessituationer (Birgitta och Tove, klar 2015-03-30).\n"
          "1.4 PEth-prov 2015-06-08 (vårdcentralen)."),
    ("h2", "Mål 2: Ingen alkoholrelaterad sjukfrånvaro"),
    ("p", "2.1 Birgitta och Tove gör en plan för hur hon hanterar stress på arbetet (klar 2015-04-15).\n"
          "2.2 Ett samtal tillsammans med maken om hur han kan stötta (Tove, april 2015)."),
    ("h2", "Uppföljning"),
    ("p", "Planen utvärderas vid trepartssamtal med socialsekreteraren i maj och i augusti."),
    ("sig", ["Birgitta Sjöberg          Tove Axelsson"]),
]
c11_journal = [
    ("h1", "Social journal – utskrift"),
    ("p", "Västerås stad · Dnr %s · Birgitta Sjöberg · Utskrift 2015-08-20" % D11),
] + journal_blocks_table([
    dict(date="2015-01-08", event="Ansökan", ctype="Telefon", by="Mottagningsenheten vuxen",
         text="Birgitta ansöker om öppenvård. Överlämnas till Utredningsenheten."),
    dict(date="2015-02-09", event="Beslut", ctype="-", by="A-K Modig",
         text="Beviljas öppenvård Mimer."),
    dict(date="2015-02-10", time="13:22", event="Beställning", ctype="E-tjänst", by="Oskar Nilsson",
         text="Beställning skickad till Mimer via portalen."),
    dict(date="2015-03-03", event="Inkommen handling", ctype="E-tjänst", by="Oskar Nilsson",
         text="GFP inkommen."),
    dict(date="2015-05-13", time="14:00", event="Uppföljning", ctype="Trepartssamtal", by="Oskar Nilsson",
         text="Trepartssamtal på Mimer med Birgitta och Tove. Birgitta har gått på 11 av 12 samtal, negativa utandningsprov vid "
              "alla utom ett (mars). Hon har inte varit sjukskriven sedan februari. Hon tycker att funktionsanalysen hjälpt "
              "henne se att hon dricker när hon är ensam efter jobbet. Maken har varit med en gång. Fortsätter enligt plan."),
    dict(date="2015-08-12", time="10:00", event="Uppföljning", ctype="Trepartssamtal", by="Oskar Nilsson",
         text="Avslutande uppföljning. PEth 2015-06-08 under gränsvärdet. Mål 1 och 2 uppnådda. Birgitta avslutar och vill ha "
              "kontakt med AA-grupp, vilket Tove hjälpt till med. Insatsen avslutas enligt beslut 2015-08-14."),
])

CASES = [
    dict(municipality="Västerås", dnr=D8, scenario="",
         docs=[
             dict(key="utredning", file=None, type="utredning", producer="chromium",
                  hf={"tl": KOM, "tr": "Dnr " + D8, "bl": "Utredningsenheten missbruk", "br": "Sida {page} ({pages})"},
                  blocks=c8_utr, font="dejavu", size="9.5pt", layout="portrait+two-column"),
             dict(key="beslut", file=None, type="beslut", producer="docx",
                  hf={"tl": KOM, "br": "Sida {page} ({pages})"}, blocks=c8_beslut, font="dejavu", size="9.5pt"),
             dict(key="uppdrag", file="bestallning_B-15-0211.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"br": "{page}/{pages}"}, blocks=c8_uppdrag, font="dejavu", size="9pt"),
             dict(key="gfp", file=None, type="genomförandeplan", producer="chromium",
                  landscape=True, layout="landscape", hf={"tl": "Solbackens behandlingshem", "br": "Sida {page} av {pages}"},
                  blocks=c8_gfp, font="sans", size="9pt", margin_top="18mm"),
             dict(key="uppf", file="utvarderingsmote_2015-06-03.pdf", type="uppföljning", producer="docx",
                  hf={"tl": KOM, "br": "Sida {page} ({pages})"}, blocks=c8_uppf, font="dejavu", size="9.5pt"),
             dict(key="journal", file=None, type="journalanteckningar", producer="enscript",
                  text=c8_journal, enscript_header="Social journal|Dnr " + D8 + "|Sida $% ($=)"),
         ],
         assembled=[dict(file="akt_2015-000318_komplett.pdf",
                         parts=["utredning", "beslut", "uppdrag", "gfp", "uppf", "journal"], qpdf=True)],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' and 'Slutsats och förslag' (separate from quoted Frivården and doctor 'bedömning') state his needs and why HVB Solbacken; restated in the portal assignment.",
                                   ev=[("utredning", [("range", "Kjell har ett svårt och långvarigt alkoholberoende med kroppsliga", "Efter behandlingen bör eftervård i öppenvård")]),
                                       ("uppdrag", ["Svårt, långvarigt alkoholberoende med somatiska"])]),
             planning=dict(label="ja", why="Landscape genomförandeplan table with numbered goals/sub-goals, activities, responsible, time and measures.",
                           ev=[("gfp", [("range", "Genomförandeplan – Solbackens", "Planen följs upp vid utvärderingsmöte")])]),
             follow_up=dict(label="ja", why="Utvärderingsmöte protocol 2015-06-03 with outcome per goal; journal notes 2015-06-03 and 2015-07-22.",
                            ev=[("uppf", [("range", "Utvärdering av placering", "Antecknat av Peter Sandberg")]),
                                ("journal", ["Utvärderingsmöte på Solbacken, se protokoll", "Möte inför utskrivning. PEth fortsatt lågt"])]),
             assignment_description=dict(label="ja", why="Portal order B-15-0211 holds all elements; 'Uppdrag skickat via e-tjänst 2015-03-05 kl 08:31'.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Beställning / uppdrag till utförare", "Accepterad av utförare")]),
                                             ("journal", ["Beställning B-15-0211 skickad till Solbacken"])]),
         )),
    dict(municipality="Västerås", dnr=D9, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": "Dnr " + D9, "br": "Sida {page} ({pages})"}, blocks=c9_utr, font="dejavu", size="9.5pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="reportlab",
                  hf={"bl": KOM, "br": "Sida {page} av {pages}"}, blocks=c9_beslut_blocks, size="10pt"),
             dict(key="uppdrag", file="uppdragsbeskrivning_larkan.pdf", type="uppdragsbeskrivning (formulär)", producer="docx",
                  hf={"tl": KOM, "br": "{page}"}, blocks=c9_uppdrag, font="dejavu", size="9.5pt", post=[("qpdf",)]),
             dict(key="vardplan", file="vardplan.pdf", type="vårdplan (kryssformulär)", producer="reportlab",
                  hf={"tl": KOM, "tr": "Vårdplan", "br": "Sida {page} av {pages}"}, blocks=c9_vardplan, size="9pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "tr": "Dnr " + D9, "br": "Sida {page} ({pages})"}, blocks=c9_journal, font="dejavu", size="9pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' sets out her needs (supervised taper, long women-only treatment, trauma, health, parenting) and why; 'Slutsats och förslag' names Lärkan and why; assignment restates.",
                                   ev=[("utredning", [("range", "Sara har ett mycket allvarligt beroende av heroin", "Försökslägenheten bör behållas")]),
                                       ("uppdrag", ["Sara har ett allvarligt beroende av heroin och bensodiazepiner och har inte klarat"])]),
             planning=dict(label="ja", why="Vårdplan form with ticked boxes and a table of dated goals, activities and responsible persons.",
                           ev=[("vardplan", [("range", "VÅRDPLAN – institutionsvård", "Uppföljning av vårdplanen")])]),
             follow_up=dict(label="ja", why="Journal 2015-02-18 trepartssamtal and 2015-05-20 utvärderingsmöte, dated, with outcome.",
                            ev=[("journal", ["Trepartssamtal på Lärkan", "Utvärdering före utskrivning"])]),
             assignment_description=dict(label="delvis", why="Assignment form has assessment, content, goals, end report and officer contact, but nothing on how follow-up is done and no record of when it was handed to Lärkan ('Upprättad' date only).",
                                         present="abcef",
                                         ev=[("uppdrag", [("range", "UPPDRAGSBESKRIVNING", "Upprättad 2014-11-26")])]),
         )),
    dict(municipality="Västerås", dnr=D10, scenario="declined",
         docs=[
             dict(key="utredning", file="utredning_beslut.pdf", type="utredning + beslut", producer="chromium",
                  hf={"tl": KOM, "tr": "Dnr " + D10, "br": "Sida {page} ({pages})"}, blocks=c10_utr, font="dejavu", size="9.5pt"),
             dict(key="uppdrag", file="bestallning_B-15-0398.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"br": "{page}/{pages}"}, blocks=c10_uppdrag, font="dejavu", size="9pt", post=[("qpdf",)]),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="docx",
                  hf={"tl": KOM, "br": "Sida {page} ({pages})"}, blocks=c10_journal, font="dejavu", size="9.5pt"),
             dict(key="upphor", file="beslut_upphorande.pdf", type="beslut (upphörande)", producer="docx",
                  hf={"tl": KOM}, blocks=c10_upphor, font="dejavu", size="9.5pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' states what he needs help with (stop amphetamine, triggers, work) and why outpatient care suits; 'Slutsats och förslag'; portal restates.",
                                   ev=[("utredning", [("range", "Patrik har ett amfetaminbruk som har pågått länge", "Patrik Holm föreslås beviljas")]),
                                       ("uppdrag", ["Långvarigt amfetaminbruk som kostat arbetet"])]),
             planning=dict(label="ej_tillämpligt", why="He never attended the intake meeting; the intervention never started and was ended 2015-06-15.", ev=[]),
             follow_up=dict(label="ej_tillämpligt", why="Intervention never started (did not show up twice, no contact).", ev=[]),
             assignment_description=dict(label="ja", why="Portal order with all elements, 'Uppdrag skickat via e-tjänst 2015-05-06 kl 08:47'.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Beställning / uppdrag till utförare", "Avslutad av beställare")]),
                                             ("journal", ["Beställning skickad till Mimer kl 08.47"])]),
         )),
    dict(municipality="Västerås", dnr=D11, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": "Dnr " + D11, "br": "Sida {page} ({pages})"}, blocks=c11_utr, font="dejavu", size="9.5pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="docx",
                  hf={"tl": KOM}, blocks=c11_beslut, font="dejavu", size="9.5pt"),
             dict(key="uppdrag", file="bestallning_B-15-0087.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"br": "{page}/{pages}"}, blocks=c11_uppdrag, font="dejavu", size="9pt"),
             dict(key="gfp", file="gfp_mimer.pdf", type="genomförandeplan", producer="docx",
                  hf={"tl": "Öppenvården Mimer", "br": "{page}"}, blocks=c11_gfp, font="sans", size="10pt", post=[("qpdf",)]),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "tr": "Dnr " + D11, "br": "Sida {page} ({pages})"}, blocks=c11_journal, font="dejavu", size="9pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="nej", why="'Bedömning' holds only the template placeholder '[Skriv socialtjänstens bedömning här]'; only the ASI ratings, the doctor's 'Bedömning' and her own words; decision gives no reasons.",
                                   ev=[]),
             planning=dict(label="ja", why="Mimer's genomförandeplan with numbered goals and sub-goals, responsible and dates.",
                           ev=[("gfp", [("range", "GENOMFÖRANDEPLAN", "Planen utvärderas vid trepartssamtal")])]),
             follow_up=dict(label="ja", why="Journal trepartssamtal 2015-05-13 and 2015-08-12 with outcome.",
                            ev=[("journal", ["Trepartssamtal på Mimer med Birgitta", "Avslutande uppföljning. PEth"])]),
             assignment_description=dict(label="delvis", why="Portal order sent 2015-02-10 kl 13:22 has content, goals, follow-up, report-back and officer, but the field 'Nämndens bedömning av behov' is empty.",
                                         present="bcdefg",
                                         ev=[("uppdrag", [("range", "Beställning / uppdrag till utförare", "Accepterad av utförare")]),
                                             ("journal", ["Beställning skickad till Mimer via portalen"])]),
         )),
]
