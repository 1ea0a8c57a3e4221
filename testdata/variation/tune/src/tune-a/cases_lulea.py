# -*- coding: utf-8 -*-
"""Luleå: four cases (Procapita-like printouts, header variant A)."""
import datetime as dt
from common import OFFICES, Case, File, Comp, sysdoc, crit, beslut_blocks

O = OFFICES["lulea"]
CASES = []

LETTERHEAD = ["Luleå kommun", "Socialförvaltningen", "Vuxenenheten – Beroende"]

# =====================================================================================
# L1  SOC 2014/1187  - HVB, alkohol. All four criteria documented.
# =====================================================================================
def _l1():
    dnr = "SOC 2014/1187"
    pd = "2015-09-29"
    cl, pnr = "Sjöberg, Kent Roland", "19010317-2458"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="ANNSUN")

    utr = sysdoc(O, "l1_utredning", "Utredning", [
        ("fields", [[("Aktualiserad", "2014-09-08", 3), ("Utredning inledd", "2014-09-10", 3),
                     ("Utredning avslutad", "2014-10-22", 3), ("Handläggare", "Annika Sundqvist", 3)],
                    [("Ärendet avser", "Ansökan om behandling på behandlingshem (institutionsvård vuxen), SoL 4 kap. 1 §")]]),
        ("sec", "Aktualisering"),
        ("p", "Kent ringde till Vuxenenheten 2014-09-08 och ansökte om behandling på behandlingshem. Han hade dagen "
              "innan skrivits ut från beroendeavdelningen efter fyra dygns avgiftning. Kent har tidigare varit "
              "aktuell på enheten 2012 och 2013 (öppenvård, avbrutet båda gångerna)."),
        ("sec", "Underlag"),
        ("bullets", ["Samtal med Kent på kontoret 2014-09-10, 2014-09-17 och 2014-10-01",
                     "AUDIT genomförd 2014-09-17 (31 p.)",
                     "Tfn beroendeavdelningen, överläkare, 2014-09-12 (med Kents samtycke)",
                     "Tfn dottern Jenny 2014-09-24 (med Kents samtycke)",
                     "Tfn Lulebo kundtjänst ang. hyresskuld 2014-09-29",
                     "Tidigare akt SOC 2013/0876"]),
        ("sec", "Bakgrund"),
        ("p", "Kent är uppvuxen i Råneå, har tre syskon. Utbildad svetsare och arbetade på verkstad i Luleå i drygt "
              "20 år tills han blev uppsagd vid en neddragning. Skild sedan 2008, en vuxen dotter (Jenny) som bor i "
              "Boden. Enligt Kent började alkoholen bli ett problem efter skilsmässan. Sedan 2012 har han haft "
              "perioder med dagligt drickande, avbrutna av kortare nyktra perioder."),
        ("sec", "Nuvarande situation / missbruk"),
        ("p", "Kent uppger att han sedan juni i år druckit varje dag, mestadels starköl och vodka, ca 10–12 "
              "standardglas/dag. Han har provat att sluta själv men fått skakningar, sömnsvårigheter och ångest. "
              "Avgiftning 2014-02 och 2014-09. AUDIT 31 poäng, vilket tyder på alkoholberoende. Kent förnekar "
              "användning av narkotika eller läkemedel utöver förskrivet."),
        ("sec", "Boende och ekonomi"),
        ("p", "Hyresrätt (1 rok) hos Lulebo. Hyresskuld motsvarande tre månadshyror, Lulebo har skickat "
              "varning om uppsägning. Kent har sjukpenning från FK, inga andra skulder enl. egen uppgift."),
        ("sec", "Hälsa"),
        ("p", "Förhöjda levervärden, högt blodtryck. Sover dåligt. Ingen psykiatrisk kontakt."),
        ("sec", "Sysselsättning och nätverk"),
        ("p", "Sjukskriven sedan mars 2014. Umgås mest med bekanta som också dricker. Kontakten med dottern "
              "är god men hon orkar inte längre \"ta hand om\" honom, som hon uttrycker det."),
        ("sec", "Den enskildes synpunkter"),
        ("p", "Kent säger att han \"inte klarar det här hemma\" och vill komma bort från Luleå en tid. Han "
              "har hört talas om Granlunden och vill gärna dit. Han vill ha hjälp att behålla lägenheten."),
        ("sec", "Socialtjänstens ställningstagande"),
        ("p", "Kent har ett långvarigt och allvarligt alkoholberoende med dagligt drickande sedan juni 2014 "
              "(AUDIT 31 p.). Han har fått abstinensbesvär vid försök att sluta själv och har vårdats för "
              "avgiftning två gånger i år. Tidigare försök med öppenvård 2012 och 2013 har avbrutits efter "
              "kort tid. Han saknar ett nyktert sammanhang, har ingen sysselsättning och riskerar att förlora "
              "bostaden."),
        ("p", "Socialtjänsten anser att Kent inte kan bryta sitt drickande med stöd av öppenvård på hemorten. "
              "Han behöver en längre tids strukturerad behandling i alkoholfri miljö där han får stöd att vara "
              "nykter, kunskap om sitt beroende och verktyg för att förebygga återfall, samt hjälp att ordna "
              "bostadsfrågan och sysselsättning inför hemkomsten. Behandlingshemmet Granlunden har inriktning "
              "alkohol, arbetar med 12-steg och KBT-baserad återfallsprevention och kan ta emot Kent i början av "
              "november. Kent är själv motiverad för just denna behandling. Eftervård bör planeras i god tid "
              "före utskrivning."),
        ("sec", "Förslag till beslut"),
        ("p", "Kent Sjöberg beviljas institutionsvård på Behandlingshemmet Granlunden enl. SoL 4 kap. 1 § "
              "fr.o.m. 2014-11-03 t.o.m. 2015-02-28."),
        ("sign", ["Luleå 2014-10-22", "", "Annika Sundqvist", "Socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "l1_beslut", "Beslut", beslut_blocks(
        O, datum="2014-10-24", beslutsfattare="Maria Kemi, 1:e socialsekreterare (deleg. p. 4.1.3)",
        avser="Behandling på behandlingshem, ansökan inkom 2014-09-08",
        insats="Institutionsvård vuxen – missbruk", fom="2014-11-03", tom="2015-02-28",
        utforare="Behandlingshemmet Granlunden (HVB), ramavtal",
        avgift="Egenavgift 80 kr/dygn enl. SoL 8 kap. 1 §",
        skal="Kent har ett allvarligt alkoholberoende och försök med öppenvård har inte varit tillräckliga. "
             "Han behöver behandling i strukturerad, alkoholfri miljö för att bli nykter och förbereda ett "
             "nyktert liv i egen bostad i Luleå. Insatsen på Granlunden svarar mot detta. Se utredning "
             "2014-10-22.",
        delgiven="2014-10-27",
        sign=["Maria Kemi", "1:e socialsekreterare"]), **kw)

    upp = sysdoc(O, "l1_uppdrag", "Uppdrag till utförare", [
        ("fields", [[("Utförare", "Behandlingshemmet Granlunden, att. föreståndare Bengt Öberg", 8),
                     ("Beslutsdatum", "2014-10-24", 4)],
                    [("Insats", "Institutionsvård vuxen enl. SoL 4 kap. 1 §", 8),
                     ("Period", "2014-11-03 – 2015-02-28", 4)]]),
        ("box", "Socialtjänstens bedömning av den enskildes behov",
         "Kent har ett långvarigt alkoholberoende (AUDIT 31 p.), upprepade avgiftningar och avbrutna "
         "öppenvårdskontakter. Han behöver behandling i alkoholfri miljö med fokus på nykterhet, kunskap om "
         "beroendet och återfallsprevention, samt stöd i att ordna bostad (hyresskuld) och sysselsättning inför "
         "hemkomst. Se utredning 2014-10-22 som bifogas."),
        ("box", "Uppdraget omfattar",
         "Behandling enligt Granlundens program (grupp, enskilda samtal, 12-steg, ÅP). Slumpvisa alkotester. "
         "Upprätta genomförandeplan tillsammans med Kent inom tre veckor från inskrivning. Medverka vid "
         "vårdplanering och trepartssamtal. Stöd Kent i kontakter med Lulebo, FK och Arbetsförmedlingen."),
        ("box", "Mål med insatsen",
         "1. Kent är nykter under behandlingstiden.\n2. Kent har en skriftlig återfallsplan vid utskrivning.\n"
         "3. Kent har kvar sin bostad och en plan för sysselsättning vid hemkomst."),
        ("box", "Former för uppföljning",
         "Vårdplan upprättas vid trepartssamtal inom två veckor efter inskrivning. Uppföljning sker därefter "
         "genom trepartssamtal (Kent, kontaktperson på Granlunden, handläggare) ca var åttonde vecka, första "
         "gången i januari 2015. Granlunden lämnar muntlig lägesrapport till handläggaren en gång/månad."),
        ("box", "Återrapportering vid avslut",
         "Vid planerat avslut skickas en skriftlig slutrapport till handläggaren senast två veckor efter "
         "utskrivning: måluppfyllelse, nykterhet under vistelsen, genomförda moment, rekommendation om "
         "eftervård. Vid avbrott meddelas handläggaren samma dag per telefon."),
        ("box", "Ansvarig handläggare",
         "Annika Sundqvist, socialsekreterare, Vuxenenheten – Beroende\nTfn 0920-45 38 12, "
         "annika.sundqvist@lulea.se"),
        ("box", "Överlämnat till utföraren",
         "2014-10-28 via säker e-post till Granlunden, med utredning och beslut bifogade."),
        ("sign", ["Luleå 2014-10-28", "Annika Sundqvist"]),
    ], **kw)

    vp = sysdoc(O, "l1_vardplan", "Vårdplan", [
        ("fields", [[("Upprättad", "2014-11-12", 3), ("Plats", "Behandlingshemmet Granlunden", 5),
                     ("Nästa uppföljning", "2015-01-20 kl. 10.00", 4)],
                    [("Medverkande", "Kent Sjöberg, Lena Marklund (kontaktperson Granlunden), Annika Sundqvist (handl.)")]]),
        ("p", "Vårdplanen bygger på beslut 2014-10-24 och uppdragsbeskrivning 2014-10-28."),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Kent är nykter under hela vistelsen (negativa alkotester, PEth vid inskr. och 2015-01)",
             "Deltar i programmet: grupp 4 ggr/v, enskilt samtal 1 ggr/v, slumpvisa alkotester",
             "Kent, Lena M.", "2014-11-03 – 2015-02-28, avstäms 2015-01-20"],
            ["Kent har en skriftlig återfallsplan",
             "Återfallsprevention steg 1–3 (arbetsbok), genomgång med kontaktperson",
             "Kent, Lena M.", "Klar senast 2015-02-15"],
            ["Hyresskulden är reglerad och Kent har kvar lägenheten",
             "Kontakt Lulebo, avbetalningsplan, ansökan ek. bistånd för del av skulden",
             "Annika S. och Kent", "Senast 2014-12-15"],
            ["Kent har sysselsättning planerad efter utskrivning",
             "Möte med Arbetsförmedlingen/Jobbcenter under hempermission",
             "Kent, Annika S.", "Senast 2015-02-01"],
            ["Eftervård i Luleå är klar före utskrivning",
             "Inskrivning på Kompassen (ÖV), kontakt med AA-grupp",
             "Annika S.", "Senast 2015-02-20"],
        ], [3, 3.2, 1.6, 1.8]),
        ("p", "Kent har tagit del av planen och instämmer."),
        ("sign", ["Kent Sjöberg (muntligt godkännande)      Lena Marklund      Annika Sundqvist"]),
    ], **kw)

    gfp = Comp("l1_gfp", "docx", dict(
        font="Liberation Sans", size=10, letterhead=["Behandlingshemmet Granlunden",
                                                    "HVB för vuxna – alkohol", "Granlundsvägen 14, 955 92 Råneå"],
        head_right=["GENOMFÖRANDEPLAN", "2014-11-25"],
        footer="Granlunden behandlingshem • tfn 0924-240 60",
        page_numbers="Sida {P} av {N}", author="Lena Marklund", title="Genomförandeplan Kent S",
        created=dt.datetime(2014, 11, 25, 14, 2),
        blocks=[
            ("kv", [("Boende", "Kent Sjöberg"), ("Inskriven", "2014-11-03"),
                    ("Kontaktperson", "Lena Marklund, behandlingsassistent"),
                    ("Uppdragsgivare", "Luleå kommun, handl. Annika Sundqvist")]),
            ("p", "Planen är gjord tillsammans med Kent utifrån uppdraget från Luleå och vårdplanen 2014-11-12."),
            ("table", ["Delmål", "Hur", "Vem", "När"], [
                ["Vara nykter", "Följa dagsschemat, alkotest minst 2 ggr/v", "Kent, personal", "Hela vistelsen"],
                ["Förstå mitt beroende", "Steg 1–3 i gruppen, läsa och skriva i arbetsboken", "Kent, Lena",
                 "Steg 3 klart v. 52"],
                ["Återfallsplan", "Kartlägga risksituationer, skriva plan, öva inför permission", "Kent, Lena",
                 "Klar 2015-02-15"],
                ["Ordning på ekonomin", "Ringa Lulebo och FK tillsammans med personal", "Kent, Lena",
                 "December 2014"],
                ["Fysisk hälsa", "Promenad dagligen, läkarbesök vårdcentral Råneå (lever, blodtryck)",
                 "Kent, sjuksköterska", "Läkarbesök senast 2014-12-10"],
            ], [2, 3.5, 1.6, 1.8]),
            ("p", "Utvärdering av planen: vid trepartssamtal i januari 2015 och vid utskrivning."),
            ("p", "Kent Sjöberg ____________________      Lena Marklund ____________________"),
        ]))

    jour = sysdoc(O, "l1_journal", "Journalanteckningar", [
        ("p", "Urval: samtliga anteckningar i ärendet, SOC 2014/1187."),
        ("journal", [
            ("2014-09-08", "Telefon – aktualisering", "ANNSUN 2014-09-08",
             "Kent ringer, ansöker om behandlingshem. Utskriven från beroendeavd. igår. Tid bokad 10/9."),
            ("2014-09-10", "Besök", "ANNSUN 2014-09-10",
             "Utredningssamtal. Kent nykter sedan avgiftningen, skakig. Går igenom utredningens upplägg, "
             "samtycke till kontakt m. beroendeavd., dottern och Lulebo lämnat skriftligt."),
            ("2014-09-17", "Besök", "ANNSUN 2014-09-17",
             "AUDIT genomförd (31 p). Kent har druckit igen i helgen, berättar öppet om det."),
            ("2014-09-29", "Telefon", "ANNSUN 2014-09-29",
             "Lulebo kundtjänst: skuld tre hyror, ingen uppsägning ännu om avbetalning kommer igång."),
            ("2014-10-01", "Besök", "ANNSUN 2014-10-01",
             "Kent + handl. Pratar om alternativen. Kent vill till Granlunden, vill inte ha ÖV igen."),
            ("2014-10-22", "Utredning klar", "ANNSUN 2014-10-22",
             "Utredningen kommunicerad med Kent som inte har något att tillägga."),
            ("2014-10-24", "Beslut", "ANNSUN 2014-10-24",
             "Institutionsvård Granlunden 2014-11-03 – 2015-02-28 beviljad av 1:e socialsekr."),
            ("2014-10-28", "Uppdrag skickat", "ANNSUN 2014-10-28",
             "Uppdragsbeskrivning skickad till Granlunden via säker e-post tillsammans med utredning och "
             "beslut. Föreståndaren B. Öberg bekräftar mottagandet per tfn, inskrivning 3/11 kl. 13."),
            ("2014-11-03", "Inskrivning", "ANNSUN 2014-11-04",
             "Kent inskriven på Granlunden. Dottern skjutsade."),
            ("2014-11-12", "Vårdplanering", "ANNSUN 2014-11-12",
             "Vårdplan upprättad på Granlunden m. Kent och kontaktperson Lena Marklund, se dokument Vårdplan."),
            ("2014-12-10", "Telefon", "ANNSUN 2014-12-10",
             "Lena M. ringer. Kent nykter, deltar aktivt. Avbetalningsplan med Lulebo klar, ek. bistånd "
             "till del av skulden beviljat 9/12 (separat ärende)."),
            ("2015-01-20", "Trepartssamtal – uppföljning av vårdplan", "ANNSUN 2015-01-21",
             "Uppföljning på Granlunden, närv. Kent, Lena M., handl. Mål 1: uppnått hittills, samtliga "
             "alkotester negativa, PEth 2015-01-12 under gränsvärdet. Mål 2: ÅP steg 1–2 klara, planen "
             "påbörjad. Mål 3: hyresskulden reglerad, lägenheten kvar. Mål 4: möte med AF inte bokat ännu – Kent "
             "bokar själv under permission v. 5. Kent vill stanna längre för att hinna träna på "
             "hemmaperioder. Granlunden stödjer det. Handl. tar fram underlag för förlängning t.o.m. 2015-04-30."),
            ("2015-02-20", "Beslut", "ANNSUN 2015-02-20",
             "Förlängning institutionsvård t.o.m. 2015-04-30 beviljad. Granlunden underrättad samma dag."),
            ("2015-03-11", "Telefon", "ANNSUN 2015-03-11",
             "Kent på permission hemma 6–9/3 utan återfall enl. honom själv och Granlunden. Möte m. AF har skett, "
             "arbetsträning via Jobbcenter kan starta i maj."),
            ("2015-04-22", "Utvärderingsmöte", "ANNSUN 2015-04-23",
             "Vi träffades på Granlunden för att utvärdera vistelsen, närv. Kent, Lena M., handl. Kent har varit "
             "nykter hela perioden (ett tveksamt test i febr., PEth neg.). Återfallsplanen är klar och Kent har "
             "gått igenom den med oss. Bostaden kvar, skulden avbetalas enl. plan. Arbetsträning Jobbcenter "
             "fr.o.m. 2015-05-11. Eftervård: Kompassen ÖV enskilda samtal 1 ggr/v fr.o.m. 2015-05-05 samt AA. "
             "Utskrivning 2015-04-30 enl. plan. Samtliga mål i vårdplanen bedöms uppnådda."),
            ("2015-04-30", "Utskrivning", "ANNSUN 2015-04-30",
             "Kent utskriven från Granlunden. Insatsen avslutas i Procapita."),
            ("2015-05-08", "Slutrapport", "ANNSUN 2015-05-08",
             "Slutrapport från Granlunden inkommen och skannad. Sammanfattn.: fullföljd behandling, nykter, "
             "återfallsplan klar, rekommenderar fortsatt ÖV minst 6 mån. Överensstämmer med utvärderingsmötet."),
            ("2015-06-15", "Telefon", "ANNSUN 2015-06-15",
             "Kent ringer, mår bra, går på Kompassen varje vecka och har börjat arbetsträning. Nykter."),
        ]),
    ], **kw)

    files = [
        File("utredning_2014-10-22.pdf", "utredning", [utr], "one-column, system header/footer, labelled boxes",
             "20150929101244", author="ANNSUN"),
        File("beslut_2014-10-24.pdf", "beslut", [bes], "form, labelled boxes, check boxes",
             "20150929101251", author="ANNSUN"),
        File("uppdrag_granlunden.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes",
             "20150929101302", author="ANNSUN"),
        File("vardplan_2014-11-12.pdf", "vårdplan", [vp], "one-column, table", "20150929101309", author="ANNSUN"),
        File("genomforandeplan_granlunden.pdf", "genomförandeplan", [gfp], "letter, table",
             "20141125140815", author="Lena Marklund"),
        File("journal.pdf", "journalanteckningar", [jour], "one-column, dated journal entries",
             "20150929101322", author="ANNSUN"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "Utredningens 'Socialtjänstens ställningstagande' beskriver Kents svårigheter och varför HVB Granlunden svarar mot dem; skälen upprepas i beslutet och uppdraget.", [
            ("utredning_2014-10-22.pdf", "Socialtjänstens ställningstagande"),
            ("utredning_2014-10-22.pdf", "Eftervård bör planeras i god tid"),
            ("beslut_2014-10-24.pdf", "Insatsen på Granlunden svarar mot detta"),
            ("uppdrag_granlunden.pdf", "Kent har ett långvarigt alkoholberoende (AUDIT 31 p.)")]),
        planning=crit("ja", "Vårdplan i tabellform med konkreta mål, insats, ansvarig och datum, samt Granlundens genomförandeplan.", [
            ("vardplan_2014-11-12.pdf", "Kent är nykter under hela vistelsen"),
            ("vardplan_2014-11-12.pdf", "Inskrivning på Kompassen (ÖV)"),
            ("genomforandeplan_granlunden.pdf", "Förstå mitt beroende"),
            ("genomforandeplan_granlunden.pdf", "Utvärdering av planen")]),
        follow_up=crit("ja", "Trepartssamtal 2015-01-20 och utvärderingsmöte 2015-04-22 i journalen, med utfall per mål; slutrapport 2015-05-08.", [
            ("journal.pdf", "Uppföljning på Granlunden, närv. Kent"),
            ("journal.pdf", "Vi träffades på Granlunden för att utvärdera"),
            ("journal.pdf", "Slutrapport från Granlunden inkommen")]),
        assignment_description=crit("ja", "Uppdragsformuläret har alla delar a–g; överlämnandet 2014-10-28 står i formuläret och i journalen.", [
            ("uppdrag_granlunden.pdf", "Utförare"),
            ("journal.pdf", "Uppdragsbeskrivning skickad till Granlunden via säker e-post")],
            present="abcdefg"),
    )
    return Case("lulea", dnr, "", files, crits, pd)


# =====================================================================================
# L2  SOC 2015/0233 - öppenvård, alkohol + bensodiazepiner. Assignment as e-mail.
# =====================================================================================
def _l2():
    dnr = "SOC 2015/0233"
    pd = "2015-09-29"
    cl, pnr = "Holmberg, Linnea Maria", "19020611-3086"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="JONLAN")
    st = O["style"]

    ans = sysdoc(O, "l2_ansokan", "Ansökan om bistånd", [
        ("fields", [[("Inkom", "2015-02-16", 3), ("Mottagen av", "Jonas Lantto", 5), ("Sätt", "Besök", 4)]]),
        ("checks", "Ansökan avser", [(True, "Öppenvård missbruk"), (False, "Behandlingshem/HVB"),
                                     (False, "Boendestöd"), (False, "Annat")]),
        ("box", "Sökandens beskrivning (med egna ord)",
         "Jag dricker vin varje kväll och tar Sobril för att kunna sova och för att klara jobbet. Jag har "
         "försökt dra ner själv men det går inte. Jag vill ha samtal och hjälp att sluta innan jag förlorar "
         "jobbet. Jag vill inte åka iväg någonstans, barnen bor hos mig varannan vecka."),
        ("checks", "Samtycke", [(True, "Samtycke till kontakt med vårdcentral/läkare"),
                                (True, "Samtycke till kontakt med öppenvården"), (False, "Samtycke till kontakt med arbetsgivare")]),
        ("sign", ["Luleå 2015-02-16", "Linnea Holmberg"]),
    ], **kw)

    utr = sysdoc(O, "l2_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-02-18", 3), ("Avslutad", "2015-03-20", 3), ("Handläggare", "Jonas Lantto, socialsekreterare", 6)],
                    [("Ärendet avser", "Ansökan om öppenvård för alkohol och lugnande läkemedel")]]),
        ("sec", "Underlag"),
        ("p", "Samtal med Linnea 2015-02-18, 2015-03-03 och 2015-03-17. AUDIT och DUDIT 2015-03-03. Tfn med "
              "distriktsläkare på Hälsocentralen Hertsön 2015-03-05 (samtycke finns). Registerkontroll BoU: "
              "inga pågående ärenden rörande barnen."),
        ("sec", "Situation"),
        ("p", "Linnea är ensamstående med två barn (8 och 12 år) som bor hos henne varannan vecka. Hon arbetar "
              "som undersköterska på ett äldreboende, men har varit sjukskriven 50 % sedan januari p.g.a. "
              "utmattning. Hon dricker 1–2 flaskor vin per kväll de veckor barnen är hos pappan och ungefär en "
              "halv flaska per kväll övriga veckor. Sedan ett år tar hon Sobril som förskrivits för sömnen, men "
              "tar enligt egen uppgift mer än ordinerat. AUDIT 22 p., DUDIT 9 p. Läkaren har påbörjat en "
              "nedtrappning av Sobril och önskar parallell kontakt med öppenvården."),
        ("p", "Linnea har fungerande boende och ekonomi. Hon har stöd av sin syster. Hon har inte tidigare haft "
              "kontakt med socialtjänsten för egen del."),
        ("sec", "Linneas synpunkter"),
        ("p", "Linnea vill ha samtal på dagtid som kan kombineras med arbetet. Hon vill inte delta i grupp med "
              "personer hon kan känna igen från jobbet."),
        ("sec", "Analys och slutsats"),
        ("p", "Linnea har ett riskbruk av alkohol som har övergått i ett skadligt bruk, i kombination med ett "
              "ökande bruk av bensodiazepiner. Hon har själv uppmärksammat problemet, har fungerande boende och "
              "nätverk, och har ett arbete att återgå till. Det som saknas är stöd att förändra sina dryckesvanor "
              "och hantera sömnproblem och stress utan alkohol och tabletter, samt att klara nedtrappningen som "
              "läkaren påbörjat."),
        ("p", "Slutsatsen är att Linnea kan få hjälp på hemmaplan. Individuella samtal på Kompassen med "
              "återfallsprevention (ÅP) och MI, i samverkan med hälsocentralens läkare under nedtrappningen, "
              "ger henne den hjälp hon efterfrågar utan att hon behöver lämna arbete och barn. Eftersom barnen "
              "bor hos Linnea varannan vecka är det viktigt att insatsen även tar upp föräldraskapet."),
        ("sec", "Förslag till beslut"),
        ("p", "Öppenvård vid Kompassen enl. SoL 4 kap. 1 §, 2015-03-30 – 2015-09-30."),
        ("sign", ["Luleå 2015-03-20", "Jonas Lantto, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "l2_beslut", "Beslut", beslut_blocks(
        O, datum="2015-03-23", beslutsfattare="Jonas Lantto, socialsekreterare (deleg. p. 4.1.1)",
        avser="Öppenvård alkohol/läkemedel, ansökan 2015-02-16", insats="Öppenvård missbruk – individuell behandling",
        fom="2015-03-30", tom="2015-09-30", utforare="Kompassen, beroendeenhetens öppenvård",
        skal="Se utredning 2015-03-20, analys och slutsats.", delgiven="2015-03-24",
        sign=["Jonas Lantto"]), **kw)

    mail_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 16mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#000; }
.top { border-bottom: 2px solid #333; padding-bottom: 4px; margin-bottom: 10px; font-size: 9pt; color:#333;}
.sender { font-size: 13pt; font-weight: bold; margin: 8px 0 6px 0; }
table.h td { padding: 1px 8px 1px 0; vertical-align: top; font-size: 10pt; }
table.h td.l { font-weight: bold; width: 70px; }
.body { margin-top: 14px; line-height: 1.35; }
.body p { margin: 0 0 8px 0; }
.sig { margin-top: 14px; color: #1f3864; font-size: 9.5pt; }
.disc { margin-top: 16px; font-size: 7.5pt; color:#666; border-top:1px solid #999; padding-top:4px;}
</style></head><body>
<div class="top">Outlook Web App &nbsp;&nbsp;|&nbsp;&nbsp; Jonas Lantto</div>
<div class="sender">Jonas Lantto</div>
<table class="h">
<tr><td class="l">Från:</td><td>Jonas Lantto &lt;jonas.lantto@lulea.se&gt;</td></tr>
<tr><td class="l">Skickat:</td><td>den 24 mars 2015 10:41</td></tr>
<tr><td class="l">Till:</td><td>Sofia Rönnbäck &lt;sofia.ronnback@lulea.se&gt;</td></tr>
<tr><td class="l">Kopia:</td><td>Kompassen mottagning &lt;kompassen@lulea.se&gt;</td></tr>
<tr><td class="l">Ämne:</td><td>Uppdrag ÖV – L.H. (SOC 2015/0233)</td></tr>
<tr><td class="l">Bifogade filer:</td><td>Beslut_150323.pdf; Utredning_150320.pdf</td></tr>
</table>
<div class="body">
<p>Hej Sofia!</p>
<p>Här kommer uppdraget för Linnea H. som vi pratade om på ärendedragningen i fredags. Beslut och utredning bifogas (skickas via säker e-post, ej okrypterat).</p>
<p><b>Vår bedömning av Linneas behov:</b> Linnea har ett skadligt bruk av alkohol (AUDIT 22) och har tagit mer Sobril än ordinerat (DUDIT 9). Hon behöver stöd att ändra dryckesvanor och att hantera sömnproblem och stress utan alkohol och tabletter, under den nedtrappning som läkaren på Hälsocentralen Hertsön påbörjat. Hon har arbete, bostad och nätverk och behöver kunna behålla dem under behandlingen.</p>
<p><b>Uppdraget:</b> Individuell behandling 1 ggr/vecka, ÅP och MI, dagtid. Samverka med Hälsocentralen (läkare) kring nedtrappningen, samtycke finns. Ta upp föräldraskapet (barn 8 och 12 år varannan vecka). Upprätta genomförandeplan med Linnea inom tre veckor.</p>
<p><b>Mål:</b> 1) Linnea dricker inte alkohol de veckor barnen bor hos henne och högst två glas vid högst två tillfällen/vecka övriga veckor, fr.o.m. juni 2015. 2) Linnea är nedtrappad från Sobril enligt läkarens schema senast 2015-08-31. 3) Linnea är tillbaka i arbete på heltid senast 2015-09-30.</p>
<p><b>Uppföljning:</b> Uppföljningssamtal Linnea + du + jag efter ca 10 veckor (förslag v. 24) och inför beslutets slut i september. Ring mig om hon uteblir två gånger i rad.</p>
<p><b>När insatsen avslutas</b> vill jag ha en kort skriftlig sammanfattning: hur målen uppnåtts, antal genomförda samtal, ev. avbrott, och er rekommendation om fortsatt stöd.</p>
<p>Beslutet gäller 2015-03-30 – 2015-09-30.</p>
<p>Tack på förhand!</p>
</div>
<div class="sig">Med vänliga hälsningar<br><b>Jonas Lantto</b><br>Socialsekreterare, Vuxenenheten – Beroende<br>Socialförvaltningen, Luleå kommun<br>Tfn 0920-45 38 27 &nbsp;|&nbsp; Mobil 070-318 44 27<br>jonas.lantto@lulea.se</div>
<div class="disc">Detta e-postmeddelande kan innehålla sekretessbelagd information och är endast avsett för adressaten.</div>
</body></html>"""
    mail = Comp("l2_mail", "html", mail_html)

    gfp = Comp("l2_gfp", "docx", dict(
        font="Liberation Sans", size=10, letterhead=["Kompassen", "Beroendeenhetens öppenvård, Luleå kommun"],
        head_right=["Genomförandeplan", "Upprättad 2015-04-14"], footer="Kompassen • Storgatan 9 • tfn 0920-45 39 70",
        page_numbers="{P}({N})", author="Sofia Rönnbäck", title="GFP L Holmberg", created=dt.datetime(2015, 4, 14, 15, 20),
        blocks=[
            ("kv", [("Namn", "Linnea Holmberg"), ("Beslut", "2015-03-23, öppenvård t.o.m. 2015-09-30"),
                    ("Behandlare", "Sofia Rönnbäck, alkohol- och drogterapeut"),
                    ("Handläggare", "Jonas Lantto, Vuxenenheten")]),
            ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
                ["Ingen alkohol barnveckor, max 2 glas x 2/vecka övriga veckor", "Dryckesdagbok, ÅP-samtal varje tisdag kl. 13", "Linnea, Sofia", "Fr.o.m. v. 23 (juni 2015)"],
                ["Nedtrappad från Sobril", "Följa läkarens schema, avstämning med läkaren", "Linnea, läkare HC Hertsön, Sofia", "Klart 2015-08-31"],
                ["Bättre sömn utan tabletter", "Sömnskola (4 träffar, material från HC), sömndagbok", "Linnea, Sofia", "Maj–juni 2015"],
                ["Åter i heltidsarbete", "Plan med arbetsgivare/FK, Linnea tar kontakt med chefen", "Linnea", "Senast 2015-09-30"],
                ["Föräldraskap", "2 samtal om barnen och alkohol (Linnea, ev. barnens pappa)", "Sofia", "Före sommaren 2015"],
            ], [3, 3, 2, 2]),
            ("p", "Planen följs upp vid uppföljningssamtal med handläggaren (v. 24) och vid avslut."),
            ("p", "Linnea Holmberg ________________      Sofia Rönnbäck ________________"),
        ]))

    jour = sysdoc(O, "l2_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-02-16", "Besök – ansökan", "JONLAN 2015-02-16", "Linnea söker ÖV. Ansökan upprättad, se dok."),
            ("2015-02-18", "Besök", "JONLAN 2015-02-18", "Första utredningssamtalet. Barnen hos henne denna vecka, hon har inte druckit sedan i söndags."),
            ("2015-03-03", "Besök", "JONLAN 2015-03-03", "AUDIT 22, DUDIT 9. Gick igenom resultaten tillsammans."),
            ("2015-03-05", "Telefon", "JONLAN 2015-03-05", "Distriktsläkare HC Hertsön: påbörjar nedtrappning Sobril, vill att kl. har samtalskontakt parallellt."),
            ("2015-03-23", "Beslut", "JONLAN 2015-03-23", "Beslut ÖV Kompassen fattat. Kl. informerad per tfn."),
            ("2015-03-24", "E-post", "JONLAN 2015-03-24", "Uppdrag skickat till Sofia Rönnbäck, Kompassen, via e-post kl. 10.41 (se utskrift)."),
            ("2015-04-14", "Info", "JONLAN 2015-04-15", "GFP inkomen från Kompassen, inskannad."),
            ("2015-04-28", "Hembesök", "JONLAN 2015-04-28",
             "Planerat hembesök kl. 14 enl. överenskommelse – ingen öppnar. Lämnat lapp. Kl. ringer senare, hade glömt, ber om ursäkt. Ny tid ej aktuell, hon går på Kompassen varje vecka enl. Sofia."),
            ("2015-06-10", "Uppföljningssamtal", "JONLAN 2015-06-11",
             "Uppföljning på Kompassen, Linnea, Sofia R. och handl. Linnea har gått på 9 av 10 samtal. Hon har "
             "inte druckit under barnveckorna sedan mitten av maj enl. dagboken, övriga veckor 1–3 glas vid "
             "2–3 tillfällen. Sobril nedtrappat till hälften enl. schema. Sover bättre efter sömnskolan. "
             "Arbetar 75 % sedan 1 juni. Mål 1 nästan uppnått, mål 2 på väg, mål 3 inte ännu. Överenskommet att "
             "fortsätta som nu, nästa uppf. i september."),
            ("2015-09-08", "Avstämning", "JONLAN 2015-09-08",
             "Avstämning per tfn med Sofia R. och därefter besök av Linnea. Nedtrappningen klar 2015-08-24 enl. "
             "läkaren. Linnea dricker inte barnveckorna, har haft ett återfall i juli (semester), pratat om det i "
             "behandlingen. Heltid fr.o.m. 2015-09-01. Linnea vill fortsätta glesare, var 14:e dag, hösten ut. Hon "
             "ansöker om fortsatt ÖV (ny ansökan upprättad)."),
            ("2015-09-22", "Utredning", "JONLAN 2015-09-22", "Pågår ang. fortsatt ÖV. Sammanfattning från Kompassen begärd."),
        ]),
    ], **kw)

    files = [
        File("ansokan.pdf", "ansökan", [ans], "form, check boxes", "20150929140510", author="JONLAN"),
        File("utredning.pdf", "utredning", [utr], "one-column, system header/footer", "20150929140512", author="JONLAN"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes, check boxes", "20150929140513", author="JONLAN"),
        File("mejl_uppdrag_kompassen.pdf", "uppdragsbeskrivning", [mail], "e-mail printout", "20150324104300",
             title="Uppdrag ÖV – L.H. (SOC 2015/0233)", author="Jonas Lantto"),
        File("GFP_kompassen.pdf", "genomförandeplan", [gfp], "letter, table", "20150414152400", author="Sofia Rönnbäck"),
        File("journal.pdf", "journalanteckningar", [jour], "one-column, dated journal entries", "20150929140520", author="JONLAN"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Analys och slutsats' i utredningen beskriver vad Linnea saknar och varför samtal på Kompassen svarar mot det; uppdragsmejlet sammanfattar bedömningen.", [
            ("utredning.pdf", "Analys och slutsats"), ("utredning.pdf", "ger henne den hjälp hon efterfrågar"),
            ("mejl_uppdrag_kompassen.pdf", "Vår bedömning av Linneas behov")]),
        planning=crit("ja", "Kompassens genomförandeplan: tabell med mål, insats, ansvarig och tidpunkt.", [
            ("GFP_kompassen.pdf", "Ingen alkohol barnveckor"), ("GFP_kompassen.pdf", "Planen följs upp vid uppföljningssamtal")]),
        follow_up=crit("ja", "Uppföljningssamtal 2015-06-10 och avstämning 2015-09-08 i journalen, med utfall per mål.", [
            ("journal.pdf", "Uppföljning på Kompassen, Linnea, Sofia R. och handl."),
            ("journal.pdf", "Avstämning per tfn med Sofia R.")]),
        assignment_description=crit("ja", "Uppdraget är ett e-postmeddelande med bedömning, innehåll, mål, uppföljning, återrapportering, handläggarens kontaktuppgifter; skickat 2015-03-24 (även i journalen).", [
            ("mejl_uppdrag_kompassen.pdf", "Här kommer uppdraget för Linnea H."),
            ("journal.pdf", "Uppdrag skickat till Sofia Rönnbäck")],
            present="abcdefg"),
    )
    return Case("lulea", dnr, "", files, crits, pd)


# =====================================================================================
# L3  SOC 2015/0561 - HVB beviljad, klienten avböjer före start (declined)
# =====================================================================================
def _l3():
    dnr = "SOC 2015/0561"
    pd = "2015-09-30"
    cl, pnr = "Pekkala, Mikael Johan", "19000923-5112"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="ANNSUN")

    utr = sysdoc(O, "l3_utredning", "Utredning", [
        ("fields", [[("Aktualiserad", "2015-04-07", 3), ("Inledd", "2015-04-14", 3), ("Avslutad", "2015-06-05", 3),
                     ("Handläggare", "Annika Sundqvist", 3)],
                    [("Ärendet avser", "Ansökan om behandling på HVB (narkotika)")]]),
        ("sec", "Aktualisering"),
        ("p", "Remiss från Psykiatriska kliniken, beroendeenheten, 2015-04-07 efter vårdtillfälle för amfetaminutlöst "
              "psykos. Mikael ansökte själv om behandling vid besök 2015-04-14."),
        ("sec", "Underlag"),
        ("p", "Samtal med Mikael 2015-04-14, 04-28, 05-12 och 05-26 (uteblev 05-05). DUDIT 2015-04-28 (34 p.). "
              "Epikris psykiatrin. Tfn frivården 2015-05-04. Tfn Mikaels mamma 2015-05-19 (samtycke)."),
        ("sec", "Bakgrund och nuvarande situation"),
        ("p", "Mikael har använt amfetamin sedan tonåren, de senaste två åren i princip dagligen, injicerat. Han "
              "har en son på 6 år som bor med mamman; umgänge har inte skett sedan i höstas. Mikael bor i "
              "andrahandskontrakt hos en bekant där det förekommer droger. Han har en villkorlig dom med "
              "övervakning (frivården) för narkotikabrott. Han saknar inkomst, försörjningsstöd sedan 2014."),
        ("p", "Under vårdtillfället i mars hade Mikael paranoida tankar som gick över efter några dagar utan droger. "
              "Psykiatrin rekommenderar drogfri miljö och fortsatt psykiatrisk uppföljning."),
        ("sec", "Mikaels synpunkter"),
        ("p", "Mikael säger att han \"måste bort härifrån\" och att han vill bli en pappa som sonen kan lita på. "
              "Han är orolig för att vara borta länge."),
        ("sec", "Analys och slutsats"),
        ("p", "Mikael har ett mångårigt, intravenöst amfetaminberoende och har nyligen haft en drogutlöst psykos. "
              "Hans boende är inte drogfritt och han har nästan inga nyktra kontakter. Han saknar sysselsättning "
              "och inkomst och har en dom med övervakning. Försök med öppenvård (2013) avbröts efter tre veckor. "
              "Socialtjänsten gör ställningstagandet att Mikael behöver bo i en drogfri miljö under en längre tid "
              "för att kunna bli drogfri, få psykiatrisk uppföljning och börja bygga upp ett eget boende och "
              "kontakten med sonen. Myrbacka HVB har inriktning narkotika, har psykiatrisk kompetens knuten till "
              "verksamheten och arbetar med föräldraskap, vilket svarar mot det Mikael själv lyfter fram."),
        ("sec", "Förslag till beslut"),
        ("p", "Institutionsvård på Myrbacka HVB enl. SoL 4 kap. 1 §, fr.o.m. 2015-06-22, i sex månader."),
        ("sign", ["Luleå 2015-06-05", "Annika Sundqvist, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "l3_beslut", "Beslut", beslut_blocks(
        O, datum="2015-06-09", beslutsfattare="Individutskottet, § 112/2015",
        avser="Behandling HVB narkotika, ansökan 2015-04-14", insats="Institutionsvård vuxen – missbruk",
        fom="2015-06-22", tom="2015-12-21", utforare="Myrbacka HVB (Stiftelsen Myrbacka)",
        skal="Enligt utredning 2015-06-05.", delgiven="2015-06-10", sign=["Protokollsutdrag, justerat 2015-06-10"]), **kw)

    dudit = sysdoc(O, "l3_dudit", "Bedömningsinstrument", [
        ("fields", [[("Instrument", "DUDIT", 4), ("Datum", "2015-04-28", 4), ("Utförd av", "Annika Sundqvist", 4)]]),
        ("table", ["Fråga", "Svar", "Poäng"], [
            ["1. Hur ofta använder du andra droger än alkohol?", "4 ggr/vecka eller mer", "4"],
            ["2. Använder du mer än en sorts drog vid samma tillfälle?", "Ibland", "2"],
            ["3. Hur många gånger tar du droger en typisk dag?", "5–6", "3"],
            ["4. Hur ofta är du kraftigt påverkad av droger?", "Dagligen", "4"],
            ["5–9. Begär, kontroll, försummelse m.m.", "(summa)", "16"],
            ["10–11. Skada, oro från andra", "(summa)", "5"],
        ], [6, 3, 1]),
        ("fields", [[("Totalpoäng", "34", 3), ("Tolkning enl. manual", "Sannolikt narkotikaberoende (25 p. eller mer)", 9)]]),
        ("p", "Resultatet har återkopplats till Mikael vid samma tillfälle."),
    ], **kw)

    upp = Comp("l3_uppdrag", "docx", dict(
        font="Liberation Serif", size=11, letterhead=LETTERHEAD,
        head_right=["UPPDRAGSBESKRIVNING", "2015-06-10", "Dnr SOC 2015/0561"],
        footer="Postadress: Luleå kommun, Socialförvaltningen, 971 85 Luleå • Besök: Stationsgatan 13 • Växel 0920-45 30 00",
        page_numbers="Sida {P} av {N}", author="Annika Sundqvist", title="Uppdragsbeskrivning Myrbacka",
        created=dt.datetime(2015, 6, 10, 9, 15),
        blocks=[
            ("p", "Myrbacka HVB\nAtt: Peter Holm, intagningsansvarig\nMyrbackavägen 40\n916 91 Bjurholm"),
            ("title", "Uppdrag – institutionsvård för Mikael Pekkala, 19000923-5112"),
            ("p", "Individutskottet har 2015-06-09 beviljat Mikael institutionsvård på Myrbacka HVB enligt SoL 4 kap. 1 § "
                  "under perioden 2015-06-22 – 2015-12-21. Socialförvaltningen ger härmed Myrbacka följande uppdrag."),
            ("h", "Socialtjänstens bedömning"),
            ("p", "Mikael har ett mångårigt intravenöst amfetaminberoende (DUDIT 34 p.) och har i mars 2015 vårdats för "
                  "drogutlöst psykos. Han behöver en längre tid i drogfri miljö, psykiatrisk uppföljning, stöd i "
                  "föräldraskapet och hjälp att skaffa ett eget drogfritt boende och sysselsättning."),
            ("h", "Vad uppdraget omfattar"),
            ("bullets", ["Behandling enligt Myrbackas program med inriktning narkotika.",
                         "Regelbundna drogtester (urinprov) enligt Myrbackas rutin.",
                         "Samordning med psykiatrin (läkarkontakt under vistelsen).",
                         "Stöd i kontakten med sonen och sonens mamma, i samråd med handläggaren.",
                         "Upprätta genomförandeplan tillsammans med Mikael inom tre veckor."]),
            ("h", "Mål"),
            ("bullets", ["Mikael är drogfri under vistelsen (negativa urinprov).",
                         "Mikael har stabil psykisk hälsa och en plan för psykiatrisk uppföljning efter utskrivning.",
                         "Mikael har återupptagit umgänget med sin son senast december 2015.",
                         "Mikael har en plan för boende och sysselsättning i Luleå vid utskrivning."]),
            ("h", "Uppföljning"),
            ("p", "Vårdplan upprättas av handläggaren tillsammans med Mikael och Myrbacka inom två veckor efter "
                  "inskrivning. Uppföljning sker genom trepartssamtal var sjätte vecka (på Myrbacka eller via video) "
                  "och därutöver vid behov. Myrbacka meddelar handläggaren omgående vid avvikelse eller återfall."),
            ("h", "Återrapportering vid avslut"),
            ("p", "När vistelsen avslutas lämnar Myrbacka en skriftlig slutrapport inom 14 dagar med måluppfyllelse, "
                  "provresultat, Mikaels egen bedömning av vistelsen och förslag på eftervård."),
            ("h", "Kontaktuppgifter"),
            ("p", "Ansvarig handläggare: Annika Sundqvist, socialsekreterare\nTfn 0920-45 38 12, annika.sundqvist@lulea.se"),
            ("p", "Uppdragsbeskrivningen skickas till Myrbacka 2015-06-10 via e-post (krypterat) och i original per post."),
            ("p", "Luleå 2015-06-10\n\n\nAnnika Sundqvist\nSocialsekreterare"),
        ]))

    jour = sysdoc(O, "l3_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-04-07", "Remiss inkommen", "ANNSUN 2015-04-08", "Remiss från psykiatrin, beroendeenheten. Tid bokad 14/4."),
            ("2015-04-14", "Besök", "ANNSUN 2015-04-14", "Mikael ansöker om behandlingshem. Utredning inleds."),
            ("2015-04-28", "Besök", "ANNSUN 2015-04-28", "DUDIT 34 p."),
            ("2015-05-05", "Uteblivet besök", "ANNSUN 2015-05-05", "Mikael kom inte. Ny tid skickad."),
            ("2015-05-26", "Besök", "ANNSUN 2015-05-26", "Pratat om Myrbacka, Mikael har tittat på deras hemsida och är positiv."),
            ("2015-06-09", "Beslut IU", "ANNSUN 2015-06-09", "IU beviljar HVB Myrbacka fr.o.m. 22/6."),
            ("2015-06-10", "Uppdrag", "ANNSUN 2015-06-10",
             "Uppdragsbeskrivn. skickad till Myrbacka (P. Holm) per krypterad e-post och post. Plats bekräftad till 22/6. "
             "Resa med tåg bokad, handl. möter vid Centralstationen kl. 07.15."),
            ("2015-06-18", "Telefon", "ANNSUN 2015-06-18", "Mikael ringer, låter tveksam. Oroar sig för sonen och för att bli av med rummet. Pratat igenom, han säger att han åker."),
            ("2015-06-22", "Avresa", "ANNSUN 2015-06-22",
             "Mikael kom inte till Centralstationen. Nås inte på mobilen. Meddelat Myrbacka att han inte kommer idag."),
            ("2015-06-23", "Telefon", "ANNSUN 2015-06-23",
             "Mikael ringer. Han vill inte åka till Myrbacka, säger att han inte klarar att vara så långt från "
             "sonen och att han ska \"ta det själv\" med hjälp av en kompis. Erbjuden ÖV och ny tid för samtal, "
             "tackar nej. Han återtar sin ansökan. Informerad om att han är välkommen att höra av sig igen."),
            ("2015-06-23", "Telefon", "ANNSUN 2015-06-23", "Myrbacka (P. Holm) informerad, platsen avbokas. Ingen kostnad uppstår enl. Myrbacka."),
            ("2015-06-30", "Avslut", "ANNSUN 2015-06-30",
             "Insatsen har aldrig påbörjats. Beslutet upphävs då Mikael återtagit ansökan. Ärendet avslutas. "
             "Frivården informerad med Mikaels samtycke."),
        ]),
    ], **kw)

    files = [
        File("utredning_beslut.pdf", "utredning", [utr, bes], "assembled (pdfunite): utredning + beslut",
             "20150930085511", author="ANNSUN"),
        File("dudit_2015-04-28.pdf", "bedömningsinstrument (DUDIT)", [dudit], "form, table", "20150930085513", author="ANNSUN"),
        File("uppdragsbeskrivning_myrbacka.pdf", "uppdragsbeskrivning", [upp], "letter", "20150610091942", author="Annika Sundqvist"),
        File("journal.pdf", "journalanteckningar", [jour], "one-column, dated journal entries", "20150930085520", author="ANNSUN"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Analys och slutsats' beskriver Mikaels svårigheter och varför Myrbacka HVB svarar mot dem; sammanfattas i uppdraget.", [
            ("utredning_beslut.pdf", "Socialtjänsten gör ställningstagandet att Mikael"),
            ("uppdragsbeskrivning_myrbacka.pdf", "Socialtjänstens bedömning")]),
        planning=crit("ej_tillämpligt", "Mikael avböjde placeringen innan den började (journal 2015-06-23); ingen vårdplan hann upprättas."),
        follow_up=crit("ej_tillämpligt", "Insatsen påbörjades aldrig; klienten återtog ansökan före start."),
        assignment_description=crit("ja", "Uppdragsbrevet innehåller bedömning, innehåll, mål, uppföljning, återrapportering, handläggarens kontaktuppgifter och när det skickades (2015-06-10, även journal).", [
            ("uppdragsbeskrivning_myrbacka.pdf", "Vad uppdraget omfattar"),
            ("uppdragsbeskrivning_myrbacka.pdf", "Återrapportering vid avslut"),
            ("journal.pdf", "Uppdragsbeskrivn. skickad till Myrbacka")],
            present="abcdefg"),
    )
    return Case("lulea", dnr, "declined", files, crits, pd)


# =====================================================================================
# L4  SOC 2015/0874 - öppenvård beviljad i augusti 2015 (recent)
# =====================================================================================
def _l4():
    dnr = "SOC 2015/0874"
    pd = "2015-09-30"
    cl, pnr = "Nordström, Karin Elisabet", "19010808-2646"
    kw = dict(client=cl, pnr=pnr, dnr=dnr, printdate=pd, user="JONLAN")

    akt = sysdoc(O, "l4_akt", "Aktualisering", [
        ("fields", [[("Datum", "2015-07-06", 3), ("Inkom via", "Telefon, Hälsocentralen Örnäset", 6), ("Mottagare", "JONLAN", 3)],
                    [("Typ", "Ansökan (via vårdgivare, med samtycke)")]]),
        ("box", "Anledning",
         "Distriktssköterska ringer med Karins samtycke. Karin har förhöjda leverprover och har berättat att hon "
         "dricker varje dag sedan maken dog i höstas. Hon vill ha kontakt med socialtjänsten för samtal."),
        ("checks", "Åtgärd", [(True, "Utredning inleds"), (False, "Ingen åtgärd"), (False, "Hänvisning")]),
    ], **kw)

    utr = sysdoc(O, "l4_utredning", "Utredning", [
        ("fields", [[("Inledd", "2015-07-08", 3), ("Avslutad", "2015-08-19", 3), ("Handläggare", "Jonas Lantto", 6)]]),
        ("sec", "Underlag"),
        ("p", "Samtal med Karin 2015-07-08, 07-22 och 08-12. AUDIT 2015-07-22 (19 p.). Tfn distriktssköterska "
              "2015-07-06. Karin har avböjt kontakt med sina vuxna barn i utredningen."),
        ("sec", "Situation"),
        ("p", "Karin är änka sedan oktober 2014 och bor kvar i parhuset i Örnäset. Hon är pensionerad "
              "lärare. Hon dricker vin och ibland starksprit varje eftermiddag och kväll, uppskattningsvis "
              "6–8 glas per dag, och dricker ensam. Hon har slutat gå till kören och träffar sällan vänner. "
              "Levervärdena är förhöjda och hon har ramlat i hemmet två gånger i sommar. Ekonomin är god."),
        ("sec", "Karins synpunkter"),
        ("p", "Karin skäms och vill inte att någon ska veta. Hon vill ha enskilda samtal och kan tänka sig en grupp "
              "för efterlevande längre fram."),
        ("sec", "Socialtjänstens ställningstagande"),
        ("p", "Karins drickande har ökat kraftigt efter makens död och har nu lett till fysiska skador och "
              "fallolyckor. Hon har isolerat sig och förlorat sina sociala sammanhang. Drickandet hänger tydligt "
              "ihop med sorgen och ensamheten. Hon har god förmåga att ta till sig stöd, ett stabilt boende och "
              "ingen tidigare missbruksproblematik."),
        ("p", "Socialtjänsten anser att Karin bör erbjudas individuell alkoholbehandling på Kompassen med "
              "återfallsprevention och samtal om sorgen, samt att hon motiveras till en stödgrupp för "
              "efterlevande. Öppenvård i hemkommunen gör det möjligt för henne att återknyta till sitt nätverk, vilket "
              "är en förutsättning för att förändringen ska hålla."),
        ("sign", ["Luleå 2015-08-19", "Jonas Lantto, socialsekreterare"]),
    ], **kw)

    bes = sysdoc(O, "l4_beslut", "Beslut", beslut_blocks(
        O, datum="2015-08-24", beslutsfattare="Jonas Lantto, socialsekreterare (deleg. p. 4.1.1)",
        avser="Samtalsbehandling alkohol", insats="Öppenvård missbruk – individuell behandling",
        fom="2015-09-01", tom="2016-02-29", utforare="Kompassen, beroendeenhetens öppenvård",
        skal="Karin har utvecklat ett skadligt drickande efter makens död med fysiska följder och isolering. "
             "Individuell behandling på hemorten bedöms kunna bryta drickandet och hjälpa henne tillbaka till sitt "
             "sociala sammanhang. Se utredning 2015-08-19.",
        delgiven="2015-08-25", sign=["Jonas Lantto"]), **kw)

    upp = sysdoc(O, "l4_uppdrag", "Uppdrag till utförare", [
        ("fields", [[("Utförare", "Kompassen, beroendeenhetens öppenvård", 8), ("Beslutsdatum", "2015-08-24", 4)],
                    [("Insats", "Öppenvård – individuell behandling, SoL 4 kap. 1 §", 8), ("Period", "2015-09-01 – 2016-02-29", 4)]]),
        ("box", "Socialtjänstens bedömning av den enskildes behov",
         "Karin dricker 6–8 glas/dag sedan makens död (AUDIT 19), har förhöjda levervärden och har fallit i hemmet. "
         "Hon har isolerat sig. Hon behöver stöd att sluta dricka dagligen, bearbeta sorgen och återknyta kontakter."),
        ("box", "Uppdragets omfattning/innehåll",
         "Individuella samtal 1 ggr/vecka (ÅP, MI). Samtal om sorg och ensamhet. Motivera och slussa till "
         "stödgrupp för efterlevande (Svenska kyrkan). Samverka med HC Örnäset om leverprover. "
         "Genomförandeplan upprättas inom tre veckor."),
        ("box", "Mål med insatsen",
         "1. Karin har minst fem alkoholfria dagar/vecka senast 2015-11-30.\n"
         "2. Normaliserade levervärden vid provtagning i januari 2016.\n"
         "3. Karin deltar i minst en social aktivitet/vecka (t.ex. kören eller stödgrupp) senast 2016-01-31."),
        ("box", "Former för uppföljning",
         "Trepartssamtal (Karin, behandlare, handläggare) första gången i slutet av november 2015 och därefter inför "
         "beslutets slut i februari 2016. Behandlaren meddelar handläggaren om Karin uteblir två gånger i följd."),
        ("box", "Återrapportering vid avslut",
         "Skriftlig sammanfattning till handläggaren senast två veckor efter avslut: genomförda samtal, "
         "måluppfyllelse, Karins egen värdering, förslag om fortsatt stöd."),
        ("box", "Ansvarig handläggare", "Jonas Lantto, tfn 0920-45 38 27, jonas.lantto@lulea.se"),
        ("box", "Överlämnat till utföraren", "2015-08-25, lämnat personligen till Kompassens mottagning (K. Ek) samt i e-post samma dag."),
    ], **kw)

    gfp = sysdoc(O, "l4_gfp", "Genomförandeplan", [
        ("fields", [[("Utförare", "Kompassen", 4), ("Upprättad", "2015-09-15", 3), ("Behandlare", "Kristina Ek", 5)],
                    [("Beslut/uppdrag", "Beslut 2015-08-24, uppdrag 2015-08-25")]]),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Minst 5 alkoholfria dagar/vecka", "Samtal varje onsdag kl. 10, dryckesdagbok, ÅP", "Karin, Kristina Ek", "Senast 2015-11-30"],
            ["Normala levervärden", "Provtagning HC Örnäset", "Karin, distriktssköterska", "Okt 2015 och jan 2016"],
            ["Minst 1 social aktivitet/vecka", "Kontakt med kören, info om sorgegrupp", "Karin, Kristina Ek", "Senast 2016-01-31"],
        ], [3, 3.3, 2, 2]),
        ("p", "Första uppföljning: trepartssamtal 2015-11-24 kl. 13.30 på Kompassen."),
        ("sign", ["Karin Nordström      Kristina Ek"]),
    ], **kw)

    jour = sysdoc(O, "l4_journal", "Journalanteckningar", [
        ("journal", [
            ("2015-07-06", "Aktualisering", "JONLAN 2015-07-06", "Se aktualisering. Tid 8/7."),
            ("2015-07-08", "Besök", "JONLAN 2015-07-08", "Första samtal. Karin ledsen, berättar om maken."),
            ("2015-07-22", "Besök", "JONLAN 2015-07-22", "AUDIT 19."),
            ("2015-08-12", "Besök", "JONLAN 2015-08-12", "Karin vill ha samtal på Kompassen. Har inte varit på kören sedan i våras."),
            ("2015-08-24", "Beslut", "JONLAN 2015-08-24", "ÖV beviljad, Karin informerad per tfn."),
            ("2015-08-25", "Uppdrag", "JONLAN 2015-08-25", "Uppdrag lämnat till Kompassen (K. Ek) personligen + e-post."),
            ("2015-09-02", "Info", "JONLAN 2015-09-02", "Karin har varit på första samtalet på Kompassen."),
            ("2015-09-16", "Info", "JONLAN 2015-09-16", "GFP inkommen. Uppföljning planeras till november (trepartssamtal 24/11)."),
        ]),
    ], **kw)

    files = [
        File("aktualisering.pdf", "aktualisering", [akt], "form, check boxes", "20150930111500", author="JONLAN"),
        File("utredning.pdf", "utredning", [utr], "one-column, system header/footer", "20150930111502", author="JONLAN"),
        File("beslut.pdf", "beslut", [bes], "form, labelled boxes", "20150930111503", author="JONLAN"),
        File("uppdrag.pdf", "uppdragsbeskrivning", [upp], "form, labelled boxes", "20150930111505", author="JONLAN"),
        File("genomforandeplan.pdf", "genomförandeplan", [gfp], "one-column, table", "20150930111507", author="JONLAN"),
        File("journal.pdf", "journalanteckningar", [jour], "dated journal entries", "20150930111509", author="JONLAN"),
    ]
    crits = dict(
        needs_assessment=crit("ja", "'Socialtjänstens ställningstagande' beskriver Karins svårigheter och varför öppenvård på hemorten svarar mot dem; beslutets skäl och uppdraget sammanfattar.", [
            ("utredning.pdf", "Socialtjänstens ställningstagande"),
            ("beslut.pdf", "Individuell behandling på hemorten bedöms kunna bryta"),
            ("uppdrag.pdf", "Karin dricker 6–8 glas/dag sedan makens död")]),
        planning=crit("ja", "Genomförandeplan 2015-09-15 i tabellform med mål, insats, ansvarig och datum.", [
            ("genomforandeplan.pdf", "Minst 5 alkoholfria dagar/vecka")]),
        follow_up=crit("ej_tillämpligt", "Insatsen startade 2015-09-01; första uppföljningen är planerad till 2015-11-24, efter granskningsdatum."),
        assignment_description=crit("ja", "Uppdragsformuläret har alla delar a–g, överlämnat 2015-08-25.", [
            ("uppdrag.pdf", "Former för uppföljning"),
            ("journal.pdf", "Uppdrag lämnat till Kompassen")],
            present="abcdefg"),
    )
    return Case("lulea", dnr, "recent", files, crits, pd)


CASES = [_l1(), _l2(), _l3(), _l4()]
