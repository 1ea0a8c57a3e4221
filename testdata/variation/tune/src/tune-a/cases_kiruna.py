# -*- coding: utf-8 -*-
"""Kiruna: four cases (header variant D: old mono-spaced system printout, [X]/[ ] boxes, dnr IFO.YYYY.NNNN)."""
import datetime as dt
from common import OFFICES, Case, File, Comp, sysdoc, crit, beslut_blocks

O = OFFICES["kiruna"]
LH = ["Kiruna kommun", "Socialförvaltningen", "IFO Vuxenenheten"]


# =====================================================================================
# K1  IFO.2015.0093 - öppenvård alkohol; letter assignment; bullet-list plan; all documented
# =====================================================================================
def _k1():
    dnr = "IFO.2015.0093"
    pd = "2015-09-28"
    cl, pnr = "Rautio, Jan-Erik", "19010904-1795"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="EVAPEK")

    utr = sysdoc(O, "k1_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-01-21", 3), ("Avslutad", "2015-02-18", 3), ("Handläggare", "Eva Pekkari", 6)],
                    [("Avser", "Ansökan om öppenvård, alkohol (SoL 4 kap 1 §)")]]),
        ("h3", "AKTUALISERING"),
        ("p", "Jan-Erik ringde 2015-01-19 och ansökte om hjälp med alkoholen efter att ha blivit avstängd från "
              "arbetet i gruvan vid ett positivt alkotest vid grinden."),
        ("h3", "UNDERLAG"),
        ("p", "Samtal 2015-01-21, 01-28, 02-04 och 02-11. AUDIT 2015-01-28 (24 p). Kontakt med företagshälsovården "
              "2015-02-02 och med hustrun Anna-Lena 2015-02-09 (samtycke)."),
        ("h3", "SITUATION"),
        ("p", "Jan-Erik är gift, har tre barn varav ett bor hemma (16 år). Han arbetar skift som "
              "bergarbetare sedan 20 år. Han dricker på lediga dagar, 15–20 öl per ledighet, och de senaste "
              "månaderna även kvällen före arbetspass. Arbetsgivaren kräver behandling och regelbundna alkotester "
              "för att han ska få komma tillbaka. Hustrun beskriver att han blir en annan person när han druckit "
              "och att sonen drar sig undan."),
        ("h3", "JAN-ERIKS SYN"),
        ("p", "Han vill behålla jobbet och \"få ordning på det här\". Han vill inte åka bort på behandling, skiftschemat "
              "gör att han kan gå på samtal dagtid."),
        ("h3", "HANDLÄGGARENS SLUTSATS"),
        ("p", "Jan-Erik har ett skadligt bruk av alkohol som har gått ut över arbete och familj. Han har en stabil "
              "livssituation med bostad, familj och en anställning som finns kvar om han genomgår behandling, "
              "vilket ger en stark motivation. Han har inte tidigare fått behandling."),
        ("p", "Det Jan-Erik behöver är hjälp att förstå sina dryckesmönster kring skiften och ledigheterna, "
              "verktyg för att inte dricka före arbetspass, och att familjen involveras. Individuell behandling "
              "på Norrsken (ÅP, CRA) med familjesamtal kan ges utan att han lämnar arbetet, och kan samordnas med "
              "företagshälsovårdens alkotester. Institutionsvård är inte motiverad."),
        ("sign", ["Kiruna 2015-02-18", "Eva Pekkari, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "k1_beslut", "Beslut", beslut_blocks(
        O, datum="2015-02-20", beslutsfattare="Eva Pekkari, socialsekreterare (del. 6.4)",
        avser="Öppenvård alkohol", insats="Öppenvård missbruk", fom="2015-03-02", tom="2015-08-31",
        utforare="Öppenvårdsmottagningen Norrsken",
        skal="Jan-Erik har ett skadligt bruk av alkohol som påverkar arbete och familj. Han behöver behandling som "
             "kan kombineras med arbetet och där familjen deltar. Öppenvård på Norrsken svarar mot det.",
        delgiven="2015-02-23", sign=["Eva Pekkari"]), **kw)

    upp = Comp("k1_uppdrag", "docx", dict(
        font="Liberation Serif", size=11, letterhead=LH,
        head_right=["2015-02-23", "Dnr IFO.2015.0093"],
        footer="Kiruna kommun • Socialförvaltningen • 981 85 Kiruna • tfn 0980-700 00", page_numbers="Sida {P} av {N}",
        author="Eva Pekkari", title="Uppdrag Norrsken", created=dt.datetime(2015, 2, 23, 9, 40),
        blocks=[
            ("p", "Öppenvårdsmottagningen Norrsken\nAtt: Anders Kuoppa"),
            ("title", "Uppdrag om öppenvård för Jan-Erik Rautio"),
            ("p", "Jan-Erik Rautio har 2015-02-20 beviljats öppenvård hos er under tiden 2015-03-02 – 2015-08-31 enligt "
                  "4 kap. 1 § socialtjänstlagen. Härmed lämnas uppdraget. Utredningen bifogas."),
            ("h", "1. Vår bedömning"),
            ("p", "Jan-Erik har ett skadligt bruk av alkohol (AUDIT 24) som påverkat arbete och familj. Han behöver "
                  "förstå sina dryckesmönster kring skift och ledigheter, få verktyg för att inte dricka före arbetspass, "
                  "och familjen behöver involveras. Behandlingen ska kunna kombineras med skiftarbete."),
            ("h", "2. Uppdraget"),
            ("p", "Individuell behandling (ÅP/CRA) ca 1 gång per vecka anpassat efter skiftschemat, minst två "
                  "familjesamtal med hustru och son, samverkan med företagshälsovården kring alkotester. "
                  "Genomförandeplan upprättas tillsammans med Jan-Erik inom tre veckor och skickas till mig."),
            ("h", "3. Mål"),
            ("p", "a) Jan-Erik dricker inte alkohol dagen före arbetspass (inga positiva tester) fr.o.m. april 2015.\n"
                  "b) Jan-Erik är tillbaka i ordinarie arbete senast 2015-05-01.\n"
                  "c) Familjen upplever att konflikterna kring alkoholen har minskat vid uppföljning i augusti."),
            ("h", "4. Uppföljning"),
            ("p", "Vi följer upp tillsammans med Jan-Erik efter ca två månader (maj) och inför beslutets slut i augusti. "
                  "Jag kallar till mötena. Meddela mig om han uteblir eller om tester är positiva."),
            ("h", "5. Rapport vid avslut"),
            ("p", "När insatsen avslutas skickar ni en kort skriftlig sammanfattning: genomförda samtal, hur målen har "
                  "uppnåtts, Jan-Eriks egen bedömning och om fortsatt stöd behövs."),
            ("h", "6. Kontakt"),
            ("p", "Eva Pekkari, socialsekreterare, tfn 0980-706 52, eva.pekkari@kiruna.se"),
            ("p", "Uppdraget lämnas till Norrsken 2015-02-23 (internpost och e-post)."),
            ("p", "Med vänlig hälsning\n\n\nEva Pekkari"),
        ]))

    gfp = sysdoc(O, "k1_gfp", "Genomförandeplan", [
        ("fields", [[("Utförare", "Norrsken öppenvård", 4), ("Datum", "2015-03-16", 3), ("Behandlare", "Anders Kuoppa", 5)]]),
        ("h3", "MÅL OCH AKTIVITETER"),
        ("bullets", [
            "Mål 1: Inte dricka dagen före arbetspass – fr.o.m. 2015-04-01. Aktivitet: samtal varannan onsdag kl 14 (Anders), "
            "skiftkalender med riskdagar markerade (Jan-Erik). Alkotest via FHV.",
            "Mål 2: Åter i ordinarie arbete senast 2015-05-01. Aktivitet: trepartsmöte med FHV och arbetsledning i april "
            "(Jan-Erik, Anders).",
            "Mål 3: Färre konflikter hemma – utvärderas i augusti 2015. Aktivitet: två familjesamtal, april och juni "
            "(Anders, Jan-Erik, Anna-Lena, sonen om han vill).",
        ]),
        ("p", "Planen är gjord tillsammans med Jan-Erik."),
        ("sign", ["Jan-Erik Rautio          Anders Kuoppa"]),
    ], **kw)

    jour = sysdoc(O, "k1_journal", "Journal", [
        ("journal", [
            ("2015-01-19", "TELEFON", "EVAPEK", "Jan-Erik ansöker om hjälp, avstängd från jobbet. Tid 21/1."),
            ("2015-01-21", "BESÖK", "EVAPEK", "Utredning inleds."),
            ("2015-01-28", "BESÖK", "EVAPEK", "AUDIT 24 p."),
            ("2015-02-02", "TELEFON", "EVAPEK", "FHV: kräver behandling + alkotest innan han får komma tillbaka."),
            ("2015-02-09", "TELEFON", "EVAPEK", "Hustrun Anna-Lena. Orolig men stöttar honom. Infomerad om anhörigstöd."),
            ("2015-02-20", "BESLUT", "EVAPEK", "ÖV Norrsken beviljad."),
            ("2015-02-23", "UPPDRAG", "EVAPEK", "Uppdrag skickat till Norrsken (A. Kuoppa) m internpost + e-post."),
            ("2015-03-17", "INFO", "EVAPEK", "GFP inkommen från Norrsken."),
            ("2015-05-06", "UPPFÖLJNING", "EVAPEK",
             "Vi träffades på Norrsken för att se hur det gått, Jan-Erik, Anders K. och handl. Jan-Erik har gått på "
             "alla samtal utom ett (skiftbyte). Alla alkotester via FHV negativa sedan mars. Han är tillbaka i "
             "ordinarie arbete sedan 2015-04-20 (mål 2 uppnått). Ett familjesamtal genomfört, hustrun med. "
             "Fortsätter enl. plan."),
            ("2015-08-26", "UPPFÖLJNINGSSAMTAL", "EVAPEK",
             "Avslutande uppföljning. Jan-Erik har inte druckit före arbetspass sedan mars, dricker måttligt på "
             "ledigheter. Två familjesamtal genomförda; Anna-Lena säger att det är lugnare hemma och att sonen "
             "pratar mer med pappa. Alla mål uppnådda. Jan-Erik vill inte ha fortsatt insats. Norrsken skickar "
             "sammanfattning."),
            ("2015-08-31", "AVSLUT", "EVAPEK", "Insatsen avslutad enl beslut."),
            ("2015-09-07", "INFO", "EVAPEK", "Sammanfattning från Norrsken inkommen, stämmer med uppf.samtalet 26/8."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "one-column, mono-spaced system printout", "20150928100101", author="EVAPEK"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150928100102", author="EVAPEK"),
        File("uppdrag_norrsken.pdf", "uppdragsbeskrivning", [upp], "letter", "20150223094500", author="Eva Pekkari"),
        File("genomforandeplan.pdf", "genomförandeplan", [gfp], "bullet list", "20150928100104", author="EVAPEK"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150928100105", author="EVAPEK"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Handläggarens slutsats' beskriver Jan-Eriks svårigheter och resurser och varför Norrsken svarar mot dem; beslutets skäl och uppdraget sammanfattar.", [
            ("utredning.pdf", "Jan-Erik har ett skadligt bruk av alkohol som har gått ut"),
            ("utredning.pdf", "Institutionsvård är inte motiverad"),
            ("beslut.pdf", "Öppenvård på Norrsken svarar mot det"),
            ("uppdrag_norrsken.pdf", "1. Vår bedömning")]),
        planning=crit("ja", "Genomförandeplan som punktlista med daterade mål, aktivitet och ansvarig.", [
            ("genomforandeplan.pdf", "Mål 1: Inte dricka dagen före arbetspass")]),
        follow_up=crit("ja", "Journal 2015-05-06 ('vi träffades ... för att se hur det gått') och uppföljningssamtal 2015-08-26 med utfall.", [
            ("journal.pdf", "Vi träffades på Norrsken för att se hur det gått"),
            ("journal.pdf", "Avslutande uppföljning. Jan-Erik har inte druckit")]),
        assignment_description=crit("ja", "Uppdragsbrevet har a–g, överlämnat 2015-02-23 (brev och journal).", [
            ("uppdrag_norrsken.pdf", "Uppdrag om öppenvård för Jan-Erik Rautio"),
            ("uppdrag_norrsken.pdf", "Uppdraget lämnas till Norrsken 2015-02-23"),
            ("journal.pdf", "Uppdrag skickat till Norrsken")],
            present="abcdefg"),
    )
    return Case("kiruna", dnr, "", files, crits, pd)


# =====================================================================================
# K2  IFO.2015.0148 - HVB amfetamin; template placeholder instead of assessment; vague plan
# =====================================================================================
def _k2():
    dnr = "IFO.2015.0148"
    pd = "2015-09-28"
    cl, pnr = "Niemi, Patrik Olof", "19020217-2853"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="NIKALA")

    lak = Comp("k2_lakare", "docx", dict(
        font="Liberation Sans", size=10.5, letterhead=["Beroendemottagningen Kiruna", "Norrbottens läns landsting"],
        head_right=["LÄKARUTLÅTANDE", "2015-03-09"], footer="Beroendemottagningen, Kiruna sjukhus", page_numbers=None,
        author="", title="", created=dt.datetime(2015, 3, 9, 14, 0),
        blocks=[
            ("p", "Till: Socialförvaltningen Kiruna, IFO Vuxenenheten"),
            ("kv", [("Patient", "Patrik Niemi, 19020217-2853"), ("Undersökt", "2015-03-06")]),
            ("h", "Anamnes"),
            ("p", "Amfetaminbruk sedan ca 10 år, senaste året dagligen, intravenöst. Cannabis sporadiskt. Två tidigare "
                  "vårdtillfällen för drogutlöst psykos (2012, 2014). Hepatit C-positiv."),
            ("h", "Status"),
            ("p", "Avmagrad, stickmärken båda armbågsvecken. Ej psykotisk vid undersökningen. Urinprov positivt för amfetamin."),
            ("h", "Bedömning"),
            ("p", "Svårt amfetaminberoende med psykotiska episoder. Patienten bedöms behöva långvarig behandling i drogfri "
                  "miljö. Hepatit C bör utredas vidare via infektionsmottagningen."),
            ("p", "Kiruna 2015-03-09"),
            ("space",), ("space",),
            ("p", "Överläkare, Beroendemottagningen"),
        ]), scan=[1], signature={1: [(0.12, 0.452, 0.2)]})

    test = sysdoc(O, "k2_test", "Testresultat AUDIT/DUDIT", [
        ("fields", [[("Datum", "2015-03-11", 4), ("Genomfört av", "Niklas Alatalo", 8)]]),
        ("table", ["Instrument", "Poäng", "Riskzon enligt manual"], [
            ["AUDIT", "6", "Låg risk (män under 8 p)"],
            ["DUDIT", "38", "Troligt tungt narkotikaberoende (25 p och mer)"],
        ], [2, 1, 5]),
        ("p", "Resultaten har redovisats för klienten."),
    ], **kw)

    utr = sysdoc(O, "k2_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-03-03", 3), ("Avslutad", "2015-03-26", 3), ("Handläggare", "Niklas Alatalo", 6)],
                    [("Avser", "Ansökan om behandlingshem")]]),
        ("h3", "AKTUALISERING"),
        ("p", "Frivården kontaktade IFO 2015-03-02 med Patriks samtycke. Patrik ansökte om behandlingshem vid besök 2015-03-03."),
        ("h3", "UNDERLAG"),
        ("p", "Samtal 2015-03-03, 03-11 och 03-24. Läkarutlåtande från beroendemottagningen 2015-03-09. DUDIT 2015-03-11."),
        ("h3", "NUVARANDE SITUATION"),
        ("p", "Patrik bor tillfälligt hos sin mamma. Han saknar egen bostad och inkomst. Han har en villkorlig dom med "
              "övervakning. Han har injicerat amfetamin dagligen det senaste året."),
        ("h3", "LÄKARENS BEDÖMNING"),
        ("p", "Enligt utlåtande 2015-03-09: \"Svårt amfetaminberoende med psykotiska episoder. Patienten bedöms behöva "
              "långvarig behandling i drogfri miljö.\""),
        ("h3", "PATRIKS SYNPUNKTER"),
        ("p", "Patrik säger att han är trött på livet han lever och vill till ett behandlingshem långt från Kiruna."),
        ("h3", "ANALYS OCH SLUTSATS"),
        ("p", "<<Här skrivs handläggarens analys och slutsats>>"),
        ("h3", "FÖRSLAG TILL BESLUT"),
        ("p", "<<Förslag>>"),
        ("sign", ["Kiruna 2015-03-26", "Niklas Alatalo"]),
    ], **kw)

    bes = sysdoc(O, "k2_beslut", "Beslut", beslut_blocks(
        O, datum="2015-03-30", beslutsfattare="Individ- och familjeutskottet § 34",
        avser="Behandlingshem", insats="Institutionsvård vuxen", fom="2015-04-07", tom="2015-09-30",
        utforare="Stenbackens behandlingshem", skal=None, delgiven="2015-03-31",
        sign=["Protokollsutdrag IFU 2015-03-30"]), **kw)

    upp = sysdoc(O, "k2_uppdrag", "Uppdrag till utförare", [
        ("fields", [[("Utförare", "Stenbackens behandlingshem", 7), ("Kontaktperson", "Jenny Forsberg", 5)],
                    [("Insats", "Institutionsvård SoL 4:1", 7), ("Period", "2015-04-07 -- 2015-09-30", 5)]]),
        ("box", "UPPDRAGET AVSER",
         "Behandling för amfetaminberoende enl. Stenbackens program. Drogtester. Stöd i kontakt med frivården och "
         "infektionsmottagningen (hepatit C). Genomförandeplan inom en månad."),
        ("box", "MÅL", "Patrik ska vara drogfri under placeringen och ha en plan för boende efter utskrivning (senast 2015-09-15)."),
        ("box", "UPPFÖLJNING", "Vårdplanering inom 3 veckor. Trepartssamtal efter ca 3 månader. Behandlingshemmet ringer handläggaren vid avbrott eller återfall."),
        ("box", "ÅTERRAPPORTERING", "Skriftlig slutrapport vid utskrivning med måluppfyllelse och förslag på eftervård."),
        ("box", "HANDLÄGGARE", "Niklas Alatalo, tfn 0980-706 61, niklas.alatalo@kiruna.se"),
        ("fields", [[("Överlämnad till utförare (datum)", "", 6), ("Sätt", "", 6)]]),
    ], **kw)

    vp = sysdoc(O, "k2_vardplan", "Vårdplan", [
        ("fields", [[("Upprättad", "2015-04-28", 3), ("Plats", "Stenbacken", 3), ("Deltagare", "Patrik, Jenny F., Niklas A.", 6)]]),
        ("table", ["MÅL", "INSATS", "ANSVARIG", "NÄR"], [
            ["Bli drogfri", "Behandling", "", ""],
            ["Må bättre psykiskt", "Samtal", "", ""],
            ["Få ordning på ekonomin och boendet", "", "", ""],
        ], [3, 3, 2, 2]),
        ("p", "Planen följs upp vid trepartssamtal."),
    ], **kw)

    jour = sysdoc(O, "k2_journal", "Journal", [
        ("journal", [
            ("2015-03-02", "TELEFON", "NIKALA", "Frivården ringer ang Patrik. Tid 3/3."),
            ("2015-03-03", "BESÖK", "NIKALA", "Patrik söker behandlingshem. Utredning inleds."),
            ("2015-03-11", "BESÖK", "NIKALA", "DUDIT 38."),
            ("2015-03-30", "BESLUT", "NIKALA", "IFU beviljar Stenbacken 7/4 - 30/9."),
            ("2015-04-07", "INSKRIVNING", "NIKALA", "Patrik åkte med taxi/flyg, inskriven på behandlinshemmet kl 16."),
            ("2015-04-28", "VÅRDPLANERING", "NIKALA", "Vårdplan upprättad på Stenbacken via video."),
            ("2015-05-27", "ÅTERKOPPLING FRÅN BEHANDLINGSHEMMET", "NIKALA",
             "Jenny F ringer. Patrik drogfri, alla prov neg sedan inskrivn. Har varit på infektionsmott för hepatit C, "
             "behandling planeras. Han har haft svårt med rutinerna i början men följer nu schemat. Inga avvikelser."),
            ("2015-07-08", "TREPARTSSAMTAL", "NIKALA",
             "Trepartssamtal via video, Patrik, Jenny F, handl. Patrik drogfri hela vistelsen. Har börjat planera boende: "
             "ansökt om lgh hos Kirunabostäder, står i kö. Han är orolig för att komma tillbaka till Kiruna och de "
             "gamla kompisarna. Överens om att undersöka utslussning/träningslägenhet. Frivården informerad."),
            ("2015-08-19", "AVBROTT", "NIKALA",
             "Stenbacken ringer: Patrik har lämnat behandlingshemmet på egen begäran efter konflikt med annan boende. "
             "Han är hos mamman i Kiruna. Tid bokad 21/8."),
            ("2015-08-21", "BESÖK", "NIKALA", "Patrik vill inte tillbaka. Säger att han är drogfri. Erbjuden ÖV, vill fundera."),
            ("2015-09-14", "INFO", "NIKALA", "Slutrapport från Stenbacken inkommen."),
        ]),
    ], **kw)

    files = [
        File("lakarutlatande_skannat.pdf", "läkarintyg", [lak], "scanned page (no text layer)", "20150310091500", author="scanner"),
        File("testresultat.pdf", "bedömningsinstrument (AUDIT/DUDIT)", [test], "form, table", "20150928102001", author="NIKALA"),
        File("utredning.pdf", "utredning", [utr], "one-column, mono-spaced system printout", "20150928102002", author="NIKALA"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150928102003", author="NIKALA"),
        File("uppdrag.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes", "20150928102004", author="NIKALA"),
        File("vardplan.pdf", "vårdplan", [vp], "table", "20150928102005", author="NIKALA"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150928102006", author="NIKALA"),
    ]
    crits = dict(
        needs_assessment=crit("nej", "Under 'Analys och slutsats' står bara mallens platshållartext; beslutet saknar motivering; det enda som finns är läkarens bedömning och DUDIT-resultat."),
        planning=crit("delvis", "Vårdplanen har vaga mål ('bli drogfri', 'må bättre') utan ansvarig och utan tidpunkter.", [
            ("vardplan.pdf", "Må bättre psykiskt")]),
        follow_up=crit("ja", "Återkoppling från behandlingshemmet 2015-05-27 och trepartssamtal 2015-07-08 i journalen, med utfall.", [
            ("journal.pdf", "Jenny F ringer. Patrik drogfri"), ("journal.pdf", "Trepartssamtal via video, Patrik")]),
        assignment_description=crit("delvis", "Uppdragsformuläret har innehåll, mål, uppföljning, återrapportering och handläggarens kontaktuppgifter, men ingen bedömning av behov, och fältet för överlämnande är tomt (inte heller i journalen).", [
            ("uppdrag.pdf", "UPPDRAGET AVSER")],
            present="bcdef"),
    )
    return Case("kiruna", dnr, "", files, crits, pd)


# =====================================================================================
# K3  IFO.2014.0311 - öppenvård; assessment and assignment fine, no plan and no follow-up
# =====================================================================================
def _k3():
    dnr = "IFO.2014.0311"
    pd = "2015-09-28"
    cl, pnr = "Hietala, Marita Elisabeth", "19000412-1642"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="NIKALA")

    utr = sysdoc(O, "k3_utredning", "Utredning", [
        ("fields", [[("Inledd", "2014-10-13", 3), ("Avslutad", "2014-11-12", 3), ("Handläggare", "Eva Pekkari", 6)]]),
        ("h3", "AKTUALISERING"),
        ("p", "Marita sökte själv 2014-10-08 efter att ha blivit omhändertagen enl. LOB en helg i september."),
        ("h3", "UNDERLAG"),
        ("p", "Samtal 2014-10-13, 10-22, 11-05. AUDIT 2014-10-22 (21 p). Tfn med vårdcentralen (samtycke)."),
        ("h3", "SITUATION"),
        ("p", "Marita är 1:e kock på ett hotell, arbetar kvällar och helger. Hon bor ensam i bostadsrätt. Hon dricker "
              "efter arbetspassen, ofta 4–6 glas vin, och mer på lediga dagar. Hon har börjat få minnesluckor och "
              "har slutat träffa väninnorna. Hennes bror bor i Luleå och vet inte om problemen."),
        ("h3", "MARITAS SYNPUNKTER"),
        ("p", "Hon vill sluta dricka helt. Hon vill ha enskilda samtal och kan komma förmiddagar."),
        ("h3", "ANALYS OCH SLUTSATS"),
        ("p", "Marita har utvecklat ett skadligt bruk av alkohol som hänger ihop med hennes arbetstider och ensamhet "
              "efter kvällspassen. Händelsen i september (LOB) och minnesluckorna visar att drickandet har blivit "
              "farligt för henne. Hon har arbete, bostad och en tydlig egen vilja att sluta, men saknar andra sätt "
              "att varva ner och har isolerat sig från vännerna."),
        ("p", "Hon behöver stöd att bryta vanan att dricka efter arbetet och hitta andra sätt att hantera "
              "kvällarna, samt hjälp att återknyta kontakten med vännerna. Enskilda samtal på Norrsken med "
              "återfallsprevention på förmiddagstid svarar mot detta och går att förena med arbetet."),
        ("sign", ["Kiruna 2014-11-12", "Eva Pekkari"]),
    ], **kw)

    bes = sysdoc(O, "k3_beslut", "Beslut", beslut_blocks(
        O, datum="2014-11-17", beslutsfattare="Eva Pekkari, socialsekreterare (del. 6.4)",
        avser="Öppenvård", insats="Öppenvård missbruk", fom="2014-11-24", tom="2015-05-31",
        utforare="Öppenvårdsmottagningen Norrsken",
        skal="Marita har ett skadligt bruk av alkohol kopplat till arbetstider och ensamhet och behöver stöd att bryta "
             "detta; enskilda samtal på Norrsken kan kombineras med arbetet.", delgiven="2014-11-18", sign=["Eva Pekkari"]), **kw)

    upp = sysdoc(O, "k3_uppdrag", "Uppdrag till utförare", [
        ("fields", [[("Utförare", "Norrsken öppenvård", 7), ("Kontaktperson", "Anders Kuoppa", 5)],
                    [("Insats", "Öppenvård SoL 4:1", 7), ("Period", "2014-11-24 -- 2015-05-31", 5)]]),
        ("box", "SOCIALTJÄNSTENS BEDÖMNING AV BEHOV",
         "Marita har ett skadligt bruk av alkohol (AUDIT 21) kopplat till kvällsarbete och ensamhet. Hon behöver stöd "
         "att bryta vanan att dricka efter arbetspassen, hitta andra sätt att varva ner och återknyta kontakten med vänner."),
        ("box", "UPPDRAGET AVSER", "Enskilda samtal (ÅP) 1 g/v förmiddagstid. Genomförandeplan upprättas av Norrsken inom 3 veckor."),
        ("box", "MÅL", "Marita är alkoholfri senast 2015-02-28 och har minst en regelbunden social aktivitet per vecka senast 2015-04-30."),
        ("box", "UPPFÖLJNING", "Trepartssamtal (Marita, behandlare, handläggare) efter 3 månader och vid insatsens slut."),
        ("box", "ÅTERRAPPORTERING", "Norrsken lämnar skriftlig sammanfattning till handläggaren när insatsen avslutas: måluppfyllelse och behov av fortsatt stöd."),
        ("box", "HANDLÄGGARE", "Eva Pekkari, tfn 0980-706 52, eva.pekkari@kiruna.se"),
        ("fields", [[("Överlämnad till utförare (datum)", "2014-11-18", 6), ("Sätt", "Internpost", 6)]]),
    ], **kw)

    jour = sysdoc(O, "k3_journal", "Journal", [
        ("journal", [
            ("2014-10-08", "TELEFON", "EVAPEK", "Marita söker hjälp för alkohol. Tid 13/10."),
            ("2014-10-13", "BESÖK", "EVAPEK", "Utredning inleds."),
            ("2014-10-22", "BESÖK", "EVAPEK", "AUDIT 21."),
            ("2014-11-17", "BESLUT", "EVAPEK", "ÖV Norrsken beviljad t o m 31/5."),
            ("2014-11-18", "UPPDRAG", "EVAPEK", "Uppdrag skickat till Norrsken m internposten. GFP ska upprättas av ÖV inom 3 veckor."),
            ("2014-12-10", "TELEFON", "EVAPEK", "Marita ringer ang. ändrad tid på Norrsken, hänvisad dit."),
            ("2015-01-15", "HANDLÄGGARBYTE", "NIKALA", "Ärendet övertaget av Niklas Alatalo då Eva P slutat."),
            ("2015-03-04", "TELEFON", "NIKALA", "Försökt nå Marita ang planerat hembesök, inget svar. Planerat hembesök 11/3 ställs in."),
            ("2015-06-02", "ANTECKNING", "NIKALA",
             "Beslutet har löpt ut 31/5. Ingen uppföljning har gjorts under perioden pga handläggarbyte och hög "
             "arbetsbelastning. Ingen GFP har inkommit. Kontakt ska tas med Norrsken och Marita."),
            ("2015-06-10", "TELEFON", "NIKALA", "Sökt Anders K på Norrsken, på semester t o m v 32. Återkommer."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "one-column, mono-spaced system printout", "20150928104001", author="NIKALA"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150928104002", author="NIKALA"),
        File("uppdrag.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes", "20150928104003", author="NIKALA"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150928104004", author="NIKALA"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Analys och slutsats' beskriver Maritas svårigheter och varför samtal på Norrsken svarar mot dem; beslut och uppdrag sammanfattar.", [
            ("utredning.pdf", "Marita har utvecklat ett skadligt bruk av alkohol"),
            ("utredning.pdf", "Enskilda samtal på Norrsken med"),
            ("beslut.pdf", "Marita har ett skadligt bruk av alkohol kopplat till arbetstider"),
            ("uppdrag.pdf", "SOCIALTJÄNSTENS BEDÖMNING AV BEHOV")]),
        planning=crit("nej", "Ingen genomförandeplan i akten: journalen säger att GFP 'ska upprättas' och 2015-06-02 att ingen GFP inkommit. 'Planerat hembesök' är ingen plan."),
        follow_up=crit("nej", "Journalen 2015-06-02: 'Ingen uppföljning har gjorts under perioden'; ingen senare uppföljning."),
        assignment_description=crit("ja", "Uppdragsformuläret har a–g; överlämnat 2014-11-18 med internpost.", [
            ("uppdrag.pdf", "UPPDRAGET AVSER"), ("journal.pdf", "Uppdrag skickat till Norrsken m internposten")],
            present="abcdefg"),
    )
    return Case("kiruna", dnr, "", files, crits, pd)


# =====================================================================================
# K4  IFO.2015.0220 - HVB alkohol; assembled akt + separate copies; SIP landscape; rotated page
# =====================================================================================
def _k4():
    dnr = "IFO.2015.0220"
    pd = "2015-09-29"
    cl, pnr = "Keinänen, Bengt Olov", "19020808-5433"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="NIKALA")

    utr = sysdoc(O, "k4_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-04-22", 3), ("Avslutad", "2015-05-20", 3), ("Handläggare", "Niklas Alatalo", 6)],
                    [("Avser", "Ansökan om behandlingshem, alkohol")]]),
        ("h3", "AKTUALISERING"),
        ("p", "Bengt ansökte 2015-04-20 efter kontakt via psykiatrin, där han har en depression som behandlas."),
        ("h3", "UNDERLAG"),
        ("p", "Samtal 2015-04-22, 04-29, 05-06 och 05-18. AUDIT 2015-04-29 (30 p). Tfn psykiatrin och hälsocentralen "
              "(samtycke). Kontakt med dottern Sanna."),
        ("h3", "SITUATION"),
        ("p", "Bengt är förtidspensionerad gruvarbetare, bor ensam i villa i Jukkasjärvi. Hustrun dog 2013. Sedan dess "
              "dricker han dagligen, mest sprit, och har ätit dåligt. Han har diabetes typ 2 som inte sköts. Han "
              "behandlas för depression av psykiatrin. Två avgiftningar på medicinkliniken 2014–2015. Dottern bor i "
              "Kiruna och har tagit ansvar för honom, men orkar inte längre."),
        ("h3", "BENGTS SYNPUNKTER"),
        ("p", "Han vill \"bli av med spriten\" och säger att han inte klarar det i huset där allt påminner om hustrun."),
        ("h3", "SOCIALTJÄNSTENS STÄLLNINGSTAGANDE"),
        ("p", "Bengt har ett alkoholberoende som har förvärrats sedan hustruns död och som samverkar med hans "
              "depression och en dåligt skött diabetes. Han har återfallit efter båda avgiftningarna och det stöd "
              "dottern kan ge räcker inte. Han är ensam i ett hus långt från service."),
        ("p", "Han behöver en period av behandling i alkoholfri miljö där beroendebehandlingen samordnas med "
              "psykiatrins depressionsbehandling och med diabetesvården, och där han får hjälp med sorgen. Tallåsens "
              "behandlingshem har sjuksköterska och läkare knutna till sig och tar emot äldre män. Eftersom flera "
              "huvudmän är inblandade ska en SIP upprättas tidigt under vistelsen."),
        ("h3", "FÖRSLAG TILL BESLUT"),
        ("p", "Institutionsvård Tallåsens behandlingshem 2015-06-01 -- 2015-11-30."),
        ("sign", ["Kiruna 2015-05-20", "Niklas Alatalo"]),
    ], **kw)

    bes = sysdoc(O, "k4_beslut", "Beslut", beslut_blocks(
        O, datum="2015-05-25", beslutsfattare="Individ- och familjeutskottet § 58",
        avser="Behandlingshem", insats="Institutionsvård vuxen", fom="2015-06-01", tom="2015-11-30",
        utforare="Tallåsens behandlingshem",
        skal="Bengt har ett alkoholberoende som samverkar med depression och diabetes och har inte klarat att vara "
             "nykter efter avgiftning. Han behöver behandling i alkoholfri miljö med samordnad vård. Se utredning.",
        delgiven="2015-05-26", sign=["Protokollsutdrag IFU 2015-05-25"]), **kw)

    upp = sysdoc(O, "k4_uppdrag", "Uppdrag till utförare", [
        ("fields", [[("Utförare", "Tallåsens behandlingshem", 7), ("Kontaktperson", "Marie Holmgren", 5)],
                    [("Insats", "Institutionsvård SoL 4:1", 7), ("Period", "2015-06-01 -- 2015-11-30", 5)]]),
        ("box", "SOCIALTJÄNSTENS BEDÖMNING AV BEHOV",
         "Bengt har ett alkoholberoende (AUDIT 30) som samverkar med depression och diabetes. Han behöver alkoholfri "
         "miljö, beroendebehandling samordnad med psykiatri och diabetesvård, samt stöd i sorgen efter hustrun."),
        ("box", "UPPDRAGET AVSER",
         "Behandling enl Tallåsens program. Sjuksköterskekontroll av diabetes. Samverkan med psykiatrin i Kiruna "
         "(läkemedel, återbesök via video). Delta i SIP. Genomförandeplan inom 3 veckor."),
        ("box", "MÅL",
         "1) Nykter under vistelsen. 2) Stabilt blodsocker (HbA1c under 60) senast 2015-10-31. 3) Plan för boende "
         "och vardag i Kiruna/Jukkasjärvi före utskrivning 2015-11-30."),
        ("box", "UPPFÖLJNING", "Vårdplan inom 2 veckor. SIP i juni. Trepartssamtal (video) varannan månad. Tallåsen ringer vid avvikelser."),
        ("box", "ÅTERRAPPORTERING", "Slutrapport senast 14 dagar efter utskrivning: måluppfyllelse, hälsoläge, rekommendationer för eftervård."),
        ("box", "HANDLÄGGARE", "Niklas Alatalo, tfn 0980-706 61, niklas.alatalo@kiruna.se"),
        ("fields", [[("Överlämnad till utförare (datum)", "2015-05-26", 6), ("Sätt", "Säker e-post + post", 6)]]),
    ], **kw)

    vp = sysdoc(O, "k4_vardplan", "Vårdplan", [
        ("fields", [[("Upprättad", "2015-06-15", 3), ("Plats", "Tallåsen (video)", 3), ("Deltagare", "Bengt, Marie H., Niklas A.", 6)]]),
        ("table", ["MÅL", "INSATS/AKTIVITET", "ANSVARIG", "TIDPUNKT"], [
            ["Nykter under vistelsen", "Program, alkotest", "Bengt, Tallåsen", "2015-06-01 -- 2015-11-30"],
            ["HbA1c under 60", "Kost, blodsocker dagligen, ssk-kontroll", "Bengt, ssk Tallåsen", "Prov 2015-10-15"],
            ["Sorgbearbetning", "Enskilda samtal 1 g/v", "Marie H.", "Juni -- okt 2015"],
            ["Plan för boende/vardag efter utskrivning", "Hembesök i Jukkasjärvi med handl, kontakt hemtjänst", "Niklas A., Bengt", "Senast 2015-11-15"],
        ], [3, 3.2, 2, 2]),
        ("p", "Nästa uppföljning: trepartssamtal vecka 31."),
    ], **kw)

    sip = sysdoc(O, "k4_sip", "Samordnad individuell plan (SIP)", [
        ("fields", [[("Datum", "2015-06-24", 2), ("Sammankallande", "Niklas Alatalo, IFO Kiruna", 4),
                     ("Deltagare", "Bengt K., dottern Sanna, Marie H. (Tallåsen), psykiatrin (ssk), HC Kiruna (diabetesssk), Niklas A.", 6)]]),
        ("table", ["Område", "Mål", "Insats", "Ansvarig huvudman/person", "Klart senast", "Uppföljning"], [
            ["Alkohol", "Nykter", "Behandling Tallåsen", "Kommunen (IFO)/Tallåsen", "2015-11-30", "Trepartssamtal v. 31"],
            ["Psykisk hälsa", "Mindre nedstämdhet", "Läkemedel, återbesök psykiatrin via video", "Landstinget/psykiatrin", "Återbesök 2015-08-20", "SIP-möte okt"],
            ["Diabetes", "HbA1c under 60", "Kontroller, kost", "Landstinget/HC Kiruna + ssk Tallåsen", "2015-10-31", "SIP-möte okt"],
            ["Boende", "Trygg vardag hemma", "Hemtjänst, ev. trygghetslarm", "Kommunen (biståndshandl.)", "2015-11-15", "SIP-möte okt"],
        ], [1.6, 2, 3, 2.8, 1.6, 1.8]),
        ("p", "Samordningsansvar: Niklas Alatalo. Nästa SIP-möte: oktober 2015 (datum bokas i september). Bengt har "
              "samtyckt till SIP och informationsutbyte."),
    ], land=True, **kw)

    jour = sysdoc(O, "k4_journal", "Journal", [
        ("journal", [
            ("2015-04-20", "TELEFON", "NIKALA", "Bengt ansöker om behandlingshem (via psykiatrin)."),
            ("2015-04-22", "BESÖK", "NIKALA", "Utredning inleds."),
            ("2015-05-25", "BESLUT", "NIKALA", "IFU beviljar Tallåsen."),
            ("2015-05-26", "UPPDRAG", "NIKALA", "Uppdrag skickat till Tallåsen via säker e-post och post, M Holmgren bekräftat."),
            ("2015-06-01", "INSKRIVNING", "NIKALA", "Bengt inskriven. Sanna körde."),
            ("2015-06-15", "VÅRDPLANERING", "NIKALA", "Vårdplan upprättad (video)."),
            ("2015-06-24", "SIP", "NIKALA", "SIP-möte genomfört, se SIP."),
            ("2015-07-29", "TREPARTSSAMTAL", "NIKALA",
             "Trepartssamtal via video. Bengt nykter sedan inskrivn, alla tester neg. Blodsockret bättre, HbA1c 68 "
             "(från 81). Deltar i sorgsamtal, säger att det hjälper. Psykiatrins återbesök bokat 20/8. Boendefrågan "
             "tas upp i oktober. Fortsätter enl. plan."),
            ("2015-09-16", "AVSTÄMNING", "NIKALA",
             "Avstämning tfn m Marie H. Bengt fortsatt nykter, HbA1c 61 vid senaste kontroll. Han har varit på "
             "permission hemma i Jukkasjärvi 2 dygn med dottern, gick bra. Hembesök med handl. bokas i oktober."),
        ]),
    ], **kw)

    akt = File("akt_IFO.2015.0220.pdf", "akt (sammanställd export)", [utr, bes, upp, vp, jour],
               "assembled (pdfunite) system printouts; one page rotated 90° (/Rotate)", "20150929142210",
               author="NIKALA", title="Akt IFO.2015.0220", rotate={4: 90})
    files = [akt,
             File("uppdrag_tallasen.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes (copy of page in akt)", "20150929142215", author="NIKALA"),
             File("vardplan.pdf", "vårdplan", [vp], "table (copy of page in akt)", "20150929142216", author="NIKALA"),
             File("SIP_2015-06-24.pdf", "SIP", [sip], "landscape, table", "20150929142217", author="NIKALA")]
    crits = dict(
        needs_assessment=crit("ja", "'Socialtjänstens ställningstagande' beskriver Bengts svårigheter och varför Tallåsen svarar mot dem; beslut och uppdrag sammanfattar.", [
            (akt.name, "Bengt har ett alkoholberoende som har förvärrats"),
            (akt.name, "Han behöver en period av behandling i alkoholfri miljö"),
            (akt.name, "Han behöver behandling i alkoholfri miljö med samordnad vård"),
            (akt.name, "SOCIALTJÄNSTENS BEDÖMNING AV BEHOV"),
            ("uppdrag_tallasen.pdf", "SOCIALTJÄNSTENS BEDÖMNING AV BEHOV")]),
        planning=crit("ja", "Vårdplan i tabell med daterade mål, insats och ansvarig (i akten och som separat fil), samt SIP med mål, ansvarig och datum.", [
            (akt.name, "Sorgbearbetning"), ("vardplan.pdf", "Sorgbearbetning"),
            ("SIP_2015-06-24.pdf", "Mindre nedstämdhet")]),
        follow_up=crit("ja", "Trepartssamtal 2015-07-29 och avstämning 2015-09-16 i journalen med utfall.", [
            (akt.name, "Trepartssamtal via video. Bengt nykter"), (akt.name, "Avstämning tfn m Marie H.")]),
        assignment_description=crit("ja", "Uppdragsformuläret har a–g; överlämnat 2015-05-26 (formulär och journal).", [
            (akt.name, "UPPDRAGET AVSER"), (akt.name, "Uppdrag skickat till Tallåsen via säker e-post"),
            ("uppdrag_tallasen.pdf", "UPPDRAGET AVSER")],
            present="abcdefg"),
    )
    return Case("kiruna", dnr, "", files, crits, pd)


CASES = [_k1(), _k2(), _k3(), _k4()]
