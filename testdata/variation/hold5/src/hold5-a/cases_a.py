# -*- coding: utf-8 -*-
"""Cases 1-10 (Malmö, Helsingborg, Lund, Trelleborg, Ystad)."""
from common import luhn_pnr, tr_header, person_kv, journal_blocks

CASES = []


def case(f):
    CASES.append(f())
    return f


# =====================================================================================
# 1 Malmö – öppenvård alkohol, everything documented
@case
def malmo_1():
    K, D = "Malmö", "SOF 2015/0312"
    name, pnr = "Bo Lennart Åkesson", luhn_pnr("19010412", "236")
    hs = "Handläggare: Sara Lindqvist, socialsekreterare, tfn 040-34 52 18, sara.lindqvist@malmo.se"
    H = lambda w: tr_header(K, D, "2015-09-14", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="DejaVu", header=H("Utredning"),
               title="Utredning \u2013 vuxen, missbruk (SoL 11 kap. 1 \u00a7)", blocks=[
        ("kv", person_kv(name, pnr, [("Adress", "Rolfsgatan 14 B, 214 34 Malmö"),
                                      ("Utredningen inledd", "2015-01-20"), ("Utredningen avslutad", "2015-02-20"),
                                      ("Handläggare", "Sara Lindqvist")])),
        ("h", "Aktualisering"),
        ("p", "Bo kontaktade Vuxenenheten per telefon 2015-01-19 och ansökte om hjälp med sitt alkoholbruk. Han uppger "
              "att han dricker ca en flaska vin per kväll och mer på helger sedan skilsmässan 2012. Intervjun har genomförts "
              "enligt ASI-grundintervju vid två tillfällen (2015-01-27 och 2015-02-03)."),
        ("h", "Livsområden enligt ASI"),
        ("area", "Fysisk hälsa", "Högt blodtryck, medicineras via vårdcentralen Lindängen. Sömnproblem. Leverprover "
                                 "förhöjda (GT 2,8) enligt journalkopia som Bo själv lämnat."),
        ("area", "Arbete och försörjning", "Anställd som lagerarbetare på heltid. Har haft två sjukskrivningsperioder "
                                           "under 2014. Arbetsgivaren har påtalat sen ankomst."),
        ("area", "Alkohol", "Debut 16 år. Daglig konsumtion sedan ca tre år, 75 cl vin/kväll, 1\u20132 flaskor på helger. "
                            "AUDIT 23 p. Inga tidigare behandlingsförsök. Upplever abstinens i form av svettningar och oro."),
        ("area", "Narkotika", "Förnekar bruk. Har provat cannabis i tonåren."),
        ("area", "Rättsliga förhållanden", "Inga aktuella ärenden."),
        ("area", "Familj och umgänge", "Frånskild, två vuxna barn som han har sporadisk kontakt med. Dottern har uttryckt "
                                        "oro för hans drickande. Umgänget i övrigt är begränsat till arbetskamrater."),
        ("area", "Psykisk hälsa", "Nedstämdhet, inga suicidtankar. Har inte haft kontakt med psykiatrin."),
        ("area", "Boende", "Hyresrätt, inga hyresskulder."),
        ("h", "Klientens egen uppfattning"),
        ("p", "Bo vill sluta dricka på vardagar och få hjälp att hantera kvällarna. Han vill inte läggas in och vill "
              "behålla sitt arbete. Han önskar gruppbehandling på dagtid eller tidig kväll."),
        ("h", "Handläggarens analys"),
        ("p", "Bo har ett långvarigt och dagligt alkoholbruk som enligt AUDIT och hans egen beskrivning motsvarar ett "
              "beroende. Bruket har lett till förhöjda levervärden, sömnproblem, sjukfrånvaro och en ansträngd relation "
              "till barnen. Hans behov består i att bryta det dagliga drickandet, få verktyg att hantera sug och "
              "ensamma kvällar samt medicinsk kontroll av levervärdena. Bo har fungerande boende och arbete, vilket är "
              "skyddsfaktorer som talar för att behandling i öppen form är tillräcklig och att en placering skulle "
              "riskera arbetet. Återfallsprevention i grupp (ÅP) är en evidensbaserad metod för personer med "
              "alkoholberoende och motsvarar Bos önskemål. Samverkan med Beroendecentrum behövs för provtagning och "
              "ställningstagande till läkemedel."),
        ("h", "Förslag till beslut"),
        ("p", "Bo Åkesson beviljas öppenvård i form av Återfallsprevention (ÅP), 12 gruppträffar samt individuella "
              "stödsamtal vid Öppenvårdsmottagningen Kornet, för tiden 2015-03-02 \u2013 2015-08-31, med stöd av "
              "4 kap. 1 \u00a7 SoL."),
        ("sig", ["Malmö 2015-02-20", "Sara Lindqvist, socialsekreterare"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="DejaVu", header=H("Beslut"),
               title="Beslut \u2013 bistånd enligt socialtjänstlagen", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-02-24"), ("Diarienummer", D)])),
        ("h2", "Ansökan avser"), ("p", "Öppenvård \u2013 missbruk/beroende (alkohol)"),
        ("h2", "Beslut"),
        ("box", [(True, "Bifall"), (False, "Delvis bifall"), (False, "Avslag")]),
        ("h2", "Lagrum"),
        ("box", [(True, "4 kap. 1 \u00a7 SoL"), (False, "4 kap. 2 \u00a7 SoL"), (False, "LVM")]),
        ("kv", [("Insats", "Öppenvård: Återfallsprevention (ÅP) + individuella stödsamtal"),
                ("Utförare", "Öppenvårdsmottagningen Kornet, Malmö stad"),
                ("Period", "2015-03-02 \u2013 2015-08-31")]),
        ("h2", "Motivering"),
        ("p", "Se utredning daterad 2015-02-20. Behovet av stöd för att bryta ett dagligt alkoholbruk kan tillgodoses "
              "genom öppenvård utan att Bo förlorar sitt arbete."),
        ("sig", ["Beslutsfattare: Sara Lindqvist, socialsekreterare (enligt delegationsordning punkt 4.1.2)",
                 "Överklagandehänvisning bifogas."]),
    ])
    best = dict(file="bestallning_av_insats.pdf", type="uppdragsbeskrivning", engine="rl", font="DejaVu",
                header=H("Beställning"), title="Beställning av insats \u2013 Öppenvård vuxna", blocks=[
        ("kv", [("Till utförare", "Öppenvårdsmottagningen Kornet, att. Jonas Ek, behandlingsansvarig"),
                ("Klient", "%s, %s" % (name, pnr)), ("Beslut fattat", "2015-02-24, 4 kap. 1 \u00a7 SoL"),
                ("Period", "2015-03-02 \u2013 2015-08-31")]),
        ("h2", "1. Nämndens bedömning av behov"),
        ("p", "Bo har ett dagligt alkoholberoende (AUDIT 23) som påverkar hälsa, arbete och relation till barnen. Han "
              "behöver bryta vardagsdrickandet, få verktyg för att hantera sug och kvällar samt medicinsk uppföljning "
              "av levervärden. Arbete och boende fungerar och ska bevaras."),
        ("h2", "2. Uppdraget omfattar"),
        ("box", [(True, "Återfallsprevention i grupp, 12 träffar"), (True, "Individuella stödsamtal, varannan vecka"),
                 (True, "Alkoholmätning/PEth i samverkan med Beroendecentrum"), (False, "Anhörigstöd"),
                 (False, "Boendestöd")]),
        ("h2", "3. Mål med insatsen"),
        ("bul", ["Bo dricker inte alkohol måndag\u2013torsdag senast 2015-05-31 (mäts med PEth och självskattning).",
                 "Bo har en skriftlig återfallsplan senast 2015-04-30.",
                 "Bo har ingen alkoholrelaterad sjukfrånvaro under perioden."]),
        ("h2", "4. Uppföljning"),
        ("p", "Utföraren upprättar behandlingsplan tillsammans med Bo inom tre veckor. Trepartsmöte (Bo, utförare, "
              "handläggare) hålls efter ca tre månader och vid avslut."),
        ("h2", "5. Återrapportering till beställaren"),
        ("p", "Vid avslut lämnar utföraren skriftlig slutrapport: genomförda träffar, måluppfyllelse per mål, "
              "provsvar, orsak till ev. avbrott samt rekommendation om fortsatta insatser."),
        ("h2", "6. Ansvarig handläggare"),
        ("p", hs),
        ("h2", "7. Överlämnande"),
        ("box", [(True, "Skickad via säker e-post 2015-02-25"), (False, "Överlämnad personligen")]),
    ])
    plan = dict(file="behandlingsplan.pdf", type="genomförandeplan", engine="rl", font="DejaVu", landscape=True,
                header="Öppenvårdsmottagningen Kornet \u2013 Malmö stad | Behandlingsplan | Dnr %s" % D,
                title="Behandlingsplan \u2013 Bo Åkesson", blocks=[
        ("p", "Upprättad 2015-03-10 av Jonas Ek (behandlingsansvarig) tillsammans med Bo. Giltig t.o.m. 2015-08-31."),
        ("table", ["Mål", "Aktivitet / delmål", "Ansvarig", "När", "Hur mäts"], [
            ["1. Alkoholfri måndag\u2013torsdag", "ÅP-grupp tisdagar 16.00; kvällsschema med aktiviteter", "Bo, Jonas Ek",
             "Grupp 2015-03-10 \u2013 2015-05-26; mål senast 2015-05-31", "PEth var 4:e vecka, dagbok"],
            ["2. Skriftlig återfallsplan", "Kartläggning av riskssituationer i individuella samtal", "Jonas Ek",
             "Klar senast 2015-04-30", "Planen finns i journal"],
            ["3. Medicinsk kontroll", "Remiss till Beroendecentrum för levervärden och ev. Antabus", "Jonas Ek / läkare BC",
             "Provtagning v. 12 och v. 20", "Provsvar"],
            ["4. Ingen alkoholrelaterad sjukfrånvaro", "Samtal om arbetssituation, ev. kontakt med företagshälsovård",
             "Bo", "Löpande, avstäms vid trepartsmöte", "Bos redovisning"],
        ], [0.2, 0.3, 0.14, 0.2, 0.16]),
        ("p", "Trepartsmöte planeras i juni 2015. Bo har tagit del av planen och godkänt den."),
        ("sig", ["Underskrift klient: Bo Åkesson", "Underskrift behandlare: Jonas Ek"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="DejaVu", header=H("Journal"),
                title="Journalanteckningar \u2013 %s" % D, blocks=journal_blocks([
        ("2015-01-19", "SALI", "Aktualisering", "Bo ringer och ansöker om hjälp för alkohol. Utredning inleds."),
        ("2015-02-24", "SALI", "Beslut", "Beslut om öppenvård Kornet 2015-03-02 \u2013 2015-08-31."),
        ("2015-02-25", "SALI", "Beställning", "Beställning av insats skickad till Kornet via säker e-post."),
        ("2015-03-11", "SALI", "Inkommen handling", "Behandlingsplan från Kornet daterad 2015-03-10 inkommen."),
        ("2015-06-10", "SALI", "Trepartsmöte",
         "Trepartsmöte på Kornet med Bo och Jonas Ek. Bo har deltagit i 11 av 12 gruppträffar. PEth har sjunkit från "
         "0,61 till 0,09 \u00b5mol/l. Bo uppger alkoholfria vardagar sedan mitten av april; mål 1 bedöms uppnått. "
         "Återfallsplan klar 2015-04-21 (mål 2 uppnått). En sjukdag i mars (mål 4 delvis). Överenskommet att fortsätta "
         "med individuella samtal varannan vecka till 2015-08-31."),
        ("2015-09-02", "SALI", "Inkommen handling",
         "Slutrapport från Kornet inkommen. Insatsen avslutad 2015-08-31 enligt plan."),
    ]))
    return dict(committee=K, dnr=D, scenario="Öppenvård alkohol (ÅP) via Beställning av insats; all four criteria documented.",
                docs=[utr, bes, best, plan, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys in the ASI-based utredning states the needs (break daily drinking, "
                             "relapse tools, liver follow-up) and why ÅP outpatient care meets them.",
                             [("utredning.pdf", "Handläggarens analys"), ("beslut.pdf", "Behovet av stöd för att bryta")]),
        "planning": ("ja", "Provider's Behandlingsplan (landscape table) with dated goals, activities, who and when.",
                     [("behandlingsplan.pdf", "Alkoholfri måndag")]),
        "follow_up": ("ja", "Journal 2015-06-10 Trepartsmöte records outcome per goal.",
                      [("journal.pdf", "Trepartsmöte på Kornet")]),
        "assignment_description": ("ja", "Beställning av insats holds needs, content, goals, follow-up, report-back, case "
                                   "officer contact and the sending date (2015-02-25).",
                                   [("bestallning_av_insats.pdf", "Nämndens bedömning av behov"),
                                    ("bestallning_av_insats.pdf", "Skickad via säker e-post"),
                                    ("journal.pdf", "Beställning av insats skickad")], "abcdefg", ""),
    })


# =====================================================================================
# 2 Malmö – HVB, two-column utredning, assignment by e-mail, resultatuppföljning
@case
def malmo_2():
    K, D = "Malmö", "SOF 2014/1187"
    name, pnr = "Jessica Marie Holm", luhn_pnr("19000923", "482")
    H = lambda w: tr_header(K, D, "2015-09-14", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="DejaVu", columns=2, size=9,
               header=H("Utredning"), title="Utredning SoL \u2013 institutionsvård", blocks=[
        ("kv", person_kv(name, pnr, [("Inledd", "2014-09-30"), ("Avslutad", "2014-10-30"), ("Handläggare", "Amir Haddad")])),
        ("h", "Bakgrund"),
        ("p", "Anmälan från Psykiatriska akutmottagningen 2014-09-29 efter att Jessica vårdats för amfetaminpsykos. "
              "Jessica samtycker till utredning. Tidigare öppenvård vid Kornet 2013 avbröts efter sex veckor."),
        ("h", "Narkotika"),
        ("p", "Injicerar amfetamin sedan 2010, dagligt bruk senaste halvåret. Sidomissbruk av bensodiazepiner."),
        ("h", "Alkohol"),
        ("p", "Dricker periodvis, främst i samband med amfetaminbruket."),
        ("h", "Boende"),
        ("p", "Bostadslös sedan augusti 2014, sover hos bekanta. Vräkt från andrahandskontrakt."),
        ("h", "Försörjning"),
        ("p", "Ekonomiskt bistånd. Skulder hos Kronofogden ca 80 000 kr."),
        ("h", "Psykisk hälsa"),
        ("p", "Psykotiska symtom i samband med bruk. Utredning för ADHD påbörjad men ej slutförd."),
        ("h", "Familj och nätverk"),
        ("p", "Modern i Lund är ett stöd. Pojkvännen brukar också amfetamin."),
        ("fb",),
        ("h", "Samlad värdering"),
        ("p", "Jessica har ett tungt och eskalerande amfetaminberoende med injektioner, psykotiska episoder och "
              "sidomissbruk. Hon saknar bostad och hennes nära nätverk består till stor del av personer som brukar. "
              "Tidigare öppenvård har inte räckt: hon har inte kunnat hålla sig drogfri i sin hemmiljö. Hon behöver "
              "en drogfri miljö med dygnet-runt-stöd för att bryta bruket, stabilisera sin psykiska hälsa och slutföra "
              "ADHD-utredningen, samt planering av boende inför utskrivning. Institutionsvård vid ett HVB med "
              "inriktning på kvinnor och samsjuklighet (12-stegs/KBT) bedöms därför motsvara behovet; vård i öppna "
              "former har prövats utan resultat. Jessica är själv motiverad och önskar placering."),
        ("h", "Slutsats och förslag"),
        ("p", "Jessica Holm beviljas institutionsvård vid Behandlingshemmet Ljungbacken fr.o.m. 2014-11-10 under fyra "
              "månader enligt 4 kap. 1 \u00a7 SoL."),
        ("sig", ["Amir Haddad, socialsekreterare", "2014-10-30"]),
    ])
    bes = dict(file="_beslut.pdf", type="beslut", engine="rl", font="DejaVu", header=H("Beslut"),
               title="Beslut om bistånd", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2014-11-04")])),
        ("box", [(True, "Bistånd beviljas"), (False, "Avslag")]),
        ("kv", [("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Insats", "Institutionsvård, HVB"),
                ("Utförare", "Behandlingshemmet Ljungbacken (ramavtal)"), ("Tid", "2014-11-10 \u2013 2015-03-09")]),
        ("h2", "Motivering"),
        ("p", "Jessicas behov av en drogfri miljö med stöd dygnet runt kan inte tillgodoses på annat sätt; se utredning."),
        ("sig", ["Beslutande: Eva Nordin, 1:e socialsekreterare"]),
    ])
    vp = dict(file="_vardplan.pdf", type="vårdplan", engine="rl", font="DejaVu", header=H("Vårdplan"),
              title="Vårdplan \u2013 institutionsvård", blocks=[
        ("kv", person_kv(name, pnr, [("Upprättad", "2014-11-20 vid inskrivningsmöte på Ljungbacken"),
                                      ("Deltagare", "Jessica Holm, Amir Haddad (socialsekreterare), Lena Brink (kontaktperson HVB)")])),
        ("h", "Övergripande mål"),
        ("p", "Jessica är drogfri och har en planerad boendelösning när placeringen avslutas 2015-03-09."),
        ("table", ["Delmål", "Insats / vem", "Tidpunkt"], [
            ["Drogfri under vistelsen (urinprov)", "Ljungbacken, slumpvisa prover varje vecka", "Fr.o.m. 2014-11-10"],
            ["Slutförd ADHD-utredning", "Ljungbacken bokar tid hos psykiatrin i Hörby; Jessica deltar", "Senast 2015-02-15"],
            ["Ansökan om boende (träningslägenhet)", "Amir Haddad ansöker; Jessica deltar i möte med bostadsenheten", "Senast 2015-02-01"],
            ["Plan för skulder", "Jessica och Ljungbackens personal kontaktar budget- och skuldrådgivningen", "Senast 2015-01-31"],
        ], [0.4, 0.4, 0.2]),
        ("p", "Resultatuppföljning hålls i januari 2015 på Ljungbacken."),
        ("sig", ["Jessica Holm", "Amir Haddad, socialsekreterare"]),
    ])
    mail = dict(file="uppdrag_epost.pdf", type="uppdragsbeskrivning", engine="chrome", header="", title="", blocks=[
        ("mail", [("Från:", "Amir Haddad <amir.haddad@malmo.se>"), ("Till:", "intag@ljungbacken.example.se"),
                  ("Skickat:", "den 5 november 2014 09:12"), ("Ämne:", "Uppdrag: placering %s (dnr %s) \u2013 SÄKER E-POST" % ("J.H.", D))]),
        ("p", "Hej Lena,"),
        ("p", "Enligt vårt telefonsamtal igår skickar jag här uppdraget för Jessica Holm, %s, som har beviljats "
              "institutionsvård enligt 4 kap. 1 \u00a7 SoL 2014-11-10 \u2013 2015-03-09." % pnr),
        ("p", "<b>Vår bedömning av Jessicas behov:</b> Jessica har ett eskalerande amfetaminberoende med injektioner och "
              "psykotiska episoder, saknar bostad och har ett nätverk som brukar. Hon behöver en drogfri miljö med "
              "stöd dygnet runt, stabilisering av den psykiska hälsan, slutförd ADHD-utredning och planering av boende."),
        ("p", "<b>Uppdraget:</b> Behandling enligt er inriktning för kvinnor med samsjuklighet, urinprovskontroller, "
              "samordning med psykiatrin i Hörby samt stöd i kontakt med budget- och skuldrådgivning."),
        ("p", "<b>Mål:</b> Drogfrihet under placeringen, slutförd ADHD-utredning senast 2015-02-15 och en klar "
              "boendelösning vid utskrivning 2015-03-09."),
        ("p", "<b>Uppföljning:</b> Vårdplan upprättas vid inskrivningsmöte inom två veckor. Resultatuppföljning med "
              "Jessica, er och mig i januari 2015."),
        ("p", "<b>Återrapportering:</b> Månadsvisa korta rapporter (närvaro, provresultat, händelser) samt en "
              "slutrapport vid utskrivning med måluppfyllelse och rekommendationer för eftervård."),
        ("p", "Hör av dig om något är oklart."),
        ("sig", ["Med vänliga hälsningar", "<b>Amir Haddad</b>", "Socialsekreterare, Vuxenenheten", "Stadsområdesförvaltning Norr, Malmö stad",
                 "Tfn 040-34 61 07 | amir.haddad@malmo.se", "Besöksadress: Celsiusgatan 8, Malmö"]),
    ])
    ru = dict(file="resultatuppfoljning.pdf", type="uppföljning", engine="rl", font="DejaVu", header=H("Uppföljning"),
              title="Resultatuppföljning \u2013 institutionsvård", blocks=[
        ("kv", [("Klient", "%s, %s" % (name, pnr)), ("Datum för möte", "2015-01-21"), ("Plats", "Behandlingshemmet Ljungbacken"),
                ("Närvarande", "Jessica, Lena Brink (HVB), Amir Haddad (socialsekreterare)")]),
        ("table", ["Delmål enligt vårdplan", "Resultat", "Fortsättning"], [
            ["Drogfri", "Samtliga 10 urinprov negativa. Ett återfall i alkohol under permission i december.", "Fortsatta prover"],
            ["ADHD-utredning", "Påbörjad, två av tre besök genomförda.", "Klart i februari"],
            ["Boende", "Ansökan om träningslägenhet inlämnad 2015-01-12.", "Besked väntas"],
            ["Skulder", "Kontakt etablerad med skuldrådgivningen, första möte 2015-01-14.", "Fortsätter"],
        ], [0.25, 0.5, 0.25]),
        ("p", "Sammanfattning: placeringen fungerar väl och målen följer plan. Jessica vill fullfölja placeringen."),
        ("sig", ["Antecknat av Amir Haddad 2015-01-22"]),
    ])
    unite = dict(file="beslut_och_vardplan.pdf", type="beslut", engine="unite", parts=[bes, vp])
    return dict(committee=K, dnr=D, scenario="HVB placement; two-column utredning, beslut+vårdplan united into one PDF, "
                "assignment as secure e-mail, dated Resultatuppföljning.", docs=[utr, unite, mail, ru], labels={
        "needs_assessment": ("ja", "Samlad värdering (second column) states the needs and why HVB (not outpatient) meets them.",
                             [("utredning.pdf", "Samlad värdering"), ("beslut_och_vardplan.pdf", "drogfri miljö med stöd dygnet runt kan inte")]),
        "planning": ("ja", "Vårdplan 2014-11-20 with overall goal, dated sub-goals, who and when (page 2 of united file).",
                     [("beslut_och_vardplan.pdf", "Slutförd ADHD-utredning")]),
        "follow_up": ("ja", "Resultatuppföljning held 2015-01-21 with outcome per sub-goal.",
                      [("resultatuppfoljning.pdf", "Resultatuppföljning")]),
        "assignment_description": ("ja", "E-mail of 2014-11-05 to the HVB holds needs, content, goals, follow-up, report-back "
                                   "and signature with contact details; the e-mail header records when it was sent.",
                                   [("uppdrag_epost.pdf", "Vår bedömning av Jessicas behov")], "abcdefg", ""),
    })


# =====================================================================================
# 3 Helsingborg – öppenvård cannabis; conclusory bedömning; assignment form lacks needs + officer
@case
def helsingborg_1():
    K, D = "Helsingborg", "SOCN 2015/0221"
    name, pnr = "Emil Sandberg", luhn_pnr("19020611", "157")
    H = lambda w: tr_header(K, D, "2015-09-21", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="chrome", header=H("Utredning"),
               title="Utredning enligt 11 kap. 1 \u00a7 SoL", blocks=[
        ("kv", person_kv(name, pnr, [("Utredare", "Malin Persson"), ("Utredningstid", "2015-02-10 \u2013 2015-03-02")])),
        ("h", "Inledning"),
        ("p", "Emil ansökte 2015-02-10 om stöd för att sluta röka cannabis. Han har tidigare haft kontakt med Maria "
              "Ungdom (2012). Utredningen bygger på två samtal, ASI-intervju samt kontakt med Emils mamma (med samtycke)."),
        ("h", "Boende"), ("p", "Bor i lägenhet i Drottninghög tillsammans med en kompis. Eget kontrakt."),
        ("h", "Försörjning"), ("p", "Studerar på Komvux halvtid, studiemedel. Extrajobb på restaurang helger."),
        ("h", "Alkohol"), ("p", "Dricker på helger, 4\u20136 öl. Ser inte det som ett problem."),
        ("h", "Narkotika"), ("p", "Röker cannabis dagligen sedan 2013, ofta före lektioner. Har provat ecstasy vid två "
                                   "tillfällen. Urinprov 2015-02-17 positivt för THC."),
        ("h", "Psykisk hälsa"), ("p", "Uppger oro och koncentrationssvårigheter. Ingen kontakt med psykiatrin."),
        ("h", "Sociala relationer"), ("p", "Bra kontakt med mamma. Umgås främst med vänner som också röker."),
        ("h", "Emils egen bedömning"), ("p", "Emil vill sluta för att klara sina studier och vill gå i samtal."),
        ("h", "Samlad värdering"),
        ("p", "Mot bakgrund av ovanstående bedöms Emil vara i behov av öppenvård."),
        ("h", "Förslag till beslut"),
        ("p", "Emil beviljas öppenvård i form av cannabisprogram (CPU) vid Mötesplats Ung Vuxen enligt 4 kap. 1 \u00a7 SoL."),
        ("sig", ["Helsingborg 2015-03-02", "Malin Persson, socialsekreterare"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="chrome", header=H("Beslut"), title="BESLUT", blocks=[
        ("kv", person_kv(name, pnr, [("Datum", "2015-03-04"), ("Ärende", "Ansökan om öppenvård")])),
        ("box", [(True, "Beviljas"), (False, "Avslås")], "x"),
        ("kv", [("Insats", "Öppenvård \u2013 Cannabisprogram (CPU), Mötesplats Ung Vuxen"),
                ("Lagrum", "4 kap. 1 \u00a7 socialtjänstlagen"), ("Giltighet", "2015-03-09 \u2013 2015-06-30"),
                ("Skäl", "Se utredning.")]),
        ("sig", ["Malin Persson, socialsekreterare (delegation 3.2)"]),
    ])
    upp = dict(file="uppdrag.pdf", type="uppdragsbeskrivning", engine="chrome", header=H("Uppdrag"),
               title="Uppdrag till utförare \u2013 öppenvård", blocks=[
        ("kv", [("Utförare", "Mötesplats Ung Vuxen, Helsingborgs stad"), ("Klient", "%s (%s)" % (name, pnr)),
                ("Beslut", "2015-03-04, 4 kap. 1 \u00a7 SoL"), ("Period", "2015-03-09 \u2013 2015-06-30")]),
        ("h2", "Uppdraget innehåller"),
        ("box", [(True, "Cannabisprogram CPU, 12 individuella sessioner"), (True, "Urinprovskontroller varannan vecka"),
                 (False, "Gruppbehandling"), (False, "Anhörigsamtal")], "x"),
        ("h2", "Mål"),
        ("p", "Emil är drogfri (negativa urinprov) från och med 2015-05-01 och klarar sina Komvux-kurser VT 2015."),
        ("h2", "Uppföljning"),
        ("p", "Genomförandeplan upprättas av utföraren inom tre veckor. Avstämning med handläggare efter ca 10 veckor."),
        ("h2", "Återrapportering"),
        ("p", "Utföraren skickar avslutsrapport med provresultat, antal sessioner och måluppfyllelse när insatsen avslutas."),
        ("h2", "Skickat"),
        ("p", "[X] Skickat till utföraren 2015-03-05 via Treserva-meddelande"),
        ("sig", ["Vuxenavdelningen, Socialförvaltningen Helsingborg"]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="chrome",
               header="Mötesplats Ung Vuxen \u2013 Helsingborgs stad", title="Genomförandeplan", blocks=[
        ("kv", [("Deltagare", "Emil Sandberg"), ("Behandlare", "Oskar Nyström"), ("Datum", "2015-03-25")]),
        ("table", ["Mål", "Hur", "Vem", "När"], [
            ["Negativa urinprov fr.o.m. 2015-05-01", "CPU-session 1\u201312, prov varannan vecka", "Emil, Oskar", "Tisdagar 2015-03-24 \u2013 2015-06-16"],
            ["Godkänt i Matematik 2 och Svenska 2", "Studieplan, samtal om dygnsrytm", "Emil; studievägledare Komvux", "Senast 2015-06-12"],
            ["Nya fritidsaktiviteter utan cannabis", "Kartlägga och pröva två aktiviteter", "Emil", "Senast 2015-04-30"],
        ], [0.28, 0.32, 0.2, 0.2]),
        ("sig", ["Emil Sandberg", "Oskar Nyström, behandlare"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="chrome", header=H("Journal"),
                title="Journal", blocks=journal_blocks([
        ("2015-03-05", "MAPE", "Uppdrag", "Uppdrag skickat till Mötesplats Ung Vuxen."),
        ("2015-03-26", "MAPE", "Handling", "Genomförandeplan inkommen."),
        ("2015-05-27", "MAPE", "Avstämning", "Avstämningsmöte på Mötesplats Ung Vuxen med Emil och Oskar Nyström. "
         "Emil har gått på 9 av 10 sessioner. De tre senaste urinproven är negativa; ett positivt prov 2015-04-21. "
         "Emil har klarat Matematik 2. Han spelar numera fotboll i korpen. Fortsätter enligt plan till 2015-06-30."),
        ("2015-07-02", "MAPE", "Avslut", "Avslutsrapport inkommen, insatsen avslutad. Ärendet avslutas."),
    ], style="para"))
    return dict(committee=K, dnr=D, scenario="Öppenvård cannabis. Samlad värdering only states a conclusion; assignment "
                "form lacks needs section and names no case officer.", docs=[utr, bes, upp, gfp, jour], labels={
        "needs_assessment": ("delvis", "Samlad värdering only states the conclusion ('bedöms vara i behov av öppenvård') without "
                             "saying what the needs are or why CPU meets them; the beslut refers to the utredning.",
                             [("utredning.pdf", "bedöms Emil vara i behov av öppenvård")]),
        "planning": ("ja", "Provider's genomförandeplan 2015-03-25 with dated, measurable goals, how, who and when.",
                     [("genomforandeplan.pdf", "Negativa urinprov")]),
        "follow_up": ("ja", "Journal 2015-05-27 Avstämningsmöte records outcome (sessions, urine tests, studies).",
                      [("journal.pdf", "Avstämningsmöte på Mötesplats")]),
        "assignment_description": ("delvis", "Uppdrag till utförare has content, goals, follow-up, report-back and the date sent, "
                                   "but no needs assessment of the committee and is signed only by the unit (no officer name "
                                   "or contact details).",
                                   [("uppdrag.pdf", "Uppdrag till utförare")], "bcdeg", "af"),
    })


# =====================================================================================
# 4 Helsingborg – HVB with SIP (landscape); follow-up booked then cancelled
@case
def helsingborg_2():
    K, D = "Helsingborg", "SOCN 2014/0874"
    name, pnr = "Tommy Rune Lindgren", luhn_pnr("19001102", "315")
    H = lambda w: tr_header(K, D, "2015-09-21", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="chrome", header=H("Utredning"),
               title="Utredning enligt 11 kap. 1 \u00a7 SoL \u2013 vuxen", blocks=[
        ("kv", person_kv(name, pnr, [("Utredare", "Johan Ekdahl"), ("Utredningstid", "2014-11-03 \u2013 2014-12-10")])),
        ("h", "Aktualisering"), ("p", "Orosanmälan från Helsingborgs lasarett (avgiftningsenheten) 2014-10-31. Tommy "
                                     "har vårdats för abstinens för tredje gången under 2014."),
        ("h", "Alkohol"), ("p", "Dagligt bruk av starksprit sedan många år, ca 50 cl/dag. Abstinenskramper 2013."),
        ("h", "Narkotika"), ("p", "Inget känt bruk."),
        ("h", "Boende"), ("p", "Hyreskontrakt i Husensjö; hyresvärden har varnat för störningar."),
        ("h", "Försörjning"), ("p", "Sjukersättning. Förvaltarskap sedan 2012."),
        ("h", "Fysisk och psykisk hälsa"), ("p", "Leverskada konstaterad, polyneuropati i fötterna. Ångest."),
        ("h", "Samlad värdering"),
        ("p", "Tommy har ett svårt alkoholberoende med upprepade avgiftningar och allvarliga somatiska följder. "
              "Öppenvård vid Mottagningen Karlsro 2014 har inte gett effekt och han återfaller direkt efter avgiftning. "
              "Han behöver en längre period i en strukturerad miljö utan alkohol för att bli nykter, få sina somatiska "
              "besvär omhändertagna och bygga upp en vardagsstruktur, och därefter stöd i eget boende. Behandlingshem "
              "med inriktning på äldre personer med alkoholberoende och somatisk samsjuklighet bedöms därför vara den "
              "insats som tillgodoser behovet. Eftersom regionen ansvarar för den somatiska vården ska en SIP upprättas."),
        ("h", "Förslag"), ("p", "Institutionsvård vid Stiftelsen Grindstugan 2015-01-07 \u2013 2015-05-20 (4 kap. 1 \u00a7 SoL)."),
        ("sig", ["Johan Ekdahl, socialsekreterare, 2014-12-10"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="chrome", header=H("Beslut"), title="BESLUT", blocks=[
        ("kv", person_kv(name, pnr, [("Datum", "2014-12-15"), ("Ärende", "Institutionsvård")])),
        ("box", [(True, "Beviljas"), (False, "Avslås")], "x"),
        ("kv", [("Insats", "Institutionsvård, Stiftelsen Grindstugan"), ("Lagrum", "4 kap. 1 \u00a7 SoL"),
                ("Giltighet", "2015-01-07 \u2013 2015-05-20"), ("Skäl", "Se utredning 2014-12-10.")]),
        ("sig", ["Karin Wahl, enhetschef"]),
    ])
    upp = dict(file="uppdrag.pdf", type="uppdragsbeskrivning", engine="chrome", header=H("Uppdrag"),
               title="Uppdrag till utförare \u2013 institutionsvård", blocks=[
        ("kv", [("Utförare", "Stiftelsen Grindstugan, intagningsansvarig Per Ahlin"), ("Klient", "%s (%s)" % (name, pnr)),
                ("Beslut", "2014-12-15"), ("Period", "2015-01-07 \u2013 2015-05-20")]),
        ("h2", "Nämndens bedömning av behov"),
        ("p", "Tommy behöver en längre period i alkoholfri, strukturerad miljö för att bli nykter, få somatisk vård "
              "(lever, polyneuropati) samordnad och bygga upp vardagsrutiner inför återgång till egen lägenhet."),
        ("h2", "Uppdraget innehåller"),
        ("box", [(True, "Behandling enligt Grindstugans program för äldre med alkoholberoende"),
                 (True, "Samordning med vårdcentral och medverkan i SIP"), (True, "ADL-träning"), (False, "Arbetsträning")], "x"),
        ("h2", "Mål"),
        ("p", "Nykter under placeringen (utandningsprov), genomförd läkarkontakt för levern senast 2015-02-28, "
              "självständig i matlagning och ekonomi i samråd med förvaltaren vid utskrivning 2015-05-20."),
        ("h2", "Uppföljning"), ("p", "SIP-möte inom 4 veckor. Trepartsmöte i mars 2015 och inför utskrivning."),
        ("h2", "Återrapportering"), ("p", "Skriftlig slutrapport vid utskrivning: måluppfyllelse, hälsoläge, rekommendation om eftervård."),
        ("h2", "Handläggare"), ("p", "Johan Ekdahl, tfn 042-10 58 33, johan.ekdahl@helsingborg.se"),
        ("h2", "Skickat"), ("p", "[X] Skickat till utföraren 2014-12-16 med rekommenderat brev"),
    ])
    sip = dict(file="sip.pdf", type="vårdplan", engine="chrome", landscape=True,
               header="Samordnad individuell plan (SIP) \u2013 Helsingborgs stad / Region Skåne", title="SIP \u2013 Tommy Lindgren", blocks=[
        ("kv", [("Datum för SIP-möte", "2015-01-20, Stiftelsen Grindstugan"),
                ("Deltagare", "Tommy Lindgren; Johan Ekdahl (socialtjänsten); Per Ahlin (Grindstugan); Dr. Hanna Wiik (VC Ödåkra); Stig Mård (förvaltare)"),
                ("Huvudansvarig", "Johan Ekdahl, socialtjänsten")]),
        ("table", ["Mål", "Insats", "Ansvarig", "Klart senast", "Uppföljning"], [
            ["Nykter under placeringen", "Behandlingsprogram, utandningsprov dagligen", "Grindstugan (Per Ahlin)", "2015-05-20", "Varje vecka, vid trepartsmöte"],
            ["Leverstatus utredd", "Provtagning och läkarbesök", "VC Ödåkra (Dr. Wiik)", "2015-02-28", "Vid SIP-uppföljning"],
            ["Kan laga enkel mat och sköta veckopeng", "ADL-träning 3 ggr/vecka", "Grindstugan; förvaltaren", "2015-05-01", "Trepartsmöte"],
            ["Boendestöd klart inför hemgång", "Ansökan och beslut om boendestöd", "Johan Ekdahl", "2015-05-01", "Trepartsmöte"],
        ], [0.22, 0.24, 0.2, 0.12, 0.22]),
        ("p", "Nästa SIP-möte/trepartsmöte: 2015-03-12 kl. 10.00 på Grindstugan."),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="chrome", header=H("Journal"),
                title="Journal", blocks=journal_blocks([
        ("2014-12-16", "JOEK", "Uppdrag", "Uppdrag skickat till Grindstugan."),
        ("2015-01-07", "JOEK", "Inskrivning", "Tommy skrivs in på Grindstugan, skjuts av förvaltaren."),
        ("2015-01-20", "JOEK", "SIP", "SIP upprättad, se separat dokument."),
        ("2015-03-10", "JOEK", "Ändrad tid", "Per Ahlin ringer: trepartsmötet 2015-03-12 måste ställas in p.g.a. "
         "personalsjukdom. Ny tid ska bokas."),
        ("2015-04-02", "JOEK", "Faktura", "Faktura från Grindstugan för mars attesterad."),
        ("2015-05-21", "JOEK", "Utskrivning", "Grindstugan meddelar per telefon att Tommy skrevs ut 2015-05-20 enligt "
         "beslut. Något nytt trepartsmöte blev aldrig av. Slutrapport har begärts men ej inkommit."),
    ]))
    return dict(committee=K, dnr=D, scenario="HVB with SIP (landscape). The only follow-up meeting was cancelled and never "
                "rebooked; placement ended without follow-up.", docs=[utr, bes, upp, sip, jour], labels={
        "needs_assessment": ("ja", "Samlad värdering describes needs (sobriety, somatic care, structure) and why HVB meets them.",
                             [("utredning.pdf", "Samlad värdering")]),
        "planning": ("ja", "SIP (landscape) with dated goals, interventions, responsible and deadlines; functions as vårdplan.",
                     [("sip.pdf", "Leverstatus utredd")]),
        "follow_up": ("nej", "The only follow-up (trepartsmöte 2015-03-12) was cancelled and never rebooked; the journal says "
                      "no new meeting took place.", [("journal.pdf", "Något nytt trepartsmöte blev aldrig av")]),
        "assignment_description": ("ja", "Uppdrag holds all elements incl. officer contact and sending date 2014-12-16.",
                                   [("uppdrag.pdf", "Nämndens bedömning av behov"), ("journal.pdf", "Uppdrag skickat till Grindstugan")],
                                   "abcdefg", ""),
    })


# =====================================================================================
# 5 Lund – öppenvård alkohol; vague undated goals in GFP
@case
def lund_1():
    K, D = "Lund", "SN 2015/0088"
    name, pnr = "Annika Johanna Berg", luhn_pnr("19020227", "448")
    H = lambda w: tr_header(K, D, "2015-09-08", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="soffice", header=H("Utredning"),
               title="Utredning \u2013 Vuxenenheten", hfont="Liberation Serif", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Petra Ohlsson"), ("Period", "2015-01-26 \u2013 2015-02-25")])),
        ("h", "Ärendets aktualisering"),
        ("p", "Annika hänvisades av företagshälsovården efter positivt alkoholtest på arbetsplatsen (förskola) 2015-01-22."),
        ("h", "Livssituation"),
        ("p", "<b>Boende:</b> Villa i Dalby med make och två barn (8 och 11 år).<br/><b>Försörjning:</b> Förskollärare, "
              "tillsvidareanställd, för närvarande avstängd med lön i väntan på åtgärd.<br/><b>Alkohol:</b> Dricker vin "
              "dagligen sedan 2013, 3\u20134 glas, mer vid stress. Har dolt drickandet för maken. AUDIT 19.<br/>"
              "<b>Narkotika:</b> Nej.<br/><b>Psykisk hälsa:</b> Utmattningssymtom 2013, behandlad med SSRI.<br/>"
              "<b>Barn:</b> Barnens situation har bedömts i separat förhandsbedömning (dnr SN 2015/0091), ingen utredning inleds."),
        ("h", "Annikas syn"),
        ("p", "Annika vill behålla sitt arbete och vill ha hjälp att sluta dricka. Hon vill att maken ska vara delaktig."),
        ("h", "Slutsats och förslag"),
        ("p", "Annikas alkoholbruk har blivit dagligt och hon har druckit i anslutning till arbetet, vilket hotar hennes "
              "anställning och påverkar familjen. Hennes behov är att bli alkoholfri, att förstå sambandet mellan stress "
              "och drickande och att få stöd i att berätta öppet för familjen. Hon har ett stabilt boende, arbete och en "
              "stödjande make, så behoven kan tillgodoses i öppenvård. Vi bedömer att återfallsprevention med KBT-inslag "
              "och anhörigsamtal vid Lunds öppenvårdsmottagning Bryggan är en lämplig insats som dessutom möjliggör "
              "fortsatt arbete. Förslag: öppenvård vid Bryggan 2015-03-09 \u2013 2015-08-28, 4 kap. 1 \u00a7 SoL."),
        ("sig", ["Petra Ohlsson, socialsekreterare, 2015-02-25"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="Times", header=H("Beslut"),
               title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-03-03")])),
        ("p", "Annika Berg beviljas öppenvård (återfallsprevention och anhörigsamtal) vid Öppenvårdsmottagningen Bryggan "
              "för tiden 2015-03-09 \u2013 2015-08-28 med stöd av 4 kap. 1 \u00a7 socialtjänstlagen."),
        ("p", "Skäl: Se utredning 2015-02-25, avsnitt Slutsats och förslag."),
        ("sig", ["Petra Ohlsson, socialsekreterare"]),
    ])
    mail = dict(file="bestallning_epost.pdf", type="uppdragsbeskrivning", engine="chrome", title="", blocks=[
        ("mail", [("Från:", "Petra Ohlsson <petra.ohlsson@lund.se>"), ("Till:", "Bryggan öppenvård <bryggan@lund.se>"),
                  ("Datum:", "2015-03-04 14:37"), ("Ämne:", "Beställning öppenvård \u2013 dnr SN 2015/0088")]),
        ("p", "Hej!"),
        ("p", "Härmed beställs öppenvård för Annika Berg (%s), beslut 2015-03-03, period 2015-03-09 \u2013 2015-08-28." % pnr),
        ("p", "<b>Bedömning av behov:</b> Annika dricker dagligen och har druckit i anslutning till arbetet. Hon behöver bli "
              "alkoholfri, förstå kopplingen stress\u2013alkohol och få stöd att vara öppen mot familjen."),
        ("p", "<b>Uppdrag:</b> Återfallsprevention individuellt (KBT), 3 anhörigsamtal med maken, PEth-prov en gång per månad."),
        ("p", "<b>Mål:</b> PEth under 0,05 senast 2015-05-31; Annika har återgått i arbete senast 2015-04-15."),
        ("p", "<b>Uppföljning:</b> Ni upprättar genomförandeplan; gemensam uppföljning med mig i juni."),
        ("p", "<b>Återrapport vid avslut:</b> Slutrapport med provsvar, närvaro och måluppfyllelse."),
        ("sig", ["Vänliga hälsningar", "Petra Ohlsson", "Socialsekreterare, Vuxenenheten, Lunds kommun",
                 "046-359 47 21 \u2022 petra.ohlsson@lund.se"]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="rl", font="Helvetica",
               header="Lunds kommun \u2013 Öppenvårdsmottagningen Bryggan", title="Genomförandeplan", blocks=[
        ("kv", [("Namn", name), ("Behandlare", "Niklas Hed"), ("Upprättad", "2015-03-16")]),
        ("h2", "Annikas mål"),
        ("bul", ["Må bättre.", "Dricka mindre.", "Ha det bättre hemma."]),
        ("h2", "Vad ska göras"),
        ("p", "Samtal med KBT-inriktning. Anhörigsamtal. Prover."),
        ("h2", "Ansvar"), ("p", "Annika och behandlare på Bryggan."),
        ("h2", "Tid"), ("p", "Under behandlingstiden."),
    ])
    upf = dict(file="uppfoljning.pdf", type="uppföljning", engine="rl", font="Times", header=H("Uppföljning"),
               title="Uppföljning av insats", blocks=[
        ("kv", [("Klient", name), ("Datum", "2015-06-16"), ("Deltagare", "Annika, Niklas Hed (Bryggan), Petra Ohlsson")]),
        ("p", "Annika har deltagit i 12 individuella samtal och två anhörigsamtal. PEth 2015-06-02: 0,03 \u00b5mol/l "
              "(under gränsvärdet). Hon återgick i arbete 2015-04-07 och arbetsgivaren är nöjd. Annika beskriver att hon "
              "har druckit vid två tillfällen (midsommarplanering, födelsedag) men aldrig på vardagar. Målen i "
              "beställningen är uppnådda. Insatsen fortsätter som planerat till 2015-08-28 med glesare samtal."),
        ("sig", ["Petra Ohlsson"]),
    ])
    return dict(committee=K, dnr=D, scenario="Öppenvård alkohol; utredning via LibreOffice; assignment by e-mail; provider's "
                "GFP has only vague, undated goals.", docs=[utr, bes, mail, gfp, upf], labels={
        "needs_assessment": ("ja", "'Slutsats och förslag' states needs and why outpatient ÅP/anhörigsamtal meets them.",
                             [("utredning.pdf", "Slutsats och förslag")]),
        "planning": ("delvis", "Genomförandeplan exists but goals are vague ('Må bättre', 'Dricka mindre') and undated; "
                     "time is 'under behandlingstiden'.", [("genomforandeplan.pdf", "Må bättre")]),
        "follow_up": ("ja", "Uppföljning 2015-06-16 with outcome (PEth, return to work, goals reached).",
                      [("uppfoljning.pdf", "Uppföljning av insats")]),
        "assignment_description": ("ja", "E-mail Beställning 2015-03-04 has a–f and its sending date/time in the header.",
                                   [("bestallning_epost.pdf", "Bedömning av behov")], "abcdefg", ""),
    })


# =====================================================================================
# 6 Lund – declined before start
@case
def lund_2():
    K, D = "Lund", "SN 2015/0340"
    name, pnr = "Gunilla Margareta Nyberg", luhn_pnr("19011008", "204")
    H = lambda w: tr_header(K, D, "2015-09-08", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="Times", header=H("Utredning"),
               title="Utredning \u2013 Vuxenenheten", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Hampus Lind"), ("Period", "2015-04-08 \u2013 2015-05-06")])),
        ("h", "Ärendets aktualisering"),
        ("p", "Gunilla ansökte 2015-04-07 om stöd efter en period med ökat drickande och lugnande tabletter."),
        ("h", "Livssituation"),
        ("p", "Bor ensam i bostadsrätt på Klostergården. Pensionär, ingen ekonomisk problematik. Dricker 4\u20135 glas vin "
              "dagligen, tar oxazepam utöver ordination. Isolerad sedan maken dog 2014. Har en son i Stockholm."),
        ("h", "Slutsats och förslag"),
        ("p", "Gunillas drickande och överanvändning av lugnande medel har ökat i samband med sorg och ensamhet. Hon "
              "behöver stöd att minska alkohol och läkemedel, bearbeta sorgen och bryta sin isolering. Ett individuellt "
              "öppenvårdsprogram med motiverande samtal och samverkan med hennes läkare om nedtrappning, kombinerat med "
              "en sorgegrupp, bedöms tillgodose behoven; hennes boende och ekonomi är stabila och hon vill bo kvar hemma. "
              "Förslag: öppenvård vid Bryggan 2015-05-28 \u2013 2015-11-30."),
        ("sig", ["Hampus Lind, socialsekreterare, 2015-05-06"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="Times", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-05-12")])),
        ("p", "Gunilla Nyberg beviljas öppenvård vid Öppenvårdsmottagningen Bryggan 2015-05-28 \u2013 2015-11-30 enligt "
              "4 kap. 1 \u00a7 SoL. Skäl: se utredning."),
        ("sig", ["Hampus Lind, socialsekreterare"]),
    ])
    best = dict(file="bestallning.pdf", type="uppdragsbeskrivning", engine="soffice", header=H("Beställning"),
                title="Beställning av insats", hfont="Liberation Serif", blocks=[
        ("kv", [("Utförare", "Öppenvårdsmottagningen Bryggan"), ("Klient", "%s, %s" % (name, pnr)),
                ("Beslut", "2015-05-12, 4 kap. 1 \u00a7 SoL"), ("Period", "2015-05-28 \u2013 2015-11-30"),
                ("Nämndens bedömning av behov", "Gunilla behöver stöd att minska alkohol och lugnande läkemedel, "
                 "bearbeta sorgen efter maken och bryta sin isolering, i sitt eget boende."),
                ("Uppdragets innehåll", "Motiverande samtal varje vecka, samverkan med vårdcentralen Linero om "
                 "nedtrappning av oxazepam, erbjudande om sorgegrupp."),
                ("Mål", "Alkoholfria vardagar senast 2015-08-31; oxazepam enbart enligt ordination senast 2015-09-30; "
                 "Gunilla deltar i minst en social aktivitet i veckan senast 2015-10-31."),
                ("Uppföljning", "Genomförandeplan inom tre veckor från start; uppföljningsmöte med handläggare efter tre månader."),
                ("Återrapportering", "Slutrapport vid avslut eller avbrott: närvaro, måluppfyllelse, rekommendationer."),
                ("Handläggare", "Hampus Lind, 046-359 52 90, hampus.lind@lund.se"),
                ("Skickad till utförare", "2015-05-13 (säker e-post)")]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="Times", header=H("Journal"),
                title="Journalanteckningar", blocks=journal_blocks([
        ("2015-05-13", "HALI", "Beställning", "Beställning skickad till Bryggan. Första tid 2015-05-28 kl 10."),
        ("2015-05-26", "HALI", "Telefon", "Gunilla ringer och meddelar att hon inte vill påbörja behandlingen. Hon ska "
         "flytta till sin son i Stockholm under sommaren och vill inte ha kontakt. Informerad om möjligheten att "
         "ansöka igen. Bryggan informerad, tiden 2015-05-28 avbokad."),
        ("2015-06-02", "HALI", "Avslut", "Ärendet avslutas på klientens begäran. Insatsen påbörjades aldrig."),
    ]))
    return dict(committee=K, dnr=D, scenario="Öppenvård granted and ordered, but the client declined before the first "
                "appointment.", docs=[utr, bes, best, jour], labels={
        "needs_assessment": ("ja", "Slutsats och förslag states needs (alcohol, benzodiazepines, grief, isolation) and why "
                             "outpatient care meets them.", [("utredning.pdf", "Slutsats och förslag")]),
        "planning": ("ej_tillämpligt", "Client declined before the intervention started (journal 2015-05-26); no plan could be made.",
                     [("journal.pdf", "inte vill påbörja behandlingen")]),
        "follow_up": ("ej_tillämpligt", "Client declined before start; intervention never began.",
                      [("journal.pdf", "Insatsen påbörjades aldrig")]),
        "assignment_description": ("ja", "Beställning av insats (LibreOffice form) holds a–f and 'Skickad till utförare 2015-05-13'.",
                                   [("bestallning.pdf", "Gunilla behöver stöd att minska")], "abcdefg", ""),
    })


# =====================================================================================
# 7 Trelleborg – no committee assessment; oral assignment
@case
def trelleborg_1():
    K, D = "Trelleborg", "SON 2015/0056"
    name, pnr = "Mikael Strand", luhn_pnr("19000305", "571")
    H = lambda w: tr_header(K, D, "2015-09-29", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="Times", header=H("Utredning"),
               title="Utredning \u2013 missbruk (ASI-grund)", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Linnea Gustavsson"), ("Utredningstid", "2015-01-12 \u2013 2015-02-10")])),
        ("h", "ASI-grundintervju, skattningar"),
        ("table", ["Livsområde", "Intervjuarens skattning (0\u20139)", "Klientens skattning (0\u20134)"], [
            ["Fysisk hälsa", "3", "1"], ["Arbete och försörjning", "5", "2"], ["Alkohol", "6", "3"],
            ["Narkotika", "4", "2"], ["Kriminalitet", "1", "0"], ["Familj och umgänge", "4", "2"], ["Psykisk hälsa", "5", "3"],
        ], [0.4, 0.3, 0.3]),
        ("h", "Alkohol och narkotika"),
        ("p", "Mikael dricker 6\u20138 starköl per dag och röker cannabis ett par gånger i veckan. Han har haft två "
              "rattfylleridomar (2011, 2014)."),
        ("h", "Boende och försörjning"),
        ("p", "Bor i hyresrätt i Trelleborg centrum. Arbetslös sedan 2014, aktivitetsstöd."),
        ("h", "Yttrande från Beroendemottagningen Trelleborg"),
        ("p", "Läkarens bedömning 2015-02-02 (överläkare Dr. Sahlin): \u201dAlkoholberoende F10.2, cannabisbruk. "
              "Rekommenderar psykosocial behandling och eventuellt Campral.\u201d"),
        ("h", "Handläggarens analys"),
        ("p", ""),
        ("h", "Förslag till beslut"),
        ("p", "Öppenvård vid Öppenvården Brygghuset enligt 4 kap. 1 \u00a7 SoL."),
        ("sig", ["Linnea Gustavsson, socialsekreterare, 2015-02-10"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="Times", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-02-17"), ("Insats", "Öppenvård, Brygghuset"),
                                      ("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Tid", "2015-02-23 \u2013 2015-07-31")])),
        ("box", [(True, "Bifall"), (False, "Avslag")], "x"),
        ("sig", ["Linnea Gustavsson, socialsekreterare"]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="rl", font="Helvetica", landscape=True,
               header="Öppenvården Brygghuset \u2013 Trelleborgs kommun", title="Genomförandeplan \u2013 Mikael Strand", blocks=[
        ("p", "Upprättad 2015-03-05 med Mikael. Behandlare: Kim Larsson."),
        ("table", ["Mål", "Aktivitet", "Vem", "När", "Uppföljning"], [
            ["Högst 2 standardglas/dag senast 2015-04-30, alkoholfri senast 2015-06-30", "Återfallsprevention individuellt, "
             "utandningsprov vid varje besök", "Mikael, Kim Larsson", "Onsdagar 2015-03-04 \u2013 2015-07-29", "Avstämning maj 2015"],
            ["Ingen cannabis", "Urinprov varannan vecka", "Kim Larsson", "Från 2015-03-11", "Provresultat"],
            ["Påbörjat arbetsträning", "Kontakt med Arbetsmarknadsenheten", "Mikael, AME-coach", "Senast 2015-05-31", "Avstämning"],
        ], [0.25, 0.27, 0.15, 0.18, 0.15]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="Times", header=H("Journal"),
                title="Journal \u2013 Vuxen och beroende", blocks=journal_blocks([
        ("2015-02-18", "LIGU", "Telefon", "Samtal med Kim Larsson, Brygghuset. Uppdraget lämnat muntligt: Mikael ska få "
         "återfallsprevention. Kim bokar första tid. Ingen skriftlig uppdragsbeskrivning upprättas."),
        ("2015-03-06", "LIGU", "Handling", "Genomförandeplan från Brygghuset inkommen."),
        ("2015-05-20", "LIGU", "Avstämning", "Avstämningsmöte på Brygghuset med Mikael och Kim Larsson. Mikael har "
         "kommit på 10 av 12 samtal, alla utandningsprov 0,0 utom ett (0,3 \u2030). Ett urinprov positivt för THC i april, "
         "därefter negativa. Mikael har börjat arbetsträning i AME:s snickeri 2015-05-11. Fortsätter enligt plan."),
        ("2015-08-04", "LIGU", "Avslut", "Insatsen avslutad 2015-07-31. Muntlig avslutsrapport från Kim."),
    ]))
    return dict(committee=K, dnr=D, scenario="Öppenvård; utredning has ASI scores and a doctor's 'bedömning' but the "
                "Handläggarens analys field is empty; beslut without reasons; assignment given orally.",
                docs=[utr, bes, gfp, jour], labels={
        "needs_assessment": ("nej", "Handläggarens analys is an empty heading; only ASI scores and the physician's 'bedömning' "
                             "are present; the beslut has no reasons.", [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("ja", "Provider GFP 2015-03-05 with dated goals, activities, who and when.",
                     [("genomforandeplan.pdf", "Högst 2 standardglas")]),
        "follow_up": ("ja", "Journal 2015-05-20 avstämningsmöte with outcome.", [("journal.pdf", "Avstämningsmöte på Brygghuset")]),
        "assignment_description": ("nej", "Journal 2015-02-18: the assignment was given orally, no written assignment.",
                                   [("journal.pdf", "Uppdraget lämnat muntligt")], "", "abcdefg"),
    })


# =====================================================================================
# 8 Trelleborg – HVB; follow-up note without outcome
@case
def trelleborg_2():
    K, D = "Trelleborg", "SON 2014/0412"
    name, pnr = "Patrik Olof Henriksson", luhn_pnr("19010720", "093")
    H = lambda w: tr_header(K, D, "2015-09-29", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="Times", header=H("Utredning"),
               title="Utredning \u2013 missbruk (ASI-grund)", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Linnea Gustavsson"), ("Utredningstid", "2014-08-18 \u2013 2014-09-15")])),
        ("h", "Narkotika"), ("p", "Heroinbruk sedan 2008, rökning och injektion. Avbruten LARO-behandling 2013."),
        ("h", "Alkohol"), ("p", "Sporadiskt."),
        ("h", "Boende"), ("p", "Bor i kommunens akutboende sedan juni 2014."),
        ("h", "Försörjning"), ("p", "Ekonomiskt bistånd."),
        ("h", "Rättsliga förhållanden"), ("p", "Villkorligt frigiven juni 2014, övervakning hos Frivården Trelleborg."),
        ("h", "Handläggarens analys"),
        ("p", "Patrik har ett långvarigt opiatberoende och har vid upprepade tillfällen återfallit i hemmiljön efter "
              "avbruten LARO. Han saknar boende och har ett kriminellt nätverk. Hans behov är att bryta bruket i en "
              "skyddad miljö, att återuppta läkemedelsassisterad behandling under stabila former och att få en plan för "
              "boende och sysselsättning. Behandlingshemmet Sjöängen har LARO-kompetens och samarbete med "
              "Beroendecentrum i Malmö, vilket gör institutionsvård där till den insats som bäst svarar mot behoven. "
              "Öppna insatser bedöms otillräckliga så länge Patrik saknar bostad."),
        ("h", "Förslag till beslut"), ("p", "Institutionsvård, Sjöängen, 2014-10-01 \u2013 2015-01-15."),
        ("sig", ["Linnea Gustavsson, 2014-09-15"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="Times", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2014-09-22"), ("Insats", "Institutionsvård, Behandlingshemmet Sjöängen"),
                                      ("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Tid", "2014-10-01 \u2013 2015-01-15")])),
        ("box", [(True, "Bifall"), (False, "Avslag")], "x"),
        ("p", "Motivering: se handläggarens analys i utredningen."),
        ("sig", ["Ulf Mårtensson, enhetschef"]),
    ])
    upp = dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", engine="rl", font="Times", header=H("Uppdrag"),
               title="Uppdragsbeskrivning", blocks=[
        ("p", "Till: Behandlingshemmet Sjöängen, föreståndare Ingrid Falk. Klient: %s, %s." % (name, pnr)),
        ("h2", "a) Socialnämndens bedömning av behov"),
        ("p", "Patrik behöver bryta sitt opiatbruk i skyddad miljö, återuppta LARO under stabila former och få en plan "
              "för boende och sysselsättning."),
        ("h2", "b) Uppdragets omfattning"), ("p", "Institutionsvård med behandling, samordning med Beroendecentrum om LARO, "
                                                 "stöd i kontakter med frivården och bostadsenheten."),
        ("h2", "c) Mål"), ("p", "Drogfri (negativa prov) under placeringen; LARO-insatt senast 2014-11-15; "
                               "boendelösning klar senast 2015-01-05."),
        ("h2", "d) Uppföljning"), ("p", "Vårdplan vid inskrivning; uppföljningsmöte i december 2014."),
        ("h2", "e) Återrapportering"), ("p", "Slutrapport vid utskrivning med provresultat, måluppfyllelse och eftervårdsbehov."),
        ("h2", "f) Ansvarig handläggare"), ("p", "Linnea Gustavsson, 0410-73 34 12, linnea.gustavsson@trelleborg.se"),
        ("h2", "Överlämnad"), ("p", "Skickad med post till Sjöängen 2014-09-23."),
    ])
    vp = dict(file="vardplan.pdf", type="vårdplan", engine="rl", font="Times", header=H("Vårdplan"), title="Vårdplan", blocks=[
        ("kv", [("Klient", name), ("Datum", "2014-10-06"), ("Deltagare", "Patrik, Ingrid Falk, Linnea Gustavsson")]),
        ("table", ["Mål", "Vad görs", "Ansvar", "Datum"], [
            ["Negativa drogprov", "Urinprov 2 ggr/vecka", "Sjöängen", "Hela placeringen"],
            ["LARO-insatt", "Remiss och inskrivning Beroendecentrum Malmö", "Sjöängen, läkare BC", "Senast 2014-11-15"],
            ["Boende efter placering", "Ansökan om försökslägenhet", "Linnea Gustavsson", "Senast 2015-01-05"],
            ["Sysselsättning", "Kontakt med AME", "Patrik, kontaktperson", "Senast 2014-12-15"],
        ], [0.25, 0.35, 0.2, 0.2]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="Times", header=H("Journal"),
                title="Journal \u2013 Vuxen och beroende", blocks=journal_blocks([
        ("2014-09-23", "LIGU", "Uppdrag", "Uppdragsbeskrivning skickad till Sjöängen."),
        ("2014-10-01", "LIGU", "Inskrivning", "Patrik inskriven på Sjöängen."),
        ("2014-10-06", "LIGU", "Vårdplan", "Vårdplan upprättad, se dokument."),
        ("2014-12-10", "LIGU", "Uppföljning", "Uppföljning genomförd på behandlingshemmet."),
        ("2015-01-16", "LIGU", "Utskrivning", "Patrik utskriven från Sjöängen 2015-01-15. Flyttar till försökslägenhet. Ärendet avslutas."),
    ], style="para"))
    return dict(committee=K, dnr=D, scenario="HVB with full assignment and vårdplan; the only follow-up is a dated journal "
                "line without any outcome.", docs=[utr, bes, upp, vp, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys states needs and why HVB Sjöängen meets them.",
                             [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("ja", "Vårdplan 2014-10-06 with goals, actions, responsible and dates.", [("vardplan.pdf", "LARO-insatt")]),
        "follow_up": ("delvis", "Journal 2014-12-10 only says a follow-up was done, with no outcome.",
                      [("journal.pdf", "Uppföljning genomförd på behandlingshemmet")]),
        "assignment_description": ("ja", "Uppdragsbeskrivning with headings a–f filled and 'Skickad med post 2014-09-23'.",
                                   [("uppdragsbeskrivning.pdf", "Socialnämndens bedömning av behov")], "abcdefg", ""),
    })


# =====================================================================================
# 9 Ystad – öppenvård started late August; first follow-up after review date
@case
def ystad_1():
    K, D = "Ystad", "SN 2015/0117"
    name, pnr = "Karin Elisabet Möller", luhn_pnr("19020915", "366")
    H = lambda w: tr_header(K, D, "2015-09-30", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", header=H("Utredning"), title="Utredning", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Fredrik Ståhl"), ("Utredningstid", "2015-06-22 \u2013 2015-08-05")])),
        ("h", "Bakgrund"),
        ("p", "Karin ansökte om hjälp 2015-06-22 efter att ha blivit gripen för rattfylleri. Hon har en dotter på 15 år."),
        ("h", "Alkohol"), ("p", "Dricker i perioder om 3\u20134 dagar, främst sprit. AUDIT 21."),
        ("h", "Arbete och försörjning"), ("p", "Undersköterska, sjukskriven 50 % sedan maj."),
        ("h", "Boende"), ("p", "Lägenhet i Ystad, bor med dottern."),
        ("h", "Psykisk hälsa"), ("p", "Depression, behandlas på vårdcentralen."),
        ("h", "Handläggarens analys"),
        ("p", "Karins periodvisa drickande har lett till rattfylleri, sjukskrivning och oro hos dottern. Hon behöver hjälp "
              "att bryta periodsupandet, hantera nedstämdhet utan alkohol och komma tillbaka till heltidsarbete. Eftersom "
              "hon har bostad, ansvar för dottern och en arbetsgivare som vill ha henne tillbaka bedöms öppenvård i form av "
              "Återfallsprevention vid Ystads öppenvårdsmottagning Hamnen, kombinerat med samverkan med vårdcentralen, "
              "tillgodose behoven."),
        ("h", "Förslag"), ("p", "Öppenvård, Hamnen, 2015-08-24 \u2013 2016-02-29, 4 kap. 1 \u00a7 SoL."),
        ("sig", ["Fredrik Ståhl, socialsekreterare, 2015-08-05"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslut", "2015-08-11"), ("Insats", "Öppenvård, Öppenvårdsmottagningen Hamnen"),
                                      ("Tid", "2015-08-24 \u2013 2016-02-29"), ("Lagrum", "4 kap. 1 \u00a7 SoL")])),
        ("p", "Motivering: Karin behöver stöd att bryta sitt periodvisa drickande och behålla sitt arbete och sin bostad; "
              "detta kan ges i öppenvård."),
        ("sig", ["Fredrik Ståhl"]),
    ])
    best = dict(file="bestallning.pdf", type="uppdragsbeskrivning", engine="rl", font="DejaVu", header=H("Beställning"),
                title="Beställning av insats", blocks=[
        ("kv", [("Utförare", "Öppenvårdsmottagningen Hamnen"), ("Klient", "%s, %s" % (name, pnr)), ("Beslut", "2015-08-11")]),
        ("h2", "Behov"), ("p", "Bryta periodsupandet, hantera nedstämdhet utan alkohol, återgå till heltidsarbete."),
        ("h2", "Uppdrag"), ("box", [(True, "Återfallsprevention individuellt"), (True, "PEth-prov månadsvis"),
                                    (True, "Samverkan med vårdcentralen"), (False, "Gruppbehandling")]),
        ("h2", "Mål"), ("p", "Inga alkoholperioder fr.o.m. 2015-10-01; PEth < 0,05 i december 2015; heltidsarbete senast 2016-01-31."),
        ("h2", "Uppföljning"), ("p", "Genomförandeplan inom tre veckor; första uppföljningsmöte med handläggaren 2015-11-23."),
        ("h2", "Återrapportering vid avslut"), ("p", "Slutrapport med måluppfyllelse, provsvar och rekommendation."),
        ("h2", "Handläggare"), ("p", "Fredrik Ståhl, tfn 0411-57 72 45, fredrik.stahl@ystad.se"),
        ("h2", "Överlämnad"), ("box", [(True, "Skickad 2015-08-12 via säker e-post")]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="rl",
               header="Öppenvårdsmottagningen Hamnen \u2013 Ystads kommun", title="Genomförandeplan", blocks=[
        ("kv", [("Klient", name), ("Upprättad", "2015-09-02"), ("Behandlare", "Maria Kjellberg")]),
        ("table", ["Mål", "Åtgärd", "Ansvarig", "Tidpunkt"], [
            ["Inga alkoholperioder fr.o.m. 2015-10-01", "ÅP-samtal varje vecka, återfallsplan", "Karin, Maria K.", "Start 2015-08-24"],
            ["PEth < 0,05 i december 2015", "PEth-prov första måndagen varje månad", "Maria K.", "Fr.o.m. 2015-09-07"],
            ["Heltidsarbete senast 2016-01-31", "Trepartssamtal med arbetsgivare och FK", "Karin; handläggare", "Okt\u2013dec 2015"],
        ], [0.3, 0.34, 0.16, 0.2]),
        ("p", "Uppföljning av planen: 2015-11-23 tillsammans med Fredrik Ståhl."),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", header=H("Journal"), title="Journal", blocks=journal_blocks([
        ("2015-08-12", "FRST", "Beställning", "Beställning skickad till Hamnen."),
        ("2015-08-24", "FRST", "Start", "Karin har påbörjat behandling på Hamnen enligt behandlare."),
        ("2015-09-03", "FRST", "Handling", "Genomförandeplan inkommen. Uppföljningsmöte bokat 2015-11-23."),
    ]))
    return dict(committee=K, dnr=D, scenario="Öppenvård started 2015-08-24; the first follow-up is booked for 2015-11-23, after "
                "the review date.", docs=[utr, bes, best, gfp, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys states needs and why outpatient ÅP meets them; beslut repeats it.",
                             [("utredning.pdf", "Handläggarens analys"), ("beslut.pdf", "Karin behöver stöd att bryta")]),
        "planning": ("ja", "GFP 2015-09-02 with dated goals, actions, responsible and time.", [("genomforandeplan.pdf", "Inga alkoholperioder")]),
        "follow_up": ("ej_tillämpligt", "Intervention started 2015-08-24; the first planned follow-up (2015-11-23) falls after "
                      "the review date 2015-10-01.", [("journal.pdf", "Uppföljningsmöte bokat 2015-11-23")]),
        "assignment_description": ("ja", "Beställning av insats has needs, content, goals, follow-up, report-back, officer "
                                   "contact and 'Skickad 2015-08-12'.", [("bestallning.pdf", "Beställning av insats")], "abcdefg", ""),
    })


# =====================================================================================
# 10 Ystad – HVB; scanned utredning; no vårdplan ever made
@case
def ystad_2():
    K, D = "Ystad", "SN 2014/0390"
    name, pnr = "Dragan Petrovic", luhn_pnr("19000418", "719")
    H = lambda w: tr_header(K, D, "2015-09-30", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", scan=True, header=H("Utredning"), size=10.5,
               title="Utredning", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Sofia Dahl"), ("Utredningstid", "2014-09-15 \u2013 2014-10-24")])),
        ("h", "Bakgrund"),
        ("p", "Dragan aktualiserades genom anmälan från polisen 2014-09-12 (LOB, tredje gången 2014). Han har sökt "
              "hjälp själv vid ett tidigare tillfälle 2012 men avbröt öppenvården. Utredningen bygger på fyra samtal, "
              "ASI-intervju, kontakt med Beroendemottagningen Ystad och med hans syster."),
        ("h", "Alkohol"), ("p", "Dagligt bruk av sprit, ca 70 cl per dag. Avgiftad två gånger under 2014 på lasarettet."),
        ("h", "Narkotika"), ("p", "Bensodiazepiner köpta illegalt, oregelbundet."),
        ("h", "Boende"), ("p", "Hyreslägenhet, uppsägning pga störningar och hyresskuld; avhysning planerad till december."),
        ("h", "Försörjning"), ("p", "Ekonomiskt bistånd. Skulder ca 140 000 kr hos Kronofogden."),
        ("h", "Fysisk hälsa"), ("p", "Epileptiska anfall vid abstinens. Högt blodtryck."),
        ("h", "Psykisk hälsa"), ("p", "Uppger sömnsvårigheter och ångest. Krigsupplevelser från 1990-talet, aldrig behandlade."),
        ("h", "Familj och umgänge"), ("p", "Frånskild. Systern i Malmö är ett stöd men orkar inte längre."),
        ("pb",),
        ("h", "Dragans egen syn"),
        ("p", "Dragan vill bli nykter och vill till ett behandlingshem som ligger en bit från Ystad."),
        ("h", "Handläggarens analys"),
        ("p", "Dragans alkoholberoende är allvarligt med abstinensepilepsi och upprepade avgiftningar, och han riskerar "
              "att förlora sin bostad. Tidigare öppenvård har inte fungerat. Han behöver en längre tid i alkoholfri "
              "miljö med medicinsk kompetens, bedömning och behandling av traumarelaterade besvär, samt hjälp att "
              "ordna ekonomi och boende. Institutionsvård vid Behandlingshemmet Klintagården, som har sjuksköterska och "
              "traumakompetens, bedöms tillgodose behoven. Hemmaplanslösning har övervägts men bedöms inte möjlig "
              "eftersom Dragan saknar ett stödjande nätverk och bostaden är uppsagd."),
        ("h", "Förslag till beslut"), ("p", "Institutionsvård, Klintagården, 2014-11-10 \u2013 2015-03-31 (4 kap. 1 \u00a7 SoL)."),
        ("sig", ["Sofia Dahl, socialsekreterare, 2014-10-24"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslut", "2014-11-03"), ("Insats", "Institutionsvård, Behandlingshemmet Klintagården"),
                                      ("Tid", "2014-11-10 \u2013 2015-03-31"), ("Lagrum", "4 kap. 1 \u00a7 SoL")])),
        ("p", "Motivering: se utredning."),
        ("sig", ["Bengt Åström, enhetschef"]),
    ])
    best = dict(file="bestallning.pdf", type="uppdragsbeskrivning", engine="rl", font="DejaVu", header=H("Beställning"),
                title="Beställning av insats", blocks=[
        ("kv", [("Utförare", "Behandlingshemmet Klintagården"), ("Klient", "%s, %s" % (name, pnr)), ("Beslut", "2014-11-03")]),
        ("h2", "Behov"), ("p", "Lång tid i alkoholfri miljö med medicinsk kompetens (abstinensepilepsi), bedömning och behandling "
                              "av traumabesvär, hjälp med ekonomi och boende."),
        ("h2", "Uppdrag"), ("box", [(True, "Behandling enligt Klintagårdens program"), (True, "Traumabedömning"),
                                    (True, "Stöd med skuldsanering och boende")]),
        ("h2", "Mål"), ("p", "Nykter under placeringen; traumabedömning klar senast 2015-01-31; bostad ordnad vid utskrivning 2015-03-31."),
        ("h2", "Uppföljning"), ("p", "Vårdplan vid inskrivning; trepartsmöte efter ca 2,5 månader."),
        ("h2", "Återrapportering vid avslut"), ("p", "Slutrapport med måluppfyllelse och eftervårdsbehov."),
        ("h2", "Handläggare"), ("p", "Sofia Dahl, tfn 0411-57 71 30, sofia.dahl@ystad.se"),
        ("h2", "Överlämnad"), ("box", [(True, "Skickad 2014-11-04 via säker e-post")]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", header=H("Journal"), title="Journal", blocks=journal_blocks([
        ("2014-11-04", "SODA", "Beställning", "Beställning skickad till Klintagården."),
        ("2014-11-10", "SODA", "Inskrivning", "Dragan skrivs in på Klintagården. Vårdplan kommer att upprättas vid "
         "inskrivningssamtalet."),
        ("2014-12-03", "SODA", "Ekonomi", "Dragan och kontaktpersonen har gjort upp en avbetalningsplan med hyresvärden "
         "för hyresskulden."),
        ("2015-01-28", "SODA", "Trepartsmöte", "Trepartsmöte på Klintagården (Dragan, kontaktperson Leif Borg, SD). "
         "Dragan har varit nykter sedan inskrivningen, inga anfall. Traumabedömning gjord av psykolog 2015-01-15, "
         "traumafokuserad KBT rekommenderas i öppenvård. Avhysningen har avvärjts genom avbetalningsplan; kontraktet "
         "får behållas på prov. Placeringen fortsätter till 2015-03-31."),
        ("2015-04-01", "SODA", "Utskrivning", "Dragan utskriven, åter till egen lägenhet. Öppenvård ansöks separat."),
    ]))
    return dict(committee=K, dnr=D, scenario="HVB; utredning exists only as a scan (no text layer); the vårdplan was announced "
                "but never made (only an avbetalningsplan); trepartsmöte with outcome.", docs=[utr, bes, best, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys on scanned page 2 of the utredning states needs and why HVB meets them.",
                             [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("nej", "No vårdplan in the file; the journal only says one will be made, and 'avbetalningsplan' is unrelated.",
                     [("journal.pdf", "Vårdplan kommer att upprättas")]),
        "follow_up": ("ja", "Journal 2015-01-28 trepartsmöte with outcome.", [("journal.pdf", "Trepartsmöte på Klintagården")]),
        "assignment_description": ("ja", "Beställning av insats holds a–f and the sending date 2014-11-04.",
                                   [("bestallning.pdf", "Beställning av insats")], "abcdefg", ""),
    })
