"""Cases 1-10 (Sollentuna, Täby, Nacka)."""
from blocks import utredning, beslut, journal, tick

SOLL_HDR = "Sollentuna kommun · Socialkontoret · Vuxenenheten – Missbruk/beroende"
SOLL_FTR = "Sollentuna kommun, Socialkontoret, 191 86 Sollentuna"
TABY_HDR = "Täby kommun | Socialförvaltningen | Vuxenenheten"
TABY_FTR = "Täby kommun – Socialnämnden – SEKRETESS enl. 26 kap. 1 § OSL"
NACKA_HDR = "NACKA KOMMUN  Social- och äldrenämnden  Vuxenenheten / Missbruk"
NACKA_FTR = "Nacka kommun, Stadshuset, 131 81 Nacka"

CASES = []


def case(f):
    CASES.append(f())
    return f


# ======================================================================= 1
@case
def c01():
    cid = "sollentuna_SN-2014-0312"
    c = dict(name="Mikael Strand", pnr="19010412-4471", dnr="SN 2014/312", officer="Johanna Lindqvist",
             utr_start="2014-09-02", utr_end="2014-10-06", ans_date="2014-08-28",
             ans_avser="Öppenvårdsbehandling för alkoholproblem", beslut_date="2014-10-08")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Mikael ringde själv till Mottagningsgruppen 2014-08-28 och ansökte om hjälp med sitt drickande. "
         "Han hade då varit sjukskriven i tre veckor efter att arbetsgivaren påtalat alkoholdoft."),
        ("Sökandes situation", "Mikael är 46 år, frånskild och bor ensam i hyresrätt i Tureberg. Han har två barn i tonåren "
         "som bor hos sin mamma i Upplands Väsby och som han träffar varannan helg. Han berättar att han dricker "
         "ca en flaska vin per kväll på vardagar och mer på helgerna. Drickandet har ökat sedan skilsmässan 2012."),
        ("Nätverk", "Kontakt med syster i Järfälla och med barnen. Har dragit sig undan tidigare vänner. Ex-frun har "
         "uttryckt oro för barnens umgänge när Mikael druckit."),
        ("Sysselsättning och ekonomi", "Fast anställd som lagerarbetare på ett logistikföretag i Rotebro. Sjukskriven 100 % "
         "sedan 2014-08-11. Ekonomin är ansträngd men han har inga skulder hos Kronofogden."),
        ("Hälsa", "Förhöjda levervärden enligt vårdcentralen (GGT och PEth). Sover dåligt, ingen känd psykiatrisk diagnos."),
        ("AUDIT/DUDIT", "AUDIT 24 poäng (2014-09-09), vilket indikerar alkoholberoende. DUDIT 0 poäng."),
        ("Sökandes egen uppfattning", "Mikael vill sluta dricka helt, få tillbaka jobbet och kunna ha barnen utan att någon oroar sig. "
         "Han vill inte åka på behandlingshem eftersom han är rädd att förlora anställningen."),
    ], "Sammanfattning och analys", [
        "Mikael har ett dagligt alkoholbruk som enligt AUDIT motsvarar ett beroende och som har lett till sjukskrivning, "
        "förhöjda levervärden och oro kring umgänget med barnen. Han har samtidigt viktiga skyddsfaktorer: en fast "
        "anställning att återgå till, ett eget boende och en tydlig egen motivation.",
        "Socialtjänsten gör analysen att Mikael behöver ett strukturerat, återfallsförebyggande stöd i öppen form som gör det "
        "möjligt att behålla arbetet och vardagen i kommunen. Öppenvårdsprogram med 12-stegs- eller ÅP-inriktning "
        "(återfallsprevention) med gruppträffar två kvällar i veckan och enskilda samtal bedöms ge honom verktyg att "
        "hantera sug och högriskssituationer. Regelbundna alkoholprov (PEth) ger honom och handläggaren ett mått på förändringen. "
        "Institutionsvård bedöms i nuläget inte nödvändig eftersom han har ett fungerande boende och nätverk.",
        "Handläggaren föreslår att Mikael beviljas öppenvårdsbehandling hos Kompassen Öppenvård AB under sex månader.",
    ])
    bsl = beslut(c, "Mikael har ett alkoholberoende som påverkar arbete, hälsa och föräldraskap. Han saknar förmåga att på "
                 "egen hand bryta mönstret men har goda förutsättningar att klara en behandling i öppen form. Insatsen "
                 "återfallsprevention i grupp och enskilt svarar mot det som framkommit i utredningen. Hans behov kan inte "
                 "tillgodoses på annat sätt.",
                 "Öppenvårdsbehandling, ÅP-program", "Kompassen Öppenvård AB (LOV)", "2014-10-13 -- 2015-04-12")
    upp = [("lh", "LOV-portalen Stockholm Nord", "Utskrift från upphandlingsportalen · Ärendetyp: Individuppdrag · Utskriven 2014-10-09 09:14"),
           ("h1", "Uppdrag till utförare"),
           ("kv", [("Uppdrags-ID", "LOV-SOLL-2014-0877"), ("Beställare", "Sollentuna kommun, Socialkontoret, Vuxenenheten"),
                   ("Utförare", "Kompassen Öppenvård AB, Sollentunavägen 61"),
                   ("Klient", "Mikael Strand, 19010412-4471"),
                   ("Skickat till utförare", "2014-10-09 09:12 (elektroniskt via portalen, mottagningskvitto 2014-10-09 10:40)"),
                   ("Ansvarig handläggare", "Johanna Lindqvist, socialsekreterare\nTel 08-579 210 44 · johanna.lindqvist@sollentuna.se")]),
           ("h2", "1. Nämndens bedömning av den enskildes behov"),
           ("p", "Mikael har ett alkoholberoende (AUDIT 24) som lett till sjukskrivning och förhöjda levervärden. Han behöver "
                 "strukturerat återfallsförebyggande stöd i öppen form så att han kan behålla sin anställning och bostad, "
                 "samt stöd i att hantera sug och högrisksituationer. Se utredning 2014-10-06."),
           ("h2", "2. Uppdragets omfattning"),
           ("p", "ÅP-program i grupp två kvällar/vecka (tis, tors 17.30–19.30) i 16 veckor, därefter eftervård 1 ggr/vecka. "
                 "Enskilda samtal varannan vecka. PEth-prov var fjärde vecka. Utföraren upprättar en Individuell plan "
                 "tillsammans med klienten inom tre veckor från start."),
           ("h2", "3. Mål med insatsen"),
           ("bullets", ["Mikael är helnykter vid uppdragets slut, verifierat med PEth < 0,05 µmol/l från januari 2015.",
                        "Mikael har återgått i arbete på minst 50 % senast 2014-12-31 och på heltid senast 2015-03-01."]),
           ("h2", "4. Uppföljning"),
           ("p", "Trepartsuppföljning (klient, utförare, handläggare) efter 6 veckor och därefter var tredje månad. "
                 "Handläggaren kallar. Utföraren skickar PEth-svar löpande."),
           ("h2", "5. Återrapportering vid avslut"),
           ("p", "Skriftlig slutrapport inom två veckor efter avslut: måluppfyllelse, närvaro, provsvar, klientens egen "
                 "bedömning och rekommendation om fortsatt stöd. Avbrott meddelas handläggaren samma dag."),
           ]
    plan = [("lh", "KOMPASSEN ÖPPENVÅRD AB", "Sollentunavägen 61 · 191 40 Sollentuna · 08-35 12 00"),
            ("h1", "Individuell plan"),
            ("kv", [("Klient", "Mikael Strand"), ("Uppdragsgivare", "Sollentuna kommun, handl. Johanna Lindqvist"),
                    ("Behandlare", "Ulf Danielsson, leg. psykoterapeut"), ("Upprättad", "2014-10-29 tillsammans med Mikael")]),
            ("table", [["Mitt mål", "Vad gör vi", "Vem", "När"],
                       ["Jag ska vara helt nykter", "ÅP-grupp tis/tors; planera helger med 'nykter lista'", "Mikael, Ulf D",
                        "Fr.o.m. 2014-10-14, avstämning 2014-12-16"],
                       ["Jag ska jobba igen", "Kontakt med företagshälsan och arbetsgivaren om upptrappning", "Mikael, handl. JL",
                        "50 % senast 2014-12-31, 100 % senast 2015-03-01"],
                       ["Jag vill veta att det funkar", "PEth-prov på Kompassen var fjärde vecka", "Sjuksköterska Kompassen",
                        "Första 2014-11-11, sedan var 4:e vecka"],
                       ["Barnen ska inte behöva oroa sig", "Samtal om föräldraskap och nykterhet, 3 tillfällen", "Ulf D",
                        "Nov–dec 2014"]], [0.22, 0.36, 0.2, 0.22]),
            ("p", "Önskat läge om ett halvår (Mikaels egna ord): \"Jag har jobbat heltid sedan mars, jag har barnen varannan helg "
                  "och ingen behöver fråga om jag druckit.\""),
            ("p", "Underskrift klient: Mikael Strand          Behandlare: Ulf Danielsson")]
    uppf = [("h1", "Uppföljning av insats"),
            ("kv", [("Klient", "Mikael Strand, SN 2014/312"), ("Insats", "Öppenvård ÅP-program, Kompassen Öppenvård AB"),
                    ("Datum för uppföljning", "2015-01-20"), ("Närvarande", "Mikael, Ulf Danielsson (Kompassen), Johanna Lindqvist (handl.)"),
                    ("Form", tick(["Trepartssamtal", "Telefon", "Skriftlig rapport"], "Trepartssamtal"))]),
            ("h2", "Måluppfyllelse"),
            ("p", "Målen är:  " + tick(["uppnådda", "delvis uppnådda", "inte uppnådda"], "delvis uppnådda")),
            ("p", "Mikael har deltagit vid 26 av 28 gruppträffar. PEth 2014-11-11: 0,41; 2014-12-09: 0,12; 2015-01-06: <0,05. "
                  "Han har ett kortare återfall över nyår som han själv tog upp i gruppen. Han arbetar 50 % sedan 2014-12-01."),
            ("h2", "Fortsättning"),
            ("p", tick(["Insatsen fortsätter oförändrad", "Insatsen ändras", "Insatsen avslutas"], "Insatsen fortsätter oförändrad")),
            ("p", "Nästa uppföljning: april 2015 inför avslut. Upptrappning till 100 % enligt plan."),
            ("p", "Antecknat av Johanna Lindqvist 2015-01-21")]
    jour = journal(c, [
        ("2014-08-28", "JL", "Aktualisering", "Telefonsamtal från Mikael som ansöker om stöd för alkoholproblem. Besök bokat 2/9."),
        ("2014-09-09", "JL", "Besök", "Utredningssamtal. AUDIT genomförd, 24 p. Kl. berättar om drickandet efter skilsmässan."),
        ("2014-10-08", "JL", "Beslut", "Beslut om öppenvård Kompassen fattat. Kl. informerad per telefon."),
        ("2014-10-09", "JL", "Uppdrag", "Uppdrag till utförare skickat via LOV-portalen kl. 09.12. Kvittens från Kompassen kl. 10.40."),
        ("2014-11-25", "JL", "Avstämning", "Trepartssamtal efter sex veckor på Kompassen. Kl. har bra närvaro, första PEth 0,41. "
         "Överens om att fortsätta enl. plan; planerat hembesök i december stryks då kl. hellre ses på kontoret."),
        ("2015-01-20", "JL", "Uppföljning", "Uppföljning av insats genomförd, se separat blankett. Målen delvis uppnådda, insatsen fortsätter."),
        ("2015-04-14", "JL", "Avslut", "Slutrapport från Kompassen inkommen. Kl. har varit nykter sedan januari (PEth <0,05 x 3), "
         "arbetar heltid sedan 2015-03-02. Målen uppnådda. Insatsen avslutas, kl. fortsätter i AA på egen hand."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="docx", header=SOLL_HDR, footer=SOLL_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="docx", header=SOLL_HDR, footer=SOLL_FTR, blocks=bsl),
        dict(file="uppdrag_till_utforare.pdf", type="uppdragsbeskrivning", producer="html", blocks=upp,
             header="LOV-portalen · Individuppdrag LOV-SOLL-2014-0877", footer="Utskrift från LOV-portalen"),
        dict(file="individuell_plan_kompassen.pdf", type="genomförandeplan", producer="rl", font="LS", blocks=plan,
             header="Kompassen Öppenvård AB – Individuell plan", footer="Kompassen Öppenvård AB"),
        dict(file="uppfoljning_2015-01-20.pdf", type="uppföljning", producer="docx", header=SOLL_HDR, footer=SOLL_FTR, blocks=uppf),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=SOLL_HDR, footer="Utskrift ur Procapita 2015-09-28", blocks=jour),
    ]
    return dict(id=cid, committee="Sollentuna", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Sammanfattning och analys i utredningen beskriver problematiken och varför ÅP-öppenvård passar; beslutet motiverar.",
                          [(F + "utredning.pdf", "Socialtjänsten gör analysen"), (F + "beslut.pdf", "Hans behov kan inte")]),
        planning=("ja", "Individuell plan med mål i jagform, aktiviteter, ansvariga och datum.",
                  [(F + "individuell_plan_kompassen.pdf", "Individuell plan")]),
        follow_up=("ja", "Uppföljning av insats 2015-01-20 med utfall (delvis uppnådda) och avslut 2015-04-14 i journalen.",
                   [(F + "uppfoljning_2015-01-20.pdf", "Måluppfyllelse"), (F + "journal.pdf", "Trepartssamtal efter sex veckor"),
                    (F + "journal.pdf", "Slutrapport från Kompassen")]),
        assignment_description=("ja", "LOV-portalens uppdrag innehåller alla delar a–g inklusive skickat-datum.",
                                [(F + "uppdrag_till_utforare.pdf", "Uppdrag till utförare"), (F + "journal.pdf", "skickat via LOV-portalen")],
                                list("abcdefg"), [])))


# ======================================================================= 2
@case
def c02():
    cid = "sollentuna_IFO-2015-0088"
    c = dict(name="Sara Holm", pnr="19020305-2286", dnr="IFO 2015/0088", officer="Peter Nyström",
             utr_start="2015-01-19", utr_end="2015-02-20", ans_date="2015-01-15",
             ans_avser="Behandling på behandlingshem (HVB)", beslut_date="2015-02-23")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Orosanmälan från Beroendemottagningen Sollentuna 2015-01-12 efter att Sara avbrutit sin "
         "abstinensbehandling i förtid. Sara ansökte därefter själv om behandlingshem vid besök 2015-01-15."),
        ("Sökandes situation", "Sara är 31 år. Hon har använt amfetamin intravenöst sedan 19-årsåldern med kortare uppehåll. "
         "Senaste året dagligt bruk. Hon bor i andrahand hos en bekant i Häggvik och riskerar att förlora boendet."),
        ("Nätverk", "Mamma i Sollentuna som Sara har sporadisk kontakt med. Pojkvän som också använder narkotika. "
         "Inga barn."),
        ("Sysselsättning och ekonomi", "Ingen sysselsättning sedan 2013. Försörjningsstöd. Skulder hos Kronofogden ca 86 000 kr; "
         "en avbetalningsplan med Telia är upprättad."),
        ("Hälsa", "Hepatit C, obehandlad. Läkare på Beroendemottagningen bedömer att Sara har ett svårt beroende av centralstimulantia "
         "och rekommenderar behandling utanför hemmiljön."),
        ("Tidigare insatser", "Öppenvård 2011 och 2013, båda avbrutna. Abstinensbehandling jan 2015, avbruten."),
        ("Sökandes egen uppfattning", "\"Jag klarar inte att vara kvar här, alla jag känner använder.\" Sara vill till ett "
         "behandlingshem långt från Stockholm."),
    ], "Socialtjänstens överväganden", [
        "Sara har ett långvarigt och tungt missbruk av amfetamin med injektioner, en smittsam leversjukdom som inte behandlas, "
        "ett osäkert boende och ett nätverk där droger finns nära. Två tidigare öppenvårdsförsök har avbrutits. "
        "Hon behöver komma ifrån sin nuvarande miljö och få en sammanhållen behandling med dygnet-runt-stöd, där även "
        "hepatitbehandling och skuldsanering kan påbörjas.",
        "Socialtjänsten anser att Saras behov inte kan tillgodoses i öppenvård. Behandling på HVB med KBT-inriktning och "
        "integrerad somatisk vård bedöms ge henne den struktur och distans som krävs. Granhöjdens behandlingshem erbjuder "
        "detta och har plats från mars.",
    ])
    bsl = beslut(c, ["Sara har ett omfattande narkotikamissbruk och tidigare insatser i öppenvård har inte varit tillräckliga. "
                     "Hon behöver behandling i en miljö där droger inte finns tillgängliga. Vård på HVB bedöms tillförsäkra "
                     "henne en skälig levnadsnivå."],
                 "Institutionsvård, HVB", "Granhöjdens behandlingshem AB, Hedemora", "2015-03-02 -- 2015-08-31")
    upp = [("p", "Sollentuna kommun\nSocialkontoret\n\n2015-02-25"),
           ("p", "Till: Granhöjdens behandlingshem AB, att. föreståndare Åsa Grahn"),
           ("h1", "Uppdragsbeskrivning – placering HVB"),
           ("kv", [("Klient", "Sara Holm, 19020305-2286"), ("Dnr", "IFO 2015/0088"),
                   ("Bakgrund och bedömning", "Sara har ett långvarigt intravenöst amfetaminmissbruk, obehandlad hepatit C och "
                    "saknar stabilt boende. Hon behöver behandling utanför hemmiljön med dygnet-runt-stöd; se utredning 2015-02-20."),
                   ("Uppdraget omfattar", "Behandlingsvistelse med KBT-baserat program, kontakt med infektionsmottagning för "
                    "hepatit C-utredning, stöd att kontakta Kronofogden/budget- och skuldrådgivning."),
                   ("Mål", "Drogfrihet under placeringen verifierad med urinprov. Påbörjad hepatit C-behandling före 2015-06-30. "
                    "En plan för boende och sysselsättning efter placeringen klar senast 2015-08-01."),
                   ("Uppföljning", "SIP-möte/uppföljningsmöte på behandlingshemmet efter ca 6 veckor och därefter var 8:e vecka. "
                    "Behandlingshemmet lämnar skriftlig Statusrapport inför varje möte."),
                   ("Återrapportering", ""),
                   ("Handläggare", "Peter Nyström, tel 08-579 212 17, peter.nystrom@sollentuna.se")]),
           ("p", "Med vänlig hälsning\nPeter Nyström\nSocialsekreterare")]
    plan = [("lh", "Granhöjdens behandlingshem", "Granhöjden 4 · 776 92 Hedemora · tel 0225-190 40"),
            ("h1", "Behandlingsplan"),
            ("p", "Klient: Sara Holm    Ankomst: 2015-03-02    Kontaktperson: Emil Bergkvist, behandlingsassistent"),
            ("p", "Upprättad 2015-03-16 av Sara och Emil. Planen revideras vid varje uppföljningsmöte."),
            ("table", [["Önskat läge", "Aktiviteter", "Ansvar", "Klart när"],
                       ["Jag är drogfri", "Drogfri miljö, urinprov 2 ggr/v, KBT-grupp 'Återfallsprevention' 4 ggr/v", "Sara, Emil",
                        "Hela vistelsen; utvärderas 2015-04-14"],
                       ["Jag har börjat behandla min hepatit", "Remiss till infektionskliniken Falun, följa med på besök", "Sjuksköterska Lena Ek",
                        "Remiss senast 2015-03-31, behandlingsstart före 2015-06-30"],
                       ["Jag vet var jag ska bo efteråt", "Ansöka om träningslägenhet/Bostad först via Sollentuna, kontakt med handl.",
                        "Sara, Emil, handl. Peter N", "Ansökan senast 2015-06-15, beslut före 2015-08-01"],
                       ["Jag har koll på mina skulder", "Budget- och skuldrådgivning via telefon, sammanställa skulder", "Sara, Emil",
                        "Sammanställning klar 2015-05-15"]], [0.22, 0.38, 0.18, 0.22])]
    sip = [("h1", "Minnesanteckningar SIP-möte"),
           ("kv", [("Datum", "2015-04-14, kl. 13.00–14.30 (videolänk Sollentuna–Hedemora)"),
                   ("Deltagare", "Sara Holm; Emil Bergkvist och Lena Ek, Granhöjden; Peter Nyström, handl. Sollentuna; "
                    "Mira Ohlsson, SSK Beroendemottagningen"),
                   ("Sammankallande", "Peter Nyström")]),
           ("h2", "Hur har det gått?"),
           ("p", "Sara har varit på Granhöjden i sex veckor. Alla urinprov negativa. Hon deltar i KBT-gruppen och beskriver att hon "
                 "för första gången \"fattar vad som triggar\". Remiss till infektion skickad 2015-03-27, första besök 2015-05-06."),
           ("h2", "Överenskommelser"),
           ("table", [["Vad", "Vem", "När"],
                      ["Fortsatt placering enligt beslut", "Peter N", "t.o.m. 2015-08-31"],
                      ["Ansökan om träningslägenhet", "Sara med stöd av Emil", "2015-06-15"],
                      ["Nästa SIP-möte", "Peter N kallar", "v. 24"]], [0.5, 0.3, 0.2]),
           ("p", "Bedömning av måluppfyllelse: målet om drogfrihet uppnått hittills; hepatitmålet pågår; boendemålet ej påbörjat.")]
    jour = journal(c, [
        ("2015-01-15", "PN", "Besök", "Sara ansöker om HVB. Utredning inleds."),
        ("2015-02-23", "PN", "Beslut", "Beslut om HVB Granhöjden from 2/3."),
        ("2015-02-25", "PN", "Uppdrag", "Uppdragsbeskrivning postad till Granhöjden. Kl. får kopia."),
        ("2015-03-02", "PN", "Placering", "Kl. anlände till Granhöjden enl. personal. Inskrivningssamtal genomfört."),
        ("2015-04-14", "PN", "SIP-möte", "SIP-möte via videolänk, se minnesanteckningar. Det går bra för kl."),
        ("2015-06-16", "PN", "Uppföljningssamtal", "Uppföljningssamtal per telefon med Sara och Emil. Fortsatt drogfri, hepatit C-"
         "behandling startade 2015-06-02. Ansökan träningslägenhet inlämnad 2015-06-12. Placeringen fortsätter."),
    ])
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="docx", layout="twocol", header=SOLL_HDR, footer=SOLL_FTR, blocks=utr),
        dict(file="beslut.pdf", type="beslut", producer="rl", header=SOLL_HDR, footer=SOLL_FTR, blocks=bsl),
        dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", producer="docx", header=SOLL_HDR, footer=SOLL_FTR, blocks=upp),
        dict(file="behandlingsplan_granhojden.pdf", type="genomförandeplan", producer="html", blocks=plan, lhcolor="#2e6b30"),
        dict(file="sip_2015-04-14.pdf", type="uppföljning (SIP)", producer="rl", font="DVSe", header=SOLL_HDR, blocks=sip),
        dict(file="journal.pdf", type="journalanteckningar", producer="rl", header=SOLL_HDR, footer="Utskrift ur Procapita", blocks=jour),
    ]
    return dict(id=cid, committee="Sollentuna", dnr=c["dnr"], scenario="", docs=docs, crit=dict(
        needs_assessment=("ja", "Socialtjänstens överväganden anger problematiken och varför HVB möter den; läkarens bedömning citeras separat.",
                          [(F + "utredning.pdf", "Socialtjänsten anser"), (F + "beslut.pdf", "Motivering")]),
        planning=("ja", "Behandlingsplan med önskat läge, aktiviteter, ansvar och datum.",
                  [(F + "behandlingsplan_granhojden.pdf", "Önskat läge")]),
        follow_up=("ja", "SIP-möte 2015-04-14 med utfall och uppföljningssamtal 2015-06-16 i journalen.",
                   [(F + "sip_2015-04-14.pdf", "Hur har det gått"), (F + "journal.pdf", "Uppföljningssamtal per telefon")]),
        assignment_description=("delvis", "Uppdragsbeskrivningen saknar innehåll under Återrapportering; när den lämnades framgår bara av "
                                "journalen ('postad'), vilket räknas som g. Element e saknas.",
                                [(F + "uppdragsbeskrivning.pdf", "Uppdragsbeskrivning – placering"), (F + "journal.pdf", "Uppdragsbeskrivning postad")],
                                list("abcdfg"), ["e"])))


# ======================================================================= 3 declined
@case
def c03():
    cid = "sollentuna_SN-2015-0217"
    c = dict(name="Jonas Berg", pnr="19000921-1195", dnr="SN 2015/217", officer="Johanna Lindqvist",
             utr_start="2015-04-07", utr_end="2015-05-04", ans_date="2015-04-02",
             ans_avser="Behandlingshem för alkoholberoende", beslut_date="2015-05-06")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Jonas sökte via e-tjänsten 2015-04-02, efter en period av sjukhusvård för alkoholabstinens (delirium) "
         "på Danderyds sjukhus."),
        ("Sökandes situation", "Jonas är 58 år, ensamstående, bor i bostadsrätt i Edsberg. Han har druckit stora mängder sprit "
         "dagligen i flera år och har två gånger vårdats för abstinens under 2014–2015."),
        ("Nätverk", "En bror i Uppsala. Grannarna har hört av sig till socialtjänsten om oro."),
        ("Sysselsättning och ekonomi", "Förtidspensionär sedan 2009. Ekonomin räcker men han har obetalda avgifter till föreningen."),
        ("Hälsa", "Leverpåverkan, högt blodtryck, nedsatt balans. Minnesproblem enligt honom själv."),
        ("Sökandes egen uppfattning", "Jonas säger att han vill \"bort ett tag\" och få hjälp att sluta, men tvekar inför att lämna "
         "lägenheten och katten."),
    ], "Analys och bedömning", [
        "Jonas har ett svårt alkoholberoende med upprepade abstinenstillstånd som varit livshotande. Han bor ensam och saknar "
        "nätverk som kan stötta en nedtrappning hemma. Öppenvård bedöms inte tillräcklig med hänsyn till de medicinska riskerna och "
        "att han inte klarat att avstå mellan vårdtillfällena.",
        "Han behöver en period av behandling med boende, medicinsk tillsyn och återfallsprevention, följt av eftervård på hemmaplan. "
        "Behandlingshem med inriktning på äldre med alkoholberoende bedöms motsvara detta.",
    ])
    bsl = beslut(c, "Jonas har ett alkoholberoende med medicinska komplikationer och kan inte tillgodose sina behov på annat sätt. "
                 "Vård på behandlingshem med medicinsk kompetens är den insats som svarar mot hans situation.",
                 "Institutionsvård, behandlingshem", "Ekbacka Gård Behandling AB, Norrtälje", "2015-05-18 -- 2015-08-17")
    mail = [("small", "Från: Lindqvist Johanna &lt;johanna.lindqvist@sollentuna.se&gt;\nTill: intag@ekbackagard.se\n"
                      "Skickat: den 8 maj 2015 11:02\nÄmne: Uppdrag – Jonas Berg, start 18/5"),
            ("sp",),
            ("p", "Hej!"),
            ("p", "Som vi pratade om i telefon översänder jag här uppdraget för Jonas Berg, 19000921-1195, som beviljats vård hos er "
                  "fr.o.m. 2015-05-18 (beslut 2015-05-06, SoL 4:1)."),
            ("p", "<b>Vår bedömning:</b> Jonas har ett svårt alkoholberoende med två abstinensvårdtillfällen senaste året, bor ensam "
                  "och saknar nätverk. Han behöver behandling med boende och medicinsk tillsyn samt återfallsprevention."),
            ("p", "<b>Uppdraget:</b> Behandlingsvistelse 3 månader med medicinsk bedömning vid ankomst, ÅP-samtal, fysisk aktivitet "
                  "anpassad efter balanssvårigheter, och planering av eftervård i Sollentuna."),
            ("p", "<b>Mål:</b> Att Jonas är alkoholfri vid utskrivning och har en eftervårdsplan med kontakt i Sollentuna som är påbörjad "
                  "före hemgång (senast 2015-08-10)."),
            ("p", "<b>Uppföljning:</b> Jag kommer till Ekbacka för ett uppföljningsmöte med Jonas och hans kontaktperson efter ca fyra "
                  "veckor, därefter ett möte inför utskrivning. Ring mig direkt vid avbrott eller akuta händelser."),
            ("p", "<b>Vid avslut</b> vill jag ha en skriftlig sammanfattning: hur vistelsen gått, provsvar, medicinska bedömningar, "
                  "måluppfyllelse och er rekommendation om eftervård."),
            ("p", "Vid frågor ring mig gärna."),
            ("p", "Med vänlig hälsning\nJohanna Lindqvist\nSocialsekreterare, Vuxenenheten\nSollentuna kommun\nTel 08-579 210 44")]
    jour = journal(c, [
        ("2015-04-02", "JL", "Aktualisering", "Ansökan via e-tjänst. Tid bokad."),
        ("2015-05-06", "JL", "Beslut", "Beslut om behandlingshem Ekbacka Gård fr.o.m. 18/5."),
        ("2015-05-08", "JL", "Uppdrag", "Uppdraget mejlat till Ekbacka intag."),
        ("2015-05-15", "JL", "Tfn", "Jonas ringer och säger att han ångrat sig. Han vill inte åka till Ekbacka, klarar inte att lämna "
         "katten och lägenheten. Han tackar nej till insatsen. Erbjuden samtal om öppenvård men vill \"försöka själv först\". "
         "Ekbacka informerad samma dag, platsen avbokad. Behandlingen har inte påbörjats."),
        ("2015-05-20", "JL", "Avslut", "Ärendet avslutas på kl:s begäran. Information om Beroendemottagningen och mottagningsgruppen lämnad "
         "skriftligen. Kl. vet att han kan återkomma."),
    ])
    docs = [
        dict(file="utredning_och_beslut.pdf", type="utredning + beslut", producer="html",
             header=SOLL_HDR, blocks=utr + [("pb",)] + bsl),
        dict(file="mejl_uppdrag_ekbacka.pdf", type="uppdragsbeskrivning (e-post)", producer="rl", font="LS", pagenum=False, blocks=mail),
        dict(file="journal.pdf", type="journalanteckningar", producer="docx", header=SOLL_HDR, footer="Procapita journalutskrift", blocks=jour),
    ]
    return dict(id=cid, committee="Sollentuna", dnr=c["dnr"], scenario="declined", docs=docs, crit=dict(
        needs_assessment=("ja", "Analys och bedömning beskriver problematiken och varför behandlingshem behövs.",
                          [(F + "utredning_och_beslut.pdf", "Öppenvård bedöms inte"), (F + "utredning_och_beslut.pdf", "medicinsk kompetens")]),
        planning=("ej_tillämpligt", "Jonas tackade nej 2015-05-15 innan vistelsen började; ingen plan kunde upprättas.", []),
        follow_up=("ej_tillämpligt", "Insatsen påbörjades aldrig (tackade nej före start).", []),
        assignment_description=("ja", "E-postuppdraget (skickat 2015-05-08) har bedömning, innehåll, mål, uppföljning, återrapportering och handläggarens kontaktuppgifter.",
                                [(F + "mejl_uppdrag_ekbacka.pdf", "Vår bedömning"), (F + "journal.pdf", "Uppdraget mejlat")], list("abcdefg"), [])))


# ======================================================================= 4 assembled, NA delvis, FU delvis
@case
def c04():
    cid = "sollentuna_SN-2015-0041"
    c = dict(name="Lena Ekvall", pnr="19011130-3326", dnr="SN 2015/41", officer="Peter Nyström",
             utr_start="2015-01-12", utr_end="2015-02-09", ans_date="2015-01-08",
             ans_avser="Öppenvård alkohol/lugnande", beslut_date="2015-02-10")
    F = "casefiles/%s/" % cid
    utr = utredning(c, [
        ("Aktualisering", "Lena hänvisades av sin husläkare på Tureberg VC som skickade en remiss 2015-01-05 om alkohol och "
         "bensodiazepiner."),
        ("Sökandes situation", "Lena är 52 år, gift, två vuxna barn. Arbetar som undersköterska på ett äldreboende. Hon dricker "
         "vin flera kvällar i veckan och har under ett år tagit Stesolid som hon fått av en väninna."),
        ("Nätverk", "Maken är informerad och stöttande. Barnen vet inte om problemen."),
        ("Sysselsättning och ekonomi", "Arbetar heltid. Ordnad ekonomi."),
        ("Sökandes egen uppfattning", "Lena vill ha samtal på kvällstid så att ingen på jobbet behöver veta."),
    ], "Analys och bedömning", [
        "Lena bedöms vara i behov av öppenvård.",
    ])
    bsl = beslut(c, "Lena beviljas öppenvård enligt ansökan.", "Öppenvård, enskilda samtal + grupp",
                 "Sollentuna kommuns Beroendeenhet, öppenvården (egen regi)", "2015-02-16 -- 2015-08-15")
    upp = [("lh", "Sollentuna kommun – Socialkontoret", "Beställning till öppenvården (egen regi)"),
           ("h1", "Uppdrag till utförare"),
           ("kv", [("Till", "Beroendeenheten, öppenvården, att. Sofie Lund"), ("Klient", "Lena Ekvall 19011130-3326"),
                   ("Överlämnat", "2015-02-11, vid överlämningsmöte på Beroendeenheten"),
                   ("Handläggare", "Peter Nyström, tel 08-579 212 17, e-post peter.nystrom@sollentuna.se"),
                   ("Nämndens bedömning", "Lena bedöms vara i behov av öppenvård, se utredning."),
                   ("Uppdraget omfattar", "Enskilda MI/KBT-samtal varje vecka på kvällstid, därefter kvinnogrupp. Samverkan med VC om nedtrappning."),
                   ("Mål", "Lena har avslutat bensodiazepinbruket senast 2015-05-31 (negativa urinprov) och dricker högst 2 glas/vecka vid beslutsperiodens slut."),
                   ("Uppföljning", "Uppföljning med Lena, behandlare och handläggare efter 3 månader (maj 2015) och vid avslut."),
                   ("Återrapportering vid avslut", "Kort skriftlig sammanfattning: närvaro, provsvar, måluppfyllelse, Lenas synpunkter.")])]
    plan = [("lh", "Beroendeenheten Sollentuna – Öppenvården", "Genomförandeplan"),
            ("h1", "Genomförandeplan"),
            ("p", "Klient: Lena Ekvall. Behandlare: Sofie Lund. Upprättad 2015-02-24."),
            ("bullets", ["Mål 1 – Stesolid: Lena slutar helt. Nedtrappning enligt schema från husläkaren, urinprov varannan vecka på "
                         "Beroendeenheten (ansvar: Sofie L.). Klart: 2015-05-31.",
                         "Mål 2 – Alkohol: högst två glas vin i veckan. Lena för dryckesdagbok som gås igenom varje samtal "
                         "(ansvar: Lena, Sofie). Utvärderas: 2015-08-10.",
                         "Aktivitet: enskilda samtal tisdagar kl. 17.00, 16 tillfällen från 2015-02-24; kvinnogrupp torsdagar fr.o.m. april.",
                         "Lena berättar för maken om planen (Lena, före 2015-03-15)."])]
    jour = journal(c, [
        ("2015-01-08", "PN", "Remiss", "Remiss från Tureberg VC. Kl. kontaktad, vill ha samtal."),
        ("2015-02-10", "PN", "Beslut", "Beslut om öppenvård egen regi."),
        ("2015-02-11", "PN", "Överlämning", "Överlämningsmöte på Beroendeenheten, uppdraget lämnat till Sofie Lund."),
        ("2015-05-19", "PN", "Uppf.", "Uppföljningsmöte genomfört med kl. och Sofie L. på Beroendeenheten."),
        ("2015-09-01", "PN", "Tfn", "Sofie L. meddelar att Lena avslutat behandlingen enligt plan. Sammanfattning ska skickas."),
    ])
    parts = [
        dict(file="_p1.pdf", type="utredning", producer="rl", font="DVSe", header=SOLL_HDR, footer=SOLL_FTR, blocks=utr),
        dict(file="_p2.pdf", type="beslut", producer="rl", font="DVSe", header=SOLL_HDR, footer=SOLL_FTR, blocks=bsl),
        dict(file="_p3.pdf", type="uppdragsbeskrivning", producer="docx", header=SOLL_HDR, blocks=upp),
        dict(file="_p4.pdf", type="genomförandeplan", producer="html", blocks=plan),
        dict(file="_p5.pdf", type="journalanteckningar", producer="rl", header=SOLL_HDR, footer="Procapita", blocks=jour),
    ]
    return dict(id=cid, committee="Sollentuna", dnr=c["dnr"], scenario="", docs=parts,
                assemble=[dict(file="akt_SN-2015-41_komplett.pdf", type="akt (utredning, beslut, uppdrag, genomförandeplan, journal)",
                               parts=[p["file"] for p in parts], keep_parts=False)], crit=dict(
        needs_assessment=("delvis", "Utredningen har bara slutsatsen 'bedöms vara i behov av öppenvård'; beslutet saknar egentliga skäl. "
                          "(Uppdraget innehåller en bedömning, men formulerad för utföraren.)",
                          [(F + "akt_SN-2015-41_komplett.pdf", "Lena bedöms vara i behov av öppenvård."), (F + "akt_SN-2015-41_komplett.pdf", "Lena bedöms vara i behov av öppenvård, se utredning")]),
        planning=("ja", "Genomförandeplan med mål, ansvar och datum (punktlista).",
                  [(F + "akt_SN-2015-41_komplett.pdf", "Mål 1 – Stesolid")]),
        follow_up=("delvis", "Journalen 2015-05-19 noterar att uppföljningsmöte genomförts men inget om utfallet.",
                   [(F + "akt_SN-2015-41_komplett.pdf", "Uppföljningsmöte genomfört med kl.")]),
        assignment_description=("delvis", "Uppdrag till utförare (egen regi) överlämnat 2015-02-11 har innehåll, mål, uppföljning, återrapportering och handläggare, men under Nämndens bedömning står bara en slutsats med hänvisning till utredningen (a saknas).",
                                [(F + "akt_SN-2015-41_komplett.pdf", "Uppdrag till utförare"), (F + "akt_SN-2015-41_komplett.pdf", "uppdraget lämnat till Sofie")],
                                list("bcdefg"), ["a"])))
