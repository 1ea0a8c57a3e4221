# -*- coding: utf-8 -*-
from framework import Case, journal_text, journal_blocks, journal_troff, wrap
from common import OFFICERS, OFFICES, hl, head_kv, officer_sig, overklagande
import render as R

K = 'Lund'
FOOT = 'Utskrivet 2015-09-29 08:47 av Vuxenenheten (registrator)'


# =====================================================================================
def case1():
    """Mikael Strand. HVB Ekelunda. Everything documented (ja/ja/ja/ja)."""
    C = Case(K, 'SOC 2014/1187')
    who, pnr, dnr = 'Mikael Strand', '19010318-5531', 'SOC 2014/1187'
    utr = [
        ('h1', 'Utredning enligt 11 kap. 1 § socialtjänstlagen'),
        head_kv(who, pnr, dnr, 'KM', 'Utredning inledd', '2014-11-04',
                [('Utredning avslutad', '2014-12-10'), ('Adress', 'Stenkrossvägen 9 B, 226 45 Lund')]),
        ('h2', 'Aktualisering'),
        ('p', 'Mikael kontaktade Vuxenenheten per telefon 2014-11-03, några dagar efter att han skrivits ut '
              'från beroendeavdelningen i Lund där han vårdats för abstinens. Han ansöker om behandling på '
              'behandlingshem för sitt alkoholberoende.'),
        ('h2', 'Utredningens genomförande'),
        ('p', 'Samtal med Mikael har hållits 2014-11-06, 2014-11-13 (ASI-grundintervju) och 2014-11-27. '
              'AUDIT genomfördes vid första samtalet. Med Mikaels samtycke har handläggaren haft kontakt med '
              'hans syster Eva Strand, med vårdcentralen och med Försäkringskassan. Utredningen har '
              'kommunicerats med Mikael 2014-12-08.'),
        ('h2', 'Boende'),
        ('p', 'Mikael bor ensam i en hyresrätt om två rum som han haft sedan skilsmässan 2009. Det finns inga '
              'hyresskulder. Lägenheten ligger i samma område som flera av hans dryckeskamrater.'),
        ('p', '**Analys:** Boendet är ordnat och hyran är betald t.o.m. januari. Bostaden kan behållas under '
              'en placering om hyran fortsätter att betalas från sjukpenningen. Närheten till umgänget där det '
              'dricks är en risk inför hemkomsten och behöver tas upp i utslussningen.'),
        ('h2', 'Försörjning'),
        ('p', 'Mikael arbetade som lagerarbetare fram till hösten 2014 och är sedan 2014-09-15 sjukskriven '
              'med sjukpenning från Försäkringskassan. Han har skulder hos Kronofogden på cirka 38 000 kr '
              '(obetalda räkningar och en parkeringsskuld).'),
        ('p', '**Analys:** Försörjningen är tryggad under behandlingstiden. Skulderna oroar Mikael och han '
              'beskriver själv att oron brukar sluta med att han dricker. Han har inte själv förmått ta kontakt '
              'med budget- och skuldrådgivningen.'),
        ('h2', 'Hälsa'),
        ('p', 'Mikael har sömnproblem och ångest, framför allt kvällstid. Han har förhöjt blodtryck som inte '
              'följs upp. Vårdcentralen har tidigare förskrivit Oxascand mot abstinens; Mikael berättar att han '
              'under hösten också köpt tabletter utanför förskrivning.'),
        ('p', '**Analys:** Ångesten och sömnproblemen hänger tätt ihop med drickandet. Mikael har ingen '
              'pågående kontakt med psykiatrin. Medicineringen och blodtrycket behöver ses över av läkare och '
              'tablettanvändningen avslutas under kontrollerade former.'),
        ('h2', 'Missbruk'),
        ('p', 'Mikael började dricka regelbundet i 20-årsåldern. De senaste fem åren har han druckit dagligen, '
              'i perioder en flaska sprit per dag. Han har gått i öppenvård på Mottagningen Kvarngatan 2012 och '
              '2013 men som längst varit nykter i sex veckor. AUDIT 2014-11-06 gav 31 poäng. ASI-intervjun visar '
              'allvarliga problem inom områdena alkohol, psykisk hälsa och familj/umgänge.'),
        ('p', '**Analys:** Mikael har ett långvarigt och tungt alkoholbruk med återkommande abstinens och '
              'inslag av lugnande tabletter. Öppenvården har inte räckt till; han har efter varje samtal gått '
              'hem till samma miljö och samma umgänge.'),
        ('h2', 'Relationer och nätverk'),
        ('p', 'Mikael är skild och har två vuxna barn som han inte träffat på över ett år. Systern Eva i Malmö '
              'är den som håller kontakten och hon har sagt att hon vill stötta honom. Övriga vänner är personer '
              'han dricker tillsammans med.'),
        ('p', '**Analys:** Det nyktra nätverket är litet. Systern är en viktig resurs och bör involveras i '
              'behandlingen. Mikael saknar barnen och säger att han vill ta kontakt med dem när han är nykter.'),
        ('h2', 'Mikaels egen uppfattning'),
        ('p', 'Mikael säger att han "måste komma bort härifrån ett tag" för att klara att sluta. Han har läst om '
              'Ekelunda behandlingshem och vill helst dit. Han är inställd på en längre placering.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Mikael har under lång tid druckit dagligen och har det senaste året också använt lugnande '
              'tabletter utöver förskrivning. Drickandet har lett till att han förlorat arbetet, fått skulder och '
              'att kontakten med barnen brutits. Två försök i öppenvård har inte gett mer än korta nyktra '
              'perioder, eftersom han direkt återvänt till samma umgänge. Han sover dåligt, har ångest och ett '
              'blodtryck som inte följs upp.'),
        ('p', 'Socialtjänsten anser att Mikael för att bli nykter behöver en period av behandling utanför '
              'hemmiljön, med struktur dygnet runt, läkarkontakt för översyn av medicineringen och ett program '
              'som ger honom verktyg mot återfall. Ekelunda behandlingshem arbetar med tolvstegsbehandling i '
              'kombination med återfallsprevention, har läkare knuten till verksamheten och håller familjedagar '
              'där systern kan delta. En placering under cirka sex månader ger Mikael bäst förutsättningar att '
              'bryta mönstret, och eftervård på hemmaplan gör att stödet fortsätter när han kommer tillbaka till '
              'Lund. Insatsen stämmer med Mikaels egen önskan.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Mikael Strand beviljas bistånd i form av institutionsvård vid Ekelunda behandlingshem enligt '
              '4 kap. 1 § SoL under perioden 2015-01-07 – 2015-07-06.'),
        officer_sig('KM', 'Lund', '2014-12-10'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=hl(K), header_right='Utredning vuxen  ' + dnr,
           footer_left=FOOT)
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är ordnat och hyran är betald', 'Ångesten och sömnproblemen hänger',
         'Mikael har ett långvarigt och tungt alkoholbruk', 'Det nyktra nätverket är litet',
         'Mikael har under lång tid druckit dagligen', 'Socialtjänsten anser att Mikael för att bli nykter')

    bes = [
        ('h1', 'Beslut om bistånd'),
        ('kv', [('Sökande', '%s, %s' % (who, pnr)), ('Diarienummer', dnr), ('Ansökan inkom', '2014-11-03'),
                ('Beslutsdatum', '2014-12-12')]),
        ('h2', 'Beslut'),
        ('p', 'Bistånd beviljas i form av institutionsvård vid Ekelunda behandlingshem under perioden '
              '2015-01-07 – 2015-07-06.'),
        ('p', 'Lagrum: 4 kap. 1 § socialtjänstlagen (SoL).'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Mikael har ett långvarigt alkoholberoende med inslag av lugnande tabletter och har inte kunnat '
              'bli nykter med stöd av öppenvård. Han saknar ett nyktert nätverk i hemmiljön och har ångest och '
              'sömnproblem som förvärras av drickandet. Behandlingen på Ekelunda ger struktur dygnet runt, '
              'läkarkontakt och ett program med återfallsprevention, vilket ger Mikael förutsättningar att bli '
              'och förbli nykter. Genom insatsen tillförsäkras han en skälig levnadsnivå.'),
        ('h2', 'Beslutsfattare'),
        ('sig', ['Lars Tufvesson', 'Enhetschef, enligt delegation']),
        ('p', 'Beslutet har delgetts Mikael vid besök 2014-12-12.'),
        overklagande(),
    ]
    C.html('beslut.pdf', 'beslut', bes, letterhead=hl(K))
    C.ev('needs_assessment', 'beslut.pdf', 'Mikael har ett långvarigt alkoholberoende med inslag')

    upp = [
        ('h1', 'Uppdragsbeskrivning – institutionsvård'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Diarienummer', dnr),
                ('Utförare', 'Ekelunda behandlingshem, att. Per-Olof Rask, föreståndare'),
                ('Insats', 'Institutionsvård (HVB) enligt 4 kap. 1 § SoL, beslut 2014-12-12'),
                ('Period', '2015-01-07 – 2015-07-06')]),
        ('h2', '1. Bakgrund och socialnämndens bedömning'),
        ('p', 'Mikael har druckit dagligen i många år och har det senaste året även använt lugnande tabletter '
              'utanför förskrivning. Två försök i öppenvård har inte lett till varaktig nykterhet. Han har '
              'ångest, sömnproblem och obehandlat högt blodtryck, skulder hos Kronofogden och ett nätverk som '
              'till största delen dricker. Nämnden bedömer att Mikael behöver behandling utanför hemmiljön med '
              'struktur dygnet runt, läkarkontakt och återfallsprevention, samt att systern involveras. '
              'Utredningen bifogas.'),
        ('h2', '2. Uppdraget omfattar'),
        ('ul', ['Behandling enligt er tolvstegsmodell i kombination med återfallsprevention (ÅP).',
                'Läkarbedömning av sömn- och ångestmedicineringen och blodtrycket inom två veckor efter '
                'inskrivning samt nedtrappning av bensodiazepiner.',
                'Alkoholutandningsprov och urinprov enligt er rutin, minst en gång i veckan.',
                'Familjedag där systern Eva Strand bjuds in.',
                'Utslussning i samverkan med Mottagningen Kvarngatan inför eftervård i Lund.']),
        ('h2', '3. Mål med insatsen'),
        ('ul', ['Mikael är nykter och fri från icke förskrivna läkemedel under placeringen.',
                'Medicineringen är översedd av läkare och bensodiazepinerna utsatta senast 2015-03-31.',
                'Mikael har en skriftlig återfallspreventionsplan när han skrivs ut.',
                'Mikael har en bokad tid i eftervård i Lund före utskrivning.']),
        ('h2', '4. Uppföljning'),
        ('p', 'Handläggaren upprättar en vårdplan tillsammans med Mikael och behandlingshemmet inom två veckor '
              'efter inskrivning. Behandlingshemmet skickar sin genomförandeplan till handläggaren inom fyra '
              'veckor. Uppföljning sker vid trepartsmöte på Ekelunda efter cirka två månader och vid ett '
              'utvärderingsmöte en månad före planerad utskrivning.'),
        ('h2', '5. Återrapportering när insatsen avslutas'),
        ('p', 'Vid utskrivning skickar behandlingshemmet inom två veckor en skriftlig slutrapport till '
              'handläggaren: hur målen har uppnåtts, genomförda insatser, eventuella återfall och provresultat, '
              'medicinering vid utskrivning och rekommendationer för eftervård. Avbrott meddelas handläggaren '
              'per telefon samma dag.'),
        ('h2', '6. Ansvarig handläggare'),
        ('kv', [('Namn', 'Karin Möller, socialsekreterare'),
                ('Telefon', '046-35 58 21 (telefontid mån–fre 8.30–9.30)'),
                ('E-post', 'karin.moller@lund.se'), ('Post', OFFICES[K]['post'])]),
        ('p', 'Lund 2014-12-15'),
        ('sig', ['Karin Möller', 'Socialsekreterare']),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', upp, header_left=hl(K),
           header_right='Uppdragsbeskrivning  ' + dnr, footer_left=FOOT)
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Nämnden bedömer att Mikael behöver behandling utanför')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Bakgrund och socialnämndens bedömning',
         'Uppdraget omfattar', 'Mål med insatsen', 'Uppföljning sker vid trepartsmöte',
         'Återrapportering när insatsen avslutas', 'karin.moller@lund.se')

    vp = [
        ('h1', 'Vårdplan – institutionsvård'),
        ('p', '**Klient:** %s, %s     **Dnr:** %s     **Upprättad:** 2015-01-14 vid möte på Ekelunda     '
              '**Närvarande:** Mikael Strand, Karin Möller (handläggare), Annelie Sjögren (behandlare Ekelunda)'
         % (who, pnr, dnr)),
        ('table', ['Område', 'Mål', 'Insats / aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Alkohol och läkemedel', 'Mikael är nykter och fri från icke förskrivna läkemedel under hela placeringen',
             'Behandlingsprogram i grupp fem dagar i veckan. Alkoholutandningsprov och urinprov varje vecka och '
             'vid misstanke', 'Mikael; behandlare Annelie Sjögren', '2015-01-07 – 2015-07-06. Provresultat '
             'redovisas vid varje uppföljning'],
            ['Hälsa', 'Medicineringen mot sömn och ångest är översedd; bensodiazepinerna är utsatta',
             'Läkarbedömning hos Ekelundas läkare, nedtrappningsschema, blodtryckskontroll',
             'Ekelunda (läkare)', 'Läkarbesök senast 2015-01-28; utsättning klar senast 2015-03-31'],
            ['Ekonomi', 'Det finns en plan för skulden hos Kronofogden',
             'Möte med kommunens budget- och skuldrådgivning; ansökan om skuldsanering prövas',
             'Karin Möller bokar tid; Mikael deltar', 'Första mötet senast 2015-03-15'],
            ['Relationer', 'Mikael har regelbunden kontakt med systern och har tagit kontakt med barnen',
             'Familjedag på Ekelunda; relationsteman i gruppen', 'Mikael; behandlare',
             'Familjedag 2015-03-21; kontakt med barnen senast 2015-05-31'],
            ['Boende och eftervård', 'Mikael har kvar lägenheten och en bokad eftervårdskontakt vid utskrivning',
             'Hyran betalas från sjukpenningen; kontakt med Mottagningen Kvarngatan', 'Mikael; Karin Möller',
             'Eftervård bokad senast 2015-06-15'],
        ], [2.2, 4, 4.6, 2.8, 3.4]),
        ('p', '**Uppföljning av vårdplanen:** trepartsmöte på Ekelunda 2015-03-18 kl. 13.00. Utvärderingsmöte i '
              'juni, datum bestäms vid mötet i mars.'),
        ('p', 'Mikael har deltagit i arbetet med planen och fått en kopia.'),
        ('sig', ['Underskrifter i original: Mikael Strand / Karin Möller / Annelie Sjögren']),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=hl(K),
         header_right='Vårdplan  ' + dnr, footer_left=FOOT, pn_format='Sida {P}', title='Vårdplan')
    C.ev('planning', 'vardplan.pdf', 'Vårdplan – institutionsvård', 'Familjedag 2015-03-21')

    J = [
        ('2014-11-03', '09:40', 'Telefonsamtal', 'Karin Möller',
         'Mikael ringer. Skrevs ut från beroendeavdelningen i fredags efter abstinensbehandling. Vill ha hjälp '
         'att komma till behandlingshem. Tid bokad 2014-11-06.'),
        ('2014-11-04', '', 'Utredning inleds', 'Karin Möller',
         'Utredning inleds enligt 11 kap. 1 § SoL med anledning av ansökan om behandling.'),
        ('2014-11-06', '13:00', 'Besök', 'Karin Möller',
         'Första samtal. AUDIT ifylld (31 p). Samtycke till kontakt med vårdcentralen, systern och FK '
         'underskrivet.'),
        ('2014-11-13', '10:00', 'Besök – ASI', 'Karin Möller', 'ASI-grundintervju genomförd, se utredningen.'),
        ('2014-11-20', '', 'Telefonsamtal', 'Karin Möller',
         'Samtal med systern Eva. Hon är orolig men vill stötta och kan tänka sig att komma på familjedagar.'),
        ('2014-11-27', '14:00', 'Besök', 'Karin Möller',
         'Vi går igenom olika behandlingshem. Mikael har läst om Ekelunda och vill dit. Har ringt Ekelunda som '
         'har plats från början av januari.'),
        ('2014-12-10', '', 'Utredning avslutad', 'Karin Möller', 'Utredningen klar, förslag till beslut lämnat.'),
        ('2014-12-12', '', 'Beslut', 'Lars Tufvesson',
         'Institutionsvård Ekelunda 2015-01-07 – 2015-07-06 beviljad. Delgivet vid besök.'),
        ('2014-12-15', '', 'Uppdragsbeskrivning', 'Karin Möller',
         'Uppdragsbeskrivning samt utredning skickade med säker e-post till Ekelunda, att. Per-Olof Rask. '
         'Inskrivning bekräftad till 2015-01-07.'),
        ('2015-01-07', '', 'Inskrivning', 'Karin Möller', 'Mikael skrevs in på Ekelunda idag. Systern skjutsade.'),
        ('2015-01-14', '10:00', 'Vårdplanering', 'Karin Möller',
         'Möte på Ekelunda, vårdplan upprättad, se separat dokument.'),
        ('2015-02-05', '', 'Inkommen handling', 'Karin Möller', 'Genomförandeplan från Ekelunda inkommen.'),
        ('2015-03-18', '13:00', 'Uppföljning – trepartssamtal', 'Karin Möller',
         'Uppföljningsmöte på Ekelunda med Mikael, behandlare Annelie Sjögren och handl. Mikael har varit nykter '
         'sedan inskrivningen, samtliga prover negativa. Bensodiazepinerna utsatta sedan 2015-03-02 enligt '
         'läkarens schema. Sover bättre men har fortfarande ångest kvällstid. Deltar aktivt i gruppen. '
         'Familjedagen genomförd med systern. Första mötet med budget- och skuldrådgivningen hölls 2015-03-04.\n'
         'Vi är överens om att fortsätta enligt vårdplanen. Fokus framåt: kontakten med barnen och '
         'utslussningen. Utvärderingsmöte bokat 2015-06-10.'),
        ('2015-06-10', '10:00', 'Utvärderingsmöte', 'Karin Möller',
         'Utvärdering på Ekelunda. Mikael har varit nykter under placeringen, ett positivt utandningsprov efter '
         'en permission i april som han själv berättade om. Målen om medicinering och skuldplan är uppnådda, '
         'ansökan om skuldsanering inskickad. Kontakt med dottern återupptagen. Eftervård på Kvarngatan bokad, '
         'första tid 2015-07-08. Utskrivning enligt plan 2015-07-06.'),
        ('2015-07-06', '', 'Utskrivning', 'Karin Möller', 'Mikael utskriven från Ekelunda. Slutrapport inväntas.'),
        ('2015-07-20', '', 'Inkommen handling', 'Karin Möller', 'Slutrapport från Ekelunda inkommen och '
                                                                 'registrerad.'),
    ]
    jb = [('h1', 'Journalanteckningar'), head_kv(who, pnr, dnr, 'KM', 'Utskriftsperiod', '2014-11-03 – 2015-09-29')]
    jb += journal_blocks(J)
    C.html('journal.pdf', 'journalanteckningar', jb, letterhead=hl(K))
    C.ev('follow_up', 'journal.pdf', 'Uppföljningsmöte på Ekelunda med Mikael', 'Utvärdering på Ekelunda. Mikael')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning samt utredning skickade med säker e-post')

    C.label('needs_assessment', 'ja', 'Utredningen har analys per livsområde och "Handläggarens överväganden" '
            'som anger Mikaels svårigheter och varför HVB-behandling på Ekelunda möter dem; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan i tabellform med mål, insatser, ansvarig och daterade tidpunkter.')
    C.label('follow_up', 'ja', 'Trepartssamtal 2015-03-18 och utvärderingsmöte 2015-06-10 i journalen, båda med '
            'utfall.')
    C.label('assignment_description', 'ja', 'Uppdragsbeskrivningen har alla delar a–f; journalen 2014-12-15 '
            'visar när den skickades till Ekelunda.', present='abcdefg')
    return C


# =====================================================================================
def case2():
    """Sara Lindqvist. Internal outpatient unit. Preliminary assessment only; vague plan;
    follow-up with outcome; assignment given orally."""
    C = Case(K, 'SOC 2015/0214')
    who, pnr, dnr = 'Sara Lindqvist', '19020607-3344', 'SOC 2015/0214'
    utr = [
        ('h1', 'Utredning vuxen – UTKAST'),
        head_kv(who, pnr, dnr, 'JE', 'Utredning inledd', '2015-02-16',
                [('Status', 'Pågående – ej avslutad')]),
        ('h2', 'Ärendet'),
        ('p', 'Sara har själv sökt kontakt efter att hennes arbetsträning på Returbutiken avbrutits på grund av '
              'hög frånvaro. Hon berättar att hon röker cannabis dagligen och använder amfetamin på helger. Hon '
              'ansöker om öppenvård.'),
        ('cols', 2),
        ('h2', 'Boende'),
        ('p', 'Sara hyr i andra hand ett rum i en lägenhet på Klostergården. Kontraktet löper till 2015-06-30. '
              'Hon vet inte var hon ska bo därefter.'),
        ('h2', 'Försörjning'),
        ('p', 'Försörjningsstöd sedan 2014-10. Arbetsträning via Jobbcenter har avbrutits. Hon har en '
              'studieskuld hos CSN.'),
        ('h2', 'Hälsa'),
        ('p', 'Sara beskriver nedstämdhet och koncentrationssvårigheter sedan tonåren. Hon har varit utredd för '
              'ADHD på BUP men vet inte resultatet. Ingen aktuell vårdkontakt.'),
        ('h2', 'Missbruk'),
        ('p', 'Cannabis dagligen sedan cirka tre år, amfetamin på helger det senaste halvåret. Har inte haft '
              'behandlingskontakt tidigare. DUDIT 2015-02-19: 27 poäng. Urinprov tas fr.o.m. mars.'),
        ('h2', 'Relationer'),
        ('p', 'Har kontakt med mamman i Höganäs. Pojkvännen använder också cannabis. Få vänner utanför '
              'umgänget.'),
        ('h2', 'Sysselsättning'),
        ('p', 'Ingen sysselsättning för närvarande. Hon har fått ett uppdrag som volontär i en '
              'second hand-butik men har inte börjat.'),
        ('cols', 1),
        ('h2', 'Preliminär bedömning'),
        ('p', 'Preliminärt bedöms Sara ha behov av stöd för att bryta sitt cannabisbruk. Utredningen kommer att '
              'kompletteras med urinprover, kontakt med psykiatrin angående ADHD-utredningen och ett '
              'ASI-samtal innan slutlig bedömning görs.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', '[Skrivs när utredningen är klar]'),
    ]
    C.docx('utredning.pdf', 'utredning (utkast)', utr, layout='portrait, two-column', header_left=hl(K),
           header_right='Utredning  ' + dnr, footer_left=FOOT)
    C.ev('needs_assessment', 'utredning.pdf', 'Preliminärt bedöms Sara ha behov av stöd')

    bes = [
        ('h1', 'BESLUT'),
        ('kv', [('Sökande', '%s  %s' % (who, pnr)), ('Dnr', dnr), ('Ansökan', '2015-02-16'),
                ('Beslutsdatum', '2015-03-03')]),
        ('h2', 'Beslut'),
        ('p', 'Bistånd beviljas i form av öppenvård vid Mottagningen Kvarngatan, Lunds kommun, fr.o.m. '
              '2015-03-09 t.o.m. 2015-08-31. Lagrum 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Sara har ansökt om stöd för att sluta använda cannabis och amfetamin. Beslutet fattas i '
              'avvaktan på att utredningen slutförs.'),
        ('sp',),
        ('sig', ['Jonas Ekdahl', 'Socialsekreterare, enligt delegation']),
        ('sp',),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=hl(K), header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}')

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', '**Mottagningen Kvarngatan** – öppenvård för vuxna med beroendeproblematik, Lunds kommun'),
        ('kv', [('Klient', who), ('Behandlare', 'Ulrika Svensson, alkohol- och drogterapeut'),
                ('Upprättad', '2015-03-23')]),
        ('h2', 'Saras mål'),
        ('ul', ['Sara ska minska sitt användande av cannabis.', 'Må bättre psykiskt.',
                'Få en mer strukturerad vardag.']),
        ('h2', 'Så här ska vi arbeta'),
        ('ul', ['Samtal enligt återfallsprevention (ÅP).', 'Urinprov.',
                'Motiverande samtal kring boende och sysselsättning.',
                'Eventuellt kontakt med psykiatrin.']),
        ('h2', 'Uppföljning'),
        ('p', 'Planen följs upp löpande i samtalen.'),
        ('sig', ['Sara Lindqvist                Ulrika Svensson']),
    ]
    C.html('genomforandeplan.pdf', 'genomförandeplan', gfp, letterhead='Lunds kommun – Mottagningen Kvarngatan')
    C.ev('planning', 'genomforandeplan.pdf', 'Sara ska minska sitt användande av cannabis')

    J = [
        ('2015-02-16', '10:15', 'Telefon', 'JE',
         'Sara ringer, vill ha hjälp att sluta röka. Tid 2015-02-19.'),
        ('2015-02-19', '13:00', 'Besök', 'JE',
         'Första samtal m Sara. DUDIT ifylld 27p. Berättar om cannabis och amf. Vill börja på Kvarngatan. '
         'Samtycke psykiatrin ok.'),
        ('2015-03-03', '', 'Beslut', 'JE', 'Öppenvård Kvarngatan beviljad, se beslut. Utredningen fortsätter.'),
        ('2015-03-05', '08:50', 'Telefon', 'JE',
         'Handl. ringer Kvarngatan och pratar m Ulrika Svensson. Uppdraget lämnades muntligt: samtal enl ÅP och '
         'urinprov. Ngn skriftlig uppdragsbeskrivning görs inte då Kvarngatan är egen verksamhet. Första tid '
         'för Sara 2015-03-09.'),
        ('2015-03-09', '', 'Notering', 'JE', 'Sara har börjat på Kvarngatan enl Ulrika.'),
        ('2015-04-14', '', 'Telefon', 'JE',
         'Sara ringer angående sitt andrahandskontrakt. Planerat hembesök 2015-04-21 för att titta på '
         'boendesituationen.'),
        ('2015-04-21', '', 'Hembesök', 'JE',
         'Hembesök Klostergården. Sara ska söka bostad via Boplats. Handl. hjälper till med ansökan om '
         'förtur, avslag troligt.'),
        ('2015-06-04', '14:00', 'Trepartssamtal', 'JE',
         'Trepartssamtal på Kvarngatan, Sara, Ulrika S och handl. Sara har kommit på 10 av 12 samtal. Urinproverna '
         'sedan mitten av april negativa för amfetamin, fortf positiva för cannabis men värdena sjunker. Hon '
         'röker nu "bara på kvällen" enl henne själv. Sover bättre. Boendet fortf olöst. Överens om att '
         'fortsätta samtalen över sommaren och att Ulrika hjälper Sara med remiss till psykiatrin för '
         'ADHD-frågan.'),
        ('2015-06-30', '', 'Notering', 'JE', 'Sara har flyttat till mamman i Höganäs tillfälligt. Fortsätter på '
                                             'Kvarngatan.'),
        ('2015-08-20', '', 'Överlämning', 'JE',
         'Handl. slutar. Ärendet överlämnas till Amira Hadzic. OBS utredningen är inte slutförd, '
         'slutlig bedömning saknas.'),
    ]
    txt = journal_text(['LUNDS KOMMUN  SOCIALFÖRVALTNINGEN  VUXENENHETEN',
                        'JOURNALANTECKNINGAR  %s  %s  Dnr %s' % (who, pnr, dnr), ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Lunds kommun|Journal ' + dnr + '|Sida $% av $=')
    C.ev('follow_up', 'journal.pdf', 'Trepartssamtal på Kvarngatan, Sara, Ulrika S och handl')

    C.label('needs_assessment', 'delvis', 'Endast en preliminär bedömning i utkastet; "Handläggarens '
            'överväganden" är tomt och utredningen slutfördes aldrig (journalen 2015-08-20); beslutets skäl '
            'säger bara att beslutet fattas i avvaktan.')
    C.label('planning', 'delvis', 'Genomförandeplanen har bara vaga mål utan datum och utan ansvarig eller '
            'tidpunkt för insatserna.')
    C.label('follow_up', 'ja', 'Trepartssamtal 2015-06-04 i journalen med utfall (närvaro, provsvar, '
            'fortsättning).')
    C.label('assignment_description', 'nej', 'Uppdraget lämnades muntligt per telefon 2015-03-05; ingen '
            'skriftlig uppdragsbeskrivning.', present='')
    return C


# =====================================================================================
def case3():
    """Johan Berg. Granted HVB, assignment e-mailed, then he declined before the start."""
    C = Case(K, 'SOC 2015/0561', scenario='declined')
    who, pnr, dnr = 'Johan Berg', '19000921-6613', 'SOC 2015/0561'
    utr = [
        ('h1', 'Utredning – vuxen missbruk'),
        head_kv(who, pnr, dnr, 'AH', 'Datum', '2015-06-17',
                [('Ansökan', 'Egen ansökan om behandlingshem 2015-05-04')]),
        ('h2', 'Bakgrund'),
        ('p', 'Johan har varit känd inom Vuxenenheten sedan 2011 då han fick öppenvård vid Mottagningen '
              'Kvarngatan. I april 2015 polisanmäldes han för rattfylleri och förlorade körkortet. Han ansöker nu '
              'om behandling på behandlingshem.'),
        ('h2', 'Boende'),
        ('p', 'Johan bor i villa i Södra Sandby tillsammans med sambon Linda och hennes son 15 år. Sambon har '
              'sagt att hon inte orkar fortsätta om han inte slutar dricka.'),
        ('p', '**Bedömning:** Boendet är stabilt men relationen där är ansträngd. Det finns risk att Johan '
              'förlorar bostaden om sambon avslutar förhållandet.'),
        ('h2', 'Försörjning och arbete'),
        ('p', 'Johan är anställd som montör på ett ventilationsföretag. Efter körkortsindragningen kan han inte '
              'utföra arbetet och är sedan 2015-04-20 sjukskriven. Arbetsgivaren har erbjudit att han får '
              'komma tillbaka om han genomgår behandling.'),
        ('p', '**Bedömning:** Anställningen är en viktig motivationsfaktor. Den kan räddas om Johan går i '
              'behandling nu och arbetsgivaren hålls informerad.'),
        ('h2', 'Hälsa'),
        ('p', 'Förhöjda levervärden (vårdcentralen 2015-05-12), magkatarr, sover dåligt. Inga kända psykiatriska '
              'diagnoser.'),
        ('p', '**Bedömning:** Johans kroppsliga besvär är tydligt kopplade till alkoholen och behöver följas av '
              'läkare under behandlingen.'),
        ('h2', 'Missbruk'),
        ('p', 'Dricker dagligen, mest öl och vin, på helger betydligt mer. AUDIT 2015-05-07: 26 poäng. Tidigare '
              'öppenvård 2011 avbröts efter två månader. Har försökt sluta själv flera gånger men klarar som längst '
              'några dagar.'),
        ('p', '**Bedömning:** Johan har ett alkoholberoende som han inte klarar att bryta på egen hand eller med '
              'enbart samtalskontakt.'),
        ('h2', 'Relationer'),
        ('p', 'Sambo, bonusson, två kollegor han umgås med. Föräldrarna lever, bor i Kristianstad.'),
        ('p', '**Bedömning:** Familjen är en resurs men också belastad av drickandet. Sambon och sonen kan '
              'behöva eget stöd.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Johan har ett alkoholberoende som har lett till körkortsindragning, sjukskrivning, förhöjda '
              'levervärden och en hotad relation. Han har inte kunnat sluta med egen kraft och tidigare öppenvård '
              'avbröts. Han har behov av en sammanhållen behandling där han under en period är borta från '
              'vardagens triggers och får medicinsk uppföljning av levervärdena. Vångagården behandlingshem '
              'erbjuder ett fyra månaders program med kognitiv beteendeterapi och återfallsprevention, läkare '
              'en dag i veckan samt anhörigprogram som sambon kan delta i. Insatsen bedöms tillgodose Johans '
              'behov och ökar förutsättningarna för att han ska kunna återgå till arbetet.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Vångagården behandlingshem, 4 kap. 1 § SoL, fr.o.m. 2015-07-06 i fyra '
              'månader.'),
        officer_sig('AH', 'Lund', '2015-06-17'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=hl(K), keep=False)
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är stabilt men relationen', 'Anställningen är en viktig',
         'Johans kroppsliga besvär är tydligt', 'Johan har ett alkoholberoende som han inte klarar',
         'Familjen är en resurs', 'Johan har ett alkoholberoende som har lett till körkortsindragning',
         'Insatsen bedöms tillgodose Johans')

    bes = [
        ('h1', 'Beslut'),
        ('kv', [('Namn', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Beslutsdatum', '2015-06-22')]),
        ('h2', 'Beslut'),
        ('p', 'Johan Berg beviljas bistånd i form av institutionsvård vid Vångagården behandlingshem från och med '
              '2015-07-06 under längst fyra månader. Lagrum: 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Johan har ett alkoholberoende som han inte klarat att bryta på egen hand eller i öppenvård. '
              'Behandlingen på Vångagården ger honom avskildhet från vardagens triggers, medicinsk uppföljning av '
              'levervärdena och ett anhörigprogram för sambon, vilket motsvarar hans behov.'),
        ('sig', ['Lars Tufvesson', 'Enhetschef']),
        overklagande(),
    ]
    C.html('beslut.pdf', 'beslut', bes, letterhead=hl(K), keep=False)
    C.ev('needs_assessment', 'beslut.pdf', 'Johan har ett alkoholberoende som han inte klarat att bryta')

    n, t, tel, mail = OFFICERS['AH']
    mailh = R.email_html('Amira Hadzic', [
        ('Från:', 'Amira Hadzic <%s>' % mail),
        ('Skickat:', 'den 24 juni 2015 15:32'),
        ('Till:', 'intag@vangagarden.se'),
        ('Kopia:', 'Lars Tufvesson'),
        ('Ämne:', 'SÄKER: Uppdragsbeskrivning Johan Berg, inskrivning 2015-07-06'),
    ], [
        'Hej Gunilla!',
        'Som vi pratade om i telefon skickar jag här uppdragsbeskrivningen för Johan Berg (19000921-6613), som '
        'skrivs in hos er måndag 2015-07-06. Utredning och beslut ligger som bilagor.',
        '**Socialnämndens bedömning**\nJohan har ett alkoholberoende med förhöjda levervärden, sömnproblem och '
        'körkortsindragning efter rattfylleri. Han har inte klarat att sluta på egen hand eller i öppenvård. '
        'Vi bedömer att han behöver en sammanhållen behandling borta från vardagen, med medicinsk uppföljning '
        'av levervärdena och med sambon involverad. Arbetsgivaren vill ha honom tillbaka efter behandlingen.',
        '**Uppdraget**\nBehandling enligt ert fyramånadersprogram (KBT och återfallsprevention), läkarkontakt '
        'med uppföljning av levervärdena, anhörigprogrammet för sambon Linda samt stöd i kontakten med '
        'arbetsgivaren inför återgång i arbete.',
        '**Mål**\n1) Johan är nykter under behandlingstiden. 2) Levervärdena är normaliserade eller på väg att '
        'normaliseras vid utskrivning. 3) Johan har en återfallspreventionsplan och en plan för återgång i '
        'arbete vid utskrivning.',
        '**Uppföljning**\nJag upprättar vårdplan tillsammans med Johan och er inom två veckor. Uppföljning sker '
        'vid trepartsmöte efter sex veckor och vid utvärderingsmöte inför utskrivning. Er genomförandeplan vill '
        'jag ha inom en månad.',
        '**Vid avslut**\nSkriftlig slutrapport till mig inom 14 dagar efter utskrivning med måluppfyllelse, '
        'provresultat, levervärden, eventuella återfall och rekommendationer för eftervård. Vid avbrott eller '
        'om Johan inte kommer vill jag bli kontaktad samma dag.',
        'Hör av dig om något är oklart!',
    ], ['Vänliga hälsningar', '', 'Amira Hadzic', 'Socialsekreterare', 'Lunds kommun, Socialförvaltningen',
        'Vuxenenheten, Missbruksgruppen', 'Tel: %s' % tel, 'E-post: %s' % mail],
        attachments=['Utredning_SOC2015-0561.pdf', 'Beslut_SOC2015-0561.pdf'])
    C.chrome('uppdrag_epost.pdf', 'uppdragsbeskrivning (e-post)', mailh)
    C.ev('needs_assessment', 'uppdrag_epost.pdf', 'Vi bedömer att han behöver en sammanhållen behandling')
    C.ev('assignment_description', 'uppdrag_epost.pdf', 'den 24 juni 2015 15:32', 'Socialnämndens bedömning',
         'Vid avslut', 'E-post: amira.hadzic@lund.se')

    J = [
        ('2015-05-04', '', 'Ansökan', 'Amira Hadzic', 'Johan ansöker om behandlingshem, se ansökan.'),
        ('2015-05-07', '', 'Besök', 'Amira Hadzic', 'Samtal, AUDIT 26 p. Samtycke vårdcentral och arbetsgivare.'),
        ('2015-06-17', '', 'Utredning klar', 'Amira Hadzic', 'Utredningen avslutad med förslag Vångagården.'),
        ('2015-06-22', '', 'Beslut', 'Lars Tufvesson', 'Institutionsvård Vångagården fr.o.m. 2015-07-06.'),
        ('2015-06-24', '', 'Uppdrag', 'Amira Hadzic',
         'Uppdragsbeskrivning skickad med säker e-post till Vångagården (intag, Gunilla Ferm) tillsammans med '
         'utredning och beslut.'),
        ('2015-07-03', '11:20', 'Telefon', 'Amira Hadzic',
         'Johan ringer. Säger att han inte vill åka på måndag, "det går bra nu", han har inte druckit på en '
         'vecka. Handl. föreslår att vi ses innan. Han vill tänka.'),
        ('2015-07-06', '', 'Telefon', 'Amira Hadzic',
         'Vångagården ringer: Johan har inte kommit till inskrivningen. Handl. söker Johan, inget svar.'),
        ('2015-07-09', '13:00', 'Besök', 'Amira Hadzic',
         'Johan på besök. Han tackar nej till placeringen. Han vill försöka på egen hand med stöd av AA och '
         'företagshälsovården. Informerad om att han kan söka igen. Handl. erbjuder uppföljande samtal om en '
         'månad; Johan avböjer. Vångagården meddelad att platsen avbokas.'),
        ('2015-08-12', '', 'Avslut', 'Amira Hadzic',
         'Ärendet avslutas. Insatsen har aldrig påbörjats, klienten avböjde före inskrivning.'),
    ]
    jb = [('h1', 'Journalanteckningar'), head_kv(who, pnr, dnr, 'AH', '', '')] + journal_blocks(J)
    C.html('journal.pdf', 'journalanteckningar', jb, letterhead=hl(K))
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning skickad med säker e-post till Vångagården')

    C.unite('utredning_och_beslut.pdf', 'samlad utskrift (utredning, beslut)', ['utredning.pdf', 'beslut.pdf'])

    C.label('needs_assessment', 'ja', 'Bedömning per livsområde och "Sammanfattande bedömning" som anger behoven '
            'och varför Vångagården möter dem; beslutet har skäl.')
    C.label('planning', 'ej_tillämpligt', 'Johan tackade nej till placeringen och kom aldrig till '
            'inskrivningen; insatsen påbörjades inte.')
    C.label('follow_up', 'ej_tillämpligt', 'Insatsen påbörjades aldrig (avböjd före start, ärendet avslutat '
            '2015-08-12).')
    C.label('assignment_description', 'ja', 'E-post 2015-06-24 till Vångagården med bedömning, uppdrag, mål, '
            'uppföljning, slutrapport och handläggarens kontaktuppgifter; skickat-datum i e-posten och '
            'journalen.', present='abcdefg')
    return C


# =====================================================================================
def case4():
    """Anders Nilsson. Purchased outpatient care. Conclusion-only assessment; good plan;
    follow-up booked, cancelled, 'planeras till november'; letter assignment without report-back."""
    C = Case(K, 'SOC 2015/0733')
    who, pnr, dnr = 'Anders Nilsson', '19011130-2958', 'SOC 2015/0733'
    utr = [
        ('h1', 'Förenklad utredning'),
        head_kv(who, pnr, dnr, 'JE', 'Datum', '2015-04-08'),
        ('h2', 'Anledning till utredning'),
        ('p', 'Anders ansökte 2015-03-24 om stöd för sitt drickande efter påtryckning från arbetsgivaren.'),
        ('h2', 'Boende'),
        ('p', 'Anders säger att han bor i bostadsrätt på Östra Torn och att "det är inga problem med boendet".'),
        ('h2', 'Försörjning'),
        ('p', 'Anställd som säljare. Enligt Anders har han inga skulder.'),
        ('h2', 'Hälsa'),
        ('p', 'Anders uppger att han mår bra men att han har haft svårt att sova den senaste tiden.'),
        ('h2', 'Missbruk'),
        ('p', 'Anders berättar att han dricker 4–5 öl varje kväll och mer på helgerna. Han tycker själv inte att '
              'det är något stort problem men arbetsgivaren har reagerat på att han luktat alkohol på morgonen. '
              'AUDIT 2015-03-26: 19 poäng.'),
        ('h2', 'Relationer'),
        ('p', 'Gift, två barn 8 och 11 år. Frun har enligt Anders "tröttnat på tjatet om flaskorna".'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Anders bedöms vara i behov av öppenvård i form av återfallsprevention hos Aktiv Öppenvård Syd AB.'),
        officer_sig('JE'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=hl(K), header_right='Förenklad utredning  ' + dnr,
           footer_left=FOOT)
    C.ev('needs_assessment', 'utredning.pdf', 'Anders bedöms vara i behov av öppenvård')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'JE', 'Beslutsdatum', '2015-04-09'),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård (ÅP-program 12 veckor med individuella samtal) hos Aktiv Öppenvård Syd AB beviljas '
              'fr.o.m. 2015-04-20 under sex månader enligt 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Se utredning daterad 2015-04-08.'),
        ('sig', ['Jonas Ekdahl', 'Socialsekreterare (delegation)']),
        overklagande(),
    ]
    C.docx('beslut.pdf', 'beslut', bes, header_left=hl(K), header_right='Beslut  ' + dnr, footer_left=FOOT)

    upp = [
        ('p', 'Aktiv Öppenvård Syd AB\nAtt: Kristina Wallin\nStortorget 8\n222 23 Lund'),
        ('p', 'Lund 2015-04-14'),
        ('h2', 'Uppdragsbeskrivning – öppenvård för Anders Nilsson (%s)' % pnr),
        ('p', 'Socialnämnden i Lund har 2015-04-09 beviljat Anders Nilsson öppenvård hos er. Härmed lämnas '
              'uppdraget.'),
        ('h3', 'Nämndens bedömning'),
        ('p', 'Anders bedöms vara i behov av öppenvård.'),
        ('h3', 'Uppdraget'),
        ('p', 'ÅP-program 12 veckor i grupp samt individuella samtal varannan vecka. Alkoholutandningsprov vid '
              'varje besök. Start 2015-04-20.'),
        ('h3', 'Mål'),
        ('p', 'Att Anders minskar sitt drickande till högst riskfri konsumtion enligt AUDIT-C senast vid '
              'programmets slut, och att han inte kommer påverkad till arbetet.'),
        ('h3', 'Uppföljning'),
        ('p', 'Uppföljning sker vid ett trepartsmöte efter sex veckor och vid avslut, med Anders, behandlaren och '
              'handläggaren.'),
        ('h3', 'Återrapportering vid avslut'),
        ('p', ''),
        ('h3', 'Kontaktuppgifter'),
        ('p', 'Ansvarig handläggare: Jonas Ekdahl, tel. 046-35 41 07, jonas.ekdahl@lund.se'),
        ('sp',),
        ('sig', ['Med vänlig hälsning', '', 'Jonas Ekdahl', 'Socialsekreterare']),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (brev)', upp, header_left=hl(K), footer_left='',
           page_numbers=False)
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Anders bedöms vara i behov av öppenvård.')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Uppdragsbeskrivning – öppenvård för Anders')

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', '**Aktiv Öppenvård Syd AB**  |  Klient: Anders Nilsson  |  Uppdragsgivare: Lunds kommun, '
              'Vuxenenheten (Jonas Ekdahl)  |  Upprättad 2015-04-28 av Kristina Wallin tillsammans med Anders'),
        ('table', ['Mål', 'Insats / aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Anders dricker högst 2 standardglas per tillfälle och högst 2 dagar i veckan (mäts med '
             'dryckesdagbok och AUDIT-C)', 'ÅP-grupp tisdagar kl. 17–19; dryckesdagbok som gås igenom vid '
                                          'varje individuellt samtal',
             'Anders; Kristina Wallin', 'Grupp 2015-04-21 – 2015-07-07; AUDIT-C 2015-07-07'],
            ['Anders kommer inte påverkad till arbetet', 'Alkoholutandningsprov vid varje besök; samtal om '
                                                          'morgonrutiner', 'Kristina Wallin',
             'Vid varje besök; avstämning 2015-06-02'],
            ['Anders sover minst sex timmar per natt', 'Sömnskola (två tillfällen) och sömndagbok',
             'Anders; Kristina Wallin', '2015-05-12 och 2015-05-19'],
            ['Anders frus oro har minskat och hon vet var hon kan få stöd', 'Anhörigsamtal tillsammans med '
                                                                          'frun', 'Kristina Wallin',
             'Senast 2015-06-16'],
        ], [5, 5, 3, 3.5]),
        ('p', 'Planen följs upp vid trepartsmöte med socialtjänsten efter sex veckor och vid programmets slut.'),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan', gfp, layout='landscape',
         header_left='Aktiv Öppenvård Syd AB – Lund', header_right='Genomförandeplan', footer_left='Konfidentiellt',
         pn_format='{P}')
    C.ev('planning', 'genomforandeplan.pdf', 'Anders dricker högst 2 standardglas')

    J = [
        ('2015-03-24', '', 'Telefon', 'Jonas Ekdahl', 'Anders ringer efter samtal med chefen. Tid 26/3.'),
        ('2015-03-26', '', 'Besök', 'Jonas Ekdahl', 'Samtal, AUDIT 19p. Ansökan om öppenvård. Vill inte gå på '
                                                    'Kvarngatan då han känner folk där.'),
        ('2015-04-09', '', 'Beslut', 'Jonas Ekdahl', 'Öppenvård Aktiv Öppenvård Syd beviljad.'),
        ('2015-04-14', '', 'Uppdrag', 'Jonas Ekdahl', 'Uppdragsbeskrivning postad till Aktiv Öppenvård Syd.'),
        ('2015-04-20', '', 'Start', 'Jonas Ekdahl', 'Anders har börjat enl. Kristina Wallin.'),
        ('2015-05-06', '', 'Inkommen', 'Jonas Ekdahl', 'Genomförandeplan från Aktiv Öppenvård inkommen.'),
        ('2015-05-27', '', 'Bokning', 'Jonas Ekdahl', 'Trepartsmöte/uppföljning bokat 2015-06-10 kl. 15 hos '
                                                      'Aktiv Öppenvård.'),
        ('2015-06-10', '', 'Inställt', 'Jonas Ekdahl', 'Mötet inställt, Anders sjuk. Ny tid bokas efter '
                                                       'semestrarna.'),
        ('2015-06-23', '', 'Ekonomi', 'Jonas Ekdahl', 'Faktura från Aktiv Öppenvård april–maj attesterad.'),
        ('2015-08-24', '', 'Notering', 'Amira Hadzic', 'Ärendet övertaget efter Jonas Ekdahl. Uppföljning planeras '
                                                        'till november när insatsperioden löper ut.'),
        ('2015-09-22', '', 'Notering', 'Amira Hadzic', 'Ingen uppföljning har gjorts sedan start. Tid med Anders '
                                                        'och behandlaren ska bokas.'),
    ]
    body = journal_troff('Journalanteckningar', ['Klient: %s  %s' % (who, pnr), 'Dnr: %s' % dnr,
                                                 'Enhet: Vuxenenheten, Lunds kommun'], J)
    C.groff('journal.pdf', 'journalanteckningar', body, 'Lunds kommun', 'Journal ' + dnr, FOOT)
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning postad till Aktiv')

    C.label('needs_assessment', 'delvis', 'Utredningen beskriver bara Anders egna uppgifter; '
            '"Handläggarens överväganden" är en ensam slutsats ("bedöms vara i behov av öppenvård") utan behov '
            'eller motivering; beslutet hänvisar bara till utredningen.')
    C.label('planning', 'ja', 'Genomförandeplan från utföraren med mätbara mål, insatser, ansvarig och datum.')
    C.label('follow_up', 'nej', 'Trepartsmötet 2015-06-10 ställdes in; därefter bara "uppföljning planeras till '
            'november" och notering 2015-09-22 att ingen uppföljning gjorts.')
    C.label('assignment_description', 'delvis', 'Brevet har uppdrag, mål, uppföljning, kontaktuppgifter och '
            'överlämnandet finns i journalen, men nämndens bedömning är bara en slutsats och rubriken '
            '"Återrapportering vid avslut" är tom.', present='bcdfg')
    return C


CASES = [case1, case2, case3, case4]
