# Cases 11-20.
from cases1 import base, J, F
from docs import *


# ---------------------------------------------------------------- 11
def case11():
    c = base("Robertsfors", "robertsfors", "SN 2015/0188", "Annika Marklund", "19011201", "743",
             "Erik Burström", "0934-141 27", "erik.burstrom@robertsfors.se", inledd="2015-03-02", utr_klar="2015-04-10",
             beslut="2015-04-13", enhet="Socialkontoret, vuxen")
    prov = "Västerbottens Beroendecentrum (köpt öppenvård)"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Annika ansökte 2015-03-02, efter kontakt med Försäkringskassan, om behandling för alkoholberoende."),
            ("Situation", "Annika, 44 år, sambo, två tonårsbarn. Sjukskriven sedan november 2014. Dricker dagligen sedan ett år, döljer det för familjen. Hyresskuld som hon betalar enligt avbetalningsplan med hyresvärden."),
            ("Överväganden", """Annikas dagliga drickande hindrar henne från att återgå i arbete och påverkar familjen. Hon behöver
            behandling för beroendet (F10.2), stöd att involvera sambon och stöd i återgång i arbete i samverkan med
            Försäkringskassan. Hon har en fungerande familj och bostad, så insatsen bör ges i öppenvård. Beroendecentrum
            erbjuder ÅP och parsamtal (Alkoholbehandling med anhörigdel), vilket svarar mot både beroendet och familjens
            behov. Nämnden bedömer därmed att insatsen tillgodoser hennes behov.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "köpt öppenvård vid Västerbottens Beroendecentrum", "Se utredningens överväganden.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Alkoholberoende (F10.2) som hindrar återgång i arbete och påverkar familjen. Behov av beroendebehandling, anhöriginvolvering och stöd i arbetsåtergång. Stabil bostad och familj.",
            b="Återfallsprevention 12 ggr och 4 parsamtal med sambon. Samverkan med Försäkringskassan.",
            c="Annika ska vara nykter (PEth < 0,05) vid avslut 2015-08-31 och ha påbörjat arbetsträning.",
            d="Avstämningsmöte med Annika, behandlare och handläggare efter 8 veckor.",
            e="Skriftlig avslutsrapport med provresultat och måluppfyllelse.",
            f=F(c), g="Skickad med rekommenderat brev och e-post 2015-04-14."), prov, "2015-04-14")),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-06-17", "Avstämning", "Avstämningsmöte", "Avstämningsmöte på Beroendecentrum, Umeå, med Annika, behandlare Jenny Lidén och undertecknad. Annika har genomfört 8 av 12 ÅP-samtal, varit i plan 4 (behandlingsrummen) varje tisdag. PEth i juni 0,08, sjunkande från 1,2. Sambon har deltagit i två parsamtal. Arbetsträning inte påbörjad, planeras via Försäkringskassan i augusti. Hon betalar enligt avbetalningsplanen. Fortsätter enligt beslut."),
            J(c, "2015-04-28", "Telefon", "Samtal", "Jenny Lidén: Annika har startat. Hon återkommer om planering."),
            J(c, "2015-04-14", "Beställning", "Beställning", "Beställning skickad till Beroendecentrum."),
            J(c, "2015-04-13", "Beslut", "Beslut", "Beslut om köpt öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "Avsnittet 'Överväganden' anger behoven och varför öppenvård med anhörigdel möter dem.", [("utredning.pdf", "svarar mot både beroendet")]),
        planning=("nej", "Ingen genomförandeplan finns; 'plan 4' och 'avbetalningsplan' är inte planering av insatsen.", []),
        follow_up=("ja", "Journal 2015-06-17 avstämningsmöte med utfall (samtal, PEth, parsamtal, arbetsträning).", [("journal.pdf", "PEth i juni 0,08")]),
        assignment_description=("ja", "Beställning med a–f, skickad 2015-04-14.", [("bestallning.pdf", "Skickad med rekommenderat brev"), ("journal.pdf", "Beställning skickad till Beroendecentrum")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Köpt öppenvård; ingen genomförandeplan, 'plan' i andra betydelser.")


# ---------------------------------------------------------------- 12
def case12():
    c = base("Robertsfors", "robertsfors", "SN 2014/0420", "Hans Lindgren", "19000919", "368",
             "Erik Burström", "0934-141 27", "erik.burstrom@robertsfors.se", inledd="2014-08-11", utr_klar="2014-09-12",
             beslut="2014-09-15", enhet="Socialkontoret, vuxen", printed="2015-09-30 08:55")
    prov = "Robertsfors kommunala öppenvård"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Hans ansökte 2014-08-11 om hjälp med sitt drickande efter påtryckning från arbetsgivaren."),
            ("Situation", "Hans, 59 år, gift, arbetar som maskinförare. Dricker större mängder helger."),
            ("Preliminär bedömning", """Preliminärt bedöms Hans ha behov av stöd att minska sitt alkoholbruk. En fördjupad bedömning
            av hans behov görs när ASI-intervjun är genomförd, och redovisas i ett tillägg till utredningen."""),
            ("Förslag", "Öppenvård, motiverande samtal, i avvaktan på fördjupad bedömning.")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, motiverande samtal", "Enligt förslag i utredningen.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Nämnden har preliminärt bedömt att Hans har behov av stöd att minska sitt alkoholbruk, som oroar arbetsgivaren.",
            b="Motiverande samtal 1 g/vecka i 10 veckor samt PEth-prov varje månad.",
            c="Hans ska ha minskat konsumtionen så att PEth är under 0,3 vid avslut 2014-12-19.",
            d="Gemensamt uppföljningsmöte efter 8 veckor.",
            e="Avslutsrapport: närvaro, PEth-värden, måluppfyllelse, rekommendation.",
            f=F(c), g="Lämnad till utföraren 2014-09-16 (internpost)."), prov, "2014-09-16")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Genomförandeplan", [
            ("PEth under 0,3 senast 2014-12-19", "MI-samtal 1 g/v, PEth 1 g/mån", "Lotta Sandberg, behandlare", "2014-09-22 – 2014-12-19", True),
            ("Helgfri från alkohol minst 2 helger/mån fr.o.m. november", "Helgplanering i samtalen", "Hans / Lotta Sandberg", "Nov–dec 2014", True)],
            "2014-09-22", [("Utförare", prov)])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2014-12-19", "Avslut", "Avslutande samtal", "Avslutande uppföljningssamtal med Hans och Lotta Sandberg. PEth 0,22 i december (0,9 i september). Hans har haft alkoholfria helger sedan mitten av november. Båda målen uppnådda. Insatsen avslutas, Hans kan återkomma vid behov."),
            J(c, "2014-11-12", "Avstämning", "Uppföljning 8 veckor", "Uppföljningsmöte: Hans deltar varje vecka, PEth 0,5 i oktober. Fortsätter."),
            J(c, "2014-10-06", "Telefon", "ASI", "ASI-intervju bokad men Hans uteblev. Ny tid erbjuds ej då han är i behandling."),
            J(c, "2014-09-16", "Beställning", "Beställning", "Beställning lämnad via internpost."),
            J(c, "2014-09-15", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("delvis", "Endast en preliminär bedömning; den utlovade fördjupade bedömningen efter ASI görs aldrig (ASI genomfördes inte).", [("utredning.pdf", "Preliminärt bedöms Hans"), ("journal.pdf", "ASI-intervju bokad men Hans uteblev")]),
        planning=("ja", "Genomförandeplan med daterade, mätbara mål, ansvar och tid.", [("genomforandeplan.pdf", "PEth under 0,3 senast")]),
        follow_up=("ja", "Journal 2014-11-12 och 2014-12-19 uppföljningar med utfall.", [("journal.pdf", "Båda målen uppnådda")]),
        assignment_description=("ja", "Beställning med a (den preliminära bedömningen) till f; överlämnad 2014-09-16.", [("bestallning.pdf", "Lämnad till utföraren")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Preliminär bedömning utan uppföljande fördjupning.")


# ---------------------------------------------------------------- 13
def case13():
    c = base("Nordmaling", "nordmaling", "SN 2015/0031", "Lars-Erik Holmgren", "19020227", "019",
             "Ulrika Nordin", "0930-140 56", "ulrika.nordin@nordmaling.se", inledd="2015-01-19", utr_klar="2015-03-03",
             beslut="2015-03-05", enhet="IFO Nordmaling")
    prov = "Behandlingshemmet Björkliden"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Bakgrund", "Lars-Erik, 31 år, har använt heroin och buprenorfin i sex år. Han har vårdats enligt LVM 2013. Bor hos sin mor i Nordmaling."),
            ("Aktuell situation", "Han har varit drogfri sedan avgiftning i Umeå i februari 2015 och ansöker om behandlingshem."),
            ("Analys", """Lars-Erik har ett opioidberoende (F11.2) och saknar drogfritt nätverk på hemorten, där tidigare
            umgänge finns kvar. Han behöver en skyddad miljö för att befästa drogfriheten efter avgiftningen, behandling
            med fokus på återfallsprevention och stöd att bygga ett nytt nätverk och sysselsättning. Eftersom han
            återfallit direkt efter tidigare öppenvård är behandlingshem med utslussning nödvändigt.""")])),
    ]
    b = beslut(c, "institutionsvård vid Behandlingshemmet Björkliden, 6 månader", "Se analys i utredningen: skyddad miljö, ÅP och nytt nätverk behövs.", giltigt="2015-03-09 – 2015-09-08")
    u = bestallning_letter(c, dict(
        a="Opioidberoende (F11.2), drogfri sedan februari 2015. Behov av skyddad miljö, återfallsprevention och nytt nätverk/sysselsättning; tidigare öppenvård har inte räckt.",
        b="Institutionsvård 6 månader med utslussning från månad 5.",
        c="Lars-Erik ska vara drogfri hela vistelsen och ha sysselsättning och eget boende ordnat vid utskrivning 2015-09-08.",
        d="Vårdplan vid inskrivning; avstämningsmöten på Björkliden var 8:e vecka.",
        e="Slutrapport vid utskrivning med behandlingsinnehåll, provresultat, måluppfyllelse och förslag på eftervård.",
        f=F(c), g="Uppdraget överlämnat till Björkliden vid inskrivningen 2015-03-09."), prov, "Björklidsvägen 3, 914 94 Nordmaling", "2015-03-06",
        heading="Uppdragsbeskrivning")
    docs.append(dict(file="beslut_och_uppdrag.pdf", type="beslut+uppdragsbeskrivning", parts=[b, u]))
    docs += [
        dict(file="vardplan.pdf", type="vårdplan", landscape=True, html=plan(c, "Individuell plan", [
            ("Drogfri hela vistelsen (negativa prov)", "Urinprov 2 g/v, ÅP-grupp", "Björkliden", "2015-03-09 – 2015-09-08", True),
            ("Sysselsättning ordnad senast 2015-08-15", "Praktik via AME under utslussning", "Ulrika Nordin / Lars-Erik", "Juli–aug 2015", True),
            ("Eget boende från 2015-09-01", "Bostadsansökan, boendestöd", "Lars-Erik / Ulrika Nordin", "Ansökan april 2015", True),
            ("Drogfritt nätverk: NA-möte 1 g/v", "Följa med till NA Umeå", "Björkliden", "Från april 2015", True)],
            "2015-03-12", [("Placering", prov)])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-07-02", "Avstämning", "Avstämningsmöte Björkliden", "Avstämningsmöte på Björkliden. Alla prov negativa. Lars-Erik går på NA varje vecka. Praktik på bilverkstad i Nordmaling klar från 2015-08-03. Bostad: kontrakt erbjudet från 2015-09-01. Vistelsen fortsätter enligt plan."),
            J(c, "2015-05-07", "Avstämning", "Avstämningsmöte", "Avstämningsmöte: drogfri, trivs, har skickat bostadsansökan."),
            J(c, "2015-03-09", "Händelse", "Inskrivning", "Lars-Erik skrevs in på Björkliden. Uppdragsbeskrivningen överlämnades vid inskrivningen."),
            J(c, "2015-03-05", "Beslut", "Beslut", "Beslut om institutionsvård.")]))]
    t = dict(
        needs_assessment=("ja", "Avsnittet 'Analys' (utan ordet bedömning) anger behoven och varför behandlingshem krävs.", [("utredning.pdf", "behandlingshem med utslussning nödvändigt"), ("beslut_och_uppdrag.pdf", "skyddad miljö, ÅP")]),
        planning=("ja", "Individuell plan (vårdplan) med daterade mål, ansvar och tid.", [("vardplan.pdf", "Sysselsättning ordnad senast")]),
        follow_up=("ja", "Avstämningsmöten 2015-05-07 och 2015-07-02 med utfall (ordet uppföljning används inte).", [("journal.pdf", "Praktik på bilverkstad")]),
        assignment_description=("ja", "Uppdragsbeskrivning (del 2 i samlad PDF) med a–f och överlämning vid inskrivning 2015-03-09.", [("beslut_och_uppdrag.pdf", "Uppdraget överlämnat till Björkliden"), ("journal.pdf", "Uppdragsbeskrivningen överlämnades")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Opioider, behandlingshem; beslut och uppdrag ihopslagna med pdfunite.")


# ---------------------------------------------------------------- 14
def case14():
    c = base("Nordmaling", "nordmaling", "SN 2015/0250", "Camilla Strömberg", "19010511", "564",
             "Ulrika Nordin", "0930-140 56", "ulrika.nordin@nordmaling.se", inledd="2015-04-13", utr_klar="2015-05-08",
             beslut="2015-05-11", enhet="IFO Nordmaling")
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Camilla ansöker: 'Jag behöver hjälp att sluta med tabletterna och vinet, jag klarar inte mitt jobb.'"),
            ("Läkarutlåtande", "Distriktsläkare Per Wiklund, Nordmaling HC, 2015-04-20: Bedömning: beroende av lugnande medel (F13.2) och skadligt bruk av alkohol (F10.1). Rekommenderar behandling i öppenvård."),
            ("AUDIT/DUDIT", "AUDIT 16, DUDIT 14. Bedömning enligt manual: sannolikt beroende."),
            ("Socialtjänstens bedömning", "")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård vid Nordmalings öppenvård", None,
             extra="<h2>Utförare</h2><p>Insatsen verkställs av Nordmalings öppenvård, Kyrkovägen 9.</p>")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=False, html=plan(c, "Genomförandeplan", [
            ("Trappa ned och sluta med bensodiazepiner senast 2015-08-31", "Nedtrappning via HC, samtal", "", "", True),
            ("Avstå alkohol helt till 2015-08-31", "Samtal, utandningsprov", "", "", True)], "2015-05-25",
            [("Utförare", "Nordmalings öppenvård")], landscape=False)),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-09-02", "Avstämning", "Uppföljning", "Uppföljningsmöte med Camilla och behandlare Stina Berg. Camilla har avslutat nedtrappningen 2015-08-20 enligt HC, negativa urinprov i augusti. Ett återfall i alkohol i juli. Målet om bensodiazepiner uppnått, alkoholmålet delvis. Fortsatta samtal varannan vecka beviljas vid ny ansökan."),
            J(c, "2015-05-12", "Telefon", "Samtal med öppenvården", "Meddelat Stina Berg att Camilla beviljats öppenvård. Hon kallas till första samtal."),
            J(c, "2015-05-11", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("nej", "Rubriken 'Socialtjänstens bedömning' är tom; det som finns är Camillas egen ansökan, läkarens bedömning och instrumentens 'bedömning'. Beslutet saknar motivering.", [("utredning.pdf", "Socialtjänstens bedömning")]),
        planning=("delvis", "Genomförandeplan med daterade mål men kolumnerna 'Vem ansvarar' och 'När' är tomma.", [("genomforandeplan.pdf", "Trappa ned och sluta")]),
        follow_up=("ja", "Journal 2015-09-02 uppföljningsmöte med utfall per mål.", [("journal.pdf", "Målet om bensodiazepiner uppnått")]),
        assignment_description=("nej", "Inget uppdrag; beslutet nämner bara utföraren och journalen anger ett telefonsamtal.", [("beslut.pdf", "Insatsen verkställs av")], "", "abcdefg"))
    return dict(c=c, docs=docs, truth=t, scenario="Bensodiazepiner/alkohol; bara läkarens bedömning, inget uppdrag.")


# ---------------------------------------------------------------- 15
def case15():
    c = base("Vännäs", "vannas", "SN 2015/0102", "Daniel Sjölund", "19010126", "821",
             "Malin Öhman", "0935-141 92", "malin.ohman@vannas.se", inledd="2015-02-09", utr_klar="2015-03-13",
             beslut="2015-03-16", enhet="Individ- och familjeomsorgen")
    prov = "Vännäs öppenvård, Ungdoms- och vuxenmottagningen"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Daniel, 22 år, ansökte 2015-02-09 efter att frivården rekommenderat kontakt."),
            ("Situation", "Bor hos sin far i Vännäsby. Använder cannabis och ibland amfetamin. Avbrutet gymnasium. Villkorlig dom för narkotikabrott 2014."),
            ("Bedömning", """Daniel behöver behandling för sitt narkotikabruk och stöd att fullfölja utbildning, eftersom
            sysslolöshet och umgänget i Vännäsby driver bruket. Han har stöd av sin far och vill själv förändring. Ett
            ungdomsanpassat öppenvårdsprogram (ÅP + MET) med urinprov och studie- och yrkesvägledning svarar mot dessa
            behov; placering på behandlingshem skulle bryta det stöd fadern ger.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, ÅP/MET med urinprov", "Daniel behöver behandling och stöd att komma tillbaka till studier. Öppenvård med faderns stöd möter behoven.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_letter(c, dict(
            a="Narkotikabruk (cannabis, amfetamin), avbruten utbildning, riskmiljö i Vännäsby. Behov av behandling och stöd till studier; öppenvård med faderns stöd bedöms möta behoven.",
            b="ÅP/MET 1 g/vecka under 20 veckor, urinprov 1 g/vecka, kontakt med studie- och yrkesvägledare.",
            c="Drogfri (negativa urinprov) fr.o.m. april 2015; antagen till vuxenutbildning hösten 2015.",
            d="Uppföljningsmöte efter 10 veckor samt avslutande möte. Genomförandeplanen följs upp vid mötena.",
            e="Avslutande rapport: närvaro, provresultat, måluppfyllelse och bedömning av fortsatt behov.",
            f=F(c), g="Skickat till utföraren 2015-03-17 (internpost), kopia till Daniel."), prov, "Vännäs kommun, 911 81 Vännäs", "2015-03-17")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Handlingsplan", [
            ("Negativa urinprov fr.o.m. 2015-04-13", "ÅP/MET 1 g/v, urinprov varje måndag", "Oskar Lind, behandlare", "2015-03-23 – 2015-08-07", True),
            ("Ansökan till vuxenutbildning inlämnad före 2015-05-15", "Möte med SYV", "Daniel / SYV", "April–maj 2015", True)],
            "2015-03-23", [("Utförare", prov)])),
        dict(file="uppfoljning.pdf", type="uppföljning", html=uppfoljning(c, None, [
            ("Negativa urinprov fr.o.m. april", 1, "Två positiva prov för THC i maj, därefter negativa."),
            ("Ansökan vuxenutbildning", 2, "Antagen till Vuxenutbildningen i Umeå, start augusti.")],
            "Daniel deltar regelbundet. Behandlingen fortsätter till augusti. Fadern deltog i mötet.", title="Uppföljning av genomförandeplan", date_shown=False,
            participants="Daniel, fadern, Oskar Lind, Malin Öhman")),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-03-23", "Möte", "Handlingsplan", "Handlingsplan upprättad på mottagningen."),
            J(c, "2015-03-17", "Beställning", "Uppdrag", "Uppdrag skickat till mottagningen."),
            J(c, "2015-03-16", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behov (behandling, studier, riskmiljö) och varför öppenvård med faderns stöd möter dem.", [("utredning.pdf", "svarar mot dessa")]),
        planning=("ja", "Handlingsplan med daterade mål, aktivitet, ansvar och tid.", [("genomforandeplan.pdf", "Negativa urinprov")]),
        follow_up=("delvis", "Uppföljningsdokument med utfall per mål men utan datum någonstans (inte heller i journalen).", [("uppfoljning.pdf", "Antagen till Vuxenutbildningen")]),
        assignment_description=("ja", "Uppdragsbrev med a–f, skickat 2015-03-17.", [("bestallning.pdf", "Skickat till utföraren"), ("journal.pdf", "Uppdrag skickat till")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Ung vuxen narkotika; odaterad uppföljning.")


# ---------------------------------------------------------------- 16
def case16():
    c = base("Vännäs", "vannas", "SN 2015/0277", "Ingrid Eklund", "19000605", "902",
             "Malin Öhman", "0935-141 92", "malin.ohman@vannas.se", inledd="2015-06-01", utr_klar="2015-06-01",
             beslut="2015-06-22", enhet="Individ- och familjeomsorgen")
    prov = "Lundagårdens behandlingshem"
    mot = Raw(paras("""Ingrid har druckit dagligen i flera år och har under våren fallit och skadat sig två gånger i berusat
    tillstånd. Avgiftning på NUS i juni har följts av återfall inom några dagar, och hennes make, som är hennes
    enda stöd, orkar inte längre. Hon behöver en längre tid i drogfri miljö med medicinsk tillsyn, behandling
    för alkoholberoendet och stöd att planera boendet med maken efter vistelsen. Öppenvård bedöms inte räcka då
    hon återfallit direkt efter avgiftning. Nämnden bedömer att vård vid Lundagården, som har sjuksköterska och
    anhörigprogram, tillgodoser dessa behov.""") + "<p class='small'>Något separat utredningsdokument har inte upprättats; beslutet bygger på samtal 2015-06-01 – 2015-06-18.</p>")
    docs = [
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "institutionsvård vid Lundagårdens behandlingshem, 10 veckor", mot)),
        dict(file="uppdrag.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Alkoholberoende med fallskador och återfall direkt efter avgiftning. Behov av drogfri miljö med medicinsk tillsyn, behandling och anhörigstöd till maken.",
            b="Institutionsvård 10 veckor från 2015-06-29, inkl. anhörigprogram.",
            c="Ingrid ska vara nykter under vistelsen och ha en plan för stöd i hemmet vid utskrivning.",
            d="Vårdplan vid inskrivning; uppföljningsmöte efter 5 veckor på Lundagården.",
            e="Utskrivningsrapport med måluppfyllelse och förslag på eftervård.",
            f=F(c), g="Skickad till Lundagården 2015-06-23."), prov, "2015-06-23")),
        dict(file="epost.pdf", type="e-post", html=email(c, "Lundagården intag <intag@lundagarden.example>", f"{c['hl']} <{c['mail']}>",
             "2015-06-29 16:12", "Ang. Ingrid Eklund – ej inskriven",
             """Hej Malin!

             Ingrid kom inte i dag. Maken ringde vid lunch och sa att hon ändrat sig och inte vill åka. Vi har pratat med
             Ingrid i telefon och hon bekräftar att hon avstår från platsen. Platsen är därmed avbokad.

             Vänliga hälsningar
             Intagsansvarig, Lundagården""")),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-06-30", "Telefon", "Avböjd insats", "Samtal med Ingrid som bekräftar att hon inte vill åka till Lundagården. Hon tar tillbaka sin ansökan. Erbjuden kontakt med öppenvården, avböjer. Ärendet avslutas."),
            J(c, "2015-06-23", "Beställning", "Uppdrag", "Uppdrag skickat till Lundagården; inskrivning 2015-06-29."),
            J(c, "2015-06-22", "Beslut", "Beslut", "Beslut om institutionsvård.")]))]
    t = dict(
        needs_assessment=("ja", "Beslutets motivering innehåller nämndens bedömning av behoven och varför Lundagården möter dem (ingen separat utredning).", [("beslut.pdf", "tillgodoser dessa behov")]),
        planning=("ej_tillämpligt", "Ingrid avböjde platsen före inskrivning 2015-06-29; insatsen startade aldrig.", [("epost.pdf", "avstår från platsen"), ("journal.pdf", "tar tillbaka sin ansökan")]),
        follow_up=("ej_tillämpligt", "Insatsen startade aldrig.", [("epost.pdf", "avstår från platsen")]),
        assignment_description=("ja", "Uppdrag i systemet med a–f, skickat 2015-06-23.", [("uppdrag.pdf", "Skickad till Lundagården"), ("journal.pdf", "Uppdrag skickat till Lundagården")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Institutionsvård avböjd före inskrivning; bedömning i beslutets motivering.")


# ---------------------------------------------------------------- 17
def case17():
    c = base("Bjurholm", "bjurholm", "SN 2015/0019", "Kent Ahlqvist", "19021017", "135",
             "Birgitta Holm", "0932-140 08", "birgitta.holm@bjurholm.se", inledd="2015-01-07", utr_klar="2015-02-06",
             beslut="2015-02-09", enhet="Socialtjänsten Bjurholm")
    prov = "Vännäs öppenvård (avtal Bjurholm–Vännäs)"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Kent ansökte 2015-01-07."),
            ("Situation", "Kent, 41 år, bor ensam på gård utanför Bjurholm, arbetar i skogen. Dricker periodvis stora mängder, missar arbete. Körkort indraget 2014."),
            ("Bedömning", """Kent har behov av stöd att bryta sina dryckesperioder, som hotar hans anställning, och av
            kunskap om återfallsrisker. Han har arbete och bostad och vill behålla båda. Eftersom Bjurholm saknar egen
            öppenvård ges insatsen via avtalet med Vännäs: ÅP-samtal varannan vecka kombinerat med Antabus via HC, vilket
            bedöms ge honom struktur och skydd mot nya perioder.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, ÅP-samtal via avtal med Vännäs", "Kent behöver stöd att bryta dryckesperioder som hotar hans arbete. Öppenvård med Antabus möter behovet.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Periodiskt högkonsumtion av alkohol som hotar anställningen. Behov av stöd att bryta perioderna och kunskap om återfallsrisker; bostad och arbete finns.",
            b="ÅP-samtal varannan vecka i 16 veckor, samordning med HC kring Antabus.",
            c="Inga dryckesperioder (mer än 1 dag) under perioden 2015-03-01 – 2015-06-30; ingen frånvaro från arbetet p.g.a. alkohol.",
            d="Trepartssamtal efter 8 veckor, i Bjurholm.",
            e="Slutrapport med närvaro, måluppfyllelse och rekommendation.",
            f=F(c), g="Skickad till Vännäs öppenvård 2015-02-11 via säker e-post."), prov, "2015-02-11")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Individuell plan / genomförandeplan", [
            ("", "", "", "", False), ("", "", "", "", False), ("", "", "", "", False)], "", [("Utförare", "")],
            fields=[("Klientens synpunkter", ""), ("Nästa översyn", "")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-09-10", "Anteckning", "Genomgång av akten", "Vid genomgång av akten noteras att trepartssamtalet efter 8 veckor aldrig hölls och att ingen uppföljning har gjorts. Vännäs uppger att Kent deltagit i samtalen. Planmallen inskickad tom."),
            J(c, "2015-03-02", "Inkommen handling", "Plan", "Planblankett inkommen från Vännäs öppenvård."),
            J(c, "2015-02-11", "Beställning", "Beställning", "Beställning skickad via säker e-post."),
            J(c, "2015-02-09", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behov och varför ÅP + Antabus i öppenvård möter dem.", [("utredning.pdf", "bedöms ge honom struktur")]),
        planning=("nej", "Plandokumentet är en tom mall: alla fält (mål, insats, ansvar, datum) är tomma.", [("genomforandeplan.pdf", "Individuell plan / genomförandeplan")]),
        follow_up=("nej", "Journal 2015-09-10 konstaterar att ingen uppföljning har gjorts.", [("journal.pdf", "ingen uppföljning har gjorts")]),
        assignment_description=("ja", "Beställning med a–f, skickad 2015-02-11.", [("bestallning.pdf", "Skickad till Vännäs öppenvård"), ("journal.pdf", "Beställning skickad via säker")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Tom planmall, ingen uppföljning.")


# ---------------------------------------------------------------- 18
def case18():
    c = base("Bjurholm", "bjurholm", "SN 2014/0390", "Margareta Lidström", "19001208", "220",
             "Birgitta Holm", "0932-140 08", "birgitta.holm@bjurholm.se", inledd="2014-09-01", utr_klar="2014-10-10",
             beslut="2014-10-13", enhet="Socialtjänsten Bjurholm", printed="2015-09-30 14:20")
    prov = "Kvinnohemmet Ljusnan (behandlingshem för kvinnor)"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Aktualisering", "Anmälan från psykiatrin, Umeå, 2014-09-01."),
            ("Situation", "Margareta, 50 år, bor i Bjurholm. Alkoholberoende sedan 15 år, depression (F32.1). Hon har utsatts för våld av tidigare partner, som fortfarande bor på orten."),
            ("Bedömning", """Margareta har behov av behandling för alkoholberoendet i en trygg miljö, skyddad från den tidigare
            partnern, och behandling som beaktar våldsutsattheten och depressionen. På hemorten finns ingen sådan miljö.
            Ljusnan är ett behandlingshem endast för kvinnor, med traumamedveten behandling och samarbete med psykiatri,
            och bedöms därför möta hennes behov av både säkerhet och beroendebehandling.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "institutionsvård vid Kvinnohemmet Ljusnan, 4 månader", "Se bedömning i utredningen.", giltigt="2014-10-20 – 2015-02-20")),
        dict(file="uppdrag.pdf", type="uppdragsbeskrivning", html=bestallning_letter(c, dict(
            a="Alkoholberoende, depression och våldsutsatthet. Behov av beroendebehandling i trygg miljö skyddad från tidigare partner, traumamedveten behandling.",
            b="Institutionsvård 4 månader, 2014-10-20 – 2015-02-20, inkl. samverkan med psykiatrin om depressionen.",
            c="Nykter under vistelsen; skyddat boende eller annan bostad ordnad vid utskrivning; etablerad psykiatrikontakt på ny ort eller hemorten.",
            d="Vårdplan upprättas inom två veckor. Uppföljningsmöte efter 8 veckor och vid utskrivning, med handläggare på plats eller via videolänk.",
            e="Utskrivningsrapport: behandlingsinnehåll, måluppfyllelse, hälsoläge och förslag på eftervård.",
            f=F(c), g="Uppdraget skickat per post till Ljusnan 2014-10-14 och mottaget enligt kvitto 2014-10-16."),
            prov, "Box 55, 820 00 (ort skyddad)", "2014-10-14")),
        dict(file="vardplan_signerad.pdf", type="vårdplan", scan=True, landscape=False, html=plan(c, "Vårdplan", [
            ("Nykter hela vistelsen", "Behandlingsprogram, utandningsprov", "Ljusnan", "2014-10-20 – 2015-02-20", True),
            ("Bostad ordnad före 2015-02-01", "Ansökan om bostad i Umeå, skyddsbedömning", "Birgitta Holm", "Nov 2014 – jan 2015", True),
            ("Psykiatrikontakt etablerad före utskrivning", "Remiss psykiatrin Umeå", "Ljusnan, sjuksköterska", "Jan 2015", True)],
            "2014-10-30", [("Placering", "Ljusnan")], landscape=False,
            signed=[("Margareta Lidström", "Klient"), ("B. Holm", "Socialsekreterare"), ("A-K Frid", "Ljusnan")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-02-20", "Avslut", "Utskrivning", "Margareta utskriven. Bor i träningslägenhet i Umeå från 2015-02-20. Utskrivningsrapport inkommen."),
            J(c, "2014-12-16", "Delutvärdering", "Delutvärdering via video", "Delutvärdering via videolänk med Margareta och kontaktperson Ann-Katrin Frid. Nykter hela perioden. Remiss till psykiatrin Umeå skickad, tid i januari. Bostad: träningslägenhet i Umeå erbjuden från februari. Alla mål på väg att uppnås; fortsätter enligt vårdplan."),
            J(c, "2014-10-30", "Inkommen handling", "Vårdplan", "Signerad vårdplan inkommen per post, skannad."),
            J(c, "2014-10-14", "Beställning", "Uppdrag", "Uppdrag skickat per post till Ljusnan.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behoven (beroende, trygghet, trauma, depression) och varför Ljusnan möter dem.", [("utredning.pdf", "bedöms därför möta hennes behov")]),
        planning=("ja", "Skannad, signerad vårdplan med daterade mål, ansvar och tid.", [("vardplan_signerad.pdf", [1])]),
        follow_up=("ja", "Journal 2014-12-16 delutvärdering med utfall.", [("journal.pdf", "Alla mål på väg att uppnås")]),
        assignment_description=("ja", "Uppdragsbrev med a–f och uppgift om överlämnande 2014-10-14 (kvitto 2014-10-16).", [("uppdrag.pdf", "mottaget enligt kvitto")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Kvinna, våldsutsatt, institutionsvård; signerad vårdplan skannad.")


# ---------------------------------------------------------------- 19
def case19():
    c = base("Älvsbyn", "alvsbyn", "SN 2015/0066", "Tommy Granström", "19020321", "417",
             "Linda Boman", "0929-172 38", "linda.boman@alvsbyn.se", inledd="2015-02-16", utr_klar="",
             beslut="2015-03-09", enhet="IFO Vuxen Älvsbyn")
    prov = "Älvsbyns öppenvård Tallåsen"
    docs = [
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård vid Tallåsen", None)),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Genomförandeplan", [
            ("Drogfri från cannabis, negativa urinprov fr.o.m. 2015-04-15", "CRA-samtal 1 g/v, urinprov 1 g/v", "Mats Öberg, Tallåsen", "2015-03-16 – 2015-07-31", True),
            ("Påbörjat arbetsträning senast 2015-06-01", "Kontakt med Arbetsförmedlingen", "Tommy / Mats Öberg", "April–maj 2015", True)],
            "2015-03-16", [("Utförare", prov)])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-06-24", "Avstämning", "Uppföljningsmöte", "Uppföljningsmöte på Tallåsen med Tommy och Mats Öberg. Urinproven negativa sedan 2015-04-20 utom ett i maj. Tommy har arbetsträning på Återbruket sedan 2015-05-25. Mål 1 i stort sett uppnått, mål 2 uppnått. Fortsatt behandling till 2015-07-31."),
            J(c, "2015-03-16", "Möte", "Startmöte", "Startmöte på Tallåsen, genomförandeplan upprättad."),
            J(c, "2015-03-10", "Telefon", "Beställning", "Meddelat Tallåsen om beslutet. Skriftlig beställning kommer att skickas."),
            J(c, "2015-03-09", "Beslut", "Beslut", "Beslut om öppenvård enligt ansökan. Utredningen avslutas och skrivs in senare."),
            J(c, "2015-02-16", "Ansökan", "Aktualisering", "Tommy ansöker om hjälp att sluta röka cannabis.")]))]
    t = dict(
        needs_assessment=("nej", "Utredningsdokument saknas helt i akten och beslutet saknar motivering; ingen behovsbedömning finns.", [("beslut.pdf", "Sökande")]),
        planning=("ja", "Genomförandeplan med daterade mål, insats, ansvar och tid.", [("genomforandeplan.pdf", "Påbörjat arbetsträning")]),
        follow_up=("ja", "Journal 2015-06-24 uppföljningsmöte med utfall.", [("journal.pdf", "mål 2 uppnått")]),
        assignment_description=("nej", "Ingen beställning; journalen 2015-03-10 säger bara att en skriftlig beställning kommer att skickas.", [("journal.pdf", "Skriftlig beställning kommer")], "", "abcdefg"))
    return dict(c=c, docs=docs, truth=t, scenario="Utredning saknas, beslut utan motivering, beställning aldrig skickad.")


# ---------------------------------------------------------------- 20
def case20():
    c = base("Älvsbyn", "alvsbyn", "SN 2015/0164", "Sara Lundberg", "19010917", "685",
             "Linda Boman", "0929-172 38", "linda.boman@alvsbyn.se", inledd="2015-02-02", utr_klar="2015-03-06",
             beslut="2015-03-09", enhet="IFO Vuxen Älvsbyn")
    prov = "Älvsbyns öppenvård Tallåsen"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Sara ansökte 2015-02-02 efter råd från mödrahälsovården."),
            ("Situation", "Sara, 30 år, sambo, ett barn 2 år. Hon dricker vin flera kvällar i veckan och har under hösten 2014 kört bil berusad. Hon är inte gravid."),
            ("Bedömning", """Sara har behov av att minska och helst upphöra med sitt drickande, för sin egen hälsa och för att
            kunna ta hand om sitt barn på ett tryggt sätt. Hon behöver också stöd att hantera stress och ensamhet, som hon
            beskriver som utlösande. Hon har stöd av sambon och ett ordnat liv i övrigt. Öppenvård med återfallsprevention
            och föräldrastödssamtal på Tallåsen bedöms möta både hennes behov och barnets.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, ÅP och föräldrastödssamtal", "Sara behöver stöd att sluta dricka och stöd i föräldraskapet. Öppenvård på hemorten möter behoven.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Behov av att minska/upphöra med alkohol för egen hälsa och barnets trygghet; stöd att hantera stress och ensamhet. Stabilt nätverk, öppenvård räcker.",
            b="ÅP-samtal 1 g/vecka och 4 föräldrastödssamtal, PEth varje månad.",
            c="PEth under 0,05 senast 2015-06-30; Sara ska ha en skriftlig plan för stressituationer.",
            d="Uppföljning tre månader efter start, med Sara, behandlare och handläggare.",
            e="Avslutsrapport med PEth-värden, måluppfyllelse och rekommendation.",
            f=F(c), g="Överlämnad till Tallåsen 2015-03-10 via säker e-post."), prov, "2015-03-10")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Genomförandeplan", [
            ("", "ÅP-samtal 1 g/v", "Mats Öberg", "Fr.o.m. 2015-03-23", True),
            ("", "Föräldrastödssamtal 4 ggr", "Mats Öberg / Sara", "April–maj 2015", True),
            ("", "PEth-prov varje månad", "Vårdcentralen", "Sista veckan varje månad", True)],
            "2015-03-23", [("Utförare", prov)], fields=[("Övergripande mål", "")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-08-12", "Telefon", "Samtal", "Sara ringer och frågar om hon kan byta tid. Hänvisad till Tallåsen."),
            J(c, "2015-03-23", "Möte", "Startmöte", "Startmöte på Tallåsen. Genomförandeplan upprättad. Uppföljning ska ske om tre månader."),
            J(c, "2015-03-10", "Beställning", "Beställning", "Beställning skickad till Tallåsen."),
            J(c, "2015-03-09", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behov (alkohol, barnets trygghet, stress) och varför öppenvård på Tallåsen möter dem.", [("utredning.pdf", "bedöms möta både hennes behov")]),
        planning=("delvis", "Genomförandeplan med insatser, ansvariga och tider, men målkolumnen och 'Övergripande mål' är tomma.", [("genomforandeplan.pdf", "ÅP-samtal 1 g/v")]),
        follow_up=("nej", "Uppföljning endast planerad ('Uppföljning ska ske om tre månader', dvs. juni 2015); ingen genomförd uppföljning före 2015-10-01.", [("journal.pdf", "Uppföljning ska ske om tre månader")]),
        assignment_description=("ja", "Beställning med a–f, överlämnad 2015-03-10.", [("bestallning.pdf", "Överlämnad till Tallåsen"), ("journal.pdf", "Beställning skickad till Tallåsen")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Tom målkolumn; uppföljning bara planerad.")
