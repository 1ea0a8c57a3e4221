# -*- coding: utf-8 -*-
from common import *

CASES = []
def case(f):
    CASES.append(f)
    return f

# =========================================================== 1 Skövde – full, assembled with cover
@case
def skovde_1():
    c = dict(muni="skovde", dnr="SN 2015/0231", name="Mikael Strand", pnr="19010314-2237",
             handl=("Jessica Ahlberg", "Socialsekreterare, myndighetsutövning vuxen", "0500-49 83 12", "jessica.ahlberg@skovde.se"),
             u_start="2015-01-14", u_klar="2015-02-20", b_date="2015-02-24", b_period="2015-03-01 – 2015-12-31",
             beslutsfattare=("Maria Lindh", "1:e socialsekreterare"),
             aktual="Ärendet aktualiserades 2015-01-12 då Mikael själv ringde Mottagningsgruppen och ansökte om stöd för sitt alkoholbruk. Han hade hänvisats av företagshälsovården efter en sjukskrivning i december 2014 (se remiss från FHV, bil.).",
             kallor="Utredningssamtal med Mikael 2015-01-20, 2015-01-29 och 2015-02-10 (totalt 3 besök). ASI-grundintervju 2015-01-29. AUDIT och DUDIT. Telefonkontakt med FHV-sjuksköterska och med Mikaels sambo (med samtycke). Provtagning PEth via Beroendecentrums SSK.",
             miss="Mikael beskriver att han druckit regelbundet sedan 20-årsåldern, under det senaste året ca 1 flaska vin per kväll och mer under helger. AUDIT 24 p. DUDIT 0 p. PEth 2015-01-29: 1,12 µmol/l. Han har inte tidigare haft kontakt med socialtjänst eller beroendevård. Inga abstinensbesvär som kräver avgiftning enl. läkare vid Beroendecentrum (ÅP-läkare, 2015-02-03).",
             boende="Bor i bostadsrätt med sambo och dennes son (14 år). Ingen skuldsättning hos KFM. Ekonomin påverkas av sjukskrivningen men är ordnad.",
             halsa="Sömnstörning och förhöjda leverprover. Beskriver nedstämdhet men ingen suicidalitet. Har kontakt med vårdcentralen (Ryds VC).",
             syss="Anställd som lagerarbetare, sjukskriven 50 % sedan 2014-12-08. Arbetsgivaren kräver en behandlingsplan för återgång (rehabiliteringsmöte planerat). Nätverk: sambo, en bror i Tibro.",
             egen="Mikael vill sluta dricka helt under minst sex månader och kunna gå tillbaka till arbetet på heltid. Han vill inte åka på behandlingshem utan vill ha stöd i Skövde på tider som passar med arbetet.",
             forslag="Mikael Strand beviljas öppenvård vid Beroendecentrum Skövde (ÅP i grupp + individuella CRA-samtal) under tiden 2015-03-01 – 2015-12-31 enligt 4 kap. 1 § SoL.",
             beslut_text="Mikael Strand beviljas bistånd i form av öppenvård vid Beroendecentrum Skövde, ÖV-teamet (återfallsprevention i grupp samt individuella samtal enligt CRA).",
             upp_a="Mikael har ett skadligt bruk/beroende av alkohol (AUDIT 24 p, förhöjt PEth) som påverkar hälsa, sömn och arbetsförmåga och riskerar relationen till sambo och barn i hushållet. Han har ingen tidigare behandling, är motiverad och har en fungerande bostad och familj, varför strukturerad ÖV med ÅP och CRA på hemorten bedöms tillräcklig och ger bäst förutsättningar att behålla arbetet.",
             upp_b="ÅP-grupp (KBT-baserad, 10 träffar, tisdagar kl. 16.30), individuella CRA-samtal varannan vecka, provtagning (PEth en gång/månad, alkometer vid besök) samt ett nätverkssamtal med sambo. Utföraren upprättar behandlingsplan tillsammans med Mikael inom tre veckor från start.",
             upp_c=["Mikael är alkoholfri från behandlingsstart, verifierat med PEth < 0,05 µmol/l senast 2015-05-31.",
                    "Mikael har återgått i arbete på heltid senast 2015-08-31.",
                    "Mikael har en skriftlig återfallsplan klar när ÅP-gruppen avslutas (maj 2015)."],
             upp_d_when="sex veckor efter start (v. 15)", cover_date="2015-09-28", cover_by="J. Ahlberg, handl.")
    assess = [("p", "5.1 Mikael har under flera år druckit alkohol i en omfattning som nu ger tydliga konsekvenser: AUDIT 24 p och PEth 1,12 visar ett beroende med hög konsumtion. Han har sömnproblem, påverkade levervärden och har blivit sjukskriven. I hushållet finns en 14-årig pojke, vilket gör att förändringen brådskar även av hänsyn till barnet."),
              ("p", "5.2 Samtidigt har Mikael flera skyddsfaktorer: fast arbete, egen bostad, stöd från sambo och en tydlig egen vilja att sluta. Han har inte tidigare prövat behandling. Socialtjänsten gör därför ställningstagandet att Mikael behöver stöd för att bryta alkoholbruket, lära sig hantera återfallsrisker och återgå i arbete, men att detta kan ges på hemorten utan att han lämnar arbete och familj."),
              ("p", "5.3 ÅP i grupp och CRA är kunskapsbaserade metoder (Socialstyrelsens nationella riktlinjer) som riktar sig mot just dessa delar: ÅP ger verktyg mot återfall, CRA arbetar med arbete, fritid och relationer, och regelbunden provtagning ger Mikael och behandlaren ett objektivt mått. Heldygnsvård bedöms inte nödvändig och skulle försvåra arbetsåtergången. Insatsen ÖV vid Beroendecentrum bedöms därmed motsvara det Mikael behöver för att uppnå en skälig levnadsnivå.")]
    U = utredning(c, assess=assess)
    reasons = [("p", "Utredningen visar att Mikael har ett alkoholberoende som påverkar hälsa och arbetsförmåga. Han behöver stöd för att bli alkoholfri och återgå i arbete. Öppenvård med ÅP och CRA på hemorten bedöms tillgodose detta, se utredningens avsnitt 5. Insatsen är frivillig och Mikael har samtyckt.")]
    Bsl = beslut(c, reasons=reasons)
    o = OFF["skovde"]
    mail = [("h1", "E-post"), email_block("Ahlberg Jessica <jessica.ahlberg@skovde.se>", "BC Skövde ÖV-teamet <bc.ov@skovde.se>",
            "den 25 februari 2015 10:42", "Uppdrag ÖV – SN 2015/0231 M.S.", attach="Uppdragsbeskrivning_SN2015-0231.pdf (48 kB)"),
            ("p", "Hej!\nHär kommer uppdraget för M.S. (beslut 2015-02-24), se bifogad uppdragsbeskrivning. Kl. är informerad och väntar på kallelse till första ÅP-träffen v. 10. Hör av er om något är oklart.\n\nMvh\n" + handl_sig(c)),
            ("pb",), ("h1", "Uppdragsbeskrivning – öppenvård"), ("kv", [("Beställare", o["nämnd"] + ", myndighetsutövning vuxen"),
            ("Utförare", "Beroendecentrum Skövde, ÖV-teamet (kommun/VGR)"), ("Dnr", c["dnr"]), ("Klient", "%s, %s" % (c["name"], c["pnr"])),
            ("Beslut", "2015-02-24, SoL 4:1, period 2015-03-01 – 2015-12-31")])]
    mail += uppdrag_sections(c, set("abcde"))
    mail += [("h2", "6. Ansvarig handläggare"), ("p", "%s, %s, tel. %s, %s" % (c["handl"][0], c["handl"][1], c["handl"][2], c["handl"][3]))]
    plan = [("h1", "Behandlingsplan – Beroendecentrum Skövde, ÖV"), ("kv", [("Klient", c["name"]), ("Dnr (soc)", c["dnr"]),
            ("Upprättad", "2015-03-17 av Kl. och behandlare Anna-Karin Svensson (SSK/ÅP-terapeut)"), ("Planen gäller", "2015-03-17 – 2015-09-30")]),
            ("table", [["Mål (mätbart)", "Insats/aktivitet", "Ansvarig", "Tidpunkt/klart senast", "Uppföljs genom"],
                       ["1. Alkoholfri, PEth < 0,05", "PEth 1 ggr/mån, alkometer vid varje besök, Antabus erbjuds via läkare", "SSK A-K Svensson; ÅP-läkare", "Fr.o.m. 2015-03-17, mål 2015-05-31", "Provsvar i journal"],
                       ["2. Återfallsplan", "ÅP-grupp 10 ggr (tis 16.30), hemuppgifter", "ÅP-terapeut; Kl.", "2015-03-17 – 2015-05-19", "Skriftlig plan visas i grupp 10"],
                       ["3. Åter i arbete 100 %", "CRA-samtal varannan vecka, rehabmöte med arbetsgivare/FHV", "Kl.; behandlare; handl. deltar i rehabmöte", "Rehabmöte v. 16; heltid senast 2015-08-31", "Intyg från FK/arbetsgivare"],
                       ["4. Stärkt relation i familjen", "Nätverkssamtal med sambo (CRA-familj)", "Behandlare", "Maj 2015", "Samtal med sambo"]], [4.2, 6.3, 4.5, 5.0, 4.2]),
            ("p", "Uppföljning av planen: uppföljningsmöte med handl. v. 15 och Behandlingskonferens i slutet av augusti 2015.  Klientens underskrift: Mikael Strand    Behandlare: Anna-Karin Svensson")]
    J = journal(c, [
        ("2015-01-12", "Aktualisering – tel.", "Kl. ringer själv. Söker hjälp för alkohol. Tid bokad 20/1. /JA"),
        ("2015-02-24", "Beslut", "Beslut om ÖV vid BC (ÅP + CRA) fattat av 1:e soc.sekr. Kl. informerad per tel. kl. 14.10. /JA"),
        ("2015-02-25", "Uppdrag skickat", "Uppdragsbeskrivning skickad per e-post till BC ÖV-teamet. /JA"),
        ("2015-03-03", "Start", "Enl. BC har kl. börjat i ÅP-gruppen idag. /JA"),
        ("2015-04-09", "Uppföljningsmöte (trepartssamtal)", "Närvarande: Kl., A-K Svensson (BC), handl. Kl. har varit på 5 av 5 ÅP-träffar, PEth 2015-04-01 0,31 (sjunkande). Ett återfall en helg i mars som kl. själv berättat om. Målen i behandlingsplanen kvarstår; rehabmöte med arbetsgivaren bokat 21/4. Kl. nöjd med stödet, tycker att grupen ger mycket. Nästa uppf. i augusti. /JA"),
        ("2015-04-21", "Rehabmöte FHV", "Handl. deltog. Plan för upptrappning till 75 % fr.o.m. 1/5 tillsamans med FHV. /JA"),
        ("2015-09-01", "Behandlingskonferens", "BC, kl. och handl. ÅP-gruppen genomförd 10/10, återfallsplan klar. PEth 2015-08-20 <0,05 – mål 1 uppnått. Kl. arbetar 100 % sedan 2015-08-17 – mål 3 uppnått. Nätverkssamtal genomfört i maj. Kl. vill fortsätta med CRA-samtal glesare (1 ggr/mån) t.o.m. december. Ingen ändring av beslut behövs. /JA"),
    ])
    cv = cover(c, [("Utredning SoL 11:1", "2015-02-20"), ("Delegationsbeslut", "2015-02-24"), ("E-post med uppdragsbeskrivning", "2015-02-25"),
                   ("Behandlingsplan (BC)", "2015-03-17"), ("Journalanteckningar", "2015-01-12 – 2015-09-01")], title="Akt – utskrift")
    allb = cv + [("pb",)] + U + [("pb",)] + Bsl + [("pb",)] + mail + [("land", plan)] + J
    docs = [dict(file="akt_SN-2015-0231.pdf", type="hel akt exporterad som en PDF (försättsblad, utredning, beslut, uppdrag, behandlingsplan, journal)",
                 prod="chromium", blocks=allb, layout="single-column with one landscape page")]
    F = "akt_SN-2015-0231.pdf"
    crit = dict(
        needs_assessment=("ja", "Socialtjänstens analys 5.1–5.3 i utredningen anger vad han behöver och varför ÖV med ÅP/CRA räcker; skäl i beslutet.",
                          [(F, ["5.1 Mikael har under flera år", "motsvara det Mikael behöver"]), (F, ["Utredningen visar att Mikael har ett alkoholberoende"])]),
        planning=("ja", "Behandlingsplan i tabell med mätbara mål, insats, ansvarig och datum.", [(F, ["Behandlingsplan – Beroendecentrum Skövde"])]),
        follow_up=("ja", "Uppföljningsmöte 2015-04-09 och Behandlingskonferens 2015-09-01 med utfall i journalen.", [(F, ["Uppföljningsmöte (trepartssamtal)", "Behandlingskonferens BC, kl."])]),
        assignment_description=("ja", "E-post 2015-02-25 med bifogad uppdragsbeskrivning som har a–f; skickat-datum och journalanteckning.",
                                [(F, ["Uppdrag ÖV – SN 2015/0231", "6. Ansvarig handläggare"]), (F, ["Uppdragsbeskrivning skickad per e-post"])], "abcdefg"))
    return dict(case_id="skovde_SN-2015-0231", committee="Skövde", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 2 Skövde – groff; conclusion only, SIP, no follow-up, thin e-mail
@case
def skovde_2():
    c = dict(muni="skovde", dnr="SN 2014/0877", name="Jenny Lund", pnr="19020611-3844",
             handl=("Patrik Sandén", "Soc.sekr. vuxen", "0500-49 83 47", "patrik.sanden@skovde.se"),
             u_start="2014-10-30", u_klar="2014-12-04", b_date="2014-12-09", b_period="2014-12-15 – 2015-06-30, förlängt t.o.m. 2015-12-31",
             beslutsfattare=("Maria Lindh", "1:e soc.sekr."),
             aktual="Orosanmälan 2014-10-27 från Skaraborgs sjukhus, akutmottagningen, efter att Jenny sökt med förgiftningssymtom (amfetamin + alkohol). Vid kontakt 2014-10-30 ansökte Jenny om stöd.",
             kallor="Samtal med Jenny 2014-11-06 och 2014-11-20. ASI-grund 2014-11-20. DUDIT. Kontakt med BC:s läkare och med Jennys mamma (samtycke finns).",
             miss="Amfetamin sedan 17 års ålder med uppehåll, senaste året intag 3–4 dagar/vecka. Alkohol i samband med amfetamin. DUDIT 29 p. Vårdad för avgiftning på avd. 52 SkaS 2014-10-27 – 2014-10-31.",
             boende="Hyr lägenhet (Skövdebostäder). Hyresskuld 2 månader, avbetalningsplan upprättad med hyresvärden 2014-11-12. Försörjningsstöd kompletterande.",
             halsa="ADHD-utredning påbörjad inom vuxenpsykiatrin 2013, ej slutförd. Sömnproblem. Hepatit C-test negativt 2014-11.",
             syss="Arbetslös sedan 2013, inskriven hos AF. Umgås med personer som använder droger. God kontakt med mamma i Skara.",
             egen="Jenny vill bli drogfri och få klart ADHD-utredningen. Hon vill gå i öppenvård och absolut inte flytta till behandlingshem.",
             forslag="Jenny beviljas öppenvård, ÅP-program vid Beroendecentrum Skövde.",
             beslut_text="Jenny Lund beviljas öppenvård vid Beroendecentrum Skövde (ÅP-program, individuellt).")
    U = utredning(c, title="UTREDNING VUXEN – Missbruk", assess_title="5. Handläggarens slutsats",
                  assess=[("p", "Jenny bedöms vara i behov av öppenvård i form av ÅP-program.")])
    B = beslut(c, reasons=[("p", "Jenny bedöms vara i behov av öppenvård.")], reasons_title="Motivering")
    o = OFF["skovde"]
    M = [("h1", "Meddelande"), email_block("Sandén Patrik", "BC Skövde ÖV-teamet; Karlsson Lotta (BC SSK)", "ti 2014-12-09 15:58", "Ny kl. ÅP – J.L. SN 2014/0877"),
         ("p", "Hej\nJenny L (19020611) är beviljad ÖV hos er, ÅP-program, fr.o.m. 15/12 enl. beslut idag. Kan ni kalla henne till inskrivning? Hon nås på 070-xxx xx xx (se journal). Uppföljning sker via SIP-möte tillsammans med psykiatrin, jag kallar.\n\nMvh Patrik\n\nPatrik Sandén\nSoc.sekr. vuxen, Skövde kommun\nTel 0500-49 83 47\npatrik.sanden@skovde.se")]
    SIP = [("h1", "SIP – Samordnad individuell plan"), ("p", "Enligt 2 kap. 7 § SoL och 3 f § HSL"),
           ("kv", [("Namn", c["name"]), ("Dnr soc", c["dnr"]), ("Datum för SIP-möte", "2015-01-21"),
                   ("Deltagare", "Jenny Lund; Patrik Sandén, soc.sekr.; Lotta Karlsson, SSK Beroendecentrum (VGR); Henrik Ros, psykolog Vuxenpsykiatrin; Jennys mamma (på Jennys begäran)"),
                   ("Samtycke", "Ja, skriftligt 2015-01-21")]),
           ("h2", "1. Nuläge"), ("p", "Jenny går i ÅP sedan 2014-12-15, har varit på 4 av 5 samtal. Ett återfall i amfetamin vid jul. ADHD-utredningen ligger vilande."),
           ("h2", "2. Jennys mål"), ("p", "\"Jag vill vara drogfri och ha ett jobb till hösten.\""),
           ("h2", "3. Planering"),
           ("table", [["Mål", "Insats/aktivitet", "Ansvarig huvudman/person", "Klart senast"],
                      ["Drogfri, negativa urinprov (U-tox) under 3 mån i följd", "ÅP-samtal varje vecka; U-tox 1 ggr/vecka", "BC – Lotta Karlsson, SSK", "2015-04-30"],
                      ["Slutförd ADHD-utredning", "Återupptagen utredning, 4 besök", "Vuxenpsykiatrin – Henrik Ros", "2015-05-31"],
                      ["Hyresskulden betald", "Följa avbetalningsplanen, budgetrådgivning", "Jenny; soc. (ek.bistånd)", "2015-06-30"],
                      ["Sysselsättning 50 %", "Kontakt AF, arbetsträning via Jobbtorget", "Jenny; Patrik Sandén soc.", "2015-08-31"]], [4.5, 4.5, 3.8, 2.7]),
           ("h2", "4. Vem har huvudansvar för samordningen"), ("p", "Patrik Sandén, socialtjänsten."),
           ("h2", "5. Uppföljning"), ("p", "Uppföljning av SIP: 2015-03-18 kl. 13.00, BC."),
           ("p", "Underskrifter: Jenny Lund    Patrik Sandén    Lotta Karlsson    Henrik Ros")]
    J = journal(c, [
        ("2014-10-30", "Tel.samtal", "Kl. ringer efter orosanm. från SkaS. Vill ha hjälp. Ansökan om ÖV. Besökstid 6/11."),
        ("2014-11-12", "Ek. bistånd / hyra", "Kl. har gjort avbetalningsplan med Skövdebostäder för hyresskulden, kopia i akt. Planerat hembesök 2014-11-19."),
        ("2014-11-19", "Hembesök", "Hembesök genomfört. Ordning i lägenheten, kl. nykter vid besöket."),
        ("2014-12-09", "Beslut", "Beslut ÖV BC, ÅP-program. Meddelat BC per mejl."),
        ("2015-01-21", "SIP-möte", "SIP upprättad, se separat dokument."),
        ("2015-03-18", "Uppföljning SIP", "Kl. lämnade återbud samma morgon (sjuk). Mötet ställdes in. Ny tid ska bokas."),
        ("2015-06-25", "Förlängning", "Beslutet förlängs t.o.m. 2015-12-31 på kl:s begäran (tel.)."),
        ("2015-09-14", "Tel. kl.", "Kl. ringer ang. intyg till FK. Uppföljning planeras till november tillsammans med BC och psykiatrin, kallelse skickas i okt."),
    ], title="Journal – SoL vuxen")
    F = dict(utr="utredning.pdf", bsl="beslut.pdf", mail="e-post_BC_2014-12-09.pdf", sip="SIP_2015-01-21.pdf", jou="journal.pdf")
    docs = [dict(file=F["utr"], type="utredning", prod="groff", blocks=U), dict(file=F["bsl"], type="beslut", prod="groff", blocks=B),
            dict(file=F["mail"], type="e-post (uppdrag till utförare)", prod="groff", blocks=M),
            dict(file=F["sip"], type="SIP", prod="groff", blocks=SIP), dict(file=F["jou"], type="journalanteckningar", prod="groff", blocks=J)]
    crit = dict(
        needs_assessment=("delvis", "Endast slutsatsen 'bedöms vara i behov av öppenvård' i utredning och beslut; inga behov eller skäl anges.",
                          [(F["utr"], ["Jenny bedöms vara i behov av öppenvård i form av ÅP-program"]), (F["bsl"], ["Jenny bedöms vara i behov av öppenvård."])]),
        planning=("ja", "SIP 2015-01-21 med mätbara mål, insats, ansvarig och klart-datum.", [(F["sip"], ["SIP – Samordnad individuell plan", "Klart senast"])]),
        follow_up=("nej", "Uppföljning 2015-03-18 inställd och aldrig ombokad; 'uppföljning planeras till november' är bara en plan.", []),
        assignment_description=("delvis", "Kort e-post till BC (skickad 2014-12-09) med insats, uppföljningssätt och handl.kontakt; saknar bedömning, mål och återrapportering.",
                                [(F["mail"], ["Ny kl. ÅP"])], "bdfg"))
    return dict(case_id="skovde_SN-2014-0877", committee="Skövde", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 3 Skövde – odt, two-column utredning, declined HVB
@case
def skovde_3():
    c = dict(muni="skovde", dnr="SN 2015/0412", name="Anders Holm", pnr="19000902-5113",
             handl=("Jessica Ahlberg", "Socialsekreterare, myndighetsutövning vuxen", "0500-49 83 12", "jessica.ahlberg@skovde.se"),
             u_start="2015-03-10", u_klar="2015-04-22", b_date="2015-04-28", b_period="2015-05-11 – 2015-08-10",
             beslutsfattare=("Eva-Lena Björk", "Enhetschef vuxen"),
             aktual="Anders aktualiserades 2015-03-06 via Beroendecentrum (BC) där han avgiftats för tredje gången på ett år. BC:s läkare och Anders gjorde gemensamt en ansökan om behandlingshem.",
             kallor="Fyra samtal med Anders (2015-03-12 – 2015-04-15), ASI-uppföljning (tidigare ASI-grund 2014), AUDIT, kontakt med BC-läkare, med frivården och med Anders dotter.",
             miss="Alkoholberoende sedan ca 15 år, periodvis dagligt drickande av starksprit. AUDIT 33 p. Tre avgiftningar 2014–2015. Har gått i ÖV vid BC två gånger (2013, 2014) och avbrutit båda gångerna inom en månad.",
             boende="Har förlorat sin lägenhet (avhysning jan 2015). Bor tillfälligt hos en bekant i Skövde. Skulder hos KFM ca 180 000 kr.",
             halsa="Högt blodtryck, polyneuropati i fötterna. Ångest vid nykterhet. Medicineras av BC med Campral.",
             syss="Förtidspensionär sedan 2010. Dottern (vuxen) har begränsad kontakt. Socialt umgänge nästan enbart med andra som dricker.",
             egen="Anders säger att han \"inte klarar det hemma\" och vill åka bort på behandling. Han har önskat ett hem med 12-stegsinriktning.",
             forslag="Anders Holm beviljas institutionsvård vid Kvarnlidens behandlingshem, 12-stegsinriktat HVB, under 3 mån fr.o.m. 2015-05-11.",
             beslut_text="Anders Holm beviljas bistånd i form av vård vid HVB, Kvarnlidens behandlingshem, 2015-05-11 – 2015-08-10.")
    assess = [("p", "Anders har ett långvarigt och svårt alkoholberoende med upprepade avgiftningar det senaste året. Han saknar bostad och lever i en miljö där alla i hans omgivning dricker, och han har två gånger avbrutit ÖV inom kort tid. Hans hjälpbehov gäller både själva beroendet, ångesten vid nykterhet och en helt ny struktur i vardagen."),
              ("p", "Socialtjänsten bedömer att Anders i nuläget behöver komma bort från sin miljö för att kunna bryta mönstret och att ÖV på hemorten inte räcker, vilket de två avbrutna försöken visar. Ett behandlingshem med dygnet-runt-struktur, 12-stegsprogram (som Anders själv efterfrågar) och medicinsk uppföljning via hemmets läkare bedöms kunna ge honom stabil nykterhet och tid att planera för boende och sysselsättning. Under vistelsen ska även en boendelösning inför utskrivning planeras."),]
    U = utredning(c, title="UTREDNING enligt 11 kap. 1 § SoL – vuxen", assess_title="5. Samlad bedömning av hjälpbehovet", assess=assess)
    U = U[:2] + [("cols", U[2:-2])] + U[-2:]
    B = beslut(c, reasons=[("p", "Se samlad bedömning i utredning 2015-04-22. Anders behöver vård utanför hemorten; ÖV har prövats utan resultat.")])
    A = [("h1", "Uppdrag / Avtal om köp av plats"), ("p", "Individavtal under ramavtal Skaraborgskommunerna 2014–2016"),
         ("kv", [("Beställare", "Socialnämnden i Skövde, myndighetsutövning vuxen"), ("Utförare", "Kvarnlidens behandlingshem AB (HVB)"),
                 ("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Dnr", c["dnr"]), ("Placeringsperiod", "2015-05-11 – 2015-08-10"),
                 ("Dygnskostnad", "1 950 kr enl. ramavtal")])]
    c.update(upp_a="Anders har ett svårt alkoholberoende (AUDIT 33, tre avgiftningar på ett år), ångest vid nykterhet, är bostadslös och saknar nyktert nätverk. ÖV har avbrutits två gånger. Han bedöms behöva dygnsvård utanför hemorten för att uppnå nykterhet och få struktur, samt planering av boende inför utskrivning.",
             upp_b="Behandling enligt 12-stegsprogrammet, individuella samtal, medicinsk bedömning och uppföljning av Campral via hemmets läkare, alkoholtester, samt stöd i att söka boende i Skövde inför utskrivning. Genomförandeplan upprättas inom 14 dagar.",
             upp_c=["Anders är alkoholfri under hela placeringen (negativa tester).", "Anders har genomfört steg 1–5 före utskrivning.", "Ansökan om boende (kommunens träningslägenhet) är inlämnad senast 2015-07-15."],
             upp_d_when="efter fyra veckor (v. 23)")
    A += uppdrag_sections(c, set("abcde"))
    A += [("h2", "6. Kontaktuppgifter beställare"), ("p", "Ansvarig handläggare: %s, tel. %s, e-post %s" % (c["handl"][0], c["handl"][2], c["handl"][3])),
          ("p", "Skickat till utföraren: 2015-05-05 (e-post till intag@kvarnliden.se)"),
          ("p", "För beställaren: Jessica Ahlberg    För utföraren: ………………………")]
    J = journal(c, [
        ("2015-04-28", "Beslut HVB", "Beslut om Kvarnliden 11/5–10/8. Kl. informerad, glad. /JA"),
        ("2015-05-05", "Uppdrag/avtal", "Uppdrag/avtal om köp av plats skickat per e-post till Kvarnliden, intagningen bekräftar mottagandet. Transport bokad 11/5. /JA"),
        ("2015-05-08", "Tel. kl.", "Kl. ringer och säger att han inte vill åka till Kvarnliden. Han har \"fått ordning på det själv\" och vill inte vara borta hela sommaren. Handl. försöker motivera, kl. står fast vid att han tackar nej. Ny kontakt 11/5. /JA"),
        ("2015-05-11", "Avbokning", "Kl. har inte ändrat sig. Platsen avbokad med Kvarnliden, transport avbokad. Kl. erbjuds kontakt med BC:s ÖV, avböjer just nu. Kl. informeras om att han kan ansöka på nytt. Ärendet avslutas. /JA"),
    ])
    Fs = dict(utr="utredning_SN2015-0412.pdf", bsl="beslut_HVB.pdf", avt="avtal_kop_av_plats_Kvarnliden.pdf", jou="journal_2015.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="odt", blocks=U, layout="two-column"), dict(file=Fs["bsl"], type="beslut", prod="odt", blocks=B),
            dict(file=Fs["avt"], type="uppdragsbeskrivning (avtal om köp av plats)", prod="odt", blocks=A), dict(file=Fs["jou"], type="journalanteckningar", prod="odt", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Samlad bedömning av hjälpbehovet: behov (beroende, miljö, bostad) och varför HVB (ÖV avbrutet två gånger).",
                          [(Fs["utr"], ["Samlad bedömning av hjälpbehovet", "planeras."])]),
        planning=("ej_tillämpligt", "Kl. tackade nej 2015-05-08, innan placeringen började; ingen plan kunde upprättas.", []),
        follow_up=("ej_tillämpligt", "Insatsen påbörjades aldrig (tackade nej före start).", []),
        assignment_description=("ja", "Uppdrag/Avtal om köp av plats med a–f och 'Skickat till utföraren 2015-05-05'; journalen bekräftar.",
                                [(Fs["avt"], ["Uppdrag / Avtal om köp av plats", "Skickat till utföraren"]), (Fs["jou"], ["Uppdrag/avtal om köp av plats skickat"])], "abcdefg"))
    return dict(case_id="skovde_SN-2015-0412", committee="Skövde", diarienummer=c["dnr"], scenario="declined", docs=docs, criteria=crit)


# =========================================================== 4 Skövde – chromium; HVB broken off after a week; rotated plan page
@case
def skovde_4():
    c = dict(muni="skovde", dnr="SN 2015/0598", name="Tomas Berg", pnr="19011127-4431",
             handl=("Patrik Sandén", "Soc.sekr. vuxen", "0500-49 83 47", "patrik.sanden@skovde.se"),
             u_start="2015-02-16", u_klar="2015-04-08", b_date="2015-04-14", b_period="2015-04-20 – 2015-07-19",
             beslutsfattare=("Eva-Lena Björk", "Enhetschef vuxen"),
             aktual="Tomas ansökte 2015-02-12 om behandlingshem i samband med att han skrevs ut från BC:s avgiftningsenhet. Anmälan om oro från hans syster inkom samtidigt.",
             kallor="Fem samtal med Tomas, ASI-grund 2015-03-02, AUDIT/DUDIT, läkarutlåtande från BC, samtal med syster (samtycke), registerkontroll Kronofogden.",
             miss="Alkohol dagligen sedan 2012, periodvis även bensodiazepiner utan förskrivning. AUDIT 30 p, DUDIT 11 p. Två avgiftningar vintern 2014/15. Tidigare ÖV (ÅP) 2013, avslutad efter tre månader med återfall.",
             boende="Hyresrätt i Skövde, hyran betalas via förvaltare sedan nov 2014. Skulder ca 60 000 kr.",
             halsa="Epileptiska kramper vid abstinens (två tillfällen). Depression, behandlas med SSRI av VC.",
             syss="Sjukersättning. Inget arbete sedan 2011. Systern i Falköping är det enda nyktra nätverket.",
             egen="Tomas vill bli nykter och tror att han behöver vara borta en period. Han har själv föreslagit Sjötorp som han hört gott om.",
             forslag="Tomas Berg beviljas HVB-vård vid Sjötorps behandlingshem 2015-04-20 – 2015-07-19.",
             beslut_text="Tomas Berg beviljas bistånd i form av behandling vid Sjötorps behandlingshem (HVB) 2015-04-20 – 2015-07-19.")
    assess = [("p", "5.1 Tomas dricker dagligen och tar periodvis bensodiazepiner. Abstinensen har lett till kramper vid två tillfällen, vilket gör en kontrollerad nedtrappning och medicinsk tillsyn nödvändig. Hans depression och isolering förstärker drickandet. Han har tidigare prövat ÖV utan bestående resultat."),
              ("p", "5.2 Socialtjänsten ser att Tomas behöver en period av nykterhet i en skyddad miljö med läkarkontakt, behandling för både alkohol och tabletter samt stöd att bygga ett nyktert sammanhang. Sjötorps inriktning (KBT/ÅP i grupp, sjuksköterska på plats, samarbete med psykiatri) svarar mot detta. Insatsen ska följas av ÖV i Skövde efter utskrivning.")]
    U = utredning(c, assess=assess)
    B = beslut(c, reasons=[("p", "Tomas har ett alkohol- och bensodiazepinberoende med medicinska risker vid abstinens. ÖV har prövats utan resultat. Han behöver vård med medicinsk tillsyn utanför hemmiljön, vilket Sjötorp erbjuder.")])
    c.update(upp_a="Tomas har ett beroende av alkohol och bensodiazepiner (AUDIT 30, DUDIT 11), abstinenskramper, depression och ett isolerat liv. Tidigare ÖV räckte inte. Han behöver en skyddad miljö med medicinsk tillsyn, behandling för båda preparaten och hjälp att bygga nyktert nätverk.",
             upp_b="Boende och behandling på HVB (KBT/ÅP i grupp och enskilt), medicinsk tillsyn och nedtrappning i samråd med läkare, drogtester, samverkan med psykiatrin, samt planering för fortsatt ÖV i Skövde inför utskrivning.",
             upp_c=["Tomas är drogfri (alkohol och bensodiazepiner) under placeringen, verifierat med tester.", "Tomas har en återfallsplan och en överenskommen ÖV-kontakt i Skövde före utskrivning 2015-07-19."],
             upp_d_when="efter fyra veckor (v. 20)")
    M = [("h1", "E-post"), email_block("Sandén Patrik <patrik.sanden@skovde.se>", "intag@sjotorp-behandling.se", "den 15 april 2015 09:12",
                                          "Uppdrag – T.B. placering fr.o.m. 20/4", attach="Uppdrag_avtal_TB_SN2015-0598.pdf"),
         ("p", "Hej Lena,\nsom vi pratade om i telefon igår: bifogat uppdrag/avtal för Tomas B. som kommer måndag 20/4 ca kl. 11 med taxi. Läkarutlåtande från BC skickas med kl.\n\nVänliga hälsningar\n" + handl_sig(c)),
         ("pb",), ("h1", "Uppdrag/Avtal om köp av plats"), ("kv", [("Beställare", "Socialnämnden i Skövde"), ("Utförare", "Sjötorps behandlingshem (HVB)"),
                                                          ("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Period", "2015-04-20 – 2015-07-19"), ("Dnr", c["dnr"])])]
    M += uppdrag_sections(c, set("abcde"))
    M += [("h2", "6. Handläggare"), ("p", "%s, tel. %s, %s" % (c["handl"][0], c["handl"][2], c["handl"][3]))]
    G = [("h1", "GENOMFÖRANDEPLAN – Sjötorps behandlingshem"), ("kv", [("Boende", "Tomas B."), ("Kontaktperson", "Lena Fors, behandlingsassistent"), ("Datum", "2015-04-24")]),
         ("table", [["Område", "Mål", "Vad gör vi"], ["Alkohol/tabletter", "Tomas ska bli drogfri", "Grupp, tester, samtal"],
                    ["Hälsa", "Må bättre", "Kontakt med läkare vid behov"], ["Sysselsättning", "Komma igång med något", "Arbetsträning i snickeriet"],
                    ["Nätverk", "Bättre kontakt med syster", "Telefon, ev. besök"]], [5, 8, 11]),
         ("p", "Planen följs upp under vistelsen. Tomas har tagit del av planen.")]
    J = journal(c, [
        ("2015-04-14", "Beslut", "Beslut HVB Sjötorp. Kl. informerad."),
        ("2015-04-15", "Uppdrag", "Uppdrag/avtal skickat per e-post till Sjötorp (intag)."),
        ("2015-04-20", "Inskrivning", "Kl. anlänt till Sjötorp kl. 11.30 enl. tel. från Lena Fors."),
        ("2015-04-27", "Avbrott", "Tel. från Sjötorp: kl. skrev ut sig på egen begäran i morse efter konflikt i gruppen, tog bussen hem. Behandlingshemmet skickar avbrottsrapport."),
        ("2015-04-28", "Tel. kl.", "Kl. nås på mobilen. Har druckit igår. Vill inte tillbaka till Sjötorp. Tid för möte bokas."),
        ("2015-05-06", "Uppföljningsmöte efter avbrott", "Närvarande kl., handl. och BC (SSK Lotta Karlsson). Genomgång av vistelsen: kl. var på Sjötorp 7 dygn, drogfri där, men upplevde gruppen som hotfull. Sedan hemkomsten dricker han dagligen igen, ingen tablettanvändning. Kl. vill ha ÖV i stället. Överenskommelse: HVB-beslutet avslutas 2015-04-27, kl. ansöker om ÖV vid BC (ansökan upprättad på mötet), BC ordnar läkarbesök för abstinensbedömning 2015-05-08. Systern informeras av kl. själv."),
        ("2015-05-07", "Avslut HVB", "Beslut om HVB avslutat fr.o.m. 2015-04-27. Ny utredning ÖV inleds (SN 2015/0711)."),
    ])
    R = [("h1", "Från: Sjötorps behandlingshem – avbrottsrapport"), email_block("Lena Fors <lena.fors@sjotorp-behandling.se>", "Sandén Patrik", "den 29 april 2015 16:03", "Avbrott T.B."),
         ("p", "Hej Patrik\nTomas skrev ut sig 27/4 kl 08.40. Han hade varit med i grupp 5 av 5 dagar, alla tester negativa. Konflikt med en annan boende kvällen innan. Vi erbjöd samtal men han ville åka. Hans saker har skickats hem.\n\n/Lena Fors, Sjötorp\n0506-123 40")]
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", mail="e-post_uppdrag_Sjotorp.pdf", gfp="genomforandeplan_Sjotorp.pdf", jou="journal.pdf", rap="avbrottsrapport.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="chromium", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="chromium", blocks=B),
            dict(file=Fs["mail"], type="e-post med uppdrag/avtal om köp av plats", prod="chromium", blocks=M),
            dict(file=Fs["gfp"], type="genomförandeplan", prod="odt", blocks=G, opts=dict(landscape=True, header="Sjötorps behandlingshem – HVB enl. 7 kap. SoF"), rotate="1", objstreams=True, layout="landscape, rotated 90 (/Rotate)"),
            dict(file=Fs["rap"], type="e-post från utförare (avbrottsrapport)", prod="chromium", blocks=R),
            dict(file=Fs["jou"], type="journalanteckningar", prod="chromium", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Socialtjänstens analys 5.1–5.2: beroende, medicinska risker, depression; varför HVB med medicinsk tillsyn.",
                          [(Fs["utr"], ["5.1 Tomas dricker dagligen", "ska följas av ÖV i Skövde"]), (Fs["bsl"], ["Tomas har ett alkohol- och bensodiazepinberoende"])]),
        planning=("delvis", "Genomförandeplan finns men målen är vaga ('må bättre') och saknar datum och ansvarig per insats.", [(Fs["gfp"], ["GENOMFÖRANDEPLAN"])]),
        follow_up=("ja", "Kl. avbröt efter 7 dygn; uppföljningsmöte 2015-05-06 om vad som hänt, med utfall (ÖV i stället); avbrottsrapport.",
                   [(Fs["jou"], ["Uppföljningsmöte efter avbrott"]), (Fs["rap"], ["Tomas skrev ut sig 27/4"])]),
        assignment_description=("ja", "E-post 2015-04-15 med bifogat Uppdrag/Avtal om köp av plats, a–f; skickat-datum och journal.",
                                [(Fs["mail"], ["Uppdrag – T.B.", "6. Handläggare"]), (Fs["jou"], ["Uppdrag/avtal skickat per e-post"])], "abcdefg"))
    return dict(case_id="skovde_SN-2015-0598", committee="Skövde", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 5 Karlskoga – groff; empty assessment heading + doctor's bedömning; form assignment without (a)
@case
def karlskoga_5():
    c = dict(muni="karlskoga", dnr="2015-000318", name="Lena Sjöberg", pnr="19010205-6628",
             handl=("Hanna Qvist", "Socialsekreterare, Vuxenenheten", "0586-612 34", "hanna.qvist@karlskoga.se"),
             u_start="2015-01-26", u_klar="2015-02-23", b_date="2015-02-26", b_period="2015-03-02 – 2015-08-31",
             beslutsfattare=("Göran Ek", "Gruppledare vuxen"),
             aktual="Egen ansökan 2015-01-22 efter remiss från Beroendemottagningen (landstinget) där Lena påbörjat nedtrappning av bensodiazepiner.",
             kallor="Två samtal (2015-02-02, 2015-02-16). ASI-grund ej genomförd – kl. avböjde. AUDIT. Läkarintyg från Beroendemottagningen.",
             miss="Dricker vin 4–5 kvällar/vecka, AUDIT 19 p. Förskrivna bensodiazepiner sedan 2009 (Sobril), i perioder högre dos än förskrivet. Nedtrappning påbörjad via Beroendemottagningen jan 2015.",
             boende="Villa i Karlskoga tillsammans med make. Ordnad ekonomi.",
             halsa="Ångestsyndrom, kronisk ryggsmärta. Sjukskriven 100 % sedan okt 2014.",
             syss="Undersköterska inom hemtjänsten, sjukskriven. Två vuxna barn. Maken dricker också regelbundet.",
             egen="Lena vill ha hjälp att minska drickandet och klara nedtrappningen. Hon vill inte gå i grupp till en början.",
             forslag="Lena beviljas öppenvård vid Beroendeenheten (individuella KBT/MI-samtal, ÅP) 2015-03-02 – 2015-08-31.",
             beslut_text="Lena Sjöberg beviljas öppenvård vid Beroendeenheten Karlskoga, individuell behandling (KBT/ÅP, MI).")
    extra = [("h2", "4.1 Läkarintyg"), ("p", "Ur läkarintyg 2015-02-11, leg. läkare Kristina Wahlström, Beroendemottagningen: \"Bedömning: Patienten uppfyller kriterierna för alkoholberoende samt beroende av bensodiazepiner (DSM-IV). Nedtrappning pågår enligt schema. Rekommenderar strukturerad psykosocial behandling parallellt.\"")]
    U = utredning(c, title="Utredning – Vuxen (SoL 11 kap. 1 §)", assess_title="5. Samlad bedömning av hjälpbehovet", assess=None, extra_before_assess=extra)
    B = beslut(c, reasons=None)
    c.update(upp_b="Individuella samtal 1 ggr/vecka enligt KBT/ÅP och MI, alkoholutandningsprov vid besök, samverkan med Beroendemottagningen kring nedtrappning av bensodiazepiner. Behandlingsplan upprättas inom 3 veckor.",
             upp_c=["Lena har minskat sitt drickande till högst 2 tillfällen/vecka senast 2015-05-31 (självrapport + PEth).", "Lena har fullföljt nedtrappningen enligt läkarens schema senast 2015-06-30."],
             upp_d_when="efter 8 veckor")
    A = [("h1", "UPPDRAG TILL UTFÖRARE"), ("p", "Internt uppdrag, Vuxenenheten → Beroendeenheten"),
         ("kv", [("Klient", "%s  %s" % (c["name"], c["pnr"])), ("Dnr", c["dnr"]), ("Beslut", "2015-02-26, ÖV SoL 4:1"), ("Utförare", "Beroendeenheten Karlskoga, behandlare Jonas Alm")])]
    A += uppdrag_sections(c, set("bcde"), empty_heads=("a",))
    A += [("h2", "6. Beställare / handläggare"), ("p", "%s, %s. Tel %s, %s" % c["handl"]), ("p", "Överlämnat till utföraren: 2015-03-03 (internpost + kopia e-post)")]
    P = [("h1", "Behandlingsplan"), ("kv", [("Klient", c["name"]), ("Behandlare", "Jonas Alm, Beroendeenheten"), ("Datum", "2015-03-19"), ("Period", "2015-03-19 – 2015-08-31")]),
         ("table", [["Mål", "Insats", "Ansvarig", "När"],
                    ["Högst 2 dryckestillfällen/vecka (PEth < 0,3)", "KBT/ÅP-samtal varje torsdag, dryckesdagbok, PEth var 4:e vecka", "Jonas Alm / Lena", "2015-03-19 – 2015-05-31"],
                    ["Fullföljd nedtrappning Sobril", "Läkarbesök varannan vecka, utdelning via apotek", "Dr K. Wahlström, Beroendemott.", "Klart 2015-06-30"],
                    ["Minskad ångest (GAD-7 under 10)", "KBT-moment ångesthantering, 6 samtal", "Jonas Alm", "April–juni 2015"]], [4.5, 5.5, 3.2, 2.8]),
         ("p", "Utvärdering av planen sker vid utvärderingssamtal med handläggare i juni. Lena har varit med och formulerat målen.")]
    J = journal(c, [
        ("2015-02-26", "Beslut", "ÖV beviljad. /HQ"),
        ("2015-03-03", "Uppdrag", "Uppdrag till Beroendeenheten överlämnat. /HQ"),
        ("2015-03-12", "Inskrivning", "Kl. har haft första samtal hos Jonas A. /HQ"),
        ("2015-06-10", "Utvärderingssamtal", "Kl., Jonas Alm och handl. Kl. dricker 1–2 ggr/vecka enl. dagbok, PEth 2015-06-01 0,22 – mål uppnått. Nedtrappningen av Sobril ej helt klar (kvar 5 mg/dag), ny tidsplan med läkaren t.o.m. 31/8. GAD-7 12 (från 17). Kl. vill fortsätta. Beslutet förlängs t.o.m. 2015-12-31, behandlingsplanen revideras av BE. /HQ"),
        ("2015-09-15", "Tel. Jonas A.", "Kl. har avslutat nedtrappningen. Fortsätter samtal varannan vecka. /HQ"),
    ], title="JOURNAL")
    Fs = dict(utr="2015-000318_utredning.pdf", bsl="2015-000318_beslut.pdf", upp="2015-000318_uppdrag.pdf", plan="2015-000318_behandlingsplan.pdf", jou="2015-000318_journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="groff", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="groff", blocks=B),
            dict(file=Fs["upp"], type="uppdragsbeskrivning (formulär)", prod="groff", blocks=A), dict(file=Fs["plan"], type="behandlingsplan", prod="groff", blocks=P),
            dict(file=Fs["jou"], type="journalanteckningar", prod="groff", blocks=J)]
    crit = dict(
        needs_assessment=("nej", "Rubriken 'Samlad bedömning av hjälpbehovet' är tom; endast läkarens bedömning citeras; beslutet saknar skäl; uppdragets bedömningsrubrik tom.", []),
        planning=("ja", "Behandlingsplan 2015-03-19 med mätbara mål, insats, ansvarig och tid.", [(Fs["plan"], ["Behandlingsplan"])]),
        follow_up=("ja", "Utvärderingssamtal 2015-06-10 med utfall per mål.", [(Fs["jou"], ["Utvärderingssamtal"])]),
        assignment_description=("delvis", "Skriftligt uppdrag med b–f och överlämnandedatum, men rubriken för socialtjänstens bedömning (a) är tom.",
                                [(Fs["upp"], ["UPPDRAG TILL UTFÖRARE"]), (Fs["jou"], ["Uppdrag till Beroendeenheten överlämnat"])], "bcdefg"))
    return dict(case_id="karlskoga_2015-000318", committee="Karlskoga", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 6 Karlskoga – odt; HVB, no plan, follow-up without outcome
@case
def karlskoga_6():
    c = dict(muni="karlskoga", dnr="2014-000942", name="Peter Nyman", pnr="19000718-3319",
             handl=("Åsa Lindgren", "Socialsekreterare vuxen", "0586-612 70", "asa.lindgren@karlskoga.se"),
             u_start="2014-10-14", u_klar="2014-12-05", b_date="2014-12-10", b_period="2014-12-17 – 2015-06-16",
             beslutsfattare=("Göran Ek", "Gruppledare vuxen"),
             aktual="Orosanmälan från hyresvärden (Karlskogahem) 2014-10-08 om störningar och misstänkt missbruk, följd av egen ansökan 2014-10-14.",
             kallor="Samtal 2014-10-21, 2014-11-04, 2014-11-25; ASI-grund 2014-11-04; AUDIT; kontakt med Karlskogahem, frivården och Beroendemottagningen.",
             miss="Alkoholberoende sedan 20 år. Dricker starköl och sprit dagligen. AUDIT 31 p. Flera tillslag av polisen för fylleri. Tidigare HVB-vård 2009 (fullföljd) med några års nykterhet efteråt.",
             boende="Hyreskontrakt med Karlskogahem, varning för störningar. Hyresskuld 3 mån.",
             halsa="Leverpåverkan, högt blodtryck. Ingen psykiatrisk diagnos.",
             syss="Arbetslös sedan 2012. Frivårdskontakt (villkorlig dom). Skild, en dotter 16 år som han inte träffar.",
             egen="Peter vill tillbaka till \"ett ställe som Lärkbacken\" eftersom det fungerade förra gången. Han vill behålla lägenheten.",
             forslag="Peter Nyman beviljas institutionsvård vid Lärkbackens behandlingscenter (HVB) 2014-12-17 – 2015-06-16.",
             beslut_text="Peter Nyman beviljas institutionsvård (HVB) vid Lärkbackens behandlingscenter under tiden 2014-12-17 – 2015-06-16.")
    assess = [("p", "Peter har ett gravt alkoholberoende med daglig konsumtion, kroppsliga skador och risk att förlora sin bostad. Hans hjälpbehov rör nykterhet, bostaden (skuld och störningar) och ett liv med sysselsättning. Eftersom han har druckit dagligen i många år och saknar nyktert nätverk bedöms ÖV i hemmiljön inte tillräcklig."),
              ("p", "Peter har tidigare haft god effekt av HVB-vård med 12-stegsinriktning och är själv motiverad för det. Socialtjänsten bedömer därför att ett halvårs institutionsvård vid Lärkbacken, kombinerat med att hyresskulden regleras och lägenheten behålls, ger honom bäst förutsättningar att bli nykter och återvända till eget boende.")]
    U = utredning(c, title="Utredning – vuxen", assess_title="5. Samlad bedömning av hjälpbehovet", assess=assess)
    B = beslut(c, reasons=[("p", "Peter har ett omfattande alkoholberoende och behöver vård utanför hemmet för att uppnå nykterhet, se utredningens samlade bedömning. Insatsen tillgodoser hans hjälpbehov.")])
    c.update(upp_a="Peter har ett gravt alkoholberoende (AUDIT 31) med kroppsliga skador, hyresskuld och störningsvarning. ÖV i hemmiljön bedöms inte räcka; han har tidigare blivit nykter efter 12-stegsbehandling. Behovet gäller nykterhet, struktur och att behålla bostaden.",
             upp_b="Institutionsvård med 12-stegsprogram, enskilda samtal, alkoholtester, somatisk kontroll via hemmets läkare, samt utslussning med hemresor och kontakt med Karlskogahem och frivården.",
             upp_c=["Peter är nykter under hela vistelsen.", "Peter har genomfört primärbehandling (steg 1–5) till mars 2015.", "Peter har en plan för eget boende och sysselsättning i Karlskoga vid utskrivning 2015-06-16."],
             upp_d_when="efter 6 veckor (v. 5 2015)")
    A = [("h1", "AVTAL OM KÖP AV PLATS – INDIVIDAVTAL"), ("kv", [("Köpare", "Socialnämnden Karlskoga kommun"), ("Utförare", "Lärkbackens behandlingscenter AB"), ("Klient", "%s, %s" % (c["name"], c["pnr"])),
                                                            ("Dnr", c["dnr"]), ("Period", "2014-12-17 – 2015-06-16"), ("Pris", "1 780 kr/dygn inkl. behandling")])]
    A += uppdrag_sections(c, set("abcde"))
    A += [("h2", "6. Ansvarig handläggare"), ("p", "%s, %s, tfn %s, %s" % c["handl"]), ("h2", "7. Överlämnande"), ("p", "Avtalet skickat till utföraren 2014-12-16 per e-post (intag@larkbacken.se), undertecknat original per post."),
          ("p", "Karlskoga 2014-12-16\nÅsa Lindgren, för köparen")]
    J = journal(c, [
        ("2014-11-12", "Hyresskuld", "Kl. har på handl:s inrådan gjort en avbetalningsplan med Karlskogahem: 1 500 kr/mån fr.o.m. dec. Planerat hembesök 2014-11-20 tillsammans med hyresvärden."),
        ("2014-11-20", "Hembesök", "Hembesök gjort. Lägenheten stökig men ok."),
        ("2014-12-10", "Beslut", "Beslut HVB Lärkbacken. Vårdplan ska upprättas när kl. är på plats."),
        ("2014-12-16", "Avtal", "Avtal om köp av plats skickat till Lärkbacken."),
        ("2014-12-17", "Inskrivning", "Kl. skjutsad till Lärkbacken av handl."),
        ("2015-03-25", "Uppföljning", "Uppföljning gjord på Lärkbacken."),
        ("2015-06-16", "Beslutet upphör", "Beslutsperioden slut. Fakturor från Lärkbacken attesterade."),
    ])
    Fs = dict(utr="Utredning.pdf", bsl="Beslut.pdf", avt="Avtal_kop_av_plats.pdf", jou="Journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="odt", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="odt", blocks=B),
            dict(file=Fs["avt"], type="uppdragsbeskrivning (avtal om köp av plats)", prod="odt", blocks=A), dict(file=Fs["jou"], type="journalanteckningar", prod="odt", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Samlad bedömning av hjälpbehovet: behov (nykterhet, bostad, sysselsättning) och varför HVB.", [(Fs["utr"], ["Peter har ett gravt alkoholberoende", "återvända till eget boende"])]),
        planning=("nej", "Ingen vårdplan eller genomförandeplan i akten; journalen säger bara att en ska upprättas (och nämner en avbetalningsplan och ett planerat hembesök).", []),
        follow_up=("delvis", "Daterad notering 2015-03-25 'Uppföljning gjord' utan innehåll eller utfall.", [(Fs["jou"], ["Uppföljning gjord på Lärkbacken"])]),
        assignment_description=("ja", "Individavtal med a–f och 'Avtalet skickat till utföraren 2014-12-16'; journalen bekräftar.", [(Fs["avt"], ["AVTAL OM KÖP AV PLATS", "Avtalet skickat till utföraren"]), (Fs["jou"], ["Avtal om köp av plats skickat till Lärkbacken"])], "abcdefg"))
    return dict(case_id="karlskoga_2014-000942", committee="Karlskoga", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 7 Karlskoga – chromium, two-column journal; follow-up cancelled; oral assignment
@case
def karlskoga_7():
    c = dict(muni="karlskoga", dnr="2015-000127", name="Sara Ek", pnr="19020120-2806",
             handl=("Hanna Qvist", "Socialsekreterare, Vuxenenheten", "0586-612 34", "hanna.qvist@karlskoga.se"),
             u_start="2015-01-19", u_klar="2015-02-20", b_date="2015-02-25", b_period="2015-03-02 – 2015-08-31",
             beslutsfattare=("Göran Ek", "Gruppledare vuxen"),
             aktual="Sara ansökte själv 2015-01-15 om hjälp med cannabis och amfetamin, efter att ha blivit av med en praktikplats.",
             kallor="Tre samtal, ASI-grund 2015-02-03, DUDIT, urinprov via Beroendeenheten, kontakt med AF-handläggare (samtycke).",
             miss="Cannabis dagligen sedan 2012, amfetamin i helgerna senaste halvåret. DUDIT 24 p. Urinprov 2015-02-03 positivt för THC och amfetamin. Ingen tidigare behandling.",
             boende="Bor i andrahandslägenhet, kontraktet löper ut i augusti. Försörjningsstöd.",
             halsa="Sover dåligt, episoder av paranoia efter amfetamin. Ingen kontakt med psykiatrin.",
             syss="Inskriven på AF, förlorade praktikplats i januari. Pojkvän som också använder cannabis. Mamma och mormor i Karlskoga.",
             egen="Sara vill sluta med amfetamin direkt och trappa ner cannabis. Hon vill ha samtal och testa \"om det funkar utan\".",
             forslag="Sara beviljas öppenvård vid Beroendeenheten (MI/KBT-samtal, urinprov) 2015-03-02 – 2015-08-31.",
             beslut_text="Sara Ek beviljas öppenvård vid Beroendeenheten Karlskoga, individuella samtal (MI/KBT) med urinprovtagning.")
    assess = [("p", "Sara har ett dagligt cannabisbruk och ett ökande amfetaminbruk som redan lett till att hon förlorat praktikplatsen och fått psykotiska symtom. Hon är ung, har aldrig fått behandling och har kvar kontakt med mamma och mormor, vilket är skyddande."),
              ("p", "Socialtjänsten gör bedömningen att Sara behöver hjälp att sluta med amfetamin omgående, att bryta det dagliga cannabisbruket och att komma tillbaka till en sysselsättning. Individuella samtal med MI och KBT samt regelbundna urinprov är rekommenderade metoder för cannabis- och amfetaminproblem och passar hennes önskan om stöd nära hemmet. Vid fortsatta psykotiska symtom ska psykiatrin kopplas in.")]
    U = utredning(c, title="Utredning – vuxen, SoL", assess_title="5. Socialtjänstens analys och bedömning", assess=assess)
    B = beslut(c, reasons=[("p", "Sara behöver stöd att bli drogfri och komma tillbaka till sysselsättning. ÖV med MI/KBT och urinprov tillgodoser detta, se utredningen.")],
               provider_line="Verkställs av: Beroendeenheten Karlskoga (ÖV-teamet).")
    P = [("h1", "Behandlingsplan – Beroendeenheten"), ("kv", [("Namn", c["name"]), ("Upprättad", "2015-03-16"), ("Behandlare", "Mikaela Rosén, beh.ped. / MI"), ("Giltig", "2015-03-16 – 2015-08-31")]),
         ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                    ["Ingen amfetamin – negativa U-prov", "U-prov 2 ggr/vecka (övervakade)", "SSK Beroendeenheten", "Fr.o.m. 2015-03-16, utvärderas 2015-05-15"],
                    ["Cannabisfri senast 2015-05-31", "KBT-program cannabis (CANDIS, 10 sessioner)", "Mikaela Rosén", "Mars–maj 2015"],
                    ["Praktik/arbetsträning minst 50 % senast 2015-08-31", "Trepartsmöte med AF, stöd i ansökan", "Sara; Mikaela Rosén", "April 2015"]], [4.5, 5, 3.5, 4]),
         ("p", "Sara har deltagit i upprättandet och fått en kopia.")]
    J = journal(c, [
        ("2015-01-15", "Ansökan", "Kl. på besök i receptionen, ansöker om hjälp. /HQ"),
        ("2015-02-25", "Beslut", "Beslut om ÖV. Kl. informerad per tel. /HQ"),
        ("2015-03-05", "Teamträff BE", "Uppdraget lämnat muntligt till ÖV-teamet på teamträffen. Skriftlig uppdragsbeskrivning skickas senare. Mikaela R. tar ärendet. /HQ"),
        ("2015-03-16", "Info", "BE meddelar att behandlingsplan är upprättad. /HQ"),
        ("2015-04-08", "Tel. kl.", "Kl. berättar att hon fått ett uppdrag via bemanningsföretaget, extrajobb 2 dagar/v. Glad. /HQ"),
        ("2015-05-27", "Uppföljningsmöte", "Uppföljningsmötet inställt – handl. sjuk. Ny tid bokas snarrast. /HQ"),
        ("2015-07-02", "Semester", "Handl. på semester t.o.m. 3/8. Ärendet bevakas av Göran E. /HQ"),
        ("2015-08-28", "Förlängning", "Beslut ÖV förlängt t.o.m. 2015-12-31 efter tel.kontakt med BE. /HQ"),
        ("2015-09-22", "Anteckning", "Ingen uppföljning har gjorts under perioden, ska bokas in i oktober tillsammans med BE. /HQ"),
    ], title="Journalanteckningar, personakt vuxen")
    J = J[:2] + [("cols", J[2:])]
    Fs = dict(utr="utredning_2015-000127.pdf", bsl="beslut_2015-000127.pdf", plan="behandlingsplan_BE.pdf", jou="journal_2015-000127.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="chromium", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="chromium", blocks=B),
            dict(file=Fs["plan"], type="behandlingsplan", prod="chromium", blocks=P), dict(file=Fs["jou"], type="journalanteckningar", prod="chromium", blocks=J, layout="two-column")]
    crit = dict(
        needs_assessment=("ja", "Analys och bedömning: behov (amfetamin, cannabis, sysselsättning) och varför MI/KBT-ÖV.", [(Fs["utr"], ["Sara har ett dagligt cannabisbruk", "psykiatrin kopplas in"])]),
        planning=("ja", "Behandlingsplan 2015-03-16 med mål, insats, ansvarig, tidpunkt.", [(Fs["plan"], ["Behandlingsplan – Beroendeenheten"])]),
        follow_up=("nej", "Uppföljningsmötet 2015-05-27 ställdes in; 2015-09-22 'Ingen uppföljning har gjorts'.", []),
        assignment_description=("nej", "Uppdraget lämnades muntligt på teamträff; skriftlig uppdragsbeskrivning saknas, beslutet nämner bara utföraren.", []))
    return dict(case_id="karlskoga_2015-000127", committee="Karlskoga", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 8 Karlskoga – groff, landscape plan; recent start
@case
def karlskoga_8():
    c = dict(muni="karlskoga", dnr="2015-000566", name="Johan Lindqvist", pnr="19010930-1173",
             handl=("Åsa Lindgren", "Socialsekreterare vuxen", "0586-612 70", "asa.lindgren@karlskoga.se"),
             u_start="2015-07-06", u_klar="2015-08-19", b_date="2015-08-25", b_period="2015-09-07 – 2016-02-29",
             beslutsfattare=("Göran Ek", "Gruppledare vuxen"),
             aktual="Johan ansökte 2015-07-02 efter att ha varit på Mini-Maria-liknande rådgivning vid Beroendeenheten (drop-in) tillsammans med sin fru.",
             kallor="Samtal 2015-07-14, 2015-08-04 och 2015-08-11 (med fru). AUDIT, ASI-grund 2015-08-04, PEth.",
             miss="Alkohol, främst helgdrickande med stora mängder, senaste året även vardagar. AUDIT 21 p. PEth 2015-07-14 0,78. Rattfylleri 2015-05 (körkortet återkallat).",
             boende="Radhus, gift, två barn 9 och 12 år. Ordnad ekonomi.",
             halsa="Högt blodtryck. Inga psykiska besvär utöver oro.",
             syss="Arbetar som montör, behöver körkort i tjänsten – nu omplacerad. Frun är stöttande men har sagt att hon överväger skilsmässa.",
             egen="Johan vill sluta dricka, få tillbaka körkortet och behålla familjen. Vill ha stöd på kvällstid.",
             forslag="Johan beviljas öppenvård vid Beroendeenheten: ÅP-grupp kvällstid samt CRA-samtal inkl. parsamtal, 2015-09-07 – 2016-02-29.",
             beslut_text="Johan Lindqvist beviljas öppenvård vid Beroendeenheten Karlskoga (ÅP-grupp kvällstid, CRA-samtal inkl. parsamtal).")
    assess = [("p", "5.1 Johan har ett skadligt bruk av alkohol som trappats upp det senaste året (AUDIT 21, PEth 0,78) och som fått allvarliga följder: rattfylleri, återkallat körkort och kris i äktenskapet. Två barn i hushållet påverkas."),
              ("p", "5.2 Hans hjälpbehov gäller att bli alkoholfri, att hantera återfallsrisker och att reparera relationen till familjen. Han har arbete och bostad och en stark egen motivation, varför ÖV bedöms räcka. ÅP i grupp ger verktyg mot återfall och CRA med parsamtal involverar frun, vilket stärker effekten. Kvällstid gör att han kan behålla arbetet. Socialtjänsten ska även beakta barnens situation (samtal med barnen erbjuds via familjeenheten).")]
    U = utredning(c, title="UTREDNING – VUXEN", assess_title="5. Samlad bedömning av hjälpbehovet", assess=assess)
    B = beslut(c, reasons=[("p", "Johan har ett skadligt alkoholbruk med konsekvenser för familj och arbete. ÖV kvällstid med ÅP och CRA bedöms tillgodose hans hjälpbehov (utredningen avsnitt 5).")])
    c.update(upp_a="Johan har ett skadligt bruk av alkohol (AUDIT 21, PEth 0,78) med rattfylleri, återkallat körkort och kris i äktenskapet; två barn i hushållet. Han har arbete, bostad och hög motivation. Bedömningen är att ÖV kvällstid med ÅP och CRA inkl. parsamtal svarar mot behovet av alkoholfrihet, återfallsprevention och stöd i familjen.",
             upp_b="ÅP-grupp (10 ggr, onsdagar 17.30), CRA-samtal varannan vecka varav minst tre parsamtal, PEth var 4:e vecka. Behandlingsplan inom 3 veckor.",
             upp_c=["Alkoholfri, PEth < 0,05 senast 2015-12-31.", "Underlag för körkortsärendet (provsvar 6 mån) klart februari 2016.", "Johan och frun har en gemensam plan för hur återfall hanteras, senast 2015-11-30."],
             upp_d_when="vid utvärderingssamtal i december 2015")
    M = [("h1", "Skickat objekt"), email_block("Lindgren Åsa", "Beroendeenheten ÖV (be.ov@karlskoga.se)", "2015-08-26 08:55", "Uppdrag ÖV J. Lindqvist dnr 2015-000566", attach="Uppdragsbeskrivning_2015-000566.pdf"),
         ("p", "Hej! Bifogar uppdragsbeskrivning för J.L. som börjar i ÅP-gruppen 9/9. Tack! /Åsa"),
         ("h1", "Bilaga: Uppdragsbeskrivning"), ("kv", [("Klient", "%s %s" % (c["name"], c["pnr"])), ("Beslut", "2015-08-25, ÖV SoL 4:1"), ("Period", c["b_period"])])]
    M += uppdrag_sections(c, set("abcde"))
    M += [("b", "Handläggare: %s, %s, tel %s, %s" % c["handl"])]
    P = [("h1", "BEHANDLINGSPLAN  –  Beroendeenheten Karlskoga, ÖV"), ("kv", [("Klient", c["name"]), ("Upprättad", "2015-09-22 (kl. + behandlare Nils Hedin)"), ("Period", "2015-09-09 – 2016-02-29")]),
         ("table", [["Mål", "Insats", "Ansvarig", "Start", "Klart/utvärderas", "Mätning"],
                    ["Alkoholfri", "ÅP-grupp ons 17.30 (10 ggr)", "Nils Hedin", "2015-09-09", "2015-11-11", "PEth var 4:e v."],
                    ["PEth < 0,05", "Provtagning, Antabus erbjuds", "SSK Beroendeenheten", "2015-09-09", "2015-12-31", "Provsvar"],
                    ["Gemensam återfallsplan med frun", "CRA-parsamtal x 3", "Nils Hedin, Johan, frun", "2015-10-07", "2015-11-30", "Skriftlig plan"],
                    ["Körkortsunderlag", "Intyg med provsvar", "Nils Hedin", "2016-01", "2016-02-29", "Intyg utfärdat"]], [4, 5, 4, 2.5, 3, 3]),
         ("p", "Första utvärderingssamtal med soc.: 2015-12-08 kl. 16.00 (handl. Åsa Lindgren kallar)."),
         ("p", "Underskrift klient: Johan Lindqvist      Behandlare: Nils Hedin")]
    J = journal(c, [
        ("2015-08-25", "Beslut", "Beslut ÖV fattat. Kl. informerad. /ÅL"),
        ("2015-08-26", "Uppdrag", "Uppdragsbeskrivning skickad via mejl till BE. /ÅL"),
        ("2015-09-09", "Start", "Enl. BE har kl. börjat i ÅP-gruppen 9/9. /ÅL"),
        ("2015-09-22", "Behandlingsplan", "Behandlingsplan inkommen från BE, upprättad idag. Utvärderingssamtal bokat 2015-12-08. /ÅL"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", mail="uppdrag_e-post.pdf", plan="behandlingsplan.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="groff", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="groff", blocks=B),
            dict(file=Fs["mail"], type="e-post med bifogad uppdragsbeskrivning", prod="groff", blocks=M),
            dict(file=Fs["plan"], type="behandlingsplan", prod="groff", blocks=P, opts=dict(landscape=True), layout="landscape (ps2pdf sets /Rotate 90 on a portrait page)"),
            dict(file=Fs["jou"], type="journalanteckningar", prod="groff", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Samlad bedömning av hjälpbehovet 5.1–5.2: behoven och varför ÖV med ÅP/CRA.", [(Fs["utr"], ["5.1 Johan har ett skadligt bruk", "familjeenheten"])]),
        planning=("ja", "Behandlingsplan 2015-09-22 med mål, insats, ansvarig och datum.", [(Fs["plan"], ["BEHANDLINGSPLAN"])]),
        follow_up=("ej_tillämpligt", "Start 2015-09-09; första utvärderingssamtal planerat 2015-12-08, efter granskningsdatum.", []),
        assignment_description=("ja", "E-post 2015-08-26 med bifogad uppdragsbeskrivning a–f; journal bekräftar.", [(Fs["mail"], ["Skickat objekt", "Handläggare: Åsa Lindgren"]), (Fs["jou"], ["Uppdragsbeskrivning skickad via mejl"])], "abcdefg"))
    return dict(case_id="karlskoga_2015-000566", committee="Karlskoga", diarienummer=c["dnr"], scenario="recent", docs=docs, criteria=crit)
