# Cases 1-10.  Each case(): returns dict(c=..., docs=[...], truth={...})
# docs: dict(file, type, html, landscape, scan)
# truth per criterion: (label, why, [(file, marker-or-pagelist), ...], present, missing)
from docs import *


def base(kommun, host, dnr, name, ymd, nnn, hl, tel, mail, **kw):
    c = dict(kommun=kommun, host=host, dnr=dnr, name=name, pnr=luhn_pnr(ymd, nnn), hl=hl, tel=tel, mail=mail,
             printed="2015-09-28 09:41", sign=hl.split()[0][0] + hl.split()[1][0])
    c.update(kw)
    return c


def J(c, datum, handelse, rubrik, text, sign=None):
    return dict(datum=datum, handelse=handelse, rubrik=rubrik, text=text, sign=sign or c["sign"])


def F(c):
    return f"{c['hl']}, socialsekreterare, tel {c['tel']}, {c['mail']}"


# ---------------------------------------------------------------- 1
def case01():
    c = base("Härnösand", "harnosand", "SN 2015/0211", "Leif Åström", "19010314", "231",
             "Maria Sjödin", "0611-34 80 12", "maria.sjodin@harnosand.se", inledd="2015-01-12", utr_klar="2015-02-20",
             beslut="2015-02-23")
    prov = "Beroendemottagningen Härnösand, kommunal öppenvård"
    bed = """Leif har under lång tid druckit alkohol dagligen och har de senaste två åren tappat kontrollen, med
    berusning flera dagar i veckan. AUDIT ger 27 poäng. Han har förlorat sin anställning och relationen till
    dottern är ansträngd. Han uttrycker själv en tydlig vilja att sluta dricka och att behålla sin lägenhet.

    Socialtjänsten bedömer att Leif har behov av strukturerad behandling för att bryta sitt alkoholberoende,
    stöd att förebygga återfall samt stöd i att återknyta kontakten med dottern. Hans boende är stabilt och han
    har ett fungerande nätverk genom en bror. Behoven kan därför tillgodoses på hemmaplan genom öppenvård:
    återfallsprevention i grupp två gånger per vecka ger honom verktyg att hantera sug och riskfyllda situationer,
    och enskilda samtal med motiverande inriktning stärker hans motivation. Institutionsvård bedöms inte
    nödvändig."""
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Aktualisering", "Leif tog själv kontakt med mottagningen 2015-01-12 och ansökte om stöd för sitt alkoholbruk."),
            ("Bakgrund och nuvarande situation", "Leif är 58 år, ensamstående och bor i hyreslägenhet på Järnvägsgatan. Han har en vuxen dotter. Han arbetade som lagerarbetare fram till hösten 2014."),
            ("Missbruk", "Leif dricker vin och starksprit. Han har tidigare haft nyktra perioder på upp till ett år. Diagnos enligt läkarintyg: F10.2 Alkoholberoende."),
            ("Hälsa", "Högt blodtryck, medicineras. Sömnproblem."),
            ("Bedömning", bed),
            ("Förslag till beslut", "Öppenvård: återfallsprevention och motiverande samtal vid Beroendemottagningen enligt SoL 4 kap 1 §.")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, återfallsprevention (KVÅ DU011) och motiverande samtal",
             "Leif har behov av behandling för alkoholberoende. Behovet kan tillgodoses genom öppenvård på hemmaplan, se utredningens bedömning.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Leif har behov av strukturerad behandling för att bryta ett alkoholberoende (F10.2), stöd att förebygga återfall och stöd att återknyta kontakt med dottern. Boendet är stabilt och behoven kan mötas i öppenvård.",
            b="Återfallsprevention i grupp 2 ggr/vecka under 12 veckor samt enskilda motiverande samtal varannan vecka. Alkoholutandningsprov vid varje besök.",
            c="1. Leif ska vara nykter minst 4 av 5 veckor under behandlingstiden (mäts med utandningsprov).\n2. Leif ska ha en nedskriven återfallsplan senast 2015-04-30.",
            d="Utföraren upprättar genomförandeplan inom tre veckor. Trepartssamtal (klient, utförare, handläggare) efter sex veckor och vid avslut.",
            e="Vid avslut lämnas skriftlig slutrapport: genomförda moment, måluppfyllelse, provresultat, klientens egen bedömning och rekommendationer.",
            f=F(c), g="Skickad till utföraren via säker e-post 2015-02-24 av Maria Sjödin. Mottagen av Anders Pålsson samma dag."),
            prov, "2015-02-24")),
        dict(file="handlingsplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Handlingsplan (genomförandeplan)", [
            ("Nykter minst 4 av 5 veckor t.o.m. 2015-05-22", "Utandningsprov vid varje gruppträff", "Anders Pålsson, behandlare", "2015-03-09 – 2015-05-22", True),
            ("Skriftlig återfallsplan klar 2015-04-30", "Återfallsprevention modul 1–6, hemuppgifter", "Leif / Anders Pålsson", "Modul 6: 2015-04-27", True),
            ("Träffa dottern minst 2 gånger före 2015-05-31", "Samtal om kontakt, ev. gemensamt samtal", "Leif, stöd av Maria Sjödin", "Gemensamt samtal v. 17", True)],
            "2015-03-09", [("Utförare", prov)], intro="Planen är upprättad tillsammans med Leif och bygger på beställning daterad 2015-02-24.")),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-06-03", "Avstämning", "Trepartssamtal", "Trepartssamtal med Leif och Anders Pålsson på mottagningen. Leif har varit nykter 8 av 11 veckor enligt utandningsproven, ett återfall i april under tre dagar. Återfallsplanen är klar. Han har träffat dottern två gånger. Mål 1 och 2 uppnådda, mål 3 uppnått. Överenskommet att Leif fortsätter i eftervårdsgrupp en gång per vecka till augusti."),
            J(c, "2015-04-14", "Telefon", "Samtal", "Anders Pålsson ringer. Leif har haft ett återfall men kom tillbaka till gruppen efter en vecka. Fortsätter enligt plan."),
            J(c, "2015-03-10", "Inkommen handling", "Handlingsplan", "Handlingsplan från Beroendemottagningen inkommen, upprättad 2015-03-09. Skannad till akten."),
            J(c, "2015-02-24", "Beställning", "Beställning skickad", "Beställning skickad via säker e-post till Beroendemottagningen, Anders Pålsson."),
            J(c, "2015-02-23", "Beslut", "Beslut", "Beslut om öppenvård fattat enligt delegation. Leif underrättad per telefon."),
            J(c, "2015-01-12", "Ansökan", "Aktualisering", "Leif ringer och ansöker om hjälp för alkoholproblem. Bokat besök 2015-01-19.")]))]
    t = dict(
        needs_assessment=("ja", "Utredningens Bedömning anger behoven (behandling, återfallsprevention, kontakt med dottern) och varför öppenvård på hemmaplan möter dem.",
                          [("utredning.pdf", "Behoven kan därför tillgodoses"), ("bestallning.pdf", "stöd att återknyta kontakt")]),
        planning=("ja", "Handlingsplan (genomförandeplan) med tre daterade, mätbara mål, aktiviteter, ansvarig och tid.", [("handlingsplan.pdf", "Nykter minst 4 av 5")]),
        follow_up=("ja", "Journal 2015-06-03 Avstämning/Trepartssamtal med utfall per mål.", [("journal.pdf", "Mål 1 och 2 uppnådda")]),
        assignment_description=("ja", "Beställning i systemet innehåller a–f; överlämning 2015-02-24 via säker e-post registrerad i beställningen och journalen.",
                                [("bestallning.pdf", "Skickad till utföraren"), ("journal.pdf", "Beställning skickad via säker")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Öppenvård alkohol, komplett akt.")


# ---------------------------------------------------------------- 2
def case02():
    c = base("Härnösand", "harnosand", "SN 2014/0873", "Bengt-Ove Nyström", "19000722", "415",
             "Jonas Lindqvist", "0611-34 81 40", "jonas.lindqvist@harnosand.se", inledd="2014-09-29", utr_klar="2014-11-10",
             beslut="2014-11-14", printed="2015-09-28 10:02")
    prov = "Granbackens behandlingshem"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ärendet", "Anmälan från Länssjukhuset Sundsvall-Härnösand efter avgiftning 2014-09-26 (tredje på ett år)."),
            ("Nuvarande situation", "Bengt-Ove, 64 år, bor ensam i villa i Älandsbro. Han har under 2014 haft ett ökande intag av alkohol i kombination med bensodiazepiner (oxazepam) utan förskrivning. Han har fallit i hemmet vid flera tillfällen."),
            ("Tidigare insatser", "Öppenvård vid Beroendemottagningen 2012 och 2013, avbruten båda gångerna efter kort tid."),
            ("Bedömning", """Socialtjänsten bedömer att Bengt-Oves behov inte kan tillgodoses i öppenvård. Två försök har avbrutits
            och han har efter den senaste avgiftningen druckit igen inom en vecka. Blandmissbruket av alkohol och bensodiazepiner
            innebär en påtaglig risk för hans hälsa och han har behov av en drogfri miljö dygnet runt, medicinsk tillsyn under
            nedtrappning och ett strukturerat behandlingsprogram. Han behöver också stöd att planera en fungerande vardag efter
            behandlingen. Tolv veckors behandling vid Granbacken, som har sjuksköterska och arbetar med 12-stegsinspirerad
            behandling och återfallsprevention, bedöms möta dessa behov.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "institutionsvård vid Granbackens behandlingshem, 12 veckor",
             "Se utredningens bedömning. Öppenvård har prövats utan resultat.", giltigt="2014-11-17 – 2015-02-08")),
        dict(file="uppdrag.pdf", type="uppdragsbeskrivning", html=bestallning_letter(c, dict(
            a="Bengt-Ove har ett blandmissbruk av alkohol och bensodiazepiner och behöver en drogfri miljö, medicinsk tillsyn under nedtrappning och strukturerad behandling. Öppenvård har prövats två gånger utan resultat.",
            b="Institutionsvård 12 veckor med start 2014-11-17: nedtrappning enligt läkarordination, behandlingsprogram, planering inför utskrivning.",
            c="Bengt-Ove ska vara drogfri under vistelsen och ha en skriftlig plan för sin fortsatta nykterhet och vardag vid utskrivning 2015-02-08.",
            e="",
            f=F(c)), prov, "Granbacken 14, 871 92 Härnösand", "2014-11-14")),
        dict(file="vardplan.pdf", type="vårdplan", landscape=True, html=plan(c, "Individuell plan – vårdplan", [
            ("Fullföljd nedtrappning oxazepam senast 2014-12-15", "Nedtrappningsschema, läkarkontakt", "Granbacken, sjuksköterska", "2014-11-17 – 2014-12-15", True),
            ("Drogfri under vistelsen (negativa prover)", "Urinprov 1 g/vecka, utandningsprov dagligen", "Granbacken", "Hela vistelsen t.o.m. 2015-02-08", True),
            ("Skriftlig plan för tiden efter utskrivning klar 2015-01-30", "Utslussningssamtal, kontakt med Beroendemottagningen", "Jonas Lindqvist / Granbacken", "v. 3–5 2015", True)],
            "2014-11-20", [("Placering", prov), ("Ansvarig", c["hl"])])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-02-09", "Händelse", "Utskrivning", "Bengt-Ove skrevs ut från Granbacken 2015-02-08 enligt plan. Slutrapport begärd."),
            J(c, "2015-01-15", "Delutvärdering", "Delutvärdering Granbacken", "Delutvärdering på Granbacken med Bengt-Ove, kontaktperson Eva Holm och undertecknad. Nedtrappningen fullföljd 2014-12-12. Samtliga prover negativa. Planen för tiden efter utskrivning påbörjad: han har tackat ja till eftervård på Beroendemottagningen. Mål 1 och 2 uppnådda, mål 3 pågår. Vistelsen fortsätter enligt beslut."),
            J(c, "2014-11-20", "Möte", "Vårdplan", "Vårdplan upprättad på Granbacken tillsammans med Bengt-Ove."),
            J(c, "2014-11-17", "Telefon", "Uppdrag skickat", "Uppdraget skickat per post och e-post till Granbacken, föreståndare Lars Wik, 2014-11-17. Bengt-Ove anlände samma dag."),
            J(c, "2014-11-14", "Beslut", "Beslut", "Beslut om institutionsvård 12 veckor.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen beskriver blandmissbruk, behov av drogfri miljö, medicinsk tillsyn och varför Granbacken möter dem.",
                          [("utredning.pdf", "Tolv veckors behandling vid Granbacken"), ("uppdrag.pdf", "drogfri miljö")]),
        planning=("ja", "Vårdplan med daterade mål, aktiviteter, ansvar och tid.", [("vardplan.pdf", "Fullföljd nedtrappning")]),
        follow_up=("ja", "Journal 2015-01-15 Delutvärdering med utfall per mål.", [("journal.pdf", "Mål 1 och 2 uppnådda")]),
        assignment_description=("delvis", "Uppdragsbrevet saknar hur uppföljning görs (rubrik saknas) och rubriken Återrapportering vid avslut är tom. Överlämning 2014-11-17 finns i journalen.",
                                [("uppdrag.pdf", "Uppdraget omfattar"), ("journal.pdf", "Uppdraget skickat per post")], "abcfg", "de"))
    return dict(c=c, docs=docs, truth=t, scenario="Institutionsvård, uppdragsbrev utan uppföljning och återrapportering.")


# ---------------------------------------------------------------- 3
def case03():
    c = base("Kramfors", "kramfors", "SOC 2015/118", "Tove Hedberg", "19020109", "384",
             "Karin Edlund", "0612-800 214", "karin.edlund@kramfors.se", inledd="2015-02-02", utr_klar="2015-03-16",
             beslut="2015-03-18", enhet="Vuxengruppen")
    prov = "Öppenvården Kompassen"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Anledning till utredning", "Tove ansökte 2015-02-02 om stöd för att sluta använda cannabis."),
            ("Social situation", "Tove är 23 år och bor med sin sambo i Bollstabruk. Hon studerar på komvux på halvtid. Hon har skulder hos Kronofogden."),
            ("Droganvändning", "Tove har använt cannabis dagligen sedan hon var 17 år. Hon har försökt sluta på egen hand två gånger. Urinprov 2015-02-10 positivt för THC."),
            ("Hälsa", "Tove uppger nedstämdhet och sömnsvårigheter. Hon har kontakt med vårdcentralen."),
            ("Bedömning", "Socialtjänsten bedömer att Tove är i behov av öppenvård i form av samtalsbehandling."),
            ("Förslag", "Bifall till öppenvård vid Kompassen.")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård vid Öppenvården Kompassen", "Se utredning.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Enligt utredning.",
            b="Samtalsbehandling (CRA-inspirerad) 1 g/vecka under 16 veckor, urinprov varannan vecka.",
            c="Tove ska vara drogfri (negativa urinprov) från och med vecka 6 och fullfölja komvux-kursen vårterminen 2015.",
            d="Genomförandeplan inom två veckor. Uppföljningsmöte efter åtta veckor med Tove, behandlare och handläggare.",
            e="Avslutningsrapport med måluppfyllelse, provsvar och rekommendation om fortsatt stöd.",
            f=F(c), g="Överlämnad till Kompassen 2015-03-19 via säker e-post."), prov, "2015-03-19")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Genomförandeplan", [
            ("Negativa urinprov fr.o.m. v. 17 (2015-04-20)", "Samtal CRA 1 g/v, urinprov varannan vecka", "Per Strand, Kompassen", "2015-03-30 – 2015-07-10", True),
            ("Fullföljd komvux-kurs vt 2015 (slutdatum 2015-06-05)", "Veckoschema, studieplanering i samtalen", "Tove / Per Strand", "Avstämning varje samtal", True),
            ("Bättre sömn: minst 6 tim/natt, sömndagbok", "Sömndagbok, kontakt vårdcentral", "Tove", "Utvärderas 2015-05-25", True)],
            "2015-03-30", [("Utförare", prov)])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-05-26", "Samtal", "Uppföljningsmöte", "Uppföljningsmöte på Kompassen med Tove och Per Strand. Urinproven negativa sedan 2015-04-22. Tove har fullföljt kursen fram till nu och räknar med betyg i juni. Sömnen har förbättrats till ca 6 timmar. Målen i stort sett uppnådda, behandlingen fortsätter enligt plan till juli."),
            J(c, "2015-03-31", "Inkommen handling", "Genomförandeplan", "Genomförandeplan från Kompassen inkommen."),
            J(c, "2015-03-19", "Beställning", "Beställning", "Beställning skickad till Kompassen."),
            J(c, "2015-03-18", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("delvis", "Bedömningen är bara en slutsats ('bedöms vara i behov av öppenvård i form av samtalsbehandling') utan att behoven eller varför insatsen möter dem anges; beslutet hänvisar till utredningen.",
                          [("utredning.pdf", "Socialtjänsten bedömer att Tove är i behov")]),
        planning=("ja", "Genomförandeplan med daterade mål, insatser, ansvariga och tider.", [("genomforandeplan.pdf", "Negativa urinprov")]),
        follow_up=("ja", "Journal 2015-05-26 uppföljningsmöte med utfall.", [("journal.pdf", "Målen i stort sett uppnådda")]),
        assignment_description=("delvis", "Beställningen saknar nämndens behovsbedömning (fältet säger bara 'Enligt utredning', och utredningen har bara en slutsats); övriga element finns.",
                                [("bestallning.pdf", "Enligt utredning")], "bcdefg", "a"))
    return dict(c=c, docs=docs, truth=t, scenario="Cannabis, öppenvård; bedömning endast slutsats.")


# ---------------------------------------------------------------- 4
def case04():
    c = base("Kramfors", "kramfors", "SOC 2015/342", "Roger Sundqvist", "19001130", "157",
             "Anna-Lena Forsberg", "0612-800 233", "anna-lena.forsberg@kramfors.se", inledd="2015-05-04", utr_klar="2015-06-10",
             beslut="2015-06-12", enhet="Vuxengruppen")
    prov = "Dagverksamheten Åkroken, Kramfors"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Inledning", "Roger ansökte 2015-05-04 om hjälp efter att ha blivit av med körkortet för rattfylleri."),
            ("Situation", "Roger, 57 år, gift, arbetar som snickare. Hans fru har uttryckt oro. Han dricker öl dagligen, mer under helger. AUDIT 19 poäng."),
            ("Bedömning", """Roger har ett riskbruk som gått över i ett skadligt bruk av alkohol (F10.1) med konsekvenser för
            arbete och familj. Han har stöd i familj och arbete och ingen tidigare behandling. Han behöver kunskap om alkoholens
            effekter, stöd att minska och helst avstå från alkohol och att hitta alternativ till helgdrickandet. En kortare
            strukturerad öppenvårdsbehandling (Alkoholskola 8 träffar samt motiverande samtal) bedöms räcka för att möta
            behoven, eftersom hans sociala situation i övrigt är stabil.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, Alkoholskola och motiverande samtal", "Se bedömning i utredning.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Skadligt bruk av alkohol med konsekvenser för arbete och familj. Behov av kunskap om alkohol, stöd att minska/avstå och alternativ till helgdrickande. Stabil social situation; kortare öppenvård räcker.",
            b="Alkoholskola 8 träffar (start 2015-08-17) och 4 enskilda MI-samtal.",
            c="Roger ska ha minskat sin konsumtion till högst 5 standardglas/vecka vid avslut (mäts med PEth-prov).",
            d="Trepartssamtal efter avslutad Alkoholskola.",
            e="Kort skriftlig avslutsrapport: närvaro, PEth-värden, måluppfyllelse.",
            f=F(c), g="Skickad 2015-06-15 till Åkroken (säker e-post)."), prov, "2015-06-15")),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-08-19", "Telefon", "Avbrott före start", "Åkroken meddelar att Roger inte kom till första träffen 2015-08-17. Undertecknad ringer Roger som säger att han inte vill delta, han 'klarar det själv'. Han avböjer insatsen. Erbjuden att höra av sig igen. Ärendet avslutas."),
            J(c, "2015-06-15", "Beställning", "Beställning", "Beställning skickad till Åkroken. Start 2015-08-17."),
            J(c, "2015-06-12", "Beslut", "Beslut", "Beslut om öppenvård. Roger informerad.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behov (kunskap, minska/avstå, alternativ) och varför kortare öppenvård räcker.", [("utredning.pdf", "bedöms räcka för att möta")]),
        planning=("ej_tillämpligt", "Roger avböjde insatsen innan den startade (journal 2015-08-19); ingen plan behövdes.", [("journal.pdf", "Han avböjer insatsen")]),
        follow_up=("ej_tillämpligt", "Insatsen startade aldrig; Roger avböjde före start.", [("journal.pdf", "Han avböjer insatsen")]),
        assignment_description=("ja", "Beställning med alla element a–f, skickad 2015-06-15.", [("bestallning.pdf", "Skickad 2015-06-15"), ("journal.pdf", "Beställning skickad till Åkroken")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Avböjde före start.")


# ---------------------------------------------------------------- 5
def case05():
    c = base("Timrå", "timra", "SN 2015/0057", "Jessica Ödmark", "19010628", "508",
             "Henrik Olofsson", "060-16 35 71", "henrik.olofsson@timra.se", inledd="2015-01-20", utr_klar="2015-02-27",
             beslut="2015-03-02", enhet="Vuxenenheten Timrå")
    prov = "Timrå Öppenvård, Vivstavarv"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Jessica ansökte om stöd via sin kontakt på psykiatrin."),
            ("Situation", "Jessica, 36 år, ensamstående med två barn varannan vecka. Hon har använt amfetamin periodvis i tio år och senast i december 2014. Hon har haft kontakt med psykiatrin för ADHD (F90.0) och har medicinering sedan hösten 2014."),
            ("Analys och bedömning", """Jessica har behov av stöd att upprätthålla sin drogfrihet, som hon själv påbörjat i december,
            samt stöd i föräldraskapet och i att få struktur i vardagen. Barnens situation har utretts separat och bedöms
            god när Jessica är drogfri. Eftersom hon har stabilt boende och kontakt med psykiatrin kan behoven mötas i
            öppenvård med återfallsprevention och samordning med psykiatrin; institutionsvård skulle dessutom innebära
            uppehåll i umgänget med barnen.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård vid Timrå Öppenvård", "Jessica har behov av stöd att bibehålla drogfrihet och få struktur i vardagen. Öppenvård möter behoven och gör att umgänget med barnen kan fortsätta.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Behov av stöd att upprätthålla drogfrihet från amfetamin, stöd i föräldraskap och struktur i vardagen. Öppenvård möjliggör fortsatt umgänge med barnen.",
            b="Återfallsprevention enskilt 1 g/vecka, urinprov 1 g/vecka, samordning med psykiatrin.",
            c="Jessica ska vara drogfri (negativa urinprov) under hela insatsen, mars–augusti 2015.",
            d="Uppföljning i trepartssamtal efter tre månader.",
            e="Utföraren lämnar slutrapport om provsvar, närvaro och måluppfyllelse.",
            f=F(c), g="Överlämnad personligen vid startmöte 2015-03-05."), prov, "2015-03-04")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=False, html=plan(c, "Genomförandeplan", [
            ("Må bättre", "Samtal", "Behandlare", "Löpande", True),
            ("Fortsätta vara drogfri", "Urinprov", "Öppenvården", "Under tiden", True),
            ("Bättre vardag", "Stöd vid behov", "", "", False)], "2015-03-12", [("Utförare", prov)], landscape=False,
            fields=[("Jessicas egna ord", "Jag vill vara en bra mamma och slippa drogerna."), ("Nästa översyn", "Vid behov")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-06-10", "Avstämning", "Trepartssamtal", "Trepartssamtal med Jessica och behandlare Sara Nilsson. Samtliga 13 urinprov negativa. Jessica har fungerande rutiner och barnen är hos henne varannan vecka enligt plan. Hon vill fortsätta med samtal varannan vecka. Beslutas att insatsen fortsätter till 2015-08-31."),
            J(c, "2015-03-05", "Möte", "Startmöte", "Startmöte på öppenvården. Beställningen överlämnad personligen till Sara Nilsson."),
            J(c, "2015-03-02", "Beslut", "Beslut", "Beslut öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "'Analys och bedömning' anger behoven och varför öppenvård möter dem; även motivering i beslutet.", [("utredning.pdf", "kan behoven mötas"), ("beslut.pdf", "Öppenvård möter behoven")]),
        planning=("delvis", "Genomförandeplan finns men målen är vaga ('Må bättre', 'Bättre vardag') och odaterade ('Löpande', 'Under tiden').", [("genomforandeplan.pdf", "Må bättre")]),
        follow_up=("ja", "Journal 2015-06-10 trepartssamtal med utfall.", [("journal.pdf", "urinprov negativa")]),
        assignment_description=("ja", "Beställning med a–f; överlämnad personligen 2015-03-05 (beställningen och journalen).", [("bestallning.pdf", "Överlämnad personligen"), ("journal.pdf", "Beställningen överlämnad personligen")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Amfetamin, öppenvård; vag genomförandeplan.")


# ---------------------------------------------------------------- 6
def case06():
    c = base("Timrå", "timra", "SN 2015/0298", "Mikael Brännström", "19020405", "272",
             "Henrik Olofsson", "060-16 35 71", "henrik.olofsson@timra.se", inledd="2015-03-16", utr_klar="2015-04-17",
             beslut="2015-04-20", enhet="Vuxenenheten Timrå")
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Ansökan", "Mikael ansökte 2015-03-16 om behandling för spelberoende och alkohol."),
            ("Situation", "Mikael, 29 år, bor i lägenhet i Sörberge, arbetslös sedan januari. Skulder på ca 180 000 kr från spel. Dricker alkohol i samband med spel."),
            ("Bedömning", """Socialtjänsten bedömer att Mikael behöver behandling för sitt spelande, som är huvudproblemet, och
            för alkoholbruket som hänger ihop med spelandet. Han behöver också stöd i att få överblick över sin ekonomi.
            Han har ett stabilt boende och motivation. KBT-baserad behandling i grupp för spelberoende i öppenvård, med
            inslag av alkoholbehandling, bedöms möta behoven; budget- och skuldrådgivning ges parallellt.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, KBT-grupp för spel- och alkoholproblem", "Mikael behöver behandling för spel och alkohol samt stöd med ekonomin. Insatsen i öppenvård möter behoven.")),
        dict(file="handlingsplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Handlingsplan", [
            ("Inte spela om pengar alls fr.o.m. 2015-05-04", "KBT-grupp spel 10 ggr, spelspärr via Spelpaus-liknande avtal", "Mikael / gruppledare Ida Berg", "2015-05-04 – 2015-07-06", True),
            ("Högst 2 tillfällen med alkohol per månad", "Dagbok, genomgång varje grupptillfälle", "Mikael / Ida Berg", "Utvärderas 2015-06-10", True),
            ("Upprättad budget och kontakt med skuldrådgivare före 2015-05-31", "Budget- och skuldrådgivning", "Mikael / budgetrådgivare", "Maj 2015", True)],
            "2015-04-28", [("Utförare", "Timrå Öppenvård")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-09-14", "Anteckning", "Avslut", "Mikael har slutat komma till gruppen efter midsommar enligt Ida Berg. Ärendet avslutas i väntan på ny ansökan."),
            J(c, "2015-06-09", "Telefon", "Avbokat möte", "Ida Berg ringer och avbokar uppföljningsmötet 2015-06-10 p.g.a. sjukdom. Nytt datum ej bokat."),
            J(c, "2015-05-12", "Anteckning", "Uppföljning bokad", "Uppföljningsmöte bokat till 2015-06-10 kl 10 på öppenvården."),
            J(c, "2015-04-28", "Möte", "Handlingsplan", "Handlingsplan upprättad hos öppenvården."),
            J(c, "2015-04-21", "Telefon", "Uppdrag till öppenvården", "Ringt Ida Berg på Timrå Öppenvård och muntligen gett uppdraget: KBT-grupp för spel med start i maj. Någon skriftlig beställning skickas inte eftersom det är egen regi."),
            J(c, "2015-04-20", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behoven (spel, alkohol, ekonomi) och varför KBT-grupp i öppenvård möter dem.", [("utredning.pdf", "bedöms möta behoven")]),
        planning=("ja", "Handlingsplan med daterade mål, aktiviteter, ansvar och tid.", [("handlingsplan.pdf", "Inte spela om pengar")]),
        follow_up=("nej", "Uppföljningsmötet 2015-06-10 bokades men avbokades och bokades aldrig om; ingen uppföljning genomförd.", [("journal.pdf", "Nytt datum ej bokat")]),
        assignment_description=("nej", "Inget skriftligt uppdrag; journalen 2015-04-21 anger att uppdraget gavs muntligen.", [("journal.pdf", "muntligen gett uppdraget")], "", "abcdefg"))
    return dict(c=c, docs=docs, truth=t, scenario="Spel/alkohol; muntligt uppdrag, uppföljning avbokad.")


# ---------------------------------------------------------------- 7
def case07():
    c = base("Sollefteå", "solleftea", "SN 2014/611", "Gunilla Westin", "19000217", "649",
             "Peter Åkerlund", "0620-68 21 05", "peter.akerlund@solleftea.se", inledd="2014-10-06", utr_klar="2014-11-21",
             beslut="2014-11-24", printed="2015-09-29 13:15")
    prov = "Sollefteå öppenvårdsmottagning Ådalen"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Aktualisering", "Anmälan från hemtjänsten 2014-10-06 om att Gunilla ofta är berusad vid besöken."),
            ("Utredningens genomförande", "Hembesök 2014-10-14 och 2014-11-04. Samtal med dottern. AUDIT genomförd."),
            ("Social situation", "Gunilla, 65 år, änka sedan 2013, bor i radhus i Sollefteå. Har hemtjänst för städ och inköp."),
            ("Alkohol", "Gunilla dricker vin dagligen, ca en flaska per dag. AUDIT 22 poäng."),
            ("Bedömning", ""),
            ("Förslag till beslut", "Öppenvård.")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård vid öppenvårdsmottagning Ådalen", None)),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Se utredning.",
            b="Samtal 1 g/vecka på mottagningen eller i hemmet, PEth-prov varje månad.",
            c="Gunilla ska ha minskat till högst 2 glas vin per dag senast 2015-03-31 (PEth under 0,3).",
            d="Uppföljningsmöte i hemmet efter tre månader.",
            e="Skriftlig slutrapport om måluppfyllelse och provsvar.",
            f="", g="Skickad 2014-11-26 via säker e-post."), prov, "2014-11-26")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Genomförandeplan", [
            ("Högst 2 glas vin/dag senast 2015-03-31", "Samtal 1 g/v, dryckesdagbok", "Lena Kvist, behandlare", "2014-12-01 – 2015-03-31", True),
            ("PEth under 0,3 µmol/l i mars 2015", "PEth-prov varje månad", "Lena Kvist / vårdcentralen", "Första provet 2014-12-15", True),
            ("Delta i träffpunkt minst 1 g/v från januari 2015", "Följa med till träffpunkten Sollefteå", "Lena Kvist / hemtjänsten", "2015-01-07 –", True)],
            "2014-12-01", [("Utförare", prov)])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-03-04", "Avstämning", "Hembesök – uppföljning", "Hembesök hos Gunilla tillsammans med Lena Kvist. Dryckesdagboken visar 1–3 glas per dag. PEth i februari 0,41, sjunkande. Hon går till träffpunkten varje onsdag. Mål 3 uppnått, mål 1 och 2 delvis. Samtalen fortsätter till 2015-05-31."),
            J(c, "2014-11-26", "Beställning", "Beställning", "Beställning skickad till Ådalen."),
            J(c, "2014-11-24", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("nej", "Rubriken Bedömning i utredningen är tom, beslutet saknar motivering och beställningen hänvisar bara till utredningen.", [("utredning.pdf", "Förslag till beslut")]),
        planning=("ja", "Genomförandeplan med daterade mål, aktiviteter, ansvariga och tid.", [("genomforandeplan.pdf", "Högst 2 glas vin")]),
        follow_up=("ja", "Journal 2015-03-04 hembesök/uppföljning med utfall per mål.", [("journal.pdf", "Mål 3 uppnått")]),
        assignment_description=("delvis", "Beställningen hänvisar bara till utredningen för behovsbedömning (som är tom) och fältet Ansvarig handläggare är tomt.", [("bestallning.pdf", "Se utredning.")], "bcdeg", "af"))
    return dict(c=c, docs=docs, truth=t, scenario="Äldre kvinna alkohol; tom bedömningsmall.")


# ---------------------------------------------------------------- 8
def case08():
    c = base("Sollefteå", "solleftea", "SN 2015/0144", "Stig Lundmark", "19011009", "316",
             "Peter Åkerlund", "0620-68 21 05", "peter.akerlund@solleftea.se", inledd="2015-02-23", utr_klar="2015-03-27",
             beslut="2015-03-30")
    prov = "Behandlingshemmet Fjällsätra"
    b = beslut(c, "institutionsvård vid Behandlingshemmet Fjällsätra, 16 veckor",
               "Stig har ett långvarigt alkoholberoende och har behov av dygnetruntvård. Se utredning.", giltigt="2015-04-07 – 2015-07-27")
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Bakgrund", "Stig, 48 år, har druckit sedan tonåren. Han har förlorat sin lägenhet i januari 2015 och bor tillfälligt hos en bekant. Abstinenskramp vid två tillfällen 2014."),
            ("Tidigare insatser", "Öppenvård 2013–2014 med korta nyktra perioder. Avgiftning 4 gånger senaste året."),
            ("Bedömning", """Stig har behov av en längre period i drogfri miljö med medicinsk kompetens, eftersom han haft
            abstinenskramper och saknar eget boende. Han behöver behandling för sitt beroende och stöd att ordna boende och
            sysselsättning inför utskrivning. Öppenvård har prövats utan bestående effekt. Vård vid Fjällsätra, som har
            sjuksköterska och utslussningslägenheter, bedöms kunna möta både behandlingsbehovet och boendefrågan.""")])),
        dict(file="beslut_fax.pdf", type="beslut", scan=True, html=fax(b, "FRÅN: SOLLEFTEÅ IFO 0620-68 20 99   2015-03-31 11:02   S.1/1")),
        dict(file="uppdrag.pdf", type="uppdragsbeskrivning", html=bestallning_letter(c, dict(
            a="Långvarigt alkoholberoende med abstinenskramper, saknar boende. Behov av drogfri miljö med medicinsk kompetens, behandling samt stöd med boende och sysselsättning inför utskrivning.",
            b="Institutionsvård 16 veckor, 2015-04-07 – 2015-07-27, inklusive utslussning de sista fyra veckorna.",
            c="Stig ska vara nykter under vistelsen och ha ordnat boende (eget kontrakt eller träningslägenhet) vid utskrivning.",
            d="Vårdplan upprättas vid inskrivning. Uppföljningsmöte på Fjällsätra efter 8 veckor och utskrivningsmöte.",
            e="Utskrivningsrapport: behandlingsinnehåll, nykterhet, boendesituation och rekommendationer för eftervård.",
            f=F(c), g="Detta uppdrag har skickats till Fjällsätra 2015-03-31 per post."), prov, "Box 112, 881 24 Sollefteå", "2015-03-31")),
        dict(file="vardplan_signerad.pdf", type="vårdplan", scan=True, landscape=True, html=plan(c, "Individuell plan – vårdplan", [
            ("Nykter hela vistelsen (negativa prov)", "Dagliga utandningsprov, behandlingsprogram", "Fjällsätra", "2015-04-07 – 2015-07-27", True),
            ("Ansökan om bostad inlämnad senast 2015-05-31", "Kontakt bostadsbolaget, boendestöd", "Peter Åkerlund / Stig", "Maj 2015", True),
            ("Sysselsättning bokad till hösten", "Kontakt med Arbetsmarknadsenheten", "Stig / Fjällsätra", "Juni–juli 2015", True)],
            "2015-04-09", [("Placering", prov)], signed=[("Stig Lundmark", "Klient"), ("P. Åkerlund", "Handläggare"), ("M. Rönnqvist", "Fjällsätra")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-06-03", "Delutvärdering", "Uppföljningsmöte Fjällsätra", "Uppföljningsmöte på Fjällsätra med Stig och Maria Rönnqvist. Stig har varit nykter hela vistelsen. Han har fått ett andrahandskontrakt via kommunen från 2015-08-01. Sysselsättning: ännu ingen, AME-kontakt bokad. Mål 1 och 2 uppnådda, mål 3 pågår."),
            J(c, "2015-04-09", "Möte", "Vårdplan", "Vårdplan upprättad och signerad på Fjällsätra, skannad till akten."),
            J(c, "2015-03-31", "Beslut", "Beslut faxat", "Beslut faxat till Fjällsätra, uppdragsbrev skickat per post.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behov av drogfri miljö med medicinsk kompetens, behandling och boende, och varför Fjällsätra möter dem.", [("utredning.pdf", "bedöms kunna möta både")]),
        planning=("ja", "Skannad, signerad vårdplan med daterade mål, ansvar och tid.", [("vardplan_signerad.pdf", [1])]),
        follow_up=("ja", "Journal 2015-06-03 uppföljningsmöte med utfall.", [("journal.pdf", "Mål 1 och 2 uppnådda")]),
        assignment_description=("ja", "Uppdragsbrev med a–f och uppgift om att det skickats 2015-03-31.", [("uppdrag.pdf", "Detta uppdrag har skickats"), ("journal.pdf", "uppdragsbrev skickat per post")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Institutionsvård; faxat beslut och signerad vårdplan som skannade bilder.")


# ---------------------------------------------------------------- 9
def case09():
    c = base("Ånge", "ange", "SN 2015/73", "Elin Byström", "19020812", "480",
             "Sofia Grahn", "0690-250 312", "sofia.grahn@ange.se", inledd="2015-06-08", utr_klar="2015-08-07",
             beslut="2015-08-10", enhet="IFO Vuxen")
    prov = "Ånge öppenvård Stenbacken"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Inkommen ansökan", "Elin ansökte 2015-06-08 om stöd att sluta med tramadol och alkohol."),
            ("Nuläge", "Elin, 27 år, bor i Ånge med sin son (4 år). Arbetar deltid inom handeln. Hon har använt tramadol utan förskrivning i ett år, och dricker alkohol på helger."),
            ("Nätverk", "Elins mor bor i Ånge och hjälper till med sonen."),
            ("Bedömning", "Elin bedöms vara i behov av öppenvård."),
            ("Förslag", "Öppenvård vid Stenbacken.")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård vid Stenbacken", "Elin bedöms vara i behov av öppenvård.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Elin bedöms vara i behov av öppenvård för sitt bruk av tramadol och alkohol.",
            b="Individuella samtal (ÅP) 1 g/vecka, urinprov varje vecka, samordning med vårdcentral om nedtrappning.",
            c="Elin ska vara fri från tramadol och avstå alkohol senast 2015-10-31.",
            d="Genomförandeplan inom 2 veckor; första uppföljningsmöte 2015-11-23.",
            e="Slutrapport: provsvar, närvaro, måluppfyllelse.",
            f=F(c), g="Skickad till Stenbacken 2015-08-11."), prov, "2015-08-11")),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", landscape=True, html=plan(c, "Genomförandeplan", [
            ("Fri från tramadol 2015-10-31 (negativa urinprov)", "Nedtrappning via vårdcentral, ÅP-samtal 1 g/v", "Jan Ek, Stenbacken / vårdcentral", "2015-08-24 – 2015-10-31", True),
            ("Ingen alkohol fr.o.m. 2015-09-01", "Dryckesdagbok, utandningsprov vid besök", "Elin / Jan Ek", "Utvärderas 2015-11-23", True),
            ("Barnvakt ordnad vid behandlingstider", "Överenskommelse med mormor", "Elin", "Klart 2015-08-24", True)],
            "2015-08-24", [("Utförare", prov), ("Första uppföljning", "2015-11-23")])),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-09-21", "Telefon", "Samtal", "Jan Ek meddelar att Elin kommer regelbundet. Uppföljningsmöte kvarstår 2015-11-23."),
            J(c, "2015-08-24", "Möte", "Startmöte", "Startmöte på Stenbacken, genomförandeplan upprättad. Insatsen startar i dag."),
            J(c, "2015-08-11", "Beställning", "Beställning", "Beställning skickad."),
            J(c, "2015-08-10", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("delvis", "Bedömningen består bara av slutsatsen 'bedöms vara i behov av öppenvård'; inga behov eller skäl anges.", [("utredning.pdf", "Elin bedöms vara i behov av öppenvård")]),
        planning=("ja", "Genomförandeplan med daterade mål, aktiviteter, ansvar och tid.", [("genomforandeplan.pdf", "Fri från tramadol")]),
        follow_up=("ej_tillämpligt", "Insatsen startade 2015-08-24; första uppföljning planerad 2015-11-23, efter granskningsdatum 2015-10-01.", [("journal.pdf", "Uppföljningsmöte kvarstår 2015-11-23")]),
        assignment_description=("ja", "Beställningen innehåller a–f (behovsbedömningen återges kortfattat) och överlämningsdatum 2015-08-11.", [("bestallning.pdf", "Skickad till Stenbacken")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="Tramadol; nystartad insats, uppföljning ej förfallen.")


# ---------------------------------------------------------------- 10
def case10():
    c = base("Ånge", "ange", "SN 2015/09", "Ronny Hellström", "19000403", "095",
             "Sofia Grahn", "0690-250 312", "sofia.grahn@ange.se", inledd="2014-12-29", utr_klar="2015-01-30",
             beslut="2015-02-02", enhet="IFO Vuxen")
    prov = "Ånge öppenvård Stenbacken"
    docs = [
        dict(file="utredning.pdf", type="utredning", html=utredning(c, [
            ("Aktualisering", "Orosanmälan från polisen 2014-12-29 efter omhändertagande enligt LOB."),
            ("Situation", "Ronny, 52 år, bor ensam i Alby. Förtidspensionär. Dricker hembränt och starköl. Ensam, lite kontakt med andra."),
            ("Bedömning", """Ronny har behov av stöd att minska sitt drickande, som lett till två LOB-omhändertaganden och
            försämrad hälsa, och behov av social kontakt för att bryta isoleringen. Han är inte motiverad för behandling på
            institution men accepterar hembesök. Öppenvård i form av regelbundna stödsamtal i hemmet och på Stenbacken,
            kombinerat med träffpunktsverksamhet, bedöms kunna möta behoven och bygga motivation.""")])),
        dict(file="beslut.pdf", type="beslut", html=beslut(c, "öppenvård, stödsamtal och träffpunkt", "Ronny har behov av stöd att minska sitt drickande och bryta sin isolering; öppenvård möter behoven.")),
        dict(file="bestallning.pdf", type="uppdragsbeskrivning", html=bestallning_form(c, dict(
            a="Behov av stöd att minska alkoholkonsumtion (två LOB 2014) och att bryta social isolering. Inte motiverad för institution, accepterar hembesök.",
            b="Stödsamtal varannan vecka i hemmet/på Stenbacken, introduktion till träffpunkt.",
            c="Ronny ska inte ha något LOB-omhändertagande under 2015 och delta i träffpunkt minst 2 ggr/månad från april.",
            d="Uppföljning efter tre månader, i samtal med Ronny och utföraren.",
            e="Sammanfattande rapport vid avslut om kontakt, måluppfyllelse och fortsatt behov.",
            f=F(c), g="Skickad 2015-02-03."), prov, "2015-02-03")),
        dict(file="journal.pdf", type="journalanteckningar", html=journalpdf(c, [
            J(c, "2015-05-20", "Avstämning", "Uppföljning", "Uppföljning genomförd."),
            J(c, "2015-03-16", "Hembesök", "Planerat hembesök", "Planerat hembesök hos Ronny tillsammans med Jan Ek. Ronny var nykter och bjöd på kaffe."),
            J(c, "2015-02-18", "Telefon", "Samtal", "Jan Ek har träffat Ronny två gånger. En genomförandeplan ska upprättas när Ronny är redo. Planerat hembesök 2015-03-16."),
            J(c, "2015-02-03", "Beställning", "Beställning", "Beställning skickad till Stenbacken."),
            J(c, "2015-02-02", "Beslut", "Beslut", "Beslut om öppenvård.")]))]
    t = dict(
        needs_assessment=("ja", "Bedömningen anger behov (minska drickande, bryta isolering) och varför öppenvård med hembesök möter dem.", [("utredning.pdf", "bedöms kunna möta behoven")]),
        planning=("nej", "Ingen genomförandeplan; journalen säger bara att en plan ska upprättas, och 'planerat hembesök' är ingen plan.", [("journal.pdf", "En genomförandeplan ska upprättas")]),
        follow_up=("delvis", "Journal 2015-05-20 'Uppföljning genomförd.' är daterad men saknar utfall.", [("journal.pdf", "Uppföljning genomförd.")]),
        assignment_description=("ja", "Beställning med a–f, skickad 2015-02-03.", [("bestallning.pdf", "Skickad 2015-02-03"), ("journal.pdf", "Beställning skickad till Stenbacken")], "abcdefg", ""))
    return dict(c=c, docs=docs, truth=t, scenario="LOB-anmälan; ingen plan, uppföljning utan innehåll.")
