"""Cases 11-20 (Hofors, Bollnäs, Hudiksvall, Söderhamn, Ovanåker)."""
from common import FOOT, HEAD, journal_table, pnr

C = []

# ---------------------------------------------------------------- 11 Hofors, all ja, faxed beslut, Överenskommelse
P11 = pnr(1900, 4, 28, "152")
C.append(dict(
    kommun="Hofors", dnr="IFO 2015/0045", header=HEAD["Hofors"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning missbruk - vuxen"),
            ("kv", [("Klient", "Daniel Wikström, " + P11), ("Dnr", "IFO 2015/0045"), ("Handl", "Petra Lundh")]),
            ("ul", ["Aktualiserad via polisanmälan (ringa narkotikabrott) 150112 + egen ansökan 150119",
                    "Amfetamin i perioder sedan 2010, senaste 6 mån dagl. DUDIT 34",
                    "Bor i lgh Hofors centrum, arbetslös, skulder", "Flickvän drogfri, stöttar", "Psykisk ohälsa: oro, sömnproblem, ej utrett"]),
            ("h2", "Bedömning"),
            ("p", "Daniel har ett amfetaminberoende med dagligt bruk och behöver behandling för att bli drogfri, strukturerad vardag "
                  "och stöd kring sömn/oro (vc). Han har eget boende och en drogfri partner som är skyddsfaktorer och har inte tidigare "
                  "prövat behandling, därför bedöms öppenvård tillräcklig: MI + KBT-baserad ÅP (individuell) 1-2 ggr/v med drogtester "
                  "vid Öppenvården Hofors, i 6 mån."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut (fax)", scan=True, font="Times-Roman", blocks=[
            ("fax", "FAX  2015-02-24 15:48  HOFORS KOMMUN IFO  -> OPPENVARDEN HOFORS   SID 01"),
            ("h1", "Beslut"),
            ("p", "Daniel Wikström " + P11 + " beviljas bistånd enligt 4 kap 1 § SoL i form av öppenvård vid Öppenvården Hofors 2015-03-02 -- 2015-08-31."),
            ("p", "Beslutsdatum 2015-02-23."),
            ("sig", "Petra Lundh, socialsekreterare"),
            ("noise",),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Petra Lundh", "skickat": "den 24 februari 2015 15:51", "till": "Öppenvården Hofors; Niklas Berg", "amne": "Uppdrag DW (faxat beslut)"}),
            ("p", "Hej Niklas! Beslutet har jag faxat. Uppdraget:"),
            ("ul", ["Vår bedömning: amfetaminberoende, dagl bruk. Behöver bli drogfri, struktur i vardagen, stöd sömn/oro via vc. Eget boende + drogfri partner + ej prövat beh. tidigare => öppenvård.",
                    "Uppdrag: MI + individuell KBT/ÅP 1-2 ggr/v, urinprov 2 ggr/v, GFP/Överenskommelse inom 2 v.",
                    "Mål: drogfri enl prov fr.o.m. 2015-04-01; daglig struktur (sysselsättning AME) fr.o.m. 2015-05-01.",
                    "Uppföljning: trepartsmöte efter 3 mån.",
                    "Återrapport: provsvar varje mån, slutrapport vid avslut.",
                    "Handläggare: Petra Lundh, 0290-290 44, petra.lundh@hofors.example.se"]),
        ]),
        dict(name="overenskommelse", type="genomförandeplan", title="Överenskommelse", blocks=[
            ("h1", "Överenskommelse"),
            ("p", "mellan Daniel Wikström och Öppenvården Hofors, 2015-03-09"),
            ("two", [[("h2", "Det här ska vi uppnå"),
                      ("ul", ["Drogfri - neg. urinprov fr.o.m. 2015-04-01", "Sova minst 6 h/natt (sömndagbok) senast 2015-05-01", "Sysselsättning AME fr.o.m. 2015-05-01"])],
                     [("h2", "Så här gör vi / vem / när"),
                      ("ul", ["ÅP-samtal tis + tors kl 10 - Niklas B", "Urinprov mån + tors - Daniel", "Vc-besök sömn v. 12 - Daniel bokar",
                              "AME-möte april - Petra L ordnar"])]]),
            ("p", "Vi följer upp överenskommelsen vid trepartsmöte i juni."),
            ("sig", "Daniel Wikström"),
            ("sig", "Niklas Berg, behandlare"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal IFO 2015/0045"),
            journal_table([
                ("150223", "PL", "Beslut öppenvård."),
                ("150224", "PL", "Beslut faxat o uppdrag mejlat till Öppenvården Hofors (Niklas B)."),
                ("150309", "PL", "Överenskommelse upprättad på ÖV."),
                ("150609", "PL", "Trepartsmöte (uppföljning) Daniel, Niklas B, PL: 2 pos prover i mars, neg sedan 150402. "
                                 "Sover bättre efter vc-kontakt. På AME sedan 150504, 3 dgr/v. Målen uppnådda i huvudsak, fortsätter t.o.m. aug."),
                ("150901", "PL", "Slutrapport ÖV inkommen. Avslut."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "overenskommelse", "journal"]), ("uppdrag_mejl.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning describes the needs and why outpatient MI/ÅP meets them.", ev=[("utredning", "bedöms öppenvård tillräcklig"), ("uppdrag", "Vår bedömning")]),
        planning=dict(label="ja", variant="overenskommelse", why="Two-column 'Överenskommelse' 2015-03-09 with dated goals and who/when.", ev=[("overenskommelse", "Det här ska vi uppnå")]),
        follow_up=dict(label="ja", why="Journal 150609 trepartsmöte with outcome.", ev=[("journal", "Trepartsmöte (uppföljning)")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-02-24 with all elements; sent date in header and journal.", ev=[("uppdrag", "Återrapport"), ("journal", "uppdrag mejlat till Öppenvården")]),
    )))

# ---------------------------------------------------------------- 12 Hofors, HVB declined before admission, NA delvis, AD delvis (a,d,e)
P12 = pnr(1902, 3, 3, "286")
C.append(dict(
    kommun="Hofors", dnr="IFO 2014/0290", header=HEAD["Hofors"], footer=FOOT, scenario="declined",
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="lo", blocks=[
            ("h1", "Utredning"),
            ("kv", [("Klient", "Lars-Göran Sjödin, " + P12), ("Dnr", "IFO 2014/0290"), ("Handläggare", "Ulf Hedberg")]),
            ("ul", ["Ansökan HVB 141015", "Alkohol, AUDIT 33", "Tidigare HVB 2011 (Vägen ut), avbrott", "Bor i Torsåker, ensam"]),
            ("h2", "Bedömning"),
            ("p", "L-G bedöms vara i behov av vård på HVB."),
            ("h2", "Förslag"), ("p", "HVB 12-steg, 3 mån."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "2014-11-20. Lars-Göran Sjödin " + P12 + " beviljas HVB-vård (12-steg) vid Rosendalsgården 2014-12-01 -- 2015-02-28 enl 4:1 SoL."),
            ("sig", "Ulf Hedberg"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdragsbeskrivning", blocks=[
            ("h1", "Uppdragsbeskrivning HVB"),
            ("kv", [("Till", "Rosendalsgården"), ("Klient", "Lars-Göran Sjödin"), ("Skickad", "2014-11-21 per post + tfn till föreståndaren")]),
            ("h2", "Uppdraget"), ("p", "12-stegsbehandling 3 mån fr 2014-12-01. Drogtester."),
            ("h2", "Mål"), ("p", "Genomföra steg 1-5 och vara nykter vid utskrivning 2015-02-28."),
            ("h2", "Kontakt"), ("p", "Ulf Hedberg, Vuxenteamet Hofors, 0290-290 51, ulf.hedberg@hofors.example.se"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal"),
            journal_table([
                ("141015", "UH", "Ansökan HVB."),
                ("141120", "UH", "Beslut HVB Rosendalsgården."),
                ("141121", "UH", "Uppdragsbeskr. skickad till Rosendalsgården."),
                ("141128", "UH", "L-G ringer, har ångrat sig. Vill inte åka till HVB, tackar nej till placeringen. Inskrivningen 141201 avbokad. "
                                 "Erbjuden öppenvård - avböjer just nu."),
                ("141210", "UH", "Ärendet avslutas. Placeringen påbörjades aldrig."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("uppdrag_hvb.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="delvis", variant="conclusion_only", why="Bedömning only states the conclusion that he needs HVB; no needs or reasons.", ev=[("utredning", "bedöms vara i behov av vård på HVB")]),
        planning=dict(label="ej_tillämpligt", reason="declined", why="Client declined 141128 before admission; placement never started.", ev=[("journal", "tackar nej till placeringen")]),
        follow_up=dict(label="ej_tillämpligt", reason="declined", why="Placement never started.", ev=[("journal", "tackar nej till placeringen")]),
        assignment_description=dict(label="delvis", present="bcfg", why="Uppdragsbeskrivning has content, goal, officer contact and send date, but no assessment of needs, no follow-up and no report-back.",
                                    ev=[("uppdrag", "Uppdragsbeskrivning HVB")]),
    )))

# ---------------------------------------------------------------- 13 Bollnäs, Mål och delmål landscape table, FU delvis (undated document)
P13 = pnr(1901, 9, 19, "503")
C.append(dict(
    kommun="Bollnäs", dnr="SN 2015/0098", header=HEAD["Bollnäs"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="chrome", blocks=[
            ("h1", "Utredning - Vuxenteamet Bollnäs"),
            ("kv", [("Klient", "Sofia Engström, " + P13), ("Dnr", "SN 2015/0098"), ("Handläggare", "Karin Olofsson")]),
            ("h2", "Underlag"), ("ul", ["ASI-grund 150305", "AUDIT 25", "Samtal 150226, 150305, 150312", "Läkarintyg psykiatrin (bipolär typ 2, stabil)"]),
            ("h2", "Bedömning"),
            ("p", "Sofia har ett alkoholberoende som förvärras vid hennes bipolära svängningar. Hon behöver behandling där beroendet "
                  "och den psykiska sjukdomen hanteras samordnat, ÅP-verktyg, och en SIP mellan psykiatrin och socialtjänsten. "
                  "Hon bor med sambo och arbetar deltid, vilket gör att öppenvård bedöms möta behovet: KBT-baserad ÅP-grupp "
                  "(Beroendeenheten) + samordnad vård via SIP."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut 4 kap 1 § SoL"),
            ("p", "Sofia Engström beviljas öppenvård (ÅP-grupp, KBT) Beroendeenheten Bollnäs 2015-04-07 -- 2015-09-30. Beslutsdatum 2015-03-25."),
            ("sig", "Karin Olofsson"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", blocks=[
            ("mail", {"fran": "Karin Olofsson", "skickat": "den 26 mars 2015 09:14", "till": "BE Bollnäs; Anders Wahlström", "amne": "Nytt uppdrag SE 010919"}),
            ("p", "Hej Anders, uppdrag enligt beslut 150325:"),
            ("ul", ["Behov/bedömning: alkoholberoende som förvärras vid bipolära svängningar; behöver samordnad behandling beroende/psykiatri, ÅP-verktyg, SIP. Öppenvård räcker (sambo, arbete deltid).",
                    "Insats: ÅP-grupp 12 ggr + 3 enskilda samtal, delta i SIP.",
                    "Mål: alkoholfri 3 mån i följd före 150930; genomförd ÅP-grupp; SIP upprättad senast 150430.",
                    "Uppföljning: uppföljningsmöte i juni m Sofia, BE och handl.",
                    "Återrapport: slutrapport m måluppfyllelse vid avslut, avbrott direkt.",
                    "Handl: Karin Olofsson, 0278-251 77, karin.olofsson@bollnas.example.se"]),
        ]),
        dict(name="malplan", type="genomförandeplan", title="Mål och delmål", landscape=True, engine="lo", blocks=[
            ("h1", "Mål och delmål - Beroendeenheten Bollnäs"),
            ("p", "Klient: Sofia E.   Upprättad: 2015-04-14   Deltagare: Sofia, Anders Wahlström (BE), Karin Olofsson (VT)"),
            ("table", [["Mål", "Delmål", "Aktivitet", "Ansvarig", "Datum", "Uppföljning"],
                       ["Alkoholfri", "Inga återfall 3 mån i följd", "ÅP-grupp tors 13-15, PEth varannan v", "Sofia / Anders W", "2015-04-16 -- 2015-09-30", "Juni + avslut"],
                       ["Stabil psykisk hälsa", "Inga inläggningar; läkemedel enl ordination", "Kontakt psykiatrin, SIP", "Karin O kallar SIP", "SIP senast 2015-04-30", "Juni"],
                       ["Hantera risksituationer", "Egen återfallsplan klar", "Enskilda samtal x 3", "Anders W", "Senast 2015-06-15", "Juni"]]),
        ]),
        dict(name="uppfoljning", type="uppföljning", title="Uppföljning", blocks=[
            ("h1", "Uppföljning - Mål och delmål"),
            ("p", "Klient: Sofia E.   Närvarande: Sofia, Anders W (BE), Karin O"),
            ("ul", ["Alkoholfri: ett återfall (midsommar), i övrigt PEth neg - delvis uppnått",
                    "SIP upprättad m psykiatrin, fungerar. Inga inläggningar - uppnått",
                    "Återfallsplan klar, Sofia använder den - uppnått",
                    "ÅP-grupp 10/12"]),
            ("p", "Överens om att fortsätta enl planen till slutdatum."),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal"),
            journal_table([
                ("150325", "KO", "Beslut."),
                ("150326", "KO", "Uppdrag mejlat BE."),
                ("150414", "KO", "Mål och delmål upprättade på BE."),
                ("150428", "KO", "SIP-möte psykiatrin."),
                ("150903", "KO", "Anders W meddelar tid för avslutssamtal 150930."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "uppdrag", "journal"]), ("mal_och_delmal.pdf", ["malplan"]), ("uppfoljning.pdf", ["uppfoljning"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning in the utredning states needs (dependence + bipolar, ÅP, SIP) and why outpatient care meets them.",
                              ev=[("utredning", "öppenvård bedöms möta behovet"), ("uppdrag", "Behov/bedömning")]),
        planning=dict(label="ja", variant="mal_och_delmal_table", why="Landscape 'Mål och delmål' table 2015-04-14 with goals, activities, responsible and dates.", ev=[("malplan", "Delmål")]),
        follow_up=dict(label="delvis", variant="undated_document", why="Follow-up document with outcome per goal, but no date anywhere and no journal entry for the meeting.", ev=[("uppfoljning", "Uppföljning - Mål och delmål")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-03-26 with assessment, content, goals, follow-up, report-back, officer; sent date + journal.",
                                    ev=[("uppdrag", "Återrapport"), ("journal", "Uppdrag mejlat BE")]),
    )))

# ---------------------------------------------------------------- 14 Bollnäs, NA nej (no reasons, own words), AD delvis (a,f missing)
P14 = pnr(1900, 12, 1, "621")
C.append(dict(
    kommun="Bollnäs", dnr="SN 2015/0231", header=HEAD["Bollnäs"], footer=FOOT,
    docs=[
        dict(name="ansokan", type="ansökan", title="Ansökan", blocks=[
            ("h1", "Ansökan om bistånd"),
            ("kv", [("Namn", "Kent Holmberg " + P14), ("Datum", "2015-04-20")]),
            ("p", "Vad söker du? 'Behandling för mitt drickande. Jag behöver hjälp, har druckit varje dag sen jag blev av med jobbet och frun hotar att gå.'"),
            ("sig", "Kent Holmberg"),
        ]),
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning"),
            ("kv", [("Klient", "Kent Holmberg"), ("Dnr", "SN 2015/0231"), ("Handläggare", "Jenny Hallberg")]),
            ("ul", ["AUDIT 29 (150504)", "DUDIT 0", "Gift, 2 vuxna barn", "Uppsagd från sågverket jan -15, a-kassa", "Dricker sprit dagl."]),
            ("h2", "Bedömning"),
            ("p", "[Skriv bedömning här]"),
            ("h2", "Förslag"), ("p", "Öppenvård BE Bollnäs."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "Kent Holmberg beviljas öppenvård vid Beroendeenheten Bollnäs enl 4 kap 1 § SoL 2015-06-01 -- 2015-11-30. Beslutsdatum 2015-05-27."),
            ("sig", "Jenny Hallberg"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Vuxenteamet Bollnäs (funktionsbrevlåda)", "skickat": "den 28 maj 2015 16:02", "till": "BE Bollnäs", "amne": "Uppdrag KH 001201"}),
            ("p", "Uppdrag: KBT-samtal + ÅP-grupp, Antabus via vc. Start 150601."),
            ("p", "Mål: nykter (PEth neg) senast 2015-08-15, aktivt arbetssökande via AF."),
            ("p", "Uppföljning: möte efter 3 mån (aug/sept) m klient, BE, handläggare."),
            ("p", "Återrapport: slutrapport vid avslut."),
            ("p", "/Vuxenteamet"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", engine="lo", blocks=[
            ("h1", "Genomförandeplan"),
            ("kv", [("Klient", "Kent H"), ("Datum", "2015-06-08"), ("Behandlare", "Anders Wahlström")]),
            ("table", [["Mål", "Hur", "Vem", "När"],
                       ["Nykter, PEth neg", "Antabus 3 ggr/v via vc, PEth 1 ggr/mån", "Kent, vc", "senast 2015-08-15"],
                       ["ÅP", "ÅP-grupp 10 ggr", "Anders W", "2015-06-04 -- 2015-08-27"],
                       ["Arbetssökande", "Inskrivning AF, 2 ansökningar/v", "Kent", "fr 2015-07-01"]]),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal SN 2015/0231"),
            journal_table([
                ("150420", "JH", "Ansökan."), ("150527", "JH", "Beslut."), ("150528", "JH", "Uppdrag skickat via funktionsbrevlådan."),
                ("150608", "JH", "GFP klar."),
                ("150902", "JH", "Uppföljningsmöte BE: PEth neg juli o aug, ÅP 9/10, söker jobb aktivt, intervju Bollnäs Energi. Frun med på mötet, positiv. Fortsätter enl beslut."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["ansokan", "utredning", "beslut", "gfp", "journal"]), ("uppdrag.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="nej", variant="placeholder", why="Bedömning holds only a template placeholder; only the client's own application and AUDIT score; beslut has no reasons.",
                              ev=[], distractors=[("utredning", "[Skriv bedömning här]", "empty_heading"), ("ansokan", "Jag behöver hjälp", "own_application")]),
        planning=dict(label="ja", why="GFP 2015-06-08 table with goals, how, who, when.", ev=[("gfp", "Genomförandeplan")]),
        follow_up=dict(label="ja", why="Journal 150902 follow-up meeting with outcome.", ev=[("journal", "Uppföljningsmöte BE")]),
        assignment_description=dict(label="delvis", present="bcdeg", why="E-mail 2015-05-28 has content, goals, follow-up, report-back and sent date, but no needs assessment and no named officer/contact (sent from a function mailbox).",
                                    ev=[("uppdrag", "Uppdrag: KBT-samtal")]),
    )))

# ---------------------------------------------------------------- 15 Hudiksvall, all ja, scanned signed Överenskommelse landscape
P15 = pnr(1902, 7, 7, "835")
C.append(dict(
    kommun="Hudiksvall", dnr="SOC 2015/0110", header=HEAD["Hudiksvall"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="lo", blocks=[
            ("h1", "Utredning enligt 11 kap. 1 § SoL"),
            ("kv", [("Klient", "Fredrik Lund, " + P15), ("Dnr", "SOC 2015/0110"), ("Handläggare", "Malin Jonsson, Vuxenteamet")]),
            ("h2", "Underlag"), ("ul", ["ASI 150312", "AUDIT 12, DUDIT 27", "Samtal x 3", "Kontakt frivården Hudiksvall"]),
            ("h2", "Situation"), ("ul", ["22 år, bor hos pappa", "Cannabis dagl., spice periodvis", "Avbruten gymnasieutb.", "Kontraktsvård aktuellt via frivården"]),
            ("h2", "Bedömning"),
            ("p", "Fredrik har ett cannabisberoende och saknar sysselsättning och struktur. Han behöver regelbundna samtal med fokus på motivation "
                  "och återfallsprevention, drogtester som yttre stöd och hjälp att återuppta studier. Han bor hos sin pappa som stöttar. "
                  "Nämnden bedömer att öppenvård vid Beroendeenheten, Cannabisprogrammet (CPU, 12 ggr) + MI-samtal, "
                  "möter behoven och kan utgöra kontraktsvård."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "Beslutsdatum 2015-03-30. Fredrik Lund " + P15 + ": öppenvård BE Hudiksvall (CPU + MI) 2015-04-06 -- 2015-10-06, 4:1 SoL."),
            ("sig", "Malin Jonsson"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-posttråd", engine="chrome", blocks=[
            ("mail", {"fran": "Karl Nyström (BE)", "skickat": "den 1 april 2015 08:03", "till": "Malin Jonsson", "amne": "SV: Uppdrag FL 020707 CPU"}),
            ("p", "Mottaget, Fredrik börjar CPU 7/4. /Kalle"),
            ("hr",),
            ("mail", {"fran": "Malin Jonsson", "skickat": "den 31 mars 2015 13:37", "till": "Karl Nyström (BE)", "amne": "Uppdrag FL 020707 CPU"}),
            ("p", "Hej Kalle!"),
            ("ul", ["Nämndens bedömning: cannabisberoende, saknar sysselsättning/struktur. Behöver MI + ÅP, drogtester, stöd att återuppta studier. Bor hos pappa (stöd). Öppenvård/CPU räcker, kontraktsvård.",
                    "Uppdraget: CPU 12 ggr + MI-samtal, urinprov 1 ggr/v, rapport till frivården enl kontrakt.",
                    "Mål: drogfri (neg prov) fr.o.m. 2015-05-15; ansökt till Komvux ht-15 senast 2015-06-15.",
                    "Uppföljning: uppföljningsmöte efter 3 mån (juli), därefter vid avslut.",
                    "Återrapportering: skriftligt vid avslut + direkt vid avbrott/pos prov till mig och frivården.",
                    "Ansvarig handläggare: Malin Jonsson, 0650-193 40, malin.jonsson@hudiksvall.example.se"]),
        ]),
        dict(name="overenskommelse", type="genomförandeplan", title="Överenskommelse (underskriven, skannad)", landscape=True, scan=True, blocks=[
            ("h1", "ÖVERENSKOMMELSE / GENOMFÖRANDEPLAN - BE Hudiksvall"),
            ("p", "Fredrik Lund    Datum: 2015-04-14    Behandlare: Karl Nyström"),
            ("table", [["Mål", "Delmål", "Insats", "Ansvar", "Tid"],
                       ["Drogfri", "Neg prov varje vecka fr 15/5", "CPU mån 14-15, urinprov tors", "Fredrik, Karl N", "2015-04-07 -- 2015-07-31"],
                       ["Studier", "Ansökan Komvux ht-15", "SYV-möte, ansökan", "Fredrik + Malin J", "Senast 2015-06-15"],
                       ["Kontraktsvård", "Inga rapporter om avvikelse", "Månadsrapport frivården", "Karl N", "Varje månad"]]),
            ("p", "Uppföljning juli 2015."),
            ("sig", "Fredrik Lund"),
            ("sig", "Karl Nyström"),
            ("noise",),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", engine="chrome", blocks=[
            ("h1", "Journalanteckningar"),
            ("ul", ["2015-03-30 MJ Beslut CPU.", "2015-03-31 MJ Uppdrag mejlat till Karl N, BE. Kvittens 150401.",
                    "2015-04-14 MJ Överenskommelse underskriven, kopia till akt (skannad).",
                    "2015-07-08 MJ Uppföljning på BE: Fredrik, Karl N, MJ, frivården per tfn. Prover neg sedan 150511 (ett pos i april). "
                    "Komvux-ansökan inskickad 150602, antagen. CPU 11/12. Kontraktsvård utan anmärkning. Fortsatt MI-samtal t.o.m. okt.",
                    "2015-09-21 MJ Fredrik har börjat Komvux. Avslut planeras 151006."]),
        ]),
    ],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning in the utredning states needs and why CPU/MI outpatient meets them; in the assignment e-mail too.",
                              ev=[("utredning", "Nämnden bedömer att öppenvård"), ("uppdrag", "Nämndens bedömning")]),
        planning=dict(label="ja", why="Signed landscape Överenskommelse/GFP 2015-04-14 (scanned) with dated goals, activities, responsibility.", ev=[("overenskommelse", "ÖVERENSKOMMELSE")]),
        follow_up=dict(label="ja", why="Journal 2015-07-08 follow-up with outcome.", ev=[("journal", "Uppföljning på BE")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail thread 2015-03-31 with all elements, provider's receipt 2015-04-01.",
                                    ev=[("uppdrag", "Uppdraget: CPU"), ("journal", "Uppdrag mejlat till Karl N")]),
    )))

# ---------------------------------------------------------------- 16 Hudiksvall, PL nej (empty form), FU nej (none made), AD ja
P16 = pnr(1900, 6, 11, "947")
C.append(dict(
    kommun="Hudiksvall", dnr="SOC 2015/0017", header=HEAD["Hudiksvall"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning vuxen"),
            ("kv", [("Klient", "Ingrid Westerlund, " + P16), ("Dnr", "SOC 2015/0017"), ("Handl.", "Erik Bergqvist")]),
            ("ul", ["Anmälan fr hemtjänsten 141222 (oro alkohol)", "64 år, ensamboende, KOL", "AUDIT 21 (150109)", "Sonen bor i Iggesund, ringer ofta"]),
            ("h2", "Bedömmning"),
            ("p", "Ingrid dricker dagligen för att dämpa ensamhet och oro efter att ha slutat arbeta, vilket försämrar hennes KOL och lett till fallolyckor. "
                  "Hon behöver stöd att minska/sluta dricka och bryta isoleringen. Hon vill inte lämna hemmet. Nämnden bedömer att "
                  "öppenvård i form av hembesöksbaserade MI-samtal via Beroendeenheten (1 ggr/v) samt kontakt med träfflokal/anhörigstöd "
                  "svarar mot behovet och är den minst ingripande insatsen."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "Ingrid Westerlund beviljas öppenvård (MI-samtal i hemmet) via Beroendeenheten Hudiksvall 2015-01-26 -- 2015-07-26, 4:1 SoL. Beslutsdatum 2015-01-21."),
            ("sig", "Erik Bergqvist"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdragsbeskrivning", blocks=[
            ("h1", "Uppdragsbeskrivning öppenvård"),
            ("kv", [("Till", "Beroendeenheten Hudiksvall, Sanna Åström"), ("Överlämnad", "2015-01-22 per internpost + e-post")]),
            ("h2", "Bedömning av behov"), ("p", "Dagligt drickande p.g.a. ensamhet och oro, försämrar KOL, fallolyckor. Behöver stöd att minska/sluta och bryta isolering, vill bo kvar hemma."),
            ("h2", "Uppdrag"), ("p", "MI-samtal i hemmet 1 ggr/v, introduktion till träfflokal, upprätta GFP."),
            ("h2", "Mål"), ("p", "Alkoholfri vardagar (AUDIT < 8) senast 2015-05-31; deltar i träfflokal 1 ggr/v fr.o.m. mars."),
            ("h2", "Uppföljning"), ("p", "Uppföljningsmöte hemma hos Ingrid efter 3 mån (april)."),
            ("h2", "Återrapport"), ("p", "Skriftlig slutrapport vid avslut; försämring/fall rapporteras direkt."),
            ("h2", "Handläggare"), ("p", "Erik Bergqvist, 0650-193 55, erik.bergqvist@hudiksvall.example.se"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan (blankett)", blocks=[
            ("h1", "GENOMFÖRANDEPLAN"),
            ("kv", [("Klient", ""), ("Datum", ""), ("Behandlare", "")]),
            ("table", [["Mål", "Delmål", "Aktivitet", "Ansvarig", "Klart när"]] + [["\n\n\n\n"] * 5 for _ in range(4)]),
            ("h2", "Uppföljning av planen"), ("p", "Datum: ____________"),
            ("p", "Underskrift klient: ______________________   Underskrift behandlare: ______________________"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal SOC 2015/0017"),
            journal_table([
                ("150121", "EB", "Beslut MI-samtal i hemmet."),
                ("150122", "EB", "Uppdragsbeskr. skickad till BE/Sanna Å."),
                ("150305", "EB", "Sanna Å ringer: GFP-blankett lämnad till Ingrid, ej ifylld ännu."),
                ("150522", "EB", "Ingen uppföljning gjord i april pga personalbrist på BE o semesterplanering. Tas vid avslut."),
                ("150728", "EB", "Insatsen upphört enl beslut 150726. Slutrapport ej inkommen."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("uppdrag.pdf", ["uppdrag"]), ("gfp_blankett.pdf", ["gfp"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="'Bedömmning' (misspelt) describes needs and why home-based MI meets them.", ev=[("utredning", "Nämnden bedömer att"), ("uppdrag", "Bedömning av behov")]),
        planning=dict(label="nej", variant="empty_form", why="The only plan is a GFP form with every field empty; journal says it was never filled in.",
                      ev=[], distractors=[("gfp", "GENOMFÖRANDEPLAN", "empty_form")]),
        follow_up=dict(label="nej", variant="none_made", why="Journal 150522 states no follow-up was made; none afterwards, no final report.",
                       ev=[], distractors=[("journal", "Ingen uppföljning gjord", "negation")]),
        assignment_description=dict(label="ja", present="abcdefg", why="Uppdragsbeskrivning with all elements and 'Överlämnad 2015-01-22'.", ev=[("uppdrag", "Uppdragsbeskrivning öppenvård")]),
    )))

# ---------------------------------------------------------------- 17 Söderhamn, NA delvis (preliminary), AD nej (to be sent)
P17 = pnr(1901, 1, 25, "714")
C.append(dict(
    kommun="Söderhamn", dnr="SN 2015/0150", header=HEAD["Söderhamn"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning - missbruk"),
            ("kv", [("Klient", "Mattias Hedin, " + P17), ("Dnr", "SN 2015/0150"), ("Handl", "Sanna Forsberg")]),
            ("ul", ["Ansökan 150316", "Alkohol + cannabis", "AUDIT 17, DUDIT 15", "Bor m sambo i Ljusne, arbetar på Vallvik (skift)"]),
            ("h2", "Preliminär bedömning"),
            ("p", "Preliminärt bedöms Mattias ha behov av öppenvård. En fördjupad bedömning görs efter ASI-intervju, som bokas i april."),
            ("h2", "Förslag"), ("p", "Öppenvård, Beroendeenheten Söderhamn, tills vidare."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "2015-04-08: Mattias Hedin " + P17 + " beviljas öppenvård vid Beroendeenheten Söderhamn (ÅP + samtal) 2015-04-13 -- 2015-10-13 enl 4:1 SoL."),
            ("sig", "Sanna Forsberg"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", engine="chrome", landscape=True, blocks=[
            ("h1", "GFP Beroendeenheten Söderhamn"),
            ("p", "Mattias H.  2015-04-21  Behandlare: Peter Backlund"),
            ("table", [["Mål", "Vad", "Vem", "När", "Hur vet vi"],
                       ["Cannabisfri", "Urinprov 1 ggr/v, ÅP", "Mattias / Peter B", "fr 2015-05-15", "Neg prov"],
                       ["Max 2 standardglas/tillfälle, ej vardagar", "Dryckesdagbok, ÅP-samtal", "Mattias", "fr 2015-05-01", "Dagbok + PEth juni"],
                       ["Sambon delaktig", "Parsamtal x 2", "Peter B", "maj-juni 2015", "Genomförda samtal"]]),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal SN 2015/0150"),
            journal_table([
                ("150316", "SF", "Ansökan. Utr."),
                ("150408", "SF", "Beslut. Uppdragsbeskrivning skickas till BE när ASI är gjord."),
                ("150410", "SF", "Ringt Peter B på BE o informerat om beslutet. Mattias börjar 150413."),
                ("150421", "SF", "GFP upprättad på BE."),
                ("150428", "SF", "ASI-tid avbokad av Mattias, ny tid bokas senare."),
                ("150818", "SF", "Avstämningsmöte BE (Mattias, Peter B, SF). Prover neg sedan 150522. Dagbok visar alkohol helger, 2-3 glas. "
                                 "Parsamtal genomförda x 2. Målen i huvudsak uppnådda, fortsätter t.o.m. okt."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("GFP.pdf", ["gfp"])],
    crit=dict(
        needs_assessment=dict(label="delvis", variant="preliminary", why="Only a preliminary assessment ('preliminärt ... behov av öppenvård'); the promised deeper assessment after ASI never comes (ASI cancelled).",
                              ev=[("utredning", "Preliminärt bedöms")]),
        planning=dict(label="ja", why="Landscape GFP 2015-04-21 with dated goals, who and measures.", ev=[("gfp", "Hur vet vi")]),
        follow_up=dict(label="ja", variant="avstamningsmote", why="Journal 150818 avstämningsmöte with outcome (never called uppföljning).", ev=[("journal", "Avstämningsmöte BE")]),
        assignment_description=dict(label="nej", present="", variant="to_be_sent", why="Journal says an uppdragsbeskrivning will be sent after ASI; never sent; provider only informed by phone.",
                                    ev=[], distractors=[("journal", "Uppdragsbeskrivning skickas till BE", "planned")]),
    )))

# ---------------------------------------------------------------- 18 Söderhamn, HVB, PL delvis (goals without who/when)
P18 = pnr(1902, 9, 12, "069")
C.append(dict(
    kommun="Söderhamn", dnr="SN 2014/0388", header=HEAD["Söderhamn"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="lo", blocks=[
            ("h1", "Utredning - ansökan om HVB"),
            ("kv", [("Klient", "Annika Söderström, " + P18), ("Dnr", "SN 2014/0388"), ("Handläggare", "Lars Ekman")]),
            ("ul", ["Heroin/opioider sedan 2008, LARO-utredning avbruten 2013", "DUDIT 38", "Hemlös sedan aug -14, bor hos bekanta",
                    "Hepatit C", "Tidigare LVM 2012 (SiS Lunden)"]),
            ("h2", "Bedömning"),
            ("p", "Annika har ett tungt opioidberoende, är hemlös och har obehandlad hepatit C. Hon behöver en drogfri och trygg miljö "
                  "med kvalificerad behandling och medicinsk uppföljning, samt att en boendelösning och fortsatt vård (ev. LARO) planeras. "
                  "Öppenvård har inte fungerat utan boende. Nämnden bedömer att HVB med inriktning på opioidberoende "
                  "(HVB Björkhagen, 6 mån) svarar mot behoven; frivillig vård är möjlig då hon själv ansöker."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut 4:1 SoL"),
            ("p", "Annika Söderström beviljas vård på HVB Björkhagen 2014-11-17 -- 2015-05-17. Beslutsdatum 2014-11-12."),
            ("sig", "Lars Ekman"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Lars Ekman", "skickat": "den 13 november 2014 10:20", "till": "HVB Björkhagen; intag", "amne": "Uppdragsbeskrivning AS 020912"}),
            ("p", "Hej, uppdragsbeskrivning för Annika S som skrivs in 141117."),
            ("p", "Bedömning: tungt opioidberoende, hemlös, obehandlad hepatit C. Behöver drogfri trygg miljö, kvalificerad beh., medicinsk uppföljning, planering boende/fortsatt vård (ev LARO)."),
            ("p", "Uppdrag: behandling för opioidberoende, abstinensbehandling m läkare, hepatit-utredning via infektionskliniken, delta i utskrivningsplanering."),
            ("p", "Mål: drogfri under placering; påbörjad hepatit C-behandling senast 2015-03-01; boendelösning klar vid utskrivning 2015-05-17."),
            ("p", "Uppföljning: uppföljningsmöte på HVB efter ca 2 mån + utskrivningsmöte."),
            ("p", "Återrapport: månadsrapport + slutrapport. Avvikelser direkt."),
            ("p", "Handläggare Lars Ekman 0270-753 12, lars.ekman@soderhamn.example.se"),
        ]),
        dict(name="vardplan", type="vårdplan", title="Vårdplan", blocks=[
            ("h1", "Vårdplan"),
            ("p", "Annika Söderström - HVB Björkhagen"),
            ("h2", "Mål"),
            ("ul", ["Vara drogfri", "Hepatit C-behandling", "Ha ett boende efter placeringen", "Fortsatt vård efter HVB (LARO?)"]),
            ("h2", "Insatser"),
            ("p", "Behandling på HVB enligt deras program."),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", font="Courier", blocks=[
            ("h1", "Journal SN 2014/0388"),
            ("pre", "141112 LE  Beslut HVB Björkhagen.\n"
                    "141113 LE  Uppdragsbeskrivning mejlad till Björkhagen.\n"
                    "141117 LE  Inskriven. Vårdplan skriven.\n"
                    "150122 LE  Uppföljningsmöte på Björkhagen: Annika drogfri hela\n"
                    "           perioden enl prover. Hep C-beh start 150210 bokad.\n"
                    "           Bostad: ansökt Söderhamns Bostäder, kö. LARO-bedömning\n"
                    "           beroendemott. 150305. Annika vill stanna.\n"
                    "150512 LE  Utskrivningsmöte, träningslgh fr 150518."),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "vardplan", "journal"]), ("uppdrag_mejl.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning states needs (opioids, homelessness, hepatitis C) and why HVB meets them.",
                              ev=[("utredning", "Nämnden bedömer att HVB"), ("uppdrag", "Bedömning: tungt opioidberoende")]),
        planning=dict(label="delvis", variant="goals_without_who_when", why="Vårdplan has goals but they are undated, with no who/when or concrete content.", ev=[("vardplan", "Vara drogfri")]),
        follow_up=dict(label="ja", why="Journal 150122 follow-up meeting at the HVB with outcome.", ev=[("journal", "Uppföljningsmöte på Björkhagen")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2014-11-13 with all elements; sent date and journal.", ev=[("uppdrag", "Återrapport"), ("journal", "Uppdragsbeskrivning mejlad")]),
    )))

# ---------------------------------------------------------------- 19 Ovanåker, PL nej, FU nej (only planned), AD ja
P19 = pnr(1900, 10, 30, "182")
C.append(dict(
    kommun="Ovanåker", dnr="SN 2015/0072", header=HEAD["Ovanåker"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning"),
            ("kv", [("Klient", "Jan Persson, " + P19), ("Dnr", "SN 2015/0072"), ("Handläggare", "Maja Eklund")]),
            ("ul", ["Ansökan 150210 efter påtryckning från arbetsgivaren (alkolås-incident)", "AUDIT 19", "Gift, bor i Edsbyn", "Snickare, egen firma"]),
            ("h2", "Bedömning"),
            ("p", "Jan har ett skadligt bruk av alkohol med helgfylla som nu påverkar arbetet. Han behöver bli medveten om sina dryckesmönster "
                  "och få verktyg att dricka mindre/inte alls, och ev. stöd i kontakten med arbetsgivare. Då han har familj och arbete "
                  "och inte dricker dagligen bedöms MI + KBT-samtal i öppenvård (Öppenvården Ovanåker, 8 ggr) tillräckligt."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "Jan Persson " + P19 + ": öppenvård (MI/KBT 8 ggr) Öppenvården Ovanåker 2015-03-16 -- 2015-09-15 enl 4:1 SoL. Beslutsdatum 2015-03-10."),
            ("sig", "Maja Eklund"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag", engine="lo", blocks=[
            ("mail", {"fran": "Maja Eklund", "skickat": "den 11 mars 2015 13:45", "till": "Öppenvården Ovanåker; Tomas Rask", "amne": "Uppdrag JP 001030"}),
            ("p", "Hej Tomas!"),
            ("p", "Bedömning: skadligt bruk (helgfylla), påverkar arbetet. Behöver insikt i dryckesmönster + verktyg att dricka mindre/inte alls. Familj och arbete = skyddsfaktorer, öppenvård räcker."),
            ("p", "Uppdrag: MI + KBT-samtal 8 ggr, varannan vecka, GFP."),
            ("p", "Mål: AUDIT < 8 vid avslut; inga alkoholtillfällen före arbetsdagar (dagbok) fr.o.m. maj."),
            ("p", "Uppföljning: Uppföljning ska ske i augusti tillsammans med Jan."),
            ("p", "Återrapport: kort slutrapport vid avslut."),
            ("p", "Maja Eklund, Vuxenteamet, 0271-571 30, maja.eklund@ovanaker.example.se"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal SN 2015/0072"),
            journal_table([
                ("150210", "ME", "Ansökan."), ("150310", "ME", "Beslut."), ("150311", "ME", "Uppdrag mejlat till Tomas R, ÖV."),
                ("150401", "ME", "Tomas R ringer: GFP upprättas efter nästa samtal."),
                ("150506", "ME", "Planerat hembesök enl. överenskommelse m Jan o frun, inställt av Jan."),
                ("150915", "ME", "Insatsen upphör enl beslut. Ingen slutrapport, ingen GFP i akten. Jan har ej hörts av."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("uppdrag_mejl.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning states needs and why MI/KBT outpatient suffices.", ev=[("utredning", "bedöms MI + KBT-samtal"), ("uppdrag", "Bedömning: skadligt bruk")]),
        planning=dict(label="nej", variant="planned_only", why="No GFP in the file; journal only says one will be made ('GFP upprättas'), later confirms none exists.",
                      ev=[], distractors=[("journal", "GFP upprättas efter nästa samtal", "planned"), ("journal", "Planerat hembesök", "plan_word")]),
        follow_up=dict(label="nej", variant="planned_only", why="Follow-up only planned in the assignment ('Uppföljning ska ske i augusti'); no follow-up recorded before the end.",
                       ev=[], distractors=[("uppdrag", "Uppföljning ska ske i augusti", "planned")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-03-11 with assessment, content, goals, follow-up, report-back, officer; sent date and journal.",
                                    ev=[("uppdrag", "Uppdrag: MI + KBT"), ("journal", "Uppdrag mejlat till Tomas R")]),
    )))

# ---------------------------------------------------------------- 20 Ovanåker, NA nej (says no assessment), PL delvis (empty goal), FU delvis, AD nej
P20 = pnr(1901, 4, 16, "827")
C.append(dict(
    kommun="Ovanåker", dnr="SN 2015/0019", header=HEAD["Ovanåker"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="chrome", blocks=[
            ("h1", "Utredning - förenklad handläggning"),
            ("kv", [("Klient", "Kristina Lindberg, " + P20), ("Dnr", "SN 2015/0019"), ("Handläggare", "Per Sandin")]),
            ("ul", ["Ansökan 150115 om samtal på Öppenvården (egen önskan)", "AUDIT 15", "Bor i Alfta m man o 2 barn"]),
            ("h2", "Bedömning"),
            ("p", "Ingen fördjupad bedömning har gjorts då klienten själv ansökt om samtal och insatsen är av mindre omfattning."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut (faxkopia)", scan=True, blocks=[
            ("fax", "2015-01-28 16:05  OVANAKERS KOMMUN SOCIALTJ  FAX 0271-xxx xx   S.1"),
            ("h1", "Beslut"),
            ("p", "Kristina Lindberg " + P20 + " beviljas samtal (10 ggr) vid Öppenvården Ovanåker enl 4 kap 1 § SoL 2015-02-02 -- 2015-06-30. Beslutsdatum 2015-01-28."),
            ("p", "Insatsen verkställs av Öppenvården Ovanåker."),
            ("sig", "Per Sandin"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", engine="lo", blocks=[
            ("h1", "Genomförandeplan Öppenvården Ovanåker"),
            ("kv", [("Klient", "Kristina L"), ("Datum", "2015-02-09"), ("Behandlare", "Tomas Rask")]),
            ("h2", "Mål"),
            ("p", ""),
            ("h2", "Aktiviteter"),
            ("table", [["Vad", "Vem", "När"],
                       ["Samtal MI/KBT", "Tomas R + Kristina", "Måndagar 10.00, feb-juni"],
                       ["Dryckesdagbok", "Kristina", "Varje dag, tas med till samtal"],
                       ["Anhörigsamtal m maken", "Tomas R", "April"]]),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal SN 2015/0019"),
            journal_table([
                ("150115", "PS", "Ansökan."), ("150128", "PS", "Beslut. Ringt Öppenvården, Tomas R tar ärendet."),
                ("150209", "PS", "GFP upprättad på ÖV."),
                ("150610", "PS", "Uppföljningsmöte hållet på ÖV m Kristina o Tomas R."),
                ("150702", "PS", "Insatsen avslutad."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "journal"]), ("GFP.pdf", ["gfp"])],
    crit=dict(
        needs_assessment=dict(label="nej", variant="no_assessment_made", why="The Bedömning section says no assessment was made; beslut has no reasons.",
                              ev=[], distractors=[("utredning", "Ingen fördjupad bedömning har gjorts", "negation")]),
        planning=dict(label="delvis", variant="empty_goal_field", why="GFP 2015-02-09 has activities with who and when but the goal field is empty.", ev=[("gfp", "Aktiviteter")]),
        follow_up=dict(label="delvis", variant="no_outcome", why="Journal 150610 notes a follow-up meeting was held but records no outcome.", ev=[("journal", "Uppföljningsmöte hållet")]),
        assignment_description=dict(label="nej", present="", variant="decision_names_provider", why="No assignment document; the beslut only names the provider and the journal records a phone call.",
                                    ev=[], distractors=[("beslut", "Insatsen verkställs av", "names_provider")]),
    )))
