from parts import *

ALL = list('abcdefg')


def C(label, why, markers=(), pages=(), **kw):
    d = dict(label=label, why=why, markers=list(markers), pages=list(pages))
    d.update(kw)
    return d


def case01():
    c = dict(kommun='Mölndal', dnr='SN 2015/0142', namn='Jonas Åberg', pnr='19010412-3391',
             handl='Helena Sandberg', titel='Socialsekreterare', utf='Öppenvårdsmottagningen Vägen, Mölndal')
    R = 'reportlab'
    docs = [
        doc(c, 'ansokan.pdf', 'ansökan', R, [
            ('title', 'Ansökan om bistånd – stöd vid missbruk'), personkv(c, [('Inkom', '2015-01-19')]),
            ('p', 'Jonas kontaktar mottagningen per telefon och ansöker om hjälp med sitt drickande. Han har druckit dagligen '
                  'sedan hösten och har nu blivit sjukskriven från sitt arbete som lagerarbetare. Han vill ha samtalsbehandling '
                  'på hemmaplan och inte åka iväg på behandlingshem.'),
            ('p', 'Ansökan registrerad 2015-01-19. Utredning inleds enligt SoL 11 kap. 1 § samma dag.')]),
        doc(c, 'utredning.pdf', 'utredning', R, utredning(c, '2015-02-16',
            ['Jonas har förhöjda levervärden (GT 3,1) enligt provtagning på Mölndals vårdcentral 2015-01-27. Han sover dåligt '
             'och beskriver abstinensbesvär med darrningar på morgonen. Han har ingen psykiatrisk diagnos.',
             'Jonas är sjukskriven på heltid sedan 2014-12-01. Han har tidigare arbetat heltid på ett lager i Mölndal i tolv år. '
             'Han umgås mest med en granne som också dricker. Fritidsintressen (fiske, fotboll med sonen) har upphört.',
             'Jonas bor ensam i hyresrätt. Han har en son, 14 år, som bor växelvis hos honom. Arbetsgivaren är positiv till '
             'återgång i arbete om drickandet upphör. Han har hyresskuld på en månad.'],
            'Jonas säger att han "tappat kontrollen" efter skilsmässan och att han vill kunna vara en bra pappa igen. '
            'Han vill gå i samtal och ha antabus via vårdcentralen.',
            ['Samtal med Jonas 2015-01-22, 2015-01-29 och 2015-02-05', 'AUDIT 27 poäng (2015-01-22)',
             'Telefonkontakt med arbetsgivaren (med samtycke) 2015-02-03', 'Läkarintyg från Mölndals vårdcentral 2015-01-27'],
            'Sammanvägd bedömning',
            ['Socialnämnden bedömer att Jonas har ett skadligt bruk av alkohol som nu påverkar hans hälsa, hans arbetsförmåga '
             'och hans föräldraskap. Han har behov av strukturerad behandling för att bryta det dagliga drickandet, stöd i att '
             'återgå i arbete samt stöd kring relationen till sonen. Han har en stark egen motivation och ett fungerande boende, '
             'vilket talar för att behandlingen kan ges på hemmaplan.',
             'Öppenvårdsprogrammet på Vägen (återfallsprevention enligt KBT, 12 veckor, två gånger per vecka) bedöms svara mot '
             'dessa behov eftersom det bygger på evidensbaserade metoder, kan kombineras med arbetsträning och med antabus via '
             'vårdcentralen. Institutionsvård bedöms inte nödvändig då Jonas inte har abstinens som kräver avgiftning.'],
            'Mot bakgrund av ansökan 2015-01-19 har utredning inletts. Inga tidigare insatser.')),
        doc(c, 'beslut.pdf', 'beslut', R, delegationsbeslut(c, '2015-02-18',
            [['V-ÖV1', 'Öppenvård missbruk, KBT-program', 'SoL 4 kap. 1 §', '2015-02-23', '2015-08-31', 'Vägen', 'Bifall']],
            'Jonas har ansökt om öppenvård. Se utredning daterad 2015-02-16. Insatsen bedöms tillgodose hans behov och ge honom '
            'en skälig levnadsnivå.')),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', R, uppdrag(c,
            'Meddelande skickat 2015-02-19 09:41 via Säker e-post   Från: helena.sandberg@molndal.se   Till: vagen.oppenvard@molndal.se',
            [('1. Nämndens bedömning av behov', 'Skadligt bruk av alkohol med påverkan på hälsa (förhöjda levervärden), arbetsförmåga '
              '(sjukskriven sedan 2014-12-01) och föräldraskap. Behov av strukturerad återfallsprevention på hemmaplan, stöd i återgång '
              'i arbete och stöd i relationen till sonen (14 år).'),
             ('2. Uppdragets innehåll', 'KBT-baserat återfallspreventionsprogram 2 ggr/vecka i 12 veckor, individuella samtal, '
              'alkoholutandningsprov vid varje besök, samverkan med vårdcentralen kring antabus.'),
             ('3. Mål med insatsen', ['Jonas är alkoholfri under behandlingsperioden (mäts med utandningsprov och PEth 2015-05-15).',
                                     'Jonas har påbörjat arbetsträning hos arbetsgivaren senast 2015-06-01.']),
             ('4. Uppföljning', 'Genomförandeplan upprättas av utföraren inom tre veckor. Uppföljning av genomförandeplanen sker '
              'gemensamt med Jonas, behandlare och handläggare efter 8 veckor och vid avslut.'),
             ('5. Återrapportering vid avslut', 'Skriftlig slutrapport till handläggaren senast två veckor efter avslut: '
              'måluppfyllelse, närvaro, provresultat och rekommendation om fortsatt stöd.'),
             ('6. Ansvarig handläggare', 'Helena Sandberg, socialsekreterare, tfn 031-315 12 40, helena.sandberg@molndal.se')],
            [('Insats', 'Öppenvård – KBT återfallsprevention'), ('Period', '2015-02-23 – 2015-08-31'),
             ('Omfattning', '2 besök/vecka, 12 veckor, därefter glesare'), ('Ersättning', 'Intern, enligt ramavtal 2014–2016'),
             ('Beställare', 'Helena Sandberg, 031-315 12 40')])),
        doc(c, 'genomforandeplan.pdf', 'genomförandeplan', R, gfp(c, '2015-03-09', 'Jonas Åberg, Per Strand (behandlare), Helena Sandberg', [
            ['Jonas ska vara alkoholfri fram till 2015-05-15 (PEth under 0,05).', 'KBT-samtal tisdag och torsdag. Utandningsprov vid varje besök. PEth tas 2015-05-15.', 'Jonas kommer på samtal. Per håller samtal och tar prov. VC tar PEth.', '2015-05-19 (uppföljningsmöte)'],
            ['Jonas har börjat arbetsträna minst 50 % senast 2015-06-01.', 'Kontakt med arbetsgivare och Försäkringskassan. Plan för arbetsträning.', 'Jonas kontaktar chefen. Helena kallar FK till möte i april.', '2015-05-19'],
            ['Sonen bor varannan vecka hos Jonas utan oro från modern.', 'Samtal om föräldraskap (2 tillfällen). Jonas berättar själv för sonen om behandlingen.', 'Per och Jonas.', '2015-05-19 och vid avslut 2015-08-31'],
        ]), version='2', landscape=True),
        doc(c, 'journal.pdf', 'journalanteckningar', R, journal(c, [
            ('2015-01-22', 'Besök', 'Första samtal. Kl. berättar om drickandet. AUDIT genomfört (27 p).', 'HS'),
            ('2015-02-18', 'Beslut', 'Beslut om öppenvård fattat, se delegationsbeslut. Kl informerad per tfn.', 'HS'),
            ('2015-02-19', 'Uppdrag', 'Uppdrag enligt ramavtal med Bilaga 1 skickat till Vägen via säker e-post kl. 09.41.', 'HS'),
            ('2015-03-09', 'Möte', 'GFP upprättad på Vägen tillsammans med kl. och behandlare Per Strand.', 'HS'),
            ('2015-05-19', 'Uppföljning av genomförandeplan', 'Uppföljning på Vägen med kl., Per S och handl. Kl har deltagit i 21 av 24 '
             'samtal. Samtliga utandningsprov negativa, PEth 2015-05-15 under gränsvärdet. Mål 1 uppnått. Arbetsträning 25 % påbörjad '
             '2015-05-04, mål 2 delvis uppnått – ökar till 50 % i juni. Sonen bor hos kl varannan vecka. Överenskoms att programmet '
             'fortsätter med 1 ggr/v t.o.m. augusti.', 'HS'),
            ('2015-08-31', 'Avslut', 'Slutrapport från Vägen inkommen. Kl arbetar 75 %. Insatsen avslutas enligt plan.', 'HS'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Sammanvägd bedömning in utredning states needs and why KBT outpatient programme meets them.',
                           ['Socialnämnden bedömer att Jonas har ett skadligt bruk', 'Öppenvårdsprogrammet på Vägen (återfallsprevention']),
        planning=C('ja', 'Landscape genomförandeplan with dated goals, activities, who and when.', ['Jonas ska vara alkoholfri fram till']),
        follow_up=C('ja', 'Journal 2015-05-19 records follow-up of the GFP with outcome per goal.', ['Kl har deltagit i 21 av 24']),
        assignment_description=C('ja', 'Uppdrag enligt ramavtal sent via Säker e-post 2015-02-19 holds all elements a–g.',
                                 ['1. Nämndens bedömning av behov', '5. Återrapportering vid avslut', 'Bilaga 1: Beställning',
                                  'skickat till Vägen via säker e-post'], elements_present=ALL, elements_missing=[]),
    )
    return dict(id='molndal_SN-2015-0142', c=c, scenario='', docs=docs, crit=crit)


def case02():
    c = dict(kommun='Mölndal', dnr='SN 2014/0877', namn='Petra Lindqvist', pnr='19020308-4426',
             handl='Ulrika Hedman', titel='Socialsekreterare', utf='Solviks behandlingshem HVB')
    D = 'libreoffice-docx'
    docs = [
        doc(c, 'utredning.pdf', 'utredning', D, utredning(c, '2014-10-02',
            ['Petra har ett beroende av amfetamin sedan tio år och dricker periodvis stora mängder alkohol. Hon har hepatit C '
             'och har haft abstinenskramper vid ett tillfälle (2013). Avgiftad på Beroendekliniken, Mölndals sjukhus, 2014-09-08–09-19.',
             'Petra saknar sysselsättning och har försörjningsstöd. Hon har inte klarat att hålla drogfrihet mer än några dagar '
             'efter tidigare öppenvård (2013). Hennes sociala nätverk består nästan helt av personer i missbruk.',
             'Petra har förlorat sitt förstahandskontrakt och bor hos en bekant. Hon har en dotter, 17 år, som bor hos sin pappa. '
             'Kontakten med dottern är sporadisk.'],
            'Petra vill "komma bort från allt" och tror inte att hon klarar sig hemma. Hon har besökt Solvik och vill dit.',
            ['Samtal 2014-09-10, 2014-09-22, 2014-09-29', 'DUDIT 34 p, AUDIT 22 p', 'Epikris Beroendekliniken 2014-09-19',
             'ASI-intervju 2014-09-22'],
            'Utredarens värdering',
            ['Petra har ett omfattande och långvarigt blandmissbruk med allvarliga följder för hälsan. Tidigare öppenvård har inte '
             'räckt till, och hennes boendesituation och nätverk gör det mycket svårt att upprätthålla drogfrihet på hemmaplan. '
             'Hon behöver en drogfri miljö med dygnet-runt-stöd, behandling för sitt beroende samt hjälp att planera boende och '
             'sysselsättning inför utskrivning.',
             'Solviks behandlingshem erbjuder tolvstegsbehandling med individuell KBT och har erfarenhet av kvinnor med '
             'blandmissbruk. Behandling där bedöms kunna tillgodose Petras behov. Placeringen bör inledas snarast efter avgiftning.'],
            'Aktualiserad via Beroendekliniken, Mölndals sjukhus, 2014-09-08 (samtycke till kontakt finns).')),
        doc(c, 'beslut.pdf', 'beslut', D, delegationsbeslut(c, '2014-10-06',
            [['V-INST2', 'Institutionsvård (HVB) missbruk', 'SoL 4 kap. 1 §', '2014-10-08', '2015-04-07', 'Solvik HVB', 'Bifall']],
            'Petra har behov av behandling i en drogfri miljö, se utredarens värdering i utredning 2014-10-02.', deleg='4.3.4')),
        doc(c, 'vardplan.pdf', 'vårdplan', D, [
            ('title', 'Vårdplan'), personkv(c, [('Upprättad', '2014-10-08')]),
            ('h', 'Syfte med placeringen'), ('p', 'Att Petra ska uppnå drogfrihet och förbereda ett självständigt liv med eget boende.'),
            ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
                ['Drogfri under hela placeringen (negativa urinprov)', 'Behandling enligt tolvstegsmodellen, urinprov 2 ggr/v', 'Solvik', '2014-10-08 – 2015-04-07'],
                ['Ansökt om egen bostad', 'Kontakt med bostadsbolag, ev. träningslägenhet', 'Ulrika Hedman, Petra', 'Senast 2015-02-28'],
                ['Regelbunden kontakt med dottern', 'Planerade träffar under helger', 'Petra, Solvik', 'Från 2014-12-01'],
            ], [0.3, 0.3, 0.2, 0.2]),
            ('p', 'Petra har deltagit i upprättandet och fått en kopia.'), ('p', 'Ulrika Hedman, socialsekreterare')]),
        doc(c, 'uppdrag.pdf', 'uppdragsbeskrivning', D, uppdrag(c, None, [
            ('Bedömda behov', 'Omfattande blandmissbruk (amfetamin, alkohol) med hälsoproblem; behov av drogfri miljö, '
             'behandling för beroendet och stöd att ordna boende och sysselsättning.'),
            ('Uppdraget omfattar', 'Institutionsvård med tolvstegsbehandling och individuell KBT, provtagning, '
             'stöd i kontakt med dottern och med bostadsbolag.'),
            ('Mål', 'Drogfrihet under placeringen; ansökan om eget boende inlämnad senast 2015-02-28.'),
            ('Uppföljning', 'Kvartalsrapport från behandlingshemmet. Uppföljningsmöte på Solvik var tredje månad med Petra och handläggare.'),
            ('Kontaktuppgifter handläggare', 'Ulrika Hedman, tfn 031-315 13 72, ulrika.hedman@molndal.se'),
            ('Överlämnat', 'Uppdraget överlämnat till Solvik vid inskrivning 2014-10-08 (kopia i akt).')],
            [('Insats', 'HVB, heldygnsvård'), ('Period', '2014-10-08 – 2015-04-07'), ('Dygnskostnad', 'Enligt ramavtal, 2 150 kr'),
             ('Fakturamärkning', 'Ansvar 5120, Dnr SN 2014/0877')])),
        doc(c, 'kvartalsrapport.pdf', 'uppföljning', D, header=('Solviks behandlingshem HVB', 'Sekretess enligt OSL 26 kap.'), blocks=[
            ('title', 'Kvartalsrapport'), ('kv', [('Klient', c['namn']), ('Period', '2014-10-08 – 2015-01-07'),
                                             ('Från', 'Solviks behandlingshem, behandlare Anna Kjellberg'), ('Datum', '2015-01-12')]),
            ('h', 'Hur har det gått?'),
            ('p', 'Petra har genomfört steg 1–4 i programmet. Samtliga 26 urinprov har varit negativa. Hon har haft två '
                  'helgpermissioner hos dottern, som fungerat bra. Hon har ansökt om bostad via Mölndalsbostäder (2014-12-15).'),
            ('h', 'Måluppfyllelse'),
            ('ul', ['Drogfrihet: uppnått hittills.', 'Boende: ansökan inlämnad, mål uppnått.', 'Kontakt med dottern: pågår, fungerar.']),
            ('h', 'Fortsatt planering'), ('p', 'Fortsatt behandling enligt plan till 2015-04-07. Utslussning diskuteras på nästa möte.')]),
        doc(c, 'journal.pdf', 'journalanteckningar', D, journal_plain(c, [
            ('2014-10-08', 'Inskrivning', 'Följde kl till Solvik. Vårdplan upprättad. Uppdrag lämnades till föreståndaren.', 'UH'),
            ('2015-01-12', 'Kvartalsrapport', 'Kvartalsrapport inkommen från Solvik, se separat dokument.', 'UH'),
            ('2015-01-20', 'Avstämningsmöte', 'Möte på Solvik med Petra och behandlare Anna K. Petra mår bra, alla prover negativa. '
             'Vi går igenom vårdplanen: målen uppnådda hittills. Beslutas att utslussning planeras från mars.', 'UH'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Utredarens värdering states needs and why Solvik meets them.',
                           ['Petra har ett omfattande och långvarigt blandmissbruk', 'Solviks behandlingshem erbjuder tolvstegsbehandling']),
        planning=C('ja', 'Vårdplan with dated goals, activity, responsible and time.', ['Drogfri under hela']),
        follow_up=C('ja', 'Kvartalsrapport 2015-01-12 and avstämningsmöte 2015-01-20 with outcomes.',
                    ['Petra har genomfört steg 1–4', 'Vi går igenom vårdplanen']),
        assignment_description=C('delvis', 'Written assignment lacks what the provider reports back at the end (e).',
                                 ['Uppdraget omfattar', 'Kontaktuppgifter handläggare', 'Bilaga 1: Beställning',
                                  'Uppdrag lämnades till föreståndaren'],
                                 elements_present=list('abcdfg'), elements_missing=['e']),
    )
    post = [('unite', 'akt_komplett.pdf', ['utredning.pdf', 'beslut.pdf', 'vardplan.pdf', 'uppdrag.pdf',
                                            'kvartalsrapport.pdf', 'journal.pdf'],
             ['utredning.pdf', 'beslut.pdf', 'vardplan.pdf', 'uppdrag.pdf', 'kvartalsrapport.pdf', 'journal.pdf'])]
    return dict(id='molndal_SN-2014-0877', c=c, scenario='', docs=docs, crit=crit, post=post)


def case03():
    c = dict(kommun='Mölndal', dnr='IFO 2015/0233', namn='Mikael Forsberg', pnr='19000921-5117',
             handl='Sanna Rydberg', titel='Socialsekreterare', utf='Öppenvårdsmottagningen Vägen, Mölndal')
    H = 'chromium'
    docs = [
        doc(c, 'anmalan.pdf', 'aktualisering', H, [
            ('title', 'Anmälan/Information från hälso- och sjukvården'),
            ('kv', [('Från', 'Mölndals sjukhus, akutmottagningen, kurator Eva Brink'), ('Inkom', '2015-03-02'),
                    ('Avser', 'Mikael Forsberg, 19000921-5117')]),
            ('p', 'Mikael inkom 2015-02-28 berusad (2,1 promille) efter fall i trappa. Det är tredje besöket sedan december. '
                  'Han samtycker till att socialtjänsten kontaktar honom.')]),
        doc(c, 'utredning.pdf', 'utredning', H, utredning(c, '2015-04-14',
            ['Mikael har haft två fallolyckor i berusat tillstånd. Han har högt blodtryck och tar inte sin medicin regelbundet.',
             'Han är förtidspensionär sedan 2009. Dagarna saknar struktur. Han har slutat gå till sin bridgeklubb.',
             'Bor i bostadsrätt i Kållered. Syster i Göteborg är engagerad och orolig.'],
            'Mikael säger att han "kanske dricker lite för mycket" men inte vill åka på behandlingshem. Han kan tänka sig samtal.',
            ['Samtal 2015-03-10, 2015-03-24, 2015-04-07', 'AUDIT 24 p', 'Samtal med systern (samtycke) 2015-03-26'],
            'Förslag till beslut med motivering',
            'Mikaels alkoholkonsumtion har lett till upprepade olyckor och bristande egenvård, och han har blivit alltmer isolerad. '
            'Han är i nuläget ambivalent men accepterar samtal. Förslaget är att bevilja öppenvård i form av motiverande samtal '
            'och återfallsprevention på Vägen, då det kan stärka hans motivation, minska konsumtionen och ge dagarna struktur, '
            'utan att han behöver lämna hemmet, vilket han själv inte vill.',
            'Anmälan från Mölndals sjukhus 2015-03-02. Förhandsbedömning 2015-03-04: utredning inleds.')),
        doc(c, 'beslut.pdf', 'beslut', H, delegationsbeslut(c, '2015-04-16',
            [['V-ÖV1', 'Öppenvård missbruk (MI/ÅP)', 'SoL 4 kap. 1 §', '2015-04-20', '2015-10-19', 'Vägen', 'Bifall']],
            'Se förslag till beslut med motivering i utredningen.')),
        doc(c, 'journal.pdf', 'journalanteckningar', H, journal(c, [
            ('2015-03-10', 'Besök', 'Kl. på besök. Ambivalent. Planerat hembesök 2015-03-24 tillsammans med systern.', 'SR'),
            ('2015-03-24', 'Hembesök', 'Hembesök enl. plan. Ordnat hem. Kl. berättar om ensamheten efter pensioneringen.', 'SR'),
            ('2015-04-16', 'Beslut', 'Beslut om öppenvård på Vägen. Kl meddelad per brev och tfn.', 'SR'),
            ('2015-04-17', 'Tfn', 'Kl ringer. Har ångrat sig, vill inte gå till Vägen. "Jag klarar det här själv." Erbjuden betänketid '
             'över helgen.', 'SR'),
            ('2015-04-21', 'Tfn', 'Kl. står fast vid att han tackar nej till öppenvården. Han har inte träffat någon på Vägen. '
             'Beställning till Vägen skickas därför inte. Info om att han kan höra av sig igen.', 'SR'),
            ('2015-04-22', 'Avslut', 'Ärendet avslutas på kl:s egen begäran innan insatsen påbörjats.', 'SR'),
        ])),
    ]
    crit = dict(
        needs_assessment=C('ja', 'Förslag till beslut med motivering describes needs (accidents, self-care, isolation) and why ÖV fits.',
                           ['Mikaels alkoholkonsumtion har lett till upprepade']),
        planning=C('ej_tillämpligt', 'Person declined the outpatient treatment before it started (journal 2015-04-21).'),
        follow_up=C('ej_tillämpligt', 'Person declined before start; intervention never began.'),
        assignment_description=C('nej', 'No assignment was written; journal says the order to Vägen was not sent.',
                                 elements_present=[], elements_missing=ALL),
    )
    return dict(id='molndal_IFO-2015-0233', c=c, scenario='declined', docs=docs, crit=crit)
