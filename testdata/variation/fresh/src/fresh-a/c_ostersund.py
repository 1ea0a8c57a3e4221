"""Östersund: four cases."""
from common import OFF, journal, crit

O = OFF["ostersund"]
LH = O["lh"]
HEAD = O["head"]


def case_o1():
    dnr = "SN 2015/0064"
    utr = [
        ("title", "Utredning – ansökan om behandling"),
        ("kv", [("Klient:", "Håkan Ljungberg, 19000523-4471"), ("Dnr:", dnr), ("Handläggare:", "Eva Persson Strand"),
                ("Utredningstid:", "2015-01-07 – 2015-01-28")]),
        ("h", "Ärendet"),
        ("p", "Håkan Ljungberg ansökte 2015-01-07 om behandling på behandlingshem. Han var då inlagd på medicinkliniken för avgiftning efter ett "
              "krampanfall i samband med abstinens."),
        ("h", "Underlag"),
        ("p", "Samtal med Håkan 2015-01-07 (på avdelningen), 2015-01-14 och 2015-01-21. Telefonsamtal med hans hustru Ann-Christin 2015-01-19. "
              "Epikris från medicinkliniken. AUDIT 2015-01-14."),
        ("h", "Håkans situation"),
        ("p", "Håkan är gift och bor i villa i Lugnvik. Han har drivit en egen firma inom VVS. Hustrun berättar att han druckit alltmer sedan en "
              "konkurs 2012 och att han nu dricker från morgonen. Han har haft två krampanfall vid abstinens. AUDIT 34 poäng. Håkan har förlorat "
              "körkortet för rattfylleri i november 2014 och kan därför inte arbeta. Hustrun säger att hon inte orkar mer om han inte slutar."),
        ("h", "Håkans önskemål"),
        ("p", "Håkan vill bli nykter och rädda äktenskapet. Han vill vara borta en tid men inte för långt från Östersund så att hustrun kan besöka honom."),
        ("h", "Handläggarens slutsats"),
        ("p", "Håkan har ett svårt alkoholberoende med farlig abstinens (kramper) och dricker nu från morgonen. Beroendet har kostat honom firman, "
              "körkortet och hotar äktenskapet. Han har inte tidigare fått någon behandling. Med den medicinska risken och hur långt drickandet "
              "gått anser handläggaren att Håkan först måste bli nykter i en miljö med personal dygnet runt och medicinsk kompetens, och där få "
              "behandling för sitt beroende som också involverar hustrun."),
        ("p", "Fjällnära behandlingshem har sjuksköterska, tolvstegsbehandling, familjeprogram för anhöriga och ligger en timme från Östersund. "
              "Behandling där i 16 veckor ger Håkan möjlighet att bryta drickandet, förstå sitt beroende och tillsammans med hustrun planera "
              "för ett nyktert liv hemma. Eftervård bör därefter ges i kommunens öppenvård."),
        ("h", "Förslag till beslut"),
        ("p", "Håkan Ljungberg beviljas institutionsvård enligt 4 kap. 1 § SoL på Fjällnära behandlingshem 2015-02-09 – 2015-05-29."),
        ("sig", ["Eva Persson Strand", "Socialsekreterare", "2015-01-28"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Klient:", "Håkan Ljungberg, 19000523-4471"), ("Dnr:", dnr), ("Beslutsdatum:", "2015-02-02")]),
        ("p", "Socialnämnden i Östersund beviljar institutionsvård enligt 4 kap. 1 § SoL på Fjällnära behandlingshem 2015-02-09 – 2015-05-29."),
        ("p", "Skälen för beslutet framgår av utredningen 2015-01-28, som nämnden ansluter sig till."),
        ("sig", ["Birgitta Nordlander", "Enhetschef, Vuxenenheten (delegation)"]),
    ]
    vb = [
        ("right", ["Östersund 2015-02-03", "Dnr " + dnr]),
        ("lines", ["Fjällnära behandlingshem", "Att: Föreståndare Mona Eliasson", "Fjällnäravägen 5", "837 94 Undersåker"]),
        ("title", "Vårdbegäran"),
        ("p", "Socialnämnden har 2015-02-02 beviljat **Håkan Ljungberg** (19000523-4471) institutionsvård enligt 4 kap. 1 § SoL på Fjällnära "
              "behandlingshem 2015-02-09 – 2015-05-29. Vi begär att ni tar emot Håkan måndag 2015-02-09."),
        ("p", "Nämndens bedömning av Håkans situation framgår i sammanfattning nedan och i sin helhet av bifogad utredning. Uppdragets innehåll, "
              "mål, uppföljning och vad vi önskar få rapporterat när vistelsen avslutas anges i bilaga 1, som är en del av vårdbegäran."),
        ("h2", "Sammanfattning av bedömningen"),
        ("p", "Håkan har ett svårt alkoholberoende med kramper vid abstinens och dricker från morgonen. Han behöver bli nykter i en miljö med "
              "personal dygnet runt och medicinsk kompetens och få behandling för sitt beroende som också involverar hustrun, inför ett nyktert liv hemma."),
        ("sig", ["Med vänlig hälsning", "", "Eva Persson Strand", "Socialsekreterare", "Tfn 070-174 06 71, e-post eva.persson.strand@ostersund.se"]),
        ("small", "Bilagor: 1. Uppdragets innehåll  2. Utredning  3. Beslut"),
        ("pagebreak",),
        ("title", "Bilaga 1 – Uppdragets innehåll"),
        ("p", "Vårdbegäran 2015-02-03, Håkan Ljungberg, dnr " + dnr),
        ("table", {"widths": [3.5, 11], "rows": [
            ["**Uppdrag**", "Boende, medicinsk tillsyn av sjuksköterska under de första veckorna, tolvstegsbehandling, familjeprogram för hustrun "
                            "Ann-Christin, utslussning med hemvistelser under de sista tre veckorna."],
            ["**Mål**", "1. Håkan är nykter under hela vistelsen.\n2. Håkan och hustrun har deltagit i familjeprogrammet (minst en helg).\n"
                        "3. Håkan har en skriftlig återfallsplan och en bokad eftervård i Östersund vid utskrivning."],
            ["**Uppföljning**", "Vårdplan/genomförandeplan upprättas inom två veckor med Håkan och handläggaren. Handläggaren deltar i ett "
                                "utvärderingsmöte på behandlingshemmet i april och i en avslutande utvärdering. Behandlingshemmet kontaktar handläggaren "
                                "omgående vid avbrott eller återfall."],
            ["**Rapport vid avslut**", "Slutrapport inom 14 dagar: genomförd behandling, måluppfyllelse, provresultat, Håkans egen bedömning och rekommendation om eftervård."],
            ["**Kontakt**", "Eva Persson Strand, Vuxenenheten, Rådhusgatan 44, 831 82 Östersund, 070-174 06 71"]]}),
        ("small", "Vårdbegäran med bilagor skickad med e-post och post 2015-02-03."),
    ]
    gfp = [
        ("title", "Genomförandeplan – Fjällnära behandlingshem"),
        ("p", "Klient: Håkan Ljungberg   Upprättad: 2015-02-20   Deltagare: Håkan, behandlare Kent Rydén, Eva Persson Strand (socialsekreterare)"),
        ("table", {"head": ["Mål", "Delmål", "Aktivitet", "Ansvarig", "Klart"], "widths": [3.5, 4.5, 5, 2.5, 2.2],
                   "rows": [["1. Nykter under vistelsen", "1.1 Avgiftning avslutad utan komplikationer\n1.2 Alla alkotester negativa",
                             "Sjuksköterskans kontroller\nDagliga alkotester", "Sjuksköterska\nPersonal", "1.1 2015-02-20\n1.2 löpande"],
                            ["2. Familjen delaktig", "2.1 Ann-Christin deltar i familjehelg\n2.2 Parsamtal",
                             "Familjeprogram\nSamtal med familjeterapeut", "Kent R.", "2.1 2015-03-21\n2.2 april"],
                            ["3. Plan för tiden efter", "3.1 Återfallsplan skriven\n3.2 Eftervård bokad i Östersund\n3.3 Plan för körkort och arbete",
                             "Stegarbete, återfallsprevention\nKontakt med Öppenvården\nSamtal med Håkan", "Håkan, Kent R.\nEva P S\nHåkan, Eva P S",
                             "3.1 2015-05-08\n3.2 2015-05-15\n3.3 2015-05-22"]]}),
        ("p", "Planen följs upp vid utvärderingsmötet i april och revideras vid behov."),
    ]
    jn = journal([
        ("2015-01-07", "EPS", "Ansökan", "Besök på medicinkliniken avd. 5, Håkan ansöker om behandlingshem. Utredning inleds."),
        ("2015-01-14", "EPS", "Samtal", "AUDIT 34p. Samtycke till kontakt med hustrun och medicinkliniken."),
        ("2015-02-02", "EPS", "Beslut", "Beslut Fjällnära."),
        ("2015-02-03", "EPS", "Vårdbegäran", "Vårdbegäran med bilaga 1, utredning och beslut skickad med e-post och post till Fjällnära. Mona E. bekräftar mottagandet."),
        ("2015-02-09", "EPS", "Inskrivning", "Håkan inskriven, hustrun körde."),
        ("2015-02-20", "EPS", "GFP", "GFP upprättad på Fjällnära."),
        ("2015-04-15", "EPS", "Utvärderingsmöte", "Utvärderingsmöte på Fjällnära med Håkan, Kent R. och handl. Håkan nykter, alla test negativa. Familjehelgen genomförd 21–22/3, "
                                                 "Ann-Christin beskriver att de kan prata med varandra igen. Stegarbetet går bra. Planen fortsätter, eftervård ska bokas i maj."),
        ("2015-05-29", "EPS", "Utskrivning", "Håkan utskriven enligt plan. Eftervård i Öppenvården från 2015-06-02."),
        ("2015-06-24", "EPS", "Utvärdering", "Avslutande utvärdering med Håkan och hustrun. Nykter sedan utskrivningen, går i eftervårdsgrupp och på AA. Slutrapport från Fjällnära mottagen 2015-06-10. Placeringen avslutad."),
    ], style="bold")
    return {
        "case_id": "ostersund_SN-2015-0064", "committee": "Östersund", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "header": (HEAD, dnr), "footer": "Sida {n} av {N}"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Östersunds kommun – Socialnämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "vardbegaran.pdf", "type": "uppdragsbeskrivning (vårdbegäran + bilaga)", "producer": "odt", "blocks": vb,
             "opts": {"font": "Liberation Serif", "header": (HEAD, ""), "footer": "Sida {n} av {N}"}},
            {"file": "genomforandeplan.pdf", "type": "genomförandeplan", "producer": "rl", "blocks": gfp,
             "opts": {"font": "Helvetica", "size": 9.5, "landscape": True, "header": ("Fjällnära behandlingshem", "Genomförandeplan – sida {n} av {N}"), "footer": ""},
             "layout": "landscape, table with multi-line cells, numbered goals with delmål"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "odt", "blocks": [("title", "Journal – Håkan Ljungberg")] + jn,
             "opts": {"font": "Liberation Sans", "size": 10, "header": (HEAD, "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "assemble": [{"file": "samlad_akt.pdf", "type": "utredning + beslut + vårdbegäran (sammanfogade)",
                      "parts": ["utredning.pdf", "beslut.pdf", "vardbegaran.pdf"], "layout": "assembled (pdfunite), letter with attached form"}],
        "order": ["samlad_akt.pdf", "genomforandeplan.pdf", "journal.pdf"],
        "criteria": {
            "needs_assessment": crit("ja", "'Handläggarens slutsats' beskriver beroendet, riskerna och följderna och varför Fjällnära (utan ordet 'behov'); sammanfattas i vårdbegäran.",
                                     [("samlad_akt.pdf", ["Handläggarens slutsats", "Fjällnära behandlingshem har sjuksköterska", "Sammanfattning av bedömningen"])]),
            "planning": crit("ja", "Genomförandeplan (liggande tabell) med mål, delmål, aktivitet, ansvarig och datum.",
                             [("genomforandeplan.pdf", ["Nykter under vistelsen", "Återfallsplan skriven"])]),
            "follow_up": crit("ja", "Utvärderingsmöte 2015-04-15 och avslutande utvärdering 2015-06-24 med utfall.",
                              [("journal.pdf", ["Utvärderingsmöte på Fjällnära", "Avslutande utvärdering"])]),
            "assignment_description": crit("ja", "Vårdbegäran (brev) med bedömning; uppdrag, mål, uppföljning, rapport och kontakt i bilaga 1; skickad 2015-02-03.",
                                           [("samlad_akt.pdf", ["Vårdbegäran", "Bilaga 1 – Uppdragets innehåll", "Rapport vid avslut"]),
                                            ("journal.pdf", ["Vårdbegäran med bilaga 1"])], present="abcdefg"),
        },
    }


def case_o2():
    dnr = "SN 2014/0512"
    utr = [
        ("title", "UTREDNING"),
        ("kv", [("Namn:", "Marcus Hedlund"), ("Dnr:", dnr), ("Handläggare:", "Göran Olofsson"), ("Datum:", "2014-10-08")]),
        ("h", "Ansökan"),
        ("p", "Marcus Hedlund ansökte 2014-09-15 om öppenvård för sitt cannabisbruk."),
        ("h", "Bakgrund"),
        ("p", "Marcus bor i studentkorridor på Campus. Han läser första året på högskolan men har inte klarat några tentor i höst. Han har "
              "extrajobb när han får ett uppdrag via bemanningsföretaget. Han röker cannabis dagligen och dricker alkohol på helgerna. Han har inga skulder."),
        ("h", "Överväganden och förslag"),
        ("p", "[Skriv handläggarens överväganden här]"),
        ("p", "Förslag: ÖV."),
        ("sig", ["Göran Olofsson"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Marcus Hedlund"), ("Dnr:", dnr), ("Datum:", "2014-10-13")]),
        ("p", "Bifall. Öppenvård, Öppenvården Östersund, 2014-10-20 – 2015-04-17. 4 kap. 1 § SoL."),
        ("sig", ["Göran Olofsson, socialsekreterare"]),
    ]
    ok = [
        ("title", "Överenskommelse"),
        ("p", "mellan Marcus Hedlund och Öppenvården Östersund (behandlare Lisa Ström). Upprättad 2014-10-27."),
        ("table", {"head": ["Mina mål", "Det här gör jag / vi", "Vem", "När"], "widths": [4, 6, 2.5, 2.5],
                   "rows": [["Jag ska sluta röka cannabis", "Jag går på samtal varje onsdag kl. 14.\nJag lämnar urinprov varje vecka.", "Marcus, Lisa", "Från 2014-10-29, negativa prov från 2014-12-01"],
                            ["Jag ska klara minst en tenta", "Jag gör ett studieschema och visar det för Lisa.\nJag kontaktar studievägledaren.", "Marcus", "Schema 2014-11-05\nStudievägledare före 2014-11-14"],
                            ["Jag ska sova bättre", "Sömndagbok i fyra veckor, genomgång med Lisa", "Marcus, Lisa", "2014-10-29 – 2014-11-26"]]}),
        ("p", "Vi går igenom överenskommelsen vid trepartssamtalet med socialsekreteraren i februari."),
        ("p", "Marcus Hedlund ____________________        Lisa Ström ____________________"),
    ]
    jrows = [
        ("2014-09-15", "Marcus ringde. Ansöker om öppenvård. Tid 22/9.", "GO"),
        ("2014-09-22", "Samtal med Marcus. Uppger att han röker \"varje dag sen i våras\".", "GO"),
        ("2014-10-13", "Beslut ÖV. Marcus info per tfn. Uppdragsbeskrivning ska skickas till ÖV.", "GO"),
        ("2014-10-20", "Marcus har börjat på ÖV enl. Lisa Ström.", "GO"),
        ("2014-10-27", "Överenskommelse upprättad på ÖV (kopia till akten).", "GO"),
        ("2015-02-10", "Trepartssamtal genomfört med Marcus och ÖV.", "GO"),
        ("2015-04-17", "Insatsen avslutad enligt beslut.", "GO"),
    ]
    jn = [("table", {"head": ["Datum", "Anteckning", "Sign"], "widths": [2.2, 11, 1.2], "rows": [list(r) for r in jrows]})]
    return {
        "case_id": "ostersund_SN-2014-0512", "committee": "Östersund", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "ps", "blocks": utr,
             "opts": {"family": "helvetica", "size": 10.5, "header": ("ÖSTERSUNDS KOMMUN  Socialförvaltningen  Vuxenenheten", "Dnr " + dnr), "footer": "Sida {n} ({N})"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "helvetica", "size": 10.5, "header": ("ÖSTERSUNDS KOMMUN  Socialnämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "overenskommelse.pdf", "type": "genomförandeplan (överenskommelse)", "producer": "odt", "blocks": ok,
             "opts": {"font": "Liberation Sans", "size": 10, "header": ("Öppenvården Östersund", ""), "footer": ""},
             "layout": "portrait page stored rotated 90° (/Rotate), table"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "rl", "blocks": [("title", "Journalanteckningar Marcus Hedlund")] + jn,
             "opts": {"font": "Helvetica", "size": 10, "header": (HEAD, "Sida {n} av {N}"), "footer": "Dnr " + dnr}, "layout": "portrait, journal as table"},
        ],
        "rotate": {"overenskommelse.pdf": [1]},
        "criteria": {
            "needs_assessment": crit("nej", "Under 'Överväganden och förslag' står bara mallens platshållare och 'Förslag: ÖV'; beslutet saknar skäl."),
            "planning": crit("ja", "Överenskommelse i jagform (tabell) med mål, vad, vem och datum (sidan är roterad).",
                             [("overenskommelse.pdf", ["Jag ska sluta röka cannabis"])]),
            "follow_up": crit("delvis", "Journalen 2015-02-10: 'Trepartssamtal genomfört' – daterat men utan något utfall.",
                              [("journal.pdf", ["Trepartssamtal genomfört"])]),
            "assignment_description": crit("nej", "Journalen säger bara att uppdragsbeskrivning 'ska skickas'; ingen skriftlig uppdragsbeskrivning finns.", present=""),
        },
    }


def case_o3():
    """Never started: HVB granted and placeringsuppdrag sent, but he did not show up and then withdrew his application."""
    dnr = "SN 2015/0391"
    utr = [
        ("title", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Gäller:", "Jörgen Backlund, 19020811-3318"), ("Dnr:", dnr), ("Handläggare:", "Sofia Wikström"),
                ("Inledd:", "2015-05-04"), ("Avslutad:", "2015-06-01")]),
        ("h", "Hur ärendet aktualiserades"),
        ("p", "Jörgen kom själv till Vuxenenhetens mottagning 2015-05-04 tillsammans med sin syster och ansökte om behandling på "
              "behandlingshem. Han hade då fått en varning av hyresvärden (Östersundshem) för störningar."),
        ("h", "Underlag"),
        ("p", "Samtal med Jörgen 2015-05-04, 2015-05-12 och 2015-05-26 (det sista i hemmet). Samtal med systern Lena Backlund 2015-05-12. "
              "DUDIT och AUDIT 2015-05-12. Kontakt med Beroendemottagningen (läkare Per Hallin) 2015-05-20 med Jörgens samtycke."),
        ("h", "Jörgens situation"),
        ("p", "Jörgen bor ensam i lägenhet på Odenslund. Han har "
              "arbetat som lastbilschaufför men är sjukskriven sedan januari. Han dricker alkohol dagligen, oftast starköl{{fn:Öl med mer än 3,5 volymprocent alkohol, köpt på Systembolaget.}} och vin, och tar "
              "bensodiazepiner som han köper utan recept. AUDIT 29, DUDIT 14. Han har skulder hos Kronofogden och har nyligen gjort en "
              "avbetalningsplan med Östersundshem för hyresskulden på 18 400 kr."),
        ("p", "Läkaren vid Beroendemottagningen skriver i sin bedömning att Jörgen har ett alkoholberoende och ett skadligt bruk av "
              "bensodiazepiner och att nedtrappningen bör ske under medicinsk kontroll. Systern berättar att Jörgen isolerat sig och att "
              "familjen är orolig för att han ska ta en överdos av tabletter och alkohol tillsammans."),
        ("h", "Jörgens egen uppfattning"),
        ("p", "Jörgen säger att han \"inte klarar det här hemma längre\". Han vill komma bort från kamraterna i trappuppgången och vill till "
              "ett behandlingshem där han får hjälp att trappa ned tabletterna."),
        ("h", "Socialsekreterarens synpunkter"),
        ("p", "Jörgen dricker dagligen och tar bensodiazepiner i en kombination som enligt läkaren är farlig. Han har försökt sluta hemma två "
              "gånger i vår men kommit tillbaka i samma umgänge inom några dagar. Han riskerar att förlora lägenheten, och han har inget "
              "arbete att gå till. Socialsekreteraren anser att Jörgen behöver komma ifrån sin hemmiljö en period och få en nedtrappning "
              "under medicinsk kontroll följd av behandling för sitt beroende."),
        ("p", "Vallsta behandlingshem erbjuder avgiftning med läkarstöd, kognitiv beteendeterapi i grupp och individuellt samt hjälp med "
              "ekonomi och kontakt med arbetsgivare under utslussningen. Tolv veckor där, med Beroendemottagningen som ansvarig för "
              "nedtrappningsschemat, svarar mot det Jörgen behöver: han blir av med tabletterna under säkra former, får verktyg mot återfall "
              "och kan planera för att behålla bostaden och komma tillbaka till arbetet."),
        ("h", "Förslag"),
        ("p", "Jörgen Backlund beviljas institutionsvård på Vallsta behandlingshem enligt 4 kap. 1 § SoL under tiden 2015-06-15 – 2015-09-04."),
        ("sig", ["Sofia Wikström", "Socialsekreterare, Vuxenenheten", "2015-06-01"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Gäller:", "Jörgen Backlund, 19020811-3318"), ("Dnr:", dnr), ("Datum:", "2015-06-03")]),
        ("p", "Socialnämnden beviljar Jörgen Backlund institutionsvård på Vallsta behandlingshem enligt 4 kap. 1 § socialtjänstlagen "
              "under tiden 2015-06-15 – 2015-09-04."),
        ("p", "Nämnden instämmer i socialsekreterarens synpunkter i utredningen 2015-06-01."),
        ("sig", ["Birgitta Nordlander", "Enhetschef, enligt delegation"]),
        ("small", "Beslutet kan överklagas hos förvaltningsrätten, se bifogad besvärshänvisning."),
    ]
    pu = [
        ("right", ["Östersund den 4 juni 2015", "Dnr " + dnr]),
        ("lines", ["Vallsta behandlingshem", "Intagningsansvarig Jan-Olof Sundin", "Vallstavägen 12", "823 91 Arbrå"]),
        ("title", "Placeringsuppdrag"),
        ("p", "Socialnämnden i Östersund har 2015-06-03 beviljat **Jörgen Backlund** (19020811-3318) institutionsvård på Vallsta "
              "behandlingshem enligt 4 kap. 1 § SoL under tiden 2015-06-15 – 2015-09-04. Med detta brev ger vi er uppdraget."),
        ("h2", "Nämndens bedömning"),
        ("p", "Jörgen dricker dagligen och tar bensodiazepiner utan recept. Hemma har han inte lyckats bryta, och han riskerar bostaden. "
              "Han behöver komma ifrån hemmiljön, trappa ned tabletterna under medicinsk kontroll och få behandling mot återfall, med "
              "stöd i att behålla bostaden och återgå i arbete."),
        ("h2", "Uppdraget omfattar"),
        ("dashes", ["boende och avgiftning, där nedtrappningen av bensodiazepiner sker enligt schema från Beroendemottagningen Östersund",
                    "KBT i grupp och enskilt, återfallsprevention",
                    "stöd i kontakter med Östersundshem, Försäkringskassan och arbetsgivaren under utslussningen"]),
        ("h2", "Mål"),
        ("numbered", ["Jörgen är fri från bensodiazepiner och alkohol vid utskrivningen 2015-09-04.",
                      "Jörgen har en skriftlig återfallsplan och en eftervårdskontakt i Östersund.",
                      "Hyran har betalats varje månad under placeringen enligt avbetalningsplanen."]),
        ("h2", "Uppföljning"),
        ("p", "Genomförandeplan upprättas inom tre veckor efter inskrivning och skickas till mig. Vi har halvtidsuppföljning på Vallsta "
              "i juli med Jörgen, hans behandlare och mig, och en utvärdering inför utskrivningen. Vid avbrott ringer ni mig samma dag."),
        ("h2", "När vistelsen avslutas"),
        ("p", "Skriftlig slutrapport inom två veckor: hur behandlingen genomförts, nedtrappningens resultat och provsvar, måluppfyllelse "
              "och er rekommendation om fortsatta insatser."),
        ("h2", "Kontaktperson hos socialnämnden"),
        ("p", "Sofia Wikström, socialsekreterare, Vuxenenheten, Rådhusgatan 44, 831 82 Östersund. Tfn 063-14 37 52, "
              "sofia.wikstrom@ostersund.se."),
        ("sig", ["Med vänlig hälsning", "", "Sofia Wikström"]),
        ("small", "Skickat med e-post och i original med post 2015-06-04. Bilagor: utredning, beslut, nedtrappningsschema."),
    ]
    jn = journal([
        ("2015-05-04", "SW", "Besök", "Jörgen och systern Lena på mottagningen. Ansökan om behandlingshem. Utredning inleds."),
        ("2015-05-12", "SW", "Samtal", "AUDIT 29, DUDIT 14. Samtycke till kontakt med Beroendemott. och systern."),
        ("2015-05-20", "SW", "Tfn Beroendemottagningen", "Dr Hallin: nedtrappning av bensodiazepiner bör ske under medicinsk kontroll, schema skickas."),
        ("2015-05-26", "SW", "Hembesök", "Planerat hembesök hos Jörgen. Lägenheten stökig men han är nykter vid besöket. Går igenom utredningen."),
        ("2015-06-03", "SW", "Beslut", "Beslut Vallsta 15/6–4/9. Jörgen informerad per telefon, han är nöjd."),
        ("2015-06-04", "SW", "Placeringsuppdrag", "Placeringsuppdrag med utredning, beslut och nedtrappningsschema skickat till Vallsta, "
                                                 "e-post och post. Jan-Olof Sundin bekräftar per tfn att det kommit fram. Intagning 15/6 kl. 13."),
        ("2015-06-15", "SW", "Uteblev", "Vallsta ringer kl. 15: Jörgen har inte kommit. Han svarar inte i telefon. Systern har inte heller nått honom."),
        ("2015-06-17", "SW", "Tfn Jörgen", "Jörgen ringer själv. Säger att han \"fick kalla fötter\" och inte vill åka iväg i sommar, han ska försöka "
                                          "på egen hand och via vårdcentralen. Han tar tillbaka sin ansökan. Informerad om att han kan söka igen när som helst."),
        ("2015-06-17", "SW", "Vallsta", "Meddelat Vallsta att platsen inte ska användas. Ingen vistelse har påbörjats."),
        ("2015-06-22", "SW", "Avslut", "Beslutet om institutionsvård upphävs på Jörgens begäran (delegationsbeslut BN). Ärendet avslutas. "
                                       "Ingen uppföljning blir aktuell eftersom insatsen aldrig påbörjades."),
    ], style="plain")
    return {
        "case_id": "ostersund_SN-2015-0391", "committee": "Östersund", "dnr": dnr, "scenario": "declined",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "size": 11, "header": (HEAD, "Dnr " + dnr), "footer": "Sida {n} av {N}"},
             "layout": "portrait, header/footer, footnote"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Östersunds kommun – Socialnämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "placeringsuppdrag.pdf", "type": "uppdragsbeskrivning (placeringsuppdrag)", "producer": "rl", "blocks": pu,
             "opts": {"font": "Times-Roman", "size": 10.5, "letterhead": LH, "header": (HEAD, ""), "footer": "Sida {n} av {N}"},
             "layout": "letter with letterhead"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal – Jörgen Backlund")] + jn,
             "opts": {"family": "helvetica", "size": 10, "header": ("ÖSTERSUNDS KOMMUN  Vuxenenheten", "Dnr " + dnr), "footer": "Sida {n} ({N})"}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "'Socialsekreterarens synpunkter' beskriver drickandet, tablettbruket, riskerna och varför Vallsta svarar mot det; beslutet ansluter sig.",
                                     [("utredning.pdf", ["Socialsekreterarens synpunkter", "svarar mot det Jörgen behöver"])]),
            "planning": crit("ej_tillämpligt", "Jörgen kom aldrig till behandlingshemmet och tog tillbaka ansökan före start; ingen plan upprättades ('planerat hembesök' är ingen plan)."),
            "follow_up": crit("ej_tillämpligt", "Insatsen påbörjades aldrig; journalen säger att ingen uppföljning blir aktuell."),
            "assignment_description": crit("ja", "Placeringsuppdrag (brev) med bedömning, innehåll, mål, uppföljning, slutrapport, kontaktuppgifter; skickat 2015-06-04.",
                                           [("placeringsuppdrag.pdf", ["Placeringsuppdrag", "Nämndens bedömning", "Kontaktperson hos socialnämnden"]),
                                            ("journal.pdf", ["Placeringsuppdrag med utredning"])], present="abcdefg"),
        },
    }


def case_o4():
    """HVB with 'Bedömning av hjälpbehov', plan with numbered goals and Delmål, halvtidsuppföljning 'vi sågs på HVB-hemmet'."""
    dnr = "SN 2014/0233"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Gäller:", "Annika Strömgren, 19011103-2260"), ("Dnr:", dnr), ("Handläggare:", "Göran Olofsson"),
                ("Datum:", "2014-04-22")]),
        ("h", "Bakgrund"),
        ("p", "Annika Strömgren ansökte 2014-03-31 om behandlingshem. Hon har druckit mycket i perioder i tjugo år och blev i mars "
              "uppsagd från sin tjänst som undersköterska i hemtjänsten efter att ha kommit påverkad till arbetet. Hon är frånskild och bor "
              "ensam i Frösön. Vuxna sonen Daniel bor i Umeå."),
        ("p", "Annika har gått på samtal i kommunens öppenvård två gånger (2009 och 2012) men avbröt efter några veckor båda gångerna."),
        ("h", "Läkarintyg"),
        ("p", "Enligt intyg från distriktsläkare Ingrid Falk, vårdcentralen Frösön, 2014-04-10, är leverproverna kraftigt förhöjda. "
              "Läkarens bedömning: \"Alkoholberoende med leverpåverkan. Patienten bör avstå helt från alkohol.\""),
        ("h", "Bedömning av hjälpbehov"),
        ("p", "Annika har druckit under lång tid och har nu förlorat arbetet och fått leverskador. Hon har två gånger avbrutit öppenvård "
              "och beskriver själv att hon dricker så snart hon är ensam på kvällen. Hon har få personer omkring sig som stöttar henne."),
        ("p", "Annika har därför svårt att bli nykter i sin nuvarande situation. Hon behöver en period i en strukturerad och alkoholfri miljö "
              "där hon får behandling för sitt beroende, hjälp att hitta en meningsfull sysselsättning och stöd i att bygga ett nätverk "
              "utanför spriten. Björkbacken HVB har ett kvinnoprogram om 16 veckor med tolvstegsbehandling, arbetsträning och "
              "anhörigdagar, vilket motsvarar det Annika behöver. Utslussningen bör planeras med Arbetsförmedlingen och öppenvården."),
        ("h", "Förslag till beslut"),
        ("p", "Annika beviljas institutionsvård på Björkbacken HVB enligt 4 kap. 1 § SoL 2014-05-12 – 2014-08-29."),
        ("sig", ["Göran Olofsson", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Gäller:", "Annika Strömgren"), ("Dnr:", dnr), ("Datum:", "2014-04-28")]),
        ("p", "Socialnämnden beviljar Annika Strömgren institutionsvård på Björkbacken HVB enligt 4 kap. 1 § SoL "
              "2014-05-12 – 2014-08-29. Skälen framgår av utredningen 2014-04-22."),
        ("sig", ["Birgitta Nordlander", "Enhetschef (delegation)"]),
    ]
    pu = [
        ("title", "Placeringsuppdrag – Björkbacken HVB"),
        ("kv", [("Klient:", "Annika Strömgren, 19011103-2260"), ("Dnr:", dnr), ("Beslut:", "2014-04-28, 4 kap. 1 § SoL, 2014-05-12 – 2014-08-29"),
                ("Till:", "Björkbacken HVB, föreståndare Marie Holmgren, Björkbackavägen 3, 840 60 Bräcke")]),
        ("h2", "1. Nämndens bedömning av Annikas hjälpbehov"),
        ("p", "Annika har ett långvarigt alkoholberoende med leverpåverkan och har förlorat arbetet. Hon har avbrutit öppenvård två gånger "
              "och behöver en period i en strukturerad och alkoholfri miljö med behandling, sysselsättning och stöd i att bygga ett nätverk."),
        ("h2", "2. Uppdraget"),
        ("p", "Kvinnoprogrammet (16 veckor): boende, tolvstegsbehandling, arbetsträning i köket eller trädgården, anhörigdag med sonen, "
              "utslussning med hemvistelser de sista fyra veckorna."),
        ("h2", "3. Mål"),
        ("p", "Annika är nykter under placeringen och har vid utskrivningen en plan för eftervård och sysselsättning."),
        ("h2", "4. Uppföljning"),
        ("p", "Genomförandeplan inom tre veckor. Halvtidsuppföljning på Björkbacken i juli och avslutande utvärdering i augusti, båda med handläggaren."),
        ("h2", "5. Återrapportering vid avslut"),
        ("p", "Slutrapport: genomförda moment, nykterhet (provresultat), måluppfyllelse, Annikas egen bedömning, förslag om eftervård."),
        ("h2", "6. Ansvarig handläggare"),
        ("p", "Göran Olofsson, Vuxenenheten Östersund, 063-14 35 09, goran.olofsson@ostersund.se"),
        ("space", 14),
        ("p", "Östersund 2014-04-29   Göran Olofsson"),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("kv", [("Namn:", "Annika Strömgren"), ("Upprättad:", "2014-05-28 på Björkbacken"), ("Närvarande:", "Annika, kontaktperson Helena Näslund, Göran Olofsson (soc.)")]),
        ("h", "Mål 1. Annika är nykter under hela placeringen"),
        ("numbered", ["Delmål: Alla alkotester och PEth-prov negativa. Helena tar PEth varannan vecka fr.o.m. 2014-06-02.",
                      "Delmål: Annika har gått igenom steg 1–3 med sin behandlare senast 2014-07-04."]),
        ("h", "Mål 2. Annika har något att gå till efter placeringen"),
        ("numbered", ["Delmål: Arbetsträning i köket tre dagar/vecka från 2014-06-09 (ansvarig: Helena).",
                      "Delmål: Möte med Arbetsförmedlingen i Östersund bokat av Göran före 2014-08-01."]),
        ("h", "Mål 3. Annika har människor omkring sig som stöttar henne"),
        ("numbered", ["Delmål: Anhörigdag med sonen Daniel 2014-06-21 (Helena bokar).",
                      "Delmål: Annika har besökt AA-grupp i Östersund under minst två hemvistelser före 2014-08-22."]),
        ("p", "Planen gås igenom vid halvtidsuppföljningen i juli."),
        ("p", "Annika Strömgren __________________   Helena Näslund __________________"),
    ]
    jn = journal([
        ("2014-03-31", "GO", "Ansökan", "Annika ringer och ansöker om behandlingshem. Besök 3/4."),
        ("2014-04-28", "GO", "Beslut", "Beslut Björkbacken HVB 12/5–29/8."),
        ("2014-04-29", "GO", "Placeringsuppdrag", "Placeringsuppdraget skickat till Björkbacken med post tillsammans med utredningen. Marie H. bekräftar per tfn 2/5."),
        ("2014-05-12", "GO", "Inskrivning", "Annika inskriven på Björkbacken."),
        ("2014-05-28", "GO", "GFP", "Genomförandeplan upprättad på Björkbacken."),
        ("2014-07-09", "GO", "Halvtidsuppf.", "Vi sågs på HVB-hemmet, Annika, Helena och handl. Annika har varit nykter hela tiden, alla PEth negativa. "
                                             "Hon har klarat steg 1–3 och trivs i köket. Sonen kom på anhörigdagen, \"första gången vi pratat ordentligt på "
                                             "flera år\". Kvar: kontakten med AF och AA-besök hemma. Handl. bokar AF."),
        ("2014-07-28", "GO", "AF", "Möte bokat på Arbetsförmedlingen 2014-09-03."),
        ("2014-08-27", "GO", "Utvärdering", "Avslutande utvärdering på Björkbacken. Annika nykter under hela placeringen. Har besökt AA i Östersund "
                                           "två gånger under hemvistelserna. Eftervård i öppenvården från 2014-09-01. Målen uppfyllda."),
        ("2014-09-10", "GO", "Slutrapport", "Slutrapport från Björkbacken mottagen. Placeringen avslutad."),
    ], style="bold")
    return {
        "case_id": "ostersund_SN-2014-0233", "committee": "Östersund", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "ps", "blocks": utr,
             "opts": {"family": "times", "size": 11, "header": ("Östersunds kommun, Socialförvaltningen, Vuxenenheten", "Dnr " + dnr), "footer": "Sida {n} ({N})"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Östersunds kommun – Socialnämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "placeringsuppdrag.pdf", "type": "uppdragsbeskrivning (placeringsuppdrag)", "producer": "odt", "blocks": pu,
             "opts": {"font": "Liberation Sans", "size": 10, "header": (HEAD, ""), "footer": "Sida {n} av {N}"}},
            {"file": "genomforandeplan.pdf", "type": "genomförandeplan", "producer": "rl", "blocks": gfp,
             "opts": {"font": "Helvetica", "size": 10, "header": ("Björkbacken HVB", "Sida {n} av {N}"), "footer": ""},
             "layout": "portrait, numbered goals with delmål"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "odt", "blocks": [("title", "Journalanteckningar – Annika Strömgren")] + jn,
             "opts": {"font": "Liberation Sans", "size": 10, "header": (HEAD, "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "assemble": [{"file": "akt_SN-2014-0233.pdf", "type": "utredning + beslut (sammanfogade)",
                      "parts": ["utredning.pdf", "beslut.pdf"], "layout": "assembled (pdfunite)"}],
        "order": ["akt_SN-2014-0233.pdf", "placeringsuppdrag.pdf", "genomforandeplan.pdf", "journal.pdf"],
        "criteria": {
            "needs_assessment": crit("ja", "'Bedömning av hjälpbehov' beskriver beroendet, leverskadorna, avbrutna försök och varför Björkbacken motsvarar det (läkarens bedömning räknas inte).",
                                     [("akt_SN-2014-0233.pdf", ["Bedömning av hjälpbehov", "vilket motsvarar det Annika behöver"])]),
            "planning": crit("ja", "Genomförandeplan med numrerade mål och daterade delmål med ansvarig.",
                             [("genomforandeplan.pdf", ["Mål 1. Annika är nykter", "Möte med Arbetsförmedlingen"])]),
            "follow_up": crit("ja", "Halvtidsuppföljning 2014-07-09 ('Vi sågs på HVB-hemmet') och avslutande utvärdering 2014-08-27 med utfall.",
                              [("journal.pdf", ["Vi sågs på HVB-hemmet", "Avslutande utvärdering på Björkbacken"])]),
            "assignment_description": crit("ja", "Placeringsuppdrag (formulär) med punkterna 1–6 och journalens anteckning om när det skickades 2014-04-29.",
                                           [("placeringsuppdrag.pdf", ["Placeringsuppdrag – Björkbacken HVB", "Ansvarig handläggare"]),
                                            ("journal.pdf", ["Placeringsuppdraget skickat till Björkbacken"])], present="abcdefg"),
        },
    }


CASES = [case_o1, case_o2, case_o3, case_o4]
