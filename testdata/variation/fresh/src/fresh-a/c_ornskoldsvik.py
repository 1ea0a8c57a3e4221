"""Örnsköldsvik: four cases."""
from common import OFF, journal, crit

O = OFF["ornskoldsvik"]
LH = O["lh"]
HEAD = O["head"]


def case_o1():
    dnr = "SOC 2015/88"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient:", "Kristina Backlund"), ("Personnummer:", "19011123-3524"), ("Ärende:", "Ansökan om behandlingshem, 4 kap. 1 § SoL"),
                ("Handläggare:", "Ingela Sjödin"), ("Dnr:", dnr)]),
        ("h", "Ärendets gång"),
        ("p", "Kristina Backlund ansökte 2015-02-09 om behandling på behandlingshem för kvinnor. Utredningen har pågått 2015-02-10 – 2015-03-20."),
        ("h", "Källor"),
        ("p", "Samtal med Kristina vid fyra tillfällen, kontakt med psykiatrisk öppenvårdsmottagning{{fn:Med Kristinas skriftliga samtycke 2015-02-10.}}, "
              "AUDIT och DUDIT 2015-02-17, samtal med Kristinas syster."),
        ("h", "Kristinas livssituation"),
        ("p", "Kristina bor i hyreslägenhet i centrala Örnsköldsvik. Hon har två tonårsbarn som sedan hösten 2014 bor hos sin pappa efter "
              "en överenskommelse mellan föräldrarna. Kristina har arbetat inom hemtjänsten men har varit sjukskriven sedan augusti 2014. "
              "Hon har utsatts för våld av en tidigare partner; relationen avslutades 2013."),
        ("p", "Kristina dricker vin och sprit dagligen och har sedan ett år använt sömntabletter (zopiklon) i högre doser än förskrivet. "
              "Hon har vårdats inneliggande för avgiftning i januari 2015. AUDIT 27 poäng, DUDIT 12 poäng{{fn:DUDIT avser här läkemedel; Kristina uppger inga narkotiska preparat.}}. "
              "Psykiatrin har diagnostiserat depression och PTSD och har erbjudit traumabehandling när hon varit drogfri i minst tre månader."),
        ("h", "Kristinas önskemål"),
        ("p", "Kristina vill till ett behandlingshem där det bara finns kvinnor. Hon vill kunna träffa sina barn varje vecka och få tillbaka sitt arbete."),
        ("h", "Analys"),
        ("p", "Kristinas drickande och överanvändning av sömnmedel har blivit dagligt och hänger enligt henne själv och psykiatrin ihop med "
              "hennes traumaupplevelser och depression. Hon har inte kunnat avstå hemma efter avgiftningen i januari och riskerar nu att förlora "
              "både arbetet och kontakten med barnen. Traumabehandlingen hos psykiatrin kan inte påbörjas förrän hon varit drogfri en tid."),
        ("p", "Vi anser att Kristina först måste få bli drogfri i en trygg miljö med kvinnor, där behandlingen tar hänsyn till hennes erfarenheter "
              "av våld, så att hon därefter kan ta emot traumabehandlingen. Nyhemsgården är ett HVB för kvinnor med integrerad behandling för "
              "beroende och trauma, har samarbete med psykiatrin och möjliggör regelbundna besök av barnen. Öppenvård har inte räckt efter "
              "avgiftningen. En placering på 16 veckor ger tid att stabilisera nykterheten och planera återgången i arbete."),
        ("h", "Förslag till beslut"),
        ("p", "Kristina Backlund beviljas institutionsvård på Nyhemsgården 2015-04-07 – 2015-07-31 med stöd av 4 kap. 1 § SoL."),
        ("sig", ["Örnsköldsvik 2015-03-20", "Ingela Sjödin, socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Klient:", "Kristina Backlund, 19011123-3524"), ("Datum:", "2015-03-24"), ("Dnr:", dnr)]),
        ("p", "Socialnämnden beviljar bistånd enligt 4 kap. 1 § SoL: institutionsvård på Nyhemsgården 2015-04-07 – 2015-07-31."),
        ("p", "Skälen för beslutet framgår av utredning daterad 2015-03-20."),
        ("sig", ["Lars-Erik Höglund", "Enhetschef, enligt delegation"]),
    ]
    mejl = [
        ("kv", [("Från:", "Sjödin Ingela <ingela.sjodin@ornskoldsvik.se>"), ("Skickat:", "tisdag 31 mars 2015 10:47"),
                ("Till:", "intag@nyhemsgarden.se"), ("Kopia:", "Höglund Lars-Erik"), ("Ämne:", "Placering Kristina Backlund – uppdrag"),
                ("Bifogade filer:", "Utredning_KB.pdf; Beslut_KB.pdf")]),
        ("hr",),
        ("p", "Hej Britt-Marie,"),
        ("p", "som vi pratade om i telefon i går: här kommer uppdraget för Kristina Backlund som skrivs in hos er tisdag 7 april. "
              "Beslut om institutionsvård 4 kap. 1 § SoL 2015-04-07 – 2015-07-31."),
        ("p", "**Vår bedömning:** Kristina dricker och använder sömnmedel dagligen, kopplat till depression och traumaupplevelser (våld i tidigare relation). "
              "Hon har inte klarat att vara drogfri hemma efter avgiftning. Hon behöver bli drogfri i en trygg miljö med kvinnor där behandlingen tar "
              "hänsyn till hennes erfarenheter, för att sedan kunna ta emot traumabehandling hos psykiatrin. Hon vill behålla kontakten med barnen och sitt arbete."),
        ("p", "**Uppdraget:** boende och behandling för beroende och trauma enligt ert program, samverkan med psykiatrin i Örnsköldsvik om medicinering "
              "och planering av traumabehandling, barnens besök varannan helg, samt planering av arbetsåtergång med Försäkringskassan under de sista fyra veckorna."),
        ("p", "**Mål:** 1) Kristina är drogfri under hela placeringen (prover). 2) Hon har tid för traumabehandling hos psykiatrin bokad före utskrivning. "
              "3) Hon har en plan för återgång i arbete senast 2015-07-31. 4) Hon har träffat barnen minst varannan vecka."),
        ("p", "**Uppföljning:** vi gör en vårdplan tillsammans inom två veckor; jag kommer till er för uppföljning i början av juni och vi har en "
              "utvärdering när placeringen är slut. Ring mig direkt om Kristina avviker eller återfaller."),
        ("p", "**När placeringen avslutas** vill jag ha en skriftlig slutrapport inom två veckor: vad som gjorts, hur målen uppnåtts, provsvar och er rekommendation."),
        ("p", "Hälsningar"),
        ("lines", ["Ingela Sjödin", "Socialsekreterare, Vuxenteamet", "Socialförvaltningen, Örnsköldsviks kommun", "Tel. 070-174 06 51"]),
    ]
    vp = [
        ("title", "Vårdplan – institutionsvård"),
        ("table", {"widths": [4, 10], "rows": [["**Klient**", "Kristina Backlund"], ["**Placering**", "Nyhemsgården, 2015-04-07 – 2015-07-31"],
                                               ["**Upprättad**", "2015-04-16 på Nyhemsgården"],
                                               ["**Deltagare**", "Kristina Backlund, kontaktperson Britt-Marie Wallin (Nyhemsgården), Ingela Sjödin (socialsekreterare)"]]}),
        ("h2", "Lagrum"),
        ("checks", [(True, "4 kap. 1 § SoL (frivillig)"), (False, "LVM"), (False, "Annat")]),
        ("h2", "Kristina har deltagit i planeringen"),
        ("checks", [(True, "Ja"), (False, "Nej, skäl:")]),
        ("h2", "Mål och insatser"),
        ("table", {"head": ["Mål", "Vad görs", "Vem ansvarar", "När"], "widths": [4, 5.5, 3, 2.5],
                   "rows": [["Drogfri under placeringen", "Utandnings- och urinprov enligt schema.\nGrupp- och individualsamtal.", "Kristina, Britt-Marie", "Hela perioden"],
                            ["Tid för traumabehandling bokad", "Samverkansmöte med psykiatrin på Nyhemsgården", "Ingela bokar, Britt-Marie deltar", "Möte senast 2015-05-29"],
                            ["Plan för arbetsåtergång", "Möte med Försäkringskassan och arbetsgivaren", "Ingela, Kristina", "Senast 2015-07-10"],
                            ["Kontakt med barnen", "Barnen besöker varannan helg; pappan kör", "Kristina, Britt-Marie", "Från 2015-04-18"]]}),
        ("h2", "Uppföljning"),
        ("checks", [(True, "Uppföljning på behandlingshemmet i juni"), (True, "Utvärdering efter avslut"), (False, "Annan")]),
        ("p", "Underskrifter: Kristina Backlund, Britt-Marie Wallin, Ingela Sjödin"),
    ]
    jn = journal([
        ("2015-02-09", "IS", "Ansökan", "Kristina ringde, vill söka behandlingshem. Besökstid 10/2."),
        ("2015-02-10", "IS", "Besök", "Utredning inleds. Samtycken undertecknade."),
        ("2015-03-24", "IS", "Beslut", "Beslut Nyhemsgården."),
        ("2015-03-31", "IS", "Uppdrag", "Uppdrag med utredning och beslut mejlat till Nyhemsgården (intag). Britt-Marie W. kvitterar mottagandet samma dag."),
        ("2015-04-07", "IS", "Inskrivning", "Kristina inskriven."),
        ("2015-04-16", "IS", "Vårdplan", "Vårdplan upprättad på Nyhemsgården."),
        ("2015-06-02", "IS", "Uppföljning", "Uppföljning genomförd på Nyhemsgården."),
        ("2015-07-31", "IS", "Utskrivning", "Kristina utskriven idag."),
        ("2015-08-12", "IS", "Anteckning", "Utvärderingsmöte bokat till 2015-08-26."),
        ("2015-08-26", "IS", "Anteckning", "Kristina har avbokat dagens möte. Ny tid erbjuds."),
    ], style="bold")
    return {
        "case_id": "ornskoldsvik_SOC-2015-88", "committee": "Örnsköldsvik", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "header": (HEAD, dnr), "footer": "Sida {n} av {N}"}, "layout": "portrait, header/footer, footnotes"},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Örnsköldsviks kommun – Socialnämnden", ""), "footer": ""}},
            {"file": "uppdrag_epost.pdf", "type": "uppdragsbeskrivning (e-post)", "producer": "rl", "blocks": mejl,
             "opts": {"font": "Helvetica", "size": 10, "header": ("Ingela Sjödin", ""), "footer": "Sida {n} av {N}", "kv_width": 3 * 28.35},
             "layout": "portrait, printed e-mail"},
            {"file": "vardplan.pdf", "type": "vårdplan (blankett)", "producer": "rl", "blocks": vp,
             "opts": {"font": "Helvetica", "size": 10, "header": (HEAD, "Vårdplan"), "footer": "Sida {n} av {N}"},
             "layout": "portrait, form with tick boxes and table"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "odt", "blocks": [("title", "Journal – Kristina Backlund")] + jn,
             "opts": {"font": "Liberation Serif", "header": (HEAD, dnr), "footer": "Sida {n} av {N}"}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "Rubriken 'Analys' beskriver missbruk, trauma/depression, misslyckad hemmaplan och varför Nyhemsgården (utan ordet 'behov'); sammanfattas i uppdragsmejlet.",
                                     [("utredning.pdf", ["Vi anser att Kristina först måste få bli drogfri", "Kristinas drickande och överanvändning"]),
                                      ("uppdrag_epost.pdf", ["Vår bedömning:"])]),
            "planning": crit("ja", "Vårdplan (blankett med kryssrutor) med mål, vad, vem och datum.",
                             [("vardplan.pdf", ["Mål och insatser", "Plan för arbetsåtergång"])]),
            "follow_up": crit("delvis", "Journalen 2015-06-02: 'Uppföljning genomförd på Nyhemsgården' – daterad men utan utfall; utvärderingen avbokades.",
                              [("journal.pdf", ["Uppföljning genomförd på Nyhemsgården"])]),
            "assignment_description": crit("ja", "E-post 2015-03-31 med bedömning, uppdrag, mål, uppföljning, slutrapport och signatur med telefon; skickat-datum i mejlet och journalen.",
                                           [("uppdrag_epost.pdf", ["Uppdraget:", "När placeringen avslutas"]), ("journal.pdf", ["Uppdrag med utredning och beslut mejlat"])],
                                           present="abcdefg"),
        },
    }


def case_o2():
    dnr = "SOC 2014/301"
    utr = [
        ("title", "Utredning – ansökan om öppenvård"),
        ("kv", [("Namn:", "Peter Holm"), ("Dnr:", dnr), ("Utredare:", "Mattias Näslund"), ("Datum:", "2014-09-19")]),
        ("h", "Bakgrund"),
        ("p", "Peter Holm ansökte 2014-08-25 om stöd för att sluta dricka. Han har tidigare haft kontakt med Vuxenteamet 2011 och gick då i samtal "
              "under några månader. Peter bor med sin sambo och deras son på sex år i villa i Gullänget och arbetar som säljare."),
        ("p", "Han dricker främst öl och whisky, varje helg från fredag till söndag och allt oftare även vardagar. Han har fått en varning från "
              "arbetsgivaren efter att ha missat ett kundmöte. Sambon har ställt krav på att han söker hjälp. AUDIT 2014-09-02: 24 poäng."),
        ("h", "Peters syn"),
        ("p", "Peter vill fortsätta arbeta och bo kvar med familjen. Han tycker att Antabus hjälpte förra gången, så länge han tog det."),
        ("h", "Socialsekreterarens synpunkter"),
        ("p", "Peter har ett alkoholberoende med tilltagande konsekvenser i arbetet och familjen. Han har behov av att bryta helgdrickandet, lära sig "
              "känna igen och hantera situationer som leder till återfall och få stöd i att förändra sin vardag tillsammans med sambon. "
              "Han har goda resurser i form av arbete, bostad och familj och behöver därför inte placeras utanför hemmet."),
        ("p", "Återfallsprevention (ÅP) i Resursenhetens öppenvård, kombinerat med övervakat Antabusintag två gånger i veckan, bedöms svara mot "
              "Peters behov: ÅP ger honom verktyg att hantera risksituationer och Antabus ger stöd under den första tiden. Sambon kan delta i "
              "anhörigsamtal."),
        ("h", "Förslag"),
        ("p", "Peter Holm beviljas öppenvård vid Resursenheten 2014-10-06 – 2015-04-03."),
        ("sig", ["Mattias Näslund", "socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Peter Holm"), ("Dnr:", dnr), ("Beslutsdatum:", "2014-09-24")]),
        ("p", "Socialnämnden beviljar Peter Holm öppenvård enligt 4 kap. 1 § SoL vid Resursenheten Öppenvård: återfallsprevention och övervakat "
              "Antabusintag, 2014-10-06 – 2015-04-03. Beslutet grundas på utredning 2014-09-19."),
        ("sig", ["Lars-Erik Höglund", "Enhetschef"]),
    ]
    uppdrag = [
        ("right", ["Örnsköldsvik 2014-09-30", "Dnr " + dnr]),
        ("lines", ["Resursenheten Öppenvård", "Att: Åsa Berg, behandlare"]),
        ("title", "Uppdrag – öppenvård för Peter Holm"),
        ("p", "Socialnämnden har 2014-09-24 beviljat Peter Holm öppenvård enligt 4 kap. 1 § SoL under perioden 2014-10-06 – 2015-04-03. "
              "Resursenheten ges härmed följande uppdrag."),
        ("h2", "1. Bedömning av Peters behov"),
        ("p", "Peter har ett alkoholberoende med tilltagande konsekvenser i arbete och familj. Han behöver bryta helgdrickandet, lära sig hantera "
              "risksituationer och få stöd att förändra vardagen tillsammans med sambon. Han har arbete, bostad och familj som resurser."),
        ("h2", "2. Uppdragets innehåll"),
        ("dashes", ["återfallsprevention, individuella samtal varje vecka (ca 20 tillfällen)",
                    "övervakat Antabusintag måndag och torsdag på Resursenheten",
                    "två–tre anhörigsamtal med sambon",
                    "genomförandeplan upprättas med Peter inom tre veckor; kopia till handläggaren"]),
        ("h2", "3. Mål"),
        ("p", "Peter är nykter under insatsen (Antabus följsamhet minst 90 %, PEth under 0,3 vid kontroll). Peter har en skriftlig återfallsplan som sambon känner till. "
              "Peter har inte fått någon ny anmärkning från arbetsgivaren."),
        ("h2", "4. Uppföljning"),
        ("p", "Trepartssamtal (Peter, behandlare, handläggare) efter tre månader och ett avslutande utvärderingsmöte före 2015-04-03. "
              "Behandlaren meddelar handläggaren om Peter uteblir från Antabus två gånger i rad."),
        ("h2", "5. Återrapportering"),
        ("p", "När insatsen avslutas skickar Resursenheten en skriftlig sammanfattning: närvaro, följsamhet till Antabus, provsvar, måluppfyllelse och förslag på fortsatt stöd."),
        ("h2", "6. Handläggare"),
        ("p", "Mattias Näslund, Vuxenteamet, tel. 070-174 06 52, mattias.naslund@ornskoldsvik.se"),
        ("sig", ["Mattias Näslund"]),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("p", "Resursenheten Öppenvård, Örnsköldsvik. Klient: Peter Holm. Upprättad 2014-10-20 av Åsa Berg tillsammans med Peter."),
        ("h", "Peters mål"),
        ("bullets", ["Vara nykter under hela behandlingen. Antabus mån/tors kl. 07.45 på Resursenheten fr.o.m. 2014-10-06. Ansvar: Peter. Åsa noterar intag.",
                     "Ha en skriftlig återfallsplan klar 2015-01-16. ÅP-samtal tisdagar kl. 16.00 med Åsa.",
                     "Sambon Lena deltar i anhörigsamtal 2014-11-11 och i januari 2015. Åsa bokar.",
                     "PEth-prov 2014-11-03, 2015-01-12 och 2015-03-16 på Resursenheten. Ansvar: Åsa."]),
        ("p", "Planen följs upp vid trepartssamtalet i januari 2015."),
        ("sig", ["Peter Holm                    Åsa Berg"]),
    ]
    uppf = [
        ("title", "Anteckning från trepartssamtal"),
        ("kv", [("Datum:", "2015-01-14"), ("Klient:", "Peter Holm"), ("Närvarande:", "Peter Holm, Åsa Berg (Resursenheten), Mattias Näslund (Vuxenteamet)")]),
        ("h2", "Hur har det gått"),
        ("p", "Peter har tagit Antabus vid 27 av 28 tillfällen. PEth 2014-11-03 var 0,41 och 2015-01-12 under 0,05. Han har gått på 12 ÅP-samtal. Sambon har "
              "deltagit i ett anhörigsamtal. Återfallsplanen är nästan klar. Peter berättar att julen var svår men att han klarade den nykter."),
        ("h2", "Arbete"),
        ("p", "Inga nya anmärkningar från arbetsgivaren enligt Peter."),
        ("h2", "Fortsättning"),
        ("p", "Insatsen fortsätter enligt genomförandeplanen. Utvärderingsmöte i slutet av mars. Peter vill fortsätta med Antabus efter april via vårdcentralen."),
        ("sig", ["Mattias Näslund"]),
    ]
    jn = journal([
        ("2014-08-25", "MN", "Ansökan", "Peter ringer, söker hjälp för alkohol. Tid 2/9."),
        ("2014-09-02", "MN", "Besök", "AUDIT 24p. Utredning inleds."),
        ("2014-09-24", "MN", "Beslut", "Beslut ÖV Resursenheten."),
        ("2014-09-30", "MN", "Uppdrag", "Skriftligt uppdrag överlämnat personligen till Åsa Berg vid möte på Resursenheten idag."),
        ("2015-01-14", "MN", "Trepartssamtal", "Trepartssamtal, se separat anteckning."),
        ("2015-03-31", "MN", "Utvärderingsmöte", "Utvärderingsmöte på Resursenheten. Peter nykter hela perioden utom ett återfall i februari (en helg), som han själv berättade om. "
                                               "Återfallsplan klar. Sammanfattning från Resursenheten mottagen. Peter fortsätter Antabus via VC. Insatsen avslutas 2015-04-03."),
    ], style="plain")
    return {
        "case_id": "ornskoldsvik_SOC-2014-301", "committee": "Örnsköldsvik", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "header": (HEAD, dnr), "footer": "Sida {n} av {N}"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Örnsköldsviks kommun – Socialnämnden", dnr), "footer": ""}},
            {"file": "uppdrag.pdf", "type": "uppdragsbeskrivning (brev)", "producer": "odt", "blocks": uppdrag,
             "opts": {"font": "Liberation Serif", "header": (HEAD, ""), "footer": "Sida {n} av {N}"}, "layout": "portrait, letter"},
            {"file": "genomforandeplan.pdf", "type": "genomförandeplan", "producer": "ps", "blocks": gfp,
             "opts": {"family": "helvetica", "size": 10.5, "header": ("Resursenheten Öppenvård – Örnsköldsviks kommun", ""), "footer": ""},
             "layout": "portrait, bullet list"},
            {"file": "trepartssamtal.pdf", "type": "uppföljning (trepartssamtal)", "producer": "odt", "blocks": uppf,
             "opts": {"font": "Liberation Serif", "header": (HEAD, dnr), "footer": ""}},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal Peter Holm")] + jn,
             "opts": {"family": "courier", "size": 9.5, "header": ("Vuxenteamet Örnsköldsvik", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "assemble": [{"file": "akt_SOC-2014-301.pdf", "type": "hel akt (utredning, beslut, uppdrag, genomförandeplan, trepartssamtal, journal)",
                      "parts": ["utredning.pdf", "beslut.pdf", "uppdrag.pdf", "genomforandeplan.pdf", "trepartssamtal.pdf", "journal.pdf"],
                      "keep_parts": True, "layout": "assembled (pdfunite) copy of the separate documents"}],
        "order": ["akt_SOC-2014-301.pdf", "utredning.pdf", "beslut.pdf", "uppdrag.pdf", "genomforandeplan.pdf", "trepartssamtal.pdf", "journal.pdf"],
        "criteria": {
            "needs_assessment": crit("ja", "'Socialsekreterarens synpunkter' anger behoven och varför ÅP + Antabus i öppenvård; återges i uppdraget.",
                                     [("utredning.pdf", ["Peter har ett alkoholberoende med tilltagande", "bedöms svara mot"]),
                                      ("uppdrag.pdf", ["Bedömning av Peters behov"]),
                                      ("akt_SOC-2014-301.pdf", ["Peter har ett alkoholberoende med tilltagande", "bedöms svara mot", "Bedömning av Peters behov"])]),
            "planning": crit("ja", "Genomförandeplan som punktlista med mål, tider, datum och ansvar.",
                             [("genomforandeplan.pdf", ["Peters mål"]), ("akt_SOC-2014-301.pdf", ["Peters mål"])]),
            "follow_up": crit("ja", "Trepartssamtal 2015-01-14 och utvärderingsmöte 2015-03-31 med utfall.",
                              [("trepartssamtal.pdf", ["Hur har det gått"]), ("journal.pdf", ["Utvärderingsmöte på Resursenheten"]),
                               ("akt_SOC-2014-301.pdf", ["Hur har det gått", "Utvärderingsmöte på Resursenheten"])]),
            "assignment_description": crit("ja", "Skriftligt uppdrag (brev) med alla delar; överlämnat personligen 2014-09-30 enligt journalen.",
                                           [("uppdrag.pdf", ["Uppdragets innehåll", "Återrapportering"]), ("journal.pdf", ["Skriftligt uppdrag överlämnat personligen"]),
                                            ("akt_SOC-2014-301.pdf", ["Uppdragets innehåll", "Återrapportering", "Skriftligt uppdrag överlämnat personligen"])],
                                           present="abcdefg"),
        },
    }


def case_o3():
    dnr = "SOC 2015/142"
    utr = [
        ("title", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn:", "Sara Lindgren"), ("Dnr:", dnr), ("Handläggare:", "Ingela Sjödin"), ("Utredningen avslutad:", "2015-04-08")]),
        ("h", "Ansökan"),
        ("p", "Sara Lindgren ansökte 2015-03-16 om öppenvård. Hon hänvisades av barnmorskan på ungdomsmottagningen efter ett samtal om alkohol och cannabis."),
        ("h", "Uppgifter i ärendet"),
        ("p", "Sara bor hos sin mamma i Domsjö. Hon studerar på Komvux och arbetar extra i en butik, där hennes chef ger henne stöd och har gett henne "
              "i uppdrag att själv ta kontakt med företagshälsovården. Sara berättar att hon dricker på helgerna och ibland röker cannabis med "
              "kompisar. AUDIT 16, DUDIT 9. Mamman har inte velat delta i utredningen."),
        ("h", "Saras önskemål"),
        ("p", "Sara vill gå i en grupp med andra unga kvinnor och ha samtal ibland."),
        ("h", "Socialsekreterarens synpunkter"),
        ("p", "Sara bedöms vara i behov av öppenvård."),
        ("h", "Förslag"),
        ("p", "Sara beviljas öppenvård vid Resursenheten (kvinnogrupp och enskilda samtal) under sex månader från 2015-04-20."),
        ("sig", ["Ingela Sjödin", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Sara Lindgren"), ("Dnr:", dnr), ("Datum:", "2015-04-10")]),
        ("p", "Socialnämnden beviljar Sara Lindgren öppenvård enligt 4 kap. 1 § SoL vid Resursenheten, kvinnogrupp och enskilda samtal, "
              "under sex månader från 2015-04-20."),
        ("sig", ["Lars-Erik Höglund, enhetschef"]),
    ]
    tom = [
        ("title", "VÅRDPLAN"),
        ("table", {"widths": [4, 10], "rows": [["**Namn**", "Sara Lindgren"], ["**Insats**", ""], ["**Upprättad datum**", ""], ["**Deltagare**", ""]]}),
        ("h2", "Övergripande mål"),
        ("table", {"widths": [1], "rows": [["\u00a0\n\u00a0\n\u00a0"]]}),
        ("h2", "Delmål"),
        ("table", {"head": ["Delmål", "Aktivitet", "Ansvarig", "Klart datum"], "widths": [4, 5, 3, 2.5], "rows": [["\u00a0\n\u00a0", "", "", ""], ["\u00a0\n\u00a0", "", "", ""], ["\u00a0\n\u00a0", "", "", ""]]}),
        ("h2", "Uppföljning av planen"),
        ("table", {"widths": [1], "rows": [["\u00a0\n\u00a0"]]}),
        ("p", "Underskrift klient: ______________________     Underskrift handläggare: ______________________"),
    ]
    jn = journal([
        ("2015-03-16", "IS", "Ansökan", "Sara på besök tillsammans med barnmorskan Eva. Ansöker om samtal/grupp."),
        ("2015-03-25", "IS", "Samtal", "AUDIT 16 DUDIT 9. Sara vill inte att mamma ska vara med."),
        ("2015-04-10", "IS", "Beslut", "Beslut öppenvård, Resursenheten."),
        ("2015-04-14", "IS", "Resursenheten", "Pratat med Karin på Resursenheten. Sara kan börja i gruppen 20/4. Uppdrag till Resursenheten skickas när Sara bekräftat tiden. "
                                             "Vårdplan upprättas vid första samtalet, blankett lagd i akten."),
        ("2015-04-20", "IS", "Start", "Sara började i gruppen enligt Karin."),
        ("2015-05-27", "IS", "Planering", "Planerat hembesök 2015-06-03 ställs in, Sara vill hellre ses på kontoret."),
        ("2015-06-23", "IS", "Uppföljningssamtal", "Uppföljningssamtal på Resursenheten med Sara och Karin. Sara har varit på alla gruppträffar utom en. "
                                                  "Hon har inte rökt cannabis sedan april och dricker mindre, max en gång i månaden enl. egen uppgift. "
                                                  "Hon har klarat sina kurser på Komvux. Sara vill fortsätta i gruppen efter sommaren."),
        ("2015-09-08", "IS", "Anteckning", "Sara tillbaka i gruppen efter sommaruppehållet enligt Karin."),
    ], style="bold")
    return {
        "case_id": "ornskoldsvik_SOC-2015-142", "committee": "Örnsköldsvik", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "ps", "blocks": utr,
             "opts": {"family": "times", "header": ("Örnsköldsviks kommun · Socialförvaltningen · Vuxenteamet", "Sida {n} av {N}"), "footer": ""}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Örnsköldsviks kommun – Socialnämnden", dnr), "footer": ""}},
            {"file": "vardplan.pdf", "type": "vårdplan (tom blankett)", "producer": "rl", "blocks": tom,
             "opts": {"font": "Helvetica", "header": (HEAD, ""), "footer": ""}, "layout": "portrait, empty form"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "odt", "blocks": [("title", "Journalanteckningar")] + jn,
             "opts": {"font": "Liberation Sans", "size": 10, "header": (HEAD, "Sara Lindgren " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "criteria": {
            "needs_assessment": crit("delvis", "Under 'Socialsekreterarens synpunkter' står bara slutsatsen 'Sara bedöms vara i behov av öppenvård' utan vilka behov eller varför.",
                                     [("utredning.pdf", ["Sara bedöms vara i behov av öppenvård"])]),
            "planning": crit("nej", "Vårdplansblanketten är helt tom; journalen säger bara att plan ska upprättas och nämner ett 'planerat hembesök'."),
            "follow_up": crit("ja", "Uppföljningssamtal 2015-06-23 med utfall i journalen.", [("journal.pdf", ["Uppföljningssamtal på Resursenheten"])]),
            "assignment_description": crit("nej", "Journalen säger att uppdrag 'skickas' till Resursenheten, men inget skriftligt uppdrag finns ('uppdrag' i övrigt i annan betydelse).", present=""),
        },
    }


def case_o4():
    dnr = "SOC 2014/455"
    ans = [
        ("title", "Ansökan om bistånd"),
        ("kv", [("Namn:", "Mikael Strömberg"), ("Personnummer:", "19020311-6159"), ("Datum:", "2014-10-08")]),
        ("h2", "Jag ansöker om"),
        ("checks", [(False, "Försörjningsstöd"), (True, "Behandling för missbruk"), (False, "Boendestöd"), (False, "Annat")]),
        ("h2", "Motivering (sökandes egna ord)"),
        ("p", "Jag har druckit varje dag sen i våras och klarar inte av att sluta själv. Jag ligger inne på avgiftningen nu och vill inte gå hem till "
              "lägenheten direkt för då börjar jag igen. Jag behöver komma iväg på behandling, helst Tallmogården där en kompis har varit."),
        ("p", "Underskrift: Mikael Strömberg"),
    ]
    audit = [
        ("title", "AUDIT/DUDIT – resultat"),
        ("kv", [("Klient:", "Mikael Strömberg"), ("Datum:", "2014-10-09"), ("Genomfört av:", "Mattias Näslund")]),
        ("table", {"head": ["Instrument", "Poäng", "Referens"], "widths": [4, 2, 8],
                   "rows": [["AUDIT", "30", "≥ 20 talar för alkoholberoende"], ["DUDIT", "2", "≥ 25 talar för narkotikaberoende (män)"]]}),
        ("p", "Testresultaten talar för alkoholberoende. Resultatet är inte en bedömning av socialtjänsten utan ett underlag."),
    ]
    tja = [
        ("title", "Tjänsteanteckning"),
        ("kv", [("Datum:", "2014-10-13"), ("Klient:", "Mikael Strömberg"), ("Dnr:", dnr), ("Handläggare:", "Mattias Näslund")]),
        ("p", "Mikael vårdas på avgiftningsavdelningen och ska skrivas ut 2014-10-20. Tallmogården har en plats ledig samma dag. För att platsen inte "
              "ska gå förlorad fattas beslut om placering utan föregående utredning. Någon bedömning av Mikaels behov har inte gjorts i detta skede; "
              "utredning ska göras under placeringen."),
        ("sig", ["Mattias Näslund, socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Beslutsdatum:", "2014-10-14"), ("Dnr:", dnr), ("Namn:", "Mikael Strömberg, 19020311-6159")]),
        ("p", "Socialnämnden beviljar institutionsvård enligt 4 kap. 1 § SoL på Tallmogården HVB 2014-10-20 – 2015-02-13."),
        ("sig", ["Lars-Erik Höglund", "Enhetschef, delegation"]),
        ("space", 30),
        ("p", "Beslutet har delgivits klienten:  2014-10-15    Mottagarens namnteckning: ........................................"),
    ]
    pu = [
        ("right", ["Örnsköldsvik 2014-10-15", "Dnr " + dnr]),
        ("lines", ["Tallmogården HVB", "Att: Föreståndare Ove Lindström", "Tallmovägen 12, 882 91 Sollefteå"]),
        ("title", "Placeringsuppdrag"),
        ("p", "Socialnämnden i Örnsköldsvik placerar Mikael Strömberg, 19020311-6159, på Tallmogården enligt 4 kap. 1 § SoL från 2014-10-20 till 2015-02-13. "
              "Se bifogat beslut."),
        ("h", "Uppdraget"),
        ("p", "Boende och alkoholbehandling enligt Tallmogårdens program (tolvsteg), inklusive anhörigdagar och utslussning. Tallmogården upprättar "
              "vårdplan tillsammans med Mikael och handläggaren inom tre veckor."),
        ("h", "Mål"),
        ("p", "Mikael ska vara nykter under placeringen och ha en fungerande plan för nykterhet och boende efter utskrivningen."),
        ("h", "Uppföljning"),
        ("p", "Behandlingskonferens efter sju veckor och före utskrivning, med Mikael, behandlare och handläggare. Tallmogården meddelar handläggaren vid avbrott."),
        ("h", "Slutrapport"),
        ("p", "Skriftlig slutrapport senast två veckor efter utskrivning med genomförd behandling, måluppfyllelse och rekommendation om eftervård."),
        ("h", "Handläggare"),
        ("p", "Mattias Näslund, Vuxenteamet, 070-174 06 52, mattias.naslund@ornskoldsvik.se"),
        ("sig", ["Mattias Näslund"]),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("kv", [("Klient:", "Mikael Strömberg"), ("Upprättad:", "2014-11-05, Tallmogården"), ("Deltagare:", "Mikael, behandlare Jonny Holmqvist, socialsekreterare Mattias Näslund")]),
        ("h", "Mål 1: Mikael är nykter"),
        ("numbered", ["Delmål: Mikael deltar i morgongrupp och stegarbete varje vardag under hela placeringen. Ansvar: Mikael, Jonny.",
                      "Delmål: Mikael har gjort steg 1–4 senast 2014-12-19. Ansvar: Mikael, Jonny.",
                      "Delmål: Alkotest varje morgon och urinprov varje vecka. Ansvar: personalen."]),
        ("h", "Mål 2: Mikael har en plan för tiden efter behandlingen"),
        ("numbered", ["Delmål: Mikael har skrivit en återfallsplan senast 2015-01-30. Ansvar: Mikael och Jonny.",
                      "Delmål: Eftervård på hemorten (Vuxenteamets eftervårdsgrupp) är bokad senast 2015-02-06. Ansvar: Mattias.",
                      "Delmål: Mikael har pratat med hyresvärden om sin skuld och gjort en avbetalningsplan före 2015-01-15. Ansvar: Mikael med stöd av Jonny."]),
        ("p", "Vårdplanen gås igenom vid behandlingskonferensen i december."),
    ]
    jn = journal([
        ("2014-10-08", "MN", "Ansökan", "Besök på avgiftningen. Mikael ansöker om Tallmogården."),
        ("2014-10-13", "MN", "Anteckning", "Se tjänsteanteckning, beslut utan utredning pga platsen."),
        ("2014-10-14", "MN", "Beslut", "Beslut Tallmogården."),
        ("2014-10-15", "MN", "Placeringsuppdrag", "Placeringsuppdrag och beslut skickat till Tallmogården med post, kopia med e-post till Ove L."),
        ("2014-10-20", "MN", "Inskrivning", "Mikael hämtad av Tallmogården vid avgiftningen."),
        ("2014-11-05", "MN", "Vårdplan", "Vårdplan upprättad, se dokument."),
        ("2014-12-10", "MN", "Behandlingskonferens", "Behandlingskonferens på Tallmogården. Mikael nykter, alla test neg. Steg 1–3 gjorda, steg 4 påbörjat. "
                                                   "Han har ringt hyresvärden, avbetalning 800 kr/mån klar. Han är orolig inför jul, får stanna på Tallmogården över helgerna. Vårdplanen oförändrad."),
        ("2015-02-04", "MN", "Behandlingskonferens", "Konferens inför utskrivning. Mikael nykter hela placeringen. Återfallsplan klar. Börjar i eftervårdsgruppen 2015-02-17."),
        ("2015-02-13", "MN", "Utskrivning", "Utskriven enligt plan."),
        ("2015-03-05", "MN", "Utvärdering", "Utvärdering med Mikael. Nykter efter hemkomsten, i eftervårdsgruppen varje tisdag. Slutrapport från Tallmogården inkommen 2015-02-25. Placeringen avslutad."),
    ], style="bold")
    return {
        "case_id": "ornskoldsvik_SOC-2014-455", "committee": "Örnsköldsvik", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "ansokan.pdf", "type": "ansökan", "producer": "rl", "blocks": ans, "opts": {"font": "Helvetica", "header": (HEAD, "Ansökan"), "footer": ""}},
            {"file": "audit.pdf", "type": "AUDIT/DUDIT-resultat", "producer": "rl", "blocks": audit, "opts": {"font": "Helvetica", "header": (HEAD, ""), "footer": ""}},
            {"file": "tjansteanteckning.pdf", "type": "tjänsteanteckning", "producer": "odt", "blocks": tja,
             "opts": {"font": "Liberation Serif", "header": (HEAD, dnr), "footer": ""}},
            {"file": "beslut.pdf", "type": "beslut (inskannat)", "producer": "odt", "blocks": beslut,
             "opts": {"font": "Liberation Serif", "header": ("Örnsköldsviks kommun – Socialnämnden", dnr), "footer": ""}},
            {"file": "placeringsuppdrag.pdf", "type": "uppdragsbeskrivning (placeringsuppdrag)", "producer": "ps", "blocks": pu,
             "opts": {"family": "times", "header": ("Örnsköldsviks kommun, Socialförvaltningen, Vuxenteamet", ""), "footer": "Sida {n} av {N}"}},
            {"file": "vardplan.pdf", "type": "vårdplan", "producer": "odt", "blocks": vp,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (HEAD, dnr), "footer": "Sida {n} av {N}"}},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal – Mikael Strömberg")] + jn,
             "opts": {"family": "helvetica", "size": 10, "header": ("Vuxenteamet, Örnsköldsvik", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "assemble": [{"file": "akt_SOC-2014-455.pdf", "type": "hel akt (ansökan, AUDIT/DUDIT, tjänsteanteckning, beslut, placeringsuppdrag, vårdplan, journal)",
                      "parts": ["ansokan.pdf", "audit.pdf", "tjansteanteckning.pdf", "beslut.pdf", "placeringsuppdrag.pdf", "vardplan.pdf", "journal.pdf"],
                      "layout": "assembled (pdfunite), page 4 (beslut) scanned"}],
        "scan": {"akt_SOC-2014-455.pdf": {"part": "beslut.pdf", "signature": ["Lars-Erik"],
                                          "stamp": ["ÖRNSKÖLDSVIKS KOMMUN", "Socialförvaltningen", "Ink. 2014-10-16"]}},
        "criteria": {
            "needs_assessment": crit("nej", "Ingen bedömning: tjänsteanteckningen säger att ingen bedömning gjorts och utredning aldrig gjordes; bara klientens egna ord, AUDIT/DUDIT och ett beslut utan skäl."),
            "planning": crit("ja", "Vårdplan med numrerade mål och delmål, ansvar och datum.", [("akt_SOC-2014-455.pdf", ["Mål 1: Mikael är nykter", "Mål 2: Mikael har en plan"])]),
            "follow_up": crit("ja", "Behandlingskonferenser 2014-12-10 och 2015-02-04 samt utvärdering 2015-03-05 med utfall.",
                              [("akt_SOC-2014-455.pdf", ["Behandlingskonferens på Tallmogården", "Utvärdering med Mikael"])]),
            "assignment_description": crit("delvis", "Placeringsuppdraget har innehåll, mål, uppföljning, slutrapport, handläggare och avsändningsdatum, men ingen bedömning av Mikaels behov (a).",
                                           [("akt_SOC-2014-455.pdf", ["Placeringsuppdrag", "Slutrapport", "Placeringsuppdrag och beslut skickat"])], present="bcdefg"),
        },
    }


CASES = [case_o1, case_o2, case_o3, case_o4]
