# -*- coding: utf-8 -*-
"""Eskilstuna: three cases. Socialförvaltningen, Vuxenavdelningen with Mottagningsgruppen,
Utredningsgruppen and Placerings- och uppföljningsgruppen; diarienummer SVN ÅÅÅÅ/NN."""
from common import journal_plain, journal_blocks_table, journal_blocks_kv, email_blocks

KOM = "Eskilstuna kommun – Socialförvaltningen"

# =====================================================================================
# 12. SVN 2014/77 Tomas Wikström, alkohol + cannabis, HVB Nyby gård. All documented.
#     Utredning with a two-column ASI section (docx), signed receipt page of the assignment is
#     a scan, one page of the genomförandeplan is rotated 90 degrees.
# =====================================================================================
D12 = "SVN 2014/77"
c12_utr = [
    ("h1", "Utredning – vuxen med missbruk"),
    ("kv", [("Klient", "Tomas Wikström, 19010204-6613"), ("Dnr", D12), ("Utredningsperiod", "2014-02-14 – 2014-03-24"),
            ("Utredare", "Jenny Karlsson, Utredningsgruppen vuxen")]),
    ("h2", "Ansökan"),
    ("p", "Tomas ansökte 2014-02-14 om behandling på behandlingshem. Ärendet aktualiserades 2014-02-10 genom att Frivården "
          "Eskilstuna, med Tomas samtycke, kontaktade Mottagningsgruppen."),
    ("h2", "Utredningens genomförande"),
    ("p", "Samtal med Tomas vid fyra tillfällen, ASI-grundintervju 2014-02-25, kontakt med frivårdsinspektör, med "
          "Psykiatrins beroendemottagning och med Tomas före detta sambo (med samtycke). Urinprov vid tre tillfällen."),
    ("h2", "ASI-grundintervju 2014-02-25"),
    ("cols", [
        ("p", "**Fysisk hälsa (I 3).** Ryggbesvär efter arbetsskada 2009. Äter dåligt."),
        ("p", "**Arbete/försörjning (I 6).** Arbetslös sedan 2011. Försörjningsstöd. Skulder hos Kronofogden."),
        ("p", "**Alkohol (I 7).** Dricker dagligen, främst starköl, periodvis sprit. Har druckit sedan tonåren."),
        ("p", "**Narkotika (I 5).** Cannabis flera gånger i veckan sedan 2012. Positiva urinprov för cannabis."),
        ("p", "**Kriminalitet (I 5).** Dömd 2013 för misshandel under berusning, skyddstillsyn med föreskrift om att "
              "delta i behandling."),
        ("p", "**Familj/umgänge (I 5).** Separerad 2013. Dotter 12 år, inget umgänge det senaste året."),
        ("p", "**Psykisk hälsa (I 4).** Irritabilitet, sömnproblem, tidigare utredd för depression."),
    ]),
    ("h2", "Uppgifter från andra"),
    ("h3", "Frivården"),
    ("quote", "”Frivårdens bedömning är att Wikström har en hög återfallsrisk i våldsbrott kopplat till hans alkoholbruk. "
              "Han har skött sina frivårdsbesök men lämnat positiva prover. Frivården tillstyrker behandling.” "
              "(Frivårdsinspektör Lena Bäck, 2014-03-05)"),
    ("h3", "Beroendemottagningen"),
    ("p", "Läkare vid beroendemottagningen har funnit att Tomas har ett alkoholberoende och ett skadligt bruk av cannabis, och "
          "rekommenderar behandling med disulfiram efter avgiftning."),
    ("h3", "Tidigare sambo"),
    ("p", "Hon beskriver att Tomas är ”en annan människa när han är nykter” och att dottern frågar efter honom."),
    ("h2", "Tomas uppfattning"),
    ("p", "Tomas vill bort från Eskilstuna en period och komma ifrån sitt umgänge. Han vill på sikt träffa sin dotter igen."),
    ("h2", "Analys"),
    ("p", "Tomas har ett långvarigt alkoholberoende och ett regelbundet cannabisbruk. Drickandet har lett till våld, separation, "
          "arbetslöshet och skulder, och han har inte haft kontakt med sin dotter på ett år. Han har försökt sluta på egen "
          "hand utan att lyckas, och hans umgänge i Eskilstuna består till stor del av personer som dricker. Tomas behöver en "
          "drogfri miljö under en längre period för att bryta sitt mönster, behandling som tar upp sambandet mellan alkohol och "
          "aggressivitet, och hjälp att ordna sin ekonomi. Han behöver också förberedas för en nykter tillvaro i Eskilstuna med "
          "sysselsättning och, om det blir möjligt, kontakt med dottern."),
    ("h2", "Slutsats och förslag"),
    ("p", "Utredningsgruppen föreslår att Tomas beviljas behandling vid Nyby gård behandlingshem, HVB, enligt 4 kap. 1 § SoL, "
          "under perioden 2014-04-07 – 2014-08-31. Nyby gård har ett program för män med alkohol och våld (ART) och kan ta "
          "emot efter avgiftning. Frivården har godtagit placeringen som del av föreskriften."),
    ("sig", ["Eskilstuna 2014-03-24", "Jenny Karlsson", "Socialsekreterare, tel. 016-710 24 38"]),
]
c12_beslut = [
    ("letterhead", "Eskilstuna kommun\nSocialnämnden", "BESLUT\n2014-03-27\n" + D12),
    ("h1", "Beslut om bistånd"),
    ("kv", [("Sökande", "Tomas Wikström"), ("Insats", "Institutionsvård, Nyby gård behandlingshem"),
            ("Period", "2014-04-07 – 2014-08-31"), ("Lagrum", "4 kap. 1 § SoL")]),
    ("p", "**Skäl för beslutet:** Se utredning 2014-03-24. Nämnden delar utredningens analys."),
    ("sig", ["Bo Sjögren, enhetschef, enligt delegation"]),
    ("small", "Beslutet kan överklagas hos förvaltningsrätten i Linköping inom tre veckor från det att du fått del av det."),
]
c12_uppdrag = [
    ("letterhead", "Eskilstuna kommun\nSocialförvaltningen, Vuxenavdelningen", "UPPDRAG TILL UTFÖRARE\nDnr " + D12),
    ("table", {"widths": [30, 70], "rows": [
        ["**Klient**", "Tomas Wikström"],
        ["**Utförare**", "Nyby gård behandlingshem (HVB)"],
        ["**Beslut**", "2014-03-27, institutionsvård enligt 4 kap. 1 § SoL, 2014-04-07 – 2014-08-31"],
        ["**Nämndens bedömning**", "Långvarigt alkoholberoende och cannabisbruk som lett till våld, separation, arbetslöshet och "
            "skulder. Behöver drogfri miljö under längre tid, behandling om sambandet alkohol–aggressivitet, hjälp med ekonomi "
            "samt förberedelse för nykter tillvaro i Eskilstuna med sysselsättning och ev. kontakt med dottern."],
        ["**Uppdraget omfattar**", "Behandlingsprogram för män (inkl. ART), disulfiram i samråd med läkare, kontakt med budget- "
            "och skuldrådgivning, planering av sysselsättning och eftervård, samverkan med Frivården."],
        ["**Mål**", "1. Tomas är nykter och drogfri under placeringen.\n2. Tomas har genomfört ART-programmet.\n3. Tomas har en "
            "skuldsanering/avbetalningsplan påbörjad och en plan för sysselsättning vid utskrivning."],
        ["**Uppföljning**", "Vårdplan upprättas vid inskrivning. Trepartssamtal efter sex veckor och utvärderingsmöte inför "
            "utskrivning. Frivården bjuds in."],
    ]}),
    ("pb",),
    ("table", {"widths": [30, 70], "rows": [
        ["**Återrapportering vid avslut**", "Skriftlig slutrapport inom två veckor efter utskrivning: måluppfyllelse, "
            "provresultat, Tomas egen uppfattning, rekommenderad eftervård."],
        ["**Ansvarig handläggare**", "Maja Lundin, Placerings- och uppföljningsgruppen\nTel. 016-710 25 11\n"
            "maja.lundin@eskilstuna.se"],
    ]}),
    ("p", "Eskilstuna 2014-04-02"),
    ("sig", ["Maja Lundin, socialsekreterare"]),
    ("hr",),
    ("h3", "Kvittens – utförare"),
    ("p", "Uppdraget mottaget av Nyby gård behandlingshem, datum: **2014-04-02**"),
    ("p", "Underskrift: ____________________  Namnförtydligande: Anders Nyström, föreståndare"),
]
c12_vardplan = [
    ("h1", "Vårdplan"),
    ("p", "Eskilstuna kommun · Placerings- och uppföljningsgruppen · Dnr " + D12),
    ("kv", [("Klient", "Tomas Wikström"), ("Placering", "Nyby gård, 2014-04-07 – 2014-08-31"), ("Upprättad", "2014-04-10"),
            ("Deltagare", "Tomas, Maja Lundin, Anders Nyström (Nyby gård), Lena Bäck (Frivården, per telefon)")]),
    ("table", {"head": ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], "widths": [28, 36, 18, 18], "rows": [
        ["1. Nykter och drogfri", "Avgiftning, disulfiram, urinprov varje vecka", "Nyby gård", "Hela placeringen"],
        ["2. Genomfört ART", "ART-grupp tre gånger/vecka, tio veckor", "Nyby gård", "2014-04-22 – 2014-06-27"],
        ["3. Skuldsituationen utredd", "Kontakt budget- och skuldrådgivning", "Maja Lundin, Tomas", "Första möte senast 2014-05-31"],
        ["4. Plan för sysselsättning", "Möte med Arbetsmarknadsenheten", "Maja Lundin", "Senast 2014-08-15"],
        ["5. Kontakt med dottern prövad", "Samtal med dotterns mamma, ev. brev", "Tomas, Nyby gård", "Juni–augusti 2014"],
    ]}),
    ("p", "Vårdplanen följs upp 2014-05-20 och vid utvärderingsmöte i augusti."),
]
c12_gfp = [
    ("h1", "Genomförandeplan"),
    ("p", "**Nyby gård behandlingshem** · Boende: Tomas W. · Kontaktperson: Hassan Ali · Upprättad 2014-05-05"),
    ("h2", "Mål 1 Drogfrihet"),
    ("p", "1.1 Tomas tar disulfiram tre gånger per vecka under överinseende (personal, fr.o.m. 2014-04-14).\n"
          "1.2 Urinprov varje måndag (personal).\n1.3 Återfallsplan skriven tillsammans med Hassan, klar 2014-06-01."),
    ("h2", "Mål 2 Våld och aggressivitet"),
    ("p", "2.1 ART-grupp måndag, onsdag, fredag 2014-04-22 – 2014-06-27 (gruppledare Eva Möller).\n"
          "2.2 Individuella samtal om situationer där han blivit våldsam, varannan vecka (Hassan)."),
    ("pb",),
    ("h2", "Mål 3 Ekonomi"),
    ("p", "3.1 Tomas sammanställer sina skulder med stöd av Hassan, klart 2014-05-20.\n3.2 Möte med budget- och "
          "skuldrådgivare, bokas av Maja Lundin, senast 2014-05-31."),
    ("h2", "Mål 4 Framtid"),
    ("p", "4.1 Tomas skriver brev till dottern via hennes mamma (Tomas, juni).\n4.2 Studiebesök på Arbetsmarknadsenheten "
          "under permission (Maja Lundin, Hassan, augusti)."),
    ("p", "Tomas synpunkter: ”Jag tycker det är bra att jag har något att göra varje dag.”"),
    ("sig", ["Tomas Wikström     Hassan Ali, kontaktperson"]),
]
c12_journal = journal_plain([
    "ESKILSTUNA KOMMUN  Socialförvaltningen   JOURNALANTECKNINGAR",
    "Dnr: %s   Tomas Wikström" % D12,
    "Utskrivet 2014-09-05",
], [
    dict(date="2014-02-10", time="09:15", event="Aktualisering", ctype="Telefon", by="Mottagningsgruppen, Kim Ahl",
         text="Frivården ringer med Tomas samtycke. Han vill ha behandling."),
    dict(date="2014-02-14", time="13:00", event="Ansökan", ctype="Besök", by="Mottagningsgruppen, Kim Ahl",
         text="Tomas ansöker om behandlingshem. Överlämnas till Utredningsgruppen."),
    dict(date="2014-03-27", time="", event="Beslut", ctype="-", by="Bo Sjögren",
         text="Beviljas Nyby gård 2014-04-07 -- 2014-08-31. Ärendet överförs till Maja Lundin."),
    dict(date="2014-04-02", time="11:00", event="Uppdrag", ctype="Besök", by="Maja Lundin",
         text="Uppdraget överlämnat personligen till föreståndaren Anders Nyström vid förbesök på Nyby gård; kvitterat. "
              "Kvittens skannad."),
    dict(date="2014-04-07", time="", event="Placering", ctype="Telefon", by="Maja Lundin",
         text="Tomas inskriven."),
    dict(date="2014-04-10", time="10:00", event="Vårdplan", ctype="Besök", by="Maja Lundin",
         text="Vårdplan upprättad på Nyby gård."),
    dict(date="2014-05-20", time="13:00", event="Uppföljning", ctype="Trepartssamtal", by="Maja Lundin",
         text="Trepartssamtal på Nyby gård (Tomas, Hassan Ali, handl., Lena Bäck frivården per telefon). Tomas har lämnat "
              "negativa prov sedan inskrivning, tar disulfiram. Deltar i ART, en frånvaro p.g.a. sjukdom. Skulderna "
              "sammanställda, ca 180 000 kr. Han har varit arg vid två tillfällen men gått undan. Målen följer planen. "
              "Överenskommit: möte med skuldrådgivare 28/5, fortsatt placering."),
    dict(date="2014-08-20", time="10:00", event="Uppföljning", ctype="Utvärderingsmöte", by="Maja Lundin",
         text="Utvärderingsmöte inför utskrvining. Drogfri hela placeringen. ART genomfört. Skuldsanering ansökt. Plats i "
              "arbetsträning på Arbetsmarknadsenheten från 2014-09-08. Dotterns mamma har svarat på brevet, ett första möte "
              "planeras i hösten. Eftervård: samtal i öppenvården varannan vecka. Mål 1-4 uppnådda, mål 5 påbörjat."),
    dict(date="2014-08-31", time="", event="Utskrivning", ctype="-", by="Maja Lundin",
         text="Utskriven enl. plan. Slutrapport inkom 2014-09-03."),
], style="A", width=86)

# =====================================================================================
# 13. SVN 2015/203 Nabil Haddad, cannabis/tramadol, öppenvård Källan. Only a preliminary
#     assessment; assignment without assessment and report-back; undated follow-up form.
# =====================================================================================
D13 = "SVN 2015/203"
c13_utr = [
    ("h1", "Förhandsbedömning och utredning"),
    ("kv", [("Klient", "Nabil Haddad"), ("Ålder", "30 år"), ("Dnr", D13), ("Handläggare", "Emma Virtanen"),
            ("Datum", "2015-03-12")]),
    ("h2", "Aktualisering"),
    ("p", "Nabil kom till Mottagningsgruppen 2015-02-23 och ansökte om hjälp med sitt bruk av cannabis och tramadol."),
    ("h2", "Förhandsbedömning 2015-03-03"),
    ("p", "Nabil berättar att han använder cannabis dagligen och tramadol som han köper utan recept, ”för ryggen”. Han bor "
          "med sin bror, studerar på Komvux på halvtid och har studiemedel. Han säger att han vill sluta innan han ”förstör "
          "studierna”. Urinprov 2015-03-03 positivt för cannabis och tramadol."),
    ("h2", "Planerad utredning"),
    ("p", "ASI-grundintervju bokad 2015-03-10. Kontakt med vårdcentralen angående ryggbesvären planeras."),
    ("h2", "Preliminär bedömning"),
    ("p", "Nabil bedöms preliminärt vara i behov av öppenvård. En fördjupad bedömning görs när ASI-intervjun är genomförd."),
    ("h2", "Tillägg 2015-03-12"),
    ("p", "Nabil uteblev från ASI-intervjun 2015-03-10. Han vill komma igång med behandling så snart som möjligt. Utredningen "
          "avslutas med förslag om öppenvård vid Öppenvården Källan, 2015-03-23 – 2015-09-22."),
    ("sig", ["Emma Virtanen, socialsekreterare, Utredningsgruppen"]),
]
c13_beslut = [
    ("hr",),
    ("h2", "Beslut 2015-03-16"),
    ("p", "Nabil Haddad beviljas öppenvård vid Öppenvården Källan, 2015-03-23 – 2015-09-22, enligt 4 kap. 1 § SoL. "
          "Skäl: Nabil bedöms vara i behov av stöd för att sluta använda droger."),
    ("p", "Bo Sjögren, enhetschef (delegation)"),
]
c13_uppdrag = [
    ("table", {"cls": "plain", "widths": [60, 40], "rows": [[
        "**Eskilstuna kommun**\nE-tjänst Uppdrag vuxen", "Utskriven 2015-03-17 11:09"]]}),
    ("h1", "Uppdrag"),
    ("p", "**Uppdrag skickat via e-tjänst 2015-03-17 kl 11:05** till Öppenvården Källan"),
    ("table", {"widths": [30, 70], "rows": [
        ["Ärende", D13 + " – Nabil Haddad"],
        ["Insats", "Öppenvård 4 kap. 1 § SoL, 2015-03-23 – 2015-09-22"],
        ["Bedömning av behov", "Se utredning."],
        ["Uppdragets innehåll", "Samtal enligt återfallsprevention varje vecka, urinprov varje vecka under första månaden, "
            "därefter varannan vecka. Kontakt med vårdcentralen om smärtlindring."],
        ["Mål", "1. Nabil använder varken cannabis eller tramadol (negativa prov) från 2015-05-01.\n2. Nabil klarar sina "
            "Komvux-kurser under vårterminen."],
        ["Uppföljning", "Genomförandeplan inom tre veckor. Uppföljning med Nabil, behandlare och handläggare efter ca tre "
            "månader; uppföljningsblankett skickas till handläggaren."],
        ["Återrapportering vid avslut", ""],
        ["Handläggare", "Emma Virtanen, tel. 016-710 24 52, emma.virtanen@eskilstuna.se"],
    ]}),
    ("small", "Mottaget av utförare 2015-03-17 13:20 (KÄLLAN)."),
]
c13_gfp = [
    ("h1", "Genomförandeplan – Öppenvården Källan"),
    ("p", "Klient: Nabil Haddad · Behandlare: Sanna Lehto · Upprättad 2015-04-08 tillsammans med Nabil · Uppdrag från "
          "Eskilstuna kommun, Emma Virtanen"),
    ("table", {"head": ["Nr", "Mål", "Delmål", "Vad görs", "Vem", "När"], "widths": [4, 20, 22, 26, 14, 14], "rows": [
        ["1", "Drogfri från 2015-05-01 (negativa prov)", "1.1 Kartlägga när och varför han använder",
         "Funktionsanalys i samtal", "Nabil, Sanna", "Klar 2015-04-22"],
        ["", "", "1.2 Nedtrappning av tramadol", "Läkarbesök vårdcentralen, alternativ smärtlindring", "Nabil, VC",
         "Besök senast 2015-04-20"],
        ["", "", "1.3 Urinprov", "Varje vecka t.o.m. april, sedan varannan vecka", "Sanna", "2015-04-08 – 2015-09-22"],
        ["2", "Klarar Komvux-kurserna våren 2015", "2.1 Studieplan", "Möte med studievägledare", "Nabil",
         "Senast 2015-04-30"],
        ["", "", "2.2 Struktur i vardagen", "Veckoschema som följs upp i samtalen", "Nabil, Sanna", "Varje vecka"],
        ["3", "Hantera ryggsmärta utan tramadol", "3.1 Sjukgymnastik", "Remiss via vårdcentralen", "Nabil", "Maj 2015"],
    ]}),
    ("p", "Uppföljning: planen följs upp med socialsekreteraren efter ca tre månader."),
    ("sig", ["Nabil Haddad          Sanna Lehto"]),
]
c13_uppf = [
    ("letterhead", "Öppenvården Källan", "UPPFÖLJNING AV INSATS\nblankett till beställaren"),
    ("kv", [("Klient", "Nabil Haddad"), ("Dnr", D13), ("Behandlare", "Sanna Lehto")]),
    ("field", "Datum för uppföljningen", ""),
    ("field", "Deltagare", "Nabil, Sanna Lehto, Emma Virtanen (soc.sekr.)"),
    ("field", "Hur har insatsen genomförts?",
     "Nabil har kommit på 13 av 15 samtal. Funktionsanalysen är klar. Han har haft två läkarbesök på vårdcentralen och "
     "fått annan smärtlindring; han har slutat med tramadol."),
    ("field", "Måluppfyllelse",
     "Mål 1: Urinprov negativa för tramadol sedan 20 april, för cannabis sedan 12 maj (ett positivt prov i början av maj). "
     "Delvis uppnått. Mål 2: Har klarat två av tre kurser. Delvis uppnått. Mål 3: Går på sjukgymnastik, mindre ont."),
    ("field", "Klientens synpunkter", "Nabil tycker att samtalen hjälper och vill fortsätta under hösten."),
    ("field", "Fortsatt planering", "Samtal varannan vecka resten av beslutsperioden. Ny ansökan om förlängning diskuteras i "
                                    "september."),
    ("field", "Underskrift behandlare", "Sanna Lehto"),
]
c13_journal = [
    ("h1", "Journalanteckningar"),
    ("p", "Eskilstuna kommun · Dnr %s · Nabil Haddad · Utskrift 2015-09-25" % D13),
] + journal_blocks_table([
    dict(date="2015-02-23", event="Ansökan", ctype="Besök", by="Mottagningsgruppen, Kim Ahl",
         text="Nabil ansöker om hjälp. Förhandsbedömning bokad."),
    dict(date="2015-03-03", event="Förhandsbedömning", ctype="Besök", by="Emma Virtanen",
         text="Samtal, urinprov. ASI bokad 2015-03-10."),
    dict(date="2015-03-10", event="Utebliven", ctype="-", by="Emma Virtanen",
         text="Nabil uteblev från ASI. Ringer och ber om ursäkt, vill börja behandling."),
    dict(date="2015-03-16", event="Beslut", ctype="-", by="Bo Sjögren",
         text="Öppenvård Källan beviljas."),
    dict(date="2015-03-17", time="11:05", event="Uppdrag", ctype="E-tjänst", by="Emma Virtanen",
         text="Uppdrag skickat till Källan via e-tjänsten."),
    dict(date="2015-04-09", event="Inkommen handling", ctype="Post", by="Emma Virtanen",
         text="GFP från Källan inkommen."),
    dict(date="2015-09-07", event="Telefon", ctype="Telefon", by="Emma Virtanen",
         text="Nabil ringer och frågar om förlängning. Handl. skickar ansökningsblankett."),
])

# =====================================================================================
# 14. SVN 2015/118 Linda Persson, alkohol, HVB Hagagården. Plan with empty goal field and
#     no dates; good follow-up; e-mail assignment.
# =====================================================================================
D14 = "SVN 2015/118"
c14_utr = [
    ("h1", "Utredning"),
    ("kv", [("Klient", "Linda Persson, 26 år"), ("Dnr", D14), ("Utredare", "Jenny Karlsson"), ("Datum", "2015-02-20")]),
    ("h2", "Aktualisering och ansökan"),
    ("p", "Linda vårdades på psykiatrisk akutavdelning 2015-01-18 – 2015-01-22 efter en period av intensivt drickande och "
          "självskadehandlingar. Hon ansökte 2015-01-26 om behandlingshem."),
    ("h2", "Underlag"),
    ("p", "Samtal 2015-01-29, 2015-02-05 (ASI) och 2015-02-17. Kontakt med psykiatrin och med Lindas mamma. AUDIT 29 p."),
    ("h2", "Lindas situation"),
    ("p", "Linda bor ensam i en etta, studerar inte och har inget arbete sedan hon avbröt en vårdutbildning 2013. Hon dricker "
          "i perioder av flera veckor, ofta tillsammans med en äldre pojkvän. Hon har en emotionell instabil "
          "personlighetsstörning diagnostiserad 2014 och går i DBT-behandling inom psykiatrin som hon missat flera gånger. "
          "Mamman är ett stöd men bor i Göteborg."),
    ("h3", "ASI 2015-02-05"),
    ("p", "Alkohol I 7, psykisk hälsa I 7, familj/umgänge I 5, arbete/försörjning I 5. Narkotika I 1 (enstaka "
          "cannabis), kriminalitet 0, fysisk hälsa I 2."),
    ("h3", "Psykiatrin"),
    ("quote", "”Bedömning: Patienten har en emotionellt instabil personlighetsstörning och ett alkoholberoende. Psykiatrin "
              "fortsätter DBT men bedömer att alkoholbehandling i skyddad miljö är en förutsättning för att den ska fungera.”"),
    ("h2", "Analys"),
    ("p", "Linda har ett alkoholberoende där drickandet går i perioder och hänger ihop med hennes självskadebeteende och en "
          "destruktiv relation. Den psykiatriska behandlingen fungerar inte så länge hon dricker. Hon är ensam i vardagen och "
          "saknar sysselsättning. Linda behöver en period i en alkoholfri och trygg miljö där beroendebehandling kan kombineras "
          "med att hon fullföljer DBT, och där hon får hjälp att se över relationen till pojkvännen och planera för "
          "sysselsättning. Hagagården tar emot unga kvinnor med samsjuklighet och samarbetar med psykiatrin i Eskilstuna, så att "
          "hon kan behålla sin DBT-terapeut."),
    ("h2", "Slutsats och förslag"),
    ("p", "Linda Persson föreslås beviljas behandling vid Hagagården, HVB, 2015-03-02 – 2015-06-30 enligt 4 kap. 1 § SoL."),
    ("sig", ["Jenny Karlsson, socialsekreterare"]),
]
c14_beslut = [
    ("letterhead", "Eskilstuna kommun\nSocialnämnden", "BESLUT 2015-02-24\n" + D14),
    ("h1", "Beslut"),
    ("p", "Linda Persson beviljas bistånd i form av behandling vid Hagagården, HVB, under perioden 2015-03-02 – 2015-06-30. "
          "Lagrum 4 kap. 1 § SoL."),
    ("p", "Skäl för beslutet: se utredning 2015-02-20."),
    ("sig", ["Bo Sjögren, enhetschef"]),
]
c14_mejl = email_blocks(
    "Lundin Maja", "'Hagagården – intag' <intag@hagagarden.se>", "den 26 februari 2015 09:48",
    "Uppdrag placering Linda Persson " + D14, [
        ("p", "Hej,"),
        ("p", "Som vi pratade om kommer Linda till er måndag 2/3. Här är uppdraget. Beslut och utredning skickas med post."),
        ("p", "**Insats:** HVB enligt 4 kap. 1 § SoL 2015-03-02 – 2015-06-30."),
        ("p", "**Vår bedömning av Lindas behov:** Linda har ett periodvis alkoholberoende som hänger ihop med självskada och en "
              "destruktiv relation; DBT inom psykiatrin fungerar inte så länge hon dricker. Hon behöver alkoholfri och trygg "
              "miljö, beroendebehandling kombinerad med fortsatt DBT, hjälp kring relationen och planering för sysselsättning."),
        ("p", "**Uppdraget:** Er behandling för unga kvinnor, alkoholtest, skjuts till DBT en gång i veckan, samtal om relationer, "
              "stöd att söka studier eller praktik."),
        ("p", "**Mål:** 1. Linda är nykter under placeringen. 2. Linda går på alla DBT-tillfällen. 3. Linda har en plan för "
              "sysselsättning från hösten 2015 när hon skrivs ut."),
        ("p", "**Uppföljning:** Ni gör en genomförandeplan med Linda inom tre veckor. Vi ses för utvärderingsmöte efter ca "
              "tio veckor och igen innan utskrivning."),
        ("p", "**När placeringen avslutas** vill jag ha en skriftlig slutrapport om måluppfyllelse, hur Linda mår och vad ni "
              "rekommenderar för eftervård."),
        ("p", "Med vänlig hälsning\n\nMaja Lundin\nSocialsekreterare\nPlacerings- och uppföljningsgruppen\nEskilstuna kommun\n"
              "Tfn 016-710 25 11\nmaja.lundin@eskilstuna.se"),
    ])
c14_gfp = [
    ("letterhead", "Hagagården HVB", "GENOMFÖRANDEPLAN"),
    ("kv", [("Namn", "Linda Persson"), ("Inskriven", "2015-03-02"), ("Kontaktperson", "Frida Holm"),
            ("Upprättad", "2015-03-20")]),
    ("field", "Övergripande mål", ""),
    ("field", "Delmål",
     "• Må bättre\n• Inte dricka\n• Fundera på boende och vad hon vill göra efter Hagagården\n• Gå på DBT"),
    ("field", "Aktiviteter", "Gruppbehandling, enskilda samtal, friskvård, DBT-skjuts"),
    ("field", "Ansvarig", "Personalen"),
    ("field", "Tidplan", ""),
    ("field", "Lindas synpunkter", "Vill ha mer egen tid."),
    ("checks", [(True, "Planen är gjord tillsammans med den boende"), (False, "Planen är skickad till socialtjänsten")]),
]
c14_journal = journal_plain([
    "ESKILSTUNA KOMMUN  Socialförvaltningen   JOURNALANTECKNINGAR",
    "Dnr: %s   Linda Persson" % D14,
    "Utskrivet 2015-07-08",
], [
    dict(date="2015-01-26", time="10:00", event="Ansökan", ctype="Besök", by="Mottagningsgruppen, Kim Ahl",
         text="Linda ansöker om behandlingshem. Till utredning."),
    dict(date="2015-02-24", time="", event="Beslut", ctype="-", by="Bo Sjögren",
         text="Hagagården beviljas 2015-03-02 -- 2015-06-30. Ärendet till Maja Lundin."),
    dict(date="2015-02-26", time="09:48", event="Uppdrag", ctype="E-post", by="Maja Lundin",
         text="Uppdrag mejlat till Hagagården, intag. Kvitterat av Frida Holm 10.20."),
    dict(date="2015-03-02", time="", event="Placering", ctype="Telefon", by="Maja Lundin",
         text="Linda inskriven."),
    dict(date="2015-03-25", time="", event="Inkommen handling", ctype="Post", by="Maja Lundin",
         text="GFP inkommen, tunn. Handl. ber Hagagården komplettera med datum och mål, tas upp på utvärderingsmötet."),
    dict(date="2015-05-12", time="13:00", event="Uppföljning", ctype="Utvärderingsmöte", by="Maja Lundin",
         text="Vi träffades på Hagagården för att se hur det gått: Linda, Frida Holm och handl. Linda har varit nykter sedan "
              "inskrivningen, ett positivt alkotest efter en permission i april som hon själv berättat om. Hon har gått på "
              "8 av 10 DBT-tillfällen. Inga självskador sedan mars. Hon har gjort slut med pojkvännen. Hon har sökt en "
              "undersköterskeutbildning på Komvux till hösten. Mål 1-3 går i rätt riktning. Överenskommit att placeringen "
              "fortsätter till 30/6 och att eftervård planeras."),
    dict(date="2015-06-24", time="14:00", event="Uppföljning", ctype="Trepartssamtal", by="Maja Lundin",
         text="Avslutande samtal inför utskrivning. Antagen till Komvux. Nykter. Fortsätter DBT i psykiatrin och "
              "får samtal i öppenvården varannan vecka (ansökan inkommen). Slutrapport utlovad."),
    dict(date="2015-06-30", time="", event="Utskrivning", ctype="-", by="Maja Lundin",
         text="Utskriven enligt plan."),
], style="A", width=86)

CASES = [
    dict(municipality="Eskilstuna", dnr=D12, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx", layout="portrait+two-column",
                  hf={"tl": KOM, "tr": "Dnr " + D12, "bl": "Utredningsgruppen vuxen", "br": "Sida {page} av {pages}"},
                  blocks=c12_utr, font="dejavuserif", size="9.5pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="chromium",
                  hf={"bl": KOM}, blocks=c12_beslut, font="dejavuserif", size="10pt"),
             dict(key="uppdrag", file="uppdrag_nyby_gard.pdf", type="uppdragsbeskrivning (formulär, kvitterad)",
                  producer="docx", layout="portrait+scan",
                  hf={"tl": KOM, "tr": "Dnr " + D12, "br": "Sida {page} av {pages}"}, blocks=c12_uppdrag,
                  font="dejavuserif", size="9.5pt", post=[("scan", [2])]),
             dict(key="vardplan", file="vardplan.pdf", type="vårdplan", producer="chromium",
                  hf={"tl": KOM, "br": "Sida {page} av {pages}"}, blocks=c12_vardplan, font="dejavuserif", size="9.5pt"),
             dict(key="gfp", file="genomforandeplan.pdf", type="genomförandeplan", producer="chromium", layout="portrait+rotated-page",
                  hf={"tl": "Nyby gård behandlingshem", "br": "{page} ({pages})"}, blocks=c12_gfp, font="sans", size="10.5pt",
                  post=[("rotate", [1]), ("qpdf",)]),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="enscript",
                  text=c12_journal, enscript_header="Journal|" + D12 + "|Sida $% av $="),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' states what Tomas needs (drug-free setting, alcohol-aggression treatment, finances, sober life, daughter) and 'Slutsats och förslag' why Nyby gård; frivården's 'bedömning' is quoted separately; assignment restates.",
                                   ev=[("utredning", [("range", "Tomas har ett långvarigt alkoholberoende och ett regelbundet", "Frivården har godtagit placeringen")]),
                                       ("uppdrag", ["Långvarigt alkoholberoende och cannabisbruk som lett till våld"])]),
             planning=dict(label="ja", why="Vårdplan table with dated goals, activities and responsible, and genomförandeplan with numbered sub-goals (page 1 rotated).",
                           ev=[("vardplan", [("range", "Vårdplan", "Vårdplanen följs upp 2014-05-20")]),
                               ("gfp", [("range", "Mål 1 Drogfrihet", "Tomas synpunkter")])]),
             follow_up=dict(label="ja", why="Journal trepartssamtal 2014-05-20 and utvärderingsmöte 2014-08-20 with outcomes per goal.",
                            ev=[("journal", ["Trepartssamtal på Nyby gård", "Utvärderingsmöte inför utskrvining"])]),
             assignment_description=dict(label="ja", why="Assignment form with all elements; page 2 (report-back, officer's contact, provider's receipt 2014-04-02) is a scanned page; journal records handover.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "UPPDRAG TILL UTFÖRARE", "Uppdraget mottaget av Nyby gård")]),
                                             ("journal", ["Uppdraget överlämnat personligen"])]),
         )),
    dict(municipality="Eskilstuna", dnr=D13, scenario="",
         docs=[
             dict(key="utredning", file="utredning_beslut.pdf", type="förhandsbedömning/utredning + beslut", producer="chromium",
                  hf={"tl": KOM, "tr": D13, "br": "Sida {page} av {pages}"}, blocks=c13_utr + c13_beslut, font="dejavuserif", size="10pt"),
             dict(key="uppdrag", file="uppdrag_etjanst.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"br": "{page}/{pages}"}, blocks=c13_uppdrag, font="dejavu", size="9pt", post=[("qpdf",)]),
             dict(key="gfp", file="genomforandeplan_kallan.pdf", type="genomförandeplan", producer="docx", landscape=True,
                  layout="landscape", hf={"tl": "Öppenvården Källan", "br": "Sida {page} av {pages}"}, blocks=c13_gfp,
                  font="sans", size="10pt"),
             dict(key="uppf", file="uppfoljning_kallan.pdf", type="uppföljning (blankett)", producer="reportlab",
                  hf={"tl": "Öppenvården Källan", "br": "{page}"}, blocks=c13_uppf, size="9.5pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "tr": D13, "br": "Sida {page} av {pages}"}, blocks=c13_journal, font="dejavuserif", size="9.5pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="delvis", why="Only a 'Preliminär bedömning' ('bedöms preliminärt vara i behov av öppenvård'), announced deeper assessment never made; decision gives only a conclusion.",
                                   ev=[("utredning", ["Nabil bedöms preliminärt vara i behov av öppenvård", "Skäl: Nabil bedöms vara i behov av stöd"])]),
             planning=dict(label="ja", why="Landscape genomförandeplan table with numbered goals/sub-goals, who and when.",
                           ev=[("gfp", [("range", "Genomförandeplan – Öppenvården Källan", "Uppföljning: planen följs upp")])]),
             follow_up=dict(label="delvis", why="Follow-up form from Källan records outcome per goal, but its date field is empty and the journal never records when it took place.",
                            ev=[("uppf", [("range", "UPPFÖLJNING AV INSATS", "Sanna Lehto")])]),
             assignment_description=dict(label="delvis", why="Portal assignment sent 2015-03-17 kl 11:05 has content, goals, follow-up and officer, but assessment is only 'Se utredning' and 'Återrapportering vid avslut' is empty.",
                                         present="bcdfg",
                                         ev=[("uppdrag", [("range", "Uppdrag skickat via e-tjänst 2015-03-17", "Mottaget av utförare")]),
                                             ("journal", ["Uppdrag skickat till Källan via e-tjänsten"])]),
         )),
    dict(municipality="Eskilstuna", dnr=D14, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": "Dnr " + D14, "br": "Sida {page} av {pages}"}, blocks=c14_utr, font="dejavuserif", size="10pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="chromium",
                  hf={"bl": KOM}, blocks=c14_beslut, font="dejavuserif", size="10pt"),
             dict(key="mejl", file="uppdrag_mejl_hagagarden.pdf", type="uppdragsbeskrivning (e-post)", producer="chromium",
                  hf={"tl": "Maja Lundin", "br": "{page}"}, blocks=c14_mejl, font="sans", size="10pt"),
             dict(key="gfp", file="gfp_hagagarden.pdf", type="genomförandeplan (formulär)", producer="reportlab",
                  hf={"tl": "Hagagården HVB", "br": "{page}"}, blocks=c14_gfp, size="10pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="enscript",
                  text=c14_journal, enscript_header="Journal|" + D14 + "|Sida $% av $="),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' explains the needs (alcohol-free safe setting, DBT, relationship, occupation) and why Hagagården; psychiatry's 'Bedömning' quoted separately; e-mail restates.",
                                   ev=[("utredning", [("range", "Linda har ett alkoholberoende där drickandet går i perioder", "Linda Persson föreslås beviljas")]),
                                       ("mejl", ["Linda har ett periodvis alkoholberoende"])]),
             planning=dict(label="delvis", why="Genomförandeplan form exists but 'Övergripande mål' and 'Tidplan' are empty, sub-goals are vague ('Må bättre') and responsibility is just 'Personalen'.",
                           ev=[("gfp", [("range", "GENOMFÖRANDEPLAN", "Planen är gjord tillsammans")])]),
             follow_up=dict(label="ja", why="Journal 2015-05-12 utvärderingsmöte ('Vi träffades ... för att se hur det gått') and 2015-06-24 trepartssamtal, with outcome.",
                            ev=[("journal", ["för att se hur det gått", "Avslutande samtal inför utskrivning"])]),
             assignment_description=dict(label="ja", why="E-mail sent 26 Feb 2015 09:48 with assessment, content, goals, follow-up, end report, officer phone/e-mail; journal confirms.",
                                         present="abcdefg",
                                         ev=[("mejl", [("range", "Uppdrag placering Linda Persson", "maja.lundin@eskilstuna.se")]),
                                             ("journal", ["Uppdrag mejlat till Hagagården"])]),
         )),
]
