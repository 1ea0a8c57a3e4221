# -*- coding: utf-8 -*-
"""Piteå: four cases (header variant B, [X]/[ ] check boxes, diarienummer YYYY-NNNNNN)."""
import datetime as dt
from common import OFFICES, Case, File, Comp, sysdoc, crit, beslut_blocks

O = OFFICES["pitea"]


def _beslut(**kw):
    b = beslut_blocks(O, skal_label="Motivering", **kw)
    return b


# =====================================================================================
# P1  2014-000318 - HVB alkohol; one assembled PDF; signed vårdplan scanned; uppdrag only oral
# =====================================================================================
def _p1():
    dnr = "2014-000318"
    pd = "2015-09-28"
    cl, pnr = "Backman, Lars-Göran", "19020114-1937"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="marohm")

    anm = sysdoc(O, "p1_anmalan", "Aktualisering – inkommen uppgift", [
        ("fields", [[("Inkom", "2014-08-25", 3), ("Uppgiftslämnare", "Akutmottagningen, ssk (namn i handling)", 6), ("Sätt", "Telefon", 3)]]),
        ("box", "Uppgift",
         "Lars-Göran kom in med ambulans natten till 2014-08-24, berusad (3,1 promille) med skärsår på handen efter "
         "fall i trappa. Han har varit på akuten tre gånger sedan maj av liknande skäl. Han har själv bett att "
         "socialtjänsten kontaktas."),
        ("checks", "Åtgärd", [(True, "Kontakt tas med den enskilde"), (False, "Ingen åtgärd")]),
        ("p", "2014-08-27: Lars-Göran har på besök ansökt om behandling på behandlingshem. Utredning inleds enl. SoL 11 kap. 1 §."),
    ], **kw)

    utr = sysdoc(O, "p1_utredning", "Utredning", [
        ("fields", [[("Inledd", "2014-08-27", 3), ("Avslutad", "2014-10-06", 3), ("Handläggare", "Maria Öhman, socialsekreterare", 6)]]),
        ("sec", "Ansökan"),
        ("p", "Lars-Göran ansöker om behandling på behandlingshem för sina alkoholproblem."),
        ("sec", "Utredningens genomförande"),
        ("p", "Samtal 2014-08-27, 09-03, 09-17 och 10-01. AUDIT 2014-09-03. Kontakt med hemtjänsten (samtycke) och med "
              "Lars-Görans bror Olle. Läkaranteckning från akutmottagningen."),
        ("sec", "Bakgrund och nuläge"),
        ("p", "Lars-Göran är förtidspensionär sedan 2006 efter en arbetsskada (ryggen). Han bor ensam i villa i "
              "Hortlax. Han har druckit mycket i perioder sedan 1990-talet men de senaste två åren dagligen, "
              "mest hembränt och öl. AUDIT 29 p. Han har fallit flera gånger, har dålig kost och har tappat i vikt. "
              "Hemtjänst för inköp sedan våren 2014. Brodern handlar åt honom ibland men orkar inte längre. "
              "Tidigare behandling: avgiftning 2010, AA under en kort period."),
        ("sec", "Lars-Görans egen uppfattning"),
        ("p", "Han vill bort från huset en tid, säger att han inte kan låta bli att dricka när han är ensam. Han vill "
              "komma till ett ställe \"med folk i samma situation\"."),
        ("sec", "Bedömning"),
        ("p", "Lars-Göran har ett grav alkoholberoende med daglig konsumtion, fysiska skador och fall. Han är isolerad "
              "och har inget nyktert sammanhang; hemtjänstens och broderns stöd räcker inte. Försök med öppenvård och "
              "AA har inte fungerat för honom. Han behöver en period i en alkoholfri miljö med struktur, behandling och "
              "gemenskap för att bli nykter och återfå fysisk hälsa. Under vistelsen bör även ett fortsatt stöd i "
              "hemmet (hemtjänst, ev. boendestöd) och en nykter fritid planeras, så att han inte återvänder till samma "
              "isolering. Nybyn behandlingshem, med miljöterapi och 12-stegsinriktning för äldre män, svarar mot detta."),
        ("sec", "Förslag"),
        ("p", "Institutionsvård på Nybyn behandlingshem, SoL 4 kap. 1 §, 2014-10-15 – 2015-01-15."),
        ("sign", ["Piteå 2014-10-06", "Maria Öhman"]),
    ], **kw)

    bes = sysdoc(O, "p1_beslut", "Beslut", _beslut(
        datum="2014-10-08", beslutsfattare="Maria Öhman, socialsekreterare (deleg. 3.1.4)",
        avser="Behandlingshem alkohol", insats="Institutionsvård vuxen", fom="2014-10-15", tom="2015-01-15",
        utforare="Nybyn behandlingshem", skal="Beslutet grundar sig på utredning 2014-10-06.",
        delgiven="2014-10-08", sign=["Maria Öhman"]), **kw)

    bes2 = sysdoc(O, "p1_beslut2", "Beslut", _beslut(
        datum="2015-01-09", beslutsfattare="Maria Öhman, socialsekreterare (deleg. 3.1.4)",
        avser="Förlängning behandlingshem", insats="Institutionsvård vuxen (förlängning)", fom="2015-01-16",
        tom="2015-03-31", utforare="Nybyn behandlingshem",
        skal="Behandlingen har gett resultat men Lars-Göran behöver mer tid för att förbereda hemgång med stöd. Se "
             "journalanteckning 2014-12-16.", delgiven="2015-01-12", sign=["Maria Öhman"]), **kw)

    vp = sysdoc(O, "p1_vardplan", "Vårdplan", [
        ("fields", [[("Upprättad", "2014-10-28", 3), ("Plats", "Nybyn behandlingshem", 5), ("Insats fr.o.m.", "2014-10-15", 4)],
                    [("Deltagare", "Lars-Göran Backman, Göran Lidström (Nybyn), Maria Öhman (handläggare)")]]),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Lars-Göran är nykter under vistelsen", "Miljöterapi, 12-stegsgrupp dagligen, alkotest", "Lars-Göran, Nybyn", "2014-10-15 – 2015-01-15"],
            ["Förbättrad fysisk hälsa, vikt minst 68 kg", "Regelbundna måltider, läkarkontroll, promenader", "Nybyn, läkare", "Kontroll 2014-12-15"],
            ["Stöd i hemmet klart före hemgång", "Ansökan hemtjänst/boendestöd, hembesök med handl.", "Maria Ö.", "Senast 2015-01-05"],
            ["Nykter fritid efter hemgång", "Kontakt med AA Piteå och Träffpunkten, studiebesök", "Lars-Göran, Nybyn", "Senast 2015-01-10"],
        ], [3, 3.2, 1.8, 2]),
        ("p", "Uppföljning: uppföljningsmöte på Nybyn 2014-12-16 kl. 10.00."),
        ("space", 8),
        ("table", None, [["Lars-Göran Backman", "Göran Lidström", "Maria Öhman"],
                         ["\n\n", "\n\n", "\n\n"]], [1, 1, 1]),
    ], **dict(kw, printdate="2014-10-28"), scan=[1],
        signature={1: [(0.10, 0.388, 0.17), (0.40, 0.386, 0.15), (0.66, 0.389, 0.16)]})

    jour = sysdoc(O, "p1_journal", "Journal", [
        ("journal", [
            ("2014-08-25", "Tfn akutmottagningen", "marohm", "Se aktualisering."),
            ("2014-08-27", "Besök", "marohm", "L-G ansöker om behandlingshem. Utredning inleds."),
            ("2014-09-03", "Besök", "marohm", "AUDIT 29. Har druckit i morse, men samtalet gick att genomföra."),
            ("2014-09-17", "Tfn hemtjänsten", "marohm", "Hemtjänsten oroliga, kl. har ramlat igen, inga skador. SSK från hemsjukvården har tittat till honom."),
            ("2014-10-01", "Besök", "marohm", "L-G och brodern. Pratat om Nybyn, L-G vill dit."),
            ("2014-10-08", "Beslut", "marohm", "Beslut institutionsvård Nybyn 15/10 – 15/1."),
            ("2014-10-09", "Tfn Nybyn", "marohm",
             "Pratat med föreståndaren G. Lidström. Muntligt redogjort för uppdraget, L-G:s situation och vad vi vill "
             "att vistelsen ska leda till. Beslut och utredning skickas med posten."),
            ("2014-10-15", "Inskrivning", "marohm", "L-G inskriven på Nybyn, brodern körde."),
            ("2014-10-28", "Vårdplanering", "marohm", "Vårdplan upprättad på Nybyn, se vårdplan."),
            ("2014-12-16", "Uppföljningsmöte Nybyn", "marohm",
             "Uppföljning av vårdplanen, närv. L-G, G. Lidström, handl. L-G nykter sedan inskrivning, deltar i "
             "grupperna. Vikt 69 kg (mål uppnått). Hemtjänst beviljad fr.o.m. hemgång; boendestöd utreds. AA-kontakt "
             "inte tagen än. L-G och Nybyn vill förlänga till mars för att hinna träna på hemmaperioder. Handl. "
             "instämmer, beslut om förlängning tas."),
            ("2015-01-09", "Beslut", "marohm", "Förlängning t.o.m. 2015-03-31."),
            ("2015-02-11", "Hembesök", "marohm", "L-G på permission hemma 3 dgr. Huset städat, nykter. Boendestöd startar vid hemgång."),
            ("2015-03-24", "Avslutande trepartssamtal", "marohm",
             "Möte på Nybyn. L-G har varit nykter hela vistelsen, ett återfall på permission i febr. som han själv "
             "berättade om. Alla mål i vårdplanen bedöms uppnådda utom AA där han har varit på ett möte. Hemgång "
             "2015-03-31 med hemtjänst och boendestöd 2 ggr/v. Nybyn skickar utskrivningsrapport."),
            ("2015-04-10", "Utskrivningsrapport", "marohm", "Rapport från Nybyn inkommen, skannad. Bekräftar ovanstående."),
            ("2015-06-04", "Tfn", "marohm", "Boendestödet: L-G nykter, sköter sig bra hemma. Går på Träffpunkten."),
        ]),
    ], **kw)

    akt = File("akt_2014-000318.pdf", "akt (sammanställd export)", [anm, utr, bes, bes2, vp, jour],
               "assembled (pdfunite) system printouts, one scanned page (signed vårdplan)", "20150928153018",
               author="marohm", title="Akt 2014-000318")
    files = [akt]
    crits = dict(
        needs_assessment=crit("ja", "Utredningens 'Bedömning' beskriver Lars-Görans svårigheter och varför Nybyn svarar mot dem.", [
            (akt.name, "Lars-Göran har ett grav alkoholberoende med daglig konsumtion")]),
        planning=crit("ja", "Vårdplan 2014-10-28 (skannad, underskriven sida) med mål, insats, ansvarig och datum.", [
            (akt.name, "Lars-Göran är nykter under vistelsen")]),
        follow_up=crit("ja", "Uppföljningsmöte 2014-12-16 och avslutande trepartssamtal 2015-03-24 i journalen med utfall.", [
            (akt.name, "Uppföljning av vårdplanen, närv. L-G"), (akt.name, "Möte på Nybyn. L-G har varit nykter hela vistelsen")]),
        assignment_description=crit("nej", "Ingen skriftlig uppdragsbeskrivning; uppdraget gavs muntligt per telefon 2014-10-09 och beslut/utredning skickades.",
                                    present=""),
    )
    return Case("pitea", dnr, "", files, crits, pd)


# =====================================================================================
# P2  2015-000127 - öppenvård cannabis; only a conclusion; follow-up without outcome; e-mail lacks a, e
# =====================================================================================
def _p2():
    dnr = "2015-000127"
    pd = "2015-09-28"
    cl, pnr = "Isaksson, Robin Erik", "19020402-4415"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="henbur")

    utr = sysdoc(O, "p2_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-01-26", 3), ("Avslutad", "2015-02-23", 3), ("Handläggare", "Henrik Burman", 6)]]),
        ("sec", "Aktualisering"),
        ("p", "Robin ringde själv 2015-01-22 efter att ha blivit tagen för ringa narkotikabrott (cannabis). Hans "
              "mamma hade uppmanat honom att söka hjälp."),
        ("sec", "Nuvarande situation"),
        ("p", "Robin bor hemma hos sin mamma i Öjebyn. Han har gått ut gymnasiet (fordonsprogrammet) och har "
              "timanställning på en bilverkstad. Han röker cannabis 3–5 kvällar i veckan sedan ca två år, oftast "
              "med kompisar. Han dricker alkohol på helger. DUDIT 14 p. Han sover dåligt och har svårt att komma "
              "i tid till jobbet. Inga skulder."),
        ("sec", "Robins synpunkter"),
        ("p", "Robin vill sluta röka för att få fast anställning och för att mamma ska sluta tjata. Han tror inte "
              "att han har något \"missbruk\" men vill ha hjälp att sluta."),
        ("sec", "Sammanfattande överväganden"),
        ("p", "Robin bedöms vara i behov av öppenvård i form av samtalsbehandling (HAP) vid Vägskälet."),
        ("sign", ["Piteå 2015-02-23", "Henrik Burman, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "p2_beslut", "Beslut", _beslut(
        datum="2015-02-25", beslutsfattare="Henrik Burman, socialsekreterare (deleg. 3.1.2)",
        avser="Öppenvård", insats="Öppenvård – HAP", fom="2015-03-09", tom="2015-06-30",
        utforare="Piteå Öppenvård Vägskälet", skal="Se utredning.", delgiven="2015-02-26", sign=["Henrik Burman"]), **kw)

    mail = Comp("p2_mail", "text", dict(font="Courier10", text="""\
Från:     Henrik Burman
Skickat:  den 4 mars 2015 13:12
Till:     Elin Marklund; Vägskälet Öppenvård
Ämne:     HAP Robin I. (dnr 2015-000127)

Hej Elin!

Robin Isaksson har fått beslut om öppenvård hos er fr o m 9/3 tom
30/6-15 (HAP). Jag bifogar beslutet.

Uppdraget
- Haschavvänjningsprogrammet (HAP) individuellt, ca 10 samtal
- Urinprov enl. er rutin, besked till mig om positiva prov
- GFP tillsammans med Robin inom 3 v.

Mål
- Robin är drogfri (neg. urinprov) senast 2015-05-31
- Robin kommer i tid till jobbet varje dag i maj (enl. honom själv och
  arbetsgivaren)

Uppföljning
Vi ses alla tre efter ca 8 veckor, jag bokar tid. Hör av dig om han
uteblir två gånger i rad.

Tack!

Mvh
Henrik Burman
Socialsekreterare, IFO Vuxen/Beroende
Socialtjänsten Piteå kommun
Tfn 0911-69 62 55
henrik.burman@pitea.se
"""))

    gfp = sysdoc(O, "p2_gfp", "Genomförandeplan", [
        ("fields", [[("Utförare", "Piteå Öppenvård Vägskälet", 6), ("Upprättad", "2015-03-23", 3), ("Behandlare", "Elin Marklund", 3)]]),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Drogfri, negativa urinprov", "HAP steg 1–10, samtal måndagar kl. 16.00; urinprov varje vecka", "Robin, Elin", "Senast 2015-05-31"],
            ["Komma i tid till jobbet", "Sömnschema, väckarklocka utan mobil, dagbok", "Robin", "Varje dag i maj 2015"],
            ["Ny fritid utan hasch", "Gå med i bilklubben/ta upp gymmet, prata om kompisarna i samtalen", "Robin, Elin", "Före 2015-05-01"],
        ], [3, 3.5, 1.5, 2]),
        ("p", "Robin har varit med och formulerat planen."),
        ("sign", ["Robin Isaksson      Elin Marklund"]),
    ], **kw)

    jour = sysdoc(O, "p2_journal", "Journal", [
        ("journal", [
            ("2015-01-22", "Tfn", "henbur", "Robin ringer, vill ha hjälp att sluta röka hasch. Tid 26/1."),
            ("2015-01-26", "Besök", "henbur", "Utredning inleds. Mamma med på första delen."),
            ("2015-02-09", "Besök", "henbur", "DUDIT 14. Pratat om HAP."),
            ("2015-02-25", "Beslut", "henbur", "ÖV beviljad."),
            ("2015-03-04", "E-post", "henbur", "Uppdrag mejlat till Elin M., Vägskälet."),
            ("2015-03-24", "Info", "henbur", "GFP från Vägskälet inkommen."),
            ("2015-04-29", "Tfn", "henbur", "Bokat uppf.möte 12/5 kl 15 på Vägskälet."),
            ("2015-05-12", "Uppföljning", "henbur", "Uppföljning genomförd på Vägskälet."),
            ("2015-06-30", "Avslut", "henbur", "Insatsen avslutad enligt beslut. Ärendet avslutas."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "one-column, system header/footer", "20150928094501", author="henbur"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150928094503", author="henbur"),
        File("mejl_uppdrag.pdf", "uppdragsbeskrivning", [mail], "plain-text e-mail printout", "20150304131400",
             title="HAP Robin I.", author="Henrik Burman"),
        File("genomforandeplan.pdf", "genomförandeplan", [gfp], "table", "20150928094507", author="henbur"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150928094509", author="henbur"),
    ]
    crits = dict(
        needs_assessment=crit("delvis", "Under 'Sammanfattande överväganden' finns bara slutsatsen att Robin 'bedöms vara i behov av öppenvård', utan vilka behov eller varför HAP.", [
            ("utredning.pdf", "Robin bedöms vara i behov av öppenvård")]),
        planning=crit("ja", "Genomförandeplan 2015-03-23 med daterade mål, insats och ansvarig.", [
            ("genomforandeplan.pdf", "Drogfri, negativa urinprov")]),
        follow_up=crit("delvis", "Journalen 2015-05-12 säger bara 'Uppföljning genomförd' utan något utfall.", [
            ("journal.pdf", "Uppföljning genomförd på Vägskälet")]),
        assignment_description=crit("delvis", "E-postuppdraget har innehåll, mål, uppföljning, kontaktuppgifter och sändningsdatum men saknar bedömningen av behov och vad utföraren ska återrapportera vid avslut.", [
            ("mejl_uppdrag.pdf", "Haschavvänjningsprogrammet (HAP) individuellt"),
            ("journal.pdf", "Uppdrag mejlat till Elin M.")],
            present="bcdfg"),
    )
    return Case("pitea", dnr, "", files, crits, pd)


# =====================================================================================
# P3  2015-000442 - HVB alkohol; no plan (only "vårdplan ska upprättas"); follow-ups with outcome
# =====================================================================================
def _p3():
    dnr = "2015-000442"
    pd = "2015-09-29"
    cl, pnr = "Lundström, Annelie Kristina", "19010521-2820"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="marohm")

    utr = sysdoc(O, "p3_utredning", "Utredning", [
        ("twotop", 21),
        ("fields", [[("Inledd", "2015-03-16", 3), ("Avslutad", "2015-04-14", 3), ("Handläggare", "Maria Öhman, socialsekreterare", 6)],
                    [("Ärende", "Ansökan om behandlingshem, SoL 4 kap. 1 §")]]),
        ("twocol", "frame"),
        ("sec", "Aktualisering"),
        ("p", "Annelie kontaktade socialtjänsten 2015-03-12 efter att hennes arbetsgivare (kommunens kost- och "
              "städenhet) krävt att hon söker hjälp. Hon hade kommit påverkad till arbetet vid flera tillfällen."),
        ("sec", "Utredningens genomförande"),
        ("p", "Samtal 2015-03-16, 03-24, 04-01 och 04-09. AUDIT 2015-03-24. Trepartssamtal med arbetsgivare och "
              "företagshälsovård 2015-04-01. Kontakt med Annelies dotter (samtycke)."),
        ("sec", "Boende och familj"),
        ("p", "Annelie bor i hyreslägenhet på Strömnäs. Hon är frånskild, har en vuxen dotter i Umeå. Hon har en "
              "skuld hos Kronofogden (obetalda el-räkningar) och har en avbetalningsplan som hon inte klarat att följa."),
        ("sec", "Alkohol och hälsa"),
        ("p", "Hon har druckit dagligen i ca tre år, starkvin och vodka, i perioder upp till en flaska per dag. "
              "AUDIT 33. Hon har haft abstinenskramper en gång (2014). Öppenvård på Vägskälet 2014 avbröts efter "
              "fyra besök. Hon har högt blodtryck och mår psykiskt dåligt, särskilt på kvällarna."),
        ("sec", "Arbete"),
        ("p", "Tillsvidareanställd som lokalvårdare. Arbetsgivaren har upprättat en rehabiliteringsplan och "
              "kräver behandling för att anställningen ska finnas kvar."),
        ("sec", "Annelies synpunkter"),
        ("p", "Hon vill till ett behandlingshem för kvinnor. Hon säger att hon inte klarar att vara nykter hemma "
              "efter jobbet."),
        ("sec", "Socialtjänstens ställningstagande"),
        ("p", "Annelie har ett svårt alkoholberoende med abstinenskramper i anamnesen och har inte klarat att "
              "fullfölja öppenvård. Hon dricker ensam hemma på kvällarna och har inga nyktra stödpersoner i "
              "närheten. Anställningen hänger på att hon genomgår behandling. Hon behöver en period i en "
              "alkoholfri och trygg miljö för kvinnor, med behandling som tar upp både beroendet och hennes "
              "psykiska mående, och stöd i att få ordning på skulden. Solvik behandlingshem tar emot kvinnor, "
              "har sjuksköterska och samarbetar med psykiatrin. Behandlingen bör samordnas med arbetsgivarens "
              "rehabiliteringsplan så att hon kan återgå i arbete efter vistelsen."),
        ("sec", "Förslag till beslut"),
        ("p", "Institutionsvård på Solvik behandlingshem 2015-04-27 – 2015-07-31 enl. SoL 4 kap. 1 §."),
        ("sign", ["Piteå 2015-04-14", "Maria Öhman"]),
    ], **kw)

    bes = sysdoc(O, "p3_beslut", "Beslut", _beslut(
        datum="2015-04-20", beslutsfattare="Arbetsutskottet § 61",
        avser="Behandlingshem", insats="Institutionsvård vuxen", fom="2015-04-27", tom="2015-07-31",
        utforare="Solvik behandlingshem (HVB kvinnor)",
        skal="Annelie har ett svårt alkoholberoende och har inte klarat öppenvård. Hon behöver behandling i en "
             "alkoholfri miljö för kvinnor för att bli nykter och behålla sitt arbete.",
        delgiven="2015-04-21", sign=["Utdrag ur protokoll, AU 2015-04-20"]), **kw)

    upp = sysdoc(O, "p3_uppdrag", "Uppdragsbeskrivning", [
        ("fields", [[("Till utförare", "Solvik behandlingshem, att. Ulrika Hedman", 7), ("Datum", "2015-04-21", 5)],
                    [("Insats", "Institutionsvård vuxen, SoL 4 kap. 1 §", 7), ("Period", "2015-04-27 – 2015-07-31", 5)]]),
        ("box", "Bedömning av behov",
         "Annelie har ett svårt alkoholberoende (AUDIT 33), abstinenskramper 2014, avbruten öppenvård, ångest och "
         "nedstämdhet. Hon behöver alkoholfri miljö, behandling för beroendet och det psykiska måendet samt stöd med "
         "skulden och återgång i arbete."),
        ("box", "Uppdraget",
         "Behandling enligt Solviks program för kvinnor. Läkarbedömning av psykiskt mående via sjuksköterska/psykiatri. "
         "Stöd med kontakt med Kronofogden. Samordning med arbetsgivarens rehabplan (kontakt via handläggaren)."),
        ("box", "Målsättning",
         "Nykter under vistelsen; en plan för att hantera kvällarna hemma; en ny avbetalningsplan som hon klarar; "
         "återgång i arbete på deltid i augusti 2015."),
        ("box", "Uppföljning",
         "Handläggaren följer upp genom telefonavstämning med Solvik varannan vecka och utvärderingsmöte med Annelie "
         "och Solvik i juli inför vistelsens slut."),
        ("box", "Rapportering vid avslut",
         "Solvik skickar en slutrapport (måluppfyllelse, tester, rekommendation om eftervård) senast 14 dagar efter utskrivning."),
        ("box", "Kontaktuppgifter handläggare", "Maria Öhman, socialsekreterare, 0911-69 62 41, maria.ohman@pitea.se"),
        ("box", "Skickat till utförare", "2015-04-21 med post och som krypterad e-post."),
    ], **kw)

    jour = sysdoc(O, "p3_journal", "Journal", [
        ("journal", [
            ("2015-03-12", "Tfn", "marohm", "Kl. ringer, vill söka hjälp. Arbetsgivaren kräver det."),
            ("2015-03-16", "Besök", "marohm", "Utredning inleds."),
            ("2015-04-01", "Trepartssamtal", "marohm", "Möte med arbetsgivare och FHV om rehabplanen. Annelie nykter idag."),
            ("2015-04-20", "Beslut", "marohm", "AU beviljar Solvik."),
            ("2015-04-21", "Uppdrag", "marohm", "Uppdragsbeskrivn. skickad till Solvik (U. Hedman) med post och krypterad e-post."),
            ("2015-04-27", "Inskrivning", "marohm", "Annelie inskriven på Solvik. Vårdplan ska upprättas när hon kommit iordning, ca 2 v."),
            ("2015-05-06", "Tfn", "marohm", "Kronofogden: ny avbetalningsplan kan göras om kl. hör av sig själv. Medelat Solvik."),
            ("2015-05-13", "Planerat hembesök", "marohm", "Planerat hembesök i lägenheten under permission ställdes in, permissionen flyttad."),
            ("2015-06-02", "Återkoppling från behandlingshemmet", "marohm",
             "Tfn U. Hedman, Solvik. Annelie är nykter, alla tester neg. Hon har varit orolig och haft svårt att sova, "
             "läkare har satt in medicin mot ångest. Hon deltar i alla grupper. Hon har själv ringt Kronofogden och har "
             "en ny avbetalningsplan (500 kr/mån). Inget återfall på permissionen 29–31/5. Vi fortsätter enl. uppdraget."),
            ("2015-06-17", "Tfn", "marohm", "Avstämning Solvik: fortsatt stabil, ingen ändring."),
            ("2015-07-22", "Utvärderingsmöte", "marohm",
             "Utvärdering på Solvik, närv. Annelie, U. Hedman, handl.; arbetsgivaren per telefon. Annelie har varit "
             "nykter hela vistelsen. Hon har en skriftlig plan för kvällarna (AA tisdagar, promenadgrupp, ringa "
             "dottern). Avbetalningen följs. Hon börjar arbeta 50 % fr.o.m. 2015-08-10 enl. rehabplanen. Eftervård: "
             "Vägskälet ÖV, första tid 2015-08-05. Utskrivning 2015-07-31 enl. beslut."),
            ("2015-08-07", "Info", "marohm", "Slutrapport från Solvik inkommen."),
            ("2015-09-15", "Tfn", "marohm", "Annelie ringer. Jobbar 50 %, går på Vägskälet. Nykter."),
        ]),
    ], **kw)

    rapport = Comp("p3_rapport", "docx", dict(
        font="Liberation Sans", size=10, letterhead=["Solvik behandlingshem", "HVB för kvinnor med alkohol- och drogproblem"],
        head_right=["SLUTRAPPORT", "2015-08-05"], footer="Solvik behandlingshem • Solviksvägen 3 • tfn 0910-142 80",
        page_numbers="Sida {P} av {N}", author="Ulrika Hedman", title="Slutrapport A Lundström",
        created=dt.datetime(2015, 8, 5, 11, 5),
        blocks=[
            ("p", "Till: Socialtjänsten Piteå kommun, Maria Öhman"),
            ("title", "Slutrapport – Annelie Lundström"),
            ("kv", [("Vistelse", "2015-04-27 – 2015-07-31"), ("Kontaktperson", "Ulrika Hedman, behandlare")]),
            ("h", "Sammanfattning av vistelsen"),
            ("p", "Annelie har fullföljt behandlingen. Samtliga alkotester under vistelsen har varit negativa. Hon "
                  "har deltagit i gruppbehandling fem dagar i veckan och haft enskilda samtal varje vecka. Ångesten "
                  "har minskat efter att läkare satt in medicin i juni."),
            ("h", "Måluppfyllelse"),
            ("bullets", ["Nykter under vistelsen – uppnått.",
                         "Plan för kvällarna hemma – uppnått, skriftlig plan finns.",
                         "Avbetalningsplan – uppnått, följs sedan juni.",
                         "Återgång i arbete – påbörjas 2015-08-10 (50 %)."]),
            ("h", "Rekommendation"),
            ("p", "Fortsatt öppenvård minst sex månader, AA, samt läkarkontakt för medicineringen."),
            ("p", "Solvik 2015-08-05\nUlrika Hedman, behandlare"),
        ]))

    files = [
        File("utredning.pdf", "utredning", [utr], "first page one-column, then two-column", "20150929131201", author="marohm"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150929131203", author="marohm"),
        File("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes", "20150929131205", author="marohm"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150929131207", author="marohm"),
        File("slutrapport_solvik.pdf", "uppföljning (slutrapport från utförare)", [rapport], "letter", "20150805110900", author="Ulrika Hedman"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Socialtjänstens ställningstagande' beskriver vad Annelie saknar och varför Solvik svarar mot det; beslutet och uppdraget sammanfattar.", [
            ("utredning.pdf", "Annelie har ett svårt alkoholberoende med abstinenskramper"),
            ("utredning.pdf", "rehabiliteringsplan så att hon kan återgå i arbete efter vistelsen"),
            ("beslut.pdf", "Hon behöver behandling i en alkoholfri miljö för kvinnor"),
            ("uppdragsbeskrivning.pdf", "Bedömning av behov")]),
        planning=crit("nej", "Ingen vårdplan eller genomförandeplan i akten; journalen säger bara att vårdplan 'ska upprättas'. Avbetalningsplan och 'planerat hembesök' är inga vårdplaner."),
        follow_up=crit("ja", "Återkoppling från behandlingshemmet 2015-06-02 och utvärderingsmöte 2015-07-22 med utfall; slutrapport 2015-08-05.", [
            ("journal.pdf", "Tfn U. Hedman, Solvik. Annelie är nykter"),
            ("journal.pdf", "Utvärdering på Solvik, närv. Annelie"),
            ("slutrapport_solvik.pdf", "Måluppfyllelse")]),
        assignment_description=crit("ja", "Uppdragsbeskrivningen innehåller a–g; skickad 2015-04-21 (formulär och journal).", [
            ("uppdragsbeskrivning.pdf", "Rapportering vid avslut"),
            ("journal.pdf", "Uppdragsbeskrivn. skickad till Solvik")],
            present="abcdefg"),
    )
    return Case("pitea", dnr, "", files, crits, pd)


# =====================================================================================
# P4  2015-000590 - öppenvård tramadol/alkohol; empty assessment heading; only doctor's assessment
# =====================================================================================
def _p4():
    dnr = "2015-000590"
    pd = "2015-09-28"
    cl, pnr = "Strand, Tommy Kenneth", "19000730-3358"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="henbur")

    lak = Comp("p4_lakarintyg", "docx", dict(
        font="Liberation Serif", size=11, letterhead=["Hälsocentralen Öjebyn", "Norrbottens läns landsting"],
        head_right=["LÄKARINTYG", "2015-05-04"], footer="Hälsocentralen Öjebyn, tfn 0911-750 00",
        page_numbers=None, author="HC Öjebyn", title="Läkarintyg", created=dt.datetime(2015, 5, 4, 16, 40),
        blocks=[
            ("p", "Till: Socialtjänsten Piteå, IFO Vuxen/Beroende"),
            ("kv", [("Patient", "Tommy Strand, 19000730-3358"), ("Undersökt", "2015-04-30")]),
            ("h", "Anamnes"),
            ("p", "Pat. har sedan en ryggoperation 2013 använt tramadol, numera i högre doser än förskrivet och även "
                  "köpt via internet. Dricker 4–6 starköl dagligen. Har försökt trappa ned själv utan framgång."),
            ("h", "Status"),
            ("p", "Opåverkad vid besöket. Lätt tremor. BT 150/95. Leverprover: GT förhöjt."),
            ("h", "Bedömning"),
            ("p", "Beroende av opioider (tramadol) och skadligt bruk av alkohol. Pat. bör ha kontakt med "
                  "socialtjänstens öppenvård parallellt med nedtrappning som sköts här. Bedöms inte behöva "
                  "slutenvårdsavgiftning."),
            ("p", "Öjebyn 2015-05-04\n\nLeg. läkare, Hälsocentralen Öjebyn"),
        ]))

    utr = sysdoc(O, "p4_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-05-06", 3), ("Avslutad", "2015-05-15", 3), ("Handläggare", "Henrik Burman", 6)]]),
        ("sec", "Aktualisering"),
        ("p", "Ansökan 2015-05-06 om öppenvård. Läkarintyg från HC Öjebyn 2015-05-04 bifogat."),
        ("sec", "Nuvarande situation"),
        ("p", "Tommy är 100 % sjukskriven från sitt jobb som snickare. Bor med sambo och två barn (10, 14) i villa i "
              "Rosvik. Han uppger att han tar 8–10 tramadol per dag och dricker öl varje kväll. Sambon har sagt att "
              "hon lämnar honom om han inte tar tag i det."),
        ("sec", "Läkarens bedömning"),
        ("p", "Enl. intyg: \"Beroende av opioider (tramadol) och skadligt bruk av alkohol. Pat. bör ha kontakt med "
              "socialtjänstens öppenvård parallellt med nedtrappning.\""),
        ("sec", "Tommys synpunkter"),
        ("p", "Vill ha samtal, kan komma på eftermiddagar. Vill inte att barnen ska märka något."),
        ("sec", "Socialtjänstens ställningstagande"),
        ("sec", "Beslut"),
        ("p", "Se beslut 2015-05-18."),
        ("sign", ["Piteå 2015-05-15", "Henrik Burman"]),
    ], **kw)

    bes = sysdoc(O, "p4_beslut", "Beslut", _beslut(
        datum="2015-05-18", beslutsfattare="Henrik Burman, socialsekreterare (deleg. 3.1.2)",
        avser="Öppenvård", insats="Öppenvård missbruk", fom="2015-05-25", tom="2015-11-30",
        utforare="Piteå Öppenvård Vägskälet", skal="", delgiven="2015-05-19", sign=["Henrik Burman"]), **kw)

    upp = Comp("p4_uppdrag", "docx", dict(
        font="Liberation Sans", size=10.5, letterhead=["Piteå kommun", "Socialtjänsten, IFO Vuxen/Beroende"],
        head_right=["Uppdrag till öppenvården", "2015-05-20", "Dnr 2015-000590"],
        footer="Socialtjänsten Piteå • Box 736 • 941 28 Piteå", page_numbers="{P} ({N})", author="Henrik Burman",
        title="Uppdrag Vägskälet", created=dt.datetime(2015, 5, 20, 10, 12),
        blocks=[
            ("p", "Till: Piteå Öppenvård Vägskälet"),
            ("title", "Uppdrag – Tommy Strand"),
            ("p", "Tommy Strand, 19000730-3358, har beviljats öppenvård enl. SoL 4 kap. 1 § 2015-05-25 – 2015-11-30."),
            ("h", "Uppdraget"),
            ("p", "Individuella samtal (ÅP/KBT) 1 gång/vecka. Samverkan med HC Öjebyn kring nedtrappning av tramadol. "
                  "Anhörigsamtal med sambon om hon vill. Genomförandeplan upprättas med Tommy."),
            ("h", "Mål"),
            ("p", "Tommy ska vara fri från tramadol utanför förskrivning och ha minskat alkoholen till högst helger senast "
                  "2015-09-30, och ha påbörjat arbetsträning senast 2015-11-30."),
            ("h", "När insatsen avslutas"),
            ("p", "Vägskälet skickar en avslutningsrapport till handläggaren med resultat i förhållande till målen och "
                  "förslag på fortsatt stöd."),
            ("h", "Handläggare"),
            ("p", "Henrik Burman, tfn 0911-69 62 55, henrik.burman@pitea.se"),
            ("p", "Piteå 2015-05-20\nHenrik Burman"),
        ]))

    gfp = Comp("p4_gfp", "docx", dict(
        font="Liberation Sans", size=10, letterhead=["Vägskälet", "Piteå Öppenvård"],
        head_right=["GENOMFÖRANDEPLAN", "2015-06-08"], footer="Vägskälet öppenvård • tfn 0911-69 64 90",
        page_numbers="Sida {P} av {N}", author="Peter Lindberg", title="GFP Tommy S", created=dt.datetime(2015, 6, 8, 13, 30),
        landscape=True, margin=18, top=24,
        blocks=[
            ("kv", [("Namn", "Tommy Strand"), ("Behandlare", "Peter Lindberg"), ("Uppdrag", "Socialtjänsten 2015-05-20")]),
            ("table", ["Mål", "Aktivitet", "Ansvarig", "Tidpunkt", "Hur vet vi att målet är nått?"], [
                ["Fri från tramadol utöver förskrivning", "Nedtrappningsschema HC, veckovisa samtal (tisdag 15.00), urinprov", "Tommy, Peter, läkare HC", "Senast 2015-09-30", "Neg. prov, läkarens journal"],
                ["Alkohol bara helger, max 6 öl/helg", "Dryckesdagbok, ÅP-övningar", "Tommy, Peter", "Senast 2015-09-30", "Dagbok, PEth"],
                ["Sambon delaktig", "2 anhörigsamtal", "Peter", "Juni–aug 2015", "Genomförda samtal"],
                ["Påbörjad arbetsträning", "Kontakt FK och arbetsgivare", "Tommy", "Senast 2015-11-30", "Plan från FK"],
            ], [3, 3.3, 2, 1.6, 2.2]),
            ("p", "Uppföljning av planen: 2015-08-25 tillsammans med handläggaren."),
        ]))

    jour = sysdoc(O, "p4_journal", "Journal", [
        ("journal", [
            ("2015-05-06", "Besök – ansökan", "henbur", "Tommy söker ÖV. Läkarintyg lämnas."),
            ("2015-05-18", "Beslut", "henbur", "ÖV beviljad."),
            ("2015-05-20", "Uppdrag", "henbur", "Uppdrag skickat med internposten till Vägskälet."),
            ("2015-06-09", "Info", "henbur", "GFP från Vägskälet inkommen."),
            ("2015-07-01", "Tfn", "henbur", "Sambon ringer, undrar hur det går. Hänvisad till Tommy."),
            ("2015-08-20", "Tfn", "henbur", "Uppf. 25/8 avbokad av Vägskälet p.g.a. semester. Ny tid ej bestämd."),
            ("2015-09-01", "Anteckning", "henbur", "Ingen uppf. gjord ännu pga semestrar. Uppföljning planeras till november, innan beslutet går ut."),
        ]),
    ], **kw)

    files = [
        File("lakarintyg.pdf", "läkarintyg", [lak], "letter", "20150504164500", author="HC Öjebyn"),
        File("utredning.pdf", "utredning", [utr], "one-column, system header/footer", "20150928101001", author="henbur"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150928101003", author="henbur"),
        File("uppdrag_vagskalet.pdf", "uppdragsbeskrivning", [upp], "letter", "20150520101500", author="Henrik Burman"),
        File("GFP_vagskalet.pdf", "genomförandeplan", [gfp], "landscape, table", "20150608133500", author="Peter Lindberg"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150928101009", author="henbur"),
    ]
    crits = dict(
        needs_assessment=crit("nej", "Rubriken 'Socialtjänstens ställningstagande' är tom och beslutets motivering är tom; bara läkarens bedömning finns (citerad)."),
        planning=crit("ja", "Vägskälets genomförandeplan (liggande tabell) med daterade mål, aktivitet och ansvarig.", [
            ("GFP_vagskalet.pdf", "Fri från tramadol utöver förskrivning")]),
        follow_up=crit("nej", "Uppföljningen 25/8 avbokades; journalen 2015-09-01: ingen uppföljning gjord, 'uppföljning planeras till november'."),
        assignment_description=crit("delvis", "Skriftligt uppdrag med innehåll, mål, återrapportering, kontaktuppgifter, skickat 2015-05-20 (journal), men utan bedömning av behov och utan hur uppföljning ska ske.", [
            ("uppdrag_vagskalet.pdf", "Uppdrag – Tommy Strand"),
            ("journal.pdf", "Uppdrag skickat med internposten")],
            present="bcefg"),
    )
    return Case("pitea", dnr, "", files, crits, pd)


CASES = [_p1(), _p2(), _p3(), _p4()]
