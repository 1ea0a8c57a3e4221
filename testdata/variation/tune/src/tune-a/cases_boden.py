# -*- coding: utf-8 -*-
"""Boden: four cases (header variant C: boxed header; ☒/☐ check boxes; dnr 'SN YYYY/NN')."""
import datetime as dt
from common import OFFICES, Case, File, Comp, sysdoc, crit, beslut_blocks

O = OFFICES["boden"]


# =====================================================================================
# B1  SN 2014/77 - HVB alkohol; landscape vårdplan; journal page rotated; all documented
# =====================================================================================
def _b1():
    dnr = "SN 2014/77"
    pd = "2015-09-30"
    cl, pnr = "Wiklund, Stig Arne", "19011130-4073"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="CAMROV")

    utr = sysdoc(O, "b1_utredning", "Utredning SoL 11:1", [
        ("fields", [[("Aktualisering", "2014-02-05", 3), ("Utredning påbörjad", "2014-02-10", 3),
                     ("Utredning klar", "2014-03-14", 3), ("Handläggare", "Camilla Rova", 3)]]),
        ("sec", "Ansökan"),
        ("p", "Stig ansökte 2014-02-05 om behandling på behandlingshem. Han hade då varit inlagd för avgiftning på "
              "Sunderby sjukhus och läkaren där rekommenderade fortsatt vård."),
        ("sec", "Utredningens underlag"),
        ("p", "Samtal med Stig 2014-02-10, 02-18, 03-04 och 03-11. AUDIT 2014-02-18. Kontakt med sambon Agneta "
              "2014-02-25, med läkare på avgiftningen 2014-02-12 och med arbetsgivaren (Försvarsmakten, civil "
              "anställning) 2014-03-05. Samtycke finns till samtliga kontakter."),
        ("sec", "Bakgrund"),
        ("p", "Stig är uppvuxen i Boden, har arbetat som fordonsmekaniker vid regementet i 25 år. Sambo med "
              "Agneta sedan 1998, inga gemensamma barn. Hans far hade alkoholproblem. Stig har druckit mycket "
              "på helgerna sedan ungdomen; de senaste två åren även på vardagar."),
        ("sec", "Aktuell situation"),
        ("p", "Stig dricker nu ca en flaska sprit per dag. Han har fått en skriftlig varning på jobbet och är "
              "sjukskriven. Agneta har flyttat till sin syster och säger att hon inte kommer tillbaka om han "
              "fortsätter dricka. AUDIT 35. Han har haft abstinensbesvär med hallucinationer vid avgiftningen. "
              "Ekonomin är i ordning; han äger huset tillsammans med Agneta."),
        ("sec", "Stigs syn på sin situation"),
        ("p", "Stig säger att han vill \"ha tillbaka sitt liv\". Han vill åka på behandling men inte längre än "
              "nödvändigt för jobbets skull."),
        ("sec", "Sammanfattande överväganden"),
        ("p", "Stig har ett mycket omfattande alkoholberoende med dagligt drickande, svår abstinens och hotande "
              "förlust av både anställning och relation. Han har ingen tidigare behandling, men ett avbrott i "
              "drickandet har inte varit möjligt hemma trots avgiftning: han återföll inom en vecka. Han har samtidigt "
              "viktiga resurser i form av arbete, bostad och en sambo som vill att han blir nykter."),
        ("p", "För att bryta det dagliga drickandet krävs en period i en miljö utan alkohol med strukturerad "
              "beroendebehandling. Behandlingen behöver ge Stig kunskap om beroendet och redskap mot återfall, och "
              "bör involvera Agneta (anhörigprogram) och förbereda en återgång i arbete. Lapplandsgården erbjuder "
              "tolvstegsbehandling med anhörigprogram under 10–12 veckor, vilket passar Stigs önskan om en avgränsad "
              "period. Efter vistelsen bör Stig ha fortsatt stöd i öppenvård i Boden."),
        ("sec", "Förslag till beslut"),
        ("p", "Institutionsvård på Lapplandsgården behandlingshem enl. SoL 4 kap. 1 §, 2014-03-31 – 2014-06-30."),
        ("sign", ["Boden 2014-03-14", "Camilla Rova, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "b1_beslut", "Beslut", beslut_blocks(
        O, datum="2014-03-18", beslutsfattare="Anders Töyrä, enhetschef (delegation 5.2.1)",
        avser="Behandlingshem", insats="Institutionsvård vuxen, missbruk", fom="2014-03-31", tom="2014-06-30",
        utforare="Lapplandsgården behandlingshem", skal="Se utredning 2014-03-14, sammanfattande överväganden.",
        delgiven="2014-03-19", avgift="Enl. taxa, 80 kr/dygn", sign=["Anders Töyrä"]), **kw)

    upp = sysdoc(O, "b1_uppdrag", "Uppdragsbeskrivning", [
        ("fields", [[("Utförare", "Lapplandsgården behandlingshem, Vidsel", 7), ("Uppdrag daterat", "2014-03-19", 5)],
                    [("Insats", "Institutionsvård, SoL 4 kap. 1 §", 7), ("Tid", "2014-03-31 – 2014-06-30", 5)]]),
        ("box", "Nämndens bedömning av behov",
         "Stig har ett omfattande alkoholberoende (AUDIT 35) med svår abstinens och har inte klarat att vara nykter "
         "hemma efter avgiftning. Han behöver strukturerad behandling i alkoholfri miljö, kunskap om beroendet och "
         "återfallsprevention, anhörigstöd för sambon och förberedelse för återgång i arbete."),
        ("box", "Uppdragets innehåll",
         "Tolvstegsbehandling enligt Lapplandsgårdens program (primärbehandling 10–12 veckor). Anhörigprogram för "
         "sambon Agneta. Genomförandeplan inom två veckor. Kontakt med arbetsgivaren inför hemgång, i samråd med "
         "handläggaren."),
        ("box", "Mål",
         "- Stig är nykter under vistelsen och har en skriftlig återfallsplan vid utskrivning (2014-06-30).\n"
         "- Agneta har genomgått anhörigprogrammet.\n"
         "- Stig har en plan för återgång i arbete, klar före utskrivning."),
        ("box", "Uppföljning",
         "Vårdplan upprättas gemensamt inom tre veckor. Uppföljningsmöte (Stig, behandlare, handläggare) efter "
         "ca 6 veckor och avslutande möte före utskrivning. Lapplandsgården meddelar handläggaren vid återfall "
         "eller avbrott."),
        ("box", "Återrapportering vid avslut",
         "Skriftlig sammanfattning senast 2 veckor efter avslut: måluppfyllelse, genomförda moment, eventuella "
         "återfall och rekommenderad eftervård."),
        ("box", "Ansvarig handläggare", "Camilla Rova, socialsekreterare, tfn 0921-62 41 73, camilla.rova@boden.se"),
        ("checks", "Uppdraget överlämnat", [(True, "Post"), (True, "Fax"), (False, "Personligen"),
                                           (False, "Säker e-post")]),
        ("fields", [[("Datum för överlämnande", "2014-03-19", 4), ("Mottaget av", "Hans Nyström, Lapplandsgården", 8)]]),
    ], **kw)

    vp = sysdoc(O, "b1_vardplan", "Vårdplan", [
        ("fields", [[("Vårdplan upprättad", "2014-04-09", 3), ("Plats", "Lapplandsgården, Vidsel", 3),
                     ("Deltagare", "Stig Wiklund, Hans Nyström (behandlare), Camilla Rova (handläggare)", 6)]]),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt", "Uppföljning"], [
            ["Nykter under hela vistelsen", "Programmet, dagliga grupper, alkotest vid permission", "Stig, Hans N.", "2014-03-31 – 2014-06-30", "Uppföljningsmöte 2014-05-20"],
            ["Skriftlig återfallsplan", "Steg 1–5, återfallsprevention i grupp, individuell plan", "Stig, Hans N.", "Klar 2014-06-20", "Avslutande möte"],
            ["Agneta har gått anhörigprogrammet", "Anhörigvecka på Lapplandsgården", "Agneta, Lapplandsgården", "Vecka 19 (maj 2014)", "Uppföljningsmöte 2014-05-20"],
            ["Plan för återgång i arbete", "Möte med arbetsgivare och FK under permission", "Stig, Camilla R.", "Senast 2014-06-15", "Avslutande möte"],
            ["Eftervård i Boden", "Inskrivning Ankaret ÖV, AA Boden", "Camilla R.", "Klart 2014-06-25", "Avslutande möte"],
        ], [2.6, 3.2, 1.8, 1.8, 1.8]),
        ("p", "Planen är genomgången med Stig som godkänner den. Nästa tillfälle: uppföljningsmöte 2014-05-20 kl. 13.00."),
    ], land=True, **kw)

    uppf = sysdoc(O, "b1_uppfoljning", "Uppföljning av insats", [
        ("fields", [[("Datum", "2014-05-20", 3), ("Typ", "Uppföljningsmöte på Lapplandsgården", 6), ("Handläggare", "Camilla Rova", 3)],
                    [("Närvarande", "Stig Wiklund, Hans Nyström, Camilla Rova")]]),
        ("box", "Hur har det gått i förhållande till målen",
         "Nykterhet: Stig har varit nykter sedan inskrivningen, samtliga tester negativa.\n\n"
         "Återfallsplan: Steg 1–3 klara, planen påbörjad.\n\n"
         "Anhörigprogram: Agneta deltog v. 19 och tyckte det gav mycket. Hon har flyttat hem igen.\n\n"
         "Arbete: Möte med arbetsgivaren bokat 2014-06-04 under permission."),
        ("box", "Överenskommelser",
         "Vistelsen fortsätter enl. beslut. Avslutande möte 2014-06-24. Handl. kontaktar Ankaret om eftervård."),
        ("box", "Den enskildes synpunkter", "Stig är nöjd, tycker tiden går fort. Oroar sig för sommaren hemma."),
    ], **kw)

    jour = sysdoc(O, "b1_journal", "Journalanteckningar", [
        ("journal", [
            ("2014-02-05", "Ansökan", "CAMROV", "Stig ringer från avgiftningen och söker behandlingshem. Besök 10/2."),
            ("2014-02-10", "Besök", "CAMROV", "Utredning inleds. Samtycken inhämtade."),
            ("2014-02-12", "Tfn", "CAMROV", "Läkare avgiftningen: svår abstinens, rekommenderar institutionsbehandling."),
            ("2014-02-18", "Besök", "CAMROV", "AUDIT 35. Stig har druckit igen sedan utskrivningen."),
            ("2014-02-25", "Tfn", "CAMROV", "Agneta (sambo). Hon vill att han åker på behandling."),
            ("2014-03-04", "Besök", "CAMROV", "Pratat om behandlingshem. Stig har läst om Lapplandsgården."),
            ("2014-03-05", "Tfn", "CAMROV", "Arbetsgivaren, personalhandläggare: anställningen kvar om han genomgår behandling."),
            ("2014-03-11", "Besök", "CAMROV", "Utredningen gås igenom med Stig."),
            ("2014-03-18", "Beslut", "CAMROV", "Enhetschef beviljar Lapplandsgården 31/3 – 30/6."),
            ("2014-03-19", "Uppdrag", "CAMROV", "Uppdragsbeskrivning skickad till Lapplandsgården per fax och post. Hans Nyström bekräftar per tfn."),
            ("2014-03-31", "Inskrivning", "CAMROV", "Stig inskriven på Lapplandsgården."),
            ("2014-04-09", "Vårdplanering", "CAMROV", "Vårdplan upprättad på Lapplandsgården."),
            ("2014-04-29", "Tfn", "CAMROV", "Hans N: Stig kämpar, nykter. Agneta anmäld till anhörigveckan."),
            ("2014-05-20", "Uppföljningsmöte", "CAMROV", "Se dokument Uppföljning av insats."),
            ("2014-06-04", "Tfn", "CAMROV", "Stig på permission. Möte m. arbetsgivare och FK genomfört, arbetsträning 50 % fr.o.m. 11/8."),
            ("2014-06-10", "Tfn Ankaret", "CAMROV", "Eftervård bokad: Ankaret fr.o.m. 2014-07-03, enskilda samtal varannan vecka."),
            ("2014-06-24", "Avslutande möte", "CAMROV",
             "Vi träffades på Lapplandsgården för att se hur det gått. Stig har varit nykter hela vistelsen och "
             "har en skriftlig återfallsplan som han presenterade. Agneta har flyttat hem. Arbetsträning 50 % "
             "fr.o.m. 2014-08-11 enl. plan med FK. Eftervård Ankaret fr.o.m. 2014-07-03 och AA. Målen i "
             "vårdplanen är uppnådda. Utskrivning 2014-06-30 enl. beslut."),
            ("2014-06-30", "Utskrivning", "CAMROV", "Stig utskriven, insatsen avslutas."),
            ("2014-07-14", "Info", "CAMROV", "Sammanfattning från Lapplandsgården inkommen. Bekräftar måluppfyllelsen, rekommenderar ÖV i minst 6 mån."),
            ("2014-09-02", "Tfn", "CAMROV", "Stig: nykter, går på Ankaret och arbetstränar. Inget mer behov av kontakt från oss just nu."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "one-column, boxed system header", "20150930084001", author="CAMROV"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes, check boxes", "20150930084002", author="CAMROV"),
        File("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes, check boxes", "20150930084003", author="CAMROV"),
        File("vardplan.pdf", "vårdplan", [vp], "landscape, table", "20150930084004", author="CAMROV"),
        File("uppfoljning_2014-05-20.pdf", "uppföljning", [uppf], "form, labelled boxes", "20150930084005", author="CAMROV"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries; page 2 rotated 90° (/Rotate)", "20150930084006",
             author="CAMROV", rotate={2: 90}),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Sammanfattande överväganden' beskriver Stigs svårigheter och resurser och varför Lapplandsgården svarar mot dem; uppdraget sammanfattar.", [
            ("utredning.pdf", "Stig har ett mycket omfattande alkoholberoende"),
            ("utredning.pdf", "Efter vistelsen bör Stig ha fortsatt stöd"),
            ("uppdragsbeskrivning.pdf", "Nämndens bedömning av behov")]),
        planning=crit("ja", "Vårdplan (liggande tabell) med mål, insats, ansvarig, tidpunkt och uppföljning.", [
            ("vardplan.pdf", "Nykter under hela vistelsen")]),
        follow_up=crit("ja", "Uppföljningsmöte 2014-05-20 (eget dokument) och avslutande möte 2014-06-24 i journalen, med utfall.", [
            ("uppfoljning_2014-05-20.pdf", "Hur har det gått i förhållande till målen"),
            ("journal.pdf", "Vi träffades på Lapplandsgården för att se hur det gått"),
            ("journal.pdf", "Sammanfattning från Lapplandsgården inkommen")]),
        assignment_description=crit("ja", "Uppdragsbeskrivningen har a–g; överlämnad 2014-03-19 per post och fax (formulär och journal).", [
            ("uppdragsbeskrivning.pdf", "Uppdragets innehåll"),
            ("journal.pdf", "Uppdragsbeskrivning skickad till Lapplandsgården per fax")],
            present="abcdefg"),
    )
    return Case("boden", dnr, "", files, crits, pd)


# =====================================================================================
# B2  SN 2015/112 - öppenvård alkohol; conclusion only; plan form with empty goal; no written assignment
# =====================================================================================
def _b2():
    dnr = "SN 2015/112"
    pd = "2015-09-30"
    cl, pnr = "Öberg, Helena Margareta", "19020925-2207"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="TOMENG")

    utr = sysdoc(O, "b2_utredning", "Utredning SoL 11:1", [
        ("fields", [[("Aktualisering", "2015-02-27", 3), ("Påbörjad", "2015-03-02", 3), ("Klar", "2015-03-26", 3), ("Handläggare", "Tomas Engman", 3)]]),
        ("sec", "Ansökan"),
        ("p", "Helena söker stöd för sitt drickande. Hon hänvisades av sin gode man."),
        ("sec", "Uppgifter"),
        ("p", "Helena bor ensam i lägenhet på Sävast. Hon har sjukersättning och har god man sedan 2012, vars uppdrag "
              "omfattar att bevaka hennes rätt och förvalta hennes ekonomi. Hon dricker vin flera dagar i veckan, "
              "ibland hela helger. AUDIT 17. Hon har svårt att få struktur på dagarna och har ingen sysselsättning. "
              "Hon har en vuxen son som hon träffar ibland."),
        ("sec", "Helenas synpunkter"),
        ("p", "Hon vill ha någon att prata med regelbundet. Vill inte gå i grupp."),
        ("sec", "Handläggarens slutsats"),
        ("p", "Helena bedöms ha behov av stöd från öppenvården (Ankaret) i form av samtal."),
        ("sign", ["Boden 2015-03-26", "Tomas Engman, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "b2_beslut", "Beslut", beslut_blocks(
        O, datum="2015-03-30", beslutsfattare="Tomas Engman, socialsekreterare (delegation 5.1.3)",
        avser="Öppenvård", insats="Öppenvård missbruk, samtal", fom="2015-04-01", tom="2015-12-31",
        utforare="Ankaret, Bodens öppenvård", skal="Helena bedöms vara i behov av insatsen.", delgiven="2015-03-31",
        sign=["Tomas Engman"]), **kw)

    gfp = sysdoc(O, "b2_gfp", "Genomförandeplan", [
        ("fields", [[("Utförare", "Ankaret, Bodens öppenvård", 5), ("Datum", "2015-04-16", 3), ("Kontaktperson", "Åsa Nordin", 4)]]),
        ("checks", "Insatser", [(True, "Individuella samtal"), (True, "Återfallsprevention"), (False, "Gruppbehandling"),
                                (True, "Anhörigsamtal"), (False, "Provtagning")]),
        ("box", "Mål (vad vill den enskilde uppnå)", ""),
        ("box", "Hur ska det gå till",
         "Samtal varannan torsdag kl. 10.00 med Åsa. Helena för dagbok över drickandet. Ett samtal med sonen om Helena vill."),
        ("box", "Ansvarig", "Åsa Nordin, Ankaret. Helena själv för dagboken."),
        ("checks", "Den enskilde har deltagit i planeringen", [(True, "Ja"), (False, "Nej")]),
        ("box", "Planen följs upp", "Efter ca två månader tillsammans med handläggaren."),
    ], **kw)

    jour = sysdoc(O, "b2_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-02-27", "Tfn god man", "TOMENG", "God man ringer med Helenas samtycke, hon vill ha hjälp med drickandet. Besök 2/3."),
            ("2015-03-02", "Besök", "TOMENG", "Helena + handl. Utredning inleds."),
            ("2015-03-12", "Besök", "TOMENG", "AUDIT 17. Helena trött, har druckit i helgen."),
            ("2015-03-30", "Beslut", "TOMENG", "Öppenvård Ankaret beviljad. Uppdragsbeskrivning skickas till Ankaret."),
            ("2015-04-02", "Tfn Ankaret", "TOMENG", "Åsa Nordin informerad muntligt om beslutet och Helenas situation. Första tid 16/4."),
            ("2015-04-16", "Info", "TOMENG", "Helena har varit på första samtalet. GFP upprättad på Ankaret."),
            ("2015-06-18", "Avstämning", "TOMENG",
             "Avstämning på Ankaret, Helena, Åsa N. och handl. Helena har kommit på 4 av 5 samtal. Hon dricker "
             "fortfarande på helgerna men har slutat dricka på vardagar enl. dagboken. Hon har börjat på "
             "Träffpunkten tisdagar. Fortsätter som tidigare."),
            ("2015-09-10", "Trepartssamtal", "TOMENG",
             "Trepartssamtal Ankaret. Helena har inte druckit sedan mitten av augusti, har haft ett återfall i juli "
             "när sonen flyttade. Hon går kvar på Träffpunkten. Överens om fortsatta samtal varannan vecka hösten ut."),
            ("2015-09-21", "Tfn god man", "TOMENG", "God man undrar angånde avgift. Ingen avgift för ÖV."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "one-column, boxed system header", "20150930093001", author="TOMENG"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes, check boxes", "20150930093002", author="TOMENG"),
        File("genomforandeplan_ankaret.pdf", "genomförandeplan", [gfp], "form, check boxes, labelled boxes", "20150930093003", author="TOMENG"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150930093004", author="TOMENG"),
    ]
    crits = dict(
        needs_assessment=crit("delvis", "Bara slutsatsen 'bedöms ha behov av stöd från öppenvården' (utredning) och 'bedöms vara i behov av insatsen' (beslut), utan vilka behov eller varför.", [
            ("utredning.pdf", "Helena bedöms ha behov av stöd från öppenvården"),
            ("beslut.pdf", "Helena bedöms vara i behov av insatsen")]),
        planning=crit("delvis", "Genomförandeplanen har insatser, tider och ansvarig men målfältet är tomt.", [
            ("genomforandeplan_ankaret.pdf", "Mål (vad vill den enskilde uppnå)")]),
        follow_up=crit("ja", "Avstämning 2015-06-18 och trepartssamtal 2015-09-10 i journalen, med utfall.", [
            ("journal.pdf", "Avstämning på Ankaret, Helena"), ("journal.pdf", "Trepartssamtal Ankaret. Helena har inte druckit")]),
        assignment_description=crit("nej", "Journalen säger att en uppdragsbeskrivning 'skickas', men ingen finns; Ankaret informerades muntligt. 'Uppdrag' i akten avser godmanskapet.",
                                    present=""),
    )
    return Case("boden", dnr, "", files, crits, pd)


# =====================================================================================
# B3  SN 2015/140 - öppenvård beviljad men aldrig påbörjad (declined)
# =====================================================================================
def _b3():
    dnr = "SN 2015/140"
    pd = "2015-09-30"
    cl, pnr = "Marklund, Jörgen Anders", "19000205-6151"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="CAMROV")

    ans = sysdoc(O, "b3_ansokan", "Ansökan", [
        ("fields", [[("Inkommen", "2015-03-23", 3), ("Mottagen av", "Camilla Rova", 5), ("Form", "Besök", 4)]]),
        ("checks", "Ansökan gäller", [(True, "Öppenvård"), (False, "Behandlingshem"), (False, "Kontaktperson"), (False, "Annat")]),
        ("box", "Sökandens egen beskrivning",
         "Jag spelar bort lönen på nätet och dricker för mycket när jag förlorar. Sambon har tröttnat. Jag vill ha hjälp "
         "med både spelet och spriten, helst samtal efter jobbet."),
        ("checks", "Samtycke", [(True, "Kontakt med öppenvård"), (False, "Kontakt med arbetsgivare"), (True, "Kontakt med sambo")]),
    ], **kw)

    bes = sysdoc(O, "b3_beslut", "Beslut", beslut_blocks(
        O, datum="2015-04-20", beslutsfattare="Camilla Rova, socialsekreterare (delegation 5.1.3)",
        avser="Öppenvård spel/alkohol", insats="Öppenvård missbruk", fom="2015-04-27", tom="2015-10-31",
        utforare="Ankaret, Bodens öppenvård",
        skal="Jörgen Marklund har ansökt om öppenvård. Han bedöms vara i behov av den sökta insatsen.",
        delgiven="2015-04-20", sign=["Camilla Rova"]), **kw)

    mail = Comp("b3_mail", "html", """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
.hdr { background:#eef1f5; border:1px solid #b7c2d0; padding:6px 8px; margin-bottom:12px;}
.hdr div { margin: 2px 0; }
.lbl { display:inline-block; width: 62px; color:#444; }
.subj { font-weight:bold; font-size:11pt; margin-bottom:6px;}
p { margin: 0 0 8px 0; line-height: 1.35;}
</style></head><body>
<div class="hdr">
<div class="subj">Ny klient ÖV</div>
<div><span class="lbl">Från:</span> Camilla Rova &lt;camilla.rova@boden.se&gt;</div>
<div><span class="lbl">Till:</span> Ankaret &lt;ankaret.oppenvard@boden.se&gt;</div>
<div><span class="lbl">Skickat:</span> tisdag 21 april 2015 08:52</div>
<div><span class="lbl">Ämne:</span> Ny klient ÖV</div>
</div>
<p>Hej!</p>
<p>Jörgen Marklund har fått beslut om öppenvård hos er fr o m 27/4 (alkohol och spel). Samtal enligt er modell, han har gått med på att ni tar kontakt med sambon om det behövs. Han vill helst ha tider efter kl 15 eftersom han jobbar.</p>
<p>Kan ni skicka kallelse till honom? Adress: Kyrkgatan 14 B, 961 35 Boden.</p>
<p>Ring mig om ni undrar något.</p>
<p>Mvh<br>Camilla Rova<br>Socialsekreterare<br>IFO Vuxengruppen, Bodens kommun<br>0921-62 41 73</p>
</body></html>""")

    jour = sysdoc(O, "b3_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-03-23", "Besök", "CAMROV", "Jörgen söker ÖV för spel och alkohol, se ansökan."),
            ("2015-04-07", "Besök", "CAMROV", "Samtal om situationen. Spelskulder ca 40 000 kr. Hänvisad till budget- och skuldrådgivningen."),
            ("2015-04-20", "Beslut", "CAMROV", "Beslut öppenvård Ankaret."),
            ("2015-04-21", "E-post", "CAMROV", "Mejlat Ankaret om beslutet, de skickar kallelse."),
            ("2015-04-28", "Tfn Ankaret", "CAMROV", "Jörgen kom inte till inskrivningssamtalet igår. Ny kallelse skickad."),
            ("2015-05-06", "Tfn Ankaret", "CAMROV", "Uteblev igen 5/5. Handl. försöker nå honom, inget svar. Sms skickat."),
            ("2015-05-13", "Tfn Ankaret", "CAMROV", "Uteblev för tredje gången 12/5."),
            ("2015-05-19", "Tfn", "CAMROV",
             "Jörgen ringer tillbaka. Han säger att han inte vill gå till Ankaret. Han har fått jobb i Gällivare och "
             "flyttar dit i juni, och han tycker att han har minskat på spelandet själv. Han tackar nej till "
             "insatsen. Informerad om att han kan vända sig till socialtjänsten i Gällivare."),
            ("2015-05-20", "Avslut", "CAMROV", "Ankaret informerat. Insatsen har aldrig påbörjats. Beslutet avslutas, ärendet avslutas."),
        ]),
    ], **kw)

    files = [
        File("ansokan.pdf", "ansökan", [ans], "form, check boxes", "20150930101501", author="CAMROV"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes, check boxes", "20150930101502", author="CAMROV"),
        File("mejl_till_ankaret.pdf", "uppdragsbeskrivning", [mail], "e-mail printout", "20150421085400",
             title="Ny klient ÖV", author="Camilla Rova"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150930101504", author="CAMROV"),
    ]
    crits = dict(
        needs_assessment=crit("delvis", "Ingen utredning i akten; beslutet säger bara att Jörgen 'bedöms vara i behov av den sökta insatsen'.", [
            ("beslut.pdf", "Han bedöms vara i behov av den sökta insatsen")]),
        planning=crit("ej_tillämpligt", "Jörgen uteblev från alla inskrivningssamtal och tackade nej 2015-05-19; insatsen påbörjades aldrig."),
        follow_up=crit("ej_tillämpligt", "Insatsen påbörjades aldrig (klienten avböjde före start)."),
        assignment_description=crit("delvis", "Ett kort mejl till Ankaret (skickat 2015-04-21) anger vad insatsen omfattar och handläggarens namn/telefon, men saknar bedömning av behov, mål, uppföljning och återrapportering.", [
            ("mejl_till_ankaret.pdf", "Jörgen Marklund har fått beslut om öppenvård"),
            ("journal.pdf", "Mejlat Ankaret om beslutet")],
            present="bfg"),
    )
    return Case("boden", dnr, "declined", files, crits, pd)


# =====================================================================================
# B4  SN 2015/203 - HVB; assembled akt + scanned samtycke + undated follow-up note
# =====================================================================================
def _b4():
    dnr = "SN 2015/203"
    pd = "2015-09-30"
    cl, pnr = "Jonsson, Therese Maria", "19010618-3508"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="TOMENG")

    utr = sysdoc(O, "b4_utredning", "Utredning SoL 11:1", [
        ("fields", [[("Aktualisering", "2015-04-08", 3), ("Påbörjad", "2015-04-08", 3), ("Klar", "2015-05-06", 3), ("Handläggare", "Tomas Engman", 3)]]),
        ("sec", "Ansökan"),
        ("p", "Therese ansöker om behandlingshem för missbruk av alkohol och lugnande tabletter."),
        ("sec", "Underlag"),
        ("p", "Samtal 2015-04-08, 04-15, 04-22 och 05-05. AUDIT 25 och DUDIT 18 (2015-04-15). Kontakt med psykiatriska "
              "öppenvården (samtycke) och Thereses mamma."),
        ("sec", "Situation"),
        ("p", "Therese bor i lägenhet på Gültzauudden med sin katt. Hon har arbetat i butik men har varit arbetslös i ett "
              "år och har försörjningsstöd. Hon har diagnosen GAD (generaliserat ångestsyndrom) och går på "
              "psykiatrisk öppenvård. Hon dricker dagligen och tar bensodiazepiner som hon köper utan recept. Hon har "
              "två gånger under vintern hittats medvetslös i hemmet. Hennes mamma är hennes enda nära kontakt."),
        ("sec", "Thereses synpunkter"),
        ("p", "Therese är rädd för att dö. Hon vill komma bort och \"börja om\". Hon vill ha ett behandlingshem med "
              "kvinnor och där det finns tillgång till psykiatrisk kompetens."),
        ("sec", "Analys"),
        ("p", "Therese har ett blandmissbruk av alkohol och bensodiazepiner som lett till två livshotande "
              "förgiftningar. Hennes ångestsyndrom och drickandet förstärker varandra. Hon har inget nätverk som kan "
              "ge tillsyn och stöd dygnet runt. Öppenvård bedöms inte vara tillräckligt skyddande i nuläget."),
        ("p", "Therese behöver en längre behandling i en drogfri miljö, där beroendebehandlingen samordnas med "
              "behandling av ångesten och där hon kan få en ny vardagsstruktur. Västerbyns behandlingscenter har en "
              "avdelning för kvinnor med samsjuklighet och psykiatrisk konsult, och kan ta emot henne i maj."),
        ("sign", ["Boden 2015-05-06", "Tomas Engman"]),
    ], **kw)

    bes = sysdoc(O, "b4_beslut", "Beslut", beslut_blocks(
        O, datum="2015-05-08", beslutsfattare="Anders Töyrä, enhetschef (delegation 5.2.1)",
        avser="Behandlingshem", insats="Institutionsvård vuxen, missbruk", fom="2015-05-18", tom="2015-08-31",
        utforare="Västerbyns behandlingscenter", skal="Enligt utredning daterad 2015-05-06.", delgiven="2015-05-08",
        sign=["Anders Töyrä"]), **kw)

    upp = sysdoc(O, "b4_uppdrag", "Uppdragsbeskrivning", [
        ("fields", [[("Utförare", "Västerbyns behandlingscenter, kvinnoavdelningen", 7), ("Uppdrag daterat", "2015-05-11", 5)],
                    [("Insats", "Institutionsvård, SoL 4 kap. 1 §", 7), ("Tid", "2015-05-18 – 2015-08-31", 5)]]),
        ("box", "Nämndens bedömning av behov",
         "Therese har ett blandmissbruk av alkohol och bensodiazepiner med två förgiftningstillbud, samt GAD. "
         "Hon behöver drogfri miljö med tillsyn, beroendebehandling samordnad med ångestbehandling och stöd i att "
         "bygga upp en vardagsstruktur."),
        ("box", "Uppdragets innehåll",
         "Behandling på kvinnoavdelningen enligt Västerbyns program (KBT, återfallsprevention). Psykiatrisk konsult för "
         "medicinering. Genomförandeplan inom 3 veckor. Stöd i kontakt med psykiatrin i Boden inför hemgång."),
        ("box", "Mål",
         "- Therese är drogfri under vistelsen (negativa prover).\n- Therese har en fungerande plan för ångesten "
         "utan beroendeframkallande läkemedel vid utskrivning.\n- Therese har en dagsstruktur och planerad "
         "sysselsättning efter hemkomst (senast 2015-08-31)."),
        ("box", "Uppföljning", "Vårdplan vid trepartssamtal inom 3 veckor. Trepartssamtal därefter ca var 6:e vecka."),
        ("box", "Återrapportering vid avslut", "Skriftlig slutrapport till handläggaren: måluppfyllelse, provsvar, rekommenderad eftervård."),
        ("box", "Ansvarig handläggare", "Tomas Engman, socialsekreterare, 0921-62 41 80, tomas.engman@boden.se"),
        ("checks", "Uppdraget överlämnat", [(False, "Post"), (False, "Fax"), (False, "Personligen"), (True, "Säker e-post")]),
        ("fields", [[("Datum för överlämnande", "2015-05-11", 4), ("Mottaget av", "Karin Sandberg, Västerbyn", 8)]]),
    ], **kw)

    vp = sysdoc(O, "b4_vardplan", "Vårdplan", [
        ("fields", [[("Upprättad", "2015-06-01", 3), ("Plats", "Västerbyn", 3), ("Deltagare", "Therese Jonsson, Karin Sandberg, Tomas Engman", 6)]]),
        ("p", "Vårdplanen gicks igenom vid vårdplaneringsmöte på Västerbyn. Therese var delaktig och godkände planen."),
        ("h3", "Mål och hur de ska nås"),
        ("p", "**Drogfri under vistelsen** (2015-05-18 – 2015-08-31). Therese följer programmet och lämnar urinprov två "
              "gånger i veckan. Ansvar: Therese och personalen på Västerbyn."),
        ("p", "**Plan för ångesten utan bensodiazepiner**, klar senast 2015-08-15. KBT-samtal med kontaktpersonen Karin "
              "Sandberg varje vecka och bedömning av den psykiatriska konsulten om annan medicinering. Ansvar: Therese, "
              "Karin S. och konsulten."),
        ("p", "**Dagsstruktur och sysselsättning efter hemkomst**, senast 2015-08-31. Therese gör ett veckoschema med "
              "Karin S.; Tomas Engman tar kontakt med Arbetsförmedlingen/Jobbtorget i Boden i juli."),
        ("p", "**Psykiatrisk uppföljning i Boden**, senast 2015-08-20. Västerbyn skickar överrapport och Tomas E. ser "
              "till att remiss finns hos psykiatrins öppenvård."),
        ("p", "Uppföljning: trepartssamtal i juli."),
    ], **kw)

    samt = sysdoc(O, "b4_samtycke", "Samtycke", [
        ("p", "**Samtycke till informationsutbyte**"),
        ("p", "Jag samtycker till att socialtjänsten i Bodens kommun får lämna och inhämta uppgifter om mig från "
              "följande:"),
        ("checks", "", [(True, "Psykiatriska öppenvården"), (True, "Vårdcentral"), (True, "Behandlingshem/HVB"),
                        (True, "Närstående: mamma"), (False, "Arbetsförmedlingen"), (False, "Försäkringskassan")]),
        ("p", "Samtycket gäller under utredningen och så länge insatsen pågår. Jag kan när som helst återkalla det."),
        ("space", 12),
        ("fields", [[("Ort och datum", "Boden 2015-04-08", 4), ("Underskrift", "", 8)]]),
    ], **dict(kw, printdate="2015-04-08"), scan=[1], signature={1: [(0.42, 0.262, 0.2)]})

    uppf = Comp("b4_uppf", "docx", dict(
        font="Liberation Sans", size=10.5, letterhead=["Västerbyns behandlingscenter", "Kvinnoavdelningen"],
        head_right=["Anteckning trepartssamtal"], footer="Västerbyns behandlingscenter • tfn 0929-510 20",
        page_numbers="Sida {P} av {N}", author="Karin Sandberg", title="Trepartssamtal Therese",
        created=dt.datetime(2015, 9, 30, 11, 5),
        blocks=[
            ("kv", [("Klient", "Therese Jonsson"), ("Datum", ""), ("Närvarande", "Therese, Karin Sandberg (kontaktperson), Tomas Engman (socialtjänsten Boden)")]),
            ("h", "Uppföljning av vårdplanen"),
            ("p", "Therese har varit drogfri sedan inskrivningen, alla urinprov negativa. Hon har slutat med "
                  "bensodiazepiner och får nu annan medicin via konsulten; ångesten är hanterbar men besvärlig kvällstid."),
            ("p", "Hon följer sitt veckoschema och har hittat en praktikplats via Jobbtorget som kan starta i september."),
            ("p", "Remiss till psykiatrins öppenvård i Boden är skickad. Kvarstår: plan för kvällarna efter hemkomst."),
            ("h", "Överenskommelse"),
            ("p", "Vistelsen fortsätter enligt beslut t.o.m. 31/8. Therese och Karin arbetar med kvällsplanen. "
                  "Tomas undersöker möjlighet till boendestöd."),
            ("p", "Antecknat av Karin Sandberg"),
        ]))

    jour = sysdoc(O, "b4_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-04-08", "Besök", "TOMENG", "Therese söker behandlingshem. Samtycke undertecknat (skannat)."),
            ("2015-04-15", "Besök", "TOMENG", "AUDIT 25, DUDIT 18."),
            ("2015-05-08", "Beslut", "TOMENG", "Västerbyn 18/5 – 31/8 beviljat av enhetschef."),
            ("2015-05-11", "Uppdrag", "TOMENG", "Uppdragsbeskrivning skickad till Västerbyn via säker e-post. K. Sandberg har bekräftat."),
            ("2015-05-18", "Inskrivning", "TOMENG", "Therese inskriven. Mamma körde henne."),
            ("2015-06-01", "Vårdplanering", "TOMENG", "Vårdplan upprättad, se vårdplan."),
            ("2015-06-26", "Faktura", "TOMENG", "Faktura maj från Västerbyn atesterad."),
            ("2015-08-31", "Utskrivning", "TOMENG", "Insatsen avslutad enl. beslut."),
            ("2015-09-07", "Ansökan", "TOMENG", "Therese ansöker om boendestöd. Ny utredning inleds (separat)."),
        ]),
    ], **kw)

    akt = File("SN-2015-203_akt.pdf", "akt (sammanställd export)", [utr, bes, upp, vp, jour],
               "assembled (pdfunite) system printouts", "20150930110502", author="TOMENG", title="Akt SN 2015/203")
    files = [
        akt,
        File("samtycke_skannad.pdf", "samtycke", [samt], "scanned page (no text layer)", "20150408141200", author="scanner"),
        File("trepartssamtal_vasterbyn.pdf", "uppföljning (anteckning från utförare)", [uppf], "letter", "20150930110510", author="Karin Sandberg"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "Utredningens 'Analys' beskriver Thereses svårigheter och varför Västerbyn svarar mot dem; uppdraget sammanfattar.", [
            (akt.name, "Therese har ett blandmissbruk av alkohol och bensodiazepiner som lett"),
            (akt.name, "Nämndens bedömning av behov")]),
        planning=crit("ja", "Vårdplan 2015-06-01 i fri text med daterade mål, vad som görs och vem som ansvarar.", [
            (akt.name, "Plan för ångesten utan bensodiazepiner")]),
        follow_up=crit("delvis", "Anteckningen från trepartssamtalet har utfall men datumfältet är tomt och journalen nämner inte mötet; ingen datering finns.", [
            ("trepartssamtal_vasterbyn.pdf", "Uppföljning av vårdplanen")]),
        assignment_description=crit("ja", "Uppdragsbeskrivningen har a–g; överlämnad 2015-05-11 via säker e-post.", [
            (akt.name, "Uppdragets innehåll"), (akt.name, "Uppdragsbeskrivning skickad till Västerbyn")],
            present="abcdefg"),
    )
    return Case("boden", dnr, "", files, crits, pd)


CASES = [_b1(), _b2(), _b3(), _b4()]
