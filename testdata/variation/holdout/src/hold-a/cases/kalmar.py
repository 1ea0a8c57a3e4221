# -*- coding: utf-8 -*-
"""Kalmar: Socialförvaltningen, Vuxenenheten."""
import os
from lib import render_rl, render_html, render_ps, render_groff, scan, unite, TMP

OFF = "Kalmar kommun · Socialförvaltningen · Vuxenenheten"
OFF_OLD = "KALMAR KOMMUN  SOCIALFORVALTNINGEN  VUXENENHETEN"
SEKR = "Sekretess enl. OSL 26:1"

# ------------------------------------------------------------------ K1
def k1():
    cid = "kalmar_SOC-2014-412"; dnr = "SOC 2014/412"
    utr = [
        ("title", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Klient", "Camilla Öhrn, 19021130-3640"), ("Adress", "Stensö, Kalmar"), ("Ärende", "Ansökan om behandlingshem"), ("Handläggare", "Petra Holm, socialsekreterare"), ("Utredningstid", "2014-08-04 – 2014-09-05")]),
        ("h", "Hur ärendet aktualiserades"),
        ("p", "Camilla ansökte 2014-08-04 om behandlingshem efter att ha varit inlagd på psykiatrisk avdelning 5 dygn i juli för abstinens och suicidtankar. Kontakten förmedlades av avdelningens kurator."),
        ("h", "Uppgifter som inhämtats"),
        ("p", "Samtal med Camilla vid fyra tillfällen, varav ett hembesök. Telefonkontakt med Psykiatriska kliniken (kurator och överläkare), Mottagningen Norrgatan och Camillas mamma, med Camillas samtycke."),
        ("h", "Missbruk"),
        ("p", "Camilla dricker sedan ca fem år starksprit, de senaste månaderna ca 50 cl per dag. Hon har parallellt använt bensodiazepiner (Stesolid) som hon köper på nätet och som hon tidigare fått utskrivet. Hon gick i öppenvård på Norrgatan under hösten 2013 men avbröt efter tre månader. Enligt Norrgatan var hon motiverad men fick återfall varje helg. AUDIT 33 p, DUDIT 14 p."),
        ("h", "Hälsa"),
        ("p", "Camilla har depression och behandlas med antidepressiva. Hon har haft suicidtankar men inga försök. Psykiatrin bedömer att depressionen inte kan utvärderas förrän hon varit drogfri en längre tid och rekommenderar avgiftning följt av behandling i skyddad miljö. Psykiatrin kommer att finnas kvar som kontakt under och efter behandlingen."),
        ("h", "Boende, ekonomi och sysselsättning"),
        ("p", "Camilla bor i bostadsrätt och har sjukersättning på halvtid. Hon har arbetat som lokalvårdare. Ekonomin är ansträngd men inga skulder hos Kronofogden."),
        ("h", "Nätverk"),
        ("p", "Mamman bor i Nybro och har regelbunden kontakt. Camilla har ingen partner. De flesta vänner dricker."),
        ("h", "Camillas egen uppfattning"),
        ("p", "Camilla säger att hon är livrädd för att dö om hon fortsätter och att hon inte klarar att sluta hemma, \"det är för nära till allt\". Hon vill till Ekbackens behandlingshem, där en väninna varit."),
        ("h", "Socialtjänstens ställningstagande"),
        ("p", "Camilla har ett samtidigt beroende av alkohol och bensodiazepiner som har förvärrats det senaste halvåret och som lett till inläggning med abstinens och suicidtankar. Hennes depression kan inte behandlas effektivt så länge hon dricker. Tidigare öppenvård har inte räckt eftersom hon återfallit i hemmiljön där umgänget till stor del består av personer som dricker. Socialtjänsten anser att Camilla måste få vistas i en drogfri och skyddad miljö med tillgång till sjuksköterska för nedtrappning av bensodiazepiner, och behandling som tar hänsyn till hennes psykiska ohälsa. Ekbackens behandlingshem har sjuksköterska, samarbete med psykiatrin i Kalmar och KBT-baserad behandling för samsjuklighet. En vistelse där under ca 12 veckor med efterföljande öppenvård på Norrgatan är därför den insats som kan ge Camilla möjlighet att bli drogfri och få sin depression behandlad."),
        ("h", "Förslag till beslut"),
        ("p", "Camilla Öhrn beviljas vård på Ekbackens behandlingshem enligt 4 kap. 1 § SoL fr.o.m. 2014-09-15 t.o.m. 2014-12-12."),
        ("sig", ["Kalmar 2014-09-05", "Petra Holm", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut om bistånd"),
        ("kv", [("Sökande", "Camilla Öhrn"), ("Personnummer", "19021130-3640"), ("Dnr", dnr), ("Ansökan inkom", "2014-08-04")]),
        ("h", "Beslut"),
        ("p", "Camilla Öhrn beviljas bistånd i form av vård på Ekbackens behandlingshem enligt 4 kap. 1 § socialtjänstlagen under perioden 2014-09-15 – 2014-12-12."),
        ("h", "Skäl för beslutet"),
        ("p", "Se socialtjänstens ställningstagande i utredning daterad 2014-09-05."),
        ("sp", 2),
        ("p", "Kalmar 2014-09-09"),
        ("sp", 2),
        ("p", "__Lars Wiklund__"),
        ("p", "Lars Wiklund, enhetschef (enl. delegation)"),
        ("sp", 1),
        ("small", "Beslutet kan överklagas hos Förvaltningsrätten i Växjö. Överklagandet ska ha kommit in till Socialnämnden inom tre veckor från den dag du fick del av beslutet."),
        ("sp", 3),
        ("small", "Delgivningskvitto: Beslutet mottaget    2014-09-10   Camilla Öhrn"),
    ]
    brev = [
        ("p", "Ekbackens behandlingshem\nAtt. Föreståndare Kerstin Alm\nEkbacken 1\n384 91 Mönsterås"),
        ("sp", 1),
        ("p", "Kalmar 2014-09-11"),
        ("title", "Uppdragsbeskrivning avseende Camilla Öhrn, 19021130-3640"),
        ("p", "Härmed lämnas uppdrag till Ekbackens behandlingshem att ge vård och behandling till Camilla Öhrn enligt socialnämndens beslut 2014-09-09 (4 kap. 1 § SoL). Vistelsen avser perioden 2014-09-15 – 2014-12-12."),
        ("hs", "Nämndens bedömning av Camillas behov"),
        ("p", "Camilla har ett samtidigt beroende av alkohol och bensodiazepiner och en depression. Hon har inte kunnat bli drogfri i öppenvård i hemmiljön. Hon behöver en drogfri och skyddad miljö, medicinskt stöd vid nedtrappning av bensodiazepiner samt behandling som tar hänsyn till den psykiska ohälsan."),
        ("hs", "Vad uppdraget omfattar"),
        ("p", "Boende och behandling enligt Ekbackens program för samsjuklighet, nedtrappning av bensodiazepiner i samråd med läkare, KBT-baserade samtal och återfallsprevention, kontakt med Psykiatriska kliniken i Kalmar samt utslussning i samarbete med Mottagningen Norrgatan."),
        ("hs", "Mål"),
        ("p", "Camilla ska vara fri från alkohol och bensodiazepiner vid utskrivning. Hon ska ha en planerad fortsatt kontakt med psykiatrin och med Norrgatan. Hon ska ha verktyg för att hantera återfallssituationer."),
        ("hs", "Uppföljning"),
        ("p", "Ekbacken upprättar genomförandeplan tillsammans med Camilla inom 3 veckor och sänder kopia till handläggaren. Uppföljningsmöte på Ekbacken med Camilla, kontaktperson och handläggare efter ca 7 veckor. Ekbacken meddelar handläggaren omgående vid avvikelse, återfall eller avbrott."),
        ("hs", "Rapportering vid avslut"),
        ("p", "Ekbacken lämnar skriftlig slutrapport senast 2 veckor efter utskrivning med redovisning av måluppfyllelse, drogtester, medicinering och rekommendationer för eftervård."),
        ("hs", "Ansvarig handläggare"),
        ("p", "Petra Holm, socialsekreterare, Vuxenenheten, Box 834, 391 28 Kalmar. Tel 0480-45 31 12, e-post petra.holm@kalmar.se."),
        ("p", "Denna uppdragsbeskrivning skickas med post och i förväg per e-post 2014-09-11 tillsammans med beslut och utredning."),
        ("sig", ["Med vänlig hälsning", "", "Petra Holm", "Socialsekreterare"]),
    ]
    vp = [
        ("title", "VÅRDPLAN"),
        ("kv", [("Klient", "Camilla Öhrn"), ("Dnr", dnr), ("Upprättad", "2014-09-12"), ("Deltagare", "Camilla Öhrn, Petra Holm (handl.), Kerstin Alm (Ekbacken, per telefon)")]),
        ("hs", "Insats"),
        ("check", [(False, "Öppenvård"), (True, "Institutionsvård (HVB/behandlingshem) – Ekbackens behandlingshem 2014-09-15 – 2014-12-12"), (False, "Boendestöd"), (False, "Kontaktperson")]),
        ("hs", "Problemområden"),
        ("check", [(True, "Alkohol"), (True, "Läkemedel"), (False, "Narkotika"), (True, "Psykisk hälsa"), (False, "Boende"), (True, "Sysselsättning")]),
        ("table", [["Mål", "Åtgärd", "Ansvarig", "Klart när"],
                   ["Camilla är fri från bensodiazepiner", "Nedtrappning enligt schema, läkare/SSK Ekbacken", "Ekbacken", "2014-10-31"],
                   ["Camilla är nykter under hela vistelsen", "Behandlingsprogram, utandningsprov, PEth", "Camilla, Ekbacken", "2014-09-15 – 2014-12-12"],
                   ["Depressionen utvärderad av psykiatrin", "Läkarbesök på Psyk. kliniken under vistelsen", "Ekbacken bokar, Camilla", "Senast 2014-11-30"],
                   ["Eftervård klar före utskrivning", "Trepartsmöte med Norrgatan", "Petra Holm", "Senast 2014-12-05"]],
         [0.3, 0.32, 0.18, 0.2]),
        ("hs", "Uppföljning"),
        ("check", [(True, "Uppföljningsmöte på behandlingshemmet, preliminärt 2014-11-06"), (True, "Slutrapport från utföraren"), (False, "SIP")]),
        ("p", "Underskrifter:  Camilla Öhrn ...................................    Petra Holm ..................................."),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "**Camilla Öhrn** 19021130-3640 · " + dnr + " · Vuxenenheten"),
        ("jn", "2014-07-29", "Telefon – Petra Holm", "Kurator psyk avd 12 ringer. Pat inlagd för abstinens, vill ha behandlingshem. Tid bokad 4/8."),
        ("jn", "2014-08-04", "Besök – Petra Holm", "Ansökan om behandlingshem. Samtycke lämnat. Utredning inleds."),
        ("jn", "2014-08-14", "Hembesök – Petra Holm", "Hembesök i lägenheten. Kl. nykter. Städat. Berättar om bensodiazepinerna."),
        ("jn", "2014-08-21", "Telefon – Petra Holm", "Tel Norrgatan, kl gick där hösten 2013, avbröt efter återfal."),
        ("jn", "2014-09-09", "Beslut", "Beslut om behandlingshem Ekbacken 15/9 – 12/12. Delgivet kl 10/9."),
        ("jn", "2014-09-11", "Uppdragsbeskrivning – Petra Holm", "Uppdragsbeskrivning skickad till Ekbacken per e-post och post, med beslut och utredning."),
        ("jn", "2014-09-12", "Vårdplan – Petra Holm", "Vårdplan upprättad med kl, Kerstin på Ekbacken med per telefon."),
        ("jn", "2014-09-15", "Inskrivning", "Kl. skjutsad av mamman. Inskriven enligt Ekbacken."),
        ("jn", "2014-10-20", "Återkoppling från behandlingshemmet – Petra Holm", "Kontaktperson Jimmy Ek ringer enligt överenskommelse. Nedtrappningen av Stesolid klar 17/10, en vecka tidigare än planerat. Alla utandningsprov negativa. Kl. har haft mycket ångest i samband med nedtrappningen men deltar i programmet. GFP från Ekbacken inkom 2014-10-03."),
        ("jn", "2014-11-06", "Uppföljningsmöte på Ekbacken – Petra Holm", "Närvarande kl, Jimmy Ek och handl. Genomgång av vårdplanen: Kl fri från bensodiazepiner sedan 17/10 och nykter hela vistelsen (PEth 4/11 negativt). Läkarbesök på psyk. 2014-10-28, depressionen bedöms lindrigare och medicineringen fortsätter. Kl. har börjat prata om att jobba igen. Hon oroar sig för ensamheten hemma. Beslutades: trepartsmöte med Norrgatan 2014-12-03, kl. ska ta kontakt med AA i Kalmar under permission. Vårdplanen gäller i övrigt oförändrad."),
        ("jn", "2014-12-03", "Trepartsmöte – Petra Holm", "Möte med kl, Jimmy Ek och Norrgatan (Anders). Eftervård på Norrgatan från 15/12, ny ansökan upprättad."),
        ("jn", "2014-12-12", "Utskrivning", "Kl. utskriven enligt plan."),
        ("jn", "2014-12-22", "Inkommande handling", "Slutrapport från Ekbacken: alla mål uppfyllda, rekommenderar eftervård minst 6 mån. Insatsen avslutas."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_groff(p("utredning.pdf"), utr, header=("Kalmar kommun  Socialförvaltningen", "Dnr " + dnr), footer=(SEKR, "Sida %"), family="T", size=11)
        t = os.path.join(TMP, cid + "_beslut.pdf")
        render_rl(t, beslut, font="Times-Roman", size=11, header=("KALMAR KOMMUN – Socialnämnden", "Dnr " + dnr), footer=None)
        scan(t, p("beslut_signerat.pdf"), seed=7, skew=0.45)
        render_rl(p("uppdragsbeskrivning.pdf"), brev, font="Times-Roman", size=11, header=("Kalmar kommun, Socialförvaltningen, Vuxenenheten", ""), footer=("Box 834, 391 28 Kalmar · Vx 0480-45 00 00", "Sida {p} av {n}"))
        render_rl(p("vardplan.pdf"), vp, font="Helvetica", size=9.5, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("journal.pdf"), jn, header=(OFF, dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Kalmar", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "groff-ps2pdf", "single-column with headings and form table"),
              ("beslut_signerat.pdf", "beslut", "scan-img2pdf (reportlab original)", "scanned page"),
              ("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", "reportlab", "letter"),
              ("vardplan.pdf", "vardplan", "reportlab", "form with ticked boxes and table"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "'Socialtjänstens ställningstagande' (no 'Bedömning'/'behov') states needs and why Ekbacken; repeated in the assignment letter",
                              [("utredning.pdf", ["Socialtjänstens ställningstagande"]), ("uppdragsbeskrivning.pdf", ["Nämndens bedömning av Camillas behov"])]),
            planning=("ja", "vårdplan form with ticked boxes and dated goals/measures/responsible",
                      [("vardplan.pdf", ["Camilla är fri från bensodiazepiner"])]),
            follow_up=("ja", "journal 2014-10-20 'återkoppling från behandlingshemmet' and 2014-11-06 uppföljningsmöte with outcomes",
                       [("journal.pdf", ["Återkoppling från behandlingshemmet", "Uppföljningsmöte på Ekbacken"])]),
            assignment_description=("ja", "letter with all elements; sent 2014-09-11 (letter and journal)",
                                    [("uppdragsbeskrivning.pdf", ["Vad uppdraget omfattar", "Rapportering vid avslut"]), ("journal.pdf", ["Uppdragsbeskrivning skickad till Ekbacken"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ K2
def k2():
    cid = "kalmar_SOC-2015-77"; dnr = "SOC 2015/77"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Namn", "Oskar Dahlén"), ("Personnummer", "19020904-1195"), ("Handläggare", "Sofia Nyberg"), ("Ärende", "Ansökan om öppenvård")]),
        ("h", "Aktualisering"),
        ("p", "Oskar kom till Vuxenenhetens mottagning 2015-01-19 tillsammans med sin mamma. Han ansökte om hjälp för sitt cannabisbruk."),
        ("h", "Nuvarande situation"),
        ("p", "Oskar bor hemma hos sin mamma i Berga. Han har avbrutit gymnasiet och har ingen sysselsättning. Han röker cannabis dagligen sedan ca två år, ibland även spice. Han har inga tidigare kontakter med socialtjänsten som vuxen. Han sover på dagarna och är vaken på nätterna. Mamman berättar att de bråkar mycket och att hon inte orkar mer. DUDIT 22 p."),
        ("h", "Oskars egen uppfattning"),
        ("p", "Oskar tycker inte själv att han har så stora problem men vill sluta för mammas skull och för att kunna få ett jobb. Han vill gå på Norrgatan, hans kompis har gått där."),
        ("h", "Bedömning"),
        ("p", "Oskar bedöms vara i behov av öppenvård på Mottagningen Norrgatan."),
        ("h", "Förslag till beslut"),
        ("p", "Öppenvård på Mottagningen Norrgatan enl. SoL 4 kap. 1 § under 6 månader från 2015-02-09."),
        ("sig", ["Sofia Nyberg, socialsekreterare, 2015-02-02"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn", "Oskar Dahlén"), ("Dnr", dnr), ("Datum", "2015-02-04"), ("Insats", "Öppenvård, Mottagningen Norrgatan"), ("Lagrum", "4 kap. 1 § SoL"), ("Tid", "2015-02-09 – 2015-08-09")]),
        ("p", "Beslut: Bifall."),
        ("sig", ["Lars Wiklund, enhetschef"]),
        ("small", "Beslutet kan överklagas till Förvaltningsrätten i Växjö inom tre veckor från delfåendet."),
    ]
    mail = [
        ("raw_html", """<div style="border-bottom:1.5pt solid #000;font-size:12pt;font-weight:bold;margin-bottom:6pt">Sofia Nyberg</div>
<table style="border:none;width:100%;font-size:9.5pt">
<tr><td style="border:none;width:14%"><b>Från:</b></td><td style="border:none">Sofia Nyberg</td></tr>
<tr><td style="border:none"><b>Skickat:</b></td><td style="border:none">den 5 februari 2015 14:47</td></tr>
<tr><td style="border:none"><b>Till:</b></td><td style="border:none">Mottagningen Norrgatan</td></tr>
<tr><td style="border:none"><b>Ämne:</b></td><td style="border:none">Nytt uppdrag Oskar D (SOC 2015/77)</td></tr></table>"""),
        ("p", "Hej!"),
        ("p", "Skickar ett nytt uppdrag till er. Oskar Dahlén har beviljats öppenvård hos er, se bifogat beslut, under perioden 2015-02-09 – 2015-08-09."),
        ("p", "**Uppdraget:** Behandling för cannabisberoende enligt ert program (CBT/ÅP, 1 gång per vecka), urinprov minst 1 gång/vecka, samt samtal med Oskar och hans mamma tillsammans några gånger om de vill."),
        ("p", "**Mål:** Oskar ska vara drogfri senast 2015-05-01 och ha lämnat negativa prover resten av perioden. Han ska ha påbörjat någon form av sysselsättning (studier eller arbetsträning) senast 2015-08-01."),
        ("p", "**Uppföljning:** Vi gör en uppföljning tillsammans, Oskar, behandlare och jag, efter ca 3 månader. Genomförandeplan skickas till mig när den är klar. Vid frånvaro mer än två gånger vill jag att ni hör av er."),
        ("p", "**När insatsen avslutas** vill jag ha en kort skriftlig sammanfattning om hur det gått, provresultat och om ni ser behov av fortsatt stöd."),
        ("p", "Hälsningar\nSofia Nyberg\nSocialsekreterare Vuxenenheten\nKalmar kommun\n0480-45 31 48\nsofia.nyberg@kalmar.se"),
        ("small", "Bifogade filer: Beslut_SOC2015-77.pdf"),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("kv", [("Namn", "Oskar Dahlén"), ("Utförare", "Mottagningen Norrgatan, Kalmar"), ("Behandlare", "Anders Bäck"), ("Datum", "2015-02-25")]),
        ("h", "Oskars mål"),
        ("bul", ["Sluta röka cannabis helt. Negativa prover från 2015-05-01 (Anders tar prover varje måndag).",
                 "Vända på dygnet: vara uppe senast kl 9 alla vardagar från mars. Oskar själv, mamma stöttar.",
                 "Börja på Komvux eller arbetsträning senast 2015-08-01. Oskar söker med stöd av Anders, kontakt med studievägledare i april."]),
        ("h", "Så här gör vi"),
        ("bul", ["Individuella samtal enl. CBT/ÅP (Cannabisprogrammet, 12 ggr) onsdagar kl 15, start 2015-03-04. Ansvarig Anders Bäck.",
                 "Urinprov måndagar kl 8.30 på Norrgatan. Ansvarig Oskar/SSK.",
                 "Två samtal med Oskar och mamman, första 2015-03-18. Ansvarig Anders Bäck.",
                 "Planen gås igenom med handläggaren vid uppföljningen i maj/juni."]),
        ("p", "Oskar har varit med och skrivit planen."),
        ("sig", ["Oskar Dahlén ......................   Anders Bäck ......................"]),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("jn", "2015-01-19", "Besök | Sofia Nyberg", "Kl. och mamman på besök. Ansökan om öppenvård, cannabis. Samtycke till kontakt m Norrgatan."),
        ("jn", "2015-01-28", "Besök | Sofia Nyberg", "Utredningssamtal. DUDIT."),
        ("jn", "2015-02-04", "Beslut | Lars Wiklund", "Bifall öppenvård Norrgatan 2015-02-09 – 2015-08-09."),
        ("jn", "2015-02-05", "Mejl | Sofia Nyberg", "Uppdrag mejlat till Norrgatan med beslut bifogat."),
        ("jn", "2015-02-27", "Inkommande | Sofia Nyberg", "GFP från Norrgatan inkommen."),
        ("jn", "2015-04-02", "Telefon | Sofia Nyberg", "Mamman ringer, undrar om hon kan få ekonomiskt bistånd för Oskars del. Hänvisad till ekonomienheten."),
        ("jn", "2015-05-21", "Bokning | Sofia Nyberg", "Bokat uppföljn. på Norrgatan 10/6 kl 13."),
        ("jn", "2015-06-10", "Uppföljning | Sofia Nyberg", "Uppföljnig genomförd på Norrgatan med kl och behandlare Anders."),
        ("jn", "2015-08-10", "Avslut | Sofia Nyberg", "Beslutsperioden har gått ut. Insatsen avslutad."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_rl(p("utredning.pdf"), utr, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("uppdrag_mejl.pdf"), mail, header=("", ""), footer=("", ""), font="'Liberation Sans'")
        render_ps(p("genomforandeplan.pdf"), gfp, header=("MOTTAGNINGEN NORRGATAN  KALMAR", "GENOMFORANDEPLAN"), footer=("", "Sida {p}({n})"))
        render_html(p("journal.pdf"), jn, header=(OFF, "Oskar Dahlén " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Kalmar", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "reportlab", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdrag_mejl.pdf", "uppdragsbeskrivning (e-post)", "chromium", "e-mail print"),
              ("genomforandeplan.pdf", "genomforandeplan", "ps2pdf-handwritten-ps", "bullet lists, monospace"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("delvis", "only a conclusion 'Oskar bedöms vara i behov av öppenvård' without needs or reasons",
                              [("utredning.pdf", ["Oskar bedöms vara i behov av öppenvård"])]),
            planning=("ja", "genomförandeplan as bullet lists with dated goals, who and when",
                      [("genomforandeplan.pdf", ["Sluta röka cannabis helt"])]),
            follow_up=("delvis", "journal 2015-06-10 says a follow-up was done ('Uppföljnig genomförd') but records no outcome",
                       [("journal.pdf", ["Uppföljnig genomförd på Norrgatan"])]),
            assignment_description=("delvis", "e-mail 2015-02-05 with content, goals, follow-up, report-back and contact, but no assessment of needs",
                                    [("uppdrag_mejl.pdf", ["Nytt uppdrag Oskar D"]), ("journal.pdf", ["Uppdrag mejlat till Norrgatan"])],
                                    "bcdefg"),
        ))

# ------------------------------------------------------------------ K3 recent
def k3():
    cid = "kalmar_SOC-2015-208"; dnr = "SOC 2015/208"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Helena Strandberg"), ("Pnr", "19010219-6022"), ("Handl", "Petra Holm"), ("Datum", "2015-08-24")]),
        ("p", "Helena har under våren haft kontakt med Vuxenenheten genom Norrgatans öppna mottagning. Hon ansökte 2015-06-29 om behandlingshem efter att ha blivit polisanmäld för rattfylleri i juni. Hon har två barn som bor hos pappan sedan 2014. Helena har arbetat som butikssäljare men är sedan mars sjukskriven."),
        ("p", "Helena berättar att hon druckit mycket sedan skilsmässan 2013, i perioder dagligen. Hon har gått på Norrgatan sedan februari 2015, men har haft upprepade återfall och har i sommar druckit dagligen. Behandlaren på Norrgatan, Anders Bäck, beskriver att Helena har varit motiverad men att hemmiljön med ensamhet på kvällarna gör att hon inte klarar att hålla sig nykter. PEth i juli 2,8. AUDIT 27 p. Hon har ingen skuld och betalar sin hyra."),
        ("p", "Barnens pappa har meddelat att han inte vill att barnen sover hos Helena förrän hon är nykter. Helena träffar barnen några timmar i veckan. Hon har en väninna som stöttar och sin mamma i Borgholm. Socialtjänsten har kontaktat Försäkringskassan som bekräftar sjukpenning till och med oktober."),
        ("p", "Helena säger att hon är rädd att förlora barnen helt och att hon vill bort en period för att kunna bli nykter. Hon har varit på besök på Granbackens behandlingshem utanför Kalmar 2015-08-12 och vill gärna dit eftersom det ligger nära barnen och hon kan få träffa dem där."),
        ("p", "Mot bakgrund av ovanstående bedömer socialtjänsten att Helena har ett alkoholberoende som hon inte har kunnat bryta trots ett halvårs öppenvård. Återfallen sker i ensamheten hemma på kvällarna. Hon riskerar sin relation till barnen, sitt arbete och sin hälsa. Hon behöver en period i en drogfri miljö med personal dygnet runt och intensiv behandling, och samtidigt möjlighet att behålla kontakten med barnen. Granbackens behandlingshem erbjuder tolvstegsbehandling med familjeprogram och ligger nära hemorten så att barnen kan besöka henne. Socialtjänsten gör därför bedömningen att vård på Granbacken under ca 12 veckor är den insats som tillgodoser Helenas behov och ger henne förutsättningar att bli nykter och att därefter fortsätta med eftervård på Norrgatan."),
        ("p", "Förslag: Helena Strandberg beviljas vård på Granbackens behandlingshem enligt SoL 4:1 fr.o.m. 2015-09-07 t.o.m. 2015-11-27."),
        ("sig", ["Petra Holm", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn", "Helena Strandberg"), ("Dnr", dnr), ("Beslutsdatum", "2015-08-28")]),
        ("p", "Helena Strandberg beviljas vård på Granbackens behandlingshem enligt 4 kap. 1 § SoL under tiden 2015-09-07 – 2015-11-27."),
        ("p", "Skäl för beslutet: Se utredning daterad 2015-08-24."),
        ("sig", ["Lars Wiklund, enhetschef"]),
    ]
    upp = [
        ("title", "Uppdragsbeskrivning – vård på behandlingshem"),
        ("kv", [
            ("Klient", "Helena Strandberg, 19010219-6022"),
            ("Utförare", "Granbackens behandlingshem, föreståndare Mats Berglund, tel 0480-120 40"),
            ("Beslut", "2015-08-28, vård 2015-09-07 – 2015-11-27 enl. 4 kap. 1 § SoL"),
            ("Nämndens bedömning av behov", "Alkoholberoende som inte gått att bryta med sex månaders öppenvård. Återfall sker i ensamhet hemma. Helena behöver en drogfri miljö med personal dygnet runt och intensiv behandling, samtidigt som kontakten med barnen behålls."),
            ("Uppdragets innehåll", "Tolvstegsbehandling, familjeprogram med barnen och barnens pappa om de vill, veckovisa PEth/utandningsprov, planering av eftervård på Norrgatan."),
            ("Mål", "Helena är nykter under hela vistelsen (negativa prover). Barnen har besökt Helena minst varannan vecka. En eftervårdsplan med Norrgatan är klar senast 2015-11-20."),
            ("Uppföljning", "Genomförandeplan inom 4 veckor från inskrivning, kopia till handläggaren. Första uppföljningsmöte med Helena, behandlare och handläggare efter ca 9 veckor (november). Granbacken meddelar handläggaren vid återfall eller avbrott."),
            ("Återrapportering", "Skriftlig slutrapport senast två veckor efter utskrivning: måluppfyllelse, provresultat och rekommendationer."),
            ("Handläggare", "Petra Holm, Vuxenenheten, tel 0480-45 31 12, petra.holm@kalmar.se"),
            ("Överlämnad", "2015-09-03 via säker e-post till Granbacken (Mats Berglund), tillsammans med beslut och utredning."),
        ], 0.3),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("lp", "Klient:", "Helena Strandberg"),
        ("lp", "Placering:", "Granbackens behandlingshem, 2015-09-07 – 2015-11-27"),
        ("lp", "Datum:", "2015-09-04. Upprättad av Helena och handl. Petra Holm."),
        ("h", "Mål"),
        ("bul", ["Helena är nykter hela vistelsen, kontrolleras med prover varje vecka (Granbacken).",
                 "Barnen besöker Helena minst varannan vecka, första besöket senast 2015-09-20 (Helena och barnens pappa, Granbacken ordnar familjerum).",
                 "Eftervård på Norrgatan är planerad senast 2015-11-20 (handl. Petra Holm).",
                 "Helena har kontakt med Försäkringskassan om fortsatt sjukpenning före 2015-10-15 (Helena med stöd av behandlare)."]),
        ("h", "Uppföljning"),
        ("p", "Vårdplanen följs upp vid möte på Granbacken i november 2015 (v. 46)."),
    ]
    jn = [
        ("title", "Journal – Helena Strandberg"),
        ("jn", "2015-06-29", "Besök – Petra Holm", "Kl. ansöker om behandlingshem. Berättar om rattfylleriet. Utredning inleds."),
        ("jn", "2015-07-14", "Telefon – Petra Holm", "Tel. med Anders Bäck, Norrgatan. Se utredning."),
        ("jn", "2015-08-12", "Förbesök – Petra Holm", "Förbesök på Granbacken med kl."),
        ("jn", "2015-08-28", "Beslut", "Beslut Granbacken 7/9 – 27/11."),
        ("jn", "2015-09-03", "Uppdragsbeskrivning – Petra Holm", "Uppdragsbeskrivning skickad via säker e-post till Mats Berglund, Granbacken."),
        ("jn", "2015-09-04", "Vårdplan – Petra Holm", "Vårdplan upprättad med kl."),
        ("jn", "2015-09-07", "Inskrivning", "Kl. inskriven på Granbacken."),
        ("jn", "2015-09-08", "Telefon – Petra Holm", "Granbacken bekräftar inskrivningen. GFP upprättas inom 4 v."),
        ("jn", "2015-09-24", "Telefon – Petra Holm", "Bokat första uppföljning på Granbacken 2015-11-10 kl 10.00. Uppföljning planeras till november enligt uppdraget."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_ps(p("utredning.pdf"), utr, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("uppdragsbeskrivning.pdf"), upp, font="Helvetica", size=9.5, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_groff(p("vardplan.pdf"), vp, header=("Kalmar kommun  Vuxenenheten", dnr), footer=(SEKR, "Sida %"), family="H", size=10)
        render_html(p("journal.pdf"), jn, header=(OFF, dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Kalmar", diarienummer=dnr, scenario="recent", build=build,
        docs=[("utredning.pdf", "utredning", "ps2pdf-handwritten-ps", "single-column narrative, monospace"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", "reportlab", "form (table)"),
              ("vardplan.pdf", "vardplan", "groff-ps2pdf", "bullet lists"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "narrative utredning, paragraph 'Mot bakgrund av ovanstående' with needs and why Granbacken; also in assignment",
                              [("utredning.pdf", ["Mot bakgrund av ovanstående bedömer socialtjänsten"]), ("uppdragsbeskrivning.pdf", ["Nämndens bedömning av behov"])]),
            planning=("ja", "vårdplan 2015-09-04 bullet list with dated goals and who",
                      [("vardplan.pdf", ["Helena är nykter hela vistelsen"])]),
            follow_up=("ej_tillämpligt", "placement started 2015-09-07; first follow-up booked 2015-11-10, after the review date", []),
            assignment_description=("ja", "form with all elements, handed over 2015-09-03 via secure e-mail",
                                    [("uppdragsbeskrivning.pdf", ["Uppdragets innehåll"]), ("journal.pdf", ["Uppdragsbeskrivning skickad via säker e-post"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ K4
def k4():
    cid = "kalmar_SOC-2014-563"; dnr = "SOC 2014/563"
    utr = [
        ("title", "Utredning – ansökan om öppenvård"),
        ("kv", [("Namn", "Bertil Nord"), ("Personnummer", "19000630-7731"), ("Handläggare", "Sofia Nyberg"), ("Utredningstid", "2014-10-20 – 2014-11-19")]),
        ("h", "Aktualisering"),
        ("p", "Bertil ringde själv 2014-10-20 efter att hans vuxna dotter uppmanat honom att söka hjälp. Han har tidigare haft kontakt med enheten 2008."),
        ("h", "Bakgrund"),
        ("p", "Bertil är pensionerad lastbilschaufför och bor ensam i lägenhet på Norrliden. Hustrun avled 2012. Han har druckit mer sedan dess, framför allt öl och vodka, varje dag från lunch. Han har fallit i trappan två gånger under hösten. Han har hyresskulder efter att ha missat två månadshyror och Kalmarhem har skickat en påminnelse. Han har diabetes typ 2 som enligt vårdcentralen är dåligt inställd. AUDIT 25 p."),
        ("h", "Bertils egen uppfattning"),
        ("p", "Bertil vill dricka mindre, men vill inte åka bort. Han vill ha någon att prata med och tycker att det är ensamt."),
        ("h", "Bedömning"),
        ("p", "Bertil har sedan hustruns död utvecklat ett alkoholberoende som påverkar hans hälsa (fall, dåligt inställd diabetes), hans ekonomi och hans boende. Han är ensam och saknar sysselsättning efter pensioneringen, vilket bidrar till drickandet. Han har ett fungerande boende och en dotter som stöttar, och han har inte tidigare fått behandling, vilket talar för att öppenvård är tillräckligt. Bertil behöver regelbundna samtal med fokus på att minska och på sikt upphöra med drickandet, hjälp att hitta meningsfull sysselsättning och kontroller av alkoholkonsumtionen. Öppenvård på Mottagningen Norrgatan med individuella samtal varje vecka och PEth-prover bedöms tillgodose dessa behov. Frågan om hyresskulden hanteras av ekonomienheten."),
        ("h", "Förslag till beslut"),
        ("p", "Öppenvård på Norrgatan 2014-12-01 – 2015-05-31, SoL 4:1."),
        ("sig", ["Sofia Nyberg, socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn", "Bertil Nord"), ("Dnr", dnr), ("Beslutsdatum", "2014-11-21"), ("Insats", "Öppenvård Mottagningen Norrgatan"), ("Lagrum", "SoL 4 kap. 1 §"), ("Period", "2014-12-01 – 2015-05-31"), ("Beslut", "Bifall"), ("Delegat", "Lars Wiklund")]),
        ("small", "Om du är missnöjd med beslutet kan du överklaga hos Förvaltningsrätten i Växjö."),
    ]
    upp = [
        ("title", "Uppdragsbeskrivning öppenvård"),
        ("kv", [
            ("Klient", "Bertil Nord"),
            ("Utförare", "Mottagningen Norrgatan"),
            ("Beslut/period", "2014-11-21 / 2014-12-01 – 2015-05-31"),
            ("Nämndens bedömning", "Alkoholberoende efter hustruns död som påverkar hälsa (fall, diabetes), ekonomi och boende. Ensamhet och brist på sysselsättning bidrar. Bertil behöver regelbundna samtal, kontroller och hjälp till sysselsättning."),
            ("Uppdraget omfattar", "Individuella samtal (MI/ÅP) en gång/vecka. PEth varannan månad. Stöd att hitta sysselsättning/träffpunkt för pensionärer."),
            ("Mål med insatsen", ""),
            ("Uppföljning", "Utvärderingsmöte med Bertil, behandlare och handläggare efter ca 3 månader samt inför periodens slut."),
            ("Handläggare", "Sofia Nyberg, tel 0480-45 31 48, sofia.nyberg@kalmar.se"),
        ], 0.3),
        ("p", "Kalmar 2014-11-26"),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "Bertil Nord 19000630-7731  " + dnr + "  Handl. Sofia Nyberg (SN)"),
        ("jn", "2014-10-20", "Tel SN", "Kl ringer, vill ha hjälp m alkoholen. Tid 28/10."),
        ("jn", "2014-10-28", "Besök SN", "Ansökan om öppenvård. AUDIT 25 p. Samtycke VC, dottern, Kalmarhem."),
        ("jn", "2014-11-05", "Tel SN", "Tel m Kalmarhem ang. hyresskulden. Kl kan få avbetalningsplan om han hör av sig före 1/12."),
        ("jn", "2014-11-12", "Hembesök SN", "Planerat hembesök genomfört. Lägenheten ok. Kl. visar brevet från Kalmarhem."),
        ("jn", "2014-11-21", "Beslut LW", "Bifall öppenvård Norrgatan 1/12 – 31/5."),
        ("jn", "2014-11-27", "Uppdrag SN", "Uppdragsbeskrivning lämnad till Norrgatan (Anders Bäck) vid samverkansmöte. GFP ska upprättas av Norrgatan och skickas till handl."),
        ("jn", "2014-12-01", "Info SN", "Kl börjat på Norrgatan."),
        ("jn", "2014-12-10", "Tel SN", "Kl. har fått avbetalningsplan med Kalmarhem, 500 kr/mån från januari."),
        ("jn", "2015-01-20", "Tel SN", "Påminnt Anders om GFP, ej inkommen. Han återkommer."),
        ("jn", "2015-03-04", "Utvärderingsmöte SN", "Utvärderingsmöte på Norrgatan med kl. och Anders Bäck. Kl. har gått på 11 av 13 samtal. Han dricker nu enl. egen uppgift 2-3 öl om dagen och ingen sprit. PEth har sjunkit från 2,1 (december) till 0,6 (februari). Inga fler fall. Han har börjat gå till Träffpunkten på Norrliden två förmiddagar i veckan. Blodsockret bättre enl. VC. Kl. vill fortsätta, målet nu är att sluta helt. Fortsätter som tidigare, nytt möte i maj."),
        ("jn", "2015-04-15", "Tel SN", "Planerat hembesök flyttat pga sjukdom handl."),
        ("jn", "2015-05-27", "Utvärderingsmöte SN", "Möte på Norrgatan. Kl. nykter sedan påsk enl. egen uppgift, PEth maj under 0,05. Kl. och behandlare vill förlänga 3 mån för att befästa. Ansökan om förlängning tas emot."),
        ("jn", "2015-05-29", "Beslut LW", "Förlängning öppenvård Norrgatan t.o.m. 2015-08-31."),
        ("jn", "2015-09-02", "Avslut SN", "Insatsen avslutad efter överenskommelse, kl. går på AA och Träffpunkten. Ingen slutrapport från Norrgatan."),
    ]
    d = os.path.join("casefiles", cid)
    A = "SOC-2014-563_akt.pdf"
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        t = lambda f: os.path.join(TMP, cid + "_" + f)
        render_html(t("utr.pdf"), utr, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=10)
        render_rl(t("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(t("upp.pdf"), upp, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_ps(t("jn.pdf"), jn, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
        unite(p(A), [t("utr.pdf"), t("beslut.pdf"), t("upp.pdf"), t("jn.pdf")])
    return dict(
        case_id=cid, committee="Kalmar", diarienummer=dnr, scenario="", build=build,
        docs=[(A, "samlad_akt (utredning, beslut, uppdragsbeskrivning, journal)", "pdfunite(chromium+reportlab+ps2pdf-handwritten-ps)", "assembled; headings, form tables, monospace journal")],
        criteria=dict(
            needs_assessment=("ja", "utredning 'Bedömning' states needs and why öppenvård at Norrgatan meets them",
                              [(A, ["Bertil har sedan hustruns död utvecklat", "Nämndens bedömning"])]),
            planning=("nej", "no plan: journal only says a GFP 'ska upprättas' and that it was not received; 'avbetalningsplan' and 'planerat hembesök' are traps", []),
            follow_up=("ja", "journal 'Utvärderingsmöte' 2015-03-04 and 2015-05-27 with outcomes",
                       [(A, ["Utvärderingsmöte på Norrgatan med kl", "Kl. nykter sedan påsk"])]),
            assignment_description=("delvis", "form with assessment, content, follow-up, case officer, handed over 2014-11-27 (journal); 'Mål med insatsen' empty, no report-back",
                                    [(A, ["Uppdragsbeskrivning öppenvård", "Uppdragsbeskrivning lämnad till Norrgatan"])],
                                    "abdfg"),
        ))

CASES = [k1, k2, k3, k4]
