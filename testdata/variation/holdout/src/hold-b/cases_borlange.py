# -*- coding: utf-8 -*-
"""Borlänge: web-based case system printed from the browser (Chromium); one letter from Word."""
from common import hdr, journal, sign

MUN = "Borlänge"
FOOT = "Borlänge kommun, Socialförvaltningen · Utskrift 2015-09-29|Sida {page} av {pages}"
FONT = "Liberation Sans"


def H(dnr, right=None):
    return hdr(MUN, dnr, right)


# ------------------------------------------------------------------ case 5
def case_0087():
    dnr = "SOC.2015.0087"
    pre = [
        ("h1", "Utredning och beslut -- Vuxen missbruk"),
        ("kv", [("Klient", "Jonas Mattsson"), ("Diarienummer", dnr),
                ("Ansökan", "Öppenvård, inkom 2015-01-22"), ("Handläggare", "Lena Forsberg")], {"labelw": 22}),
    ]
    utr = [
        ("h2", "Aktualisering"),
        ("p", "Jonas mamma ringde 2015-01-19 och berättade att hon hittat cannabis och en påse med vitt pulver "
              "hemma hos Jonas. Jonas ringde själv tre dagar senare efter att ha pratat med mamman och ansökte "
              "om hjälp att sluta."),
        ("h2", "Utredningens genomförande"),
        ("p", "Besök 2015-01-29 och 2015-02-05. DUDIT och urinprov 2015-02-05. Telefonkontakt med mamman och "
              "med Arbetsförmedlingen efter Jonas samtycke."),
        ("h2", "Boende"),
        ("p", "Jonas hyr en etta i Tjärna Ängar sedan ett år. Hyran har betalats i tid enligt Jonas."),
        ("h2", "Familj och nätverk"),
        ("p", "Föräldrarna är skilda. Jonas har nära kontakt med mamman och en yngre syster. Kontakten med "
              "pappan är sporadisk. Flera av Jonas vänner använder cannabis."),
        ("h2", "Sysselsättning och ekonomi"),
        ("p", "Jonas gick ut fordonsprogrammet 2011. Han har haft timanställningar på lager men är sedan augusti "
              "2014 inskriven på Arbetsförmedlingen utan aktivitet. Han har aktivitetsstöd och har sökt "
              "ekonomiskt bistånd som komplement."),
        ("h2", "Hälsa"),
        ("p", "Jonas sover dåligt och vänder på dygnet. Han har inte sökt vård. Han har inga kända "
              "somatiska sjukdomar."),
        ("h2", "Missbruk"),
        ("p", "Jonas började röka cannabis vid 16 års ålder. Han röker i dag nästan dagligen och har det senaste "
              "halvåret också tagit amfetamin på helger. DUDIT 2015-02-05: 22 poäng. Urinprov samma dag positivt "
              "för THC och amfetamin."),
        ("h2", "Tidigare kontakter"),
        ("p", "Inga tidigare insatser från socialtjänsten som vuxen. Kontakt med Mini-Maria som 17-åring."),
        ("h2", "Jonas syn på sin situation"),
        ("p", "Jonas vill sluta med amfetaminet helt och \"minska ordentligt\" med cannabis. Han vill ha ett "
              "arbete. Han vill inte gå i grupp med äldre missbrukare men kan tänka sig Kompassen eftersom han "
              "hört att de har ett program för unga som röker."),
        ("h2", "Bedömning"),
        ("p", "Jonas bedöms vara i behov av öppenvårdsinsats vid Kompassen."),
        ("h2", "Förslag till beslut"),
        ("p", "Jonas Mattsson beviljas öppenvård vid Kompassen enligt 4 kap. 1 § SoL under tiden 2015-03-09 -- 2015-08-31."),
        ("p", "Utredningen kommunicerad 2015-02-26. Lena Forsberg, socialsekreterare"),
        ("hr",),
        ("h2", "Beslut"),
        ("p", "Jonas Mattsson beviljas öppenvård vid Kompassen (haschavvänjningsprogram och individuella samtal) "
              "enligt 4 kap. 1 § SoL under tiden 2015-03-09 -- 2015-08-31."),
        ("p", "Beslutsdatum 2015-03-02. Beslutsfattare: Per Nordin, enhetschef, enligt delegation."),
    ]
    mail = [
        ("kv", [("Från", "Forsberg Lena"), ("Skickat", "den 3 mars 2015 14:12"),
                ("Till", "Sund Erik; Kompassen Öppenvård"),
                ("Ämne", "Uppdrag Jonas Mattsson SOC.2015.0087")], {"labelw": 14, "noborder": True}),
        ("hr",),
        ("p", "Hej Erik!"),
        ("p", "Jonas Mattsson har beviljats öppenvård hos er (beslut 2015-03-02) under tiden 2015-03-09 -- 2015-08-31. "
              "Han har fått tid för inskrivning hos dig 9/3 kl 13."),
        ("p", "**Uppdrag:** Haschavvänjningsprogrammet (HAP) samt individuella samtal, urinprov en gång i veckan. "
              "Stöd att komma igång med sysselsättning i samarbete med AME."),
        ("p", "**Mål:** Jonas ska vara drogfri och ha en fungerande vardag med sysselsättning."),
        ("p", "**Uppföljning:**"),
        ("p", "**Återrapportering:**"),
        ("checks", [(True, "Genomförandeplan inom tre veckor"),
                    (True, "Avbrott eller upprepade uteblivanden meddelas direkt"),
                    (True, "Avslutningsrapport när insatsen upphör")], "bracket"),
        ("p", "Hälsningar\nLena Forsberg\nSocialsekreterare\nVuxenenheten Missbruk och beroende\nBorlänge kommun\n"
              "0243-743 21\nlena.forsberg@borlange.se"),
    ]
    gfp = [
        ("h1", "Genomförandeplan -- Kompassen öppenvård"),
        ("p", "Klient: Jonas Mattsson · Upprättad 2015-03-23 av Jonas och behandlare Erik Sund · Kopia till handläggare Lena Forsberg"),
        ("h2", "Mål 1: Jonas är drogfri från amfetamin och cannabis -- negativa urinprov varje vecka under april och maj 2015"),
        ("ul", ["Så gör vi: HAP, åtta sessioner (onsdagar kl. 10), urinprov varje måndag",
                "Ansvarig: Jonas och Erik Sund",
                "När: 2015-03-25 -- 2015-05-29"]),
        ("h2", "Mål 2: Jonas har sysselsättning minst tre dagar i veckan senast 2015-06-30"),
        ("ul", ["Så gör vi: trepartsmöte med Arbetsmarknadsenheten (AME), praktikplats",
                "Ansvarig: Lena Forsberg bokar mötet, Jonas deltar",
                "När: möte 2015-04-15"]),
        ("h2", "Mål 3: Jonas sover minst sex timmar per natt fem nätter i veckan senast 2015-05-15"),
        ("ul", ["Så gör vi: sömndagbok, samtal om dygnsrytm, kontakt med vårdcentralen om det inte blir bättre",
                "Ansvarig: Jonas, Erik Sund",
                "När: sömndagbok fr.o.m. 2015-03-23, genomgång varannan vecka"]),
        ("p", "Planen utvärderas på utvärderingsmöte med Jonas, Erik och Lena i början av juni 2015."),
        ("p", "Jonas Mattsson                       Erik Sund, behandlare"),
    ]
    jour = [
        ("h1", "Journalutskrift"),
        ("p", "Klient: Jonas Mattsson · " + dnr),
        journal([
            ("2015-01-19", "Tfn från mamma, orolig, har hittat cannabis och vitt pulver hos Jonas. Informerad om att Jonas själv behöver kontakta oss. /LF"),
            ("2015-01-22", "Jonas ringer, ansöker om hjälp. Besök bokat. /LF"),
            ("2015-01-29", "Besök. Utredning inleds. Samtycke till kontakt med mamma och AF. /LF"),
            ("2015-02-05", "Besök. DUDIT 22 p. U-prov pos THC + amf. /LF"),
            ("2015-02-26", "Utredning kommunicerad muntligt. /LF"),
            ("2015-03-02", "Beslut ÖV Kompassen 9/3--31/8 (PN). /LF"),
            ("2015-03-03", "Uppdraget mejlat till Erik Sund på Kompassen. /LF"),
            ("2015-03-27", "GFP inkommen från Kompassen. /LF"),
            ("2015-04-15", "Möte AME, Jonas, handl. Praktik på AME:s verkstad från 11/5, 3 dgr/v. /LF"),
            ("2015-06-02", "Utvärderingsmöte på Kompassen. Närvarande Jonas, Erik Sund, handl. Jonas har gått alla 8 HAP-sessionerna. "
                           "9 av 10 urinprov negativa, ett positivt för THC 20/4 efter en helg. Inga amfetaminfynd sedan start. Praktik på AME 3 dgr/v sedan 11/5 "
                           "och trivs. Sover bättre, enligt sömndagboken 6--7 tim de flesta nätter. Mål 1 och 3 i stort sett uppnådda, mål 2 uppnått. "
                           "Överenskommet: individuella samtal varannan vecka t.o.m. 31/8, därefter avslut. /LF"),
            ("2015-09-04", "Återkoppling från Kompassen, avslutningsrapport inkommen: fortsatt negativa prov juni--aug, praktiken förlängd. "
                           "Jonas vill inte ha fortsatt kontakt. Insatsen avslutad 31/8. /LF"),
        ]),
    ]
    docs = [
        dict(file="utredning_beslut.pdf", type="utredning och beslut", producer="chromium", blocks=utr, pre_blocks=pre,
             columns=2, header=H(dnr), footer=FOOT, title="Utredning och beslut", font=FONT, size=9.5),
        dict(file="uppdrag_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="chromium", blocks=mail,
             header=("Lena Forsberg", ""), footer="|{page}", title="Uppdrag Jonas Mattsson SOC.2015.0087", font=FONT, size=10),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="chromium", blocks=gfp,
             header=("Kompassen öppenvård\nBorlänge kommun", "Genomförandeplan"), footer="Kompassen|{page} ({pages})",
             title="Genomförandeplan", font="DejaVu Sans", size=9.5),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", blocks=jour, header=H(dnr),
             footer=FOOT, title="Journal", font=FONT, size=9),
    ]
    crit = {
        "needs_assessment": dict(label="delvis", why="Bedömningen är en enda mening ('bedöms vara i behov av öppenvårdsinsats') utan att behoven eller skälen anges.",
                                 ev=["Jonas bedöms vara i behov av öppenvårdsinsats"]),
        "planning": dict(label="ja", why="Genomförandeplan i punktform med daterade, mätbara mål och vad, vem och när.",
                         ev=["genomforandeplan.pdf::Mål 1: Jonas är drogfri", "genomforandeplan.pdf::Mål 3: Jonas sover"]),
        "follow_up": dict(label="ja", why="Utvärderingsmöte 2015-06-02 med utfall per mål, och avslutningsrapport 2015-09-04.",
                          ev=["Utvärderingsmöte på Kompassen. Närvarande Jonas", "Återkoppling från Kompassen, avslutningsrapport"]),
        "assignment_description": dict(label="delvis", present="bcefg",
                                       why="E-postuppdraget (skickat 2015-03-03) saknar socialtjänstens bedömning av behov, och rubriken Uppföljning är tom.",
                                       ev=["uppdrag_mejl.pdf::Uppdrag Jonas Mattsson", "Uppdraget mejlat till Erik Sund"]),
    }
    return dict(case_id="borlange_SOC.2015.0087", committee="Borlänge", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 6
def case_0412():
    dnr = "SOC.2014.0412"
    utr = [
        ("h1", "Utredning och beslut -- Vuxen missbruk"),
        ("kv", [("Klient", "Anneli Holm"), ("Diarienummer", dnr), ("Ansökan", "2014-08-25, behandling på behandlingshem"),
                ("Handläggare", "Sanna Pettersson")], {"labelw": 22}),
        ("h2", "Aktualisering"),
        ("p", "Distriktsläkare på Vårdcentralen Kvarnsveden skickade 2014-08-18 en anmälan med Annelis samtycke efter att "
              "hon sökt för abstinensbesvär. Anneli ansökte om behandling vid besök 2014-08-25."),
        ("h2", "Social situation"),
        ("p", "Anneli bor ensam i en lägenhet i Hagalund. Hon har två vuxna barn som hon har sporadisk kontakt med. "
              "Hon har tidigare arbetat inom hemtjänsten men har sjukersättning sedan 2012. Hon har skulder hos "
              "Kronofogden. Hon levde tidigare i ett förhållande där hon utsattes för våld; mannen är dömd och "
              "kontakten är bruten sedan 2011."),
        ("h2", "Missbruk"),
        ("p", "Anneli har druckit alkohol i riskabla mängder i över tio år, i dag främst vin, och har de senaste två "
              "åren också använt bensodiazepiner som inte förskrivits till henne. AUDIT 2014-09-01: 29 p. DUDIT 11 p. "
              "Hon har avgiftats på Säters beroendeavdelning tre gånger 2013--2014."),
        ("h2", "Tidigare insatser"),
        ("p", "Samtal på Kompassen våren 2014 (sex besök). Stödsamtal på Kvinnojouren 2011."),
        ("h2", "Annelis önskemål"),
        ("p", "Anneli vill bli nykter och sluta med tabletterna. Hon vill till ett behandlingshem med enbart kvinnor. "
              "Hon erbjöds i september plats på ett blandat behandlingshem men avböjde det."),
        ("h2", "Analys"),
        ("p", "Anneli har ett långvarigt alkoholberoende och ett tillkommande beroende av bensodiazepiner. Tre "
              "avgiftningar och kontakt med kommunens öppenvård har inte lett till att drickandet minskat. Hon bor "
              "ensam och isolerat och hennes sociala kontakter rör sig till stor del kring alkohol. Hennes ekonomi "
              "och relationen till barnen har påverkats."),
        ("p", "Förvaltningens analys är att Anneli inte kan bryta beroendet i sin nuvarande miljö. Hon kräver en "
              "period i en skyddad, drogfri miljö där nedtrappning av bensodiazepiner kan ske under läkarkontroll. "
              "Eftersom hon har erfarenhet av våld i nära relation och själv uttrycker att hon inte känner sig trygg "
              "bland män i behandling, är en verksamhet för enbart kvinnor med traumamedveten inriktning det som "
              "ger henne rimliga förutsättningar att tillgodogöra sig behandlingen. Björkängens kvinnobehandling "
              "har den inriktningen, har läkare knuten till verksamheten och arbetar med ÅP och tolvstegsinspirerade "
              "grupper. Vistelsen bör också användas för att påbörja en ordning i ekonomin och kontakten med barnen."),
        ("h2", "Förslag till beslut"),
        ("p", "Anneli Holm beviljas vård vid Björkängens kvinnobehandling enligt 4 kap. 1 § SoL 2014-10-06 -- 2015-01-31."),
        ("hr",),
        ("h2", "Beslut"),
        ("p", "Bifall enligt förslag. Anneli Holm beviljas vård vid Björkängens kvinnobehandling (HVB) enligt 4 kap. 1 § SoL "
              "2014-10-06 -- 2015-01-31."),
        ("p", "Beslutsdatum 2014-09-30. Beslutsfattare: Per Nordin, enhetschef."),
    ]
    remiss = [
        ("p", "Björkängens kvinnobehandling\nAtt: Intagningsansvarig"),
        ("p", "Borlänge 2014-10-01"),
        ("h1", "Uppdragsbeskrivning/Remiss till behandlingshem"),
        ("kv", [("Klient", "Anneli Holm"), ("Dnr", dnr),
                ("Beslut", "2014-09-30, 4 kap. 1 § SoL, HVB 2014-10-06 -- 2015-01-31"),
                ("Handläggare", "Sanna Pettersson, socialsekreterare\nTel 0243-743 38, mobil 070-395 12 44\nsanna.pettersson@borlange.se")], {"labelw": 22}),
        ("h2", "1. Socialtjänstens bedömning"),
        ("p", "Anneli har ett långvarigt alkoholberoende och använder bensodiazepiner utan förskrivning. Öppenvård och "
              "avgiftningar har inte räckt. Hon behöver en drogfri miljö med läkarkontrollerad nedtrappning och, mot "
              "bakgrund av tidigare våldsutsatthet, en verksamhet för enbart kvinnor med traumamedveten inriktning."),
        ("h2", "2. Uppdrag"),
        ("ul", ["Behandling på HVB för kvinnor, ÅP och gruppbehandling",
                "Medicinsk bedömning och nedtrappning av bensodiazepiner via verksamhetens läkare",
                "Traumamedvetet stöd (samtal)",
                "Stöd att ta kontakt med budget- och skuldrådgivningen och med barnen"]),
        ("h2", "3. Mål"),
        ("p", "Anneli är nykter och fri från bensodiazepiner vid utskrivning, har en återfallsplan och har påbörjat en "
              "plan för sina skulder."),
        ("h2", "4. Uppföljning"),
        ("p", "Vårdplanen följs upp vid trepartssamtal (Anneli, kontaktperson, handläggare) efter cirka sex veckor samt "
              "vid ett utvärderingsmöte inför beslutsperiodens slut."),
        ("h2", "5. Återrapportering -- behandlingshemmet ska lämna"),
        ("checks", [(True, "Genomförandeplan inom fyra veckor"),
                    (True, "Rapport omedelbart vid avbrott, avvikelse eller återfall"),
                    (False, "Månadsrapport"),
                    (True, "Skriftlig slutrapport vid utskrivning (måluppfyllelse, provsvar, rekommendationer)")]),
        ("h2", "6. Övrigt"),
        ("p", "Dygnskostnad enligt avtal. Remissen skickas med post och i kopia per e-post samma dag som den undertecknas."),
        sign("", "Sanna Pettersson", "Socialsekreterare"),
    ]
    vp = [
        ("h1", "Vårdplan"),
        ("kv", [("Namn", "Anneli Holm"), ("Insats", "Björkängens kvinnobehandling"), ("Datum", "2014-10-03")], {"labelw": 18}),
        ("table", ["Mål", "Hur", "Ansvarig", "Tid"], [
            ["Anneli ska bli nykter och må bättre", "Behandling på Björkängen", "Anneli/behandlingshemmet", "Under placeringen"],
            ["Sluta med tabletterna", "Läkarkontakt", "Björkängen", "Under placeringen"],
            ["Få ordning på ekonomin", "Kontakt med skuldrådgivningen", "Anneli", ""],
            ["Bättre kontakt med barnen", "Samtal", "", ""],
        ], [3, 3, 2.5, 2]),
        ("p", "Uppföljning sker enligt uppdragsbeskrivningen."),
        ("sp",),
        ("p", "Underskrift klient: ________________________          Handläggare: ________________________"),
        ("p", "Anneli Holm                                                  Sanna Pettersson"),
    ]
    jour = [
        ("h1", "Journalutskrift"),
        ("p", "Klient: Anneli Holm · " + dnr),
        journal([
            ("2014-08-18", "Anmälan från VC Kvarnsveden (distriktsläkare) med samtycke. /SP"),
            ("2014-08-25", "Besök, Anneli ansöker om behandlingshem. Utredning inleds. /SP"),
            ("2014-09-01", "Besök. AUDIT 29, DUDIT 11. /SP"),
            ("2014-09-10", "Erbjudit plats på blandat HVB, Anneli avböjde, vill till kvinnobehandling. Kontakt tagen med Björkängen. /SP"),
            ("2014-09-30", "Beslut HVB Björkängen 6/10 -- 31/1. /SP"),
            ("2014-10-01", "Uppdragsbeskrivning/remiss skickad till Björkängen med post och per e-post. /SP"),
            ("2014-10-03", "Vårdplan upprättad med Anneli. /SP"),
            ("2014-10-06", "Anneli inskriven på Björkängen. /SP"),
            ("2014-11-12", "Återkoppling från behandlingshemmet, kontaktperson Helén: Anneli har varit nykter sedan inskrivningen. "
                           "Nedtrappningen av bensodiazepiner pågår enligt läkarens schema, klar beräknat v. 50. Deltar i grupperna, "
                           "har svårt med sömnen. Har ringt sin dotter två ggr. GFP har kommit 2014-11-03. /SP"),
            ("2014-11-20", "Trepartssamtal inställt, Anneli sjuk (influensa). /SP"),
            ("2015-01-20", "Utvärderingsmöte på Björkängen: Anneli, Helén och handl. Anneli är nykter och helt fri från bensodiazepiner "
                           "sedan 2014-12-15 (negativa prov). Har gjort en återfallsplan. Skuldrådgivning kontaktad, första möte i februari. "
                           "Träffat dottern vid ett tillfälle. Anneli och behandlingshemmet vill förlänga tre månader för utslussning. "
                           "Handl. tar upp förlängning. /SP"),
            ("2015-01-27", "Beslut om förlängning 1/2 -- 30/4 2015. /SP"),
            ("2015-05-06", "Anneli utskriven 30/4. Slutrapport från Björkängen inkommen: nykter hela perioden, bor i "
                           "utslussningslägenhet, fortsatt kontakt med Kompassen. /SP"),
        ]),
    ]
    docs = [
        dict(file="utredning_beslut.pdf", type="utredning och beslut", producer="chromium", blocks=utr, header=H(dnr),
             footer=FOOT, title="Utredning och beslut", font=FONT, size=10),
        dict(file="remiss_bjorkangen.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", blocks=remiss,
             header=H(dnr, "Vuxenenheten\n0243-740 00 (vx)"), footer="Borlänge kommun · Uppdragsbeskrivning/Remiss|Sida {page} av {pages}",
             title="Remiss", font="Liberation Sans", size=10),
        dict(file="vardplan_signerad.pdf", type="vårdplan (skannad)", producer="chromium", blocks=vp, header=H(dnr),
             footer=FOOT, title="Vårdplan", font=FONT, size=10.5, scan=[1]),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", blocks=jour, header=H(dnr),
             footer=FOOT, title="Journal", font=FONT, size=9),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Avsnittet 'Analys' anger vad Anneli kräver (drogfri miljö, kontrollerad nedtrappning, kvinnoinriktad traumamedveten vård) och varför Björkängen; utan ordet behov.",
                                 ev=["utredning_beslut.pdf::Förvaltningens analys är att Anneli", "remiss_bjorkangen.pdf::1. Socialtjänstens bedömning"]),
        "planning": dict(label="delvis", why="Den skannade vårdplanen har vaga, odaterade mål ('må bättre', 'under placeringen') och delvis tomma fält för ansvar och tid.",
                         ev=["vardplan_signerad.pdf::Anneli ska bli nykter och må bättre"]),
        "follow_up": dict(label="ja", why="Återkoppling från behandlingshemmet 2014-11-12 och utvärderingsmöte 2015-01-20 med utfall.",
                          ev=["Återkoppling från behandlingshemmet, kontaktperson", "Utvärderingsmöte på Björkängen"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Remissbrev enligt länsmall med samtliga delar; överlämnandet 2014-10-01 noterat i journalen.",
                                       ev=["remiss_bjorkangen.pdf::Uppdragsbeskrivning/Remiss till behandlingshem", "remiss_bjorkangen.pdf::5. Återrapportering",
                                           "Uppdragsbeskrivning/remiss skickad till Björkängen"]),
    }
    return dict(case_id="borlange_SOC.2014.0412", committee="Borlänge", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 7
def case_0214():
    dnr = "SOC.2015.0214"
    utr = [
        ("h1", "Utredning och beslut -- Vuxen missbruk"),
        ("kv", [("Klient", "Patrik Wikström"), ("Diarienummer", dnr), ("Ansökan", "2015-02-10, psykosocial behandling i öppenvård"),
                ("Handläggare", "Mats Öhrn")], {"labelw": 22}),
        ("h2", "Aktualisering"),
        ("p", "Patrik ansökte om stöd vid besök 2015-02-10 på inrådan av Beroendemottagningen i Borlänge, där han "
              "sedan 2015-02-02 är inskriven i läkemedelsassisterad behandling (LARO) med buprenorfin."),
        ("h2", "Bakgrund"),
        ("p", "Patrik bor i en hyresrätt i Jakobsgårdarna med sin sambo. Han har använt opiater sedan 2007, främst "
              "heroin, och har två tidigare avbrutna behandlingsförsök. Han har ingen sysselsättning och har "
              "skulder hos Kronofogden på omkring 180 000 kr. Sambon arbetar och använder inte droger."),
        ("h2", "Aktuell situation"),
        ("p", "Sedan LARO-starten har Patrik inte använt heroin enligt egen uppgift och provsvar. Han har vid två "
              "tillfällen haft positiva prov för bensodiazepiner. Han säger att dagarna är långa och att han "
              "fortfarande träffar gamla vänner som använder."),
        ("h2", "Patriks inställning"),
        ("p", "Patrik vill ha samtal och hjälp att komma ut i arbete. Han vill inte bo på behandlingshem."),
        ("h2", "Handläggarens slutsats"),
        ("p", "Patrik har ett långvarigt opiatberoende och har nyligen påbörjat LARO. Den medicinska behandlingen "
              "sköts av Beroendemottagningen, men Patrik saknar i dag både sysselsättning och ett drogfritt umgänge, "
              "och hans skulder gör situationen ansträngd. Sidomissbruket av bensodiazepiner visar att risken för "
              "återfall är hög. Kunskapsläget är att LARO ger bäst resultat i kombination med psykosocial behandling."),
        ("p", "Min slutsats är att Patrik bör erbjudas psykosocial behandling i öppenvård vid Kompassen, med "
              "individuella KBT-samtal om återfallsrisker, stöd att bygga upp en drogfri vardag och motivation till "
              "sysselsättning. Insatsen ska samordnas med LARO-mottagningen genom en samordnad individuell plan. "
              "Därmed kan risken för återfall minska och Patrik få en struktur i vardagen som håller."),
        ("h2", "Förslag till beslut"),
        ("p", "Patrik Wikström beviljas öppenvård vid Kompassen 2015-04-13 -- 2015-10-31 enligt 4 kap. 1 § SoL."),
        ("hr",),
        ("h2", "Beslut"),
        ("p", "Bifall. Patrik Wikström beviljas psykosocial behandling i öppenvård vid Kompassen enligt 4 kap. 1 § SoL "
              "2015-04-13 -- 2015-10-31. Beslutsdatum 2015-04-01. Beslutsfattare: Per Nordin, enhetschef."),
    ]
    upp = [
        ("h1", "Uppdragsbeskrivning"),
        ("small", "Länsgemensam mall Dalarna 2014:2 -- öppenvård"),
        ("kv", [("Klient", "Patrik Wikström"), ("Dnr", dnr), ("Utförare", "Kompassen öppenvård, behandlare Karin Wallin"),
                ("Beslut", "2015-04-01, 4 kap. 1 § SoL, 2015-04-13 -- 2015-10-31"),
                ("Ansvarig handläggare", "Mats Öhrn, tel. 0243-743 56, mats.ohrn@borlange.se"),
                ("Socialnämndens bedömning", "Patrik går i LARO sedan februari men saknar sysselsättning och drogfritt umgänge och har sidomissbruk av "
                                             "bensodiazepiner. Psykosocial behandling i kombination med LARO bedöms ge bäst förutsättningar att undvika återfall "
                                             "och bygga upp en vardag med struktur."),
                ("Uppdragets innehåll", "Individuella KBT-samtal (ÅP) varje vecka, motivationsarbete kring sysselsättning, "
                                        "medverkan i SIP med Beroendemottagningen. Provtagning sker inom LARO."),
                ("Mål", "Patrik har inget sidomissbruk (negativa prov från LARO) och har en sysselsättning minst halvtid vid insatsens slut 2015-10-31."),
                ("Uppföljning", "Genom SIP-möten ungefär var tredje månad, första i maj. Genomförandeplan/SIP utgör underlag."),
                ("Återrapportering", "[X] Genomförandeplan inom fyra veckor   [X] Avbrott/uteblivanden direkt   [X] Slutrapport vid avslut"),
                ("Uppdraget överlämnat", "2015-04-08, personligen vid möte på Kompassen (Karin Wallin)")], {"labelw": 26}),
    ]
    sip = [
        ("h1", "Samordnad individuell plan (SIP)"),
        ("kv", [("Person", "Patrik Wikström"), ("Datum", "2015-05-06"),
                ("Deltagare", "Patrik; Mats Öhrn (socialtjänsten); Karin Wallin (Kompassen); leg. sjuksköterska Anders Holm, Beroendemottagningen Borlänge"),
                ("Samtycke", "[X] Ja, muntligt och skriftligt 2015-05-06"),
                ("Samordningsansvarig", "Mats Öhrn, socialtjänsten")], {"labelw": 18}),
        ("table", ["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"], [
            ["Inga positiva prov för bensodiazepiner fr.o.m. 2015-06-01", "Provtagning 2 ggr/vecka inom LARO, samtal om sidomissbruk", "Beroendemottagningen (SSK Anders Holm)", "Fr.o.m. 2015-05-06, avstämning 2015-08-18"],
            ["Patrik har praktik eller arbete minst 50 % senast 2015-09-30", "Motivationssamtal, kontakt med AME och Arbetsförmedlingen", "Karin Wallin, Mats Öhrn", "Möte AME v. 22"],
            ["Patrik har en skriftlig återfallsplan senast 2015-07-01", "KBT/ÅP-samtal en gång per vecka", "Karin Wallin", "Fr.o.m. 2015-04-15"],
            ["Ansökan om skuldsanering är inlämnad senast 2015-10-31", "Budget- och skuldrådgivning", "Patrik, Mats Öhrn bokar första tid", "Första tid juni 2015"],
        ], [3.2, 3.2, 2.6, 2.2]),
        ("p", "**Uppföljning av SIP:** 2015-08-18 kl. 13.00, Beroendemottagningen. Kallelse: Mats Öhrn."),
    ]
    jour = [
        ("h1", "Journalutskrift"),
        ("p", "Klient: Patrik Wikström · " + dnr),
        journal([
            ("2015-02-10", "Besök, Patrik ansöker om stöd. Går i LARO sedan 2/2. /MÖ"),
            ("2015-02-24", "Tfn SSK Anders Holm, Beroendemottagningen (samtycke finns). Två pos. prov bensodiazepiner. /MÖ"),
            ("2015-03-25", "Utredning klar, kommunicerad. /MÖ"),
            ("2015-04-01", "Beslut ÖV Kompassen 13/4 -- 31/10. /MÖ"),
            ("2015-04-08", "Möte på Kompassen, uppdragsbeskrivningen lämnad till Karin Wallin. /MÖ"),
            ("2015-05-06", "SIP-möte, se SIP. /MÖ"),
            ("2015-06-03", "Patrik ringer angående ek. bistånd, hänvisad till mottagningen. /MÖ"),
            ("2015-08-18", "Uppföljning genomförd enl. SIP, se separat anteckning. /MÖ"),
            ("2015-08-19", "Tfn Patrik, bokat nytt besök 9/9. /MÖ"),
            ("2015-09-09", "Patrik uteblev. Nytt brev skickat. /MÖ"),
        ]),
    ]
    docs = [
        dict(file="utredning_beslut.pdf", type="utredning och beslut", producer="chromium", blocks=utr, header=H(dnr),
             footer=FOOT, title="Utredning och beslut", font=FONT, size=10),
        dict(file="uppdragsbeskrivning.pdf", type="uppdragsbeskrivning", producer="chromium", blocks=upp, header=H(dnr),
             footer=FOOT, title="Uppdragsbeskrivning", font=FONT, size=10),
        dict(file="sip.pdf", type="SIP", producer="chromium", blocks=sip, orientation="landscape",
             header=("Samordnad individuell plan\nBorlänge kommun -- Landstinget Dalarna", dnr), footer="SIP|Sida {page} av {pages}",
             title="SIP", font=FONT, size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", blocks=jour, header=H(dnr),
             footer=FOOT, title="Journal", font=FONT, size=9.5),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="'Handläggarens slutsats' beskriver vad Patrik saknar och varför psykosocial behandling med SIP svarar mot det; upprepas i uppdraget.",
                                 ev=["utredning_beslut.pdf::Min slutsats är att Patrik", "uppdragsbeskrivning.pdf::Psykosocial behandling i kombination med LARO"]),
        "planning": dict(label="ja", why="SIP i liggande format med daterade mål, insatser, ansvarig och tidpunkt.",
                         ev=["sip.pdf::Inga positiva prov för bensodiazepiner"]),
        "follow_up": dict(label="delvis", why="Journalen säger att uppföljning genomfördes 2015-08-18 men hänvisar till en anteckning som saknas; inget utfall är dokumenterat.",
                          ev=["Uppföljning genomförd enl. SIP"]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="Uppdragsformulär med bedömning, innehåll, mål, uppföljning, återrapportering, handläggarens kontakt och överlämnandedatum 2015-04-08.",
                                       ev=["uppdragsbeskrivning.pdf::Uppdraget överlämnat", "uppdragsbeskrivningen lämnad till Karin Wallin"]),
    }
    return dict(case_id="borlange_SOC.2015.0214", committee="Borlänge", diarienummer=dnr, scenario="", docs=docs, criteria=crit)


# ------------------------------------------------------------------ case 8 (never started)
def case_0350():
    dnr = "SOC.2015.0350"
    utr = [
        ("h1", "Utredning och beslut -- Vuxen missbruk"),
        ("kv", [("Klient", "Oskar Lindberg"), ("Diarienummer", dnr), ("Ansökan", "2015-04-07, öppenvård"),
                ("Handläggare", "Lena Forsberg")], {"labelw": 22}),
        ("h2", "Aktualisering"),
        ("p", "Oskar ansökte om hjälp för sitt cannabisbruk vid besök 2015-04-07. Han hade i mars fått strafföreläggande "
              "för eget bruk och hans mamma hade uppmanat honom att söka hjälp."),
        ("h2", "Bakgrund"),
        ("p", "Oskar bor hos sin mamma i Domnarvet. Han läser på Komvux halvtid och arbetar extra på en pizzeria. "
              "Han har en flickvän i Ludvika."),
        ("h2", "Missbruk"),
        ("p", "Oskar har rökt cannabis sedan 16 års ålder, de senaste två åren 4--5 dagar i veckan. Han dricker "
              "alkohol måttligt. DUDIT 2015-04-14: 14 p. Urinprov positivt för THC."),
        ("h2", "Oskars inställning"),
        ("p", "Oskar tycker att cannabis gör honom trött och att han inte klarar studierna. Han vill pröva att sluta."),
        ("h2", "Bedömning"),
        ("p", "Oskar har ett regelbundet cannabisbruk som påverkar studier och dygnsrytm. Han har behov av "
              "strukturerat stöd för att sluta, kunskap om abstinens och strategier mot återfall, och av att "
              "behålla sin studieplats. Han har ett stödjande nätverk. Socialtjänsten bedömer att "
              "haschavvänjningsprogrammet (HAP) vid Kompassen, som riktar sig till unga vuxna och kan kombineras "
              "med studier, svarar mot hans behov."),
        ("h2", "Förslag till beslut"),
        ("p", "Oskar Lindberg beviljas öppenvård (HAP) vid Kompassen 2015-06-01 -- 2015-09-30 enligt 4 kap. 1 § SoL."),
        ("hr",),
        ("h2", "Beslut"),
        ("p", "Bifall enligt förslag. Beslutsdatum 2015-05-19. Beslutsfattare: Per Nordin, enhetschef."),
    ]
    mail = [
        ("kv", [("Från", "Forsberg Lena <lena.forsberg@borlange.se>"), ("Skickat", "den 21 maj 2015 09:37"),
                ("Till", "Kompassen Öppenvård; Sund Erik"),
                ("Ämne", "Uppdragsbeskrivning Oskar Lindberg, HAP fr.o.m. 1/6 (SOC.2015.0350)")], {"labelw": 14, "noborder": True}),
        ("hr",),
        ("p", "Hej Erik,"),
        ("p", "här kommer uppdragsbeskrivning för Oskar Lindberg. Inskrivning 1/6 kl. 10."),
        ("p", "**Bedömning:** Oskar röker cannabis 4--5 dagar/vecka sedan två år, vilket påverkar studier och sömn. Han "
              "behöver strukturerat stöd för att sluta, kunskap om abstinens och strategier mot återfall. Han studerar "
              "och har stöd av mamma och flickvän."),
        ("p", "**Uppdrag:** HAP (8 sessioner) samt urinprov varje vecka. Tider anpassas till Komvux."),
        ("p", "**Mål:** Oskar är fri från cannabis (negativa prov) från och med juli 2015 och klarar sina kurser på Komvux."),
        ("p", "**Uppföljning:** Gemensamt uppföljningsmöte efter avslutat program, senast 2015-08-31."),
        ("p", "**Återrapportering:** Genomförandeplan inom tre veckor. Meddela mig samma dag om Oskar uteblir eller avbryter. "
              "Kort skriftlig slutrapport när insatsen avslutas (deltagande, provsvar, Oskars egen bedömning)."),
        ("p", "Vänliga hälsningar\nLena Forsberg\nSocialsekreterare, Vuxenenheten\nBorlänge kommun\nTel. 0243-743 21"),
    ]
    jour = [
        ("h1", "Journalutskrift"),
        ("p", "Klient: Oskar Lindberg · " + dnr),
        journal([
            ("2015-04-07", "Besök. Oskar ansöker om hjälp. Utredning inleds. /LF"),
            ("2015-04-14", "Besök. DUDIT 14 p, u-prov pos THC. /LF"),
            ("2015-05-12", "Utredning kommunicerad. /LF"),
            ("2015-05-19", "Beslut HAP Kompassen 1/6 -- 30/9. /LF"),
            ("2015-05-21", "Uppdragsbeskrivning mejlad till Kompassen. Kallelse till inskrivning 1/6 skickad till Oskar. /LF"),
            ("2015-06-01", "Kompassen meddelar att Oskar kom aldrig till inskrivningen. Handl. ringer Oskar, inget svar, sms skickat. /LF"),
            ("2015-06-09", "Oskar ringer tillbaka. Han har valt att avbryta innan start, har flyttat till flickvännen i Ludvika "
                           "och tycker inte att han behöver behandling längre. Tackar nej till ny tid. Informerad om att han kan "
                           "söka igen och om Ludvikas öppenvård. /LF"),
            ("2015-06-10", "Kompassen informerad. Ärendet avslutas, insatsen har aldrig påbörjats. /LF"),
        ]),
    ]
    docs = [
        dict(file="utredning_beslut.pdf", type="utredning och beslut", producer="chromium", blocks=utr, header=H(dnr),
             footer=FOOT, title="Utredning och beslut", font=FONT, size=10),
        dict(file="uppdrag_mejl.pdf", type="uppdragsbeskrivning (e-post)", producer="chromium", blocks=mail,
             header=("Lena Forsberg", ""), footer="|{page}", title="Uppdragsbeskrivning Oskar Lindberg", font=FONT, size=10),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", blocks=jour, header=H(dnr),
             footer=FOOT, title="Journal", font=FONT, size=9.5),
    ]
    crit = {
        "needs_assessment": dict(label="ja", why="Bedömningen anger behoven (stöd att sluta, abstinens, återfall, studier) och varför HAP vid Kompassen svarar mot dem.",
                                 ev=["utredning_beslut.pdf::Han har behov av strukturerat stöd", "uppdrag_mejl.pdf::strategier mot återfall. Han studerar"]),
        "planning": dict(label="ej_tillämpligt", why="Oskar kom aldrig till inskrivningen och valde att avbryta innan start.", ev=[]),
        "follow_up": dict(label="ej_tillämpligt", why="Insatsen påbörjades aldrig.", ev=[]),
        "assignment_description": dict(label="ja", present="abcdefg",
                                       why="E-postuppdrag 2015-05-21 med bedömning, uppdrag, mål, uppföljning, återrapportering och signatur med telefon.",
                                       ev=["uppdrag_mejl.pdf::Uppdragsbeskrivning Oskar Lindberg", "Uppdragsbeskrivning mejlad till Kompassen"]),
    }
    return dict(case_id="borlange_SOC.2015.0350", committee="Borlänge", diarienummer=dnr, scenario="declined", docs=docs, criteria=crit)


CASES = [case_0087(), case_0412(), case_0214(), case_0350()]
