"""Skellefteå: four cases."""
from common import OFF, journal, crit

O = OFF["skelleftea"]
LH = O["lh"]


def case_s1():
    dnr = "IFO.2014.0193"
    hs = {"font": "Liberation Sans", "size": 10.5, "header": (O["head"], "Dnr " + dnr), "footer": "Sida {n} av {N}",
          "footer_left": "Vuxengruppen missbruk"}
    utr = [
        ("title", "Utredning enligt socialtjänstlagen"),
        ("kv", [("Namn:", "Roger Lundmark"), ("Personnummer:", "19000817-5132"), ("Adress:", "Kanalgatan 61, Skellefteå"),
                ("Ansökan:", "Behandling på behandlingshem, 2014-07-01"), ("Handläggare:", "Per-Olov Nyström")]),
        ("h", "Aktualisering"),
        ("p", "Roger har under våren 2014 omhändertagits tre gånger enligt LOB{{fn:Lagen (1976:511) om omhändertagande av berusade personer m.m.}}. "
              "Efter polisens underrättelse 2014-06-16 kallades han till samtal. Han ansökte 2014-07-01 om behandling på behandlingshem."),
        ("h", "Bakgrund och nuläge"),
        ("p", "Roger har arbetat inom byggbranschen men har varit arbetslös sedan 2012. Han bor ensam. Han har druckit sedan ungdomen och dricker nu "
              "dagligen starköl och sprit. Sedan ett år tar han också bensodiazepiner (Stesolid) som han får från bekanta. Han har avgiftats på "
              "beroendeavdelningen i Skellefteå två gånger, senast i juni 2014."),
        ("p", "Roger har diabetes typ 2 som inte sköts. Han har skulder hos Kronofogden på ca 85 000 kr. Han har en syster i Kåge som han har "
              "sporadisk kontakt med. AUDIT 2014-07-08: 33 poäng."),
        ("h", "Rogers synpunkter"),
        ("p", "Roger säger att han är ”trött på att vakna i arresten” och att han vill bli nykter. Han har varit på behandlingshem en gång för tio år "
              "sedan och var då nykter i två år efteråt."),
        ("h", "Överväganden och förslag"),
        ("p", "Roger har ett svårt alkoholberoende kombinerat med missbruk av bensodiazepiner, och har de senaste månaderna upprepade gånger "
              "omhändertagits berusad. Hans fysiska hälsa är hotad genom obehandlad diabetes. Han har inget nätverk som kan stödja nykterhet och "
              "ingen sysselsättning. Roger har behov av en längre tids behandling i en drogfri miljö, där även hans somatiska vård kan ordnas, "
              "och av hjälp att skapa ett nyktert nätverk och en plan för sysselsättning efter behandlingen."),
        ("p", "Öppenvård har inte prövats, men Rogers dagliga blandmissbruk och upprepade omhändertaganden gör att det inte bedöms som tillräckligt "
              "nu. Roger har tidigare haft god effekt av behandlingshem. Kvarnbackens behandlingshem har erfarenhet av blandmissbruk, "
              "samarbetar med hälsocentralen i Byske och arbetar med nätverk och eftervård, vilket motsvarar Rogers behov."),
        ("p", "**Förslag:** Roger Lundmark beviljas bistånd i form av institutionsvård på Kvarnbackens behandlingshem 2014-09-15 – 2015-01-16 "
              "enligt 4 kap. 1 § SoL."),
        ("sig", ["Skellefteå 2014-08-22", "Per-Olov Nyström, socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut om bistånd"),
        ("kv", [("Datum:", "2014-08-27"), ("Dnr:", dnr), ("Sökande:", "Roger Lundmark, 19000817-5132")]),
        ("p", "Socialnämnden beviljar Roger Lundmark bistånd enligt 4 kap. 1 § SoL i form av institutionsvård på Kvarnbackens behandlingshem "
              "under tiden 2014-09-15 – 2015-01-16. Beslutet grundar sig på utredning daterad 2014-08-22."),
        ("sig", ["Beslutsfattare enligt delegation:", "Gunnel Sundqvist, arbetsledare"]),
    ]
    pu = [
        ("right", ["2014-09-02", "Dnr " + dnr]),
        ("lines", ["Kvarnbackens behandlingshem", "Föreståndare Kjell Renström", "Kvarnbacken 2", "930 47 Byske"]),
        ("title", "Placeringsuppdrag"),
        ("p", "Socialnämnden i Skellefteå har 2014-08-27 beviljat **Roger Lundmark** (19000817-5132) institutionsvård enligt 4 kap. 1 § SoL "
              "på Kvarnbackens behandlingshem 2014-09-15 – 2015-01-16. Roger skrivs in måndagen den 15 september."),
        ("p", "**Nämndens bedömning.** Roger har ett svårt alkoholberoende kombinerat med missbruk av bensodiazepiner och har upprepade gånger "
              "omhändertagits enligt LOB. Han behöver en längre tids behandling i drogfri miljö, vård av sin diabetes, hjälp att bygga ett nyktert "
              "nätverk och en plan för sysselsättning efter behandlingen."),
        ("p", "**Uppdraget** omfattar boende, behandling för alkohol- och läkemedelsberoende enligt er ordinarie behandlingsmodell, kontakt med "
              "hälsocentralen i Byske för diabetesvården, kontakt med Rogers syster om han vill, samt utslussning under de sista fyra veckorna."),
        ("p", "Målen för placeringen, hur uppföljningen går till och vad ni ska rapportera när placeringen avslutas står i bifogat uppdragsformulär."),
        ("sig", ["Med vänliga hälsningar", "", "Per-Olov Nyström", "socialsekreterare, Vuxengruppen missbruk", "070-174 06 41 · per-olov.nystrom@skelleftea.se"]),
        ("small", "Bilagor: Uppdragsformulär, utredning 2014-08-22, beslut 2014-08-27"),
        ("pagebreak",),
        ("title", "Uppdragsformulär – institutionsvård"),
        ("kv", [("Klient:", "Roger Lundmark"), ("Utförare:", "Kvarnbackens behandlingshem"), ("Dnr:", dnr)]),
        ("h2", "Insatsens karaktär"),
        ("checks", [(True, "Institutionsvård, frivillig (4 kap. 1 § SoL)"), (False, "Vård enligt LVM"), (False, "Öppenvård"), (True, "Utslussning ingår")]),
        ("h2", "Mål för placeringen"),
        ("table", {"widths": [1, 9], "rows": [["1", "Roger är drogfri under placeringen (alkohol och icke förskrivna läkemedel), kontrolleras med prover."],
                                               ["2", "Rogers diabetes är inställd och han sköter själv sin medicinering vid utskrivning."],
                                               ["3", "Roger har vid utskrivning kontakt med minst en nykter stödperson/stödgrupp på hemorten\noch en plan för sysselsättning."]]}),
        ("h2", "Uppföljning"),
        ("p", "Handläggaren besöker Roger på behandlingshemmet efter ca fyra veckor. Behandlingskonferens hålls i november med Roger, behandlare och "
              "handläggare. Behandlingshemmet meddelar handläggaren samma dag vid avbrott, avvikelse eller återfall."),
        ("h2", "Återrapportering när placeringen avslutas"),
        ("p", "Slutrapport inom 14 dagar: genomförda insatser, provresultat, måluppfyllelse, Rogers egen uppfattning och rekommendation om eftervård."),
        ("h2", "Ansvarig handläggare"),
        ("p", "Per-Olov Nyström, Socialkontoret, Trädgårdsgatan 14, 931 85 Skellefteå. Tel 070-174 06 41."),
        ("p", "Formuläret skickat tillsammans med placeringsuppdraget 2014-09-02."),
    ]
    ok = [
        ("title", "Överenskommelse / vårdplan"),
        ("kv", [("Namn:", "Roger Lundmark"), ("Datum:", "2014-09-25"), ("Plats:", "Kvarnbackens behandlingshem"),
                ("Med:", "Roger, behandlare Siv Åström, socialsekreterare Per-Olov Nyström")]),
        ("p", "Det här har vi kommit överens om. Planen gäller placeringen 2014-09-15 – 2015-01-16."),
        ("table", {"head": ["Mål", "Det här ska göras", "Vem", "När"], "widths": [3.2, 5.4, 2.4, 2.4],
                   "rows": [["1. Jag är nykter och tar inga tabletter som inte är utskrivna till mig", "Blås varje morgon, urinprov varje vecka. Jag går på alla gruppträffar.", "Roger, Siv", "Hela placeringen"],
                            ["2. Jag sköter min diabetes själv", "Tid på hälsocentralen i Byske. Siv lär mig mäta blodsocker och ta medicin.", "Siv, hälsocentralen", "Läkartid senast 2014-10-10, klart till 2014-12-15"],
                            ["3. Jag har ett nyktert nätverk hemma", "Jag besöker AA i Skellefteå under permissioner. Min syster bjuds in till anhörighelg.", "Roger, Per-Olov", "Anhörighelg 2014-11-08, AA från 2014-12-01"],
                            ["4. Jag har något att göra efter behandlingen", "Per-Olov bokar möte med Arbetsmarknadsenheten.", "Per-Olov", "Senast 2014-12-19"]]}),
        ("p", "Vi följer upp planen vid behandlingskonferensen i november."),
        ("space", 40),
        ("table", {"noborder": True, "widths": [1, 1, 1], "rows": [["_______________________", "_______________________", "_______________________"],
                                                                  ["Roger Lundmark", "Siv Åström, Kvarnbacken", "Per-Olov Nyström, socialsekreterare"]]}),
    ]
    bk = [
        ("title", "Minnesanteckningar – behandlingskonferens"),
        ("kv", [("Klient:", "Roger Lundmark"), ("Datum:", "2014-11-20"), ("Plats:", "Kvarnbackens behandlingshem"),
                ("Närvarande:", "Roger Lundmark, Siv Åström (behandlare), Kjell Renström (föreståndare), Per-Olov Nyström (socialsekreterare)")]),
        ("h", "Genomgång av vårdplanen"),
        ("numbered", ["Nykterhet: Roger har varit nykter sedan inskrivningen. Alla prover negativa. Han deltar i grupperna och har börjat ta ordet.",
                      "Diabetes: Läkarbesök 2014-10-07. Medicinering inställd, Roger mäter själv blodsockret morgon och kväll sedan oktober.",
                      "Nätverk: Systern deltog på anhörighelgen 2014-11-08. Roger har varit på AA-möte i Skellefteå under permission 2014-11-15.",
                      "Sysselsättning: ej påbörjat. Per-Olov bokar möte med Arbetsmarknadsenheten i december som planerat."]),
        ("h", "Rogers syn"),
        ("p", "Roger säger att han mår bättre än på många år. Han är orolig för att komma hem till lägenheten och gamla kompisar."),
        ("h", "Överenskommet"),
        ("bullets", ["Placeringen fortsätter enligt beslut till 2015-01-16, utslussning från 2014-12-15 med helgpermissioner.",
                     "Per-Olov kontrollerar möjligheten till eftervård i ÖV Skellefteå och en boendestödjare de första månaderna."]),
        ("sig", ["Antecknat: Per-Olov Nyström"]),
    ]
    jn = journal([
        ("2014-06-16", "PON", "Underrättelse LOB", "Underrättelse från polisen, tredje LOB sedan mars. Kallelse skickad."),
        ("2014-07-01", "PON", "Besök", "Roger på besök. Ansöker om behandlingshem. Utredning inleds."),
        ("2014-07-08", "PON", "Besök", "AUDIT 33 p. Samtycke till kontakt med beroendeavd. och hälsocentralen."),
        ("2014-08-22", "PON", "Utredning", "Utredning klar, kommunicerad."),
        ("2014-08-27", "PON", "Beslut", "Beslut om Kvarnbacken fr.o.m. 2014-09-15."),
        ("2014-09-02", "PON", "Placeringsuppdrag", "Placeringsuppdrag + uppdragsformulär skickat med post till Kvarnbacken. Kjell R. bekräftar i tfn 4/9."),
        ("2014-09-15", "PON", "Inskrivning", "Roger inskriven."),
        ("2014-09-25", "PON", "Vårdplan", "Besök Kvarnbacken. Överenskommelse/vårdplan upprättad och underskriven, original i akten."),
        ("2014-10-16", "PON", "Besök på HVB", "Vi sågs på HVB-hemmet, Roger och jag. Roger nykter, negativa prov. Har varit hos läkaren 7/10. Han trivs, vill stanna."),
        ("2014-11-20", "PON", "Behandlingskonferens", "Behandlingskonferens på Kvarnbacken, se minnesanteckningar."),
        ("2015-01-16", "PON", "Utskrivning", "Utskriven enligt plan. Slutrapport utlovad."),
        ("2015-01-29", "PON", "Slutrapport", "Slutrapport från Kvarnbacken inkom."),
        ("2015-02-12", "PON", "Utvärdering", "Utvärdering av placeringen med Roger på kontoret. Nykter sedan utskrivningen, går i eftervård på ÖV varje vecka, AA på fredagar. Diabetesen sköts. Praktik via AME från mars. Roger tycker placeringen var rätt. Insatsen avslutad."),
    ], style="bold")
    return {
        "case_id": "skelleftea_IFO.2014.0193", "committee": "Skellefteå", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr, "opts": hs, "layout": "portrait, header/footer, footnote"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "helvetica", "size": 10.5, "header": ("Skellefteå kommun  Socialnämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "placeringsuppdrag.pdf", "type": "uppdragsbeskrivning (placeringsuppdrag + uppdragsformulär)", "producer": "rl", "blocks": pu,
             "opts": {"font": "Helvetica", "letterhead": LH, "header": ("Skellefteå kommun – Socialkontoret", "Uppdragsformulär, sida {n} av {N}"), "footer": ""},
             "layout": "portrait, letter with letterhead + attached form with tick boxes"},
            {"file": "vardplan_signerad.pdf", "type": "vårdplan (överenskommelse, inskannad)", "producer": "rl", "blocks": ok,
             "opts": {"font": "Helvetica", "header": ("Skellefteå kommun · Vuxengruppen missbruk", "Dnr " + dnr), "footer": ""},
             "layout": "portrait, scanned table"},
            {"file": "behandlingskonferens.pdf", "type": "uppföljning (behandlingskonferens)", "producer": "odt", "blocks": bk, "opts": dict(hs, footer="")},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal")] + jn,
             "opts": {"family": "helvetica", "size": 10, "header": ("Socialkontoret Skellefteå – Roger Lundmark", "Dnr " + dnr), "footer": "{n}/{N}"}},
        ],
        "scan": {"vardplan_signerad.pdf": {"pages": [1], "stamp": ["SKELLEFTEÅ KOMMUN", "Socialkontoret", "Ink. 2014-09-29"],
                                            "signature": ["Roger", "Siv", "Per-Olov"]}},
        "criteria": {
            "needs_assessment": crit("ja", "'Överväganden och förslag' beskriver blandmissbruk, hälsa, nätverk och varför HVB (Kvarnbacken) möter behoven; återges i placeringsuppdraget.",
                                     [("utredning.pdf", ["Roger har behov av en längre tids behandling", "motsvarar Rogers behov"]),
                                      ("placeringsuppdrag.pdf", ["Nämndens bedömning."])]),
            "planning": crit("ja", "Överenskommelse/vårdplan 2014-09-25 (inskannad sida utan textlager) med mål, vad, vem och datum.",
                             [("vardplan_signerad.pdf", ["Jag sköter min diabetes"])]),
            "follow_up": crit("ja", "Besök på HVB 2014-10-16, behandlingskonferens 2014-11-20 med utfall per mål och utvärdering 2015-02-12.",
                              [("behandlingskonferens.pdf", ["Genomgång av vårdplanen"]), ("journal.pdf", ["Vi sågs på HVB-hemmet", "Utvärdering av placeringen"])]),
            "assignment_description": crit("ja", "Placeringsuppdrag (brev) med bedömning och innehåll; mål, uppföljning, återrapportering och handläggare i bifogat uppdragsformulär; skickat 2014-09-02.",
                                           [("placeringsuppdrag.pdf", ["Uppdraget omfattar boende", "Återrapportering när placeringen avslutas"]),
                                            ("journal.pdf", ["Placeringsuppdrag + uppdragsformulär skickat"])], present="abcdefg"),
        },
    }


def case_s2():
    dnr = "IFO.2015.0047"
    ans = [
        ("title", "Ansökan om bistånd"),
        ("kv", [("Sökande:", "Maria Öberg"), ("Datum:", "2015-01-14"), ("Mottagen av:", "Lena Burman")]),
        ("h2", "Vad söker du?"),
        ("p", "Hjälp med alkohol. Öppenvård, samtal."),
        ("h2", "Beskriv med egna ord varför du söker"),
        ("p", "”Jag har druckit för mycket sedan min man dog för två år sedan. Jag dricker mest ensam på kvällarna. Min dotter har sagt att hon "
              "inte vill att barnbarnen sover hos mig längre. Jag behöver hjälp att sluta dricka och vill gå i en grupp med andra kvinnor.”"),
        ("h2", "Samtycke"),
        ("checks", [(True, "Jag samtycker till att socialtjänsten kontaktar min läkare på hälsocentralen"), (False, "Jag samtycker till kontakt med anhörig")]),
        ("sig", ["Underskrift sökande: Maria Öberg"]),
    ]
    li = [
        ("title", "Läkarintyg"),
        ("kv", [("Patient:", "Maria Öberg"), ("Utfärdat:", "2015-01-26"), ("Mottagare:", "Socialkontoret, Vuxengruppen missbruk"),
                ("Intygsskrivare:", "Leg. läkare Anders Ekman, Hälsocentralen Moröhöjden")]),
        ("h2", "Anamnes"),
        ("p", "Patienten söker för sömnbesvär och oro. Berättar om ökat alkoholintag sedan makens död 2013. Ingen tidigare psykiatrisk vård."),
        ("h2", "Status och provsvar"),
        ("p", "Opåverkad vid besöket. Lätt tremor. GT 2,4 µkat/l (förhöjt), CDT 2,1 % (förhöjt). AUDIT 22 poäng."),
        ("h2", "Bedömning"),
        ("p", "Alkoholberoende (F10.2). Patienten bedöms ha behov av strukturerad behandling för sitt alkoholberoende och rekommenderas kontakt med "
              "socialtjänstens öppenvård. Insatt på Campral 333 mg 2 x 3. Uppföljning på HC om 6 veckor."),
        ("sig", ["Anders Ekman", "Leg. läkare"]),
    ]
    utr = [
        ("title", "Utredning"),
        ("kv", [("Namn:", "Maria Öberg"), ("Dnr:", dnr), ("Handläggare:", "Lena Burman"), ("Period:", "2015-01-14 – 2015-02-04")]),
        ("h", "Ansökan"),
        ("p", "Maria ansöker om öppenvård för sina alkoholproblem, se ansökan 2015-01-14."),
        ("h", "Utredningens underlag"),
        ("p", "Samtal med Maria 2015-01-14 och 2015-01-28. Läkarintyg från hälsocentralen 2015-01-26."),
        ("h", "Situation"),
        ("p", "Maria är änka sedan 2013 och bor i villa i Morön. Hon arbetar deltid som kontorist i kommunen. Hon har en dotter och två barnbarn. "
              "Hon dricker vin och ibland starksprit på kvällarna, enligt egen uppgift 4–5 dagar i veckan. Enligt läkarintyget är levervärdena "
              "förhöjda. AUDIT 22 poäng. Maria har inga skulder."),
        ("h", "Överväganden och förslag"),
        ("p", ""),
        ("p", ""),
        ("sig", ["Skellefteå 2015-02-04", "Lena Burman, socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn:", "Maria Öberg"), ("Dnr:", dnr), ("Datum:", "2015-02-05")]),
        ("p", "Beviljas: Öppenvård, ÖV Skellefteå (kvinnogrupp och enskilda samtal), 2015-02-16 – 2015-08-14."),
        ("p", "Lagrum: 4 kap. 1 § SoL"),
        ("sig", ["Gunnel Sundqvist", "Arbetsledare"]),
    ]
    vp = [
        ("title", "Min plan"),
        ("p", "Namn: Maria Öberg          Behandlare: Anneli Marklund, ÖV"),
        ("h", "Det här vill jag"),
        ("bullets", ["Jag ska dricka mindre.", "Jag ska må bättre och sova bättre.", "Jag ska gå i kvinnogruppen.",
                     "Jag vill att barnbarnen ska kunna sova hos mig igen."]),
        ("h", "Hur"),
        ("p", "Genom att gå i gruppen och prata med Anneli. Jag ska försöka hitta andra saker att göra på kvällarna."),
        ("sig", ["Maria Öberg                    Anneli Marklund"]),
    ]
    jn = journal([
        ("2015-01-14", "LB", "Ansökan", "Maria kom på besök och lämnade ansökan. Samtal om situationen. Hon vill ha samtal och gå i grupp."),
        ("2015-01-26", "LB", "Läkarintyg", "Läkarintyg från HC Moröhöjden inkommet."),
        ("2015-01-28", "LB", "Samtal", "Samtal med Maria. Hon har minskat drickandet sedan hon började med Campral enl. egen uppg."),
        ("2015-02-05", "LB", "Beslut", "Beslut ÖV fattat, Maria underrättad."),
        ("2015-02-10", "LB", "Kontakt ÖV", "Ringde Anneli M. på ÖV och gav uppdraget muntligt. Maria börjar i kvinnogruppen 16/2 och får enskilda samtal varannan vecka. Anneli gör planen med henne."),
        ("2015-03-02", "LB", "Tfn Anneli", "Anneli meddelar att Maria kommer regelbundet. Plan gjord 23/2."),
        ("2015-05-06", "LB", "Halvtidsuppföljning", "Halvtidsuppföljning på ÖV med Maria och Anneli. Maria har varit på 11 av 12 gruppträffar. Hon dricker nu "
                                                    "1–2 kvällar i veckan, mindre mängd, enligt egen uppgift. GT normaliserat vid kontroll på HC i april. Barnbarnen har sovit över en gång. "
                                                    "Maria vill fortsätta, fortsatt enligt beslut."),
        ("2015-06-15", "LB", "Anteckning", "Maria ringde angående sommaruppehåll i gruppen, får två enskilda samtal i juli i stället."),
        ("2015-08-12", "LB", "Avslutande uppföljning", "Avslutande uppföljningssamtal. Maria har inte druckit sedan midsommar. Gått klart gruppen. Vill inte ha mer ÖV, ska fortsätta med Campral via HC. Insatsen avslutas 2015-08-14."),
    ], style="bold")
    return {
        "case_id": "skelleftea_IFO.2015.0047", "committee": "Skellefteå", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "ansokan.pdf", "type": "ansökan", "producer": "rl", "blocks": ans,
             "opts": {"font": "Helvetica", "size": 9.5, "header": ("Skellefteå kommun Socialkontoret – Ansökan om bistånd", ""), "footer": ""}},
            {"file": "lakarintyg.pdf", "type": "läkarintyg", "producer": "rl", "blocks": li,
             "opts": {"font": "Times-Roman", "size": 11, "letterhead": ["Hälsocentralen Moröhöjden", "Västerbottens läns landsting", "Morö backe, Skellefteå"], "footer": ""}},
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (O["head"], "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (O["head"], ""), "footer": ""}},
            {"file": "plan.pdf", "type": "vårdplan ('Min plan')", "producer": "ps", "blocks": vp,
             "opts": {"family": "helvetica", "size": 11, "header": ("ÖV Skellefteå", ""), "footer": ""}},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journalanteckningar Maria Öberg")] + jn,
             "opts": {"family": "times", "size": 10.5, "header": ("Socialkontoret Skellefteå", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "assemble": [{"file": "akt_IFO.2015.0047.pdf", "type": "hel akt (ansökan, läkarintyg, utredning, beslut, plan, journal)",
                      "parts": ["ansokan.pdf", "lakarintyg.pdf", "utredning.pdf", "beslut.pdf", "plan.pdf", "journal.pdf"],
                      "layout": "assembled (pdfunite) from six documents of three producers"}],
        "criteria": {
            "needs_assessment": crit("nej", "Rubriken 'Överväganden och förslag' är tom; beslutet saknar motivering; det som finns är läkarens bedömning och Marias egna ord."),
            "planning": crit("delvis", "'Min plan' har vaga mål ('dricka mindre', 'må bättre') utan datum och utan vem som gör vad när.",
                             [("akt_IFO.2015.0047.pdf", ["Jag ska dricka mindre"])]),
            "follow_up": crit("ja", "Halvtidsuppföljning 2015-05-06 och avslutande uppföljning 2015-08-12 med utfall i journalen.",
                              [("akt_IFO.2015.0047.pdf", ["Halvtidsuppföljning på ÖV med Maria", "Avslutande uppföljningssamtal"])]),
            "assignment_description": crit("nej", "Uppdraget gavs muntligt per telefon till ÖV 2015-02-10; inget skriftligt uppdrag.", present=""),
        },
    }


def case_s3():
    dnr = "IFO.2015.0310"
    utr = [
        ("title", "Utredning – Emil Granström"),
        ("kv", [("Dnr:", dnr), ("Ansökan:", "Öppenvård för cannabismissbruk, 2015-04-07"), ("Handläggare:", "Lena Burman"),
                ("Utredningstid:", "2015-04-07 – 2015-05-05")]),
        ("cols2",),
        ("h", "Hur ärendet kom in"),
        ("p", "Emil sökte själv kontakt efter att ha fått ett strafföreläggande för ringa narkotikabrott i mars 2015{{fn:Eget bruk av cannabis, polisanmälan 2015-02-21.}}. "
              "Han ansöker om hjälp att sluta röka cannabis."),
        ("h", "Underlag"),
        ("p", "Tre samtal med Emil (2015-04-07, 2015-04-15, 2015-04-29). Samtal med Emils mamma 2015-04-20 med hans samtycke. Urinprov 2015-04-15 (positivt THC)."),
        ("h", "Emils situation"),
        ("p", "Emil bor i egen lägenhet i Anderstorp sedan ett år. Han har en gymnasieexamen från fordonsprogrammet men har inte haft arbete sedan i höstas. "
              "Han har försörjningsstöd. Emil har rökt cannabis sedan han var 16 år, de senaste ett och ett halvt åren nästan dagligen. "
              "Han använder inte alkohol i någon större omfattning och förnekar andra droger. Han sover dåligt när han inte röker, "
              "är rastlös och lättirriterad."),
        ("p", "Emil har haft ett par kortare anställningar som han förlorat på grund av sen ankomst. Han har ingen kontakt med sin pappa. "
              "Mamman beskriver att Emil dragit sig undan och att hans gamla vänner från gymnasiet inte hör av sig längre. Emils nuvarande "
              "umgänge röker också."),
        ("h", "Emils egen syn"),
        ("p", "Emil säger att han vill ha ett jobb och att han förstår att han inte kan få ett så länge han röker. Han har försökt sluta själv två "
              "gånger men börjat igen efter några dagar på grund av sömnproblemen."),
        ("h", "Sammanfattande överväganden"),
        ("p", "Emil har ett dagligt cannabisbruk sedan snart två år som har lett till att han förlorat arbeten, isolerat sig från vänner utanför "
              "missbruket och blivit beroende av försörjningsstöd. När han försöker sluta får han abstinens i form av sömnproblem och rastlöshet, "
              "och han saknar kunskap om hur den går över. Emil har samtidigt egen bostad, en mamma som stöttar och en tydlig egen drivkraft: "
              "han vill arbeta."),
        ("p", "Vi anser att haschavvänjningsprogrammet (HAP) i ÖV Skellefteå svarar mot Emils situation: programmet ger kunskap om abstinensen, "
              "stöd under de första veckorna utan cannabis och en plan för hur han ska undvika återfall i sitt umgänge. Urinprov ger Emil bekräftelse "
              "på att han klarar det. Parallellt bör Emil få kontakt med Arbetsmarknadsenheten, vilket ÖV kan hjälpa till med. "
              "Något behandlingshem är inte aktuellt då Emil har en fungerande bostad och tydlig motivation."),
        ("h", "Förslag"),
        ("p", "Emil Granström beviljas öppenvård enligt 4 kap. 1 § SoL, haschavvänjningsprogram vid ÖV Skellefteå, 2015-05-18 – 2015-09-30."),
        ("cols1",),
        ("sig", ["Lena Burman, socialsekreterare", "2015-05-05"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Klient:", "Emil Granström"), ("Dnr:", dnr), ("Beslutsdatum:", "2015-05-07")]),
        ("p", "Socialnämnden beviljar bistånd enligt 4 kap. 1 § SoL: öppenvård – haschavvänjningsprogram (HAP) vid ÖV Skellefteå, 2015-05-18 – 2015-09-30. "
              "Skälen framgår av utredningen."),
        ("sig", ["Gunnel Sundqvist", "arbetsledare, enligt delegation"]),
    ]
    form = [
        ("title", "Uppdrag till öppenvården"),
        ("small", "Blanketten fylls i av handläggaren och lämnas till ÖV tillsammans med beslut. Skellefteå kommun, Socialkontoret."),
        ("table", {"widths": [4, 10], "rows": [
            ["**Klient**", "Emil Granström"], ["**Dnr**", dnr], ["**Beslut**", "2015-05-07, öppenvård 4 kap. 1 § SoL, 2015-05-18 – 2015-09-30"],
            ["**Utförare**", "ÖV Skellefteå, behandlare Jonas Forsgren"]]}),
        ("h2", "1. Socialtjänstens bedömning"),
        ("p", "Emil har rökt cannabis nästan dagligen i 1,5 år, har förlorat arbeten och isolerat sig. Han får abstinens (sömn, rastlöshet) när han "
              "försöker sluta. Han har egen bostad, stöttande mamma och vill arbeta. Bedömningen är att HAP ger honom kunskap och stöd genom "
              "abstinensen och en återfallsplan, och att han samtidigt behöver kontakt med Arbetsmarknadsenheten."),
        ("h2", "2. Uppdraget omfattar"),
        ("checks", [(True, "Haschavvänjningsprogram (HAP), individuellt"), (True, "Urinprov 1 gång/vecka"), (False, "Gruppbehandling"),
                    (True, "Stöd i kontakt med Arbetsmarknadsenheten"), (False, "Anhörigstöd")]),
        ("h2", "3. Mål"),
        ("p", "Emil är fri från cannabis (negativa urinprov) från vecka 24 och under resten av insatsen. Emil har fått en plats i arbetsmarknadsinsats före 2015-09-30."),
        ("h2", "4. Uppföljning"),
        ("p", "Avstämning mellan ÖV, Emil och handläggaren efter halva tiden (augusti) och vid avslut. ÖV meddelar handläggaren om Emil uteblir två gånger i följd."),
        ("h2", "5. Återrapportering vid avslut"),
        ("p", "Skriftlig avslutningsrapport: antal träffar, provsvar, måluppfyllelse och rekommendation."),
        ("h2", "6. Ansvarig handläggare"),
        ("p", "Lena Burman, tel. 070-174 06 42, lena.burman@skelleftea.se"),
        ("h2", "7. Överlämnat"),
        ("p", "2015-05-12 via e-post till ÖV (Jonas Forsgren). Mottagandet bekräftat 2015-05-12."),
    ]
    jn = journal([
        ("2015-04-07", "LB", "Besök", "Emil ansöker om hjälp med cannabis. Utredning inleds."),
        ("2015-04-15", "LB", "Besök", "Urinprov pos. THC. Emil ärlig om att han rökt igår."),
        ("2015-04-29", "LB", "Besök", "Gått igenom HAP. Emil vill börja."),
        ("2015-05-07", "LB", "Beslut", "Beslut HAP t.o.m. 2015-09-30."),
        ("2015-05-12", "LB", "Uppdrag", "Uppdragsblankett mejlad till ÖV, Jonas F."),
        ("2015-05-18", "LB", "Start", "Emil har börjat på ÖV. GFP ska upprättas av ÖV de närmaste veckorna."),
        ("2015-06-24", "LB", "Planering", "Planerat hembesök 2015-07-02 för att prata om ekonomin och kontakt med AME."),
        ("2015-07-02", "LB", "Hembesök", "Hembesök. Lägenheten i ordning. Emil har anmält sig till AME, har tid i augusti."),
        ("2015-08-27", "LB", "Avstämning", "Avstämning med ÖV och Emil var bokad idag men ställdes in pga att Jonas F. sjuk. Ny tid ska bokas."),
        ("2015-09-21", "LB", "Anteckning", "Ingen uppföljning har gjorts ännu, ny tid inte bokad. Beslutet går ut 2015-09-30, ÖV tillfrågad om avslutningsrapport."),
    ], style="plain")
    return {
        "case_id": "skelleftea_IFO.2015.0310", "committee": "Skellefteå", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "size": 10.5, "header": ("Skellefteå kommun – Socialkontoret – Vuxengruppen", "Dnr " + dnr), "footer": "Sida {n} av {N}"},
             "layout": "two-column, header/footer, footnote"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "helvetica", "header": ("Skellefteå kommun  Socialnämnden", ""), "footer": ""}},
            {"file": "uppdrag.pdf", "type": "uppdragsbeskrivning (blankett)", "producer": "rl", "blocks": form,
             "opts": {"font": "Helvetica", "size": 9.5, "header": ("SKELLEFTEÅ KOMMUN Socialkontoret", "Uppdrag till öppenvården"), "footer": "Sida {n} av {N}"},
             "layout": "portrait, form with tick boxes"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "odt", "blocks": [("title", "Journalanteckningar – Emil Granström")] + jn,
             "opts": {"font": "Liberation Sans", "size": 10, "header": ("Socialkontoret Skellefteå", dnr), "footer": "Sida {n}"}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "'Sammanfattande överväganden' beskriver cannabisbruk, följder, abstinens, resurser och varför HAP i öppenvård passar (utan ordet 'behov'); återges i uppdragsblanketten.",
                                     [("utredning.pdf", ["Emil har ett dagligt cannabisbruk sedan snart två år", "svarar mot Emils situation"]),
                                      ("uppdrag.pdf", ["Socialtjänstens bedömning"])]),
            "planning": crit("nej", "Ingen plan: journalen säger bara att GFP 'ska upprättas' och nämner ett 'planerat hembesök'."),
            "follow_up": crit("nej", "Avstämningen 2015-08-27 ställdes in och ingen ny gjordes ('Ingen uppföljning har gjorts ännu')."),
            "assignment_description": crit("ja", "Blanketten 'Uppdrag till öppenvården' har bedömning, innehåll, mål, uppföljning, återrapportering, handläggare och överlämnandedatum.",
                                           [("uppdrag.pdf", ["Uppdraget omfattar", "Överlämnat"]), ("journal.pdf", ["Uppdragsblankett mejlad till ÖV"])], present="abcdefg"),
        },
    }


def case_s4():
    dnr = "IFO.2014.0722"
    utr = [
        ("title", "Utredning angående behandling"),
        ("kv", [("Namn:", "Jan-Erik Marklund"), ("Dnr:", dnr), ("Handläggare:", "Per-Olov Nyström"), ("Datum:", "2014-10-14")]),
        ("h", "Ansökan"),
        ("p", "Jan-Erik ansökte 2014-09-08 om behandlingshemsvistelse. Han var då inskriven på beroendeavdelningen för avgiftning från opiater."),
        ("h", "Bakgrund"),
        ("p", "Jan-Erik är uppvuxen i Skellefteå. Han började dricka i tonåren och har sedan 2010 använt opioider, först tramadol och oxikodon som "
              "förskrevs efter en ryggskada, senare köpta illegalt. Sedan våren 2014 har han vid flera tillfällen injicerat heroin. Han har två "
              "tidigare avgiftningar. Han har en dotter som bor med sin mamma i Umeå och som han inte träffat på ett år."),
        ("h", "Nuvarande situation"),
        ("p", "Jan-Erik bor hos en kamrat sedan han blev vräkt i augusti 2014. Han är sjukskriven från sin anställning som maskinförare; "
              "arbetsgivaren har sagt att han kan komma tillbaka om han är drogfri. Han har skulder på ca 120 000 kr. DUDIT 2014-09-22: 31 poäng. "
              "Hepatit C-test negativt."),
        ("h", "Jan-Eriks egen bedömning"),
        ("p", "Han vill bort från Skellefteå och ”alla som säljer”. Han vill tillbaka till jobbet och träffa sin dotter."),
        ("h", "Bedömning av hjälpbehov"),
        ("p", "Jan-Erik har ett opioidberoende som utvecklats till injektionsmissbruk, med stor risk för överdos och infektioner. Han saknar egen "
              "bostad och hans nätverk på hemorten är till stor del kopplat till missbruket. Hans hjälpbehov består i en längre behandling i en "
              "drogfri och skyddad miljö efter avgiftningen, hjälp att hantera sug och återfallsrisk, stöd i kontakten med sin dotter och hjälp att "
              "planera bostad och återgång i arbete."),
        ("p", "Fjällbrynets behandlingshem i Arvidsjaur tar emot personer med opioidberoende, har KBT-baserad återfallsprevention, familjearbete "
              "och ett utslussningsprogram med arbetsträning. Avståndet till Skellefteå gör det lättare för Jan-Erik att bryta med sitt "
              "umgänge. Öppenvård bedöms inte möjlig innan han har en drogfri boendesituation."),
        ("h", "Förslag"),
        ("p", "Jan-Erik Marklund beviljas institutionsvård på Fjällbrynets behandlingshem 2014-11-03 – 2015-04-30 enligt 4 kap. 1 § SoL."),
        ("sig", ["Per-Olov Nyström", "socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
        ("kv", [("Namn:", "Jan-Erik Marklund"), ("Dnr:", dnr), ("Datum:", "2014-10-20")]),
        ("p", "Socialnämnden beviljar Jan-Erik Marklund institutionsvård på Fjällbrynets behandlingshem, Arvidsjaur, under perioden 2014-11-03 – 2015-04-30."),
        ("p", "Motivering: Jan-Erik har ett opioidberoende med injektionsmissbruk och saknar bostad och drogfritt nätverk. Han behöver behandling i en "
              "skyddad miljö på avstånd från hemorten, vilket Fjällbrynet kan ge. Se vidare utredning 2014-10-14."),
        ("sig", ["Gunnel Sundqvist", "Arbetsledare"]),
    ]
    vb = [
        ("right", ["Skellefteå 2014-10-24", "Dnr " + dnr]),
        ("lines", ["Fjällbrynets behandlingshem", "Att: Intagning", "Box 37", "933 21 Arvidsjaur"]),
        ("title", "Vårdbegäran"),
        ("p", "Socialnämnden i Skellefteå begär härmed vård för **Jan-Erik Marklund** enligt beslut 2014-10-20 (4 kap. 1 § SoL), "
              "under perioden 2014-11-03 – 2015-04-30."),
        ("h", "Socialtjänstens bedömning"),
        ("p", "Jan-Erik har ett opioidberoende med injektionsmissbruk, saknar egen bostad och har ett nätverk som till stor del är kopplat till "
              "missbruket. Han behöver en längre behandling i drogfri miljö, hjälp med sug och återfallsrisk, stöd i kontakten med sin dotter samt "
              "planering för bostad och arbete."),
        ("h", "Uppdrag"),
        ("p", "Boende och behandling enligt Fjällbrynets program (KBT/återfallsprevention), familjesamtal med dottern om hon och hennes mamma vill, "
              "arbetsträning under utslussningen samt samverkan med handläggaren om bostad. Genomförandeplan/vårdplan upprättas gemensamt inom en månad."),
        ("h", "Mål"),
        ("numbered", ["Jan-Erik är drogfri under behandlingen (regelbundna urinprov).",
                      "Jan-Erik har vid utskrivning en skriftlig återfallspreventionsplan.",
                      "Jan-Erik har träffat sin dotter minst två gånger under behandlingen.",
                      "Bostadsfrågan är löst och återgång i arbete planerad med arbetsgivaren vid utskrivning."]),
        ("h", "Uppföljning"),
        ("p", "Handläggaren besöker behandlingshemmet inom tre månader och deltar i behandlingskonferenser; behandlingshemmet skickar "
              "månadsrapport till handläggaren och meddelar omedelbart vid avvikelse eller återfall."),
        ("h", "Vid avslut"),
        ("p", "Skriftlig slutrapport inom två veckor med behandlingens innehåll, måluppfyllelse, provresultat och rekommendationer om eftervård."),
        ("h", "Kontakt"),
        ("p", "Per-Olov Nyström, socialsekreterare, tel. 070-174 06 41, per-olov.nystrom@skelleftea.se"),
        ("sig", ["Per-Olov Nyström"]),
        ("small", "Faxad och skickad med post 2014-10-24."),
    ]
    vp = [
        ("landscape_on",),
        ("title", "Vårdplan – Jan-Erik Marklund"),
        ("p", "Upprättad 2014-11-27 på Fjällbrynets behandlingshem. Deltagare: Jan-Erik Marklund, behandlare Mona Lidström, socialsekreterare Per-Olov Nyström. Dnr " + dnr + "."),
        ("table", {"head": ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], "widths": [5, 8, 3.5, 3.5], "width_cm": 25,
                   "rows": [["1. Drogfrihet under hela placeringen", "Urinprov 2 ggr/vecka\nKBT-grupp återfallsprevention, måndag och torsdag\nEnskilt samtal 1 g/vecka",
                             "Jan-Erik\nMona L.", "2014-11-03 – 2015-04-30"],
                            ["2. Skriftlig återfallspreventionsplan", "Kartläggning av risksituationer (modul 1–3)\nPlanen skrivs och testas under permissioner",
                             "Jan-Erik\nMona L.", "Kartläggning klar 2015-01-31\nPlan klar 2015-04-15"],
                            ["3. Kontakt med dottern", "Brev/telefon varje vecka\nFamiljesamtal på Fjällbrynet om dottern och hennes mamma vill",
                             "Jan-Erik\nPer-Olov (kontakt med mamman)", "Första samtal senast 2015-02-28"],
                            ["4. Bostad och arbete", "Ansökan om lägenhet via Skellefteå Bostäder\nMöte med arbetsgivaren om återgång\nArbetsträning i köket under utslussning",
                             "Per-Olov\nJan-Erik\nMona L.", "Ansökan 2014-12-15\nMöte mars 2015\nUtslussning fr. 2015-04-01"]]}),
        ("p", "Vårdplanen följs upp vid behandlingskonferens i mars 2015."),
    ]
    jn = journal([
        ("2014-09-08", "PON", "Ansökan", "Tfn från beroendeavd., Jan-Erik inlagd för avgiftning och vill söka behandlingshem. Besök på avd. samma dag, ansökan mottagen."),
        ("2014-09-22", "PON", "Samtal", "DUDIT 31. Jan-Erik utskriven till kamratens lägenhet."),
        ("2014-10-14", "PON", "Utredning", "Utredning klar."),
        ("2014-10-20", "PON", "Beslut", "Beslut Fjällbrynet."),
        ("2014-10-24", "PON", "Vårdbegäran", "Vårdbegäran faxad till Fjällbrynet samt skickad med post. Intagningen bekräftar plats 3/11."),
        ("2014-11-03", "PON", "Inskrivning", "J-E inskriven, skjuts med taxi."),
        ("2014-11-27", "PON", "Vårdplan", "Vårdplan upprättad på Fjällbrynet, se dokument."),
        ("2015-01-22", "PON", "Besök Fjällbrynet", "Vi sågs på HVB-hemmet, Jan-Erik, Mona och jag. J-E drogfri, alla prov neg. Kartläggningen nästan klar. Han har pratat med dottern i telefon tre ggr. Bostadsansökan inlämnad 12/12. Han mår bra men har sug på kvällarna, jobbar med det i gruppen."),
        ("2015-03-19", "PON", "Behandlingskonferens", "Behandlingskonferens Fjällbrynet. Mål 1 uppfyllt hittills. Familjesamtal med dottern genomfört 2015-02-21, nytt i april. Lägenhet erbjuden fr. 1/5. Arbetsgivaren positiv till arbetsträning i maj. Utslussning från 1/4 som planerat."),
        ("2015-04-30", "PON", "Utskrivning", "Utskriven enligt plan."),
        ("2015-05-21", "PON", "Utvärdering", "Utvärdering med J-E på kontoret. Drogfri enl. prov på ÖV. Bor i egen lgh sedan 1/5, arbetstränar halvtid. Har träffat dottern två ggr. Slutrapport från Fjällbrynet inkommen 2015-05-08. Nöjd med behandlingen. Insatsen avslutad."),
    ], style="bold")
    return {
        "case_id": "skelleftea_IFO.2014.0722", "committee": "Skellefteå", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "rl", "blocks": utr,
             "opts": {"font": "Times-Roman", "size": 10, "columns": 2, "header": ("Skellefteå kommun · Socialkontoret · Vuxengruppen missbruk", "Sida {n} av {N}"), "footer": ""},
             "layout": "two-column, header with page numbers"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (O["head"], ""), "footer": ""}},
            {"file": "vardbegaran.pdf", "type": "uppdragsbeskrivning (vårdbegäran, brev)", "producer": "odt", "blocks": vb,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": ("Skellefteå kommun, Socialkontoret, Vuxengruppen missbruk, Trädgårdsgatan 14, 931 85 Skellefteå", ""), "footer": "Sida {n} av {N}"},
             "layout": "portrait, letter"},
            {"file": "vardplan.pdf", "type": "vårdplan", "producer": "odt", "blocks": vp,
             "opts": {"font": "Liberation Sans", "size": 10, "header": ("Skellefteå kommun – Socialkontoret", "Vårdplan"), "footer": "Sida {n} av {N}"},
             "layout": "landscape, table with multi-line cells"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal – Jan-Erik Marklund")] + jn,
             "opts": {"family": "times", "size": 10.5, "header": ("Socialkontoret Skellefteå  Dnr " + dnr, ""), "footer": "- {n} -"}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "'Bedömning av hjälpbehov' (tvåspaltig utredning) anger behoven och varför Fjällbrynet; motivering i beslutet och bedömning i vårdbegäran.",
                                     [("utredning.pdf", ["Bedömning av hjälpbehov", "Fjällbrynets behandlingshem i Arvidsjaur tar emot"]),
                                      ("beslut.pdf", ["Motivering: Jan-Erik har ett opioidberoende"]),
                                      ("vardbegaran.pdf", ["Socialtjänstens bedömning"])]),
            "planning": crit("ja", "Vårdplan (liggande tabell) med mål, insats, ansvarig och datum.",
                             [("vardplan.pdf", ["Drogfrihet under hela placeringen", "Ansökan om lägenhet"])]),
            "follow_up": crit("ja", "Besök 2015-01-22 ('vi sågs på HVB-hemmet'), behandlingskonferens 2015-03-19 och utvärdering 2015-05-21 med utfall.",
                              [("journal.pdf", ["Vi sågs på HVB-hemmet", "Behandlingskonferens Fjällbrynet", "Utvärdering med J-E"])]),
            "assignment_description": crit("ja", "Vårdbegäran med bedömning, uppdrag, mål, uppföljning, slutrapport, kontakt; faxad 2014-10-24 (brev och journal).",
                                           [("vardbegaran.pdf", ["Socialtjänstens bedömning", "Vid avslut", "Faxad och skickad med post"]),
                                            ("journal.pdf", ["Vårdbegäran faxad"])], present="abcdefg"),
        },
    }


CASES = [case_s1, case_s2, case_s3, case_s4]
