"""Umeå: four cases."""
from common import OFF, journal, crit

O = OFF["umea"]
LH = O["lh"]


def case_u1():
    dnr = "IFN 2015/231"
    hs = {"header": (O["head"], "Dnr " + dnr), "footer": "Sida {n} av {N}", "font": "Liberation Serif"}
    utredning = [
        ("title", "Utredning – ansökan om behandling"),
        ("kv", [("Klient:", "Anders Holmström, 19010412-2376"), ("Adress:", "Västra Esplanaden 9 B, Umeå"),
                ("Ärende:", "Ansökan om bistånd i form av behandling, 4 kap. 1 § SoL"), ("Diarienummer:", dnr),
                ("Utredare:", "Maria Lindqvist, socialsekreterare"), ("Utredningen inledd:", "2015-01-20"),
                ("Utredningen avslutad:", "2015-02-20")]),
        ("h", "Ärendet"),
        ("p", "Anders Holmström kom på eget initiativ till Vuxenenheten 2015-01-19 och ansökte om behandling för sitt alkoholmissbruk. "
              "Han önskar komma till ett behandlingshem. Utredning inleddes 2015-01-20."),
        ("h", "Underlag"),
        ("p", "Samtal med Anders 2015-01-28, 2015-02-04 och 2015-02-11 (hembesök). Telefonsamtal med sonen Johan Holmström 2015-02-09 "
              "med Anders samtycke. Journalkopia från Beroendecentrum, Norrlands universitetssjukhus{{fn:Inhämtad med Anders skriftliga samtycke 2015-01-28.}}. "
              "AUDIT genomfört 2015-02-04."),
        ("h", "Bakgrund"),
        ("p", "Anders är uppvuxen i Vännäs och har arbetat som lastbilschaufför fram till 2011 då han sades upp efter en "
              "rattfylleridom. Han är frånskild sedan 2009 och har en vuxen son som bor i Luleå. Anders har enligt egen uppgift druckit "
              "mycket sedan mitten av 1990-talet, men drickandet har ökat kraftigt de senaste två åren och är nu dagligt."),
        ("p", "Anders har tidigare gått i öppenvård vid två tillfällen (2012 och våren 2014). Båda gångerna avbröt han efter några veckor "
              "då han återföll i drickande. Han har avgiftats på Beroendecentrum i december 2014."),
        ("h", "Nuvarande situation"),
        ("h2", "Alkohol och droger"),
        ("p", "Anders dricker enligt egen uppgift en flaska starksprit eller motsvarande per dag. Han har abstinensbesvär på morgnarna "
              "med skakningar och svettningar. Han förnekar bruk av narkotika och lugnande tabletter. AUDIT gav 29 poäng{{fn:AUDIT (Alcohol Use Disorders Identification Test), 10 frågor, max 40 poäng. 20 poäng eller mer tyder på alkoholberoende.}}."),
        ("h2", "Hälsa"),
        ("p", "Förhöjda levervärden enligt Beroendecentrum. Anders uppger sömnproblem och nedstämdhet. Han har ingen kontakt med psykiatrin."),
        ("h2", "Boende och ekonomi"),
        ("p", "Anders hyr en lägenhet i andra hand. Hyresvärden har påtalat störningar och han har två månaders hyresskuld. "
              "Han har sjukersättning och har ansökt om försörjningsstöd för hyran i januari."),
        ("h2", "Sysselsättning och nätverk"),
        ("p", "Anders saknar sysselsättning. Hans umgänge består i huvudsak av personer som också dricker. Kontakten med sonen bröts i "
              "höstas; sonen bekräftar i telefon att han inte orkar ha kontakt så länge pappan dricker, men att han vill ha kontakt om Anders blir nykter."),
        ("h", "Anders egen uppfattning"),
        ("p", "Anders säger att han ”inte klarar det hemma”, att han behöver komma bort från lägenheten och kompisarna en tid. Han vill till ett "
              "behandlingshem med tolvstegsinriktning eftersom han tidigare gått på AA-möten och tyckt att det hjälpte."),
        ("h", "Överväganden och förslag"),
        ("p", "Anders har ett långvarigt och nu dagligt alkoholmissbruk med abstinens, förhöjda levervärden och nedstämdhet. Han har två gånger "
              "försökt med öppenvård på hemorten utan att kunna hålla sig nykter mellan samtalen, och hans närmaste umgänge dricker. Boendet är "
              "hotat av hyresskuld och störningar och han saknar sysselsättning och kontakt med sin son."),
        ("p", "Socialsekreteraren anser att Anders i dag inte kan bryta sitt drickande i sin hemmiljö. Han behöver en period i en drogfri miljö "
              "med dygnet-runt-stöd för att bli nykter, få struktur i vardagen och få hjälp att förstå vad som leder honom till återfall. "
              "Behandlingen bör ha tolvstegsinriktning, som Anders själv efterfrågar och har positiv erfarenhet av, och den bör inkludera "
              "arbete med återfallsprevention inför hemgång samt stöd att ordna upp hyresskulden. Granlidens behandlingshem i Vindeln erbjuder "
              "detta, ligger nära så att sonen och socialtjänsten kan delta i behandlingen, och har plats från 2015-03-02."),
        ("p", "Öppenvård har prövats två gånger och bedöms inte tillräcklig i nuläget. Efter behandlingshemsvistelsen bör Anders erbjudas eftervård "
              "i kommunens öppenvård."),
        ("p", "**Förslag till beslut:** Individ- och familjenämnden beviljar Anders Holmström bistånd enligt 4 kap. 1 § SoL i form av behandling på "
              "Granlidens behandlingshem under perioden 2015-03-02 – 2015-06-26."),
        ("sig", ["Umeå 2015-02-20", "", "Maria Lindqvist", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Datum:", "2015-02-23"), ("Diarienummer:", dnr), ("Beslutet gäller:", "Anders Holmström, 19010412-2376")]),
        ("h", "Ansökan"),
        ("p", "Anders Holmström har 2015-01-19 ansökt om behandling för sitt alkoholmissbruk."),
        ("h", "Beslut"),
        ("p", "Individ- och familjenämnden beviljar bistånd i form av institutionsvård på Granlidens behandlingshem, Vindeln, "
              "under tiden 2015-03-02 – 2015-06-26."),
        ("p", "Egenavgift för uppehälle tas ut enligt nämndens riktlinjer (80 kr/dygn)."),
        ("h", "Lagrum"),
        ("p", "4 kap. 1 § socialtjänstlagen (SoL)."),
        ("h", "Motivering"),
        ("p", "Se utredning daterad 2015-02-20. Anders har inte kunnat bli nykter med stöd av öppenvård och bedöms genom behandlingen få en skälig levnadsnivå."),
        ("p", "Beslutet fattas med stöd av delegation (nämndens delegationsordning punkt 4.1.6)."),
        ("sig", ["Anna-Karin Wallin", "Enhetschef, Vuxenenheten"]),
        ("small", "Beslutet har meddelats Anders muntligen 2015-02-23 och skriftligen samma dag."),
    ]
    uppdrag = [
        ("right", ["2015-02-24", "Dnr " + dnr]),
        ("lines", ["Granlidens behandlingshem", "Att: Föreståndare Lars Edström", "Byvägen 8", "922 31 Vindeln"]),
        ("title", "Placeringsuppdrag"),
        ("p", "Angående: **Anders Holmström**, 19010412-2376"),
        ("p", "Individ- och familjenämnden i Umeå har 2015-02-23 beslutat om institutionsvård för Anders Holmström enligt 4 kap. 1 § SoL. "
              "Härmed ges Granlidens behandlingshem i uppdrag att ta emot Anders för behandling under tiden 2015-03-02 – 2015-06-26. "
              "Kopia på utredning och beslut bifogas."),
        ("h2", "Socialtjänstens bedömning"),
        ("p", "Anders har ett dagligt alkoholmissbruk sedan två år tillbaka och har två gånger avbrutit öppenvård efter återfall. "
              "Han behöver komma ifrån sin hemmiljö till en drogfri miljö med stöd dygnet runt för att bli nykter och få struktur i vardagen, "
              "få hjälp att förstå sina återfall samt få stöd att ordna upp sin boendesituation (hyresskuld) inför hemgång."),
        ("h2", "Uppdraget omfattar"),
        ("dashes", ["boende och behandling enligt tolvstegsmodellen, individuella samtal och grupp",
                    "återfallsprevention inför utskrivning",
                    "stöd till Anders att själv kontakta hyresvärden och budget- och skuldrådgivningen",
                    "nätverksarbete med sonen Johan om Anders önskar det",
                    "upprättande av genomförandeplan tillsammans med Anders och handläggaren inom två veckor efter inskrivning"]),
        ("p", "Mål, uppföljning och återrapportering framgår av bilaga 1, som är en del av uppdraget."),
        ("p", "Frågor om uppdraget besvaras av handläggaren nedan."),
        ("sig", ["Med vänlig hälsning", "", "Maria Lindqvist", "Socialsekreterare, Vuxenenheten",
                 "Tel. 070-174 06 12 · E-post maria.lindqvist@umea.se"]),
        ("small", "Skickas per post och e-post 2015-02-24. Bilaga 1: Uppdragets mål, uppföljning och återrapportering. Bilagor: utredning, beslut."),
        ("pagebreak",),
        ("h", "Bilaga 1 till placeringsuppdrag – Anders Holmström, dnr " + dnr),
        ("table", {"head": ["Del", "Innehåll"], "widths": [3.2, 10],
                   "rows": [["Mål för placeringen", "1. Anders är nykter under hela vistelsen (alkotest och provtagning enligt hemmets rutin).\n"
                                                     "2. Anders har vid utskrivning en skriftlig återfallsplan som han själv formulerat.\n"
                                                     "3. Anders har före 2015-06-26 gjort upp en avbetalning av hyresskulden så att han kan bo kvar."],
                            ["Uppföljning", "Halvtidsuppföljning på behandlingshemmet med Anders, kontaktperson och handläggare vecka 16. "
                                            "Behandlingskonferens inför utskrivning i juni. Behandlingshemmet ringer handläggaren vid avvikelse, "
                                            "avbrott eller återfall samma dag."],
                            ["Återrapportering vid avslut", "Skriftlig slutrapport senast två veckor efter utskrivning: hur målen uppnåtts, "
                                                             "provsvar, Anders egen bedömning av behandlingen, rekommendation om eftervård samt "
                                                             "datum och orsak om vistelsen avbryts i förtid."],
                            ["Ansvarig handläggare", "Maria Lindqvist, Vuxenenheten, Box 9021, 901 84 Umeå\n"
                                                     "070-174 06 12, maria.lindqvist@umea.se"]]}),
    ]
    overenskommelse = [
        ("title", "Överenskommelse"),
        ("p", "mellan Anders Holmström, Granlidens behandlingshem och Vuxenenheten i Umeå kommun"),
        ("kv", [("Upprättad:", "2015-03-05 på Granliden"), ("Närvarande:", "Anders Holmström, kontaktperson Eva Dahlberg (Granliden), Maria Lindqvist (socialsekreterare)"),
                ("Dnr:", dnr)]),
        ("h", "Det här vill jag uppnå"),
        ("p", "Jag vill bli nykter och kunna bo kvar i min lägenhet. Jag vill ha kontakt med min son igen."),
        ("h", "Så här gör vi"),
        ("numbered", ["Jag ska vara nykter under hela tiden på Granliden. Jag lämnar utandningsprov varje morgon och urinprov när personalen ber om det. "
                      "Eva följer upp proverna varje vecka.",
                      "Jag ska gå igenom steg 1–3 i programmet före 2015-04-14 och delta i alla gruppsamtal. Eva är min behandlare.",
                      "Jag ska skriva en egen återfallsplan tillsammans med Eva som ska vara klar 2015-06-12.",
                      "Jag ska ringa hyresvärden och budget- och skuldrådgivningen före 2015-03-31 och göra en avbetalningsplan. Eva hjälper mig att ringa.",
                      "Min kontaktperson på socialtjänsten, Maria, bjuder in Johan till ett nätverksmöte på Granliden om han vill, senast i maj."]),
        ("h", "Uppföljning"),
        ("p", "Vi träffas igen på Granliden vecka 16 (halvtidsuppföljning) och inför utskrivningen i juni. Maria ordnar tiderna."),
        ("sig", ["Anders Holmström ____________________", "", "Eva Dahlberg, Granliden ____________________", "",
                 "Maria Lindqvist, Vuxenenheten ____________________"]),
    ]
    jn = journal([
        ("2015-01-19", "ML", "Aktualisering", "Anders H. kom till receptionen och ville prata med någon om sitt drickande. Samtal kl. 10.30. Ansöker om behandling, vill till behandlingshem. Utredning inleds."),
        ("2015-01-28", "ML", "Samtal", "Samtal på kontoret. Samtycke till kontakt med Beroendecentrum och sonen undertecknat."),
        ("2015-02-04", "ML", "Samtal + AUDIT", "AUDIT 29 p. Anders nykter idag, uppger att han druckit igår kväll."),
        ("2015-02-11", "ML", "Hembesök", "Hembesök. Lägenheten stökig men ok. Anders har varit i kontakt med hyresvärden."),
        ("2015-02-20", "ML", "Utredning klar", "Utredningen kommunicerad med Anders som inte har något att tillägga."),
        ("2015-02-24", "ML", "Placeringsuppdrag skickat", "Placeringsuppdrag med bilaga, utredning och beslut skickat till Granlidens behandlingshem per post och e-post (lars.edstrom@granliden.se). Edström bekräftar mottagandet per telefon samma em."),
        ("2015-03-02", "ML", "Inskrivning", "Anders skjutsad till Granliden av personal. Inskriven kl. 13."),
        ("2015-03-05", "ML", "Överenskommelse", "Besök på Granliden. Överenskommelse upprättad med Anders och kontaktperson Eva D., se separat dokument."),
        ("2015-04-14", "ML", "Halvtidsuppföljning", "Vi sågs på HVB-hemmet, Anders, Eva D. och handl. Anders har varit nykter hela tiden, alla prover negativa. Han har gjort steg 1–3 och beskriver att han för första gången ser hur drickandet hängt ihop med skilsmässan. Avbetalningsplan med hyresvärden klar 2015-03-27 (1 500 kr/mån). Anders tycker att det är jobbigt i gruppen men vill stanna. Överenskommelsen gäller som den är, inga ändringar."),
        ("2015-05-20", "ML", "Tfn Granliden", "Eva D. ringer. Anders har träffat sonen Johan på Granliden 2015-05-16, gick bra enligt Eva."),
        ("2015-06-16", "ML", "Behandlingskonferens", "Behandlingskonferens på Granliden inför utskrivning. Mål 1 och 2 uppnådda, återfallsplanen klar. Anders vill fortsätta i öppenvård hemma och gå på AA. Överens om utskrivning 2015-06-26 enligt plan. Handl. anmäler Anders till Öppenvårdsenheten för eftervård."),
        ("2015-06-26", "ML", "Utskrivning", "Anders utskriven från Granliden enligt plan."),
        ("2015-07-03", "ML", "Slutrapport", "Slutrapport från Granliden inkommen, scannad till akten."),
        ("2015-08-20", "ML", "Utvärdering", "Utvärdering av placeringen med Anders på kontoret. Anders har varit nykter sedan utskrivningen enligt egen uppgift och provsvar från öppenvården. Han går i eftervårdsgrupp varje tisdag och på AA två ggr/vecka. Hyran betald och avbetalningen följs. Anders är nöjd med behandlingen. Insatsen på Granliden avslutad, eftervården fortsätter."),
    ], style="bold")
    aktual = [
        ("title", "Tjänsteanteckning"),
        ("kv", [("Datum:", "2015-01-19"), ("Ärende:", "Aktualisering – ansökan om behandling"), ("Gäller:", "Anders Holmström, 19010412-2376"),
                ("Mottagen av:", "Maria Lindqvist")]),
        ("p", "Anders Holmström kom till Vuxenenhetens reception i dag och bad att få prata med någon om sitt drickande. Han säger att han dricker varje dag "
              "och att han inte längre klarar sig själv. Han vill komma till ett behandlingshem ”någonstans där det inte finns krogar”. "
              "Han har inte druckit i dag men har skakningar."),
        ("p", "Anders ansöker muntligen om behandling. Han informeras om att en utredning inleds och att han kommer att kallas till samtal. "
              "Vid abstinens ska han söka Beroendecentrums akutmottagning; telefonnummer lämnat."),
        ("sig", ["Maria Lindqvist", "Socialsekreterare"]),
    ]
    return {
        "case_id": "umea_IFN-2015-231", "committee": "Umeå", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "aktualisering.pdf", "type": "aktualisering (tjänsteanteckning)", "producer": "ps", "blocks": aktual,
             "opts": {"family": "times", "header": ("Umeå kommun – Vuxenenheten", "Dnr " + dnr), "footer": ""}, "layout": "portrait, memo"},
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utredning, "opts": hs,
             "layout": "portrait, header/footer with page numbers, footnotes"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut, "opts": dict(hs, footer=""), "layout": "portrait, header"},
            {"file": "placeringsuppdrag.pdf", "type": "uppdragsbeskrivning (placeringsuppdrag, brev med bilaga)", "producer": "rl", "blocks": uppdrag,
             "opts": {"font": "Helvetica", "letterhead": LH, "header": ("Umeå kommun – Placeringsuppdrag", "Sida {n} av {N}"), "footer": ""},
             "layout": "portrait, letter with letterhead, table in attached form"},
            {"file": "overenskommelse.pdf", "type": "vårdplan (överenskommelse)", "producer": "odt", "blocks": overenskommelse,
             "opts": dict(hs, font="Liberation Sans"), "layout": "portrait, first-person numbered goals"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journalanteckningar – Anders Holmström")] + jn,
             "opts": {"family": "times", "header": ("Umeå kommun IFO – journal – Dnr " + dnr, "Utskrift 2015-09-28"), "footer": "Sida {n} ({N})"},
             "layout": "portrait, journal with header/footer"},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "Utredningens 'Överväganden och förslag' beskriver missbruk, misslyckad öppenvård, boende och nätverk och varför HVB med tolvsteg möter det; återges i placeringsuppdraget.",
                                     [("utredning.pdf", ["Socialsekreteraren anser att Anders i dag inte kan bryta", "långvarigt och nu dagligt alkoholmissbruk"]),
                                      ("placeringsuppdrag.pdf", ["Socialtjänstens bedömning"])]),
            "planning": crit("ja", "Överenskommelse (vårdplan) i jagform med daterade mål, vem som gör vad och när.",
                             [("overenskommelse.pdf", ["Jag ska gå igenom steg 1–3", "Jag ska skriva en egen återfallsplan"])]),
            "follow_up": crit("ja", "Halvtidsuppföljning 2015-04-14 ('vi sågs på HVB-hemmet'), behandlingskonferens 2015-06-16 och utvärdering 2015-08-20 med utfall i journalen.",
                              [("journal.pdf", ["Vi sågs på HVB-hemmet", "Behandlingskonferens på Granliden", "Utvärdering av placeringen"])]),
            "assignment_description": crit("ja", "Placeringsuppdrag (brev) med bedömning, innehåll; mål, uppföljning, återrapportering och kontaktuppgifter i bilaga 1; skickat 2015-02-24 (brev och journal).",
                                           [("placeringsuppdrag.pdf", ["Uppdraget omfattar", "Återrapportering vid avslut"]),
                                            ("journal.pdf", ["Placeringsuppdrag med bilaga"])], present="abcdefg"),
        },
    }


def case_u2():
    dnr = "IFN 2014/877"
    beslut = [
        ("right", ["Umeå 2014-11-18", "Dnr " + dnr]),
        ("title", "Beslut om bistånd"),
        ("kv", [("Sökande:", "Jenny Sandberg"), ("Ansökan inkom:", "2014-10-27"), ("Handläggare:", "Jonas Berglund")]),
        ("p", "Jenny Sandberg har ansökt om hjälp för sitt amfetaminmissbruk. Hon har tidigare varit i kontakt med Vuxenenheten 2012. "
              "Jenny har berättat att hon använt amfetamin i perioder sedan tonåren och att hon nu vill sluta för att kunna behålla sin praktikplats. "
              "Jenny bedöms vara i behov av öppenvård."),
        ("h", "Beslut"),
        ("p", "Individ- och familjenämnden beviljar Jenny Sandberg bistånd i form av öppenvård vid Öppenvårdsenheten Vuxen, "
              "återfallsprevention (ÅP) samt drogkontroller, under perioden 2014-11-24 – 2015-05-29."),
        ("p", "Lagrum: 4 kap. 1 § socialtjänstlagen."),
        ("sig", ["Jonas Berglund", "Socialsekreterare, beslut enligt delegation"]),
        ("small", "Beslutet kan inte överklagas eftersom det är ett bifall."),
    ]
    mejl = [
        ("lines", ["Från:     Berglund Jonas", "Skickat:  den 20 november 2014 09:14", "Till:     Öppenvårdsenheten Vuxen; Hedman Sofia",
                   "Ämne:     Uppdrag ÖV – Jenny S, dnr IFN 2014/877"]),
        ("hr",),
        ("p", "Hej Sofia!"),
        ("p", "Här kommer uppdraget för Jenny Sandberg som vi pratade om på måndagens ärendedragning. Beslut finns om ÖV 2014-11-24 -- 2015-05-29."),
        ("p", "Uppdraget: ÅP-programmet individuellt (12 ggr), drogkontroll (urinprov) 1 gång/vecka, stöd kring praktikplatsen vid behov. "
              "Jenny har tid hos dig 24/11 kl 13.00 enligt vad vi bokade."),
        ("p", "Målet är att Jenny ska vara drogfri och att hon ska kunna fortsätta praktiken på Second hand-butiken som hon vill. "
              "Delmål får ni gärna sätta ihop med henne i GFP:n."),
        ("p", "Uppföljning: trepartssamtal (Jenny, du och jag) efter ca 3 månader, jag kallar. Hör av dig direkt om hon uteblir två ggr i rad eller lämnar positivt prov."),
        ("p", "Tack!"),
        ("lines", ["Hälsningar", "Jonas Berglund", "Socialsekreterare", "Vuxenenheten, IFO Umeå kommun", "Tel 070-174 06 27",
                   "jonas.berglund@umea.se"]),
    ]
    gfp = [
        ("landscape_on",),
        ("title", "Genomförandeplan – Öppenvårdsenheten Vuxen"),
        ("kv", [("Namn:", "Jenny Sandberg"), ("Upprättad:", "2014-12-01, reviderad 2015-03-10"), ("Behandlare:", "Sofia Hedman, ÖV"),
                ("Uppdragsgivare:", "Jonas Berglund, Vuxenenheten (dnr IFN 2014/877)")]),
        ("table", {"head": ["Mål", "Delmål", "Hur", "Vem", "När"], "widths": [3.3, 4.2, 5, 2.6, 2.4], "width_cm": 24.5,
                   "rows": [["1. Jenny är drogfri", "1.1 Negativa urinprov varje vecka\n1.2 Jenny kan beskriva sina tre vanligaste risksituationer",
                             "Urinprov måndagar på ÖV.\nÅP-samtal 1 gång/vecka, modul 1–4 (beteendeanalys, riskkarta)", "Jenny, Sofia H.", "1.1 varje vecka t.o.m. 2015-05-29\n1.2 senast 2015-01-31"],
                            ["2. Jenny har en plan för hur hon hanterar sug och återfall", "2.1 Skriftlig återfallsplan\n2.2 Jenny har provat planen vid minst ett tillfälle och utvärderat den",
                             "ÅP modul 5–8\nHemuppgifter mellan samtalen", "Jenny, Sofia H.", "2.1 senast 2015-03-15\n2.2 senast 2015-04-30"],
                            ["3. Jenny har kvar sin praktikplats", "3.1 Närvaro minst 80 % på praktiken\n3.2 Trepartssamtal med handledaren",
                             "Jenny lämnar närvarolista till Sofia varannan vecka.\nSofia bokar möte med handledaren", "Jenny, Sofia H., handledare Per A.", "3.1 löpande\n3.2 i februari 2015"]]}),
        ("p", "Planen har gjorts tillsammans med Jenny och hon har fått en kopia. Planen följs upp vid trepartssamtal med socialsekreteraren."),
        ("sig", ["Jenny Sandberg ______________      Sofia Hedman ______________"]),
    ]
    utv = [
        ("title", "Utvärdering av öppenvårdsinsats"),
        ("kv", [("Klient:", "Jenny Sandberg"), ("Datum:", "2015-03-10"), ("Plats:", "Öppenvårdsenheten Vuxen, Umeå"),
                ("Närvarande:", "Jenny Sandberg, Sofia Hedman (behandlare ÖV), Jonas Berglund (socialsekreterare)")]),
        ("h", "Hur har det gått?"),
        ("p", "Jenny har kommit till 13 av 14 bokade samtal sedan 2014-12-01. Ett urinprov (2015-01-12) var positivt för amfetamin, övriga 14 prov har varit negativa. "
              "Jenny berättar själv om återfallet i januari efter en fest med gamla vänner och har i ÅP-samtalen arbetat med just den situationen."),
        ("p", "Delmål 1.2 är uppnått. Återfallsplanen (delmål 2.1) är nästan klar. Handledaren på praktiken har varit med på ett möte i februari och är nöjd med Jennys närvaro (ca 90 %)."),
        ("h", "Jennys egen uppfattning"),
        ("p", "Jenny tycker att samtalen hjälper och vill fortsätta. Hon tycker det är jobbigt med urinproverna men förstår varför."),
        ("h", "Överenskommelse"),
        ("bullets", ["ÖV fortsätter enligt genomförandeplanen, som revideras i dag (nytt datum för delmål 2.1: 2015-03-31).",
                     "Urinprov minskas till varannan vecka från april om proven fortsatt är negativa.",
                     "Nästa uppföljning i maj inför att beslutet löper ut."]),
        ("sig", ["Antecknat av Sofia Hedman, Öppenvårdsenheten Vuxen"]),
    ]
    jrows = [
        ("2014-10-27", "Ansökan", "Jenny ringde och ville ha hjälp, tid bokad 3/11.", "JB"),
        ("2014-11-03", "Besök", "Jenny på besök. Berättar att hon använt amfetamin i helgerna sedan i somras, nu även vardagar. Hon är rädd att förlora praktiken. Hon vill ha samtal, inte behandlingshem. ”Jag vill klara det här själv men med hjälp”.", "JB"),
        ("2014-11-18", "Beslut", "Beslut om ÖV fattat, se beslut.", "JB"),
        ("2014-11-20", "Uppdrag", "Uppdrag mejlat till ÖV, Sofia Hedman.", "JB"),
        ("2014-12-01", "Info ÖV", "Sofia H. ringer, GFP upprättad med Jenny idag.", "JB"),
        ("2015-03-10", "Utvärdering", "Utvärdering på ÖV, se separat dokument. Fortsätter enligt plan.", "JB"),
        ("2015-05-27", "Uppföljningssamtal", "Uppf.samtal på ÖV inför att beslutet går ut. Jenny har lämnat negativa prov sedan januari, återfallsplanen klar. Hon har fått anställning på halvtid hos praktikplatsen från juni. Jenny vill inte ha fortsatt ÖV men vill kunna ringa Sofia vid behov. Insatsen avslutas 2015-05-29 enl. beslut.", "JB"),
    ]
    jn = [("table", {"head": ["Datum", "Anteckning", "Sign"], "widths": [2.2, 11, 1.2],
                     "rows": [[d, "**%s**\n%s" % (t, x), sg] for d, t, x, sg in jrows]})]
    return {
        "case_id": "umea_IFN-2014-877", "committee": "Umeå", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut,
             "opts": {"font": "Liberation Serif", "header": ("Umeå kommun – Individ- och familjeomsorgen", ""), "footer": ""}, "layout": "portrait, letter"},
            {"file": "uppdrag_epost.pdf", "type": "uppdragsbeskrivning (e-post)", "producer": "ps", "blocks": mejl,
             "opts": {"family": "courier", "size": 10, "header": ("Utskrift: Outlook", ""), "footer": "Sida {n}"}, "layout": "portrait, printed e-mail"},
            {"file": "genomforandeplan.pdf", "type": "genomförandeplan", "producer": "odt", "blocks": gfp,
             "opts": {"font": "Liberation Sans", "header": ("Öppenvårdsenheten Vuxen, Umeå kommun", "Genomförandeplan"), "footer": "Sida {n} av {N}"},
             "layout": "landscape, table with multi-line cells, numbered goals with delmål"},
            {"file": "utvardering.pdf", "type": "uppföljning (utvärdering)", "producer": "rl", "blocks": utv,
             "opts": {"font": "Times-Roman", "size": 11, "header": ("Umeå kommun · Öppenvårdsenheten Vuxen", "Utvärdering 2015-03-10"), "footer": "Sida {n} av {N}"},
             "layout": "portrait, header/footer"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "rl", "blocks": [("title", "Journal – Jenny Sandberg, dnr " + dnr)] + jn,
             "opts": {"font": "Helvetica", "size": 9.5, "header": ("Vuxenenheten Umeå", "Journalutdrag"), "footer": "Sida {n} av {N}"},
             "layout": "portrait, journal as table with multi-line cells"},
        ],
        "criteria": {
            "needs_assessment": crit("delvis", "Endast slutsatsen 'Jenny bedöms vara i behov av öppenvård' i beslutet; ingen utredning eller motivering av behov och insats.",
                                     [("beslut.pdf", ["Jenny bedöms vara i behov av öppenvård"])]),
            "planning": crit("ja", "Genomförandeplan (liggande tabell) med mål, delmål, hur, vem och datum.",
                             [("genomforandeplan.pdf", ["Jenny är drogfri", "Skriftlig återfallsplan"])]),
            "follow_up": crit("ja", "Utvärdering 2015-03-10 med utfall per delmål och uppföljningssamtal 2015-05-27 i journalen.",
                              [("utvardering.pdf", ["Hur har det gått?", "Delmål 1.2 är uppnått"]), ("journal.pdf", ["Uppf.samtal på ÖV"])]),
            "assignment_description": crit("delvis", "Uppdraget mejlat 2014-11-20 med innehåll, mål, uppföljning och kontaktuppgifter, men utan nämndens bedömning av behov och utan vad ÖV ska återrapportera vid avslut.",
                                           [("uppdrag_epost.pdf", ["Uppdraget: ÅP-programmet", "Uppföljning: trepartssamtal"]), ("journal.pdf", ["Uppdrag mejlat till ÖV"])],
                                           present="bcdfg"),
        },
    }


def case_u3():
    dnr = "IFN 2015/412"
    hs = {"header": (O["head"], "Dnr " + dnr), "footer": "Sida {n} av {N}", "font": "Liberation Serif", "footer_left": "Utredning enligt SoL"}
    utredning = [
        ("title", "Utredning"),
        ("kv", [("Namn:", "Tomas Lundgren"), ("Personnummer:", "19020907-4418"), ("Ärende:", "Ansökan om behandlingshemsplacering"),
                ("Handläggare:", "Karin Öhman"), ("Tid för utredning:", "2015-03-31 – 2015-04-24")]),
        ("h", "Anledning till utredning"),
        ("p", "Tomas Lundgren vårdades på Beroendecentrums avdelning för avgiftning 2015-03-23 – 2015-03-30. Han ansökte 2015-03-30, "
              "i samband med samordnad utskrivning, om behandling på behandlingshem."),
        ("h", "Utredningens underlag"),
        ("bullets", ["samtal med Tomas 2015-03-31, 2015-04-08 och 2015-04-16",
                     "epikris från Beroendecentrum 2015-03-30 (inhämtad med samtycke)",
                     "telefonsamtal med Tomas mor Birgitta Lundgren 2015-04-10",
                     "AUDIT och DUDIT 2015-04-08"]),
        ("h", "Tomas situation"),
        ("p", "Tomas bor ensam i hyresrätt på Ersboda. Han har arbetat som undersköterska men är sedan november 2014 sjukskriven. "
              "Han berättar att han druckit alkohol i stora mängder sedan 2013, och att han sedan förra hösten också tagit bensodiazepiner "
              "som han köper utan recept för att kunna sova och dämpa ångest. Vid avgiftningen noterades kramprisk vid abstinens."),
        ("p", "AUDIT 31 poäng, DUDIT 14 poäng. Modern är orolig och uppger att Tomas isolerat sig sedan en separation 2013. "
              "Tomas har inga skulder utöver en mindre skatteskuld."),
        ("h", "Tomas önskemål"),
        ("p", "Tomas vill komma bort från Umeå en tid. Han säger att han inte litar på sig själv att inte köpa tabletter om han är hemma."),
        ("h", "Bedömning av hjälpbehov"),
        ("p", "Tomas har ett beroende av både alkohol och bensodiazepiner med hög risk för komplikationer vid abstinens. Han har isolerat sig, "
              "är sjukskriven och saknar i dag fungerande strategier för att hantera ångest och sömnsvårigheter utan droger. Hans hjälpbehov gäller "
              "därför dels att få en trygg och drogfri miljö under en längre period efter avgiftningen, dels behandling som riktar sig mot både "
              "beroendet och ångesten, dels stöd att åter närma sig arbetslivet."),
        ("p", "Öppenvård skulle innebära att Tomas bor kvar ensam med lätt tillgång till tabletter och alkohol direkt efter avgiftning, vilket "
              "vi bedömer inte räcker för att han ska bli drogfri. Solbackens behandlingshem har KBT-inriktad behandling för samsjuklighet, "
              "läkarkontakt och samarbetar med Försäkringskassan kring arbetslivsinriktad rehabilitering. En placering där under 16 veckor "
              "bedöms tillgodose Tomas hjälpbehov."),
        ("h", "Förslag"),
        ("p", "Tomas Lundgren beviljas institutionsvård enligt 4 kap. 1 § SoL på Solbackens behandlingshem 2015-05-11 – 2015-08-28."),
        ("sig", ["Karin Öhman", "Socialsekreterare", "2015-04-24"]),
    ]
    beslut = [
        ("title", "Beslut – bistånd enligt 4 kap. 1 § SoL"),
        ("kv", [("Namn:", "Tomas Lundgren, 19020907-4418"), ("Beslutsdatum:", "2015-04-28"), ("Dnr:", dnr)]),
        ("p", "Individ- och familjenämnden beviljar Tomas Lundgren institutionsvård på Solbackens behandlingshem, Robertsfors, "
              "under perioden 2015-05-11 – 2015-08-28, i enlighet med förslaget i utredning daterad 2015-04-24."),
        ("p", "Kostnad enligt avtal. Egenavgift enligt riktlinjer."),
        ("sig", ["Hans Brännström", "1:e socialsekreterare (delegation)"]),
    ]
    vb = [
        ("right", ["Umeå 2015-05-04", "Vår beteckning: " + dnr]),
        ("lines", ["Solbackens behandlingshem", "Intagningsansvarig Gunilla Holm", "Solbacksvägen 3", "915 31 Robertsfors"]),
        ("title", "Vårdbegäran"),
        ("kv", [("Klient:", "Tomas Lundgren, 19020907-4418"), ("Insats:", "Institutionsvård 4 kap. 1 § SoL, beslut 2015-04-28"),
                ("Period:", "2015-05-11 – 2015-08-28 (16 veckor)"), ("Inskrivning:", "måndag 2015-05-11 kl. 11.00")]),
        ("h2", "Socialtjänstens bedömning av hjälpbehovet"),
        ("p", "Tomas har ett beroende av alkohol och bensodiazepiner, är sjukskriven och isolerad. Han behöver en drogfri miljö under en längre period "
              "efter avgiftning, behandling mot både beroende och ångest samt stöd att närma sig arbete. Utredning och beslut bifogas."),
        ("h2", "Uppdraget"),
        ("p", "Solbacken uppdras att ge Tomas boende och KBT-inriktad behandling för beroende och ångest, läkarkontakt för medicinsk uppföljning, "
              "samt stöd i kontakten med Försäkringskassan och arbetsgivaren. Genomförandeplan upprättas inom tre veckor och skickas till handläggaren."),
        ("h2", "Mål"),
        ("numbered", ["Tomas är drogfri (alkohol och icke förskrivna läkemedel) under placeringen, kontrollerat med prover.",
                      "Tomas har lärt sig minst två sätt att hantera ångest och sömnproblem utan droger, beskrivna i genomförandeplanen.",
                      "Tomas har före utskrivning en plan för återgång i arbete gjord tillsammans med Försäkringskassan."]),
        ("h2", "Uppföljning"),
        ("p", "Handläggaren följer upp placeringen genom besök på Solbacken efter fyra veckor och vid behandlingskonferens två veckor före "
              "utskrivning. Solbacken kontaktar handläggaren samma dag vid avbrott eller allvarligt återfall."),
        ("h2", "Rapportering vid avslut"),
        ("p", "Solbacken skickar en slutrapport senast 14 dagar efter utskrivning med beskrivning av genomförd behandling, måluppfyllelse, "
              "provresultat och förslag på fortsatta insatser."),
        ("h2", "Kontaktuppgifter"),
        ("p", "Handläggare Karin Öhman, Vuxenenheten, tel. 070-174 06 33, karin.ohman@umea.se. Vid frånvaro: 1:e socialsekreterare Hans Brännström, 070-174 06 34."),
        ("sig", ["Karin Öhman", "Socialsekreterare"]),
        ("small", "Vårdbegäran skickad med post och som skannad bilaga i e-post till Solbacken 2015-05-04."),
    ]
    jn = journal([
        ("2015-03-30", "KÖ", "Ansökan", "Samordnad vårdplanering per telefon med Beroendecentrum avd. 4. Tomas ansöker om behandlingshem. Utredning inleds."),
        ("2015-03-31", "KÖ", "Samtal", "Första samtal. Samtycke till kontakt med mamma och BC. Tomas motiverad."),
        ("2015-04-08", "KÖ", "Samtal", "AUDIT 31, DUDIT 14. Tomas nykter sedan avgiftningen enl. egen uppgift."),
        ("2015-04-16", "KÖ", "Samtal", "Gått igenom alternativ. Tomas vill till Solbacken, har läst på deras hemsida."),
        ("2015-04-28", "KÖ", "Beslut", "Beslut om placering på Solbacken 2015-05-11 – 2015-08-28. Tomas informerad per telefon, glad."),
        ("2015-05-04", "KÖ", "Vårdbegäran", "Vårdbegäran med utredning och beslut skickad till Solbacken (post + e-post till Gunilla Holm). "
                                          "Vårdplan upprättas vid inskrivningen enl. Solbackens rutin. Resa bokad."),
        ("2015-05-07", "KÖ", "Tfn Tomas", "Tomas ringer och säger att han inte vill åka till Solbacken. Han har träffat en ny kvinna och fått erbjudande om "
                                        "timvikariat på ett äldreboende. Han säger att han inte druckit på fem veckor och att han klarar sig nu. Handl. "
                                        "försöker motivera, Tomas vill tänka till måndag."),
        ("2015-05-11", "KÖ", "Tfn Tomas", "Tomas bekräftar att han tackar nej till placeringen. Han vill inte heller ha öppenvård nu. Informerad om att han kan "
                                        "ansöka igen. Solbacken informerad kl. 09.10, platsen avbokad, ingen kostnad."),
        ("2015-05-12", "KÖ", "Avslut", "Insatsen avslutas innan den påbörjats, se avslutningsanteckning."),
    ], style="bold")
    avslut = [
        ("title", "Avslutningsanteckning"),
        ("kv", [("Klient:", "Tomas Lundgren"), ("Dnr:", dnr), ("Datum:", "2015-05-12")]),
        ("p", "Tomas Lundgren beviljades 2015-04-28 institutionsvård på Solbackens behandlingshem med start 2015-05-11. "
              "Tomas har 2015-05-11 meddelat att han avstår från placeringen. Han har aldrig skrivits in på Solbacken. "
              "Beslutet har därmed inte verkställts och ärendet avslutas på Tomas egen begäran."),
        ("p", "Tomas har erbjudits kontakt med Öppenvårdsenheten men avböjer. Han vet hur han når Vuxenenheten. Mamman har, med Tomas samtycke, informerats."),
        ("sig", ["Karin Öhman", "Socialsekreterare"]),
    ]
    return {
        "case_id": "umea_IFN-2015-412", "committee": "Umeå", "dnr": dnr, "scenario": "declined",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utredning, "opts": hs},
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut, "opts": dict(hs, footer_left="Beslut")},
            {"file": "vardbegaran.pdf", "type": "uppdragsbeskrivning (vårdbegäran, brev)", "producer": "rl", "blocks": vb,
             "opts": {"font": "Times-Roman", "size": 11, "letterhead": LH, "header": ("Vårdbegäran – Tomas Lundgren", "Sida {n} av {N}"), "footer": ""},
             "layout": "portrait, letter with letterhead"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journalanteckningar")] + jn,
             "opts": {"family": "helvetica", "size": 10, "header": ("Umeå kommun, Vuxenenheten – Tomas Lundgren", "Dnr " + dnr), "footer": "Sida {n} av {N}"},
             "layout": "portrait, journal, header/footer"},
            {"file": "avslut.pdf", "type": "avslutningsanteckning", "producer": "odt", "blocks": avslut, "opts": dict(hs, footer="", footer_left="")},
        ],
        "assemble": [{"file": "utredning_och_beslut.pdf", "type": "utredning + beslut (sammanfogade)", "parts": ["utredning.pdf", "beslut.pdf"],
                      "layout": "portrait, header/footer with page numbers, assembled with pdfunite"}],
        "order": ["utredning_och_beslut.pdf", "vardbegaran.pdf", "journal.pdf", "avslut.pdf"],
        "criteria": {
            "needs_assessment": crit("ja", "'Bedömning av hjälpbehov' anger beroende, ångest, isolering och varför HVB i stället för öppenvård; sammanfattas i vårdbegäran.",
                                     [("utredning_och_beslut.pdf", ["Bedömning av hjälpbehov", "bedömer inte räcker för att han ska bli drogfri"]),
                                      ("vardbegaran.pdf", ["bedömning av hjälpbehovet"])]),
            "planning": crit("ej_tillämpligt", "Tomas tackade nej till placeringen innan inskrivning; ingen plan kunde upprättas."),
            "follow_up": crit("ej_tillämpligt", "Insatsen påbörjades aldrig (Tomas avstod före start)."),
            "assignment_description": crit("ja", "Vårdbegäran 2015-05-04 med bedömning, uppdrag, mål, uppföljning, slutrapport, kontaktuppgifter och avsändningsdatum (även i journal).",
                                           [("vardbegaran.pdf", ["Uppdraget", "Rapportering vid avslut", "Vårdbegäran skickad med post"]),
                                            ("journal.pdf", ["Vårdbegäran med utredning och beslut skickad"])], present="abcdefg"),
        },
    }


def case_u4():
    dnr = "IFN 2015/655"
    utr = [
        ("title", "UTREDNING"),
        ("kv", [("Gäller:", "Linda Karlsson"), ("Dnr:", dnr), ("Handläggare:", "Jonas Berglund"), ("Inledd:", "2015-06-23"), ("Klar:", "2015-08-14")]),
        ("h", "Bakgrund till ansökan"),
        ("p", "Linda Karlsson kontaktade Vuxenenheten 2015-06-22. Hennes arbetsgivare har efter en incident på arbetsplatsen krävt att hon söker "
              "hjälp för sitt drickande. Linda ansöker om öppenvård."),
        ("h", "Situation"),
        ("p", "Linda är sambo och har två barn, 9 och 12 år. Hon arbetar som ekonomiassistent. Hon dricker vin de flesta kvällar, oftast "
              "en flaska, och mer på helger. Hon har vid två tillfällen kommit bakfull till arbetet och en gång luktat alkohol. Sambon har "
              "bekräftat bilden och säger att det har blivit bråk hemma om drickandet. AUDIT 2015-06-30: 21 poäng. PEth-prov taget via "
              "företagshälsovården var förhöjt (0,62 µmol/l)."),
        ("p", "Barnens situation har uppmärksammats. Linda och sambon är överens om att barnen inte ser henne berusad. Någon anmälan om oro för barnen "
              "har inte gjorts. Familjen har erbjudits kontakt med Barn- och familjeenheten men avböjt."),
        ("h", "Lindas uppfattning"),
        ("p", "Linda har själv börjat förstå att vinet blivit ett problem och vill ”dra ner”. Hon vill inte vara borta från jobbet och barnen och önskar "
              "samtal på kvällstid eller tidig morgon."),
        ("h", "Socialsekreterarens synpunkter"),
        ("p", "Linda har ett riskbruk som håller på att övergå i beroende: hon dricker nästan dagligen, har börjat få konsekvenser i arbetet och "
              "det skapar konflikter i familjen. Hon har fortfarande arbete, bostad och en familj som stöttar, och hon är motiverad att ändra sina "
              "vanor. Det Linda saknar är verktyg för att bryta vanan att dricka på kvällarna och stöd att stå emot när hon är stressad."),
        ("p", "CRA (Community Reinforcement Approach) i kommunens öppenvård passar Linda: metoden bygger på att stärka det som fungerar i hennes liv, "
              "sambon kan delta, och samtalen kan ges på tider som gör att hon kan behålla sitt arbete. Vi anser inte att en mer ingripande insats "
              "är motiverad. Frivilliga provtagningar med PEth ger Linda och arbetsgivaren ett sätt att se att förändringen håller."),
        ("h", "Förslag till beslut"),
        ("p", "Linda Karlsson beviljas öppenvård (CRA) vid Öppenvårdsenheten Vuxen under sex månader från 2015-08-31."),
        ("sig", ["Jonas Berglund, socialsekreterare", "Umeå 2015-08-14"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Linda Karlsson"), ("Dnr:", dnr), ("Datum:", "2015-08-19")]),
        ("p", "Individ- och familjenämnden beviljar Linda Karlsson bistånd enligt 4 kap. 1 § SoL i form av öppenvård (CRA) vid Öppenvårdsenheten Vuxen "
              "under sex månader räknat från 2015-08-31."),
        ("p", "Skäl: se utredning daterad 2015-08-14."),
        ("sig", ["Hans Brännström", "1:e socialsekreterare, delegationsbeslut"]),
    ]
    mejl = [
        ("table", {"noborder": True, "widths": [2.2, 12], "rows": [["**Från:**", "Berglund Jonas <jonas.berglund@umea.se>"],
                                                                  ["**Skickat:**", "den 25 augusti 2015 14:02"],
                                                                  ["**Till:**", "Forsberg Mikael <mikael.forsberg@umea.se>"],
                                                                  ["**Kopia:**", "Öppenvårdsenheten Vuxen"],
                                                                  ["**Ämne:**", "Uppdrag CRA – Linda Karlsson (IFN 2015/655)"]]}),
        ("p", "Hej Mikael,"),
        ("p", "här kommer uppdraget för Linda Karlsson, beslut om öppenvård (CRA) fattat 2015-08-19, sex månader från 2015-08-31. Utredning och beslut ligger som bilagor."),
        ("p", "**Socialsekreterarens synpunkter i korthet:** Linda dricker vin nästan varje kväll och det har börjat påverka arbetet och familjen. Hon har jobb, "
              "bostad och en sambo som stöttar och är motiverad. Hon saknar strategier för att bryta kvällsdrickandet och hantera stress. CRA valdes för att "
              "bygga på det som fungerar och kunna involvera sambon, på tider som gör att hon kan jobba."),
        ("p", "**Uppdraget omfattar:** CRA-samtal en gång per vecka (gärna kl. 07.30 eller efter 16), 2–3 samtal där sambon deltar, PEth-prov en gång i månaden. "
              "Genomförandeplan upprättas med Linda inom tre veckor och skickas till mig."),
        ("p", "**Mål:** Linda dricker inte alkohol på vardagar och högst 3 glas vid ett tillfälle på helger; PEth under 0,3 inom tre månader."),
        ("p", "**Uppföljning:** trepartssamtal Linda/du/jag efter ca 10 veckor, sedan inför att beslutet går ut. Ring mig om hon uteblir två gånger i rad."),
        ("p", "**Vid avslut:** skriftlig sammanfattning till mig med antal samtal, provsvar, hur målen har nåtts och om Linda behöver något mer."),
        ("p", "Tack på förhand!"),
        ("lines", ["Jonas Berglund", "Socialsekreterare, Vuxenenheten", "Individ- och familjeomsorgen, Umeå kommun", "Mobil: 070-174 06 27"]),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("kv", [("Namn:", "Linda Karlsson"), ("Insats:", "CRA, Öppenvårdsenheten Vuxen"), ("Upprättad:", "2015-09-14"),
                ("Deltagare:", "Linda Karlsson, Mikael Forsberg (behandlare)")]),
        ("h", "Mål 1: Linda dricker inte på vardagar"),
        ("bullets", ["Delmål 1a: Linda har en kvällsrutin utan vin (promenad, träning med kollegan) fyra vardagar per vecka fr.o.m. vecka 39. Ansvar: Linda. Mikael följer upp i varje samtal.",
                     "Delmål 1b: Linda för dryckesdagbok varje dag. Ansvar: Linda, genomgång med Mikael varje torsdag kl. 07.30.",
                     "Delmål 1c: Sambon Erik deltar i samtal 2015-09-24 och vecka 43 om hur han kan stötta. Ansvar: Mikael bokar."]),
        ("h", "Mål 2: Linda hanterar stress utan alkohol"),
        ("bullets", ["Delmål 2a: Linda har tränat problemlösning (CRA modul 4) och vägran-träning (modul 5) t.o.m. vecka 44. Ansvar: Mikael.",
                     "Delmål 2b: PEth-prov vecka 37, 41 och 45 på vårdcentralen. Ansvar: Linda tar proven, Mikael skickar remiss."]),
        ("p", "Planen följs upp vid varje samtal och revideras vid trepartssamtalet med socialsekreteraren."),
        ("sig", ["Linda Karlsson                    Mikael Forsberg"]),
    ]
    jn = journal([
        ("2015-06-22", "JB", "Aktualisering", "Linda ringde, ansöker om öppenvård. Tid 23/6."),
        ("2015-06-23", "JB", "Samtal", "Första samtal. Utredning inleds. Samtycke till företagshälsovården och sambon."),
        ("2015-06-30", "JB", "Samtal", "AUDIT 21p. Gått igenom öppenvårdens utbud. Linda intresserad av CRA."),
        ("2015-08-12", "JB", "Samtal", "Efter semestern. Linda har druckit mindre i juli enl. egen uppg. Vill fortf. ha hjälp."),
        ("2015-08-19", "JB", "Beslut", "Beslut ÖV/CRA."),
        ("2015-08-25", "JB", "Uppdrag", "Uppdrag mejlat till Mikael Forsberg, ÖV. Bekräftat per mejl 26/8."),
        ("2015-08-31", "JB", "Start", "Mikael F. meddelar att Linda kommit till första samtalet."),
        ("2015-09-14", "JB", "GFP", "GFP inkommen från ÖV, scannad."),
        ("2015-09-22", "JB", "Planering", "Uppföljning planeras till november (trepartssamtal v. 47), kallelse skickas i oktober."),
    ], style="plain")
    return {
        "case_id": "umea_IFN-2015-655", "committee": "Umeå", "dnr": dnr, "scenario": "recent",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "header": (O["head"], dnr), "footer": "{n} ({N})"}, "layout": "portrait, header/footer"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("UMEÅ KOMMUN  Individ- och familjenämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "uppdrag_mejl.pdf", "type": "uppdragsbeskrivning (e-post)", "producer": "odt", "blocks": mejl,
             "opts": {"font": "Liberation Sans", "size": 10, "header": ("Jonas Berglund", ""), "footer": "1"}, "layout": "portrait, printed e-mail"},
            {"file": "genomforandeplan.pdf", "type": "genomförandeplan", "producer": "rl", "blocks": gfp,
             "opts": {"font": "Helvetica", "header": ("Öppenvårdsenheten Vuxen – Umeå kommun", "GFP Linda Karlsson"), "footer": "Sida {n} av {N}"},
             "layout": "portrait, bullet list goals with delmål"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal Linda Karlsson " + dnr)] + jn,
             "opts": {"family": "courier", "size": 9.5, "header": ("Vuxenenheten Umeå", "Sida {n}"), "footer": ""}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "'Socialsekreterarens synpunkter' beskriver drickandet, följderna, resurserna och vad Linda saknar, och varför CRA i öppenvård passar (ordet 'behov' används inte).",
                                     [("utredning.pdf", ["Linda har ett riskbruk som håller på att övergå", "CRA (Community Reinforcement Approach) i kommunens öppenvård passar Linda"]),
                                      ("uppdrag_mejl.pdf", ["Socialsekreterarens synpunkter i korthet"])]),
            "planning": crit("ja", "Genomförandeplan 2015-09-14 med mål och delmål, ansvar och veckor/datum.",
                             [("genomforandeplan.pdf", ["Delmål 1a", "Delmål 2b"])]),
            "follow_up": crit("ej_tillämpligt", "Insatsen startade 2015-08-31; första uppföljningen planeras till november, efter granskningsdagen."),
            "assignment_description": crit("ja", "Uppdraget som e-post 2015-08-25 med synpunkter/bedömning, innehåll, mål, uppföljning, avslutsrapport och kontaktuppgifter.",
                                           [("uppdrag_mejl.pdf", ["Uppdraget omfattar:", "Vid avslut:"]), ("journal.pdf", ["Uppdrag mejlat till Mikael Forsberg"])],
                                           present="abcdefg"),
        },
    }


CASES = [case_u1, case_u2, case_u3, case_u4]
