"""Cases 11-20 (Nacka, Norrtälje, Sigtuna)."""
from blocks import utredning, beslut, journal, tick
from common import (NACKA_HDR, NACKA_FTR, NORR_HDR, NORR_FTR, SIG_HDR, SIG_FTR, email, lov_form, uppf_form)

CASES = []


def case(f):
    CASES.append(f())
    return f


# ======================================================================= 11 FU nej (booked + cancelled)
@case
def c11():
    cid = "nacka_SAN-2015-0019"
    c = dict(name="Henrik Sjöberg", pnr="19000118-5530", dnr="SAN 2015/19", officer="Oskar Dahl",
             utr_start="2015-01-08", utr_end="2015-02-13", ans_date="2015-01-07",
             ans_avser="Behandlingshem, amfetamin", beslut_date="2015-02-17")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Henrik aktualiserades genom Kriminalvårdens frivård i Nacka 2015-01-07. Han ansökte själv vid besök samma dag."),
        ("Sökandes situation", "Henrik är 35 år och bor hos sin pappa i Saltsjöbaden sedan han muckade från anstalt i november 2014. "
         "Han har använt amfetamin sedan tonåren och har återfallit efter frigivningen. Han har skyddstillsyn till 2016."),
        ("Nätverk", "Pappan vill att Henrik flyttar. Henrik har en dotter (4 år) som han inte träffat på ett år."),
        ("Sysselsättning och ekonomi", "Ingen sysselsättning. Försörjningsstöd. Skulder ca 240 000 kr."),
        ("Sökandes egen uppfattning", "Henrik vill \"bli clean på riktigt\" och få träffa dottern. Han tror inte att han klarar det i Nacka."),
    ], "Socialtjänstens överväganden", [
        "Henrik har ett mångårigt amfetaminmissbruk och har återfallit inom två månader efter frigivningen. Han saknar eget boende, "
        "sysselsättning och ett drogfritt nätverk. Frivården och socialtjänsten är överens om att öppenvård i Nacka inte räcker "
        "när han bor kvar i den miljö där återfallen skett.",
        "Socialtjänsten bedömer att Henrik behöver behandlingshem med KBT och arbetsträning under sex månader för att bli drogfri och "
        "förberedas för eget boende och sysselsättning. Behandlingen ska samordnas med frivårdens skyddstillsyn.",
    ])
    bsl = beslut(c, "Henrik har ett långvarigt narkotikamissbruk och saknar förutsättningar att bli drogfri i nuvarande miljö. "
                 "Behandlingshem med arbetsträning svarar mot hans situation.", "Institutionsvård, HVB",
                 "Hagabergs behandlingshem AB, Södertälje (ramavtal)", "2015-03-02 -- 2015-08-31", decider="Oskar Dahl, socialsekreterare")
    upp = lov_form("Nacka kommun · Utförarwebben", "2015-02-18 11:40", [
        ("Uppdrags-ID", "NK-VUX-2015-044"), ("Utförare", "Hagabergs behandlingshem AB"),
        ("Klient", "Henrik Sjöberg, 19000118-5530"),
        ("Handläggare", "Oskar Dahl, Vuxenenheten · 08-718 76 09 · oskar.dahl@nacka.se"),
        ("Skickat", "2015-02-18 11:38 via Utförarwebben (läskvitto 2015-02-18 13:05)")], [
        ("Bedömning av behov", "Henrik har ett mångårigt amfetaminmissbruk, återfall efter frigivning, saknar boende och sysselsättning. "
         "Han behöver behandlingshem med KBT och arbetsträning för drogfrihet och förberedelse för eget boende."),
        ("Uppdragets innehåll", "Behandlingsvistelse 6 mån, KBT-baserad återfallsprevention, arbetsträning i snickeriet, drogtester, "
         "samverkan med Frivården Nacka (skyddstillsyn)."),
        ("Mål", "Drogfri under placeringen (negativa tester). Arbetsträning minst 20 tim/vecka fr.o.m. april 2015. "
         "Ansökan om träningslägenhet inlämnad senast 2015-07-31."),
        ("Uppföljning", "Uppföljningsmöte på Hagaberg efter ca 10 veckor och inför utskrivning. Behandlingsplan skickas till handläggaren inom 3 veckor."),
        ("Återrapportering", "Slutrapport vid avslut (måluppfyllelse, provsvar, rekommendation eftervård). Avvikelser/avbrott rapporteras omgående.")])
    plan = [("lh", "Hagabergs behandlingshem AB", "Hagaberg 3 · 151 92 Södertälje · 08-550 123 40"),
            ("h1", "Behandlingsplan – Henrik S."),
            ("p", "Upprättad 2015-03-18. Kontaktperson: Aziz Karimi. Deltagare: Henrik, Aziz, Frivården (tel)."),
            ("table", [["Mål", "Insats / aktivitet", "Ansvarig", "Tidpunkt", "Hur vet vi att målet är nått?"],
                       ["Jag är drogfri", "Drogfri miljö, ÅP-grupp mån–tors, urinprov 2 ggr/v", "Henrik, Aziz K", "2015-03-02 -- 2015-08-31",
                        "Alla prov negativa"],
                       ["Jag jobbar", "Arbetsträning snickeriet, upptrappning 10 → 20 tim/vecka", "Henrik, arbetsledare Per", "20 tim/v fr.o.m. 2015-04-13",
                        "Närvarolista"],
                       ["Jag har kontakt med min dotter", "Brev/telefon, medling via familjerätten Nacka", "Henrik, handl. Oskar D",
                        "Kontakt med familjerätten senast 2015-05-15", "Minst ett umgänge före augusti"],
                       ["Jag har ett boende efter Hagaberg", "Ansökan träningslägenhet Nacka, skuldrådgivning", "Henrik, Aziz K, handl.",
                        "Ansökan senast 2015-07-31", "Ansökan inlämnad"]], [0.18, 0.3, 0.16, 0.18, 0.18]),
            ("p", "Planen följs upp vid behandlingskonferens varannan vecka och vid uppföljningsmöte med socialtjänsten.")]
    jour = journal(c, [
        ("2015-01-07", "OD", "Besök", "Ansökan om behandlingshem. Frivården närvarande."),
        ("2015-02-17", "OD", "Beslut", "Beslut HVB Hagaberg."),
        ("2015-02-18", "OD", "Uppdrag", "Uppdrag skickat i Utförarwebben."),
        ("2015-03-02", "OD", "Placering", "Henrik på plats på Hagaberg."),
        ("2015-03-20", "OD", "Post", "Behandlingsplan inkommen."),
        ("2015-05-11", "OD", "Bokning", "Uppföljningsmöte bokat på Hagaberg 2015-05-20 kl. 13."),
        ("2015-05-19", "OD", "Tfn", "Hagaberg ringer och ställer in mötet imorgon p.g.a. personalbrist. Ny tid ej bokad – återkommer."),
        ("2015-06-30", "OD", "Anteckning", "Semesterperiod. Uppföljning planeras till augusti."),
        ("2015-08-31", "OD", "Förlängning", "Hagaberg begär förlängning via mejl. Beslut om förlängning t.o.m. 2015-11-30 fattat på "
         "underlag från Hagaberg. Kl. ej träffad."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="html", header=NACKA_HDR, footer=NACKA_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", header=NACKA_HDR, footer=NACKA_FTR, blocks=bsl),
        dict(file="uppdrag_utforarwebben.pdf", type="uppdragsbeskrivning", producer="rl", font="LS", blocks=upp,
             header="Utförarwebben – NK-VUX-2015-044"),
        dict(file="behandlingsplan_hagaberg.pdf", type="vårdplan/behandlingsplan", producer="docx", layout="landscape", blocks=plan,
             header="Hagabergs behandlingshem AB – Behandlingsplan"),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=NACKA_HDR, footer=NACKA_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Nacka", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Socialtjänstens överväganden anger problem och varför HVB med arbetsträning behövs.",
                          [(F + "utredning.pdf", "Socialtjänsten bedömer att Henrik"), (F + "beslut.pdf", "Behandlingshem med arbetsträning svarar")]),
        planning=("ja", "Behandlingsplan i tabell (liggande) med mål, aktivitet, ansvarig och tidpunkt.",
                  [(F + "behandlingsplan_hagaberg.pdf", "Insats / aktivitet")]),
        follow_up=("nej", "Uppföljningsmötet bokades och ställdes in; 'uppföljning planeras till augusti'; förlängningen beslutades utan uppföljning.", []),
        assignment_description=("ja", "Uppdrag i Utförarwebben med a–g inklusive skickat-tid.",
                                [(F + "uppdrag_utforarwebben.pdf", "Bedömning av behov")], list("abcdefg"), [])))


# ======================================================================= 12 NA delvis (preliminary), PL nej (empty form), FU ja, AD nej
@case
def c12():
    cid = "nacka_VUX-2015-0102"
    c = dict(name="Eva Lundgren", pnr="19000430-6242", dnr="VUX 2015/0102", officer="Nadia Rahimi",
             utr_start="2015-02-02", utr_end="—", ans_date="2015-01-29",
             ans_avser="Alkoholbehandling, öppenvård", beslut_date="2015-02-05")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Eva ringde 2015-01-29 och ansökte om hjälp med alkohol. Hon har sökt tidigare 2012."),
        ("Sökandes situation", "Eva är 60 år och bor ensam i Älta. Hon dricker vin dagligen, uppger själv 'en flaska om dagen'."),
        ("Nätverk", "Uppgifter saknas ännu."),
        ("Sysselsättning och ekonomi", "Ålderspension från mars 2015."),
    ], "Preliminär bedömning", [
        "Preliminärt bedöms Eva behöva stöd i öppenvård för sitt alkoholbruk. En fullständig analys görs när AUDIT, läkarintyg och "
        "samtal med dottern har genomförts. Eftersom Eva vill komma igång snabbt fattas beslut om öppenvård i avvaktan på "
        "slutförd utredning.",
    ], title="Utredning enligt SoL (pågående)")
    bsl = beslut(c, "Beslut i avvaktan på slutförd utredning, se preliminär bedömning.", "Öppenvård, Alkoholmottagningen",
                 "Nacka kommuns öppenvård – Alkoholmottagningen (egen regi)", "2015-02-09 -- 2015-08-08", decider="Nadia Rahimi, socialsekreterare")
    gfp = [("lh", "Nacka kommun – Alkoholmottagningen", "Genomförandeplan (GFP) – blankett"),
           ("h1", "Genomförandeplan"),
           ("kv", [("Namn", "Eva Lundgren"), ("Datum", ""), ("Kontaktperson", ""), ("Deltagare", "")]),
           ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]],
            [0.25, 0.35, 0.2, 0.2]),
           ("p", "Planen följs upp: ____________"),
           ("p", "Underskrift klient: ____________    Underskrift personal: ____________")]
    upf = uppf_form("Uppföljning Av Insats", [
        ("Klient", "Eva Lundgren, VUX 2015/0102"), ("Insats", "Öppenvård Alkoholmottagningen"), ("Datum", "2015-06-15"),
        ("Närvarande", "Eva, Jonna Berg (Alkoholmottagningen), Nadia Rahimi (handl.)")],
        "delvis uppnådda",
        "Eva har kommit på 14 av 18 bokade samtal. Hon dricker enligt egen uppgift vin två–tre kvällar i veckan i stället för varje dag. "
        "PEth 2015-06-01: 0,38 (mars: 1,10). Hon har börjat på vattengympa på tisdagar.",
        "Insatsen fortsätter oförändrad", "Ny uppföljning i augusti inför beslutsperiodens slut.", "Nadia Rahimi 2015-06-15", style="brackets")
    jour = journal(c, [
        ("2015-01-29", "NR", "Tfn", "Ansökan. Besök 2/2."),
        ("2015-02-05", "NR", "Beslut", "Beslut öppenvård Alkoholmottagningen i avvaktan på utredning."),
        ("2015-02-05", "NR", "Tfn", "Pratat med Jonna B på Alkoholmottagningen om Eva, uppdragsbeskrivning skickas när utredningen är klar."),
        ("2015-03-02", "NR", "Anteckning", "AUDIT ej genomförd, Eva uteblev. Ny tid erbjuden."),
        ("2015-06-15", "NR", "Uppföljning", "Uppföljningssamtal på Alkoholmottagningen, se blankett."),
        ("2015-08-10", "NR", "Tfn", "Jonna B: Eva fortsätter komma, minskat drickande. Beslut förlängt t.o.m. 2016-02-08."),
    ])
    docs = [
        dict(file="utredning_pagaende.pdf", type="utredning (preliminär)", producer="rl", header=NACKA_HDR, footer=NACKA_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", header=NACKA_HDR, footer=NACKA_FTR, blocks=bsl),
        dict(file="genomforandeplan.pdf", type="genomförandeplan (tom blankett)", producer="docx", blocks=gfp),
        dict(file="uppfoljning.pdf", type="uppföljning", producer="docx", header=NACKA_HDR, footer=NACKA_FTR, blocks=upf),
        dict(file="journal.pdf", type="journalanteckningar", producer="html", header=NACKA_HDR, footer=NACKA_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Nacka", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("delvis", "Endast en preliminär bedömning; utredningen slutfördes aldrig och beslutet hänvisar till den.",
                          [(F + "utredning_pagaende.pdf", "Preliminärt bedöms Eva")]),
        planning=("nej", "Genomförandeplanen är en blankett där alla fält är tomma.", []),
        follow_up=("ja", "Uppföljning av insats 2015-06-15 med utfall (delvis uppnådda).",
                   [(F + "uppfoljning.pdf", "Målen är"), (F + "journal.pdf", "Uppföljningssamtal på Alkoholmottagningen")]),
        assignment_description=("nej", "Inget skriftligt uppdrag; journalen säger att en uppdragsbeskrivning ska skickas när utredningen är klar.", [],
                                [], list("abcdefg"))))


# ======================================================================= 13 all ja, scanned follow-up, cover letter + form
@case
def c13():
    cid = "norrtalje_IFO-2014-0934"
    c = dict(name="Patrik Engström", pnr="19020126-1877", dnr="IFO 2014/0934", officer="Malin Åkerlund",
             utr_start="2014-09-15", utr_end="2014-10-17", ans_date="2014-09-11",
             ans_avser="Behandlingshem alkohol", beslut_date="2014-10-20")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Patrik ansökte vid besök på Vuxengruppen 2014-09-11, efter att hans sambo flyttat ut."),
        ("Sökandes situation", "Patrik är 44 år och bor i hus utanför Rimbo. Han dricker starksprit dagligen, ofta en halv liter, "
         "och har haft abstinenskramper två gånger. Har tidigare varit nykter 2008–2011 efter behandling."),
        ("Nätverk", "Sambon har flyttat. Mamma i Norrtälje stad. Kontakt med AA-sponsor från tidigare nykterhetsperiod."),
        ("Sysselsättning och ekonomi", "Arbetar som skogsmaskinförare men är sjukskriven sedan augusti. Lån på huset."),
        ("Hälsa", "Abstinenskramper (2013, 2014). Förhöjda levervärden."),
        ("Sökandes egen uppfattning", "Patrik vill tillbaka till det som fungerade 2008: ett behandlingshem med tolvstegsinriktning."),
    ], "Sammanfattning och analys", [
        "Patrik har ett svårt alkoholberoende med abstinenskramper, vilket gör att nedtrappning hemma är medicinskt riskabelt. "
        "Han bor ensam och isolerat och har förlorat den vardagliga kontrollen som sambon stod för. Han har tidigare kunnat vara "
        "nykter i tre år efter tolvstegsbehandling, vilket talar för att samma metod kan hjälpa honom nu.",
        "Slutsatsen är att Patrik ska erbjudas behandlingshem med tolvstegsinriktning under tolv veckor, efter avgiftning på "
        "Beroendeakuten. Vistelsen ger honom medicinsk trygghet, avstånd från spriten och en återkoppling till det AA-nätverk som "
        "tidigare fungerat. Eftervård planeras i Norrtälje.",
    ])
    bsl = beslut(c, "Patrik har ett alkoholberoende med medicinska risker och kan inte bryta det hemma. Tolvstegsbehandling på "
                 "behandlingshem har tidigare fungerat för honom och svarar mot hans situation nu.", "Institutionsvård, behandlingshem",
                 "Bergsviks behandlingshem, Hallstavik", "2014-10-27 -- 2015-01-25", decider="Malin Åkerlund, socialsekreterare")
    cover = [("p", "Norrtälje kommun\nSocialnämnden, Vuxengruppen"),
             ("p", "Datum: 2014-10-21"),
             ("p", "Till: Bergsviks behandlingshem, föreståndare Leif Rask"),
             ("h2", "Följebrev – uppdrag Patrik Engström"),
             ("p", "Bifogat finns uppdragsbeskrivning för Patrik Engström som skrivs in hos er 2014-10-27. Handlingarna skickas per "
                   "post idag och i förväg via fax."),
             ("p", "Ansvarig handläggare: Malin Åkerlund, tel. 0176-716 82, malin.akerlund@norrtalje.se"),
             ("pb",),
             ("h1", "Uppdragsbeskrivning"),
             ("kv", [("Klient", "Patrik Engström 19020126-1877"),
                     ("Nämndens bedömning", "Svårt alkoholberoende med abstinenskramper; isolerad boendesituation. Patrik behöver behandling "
                      "med boende och medicinsk trygghet och har tidigare tillgodogjort sig tolvstegsbehandling."),
                     ("Uppdrag", "Tolvstegsbehandling 12 veckor, medicinsk kontroll av levervärden, kontakt med AA i Norrtälje "
                      "under vistelsen, planering av eftervård."),
                     ("Mål", "Patrik är nykter under och efter vistelsen (negativa prov), har genomfört steg 1–5 och har en eftervårdsplan "
                      "med AA-kontakt och samtalskontakt i Norrtälje före utskrivning 2015-01-25."),
                     ("Uppföljning", "Uppföljningsmöte på Bergsvik efter ca sex veckor (handläggaren kallar) samt slutsamtal."),
                     ("Återrapportering", "Skriftlig slutrapport senast två veckor efter utskrivning.")])]
    plan = [("lh", "Bergsviks behandlingshem", "Bergsvik 1 · 763 91 Hallstavik · 0175-220 50"),
            ("h1", "Individuell plan"),
            ("kv", [("Namn", "Patrik Engström"), ("Upprättad", "2014-11-05"), ("Kontaktperson", "Therese Wiklund")]),
            ("p", "Områden som berörs:  \u2612 Alkohol/droger  \u2612 Hälsa  \u2610 Boende  \u2612 Arbete  \u2612 Relationer  \u2610 Ekonomi"),
            ("table", [["Mål (mina ord)", "Aktivitet", "Ansvarig", "När"],
                       ["Jag är nykter", "Stegarbete, gruppterapi dagligen, prov 1 ggr/v", "Patrik, Therese W", "Steg 1–5 klara 2015-01-09"],
                       ["Min lever ska bli bättre", "Levervärden hos läkaren", "Bergsviks läkare", "2014-11-10 och 2015-01-12"],
                       ["Jag har folk omkring mig när jag kommer hem", "Kontakta AA-sponsor, besöka AA i Norrtälje på helgpermission",
                        "Patrik", "Före 2014-12-19"],
                       ["Jag kan jobba", "Kontakt med Försäkringskassan och arbetsgivaren", "Patrik, handl. Malin Å", "Möte v. 2 2015"]],
             [0.25, 0.35, 0.18, 0.22])]
    scan_doc = uppf_form("Uppföljning av insats", [
        ("Klient", "Patrik Engström, IFO 2014/0934"), ("Insats", "Behandlingshem Bergsvik"),
        ("Datum", "2014-12-09"), ("Närvarande", "Patrik, Therese Wiklund, Malin Åkerlund")],
        "delvis uppnådda",
        "Patrik nykter hela vistelsen, alla prov negativa. Steg 1–3 klara. Levervärden förbättrade 10/11. Har varit på AA i "
        "Norrtälje en gång. Har inte kontaktat arbetsgivaren än – görs v. 2.",
        "Insatsen fortsätter oförändrad", "Slutsamtal inför utskrivning 2015-01-20.", "Handläggare: Malin Åkerlund (sign. MÅ)")
    jour = journal(c, [
        ("2014-09-11", "MÅ", "Besök", "Ansökan. Kl. tidigare nykter 2008–2011."),
        ("2014-10-20", "MÅ", "Beslut", "Beslut Bergsvik fr.o.m. 27/10."),
        ("2014-10-21", "MÅ", "Uppdrag", "Följebrev + uppdragsbeskrivning faxade och postade till Bergsvik."),
        ("2014-12-09", "MÅ", "Uppf.", "Uppföljning på Bergsvik, se inskannad blankett. Går bra, fortsätter."),
        ("2015-01-20", "MÅ", "Slutsamtal", "Slutsamtal på Bergsvik. Patrik nykter, steg 1–5 klara, eftervård: AA + samtal hos "
         "Beroendemottagningen Norrtälje. Återgår i arbete 50 % fr.o.m. februari. Insatsen avslutas 2015-01-25."),
    ], intro="Journal – Viva")
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="docx", header=NORR_HDR, footer=NORR_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="docx", header=NORR_HDR, footer=NORR_FTR, blocks=bsl),
        dict(file="uppdrag_foljebrev.pdf", type="uppdragsbeskrivning (följebrev + formulär)", producer="rl", font="DVSe", header=NORR_HDR, blocks=cover),
        dict(file="individuell_plan_bergsvik.pdf", type="genomförandeplan", producer="html", blocks=plan, lhcolor="#4b3b1b"),
        dict(file="uppfoljning_skannad.pdf", type="uppföljning (inskannad)", producer="rl", scan=True, header=NORR_HDR, blocks=scan_doc),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=NORR_HDR, footer=NORR_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Norrtälje", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Sammanfattning och analys (utan ordet behov) beskriver problemen och varför tolvstegsbehandling på behandlingshem passar.",
                          [(F + "utredning.pdf", "Slutsatsen är att Patrik"), (F + "beslut.pdf", "Tolvstegsbehandling på")]),
        planning=("ja", "Individuell plan med mål i jagform, aktiviteter, ansvariga och datum.",
                  [(F + "individuell_plan_bergsvik.pdf", "Mål (mina ord)")]),
        follow_up=("ja", "Inskannad uppföljningsblankett 2014-12-09 med utfall; slutsamtal 2015-01-20 i journalen.",
                   [(F + "uppfoljning_skannad.pdf", [1]), (F + "journal.pdf", "Slutsamtal på Bergsvik")]),
        assignment_description=("ja", "Följebrev (handläggare, skickat 2014-10-21) + uppdragsbeskrivning (a–e).",
                                [(F + "uppdrag_foljebrev.pdf", ("Följebrev", "Nämndens bedömning")), (F + "journal.pdf", "faxade och postade")],
                                list("abcdefg"), [])))


# ======================================================================= 14 NA nej, FU delvis (undated), AD delvis (a empty)
@case
def c14():
    cid = "norrtalje_IFO-2015-0150"
    c = dict(name="Linda Forsberg", pnr="19010918-8020", dnr="IFO 2015/0150", officer="Emma Rydén",
             utr_start="2015-02-16", utr_end="2015-03-13", ans_date="2015-02-12",
             ans_avser="Öppenvård alkohol", beslut_date="2015-03-16")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Linda ringde 2015-02-12 på inrådan av barnmorskan på kvinnohälsovården, där hon varit på återbesök "
         "efter ett missfall och berättat om sitt drickande."),
        ("Sökandes situation", "Linda är 32 år, bor med sin man i Norrtälje. Hon dricker vin och drinkar på helger, mycket i "
         "samband med ångest. Hon har ofta \"blackouts\"."),
        ("Nätverk", "Maken, föräldrar i Väddö, två nära väninnor."),
        ("Sysselsättning och ekonomi", "Arbetar heltid som butikschef. God ekonomi."),
    ], "Sammanfattning och analys", [
        "Linda säger själv att hon \"behöver prata med någon om drickandet och ångesten\" och att hon vill gå i samtal på "
        "kvällstid. Hon vill inte ha kontakt med psykiatrin.",
    ])
    bsl = beslut(c, None, "Öppenvård, samtalsbehandling", "Roslagens Öppenvård AB", "2015-03-23 -- 2015-09-22",
                 decider="Emma Rydén, socialsekreterare")
    upp = lov_form("Norrtälje kommun – LOV Öppenvård", "2015-03-17 08:51", [
        ("Uppdragsnr", "LOV-ÖV-2015-031"), ("Utförare", "Roslagens Öppenvård AB, Stora Brogatan 9, Norrtälje"),
        ("Klient", "Linda Forsberg, 19010918-8020"),
        ("Handläggare", "Emma Rydén · 0176-716 95 · emma.ryden@norrtalje.se"),
        ("Skickat", "2015-03-17 08:50")], [
        ("Socialnämndens bedömning av behov", ""),
        ("Uppdragets omfattning", "Samtalsbehandling (MI/KBT) 1 ggr/vecka kvällstid, 20 tillfällen. PEth vid start och var 6:e vecka."),
        ("Mål för insatsen", "Linda dricker högst 4 standardglas per tillfälle och inga blackouts från och med maj 2015 (dryckesdagbok, PEth < 0,3)."),
        ("Uppföljning", "Utföraren lämnar Statusrapport efter halva tiden. Handläggaren följer upp i samtal med Linda."),
        ("Återrapportering vid avslut", "Slutrapport med måluppfyllelse och rekommendationer.")])
    plan = [("lh", "Roslagens Öppenvård AB", "Stora Brogatan 9 · 761 30 Norrtälje"),
            ("h1", "Behandlingsplan"),
            ("p", "Linda Forsberg, upprättad 2015-04-01 av Linda och behandlare Tove Sundin."),
            ("p", "<b>Mål 1.</b> Jag dricker högst fyra glas per tillfälle och inga blackouts från 1 maj 2015. Vi följer det med "
                  "dryckesdagbok som Linda fyller i varje dag och som Tove går igenom på samtalen (tisdagar 17.30). PEth tas 2015-04-07, "
                  "2015-05-19 och 2015-06-30 av Roslagens sjuksköterska."),
            ("p", "<b>Mål 2.</b> Jag har verktyg mot ångesten som inte är alkohol. KBT-moment om ångest, andningsövningar och "
                  "beteendeexperiment vid samtalen 5–12 (april–juni). Ansvar: Tove. Linda övar hemma minst 3 gånger i veckan."),
            ("p", "<b>Mål 3.</b> Min man vet hur han kan stötta. Ett gemensamt samtal i maj 2015 (Tove bokar)."),
            ("p", "Planen utvärderas i juni 2015.")]
    status = [("lh", "Roslagens Öppenvård AB", "Statusrapport"),
              ("h1", "Status-Rapport"),
              ("kv", [("Klient", "Linda Forsberg"), ("Behandlare", "Tove Sundin"), ("Till", "Emma Rydén, Norrtälje kommun")]),
              ("p", "Linda har kommit till alla samtal utom ett. Enligt dryckesdagboken har hon inte haft några blackouts sedan "
                    "mitten av april och dricker 2–4 glas vid helgtillfällen. PEth har sjunkit från 0,84 till 0,21. Ångestövningarna "
                    "fungerar \"ganska bra\". Hennes man deltog i ett samtal."),
              ("p", "Bedömning av måluppfyllelse: Mål 1 uppnått, mål 2 delvis, mål 3 uppnått. Vi rekommenderar att behandlingen fortsätter "
                    "enligt uppdraget."),
              ("p", "Tove Sundin, leg. psykolog")]
    jour = journal(c, [
        ("2015-02-12", "ER", "Tfn", "Ansökan om samtal."),
        ("2015-03-16", "ER", "Beslut", "Beslut öppenvård Roslagens."),
        ("2015-03-17", "ER", "Uppdrag", "Uppdrag skickat i LOV-systemet."),
        ("2015-04-02", "ER", "Post", "Behandlingsplan inkommen."),
        ("2015-09-24", "ER", "Avslut", "Beslutsperioden slut. Kl. vill inte fortsätta. Ärendet avslutas. Slutrapport begärd."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="rl", header=NORR_HDR, footer=NORR_FTR, blocks=utr),
        dict(file="beslut_om_bistand.pdf", type="beslut", producer="rl", header=NORR_HDR, footer=NORR_FTR, blocks=bsl),
        dict(file="lov_uppdrag.pdf", type="uppdragsbeskrivning", producer="html", blocks=upp, header="LOV Öppenvård · LOV-ÖV-2015-031"),
        dict(file="behandlingsplan.pdf", type="genomförandeplan", producer="docx", blocks=plan, header="Roslagens Öppenvård AB"),
        dict(file="statusrapport.pdf", type="uppföljning (statusrapport, odaterad)", producer="docx", blocks=status, header="Roslagens Öppenvård AB",
             pagenum=False),
        dict(file="journal.pdf", type="journalanteckningar", producer="html", header=NORR_HDR, footer=NORR_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Norrtälje", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("nej", "Analysavsnittet återger bara Lindas egna ord; Motivering i beslutet är tom.", []),
        planning=("ja", "Behandlingsplan i fritext med daterade mål, aktiviteter och ansvariga.",
                  [(F + "behandlingsplan.pdf", "Mål 1.")]),
        follow_up=("delvis", "Statusrapport med utfall men helt odaterad, och journalen nämner den inte.",
                   [(F + "statusrapport.pdf", "Bedömning av måluppfyllelse")]),
        assignment_description=("delvis", "LOV-uppdrag med b–g men fältet 'Socialnämndens bedömning av behov' är tomt.",
                                [(F + "lov_uppdrag.pdf", "Uppdragets omfattning")], list("bcdefg"), ["a"])))


# ======================================================================= 15 assembled akt with scanned decision; PL delvis (empty goal field)
@case
def c15():
    cid = "norrtalje_2015-0271"
    c = dict(name="Stefan Nilsson", pnr="19020704-3157", dnr="2015/0271", officer="Emma Rydén",
             utr_start="2015-03-30", utr_end="2015-04-24", ans_date="2015-03-26",
             ans_avser="Öppenvård cannabis och alkohol", beslut_date="2015-04-28")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Stefans mamma ringde 2015-03-20 av oro; Stefan ansökte själv vid besök 2015-03-26."),
        ("Sökandes situation", "Stefan är 26 år och bor i en etta i Norrtälje. Han röker cannabis dagligen och dricker mycket "
         "på helgerna. Han har tappat kontakten med de flesta vänner utanför \"gänget\"."),
        ("Nätverk", "Mamma och styvpappa i Norrtälje, en bror i Uppsala."),
        ("Sysselsättning och ekonomi", "Anställd som lagerarbetare på bemanningsföretag, har fått färre pass. Hyresskuld en månad."),
        ("Hälsa", "DUDIT 22 p, AUDIT 15 p (2015-04-08). Sover dåligt, har ångest."),
        ("Sökandes egen uppfattning", "Stefan vill sluta röka och få fler pass på jobbet. Han vill inte åka iväg."),
    ], "Analys och bedömning", [
        "Stefan har ett dagligt cannabisbruk och ett riskbruk av alkohol som lett till sämre arbetsförmåga, ekonomiska problem och "
        "isolering. Han har ett eget boende och ett arbete, och en mamma som stöttar. Han bedöms behöva strukturerad öppenvård med "
        "inriktning på cannabis och alkohol, med drogtester och stöd i att bygga upp en drogfri fritid, samt hjälp att reglera "
        "hyresskulden så att boendet inte riskeras. Öppenvård gör att han kan behålla arbetet.",
    ])
    bsl = beslut(c, ["Stefan har ett dagligt cannabisbruk och riskbruk av alkohol som påverkar arbete, ekonomi och hälsa. Han kan "
                     "inte på egen hand bryta bruket. Öppenvård med drogtester och stöd kring fritid och ekonomi svarar mot hans behov "
                     "och gör det möjligt för honom att behålla arbete och bostad."],
                 "Öppenvård", "Roslagens Öppenvård AB (LOV)", "2015-05-04 -- 2015-11-03", decider="Emma Rydén, socialsekreterare")
    mail = email("Rydén Emma <emma.ryden@norrtalje.se>", "Roslagens Öppenvård <info@roslagensoppenvard.se>",
                 "den 29 april 2015 09:13", "Uppdrag Stefan Nilsson 2015/0271", [
        "Hej Tove!",
        "Här kommer uppdraget för Stefan Nilsson (19020704-3157).",
        "Bedömning: Stefan har ett dagligt cannabisbruk och riskbruk av alkohol, eget boende och arbete. Han behöver strukturerad "
        "öppenvård med drogtester, stöd i en drogfri fritid och hjälp att reglera hyresskulden.",
        "Uppdrag: KBT-samtal 1 ggr/vecka + grupp 1 ggr/vecka, urinprov 1 ggr/vecka, koppla in budget- och skuldrådgivning.",
        "Mål: drogfri (negativa prov) senast 2015-07-01 och fortsatt hela beslutsperioden; hyresskulden betald senast 2015-06-30.",
        "Uppföljning: trepartssamtal efter 2 månader, sedan inför avslut.",
        "Slutrapport vid avslut: närvaro, provsvar, måluppfyllelse, rekommendation.",
        "Hälsningar\nEmma Rydén\nSocialsekreterare, Vuxengruppen\n0176-716 95"])
    plan = [("lh", "Roslagens Öppenvård AB", "Individuell plan"),
            ("h1", "Individuell plan"),
            ("kv", [("Klient", "Stefan Nilsson"), ("Datum", "2015-05-12"), ("Behandlare", "Tove Sundin"),
                    ("Mål", ""),
                    ("Aktiviteter", "KBT-samtal tisdagar 16.00 (Tove), grupp torsdagar 18.00, urinprov måndagar, "
                     "budget- och skuldrådgivning 2015-05-20 (Stefan bokar)."),
                    ("Uppföljning", "Planen ses över 2015-07-07.")])]
    jour = journal(c, [
        ("2015-03-20", "ER", "Tfn", "Mamma ringer av oro."),
        ("2015-04-28", "ER", "Beslut", "Beslut öppenvård Roslagens."),
        ("2015-04-29", "ER", "Uppdrag", "Uppdrag mejlat till Roslagens."),
        ("2015-07-07", "ER", "Trepartssamtal", "Trepartssamtal på Roslagens m. Stefan och Tove S. Stefan har haft negativa prov sedan "
         "v. 24, två positiva i maj. Hyresskulden betald 2015-06-22. Han har börjat spela innebandy igen. Mål om drogfrihet delvis "
         "uppnått, fortsätter enl. uppdrag. Målet i individuella planen ska fyllas i, Tove åtgärdar."),
    ])
    parts = [
        dict(file="_01_utredning.pdf", type="utredning", producer="docx", header=NORR_HDR, footer=NORR_FTR, blocks=utr),
        dict(file="_02_beslut.pdf", type="beslut (inskannad med underskrift)", producer="rl", scan=True, header=NORR_HDR, footer=NORR_FTR, blocks=bsl),
        dict(file="_03_uppdrag.pdf", type="uppdrag (e-post)", producer="html", blocks=mail),
        dict(file="_04_plan.pdf", type="genomförandeplan", producer="rl", font="LS", blocks=plan),
        dict(file="_05_journal.pdf", type="journalanteckningar", producer="rl", header=NORR_HDR, footer=NORR_FTR, blocks=jour),
    ]
    A = F + "akt_2015-0271.pdf"
    return dict(id=cid, committee="Norrtälje", dnr="2015/0271", scenario="", docs=parts,
                assemble=[dict(file="akt_2015-0271.pdf", type="akt (utredning, inskannat beslut, uppdrag, plan, journal)",
                               parts=[p["file"] for p in parts], keep_parts=False)], crit=dict(
        needs_assessment=("ja", "Analys och bedömning i utredningen och motivering i det inskannade beslutet (s. 2).",
                          [(A, "Han bedöms behöva strukturerad öppenvård"), (A, [2])]),
        planning=("delvis", "Individuell plan med aktiviteter och datum men tomt målfält.", [(A, "Individuell plan")]),
        follow_up=("ja", "Trepartssamtal 2015-07-07 med utfall.", [(A, "Trepartssamtal på Roslagens")]),
        assignment_description=("ja", "E-post 2015-04-29 med a–g.", [(A, "Uppdrag Stefan Nilsson 2015/0271")], list("abcdefg"), [])))


# ======================================================================= 16 FU delvis (no outcome); two-column html utredning; letter AD
@case
def c16():
    cid = "norrtalje_IFO-2015-0064"
    c = dict(name="Birgitta Hägg", pnr="19000808-5128", dnr="IFO 2015/0064", officer="Malin Åkerlund",
             utr_start="2015-01-26", utr_end="2015-02-27", ans_date="2015-01-22",
             ans_avser="Behandlingshem alkohol", beslut_date="2015-03-03")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Orosanmälan från hemtjänsten 2015-01-15 (Birgittas make har hemtjänst). Birgitta ansökte själv 2015-01-22."),
        ("Sökandes situation", "Birgitta är 63 år och bor med sin make i radhus i Norrtälje. Maken har Parkinsons sjukdom. Birgitta "
         "dricker vin och sprit dagligen sedan hon gick i pension, och hemtjänsten har vid flera tillfällen funnit henne kraftigt berusad."),
        ("Nätverk", "Två vuxna söner i Stockholm. Maken. En granne som hjälper till."),
        ("Sysselsättning och ekonomi", "Ålderspensionär. Ordnad ekonomi."),
        ("Hälsa", "Fall i hemmet med handledsfraktur 2014. Högt blodtryck."),
        ("Sökandes egen uppfattning", "Birgitta vill sluta men \"orkar inte när Lennart är så sjuk\". Hon vill åka iväg om maken får "
         "korttidsplats under tiden."),
    ], "Socialtjänstens överväganden", [
        "Birgitta har ett dagligt alkoholbruk som medfört fallskador och gör att hon inte kan ta hand om sig själv eller bistå sin make. "
        "Hon är utmattad av anhörigsituationen och har inte klarat att minska drickandet hemma. Hon behöver en period av behandling "
        "på behandlingshem med inriktning på äldre, där hon får avstånd från vardagen och samtidigt stöd som anhörig.",
        "Behandlingshem med tolvstegsinriktning för personer över 55 bedöms bäst kunna möta detta. Korttidsplats för maken "
        "ordnas via biståndshandläggare inom äldreomsorgen, vilket gör vistelsen möjlig.",
    ])
    bsl = beslut(c, "Birgitta har ett alkoholberoende med fallskador och en pressad anhörigsituation. Behandling på behandlingshem "
                 "för äldre ger henne avstånd och stöd och svarar mot hennes behov.", "Institutionsvård, behandlingshem",
                 "Lindgårdens behandlingshem, Östhammar", "2015-03-16 -- 2015-06-14", decider="Malin Åkerlund, socialsekreterare")
    letter = [("p", "Norrtälje kommun – Vuxengruppen"), ("p", "Norrtälje den 5 mars 2015"),
              ("p", "Lindgårdens behandlingshem\nattn. Anna-Karin Holm\nLindgården 2, 742 91 Östhammar"),
              ("h2", "UPPDRAG – Birgitta Hägg (19000808-5128)"),
              ("p", "Socialnämndens bedömning: Birgitta har ett dagligt alkoholbruk med fallskador och en tung anhörigsituation (make med "
                    "Parkinsons sjukdom). Hon behöver behandling utanför hemmet med stöd även som anhörig."),
              ("p", "Uppdraget innefattar tolvstegsbehandling i äldregruppen under 13 veckor, anhörigsamtal (telefon med söner), "
                    "läkarkontakt för blodtryck och fallrisk, samt eftervårdsplanering tillsammans med oss."),
              ("p", "Mål: Birgitta är nykter under vistelsen; hon har en eftervårdsplan och en avlastningslösning för maken klar före "
                    "utskrivning 2015-06-14."),
              ("p", "Uppföljning görs vid möte på Lindgården ca fem veckor efter inskrivning samt slutmöte. Ni skickar en kort "
                    "sammanfattning inför mötet."),
              ("p", "Efter avslut skickar ni en skriftlig slutrapport med hur vistelsen gått, måluppfyllelse och rekommendationer."),
              ("p", "Brevet sänds med post idag, 2015-03-05, och i kopia via säker e-post."),
              ("p", "Med vänliga hälsningar\nMalin Åkerlund, socialsekreterare\n0176-716 82 · malin.akerlund@norrtalje.se")]
    plan = [("lh", "Lindgårdens behandlingshem", "Behandlingsplan · Äldregruppen 55+"),
            ("h1", "Behandlingsplan"),
            ("p", "Birgitta Hägg · inskriven 2015-03-16 · plan upprättad 2015-03-27 · kontaktperson Jan Ström"),
            ("bullets", ["Önskat läge 1: Jag är nykter. – Tolvstegsgrupp dagligen, stegarbete steg 1–4 klart 2015-05-29 (Birgitta, Jan).",
                         "Önskat läge 2: Jag vet hur jag får avlastning med Lennart. – Möte med biståndshandläggare via telefon senast "
                         "2015-05-08 (Jan bokar, Birgitta deltar).",
                         "Önskat läge 3: Mina söner vet hur de kan hjälpa. – Två anhörigsamtal via telefon i april och maj 2015 (Jan).",
                         "Önskat läge 4: Jag faller inte. – Läkarbedömning fallrisk 2015-03-24, balansträning 2 ggr/vecka (sjukgymnast)."]),
            ("p", "Planen revideras vid behandlingskonferens varannan vecka.")]
    jour = journal(c, [
        ("2015-01-15", "MÅ", "Orosanmälan", "Orosanmälan från hemtjänsten."),
        ("2015-03-03", "MÅ", "Beslut", "Beslut Lindgården."),
        ("2015-03-05", "MÅ", "Uppdrag", "Uppdragsbrev skickat."),
        ("2015-03-16", "MÅ", "Inskrivning", "Birgitta inskriven på Lindgården. Maken på korttids."),
        ("2015-04-22", "MÅ", "Uppföljning", "Uppföljning genomförd på Lindgården."),
        ("2015-06-15", "MÅ", "Avslut", "Birgitta utskriven 2015-06-14. Slutrapport ej inkommen."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="html", layout="twocol", header=NORR_HDR, footer=NORR_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", header=NORR_HDR, footer=NORR_FTR, blocks=bsl),
        dict(file="uppdragsbrev_lindgarden.pdf", type="uppdragsbeskrivning (brev)", producer="docx", blocks=letter, pagenum=False),
        dict(file="behandlingsplan_lindgarden.pdf", type="genomförandeplan", producer="rl", font="DVSe", blocks=plan, header="Lindgårdens behandlingshem"),
        dict(file="journal.pdf", type="journalanteckningar", producer="docx", header=NORR_HDR, footer=NORR_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Norrtälje", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Socialtjänstens överväganden beskriver problem och varför behandlingshem för äldre passar.",
                          [(F + "utredning.pdf", "Behandlingshem med tolvstegsinriktning för personer"), (F + "beslut.pdf", "Birgitta har ett alkoholberoende med fallskador")]),
        planning=("ja", "Behandlingsplan med önskat läge, aktivitet, ansvar och datum.",
                  [(F + "behandlingsplan_lindgarden.pdf", "Önskat läge 1")]),
        follow_up=("delvis", "Journalen 2015-04-22 säger bara 'Uppföljning genomförd', utan utfall.",
                   [(F + "journal.pdf", "Uppföljning genomförd på Lindgården")]),
        assignment_description=("ja", "Uppdragsbrev 2015-03-05 med a–g.",
                                [(F + "uppdragsbrev_lindgarden.pdf", "Socialnämndens bedömning"), (F + "journal.pdf", "Uppdragsbrev skickat")],
                                list("abcdefg"), [])))


# ======================================================================= 17 all ja, rotated page, parts + assembled
@case
def c17():
    cid = "sigtuna_SN-2014-0877"
    c = dict(name="Kenneth Ahlberg", pnr="19011203-2716", dnr="SN 2014/877", officer="Sofia Grahn",
             utr_start="2014-10-20", utr_end="2014-11-21", ans_date="2014-10-16",
             ans_avser="Behandlingshem, narkotika", beslut_date="2014-11-25")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Kenneth ansökte 2014-10-16 från avgiftningen på Beroendecentrum Stockholm, Nacka (Avd. 4)."),
        ("Sökandes situation", "Kenneth är 39 år, bor i hyresrätt i Valsta. Han har injicerat amfetamin i perioder sedan 20-årsåldern "
         "och har de senaste två åren även använt Subutex som inte är förskrivet. Han har varit drogfri som längst ett år (2010)."),
        ("Nätverk", "Sambo som är drogfri sedan fem år och som har sagt att hon flyttar om han inte slutar. Mamma i Märsta."),
        ("Sysselsättning och ekonomi", "Arbetslös, aktivitetsersättning. Skulder hos Kronofogden 310 000 kr."),
        ("Hälsa", "Hepatit C behandlad 2013. Abscesser i armarna 2014."),
        ("Sökandes egen uppfattning", "Kenneth vill ha långvarig behandling och \"komma bort från Valsta ett tag\"."),
    ], "Socialtjänstens överväganden", [
        "Kenneth har ett långvarigt intravenöst missbruk av amfetamin och icke förskrivna opioider, med somatiska komplikationer "
        "och en stor risk för överdos. Han har inte klarat att vara drogfri efter tidigare avgiftningar när han kommit hem till samma "
        "miljö. Sambon är en viktig skyddsfaktor men relationen är hotad.",
        "Vår slutsats är att Kenneth ska erbjudas en längre behandlingsvistelse på HVB med KBT och återfallsprevention, där både "
        "amfetamin- och opioidproblematiken hanteras, följt av utslussning. En vistelse på sex månader ger honom tid att stabilisera "
        "sig. Parsamtal med sambon ingår för att stärka det nätverk som finns hemma.",
    ])
    bsl = beslut(c, "Kenneth har ett allvarligt missbruk med hög risk och har inte klarat drogfrihet efter avgiftning hemma. "
                 "En längre behandlingsvistelse med återfallsprevention och parsamtal svarar mot hans situation.",
                 "Institutionsvård, HVB", "Kvarnbackens behandlingshem AB, Enköping", "2014-12-01 -- 2015-05-31",
                 decider="Sofia Grahn, socialsekreterare")
    upp = lov_form("Upphandlingsportalen Stockholms län – Sigtuna", "2014-11-26 15:20", [
        ("Uppdrag", "SIG-HVB-2014-112"), ("Utförare", "Kvarnbackens behandlingshem AB"), ("Klient", "Kenneth Ahlberg 19011203-2716"),
        ("Handläggare", "Sofia Grahn, Vuxenenheten Märsta · 08-591 267 30 · sofia.grahn@sigtuna.se"),
        ("Översänt", "2014-11-26 15:18 (portalens kvittens: läst av utförare 2014-11-27 08:02)")], [
        ("Nämndens bedömning", "Långvarigt iv-missbruk av amfetamin och icke förskrivna opioider, hög överdosrisk, återfall efter "
         "tidigare avgiftningar. Kenneth behöver en längre HVB-vistelse med KBT/ÅP och stöd till relationen med sambon."),
        ("Uppdraget", "HVB 6 mån inkl. utslussning, KBT/ÅP, drogtester, 3 parsamtal med sambon, kontakt med Kronofogden och "
         "Arbetsförmedlingen inför utslussning."),
        ("Mål", "Drogfri under vistelsen (negativa prov). Kenneth har en sysselsättningsplan och en skuldsaneringsansökan inlämnad före "
         "2015-05-15."),
        ("Uppföljning", "SIP-möte på Kvarnbacken efter ca 8 veckor och därefter inför utslussning. Statusrapport inför varje möte."),
        ("Återrapportering", "Slutrapport vid avslut: måluppfyllelse, provsvar, rekommendation eftervård.")])
    plan = [("lh", "Kvarnbackens behandlingshem", "Kvarnbacken 7 · 745 91 Enköping · 0171-300 40"),
            ("h1", "Behandlingsplan – Kenneth A."),
            ("p", "Upprättad 2014-12-12 · Kontaktperson: Sami Laine · Revideras vid SIP-möten"),
            ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                       ["Jag är drogfri", "ÅP-grupp 4 ggr/v, urinprov 2 ggr/v, individuell KBT tisdagar", "Kenneth, Sami L", "2014-12-01 -- 2015-05-31"],
                       ["Min relation med Jenny håller", "Parsamtal", "Sami L", "Jan, mars, maj 2015"],
                       ["Jag har en plan för sysselsättning", "Möte med Arbetsförmedlingen via utslussningen", "Kenneth, Sami L, handl.", "Före 2015-04-30"],
                       ["Jag har börjat ta tag i skulderna", "Ansökan om skuldsanering med stöd av Kvarnbackens socionom", "Kenneth, socionom Eva",
                        "Inlämnad före 2015-05-15"]], [0.25, 0.35, 0.2, 0.2])]
    status = [("lh", "Kvarnbackens behandlingshem", "STATUSRAPPORT"),
              ("kv", [("Klient", "Kenneth Ahlberg"), ("Datum", "2015-01-27"), ("Period", "2014-12-01 -- 2015-01-26"), ("Kontaktperson", "Sami Laine")]),
              ("p", "Kenneth har deltagit i all behandling. Ett positivt prov (amfetamin) 2014-12-27 efter julpermission, i övrigt negativa. "
                    "Ett parsamtal genomfört 2015-01-14. Kenneth har börjat med skuldsammanställning."),
              ("p", "Måluppfyllelse: drogfrihet delvis (ett återfall), övriga mål pågår enligt plan.")]
    sip = [("h1", "SIP-möte – minnesanteckningar"),
           ("kv", [("Datum", "2015-02-03 kl. 10–11.30"), ("Plats", "Kvarnbacken, Enköping"),
                   ("Deltagare", "Kenneth, Sami Laine (Kvarnbacken), Sofia Grahn (Sigtuna socialtjänst), Jenny (sambo) via telefon, "
                    "Dr. Ek, Beroendemottagningen Märsta")]),
           ("h2", "Uppföljning"),
           ("p", "Vi gick igenom Statusrapporten. Återfallet vid jul har bearbetats i behandlingen; därefter negativa prov. Kenneth tycker "
                 "att parsamtalen hjälper. Beroendemottagningen erbjuder läkemedelsassisterad behandling efter utslussning om behov "
                 "uppstår – Kenneth avböjer i nuläget."),
           ("p", "Mål: Drogfrihet " + tick(["uppnått", "delvis uppnått", "ej uppnått"], "delvis uppnått") + ". Sysselsättning/skulder: pågår."),
           ("table", [["Överenskommelse", "Ansvarig", "Klart"],
                      ["Permissioner fortsatt med urinprov efter hemkomst", "Sami L", "Löpande"],
                      ["Nästa SIP-möte inför utslussning", "Sofia G kallar", "April 2015"]], [0.6, 0.2, 0.2])]
    jour = journal(c, [
        ("2014-10-16", "SG", "Tfn", "Kenneth ansöker från avgiftningen."),
        ("2014-11-25", "SG", "Beslut", "Beslut HVB Kvarnbacken."),
        ("2014-11-26", "SG", "Uppdrag", "Uppdrag översänt via upphandlingsportalen."),
        ("2015-02-03", "SG", "SIP", "SIP-möte på Kvarnbacken, se anteckningar. Vistelsen fortsätter."),
        ("2015-04-21", "SG", "SIP", "SIP-möte inför utslussning. Drogfri sedan januari, skuldsaneringsansökan inlämnad 2015-04-10, "
         "praktik via AF från maj. Utslussning till Valsta 2015-05-31 beviljas enl. plan."),
    ])
    parts = [
        dict(file="01_utredning.pdf", type="utredning", producer="docx", header=SIG_HDR, footer=SIG_FTR, blocks=utr),
        dict(file="02_beslut.pdf", type="beslut", producer="docx", header=SIG_HDR, footer=SIG_FTR, blocks=bsl),
        dict(file="03_uppdrag.pdf", type="uppdragsbeskrivning", producer="html", blocks=upp, header="Upphandlingsportalen · SIG-HVB-2014-112"),
        dict(file="04_behandlingsplan.pdf", type="vårdplan/behandlingsplan", producer="rl", font="LS", rotate=[1], blocks=plan,
             header="Kvarnbackens behandlingshem"),
        dict(file="05_statusrapport.pdf", type="uppföljning (statusrapport)", producer="rl", font="LS", blocks=status, header="Kvarnbackens behandlingshem"),
        dict(file="06_sip_2015-02-03.pdf", type="uppföljning (SIP-möte)", producer="html", header=SIG_HDR, blocks=sip),
        dict(file="07_journal.pdf", type="journalanteckningar", producer="rl", header=SIG_HDR, footer=SIG_FTR, blocks=jour),
    ]
    A = F + "akt_SN_2014-877.pdf"
    return dict(id=cid, committee="Sigtuna", dnr=c["dnr"], scenario="", docs=parts,
                assemble=[dict(file="akt_SN_2014-877.pdf", type="akt (samtliga handlingar)", parts=[p["file"] for p in parts], keep_parts=True)],
                crit=dict(
        needs_assessment=("ja", "Socialtjänstens överväganden (utan ordet behov) anger problemen och varför lång HVB-vistelse passar.",
                          [(F + "01_utredning.pdf", "Vår slutsats är att Kenneth"), (F + "02_beslut.pdf", "En längre behandlingsvistelse med återfallsprevention och parsamtal"),
                           (A, "Vår slutsats är att Kenneth"), (A, "En längre behandlingsvistelse med återfallsprevention och parsamtal")]),
        planning=("ja", "Behandlingsplan i tabell (sidan roterad 90°) med mål, aktivitet, ansvarig och tid.",
                  [(F + "04_behandlingsplan.pdf", "Min relation med Jenny"), (A, "Min relation med Jenny")]),
        follow_up=("ja", "Statusrapport 2015-01-27, SIP-möte 2015-02-03 och SIP 2015-04-21 med utfall.",
                   [(F + "05_statusrapport.pdf", "Måluppfyllelse"), (F + "06_sip_2015-02-03.pdf", "Vi gick igenom Statusrapporten"),
                    (F + "07_journal.pdf", "SIP-möte inför utslussning"),
                    (A, "Måluppfyllelse: drogfrihet"), (A, "Vi gick igenom Statusrapporten"), (A, "Drogfri sedan januari, skuldsaneringsansökan")]),
        assignment_description=("ja", "Uppdrag i upphandlingsportalen med a–g (översänt 2014-11-26).",
                                [(F + "03_uppdrag.pdf", "Nämndens bedömning"), (A, "Långvarigt iv-missbruk")], list("abcdefg"), [])))


# ======================================================================= 18 PL nej (avbetalningsplan), FU nej (only planned)
@case
def c18():
    cid = "sigtuna_SN-2015-0198"
    c = dict(name="Josefin Lund", pnr="19020222-1448", dnr="SN 2015/198", officer="Ali Haddad",
             utr_start="2015-02-23", utr_end="2015-03-20", ans_date="2015-02-19",
             ans_avser="Öppenvård alkohol", beslut_date="2015-03-24")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Josefin kom till mottagningen 2015-02-19 efter råd från sin kurator på vårdcentralen."),
        ("Sökandes situation", "Josefin är 28 år och bor med sin dotter (3 år) i Märsta. Hon dricker vin flera kvällar i veckan när "
         "dottern sovit och har somnat ifrån henne vid ett tillfälle."),
        ("Nätverk", "Dotterns pappa har umgänge varannan helg. Josefins mamma bor i Sigtuna stad och hjälper till."),
        ("Sysselsättning och ekonomi", "Arbetar deltid 50 % i butik på Arlanda. Hyresskuld; en avbetalningsplan är upprättad med "
         "Sigtunahem (500 kr/mån)."),
        ("AUDIT", "AUDIT 17 p (2015-02-26)."),
        ("Sökandes egen uppfattning", "Josefin vill sluta dricka på kvällarna och vara en bra mamma."),
    ], "Analys och bedömning", [
        "Josefin har ett riskbruk som övergått i ett skadligt bruk: hon dricker ensam flera kvällar i veckan med ansvar för ett litet barn. "
        "Hon är motiverad, har ett bra stöd från sin mamma och arbetar, vilket talar för att öppenvård kan räcka.",
        "Hon behöver samtalsbehandling där hon får verktyg att hantera kvällarna och ensamheten, och stöd i föräldraskapet. "
        "Öppenvård på Märsta öppenvårdsmottagning dagtid passar med hennes arbetstider och barnomsorg. Barn- och familjeenheten "
        "informeras med hennes samtycke.",
    ])
    bsl = beslut(c, "Josefin har ett skadligt alkoholbruk och ansvar för ett litet barn. Samtalsbehandling i öppenvård ger henne "
                 "stöd att förändra drickandet och svarar mot hennes behov. Uppföljning ska ske om tre månader.",
                 "Öppenvård, samtalsbehandling", "Märsta öppenvårdsmottagning (egen regi)", "2015-03-30 -- 2015-09-29",
                 decider="Ali Haddad, socialsekreterare")
    upp = [("lh", "Sigtuna kommun · Vuxenenheten", "Uppdrag till utförare – egen regi"),
           ("h1", "Uppdrag till utförare"),
           ("kv", [("Utförare", "Märsta öppenvårdsmottagning, att. Pia Lindh"),
                   ("Klient", "Josefin Lund 19020222-1448"),
                   ("Nämndens bedömning av behov", "Skadligt alkoholbruk (AUDIT 17) kvällstid med ansvar för treårig dotter. Josefin behöver "
                    "samtalsbehandling med verktyg för kvällarna och ensamheten samt stöd i föräldraskapet."),
                   ("Uppdraget omfattar", "Enskilda samtal (KBT/ÅP) 1 ggr/vecka dagtid, 20 ggr. PEth var sjätte vecka. Föräldraskapsstöd "
                    "i samverkan med Barn- och familjeenheten (samtycke finns)."),
                   ("Mål", "Josefin dricker inte alkohol när hon ensam har ansvar för dottern (från april 2015); PEth < 0,3 från juni 2015."),
                   ("Uppföljning", "Trepartssamtal efter tre månader (juni 2015) och inför avslut."),
                   ("Återrapportering vid avslut", "Kort slutrapport om närvaro, provsvar och måluppfyllelse."),
                   ("Ansvarig handläggare", "Ali Haddad · 08-591 267 44 · ali.haddad@sigtuna.se"),
                   ("Överlämnat", "2015-03-25, personligen vid överlämningsmöte på mottagningen")])]
    jour = journal(c, [
        ("2015-02-19", "AH", "Besök", "Ansökan om öppenvård."),
        ("2015-03-24", "AH", "Beslut", "Beslut öppenvård Märsta öppenvårdsmottagning."),
        ("2015-03-25", "AH", "Överlämning", "Överlämningsmöte med Pia Lindh, uppdraget lämnat. Genomförandeplan kommer att upprättas av mottagningen."),
        ("2015-04-15", "AH", "Tfn", "Pia L ringer: Josefin har börjat och har fått tider bokade. Planerat hembesök 2015-05-06 tillsammans med Barn- och familj."),
        ("2015-05-06", "AH", "Hembesök", "Hembesök med BoF angående dottern (barnavårdsutredningens del). Se BoF:s journal."),
        ("2015-06-10", "AH", "Anteckning", "Ny avbetalningsplan med Sigtunahem, 700 kr/mån."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="html", header=SIG_HDR, footer=SIG_FTR, blocks=utr),
        dict(file="beslut_om_bistand.pdf", type="beslut", producer="rl", header=SIG_HDR, footer=SIG_FTR, blocks=bsl),
        dict(file="uppdrag_till_utforare.pdf", type="uppdragsbeskrivning", producer="docx", header=SIG_HDR, footer=SIG_FTR, blocks=upp),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=SIG_HDR, footer=SIG_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Sigtuna", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Analys och bedömning anger problemen och varför öppenvård dagtid passar.",
                          [(F + "utredning.pdf", "Hon behöver samtalsbehandling"), (F + "beslut_om_bistand.pdf", "Samtalsbehandling i öppenvård ger henne")]),
        planning=("nej", "Ingen genomförandeplan; journalen säger bara att en ska upprättas ('avbetalningsplan' och 'planerat hembesök' är fällor).", []),
        follow_up=("nej", "Uppföljning 'ska ske om tre månader' men ingen uppföljning av insatsen finns; hembesöket gällde barnet.", []),
        assignment_description=("ja", "Uppdrag till utförare med a–g, överlämnat 2015-03-25.",
                                [(F + "uppdrag_till_utforare.pdf", "Uppdrag till utförare"), (F + "journal.pdf", "Överlämningsmöte med Pia")],
                                list("abcdefg"), [])))


# ======================================================================= 19 NA nej (placeholder), AD nej
@case
def c19():
    cid = "sigtuna_SN-2015-0305"
    c = dict(name="Marcus Eriksson", pnr="19010305-7391", dnr="SN 2015/305", officer="Ali Haddad",
             utr_start="2015-03-12", utr_end="2015-04-02", ans_date="2015-03-10",
             ans_avser="Öppenvård cannabis", beslut_date="2015-04-07")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Marcus sökte via e-tjänsten 2015-03-10."),
        ("Sökandes situation", "Marcus är 24 år och bor hos sin mamma i Rosersberg. Han röker cannabis dagligen sedan gymnasiet."),
        ("Nätverk", "Mamma, lillasyster. Flickvän sedan ett år."),
        ("Sysselsättning och ekonomi", "Arbetssökande, inskriven på Arbetsförmedlingen. Inga skulder."),
        ("Sökandes egen uppfattning", "Marcus vill sluta för att kunna få jobb som kräver drogtest."),
    ], "Analys och bedömning", [
        "[Ange socialtjänstens bedömning av den enskildes behov och vilken insats som kan tillgodose dem]",
    ])
    bsl = beslut(c, "Se utredning.", "Öppenvård, cannabisprogram", "Steget Öppenvård AB, Märsta", "2015-04-13 -- 2015-10-12",
                 decider="Ali Haddad, socialsekreterare")
    plan = [("lh", "STEGET ÖPPENVÅRD AB", "Stora Torget 3 · 195 30 Märsta · 08-591 140 80"),
            ("h1", "Individuell plan"),
            ("kv", [("Deltagare", "Marcus Eriksson"), ("Behandlare", "Josef Nilsson"), ("Datum", "2015-04-22")]),
            ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                       ["Jag är drogfri (negativa prov)", "CANNAB-programmet 12 veckor, urinprov måndagar", "Marcus, Josef N", "Negativa prov fr.o.m. 2015-06-01"],
                       ["Jag har jobb eller praktik", "Kontakt med AF-handläggare, CV-verkstad på Steget", "Marcus, Josef N", "Praktik senast 2015-09-01"],
                       ["Jag sover bra", "Sömnskola 4 tillfällen", "Josef N", "Maj 2015"]], [0.28, 0.34, 0.18, 0.2])]
    upf = uppf_form("Uppföljning av insats", [
        ("Klient", "Marcus Eriksson SN 2015/305"), ("Insats", "Öppenvård Steget"), ("Datum", "2015-07-08"),
        ("Närvarande", "Marcus, Josef Nilsson, Ali Haddad")],
        "delvis uppnådda",
        "Marcus har genomfört CANNAB-programmet. Negativa prov sedan 2015-05-25. Sömnskolan klar, sover bättre. Praktik på lager i "
        "Arlandastad börjar 2015-08-17 via AF.",
        "Insatsen fortsätter oförändrad", "Avslutande samtal i oktober.", "Ali Haddad 2015-07-08", style="brackets")
    jour = journal(c, [
        ("2015-03-10", "AH", "E-tjänst", "Ansökan inkommen."),
        ("2015-04-07", "AH", "Beslut", "Beslut om öppenvård Steget."),
        ("2015-04-08", "AH", "Tfn", "Ringt Steget och beställt plats för Marcus from 13/4. Skriftligt uppdrag skickas senare."),
        ("2015-04-23", "AH", "Post", "Individuell plan från Steget inkommen."),
        ("2015-07-08", "AH", "Uppföljning", "Uppföljningssamtal på Steget, se blankett. Det har gått bra för klienten."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="docx", header=SIG_HDR, footer=SIG_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", font="DVSe", header=SIG_HDR, footer=SIG_FTR, blocks=bsl),
        dict(file="individuell_plan_steget.pdf", type="genomförandeplan", producer="rl", font="LS", blocks=plan, header="Steget Öppenvård AB"),
        dict(file="uppfoljning_2015-07-08.pdf", type="uppföljning", producer="html", header=SIG_HDR, blocks=upf),
        dict(file="journal.pdf", type="journalanteckningar", producer="html", header=SIG_HDR, footer=SIG_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Sigtuna", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("nej", "Under 'Analys och bedömning' står bara mallens platshållartext; beslutet säger 'Se utredning'.", []),
        planning=("ja", "Individuell plan med mål, aktivitet, ansvarig och tidpunkt.", [(F + "individuell_plan_steget.pdf", "Insats/aktivitet")]),
        follow_up=("ja", "Uppföljning av insats 2015-07-08 med utfall.",
                   [(F + "uppfoljning_2015-07-08.pdf", "Målen är"), (F + "journal.pdf", "Uppföljningssamtal på Steget")]),
        assignment_description=("nej", "Plats beställd per telefon; skriftligt uppdrag skulle skickas senare men finns inte.", [],
                                [], list("abcdefg"))))


# ======================================================================= 20 PL delvis (no who/when), SIP landscape
@case
def c20():
    cid = "sigtuna_VUX-2015-0017"
    c = dict(name="Annika Blom", pnr="19000511-9062", dnr="VUX 2015/0017", officer="Sofia Grahn",
             utr_start="2015-01-12", utr_end="2015-02-06", ans_date="2015-01-08",
             ans_avser="Öppenvård alkohol", beslut_date="2015-02-10")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Remiss från Arlanda företagshälsovård 2015-01-07 efter positivt alkoholtest på arbetsplatsen."),
        ("Sökandes situation", "Annika är 45 år och bor med sin sambo i Steninge. Hon dricker vin och starköl dagligen, mest "
         "ensam på kvällar. Hon arbetar skift och har haft flera sjukdagar efter helger."),
        ("Nätverk", "Sambo, vuxen dotter i Uppsala, en nära vän."),
        ("Sysselsättning och ekonomi", "Arbetar som flygplatstekniker. Arbetsgivaren kräver rehabiliteringsplan."),
        ("AUDIT/PEth", "AUDIT 22 p, PEth 1,3 µmol/l (2015-01-20)."),
        ("Sökandes egen uppfattning", "Annika vill behålla jobbet och är beredd att gå i behandling, men inte i grupp."),
    ], "Analys och bedömning", [
        "Annika har ett alkoholberoende med dagligt drickande och ett positivt test i arbetet, där säkerhetskraven är höga. Hon har "
        "arbete, bostad och sambo, och arbetsgivaren medverkar i en rehabiliteringsplan.",
        "Hon behöver individuell behandling i öppenvård anpassad efter skiftarbete, med regelbundna PEth-prov som kan redovisas för "
        "arbetsgivaren, och samordning med företagshälsovården. Gruppbehandling passar henne inte. Öppenvård med individuella samtal "
        "bedöms tillräcklig.",
    ])
    bsl = beslut(c, "Annika har ett alkoholberoende som hotar hennes anställning. Individuell öppenvård med provtagning och "
                 "samordning med företagshälsovården svarar mot hennes behov.", "Öppenvård, individuell",
                 "Arlandabygdens Beroendeteam AB (LOV)", "2015-02-16 -- 2015-08-15", decider="Sofia Grahn, socialsekreterare")
    upp = lov_form("Upphandlingsportalen Stockholms län – Sigtuna", "2015-02-11 10:07", [
        ("Uppdrag", "SIG-ÖV-2015-009"), ("Utförare", "Arlandabygdens Beroendeteam AB"), ("Klient", "Annika Blom 19000511-9062"),
        ("Handläggare", "Sofia Grahn · 08-591 267 30 · sofia.grahn@sigtuna.se"),
        ("Översänt", "2015-02-11 10:05")], [
        ("Nämndens bedömning", "Alkoholberoende (AUDIT 22, PEth 1,3) med positivt test i säkerhetsklassat arbete. Annika behöver individuell "
         "behandling anpassad efter skiftarbete, PEth-prov och samordning med företagshälsovården."),
        ("Uppdraget", "Individuella samtal 1 ggr/vecka (skiftanpassade tider), PEth var 4:e vecka, deltagande i avstämningsmöte med "
         "företagshälsovården."),
        ("Mål", "PEth < 0,05 från maj 2015. Annika arbetar utan sjukfrånvaro kopplad till alkohol från april 2015."),
        ("Uppföljning", "SIP-möte med företagshälsovården efter ca 3 månader. Handläggaren kallar."),
        ("Återrapportering", "Slutrapport med provsvar, närvaro och måluppfyllelse vid avslut.")])
    plan = [("lh", "Arlandabygdens Beroendeteam AB", "Individuell plan"),
            ("h1", "Individuell plan"),
            ("p", "Klient: Annika Blom"),
            ("h2", "Önskat läge"),
            ("bullets", ["Jag dricker inte.", "Jag mår bättre.", "Jobbet funkar."]),
            ("h2", "Hur vi arbetar"),
            ("p", "Samtal, prover och kontakt med företagshälsan. Vi tar det i Annikas takt.")]
    sip = [("h1", "SIP-möte – Annika Blom"),
           ("kv", [("Datum", "2015-05-19, kl. 14.00"), ("Plats", "Arlanda företagshälsovård"),
                   ("Deltagare", "Annika Blom; Karin Ås, Arlandabygdens Beroendeteam; Sofia Grahn, Sigtuna kommun; Per Bodin, företagssköterska")]),
           ("table", [["Område", "Läge nu", "Överenskommelse", "Ansvarig", "När"],
                      ["Alkohol", "PEth 0,07 (maj), ned från 1,3. Inga berusningstillfällen sedan mars enligt Annika.",
                       "Fortsatta samtal och PEth var 4:e vecka", "Karin Ås", "T.o.m. 2015-08-15"],
                      ["Arbete", "Arbetar fullt sedan april, ingen sjukfrånvaro.", "Avstämning med arbetsgivaren", "Per Bodin", "Juni 2015"],
                      ["Mående", "Sover bättre, mindre oro.", "—", "—", "—"]], [0.12, 0.3, 0.26, 0.16, 0.16]),
           ("p", "Sammanfattning: målen är i stort sett uppnådda; PEth-målet nästan nått. Insatsen fortsätter beslutsperioden ut.")]
    jour = journal(c, [
        ("2015-01-08", "SG", "Remiss", "Remiss från FHV."),
        ("2015-02-10", "SG", "Beslut", "Beslut öppenvård."),
        ("2015-02-11", "SG", "Uppdrag", "Uppdrag översänt via portalen."),
        ("2015-03-02", "SG", "Post", "Individuell plan inkommen. Tunn – har bett Karin komplettera med datum, men inget nytt har kommit."),
        ("2015-05-19", "SG", "SIP", "SIP-möte på FHV, se anteckningar. Positivt."),
        ("2015-08-18", "SG", "Avslut", "Slutrapport inkommen: PEth <0,05 juni–aug, arbetar heltid. Insatsen avslutad."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="rl", font="DVSe", header=SIG_HDR, footer=SIG_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", font="DVSe", header=SIG_HDR, footer=SIG_FTR, blocks=bsl),
        dict(file="uppdrag.pdf", type="uppdragsbeskrivning", producer="html", blocks=upp, header="Upphandlingsportalen · SIG-ÖV-2015-009"),
        dict(file="individuell_plan.pdf", type="genomförandeplan", producer="docx", blocks=plan, header="Arlandabygdens Beroendeteam AB"),
        dict(file="sip_2015-05-19.pdf", type="uppföljning (SIP-möte)", producer="rl", layout="landscape", header=SIG_HDR, blocks=sip),
        dict(file="journal.pdf", type="journalanteckningar", producer="docx", header=SIG_HDR, footer=SIG_FTR, blocks=jour),
    ]
    return dict(id=cid, committee="Sigtuna", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Analys och bedömning anger problemen och varför individuell öppenvård passar.",
                          [(F + "utredning.pdf", "Hon behöver individuell behandling"), (F + "beslut.pdf", "Individuell öppenvård med provtagning")]),
        planning=("delvis", "Individuell plan med vaga önskade lägen utan datum, ansvariga eller tidpunkter.",
                  [(F + "individuell_plan.pdf", "Önskat läge")]),
        follow_up=("ja", "SIP-möte 2015-05-19 med läge och utfall; slutrapport 2015-08-18 i journalen.",
                   [(F + "sip_2015-05-19.pdf", "Sammanfattning: målen"), (F + "journal.pdf", "Slutrapport inkommen")]),
        assignment_description=("ja", "Uppdrag i portalen med a–g.", [(F + "uppdrag.pdf", "Nämndens bedömning")], list("abcdefg"), [])))
