# -*- coding: utf-8 -*-
"""Cases 6-13."""
C = []

# ------------------------------------------------------------------ 6 Vilhelmina, öppenvård, assembled akt with scanned plan form
FORM = [
    ("p", "VILHELMINA KOMMUN - Individ- och familjeomsorgen                      Dnr IFO.2015.0077"),
    ("b", "PLANERING / ÖVERENSKOMMELSE  (fylls i för hand)"),
    ("p", "Namn: Lena Sjödin          Insats: Öppenvård, Vilhelmina öppenvårdsteam          Datum: 13/3-15"),
    ("table", [["Vad ska uppnås (mål)", "Vad görs / hur", "Vem", "När"],
               ["Inga tabletter utöver ordinerat (Oxascand slutar)", "Nedtrappning via läkare på HC, veckosamtal öppenv.", "Lena, Dr Berg HC, Jan-Erik öv.", "nedtrappat till 30/4-15"],
               ["Nykter vardagar", "Samtal tisdagar 10.00, alkomätare", "Lena + Jan-Erik", "fr.o.m. 17/3-15"],
               ["Klara räkningarna själv", "Budget m. budget- o skuldrådgivn.", "Lena, Eva J. bokar tid", "före 15/4-15"],
               ["Uppföljning", "Möte Lena, Jan-Erik, Eva", "Eva J. kallar", "v. 23 (juni)"]]),
    ("p", "Underskrift klient: Lena Sjödin                 Handläggare: Eva Jonsson"),
]
C.append(dict(
    id="vilhelmina_IFO.2015.0077", committee="Vilhelmina", dnr="IFO.2015.0077", scenario="",
    docs=[dict(file="akt_IFO.2015.0077.pdf", type="akt (sammansatt: utredning, planering, uppdrag, journal)",
               producer="pdfunite (libreoffice-rtf + scan + chromium + libreoffice-rtf)",
               layout="assembled; page 2 scanned hand-ruled form", text_layer="partial",
               parts=[
                   dict(producer="libreoffice-rtf", kw=dict(office="Vilhelmina kommun  IFO  Dnr IFO.2015.0077", title="Utredning"),
                        blocks=[
                            ("p", "Lena Sjödin, 19010305-6624. Kontakt sedan 2015-02-04 (egen ansökan, efter att dottern ringt)."),
                            ("p", "Lena är 51 år, arbetar deltid i skolköket. Hon har sedan ryggoperationen 2012 fått lugnande och smärtstillande "
                                  "och tar nu mer än ordinerat, och dricker vin på kvällarna 'för att somna'. Hon har missat jobb, fått "
                                  "betalningsanmärkning och dottern är orolig. Vi har träffats 4/2, 11/2, 20/2 och 3/3. Läkare på "
                                  "hälsocentralen har bekräftat förskrivningen och är beredd att trappa ner. AUDIT 16, DUDIT 14."),
                            ("h", "Sammanfattande överväganden"),
                            ("p", "Lena har utvecklat ett beroende av lugnande tabletter i kombination med alkohol. Hon behöver en "
                                  "kontrollerad nedtrappning tillsammans med läkaren, regelbundna samtal för att hitta andra sätt att hantera "
                                  "sömn och smärta, och hjälp att få ordning på ekonomin. Hon har arbete, bostad och ett stöd i dottern och vill "
                                  "bo kvar hemma. Öppenvård med veckosamtal i samverkan med hälsocentralen ger henne det stöd som behövs utan att "
                                  "hon förlorar arbetet. Beslut 2015-03-10 (delegat Eva Jonsson): öppenvård 4 kap. 1 § SoL, 2015-03-17--2015-09-30."),
                            ("sig", ["Dikterat av Eva Jonsson 2015-03-09", "Utskrivet av Britt Mattsson"]),
                        ]),
                   dict(producer="chromium", scan=True, kw=dict(title="", handwritten=True), blocks=FORM),
                   dict(producer="chromium", kw=dict(title=""), blocks=[
                       ("pre", "Från: Jan-Erik Fjällström\nSkickat: den 16 mars 2015 08:05\nTill: Eva Jonsson\nÄmne: SV: Uppdrag Lena Sjödin"),
                       ("p", "Tack Eva, uppfattat, vi ses tisdag. /J-E"),
                       ("pre", "-----Vidarebefordrat meddelande-----\nFrån: Eva Jonsson <eva.jonsson@vilhelmina.se>\n"
                               "Skickat: den 13 mars 2015 15:47\nTill: Jan-Erik Fjällström <jan-erik.fjallstrom@vilhelmina.se>\n"
                               "Kopia: Britt Mattsson\nÄmne: Uppdrag Lena Sjödin, IFO.2015.0077"),
                       ("p", "Hej Jan-Erik! Här kommer uppdraget för Lena som börjar hos dig 17/3."),
                       ("p", "Bakgrund och hennes behov enligt vår bedömning: beroende av lugnande tabletter och alkohol efter "
                             "ryggoperationen, behöver nedtrappning i samarbete med HC (dr Berg), samtal om sömn- och smärthantering och "
                             "stöd med ekonomin."),
                       ("p", "Uppdrag: individuella samtal en gång i veckan, alkomätare vid besök, kontakt med dr Berg kring nedtrappningen."),
                       ("p", "Mål: nedtrappad från Oxascand senast 30/4, nykter vardagar från start, klarar sina räkningar före 15/4. "
                             "Planeringen vi gjorde i dag ligger i akten."),
                       ("p", "Uppföljning: vi träffas vi tre i v. 23 och går igenom målen, sedan vid beslutsperiodens slut 30/9."),
                       ("p", "När det avslutas: skicka en kort skriftlig sammanfattning med närvaro, hur målen nåtts och om hon behöver något mer."),
                       ("sig", ["Ha det gott!", "Eva Jonsson, socialsekreterare", "Vilhelmina kommun, IFO", "tel 0940-143 27"]),
                   ]),
                   dict(producer="libreoffice-rtf", kw=dict(office="Vilhelmina kommun  IFO  Dnr IFO.2015.0077", title="Journal"),
                        blocks=[
                            ("j", "4/2 2015", "Lena på besök, egen ansökan."),
                            ("j", "10/3", "Beslut öppenvård."),
                            ("j", "13/3", "Planering gjord med Lena, hennes handskrivna blad skannat in. Uppdraget mejlat till Jan-Erik i dag."),
                            ("j", "17/3", "Första samtalet hos öppenvården."),
                            ("j", "14/4", "Tel. m. Jan-Erik. Lena kommer varje vecka."),
                            ("j", "Den 9 juni", "Uppföljningssamtal Lena, Jan-Erik och handl. Oxascand helt nedtrappad sedan 28/4 enl. dr Berg. "
                                                "Alkomätare noll vid alla besök utom ett. Räkningarna betalas, budget gjord med "
                                                "budgetrådgivningen. Mål uppnådda, fortsätter samtal varannan vecka till 30/9."),
                            ("j", "22/9", "Jan-Erik: Lena går fortfarande, vill avsluta i sep som planerat. Sammanfattning kommer."),
                        ]),
               ])],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Sammanfattande överväganden' i utredningen anger behov och varför öppenvård",
                              ev=[("akt_IFO.2015.0077.pdf", "Sammanfattande överväganden")]),
        planning=dict(label="ja", why="Skannad handskriven planering med mål, vad, vem och datum",
                      ev=[("akt_IFO.2015.0077.pdf", [2])]),
        follow_up=dict(label="ja", why="Uppföljningssamtal 9 juni med utfall", ev=[("akt_IFO.2015.0077.pdf", "Uppföljningssamtal Lena")]),
        assignment_description=dict(label="ja", why="Vidarebefordrat mejl 13/3 med alla delar; journalen noterar att det skickats",
                                    ev=[("akt_IFO.2015.0077.pdf", "Uppdrag Lena Sjödin, IFO.2015.0077"),
                                        ("akt_IFO.2015.0077.pdf", "Uppdraget mejlat till Jan-Erik")], present="abcdefg"),
    )))

# ------------------------------------------------------------------ 7 Storuman, HVB, docx; N nej (empty "Min bedömning", doctor's quoted)
C.append(dict(
    id="storuman_SN-2014-201", committee="Storuman", dnr="SN 2014/201", scenario="",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Storumans kommun, Socialkontoret", title="Utredning - Jonas Dahlberg"),
             blocks=[
                 ("p", "Dnr SN 2014/201. Jonas Dahlberg, 19020130-5512, Blaikfjällsvägen 6, Storuman."),
                 ("p", "Jonas har varit känd här sedan 2009. Han har i perioder använt cannabis och alkohol, och sedan i våras även "
                       "subutex som han köper. Han har bott hos mamman sedan han blev vräkt från lägenheten i Tärnaby. I november ringde "
                       "mamman och sa att hon inte orkar, han sover på dagarna och har varit hotfull mot henne. Jonas säger själv att "
                       "han vill bli drogfri och att han 'måste härifrån'. Jag har träffat honom 18/11, 25/11 och 2/12."),
                 ("p", "Läkarintyg från Beroendemottagningen i Lycksele 2014-11-28: 'Bedömning: opioidberoende och "
                       "cannabisberoende, rekommenderar institutionsvård med avgiftning. Ej aktuell för LARO i nuläget.'"),
                 ("p", "Jonas har sagt att han vill till Kvarnbackens HVB eftersom en kompis varit där. Kvarnbacken har plats från 15/12."),
                 ("h", "Min bedömning"),
                 ("p", "-"),
                 ("h", "Förslag till beslut"),
                 ("p", "Jonas beviljas institutionsvård på Kvarnbackens HVB enligt 4 kap. 1 § SoL från 2014-12-15."),
                 ("sig", ["Dikterat av Maria Eriksson 2014-12-05", "Utskrivet av Sonja Holm 2014-12-08"]),
                 ("p", "BESLUT 2014-12-09: Enligt förslag. Maria Eriksson, socialsekreterare (delegation)."),
             ]),
        dict(file="brev_kvarnbacken.pdf", type="uppdragsbeskrivning", producer="libreoffice-docx", layout="portrait, header/footer, letter",
             kw=dict(office="Storumans kommun, Socialkontoret"),
             blocks=[
                 ("p", "Till Föreståndaren\nKvarnbackens HVB"),
                 ("p", "Storuman 2014-12-10"),
                 ("b", "Uppdrag: Jonas Dahlberg, dnr SN 2014/201"),
                 ("p", "Bedömning av behov: se bifogad utredning."),
                 ("p", "Uppdraget omfattar behandling med avgiftning från 15/12 2014 under fyra månader, drogtester enligt er rutin, "
                       "samt planering av boende inför utskrivning (han har ingen egen bostad)."),
                 ("p", "Målen är att Jonas ska vara drogfri under vistelsen, att han ska ha en egen bostad eller träningslägenhet "
                       "ordnad till 15/4 2015 och att han har en daglig sysselsättning planerad efter utskrivningen."),
                 ("p", "Uppföljning görs genom att handläggaren besöker er efter sex veckor och sedan en gång i månaden per telefon. "
                       "Vid avslut ska ni skicka en skriftlig slutrapport med provresultat, måluppfyllelse och förslag till eftervård."),
                 ("p", "Handläggare: Maria Eriksson, tel. 0951-140 63, maria.eriksson@storuman.se"),
                 ("p", "Bifogas: utredning, beslut"),
             ]),
        dict(file="vardplan.pdf", type="vårdplan", producer="libreoffice-docx", layout="portrait, table",
             kw=dict(office="Storumans kommun, Socialkontoret", title="Vårdplan"),
             blocks=[
                 ("p", "Jonas Dahlberg, SN 2014/201. Upprättad 2014-12-10 med Jonas och mamman Anita."),
                 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                            ["Drogfri", "Avgiftning och behandling, drogtester", "Kvarnbacken, Jonas", "15/12 2014 - 15/4 2015"],
                            ["Egen bostad/träningslägenhet", "Ansökan bostadsbolaget, ev. träningslägenhet via soc.", "Maria E., Jonas", "klart 15/4 2015"],
                            ["Sysselsättning", "Kontakt Arbetsförmedlingen/Samhall", "Kvarnbacken, Jonas", "planerat till 1/4 2015"],
                            ["Relation till mamman", "Familjesamtal på HVB", "Kvarnbacken", "januari 2015"]]),
                 ("p", "Underskrifter: Jonas Dahlberg, Maria Eriksson"),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-docx", layout="portrait, header/footer",
             kw=dict(office="Storumans kommun - Journalblad SN 2014/201", title="Journal"),
             blocks=[
                 ("j", "14/11 2014", "Anita D. ringer, orolig för sonen. Planerat hembesök 18/11."),
                 ("j", "9/12", "Beslut HVB Kvarnbacken."),
                 ("j", "10/12", "Vårdplan gjord. Brevet med uppdraget och utredningen skickat till Kvarnbacken i dag."),
                 ("j", "15/12", "Jonas skjutsad till Kvarnbacken av mamman."),
                 ("j", "28/1 2015", "Besök på Kvarnbacken, Jonas, behandlaren Ulf och handl. Alla tester negativa, han sköter "
                                    "programmet, ett familjesamtal med Anita har genomförts 20/1. Bostad: ansökan inlämnad till "
                                    "Storumanhem. Fortsätter enl. planen."),
                 ("j", "2/3", "Tel. m. beh. Ulf, fortsatt bra, inga återfal."),
                 ("j", "16/4", "Utvärderingsmöte på Kvarnbacken inför utskrivning. Drogfri hela tiden, träningslägenhet i Storuman "
                               "klar från 20/4, praktik på Second hand via Arbetsförmedlingen från maj. Slutrapport kommer."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="nej", why="'Min bedömning' har bara ett streck; enda bedömningen är läkarens citerade", ev=[]),
        planning=dict(label="ja", why="Vårdplan i tabell med mål, insats, ansvarig och datum", ev=[("vardplan.pdf", "Upprättad 2014-12-10")]),
        follow_up=dict(label="ja", why="Besök 28/1 och utvärderingsmöte 16/4 med resultat",
                       ev=[("journal.pdf", "Besök på Kvarnbacken"), ("journal.pdf", "Utvärderingsmöte på Kvarnbacken")]),
        assignment_description=dict(label="delvis", why="Brevet hänvisar till utredningen för behoven, och där finns ingen bedömning (a saknas)",
                                    ev=[("brev_kvarnbacken.pdf", "Uppdrag: Jonas Dahlberg"), ("journal.pdf", "Brevet med uppdraget")],
                                    present="bcdefg"),
    )))

# ------------------------------------------------------------------ 8 Storuman, öppenvård, chromium; poor case
C.append(dict(
    id="storuman_2015-000045", committee="Storuman", dnr="2015-000045", scenario="",
    docs=[
        dict(file="beslut.pdf", type="beslut", producer="chromium", layout="portrait",
             kw=dict(office="Storumans kommun  |  Socialkontoret  |  Beslut  |  2015-000045", title="Beslut om bistånd"),
             blocks=[
                 ("table", [["Sökande", "Beslutsdatum", "Lagrum"], ["Kent Forsberg, 19010811-7736", "2015-01-22", "4 kap. 1 § SoL"]]),
                 ("h", "Beslut"),
                 ("p", "Kent Forsberg beviljas öppenvård i form av samtalsbehandling hos Storumans öppenvård (Malin Sundin) "
                       "från 2015-02-01 tills vidare, dock längst t.o.m. 2015-07-31."),
                 ("h", "Skäl för beslutet"),
                 ("p", "Kent har ansökt om hjälp för sitt drickande. Socialkontoret bedömer att han är i behov av öppenvård."),
                 ("sig", ["Maria Eriksson", "Socialsekreterare"]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="chromium", layout="portrait",
             kw=dict(office="Storumans kommun  |  Socialkontoret  |  Journal  |  2015-000045", title="Journalanteckningar"),
             blocks=[
                 ("j", "12/1 2015", "Kent ringer, vill prata om alkoholen. Tid 15/1."),
                 ("j", "15/1", "Besök. Kent, 47, skogsmaskinförare, dricker mest helger men nu även vardagar sedan skilsmässan. "
                               "Körkortet i fara efter blåsning i december. Vill ha samtal här. Hans egna ord: 'jag behöver nån att prata med'."),
                 ("j", "22/1", "Beslut öppenvård, Malin på öppenvården informerad per tel."),
                 ("j", "2/2", "Kent har börjat hos Malin. Planering görs när han kommit igång."),
                 ("j", "17/3", "Kent ringer angående avbetalningsplan för skulden till kommunen (barnomsorg). Hänvisad till ekonomen."),
                 ("j", "8/4", "Planerat hembesök. Kent inte hemma."),
                 ("j", "30/7", "Beslutstiden slut. Ingen uppföljning har gjorts. Enl. Malin har Kent kommit ojämnt. Ärendet avslutas, "
                               "Kent får söka igen om han vill."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="delvis", why="Bara slutsatsen 'bedömer att han är i behov av öppenvård' i beslutet",
                              ev=[("beslut.pdf", "bedömer att han är i behov av öppenvård")]),
        planning=dict(label="nej", why="Ingen plan; bara 'planering görs när han kommit igång', en avbetalningsplan och ett planerat hembesök", ev=[]),
        follow_up=dict(label="nej", why="Journalen säger uttryckligen att ingen uppföljning gjorts", ev=[]),
        assignment_description=dict(label="nej", why="Öppenvården informerad per telefon; beslutet nämner bara utföraren", ev=[], present=""),
    )))

# ------------------------------------------------------------------ 9 Storuman, HVB jointly with county addiction clinic, SIP two-column
C.append(dict(
    id="storuman_SN-2015-67", committee="Storuman", dnr="SN 2015/67", scenario="",
    docs=[
        dict(file="utredning.pdf", type="utredning", producer="groff", layout="portrait, header/footer, dictated",
             kw=dict(office="Storumans kommun  Socialkontoret", dnr="SN 2015/67", title="Utredning"),
             blocks=[
                 ("p", "Gäller Petra Holmgren, 19020914-3928, Tärnaby"),
                 ("p", "Ärendet har handlagts tillsammans med Beroendemottagningen i Lycksele (landstinget), där Petra varit "
                       "inskriven för avgiftning 2-13 mars 2015. Beroendemottagningens kurator Håkan Lundmark kontaktade oss den 9 mars "
                       "med Petras samtycke. Petra är 29 år och har använt alkohol och bensodiazepiner sedan tonåren. Hon har en son "
                       "på 6 år som bor hos pappan sedan i höstas. Hon vill få tillbaka boendet för sonen på sikt."),
                 ("p", "Vi har träffats 10/3 och 12/3 på avdelningen i Lycksele, och 17/3 och 24/3 i Tärnaby. Ett SIP-möte hölls 20/3 "
                       "(se SIP). Läkaren på Beroendemottagningen bedömer att hon inte ska gå direkt hem efter avgiftningen."),
                 ("h", "Handläggarens slutsats"),
                 ("p", "Petra har ett beroende av alkohol och lugnande medel med flera återfall efter tidigare avgiftningar, senast i "
                       "december. Hon har ångest och sömnproblem som hon själv medicinerar. Hemma i Tärnaby finns hennes umgänge och "
                       "få möjligheter till behandling. Hon behöver en längre sammanhållen behandling där både beroendet och ångesten "
                       "tas om hand, med fortsatt medicinsk kontakt med Beroendemottagningen, och hon behöver arbeta med föräldraskapet "
                       "för att kunna återuppta umgänget med sonen. Socialkontoret anser att Älvnäsgårdens behandlingshem, som har "
                       "psykiatrisk kompetens och familjeprogram, i fyra månader motsvarar hennes behov."),
                 ("p", "Beslut 2015-03-26 av individutskottet: bistånd enligt 4 kap. 1 § SoL, Älvnäsgårdens behandlingshem "
                       "2015-03-30 - 2015-07-31."),
                 ("sig", ["Dikterat av Maria Eriksson 2015-03-25", "Utskrivet av Sonja Holm 2015-03-25"]),
             ]),
        dict(file="sip.pdf", type="SIP", producer="chromium", layout="two-column",
             kw=dict(office="Samordnad individuell plan (SIP)  -  Storumans kommun / Landstinget, Beroendemottagningen Lycksele",
                     title="SIP Petra Holmgren", two_col=True),
             blocks=[
                 ("p", "Möte 2015-03-20 på Beroendemottagningen. Närvarande: Petra Holmgren, Maria Eriksson (socialsekreterare "
                       "Storuman), Håkan Lundmark (kurator), dr Sofia Marklund (läkare), Petras mamma Gun via telefon."),
                 ("h", "Petras egna mål"),
                 ("p", "'Jag vill bli fri från tabletterna och kunna ha Oskar varannan helg till sommaren.'"),
                 ("h", "Mål och åtgärder"),
                 ("ul", ["Drogfri från alkohol och bensodiazepiner under behandlingen 30/3-31/7 2015. Ansvar: Älvnäsgården, Petra.",
                         "Ångestbehandling: läkarkontakt och läkemedelsgenomgång, första besök 15/4 2015. Ansvar: dr Marklund.",
                         "Föräldraskap: familjeprogrammet på Älvnäsgården, umgänge med Oskar varannan helg från 1/7 2015. "
                         "Ansvar: Älvnäsgården, Maria E. kontaktar pappan.",
                         "Boende efter behandling: ansökan om lägenhet i Tärnaby senast 1/6 2015. Ansvar: Petra, Maria E.",
                         "Eftervård: plan klar 15/7 2015. Ansvar: Håkan L. och Maria E."]),
                 ("h", "Uppföljning av SIP"),
                 ("p", "Nytt SIP-möte i juni 2015 på Älvnäsgården. Maria E. kallar. Samordningsansvar: Maria Eriksson."),
                 ("p", "Samtycke till samverkan undertecknat 2015-03-20."),
             ]),
        dict(file="uppdrag_alvnasgarden.pdf", type="uppdragsbeskrivning", producer="groff", layout="portrait, letter",
             kw=dict(office="Storumans kommun  Socialkontoret", dnr="SN 2015/67"),
             blocks=[
                 ("p", "Till Föreståndaren, Älvnäsgården\nKopia: Beroendemottagningen Lycksele, Håkan Lundmark"),
                 ("p", "Storuman 2015-03-27"),
                 ("b", "Uppdragsbeskrivning Petra Holmgren"),
                 ("p", "Behov enligt vår bedömning: Petra har ett beroende av alkohol och lugnande medel med återkommande återfall, "
                       "ångest och sömnproblem, och hon behöver arbeta med föräldraskapet för att kunna träffa sin son."),
                 ("p", "Uppdraget: behandling 30/3-31/7 2015 med beroendebehandling, samarbete med dr Marklund om ångesten, "
                       "familjeprogrammet och förberedelse av boende och eftervård enligt SIP."),
                 ("p", "Mål: drogfri under behandlingen, umgänge med sonen varannan helg från 1/7, eftervårdsplan klar 15/7."),
                 ("p", "Uppföljning sker vid SIP-möte i juni på Älvnäsgården och genom telefonavstämning med mig varje månad. "
                       "Genomförandeplan skickas till mig inom tre veckor."),
                 ("p", "Vid avslut ska ni lämna en skriftlig slutrapport om hur målen nåtts, provresultat och rekommendationer."),
                 ("p", "Ansvarig handläggare: Maria Eriksson, Storumans kommun, 0951-140 63, maria.eriksson@storuman.se"),
                 ("p", "Bifogas: utredning, beslut, SIP"),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="groff", layout="portrait, running journal",
             kw=dict(office="Storumans kommun  Journal", dnr="SN 2015/67"),
             blocks=[
                 ("j", "9/3 2015", "Håkan L., Beroendemott., ringer om Petra. Samtycke finns."),
                 ("j", "20/3", "SIP-möte, se SIP."),
                 ("j", "27/3", "Uppdragsbeskrivning + bilagor skickade till Älvnäsgården i dag, med post och mejl."),
                 ("j", "30/3", "Petra inskriven."),
                 ("j", "20/4", "Genomförandeplan från Älvnäsgården inkommen, stämmer med SIP."),
                 ("j", "11/6", "SIP-uppföljning på Älvnäsgården (trepartssamtal + dr Marklund per tel). Petra drogfri, alla prov "
                               "negativa. Ångesten bättre efter medicinbyte. Träffat Oskar två gånger på gården. Lägenhet i Tärnaby "
                               "erbjuden från 1/8. Målen i SIP delvis uppnådda, umgänge varannan helg från juli bekräftat av pappan."),
                 ("j", "3/8", "Slutrapport Älvnäsgården inkommen. Eftervård hos Beroendemott. och öppenvård Storuman."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Handläggarens slutsats' anger behoven och varför behandlingshemmet svarar mot dem",
                              ev=[("utredning.pdf", "Handläggarens slutsats")]),
        planning=dict(label="ja", why="SIP med daterade mål, åtgärder och ansvariga", ev=[("sip.pdf", "Mål och åtgärder")]),
        follow_up=dict(label="ja", why="SIP-uppföljning 11/6 med utfall", ev=[("journal.pdf", "SIP-uppföljning på Älvnäsgården")]),
        assignment_description=dict(label="ja", why="Brev med alla delar, skickat 27/3 enligt journal",
                                    ev=[("uppdrag_alvnasgarden.pdf", "Uppdragsbeskrivning Petra"), ("journal.pdf", "Uppdragsbeskrivning + bilagor")],
                                    present="abcdefg"),
    )))

# ------------------------------------------------------------------ 10 Arvidsjaur, öppenvård, rtf + landscape plan; F delvis
C.append(dict(
    id="arvidsjaur_SN-2015-033", committee="Arvidsjaur", dnr="SN 2015/033", scenario="",
    docs=[
        dict(file="utredning_beslut.pdf", type="utredning", producer="libreoffice-rtf", layout="portrait, header",
             kw=dict(office="ARVIDSJAURS KOMMUN  Socialtjänsten  SN 2015/033", title="Utredning och beslut"),
             blocks=[
                 ("p", "Niklas Öhman, 19000402-1195. Ansökan 2015-01-19."),
                 ("p", "Niklas är 38 år och jobbar säsong på testbanorna på vintern. Han söker för att han röker cannabis dagligen och "
                       "dricker mycket på helgerna. Han har en flickvän som ställt krav. Han har tidigare gått i samtal 2012 och var då "
                       "drogfri ett år. Vi har träffats 22/1, 29/1 och 5/2. Urinprov 29/1 positivt för THC. DUDIT 21."),
                 ("h", "Analys"),
                 ("p", "Niklas cannabisbruk har blivit dagligt och påverkar hans möjligheter att behålla arbetet (drogtester förekommer). "
                       "Han behöver stöd för att sluta röka, hantera sömnproblem som kommer vid avslut och hitta en fritid som inte kretsar "
                       "kring drogerna. Han har bostad, arbete och en partner som stöttar, och han har tidigare lyckats med samtalsbehandling. "
                       "Öppenvård med CRA-inriktning och regelbundna urinprov ger honom det han behöver och låter honom behålla jobbet."),
                 ("b", "Beslut"),
                 ("p", "Bistånd enligt 4 kap. 1 § SoL, öppenvård hos Arvidsjaurs beroendeenhet 2015-02-16 - 2015-08-16. "
                       "Beslutat 2015-02-10 av Hans Lundberg, socialsekreterare, på delegation."),
             ]),
        dict(file="uppdrag_och_plan.pdf", type="uppdragsbeskrivning", producer="libreoffice-rtf", layout="landscape, table",
             kw=dict(office="ARVIDSJAURS KOMMUN  Socialtjänsten  SN 2015/033", title="Uppdrag till beroendeenheten / Genomförandeplan",
                     landscape=True),
             blocks=[
                 ("p", "Till: Arvidsjaurs beroendeenhet, Ingela Nordström. Överlämnat vid möte 2015-02-12."),
                 ("p", "Behov (ur utredningen): dagligt cannabisbruk som hotar arbetet, behöver stöd att sluta, hantera sömnproblem och "
                       "bygga upp en drogfri fritid. Uppdraget: CRA-samtal en gång i veckan, urinprov varje vecka, ett par samtal med "
                       "flickvännen. Uppföljning: avstämning handläggare-enheten-Niklas efter tre månader. Vid avslut: skriftlig "
                       "sammanfattning med provresultat och måluppfyllelse till handläggaren. Handläggare: Hans Lundberg, 0960-155 31, "
                       "hans.lundberg@arvidsjaur.se"),
                 ("table", [["Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"],
                            ["Drogfri (negativa urinprov)", "CRA-samtal måndagar, urinprov varje vecka", "Ingela N., Niklas", "fr.o.m. 16/2; negativa prov senast 31/3 2015"],
                            ["Bättre sömn", "Sömnskola, 4 träffar", "Ingela N.", "mars-april 2015"],
                            ["Drogfri fritid", "Aktivitetsschema, prova skoterklubben", "Niklas", "schema klart 15/3 2015"],
                            ["Flickvännen delaktig", "Två parsamtal", "Ingela N.", "april och juni 2015"]]),
             ]),
        dict(file="journal.pdf", type="journalanteckningar", producer="libreoffice-rtf", layout="portrait, running journal",
             kw=dict(office="ARVIDSJAURS KOMMUN  Socialtjänsten  SN 2015/033", title="Journal"),
             blocks=[
                 ("j", "19/1 2015", "Niklas ringer, ansökan om hjälp med cannabis."),
                 ("j", "10/2", "Beslut."),
                 ("j", "12/2", "Möte på beroendeenheten, uppdraget och planen lämnade till Ingela."),
                 ("j", "16/2", "Start."),
                 ("j", "21/5", "Avstämning gjord m. Niklas o Ingela enl. planen."),
                 ("j", "17/8", "Avslutat enligt beslut. Sammanfattning från enheten inte inkommen ännu."),
             ]),
    ],
    criteria=dict(
        needs_assessment=dict(label="ja", why="'Analys' anger behov och varför öppenvård", ev=[("utredning_beslut.pdf", "Analys")]),
        planning=dict(label="ja", why="Genomförandeplan i tabell med mål, insats, ansvarig och datum",
                      ev=[("uppdrag_och_plan.pdf", "Insats/aktivitet")]),
        follow_up=dict(label="delvis", why="Daterad notering 21/5 att avstämning gjorts, men inget resultat",
                       ev=[("journal.pdf", "Avstämning gjord")]),
        assignment_description=dict(label="ja", why="Uppdraget innehåller alla delar och anger överlämnande vid möte 2015-02-12",
                                    ev=[("uppdrag_och_plan.pdf", "Till: Arvidsjaurs beroendeenhet"), ("journal.pdf", "uppdraget och planen lämnade")],
                                    present="abcdefg"),
    )))
