# -*- coding: utf-8 -*-
from common import *

CASES = []
def case(f):
    CASES.append(f)
    return f

# =========================================================== 9 Kristinehamn – odt; HVB; signed avtal page 2 scanned
@case
def kristinehamn_9():
    c = dict(muni="kristinehamn", dnr="SOC 2015/203", name="Maria Håkansson", pnr="19000424-7140",
             handl=("Linnéa Berglund", "Socialsekreterare, vuxengruppen", "0550-883 21", "linnea.berglund@kristinehamn.se"),
             u_start="2015-02-09", u_klar="2015-03-13", b_date="2015-03-17", b_period="2015-03-23 – 2015-09-22",
             beslutsfattare=("Per-Olof Hallberg", "Enhetschef Arbete och välfärd"),
             aktual="Maria aktualiserades 2015-02-05 genom remiss från Beroendemottagningen efter en akut avgiftning på Centralsjukhuset Karlstad (CSK). Hon ansökte samma dag om behandlingshem.",
             kallor="Samtal 2015-02-11, 2015-02-24, 2015-03-06. ASI-grund 2015-02-24. AUDIT. Läkarkontakt (Beroendemottagningen). Samtal med hennes son (samtycke).",
             miss="Alkoholberoende sedan skilsmässan 2008. Dagligt drickande av vin och sprit, periodvis mycket stora mängder. AUDIT 35 p. Akut avgiftning 2015-01-30 – 2015-02-04 med abstinensdelirium.",
             boende="Egen hyreslägenhet i Kristinehamn. Inga skulder men eftersläpande räkningar.",
             halsa="Alkoholrelaterad leverskada, ångest, sömnproblem. Tidigare suicidförsök 2012.",
             syss="Sjukskriven lärare. En vuxen son i Karlstad som är orolig. Väninnorna har dragit sig undan.",
             egen="Maria har \"gett upp om att klara det själv\" och vill ha behandlingshem med kvinnoinriktning.",
             forslag="Maria Håkansson beviljas vård vid Tallnäs HVB (kvinnoavdelning) 2015-03-23 – 2015-09-22.",
             beslut_text="Maria Håkansson beviljas institutionsvård vid Tallnäs HVB, kvinnoavdelningen, 2015-03-23 – 2015-09-22.")
    assess = [("p", "Marias alkoholberoende har blivit livshotande: hon har haft abstinensdelirium vid senaste avgiftningen, har leverskada och har tidigare gjort ett suicidförsök. Hon dricker dagligen och har inte klarat att avstå trots egna försök och tidigare samtalskontakt. Hon har stödet av sin son men lever i övrigt isolerad."),
              ("p", "Socialtjänstens ställningstagande är att Maria behöver en period i en skyddad miljö med dygnet-runt-stöd, medicinsk uppföljning och behandling som även tar upp ångest och de svårigheter som drickandet vuxit fram ur. ÖV i Kristinehamn räcker inte i detta läge. Tallnäs kvinnoavdelning arbetar med KBT och traumamedveten behandling och har läkare och sjuksköterska, och möter därmed det Maria själv och socialtjänsten ser som nödvändigt. Efter HVB ska ÖV vid Beroendemottagningen ta vid.")]
    U = utredning(c, title="Utredning – vuxen (SoL 11:1)", assess_title="5. Socialtjänstens ställningstagande", assess=assess)
    B = beslut(c, reasons=[("p", "Maria har ett svårt alkoholberoende med medicinska risker och behöver behandling dygnet runt utanför hemmet, se utredningen.")])
    c.update(upp_a="Maria har ett svårt alkoholberoende (AUDIT 35) med abstinensdelirium, leverskada, ångest och tidigare suicidförsök. Egna försök och samtalskontakt har inte räckt. Hon behöver skyddad miljö, medicinsk uppföljning och behandling som även omfattar ångest och bakomliggande svårigheter.",
             upp_b="Boende och behandling på kvinnoavdelningen: KBT-baserad ÅP, traumamedveten behandling, läkar- och SSK-kontakt, alkoholtester, utslussning med hemresor från v. 30 samt planering av ÖV vid Beroendemottagningen.",
             upp_c=["Maria är alkoholfri under placeringen.", "Marias ångest har minskat (egen skattning + läkare) vid utskrivning.", "Överskrivning till ÖV vid Beroendemottagningen är klar senast 2015-09-15."],
             upp_d_when="efter 6 veckor (v. 18)")
    A = [("h1", "AVTAL OM KÖP AV PLATS / UPPDRAG"), ("kv", [("Köpare", "Kristinehamns kommun, Social- och omsorgsnämnden"), ("Utförare", "Tallnäs HVB, kvinnoavdelningen"),
                                                            ("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Dnr", c["dnr"]), ("Tid", c["b_period"]), ("Dygnsavgift", "2 100 kr")])]
    A += uppdrag_sections(c, set("abcde"))
    A += [("pb",), ("b", "Avtal om köp av plats – %s – forts." % c["dnr"]), ("h2", "6. Kontakt"), ("p", "Ansvarig handläggare: %s, tel %s, %s" % (c["handl"][0], c["handl"][2], c["handl"][3])),
          ("h2", "7. Underskrifter"), ("p", "Avtalet har överlämnats till utföraren 2015-03-19 (rekommenderat brev + e-post).\n\nKristinehamn 2015-03-19\n\n__________________________\nLinnéa Berglund, för köparen\n\n__________________________\nför Tallnäs HVB")]
    G = [("h1", "Vårdplan"), ("p", "Upprättad av socialtjänsten i samråd med Maria och Tallnäs HVB vid inskrivning."),
         ("kv", [("Klient", c["name"]), ("Dnr", c["dnr"]), ("Datum", "2015-03-24"), ("Deltagare", "Maria, Linnéa Berglund (soc.), Karin Öhman (kontaktperson Tallnäs)")]),
         ("table", [["Mål", "Hur (insats)", "Vem", "När"],
                    ["Alkoholfri under placeringen", "Tester 2 ggr/v, ÅP-grupp", "Tallnäs – Karin Öhman", "2015-03-24 – 2015-09-22"],
                    ["Minskad ångest (egen skattning BAI halverad)", "Traumamedveten KBT, läkarbedömning v. 14", "Tallnäs psykolog/läkare", "Utvärderas 2015-06-30"],
                    ["Fortsatt ÖV planerad före utskrivning", "Överskrivningsmöte med Beroendemottagningen", "Linnéa Berglund", "Senast 2015-09-15"],
                    ["Ordnad ekonomi", "Autogiro, god man utreds", "Maria med stöd av Tallnäs", "Juni 2015"]], None),
         ("p", "Uppföljning av vårdplanen vid uppföljningsmöte v. 18.")]
    J = journal(c, [
        ("2015-03-17", "Beslut", "HVB Tallnäs beviljat. /LB"),
        ("2015-03-19", "Avtal", "Avtal/uppdrag skickat till Tallnäs. /LB"),
        ("2015-03-23", "Inskrivning", "Kl. inskriven på Tallnäs. /LB"),
        ("2015-04-29", "Uppföljningsmöte Tallnäs", "Handl. på plats. Kl. alkoholfri sedan inskrivning (alla tester neg). Deltar i ÅP-grupp, första traumasamtalen gjorda och hon beskriver dom som jobbiga men bra. Ångesten fortfarande hög nattetid, läkaren justerar medicin. Målen kvarstår. /LB"),
        ("2015-08-26", "Behandlingskonferens", "Tallnäs, kl., handl., Beroendemottagningen (tel.). Kl. fortsatt alkoholfri, BAI från 31 till 14. Hemresor fungerat. Överskrivning till Beroendemottagningen klar, första besök 2015-09-24. Utskrivning 22/9 enligt plan. /LB"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", avt="avtal_Tallnas.pdf", vp="vardplan.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="odt", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="odt", blocks=B),
            dict(file=Fs["avt"], type="uppdragsbeskrivning (avtal om köp av plats), sida 2 inskannad", prod="odt", blocks=A, scan=[2], layout="single-column, page 2 scanned"),
            dict(file=Fs["vp"], type="vårdplan", prod="odt", blocks=G), dict(file=Fs["jou"], type="journalanteckningar", prod="odt", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Socialtjänstens ställningstagande: behoven (beroende, medicinska risker, ångest) och varför HVB.", [(Fs["utr"], ["Marias alkoholberoende har blivit livshotande", "ÖV vid Beroendemottagningen ta vid"])]),
        planning=("ja", "Vårdplan 2015-03-24 med mål, insats, vem, när.", [(Fs["vp"], ["Vårdplan"])]),
        follow_up=("ja", "Uppföljningsmöte 2015-04-29 och behandlingskonferens 2015-08-26 med utfall.", [(Fs["jou"], ["Uppföljningsmöte Tallnäs", "Behandlingskonferens"])]),
        assignment_description=("ja", "Avtal/uppdrag med a–f, överlämnat 2015-03-19 (inskannad sida 2 + journal).", [(Fs["avt"], "pages", [1, 2]), (Fs["jou"], ["Avtal/uppdrag skickat till Tallnäs"])], "abcdefg"))
    return dict(case_id="kristinehamn_SOC-2015-203", committee="Kristinehamn", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 10 Kristinehamn – chromium; preliminary assessment only; follow-up only in provider e-mails
@case
def kristinehamn_10():
    c = dict(muni="kristinehamn", dnr="SOC 2014/391", name="Stefan Olofsson", pnr="19020308-5533",
             handl=("Mats Forsberg", "Socialsekreterare, vuxengruppen", "0550-883 45", "mats.forsberg@kristinehamn.se"),
             u_start="2014-10-20", u_klar="2014-11-14 (preliminär)", b_date="2014-11-18", b_period="2014-11-24 – 2015-05-23",
             beslutsfattare=("Per-Olof Hallberg", "Enhetschef Arbete och välfärd"),
             aktual="Stefan aktualiserades 2014-10-16 genom frivården i Karlstad inför villkorlig frigivning; han ansökte om behandlingshem.",
             kallor="Två samtal på anstalten (2014-10-23, 2014-11-06). ASI-intervju påbörjad 2014-11-06 men inte slutförd. Yttrande från frivården.",
             miss="Amfetamin intravenöst sedan 1990-talet med drogfria perioder, alkohol periodvis. Drogfri under anstaltsvistelsen enligt urinprov.",
             boende="Bostadslös, skriven på kommunen. Bodde hos en kamrat innan anstaltsvistelsen.",
             halsa="Hepatit C (obehandlad). Ryggbesvär.",
             syss="Arbetslös sedan lång tid. Har en dotter i Kristinehamn som han vill ha kontakt med.",
             egen="Stefan vill inte hamna i samma miljö som innan och vill till ett behandlingshem direkt från anstalten.",
             forslag="Stefan Olofsson beviljas vård vid Ängsö behandlingscenter (HVB) fr.o.m. 2014-11-24 i sex månader.",
             beslut_text="Stefan Olofsson beviljas institutionsvård vid Ängsö behandlingscenter 2014-11-24 – 2015-05-23.")
    U = utredning(c, title="UTREDNING VUXEN", assess_title="5. Preliminär bedömning",
                  assess=[("p", "Stefan bedöms preliminärt ha behov av fortsatt vård i strukturerad form efter frigivningen. Slutlig bedömning görs när ASI-intervjun är klar och frivårdens yttrande har kommit in.")])
    B = beslut(c, reasons=[("p", "Enligt utredningen. Beslutet fattas i avvaktan på slutlig bedömning för att placeringen ska kunna ske direkt vid frigivningen.")])
    c.update(upp_b="Behandling på Ängsö (KBT, drogtester, arbetsterapi). Genomförandeplan upprättas av Ängsö.", upp_c=["Drogfrihet.", "Fungerande boende efter vistelsen."])
    M = [("h1", "E-post"), email_block("Forsberg Mats <mats.forsberg@kristinehamn.se>", "antagning@angso-behandling.se", "den 20 november 2014 13:27", "Placering S.O. 24/11"),
         ("p", "Hej!\nHär kommer uppdraget för Stefan O som skrivs ut från anstalten 24/11 och åker direkt till er (frivården skjutsar)."),
         ("b", "Uppdrag"), ("p", "Insats: " + c["upp_b"]), ("p", "Mål: Drogfrihet. Fungerande boende efter vistelsen."), ("p", "Bedömning:"), ("p", "Uppföljning:"),
         ("p", "Mvh\nMats Forsberg\nSocialsekreterare, vuxengruppen\nKristinehamns kommun\n0550-883 45")]
    G = [("h1", "Ängsö behandlingscenter – Genomförandeplan"), ("kv", [("Klient", "Stefan Olofsson"), ("Uppdragsgivare", "Kristinehamns kommun, M. Forsberg"), ("Upprättad", "2014-12-08"), ("Behandlare", "Roger Wik")]),
         ("table", [["Mål", "Aktivitet", "Ansvarig", "Datum"],
                    ["Drogfri – 100 % negativa tester", "Slumpvisa U-prov 2 ggr/v", "Roger Wik", "2014-12-08 – 2015-05-23"],
                    ["Genomfört KBT-program 'Återfallsprevention' 12 moduler", "Grupp må + to", "Behandlingsteamet", "Klart 2015-03-15"],
                    ["Hepatit C-behandling påbörjad", "Remiss infektionsklin.", "Sjuksköterska Ängsö", "Remiss senast 2015-01-15"],
                    ["Boende efter utskrivning", "Ansöka om försökslägenhet, kontakt soc.", "Stefan, Roger Wik, soc.", "Ansökan senast 2015-04-01"]], None)]
    R = [("h1", "Återkoppling från behandlingshemmet (e-post)"),
         email_block("Roger Wik <roger.wik@angso-behandling.se>", "Forsberg Mats", "den 10 mars 2015 10:05", "Sv: Stefan O – hur går det?"),
         ("p", "Hej Mats\nSom svar på din fråga: Stefan har varit här sedan 24/11. Samtliga tester negativa. KBT-programmet klart till 11 av 12 moduler, sista v. 11. Hepatit C – första besök infektion gjort 2015-02-12, behandling start i april. Boende: ansökan om försökslägenhet skickad 2015-03-02. Han har haft två helgpermissioner hos dottern som fungerat bra. Sammantaget går det enligt planen och vi ser inga skäl att ändra något.\n\nMvh Roger Wik, behandlare\nÄngsö behandlingscenter, 0550-222 10"),
         ("sp",),
         email_block("Roger Wik <roger.wik@angso-behandling.se>", "Forsberg Mats", "den 25 maj 2015 08:31", "Utskrivning S.O."),
         ("p", "Hej, Stefan skrevs ut 23/5 enligt plan, drogfri hela vistelsen. Försökslägenhet på Kvarnbergsvägen fr.o.m. 1/6. Han har fått tid hos Beroendemottagningen 3/6. Slutrapport kommer per post.\n/Roger")]
    J = journal(c, [
        ("2014-11-18", "Beslut", "HVB Ängsö beviljat. /MF"),
        ("2014-11-20", "Uppdrag", "Uppdrag mejlat till Ängsö. /MF"),
        ("2014-11-24", "Inskrivning", "Kl. på plats. /MF"),
        ("2015-03-09", "Mejl", "Mejl till Ängsö med fråga om läget. /MF"),
        ("2015-05-26", "Avslut", "Placeringen avslutad enligt beslut. /MF"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", mail="uppdrag_e-post.pdf", gfp="genomforandeplan_Angso.pdf", ret="e-post_fran_Angso.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="chromium", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="chromium", blocks=B),
            dict(file=Fs["mail"], type="e-post (uppdrag)", prod="chromium", blocks=M),
            dict(file=Fs["gfp"], type="genomförandeplan", prod="chromium", blocks=G, opts=dict(header_left="Ängsö behandlingscenter AB – HVB", header_right="Genomförandeplan", font="'Liberation Serif'", size="11pt")),
            dict(file=Fs["ret"], type="e-post från utförare (återkoppling)", prod="chromium", blocks=R), dict(file=Fs["jou"], type="journalanteckningar", prod="chromium", blocks=J)]
    crit = dict(
        needs_assessment=("delvis", "Endast 'preliminär bedömning' som hänvisar till en slutlig bedömning som aldrig gjordes; beslutet hänvisar till utredningen.",
                          [(Fs["utr"], ["5. Preliminär bedömning"]), (Fs["bsl"], ["i avvaktan på slutlig bedömning"])]),
        planning=("ja", "Ängsös genomförandeplan 2014-12-08 med mätbara mål, aktivitet, ansvarig och datum.", [(Fs["gfp"], ["Genomförandeplan"])]),
        follow_up=("ja", "Uppföljningen finns bara i behandlingshemmets e-post 2015-03-10 (läget per mål) och 2015-05-25 (utskrivning, utfall).", [(Fs["ret"], ["Som svar på din fråga", "Stefan skrevs ut 23/5"])]),
        assignment_description=("delvis", "E-post 2014-11-20 med insats, mål och handl:s kontaktuppgifter; rubrikerna Bedömning och Uppföljning tomma, ingen återrapportering.",
                                [(Fs["mail"], ["Placering S.O. 24/11"])], "bcfg"))
    return dict(case_id="kristinehamn_SOC-2014-391", committee="Kristinehamn", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 11 Kristinehamn – groff; never started
@case
def kristinehamn_11():
    c = dict(muni="kristinehamn", dnr="SOC 2015/058", name="Annika Borg", pnr="19011012-4026",
             handl=("Linnéa Berglund", "Socialsekreterare, vuxengruppen", "0550-883 21", "linnea.berglund@kristinehamn.se"),
             u_start="2015-01-12", u_klar="2015-02-13", b_date="2015-02-17", b_period="2015-03-02 – 2015-08-31",
             beslutsfattare=("Per-Olof Hallberg", "Enhetschef"),
             aktual="Anmälan från Annikas arbetsgivare (kommunens hemtjänst) 2015-01-08 om misstänkt alkoholpåverkan i tjänst; Annika ansökte därefter själv om stöd 2015-01-12.",
             kallor="Samtal 2015-01-19 och 2015-02-02, AUDIT, PEth, kontakt med företagshälsovården.",
             miss="Dricker vin flera kvällar i veckan, har druckit inför arbetspass vid två tillfällen. AUDIT 17 p. PEth 0,46.",
             boende="Bor i hyresrätt med två barn (7 och 10 år) varannan vecka.",
             halsa="Migrän, i övrigt frisk. Sömnproblem.",
             syss="Undersköterska, avstängd från arbete i väntan på behandlingsplan. Nyligen separerad.",
             egen="Annika tycker att hon \"druckit för mycket sedan separationen\" och vill ha hjälp för att få behålla jobbet.",
             forslag="Annika beviljas öppenvård vid Beroendemottagningen (CRA, 1 ggr/vecka).",
             beslut_text="Annika Borg beviljas öppenvård vid Beroendemottagningen Kristinehamn (CRA) 2015-03-02 – 2015-08-31.")
    assess = [("p", "5.1 Annika har ett riskbruk som övergått i skadligt bruk efter separationen, med konsekvenser för arbetet och risk för barnen. Hon har en stabil grund (bostad, anställning, insikt) men dricker för att hantera sömnproblem och nedstämdhet."),
              ("p", "5.2 Socialtjänstens analys: Annika behöver stöd att sluta dricka, hitta andra sätt att hantera sömn och stress och få ett underlag för att återgå i arbete. CRA arbetar med just dessa områden och ger möjlighet att involvera arbetsgivaren; regelbundna PEth-prov ger det underlag arbetsgivaren efterfrågar. Annikas svårigheter bedöms inte kräva heldygnsvård.")]
    U = utredning(c, title="Utredning SoL – vuxen", assess_title="5. Socialtjänstens analys", assess=assess)
    B = beslut(c, reasons=[("p", "Annika har ett skadligt alkoholbruk som påverkar arbete och familj. CRA i öppenvård bedöms tillgodose hennes hjälpbehov (utredningen 5.1–5.2).")])
    c.update(upp_a="Annika har ett skadligt alkoholbruk (AUDIT 17, PEth 0,46) som uppstått efter separation; hon dricker för att hantera sömn och stress och har druckit inför arbetspass. Hon har bostad, anställning och insikt. Hon behöver stöd att sluta dricka, andra strategier för sömn/stress och underlag för arbetsåtergång – detta bedöms kunna ges i ÖV med CRA.",
             upp_b="CRA-samtal 1 ggr/vecka, PEth var 4:e vecka, ett trepartsmöte med arbetsgivare/FHV. Behandlingsplan inom tre veckor.",
             upp_c=["Alkoholfri, PEth < 0,05 senast 2015-05-31.", "Åter i arbete senast 2015-04-30 med överenskommen provtagning."],
             upp_d_when="efter sex veckor (v. 16)")
    M = [("h1", "E-post"), email_block("Berglund Linnéa", "Beroendemottagningen Kristinehamn <beroende.mott@kristinehamn.se>", "onsdag 18 februari 2015 11:20", "Uppdrag A.B. SOC 2015/058", attach="Uppdrag_AB.pdf"),
         ("p", "Hej, bifogar uppdraget. Annika är informerad om att ni kallar till inskrivning 2/3. /Linnéa"),
         ("h1", "Uppdragsbeskrivning (bilaga)"), ("kv", [("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Beslut", "2015-02-17")])]
    M += uppdrag_sections(c, set("abcde"))
    M += [("h2", "6. Handläggare"), ("p", "%s, %s, tel %s, %s" % c["handl"])]
    J = journal(c, [
        ("2015-02-17", "Beslut", "ÖV beviljad. /LB"),
        ("2015-02-18", "Uppdrag", "Uppdrag skickat per e-post till Beroendemottagningen. /LB"),
        ("2015-03-02", "Inskrivning", "Beroendemottagningen meddelar att kl. uteblev från inskrivningen idag. Handl. söker kl. per tel. utan svar. /LB"),
        ("2015-03-04", "Tel. kl.", "Kl. ringer tillbaka. Hon vill inte längre ha någon behandling, har fått ett annat arbete via bemanningsföretag och ska flytta till Karlstad. Hon tackar nej till insatsen innan den har påbörjats. Informerad om att hon kan höra av sig igen. /LB"),
        ("2015-03-10", "Avslut", "Ärendet avslutas, insatsen har aldrig påbörjats. Beroendemottagningen informerad. Info om barnen: ingen aktuell oro enl. kl., ingen anmälan. /LB"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", mail="uppdrag.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="groff", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="groff", blocks=B),
            dict(file=Fs["mail"], type="e-post med bifogad uppdragsbeskrivning", prod="groff", blocks=M), dict(file=Fs["jou"], type="journalanteckningar", prod="groff", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Socialtjänstens analys 5.1–5.2: behov och varför CRA i ÖV.", [(Fs["utr"], ["5.1 Annika har ett riskbruk", "inte kräva heldygnsvård"])]),
        planning=("ej_tillämpligt", "Kl. uteblev och tackade nej innan insatsen påbörjats.", []),
        follow_up=("ej_tillämpligt", "Insatsen påbörjades aldrig.", []),
        assignment_description=("ja", "E-post 2015-02-18 med bifogad uppdragsbeskrivning a–f.", [(Fs["mail"], ["Uppdrag A.B. SOC 2015/058", "6. Handläggare"]), (Fs["jou"], ["Uppdrag skickat per e-post"])], "abcdefg"))
    return dict(case_id="kristinehamn_SOC-2015-058", committee="Kristinehamn", diarienummer=c["dnr"], scenario="declined", docs=docs, criteria=crit)


# =========================================================== 12 Kristinehamn – chromium; checkbox plan with empty goal field
@case
def kristinehamn_12():
    c = dict(muni="kristinehamn", dnr="SOC 2015/144", name="Henrik Dahl", pnr="19000611-2291",
             handl=("Mats Forsberg", "Socialsekreterare, vuxengruppen", "0550-883 45", "mats.forsberg@kristinehamn.se"),
             u_start="2015-02-23", u_klar="2015-03-27", b_date="2015-03-31", b_period="2015-04-07 – 2015-10-31",
             beslutsfattare=("Per-Olof Hallberg", "Enhetschef"),
             aktual="Henrik ansökte 2015-02-20 efter att ha varit inlagd för avgiftning på CSK. Remiss från Beroendemottagningen.",
             kallor="Tre samtal, ASI-grund 2015-03-10, AUDIT, läkarkontakt.",
             miss="Alkohol, periodvis stora mängder (periodare), 4–5 perioder/år om 1–2 veckor. AUDIT 22 p.",
             boende="Bostadsrätt, ensamstående. Ekonomin ansträngd efter senaste perioden.",
             halsa="Pankreatit 2014. Depressiva perioder efter supperioder.",
             syss="Egen företagare (målare). Två vuxna döttrar.",
             egen="Henrik vill lära sig känna igen när en period är på väg och ha någon att ringa.",
             forslag="Henrik beviljas ÖV vid Beroendemottagningen (ÅP individuellt, Antabus-stöd).",
             beslut_text="Henrik Dahl beviljas öppenvård vid Beroendemottagningen Kristinehamn (individuell ÅP, stöd vid Antabusbehandling).")
    assess = [("p", "Henriks drickande sker i perioder som blir allt mer medicinskt riskfyllda (pankreatit 2014) och som slår ut hans företag och ekonomi. Mellan perioderna fungerar han väl. Han har ingen tidigare behandling."),
              ("p", "Socialtjänsten bedömer att det Henrik behöver är att lära sig upptäcka och bryta början på en period, ett skydd i form av Antabus och en kontakt att vända sig till när risken är hög. Individuell ÅP vid Beroendemottagningen, där läkare kan sköta Antabusbehandlingen, svarar mot detta och gör att han kan fortsätta arbeta.")]
    U = utredning(c, title="Utredning – vuxen", assess_title="5. Samlad bedömning av hjälpbehovet", assess=assess)
    B = beslut(c, reasons=[("p", "Se utredningens samlade bedömning. Individuell ÅP med Antabusstöd tillgodoser Henriks hjälpbehov.")])
    c.update(upp_a="Henrik har periodiskt alkoholberoende (AUDIT 22) med medicinska risker (pankreatit) och ekonomiska följder. Han behöver verktyg för att upptäcka och bryta början på en period, skydd (Antabus) och en kontakt vid hög risk – vilket bedöms ges i individuell ÅP på Beroendemottagningen.",
             upp_b="Individuell ÅP (12 samtal), övervakad Antabus 2 ggr/v via mottagningens SSK, telefonkontakt vid risksituationer.",
             upp_c=["Ingen ny supperiod under insatstiden.", "Henrik har en skriftlig plan för tidiga varningstecken klar senast 2015-06-30."],
             upp_d_when="efter två månader (juni)")
    A = [("h1", "Uppdrag till utförare – öppenvård"), ("kv", [("Till", "Beroendemottagningen Kristinehamn"), ("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Beslut", "2015-03-31"), ("Överlämnat", "2015-04-01, internpost")])]
    A += uppdrag_sections(c, set("abcde"))
    A += [("h2", "6. Ansvarig handläggare"), ("p", "%s, tel %s, %s" % (c["handl"][0], c["handl"][2], c["handl"][3]))]
    P = [("h1", "BEHANDLINGSPLAN"), ("p", "Beroendemottagningen Kristinehamn – kommun och landsting"),
         ("kv", [("Patient/klient", c["name"]), ("Datum", "2015-04-14"), ("Behandlare", "Elin Sund, SSK")]),
         ("b", "Insatser"), ("p", "☒ Individuella samtal (ÅP)    ☐ Gruppbehandling    ☒ Antabus    ☐ Naltrexon/Campral    ☒ Provtagning (PEth)    ☐ Anhörigstöd"),
         ("b", "Mål med behandlingen"), ("table", [["Mål 1", ""], ["Mål 2", ""], ["Mål 3", ""]], [3, 12.5]),
         ("b", "Frekvens"), ("p", "☐ 1 ggr/mån    ☐ varannan vecka    ☒ varje vecka"),
         ("b", "Plan för uppföljning"), ("p", "☒ Uppföljning med soc.sekr.    ☐ SIP"),
         ("p", "Underskrift: Henrik Dahl    Elin Sund")]
    J = journal(c, [
        ("2015-03-31", "Beslut", "ÖV beviljad. /MF"),
        ("2015-04-01", "Uppdrag", "Uppdrag skickat med internposten till Beroendemott. /MF"),
        ("2015-04-14", "Behandlingsplan", "Behandlingsplan upprättad på BM, kopia inkommen. /MF"),
        ("2015-06-17", "Uppföljningsmöte", "Kl., Elin Sund (BM) och handl. Kl. har inte haft någon period sedan febuari. Tar Antabus 2 ggr/v utan missar, PEth < 0,05 i maj och juni. 9 av 12 ÅP-samtal genomförda, varningstecken-planen ska vara klar i juli. Kl. vill trappa ner samtalen till varannan vecka. Beslutet kvarstår. /MF"),
        ("2015-09-08", "Tel. BM", "BM: kl. hade ett kortare återfall i aug (2 dagar), tog själv kontakt. Ny uppf. bokas. /MF"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", upp="uppdrag.pdf", plan="behandlingsplan_BM.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="chromium", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="chromium", blocks=B),
            dict(file=Fs["upp"], type="uppdragsbeskrivning", prod="chromium", blocks=A),
            dict(file=Fs["plan"], type="behandlingsplan (formulär med kryssrutor)", prod="chromium", blocks=P, layout="form"), dict(file=Fs["jou"], type="journalanteckningar", prod="chromium", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Samlad bedömning av hjälpbehovet: behoven och varför individuell ÅP med Antabus.", [(Fs["utr"], ["Henriks drickande sker i perioder", "fortsätta arbeta"])]),
        planning=("delvis", "Behandlingsplan med ikryssade insatser och frekvens men målfälten är tomma och inga datum/ansvariga per mål.", [(Fs["plan"], ["BEHANDLINGSPLAN"])]),
        follow_up=("ja", "Uppföljningsmöte 2015-06-17 med utfall.", [(Fs["jou"], ["Uppföljningsmöte"])]),
        assignment_description=("ja", "Uppdrag med a–f och 'Överlämnat 2015-04-01'; journal.", [(Fs["upp"], ["Uppdrag till utförare", "6. Ansvarig handläggare"]), (Fs["jou"], ["Uppdrag skickat med internposten"])], "abcdefg"))
    return dict(case_id="kristinehamn_SOC-2015-144", committee="Kristinehamn", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 13 Arvika – chromium; assessment only in Delegationsbeslut; landscape plan
@case
def arvika_13():
    c = dict(muni="arvika", dnr="IFO.2015.0087", name="Karin Wikström", pnr="19020817-3368",
             handl=("Sanna Brodin", "Soc.sekr., Vuxenteamet", "0570-817 42", "sanna.brodin@arvika.se"),
             u_start="2015-01-27", u_klar="2015-02-18", b_date="2015-02-19", b_period="2015-02-23 – 2015-08-31",
             beslutsfattare=("Lars Ekström", "Enhetschef IFO vuxen"),
             aktual="Karin kontaktade Beroendecentrum Arvika (BCA) 2015-01-22 via drop-in och ansökte om behandling för alkohol. Ärendet överlämnat till myndighet samma dag.",
             kallor="Två samtal, ASI-grund 2015-02-04, AUDIT, PEth, samtal med BCA:s läkare.",
             miss="Alkohol, dagligen 4–6 glas vin sedan ett par år, ökande. AUDIT 20 p. PEth 0,65. Ingen tidigare behandling.",
             boende="Villa på landet utanför Arvika, gift. Maken dricker inte.",
             halsa="Hypertoni, oro och panikattacker sedan 2013.",
             syss="Arbetar som ekonomiassistent 80 %. Två tonårsbarn.",
             egen="Karin skäms och vill att så få som möjligt ska veta. Vill gå i samtal på BCA och ha provtagning som \"kvitto\".",
             forslag="Karin beviljas ÖV vid BCA: individuell KBT/ÅP, PEth-provtagning, 2015-02-23 – 2015-08-31.",
             beslut_text="Karin Wikström beviljas öppenvård vid Beroendecentrum Arvika (individuell KBT/ÅP med provtagning) 2015-02-23 – 2015-08-31.")
    U = utredning(c, title="FÖRENKLAD UTREDNING – ÖV vuxen", assess_title="5. Övrigt",
                  assess=[("p", "Karin har lämnat samtycke till kontakt med BCA:s läkare. Ställningstagande: se delegationsbeslut.")])
    reasons = [("p", "Karin dricker dagligen sedan ett par år och mängderna ökar (AUDIT 20, PEth 0,65). Drickandet hänger ihop med oro och panikattacker och påverkar redan hälsa (blodtryck) och familjeliv med två tonårsbarn. Hon har arbete, stabil familj och en tydlig egen vilja till förändring och har inte tidigare fått någon behandling."),
               ("p", "Karin behöver hjälp att sluta dricka, att hantera oron på andra sätt än med alkohol, och ett objektivt mått på att förändringen håller. Individuell KBT med återfallsprevention vid Beroendecentrum Arvika arbetar både med alkoholen och med ångesten, och regelbunden PEth-provtagning ger det kvitto hon själv efterfrågar. Eftersom hon har en fungerande vardag är öppenvård på hemorten den minst ingripande insats som kan förväntas ge resultat. Insatsen ger henne därmed en skälig levnadsnivå enligt 4 kap. 1 § SoL.")]
    B = beslut(c, reasons=reasons, reasons_title="Skäl för beslutet", title="DELEGATIONSBESLUT – Bistånd enligt SoL")
    c.update(upp_a="Karin dricker dagligen med ökande mängder (AUDIT 20, PEth 0,65) kopplat till oro/panikattacker. Hon behöver sluta dricka, hantera oron utan alkohol och ha objektivt mått på förändringen. Individuell KBT/ÅP med PEth vid BCA bedöms som minst ingripande insats som svarar mot detta.",
             upp_b="Individuell KBT/ÅP varje vecka (ca 16 samtal), PEth var fjärde vecka, läkarbedömning av oro/panikattacker vid BCA.",
             upp_c=["Alkoholfri, PEth < 0,05 senast 2015-05-31.", "Färre panikattacker (egen skattning) vid utvärdering i augusti."],
             upp_d_when="vid utvärderingssamtal efter tre månader (maj)")
    A = [("h1", "UPPDRAG TILL UTFÖRARE"), ("kv", [("Utförare", "Beroendecentrum Arvika (BCA), ÖV"), ("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Dnr", c["dnr"]), ("Beslut", "2015-02-19, SoL 4:1"),
                                                 ("Uppdraget överlämnat", "2015-02-20 vid överlämningsmöte på BCA (Sanna Brodin → Tove Larsson, beh.)")])]
    A += uppdrag_sections(c, set("abcde"), num=False)
    A += [("h2", "Kontaktuppgifter"), ("p", "%s, %s\nTel %s  •  %s" % c["handl"])]
    P = [("h1", "Behandlingsplan – BCA öppenvård"), ("kv", [("Klient", c["name"]), ("Datum", "2015-03-04"), ("Behandlare", "Tove Larsson, leg. psykoterapeut (KBT)"), ("Läkare", "Dr Jan Nordin")]),
         ("table", [["Mål", "Delmål", "Insats/aktivitet", "Ansvarig", "Tidpunkt", "Utvärdering"],
                    ["Alkoholfri", "Max 0 glas/vecka enl. dagbok fr.o.m. v. 12", "KBT/ÅP varje tisdag 15.00", "Tove Larsson", "2015-03-10 – 2015-08-31", "PEth < 0,05 senast 2015-05-31"],
                    ["Mindre oro", "Hanterar panikattacker med andningsteknik", "KBT-moduler för panikångest, ev. SSRI", "Tove Larsson; Dr Nordin", "April–juni 2015", "Egen skattning (PDSS) vid utvärdering aug."],
                    ["Stöd i familjen", "Maken informerad och delaktig", "Ett anhörigsamtal", "Tove Larsson", "Senast 2015-04-30", "Genomfört ja/nej"]], None),
         ("p", "Karin har varit delaktig och godkänner planen. Utvärderingssamtal med handläggare i maj och augusti.")]
    J = journal(c, [
        ("2015-02-19", "Beslut", "Delegationsbeslut ÖV BCA. /SB"),
        ("2015-02-20", "Överlämning", "Överlämningsmöte på BCA, uppdraget lämnat skriftligt till Tove L. /SB"),
        ("2015-05-27", "Utvärderingssamtal", "Kl., Tove L. och handl. Karin har druckit vid två tillfällen sedan start, PEth 2015-05-20: 0,07 (från 0,65). 13 samtal genomförda. Panikattackerna färre (från 3/v till 1/v). Anhörigsamtal gjort i april. Mål 1 nästan uppnått. Fortsatt enligt plan. /SB"),
        ("2015-08-26", "Utvärderingssamtal", "Kl. och Tove L. PEth < 0,05 juni–aug. Kl. vill avsluta 31/8 och ha en återbesökstid i oktober. Slutrapport från BCA begärd. Insatsen avslutas enligt beslut. /SB"),
    ])
    Fs = dict(utr="1_utredning.pdf", bsl="2_delegationsbeslut.pdf", upp="3_uppdrag.pdf", plan="4_behandlingsplan.pdf", jou="5_journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning (förenklad)", prod="chromium", blocks=U), dict(file=Fs["bsl"], type="beslut (delegationsbeslut)", prod="chromium", blocks=B),
            dict(file=Fs["upp"], type="uppdragsbeskrivning", prod="chromium", blocks=A),
            dict(file=Fs["plan"], type="behandlingsplan", prod="chromium", blocks=P, opts=dict(landscape=True), layout="landscape"), dict(file=Fs["jou"], type="journalanteckningar", prod="chromium", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Bedömningen finns bara i delegationsbeslutets 'Skäl för beslutet': behoven och varför KBT/ÅP i ÖV.", [(Fs["bsl"], ["Karin dricker dagligen sedan ett par år", "skälig levnadsnivå"])]),
        planning=("ja", "Behandlingsplan 2015-03-04 i tabell med mål, insats, ansvarig, tidpunkt.", [(Fs["plan"], ["Behandlingsplan – BCA öppenvård"])]),
        follow_up=("ja", "Utvärderingssamtal 2015-05-27 och 2015-08-26 med utfall.", [(Fs["jou"], ["2015-05-27 Utvärderingssamtal", "2015-08-26 Utvärderingssamtal"])]),
        assignment_description=("ja", "Uppdrag till utförare med a–f, överlämnat 2015-02-20 (i uppdraget och journal).", [(Fs["upp"], ["UPPDRAG TILL UTFÖRARE", "Kontaktuppgifter"]), (Fs["jou"], ["uppdraget lämnat skriftligt"])], "abcdefg"))
    return dict(case_id="arvika_IFO-2015-0087", committee="Arvika", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 14 Arvika – odt; no assessment; undated follow-up; thin form
@case
def arvika_14():
    c = dict(muni="arvika", dnr="IFO.2014.0733", name="Roger Persson", pnr="19010102-6611",
             handl=("Kjell Andersson", "Socialsekreterare vuxen", "0570-817 55", "kjell.andersson@arvika.se"),
             u_start="2014-11-03", u_klar="2014-11-10", b_date="2014-11-11", b_period="2014-11-17 – 2015-05-16",
             beslutsfattare=("Lars Ekström", "Enhetschef IFO vuxen"),
             aktual="Roger kom till socialkontoret 2014-11-03 efter att ha blivit utslängd av sin sambo och ansökte om behandlingshem.",
             kallor="Ett samtal 2014-11-03 och ett telefonsamtal 2014-11-07. AUDIT ifylld på plats.",
             miss="Roger uppger att han druckit \"för mycket\" sedan han blev arbetslös. AUDIT 27 p.",
             boende="Bostadslös sedan 2014-11-01, sover hos en bror.",
             halsa="Uppger att han mår dåligt, inga uppgifter från vården.",
             syss="Arbetslös sedan våren 2014 (fd lastbilschaufför, körkort indraget).",
             egen="\"Jag måste bort härifrån, annars super jag ihjäl mig.\" Roger vill till ett behandlingshem så fort som möjligt.",
             forslag="Roger beviljas HVB-placering vid Västanviks behandlingshem fr.o.m. 2014-11-17.",
             beslut_text="Roger Persson beviljas institutionsvård vid Västanviks behandlingshem 2014-11-17 – 2015-05-16.")
    U = utredning(c, title="Utredning", assess_title="5. Bedömning",
                  assess=[("p", "Ingen fördjupad bedömning har gjorts då placeringen brådskade. AUDIT-resultatet (27 p) tyder enligt manualen på sannolikt beroende.")])
    B = beslut(c, reasons=[("p", "Roger ansöker själv om behandlingshem och har uppgett att han inte klarar sig hemma.")], reasons_title="Motivering")
    c.update(upp_b="Behandling på HVB (12-steg och KBT), tester, arbetsträning i hemmets verkstad. Genomförandeplan inom 3 veckor.",
             upp_c=["Roger är nykter under vistelsen.", "Roger har genomgått primärbehandling till februari 2015.", "Roger har en boendeplan klar innan utskrivning 2015-05-16."],
             upp_d_when="efter sex veckor")
    A = [("h1", "Uppdrag till utförare – institutionsvård"), ("kv", [("Beställare", "Arvika kommun, Socialförvaltningen"), ("Utförare", "Västanviks behandlingshem"), ("Klient", c["name"]), ("Period", c["b_period"])])]
    A += uppdrag_sections(c, set("bcde"))
    A += [("p", "Fakturor skickas till: Arvika kommun, Socialförvaltningen, Box 301, 671 26 Arvika.")]
    VP = [("h1", "VÅRDPLAN – institutionsvård"), ("kv", [("Klient", c["name"]), ("Dnr", c["dnr"]), ("Datum", "2014-12-02"), ("Närvarande", "Roger, Kjell Andersson (soc), Eva Söder (Västanvik)")]),
          ("table", [["Mål", "Insats", "Ansvarig", "Tid"],
                     ["Nykter hela vistelsen (alla tester neg.)", "Tester 2 ggr/v, 12-stegsgrupp dagligen", "Västanvik – Eva Söder", "2014-11-17 – 2015-05-16"],
                     ["Genomförd primärbehandling steg 1–5", "Gruppbehandling + enskilda samtal", "Västanvik", "Senast 2015-02-28"],
                     ["Eget boende vid utskrivning", "Bostadsansökan Arvikahem, kontakt bostadssamordnare", "Kjell Andersson (soc); Roger", "Ansökan senast 2015-03-31"],
                     ["Sysselsättning", "Kontakt AF, arbetsträning i verkstaden", "Roger; Eva Söder", "Fr.o.m. 2015-01-15"]], None)]
    R = [("h1", "Västanviks behandlingshem"), ("b", "Rapport från behandlingskonferens – Roger P."),
         ("p", "Deltagare: Roger, Eva Söder (kontaktperson), Kjell Andersson (soc, via telefon)."),
         ("p", "Roger har varit nykter sedan inskrivningen, samtliga tester negativa. Primärbehandlingen (steg 1–5) är genomförd. Han arbetstränar i verkstaden fyra dagar i veckan och har lämnat in en bostadsansökan till Arvikahem. Han har haft en permission som fungerade väl. Vi föreslår att placeringen fortsätter enligt plan med utslussning från april."),
         ("p", "Eva Söder\nBehandlingsassistent, Västanvik")]
    J = journal(c, [
        ("2014-11-03", "Besök", "Kl. på besök, ansöker om behandlingshem. Akut situation, bor hos bror. AUDIT ifylld."),
        ("2014-11-11", "Beslut", "Beslut HVB Västanvik."),
        ("2014-11-17", "Inskrivning", "Kl. inskriven på Västanvik."),
        ("2014-12-02", "Vårdplan", "Vårdplan upprättad på Västanvik."),
        ("2015-05-18", "Avslut", "Beslutet har upphört 2015-05-16. Ärendet avslutas."),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", upp="uppdrag_Vastanvik.pdf", vp="vardplan.pdf", rap="rapport_Vastanvik.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="odt", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="odt", blocks=B),
            dict(file=Fs["upp"], type="uppdragsbeskrivning", prod="odt", blocks=A), dict(file=Fs["vp"], type="vårdplan", prod="odt", blocks=VP),
            dict(file=Fs["rap"], type="rapport från utförare (behandlingskonferens)", prod="odt", blocks=R, opts=dict(header="Västanviks behandlingshem – HVB", footer_prefix="")),
            dict(file=Fs["jou"], type="journalanteckningar", prod="odt", blocks=J)]
    crit = dict(
        needs_assessment=("nej", "Bedömningsrubriken säger att ingen fördjupad bedömning gjorts; bara AUDIT-resultat och klientens egna ord; beslutets motivering är klientens önskan.", []),
        planning=("ja", "Vårdplan 2014-12-02 med mål, insats, ansvarig och tid.", [(Fs["vp"], ["VÅRDPLAN – institutionsvård"])]),
        follow_up=("delvis", "Rapport från behandlingskonferens med utfall, men odaterad och ingen daterad uppföljning i journalen.", [(Fs["rap"], ["Rapport från behandlingskonferens"])]),
        assignment_description=("delvis", "Skriftligt uppdrag med b–e men utan socialtjänstens bedömning, utan handläggarens namn/kontakt och utan uppgift om när det lämnades.",
                                [(Fs["upp"], ["Uppdrag till utförare – institutionsvård"])], "bcde"))
    return dict(case_id="arvika_IFO-2014-0733", committee="Arvika", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 15 Arvika – groff; empty plan form; follow-up on a scanned journal page
@case
def arvika_15():
    c = dict(muni="arvika", dnr="IFO.2015.0301", name="Linda Gustafsson", pnr="19020502-8824",
             handl=("Sanna Brodin", "Soc.sekr., Vuxenteamet", "0570-817 42", "sanna.brodin@arvika.se"),
             u_start="2015-03-02", u_klar="2015-03-27", b_date="2015-03-31", b_period="2015-04-07 – 2015-09-30",
             beslutsfattare=("Lars Ekström", "Enhetschef IFO vuxen"),
             aktual="Orosanmälan från Familjeenheten 2015-02-24 (Linda är mamma till en 4-åring som bor hos pappan). Linda ansökte om hjälp 2015-03-02.",
             kallor="Samtal 2015-03-04, 2015-03-11, 2015-03-20. DUDIT. U-prov via BCA. Kontakt med Familjeenheten och BCA-läkare.",
             miss="Amfetamin sedan 2011, senaste halvåret 2–3 ggr/vecka. Cannabis ibland. DUDIT 27 p. U-prov 2015-03-11 pos. amfetamin.",
             boende="Hyresrätt i Arvika. Skulder hos KFM ca 40 000 kr.",
             halsa="ADHD-diagnos (2010), ej medicinerad p.g.a. missbruket. Sömnproblem.",
             syss="Studerar på Komvux halvtid, avbrott i februari. Umgänge med dottern varannan helg under förutsättning att hon är drogfri.",
             egen="Linda vill bli drogfri för att kunna ha mer umgänge med dottern och få ADHD-medicin.",
             forslag="Linda beviljas ÖV vid BCA (KBT/MI, U-prov) 2015-04-07 – 2015-09-30.",
             beslut_text="Linda Gustafsson beviljas öppenvård vid Beroendecentrum Arvika (KBT/MI-samtal, övervakade urinprov).")
    assess = [("p", "5.1 Linda har ett amfetaminberoende som styr hennes vardag och begränsar umgänget med dottern. Hon har en obehandlad ADHD som hon delvis självmedicinerar med amfetamin, och hennes studier har avbrutits."),
              ("p", "5.2 Samlad bedömning av hjälpbehovet: Linda behöver bli drogfri och få hjälp att hålla sig drogfri, få sin ADHD behandlad (vilket förutsätter drogfrihet och läkarkontakt) och komma tillbaka till studierna. ÖV vid BCA ger både psykosocial behandling (KBT/MI) och läkarkontakt under samma tak, och övervakade urinprov ger det underlag Familjeenheten och läkaren behöver. Umgänget med dottern är en stark drivkraft och talar för att insatsen ges på hemorten.")]
    U = utredning(c, title="UTREDNING – ÖV vuxen", assess_title="5. Bedömning av hjälpbehov", assess=assess)
    B = beslut(c, reasons=[("p", "Linda behöver behandling för sitt amfetaminberoende och läkarkontakt för ADHD; ÖV vid BCA svarar mot detta, se utredning 5.1–5.2.")])
    c.update(upp_a="Linda har ett amfetaminberoende (DUDIT 27) och obehandlad ADHD; hon behöver bli och förbli drogfri, få ADHD-behandling och återgå i studier. ÖV vid BCA med KBT/MI, läkarkontakt och övervakade U-prov svarar mot detta och möjliggör umgänge med dottern.",
             upp_b="KBT/MI-samtal varje vecka, övervakade U-prov 2 ggr/vecka, läkarbedömning ADHD när 8 veckors drogfrihet uppnåtts.",
             upp_c=["Drogfri, 8 veckor negativa U-prov i följd senast 2015-06-30.", "Påbörjad ADHD-medicinering senast 2015-08-31.", "Återupptagna studier hösten 2015."],
             upp_d_when="efter åtta veckor (juni)")
    M = [("h1", "E-post"), email_block("Brodin Sanna <sanna.brodin@arvika.se>", "BCA öppenvård <bca.oppenvard@arvika.se>", "2015-04-01 14:36", "Uppdrag L.G. IFO.2015.0301", attach="Uppdrag_LG.pdf"),
         ("p", "Hej! Här kommer uppdragsbeskrivning för L.G. Start 7/4. /Sanna"),
         ("h1", "Uppdragsbeskrivning")]
    M += uppdrag_sections(c, set("abcde"))
    M += [("h2", "6. Handläggare"), ("p", "%s, %s, tel %s, %s" % c["handl"])]
    P = [("h1", "GENOMFÖRANDEPLAN"), ("p", "Beroendecentrum Arvika – öppenvård"),
         ("kv", [("Klient", ""), ("Datum", ""), ("Kontaktperson", "")]),
         ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [" ", " ", " ", " "], [" ", " ", " ", " "]], [5, 5, 3, 2.5]),
         ("kv", [("Uppföljning", ""), ("Klientens underskrift", "")])]
    J = journal(c, [
        ("2015-03-31", "Beslut", "ÖV BCA beviljad. /SB"),
        ("2015-04-01", "Uppdrag", "Uppdragsbeskrivning mejlad till BCA. /SB"),
        ("2015-04-07", "Start", "Kl. har börjat på BCA enl. Ulrika N (beh.). /SB"),
        ("2015-04-22", "Genomförandeplan", "Mall för genomförandeplan skickad från BCA, ej ifylld. Ulrika ska fylla i vid nästa samtal. /SB"),
        ("2015-05-19", "Tel. Familjeenheten", "Fråga om provsvar inför umgänge. Kl. har gett samtycke. /SB"),
        ("2015-06-11", "Utvärderingssamtal", "Utvärderingssamtal på BCA. Kl., Ulrika Nyberg (BCA) och handl. Kl. har lämnat 16 U-prov sedan start, alla negativa sedan v. 17 (7 veckor). Går på samtal varje vecka, har missat ett. Läkartid för ADHD-bedömning bokad 2015-07-02. Umgänget med dottern utökat till varannan helg + en vardag. Kl. nöjd. Fortsatt enligt uppdraget, nästa utvärdering i september. /SB"),
        ("2015-09-17", "Utvärderingssamtal", "Kl. och Ulrika N. Kl. drogfri sedan april, medicineras sedan augusti. Har börjat Komvux 50 %. Insatsen förlängs t.o.m. 2015-12-31. /SB"),
    ])
    k = J.index(("b", "2015-06-11  Utvärderingssamtal"))
    J = J[:k] + [("pb",)] + J[k:]
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", mail="e-post_uppdrag.pdf", gfp="genomforandeplan_BCA.pdf", jou="journal_skannad.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="groff", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="groff", blocks=B),
            dict(file=Fs["mail"], type="e-post med uppdragsbeskrivning", prod="groff", blocks=M), dict(file=Fs["gfp"], type="genomförandeplan (tom mall)", prod="groff", blocks=P, layout="form"),
            dict(file=Fs["jou"], type="journalanteckningar (utskrift, sida 2 inskannad)", prod="groff", blocks=J, scan=[2], layout="single-column, page 2 scanned")]
    crit = dict(
        needs_assessment=("ja", "Bedömning av hjälpbehov 5.1–5.2: behov och varför ÖV vid BCA.", [(Fs["utr"], ["5.1 Linda har ett amfetaminberoende", "insatsen ges på hemorten"])]),
        planning=("nej", "Genomförandeplanen är en tom mall (alla fält tomma); journalen bekräftar att den inte fyllts i.", []),
        follow_up=("ja", "Utvärderingssamtal 2015-06-11 och 2015-09-17 med utfall (på inskannad journalsida).", [(Fs["jou"], "pages", [2])]),
        assignment_description=("ja", "E-post 2015-04-01 med uppdragsbeskrivning a–f.", [(Fs["mail"], ["Uppdrag L.G.", "6. Handläggare"]), (Fs["jou"], ["Uppdragsbeskrivning mejlad till BCA"])], "abcdefg"))
    return dict(case_id="arvika_IFO-2015-0301", committee="Arvika", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 16 Arvika – chromium; HVB, all documented; beslut page rotated
@case
def arvika_16():
    c = dict(muni="arvika", dnr="IFO.2015.0456", name="Ola Eriksson", pnr="19000306-4495",
             handl=("Kjell Andersson", "Socialsekreterare vuxen", "0570-817 55", "kjell.andersson@arvika.se"),
             u_start="2015-03-16", u_klar="2015-04-24", b_date="2015-04-28", b_period="2015-05-04 – 2015-10-31",
             beslutsfattare=("Lars Ekström", "Enhetschef IFO vuxen"),
             aktual="Ola ansökte 2015-03-12 om behandlingshem efter att ha avgiftats på CSK Karlstad för fjärde gången sedan 2013.",
             kallor="Fyra samtal, ASI-grund 2015-03-25, AUDIT, läkarintyg från BCA, samtal med Olas syster.",
             miss="Alkoholberoende sedan 25 år, sprit dagligen. AUDIT 34 p. Fyra avgiftningar 2013–2015. ÖV vid BCA 2014 avbruten efter fem veckor.",
             boende="Hyresrätt i Arvika, hyresskuld 2 mån.",
             halsa="Diabetes typ 2, dåligt inställd. Polyneuropati. Nedstämdhet.",
             syss="Förtidspensionär. Syster i Glava är enda kontakten.",
             egen="Ola säger att han \"inte har något kvar att förlora\" och vill åka på behandlingshem i ett halvår.",
             forslag="Ola beviljas HVB vid Granbacka behandlingshem 2015-05-04 – 2015-10-31.",
             beslut_text="Ola Eriksson beviljas institutionsvård vid Granbacka behandlingshem (HVB) 2015-05-04 – 2015-10-31.")
    assess = [("p", "5.1 Ola har ett mycket långvarigt och svårt alkoholberoende med täta avgiftningar, och hans kroppsliga hälsa (diabetes, nervskador) är allvarligt hotad av fortsatt drickande. ÖV har prövats 2014 men avbröts efter fem veckor. Han lever isolerat och har ett litet nätverk."),
              ("p", "5.2 Handläggarens analys: Ola behöver en sammanhållen period av nykterhet med medicinsk tillsyn för att diabetes och nedstämdhet ska kunna behandlas, behandling för beroendet och träning i att klara vardagen nykter. Detta kan inte ges i ÖV nu. Granbacka erbjuder 12-steg och KBT, sjuksköterska dagligen och samverkan med vårdcentral, vilket svarar mot detta. Efter hemkomst behöver ÖV och boendestöd planeras.")]
    U = utredning(c, title="UTREDNING – Vuxen, missbruk", assess_title="5. Analys", assess=assess)
    B = beslut(c, reasons=[("p", "Ola behöver vård utanför hemmet med medicinsk tillsyn för sitt alkoholberoende och sin diabetes; ÖV har inte räckt. Se utredningens analys.")])
    c.update(upp_a="Ola har ett svårt, långvarigt alkoholberoende (AUDIT 34, fyra avgiftningar) och dåligt inställd diabetes och nedstämdhet; ÖV 2014 avbröts. Han behöver sammanhållen nykterhet med medicinsk tillsyn, beroendebehandling och vardagsträning – vilket kräver HVB.",
             upp_b="Behandling enligt 12-steg/KBT, SSK-tillsyn av diabetes och kontakt med vårdcentral, alkoholtester, ADL-träning, utslussning med planering av ÖV och boendestöd i Arvika.",
             upp_c=["Ola är nykter hela placeringen.", "HbA1c förbättrat vid utskrivning jämfört med inskrivning.", "Planerad ÖV och boendestöd i Arvika beslutade före 2015-10-31."],
             upp_d_when="efter sex veckor")
    A = [("h1", "UPPDRAG / AVTAL OM KÖP AV PLATS"), ("kv", [("Beställare", "Socialnämnden i Arvika"), ("Utförare", "Granbacka behandlingshem AB"), ("Klient", "%s, %s" % (c["name"], c["pnr"])),
                                                           ("Period", c["b_period"]), ("Avtalet skickat", "2015-04-29 per e-post till granbacka.intag@granbacka-hvb.se")])]
    A += uppdrag_sections(c, set("abcde"))
    A += [("h2", "6. Ansvarig handläggare"), ("p", "%s, tel %s, %s" % (c["handl"][0], c["handl"][2], c["handl"][3]))]
    G = [("h1", "Genomförandeplan"), ("p", "Granbacka behandlingshem – upprättad 2015-05-18 med Ola och kontaktperson Birgitta Ros"),
         ("table", [["Mål", "Så här gör vi", "Vem", "När", "Uppföljs"],
                    ["Nykter hela vistelsen", "Alkotest dagligen, 12-stegsgrupp", "Birgitta Ros", "2015-05-04 – 2015-10-31", "Vid varje beh.konferens"],
                    ["Bättre blodsocker (HbA1c < 60)", "SSK-kontroller, kost, VC-besök", "SSK Jonas Hed", "Prov juni, aug, okt", "HbA1c-värden"],
                    ["Klara vardagen nykter", "ADL-träning, egen matlagning 2 dagar/v", "Ola; Birgitta Ros", "Fr.o.m. juni", "Skattning ADL"],
                    ["Plan efter utskrivning", "Möte med soc. om ÖV och boendestöd", "Kjell Andersson, soc.", "Senast 2015-10-15", "Beslut fattat"]], None)]
    J = journal(c, [
        ("2015-04-28", "Beslut", "HVB Granbacka beviljat."),
        ("2015-04-29", "Uppdrag", "Uppdrag/avtal skickat per e-post till Granbacka."),
        ("2015-05-04", "Inskrivning", "Kl. inskriven."),
        ("2015-06-16", "Behandlingskonferens", "Granbacka, kl., handl. på plats. Kl. nykter sedan inskrivning. HbA1c sjunkit från 78 till 64. Deltar i grupp, lagar mat själv två dagar/v och trivs bra med personallen. Målen kvarstår oförändrade."),
        ("2015-09-22", "Behandlingskonferens", "Kl. fortsatt nykter. HbA1c 57 (mål uppnått). Utslussning påbörjad. Ansökan om ÖV BCA och boendestöd upprättad vid mötet, beslut före 15/10."),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", avt="uppdrag_avtal_Granbacka.pdf", gfp="genomforandeplan.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="chromium", blocks=U),
            dict(file=Fs["bsl"], type="beslut", prod="chromium", blocks=B, rotate="1", objstreams=True, layout="rotated 90 (/Rotate)"),
            dict(file=Fs["avt"], type="uppdragsbeskrivning (uppdrag/avtal om köp av plats)", prod="chromium", blocks=A, objstreams=True),
            dict(file=Fs["gfp"], type="genomförandeplan", prod="odt", blocks=G, opts=dict(header="Granbacka behandlingshem AB")),
            dict(file=Fs["jou"], type="journalanteckningar", prod="chromium", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Analys 5.1–5.2: behoven och varför HVB med medicinsk tillsyn.", [(Fs["utr"], ["5.1 Ola har ett mycket långvarigt", "boendestöd planeras"]), (Fs["bsl"], ["Ola behöver vård utanför hemmet"])]),
        planning=("ja", "Genomförandeplan 2015-05-18 med mål, åtgärd, vem, när.", [(Fs["gfp"], ["Genomförandeplan"])]),
        follow_up=("ja", "Behandlingskonferenser 2015-06-16 och 2015-09-22 med utfall.", [(Fs["jou"], ["2015-06-16 Behandlingskonferens", "2015-09-22 Behandlingskonferens"])]),
        assignment_description=("ja", "Uppdrag/Avtal om köp av plats med a–f och sändningsdatum 2015-04-29.", [(Fs["avt"], ["UPPDRAG / AVTAL OM KÖP AV PLATS", "6. Ansvarig handläggare"]), (Fs["jou"], ["Uppdrag/avtal skickat per e-post"])], "abcdefg"))
    return dict(case_id="arvika_IFO-2015-0456", committee="Arvika", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 17 Gotland – assembled PDF with cover (chromium + odt parts); SIP
@case
def gotland_17():
    c = dict(muni="gotland", dnr="SON 2015/389", name="Eva Larsson", pnr="19011209-2585",
             handl=("Frida Hejdström", "Socialsekreterare, myndighet vuxen", "0498-26 93 18", "frida.hejdstrom@gotland.se"),
             u_start="2015-03-02", u_klar="2015-04-02", b_date="2015-04-07", b_period="2015-04-13 – 2015-12-31",
             beslutsfattare=("Anders Wallin", "Sektionschef vuxen"),
             aktual="Remiss 2015-02-26 från Beroendemottagningen Visby (Region Gotland, hälso- och sjukvård) efter avgiftning; Eva ansökte 2015-03-02 om ÖV.",
             kallor="Tre samtal, ASI-grund 2015-03-16, AUDIT, PEth, samverkansmöte med Beroendemottagningen och psykiatrin 2015-03-25.",
             miss="Alkohol dagligen sedan ca 5 år, tidigare periodvis. AUDIT 26 p. Avgiftad 2015-02-18 – 2015-02-24. Antabus ordinerat.",
             boende="Hyresrätt i Visby. Skuldsanering pågår.",
             halsa="Bipolär sjukdom typ 2, behandlas inom psykiatrin (litium). Högt blodtryck.",
             syss="Sjukersättning 50 %, arbetar 50 % på en butik (säsong). En vuxen dotter i Stockholm.",
             egen="Eva vill vara nykter och vill att psykiatrin och socialtjänsten \"pratar med varandra\" så att hon slipper berätta allt flera gånger.",
             forslag="Eva beviljas ÖV vid Beroendeenheten Visby (ÅP, CRA) samt att en SIP upprättas med psykiatrin och Beroendemottagningen.",
             beslut_text="Eva Larsson beviljas öppenvård vid Beroendeenheten Visby (ÅP och CRA) 2015-04-13 – 2015-12-31.")
    assess = [("p", "5.1 Eva har ett alkoholberoende som trots avgiftning och Antabus riskerar att återkomma; hon har en bipolär sjukdom där alkoholen försvårar behandlingen och ökar risken för skov. Hon har bostad och delvis arbete."),
              ("p", "5.2 Socialtjänstens analys: Eva behöver psykosocial behandling för att hålla sig nykter (ÅP och CRA), en samordning mellan psykiatri, Beroendemottagningen och socialtjänsten så att insatserna inte motverkar varandra, och stöd att behålla arbetet. ÖV på Beroendeenheten i kombination med en SIP svarar mot detta. Placering utanför Gotland skulle bryta den psykiatriska kontakten och bedöms inte nödvändig.")]
    U = utredning(c, title="UTREDNING – Vuxen beroende", assess_title="5. Socialtjänstens analys", assess=assess)
    B = beslut(c, reasons=[("p", "Eva behöver behandling för att förbli nykter och samordnade insatser med psykiatrin. ÖV vid Beroendeenheten tillsammans med SIP tillgodoser detta (utredning avsnitt 5).")])
    c.update(upp_a="Eva har alkoholberoende (AUDIT 26) och bipolär sjukdom; alkoholen försvårar psykiatrisk behandling. Hon behöver ÅP/CRA för att förbli nykter, samordning med psykiatri och Beroendemottagningen (SIP) och stöd att behålla arbetet. ÖV i Visby bevarar den psykiatriska kontakten.",
             upp_b="ÅP i grupp (10 ggr), CRA-samtal varannan vecka, PEth var 4:e vecka, deltagande i SIP-möten.",
             upp_c=["Nykter, PEth < 0,05 senast 2015-06-30.", "Eva behåller sin 50 %-anställning under insatsen.", "SIP upprättad och följd upp minst två gånger under 2015."],
             upp_d_when="via SIP-uppföljning (första i juni)", cover_date="2015-09-30", cover_by="F. Hejdström, handl.")
    M = [("h1", "E-post"), email_block("Hejdström Frida <frida.hejdstrom@gotland.se>", "Beroendeenheten Visby <beroendeenheten@gotland.se>", "den 8 april 2015 09:03", "Uppdrag – E.L. SON 2015/389", attach="Uppdrag_EL.pdf"),
         ("p", "Hej! Bifogar uppdrag för E.L. som börjar 13/4. SIP-möte bokat 22/4 kl 13 på Beroendemottagningen. /Frida"),
         ("h1", "Uppdragsbeskrivning")]
    M += uppdrag_sections(c, set("abcde"))
    M += [("h2", "6. Ansvarig handläggare"), ("p", "%s, %s, tel %s, %s" % c["handl"])]
    SIP = [("h1", "Samordnad individuell plan (SIP)"), ("kv", [("Namn", c["name"]), ("Datum", "2015-04-22"), ("Plats", "Beroendemottagningen, Visby lasarett"),
            ("Deltagare", "Eva; Frida Hejdström (soc.); Petra Gahne (Beroendeenheten); Dr Olof Stenberg (psykiatri); Karin Öberg SSK (Beroendemottagningen)"),
            ("Huvudansvarig för samordning", "Frida Hejdström, socialtjänsten")]),
           ("b", "Evas egna mål: \"Vara nykter, må stabilt och jobba kvar i butiken.\""),
           ("table", [["Mål", "Insats", "Ansvarig", "Tidpunkt"],
                      ["Nykter (PEth < 0,05)", "ÅP-grupp, CRA, Antabus", "Petra Gahne (BE); Karin Öberg SSK", "2015-04-13 – 2015-06-30"],
                      ["Stabilt stämningsläge", "Litiumkontroller, läkarbesök var 6:e vecka", "Dr Olof Stenberg", "Fortlöpande, kontroll 2015-05-20"],
                      ["Behålla arbete 50 %", "CRA-modul arbete, kontakt med arbetsgivare vid behov", "Eva; Petra Gahne", "T.o.m. 2015-12-31"]], None),
           ("p", "Uppföljning av SIP: 2015-06-17 kl. 13.00. Samtycke till informationsutbyte: ja, skriftligt.")]
    J = journal(c, [
        ("2015-04-07", "Beslut", "ÖV beviljad. /FH"),
        ("2015-04-08", "Uppdrag", "Uppdrag mejlat till Beroendeenheten. /FH"),
        ("2015-04-22", "SIP", "SIP upprättad. /FH"),
        ("2015-06-17", "SIP-uppföljning", "Alla från 22/4. Eva nykter sedan start, PEth 2015-06-05 < 0,05 (mål 1 uppnått). Stämningsläget stabilt, litiumvärde ok. Jobbar 50 % i butiken. Fortsatt enligt plan; nästa SIP-uppf. 2015-10-14. /FH"),
        ("2015-08-24", "Tel. Petra G.", "Kort återfall i juli (midsommar), Eva tog själv kontakt, fortsatt deltagande. /FH"),
    ])
    Fs = "akt_SON-2015-389_komplett.pdf"
    docs = [dict(file=Fs, type="samlad akt med försättsblad (utredning, beslut, uppdrag, SIP, journal)", prod="chromium",
                 cover=cover(c, [("Utredning", "2015-04-02"), ("Beslut", "2015-04-07"), ("E-post med uppdragsbeskrivning", "2015-04-08"), ("SIP", "2015-04-22"), ("Journal", "2015-04-07 – 2015-08-24")], title="Försättsblad – akt"),
                 parts=[dict(blocks=U, prod="chromium"), dict(blocks=B, prod="odt"), dict(blocks=M, prod="chromium"), dict(blocks=SIP, prod="odt"), dict(blocks=J, prod="chromium")],
                 objstreams=True, layout="assembled with cover page")]
    crit = dict(
        needs_assessment=("ja", "Socialtjänstens analys 5.1–5.2: behov och varför ÖV + SIP.", [(Fs, ["5.1 Eva har ett alkoholberoende", "bedöms inte nödvändig"]), (Fs, ["Eva behöver behandling för att förbli nykter"])]),
        planning=("ja", "SIP 2015-04-22 med mål, insats, ansvarig och tidpunkt.", [(Fs, ["Samordnad individuell plan (SIP)"])]),
        follow_up=("ja", "SIP-uppföljning 2015-06-17 med utfall.", [(Fs, ["SIP-uppföljning"])]),
        assignment_description=("ja", "E-post 2015-04-08 med uppdragsbeskrivning a–f.", [(Fs, ["Uppdrag – E.L.", "6. Ansvarig handläggare"]), (Fs, ["Uppdrag mejlat till Beroendeenheten"])], "abcdefg"))
    return dict(case_id="gotland_SON-2015-389", committee="Gotland", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 18 Gotland – groff; conclusion only, no plan, no follow-up, no assignment
@case
def gotland_18():
    c = dict(muni="gotland", dnr="SON 2014/1021", name="Mats Hedlund", pnr="19000115-7717",
             handl=("Jonas Klintberg", "Socialsekreterare vuxen", "0498-26 93 40", "jonas.klintberg@gotland.se"),
             u_start="2014-11-17", u_klar="2014-12-12", b_date="2014-12-16", b_period="2015-01-07 – 2015-06-30",
             beslutsfattare=("Anders Wallin", "Sektionschef vuxen"),
             aktual="Mats ansökte 2014-11-13 om stöd efter att ha blivit dömd för rattfylleri; frivården rekommenderade kontakt.",
             kallor="Två samtal (2014-11-24, 2014-12-08), AUDIT, PEth.",
             miss="Alkohol, helgdrickande i stora mängder, AUDIT 18 p, PEth 0,41. Rattfylleri okt 2014.",
             boende="Bor i eget hus i Hemse, ensamstående.",
             halsa="Inga kända sjukdomar.",
             syss="Arbetar som snickare. Har en son som bor på fastlandet.",
             egen="Mats tycker inte att han har \"några stora problem\" men vill visa domstolen och arbetsgivaren att han gör något.",
             forslag="Mats beviljas ÖV vid Beroendeenheten Visby (samtal).",
             beslut_text="Mats Hedlund beviljas öppenvård vid Beroendeenheten Visby (individuella samtal) 2015-01-07 – 2015-06-30. Insatsen verkställs av Beroendeenheten.")
    U = utredning(c, title="Utredning – vuxen", assess_title="5. Handläggarens slutsats",
                  assess=[("p", "Mats bedöms vara i behov av öppenvård i form av samtal på Beroendeenheten.")])
    B = beslut(c, reasons=[("p", "Mats bedöms ha behov av insatsen.")])
    J = journal(c, [
        ("2014-12-16", "Beslut", "Beslut om ÖV. Beroendeenheten informerad per telefon att kl. blir aktuell; plan kommer att upprättas vid första samtalet. /JK"),
        ("2015-01-07", "Start", "Kl. har haft första samtal på Beroendeenheten. /JK"),
        ("2015-02-10", "Tel. kl.", "Kl. ringer ang. intyg till frivården. Intyg om att han har kontakt med Beroendeenheten skickat. /JK"),
        ("2015-04-15", "Planerat hembesök", "Planerat hembesök i Hemse ställdes in, kl. på jobb. /JK"),
        ("2015-06-30", "Avslut", "Beslutsperioden har löpt ut. Ingen uppföljning har gjorts under perioden. Kl. har inte ansökt om förlängning. Ärendet avslutas. /JK"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="groff", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="groff", blocks=B), dict(file=Fs["jou"], type="journalanteckningar", prod="groff", blocks=J)]
    crit = dict(
        needs_assessment=("delvis", "Endast slutsatsen att han 'bedöms vara i behov av öppenvård'; inga behov eller skäl.", [(Fs["utr"], ["Mats bedöms vara i behov av öppenvård"]), (Fs["bsl"], ["Mats bedöms ha behov av insatsen."])]),
        planning=("nej", "Ingen plan; journalen säger bara att en plan 'kommer att upprättas'; 'planerat hembesök' är ingen plan.", []),
        follow_up=("nej", "Journalen 2015-06-30: 'Ingen uppföljning har gjorts under perioden'.", []),
        assignment_description=("nej", "Inget skriftligt uppdrag; utföraren informerades per telefon och beslutet nämner bara verkställande enhet.", []))
    return dict(case_id="gotland_SON-2014-1021", committee="Gotland", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 19 Gotland – odt; HVB on the mainland; scanned läkarintyg; behandlingskonferens
@case
def gotland_19():
    c = dict(muni="gotland", dnr="SON 2015/0077", name="Sofia Nilsson", pnr="19010721-1928",
             handl=("Frida Hejdström", "Socialsekreterare, myndighet vuxen", "0498-26 93 18", "frida.hejdstrom@gotland.se"),
             u_start="2015-01-19", u_klar="2015-02-20", b_date="2015-02-24", b_period="2015-03-02 – 2015-08-31",
             beslutsfattare=("Anders Wallin", "Sektionschef vuxen"),
             aktual="Orosanmälan från Beroendemottagningen Visby 2015-01-14 efter upprepade akutbesök; Sofia ansökte själv 2015-01-19 om behandlingshem.",
             kallor="Samtal 2015-01-26, 2015-02-04, 2015-02-13. ASI-grund 2015-02-04. AUDIT/DUDIT. Läkarintyg Beroendemottagningen (bil.). Samtal med mamma.",
             miss="Alkohol och bensodiazepiner (köpta illegalt) sedan 2012. AUDIT 29, DUDIT 18. Tre akutbesök med intoxikation hösten 2014.",
             boende="Hyresrätt i Visby, hyran betald. Pojkvän med missbruk bor periodvis hos henne.",
             halsa="PTSD-symtom efter våld i tidigare relation. Sömnproblem. Inga somatiska sjukdomar.",
             syss="Arbetslös sedan 2013. Mamma på Gotland är ett stöd.",
             egen="Sofia vill komma ifrån Gotland ett tag, bort från pojkvännen, och vill ha ett behandlingshem för kvinnor.",
             forslag="Sofia beviljas HVB vid Solviks kvinnobehandling (Södermanland) 2015-03-02 – 2015-08-31.",
             beslut_text="Sofia Nilsson beviljas institutionsvård vid Solviks kvinnobehandling (HVB) 2015-03-02 – 2015-08-31.")
    assess = [("p", "Sofias bruk av alkohol och illegala bensodiazepiner har lett till upprepade förgiftningar och är livshotande. Hon har traumasymtom efter våld och lever med en partner som själv missbrukar, vilket gör det mycket svårt för henne att bli drogfri i sin nuvarande miljö på Gotland."),
              ("p", "Sammantaget ser socialtjänsten att Sofia behöver avstånd från sin nuvarande miljö, en trygg och drogfri boendemiljö, behandling för beroendet och traumamedveten behandling för PTSD-symtomen. ÖV på Gotland kan inte ge den skyddade miljön. Solviks kvinnobehandling har traumamedveten KBT och enbart kvinnliga klienter och motsvarar därmed det som krävs. Inför hemkomst ska boende och fortsatt ÖV planeras.")]
    U = utredning(c, title="Utredning – vuxen beroende (SoL 11:1)", assess_title="5. Sammanfattande överväganden", assess=assess)
    B = beslut(c, reasons=[("p", "Se utredningens sammanfattande överväganden. Sofia behöver vård i skyddad miljö utanför Gotland med traumamedveten behandling.")])
    c.update(upp_a="Sofia har ett livshotande bruk av alkohol och bensodiazepiner (AUDIT 29, DUDIT 18), PTSD-symtom efter våld och en partner med missbruk. Hon behöver avstånd, en trygg drogfri miljö, beroendebehandling och traumamedveten behandling – vilket inte kan ges i ÖV på Gotland.",
             upp_b="Boende och behandling på kvinnoavdelning, KBT/ÅP, traumamedveten behandling, läkarbedömning och nedtrappning av bensodiazepiner, tester, utslussning med planering för hemkomst till Gotland.",
             upp_c=["Sofia är drogfri under vistelsen.", "Minskade PTSD-symtom (PCL-5) vid utskrivning.", "Plan för boende och ÖV på Gotland klar senast 2015-08-15."],
             upp_d_when="efter sex veckor (v. 15), via videolänk eller på plats,")
    A = [("h1", "Uppdrag / avtal om köp av plats"), ("kv", [("Köpare", "Socialnämnden, Region Gotland"), ("Utförare", "Solviks kvinnobehandling AB"), ("Klient", "%s, %s" % (c["name"], c["pnr"])), ("Period", c["b_period"])])]
    A += uppdrag_sections(c, set("abcde"))
    A += [("h2", "6. Handläggare"), ("p", "%s, tel %s, %s" % (c["handl"][0], c["handl"][2], c["handl"][3])), ("p", "Skickat till Solvik 2015-02-26 per e-post och post.")]
    G = [("h1", "Genomförandeplan"), ("p", "Solviks kvinnobehandling"), ("kv", [("Klient", "Sofia N."), ("Upprättad", "2015-03-13"), ("Kontaktperson", "Annelie Strand")]),
         ("table", [["Mål", "Aktivitet", "Ansvarig", "När"],
                    ["Drogfri", "Tester 3 ggr/v, ÅP-grupp", "Annelie Strand", "2015-03-02 – 2015-08-31"],
                    ["Avslutad nedtrappning bensodiazepiner", "Läkarschema", "Läkare Solvik", "Klart 2015-04-15"],
                    ["Minskade PTSD-symtom (PCL-5 < 33)", "Traumafokuserad KBT 12 ggr", "Psykolog Solvik", "Maj–juli 2015"],
                    ["Plan för hemkomst", "Möte med soc. om boende/ÖV", "Frida Hejdström (soc.)", "Senast 2015-08-15"]], None)]
    L = [("h1", "LÄKARINTYG"), ("p", "Region Gotland – Beroendemottagningen, Visby lasarett"),
         ("kv", [("Patient", "%s, %s" % (c["name"], c["pnr"])), ("Datum", "2015-02-11"), ("Till", "Socialförvaltningen, vuxen")]),
         ("p", "Patienten är känd på mottagningen sedan 2013. Tre akuta besök hösten 2014 med intoxikation (alkohol + bensodiazepiner). Diagnoser: F10.2, F13.2. Misstänkt PTSD, ej utredd."),
         ("p", "Bedömning: Patienten bedöms vara i behov av heldygnsvård för beroende med möjlighet till kontrollerad nedtrappning av bensodiazepiner. Ur medicinsk synvinkel föreligger inget hinder för placering på HVB."),
         ("p", "\n\nVisby 2015-02-11\nHans Lövgren, leg. läkare, specialist i psykiatri")]
    J = journal(c, [
        ("2015-02-24", "Beslut", "HVB Solvik beviljat. /FH"),
        ("2015-02-26", "Uppdrag", "Uppdrag/avtal skickat till Solvik. /FH"),
        ("2015-03-02", "Inskrivning", "Kl. ankommen till Solvik med färjan + tåg, mamma följde med. Försenade p.g.a. vädret, kom fram kl. 18 istälet för 15. /FH"),
        ("2015-04-14", "Behandlingskonferens (video)", "Solvik (Annelie S., psykolog), kl., handl. Kl. drogfri sedan inskrivning. Nedtrappningen klar 10/4. Traumabehandling startar v. 18. Kl. har själv avslutat relationen med pojkvännen. Plan oförändrad. /FH"),
        ("2015-08-12", "Behandlingskonferens", "Handl. på plats på Solvik. PCL-5 från 51 till 29. Drogfri hela vistelsen. Kl. får lägenhet via Gotlandshem (ny adress) fr.o.m. 1/9, ÖV på Beroendeenheten beviljas från 1/9 (ny utredning klar). Utskrivning 31/8 enligt plan. /FH"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", lak="lakarintyg_skannat.pdf", avt="uppdrag_avtal_Solvik.pdf", gfp="genomforandeplan_Solvik.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="odt", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="odt", blocks=B),
            dict(file=Fs["lak"], type="läkarintyg (inskannat)", prod="odt", blocks=L, opts=dict(header="", footer_prefix="", font="Liberation Sans"), scan_all=True, layout="scanned"),
            dict(file=Fs["avt"], type="uppdragsbeskrivning (uppdrag/avtal om köp av plats)", prod="odt", blocks=A),
            dict(file=Fs["gfp"], type="genomförandeplan", prod="chromium", blocks=G, opts=dict(header_left="Solviks kvinnobehandling AB", header_right="Genomförandeplan")),
            dict(file=Fs["jou"], type="journalanteckningar", prod="odt", blocks=J)]
    crit = dict(
        needs_assessment=("ja", "Sammanfattande överväganden: behov (beroende, trauma, miljö) och varför HVB (läkarintygets bedömning är därutöver).", [(Fs["utr"], ["Sofias bruk av alkohol", "fortsatt ÖV planeras"])]),
        planning=("ja", "Genomförandeplan 2015-03-13 med mål, aktivitet, ansvarig, när.", [(Fs["gfp"], ["Drogfri"])]),
        follow_up=("ja", "Behandlingskonferenser 2015-04-14 och 2015-08-12 med utfall.", [(Fs["jou"], ["Behandlingskonferens (video)", "PCL-5 från 51 till 29"])]),
        assignment_description=("ja", "Uppdrag/avtal med a–f och 'Skickat till Solvik 2015-02-26'.", [(Fs["avt"], ["Uppdrag / avtal om köp av plats", "Skickat till Solvik"]), (Fs["jou"], ["Uppdrag/avtal skickat till Solvik"])], "abcdefg"))
    return dict(case_id="gotland_SON-2015-0077", committee="Gotland", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)


# =========================================================== 20 Gotland – odt; template placeholder, vague bullets, bare follow-up note, no assignment
@case
def gotland_20():
    c = dict(muni="gotland", dnr="SON 2015/0520", name="Kent Ahlström", pnr="19020929-3371",
             handl=("Jonas Klintberg", "Socialsekreterare vuxen", "0498-26 93 40", "jonas.klintberg@gotland.se"),
             u_start="2015-04-20", u_klar="2015-05-15", b_date="2015-05-19", b_period="2015-05-25 – 2015-11-30",
             beslutsfattare=("Anders Wallin", "Sektionschef vuxen"),
             aktual="Kent ansökte 2015-04-16 om hjälp med alkohol på inrådan av sin arbetsgivare (Region Gotland, teknisk förvaltning).",
             kallor="Två samtal, AUDIT.",
             miss="Dricker öl dagligen, mer på helger. AUDIT 16.",
             boende="Bostadsrätt i Slite, sambo.",
             halsa="Högt blodtryck.",
             syss="Anställd, varning från arbetsgivaren efter bakfylla på jobbet.",
             egen="Kent vill dra ner på drickandet och behålla jobbet.",
             forslag="Kent beviljas ÖV vid Beroendeenheten Visby.",
             beslut_text="Kent Ahlström beviljas öppenvård vid Beroendeenheten Visby 2015-05-25 – 2015-11-30.")
    U = utredning(c, title="UTREDNING", assess_title="5. Bedömning",
                  assess=[("p", "[Skriv handläggarens bedömning här – vilka behov har den enskilde och hur ska de tillgodoses?]")])
    B = beslut(c, reasons=None)
    P = [("h1", "Behandlingsplan – Beroendeenheten Visby"), ("kv", [("Klient", c["name"]), ("Upprättad", "2015-06-03")]),
         ("b", "Mål"), ("ul", ["Minska alkoholen", "Må bättre", "Behålla arbetet"]),
         ("b", "Insatser"), ("ul", ["Samtal (MI/ÅP)", "Alkoholtester", "Ev. Antabus"]),
         ("p", "Planen revideras efter behov.")]
    J = journal(c, [
        ("2015-05-19", "Beslut", "Beslut om ÖV. Beroendeenheten meddelad. Uppdragsbeskrivning skickas när plats finns. /JK"),
        ("2015-05-25", "Start", "Kl. börjat på Beroendeenheten. /JK"),
        ("2015-06-03", "Behandlingsplan", "Behandlingsplan inkommen. /JK"),
        ("2015-08-19", "Uppf.", "Uppf. genomförd på BE. /JK"),
        ("2015-09-10", "Tel. arbetsgivare", "Arbetsgivaren ringer, kl. har gett samtycke. Arbetsgivaren vill ha intyg om att kl. deltar; intyg skickat. /JK"),
    ])
    Fs = dict(utr="utredning.pdf", bsl="beslut.pdf", plan="behandlingsplan.pdf", jou="journal.pdf")
    docs = [dict(file=Fs["utr"], type="utredning", prod="odt", blocks=U), dict(file=Fs["bsl"], type="beslut", prod="odt", blocks=B),
            dict(file=Fs["plan"], type="behandlingsplan", prod="odt", blocks=P), dict(file=Fs["jou"], type="journalanteckningar", prod="odt", blocks=J)]
    crit = dict(
        needs_assessment=("nej", "Bedömningsrubriken innehåller bara mallens platshållartext; beslutet saknar skäl.", []),
        planning=("delvis", "Behandlingsplan 2015-06-03 med vaga mål i punktform, utan datum och utan vem/när.", [(Fs["plan"], ["Behandlingsplan – Beroendeenheten Visby"])]),
        follow_up=("delvis", "Daterad notering 2015-08-19 'Uppf. genomförd' utan innehåll/utfall.", [(Fs["jou"], ["Uppf. genomförd på BE"])]),
        assignment_description=("nej", "Ingen skriftlig uppdragsbeskrivning; journalen säger att en ska skickas.", []))
    return dict(case_id="gotland_SON-2015-0520", committee="Gotland", diarienummer=c["dnr"], scenario="", docs=docs, criteria=crit)
