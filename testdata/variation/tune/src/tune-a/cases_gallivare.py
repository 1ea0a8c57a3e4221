# -*- coding: utf-8 -*-
"""Gällivare: four cases (header variant E: page number in footer, Times, [X]/[ ] boxes, dnr 'SOC-V YYYY/NN')."""
import datetime as dt
from common import OFFICES, Case, File, Comp, sysdoc, crit, beslut_blocks

O = OFFICES["gallivare"]
LH = ["Gällivare kommun", "Socialförvaltningen", "Individ- och familjeomsorg, Vuxen"]


# =====================================================================================
# G1  SOC-V 2014/56 - HVB alkohol; two-column utredning; scanned report from HVB; all documented
# =====================================================================================
def _g1():
    dnr = "SOC-V 2014/56"
    pd = "2015-10-01"
    cl, pnr = "Fjällström, Tore Gunnar", "19001027-4498"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="SARLIN")

    utr = sysdoc(O, "g1_utredning", "Utredning", [
        ("twotop", 19),
        ("fields", [[("Utredning inledd", "2014-05-12", 3), ("Utredning avslutad", "2014-06-10", 3), ("Handläggare", "Sara Lindmark, socialsekreterare", 6)],
                    [("Ärende", "Ansökan om institutionsvård (behandlingshem), SoL 4 kap. 1 §")]]),
        ("twocol", "frame"),
        ("h3", "Aktualisering"),
        ("p", "Tore kom till IFO 2014-05-07 tillsammans med sin syster och ansökte om behandlingshem. Han hade varit "
              "berusad på arbetet (kommunens fastighetsavdelning) och blivit hemskickad."),
        ("h3", "Underlag"),
        ("p", "Samtal 2014-05-12, 05-20, 05-27 och 06-05. AUDIT 2014-05-20: 28 p. Kontakt med arbetsgivaren (HR) och "
              "med systern Britt, båda med samtycke. Läkarkontakt hälsocentralen."),
        ("h3", "Familj och bakgrund"),
        ("p", "Tore är ogift, bor ensam i radhus i Malmberget. Föräldrarna är döda, han har en syster i Gällivare som "
              "han har nära kontakt med. Han har arbetat som fastighetsskötare i 18 år."),
        ("h3", "Alkoholkonsumtion"),
        ("p", "Tore har druckit regelbundet sedan 20-årsåldern men beskriver att det \"tog över\" efter att han "
              "ensam tog hand om sin mamma som dog 2012. Han dricker nu varje kväll, ca 70 cl sprit, och har börjat ta "
              "en \"återställare\" på morgonen. Han har inte tidigare haft behandling."),
        ("h3", "Hälsa"),
        ("p", "Högt blodtryck, magkatarr. Sover dåligt. Har vid två tillfällen haft darrningar och svettningar när han "
              "försökt sluta."),
        ("h3", "Arbete och ekonomi"),
        ("p", "Anställningen finns kvar; arbetsgivaren har inlett rehabiliteringsutredning. Ekonomin är ordnad."),
        ("h3", "Tores synpunkter"),
        ("p", "Han skäms inför kollegorna. Han vill \"göra det ordentligt en gång\" och åka på behandlingshem."),
        ("h3", "Socialtjänstens analys"),
        ("p", "Tore har ett alkoholberoende med morgondrickande och abstinenssymtom. Drickandet har pågått länge men "
              "förvärrats efter moderns död och har nu fått konsekvenser i arbetet. Han bor ensam och dricker "
              "hemma; systern är ett viktigt stöd men kan inte ge det dagliga stöd han behöver för att sluta."),
        ("p", "För att Tore ska kunna bli nykter krävs en avgiftning under kontrollerade former och därefter en "
              "period av strukturerad behandling borta från hemmiljön, med fokus på återfallsprevention och på "
              "sorgen efter modern. Behandlingen bör samordnas med arbetsgivarens rehabilitering så att Tore kan "
              "gå tillbaka till sitt arbete. Nyhamns HVB har abstinensbehandling och ett 16-veckorsprogram med "
              "anhörigdel och bedöms därför kunna ge Tore det han behöver."),
        ("h3", "Förslag till beslut"),
        ("p", "Institutionsvård på Nyhamns HVB 2014-06-23 – 2014-10-31."),
        ("sign", ["Gällivare 2014-06-10", "Sara Lindmark"]),
    ], **kw)

    bes = sysdoc(O, "g1_beslut", "Beslut", beslut_blocks(
        O, datum="2014-06-16", beslutsfattare="Socialnämndens individutskott § 77",
        avser="Behandlingshem", insats="Institutionsvård vuxen (HVB)", fom="2014-06-23", tom="2014-10-31",
        utforare="Nyhamns HVB", skal="Individutskottet beslutar i enlighet med förslaget i utredningen 2014-06-10.",
        delgiven="2014-06-17", sign=["Justerat protokollsutdrag"]), **kw)

    upp = sysdoc(O, "g1_uppdrag", "Uppdragsbeskrivning", [
        ("fields", [[("Mottagare", "Nyhamns HVB, att. Per Sundström", 7), ("Datum", "2014-06-17", 5)],
                    [("Beslut", "SN IU § 77, 2014-06-16", 7), ("Placeringstid", "2014-06-23 – 2014-10-31", 5)]]),
        ("box", "Socialnämndens bedömning av behov",
         "Tore har ett alkoholberoende (AUDIT 28) med morgondrickande och abstinens. Han behöver avgiftning, "
         "strukturerad behandling borta från hemmet med återfallsprevention och sorgbearbetning, samt samordning "
         "med arbetsgivarens rehabilitering."),
        ("box", "Uppdragets innehåll",
         "Abstinensbehandling vid inskrivning. 16-veckorsprogrammet inkl. anhörigdel (systern Britt). Genomförandeplan "
         "inom tre veckor. Samverkan med arbetsgivarens HR via handläggaren."),
        ("box", "Mål",
         "1. Tore är nykter under placeringen. 2. Tore har en återfallsplan vid utskrivning 2014-10-31. "
         "3. Tore har en plan för återgång i arbete, fastställd med arbetsgivaren senast 2014-10-15."),
        ("box", "Uppföljning",
         "Vårdplan upprättas senast två veckor efter inskrivning. Trepartssamtal efter ca 8 veckor och "
         "utvärderingsmöte före utskrivning. Nyhamn skickar en skriftlig behandlingsrapport efter halva tiden."),
        ("box", "Återrapportering när insatsen avslutas",
         "Slutrapport inom två veckor efter utskrivning: måluppfyllelse, nykterhet, rekommendation om eftervård."),
        ("box", "Handläggare", "Sara Lindmark, socialsekreterare, tfn 0970-181 44, sara.lindmark@gallivare.se"),
        ("box", "Överlämnande", "Skickad till Nyhamns HVB 2014-06-17 per post och fax."),
    ], **kw)

    vp = sysdoc(O, "g1_vardplan", "Vårdplan", [
        ("fields", [[("Datum", "2014-07-08", 3), ("Plats", "Nyhamns HVB", 3), ("Deltagare", "Tore Fjällström, Per Sundström, Sara Lindmark", 6)]]),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Nykter under placeringen", "Program, alkotester, AA-möten på HVB", "Tore, Nyhamn", "2014-06-23 – 2014-10-31"],
            ["Återfallsplan klar", "ÅP-moduler, individuell plan", "Tore, Per S.", "Senast 2014-10-20"],
            ["Sorgbearbetning", "Enskilda samtal varannan vecka", "Per S.", "Juli – oktober 2014"],
            ["Plan för återgång i arbete", "Möte HR/FHV under permission", "Sara L., Tore", "Senast 2014-10-15"],
            ["Britt delaktig", "Anhörighelg", "Nyhamn", "September 2014"],
        ], [3, 3, 2, 2.2]),
        ("p", "Trepartssamtal bokat 2014-08-26."),
    ], **kw)

    rapport = Comp("g1_rapport", "docx", dict(
        font="Liberation Serif", size=11, letterhead=["Nyhamns HVB", "Behandlingshem för vuxna"],
        head_right=["BEHANDLINGSRAPPORT", "2014-09-02"], footer="Nyhamns HVB • tfn 0926-301 10", page_numbers=None,
        author="", title="", created=dt.datetime(2014, 9, 2, 10, 0),
        blocks=[
            ("p", "Till: Socialförvaltningen Gällivare, Sara Lindmark"),
            ("title", "Behandlingsrapport efter halva tiden – Tore Fjällström"),
            ("p", "Tore skrevs in 2014-06-23 och genomgick abstinensbehandling de första fem dygnen utan komplikationer. "
                  "Han har därefter följt programmet och har varit nykter hela tiden; samtliga alkotester negativa."),
            ("p", "Återfallsprevention: modul 1–4 av 6 genomförda. Tore är aktiv i gruppen."),
            ("p", "Sorgsamtal: fem samtal. Tore pratar om modern och om skulden han känner."),
            ("p", "Arbete: möte med HR planeras under permission i september."),
            ("p", "Anhörighelg: Britt deltar 13–14 september."),
            ("p", "Sammantaget följer behandlingen planen. Vi ser ingen anledning att ändra inriktning."),
            ("p", "Nyhamn 2014-09-02"),
            ("space",),
            ("p", "Per Sundström, behandlare"),
        ]), scan=[1], signature={1: [(0.12, 0.362, 0.18)]})

    jour = sysdoc(O, "g1_journal", "Journalanteckningar", [
        ("journal", [
            ("2014-05-07", "Besök", "SARLIN", "Tore + syster. Ansökan om behandlingshem."),
            ("2014-05-12", "Besök", "SARLIN", "Utredning inleds."),
            ("2014-05-20", "Besök", "SARLIN", "AUDIT 28."),
            ("2014-06-16", "Beslut", "SARLIN", "IU beviljar Nyhamn 23/6 – 31/10."),
            ("2014-06-17", "Uppdrag", "SARLIN", "Uppdragsbeskrivning skickad till Nyhamn per post och fax."),
            ("2014-06-23", "Inskrivning", "SARLIN", "Tore inskriven, Britt följde med. Överenskomelse om att handl. ringer efter en vecka."),
            ("2014-07-08", "Vårdplan", "SARLIN", "Vårdplan upprättad på Nyhamn."),
            ("2014-08-26", "Trepartssamtal", "SARLIN",
             "Trepartssamtal på Nyhamn, Tore, Per S. och handl. Tore nykter sedan inskrivningen. ÅP modul 3 pågår. "
             "Han har haft det tungt i sorgsamtalen men säger att det hjälper. HR-möte bokas till permission v. 38. "
             "Inga ändringar i planen."),
            ("2014-09-08", "Post", "SARLIN", "Behandlingsrapport från Nyhamn inkommen, skannad."),
            ("2014-09-17", "Tfn HR", "SARLIN", "Möte med HR och FHV genomfört 16/9: arbetsträning 50 % fr.o.m. 2014-11-10."),
            ("2014-10-28", "Utvärderingsmöte", "SARLIN",
             "Utvärderingsmöte på Nyhamn inför utskrivning. Tore har varit nykter under hela placeringen, "
             "återfallsplanen är klar, plan för återgång i arbete fastställd. Britt deltog i anhörighelgen. "
             "Eftervård: öppenvården Fjällbacken och AA i Gällivare. Alla mål uppnådda."),
            ("2014-10-31", "Utskrivning", "SARLIN", "Tore utskriven. Insatsen avslutas."),
            ("2014-11-20", "Post", "SARLIN", "Slutrapport från Nyhamn inkommen."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "two-column", "20151001081501", author="SARLIN"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20151001081502", author="SARLIN"),
        File("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes", "20151001081503", author="SARLIN"),
        File("vardplan.pdf", "vårdplan", [vp], "table", "20151001081504", author="SARLIN"),
        File("behandlingsrapport_skannad.pdf", "uppföljning (behandlingsrapport från HVB)", [rapport], "scanned page (no text layer)",
             "20140908100000", author="scanner"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20151001081506", author="SARLIN"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Socialtjänstens analys' beskriver Tores svårigheter och varför Nyhamns HVB svarar mot dem; uppdraget sammanfattar.", [
            ("utredning.pdf", "Socialtjänstens analys"),
            ("utredning.pdf", "bedöms därför kunna ge Tore det han behöver"),
            ("uppdragsbeskrivning.pdf", "Socialnämndens bedömning av behov")]),
        planning=crit("ja", "Vårdplan 2014-07-08 i tabellform med mål, insats, ansvarig och tid.", [
            ("vardplan.pdf", "Nykter under placeringen")]),
        follow_up=crit("ja", "Trepartssamtal 2014-08-26 och utvärderingsmöte 2014-10-28 i journalen med utfall; skannad behandlingsrapport 2014-09-02.", [
            ("behandlingsrapport_skannad.pdf", "Behandlingsrapport efter halva tiden"),
            ("journal.pdf", "Trepartssamtal på Nyhamn, Tore"),
            ("journal.pdf", "Utvärderingsmöte på Nyhamn inför utskrivning")]),
        assignment_description=crit("ja", "Uppdragsbeskrivningen har a–g; skickad 2014-06-17 per post och fax.", [
            ("uppdragsbeskrivning.pdf", "Uppdragets innehåll"),
            ("journal.pdf", "Uppdragsbeskrivning skickad till Nyhamn")],
            present="abcdefg"),
    )
    return Case("gallivare", dnr, "", files, crits, pd)


# =====================================================================================
# G2  SOC-V 2015/19 - öppenvård; empty plan form; follow-up noted without outcome
# =====================================================================================
def _g2():
    dnr = "SOC-V 2015/19"
    pd = "2015-10-01"
    cl, pnr = "Sarri, Emma Kristina", "19021203-2389"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="MATPOR")

    utr = sysdoc(O, "g2_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-01-14", 3), ("Avslutad", "2015-02-11", 3), ("Handläggare", "Mattias Poromaa", 6)]]),
        ("sec", "Bakgrund till ansökan"),
        ("p", "Emma ansökte 2015-01-12 om stöd för att sluta med cannabis och minska sitt drickande. Hon är gravid i "
              "vecka 10 och mödravården har uppmanat henne att söka hjälp."),
        ("sec", "Underlag"),
        ("p", "Samtal 2015-01-14, 01-21, 02-04. AUDIT (14 p) och DUDIT (12 p) 2015-01-21. Kontakt med barnmorska på "
              "mödravårdscentralen (samtycke)."),
        ("sec", "Situation"),
        ("p", "Emma bor med sin sambo i lägenhet i Gällivare centrum. Hon studerar på komvux. Hon har rökt cannabis "
              "nästan dagligen i två år, oftast med sambon, och druckit alkohol på helger. Sedan hon fick veta om "
              "graviditeten har hon minskat men inte lyckats sluta. Sambon röker fortfarande."),
        ("sec", "Emmas synpunkter"),
        ("p", "Emma vill sluta helt inför förlossningen och vill att sambon också ska få hjälp. Hon vill ha samtal "
              "på eftermiddagar."),
        ("sec", "Sammanfattande överväganden"),
        ("p", "Emma har ett regelbundet cannabisbruk och helgdrickande som hon inte klarat att avsluta själv trots en "
              "stark motivation i och med graviditeten. Bruket utgör en risk för det väntade barnet. Sambons fortsatta "
              "rökande gör det svårare för henne."),
        ("p", "Emma ska få hjälp att sluta helt med cannabis och alkohol under graviditeten genom individuella samtal "
              "på Fjällbacken med ÅP och motiverande samtal, i nära samverkan med mödravården. Sambon bör erbjudas "
              "egen kontakt. Öppenvård räcker eftersom Emma har bostad, studier och stöd från mödravården."),
        ("sign", ["Gällivare 2015-02-11", "Mattias Poromaa"]),
    ], **kw)

    bes = sysdoc(O, "g2_beslut", "Beslut", beslut_blocks(
        O, datum="2015-02-13", beslutsfattare="Mattias Poromaa, socialsekreterare (del. 4.3)",
        avser="Öppenvård", insats="Öppenvård missbruk", fom="2015-02-16", tom="2015-08-31",
        utforare="Öppenvården Fjällbacken", skal="Se utredningens sammanfattande överväganden.", delgiven="2015-02-13",
        sign=["Mattias Poromaa"]), **kw)

    upp = Comp("g2_uppdrag", "docx", dict(
        font="Liberation Serif", size=11, letterhead=LH, head_right=["UPPDRAGSBESKRIVNING", "2015-02-16", "SOC-V 2015/19"],
        footer="Gällivare kommun, Socialförvaltningen, 982 81 Gällivare", page_numbers="Sida {P} av {N}",
        author="Mattias Poromaa", title="Uppdrag Fjällbacken", created=dt.datetime(2015, 2, 16, 13, 25),
        blocks=[
            ("p", "Till: Öppenvården Fjällbacken, Lena Johansson"),
            ("title", "Uppdrag – Emma Sarri"),
            ("kv", [("Beslut", "2015-02-13, öppenvård enl. SoL 4 kap. 1 §, 2015-02-16 – 2015-08-31"),
                    ("Socialnämndens bedömning av behov", "Emma har ett regelbundet cannabisbruk (DUDIT 12) och helgdrickande (AUDIT 14) som hon inte klarat att avsluta själv. Hon är gravid. Hon behöver stöd att sluta helt under graviditeten, i samverkan med mödravården."),
                    ("Uppdraget", "Individuella samtal (ÅP, MI) 1 gång/vecka eftermiddagstid. Samverkan med MVC. Erbjud sambon egen kontakt. Upprätta genomförandeplan inom tre veckor."),
                    ("Mål", "Emma är fri från cannabis och alkohol (negativa prov) senast 2015-03-31 och fram till förlossningen (beräknad 2015-08-10)."),
                    ("Uppföljning", "Trepartssamtal med Emma, behandlare och handläggare i maj 2015 och inför beslutets slut."),
                    ("Vid avslut", "Fjällbacken skickar en skriftlig sammanfattning med resultat och förslag på fortsatt stöd."),
                    ("Handläggare", "Mattias Poromaa, tfn 0970-181 52, mattias.poromaa@gallivare.se"),
                    ("Överlämnat", "2015-02-16 via internpost, kopia per e-post till Lena Johansson")]),
            ("p", "Gällivare 2015-02-16\n\nMattias Poromaa\nSocialsekreterare"),
        ]))

    gfp = sysdoc(O, "g2_gfp", "Genomförandeplan", [
        ("fields", [[("Utförare", "", 4), ("Datum", "", 3), ("Kontaktperson", "", 5)]]),
        ("box", "Mål", ""),
        ("box", "Delmål", ""),
        ("checks", "Insatser", [(False, "Individuella samtal"), (False, "Grupp"), (False, "Provtagning"), (False, "Anhörigstöd")]),
        ("box", "Vem gör vad", ""),
        ("box", "När", ""),
        ("box", "Uppföljning av planen", ""),
        ("fields", [[("Den enskildes underskrift", "", 6), ("Utförarens underskrift", "", 6)]]),
    ], **kw)

    jour = sysdoc(O, "g2_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-01-12", "Tfn", "MATPOR", "Emma söker hjälp, hänvisad av MVC. Tid 14/1."),
            ("2015-01-14", "Besök", "MATPOR", "Utredning inleds."),
            ("2015-01-21", "Besök", "MATPOR", "AUDIT 14, DUDIT 12."),
            ("2015-02-13", "Beslut", "MATPOR", "ÖV Fjällbacken beviljad."),
            ("2015-02-16", "Uppdrag", "MATPOR", "Uppdragsbeskrivn. skickad till Fjällbacken m internpost + e-post till Lena J."),
            ("2015-03-10", "Info", "MATPOR", "GFP-blankett skickad från Fjällbacken, ej ifylld. Lena J. säger att de fyller i den vid nästa samtal."),
            ("2015-05-20", "Trepartssamtal", "MATPOR", "Trepartssamtal hölls på Fjällbacken. Emma deltog."),
            ("2015-08-31", "Avslut", "MATPOR", "Beslutet har gått ut. Emma har fött en dotter 2015-08-06. Ärendet avslutas."),
        ]),
    ], **kw)

    files = [
        File("utredning.pdf", "utredning", [utr], "one-column, system header/footer", "20151001090101", author="MATPOR"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20151001090102", author="MATPOR"),
        File("uppdrag_fjallbacken.pdf", "uppdragsbeskrivning", [upp], "letter", "20150216132900", author="Mattias Poromaa"),
        File("genomforandeplan.pdf", "genomförandeplan", [gfp], "form, empty fields, check boxes", "20151001090104", author="MATPOR"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20151001090105", author="MATPOR"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Sammanfattande överväganden' beskriver Emmas situation och varför samtal på Fjällbacken svarar mot den; uppdraget sammanfattar.", [
            ("utredning.pdf", "Sammanfattande överväganden"),
            ("uppdrag_fjallbacken.pdf", "Socialnämndens bedömning av behov")]),
        planning=crit("nej", "Genomförandeplanen är ett formulär där alla fält är tomma (journalen bekräftar att den inte fyllts i)."),
        follow_up=crit("delvis", "Journalen 2015-05-20: 'Trepartssamtal hölls ... Emma deltog' – daterat men utan utfall.", [
            ("journal.pdf", "Trepartssamtal hölls på Fjällbacken")]),
        assignment_description=crit("ja", "Uppdragsbrevet har a–g; överlämnat 2015-02-16.", [
            ("uppdrag_fjallbacken.pdf", "Uppdrag – Emma Sarri"),
            ("journal.pdf", "Uppdragsbeskrivn. skickad till Fjällbacken")],
            present="abcdefg"),
    )
    return Case("gallivare", dnr, "", files, crits, pd)


# =====================================================================================
# G3  SOC-V 2015/88 - öppenvård utan utredning; provider plan fine; oral assignment; follow-up cancelled
# =====================================================================================
def _g3():
    dnr = "SOC-V 2015/88"
    pd = "2015-10-01"
    cl, pnr = "Henriksson, Ola Mikael", "19011211-3876"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="MATPOR")

    ans = sysdoc(O, "g3_ansokan", "Ansökan om bistånd", [
        ("fields", [[("Datum", "2015-03-30", 3), ("Mottagen av", "Mattias Poromaa", 5), ("Kontaktväg", "Besök i receptionen", 4)]]),
        ("checks", "Ansökan avser", [(True, "Öppenvård"), (False, "Behandlingshem"), (False, "Boendestöd"), (False, "Övrigt")]),
        ("box", "Sökandens beskrivning",
         "Jag röker på varje dag och det har blivit för mycket. Jag behöver hjälp att sluta, jag har fått ett nytt "
         "uppdrag via bemanningsföretaget och de kommer att testa oss. Jag vill gå på samtal."),
        ("sign", ["Ola Henriksson"]),
    ], **kw)

    bes = sysdoc(O, "g3_beslut", "Beslut", beslut_blocks(
        O, datum="2015-04-08", beslutsfattare="Mattias Poromaa, socialsekreterare (del. 4.3)",
        avser="Öppenvård cannabis", insats="Öppenvård missbruk", fom="2015-04-13", tom="2015-10-31",
        utforare="Öppenvården Fjällbacken",
        skal="Förenklad handläggning enligt nämndens riktlinjer för öppenvård. Ingen utredning har gjorts.",
        delgiven="2015-04-08", sign=["Mattias Poromaa"]), **kw)

    jour = sysdoc(O, "g3_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-03-30", "Besök", "MATPOR", "Ola söker ÖV, se ansökan."),
            ("2015-04-08", "Beslut", "MATPOR", "Beslut ÖV Fjällbacken, förenklad handläggning."),
            ("2015-04-09", "Tfn Fjällbacken", "MATPOR",
             "Pratat m Lena J. Informerat muntligt om beslutet och vad vi vill att behandlingen ska ge. Ola får tid av dem."),
            ("2015-05-04", "Info", "MATPOR", "GFP från Fjällbacken inkommen."),
            ("2015-06-17", "Tfn", "MATPOR", "Uppföljningsmöte bokat 24/6 kl 13 på Fjällbacken."),
            ("2015-06-23", "Tfn", "MATPOR", "Ola ringer och avbokar mötet imorgon pga jobb. Ny tid ej bokad."),
            ("2015-08-12", "Anteckning", "MATPOR", "Semester. Uppf. ska bokas i höst."),
        ]),
    ], **kw)

    gfp = Comp("g3_gfp", "docx", dict(
        font="Liberation Sans", size=10, letterhead=["Öppenvården Fjällbacken", "Gällivare kommun"],
        head_right=["Genomförandeplan", "2015-04-29"], footer="Öppenvården Fjällbacken • tfn 0970-183 30",
        page_numbers="Sida {P} av {N}", author="Lena Johansson", title="GFP Ola H", created=dt.datetime(2015, 4, 29, 15, 45),
        blocks=[
            ("kv", [("Namn", "Ola Henriksson"), ("Behandlare", "Lena Johansson"), ("Period", "2015-04-13 – 2015-10-31")]),
            ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
                ["Cannabisfri (negativa urinprov)", "CBT-baserat program (HAP) 1 ggr/v, urinprov varje vecka", "Ola, Lena J.", "Senast 2015-06-30"],
                ["Sova bättre", "Sömnschema, ingen skärm efter kl. 23", "Ola", "Juni 2015"],
                ["Fritid utan cannabis", "Gå med i innebandylaget igen", "Ola", "Senast 2015-08-31"],
            ], [3, 3.5, 1.5, 2]),
            ("p", "Planen har gjorts tillsammans med Ola och följs upp vid uppföljningsmöte med handläggaren i juni."),
            ("p", "Ola Henriksson __________________     Lena Johansson __________________"),
        ]))

    akt = File("akt_SOC-V_2015-88.pdf", "akt (sammanställd export)", [ans, bes, jour],
               "assembled (pdfunite): ansökan, beslut, journal", "20151001093001", author="MATPOR", title="SOC-V 2015/88")
    files = [akt,
             File("GFP_fjallbacken.pdf", "genomförandeplan", [gfp], "letter, table", "20150429155000", author="Lena Johansson")]
    crits = dict(
        needs_assessment=crit("nej", "Ingen utredning; beslutet anger 'Ingen utredning har gjorts' (förenklad handläggning). Det enda underlaget är Olas egna ord i ansökan."),
        planning=crit("ja", "Fjällbackens genomförandeplan med daterade mål, insats och ansvarig.", [
            ("GFP_fjallbacken.pdf", "Cannabisfri (negativa urinprov)")]),
        follow_up=crit("nej", "Uppföljningsmötet 24/6 avbokades och ny tid bokades aldrig; 'Uppf. ska bokas i höst'."),
        assignment_description=crit("nej", "Inget skriftligt uppdrag: Fjällbacken informerades muntligt per telefon 2015-04-09. ('Uppdrag' i ansökan avser Olas arbete.)",
                                    present=""),
    )
    return Case("gallivare", dnr, "", files, crits, pd)


# =====================================================================================
# G4  SOC-V 2015/131 - HVB akut; preliminary assessment never completed; undated plan; form lacks a, f
# =====================================================================================
def _g4():
    dnr = "SOC-V 2015/131"
    pd = "2015-10-01"
    cl, pnr = "Wennberg, Sofia Linnéa", "19020330-2766"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="SARLIN")

    fhb = sysdoc(O, "g4_forhand", "Förhandsbedömning / inledande utredning", [
        ("fields", [[("Inkom", "2015-06-01", 3), ("Från", "Akutmottagningen Gällivare sjukhus", 6), ("Handläggare", "Sara Lindmark", 3)]]),
        ("sec", "Inkommen uppgift"),
        ("p", "Sofia vårdades på medicinavdelningen 2015-05-29 – 2015-06-01 efter en alkoholförgiftning. Hon har själv "
              "bett om hjälp att komma till behandlingshem. Hon har blivit av med sin lägenhet och bor tillfälligt hos "
              "en väninna."),
        ("sec", "Samtal med Sofia 2015-06-02"),
        ("p", "Sofia berättar att hon dricker dagligen sedan ett halvår och att hon inte har någonstans att bo. Hon "
              "vill till ett behandlingshem direkt."),
        ("sec", "Preliminär bedömning"),
        ("p", "Situationen är akut. Sofia bedöms preliminärt behöva behandling på HVB. Fullständig utredning görs under "
              "placeringen och kompletteras senast 2015-07-31."),
        ("checks", "Beslut om utredning", [(True, "Utredning inleds (SoL 11:1)"), (False, "Utredning inleds inte")]),
        ("sign", ["Gällivare 2015-06-02", "Sara Lindmark"]),
    ], **kw)

    bes = sysdoc(O, "g4_beslut", "Beslut", beslut_blocks(
        O, datum="2015-06-04", beslutsfattare="Ordförande socialnämndens IU (brådskande beslut)",
        avser="Behandlingshem", insats="Institutionsvård vuxen (HVB)", fom="2015-06-08", tom="2015-09-30",
        utforare="Björkbackens HVB", skal="Brådskande. Se förhandsbedömning 2015-06-02. Utredningen fortsätter.",
        delgiven="2015-06-05", sign=["Anmäls vid IU:s nästa sammanträde"]), **kw)

    upp = sysdoc(O, "g4_uppdrag", "Uppdragsbeskrivning", [
        ("fields", [[("Mottagare", "Björkbackens HVB, att. Eva Lund", 7), ("Datum", "2015-06-05", 5)],
                    [("Beslut", "2015-06-04 (ordf.beslut)", 7), ("Placeringstid", "2015-06-08 – 2015-09-30", 5)]]),
        ("box", "Uppdragets innehåll",
         "Behandling enligt Björkbackens program för kvinnor. Abstinensbedömning vid ankomst. Hjälp att söka bostad "
         "inför utskrivning. Genomförandeplan inom tre veckor."),
        ("box", "Mål", "Sofia ska vara nykter under placeringen och ha ett boende ordnat vid utskrivning."),
        ("box", "Uppföljning", "Vårdplanering inom två veckor, trepartssamtal efter sex veckor och före utskrivning."),
        ("box", "Återrapportering när insatsen avslutas", "Skriftlig slutrapport senast två veckor efter utskrivning."),
        ("box", "Handläggare", ""),
        ("box", "Överlämnande", "Faxad till Björkbacken 2015-06-05."),
    ], **kw)

    vp = sysdoc(O, "g4_vardplan", "Vårdplan", [
        ("fields", [[("Datum", "2015-06-23", 3), ("Plats", "Björkbacken", 3), ("Deltagare", "Sofia, Eva Lund, Sara Lindmark", 6)]]),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Vara nykter", "Behandlingsprogrammet", "Sofia, Björkbacken", "Under vistelsen"],
            ["Må bättre", "Samtal", "Björkbacken", "Löpande"],
            ["Ha ett boende", "Söka lägenhet, bostadskö", "Sofia, handläggare", "Innan utskrivning"],
        ], [3, 3, 2.5, 2]),
    ], land=True, **kw)

    jour = sysdoc(O, "g4_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-06-01", "Tfn akuten", "SARLIN", "Se förhandsbedömning."),
            ("2015-06-02", "Besök", "SARLIN", "Samtal med Sofia. Förhandsbedömning."),
            ("2015-06-04", "Beslut", "SARLIN", "Ordf.beslut HVB Björkbacken fr.o.m. 8/6."),
            ("2015-06-05", "Uppdrag", "SARLIN", "Uppdragsbeskrivning faxad till Björkbacken."),
            ("2015-06-08", "Inskrivning", "SARLIN", "Sofia inskriven på Björkbacken, SSK gjorde abstinensbedömning."),
            ("2015-06-23", "Vårdplan", "SARLIN", "Vårdplan upprättad."),
            ("2015-07-21", "Trepartssamtal", "SARLIN",
             "Trepartssamtal på Björkbacken. Sofia har varit nykter sedan inskrivningen utom ett återfall 4/7 som "
             "hon själv berättade om. Hon deltar i grupperna och har börjat söka lägenheter, ställt sig i kön hos "
             "Gällivarebostäder. Hon har svårt att sova. Överens om att fortsätta enligt plan."),
            ("2015-08-10", "Tfn", "SARLIN", "Eva L: fortsatt nykter, erbjuden andrahandslägenhet via väninna fr.o.m. oktober. Kollar upp."),
            ("2015-09-02", "Utvärderingsmöte", "SARLIN",
             "Utvärderingsmöte inför utskrivning. Sofia nykter sedan 4/7. Boende: andrahandskontrakt fr.o.m. "
             "2015-10-01 är klart, kontrakt visat. Hon vill ha fortsatt stöd i öppenvård. Utskrivning 2015-09-30 "
             "enl. beslut. Målen om nykterhet och boende är uppnådda."),
            ("2015-09-24", "Ansökan", "SARLIN", "Sofia ansöker om öppenvård efter utskrivning. Ny utredning."),
        ]),
    ], **kw)

    files = [
        File("forhandsbedomning.pdf", "aktualisering / förhandsbedömning", [fhb], "one-column, system header/footer", "20151001094001", author="SARLIN"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20151001094002", author="SARLIN"),
        File("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes", "20151001094003", author="SARLIN"),
        File("vardplan.pdf", "vårdplan", [vp], "landscape, table", "20151001094004", author="SARLIN"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20151001094005", author="SARLIN"),
    ]
    crits = dict(
        needs_assessment=crit("delvis", "Bara en preliminär bedömning i förhandsbedömningen ('bedöms preliminärt behöva behandling på HVB'); den utlovade fullständiga utredningen finns inte.", [
            ("forhandsbedomning.pdf", "Sofia bedöms preliminärt behöva behandling på HVB")]),
        planning=crit("delvis", "Vårdplanen har vaga mål utan datum ('Under vistelsen', 'Löpande').", [
            ("vardplan.pdf", "Behandlingsprogrammet")]),
        follow_up=crit("ja", "Trepartssamtal 2015-07-21 och utvärderingsmöte 2015-09-02 i journalen med utfall.", [
            ("journal.pdf", "Trepartssamtal på Björkbacken. Sofia har varit nykter"),
            ("journal.pdf", "Utvärderingsmöte inför utskrivning. Sofia nykter")]),
        assignment_description=crit("delvis", "Uppdragsbeskrivningen har innehåll, mål, uppföljning, återrapportering och överlämnande (fax 2015-06-05) men ingen bedömning av behov, och fältet 'Handläggare' är tomt.", [
            ("uppdragsbeskrivning.pdf", "Uppdragets innehåll"),
            ("journal.pdf", "Uppdragsbeskrivning faxad till Björkbacken")],
            present="bcdeg"),
    )
    return Case("gallivare", dnr, "", files, crits, pd)


CASES = [_g1(), _g2(), _g3(), _g4()]
