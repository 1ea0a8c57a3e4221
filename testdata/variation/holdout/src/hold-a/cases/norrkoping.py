# -*- coding: utf-8 -*-
"""Norrköping: Socialkontoret, Vuxenenheten Beroende (newer system export + some old forms)."""
import os
from lib import render_rl, render_html, render_ps, render_groff, scan, unite, TMP

OFF = "Norrköpings kommun – Socialkontoret – Vuxenenheten Beroende"
OFF_OLD = "NORRKOPINGS KOMMUN  SOCIALKONTORET  VUXEN BEROENDE"
SEKR = "Omfattas av sekretess, OSL 26 kap. 1 §"
KS = ("Karin Sjöström", "011-15 40 19", "karin.sjostrom@norrkoping.se")
EH = ("Emir Hadzic", "011-15 42 87", "emir.hadzic@norrkoping.se")

MAILCSS = "table.mh td{border:none;padding:1pt 3pt;font-size:9.5pt} .mname{font-size:12pt;font-weight:bold;border-bottom:1.5pt solid #000;margin-bottom:6pt}"

def mailhead(name, frm, sent, to, subj, cc=None, att=None):
    rows = [("Från:", frm), ("Skickat:", sent), ("Till:", to)]
    if cc: rows.append(("Kopia:", cc))
    rows.append(("Ämne:", subj))
    if att: rows.append(("Bifogade filer:", att))
    import html
    return ('<div class="mname">%s</div><table class="mh">' % html.escape(name) +
            "".join('<tr><td style="width:17%%"><b>%s</b></td><td>%s</td></tr>' % (k, html.escape(v)) for k, v in rows) + "</table>")

# ------------------------------------------------------------------ N1
def n1():
    cid = "norrkoping_2015-000421"; dnr = "2015-000421"
    utr = [
        ("title", "Utredning – Vuxen"),
        ("kv", [("Person", "Daniel Forsberg, 19011203-5573"), ("Ärendenr", dnr), ("Handläggare", "Emir Hadzic"), ("Utredningen inledd", "2015-03-02"), ("Utredningen avslutad", "2015-04-01")]),
        ("cols_start",),
        ("h", "Ärendet"),
        ("p", "Daniel ansökte 2015-03-02 om behandlingshem efter abstinensbehandling på Beroendekliniken i Norrköping (2015-02-16 – 2015-02-27). Kontakten förmedlades av avdelningens kurator."),
        ("h", "Källor"),
        ("p", "Samtal med Daniel 2015-03-02, 2015-03-09 och 2015-03-23. Epikris från Beroendekliniken. Telefonkontakt med Frivården, som Daniel har kontakt med sedan tidigare dom, och med hans pappa. Daniel har lämnat samtycke."),
        ("h", "Narkotikabruk"),
        ("p", "Daniel började använda cannabis i tonåren och amfetamin i början av tjugoårsåldern. Sedan ca fyra år använder han heroin, de senaste två åren dagligen och intravenöst. Han har haft två överdoser, senast i december 2014 då han återupplivades av ambulanspersonal. Han har inte varit inskriven i LARO och vill inte det; han vill bli helt drogfri. DUDIT 38 p."),
        ("h", "Hälsa"),
        ("p", "Hepatit C konstaterad 2013, obehandlad. Han har sår på armarna som sköts av Sprututbytet. Enligt epikrisen har han inga tecken på psykossjukdom men sömnproblem och ångest i samband med abstinens."),
        ("h", "Boende och försörjning"),
        ("p", "Daniel saknar eget boende och har bott hos olika kamrater och periodvis på härbärget. Han har försörjningsstöd. Han har skulder hos Kronofogden på ca 140 000 kr."),
        ("h", "Kriminalitet"),
        ("p", "Dömd till skyddstillsyn 2014 för narkotikabrott och stöld. Frivården är positiv till behandling och ser den som en del av verkställigheten."),
        ("h", "Nätverk"),
        ("p", "Pappan bor i Söderköping och har kontakt med Daniel, men vill inte att han bor hos honom så länge han använder droger. Mamman är avliden. Umgänget består i övrigt av personer som använder droger."),
        ("h", "Daniels syn"),
        ("p", "Daniel säger att han är trött på livet han lever och att han \"kommer att dö nästa gång\". Han vill till ett behandlingshem långt från Norrköping. Han har hört talas om Stensjö gård och har gjort ett telefonintervju med dem."),
        ("h", "Handläggarens slutsats"),
        ("p", "Daniel har ett tungt och långvarigt heroinberoende med intravenöst bruk, två överdoser och obehandlad hepatit C. Han saknar bostad och drogfritt nätverk i Norrköping. Efter avgiftningen är risken för återfall och ny överdos mycket hög om han återvänder till samma miljö. Han är motiverad för drogfri behandling och vill inte ha LARO. Han måste få en längre period i en drogfri miljö på avstånd från hemorten med behandling inriktad på återfallsprevention, och samtidigt få hjälp med hälsan och att planera boende. Stensjö gård har personal dygnet runt, KBT-baserad behandling för opiatberoende, samarbete med infektionsmottagning och utslussningslägenheter. Handläggarens slutsats är att HVB-vård på Stensjö gård under ca 13 veckor är den insats som kan ge Daniel möjlighet att bli drogfri och ge honom en skälig levnadsnivå."),
        ("h", "Förslag till beslut"),
        ("p", "Vård på Stensjö gård HVB enligt SoL 4 kap. 1 § under perioden 2015-04-13 – 2015-07-10."),
        ("cols_end",),
        ("sig", ["Emir Hadzic, socialsekreterare, 2015-04-01"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Person", "Daniel Forsberg, 19011203-5573"), ("Ärendenr", dnr), ("Beslutsdatum", "2015-04-07"), ("Beslutsfattare", "Helena Fors, gruppledare")]),
        ("h", "Beslut"),
        ("p", "Daniel Forsberg beviljas bistånd i form av vård på Stensjö gård HVB enligt 4 kap. 1 § socialtjänstlagen under perioden 2015-04-13 – 2015-07-10."),
        ("h", "Motivering"),
        ("p", "Se handläggarens slutsats i utredningen."),
        ("small", "Information om hur man överklagar bifogas."),
    ]
    mail = [
        ("raw_html", mailhead("Emir Hadzic", "Emir Hadzic <emir.hadzic@norrkoping.se>", "den 8 april 2015 11:26",
                             "Stensjö gård Intag <intag@stensjogard.se>", "Uppdragsbeskrivning D.F. inskrivning 13/4", att="Beslut 150407.pdf; Utredning DF.pdf")),
        ("p", "Hej Lina,"),
        ("p", "Som vi pratade om igår kommer här uppdragsbeskrivningen för Daniel Forsberg, som skrivs in hos er måndag 13/4."),
        ("hs", "1. Vår bedömning av Daniels behov"),
        ("p", "Daniel har ett långvarigt intravenöst heroinberoende med två överdoser och obehandlad hepatit C. Han saknar bostad och drogfritt nätverk. Han behöver en längre period i drogfri miljö långt från Norrköping med behandling inriktad på återfallsprevention, hjälp med hälsan och planering av boende efter vistelsen."),
        ("hs", "2. Uppdraget"),
        ("p", "HVB-vård 2015-04-13 – 2015-07-10. KBT-baserad återfallsprevention enskilt och i grupp. Drogtester enligt er rutin. Kontakt med infektionsmottagningen för hepatit C-utredning. Stöd att planera utslussning och boende i samarbete med oss och Frivården."),
        ("hs", "3. Mål"),
        ("p", "Daniel är drogfri under vistelsen (negativa tester). Han har påbörjat hepatit C-utredning före 2015-06-15. Han har en boendeplan (t.ex. träningslägenhet) klar före utskrivning 2015-07-10."),
        ("hs", "4. Uppföljning"),
        ("p", "Ni upprättar genomförandeplan inom tre veckor. Jag kommer på uppföljningsbesök efter ca 5 veckor (förslag v. 21) och vi har ett avslutande möte inför utskrivning. Ring mig direkt vid avbrott eller återfall."),
        ("hs", "5. När vistelsen avslutas"),
        ("p", "Skriftlig slutrapport inom två veckor: måluppfyllelse, testresultat, hälsa och era rekommendationer om eftervård."),
        ("p", "Med vänliga hälsningar\nEmir Hadzic\nSocialsekreterare\nVuxenenheten Beroende, Socialkontoret\nNorrköpings kommun\nTel: 011-15 42 87\nE-post: emir.hadzic@norrkoping.se"),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("kv", [("Person", "Daniel Forsberg"), ("Ärendenr", dnr), ("Insats", "HVB Stensjö gård 2015-04-13 – 2015-07-10"), ("Upprättad", "2015-04-09, Daniel och Emir Hadzic")]),
        ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                   ["Daniel är drogfri under hela vistelsen", "Behandlingsprogram, drogtester", "Stensjö gård, Daniel", "2015-04-13 – 2015-07-10"],
                   ["Hepatit C-utredning påbörjad", "Remiss till infektionsmottagningen", "Stensjö gård (SSK)", "Senast 2015-06-15"],
                   ["Boende efter vistelsen", "Ansökan om träningslägenhet, möte med boendesamordnare", "Emir Hadzic", "Ansökan senast 2015-05-31"],
                   ["Plan för skulder", "Kontakt med budget- och skuldrådgivning", "Daniel med stöd av Stensjö", "Juni 2015"],
                   ["Fortsatt kontakt med Frivården", "Frivården besöker Stensjö", "Frivården/Daniel", "En gång per månad"]],
         [0.27, 0.33, 0.2, 0.2]),
        ("p", "Uppföljningsbesök på Stensjö gård v. 21 (Emir Hadzic). Avslutande möte före 2015-07-10."),
        ("sig", ["Daniel Forsberg ...........................   Emir Hadzic ..........................."]),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("small", "Person: Daniel Forsberg 19011203-5573 | Ärende: " + dnr + " | Utskrift 2015-09-30"),
        ("jn", "2015-02-26 09:10", "Telefon | Emir Hadzic", "Kurator Beroendekliniken, pat vill ha HVB efter avgiftningen. Tid 2/3."),
        ("jn", "2015-03-02 13:00", "Besök | Emir Hadzic", "Ansökan om behandlingshem. Samtycke. Utredning inleds."),
        ("jn", "2015-03-12 10:00", "Telefon | Emir Hadzic", "Tel. Frivården (Åsa L). Positiva till behandligen."),
        ("jn", "2015-04-07", "Beslut | Helena Fors", "Bifall Stensjö gård."),
        ("jn", "2015-04-08 11:26", "E-post | Emir Hadzic", "Uppdragsbeskrivning mejlad till Stensjö gård (Lina Håkansson). Mottagande bekräftat 11:40."),
        ("jn", "2015-04-09", "Vårdplan | Emir Hadzic", "Vårdplan upprättad med kl. Kl. bor på härbärget fram till måndag."),
        ("jn", "2015-04-13", "Inskrivning | Emir Hadzic", "Kl. inskriven på Stensjö gård, skjutsad av pappan."),
        ("jn", "2015-05-06", "Inkommande | Emir Hadzic", "GFP från Stensjö gård inkommen."),
        ("jn", "2015-05-20 11:00", "Besök Stensjö gård | Emir Hadzic", "Vi träffades på Stensjö, kl., kontaktperson Lina och jag, för att se hur det gått hittills. Kl. har varit drogfri sedan inskrivningen, alla tester negativa. Han har haft svårt att sova de första veckorna men det har blivit bättre. Han deltar i alla gruppsessioner och har börjat jobba i snickeriet. Remiss till infektion skickad, tid 2015-06-02. Kl. vill flytta till träningslägenhet efteråt, ansökan görs. Vi var överens om att fortsätta enligt vårdplanen."),
        ("jn", "2015-05-27", "Ansökan | Emir Hadzic", "Ansökan om träningslägenhet inlämnad till boendesamordnare."),
        ("jn", "2015-06-24 14:00", "Telefon | Emir Hadzic", "Återkoppling från Lina på Stensjö: kl. fortsatt drogfri, utredning hep C påbörjad, ska få behandling i höst. Träningslägenhet beviljad fr.o.m. 13/7."),
        ("jn", "2015-07-10", "Utskrivning | Emir Hadzic", "Kl. utskriven enligt plan, flyttar till träningslägenheten 13/7."),
        ("jn", "2015-07-21", "Inkommande | Emir Hadzic", "Slutrapport från Stensjö gård. Alla mål uppfyllda."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_html(p("utredning.pdf"), utr, header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5, font="'DejaVu Sans'")
        render_html(p("beslut.pdf"), beslut, header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=10, font="'DejaVu Sans'")
        render_html(p("uppdrag_mejl.pdf"), mail, header=("", ""), footer=("", "Sida {p}"), extra_css=MAILCSS)
        render_rl(p("vardplan.pdf"), vp, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("journal.pdf"), jn, header=(OFF, "Journal"), footer=(SEKR, "Sida {p} av {n}"), size=9.5, font="'DejaVu Sans'")
    return dict(
        case_id=cid, committee="Norrköping", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "chromium", "two-column"),
              ("beslut.pdf", "beslut", "chromium", "single-column"),
              ("uppdrag_mejl.pdf", "uppdragsbeskrivning (e-post)", "chromium", "e-mail print"),
              ("vardplan.pdf", "vardplan", "reportlab", "table Mål|Insats|Ansvarig|Tidpunkt"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "'Handläggarens slutsats' (two-column utredning) states needs and why Stensjö gård; also in the e-mail assignment",
                              [("utredning.pdf", ["Handläggarens slutsats är att HVB-vård"]), ("uppdrag_mejl.pdf", ["Vår bedömning av Daniels behov"])]),
            planning=("ja", "vårdplan table with goals, activities, responsible and dates",
                      [("vardplan.pdf", ["Hepatit C-utredning påbörjad"])]),
            follow_up=("ja", "journal 2015-05-20 'vi träffades ... för att se hur det gått' and 2015-06-24 återkoppling, with outcomes",
                       [("journal.pdf", ["för att se hur det gått", "Återkoppling från Lina"])]),
            assignment_description=("ja", "e-mail 2015-04-08 with all elements and signature with phone",
                                    [("uppdrag_mejl.pdf", ["Uppdragsbeskrivning D.F.", "När vistelsen avslutas"]), ("journal.pdf", ["Uppdragsbeskrivning mejlad till Stensjö"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ N2
def n2():
    cid = "norrkoping_2014-001877"; dnr = "2014-001877"
    utr = [
        ("title", "Förenklad utredning"),
        ("kv", [("Person", "Eva Lundmark, 19020128-2285"), ("Ärendenr", dnr), ("Handläggare", "Karin Sjöström"), ("Datum", "2014-11-10")]),
        ("h", "Ansökan"),
        ("p", "Eva ansöker om samtalsbehandling för sitt alkoholbruk. Hon har remitterats från Beroendemottagningen, där hon utreddes i oktober 2014."),
        ("h", "Uppgifter från Beroendemottagningen"),
        ("p", "Beroendemottagningens bedömning 2014-10-30: \"Alkoholberoende enligt DSM-IV, måttlig svårighetsgrad. Inga abstinenssymtom. Rekommenderar psykosocial behandling i kommunal öppenvård, t.ex. ÅP eller MET. Antabus erbjuds men pat avböjer.\""),
        ("h", "Evas situation"),
        ("p", "Eva bor med sin sambo i bostadsrätt i Lindö. Hon arbetar som administratör på heltid. Hon dricker vin flera kvällar i veckan, mer i perioder. Sambon har klagat. Enligt Eva själv är det \"inget katastrofläge men jag vill inte bli som min pappa\". Hon vill gå på Spiran eftersom det ligger nära jobbet."),
        ("h", "Bedömning"),
        ("p", "Någon bedömning har inte gjorts då Eva själv ansökt om öppenvård av begränsad omfattning och Beroendemottagningen redan gjort en bedömning."),
        ("h", "Förslag"),
        ("p", "Öppenvård Spiran enligt SoL 4 kap. 1 §, 2014-11-17 – 2015-05-31."),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Person", "Eva Lundmark"), ("Ärendenr", dnr), ("Beslut", "Bifall – öppenvård, Öppenvårdsenheten Spiran, SoL 4 kap. 1 §"), ("Period", "2014-11-17 – 2015-05-31"), ("Beslutsdatum", "2014-11-12"), ("Beslutsfattare", "Helena Fors")]),
    ]
    upp = [
        ("title", "Uppdrag till utförare"),
        ("p", "Vuxenenheten Beroende lämnar härmed följande uppdrag till Öppenvårdsenheten Spiran."),
        ("kv", [
            ("Person", "Eva Lundmark, 19020128-2285"),
            ("Beslut", "2014-11-12, öppenvård 2014-11-17 – 2015-05-31"),
            ("Uppdrag", "Återfallsprevention (ÅP) individuellt, 12–15 samtal, varannan vecka. Ett par samtal tillsammans med sambon om Eva vill."),
            ("Mål", "Eva dricker högst två glas vin två dagar i veckan senast 2015-02-28, och är alkoholfri på vardagar. Eva har verktyg för att hantera risksituationer."),
            ("Uppföljning", "Uppföljningsmöte med Eva, behandlare och handläggare efter ca 3 månader. Genomförandeplan skickas till handläggaren."),
            ("Handläggare", "Karin Sjöström, tel 011-15 40 19, karin.sjostrom@norrkoping.se"),
            ("Överlämnat", "Lämnat till Spiran (Jan Olsson) vid inskrivningssamtal 2014-11-17"),
        ], 0.28),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("p", "Öppenvårdsenheten Spiran, Norrköping. Klient: Eva Lundmark. Behandlare: Jan Olsson. Upprättad 2014-11-24 tillsammans med Eva."),
        ("p", "Eva vill dricka mindre och framför allt sluta dricka på vardagskvällar. Vi har kommit överens om att Eva från och med 2014-12-01 inte dricker alkohol måndag–torsdag, och att hon senast 2015-02-28 dricker högst två glas vin vid två tillfällen i veckan. Eva för dryckesdagbok som hon tar med till varje samtal. Jan Olsson ansvarar för samtalen, som följer ÅP-manualen och hålls varannan torsdag kl 16.30 med start 2014-12-04."),
        ("p", "Eva vill också att sambon ska förstå mer. Ett gemensamt samtal med sambon bokas i januari 2015 (Jan bokar, senast 2015-01-31). Eva ansvarar för att fråga sambon."),
        ("p", "PEth tas på Spiran 2014-12-04 och sedan en gång i månaden för att Eva ska kunna se sin förändring. Ansvarig SSK Maria Kvist."),
        ("p", "Planen stäms av med handläggaren vid uppföljningsmötet efter ca 3 månader (februari 2015)."),
        ("sig", ["Eva Lundmark                Jan Olsson, behandlare"]),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("small", "Person: Eva Lundmark 19020128-2285 | Ärende: " + dnr),
        ("jn", "2014-11-03", "Besök | Karin Sjöström", "Ansökan om öppenvård efter remiss från Beroendemottagningen. Förenklad utredning."),
        ("jn", "2014-11-12", "Beslut | Helena Fors", "Bifall öppenvård Spiran."),
        ("jn", "2014-11-17", "Möte | Karin Sjöström", "Inskrivningssamtal på Spiran med kl. och Jan Olsson. Uppdraget lämnat till Jan."),
        ("jn", "2014-12-01", "Inkommande", "GFP från Spiran inkommen (upprättad 2014-11-24)."),
        ("jn", "2015-02-19", "Telefon | Karin Sjöström", "Bokat uppföljningsmöte på Spiran 2015-03-05 kl 15.00 med kl. och Jan."),
        ("jn", "2015-03-04", "Telefon | Karin Sjöström", "Jan ringer, kl. sjuk. Mötet 5/3 inställt. Nytt datum ska bokas."),
        ("jn", "2015-04-20", "Handläggarbyte", "Karin Sjöström föräldraledig fr.o.m. 2015-04-20. Ärendet överlämnat till Emir Hadzic."),
        ("jn", "2015-05-29", "Beslut | Helena Fors", "Förlängning öppenvård Spiran t.o.m. 2015-11-30 efter muntlig begäran från Spiran."),
        ("jn", "2015-06-02", "Anteckning | Emir Hadzic", "Gått igenom akten. Ingen uppföljning har gjorts av insatsen sedan start pga inställt möte och handläggarbyte. Ska bokas efter semestrarna."),
        ("jn", "2015-09-14", "Anteckning | Emir Hadzic", "Uppföljning ännu ej bokad, hög arbetsbelastning. Prioriteras i oktober."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_rl(p("utredning.pdf"), utr, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("uppdrag.pdf"), upp, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_ps(p("genomforandeplan.pdf"), gfp, header=("OPPENVARDSENHETEN SPIRAN", "NORRKOPING"), footer=("", "Sida {p}({n})"))
        render_html(p("journal.pdf"), jn, header=(OFF, "Journal"), footer=(SEKR, "Sida {p} av {n}"), size=9.5, font="'DejaVu Sans'")
    return dict(
        case_id=cid, committee="Norrköping", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "reportlab", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdrag.pdf", "uppdragsbeskrivning", "reportlab", "form (table)"),
              ("genomforandeplan.pdf", "genomforandeplan", "ps2pdf-handwritten-ps", "free text, monospace"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("nej", "utredning states 'Någon bedömning har inte gjorts'; only Beroendemottagningen's bedömning quoted and the client's own words; decision without reasons", []),
            planning=("ja", "genomförandeplan in free text with dated goals, who and when",
                      [("genomforandeplan.pdf", ["från och med 2014-12-01 inte dricker alkohol"])]),
            follow_up=("nej", "follow-up booked 2015-03-05 and cancelled; journal 2015-06-02 'Ingen uppföljning har gjorts'", []),
            assignment_description=("delvis", "form with content, goals, follow-up, case officer and handover 2014-11-17, but no needs assessment and nothing on report-back",
                                    [("uppdrag.pdf", ["Uppdrag till utförare"]), ("journal.pdf", ["Uppdraget lämnat till Jan"])],
                                    "bcdfg"),
        ))

# ------------------------------------------------------------------ N3 never started
def n3():
    cid = "norrkoping_2015-000960"; dnr = "2015-000960"
    akt = [
        ("title", "Aktualisering"),
        ("kv", [("Person", "Patrik Öberg, 19010905-4470"), ("Ärendenr", dnr), ("Inkom", "2015-05-18"), ("Aktualiserad genom", "Anmälan från Vrinnevisjukhusets akutmottagning (SoL 14 kap. 1 §, med samtycke)"), ("Mottagen av", "Mottagningsgruppen, Sara Lind")]),
        ("h", "Anmälans innehåll"),
        ("p", "Patrik kom in till akuten natten till 2015-05-17 kraftigt berusad efter ett fall på stan, med skärsår i pannan. Han berättade för sjuksköterskan att han dricker varje helg och röker cannabis i veckorna och att han vill ha hjälp. Han samtyckte till att socialtjänsten kontaktas."),
        ("h", "Preliminär bedömning"),
        ("p", "Patrik ringd 2015-05-19, han vill komma på samtal. Preliminärt bedöms att Patrik kan behöva stöd från öppenvården. Ärendet lämnas till Vuxenenheten Beroende för utredning."),
    ]
    ub = [
        ("title", "Utredning och beslut – öppenvård"),
        ("kv", [("Person", "Patrik Öberg"), ("Ärendenr", dnr), ("Handläggare", "Karin Sjöström")]),
        ("h", "Utredning"),
        ("p", "Patrik har varit på två samtal (2015-06-02 och 2015-06-15). Han bor i hyresrätt i Hageby och är arbetssökande. Han dricker på helger, ofta mycket, och röker cannabis 3-4 dagar i veckan. DUDIT 18 p, AUDIT 17 p. Han har inga tidigare insatser. Han säger att han vill minska och att han går med på att gå på Spiran."),
        ("h", "Bedömning"),
        ("p", "Patrik bedöms vara i behov av öppenvård för sitt alkohol- och cannabisbruk."),
        ("h", "Beslut"),
        ("p", "Patrik Öberg beviljas öppenvård vid Öppenvårdsenheten Spiran enligt 4 kap. 1 § SoL under tiden 2015-06-29 – 2015-12-31."),
        ("kv", [("Beslutsdatum", "2015-06-22"), ("Beslutsfattare", "Helena Fors, gruppledare")]),
    ]
    mail = [
        ("raw_html", mailhead("Karin Sjöström", "Karin Sjöström", "den 23 juni 2015 08:52", "Spiran Öppenvård", "Ny klient – Patrik Ö, start v. 27")),
        ("p", "Hej,"),
        ("p", "Patrik Öberg är beviljad öppenvård hos er från 29/6 till årsskiftet."),
        ("p", "Uppdrag: samtal 1 gång/vecka (ÅP/MI) samt drogtester. Målet är att Patrik ska sluta med cannabis och minska sitt drickande till max en gång i månaden, och ha lämnat negativa prover i tre månader senast 2015-11-30."),
        ("p", "Kan ni skicka en kallelse till honom? Tack!"),
        ("p", "/Karin\nKarin Sjöström, socialsekreterare\nVuxenenheten Beroende\n011-15 40 19"),
    ]
    jn = [
        ("title", "Journal"),
        ("p", "Patrik Öberg  19010905-4470   Ärende " + dnr),
        ("jn", "2015-05-18", "Anmälan", "Anmälan från akuten. Se aktualisering."),
        ("jn", "2015-06-02", "Besök  KS", "Kl. på samtal. Berättar om fallet. Vill ha hjälp att minska."),
        ("jn", "2015-06-15", "Besök  KS", "Andra samtalet. AUDIT/DUDIT. Kl. accepterar Spiran."),
        ("jn", "2015-06-22", "Beslut  HF", "Öppenvård Spiran 29/6 - 31/12."),
        ("jn", "2015-06-23", "Mejl  KS", "Uppdrag mejlat till Spiran."),
        ("jn", "2015-06-30", "Tel  KS", "Spiran meddelar att kl. uteblev från första tiden 29/6. Ny kallelse skickad."),
        ("jn", "2015-07-07", "Tel  KS", "Kl. uteblev igen 6/7. Handl. söker kl. på mobilen, inget svar. Sms skickat."),
        ("jn", "2015-07-15", "Tel  KS", "Kl. ringer upp. Han har fått jobb på ett lager i Händelö och säger att han inte har tid att gå på Spiran och att han inte längre vill ha någon insats. Han har inte druckit sen midsommar enl. egen uppgift. Handl. informerar om att han kan höra av sig igen."),
        ("jn", "2015-07-20", "Avslut  KS", "Insatsen har aldrig påbörjats, kl har tackat nej. Spiran informerad. Ärendet avslutas."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_html(p("aktualisering.pdf"), akt, header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=10, font="'DejaVu Sans'")
        render_rl(p("utredning_och_beslut.pdf"), ub, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("mejl_spiran.pdf"), mail, header=("", ""), footer=("", ""), extra_css=MAILCSS)
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, dnr), footer=("", "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Norrköping", diarienummer=dnr, scenario="declined", build=build,
        docs=[("aktualisering.pdf", "aktualisering", "chromium", "single-column with form table"),
              ("utredning_och_beslut.pdf", "utredning och beslut", "reportlab", "single-column with form tables"),
              ("mejl_spiran.pdf", "uppdragsbeskrivning (e-post)", "chromium", "e-mail print"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("delvis", "only a conclusion ('bedöms vara i behov av öppenvård') and a preliminary assessment at intake, never completed",
                              [("aktualisering.pdf", ["Preliminärt bedöms att Patrik"]), ("utredning_och_beslut.pdf", ["Patrik bedöms vara i behov av öppenvård"])]),
            planning=("ej_tillämpligt", "the client never started (missed first appointments) and then declined the intervention", []),
            follow_up=("ej_tillämpligt", "intervention never started; client declined 2015-07-15", []),
            assignment_description=("delvis", "short e-mail 2015-06-23 with content, goals and case officer's phone; no needs assessment, no follow-up, no report-back",
                                    [("mejl_spiran.pdf", ["Ny klient – Patrik"]), ("journal.pdf", ["Uppdrag mejlat till Spiran"])],
                                    "bcfg"),
        ))

# ------------------------------------------------------------------ N4
def n4():
    cid = "norrkoping_2015-000134"; dnr = "2015-000134"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Person", "Mattias Kroon, 19000812-3351"), ("Ärendenr", dnr), ("Handläggare", "Karin Sjöström"), ("Inledd", "2015-01-12")]),
        ("h", "Bakgrund"),
        ("p", "Mattias aktualiserades genom egen ansökan 2015-01-12. Han har använt alkohol och amfetamin sedan tonåren, med perioder av nykterhet. Han var på behandlingshem 2011 och var sedan drogfri i två år. Återfall 2013 i samband med att hans förhållande tog slut."),
        ("h", "Nuläge"),
        ("p", "Mattias bor i andrahandslägenhet i Navestad som han riskerar att förlora. Han har arbetat som målare men är sedan i höstas arbetslös. Han dricker dagligen och använder amfetamin på helger. AUDIT 30 p, DUDIT 24 p. Han har haft psykotiska symtom i samband med amfetaminbruk i december och vårdades då på psykiatrin i tre dygn."),
        ("h", "Mattias egen uppfattning"),
        ("p", "Mattias vill tillbaka till hur det var när han var drogfri. Han tror inte att han klarar det hemma, \"alla jag känner här håller på\". Han vill till Rosenlunds behandlingshem."),
        ("h", "Bedömning"),
        ("p", "Mattias har ett blandmissbruk av alkohol och amfetamin som har eskalerat det senaste året och lett till psykotiska symtom och förlorat arbete. Han har tidigare visat att han kan vara drogfri efter behandling i skyddad miljö. Han saknar drogfritt nätverk på hemorten. Mattias behov bedöms vara en period av behandling på behandlingshem med inriktning på både alkohol och amfetamin, med tillgång till psykiatrisk kompetens, följt av eftervård på hemorten. Rosenlunds behandlingshem har den inriktningen och samarbete med psykiatrin. Vård på Rosenlund under ca 13 veckor bedöms därför ge Mattias förutsättningar att bli drogfri."),
        ("h", "Förslag"),
        ("p", "Institutionsvård Rosenlunds behandlingshem, SoL 4 kap. 1 §, 2015-02-16 – 2015-05-15."),
        ("sig", ["Karin Sjöström, 2015-02-09"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Person", "Mattias Kroon"), ("Ärendenr", dnr), ("Beslutsdatum", "2015-02-11"), ("Beslut", "Bifall, vård vid Rosenlunds behandlingshem enl. SoL 4 kap. 1 §, 2015-02-16 – 2015-05-15"), ("Motivering", "Se utredningens bedömning"), ("Beslutsfattare", "Helena Fors")]),
    ]
    upp = [
        ("title", "Uppdragsbeskrivning"),
        ("small", "Socialnämnden i Norrköping – uppdrag enligt SOSFS 2014:5"),
        ("kv", [
            ("Person", "Mattias Kroon, 19000812-3351"),
            ("Utförare", "Rosenlunds behandlingshem, kontaktperson Per-Olof Sand, 0122-300 10"),
            ("Beslut", "2015-02-11; vård 2015-02-16 – 2015-05-15"),
            ("Nämndens bedömning av behov", "Blandmissbruk alkohol och amfetamin som eskalerat, med amfetaminutlösta psykotiska symtom. Mattias behöver behandling i skyddad miljö med inriktning på båda substanserna och tillgång till psykiatrisk kompetens, följt av eftervård."),
            ("Uppdragets innehåll", "Behandling enligt Rosenlunds program, drogtester, samverkan med psykiatrin vid behov, planering av eftervård och boende."),
            ("Mål", "Mattias är drogfri under vistelsen. Han har ett eget förstahandskontrakt eller boendelösning klar före utskrivning. Han har en eftervårdsplan."),
            ("Uppföljning", "Genomförandeplan inom tre veckor. Uppföljningssamtal på Rosenlund efter ca 6 veckor med Mattias, kontaktperson och handläggare."),
            ("Återrapportering vid avslut", "Slutrapport med måluppfyllelse, testresultat och rekommendation för eftervård inom två veckor efter utskrivning."),
            ("Handläggare", "Karin Sjöström, socialsekreterare, 011-15 40 19, karin.sjostrom@norrkoping.se"),
            ("Överlämnad", "2015-02-12 per post och fax till Rosenlund"),
        ]),
    ]
    vp_p1 = [
        ("title", "Vårdplan"),
        ("kv", [("Person", "Mattias Kroon"), ("Ärendenr", dnr), ("Insats", "Rosenlunds behandlingshem"), ("Datum", "2015-02-13")]),
        ("p", "Vårdplanen är upprättad tillsammans med Mattias. Målen och insatserna framgår av tabellen på nästa sida."),
    ]
    vp_p2 = [
        ("h", "Mål och insatser"),
        ("table", [["Område", "Mål", "Insats", "Ansvarig", "Tidpunkt"],
                   ["Missbruk", "Drogfrihet", "Behandling", "", ""],
                   ["Hälsa", "Må bättre psykiskt", "Kontakt psykiatri vid behov", "", ""],
                   ["Boende", "Ordnat boende", "Söka lägenhet", "", ""],
                   ["Sysselsättning", "Arbete", "", "", ""]],
         [0.16, 0.22, 0.3, 0.16, 0.16]),
        ("p", "Underskrift Mattias Kroon ............................    Karin Sjöström ............................"),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "Mattias Kroon 19000812-3351     Ärende " + dnr),
        ("jn", "2015-01-12", "Besök  Karin Sjöström", "Egen ansökan om behandlingshem."),
        ("jn", "2015-01-21", "Besök  Karin Sjöström", "Utredningssamtal, AUDIT/DUDIT gjorda. Kl. har ångest inför behandlinge."),
        ("jn", "2015-02-11", "Beslut  Helena Fors", "Bifall Rosenlund."),
        ("jn", "2015-02-12", "Post/fax  Karin Sjöström", "Uppdragsbeskrivning skickad till Rosenlund per post och fax."),
        ("jn", "2015-02-13", "Besök  Karin Sjöström", "Vårdplan upprättad."),
        ("jn", "2015-02-16", "Inskrivning", "Kl. inskriven på Rosenlund."),
        ("jn", "2015-03-09", "Inkommande", "GFP från Rosenlund."),
        ("jn", "2015-04-01", "Uppföljningssamtal  Karin Sjöström", "Uppföljningssamtal på Rosenlund med kl. och kontaktperson Per-Olof Sand. Kl. har varit drogfri sedan inskrivning, ett positivt alkoholtest efter permission 2015-03-21 som han själv berättade om. Inga psykotiska symtom. Kl. har varit på lägenhetsvisning i Norrköping via bostadsförmedlingen. Han är orolig för tiden efter utskrivningen. Överenskommet: förlängning diskuteras inte, eftervård på Spiran planeras, kl. ansöker om försörjningsstöd för maj."),
        ("jn", "2015-05-15", "Utskrivning", "Kl. utskriven. Flyttar till lägenhet på Hageby (förstahand fr.o.m. 1/6), bor hos sin bror till dess."),
        ("jn", "2015-05-28", "Inkommande", "Slutrapport från Rosenlund: kl. har fullföljt, rekommenderar eftervård och fortsatt drogtestning."),
        ("jn", "2015-06-10", "Telefon  Karin Sjöström", "Kl. har börjat eftervård på Spiran. Mår bra enl. egen uppgift."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_rl(p("utredning.pdf"), utr, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("uppdragsbeskrivning.pdf"), upp, header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5, font="'DejaVu Sans'")
        render_rl(p("vardplan.pdf"), [], sections=[("portrait", vp_p1), ("rotated", vp_p2)], font="Helvetica", header=(OFF, "Ärendenr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, dnr), footer=(SEKR, "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Norrköping", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "reportlab", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", "chromium", "form (table)"),
              ("vardplan.pdf", "vardplan", "reportlab", "page 2 is a table on a page with /Rotate 90"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("ja", "utredning 'Bedömning' with needs and why Rosenlund; repeated in the assignment",
                              [("utredning.pdf", ["Mattias behov bedöms vara en period"]), ("uppdragsbeskrivning.pdf", ["Nämndens bedömning av behov"])]),
            planning=("delvis", "vårdplan with vague goals ('Drogfrihet', 'Må bättre') and empty Ansvarig/Tidpunkt columns (rotated page)",
                      [("vardplan.pdf", ["Vårdplanen är upprättad tillsammans med Mattias", "Må bättre psykiskt"])]),
            follow_up=("ja", "journal 2015-04-01 uppföljningssamtal at Rosenlund with outcome",
                       [("journal.pdf", ["Uppföljningssamtal på Rosenlund"])]),
            assignment_description=("ja", "form with all elements, sent 2015-02-12 per post and fax",
                                    [("uppdragsbeskrivning.pdf", ["Uppdragets innehåll"]), ("journal.pdf", ["Uppdragsbeskrivning skickad till Rosenlund"])],
                                    "abcdefg"),
        ))

CASES = [n1, n2, n3, n4]
