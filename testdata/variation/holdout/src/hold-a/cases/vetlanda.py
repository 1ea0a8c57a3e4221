# -*- coding: utf-8 -*-
"""Vetlanda: Socialförvaltningen, IFO Vuxen."""
import os
from lib import render_rl, render_html, render_ps, render_groff, scan, unite, TMP

OFF = "Vetlanda kommun, Socialförvaltningen, IFO Vuxen"
OFF_OLD = "VETLANDA KOMMUN  SOCIALFORVALTNINGEN  IFO VUXEN"
SEKR = "Sekretess OSL 26:1"

# ------------------------------------------------------------------ Ve1
def ve1():
    cid = "vetlanda_SOC-15-0093"; dnr = "SOC 15/0093"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Stefan Ljung, 19010318-2954"), ("Dnr", dnr), ("Handläggare", "Ulrika Johansson"), ("Utredningstid", "2015-01-26 – 2015-02-24")]),
        ("h", "Aktualisering"),
        ("p", "Stefan ansökte om behandlingshem 2015-01-26 efter att ha blivit uppsagd från sin anställning på grund av alkoholen. Hans sambo hade dessförinnan ringt och berättat om sin oro."),
        ("h", "Familj och boende"),
        ("p", "Stefan bor med sin sambo i hennes hus i Ekenässjön. De har inga gemensamma barn, sambon har en son som bor hemma. Sambon har sagt att Stefan måste flytta om han inte slutar dricka."),
        ("h", "Missbruk"),
        ("p", "Stefan har druckit i många år men det har ökat kraftigt de två senaste åren. Han dricker sprit dagligen, ofta redan på förmiddagen. Han har gått i öppenvård på Bryggan 2013 och 2014 utan att bli nykter längre perioder än två veckor. Han avgiftades på Beroendeavdelningen i Jönköping i januari 2015. AUDIT 32 p."),
        ("h", "Hälsa"),
        ("p", "Stefan har högt blodtryck och förhöjda levervärden. Han har depressiva perioder men ingen psykiatrisk kontakt."),
        ("h", "Arbete och ekonomi"),
        ("p", "Stefan var anställd som lagerarbetare. Han har a-kassa. Inga skulder."),
        ("h", "Stefans egen uppfattning"),
        ("p", "Stefan säger att han har förstått att han inte klarar det hemma. Han vill komma till Ängsgården som han hört gott om."),
        ("h", "Bedömning"),
        ("p", "Stefan har ett svårt alkoholberoende med daglig konsumtion, förhöjda levervärden och depressiva perioder. Två perioder av öppenvård har inte lett till varaktig nykterhet. Han riskerar att förlora sitt boende och sin relation. Stefan behöver behandling i en skyddad miljö under en längre period, där han kan få hjälp att bryta drickandet och samtidigt få sin nedstämdhet utredd. Ängsgårdens HVB har tolvstegsbehandling, sjuksköterska och samarbete med psykiatrin i Eksjö samt ett anhörigprogram som sambon kan delta i. Vård på Ängsgården under ca 13 veckor bedöms därför vara den insats som bäst tillgodoser Stefans behov."),
        ("h", "Förslag"),
        ("p", "Institutionsvård på Ängsgårdens HVB, SoL 4 kap. 1 §, 2015-03-09 – 2015-06-05."),
        ("sig", ["Ulrika Johansson, socialsekreterare, 2015-02-24"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Klient", "Stefan Ljung"), ("Personnr", "19010318-2954"), ("Dnr", dnr), ("Beslutsdatum", "2015-02-26")]),
        ("p", "Stefan Ljung beviljas institutionsvård på Ängsgårdens HVB enligt SoL 4 kap. 1 § under perioden 2015-03-09 - 2015-06-05."),
        ("p", "Motivering: se utredningens bedömning."),
        ("sig", ["Gunilla Persson", "Enhetschef IFO"]),
        ("p", "Besvärshänvisning: Beslutet kan överklagas hos Förvaltningsrätten i Jönköping inom tre veckor."),
    ]
    upp = [
        ("title", "UPPDRAGSBESKRIVNING"),
        ("small", "Vetlanda kommun – Socialförvaltningen – IFO Vuxen"),
        ("kv", [
            ("Klient", "Stefan Ljung, 19010318-2954"),
            ("Utförare", "Ängsgårdens HVB, föreståndare Anna-Karin Wik, 0380-455 60"),
            ("Beslut", "2015-02-26, SoL 4 kap. 1 §, 2015-03-09 – 2015-06-05"),
            ("Nämndens bedömning av behov", "Svårt alkoholberoende, förhöjda levervärden och depressiva perioder. Öppenvård 2013 och 2014 har inte gett varaktig nykterhet. Stefan behöver behandling i skyddad miljö och utredning av nedstämdheten. Risk att förlora boende och relation."),
            ("Uppdraget omfattar", "Tolvstegsbehandling, medicinsk uppföljning av SSK, kontakt med psykiatrin i Eksjö för bedömning av depression, anhörigprogram för sambon, planering av eftervård på Bryggan."),
            ("Mål", "1) Stefan är nykter under vistelsen. 2) Depressionen är bedömd av psykiatrin före 2015-05-15. 3) Sambon har deltagit i anhörigprogrammet. 4) Eftervårdsplan klar före utskrivning."),
            ("Uppföljning", "Genomförandeplan inom 3 veckor, kopia till handläggaren. Handläggaren besöker Ängsgården efter ca 6 veckor. Telefonkontakt vid behov, omedelbart vid avbrott."),
            ("Återrapportering", "Slutrapport inom 14 dagar efter utskrivning: måluppfyllelse, prover, psykiatrins bedömning, rekommendationer."),
            ("Handläggare", "Ulrika Johansson, tel 0383-973 45, ulrika.johansson@vetlanda.se"),
            ("Överlämnad", "Överlämnad till Ängsgården 2015-03-04 (post, kopia fax)  /UJ"),
        ], 0.28),
        ("p", "Vetlanda 2015-03-04      __Ulrika Johansson__"),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("p", "**Klient:** Stefan Ljung   **Dnr:** " + dnr + "   **Placering:** Ängsgårdens HVB 2015-03-09 – 2015-06-05   **Upprättad:** 2015-03-05 av Stefan och Ulrika Johansson, sambon Lena deltog"),
        ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt", "Hur vet vi att målet är nått?"],
                   ["Stefan är nykter under hela vistelsen", "Tolvstegsprogram, utandningsprov dagligen, PEth varje månad", "Ängsgården, Stefan", "2015-03-09 – 2015-06-05", "Alla prover negativa"],
                   ["Depression bedömd", "Remiss till psykiatrin Eksjö", "SSK Ängsgården", "Remiss senast 2015-03-31, bedömning före 2015-05-15", "Läkarbedömning finns"],
                   ["Sambon delaktig", "Anhörigprogram (3 helger)", "Ängsgården, Lena", "April–maj 2015", "Lena har deltagit minst 2 helger"],
                   ["Eftervård planerad", "Trepartsmöte med Bryggan", "Ulrika Johansson", "Senast 2015-05-29", "Tid bokad på Bryggan"],
                   ["Sysselsättning efter vistelsen", "Kontakt med AF, jobbsökarplan", "Stefan med stöd av behandlare", "Maj 2015", "Inskriven hos AF"]],
         [0.2, 0.24, 0.16, 0.2, 0.2]),
        ("p", "Uppföljning: besök på Ängsgården ca vecka 16–17 (handläggare). Vårdplanen revideras då om det behövs."),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "Stefan Ljung, 19010318-2954   " + dnr + "   Handläggare Ulrika Johansson (UJ)"),
        ("jn", "2015-01-22", "Tel. sambo", "Sambon Lena ringer, orolig. Stefan har blivit uppsagd. Info om att Stefan själv kan ansöka."),
        ("jn", "2015-01-26", "Besök UJ", "Kl. ansöker om behandlingshem. Samtycke."),
        ("jn", "2015-02-10", "Tel. UJ", "Tel. Bryggan om tidigare kontackt."),
        ("jn", "2015-02-26", "Beslut GP", "Bifall Ängsgården."),
        ("jn", "2015-03-04", "Uppdrag UJ", "Uppdragsbeskrivning skickad till Ängsgården med post, kopia faxad."),
        ("jn", "2015-03-05", "Besök UJ", "Vårdplan upprättad med kl. och sambon."),
        ("jn", "2015-03-09", "Inskrivning", "Kl. inskriven på Ängsgården."),
        ("jn", "2015-03-30", "Inkommande", "GFP från Ängsgården."),
        ("jn", "2015-04-16", "Besök Ängsgården UJ", "Handl. besökte Ängsgården och träffade kl. och behandlare Roger Nyman för genomgång av vårdplanen. Kl. nykter sedan inskrivningen, alla prover neg. Remiss till psykiatrin skickad 2015-03-20, tid 2015-04-28. Lena har varit på en anhörighelg. Kl. säger att han sover bättre och att han har \"börjat tänka klart\". Mål 1 och 3 på väg att uppfyllas, mål 2 och 4 återstår. Ingen ändring av vårdplanen."),
        ("jn", "2015-05-20", "Trepartsmöte UJ", "Möte med kl., Roger Nyman och Bryggan. Eftervård på Bryggan från 2015-06-08 bokad. Psykiatrin har bedömt lätt depression, behandlas med samtal. Kl. fortsatt nykter."),
        ("jn", "2015-06-05", "Utskrivning", "Kl. utskriven enligt plan."),
        ("jn", "2015-06-15", "Inkommande", "Slutrapport från Ängsgården. Samtliga mål uppfyllda."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_html(p("utredning.pdf"), utr, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=10, font="'Liberation Serif'")
        render_ps(p("beslut.pdf"), beslut, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
        t = os.path.join(TMP, cid + "_upp.pdf")
        render_rl(t, upp, font="Helvetica", size=9, header=("Vetlanda kommun", "Dnr " + dnr), footer=None)
        scan(t, p("uppdragsbeskrivning_scannad.pdf"), seed=93, skew=0.6)
        render_html(p("vardplan.pdf"), vp, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), land=True, size=9.5)
        render_rl(p("journal.pdf"), jn, font="Helvetica", size=9.5, header=(OFF, "Journal " + dnr), footer=(SEKR, "Sida {p} av {n}"))
    return dict(
        case_id=cid, committee="Vetlanda", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "chromium", "single-column with headings"),
              ("beslut.pdf", "beslut", "ps2pdf-handwritten-ps", "single-column, monospace"),
              ("uppdragsbeskrivning_scannad.pdf", "uppdragsbeskrivning", "scan-img2pdf (reportlab original)", "scanned form page"),
              ("vardplan.pdf", "vardplan", "chromium", "landscape table"),
              ("journal.pdf", "journal", "reportlab", "journal")],
        criteria=dict(
            needs_assessment=("ja", "utredning 'Bedömning' states needs and why Ängsgården; also in the scanned assignment",
                              [("utredning.pdf", ["Stefan har ett svårt alkoholberoende med daglig"]), ("uppdragsbeskrivning_scannad.pdf", [1])]),
            planning=("ja", "landscape vårdplan table with goals, activities, responsible, dates and measures",
                      [("vardplan.pdf", ["Stefan är nykter under hela vistelsen"])]),
            follow_up=("ja", "journal 2015-04-16 visit at Ängsgården with goal-by-goal outcome; 2015-05-20 trepartsmöte",
                       [("journal.pdf", ["Handl. besökte Ängsgården", "Psykiatrin har bedömt lätt depression"])]),
            assignment_description=("ja", "scanned form with all elements, handed over 2015-03-04 (on the form and in journal)",
                                    [("uppdragsbeskrivning_scannad.pdf", [1]), ("journal.pdf", ["Uppdragsbeskrivning skickad till Ängsgården"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ Ve2
def ve2():
    cid = "vetlanda_SOC-14-0211"; dnr = "SOC 14/0211"
    utr = [
        ("title", "Utredning SoL"),
        ("kv", [("Klient", "Malin Åkesson"), ("Personnr", "19020707-3024"), ("Dnr", dnr), ("Handl", "Tomas Eklund")]),
        ("p", "Malin ansökte 2014-04-07 om hjälp med sitt bruk av lugnande tabletter och alkohol. Hon har fått Sobril och Stesolid utskrivet av olika läkare under flera år och dricker dessutom vin på kvällarna. Hon bor med sina två barn i lägenhet i Vetlanda centrum. Barnens pappa bor i Sävsjö. Malin arbetar deltid i hemtjänsten men är sjukskriven sedan februari."),
        ("p", "Vårdcentralen har meddelat att man inte längre skriver ut bensodiazepiner till Malin och att man vill ha en nedtrappning i samarbete med socialtjänstens öppenvård. Malin berättar att hon har svårt att sova och har ångest när hon inte tar tabletterna. Hon säger att hon vill sluta men är rädd."),
        ("p", "Malin har haft kontakt med Arbetsförmedlingen, vars uppdrag är att hjälpa henne tillbaka till arbete efter sjukskrivningen. Försäkringskassan har kallat till avstämningsmöte i juni."),
        ("p", "Bedömning: Malin bedöms ha behov av öppenvårdsbehandling på Bryggan."),
        ("p", "Förslag till beslut: Öppenvård Bryggan enl. SoL 4:1, 2014-05-12 - 2014-11-30."),
        ("sig", ["Tomas Eklund, socialsekreterare, 2014-05-02"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn", "Malin Åkesson"), ("Dnr", dnr), ("Beslutsdatum", "2014-05-06"), ("Beslut", "Bifall öppenvård, Öppenvårdsteamet Bryggan"), ("Lagrum", "SoL 4 kap. 1 §"), ("Period", "2014-05-12 – 2014-11-30"), ("Beslutsfattare", "Gunilla Persson")]),
        ("small", "Kopia: Öppenvårdsteamet Bryggan"),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("lp", "Klient:", "Malin Åkesson"),
        ("lp", "Utförare:", "Öppenvårdsteamet Bryggan, behandlare Anna Lindström"),
        ("lp", "Datum:", "2014-05-26"),
        ("kv", [("Mål", ""), ("Malins önskemål", "Sluta med tabletterna, sova bättre, orka med barnen.")]),
        ("h", "Insatser"),
        ("bul", ["Nedtrappning av bensodiazepiner enligt schema från VC-läkaren, start 2014-06-02. Ansvarig: SSK Bryggan och VC.",
                 "Individuella samtal varje vecka, tisdagar kl 9, från 2014-05-27. Ansvarig: Anna Lindström.",
                 "Sömnskola i grupp, 6 tillfällen, hösten 2014 (start 2014-09-03). Ansvarig: Bryggan.",
                 "Urinprov varannan vecka."]),
        ("p", "Planen följs upp i oktober."),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("small", "Malin Åkesson · " + dnr + " · IFO Vuxen Vetlanda"),
        ("jn", "2014-04-07", "Besök – Tomas Eklund", "Kl. ansöker om hjälp med tabletter och alkohol. Samtycke till kontakt med VC och Bryggan."),
        ("jn", "2014-04-15", "Tel. – Tomas Eklund", "VC-läkaren vill ha nedtrappning i samarbete med öppenvård."),
        ("jn", "2014-05-06", "Beslut – Gunilla Persson", "Bifall öppenvård Bryggan."),
        ("jn", "2014-05-07", "Info – Tomas Eklund", "Bryggan har fått kopia av beslutet. Anna Lindström kallar kl."),
        ("jn", "2014-05-28", "Inkommande", "GFP från Bryggan."),
        ("jn", "2014-07-03", "Tel. – Tomas Eklund", "Ringde Anna Lindström på Bryggan för att höra hur det går för kl. Nedtrappningen har gått enligt schemat, kl. är nu på halva dosen. Hon har kommit på alla samtal utom ett. Hon har druckit vin vid två tillfällen i juni, berättar själv om det. Sover fortfarande dåligt. Anna tycker att det går åt rätt håll."),
        ("jn", "2014-10-21", "Uppföljningsmöte – Tomas Eklund", "Uppföljningsmöte på Bryggan med kl. och Anna. Kl. helt fri från bensodiazepiner sedan 2014-09-15 (prover negativa). Dricker inte alls enl. egen uppgift. Har gått sömnskolan och sover bättre. Har börjat arbeta 25 % igen. Kl. vill fortsätta med samtal en tid till. Ansökan om förlängning."),
        ("jn", "2014-11-25", "Beslut – Gunilla Persson", "Förlängning t.o.m. 2015-05-31."),
        ("jn", "2015-05-29", "Avslut – Tomas Eklund", "Kl. avslutar på Bryggan enligt överenskommelse. Ärendet avslutas."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_ps(p("utredning.pdf"), utr, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_groff(p("genomforandeplan.pdf"), gfp, header=("Öppenvårdsteamet Bryggan, Vetlanda", ""), footer=("", "Sida %"), family="H", size=10)
        render_html(p("journal.pdf"), jn, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Vetlanda", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "ps2pdf-handwritten-ps", "narrative, monospace"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("genomforandeplan.pdf", "genomforandeplan", "groff-ps2pdf", "form table + bullet list"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("delvis", "only a conclusion 'Malin bedöms ha behov av öppenvårdsbehandling på Bryggan'",
                              [("utredning.pdf", ["Malin bedöms ha behov av öppenvårdsbehandling"])]),
            planning=("delvis", "genomförandeplan with dated activities and responsible, but the goal field is empty",
                      [("genomforandeplan.pdf", ["Nedtrappning av bensodiazepiner enligt schema"])]),
            follow_up=("ja", "journal 2014-07-03 phone call 'för att höra hur det går' and 2014-10-21 uppföljningsmöte, with outcomes",
                       [("journal.pdf", ["för att höra hur det går", "Uppföljningsmöte på Bryggan med kl. och Anna"])]),
            assignment_description=("nej", "no written assignment; Bryggan only received a copy of the decision; 'Arbetsförmedlingens uppdrag' is a trap", [], ""),
        ))

# ------------------------------------------------------------------ Ve3
def ve3():
    cid = "vetlanda_SOC-15-0140"; dnr = "SOC 15/0140"
    utr = [
        ("title", "Utredning – ansökan om öppenvård"),
        ("kv", [("Klient", "Alexander Ruuth, 19020219-5536"), ("Dnr", dnr), ("Handläggare", "Tomas Eklund"), ("Tid", "2015-03-02 – 2015-03-25")]),
        ("h", "Bakgrund"),
        ("p", "Alexander kom i kontakt med socialtjänsten genom en orosanmälan från Arbetsförmedlingen 2015-02-20, som märkt att han kommit påverkad till ett möte. Han ansökte därefter själv om stöd 2015-03-02."),
        ("h", "Situation"),
        ("p", "Alexander bor i en studentlägenhet i Vetlanda och är inskriven på Arbetsförmedlingen i jobbgarantin för unga. Han röker cannabis dagligen sedan ett år, tidigare på helger. Han har inga skulder men har svårt att få pengarna att räcka. Han har kontakt med sina föräldrar i Holsbybrunn. Han har inga psykiska diagnoser men beskriver nedstämdhet. DUDIT 20 p."),
        ("h", "Alexanders synpunkter"),
        ("p", "Alexander vill sluta röka för att kunna få ett jobb och körkort. Han vill gå på Bryggan men inte i grupp."),
        ("h", "Analys och slutsats"),
        ("p", "Alexander har ett dagligt cannabisbruk som påverkar hans möjligheter till arbete och hans ekonomi, och som han själv vill bryta. Han har bostad, kontakt med föräldrarna och en pågående planering hos Arbetsförmedlingen, vilket är skyddsfaktorer. Det han saknar är verktyg för att hantera suget och ett stöd som följer upp drogfriheten. Socialtjänstens slutsats är att individuell behandling enligt Cannabisprogrammet på Bryggan, med regelbundna urinprov och samverkan med Arbetsförmedlingen, ger Alexander möjlighet att bli drogfri och komma vidare mot arbete."),
        ("h", "Förslag"),
        ("p", "Öppenvård Bryggan SoL 4 kap. 1 § 2015-04-07 – 2015-10-31."),
        ("sig", ["Tomas Eklund"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Namn", "Alexander Ruuth"), ("Dnr", dnr), ("Datum", "2015-03-27"), ("Beslut", "Bifall – öppenvård Öppenvårdsteamet Bryggan 2015-04-07 – 2015-10-31, SoL 4 kap. 1 §"), ("Beslutsfattare", "Gunilla Persson")]),
    ]
    brev = [
        ("p", "Öppenvårdsteamet Bryggan\nAtt. Anna Lindström"),
        ("p", "Vetlanda 2015-04-01"),
        ("title", "Uppdragsbeskrivning"),
        ("p", "Gällande: Alexander Ruuth, 19020219-5536. Beslut 2015-03-27 om öppenvård enligt SoL 4 kap. 1 §, perioden 2015-04-07 – 2015-10-31."),
        ("hs", "Nämndens bedömning"),
        ("p", "Alexander har ett dagligt cannabisbruk som försvårar arbete och ekonomi. Han har bostad, stöd av föräldrarna och pågående planering hos AF. Han behöver verktyg för att hantera suget och ett stöd som följer upp drogfriheten."),
        ("hs", "Uppdrag"),
        ("p", "Individuell behandling enligt Cannabisprogrammet (ca 12 samtal), urinprov en gång per vecka, samverkan med Arbetsförmedlingen."),
        ("hs", "Mål"),
        ("p", "Alexander är drogfri (negativa prover) från 2015-06-01. Han har påbörjat praktik eller arbete senast 2015-09-30."),
        ("hs", "Uppföljning"),
        ("p", "Genomförandeplan inom tre veckor till handläggaren. Avstämning med Alexander, behandlare och handläggare efter ca tre månader, samt vid avslut."),
        ("hs", "Vid avslut"),
        ("p", "Bryggan skickar en skriftlig sammanfattning om måluppfyllelse, provresultat och eventuella fortsatta behov."),
        ("hs", "Handläggare"),
        ("p", "Tomas Eklund, IFO Vuxen, tel 0383-973 52, tomas.eklund@vetlanda.se"),
        ("p", "Överlämnas via internpost 2015-04-01."),
        ("sig", ["Tomas Eklund, socialsekreterare"]),
    ]
    gfp = [
        ("title", "Genomförandeplan – Bryggan"),
        ("p", "Klient: Alexander Ruuth. Behandlare: Anna Lindström. Datum: 2015-04-20. Planen är gjord tillsammans med Alexander."),
        ("table", [["Mål", "Insats", "Vem", "När"],
                   ["Drogfri från cannabis", "Cannabisprogrammet, 12 samtal", "Anna Lindström", "Torsdagar kl 14, 2015-04-23 – 2015-07-09"],
                   ["Negativa prover", "Urinprov varje måndag", "Alexander / SSK", "Från 2015-04-27, negativa fr.o.m. 2015-06-01"],
                   ["Praktik eller arbete", "Trepartsmöte med AF", "Alexander, Anna, AF-handläggare", "Möte i maj, praktik senast 2015-09-30"],
                   ["Bättre ekonomi", "Budgetgenomgång med budgetrådgivare", "Alexander", "Juni 2015"]], [0.24, 0.28, 0.22, 0.26]),
    ]
    jn = [
        ("title", "Journal"),
        ("p", "Alexander Ruuth  19020219-5536  " + dnr),
        ("jn", "2015-02-20", "Orosanmälan", "Orosanmälan från AF inkommen."),
        ("jn", "2015-03-02", "Besök  TE", "Kl. ansöker om öppenvård för cannabis."),
        ("jn", "2015-03-27", "Beslut  GP", "Bifall öppenvård Bryggan."),
        ("jn", "2015-04-01", "Uppdrag  TE", "Uppdragsbeskrivning skickad till Bryggan via internposten."),
        ("jn", "2015-04-22", "Inkommande", "GFP från Bryggan."),
        ("jn", "2015-07-01", "Avstamning  TE", "Avstämning gjord med Bryggan."),
        ("jn", "2015-08-18", "Tel  TE", "Kl ringer angånde ansökan om ek. bistånd för augusti. Hänvisas till ekonomiskt bistånd."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_groff(p("utredning.pdf"), utr, header=("Vetlanda kommun  Socialförvaltningen  IFO Vuxen", "Dnr " + dnr), footer=(SEKR, "Sida %"), family="T", size=11)
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_rl(p("uppdragsbeskrivning.pdf"), brev, font="Times-Roman", size=11, header=("Vetlanda kommun · Socialförvaltningen · IFO Vuxen", ""), footer=("574 80 Vetlanda · Växel 0383-970 00", "Sida {p} av {n}"))
        render_rl(p("genomforandeplan.pdf"), gfp, font="Helvetica", header=("Öppenvårdsteamet Bryggan", ""), footer=("", "Sida {p} av {n}"))
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Vetlanda", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "groff-ps2pdf", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", "reportlab", "letter"),
              ("genomforandeplan.pdf", "genomforandeplan", "reportlab", "table Mål|Insats|Vem|När"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("ja", "'Analys och slutsats' states needs and why Bryggan (no 'behov'); also in the assignment letter",
                              [("utredning.pdf", ["Socialtjänstens slutsats är att individuell"]), ("uppdragsbeskrivning.pdf", ["Nämndens bedömning"])]),
            planning=("ja", "genomförandeplan table with goals, who and dates",
                      [("genomforandeplan.pdf", ["Drogfri från cannabis"])]),
            follow_up=("delvis", "journal 2015-07-01 'Avstämning gjord med Bryggan' – dated, but no outcome recorded",
                       [("journal.pdf", ["Avstämning gjord med Bryggan"])]),
            assignment_description=("ja", "letter 2015-04-01 with all elements, sent via internal mail (letter and journal)",
                                    [("uppdragsbeskrivning.pdf", ["Överlämnas via internpost"]), ("journal.pdf", ["Uppdragsbeskrivning skickad till Bryggan"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ Ve4
def ve4():
    cid = "vetlanda_SOC-14-0388"; dnr = "SOC 14/0388"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Lennart Falk"), ("Pnr", "19000927-4412"), ("Handl", "Ulrika Johansson"), ("Datum", "2014-11-14")]),
        ("p", "Lennart ansökte 2014-10-13 om behandlingshem. Han bor ensam i en villa i Landsbro som han ärvt efter sina föräldrar. Han har arbetat som snickare men har varit sjukskriven sedan i våras för ryggproblem och har nu aktivitetsersättning på deltid. Han har en bror som bor i Vetlanda och som han träffar ibland."),
        ("p", "Lennart berättar att han har druckit mer och mer sedan han blev sjukskriven. Han dricker hembränt och starköl, i princip hela dagarna. Han har gjort flera försök att sluta själv men får abstinens efter ett dygn. Han har varit inlagd för avgiftning i Eksjö vid två tillfällen, senast i september 2014. Vårdcentralen rapporterar förhöjda levervärden och högt blodtryck. AUDIT 34 p."),
        ("p", "Brodern beskriver att huset har förfallit och att Lennart inte längre handlar mat. Hemtjänsten har varit inkopplad för matleveranser sedan oktober. Lennart är medveten om att han inte klarar sig länge till om han fortsätter och säger att han vill bli nykter \"en gång för alla\". Han har inte haft någon behandling förutom avgiftningarna."),
        ("p", "Mot bakgrund av ovanstående bedömer socialtjänsten att Lennart har ett långt gånget alkoholberoende med abstinens, leverpåverkan och en boendesituation som försämrats kraftigt. Han är isolerad och har inget nyktert nätverk utöver brodern. Avgiftningar utan efterföljande behandling har inte lett till nykterhet. Lennart behöver en längre period i en drogfri miljö med personal dygnet runt och strukturerad behandling, och därefter stöd i hemmet för att kunna bo kvar. Nyckelby behandlingshem har inriktning på äldre män med alkoholberoende, medicinsk kompetens och erbjuder utslussning med hembesök. Vård på Nyckelby under tolv veckor bedöms därför tillgodose Lennarts behov och ge honom möjlighet till en skälig levnadsnivå."),
        ("p", "Förslag till beslut: Lennart Falk beviljas institutionsvård på Nyckelby behandlingshem enl. SoL 4:1 fr.o.m. 2014-12-01 t.o.m. 2015-02-27."),
        ("sig", ["Ulrika Johansson, socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Namn", "Lennart Falk"), ("Dnr", dnr), ("Beslutsdatum", "2014-11-18"), ("Beslut", "Bifall – institutionsvård Nyckelby behandlingshem, SoL 4 kap. 1 §, 2014-12-01 – 2015-02-27"), ("Beslutsfattare", "Gunilla Persson")]),
        ("small", "Beslutet kan överklagas hos Förvaltningsrätten i Jönköping."),
    ]
    brev = [
        ("raw_html", '<p style="text-align:right">Vetlanda 2014-11-24</p><p>Nyckelby behandlingshem<br>Att. föreståndare Olle Berg<br>Nyckelby 3<br>574 96 Vetlanda</p>'),
        ("title", "Uppdrag – Lennart Falk, 19000927-4412"),
        ("p", "Enligt beslut 2014-11-18 beviljas Lennart Falk institutionsvård på Nyckelby behandlingshem enligt 4 kap. 1 § SoL, 2014-12-01 – 2015-02-27. Nyckelby får härmed följande uppdrag."),
        ("hs", "Socialnämndens bedömning av Lennarts behov"),
        ("p", "Lennart har ett långt gånget alkoholberoende med abstinens och leverpåverkan. Han är isolerad och har inget nyktert nätverk. Avgiftningar har inte räckt. Han behöver en längre period i drogfri miljö med personal dygnet runt och strukturerad behandling, och därefter stöd för att kunna bo kvar hemma."),
        ("hs", "Uppdragets innehåll"),
        ("p", "Behandling enligt Nyckelbys program för äldre män, medicinsk uppföljning av levervärden och blodtryck, utslussning med hembesök i Landsbro under de sista veckorna."),
        ("hs", "Mål"),
        ("p", "Lennart är nykter under vistelsen. Levervärdena har förbättrats vid utskrivning. Han har en plan för stöd i hemmet och kontakt med AA eller Länkarna i Vetlanda senast 2015-02-20."),
        ("hs", "Uppföljning"),
        ("p", "Nyckelby upprättar genomförandeplan inom tre veckor. Uppföljning med Lennart, kontaktperson och handläggare efter ca sex veckor (januari 2015). Nyckelby informerar handläggaren vid återfall eller avbrott."),
        ("hs", "Rapportering när insatsen avslutas"),
        ("p", "Slutrapport till handläggaren inom två veckor efter utskrivningen med måluppfyllelse, provresultat och rekommendationer."),
        ("hs", "Kontakt"),
        ("p", "Ansvarig handläggare Ulrika Johansson, IFO Vuxen, tel 0383-973 45, ulrika.johansson@vetlanda.se."),
        ("p", "Uppdraget skickas per post 2014-11-24 tillsammans med beslut och utredning."),
        ("sig", ["Med vänlig hälsning", "Ulrika Johansson", "Socialsekreterare"]),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("small", "Lennart Falk 19000927-4412 · " + dnr),
        ("jn", "2014-10-13", "Besök – UJ", "Kl. ansöker om behandlingshem. Samtycke till kontakt med brodern, VC och hemtjänsten."),
        ("jn", "2014-10-22", "Hembesök – UJ", "Planerat hembesök i Landsbro. Huset stökigt, ont om mat. Brodern närvarande."),
        ("jn", "2014-11-18", "Beslut – GP", "Bifall Nyckelby 1/12 – 27/2."),
        ("jn", "2014-11-24", "Post – UJ", "Uppdrag skickat till Nyckelby per post med beslut och utredning."),
        ("jn", "2014-11-27", "Tel. – UJ", "Tel. med Olle Berg, Nyckelby. Vårdplan kommer att upprättas i samband med inskrivning. Nyckelby hämtar kl. 1/12."),
        ("jn", "2014-12-01", "Inskrivning", "Kl. inskriven på Nyckelby. Uppföljning ska ske om tre månader."),
        ("jn", "2015-01-14", "Tel. – UJ", "Brodern ringer, undrar om han kan hälsa på. Hänvisas till Nyckelby."),
        ("jn", "2015-02-09", "Tel. – UJ", "Planerat hembesök i Landsbro inför utskrivningen flyttas, handl. sjuk."),
        ("jn", "2015-03-02", "Tel. – UJ", "Nyckelby meddelar att kl. skrevs ut 2015-02-27. Slutrapport har inte kommit."),
        ("jn", "2015-04-20", "Anteckning – UJ", "Ärendet avslutat. Ingen uppföljning har gjorts av vistelsen."),
    ]
    d = os.path.join("casefiles", cid)
    A = "akt_SOC-14-0388.pdf"
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        t = lambda f: os.path.join(TMP, cid + "_" + f)
        render_ps(t("utr.pdf"), utr, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
        render_rl(t("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_html(p("uppdrag_nyckelby.pdf"), brev, header=("Vetlanda kommun – Socialförvaltningen", ""), footer=("574 80 Vetlanda", "Sida {p} av {n}"), font="'Liberation Serif'", size=11)
        render_html(t("jn.pdf"), jn, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
        unite(p(A), [t("utr.pdf"), t("beslut.pdf"), p("uppdrag_nyckelby.pdf"), t("jn.pdf")])
    return dict(
        case_id=cid, committee="Vetlanda", diarienummer=dnr, scenario="", build=build,
        docs=[(A, "samlad_akt (utredning, beslut, uppdrag, journal)", "pdfunite(ps2pdf-handwritten-ps+reportlab+chromium)", "assembled; monospace narrative, form table, letter, journal"),
              ("uppdrag_nyckelby.pdf", "uppdragsbeskrivning", "chromium", "letter")],
        criteria=dict(
            needs_assessment=("ja", "narrative utredning, 'Mot bakgrund av ovanstående' paragraph; repeated in the assignment letter",
                              [(A, ["Mot bakgrund av ovanstående bedömer socialtjänsten att Lennart", "Socialnämndens bedömning av Lennarts behov"]),
                               ("uppdrag_nyckelby.pdf", ["Socialnämndens bedömning av Lennarts behov"])]),
            planning=("nej", "no vårdplan or genomförandeplan; journal only 'Vårdplan kommer att upprättas'; 'planerat hembesök' is a trap", []),
            follow_up=("nej", "only 'Uppföljning ska ske om tre månader'; journal 2015-04-20 'Ingen uppföljning har gjorts'", []),
            assignment_description=("ja", "letter 2014-11-24 with all elements, sent by post (letter and journal)",
                                    [(A, ["Uppdragets innehåll", "Uppdrag skickat till Nyckelby per post"]), ("uppdrag_nyckelby.pdf", ["Uppdragets innehåll"])],
                                    "abcdefg"),
        ))

CASES = [ve1, ve2, ve3, ve4]
