"""Cases 6-13 (Ludvika, Mora, Sandviken, Hofors, Bollnäs)."""
from common import FOOT, HEAD, journal_table, pnr

C = []

# ---------------------------------------------------------------- 6 Ludvika, HVB, all ja; Analys without 'bedömning'; scanned signed VP
P6 = pnr(1902, 1, 9, "774")
C.append(dict(
    kommun="Ludvika", dnr="IFO 2014/0355", header=HEAD["Ludvika"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning - ansökan om behandlingshem"),
            ("kv", [("Klient", "Tommy Lindgren, " + P6), ("Dnr", "IFO 2014/0355"), ("Handläggare", "Anneli Berglund")]),
            ("h2", "Bakgrund"),
            ("ul", ["Vårdats enl LVM 2013 (Runnagården), utskriven 131120. Återfall jan -14",
                    "Alkohol + tablettmissbruk (Tramadol), AUDIT 30, DUDIT 14",
                    "Bor i andrahand hos kompis i Grängesberg, boendet upphör 141001",
                    "Psykiatrin: depression, SSRI. SIP upprättad 140811 (psyk, vc, IFO)"]),
            ("h2", "Analys"),
            ("p", "Tommy har ett alkohol- och tablettberoende som inte gått att bryta i öppenvård under våren (avbröt ÅP efter 3 ggr). "
                  "Han saknar eget boende och nyktert nätverk, och depressionen förvärras vid återfall. Han behöver en längre period "
                  "i drogfri miljö med behandling för både beroende och depression (integrerad behandling), och att boendet löses till utskrivningen. "
                  "Nämnden anser därför att placering på HVB med KBT-inriktad behandling och psykiatrisk kompetens (HVB Solbacken) "
                  "i 4 mån är den insats som svarar mot behoven; frivillig vård är möjlig då han själv ansöker, varför LVM inte är aktuellt nu."),
            ("h2", "Förslag till beslut"),
            ("p", "HVB Solbacken 4:1 SoL 2014-09-22 -- 2015-01-22."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "BESLUT"),
            ("p", "Tommy Lindgren " + P6 + " beviljas bistånd i form av behandling på HVB Solbacken 2014-09-22 -- 2015-01-22 enligt 4 kap. 1 § SoL. Beslutsdatum 2014-09-15. Beslutande: Anneli Berglund enl. delegation."),
        ]),
        dict(name="vardplan", type="vårdplan", title="Vårdplan (underskriven, skannad)", scan=True, blocks=[
            ("h1", "VÅRDPLAN"),
            ("kv", [("Klient", "Tommy Lindgren " + P6), ("Upprättad", "2014-09-22 vid inskrivning på HVB Solbacken"), ("Närvarande", "Tommy, Anneli Berglund (IFO), Mats Ek (kontaktperson HVB)")]),
            ("table", [["Mål", "Vad görs", "Vem", "När klart"],
                       ["Drogfri under placeringen", "Prov 2 ggr/v, KBT-ÅP 2 ggr/v", "HVB / Tommy", "2015-01-22"],
                       ["Mindre depressiva symtom (MADRS < 15)", "Psykiaterkontakt via HVB, medicinuppföljning", "HVB sjuksköt. + psyk", "Skattning 2014-12-01"],
                       ["Eget boende vid utskrivning", "Ansökan bostad Ludvikahem, ev. träningslgh", "Anneli B", "2015-01-15"],
                       ["Eftervård", "ÅP-grupp öppenvården Ludvika + AA", "Anneli B + Tommy", "Start 2015-01-26"]]),
            ("p", "Uppföljning: möte på HVB i november samt vid utskrivning."),
            ("p", "Underskrifter:"),
            ("sig", "Tommy Lindgren"),
            ("sig", "Anneli Berglund, socialsekreterare"),
            ("noise",),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdragsbeskrivning", engine="lo", blocks=[
            ("h1", "Uppdragsbeskrivning vid placering"),
            ("kv", [("Utförare", "HVB Solbacken"), ("Klient", "Tommy Lindgren " + P6), ("Överlämnad", "Överlämnad till HVB vid inskrivningsmöte 2014-09-22 (A. Berglund)")]),
            ("h2", "Nämndens bedömning"),
            ("p", "Alkohol- och tablettberoende, ej brutet i öppenvård. Saknar boende och nyktert nätverk. Depression som förvärras vid återfall. Behöver integrerad behandling för beroende och depression i drogfri miljö samt planerat boende."),
            ("h2", "Uppdrag"), ("ul", ["KBT-inriktad ÅP", "Psykiatrisk uppföljning/medicinering", "Drogtester", "Delta i SIP och utskrivningsplanering"]),
            ("h2", "Mål"), ("p", "Enl vårdplan 2014-09-22: drogfrihet, MADRS < 15, boende klart 150115, eftervård start 150126."),
            ("h2", "Uppföljning"), ("p", "Möte på HVB i nov (handl. kallar) + utskrivningsmöte."),
            ("h2", "Rapportering"), ("p", "Månadsrapport + skriftlig slutrapport vid utskrivning. Avvikelser rapporteras direkt."),
            ("h2", "Handläggare"), ("p", "Anneli Berglund, 0240-86 13 27, anneli.berglund@ludvika.example.se"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal"),
            journal_table([
                ("140915", "AB", "Beslut HVB Solbacken."),
                ("140922", "AB", "Inskrivning Solbacken. VP upprättad och undertecknad, uppdragsbeskr. lämnad till HVB."),
                ("141105", "AB", "Trepartssamtal på Solbacken m Tommy o Mats Ek. Alla prover neg. MADRS 18 (fr 29). "
                                 "Ansökan Ludvikahem inskickad, kö. Tommy vill stanna hela perioden. Konstaterat att VP följs; "
                                 "boendefrågan prioriteras dec."),
                ("150120", "AB", "Utskrivningsmöte. Träningslgh fr 150122. Eftervård ÅP-grupp start 150126."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "uppdrag", "journal"]), ("vardplan_signerad.pdf", ["vardplan"])],
    crit=dict(
        needs_assessment=dict(label="ja", variant="analys_heading", why="Section 'Analys' (no word bedömning) sets out needs and why HVB with integrated treatment meets them.",
                              ev=[("utredning", "Nämnden anser därför"), ("uppdrag", "Nämndens bedömning")]),
        planning=dict(label="ja", why="Signed vårdplan 2014-09-22 (scanned page, no text layer) with goals, what, who, dates.", ev=[("vardplan", "VÅRDPLAN")]),
        follow_up=dict(label="ja", variant="trepartssamtal", why="Journal 141105 trepartssamtal at the HVB with outcome (tests, MADRS, housing).", ev=[("journal", "Trepartssamtal på Solbacken")]),
        assignment_description=dict(label="ja", present="abcdefg", why="Uppdragsbeskrivning holds all parts and records handover at the intake meeting 2014-09-22.",
                                    ev=[("uppdrag", "Uppdragsbeskrivning vid placering")]),
    )))

# ---------------------------------------------------------------- 7 Mora, PL delvis (vague), FU delvis (no outcome), NA in beslut motivering
P7 = pnr(1901, 5, 5, "209")
C.append(dict(
    kommun="Mora", dnr="SN 2015/0064", header=HEAD["Mora"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning (kort)", blocks=[
            ("h1", "Utredning SoL - förenklad"),
            ("kv", [("Klient", "Eva Nilsson, " + P7), ("Dnr", "SN 2015/0064"), ("Handl", "Olle Myhr")]),
            ("ul", ["Ansökan 150209 om samtalsstöd alkohol", "AUDIT 20, inga andra droger", "Arbetar som undersköterska, heltid",
                    "Ensamstående, son 17 år bor hos henne", "Dricker ensam på kvällar, ca 4-5 kv/v"]),
            ("p", "Se beslut för motivering."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut med motivering", engine="lo", blocks=[
            ("h1", "Beslut enligt 4 kap 1 § SoL"),
            ("kv", [("Klient", "Eva Nilsson " + P7), ("Beslutsdatum", "2015-03-04"), ("Insats", "Öppenvård Beroendeenheten Mora, KBT-samtal")]),
            ("h2", "Motivering"),
            ("p", "Eva har ett skadligt bruk av alkohol (AUDIT 20) som påverkar hennes sömn, arbetsförmåga och relationen till sonen. "
                  "Hon behöver lära sig andra sätt att hantera stress och ensamhet än alkohol och få stöd att minska och sluta dricka på kvällarna. "
                  "Då hon har arbete och bostad och själv vill förändra bedöms individuella KBT-samtal i öppenvård (ca 10 ggr) vara rätt nivå "
                  "och tillräckligt för att möta behovet."),
            ("p", "Giltigt 2015-03-09 -- 2015-07-31."),
            ("sig", "Olle Myhr, socialsekreterare"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", blocks=[
            ("h1", "Genomförandeplan"),
            ("p", "Beroendeenheten Mora   Klient: Eva N."),
            ("h2", "Mål"),
            ("ul", ["Må bättre", "Minska drickandet", "Få bättre relation med sonen"]),
            ("h2", "Insats"),
            ("p", "KBT-samtal. Ev. anhörigsamtal."),
            ("h2", "Uppföljning"),
            ("p", "Efter en tid."),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journalanteckningar SN 2015/0064"),
            journal_table([
                ("150209", "OM", "Ansökan. Utredning inleds."),
                ("150304", "OM", "Beslut KBT-samtal BE."),
                ("150305", "OM", "Uppdrag mejlat till BE, se mejl."),
                ("150316", "OM", "GFP från BE inkommen."),
                ("150609", "OM", "Uppf. av GFP genomförd m klient o beh. på BE."),
                ("150803", "OM", "Insatsen avslutad enl beslut. Ärendet avslutas."),
            ]),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Olle Myhr <olle.myhr@mora.example.se>", "skickat": "torsdag 5 mars 2015 14:12", "till": "Beroendeenheten Mora <beroende@mora.example.se>",
                      "amne": "Uppdrag - EN 010505 KBT"}),
            ("p", "Hej,"),
            ("p", "Uppdrag till BE enligt beslut 2015-03-04 för Eva N."),
            ("p", "1. Bedömning: skadligt bruk alkohol (AUDIT 20) med påverkan på sömn, arbete och relation till son. Behöver andra strategier för stress/ensamhet och stöd att sluta dricka kvällstid. KBT i öppenvård bedöms tillräckligt (arbete, bostad, egen motivation)."),
            ("p", "2. Uppdraget: individuella KBT-samtal ca 10 ggr, 1 ggr/v, ev 1-2 anhörigsamtal m sonen."),
            ("p", "3. Mål: alkoholfri vardagar senast maj 2015 (dagbok), AUDIT < 8 vid avslut 2015-07-31."),
            ("p", "4. Uppföljning: gemensamt möte ca 3 mån efter start."),
            ("p", "5. Återrapport: skriftlig sammanfattning vid avslut med AUDIT, närvaro, måluppfyllelse."),
            ("p", "6. Handläggare: Olle Myhr, Vuxenteamet, 0250-261 44, olle.myhr@mora.example.se"),
            ("p", "Hälsningar Olle"),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "gfp", "journal"]), ("uppdrag_mejl_150305.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="ja", variant="beslut_motivering", why="Motivering in the beslut gives needs and why KBT in outpatient care meets them; also in the assignment.",
                              ev=[("beslut", "Motivering"), ("uppdrag", "1. Bedömning")]),
        planning=dict(label="delvis", variant="vague_goals", why="GFP exists but goals are vague ('Må bättre'), undated, no who/when, undated plan.", ev=[("gfp", "Må bättre")]),
        follow_up=dict(label="delvis", variant="no_outcome", why="Journal 150609 only says the GFP follow-up was done; no outcome recorded.", ev=[("journal", "Uppf. av GFP genomförd")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-03-05 numbered 1-6 covers a-f; sent date in header and journal 150305.",
                                    ev=[("uppdrag", "2. Uppdraget"), ("journal", "Uppdrag mejlat till BE")]),
    )))

# ---------------------------------------------------------------- 8 Mora, recent: FU not yet due
P8 = pnr(1900, 7, 21, "046")
C.append(dict(
    kommun="Mora", dnr="SN 2015/0140", header=HEAD["Mora"], footer=FOOT, scenario="recent",
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="chrome", blocks=[
            ("h1", "Utredning vuxen - missbruk"),
            ("kv", [("Klient", "Stefan Ohlsson " + P8), ("Dnr", "SN 2015/0140"), ("Handläggare", "Linnea Gustafsson")]),
            ("h2", "Underlag"), ("ul", ["Samtal 150714, 150728, 150805", "ASI 150728", "AUDIT 24, DUDIT 6", "Kontakt frivården Falun"]),
            ("h2", "Situation"),
            ("ul", ["38 år, sambo, arbetslös sedan feb", "Alkohol helger + cannabis ibland", "Villkorlig dom m särskild föreskrift om behandling"]),
            ("h2", "Bedömning"),
            ("p", "Stefan har ett skadligt bruk av alkohol och sporadiskt cannabisbruk som lett till brott och arbetslöshet. "
                  "Han behöver strukturerad återfallsprevention och stöd till sysselsättning. Han har boende och sambo som stöd. "
                  "Nämnden bedömer att ÅP-grupp (12 ggr) vid Beroendeenheten jämte MI-samtal svarar mot behovet och uppfyller föreskriften."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "2015-08-19. Stefan Ohlsson " + P8 + ". Bistånd 4:1 SoL: öppenvård Beroendeenheten Mora (ÅP-grupp 12 ggr + MI-samtal) 2015-09-01 -- 2016-02-29."),
            ("sig", "Linnea Gustafsson"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdragsbeskrivning (formulär)", blocks=[
            ("h1", "UPPDRAGSBESKRIVNING - ÖPPENVÅRD"),
            ("p", "Till: Beroendeenheten Mora     Från: Vuxenteamet     Dnr SN 2015/0140"),
            ("check", [(True, "Öppenvård"), (False, "HVB"), (False, "Familjehem"), (True, "Beslut bifogas")]),
            ("kv", [("Nämndens bedömning av behov", "Skadligt bruk alkohol, sporadiskt cannabis, lett till brott o arbetslöshet. Behöver strukturerad ÅP + stöd till sysselsättning. Har boende/sambo."),
                    ("Uppdraget omfattar", "ÅP-grupp 12 ggr, MI-samtal 1 ggr/2 v, drogtester enl frivårdens föreskrift, upprätta GFP"),
                    ("Mål", "Nykter/drogfri (neg prov) fr.o.m. okt 2015; fullföljd ÅP-grupp senast 2015-12-15; inskriven Arbetsförmedlingen/AME senast 2015-11-30"),
                    ("Uppföljning", "Trepartsmöte 2015-11-17, därefter vid avslut"),
                    ("Återrapportering", "Skriftlig rapport vid avslut/avbrott; närvaro och provsvar månadsvis"),
                    ("Handläggare", "Linnea Gustafsson, 0250-262 18, linnea.gustafsson@mora.example.se"),
                    ("Överlämnad", "2015-08-20 via säker e-post, kvitterad av BE 2015-08-20")]),
        ]),
        dict(name="gfp", type="genomförandeplan", title="GFP", blocks=[
            ("h1", "GFP - Beroendeenheten Mora"),
            ("p", "Stefan O.  Datum 2015-09-08  Behandlare: Hans Dahlin"),
            ("table", [["Mål", "Delmål", "Hur", "Vem", "När"],
                       ["Drogfri", "Neg prov varje vecka", "Urinprov må", "Stefan/Hans D", "fr 2015-10-01"],
                       ["Klara ÅP", "Närvaro 11/12", "ÅP-grupp ons 13-15", "Hans D", "2015-09-02 -- 2015-12-15"],
                       ["Sysselsättning", "Inskriven AF/AME", "Möte m AF", "Stefan + Linnea G", "2015-11-30"]],
             [0.16, 0.22, 0.22, 0.2, 0.2]),
            ("p", "Första uppföljning: 2015-11-17 (trepartsmöte)."),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal"),
            journal_table([
                ("150819", "LG", "Beslut."),
                ("150820", "LG", "Uppdragsbeskr skickad BE, kvitterad."),
                ("150902", "LG", "Start ÅP-grupp enl BE."),
                ("150908", "LG", "GFP klar."),
                ("150924", "LG", "Ny adress registrerad (Stefan flyttat inom Mora). BE informerad."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("uppdragsbeskrivning.pdf", ["uppdrag"]), ("gfp_BE.pdf", ["gfp"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning in the utredning describes needs and why ÅP + MI meets them.", ev=[("utredning", "Nämnden bedömer att ÅP-grupp"), ("uppdrag", "Skadligt bruk alkohol")]),
        planning=dict(label="ja", why="GFP 2015-09-08 table with goals, delmål, how, who and dates.", ev=[("gfp", "Delmål")]),
        follow_up=dict(label="ej_tillämpligt", reason="recent", why="Started 2015-09-01; first follow-up planned 2015-11-17, after the review date.", ev=[("gfp", "Första uppföljning")]),
        assignment_description=dict(label="ja", present="abcdefg", why="Form with all fields a-f and 'Överlämnad 2015-08-20'.", ev=[("uppdrag", "UPPDRAGSBESKRIVNING")]),
    )))

# ---------------------------------------------------------------- 9 Sandviken, NA nej (empty heading + instrument only), AD nej (oral)
P9 = pnr(1902, 10, 3, "651")
C.append(dict(
    kommun="Sandviken", dnr="SN 2015/0022", header=HEAD["Sandviken"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning - Vuxenteamet"),
            ("kv", [("Klient", "Patrik Åberg, " + P9), ("Dnr", "SN 2015/0022"), ("Handläggare", "Camilla Ström")]),
            ("h2", "Ärendets aktualisering"), ("p", "Egen ansökan 150108 om öppenvård, remitterad fr beroendemottagningen Gävle."),
            ("h2", "Uppgifter"),
            ("ul", ["31 år, bor ensam i Sandviken centrum", "Alkohol o amfetamin", "AUDIT: 18. Enligt AUDIT bedöms riskbruk/skadligt bruk.",
                    "DUDIT: 22. DUDIT-manualen: trolig beroendeproblematik.", "Tidigare LVM-utredning 2012 nedlagd", "Arbetslös, aktivitetsstöd"]),
            ("h2", "Sökandens önskemål"), ("p", "'Jag behöver hjälp att sluta, vill gå på Beroendeenheten som förra gången.'"),
            ("h2", "Bedömning"),
            ("p", "-"),
            ("h2", "Förslag"), ("p", "Öppenvård Beroendeenheten Sandviken enl 4:1 SoL."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", engine="lo", blocks=[
            ("h1", "Beslut"),
            ("kv", [("Klient", "Patrik Åberg"), ("Datum", "2015-02-02"), ("Beslut", "Bistånd 4:1 SoL, öppenvård Beroendeenheten 2015-02-09 -- 2015-08-09"), ("Beslutsfattare", "Camilla Ström, soc.sekr.")]),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", engine="chrome", blocks=[
            ("h1", "Genomförandeplan BE Sandviken"),
            ("kv", [("Klient", "Patrik Å"), ("Datum", "2015-02-17"), ("Kontaktperson", "Elin Sjögren, behandlare")]),
            ("h2", "Mål och delmål"),
            ("ol" if False else "ul", ["Amfetaminfri: negativa urinprov fr.o.m. 2015-03-15 (prov 2 ggr/v, Elin S)",
                                       "Alkohol: max 1 tillfälle/v, PEth < 0,3 senast 2015-05-01 (Patrik, prov vc)",
                                       "ÅP-grupp 10 ggr tisdagar feb-apr (Elin S)",
                                       "SIP m psykiatrin ang sömn/ångest senast 2015-03-31 (Camilla S kallar)"]),
            ("p", "Uppföljning av GFP: 2015-05-12."),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal SN 2015/0022"),
            journal_table([
                ("150108", "CS", "Ansökan inkom."),
                ("150202", "CS", "Beslut öppenvård."),
                ("150203", "CS", "Ringt BE, Elin S. Gett muntligt uppdrag: ÅP + prover. Skriftligt uppdrag ej skickat."),
                ("150217", "CS", "GFP klar på BE."),
                ("150512", "CS", "Uppföljning GFP på BE (Patrik, Elin S, CS). Amf-prov neg sedan 150311, ett pos i april. PEth 0,21. "
                                 "ÅP 9/10. SIP hölls 150326. Patrik vill fortsätta enskilda samtal. Fortsatt insats t.o.m. 150809."),
            ]),
        ]),
    ],
    crit=dict(
        needs_assessment=dict(label="nej", variant="empty_heading", why="Bedömning heading holds only '-'; only AUDIT/DUDIT instrument 'bedöms' lines and the client's own wish; the beslut has no reasons.",
                              ev=[], distractors=[("utredning", "Enligt AUDIT bedöms", "instrument_assessment")]),
        planning=dict(label="ja", why="GFP 2015-02-17 with specific dated goals and who.", ev=[("gfp", "Mål och delmål")]),
        follow_up=dict(label="ja", why="Journal 150512 follow-up at BE with outcome per goal.", ev=[("journal", "Uppföljning GFP på BE")]),
        assignment_description=dict(label="nej", present="", variant="oral", why="Journal 150203: assignment given orally by phone, no written assignment.",
                                    ev=[], distractors=[("journal", "Gett muntligt uppdrag", "oral")]),
    )))

# ---------------------------------------------------------------- 10 Sandviken, PL nej, FU nej (cancelled), AD ja
P10 = pnr(1901, 12, 14, "398")
C.append(dict(
    kommun="Sandviken", dnr="SN 2015/0179", header=HEAD["Sandviken"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="lo", blocks=[
            ("h1", "UTREDNING 11 kap 1 § SoL"),
            ("kv", [("Klient", "Hanna Björk, " + P10), ("Dnr", "SN 2015/0179"), ("Handläggare", "Johan Falk")]),
            ("h2", "Bakgrund"),
            ("ul", ["27 år, ensamstående mamma till son 4 år (placerad hos mormor sedan mars, BoU-ärende)",
                    "Bensodiazepiner + alkohol, DUDIT 25, AUDIT 16", "Hyresskuld, vräkningshot", "Vill få tillbaka sonen"]),
            ("h2", "Bedömning"),
            ("p", "Hanna har ett beroende av bensodiazepiner och riskbruk av alkohol. Hon behöver behandling för att bli drogfri, "
                  "nedtrappning under läkarkontroll, och stöd att ordna ekonomi och boende för att kunna vara förälder igen. "
                  "Hon har ett starkt motiv (sonen) och boende kvar. Nämnden bedömer att öppenvård vid Beroendeenheten med KBT-samtal, "
                  "drogtester och samverkan med beroendemottagningen (nedtrappning) svarar mot behoven. Samordning med BoU via SIP."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "Beslutsdatum 2015-05-05. Hanna Björk beviljas öppenvård BE Sandviken 4:1 SoL, 2015-05-11 -- 2015-11-11."),
            ("sig", "Johan Falk"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Johan Falk", "skickat": "den 6 maj 2015 10:30", "till": "Beroendeenheten Sandviken; Lisa Holmgren", "amne": "Uppdrag HB 011214"}),
            ("p", "Hej Lisa!"),
            ("ul", ["Bedömning: bensoberoende + riskbruk alkohol; behöver bli drogfri med nedtrappning under läk.kontroll + stöd ekonomi/boende för att kunna vara förälder. Öppenvård bedöms räcka (boende, stark motivation).",
                    "Uppdrag: KBT-samtal 1 ggr/v, urinprov 1 ggr/v, samverkan beroendemott. (nedtrappning), delta i SIP m BoU.",
                    "Mål: bensofri enl prov senast 2015-08-31; inga alkoholtillfällen vid umgänge m sonen; GFP inom 2 v.",
                    "Uppföljning: uppföljningsmöte efter 3 mån (aug).",
                    "Återrapport: provsvar mån.vis, slutrapport vid avslut.",
                    "Handl: Johan Falk 026-24 13 55, johan.falk@sandviken.example.se"]),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", font="Courier", blocks=[
            ("h1", "JOURNAL SN 2015/0179"),
            ("pre", "2015-05-05 JF  Beslut öppenvård BE.\n"
                    "2015-05-06 JF  Uppdrag mejlat till Lisa H, BE. Svar: mottaget.\n"
                    "2015-05-20 JF  Lisa H: GFP ska upprättas av BE när Hanna kommit igång,\n"
                    "               hon har missat 2 av 3 tider.\n"
                    "2015-06-03 JF  Planerat hembesök, Hanna ej hemma.\n"
                    "2015-06-15 JF  Hanna på besök. Hjälpt henne m avbetalningsplan m\n"
                    "               hyresvärden (Sandvikenhus), 1 500 kr/mån fr juli.\n"
                    "2015-08-12 JF  Uppföljningsmöte bokat på BE idag - inställt, Hanna sjuk.\n"
                    "               Ny tid ej bokad.\n"
                    "2015-09-10 JF  Försökt nå Hanna per tfn, ej svar."),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("uppdrag_mejl.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning gives needs (drug-free, tapering, economy/housing, parenthood) and why outpatient care meets them.",
                              ev=[("utredning", "Nämnden bedömer att öppenvård"), ("uppdrag", "Bedömning: bensoberoende")]),
        planning=dict(label="nej", variant="plan_word", why="No GFP in the file; journal only says one will be made; 'planerat hembesök' and 'avbetalningsplan' are unrelated.",
                      ev=[], distractors=[("journal", "GFP ska upprättas", "planned"), ("journal", "avbetalningsplan", "plan_word")]),
        follow_up=dict(label="nej", variant="cancelled", why="Follow-up meeting booked 2015-08-12 was cancelled and not rebooked; only planned in the assignment.",
                       ev=[], distractors=[("journal", "inställt", "cancelled")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-05-06 with assessment, content, goals, follow-up, report-back, officer; sent date and journal record handover.",
                                    ev=[("uppdrag", "Uppdrag: KBT-samtal"), ("journal", "Uppdrag mejlat till Lisa H")]),
    )))
