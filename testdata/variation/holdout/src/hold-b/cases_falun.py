# -*- coding: utf-8 -*-
"""Falun: Word/Writer-based office (docx + odt), one e-mail printed from the web client."""
from common import hdr, journal, sign

MUN = "Falun"
FOOT = "Falu kommun · Socialförvaltningen · Vuxenenheten|Sida {page} av {pages}"


# ------------------------------------------------------------------ case 1
def case_0231():
    dnr = "SN 2015/0231"
    H = hdr(MUN, dnr)
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Namn", "Per-Olof Hedman"), ("Personnummer", "19010318-4472"),
                ("Ärende", "Ansökan om öppenvård, missbruk (alkohol)"),
                ("Aktualiserad", "2015-02-09, egen ansökan per telefon"),
                ("Handläggare", "Annika Lundmark, socialsekreterare")], {"labelw": 28}),
        ("h2", "Ärendet"),
        ("p", "Per-Olof, som kallas PO, kontaktade Vuxenenheten per telefon 2015-02-09 och ansökte om hjälp "
              "för sitt drickande. Han har varit sjukskriven sedan december 2014 och uppger att det var hans "
              "hustru och hans husläkare som fick honom att ringa."),
        ("h2", "Underlag"),
        ("ul", ["Besök på Vuxenenheten 2015-02-12 och 2015-02-19",
                "AUDIT och DUDIT 2015-02-19",
                "Telefonsamtal med hustrun Gunilla Hedman 2015-02-24 (med PO:s samtycke)",
                "Telefonsamtal med husläkare vid Hälsocentralen Kvarnsveden 2015-02-25 (med samtycke)",
                "Kontroll i Försäkringskassans system om sjukpenning"]),
        ("h2", "Social situation"),
        ("p", "PO bor i villa i Hosjö tillsammans med sin hustru. Parets två vuxna barn har flyttat hemifrån. "
              "Han har arbetat som lagerarbetare på samma företag i 22 år och har en tillsvidareanställning. "
              "Ekonomin beskrivs som ordnad, men hustrun har tagit över ansvaret för räkningarna under hösten. "
              "PO har en bror i Borlänge som han träffar ibland. Umgänget i övrigt har minskat."),
        ("h2", "Alkohol och droger"),
        ("p", "PO har druckit alkohol regelbundet sedan ungdomen men beskriver att drickandet ökade för cirka "
              "två år sedan i samband med omorganisation på arbetet. Han dricker i dag vin eller starköl varje "
              "kväll, oftast en flaska vin eller sex till åtta burkar starköl, mer på helger. Han har vid två "
              "tillfällen under hösten 2014 kommit berusad till arbetet. Han har inte använt narkotika eller "
              "läkemedel utan förskrivning. AUDIT 2015-02-19 gav 27 poäng, DUDIT 0 poäng."),
        ("h2", "Hälsa"),
        ("p", "Enligt husläkaren har PO förhöjt blodtryck och förhöjda levervärden. Han sover dåligt och har "
              "nedstämdhet som han själv kopplar till drickandet. Husläkaren har skrivit ut Antabus, som PO "
              "tog under två veckor i januari men slutade med."),
        ("h2", "Tidigare insatser"),
        ("p", "Inga tidigare insatser från socialtjänsten. En avgiftning på Beroendecentrum i Falun 2013."),
        ("h2", "Nätverk och anhöriga"),
        ("p", "Hustrun Gunilla berättar att hon är orolig och trött och att hon funderat på att lämna honom. "
              "Hon vill gärna ha stöd för egen del och är positiv till att delta i anhörigträffar."),
        ("h2", "PO:s egen uppfattning och önskemål"),
        ("p", "PO vill sluta dricka helt. Han vill inte åka iväg på behandlingshem eftersom han vill behålla "
              "arbetet och vara hemma. Han har hört talas om gruppen på Mottagningen Ankaret genom en "
              "arbetskamrat och vill gärna börja där så snart som möjligt."),
        ("h2", "Bedömning"),
        ("p", "PO har ett alkoholberoende som har förvärrats under de senaste två åren och som nu påverkar "
              "hans hälsa, hans arbetsförmåga och relationen till hustrun. Han har behov av stöd för att "
              "bryta sitt dagliga drickande, av kunskap om vad som utlöser återfall och av konkreta strategier "
              "för de situationer där han dricker, främst kvällar ensam och perioder med stress på arbetet. "
              "Han har också behov av att hans hälsa följs upp med provtagning, och hans hustru har behov av "
              "stöd som anhörig."),
        ("p", "PO har ett ordnat boende, en anställning att återgå till och är själv motiverad. Det talar för "
              "att insatsen kan ges på hemmaplan. Socialtjänsten bedömer att strukturerad öppenvård vid "
              "Mottagningen Ankaret, med återfallsprevention (ÅP) i grupp, individuella samtal och "
              "regelbundna alkoholtester, svarar mot hans behov. ÅP är en manualbaserad metod som "
              "rekommenderas i Socialstyrelsens nationella riktlinjer. Insatsen bedöms kunna ge PO den "
              "struktur och kunskap han behöver för att bli och förbli nykter och att på sikt återgå i arbete."),
        ("h2", "Förslag till beslut"),
        ("p", "Per-Olof Hedman beviljas öppenvård i form av återfallsprevention i grupp och individuella "
              "samtal vid Mottagningen Ankaret enligt 4 kap. 1 § SoL, under perioden 2015-03-09 -- 2015-09-30."),
        ("p", "Utredningen har kommunicerats med PO 2015-03-02. Han har inget att tillägga."),
        sign("Falun 2015-03-02", "Annika Lundmark", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Per-Olof Hedman"), ("Personnummer", "19010318-4472"), ("Dnr", dnr),
                ("Beslutsdatum", "2015-03-04")], {"labelw": 25}),
        ("h2", "Beslut"),
        ("p", "Per-Olof Hedman beviljas öppenvård vid Mottagningen Ankaret: återfallsprevention i grupp samt "
              "individuella samtal och alkoholtester. Insatsen gäller 2015-03-09 -- 2015-09-30."),
        ("h2", "Lagrum"),
        ("p", "4 kap. 1 § socialtjänstlagen (SoL)"),
        ("h2", "Motivering"),
        ("p", "Per-Olof har ett alkoholberoende och behöver stöd för att bli nykter och kunna återgå i arbete. "
              "Öppenvård vid Ankaret bedöms tillgodose hans behov, se utredning daterad 2015-03-02."),
        ("h2", "Beslutsfattare"),
        ("p", "Johan Backman, 1:e socialsekreterare, enligt delegation (delegationsordning p. 4.1.3)"),
        ("p", "Beslutet har meddelats Per-Olof per brev 2015-03-04."),
    ]
    uppdrag = [
        ("h1", "Uppdragsbeskrivning -- öppenvård"),
        ("small", "Länsgemensam mall Dalarna, version 2014:2. Uppdragsbeskrivningen skickas till utföraren "
                  "tillsammans med beslutet. Utföraren bekräftar mottagandet."),
        ("kv", [("Klient", "Per-Olof Hedman, 19010318-4472"),
                ("Uppdragsgivare", "Socialnämnden i Falu kommun, Vuxenenheten"),
                ("Ansvarig handläggare", "Annika Lundmark, tel. 023-83 412, annika.lundmark@falun.se"),
                ("Utförare", "Mottagningen Ankaret, Falu kommuns beroendeenhet. Kontaktperson Ingrid Sahlén"),
                ("Beslut", "2015-03-04, 4 kap. 1 § SoL. Öppenvård 2015-03-09 -- 2015-09-30")], {"labelw": 28}),
        ("h2", "1. Socialnämndens bedömning av den enskildes behov"),
        ("p", "PO har ett alkoholberoende (AUDIT 27 p.) med dagligt drickande. Han har behov av stöd för att "
              "bryta drickandet, kunskap om sina återfallsrisker och strategier för kvällar och stressiga "
              "perioder. Hälsan behöver följas med provtagning. Han har arbete och bostad och vill ha "
              "behandling på hemmaplan. Hustrun har behov av anhörigstöd."),
        ("h2", "2. Uppdragets innehåll"),
        ("ul", ["Återfallsprevention (ÅP) i grupp, 10 träffar",
                "Individuella samtal varannan vecka under hela insatsperioden",
                "Blåsprov vid besök och PEth-prov var fjärde vecka (tas på Hälsocentralen, svar till Ankaret)",
                "Erbjudande om anhöriggrupp för hustrun Gunilla"]),
        ("h2", "3. Mål med insatsen"),
        ("p", "Övergripande mål: PO är nykter och har återgått i arbete. Delmålen formuleras tillsammans med PO "
              "i genomförandeplanen och ska vara mätbara och tidsatta."),
        ("h2", "4. Uppföljning"),
        ("p", "Genomförandeplan upprättas inom tre veckor från start. Uppföljningssamtal med PO, behandlare och "
              "handläggare efter cirka tre månader (vecka 24) samt inför att beslutet löper ut."),
        ("h2", "5. Återrapportering till socialtjänsten"),
        ("checks", [(True, "Genomförandeplan inom tre veckor"),
                    (True, "Omgående vid avbrott, uteblivna besök mer än två gånger i följd eller återfall som kräver annan insats"),
                    (False, "Månadsrapport"),
                    (True, "Skriftlig slutrapport vid avslut: måluppfyllelse, provsvar, PO:s egen bedömning och rekommendation om fortsatt stöd")]),
        ("h2", "6. Överlämnande"),
        ("kv", [("Uppdraget skickat till utföraren", "2015-03-05, säker e-post till Ingrid Sahlén"),
                ("Mottaget av utföraren", "2015-03-05, Ingrid Sahlén (kvittens per e-post)")], {"labelw": 40}),
        sign("Falun 2015-03-05", "Annika Lundmark", "Socialsekreterare"),
    ]
    gfp = [
        ("h1", "Genomförandeplan"),
        ("kv", [("Klient", "Per-Olof Hedman"), ("Utförare", "Mottagningen Ankaret"),
                ("Upprättad", "2015-03-23 av PO och behandlare Ingrid Sahlén. Handläggare Annika Lundmark har tagit del per telefon 2015-03-24"),
                ("Insats", "ÅP-grupp och individuella samtal enligt beslut 2015-03-04 (SN 2015/0231)")], {"labelw": 18}),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["PO är nykter, vilket visas med PEth under 0,05 µmol/l senast 2015-06-15",
             "Blåsprov vid varje besök. PEth-prov var fjärde vecka på Hälsocentralen Kvarnsveden",
             "PO. SSK Lena Berg (Ankaret) bevakar provsvaren",
             "Fr.o.m. 2015-03-23. PEth 2015-04-20, 2015-05-18, 2015-06-15"],
            ["PO kan beskriva sina tre vanligaste risksituationer och har en skriftlig plan för hur han hanterar dem, senast 2015-05-26",
             "ÅP-grupp, 10 träffar, tisdagar kl. 13--15",
             "Ingrid Sahlén, behandlare",
             "2015-03-24 -- 2015-05-26"],
            ["PO har återgått i arbete på minst 50 % senast 2015-06-01",
             "Avstämningsmöte med arbetsgivare och Försäkringskassan. Individuella samtal om arbetsåtergång",
             "PO. Handläggare Annika Lundmark kallar till avstämningsmötet",
             "Avstämningsmöte vecka 19. Samtal varannan vecka"],
            ["Gunilla har erbjudits anhörigstöd senast 2015-04-15",
             "Anhöriggrupp på Ankaret, sex träffar",
             "Ingrid Sahlén",
             "Gruppen startar 2015-04-08"],
        ], [3.2, 3.2, 2.4, 2.2]),
        ("p", "**Uppföljning:** Planen följs upp vid uppföljningssamtal 2015-06-16 på Ankaret (PO, behandlare, handläggare)."),
        ("p", "Underskrifter:   Per-Olof Hedman ______________________     Ingrid Sahlén ______________________"),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Per-Olof Hedman, 19010318-4472 · Utskrift ur verksamhetssystemet 2015-09-28"),
        journal([
            ("2015-02-09", "Telefon. PO ringer och ansöker om hjälp för alkoholproblem. Sjukskriven sedan december. Besökstid bokad 2015-02-12. /AL"),
            ("2015-02-12", "Besök. PO kom ensam. Berättar om drickandet, arbetet och oron hemma. Informerad om utredning och om sekretess. Samtycke till kontakt med hustru och husläkare lämnat. /AL"),
            ("2015-02-19", "Besök. AUDIT 27 p, DUDIT 0 p. PO vill börja på Ankaret, inte åka iväg. /AL"),
            ("2015-02-24", "Tfn hustrun Gunilla. Bekräftar bilden, orolig. Vill ha anhörigstöd. /AL"),
            ("2015-02-25", "Tfn husläkare Hälsocentralen Kvarnsveden: förhöjda levervärden, blodtryck. Antabus avslutat jan. /AL"),
            ("2015-03-02", "Utredningen klar och kommunicerad med PO vid besök. Inga synpunkter. /AL"),
            ("2015-03-04", "Beslut 4 kap 1 § SoL, ÖV Ankaret 2015-03-09 -- 2015-09-30 (JB). /AL"),
            ("2015-03-05", "Uppdragsbeskrivning skickad till Ankaret, Ingrid Sahlén, med säker e-post. Kvittens mottagen samma dag. /AL"),
            ("2015-03-10", "Inskrivning på Ankaret. Handl. deltog per telefon. PO börjar i ÅP-gruppen 24/3. /AL"),
            ("2015-03-24", "GFP från Ankaret inkommen, daterad 2015-03-23, genomgången per tfn med Ingrid. Skannad till akten. /AL"),
            ("2015-04-22", "Tfn PO. Går bra i gruppen tycker han. Planerat hembesök 2015-05-06. /AL"),
            ("2015-05-06", "Hembesök. PO och Gunilla hemma. Gunilla har börjat i anhöriggruppen. Avstämningsmöte med arbetsgivare och FK bokat 12/5. /AL"),
            ("2015-05-12", "Avstämningsmöte FK, arbetsgivare, PO, handl. PO börjar arbeta 50 % fr.o.m. 1/6. /AL"),
            ("2015-06-16", "Uppföljningssamtal på Ankaret. Närvarande PO, behandlare Ingrid Sahlén och handl. "
                           "PO har genomfört 9 av 10 ÅP-träffar och har en skriftlig plan för sina risksituationer. PEth 2015-04-20: 0,31, 2015-05-18: 0,08, "
                           "2015-06-15: under 0,05. Ett återfall under påskhelgen som PO själv berättade om. Arbetar 50 % sedan 1/6. "
                           "Målen i GFP bedöms uppnådda utom arbetsmålet som är delvis uppnått. Överrenskommet att de individuella samtalen "
                           "fortsätter varannan vecka beslutsperioden ut. /AL"),
            ("2015-08-11", "Tfn Gunilla, vill prata om egen situation. Hänvisad till anhörigmottagningen. /AL"),
            ("2015-09-15", "Avstämning per tfn med Ingrid Sahlén: PO fortsatt nykter, PEth under 0,05 i augusti. Arbetar nu 75 %. "
                           "Vill fortsätta med samtal under hösten. Handl. inleder utredning om fortsatt insats. /AL"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H,
             footer=FOOT, title="Utredning SN 2015/0231", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="libreoffice-docx", blocks=beslut, header=H,
             footer=FOOT, title="Beslut", font="Liberation Serif", size=11),
        dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", producer="libreoffice-odt", blocks=uppdrag,
             header=hdr(MUN, dnr, "Uppdragsbeskrivning"), footer=FOOT, title="Uppdragsbeskrivning", size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="libreoffice-odt", blocks=gfp,
             orientation="landscape", header=("Mottagningen Ankaret\nFalu kommuns beroendeenhet", "Genomförandeplan\nSN 2015/0231"),
             footer="Ankaret · Genomförandeplan|{page} ({pages})", title="GFP", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", blocks=jour, header=H,
             footer=FOOT, title="Journal", font="Liberation Sans", size=9.5),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Utredningens bedömning anger behoven (bryta drickandet, återfallskunskap, provtagning, anhörigstöd) och varför ÅP-öppenvård svarar mot dem.",
                                 ev=["har behov av stöd för att bryta sitt dagliga drickande", "svarar mot hans behov",
                                     "Öppenvård vid Ankaret bedöms tillgodose hans behov",
                                     "1. Socialnämndens bedömning av den enskildes behov"]),
        "planning": dict(label="ja", why="Genomförandeplan (liggande tabell) med mätbara, daterade mål, aktiviteter, ansvarig och tidpunkt.",
                         ev=["genomforandeplan.pdf::PO är nykter, vilket visas med PEth"]),
        "follow_up": dict(label="ja", why="Uppföljningssamtal 2015-06-16 med resultat (provsvar, måluppfyllelse) och avstämning 2015-09-15.",
                          ev=["Uppföljningssamtal på Ankaret. Närvarande PO", "Avstämning per tfn med Ingrid Sahlén"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdragsbeskrivning enligt länsmall med behov, innehåll, mål, uppföljning, ikryssad återrapportering, handläggarens kontaktuppgifter och överlämnandedatum.",
                                       ev=["uppdragsbeskrivning.pdf::Uppdragsbeskrivning -- öppenvård", "uppdragsbeskrivning.pdf::6. Överlämnande",
                                           "Uppdragsbeskrivning skickad till Ankaret"]),
    }
    return dict(case_id="falun_SN-2015-0231", committee="Falun", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 2
def case_0588():
    dnr = "SN 2015/0588"
    H = hdr(MUN, dnr)
    utr = [
        ("h1", "Utredning -- ansökan om behandling"),
        ("kv", [("Sökande", "Sofia Backlund"), ("Dnr", dnr), ("Inkom", "2015-03-30"),
                ("Utredare", "Johan Backman, socialsekreterare")], {"labelw": 22}),
        ("h2", "Anledning till utredning"),
        ("p", "Sofia ringde 2015-03-30 från avgiftningsavdelningen på Beroendecentrum i Falun och ansökte om "
              "behandling på behandlingshem. Hon hade då varit inlagd i sex dagar."),
        ("h2", "Sofias situation"),
        ("p", "Sofia är uppvuxen i Falun. Hon avbröt gymnasiet i årskurs två och har därefter haft kortare "
              "anställningar inom restaurang. Hon förlorade sin hyreslägenhet på Slätta i januari 2015 på grund "
              "av hyresskulder och störningar och har sedan dess bott hos olika bekanta. Hon saknar inkomst "
              "och har fått ekonomiskt bistånd sedan februari. Modern bor i Falun och är den som Sofia har "
              "mest kontakt med. Sofia har inga barn."),
        ("h2", "Missbruk"),
        ("p", "Sofia började använda amfetamin vid 19 års ålder. Sedan hösten 2013 har hon använt amfetamin "
              "dagligen, och under vintern 2015 har hon också injicerat. Hon använder cannabis för att kunna "
              "sova. Hon dricker sällan alkohol. DUDIT 2015-04-09: 38 poäng."),
        ("h2", "Hälsa"),
        ("p", "Enligt Beroendecentrum finns misstanke om ADHD, och en utredning har diskuterats men inte "
              "kunnat genomföras på grund av missbruket. Sofia har testats för hepatit C med negativt svar."),
        ("h2", "Tidigare insatser"),
        ("p", "Öppenvård vid Mottagningen Ankaret mars--april 2014 och oktober 2014. Båda kontakterna "
              "avbröts efter några veckor när Sofia slutade komma."),
        ("h2", "Sofias inställning"),
        ("p", "Sofia säger att hon inte klarar att vara i Falun just nu, eftersom alla hon känner använder. "
              "Hon vill till ett behandlingshem och har fått information om Lillmyren av personal på "
              "avgiftningen. När hon erbjöds att börja på Ankaret igen svarade hon nej."),
        ("h2", "Socialtjänstens ställningstagande"),
        ("p", "Sofia har ett allvarligt amfetaminberoende som har pågått i flera år och som under det senaste "
              "året har lett till att hon förlorat sin bostad, sin försörjning och de flesta relationer utanför "
              "missbruket. Hon har nyligen börjat injicera, vilket innebär ökade risker för hennes hälsa. Två "
              "försök med öppenvård under 2014 har inte räckt, och båda gångerna avbröts kontakten när hon "
              "återvände till samma umgänge."),
        ("p", "Socialtjänsten gör ställningstagandet att Sofia i nuläget inte kan bryta missbruket med stöd på "
              "hemmaplan. Det som krävs är en drogfri miljö med dygnet-runt-struktur, behandling som ger henne "
              "verktyg att hantera suget och de situationer som leder till återfall, och att psykiatrins "
              "misstanke om ADHD kan utredas när hon är drogfri. Hon saknar också bostad och en plan för "
              "vad som ska hända efter behandlingen."),
        ("p", "Lillmyrens behandlingshem erbjuder en drogfri miljö, arbetar med KBT-baserad återfallsprevention "
              "och har ett upparbetat samarbete med psykiatrin i Dalarna. En placering där ger Sofia "
              "förutsättningar att bli drogfri och att tillsammans med socialtjänsten förbereda ett eget "
              "boende. Samordning med Beroendecentrum sker genom en samordnad individuell plan (SIP)."),
        ("h2", "Förslag till beslut"),
        ("p", "Sofia Backlund beviljas vård vid Lillmyrens behandlingshem enligt 4 kap. 1 § SoL från 2015-05-18 "
              "under sex månader."),
        sign("Falun 2015-04-28", "Johan Backman", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut om bistånd"),
        ("kv", [("Namn", "Sofia Backlund"), ("Dnr", dnr), ("Datum", "2015-05-05")], {"labelw": 20}),
        ("p", "**Beslut:** Sofia Backlund beviljas vård i hem för vård eller boende (HVB), Lillmyrens behandlingshem, "
              "Rättvik, under perioden 2015-05-18 -- 2015-11-17."),
        ("p", "**Lagrum:** 4 kap. 1 § socialtjänstlagen"),
        ("p", "**Skäl:** Se utredning daterad 2015-04-28."),
        ("p", "Beslutet är fattat av Eva Grahn, enhetschef, enligt delegation."),
    ]
    remiss = [
        ("p", "Lillmyrens behandlingshem\nAtt: Föreståndare / intagningsansvarig\nRättvik"),
        ("p", "Falun 2015-05-07"),
        ("h1", "Uppdragsbeskrivning/Remiss till behandlingshem"),
        ("kv", [("Klient", "Sofia Backlund"), ("Beslut", "2015-05-05 enligt 4 kap. 1 § SoL, HVB 2015-05-18 -- 2015-11-17"),
                ("Ansvarig handläggare", "Johan Backman, socialsekreterare\nTel. 023-83 455 (tel.tid mån--fre 8.30--9.30)\njohan.backman@falun.se"),
                ("Betalningsansvar", "Socialnämnden i Falu kommun enligt ramavtal")], {"labelw": 28}),
        ("h2", "Bakgrund och socialtjänstens bedömning"),
        ("p", "Sofia har ett flerårigt amfetaminberoende och har under vintern också injicerat. Hon saknar "
              "bostad och sysselsättning. Två öppenvårdskontakter 2014 avbröts. Socialtjänstens ställningstagande "
              "är att hon i dag inte kan bli drogfri på hemmaplan utan att det krävs en drogfri miljö med "
              "struktur dygnet runt, återfallsprevention och att misstänkt ADHD utreds. Utredningen bifogas."),
        ("h2", "Uppdraget"),
        ("ul", ["Behandling i HVB med KBT-baserad återfallsprevention, individuellt och i grupp",
                "Regelbundna drogtester (urinprov minst två gånger per vecka)",
                "Medverkan i SIP tillsammans med Beroendecentrum Falun och socialtjänsten",
                "Stöd i kontakter med psykiatrin inför ADHD-utredning",
                "Utslussning förbereds tillsammans med socialtjänsten under sista behandlingsmånaden"]),
        ("h2", "Mål med placeringen"),
        ("p", "Sofia är drogfri, har en skriftlig återfallsplan och har en ordnad boendesituation inför "
              "utskrivning. Detaljerade och tidsatta mål finns i vårdplanen."),
        ("h2", "Uppföljning"),
        ("p", "Trepartssamtal (Sofia, behandlingshemmet, handläggare) sker efter cirka sju veckor och därefter "
              "var åttonde vecka. Vårdplanen och SIP följs upp vid samma tillfällen."),
        ("h2", "Återrapportering till socialtjänsten"),
        ("checks", [(False, "Genomförandeplan inom fyra veckor efter inskrivning"),
                    (False, "Månadsrapport"),
                    (False, "Omedelbart vid avvikelse, avbrott eller allvarligt återfall"),
                    (False, "Skriftlig slutrapport vid utskrivning")]),
        ("p", "Övrigt: "),
        ("p", "Handlingar som bifogas: utredning, beslut, vårdplan (eftersänds)."),
        sign("Med vänlig hälsning", "Johan Backman", "Socialsekreterare, Vuxenenheten"),
        ("small", "Mall: Uppdragsbeskrivning/Remiss till behandlingshem. Länsgemensam version Dalarna 2014-03."),
    ]
    vp = [
        ("h1", "Vårdplan"),
        ("kv", [("Namn", "Sofia Backlund"), ("Insats", "HVB, Lillmyrens behandlingshem, fr.o.m. 2015-05-18"),
                ("Upprättad", "2015-05-12 av Sofia och handläggare Johan Backman. Lillmyren har fått planen 2015-05-13"),
                ("Gäller till", "2015-11-17")], {"labelw": 20}),
        ("h2", "Mål och insatser"),
        ("table", ["Mål", "Vad görs", "Vem", "När"], [
            ["Sofia är drogfri under placeringen: samtliga urinprov negativa t.o.m. 2015-08-31",
             "Urinprov minst två gånger/vecka. Samtal om sug och risksituationer", "Lillmyren, Sofia", "Fr.o.m. 2015-05-18"],
            ["ADHD-utredning är påbörjad senast 2015-07-31",
             "SIP med Beroendecentrum. Remiss till psykiatrin", "Beroendecentrum, handl. kallar till SIP", "SIP-möte 2015-06-10"],
            ["Sofia har en skriftlig återfallsplan senast 2015-09-30",
             "KBT-samtal en gång/vecka, ÅP-grupp", "Behandlare på Lillmyren", "Fr.o.m. 2015-05-25"],
            ["Sofia har ansökt om bostad och har en plan för boendestöd vid utskrivning, senast 2015-10-31",
             "Anmälan till bostadskö. Kontakt med boendestödet i Falun", "Sofia, handläggare", "September--oktober 2015"],
        ], [3.4, 3.2, 2.2, 1.8]),
        ("h2", "Uppföljning"),
        ("p", "Vårdplanen följs upp vid trepartssamtal 2015-07-08 och därefter var åttonde vecka."),
        ("p", "Sofia Backlund ___________________        Johan Backman ___________________"),
    ]
    sip = [
        ("h1", "Samordnad individuell plan (SIP)"),
        ("kv", [("Namn", "Sofia Backlund"),
                ("Datum för SIP-möte", "2015-06-10, Lillmyrens behandlingshem (Beroendecentrum deltog via video)"),
                ("Deltagare", "Sofia Backlund; Johan Backman, socialtjänsten Falun; SSK Maria Grahn, Beroendecentrum Falun; kontaktperson Tomas Eng, Lillmyren"),
                ("Samtycke", "\u2612 Sofia har samtyckt till att informationen delas mellan deltagarna"),
                ("Huvudansvar för samordning", "Socialtjänsten, Johan Backman")], {"labelw": 22}),
        ("h2", "Sofias egna mål"),
        ("p", "\"Att vara drogfri och veta om jag har ADHD. Att ha en egen lägenhet till jul.\""),
        ("table", ["Insats/åtgärd", "Mål", "Ansvarig huvudman / person", "Klart senast"], [
            ["Remiss till psykiatrin för ADHD-utredning", "Utredning påbörjad", "Landstinget, SSK Maria Grahn", "2015-07-31"],
            ["Behandling och drogtester på HVB", "Drogfrihet, negativa prov", "Kommunen (HVB), Tomas Eng", "Löpande, avstäms 2015-09-09"],
            ["Ansökan till bostadskö och kontakt med boendestödet", "Bostad vid utskrivning", "Kommunen, Johan Backman", "2015-10-31"],
            ["Tandvårdsbedömning", "Tandstatus undersökt", "Landstinget, Folktandvården Rättvik", "2015-08-31"],
        ], [3, 2.5, 2.8, 1.6]),
        ("p", "**Uppföljning av SIP:** 2015-09-09 på Lillmyren, samma deltagare."),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Sofia Backlund · Dnr SN 2015/0588 · Utskrift 2015-09-28"),
        journal([
            ("2015-03-30", "Tfn från Sofia, inlagd på avgiftningen Beroendecentrum. Ansöker om behandlingshem. Besök bokat 2/4 på avdelningen. /JB"),
            ("2015-04-02", "Besök på avgiftningen tills. med SSK Maria Grahn. Sofia berättar om sin situation, samtycke till kontakt med Beroendecentrum och mamman. /JB"),
            ("2015-04-09", "Besök. DUDIT 38 p. Sofia avböjde erbjudandet om att börja på Ankaret igen, vill ha behandlingshem. Lillmyren kontaktad om plats. /JB"),
            ("2015-04-28", "Utredningen kommunicerad med Sofia (besök). Inget att tillägga. /JB"),
            ("2015-05-05", "Beslut HVB Lillmyren 18/5 -- 17/11 (EG). /JB"),
            ("2015-05-07", "Uppdragsbeskrivning/remiss skickad till Lillmyren per post och i kopia per e-post till intag. /JB"),
            ("2015-05-12", "Vårdplan upprättad tillsammans med Sofia. Skickad till Lillmyren 13/5. /JB"),
            ("2015-05-18", "Sofia skrevs in på Lillmyren, mamman skjutsade. Bekräftat per tfn av Tomas Eng. /JB"),
            ("2015-06-10", "SIP-möte på Lillmyren, se separat SIP. /JB"),
            ("2015-07-08", "Trepartssamtal på Lillmyren: Sofia, kontaktperson Tomas Eng och handl. Sofia har varit drogfri sedan "
                           "inskrivningen, alla urinprov negativa. Deltar i KBT-samtal varje vecka och i ÅP-gruppen. En konflikt med en annan "
                           "boende i juni som löstes. ADHD-utredningen påbörjad, första besök på psykiatrin 2015-07-02. Sofia trivs och vill "
                           "fullfölja. Mål 1 och 2 i vårdplanen uppnådda hittills. Nästa trepartssamtal 2015-09-09. /JB"),
            ("2015-08-14", "Återkoppling från behandlingshemmet (Tomas Eng, tfn): ett positivt prov för cannabis efter permission 8/8, Sofia har "
                           "själv berättat. Inga fler permissioner i augusti enl. överenskommelse med Sofia. /JB"),
            ("2015-09-09", "Uppföljning av vårdplan och SIP på Lillmyren. Sofia, Tomas Eng, SSK Maria Grahn (video), handl. "
                           "Återfallsplanen är klar och genomgången. ADHD-diagnos ställd i augusti, medicinering påbörjad. Tandvård klar. "
                           "Sofia står i bostadskö sedan 2015-08-20, kontakt med boendestödet bokad. Samtliga prov negativa sedan 14/8. "
                           "Utslussning planeras från mitten av oktober. /JB"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H, footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="libreoffice-docx", blocks=beslut, header=H, footer=FOOT,
             title="Beslut", font="Liberation Serif", size=11),
        dict(file="remiss_lillmyren.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", blocks=remiss,
             header=hdr(MUN, dnr, "Vuxenenheten\nTel. 023-830 00 (vx)"), footer=FOOT, title="Remiss", font="Liberation Sans", size=10),
        dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-docx", blocks=vp, header=H, footer=FOOT,
             title="Vårdplan", font="Liberation Sans", size=10),
        dict(file="sip.pdf", type="SIP", producer="libreoffice-docx", blocks=sip, orientation="landscape",
             header=("Samordnad individuell plan -- Dalarnas gemensamma mall", "Sofia Backlund\nSN 2015/0588"),
             footer="SIP enligt 2 kap. 7 § SoL och 3 f § HSL|Sida {page} av {pages}", title="SIP", font="Liberation Sans", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", blocks=jour, header=H, footer=FOOT,
             title="Journal", font="Liberation Sans", size=9.5),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Avsnittet 'Socialtjänstens ställningstagande' anger vad som krävs (drogfri miljö, ÅP, ADHD-utredning, bostad) och varför Lillmyren svarar mot det, utan ordet behov.",
                                 ev=["utredning.pdf::Socialtjänsten gör ställningstagandet", "utredning.pdf::Lillmyrens behandlingshem erbjuder en drogfri miljö",
                                     "remiss_lillmyren.pdf::Bakgrund och socialtjänstens bedömning"]),
        "planning": dict(label="ja", why="Vårdplan med daterade mål, vad, vem och när, samt SIP med ansvariga och datum.",
                         ev=["vardplan.pdf::samtliga urinprov negativa", "sip.pdf::Remiss till psykiatrin för ADHD-utredning"]),
        "follow_up": dict(label="ja", why="Trepartssamtal 2015-07-08 och uppföljning av vårdplan/SIP 2015-09-09 i journalen, båda med utfall.",
                          ev=["Trepartssamtal på Lillmyren: Sofia", "Uppföljning av vårdplan och SIP på Lillmyren"]),
        "assignment_description": dict(label="delvis", present="abcdfg",
                                       why="Remissbrevet har bedömning, uppdrag, mål, uppföljning, handläggarens kontaktuppgifter och datum, men avsnittet om återrapportering har ingen ruta ikryssad (e saknas).",
                                       ev=["remiss_lillmyren.pdf::Uppdragsbeskrivning/Remiss till behandlingshem", "remiss_lillmyren.pdf::Återrapportering till socialtjänsten",
                                           "Uppdragsbeskrivning/remiss skickad till Lillmyren"]),
    }
    return dict(case_id="falun_SN-2015-0588", committee="Falun", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 3 (declined)
def case_1377():
    dnr = "SN 2014/1377"
    H = hdr(MUN, dnr)
    akt = [
        ("h1", "Aktualisering"),
        ("kv", [("Datum", "2014-10-20"), ("Inkommen via", "Telefon, anmälare syster (Maria Nyberg)"),
                ("Avser", "Roger Nyberg"), ("Mottagare", "Mottagningsgruppen vuxen, Lars Ek")], {"labelw": 22}),
        ("h2", "Innehåll"),
        ("p", "Systern ringer och är orolig för sin bror Roger som hon uppger dricker mycket sedan han skildes för "
              "ett år sedan. Han har blivit av med körkortet efter rattfylleri i september och riskerar att förlora "
              "arbetet som montör. Systern vet inte om Roger själv vill ha hjälp men har sagt till honom att hon "
              "skulle ringa."),
        ("h2", "Åtgärd"),
        ("p", "Brev skickat till Roger med erbjudande om samtal. Roger ringde 2014-10-23 och bokade besök 2014-10-27. "
              "Vid besöket ansökte han om öppenvård. Förhandsbedömning: utredning inleds 2014-10-27."),
        sign("2014-10-27", "Lars Ek", "Socialsekreterare, mottagningen"),
    ]
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § socialtjänstlagen"),
        ("kv", [("Namn", "Roger Nyberg"), ("Dnr", dnr), ("Ansökan", "Öppenvård, 2014-10-27"),
                ("Handläggare", "Annika Lundmark")], {"labelw": 22}),
        ("h2", "Bakgrund"),
        ("p", "Roger bor ensam i en hyreslägenhet på Norslund sedan skilsmässan hösten 2013. Han har två barn i "
              "tonåren som bor med sin mamma i Leksand och som han träffar varannan helg. Han har arbetat som "
              "montör i 15 år. Efter att ha dömts för rattfylleri i september har han fått en varning av "
              "arbetsgivaren och arbetsgivaren har ställt krav på att han söker hjälp."),
        ("h2", "Alkohol"),
        ("p", "Roger dricker främst sprit, uppskattningsvis en halv till en flaska per dag under helger och "
              "2--3 dagar i veckan i övrigt. AUDIT 2014-11-03: 24 poäng. Han har inte använt narkotika."),
        ("h2", "Hälsa"),
        ("p", "Roger har ont i ryggen och tar värktabletter enligt ordination. Han beskriver perioder av "
              "nedstämdhet efter skilsmässan. Ingen kontakt med psykiatrin."),
        ("h2", "Rogers inställning"),
        ("p", "Roger vill behålla arbetet och barnen. Han tycker själv att drickandet har blivit ett problem men "
              "vill inte gå i grupp. Han säger sig vara beredd att pröva Ankaret."),
        ("h2", "Bedömning"),
        ("p", "Roger har ett riskbruk som övergått i ett beroende av alkohol, med rattfylleri och varning på "
              "arbetet som följd. Han har behov av att bryta sitt drickande och av stöd att hantera de "
              "situationer efter skilsmässan som han beskriver som utlösande, främst helger utan barnen. Han "
              "har också behov av att få sin nedstämdhet bedömd. Han har bostad, arbete och kontakt med barnen, "
              "vilket är skyddsfaktorer. Socialtjänsten bedömer att hans behov kan tillgodoses i öppenvård vid "
              "Ankaret med individuella samtal enligt ÅP och alkoholtester, och att insatsen ger honom möjlighet "
              "att behålla arbetet. Kontakt med hälsocentralen rekommenderas för nedstämdheten."),
        ("h2", "Förslag till beslut"),
        ("p", "Roger Nyberg beviljas öppenvård vid Mottagningen Ankaret enligt 4 kap. 1 § SoL, 2014-12-08 -- 2015-06-30."),
        sign("Falun 2014-11-24", "Annika Lundmark", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Roger Nyberg"), ("Dnr", dnr), ("Datum", "2014-12-03")], {"labelw": 20}),
        ("p", "**Beslut:** Roger Nyberg beviljas öppenvård vid Mottagningen Ankaret, individuella samtal och "
              "alkoholtester, under perioden 2014-12-08 -- 2015-06-30."),
        ("p", "**Lagrum:** 4 kap. 1 § SoL"),
        ("p", "**Motivering:** Se utredning 2014-11-24. Roger bedöms ha behov av stöd för att bryta sitt "
              "alkoholberoende och öppenvård bedöms tillgodose behovet."),
        ("p", "Vårdplan/genomförandeplan ska upprättas vid inskrivningen. Insatsen ska följas upp senast 2015-03-31."),
        ("p", "Beslutsfattare: Johan Backman, 1:e socialsekreterare"),
    ]
    jour = [
        ("h1", "Journal"),
        ("p", "Roger Nyberg · SN 2014/1377"),
        journal([
            ("2014-10-27", "Besök på mottagningen, ansökan om öppenvård. Utredning inleds. Ärendet fördelat till AL. /LE"),
            ("2014-11-03", "Besök. AUDIT 24 p. Samtycke till kontakt med arbetsgivare lämnat. /AL"),
            ("2014-11-10", "Tfn arbetsgivaren (personalchef): bekräftar varningen, positiva till att Roger får stöd. /AL"),
            ("2014-11-24", "Utredning kommunicerad per brev. /AL"),
            ("2014-12-03", "Beslut ÖV Ankaret 8/12 -- 30/6. /AL"),
            ("2014-12-05", "Tfn Ankaret, preliminär starttid 8/12 kl. 10. Remiss till Ankaret skickas när Roger bekräftat startdatum. "
                           "Försökt nå Roger, lämnat meddelande. /AL"),
            ("2014-12-08", "Kl. ringer. Han tackar nej till insatsen. Har fått arbete i Norge från januari och vill \"klara det själv\". "
                           "Handl. informerar om att han är välkommen att höra av sig igen och om AA och Alkohollinjen. "
                           "Ankaret informerat per tfn att Roger inte kommer. /AL"),
            ("2014-12-15", "Brev till Roger med bekräftelse. Ärendet avslutas, insatsen har inte påbörjats. Ingen uppföljning aktuell. /AL"),
        ]),
    ]
    docs = [
        dict(file="aktualisering.pdf", type="aktualisering", producer="libreoffice-odt", blocks=akt, header=H, footer=FOOT,
             title="Aktualisering", size=10.5),
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H, footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="libreoffice-docx", blocks=beslut, header=H, footer=FOOT,
             title="Beslut", font="Liberation Serif", size=11),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-odt", blocks=jour, header=H, footer=FOOT,
             title="Journal", size=9.5),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Utredningens bedömning anger behoven (bryta drickandet, helgsituationer, nedstämdhet) och varför öppenvård vid Ankaret svarar mot dem.",
                                 ev=["utredning.pdf::Han har behov av att bryta sitt drickande", "beslut.pdf::Roger bedöms ha behov av stöd"]),
        "planning": dict(label="ej_tillämpligt", why="Roger tackade nej till insatsen innan den startade; ingen plan behövdes.", ev=[]),
        "follow_up": dict(label="ej_tillämpligt", why="Insatsen påbörjades aldrig (tackade nej 2014-12-08); uppföljningsdatumet i beslutet blev aldrig aktuellt.", ev=[]),
        "assignment_description": dict(label="nej", present="",
                                       why="Ingen uppdragsbeskrivning skrevs; journalen säger bara att remiss skulle skickas när start bekräftats.", ev=[]),
    }
    return dict(case_id="falun_SN-2014-1377", committee="Falun", diarienummer=dnr, scenario="declined", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 4 (recent)
def case_0702():
    dnr = "SN 2015/0702"
    H = hdr(MUN, dnr)
    utr = [
        ("h1", "Utredning enligt 11 kap. 1 § SoL -- vuxen missbruk"),
        ("kv", [("Namn", "Mikael Grönlund"), ("Dnr", dnr), ("Ansökan", "2015-07-20, HVB"),
                ("Handläggare", "Annika Lundmark")], {"labelw": 22}),
        ("h2", "Hur ärendet aktualiserades"),
        ("p", "Mikael avgiftades på Beroendecentrum Falun 2015-07-08 -- 2015-07-17 och ansökte därefter om "
              "behandlingshem vid besök på Vuxenenheten 2015-07-20."),
        ("h2", "Nuvarande situation"),
        ("p", "Mikael bor i en andrahandslägenhet i centrala Falun. Han har arbetat som snickare men har varit "
              "arbetslös sedan våren 2014. Han har en dotter i förskoleåldern som bor hos sin mamma; umgänget har "
              "upphört sedan mamman i maj gjorde en orosanmälan om att Mikael var påverkad vid ett umgängestillfälle."),
        ("h2", "Missbruk"),
        ("p", "Mikael dricker alkohol dagligen och röker cannabis flera gånger i veckan. Han har genomgått tre "
              "avgiftningar under 2014--2015 och har efter varje avgiftning återfallit inom en vecka. AUDIT 31 p, "
              "DUDIT 19 p (2015-07-27). Han har gått på Ankaret under hösten 2014 men avbrutit."),
        ("h2", "Mikaels egen uppfattning"),
        ("p", "Mikael säger att han vill bli nykter för dotterns skull och att han inte klarar det hemma. Han "
              "vill till ett behandlingshem en bit från Falun."),
        ("h2", "Sammanfattande bedömning"),
        ("p", "Mikael har ett alkohol- och cannabisberoende där upprepade avgiftningar och öppenvård inte har lett "
              "till varaktig förändring. Han har behov av en längre period i en drogfri miljö med strukturerad "
              "behandling, av stöd för att hantera sitt sug och av hjälp att återuppta kontakten med dottern. Han "
              "har också behov av planering för sysselsättning och eget boende inför utskrivning. Socialtjänsten "
              "bedömer att behandling på Älvgläntans behandlingshem, som arbetar med ÅP och MI och har "
              "familjeinriktat arbete, tillgodoser behoven bättre än fortsatt öppenvård."),
        ("h2", "Förslag till beslut"),
        ("p", "Mikael Grönlund beviljas HVB, Älvgläntans behandlingshem, 4 kap. 1 § SoL, fr.o.m. 2015-09-14 i sex månader."),
        sign("Falun 2015-08-27", "Annika Lundmark", "Socialsekreterare"),
    ]
    beslut = [
        ("h1", "Beslut"),
        ("kv", [("Namn", "Mikael Grönlund"), ("Dnr", dnr), ("Datum", "2015-09-03")], {"labelw": 20}),
        ("p", "**Beslut:** Bifall. Mikael Grönlund beviljas vård på Älvgläntans behandlingshem (HVB), Älvdalen, "
              "2015-09-14 -- 2016-03-13."),
        ("p", "**Lagrum:** 4 kap. 1 § SoL"),
        ("p", "**Motivering:** Se utredning 2015-08-27."),
        ("p", "Beslutsfattare: Eva Grahn, enhetschef"),
    ]
    vp = [
        ("h1", "Vårdplan"),
        ("kv", [("Namn", "Mikael Grönlund"), ("Placering", "Älvgläntans behandlingshem fr.o.m. 2015-09-14"),
                ("Upprättad", "2015-09-10, Mikael och Annika Lundmark")], {"labelw": 18}),
        ("table", ["Mål", "Vad ska göras", "Ansvarig", "Tid"], [
            ["Mikael är nykter och drogfri under placeringen (negativa prov) t.o.m. 2016-03-13", "Alkohol- och drogtester enligt Älvgläntans rutin, ÅP individuellt och i grupp", "Älvgläntan, Mikael", "Fr.o.m. 2015-09-14"],
            ["Mikael har träffat sin dotter under ordnade former senast 2015-12-31", "Samtal med dotterns mamma och familjerätten om umgänge, familjesamtal", "Handläggare, Älvgläntans familjeterapeut", "Samtal med familjerätten oktober 2015"],
            ["Mikael har en plan för sysselsättning senast 2016-02-15", "Kontakt med Arbetsförmedlingen, praktik under utslussning", "Mikael, Älvgläntan", "Januari--februari 2016"],
            ["Mikael har egen bostad eller utslussningsboende vid utskrivning 2016-03-13", "Ansökan om bostad, planering av utslussning", "Mikael, handläggare", "Från december 2015"],
        ], [3.3, 3.4, 2.3, 1.8]),
        ("p", "Vårdplanen följs upp vid trepartssamtal på Älvgläntan cirka sex veckor efter inskrivning, därefter var tredje månad."),
    ]
    mail = [
        ("kv", [("Från", "Lundmark Annika &lt;annika.lundmark@falun.se&gt;".replace("&lt;", "<").replace("&gt;", ">")),
                ("Skickat", "den 10 september 2015 15:42"),
                ("Till", "intag@alvglantan.se"),
                ("Kopia", "Grahn Eva"),
                ("Ämne", "Uppdragsbeskrivning -- Mikael Grönlund, placering fr.o.m. 14/9 (SN 2015/0702)"),
                ("Bifogade filer", "Vardplan_MG_20150910.pdf; Beslut_20150903.pdf")], {"labelw": 16, "noborder": True}),
        ("hr",),
        ("p", "Hej!"),
        ("p", "Som vi pratade om i telefon kommer här uppdragsbeskrivningen för Mikael Grönlund som skrivs in hos er "
              "måndag 14/9."),
        ("p", "**Socialtjänstens bedömning av behov:** Mikael har ett alkohol- och cannabisberoende och har återfallit "
              "efter tre avgiftningar. Han har behov av en längre tid i drogfri miljö med strukturerad behandling, "
              "stöd för att hantera suget, hjälp att återuppta kontakten med sin dotter samt planering för "
              "sysselsättning och boende."),
        ("p", "**Uppdraget:** Behandling i HVB med ÅP och MI, drogtester, familjeinriktat arbete kring relationen till "
              "dottern (i samråd med familjerätten), stöd i kontakt med Arbetsförmedlingen och planering av utslussning."),
        ("p", "**Mål:** Se bifogad vårdplan. Övergripande: Mikael är nykter och drogfri, har kontakt med dottern och "
              "har sysselsättning och bostad planerad vid utskrivning 2016-03-13."),
        ("p", "**Uppföljning:** Trepartssamtal hos er cirka sex veckor efter inskrivning, därefter var tredje månad. "
              "Jag kommer ut till er. Vårdplanen följs upp vid samma tillfällen."),
        ("p", "**Detta vill vi ha från er:** genomförandeplan inom fyra veckor, besked samma dag vid avbrott eller "
              "avvikelse, och en skriftlig slutrapport vid utskrivning om hur målen uppnåtts, provresultat och "
              "rekommendation om fortsatta insatser."),
        ("p", "Hör av dig om något är oklart!"),
        ("p", "Med vänlig hälsning\n\nAnnika Lundmark\nSocialsekreterare, Vuxenenheten\nFalu kommun, Socialförvaltningen\n"
              "Tel. 023-83 412\nannika.lundmark@falun.se"),
        ("small", "Detta e-postmeddelande kan innehålla sekretesskyddade uppgifter. Om du fått det av misstag, "
                  "meddela avsändaren och radera det."),
    ]
    jour = [
        ("h1", "Journalanteckningar"),
        ("p", "Mikael Grönlund · SN 2015/0702"),
        journal([
            ("2015-07-20", "Besök. Mikael ansöker om behandlingshem efter avgiftning på Beroendecentrum 8/7 -- 17/7. Utredning inleds. /AL"),
            ("2015-07-27", "Besök. AUDIT 31, DUDIT 19. Samtycke till kontakt med Beroendecentrum och familjerätten. /AL"),
            ("2015-08-05", "Tfn Älvgläntan, plats finns från mitten av september. /AL"),
            ("2015-08-27", "Utredning kommunicerad. /AL"),
            ("2015-09-03", "Beslut HVB Älvgläntan 14/9 2015 -- 13/3 2016. /AL"),
            ("2015-09-10", "Vårdplan upprättad med Mikael. Uppdragsbeskrivning skickad till Älvgläntan per e-post idag kl 15.42 med vårdplan och beslut bifogade. /AL"),
            ("2015-09-15", "Mejl från Älvgläntan: Mikael skrevs in igår. /AL"),
            ("2015-09-21", "Första uppföljning (trepartssamtal) bokad till 2015-10-27 kl. 10 på Älvgläntan. Uppföljning av vårdplanen planeras till oktober. /AL"),
        ]),
    ]
    docs = [
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", blocks=utr, header=H, footer=FOOT,
             title="Utredning", font="Liberation Serif", size=11),
        dict(file="beslut.pdf", type="beslut", producer="libreoffice-docx", blocks=beslut, header=H, footer=FOOT,
             title="Beslut", font="Liberation Serif", size=11),
        dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-odt", blocks=vp, header=H, footer=FOOT,
             title="Vårdplan", size=10),
        dict(file="uppdrag_epost.pdf", type="uppdragsbeskrivning (e-post)", producer="chromium", blocks=mail,
             header=("Utskrift: Outlook Web App", "Annika Lundmark"), footer="|{page}/{pages}",
             title="Uppdragsbeskrivning -- Mikael Grönlund", font="Liberation Sans", size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", blocks=jour, header=H, footer=FOOT,
             title="Journal", font="Liberation Sans", size=9.5),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Sammanfattande bedömning anger behoven och varför HVB Älvgläntan tillgodoser dem; upprepas i e-postuppdraget.",
                                 ev=["utredning.pdf::Han har behov av en längre period", "uppdrag_epost.pdf::Socialtjänstens bedömning av behov"]),
        "planning": dict(label="ja", why="Vårdplan 2015-09-10 med daterade mål, åtgärder, ansvarig och tid.",
                         ev=["vardplan.pdf::Mikael är nykter och drogfri under placeringen"]),
        "follow_up": dict(label="ej_tillämpligt", why="Placeringen startade 2015-09-14; första uppföljningen är bokad till 2015-10-27, efter granskningsdatumet.", ev=[]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdraget skickat som e-post 2015-09-10 med behov, uppdrag, mål, uppföljning, återrapportering och signatur med telefon.",
                                       ev=["uppdrag_epost.pdf::Uppdragsbeskrivning -- Mikael Grönlund", "uppdrag_epost.pdf::Detta vill vi ha från er",
                                           "Uppdragsbeskrivning skickad till Älvgläntan per e-post"]),
    }
    return dict(case_id="falun_SN-2015-0702", committee="Falun", diarienummer=dnr, scenario="recent", docs=docs, criteria=crit)


CASES = [case_0231(), case_0588(), case_1377(), case_0702()]
