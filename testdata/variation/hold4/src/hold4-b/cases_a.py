# -*- coding: utf-8 -*-
"""Cases 1-7. Each case: dict(id, committee, dnr, scenario, docs, criteria).
doc: dict(file, type, producer, layout, blocks, kw, post) ; criteria: label, why, ev=[(file, marker|[pages])], elements."""

C = []

# ------------------------------------------------------------------ 1 Lycksele, HVB, all ja (groff)
C.append(dict(
    id="lycksele_SN-2014-88", committee="Lycksele", dnr="SN 2014/88", scenario="",
    docs=[
        dict(file="utredning_och_beslut.pdf", type="utredning", producer="groff", layout="portrait, header/footer",
             kw=dict(office="Lycksele kommun, Socialtjänsten, Individ- och familjeomsorgen", dnr="SN 2014/88",
                     title="Utredning enligt 11 kap. 1 § SoL"),
             blocks=[
                 ("p", "Gäller: Torbjörn Wikström, 19011103-4417\nAdress: Skogsvägen 14, Lycksele\nAktualiserad: 2014-10-06 genom egen ansökan"),
                 ("p", "Torbjörn kom själv till socialkontoret den 6 oktober och sa att han inte orkar längre. Han har druckit "
                       "varje dag sedan i somras när han blev av med jobbet på sågen i Kristineberg. Han berättar att det började "
                       "med öl på kvällarna och att det nu är hembränt och sprit från morgonen. Han bor ensam i huset efter mamman, "
                       "har en vuxen dotter i Umeå som han inte träffat på två år. Han har inga skulder hos Kronofogden men hyran "
                       "för september är inte betald."),
                 ("p", "Jag har träffat Torbjörn vid fyra tillfällen, 6/10, 9/10, 14/10 och 21/10, två gånger här på kontoret och "
                       "två gånger hemma. Vid hembesöket 14/10 var det stökigt och det fanns tomflaskor i köket. Han var nykter båda "
                       "gångerna hemma men skakig. Med hans samtycke har jag pratat med distriktsläkaren på hälsocentralen och med "
                       "dottern Jenny per telefon. AUDIT gjordes 9/10 och gav 31 poäng."),
                 ("p", "Distriktsläkaren har skrivit att levervärdena är förhöjda och att han rekommenderar avgiftning. "
                       "Torbjörn har varit inlagd för abstinens en gång tidigare, 2011, och klarade sig då utan alkohol i ungefär "
                       "ett halvår. Han har aldrig haft någon behandling efter avgiftningen. Själv säger han att han vill bort från "
                       "Lycksele ett tag för att 'alla polarna kommer hem med flaskor'."),
                 ("p", "Uppväxt och familj: Torbjörn är uppvuxen i Björksele som yngst av fyra syskon. Pappan var skogsarbetare och drack "
                       "periodvis, vilket Torbjörn själv tar upp flera gånger. Han gick ut grundskolan och började direkt i skogen, sedan på "
                       "sågen där han arbetade i tjugotvå år. Han var gift med Ingrid 1990-2006. De har dottern Jenny som är 24 år. Efter "
                       "skilsmässan flyttade han tillbaka till mammans hus och tog hand om henne de sista åren innan hon dog 2013."),
                 ("p", "Hälsa: Han har högt blodtryck och tar medicin för det, men säger att han slarvat med tabletterna i höstas. Han sover "
                       "dåligt, vaknar vid fyratiden och 'tar en sup för att somna om'. Han har tappat i vikt. Han har ingen psykiatrisk "
                       "kontakt och har aldrig haft det. Distriktsläkaren har tagit prover 10/10, se ovan."),
                 ("p", "Ekonomi och boende: Han har a-kassa sedan augusti men har inte skickat in kassakorten för september. Huset är "
                       "skuldfritt men han har hyra för garaget och sommarstugan i Rusksele som han hyr ut. Hyran han nämner avser "
                       "garaget hos kommunens bostadsbolag. Han har elräkningar som är obetalda sedan augusti. Vi har gått igenom "
                       "räkningarna tillsammans 21/10 och han har fått blankett för ansökan om ekonomiskt bistånd."),
                 ("p", "Nätverk: Utöver dottern har han en bror i Storuman som han pratar med i telefon. Umgänget i övrigt är arbetskamrater "
                       "från sågen som också blivit av med jobbet och som kommer hem till honom. Dottern Jenny säger i telefon att hon "
                       "gärna vill ha kontakt igen om pappa slutar dricka och att hon kan tänka sig att komma på anhörigdagar."),
                 ("p", "Torbjörns egen uppfattning: Han säger att han 'vet att det inte går längre', att han skäms inför dottern och att han "
                       "vill få hjälp att sluta helt, inte bara dra ner. Han vill helst inte vara borta över jul men accepterar det om det "
                       "behövs. Han har frågat om han får ta med sig hunden, vilket inte går; brodern tar hand om den."),
                 ("h", "Min bedömning"),
                 ("p", "Torbjörn har ett allvarligt alkoholberoende som har förvärrats under hösten. Han dricker dagligen, har "
                       "abstinens på morgnarna och har inte klarat att minska själv. Han behöver först avgiftas och sedan komma "
                       "bort från sitt umgänge en tid för att få en strukturerad behandling där han får arbeta med sitt beroende, "
                       "få hjälp med dygnsrytm och ekonomi och bygga upp ett nyktert nätverk. Öppenvården här på orten räcker inte "
                       "just nu eftersom han bor ensam, har tät kontakt med andra som dricker och själv ber om att få komma "
                       "härifrån. Jag bedömer att behandling på Tallbacka behandlingshem i tolv veckor efter avgiftningen, med "
                       "12-stegsinriktning och återfallsprevention, svarar mot det han behöver. Efter hemkomst behöver han "
                       "eftervård i öppenvården för att hålla det han uppnått."),
                 ("p", "Förslag till beslut: Torbjörn Wikström beviljas bistånd enligt 4 kap. 1 § SoL i form av behandling vid "
                       "Tallbacka behandlingshem fr.o.m. 2014-11-03 i tolv veckor."),
                 ("sig", ["Lycksele 2014-10-23", "Dikterat av Kerstin Lidström, socialsekreterare", "Utskrivet av Marie Öberg, assistent 2014-10-24"]),
                 ("h", "Beslut"),
                 ("p", "Individutskottet beslutar 2014-10-28 att bevilja Torbjörn Wikström bistånd enligt 4 kap. 1 § SoL i form av "
                       "behandling vid Tallbacka behandlingshem fr.o.m. 2014-11-03 t.o.m. 2015-01-25. Skäl: se utredningen. "
                       "Beslutet kan överklagas till förvaltningsrätten i Umeå."),
                 ("sig", ["Gunnel Persson, ordförande i individutskottet"]),
             ]),
        dict(file="brev_tallbacka.pdf", type="uppdragsbeskrivning", producer="groff", layout="portrait, letter",
             kw=dict(office="Lycksele kommun, Individ- och familjeomsorgen", dnr="SN 2014/88"),
             blocks=[
                 ("p", "Till Föreståndaren\nTallbacka behandlingshem\nBox 23\n920 72 Tallbacka"),
                 ("p", "Lycksele 2014-10-29"),
                 ("b", "Angående Torbjörn Wikström, 19011103-4417"),
                 ("p", "Hej Lars-Erik! Som vi pratade om i telefon skickar jag nu det skriftliga uppdraget för Torbjörn, som kommer "
                       "till er måndag 3 november efter avgiftningen på Beroendekliniken."),
                 ("p", "Vad vi kommit fram till om Torbjörns behov: han har ett allvarligt alkoholberoende med daglig konsumtion och "
                       "morgonabstinens, han bor ensam och umgås nästan bara med andra som dricker. Han behöver avgiftning följt av "
                       "en strukturerad behandling utanför hemorten, stöd med dygnsrytm och ekonomi, och ett nyktert nätverk inför "
                       "hemgången."),
                 ("p", "Uppdraget omfattar tolv veckors behandling hos er från 2014-11-03: 12-stegsprogrammet, återfallsprevention, "
                       "enskilda samtal med kontaktperson, stöd att ordna sina räkningar (han har med sig hyresavin) och att ni hjälper "
                       "honom ta kontakt med AA i Lycksele före utskrivning."),
                 ("p", "Målen, som vi kom överens om med Torbjörn den 23/10: att han är nykter under hela vistelsen, att han har "
                       "genomgått programmets steg 1-5 till 2015-01-25 och att han har en eftervårdsplan och en AA-kontakt på "
                       "hemorten när han skrivs ut."),
                 ("p", "Uppföljning: jag kommer upp till er efter ungefär sex veckor (vi bokar tid) och vi har ett utvärderingsmöte "
                       "med Torbjörn i mitten av januari innan han åker hem. Ring mig om något händer, särskilt vid återfall eller om "
                       "han vill avbryta."),
                 ("p", "När behandlingen avslutas vill jag ha en skriftlig slutrapport: hur vistelsen gått, eventuella återfall, "
                       "vilka mål som nåtts och era rekommendationer för eftervården."),
                 ("p", "Ansvarig handläggare: Kerstin Lidström, socialsekreterare, tel. 0950-166 42, "
                       "kerstin.lidstrom@lycksele.se. Växel 0950-166 00."),
                 ("p", "Bifogas: utredning, beslut"),
                 ("sig", ["Med vänlig hälsning", "Kerstin Lidström"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="groff", layout="portrait, running journal",
             kw=dict(office="Lycksele kommun, IFO - journalanteckningar", dnr="SN 2014/88", title="Journal Torbjörn Wikström"),
             blocks=[
                 ("j", "6/10 2014", "Besök av Torbjörn, egen ansökan om hjälp med alkoholen. Se utredning."),
                 ("j", "23/10", "Samtal med Torbjörn om placeringen. Överenskommelse: vi skriver ner målen tillsammans, han "
                                "skriver på. Se vårdplan nedan."),
                 ("b", "Planering / vårdplan 2014-10-23"),
                 ("p", "1. Avgiftning på Beroendekliniken 29/10-3/11. Ansvar: Kerstin ordnar plats, Torbjörn åker med buss. "
                       "2. Behandling på Tallbacka 2014-11-03 - 2015-01-25. Mål: nykter hela vistelsen, steg 1-5 klara till 25/1. "
                       "Ansvar: Tallbacka och Torbjörn. 3. Ekonomi: septemberhyran betalas via ekonomiskt bistånd, ansökan lämnas "
                       "senast 31/10, Torbjörn ansvarar. 4. Eftervård: plan för öppenvård och AA-kontakt klar senast 2015-01-20, "
                       "Kerstin och Tallbacka ansvarar. 5. Uppföljning hos Tallbacka v. 50 och utvärdering före hemgång. "
                       "Underskrivet av Torbjörn och undertecknad."),
                 ("j", "29/10", "Brev med uppdraget till Tallbacka skickat i dag med posten, bifogat utredning och beslut. Även mejlat till Lars-Erik."),
                 ("j", "4/11", "Tel. m. beh. på gården, Torbjörn kom fram igår, lite skakig men på plats."),
                 ("j", "10/12", "Besök på Tallbacka. Vi träffades Torbjörn, kontaktpersonen Ann och jag för att se hur det gått. "
                                "Han har varit nykter hela tiden, har gjort steg 1-3. Sover bättre. Hyran betald. Vi fortsätter enligt planen."),
                 ("j", "Den 14 jan", "Utvärdering efter tre månader, hos Tallbacka. Torbjörn nykter hela vistelsen, klar med steg 1-5, "
                                     "har varit på två AA-möten i Lycksele under permission. Mål 1-3 uppnådda. Eftervård: samtal i "
                                     "öppenvården varannan vecka från 2/2. Slutrapport från Tallbacka kom 27/1."),
                 ("j", "27/1 2015", "Slutrapport från Tallbacka inkommen, scannad till akten."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Min bedömning' i utredningen beskriver behoven och varför HVB svarar mot dem",
                              ev=[("utredning_och_beslut.pdf", "Min bedömning"), ("utredning_och_beslut.pdf", "eftervård i öppenvården för att hålla det han uppnått")]),
        planning=dict(label="ja", why="Vårdplan i journalen 23/10 med daterade mål, ansvar och tider",
                      ev=[("journal.pdf", "Planering / vårdplan 2014-10-23")]),
        follow_up=dict(label="ja", why="Besök 10/12 och utvärdering 14 jan med resultat",
                       ev=[("journal.pdf", "Besök på Tallbacka"), ("journal.pdf", "Utvärdering efter tre månader")]),
        assignment_description=dict(label="ja", why="Brev till föreståndaren med alla delar, skickat 29/10 enligt brev och journal",
                                    ev=[("brev_tallbacka.pdf", "Till Föreståndaren"), ("journal.pdf", "Brev med uppdraget")],
                                    present="abcdefg"),
    )))

# ------------------------------------------------------------------ 2 Lycksele, öppenvård, LO rtf; N delvis, A nej (telephone)
C.append(dict(
    id="lycksele_IFO-2015-0031", committee="Lycksele", dnr="IFO 2015/0031", scenario="",
    docs=[
        dict(file="beslut.pdf", type="beslut", producer="libreoffice-rtf", layout="portrait, header",
             kw=dict(office="LYCKSELE KOMMUN  Socialtjänsten", title="BESLUT"),
             blocks=[
                 ("p", "Diarienummer: IFO 2015/0031\nBeslutsdatum: 2015-02-12"),
                 ("p", "Sökande: Anneli Grahn, 19020617-2286"),
                 ("p", "Ansökan avser: öppenvård för alkohol- och tablettproblem"),
                 ("b", "Beslut"),
                 ("p", "Anneli Grahn beviljas bistånd enligt 4 kap. 1 § socialtjänstlagen i form av öppenvårdsbehandling vid "
                       "Öppenvården Lycksele, individuella samtal en gång per vecka, fr.o.m. 2015-02-16 t.o.m. 2015-08-31."),
                 ("b", "Skäl för beslutet"),
                 ("p", "Anneli bedöms vara i behov av öppenvård."),
                 ("p", "Beslutet fattat med stöd av delegation. Hur man överklagar, se bilaga."),
                 ("sig", ["Per-Olov Sundqvist", "socialsekreterare"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-rtf", layout="portrait, running journal",
             kw=dict(office="LYCKSELE KOMMUN  Socialtjänsten  IFO 2015/0031", title="Journalanteckningar, Anneli Grahn"),
             blocks=[
                 ("j", "2/2 2015", "Anneli ringer, vill ha hjälp, dricker vin varje kväll och tar Imovane som hon fått av en väninna. "
                                   "Bokar tid 5/2, hon var ledsen i telfonen."),
                 ("j", "5/2", "Besök. Anneli berättar om separationen i höstas, hon jobbar kvar som undersköterska men har varit "
                              "sjukskriven två veckor i januari. DUDIT 9 p, AUDIT 17 p. Hon vill inte åka iväg, vill gå i samtal här."),
                 ("j", "12/2", "Beslut om öppenvård, se beslut."),
                 ("j", "13/2", "Tel. m. Birgitta på Öppenvården. Berättat om Anneli och att hon börjar 16/2 på tisdagar kl. 13. "
                               "Birgitta tar det muntligt, vi skickar inget särskilt."),
                 ("j", "16/2", "Planering, gjord med Anneli och Birgitta på Öppenvården:\n"
                               "- Mål 1: ingen alkohol eller Imovane måndag-torsdag fr.o.m. 1/3, helt alkoholfri till 30/4. Anneli ansvarar, "
                               "Birgitta följer upp med PEth-prov varannan vecka (första 2/3).\n"
                               "- Mål 2: tillbaka i arbete 50 % till 1/4. Anneli kontaktar företagshälsovården senast 27/2.\n"
                               "- Samtal varje tisdag kl. 13 hos Birgitta t.o.m. 31/8.\n"
                               "- Avstämning med handl. i maj."),
                 ("j", "3/3", "Ringt klient. Första PEth negativt enl. Anneli. Vi hörs av och stämmer av i maj."),
                 ("j", "Den 19 maj", "Avstämning på Öppenvården med Anneli och Birgitta. Anneli har gått på alla samtal utom ett. "
                                     "PEth negativa sedan mars, ett återfall i påskas (vin). Tillbaka på jobbet 50 % sedan 7/4. "
                                     "Mål 1 i stort uppnått, mål 2 uppnått. Fortsätter samtal till 31/8 som beslutat."),
                 ("j", "2/9", "Birgitta ringer, Anneli har avslutat, vill inte fortsätta. Avslutas."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="delvis", why="Beslutet anger bara slutsatsen 'bedöms vara i behov av öppenvård', inga behov eller skäl",
                              ev=[("beslut.pdf", "bedöms vara i behov av öppenvård")]),
        planning=dict(label="ja", why="Planering 16/2 i journalen med daterade mål, ansvar och tider",
                      ev=[("journal.pdf", "Planering, gjord med Anneli")]),
        follow_up=dict(label="ja", why="Avstämning 19 maj med resultat",
                       ev=[("journal.pdf", "Avstämning på Öppenvården")]),
        assignment_description=dict(label="nej", why="Uppdraget lämnades muntligt per telefon, 'vi skickar inget särskilt'",
                                    ev=[], present=""),
    )))

# ------------------------------------------------------------------ 3 Lycksele, recent HVB, chromium; F ej_t
C.append(dict(
    id="lycksele_2015-000214", committee="Lycksele", dnr="2015-000214", scenario="recent",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="chromium", layout="portrait",
             kw=dict(office="Lycksele kommun · Socialtjänsten · Dnr 2015-000214", title="Utredning missbruk vuxen"),
             blocks=[
                 ("p", "Klient: Mikael Strand, född 1902. Handläggare: Kerstin Lidström."),
                 ("h", "Sammanfattning"),
                 ("p", "Mikael, 34 år, söker själv den 3 augusti 2015 efter att polisen tagit honom för rattfylleri i juli. Han "
                       "har använt amfetamin i perioder sedan tjugoårsåldern och de senaste månaderna nästan dagligen, ihop med "
                       "alkohol på helgerna. Han har förlorat körkortet och därmed jobbet som chaufför. Han bor med sambon Sara och "
                       "hennes två barn. Sara har sagt att hon flyttar om han inte gör något nu. Socialtjänsten har samtidigt en "
                       "barnavårdsutredning öppen (annan handläggare)."),
                 ("p", "Vi har träffats 3/8, 7/8, 11/8 och 17/8. Jag har talat med Beroendemottagningen som gjort en "
                       "läkarbedömning: 'beroende av centralstimulantia, måttlig svårighetsgrad, ingen indikation för "
                       "slutenvård'. DUDIT 28 p."),
                 ("h", "Vad vi kommit fram till"),
                 ("p", "Mikael har ett beroende av amfetamin som nu påverkar familjen, arbetet och ekonomin. Han har försökt sluta "
                       "på egen hand två gånger under våren utan att klara mer än någon vecka. Han behöver komma ur den miljö där han "
                       "får tag på preparat, få en period av drogfrihet under trygga former, arbeta med sina återfallsrisker och få "
                       "stöd i att reparera relationen till Sara och barnen. Öppenvård har prövats 2013 utan resultat. Vi bedömer därför "
                       "att behandling på Renbergsgårdens HVB i tio veckor, där familjen kan delta i anhörighelg, ger honom det han "
                       "behöver, följt av eftervård på hemorten."),
                 ("p", "Beslut 2015-08-25 (delegat Per-Olov Sundqvist): bistånd enligt 4 kap. 1 § SoL, behandling på Renbergsgårdens "
                       "HVB fr.o.m. 2015-09-07 t.o.m. 2015-11-15."),
             ]),
        dict(file="mejl_uppdrag.pdf", type="uppdragsbeskrivning", producer="chromium", layout="portrait, e-mail",
             kw=dict(office="", title=""),
             blocks=[
                 ("pre", "Från:     Lidström Kerstin <kerstin.lidstrom@lycksele.se>\nSkickat:  den 31 augusti 2015 14:12\n"
                         "Till:     'Renbergsgården intag' <intag@renbergsgarden.se>\nÄmne:    Uppdrag Mikael Strand, dnr 2015-000214\n"
                         "Bifogade filer: utredning.pdf; beslut.pdf"),
                 ("p", "Hej!"),
                 ("p", "Här kommer uppdraget för Mikael Strand som skrivs in hos er 7/9."),
                 ("p", "Behov (ur vår utredning): Mikael har ett amfetaminberoende med återkommande misslyckade försök att sluta, "
                       "har förlorat arbetet och familjen är nära att splittras. Han behöver en drogfri period utanför hemmiljön, "
                       "arbete med återfallsrisker och stöd i relationen till sambo och barn."),
                 ("p", "Uppdraget: tio veckors behandling 7/9-15/11 enligt ert program (KBT-baserad återfallsprevention), "
                       "urinprov enligt er rutin, anhörighelg med Sara, och förberedelse av eftervård tillsammans med oss."),
                 ("p", "Mål: drogfri under hela vistelsen (negativa prov), genomfört ÅP-modulen och en skriftlig återfallsplan, "
                       "och att Sara deltagit i minst en anhörighelg till 15/11."),
                 ("p", "Uppföljning: trepartssamtal (Mikael, er behandlare, jag) efter ca 5 veckor, preliminärt vecka 42, "
                       "och ett avslutningsmöte i november. Meddela mig direkt vid avbrott eller positivt prov."),
                 ("p", "Vid avslut: skriftlig sammanfattning med provresultat, måluppfyllelse och rekommendation om eftervård."),
                 ("sig", ["Hälsningar", "Kerstin Lidström", "Socialsekreterare, IFO Lycksele kommun", "Tel. 0950-166 42, mobil 070-281 44 19"]),
             ]),
        dict(file="vardplan.pdf", type="vårdplan", producer="chromium", layout="landscape, table",
             kw=dict(office="Lycksele kommun, Socialtjänsten   Vårdplan   Dnr 2015-000214", title="Vårdplan - Mikael Strand",
                     landscape=True),
             blocks=[
                 ("p", "Upprättad 2015-08-31 tillsammans med Mikael. Placering: Renbergsgårdens HVB 2015-09-07 - 2015-11-15."),
                 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                            ["Drogfri under vistelsen", "Behandling, urinprov enligt HVB:s rutin", "Mikael, Renbergsgården", "7/9 - 15/11 2015"],
                            ["Skriftlig återfallsplan klar", "ÅP-modulen, enskilda samtal", "Behandlare på HVB", "senast 1/11 2015"],
                            ["Relationen till Sara och barnen", "Anhörighelg", "Mikael, Sara, HVB", "helgen 17-18/10 2015"],
                            ["Eftervård ordnad", "Samtal öppenvården, NA-kontakt", "Kerstin Lidström", "klart till 10/11 2015"],
                            ["Uppföljning", "Trepartssamtal", "Kerstin Lidström", "v. 42; avslutningsmöte nov."]]),
                 ("p", "Uppföljning planeras till november vid avslutningsmötet; första trepartssamtal v. 42."),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", layout="portrait",
             kw=dict(office="Lycksele kommun · IFO · Journal · 2015-000214", title="Journal"),
             blocks=[
                 ("j", "3/8 2015", "Mikael på besök, ansökan om behandling. Se utredning."),
                 ("j", "25/8", "Beslut HVB Renbergsgården, se utredning."),
                 ("j", "31/8", "Vårdplan gjord med Mikael. Uppdrag mejlat till Renbergsgården i dag."),
                 ("j", "7/9", "Tel. m. beh. på gården: Mikael inskriven kl. 11."),
                 ("j", "22/9", "Ringt klient, allt ok enl. honom. Trepartssamtal bokat 14/10."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Vad vi kommit fram till' beskriver behoven och varför HVB svarar mot dem",
                              ev=[("utredning.pdf", "Vad vi kommit fram till")]),
        planning=dict(label="ja", why="Vårdplan i tabellform med daterade mål, insatser, ansvar och tid",
                      ev=[("vardplan.pdf", "Vårdplan - Mikael Strand")]),
        follow_up=dict(label="ej_tillämpligt", why="Insatsen startade 2015-09-07; första uppföljning bokad 14/10, efter granskningsdatum",
                       ev=[]),
        assignment_description=dict(label="ja", why="Mejl med behov, uppdrag, mål, uppföljning, återrapport, kontakt och skickat-datum",
                                    ev=[("mejl_uppdrag.pdf", "Uppdrag Mikael Strand"), ("journal.pdf", "Uppdrag mejlat")],
                                    present="abcdefg"),
    )))

# ------------------------------------------------------------------ 4 Vilhelmina, öppenvård, docx; N ja in letter, P/F/A delvis
C.append(dict(
    id="vilhelmina_SOC-2014-112", committee="Vilhelmina", dnr="SOC 2014/112", scenario="",
    docs=[
        dict(file="beslutsbrev.pdf", type="beslut", producer="libreoffice-docx", layout="portrait, header/footer, letter",
             kw=dict(office="Vilhelmina kommun\nSocialförvaltningen, Individ- och familjeomsorgen"),
             blocks=[
                 ("p", "Roger Lindahl\nStorgatan 41 B\n912 32 Vilhelmina"),
                 ("p", "Vilhelmina den 17 november 2014\nVår beteckning: SOC 2014/112"),
                 ("b", "Beslut om öppenvård"),
                 ("p", "Hej Roger,"),
                 ("p", "Du har beviljats öppenvård hos Vilhelmina öppenvårdsteam enligt 4 kap. 1 § socialtjänstlagen, från den "
                       "24 november 2014 och sex månader framåt. Du har beviljats detta eftersom du själv berättat, och jag sett vid "
                       "våra träffar, att du dricker så mycket på helgerna att du inte kommer till jobbet på måndagarna, att du har "
                       "fått en varning av arbetsgivaren och att du har svårt att hantera ilskan när du druckit. Du behöver hjälp att "
                       "få kontroll över drickandet och att hitta andra sätt att hantera stress och ilska. Eftersom du har jobb och "
                       "bostad och vill vara kvar hemma tror vi att samtal och återfallsprevention hos öppenvårdsteamet, där du kan gå "
                       "på eftermiddagstid, är det som passar dig bäst. Behandling på behandlingshem behövs inte nu."),
                 ("p", "Om du inte är nöjd med beslutet kan du överklaga. Hur du gör står på baksidan."),
                 ("sig", ["Med vänliga hälsningar", "Eva Jonsson", "Socialsekreterare, tel. 0940-143 27"]),
             ]),
        dict(file="brev_oppenvarden.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", layout="portrait, header/footer, letter",
             kw=dict(office="Vilhelmina kommun\nSocialförvaltningen, Individ- och familjeomsorgen"),
             blocks=[
                 ("p", "Till Öppenvårdsteamet\nAtt. Jan-Erik Fjällström"),
                 ("p", "Vilhelmina 2014-11-18"),
                 ("b", "Uppdrag avseende Roger Lindahl, SOC 2014/112"),
                 ("p", "Roger har fått beslut om öppenvård hos er från 24/11 i sex månader. Bedömningen av hans behov framgår av "
                       "beslutsbrevet som jag bifogar: han behöver få kontroll över helgdrickandet och hitta sätt att hantera stress och ilska."),
                 ("p", "Uppdraget: individuella samtal en gång i veckan med återfallsprevention och ilskehantering, samt "
                       "alkoholutandningsprov vid besöken."),
                 ("p", "Mål: att Roger inte har någon frånvaro från arbetet p.g.a. alkohol och att han själv upplever att han har "
                       "kontroll över drickandet."),
                 ("p", "Uppföljning: vi har ett gemensamt möte med Roger efter tre månader."),
                 ("p", "Bifogas: beslutsbrev"),
                 ("sig", ["Eva"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Vilhelmina kommun - Socialförvaltningen - Journal SOC 2014/112", title="Journal Roger Lindahl"),
             blocks=[
                 ("j", "30/10 2014", "Anmälan från arbetsgivaren (via företagshälsan) med Rogers samtycke. Ringt klient, tid 4/11."),
                 ("j", "4/11", "Besök. Roger berättar om helgerna, dricker fre-sön, 'en flaska whisky och lite till'. Varning från jobbet. "
                               "Han vill ha hjälp men inte åka iväg. AUDIT 22."),
                 ("j", "11/11", "Besök, samtal om ilskan, inga våldsincidenter men bråk med grannar. Han är motiverad för samtal."),
                 ("j", "17/11", "Beslut öppenvård, brev skickat till Roger."),
                 ("j", "18/11", "Uppdragsbrev lämnat till Jan-Erik på Öppenvårdsteamet i internposten."),
                 ("j", "24/11", "Första besöket på öppenvården. Överenskommelse mellan Roger, Jan-Erik och mig: Roger ska minska "
                                "drickandet och må bättre. Han ska gå på samtalen. Vi ses igen längre fram."),
                 ("j", "3/3 2015", "Uppföljning gjord på öppenvården med Roger och Jan-Erik."),
                 ("j", "25/5", "Beslutsperioden slut. Avslutas efter samtal med Jan-Erik. Roger vill inte ha mer kontakt."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="Beslutsbrevet till klienten ('Du har beviljats ... eftersom ...') anger behoven och varför öppenvård passar",
                              ev=[("beslutsbrev.pdf", "Du har beviljats")]),
        planning=dict(label="delvis", why="Överenskommelse 24/11 med vaga mål ('minska', 'må bättre') utan datum eller vem/när",
                      ev=[("journal.pdf", "Överenskommelse mellan Roger")]),
        follow_up=dict(label="delvis", why="Daterad notering 3/3 att uppföljning gjorts, men inget resultat",
                       ev=[("journal.pdf", "Uppföljning gjord på öppenvården")]),
        assignment_description=dict(label="delvis", why="Brevet saknar vad som ska återrapporteras vid avslut och handläggarens kontaktuppgifter (bara förnamn)",
                                    ev=[("brev_oppenvarden.pdf", "Uppdrag avseende Roger"), ("journal.pdf", "Uppdragsbrev lämnat")],
                                    present="abcdg"),
    )))

# ------------------------------------------------------------------ 5 Vilhelmina, declined HVB, groff
C.append(dict(
    id="vilhelmina_SN-2015-19", committee="Vilhelmina", dnr="SN 2015/19", scenario="declined",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="groff", layout="portrait, dictated narrative",
             kw=dict(office="Vilhelmina kommun  Socialförvaltningen", dnr="SN 2015/19", title="Utredning"),
             blocks=[
                 ("p", "Angående Sten-Åke Nilsson, 19000921-3351, Lillvattnet 8, Vilhelmina"),
                 ("p", "Sten-Åke hör av sig den 12 januari efter att hemtjänsten, som han har för sina knän, sagt till honom att de inte "
                       "kommer in när han är full. Han har druckit mycket sedan frun Margit dog i fjol. Han har mest sprit hemma, handlar på "
                       "Systemet i stan när grannen skjutsar. Han har fallit två gånger i vinter och hemtjänsten har hittat honom på golvet "
                       "en gång. Han säger själv att han 'inte vill sluta som farsan'. Han har två söner som bor i Stockholm och Luleå."),
                 ("p", "Jag har varit hemma hos honom 15/1 och 22/1 och han har varit här en gång, 28/1. Med hans medgivande har jag "
                       "pratat med hemtjänstens samordnare och med sjuksköterskan på hälsocentralen. Sjuksköterskan säger att han är "
                       "undernärd och att läkaren vill lägga in honom för avgiftning innan något görs. AUDIT 27."),
                 ("p", "Sten-Åke är född och uppvuxen i Lillvattnet och har bott där hela livet förutom åren i lumpen i Boden. Han har "
                       "arbetat som snickare och senare som vaktmästare på skolan i Dikanäs fram till förtidspensioneringen 2009 för "
                       "knäna. Han och Margit var gifta i 38 år. Hon skötte det mesta av hushållet och ekonomin, och sedan hon dog i "
                       "mars 2014 har han haft svårt att få ordning på räkningar och mat. Sönerna hjälper till med räkningarna på "
                       "distans via internetbanken."),
                 ("p", "Han berättar att han alltid druckit 'som folk gör mest', öl till maten och sprit på fester, men att det efter "
                       "begravningen blev varje dag. Han dricker nu ungefär en halv liter sprit om dagen, ibland mer. Han har inte "
                       "kört bil sedan i somras då han själv tyckte det var för riskabelt. Han har inga tidigare kontakter med "
                       "socialtjänsten."),
                 ("p", "Hemtjänstens samordnare, Ulla Bergström, berättar att personalen kommer två gånger om dagen. Vid flera tillfällen "
                       "har han varit så berusad att de inte kunnat hjälpa honom med duschen. Kylskåpet är ofta tomt. De har hittat "
                       "medicinerna orörda i dosetten. Sjuksköterskan på hälsocentralen, Karin Lundgren, bekräftar att han gått ner nio "
                       "kilo sedan i våras och att blodsockret är dåligt inställt."),
                 ("p", "Sonen Peter, som jag talat med i telefon med Sten-Åkes medgivande, säger att familjen länge varit orolig men inte "
                       "vetat vad de ska göra. Han tror att pappan skulle kunna tänka sig att åka iväg om han får veta att huset sköts. "
                       "Grannen Arne har lovat att se till huset."),
                 ("p", "Sten-Åke säger själv att han 'inte vill sluta som farsan', som dog i levercirros. Han vill ha hjälp, men han är "
                       "rädd för att vara borta hemifrån och undrar vem som ska skotta. Vi har pratat om att det går att ordna."),
                 ("h", "Min bedömning"),
                 ("p", "Sten-Åke dricker dagligen och har sedan frun dog blivit alltmer isolerad. Han har nu skador av fall, äter dåligt "
                       "och har slutat ta sina mediciner. Han behöver avgiftning på sjukhus och därefter en lugn behandling med hjälp att "
                       "bearbeta sorgen, få struktur på dagarna och få ordning på kost och mediciner. Han är 64 år och har aldrig fått "
                       "någon behandling förut. Eftersom han bor avsides, ensam och utan bil går det inte att ge honom tillräckligt stöd "
                       "hemma med öppenvård i Vilhelmina. Jag bedömer att en behandling på Myrgårdens behandlingshem, som har erfarenhet av "
                       "äldre män och sorgebearbetning, i åtta veckor motsvarar det han behöver."),
                 ("sig", ["Dikterat av Eva Jonsson, socialsekreterare, 2015-02-02", "Utskrivet av Britt Mattsson 2015-02-03"]),
                 ("h", "Beslut"),
                 ("p", "Bistånd beviljas enligt 4 kap. 1 § SoL, behandling vid Myrgårdens behandlingshem i åtta veckor från "
                       "2015-02-23. Beslutat på delegation 2015-02-05 av Eva Jonsson."),
             ]),
        dict(file="mejl_myrgarden.pdf", type="uppdragsbeskrivning", producer="groff", layout="portrait, e-mail",
             kw=dict(office="Utskrift från Outlook", dnr=""),
             blocks=[
                 ("pre", "Från: Eva Jonsson\nSkickat: den 9 februari 2015 10:41\nTill: info@myrgarden.se\n"
                         "Ämne: Placering Sten-Åke Nilsson (SN 2015/19)\nBifogade filer: utredning SN 2015-19.pdf; beslut.pdf"),
                 ("p", "Hej Mona,"),
                 ("p", "tack för samtalet. Här kommer det skriftliga uppdraget för Sten-Åke som ska komma till er 23/2 efter "
                       "avgiftningen i Lycksele."),
                 ("p", "Våra överväganden om hans behov: han dricker dagligen sedan frun dog, är isolerad, undernärd, har fallit och tar "
                       "inte sina mediciner. Han behöver hjälp med sorgen, dagsstruktur, kost och medicinering och en nykter period."),
                 ("p", "Uppdraget: åtta veckors behandling hos er med samtal om sorg och beroende, hjälp med kost och medicinintag i "
                       "samråd med hans läkare, och att förbereda hemgången med hemtjänsten."),
                 ("p", "Mål: att han är nykter under vistelsen, att han tar sina mediciner själv och har gått upp i vikt när han åker hem "
                       "(senast 20/4)."),
                 ("p", "När han skrivs ut vill jag ha en skriftlig sammanfattning om hur det gått och vad han behöver hemma."),
                 ("sig", ["Hälsningar Eva", "", "Eva Jonsson", "Socialsekreterare, Vilhelmina kommun", "0940-143 27"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="groff", layout="portrait, running journal",
             kw=dict(office="Vilhelmina kommun  Socialförvaltningen  Journal", dnr="SN 2015/19"),
             blocks=[
                 ("j", "12/1 2015", "Sten-Åke ringer själv. Hembesök bokat."),
                 ("j", "15/1", "Hembesök, se utredning."),
                 ("j", "5/2", "Beslut Myrgården."),
                 ("j", "9/2", "Uppdrag mejlat till Myrgården, Mona bekräftar plats från 23/2."),
                 ("j", "16/2", "Avgiftning på lasarettet i Lycksele påbörjad."),
                 ("j", "20/2", "Tel. från avdelningen. Sten-Åke har skrivit ut sig själv och åkt hem med grannen. Ringt klient: han säger "
                               "att han 'inte ska åka till något hem', han har ångrat sig och vill klara sig själv med hjälp av hemtjänsten. "
                               "Jag har förklarat att beslutet finns kvar om han ändrar sig. Han är bestämd."),
                 ("j", "20/2", "Tel. Myrgården, platsen avbokad. Han kommer inte."),
                 ("j", "24/2", "Hembesök. Sten-Åke fortsatt bestämd, vill inte ha behandling. Erbjuden kontakt med öppenvården, tackar nej. "
                               "Avslutas. Hemtjänsten informerad med hans samtycke."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Min bedömning' beskriver behoven och varför behandlingshem svarar mot dem",
                              ev=[("utredning.pdf", "Min bedömning"), ("utredning.pdf", "i åtta veckor motsvarar det han behöver")]),
        planning=dict(label="ej_tillämpligt", why="Han skrev ut sig och tackade nej innan placeringen började", ev=[]),
        follow_up=dict(label="ej_tillämpligt", why="Insatsen påbörjades aldrig", ev=[]),
        assignment_description=dict(label="delvis", why="Mejlet saknar hur uppföljningen ska göras",
                                    ev=[("mejl_myrgarden.pdf", "Placering Sten-Åke Nilsson")], present="abcefg"),
    )))
