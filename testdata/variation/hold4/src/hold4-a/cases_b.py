from cases_a import C, ALL
from parts import *


def case04():
    c = dict(kommun='Kungälv', dnr='2015-000318', namn='Sara Holm', pnr='19011130-2264',
             handl='Martin Alvén', titel='Socialsekreterare, vuxengruppen', utf='Öppenvården Nya Steg, Kungälv')
    R = 'reportlab'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', R, utredning(c, '2015-03-30',
            ['Sara röker cannabis dagligen sedan gymnasiet. Hon har sömnsvårigheter och nedstämdhet. Hon har ingen kontakt med psykiatrin.',
             'Sara har avbrutit två utbildningar. Hon har aktivitetsstöd via Arbetsförmedlingen men har inte varit på sitt program sedan januari.',
             'Sara bor med sin sambo i Ytterby. Sambon röker inte och vill att Sara slutar. Föräldrarna bor i Kungälv.'],
            'Sara vill sluta men "vet inte hur man gör utan". Hon vill ha hjälp nära hemmet.',
            ['Samtal 2015-03-09, 2015-03-16, 2015-03-23', 'DUDIT 19 p', 'Urinprov 2015-03-16 positivt THC'],
            'Sammanvägd bedömning',
            'Sara bedöms vara i behov av öppenvård.',
            'Sara ansökte själv 2015-03-02 efter att ha varit på informationsträff på Nya Steg.')),
        doc(c, 'beslut.pdf', 'beslut', R, delegationsbeslut(c, '2015-04-01',
            [['ÖV-02', 'Öppenvård, cannabisprogram', 'SoL 4:1', '2015-04-07', '2015-09-30', 'Nya Steg', 'Bifall']],
            'Sara har ansökt om öppenvård. Ansökan bifalls.'), version='1', serif=True),
        doc(c, 'mejl_uppdrag.pdf', 'uppdragsbeskrivning', R, [
            ('kv', [('Från', 'Martin Alvén <martin.alven@kungalv.se>'), ('Till', 'Nya Steg <nyasteg@kungalv.se>'),
                    ('Skickat', 'den 2 april 2015 14:17'), ('Ämne', 'Uppdrag: Sara Holm, dnr 2015-000318 (sekretess)')]),
            ('p', 'Hej!'),
            ('p', 'Här kommer uppdraget för Sara Holm som beviljats öppenvård 2015-04-01.'),
            ('p', 'Behov: Sara har ett dagligt cannabisbruk sedan flera år som gjort att hon avbrutit studier och inte klarar sitt '
                  'program hos Arbetsförmedlingen. Hon sover dåligt och är nedstämd. Hon behöver stöd att sluta röka, att få '
                  'struktur på dagarna och att pröva om nedstämdheten kvarstår när hon är drogfri.'),
            ('p', 'Uppdraget: Cannabisprogrammet (ACT/KBT) 1 ggr/vecka i 16 veckor, urinprov varje vecka, samt hjälp att ta kontakt '
                  'med vårdcentralen om sömn och nedstämdhet.'),
            ('p', 'Mål: Sara är drogfri (negativa prover) från maj och har återgått till sitt AF-program senast 2015-06-15.'),
            ('p', 'Uppföljning: Ni gör GFP med Sara inom 2 veckor. Vi har avstämningsmöte hos er efter ca 8 veckor, jag kallar.'),
            ('p', 'Vid avslut vill jag ha en kort skriftlig sammanfattning: närvaro, provsvar, hur målen uppnåtts och om Sara behöver '
                  'något mer.'),
            ('p', 'Hälsningar\nMartin Alvén\nSocialsekreterare, Vuxengruppen, Kungälvs kommun\nTfn 0303-23 81 56')], version=''),
        doc(c, 'handlingsplan.pdf', 'genomförandeplan', R, [
            ('title', 'Handlingsplan'), ('p', 'Sara Holm, upprättad 2015-04-14 på Nya Steg. Närvarande: Sara, behandlare Lotta Ruud, Martin Alvén.'),
            ('p', 'Saras första mål är att vara helt utan cannabis från och med 2015-05-01. Hon går i cannabisprogrammet varje tisdag '
                  'kl. 13 hos Lotta och lämnar urinprov på tisdagarna; Lotta redovisar proverna till Martin varannan vecka. '
                  'Det andra målet är att Sara är tillbaka på sitt program hos Arbetsförmedlingen senast 2015-06-15. Martin bokar ett '
                  'trepartsmöte med Saras handläggare på AF i maj. Sara bokar själv tid på Ytterby vårdcentral före 2015-04-30 för att '
                  'prata om sömnen. Vi följer upp planen på ett avstämningsmöte 2015-06-16.')], version='1'),
        doc(c, 'journal.pdf', 'journalanteckningar', R, journal_plain(c, [
            ('2015-04-02', 'Uppdrag', 'Uppdrag mejlat till Nya Steg (se mejl).', 'MA'),
            ('2015-04-14', 'Möte Nya Steg', 'Handlingsplan upprättad tillsammans med kl. och Lotta R.', 'MA'),
            ('2015-05-20', 'Möte AF', 'Trepartsmöte med AF. Kl. börjar på programmet igen 2015-06-08.', 'MA'),
            ('2015-06-16', 'Avstämningsmöte', 'Avstämningsmöte på Nya Steg, kl., Lotta R, handl. Kl har varit på 10 av 10 träffar, '
                           'alla prover negativa sedan 2015-04-28. Mål 1 uppfyllt. Hon är tillbaka på AF sedan 2015-06-08, mål 2 uppfyllt. '
                           'Sover bättre, har fått tid hos VC-psykolog. Fortsätter programmet enl. plan till 2015-07-28.', 'MA'),
            ('2015-08-04', 'Avslut', 'Sammanfattning från Nya Steg inkommen. Kl. klarat programmet. Avslutas.', 'MA'),
        ]), version=''),
    ]
    crit = dict(
        needs_assessment=C('delvis', 'Sammanvägd bedömning is only the conclusion "bedöms vara i behov av öppenvård", no needs or reasons.',
                           ['Sara bedöms vara i behov av öppenvård.', 'Behov: Sara har ett dagligt cannabisbruk']),
        planning=C('ja', 'Handlingsplan in running text with dated goals, who does what and when.',
                   ['Saras första mål är att vara helt utan cannabis']),
        follow_up=C('ja', 'Journal 2015-06-16 avstämningsmöte with outcome per goal.', ['Kl har varit på 10 av 10 träffar']),
        assignment_description=C('ja', 'E-mail to Nya Steg sent 2015-04-02 holds needs, content, goals, follow-up, report-back, officer contact.',
                                 ['Här kommer uppdraget för Sara Holm', 'Vid avslut vill jag ha en kort skriftlig',
                                  'Uppdrag mejlat till Nya Steg'], elements_present=ALL, elements_missing=[]),
    )
    post = [('scan', 'beslut.pdf', [1])]
    return dict(id='kungalv_2015-000318', c=c, scenario='', docs=docs, crit=crit, post=post)


def case05():
    c = dict(kommun='Kungälv', dnr='SOC 2014/311', namn='Thomas Ek', pnr='19000617-6651',
             handl='Karin Wester', titel='Socialsekreterare', utf='Kvarnbackens behandlingshem')
    O = 'libreoffice-odt'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', O, utredning(c, '2014-10-21',
            ['Thomas dricker 1–2 flaskor vin per dag och tar bensodiazepiner utan förskrivning. Han har haft ett abstinensanfall '
             'i augusti 2014. Avgiftad på Kungälvs sjukhus 2014-09-29 – 2014-10-06.',
             'Thomas har varit arbetslös i tre år. Han har inga aktiviteter utanför hemmet. Han har avbrutit öppenvård två gånger (2012, 2013).',
             'Thomas bor ensam i lägenhet i Kareby. Hyran är betald. Han har en bror som han har kontakt med. Grannar har klagat på störningar.'],
            'Thomas säger att han vill "göra det ordentligt den här gången" och att han inte klarar det hemma.',
            ['Samtal 2014-10-07, 2014-10-14', 'Epikris Kungälvs sjukhus', 'AUDIT 31 p, DUDIT 12 p'],
            'Utredarens värdering',
            ['Thomas alkohol- och tablettberoende har förvärrats under året och gett allvarliga medicinska följder. Två försök med '
             'öppenvård har avbrutits och han har ingen drogfri miljö hemma. Utredaren värderar att han först måste få en period i '
             'en skyddad miljö med behandling av beroendet, stöd till struktur i vardagen och en planerad utslussning med boendestöd.',
             'Kvarnbackens behandlingshem har ett program för personer med alkohol- och tablettberoende, med läkarkontakt, och kan ta '
             'emot Thomas direkt efter avgiftningen. Placeringen föreslås i fyra månader.'],
            'Thomas ansökte om behandlingshem under avgiftningen 2014-10-01.'), version='2'),
        doc(c, 'beslut.pdf', 'beslut', O, delegationsbeslut(c, '2014-10-23',
            [['INST-01', 'Institutionsvård, behandlingshem', 'SoL 4 kap. 1 §', '2014-11-03', '2015-02-28', 'Kvarnbacken', 'Bifall']],
            'Thomas behöver en skyddad miljö för behandling av sitt alkohol- och tablettberoende, se utredningen.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', O, uppdrag(c, None, [
            ('Nämndens bedömning', 'Förvärrat alkohol- och tablettberoende med abstinensanfall; två avbrutna öppenvårdsförsök; '
             'saknar drogfri miljö. Behöver skyddad miljö, behandling, struktur i vardagen och planerad utslussning.'),
            ('Uppdragets innehåll', 'Behandling enligt Kvarnbackens program för alkohol/tabletter, läkarkontakt för nedtrappning, '
             'ADL-träning, utslussningsplanering tillsammans med handläggaren.'),
            ('Mål', ['Thomas är nykter och fri från bensodiazepiner under placeringen.', 'Thomas har en plan för boende och sysselsättning inför hemgång.']),
            ('Uppföljning', 'Telefonavstämning med behandlare en gång i månaden, uppföljningsmöte på Kvarnbacken efter 6 veckor.'),
            ('Återrapportering', 'Vid avslut skickar behandlingshemmet en slutrapport med måluppfyllelse och rekommendationer.'),
            ('Handläggare', 'Karin Wester, 0303-23 80 94, karin.wester@kungalv.se')],
            [('Insats', 'Institutionsvård'), ('Ramavtal', 'Göteborgsregionens ramavtal HVB vuxna 2014'), ('Period', '2014-11-03 – 2015-02-28'),
             ('Dygnsavgift', '1 980 kr')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', O, gfp(c, '2014-11-20', 'Thomas, kontaktperson Jörgen (Kvarnbacken)', [
            ['Må bättre', 'Samtal, gruppverksamhet', 'Personalen', 'Löpande'],
            ['Bli drogfri', 'Följa programmet', 'Thomas', 'Löpande'],
            ['Ordna upp hemmet', 'Planeras senare', '', ''],
        ]), version='1'),
        doc(c, 'journal.pdf', 'journalanteckningar', O, journal(c, [
            ('2014-11-03', 'Inskrivning', 'Skjuts till Kvarnbacken. Uppdrag och beställning överlämnade vid inskrivningsmöte 2014-11-03 till föreståndare Jörgen Alm.', 'KW'),
            ('2014-12-02', 'Tfn behandlare', 'Tfn Jörgen. Thomas har kommit in i rutinerna, inga återfall. Trappar ned oxascand enl. läkare.', 'KW'),
            ('2015-01-20', 'Tfn behandlare', 'Tfn behandlare Jörgen på Kvarnbacken. Uppföljning av målen: Thomas nykter hela perioden, '
             'utsatt bensodiazepiner 2015-01-05. Han har varit hemma på permission två helger utan återfall. Boendestöd söks, '
             'utslussning från 2015-02-16. Thomas själv nöjd.', 'KW'),
            ('2015-02-27', 'Avslut', 'Slutrapport inkommen. Kl hemma, boendestöd beviljat.', 'KW'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Utredarens värdering states needs (protected setting, treatment, structure, discharge) and why Kvarnbacken.',
                           ['Thomas alkohol- och tablettberoende har förvärrats', 'Kvarnbackens behandlingshem har ett program']),
        planning=C('delvis', 'Genomförandeplan exists but goals are vague and undated ("Må bättre", "Löpande").', ['Ordna upp hemmet']),
        follow_up=C('ja', 'Tfn behandlare 2014-12-02 and 2015-01-20 record follow-up with outcome.',
                    ['Thomas har kommit in i rutinerna', 'Uppföljning av målen: Thomas nykter']),
        assignment_description=C('ja', 'Uppdrag enligt ramavtal with Bilaga 1 has a–f; handover recorded in journal 2014-11-03.',
                                 ['Nämndens bedömning', 'Vid avslut skickar behandlingshemmet', 'Bilaga 1: Beställning',
                                  'Uppdrag och beställning överlämnade'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='kungalv_SOC-2014-311', c=c, scenario='', docs=docs, crit=crit)


def case06():
    c = dict(kommun='Kungälv', dnr='IFO.2015.0091', namn='Linnea Carlsson', pnr='19020114-3048',
             handl='Martin Alvén', titel='Socialsekreterare', utf='Öppenvården Nya Steg, Kungälv')
    H = 'chromium'
    docs = [
        doc(c, 'lakarintyg.pdf', 'läkarintyg', H, header=('Kungälvs vårdcentral', ''), blocks=[
            ('title', 'Läkarintyg'), ('kv', [('Patient', 'Linnea Carlsson, 19020114-3048'), ('Datum', '2015-01-28'),
                                        ('Utfärdat av', 'Leg. läkare Olof Sundin, Kungälvs vårdcentral')]),
            ('h', 'Anamnes'), ('p', 'Ökande alkoholkonsumtion sedan 2013. CDT förhöjt. Ångest.'),
            ('h', 'Bedömning'), ('p', 'Alkoholberoende (F10.2). Patienten bedöms vara i behov av strukturerad alkoholbehandling i öppenvård, '
                                      'med fördel i kombination med läkemedel (naltrexon).')], version=''),
        doc(c, 'utredning.pdf', 'utredning', H, [('cols', utredning(c, '2015-02-24',
            ['Linnea har ångest och sömnproblem. Levervärden förhöjda (se läkarintyg).',
             'Linnea arbetar som undersköterska, sjukskriven 50 % sedan december. Hon har en hund och går promenader.',
             'Bor med två barn (9 och 12 år) i radhus. Barnens pappa bor i Göteborg. Separerade 2013.'],
            'Linnea vill ha hjälp att dricka mindre och vill inte att barnen ska märka något.',
            ['Samtal 2015-02-02 och 2015-02-16', 'Läkarintyg 2015-01-28', 'AUDIT 21 p'],
            'Sammanvägd bedömning', '[Här skrivs den sammanvägda bedömningen]',
            'Linnea ansökte 2015-01-30 på inrådan av sin läkare.'))], version='1'),
        doc(c, 'beslut.pdf', 'beslut', H, delegationsbeslut(c, '2015-02-26',
            [['ÖV-01', 'Öppenvård alkohol', 'SoL 4:1', '2015-03-02', '2015-08-31', 'Nya Steg', 'Bifall']], '')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', H, uppdrag(c,
            'Meddelande skickat 2015-02-27 10:05 via Säker e-post   Till: Nya Steg   Från: Martin Alvén', [
            ('Behov enligt nämndens bedömning', 'Se utredning 2015-02-24.'),
            ('Uppdragets omfattning', 'Återfallsprevention individuellt 1 ggr/v, 20 veckor. Samverkan med VC kring naltrexon.'),
            ('Mål', 'Linnea har minskat sin konsumtion till under riskbruksnivå (AUDIT under 8) vid avslut 2015-08-31.'),
            ('Uppföljning', 'GFP följs upp efter 3 månader på möte hos utföraren med Linnea och handläggare.'),
            ('Återrapport vid avslut', 'Skriftlig rapport om genomförande och måluppfyllelse samt AUDIT vid avslut.'),
            ('Ansvarig handläggare', 'Martin Alvén, 0303-23 81 56, martin.alven@kungalv.se')],
            [('Insats', 'Öppenvård'), ('Period', '2015-03-02 – 2015-08-31'), ('Kostnad', 'Egen regi')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', H, gfp(c, '2015-03-12', 'Linnea, behandlare Ida Franzén', [
            ['Dricka högst 2 glas vin/vecka från 2015-04-01', 'ÅP-samtal måndagar 16.30; dryckesdagbok', 'Linnea för dagbok; Ida håller samtal', '2015-06-09'],
            ['Inte dricka när barnen är hemma, fr.o.m. nu', 'Plan för helger; samtal om föräldraskap', 'Linnea; Ida', '2015-06-09'],
            ['AUDIT under 8 vid avslut 2015-08-31', 'AUDIT vid start och avslut', 'Ida', '2015-08-31'],
        ]), landscape=True),
        doc(c, 'journal.pdf', 'journalanteckningar', H, journal(c, [
            ('2015-02-27', 'Uppdrag', 'Uppdrag skickat via säker e-post.', 'MA'),
            ('2015-03-12', 'GFP', 'GFP upprättad på Nya Steg.', 'MA'),
            ('2015-06-09', 'Uppföljning', 'Uppföljning av genomförandeplan genomförd på Nya Steg.', 'MA'),
            ('2015-09-01', 'Tfn', 'Kl. ringer angående ekonomi, hänvisad till handl. för ekonomiskt bistånd.', 'MA'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('nej', 'Sammanvägd bedömning holds only a template placeholder; decision has no reasons; only the doctor assesses needs.'),
        planning=C('ja', 'Landscape genomförandeplan with dated goals, activities, who and follow-up date.', ['Dricka högst 2 glas vin/vecka']),
        follow_up=C('delvis', 'Journal 2015-06-09 says follow-up of GFP was done but records no outcome.',
                    ['Uppföljning av genomförandeplan genomförd']),
        assignment_description=C('delvis', 'Uppdrag via Säker e-post 2015-02-27 has b–g, but its needs section only refers to the '
                                 'utredning, whose assessment is an unfilled placeholder (a missing).',
                                 ['Uppdragets omfattning', 'Återrapport vid avslut', 'Bilaga 1: Beställning',
                                  'Uppdrag skickat via säker e-post'], elements_present=list('bcdefg'), elements_missing=['a']),
    )
    return dict(id='kungalv_IFO.2015.0091', c=c, scenario='', docs=docs, crit=crit)


def case07():
    c = dict(kommun='Partille', dnr='SN 2015/0415', namn='Daniel Nyström', pnr='19010803-7731',
             handl='Josefin Mattsson', titel='Socialsekreterare', utf='Tallhöjdens behandlingshem')
    R = 'reportlab'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', R, utredning(c, '2015-08-27',
            ['Daniel har ett opioidberoende (heroin, tramadol) sedan 2010. Hepatit C. Avgiftad på Beroendeakuten Göteborg 2015-08-10 – 08-21.',
             'Daniel har ingen sysselsättning. Han har en dom för snatteri (villkorlig dom 2014). Han är väntelistad för LARO men vill först pröva drogfri behandling.',
             'Bostadslös sedan juni 2015, bor växelvis hos kamrater. Mamma i Partille är ett stöd.'],
            'Daniel vill komma bort från Göteborg och kamraterna för att kunna bli drogfri.',
            ['Samtal 2015-08-12, 2015-08-19, 2015-08-25 (på avgiftningen)', 'DUDIT 38 p', 'Epikris Beroendeakuten'],
            'Sammanvägd bedömning',
            ['Daniel har ett tungt opioidberoende, saknar bostad och har ett nätverk som domineras av missbruk. Efter avgiftningen är '
             'risken för återfall och överdos hög om han återvänder till samma miljö. Han har behov av en drogfri, trygg boendemiljö, '
             'behandling för sitt beroende och stöd att lösa boende och sysselsättning.',
             'Tallhöjden har kompetens kring opioidberoende och samarbetar med LARO-mottagningen om Daniel behöver byta spår. Vistelse '
             'där i sex månader bedöms tillgodose hans behov.'],
            'Aktualiserad 2015-08-11 via Beroendeakuten (Daniels egen ansökan).')),
        doc(c, 'beslut.pdf', 'beslut', R, delegationsbeslut(c, '2015-09-01',
            [['INST-HVB', 'HVB missbruk', 'SoL 4 kap. 1 §', '2015-09-07', '2016-03-06', 'Tallhöjden', 'Bifall']],
            'Daniel har behov av en drogfri miljö med behandling, se sammanvägd bedömning.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', R, uppdrag(c,
            'Meddelande skickat 2015-09-03 09:41 via Säker e-post', [
            ('A. Nämndens bedömning av behov', 'Tungt opioidberoende, bostadslös, nätverk i missbruk; hög återfallsrisk efter avgiftning. '
             'Behov av drogfri miljö, beroendebehandling, stöd kring boende och sysselsättning.'),
            ('B. Uppdragets innehåll', 'HVB-vistelse med individuell behandling (KBT/ÅP), drogtester, samverkan med LARO vid behov, '
             'stöd att söka bostad via Partillebo.'),
            ('C. Mål', ['Drogfri (negativa drogtester) t.o.m. 2016-03-06.', 'Bostadsansökan inlämnad senast 2015-12-31.']),
            ('D. Uppföljning', 'Första uppföljningsmöte på Tallhöjden 2015-11-05, därefter var tredje månad.'),
            ('E. Rapportering vid avslut', 'Slutrapport inom 14 dagar från avslut: behandlingsinnehåll, måluppfyllelse, testresultat, rekommendationer.'),
            ('F. Ansvarig handläggare', 'Josefin Mattsson, 031-792 15 33, josefin.mattsson@partille.se')],
            [('Insats', 'HVB'), ('Fr.o.m.', '2015-09-07'), ('Dygnskostnad', '2 400 kr enligt ramavtal')])),
        doc(c, 'vardplan.pdf', 'vårdplan', R, [
            ('title', 'Vårdplan'), personkv(c, [('Upprättad', '2015-09-04')]),
            ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
                ['Drogfri under placeringen', 'Behandlingsprogram, drogtest 2 ggr/v', 'Tallhöjden', '2015-09-07 – 2016-03-06'],
                ['Bostadsansökan inlämnad', 'Ansökan Partillebo och kommunens bostadssamordnare', 'Daniel, Josefin M', 'Senast 2015-12-31'],
                ['Kontakt med mamma varannan vecka', 'Telefon/besök', 'Daniel', 'Från 2015-09-14'],
            ], [0.3, 0.3, 0.2, 0.2]),
            ('p', 'Uppföljning planeras till november (2015-11-05) på Tallhöjden.')]),
        doc(c, 'journal.pdf', 'journalanteckningar', R, journal(c, [
            ('2015-09-03', 'Uppdrag', 'Uppdrag enl. ramavtal skickat via säker e-post.', 'JM'),
            ('2015-09-07', 'Placering', 'Daniel skriven på Tallhöjden. Vårdplan genomgången med honom.', 'JM'),
            ('2015-09-25', 'Tfn', 'Tallhöjden meddelar att GFP är upprättad, skickas per post. Uppföljning planeras till november.', 'JM'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning states needs and why Tallhöjden meets them.',
                           ['Daniel har ett tungt opioidberoende', 'Tallhöjden har kompetens kring']),
        planning=C('ja', 'Vårdplan 2015-09-04 with goals, activity, responsible and dates.', ['Drogfri under placeringen']),
        follow_up=C('ej_tillämpligt', 'Placement started 2015-09-07; first follow-up planned for 2015-11-05, after the review date.'),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-09-03 with elements A–F and Bilaga 1.',
                                 ['A. Nämndens bedömning av behov', 'E. Rapportering vid avslut', 'Bilaga 1: Beställning',
                                  'Uppdrag enl. ramavtal skickat'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='partille_SN-2015-0415', c=c, scenario='recent', docs=docs, crit=crit)


def case08():
    c = dict(kommun='Partille', dnr='SN 2014/1203', namn='Annika Berg', pnr='19000502-1845',
             handl='Jenny Öst', titel='Socialsekreterare', utf='Partille öppenvård, Mötesplats Sävedalen')
    D = 'libreoffice-docx'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', D, utredning(c, '2014-12-10',
            ['Annika har diabetes typ 2 som hon inte sköter när hon dricker. Hon har ramlat två gånger i hemmet under hösten.',
             'Annika är ålderspensionär sedan i år. Hon har tidigare sjungit i kör men har slutat. Hon handlar själv men orkar lite.',
             'Annika är änka sedan 2012 och bor i bostadsrätt. Hon har skulder hos Kronofogden och en avbetalningsplan för elräkningen. '
             'Dottern i Lerum har ringt och är orolig.'],
            'Annika tycker att hon dricker för att slippa vara ensam på kvällarna. Hon vill ha någon att prata med.',
            ['Samtal 2014-11-19, 2014-12-03', 'AUDIT 19 p', 'Kontakt med distriktssköterska (samtycke)'],
            'Förslag till beslut med motivering',
            ['Annikas drickande har ökat efter att maken dog och hon blev pensionär, och det hotar nu hennes hälsa eftersom hon inte sköter '
             'sin diabetes och faller i hemmet. Hon behöver någon att bearbeta ensamheten och sorgen med, stöd att bryta kvällsdrickandet '
             'och hjälp att hitta meningsfulla aktiviteter.',
             'Förslaget är öppenvård på Mötesplats Sävedalen med enskilda samtal och deltagande i dagverksamhetens gruppaktiviteter, '
             'eftersom det ger både behandling och social gemenskap nära hemmet.'],
            'Dottern kontaktade socialtjänsten 2014-11-12. Annika har själv ansökt 2014-11-19.')),
        doc(c, 'beslut.pdf', 'beslut', D, delegationsbeslut(c, '2014-12-12',
            [['ÖV', 'Öppenvård', 'SoL 4 kap. 1 §', '2014-12-15', '2015-06-30', 'Mötesplats Sävedalen', 'Bifall']],
            'Se förslag till beslut med motivering i utredningen 2014-12-10.')),
        doc(c, 'journal.pdf', 'journalanteckningar', D, journal_plain(c, [
            ('2014-12-12', 'Beslut', 'Beslut öppenvård. Kl. infomerad.', 'JÖ'),
            ('2014-12-15', 'Tfn öppenvården', 'Ringt Mötesplats Sävedalen, pratat med behandlare Kent. Muntligt uppdrag: kl. ska komma på '
             'samtal och delta i dagverksamheten. Kent tar kontakt med kl. Genomförandeplan ska upprättas av öppenvården.', 'JÖ'),
            ('2015-01-14', 'Ekonomi', 'Kl har fått en avbetalningsplan med Partille Energi godkänd. Hänvisad till budget- och skuldrådgivare.', 'JÖ'),
            ('2015-02-24', 'Tfn', 'Kl. berättar att hon har fått ett uppdrag som kassör i pensionärsföreningen och trivs med det.', 'JÖ'),
            ('2015-03-03', 'Uppföljning', 'Uppföljningsmöte bokat till 2015-03-10 med kl och Kent.', 'JÖ'),
            ('2015-03-10', 'Uppföljning', 'Mötet inställt, kl. sjuk. Ny tid bokas senare.', 'JÖ'),
            ('2015-06-30', 'Avslut', 'Beslutet löper ut. Ärendet avslutas. Ingen uppföljning har gjorts av insatsen.', 'JÖ'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Förslag till beslut med motivering states needs (loneliness, diabetes, falls) and why Mötesplats fits.',
                           ['Annikas drickande har ökat efter att maken dog', 'Förslaget är öppenvård på Mötesplats Sävedalen']),
        planning=C('nej', 'No plan; journal only says a GFP is to be made; "avbetalningsplan" is unrelated.'),
        follow_up=C('nej', 'Follow-up booked and cancelled; closure note says no follow-up was made.'),
        assignment_description=C('nej', 'Assignment given orally by phone; decision only names the provider.',
                                 elements_present=[], elements_missing=ALL),
    )
    return dict(id='partille_SN-2014-1203', c=c, scenario='', docs=docs, crit=crit)


def case09():
    c = dict(kommun='Partille', dnr='2015-000127', namn='Kristoffer Lund', pnr='19010226-9012',
             handl='Ali Haddad', titel='Socialsekreterare', utf='Öppenvårdsteamet Partille')
    H = 'chromium'
    docs = [
        doc(c, 'utredning_beslut.pdf', 'utredning', H, utredning(c, '2015-03-04',
            ['Kristoffer dricker helger och använder kokain på fester. Han har haft panikattacker. Ingen somatisk sjukdom.',
             'Kristoffer arbetar som säljare. Han har fått en varning på jobbet efter frånvaro på måndagar.',
             'Bor med sambo och ettårig dotter i Öjersjö. Sambon har ställt krav på att han söker hjälp.'],
            'Kristoffer vill ha hjälp "innan allt rasar" och vill inte att arbetsgivaren ska få veta.',
            ['Samtal 2015-02-16, 2015-02-23, 2015-03-02', 'AUDIT 18 p, DUDIT 11 p', 'Samtal med sambon 2015-02-23'],
            'Förslag till beslut med motivering',
            ['Kristoffers helgdrickande och kokainbruk har börjat påverka arbetet, relationen och hans psykiska hälsa (panikattacker). '
             'Han är motiverad och har stöd av sambon. Det han behöver är hjälp att förstå och bryta sitt mönster kring helgerna, '
             'strategier mot återfall och stöd i föräldrarollen.',
             'Öppenvårdsteamets program (ÅP i grupp kvällstid och fyra enskilda samtal) gör det möjligt att fortsätta arbeta och motsvarar '
             'därför det Kristoffer behöver. Förslag: bevilja öppenvård 2015-03-09 – 2015-08-31.'],
            'Kristoffer ansökte själv 2015-02-10.') + [('pb',),
            ('title', 'Delegationsbeslut'), ('table', ['Beslutskod', 'Insats', 'Lagrum', 'Fr.o.m.', 'T.o.m.', 'Beslut'],
             [['ÖV-GR', 'Öppenvård, ÅP-grupp', 'SoL 4:1', '2015-03-09', '2015-08-31', 'Bifall']]),
            ('h', 'Skäl för beslutet'), ('p', 'Enligt förslag i utredningen.'), ('p', 'Ali Haddad 2015-03-05')], version='3'),
        doc(c, 'bestallning.pdf', 'uppdragsbeskrivning', H, uppdrag(c, None, [
            ('Sammanfattning av bedömningen', 'Helgdrickande och kokainbruk som påverkar arbete, relation och psykisk hälsa. Behöver bryta '
             'helgmönstret, strategier mot återfall och stöd i föräldrarollen.'),
            ('Uppdraget', 'ÅP-grupp tisdagar kl. 18–20 (10 ggr) samt fyra enskilda samtal, varav ett med sambon.'),
            ('Mål', 'Ingen kokain och högst 4 standardglas per helg fr.o.m. april; ingen frånvaro från arbetet p.g.a. alkohol.'),
            ('Uppföljning', 'Nätverksträff med Kristoffer, sambo, behandlare och handläggare efter avslutad grupp.'),
            ('Återrapportering', 'Skriftlig sammanfattning av närvaro och måluppfyllelse vid avslut.'),
            ('Handläggare', 'Ali Haddad')], None, title='Uppdrag enligt ramavtal – beställning'), version='1'),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', H, [
            ('title', 'Genomförandeplan – formulär'), ('kv', [('Klient', c['namn']), ('Upprättad', '2015-03-17'), ('Utförare', c['utf'])]),
            ('h', 'Insatser'), ('p', '☒ ÅP-grupp   ☒ Enskilda samtal   ☐ Antabus   ☒ Anhörigsamtal   ☐ Arbetsträning'),
            ('h', 'Mål'),
            ('table', ['Vad ska uppnås?', 'Hur ska det gå till?', 'Vem gör vad?', 'När följer vi upp?'], [
                ['Ingen kokain fr.o.m. 2015-04-01', 'ÅP-grupp, drogtest varannan vecka', 'Kristoffer deltar; Maria (behandlare) leder', '2015-06-11 nätverksträff'],
                ['Högst 4 glas/helg fr.o.m. 2015-04-01', 'Dryckesdagbok, helgplanering', 'Kristoffer; går igenom med Maria', '2015-06-11'],
                ['Ingen frånvaro måndagar (apr–jun)', 'Egen kontroll, samtal', 'Kristoffer', '2015-06-11'],
            ]),
            ('p', 'Deltagit i planeringen: ☒ Klient  ☒ Behandlare  ☐ Handläggare  ☒ Anhörig')]),
        doc(c, 'journal.pdf', 'journalanteckningar', H, journal(c, [
            ('2015-03-17', 'GFP', 'Behandlaren meddelar att GFP är upprätad, kopia till akten.', 'AH'),
            ('2015-06-11', 'Nätverksträff', 'Nätverksträff på öppenvården (kl., sambo, Maria, handl.). Kl. har deltagit i 9 av 10 '
             'grupptillfällen. Negativa drogtester sedan 2015-03-24. Dryckesdagboken visar 2–4 glas per helg. Ingen frånvaro från jobbet. '
             'Sambon bekräftar. Målen uppfyllda. Kl. vill avsluta efter sista enskilda samtalet.', 'AH'),
            ('2015-06-30', 'Avslut', 'Sammanfattning från öppenvården inkommen. Ärendet avslutas.', 'AH'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Förslag till beslut med motivering names needs and why the ÅP programme meets them.',
                           ['Kristoffers helgdrickande och kokainbruk', 'Öppenvårdsteamets program']),
        planning=C('ja', 'GFP form with ticked boxes and dated goals, who and when.', ['Ingen kokain fr.o.m.']),
        follow_up=C('ja', 'Nätverksträff 2015-06-11 with outcome.', ['Kl. har deltagit i 9 av 10']),
        assignment_description=C('delvis', 'Written order has needs, content, goals, follow-up and report-back, but only the officer\'s '
                                 'name (no contact details) and no record of when it was sent.',
                                 ['Sammanfattning av bedömningen', 'Skriftlig sammanfattning av närvaro'],
                                 elements_present=list('abcde'), elements_missing=['f', 'g']),
    )
    return dict(id='partille_2015-000127', c=c, scenario='', docs=docs, crit=crit)


def case10():
    c = dict(kommun='Lerum', dnr='SOC 2015/58', namn='Malin Ström', pnr='19020715-6623',
             handl='Emma Lindgren', titel='Socialsekreterare', utf='Stiftelsen Bergsäng, HVB för kvinnor')
    R, D = 'reportlab', 'libreoffice-docx'
    docs = [
        doc(c, 'p1_utredning.pdf', 'utredning', D, utredning(c, '2015-02-19',
            ['Malin har ett beroende av alkohol och smärtstillande tabletter (oxikodon). Hon har kronisk ryggsmärta efter en olycka 2011.',
             'Malin är sjukskriven sedan 2013. Hon har inte klarat att sköta hemmet och har fått hemtjänst-liknande hjälp av sin mamma.',
             'Malin bor i Gråbo. Hon har två barn (8 och 11 år) som sedan januari bor hos sin pappa. Utredning pågår inom barnenheten.'],
            'Malin säger att hon vill "bli en mamma som barnen kan lita på" och att hon är beredd att åka bort.',
            ['Samtal 2015-01-22, 2015-02-05, 2015-02-12', 'Läkarintyg smärtmottagningen', 'AUDIT 25, DUDIT 15', 'SIP-möte 2015-02-10'],
            'Utredarens värdering',
            ['Malins beroende av alkohol och opioider har lett till att barnen inte längre kan bo hos henne och att hennes '
             'smärtproblematik inte behandlas rätt. Hon behöver samtidig behandling av beroendet och av smärtan, i en miljö utan tillgång '
             'till alkohol och tabletter, och hon behöver stöd i föräldraskapet och i kontakten med barnen.',
             'Bergsäng tar emot kvinnor med samsjuklighet, har läkare med smärtkompetens och arbetar med barnperspektivet. En '
             'placering där bedöms möta Malins behov bättre än öppenvård, som prövats utan resultat 2014.'],
            'Orosanmälan (avser barnen) 2015-01-12; Malin ansökte själv om behandling 2015-01-20.'), version='2'),
        doc(c, 'p2_beslut.pdf', 'beslut', R, delegationsbeslut(c, '2015-02-23',
            [['V-HVB', 'Institutionsvård', 'SoL 4 kap. 1 §', '2015-03-02', '2015-08-31', 'Bergsäng', 'Bifall']],
            'Malin behöver behandling för beroende och smärta i en skyddad miljö samt stöd i föräldraskapet.')),
        doc(c, 'p3_uppdrag.pdf', 'uppdragsbeskrivning', R, uppdrag(c,
            'Meddelande skickat 2015-02-25 13:22 via Säker e-post', [
            ('Nämndens bedömning av behov', 'Beroende av alkohol och opioider med obehandlad smärtproblematik; barnen bor hos pappan. '
             'Behöver samtidig beroende- och smärtbehandling i skyddad miljö och stöd i föräldraskapet.'),
            ('Vad uppdraget omfattar', 'HVB-vård, beroendebehandling, läkarkontakt för smärta och nedtrappning av opioider, föräldrastöd, '
             'umgänge med barnen i samråd med barnenheten.'),
            ('Mål', ['Fri från alkohol och icke förskrivna opioider under placeringen.', 'Umgänge med barnen varannan helg från maj 2015.']),
            ('Uppföljning', 'Trepartssamtal (Malin, Bergsäng, handläggare) efter 6 och 12 veckor; månatlig återkoppling per telefon.'),
            ('Återrapportering vid avslut', 'Slutdokumentation med måluppfyllelse, medicinering och förslag på eftervård.'),
            ('Ansvarig handläggare', 'Emma Lindgren, 0302-52 11 87, emma.lindgren@lerum.se')],
            [('Insats', 'HVB'), ('Period', '2015-03-02 – 2015-08-31'), ('Dygnsavgift', 'Enligt ramavtal')])),
        doc(c, 'p4_genomforandeplan.pdf', 'genomförandeplan', R, gfp(c, '2015-03-16', 'Malin, behandlare Sofie Dahl, Emma Lindgren', [
            ['Fri från alkohol och icke förskrivna opioider 2015-03-02 – 2015-08-31', 'Beroendebehandling, tester 2 ggr/v', 'Malin; Sofie', '2015-04-14, 2015-05-26'],
            ['Smärtlindring utan oxikodon senast 2015-05-01', 'Läkare trappar ut; smärtskola', 'Bergsängs läkare', '2015-04-14'],
            ['Umgänge med barnen varannan helg från 2015-05-01', 'Planering med barnenheten och pappan', 'Emma; Malin', '2015-05-26'],
        ]), landscape=True),
        doc(c, 'p5_journal.pdf', 'journalanteckningar', R, journal(c, [
            ('2015-02-25', 'Uppdrag', 'Uppdrag + beställning skickat till Bergsäng via säker e-post.', 'EL'),
            ('2015-03-02', 'Inskrivning', 'Malin inskriven på Bergsäng.', 'EL'),
            ('2015-04-14', 'Trepartssamtal', 'Trepartssamtal på Bergsäng. Malin har inga positiva prover. Oxikodon helt utsatt 2015-04-08, '
             'smärtan hanteras med paracetamol och träning. Hon saknar barnen mkt. Målen hittils uppfyllda.', 'EL'),
            ('2015-05-12', 'Återkoppling', 'Återkoppling från behandlingshemmet (Sofie D per tfn): första umgängeshelgen med barnen '
             'genomförd 2015-05-09, gick bra. Fortsatt drogfri.', 'EL'),
            ('2015-05-26', 'Trepartssamtal', 'Uppföljning andra trepartssamtal: samtliga mål uppfyllda. Utslussning planeras från juli.', 'EL'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Utredarens värdering states needs and why Bergsäng meets them; decision reasons repeat needs.',
                           ['Malins beroende av alkohol och opioider har lett', 'Bergsäng tar emot kvinnor med samsjuklighet',
                            'Malin behöver behandling för beroende och smärta']),
        planning=C('ja', 'Landscape genomförandeplan with dated goals, who and when.', ['Smärtlindring utan oxikodon senast']),
        follow_up=C('ja', 'Trepartssamtal 2015-04-14 and 2015-05-26 and återkoppling 2015-05-12 with outcomes.',
                    ['Malin har inga positiva prover', 'första umgängeshelgen med barnen', 'samtliga mål uppfyllda']),
        assignment_description=C('ja', 'Uppdrag via Säker e-post 2015-02-25 with a–f and Bilaga 1.',
                                 ['Vad uppdraget omfattar', 'Återrapportering vid avslut', 'Bilaga 1: Beställning',
                                  'Uppdrag + beställning skickat'], elements_present=ALL, elements_missing=[]),
    )
    parts_ = ['p1_utredning.pdf', 'p2_beslut.pdf', 'p3_uppdrag.pdf', 'p4_genomforandeplan.pdf', 'p5_journal.pdf']
    post = [('unite', 'akt_SOC-2015-58.pdf', parts_, parts_),
            ('rotate_marker', 'akt_SOC-2015-58.pdf', 'Trepartssamtal på Bergsäng')]
    return dict(id='lerum_SOC-2015-58', c=c, scenario='', docs=docs, crit=crit, post=post)
