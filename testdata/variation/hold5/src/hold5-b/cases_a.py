"""Cases 1-10 (Falun, Borlänge, Ludvika, Mora, Sandviken)."""
from common import FOOT, HEAD, journal_table, pnr

C = []

# ---------------------------------------------------------------- 1 Falun, all ja, öppenvård ÅP
P1 = pnr(1901, 3, 12, "235")
C.append(dict(
    kommun="Falun", dnr="SN 2015/0087", header=HEAD["Falun"], footer=FOOT,
    docs=[
        dict(name="aktualisering", type="aktualisering", title="Aktualisering", blocks=[
            ("h1", "Aktualisering - ansökan om stöd"),
            ("kv", [("Klient", "Mikael Berg, " + P1), ("Inkom", "2015-01-14, besök i receptionen"), ("Mottagen av", "Sara Hedlund, soc.sekr")]),
            ("ul", ["Söker själv hjälp m alkohol, dricker 'för mkt' sedan skilsmässan 2013",
                    "Sjukskriven sedan nov -14, läk. på Falu vc har tagit PEth (förhöjt)",
                    "Vill ha öppenvård, ej HVB. Bor kvar i lgh på Britsarvet",
                    "Samtycke till kontakt m vc och Beroendeenheten: JA"]),
            ("p", "Beslut att inleda utredning enl 11:1 SoL 2015-01-14 / SH"),
        ]),
        dict(name="utredning", type="utredning", title="Utredning SoL 11:1", blocks=[
            ("h1", "Utredning enl. 11 kap 1 § SoL - vuxen, missbruk"),
            ("kv", [("Klient", "Mikael Berg, " + P1), ("Dnr", "SN 2015/0087"), ("Handläggare", "Sara Hedlund, Vuxenteamet, tfn 023-82 71 40"), ("Utr. period", "2015-01-14 -- 2015-02-16")]),
            ("h2", "Underlag"),
            ("ul", ["Samtal m klient 150121, 150128, 150204 (MI-inriktade)", "AUDIT 150121: 27 p", "ASI-grund 150128",
                    "Tfn m distr.läk. Falu vc 150130", "Utdrag BoU/ tidigare akt: inga tidigare insatser"]),
            ("h2", "Bakgrund / nuvarande situation"),
            ("ul", ["46 år, skild, två vuxna barn (kontakt m dotter)", "Anställd lagerarb., sjukskriven 100% sedan 2014-11",
                    "Dricker 5-6 dagar/v, ca 1 flaska vin + öl/dag, morgonsupar senaste månaden", "Inga droger, inga läkemedel utöver blodtrycksmed",
                    "Skulder hos Kronofogden ca 40 tkr (hyra dec)", "Ej kriminalitet"]),
            ("h2", "Klientens egen uppfattning"),
            ("p", "M vill sluta dricka helt, tror inte att han klarar 'lagom'. Vill behålla jobbet. Vill inte bo på behandlingshem pga dottern och hunden."),
            ("h2", "Bedömning"),
            ("p", "Mikael har ett alkoholberoende (AUDIT 27, ASI visar allvarliga problem i områdena alkohol, arbete och psykisk hälsa). "
                  "Han är motiverad och har en stabil boendesituation och ett socialt nätverk (dotter), vilket talar för att behandling "
                  "i öppenvård är tillräcklig. Han har behov av strukturerad återfallsprevention (ÅP, KBT-baserad) för att bryta "
                  "dagligt drickande och lära sig hantera återfallsrisker, samt stöd att komma tillbaka till arbete och att ordna skulderna. "
                  "Nämnden bedömer att öppenvård vid Beroendeenheten i form av ÅP i grupp 12 ggr + enskilda MI-samtal "
                  "svarar mot behoven. Abstinens hanteras av vc (Antabus diskuteras)."),
            ("h2", "Förslag till beslut"),
            ("p", "Bistånd enl 4 kap 1 § SoL i form av öppenvård vid Beroendeenheten, ÅP-grupp + enskilda samtal, fr.o.m. 2015-02-23 tills vidare, längst 2015-08-31."),
            ("sig", "Sara Hedlund, socialsekreterare"),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "BESLUT"),
            ("kv", [("Klient", "Mikael Berg, " + P1), ("Dnr", "SN 2015/0087"), ("Beslutsdatum", "2015-02-18")]),
            ("p", "Bistånd beviljas enl. 4 kap 1 § SoL: öppenvård vid Beroendeenheten Falun (ÅP-grupp 12 ggr + enskilda samtal) "
                  "fr.o.m. 2015-02-23 t.o.m. 2015-08-31."),
            ("p", "Motivering: se utredning daterad 2015-02-16."),
            ("p", "Beslutet fattat på delegation (delegationsordn. p 4.1.3)."),
            ("sig", "Lena Örn, 1:e socialsekreterare"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journalanteckningar", blocks=[
            ("h1", "Journal - Mikael Berg"),
            journal_table([
                ("2015-01-14", "SH", "Aktualisering, se separat. Utr inleds."),
                ("2015-01-21", "SH", "Samtal 1. AUDIT 27p. MI. M ambivalent ang Antabus."),
                ("2015-02-16", "SH", "Utredning klar. Kommunicerad m klient, inget att tillägga."),
                ("2015-02-18", "LÖ", "Beslut 4:1 SoL öppenvård BE."),
                ("2015-02-19", "SH", "Uppdrag mejlat till BE (Per Ståhl), se mejl. Kvittens mottagen samma dag."),
                ("2015-03-03", "SH", "GFP upprättad på BE, kopia till akt."),
                ("2015-04-08", "SH", "Tfn m M. Går på grupp, 4/4 ggr. Nykter sedan 150301 enl egen uppgift."),
                ("2015-05-20", "SH", "Uppföljningsmöte på BE (SH, Per Ståhl, klient). Genomgång av GFP:\n"
                                     "- Mål 1 nykterhet: uppnått, PEth 150513 negativt, inga återfall sedan 150301\n"
                                     "- Mål 2 ÅP: 10 av 12 ggr, fullföljer i juni\n"
                                     "- Mål 3 arbete: arbetsträning 50% fr 150504, avstämning FK 150610\n"
                                     "- Skulder: avbet.plan m KFM klar\n"
                                     "Överens om fortsatta enskilda samtal 1 ggr/2v t.o.m. aug. Ny uppf. 150826."),
                ("2015-08-26", "SH", "Uppföljning 2: fortsatt nykter, arbetar 75%. Insatsen avslutas 150831 enl plan. Slutrapport från BE inkommen."),
            ]),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag via e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Sara Hedlund <sara.hedlund@falun.example.se>", "skickat": "den 19 februari 2015 09:41",
                      "till": "Per Ståhl <per.stahl@falun.example.se>", "kopia": "Beroendeenheten funktionsbrevlåda",
                      "amne": "Uppdrag öppenvård - MB 1901 (SN 2015/0087)"}),
            ("p", "Hej Per! Här kommer uppdraget för Mikael B enl. beslut 2015-02-18."),
            ("p", "Nämndens bedömning av behov: Alkoholberoende (AUDIT 27, ASI). Behöver strukturerad ÅP/KBT för att bryta dagligt drickande, "
                  "lära sig hantera återfallsrisker, stöd kring återgång i arbete och skulder. Öppenvård bedöms tillräcklig då han har stabilt boende och nätverk."),
            ("p", "Uppdraget omfattar:"),
            ("ul", ["ÅP-grupp 12 ggr (start 150223)", "Enskilda MI/KBT-samtal 1 ggr/v", "Provtagning PEth 1 ggr/mån i samverkan m vc", "Upprätta GFP tillsammans m klient inom 2 v"]),
            ("p", "Mål: Nykterhet (PEth neg) senast 150515. Genomförd ÅP-grupp senast 150630. Påbörjad arbetsträning senast 150601."),
            ("p", "Uppföljning: Trepartsmöte (klient, BE, handl.) efter ca 3 mån, prel v. 21, därefter vid avslut. BE kallar."),
            ("p", "Återrapportering: Skriftlig slutrapport till mig vid avslut el. avbrott: måluppfyllelse, provsvar, närvaro, ev. fortsatt behov. Avbrott/uteblivanden rapporteras direkt."),
            ("p", "Ansvarig handläggare: Sara Hedlund, Vuxenteamet, tfn 023-82 71 40, sara.hedlund@falun.example.se"),
            ("p", "Mvh Sara"),
            ("hr",),
            ("mail", {"fran": "Per Ståhl", "skickat": "den 19 februari 2015 13:02", "till": "Sara Hedlund", "amne": "SV: Uppdrag öppenvård - MB 1901 (SN 2015/0087)"}),
            ("p", "Tack, uppdraget mottaget. Första grupp 23/2 kl 13."),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", landscape=True, blocks=[
            ("h1", "Genomförandeplan (GFP) - Beroendeenheten Falun"),
            ("p", "Klient: Mikael Berg, " + P1 + "   Upprättad: 2015-03-03   Deltagare: klient, Per Ståhl (beh.), Sara Hedlund (handl.)"),
            ("table", [["Mål", "Delmål / insats", "Vem", "När", "Hur mäts"],
                       ["1. Nykter", "Antabus via vc; PEth 1 ggr/mån", "Klient, vc, Per S", "Senast 2015-05-15", "PEth negativt"],
                       ["2. Klara av ÅP", "ÅP-grupp 12 ggr, hemuppgifter", "Per S, klient", "2015-02-23 -- 2015-06-30", "Närvaro 10/12"],
                       ["3. Tillbaka i arbete", "Kontakt FK + arbetsgivare, arbetsträning 50%", "Klient, Sara H", "Start senast 2015-06-01", "Arbetstid"],
                       ["4. Ordning på ekonomi", "Avbetalningsplan Kronofogden", "Klient m stöd av budgetrådg.", "2015-04-30", "Plan klar"]],
             [0.16, 0.30, 0.18, 0.18, 0.18]),
            ("p", "Uppföljning av GFP: trepartsmöte v. 21 samt vid avslut."),
            ("sig", "Mikael Berg"),
        ]),
    ],
    files=[("akt_export.pdf", ["aktualisering", "utredning", "beslut", "journal"]),
           ("uppdrag_mejl.pdf", ["uppdrag"]), ("GFP_BE.pdf", ["gfp"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning in the utredning states alcohol dependence, the needs (ÅP/KBT, work, debts) and why outpatient ÅP meets them; repeated in the e-mailed assignment.",
                              ev=[("utredning", "Nämnden bedömer att öppenvård"), ("uppdrag", "Nämndens bedömning av behov")]),
        planning=dict(label="ja", why="Landscape GFP 2015-03-03 with goals, activities, who, dates and measures.", ev=[("gfp", "Hur mäts")]),
        follow_up=dict(label="ja", why="Journal 2015-05-20 records the follow-up meeting with outcome per GFP goal; second follow-up 2015-08-26.",
                       ev=[("journal", "Uppföljningsmöte på BE")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-02-19 holds assessment, content, dated goals, follow-up, report-back, officer contact; Skickat line and journal record the handover.",
                                    ev=[("uppdrag", "Uppdraget omfattar"), ("journal", "Uppdrag mejlat till BE")]),
    )))

# ---------------------------------------------------------------- 2 Falun, HVB 12-steg, all ja, faxed beslut
P2 = pnr(1900, 11, 2, "417")
C.append(dict(
    kommun="Falun", dnr="SN 2014/0412", header=HEAD["Falun"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="lo", blocks=[
            ("h1", "UTREDNING - VUXEN MISSBRUK"),
            ("kv", [("Namn", "Jonas Eriksson"), ("Pnr", P2), ("Dnr", "SN 2014/0412"), ("Handl.", "Kristoffer Alm, Vuxenteamet")]),
            ("h2", "Anledning"),
            ("p", "Ansökan om behandlingshem (HVB) 2014-09-29 efter tillnyktring på Falu lasarett, avd 64."),
            ("h2", "Situation i korthet"),
            ("ul", ["52 år, ensamstående, bor i hyresrätt Slättaskolan-området (hyresskuld 2 mån)",
                    "Alkohol dagligen >10 år, två tidigare abstinenskramper (2012, 2014)",
                    "Genomgått öppenvård 2012 och 2013 (ÅP) - återfall inom 2 mån båda ggr",
                    "AUDIT 35 p, ASI 141006: allvarliga problem alkohol, fysisk hälsa, socialt",
                    "LVM-anmälan från lasarettet 140925 - ej grund för LVM då han själv söker vård"]),
            ("h2", "Bedömning"),
            ("p", "Jonas har ett långvarigt och allvarligt alkoholberoende med abstinenskramper och har två gånger återfallit efter öppenvård. "
                  "Han saknar i dag ett nyktert nätverk och hans boende är hotat. Behovet är en längre period i skyddad nykter miljö "
                  "med strukturerad behandling, där han kan bryta mönstret, få kontroll på sin fysiska hälsa och förbereda ett nyktert liv. "
                  "Nämnden bedömer att HVB med 12-stegsbehandling (Minnesota), 12 veckor, möter behovet bättre än fortsatt öppenvård, "
                  "och att eftervård på hemmaplan med AA/eftervårdsgrupp behövs efteråt."),
            ("h2", "Förslag"),
            ("p", "Bistånd enl 4:1 SoL, HVB Nyhemsgården (ramavtal), 12 v fr.o.m. 2014-11-03."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut (faxkopia)", scan=True, font="Courier", blocks=[
            ("fax", "2014-10-30 10:12   FRAN: FALU KOMMUN IFO VUXENTEAMET   TILL: NYHEMSGARDEN   S. 1/1"),
            ("h1", "BESLUT - BISTÅND ENL 4 KAP 1 § SoL"),
            ("kv", [("Klient", "Jonas Eriksson " + P2), ("Dnr", "SN 2014/0412"), ("Beslutsdatum", "2014-10-28")]),
            ("p", "Beviljas: vård på HVB Nyhemsgården (12-stegsbehandling) 2014-11-03 -- 2015-01-26."),
            ("p", "Kostnad enl ramavtal. Egenavgift enl riksnorm."),
            ("sig", "Lena Örn, 1:e socialsekreterare"),
            ("noise",),
        ]),
        dict(name="vardplan", type="vårdplan", title="Vårdplan", blocks=[
            ("h1", "VÅRDPLAN - HVB"),
            ("kv", [("Klient", "Jonas Eriksson, " + P2), ("Datum", "2014-10-29"), ("Deltagare", "Jonas, Kristoffer Alm (handl.), kontaktperson Nyhemsgården (tfn)")]),
            ("h2", "Mål och delmål"),
            ("ul", ["Mål 1: Genomföra 12-stegsbehandlingen steg 1-5 under vistelsen, klart 2015-01-26. Ansvar: Nyhemsgården/Jonas",
                    "Delmål 1a: Inga avbrott/återfall under vistelsen (utandn.prov, urinprov 1 ggr/v) - Nyhemsgården",
                    "Mål 2: Fysisk hälsa - läkarbesök + levervärden under v. 2, ny kontroll v. 10. Ansvar: Nyhemsgården sjuksköterska",
                    "Mål 3: Behålla lägenheten - avbetalningsplan hyresskuld klar senast 2014-12-15. Ansvar: Kristoffer A + Jonas",
                    "Mål 4: Eftervård planerad före utskrivning (AA + eftervårdsgrupp Falun) senast 2015-01-15. Ansvar: Kristoffer A"]),
            ("h2", "Uppföljning"),
            ("p", "Uppföljningsmöte på HVB v. 50 och utskrivningsmöte v. 4."),
            ("sig", "Jonas Eriksson"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdragsbeskrivning HVB", blocks=[
            ("h1", "Uppdragsbeskrivning - placering HVB"),
            ("kv", [("Till", "HVB Nyhemsgården"), ("Klient", "Jonas Eriksson, " + P2), ("Dnr", "SN 2014/0412"), ("Placering", "2014-11-03 -- 2015-01-26, 4:1 SoL")]),
            ("h2", "1. Nämndens bedömning av behov"),
            ("p", "Långvarigt alkoholberoende m abstinenskramper, återfall efter två öppenvårdsförsök. Behöver skyddad nykter miljö och strukturerad 12-stegsbeh., "
                  "somatisk kontroll och förberedelse av nyktert liv/eftervård."),
            ("h2", "2. Uppdraget omfattar"),
            ("ul", ["12-stegsbehandling enl Minnesota-modellen, 12 v", "Somatisk kontroll (lever, blodtryck)", "Drogtester 1 ggr/v", "Upprätta behandlingsplan inom 14 dgr"]),
            ("h2", "3. Mål"),
            ("p", "Se vårdplan 2014-10-29 (mål 1-4). Huvudmål: genomförd behandling steg 1-5 och planerad eftervård vid utskrivning 2015-01-26."),
            ("h2", "4. Uppföljning"),
            ("p", "Uppföljningsmöte på HVB v. 50 (klient, kontaktperson, handl.), utskrivningsmöte v. 4."),
            ("h2", "5. Återrapportering"),
            ("p", "Skriftlig behandlingssammanfattning senast 1 v efter utskrivning; avbrott, återfall eller avvikelser rapporteras samma dag per telefon."),
            ("h2", "6. Ansvarig handläggare"),
            ("p", "Kristoffer Alm, Vuxenteamet Falun, tfn 023-82 71 52, kristoffer.alm@falun.example.se"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", font="Courier", blocks=[
            ("h1", "Journalanteckningar SN 2014/0412"),
            ("pre", "141029  KA  VP upprättad m klient. Underskriven.\n"
                    "141030  KA  Beslut + vårdplan + uppdragsbeskrivning faxade till Nyhemsgården\n"
                    "            10.12. Mottagn. bekräftad tfn av föreståndaren.\n"
                    "141103  KA  Inskriven på HVB enl plan.\n"
                    "141210  KA  Uppföljn.möte på Nyhemsgården (J, kontaktp. Åsa, KA).\n"
                    "            - Steg 1-3 klara, inga återfall, alla prover neg\n"
                    "            - Levervärden sjunker (GT 4,1 fr 9,8)\n"
                    "            - Avbet.plan hyra klar 141205\n"
                    "            - Eftervård: J vill gå AA Falun + eftervårdsgrupp BE,\n"
                    "              KA kontaktar BE\n"
                    "            Bedöms följa plan. Fortsatt placering t.o.m. 150126.\n"
                    "150122  KA  Utskrivn.möte. Steg 1-5 klara. Eftervård start 150202.\n"
                    "150203  KA  Slutrapport fr HVB inkommen."),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "vardplan", "uppdrag"]), ("journal_utdrag.pdf", ["journal"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Utredning Bedömning describes the dependence, failed outpatient attempts and why 12-step HVB meets the needs; also in the uppdragsbeskrivning.",
                              ev=[("utredning", "Nämnden bedömer att HVB"), ("uppdrag", "Nämndens bedömning av behov")]),
        planning=dict(label="ja", why="Vårdplan 2014-10-29 with dated goals and responsibility per goal.", ev=[("vardplan", "Mål och delmål")]),
        follow_up=dict(label="ja", why="Journal 141210 follow-up meeting at the HVB with outcome; 150122 discharge meeting.", ev=[("journal", "Uppföljn.möte på Nyhemsgården")]),
        assignment_description=dict(label="ja", present="abcdefg", why="Uppdragsbeskrivning with sections 1-6 (assessment, content, goals, follow-up, report-back, officer); journal 141030 records the fax to the HVB.",
                                    ev=[("uppdrag", "Uppdraget omfattar"), ("journal", "uppdragsbeskrivning faxade")]),
    )))

# ---------------------------------------------------------------- 3 Borlänge, öppenvård narkotika, all ja
P3 = pnr(1902, 6, 24, "118")
C.append(dict(
    kommun="Borlänge", dnr="VUX 2015/0033", header=HEAD["Borlänge"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", engine="lo", blocks=[
            ("h1", "Utredning 11:1 SoL"),
            ("kv", [("Klient", "Emil Sundberg " + P3), ("Dnr", "VUX 2015/0033"), ("Handläggare", "Maria Nordin")]),
            ("h2", "Ärendet"),
            ("p", "Orosanmälan fr frivården 150113, därefter egen ansökan om öppenvård 150120."),
            ("h2", "Nuläge"),
            ("ul", ["24 år, bor hos mamma i Tjärna ängar", "Cannabis dagl. sedan 16 års ålder, amfetamin helger sista året",
                    "DUDIT 31 p. Urinprov 150122 pos THC + amf", "Skyddstillsyn t.o.m. 2016, frivården kräver beh.",
                    "Avbruten gymnasieutbildning, inget arbete. Ingen egen inkomst (ek. bistånd via mamma?)", "ADHD-utredning påbörjad psyk.öppenv. 2014, ej slutförd"]),
            ("h2", "Klientens syn"),
            ("p", "Vill sluta m amf 'direkt', cannabis 'lite svårare'. Vill ha eget boende och jobb."),
            ("h2", "Analys och bedömning"),
            ("p", "Emil har ett beroende av cannabis och ett riskfyllt amfetaminbruk, samt sannolik ADHD som inte är utredd. "
                  "Han behöver behandling som bygger upp motivation och ger verktyg mot återfall, regelbundna drogtester som stöd, "
                  "och samordning med psykiatrin så att ADHD-utredningen slutförs (SIP). Då han har boende och stöd av mamma och vill delta "
                  "bedöms öppenvård vid Beroendeenheten (MI + KBT-baserad ÅP, individuellt) kunna möta behoven. "
                  "Sysselsättning behöver kopplas på via AME när han är drogfri."),
            ("h2", "Förslag"),
            ("p", "Öppenvård Beroendeenheten Borlänge, 4:1 SoL, 6 mån fr 150216."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("kv", [("Klient", "Emil Sundberg " + P3), ("Dnr", "VUX 2015/0033"), ("Datum", "2015-02-11"), ("Lagrum", "4 kap 1 § SoL")]),
            ("p", "Beviljas öppenvård vid Beroendeenheten Borlänge 2015-02-16 -- 2015-08-16."),
            ("p", "Insatsen utförs av Beroendeenheten."),
            ("sig", "Maria Nordin, soc.sekr."),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Maria Nordin", "skickat": "den 12 februari 2015 15:20", "till": "Beroendeenheten Borlänge; Jonas Lund",
                      "amne": "Uppdrag ES 020624 - öppenvård", "bifogat": "Beslut_150211.pdf"}),
            ("p", "Hej Jonas, uppdrag enl nedan."),
            ("ul", ["Bedömning (nämnden): cannabisberoende + riskbruk amf, trol. ADHD ej utredd. Behöver motivationsarbete, ÅP-verktyg, drogtester, samordning m psyk (SIP). Öppenvård bedöms räcka då boende och stöd finns.",
                    "Uppdrag: MI + individuell KBT/ÅP 1 ggr/v, urinprov 2 ggr/v första mån sedan 1 ggr/v, delta i SIP m psyk.",
                    "Mål: drogfri (neg prover) fr.o.m. april 2015; ADHD-utredning återupptagen senast 150430; kontakt AME senast 150601.",
                    "Uppföljning: trepartssamtal efter 4 mån (juni) + vid avslut.",
                    "Återrapport: provsvar mån.vis, slutrapport vid avslut med måluppfyllelse och rek. om fortsatt insats.",
                    "Handläggare: Maria Nordin, 0243-74 xx 12 (direkt 0243-741 212), maria.nordin@borlange.example.se"]),
            ("p", "/Maria"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", engine="chrome", landscape=True, blocks=[
            ("h1", "GENOMFÖRANDEPLAN - Beroendeenheten Borlänge"),
            ("p", "Klient: Emil S. (" + P3 + ")   Datum: 2015-02-25   Behandlare: Jonas Lund"),
            ("table", [["Mål (vad ska uppnås)", "Aktivitet", "Ansvarig", "Tidpunkt", "Uppföljning"],
                       ["Drogfri (amf) direkt, cannabis-fri senast 2015-04-15", "Urinprov 2 ggr/v mars, sedan 1 ggr/v. KBT/ÅP-samtal tisd.", "Emil, Jonas L", "150216-150816", "Provsvar mån.vis till handl."],
                       ["ADHD-utredning slutförd", "SIP-möte m psyk.öppenv., remiss", "Maria N (kallar SIP)", "SIP senast 2015-03-31", "Trepartssamtal juni"],
                       ["Sysselsättning", "Inskrivning AME", "Emil + Maria N", "Senast 2015-06-01", "Trepartssamtal juni"]]),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journalanteckningar"),
            journal_table([
                ("150120", "MN", "Ansökan öppenvård. Utr inleds."),
                ("150211", "MN", "Beslut öppenvård BE."),
                ("150212", "MN", "Uppdrag + beslut mejlat till BE/Jonas Lund. Läskvitto 150212."),
                ("150225", "MN", "GFP klar, kopia i akt."),
                ("150326", "MN", "SIP-möte m psyk.öppenv. + BE. ADHD-utr återupptas apr."),
                ("150617", "MN", "Trepartssamtal (Emil, Jonas L, MN) på BE. Prover neg sedan 150402 (amf neg sedan start). "
                                 "ADHD-utr klar, medicinering påbörjad. AME-inskrivning 150601 klar. Emil nöjd, vill fortsätta samtal. "
                                 "Överens: fortsatt enl GFP till 150816, ev förlängning bedöms då."),
                ("150818", "MN", "Slutrapport BE inkommen. Insats avslutad, Emil har aktivitet via AME."),
            ]),
        ]),
    ],
    crit=dict(
        needs_assessment=dict(label="ja", why="'Analys och bedömning' in the utredning gives needs and why outpatient care at BE meets them; summarised in the e-mailed assignment.",
                              ev=[("utredning", "bedöms öppenvård vid Beroendeenheten"), ("uppdrag", "Bedömning (nämnden)")]),
        planning=dict(label="ja", why="Provider's GFP 2015-02-25 table with goals, activities, responsible and dates.", ev=[("gfp", "Tidpunkt")]),
        follow_up=dict(label="ja", why="Journal 150617 trepartssamtal with outcome on each goal (never called uppföljning).", ev=[("journal", "Trepartssamtal (Emil")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-02-12 has bullets for assessment, content, goals, follow-up, report-back and officer contact; sent date in header and journal.",
                                    ev=[("uppdrag", "Återrapport"), ("journal", "Uppdrag + beslut mejlat")]),
    )))

# ---------------------------------------------------------------- 4 Borlänge, declined before start
P4 = pnr(1901, 8, 30, "562")
C.append(dict(
    kommun="Borlänge", dnr="VUX 2015/0118", header=HEAD["Borlänge"], footer=FOOT, scenario="declined",
    docs=[
        dict(name="ansokan", type="ansökan", title="Ansökan", blocks=[
            ("h1", "Ansökan om bistånd - missbruksvård"),
            ("check", [(True, "Öppenvård"), (False, "Behandlingshem/HVB"), (False, "Boende"), (False, "Kontaktperson")]),
            ("kv", [("Sökande", "Birgitta Holm, " + P4), ("Datum", "2015-03-30")]),
            ("p", "Egen text: 'Jag dricker för mycket och tar för många lugnande. Vill ha samtal.'"),
            ("sig", "Birgitta Holm"),
        ]),
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning - vuxen"),
            ("kv", [("Klient", "Birgitta Holm, " + P4), ("Dnr", "VUX 2015/0118"), ("Handl.", "Ahmed Karimi, Vuxenteamet")]),
            ("ul", ["Utr.samtal 150408, 150415. AUDIT 19, DUDIT 9 (bensodiazepiner)", "Änka sedan 2014, pensionär, bor i villa Hagalund",
                    "Vin varje kväll + Oxascand utskrivet av vc, tar mer än ordinerat", "Dottern orolig, har ringt 2 ggr"]),
            ("h2", "Bedömning"),
            ("p", "Birgitta har ett riskbruk av alkohol i kombination med överanvändning av bensodiazepiner, utlöst av sorg efter makens död. "
                  "Hon behöver stöd att bearbeta sorgen utan alkohol/lugnande och att trappa ned läkemedlen i samverkan med vc. "
                  "Hon har en stabil social situation och är motiverad för samtal, därför bedöms KBT-inriktade samtal i öppenvård "
                  "(Beroendeenheten, 10 ggr) tillsammans med läkemedelsnedtrappning via vc vara en lämplig och tillräcklig insats."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut 4 kap 1 § SoL"),
            ("p", "Birgitta Holm " + P4 + " beviljas öppenvård (KBT-samtal 10 ggr) vid Beroendeenheten Borlänge fr.o.m. 2015-05-11. Beslutsdatum 2015-05-06."),
            ("sig", "Ahmed Karimi"),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", blocks=[
            ("mail", {"fran": "Ahmed Karimi", "skickat": "den 7 maj 2015 08:55", "till": "Beroendeenheten Borlänge (Karin Dahl)",
                      "amne": "Uppdrag BH 010830 - KBT-samtal"}),
            ("p", "Hej Karin!"),
            ("p", "Behov (vår bedömning): riskbruk alkohol + överanvändn. bensodiazepiner efter makens död. Behöver sorgbearbetning utan alkohol/lugnande och stöd i nedtrappning i samverkan m vc."),
            ("p", "Uppdrag: KBT-inriktade samtal 10 ggr, 1 ggr/v, start v. 20. Samverka m vc om nedtrappning."),
            ("p", "Mål: alkohol max 2 ggr/v (egen dagbok + PEth) till 150815; nedtrappning Oxascand enl vc:s schema klar 150831."),
            ("p", "Uppföljning: gemensamt möte efter 5 samtal och vid avslut."),
            ("p", "Återrapport till mig: kort skriftlig rapport vid avslut (närvaro, måluppfyllelse, fortsatt behov). Avhopp meddelas direkt."),
            ("p", "Handläggare: Ahmed Karimi, Vuxenteamet, 0243-74 22 18, ahmed.karimi@borlange.example.se"),
        ]),
        dict(name="journal", type="journalanteckningar", title="Journal", blocks=[
            ("h1", "Journal VUX 2015/0118"),
            journal_table([
                ("150330", "AK", "Ansökan inkommen. Utr. inleds."),
                ("150506", "AK", "Beslut KBT-samtal BE."),
                ("150507", "AK", "Uppdrag skickat till BE (Karin Dahl) via mejl. Första tid 150512."),
                ("150511", "AK", "Karin D ringer: B har avbokat första samtalet."),
                ("150519", "AK", "Tfn m Birgitta. Hon tackar nej till insatsen innan den påbörjats, vill inte gå på 'missbruksvård', "
                                 "ska själv prata m sin läkare. Informerad om att hon kan ansöka igen. Inga samtal har genomförts på BE."),
                ("150525", "AK", "Ärendet avslutas. BE informerad. Ingen GFP upprättad då insatsen aldrig startade."),
            ]),
        ]),
    ],
    files=[("akt_export.pdf", ["ansokan", "utredning", "beslut", "journal"]), ("uppdrag_mejl.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="ja", why="Bedömning in the utredning: needs (grief, alcohol + benzodiazepines) and why KBT-samtal in outpatient care suffice.",
                              ev=[("utredning", "bedöms KBT-inriktade samtal"), ("uppdrag", "Behov (vår bedömning)")]),
        planning=dict(label="ej_tillämpligt", reason="declined", why="Client declined (150519) before the intervention started; no sessions held.", ev=[("journal", "tackar nej till insatsen")]),
        follow_up=dict(label="ej_tillämpligt", reason="declined", why="Intervention never started; client declined before start.", ev=[("journal", "tackar nej till insatsen")]),
        assignment_description=dict(label="ja", present="abcdefg", why="E-mail 2015-05-07 contains assessment, content, goals, follow-up, report-back and officer contact; sent date and journal record handover.",
                                    ev=[("uppdrag", "Återrapport till mig"), ("journal", "Uppdrag skickat till BE")]),
    )))

# ---------------------------------------------------------------- 5 Ludvika, NA delvis, AD delvis (a,c missing)
P5 = pnr(1900, 2, 17, "330")
C.append(dict(
    kommun="Ludvika", dnr="IFO 2015/0201", header=HEAD["Ludvika"], footer=FOOT,
    docs=[
        dict(name="utredning", type="utredning", title="Utredning", blocks=[
            ("h1", "Utredning enligt SoL"),
            ("kv", [("Klient", "Roger Pettersson, " + P5), ("Dnr", "IFO 2015/0201"), ("Handläggare", "Johanna Wik")]),
            ("h2", "Aktualisering"), ("p", "Egen ansökan 150325 efter rattfylleri (körkort återkallat)."),
            ("h2", "Uppgifter"),
            ("ul", ["AUDIT 22", "Dricker helger, ibland även vardagar", "Arbetar på bruket, skiftarbete", "Sambo + 2 barn 8 o 11 år",
                    "Inga tidigare kontakter m socialtj.", "Behandlande läk: ej aktuell"]),
            ("h2", "Bedömmning"),
            ("p", "Roger bedöms vara i behov av öppenvårdsbehandling för sitt alkoholmissbrukk."),
            ("h2", "Förslag"), ("p", "Öppenvård Alkoholmottagningen/Vuxenteamet Ludvika 4:1 SoL."),
        ]),
        dict(name="beslut", type="beslut", title="Beslut", blocks=[
            ("h1", "Beslut"),
            ("p", "Datum: 2015-04-22. Roger Pettersson " + P5 + " beviljas öppenvård (KBT-grupp + enskilda samtal) enl 4:1 SoL 2015-05-04 -- 2015-10-31."),
            ("sig", "Johanna Wik, socialsekr."),
        ]),
        dict(name="uppdrag", type="uppdragsbeskrivning", title="Uppdrag e-post", engine="chrome", blocks=[
            ("mail", {"fran": "Johanna Wik", "skickat": "den 23 april 2015 11:07", "till": "Öppenvården Ludvika; Peter Sjöberg", "amne": "Uppdrag RP 000217"}),
            ("p", "Hej! Nytt uppdrag."),
            ("p", "Insats: KBT-grupp (ÅP) 10 ggr + enskilda samtal varannan vecka, start 150504."),
            ("p", "Mål:"),
            ("p", "Uppföljning: uppföljningsmöte i aug m klient, beh och mig."),
            ("p", "Återrapportera skriftligt vid avslut hur det gått + närvaro."),
            ("p", "Handl. Johanna Wik 0240-86 xx xx (vx 0240-860 00), johanna.wik@ludvika.example.se"),
        ]),
        dict(name="gfp", type="genomförandeplan", title="Genomförandeplan", blocks=[
            ("h1", "Genomförandeplan - Öppenvården Ludvika"),
            ("p", "Klient: Roger P   Upprättad 2015-05-12 av Peter Sjöberg tills m klienten"),
            ("h2", "Mål och delmål"),
            ("ul", ["Mål: Ingen alkohol vid bilkörning/vardagar - PEth < 0,05 vid prov 2015-08-15 (ansvar: Roger, prov tas av vc)",
                    "Delmål 1: Deltar i ÅP-grupp 10 ggr måndagar maj-juli (Peter S)",
                    "Delmål 2: Enskilt samtal varannan torsdag, inkl. sambon 1 ggr i juni (Peter S)",
                    "Delmål 3: Ansöka om nytt körkortstillstånd m intyg senast 2015-10-01 (Roger)"]),
            ("p", "Uppföljning: 2015-08-31"),
            ("sig", "Roger Pettersson"),
        ]),
        dict(name="uppfoljning", type="uppföljning", title="Uppföljning", engine="lo", blocks=[
            ("h1", "Uppföljning av insats"),
            ("kv", [("Datum", "2015-09-02"), ("Närvarande", "Roger P, Peter Sjöberg (ÖV), Johanna Wik (handl.)"), ("Dnr", "IFO 2015/0201")]),
            ("ul", ["ÅP-grupp: 9 av 10 ggr", "PEth 150818: 0,03 - under gränsen", "Sambon deltog i samtal 150618, upplever förbättring hemma",
                    "Körkort: ansökan ej gjord än, intyg från läk bokat okt", "Roger vill avsluta gruppen men ha 3 enskilda samtal till"]),
            ("p", "Resultat: målen i GFP i huvudsak uppnådda. Insatsen fortsätter t.o.m. 151031 enl beslut."),
        ]),
    ],
    files=[("akt_export.pdf", ["utredning", "beslut", "gfp", "uppfoljning"]), ("uppdrag_mejl.pdf", ["uppdrag"])],
    crit=dict(
        needs_assessment=dict(label="delvis", variant="conclusion_only", why="The 'Bedömmning' section only states the conclusion that he needs outpatient care; no needs described or why the intervention meets them.",
                              ev=[("utredning", "bedöms vara i behov av öppenvårdsbehandling")]),
        planning=dict(label="ja", why="GFP 2015-05-12 with measurable dated goal, delmål with who and when.", ev=[("gfp", "Mål och delmål")]),
        follow_up=dict(label="ja", why="Follow-up document dated 2015-09-02 with results per goal.", ev=[("uppfoljning", "Uppföljning av insats")]),
        assignment_description=dict(label="delvis", present="bdefg", why="E-mail assignment 2015-04-23: content, follow-up, report-back, officer, sent date present; no assessment of needs and the 'Mål:' heading is empty.",
                                    ev=[("uppdrag", "Nytt uppdrag")]),
    )))
