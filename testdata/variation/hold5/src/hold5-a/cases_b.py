# -*- coding: utf-8 -*-
"""Cases 11-20 (Landskrona, Eslöv, Halmstad, Varberg, Falkenberg)."""
from common import luhn_pnr, tr_header, person_kv, journal_blocks

CASES = []


def case(f):
    CASES.append(f())
    return f


# =====================================================================================
# 11 Landskrona – ansökan only, decision without reasons; no assignment; follow-up cancelled
@case
def landskrona_1():
    K, D = "Landskrona", "IFN 2015/0163"
    name, pnr = "Roger Alf Nilsson", luhn_pnr("19010130", "552")
    H = lambda w: tr_header(K, D, "2015-09-17", w)
    ans = dict(file="ansokan.pdf", type="ansökan", engine="rl", font="DejaVu", scan=True, header=H("Ansökan"),
               title="Ansökan om bistånd \u2013 missbruk", size=11, blocks=[
        ("kv", person_kv(name, pnr, [("Adress", "Östergatan 22, 261 31 Landskrona"), ("Telefon", "070-000 12 34"),
                                      ("Datum", "2015-03-16")])),
        ("h2", "Jag ansöker om"),
        ("box", [(True, "Öppenvård"), (False, "Behandlingshem"), (False, "Boende"), (False, "Annat")]),
        ("h2", "Beskriv varför du söker"),
        ("p", "Jag behöver hjälp med mitt drickande. Det har gått överstyr efter att jag blev av med jobbet i höstas. "
              "Jag vill gå på samtal på Tornet, min kompis har gått där."),
        ("sig", ["Underskrift: Roger Nilsson"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="chrome", header=H("Beslut"), title="Beslut om bistånd", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-03-30"), ("Handläggning", "Förenklad handläggning")])),
        ("box", [(True, "Beviljas"), (False, "Avslås")]),
        ("kv", [("Insats", "Öppenvård \u2013 Öppenvårdsmottagningen Tornet"), ("Lagrum", "4 kap. 1 \u00a7 SoL"),
                ("Period", "2015-04-08 \u2013 2015-09-30"), ("Motivering", "")]),
        ("sig", ["Hanna Borg, socialsekreterare"]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="chrome",
               header="Öppenvårdsmottagningen Tornet \u2013 Landskrona stad", title="Genomförandeplan", blocks=[
        ("kv", [("Namn", name), ("Datum", "2015-04-20"), ("Kontaktperson", "Elin Sjöberg")]),
        ("table", ["Mål", "Insats", "Ansvarig", "Tid"], [
            ["Alkoholfri 5 dagar/vecka senast 2015-06-15", "MI- och ÅP-samtal tisdagar", "Roger, Elin S.", "2015-04-21 \u2013 2015-09-29"],
            ["Inskriven på Arbetsförmedlingen med handlingsplan", "Stöd vid besök på AF", "Roger", "Senast 2015-05-15"],
            ["Sömn minst 6 timmar/natt", "Sömndagbok, sömnskola i grupp", "Elin S.", "Maj\u2013juni 2015"],
        ], [0.32, 0.3, 0.16, 0.22]),
        ("p", "Roger har varit delaktig och instämmer i planen."),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="chrome", header=H("Journal"), title="Journal", blocks=journal_blocks([
        ("2015-03-16", "HABO", "Ansökan", "Ansökan inkommen. Förenklad handläggning enligt rutin."),
        ("2015-03-30", "HABO", "Beslut", "Beviljad öppenvård på Tornet. Roger hänvisas att ringa Tornet och boka tid; "
         "Tornet informerat om beslutet per telefon."),
        ("2015-04-21", "HABO", "Handling", "Genomförandeplan från Tornet inkommen. Uppföljningsmöte bokat 2015-07-01."),
        ("2015-06-29", "HABO", "Ombokning", "Uppföljningsmötet 2015-07-01 ställs in, handläggaren på semester. Ny tid ska bokas i augusti."),
        ("2015-09-01", "HABO", "Notering", "Ingen ny tid för uppföljning har bokats. Insatsen pågår till 2015-09-30."),
    ]))
    return dict(committee=K, dnr=D, scenario="Simplified handling: scanned application ('jag behöver hjälp'), decision "
                "with empty Motivering, provider only informed by phone; follow-up cancelled.", docs=[ans, bes, gfp, jour], labels={
        "needs_assessment": ("nej", "Only the person's own application and a decision whose Motivering field is empty; no "
                             "committee assessment.", [("beslut.pdf", "Förenklad handläggning")]),
        "planning": ("ja", "Tornet's genomförandeplan 2015-04-20 with dated goals, content, who and when.",
                     [("genomforandeplan.pdf", "Alkoholfri 5 dagar")]),
        "follow_up": ("nej", "Follow-up 2015-07-01 was cancelled and never rebooked (journal 2015-09-01).",
                      [("journal.pdf", "Ingen ny tid för uppföljning")]),
        "assignment_description": ("nej", "No written assignment; the decision names the provider and Tornet was informed by phone.",
                                   [("journal.pdf", "Tornet informerat om beslutet per telefon")], "", "abcdefg"),
    })


# =====================================================================================
# 12 Landskrona – HVB; preliminary assessment never completed; assignment lacks needs and goals
@case
def landskrona_2():
    K, D = "Landskrona", "IFN 2014/0702"
    name, pnr = "Sandra Louise Ek", luhn_pnr("19020504", "620")
    H = lambda w: tr_header(K, D, "2015-09-17", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="chrome", header=H("Utredning"),
               title="Utredning \u2013 vuxen med missbruk", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Hanna Borg"), ("Inledd", "2014-11-10")])),
        ("h", "Anledning"),
        ("p", "Sandra ansökte 2014-11-10 om behandlingshem. Hon har akut behov av att komma bort från sin pojkvän som "
              "säljer narkotika. Utredningen har skyndats på."),
        ("h", "Aktuell situation"),
        ("p", "Sandra röker heroin sedan ca ett år och använder tramadol. Hon bor hos pojkvännen. Försörjs av "
              "ekonomiskt bistånd. Har ett barn, 4 år, som bor hos pappan."),
        ("h", "Preliminär bedömning"),
        ("p", "Sandra bedöms preliminärt vara i behov av behandling på behandlingshem. En fördjupad bedömning görs när "
              "ASI-intervjun är genomförd."),
        ("h", "Förslag"), ("p", "Institutionsvård vid HVB Vägskälet fr.o.m. 2014-12-03."),
        ("sig", ["Hanna Borg, 2014-11-27"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="chrome", header=H("Beslut"), title="Beslut om bistånd", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2014-12-01")])),
        ("box", [(True, "Beviljas"), (False, "Avslås")]),
        ("kv", [("Insats", "Institutionsvård, HVB Vägskälet"), ("Lagrum", "4 kap. 1 \u00a7 SoL"),
                ("Period", "2014-12-03 \u2013 2015-04-30"), ("Motivering", "Se utredning.")]),
        ("sig", ["Hanna Borg, socialsekreterare"]),
    ])
    upp = dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", engine="chrome", header=H("Uppdrag"),
               title="Uppdragsbeskrivning till utförare", blocks=[
        ("kv", [("Utförare", "HVB Vägskälet, Hässleholm"), ("Klient", "%s, %s" % (name, pnr)),
                ("Beslut", "2014-12-01, 4 kap. 1 \u00a7 SoL"), ("Nämndens bedömning av behov", ""),
                ("Uppdraget omfattar", "Behandling för opiatberoende enligt Vägskälets program, urinprov, stöd i kontakten "
                 "med barnets pappa och BVC."),
                ("Mål med insatsen", ""),
                ("Uppföljning", "Vårdplan upprättas inom två veckor. Trepartsmöte efter ca tre månader."),
                ("Återrapportering", "Månadsrapport och slutrapport vid utskrivning med resultat och rekommendationer."),
                ("Handläggare", "Hanna Borg, tfn 0418-47 03 11, hanna.borg@landskrona.se"),
                ("Överlämnad till utförare", "2014-12-02 via fax (bekräftat)")]),
    ])
    vp = dict(file="vardplan.pdf", type="vårdplan", engine="chrome", landscape=True, header=H("Vårdplan"),
              title="Vårdplan \u2013 Sandra Ek", blocks=[
        ("kv", [("Datum", "2014-12-15"), ("Deltagare", "Sandra, Anders Kvist (Vägskälet), Hanna Borg")]),
        ("table", ["Mål", "Aktivitet", "Ansvarig", "När"], [
            ["Drogfri, negativa urinprov", "Program steg 1\u20133, prover 2 ggr/vecka", "Vägskälet (Anders Kvist)", "2014-12-03 \u2013 2015-04-30"],
            ["Umgänge med sonen varannan helg", "Överenskommelse med barnets pappa", "Hanna Borg", "Senast 2015-02-01"],
            ["Eget boende efter placering", "Bostadsansökan, träningslägenhet", "Sandra, Hanna Borg", "Senast 2015-04-15"],
        ], [0.3, 0.3, 0.2, 0.2]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="chrome", header=H("Journal"), title="Journal", blocks=journal_blocks([
        ("2014-12-02", "HABO", "Uppdrag", "Uppdragsbeskrivning faxad till Vägskälet."),
        ("2014-12-03", "HABO", "Inskrivning", "Sandra inskriven på Vägskälet."),
        ("2015-02-25", "HABO", "Trepartsmöte", "Trepartsmöte på Vägskälet med Sandra och Anders Kvist. Samtliga urinprov "
         "negativa sedan 2014-12-20. Sandra har träffat sonen tre helger. Bostadsansökan inlämnad men inget erbjudande "
         "ännu. Överenskommet att placeringen fortsätter enligt plan; Hanna kontaktar bostadsbolaget."),
        ("2015-04-30", "HABO", "Utskrivning", "Sandra utskriven, flyttar till träningslägenhet. Ärendet avslutas."),
    ]))
    return dict(committee=K, dnr=D, scenario="HVB; only a preliminary assessment whose promised full assessment never comes; "
                "assignment has empty needs and goal fields.", docs=[utr, bes, upp, vp, jour], labels={
        "needs_assessment": ("delvis", "Only a 'Preliminär bedömning' with a conclusion; the promised deeper assessment after "
                             "ASI never appears in the file.", [("utredning.pdf", "Preliminär bedömning")]),
        "planning": ("ja", "Vårdplan 2014-12-15 (landscape) with goals, activities, responsible and dates.",
                     [("vardplan.pdf", "Umgänge med sonen")]),
        "follow_up": ("ja", "Journal 2015-02-25 trepartsmöte with outcome.", [("journal.pdf", "Trepartsmöte på Vägskälet")]),
        "assignment_description": ("delvis", "Uppdragsbeskrivning has content, follow-up, report-back, officer and the date "
                                   "faxed, but the needs and goal fields are empty.",
                                   [("uppdragsbeskrivning.pdf", "Mål med insatsen")], "bdefg", "ac"),
    })


# =====================================================================================
# 13 Eslöv – öppenvård, assignment by e-mail, scanned behandlingsplan, resultatuppföljning in journal
@case
def eslov_1():
    K, D = "Eslöv", "SN 2015/0045"
    name, pnr = "Leif Göran Jeppsson", luhn_pnr("19001215", "838")
    H = lambda w: tr_header(K, D, "2015-09-11", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="DejaVu", header=H("Utredning"),
               title="Utredning enligt SoL \u2013 vuxen", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Ida Svensson"), ("Period", "2015-01-08 \u2013 2015-02-06")])),
        ("h", "Bakgrund"), ("p", "Leif söker hjälp på uppmaning av sin sambo. Han har druckit alltmer sedan han gick i "
                                 "förtidspension 2013."),
        ("area", "Alkohol", "Dricker 6\u201310 starköl dagligen, ibland sprit. AUDIT 25. Ingen tidigare behandling."),
        ("area", "Narkotika", "Nej."),
        ("area", "Boende", "Villa i Marieholm med sambo."),
        ("area", "Försörjning", "Sjukersättning och tjänstepension."),
        ("area", "Fysisk hälsa", "Diabetes typ 2, dåligt inställd. Fallolycka i december 2014 i berusat tillstånd."),
        ("area", "Psykisk hälsa", "Nedstämd, saknar sysselsättning."),
        ("area", "Familj och nätverk", "Sambo sedan 20 år, hon överväger att flytta. Två vuxna barn."),
        ("h", "Handläggarens analys"),
        ("p", "Leifs dagliga alkoholbruk har ökat sedan han förlorade sin sysselsättning och påverkar hans diabetes, har "
              "lett till en fallolycka och hotar samboförhållandet. Han behöver sluta dricka dagligen, få en meningsfull "
              "vardag och få sin diabetes under kontroll. Sambon vill delta. Behoven kan mötas i öppenvård: ett "
              "alkoholprogram med parsamtal (ABCT) vid Eslövs öppenvård Vändpunkten, kompletterat med daglig "
              "verksamhet, eftersom Leif har en stödjande sambo och ett stabilt boende."),
        ("h", "Förslag till beslut"), ("p", "Öppenvård, Vändpunkten, 2015-02-16 \u2013 2015-07-31."),
        ("sig", ["Ida Svensson, socialsekreterare, 2015-02-06"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="DejaVu", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslut", "2015-02-10")])),
        ("box", [(True, "Bifall"), (False, "Avslag")]),
        ("kv", [("Insats", "Öppenvård, Vändpunkten (alkoholprogram med parsamtal)"), ("Lagrum", "4 kap. 1 \u00a7 SoL"),
                ("Period", "2015-02-16 \u2013 2015-07-31")]),
        ("sig", ["Ida Svensson"]),
    ])
    mail = dict(file="uppdrag_epost.pdf", type="uppdragsbeskrivning", engine="chrome", title="", blocks=[
        ("mail", [("Från:", "Ida Svensson"), ("Skickat:", "den 11 februari 2015 10:02"), ("Till:", "Vändpunkten öppenvård"),
                  ("Ämne:", "Uppdrag öppenvård, dnr SN 2015/0045")]),
        ("p", "Hej Vändpunkten,"),
        ("p", "Här kommer uppdraget för Leif Jeppsson (%s), beslut 2015-02-10." % pnr),
        ("bul", ["<b>Vår bedömning av behovet:</b> Leif behöver sluta dricka dagligen, få en meningsfull vardag och få "
                 "diabetesen under kontroll; sambon vill vara delaktig.",
                 "<b>Uppdraget omfattar:</b> alkoholprogram med parsamtal (ABCT), 12 sessioner, samt kontakt med "
                 "daglig verksamhet.",
                 "<b>Mål:</b> alkoholfria vardagar senast 2015-04-30, HbA1c under 60 i juni 2015, daglig sysselsättning "
                 "minst två dagar/vecka senast 2015-05-31.",
                 "<b>Uppföljning:</b> behandlingsplan inom tre veckor; resultatuppföljning med mig i maj.",
                 "<b>Återrapportering:</b> slutrapport med måluppfyllelse och ev. fortsatt behov när insatsen avslutas."]),
        ("sig", ["Hälsningar", "Ida Svensson", "Socialsekreterare, Vuxenenheten", "Eslövs kommun",
                 "0413-62 21 09 / ida.svensson@eslov.se"]),
    ])
    plan = dict(file="behandlingsplan.pdf", type="genomförandeplan", engine="rl", scan=True, font="Helvetica",
                header="Vändpunkten \u2013 öppenvård Eslöv", title="Behandlingsplan", size=11, blocks=[
        ("kv", [("Namn", name), ("Datum", "2015-03-03"), ("Behandlare", "Ronja Lund")]),
        ("table", ["Mål", "Vad", "Vem", "När"], [
            ["Alkoholfria vardagar senast 2015-04-30", "ABCT-sessioner varje vecka", "Leif, sambo, Ronja", "2015-02-24 \u2013 2015-05-19"],
            ["HbA1c under 60 i juni 2015", "Kontakt diabetessköterska VC", "Leif", "Prov juni 2015"],
            ["Sysselsättning 2 dagar/vecka", "Studiebesök daglig verksamhet", "Ronja, Leif", "Senast 2015-05-31"],
        ], [0.3, 0.3, 0.2, 0.2]),
        ("sig", ["Leif Jeppsson                    Ronja Lund"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="DejaVu", header=H("Journal"), title="Journal",
                blocks=journal_blocks([
        ("2015-02-11", "IDSV", "Uppdrag", "Uppdrag skickat per e-post till Vändpunkten."),
        ("2015-03-04", "IDSV", "Handling", "Behandlingsplan inkommen (inskannad)."),
        ("2015-05-13", "IDSV", "Resultatuppföljning", "Resultatuppföljning på Vändpunkten med Leif, sambon och Ronja Lund. "
         "Leif har varit alkoholfri måndag\u2013fredag sedan mitten av april, dricker 2\u20133 öl på lördagar. Sambon "
         "bekräftar. HbA1c 2015-05-05: 64 (från 81). Leif är i daglig verksamhet (snickeriet) tisdagar och torsdagar. "
         "Mål 1 och 3 uppnådda, mål 2 nästan. Insatsen fortsätter till 2015-07-31."),
        ("2015-08-05", "IDSV", "Avslut", "Slutrapport inkommen. Ärendet avslutas."),
    ], style="para"))
    return dict(committee=K, dnr=D, scenario="Öppenvård; assignment as e-mail with bullets and signature; behandlingsplan only "
                "as a scan.", docs=[utr, bes, mail, plan, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys states needs and why outpatient ABCT meets them.",
                             [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("ja", "Scanned behandlingsplan 2015-03-03 with dated goals, what, who and when.",
                     [("behandlingsplan.pdf", "Alkoholfria vardagar")]),
        "follow_up": ("ja", "Journal 2015-05-13 Resultatuppföljning with outcome per goal.",
                      [("journal.pdf", "Resultatuppföljning på Vändpunkten")]),
        "assignment_description": ("ja", "E-mail 2015-02-11 with needs, content, goals, follow-up, report-back and signature "
                                   "with contact details; sent date in header and journal.",
                                   [("uppdrag_epost.pdf", "Vår bedömning av behovet"), ("journal.pdf", "Uppdrag skickat per e-post")],
                                   "abcdefg", ""),
    })


# =====================================================================================
# 14 Eslöv – empty behandlingsplan form; avstämning without outcome
@case
def eslov_2():
    K, D = "Eslöv", "SN 2015/0201"
    name, pnr = "Nadia Karim", luhn_pnr("19020819", "264")
    H = lambda w: tr_header(K, D, "2015-09-11", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="DejaVu", header=H("Utredning"),
               title="Utredning enligt SoL \u2013 vuxen", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Ida Svensson"), ("Period", "2015-03-23 \u2013 2015-04-17")])),
        ("area", "Alkohol", "Dricker sällan."),
        ("area", "Narkotika", "Använder kokain och amfetamin på helger sedan 2013, ökat under vintern. Har lånat pengar för att köpa."),
        ("area", "Boende", "Hyr lägenhet i Eslöv."),
        ("area", "Försörjning", "Timanställd i handeln; skulder till bekanta."),
        ("area", "Psykisk hälsa", "Panikångest, väntar på bedömning hos psykiatrin i Lund."),
        ("area", "Familj och nätverk", "Föräldrarna i Eslöv är ovetande om bruket. Umgås med personer som brukar."),
        ("h", "Handläggarens analys"),
        ("p", "Nadias helgbruk av centralstimulantia har ökat, lett till skulder och förvärrat hennes panikångest. Hon "
              "behöver bryta bruket, få verktyg att hantera ångest utan droger och bygga ett drogfritt umgänge. Hon har "
              "bostad och arbete och vill inte vara borta från dessa, varför öppenvård med återfallsprevention och "
              "samordning med psykiatrin bedöms vara rätt insats."),
        ("h", "Förslag"), ("p", "Öppenvård, Vändpunkten, 2015-05-04 \u2013 2015-10-30."),
        ("sig", ["Ida Svensson, 2015-04-17"]),
    ])
    best = dict(file="bestallning.pdf", type="uppdragsbeskrivning", engine="rl", font="DejaVu", header=H("Beställning"),
                title="Beställning av insats", blocks=[
        ("kv", [("Till", "Vändpunkten, öppenvård"), ("Klient", "%s, %s" % (name, pnr)),
                ("Beslut", "2015-04-22, 4 kap. 1 \u00a7 SoL, 2015-05-04 \u2013 2015-10-30")]),
        ("h2", "Nämndens bedömning av behov"),
        ("p", "Bryta helgbruk av kokain/amfetamin, hantera ångest utan droger, bygga drogfritt umgänge."),
        ("h2", "Uppdraget"), ("box", [(True, "Återfallsprevention individuellt"), (True, "Urinprov"), (True, "Samordning med psykiatrin")]),
        ("h2", "Mål"), ("p", "Negativa urinprov fr.o.m. 2015-06-15; Nadia har påbörjat ångestbehandling senast 2015-08-31."),
        ("h2", "Uppföljning"), ("p", "Behandlingsplan inom tre veckor; avstämning med handläggare i juni."),
        ("h2", "Återrapportering"), ("p", "Slutrapport vid avslut: närvaro, provsvar, måluppfyllelse, rekommendationer."),
        ("h2", "Handläggare"), ("p", "Ida Svensson, 0413-62 21 09, ida.svensson@eslov.se"),
        ("h2", "Överlämnad"), ("box", [(True, "Skickad per säker e-post 2015-04-23")]),
    ])
    plan = dict(file="behandlingsplan.pdf", type="genomförandeplan", engine="rl", font="DejaVu",
                header="Vändpunkten \u2013 öppenvård Eslöv", title="Behandlingsplan", blocks=[
        ("kv", [("Namn", name), ("Datum", ""), ("Behandlare", "")]),
        ("table", ["Mål", "Vad", "Vem", "När"], [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], [0.3, 0.3, 0.2, 0.2]),
        ("sig", ["Underskrift klient: ____________________      Underskrift behandlare: ____________________"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="DejaVu", header=H("Journal"), title="Journal",
                blocks=journal_blocks([
        ("2015-04-22", "IDSV", "Beslut", "Beslut öppenvård Vändpunkten."),
        ("2015-04-23", "IDSV", "Beställning", "Beställning skickad till Vändpunkten."),
        ("2015-05-29", "IDSV", "Handling", "Behandlingsplan inkommen från Vändpunkten (blankett)."),
        ("2015-06-24", "IDSV", "Avstämning", "Avstämning genomförd med Vändpunkten."),
    ], style="para"))
    return dict(committee=K, dnr=D, scenario="Öppenvård; the provider returned a Behandlingsplan form with every field empty; "
                "the avstämning note has a date but no outcome.", docs=[utr, best, plan, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys states needs and why outpatient care meets them.",
                             [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("nej", "The only plan is a Behandlingsplan form with every field empty.",
                     [("behandlingsplan.pdf", "Behandlingsplan")]),
        "follow_up": ("delvis", "Journal 2015-06-24 'Avstämning genomförd' is dated but has no outcome.",
                      [("journal.pdf", "Avstämning genomförd med Vändpunkten")]),
        "assignment_description": ("ja", "Beställning av insats holds a–f and the sending date 2015-04-23.",
                                   [("bestallning.pdf", "Nämndens bedömning av behov")], "abcdefg", ""),
    })


# =====================================================================================
# 15 Halmstad – HVB; follow-up document with outcome but undated
@case
def halmstad_1():
    K, D = "Halmstad", "SOC 2015/0264"
    name, pnr = "Jonas Peter Wall", luhn_pnr("19010603", "457")
    H = lambda w: tr_header(K, D, "2015-09-25", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="soffice", header=H("Utredning"), title="Utredning", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Emma Rydberg"), ("Utredningstid", "2015-01-19 \u2013 2015-02-20")])),
        ("h", "Aktualisering"), ("p", "Egen ansökan 2015-01-19 om behandlingshem efter återfall."),
        ("h", "Alkohol"), ("p", "Periodvis mycket hög konsumtion, senaste perioden fyra veckor. Tidigare nykter 2011\u20132014."),
        ("h", "Narkotika"), ("p", "Bensodiazepiner i samband med alkoholperioder."),
        ("h", "Boende"), ("p", "Bostadsrätt i Andersberg; ekonomin ansträngd."),
        ("h", "Försörjning"), ("p", "Arbetslös sedan 2014, a-kassa."),
        ("h", "Psykisk hälsa"), ("p", "Bipolär sjukdom typ 2, behandlas vid psykiatrin i Halmstad."),
        ("h", "Samlad värdering"),
        ("p", "Jonas har ett återfall i alkoholberoende efter tre års nykterhet och kombinerar alkohol med "
              "bensodiazepiner, vilket är farligt med hans bipolära sjukdom. Han har försökt bryta perioden på egen hand "
              "och med öppenvård utan att lyckas. Han behöver avbryta bruket i en trygg miljö, få en stabil "
              "läkemedelsbehandling tillsammans med psykiatrin och en återfallsplan. Ett behandlingshem med "
              "psykiatrisk kompetens (Stensjö behandlingshem) bedöms tillgodose dessa behov under en kortare "
              "placering om tre månader, följd av öppenvård."),
        ("h", "Slutsats och förslag"), ("p", "Institutionsvård, Stensjö, 2015-03-02 \u2013 2015-05-31."),
        ("sig", ["Emma Rydberg, socialsekreterare, 2015-02-20"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", header=H("Beslut"), title="Beslut \u2013 bistånd", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-02-24"), ("Insats", "Institutionsvård, Stensjö behandlingshem"),
                                      ("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Tid", "2015-03-02 \u2013 2015-05-31")])),
        ("box", [(True, "Beviljas"), (False, "Avslås")], "x"),
        ("sig", ["Emma Rydberg"]),
    ])
    upp = dict(file="uppdrag.pdf", type="uppdragsbeskrivning", engine="rl", header=H("Uppdrag"), title="Uppdragsbeskrivning", blocks=[
        ("kv", [("Till", "Stensjö behandlingshem, föreståndare Kent Almqvist"), ("Klient", "%s, %s" % (name, pnr)),
                ("Nämndens bedömning av behov", "Avbryta alkohol- och bensodiazepinbruk i trygg miljö, stabil "
                 "läkemedelsbehandling i samverkan med psykiatrin, återfallsplan inför hemgång."),
                ("Uppdragets innehåll", "Institutionsvård med behandlingsprogram; samverkan med psykiatrin i Halmstad; "
                 "återfallspreventivt arbete."),
                ("Mål", "Nykter och fri från icke ordinerade läkemedel under placeringen; skriftlig återfallsplan senast "
                 "2015-05-15; överskrivning till öppenvård vid utskrivning 2015-05-31."),
                ("Uppföljning", "Vårdplan inom två veckor. Uppföljning på behandlingshemmet efter ca sex veckor."),
                ("Återrapportering", "Slutrapport vid utskrivning: måluppfyllelse, läkemedelsstatus, eftervårdsbehov."),
                ("Handläggare", "Emma Rydberg, 035-13 74 26, emma.rydberg@halmstad.se"),
                ("Överlämnad", "Skickad 2015-02-25 med säker e-post")]),
    ])
    vp = dict(file="vardplan.pdf", type="vårdplan", engine="rl", header=H("Vårdplan"), title="Vårdplan", blocks=[
        ("kv", [("Klient", name), ("Upprättad", "2015-03-11"), ("Deltagare", "Jonas, Kent Almqvist, Emma Rydberg")]),
        ("table", ["Mål", "Åtgärd", "Ansvarig", "Tidpunkt"], [
            ["Nykter, inga icke ordinerade läkemedel", "Utandnings- och urinprov", "Stensjö", "2015-03-02 \u2013 2015-05-31"],
            ["Stabil läkemedelsbehandling", "Läkarkontakt psykiatrin Halmstad", "Stensjö, Jonas", "Besök senast 2015-04-10"],
            ["Återfallsplan", "Individuella samtal", "Kontaktperson Stensjö", "Klar senast 2015-05-15"],
            ["Öppenvård efter utskrivning", "Ansökan och överskrivningsmöte", "Emma Rydberg", "Senast 2015-05-25"],
        ], [0.3, 0.3, 0.2, 0.2]),
    ])
    upf = dict(file="uppfoljning.pdf", type="uppföljning", engine="rl", header="Halmstads kommun \u2013 Socialförvaltningen",
               title="Uppföljning av placering", blocks=[
        ("kv", [("Klient", name), ("Plats", "Stensjö behandlingshem"), ("Närvarande", "Jonas, Kent Almqvist, Emma Rydberg")]),
        ("p", "Jonas har varit nykter sedan inskrivningen och alla prover har varit negativa. Han har träffat läkare på "
              "psykiatrin och fått justerad medicinering som han tycker fungerar. Arbetet med återfallsplanen har "
              "påbörjats. Jonas vill fullfölja placeringen och därefter gå i öppenvård på Halmstads beroendeenhet. "
              "Placeringen fortsätter enligt vårdplanen."),
        ("sig", ["Emma Rydberg, socialsekreterare"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", header=H("Journal"), title="Journal", blocks=journal_blocks([
        ("2015-02-25", "EMRY", "Uppdrag", "Uppdragsbeskrivning skickad till Stensjö."),
        ("2015-03-02", "EMRY", "Inskrivning", "Jonas inskriven på Stensjö."),
        ("2015-03-12", "EMRY", "Vårdplan", "Vårdplan upprättad 2015-03-11."),
        ("2015-06-03", "EMRY", "Utskrivning", "Jonas utskriven 2015-05-31. Öppenvård beviljad i nytt ärende."),
    ]))
    return dict(committee=K, dnr=D, scenario="HVB; complete assignment and vårdplan; the follow-up document has an outcome but "
                "no date anywhere and the journal does not mention it.", docs=[utr, bes, upp, vp, upf, jour], labels={
        "needs_assessment": ("ja", "Samlad värdering states needs and why a short HVB placement meets them.",
                             [("utredning.pdf", "Samlad värdering")]),
        "planning": ("ja", "Vårdplan 2015-03-11 with goals, actions, responsible and dates.", [("vardplan.pdf", "Stabil läkemedelsbehandling")]),
        "follow_up": ("delvis", "'Uppföljning av placering' records an outcome but carries no date anywhere.",
                      [("uppfoljning.pdf", "Uppföljning av placering")]),
        "assignment_description": ("ja", "Uppdragsbeskrivning has all fields a–f filled and 'Skickad 2015-02-25'.",
                                   [("uppdrag.pdf", "Avbryta alkohol- och bensodiazepinbruk")], "abcdefg", ""),
    })


# =====================================================================================
# 16 Halmstad – öppenvård; conclusory bedömning; plan without who/when; assignment lacks needs and report-back
@case
def halmstad_2():
    K, D = "Halmstad", "SOC 2014/0933"
    name, pnr = "Linda Maria Forsberg", luhn_pnr("19021121", "082")
    H = lambda w: tr_header(K, D, "2015-09-25", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", header=H("Utredning"), title="Utredning", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Oscar Lindahl"), ("Utredningstid", "2014-10-06 \u2013 2014-11-07")])),
        ("h", "Aktualisering"), ("p", "Remiss från psykiatrins mottagning i Halmstad 2014-10-03."),
        ("h", "Alkohol"), ("p", "Dricker vin dagligen, 1 flaska. AUDIT 20."),
        ("h", "Narkotika"), ("p", "Nej."),
        ("h", "Boende och försörjning"), ("p", "Bor med två tonårsbarn. Arbetar som ekonomiassistent."),
        ("h", "Psykisk hälsa"), ("p", "Generaliserat ångestsyndrom, behandlas med SSRI."),
        ("h", "Samlad värdering"),
        ("p", "Utifrån det som framkommit bedöms Linda ha behov av insatser för sitt alkoholbruk och hon bedöms vara i "
              "behov av öppenvård."),
        ("h", "Slutsats och förslag"), ("p", "Öppenvård vid Beroendeenheten Halmstad, 2014-11-17 \u2013 2015-05-15."),
        ("sig", ["Oscar Lindahl, socialsekreterare, 2014-11-07"]),
    ])
    upp = dict(file="uppdrag.pdf", type="uppdragsbeskrivning", engine="rl", header=H("Uppdrag"), title="Uppdragsbeskrivning", blocks=[
        ("kv", [("Till", "Beroendeenheten Halmstad"), ("Klient", "%s, %s" % (name, pnr)), ("Beslut", "2014-11-12, 4 kap. 1 \u00a7 SoL"),
                ("Nämndens bedömning av behov", "Se utredning."),
                ("Uppdragets innehåll", "Individuella samtal enligt ÅP, alkoholprov, samverkan med psykiatrin."),
                ("Mål", "Alkoholfria vardagar senast 2015-02-28; PEth under 0,3 i mars 2015."),
                ("Uppföljning", "Utvärdering med handläggare efter ca fem månader."),
                ("Handläggare", "Oscar Lindahl, 035-13 74 55, oscar.lindahl@halmstad.se"),
                ("Överlämnad", "2014-11-13 via säker e-post")]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="rl", font="DejaVu",
               header="Beroendeenheten Halmstad", title="Genomförandeplan", blocks=[
        ("kv", [("Klient", name), ("Datum", "2014-11-26")]),
        ("h2", "Mål"),
        ("bul", ["Alkoholfria vardagar senast 2015-02-28.", "PEth under 0,3 i mars 2015."]),
        ("h2", "Insatser"),
        ("p", "ÅP-samtal, PEth-prov, kontakt med psykiatrin."),
    ])
    utv = dict(file="utvardering.pdf", type="uppföljning", engine="rl", header=H("Utvärdering"), title="Utvärdering av insats", blocks=[
        ("kv", [("Klient", name), ("Datum", "2015-04-22"), ("Deltagare", "Linda, Anette Blom (Beroendeenheten), Oscar Lindahl")]),
        ("table", ["Mål", "Resultat"], [
            ["Alkoholfria vardagar senast 2015-02-28", "Uppnått sedan februari enligt Linda och dagbok; två återfall i mars (helger)."],
            ["PEth under 0,3 i mars 2015", "PEth 2015-03-16: 0,18 \u2013 uppnått."],
        ], [0.4, 0.6]),
        ("p", "Linda vill avsluta som planerat 2015-05-15 och fortsätta med psykiatrins ångestbehandling."),
        ("sig", ["Oscar Lindahl"]),
    ])
    return dict(committee=K, dnr=D, scenario="Öppenvård; conclusory Samlad värdering; GFP lists goals but no who/when; the "
                "assignment says 'Se utredning' for needs and has no report-back section; dated Utvärdering.",
                docs=[utr, upp, gfp, utv], labels={
        "needs_assessment": ("delvis", "Samlad värdering only concludes that Linda needs outpatient care for her drinking, "
                             "without saying what the needs are or why the intervention meets them.",
                             [("utredning.pdf", "bedöms vara i behov av öppenvård")]),
        "planning": ("delvis", "GFP has dated goals but no responsible persons and no schedule for the activities.",
                     [("genomforandeplan.pdf", "Genomförandeplan")]),
        "follow_up": ("ja", "Utvärdering 2015-04-22 with outcome per goal.", [("utvardering.pdf", "Utvärdering av insats")]),
        "assignment_description": ("delvis", "Uppdragsbeskrivning has content, goals, follow-up, officer and the date handed "
                                   "over, but the needs field only says 'Se utredning' (whose assessment is itself only a "
                                   "conclusion) and there is no report-back requirement.",
                                   [("uppdrag.pdf", "Uppdragsbeskrivning")], "bcdfg", "ae"),
    })


# =====================================================================================
# 17 Varberg – HVB declined before admission
@case
def varberg_1():
    K, D = "Varberg", "IFN 2015/0129"
    name, pnr = "Stefan Hugo Lindqvist", luhn_pnr("19000814", "399")
    H = lambda w: tr_header(K, D, "2015-09-18", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="DejaVu", header=H("Utredning"),
               title="Utredning \u2013 vuxen missbruk", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Josefin Adolfsson"), ("Utredningstid", "2015-03-02 \u2013 2015-04-08")])),
        ("area", "Alkohol", "Dagligt bruk av sprit, ca 50 cl/dag. Avgiftning på Varbergs sjukhus i februari."),
        ("area", "Narkotika", "Tramadol utan recept."),
        ("area", "Boende", "Hyreslägenhet, hyresskuld tre månader."),
        ("area", "Försörjning", "Ekonomiskt bistånd."),
        ("area", "Psykisk hälsa", "Ångest, suicidtankar vid berusning (ej aktuellt)."),
        ("area", "Familj", "Ensamstående, sporadisk kontakt med bror."),
        ("h", "Handläggarens analys"),
        ("p", "Stefan har ett svårt alkoholberoende med tablettbruk och återföll inom en vecka efter senaste avgiftning. "
              "Han är isolerad och riskerar att förlora bostaden. Han behöver en period i drogfri miljö för att bryta "
              "bruket, få en bedömning av sin psykiska ohälsa och få hjälp att reglera hyresskulden. Öppenvård har "
              "erbjudits två gånger utan att Stefan kommit till besöken. Institutionsvård vid Västkustgården bedöms "
              "därför tillgodose behoven."),
        ("h", "Slutsats och förslag"), ("p", "Institutionsvård, Västkustgården, från 2015-04-22 i fyra månader."),
        ("sig", ["Josefin Adolfsson, 2015-04-08"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="DejaVu", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-04-14"), ("Insats", "Institutionsvård, Västkustgården"),
                                      ("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Tid", "2015-04-22 \u2013 2015-08-21")])),
        ("box", [(True, "Bifall"), (False, "Avslag")]),
        ("sig", ["Josefin Adolfsson"]),
    ])
    mail = dict(file="uppdrag_epost.pdf", type="uppdragsbeskrivning", engine="chrome", title="", blocks=[
        ("mail", [("Från:", "Josefin Adolfsson <josefin.adolfsson@varberg.se>"), ("Till:", "Västkustgården intag"),
                  ("Skickat:", "2015-04-15 08:51"), ("Ämne:", "Uppdrag institutionsvård \u2013 IFN 2015/0129 (säker e-post)")]),
        ("p", "Hej!"),
        ("p", "Stefan Lindqvist (%s) har beviljats institutionsvård hos er 2015-04-22 \u2013 2015-08-21." % pnr),
        ("h2", "Behov"), ("p", "Bryta dagligt alkohol- och tramadolbruk i drogfri miljö, bedömning av psykisk ohälsa, "
                              "hjälp att reglera hyresskuld så att bostaden kan behållas."),
        ("h2", "Uppdrag"), ("p", "Behandling enligt ert program, läkarbedömning, stöd i kontakt med hyresvärd och budgetrådgivning."),
        ("h2", "Mål"), ("p", "Nykter under placeringen; psykiatrisk bedömning klar senast 2015-06-15; avbetalningsavtal "
                            "för hyresskulden senast 2015-05-31."),
        ("h2", "Uppföljning"), ("p", "Vårdplan vid inskrivning; trepartsmöte efter ca sex veckor."),
        ("h2", "Återrapportering"), ("p", "Slutrapport vid utskrivning eller avbrott."),
        ("sig", ["Josefin Adolfsson", "Socialsekreterare, Vuxenenheten, Varbergs kommun", "0340-88 61 32",
                 "josefin.adolfsson@varberg.se"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="DejaVu", header=H("Journal"), title="Journal",
                blocks=journal_blocks([
        ("2015-04-15", "JOAD", "Uppdrag", "Uppdrag skickat till Västkustgården."),
        ("2015-04-20", "JOAD", "Telefon", "Stefan ringer och säger att han inte vill åka till Västkustgården. Han vill "
         "försöka själv och har ordnat jobb hos en bekant. Informeras om att han kan ansöka igen. Västkustgården "
         "meddelas, platsen avbokas."),
        ("2015-04-21", "JOAD", "Avslut", "Stefan tackade nej före inskrivning. Beslutet verkställs inte. Ärendet avslutas."),
    ]))
    return dict(committee=K, dnr=D, scenario="HVB granted and assigned by e-mail; the client declined two days before admission.",
                docs=[utr, bes, mail, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys states needs and why institutional care meets them.",
                             [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("ej_tillämpligt", "Client declined before admission (journal 2015-04-20/21).",
                     [("journal.pdf", "tackade nej före inskrivning")]),
        "follow_up": ("ej_tillämpligt", "Client declined before the intervention started.",
                      [("journal.pdf", "tackade nej före inskrivning")]),
        "assignment_description": ("ja", "E-mail assignment 2015-04-15 with needs, content, goals, follow-up, report-back and "
                                   "signature with contact details; sent time in header.",
                                   [("uppdrag_epost.pdf", "Bryta dagligt alkohol")], "abcdefg", ""),
    })


# =====================================================================================
# 18 Varberg – öppenvård, no plan ever received; Avstämning with outcome
@case
def varberg_2():
    K, D = "Varberg", "IFN 2015/0301"
    name, pnr = "Elin Sofia Bengtsson", luhn_pnr("19020102", "541")
    H = lambda w: tr_header(K, D, "2015-09-18", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="chrome", header=H("Utredning"),
               title="Utredning \u2013 vuxen missbruk", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Josefin Adolfsson"), ("Utredningstid", "2015-02-09 \u2013 2015-03-06")])),
        ("h", "Alkohol"), ("p", "Dricker i perioder, helger och ibland vardagar; blackouts."),
        ("h", "Narkotika"), ("p", "Cannabis vid fester."),
        ("h", "Boende"), ("p", "Bor hos sina föräldrar i Träslövsläge."),
        ("h", "Försörjning"), ("p", "Studerar på högskolan i Halmstad, CSN."),
        ("h", "Psykisk hälsa"), ("p", "Självskadebeteende i tonåren, nu stabil; kontakt med studenthälsan."),
        ("h", "Handläggarens analys"),
        ("p", "Elins berusningsdrickande med blackouts och inslag av cannabis riskerar hennes studier och hälsa, och "
              "föräldrarna är oroliga. Hon behöver förstå sitt mönster och få strategier för att dricka mindre eller "
              "inte alls, samt stöd att hålla fast vid studierna. Hon är motiverad och har ett stödjande nätverk; "
              "öppenvård med MI och återfallsprevention vid Varbergs öppenvård Vågen tillgodoser behoven."),
        ("h", "Slutsats och förslag"), ("p", "Öppenvård, Vågen, 2015-03-16 \u2013 2015-08-31."),
        ("sig", ["Josefin Adolfsson, 2015-03-06"]),
    ])
    mail = dict(file="uppdrag_epost.pdf", type="uppdragsbeskrivning", engine="chrome", title="", blocks=[
        ("mail", [("Från:", "Josefin Adolfsson <josefin.adolfsson@varberg.se>"), ("Till:", "Öppenvården Vågen"),
                  ("Skickat:", "2015-03-11 13:20"), ("Ämne:", "Uppdrag öppenvård IFN 2015/0301")]),
        ("p", "Hej! Beslut om öppenvård hos er för Elin Bengtsson (%s) fattades 2015-03-10." % pnr),
        ("h2", "Behov"), ("p", "Förstå sitt berusningsmönster, strategier att dricka mindre/inte alls, hålla fast vid studierna."),
        ("h2", "Uppdrag"), ("p", "MI och återfallsprevention, ca 12 samtal, samt ett familjesamtal."),
        ("h2", "Mål"), ("p", "Inga blackouts fr.o.m. 2015-05-01; klarar vårterminens kurser (juni 2015)."),
        ("h2", "Uppföljning"), ("p", "Ni upprättar genomförandeplan; avstämning med mig efter ca tre månader."),
        ("h2", "Återrapportering"), ("p", "Kort slutrapport med måluppfyllelse när insatsen avslutas."),
        ("sig", ["Josefin Adolfsson", "Socialsekreterare, Vuxenenheten, Varbergs kommun", "0340-88 61 32",
                 "josefin.adolfsson@varberg.se"]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="chrome", header=H("Journal"), title="Journal", blocks=journal_blocks([
        ("2015-03-10", "JOAD", "Beslut", "Öppenvård Vågen beviljad 2015-03-16 \u2013 2015-08-31."),
        ("2015-03-11", "JOAD", "Uppdrag", "Uppdrag skickat till Vågen per e-post."),
        ("2015-04-07", "JOAD", "Telefon", "Vågen meddelar att Elin har påbörjat samtalen. Genomförandeplan upprättas av "
         "Öppenvården och skickas hit."),
        ("2015-05-04", "JOAD", "Planerat hembesök", "Planerat hembesök hos familjen 2015-05-12 inför familjesamtalet."),
        ("2015-06-09", "JOAD", "Avstämning", "Avstämning på Vågen med Elin och behandlaren Sara Yilmaz. Elin har gått på "
         "9 samtal. Hon har inte haft någon blackout sedan mars och har slutat med cannabis. Hon klarade fyra av fem "
         "tentor. Familjesamtal genomfört. Fortsätter till augusti."),
        ("2015-09-01", "JOAD", "Avslut", "Slutrapport från Vågen inkommen; insatsen avslutad. Någon genomförandeplan har inte inkommit."),
    ]))
    return dict(committee=K, dnr=D, scenario="Öppenvård; journal says a GFP will be made but none ever arrives ('planerat "
                "hembesök' is not a plan); Avstämning with outcome.", docs=[utr, mail, jour], labels={
        "needs_assessment": ("ja", "Handläggarens analys states needs and why outpatient MI/ÅP meets them.",
                             [("utredning.pdf", "Handläggarens analys")]),
        "planning": ("nej", "No plan: journal only says a GFP will be made; the closing note says none arrived.",
                     [("journal.pdf", "Någon genomförandeplan har inte inkommit")]),
        "follow_up": ("ja", "Journal 2015-06-09 avstämning with outcome.", [("journal.pdf", "Avstämning på Vågen")]),
        "assignment_description": ("ja", "E-mail assignment 2015-03-11 with a–f and signature; sent time in header and journal.",
                                   [("uppdrag_epost.pdf", "Förstå sitt berusningsmönster"), ("journal.pdf", "Uppdrag skickat till Vågen")],
                                   "abcdefg", ""),
    })


# =====================================================================================
# 19 Falkenberg – template placeholder assessment; plan without who/when; assignment never sent
@case
def falkenberg_1():
    K, D = "Falkenberg", "SN 2015/0077"
    name, pnr = "Kristoffer Alm", luhn_pnr("19010917", "628")
    H = lambda w: tr_header(K, D, "2015-09-24", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="Times", header=H("Utredning"),
               title="Utredning \u2013 missbruk/beroende", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Maja Hellström"), ("Utredningstid", "2015-02-02 \u2013 2015-02-27")])),
        ("h", "Aktualisering"), ("p", "Egen ansökan om öppenvård 2015-02-02."),
        ("h", "Alkohol"), ("p", "Dricker 10\u201315 standardglas per helg, ibland vardagar."),
        ("h", "Narkotika"), ("p", "Amfetamin någon gång per månad."),
        ("h", "Boende / försörjning"), ("p", "Hyreslägenhet; arbetar som målare."),
        ("h", "Resultat av screening"),
        ("p", "AUDIT: 24 poäng \u2013 \u201dsannolikt alkoholberoende\u201d. DUDIT: 9 poäng \u2013 \u201dsannolikt drogrelaterade problem\u201d."),
        ("h", "Bedömning"),
        ("p", "[Skriv bedömning här]"),
        ("h", "Förslag till beslut"), ("p", "Öppenvård, Falkenbergs öppenvård Ankaret, 2015-03-09 \u2013 2015-08-31."),
        ("sig", ["Maja Hellström, 2015-02-27"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="Times", header=H("Beslut"), title="Beslut", blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2015-03-03"), ("Insats", "Öppenvård, Ankaret"),
                                      ("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Tid", "2015-03-09 \u2013 2015-08-31")])),
        ("p", "Ansökan beviljas."),
        ("sig", ["Maja Hellström"]),
    ])
    gfp = dict(file="genomforandeplan.pdf", type="genomförandeplan", engine="rl", font="Times",
               header="Öppenvården Ankaret \u2013 Falkenbergs kommun", title="Genomförandeplan", blocks=[
        ("kv", [("Namn", name), ("Upprättad", "2015-03-18")]),
        ("h2", "Mål"),
        ("bul", ["Högst 4 standardglas per helg senast 2015-05-31.", "Ingen amfetamin fr.o.m. 2015-04-01 (urinprov)."]),
        ("h2", "Insatser"), ("p", "Samtal, urinprov, alkoholdagbok."),
        ("h2", "Ansvar och tidsplan"), ("p", ""),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="Times", header=H("Journal"),
                title="Journal", blocks=journal_blocks([
        ("2015-03-03", "MAHE", "Beslut", "Beviljas öppenvård Ankaret. Uppdragsbeskrivning skickas till Ankaret när "
         "behandlare är utsedd."),
        ("2015-03-19", "MAHE", "Handling", "Genomförandeplan från Ankaret inkommen."),
        ("2015-06-03", "MAHE", "Trepartssamtal", "Trepartssamtal på Ankaret med Kristoffer och behandlaren Tove Ek. "
         "Alkoholdagboken visar 3\u20136 glas per helg sedan april; inga vardagar. Två urinprov positiva för amfetamin i "
         "april, därefter negativa. Kristoffer vill fortsätta. Överenskommet att fortsätta till 2015-08-31."),
        ("2015-09-07", "MAHE", "Avslut", "Insatsen avslutad, slutsamtal per telefon med Tove Ek."),
    ], style="para"))
    return dict(committee=K, dnr=D, scenario="Öppenvård; Bedömning holds only a template placeholder (plus screening scores); "
                "GFP with dated goals but empty responsibility/time section; assignment promised but never written.",
                docs=[utr, bes, gfp, jour], labels={
        "needs_assessment": ("nej", "Bedömning section holds only the template placeholder; only AUDIT/DUDIT instrument "
                             "interpretations; the beslut has no reasons.", [("utredning.pdf", "[Skriv bedömning här]")]),
        "planning": ("delvis", "GFP has dated goals but the 'Ansvar och tidsplan' section is empty (no who/when).",
                     [("genomforandeplan.pdf", "Ansvar och tidsplan")]),
        "follow_up": ("ja", "Journal 2015-06-03 trepartssamtal with outcome.", [("journal.pdf", "Trepartssamtal på Ankaret")]),
        "assignment_description": ("nej", "Journal says an assignment will be sent; none exists in the file.",
                                   [("journal.pdf", "Uppdragsbeskrivning skickas till Ankaret")], "", "abcdefg"),
    })


# =====================================================================================
# 20 Falkenberg – HVB; scanned beslut; no follow-up made
@case
def falkenberg_2():
    K, D = "Falkenberg", "SN 2014/0512"
    name, pnr = "Ulla Birgitta Svahn", luhn_pnr("19000127", "766")
    H = lambda w: tr_header(K, D, "2015-09-24", w)
    utr = dict(file="utredning.pdf", type="utredning", engine="rl", font="Times", header=H("Utredning"),
               title="Utredning \u2013 missbruk/beroende", blocks=[
        ("kv", person_kv(name, pnr, [("Handläggare", "Maja Hellström"), ("Utredningstid", "2014-08-11 \u2013 2014-09-12")])),
        ("h", "Aktualisering"), ("p", "Anmälan från hemtjänsten 2014-08-08: Ulla är ofta berusad och har fallit flera gånger."),
        ("h", "Alkohol"), ("p", "Dagligt drickande av vin och sprit sedan flera år."),
        ("h", "Boende"), ("p", "Lägenhet i centrala Falkenberg. Hemtjänst två gånger per dag."),
        ("h", "Hälsa"), ("p", "Frakturer efter fall, KOL, undernäring. Läkaren vid vårdcentralen rekommenderar nykterhet."),
        ("h", "Bedömning"),
        ("p", "Ulla har ett långvarigt alkoholberoende som lett till upprepade fall, undernäring och att hon inte längre "
              "klarar sin vardag trots hemtjänst. Hon behöver bli nykter i en miljö där hon får tillsyn, näring och "
              "rehabilitering efter frakturerna, och därefter en planerad återgång med stöd i hemmet. Öppenvård är "
              "inte möjlig eftersom hon inte kan ta sig till mottagningen och dricker ensam i hemmet. Institutionsvård "
              "vid Solbackens behandlingshem, som tar emot äldre med somatisk samsjuklighet, motsvarar behoven."),
        ("h", "Förslag till beslut"), ("p", "Institutionsvård, Solbacken, 2014-10-01 \u2013 2015-01-31."),
        ("sig", ["Maja Hellström, 2014-09-12"]),
    ])
    bes = dict(file="beslut.pdf", type="beslut", engine="rl", font="Times", scan=True, header=H("Beslut"), title="Beslut",
               size=11, blocks=[
        ("kv", person_kv(name, pnr, [("Beslutsdatum", "2014-09-18"), ("Insats", "Institutionsvård, Solbackens behandlingshem"),
                                      ("Lagrum", "4 kap. 1 \u00a7 SoL"), ("Tid", "2014-10-01 \u2013 2015-01-31")])),
        ("p", "Motivering: Ulla behöver bli nykter i en miljö med tillsyn och rehabilitering, vilket inte kan ges i hemmet."),
        ("sig", ["Maja Hellström, socialsekreterare"]),
    ])
    upp = dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", engine="rl", font="Times", header=H("Uppdrag"),
               title="Uppdragsbeskrivning", blocks=[
        ("kv", [("Mottagare", "Solbackens behandlingshem, föreståndare Bertil Olsson"), ("Klient", "%s, %s" % (name, pnr)),
                ("Beslut", "2014-09-18")]),
        ("h2", "Socialnämndens bedömning av behov"),
        ("p", "Nykterhet i miljö med tillsyn, näring och rehabilitering efter frakturer; planerad återgång till hemmet med stöd."),
        ("h2", "Uppdraget"), ("p", "Institutionsvård med alkoholbehandling anpassad för äldre, sjukgymnastik, kostplan."),
        ("h2", "Mål"), ("p", "Nykter under placeringen; går med rollator utan fall senast 2014-12-15; vikt ökad med 3 kg senast 2015-01-15."),
        ("h2", "Uppföljning"), ("p", "Vårdplan vid inskrivning; uppföljningsmöte i november 2014."),
        ("h2", "Återrapportering"), ("p", "Slutrapport vid utskrivning med hälsoläge, måluppfyllelse och behov i hemmet."),
        ("h2", "Handläggare"), ("p", "Maja Hellström, 0346-88 62 14, maja.hellstrom@falkenberg.se"),
        ("h2", "Överlämnande"), ("p", "Skickad med post 2014-09-19."),
    ])
    vp = dict(file="vardplan.pdf", type="vårdplan", engine="rl", font="Times", header=H("Vårdplan"), title="Vårdplan", blocks=[
        ("kv", [("Klient", name), ("Datum", "2014-10-08"), ("Deltagare", "Ulla, Bertil Olsson, Maja Hellström, dottern Eva")]),
        ("table", ["Mål", "Vad görs", "Vem", "När"], [
            ["Nykter", "Tillsyn, samtal, utandningsprov", "Solbacken", "2014-10-01 \u2013 2015-01-31"],
            ["Går utan fall", "Sjukgymnastik 3 ggr/vecka", "Solbacken, sjukgymnast", "Senast 2014-12-15"],
            ["Vikt +3 kg", "Kostplan, vägning varje vecka", "Solbacken", "Senast 2015-01-15"],
            ["Stöd i hemmet vid hemgång", "Biståndsbedömning hemtjänst, trygghetslarm", "Maja Hellström", "Senast 2015-01-20"],
        ], [0.25, 0.35, 0.2, 0.2]),
    ])
    jour = dict(file="journal.pdf", type="journalanteckningar", engine="rl", font="Times", header=H("Journal"),
                title="Journal", blocks=journal_blocks([
        ("2014-09-19", "MAHE", "Uppdrag", "Uppdragsbeskrivning skickad till Solbacken."),
        ("2014-10-01", "MAHE", "Inskrivning", "Ulla inskriven på Solbacken."),
        ("2014-10-08", "MAHE", "Vårdplan", "Vårdplan upprättad."),
        ("2015-02-02", "MAHE", "Utskrivning", "Ulla utskriven 2015-01-31 till hemmet med hemtjänst. Någon uppföljning av "
         "placeringen har inte gjorts under vårdtiden på grund av vakanser på enheten."),
    ], style="para"))
    return dict(committee=K, dnr=D, scenario="HVB; full assignment and vårdplan; beslut only scanned; journal states no "
                "follow-up was done.", docs=[utr, bes, upp, vp, jour], labels={
        "needs_assessment": ("ja", "Bedömning in utredning states needs and why HVB meets them; scanned beslut repeats the reason.",
                             [("utredning.pdf", "Ulla har ett långvarigt alkoholberoende"), ("beslut.pdf", "Motivering")]),
        "planning": ("ja", "Vårdplan 2014-10-08 with goals, actions, responsible and dates.", [("vardplan.pdf", "Går utan fall")]),
        "follow_up": ("nej", "Journal states that no follow-up of the placement was made.",
                      [("journal.pdf", "Någon uppföljning av")]),
        "assignment_description": ("ja", "Uppdragsbeskrivning with a–f and 'Skickad med post 2014-09-19'.",
                                   [("uppdragsbeskrivning.pdf", "Socialnämndens bedömning av behov")], "abcdefg", ""),
    })
