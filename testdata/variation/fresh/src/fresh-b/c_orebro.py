# -*- coding: utf-8 -*-
"""Örebro: three cases. Förvaltningen social välfärd, with Mottagningsenheten, Utredningsenheten vuxen and Uppföljningsteamet; e-tjänst 'Beställ insats';
diarienummer Sof ÅÅÅÅ/NNNN."""
from common import journal_plain, journal_blocks_table, journal_blocks_kv, email_blocks

KOM = "Örebro kommun · Förvaltningen social välfärd"

# =====================================================================================
# 15. Sof 2015/0123 Stefan Olofsson, alkohol, öppenvård. Assessment, plan and assignment
#     fine; follow-up never happened.
# =====================================================================================
D15 = "Sof 2015/0123"
c15_utr = [
    ("letterhead", "Örebro kommun\nUtredningsenheten vuxen", "UTREDNING\n" + D15 + "\n2015-02-16"),
    ("h1", "Utredning enligt 11 kap. 1 § SoL – Stefan Olofsson"),
    ("h2", "Ansökan"),
    ("p", "Stefan, 39 år, ansökte om öppenvård 2015-01-15 via Mottagningsenheten. Han hade blivit stoppad i en "
          "trafikkontroll i december med 0,6 promille och vill ”ta tag i det innan något värre händer”."),
    ("h2", "Utredningens underlag"),
    ("p", "Samtal 2015-01-20, 2015-01-27 (ASI) och 2015-02-10; AUDIT; kontakt med företagshälsovården och med Stefans fru "
          "Annelie; PEth 2015-01-27."),
    ("h2", "ASI-grundintervju, sammanfattning"),
    ("cols", [
        ("p", "**Fysisk hälsa (I 2).** Frisk, något förhöjt blodtryck."),
        ("p", "**Arbete/försörjning (I 2).** Tillsvidareanställd lagerchef. Inga skulder."),
        ("p", "**Alkohol (I 6).** Dricker varje helg, ofta från fredag eftermiddag till söndag, uppskattningsvis 25–30 "
              "standardglas per helg. Dricker i smyg. PEth 0,62 µmol/l."),
        ("p", "**Narkotika (I 0).** Inget."),
        ("p", "**Kriminalitet (I 3).** Misstänkt rattfylleri, förundersökning pågår."),
        ("p", "**Familj/umgänge (I 5).** Gift, tre barn 4–11 år. Frun beskriver att hon tar allt ansvar på helgerna och "
              "funderar på separation."),
        ("p", "**Psykisk hälsa (I 2).** Stress i arbetet, i övrigt inga problem."),
    ]),
    ("h2", "Uppgifter från andra"),
    ("p", "Företagssköterskan: arbetsgivaren har inte märkt något på arbetet. Frun Annelie: ”Han är en bra pappa när han är "
          "nykter, men barnen har börjat fråga varför pappa sover hela lördagarna.”"),
    ("h2", "Stefans egen uppfattning"),
    ("p", "Stefan säger att han inte trodde att han hade ”problem” förrän han blev stoppad. Han vill inte att arbetsgivaren "
          "ska blandas in och vill ha samtal på kvällstid."),
    ("h2", "Analys"),
    ("p", "Stefan har ett helgdrickande av sådan omfattning att det ger förhöjda PEth-värden, att han har kört bil påverkad "
          "och att familjen påverkas påtagligt. Arbete, ekonomi och hälsa fungerar i övrigt. Han har inte tidigare sökt "
          "behandling och har fram till nyligen inte sett drickandet som ett problem. Stefan behöver hjälp att förstå sitt "
          "dryckesmönster och bryta helgdrickandet, och familjen behöver stöd så att barnen inte far illa. Eftersom det mesta "
          "i hans liv fungerar och han vill kunna fortsätta arbeta, är öppenvård på kvällstid, med återfallsprevention, "
          "provtagning och samtal där frun kan delta, den insats som passar bäst."),
    ("h2", "Slutsats och förslag"),
    ("p", "Utredningsenheten föreslår att Stefan beviljas öppenvård vid Öppenvårdsteamet Väster enligt 4 kap. 1 § SoL, "
          "2015-03-02 – 2015-08-31, samt att barnens situation uppmärksammas i behandlingen."),
    ("sig", ["Sara Bergqvist, socialsekreterare", "019-21 44 37"]),
]
c15_beslut = [
    ("letterhead", "Örebro kommun\nSocialnämnden", "Beslut\n2015-02-18\n" + D15),
    ("h1", "Beslut"),
    ("p", "Stefan Olofsson beviljas bistånd i form av öppenvård vid Öppenvårdsteamet Väster enligt 4 kap. 1 § "
          "socialtjänstlagen under tiden 2015-03-02 – 2015-08-31."),
    ("p", "**Skäl för beslutet:** I enlighet med utredningens förslag."),
    ("sig", ["Karin Alvén, 1:e socialsekreterare"]),
]
c15_uppdrag = [
    ("table", {"cls": "plain", "widths": [60, 40], "rows": [[
        "**ÖREBRO KOMMUN**\nBeställ insats – e-tjänst för myndighetsutövning", "Utskrift 2015-02-19 14:05"]]}),
    ("h1", "Uppdrag till utförare"),
    ("p", "Status: Skickad · **Uppdrag skickat via e-tjänst 2015-02-19 kl 14:02** · Mottagare: Öppenvårdsteamet Väster"),
    ("h3", "1. Ärende"),
    ("kv", [("Klient", "Stefan Olofsson"), ("Dnr", D15), ("Insats", "Öppenvård, 4 kap. 1 § SoL"),
            ("Period", "2015-03-02 – 2015-08-31")]),
    ("h3", "2. Socialnämndens bedömning av behov"),
    ("p", "Omfattande helgdrickande (PEth 0,62), rattfylleri, påtaglig påverkan på familjen; arbete och ekonomi fungerar. "
          "Behöver hjälp att förstå och bryta dryckesmönstret, familjen behöver stöd. Öppenvård kvällstid passar eftersom han "
          "arbetar och i övrigt fungerar."),
    ("h3", "3. Vad uppdraget omfattar"),
    ("p", "Återfallsprevention individuellt, kvällstid, en gång i veckan; PEth en gång per månad; två till tre samtal med frun; "
          "information om barnens situation och vid behov kontakt med Familjeenheten."),
    ("h3", "4. Mål"),
    ("p", "1. Stefan dricker inte alkohol (PEth under 0,05 µmol/l) från 2015-05-01. 2. Familjen upplever att helgerna "
          "fungerar, enligt Stefan och frun vid uppföljningen."),
    ("h3", "5. Uppföljning"),
    ("p", "GFP inom tre veckor. Uppföljning i trepartssamtal efter ca tre månader, samt vid avslut. Handläggaren kallar."),
    ("h3", "6. Återrapportering vid avslut"),
    ("p", "Slutrapport med resultat, provsvar och rekommendation senast två veckor efter avslut."),
    ("h3", "7. Handläggare"),
    ("p", "Sara Bergqvist, Utredningsenheten vuxen, 019-21 44 37, sara.bergqvist@orebro.se"),
]
c15_gfp = [
    ("h1", "Genomförandeplan"),
    ("p", "Öppenvårdsteamet Väster · Stefan Olofsson · Behandlare Mats Grönlund · Upprättad 2015-03-11"),
    ("h2", "Mål 1: Stefan dricker inte alkohol från 2015-05-01 (PEth under 0,05)"),
    ("ul", ["1.1 Kartläggning av helgerna (dryckesdagbok) – Stefan – 2015-03-11 till 2015-04-08",
            "1.2 Återfallsprevention tisdagar kl. 17.30 – Mats Grönlund – fr.o.m. 2015-03-17",
            "1.3 PEth första måndagen varje månad – Stefan/labb – april–augusti"]),
    ("h2", "Mål 2: Helgerna fungerar för familjen"),
    ("ul", ["2.1 Par-/familjesamtal med Annelie – Mats Grönlund – tre tillfällen april–juni",
            "2.2 Plan för vad familjen gör på helgerna – Stefan och Annelie – klar 2015-05-15",
            "2.3 Information om stöd för barnen (Familjeenheten) – Mats Grönlund – senast 2015-04-30"]),
    ("h2", "Uppföljning"),
    ("p", "Uppföljning med socialsekreteraren beräknas till juni 2015."),
    ("sig", ["Stefan Olofsson         Mats Grönlund"]),
]
c15_journal = [
    ("h1", "Journalanteckningar"),
    ("p", "Örebro kommun · %s · Stefan Olofsson · Utskrift 2015-09-28" % D15),
] + journal_blocks_kv([
    dict(date="2015-01-15", event="Ansökan", ctype="Telefon", by="Mottagningsenheten, Jonas Ek",
         text="Stefan ansöker om öppenvård. Till Utredningsenheten vuxen."),
    dict(date="2015-02-18", event="Beslut", ctype="-", by="Karin Alvén",
         text="Öppenvård Väster 2015-03-02 -- 2015-08-31."),
    dict(date="2015-02-19", event="Beställning", ctype="E-tjänst", by="Sara Bergqvist",
         text="Uppdrag skickat via e-tjänsten 14.02."),
    dict(date="2015-03-12", event="Inkommen handling", ctype="E-tjänst", by="Sara Bergqvist",
         text="GFP inkommen och läst."),
    dict(date="2015-05-06", event="Uppföljning", ctype="Planering", by="Sara Bergqvist",
         text="Uppföljning planeras till vecka 24. Handl. skickar kallelse."),
    dict(date="2015-06-01", event="Ärendeöverföring", ctype="Intern", by="Karin Alvén",
         text="Sara Bergqvist slutar. Ärendet fördelas till Hampus Ring. Kallelse till uppföljning har inte skickats."),
    dict(date="2015-09-28", event="Anteckning", ctype="-", by="Hampus Ring",
         text="Vid genomgång av akten konstateras att beslutet löpt ut 2015-08-31 och att ingen uppföljning har gjorts. "
              "Handl. har inte haft kontakt med Stefan eller utföraren sedan ärendeöverföringen. Slutrapport efterfrågas från "
              "Öppenvårdsteamet Väster."),
])

# =====================================================================================
# 16. Sof 2014/0876 Petra Johansson, opioider/benso, HVB Villa Björkbacken. One assembled PDF:
#     application, doctor's certificate (scanned), decision without reasons, journal.
# =====================================================================================
D16 = "Sof 2014/0876"
c16_ansokan = [
    ("letterhead", "Örebro kommun\nMottagningsenheten", "ANSÖKAN OM BISTÅND\nInkom 2014-09-15"),
    ("kv", [("Sökande", "Petra Johansson"), ("Född", "1970"), ("Adress", "Örebro"), ("God man", "Ja, Lars Malm")]),
    ("field", "Vad ansöker du om?", "Behandlingshem för mitt tablettmissbruk."),
    ("field", "Beskriv varför du söker (med egna ord)",
     "Jag behöver hjälp. Jag har tagit tabletter i flera år, först på recept för ryggen och sen har jag köpt. Jag klarar inte "
     "att sluta själv, jag har försökt två gånger. Min dotter vill inte träffa mig när jag är påverkad. Jag vill bort från "
     "Örebro ett tag."),
    ("field", "Har du haft kontakt med vården?", "Ja, beroendemottagningen, dr Wallin. Intyg bifogas."),
    ("field", "Underskrift", "Petra Johansson, 2014-09-15"),
    ("small", "Mottagen av: Jonas Ek, Mottagningsenheten. God man Lars Malm har i uppdrag att sköta Petras ekonomi och har "
              "informerats."),
]
c16_intyg = [
    ("letterhead", "Region Örebro län\nBeroendemottagningen", "LÄKARINTYG\n2014-09-22"),
    ("p", "Intyg angående: Petra Johansson"),
    ("p", "På begäran av patienten."),
    ("h3", "Anamnes"),
    ("p", "44-årig kvinna med långvarigt bruk av opioider (oxikodon, tramadol) och bensodiazepiner, initialt förskrivet mot "
          "ryggsmärta, senare köpt illegalt. Två egna nedtrappningsförsök under 2014."),
    ("h3", "Status"),
    ("p", "Opåverkad vid besöket. Lätt abstinenssymtom (svettningar, oro). Urinprov positivt för opioider och "
          "bensodiazepiner."),
    ("h3", "Bedömning"),
    ("p", "Opioidberoende och beroende av sedativa/hypnotika. Patienten bedöms behöva medicinskt övervakad nedtrappning och "
          "därefter beroendebehandling i skyddad miljö. Inga medicinska hinder för vistelse på behandlingshem med tillgång "
          "till sjuksköterska."),
    ("sig", ["Örebro 2014-09-22", "", "Johan Wallin", "Leg. läkare, specialist i psykiatri"]),
]
c16_beslut = [
    ("letterhead", "Örebro kommun\nSocialnämnden", "BESLUT\n2014-09-25\n" + D16),
    ("h1", "Beslut"),
    ("kv", [("Sökande", "Petra Johansson"), ("Ansökan", "2014-09-15")]),
    ("p", "Bistånd beviljas enligt ansökan: behandling vid Villa Björkbacken, HVB, 2014-10-01 – 2015-01-31 (4 kap. 1 § SoL)."),
    ("sig", ["Karin Alvén, 1:e socialsekreterare"]),
    ("small", "Beslutet kan överklagas till förvaltningsrätten i Karlstad inom tre veckor från delfående."),
]
c16_journal = journal_plain([
    "ÖREBRO KOMMUN  FÖRVALTNINGEN SOCIAL VÄLFÄRD",
    "JOURNALUTSKRIFT  Dnr %s  Petra Johansson" % D16,
    "Utskriven 2015-02-04",
], [
    dict(date="2014-09-15", time="10:30", event="Ansökan", ctype="Besök", by="Jonas Ek, Mottagningsenheten",
         text="Petra ansöker om behandlingshem. Läkarintyg begärs från beroendemottagningen."),
    dict(date="2014-09-23", time="", event="Inkommen handling", ctype="Post", by="Jonas Ek",
         text="Läkarintyg inkommet."),
    dict(date="2014-09-25", time="", event="Beslut", ctype="-", by="Karin Alvén",
         text="Beviljas Villa Björkbacken 2014-10-01 -- 2015-01-31. Ärendet till Nadia Rahimi."),
    dict(date="2014-09-26", time="14:00", event="Kontakt med utförare", ctype="Telefon", by="Nadia Rahimi",
         text="Plats bokad per telefon med föreståndaren Agneta Lund. Muntlig information om Petra och om beslutet. Vårdplan "
              "kommer att upprättas när hon kommit på plats."),
    dict(date="2014-10-01", time="", event="Placering", ctype="-", by="Nadia Rahimi",
         text="Petra inskriven, skjuts av god man."),
    dict(date="2014-10-08", time="", event="Ekonomi", ctype="Telefon", by="Nadia Rahimi",
         text="God man meddelar att han gjort en avbetalningsplan med hyresvärden för Petras hyresskuld. Plan för "
              "egenavgiften under placeringen diskuterad."),
    dict(date="2014-11-18", time="11:00", event="Uppföljning", ctype="Telefon", by="Nadia Rahimi",
         text="Återkoppling från behandlingshemmet: kontaktperson Eva Strand berättar att nedtrappningen av oxikodon och "
              "bensodiazepiner är avslutad 2014-11-10 utan komplikationer. Petra deltar i gruppbehandlingen och har inte "
              "lämnat några positiva prover. Hon har haft svårt att sova. Hon har ringt sin dotter varje vecka. Fortsätter."),
    dict(date="2015-01-14", time="13:00", event="Uppföljning", ctype="Trepartssamtal", by="Nadia Rahimi",
         text="Trepartssamtal på Björkbacken med Petra och Eva Strand. Petra drogfri sedan nedtrappningen, samtliga prov "
              "negativa. Sömnen bättre. Dottern har besökt henne en gång. Petra vill hem efter perioden och fortsätta i "
              "öppenvård; ansökan om öppenvård tas emot. SIP med beroendemottagningen föreslås. Utskrivning 2015-01-31."),
    dict(date="2015-01-31", time="", event="Utskrivning", ctype="-", by="Nadia Rahimi",
         text="Utskriven. Öppenvård startar 2015-02-09."),
], style="B", width=86)

# =====================================================================================
# 17. Sof 2015/0311 Göran Lundberg, alkohol, öppenvård. Good assessment, plan (free text),
#     e-mail assignment; follow-up noted without outcome (on a scanned journal page);
#     decision page rotated.
# =====================================================================================
D17 = "Sof 2015/0311"
c17_utr = [
    ("h1", "Utredning – Göran Lundberg"),
    ("p", "Örebro kommun, Utredningsenheten vuxen · " + D17 + " · 2015-03-25"),
    ("h2", "Bakgrund"),
    ("p", "Göran, 55 år, ansökte 2015-02-16 om hjälp att sluta dricka. Han har arbetat som busschaufför men blev "
          "avstängd i januari efter ett positivt alkoholtest före arbetspasset. Arbetsgivaren erbjuder honom att komma tillbaka "
          "om han genomgår behandling och lämnar prover. Göran bor ensam sedan skilsmässan 2010."),
    ("h2", "Underlag"),
    ("p", "Tre samtal, ASI-intervju 2015-03-03, AUDIT (24 p), kontakt med företagshälsovården och med vårdcentralen. PEth "
          "2015-03-03: 1,1 µmol/l."),
    ("h2", "Sammanfattning av utredningen"),
    ("p", "Göran dricker varje dag efter arbetet, oftast fyra till sex starköl och ibland sprit. Han har druckit på det sättet "
          "i cirka tio år men ökat efter skilsmässan. Han har inga andra problem med hälsa eller ekonomi. Han har en vuxen son "
          "som han träffar någon gång i månaden. ASI: alkohol I 6, arbete I 5, familj/umgänge I 3, psykisk hälsa I 2."),
    ("p", "Vårdcentralens läkare skriver: ”Bedömning: alkoholberoende utan tecken på organskada; disulfiram kan vara ett "
          "stöd.”"),
    ("h2", "Socialtjänstens ställningstagande"),
    ("p", "Görans dagliga drickande har pågått länge och har nu fått allvarliga följder: han är avstängd från sitt arbete "
          "och riskerar att förlora det. Han har i övrigt ett ordnat liv. För att kunna återgå till arbetet måste han sluta "
          "dricka helt och kunna visa det med prover, och han måste lära sig att hantera kvällarna och ensamheten utan alkohol. "
          "Han har själv tagit initiativet och har stöd från arbetsgivaren. Öppenvård med återfallsprevention, "
          "provtagning i samarbete med företagshälsovården och disulfiram via vårdcentralen ger honom det han behöver "
          "samtidigt som han kan förbereda återgången i arbete. Institutionsvård skulle försvåra arbetsåtergången och är "
          "inte nödvändig."),
    ("h2", "Förslag"),
    ("p", "Öppenvård vid Öppenvårdsteamet Väster enligt 4 kap. 1 § SoL, 2015-04-07 – 2015-10-06."),
    ("sig", ["Hampus Ring, socialsekreterare"]),
]
c17_beslut = [
    ("letterhead", "Örebro kommun\nSocialnämnden", "BESLUT\n2015-03-27\n" + D17),
    ("h1", "Beslut om bistånd"),
    ("p", "Göran Lundberg beviljas öppenvård vid Öppenvårdsteamet Väster enligt 4 kap. 1 § SoL 2015-04-07 – 2015-10-06."),
    ("p", "**Skäl för beslutet:** Se utredning 2015-03-25."),
    ("sig", ["Karin Alvén, 1:e socialsekreterare"]),
    ("small", "Överklagande: Beslutet kan överklagas till förvaltningsrätten inom tre veckor."),
]
c17_mejl = email_blocks(
    "Ring Hampus <hampus.ring@orebro.se>", "Öppenvårdsteamet Väster", "den 30 mars 2015 08:12",
    "Uppdrag – Göran Lundberg, " + D17, [
        ("p", "Hej!"),
        ("p", "E-tjänsten krånglar (felmeddelande vid bifogning), så jag skickar uppdraget för Göran Lundberg här."),
        ("p", "**Beslut:** öppenvård 4 kap. 1 § SoL, 2015-04-07 – 2015-10-06."),
        ("p", "**Nämndens bedömning av behov:** Göran har ett mångårigt dagligt drickande och är avstängd från arbetet som "
              "busschaufför. Behöver sluta dricka helt, visa det med prover och lära sig hantera kvällar och ensamhet utan "
              "alkohol. Öppenvård eftersom han har ett ordnat liv och ska tillbaka till arbetet."),
        ("p", "**Uppdraget:** Återfallsprevention en gång/vecka, provtagning i samverkan med företagshälsovården, samordning "
              "med vårdcentralen kring disulfiram, stöd i planeringen för arbetsåtergång."),
        ("p", "**Mål:** 1. Göran är alkoholfri (PEth < 0,05) senast 2015-06-30. 2. Göran är tillbaka i arbete senast "
              "2015-09-01."),
        ("p", "**Uppföljning:** GFP inom tre veckor; uppföljningsmöte med Göran, er och mig efter cirka två månader och inför "
              "avslut."),
        ("p", "**Vid avslut:** kort skriftlig sammanfattning – vad som gjorts, provresultat, måluppfyllelse och ev. förslag."),
        ("p", "Tack!\n\nHampus Ring\nSocialsekreterare, Utredningsenheten vuxen\nÖrebro kommun\n019-21 44 52 · "
              "hampus.ring@orebro.se"),
    ])
c17_plan = [
    ("h1", "Behandlingsplan"),
    ("p", "**Öppenvårdsteamet Väster** – Göran Lundberg – upprättad 2015-04-14 av behandlare Mats Grönlund tillsammans med Göran"),
    ("p", "Göran och jag har kommit överens om följande. Göran ska vara alkoholfri senast 2015-06-30, vilket kontrolleras "
          "med PEth-prov som tas av företagshälsovården 2015-05-04, 2015-06-01 och 2015-06-29. Fram till dess träffas vi "
          "varje onsdag kl. 16.00 för återfallsprevention; jag ansvarar för samtalen och Göran för att komma. Göran bokar "
          "själv tid på vårdcentralen senast 2015-04-24 för att diskutera disulfiram."),
    ("p", "Målet att vara tillbaka i arbete senast 2015-09-01 ska nås genom ett möte med arbetsgivaren och "
          "företagshälsovården i maj (Göran och jag, vecka 21), där en plan för stegvis återgång görs. Under juni–augusti "
          "arbetar vi i samtalen med hur Göran ska fylla kvällarna; Göran ska till 2015-06-15 ha prövat minst en "
          "fritidsaktivitet."),
    ("p", "Planen följs upp tillsammans med socialsekreteraren i juni och revideras då."),
    ("sig", ["Göran Lundberg              Mats Grönlund, beroendeterapeut"]),
]
c17_journal = [
    ("h1", "Journalanteckningar"),
    ("p", "Örebro kommun · " + D17 + " · Göran Lundberg · Utskrift 2015-09-29"),
] + journal_blocks_kv([
    dict(date="2015-02-16", event="Ansökan", ctype="Besök", by="Mottagningsenheten, Jonas Ek",
         text="Göran ansöker om hjälp, avstängd från arbetet. Till utredning."),
    dict(date="2015-03-03", event="ASI", ctype="Besök", by="Hampus Ring",
         text="ASI-intervju genomförd. PEth taget."),
    dict(date="2015-03-27", event="Beslut", ctype="-", by="Karin Alvén",
         text="Öppenvård beviljad."),
    dict(date="2015-03-30", event="Uppdrag", ctype="E-post", by="Hampus Ring",
         text="Uppdrag mejlat till Öppenvårdsteamet Väster kl. 08.12 då e-tjänsten inte fungerade. Mats Grönlund kvitterar."),
    dict(date="2015-04-15", event="Inkommen handling", ctype="E-post", by="Hampus Ring",
         text="Behandlingsplan inkommen från ÖV."),
    dict(date="2015-06-10", event="Uppföljning", ctype="Besök", by="Hampus Ring",
         text="Uppf. genomförd med kl. och behandlare på ÖV."),
    dict(date="2015-09-02", event="Telefon", ctype="Telefon", by="Hampus Ring",
         text="Göran ringer och frågar om han kan få fortsätta träffa Mats efter oktober. Handl. förklarar hur han ansöker."),
    dict(date="2015-09-21", event="Ansökan", ctype="Post", by="Hampus Ring",
         text="Ansökan om fortsatt öppenvård inkommen."),
])

CASES = [
    dict(municipality="Örebro", dnr=D15, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="chromium", layout="portrait+two-column",
                  hf={"tl": KOM, "tr": D15, "br": "Sida {page} av {pages}"}, blocks=c15_utr, font="serif", size="11pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="docx",
                  hf={"bl": KOM}, blocks=c15_beslut, font="serif", size="11.5pt", post=[("qpdf",)]),
             dict(key="uppdrag", file="uppdrag_etjanst.pdf", type="uppdragsbeskrivning (e-tjänst)", producer="chromium",
                  hf={"br": "{page}/{pages}"}, blocks=c15_uppdrag, font="sans", size="9.5pt"),
             dict(key="gfp", file="genomforandeplan.pdf", type="genomförandeplan", producer="docx",
                  hf={"tl": "Öppenvårdsteamet Väster", "br": "{page}"}, blocks=c15_gfp, font="sans", size="10.5pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "tr": D15, "br": "Sida {page} av {pages}"}, blocks=c15_journal, font="serif", size="10.5pt",
                  post=[("qpdf",)]),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Analys' says what Stefan and the family need and why evening outpatient care suits; 'Slutsats och förslag'; restated under '2. Socialnämndens bedömning av behov' in the portal assignment.",
                                   ev=[("utredning", [("range", "Stefan har ett helgdrickande av sådan omfattning", "barnens situation uppmärksammas i behandlingen")]),
                                       ("uppdrag", ["Omfattande helgdrickande (PEth 0,62)"])]),
             planning=dict(label="ja", why="Genomförandeplan as bullet list with numbered goals/sub-goals, responsible and dates.",
                           ev=[("gfp", [("range", "Mål 1: Stefan dricker inte alkohol", "Uppföljning med socialsekreteraren beräknas")])]),
             follow_up=dict(label="nej", why="Only planned ('Uppföljning planeras till vecka 24', a 'Händelse: Uppföljning' note that is planning); 2015-09-28: 'ingen uppföljning har gjorts'.",
                            ev=[]),
             assignment_description=dict(label="ja", why="Portal assignment with numbered sections 1-7 holding all elements; 'Uppdrag skickat via e-tjänst 2015-02-19 kl 14:02'.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Uppdrag skickat via e-tjänst 2015-02-19", "sara.bergqvist@orebro.se")]),
                                             ("journal", ["Uppdrag skickat via e-tjänsten 14.02"])]),
         )),
    dict(municipality="Örebro", dnr=D16, scenario="",
         docs=[
             dict(key="ansokan", file=None, type="ansökan", producer="chromium",
                  hf={"tl": KOM, "br": "{page}"}, blocks=c16_ansokan, font="sans", size="10pt"),
             dict(key="intyg", file=None, type="läkarintyg", producer="reportlab", layout="scan",
                  hf={"bl": "Region Örebro län"}, blocks=c16_intyg, size="10pt", post=[("scan", [1])]),
             dict(key="beslut", file=None, type="beslut", producer="docx",
                  hf={"bl": KOM}, blocks=c16_beslut, font="serif", size="11.5pt"),
             dict(key="journal", file=None, type="journalanteckningar", producer="enscript",
                  text=c16_journal, enscript_header="Journalutskrift|" + D16 + "|Sida $%"),
         ],
         assembled=[dict(file="akt_Sof-2014-0876.pdf", parts=["ansokan", "intyg", "beslut", "journal"], qpdf=True)],
         criteria=dict(
             needs_assessment=dict(label="nej", why="No utredning; the decision grants 'enligt ansökan' without reasons; only her own words in the application and the doctor's 'Bedömning' in the (scanned) certificate.",
                                   ev=[]),
             planning=dict(label="nej", why="No vårdplan or genomförandeplan; journal only says one 'kommer att upprättas'; the 'avbetalningsplan' is about rent debt.",
                           ev=[]),
             follow_up=dict(label="ja", why="Journal 2014-11-18 (återkoppling från behandlingshemmet) and 2015-01-14 trepartssamtal, dated, with outcome.",
                            ev=[("journal", ["Återkoppling från behandlingshemmet: kontaktperson Eva Strand", "Trepartssamtal på Björkbacken"])]),
             assignment_description=dict(label="nej", why="No written assignment: place booked by phone with oral information; the decision only names the home ('uppdrag' appears only about the god man).",
                                         present="", ev=[]),
         )),
    dict(municipality="Örebro", dnr=D17, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": D17, "br": "Sida {page} av {pages}"}, blocks=c17_utr, font="serif", size="11pt"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="chromium", layout="rotated-page",
                  hf={"bl": KOM}, blocks=c17_beslut, font="serif", size="11.5pt", post=[("rotate", [1])]),
             dict(key="mejl", file="uppdrag_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="docx",
                  hf={"tl": "Utskrift – Microsoft Outlook", "br": "{page}"}, blocks=c17_mejl, font="sans", size="10pt"),
             dict(key="plan", file="behandlingsplan.pdf", type="genomförandeplan (fritext)", producer="chromium",
                  hf={"tl": "Öppenvårdsteamet Väster", "br": "{page}"}, blocks=c17_plan, font="serif", size="11.5pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium", layout="portrait+scan",
                  hf={"tl": KOM, "tr": D17, "br": "Sida {page} av {pages}"}, blocks=c17_journal, font="serif", size="11pt",
                  post=[("scan", [2])]),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Socialtjänstens ställningstagande' (no 'Bedömning' heading, no 'behov') states what he must achieve and why outpatient care; e-mail restates; the doctor's 'Bedömning' is quoted separately.",
                                   ev=[("utredning", [("range", "Görans dagliga drickande har pågått länge", "Öppenvård vid Öppenvårdsteamet Väster enligt")]),
                                       ("mejl", ["Göran har ett mångårigt dagligt drickande"])]),
             planning=dict(label="ja", why="Free-text behandlingsplan with dated goals, what is done, by whom and when.",
                           ev=[("plan", [("range", "Behandlingsplan", "Planen följs upp tillsammans med socialsekreteraren")])]),
             follow_up=dict(label="delvis", why="Journal 2015-06-10 'Uppf. genomförd med kl. och behandlare på ÖV' is dated but has no outcome (entry heading on page 1, its text on the scanned page 2).",
                            ev=[("journal", ["2015-06-10 – Uppföljning", "Uppf. genomförd med kl. och behandlare"])]),
             assignment_description=dict(label="ja", why="E-mail sent 30 March 2015 08:12 with assessment, content, goals, follow-up, end report and officer's phone/e-mail; journal confirms.",
                                         present="abcdefg",
                                         ev=[("mejl", [("range", "Uppdrag – Göran Lundberg", "019-21 44 52")]),
                                             ("journal", ["Uppdrag mejlat till Öppenvårdsteamet Väster"])]),
         )),
]
