"""Cases 5-12 (Täby, Nacka)."""
from blocks import utredning, beslut, journal, tick
from common import (TABY_HDR, TABY_FTR, NACKA_HDR, NACKA_FTR, email, lov_form, uppf_form)

CASES = []


def case(f):
    CASES.append(f())
    return f


# ======================================================================= 5
@case
def c05():
    cid = "taby_SOC-2014-77"
    c = dict(name="Tomas Wallin", pnr="19010707-5013", dnr="SOC 2014/77", officer="Helena Brandt",
             utr_start="2014-11-04", utr_end="2014-12-05", ans_date="2014-11-03",
             ans_avser="Öppenvård, cannabis", beslut_date="2014-12-08")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Tomas kom på eget initiativ till Vuxenenhetens drop-in 2014-11-03 tillsammans med sin sambo."),
        ("Sökandes situation", "Tomas är 29 år och bor med sambo i Näsbypark. Han har rökt cannabis dagligen i ca fem år, oftast "
         "på kvällarna \"för att kunna sova\". Han har fått en varning på jobbet för sen ankomst."),
        ("Nätverk", "Sambon Malin är ett stöd men har sagt att hon inte orkar mer. Föräldrarna bor i Täby. Några av kompisarna röker."),
        ("Sysselsättning och ekonomi", "Arbetar som montör, fast anställning. Har lån för bil, i övrigt inga skulder."),
        ("Hälsa", "Sömnsvårigheter och nedstämdhet. DUDIT 19 p (2014-11-12)."),
        ("Sökandes egen uppfattning", "Tomas vill sluta men har försökt själv tre gånger. Han vill inte att arbetsgivaren ska få veta."),
    ], "Socialtjänstens överväganden", [
        "Tomas har ett dagligt cannabisbruk sedan flera år som nu påverkar sömn, humör, relationen till sambon och arbetet. "
        "Han har själv försökt sluta utan att lyckas och har svårt att hantera abstinensen med sömnproblem och irritation. "
        "Han har en stabil bostad, arbete och en sambo som vill stötta, vilket gör att en insats i hemmiljön är rimlig.",
        "Socialtjänsten gör ställningstagandet att Tomas ska erbjudas strukturerad öppenvård med inriktning på cannabis (CANNAB-"
        "programmet eller motsvarande KBT), kvällstid så att arbetet kan fortsätta, med drogtester som stöd för motivationen och "
        "ett par samtal där sambon deltar. Insatsen ger honom möjlighet att lära sig hantera sömn och sug utan cannabis.",
    ])
    bsl = beslut(c, ["Tomas har sedan flera år ett dagligt cannabisbruk som han inte kunnat bryta på egen hand och som påverkar "
                     "hans arbete och relation. Öppenvård kvällstid med cannabisinriktad KBT ger honom stöd att sluta samtidigt som "
                     "han kan behålla sin anställning. Insatsen tillförsäkrar honom en skälig levnadsnivå."],
                 "Öppenvård, cannabisprogram", "Vårdkedjan Nord AB, Öppenvården Täby C", "2014-12-15 -- 2015-06-14",
                 decider="Helena Brandt, socialsekreterare")
    cover = [("p", "Täby kommun\nSocialförvaltningen, Vuxenenheten\n187 80 Täby"),
             ("p", "2014-12-09"),
             ("p", "Vårdkedjan Nord AB\nÖppenvården Täby C\natt: Kristoffer Alm"),
             ("h2", "Angående uppdrag – Tomas Wallin"),
             ("p", "Härmed översänds uppdrag avseende Tomas Wallin (SOC 2014/77) enligt beslut 2014-12-08. Uppdragsformuläret "
                   "bifogas. Formulär och beslut skickas idag med internpost och i kopia via säker e-post."),
             ("p", "Jag nås på telefon 08-555 582 31 måndag–fredag 8.30–16.00, mobil 070-211 48 90, eller på "
                   "helena.brandt@taby.se. Vid min frånvaro kontakta mottagningen, 08-555 580 00."),
             ("p", "Vänliga hälsningar\n\nHelena Brandt\nSocialsekreterare / Case manager"),
             ("pb",),
             ("h1", "Uppdragsformulär – Öppenvård"),
             ("kv", [("Klient", "Tomas Wallin, 19010707-5013"), ("Beslut", "2014-12-08, SoL 4 kap 1 §"),
                     ("Socialnämndens bedömning", "Tomas har ett dagligt cannabisbruk sedan fem år som han inte kunnat bryta själv. "
                      "Bruket påverkar sömn, humör, arbete och relation till sambon. Han har en stabil bostad och arbete och "
                      "bedöms kunna tillgodogöra sig behandling i öppen form kvällstid."),
                     ("Uppdraget innehåller", "Cannabisinriktad KBT, individuellt 1 ggr/vecka i 12 veckor, därefter gruppträffar "
                      "varannan vecka. Urinprov 1 ggr/vecka första två månaderna. Två samtal tillsammans med sambon."),
                     ("Mål", "1. Tomas är drogfri (negativa prov) från februari 2015 och till beslutsperiodens slut.\n"
                      "2. Tomas sover minst sex timmar per natt utan cannabis senast april 2015 (egen sömndagbok)."),
                     ("Uppföljning", "Utföraren skickar Statusrapport efter tre månader. Avstämning i trepartssamtal därefter."),
                     ("Rapport vid avslut", "Slutrapport med provsvar, närvaro, måluppfyllelse och eventuella rekommendationer.")])]
    plan = [("lh", "Vårdkedjan Nord AB", "Öppenvården Täby C · Stationsvägen 2 · tel 08-756 30 10"),
            ("h1", "INDIVIDUELL PLAN / Treatment plan"),
            ("p", "Klient: Tomas Wallin    Behandlare: Kristoffer Alm    Datum: 2015-01-08"),
            ("table", [["Mitt Mål", "Hur", "Kommentar"],
                       ["Jag ska sluta röka på.", "Samtal, prov, verktyg för sug.", "Tomas tycker detta är viktigast."],
                       ["Jag vill må bättre och sova bättre.", "Sömnskola, sömndagbok.", ""],
                       ["Bättre relation med Malin.", "Parsamtal.", "Malin är positiv."]], [0.3, 0.35, 0.35]),
            ("p", "Planen gås igenom löpande i behandlingen."),
            ("p", "Underskrifter: Tomas Wallin   Kristoffer Alm")]
    status = [("lh", "Vårdkedjan Nord AB", "Öppenvården Täby C"),
              ("h1", "Statusrapport"),
              ("kv", [("Klient", "Tomas Wallin"), ("Uppdragsgivare", "Täby kommun, Helena Brandt"),
                      ("Period", "2014-12-15 -- 2015-03-13"), ("Datum", "2015-03-16"), ("Behandlare", "Kristoffer Alm")]),
              ("h2", "Närvaro"), ("p", "11 av 12 individuella samtal, 2 av 2 parsamtal. Ett uteblivet besök (sjuk)."),
              ("h2", "Provsvar"), ("p", "Positiva prov v. 51–2 (sjunkande värden), därefter samtliga negativa (v. 3–11)."),
              ("h2", "Måluppfyllelse"),
              ("p", "Mål 1 (drogfri): uppnått hittills. Mål 2 (sömn): delvis – Tomas sover 5–6 timmar, sömndagboken visar förbättring."),
              ("h2", "Rekommendation"), ("p", "Fortsatt gruppbehandling enligt uppdraget. Inga ändringar föreslås.")]
    jour = journal(c, [
        ("2014-11-03", "HB", "Besök", "Tomas och sambon på drop-in. Ansökan om öppenvård."),
        ("2014-12-08", "HB", "Beslut", "Beviljas öppenvård hos Vårdkedjan Nord."),
        ("2014-12-09", "HB", "Uppdrag", "Uppdrag + följebrev skickat till Vårdkedjan (internpost + säker mejl)."),
        ("2015-03-16", "HB", "Statusrapport", "Statusrapport inkommen från Kristoffer A, se separat dokument."),
        ("2015-03-24", "HB", "Avstämmning", "Trepartssamtal på Öppenvården Täby C. Tomas har varit drogfri sen mitten av januari, "
         "sover bättre. Han tycker gruppen är \"lite tjatig\" men vill fortsätta. Vi kom överens om fortsatt insats enl. beslut."),
    ], intro="Utskrift ur Treserva")
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="html", header=TABY_HDR, footer=TABY_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="docx", header=TABY_HDR, footer=TABY_FTR, blocks=bsl),
        dict(file="uppdrag_foljebrev_och_formular.pdf", type="uppdragsbeskrivning (följebrev + formulär)", producer="docx",
             header=TABY_HDR, footer=TABY_FTR, blocks=cover),
        dict(file="individuell_plan.pdf", type="genomförandeplan", producer="html", layout="landscape", blocks=plan, lhcolor="#7a1f1f"),
        dict(file="statusrapport_2015-03.pdf", type="uppföljning (statusrapport)", producer="rl", font="LS", blocks=status,
             header="Vårdkedjan Nord AB – Statusrapport"),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=TABY_HDR, footer=TABY_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Täby", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Socialtjänstens överväganden (utan ordet behov) beskriver problemen och varför cannabisinriktad öppenvård passar.",
                          [(F + "utredning.pdf", "Socialtjänsten gör ställningstagandet"), (F + "beslut.pdf", "Öppenvård kvällstid med cannabisinriktad")]),
        planning=("delvis", "Individuell plan har mål i jagform men inga datum, mätbara mål eller ansvariga.",
                  [(F + "individuell_plan.pdf", "Jag ska sluta röka på")]),
        follow_up=("ja", "Statusrapport 2015-03-16 med måluppfyllelse och trepartssamtal 2015-03-24 med utfall.",
                   [(F + "statusrapport_2015-03.pdf", "Måluppfyllelse"), (F + "journal.pdf", "Trepartssamtal på Öppenvården")]),
        assignment_description=("ja", "Följebrev (handläggarens kontaktuppgifter, skickat 2014-12-09) plus formulär med bedömning, innehåll, mål, uppföljning och slutrapport.",
                                [(F + "uppdrag_foljebrev_och_formular.pdf", ("Härmed översänds", "Uppdraget innehåller")),
                                 (F + "journal.pdf", "Uppdrag + följebrev")], list("abcdefg"), [])))


# ======================================================================= 6  NA nej, AD nej
@case
def c06():
    cid = "taby_SOC-2015-112"
    c = dict(name="Anneli Söder", pnr="19000214-7148", dnr="SOC 2015/112", officer="Jesper Kronqvist",
             utr_start="2015-02-10", utr_end="2015-03-02", ans_date="2015-02-09",
             ans_avser="Behandlingshem, alkohol", beslut_date="2015-03-04")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Ansökan från Anneli via telefon 2015-02-09 efter vård på Beroendecentrum Nord, avdelning för abstinensvård."),
        ("Sökandes situation", "Anneli är 49 år och bor ensam i villa i Gribbylund. Hon har druckit sprit i perioder i över tio år. "
         "Senaste halvåret har hon druckit dagligen och vid två tillfällen hittats medvetslös av grannen."),
        ("Nätverk", "Dotter (24 år) i Stockholm. Anneli har uppdrag som kassör i villaföreningen, som hon nu vill lämna."),
        ("Sysselsättning och ekonomi", "Sjukskriven från tjänst som ekonomiassistent. Sjukpenning. God ekonomi."),
        ("Läkarintyg", "Överläkare Göran Westin, Beroendecentrum Nord, 2015-02-06: <i>\"Bedömning: Patienten har ett svårt "
         "alkoholberoende (F10.2) med upprepade intoxikationer. Jag bedömer att hon är i behov av behandling på behandlingshem "
         "efter avslutad avgiftning.\"</i>"),
        ("Sökandes egen uppfattning", "Anneli vill åka till Solbacka där en väninna har varit. Hon säger: \"Jag behöver komma bort, "
         "hemma dricker jag bara.\""),
    ], "Analys och bedömning", [
        "Se läkarintyg ovan. Anneli önskar behandlingshem.",
    ])
    bsl = beslut(c, "Anneli Söder ansöker om behandlingshem. Ansökan beviljas.",
                 "Institutionsvård (behandlingshem)", "Solbacka behandlingshem, Stiftelsen Solbacka, Rimbo", "2015-03-09 -- 2015-06-08",
                 decider="Jesper Kronqvist, socialsekreterare")
    plan = [("lh", "Solbacka behandlingshem", "Stiftelsen Solbacka · Solbackavägen 8 · 762 91 Rimbo · 0175-702 70"),
            ("h1", "Behandlingsplan"),
            ("kv", [("Namn", "Anneli Söder"), ("Inskriven", "2015-03-09"), ("Kontaktperson", "Marie Fors, behandlare"),
                    ("Upprättad", "2015-03-20"), ("Deltagit", tick(["Klient", "Handläggare", "Anhörig"], "Klient"))]),
            ("h2", "Områden"),
            ("table", [["Område", "Önskat läge", "Så här gör vi", "Vem", "Datum"],
                       ["Alkohol", "Jag är nykter och vet vad jag gör vid sug", "Tolvstegsprogram steg 1–5, ÅP-gruppen, Antabus enligt läkare",
                        "Anneli, Marie F", "Utvärderas 2015-05-04"],
                       ["Hälsa", "Jag har normala levervärden", "Provtagning hos Solbackas läkare", "Sjuksköterska",
                        "2015-03-23 och 2015-05-18"],
                       ["Efter Solbacka", "Jag har en kontakt hemma i Täby", "Ansöka om eftervård, besöka AA-grupp i Täby under permission",
                        "Anneli, handl.", "Före 2015-05-29"]], [0.13, 0.25, 0.32, 0.15, 0.15]),
            ("p", "Planen följs upp vid varje behandlingskonferens.")]
    upf = uppf_form("Uppföljning av insats", [
        ("Klient", "Anneli Söder, SOC 2015/112"), ("Insats", "Behandlingshem Solbacka"),
        ("Datum", "2015-05-06"), ("Plats", "Solbacka, Rimbo"),
        ("Närvarande", "Anneli, Marie Fors (Solbacka), Jesper Kronqvist (handl.)")],
        "uppnådda",
        "Anneli har varit nykter hela vistelsen, genomfört steg 1–5 och har levervärden inom normalintervall 2015-04-20. "
        "Hon har besökt en AA-grupp i Täby under permission. Hon beskriver att hon känner sig \"stabil men rädd för sommaren\".",
        "Insatsen avslutas", "Avslut enligt plan 2015-06-08. Eftervård ansöks separat (ny utredning).",
        "Antecknat 2015-05-07, J. Kronqvist")
    jour = journal(c, [
        ("2015-02-09", "JK", "Tfn", "Anneli ringer från Beroendecentrum, ansöker om behandlingshem."),
        ("2015-03-04", "JK", "Beslut", "Beslut fattat."),
        ("2015-03-05", "JK", "Tfn Solbacka", "Ringt Solbacka, pratat med intag om Annelis uppdrag: behandling alkohol, ca 3 mån. "
         "Uppdraget lämnades muntligt. Plats från 9/3."),
        ("2015-03-09", "JK", "Placering", "Anneli har anlänt till Solbacka."),
        ("2015-05-06", "JK", "Uppföljnig", "Uppföljning på Solbacka, se blankett."),
        ("2015-06-08", "JK", "Avslut", "Anneli utskriven från Solbacka enligt plan."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning (med citerat läkarintyg)", producer="rl", font="DVSe", header=TABY_HDR, footer=TABY_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", font="DVSe", header=TABY_HDR, footer=TABY_FTR, blocks=bsl),
        dict(file="behandlingsplan_solbacka.pdf", type="vårdplan/behandlingsplan", producer="docx", blocks=plan,
             header="Solbacka behandlingshem", footer="Stiftelsen Solbacka"),
        dict(file="uppfoljning_av_insats.pdf", type="uppföljning", producer="html", header=TABY_HDR, blocks=upf),
        dict(file="journal.pdf", type="journalanteckningar", producer="html", header=TABY_HDR, footer=TABY_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Täby", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("nej", "Under 'Analys och bedömning' står bara 'Se läkarintyg' och klientens önskemål; endast läkarens bedömning finns, beslutet saknar skäl.", []),
        planning=("ja", "Solbackas behandlingsplan med önskat läge, aktiviteter, ansvariga och datum.",
                  [(F + "behandlingsplan_solbacka.pdf", "Önskat läge")]),
        follow_up=("ja", "Uppföljning av insats 2015-05-06 med utfall (uppnådda).",
                   [(F + "uppfoljning_av_insats.pdf", "Målen är"), (F + "journal.pdf", "Uppföljning på Solbacka")]),
        assignment_description=("nej", "Uppdraget lämnades muntligt per telefon; beslutet nämner bara utföraren. 'Uppdrag som kassör' är en fälla.", [],
                                [], list("abcdefg"))))


# ======================================================================= 7 recent
@case
def c07():
    cid = "taby_2015-000318"
    c = dict(name="Robert Lind", pnr="19020811-6635", dnr="2015-000318", officer="Helena Brandt",
             utr_start="2015-07-20", utr_end="2015-08-24", ans_date="2015-07-16",
             ans_avser="Öppenvård alkohol", beslut_date="2015-08-26")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Robert ansökte via Täby kommuns e-tjänst 2015-07-16 efter att ha fått sparken från sitt sommarjobb."),
        ("Sökandes situation", "Robert är 23 år, bor i lägenhet i Tibble som han hyr i andra hand av sin moster. Han dricker "
         "stora mängder öl och sprit från torsdag till söndag, ofta med förlorade minnen. Två polisingripanden (LOB) under våren."),
        ("Nätverk", "Mamma och moster i Täby. Umgänget består till största delen av kompisar som dricker."),
        ("Sysselsättning och ekonomi", "Studerar på Komvux (2 kurser kvar till gymnasieexamen). Aktivitetsstöd/CSN. "
         "Skuld hos Kronofogden 12 400 kr (böter)."),
        ("AUDIT", "AUDIT 21 p (2015-07-28)."),
        ("Sökandes egen uppfattning", "Robert vill kunna gå ut utan att det slutar med fylla och vill klara Komvux."),
    ], "Sammanfattning och analys", [
        "Robert har ett intensivt helgdrickande med återkommande minnesluckor och polisingripanden. Drickandet hotar studierna "
        "och boendet. Han är ung, har ett fungerande boende och motivation, och har inte tidigare haft någon behandling.",
        "Vi bedömer att han behöver ett ungdomsinriktat öppenvårdsprogram med återfallsprevention och motiverande samtal, där "
        "även nätverket (mamma) kan delta, samt praktiskt stöd att planera helgerna. Han behöver inte vård utanför hemmet. "
        "Programmet ska ligga dagtid måndag–onsdag så att det inte krockar med Komvux kvällskurser.",
    ])
    bsl = beslut(c, "Robert har ett riskfyllt alkoholbruk som påverkar studier och säkerhet. Öppenvårdsprogrammet svarar mot "
                 "hans situation: återfallsprevention, motiverande samtal och involvering av nätverket, utan att studierna avbryts.",
                 "Öppenvård, ungdomsprogram 18–25", "Nordvik Öppenvård AB (LOV)", "2015-09-07 -- 2016-03-06")
    upp = lov_form("Vårdval Täby – Utförarportalen", "2015-08-27 14:02", [
        ("Uppdragsnummer", "UP-2015-1187"), ("Utförare", "Nordvik Öppenvård AB, Täby torg 4"),
        ("Klient", "Robert Lind 19020811-6635"), ("Startdatum", "2015-09-07"),
        ("Handläggare", "Helena Brandt · 08-555 582 31 · helena.brandt@taby.se"),
        ("Status", "Skickat till utförare 2015-08-27 14:01 · Accepterat av utförare 2015-08-28 08:55")], [
        ("Socialnämndens bedömning av behov", "Robert har ett intensivt helgdrickande (AUDIT 21) med minnesluckor och LOB. Han behöver "
         "återfallsprevention och motiverande samtal i öppen form, stöd att planera helgerna och att nätverket involveras, så att "
         "han kan fullfölja Komvux."),
        ("Uppdraget omfattar", "Ungdomsprogrammet 18–25: grupp mån+ons 10–12, enskilt samtal tisdagar, 2 nätverksträffar med mamma. "
         "Alkoholmätning (utandning) vid varje besök, PEth 1 ggr/månad."),
        ("Mål", "Robert har inga berusningstillfällen (PEth < 0,3) från november 2015. Robert har godkänt i sina två Komvux-kurser "
         "i januari 2016. Inga polisingripanden under beslutsperioden."),
        ("Uppföljning", "Första uppföljning (trepartsmöte) ca tre månader efter start, därefter inför avslut. Handläggaren kallar."),
        ("Återrapportering vid avslut", "Slutrapport: närvaro, provsvar, måluppfyllelse, Roberts egen bedömning, förslag på fortsatt stöd.")])
    plan = [("lh", "Nordvik Öppenvård AB", "Täby torg 4 · 183 34 Täby · 08-630 44 00"),
            ("h1", "Individuell plan – Ungdomsprogrammet"),
            ("p", "Upprättad: 2015-09-21 av Robert Lind och behandlare Sanna Ek"),
            ("bullets", ["<b>Mitt mål 1:</b> Jag ska inte dricka mig full en enda gång från och med 1 november. Hur: helgplanering varje "
                         "fredag med Sanna, utandningsprov vid besök, PEth 2015-10-19, 2015-11-16, 2015-12-14. Ansvar: Robert och Sanna.",
                         "<b>Mitt mål 2:</b> Jag klarar mina Komvux-kurser (Svenska 3, Matte 2b) senast 2016-01-22. Hur: studietid på "
                         "Nordvik tisdagar 13–15. Ansvar: Robert, studiecoach Komvux.",
                         "<b>Mitt mål 3:</b> Mamma vet hur hon kan stötta mig. Hur: nätverksträffar 2015-10-07 och 2015-11-25. Ansvar: Sanna."]),
            ("p", "Uppföljning av planen: planeras till 2015-12-08 tillsammans med handläggaren.")]
    jour = journal(c, [
        ("2015-07-16", "HB", "E-tjänst", "Ansökan inkommen."),
        ("2015-08-26", "HB", "Beslut", "Beslut öppenvård Nordvik fr.o.m. 2015-09-07."),
        ("2015-08-27", "HB", "Uppdrag", "Uppdrag skickat i Utförarportalen."),
        ("2015-09-07", "HB", "Start", "Nordvik bekräftar att Robert startat i gruppen idag."),
        ("2015-09-22", "HB", "Plan", "Individuell plan från Nordvik inkommen. Uppföljning planeras till december (2015-12-08 kl 10, Nordvik)."),
    ], intro="Utskrift ur Treserva 2015-09-30")
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="docx", header=TABY_HDR, footer=TABY_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", font="DVSe", header=TABY_HDR, footer=TABY_FTR, blocks=bsl),
        dict(file="uppdrag_utforarportalen.pdf", type="uppdragsbeskrivning", producer="html", blocks=upp,
             header="Vårdval Täby · Utförarportalen · UP-2015-1187"),
        dict(file="individuell_plan_nordvik.pdf", type="genomförandeplan", producer="rl", font="LS", blocks=plan, header="Nordvik Öppenvård AB"),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=TABY_HDR, footer=TABY_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Täby", dnr=c["dnr"], scenario="recent", docs=docs, crit=dict(
        needs_assessment=("ja", "Sammanfattning och analys anger problemen och varför ungdomsinriktad öppenvård dagtid passar.",
                          [(F + "utredning.pdf", "Vi bedömer att han behöver"), (F + "beslut.pdf", "Öppenvårdsprogrammet svarar mot")]),
        planning=("ja", "Individuell plan 2015-09-21 med daterade mål, aktiviteter och ansvariga.",
                  [(F + "individuell_plan_nordvik.pdf", "Mitt mål 1")]),
        follow_up=("ej_tillämpligt", "Insatsen startade 2015-09-07; första uppföljningen är planerad till 2015-12-08, efter granskningsdatum.", []),
        assignment_description=("ja", "Uppdrag i utförarportalen med a–g och skickat/accepterat-tidpunkt.",
                                [(F + "uppdrag_utforarportalen.pdf", "Uppdrag till utförare")], list("abcdefg"), [])))


# ======================================================================= 8 NA delvis, PL nej, FU nej, AD delvis
@case
def c08():
    cid = "taby_SOC-2015-0046"
    c = dict(name="Kristina Mäki", pnr="19010529-2869", dnr="SOC 2015/0046", officer="Jesper Kronqvist",
             utr_start="2015-01-22", utr_end="2015-02-16", ans_date="2015-01-20",
             ans_avser="Stöd för tablettberoende", beslut_date="2015-02-18")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Remiss från Täby Centrum vårdcentral 2015-01-19 (dr Sjöblom): patienten har köpt tramadol och "
         "oxikodon utanför vården."),
        ("Sökandes situation", "Kristina är 37 år och bor med sina två barn (8 och 11 år) i radhus i Ensta. Hon fick opioider "
         "efter en ryggoperation 2013 och har sedan fortsatt att skaffa tabletter själv."),
        ("Nätverk", "Barnens pappa bor i Vallentuna, delad vårdnad. Föräldrarna bor i Finland."),
        ("Sysselsättning och ekonomi", "Arbetar 75 % som tandsköterska. Har en avbetalningsplan hos Kronofogden."),
        ("Sökandes egen uppfattning", "Kristina vill bli av med tabletterna innan någon på jobbet märker något."),
    ], "Handläggarens slutsats", [
        "Kristina bedöms ha behov av öppenvårdsbehandling för sitt tablettberoende. Ansökan tillstyrks.",
    ])
    bsl = beslut(c, "Kristina bedöms ha behov av öppenvård.", "Öppenvård, läkemedelsberoende",
                 "Vårdkedjan Nord AB, Öppenvården Täby C", "2015-03-02 -- 2015-08-31")
    mail = email("Kronqvist Jesper <jesper.kronqvist@taby.se>", "Öppenvården Täby C <tabyc@vardkedjannord.se>",
                 "den 19 februari 2015 15:47", "Ny klient – K.M. (SOC 2015/0046)", [
        "Hej,",
        "Kristina Mäki, 19010529-2869, har beviljats öppenvård hos er fr.o.m. 2 mars. Kristina bedöms ha behov av öppenvård "
        "för tablettberoende.",
        "Insatsen: enskilda samtal varje vecka, nedtrappning i samråd med VC-läkaren, urinprov. Hon jobbar dagtid så eftermiddagstider är bäst.",
        "När behandlingen avslutas vill vi ha en skriftlig avslutsrapport om närvaro, provsvar och hur det har gått.",
        "Mvh\nJesper Kronqvist\nSocialsekreterare Vuxenenheten Täby\n08-555 582 44"])
    jour = journal(c, [
        ("2015-01-20", "JK", "Remiss", "Remiss från VC, kl. kontaktad. Besök bokat."),
        ("2015-02-18", "JK", "Beslut", "Öppenvård beviljad."),
        ("2015-02-19", "JK", "Mejl", "Uppdrag mejlat till Öppenvården Täby C. Genomförandeplan ska upprättas av utföraren och skickas hit."),
        ("2015-03-04", "JK", "Tfn", "Kl. har startat. Planerat hembesök 2015-05-12 för att träffa barnen."),
        ("2015-05-12", "JK", "Hembesök", "Hembesök genomfört. Barnen hemma, ordning i hemmet. Kl. säger att samtalen går bra."),
        ("2015-09-21", "MS", "Anteckning", "Ärendet övertaget av Mia Sand efter JK:s sjukskrivning. Ingen uppföljning av insatsen har "
         "gjorts under beslutsperioden och ingen genomförandeplan finns i akten. Kontakt tas med utföraren."),
    ])
    docs = [
        dict(file="utredning_beslut.pdf", type="utredning + beslut", producer="docx", header=TABY_HDR, footer=TABY_FTR,
             blocks=utr + [("pb",)] + bsl),
        dict(file="mejl_till_utforare.pdf", type="uppdrag (e-post)", producer="html", blocks=mail),
        dict(file="journal.pdf", type="journalanteckningar", producer="docx", header=TABY_HDR, footer=TABY_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Täby", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("delvis", "Bara slutsatsen 'bedöms ha behov av öppenvårdsbehandling' utan att problemen eller varför insatsen passar analyseras.",
                          [(F + "utredning_beslut.pdf", "Kristina bedöms ha behov av öppenvårdsbehandling"), (F + "utredning_beslut.pdf", "Kristina bedöms ha behov av öppenvård."),
                           (F + "mejl_till_utforare.pdf", "Kristina bedöms ha behov av öppenvård för tablettberoende")]),
        planning=("nej", "Ingen plan: journalen säger att en genomförandeplan ska upprättas, 'planerat hembesök' och avbetalningsplan är fällor.", []),
        follow_up=("nej", "Journalen 2015-09-21 konstaterar att ingen uppföljning gjorts; hembesöket gällde barnen.", []),
        assignment_description=("delvis", "E-postuppdrag (skickat 2015-02-19) med innehåll, återrapportering och handläggare, men bedömningen är bara en slutsats och mål och uppföljning saknas.",
                                [(F + "mejl_till_utforare.pdf", "Insatsen: enskilda samtal")], list("befg"), ["a", "c", "d"])))


# ======================================================================= 9 all ja, two-column rl utredning, email AD
@case
def c09():
    cid = "nacka_SAN-2014-0561"
    c = dict(name="Daniel Öberg", pnr="19000603-3394", dnr="SAN 2014/561", officer="Nadia Rahimi",
             utr_start="2014-10-14", utr_end="2014-11-14", ans_date="2014-10-10",
             ans_avser="Öppenvård för alkoholmissbruk", beslut_date="2014-11-17", officer_title="socialsekreterare")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Daniel kontaktade Nacka kommuns Vuxenenhet 2014-10-10 efter att ha dömts för rattfylleri (0,9 promille) i september."),
        ("Sökandes situation", "Daniel är 41 år och bor med sin fru och deras son (6 år) i Fisksätra. Han dricker öl och vin "
         "nästan varje kväll, 6–10 standardglas, och mer på helger. Han säger att han druckit \"för mycket\" sedan han blev "
         "egen företagare 2011."),
        ("Nätverk", "Frun Amanda är orolig och har hotat med separation. Daniels bror är nykter alkoholist och har erbjudit stöd."),
        ("Sysselsättning och ekonomi", "Egen firma inom måleri med tre anställda. Körkortet återkallat, vilket gör arbetet svårt. "
         "Ekonomin är god."),
        ("Hälsa", "Högt blodtryck. PEth 1,8 µmol/l (2014-10-21). AUDIT 26 p."),
        ("Sökandes egen uppfattning", "Daniel vill få tillbaka körkortet och behålla familjen. Han vill ha hjälp på kvällstid."),
    ], "Handläggarens slutsats", [
        "Daniel har ett långvarigt högkonsumtionsmönster som lett till rattfylleri, indraget körkort och en hotad familjesituation. "
        "PEth-värdet och AUDIT visar ett alkoholberoende. Han har starka skäl att förändra sitt drickande och resurser i form av "
        "arbete, bostad och en bror som är nykter.",
        "Enligt handläggarens slutsats ska Daniel erbjudas öppenvård med återfallsprevention kvällstid, kombinerat med "
        "regelbundna PEth-prov som också kan användas i körkortsärendet, och anhörigsamtal med frun. Behandlingen hjälper honom "
        "att bryta kvällsdrickandet och ger en dokumenterad nykterhet.",
    ], extra_end=[("small", "Underlag: AUDIT 2014-10-21, PEth 2014-10-21, samtal 3 ggr, telefonkontakt med hustrun (samtycke finns).")])
    bsl = beslut(c, "Daniel har ett alkoholberoende som lett till rattfylleri och påverkar familjen. Han kan inte på egen hand "
                 "förändra sitt drickande. Öppenvård kvällstid med återfallsprevention och anhörigsamtal motsvarar hans situation "
                 "och ger honom möjlighet att fortsätta arbeta.", "Öppenvård, ÅP-program kvällstid",
                 "Ankaret Öppenvård AB, Sickla", "2014-11-24 -- 2015-05-23", decider="Nadia Rahimi, socialsekreterare")
    mail = email("Rahimi Nadia <nadia.rahimi@nacka.se>", "Ankaret Öppenvård <intag@ankaretoppenvard.se>",
                 "den 18 november 2014 10:26", "Uppdrag: Daniel Öberg – ÅP kvällstid (SAN 2014/561)", [
        "Hej Linnea,",
        "Här kommer uppdraget för Daniel Öberg (19000603-3394) enligt beslut 2014-11-17.",
        "<b>Socialnämndens bedömning av behov:</b> Daniel har ett alkoholberoende (AUDIT 26, PEth 1,8) som lett till rattfylleri "
        "och en hotad familjesituation. Han behöver återfallsprevention kvällstid, anhörigsamtal och dokumenterad nykterhet.",
        "<b>Uppdraget:</b> ÅP-gruppen kvällstid 2 ggr/vecka, enskilt samtal varannan vecka, 3 anhörigsamtal med frun Amanda, PEth var fjärde vecka.",
        "<b>Mål:</b> PEth under 0,05 från och med mars 2015. Daniel och Amanda upplever att kvällarna hemma fungerar (skattning 7 av 10 "
        "eller högre vid avslut).",
        "<b>Uppföljning:</b> Utvärderingsmöte hos er efter ca tre månader med Daniel, behandlaren och mig. Provsvar mejlas till mig löpande.",
        "<b>Vid avslut:</b> Skicka en avslutningsrapport med närvaro, provsvar, måluppfyllelse och rekommendation.",
        "Tack på förhand!",
        "Vänliga hälsningar\nNadia Rahimi\nSocialsekreterare, Vuxenenheten\nNacka kommun\nTel 08-718 74 52\nnadia.rahimi@nacka.se"])
    plan = [("lh", "ANKARET ÖPPENVÅRD AB", "Sickla Industriväg 5 · 131 54 Nacka · 08-55 91 20 00"),
            ("h1", "Behandlingsplan"),
            ("p", "Klient: Daniel Öberg · Behandlare: Linnea Sand · Datum: 2014-12-03"),
            ("h2", "Önskat läge (Daniels formulering)"),
            ("p", "\"I maj kan jag visa nyktra prover sedan mars, jag har ansökt om körkortet igen och Amanda och jag äter middag "
                  "utan att det blir bråk.\""),
            ("h2", "Plan"),
            ("bullets", ["[X] ÅP-grupp tisdagar och torsdagar 18.00–19.30 fr.o.m. 2014-11-25 – Daniel",
                         "[X] Enskilt samtal varannan onsdag kl. 17 – Linnea S",
                         "[X] PEth-prov 2014-12-16, 2015-01-13, 2015-02-10, 2015-03-10, 2015-04-07, 2015-05-05 – Ankarets SSK",
                         "[X] Anhörigsamtal med Amanda januari, mars och maj 2015 (datum bokas i samråd) – Linnea S",
                         "[ ] Antabus – inte aktuellt nu, Daniel vill försöka utan"]),
            ("p", "Planen revideras vid utvärderingsmötet i februari 2015.")]
    jour = journal(c, [
        ("2014-10-10", "NR", "Tfn", "Daniel ringer, vill ha hjälp efter rattfylleri. Besök 14/10."),
        ("2014-11-17", "NR", "Beslut", "Beslut öppenvård Ankaret."),
        ("2014-11-18", "NR", "Uppdrag", "Uppdraget mejlat till Ankaret kl 10.26."),
        ("2014-12-04", "NR", "Post", "Behandlingsplan från Ankaret inkommen."),
        ("2015-02-24", "NR", "Utvärderingsmöte", "Utvärderingsmöte på Ankaret med Daniel och Linnea S. PEth har sjunkit till 0,09 "
         "(feb). Daniel har missat två grupper p.g.a. jobb. Amanda har deltagit i ett anhörigsamtal och upplever förbättring. "
         "Målen delvis uppnådda, insatsen fortsätter oförändrat. Nästa möte inför avslut i maj."),
        ("2015-05-26", "NR", "Återkoppling", "Återkoppling från behandligen: avslutningsrapport inkommen. PEth < 0,05 mars–maj. "
         "Målen uppnådda. Daniel fortsätter i eftervårdsgrupp på egen bekostnad. Insatsen avslutad."),
    ], intro="Journalutskrift – Pulsen Combine")
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="rl", layout="twocol", font="DVSe", header=NACKA_HDR, footer=NACKA_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="html", header=NACKA_HDR, footer=NACKA_FTR, blocks=bsl),
        dict(file="e-post_uppdrag.pdf", type="uppdragsbeskrivning (e-post)", producer="html", blocks=mail),
        dict(file="behandlingsplan_ankaret.pdf", type="genomförandeplan", producer="docx", blocks=plan, header="Ankaret Öppenvård AB"),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=NACKA_HDR, footer=NACKA_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Nacka", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "'Handläggarens slutsats' (utan ordet behov) beskriver problemen och varför ÅP kvällstid passar; beslutet motiverar.",
                          [(F + "utredning.pdf", "Enligt handläggarens slutsats"), (F + "beslut.pdf", "Öppenvård kvällstid med återfallsprevention")]),
        planning=("ja", "Behandlingsplan med önskat läge och daterade aktiviteter med ansvariga.",
                  [(F + "behandlingsplan_ankaret.pdf", "Önskat läge")]),
        follow_up=("ja", "Utvärderingsmöte 2015-02-24 och återkoppling 2015-05-26 med utfall i journalen.",
                   [(F + "journal.pdf", "Utvärderingsmöte på Ankaret")]),
        assignment_description=("ja", "E-post skickad 2014-11-18 med a–g.", [(F + "e-post_uppdrag.pdf", "Socialnämndens bedömning av behov")],
                                list("abcdefg"), [])))


# ======================================================================= 10 declined (never arrived)
@case
def c10():
    cid = "nacka_SAN-2015-0233"
    c = dict(name="Camilla Rask", pnr="19011017-4426", dnr="SAN 2015/233", officer="Oskar Dahl",
             utr_start="2015-04-20", utr_end="2015-05-22", ans_date="2015-04-16",
             ans_avser="Behandlingshem", beslut_date="2015-05-26")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Camilla ansökte vid besök 2015-04-16, efter kontakt med Maria Beroendecentrum."),
        ("Sökandes situation", "Camilla är 34 år och bor i en lägenhet i Orminge. Hon använder kokain och alkohol i perioder, "
         "senaste halvåret varje helg, och har haft två överdoser. Hon har ett barn (10 år) som bor hos sin pappa."),
        ("Nätverk", "Syster i Göteborg. Barnets pappa. Mamma avliden 2013."),
        ("Sysselsättning och ekonomi", "Arbetslös sedan 2014, ersättning från a-kassan. Hyresskuld två månader."),
        ("Sökandes egen uppfattning", "Camilla vill \"göra något ordentligt den här gången\" och ansöker om behandlingshem."),
    ], "Analys", [
        "Camilla har ett blandmissbruk av kokain och alkohol med två överdoser det senaste halvåret, vilket innebär en allvarlig "
        "risk för hennes liv. Tidigare öppenvård 2014 avbröts efter tre veckor. Hon har hyresskulder och kan riskera boendet.",
        "Hon behöver en period av behandling i en skyddad miljö med dygnet-runt-stöd där även kontakten med sonen och ekonomin "
        "kan hanteras. Behandlingshem med inriktning på kvinnor och blandmissbruk bedöms ge henne det. Hyresvärden kontaktas för att "
        "säkra boendet under vistelsen.",
    ])
    bsl = beslut(c, "Camilla har ett allvarligt blandmissbruk och har inte kunnat tillgodogöra sig öppenvård. Behandling på "
                 "behandlingshem för kvinnor motsvarar hennes situation och behov av skydd och stöd.",
                 "Institutionsvård, behandlingshem för kvinnor", "Västanviks behandlingshem, Leksand", "2015-06-08 -- 2015-12-07",
                 decider="Oskar Dahl, socialsekreterare")
    letter = [("p", "NACKA KOMMUN\nVuxenenheten\n131 81 Nacka"),
              ("p", "Nacka 2015-06-01"),
              ("p", "Västanviks behandlingshem\natt. Intagningsansvarig Karin Lööf\nVästanvik 12\n793 92 Leksand"),
              ("h2", "Uppdragsbeskrivning för Camilla Rask, 19011017-4426"),
              ("p", "Socialnämnden har 2015-05-26 beviljat Camilla vård hos er enligt 4 kap. 1 § SoL med planerad ankomst 2015-06-08."),
              ("p", "<b>Nämndens bedömning.</b> Camilla har ett blandmissbruk av kokain och alkohol med två överdoser senaste halvåret. "
                    "Hon behöver behandling i en skyddad miljö med dygnet-runt-stöd, och stöd i kontakten med sin son och i ekonomin."),
              ("p", "<b>Uppdraget</b> omfattar behandlingsvistelse i kvinnogruppen, traumamedveten behandling, drogtester, stöd vid "
                    "umgänge med sonen (via telefon/Skype och besök) samt kontakt med budget- och skuldrådgivningen."),
              ("p", "<b>Mål</b> för vistelsen: Camilla är drogfri under hela vistelsen; hon har regelbunden kontakt med sonen "
                    "(minst en gång i veckan) från juli 2015; hyresskulden är reglerad senast 2015-09-30."),
              ("p", "<b>Uppföljning</b> sker genom uppföljningsmöte på Västanvik efter sex veckor och därefter varannan månad. "
                    "Ni skickar en kort Statusrapport inför varje möte."),
              ("p", "<b>Vid avslut</b> önskar vi en skriftlig slutrapport med beskrivning av behandlingen, måluppfyllelse och "
                    "rekommendationer för eftervård."),
              ("p", "Brevet skickas med post och som krypterad e-post idag."),
              ("p", "Med vänlig hälsning\n\nOskar Dahl\nSocialsekreterare\nTfn 08-718 76 09\noskar.dahl@nacka.se")]
    jour = journal(c, [
        ("2015-04-16", "OD", "Besök", "Ansökan om behandlingshem."),
        ("2015-05-26", "OD", "Beslut", "Beviljas Västanvik fr.o.m. 8/6."),
        ("2015-06-01", "OD", "Uppdrag", "Uppdragsbeskrivning skickad till Västanvik per post och krypterad e-post."),
        ("2015-06-08", "OD", "Tfn", "Camilla kom inte till Cityterminalen för avresan. Ej nåbar på mobilen."),
        ("2015-06-10", "OD", "Tfn", "Camilla ringer. Hon har åkt till sin syster i Göteborg och vill inte längre ha behandlingshem, "
         "hon \"vill klara det själv med systerns hjälp\". Hon avböjer insatsen och ska söka stöd i Göteborg. Västanvik meddelat, "
         "platsen avbokad. Camilla påbörjade aldrig vistelsen."),
        ("2015-06-12", "OD", "Avslut", "Insatsen avslutad innan den påbörjats. Ärendet avslutas. Info om Göteborgs mottagningsenhet lämnad."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="docx", header=NACKA_HDR, footer=NACKA_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", font="DVSe", header=NACKA_HDR, footer=NACKA_FTR, blocks=bsl),
        dict(file="uppdragsbeskrivning_brev.pdf", type="uppdragsbeskrivning (brev)", producer="rl", font="DVSe", pagenum=False, blocks=letter),
        dict(file="journal.pdf", type="journalanteckningar", producer="html", header=NACKA_HDR, footer=NACKA_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Nacka", dnr=c["dnr"], scenario="declined", docs=docs, crit=dict(
        needs_assessment=("ja", "Analysen beskriver riskerna och varför behandlingshem för kvinnor behövs.",
                          [(F + "utredning.pdf", "Hon behöver en period av behandling"), (F + "beslut.pdf", "Camilla har ett allvarligt blandmissbruk")]),
        planning=("ej_tillämpligt", "Camilla kom aldrig till behandlingshemmet och avböjde insatsen före start.", []),
        follow_up=("ej_tillämpligt", "Insatsen påbörjades aldrig.", []),
        assignment_description=("ja", "Brev 2015-06-01 med a–g (skickat per post/e-post, även i journalen).",
                                [(F + "uppdragsbeskrivning_brev.pdf", "Uppdragsbeskrivning för Camilla"), (F + "journal.pdf", "Uppdragsbeskrivning skickad")],
                                list("abcdefg"), [])))
