# -*- coding: utf-8 -*-
from framework import Case, journal_text, journal_blocks, journal_troff, wrap
from common import OFFICERS, OFFICES, hl, head_kv, officer_sig, overklagande
import render as R

K = 'Trelleborg'
HL = 'Trelleborgs kommun – Socialförvaltningen – Vuxen Beroende'


def foot(d='2015-09-30'):
    return 'Utskrift %s  |  Sekretess enligt 26 kap. 1 § OSL' % d


# =====================================================================================
def case5():
    """Tomas Håkansson. HVB Ljungbacka. All documented; assignment as e-mail."""
    C = Case(K, '2015-000318')
    who, pnr, dnr = 'Tomas Håkansson', '19020114-7712', '2015-000318'
    utr = [
        ('h1', 'Utredning – Vuxen'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'MJ', 'Utredningstid', '2015-01-20 – 2015-03-11'),
        ('h2', 'Aktualisering'),
        ('p', 'Tomas vårdades i december 2014 på psykiatrisk klinik efter en amfetaminutlöst psykos. Vid '
              'utskrivningen 2015-01-16 hölls ett samordnat möte (SIP) där Tomas, psykiatrin och socialtjänsten '
              'deltog. Tomas ansökte vid mötet om behandling på behandlingshem.'),
        ('h2', 'Underlag'),
        ('p', 'Samtal med Tomas 2015-01-22, 2015-02-03 och 2015-02-24, ASI-grundintervju 2015-02-03, DUDIT och '
              'AUDIT 2015-01-22, epikris från psykiatrin, samtal med modern och med frivården (avslutad '
              'övervakning 2014).'),
        ('h2', 'Boende'),
        ('p', 'Tomas har inget eget kontrakt. Sedan utskrivningen bor han tillfälligt hos sin mor i Anderslöv. '
              'Tidigare bodde han hos en kompis i Trelleborg där det förekom droger.'),
        ('p', '**Bedömning:** Boendesituationen är ohållbar på sikt. Tomas kan bo kvar hos modern fram till en '
              'placering men behöver ett eget, drogfritt boende efter behandlingen. Boendefrågan ska planeras under '
              'utslussningen.'),
        ('h2', 'Försörjning'),
        ('p', 'Försörjningsstöd sedan 2014-06. Skulder till Kronofogden ca 120 000 kr (bötesbelopp, vård- och '
              'tandvårdsräkningar).'),
        ('p', '**Bedömning:** Försörjningen är ordnad genom försörjningsstöd. Skuldsituationen behöver kartläggas '
              'men är inte akut.'),
        ('h2', 'Hälsa'),
        ('p', 'Amfetaminutlöst psykos december 2014. Enligt epikrisen har Tomas inte någon annan psykiatrisk '
              'diagnos, men ADHD har misstänkts. Han medicineras med Olanzapin som ska trappas ut under '
              'våren enligt psykiatrin. Dålig tandstatus.'),
        ('p', '**Bedömning:** Tomas psykiska hälsa är skör och risken för ny psykos är stor vid fortsatt '
              'amfetaminbruk. Han behöver fortsatt kontakt med psykiatrin under behandlingen och en '
              'ADHD-utredning när han varit drogfri en tid.'),
        ('h2', 'Missbruk'),
        ('p', 'Tomas debuterade med cannabis vid 15 års ålder och har sedan 20 års ålder använt amfetamin, '
              'periodvis dagligen och intravenöst. Alkohol i samband med amfetamin. DUDIT 38 p, AUDIT 14 p. '
              'Två tidigare behandlingsförsök (öppenvård 2012, avbrott; HVB 2013, avbrott efter tre veckor).'),
        ('p', '**Bedömning:** Missbruket är allvarligt och långvarigt, med injektionsbruk och psykos som följd. '
              'Tomas har inte klarat öppenvård. Han har nu en tydligare motivation än tidigare och är beredd att '
              'stanna en längre tid.'),
        ('h2', 'Relationer'),
        ('p', 'Modern är ett stöd men orolig och trött. Fadern avliden. En äldre bror har avbrutit kontakten. '
              'Tomas umgänge i Trelleborg består av personer som använder droger.'),
        ('p', '**Bedömning:** Tomas saknar ett drogfritt socialt nätverk. Modern behöver avlastning och kan '
              'erbjudas anhörigstöd.'),
        ('h2', 'Sysselsättning'),
        ('p', 'Ingen sysselsättning sedan 2013. Tomas har gått fordonsprogrammet på gymnasiet men har ofullständiga '
              'betyg.'),
        ('p', '**Bedömning:** Sysselsättning blir aktuellt under utslussningen.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Tomas har ett allvarligt och långvarigt amfetaminberoende med injektionsbruk, har nyligen vårdats '
              'för en drogutlöst psykos och saknar både bostad och drogfritt nätverk. Två tidigare försök har '
              'avbrutits. Han har behov av en längre behandling i en drogfri miljö med tät struktur, där hans '
              'psykiska hälsa följs i samarbete med psykiatrin och där utslussningen kan förbereda boende och '
              'sysselsättning. Ljungbacka behandlingshem har erfarenhet av unga vuxna med amfetaminberoende och '
              'samsjuklighet, samarbetar med psykiatrin i Skåne och har träningslägenheter för utslussning. '
              'Socialtjänsten bedömer att en placering på Ljungbacka under sex månader tillgodoser Tomas behov '
              'och ger honom förutsättningar att bli drogfri och etablera ett eget boende.'),
        ('h2', 'Tomas inställning'),
        ('p', 'Tomas har tagit del av utredningen och instämmer i bedömningen. Han vill till Ljungbacka.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Ljungbacka behandlingshem enligt 4 kap. 1 § SoL fr.o.m. 2015-03-30 '
              't.o.m. 2015-09-30.'),
        officer_sig('MJ', 'Trelleborg', '2015-03-11'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=HL)
    C.ev('needs_assessment', 'utredning.pdf', 'Boendesituationen är ohållbar på sikt', 'Försörjningen är ordnad genom',
         'Tomas psykiska hälsa är skör', 'Missbruket är allvarligt och långvarigt', 'Tomas saknar ett drogfritt socialt',
         'Tomas har ett allvarligt och långvarigt amfetaminberoende', 'Socialtjänsten bedömer att en placering på Ljungbacka')

    bes = [
        ('h1', 'BESLUT'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'MJ', 'Beslutsdatum', '2015-03-13'),
        ('h2', 'Ärende'),
        ('p', 'Ansökan om behandling på behandlingshem, inkommen 2015-01-16.'),
        ('h2', 'Beslut'),
        ('p', 'Bifall. Institutionsvård vid Ljungbacka behandlingshem fr.o.m. 2015-03-30 t.o.m. 2015-09-30. '
              'Lagrum: 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Tomas har ett allvarligt amfetaminberoende med injektionsbruk och har nyligen vårdats för en '
              'drogutlöst psykos. Han saknar bostad och drogfritt nätverk och har inte klarat öppenvård. Genom '
              'en längre behandling i drogfri miljö med psykiatrisk samverkan och utslussning får Tomas sina '
              'behov tillgodosedda och uppnår en skälig levnadsnivå.'),
        ('sp',),
        ('sig', ['Birgitta Holmqvist', 'Sektionschef Vuxen, enligt delegation']),
        ('sp',),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Dnr ' + dnr, footer_left=foot(),
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Tomas har ett allvarligt amfetaminberoende med injektionsbruk')

    n, t, tel, mail = OFFICERS['MJ']
    mh = R.email_html('Maria Jeppsson', [
        ('Från:', 'Jeppsson Maria <%s>' % mail),
        ('Skickat:', 'den 23 mars 2015 14:07'),
        ('Till:', 'Ljungbacka intag <intag@ljungbacka-hvb.se>'),
        ('Kopia:', 'Göran Nyström <goran.nystrom@ljungbacka-hvb.se>'),
        ('Ämne:', 'Uppdragsbeskrivning – T.H. placering fr.o.m. 2015-03-30 (Dnr 2015-000318)'),
    ], [
        'Hej Pia och Göran,',
        'Här kommer uppdragsbeskrivningen inför Tomas Håkanssons (19020114-7712) inskrivning måndag 30/3. '
        'Utredning och beslut finns som bilagor.',
        '**1. Socialnämndens bedömning av Tomas behov**\nTomas har ett långvarigt amfetaminberoende med '
        'injektionsbruk och vårdades i december för en drogutlöst psykos. Han saknar bostad och drogfritt '
        'nätverk och har avbrutit två tidigare behandlingar. Han behöver en längre behandling i drogfri miljö, '
        'fortsatt psykiatrisk kontakt och en utslussning som förbereder boende och sysselsättning.',
        '**2. Uppdraget**\nBehandling enligt er modell för unga vuxna (KBT/ÅP i grupp och enskilt), '
        'drogkontroller, samverkan med psykiatrin kring Olanzapin-utsättningen och en eventuell ADHD-utredning, '
        'anhörigsamtal med modern samt utslussning via träningslägenhet de sista två månaderna.',
        '**3. Mål**\n– Tomas är drogfri under placeringen (negativa urinprov).\n– Tomas har ingen återkomst av '
        'psykotiska symtom och har en fungerande kontakt med psykiatrin.\n– Tomas har ett eget boende eller '
        'en beviljad bostad med stöd klar vid utskrivning.\n– Tomas har en planerad sysselsättning efter '
        'utskrivning.',
        '**4. Uppföljning**\nVårdplan upprättas på Ljungbacka inom två veckor från inskrivning. Ni skickar en '
        'genomförandeplan inom tre veckor. Jag stämmer av med er per telefon varannan månad och vi har '
        'utvärderingsmöte (trepartssamtal) efter ca tre månader samt inför utskrivning.',
        '**5. Återrapportering**\nVid avslut, planerat eller avbrott, vill jag ha en skriftlig slutrapport inom '
        'två veckor: måluppfyllelse, provresultat, psykiskt mående och medicinering, kontakter med psykiatrin '
        'och er rekommendation för eftervård. Avvikelser/avbrott meddelas omgående per telefon.',
        'Ring gärna om något är oklart.',
    ], ['Med vänliga hälsningar', 'Maria Jeppsson', 'Socialsekreterare, Vuxen Beroende',
        'Socialförvaltningen, Trelleborgs kommun', 'Direkt: %s  Växel: 0410-73 30 00' % tel, mail],
        attachments=['Utredning 2015-000318.pdf', 'Beslut 2015-000318.pdf'])
    C.chrome('uppdrag_mejl.pdf', 'uppdragsbeskrivning (e-post)', mh)
    C.ev('needs_assessment', 'uppdrag_mejl.pdf', 'Socialnämndens bedömning av Tomas behov')
    C.ev('assignment_description', 'uppdrag_mejl.pdf', 'den 23 mars 2015 14:07', '2. Uppdraget', '3. Mål',
         '4. Uppföljning', '5. Återrapportering', 'Direkt: 0410-73 32 15')

    vp = [
        ('h1', 'Vårdplan'),
        ('p', '**%s, %s**   Dnr %s   Insats: institutionsvård Ljungbacka 2015-03-30 – 2015-09-30   '
              'Upprättad 2015-04-08 på Ljungbacka av Tomas, Maria Jeppsson (socialsekreterare) och Jonny Åberg '
              '(kontaktperson Ljungbacka)' % (who, pnr, dnr)),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Tomas är drogfri under hela placeringen', 'Behandlingsprogram, urinprov 2 ggr/vecka (övervakade)',
             'Tomas; Ljungbacka (Jonny Åberg)', 'Löpande 2015-03-30 – 2015-09-30; resultat redovisas vid '
                                                'varje uppföljning'],
            ['Tomas psykiska hälsa är stabil, Olanzapin utsatt under kontroll',
             'Läkarkontakt via psykiatrin Trelleborg, nedtrappning enligt läkare', 'Psykiatrin; Ljungbacka '
                                                                                    'följer med', 'Läkarbesök '
                                                                                                  '2015-04-22; '
                                                                                                  'utsatt '
                                                                                                  'senast '
                                                                                                  '2015-06-30'],
            ['ADHD-frågan är utredd', 'Remiss till psykiatrin efter minst tre månaders drogfrihet',
             'Ljungbacka skriver remissunderlag; Maria J. samordnar', 'Remiss senast 2015-07-15'],
            ['Tomas har kontroll över sina skulder', 'Sammanställning av skulder, kontakt med Kronofogden',
             'Tomas med stöd av Jonny Å.', 'Klart 2015-06-30'],
            ['Tomas har eget boende eller beviljad bostad med stöd vid utskrivning',
             'Ansökan om försökslägenhet; träningslägenhet på Ljungbacka', 'Maria Jeppsson; Tomas',
             'Ansökan 2015-06-01; träningslägenhet fr.o.m. 2015-08-01'],
            ['Tomas har en sysselsättning planerad', 'Kontakt med Arbetsförmedlingen/Jobbcenter',
             'Tomas; Maria Jeppsson', 'Möte senast 2015-09-01'],
        ], [5, 5.5, 4, 4.2]),
        ('p', '**Uppföljning:** avstämning per telefon i maj, utvärderingsmöte på Ljungbacka 2015-07-01, '
              'slutmöte inför utskrivning i september.'),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=HL, header_right='Vårdplan  Dnr ' + dnr,
         footer_left=foot(), pn_format='Sida {P}')
    C.ev('planning', 'vardplan.pdf', 'Tomas är drogfri under hela placeringen')

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', 'Ljungbacka behandlingshem  |  Boende: Tomas Håkansson  |  Kontaktperson: Jonny Åberg  |  '
              'Datum: 2015-04-20  |  Nästa revidering: 2015-07-01'),
        ('table', ['Delmål', 'Vad gör vi', 'Vem', 'När'], [
            ['Drogfrihet', 'Gruppbehandling mån–fre 9–12 (KBT/ÅP), övervakade urinprov tis och fre',
             'Tomas, behandlingsteamet', 'Fr.o.m. 2015-04-20, löpande'],
            ['Psykisk hälsa', 'Följa med till läkarbesök, dagliga avstämningar om sömn och mående',
             'Jonny Åberg', 'Läkarbesök 2015-04-22, därefter enligt läkare'],
            ['Ekonomi', 'Gå igenom brev från Kronofogden, göra skuldsammanställning',
             'Tomas, Jonny Åberg', 'Torsdagar, klart 2015-06-30'],
            ['Relation till modern', 'Anhörigsamtal', 'Behandlare Sofie Kjellberg', '2015-05-07, 2015-06-11'],
            ['Vardagsfärdigheter', 'Matlagning, tvätt, ekonomi i träningslägenhet', 'Tomas, personal',
             'Fr.o.m. 2015-08-01'],
        ], [3, 7, 4, 4]),
        ('p', 'Tomas har varit delaktig och godkänt planen.'),
        ('sig', ['Tomas Håkansson                              Jonny Åberg, kontaktperson']),
    ]
    C.docx('genomforandeplan.pdf', 'genomförandeplan', gfp, layout='landscape',
           header_left='Ljungbacka behandlingshem', header_right='Genomförandeplan', footer_left='')
    C.ev('planning', 'genomforandeplan.pdf', 'Gruppbehandling mån–fre 9–12')

    J = [
        ('2015-01-16', '13:00', 'SIP-möte psykiatrin', 'Maria Jeppsson',
         'SIP på psykiatriska kliniken inför utskrivning. Tomas ansöker om behandlingshem. Utredning inleds.'),
        ('2015-01-22', '10:00', 'Besök', 'Maria Jeppsson', 'Samtal, DUDIT 38, AUDIT 14. Samtycken.'),
        ('2015-02-03', '10:00', 'Besök', 'Maria Jeppsson', 'ASI-intervju.'),
        ('2015-03-11', '', 'Utredning', 'Maria Jeppsson', 'Utredning klar, förslag Ljungbacka.'),
        ('2015-03-13', '', 'Beslut', 'Birgitta Holmqvist', 'Institutionsvård Ljungbacka beviljad.'),
        ('2015-03-23', '', 'Uppdrag', 'Maria Jeppsson',
         'Uppdragsbeskrivning mejlad till Ljungbacka (intag + föreståndare), se utskrift.'),
        ('2015-03-30', '', 'Inskrivning', 'Maria Jeppsson', 'Tomas inskriven på Ljungbacka, skjuts av modern.'),
        ('2015-04-08', '', 'Vårdplanering', 'Maria Jeppsson', 'Vårdplan upprättad på Ljungbacka.'),
        ('2015-04-24', '', 'Inkommande', 'Maria Jeppsson', 'GFP från Ljungbacka inkommen per post.'),
        ('2015-05-12', '', 'Avstämning telefon', 'Maria Jeppsson',
         'Avstämning med Jonny Åberg. Tomas har lämnat negativa prover sedan inskrivningen, deltar i gruppen. '
         'Olanzapin halverad, inga psykotiska symtom. Ett bråk med annan boende i april som reddes ut. '
         'Skuldsammanställningen påbörjad. Planen följs.'),
        ('2015-07-01', '13:30', 'Utvärderingsmöte', 'Maria Jeppsson',
         'Trepartssamtal på Ljungbacka: Tomas, Jonny Åberg och handl. Tomas har varit drogfri i tre månader, '
         'samtliga prover negativa. Olanzapin utsatt 2015-06-15 utan besvär. Remiss för ADHD-utredning skickas '
         'av Ljungbacka denna vecka. Skulderna sammanställda (ca 118 000 kr), ansökan om skuldsanering är för '
         'tidig. Ansökan om försökslägenhet inskickad 2015-06-01. Tomas trivs och vill fullfölja. Beslut: '
         'träningslägenhet fr.o.m. 1/8, slutmöte bokas i september.'),
        ('2015-08-03', '', 'Telefon', 'Maria Jeppsson', 'Tomas flyttade in i träningslägenheten i helgen.'),
        ('2015-09-16', '', 'Bostad', 'Maria Jeppsson', 'Besked: Tomas erbjuds försökslägenhet med inflyttning 1 oktober.'),
    ]
    jb = [('h1', 'Journal'), head_kv(who, pnr, 'Dnr ' + dnr, 'MJ', '', '')] + journal_blocks(J, style='plain')
    C.rl('journal.pdf', 'journalanteckningar', jb, header_left=HL, header_right='Journal  Dnr ' + dnr,
         footer_left=foot(), pn_format='Sida {P}')
    C.ev('follow_up', 'journal.pdf', 'Avstämning med Jonny Åberg', 'Trepartssamtal på Ljungbacka')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning mejlad till Ljungbacka')

    C.label('needs_assessment', 'ja', 'Bedömning under varje livsområde och "Sammanfattande bedömning" om behoven '
            'och varför Ljungbacka; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan (liggande tabell) och genomförandeplan med mål, aktivitet, ansvarig och '
            'datum.')
    C.label('follow_up', 'ja', 'Avstämning 2015-05-12 och utvärderingsmöte 2015-07-01 med utfall i journalen.')
    C.label('assignment_description', 'ja', 'Uppdragsbeskrivning som e-post 2015-03-23 med alla delar a–f, '
            'skickat-datum i e-posten och i journalen.', present='abcdefg')
    return C


# =====================================================================================
def case6():
    """Ronny Åkesson. Öppenvård Spiran. Empty assessment heading, doctor's assessment quoted (and a
    scanned läkarintyg); good GFP; follow-up noted without outcome; assignment given orally."""
    C = Case(K, '2014-001942')
    who, pnr, dnr = 'Ronny Åkesson', '19000502-1175', '2014-001942'
    utr = [
        ('h1', 'Utredning – Vuxen'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'ES', 'Utredningstid', '2014-11-25 – 2014-12-15'),
        ('h2', 'Aktualisering'),
        ('p', 'Ronny ansökte 2014-11-24 om stöd för att sluta dricka. Han hade blivit rekommenderad att kontakta '
              'socialtjänsten av sin läkare på vårdcentralen.'),
        ('h2', 'Boende'),
        ('p', 'Ronny bor i hyresrätt i centrala Trelleborg sedan 2006. Inga störningsanmälningar enligt '
              'hyresvärden.'),
        ('h2', 'Försörjning'),
        ('p', 'Ronny har sjukersättning från Försäkringskassan och bostadstillägg. Inga '
              'kända skulder.'),
        ('h2', 'Hälsa'),
        ('p', 'Ronny har ryggvärk efter en arbetsskada 2008 och har fått Sobril förskrivet vid abstinens. Av '
              'läkarintyg från Vårdcentralen Söderslätt 2014-12-02 framgår läkarens bedömning att Ronny har ett '
              'alkoholberoende och att strukturerad öppenvård rekommenderas. Intyget finns i akten.'),
        ('h2', 'Missbruk'),
        ('p', 'Ronny dricker starköl och vin dagligen, enligt egen uppgift "en sexpack och en box i veckan". '
              'AUDIT 2014-11-27: 27 poäng. Ingen tidigare behandling.'),
        ('h2', 'Relationer'),
        ('p', 'Ensamstående. Har en dotter i Malmö som han träffar ibland. Umgås med grannar.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', ''),
        ('sp',),
        officer_sig('ES', 'Trelleborg', '2014-12-15'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right='Dnr ' + dnr, footer_left=foot('2015-09-30'),
           pn_format='Sida {P} ({N})')

    li = [
        ('p', '**Vårdcentralen Söderslätt**\nStortorget 3, 231 xx Trelleborg  ·  Tel 0410-55 xx xx'),
        ('h1', 'LÄKARINTYG'),
        ('kv', [('Patient', '%s  %s' % (who, pnr)), ('Intyget avser', 'Underlag till socialtjänsten på '
                                                                     'patientens begäran'),
                ('Undersökning', '2014-12-02')]),
        ('h3', 'Anamnes'),
        ('p', 'Känd sedan 2009 för ländryggsbesvär. Tilltagande alkoholkonsumtion senaste två åren. Abstinens '
              'vid försök att sluta, senast i oktober då Sobril förskrevs i fem dagar.'),
        ('h3', 'Status'),
        ('p', 'Gott och opåverkat. Lätt tremor. BT 150/95. Lever: ej förstorad.'),
        ('h3', 'Lab'),
        ('p', 'PEth 1,4 µmol/l. GT 2,1. CDT 2,3 %. Övriga prover ua.'),
        ('h3', 'Bedömning'),
        ('p', 'Alkoholberoende (F10.2). Patienten är motiverad till förändring. Strukturerad öppenvård med '
              'återfallsprevention rekommenderas. Ny provtagning om tre månader.'),
        ('sp',),
        ('p', 'Trelleborg 2014-12-02'),
        ('p', 'Anna Westberg\nLeg. läkare, specialist i allmänmedicin'),
    ]
    C.docx('lakarintyg_src.pdf', 'läkarintyg', li, header_left='', footer_left='', page_numbers=False,
           font='Liberation Serif', keep=False)
    C.scan('lakarintyg_skannad.pdf', 'läkarintyg (inskannat)', 'lakarintyg_src.pdf')

    bes = [
        ('h1', 'Beslut'),
        ('kv', [('Namn', '%s  %s' % (who, pnr)), ('Dnr', dnr), ('Beslutsdatum', '2014-12-16'),
                ('Ansökan', '2014-11-24')]),
        ('p', '**Beslut:** Bifall'),
        ('p', '**Insats:** Öppenvård – Öppenvården Spiran (ÅP-grupp och enskilda samtal)'),
        ('p', '**Period:** 2015-01-12 – 2015-06-30'),
        ('p', '**Lagrum:** 4 kap. 1 § SoL'),
        ('sp',),
        ('sig', ['Erik Sandell', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Dnr ' + dnr, footer_left=foot(),
         pn_format='Sida {P}')

    gfp = [
        ('h1', 'Genomförandeplan – Öppenvården Spiran'),
        ('p', '**Deltagare:** Ronny Åkesson   **Behandlare:** Susanne Lindh   **Upprättad:** 2015-01-20   '
              '**Gäller:** 2015-01-12 – 2015-06-30   **Beställare:** Vuxen Beroende, Erik Sandell'),
        ('table', ['Mål', 'Insats / aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Ronny är helt alkoholfri under behandlingsperioden (PEth under 0,05 vid provtagning i april)',
             'ÅP-grupp onsdagar 13–15 (10 ggr); enskilda samtal varannan vecka; blåsprov vid varje besök',
             'Ronny; Susanne Lindh', 'Grupp 2015-01-21 – 2015-03-25; samtal t.o.m. 2015-06-30; PEth '
                                     'vecka 16'],
            ['Ronny har en strategi för kvällarna då suget är störst', 'Veckoschema med kvällsaktiviteter, '
                                                                        'kontakt med Länkarna', 'Ronny; Susanne '
                                                                                                'Lindh',
             'Schema klart 2015-02-04, första Länkarna-träff senast 2015-02-28'],
            ['Ronnys ryggvärk hanteras utan alkohol och lugnande', 'Ronny bokar tid hos sjukgymnast via '
                                                                   'vårdcentralen', 'Ronny',
             'Tid bokad senast 2015-02-15'],
            ['Kontakten med dottern har ökat', 'Samtal om relationer; dottern bjuds in till ett samtal',
             'Susanne Lindh', 'Samtal med dottern under mars 2015'],
        ], [5.2, 5.4, 3.2, 4]),
        ('p', 'Planen följs upp vid uppföljningsmöte med socialsekreteraren i mars och vid avslut i juni.'),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan', gfp, layout='landscape',
         header_left='Trelleborgs kommun – Öppenvården Spiran', header_right='Genomförandeplan',
         footer_left='Spiran, Öppenvård för vuxna', pn_format='{P}')
    C.ev('planning', 'genomforandeplan.pdf', 'Ronny är helt alkoholfri under behandlingsperioden')

    J = [
        ('2014-11-24', '14:10', 'Telefon', 'ES', 'Kl. ringer, vill ha hjälp att sluta dricka. Läkaren på '
                                                 'VC har sagt åt honom att ringa. Tid 27/11.'),
        ('2014-11-27', '09:00', 'Besök', 'ES', 'Besök kl. AUDIT 27p. Ansökan om öppenvård. Samtycke VC. '
                                               'Läkarintyg begärs.'),
        ('2014-12-04', '', 'Post', 'ES', 'Läkarintyg från VC Söderslätt inkommet, skannat.'),
        ('2014-12-15', '', 'Utredning', 'ES', 'Utredning klar.'),
        ('2014-12-16', '', 'Beslut', 'ES', 'Bifall öppenvård Spiran 2015-01-12 - 2015-06-30.'),
        ('2014-12-18', '10:30', 'Telefon', 'ES', 'Handl. har ringt Spiran och pratat m Susanne Lindh. '
                                                 'Uppdraget lämnat muntligt, ÅP-grupp + enskilda samtal. '
                                                 'Skriftlig uppdragsbeskrivning skickas senare. Start 12/1.'),
        ('2015-01-12', '', 'Notering', 'ES', 'Kl. har börjat på Spiran.'),
        ('2015-01-26', '', 'Post', 'ES', 'GFP från Spiran inkommen.'),
        ('2015-02-23', '', 'Telefon', 'ES', 'Kl. ringer angående bostadstillägget, hänvisas till FK.'),
        ('2015-03-11', '13:00', 'Uppföljning', 'ES', 'Uppf. genomförd på Spiran tillsamans med kl. och '
                                                      'behandlare Susanne L.'),
        ('2015-04-20', '', 'Notering', 'ES', 'Handl. föräldraledig fr.o.m. 2015-04-27. Ärendet bevakas av '
                                             'Lina Öhrn.'),
        ('2015-07-02', '', 'Brev', 'LÖ', 'Brev till kl. med erbjudande om tid för samtal ang. ev. fortsatt '
                                         'insats efter 2015-06-30.'),
    ]
    txt = journal_text(['TRELLEBORGS KOMMUN - SOCIALFÖRVALTNINGEN - VUXEN BEROENDE',
                        'Journal för %s (%s)   Dnr %s' % (who, pnr, dnr),
                        'Handläggare: ES = Erik Sandell, LÖ = Lina Öhrn', ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Trelleborgs kommun|Journal|Sida $% av $=')
    C.ev('follow_up', 'journal.pdf', 'Uppf. genomförd på Spiran')

    C.label('needs_assessment', 'nej', 'Rubriken "Sammanfattande bedömning" är tom; livsområdena är bara '
            'beskrivningar; den enda bedömningen är läkarens (citerad och i inskannat läkarintyg); beslutet '
            'saknar skäl.')
    C.label('planning', 'ja', 'Spirans genomförandeplan har mätbara mål, insatser, ansvarig och datum.')
    C.label('follow_up', 'delvis', 'Journalen 2015-03-11 noterar att uppföljning genomförts men utan något '
            'utfall.')
    C.label('assignment_description', 'nej', 'Uppdraget lämnades muntligt per telefon 2014-12-18; den '
            'utlovade skriftliga uppdragsbeskrivningen finns inte.', present='')
    return C


# =====================================================================================
def case7():
    """Jessica Malm. HVB Solgläntan, started 2015-09-14: first follow-up after the review date."""
    C = Case(K, '2015-000577', scenario='recent')
    who, pnr, dnr = 'Jessica Malm', '19020828-4020', '2015-000577'
    utr = [
        ('h1', 'Utredning – Vuxen'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'LÖ', 'Utredningstid', '2015-07-07 – 2015-08-25'),
        ('h2', 'Aktualisering'),
        ('p', 'Jessica ansökte 2015-07-06 om behandlingshem. Hon hade då just avslutat en abstinensbehandling '
              'på beroendeavdelningen i Malmö.'),
        ('h2', 'Boende'),
        ('p', 'Jessica bor i hyreslägenhet i Trelleborg. Hon har fått en varning från hyresvärden efter klagomål '
              'på störningar.'),
        ('p', '**Handläggarens kommentar:** Lägenheten riskerar att sägas upp om störningarna fortsätter. Under en '
              'placering behöver hyran säkras och hyresvärden informeras, med Jessicas samtycke.'),
        ('h2', 'Försörjning'),
        ('p', 'Sjukpenning. Hyresskuld på en månad som hon själv betalar av.'),
        ('p', '**Handläggarens kommentar:** Försörjningen är ordnad.'),
        ('h2', 'Hälsa'),
        ('p', 'Jessica har långvarig smärtproblematik efter en trafikolycka och har förskrivits tramadol som hon '
              'sedan använt i högre doser än förskrivet. Hon beskriver nedstämdhet och panikångest.'),
        ('p', '**Handläggarens kommentar:** Smärtan, tramadolberoendet och alkoholen förstärker varandra. '
              'Jessica behöver läkarledd nedtrappning och en annan smärtlindring, samt bedömning av ångesten.'),
        ('h2', 'Missbruk'),
        ('p', 'Alkohol dagligen sedan cirka två år, AUDIT 29 poäng. Tramadol utöver förskrivning. Tre '
              'abstinensbehandlingar det senaste året. Har gått i öppenvård (Beroendeteamet) våren 2015 men '
              'återföll efter några veckor.'),
        ('p', '**Handläggarens kommentar:** Beroendet är svårt och öppenvården har inte räckt. Jessica har nu '
              'själv insett att hon inte klarar det hemma.'),
        ('h2', 'Relationer'),
        ('p', 'Två barn, 9 och 12 år, som bor hos pappan sedan våren. Umgänge varannan helg har upphört. Jessica '
              'har en väninna som stöttar.'),
        ('p', '**Handläggarens kommentar:** Jessica vill återuppta umgänget med barnen. Det förutsätter att hon '
              'är nykter och stabil, vilket ger henne en stark drivkraft.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Jessica har ett svårt beroende av alkohol och tramadol, kopplat till smärta och ångest. '
              'Upprepade abstinensbehandlingar och öppenvård har inte lett till varaktig förändring. Hon har '
              'behov av behandling i en skyddad miljö där nedtrappningen av tramadol sker under läkarkontroll, '
              'där smärtan och ångesten kan behandlas parallellt med beroendet och där hon kan arbeta med sin '
              'föräldraroll. Solgläntan är ett HVB för kvinnor med beroende och samsjuklighet, med läkare och '
              'sjuksköterska i verksamheten och ett program för mammor. Socialtjänsten bedömer att placering på '
              'Solgläntan i sex månader svarar mot Jessicas behov.'),
        ('h2', 'Förslag'),
        ('p', 'Institutionsvård vid Solgläntan HVB, 4 kap. 1 § SoL, fr.o.m. 2015-09-14 i sex månader.'),
        officer_sig('LÖ', 'Trelleborg', '2015-08-25'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=HL)
    C.ev('needs_assessment', 'utredning.pdf', 'Lägenheten riskerar att sägas upp', 'Smärtan, tramadolberoendet',
         'Beroendet är svårt och öppenvården', 'Jessica vill återuppta umgänget',
         'Jessica har ett svårt beroende av alkohol och tramadol', 'Socialtjänsten bedömer att placering på Solgläntan')

    bes = [
        ('h1', 'BESLUT'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'LÖ', 'Beslutsdatum', '2015-08-28'),
        ('h2', 'Beslut'),
        ('p', 'Bifall. Institutionsvård vid Solgläntan HVB fr.o.m. 2015-09-14 i sex månader. Lagrum 4 kap. 1 § '
              'SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Jessica har ett svårt beroende av alkohol och tramadol och har inte kunnat bryta det med '
              'abstinensbehandling och öppenvård. Hon behöver läkarledd nedtrappning och behandling av smärta och '
              'ångest i en skyddad miljö. Solgläntan kan erbjuda detta.'),
        ('sig', ['Birgitta Holmqvist', 'Sektionschef Vuxen']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Dnr ' + dnr, footer_left=foot(),
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Jessica har ett svårt beroende av alkohol och tramadol och har inte')

    n, t, tel, mail = OFFICERS['LÖ']
    upp = [
        ('h1', 'Uppdragsbeskrivning till utförare'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Utförare', 'Solgläntan HVB, att. Helén '
                                                                              'Ståhl, föreståndare'),
                ('Beslut', '2015-08-28, 4 kap. 1 § SoL')]),
        ('h3', 'Typ av insats'),
        ('checks', [(True, 'Institutionsvård (HVB)'), (False, 'Öppenvård'), (False, 'Familjehem'),
                    (False, 'Stödboende')]),
        ('h3', 'Socialnämndens bedömning av den enskildes behov'),
        ('p', 'Jessica har ett svårt beroende av alkohol och tramadol kopplat till smärta och ångest. Hon '
              'behöver läkarledd nedtrappning, behandling av smärta och ångest parallellt med beroendet, och stöd '
              'i föräldraskapet inför att umgänget med barnen ska kunna återupptas.'),
        ('h3', 'Uppdraget omfattar'),
        ('checks', [(True, 'Behandling enligt utförarens program'), (True, 'Medicinsk nedtrappning (tramadol) '
                                                                           'under läkarkontroll'),
                    (True, 'Drogtester enligt rutin'), (True, 'Föräldraskapsprogram'),
                    (False, 'Utredning (t.ex. ASI, neuropsykiatrisk)'), (True, 'Utslussning i samverkan med '
                                                                               'socialtjänsten')]),
        ('h3', 'Mål med insatsen'),
        ('p', 'Jessica är fri från alkohol och icke förskrivna läkemedel. Tramadol är utsatt och smärtan '
              'behandlas på annat sätt. Jessica har en plan för umgänge med barnen och ett fungerande eget boende '
              'när placeringen avslutas.'),
        ('h3', 'Uppföljning'),
        ('checks', [(True, 'Vårdplan upprättas inom en vecka efter inskrivning'),
                    (True, 'Genomförandeplan skickas till handläggaren inom fyra veckor'),
                    (True, 'Uppföljningsmöte (trepartssamtal) efter tre månader och inför utskrivning'),
                    (False, 'Månadsrapporter')]),
        ('h3', 'Återrapportering vid avslut'),
        ('checks', [(True, 'Skriftlig slutrapport inom två veckor: måluppfyllelse, provresultat, medicinering, '
                           'rekommendationer'), (True, 'Avbrott meddelas omgående per telefon')]),
        ('h3', 'Ansvarig handläggare'),
        ('p', '%s, %s. Telefon %s. E-post %s.' % (n, t, tel, mail)),
        ('h3', 'Överlämnande'),
        ('checks', [(True, 'Överlämnad till utföraren 2015-09-01 via säker e-post'),
                    (False, 'Överlämnad vid möte')]),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (formulär)', upp, header_left=HL,
           header_right='Uppdragsbeskrivning  Dnr ' + dnr, footer_left=foot(), pn_format='Sida {P} ({N})')
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'behöver läkarledd nedtrappning, behandling av smärta')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Socialnämndens bedömning av den enskildes behov',
         'Uppdraget omfattar', 'Mål med insatsen', 'Uppföljningsmöte (trepartssamtal)', 'Skriftlig slutrapport',
         'lina.ohrn@trelleborg.se', 'Överlämnad till utföraren 2015-09-01')

    vp = [
        ('h1', 'Vårdplan'),
        ('p', '**%s, %s**   Dnr %s   Solgläntan HVB från 2015-09-14   Upprättad 2015-09-17 av Jessica, Lina Öhrn '
              '(socialsekreterare) och Kerstin Mård (behandlare Solgläntan)' % (who, pnr, dnr)),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Jessica är nykter och fri från icke förskrivna läkemedel', 'Behandlingsprogram, alkotest dagligen, '
                                                                         'urinprov varje vecka',
             'Jessica; Solgläntan', 'Från 2015-09-14, redovisas vid uppföljningen i december'],
            ['Tramadol är utsatt', 'Nedtrappningsschema hos Solgläntans läkare', 'Solgläntans läkare; SSK',
             'Läkarbesök 2015-09-16; utsatt senast vecka 45'],
            ['Smärtan hanteras utan beroendeframkallande läkemedel', 'Remiss till smärtmottagning, '
                                                                    'sjukgymnastik', 'Solgläntans läkare',
             'Remiss skickad senast 2015-09-30'],
            ['Jessica har kontakt med barnen', 'Telefonkontakt varje vecka; samtal med pappan om umgänge via '
                                               'familjerätten', 'Jessica; Lina Öhrn', 'Samtal med familjerätten '
                                                                                    'bokas i oktober'],
            ['Lägenheten är kvar', 'Hyra betalas via autogiro; samtal med hyresvärden', 'Jessica; Lina Öhrn',
             'Kontakt med hyresvärden senast 2015-09-30'],
        ], [5, 5.3, 3.7, 4.5]),
        ('p', '**Uppföljning:** första uppföljningsmöte (trepartssamtal) på Solgläntan i mitten av december 2015, '
              'tid bokas av handläggaren.'),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=HL, header_right='Vårdplan  Dnr ' + dnr,
         footer_left=foot(), pn_format='Sida {P}')
    C.ev('planning', 'vardplan.pdf', 'Jessica är nykter och fri från icke förskrivna')

    J = [
        ('2015-07-06', '', 'Ansökan', 'Lina Öhrn', 'Jessica ansöker om behandlingshem efter avgiftning.'),
        ('2015-07-09', '', 'Besök', 'Lina Öhrn', 'Samtal, AUDIT 29. Samtycke till kontakt med läkare och '
                                                 'Beroendeteamet.'),
        ('2015-08-25', '', 'Utredning', 'Lina Öhrn', 'Utredning klar.'),
        ('2015-08-28', '', 'Beslut', 'Birgitta Holmqvist', 'Solgläntan beviljat fr.o.m. 2015-09-14.'),
        ('2015-09-01', '', 'Uppdrag', 'Lina Öhrn', 'Uppdragsbeskrivning och utredning skickade till Solgläntan '
                                                   'med säker e-post.'),
        ('2015-09-14', '', 'Inskrivning', 'Lina Öhrn', 'Jessica inskriven på Solgläntan.'),
        ('2015-09-17', '', 'Vårdplanering', 'Lina Öhrn', 'Vårdplan upprättad, se dokument. Första uppföljning '
                                                         'planeras till mitten av december.'),
        ('2015-09-25', '', 'Telefon', 'Lina Öhrn', 'Jessica ringer, har pratat med barnen i telefon. Hyresvärden '
                                                   'kontaktad.'),
    ]
    jb = [('h1', 'Journal'), head_kv(who, pnr, 'Dnr ' + dnr, 'LÖ', '', '')] + journal_blocks(J, style='plain')
    C.rl('journal.pdf', 'journalanteckningar', jb, header_left=HL, header_right='Journal  Dnr ' + dnr,
         footer_left=foot(), pn_format='Sida {P}')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning och utredning skickade till Solgläntan')

    C.label('needs_assessment', 'ja', 'Kommentar per livsområde och "Sammanfattande bedömning" om behoven och '
            'varför Solgläntan; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan 2015-09-17 med mål, insatser, ansvarig och tidpunkter.')
    C.label('follow_up', 'ej_tillämpligt', 'Insatsen startade 2015-09-14; första uppföljningen planeras till '
            'december 2015, efter granskningsdagen.')
    C.label('assignment_description', 'ja', 'Formulär med bedömning, uppdrag, mål, uppföljning, '
            'återrapportering, handläggarens kontaktuppgifter och överlämnande 2015-09-01.', present='abcdefg')
    return C


# =====================================================================================
def case8():
    """Stefan Lundgren. Beroendeteamet. Good assessment, no plan (avbetalningsplan, planerat hembesök),
    follow-up with outcome, assignment e-mail."""
    C = Case(K, '2015-000102')
    who, pnr, dnr = 'Stefan Lundgren', '19010709-3358', '2015-000102'
    utr = [
        ('h1', 'Utredning – Vuxen'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'MJ', 'Utredningstid', '2015-01-13 – 2015-02-10'),
        ('h2', 'Aktualisering'),
        ('p', 'Stefan kom till mottagningen 2015-01-12 och ansökte om hjälp med sitt drickande. Han hade samma '
              'vecka blivit varnad av arbetsgivaren.'),
        ('h2', 'Boende'),
        ('p', 'Stefan bor i radhus i Skegrie med sin fru. Huset är belånat.'),
        ('p', '**Analys:** Boendet är stabilt.'),
        ('h2', 'Försörjning'),
        ('p', 'Stefan är anställd som busschaufför men får just nu inte köra i väntan på besked om fortsatt '
              'anställning. Paret har konsumtionslån och skulder hos Kronofogden på ca 60 000 kr. Handläggaren '
              'har hjälpt Stefan att ta kontakt med Kronofogden för att göra en avbetalningsplan.'),
        ('p', '**Analys:** Anställningen är hotad och ekonomin pressad. Att behålla arbetet är det Stefan själv '
              'sätter främst, och arbetsgivaren kräver att han går i behandling.'),
        ('h2', 'Hälsa'),
        ('p', 'Högt blodtryck, sömnbesvär. Levervärden förhöjda (företagshälsovården 2014-12-18).'),
        ('p', '**Analys:** Stefans hälsoproblem är sannolikt kopplade till alkoholen och följs av '
              'företagshälsovården.'),
        ('h2', 'Missbruk'),
        ('p', 'Stefan dricker sprit flera kvällar i veckan och har vid två tillfällen luktat alkohol på morgonen '
              'på arbetet. AUDIT 2015-01-15: 22 poäng. Han har inte gått i behandling tidigare.'),
        ('p', '**Analys:** Stefan har ett riskbruk som övergått i beroende. Han har ett fungerande liv i övrigt och '
              'är motiverad, vilket talar för att öppenvård kan räcka.'),
        ('h2', 'Relationer'),
        ('p', 'Gift sedan 20 år, två utflyttade barn. Frun vill att han slutar och vill delta i behandlingen.'),
        ('p', '**Analys:** Frun är en resurs och bör få delta.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Stefan har utvecklat ett alkoholberoende som nu hotar hans anställning, ekonomi och hälsa. Han är '
              'motiverad, har bostad, familj och ett arbete att gå tillbaka till. Han har behov av strukturerad '
              'behandling som kan kombineras med vardagen, drogkontroller som arbetsgivaren kan lita på och att '
              'frun involveras. Beroendeteamets öppenvårdsprogram (16 veckor, KBT och ÅP, anhörigsamtal, '
              'blåsprov och PEth) bedöms tillgodose detta.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Beroendeteamet, 4 kap. 1 § SoL, 2015-02-23 – 2015-06-19.'),
        officer_sig('MJ', 'Trelleborg', '2015-02-10'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right='Utredning  Dnr ' + dnr,
           footer_left=foot(), pn_format='Sida {P} ({N})')
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är stabilt.', 'Anställningen är hotad och ekonomin',
         'Stefans hälsoproblem är sannolikt', 'Stefan har ett riskbruk som övergått', 'Frun är en resurs',
         'Stefan har utvecklat ett alkoholberoende som nu hotar', 'Beroendeteamets öppenvårdsprogram (16 veckor')

    bes = [
        ('h1', 'BESLUT'),
        head_kv(who, pnr, 'Dnr ' + dnr, 'MJ', 'Beslutsdatum', '2015-02-12'),
        ('h2', 'Beslut'),
        ('p', 'Bifall. Öppenvård vid Beroendeteamet 2015-02-23 – 2015-06-19 enligt 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Stefan har ett alkoholberoende som hotar hans arbete, ekonomi och hälsa. Han är motiverad och '
              'har ett stabilt boende och familj. Ett strukturerat öppenvårdsprogram med drogkontroller och '
              'anhörigsamtal motsvarar hans behov.'),
        ('sig', ['Maria Jeppsson', 'Socialsekreterare (delegation)']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Dnr ' + dnr, footer_left=foot(),
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Stefan har ett alkoholberoende som hotar hans arbete')

    n, t, tel, mail = OFFICERS['MJ']
    mh = R.email_html('Maria Jeppsson', [
        ('Från:', 'Jeppsson Maria'),
        ('Skickat:', 'den 13 februari 2015 09:21'),
        ('Till:', 'Beroendeteamet Trelleborg; Åsa Lindvall'),
        ('Ämne:', 'Uppdrag Stefan Lundgren 19010709-3358, start 23/2'),
    ], [
        'Hej Åsa!',
        'Stefan Lundgren har beviljats ert öppenvårdsprogram 2015-02-23 – 2015-06-19. Här kommer uppdraget.',
        '**Bedömning:** Stefan har ett alkoholberoende som hotar anställningen, ekonomin och hälsan (förhöjda '
        'levervärden, högt blodtryck). Han är motiverad, har boende och familj, och behöver strukturerad '
        'behandling som går att kombinera med vardagen, kontroller som arbetsgivaren kan lita på och att '
        'frun får delta.',
        '**Uppdrag:** 16-veckorsprogrammet (KBT/ÅP), blåsprov vid varje besök och PEth en gång i månaden, '
        'två anhörigsamtal med frun.',
        '**Mål:** Stefan är nykter under programmet (negativa prover) och har en återfallsplan när det '
        'avslutas. Han kan återgå i tjänst som busschaufför.',
        '**Uppföljning:** Vi ses alla tre (Stefan, du och jag) efter ca 12 veckor för att följa upp, och har ett '
        'avslutande samtal när programmet är slut. Vårdplanen gör vi tillsammans när Stefan kommit igång.',
        '**När programmet avslutas** vill jag ha en kort skriftlig sammanfattning: närvaro, provresultat, '
        'måluppfyllelse och er rekommendation om fortsatt stöd. Avbrott meddelas direkt.',
        'Hälsningar',
    ], ['Maria Jeppsson', 'Socialsekreterare', 'Vuxen Beroende, Trelleborgs kommun', 'Tel %s' % tel, mail])
    C.chrome('uppdrag_mejl.pdf', 'uppdragsbeskrivning (e-post)', mh)
    C.ev('needs_assessment', 'uppdrag_mejl.pdf', 'Stefan har ett alkoholberoende som hotar anställningen')
    C.ev('assignment_description', 'uppdrag_mejl.pdf', 'den 13 februari 2015 09:21', 'Uppdrag:', 'Uppföljning:',
         'När programmet avslutas', 'Tel 0410-73 32 15')

    J = [
        ('2015-01-12', '10:30', 'Besök (drop-in)', 'Maria Jeppsson',
         'Stefan på drop-in, varnad av arbetsgivaren. Ansöker om öppenvård.'),
        ('2015-01-15', '13:00', 'Besök', 'Maria Jeppsson', 'AUDIT 22 p. Samtycke företagshälsovården och '
                                                           'arbetsgivaren.'),
        ('2015-01-29', '', 'Telefon', 'Maria Jeppsson',
         'Stefan ringer om skulderna. Handl. hjälper honom kontakta Kronofogden om en avbetalningsplan.'),
        ('2015-02-10', '', 'Utredning', 'Maria Jeppsson', 'Utredning klar.'),
        ('2015-02-12', '', 'Beslut', 'Maria Jeppsson', 'Öppenvård Beroendeteamet beviljad.'),
        ('2015-02-13', '', 'Uppdrag', 'Maria Jeppsson',
         'Uppdraget mejlat till Beroendeteamet (Åsa Lindvall). Vårdplan ska upprättas tillsammans med '
         'Beroendeteamet när Stefan kommit igång.'),
        ('2015-02-23', '', 'Start', 'Maria Jeppsson', 'Stefan har börjat.'),
        ('2015-02-26', '', 'Telefon', 'Maria Jeppsson', 'Planerat hembesök 2015-03-03 för att träffa Stefan och '
                                                        'frun hemma.'),
        ('2015-03-03', '', 'Hembesök', 'Maria Jeppsson', 'Hembesök Skegrie. Frun vill delta i anhörigsamtalen. '
                                                         'Stefan har kommit igång bra.'),
        ('2015-04-08', '', 'Notering', 'Maria Jeppsson', 'Ingen vårdplan/GFP upprättad än. Påminnelse till Åsa '
                                                         'L. per mejl.'),
        ('2015-05-20', '14:00', 'Uppföljningssamtal', 'Maria Jeppsson',
         'Uppföljningssamtal på Beroendeteamet med Stefan och Åsa Lindvall. Stefan har deltagit i 11 av 12 '
         'träffar, alla blåsprov negativa, PEth sjunkande (0,31 i maj). Två anhörigsamtal med frun genomförda. '
         'Stefan är tillbaka i tjänst sedan 2015-04-13 med återkommande kontroller via företagshälsovården. '
         'Han fullföljer programmet till 19/6. Avslutande samtal bokas.'),
        ('2015-06-24', '10:00', 'Avslutande samtal', 'Maria Jeppsson',
         'Programmet avslutat. Sammanfattning från Beroendeteamet: full närvaro utom en gång, negativa prover. '
         'Stefan har en skriftlig återfallsplan och fortsätter i Länkarna. Ärendet avslutas.'),
    ]
    jb = [('h1', 'Journalanteckningar'), head_kv(who, pnr, 'Dnr ' + dnr, 'MJ', '', '')] + journal_blocks(J)
    C.html('journal.pdf', 'journalanteckningar', jb, letterhead=HL)
    C.ev('follow_up', 'journal.pdf', 'Uppföljningssamtal på Beroendeteamet med Stefan',
         'Programmet avslutat. Sammanfattning från Beroendeteamet')
    C.ev('assignment_description', 'journal.pdf', 'Uppdraget mejlat till Beroendeteamet')

    C.label('needs_assessment', 'ja', 'Analys per livsområde och "Sammanfattande bedömning" med behoven och '
            'varför programmet möter dem; beslutet har skäl.')
    C.label('planning', 'nej', 'Ingen vårdplan eller genomförandeplan: journalen säger att en ska upprättas och '
            'senare att ingen finns; "avbetalningsplan" och "planerat hembesök" är inte planering av insatsen.')
    C.label('follow_up', 'ja', 'Uppföljningssamtal 2015-05-20 och avslutande samtal 2015-06-24 med utfall.')
    C.label('assignment_description', 'ja', 'E-post 2015-02-13 med bedömning, uppdrag, mål, uppföljning, '
            'återrapportering och handläggarens kontaktuppgifter; skickat-datum och journal.', present='abcdefg')
    return C


CASES = [case5, case6, case7, case8]
