from cases_a import C, ALL
from parts import *


def case11():
    c = dict(kommun='Lerum', dnr='IFO 2015/0330', namn='Peter Johansson', pnr='19020402-5536',
             handl='Oskar Berglund', titel='Socialsekreterare', utf='Beroendeenheten Ankaret, Lerum')
    O = 'libreoffice-odt'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', O, utredning(c, '2015-04-28',
            ['Peter använder amfetamin i perioder, senast i mars. Han har viktnedgång och sömnbrist under perioderna.',
             'Peter har anställning på ett åkeri men riskerar att förlora den. Han spelar innebandy i korpen.',
             'Bor i hyreslägenhet i Lerum centrum. Flickvän sedan ett år, som inte använder droger.'],
            'Peter vill ha hjälp för att inte förlora jobbet, men tycker att han "har koll" mellan perioderna.',
            ['Samtal 2015-04-09, 2015-04-23', 'DUDIT 22 p', 'Urinprov 2015-04-09 positivt amfetamin'],
            'Sammanvägd bedömning',
            ['Peters periodiska amfetaminbruk hotar hans anställning och hälsa. Han har ett fungerande boende, en drogfri partner och '
             'en fritidsaktivitet, vilket är skyddsfaktorer. Det han behöver är stöd att känna igen och avbryta de perioder då han '
             'börjar använda, och regelbunden drogkontroll som stöd för motivationen.',
             'Ankarets program med återfallsprevention och provtagning kvällstid gör att han kan behålla arbetet under behandlingen.'],
            'Arbetsgivaren hade krävt kontakt med socialtjänsten; Peter ansökte 2015-04-02.')),
        doc(c, 'beslut.pdf', 'beslut', O, delegationsbeslut(c, '2015-04-30',
            [['ÖV-A', 'Öppenvård, Ankaret', 'SoL 4 kap. 1 §', '2015-05-04', '2015-10-31', 'Ankaret', 'Bifall']],
            'Peter behöver stöd att bryta sitt periodiska amfetaminbruk och behålla arbetet; se sammanvägd bedömning.')),
        doc(c, 'uppdrag_mejl.pdf', 'uppdragsbeskrivning', O, [
            ('kv', [('Från', 'Oskar Berglund'), ('Till', 'Ankaret, mottagningen'), ('Skickat', '2015-05-06 08:52'),
                    ('Ämne', 'Uppdrag enligt ramavtal – P.J., IFO 2015/0330')]),
            ('p', 'Hej, här kommer uppdrag för Peter Johansson.'),
            ('p', 'Bedömning: Peter har ett periodiskt amfetaminbruk som hotar anställning och hälsa. Han behöver stöd att känna igen '
                  'och avbryta perioderna samt regelbunden drogkontroll.'),
            ('p', 'Innehåll: ÅP enskilt varannan vecka kvällstid, urinprov varje vecka.'),
            ('p', 'Mål: Inga positiva prover från 2015-06-01; Peter har kvar sin anställning vid avslut.'),
            ('p', 'Uppföljning: avstämningsmöte hos er efter 8 veckor samt vid avslut. Jag kallar.'),
            ('p', 'Vid avslut: kort skriftlig rapport om närvaro, provsvar och måluppfyllelse.'),
            ('p', 'Mvh Oskar Berglund, socialsekreterare, Enheten för vuxna, Lerums kommun, tfn 0302-52 14 09')], version=''),
        doc(c, 'journal.pdf', 'journalanteckningar', O, journal_plain(c, [
            ('2015-05-06', 'Uppdrag', 'Uppdrag mejlat till Ankaret.', 'OB'),
            ('2015-05-12', 'Tfn Ankaret', 'Ankaret meddelar att kl. uteblev från första besöket. Ny tid 2015-05-19.', 'OB'),
            ('2015-05-19', 'Tfn Ankaret', 'Kl. uteblev igen. Har inte svarat på sms.', 'OB'),
            ('2015-05-27', 'Tfn kl.', 'Fått tag på kl. Han säger att han "inte har tid" och att han inte tänker gå dit. Han har inte varit '
             'på Ankaret en enda gång. Kl. önskar avsluta.', 'OB'),
            ('2015-05-28', 'Avslut', 'Insatsen avslutas innan den påbörjats, på kl:s begäran. Ankaret informerat.', 'OB'),
        ], title='Journalanteckningar – utskrift')),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning states needs and why Ankaret\'s programme meets them.',
                           ['Peters periodiska amfetaminbruk hotar', 'Ankarets program med återfallsprevention']),
        planning=C('ej_tillämpligt', 'Person never turned up and declined; intervention never started.'),
        follow_up=C('ej_tillämpligt', 'Intervention never started (closed 2015-05-28 before first visit).'),
        assignment_description=C('ja', 'E-mail sent 2015-05-06 holds needs, content, goals, follow-up, report-back and officer contact.',
                                 ['Bedömning: Peter har ett periodiskt', 'Vid avslut: kort skriftlig rapport',
                                  'Uppdrag mejlat till Ankaret'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='lerum_IFO-2015-0330', c=c, scenario='declined', docs=docs, crit=crit)


def case12():
    c = dict(kommun='Lerum', dnr='SN 2014/0964', namn='Eva Marklund', pnr='19000130-2087',
             handl='Oskar Berglund', titel='Socialsekreterare', utf='Beroendeenheten Ankaret, Lerum')
    O = 'libreoffice-odt'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', O, utredning(c, '2014-11-13',
            ['Eva uppger att hon dricker ca en flaska vin per kväll. Hon har högt blodtryck.',
             'Eva arbetar som lärare. Hon har haft sjukfrånvaro i perioder under hösten.',
             'Gift, två vuxna barn. Maken har kontaktat vårdcentralen av oro.'],
            'Eva anser att hennes drickande inte är ett stort problem men att hon kan gå på några samtal för makens skull. '
            'Hon vill helst gå på Ankaret eftersom det ligger nära jobbet.',
            ['Samtal 2014-10-30, 2014-11-06', 'AUDIT 16 p'],
            'Utredarens värdering', '',
            'Eva ansökte 2014-10-21 efter kontakt med vårdcentralen.'), version='1'),
        doc(c, 'beslut.pdf', 'beslut', O, delegationsbeslut(c, '2014-11-17',
            [['ÖV-A', 'Öppenvård', 'SoL 4:1', '2014-11-24', '2015-05-31', 'Ankaret', 'Bifall']], '')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', O, uppdrag(c,
            'Meddelande skickat 2014-11-18 15:03 via Säker e-post', [
            ('Nämndens bedömning av behov', 'Se utredning.'),
            ('Uppdragets innehåll', 'Samtal enligt MI/ÅP 1 ggr/v, 10 ggr.'),
            ('Mål', 'Minskad konsumtion; ingen alkoholrelaterad sjukfrånvaro.'),
            ('Uppföljning', 'Uppföljning av GFP efter 10 samtal med Eva, behandlare och handläggare.'),
            ('Återrapportering vid avslut', None),
            ('Ansvarig handläggare', 'Oskar Berglund, 0302-52 14 09, oskar.berglund@lerum.se')],
            [('Insats', 'Öppenvård Ankaret'), ('Period', '2014-11-24 – 2015-05-31')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', O, gfp(c, '2014-12-08', 'Eva, behandlare Hanna Eld', [
            ['', 'MI-samtal tisdagar kl 15', 'Hanna', '2015-03-24'],
            ['', 'Dryckesdagbok', 'Eva', '2015-03-24'],
        ]), version='1'),
        doc(c, 'journal.pdf', 'journalanteckningar', O, journal(c, [
            ('2014-11-18', 'Uppdrag', 'Uppdrag skickat via säker e-post till Ankaret.', 'OB'),
            ('2015-03-24', 'Uppföljning av genomförandeplan', 'Uppföljn. på Ankaret m Eva och Hanna E. Eva har gått på 9 av 10 samtal. '
             'Hon dricker nu vin bara fre–lör enl. dagboken, ingen sjukfrånvaro sedan jan. Eva själv nöjd och vill avsluta. '
             'Beslutet avslutas i förtid 2015-03-31.', 'OB'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('nej', '"Utredarens värdering" heading is empty; decision has no reasons; only the client\'s own view.'),
        planning=C('delvis', 'Genomförandeplan has activities, who and dates but the goal column is empty.', ['MI-samtal tisdagar kl 15']),
        follow_up=C('ja', 'Journal 2015-03-24 follow-up of GFP with outcome.', ['Eva har gått på 9 av 10 samtal']),
        assignment_description=C('delvis', 'Assignment sent 2014-11-18 but "Återrapportering vid avslut" is empty and the needs section '
                                 'only says "Se utredning" (whose värdering is empty).',
                                 ['Uppdragets innehåll', 'Bilaga 1: Beställning', 'Uppdrag skickat via säker e-post'],
                                 elements_present=list('bcdfg'), elements_missing=['a', 'e']),
    )
    return dict(id='lerum_SN-2014-0964', c=c, scenario='', docs=docs, crit=crit)


def case13():
    c = dict(kommun='Kungsbacka', dnr='SN 2015/0288', namn='Johan Wik', pnr='19010909-8874',
             handl='Maria Kronberg', titel='Socialsekreterare', utf='Lövåsens behandlingshem')
    H = 'chromium'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', H, [('cols', utredning(c, '2015-03-12',
            ['Johan har ett alkoholberoende sedan 15 år och har haft delirium vid abstinens (2014). Fettlever.',
             'Johan har förlorat sitt arbete som snickare 2014. Han har försörjningsstöd. Han har inga aktiviteter.',
             'Bor ensam i Kungsbacka. Han har en dotter som han inte träffat på två år. Hans nätverk består av dryckeskamrater.'],
            'Johan vill "bli nykter på riktigt" och få träffa sin dotter igen.',
            ['Samtal 2015-02-19, 2015-02-26, 2015-03-05', 'AUDIT 33', 'Epikris Hallands sjukhus Kungsbacka'],
            'Sammanvägd bedömning',
            ['Johans långvariga alkoholberoende har gett allvarliga medicinska komplikationer. Han har förlorat arbete och kontakt med '
             'dottern, och han saknar en nykter miljö. Vi ser att han först behöver en period av sammanhållen behandling i en miljö '
             'utan alkohol, därefter stöd att bygga ett nyktert nätverk och att återuppta kontakten med dottern.',
             'Lövåsen arbetar med tolvstegsbehandling och familjeprogram och bedöms därför kunna svara mot detta. Placering i fyra månader.'],
            'Johan ansökte 2015-02-12 från avgiftningen.'))], version='2'),
        doc(c, 'beslut.pdf', 'beslut', H, delegationsbeslut(c, '2015-03-16',
            [['HVB-M', 'Institutionsvård missbruk', 'SoL 4 kap. 1 §', '2015-03-23', '2015-07-22', 'Lövåsen', 'Bifall']],
            'Se sammanvägd bedömning i utredningen.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', H, uppdrag(c,
            'Meddelande skickat 2015-03-18 11:12 via Säker e-post', [
            ('Nämndens bedömning av behov', 'Långvarigt alkoholberoende med medicinska komplikationer, saknar nykter miljö; behöver '
             'sammanhållen behandling, nyktert nätverk och stöd i kontakten med dottern.'),
            ('Uppdraget innehåller', 'Tolvstegsbehandling, familjeprogram (dotter inbjuds), planering av eftervård i Kungsbacka (AA, öppenvård).'),
            ('Mål', ['Nykter under hela placeringen.', 'Har träffat dottern minst en gång före 2015-07-22.', 'Eftervårdsplan klar 2015-07-01.']),
            ('Uppföljning', 'Kvartalsrapport från Lövåsen samt avstämningsmöte på plats efter 8 veckor.'),
            ('Återrapportering', 'Slutrapport med måluppfyllelse och rekommendation om eftervård.'),
            ('Ansvarig handläggare', 'Maria Kronberg, 0300-83 47 12, maria.kronberg@kungsbacka.se')],
            [('Insats', 'Institutionsvård'), ('Period', '2015-03-23 – 2015-07-22'), ('Pris', 'Ramavtal, 1 850 kr/dygn')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', H, gfp(c, '2015-04-02', 'Johan, behandlare Rolf, Maria Kronberg (tfn)', [
            ['Nykter 2015-03-23 – 2015-07-22', 'Tolvstegsprogrammet, utandningsprov dagligen', 'Johan; Rolf', 'Kvartalsrapport 2015-06-23'],
            ['Träffat dottern före 2015-07-22', 'Brev, familjehelg i juni', 'Johan skriver; Rolf bjuder in', '2015-06-23'],
            ['Eftervårdsplan senast 2015-07-01', 'Möte med Kungsbacka öppenvård', 'Maria K bokar', '2015-07-01'],
        ])),
        doc(c, 'kvartalsrapport.pdf', 'uppföljning', H, header=('Lövåsens behandlingshem', 'Sekretess enligt OSL 26 kap.'), blocks=[
            ('title', 'Kvartalsrapport'), ('kv', [('Klient', 'Johan Wik'), ('Period', '2015-03-23 – 2015-06-22'), ('Datum', '2015-06-23'),
                                             ('Från', 'Lövåsens behandlingshem, Rolf Ahlin')]),
            ('p', 'Johan har följt programmet och varit nykter hela perioden (alla utandningsprov negativa). Han har skrivit till sin dotter '
                  'och hon kom på familjehelgen 2015-06-13–14, vilket var mycket betydelsefullt för honom. Eftervård: möte med Kungsbacka '
                  'öppenvård 2015-06-30 är bokat. Mål 1 och 2 uppnådda.')]),
        doc(c, 'journal.pdf', 'journalanteckningar', H, journal(c, [
            ('2015-03-18', 'Uppdrag', 'Uppdrag enl. ramavtal skickat till Lövåsen (Säker e-post).', 'MK'),
            ('2015-05-19', 'Avstämningsmöte', 'Avstämningsmöte på Lövåsen. Johan nykter, deltar aktivt. Inbjudan till dotern skickad.', 'MK'),
            ('2015-06-24', 'Kvartalsrapport', 'Kvartalsrapport inkommen, se dokument.', 'MK'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning (two-column page) states needs and why Lövåsen meets them.',
                           ['Johans långvariga alkoholberoende har gett', 'Lövåsen arbetar med tolvstegsbehandling']),
        planning=C('ja', 'Genomförandeplan with dated goals, activities, who and when.', ['Eftervårdsplan senast 2015-07-01']),
        follow_up=C('ja', 'Avstämningsmöte 2015-05-19 and Kvartalsrapport 2015-06-23 with outcomes.',
                    ['Johan nykter, deltar aktivt', 'Johan har följt programmet']),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-03-18 with a–f and Bilaga 1.',
                                 ['Uppdraget innehåller', 'Slutrapport med måluppfyllelse och', 'Bilaga 1: Beställning',
                                  'Uppdrag enl. ramavtal skickat'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='kungsbacka_SN-2015-0288', c=c, scenario='', docs=docs, crit=crit)


def case14():
    c = dict(kommun='Kungsbacka', dnr='2014-001877', namn='Lena Axelsson', pnr='19000225-4460',
             handl='Per Gunnarsson', titel='Socialsekreterare', utf='Kungsbacka öppenvård, Navet')
    R = 'reportlab'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', R, utredning(c, '2014-11-06',
            ['Lena har dagligt drickande, främst starköl. Hon har fallit och brutit handleden (augusti). Hon har KOL.',
             'Lena är förtidspensionär. Hon går ut sällan. Hemtjänst har fått signaler om alkohol.',
             'Bor ensam i Anneberg. Sonen bor i Varberg och hör av sig ibland.'],
            'Lena säger att ölen "är det enda som gör kvällarna uthärdliga".',
            ['Hembesök 2014-10-16', 'Samtal 2014-10-30', 'AUDIT 22 p', 'Kontakt med hemtjänsten (samtycke)'],
            'Sammanvägd bedömning',
            ['Lena är isolerad och hennes dagliga drickande har lett till fallskada och försämrad lungfunktion. Vi bedömer att hon behöver '
             'regelbunden samtalskontakt kring alkoholen, hjälp att bryta isoleringen och samordning med hemtjänst och vårdcentral.',
             'Navets äldreinriktade öppenvård med hembesök motsvarar detta, eftersom Lena har svårt att ta sig till en mottagning.'],
            'Anmälan från hemtjänsten 2014-10-02; Lena tackade ja till utredning 2014-10-16.'), version='1', serif=True),
        doc(c, 'beslut.pdf', 'beslut', R, delegationsbeslut(c, '2014-11-10',
            [['ÖV-H', 'Öppenvård med hembesök', 'SoL 4 kap. 1 §', '2014-11-17', '2015-05-31', 'Navet', 'Bifall']],
            'Lena behöver samtalsstöd kring alkoholen och hjälp att bryta isoleringen, se utredning.'), serif=True),
        doc(c, 'uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', R, [
            ('p', 'Kungsbacka 2014-11-11'), ('p', 'Till: Navet, Kungsbacka öppenvård\nAtt: Gunilla Sjö'),
            ('title', 'Uppdragsbeskrivning – Lena Axelsson'),
            ('p', 'Socialnämnden har 2014-11-10 beviljat Lena Axelsson öppenvård med hembesök. Vår bedömning är att Lena är isolerad och att '
                  'hennes dagliga drickande lett till fallskada och försämrad lungfunktion; hon behöver samtal kring alkoholen, hjälp att '
                  'bryta isoleringen och samordning med hemtjänst och vårdcentral.'),
            ('p', 'Uppdraget innebär samtal i hemmet varje vecka, motiverande arbete och stöd att pröva Träffpunkten i Anneberg.'),
            ('p', 'Målen är att Lena ska ha minskat till högst två burkar öl per dag till mars 2015 och gå till Träffpunkten en gång i veckan.'),
            ('p', 'Uppföljning sker genom att ni och jag träffar Lena hemma efter tre månader och vid avslut. '
                  'Vid avslut lämnar ni en skriftlig sammanfattning av insatsen och hur målen uppnåtts.'),
            ('p', 'Med vänlig hälsning\nPer Gunnarsson, socialsekreterare\n0300-83 45 90, per.gunnarsson@kungsbacka.se')], serif=True),
        doc(c, 'handlingsplan.pdf', 'genomförandeplan', R, [
            ('title', 'Handlingsplan'), ('p', 'Lena Axelsson. Upprättad 2014-12-02 i Lenas hem (Lena, Gunilla Sjö, Per Gunnarsson).'),
            ('ul', ['Högst två burkar öl per dag senast 2015-03-01 – Lena för dagbok, Gunilla går igenom den vid varje hembesök (tisdagar).',
                    'Besöker Träffpunkten Anneberg varje torsdag fr.o.m. 2015-01-08 – Gunilla följer med de två första gångerna.',
                    'Läkarbesök om KOL före 2015-01-31 – Lena bokar, hemtjänsten påminner.',
                    'Uppföljning ska ske om tre månader (mars 2015) – Per kallar.'])], serif=True),
        doc(c, 'journal.pdf', 'journalanteckningar', R, journal(c, [
            ('2014-12-02', 'Trepartsmöte', 'Möte i kl:s hem. Uppdragsbeskrivningen överlämnades till Gunilla S (Navet). Handlingsplan upprättad.', 'PG'),
            ('2015-01-22', 'Tfn', 'Kl:s son ringer, orolig för ekonomin. Hänvisad till kl.', 'PG'),
            ('2015-04-15', 'Övrigt', 'Begäran om förlängning av beslutet från Navet inkommen per post. Uppföljning planeras till maj.', 'PG'),
            ('2015-06-02', 'Beslut', 'Förlängning öppenvård 2015-06-01 – 2015-11-30 beviljad.', 'PG'),
        ]), serif=True),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning states needs and why home-visiting outpatient care meets them.',
                           ['Lena är isolerad och hennes dagliga drickande har lett till', 'Navets äldreinriktade öppenvård']),
        planning=C('ja', 'Handlingsplan as bullet list with dated goals and who does what.', ['Högst två burkar öl per dag senast']),
        follow_up=C('nej', 'Follow-up only planned ("ska ske om tre månader", "planeras till maj"); none recorded.'),
        assignment_description=C('ja', 'Letter-form uppdragsbeskrivning with a–f; handover recorded in journal 2014-12-02.',
                                 ['Uppdragsbeskrivning – Lena Axelsson', 'Uppdragsbeskrivningen överlämnades'],
                                 elements_present=ALL, elements_missing=[]),
    )
    return dict(id='kungsbacka_2014-001877', c=c, scenario='', docs=docs, crit=crit)


def case15():
    c = dict(kommun='Kungsbacka', dnr='SOC 2015/102', namn='Niklas Öberg', pnr='19020920-3313',
             handl='Maria Kronberg', titel='Socialsekreterare', utf='Kungsbacka öppenvård, Navet')
    D = 'libreoffice-docx'
    docs = [
        doc(c, 'forhandsbedomning.pdf', 'aktualisering', D, [
            ('title', 'Förhandsbedömning'), personkv(c, [('Inkom', '2015-02-09')]),
            ('h', 'Inkommen information'), ('p', 'Niklas ringer själv. Röker cannabis dagligen och dricker på helger. Har blivit av med '
                                               'körkortet efter rattfylla. Vill ha hjälp snabbt.'),
            ('h', 'Preliminär bedömning'),
            ('p', 'Preliminärt bedöms Niklas ha behov av stöd för sitt cannabis- och alkoholbruk. Utredning inleds 2015-02-10. '
                  'Med hänsyn till att han själv önskar snabb start beviljas öppenvård under utredningstiden.')]),
        doc(c, 'utredning_utkast.pdf', 'utredning', D, utredning(c, '—',
            ['Niklas har sömnproblem och koncentrationssvårigheter.',
             'Niklas arbetar på lager i Kungsbacka. Han har körförbud t.o.m. december 2015.',
             'Bor med mamma.'],
            'Niklas vill sluta röka och få tillbaka körkortet.',
            ['Samtal 2015-02-16'],
            'Sammanvägd bedömning', 'Skrivs när utredningen är klar.',
            'Se förhandsbedömning 2015-02-09.', title='Utredning – UTKAST, ej kommunicerad'), version='0.3'),
        doc(c, 'beslut.pdf', 'beslut', D, delegationsbeslut(c, '2015-02-12',
            [['ÖV-1', 'Öppenvård', 'SoL 4 kap. 1 §', '2015-02-16', '2015-08-15', 'Navet', 'Bifall']],
            'Beviljas under utredningstiden, se förhandsbedömning.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', D, uppdrag(c,
            'Meddelande skickat 2015-02-13 08:30 via Säker e-post', [
            ('Nämndens bedömning', 'Dagligt cannabisbruk och helgdrickande, rattfylla; behöver stöd att sluta med cannabis och minska '
             'alkoholen, samt stöd kring sömn.'),
            ('Uppdragets innehåll', 'Cannabisprogram (CPU) 12 ggr samt urinprov.'),
            ('Mål', 'Drogfri (negativa prover) från 2015-04-01.'),
            ('Uppföljning', 'Uppföljning av GFP med klient, behandlare och handläggare efter programmet.'),
            ('Återrapportering vid avslut', 'Sammanfattning av närvaro, provsvar och måluppfyllelse.'),
            ('Ansvarig handläggare', 'Maria Kronberg, 0300-83 47 12')],
            [('Insats', 'Öppenvård'), ('Period', '2015-02-16 – 2015-08-15')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', D, gfp(c, '2015-02-24', 'Niklas, behandlare Anders Holt', [
            ['Negativa urinprov fr.o.m. 2015-04-01', 'CPU-samtal onsdagar, prov varje vecka', 'Niklas; Anders', 'Efter 12 träffar (maj 2015)'],
            ['Somnar utan cannabis före 2015-04-15', 'Sömnskola, sömndagbok', 'Anders; Niklas', 'maj 2015'],
        ]), landscape=True),
        doc(c, 'uppfoljning_navet.pdf', 'uppföljning', D, header=('Navet – Kungsbacka öppenvård', 'Sekretess enligt OSL 26 kap.'), blocks=[
            ('title', 'Uppföljning – Navet'), ('kv', [('Klient', 'Niklas Öberg'), ('Behandlare', 'Anders Holt')]),
            ('p', 'Niklas har gått på 11 av 12 CPU-träffar. Proverna har varit negativa sedan början av april. Han sover bättre men vaknar '
                  'fortfarande tidigt. Han är nöjd och vill avsluta. Vi rekommenderar att ärendet avslutas och att han vid behov kan '
                  'höra av sig igen.'), ('p', 'Anders Holt, behandlare')], version=''),
    ]
    crit = dict(
        needs_assessment=C('delvis', 'Only a preliminary assessment in the förhandsbedömning; the utredning draft\'s assessment was never written.',
                           ['Preliminärt bedöms Niklas ha behov', 'Dagligt cannabisbruk och helgdrickande, rattfylla']),
        planning=C('ja', 'Landscape genomförandeplan with dated goals, who and when.', ['Negativa urinprov fr.o.m. 2015-04-01']),
        follow_up=C('delvis', 'Provider follow-up with outcome, but it carries no date anywhere.', ['Niklas har gått på 11 av 12']),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-02-13 with all elements a–g.',
                                 ['Nämndens bedömning', 'Återrapportering vid avslut', 'Bilaga 1: Beställning'],
                                 elements_present=ALL, elements_missing=[]),
    )
    return dict(id='kungsbacka_SOC-2015-102', c=c, scenario='', docs=docs, crit=crit)


def case16():
    c = dict(kommun='Stenungsund', dnr='SN 2015/0047', namn='Marcus Holmberg', pnr='19010517-6695',
             handl='Therese Nilsson', titel='Socialsekreterare', utf='Björkbackens HVB')
    R = 'reportlab'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', R, utredning(c, '2015-01-29',
            ['Marcus har ett blandmissbruk av alkohol och amfetamin. Han har ADHD-diagnos men tar inte sin medicin. Hjärtklappning.',
             'Marcus är arbetslös sedan 2013. Han har tidigare arbetat på Borealis. Inga fritidsaktiviteter.',
             'Marcus har förlorat sin lägenhet i Stenungsund efter störningar och bor på vandrarhem. Föräldrarna i Jörlanda stöttar.'],
            'Marcus vill "börja om" och tycker att han behöver komma iväg.',
            ['Samtal 2015-01-08, 2015-01-15, 2015-01-22', 'AUDIT 20, DUDIT 29', 'Samtal med psykiatrin (samtycke)'],
            'Förslag till beslut med motivering',
            ['Marcus blandmissbruk i kombination med obehandlad ADHD har lett till att han förlorat bostad och sysselsättning. '
             'Han behöver behandling för beroendet där ADHD-medicineringen kan ställas in under kontrollerade former, en drogfri miljö och '
             'stöd att skaffa bostad och sysselsättning. Björkbacken har neuropsykiatrisk kompetens och samarbetar med psykiatrin, '
             'varför placering där föreslås i sex månader.'],
            'Marcus ansökte 2014-12-29.')),
        doc(c, 'beslut.pdf', 'beslut', R, delegationsbeslut(c, '2015-02-02',
            [['INST', 'HVB, missbruk + NPF', 'SoL 4 kap. 1 §', '2015-02-09', '2015-08-08', 'Björkbacken', 'Bifall']],
            'Se förslag till beslut med motivering.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', R, uppdrag(c,
            'Meddelande skickat 2015-02-04 10:14 via Säker e-post', [
            ('a) Bedömning av behov', 'Blandmissbruk och obehandlad ADHD; behöver beroendebehandling med medicininställning, drogfri miljö, stöd till bostad och sysselsättning.'),
            ('b) Uppdragets innehåll', 'HVB-vård, beroendebehandling, samverkan med psykiatrin om ADHD-medicin, boendeträning.'),
            ('c) Mål', ['Drogfri under placeringen.', 'Stabil ADHD-medicinering senast 2015-04-30.', 'Bostadslösning klar 2015-08-01.']),
            ('d) Uppföljning', 'Utvärderingsmöte efter 4 månader samt månatliga telefonavstämningar.'),
            ('e) Återrapportering', 'Slutrapport vid avslut: måluppfyllelse, medicinering, plan för eftervård.'),
            ('f) Handläggare', 'Therese Nilsson, 0303-73 02 81, therese.nilsson@stenungsund.se')],
            [('Insats', 'HVB'), ('Period', '2015-02-09 – 2015-08-08'), ('Dygnsavgift', '2 250 kr')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', R, gfp(c, '2015-02-23', 'Marcus, kontaktman Lars Vik, Therese Nilsson', [
            ['Drogfri 2015-02-09 – 2015-08-08', 'Behandlingsgrupp dagligen, tester', 'Marcus; Lars', '2015-06-18 utvärderingsmöte'],
            ['Stabil ADHD-medicin senast 2015-04-30', 'Läkare på psykiatrin Kungälv', 'Psykiatrin; Lars följer med', '2015-06-18'],
            ['Bostad klar senast 2015-08-01', 'Ansökan Stenungsundshem, träningslägenhet', 'Therese; Marcus', '2015-06-18'],
        ]), landscape=True),
        doc(c, 'utvarderingsmote.pdf', 'uppföljning', R, [
            ('title', 'Protokoll utvärderingsmöte'), ('kv', [('Datum', '2015-06-18'), ('Plats', 'Björkbackens HVB'),
                                                        ('Närvarande', 'Marcus Holmberg, Lars Vik, Therese Nilsson')]),
            ('p', 'Marcus har varit drogfri hela placeringen, inga positiva tester. ADHD-medicinering insatt 2015-04-10 och fungerar. '
                  'Han har fått en träningslägenhet via Stenungsundshem från 2015-08-01. Samtliga mål uppnådda eller på väg. '
                  'Beslut: utslussning från 2015-07-15, öppenvårdskontakt efter hemgång.'),
            ('p', 'Antecknat av Therese Nilsson')], version='1'),
        doc(c, 'journal.pdf', 'journalanteckningar', R, journal(c, [
            ('2015-02-04', 'Uppdrag', 'Uppdrag skickat till Björkbacken.', 'TN'),
            ('2015-03-17', 'Tfn behandlare', 'Tfn Lars V. Marcus har haft ett återfall i alkohol (helgpermission). Samtal om detta, fortsätter.', 'TN'),
            ('2015-06-18', 'Utvärderingsmöte', 'Utvärderingsmöte hölls, se protokoll (inskannat).', 'TN'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Förslag till beslut med motivering states needs and why Björkbacken meets them.',
                           ['Marcus blandmissbruk i kombination med obehandlad ADHD']),
        planning=C('ja', 'Landscape genomförandeplan with dated goals, who and when.', ['Stabil ADHD-medicin senast']),
        follow_up=C('ja', 'Scanned protocol of utvärderingsmöte 2015-06-18 with outcome; journal 2015-03-17 Tfn behandlare with outcome.',
                    ['Marcus har haft ett återfall', 'Utvärderingsmöte hölls, se protokoll'],
                    pages=[('utvarderingsmote.pdf', 1)]),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-02-04 with a–f and Bilaga 1.',
                                 ['a) Bedömning av behov', 'e) Återrapportering', 'Bilaga 1: Beställning', 'Uppdrag skickat till Björkbacken'],
                                 elements_present=ALL, elements_missing=[]),
    )
    post = [('scan', 'utvarderingsmote.pdf', [1])]
    return dict(id='stenungsund_SN-2015-0047', c=c, scenario='', docs=docs, crit=crit, post=post)


def case17():
    c = dict(kommun='Stenungsund', dnr='IFO 2014/0560', namn='Birgitta Lönn', pnr='19000808-2743',
             handl='Therese Nilsson', titel='Socialsekreterare', utf='Öppenvården Stenungsund')
    H = 'chromium'
    docs = [
        doc(c, 'audit_dudit.pdf', 'AUDIT/DUDIT-resultat', H, header=('Vuxenenheten – Screening', 'Sekretess enligt OSL 26 kap.'), blocks=[
            ('title', 'Resultat AUDIT'), ('kv', [('Klient', 'Birgitta Lönn'), ('Datum', '2014-10-14'), ('Poäng', '23'),
                                            ('Tolkning', 'Poäng 20 eller mer: trolig alkoholberoende. Rekommendation: vidare bedömning och behandling.')]),
            ('title', 'Resultat DUDIT'), ('kv', [('Datum', '2014-10-14'), ('Poäng', '0')])], version=''),
        doc(c, 'lakarintyg.pdf', 'läkarintyg', H, header=('Stenungsunds vårdcentral', ''), blocks=[
            ('title', 'Läkarintyg'), ('kv', [('Patient', 'Birgitta Lönn'), ('Datum', '2014-10-20'), ('Läkare', 'Leg. läk. Hans Ek, Stenungsunds VC')]),
            ('h', 'Bedömning'), ('p', 'Alkoholberoende. Pat bör erbjudas psykosocial behandling. Blodtryck följs på VC.')], version=''),
        doc(c, 'beslut.pdf', 'beslut', H, delegationsbeslut(c, '2014-10-28',
            [['ÖV', 'Öppenvård', 'SoL 4 kap. 1 §', '2014-11-03', '2015-04-30', 'Öppenvården Stenungsund', 'Bifall']], '')),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', H, gfp(c, '', '', [['', '', '', ''], ['', '', '', '']]), version='1'),
        doc(c, 'journal.pdf', 'journalanteckningar', H, journal(c, [
            ('2014-10-14', 'Besök', 'Kl. på besök, ansöker om samtal på öppenvården. AUDIT gjort, se separat resultat.', 'TN'),
            ('2014-10-28', 'Beslut', 'Beslut öppenvård enligt kl:s önskemål.', 'TN'),
            ('2014-10-30', 'Tfn', 'Ringt öppenvården, de tar emot kl. Första tid 2014-11-05.', 'TN'),
            ('2015-02-17', 'Uppföljningssamtal', 'Uppföljningssamtal genomfört med kl och behandlare.', 'TN'),
            ('2015-04-30', 'Avslut', 'Beslutet har upphört, avslutas.', 'TN'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('nej', 'No committee assessment: only AUDIT result and a doctor\'s bedömning; decision without reasons.'),
        planning=C('nej', 'Genomförandeplan form with every field empty.'),
        follow_up=C('delvis', 'Journal 2015-02-17 says a follow-up talk took place, no outcome.', ['Uppföljningssamtal genomfört med kl']),
        assignment_description=C('nej', 'No written assignment; provider contacted by phone only.', elements_present=[], elements_missing=ALL),
    )
    return dict(id='stenungsund_IFO-2014-0560', c=c, scenario='', docs=docs, crit=crit)


def case18():
    c = dict(kommun='Stenungsund', dnr='2015-000211', namn='Hanna Persson', pnr='19021203-4802',
             handl='Jakob Strand', titel='Socialsekreterare', utf='Öppenvården Stenungsund')
    H = 'chromium'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', H, utredning(c, '2015-04-09',
            ['Hanna dricker flera dagar i veckan och tar lugnande tabletter (förskrivna av privatläkare) i högre dos än ordinerat. Ångest.',
             'Hanna studerar till sjuksköterska på distans men har släpat efter med tentor. Hon har slutat träna.',
             'Bor med sambo i Stenungsund. Sambon dricker också mycket. Hennes syster är ett stöd.'],
            'Hanna är rädd att bli beroende av tabletterna "på riktigt" och vill klara utbildningen.',
            ['Samtal 2015-03-19, 2015-03-26, 2015-04-02', 'AUDIT 17, DUDIT 9', 'Samtal med förskrivande läkare (samtycke)'],
            'Sammanvägd bedömning',
            ['Hannas kombinerade bruk av alkohol och bensodiazepiner ökar och påverkar studierna och den psykiska hälsan. Hon riskerar '
             'att utveckla ett tablettberoende. Hon är motiverad men har en sambo som dricker, vilket försvårar. Det som krävs är en '
             'strukturerad nedtrappning i samråd med läkare, samtalsbehandling för ångest och alkoholbruk samt att sambon erbjuds anhörigstöd.'],
            'Hanna ansökte 2015-03-12.')),
        doc(c, 'delegationsbeslut.pdf', 'beslut', H, delegationsbeslut(c, '2015-04-13',
            [['ÖV-2', 'Öppenvård alkohol/läkemedel', 'SoL 4 kap. 1 §', '2015-04-20', '2015-10-19', 'Öppenvården Stenungsund', 'Bifall']],
            'Hanna har ett ökande bruk av alkohol och lugnande läkemedel som hotar hennes studier och hälsa. Öppenvårdens program med '
            'samtalsbehandling, samverkan med läkare om nedtrappning och anhörigstöd till sambon svarar mot det hon behöver och gör att '
            'hon kan fortsätta studera.')),
        doc(c, 'bestallning.pdf', 'uppdragsbeskrivning', H, [
            ('small', 'Meddelande skickat 2015-04-14 14:40 via Säker e-post'),
            ('title', 'Uppdrag enligt ramavtal'),
            ('kv', [('Klient', c['namn']), ('Dnr', c['dnr']), ('Utförare', c['utf']),
                    ('1. Nämndens bedömning', 'Ökande bruk av alkohol och bensodiazepiner, ångest, risk för tablettberoende; behov av '
                     'nedtrappning med läkare, samtalsbehandling och anhörigstöd till sambon.'),
                    ('2. Uppdrag', 'KBT-samtal 1 ggr/v, samverkan med förskrivande läkare, anhörigsamtal sambo (3 ggr).'),
                    ('3. Mål', 'Utan bensodiazepiner senast 2015-07-31; högst 1 alkoholtillfälle/vecka; klarat vårterminens tentor.'),
                    ('4. Uppföljning', 'Avstämningsmöte efter 3 och 6 månader med Hanna, behandlare och handläggare.'),
                    ('5. Återrapportering vid avslut', 'Skriftlig sammanfattning av genomförande, måluppfyllelse och ev. fortsatta behov.'),
                    ('6. Handläggare', 'Jakob Strand, 0303-73 03 46, jakob.strand@stenungsund.se')])], version='1'),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', H, gfp(c, '2015-04-28', 'Hanna, behandlare Mia Ståhl, läkare (via tfn)', [
            ['Utan bensodiazepiner senast 2015-07-31', 'Nedtrappningsschema från läkare', 'Läkaren skriver schema; Mia följer upp', '2015-08-20'],
            ['Högst 1 alkoholtillfälle/vecka fr.o.m. 2015-05-15', 'KBT-samtal torsdagar', 'Hanna; Mia', '2015-08-20'],
            ['Sambon erbjuds 3 anhörigsamtal före 2015-06-30', 'Mia bokar', 'Mia', '2015-08-20'],
        ])),
        doc(c, 'journal.pdf', 'journalanteckningar', H, journal(c, [
            ('2015-04-14', 'Uppdrag', 'Uppdrag enligt ramavtal skickat till öppenvården via säker e-post.', 'JS'),
            ('2015-08-20', 'Avstämningsmöte', 'Avstämningsmöte på öppenvården med Hanna och Mia S. Hanna är helt utan tabletter sedan 2015-07-24. '
             'Hon dricker högst en gång i veckan enl. egen uppgift, bekräftat med PEth. Klarade 3 av 4 tentor. Sambon har gått på 2 '
             'anhörigsamtal. Fortsätter enligt plan, nästa avstämning i oktober.', 'JS'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning (no word "behov") and the decision\'s Skäl för beslutet state needs and why ÖV fits.',
                           ['Hannas kombinerade bruk av alkohol och', 'Öppenvårdens program med']),
        planning=C('ja', 'Genomförandeplan with dated goals, who and when.', ['Nedtrappningsschema från läkare']),
        follow_up=C('ja', 'Avstämningsmöte 2015-08-20 with outcome.', ['Hanna är helt utan tabletter']),
        assignment_description=C('ja', 'Uppdrag form in table cells, sent via Säker e-post 2015-04-14, with all elements.',
                                 ['1. Nämndens bedömning', '5. Återrapportering vid avslut', 'Uppdrag enligt ramavtal skickat'],
                                 elements_present=ALL, elements_missing=[]),
    )
    return dict(id='stenungsund_2015-000211', c=c, scenario='', docs=docs, crit=crit)


def case19():
    c = dict(kommun='Mölndal', dnr='SN 2015/0390', namn='Robert Sjöberg', pnr='19000311-9152',
             handl='Ulrika Hedman', titel='Socialsekreterare', utf='Solviks behandlingshem HVB')
    O = 'libreoffice-odt'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', O, utredning(c, '2015-04-23',
            ['Robert har ett långvarigt alkoholberoende och har avgiftats tre gånger senaste året. Polyneuropati i benen.',
             'Robert är långtidssjukskriven. Han har inga aktiviteter och lämnar sällan lägenheten.',
             'Bor ensam i Mölndal centrum. Skuld för hyra, avbetalningsplan med hyresvärden upprättad. Ingen kontakt med familjen.'],
            'Robert säger att han är "trött på att vakna på akuten" och vill åka på behandlingshem.',
            ['Samtal 2015-04-02, 2015-04-09, 2015-04-16', 'AUDIT 35', 'Epikriser Sahlgrenska/Mölndal'],
            'Sammanvägd bedömning',
            ['Robert har ett svårt alkoholberoende med upprepade avgiftningar och neurologiska skador. Han klarar inte att hålla sig '
             'nykter hemma och är isolerad. Han behöver en längre behandling i nykter miljö med medicinsk tillsyn och därefter boendestöd.',
             'Solvik har sjuksköterska på plats och erfarenhet av äldre män med långvarigt beroende. Placering där i fem månader bedöms '
             'tillgodose Roberts behov.'],
            'Robert ansökte från avdelning 2015-03-30.')),
        doc(c, 'beslut.pdf', 'beslut', O, delegationsbeslut(c, '2015-04-27',
            [['V-INST2', 'Institutionsvård (HVB)', 'SoL 4 kap. 1 §', '2015-05-04', '2015-10-03', 'Solvik', 'Bifall']],
            'Se sammanvägd bedömning.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', O, uppdrag(c,
            'Meddelande skickat 2015-04-29 11:06 via Säker e-post', [
            ('Nämndens bedömning av behov', 'Svårt alkoholberoende med neurologiska skador, isolering; behov av längre behandling i '
             'nykter miljö med medicinsk tillsyn och därefter boendestöd.'),
            ('Uppdragets innehåll', 'HVB-behandling med sjuksköterska, ADL-träning, planering för boendestöd.'),
            ('Mål', 'Nykter under placeringen; boendestöd ansökt före hemgång 2015-10-03.'),
            ('Uppföljning', 'Uppföljningsmöte på Solvik efter 8 veckor med Robert, behandlare och handläggare.'),
            ('Återrapportering vid avslut', 'Slutrapport med måluppfyllelse och rekommenderad eftervård.'),
            ('Ansvarig handläggare', 'Ulrika Hedman, 031-315 13 72, ulrika.hedman@molndal.se')],
            [('Insats', 'HVB'), ('Period', '2015-05-04 – 2015-10-03')])),
        doc(c, 'journal.pdf', 'journalanteckningar', O, journal(c, [
            ('2015-04-29', 'Uppdrag', 'Uppdrag enligt ramavtal skickat till Solvik.', 'UH'),
            ('2015-05-04', 'Inskrivning', 'Robert inskriven på Solvik. Vårdplan kommer att uprättas.', 'UH'),
            ('2015-06-10', 'Uppf.', 'Uppföljningsmöte bokat 2015-07-08 på Solvik.', 'UH'),
            ('2015-07-07', 'Uppf.', 'SSK på Solvik ringer och ställer in mötet (personalbrist). Ny tid ej bokad.', 'UH'),
            ('2015-08-25', 'Övrigt', 'Planerat hembesök i Roberts lägenhet med hyresvärden 2015-09-15 för att se över lägenheten inför hemgång.', 'UH'),
            ('2015-09-15', 'Hembesök', 'Hembesök genomfört enligt plan, lägenheten städad av god man. Avbetalningsplanen följs.', 'UH'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning states needs and why Solvik meets them.',
                           ['Robert har ett svårt alkoholberoende med upprepade', 'Solvik har sjuksköterska på plats']),
        planning=C('nej', 'No vårdplan or genomförandeplan; journal only says one will be made ("planerat hembesök" is a trap).'),
        follow_up=C('nej', 'Follow-up booked and cancelled, no new time; none took place.'),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-04-29 with all elements a–g.',
                                 ['Nämndens bedömning av behov', 'Återrapportering vid avslut', 'Bilaga 1: Beställning',
                                  'Uppdrag enligt ramavtal skickat till Solvik'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='molndal_SN-2015-0390', c=c, scenario='', docs=docs, crit=crit)


def case20():
    c = dict(kommun='Partille', dnr='SN 2015/0201', namn='Sofia Engström', pnr='19011024-6620',
             handl='Jenny Öst', titel='Socialsekreterare', utf='Öppenvårdsteamet Partille')
    R = 'reportlab'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', R, utredning(c, '2015-03-26',
            ['Sofia dricker framför allt på kvällar, 4–5 glas vin. Hon har magkatarr.',
             'Sofia arbetar deltid i butik. Hon har tappat kontakten med vänner.',
             'Sofia bor med två tonårsbarn. Exmaken bor i Partille. Barnen har berättat för skolkuratorn att mamma dricker.'],
            'Sofia vill sluta dricka för barnens skull.',
            ['Samtal 2015-03-12, 2015-03-19', 'AUDIT 19'],
            'Förslag till beslut med motivering',
            'Sofia bedöms vara i behov av öppenvård. Förslag: bifall.',
            'Orosanmälan från skolkurator (avser barnen) 2015-02-26; Sofia ansökte själv 2015-03-05.')),
        doc(c, 'beslut.pdf', 'beslut', R, delegationsbeslut(c, '2015-03-30',
            [['ÖV-GR', 'Öppenvård', 'SoL 4 kap. 1 §', '2015-04-07', '2015-09-30', 'Öppenvårdsteamet', 'Bifall']],
            'Enligt förslag.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', R, uppdrag(c,
            'Meddelande skickat 2015-03-31 16:02 via Säker e-post', [
            ('Nämndens bedömning av behov', 'Kvällsdrickande som oroar barnen och påverkar hälsan (magkatarr); Sofia behöver stöd att '
             'sluta dricka och stöd i föräldrarollen.'),
            ('Uppdragets innehåll', 'ÅP-grupp 10 ggr samt två familjesamtal med barnen.'),
            ('Mål', 'Alkoholfri vardagar fr.o.m. maj; barnen upplever att mamma inte dricker (familjesamtal juni).'),
            ('Uppföljning', 'Trepartssamtal efter gruppen (juni) och vid avslut.'),
            ('Återrapportering vid avslut', 'Kort slutrapport med närvaro, måluppfyllelse och rekommendation.'),
            ('Ansvarig handläggare', 'Jenny Öst, 031-792 16 08, jenny.ost@partille.se')],
            [('Insats', 'Öppenvård'), ('Period', '2015-04-07 – 2015-09-30')])),
        doc(c, 'handlingsplan.pdf', 'genomförandeplan', R, [
            ('title', 'Handlingsplan'),
            ('p', 'Sofia Engström, Öppenvårdsteamet. Sofia ska försöka dricka mindre och må bättre. Hon ska gå i gruppen och prata med '
                  'barnen om hur de har det. Behandlaren stöttar. Vi ser över hur det går längre fram.')], landscape=True),
        doc(c, 'journal.pdf', 'journalanteckningar', R, journal(c, [
            ('2015-03-31', 'Uppdrag', 'Uppdrag skickat via säker e-post.', 'JÖ'),
            ('2015-06-30', 'Trepartssamtal', 'Trepartssamtal m Sofia och behandlare Maria, vi träffades för att se hur det gått. Sofia har gått på alla 10 grupptillfällen, '
             'har inte druckit på vardagar sedan början av maj (egen uppgift + PEth negativt 2015-06-22). Familjesamtal med barnen '
             'hölls 2015-06-16, barnen tycker att det blivit lugnare hemma. Fortsätter med enskilda samtal t.o.m. september.', 'JÖ'),
            ('2015-09-29', 'Avslut', 'Slutrapport inkommen. Avslutas enligt beslut.', 'JÖ'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('delvis', 'Only the conclusion "bedöms vara i behov av öppenvård", no needs or reasons in utredning/decision.',
                           ['Sofia bedöms vara i behov av öppenvård', 'Kvällsdrickande som oroar barnen']),
        planning=C('delvis', 'Handlingsplan in running text with vague goals, no dates and unclear who.', ['Sofia ska försöka dricka mindre']),
        follow_up=C('ja', 'Trepartssamtal 2015-06-30 with outcome.', ['Sofia har gått på alla 10 grupptillfällen']),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-03-31 with all elements a–g.',
                                 ['Nämndens bedömning av behov', 'Återrapportering vid avslut', 'Bilaga 1: Beställning',
                                  'Uppdrag skickat via säker e-post'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='partille_SN-2015-0201', c=c, scenario='', docs=docs, crit=crit)
