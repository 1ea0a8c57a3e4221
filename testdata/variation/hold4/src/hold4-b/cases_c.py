# -*- coding: utf-8 -*-
"""Cases 11-20."""
C = []

# ------------------------------------------------------------------ 11 Arvidsjaur, HVB, chromium, rotated page; P delvis
C.append(dict(
    id="arvidsjaur_SOC-2014-240", committee="Arvidsjaur", dnr="SOC 2014/240", scenario="",
    docs=[
        dict(file="akt_utdrag.pdf", type="utredning, beslut, vårdplan", producer="chromium", layout="portrait; page 3 rotated 90° (/Rotate)",
             rotate=[3],
             kw=dict(office="Arvidsjaurs kommun - Socialtjänsten - Individ- och familjeomsorg - SOC 2014/240", title="Utredning"),
             blocks=[
                 ("p", "Klient: Ove Lindgren, 19001217-2254, Glommersträsk. Handläggare: Hans Lundberg."),
                 ("p", "Ove ringde själv den 10 november 2014. Han är 58 år, förtidspensionär efter en arbetsskada. Han har druckit "
                       "i många år men sedan sommaren dagligen, och han har haft två krampanfall i oktober som läkaren kopplar till "
                       "abstinens. Han bor ensam i byn, bror bor granne och har hjälpt honom med ved och handling men säger nu att han "
                       "inte orkar. Ove säger att han vill ha en ordentlig behandling 'innan det är för sent'. Vi har träffats hemma 13/11 "
                       "och 20/11 och här 27/11. AUDIT 33. Han har tidigare avbrutit öppenvård två gånger (2010, 2013) och säger själv "
                       "att han inte klarar det hemma."),
                 ("h", "Socialtjänstens ställningstagande"),
                 ("p", "Ove har ett svårt alkoholberoende med abstinenskramper, och han är isolerad i en by där hans bror är hans enda "
                       "stöd. Han behöver avgiftning under medicinsk övervakning och därefter en behandling med dygnet-runt-stöd där han "
                       "kan arbeta med beroendet, få hjälp med kost och hälsa och planera en nykter vardag i byn. Eftersom öppenvård "
                       "har avbrutits två gånger och han inte klarar abstinensen hemma, bedömer vi att tolv veckors behandling på "
                       "Kvarnbackens HVB är den insats som motsvarar hans behov."),
                 ("h", "Beslut 2014-12-02"),
                 ("p", "Institutionsvård enligt 4 kap. 1 § SoL, Kvarnbackens HVB 2014-12-08 - 2015-03-01. Hans Lundberg, delegat."),
                 ("pb",),
                 ("h", "Uppdrag till Kvarnbackens HVB"),
                 ("pre", "Från: Hans Lundberg <hans.lundberg@arvidsjaur.se>\nSkickat: den 3 december 2014 09:20\n"
                         "Till: Kvarnbackens HVB <kontakt@kvarnbacken.se>\nÄmne: Uppdrag Ove Lindgren SOC 2014/240"),
                 ("p", "Hej! Ove Lindgren kommer till er 8/12 efter avgiftning. Vårt ställningstagande om hans behov: svårt "
                       "alkoholberoende med abstinenskramper, isolerad, behöver dygnet-runt-stöd, hjälp med kost och hälsa och en plan "
                       "för nykter vardag hemma."),
                 ("p", "Uppdrag: tolv veckors behandling 8/12-1/3 med ert program, kontakt med läkare kring kramperna, och en "
                       "hemgångsplan tillsammans med brodern Sven."),
                 ("p", "Mål: nykter under vistelsen, en skriftlig hemgångsplan klar 15/2, och att han har regelbunden läkarkontakt i "
                       "Arvidsjaur efter utskrivningen."),
                 ("p", "Uppföljning: jag besöker er i januari och vi har ett trepartssamtal i slutet av februari. Vid avbrott ringer ni mig."),
                 ("p", "Vid avslut: skriftlig slutrapport med måluppfyllelse, nykterhet och rekommendationer för eftervård."),
                 ("sig", ["Hans Lundberg, socialsekreterare, Arvidsjaurs kommun", "Tel 0960-155 31"]),
                 ("pb",),
                 ("h", "Vårdplan"),
                 ("table", [["Rubrik", "Innehåll"],
                            ["Klient", "Ove Lindgren"],
                            ["Insats", "Kvarnbackens HVB 2014-12-08 - 2015-03-01"],
                            ["Mål med placeringen", ""],
                            ["Vad ska göras", "Avgiftning, 12-veckorsprogram, läkarkontakt, hemgångsplan med brodern"],
                            ["Ansvar", "Kvarnbacken (behandling), Hans L. (hemgång, eftervård)"],
                            ["Uppföljning", "Besök januari, trepartssamtal februari"],
                            ["Datum / underskrift", "2014-12-03  Ove Lindgren  Hans Lundberg"]]),
                 ("pb",),
                 ("h", "Journal (utdrag)"),
                 ("j", "3/12 2014", "Uppdraget mejlat till Kvarnbacken. Vårdplan gjord med Ove per telefon, underskriven vid inskrivning."),
                 ("j", "8/12", "Ove inskriven efter avgiftning på Sunderby."),
                 ("j", "Den 20 jan", "Besök på Kvarnbacken. Ove nykter, går i gruppen, har gått upp 4 kg. Läkare har justerat medicin, "
                                     "inga nya kramper. Hemgångsplan påbörjad, brodern varit på besök."),
                 ("j", "26/2", "Trepartssamtal med Ove och behandlaren. Nykter hela vistelsen, hemgångsplan klar, tid hos "
                               "distriktsläkaren 10/3 bokad. Avslut 1/3 som planerat. Eftervård i öppenvården två gånger i månaden."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Socialtjänstens ställningstagande' anger behov och varför HVB",
                              ev=[("akt_utdrag.pdf", "Socialtjänstens ställningstagande")]),
        planning=dict(label="delvis", why="Vårdplanen har tomt fält 'Mål med placeringen'", ev=[("akt_utdrag.pdf", "Mål med placeringen")]),
        follow_up=dict(label="ja", why="Besök 20 jan och trepartssamtal 26/2 med utfall",
                       ev=[("akt_utdrag.pdf", "Besök på Kvarnbacken"), ("akt_utdrag.pdf", "Trepartssamtal med Ove")]),
        assignment_description=dict(label="ja", why="Mejl 3/12 med alla delar", present="abcdefg",
                                    ev=[("akt_utdrag.pdf", "Uppdrag Ove Lindgren SOC 2014/240"), ("akt_utdrag.pdf", "Uppdraget mejlat till Kvarnbacken")]),
    )))

# ------------------------------------------------------------------ 12 Arvidsjaur, öppenvård never started, groff
C.append(dict(
    id="arvidsjaur_IFO-2015-0009", committee="Arvidsjaur", dnr="IFO 2015-0009", scenario="declined",
    docs=[
        dict(file="journal_och_beslut.pdf", type="journalanteckningar, beslut", producer="groff", layout="portrait, running journal",
             kw=dict(office="Arvidsjaurs kommun  IFO", dnr="IFO 2015-0009", title="Journal - Emil Bergqvist"),
             blocks=[
                 ("j", "8/1 2015", "Orosanmälan från Polisen: Emil, 22 år, omhändertagen enl. LOB på nyårsnatten, 2,1 promille."),
                 ("j", "12/1", "Ringt klient. Emil vill komma och prata. Tid 15/1."),
                 ("j", "15/1", "Besök. Emil berättar att han dricker mest på helger, ibland 'lite tjack'. Han är arbetslös sedan hösten, "
                               "bor hos pappan. Han tycker inte att det är något problem men går med på samtal 'för pappas skull'. "
                               "Preliminärt bedömer jag att Emil kan behöva öppenvård, en fördjupad utredning görs om han vill "
                               "fortsätta. Han vill inte göra AUDIT idag."),
                 ("j", "22/1", "Emil kom inte. Ringt klient, sov. Ny tid."),
                 ("j", "29/1", "Emil kom. Ansöker om samtal hos beroendeenheten."),
                 ("b", "Beslut 2015-02-02"),
                 ("p", "Emil Bergqvist beviljas öppenvård enligt 4 kap. 1 § SoL hos Arvidsjaurs beroendeenhet fr.o.m. 2015-02-09. "
                       "Hans Lundberg, socialsekreterare."),
                 ("j", "3/2", "Tel. m. Ingela på beroendeenheten, första tid för Emil 9/2 kl. 14. Uppdragsbeskrivning skickas när han "
                              "bekräftat att han börjar."),
                 ("j", "9/2", "Ingela ringer, Emil kom inte."),
                 ("j", "16/2", "Emil kom inte heller idag enl. Ingela. Ringt klient: han säger att han inte vill gå dit, 'det är ingen "
                               "idé', han har fått jobb i gruvan i Kankberg och flyttar. Han vill inte ha kontakt. Erbjudit att höra av sig "
                               "om han ändrar sig."),
                 ("j", "18/2", "Ärendet avslutas. Insatsen har inte påbörjats."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="delvis", why="Bara en preliminär bedömning 15/1 som aldrig fullföljdes",
                              ev=[("journal_och_beslut.pdf", "Preliminärt bedömer jag")]),
        planning=dict(label="ej_tillämpligt", why="Emil kom aldrig till öppenvården och tackade nej innan insatsen började", ev=[]),
        follow_up=dict(label="ej_tillämpligt", why="Insatsen påbörjades aldrig", ev=[]),
        assignment_description=dict(label="nej", why="Journalen säger bara att uppdragsbeskrivning ska skickas; ingen skrevs", ev=[], present=""),
    )))

# ------------------------------------------------------------------ 13 Kalix, HVB, docx, tolk (Finnish); P nej
C.append(dict(
    id="kalix_SN-2014-301", committee="Kalix", dnr="SN 2014/301", scenario="",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Kalix kommun, Socialförvaltningen, Vuxenenheten", title="Utredning"),
             blocks=[
                 ("p", "Dnr SN 2014/301. Gäller Pentti Kangas, 19010722-5593, Nyborg. Tolk: finska, Aila Koskinen (kontakttolk)."),
                 ("p", "Pentti är 61 år, kom från Finland 1974 och har arbetat på pappersbruket. Han talar mest finska hemma och vi har "
                       "haft tolk vid alla samtal. Frun Raili ringde i början av november, hon orkar inte med hans drickande. Han dricker "
                       "vodka dagligen sedan han blev pensionär och har ramlat på isen och brutit handleden. Pentti säger 'juon liikaa, "
                       "tiedän sen' (jag dricker för mycket, jag vet det). Vi träffades 12/11, 19/11 och 26/11 med tolk. Han har varit "
                       "avgiftad två gånger på Sunderby sjukhus."),
                 ("p", "Bakgrund: Pentti växte upp i Övertorneå kommun på finska sidan, i Aavasaksa, och flyttade till Kalix som 20-åring "
                       "för att arbeta på bruket. Han har arbetat i pappersmaskinhallen i 38 år och gick i pension i juni 2014. Han och "
                       "Raili har tre vuxna barn; två bor i Luleå och en i Uleåborg. Barnen vet om drickandet men Pentti vill inte att vi "
                       "kontaktar dem."),
                 ("p", "Alkohol: Pentti säger att han druckit 'på finskt vis' hela livet, mycket vid helger och fester men aldrig på "
                       "jobbet. Efter pensioneringen har det blivit en flaska vodka på två dagar, ibland mer. Han har varit avgiftad på "
                       "Sunderby sjukhus 2011 och 2013, båda gångerna efter att Raili ringt ambulans. Han har inte fått någon behandling "
                       "efter avgiftningarna och började dricka igen inom några veckor."),
                 ("p", "Hälsa: Han föll på isen utanför Konsum den 28 oktober och bröt vänster handled, gipsad på Kalix sjukhus. "
                       "Läkaren på vårdcentralen har noterat förhöjda levervärden och högt blodtryck. Han har svårt att sova och säger "
                       "att han 'ajattelee liikaa' (tänker för mycket) på nätterna."),
                 ("p", "Familj: Raili har vid samtalen med tolk berättat att hon funderar på att flytta till dottern i Luleå. Hon har "
                       "inte blivit slagen men Pentti blir högljudd och hon är rädd när han är full. Hon vill gärna delta i samtal "
                       "om han får behandling. Pentti blev tyst när hon sa det och sa sedan att han förstår."),
                 ("p", "Pentti själv: 'Haluan olla raitis' (jag vill vara nykter). Han vill ha behandling där han kan prata finska. "
                       "Han har hört om Hietala av en arbetskamrat och vill dit. Han är orolig för att vara borta över jul."),
                 ("h", "Sammanfattande överväganden"),
                 ("p", "Pentti har ett långvarigt alkoholberoende som blivit dagligt efter pensioneringen. Han har fallskador och "
                       "hans äktenskap är hotat. Han behöver en längre nykter period, behandling på sitt eget språk eftersom han inte kan "
                       "tillgodogöra sig samtal på svenska om känsliga saker, och hjälp att hitta meningsfulla dagar som pensionär. "
                       "Tidigare avgiftningar utan efterföljande behandling har inte hjälpt. Vi bedömer att behandling på "
                       "Hietala behandlingshem, som har finskspråkig personal, i tio veckor motsvarar hans behov."),
                 ("p", "Beslut 2014-12-03 (delegation, Annika Rova): bistånd enligt 4 kap. 1 § SoL, Hietala behandlingshem "
                       "2014-12-08 - 2015-02-15."),
             ]),
        dict(file="brev_hietala.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", layout="portrait, header/footer, letter",
             kw=dict(office="Kalix kommun, Socialförvaltningen, Vuxenenheten"),
             blocks=[
                 ("p", "Till Föreståndaren\nHietala behandlingshem"),
                 ("p", "Kalix 2014-12-04"),
                 ("b", "Uppdrag - Pentti Kangas, SN 2014/301"),
                 ("p", "Vi har bedömt att Pentti har ett långvarigt, dagligt alkoholberoende med fallskador, att han behöver en längre "
                       "nykter period med behandling på finska och hjälp att hitta en meningsfull vardag som pensionär."),
                 ("p", "Uppdraget: tio veckors behandling (8/12 2014 - 15/2 2015) på finska, med återfallsprevention, två parsamtal "
                       "med frun Raili och kontakt med hans läkare om handleden."),
                 ("p", "Mål: nykter under vistelsen, två genomförda parsamtal och en konkret plan för hans dagar efter hemkomst, "
                       "klar till 10/2 2015."),
                 ("p", "Uppföljning: jag kommer på besök med tolk efter fem veckor, och vi har ett avslutande trepartssamtal före "
                       "hemgång."),
                 ("p", "Återrapport vid avslut: skriftlig sammanfattning av behandlingen, om målen nåtts, och förslag på eftervård."),
                 ("p", "Ansvarig handläggare: Annika Rova, tel. 0923-651 18, annika.rova@kalix.se"),
                 ("p", "Bifogas: utredning, beslut"),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Kalix kommun - Vuxenenheten - Journal SN 2014/301", title="Journal"),
             blocks=[
                 ("j", "5/11 2014", "Raili K. ringer, orolig. Tolk bokad till 12/11."),
                 ("j", "3/12", "Beslut Hietala. Vårdplan kommer att upprättas när han är på plats."),
                 ("j", "4/12", "Uppdragsbrev med utredning och beslut skickat till Hietala i dag."),
                 ("j", "8/12", "Pentti inskriven. Kiitos, sa han i telefon."),
                 ("j", "19/12", "Raili ringer om avbetalningsplan för elräkningen, hänvisad till budget- och skuldrådgivningen."),
                 ("j", "Den 14 jan", "Besök på Hietala med tolk Aila K. Pentti nykter, deltar i gruppen på finska, ett parsamtal "
                                     "gjort. Han sover bättre, handleden läkt. Vi kom fram till att han vill börja i PRO:s "
                                     "finska förening när han kommer hem. Fortsätter enligt uppdraget."),
                 ("j", "11/2 2015", "Trepartssamtal på Hietala (tolk per tel.). Nykter hela tiden, två parsamtal klara. Plan efter "
                                    "hemkomst: PRO, veckosamtal i öppenvården på finska. Avslutas 15/2 som planerat."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Sammanfattande överväganden' anger behov och varför behandlingshemmet",
                              ev=[("utredning.pdf", "Sammanfattande överväganden"), ("utredning.pdf", "i tio veckor motsvarar hans behov")]),
        planning=dict(label="nej", why="Ingen vårdplan eller genomförandeplan; bara 'vårdplan kommer att upprättas' och en avbetalningsplan", ev=[]),
        follow_up=dict(label="ja", why="Besök 14 jan och trepartssamtal 11/2 med utfall",
                       ev=[("journal.pdf", "Besök på Hietala"), ("journal.pdf", "Trepartssamtal på Hietala")]),
        assignment_description=dict(label="ja", why="Brev med alla delar, skickat 4/12 enligt journal", present="abcdefg",
                                    ev=[("brev_hietala.pdf", "Uppdrag - Pentti Kangas"), ("journal.pdf", "Uppdragsbrev med utredning")]),
    )))

# ------------------------------------------------------------------ 14 Kalix, öppenvård, chromium; N nej, F delvis (undated), A nej
C.append(dict(
    id="kalix_2015-000127", committee="Kalix", dnr="2015-000127", scenario="",
    docs=[
        dict(file="beslut.pdf", type="beslut", producer="chromium", layout="portrait",
             kw=dict(office="Kalix kommun · Socialförvaltningen · Vuxenenheten", title="Beslut enligt socialtjänstlagen"),
             blocks=[
                 ("table", [["Dnr", "Namn", "Beslutsdatum"], ["2015-000127", "Johanna Lantto, 19021104-8846", "2015-03-04"]]),
                 ("p", "Bifall: Öppenvård, Kalix beroendeteam (ÖV), 2015-03-09 - 2015-09-09, 4 kap. 1 § SoL."),
                 ("p", "Beslutande: Annika Rova"),
                 ("p", "Bilaga: Så överklagar du"),
             ]),
        dict(file="ansokan_audit_dudit.pdf", type="ansökan, AUDIT/DUDIT-resultat", producer="chromium", layout="portrait, form",
             kw=dict(office="Kalix kommun · Socialförvaltningen · Vuxenenheten", title="Ansökan och screening"),
             blocks=[
                 ("p", "Ansökan inkom 2015-02-16. Sökandens egna ord: 'Jag vill ha hjälp att sluta dricka, jag har två barn och jag vill "
                       "inte att de ska se mig full. Jag klarar inte att åka bort, jag vill gå på samtal här.'"),
                 ("table", [["Instrument", "Datum", "Poäng", "Tolkning enligt manual"],
                            ["AUDIT", "2015-02-19", "24", "Sannolikt alkoholberoende"],
                            ["DUDIT", "2015-02-19", "2", "Inga tecken på drogrelaterade problem"]]),
                 ("p", "Screeningen genomförd av Annika Rova."),
             ]),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="chromium", layout="portrait, bullet list",
             kw=dict(office="Kalix beroendeteam (ÖV)", title="Genomförandeplan"),
             blocks=[
                 ("p", "Johanna Lantto. Upprättad 2015-03-11 av Tomas Alatalo, behandlare, tillsammans med Johanna."),
                 ("ul", ["Mål 1: Alkoholfri vardagar fr.o.m. 16/3 2015 (kontroll med PEth var fjärde vecka, Tomas A.).",
                         "Mål 2: Ha gått igenom återfallsprevention (8 träffar) senast 31/5 2015. Tomas A. och Johanna, onsdagar kl. 9.",
                         "Mål 3: Barnens pappa och mormor informerade och med i ett nätverksmöte senast 30/4 2015. Johanna bjuder in, Tomas A. håller i mötet.",
                         "Mål 4: Helt alkoholfri i sommar (juni-augusti 2015), PEth i juni och augusti. Tomas A."]),
                 ("p", "Planen ses över i juni."),
             ]),
        dict(file="uppfoljning.pdf", type="uppföljning", producer="chromium", layout="portrait",
             kw=dict(office="Kalix beroendeteam (ÖV)", title="Uppföljning av öppenvårdsinsats"),
             blocks=[
                 ("p", "Johanna Lantto. Närvarande: Johanna, Tomas Alatalo (ÖV), Annika Rova (handl.)."),
                 ("p", "Johanna har kommit på 14 av 16 bokade samtal. PEth-proverna har varit negativa utom i april, då hon "
                       "berättade om ett återfall på en fest. Återfallspreventionen är genomförd. Nätverksmöte med mamman och "
                       "barnens pappa har hållits. Johanna säger att hon mår mycket bättre och vill fortsätta med glesare "
                       "samtal. Överenskommet: samtal varannan vecka till beslutstidens slut, PEth i augusti."),
                 ("sig", ["Tomas Alatalo"]),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="nej", why="Beslut utan skäl; bara AUDIT/DUDIT-tolkning och klientens egna ord", ev=[]),
        planning=dict(label="ja", why="Genomförandeplan med daterade mål, vem och när", ev=[("genomforandeplan.pdf", "Mål 1")]),
        follow_up=dict(label="delvis", why="Uppföljning med utfall men utan datum någonstans", ev=[("uppfoljning.pdf", "Uppföljning av öppenvårdsinsats")]),
        assignment_description=dict(label="nej", why="Inget skriftligt uppdrag; beslutet nämner bara utföraren", ev=[], present=""),
    )))

# ------------------------------------------------------------------ 15 Kalix, HVB, groff + scanned empty vårdplan form; P nej
EMPTY_FORM = [
    ("p", "KALIX KOMMUN  Socialförvaltningen"),
    ("b", "VÅRDPLAN vid placering (SoL)"),
    ("table", [["", ""],
               ["Namn / pnr", ""], ["Placeringsort", ""], ["Mål med placeringen", ""], ["Insatser / vad ska göras", ""],
               ["Vem ansvarar", ""], ["Tidsplan", ""], ["Uppföljning", ""], ["Underskrift klient / handläggare", ""]]),
    ("p", "[ ] Klienten har fått kopia        [ ] Kopia till behandlingshemmet"),
]
C.append(dict(
    id="kalix_IFO-2015-0066", committee="Kalix", dnr="IFO 2015-0066", scenario="",
    docs=[
        dict(file="utredning_beslut.pdf", type="utredning", producer="groff", layout="portrait, dictated narrative",
             kw=dict(office="Kalix kommun  Vuxenenheten", dnr="IFO 2015-0066", title="Utredning"),
             blocks=[
                 ("p", "Angående Roland Niemi, 19001009-4471, Sangis"),
                 ("p", "Roland ringde själv den 3 februari 2015 och ville ha hjälp. Han är 52 år, lastbilschaufför, och har druckit "
                       "periodvis i tjugo år. Sedan jul har han druckit i stort sett hela tiden och är sjukskriven. Han är skild, har en "
                       "dotter i Luleå. Han har skulder på ungefär 80 000 kr. Vi har setts 6/2, 13/2 och 20/2. Läkaren på "
                       "vårdcentralen har skrivit remiss till avgiftning på Sunderby. AUDIT 29."),
                 ("h", "Min bedömning"),
                 ("p", "Roland har ett alkoholberoende med långa dryckesperioder som nu hotar både arbetet och hälsan. Han behöver "
                       "avgiftning och därefter en behandling där han är borta från hemmet en tid, får lära sig känna igen när en period "
                       "börjar och får hjälp att planera för skulderna. Tidigare öppenvård 2013 gav bara korta uppehåll. Han vill själv "
                       "åka iväg. Jag bedömer att åtta veckor på Bäckgårdens behandlingshem med efterföljande öppenvård möter hans behov."),
                 ("p", "Beslut 2015-02-24: institutionsvård 4 kap. 1 § SoL, Bäckgårdens behandlingshem 2015-03-02 - 2015-04-26. "
                       "Annika Rova, delegat."),
                 ("sig", ["Dikterat av Annika Rova 2015-02-23", "Utskrivet av Lisbeth Hedman 2015-02-24"]),
             ]),
        dict(file="uppdrag_backgarden.pdf", type="uppdragsbeskrivning", producer="groff", layout="portrait, letter",
             kw=dict(office="Kalix kommun  Vuxenenheten", dnr="IFO 2015-0066"),
             blocks=[
                 ("p", "Till Föreståndaren, Bäckgårdens behandlingshem"),
                 ("p", "Kalix 2015-02-25"),
                 ("b", "Uppdrag avseende Roland Niemi"),
                 ("p", "Behov enligt socialtjänstens bedömning: alkoholberoende med långa perioder som hotar arbete och hälsa; "
                       "behöver en tid borta från hemmet, lära sig känna igen återfallstecken och få hjälp att planera för skulderna."),
                 ("p", "Uppdrag: åtta veckors behandling 2/3-26/4, återfallsprevention, kontakt med budget- och skuldrådgivningen "
                       "i Kalix via telefon, samt planering av eftervård."),
                 ("p", "Mål: nykter under vistelsen, en skriftlig återfallsplan och en kontakt med skuldrådgivningen bokad före 26/4."),
                 ("p", "Uppföljning: jag besöker er efter fyra veckor; avslutande möte vecka 17."),
                 ("p", "Återrapportering vid avslut: skriftlig sammanfattning om nykterhet, måluppfyllelse och förslag på eftervård."),
                 ("p", "Handläggare: Annika Rova, Vuxenenheten, 0923-651 18."),
                 ("p", "Bifogas: utredning, beslut"),
             ]),
        dict(file="vardplan_skannad.pdf", type="vårdplan", producer="chromium + scan", layout="scanned form",
             text_layer="none", scan=True, angle=-0.8,
             kw=dict(title="", handwritten=True), blocks=EMPTY_FORM),
        dict(file="journal.pdf", type="journalanteckningar", producer="groff", layout="portrait, running journal",
             kw=dict(office="Kalix kommun  Vuxenenheten  Journal", dnr="IFO 2015-0066"),
             blocks=[
                 ("j", "3/2 2015", "Roland ringer själv."),
                 ("j", "24/2", "Beslut Bäckgården."),
                 ("j", "25/2", "Uppdraget skickat till Bäckgården med post, kopia mejlad. Vårdplansblanketten skickad med, Roland fyller "
                               "i den med dem."),
                 ("j", "2/3", "Inskriven."),
                 ("j", "30/3", "Besök på Bäckgården. Roland nykter, deltar i allt, har skrivit en första återfallsplan. Tid hos "
                               "skuldrådgivningen bokad 20/4 per tel. Vi stämmer av igen v. 17."),
                 ("j", "22/4", "Utvärdering på Bäckgården med Roland och behandlaren Kjell. Nykter hela tiden, återfallsplanen klar, "
                               "skuldrådgivning påbörjad. Eftervård: öppenvård i Kalix varannan vecka från 4/5. Avslut 26/4."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Min bedömning' anger behov och varför behandlingshemmet", ev=[("utredning_beslut.pdf", "Min bedömning")]),
        planning=dict(label="nej", why="Den skannade vårdplansblanketten är helt tom; ingen annan plan", ev=[]),
        follow_up=dict(label="ja", why="Besök 30/3 och utvärdering 22/4 med utfall",
                       ev=[("journal.pdf", "Besök på Bäckgården"), ("journal.pdf", "Utvärdering på Bäckgården")]),
        assignment_description=dict(label="ja", why="Brev med alla delar, skickat 25/2 enligt journal", present="abcdefg",
                                    ev=[("uppdrag_backgarden.pdf", "Uppdrag avseende Roland Niemi"), ("journal.pdf", "Uppdraget skickat till Bäckgården")]),
    )))

# ------------------------------------------------------------------ 16 Haparanda, öppenvård, rtf, tolk + Meänkieli; all ja
C.append(dict(
    id="haparanda_SN-2015-12", committee="Haparanda", dnr="SN 2015/12", scenario="",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-rtf", layout="portrait, header, dictated",
             kw=dict(office="HAPARANDA STAD  Socialförvaltningen  Individ- och familjeomsorgen", title="Utredning - vuxen missbruk"),
             blocks=[
                 ("p", "Dnr SN 2015/12\nGäller: Aili Vaara, 19020225-3340, Seskarö"),
                 ("p", "Aili kom till oss den 13 januari tillsammans med sin syster. Hon pratar helst meänkieli och vi har haft tolk "
                       "(Erkki Lehto) vid de två första samtalen; det tredje ville hon ha på svenska. Aili är 44 år, jobbar i "
                       "hemtjänsten, har två tonåringar. Hon berättar att hon dricker på kvällarna när barnen somnat, en box vin på två "
                       "dagar, och att hon 'ei jaksa' (inte orkar) på morgnarna. Hon har fått en erinran från arbetsgivaren efter att "
                       "ha luktat alkohol. Samtal 13/1, 20/1 och 27/1. AUDIT 21. PEth 0,62."),
                 ("p", "Familj och nätverk: Aili är uppvuxen på Seskarö och har bott där nästan hela livet. Hon skildes från barnens "
                       "pappa Jari för två år sedan; han bor i Torneå och har barnen varannan helg. Systern Helmi bor i Haparanda och "
                       "är den som Aili pratar mest med. Föräldrarna lever, men pappan har själv haft alkoholproblem och Aili vill "
                       "inte att de ska veta något."),
                 ("p", "Arbete och ekonomi: Hon har arbetat i hemtjänsten i elva år, på kvällsturer sedan skilsmässan eftersom det "
                       "passar med barnen. Hon har inga skulder men säger att pengarna 'tar slut före lönen'. Chefen har haft ett samtal "
                       "med henne i december och gett en skriftlig erinran. Företagshälsovården har erbjudit stöd men hon har inte "
                       "tackat ja ännu."),
                 ("p", "Barnen: Sonen är 15 och dottern 13. Aili säger att de inte märker något eftersom hon dricker när de sover. "
                       "Systern tror att åtminstone sonen förstår. Vi har pratat om hur barnen har det och om att socialtjänsten kan "
                       "behöva göra en egen bedömning om oro för barnen skulle uppstå; just nu finns inga uppgifter om brister i "
                       "omsorgen. Aili vill själv att barnen ska få prata med någon och har tackat ja till information om "
                       "samtalsstöd för barn i familjer med missbruk."),
                 ("p", "Aili själv: 'Mie haluan olla hyvä äiti' (jag vill vara en bra mamma). Hon vill inte åka iväg, men hon vill "
                       "ha någon som följer henne regelbundet och som hon kan prata med på meänkieli när det blir svårt."),
                 ("h", "Sammanfattning"),
                 ("p", "Aili dricker för att hantera ensamhet och stress efter skilsmässan, och drickandet har nu fått följder på "
                       "arbetet. Hon behöver stöd att sluta dricka på vardagar, hjälp att hantera stress och sömn på annat sätt, "
                       "och någon att prata med om barnen, som hon är orolig för. Hon vill inte vara borta från barnen. Hon är "
                       "motiverad och har ett bra nätverk i systern. Vi bedömer därför att öppenvård med samtal varje vecka hos "
                       "Haparanda öppenvård, där en behandlare talar meänkieli, och återkommande PEth-prov är rätt stöd för henne."),
                 ("p", "Beslut 2015-02-03 av Leena Hannu, socialsekreterare, delegation: öppenvård enligt 4 kap. 1 § SoL "
                       "2015-02-09 - 2015-08-09."),
                 ("sig", ["Dikterat av Leena Hannu 2015-02-02", "Utskrivet av Marja Keskitalo 2015-02-03"]),
             ]),
        dict(file="uppdrag_oppenvarden.pdf", type="uppdragsbeskrivning", producer="libreoffice-rtf", layout="portrait, form with ticked boxes",
             kw=dict(office="HAPARANDA STAD  Socialförvaltningen", title="Uppdragsbeskrivning till utförare"),
             blocks=[
                 ("p", "Klient: Aili Vaara     Dnr: SN 2015/12     Utförare: Haparanda öppenvård, Pirjo Mäkitalo"),
                 ("p", "Insats: ☒ Öppenvård   ☐ Institutionsvård   ☐ Kontaktperson"),
                 ("b", "Socialtjänstens bedömning av behov"),
                 ("p", "Aili behöver stöd att sluta dricka på vardagar och att hantera stress och sömn utan alkohol, samt samtal om "
                       "oron för barnen. Hon vill bo kvar hemma med barnen och arbeta."),
                 ("b", "Uppdraget omfattar"),
                 ("p", "☒ Individuella samtal 1 g/vecka (på meänkieli vid behov)  ☒ PEth-prov var 4:e vecka  ☒ Nätverkssamtal med systern  "
                       "☐ Urinprov"),
                 ("b", "Mål"),
                 ("p", "1. Alkoholfri måndag-torsdag från 1/3 2015 (PEth under 0,3 till 31/3). 2. Sover minst 6 timmar utan alkohol i "
                       "april. 3. Inga anmärkningar från arbetsgivaren under perioden."),
                 ("b", "Uppföljning"),
                 ("p", "Uppföljningssamtal med Aili, Pirjo och handläggaren efter 3 månader (maj) och vid periodens slut."),
                 ("b", "Återrapportering vid avslut"),
                 ("p", "Skriftlig rapport: närvaro, provresultat, måluppfyllelse, eventuellt fortsatt behov."),
                 ("b", "Handläggare"),
                 ("p", "Leena Hannu, 0922-153 47, leena.hannu@haparanda.se"),
                 ("p", "Överlämnat till utföraren: 2015-02-05, personligen vid möte.  Underskrift handläggare: Leena Hannu"),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-rtf", layout="portrait, running journal",
             kw=dict(office="HAPARANDA STAD  Socialförvaltningen  Journal SN 2015/12", title="Journalanteckningar"),
             blocks=[
                 ("j", "13/1 2015", "Aili och systern på besök. Tolk Erkki L. Se utredning."),
                 ("j", "5/2", "Möte med Pirjo på öppenvården, uppdraget lämnat. Genomförandeplan görs av Pirjo med Aili."),
                 ("j", "9/2", "Start. Kiitos, sa Aili efteråt i telefon, det kändes bra."),
                 ("j", "Den 19 feb", "Genomförandeplan från öppenvården inkommen: mål som i uppdraget, samtal tisdagar kl. 15 hos Pirjo "
                                     "t.o.m. 9/8, PEth 3/3, 31/3, 28/4, 26/5, nätverkssamtal med systern 17/3. Ansvar Pirjo och Aili."),
                 ("j", "12/5", "Uppföljningssamtal hos öppenvården, Aili, Pirjo och handl. PEth 31/3 0,18 och 28/4 under 0,05. Hon sover "
                               "bättre, en kväll i veckan svårt. Inga anmärkningar från jobbet. Mål 1 och 3 uppnådda, mål 2 nästan. "
                               "Aili: 'mie olen tyytyväinen' (jag är nöjd). Fortsätter till 9/8."),
                 ("j", "11/8", "Avslut. Rapport från Pirjo inkommen. Aili vill höra av sig om hon behöver igen."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Sammanfattning' i utredningen anger behoven och varför öppenvård",
                              ev=[("utredning.pdf", "Sammanfattning"), ("utredning.pdf", "är rätt stöd för henne")]),
        planning=dict(label="ja", why="Genomförandeplanen refererad i journalen 19 feb med mål, tider och ansvar; uppdragets daterade mål",
                      ev=[("journal.pdf", "Genomförandeplan från öppenvården inkommen"), ("uppdrag_oppenvarden.pdf", "Alkoholfri måndag-torsdag")]),
        follow_up=dict(label="ja", why="Uppföljningssamtal 12/5 med utfall", ev=[("journal.pdf", "Uppföljningssamtal hos öppenvården")]),
        assignment_description=dict(label="ja", why="Ifylld uppdragsblankett med alla delar och överlämnandedatum", present="abcdefg",
                                    ev=[("uppdrag_oppenvarden.pdf", "Uppdragsbeskrivning till utförare"), ("journal.pdf", "uppdraget lämnat")]),
    )))

# ------------------------------------------------------------------ 17 Haparanda, HVB, chromium; F nej (booked & cancelled)
C.append(dict(
    id="haparanda_SOC-2014-98", committee="Haparanda", dnr="SOC 2014/98", scenario="",
    docs=[
        dict(file="utredning_beslut.pdf", type="utredning", producer="chromium", layout="two-column",
             kw=dict(office="Haparanda stad · Socialförvaltningen · SOC 2014/98", title="Utredning och beslut", two_col=True),
             blocks=[
                 ("p", "Gäller Tommi Alatalo, 19010530-6617, Haparanda."),
                 ("p", "Tommi, 31 år, aktualiserades genom en orosanmälan från Frivården 2014-09-15 och ansökte sedan själv om "
                       "behandling den 22 september. Han har använt amfetamin och alkohol sedan tonåren, har dömts för ringa "
                       "narkotikabrott och har en villkorlig frigivning med övervakning till mars 2015. Han bor i andrahand hos en "
                       "kompis. Mamman bor i Torneå (Finland), pappan är död. Samtal 22/9, 29/9, 6/10. Urinprov 29/9 positivt "
                       "(amfetamin). DUDIT 31."),
                 ("h", "Min bedömning"),
                 ("p", "Tommi har ett tungt beroende av amfetamin med många års missbruk. Han saknar eget boende och har ett umgänge "
                       "som nästan bara består av andra som använder. Han behöver en längre behandling utanför Haparanda med "
                       "struktur dygnet runt, arbete med kriminalitet och beroende, och hjälp att få ett eget boende och sysselsättning "
                       "efteråt. Öppenvård prövades 2012 och avbröts efter tre veckor. Sex månaders behandling på Lappmarkens "
                       "behandlingshem, med KBT och arbetsträning, motsvarar därför hans behov."),
                 ("h", "Beslut 2014-10-09"),
                 ("p", "Bistånd 4 kap. 1 § SoL: Lappmarkens behandlingshem 2014-10-20 - 2015-04-19. Leena Hannu, delegat."),
             ]),
        dict(file="mejl_uppdrag.pdf", type="uppdragsbeskrivning", producer="chromium", layout="portrait, forwarded e-mail thread",
             kw=dict(title=""),
             blocks=[
                 ("pre", "Från: Intag Lappmarken <intag@lappmarken-beh.se>\nSkickat: den 14 oktober 2014 11:02\n"
                         "Till: Hannu Leena\nÄmne: SV: Uppdrag Tommi Alatalo"),
                 ("p", "Hej, mottaget. Välkommen 20/10! /Gunilla"),
                 ("pre", "-----Ursprungligt meddelande-----\nFrån: Hannu Leena\nSkickat: den 13 oktober 2014 16:30\n"
                         "Till: Intag Lappmarken\nÄmne: Uppdrag Tommi Alatalo"),
                 ("p", "Hej Gunilla. Här kommer uppdraget för Tommi som skrivs in 20/10."),
                 ("p", "Vår bedömning av hans behov: tungt amfetaminberoende, saknar eget boende, kriminellt umgänge. Behöver struktur "
                       "dygnet runt, arbete med beroende och kriminalitet, och hjälp med boende och sysselsättning efteråt."),
                 ("p", "Uppdrag: sex månaders behandling 20/10 2014 - 19/4 2015 med KBT, arbetsträning och urinprov, samarbete med Frivården."),
                 ("p", "Mål: drogfri under behandlingen, genomfört arbetsträning minst 3 dagar/vecka från januari, och ansökan om "
                       "egen lägenhet inlämnad före 1/3 2015."),
                 ("p", "Uppföljning: trepartssamtal hos er efter två månader och en utvärdering i mars. Genomförandeplan till mig inom en månad."),
                 ("p", "Vid avslut vill jag ha en skriftlig slutrapport om behandlingen, provresultat och förslag på eftervård."),
                 ("sig", ["Ystävällisin terveisin / Vänliga hälsningar", "Leena Hannu, socialsekreterare", "Haparanda stad, Socialförvaltningen",
                          "0922-153 47"]),
             ]),
        dict(file="genomforandeplan.pdf", type="genomförandeplan", producer="chromium", layout="portrait, table",
             kw=dict(office="Lappmarkens behandlingshem", title="Genomförandeplan"),
             blocks=[
                 ("p", "Tommi Alatalo. Upprättad 2014-11-07 av kontaktperson Gunilla Berg med Tommi."),
                 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                            ["Drogfri", "KBT-grupp mån/ons, urinprov 2 ggr/vecka", "Gunilla B., Tommi", "10/11 2014 - 19/4 2015"],
                            ["Arbetsträning", "Snickeriet 3 dagar/vecka", "Arbetsledare Rune", "från 12/1 2015"],
                            ["Eget boende", "Ansökan Haparandabostäder, kontakt med handläggare", "Tommi, Gunilla B.", "senast 1/3 2015"],
                            ["Kontakt Frivården", "Telefonmöte med övervakaren", "Gunilla B.", "varje månad, första 20/11 2014"]]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", layout="portrait",
             kw=dict(office="Haparanda stad · Socialförvaltningen · Journal SOC 2014/98", title="Journal"),
             blocks=[
                 ("j", "15/9 2014", "Orosanmälan Frivården."),
                 ("j", "9/10", "Beslut Lappmarken."),
                 ("j", "13/10", "Uppdraget mejlat till Lappmarken."),
                 ("j", "20/10", "Tommi inskriven."),
                 ("j", "10/11", "Genomförandeplan inkomen från behandlingshemet."),
                 ("j", "12/12", "Trepartssamtal bokat 18/12 på Lappmarken."),
                 ("j", "17/12", "Trepartssamtalet 18/12 inställt, handl. sjuk. Ny tid bokas efter jul."),
                 ("j", "23/3 2015", "Utvärderingen i mars inställd från Lappmarken pga personalbrist. Ingen ny tid."),
                 ("j", "20/4", "Placeringen avslutad enligt beslut. Slutrapport efterfrågad."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Min bedömning' anger behoven och varför behandlingshemmet", ev=[("utredning_beslut.pdf", "Min bedömning")]),
        planning=dict(label="ja", why="Genomförandeplan i tabell med mål, insats, ansvar och datum", ev=[("genomforandeplan.pdf", "Insats/aktivitet")]),
        follow_up=dict(label="nej", why="Båda uppföljningarna bokades men ställdes in; ingen genomförd", ev=[]),
        assignment_description=dict(label="ja", why="Mejl 13/10 med alla delar, mottagningen bekräftad 14/10", present="abcdefg",
                                    ev=[("mejl_uppdrag.pdf", "Uppdrag Tommi Alatalo"), ("journal.pdf", "Uppdraget mejlat till Lappmarken")]),
    )))

# ------------------------------------------------------------------ 18 Haparanda, öppenvård, docx + scanned assignment letter; P delvis
C.append(dict(
    id="haparanda_2015-000203", committee="Haparanda", dnr="2015-000203", scenario="",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Haparanda stad, Socialförvaltningen", title="Utredning"),
             blocks=[
                 ("p", "Dnr 2015-000203. Gäller: Kari Lehtonen, 19000616-2219, Nikkala."),
                 ("p", "Kari, 60 år, hänvisades av vårdcentralen i mars 2015 efter förhöjda levervärden. Han har druckit dagligen sedan "
                       "han blev änkling för tre år sedan. Han bor kvar i huset och sköter sig själv men har börjat dra sig undan. "
                       "Dottern i Kalix hjälper honom. Vi har träffats 2/4, 9/4 och 16/4, två gånger hemma. AUDIT 20."),
                 ("h", "Vad vi kommit fram till"),
                 ("p", "Kari dricker för att stå ut med ensamheten och har fått leverpåverkan. Han behöver stöd att dra ner och helst "
                       "sluta, någon att prata med om sorgen, och hjälp att komma ut bland folk igen. Han vill inte lämna huset och hunden. "
                       "Öppenvård med samtal varannan vecka hos Haparanda öppenvård, kombinerat med vårdcentralens provtagning och "
                       "en kontakt med PRO eller kyrkans sorggrupp, svarar mot det han behöver."),
                 ("p", "Beslut 2015-04-21 (Leena Hannu, delegation): öppenvård 4 kap. 1 § SoL 2015-04-27 - 2015-10-27."),
             ]),
        dict(file="uppdrag_skannat.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx + scan", layout="scanned letter",
             text_layer="none", scan=True, angle=0.9,
             kw=dict(office="Haparanda stad, Socialförvaltningen"),
             blocks=[
                 ("p", "Till Haparanda öppenvård\nPirjo Mäkitalo"),
                 ("p", "Haparanda 2015-04-22"),
                 ("b", "Uppdrag: Kari Lehtonen, dnr 2015-000203"),
                 ("p", "Socialtjänstens bedömning av behov: Kari dricker dagligen för att hantera ensamheten efter att frun dog, har fått "
                       "leverpåverkan, behöver stöd att dra ner och sluta, samtal om sorgen och hjälp att komma ut bland folk."),
                 ("p", "Uppdraget: samtal varannan vecka från 27/4 2015 i sex månader, samarbete med vårdcentralen om leverprover, hjälp "
                       "att ta kontakt med sorggrupp eller PRO."),
                 ("p", "Mål: minskat drickande till högst två dagar i veckan senast 30/6 2015, normaliserade levervärden vid provtagning "
                       "i september, och att Kari deltar i en social aktivitet varje vecka."),
                 ("p", "Uppföljning: möte Kari, du och jag efter tre månader (juli/augusti)."),
                 ("p", "Vid avslut: skriftlig sammanfattning av hur det gått och om fortsatt behov finns."),
                 ("p", "Handläggare: Leena Hannu, tel. 0922-153 47, leena.hannu@haparanda.se"),
                 ("p", "Bifogas: utredning, beslut"),
                 ("sig", ["Leena Hannu"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Haparanda stad, Socialförvaltningen - Journal 2015-000203", title="Journal"),
             blocks=[
                 ("j", "27/3 2015", "Remiss från vårdcentralen."),
                 ("j", "21/4", "Beslut öppenvård."),
                 ("j", "22/4", "Uppdragsbrevet lämnat till Pirjo i handen, kopia i akten."),
                 ("j", "27/4", "Första samtal hos öppenvården. Planering gjord med Kari och Pirjo:"),
                 ("p", "• Kari ska dricka mindre\n• Samtal om sorgen\n• Komma ut mer, kanske PRO\n• Leverprover"),
                 ("j", "Den 6 aug", "Uppföljningssamtal hemma hos Kari med Pirjo. Han dricker nu bara på helgerna, har varit med på "
                                    "kyrkans sorggrupp fem gånger. Levervärdena i juli bättre enligt vårdcentralen. Hunden är med "
                                    "på promenader med en granne. Mål 1 och 3 uppnådda. Fortsätter till oktober."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Vad vi kommit fram till' anger behoven och varför öppenvård", ev=[("utredning.pdf", "Vad vi kommit fram till")]),
        planning=dict(label="delvis", why="Planeringen 27/4 är en punktlista utan datum, mätbara mål eller ansvarig",
                      ev=[("journal.pdf", "Planering gjord med Kari och Pirjo")]),
        follow_up=dict(label="ja", why="Uppföljningssamtal 6 aug med utfall", ev=[("journal.pdf", "Uppföljningssamtal hemma hos Kari")]),
        assignment_description=dict(label="ja", why="Skannat brev med alla delar, lämnat 22/4 enligt journal", present="abcdefg",
                                    ev=[("uppdrag_skannat.pdf", [1]), ("journal.pdf", "Uppdragsbrevet lämnat")]),
    )))

# ------------------------------------------------------------------ 19 Kalix, öppenvård, rtf; F nej (only planned)
C.append(dict(
    id="kalix_SN-2015-155", committee="Kalix", dnr="SN 2015/155", scenario="",
    docs=[
        dict(file="utredning_beslut.pdf", type="utredning", producer="libreoffice-rtf", layout="portrait, header",
             kw=dict(office="Kalix kommun  Vuxenenheten  SN 2015/155", title="Utredning och beslut"),
             blocks=[
                 ("p", "Gäller: Sandra Björk, 19021212-6628, Kalix. Handläggare: Annika Rova. Aktualisering: egen ansökan 2015-03-02."),
                 ("p", "Sandra, 27 år, studerar till undersköterska på distans. Hon har använt cannabis sedan 16 års ålder och de senaste "
                       "två åren också tramadol som hon köpt på nätet. Hon har en sambo som inte använder. Hon har missat "
                       "praktikperioder och riskerar att inte få ta examen. Samtal 5/3, 12/3 och 19/3. Urinprov 12/3 positivt för THC "
                       "och tramadol. DUDIT 24."),
                 ("h", "Skäl för beslutet"),
                 ("p", "Sandra har ett beroende av cannabis och tramadol som hotar utbildningen. Hon behöver stöd att sluta, hjälp med "
                       "sömn och oro som ökar vid avslut, och stöd att klara praktiken. Hon har bostad och stöd av sambon och har själv "
                       "bett om samtal. Öppenvård med återfallsprevention och urinprovskontroll hos Kalix beroendeteam, med "
                       "läkarkontakt via vårdcentralen för abstinensen, ger det stöd hon behöver."),
                 ("b", "Beslut 2015-03-24"),
                 ("p", "Öppenvård enligt 4 kap. 1 § SoL, Kalix beroendeteam, 2015-03-30 - 2015-09-30. Annika Rova, delegat."),
             ]),
        dict(file="mejl_uppdrag.pdf", type="uppdragsbeskrivning", producer="libreoffice-rtf", layout="portrait, e-mail",
             kw=dict(title=""),
             blocks=[
                 ("pre", "Från: Rova Annika\nSkickat: den 25 mars 2015 13:37\nTill: Alatalo Tomas\nÄmne: Uppdrag Sandra Björk SN 2015/155"),
                 ("p", "Hej Tomas,"),
                 ("p", "Uppdrag för Sandra Björk, start 30/3."),
                 ("p", "Behov enligt vår bedömning: beroende av cannabis och tramadol som hotar utbildningen; stöd att sluta, hjälp med "
                       "sömn och oro, stöd att klara praktiken."),
                 ("p", "Uppdraget: ÅP-samtal en gång/vecka, urinprov varje vecka, samordning med vårdcentralen om abstinensen."),
                 ("p", "Mål: negativa urinprov från 1/5 2015, genomförd praktik i maj-juni, examen i juni."),
                 ("p", "Uppföljning: vi ses alla tre i juni och sedan före periodens slut i september."),
                 ("p", "Vid avslut: kort skriftlig sammanfattning till mig om provresultat och måluppfyllelse."),
                 ("sig", ["/Annika", "Annika Rova, socialsekreterare, Vuxenenheten Kalix kommun, 0923-651 18"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-rtf", layout="portrait, running journal",
             kw=dict(office="Kalix kommun  Vuxenenheten  SN 2015/155", title="Journal"),
             blocks=[
                 ("j", "2/3 2015", "Sandra ringer, ansöker om öppenvård, vill ha hjälp med tabeletterna."),
                 ("j", "24/3", "Beslut."),
                 ("j", "25/3", "Uppdrag mejlat till Tomas A."),
                 ("j", "30/3", "Planering med Sandra och Tomas på beroendeteamet: 1) Negativa urinprov från 1/5, prov varje måndag, "
                               "Tomas. 2) ÅP-samtal torsdagar kl. 10 t.o.m. 30/9, Tomas och Sandra. 3) Läkartid vårdcentralen senast "
                               "10/4 för abstinens/sömn, Sandra bokar. 4) Praktik på Kalix sjukhus 4/5-12/6, Sandra, stöd av Tomas. "
                               "Uppföljning ska ske i juni."),
                 ("j", "9/6", "Tomas ringer, uppföljningsmötet 11/6 får flyttas, han går på semester. Ny tid efter sommaren."),
                 ("j", "Den 28 sept", "Uppföljning ska ske innan beslutstiden löper ut. Sandra har ansökt om fortsättning."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Skäl för beslutet' anger behoven och varför öppenvård", ev=[("utredning_beslut.pdf", "Skäl för beslutet")]),
        planning=dict(label="ja", why="Planering 30/3 i journalen med daterade mål, vem och när", ev=[("journal.pdf", "Planering med Sandra och Tomas")]),
        follow_up=dict(label="nej", why="Uppföljning bara planerad och uppskjuten; ingen genomförd före 2015-10-01", ev=[]),
        assignment_description=dict(label="ja", why="Mejl 25/3 med alla delar", present="abcdefg",
                                    ev=[("mejl_uppdrag.pdf", "Uppdrag Sandra Björk SN 2015/155"), ("journal.pdf", "Uppdrag mejlat till Tomas")]),
    )))

# ------------------------------------------------------------------ 20 Storuman, HVB, docx; N nej (no assessment made), A delvis
C.append(dict(
    id="storuman_SOC-2015-22", committee="Storuman", dnr="SOC 2015/22", scenario="",
    docs=[
        dict(file="beslut_och_anteckning.pdf", type="beslut", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Storumans kommun, Socialkontoret", title="Beslut"),
             blocks=[
                 ("p", "Dnr SOC 2015/22. Mats Grönlund, 19010208-9935, Gunnarn."),
                 ("p", "Mats har själv genom Beroendemottagningen ordnat plats på Tallbacka behandlingshem efter avgiftning och ansöker om "
                       "att socialkontoret betalar. Remiss från Beroendemottagningen (dr Olof Burman) 2015-01-26: 'Bedömning: svårt "
                       "alkoholberoende, behov av strukturerad behandling i minst 8 veckor.'"),
                 ("h", "Socialkontorets bedömning"),
                 ("p", "Någon egen utredning eller bedömning har inte gjorts eftersom ärendet är brådskande och läkaren redan bedömt "
                       "behovet. Ansökan bifalls."),
                 ("h", "Beslut 2015-01-28"),
                 ("p", "Institutionsvård enligt 4 kap. 1 § SoL, Tallbacka behandlingshem 2015-02-02 - 2015-03-29. Maria Eriksson, delegat."),
             ]),
        dict(file="uppdrag_tallbacka.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", layout="portrait, form with ticked boxes",
             kw=dict(office="Storumans kommun, Socialkontoret", title="Uppdragsbeskrivning"),
             blocks=[
                 ("table", [["Fält", "Uppgift"],
                            ["Klient", "Mats Grönlund, SOC 2015/22"],
                            ["Utförare", "Tallbacka behandlingshem, föreståndare Lars-Erik Wall"],
                            ["Socialtjänstens bedömning av behov", ""],
                            ["Uppdraget omfattar", "[X] Behandling 8 veckor  [X] Drogtester  [ ] Arbetsträning  [X] Eftervårdsplanering"],
                            ["Mål", "Nykter under vistelsen; eftervårdsplan med öppenvård i Storuman klar senast 2015-03-20"],
                            ["Uppföljning", "Handläggaren besöker Tallbacka efter 4 veckor; avslutande trepartssamtal v. 13"],
                            ["Återrapportering vid avslut", "Skriftlig slutrapport med måluppfyllelse och förslag på eftervård"],
                            ["Handläggare", "Maria Eriksson, 0951-140 63, maria.eriksson@storuman.se"],
                            ["Skickad till utföraren", "2015-01-29 per post och e-post"]]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Storumans kommun - Journalblad SOC 2015/22", title="Journal"),
             blocks=[
                 ("j", "26/1 2015", "Remiss Beroendemott. Mats ringer samma dag."),
                 ("j", "28/1", "Beslut Tallbacka."),
                 ("j", "2/2", "Mats på plats. Vårdplan upprättad per tel. med Mats och Lars-Erik:\n"
                              "Mål 1: nykter under hela vistelsen 2/2-29/3 (utandningsprov dagligen, Tallbacka).\n"
                              "Mål 2: eftervårdsplan klar 20/3: samtal i öppenvården Storuman varannan vecka + AA i Lycksele (Maria E. bokar).\n"
                              "Mål 3: tillbaka till jobbet på åkeriet 50 % från 7/4 (Mats kontaktar arbetsgivaren senast 15/3)."),
                 ("j", "3/3", "Besök på Tallbacka, vi träffades Mats, Lars-Erik och jag för att se hur det gått. Nykter, deltar i allt, "
                              "har pratat med chefen om att komma tillbaka. Eftervård: tid hos öppenvården 2/4 bokad."),
                 ("j", "26/3", "Trepartssamtal per tel. Mål 1 och 2 uppnådda, mål 3 klart från 7/4. Slutrapport kommer."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="nej", why="Text om att ingen egen bedömning gjorts; bara läkarens bedömning i remissen", ev=[]),
        planning=dict(label="ja", why="Vårdplan 2/2 i journalen med daterade mål, ansvar och tid", ev=[("journal.pdf", "Vårdplan upprättad per tel.")]),
        follow_up=dict(label="ja", why="Besök 3/3 och trepartssamtal 26/3 med utfall",
                       ev=[("journal.pdf", "Besök på Tallbacka"), ("journal.pdf", "Trepartssamtal per tel")]),
        assignment_description=dict(label="delvis", why="Uppdragsblanketten har tomt fält för socialtjänstens bedömning av behov (a saknas)",
                                    ev=[("uppdrag_tallbacka.pdf", "Uppdragsbeskrivning")], present="bcdefg"),
    )))
