# -*- coding: utf-8 -*-
"""Sandviken: case-system exports (reportlab), Word letters and plans, one e-mail from the web client."""
from common import hdr, journal, sign, remiss_gavleborg

MUN = "Sandviken"
FOOT = "Sandvikens kommun · Socialförvaltningen · IFO Vuxen|Sida {page} av {pages}"
SYSFOOT = "Sandvikens kommun · utskrift ur verksamhetssystem|Sida {page} av {pages}"


def H(dnr, right=None):
    return hdr(MUN, dnr, right)


# ------------------------------------------------------------------ case 13
def case_0318():
    dnr = "2015-000318"
    pre = [
        ("h1", "Utredning -- missbruk vuxen"),
        ("kv", [("Namn", "Lennart Sundin"), ("Ärendenummer", dnr), ("Ansökan", "2015-01-26, öppenvård"),
                ("Handläggare", "Eva Hammar")], {"labelw": 22}),
    ]
    utr = [
        ("h2", "Inledning"),
        ("p", "Lennart ringde 2015-01-26 och ansökte om samtalskontakt för sitt drickande. Han hade dagen innan "
              "ramlat i trappan hemma och hans dotter hade sagt att hon inte längre ville att barnbarnen skulle "
              "sova över hos honom."),
        ("h2", "Utredningens genomförande"),
        ("p", "Två besök på socialkontoret (2015-02-02 och 2015-02-09), telefonsamtal med dottern och med "
              "distriktssköterska på Hälsocentralen Sandviken Norra, efter samtycke. AUDIT 2015-02-09."),
        ("h2", "Social situation"),
        ("p", "Lennart bor ensam i en trerumslägenhet i Sandviken. Han gick i pension från Sandvik 2013 efter 38 år "
              "som svarvare. Hustrun dog 2011. Dottern bor i Valbo och har två barn. Ekonomin är god. Lennart är "
              "med i PRO men har slutat gå på träffarna."),
        ("h2", "Alkohol"),
        ("p", "Lennart har druckit måttligt under arbetslivet men ökade efter hustruns död och särskilt efter "
              "pensioneringen. Han dricker i dag starköl och whisky varje dag från eftermiddagen, uppskattningsvis "
              "25--30 standardglas i veckan. AUDIT 22 poäng. Han var nykter i tre år på 1990-talet efter "
              "behandling."),
        ("h2", "Hälsa"),
        ("p", "Högt blodtryck, behandlat. Enligt distriktssköterskan har han förhöjt GT och har fallit två gånger i "
              "vinter."),
        ("h2", "Lennarts inställning"),
        ("p", "Lennart vill sluta dricka. Han vill ha samtal med någon \"som kan det här\" och vill gärna lämna "
              "prover för att kunna visa dottern att han är nykter."),
        ("h2", "Analys och ställningstagande"),
        ("p", "Lennart har ett alkoholberoende som har vuxit under flera år och förvärrats sedan pensioneringen, när "
              "dagarna saknar struktur. Drickandet har påverkat hans hälsa, med fall och förhöjda levervärden, och "
              "relationen till dottern och barnbarnen."),
        ("p", "Lennart har själv tagit initiativet, har ordnat boende och ekonomi och har tidigare klarat en lång "
              "nykter period. Socialtjänstens ställningstagande är att han kan bli nykter med stöd i öppenvård, där "
              "han lär sig känna igen sina återfallssituationer och bygger upp en vardag med innehåll. Individuell "
              "återfallsprevention vid Ledstången, med PEth-prov som han själv efterfrågat, ger honom det stödet och "
              "vilar på en metod med god evidens. Ett gemensamt samtal med dottern kan stärka relationen och hans "
              "motivation."),
        ("h2", "Förslag till beslut"),
        ("p", "Lennart Sundin beviljas öppenvård vid Öppenvårdsmottagningen Ledstången enligt 4 kap. 1 § SoL "
              "2015-03-09 -- 2015-08-31."),
        ("p", "Sandviken 2015-02-23. Eva Hammar, socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Lennart Sundin"), ("Ärendenummer", dnr), ("Beslutsdatum", "2015-02-26")], {"labelw": 24}),
        ("p", "**Beslut:** Bifall. Öppenvård vid Öppenvårdsmottagningen Ledstången (individuell återfallsprevention och "
              "PEth-provtagning) 2015-03-09 -- 2015-08-31."),
        ("p", "**Lagrum:** 4 kap. 1 § SoL"),
        ("p", "**Motivering:** Se utredning 2015-02-23, Analys och ställningstagande."),
        ("p", "**Beslutsfattare:** Peter Lind, enhetschef IFO Vuxen"),
    ]
    upp = [
        ("p", "Öppenvårdsmottagningen Ledstången\nAtt: Åsa Lindh"),
        ("p", "Sandviken 2015-02-27"),
        ("h1", "Uppdragsbeskrivning till öppenvården"),
        ("kv", [("Klient", "Lennart Sundin"), ("Ärendenummer", dnr),
                ("Beslut", "2015-02-26, 4 kap. 1 § SoL, 2015-03-09 -- 2015-08-31"),
                ("Ansvarig handläggare", "Eva Hammar, socialsekreterare\n026-24 13 57\neva.hammar@sandviken.se")], {"labelw": 24}),
        ("h2", "Nämndens bedömning av den enskildes behov"),
        ("p", "Lennart har ett alkoholberoende som förvärrats efter pensioneringen, med fall, förhöjda levervärden och "
              "påverkan på relationen till dottern. Han behöver stöd att känna igen och hantera sina "
              "återfallssituationer, en vardag med struktur och möjlighet att visa sin nykterhet med prover."),
        ("h2", "Uppdraget omfattar"),
        ("ul", ["Individuell återfallsprevention, 12 samtal", "PEth-prov var fjärde vecka (tas på hälsocentralen)",
                "Ett gemensamt samtal med dottern", "Stöd att hitta meningsfulla aktiviteter dagtid"]),
        ("h2", "Mål"),
        ("p", "Lennart är nykter (PEth under 0,05) och har minst en regelbunden aktivitet i veckan vid insatsens slut."),
        ("h2", "Uppföljning"),
        ("p", "Uppföljningssamtal med Lennart, behandlare och handläggare efter cirka tio veckor och ett avslutande samtal i augusti."),
        ("h2", "Återrapportering"),
        ("checks", [(True, "Genomförandeplan inom tre veckor"), (True, "Meddela omgående vid avbrott"),
                    (True, "Avslutningsrapport: måluppfyllelse, provsvar och rekommendation")], "bracket"),
        ("p", "Uppdragsbeskrivningen lämnas över till Ledstången genom internpost 2015-02-27."),
        sign("", "Eva Hammar", "Socialsekreterare"),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("p", "Öppenvårdsmottagningen Ledstången -- Lennart Sundin -- 2015-03-16"),
        ("p", "Lennart och jag (behandlare Åsa Lindh) har vid inskrivningssamtalen kommit överens om följande."),
        ("p", "Det första målet är att Lennart ska vara helt nykter från och med 2015-04-01. Det följer vi med PEth-prov "
              "som tas på Hälsocentralen Sandviken Norra 2015-04-27, 2015-05-25 och 2015-06-22, och målet är att "
              "värdet ska vara under 0,05 vid provet i juni. Jag ansvarar för att beställa proverna och Lennart för att "
              "gå och lämna dem."),
        ("p", "Det andra målet är att Lennart senast 2015-05-31 har en skriftlig plan för de tre situationer där risken "
              "för återfall är störst (eftermiddagarna, helger när dottern inte hör av sig, och hockeymatcher). Vi "
              "arbetar med det under de individuella samtalen varje torsdag kl. 10 från 2015-03-19."),
        ("p", "Det tredje målet är att Lennart senast 2015-06-30 har återupptagit minst en aktivitet i veckan, till "
              "exempel PRO-träffarna eller bowlingen. Lennart ansvarar själv för att kontakta PRO och vi stämmer av "
              "varje vecka."),
        ("p", "Ett gemensamt samtal med dottern Anna bokas i april. Jag ansvarar för kallelsen."),
        ("p", "Planen gås igenom vid uppföljningssamtalet med handläggaren i maj."),
        ("p", "Åsa Lindh, behandlare          Lennart Sundin"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Lennart Sundin · " + dnr),
        journal([
            ("2015-01-26", "Tfn Lennart, ansöker om samtal för alkoholproblem. Besök bokat. /EH"),
            ("2015-02-02", "Besök. Utredning inleds. Samtycke till kontakt med dotter och hälsocentral. /EH"),
            ("2015-02-09", "Besök. AUDIT 22. /EH"),
            ("2015-02-23", "Utredning kommunicerad. /EH"),
            ("2015-02-26", "Beslut ÖV Ledstången 9/3 -- 31/8 (PL). /EH"),
            ("2015-02-27", "Uppdragsbeskrivning lämnad till Ledstången (Åsa Lindh) via internpost. /EH"),
            ("2015-03-17", "GFP inkommen från Ledstången. /EH"),
            ("2015-05-20", "Vi träffades för att se hur det gått, Lennart, Åsa Lindh och handl. på Ledstången. Lennart har varit nykter "
                           "sedan 1/4, PEth 27/4 0,12 och 25/5 väntas. Har skrivit sin plan för risksituationerna. Har varit på PRO två gånger. "
                           "Samtalet med dottern genomfört i april, hon har låtit barnbarnen sova över igen. Fortsätter enligt plan. /EH"),
            ("2015-08-25", "Avslutande uppföjningssamtal på Ledstången. Samtliga mål uppnådda: PEth 22/6 under 0,05, går på PRO varje vecka "
                           "och bowlar på tisdagar. Lennart vill inte ha fortsatt kontakt men vet att han kan höra av sig. Avslutningsrapport "
                           "från Ledstången inkommer. /EH"),
        ]),
    ]
    rl = dict(font="Helvetica", size=9.5)
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="reportlab", blocks=utr, pre_blocks=pre, pre_height_mm=42,
             columns=2, header=H(dnr), footer=SYSFOOT, title="Utredning", **rl),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", **rl),
        dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", blocks=upp,
             header=H(dnr, "IFO Vuxen"), footer=FOOT, title="Uppdragsbeskrivning", font="Liberation Sans", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-docx", blocks=gfp,
             header=("Öppenvårdsmottagningen Ledstången\nSandvikens kommun", "Genomförandeplan"), footer="Ledstången|{page}",
             title="GFP", font="Liberation Serif", size=11),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
        dict(file="akt_utskrift.pdf", type="akt (utredning, beslut, journal)", producer="pdfunite",
             assemble=["utredning.pdf", "beslut.pdf", "journal.pdf"]),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="'Analys och ställningstagande' beskriver problemen och varför individuell ÅP med PEth vid Ledstången svarar mot dem; uppdraget anger behoven.",
                                 ev=["Socialtjänstens ställningstagande är att han kan bli nykter",
                                     "uppdragsbeskrivning.pdf::Nämndens bedömning av den enskildes behov"]),
        "planning": dict(label="ja", why="Genomförandeplan i löptext med daterade mål, vad som görs, vem som ansvarar och när.",
                         ev=["genomforandeplan.pdf::Det första målet är att Lennart"]),
        "follow_up": dict(label="ja", why="Journalen: 'vi träffades för att se hur det gått' 2015-05-20 och avslutande uppföljningssamtal 2015-08-25, båda med utfall.",
                          ev=["Vi träffades för att se hur det gått", "Avslutande uppföjningssamtal"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdragsbeskrivning som brev med behov, innehåll, mål, uppföljning, återrapportering, kontaktuppgifter och överlämnande 2015-02-27.",
                                       ev=["uppdragsbeskrivning.pdf::Uppdragsbeskrivning till öppenvården", "uppdragsbeskrivning.pdf::Återrapportering",
                                           "Uppdragsbeskrivning lämnad till Ledstången"]),
    }
    return dict(case_id="sandviken_2015-000318", committee="Sandviken", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 14
def case_0977():
    dnr = "2014-000977"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Ulrika Dahl"), ("Ärendenummer", dnr), ("Ansökan", "2014-10-06, behandlingshem"),
                ("Handläggare", "Peter Lind")], {"labelw": 22}),
        ("h2", "Ärendet"),
        ("p", "Ulrika ansökte om behandlingshem vid besök 2014-10-06. Kontakten förmedlades av hennes husläkare."),
        ("h2", "Bakgrund"),
        ("p", "Ulrika bor i radhus i Storvik med sin man. Hon arbetar deltid som kontorist på en bilfirma men är "
              "sjukskriven sedan augusti 2014. Parets två barn är vuxna."),
        ("h2", "Missbruk"),
        ("p", "Ulrika dricker vin dagligen och har under flera år tagit lugnande tabletter som hon fått förskrivna av "
              "olika läkare. AUDIT 2014-10-13: 26 p, DUDIT 9 p. Hon har avgiftats en gång, 2013."),
        ("h2", "Ulrikas egen bild"),
        ("p", "Ulrika säger själv att hon behöver komma bort från Sandviken en tid och att hon behöver hjälp med sina "
              "tabletter. Hon vill till Hagbacken, som hon läst om."),
        ("h2", "Bedömning"),
        ("p", "Se beslut."),
        sign("Sandviken 2014-11-17", "Peter Lind", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Ulrika Dahl"), ("Ärendenummer", dnr), ("Beslutsdatum", "2014-11-20")], {"labelw": 24}),
        ("p", "**Beslut:** Ulrika Dahl beviljas vård vid Hagbackens behandlingshem (HVB) enligt 4 kap. 1 § SoL "
              "under perioden 2014-12-01 -- 2015-05-31."),
        ("p", "**Skäl för beslutet:** Ansökan bifalls."),
        ("p", "**Beslutsfattare:** Eva Hammar, t.f. enhetschef"),
    ]
    remiss = remiss_gavleborg(
        dnr, "Hagbackens behandlingshem\nAtt: Intagningsansvarig", "2014-11-21",
        [("Klient", "Ulrika Dahl"), ("Uppdragsgivare", "Socialnämnden i Sandvikens kommun"),
         ("Ansvarig handläggare", "Peter Lind\nTel. 026-24 13 62\npeter.lind@sandviken.se"),
         ("Beslut", "2014-11-20, 4 kap. 1 § SoL, HVB 2014-12-01 -- 2015-05-31")],
        None,
        ["Behandling i HVB för alkohol- och läkemedelsberoende", "Läkarkontrollerad nedtrappning av bensodiazepiner",
         "Familjesamtal med maken", "Planering inför hemgång"],
        "Ulrika är nykter och läkemedelsfri vid utskrivning och har en plan för eftervård i Sandviken.",
        "Trepartssamtal efter ca tio veckor och utvärderingsmöte inför utskrivning.",
        [(True, "Genomförandeplan inom fyra veckor"), (True, "Omgående vid avbrott"), (True, "Slutrapport vid utskrivning")],
        "Skickad per post till Hagbacken 2014-11-21.",
        sign("", "Peter Lind", "Socialsekreterare"), place="Sandviken")
    gfp = [
        ("h1", "Genomförandeplan"),
        ("kv", [("Klient", "Ulrika Dahl"), ("Behandlingshem", "Hagbackens behandlingshem"), ("Kontaktperson", "Göran Sved"),
                ("Datum", "2014-12-22")], {"labelw": 24}),
        ("h2", "Mål:"),
        ("p", " "),
        ("h2", "Aktiviteter"),
        ("table", ["Aktivitet", "Ansvarig", "När"], [
            ["Nedtrappning av bensodiazepiner enligt läkarens schema", "Läkare, sjuksköterska", "Start 2014-12-08, klart v. 6"],
            ["Grupp: återfallsprevention, tre gånger/vecka", "Göran Sved", "Från 2015-01-07"],
            ["Enskilda samtal", "Göran Sved", "Tisdagar"],
            ["Familjesamtal med maken", "Familjeterapeut", "Februari och april 2015"],
            ["Alkohol- och drogtester", "Personal", "Löpande"],
        ], [5, 2.5, 2.5]),
        ("p", "Planen har gjorts tillsammans med Ulrika."),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Ulrika Dahl · " + dnr),
        journal([
            ("2014-10-06", "Besök, Ulrika ansöker om HVB. /PL"),
            ("2014-10-13", "Besök. AUDIT 26, DUDIT 9. /PL"),
            ("2014-11-17", "Utredning klar. /PL"),
            ("2014-11-20", "Beslut HVB Hagbacken (EH). /PL"),
            ("2014-11-21", "Remiss/uppdragsbeskrivning skickad till Hagbacken. /PL"),
            ("2014-12-01", "Ulrika inskriven på Hagbacken. /PL"),
            ("2014-12-29", "GFP inkommen från Hagbacken. /PL"),
            ("2015-02-18", "Trepartssamtal på Hagbacken (Ulrika, Göran Sved, handl.). Ulrika är nykter sedan inskrivningen, "
                           "nedtrappningen klar v. 5 och hon tar inga lugnande tabletter längre. Hon sover dåligt men bättre än i januari. "
                           "Ett familjesamtal med maken har genomförts, nästa i april. Hon vill stanna perioden ut. /PL"),
            ("2015-05-20", "Utvärderingsmöte inför utskrivning. Ulrika fortsatt nykter och läkemedelsfri, negativa prover hela perioden. "
                           "Maken deltog. Ulrika har tid på Ledstången 2015-06-03 för eftervård. Utskrivning 29/5. /PL"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Helvetica", size=10),
        dict(file="remiss_hagbacken.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", blocks=remiss,
             header=H(dnr, "IFO Vuxen"), footer=FOOT, title="Remiss", font="Liberation Sans", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="reportlab", blocks=gfp,
             header=("Hagbackens behandlingshem", "Genomförandeplan"), footer="Hagbacken|{page} ({pages})",
             title="Genomförandeplan", font="Times-Roman", size=10.5, rotate=[1]),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="nej", why="Bedömningen hänvisar till beslutet, och beslutets skäl är bara 'Ansökan bifalls'; i övrigt bara Ulrikas egna ord. Uppdragets avsnitt A är tomt.", ev=[]),
        "planning": dict(label="delvis", why="Genomförandeplanen (roterad sida) har aktiviteter med ansvar och tid men målfältet är tomt.",
                         ev=["genomforandeplan.pdf::Nedtrappning av bensodiazepiner enligt läkarens schema"]),
        "follow_up": dict(label="ja", why="Trepartssamtal 2015-02-18 och utvärderingsmöte 2015-05-20 med utfall.",
                          ev=["Trepartssamtal på Hagbacken (Ulrika", "Utvärderingsmöte inför utskrivning. Ulrika"]),
        "assignment_description": dict(label="delvis", present="bcdefg",
                                       why="Länsmallens remiss har uppdrag, mål, uppföljning, återrapportering, kontaktuppgifter och datum, men avsnitt A (nämndens bedömning) är tomt.",
                                       ev=["remiss_hagbacken.pdf::Uppdragsbeskrivning/Remiss till behandlingshem", "remiss_hagbacken.pdf::F. Överlämnande",
                                           "Remiss/uppdragsbeskrivning skickad till Hagbacken"]),
    }
    return dict(case_id="sandviken_2014-000977", committee="Sandviken", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 15
def case_0142():
    dnr = "2015-000142"
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Andreas Wiklund"), ("Ärendenummer", dnr), ("Ansökan", "2015-02-02, öppenvård"),
                ("Handläggare", "Eva Hammar")], {"labelw": 22}),
        ("h2", "Ärendet"),
        ("p", "Andreas ansökte om hjälp 2015-02-02 på inrådan av sin arbetsgivare efter ett positivt drogtest."),
        ("h2", "Bakgrund"),
        ("p", "Andreas bor med sambo och deras dotter, två år, i lägenhet på Nordanbäck. Han arbetar som "
              "lastbilschaufför. Arbetsgivaren har stängt av honom från körning tills han kan visa negativa prov."),
        ("h2", "Missbruk"),
        ("p", "Andreas har använt amfetamin på helger i omkring tre år, det senaste året även vissa vardagar för att "
              "orka med långa arbetspass. DUDIT 2015-02-09: 17 p. Han dricker lite alkohol."),
        ("h2", "Andreas inställning"),
        ("p", "Andreas vill sluta och behålla arbetet. Sambon har sagt att hon lämnar honom om han fortsätter."),
        ("h2", "Bedömning"),
        ("p", "Andreas har ett amfetaminbruk som utvecklats till ett beroende och som nu hotar hans arbete och "
              "familjesituation. Han har behov av stöd för att sluta, av regelbundna kontroller som han kan visa "
              "arbetsgivaren, och av strategier för trötthet och arbetspass, som han beskriver som utlösande. Han "
              "har en familj och ett arbete som är starka skyddsfaktorer och han vill inte lämna hemmet. "
              "Socialtjänsten bedömer att individuell KBT-baserad behandling och urinprov vid Ledstången tillgodoser "
              "behoven och gör det möjligt för honom att fortsätta arbeta när proverna är negativa."),
        ("h2", "Förslag till beslut"),
        ("p", "Andreas Wiklund beviljas öppenvård vid Ledstången enligt 4 kap. 1 § SoL 2015-03-23 -- 2015-09-30."),
        sign("Sandviken 2015-03-10", "Eva Hammar", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Andreas Wiklund"), ("Ärendenummer", dnr), ("Beslutsdatum", "2015-03-12")], {"labelw": 24}),
        ("p", "**Beslut:** Bifall. Öppenvård vid Öppenvårdsmottagningen Ledstången 2015-03-23 -- 2015-09-30."),
        ("p", "**Lagrum:** 4 kap. 1 § SoL"),
        ("p", "**Beslutsfattare:** Peter Lind, enhetschef"),
    ]
    mail = [
        ("kv", [("Från", "Eva Hammar <eva.hammar@sandviken.se>"), ("Till", "Ledstången Öppenvård <ledstangen@sandviken.se>"),
                ("Skickat", "fredag 13 mars 2015 10:05"), ("Ämne", "Uppdragsbeskrivning Andreas Wiklund, dnr 2015-000142")],
         {"labelw": 12, "noborder": True}),
        ("hr",),
        ("p", "Hej,"),
        ("p", "Andreas Wiklund har beviljats öppenvård hos er 2015-03-23 -- 2015-09-30 (beslut 2015-03-12). Här är uppdraget."),
        ("h3", "Socialtjänstens bedömning av behov"),
        ("p", "Andreas har ett amfetaminberoende som hotar arbete och familj. Han behöver stöd att sluta, regelbundna "
              "kontroller som han kan visa arbetsgivaren och strategier för trötthet och långa arbetspass."),
        ("h3", "Uppdraget"),
        ("p", "Individuell KBT-baserad behandling (ÅP) en gång i veckan, urinprov två gånger i veckan, intyg om provsvar "
              "till arbetsgivaren när Andreas begär det."),
        ("h3", "Mål"),
        ("p", "Andreas är drogfri och har fått tillbaka sina körningar senast 2015-06-30."),
        ("h3", "Uppföljning"),
        ("p", "Uppföljningsmöte (Andreas, behandlare, handläggare) i juni och inför avslut i september."),
        ("h3", "Återrapportering"),
        ("p", "Genomförandeplan inom tre veckor. Besked direkt vid avbrott. Skriftlig sammanfattning vid avslut."),
        ("p", "Mvh\nEva Hammar\nSocialsekreterare IFO Vuxen, Sandvikens kommun\nTel 026-24 13 57"),
    ]
    gfp = [
        ("h1", "Genomförandeplan -- Öppenvårdsmottagningen Ledstången"),
        ("kv", [("Klient", "Andreas Wiklund"), ("Behandlare", "Jimmy Nord"), ("Upprättad", "2015-04-07")], {"labelw": 16}),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Samtliga urinprov negativa från 2015-04-15", "Urinprov måndag och torsdag", "Andreas, Jimmy Nord", "Fr.o.m. 2015-03-26"],
            ["Andreas har åter körtjänst senast 2015-06-30", "Intyg om provsvar till arbetsgivaren, möte med arbetsgivaren", "Jimmy Nord, Andreas", "Möte i maj 2015"],
            ["Andreas har en plan för arbetspass och vila senast 2015-05-31", "ÅP-samtal onsdagar kl. 16", "Jimmy Nord", "Fr.o.m. 2015-04-01"],
            ["Sambon har erbjudits anhörigsamtal senast 2015-05-15", "Anhörigsamtal på Ledstången", "Jimmy Nord", "April--maj 2015"],
        ], [3.4, 3.3, 2.2, 2.2]),
        ("p", "Planen följs upp vid uppföljningsmöte med handläggaren i juni 2015."),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Andreas Wiklund · " + dnr),
        journal([
            ("2015-02-02", "Tfn Andreas, ansöker om hjälp. /EH"),
            ("2015-02-09", "Besök. DUDIT 17. Samtycke till kontakt med arbetsgivaren. /EH"),
            ("2015-03-10", "Utredning kommunicerad. /EH"),
            ("2015-03-12", "Beslut ÖV Ledstången 23/3 -- 30/9. /EH"),
            ("2015-03-13", "Uppdragsbeskrivning mejlad till Ledstången. /EH"),
            ("2015-04-08", "GFP inkommen. /EH"),
            ("2015-05-27", "Uppföljningsmöte bokat 2015-06-17 kl. 14 på Ledstången. /EH"),
            ("2015-06-16", "Uppföljningsmötet 17/6 ställs in, behandlaren sjuk. Ny tid meddelas. /EH"),
            ("2015-07-07", "Andreas ringer angående bostadsbidrag, hänvisad till FK. /EH"),
            ("2015-09-08", "Ingen ny tid för uppf. har bokats. Uppföljning ska ske innan beslutet går ut 30/9, handl. kontaktar Ledstången. /EH"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H(dnr), footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="reportlab", blocks=beslut, header=H(dnr), footer=SYSFOOT,
             title="Beslut", font="Helvetica", size=10),
        dict(file="uppdrag_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="chromium", blocks=mail,
             header=("Eva Hammar", ""), footer="|{page}", title="Uppdragsbeskrivning Andreas Wiklund", font="Liberation Sans", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="reportlab", blocks=gfp, orientation="landscape",
             header=("Öppenvårdsmottagningen Ledstången", "Genomförandeplan"), footer="Ledstången|{page} ({pages})",
             title="Genomförandeplan", font="Helvetica", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="reportlab", blocks=jour, header=H(dnr), footer=SYSFOOT,
             title="Journal", font="Helvetica", size=9),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Bedömningen anger behoven (sluta, kontroller, strategier för arbetspass) och varför individuell behandling vid Ledstången tillgodoser dem.",
                                 ev=["utredning.pdf::Han har behov av stöd för att sluta", "uppdrag_mejl.pdf::Socialtjänstens bedömning av behov"]),
        "planning": dict(label="ja", why="Liggande genomförandeplan med daterade mål, insats, ansvarig och tidpunkt.",
                         ev=["genomforandeplan.pdf::Samtliga urinprov negativa från"]),
        "follow_up": dict(label="nej", why="Uppföljningsmötet bokades och ställdes in; ingen ny tid, ingen uppföljning genomförd.", ev=[]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdraget som e-post 2015-03-13 med alla delar och signatur med telefon.",
                                       ev=["uppdrag_mejl.pdf::Uppdragsbeskrivning Andreas Wiklund", "Uppdragsbeskrivning mejlad till Ledstången"]),
    }
    return dict(case_id="sandviken_2015-000142", committee="Sandviken", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


CASES = [case_0318(), case_0977(), case_0142()]
