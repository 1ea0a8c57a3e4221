# -*- coding: utf-8 -*-
"""Motala: Socialförvaltningen, Beroendeenheten."""
import os
from lib import render_rl, render_html, render_ps, render_groff, scan, unite, TMP

OFF = "Motala kommun | Socialförvaltningen | Beroendeenheten"
OFF_OLD = "MOTALA KOMMUN  SOCIALFORVALTNINGEN  BEROENDEENHETEN"
SEKR = "SEKRETESS enl. 26 kap 1 § OSL"

# ------------------------------------------------------------------ M1
def m1():
    cid = "motala_SN-2015-112"; dnr = "SN 2015/112"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Sandra Ek"), ("Personnr", "19020611-2864"), ("Handl.", "Lena Gustavsson"), ("Datum", "2015-02-20")]),
        ("p", "Sandra sökte själv kontakt med Beroendeenheten 2015-01-26 efter att hennes god man tyckt att hon skulle göra det. Sandra har god man sedan 2013 för hjälp med ekonomin. Hon bor ensam i en hyreslägenhet i Ljunghagen och går på daglig verksamhet tre dagar i veckan. Utredningen bygger på tre samtal med Sandra samt telefonkontakt med den gode mannen, daglig verksamhet och psykiatrin, efter samtycke."),
        ("p", "Sandra berättar att hon dricker alkohol flera dagar i veckan, oftast tillsammans med en bekant som bor i samma hus, och att hon röker cannabis \"när det finns\". Hon har vid flera tillfällen blivit av med pengar och mobiltelefoner när hon varit berusad. Den gode mannen berättar att pengarna inte räcker månaden ut och att Sandra i december lånat pengar av flera personer. Daglig verksamhet har märkt att Sandra ofta kommer för sent eller inte alls på måndagar. AUDIT 19 p, DUDIT 9 p."),
        ("p", "Sandra har en lindrig intellektuell funktionsnedsättning och ADHD och har kontakt med psykiatrin, där hon får medicin. Hon har ingen tidigare missbruksbehandling. Hennes mamma bor i Motala och de träffas varje vecka."),
        ("p", "Sandra säger att hon vill sluta dricka så mycket och att hon vill få vara ifred för den bekanta. Hon vill ha någon att prata med men vill inte gå i grupp, \"jag fattar inte vad folk säger när de är många\"."),
        ("p", "Mot bakgrund av ovanstående gör handläggaren bedömningen att Sandra har ett riskbruk av alkohol som är på väg att utvecklas till ett beroende, och ett sporadiskt cannabisbruk. Drickandet leder till att hon utnyttjas ekonomiskt och att hennes sysselsättning påverkas. Hennes funktionsnedsättning gör att hon har svårt att ta till sig information i grupp och att hon har lätt att bli påverkad av andra. Hon har ett fungerande boende, sysselsättning och stöd av mamma och god man, varför hon inte behöver vård utanför hemmet. Sandra behöver individuella samtal anpassade efter hennes förutsättningar, med konkreta och visuella hjälpmedel, och hjälp att sätta gränser mot den bekanta. Öppenvården Ankaret har erfarenhet av anpassad återfallsprevention för personer med funktionsnedsättning och kan samverka med psykiatrin och daglig verksamhet. Individuell öppenvård på Ankaret bedöms därför tillgodose Sandras behov."),
        ("p", "Förslag till beslut: Öppenvård, Öppenvården Ankaret, SoL 4 kap. 1 §, 2015-03-02 - 2015-08-31."),
        ("sig", ["Lena Gustavsson", "Socialsekreterare"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Klient", "Sandra Ek, 19020611-2864"), ("Dnr", dnr), ("Beslutsdatum", "2015-02-24"), ("Beslut", "Bifall"), ("Insats", "Öppenvård – Öppenvården Ankaret, Motala"), ("Lagrum", "SoL 4 kap. 1 §"), ("Period", "2015-03-02 – 2015-08-31"), ("Beslutsfattare", "Birgitta Ström, 1:e socialsekreterare")]),
        ("small", "Beslutet kan överklagas till Förvaltningsrätten i Linköping inom tre veckor från den dag du fick del av beslutet."),
    ]
    gfp = [
        ("title", "Genomförandeplan"),
        ("lp", "Klient:", "Sandra Ek"),
        ("lp", "Utförare:", "Öppenvården Ankaret, behandlare Malin Hult"),
        ("lp", "Datum:", "2015-03-16"),
        ("h", "Sandras mål"),
        ("bul", ["Dricka alkohol högst en dag i veckan (lördag) från och med april 2015. Sandra fyller i dryckeskalender med bilder, Malin går igenom den varje vecka.",
                 "Inte röka cannabis alls. Urinprov varannan vecka från 2015-03-23 (Malin/SSK).",
                 "Komma till daglig verksamhet alla tre dagar, även måndagar, från och med 2015-04-01 (Sandra, personal på DV meddelar Malin vid frånvaro).",
                 "Ha pengar kvar hela månaden: veckopeng via god man från april (god man Göran Lund, Sandra)."]),
        ("h", "Så här gör vi"),
        ("bul", ["Individuella samtal på Ankaret tisdagar kl 10, 2015-03-17 - 2015-08-25 (Malin Hult).",
                 "Samtalen anpassas med bildstöd och korta uppgifter. Två samtal om att säga nej till grannen (mars-april).",
                 "Samverkansmöte med psykiatri, DV och god man i maj (Malin kallar, senast 2015-05-15).",
                 "Uppföljning med handläggaren i juni."]),
        ("p", "Planen är gjord tillsammans med Sandra som har fått en egen kopia med bilder."),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("small", "Sandra Ek 19020611-2864 · " + dnr + " · Beroendeenheten"),
        ("jn", "2015-01-26", "Tel. – Lena Gustavsson", "Kl. ringer, vill ha hjälp med sitt drickande. God man Göran Lund har uppmuntrat henne. Tid 2/2."),
        ("jn", "2015-02-02", "Besök – Lena Gustavsson", "Ansökan om öppenvård. Samtycke god man, DV, psykiatrin, mamma."),
        ("jn", "2015-02-05", "Tel. god man – Lena Gustavsson", "Göran Lund berättar om ekonomin. Han har i uppdrag att sköta hennes ekonomi och bevaka hennes rätt, inte att sköta kontakter med grannen. Han föreslår veckopeng."),
        ("jn", "2015-02-24", "Beslut – Birgitta Ström", "Bifall öppenvård Ankaret 2/3 - 31/8."),
        ("jn", "2015-02-26", "Anteckning – Lena Gustavsson", "Tel. med Malin Hult på Ankaret, start 2/3 bekräftad, kl informerad om tiden. Uppdragsbeskrivning skickas till Ankaret."),
        ("jn", "2015-03-02", "Info", "Kl. har börjat på ÖV Ankaret."),
        ("jn", "2015-03-18", "Inkommande", "GFP från Ankaret 2015-03-16."),
        ("jn", "2015-05-12", "SIP-möte – Lena Gustavsson", "SIP-möte på Ankaret med psykiatrin (SSK), DV och god man. SIP upprättas av psykiatrin och skickas till handl."),
        ("jn", "2015-06-03", "Uppf.samtal – Lena Gustavsson", "Uppf. på Ankaret m kl och Malin. Kl. har gått på alla samtal utom två. Hon dricker nu bara på lördagar enligt kalendern, prover utan cannabis sedan april. Har varit på DV alla dagar i maj. Veckopengen fungerar, hade pengar kvar i slutet av maj för första gången. Kl. har sagt nej till grannen flera ggr och är stolt över det. Fortsätter enligt GFP. Kl. vill fortsätta efter augusti."),
        ("jn", "2015-08-27", "Beslut – Birgitta Ström", "Förlängning öppenvård Ankaret t.o.m. 2016-02-29 efter ansökan från kl."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_ps(p("utredning.pdf"), utr, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_groff(p("genomforandeplan.pdf"), gfp, header=("Öppenvården Ankaret, Motala", ""), footer=("", "Sida %"), family="H", size=10)
        render_html(p("journal.pdf"), jn, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Motala", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "ps2pdf-handwritten-ps", "single-column narrative, monospace"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("genomforandeplan.pdf", "genomforandeplan", "groff-ps2pdf", "bullet lists"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "narrative utredning, 'Mot bakgrund av ovanstående' paragraph gives needs and why Ankaret",
                              [("utredning.pdf", ["Mot bakgrund av ovanstående gör handläggaren"])]),
            planning=("ja", "genomförandeplan bullet lists with dated goals and responsible persons",
                      [("genomforandeplan.pdf", ["Dricka alkohol högst en dag i veckan"])]),
            follow_up=("ja", "journal 2015-06-03 'Uppf.samtal' with outcome ",
                       [("journal.pdf", ["Uppf. på Ankaret m kl och Malin"])]),
            assignment_description=("nej", "journal only says an assignment 'skickas'; none in the file; decision only names the provider; 'uppdrag' of the god man is a trap", [], ""),
        ))

# ------------------------------------------------------------------ M2
def m2():
    cid = "motala_SN-2014-287"; dnr = "SN 2014/287"
    akt = [
        ("title", "Aktualisering"),
        ("kv", [("Klient", "Kent Sjöberg, 19001020-1118"), ("Datum", "2014-04-14"), ("Sätt", "Ansökan, telefon"), ("Mottagen av", "Mikael Åberg")]),
        ("p", "Kent ringer och ansöker om behandlingshem. Han har druckit hela vintern och har blivit avstängd från jobbet (Motala Verkstad) tills vidare. Kent: \"Jag behöver komma bort härifrån annars dör jag.\" Tid för besök 2014-04-17."),
    ]
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Kent Sjöberg"), ("Dnr", dnr), ("Handläggare", "Mikael Åberg"), ("Datum", "2014-05-22")]),
        ("h", "Bakgrund"),
        ("p", "Kent är gift men lever sedan hösten 2013 åtskild från hustrun. Han bor i en hyrd etta i centrala Motala. Han har två vuxna döttrar. Han har arbetat som svetsare i 25 år. Han har druckit periodvis i många år men under det senaste året dagligen. Han har inte haft någon behandling tidigare. Arbetsgivaren har stängt av honom efter att han kommit berusad till arbetet i mars, men har erbjudit honom att komma tillbaka om han genomgår behandling."),
        ("h", "Tidigare kontakter"),
        ("p", "Kent har inte varit aktuell på Beroendeenheten tidigare. Det finns en orosanmälan från 2009 gällande den yngsta dottern, som då var minderårig, där det framkom att Kent drack på helgerna. Ärendet avslutades utan insatser."),
        ("h", "Arbete och ekonomi"),
        ("p", "Kent är tillsvidareanställd som svetsare. Han är avstängd utan lön sedan 2014-03-18. Han har sparpengar som räcker till hyran under våren men har i övrigt ingen inkomst. Han har ansökt om sjukpenning via Försäkringskassan, vilket ännu inte är klart. Kent har inga skulder hos Kronofogden. Arbetsgivarens HR-avdelning bekräftar att de vill att Kent kommer tillbaka om han genomgår behandling och att de kan erbjuda arbetsträning via företagshälsovården efteråt."),
        ("h", "Boende"),
        ("p", "Kent har sedan separationen bott i en hyrd etta på Kungsgatan. Lägenheten var vid hembesöket 2014-05-08 städad men det fanns tomburkar i köket. Kent säger att han trivs dåligt och att han mest sitter hemma."),
        ("h", "Nätverk"),
        ("p", "Kent har kontakt med sin äldsta dotter som bor i Linköping och som ringer honom flera gånger i veckan. Den yngre dottern har han inte träffat sedan jul. Hustrun vill inte ha kontakt just nu. Han har en arbetskamrat som han fiskar med och som inte dricker. I övrigt umgås han med några grannar som han dricker med."),
        ("h", "Hälsa"),
        ("p", "Högt blodtryck. Enligt Kent har läkaren sagt att levern \"inte ser bra ut\". Han sover dåligt och har skakningar på morgonen."),
        ("h", "Testresultat"),
        ("p", "AUDIT 2014-04-17: 28 poäng, se bilaga."),
        ("h", "Kents egen berättelse"),
        ("p", "Kent säger att han inte klarar att sluta hemma, han har försökt flera gånger själv. Han vill ha behandlingshem för att få behålla jobbet. Han tycker att Hagebo verkar bra efter att ha läst om det. \"Jag behöver lugn och ro och folk omkring mig som inte super.\""),
        ("h", "Bedömning"),
        ("p", "Se beslut."),
        ("h", "Förslag till beslut"),
        ("p", "Institutionsvård Hagebo behandlingshem 2014-06-09 – 2014-09-05."),
        ("sig", ["Mikael Åberg, socialsekreterare"]),
    ]
    audit = [
        ("title", "AUDIT – resultat"),
        ("p", "Alcohol Use Disorders Identification Test. Klient: Kent Sjöberg. Datum: 2014-04-17. Ifylld tillsammans med handläggare."),
        ("table", [["Fråga", "Poäng"], ["1. Hur ofta dricker du alkohol?", "4"], ["2. Hur många glas en typisk dag?", "3"], ["3. Sex glas eller mer vid samma tillfälle?", "4"], ["4. Inte kunnat sluta när du börjat?", "3"], ["5. Misslyckats göra det som förväntades?", "3"], ["6. Återställare på morgonen?", "3"], ["7. Skuld eller samvetsförebråelser?", "2"], ["8. Inte kunnat minnas?", "2"], ["9. Skadat dig själv eller någon annan?", "2"], ["10. Någon oroat sig för ditt drickande?", "2"], ["Summa", "28"]], [0.8, 0.2]),
        ("h", "Bedömning enligt manual"),
        ("p", "Män 8–15 p: riskbruk. 16–19 p: skadligt bruk. 20 p eller mer: trolig alkoholberoende. Resultat 28 p: **trolig alkoholberoende**, vidare utredning rekommenderas."),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Klient", "Kent Sjöberg, 19001020-1118"), ("Dnr", dnr), ("Beslutsdatum", "2014-05-27"), ("Beslut", "Bifall"), ("Insats", "Institutionsvård, Hagebo behandlingshem"), ("Lagrum", "SoL 4:1"), ("Period", "2014-06-09 – 2014-09-05"), ("Beslutsfattare", "Birgitta Ström")]),
        ("small", "Beslutet kan överklagas hos Förvaltningsrätten i Linköping."),
    ]
    upp = [
        ("title", "Uppdragsbeskrivning"),
        ("kv", [
            ("Klient", "Kent Sjöberg, 19001020-1118"),
            ("Utförare", "Hagebo behandlingshem"),
            ("Period", "2014-06-09 – 2014-09-05"),
            ("Nämndens bedömning av behov", ""),
            ("Uppdraget omfattar", "Behandling enligt Hagebos program (tolvsteg, grupp och individuellt), alkoholkontroller, anhörigdagar, kontakt med arbetsgivaren inför återgång i arbete."),
            ("Mål", "Kent är nykter under vistelsen. Kent har en plan för återgång i arbete klar senast 2014-08-29. Kent har kontakt med AA i Motala före utskrivning."),
            ("Uppföljning", "Genomförandeplan inom 3 veckor. Uppföljningsmöte på Hagebo ca halvvägs i vistelsen."),
            ("Återrapportering", "Slutrapport till handläggaren inom 14 dagar efter avslut: måluppfyllelse, prover, rekommendationer."),
            ("Ansvarig handläggare", "Mikael Åberg, tel 0141-22 54 61, mikael.aberg@motala.se"),
            ("Skickad", "2014-06-04 per post till Hagebo"),
        ], 0.3),
    ]
    vp = [
        ("title", "Vårdplan"),
        ("p", "Kent Sjöberg · Hagebo behandlingshem 2014-06-09 – 2014-09-05 · upprättad 2014-06-05 av Kent och Mikael Åberg"),
        ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                   ["Kent är nykter hela vistelsen", "Tolvstegsbehandling, utandningsprov, PEth", "Hagebo, Kent", "2014-06-09 – 2014-09-05"],
                   ["Kent har en plan för återgång i arbete", "Möte med arbetsgivare och företagshälsovård", "Mikael Åberg, Kent", "Senast 2014-08-29"],
                   ["Kent har kontakt med AA i Motala", "Besök på AA-möte under permission", "Kent, kontaktperson Hagebo", "Före 2014-09-05"],
                   ["Kent har kontakt med döttrarna", "Anhörigdag på Hagebo", "Hagebo", "Juli 2014"]], [0.28, 0.32, 0.2, 0.2]),
        ("p", "Uppföljning av vårdplanen sker på Hagebo halvvägs i vistelsen."),
    ]
    uppf = [
        ("title", "Uppföljning vårdplan"),
        ("p", "Hagebo behandlingshem"),
        ("kv", [("Klient", "Kent Sjöberg"), ("Närvarande", "Kent, kontaktperson Ove Lind, handläggare Mikael Åberg"), ("Datum", "")]),
        ("h", "Hur har det gått?"),
        ("p", "Kent har varit nykter hela vistelsen hittills, alla utandningsprov negativa och PEth under gränsvärdet. Han deltar aktivt i grupperna och är klar med steg 4. Anhörigdagen genomförd, den yngre dottern kom. Möte med arbetsgivaren är bokat, arbetsgivaren positiv till arbetsträning 50 % efter utskrivningen. Kent har varit på AA i Motala en gång under permission."),
        ("h", "Fortsättning"),
        ("p", "Behandlingen fortsätter enligt vårdplanen till 5/9. Kent och Ove förbereder utskrivningen. Handläggaren kontaktar företagshälsovården."),
        ("sp", 2),
        ("p", "Signatur: __Ove L__     __Mikael Å__"),
    ]
    jn = [
        ("title", "Journal"),
        ("p", "Kent Sjöberg  19001020-1118   " + dnr),
        ("jn", "2014-04-14", "Tel  MÅ", "Ansökan om behandlingshem, se aktualisering."),
        ("jn", "2014-04-17", "Besök  MÅ", "Besök. AUDIT. Kl. skakig. Samtycke till kontakt med arbetsgivaren."),
        ("jn", "2014-05-05", "Tel  MÅ", "Tel arbetsgivaren (HR). Bekräftar avstängning, positiva till behandling."),
        ("jn", "2014-05-27", "Beslut  BS", "Bifall Hagebo."),
        ("jn", "2014-06-04", "Post  MÅ", "Uppdragsbeskrivning skickad till Hagebo med post."),
        ("jn", "2014-06-05", "Besök  MÅ", "Vårdplan upprättad."),
        ("jn", "2014-06-09", "Inskrivning", "Kl. inskriven på Hagebo."),
        ("jn", "2014-07-01", "Inkommande", "GFP från Hagebo."),
        ("jn", "2014-09-05", "Utskrivning", "Kl. utskriven från Hagebo."),
        ("jn", "2014-09-22", "Inkommande", "Slutrapport från Hagebo inkommen. Ärendet avslutas."),
    ]
    d = os.path.join("casefiles", cid)
    A = "akt_SN-2014-287.pdf"
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        t = lambda f: os.path.join(TMP, cid + "_" + f)
        H = (OFF, "Dnr " + dnr); F = (SEKR, "Sida {p} av {n}")
        render_html(t("akt.pdf"), akt, header=H, footer=F, size=10)
        render_rl(t("utr.pdf"), utr, twocol=True, font="Times-Roman", size=10.5, header=H, footer=F)
        render_rl(t("audit.pdf"), audit, font="Helvetica", header=H, footer=F)
        render_rl(t("beslut.pdf"), beslut, font="Helvetica", header=H, footer=F)
        render_rl(t("upp.pdf"), upp, font="Helvetica", header=H, footer=F)
        render_html(t("vp.pdf"), vp, header=H, footer=F, size=10)
        render_rl(t("uppf_orig.pdf"), uppf, font="Times-Roman", size=11, header=("HAGEBO BEHANDLINGSHEM", ""), footer=None)
        scan(t("uppf_orig.pdf"), t("uppf.pdf"), seed=23, skew=0.9, dark=0.9)
        unite(p(A), [t("akt.pdf"), t("utr.pdf"), t("audit.pdf"), t("beslut.pdf"), t("upp.pdf"), t("vp.pdf"), t("uppf.pdf")])
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, "DNR " + dnr), footer=("", "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Motala", diarienummer=dnr, scenario="", build=build,
        docs=[(A, "samlad_akt (aktualisering, utredning, AUDIT, beslut, uppdragsbeskrivning, vårdplan, uppföljning inskannad)", "pdfunite(chromium+reportlab+scan-img2pdf)", "assembled; two-column utredning, form tables, last page scanned"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("nej", "utredning 'Bedömning: Se beslut.' and the decision has no reasons; only the AUDIT manual's 'bedömning' and Kent's own words; assignment's assessment field empty", []),
            planning=("ja", "vårdplan table with dated goals, activities and responsible",
                      [(A, ["Kent har en plan för återgång i arbete"])]),
            follow_up=("delvis", "scanned follow-up note from Hagebo with outcome, but its date field is empty and no date is recorded anywhere",
                       [(A, [7])]),
            assignment_description=("delvis", "form with content, goals, follow-up, report-back, case officer, sent 2014-06-04; heading 'Nämndens bedömning av behov' empty",
                                    [(A, ["Uppdraget omfattar"]), ("journal.pdf", ["Uppdragsbeskrivning skickad till Hagebo"])],
                                    "bcdefg"),
        ))

# ------------------------------------------------------------------ M3
def m3():
    cid = "motala_SN-2015-304"; dnr = "SN 2015/304"
    utr = [
        ("title", "Utredning enligt 11 kap. 1 § SoL"),
        ("kv", [("Klient", "Anneli Rask, 19020302-5141"), ("Dnr", dnr), ("Handläggare", "Lena Gustavsson"), ("Utredningstid", "2015-03-23 – 2015-04-24")]),
        ("h", "Inledning"),
        ("p", "Anneli kontaktade Beroendeenheten 2015-03-23 via e-tjänsten och ansökte om stöd för att sluta dricka. Utredningen grundas på tre samtal, ett hembesök och kontakt med vårdcentralen och företagshälsovården."),
        ("h", "Livssituation"),
        ("p", "Anneli bor i radhus i Råssnäs med sin make och två tonårsbarn. Hon arbetar som förskollärare. Hon har druckit vin dagligen sedan ca tre år, i genomsnitt en flaska per kväll. Maken har hotat att flytta. Hon har haft flera sjukdagar det senaste halvåret och företagshälsovården har tagit upp alkoholen med henne. PEth 2015-03-30: 1,2. AUDIT 21 p."),
        ("h", "Annelis syn"),
        ("p", "Anneli vill sluta helt. Hon skäms inför barnen. Hon vill inte vara borta från familjen och jobbet och tror att hon klarar det med stöd på hemorten. Hon har tackat ja till Antabus via vårdcentralen."),
        ("h", "Sammanfattande överväganden"),
        ("p", "Anneli har ett alkoholberoende som påverkar hennes hälsa, familjeliv och arbete. Hon har samtidigt ett stabilt boende, en arbetsgivare som stöttar och en familj som vill att hon får hjälp. Hon har inte tidigare fått behandling och har en stark egen motivation. Det talar för att hon kan bli nykter med stöd på hemorten. Hon behöver regelbundna samtal som hjälper henne att hantera suget och de situationer där hon brukar dricka, och familjen behöver få vara delaktig. Öppenvården Ankaret erbjuder återfallsprevention individuellt och i grupp kvällstid, vilket gör att hon kan fortsätta arbeta, samt familjesamtal. Öppenvård på Ankaret i kombination med Antabus via vårdcentralen bedöms därför ge Anneli det stöd hon behöver."),
        ("h", "Förslag till beslut"),
        ("p", "Öppenvård på Ankaret 2015-05-04 – 2015-10-31 enligt SoL 4 kap. 1 §."),
        ("sig", ["Lena Gustavsson, socialsekreterare, 2015-04-24"]),
    ]
    beslut = [
        ("title", "Beslut"),
        ("kv", [("Klient", "Anneli Rask"), ("Dnr", dnr), ("Beslutsdatum", "2015-04-28"), ("Beslut", "Bifall – öppenvård Ankaret 2015-05-04 – 2015-10-31, SoL 4 kap. 1 §"), ("Skäl", "Se utredningens sammanfattande överväganden."), ("Beslutsfattare", "Birgitta Ström")]),
    ]
    brev = [
        ("p", "Öppenvården Ankaret\nAtt: Malin Hult"),
        ("p", "Motala 2015-04-29"),
        ("title", "Uppdragsbeskrivning – Anneli Rask"),
        ("p", "Beroendeenheten ger härmed Öppenvården Ankaret i uppdrag att ge Anneli Rask, 19020302-5141, öppenvård enligt beslut 2015-04-28 (SoL 4 kap. 1 §) under perioden 2015-05-04 – 2015-10-31."),
        ("hs", "Nämndens bedömning av behovet"),
        ("p", "Anneli har ett alkoholberoende som påverkar hälsa, familj och arbete. Hon har stabilt boende och arbete och en stark motivation. Hon behöver regelbundna samtal om sug och risksituationer, med familjen delaktig, och ett upplägg som gör att hon kan fortsätta arbeta."),
        ("hs", "Uppdragets innehåll"),
        ("p", "Individuella ÅP-samtal varannan vecka, ÅP-grupp kvällstid en gång per vecka, 2–3 familjesamtal, PEth en gång per månad. Samverkan med vårdcentralen om Antabus."),
        ("hs", "Mål"),
        ("p", "Anneli är nykter från 2015-06-01 (PEth under 0,05 från juli). Anneli har inte haft någon alkoholrelaterad sjukfrånvaro från juni. Familjen har deltagit i minst två samtal före 2015-09-30."),
        ("hs", "Uppföljning"),
        ("p", "Ankaret upprättar genomförandeplan inom tre veckor och skickar den till handläggaren. Utvärderingsmöte med Anneli, behandlare och handläggare i augusti och vid insatsens slut."),
        ("hs", "Återrapportering"),
        ("p", "Vid avslut skickar Ankaret en skriftlig sammanfattning till handläggaren: måluppfyllelse, provresultat, närvaro och rekommendation."),
        ("hs", "Handläggare"),
        ("p", "Lena Gustavsson, Beroendeenheten, 591 86 Motala, tel 0141-22 54 30, lena.gustavsson@motala.se"),
        ("sig", ["Lena Gustavsson"]),
    ]
    gfp_blank = [
        ("title", "GENOMFÖRANDEPLAN"),
        ("p", "Öppenvården Ankaret – Beroendeenheten Motala kommun"),
        ("kv", [("Klient", ""), ("Personnummer", ""), ("Behandlare", ""), ("Datum", "")]),
        ("h", "Mål"),
        ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], [0.3, 0.3, 0.2, 0.2]),
        ("h", "Klientens delaktighet"),
        ("kv", [("Klienten har deltagit i planeringen", ""), ("Kommentar", "")], 0.45),
        ("h", "Uppföljning av planen"),
        ("kv", [("Datum för uppföljning", ""), ("Ansvarig", "")], 0.45),
        ("sp", 1),
        ("p", "Underskrift klient .................................    Underskrift behandlare ................................."),
    ]
    jn = [
        ("title", "Journalanteckningar"),
        ("p", "Anneli Rask   19020302-5141   " + dnr),
        ("jn", "2015-03-23", "E-tjanst", "Ansökan via e-tjänsten om stöd för alkohol."),
        ("jn", "2015-03-26", "Besök  LG", "Första samtal. Samtycke VC, företagshälsovård."),
        ("jn", "2015-04-08", "Hembesök  LG", "Hembesök, maken närvarande."),
        ("jn", "2015-04-28", "Beslut  BS", "Bifall öppenvård Ankaret."),
        ("jn", "2015-04-30", "Möte  LG", "Uppdragsbeskrivning daterad 29/4 överlämnad personligen till Malin Hult vid möte på Ankaret 2015-04-30."),
        ("jn", "2015-05-04", "Info", "Kl. har börjat på Ankaret."),
        ("jn", "2015-06-15", "Tel  LG", "Påminnt Ankaret om GFP. Malin skickar blanketten."),
        ("jn", "2015-06-22", "Inkommande", "GFP-blankett från Ankaret inkommen, ej ifylld. Malin säger att de arbetar efter ÅP-manualen."),
        ("jn", "2015-08-19", "Utvarderingsmote  LG", "Utvärderingsmöte på Ankaret med kl., maken, Malin Hult och handl. Kl. har varit nykter sedan 2015-05-24 enligt egen uppgift och PEth (juli 0,03, augusti <0,03). Tar Antabus 3 ggr/v via VC. Ingen sjukfrånvaro sedan maj. Maken har varit med på två familjesamtal och säger att stämningen hemma är bättre. Kl. går i gruppen varje vecka. Fortsätter som planerat till 31/10, avslutande möte i oktober."),
    ]
    d = os.path.join("casefiles", cid)
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_html(p("utredning.pdf"), utr, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=10)
        render_rl(p("beslut.pdf"), beslut, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_groff(p("uppdragsbeskrivning.pdf"), brev, header=("Motala kommun  Socialförvaltningen  Beroendeenheten", ""), footer=("591 86 Motala  Växel 0141-22 50 00", "Sida %"), family="T", size=11)
        render_rl(p("genomforandeplan.pdf"), gfp_blank, font="Helvetica", header=("Öppenvården Ankaret", "Blankett GFP v2"), footer=("", "Sida {p} av {n}"))
        render_ps(p("journal.pdf"), jn, header=(OFF_OLD, "DNR " + dnr), footer=(SEKR, "Sida {p}({n})"))
    return dict(
        case_id=cid, committee="Motala", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "chromium", "single-column with headings"),
              ("beslut.pdf", "beslut", "reportlab", "form table"),
              ("uppdragsbeskrivning.pdf", "uppdragsbeskrivning", "groff-ps2pdf", "letter"),
              ("genomforandeplan.pdf", "genomforandeplan (tom blankett)", "reportlab", "form with empty fields and empty table"),
              ("journal.pdf", "journal", "ps2pdf-handwritten-ps", "journal, monospace")],
        criteria=dict(
            needs_assessment=("ja", "'Sammanfattande överväganden' states needs and why Ankaret; also in the assignment letter",
                              [("utredning.pdf", ["Sammanfattande överväganden"]), ("uppdragsbeskrivning.pdf", ["Nämndens bedömning av behovet"])]),
            planning=("nej", "the only plan is a genomförandeplan form with every field empty (journal: 'ej ifylld')", []),
            follow_up=("ja", "journal 2015-08-19 utvärderingsmöte with outcome",
                       [("journal.pdf", ["Utvärderingsmöte på Ankaret med kl., maken"])]),
            assignment_description=("ja", "letter 2015-04-29 with all elements; handed over in person 2015-04-30 (journal)",
                                    [("uppdragsbeskrivning.pdf", ["Uppdragets innehåll"]), ("journal.pdf", ["överlämnad personligen till Malin Hult"])],
                                    "abcdefg"),
        ))

# ------------------------------------------------------------------ M4
def m4():
    cid = "motala_SN-2015-051"; dnr = "SN 2015/051"
    utr = [
        ("title", "Utredning"),
        ("kv", [("Klient", "Niklas Wennberg, 19011116-6612"), ("Dnr", dnr), ("Handläggare", "Mikael Åberg"), ("Period", "2014-12-15 – 2015-01-23")]),
        ("h", "Aktualisering"),
        ("p", "Niklas ansökte om behandlingshem 2014-12-15 under häktningstid, via Frivården. Han släpptes 2014-12-19 och dömdes 2015-01-09 till skyddstillsyn med särskild föreskrift om behandling."),
        ("h", "Situation"),
        ("p", "Niklas har använt amfetamin sedan han var 16 år, de senaste åren dagligen. Han har varit på behandlingshem en gång tidigare (2012) men avvek efter tre veckor. Han har ingen egen bostad och bor hos sin mamma i Charlottenborg sedan han släpptes. Mamman vill inte att han bor kvar. Han har skulder och ingen sysselsättning. DUDIT 36 p."),
        ("h", "Hälsa"),
        ("p", "Niklas har utretts för ADHD 2013 men fullföljde inte utredningen. Han sover dåligt och går ner i vikt när han använder."),
        ("h", "Niklas synpunkter"),
        ("p", "Niklas vill bort från Motala och sina kamrater. Han vill till Villa Björkhaga, som han besökte 2015-01-15 tillsammans med handläggaren och Frivården."),
        ("h", "Handläggarens förslag"),
        ("p", "Institutionsvård Villa Björkhaga HVB enligt SoL 4 kap. 1 § 2015-02-02 – 2015-05-29."),
        ("sig", ["Mikael Åberg, socialsekreterare"]),
    ]
    beslut = [
        ("title", "BESLUT"),
        ("kv", [("Klient", "Niklas Wennberg"), ("Personnummer", "19011116-6612"), ("Dnr", dnr), ("Beslutsdatum", "2015-01-27")]),
        ("h", "Beslut"),
        ("p", "Niklas Wennberg beviljas institutionsvård vid Villa Björkhaga HVB enligt 4 kap. 1 § socialtjänstlagen under perioden 2015-02-02 – 2015-05-29."),
        ("h", "Skäl för beslutet"),
        ("p", "Niklas har ett långvarigt och dagligt amfetaminberoende. Han saknar bostad och har ett umgänge som använder droger. Han har tidigare avvikit från behandlingshem men är nu motiverad, och domen om skyddstillsyn med behandlingsföreskrift ger en yttre ram. Han behöver bo i en strukturerad, drogfri miljö på avstånd från Motala med behandling för amfetaminberoende, och få hjälp att slutföra ADHD-utredningen eftersom obehandlad ADHD kan förklara tidigare avbrott. Villa Björkhaga har personal dygnet runt, erfarenhet av klienter med ADHD och samarbete med psykiatrin, och kan påbörja planering av boende. Insatsen bedöms därför kunna ge Niklas en skälig levnadsnivå."),
        ("sp", 1),
        ("p", "Birgitta Ström, 1:e socialsekreterare (enligt delegation)"),
        ("small", "Beslutet kan överklagas till Förvaltningsrätten i Linköping inom tre veckor."),
    ]
    mail = [
        ("raw_html", '<div class="mname">Mikael Åberg</div><table class="mh"><tr><td style="width:17%"><b>Från:</b></td><td>Mikael Åberg &lt;mikael.aberg@motala.se&gt;</td></tr><tr><td><b>Skickat:</b></td><td>den 28 januari 2015 16:05</td></tr><tr><td><b>Till:</b></td><td>info@villabjorkhaga.se</td></tr><tr><td><b>Kopia:</b></td><td>Frivården Linköping</td></tr><tr><td><b>Ämne:</b></td><td>Uppdragsbeskrivning NW, inskrivning 2/2</td></tr></table>'),
        ("p", "Hej Tobias,"),
        ("p", "Nu är beslutet klart för Niklas W. och här är uppdraget inför måndag."),
        ("p", "**Bedömning:** Niklas har ett dagligt amfetaminberoende sedan många år, saknar bostad och har ett drogande umgänge. Han behöver en strukturerad drogfri miljö på avstånd från Motala och behandling för amfetaminberoendet samt hjälp att slutföra ADHD-utredningen, som kan förklara tidigare avbrott."),
        ("p", "**Uppdrag:** HVB-vård 2/2 – 29/5 2015. Behandling enligt ert program, drogtester, kontakt med psykiatrin för ADHD-utredning, samverkan med Frivården (skyddstillsyn med behandlingsföreskrift), stöd att söka boende inför utskrivning."),
        ("p", "**Mål:** 1) Drogfri under vistelsen. 2) ADHD-utredning påbörjad före 2015-04-30. 3) Boendelösning klar före 2015-05-29."),
        ("p", "**Uppföljning:** GFP inom 3 v. Jag besöker er efter ca 7 veckor och vi har telefonavstämning varannan vecka. Avvikelse/återfall meddelas mig och Frivården direkt."),
        ("p", "**Vid avslut:** Skriftlig slutrapport inom två veckor – måluppfyllelse, testresultat, rekommendationer för eftervård."),
        ("p", "Mvh\nMikael Åberg\nSocialsekreterare, Beroendeenheten\nMotala kommun\n0141-22 54 61 / 070-512 33 90"),
    ]
    gfp = [
        ("title", "Genomförandeplan Villa Björkhaga"),
        ("kv", [("Klient", "Niklas Wennberg"), ("Inskriven", "2015-02-02"), ("Kontaktperson", "Tobias Strand"), ("Upprättad", "2015-02-18")]),
        ("hs", "Områden"),
        ("check", [(True, "Droger"), (False, "Alkohol"), (True, "Psykisk hälsa"), (True, "Boende"), (True, "Ekonomi"), (False, "Familj")]),
        ("table", [["Mål", "Aktivitet", "Ansvarig", "Datum"],
                   ["Drogfri", "Program + drogtester 2 ggr/v", "Niklas, Tobias", "2/2 - 29/5"],
                   ["ADHD-utredning", "Remiss psykiatrin", "Tobias", "Remiss senast 2015-03-06"],
                   ["Boende efter HVB", "Ansökan bostad, kontakt handl.", "Niklas, Mikael Å", "Senast 2015-05-15"],
                   ["Skulder", "Kontakt Kronofogden, budget", "Niklas, Tobias", "April 2015"]],
         [0.24, 0.34, 0.2, 0.22]),
        ("hs", "Uppföljning"),
        ("check", [(True, "Besök av handläggare v. 12-13"), (True, "Telefonavstämning varannan vecka"), (True, "Slutrapport")]),
        ("p", "Niklas har varit med och tagit fram planen.  Sign: NW / TS"),
    ]
    jn = [
        ("title", "Journalanteckningar – Niklas Wennberg"),
        ("jn", "2014-12-15", "Ansökan – Mikael Åberg", "Ansökan via Frivården under häktningstid."),
        ("jn", "2015-01-15", "Förbesök – Mikael Åberg", "Förbesök Villa Björkhaga med kl och Frivården."),
        ("jn", "2015-01-27", "Beslut – Birgitta Ström", "Bifall Villa Björkhaga 2/2 - 29/5."),
        ("jn", "2015-01-28", "Mejl – Mikael Åberg", "Uppdragsbeskrivning mejlad till Villa Björkhaga 16:05, kopia Frivården."),
        ("jn", "2015-02-02", "Inskrivning", "Kl. inskriven."),
        ("jn", "2015-02-19", "Inkommande", "GFP inkommen."),
        ("jn", "2015-03-04", "Tel. – Mikael Åberg", "Telefonavstämning m Tobias. Kl. drogfri, remiss psyk skickad."),
        ("jn", "2015-03-25", "Besök på HVB – Mikael Åberg", "Besök på Villa Björkhaga. Träffade kl. och Tobias. Alla drogtester negativa sedan inskrivningen. Kl. har haft en konflikt med en annan boende men har stannat. Tid för ADHD-bedömning 2015-04-14. Kl. har skrivit in sig i bostadskön och vill bo i Linköping efteråt. Skuldfrågan har inte påbörjats, Tobias tar det i april. Kl. säger att han för första gången tror att han kan fullfölja."),
        ("jn", "2015-05-06", "Återkoppling – Mikael Åberg", "Tobias ringer: ADHD-diagnos ställd, medicinering ska prövas. Kl. har fått träningslägenhet via Linköpings kommun från 1/6. Fortsatt drogfri."),
        ("jn", "2015-05-29", "Utskrivning", "Kl. utskriven enligt plan."),
        ("jn", "2015-06-09", "Inkommande", "Slutrapport från Villa Björkhaga."),
    ]
    d = os.path.join("casefiles", cid)
    MAILCSS = "table.mh td{border:none;padding:1pt 3pt;font-size:9.5pt} .mname{font-size:12pt;font-weight:bold;border-bottom:1.5pt solid #000;margin-bottom:6pt}"
    def build(root):
        p = lambda f: os.path.join(root, d, f)
        render_rl(p("utredning.pdf"), utr, font="Helvetica", header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"))
        render_groff(p("beslut.pdf"), beslut, header=("Motala kommun  Socialnämnden", "Dnr " + dnr), footer=(SEKR, "Sida %"), family="T", size=11)
        render_html(p("uppdrag_epost.pdf"), mail, header=("", ""), footer=("", ""), extra_css=MAILCSS)
        render_ps(p("genomforandeplan.pdf"), gfp, header=("VILLA BJORKHAGA HVB", "GENOMFORANDEPLAN"), footer=("", "Sida {p}({n})"))
        render_html(p("journal.pdf"), jn, header=(OFF, "Dnr " + dnr), footer=(SEKR, "Sida {p} av {n}"), size=9.5)
    return dict(
        case_id=cid, committee="Motala", diarienummer=dnr, scenario="", build=build,
        docs=[("utredning.pdf", "utredning", "reportlab", "single-column with headings"),
              ("beslut.pdf", "beslut", "groff-ps2pdf", "single-column with headings"),
              ("uppdrag_epost.pdf", "uppdragsbeskrivning (e-post)", "chromium", "e-mail print"),
              ("genomforandeplan.pdf", "genomforandeplan", "ps2pdf-handwritten-ps", "form with [X] boxes and ascii table"),
              ("journal.pdf", "journal", "chromium", "journal export")],
        criteria=dict(
            needs_assessment=("ja", "utredning has only a proposal; the decision's 'Skäl för beslutet' states needs and why Björkhaga; repeated in the e-mail",
                              [("beslut.pdf", ["Skäl för beslutet"]), ("uppdrag_epost.pdf", ["Bedömning: Niklas har"])]),
            planning=("ja", "genomförandeplan form with [X] boxes and table with goals, activities, responsible, dates",
                      [("genomforandeplan.pdf", ["Genomförandeplan Villa Björkhaga"])]),
            follow_up=("ja", "journal 2015-03-25 'Besök på HVB' and 2015-05-06 återkoppling with outcomes",
                       [("journal.pdf", ["Besök på Villa Björkhaga. Träffade kl.", "ADHD-diagnos ställd"])]),
            assignment_description=("ja", "e-mail 2015-01-28 with all elements and signature with phone",
                                    [("uppdrag_epost.pdf", ["Uppdragsbeskrivning NW"]), ("journal.pdf", ["Uppdragsbeskrivning mejlad till Villa Björkhaga"])],
                                    "abcdefg"),
        ))

CASES = [m1, m2, m3, m4]
