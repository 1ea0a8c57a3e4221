# -*- coding: utf-8 -*-
"""Mora: exports from the case system (reportlab, base fonts), an old AUDIT printout (enscript),
a scanned läkarintyg, a Word letter and the provider's plan printed from its web system."""
from common import hdr, journal, sign

MUN = "Mora"
FOOT = "Mora kommun · Socialförvaltningen · IFO|Sida {page} av {pages}"


def H(dnr, right=None):
    return hdr(MUN, dnr, right)


# ------------------------------------------------------------------ case 19
def case_0112():
    dnr = "IFO.2015.0112"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Leif Nordin"), ("Personnummer", "19020611-3356"), ("Dnr", dnr),
                ("Ansökan", "2015-01-12 -- behandlingshem"), ("Handläggare", "Kerstin Dahlgren")], {"labelw": 24}),
        ("h2", "Ansökan"),
        ("p", "Leif ringde 2015-01-12 efter att ha skrivits ut från akutmottagningen på Mora lasarett, där han "
              "vårdats för en fallskada i berusat tillstånd. Han ansöker om behandlingshem."),
        ("h2", "Underlag"),
        ("p", "Besök 2015-01-15 och 2015-01-20. AUDIT 2015-01-20 (bilaga 1). Läkarintyg från Beroendemottagningen "
              "Mora 2015-01-26 (bilaga 2). Samtal med dottern 2015-01-22."),
        ("h2", "Boende, familj och ekonomi"),
        ("p", "Leif bor ensam i ett hus i Östnor som han ärvt. Han är änkling sedan 2012. Dottern bor i Orsa och "
              "har tagit hand om hans räkningar det senaste året. Leif har arbetat som skogsmaskinförare men har "
              "sjukersättning sedan 2010 på grund av ryggbesvär."),
        ("h2", "Hälsa"),
        ("p", "Leif har högt blodtryck och diabetes typ 2. Enligt läkarintyget (bilaga 2) har han tecken på "
              "leverpåverkan och abstinens. Läkarens bedömning framgår av intyget."),
        ("h2", "Alkohol"),
        ("p", "Leif har druckit ökande mängder sedan hustruns död, i dag mellan en halv och en flaska sprit per "
              "dag. AUDIT 33 poäng. Han har avgiftats på Beroendemottagningen i december 2014."),
        ("h2", "Leifs egen beskrivning"),
        ("p", "Leif säger själv att han behöver komma iväg från Mora en tid, eftersom han \"inte kan låta bli när "
              "han är ensam i huset\". Han har hört gott om Norrtorpet från en bekant. Dottern stödjer ansökan."),
        ("h2", "Bedömning"),
        ("p", "<Här skrivs socialtjänstens bedömning av den enskildes behov och hur den föreslagna insatsen "
              "tillgodoser dessa.>"),
        ("h2", "Förslag till beslut"),
        ("p", "Leif Nordin beviljas vård vid Norrtorpets behandlingshem enligt 4 kap. 1 § SoL 2015-02-23 -- 2015-06-22."),
        sign("Mora 2015-02-09", "Kerstin Dahlgren", "Socialsekreterare"),
    ]
    audit = [("pre", """MORA KOMMUN  IFO  -  BEDOMNINGSINSTRUMENT                    Utskrift 2015-01-20
================================================================================
AUDIT - Alcohol Use Disorders Identification Test
Klient:   Leif Nordin         Dnr: IFO.2015.0112
Datum:    2015-01-20          Genomfort av: K Dahlgren
--------------------------------------------------------------------------------
Fraga                                                          Svar   Poang
 1 Hur ofta dricker du alkohol?                                 4+/v     4
 2 Hur manga glas dricker du en typisk dag?                     10+      4
 3 Hur ofta dricker du sex glas eller mer?                      dagl     4
 4 Inte kunnat sluta nar du borjat?                             varje    4
 5 Inte gjort det som forvantades pga drickande?                mana     2
 6 Behovt en drink pa morgonen?                                 vecka    3
 7 Skuld eller samvetsforebraelser?                             vecka    3
 8 Inte kunnat minnas vad som hant?                             mana     2
 9 Skadat dig eller nagon annan?                                ja,sa    4
10 Har nagon uttryckt oro for ditt drickande?                   ja,sa    3
--------------------------------------------------------------------------------
SUMMA                                                                   33

TOLKNING (enligt manual):
  0-7   inga tecken pa riskbruk
  8-15  riskbruk
 16-19  skadligt bruk
 20-40  tecken pa alkoholberoende

Bedomning enligt instrumentet: 33 p - starka tecken pa alkoholberoende.
Rekommendation enligt manual: fordjupad bedomning, t.ex. ASI.
================================================================================
Bilaga 1 till utredning IFO.2015.0112""")]
    lak = [
        ("h1", "Läkarintyg"),
        ("p", "Landstinget Dalarna · Beroendemottagningen Mora lasarett"),
        ("kv", [("Patient", "Leif Nordin, 19020611-3356"), ("Intyget avser", "Underlag till socialtjänsten, Mora kommun"),
                ("Undersökning", "2015-01-26")], {"labelw": 26}),
        ("h2", "Anamnes"),
        ("p", "Känd för hypertoni och diabetes typ 2. Alkoholkonsumtion enligt patienten 40--70 cl sprit dagligen sedan "
              "2012. Avgiftad på avdelningen 2014-12-08 -- 2014-12-14. Återfall inom en vecka."),
        ("h2", "Status och provsvar"),
        ("p", "Lätt tremor. BT 165/95. GT 4,2, ASAT 1,8, ALAT 1,4. PEth 2,1 µmol/l."),
        ("h2", "Bedömning"),
        ("p", "Alkoholberoende (F10.2) med leverpåverkan och abstinensbesvär. Upprepade återfall efter avgiftning. "
              "Ur medicinsk synvinkel rekommenderas behandling i strukturerad miljö, t.ex. behandlingshem, "
              "samt regelbunden uppföljning av levervärden och blodsocker."),
        ("p", "Mora 2015-01-26\n\n\nMagnus Ek\nLeg. läkare, specialist i psykiatri"),
        ("small", "Bilaga 2 till utredning IFO.2015.0112"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Leif Nordin"), ("Personnummer", "19020611-3356"), ("Dnr", dnr), ("Beslutsdatum", "2015-02-12")], {"labelw": 24}),
        ("p", "**Beslut:** Leif Nordin beviljas vård vid Norrtorpets behandlingshem (HVB) under perioden 2015-02-23 -- 2015-06-22."),
        ("p", "**Lagrum:** 4 kap. 1 § socialtjänstlagen"),
        ("p", "**Motivering:** Enligt utredning."),
        ("p", "**Beslutsfattare:** Bengt Rydh, enhetschef IFO"),
    ]
    remiss = [
        ("p", "Norrtorpets behandlingshem\nAtt: Intag"),
        ("p", "Mora 2015-02-13"),
        ("h1", "Uppdragsbeskrivning/Remiss till behandlingshem"),
        ("kv", [("Klient", "Leif Nordin, 19020611-3356"), ("Dnr", dnr),
                ("Beslut", "2015-02-12, 4 kap. 1 § SoL, 2015-02-23 -- 2015-06-22"),
                ("Handläggare", "Kerstin Dahlgren, tel. 0250-267 31, kerstin.dahlgren@mora.se")], {"labelw": 20}),
        ("h2", "1. Socialtjänstens bedömning"),
        ("h2", "2. Uppdrag"),
        ("ul", ["Alkoholbehandling i HVB enligt Norrtorpets program (ÅP, 12-stegsinspirerade grupper)",
                "Medicinsk kontroll av levervärden och blodsocker i samarbete med distriktsläkare",
                "Stöd att planera för hemgång och eftervård i Mora"]),
        ("h2", "3. Mål"),
        ("p", "Leif är nykter vid utskrivning, har en plan för eftervård i Mora och har normaliserade levervärden."),
        ("h2", "4. Uppföljning"),
        ("p", "Trepartssamtal efter cirka sju veckor och utvärderingsmöte inför utskrivning. Handläggaren kommer till Norrtorpet."),
        ("h2", "5. Återrapportering"),
        ("checks", [(True, "Genomförandeplan inom fyra veckor"),
                    (True, "Omgående vid avbrott eller återfall"),
                    (True, "Slutrapport vid utskrivning")]),
        ("p", "Remissen skickas per post och e-post 2015-02-13."),
        sign("", "Kerstin Dahlgren", "Socialsekreterare, IFO Mora"),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("p", "Norrtorpets behandlingshem · Klient: Leif Nordin · Inskriven 2015-02-23 · Kontaktperson: Ulla Strand · Upprättad 2015-03-09"),
        ("h2", "Mål och delmål"),
        ("ul", ["**Nykterhet:** Leif är nykter under hela vistelsen (utandningsprov dagligen, PEth 2015-03-23, 2015-04-20 och 2015-05-18). "
                "Ansvarig: Leif, personal. Utvärderas 2015-04-15.",
                "**Hälsa:** Levervärden (GT) är under 1,5 vid kontroll 2015-05-18. Blodsocker kontrolleras varje vecka. "
                "Ansvarig: sjuksköterska Norrtorpet, distriktsläkare.",
                "**Återfallsprevention:** Leif har en skriftlig återfallsplan som han gått igenom med sin dotter senast 2015-05-31. "
                "ÅP-samtal två gånger per vecka. Ansvarig: Ulla Strand.",
                "**Hemgång:** Senast 2015-06-10 finns en plan för eftervård i Mora (öppenvård Ljusgården, AA). "
                "Ansvarig: Ulla Strand och handläggare Kerstin Dahlgren, trepartssamtal 2015-06-10."]),
        ("p", "Leif Nordin har deltagit i att ta fram planen och godkänner den."),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Leif Nordin · " + dnr),
        journal([
            ("2015-01-12", "Tfn Leif, ansöker om behandlingshem efter besök på akuten. /KD"),
            ("2015-01-15", "Besök. Utredning inleds. Samtycke till kontakt med dotter och Beroendemottagningen. /KD"),
            ("2015-01-20", "Besök. AUDIT 33 p. /KD"),
            ("2015-01-22", "Tfn dottern Eva, stödjer ansökan. /KD"),
            ("2015-01-27", "Läkarintyg inkommit från Beroendemottagningen, inskannat. /KD"),
            ("2015-02-12", "Beslut HVB Norrtorpet 23/2 -- 22/6 (BR). /KD"),
            ("2015-02-13", "Remiss/uppdragsbeskrivning skickad till Norrtorpet. /KD"),
            ("2015-02-23", "Leif inskriven på Norrtorpet. Dottern skjutsade. /KD"),
            ("2015-03-11", "GFP inkommen från Norrtorpet, daterad 2015-03-09. /KD"),
            ("2015-04-15", "Trepartssamtal på Norrtorpet, Leif, kontaktperson Ulla Strand, handl. Leif nyckter sedan inskrivningen, "
                           "PEth 2015-03-23 0,9 (från 2,1 i januari). GT sjunkande (2,0). Deltar i alla grupper. Har börjat skriva "
                           "återfallsplan. Saknar sitt hus och hunden men vill stanna perioden ut. /KD"),
            ("2015-06-10", "Utvärderingsmöte på Norrtorpet inför utskrivning. Leif, Ulla Strand, dottern Eva, handl. Nykter hela perioden, "
                           "GT 1,3. Återfallsplanen genomgången med dottern. Leif har tid på Ljusgården 2015-06-29 och har varit på två AA-möten. "
                           "Utskrivning 22/6 enligt plan. Ansökan om öppenvård tas emot. /KD"),
        ]),
    ]
    rl = dict(font="Times-Roman", size=10.5)
    docs = [
        dict(file="p_utredning.pdf", type="utredning", producer="reportlab", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", final=False, check_style="bracket", **rl),
        dict(file="p_audit.pdf", type="AUDIT-resultat", producer="enscript", blocks=audit, final=False),
        dict(file="p_lakarintyg.pdf", type="läkarintyg", producer="libreoffice-odt", blocks=lak,
             header=("Landstinget Dalarna\nBeroendemottagningen Mora", "Läkarintyg"), footer="", title="Läkarintyg",
             size=10.5, scan=[1], final=False),
        dict(file="utredning_med_bilagor.pdf", type="utredning med bilagor (AUDIT, läkarintyg)", producer="pdfunite",
             assemble=["p_utredning.pdf", "p_audit.pdf", "p_lakarintyg.pdf"]),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=FOOT,
             title="Beslut", **rl),
        dict(file="remiss_norrtorpet.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", blocks=remiss,
             header=H(dnr, "IFO Vuxen\nTel. 0250-260 00 (vx)"), footer=FOOT, title="Remiss", font="Liberation Sans", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="chromium", blocks=gfp,
             header=("Norrtorpets behandlingshem", "Genomförandeplan"), footer="Norrtorpet · utskrift 2015-03-09|{page} / {pages}",
             title="Genomförandeplan Leif Nordin", font="DejaVu Sans", size=9.5),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=FOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="nej", why="Bedömningsrubriken innehåller bara mallens platshållare; det som finns är AUDIT-tolkningen, läkarens bedömning, Leifs egna ord och ett beslut utan skäl.", ev=[]),
        "planning": dict(label="ja", why="Norrtorpets genomförandeplan har daterade mål med ansvarig och tidpunkter.",
                         ev=["genomforandeplan.pdf::Leif är nykter under hela vistelsen"]),
        "follow_up": dict(label="ja", why="Trepartssamtal 2015-04-15 och utvärderingsmöte 2015-06-10 med utfall (provsvar, återfallsplan, eftervård).",
                          ev=["Trepartssamtal på Norrtorpet, Leif", "Utvärderingsmöte på Norrtorpet inför utskrivning"]),
        "assignment_description": dict(label="delvis", present="bcdefg",
                                       why="Remissbrevet har uppdrag, mål, uppföljning, återrapportering, kontaktuppgifter och sändningsdatum, men rubriken 'Socialtjänstens bedömning' är tom.",
                                       ev=["remiss_norrtorpet.pdf::Uppdragsbeskrivning/Remiss till behandlingshem", "remiss_norrtorpet.pdf::5. Återrapportering",
                                           "Remiss/uppdragsbeskrivning skickad till Norrtorpet"]),
    }
    return dict(case_id="mora_IFO.2015.0112", committee="Mora", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 20
def case_0388():
    dnr = "IFO.2014.0388"
    utr = [
        ("h1", "Förenklad utredning -- öppenvård"),
        ("kv", [("Namn", "Karin Ollas"), ("Dnr", dnr), ("Ansökan", "2014-09-15"), ("Handläggare", "Jan Wikner")], {"labelw": 22}),
        ("h2", "Ansökan"),
        ("p", "Karin ansöker om samtalskontakt på Ljusgården för sitt drickande. Hon har fått informationen av "
              "företagshälsovården."),
        ("h2", "Uppgifter"),
        ("p", "Karin bor med sin sambo i lägenhet i Noret och arbetar som undersköterska på ett äldreboende. Hon "
              "dricker vin flera kvällar i veckan och har vid två tillfällen varit borta från arbetet efter helger. "
              "Arbetsgivaren har tagit upp det med henne. AUDIT 2014-09-22: 17 poäng. Karin har hyresskulder sedan "
              "i våras."),
        ("h2", "Karins önskemål"),
        ("p", "Karin vill ha samtal och vill inte att arbetsgivaren får mer information än nödvändigt."),
        ("h2", "Handläggarens slutsats"),
        ("p", "Karin bedöms vara i behov av stöd från öppenvården Ljusgården."),
        sign("Mora 2014-09-29", "Jan Wikner", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Karin Ollas"), ("Dnr", dnr), ("Beslutsdatum", "2014-10-06")], {"labelw": 24}),
        ("p", "**Beslut:** Bifall. Karin Ollas beviljas öppenvård, samtalsbehandling vid Ljusgården, 2014-10-13 -- 2015-04-30."),
        ("p", "**Lagrum:** 4 kap. 1 § SoL"),
        ("p", "**Beslutsfattare:** Jan Wikner, socialsekreterare, enligt delegation"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Karin Ollas · " + dnr),
        journal([
            ("2014-09-15", "Tfn Karin, ansöker om samtal på Ljusgården. Besök bokat. /JW"),
            ("2014-09-22", "Besök. AUDIT 17 p. /JW"),
            ("2014-10-06", "Beslut ÖV Ljusgården t.o.m. 30/4 2015. Beslutet faxat till Ljusgården. Karin ringer själv och bokar tid. /JW"),
            ("2014-10-20", "Ljusgården meddelar att Karin har varit på första samtalet. /JW"),
            ("2014-12-03", "Karin ringer angående hyresskulden. Hyresvärden har gått med på en avbetalningsplan, 1 200 kr/mån fr.o.m. januari. "
                           "Handl. hjälper henne att skriva under planen och skicka in den. /JW"),
            ("2015-02-16", "Planerat hembesök 2015-03-04 för att prata om ekonomin. /JW"),
            ("2015-03-04", "Hembesöket inställt, Karin sjuk. Ny tid ej bokad. /JW"),
            ("2015-05-04", "Ny handläggare (KD) tar över ärendet efter JW. Beslutet har löpt ut 2015-04-30. Någon uppföljning av insatsen har "
                           "inte gjorts. Ingen genomförandeplan finns i akten. Kontakt tas med Karin för att höra hur hon vill gå vidare. /KD"),
            ("2015-05-18", "Försökt nå Karin per tfn, inget svar. Brev skickat. /KD"),
            ("2015-06-15", "Inget svar på brevet. Uppföljning planeras till hösten. /KD"),
        ]),
    ]
    rl = dict(font="Helvetica", size=10)
    docs = [
        dict(file="utredning.pdf", type="utredning (förenklad)", producer="reportlab", blocks=utr, header=H(dnr), footer=FOOT,
             title="Förenklad utredning", **rl),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=FOOT,
             title="Beslut", **rl),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=FOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="delvis", why="Endast slutsatsen 'bedöms vara i behov av stöd från öppenvården' utan att behoven eller skälen anges.",
                                 ev=["Karin bedöms vara i behov av stöd"]),
        "planning": dict(label="nej", why="Ingen plan för insatsen; 'avbetalningsplan' och 'planerat hembesök' gäller annat, och journalen konstaterar att genomförandeplan saknas.", ev=[]),
        "follow_up": dict(label="nej", why="Journalen konstaterar att ingen uppföljning gjorts; uppföljning 'planeras till hösten'.", ev=[]),
        "assignment_description": dict(label="nej", present="",
                                       why="Ingen uppdragsbeskrivning; beslutet faxades till Ljusgården och Karin bokade tid själv.", ev=[]),
    }
    return dict(case_id="mora_IFO.2014.0388", committee="Mora", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


CASES = [case_0112(), case_0388()]
