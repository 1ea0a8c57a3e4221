# -*- coding: utf-8 -*-
"""Enköping: three cases. Socialförvaltningen, Vuxengruppen (mottagning / utredning /
uppföljning); diarienummer IFO.ÅÅÅÅ.NNNN."""
from common import journal_plain, journal_blocks_table, journal_blocks_kv, email_blocks

KOM = "Enköpings kommun · Socialförvaltningen"

# =====================================================================================
# 5. IFO.2015.0047 Daniel Fors, cannabis/amfetamin, öppenvård.
#    Only a one-line conclusion, undated bullet plan, follow-up done, no written assignment.
# =====================================================================================
D5 = "IFO.2015.0047"
c5_utr = [
    ("letterhead", "Enköpings kommun\nSocialförvaltningen – Vuxengruppen", "UTREDNING\n2015-02-24\nDnr %s" % D5),
    ("h1", "Utredning angående Daniel Fors"),
    ("p", "Ansökan om öppenvård inkom 2015-01-19. Utredning enligt 11 kap. 1 § SoL inleddes 2015-01-20."),
    ("h2", "Bakgrund"),
    ("p", "Daniel är 35 år och bor ensam i hyreslägenhet i Enköping. Han arbetar via ett bemanningsföretag och har sedan i "
          "december ett uppdrag som lagerarbetare i Bålsta, vilket han är rädd att förlora. Han har använt cannabis sedan "
          "tonåren och amfetamin i perioder, senast under hösten 2014. Han har en dotter på sex år som bor hos mamman i "
          "Västerås; umgänget har varit oregelbundet."),
    ("h2", "Utredningens underlag"),
    ("p", "Samtal 2015-01-27 och 2015-02-10, ASI-intervju 2015-02-03, läkarbesök på Beroendemottagningen 2015-02-12, "
          "urinprov 2015-01-27 (positivt för cannabis) och 2015-02-10 (negativt)."),
    ("h2", "ASI-intervju 2015-02-03"),
    ("p", "Problemområden med högst skattning: narkotika (I 6), arbete och försörjning (I 4), familj och umgänge (I 4). Inga "
          "problem med alkohol. Daniel har inte haft någon behandling tidigare. Han skattar själv narkotika som sitt största "
          "problem och säger att han röker cannabis ”för att kunna sova”."),
    ("h2", "Uppgifter från läkare"),
    ("p", "Daniel har träffat läkare på Beroendemottagningen. I journalkopian står:"),
    ("quote", "”Bedömning: Cannabisberoende, i dag utan abstinens. Amfetaminbruk i remission sedan november. Inga "
              "hinder för psykosocial behandling i öppen form. Sömnstörning, behandlas med melatonin.”"),
    ("h2", "Daniels synpunkter"),
    ("p", "Daniel vill sluta med droger och behålla arbetet. Han kan gå på samtal efter klockan 16 och vill inte delta i grupp."),
    ("h2", "Bedömning"),
    ("p", "Daniel bedöms vara i behov av öppenvård."),
    ("h2", "Förslag till beslut"),
    ("p", "Daniel Fors beviljas öppenvård vid Öppenvården Rosendal enligt 4 kap. 1 § SoL 2015-03-02 – 2015-08-31."),
    ("sig", ["Enköping 2015-02-24", "", "Petra Hedlund", "Socialsekreterare, Vuxengruppen utredning"]),
]

c5_beslut = [
    ("letterhead", "ENKÖPINGS KOMMUN\nSocialnämnden", "BESLUT\n2015-02-25\nDnr %s" % D5),
    ("h1", "Beslut om bistånd"),
    ("table", {"widths": [30, 70], "rows": [
        ["Sökande", "Daniel Fors"],
        ["Beslut", "Bistånd i form av öppenvård vid Öppenvården Rosendal beviljas 2015-03-02 – 2015-08-31."],
        ["Lagrum", "4 kap. 1 § SoL"],
        ["Skäl för beslutet", "Se utredning."],
        ["Beslutsfattare", "Stefan Wall, enhetschef (delegation)"],
    ]}),
    ("small", "Du kan överklaga beslutet till förvaltningsrätten i Uppsala. Skicka överklagandet till socialnämnden inom tre "
              "veckor från den dag du fick del av beslutet."),
]

c5_gfp = [
    ("h1", "Genomförandeplan"),
    ("p", "**Öppenvården Rosendal** – Enköpings kommun"),
    ("p", "Klient: Daniel Fors    Behandlare: Johan Lindkvist    Upprättad: 2015-03-16"),
    ("h2", "Vad Daniel vill förändra"),
    ("ul", ["Sluta röka cannabis",
            "Sova bättre",
            "Må bättre och ha mer kontakt med dottern",
            "Behålla jobbet"]),
    ("h2", "Hur vi ska arbeta"),
    ("ul", ["Samtal enligt återfallsprevention och MI",
            "Urinprov",
            "Prata om sömn",
            "Kontakt med dotterns mamma om Daniel vill"]),
    ("h2", "Uppföljning"),
    ("p", "Planen följs upp under behandlingen."),
    ("sig", ["Daniel Fors          Johan Lindkvist"]),
]

c5_journal = journal_plain([
    "ENKOPINGS KOMMUN - SOCIALFORVALTNINGEN            JOURNAL (utskrift)",
    "Dnr %s   Daniel Fors" % D5,
    "Datum | Händelse | Kontakttyp | Utförd av",
], [
    dict(date="2015-01-19", time="", event="Ansökan", ctype="Besök", by="Mottagningen, Lotta Ek",
         text="Daniel kommer till receptionen och ansöker om hjälp att sluta med cannabis. Överlämnas till utredning."),
    dict(date="2015-01-27", time="", event="Utredningssamtal", ctype="Besök", by="Petra Hedlund",
         text="Första samtalet. Daniel berättar om sin situation. Urinprov lämnat."),
    dict(date="2015-02-03", time="", event="ASI", ctype="Besök", by="Petra Hedlund",
         text="ASI-intervju genomförd."),
    dict(date="2015-02-25", time="", event="Beslut", ctype="-", by="Stefan Wall",
         text="Beviljas öppenvård Rosendal 2015-03-02 -- 2015-08-31."),
    dict(date="2015-02-26", time="", event="Kontakt utförare", ctype="Telefon", by="Petra Hedlund",
         text="Handl. har muntligen informerat Johan Lindkvist på Rosendal om beslutet och vad Daniel vill ha hjälp med. "
              "Skriftligt uppdrag skickas när handl. är tillbaka från semestern."),
    dict(date="2015-03-16", time="", event="Inkommen handling", ctype="Post", by="Petra Hedlund",
         text="GFP från Rosendal inkommen."),
    dict(date="2015-05-27", time="", event="Uppföljning", ctype="Uppföljningssamtal", by="Petra Hedlund",
         text="Uppföljningssamtal på Rosendal med Daniel och Johan L. Daniel har kommit på 10 av 12 bokade samtal. Alla "
              "urinprov sedan 2015-03-30 negativa, ett positivt för cannabis i mitten av mars. Han sover bättre med melatonin "
              "och har varit på jobbet hela tiden. Han har träffat dottern två helger i maj. Daniel tycker att det går bra och "
              "vill fortsätta. Överenskommet: fortsatta samtal varje vecka, urinprov varannan vecka."),
    dict(date="2015-08-26", time="", event="Uppföljning", ctype="Uppföljningssamtal", by="Petra Hedlund",
         text="Avslutande uppföljn.samtal. Daniel har varit drogfri sedan mars enl. prover. Har fått fast anställning från "
              "1 sept. Vill avsluta behandlingen men kunna höra av sig vid behov. Insatsen avslutas 2015-08-31 enligt beslut."),
], style="B", width=88)

# =====================================================================================
# 6. IFO.2014.0312 Eva Granberg, alkohol + sömnmedel, HVB Vallmogården.
#    One assembled PDF; signed vårdplan page is a scan; follow-up noted without outcome.
# =====================================================================================
D6 = "IFO.2014.0312"
c6_utr = [
    ("letterhead", "Enköpings kommun\nSocialförvaltningen, Vuxengruppen", "Utredning enligt 11 kap. 1 § SoL\nDnr %s" % D6),
    ("h1", "Utredning – Eva Granberg"),
    ("kv", [("Född", "1967"), ("Ansökan", "2014-09-22, behandlingshem"), ("Utredningstid", "2014-09-23 – 2014-11-05"),
            ("Utredare", "Marcus Öberg")]),
    ("h2", "Ärendet"),
    ("p", "Eva sökte hjälp efter att ha varit inlagd på medicinkliniken i Enköping 2014-09-12 – 2014-09-19 för "
          "alkoholförgiftning i kombination med sömnmedel. Hon har två vuxna barn och bor ensam sedan 2012."),
    ("h2", "Underlag"),
    ("p", "Samtal med Eva vid fyra tillfällen, ASI-intervju 2014-10-01, AUDIT (31 p), kontakt med medicinkliniken, "
          "vårdcentralen och dottern Sara."),
    ("h2", "Situation"),
    ("p", "Eva har arbetat som undersköterska men är sjukskriven på heltid sedan maj 2014. Hon dricker dagligen, mestadels vin, "
          "och tar sömnmedel (zopiklon) utöver ordination. Hon har isolerat sig och slutat träffa vänner. Dottern beskriver att "
          "hon varit orolig länge och hittat mamman medvetslös i september. Eva har gjort ett försök med öppenvård 2013, som "
          "hon avbröt efter fyra veckor."),
    ("h3", "ASI"),
    ("p", "Alkohol I 8, psykisk hälsa I 6, arbete/försörjning I 5, familj/umgänge I 4, fysisk hälsa I 4. Narkotika och "
          "kriminalitet 0."),
    ("h3", "Medicinkliniken"),
    ("quote", "”Vår bedömning vid utskrivningen är att patienten har ett alkoholberoende och ett skadligt bruk av "
              "sömnmedel, och att hon bör erbjudas behandling i heldygnsform.” (Epikris 2014-09-19)"),
    ("h2", "Sammanfattande överväganden"),
    ("p", "Eva har ett allvarligt alkoholberoende kombinerat med överanvändning av sömnmedel som nyligen ledde till ett "
          "livshotande tillstånd. Hon har tidigare inte klarat att fullfölja öppenvård, och hennes isolering i hemmet gör att "
          "hon saknar stöd kvällar och nätter, när drickandet sker. Vuxengruppen anser att hon nu måste få en period av "
          "behandling utanför hemmet, där hon är skyddad från alkohol, får hjälp med sömn och nedtrappning av sömnmedel "
          "under medicinsk kontroll, och kan arbeta med sin nedstämdhet. Hon behöver också förberedas för att återgå till "
          "arbete och få ett fungerande socialt nätverk när hon kommer hem. Vallmogården har behandlingsprogram för kvinnor, "
          "sjuksköterska och läkarkontakt samt eftervård i samarbete med hemkommunen, och kan därför ge det som krävs."),
    ("h2", "Förslag"),
    ("p", "Eva Granberg föreslås beviljas behandling vid Vallmogården, HVB, enligt 4 kap. 1 § SoL från 2014-11-17 under "
          "cirka 15 veckor."),
    ("sig", ["Enköping 2014-11-05", "Marcus Öberg, socialsekreterare"]),
]
c6_beslut = [
    ("letterhead", "Enköpings kommun\nSocialnämndens individutskott", "BESLUT\n2014-11-11\nDnr %s" % D6),
    ("h1", "Beslut – institutionsvård"),
    ("p", "Eva Granberg beviljas bistånd enligt 4 kap. 1 § SoL i form av behandling vid Vallmogården, HVB, under tiden "
          "2014-11-17 – 2015-03-02."),
    ("p", "Skäl för beslutet: Individutskottet instämmer i utredningens överväganden."),
    ("sig", ["Ordförande: Kerstin Alm", "Justeras: Per Nord"]),
]
c6_uppdrag = [
    ("letterhead", "Enköpings kommun\nSocialförvaltningen\nVuxengruppen", "Vallmogården\nAtt: Föreståndare Ingrid Sahlin\n"
                                                                           "\n\nEnköping 2014-11-12"),
    ("h1", "Uppdrag avseende placering – Eva Granberg"),
    ("p", "Härmed lämnas uppdrag till Vallmogården att ge Eva Granberg behandling enligt socialnämndens beslut 2014-11-11 "
          "(4 kap. 1 § SoL), placeringsperiod 2014-11-17 – 2015-03-02."),
    ("h3", "Nämndens bedömning av Evas behov"),
    ("p", "Eva har ett allvarligt alkoholberoende och ett skadligt bruk av sömnmedel som i september ledde till ett livshotande "
          "tillstånd. Hon har inte klarat öppenvård tidigare och är isolerad i hemmet. Hon behöver behandling utanför hemmet, "
          "hjälp med sömn och nedtrappning av sömnmedel under medicinsk kontroll, stöd kring nedstämdhet samt förberedelse för "
          "återgång i arbete och ett socialt nätverk."),
    ("h3", "Uppdraget omfattar"),
    ("p", "Behandling enligt Vallmogårdens kvinnoprogram; medicinsk kontroll av nedtrappning av zopiklon i samråd med er läkare; "
          "samtal om nedstämdhet; kontakt med Försäkringskassan och arbetsgivaren inför arbetsåtergång; planering av eftervård i "
          "Enköping."),
    ("h3", "Mål"),
    ("p", "1. Eva är nykter och fri från sömnmedel vid utskrivningen. 2. Eva har en plan för arbetsåtergång. 3. Eva har "
          "minst två stödkontakter i Enköping (t.ex. öppenvård, självhjälpsgrupp) vid hemgång."),
    ("h3", "Uppföljning"),
    ("p", "Vallmogården upprättar genomförandeplan inom tre veckor. Handläggaren följer upp placeringen genom besök på "
          "Vallmogården efter cirka två månader och vid ett avslutande möte före utskrivning."),
    ("h3", "Rapportering vid avslut"),
    ("p", "Vid utskrivning lämnar Vallmogården en skriftlig slutanteckning: måluppfyllelse, hälsoläge och rekommenderad "
          "eftervård. Avbrott meddelas samma dag."),
    ("h3", "Kontaktuppgifter"),
    ("p", "Ansvarig socialsekreterare: Marcus Öberg, tel. 0171-62 54 31, marcus.oberg@enkoping.se."),
    ("sig", ["Med vänlig hälsning", "", "Marcus Öberg", "Socialsekreterare"]),
]
c6_vardplan = [
    ("h1", "Vårdplan"),
    ("kv", [("Namn", "Eva Granberg"), ("Dnr", D6), ("Vårdgivare", "Vallmogården, HVB"), ("Period", "2014-11-17 – 2015-03-02"),
            ("Datum", "2014-11-20"), ("Närvarande", "Eva Granberg, Marcus Öberg, Anneli Dahl (behandlare Vallmogården)")]),
    ("h2", "Anledning till placeringen"),
    ("p", "Alkoholberoende och skadligt bruk av sömnmedel, se utredning och uppdrag. Eva vill bli nykter och kunna gå tillbaka "
          "till sitt arbete."),
    ("h2", "Övergripande mål"),
    ("p", "Eva är nykter och fri från sömnmedel vid utskrivningen 2015-03-02 och har en plan för arbete och stöd i Enköping."),
    ("pb",),
    ("h2", "Delmål och insatser"),
    ("table", {"head": ["Mål", "Insats / aktivitet", "Ansvarig", "Tidpunkt"], "widths": [30, 34, 18, 18], "rows": [
        ["Eva är nykter under placeringen", "Behandlingsprogram, alkotest vid misstanke, återfallsplan", "Vallmogården, Eva", "Hela perioden, återfallsplan klar 2015-01-15"],
        ["Eva är fri från zopiklon", "Nedtrappning enligt läkarens schema", "Läkare/SSK Vallmogården", "Avslutad senast 2014-12-31"],
        ["Eva har en plan för arbetsåtergång", "Trepartsmöte med Försäkringskassan och arbetsgivaren", "Marcus Öberg, Eva", "Senast 2015-02-15"],
        ["Eva har två stödkontakter i Enköping", "Besök på Öppenvården Rosendal och AA/Al-Anon under permission", "Eva, Anneli Dahl", "Senast 2015-02-27"],
    ]}),
    ("p", "Vårdplanen följs upp vid besök på Vallmogården i januari och vid avslutande möte i februari."),
    ("sig", ["Underskrifter", "", "Eva Granberg  ______________________      Marcus Öberg  ______________________",
             "", "Anneli Dahl  ______________________"]),
]
c6_journal = [
    ("h2", "Journalutskrift – %s – Eva Granberg" % D6),
] + journal_blocks_table([
    dict(date="2014-09-22", event="Ansökan", ctype="Besök", by="Lotta Ek, Mottagningen",
         text="Eva ansöker om behandlingshem. Kommer direkt efter utskrivning från medicinkliniken. Överlämnas till utredning."),
    dict(date="2014-11-11", event="Beslut", ctype="-", by="Individutskottet",
         text="Beviljas Vallmogården 2014-11-17 -- 2015-03-02."),
    dict(date="2014-11-12", event="Uppdrag", ctype="Post", by="Marcus Öberg",
         text="Uppdragsbeskrivning skickad med post till Vallmogården tillsammans med beslut och utredning. Föreståndaren "
              "informerad per telefon samma dag."),
    dict(date="2014-11-17", event="Placering", ctype="Telefon", by="Marcus Öberg",
         text="Eva inskriven på Vallmogården. Dottern körde henne."),
    dict(date="2014-11-20", event="Vårdplan", ctype="Besök", by="Marcus Öberg",
         text="Vårdplan upprättad på Vallmogården tillsammans med Eva och behandlare Anneli Dahl. Skannad till akten."),
    dict(date="2015-01-21", event="Uppföljning", ctype="Besök", by="Marcus Öberg",
         text="Uppföljning genomförd på Vallmogården tillsammans med Eva och Anneli Dahl."),
    dict(date="2015-03-02", event="Utskrivning", ctype="Telefon", by="Marcus Öberg",
         text="Placeringen upphör idag enligt beslut. Ärendet avslutas."),
])

# =====================================================================================
# 7. IFO.2015.0120 Jonas Ek, cannabis, öppenvård. Good assessment and e-mail assignment,
#    but no plan and no follow-up (booked and cancelled).
# =====================================================================================
D7 = "IFO.2015.0120"
c7_utr = [
    ("letterhead", "Enköpings kommun\nSocialförvaltningen, Vuxengruppen", "Utredning\n2015-03-20\n%s" % D7),
    ("h1", "Utredning – Jonas Ek, 24 år"),
    ("h2", "Hur ärendet kom in"),
    ("p", "Jonas mamma ringde 2015-02-10 och berättade att hon var orolig för att Jonas använder cannabis dagligen och inte "
          "längre går till sin praktikplats. Efter kontakt med handläggare ansökte Jonas själv om stöd 2015-02-17."),
    ("h2", "Vad utredningen bygger på"),
    ("p", "Samtal med Jonas 2015-02-17, 2015-02-24, 2015-03-03 (ASI) och 2015-03-17. Telefonsamtal med mamman (med Jonas "
          "samtycke) och med Arbetsförmedlingens handläggare. Tre urinprov, samtliga positiva för cannabis."),
    ("h2", "Jonas situation"),
    ("p", "Jonas bor i en andrahandslägenhet som hans mamma står på. Han gick ut gymnasiet 2010 och har därefter haft kortare "
          "anställningar. Sedan oktober 2014 har han en praktikplats via Arbetsförmedlingen i en bilverkstad, men har varit "
          "frånvarande mycket. Han röker cannabis varje dag, från eftermiddagen och framåt, och har gjort det i ungefär två år. "
          "Han dricker lite alkohol. Han har svårt att somna utan cannabis, och han har slutat träffa de flesta av sina gamla "
          "kamrater som inte röker."),
    ("p", "ASI (2015-03-03): narkotika I 6, arbete/försörjning I 5, psykisk hälsa I 3, familj/umgänge I 3, övriga områden 0–1."),
    ("h2", "Jonas egen syn"),
    ("p", "Jonas säger att han ”fastnat” och att han vill kunna gå till praktiken varje dag. Han vill inte gå i grupp med äldre "
          "personer med tunga missbruk, men kan tänka sig enskilda samtal."),
    ("h2", "Handläggarens slutsats"),
    ("p", "Jonas har ett dagligt cannabisbruk sedan två år som gör att han inte klarar praktiken, sover dåligt och har dragit sig "
          "undan från vänner som inte använder droger. Han är samtidigt ung, har ett eget boende och en praktikplats som står kvar, "
          "och han är själv angelägen om att förändra sin situation. Jonas måste få hjälp att sluta röka cannabis och hitta "
          "andra sätt att hantera sömn och oro, och han behöver stöd att komma tillbaka till en regelbunden dygnsrytm så att han "
          "kan fullfölja praktiken. Eftersom boende och sysselsättning finns och han inte vill vara i grupp, passar individuella "
          "samtal med återfallsprevention och urinprov vid Öppenvården Rosendals team för unga vuxna bäst. Kontakten med "
          "Arbetsförmedlingen bör samordnas med behandlingen."),
    ("p", "Förslag: Jonas Ek beviljas öppenvård vid Öppenvården Rosendal, unga vuxna, enligt 4 kap. 1 § SoL, "
          "2015-04-01 – 2015-09-30."),
    ("sig", ["Linnea Forsgren", "Socialsekreterare, Vuxengruppen", "0171-62 54 48"]),
]
c7_beslut = [
    ("letterhead", "Enköpings kommun\nSocialnämnden", "BESLUT\n2015-03-23\n%s" % D7),
    ("h1", "Beslut om bistånd enligt 4 kap. 1 § SoL"),
    ("p", "Jonas Ek beviljas öppenvård vid Öppenvården Rosendal (unga vuxna) under perioden 2015-04-01 – 2015-09-30."),
    ("p", "**Skäl för beslutet:** Utredningen visar att Jonas inte själv kan sluta med cannabis och att öppenvård med enskilda "
          "samtal svarar mot hans situation. Se utredning 2015-03-20."),
    ("sig", ["Stefan Wall", "Enhetschef, enligt delegation"]),
    ("small", "Hur man överklagar: se bilaga."),
]
c7_mejl = email_blocks(
    "Linnea Forsgren", "Rosendal Öppenvård; Amir Karimi", "den 24 mars 2015 14:37",
    "Uppdrag Jonas Ek, %s" % D7, [
        ("p", "Hej Amir,"),
        ("p", "Här kommer uppdraget för Jonas Ek som vi pratade om i telefon. Beslutet gäller 2015-04-01 – 2015-09-30, "
              "öppenvård enligt 4 kap. 1 § SoL."),
        ("p", "Vår bedömning: Jonas (24 år) har rökt cannabis dagligen i två år och klarar inte sin praktik. Han sover dåligt "
              "utan cannabis och har tappat kontakten med vänner som inte röker. Han har eget boende och praktikplatsen står kvar. "
              "Han behöver hjälp att sluta med cannabis, hantera sömn och oro och komma in i en dygnsrytm. Han vill inte vara i "
              "grupp, därför enskilda samtal."),
        ("p", "Uppdraget: enskilda samtal med återfallsprevention en gång i veckan, urinprov varannan vecka, stöd kring sömn, "
              "samordning med Arbetsförmedlingen (praktiken)."),
        ("p", "Mål: 1) Jonas är fri från cannabis (negativa prov) senast 2015-06-30. 2) Jonas är på praktiken minst fyra dagar "
              "i veckan från maj. 3) Jonas har en sömnrutin utan cannabis."),
        ("p", "Uppföljning: GFP gör ni med Jonas inom tre veckor och skickar till mig. Vi ses, du, jag och Jonas, efter ungefär "
              "två månader och sedan innan beslutet går ut."),
        ("p", "När insatsen avslutas vill jag ha en kort skriftlig sammanfattning: vad ni gjort, provresultat, hur målen gått "
              "och om ni ser behov av något mer."),
        ("p", "Mvh\nLinnea Forsgren\nSocialsekreterare, Vuxengruppen\nEnköpings kommun\n0171-62 54 48\nlinnea.forsgren@enkoping.se"),
    ])
c7_journal = [
    ("h1", "Journal"),
    ("p", "Dnr %s · Jonas Ek · utskriven 2015-09-30" % D7),
] + journal_blocks_kv([
    dict(date="2015-02-10", event="Kontakt från anhörig", ctype="Telefon", by="Lotta Ek, Mottagningen",
         text="Mamma ringer orolig. Informeras om att Jonas själv behöver kontakta oss. Planerat hembesök diskuteras men Jonas "
              "vill hellre komma hit."),
    dict(date="2015-02-17", event="Ansökan", ctype="Besök", by="Linnea Forsgren",
         text="Jonas ansöker om stöd. Utredning inleds."),
    dict(date="2015-03-23", event="Beslut", ctype="-", by="Stefan Wall",
         text="Öppenvård Rosendal 2015-04-01 -- 2015-09-30 beviljas."),
    dict(date="2015-03-24", event="Uppdrag till utförare", ctype="E-post", by="Linnea Forsgren",
         text="Uppdrag mejlat till Amir Karimi, Rosendal, kl. 14.37. Amir bekräftar per mejl."),
    dict(date="2015-04-08", event="Information", ctype="Telefon", by="Linnea Forsgren",
         text="Amir meddelar att Jonas varit på första samtalet. GFP ska upprättas vid nästa träff."),
    dict(date="2015-05-20", event="Planering", ctype="Telefon", by="Linnea Forsgren",
         text="Uppföljningsmöte bokat till 2015-06-10 kl 10 på Rosendal. Handl. påminner om GFP som inte kommit."),
    dict(date="2015-06-09", event="Uppföljning", ctype="Avbokning", by="Linnea Forsgren",
         text="Mötet imorgon avbokat av Rosendal pga sjukdom. Ny tid ej bokad, Amir återkommer."),
    dict(date="2015-08-12", event="Övrigt", ctype="-", by="Linnea Forsgren",
         text="Planerat hembesök hos Jonas inställt, han var inte hemma."),
    dict(date="2015-09-14", event="Anteckning", ctype="-", by="Linnea Forsgren",
         text="Beslutet går ut 2015-09-30. Ingen uppföljning har gjorts under perioden och ingen GFP har inkommit. Handl. "
              "har sökt Amir och Jonas per telefon för att boka ett möte."),
])

CASES = [
    dict(municipality="Enköping", dnr=D5, scenario="",
         docs=[
             dict(key="utredning", file="utredning.pdf", type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": D5, "bl": "Vuxengruppen", "br": "Sida {page} av {pages}"}, blocks=c5_utr, font="sans"),
             dict(key="beslut", file="beslut.pdf", type="beslut", producer="docx",
                  hf={"bl": KOM, "br": "{page}({pages})"}, blocks=c5_beslut, post=[("qpdf",)]),
             dict(key="gfp", file="genomforandeplan_rosendal.pdf", type="genomförandeplan", producer="chromium",
                  hf={"tl": "Öppenvården Rosendal", "br": "{page}"}, blocks=c5_gfp, font="narrow", size="11pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="enscript",
                  text=c5_journal, enscript_header="Journal " + D5 + "||sid $%/$="),
         ],
         criteria=dict(
             needs_assessment=dict(label="delvis", why="Under 'Bedömning' only the conclusion 'Daniel bedöms vara i behov av öppenvård' - no needs, no reasons; the doctor's quoted 'Bedömning' is not the committee's.",
                                   ev=[("utredning", ["Daniel bedöms vara i behov av öppenvård."])]),
             planning=dict(label="delvis", why="Provider's plan lists goals and methods as bullets without dates, responsible persons or measurable goals.",
                           ev=[("gfp", [("range", "Vad Daniel vill förändra", "Planen följs upp under behandlingen")])]),
             follow_up=dict(label="ja", why="Journal 2015-05-27 and 2015-08-26 'Uppföljningssamtal' with outcome (attendance, urine tests, work, daughter).",
                            ev=[("journal", ["Uppföljningssamtal på Rosendal med Daniel", "Avslutande uppföljn.samtal"])]),
             assignment_description=dict(label="nej", why="Assignment only given orally by phone 2015-02-26; the promised written assignment was never sent ('uppdrag' in the utredning refers to his job).",
                                         present="", ev=[]),
         )),
    dict(municipality="Enköping", dnr=D6, scenario="",
         docs=[
             dict(key="utredning", file=None, type="utredning", producer="docx",
                  hf={"tl": KOM, "tr": D6, "br": "Sida {page} av {pages}"}, blocks=c6_utr, font="serif", size="11pt"),
             dict(key="beslut", file=None, type="beslut", producer="docx",
                  hf={"tl": KOM, "tr": D6}, blocks=c6_beslut, font="serif", size="11pt"),
             dict(key="uppdrag", file=None, type="uppdragsbeskrivning (brev)", producer="docx",
                  hf={"bl": "Enköpings kommun, Socialförvaltningen, 745 80 Enköping · Växel 0171-625 000"}, blocks=c6_uppdrag,
                  font="serif", size="11pt"),
             dict(key="vardplan", file=None, type="vårdplan", producer="chromium",
                  hf={"tl": KOM, "tr": "Vårdplan " + D6, "br": "Sida {page} av {pages}"}, blocks=c6_vardplan, font="sans",
                  layout="portrait+scan", post=[("scan", [2])]),
             dict(key="journal", file=None, type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "br": "Sida {page} av {pages}"}, blocks=c6_journal, size="9.5pt"),
         ],
         assembled=[dict(file="akt_IFO.2014.0312.pdf", parts=["utredning", "beslut", "uppdrag", "vardplan", "journal"])],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Sammanfattande överväganden' (no 'Bedömning' heading, no 'behov') states what she must get (treatment outside the home, medically supervised taper, mood, return to work, network) and why Vallmogården; repeated in the assignment letter.",
                                   ev=[("utredning", [("range", "Eva har ett allvarligt alkoholberoende kombinerat", "Eva Granberg föreslås beviljas")]),
                                       ("uppdrag", ["Eva har ett allvarligt alkoholberoende och ett skadligt bruk"])]),
             planning=dict(label="ja", why="Vårdplan 2014-11-20 with overall goal and a table of sub-goals, activities, responsible and dates; the signed page 2 is a scan.",
                           ev=[("vardplan", [("range", "Övergripande mål", "Eva är nykter och fri från sömnmedel vid utskrivningen 2015-03-02"), "Delmål och insatser"])]),
             follow_up=dict(label="delvis", why="Journal 2015-01-21 'Uppföljning genomförd på Vallmogården' is dated but records no outcome; the discharge note gives none either.",
                            ev=[("journal", ["Uppföljning genomförd på Vallmogården"])]),
             assignment_description=dict(label="ja", why="Assignment letter 2014-11-12 with assessment, content, goals, follow-up, report at discharge, officer's phone and e-mail; journal records it was posted 2014-11-12.",
                                         present="abcdefg",
                                         ev=[("uppdrag", [("range", "Uppdrag avseende placering", "Socialsekreterare")]),
                                             ("journal", ["Uppdragsbeskrivning skickad med post till Vallmogården"])]),
         )),
    dict(municipality="Enköping", dnr=D7, scenario="",
         docs=[
             dict(key="utredning", file="utredning_2015-03-20.pdf", type="utredning", producer="chromium",
                  hf={"tl": KOM, "tr": D7, "br": "Sida {page} av {pages}"}, blocks=c7_utr, font="narrow", size="10.5pt"),
             dict(key="beslut", file="beslut_2015-03-23.pdf", type="beslut", producer="chromium",
                  hf={"bl": KOM}, blocks=c7_beslut, font="narrow", size="10.5pt", post=[("qpdf",)]),
             dict(key="mejl", file="mejl_uppdrag_rosendal.pdf", type="uppdragsbeskrivning (e-post)", producer="docx",
                  hf={"tl": "Utskrift från Outlook", "br": "{page}"}, blocks=c7_mejl, font="sans", size="10pt"),
             dict(key="journal", file="journal.pdf", type="journalanteckningar", producer="chromium",
                  hf={"tl": KOM, "tr": D7, "br": "{page} / {pages}"}, blocks=c7_journal, font="narrow", size="10pt"),
         ],
         criteria=dict(
             needs_assessment=dict(label="ja", why="'Handläggarens slutsats' describes what Jonas must get help with and why individual outpatient sessions fit; no 'Bedömning' heading; repeated in the e-mail assignment.",
                                   ev=[("utredning", [("range", "Jonas har ett dagligt cannabisbruk sedan två år", "Förslag: Jonas Ek beviljas")]),
                                       ("beslut", ["Utredningen visar att Jonas inte själv kan sluta"]),
                                       ("mejl", ["Jonas (24 år) har rökt cannabis dagligen"])]),
             planning=dict(label="nej", why="No plan in the file: journal only says a GFP 'ska upprättas' and later that none has come in; 'planerat hembesök' is not a plan.",
                           ev=[]),
             follow_up=dict(label="nej", why="Follow-up meeting booked for 2015-06-10 was cancelled and never rebooked; journal 2015-09-14: 'Ingen uppföljning har gjorts'.",
                            ev=[]),
             assignment_description=dict(label="ja", why="E-mail (sent 24 March 2015 14:37) holds assessment, content, goals, follow-up, end report and officer's phone/e-mail; journal confirms sending.",
                                         present="abcdefg",
                                         ev=[("mejl", [("range", "Uppdrag Jonas Ek", "linnea.forsgren@enkoping.se")]),
                                             ("journal", ["Uppdrag mejlat till Amir Karimi"])]),
         )),
]
