# -*- coding: utf-8 -*-
"""Uppsala: four cases. Large-city organisation: Mottagningen vuxen, Utredningsgruppen
missbruk, Uppföljningsenheten; assignments through 'Uppdragsportalen Vuxen'."""
from common import journal_plain, journal_blocks_table, journal_blocks_kv, email_blocks

KOMMUN = "Uppsala kommun · Socialförvaltningen"


def hf(dnr, unit, doc):
    return {"tl": KOMMUN, "tr": "%s   %s" % (doc, dnr), "bl": unit, "br": "Sida {page} av {pages}"}


def portal(dnr, rows, log, printed):
    """Printout of an assignment from the web portal."""
    blocks = [
        ("letterhead", "Uppdragsportalen Vuxen", "Uppsala kommun, Socialförvaltningen\ne-tjänst för beställning av insatser"),
        ("h1", "Uppdrag till utförare"),
    ]
    blocks.append(("table", {"widths": [30, 70], "rows": rows}))
    blocks.append(("h3", "Händelselogg"))
    blocks.append(("table", {"head": ["Tidpunkt", "Händelse", "Användare"], "widths": [24, 52, 24], "rows": log}))
    blocks.append(("small", "Utskrift från Uppdragsportalen Vuxen %s. Ärende %s. Utskriften är en kopia av uppdraget i e-tjänsten." % (printed, dnr)))
    return blocks


# =====================================================================================
# 1. SON 2015/0412  Mikael Berg, alkohol, öppenvård - all four documented
# =====================================================================================
D1 = "SON 2015/0412"
c1_utr = [
    ("h1", "Utredning – vuxen, missbruk"),
    ("kv", [("Namn", "Mikael Berg"), ("Personnummer", "19010318-2455"), ("Diarienummer", D1),
            ("Utredning inledd", "2015-02-11"), ("Utredning avslutad", "2015-03-10"),
            ("Utredare", "Anders Wiklund, socialsekreterare, Utredningsgruppen missbruk")]),
    ("h2", "Aktualisering"),
    ("p", "Mikael kontaktade Mottagningen vuxen per telefon 2015-02-09 och ansökte om stöd för att komma tillrätta med sitt "
          "alkoholbruk. Han hade veckan innan besökt sin vårdcentral där läkaren rekommenderat honom att vända sig till "
          "socialtjänsten. Ärendet överlämnades från Mottagningen till Utredningsgruppen missbruk 2015-02-11 och utredning "
          "inleddes samma dag enligt 11 kap. 1 § SoL."),
    ("h2", "Utredningens genomförande"),
    ("p", "Utredningen bygger på samtal med Mikael 2015-02-16, 2015-02-19 (ASI-grundintervju) och 2015-03-03, telefonsamtal "
          "med läkare vid Beroendecentrum samt med Mikaels syster Eva. Mikael har lämnat skriftligt samtycke till att uppgifter "
          "inhämtas. AUDIT genomfördes vid första samtalet."),
    ("h2", "Bakgrund"),
    ("p", "Mikael är 44 år och uppvuxen i Gävle. Han flyttade till Uppsala 1995, är utbildad elektriker och har arbetat hos samma "
          "arbetsgivare i fjorton år. Han var gift 2002–2013 och har två barn, tio och tretton år, som bor hos sin mamma och är "
          "hos Mikael varannan helg. Mikael berättar att han druckit mer sedan skilsmässan och att drickandet det senaste året "
          "blivit dagligt under perioder."),
    ("h2", "ASI-grundintervju 2015-02-19 – sammanfattning"),
    ("small", "Skattning 0–9: intervjuarens skattning av hjälpbehov inom respektive område (I) och klientens egen skattning (K)."),
    ("cols", [
        ("h3", "Fysisk hälsa (I 3, K 2)"),
        ("p", "Högt blodtryck som behandlas med läkemedel. Sover dåligt, magbesvär flera gånger i veckan. Har inte varit inlagd "
              "på sjukhus de senaste fem åren."),
        ("h3", "Arbete och försörjning (I 4, K 5)"),
        ("p", "Anställd på heltid, sjukskriven 50 % sedan 2015-01-12. Arbetsgivaren känner till alkoholproblemen efter att Mikael "
              "vid två tillfällen kommit till arbetet bakfull. Lön och sjukpenning täcker kostnaderna."),
        ("h3", "Alkohol (I 6, K 6)"),
        ("p", "Dricker fyra till fem dagar i veckan, oftast en flaska vin och några starköl. Har haft darrningar och svettningar "
              "på morgonen och har vid enstaka tillfällen druckit för att dämpa dem. Längsta nyktra period senaste året: tre veckor i "
              "oktober. AUDIT 2015-02-16: 23 poäng."),
        ("h3", "Narkotika (I 0, K 0)"),
        ("p", "Inget bruk av narkotika. Tar inga lugnande eller sömnmedel."),
        ("h3", "Kriminalitet (I 0, K 0)"),
        ("p", "Inte dömd för brott. Inga pågående utredningar."),
        ("h3", "Familj och umgänge (I 5, K 6)"),
        ("p", "Konflikt med barnens mamma, som efter en helg i december sagt att hon inte vill att barnen är hos Mikael om han "
              "dricker. Mikael är mycket mån om umgänget. Systern Eva är ett stöd. Umgås i övrigt mest med arbetskamrater."),
        ("h3", "Psykisk hälsa (I 4, K 3)"),
        ("p", "Nedstämdhet och oro sedan skilsmässan, inga självmordstankar. Har inte haft kontakt med psykiatrin."),
    ]),
    ("h2", "Uppgifter från andra"),
    ("h3", "Beroendecentrum, läkare"),
    ("p", "Leg. läkare Per Sandell, Beroendecentrum, uppger i telefon 2015-02-25 följande, som återges med Mikaels samtycke:"),
    ("quote", "”Min bedömning är att patienten uppfyller kriterierna för alkoholberoende. Leverproverna visar förhöjda värden. "
              "Abstinensbehandling är inte aktuell i dag. Han har erbjudits Antabus, vilket han tackat ja till, och kommer att "
              "följas med PEth-prover hos oss.”"),
    ("h3", "Syster"),
    ("p", "Eva Berg beskriver att Mikael ”inte är sig lik” sedan ett år tillbaka och att hon oroar sig för hans hälsa. Hon har "
          "inte sett honom berusad när barnen är där, men vet att barnens mamma är orolig."),
    ("h2", "Mikaels egen uppfattning"),
    ("p", "Mikael säger att han ”tappat kontrollen” och att han vill sluta dricka helt. Han vill inte åka på behandlingshem "
          "eftersom han är rädd att förlora arbetet och umgänget med barnen. Han önskar behandling på dagtid eller tidig kväll "
          "som går att kombinera med arbete."),
    ("h2", "Analys"),
    ("p", "Mikael har under de senaste två åren utvecklat ett alkoholberoende som nu påverkar hans hälsa, hans arbete och "
          "relationen till barnen. Han har själv tagit initiativ till kontakten och är motiverad att förändra sitt drickande. "
          "ASI-intervjun visar att de största problemområdena är alkohol, familj och umgänge samt psykisk hälsa, medan boende och "
          "ekonomi fungerar. Läkarens uppgifter bekräftar beroendet och att medicinsk behandling med Antabus och provtagning "
          "kommer att ges av Beroendecentrum."),
    ("p", "Utredningsgruppens uppfattning är att Mikael behöver strukturerad behandling riktad mot alkoholberoendet med "
          "återfallsprevention, stöd i att hantera nedstämdhet och oro, samt stöd i föräldraskapet så att umgänget med barnen "
          "kan fortsätta. Eftersom han har ett fungerande boende och arbete, som han själv vill behålla, bedöms öppenvård ge bättre "
          "förutsättningar än institutionsvård: han kan öva det han lär sig i sin vardag. Risken för återfall bedöms som hög de "
          "första månaderna, vilket talar för täta kontakter, regelbundna prover och samordning med Beroendecentrum."),
    ("h2", "Slutsats och förslag"),
    ("p", "Utredningsgruppen föreslår att Mikael beviljas bistånd i form av öppenvårdsbehandling vid Beroendeteamet Kvarngärdet "
          "enligt 4 kap. 1 § SoL under perioden 2015-03-16 – 2015-09-30. Behandlingen bör omfatta individuella samtal enligt "
          "återfallsprevention en gång i veckan, gruppbehandling samt föräldrastödjande samtal. Eftersom Mikael samtidigt har "
          "kontakt med Beroendecentrum bör en samordnad individuell plan (SIP) erbjudas."),
    ("sig", ["Uppsala 2015-03-10", "", "Anders Wiklund", "Socialsekreterare, Utredningsgruppen missbruk", "Tel. 018-727 41 62"]),
]

c1_beslut = [
    ("letterhead", "Uppsala kommun\nSocialnämnden", "BESLUT\nDatum 2015-03-11\nDnr %s" % D1),
    ("h1", "Beslut om bistånd"),
    ("kv", [("Sökande", "Mikael Berg, 19010318-2455"), ("Ansökan avser", "Behandling för alkoholproblem"),
            ("Ansökan inkom", "2015-02-09"), ("Lagrum", "4 kap. 1 § socialtjänstlagen (SoL)")]),
    ("h2", "Beslut"),
    ("p", "Mikael Berg beviljas bistånd i form av öppenvård vid Beroendeteamet Kvarngärdet under tiden 2015-03-16 – 2015-09-30."),
    ("h2", "Skäl för beslutet"),
    ("p", "Se utredning daterad 2015-03-10. Beslutet fattas i enlighet med utredningens förslag."),
    ("p", "Beslutet fattas med stöd av delegation enligt socialnämndens delegationsordning punkt 4.1.2."),
    ("sig", ["Maria Stenlund", "1:e socialsekreterare, Vuxenenheten"]),
    ("h2", "Hur man överklagar"),
    ("small", "Om du är missnöjd med beslutet kan du överklaga det hos förvaltningsrätten. Skrivelsen ska ha kommit in till "
              "socialnämnden inom tre veckor från den dag du fick del av beslutet. Ange vilket beslut du överklagar och hur du "
              "vill att det ska ändras."),
]

c1_uppdrag = portal(D1, [
    ["**Uppdrags-id**", "U-2015-0388"],
    ["**Ärende**", D1 + ", Mikael Berg, 19010318-2455"],
    ["**Beställare**", "Socialnämnden, Vuxenenheten – Utredningsgruppen missbruk"],
    ["**Utförare**", "Beroendeteamet Kvarngärdet (kommunal öppenvård)"],
    ["**Insats / lagrum**", "Öppenvård, individuell behandling och grupp – 4 kap. 1 § SoL"],
    ["**Beslutsdatum / period**", "2015-03-11 / 2015-03-16 – 2015-09-30"],
    ["**Nämndens bedömning av behov**", "Mikael har ett alkoholberoende (bekräftat av Beroendecentrum) som påverkar hälsa, arbete "
        "och umgänget med barnen. Han behöver strukturerad behandling med återfallsprevention, stöd kring nedstämdhet och oro samt "
        "stöd i föräldraskapet. Öppenvård bedöms ge bäst förutsättningar eftersom han kan behålla arbete och boende och öva nya "
        "strategier i vardagen. Hög återfallsrisk de första månaderna."],
    ["**Uppdraget omfattar**", "• Individuella samtal enligt återfallsprevention (ÅP), en gång per vecka\n"
        "• Gruppbehandling (alkoholgrupp, 10 träffar)\n• Föräldrastödjande samtal, minst fyra tillfällen\n"
        "• Samverkan med Beroendecentrum kring Antabus och PEth-prover"],
    ["**Mål med insatsen**", "1. Mikael ska vara alkoholfri, vilket kontrolleras med PEth-prov.\n"
        "2. Umgänget med barnen ska kunna fortsätta varannan helg.\n3. Mikael ska arbeta heltid igen senast 2015-09-01."],
    ["**Uppföljning**", "Utföraren upprättar genomförandeplan tillsammans med Mikael inom tre veckor från start och skickar den "
        "till handläggaren. Uppföljningsenheten följer upp insatsen genom trepartssamtal (Mikael, behandlare, handläggare) efter "
        "cirka tre månader samt före beslutsperiodens slut."],
    ["**Återrapportering vid avslut**", "Skriftlig slutrapport senast två veckor efter avslut: genomförda insatser, "
        "måluppfyllelse per mål, provresultat, Mikaels egen uppfattning samt förslag på fortsatta insatser. Avbrott i "
        "behandlingen meddelas handläggaren samma dag."],
    ["**Ansvarig handläggare**", "Karin Holm, socialsekreterare, Uppföljningsenheten\nTel. 018-727 43 18, "
        "karin.holm@uppsala.se"],
], [
    ["2015-03-12 10:02", "Uppdrag skapat", "AWIKLUND"],
    ["2015-03-12 10:14", "Uppdrag skickat via e-tjänst till utförare", "AWIKLUND"],
    ["2015-03-12 13:40", "Uppdrag mottaget och kvitterat av utförare", "LFORSBERG"],
], "2015-03-12 13:52")
c1_uppdrag.insert(2, ("p", "**Uppdrag skickat via e-tjänst 2015-03-12 kl 10:14**"))

c1_gfp = [
    ("letterhead", "Beroendeteamet Kvarngärdet\nUppsala kommun, Vård och omsorg", "Genomförandeplan\nUpprättad 2015-04-01"),
    ("h1", "Genomförandeplan – öppenvård"),
    ("kv", [("Klient", "Mikael Berg"), ("Uppdrag från", "Socialförvaltningen, uppdrag U-2015-0388 (handläggare Karin Holm)"),
            ("Insatsperiod", "2015-03-16 – 2015-09-30"), ("Behandlare", "Lena Forsberg, behandlingsassistent/beroendeterapeut"),
            ("Upprättad tillsammans med", "Mikael Berg och Lena Forsberg, 2015-04-01")]),
    ("h2", "Mål och delmål"),
    ("table", {"head": ["Nr", "Mål / delmål", "Aktivitet", "Ansvarig", "När"], "widths": [6, 30, 32, 16, 16], "rows": [
        ["**1**", "**Mikael är alkoholfri (PEth under 0,05 µmol/l) vid provtagning 2015-06-15 och 2015-09-15**", "", "", ""],
        ["1.1", "Mikael tar Antabus enligt ordination", "Övervakat intag på mottagningen mån och tors", "Mikael, SSK Beroendecentrum", "Fr.o.m. 2015-04-06"],
        ["1.2", "Mikael har en skriftlig återfallsplan", "ÅP-samtal en gång/vecka, kartläggning av högrisksituationer", "Lena Forsberg", "Klar 2015-05-15"],
        ["1.3", "Mikael deltar i alkoholgrupp", "Tio gruppträffar, tisdagar kl. 16.30", "Lena Forsberg", "2015-04-14 – 2015-06-16"],
        ["**2**", "**Mikael har umgänge med barnen varannan helg utan att alkohol förekommer (följs upp 2015-06-17)**", "", "", ""],
        ["2.1", "Mikael får stöd i föräldraskapet", "Fyra föräldrastödjande samtal", "Lena Forsberg", "April–maj 2015"],
        ["2.2", "Barnens mamma informeras om behandlingen", "Mikael berättar själv; erbjudande om gemensamt samtal", "Mikael", "Senast 2015-04-30"],
        ["**3**", "**Mikael arbetar heltid senast 2015-09-01**", "", "", ""],
        ["3.1", "Plan för återgång i arbete", "Avstämningsmöte med arbetsgivare och Försäkringskassan", "Mikael, Lena Forsberg", "Maj 2015"],
    ]}),
    ("h2", "Uppföljning av planen"),
    ("p", "Planen följs upp vid trepartssamtal med handläggare från Uppföljningsenheten, preliminärt 2015-06-17 och 2015-09-09, "
          "samt löpande vid ÅP-samtalen. Vid återfall revideras delmål 1.1–1.3."),
    ("h2", "Mikaels synpunkter"),
    ("p", "Mikael tycker att planen stämmer med vad han vill. Han vill helst ha samtalen tidigt på morgonen före arbetet."),
    ("sig", ["Uppsala 2015-04-01", "", "Mikael Berg                                   Lena Forsberg"]),
]

c1_journal = journal_plain([
    "JOURNALUTDRAG                          Uppsala kommun, Socialförvaltningen",
    "Ärende: %s      Klient: Mikael Berg, 19010318-2455" % D1,
    "Urval: samtliga anteckningar 2015-02-09 -- 2015-09-30      Utskrivet 2015-09-30 av KHOLM",
], [
    dict(date="2015-02-09", time="09:40", event="Ansökan", ctype="Telefon", by="Sofia Lund, Mottagningen vuxen",
         reg="2015-02-09 10:05",
         text="Mikael ringer och ansöker om hjälp med sitt drickande. Har varit hos läkare på vårdcentralen som rekommenderat "
              "honom att höra av sig. Dricker flera dagar i veckan, sjukskriven 50 %. Inga minderåriga barn i hushållet, barnen "
              "(10 och 13 år) bor hos mamman och är hos Mikael varannan helg. Överlämnas till Utredningsgruppen missbruk."),
    dict(date="2015-02-11", time="", event="Utredning inleds", ctype="Intern", by="Anders Wiklund, Utredningsgruppen",
         text="Utredning inleds enligt 11 kap. 1 § SoL. Tid för första samtal bokad 2015-02-16."),
    dict(date="2015-02-16", time="13:00", event="Utredningssamtal", ctype="Besök", by="Anders Wiklund, Utredningsgruppen",
         text="Första samtal. Mikael berättar om situationen efter skilsmässan. AUDIT genomförd, 23 p. Samtycke till kontakt "
              "med Beroendecentrum och systern undertecknat."),
    dict(date="2015-02-19", time="10:00", event="ASI-intervju", ctype="Besök", by="Anders Wiklund, Utredningsgruppen",
         text="ASI-grundintervju genomförd. Sammanfattning i utredningen."),
    dict(date="2015-02-25", time="14:20", event="Kontakt annan myndighet", ctype="Telefon", by="Anders Wiklund, Utredningsgruppen",
         text="Samtal med läkare Per Sandell, Beroendecentrum. Uppgifterna återges i utredningen."),
    dict(date="2015-03-03", time="13:00", event="Utredningssamtal", ctype="Besök", by="Anders Wiklund, Utredningsgruppen",
         text="Utredningens förslag gås igenom med Mikael. Han delar bilden och vill gå i öppenvård. Informerad om att handl. "
              "på Uppföljningsenheten tar över efter beslut."),
    dict(date="2015-03-11", time="", event="Beslut", ctype="-", by="Maria Stenlund, 1:e socialsekreterare",
         text="Beslut om bistånd: öppenvård vid Beroendeteamet Kvarngärdet 2015-03-16 -- 2015-09-30. Beslutet skickat till "
              "Mikael."),
    dict(date="2015-03-12", time="10:14", event="Uppdrag", ctype="E-tjänst", by="Anders Wiklund, Utredningsgruppen",
         text="Uppdrag U-2015-0388 skickat till Beroendeteamet Kvarngärdet via e-tjänst. Ärendet överförs till "
              "Uppföljningsenheten, handl. Karin Holm."),
    dict(date="2015-04-02", time="", event="Inkommen handling", ctype="Post", by="Karin Holm, Uppföljningsenheten",
         text="Genomförandeplan upprättad 2015-04-01 har inkommit från Beroendeteamet. Läst och godkänd av handl."),
    dict(date="2015-06-17", time="15:00", event="Uppföljning", ctype="Trepartssamtal", by="Karin Holm, Uppföljningsenheten",
         reg="2015-06-18 08:31",
         text="Trepartssamtal på Beroendeteamet med Mikael och behandlare Lena Forsberg. Mikael har deltagit i 11 av 12 "
              "ÅP-samtal och i samtliga gruppträffar. PEth 2015-06-15: 0,03 µmol/l, dvs under gränsvärdet. Han berättar själv "
              "om ett återfall under påskhelgen (två dagar) som han tagit upp i behandlingen. Umgänget med barnen fungerar och "
              "barnens mamma har varit med på ett samtal. Mikael arbetar 75 % sedan 1 juni.\n"
              "Mål 1 och 2 bedöms uppnådda hittills, mål 3 delvis uppnått. Överenskommet att behandlingen fortsätter enligt GFP "
              "med samtal varje vecka. Nästa uppf. 2015-09-09."),
    dict(date="2015-09-09", time="15:00", event="Uppföljning", ctype="Trepartssamtal", by="Karin Holm, Uppföljningsenheten",
         reg="2015-09-10 09:12",
         text="Uppföljning inför beslutsperiodens slut. Mikael arbetar heltid sedan 2015-08-24 (mål 3 uppnått). PEth "
              "2015-09-07 under gränsvärdet, inga nya återfall. Gruppbehandlingen avslutad. Mikael och behandlaren föreslår "
              "fortsatta samtal varannan vecka under hösten som återfallsprevention. Mikael ansöker om fortsatt insats; "
              "handl. inleder utredning om fortsatt bistånd."),
    dict(date="2015-09-14", time="", event="Ansökan", ctype="Besök", by="Karin Holm, Uppföljningsenheten",
         text="Skriftlig ansökan om fortsatt öppenvård fr.o.m. 2015-10-01 inkommen. Handläggs."),
], style="A")

# =====================================================================================
# 2. SON 2015/0587  Jenny Åström, amfetamin/cannabis, HVB. Assignment lacks report-back.
# =====================================================================================
D2 = "SON 2015/0587"
c2_utr = [
    ("h1", "Utredning enligt 11 kap. 1 § socialtjänstlagen"),
    ("kv", [("Klient", "Jenny Åström"), ("Född", "1986"), ("Dnr", D2), ("Ansökan", "Behandling på behandlingshem, inkom 2015-03-04"),
            ("Utredare", "Hanna Sjödin, Utredningsgruppen missbruk"), ("Datum", "2015-04-07")]),
    ("h2", "Ärendets aktualisering"),
    ("p", "Jenny vårdades 2015-02-23 – 2015-03-03 på avgiftningsavdelningen vid Beroendecentrum. Sjuksköterskan på avdelningen "
          "kontaktade Mottagningen vuxen 2015-03-02 med Jennys samtycke. Jenny ansökte 2015-03-04 om behandling på "
          "behandlingshem."),
    ("h2", "Underlag"),
    ("p", "Samtal med Jenny 2015-03-05, 2015-03-12 (ASI-grundintervju) och 2015-03-26. Uppgifter från Beroendecentrum (läkare "
          "och sjuksköterska), från Jennys mamma samt från Frivården Uppsala. Urinprov 2015-03-12 och 2015-03-26."),
    ("h2", "Jennys situation"),
    ("p", "Jenny är 29 år. Hon har använt cannabis sedan 15-årsåldern och amfetamin dagligen under långa perioder de senaste "
          "fem åren, framför allt injektionsvis sedan 2013. Hon har tidigare genomgått öppenvård två gånger (2011 och 2013) men "
          "avbrutit efter några veckor. Hon bor i andrahand hos en bekant där det förekommer droger, saknar egen bostad och har "
          "försörjningsstöd. Hon har inga barn. Kontakten med mamman har blivit bättre det senaste halvåret."),
    ("h3", "Från ASI-grundintervjun 2015-03-12"),
    ("table", {"head": ["Område", "Sammanfattning", "Skattning (I/K)"], "widths": [20, 64, 16], "rows": [
        ["Fysisk hälsa", "Hepatit C konstaterad 2014, ej behandlad. Undervikt.", "5 / 3"],
        ["Arbete och försörjning", "Ingen anställning sedan 2010. Försörjningsstöd.", "6 / 4"],
        ["Alkohol", "Dricker sällan.", "1 / 0"],
        ["Narkotika", "Amfetamin i princip dagligen före avgiftningen, cannabis flera gånger i veckan.", "8 / 8"],
        ["Kriminalitet", "Dömd för ringa narkotikabrott och snatteri 2014, skyddstillsyn.", "4 / 2"],
        ["Familj och umgänge", "Umgås nästan enbart med personer som använder droger.", "7 / 6"],
        ["Psykisk hälsa", "Ångest, sömnproblem, tidigare utredd för ADHD utan slutlig diagnos.", "6 / 5"],
    ]}),
    ("h3", "Uppgifter från Beroendecentrum"),
    ("quote", "”Bedömning: Patienten har ett beroende av centralstimulantia och cannabis. Avgiftningen har genomförts utan "
              "komplikationer. Vi rekommenderar fortsatt behandling i skyddad miljö samt att ADHD-utredningen återupptas när "
              "patienten varit drogfri i minst tre månader.” (Epikris, leg. läkare Sara Nordin, 2015-03-03)"),
    ("h3", "Uppgifter från Frivården"),
    ("p", "Frivårdsinspektör Tomas Engström uppger att Jenny har skyddstillsyn till och med 2016-01 och att frivården ser "
          "positivt på behandling. Han säger: ”Hon har skött sina besök men lämnat positiva prover; vi har inget eget "
          "behandlingsprogram som passar henne.”"),
    ("h3", "Jennys egen uppfattning"),
    ("p", "Jenny vill komma bort från Uppsala en tid. ”Om jag bor kvar där jag bor nu kommer jag att börja igen inom en vecka.” "
          "Hon vill ha hjälp med boende efter behandlingen och vill ta tag i sin hepatit."),
    ("h2", "Socialtjänstens ställningstagande"),
    ("p", "Jenny har ett långvarigt och tungt beroende av amfetamin och cannabis med injektionsbruk, och hon har vid två "
          "tidigare försök inte klarat att fullfölja öppenvård. Hennes boende och hela hennes umgängeskrets finns i en miljö där "
          "droger används, vilket gör att risken för återfall direkt efter avgiftningen är mycket stor. Hon är nu motiverad och "
          "har själv formulerat att hon måste bort från sin nuvarande miljö."),
    ("p", "För att bryta missbruket krävs en drogfri och strukturerad miljö dygnet runt under en längre period, där hon kan få "
          "behandling mot beroendet, hjälp att hantera ångest och sömnproblem, kontakt med sjukvården för hepatit C och en "
          "planerad utslussning till eget boende. Det kan inte ordnas på hemmaplan i dag. Behandlingshemmet Granåsen har "
          "program för kvinnor med amfetaminberoende, samarbete med infektionsklinik och egen utslussningsverksamhet och "
          "motsvarar därför det Jenny är i behov av."),
    ("h2", "Förslag till beslut"),
    ("p", "Jenny Åström beviljas bistånd i form av behandling vid Behandlingshemmet Granåsen, HVB, enligt 4 kap. 1 § SoL, "
          "under perioden 2015-04-13 – 2015-08-31."),
    ("sig", ["Hanna Sjödin", "Socialsekreterare, Utredningsgruppen missbruk", "018-727 41 90"]),
]

c2_beslut = [
    ("letterhead", "UPPSALA KOMMUN\nSocialnämnden", "Beslut\n2015-04-08\nDnr %s" % D2),
    ("h1", "Beslut – bistånd enligt 4 kap. 1 § SoL"),
    ("kv", [("Sökande", "Jenny Åström"), ("Insats", "Institutionsvård, HVB"), ("Utförare", "Behandlingshemmet Granåsen"),
            ("Period", "2015-04-13 – 2015-08-31"), ("Kostnad", "Enligt ramavtal, dygnsavgift 2 150 kr")]),
    ("h2", "Beslut"),
    ("p", "Bifalles i enlighet med förslag i utredning daterad 2015-04-07."),
    ("h2", "Skäl för beslutet"),
    ("p", "Nämnden instämmer i utredningens ställningstagande."),
    ("sig", ["Gunilla Strand, 1:e socialsekreterare", "Beslut enligt delegation"]),
    ("small", "Beslutet kan överklagas hos förvaltningsrätten inom tre veckor från det att du fick del av beslutet."),
]

c2_uppdrag = [
    ("letterhead", "Uppsala kommun\nSocialförvaltningen, Vuxenenheten", "UPPDRAGSBESKRIVNING\nplacering HVB/behandlingshem"),
    ("table", {"widths": [32, 68], "rows": [
        ["**Klient**", "Jenny Åström, f. 1986"],
        ["**Dnr**", D2],
        ["**Utförare**", "Behandlingshemmet Granåsen, HVB för kvinnor"],
        ["**Insats och period**", "Institutionsvård enligt 4 kap. 1 § SoL, 2015-04-13 – 2015-08-31"],
        ["**Nämndens bedömning av behov**", "Jenny har ett långvarigt beroende av amfetamin och cannabis och har inte klarat "
            "öppenvård tidigare. Hon lever i en miljö där droger används. Hon behöver en drogfri, strukturerad miljö dygnet runt, "
            "behandling mot beroendet, hjälp med ångest och sömn, kontakt med sjukvården för hepatit C och planerad "
            "utslussning till eget boende."],
        ["**Uppdraget omfattar**", "Boende och behandling enligt Granåsens program för kvinnor; återfallsprevention; "
            "samtalskontakt kring ångest och sömn; följa med till infektionsmottagning; urinprover minst en gång/vecka; "
            "utslussningsplan med start senast i juli."],
        ["**Mål**", "1. Jenny är drogfri under placeringen (negativa urinprover).\n2. Jenny har påbörjat behandling för "
            "hepatit C senast 2015-07-31.\n3. Jenny har en plan för boende efter placeringen senast 2015-08-15."],
        ["**Uppföljning**", "Genomförandeplan skickas till handläggaren inom fyra veckor. Utvärderingsmöte på behandlingshemmet "
            "efter ca 8 veckor och inför placeringens slut. Behandlingshemmet ringer handläggaren vid avvikelser."],
        ["**Återrapportering vid avslut**", ""],
        ["**Ansvarig socialsekreterare**", "Ulrika Bergman, Uppföljningsenheten (placeringar)\nTel. 018-727 43 55, "
            "mobil 070-611 20 47, ulrika.bergman@uppsala.se"],
        ["**Bilagor**", "Utredning 2015-04-07, beslut 2015-04-08, vårdplan 2015-04-09"],
    ]}),
    ("p", "Uppsala 2015-04-09"),
    ("sig", ["Ulrika Bergman", "Socialsekreterare"]),
]

c2_vardplan = [
    ("h1", "Vårdplan – institutionsvård"),
    ("kv", [("Klient", "Jenny Åström"), ("Dnr", D2), ("Behandlingshem", "Behandlingshemmet Granåsen"),
            ("Placeringsperiod", "2015-04-13 – 2015-08-31"), ("Upprättad", "2015-04-09 av Ulrika Bergman tillsammans med Jenny")]),
    ("table", {"head": ["Mål", "Insats / aktivitet", "Ansvarig", "Tidpunkt"], "widths": [30, 36, 16, 18], "rows": [
        ["1. Jenny är drogfri under hela placeringen", "Behandlingsprogram, återfallsprevention, urinprov en gång/vecka",
         "Granåsen, Jenny", "2015-04-13 – 2015-08-31, avstämning 2015-06-10"],
        ["2. Jenny har påbörjat behandling för hepatit C", "Remiss från Granåsens sjuksköterska, följer med till mottagningen",
         "Granåsen (SSK)", "Första besök senast 2015-06-30, behandling påbörjad 2015-07-31"],
        ["3. Jenny har minskat ångest och bättre sömn", "Samtal med psykolog på Granåsen varannan vecka; kontakt med läkare vid behov",
         "Granåsen", "Fr.o.m. 2015-05-01"],
        ["4. Jenny har en plan för boende efter placeringen", "Ansökan om träningslägenhet; möte med boendesekreterare",
         "Ulrika Bergman, Jenny", "Ansökan senast 2015-07-01, plan klar 2015-08-15"],
        ["5. Jenny har en fortsatt kontakt i Uppsala efter utskrivning", "Kontakt med Beroendeteamet för eftervård",
         "Ulrika Bergman", "Senast 2015-08-15"],
    ]}),
    ("p", "Vårdplanen följs upp vid utvärderingsmöten på Granåsen (preliminärt 2015-06-10 och 2015-08-19). Granåsen upprättar "
          "genomförandeplan utifrån denna vårdplan."),
    ("p", "Jennys synpunkter: Jenny är överens med planen, men vill att boendefrågan tas upp tidigt."),
    ("sig", ["Underskrifter: Jenny Åström ____________________     Ulrika Bergman ____________________"]),
]

c2_gfp = [
    ("letterhead", "Behandlingshemmet Granåsen", "Genomförandeplan\n2015-05-04"),
    ("h1", "Genomförandeplan"),
    ("kv", [("Boende", "Jenny Å."), ("Inskriven", "2015-04-13"), ("Kontaktperson", "Marie Olsson"),
            ("Beställare", "Uppsala kommun, Ulrika Bergman")]),
    ("h2", "1. Drogfrihet"),
    ("p", "**Mål:** Jenny lämnar enbart negativa urinprover under vistelsen (kontroll varje måndag)."),
    ("p", "1.1 Jenny deltar i alla programpass måndag–fredag. Ansvarig: Jenny, behandlingsteamet. Fr.o.m. 2015-05-04.\n"
          "1.2 Jenny gör en återfallspreventionsplan med kontaktpersonen. Ansvarig: Marie Olsson. Klar 2015-06-01.\n"
          "1.3 Jenny identifierar vilka kontakter i Uppsala hon ska undvika. Ansvarig: Jenny/Marie. Klar 2015-06-01."),
    ("h2", "2. Hälsa"),
    ("p", "**Mål:** Jenny har påbörjat hepatit C-behandling senast 2015-07-31 och sover minst sex timmar per natt i juni."),
    ("p", "2.1 Remiss till infektionsmottagningen. Ansvarig: SSK Anna Lindh. Skickas senast 2015-05-08.\n"
          "2.2 Sömndagbok varje morgon. Ansvarig: Jenny, nattpersonal. Maj–juni.\n"
          "2.3 Samtal med psykolog varannan vecka. Ansvarig: psykolog Erik Strand. Fr.o.m. 2015-05-06."),
    ("h2", "3. Utslussning"),
    ("p", "**Mål:** Jenny har ett ordnat boende och en eftervårdskontakt i Uppsala när hon skrivs ut 2015-08-31."),
    ("p", "3.1 Jenny ansöker om träningslägenhet. Ansvarig: Jenny med stöd av Marie och Ulrika Bergman. Senast 2015-07-01.\n"
          "3.2 Utslussningsveckor med övernattning i Uppsala. Ansvarig: Granåsen. Vecka 32–34."),
    ("p", "Planen revideras vid utvärderingsmötet i juni."),
    ("sig", ["Jenny Åström            Marie Olsson, kontaktperson"]),
]

c2_journal = [
    ("h1", "Journalutdrag"),
    ("p", "Uppsala kommun, Socialförvaltningen · Ärende %s · Jenny Åström · Utskrift 2015-09-29" % D2),
] + journal_blocks_table([
    dict(date="2015-03-02", time="11:15", event="Kontakt från annan", ctype="Telefon", by="Sofia Lund, Mottagningen",
         text="SSK på avgiftningen ringer med Jennys samtycke. Jenny vill ha behandling efter avgiftningen, skrivs ut 3/3."),
    dict(date="2015-03-04", time="10:00", event="Ansökan", ctype="Besök", by="Sofia Lund, Mottagningen",
         text="Jenny ansöker om behandlingshem. Överlämnas till utredningsgruppen, handl. Hanna Sjödin."),
    dict(date="2015-04-08", time="", event="Beslut", ctype="-", by="Gunilla Strand",
         text="Beviljas HVB Granåsen 2015-04-13 -- 2015-08-31. Ärendet överförs till Uppföljningsenheten (Ulrika Bergman)."),
    dict(date="2015-04-10", time="09:30", event="Uppdrag till utförare", ctype="Krypterad e-post", by="Ulrika Bergman, Uppföljningsenheten",
         text="Uppdragsbeskrivning, utredning, beslut och vårdplan skickade till Granåsen med krypterad e-post "
              "(föreståndare Bo Eklund). Mottagande bekräftat per telefon samma dag."),
    dict(date="2015-04-13", time="", event="Inskrivning", ctype="Telefon", by="Ulrika Bergman, Uppföljningsenheten",
         text="Granåsen meddelar att Jenny anlänt med tåg och skrivits in."),
    dict(date="2015-05-06", time="14:00", event="Uppföljning", ctype="Telefon", by="Ulrika Bergman, Uppföljningsenheten",
         text="Återkoppling från behandlingshemmet: kontaktperson Marie Olsson berättar att Jenny har kommit in i "
              "programmet och deltar i alla pass. Samtliga urinprover negativa. Viss konflikt med en annan boende, hanteras. "
              "GFP inkommen 2015-05-05, stämmer med vårdplanen."),
    dict(date="2015-06-10", time="10:00", event="Uppföljning", ctype="Utvärderingsmöte", by="Ulrika Bergman, Uppföljningsenheten",
         reg="2015-06-11 av UBERGMAN",
         text="Utvärderingsmöte på Granåsen med Jenny, Marie Olsson och handl. Genomgång av vårdplanens mål:\n\n"
              "Mål 1 uppnått hittills: alla prover negativa sedan inskrivning, återfallsplan klar. Mål 2: första besök på "
              "infektionsmottagningen 2015-06-02, behandlingsstart planerad i juli. Mål 3: Jenny sover bättre, ångesten är mindre "
              "enligt henne själv. Mål 4: ansökan om träningslägenhet inlämnad 2015-06-08. Jenny är nöjd och vill fullfölja. "
              "Överenskommet att placeringen fortsätter enligt plan; nästa möte 2015-08-19."),
    dict(date="2015-08-19", time="13:00", event="Uppföljning", ctype="Utvärderingsmöte", by="Ulrika Bergman, Uppföljningsenheten",
         reg="2015-08-20 av UBERGMAN",
         text="Slututvärdering inför utskrivning. Jenny har varit drogfri hela placeringen. Hepatit C-behandling påbörjad "
              "2015-07-21. Träningslägenhet beviljad från 2015-09-01. Eftervård: samtal på Beroendeteamet en gång/vecka från "
              "september, Jenny har själv bokat första tid. Samtliga mål i vårdplanen bedöms uppnådda."),
    dict(date="2015-08-31", time="", event="Utskrivning", ctype="Telefon", by="Ulrika Bergman, Uppföljningsenheten",
         text="Jenny utskriven från Granåsen enligt plan. Insatsen avslutas."),
    dict(date="2015-09-21", time="", event="Övrigt", ctype="E-post", by="Ulrika Bergman, Uppföljningsenheten",
         text="Ingen slutrapport har kommit från Granåsen. Handl. har mejlat föreståndaren och efterfrågat en sammanfattning."),
])

# =====================================================================================
# 3. SON 2014/1190  Lars-Göran Sundqvist, alkohol, HVB beviljat - tackade nej innan start
# =====================================================================================
D3 = "SON 2014/1190"
c3_utr = [
    ("h1", "Utredning – missbruk, vuxen"),
    ("kv", [("Namn", "Lars-Göran Sundqvist"), ("Personnummer", "19020607-3391"), ("Dnr", D3),
            ("Utredare", "Anders Wiklund, Utredningsgruppen missbruk"), ("Datum", "2014-12-01")]),
    ("h2", "Bakgrund till utredningen"),
    ("p", "Socialtjänsten fick 2014-10-20 en underrättelse från akutmottagningen, där Lars-Göran vårdats efter att ha hittats "
          "kraftigt berusad och nedkyld utanför sin bostad. Vid kontakt 2014-10-27 ansökte han om behandling för sitt "
          "alkoholmissbruk och önskade då behandlingshem."),
    ("h2", "Genomförande"),
    ("p", "Samtal med Lars-Göran 2014-10-27, 2014-11-04 (ASI) och 2014-11-25, samt hembesök 2014-11-12. Kontakt med "
          "hemtjänsten och med hans läkare på vårdcentralen."),
    ("h2", "Nuvarande situation"),
    ("p", "Lars-Göran är 52 år, ensamstående och bor i en hyresrätt i Gottsunda. Han har varit förtidspensionerad sedan 2009 "
          "på grund av ryggbesvär. Han har druckit dagligen i många år, enligt egen uppgift cirka en liter starksprit i veckan "
          "och därtill öl. Han har vid hembesöket en ostädad bostad och obetalda räkningar. Han har en bror i Enköping som han "
          "träffar sällan. Hemtjänsten har insatser två gånger i veckan för städning och inköp."),
    ("h3", "ASI-intervju 2014-11-04, i sammandrag"),
    ("p", "Fysisk hälsa: leverpåverkan, ryggsmärta, två fall i hemmet i höst. Arbete/försörjning: sjukersättning, skulder. "
          "Alkohol: dagligt drickande, abstinens varje morgon, två avgiftningar 2013. Narkotika: inget. Kriminalitet: ingen. "
          "Familj/umgänge: isolerad. Psykisk hälsa: nedstämdhet, ensamhet. Högst skattning: alkohol (8) och familj/umgänge (6)."),
    ("h3", "Uppgifter från vårdcentralen"),
    ("quote", "”Patienten har en alkoholrelaterad leverskada. Fortsatt drickande medför risk för allvarlig försämring. Min "
              "bedömning är att han bör avgiftas och få behandling i slutenvård.” (Distriktsläkare Hans Ekström, 2014-11-18)"),
    ("h2", "Analys"),
    ("p", "Lars-Göran har ett mångårigt och allvarligt alkoholberoende med kroppsliga skador, fallolyckor och tilltagande "
          "isolering. Två tidigare avgiftningar har inte följts av någon behandling, och han har återfallit direkt efter hemkomst. "
          "Han har svårt att klara sin vardag och ekonomi. Utredningsgruppen bedömer att han behöver avgiftning följd av en "
          "längre behandling i en drogfri miljö med medicinsk kompetens, eftersom hans hälsa inte tillåter fortsatt drickande "
          "och han inte har klarat att hålla sig nykter i hemmet. Han behöver också hjälp att ordna sin ekonomi och få ett "
          "socialt sammanhang efter behandlingen."),
    ("h2", "Slutsats och förslag"),
    ("p", "Utredningsgruppen föreslår att Lars-Göran beviljas behandling vid Stiftelsen Bergslagsgården enligt 4 kap. 1 § SoL "
          "från 2014-12-08, inledningsvis under tolv veckor. Bergslagsgården har sjuksköterska på plats och erfarenhet av äldre "
          "klienter med somatiska följdsjukdomar. Under placeringen bör kontakt med budget- och skuldrådgivningen inledas."),
    ("sig", ["Anders Wiklund", "Socialsekreterare", "018-727 41 62"]),
    ("pb",),
    ("h1", "Beslut"),
    ("kv", [("Dnr", D3), ("Beslutsdatum", "2014-12-03"), ("Lagrum", "4 kap. 1 § SoL")]),
    ("p", "Lars-Göran Sundqvist beviljas bistånd i form av behandling vid Stiftelsen Bergslagsgården (HVB) under perioden "
          "2014-12-08 – 2015-03-01."),
    ("p", "Skäl: Enligt utredningens förslag."),
    ("sig", ["Maria Stenlund, 1:e socialsekreterare (enligt delegation)"]),
    ("small", "Besvärshänvisning bifogas."),
]

c3_uppdrag = portal(D3, [
    ["**Uppdrags-id**", "U-2014-1022"],
    ["**Ärende**", D3 + ", Lars-Göran Sundqvist, 19020607-3391"],
    ["**Utförare**", "Stiftelsen Bergslagsgården, HVB"],
    ["**Insats / lagrum**", "Institutionsvård – 4 kap. 1 § SoL"],
    ["**Period**", "2014-12-08 – 2015-03-01"],
    ["**Nämndens bedömning av behov**", "Allvarligt alkoholberoende med leverskada, fall och isolering. Har inte klarat "
        "nykterhet i hemmet efter tidigare avgiftningar. Behöver avgiftning följd av längre behandling i drogfri miljö med "
        "medicinsk kompetens, samt hjälp med ekonomi och socialt sammanhang inför hemgång."],
    ["**Uppdraget omfattar**", "Avgiftning vid behov i samråd med läkare, behandlingsprogram för alkoholberoende, medicinsk "
        "tillsyn av sjuksköterska, stöd att kontakta budget- och skuldrådgivning, planering inför hemgång."],
    ["**Mål**", "1. Lars-Göran är nykter under placeringen.\n2. Hans kroppsliga hälsa är undersökt och följs av läkare.\n"
        "3. Det finns en plan för hemgång med eftervård och sysselsättning senast 2015-02-15."],
    ["**Uppföljning**", "Genomförandeplan senast fyra veckor efter inskrivning. Uppföljningsmöte på Bergslagsgården efter sex "
        "veckor samt inför utskrivning, med klient, kontaktperson och handläggare."],
    ["**Återrapportering vid avslut**", "Skriftlig sammanfattning vid utskrivning: måluppfyllelse, hälsoläge, planerad "
        "eftervård. Avbrott meddelas omedelbart per telefon."],
    ["**Ansvarig handläggare**", "Karin Holm, Uppföljningsenheten, tel. 018-727 43 18, karin.holm@uppsala.se"],
], [
    ["2014-12-04 09:41", "Uppdrag skapat", "AWIKLUND"],
    ["2014-12-04 09:52", "Uppdrag skickat via e-tjänst till utförare", "AWIKLUND"],
    ["2014-12-04 11:07", "Uppdrag mottaget av utförare", "BERGSLAGSG"],
    ["2014-12-05 15:31", "Uppdrag återkallat av beställare", "KHOLM"],
], "2014-12-08 08:20")
c3_uppdrag.insert(2, ("p", "Uppdrag skickat via e-tjänst 2014-12-04 kl 09:52 · Status: **Återkallat**"))

c3_journal = journal_plain([
    "JOURNALUTDRAG                          Uppsala kommun, Socialförvaltningen",
    "Ärende: %s      Klient: Lars-Göran Sundqvist" % D3,
    "Utskrivet 2014-12-16 av KHOLM",
], [
    dict(date="2014-10-20", time="16:10", event="Underrättelse", ctype="Telefon", by="Sofia Lund, Mottagningen vuxen",
         text="Akutmottagningen meddelar att LG vårdats efter att ha hittats berusad och nedkyld. Kl. vill att "
              "socialtjänsten hör av sig."),
    dict(date="2014-10-27", time="10:00", event="Ansökan", ctype="Besök", by="Sofia Lund, Mottagningen vuxen",
         text="LG ansöker om behandlingshem. Överlämnas till Utredningsgruppen."),
    dict(date="2014-11-12", time="13:30", event="Hembesök", ctype="Hembesök", by="Anders Wiklund, Utredningsgruppen",
         text="Hembesök. Bostaden ostädad, mycket tomflaskor. LG nykter vid besöket. Planerat hembesök enligt överenskommelse "
              "förra veckan."),
    dict(date="2014-12-03", time="", event="Beslut", ctype="-", by="Maria Stenlund",
         text="Beviljas Bergslagsgården fr.o.m. 2014-12-08. Transport ordnas av handl."),
    dict(date="2014-12-04", time="09:52", event="Uppdrag", ctype="E-tjänst", by="Anders Wiklund, Utredningsgruppen",
         text="Uppdrag skickat till Bergslagsgården via e-tjänsten. Ärendet överförs till Karin Holm, Uppföljningsenheten. "
              "Planerat hembesök 2014-12-10 för att hjälpa LG packa om han behöver stöd efter avgiftningen."),
    dict(date="2014-12-05", time="14:45", event="Telefon", ctype="Telefon", by="Karin Holm, Uppföljningsenheten",
         text="LG ringer. Han har ändrat sig och kommer inte att åka till Bergslagsgården på måndag. Han säger att han vill "
              "försöka själv med hjälp av AA och att han inte klarar att vara borta från lägenheten och katten i tre månader. "
              "Handl. går igenom riskerna, bl.a. läkarens synpunkter, och erbjuder öppenvård i stället. LG tackar nej även till "
              "det just nu men säger att han kan tänka sig att höra av sig längre fram. Han återtar sin ansökan."),
    dict(date="2014-12-05", time="15:31", event="Uppdrag återkallat", ctype="E-tjänst", by="Karin Holm, Uppföljningsenheten",
         text="Uppdraget återkallat i e-tjänsten. Bergslagsgården informerad per telefon. Planerat hembesök 2014-12-10 "
              "avbokas."),
    dict(date="2014-12-08", time="", event="Beslut", ctype="-", by="Maria Stenlund",
         text="Beslut om upphörande: beslutet 2014-12-03 upphör då LG återtagit ansökan innan insatsen påbörjats."),
    dict(date="2014-12-15", time="", event="Avslut", ctype="-", by="Karin Holm, Uppföljningsenheten",
         text="Ärendet avslutas. Insatsen har aldrig påbörjats och någon uppföljning av insatsen är därför inte aktuell. "
              "LG har fått Mottagningens telefonnummer och information om AA-möten i Gottsunda. Hemtjänsten informerad med LG:s "
              "samtycke."),
], style="A")

c3_upphor = [
    ("letterhead", "Uppsala kommun\nSocialnämnden", "BESLUT\n2014-12-08\nDnr %s" % D3),
    ("h1", "Beslut om upphörande av bistånd"),
    ("p", "Beslutet 2014-12-03 om bistånd i form av behandling vid Stiftelsen Bergslagsgården upphör att gälla."),
    ("h2", "Skäl för beslutet"),
    ("p", "Lars-Göran Sundqvist har 2014-12-05 meddelat att han inte vill genomföra behandlingen och återtagit sin ansökan. "
          "Insatsen hade inte påbörjats."),
    ("sig", ["Maria Stenlund", "1:e socialsekreterare, Vuxenenheten"]),
]

# =====================================================================================
# 4. SON 2015/0931  Annika Holmér, alkohol + bensodiazepiner, öppenvård - nyss startad
# =====================================================================================
D4 = "SON 2015/0931"
c4_utr = [
    ("h1", "Utredning"),
    ("p", "Vuxenenheten, Utredningsgruppen missbruk · Dnr %s · 2015-08-19" % D4),
    ("kv", [("Klient", "Annika Holmér"), ("Ålder", "38 år"), ("Handläggare", "Hanna Sjödin"),
            ("Ansökan", "Öppenvård, inkom 2015-07-06")]),
    ("h2", "Aktualisering"),
    ("p", "Annika sökte själv kontakt via Mottagningen vuxen 2015-07-06 efter att hennes arbetsgivare krävt att hon tar tag i "
          "sitt drickande. Hon ansökte om öppenvård."),
    ("h2", "Utredningsarbetet"),
    ("p", "Samtal 2015-07-09, 2015-07-23 (ASI) och 2015-08-13. Kontakt med företagshälsovården och med hennes läkare på "
          "vårdcentralen. Annika har samtyckt till kontakterna."),
    ("h2", "Annikas situation"),
    ("p", "Annika är 38 år, bor med sin sambo i bostadsrätt och arbetar som ekonom. Hon har inga barn. Hon beskriver att hon "
          "sedan 2012 druckit vin de flesta kvällar och att hon under det senaste året även tagit lugnande tabletter (oxazepam) "
          "som hon fått förskrivna för sömnproblem, ofta i högre dos än ordinerat och ibland tillsammans med alkohol. Hon har "
          "haft flera korta sjukskrivningar under våren. Sambon har hotat att flytta."),
    ("h3", "ASI-grundintervju 2015-07-23"),
    ("p", "Högst skattade områden: alkohol (I 6), psykisk hälsa (I 5) och familj/umgänge (I 4). Annika skattar själv psykisk "
          "hälsa högst. Hon har inga tidigare behandlingskontakter."),
    ("h3", "Företagshälsovården"),
    ("p", "Företagssköterskan uppger att arbetsgivaren erbjudit en rehabiliteringsplan under förutsättning att Annika går i "
          "behandling. Hon har fått en sista varning efter att ha kommit påverkad till ett möte."),
    ("h3", "Vårdcentralen"),
    ("quote", "”Bedömning: skadligt bruk av alkohol och lugnande medel. Nedtrappning av oxazepam påbörjad 2015-08-03 under "
              "fyra veckor. Patienten behöver psykosocial behandling parallellt.” (Journalkopia, leg. läkare, 2015-08-03)"),
    ("h2", "Sammanfattande överväganden"),
    ("p", "Annikas drickande och hennes bruk av lugnande medel har ökat under flera år och har nu lett till att både arbetet och "
          "parrelationen står på spel. Hon har inte tidigare fått någon behandling. Hon har samtidigt mycket som fungerar: ett "
          "arbete som hon vill behålla, ett eget boende och en sambo som vill stötta henne. Utredningsgruppen anser att Annika "
          "måste få hjälp att bli av med sitt beroende av alkohol och lugnande medel, lära sig andra sätt att hantera stress och "
          "sömnproblem, och få stöd i att återgå till ett fungerande arbete. Eftersom läkaren redan har påbörjat nedtrappningen av "
          "oxazepam och hennes vardag i övrigt är ordnad, kan detta ges i öppenvård. En kvinnogrupp med fokus på stress och "
          "återfallsprevention, kombinerad med enskilda samtal, motsvarar det hon själv efterfrågar och det utredningen har "
          "visat."),
    ("h2", "Slutsats och förslag"),
    ("p", "Annika Holmér föreslås beviljas öppenvård vid Öppenvården Ekeby, kvinnoteamet, enligt 4 kap. 1 § SoL under perioden "
          "2015-09-01 – 2016-02-29."),
    ("sig", ["Hanna Sjödin", "Socialsekreterare", "018-727 41 90"]),
]

c4_beslut = [
    ("letterhead", "Uppsala kommun · Socialnämnden", "BESLUT\n2015-08-20\n%s" % D4),
    ("h1", "Beslut enligt socialtjänstlagen"),
    ("kv", [("Sökande", "Annika Holmér"), ("Ansökan", "Öppenvård, inkom 2015-07-06")]),
    ("h2", "Beslut"),
    ("p", "Bistånd beviljas i form av öppenvård vid Öppenvården Ekeby, kvinnoteamet, enligt 4 kap. 1 § SoL, 2015-09-01 – "
          "2016-02-29."),
    ("h2", "Skäl för beslutet"),
    ("p", "Se utredning 2015-08-19."),
    ("sig", ["Gunilla Strand", "1:e socialsekreterare"]),
    ("small", "Du kan överklaga beslutet hos förvaltningsrätten. Överklagandet ska ha kommit in inom tre veckor."),
]

c4_mejl = email_blocks(
    "Sjödin Hanna <hanna.sjodin@uppsala.se>", "Öppenvården Ekeby Kvinnoteamet <ekeby.kvinnoteam@uppsala.se>",
    "den 21 augusti 2015 10:02", "SÄKER: Uppdrag öppenvård – Annika Holmér (%s)" % D4, [
        ("p", "Hej!"),
        ("p", "Uppdragsportalen är ur drift den här veckan, så jag skickar uppdraget med säker e-post i stället. Utredning och "
              "beslut finns bifogade."),
        ("h3", "Uppdrag"),
        ("kv", [("Klient", "Annika Holmér"), ("Insats", "Öppenvård enligt 4 kap. 1 § SoL, kvinnoteamet"),
                ("Period", "2015-09-01 – 2016-02-29")]),
        ("p", "**Nämndens bedömning:** Annika har ett skadligt bruk av alkohol och lugnande medel som hotar arbete och relation. "
              "Hon behöver hjälp att bli fri från alkohol och oxazepam, hitta andra sätt att hantera stress och sömn och stöd "
              "för att återgå i arbete. Vardagen i övrigt fungerar och läkaren sköter nedtrappningen, därför öppenvård."),
        ("p", "**Uppdraget omfattar:** kvinnogrupp (stress, återfallsprevention), enskilda samtal varannan vecka, kontakt med "
              "företagshälsovården kring rehabiliteringsplanen, samverkan med vårdcentralen om nedtrappningen."),
        ("p", "**Mål:** 1) Annika är fri från alkohol och lugnande medel senast 2015-12-31. 2) Annika arbetar utan "
              "sjukfrånvaro kopplad till alkohol/tabletter under hösten. 3) Annika har minst två strategier för sömn och stress "
              "som hon själv använder."),
        ("p", "**Uppföljning:** GFP upprättas med Annika inom tre veckor och skickas till mig. Första uppföljning med Annika och "
              "behandlare efter ca tre månader (november), därefter inför periodens slut."),
        ("p", "**Vid avslut** vill jag ha en skriftlig sammanfattning av vad som gjorts, hur målen uppnåtts och ert förslag "
              "på fortsatt stöd. Avbrott meddelas direkt."),
        ("p", "Hör av dig om något är oklart!"),
        ("p", "Vänliga hälsningar\nHanna Sjödin\nSocialsekreterare, Utredningsgruppen missbruk\nVuxenenheten, Socialförvaltningen "
              "Uppsala kommun\nTel. 018-727 41 90\nhanna.sjodin@uppsala.se"),
        ("small", "Från 2015-09-01 övertas ärendet av Karin Holm, Uppföljningsenheten, tel. 018-727 43 18."),
    ], attach="Utredning_SON2015-0931.pdf; Beslut_2015-08-20.pdf")

c4_gfp = [
    ("letterhead", "Öppenvården Ekeby – kvinnoteamet", "GENOMFÖRANDEPLAN\n2015-09-15"),
    ("kv", [("Namn", "Annika Holmér"), ("Uppdragsgivare", "Socialförvaltningen, Hanna Sjödin / Karin Holm"),
            ("Behandlare", "Cecilia Nyberg"), ("Startdatum", "2015-09-01")]),
    ("h2", "Mål 1. Annika är fri från alkohol och lugnande medel senast 2015-12-31"),
    ("ol", ["Delmål 1.1: Nedtrappning av oxazepam avslutad 2015-09-30 (vårdcentralen, Annika).",
            "Delmål 1.2: Annika för dryckesdagbok varje dag från 2015-09-15 (Annika; genomgång med Cecilia varannan vecka).",
            "Delmål 1.3: Annika deltar i kvinnogruppen torsdagar 2015-09-17 – 2015-12-10 (Cecilia Nyberg)."]),
    ("h2", "Mål 2. Annika arbetar utan alkoholrelaterad frånvaro under hösten"),
    ("ol", ["Delmål 2.1: Möte med företagshälsovården om rehabiliteringsplan senast 2015-10-15 (Annika, Cecilia).",
            "Delmål 2.2: Annika berättar för sin chef om behandlingen senast 2015-09-30 (Annika)."]),
    ("h2", "Mål 3. Annika har två strategier för sömn och stress som hon använder"),
    ("ol", ["Delmål 3.1: Sömnskola, fyra pass i oktober (Cecilia).",
            "Delmål 3.2: Annika prövar och utvärderar strategierna i samtal 2015-11-05 (Annika, Cecilia)."]),
    ("h2", "Uppföljning"),
    ("p", "Uppföljning med Annika, behandlare och socialsekreterare planeras till 2015-11-24. Planen revideras då."),
    ("sig", ["Annika Holmér                  Cecilia Nyberg"]),
]

c4_journal = [
    ("h1", "Journalanteckningar"),
    ("p", "Ärende %s · Annika Holmér · Utskrift 2015-09-28" % D4),
] + journal_blocks_kv([
    dict(date="2015-07-06", event="Ansökan", ctype="Telefon", by="Sofia Lund, Mottagningen vuxen",
         text="Annika ringer och ansöker om öppenvård. Arbetsgivaren har krävt att hon söker hjälp. Överlämnas till utredning."),
    dict(date="2015-08-20", event="Beslut", ctype="-", by="Gunilla Strand",
         text="Öppenvård beviljas 2015-09-01 -- 2016-02-29."),
    dict(date="2015-08-21", event="Uppdrag till utförare", ctype="E-post", by="Hanna Sjödin, Utredningsgruppen",
         text="Uppdrag skickat till kvinnoteamet med säker e-post kl. 10:02 eftersom e-tjänsten var ur drift. Kvittens från "
              "Cecilia Nyberg samma dag."),
    dict(date="2015-09-01", event="Ärendeöverföring", ctype="Intern", by="Karin Holm, Uppföljningsenheten",
         text="Ärendet överfört till Uppföljningsenheten. Annika började i behandlingen idag enligt Cecilia."),
    dict(date="2015-09-16", event="Inkommen handling", ctype="E-post", by="Karin Holm, Uppföljningsenheten",
         text="GFP upprättad 2015-09-15 inkommen. Uppföljning planeras till november, datum 2015-11-24 bokat i kalendern."),
])

CASES = [
    dict(municipality="Uppsala", dnr=D1, scenario="",
         docs=[
             dict(key="utredning", file="utredning_2015-03-10.pdf", type="utredning", producer="chromium",
                  hf=hf(D1, "Vuxenenheten – Utredningsgruppen missbruk", "Utredning"), blocks=c1_utr,
                  layout="portrait+two-column"),
             dict(key="beslut", file="beslut_2015-03-11.pdf", type="beslut", producer="docx",
                  hf={"bl": "Uppsala kommun, Socialförvaltningen, 753 75 Uppsala", "br": "Sida {page} ({pages})"},
                  blocks=c1_beslut, font="serif", size="11pt"),
             dict(key="uppdrag", file="uppdrag_U-2015-0388.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"tl": "Uppdragsportalen Vuxen", "br": "{page}/{pages}"}, blocks=c1_uppdrag, font="dejavu", size="9pt",
                  post=[("qpdf",)]),
             dict(key="gfp", file="genomforandeplan.pdf", type="genomförandeplan", producer="docx",
                  hf={"tl": "Beroendeteamet Kvarngärdet", "br": "Sida {page} av {pages}"}, blocks=c1_gfp),
             dict(key="journal", file="journalutdrag.pdf", type="journalanteckningar", producer="enscript",
                  text=c1_journal, enscript_header="Journalutdrag " + D1 + "|Uppsala kommun|Sida $% av $="),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' and 'Slutsats och förslag' state the needs (alcohol dependence, relapse risk, parenting, mood) and why outpatient care fits; restated in the portal assignment.",
                                   ev=[("utredning", [("range", "Mikael har under de senaste två åren utvecklat", "samordnad individuell plan (SIP) erbjudas")]),
                                       ("uppdrag", ["Mikael har ett alkoholberoende (bekräftat av Beroendecentrum)"])]),
             planning=dict(label="ja", why="Provider's genomförandeplan with numbered goals and sub-goals, activities, responsible persons and dates.",
                           ev=[("gfp", [("range", "Genomförandeplan – öppenvård", "Mikael tycker att planen stämmer")])]),
             follow_up=dict(label="ja", why="Journal notes 2015-06-17 and 2015-09-09 (Händelse: Uppföljning, Kontakttyp: Trepartssamtal) record the outcome against each goal.",
                            ev=[("journal", ["Trepartssamtal på Beroendeteamet med Mikael", "Uppföljning inför beslutsperiodens slut"])]),
             assignment_description=dict(label="ja", why="Portal assignment holds assessment, content, goals, follow-up, final report, officer with phone/e-mail, and 'Uppdrag skickat via e-tjänst 2015-03-12 kl 10:14'.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Uppdrag skickat via e-tjänst 2015-03-12 kl 10:14", "Uppdrag mottaget och kvitterat av utförare")]),
                                             ("journal", ["Uppdrag U-2015-0388 skickat till Beroendeteamet"])]),
         )),
    dict(municipality="Uppsala", dnr=D2, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf=hf(D2, "Vuxenenheten – Utredningsgruppen missbruk", "Utredning"), blocks=c2_utr),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="chromium",
                  hf={"bl": "Uppsala kommun · Socialförvaltningen", "br": "%s" % D2}, blocks=c2_beslut, font="serif", size="11pt"),
             dict(key="uppdrag", file="uppdragsbeskrivning_granasen.pdf", type="uppdragsbeskrivning (formulär)", producer="docx",
                  hf={"tl": "Uppsala kommun · Socialförvaltningen", "tr": D2, "br": "Sida {page} av {pages}"}, blocks=c2_uppdrag,
                  post=[("qpdf",)]),
             dict(key="vardplan", file="vardplan.pdf", type="vårdplan", producer="docx", landscape=True, layout="landscape",
                  hf={"tl": "Uppsala kommun · Uppföljningsenheten", "tr": D2, "br": "Sida {page} av {pages}"}, blocks=c2_vardplan),
             dict(key="gfp", file="gfp_granasen.pdf", type="genomförandeplan", producer="chromium",
                  hf={"tl": "Behandlingshemmet Granåsen", "br": "sid {page}"}, blocks=c2_gfp, font="serif", size="11pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOMMUN, "tr": "Journal " + D2, "br": "Sida {page} av {pages}"}, blocks=c2_journal, size="9.5pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Socialtjänstens ställningstagande' sets out what she needs (drug-free 24h setting, treatment, anxiety/sleep, hepatitis C, housing) and why Granåsen meets it, without using the word 'behov'-heading; summarised in the assignment.",
                                   ev=[("utredning", [("range", "Jenny har ett långvarigt och tungt beroende", "under perioden 2015-04-13 – 2015-08-31.")]),
                                       ("uppdrag", ["Jenny har ett långvarigt beroende av amfetamin"])]),
             planning=dict(label="ja", why="Committee vårdplan as a table (Mål | Insats | Ansvarig | Tidpunkt) with dates, and the home's genomförandeplan with numbered goals, sub-goals, responsible and dates.",
                           ev=[("vardplan", [("range", "Vårdplan – institutionsvård", "Jenny är överens med planen")]),
                               ("gfp", [("range", "Genomförandeplan", "Planen revideras vid utvärderingsmötet")])]),
             follow_up=dict(label="ja", why="Journal: återkoppling från behandlingshemmet 2015-05-06, utvärderingsmöten 2015-06-10 and 2015-08-19 with outcome per goal.",
                            ev=[("journal", ["Återkoppling från behandlingshemmet", "Utvärderingsmöte på Granåsen med Jenny", "Slututvärdering inför utskrivning"])]),
             assignment_description=dict(label="delvis", why="Written assignment form has a–d and f, handover recorded in the journal 2015-04-10, but the field 'Återrapportering vid avslut' is empty (e missing).",
                                         present="abcdfg",
                                         ev=[("uppdrag", [("range", "UPPDRAGSBESKRIVNING", "Ulrika Bergman")]),
                                             ("journal", ["Uppdragsbeskrivning, utredning, beslut och vårdplan skickade"])]),
         )),
    dict(municipality="Uppsala", dnr=D3, scenario="declined",
         docs=[
             dict(key="utredning", file="utredning_och_beslut.pdf", type="utredning + beslut", producer="chromium",
                  hf=hf(D3, "Vuxenenheten – Utredningsgruppen missbruk", "Utredning"), blocks=c3_utr),
             dict(key="uppdrag", file="uppdrag_U-2014-1022.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"tl": "Uppdragsportalen Vuxen", "br": "{page}/{pages}"}, blocks=c3_uppdrag, font="dejavu", size="9pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="enscript",
                  text=c3_journal, enscript_header="Journalutdrag " + D3 + "|Uppsala kommun|Sida $% av $="),
             dict(key="upphor", file="beslut_upphorande.pdf", type="beslut (upphörande)", producer="docx",
                  hf={"bl": "Uppsala kommun, Socialförvaltningen"}, blocks=c3_upphor, font="serif", size="11pt",
                  post=[("qpdf",)]),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' and 'Slutsats och förslag' describe the needs (detox followed by longer treatment in a medically staffed drug-free setting, finances, social network) and why Bergslagsgården fits; doctor's 'bedömning' is quoted separately.",
                                   ev=[("utredning", [("range", "Lars-Göran har ett mångårigt och allvarligt alkoholberoende", "budget- och skuldrådgivningen inledas")]),
                                       ("uppdrag", ["Allvarligt alkoholberoende med leverskada"])]),
             planning=dict(label="ej_tillämpligt", why="He withdrew his application 2014-12-05, before the placement started; no plan could be made.", ev=[]),
             follow_up=dict(label="ej_tillämpligt", why="The intervention never started (declined 2014-12-05); the 'planerat hembesök' notes are not follow-up.", ev=[]),
             assignment_description=dict(label="ja", why="Portal assignment with all elements a–f, sent via e-tjänst 2014-12-04 kl 09:52 (later recalled when he declined).",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Uppdrag skickat via e-tjänst 2014-12-04 kl 09:52", "Uppdrag återkallat av beställare")]),
                                             ("journal", ["Uppdrag skickat till Bergslagsgården via e-tjänsten"])]),
         )),
    dict(municipality="Uppsala", dnr=D4, scenario="recent",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf=hf(D4, "Vuxenenheten – Utredningsgruppen missbruk", "Utredning"), blocks=c4_utr),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="docx",
                  hf={"bl": "Uppsala kommun, Socialförvaltningen"}, blocks=c4_beslut, font="serif", size="11pt"),
             dict(key="mejl", file="uppdrag_epost.pdf", type="uppdragsbeskrivning (e-post)", producer="chromium",
                  hf={"tl": "Hanna Sjödin", "br": "{page}"}, blocks=c4_mejl, size="10pt"),
             dict(key="gfp", file="genomforandeplan.pdf", type="genomförandeplan", producer="chromium",
                  hf={"tl": "Öppenvården Ekeby", "br": "Sida {page} av {pages}"}, blocks=c4_gfp, font="dejavu", size="9.5pt",
                  post=[("qpdf",)]),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOMMUN, "tr": D4, "br": "Sida {page} av {pages}"}, blocks=c4_journal, size="9.5pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Sammanfattande överväganden' states what she must get help with (alcohol and oxazepam, stress and sleep, return to work) and why outpatient women's group fits; no 'Bedömning' heading; restated in the e-mail assignment.",
                                   ev=[("utredning", [("range", "Annikas drickande och hennes bruk av lugnande medel", "föreslås beviljas öppenvård vid Öppenvården Ekeby")]),
                                       ("mejl", ["Annika har ett skadligt bruk av alkohol och lugnande medel som hotar"])]),
             planning=dict(label="ja", why="Genomförandeplan 2015-09-15 with numbered goals and sub-goals, responsible persons and dates.",
                           ev=[("gfp", [("range", "Mål 1. Annika är fri från alkohol", "Uppföljning med Annika, behandlare och socialsekreterare planeras")])]),
             follow_up=dict(label="ej_tillämpligt", why="Intervention started 2015-09-01; the first follow-up is planned for 2015-11-24, after the review date.", ev=[]),
             assignment_description=dict(label="ja", why="E-mail assignment (sent 21 Aug 2015 10:02) holds assessment, content, goals, follow-up, report at end, and the officer's name, phone and e-mail.",
                                         present="abcdefg",
                                         ev=[("mejl", [("range", "SÄKER: Uppdrag öppenvård", "hanna.sjodin@uppsala.se")]),
                                             ("journal", ["Uppdrag skickat till kvinnoteamet med säker e-post"])]),
         )),
]
