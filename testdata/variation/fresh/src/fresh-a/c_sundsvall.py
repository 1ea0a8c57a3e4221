"""Sundsvall: four cases."""
from common import OFF, journal, crit

O = OFF["sundsvall"]
LH = O["lh"]
HEAD = O["head"]


def case_sv1():
    dnr = "2015-000318"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Namn:", "Lars-Göran Westin"), ("Personnummer:", "19010228-7036"), ("Diarienummer:", dnr),
                ("Handläggare:", "Helena Wiklund"), ("Utredningstid:", "2015-02-02 – 2015-03-06")]),
        ("h", "Ansökan"),
        ("p", "Lars-Göran (kallas Lasse) ansökte 2015-02-02 om behandling på behandlingshem. Ansökan kom i samband med att han skrevs ut från "
              "psykiatrisk akutvård efter en amfetaminutlöst psykos."),
        ("h", "Uppgifter från Lars-Göran"),
        ("p", "Lars-Göran har druckit alkohol sedan tonåren och har använt amfetamin i perioder sedan 2008, de senaste månaderna flera gånger i "
              "veckan. Han har arbetat som målare men har varit arbetslös i två år. Han bor i en hyresrätt på Nacksta och har hyresskulder. "
              "Han har två vuxna barn som han har sporadisk kontakt med."),
        ("h", "Uppgifter från andra"),
        ("p", "Psykiatrin (epikris 2015-01-30): psykotiska symtom som klingade av efter avgiftning, ingen kvarstående psykossjukdom. Rekommenderar "
              "drogfrihet och uppföljning i psykiatrisk öppenvård. Kronofogden: skulder på ca 64 000 kr. Hyresvärden: uppsägning aviserad vid nästa störning."),
        ("h", "Tester"),
        ("p", "AUDIT 25, DUDIT 33 (2015-02-10)."),
        ("h", "Lars-Görans önskemål"),
        ("p", "Han vill till Björkängen, där han var 2009 och blev drogfri i ett år. Han vill inte bo kvar på Nacksta."),
        ("p", "Utredningen överlämnas för beslut."),
        ("sig", ["Helena Wiklund, socialsekreterare", "2015-03-06"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Lars-Göran Westin, 19010228-7036"), ("Diarienummer:", dnr), ("Beslutsdatum:", "2015-03-11")]),
        ("h", "Beslut"),
        ("p", "Socialnämnden beviljar Lars-Göran Westin bistånd enligt 4 kap. 1 § SoL i form av institutionsvård på Björkängens behandlingshem "
              "under perioden 2015-03-23 – 2015-07-10."),
        ("h", "Skäl för beslutet"),
        ("p", "Lars-Göran använder amfetamin flera gånger i veckan och dricker alkohol. Missbruket har nyligen lett till en psykos, och psykiatrin "
              "betonar att han måste vara drogfri för att undvika nya insjuknanden. Han har inte varit drogfri någon längre period sedan 2010, han "
              "riskerar att förlora sin bostad och saknar sysselsättning och ett drogfritt umgänge."),
        ("p", "Nämnden anser att Lars-Göran i nuläget inte kan bli drogfri på hemorten. Han behöver en skyddad miljö under flera månader där han får "
              "hjälp att stå emot suget efter amfetamin, förstå vad som lett till återfallen och få stöd att lösa boendet och ekonomin inför hemkomsten. "
              "Björkängen erbjuder återfallsprevention och miljöterapi för personer med blandmissbruk, har psykiatrisk konsult och har tidigare "
              "gett Lars-Göran ett drogfritt år. Öppenvård bedöms inte tillräcklig förrän han har en drogfri grund att stå på."),
        ("h", "Lagrum"),
        ("p", "4 kap. 1 § socialtjänstlagen."),
        ("sig", ["Mats Edholm", "Enhetschef, beslut enligt delegation"]),
    ]
    vb = [
        ("lines", ["Sundsvall 2015-03-13", "Dnr " + dnr]),
        ("lines", ["Björkängens behandlingshem", "Intagningen", "Björkängsvägen 21", "841 31 Ånge"]),
        ("title", "Vårdbegäran – Lars-Göran Westin"),
        ("p", "Socialnämnden i Sundsvall har 2015-03-11 beslutat om institutionsvård (4 kap. 1 § SoL) för Lars-Göran Westin, 19010228-7036, på "
              "Björkängens behandlingshem 2015-03-23 – 2015-07-10. Vi begär härmed att Björkängen tar emot Lars-Göran enligt nedanstående uppdrag."),
        ("h2", "Nämndens bedömning"),
        ("p", "Lars-Göran har ett blandmissbruk (amfetamin och alkohol) som nyligen ledde till en psykos. Han kan i nuläget inte bli drogfri på "
              "hemorten och behöver en skyddad miljö under flera månader med stöd mot suget, arbete med återfallen och hjälp att lösa boende "
              "och ekonomi inför hemkomsten."),
        ("h2", "Uppdragets innehåll"),
        ("p", "Boende, miljöterapi och återfallsprevention; kontakt med Björkängens psykiatriska konsult; stöd att ta kontakt med hyresvärden och "
              "Kronofogden; planering av eftervård tillsammans med handläggaren. Vårdplan upprättas med Lars-Göran och handläggaren inom två veckor."),
        ("h2", "Mål"),
        ("p", "Lars-Göran är drogfri under placeringen. Han har vid utskrivning en skriftlig återfallsplan, en ordnad boendesituation och en "
              "bokad kontakt med psykiatrisk öppenvård och eftervård i Sundsvall."),
        ("h2", "Uppföljning"),
        ("p", "Handläggaren följer upp på Björkängen vid halva placeringstiden och vid ett avslutande möte. Björkängen rapporterar muntligen till "
              "handläggaren varannan vecka och omedelbart vid avvikelse eller återfall."),
        ("h2", "Återrapportering vid avslut"),
        ("p", "Skriftlig slutrapport till handläggaren senast två veckor efter avslut, med behandlingens innehåll, måluppfyllelse, provsvar och rekommendationer."),
        ("h2", "Ansvarig handläggare"),
        ("p", "Helena Wiklund, Vuxenenheten Beroendegruppen, telefon 070-174 06 61, e-post helena.wiklund@sundsvall.se"),
        ("sig", ["Helena Wiklund"]),
    ]
    vp = [
        ("title", "Vårdplan / överenskommelse"),
        ("kv", [("Namn:", "Lars-Göran Westin"), ("Datum:", "2015-04-01"), ("Plats:", "Björkängens behandlingshem"),
                ("Deltagare:", "Lars-Göran, kontaktperson Annika Modin (Björkängen), Helena Wiklund (socialsekreterare)")]),
        ("h", "Mitt mål"),
        ("p", "Jag vill vara drogfri och ha ett eget boende som jag kan behålla när jag kommer hem."),
        ("h", "Delmål 1 – drogfrihet"),
        ("dashes", ["Jag lämnar urinprov två gånger i veckan under hela placeringen. Annika ansvarar för proverna.",
                    "Jag går i återfallspreventionsgruppen varje tisdag och torsdag.",
                    "Jag har skrivit min återfallsplan klar senast 2015-06-19 tillsammans med Annika."]),
        ("h", "Delmål 2 – boende och ekonomi"),
        ("dashes", ["Jag ringer hyresvärden med stöd av Annika senast 2015-04-15 och gör en avbetalningsplan.",
                    "Helena hjälper mig att få en tid hos budget- och skuldrådgivningen i maj."]),
        ("h", "Delmål 3 – efter behandlingen"),
        ("dashes", ["Min kontaktperson Helena bokar tid i psykiatrisk öppenvård och anmäler mig till eftervård senast 2015-06-26."]),
        ("p", "Vi följer upp planen vid halva tiden (maj) och vid avslutet."),
        ("p", "Underskrifter: Lars-Göran Westin, Annika Modin, Helena Wiklund"),
    ]
    jrows = [
        ("2015-02-02", "Aktualisering", "Samordnad vårdplanering med psykiatrin. LG ansöker om behandlingshem. Samtycke till kontakter.", "HW"),
        ("2015-02-10", "Samtal", "AUDIT 25, DUDIT 33. LG nykter/drogfri sedan inläggningen.", "HW"),
        ("2015-03-11", "Beslut", "Beslut Björkängen.", "HW"),
        ("2015-03-13", "Vårdbegäran", "Vårdbegäran skickad till Björkängen med post och e-post, mottagen enl. intagningen 16/3.", "HW"),
        ("2015-03-23", "Inskrivning", "LG inskriven på Björkängen.", "HW"),
        ("2015-04-01", "Vårdplan", "Vårdplan/överenskommelse upprättad på Björkängen.", "HW"),
        ("2015-04-22", "Återkoppling", "Återkoppling från behandlingshemmet (Annika M., tfn): LG drogfri, alla prov neg. Deltar i gruppen. Har ringt hyresvärden, avbet.plan klar.", "HW"),
        ("2015-05-12", "Halvtidsuppföljning", "Halvtidsuppf. på Björkängen, LG, Annika och handl. Drogfri, återfallsplanen påbörjad. Budgetrådgivning 2015-05-20 bokad. LG har haft kontakt med sin dotter. Fortsätter enl. plan.", "HW"),
        ("2015-07-10", "Utskrivning", "LG utskriven. Eftervård och psykiatrisk öppenvård bokat.", "HW"),
        ("2015-08-25", "Utvärdering", "Utvärdering med LG på kontoret. Drogfri enl. prov på eftervården. Bor kvar, avbetalar skulden. Slutrapport från Björkängen mottagen 2015-07-21. Insatsen avslutad.", "HW"),
    ]
    jn = [("table", {"head": ["Datum", "Händelse", "Anteckning", "Sign"], "widths": [2.1, 2.6, 9, 1],
                     "rows": [[d, t, x, sg] for d, t, x, sg in jrows]})]
    samtycke = [
        ("title", "Samtycke till informationsutbyte"),
        ("p", "Jag, **Lars-Göran Westin**, 19010228-7036, samtycker till att Socialtjänsten i Sundsvall, Vuxenenheten, får lämna och hämta "
              "uppgifter om mig hos:"),
        ("checks", [(True, "Psykiatrin, Sundsvalls sjukhus"), (True, "Björkängens behandlingshem"), (True, "Hyresvärd"), (False, "Försäkringskassan"),
                    (True, "Kronofogdemyndigheten"), (False, "Arbetsförmedlingen")]),
        ("p", "Samtycket gäller under pågående ärende och kan när som helst återkallas."),
        ("p", "Sundsvall 2015-02-02"),
        ("sig", ["Lars-Göran Westin"]),
    ]
    return {
        "case_id": "sundsvall_2015-000318", "committee": "Sundsvall", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "samtycke.pdf", "type": "samtycke", "producer": "rl", "blocks": samtycke,
             "opts": {"font": "Helvetica", "header": (HEAD, "Dnr " + dnr), "footer": ""}, "layout": "portrait, form with tick boxes"},
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (HEAD, "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": ("Sundsvalls kommun · Socialnämnden", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
            {"file": "vardbegaran.pdf", "type": "uppdragsbeskrivning (vårdbegäran)", "producer": "odt", "blocks": vb,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (HEAD, ""), "footer": "Sida {n} av {N}"}},
            {"file": "vardplan.pdf", "type": "vårdplan (överenskommelse)", "producer": "ps", "blocks": vp,
             "opts": {"family": "helvetica", "size": 10.5, "header": ("Sundsvalls kommun – Vuxenenheten", "Vårdplan"), "footer": ""}},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "rl", "blocks": [("title", "Journalanteckningar – Lars-Göran Westin")] + jn,
             "opts": {"font": "Helvetica", "size": 9.5, "header": (HEAD, "Sida {n} av {N}"), "footer": "Dnr " + dnr}},
        ],
        "assemble": [{"file": "akt_2015-000318.pdf", "type": "akt (utredning, beslut, vårdbegäran, vårdplan, journal)",
                      "parts": ["utredning.pdf", "beslut.pdf", "vardbegaran.pdf", "vardplan.pdf", "journal.pdf"],
                      "layout": "assembled (pdfunite); the vårdplan page is rotated 90° (/Rotate)"}],
        "rotate": {"akt_2015-000318.pdf": {"part": "vardplan.pdf"}},
        "order": ["samtycke.pdf", "akt_2015-000318.pdf"],
        "criteria": {
            "needs_assessment": crit("ja", "Bedömningen finns bara i beslutets 'Skäl för beslutet' (missbruk, psykos, boende, varför Björkängen), utan ordet 'behov'; utredningen saknar egen bedömning.",
                                     [("akt_2015-000318.pdf", ["Skäl för beslutet", "Nämnden anser att Lars-Göran i nuläget", "Nämndens bedömning"])]),
            "planning": crit("ja", "Vårdplan/överenskommelse i jagform med delmål, ansvar och datum (sidan är roterad 90°).",
                             [("akt_2015-000318.pdf", ["Delmål 1 – drogfrihet", "Delmål 3 – efter behandlingen"])]),
            "follow_up": crit("ja", "Återkoppling från behandlingshemmet 2015-04-22, halvtidsuppföljning 2015-05-12 och utvärdering 2015-08-25 med utfall.",
                              [("akt_2015-000318.pdf", ["Halvtidsuppf. på Björkängen", "Utvärdering med LG"])]),
            "assignment_description": crit("ja", "Vårdbegäran 2015-03-13 med bedömning, innehåll, mål, uppföljning, återrapportering och kontaktuppgifter; skickad enligt journal.",
                                           [("akt_2015-000318.pdf", ["Uppdragets innehåll", "Återrapportering vid avslut", "Vårdbegäran skickad till Björkängen"])],
                                           present="abcdefg"),
        },
    }


def case_sv2():
    dnr = "2014-001245"
    utr = [
        ("title", "Utredning (pågående)"),
        ("kv", [("Namn:", "Annika Bergqvist"), ("Dnr:", dnr), ("Handläggare:", "Björn Sundström"), ("Utredning inledd:", "2014-11-17")]),
        ("h", "Ansökan"),
        ("p", "Annika ansökte 2014-11-17 om hjälp för sitt drickande efter kontakt med beroendemottagningen, som remitterat henne hit."),
        ("h", "Hittills inhämtade uppgifter"),
        ("p", "Annika är 2 barns mamma, barnen är vuxna. Hon arbetar som lokalvårdare och bor ensam i Skönsberg. Hon dricker vin dagligen sedan en "
              "skilsmässa för tre år sedan. Hon har inte haft kontakt med socialtjänsten tidigare. AUDIT (2014-11-24): 19 poäng."),
        ("p", "Remissvar från beroendemottagningen har inkommit. Samtal med arbetsgivaren och ytterligare samtal med Annika återstår."),
        ("h", "Preliminär bedömning"),
        ("p", "Preliminärt bedöms Annika behöva stöd för att minska sitt drickande. Vilken insats som är lämplig på sikt tas ställning till när "
              "utredningen är klar, beräknat i februari 2015. I avvaktan på detta föreslås öppenvård under utredningstiden."),
        ("sig", ["Björn Sundström", "socialsekreterare", "2014-12-03"]),
    ]
    remiss = [
        ("title", "Remissvar"),
        ("kv", [("Till:", "Socialtjänsten, Vuxenenheten Sundsvall"), ("Från:", "Beroendemottagningen, Sundsvalls sjukhus"), ("Datum:", "2014-11-28"),
                ("Patient:", "Annika Bergqvist")]),
        ("p", "Annika har besökt mottagningen 2014-11-10 och 2014-11-24. PEth 1,12 µmol/l. Leverprover lätt förhöjda."),
        ("h2", "Bedömning"),
        ("p", "Alkoholberoende, F10.2. Patienten har behov av psykosocial behandling och rekommenderas kontakt med kommunens öppenvård. "
              "Vi erbjuder läkemedelsbehandling (naltrexon) och uppföljande läkarbesök."),
        ("sig", ["Karin Hellström", "överläkare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Annika Bergqvist"), ("Dnr:", dnr), ("Datum:", "2014-12-04")]),
        ("p", "Socialnämnden beviljar Annika Bergqvist bistånd enligt 4 kap. 1 § SoL i form av öppenvård vid Öppenvårdsteamet under utredningstiden, "
              "fr.o.m. 2014-12-08 t.o.m. 2015-06-05."),
        ("p", "Uppföljning ska ske om tre månader."),
        ("sig", ["Björn Sundström", "socialsekreterare, delegation"]),
    ]
    mejl = [
        ("lines", ["**Från:** Sundström Björn", "**Skickat:** den 5 december 2014 11:26", "**Till:** Öppenvårdsteamet; Lundqvist Petra",
                   "**Ämne:** Nytt uppdrag – Annika B (2014-001245)"]),
        ("p", "Hej Petra!"),
        ("p", "Annika Bergqvist har beviljats öppenvård hos er from 8/12. Beslut bifogas. Uppdraget är MI-samtal individuellt en gång i veckan och "
              "sedan ÅP-gruppen när det finns plats, plus PEth-prov en gång per månad."),
        ("p", "Mål: Annika ska ha minskat sitt drickande till högst två tillfällen per vecka och ha PEth under 0,3 efter sex månader."),
        ("p", "När insatsen avslutas vill jag ha en kort skriftlig sammanfattning om närvaro, provsvar och hur målet nåtts."),
        ("lines", ["Mvh", "Björn Sundström", "Socialsekreterare, Vuxenenheten Sundsvalls kommun", "Tfn 070-174 06 62", "bjorn.sundstrom@sundsvall.se"]),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("kv", [("Klient:", "Annika Bergqvist"), ("Utförare:", "Öppenvårdsteamet, Sundsvall"), ("Behandlare:", "Petra Lundqvist"), ("Datum:", "2014-12-15")]),
        ("table", {"head": ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], "widths": [4, 5, 2.5, 3],
                   "rows": [["Annika dricker högst två dagar/vecka", "MI-samtal varje måndag kl. 15\nDryckesdagbok", "Annika, Petra", "2014-12-15 – 2015-06-05"],
                            ["PEth under 0,3", "PEth-prov på mottagningen", "Petra", "Första måndagen varje månad"],
                            ["Annika har börjat i ÅP-gruppen", "Anmälan till gruppen\nÅP-grupp 8 tillfällen", "Petra\nAnnika", "Anmälan 2014-12-19\nStart 2015-02-02"],
                            ["Annika har en plan för helger", "Helgplan görs i samtal", "Annika, Petra", "Klar 2015-01-31"]]}),
        ("p", "Underskrift: Annika Bergqvist / Petra Lundqvist"),
    ]
    jn = journal([
        ("2014-11-17", "BS", "Ansökan", "Annika ansöker om hjälp med alkohol. Utredning inleds."),
        ("2014-11-24", "BS", "Samtal", "AUDIT 19. Annika vill ha samtal, inte behandlingshem."),
        ("2014-12-04", "BS", "Beslut", "Beslut ÖV under utredningstiden."),
        ("2014-12-05", "BS", "Uppdrag", "Uppdrag mejlat till ÖV-teamet, Petra L."),
        ("2014-12-15", "BS", "GFP", "GFP inkommen från Petra."),
        ("2015-03-11", "BS", "Uppf", "Uppföljningsmöte bokat till 18/3 kl 10 med Annika och Petra."),
        ("2015-03-18", "BS", "Inställt", "Mötet inställt, Annika sjuk. Ny tid bokas."),
        ("2015-04-20", "BS", "Handläggarbyte", "Ärendet överlämnat till Sofia Engström pga att BS slutar. Utredningen ej klar, uppföljning ej gjord."),
        ("2015-06-05", "SE", "Anteckning", "Beslutet går ut idag. Petra meddelar att Annika fortsatt kommer till samtalen. Nytt beslut tas efter kontakt med Annika."),
    ], style="plain")
    return {
        "case_id": "sundsvall_2014-001245", "committee": "Sundsvall", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning (ej slutförd)", "producer": "ps", "blocks": utr,
             "opts": {"family": "times", "header": ("Sundsvalls kommun – Individ- och familjeomsorgen", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
            {"file": "remissvar.pdf", "type": "remissvar (läkare)", "producer": "rl", "blocks": remiss,
             "opts": {"font": "Times-Roman", "size": 11, "letterhead": ["Beroendemottagningen", "Sundsvalls sjukhus", "Landstinget Västernorrland"], "footer": ""}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "ps", "blocks": beslut,
             "opts": {"family": "times", "header": ("Sundsvalls kommun – Socialnämnden", dnr), "footer": ""}},
            {"file": "uppdrag_mejl.pdf", "type": "uppdragsbeskrivning (e-post)", "producer": "odt", "blocks": mejl,
             "opts": {"font": "Liberation Sans", "size": 10, "header": ("", ""), "footer": "Sida {n}"}, "layout": "portrait, printed e-mail"},
            {"file": "genomforandeplan.pdf", "type": "genomförandeplan", "producer": "rl", "blocks": gfp,
             "opts": {"font": "Helvetica", "header": ("Öppenvårdsteamet – Sundsvalls kommun", "GFP"), "footer": "Sida {n} av {N}"},
             "layout": "portrait, table Mål | Insats/aktivitet | Ansvarig | Tidpunkt"},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "odt", "blocks": [("title", "Journalanteckningar")] + jn,
             "opts": {"font": "Liberation Serif", "header": (HEAD, "Annika Bergqvist, dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "criteria": {
            "needs_assessment": crit("delvis", "Bara en 'Preliminär bedömning' i en utredning som aldrig slutfördes; läkarens bedömning i remissvaret räknas inte.",
                                     [("utredning.pdf", ["Preliminär bedömning"])]),
            "planning": crit("ja", "Genomförandeplan i tabell med mål, insats, ansvarig och tidpunkt.",
                             [("genomforandeplan.pdf", ["Annika dricker högst två dagar/vecka"])]),
            "follow_up": crit("nej", "Uppföljningsmötet 2015-03-18 ställdes in och gjordes aldrig ('uppföljning ej gjord'); beslutet säger bara att uppföljning ska ske."),
            "assignment_description": crit("delvis", "Uppdragsmejl 2014-12-05 med innehåll, mål, avslutsrapport och kontaktuppgifter, men utan bedömning (a) och utan hur uppföljningen görs (d).",
                                           [("uppdrag_mejl.pdf", ["Uppdraget är MI-samtal", "När insatsen avslutas"]), ("journal.pdf", ["Uppdrag mejlat till ÖV-teamet"])],
                                           present="bcefg"),
        },
    }


def case_sv3():
    dnr = "2015-000077"
    utr = [
        ("title", "Utredning – Daniel Åström"),
        ("kv", [("Dnr:", dnr), ("Handläggare:", "Sofia Engström"), ("Utredningstid:", "2015-01-12 – 2015-02-06")]),
        ("h", "Ansökan"),
        ("p", "Daniel Åström ansökte 2015-01-12 om behandlingshem. Han har god man sedan 2013; gode mannens uppdrag omfattar att bevaka hans rätt och "
              "förvalta hans ekonomi. God man Rolf Engberg har deltagit i ett av samtalen."),
        ("h", "Daniels situation"),
        ("p", "Daniel har en lindrig intellektuell funktionsnedsättning och bor i en träningslägenhet i Birsta. Han dricker sprit i stora mängder "
              "vid flera tillfällen i veckan och har de senaste månaderna också använt GHB, som han fått av nya bekanta. Han har vid två tillfällen "
              "förts till akuten medvetslös (november och december 2014). Daniel har daglig verksamhet men har inte kommit dit sedan oktober."),
        ("p", "Gode mannen berättar att Daniels pengar tar slut direkt efter utbetalning och att nya ”kompisar” finns i lägenheten. AUDIT har inte "
              "genomförts då Daniel hade svårt att förstå frågorna; i stället har alkohol- och drogvanor kartlagts i samtal med bildstöd."),
        ("h", "Daniels önskemål"),
        ("p", "Daniel vill ”bli av med kompisarna” och komma tillbaka till daglig verksamhet. Han vill bo på ett ställe där det finns personal."),
        ("h", "Sammanfattande överväganden"),
        ("p", "Daniels drickande och GHB-användning har på kort tid lett till två livshotande förgiftningar. Hans funktionsnedsättning gör att han "
              "har svårt att stå emot personer som utnyttjar honom och att förstå riskerna med GHB. I lägenheten finns i dag ingen som kan skydda "
              "honom, och han har förlorat sin dagliga struktur."),
        ("p", "En placering på Tallåsens HVB, som har erfarenhet av personer med intellektuell funktionsnedsättning och missbruk, ger Daniel en "
              "skyddad miljö med personal dygnet runt, behandling anpassad med bildstöd och korta samtal samt träning i att säga nej. Under "
              "placeringen kan boendet på hemorten ses över tillsammans med LSS-handläggare och god man. Öppenvård räcker inte så länge Daniel "
              "bor kvar utan skydd."),
        ("h", "Förslag"),
        ("p", "Daniel Åström beviljas institutionsvård på Tallåsens HVB 2015-02-16 – 2015-06-12, 4 kap. 1 § SoL."),
        ("sig", ["Sofia Engström, socialsekreterare", "2015-02-06"]),
    ]
    beslut = [
        ("title", "Beslut enligt socialtjänstlagen"),
        ("kv", [("Namn:", "Daniel Åström"), ("Dnr:", dnr), ("Datum:", "2015-02-10")]),
        ("p", "Socialnämnden beviljar Daniel Åström institutionsvård på Tallåsens HVB, Timrå, 2015-02-16 – 2015-06-12 (4 kap. 1 § SoL). "
              "Se utredning 2015-02-06."),
        ("p", "Kopia: god man Rolf Engberg."),
        ("sig", ["Mats Edholm", "Enhetschef"]),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("kv", [("Namn:", "Daniel Åström"), ("Placering:", "Tallåsens HVB"), ("Datum:", "2015-03-04"),
                ("Deltagare:", "Daniel, kontaktman Jörgen Sjölund (Tallåsen), god man Rolf Engberg, Sofia Engström (socialsekreterare)")]),
        ("h2", "Mål med placeringen:"),
        ("p", ""),
        ("h2", "Insatser"),
        ("table", {"head": ["Vad", "Vem", "När"], "widths": [8, 3, 3],
                   "rows": [["Samtal med bildstöd om alkohol och GHB", "Jörgen", "Tisdagar"],
                            ["Träning i att säga nej (rollspel)", "Jörgen", "Torsdagar"],
                            ["Möte med LSS-handläggare om boende", "Sofia", "April 2015"],
                            ["Besök på dagliga verksamheten", "Jörgen, Daniel", "Maj 2015"]]}),
        ("h2", "Uppföljning"),
        ("p", "Behandlingskonferens i maj."),
    ]
    jn = journal([
        ("2015-01-12", "SE", "Ansökan", "Daniel och god man på besök. Ansöker om behandlingshem."),
        ("2015-02-10", "SE", "Beslut", "Beslut Tallåsen."),
        ("2015-02-11", "SE", "Tfn Tallåsen", "Ringt Tallåsen och berättat om Daniel och beslutet. Skriftlig vårdbegäran skickas senare."),
        ("2015-02-16", "SE", "Inskrivning", "Daniel inskriven, god man följde med."),
        ("2015-03-04", "SE", "Vårdplan", "Vårdplan på Tallåsen, se dok."),
        ("2015-04-08", "SE", "Återkoppling", "Återkoppling från behandlingshemmet: Jörgen S. ringer. Daniel har inte druckit sedan inskrivningen, "
                                           "ett försök att köpa GHB via telefon stoppades i mars. Han deltar i samtalen och har börjat säga nej till samtal från de gamla bekanta. Trivs."),
        ("2015-05-20", "SE", "Behandlingskonferens", "Behandlingskonferens på Tallåsen med Daniel, Jörgen, god man och handl. Daniel drogfri hela tiden. "
                                                   "LSS-handläggaren har beviljat plats i gruppbostad från juni. Daniel har besökt dagliga verksamheten och ska börja igen. Placeringen avslutas enligt beslut 12/6."),
        ("2015-06-12", "SE", "Utskrivning", "Daniel flyttat till gruppbostaden."),
    ], style="plain")
    return {
        "case_id": "sundsvall_2015-000077", "committee": "Sundsvall", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Serif", "header": (HEAD, "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "rl", "blocks": beslut,
             "opts": {"font": "Times-Roman", "size": 11, "letterhead": ["Sundsvalls kommun", "Socialnämnden", "Individ- och familjeomsorgen"], "footer": ""},
             "layout": "portrait, letter with letterhead"},
            {"file": "vardplan.pdf", "type": "vårdplan (blankett)", "producer": "odt", "blocks": vp,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (HEAD, "Vårdplan"), "footer": ""}},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journal – Daniel Åström")] + jn,
             "opts": {"family": "times", "header": ("Sundsvalls kommun, IFO Vuxenenheten", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "'Sammanfattande överväganden' beskriver förgiftningar, sårbarhet, förlorad struktur och varför Tallåsen (utan ordet 'behov').",
                                     [("utredning.pdf", ["Daniels drickande och GHB-användning", "En placering på Tallåsens HVB"])]),
            "planning": crit("delvis", "Vårdplan med insatser, vem och när, men rubriken 'Mål med placeringen' är tom.",
                             [("vardplan.pdf", ["Mål med placeringen:", "Träning i att säga nej"])]),
            "follow_up": crit("ja", "Återkoppling från behandlingshemmet 2015-04-08 och behandlingskonferens 2015-05-20 med utfall.",
                              [("journal.pdf", ["Återkoppling från behandlingshemmet", "Behandlingskonferens på Tallåsen"])]),
            "assignment_description": crit("nej", "Ingen skriftlig vårdbegäran: beslutet namnger bara HVB:t, journalen säger att vårdbegäran 'skickas senare' ('uppdrag' avser god mans uppdrag).", present=""),
        },
    }


def case_sv4():
    dnr = "2015-000502"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Namn:", "Susanne Lindberg"), ("Dnr:", dnr), ("Handläggare:", "Helena Wiklund"), ("Datum:", "2015-05-13")]),
        ("h", "Ansökan och bakgrund"),
        ("p", "Susanne ansökte 2015-04-13 om stöd för sina alkoholproblem. Hon bor med sin 15-årige son i hyresrätt på Haga och är arbetssökande "
              "efter att ha förlorat sin anställning i januari. Hon har hyresskuld sedan februari och hyresvärden har erbjudit en avbetalningsplan."),
        ("p", "Susanne dricker vin och starkvin nästan dagligen sedan hösten 2014. Hon har tidigare haft en period av tyngre drickande 2008 som hon "
              "tog sig ur med hjälp av AA. AUDIT 2015-04-20: 23 poäng. Sonen har med Susannes samtycke fått stödsamtal via Barn- och familjeenheten."),
        ("h", "Susannes uppfattning"),
        ("p", "Hon vill sluta dricka och få ordning på ekonomin. Hon vill ha en grupp med andra eftersom det hjälpte förra gången."),
        ("h", "Socialsekreterarens synpunkter"),
        ("p", "Susanne har ett alkoholberoende som förvärrats i samband med att hon blev arbetslös. Hon har behov av att bryta det dagliga drickandet, "
              "få redskap för att hantera oro och ensamhet på kvällarna och stöd att hålla sin avbetalning så att hon och sonen kan bo kvar. "
              "Hon har tidigare haft god hjälp av grupp och har ett stort ansvar för sin son, vilket talar för en insats på hemorten."),
        ("p", "Öppenvårdsteamets ÅP-grupp två kvällar i veckan, med enskilda samtal varannan vecka, bedöms kunna tillgodose hennes behov."),
        ("h", "Förslag"),
        ("p", "Susanne Lindberg beviljas öppenvård vid Öppenvårdsteamet (ÅP-grupp och enskilda samtal) 2015-05-25 – 2015-09-25."),
        ("sig", ["Helena Wiklund, socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn:", "Susanne Lindberg"), ("Dnr:", dnr), ("Beslutsdatum:", "2015-05-18")]),
        ("p", "Socialnämnden beviljar öppenvård enligt 4 kap. 1 § SoL vid Öppenvårdsteamet, 2015-05-25 – 2015-09-25."),
        ("sig", ["Mats Edholm", "Enhetschef"]),
    ]
    form = [
        ("title", "Uppdragsbeskrivning – öppenvård"),
        ("small", "Sundsvalls kommun, Vuxenenheten. Fylls i av handläggaren."),
        ("table", {"widths": [4.2, 10], "rows": [
            ["**Klient**", "Susanne Lindberg"], ["**Dnr**", dnr], ["**Utförare**", "Öppenvårdsteamet"],
            ["**Beslut**", "Öppenvård 4 kap. 1 § SoL, 2015-05-25 – 2015-09-25"],
            ["**Socialtjänstens bedömning**", "Alkoholberoende som förvärrats vid arbetslöshet. Susanne behöver bryta det dagliga drickandet, "
                                              "få redskap mot oro och ensamhet på kvällarna och stöd att klara avbetalningen av hyresskulden. "
                                              "Grupp har hjälpt henne tidigare; insats på hemorten med hänsyn till sonen."],
            ["**Uppdraget omfattar**", "ÅP-grupp tisdag och torsdag kväll\nEnskilda samtal varannan vecka\nStöd i kontakt med hyresvärden vid behov"],
            ["**Mål**", ""],
            ["**Uppföljning**", "Uppföljningsmöte med Susanne, behandlare och handläggare efter ca 8 veckor."],
            ["**Återrapportering vid avslut**", "Skriftlig sammanfattning till handläggaren: närvaro, måluppfyllelse, Susannes synpunkter, förslag."],
            ["**Handläggare**", "Helena Wiklund, tfn 070-174 06 61, helena.wiklund@sundsvall.se"],
            ["**Överlämnad till utförare (datum)**", ""]]}),
    ]
    uppf = [
        ("title", "Uppföljning av öppenvårdsinsats"),
        ("kv", [("Klient:", "Susanne Lindberg"), ("Datum:", ""), ("Närvarande:", "Susanne, Lotta Nordin (Öppenvårdsteamet), Helena Wiklund")]),
        ("h2", "Hur har det gått?"),
        ("p", "Susanne har deltagit i 13 av 16 gruppträffar och i alla enskilda samtal. Hon berättar att hon dricker betydligt mindre, ungefär en "
              "gång i veckan, och aldrig när sonen är hemma. Hon har betalat enligt avbetalningsplanen varje månad. Hon har fått en visstidsanställning "
              "på 50 %."),
        ("h2", "Fortsättning"),
        ("p", "Susanne vill gå gruppen till slut. Lotta och Susanne gör en plan för tiden efter gruppen vid sista samtalet."),
        ("p", "Antecknat av Helena Wiklund"),
    ]
    jn = journal([
        ("2015-04-13", "HW", "Ansökan", "Susanne ringde, ansöker om stöd. Tid 20/4."),
        ("2015-04-20", "HW", "Besök", "AUDIT 23. Utredning inleds. Susanne berättar om hyresskulden."),
        ("2015-04-28", "HW", "Tfn hyresvärd", "Med samtycke: hyresvärden bekräftar skuld 14 600 kr. Avbetalningsplan erbjuden, 1 200 kr/mån fr.o.m. maj."),
        ("2015-05-18", "HW", "Beslut", "Beslut ÖV."),
        ("2015-05-25", "HW", "Start", "Susanne har börjat i ÅP-gruppen. Genomförandeplan upprättas när hon kommit igång i gruppen."),
        ("2015-06-29", "HW", "Tfn Susanne", "Susanne ringer, avbetalningsplanen följs. Planerar semester med sonen i juli."),
        ("2015-09-25", "HW", "Avslut", "Insatsen avslutas enligt beslut. Sammanfattning från ÖV inväntas."),
    ], style="bold")
    return {
        "case_id": "sundsvall_2015-000502", "committee": "Sundsvall", "dnr": dnr, "scenario": "",
        "docs": [
            {"file": "utredning.pdf", "type": "utredning", "producer": "odt", "blocks": utr,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": (HEAD, "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
            {"file": "beslut.pdf", "type": "beslut", "producer": "odt", "blocks": beslut,
             "opts": {"font": "Liberation Sans", "size": 10.5, "header": ("Sundsvalls kommun · Socialnämnden", "Dnr " + dnr), "footer": ""}},
            {"file": "uppdragsbeskrivning.pdf", "type": "uppdragsbeskrivning (blankett)", "producer": "rl", "blocks": form,
             "opts": {"font": "Helvetica", "size": 10, "header": (HEAD, ""), "footer": "Sida {n} av {N}"}, "layout": "portrait, form as table"},
            {"file": "uppfoljning.pdf", "type": "uppföljning (odaterad)", "producer": "ps", "blocks": uppf,
             "opts": {"family": "helvetica", "size": 10.5, "header": ("Sundsvalls kommun – Vuxenenheten", ""), "footer": ""}},
            {"file": "journal.pdf", "type": "journalanteckningar", "producer": "ps", "blocks": [("title", "Journalanteckningar – Susanne Lindberg")] + jn,
             "opts": {"family": "times", "header": ("Sundsvalls kommun, IFO Vuxenenheten", "Dnr " + dnr), "footer": "Sida {n} av {N}"}},
        ],
        "criteria": {
            "needs_assessment": crit("ja", "'Socialsekreterarens synpunkter' anger behoven och varför ÅP-grupp på hemorten; återges i uppdragsblanketten.",
                                     [("utredning.pdf", ["Socialsekreterarens synpunkter", "bedöms kunna tillgodose hennes behov"]),
                                      ("uppdragsbeskrivning.pdf", ["Socialtjänstens bedömning"])]),
            "planning": crit("nej", "Ingen plan: journalen säger att GFP 'upprättas när hon kommit igång' och 'plan' förekommer bara som avbetalningsplan."),
            "follow_up": crit("delvis", "Uppföljningsanteckning med utfall finns, men datumfältet är tomt och uppföljningen är inte daterad någonstans.",
                              [("uppfoljning.pdf", ["Hur har det gått?"])]),
            "assignment_description": crit("delvis", "Uppdragsblankett med bedömning, innehåll, uppföljning, återrapportering och handläggare, men målfältet är tomt (c) och överlämnandet är inte dokumenterat (g).",
                                           [("uppdragsbeskrivning.pdf", ["Uppdraget omfattar", "Återrapportering vid avslut"])], present="abdef"),
        },
    }


CASES = [case_sv1, case_sv2, case_sv3, case_sv4]
