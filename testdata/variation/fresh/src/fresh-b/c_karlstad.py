# -*- coding: utf-8 -*-
"""Karlstad: three cases. Arbetsmarknads- och socialförvaltningen, Vuxenenheten with
Mottagningsgruppen, Utredningsgruppen missbruk and Uppföljningsgruppen; diarienummer ASN ÅÅÅÅ/NNN."""
from common import journal_plain, journal_blocks_table, journal_blocks_kv, email_blocks

KOM = "Karlstads kommun · Arbetsmarknads- och socialförvaltningen"

# =====================================================================================
# 18. ASN 2015/214 Emil Nordström, amfetamin, HVB Lövåsen. Empty 'Analys', conclusion only;
#     good plan and follow-up; assignment only given orally.
# =====================================================================================
D18 = "ASN 2015/214"
c18_utr = [
    ("letterhead", "Karlstads kommun\nVuxenenheten – Utredningsgruppen missbruk", "UTREDNING\n" + D18),
    ("h1", "Utredning avseende Emil Nordström"),
    ("kv", [("Född", "1988"), ("Ansökan", "2015-02-02"), ("Utredning klar", "2015-02-26"), ("Utredare", "Johanna Berg")]),
    ("h2", "Ärendet"),
    ("p", "Emil ansökte om behandling på behandlingshem 2015-02-02, efter en tid i häkte i januari. Frivården har i uppdrag "
          "att verkställa hans skyddstillsyn och har haft kontakt med Vuxenenheten sedan december."),
    ("h2", "Utredningsunderlag"),
    ("p", "Samtal 2015-02-04, 2015-02-11 (ASI), 2015-02-24. Frivårdens yttrande. Urinprov."),
    ("h2", "ASI-grundintervju 2015-02-11"),
    ("table", {"head": ["Område", "Intervjuarens skattning", "Kommentar"], "widths": [24, 18, 58], "rows": [
        ["Fysisk hälsa", "3", "Viktnedgång, dålig sömn"],
        ["Arbete/försörjning", "6", "Aldrig haft fast arbete. Försörjningsstöd."],
        ["Alkohol", "2", "Dricker i samband med amfetamin"],
        ["Narkotika", "8", "Amfetamin dagligen sedan 2012, injicerar sedan 2014"],
        ["Kriminalitet", "7", "Stölder, narkotikabrott, skyddstillsyn 2015"],
        ["Familj/umgänge", "5", "Kontakt med mamma; umgås med personer i missbruk"],
        ["Psykisk hälsa", "5", "Paranoida tankar vid hög konsumtion"],
    ]}),
    ("h2", "Frivården"),
    ("quote", "”Frivårdens bedömning är att Nordström har en hög risk för fortsatt brottslighet så länge missbruket pågår. "
              "Frivården ser behandling på institution som en förutsättning för att skyddstillsynen ska kunna genomföras.” "
              "(Frivårdsinspektör Ola Sand, 2015-02-18)"),
    ("h2", "Emils egen uppfattning"),
    ("p", "Emil vill komma ifrån Karlstad: ”Här känner jag alla som säljer.”"),
    ("h2", "Analys"),
    ("p", ""),
    ("h2", "Slutsats och förslag"),
    ("p", "Emil bedöms vara i behov av behandling på HVB. Förslag: Emil Nordström beviljas behandling vid Lövåsen "
          "behandlingshem enligt 4 kap. 1 § SoL, 2015-03-09 – 2015-08-31."),
    ("sig", ["Johanna Berg, socialsekreterare"]),
]
c18_beslut = [
    ("letterhead", "KARLSTADS KOMMUN\nArbetsmarknads- och socialnämnden", "BESLUT\n2015-03-03\n" + D18),
    ("h1", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
    ("p", "Emil Nordström beviljas behandling vid Lövåsen behandlingshem, HVB, under perioden 2015-03-09 – 2015-08-31."),
    ("p", "Skäl för beslutet: Se utredning."),
    ("sig", ["Tove Lindh, enhetschef"]),
    ("small", "Överklagande: se bifogad information."),
]
c18_gfp = [
    ("letterhead", "Lövåsen behandlingshem", "Genomförandeplan\n2015-04-02"),
    ("kv", [("Boende", "Emil Nordström"), ("Inskriven", "2015-03-09"), ("Kontaktperson", "Henrik Moberg"),
            ("Socialsekreterare", "Johanna Berg, Karlstads kommun")]),
    ("h2", "1. Drogfrihet"),
    ("p", "Mål: Emil lämnar negativa urinprov under hela vistelsen (kontroll två gånger i veckan)."),
    ("ol", ["Delmål 1.1 – Emil deltar i morgonmöte och programpass varje vardag. Ansvarig: Emil, personalen. Fr.o.m. 2015-04-06.",
            "Delmål 1.2 – Återfallsprevention med kontaktpersonen, klar plan 2015-05-15. Ansvarig: Henrik Moberg.",
            "Delmål 1.3 – Emil gör en lista över kontakter han ska bryta med. Ansvarig: Emil/Henrik. Klar 2015-04-30."]),
    ("h2", "2. Hälsa"),
    ("p", "Mål: Emil sover minst sju timmar per natt och har gått upp i vikt (5 kg) till 2015-06-30."),
    ("ol", ["Delmål 2.1 – Läkarbesök för sömn och provtagning. Ansvarig: SSK Lena Ahl. Senast 2015-04-15.",
            "Delmål 2.2 – Träning tre gånger i veckan. Ansvarig: Emil, friskvårdsansvarig. Löpande."]),
    ("h2", "3. Sysselsättning och utslussning"),
    ("p", "Mål: Emil har en plan för sysselsättning och boende i Karlstad senast 2015-08-15."),
    ("ol", ["Delmål 3.1 – Emil arbetstränar i Lövåsens snickeri fyra dagar/vecka. Ansvarig: arbetsledare. Fr.o.m. 2015-05-04.",
            "Delmål 3.2 – Möte med Arbetsförmedlingen och socialsekreteraren. Ansvarig: Henrik, Johanna Berg. Juli 2015."]),
    ("p", "Planen följs upp vid trepartssamtal och revideras vid behov."),
    ("sig", ["Emil Nordström         Henrik Moberg"]),
]
c18_journal = [
    ("h1", "Journal – utskrift"),
    ("p", "Karlstads kommun · " + D18 + " · Emil Nordström · Utskrift 2015-09-15"),
] + journal_blocks_table([
    dict(date="2015-02-02", event="Ansökan", ctype="Besök", by="Mottagningsgruppen, Per Dahl",
         text="Emil ansöker om behandlingshem. Frivården var med."),
    dict(date="2015-03-03", event="Beslut", ctype="-", by="Tove Lindh",
         text="Lövåsen beviljas 2015-03-09 -- 2015-08-31."),
    dict(date="2015-03-04", time="09:20", event="Kontakt utförare", ctype="Telefon", by="Johanna Berg",
         text="Uppdraget lämnades muntligt vid telefonsamtal med föreståndare Karl Wennberg, Lövåsen: Emils bakgrund, "
              "beslutets period och att frivården ska bjudas in. Skriftlig uppdragsbeskrivning skickas senare."),
    dict(date="2015-03-09", event="Placering", ctype="Telefon", by="Johanna Berg",
         text="Emil inskriven. Kört dit av frivården."),
    dict(date="2015-04-07", event="Inkommen handling", ctype="Post", by="Johanna Berg",
         text="GFP från Lövåsen inkommen."),
    dict(date="2015-05-20", time="10:00", event="Uppföljning", ctype="Trepartssamtal", by="Johanna Berg",
         text="Trepartssamtal på Lövåsen med Emil, Henrik Moberg och Ola Sand (frivården). Emil har lämnat negativa prov hela "
              "tiden utom ett (april, efter permission). Han sover bättre och har gått upp 3 kg. Arbetstränar i snickeriet "
              "sedan 4/5 och trivs. Listan över kontakter är gjord. Mål 1 och 2 går enl. plan; mål 3 påbörjat. Överenskommit "
              "att fortsätta, nästa möte i augusti."),
    dict(date="2015-08-19", time="13:00", event="Uppföljning", ctype="Trepartssamtal", by="Johanna Berg",
         text="Avslutande trepartssamtal. Drogfri sedan april. Har fått en träningslägenhet via Boendeenheten från 1/9 och "
              "praktik via Arbetsförmedlingen. Eftervård i Karlstads öppenvård, ansökan inkommen. Frivården nöjd."),
    dict(date="2015-08-31", event="Utskrivning", ctype="-", by="Johanna Berg",
         text="Utskriven enligt plan."),
])

# =====================================================================================
# 19. ASN 2014/590 Malin Dahl, alkohol, öppenvård. Good assessment and portal assignment;
#     vague free-text plan; follow-up only planned and then cancelled.
# =====================================================================================
D19 = "ASN 2014/590"
c19_utr = [
    ("letterhead", "Karlstads kommun\nVuxenenheten – Utredningsgruppen missbruk", "UTREDNING\n" + D19 + "\n2014-11-18"),
    ("h1", "Utredning – Malin Dahl"),
    ("h2", "Aktualisering"),
    ("p", "Malin, 36 år, ansökte 2014-10-13 om stöd för sitt drickande. Hon har två barn, 7 och 9 år. Barnens skola gjorde i "
          "september en orosanmälan till Barn och familj efter att Malin kommit berusad till ett föräldramöte; "
          "barnutredningen pågår parallellt."),
    ("h2", "Underlag"),
    ("p", "Samtal 2014-10-20, 2014-10-28 (ASI), 2014-11-11. Samråd med barnutredaren. Kontakt med Malins sambo. PEth "
          "2014-10-28: 0,9 µmol/l."),
    ("h2", "Situation och ASI"),
    ("p", "Malin arbetar som butiksbiträde på 75 %. Hon dricker vin flera kvällar i veckan när barnen har somnat, och har på "
          "senare tid även druckit på eftermiddagar. Hon beskriver stress, ensamhet i föräldraskapet och att hon "
          "”belönar sig” med vin. ASI: alkohol I 6, familj/umgänge I 5, psykisk hälsa I 4, arbete I 2."),
    ("h2", "Analys"),
    ("p", "Malins drickande har ökat under det senaste året och har nu lett till att barnen påverkas och att en barnutredning "
          "pågår. Hon har arbete, bostad och en sambo som vill stötta henne, och hon är själv angelägen om att sluta. Malin "
          "behöver behandling som hjälper henne att bryta kvällsdrickandet, strategier för att hantera stress utan alkohol, "
          "och stöd i föräldraskapet i samverkan med Barn och familj. Gruppbehandling i öppenvård på dagtid passar hennes "
          "arbetstider och ger henne ett sammanhang med andra i liknande situation, vilket hon själv efterfrågar."),
    ("h2", "Slutsats och förslag"),
    ("p", "Malin Dahl föreslås beviljas öppenvård (alkoholgrupp och enskilda samtal) vid Karlstads öppenvård, Alkoholgruppen, "
          "enligt 4 kap. 1 § SoL, 2014-12-01 – 2015-05-31."),
    ("sig", ["Johanna Berg, socialsekreterare, 054-540 00 00 (vx)"]),
    ("hr",),
    ("h3", "Beslut 2014-11-20"),
    ("p", "Bifalles enligt förslaget. Skäl för beslutet: utredningens analys. – Tove Lindh, enhetschef"),
]
c19_uppdrag = [
    ("table", {"cls": "plain", "widths": [60, 40], "rows": [[
        "**KARLSTADS KOMMUN**\nUppdragsmodulen – e-tjänst", "Utskrift 2014-11-21 15:10"]]}),
    ("h1", "Uppdrag till utförare"),
    ("p", "**Uppdrag skickat via e-tjänst 2014-11-21 kl 15:03**"),
    ("table", {"widths": [30, 70], "rows": [
        ["Ärende", D19 + ", Malin Dahl"],
        ["Utförare", "Karlstads öppenvård – Alkoholgruppen"],
        ["Insats", "Öppenvård, 4 kap. 1 § SoL, 2014-12-01 – 2015-05-31"],
        ["Nämndens bedömning av behov", "Ökat drickande som påverkar barnen (barnutredning pågår). Har arbete, bostad och stöd "
            "av sambo. Behöver bryta kvällsdrickandet, strategier för stress utan alkohol och föräldrastöd i samverkan med "
            "Barn och familj. Grupp på dagtid passar arbetstiderna och ger sammanhang."],
        ["Uppdraget omfattar", "Alkoholgrupp en gång/vecka (12 träffar), enskilda samtal varannan vecka, PEth varje månad, "
            "samverkan med barnutredaren."],
        ["Mål", "1. Malin dricker inte alkohol (PEth under 0,05) från 2015-02-01.\n2. Malin har minst tre strategier för "
            "stress som hon använder.\n3. Barnen upplever att mamma är nykter (enligt barnutredningen)."],
        ["Uppföljning", "Utföraren gör genomförandeplan inom tre veckor. Uppföljningssamtal med Malin, behandlare och "
            "handläggare efter tre månader och vid avslut."],
        ["Återrapportering", "Skriftlig slutrapport vid avslut: närvaro, provresultat, måluppfyllelse, rekommendation."],
        ["Ansvarig handläggare", "Johanna Berg, Utredningsgruppen missbruk, 054-540 47 21, johanna.berg@karlstad.se"],
    ]}),
    ("small", "Mottaget av utförare 2014-11-24 08:12."),
]
c19_plan = [
    ("h1", "Planering"),
    ("p", "Karlstads öppenvård, Alkoholgruppen · Malin Dahl · 2014-12-15"),
    ("p", "Malin ska gå i alkoholgruppen och på enskilda samtal. Hon vill sluta dricka och må bättre, och hon vill att "
          "det ska bli lugnare hemma. Vi kommer att prata om stress och om hur hon kan göra i stället för att dricka. "
          "Vi tar prover ibland. Vi hjälps åt att ha kontakt med Barn och familj om det behövs."),
    ("p", "Malin tycker att planen är bra."),
    ("sig", ["Behandlare: Sofia Ekholm"]),
]
c19_journal = journal_plain([
    "KARLSTADS KOMMUN  Vuxenenheten",
    "JOURNAL  %s  Malin Dahl" % D19,
    "Utskrift 2015-06-12",
], [
    dict(date="2014-10-13", time="11:00", event="Ansökan", ctype="Telefon", by="Mottagningsgruppen, Per Dahl",
         text="Malin ansöker om stöd för alkohol. Barnutredning pågår hos Barn och familj. Till utredning."),
    dict(date="2014-11-20", time="", event="Beslut", ctype="-", by="Tove Lindh",
         text="Öppenvård Alkoholgruppen beviljas 2014-12-01 -- 2015-05-31."),
    dict(date="2014-11-21", time="15:03", event="Uppdrag", ctype="E-tjänst", by="Johanna Berg",
         text="Uppdrag skickat via e-tjänst till Alkoholgruppen."),
    dict(date="2014-12-16", time="", event="Inkommen handling", ctype="E-tjänst", by="Johanna Berg",
         text="Planering från öppenvården inkommen. Uppföljning ska ske om tre månader, handl. kallar."),
    dict(date="2015-03-04", time="", event="Uppföljning", ctype="Planering", by="Johanna Berg",
         text="Uppföljningssamtal bokat 2015-03-18 kl. 13 på öppenvården. Kallelse skickad till Malin."),
    dict(date="2015-03-18", time="", event="Uppföljning", ctype="Inställt", by="Johanna Berg",
         text="Uppföljningssamtalet inställt, Malin sjuk. Ny tid 2015-04-15."),
    dict(date="2015-04-14", time="", event="Uppföljning", ctype="Inställt", by="Johanna Berg",
         text="Öppenvården ringer och ställer in morgondagens möte pga personalbrist. Ny tid ska bokas efter "
              "sommaren."),
    dict(date="2015-06-02", time="", event="Avslut", ctype="-", by="Johanna Berg",
         text="Beslutet löpte ut 2015-05-31. Någon uppföljning av insatsen har inte kommit till stånd och slutrapport har inte "
              "inkommit. Handl. har begärt slutrapport. Ärendet avslutas i avvaktan på eventuell ny ansökan."),
], style="A", width=86)

# =====================================================================================
# 20. ASN 2015/377 Roger Berglund, alkohol, öppenvård. Assembled file: application, AUDIT,
#     decision with empty reasons, blank plan form, journal with 'avstämning'.
# =====================================================================================
D20 = "ASN 2015/377"
c20_ansokan = [
    ("letterhead", "Karlstads kommun\nMottagningsgruppen vuxen", "ANSÖKAN / AKTUALISERING\n" + D20),
    ("kv", [("Namn", "Roger Berglund"), ("Ålder", "49 år"), ("Datum", "2015-04-13"), ("Mottagare", "Per Dahl")]),
    ("field", "Ansökan avser", "Öppenvård för alkoholproblem"),
    ("field", "Anledning (sökandens uppgifter)",
     "Roger dricker mycket sedan han blev arbetslös i höstas. Frun har sagt att hon flyttar om han inte gör något. Han vill "
     "gå på samtal, inte ”bli inlagd”."),
    ("field", "Handläggning", "Förenklad handläggning enligt riktlinjer för öppenvård utan utredning. AUDIT genomförd."),
]
c20_audit = [
    ("letterhead", "Karlstads kommun\nMottagningsgruppen vuxen", "AUDIT – resultat\n2015-04-13"),
    ("p", "Klient: Roger Berglund · Dnr " + D20),
    ("table", {"head": ["Fråga", "Svar", "Poäng"], "widths": [62, 28, 10], "rows": [
        ["1. Hur ofta dricker du alkohol?", "4 ggr/vecka eller mer", "4"],
        ["2. Hur många glas en typisk dag?", "7–9", "3"],
        ["3. Hur ofta sex glas eller mer vid samma tillfälle?", "Varje vecka", "3"],
        ["4. Inte kunnat sluta när du väl börjat?", "Varje månad", "2"],
        ["5. Misslyckats göra det som förväntades?", "Varje månad", "2"],
        ["6. Behövt en drink på morgonen?", "Mindre än en gång i månaden", "1"],
        ["7. Skuldkänslor efter drickande?", "Varje vecka", "3"],
        ["8. Inte kunnat minnas kvällen innan?", "Mindre än en gång i månaden", "1"],
        ["9. Skadat dig själv eller annan?", "Nej", "0"],
        ["10. Någon har varit bekymrad?", "Ja, under senaste året", "4"],
    ]}),
    ("p", "**Summa: 23 poäng.** Tolkning enligt manual: 20 poäng eller mer tyder på alkoholberoende."),
]
c20_beslut = [
    ("letterhead", "KARLSTADS KOMMUN\nArbetsmarknads- och socialnämnden", "BESLUT\n2015-04-20\n" + D20),
    ("h1", "Beslut om bistånd"),
    ("table", {"widths": [30, 70], "rows": [
        ["Sökande", "Roger Berglund"],
        ["Beslut", "Öppenvård vid Karlstads öppenvård beviljas 2015-04-27 – 2015-10-26 enligt 4 kap. 1 § SoL."],
        ["Skäl för beslutet", ""],
        ["Beslutsfattare", "Per Dahl, socialsekreterare (delegation)"],
    ]}),
]
c20_gfp = [
    ("letterhead", "Karlstads öppenvård", "GENOMFÖRANDEPLAN"),
    ("kv", [("Namn", ""), ("Datum", ""), ("Behandlare", "")]),
    ("field", "Mål", ""),
    ("field", "Delmål", ""),
    ("field", "Aktiviteter – vad ska göras?", ""),
    ("field", "Vem ansvarar?", ""),
    ("field", "När?", ""),
    ("field", "Uppföljning av planen", ""),
    ("field", "Klientens synpunkter", ""),
]
c20_journal = journal_plain([
    "KARLSTADS KOMMUN  Vuxenenheten",
    "JOURNAL  %s  Roger Berglund" % D20,
    "Utskrift 2015-09-30",
], [
    dict(date="2015-04-13", time="14:00", event="Ansökan", ctype="Besök", by="Per Dahl, Mottagningsgruppen",
         text="Roger ansöker om öppenvård. AUDIT 23 p. Förenklad handläggning."),
    dict(date="2015-04-20", time="", event="Beslut", ctype="-", by="Per Dahl",
         text="Öppenvård beviljas 2015-04-27 -- 2015-10-26."),
    dict(date="2015-04-21", time="10:15", event="Kontakt utförare", ctype="Telefon", by="Per Dahl",
         text="Roger hänvisad till Karlstads öppenvård. Muntlig överrapportering till behandlare Anna Sjöstedt. Roger får "
              "själv ringa och boka första tid. GFP-blankett skickad till öppenvården."),
    dict(date="2015-05-04", time="", event="Inkommen handling", ctype="Post", by="Per Dahl",
         text="GFP-blanketten returnerad från öppenvården, inte ifylld. Anna S. säger att de 'gör planen muntligt' med Roger."),
    dict(date="2015-06-22", time="15:00", event="Uppföljning", ctype="Avstämning", by="Per Dahl",
         text="Avstämning på öppenvården med Roger och Anna Sjöstedt. Roger har varit på sju av åtta samtal. Han säger att "
              "han dricker bara på lördagar nu, ca fyra öl, och frun bekräftar att det blivit lugnare hemma. Har sökt två "
              "jobb. Fortsätter med samtal varje vecka."),
    dict(date="2015-09-14", time="14:30", event="Uppföljning", ctype="Avstämning", by="Per Dahl",
         text="Ny avstämning. Roger har haft ett återfall i augusti (en helg) men är nu nykter sedan fem veckor enligt egen "
              "uppgift och utandningsprov hos öppenvården. Har fått ett vikariat. Vill fortsätta samtal varannan vecka "
              "året ut. Ny ansökan i oktober."),
], style="B", width=86)

CASES = [
    dict(municipality="Karlstad", dnr=D18, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": D18, "br": "Sida {page} av {pages}"}, blocks=c18_utr, font="sans", size="10pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="docx",
                  hf={"bl": KOM}, blocks=c18_beslut, font="sans", size="10.5pt", post=[("qpdf",)]),
             dict(key="gfp", file="genomforandeplan_lovasen.pdf", type="genomförandeplan", producer="chromium",
                  hf={"tl": "Lövåsen behandlingshem", "br": "Sida {page}"}, blocks=c18_gfp, font="serif", size="11pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "tr": D18, "br": "{page}({pages})"}, blocks=c18_journal, font="sans", size="9.5pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="delvis", why="'Analys' heading is empty; 'Slutsats och förslag' only concludes 'Emil bedöms vara i behov av behandling på HVB' without needs or reasons; frivården's 'bedömning' is not the committee's.",
                                   ev=[("utredning", ["Emil bedöms vara i behov av behandling på HVB"])]),
             planning=dict(label="ja", why="Lövåsen's genomförandeplan with numbered goals and sub-goals, responsible and dates.",
                           ev=[("gfp", [("range", "1. Drogfrihet", "Planen följs upp vid trepartssamtal")])]),
             follow_up=dict(label="ja", why="Journal trepartssamtal 2015-05-20 and 2015-08-19 with outcome.",
                            ev=[("journal", ["Trepartssamtal på Lövåsen med Emil", "Avslutande trepartssamtal"])]),
             assignment_description=dict(label="nej", why="Assignment given orally by phone 2015-03-04; the written one 'skickas senare' never appears ('Frivården har i uppdrag' is another sense).",
                                         present="", ev=[]),
         )),
    dict(municipality="Karlstad", dnr=D19, scenario="",
         docs=[
             dict(key="utredning", file="utredning_beslut.pdf", type="utredning + beslut", producer="chromium",
                  hf={"tl": KOM, "tr": D19, "br": "Sida {page} av {pages}"}, blocks=c19_utr, font="sans", size="10pt"),
             dict(key="uppdrag", file="uppdrag_etjanst.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"br": "{page}/{pages}"}, blocks=c19_uppdrag, font="dejavu", size="9pt", post=[("qpdf",)]),
             dict(key="plan", file="planering_oppenvard.pdf", type="genomförandeplan (fritext)", producer="docx",
                  hf={"tl": "Karlstads öppenvård", "br": "{page}"}, blocks=c19_plan, font="sans", size="11pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="enscript",
                  text=c19_journal, enscript_header="Journal " + D19 + "||Sida $% av $="),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' states what Malin needs (stop evening drinking, stress strategies, parenting support) and why group outpatient care; restated in portal assignment.",
                                   ev=[("utredning", [("range", "Malins drickande har ökat under det senaste året", "Skäl för beslutet: utredningens analys")]),
                                       ("uppdrag", ["Ökat drickande som påverkar barnen"])]),
             planning=dict(label="delvis", why="A free-text 'Planering' with vague goals ('sluta dricka och må bättre'), no dates and no who/when.",
                           ev=[("plan", [("range", "Planering", "Malin tycker att planen är bra")])]),
             follow_up=dict(label="nej", why="'Uppföljning ska ske om tre månader'; two booked follow-up meetings were cancelled; 2015-06-02 note says no follow-up took place.",
                            ev=[]),
             assignment_description=dict(label="ja", why="Portal assignment with all elements; 'Uppdrag skickat via e-tjänst 2014-11-21 kl 15:03'.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Uppdrag skickat via e-tjänst 2014-11-21", "Mottaget av utförare")]),
                                             ("journal", ["Uppdrag skickat via e-tjänst till Alkoholgruppen"])]),
         )),
    dict(municipality="Karlstad", dnr=D20, scenario="",
         docs=[
             dict(key="ansokan", file=None, type="ansökan", producer="chromium",
                  hf={"tl": KOM, "br": "{page}"}, blocks=c20_ansokan, font="sans", size="10pt"),
             dict(key="audit", file=None, type="AUDIT-resultat", producer="reportlab",
                  hf={"tl": KOM, "br": "{page}"}, blocks=c20_audit, size="9.5pt"),
             dict(key="beslut", file=None, type="beslut", producer="docx",
                  hf={"bl": KOM}, blocks=c20_beslut, font="sans", size="10.5pt"),
             dict(key="gfp", file=None, type="genomförandeplan (tom blankett)", producer="reportlab",
                  hf={"tl": "Karlstads öppenvård", "br": "{page}"}, blocks=c20_gfp, size="10pt"),
             dict(key="journal", file=None, type="journalanteckningar", producer="enscript",
                  text=c20_journal, enscript_header="Journal " + D20 + "||Sida $% av $="),
         ],
         assembled=[dict(file="akt_ASN-2015-377.pdf", parts=["ansokan", "audit", "beslut", "gfp", "journal"])],
         criteria=dict(
             needs_assessment=dict(label="nej", why="'Förenklad handläggning ... utan utredning'; only the AUDIT score and his own reasons; the decision's 'Skäl för beslutet' is empty.",
                                   ev=[]),
             planning=dict(label="nej", why="Only a blank GFP form (every field empty); journal says the plan is made 'muntligt'.",
                           ev=[]),
             follow_up=dict(label="ja", why="Journal 'Avstämning' 2015-06-22 and 2015-09-14, dated, with outcome.",
                            ev=[("journal", ["Avstämning på öppenvården med Roger", "Ny avstämning. Roger har haft ett återfall"])]),
             assignment_description=dict(label="nej", why="No written assignment: referral and oral hand-over by phone only.",
                                         present="", ev=[]),
         )),
]
