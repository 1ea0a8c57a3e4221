# -*- coding: utf-8 -*-
"""Trollhättan: Socialförvaltningen, vuxenenheten. Diarienummer 'ÅÅÅÅ-NNNNNN' (löpnummer).
Exports: Word templates in Liberation Sans, journal as HTML table export, one whole akt as plain text."""
from common import D, crit, OVERKLAGA

ORG = 'TROLLHÄTTANS STAD  |  Socialförvaltningen  |  Vuxenenheten'
AN = ('Anders Nyquist', '070-174 06 21', 'anders.nyquist@trollhattan.se')
SB = ('Sofia Bergkvist', '070-174 06 23', 'sofia.bergkvist@trollhattan.se')
LH = ('Lena Hallin', '070-174 06 25', 'lena.hallin@trollhattan.se')
ML = 'Mats Ljung'
FONT = 'Helvetica'


def hdr():
    return (ORG, 'Sida {PAGE} ({NUMPAGES})')


def ftr(dnr):
    return ('Dnr ' + dnr + '   Utskrivet från verksamhetssystemet', '')


def cover(dnr, name):
    return {'renderer': 'docx', 'font': FONT,
            'title_lines': ['AKTUTSKRIFT', 'Trollhättans stad, Socialförvaltningen, Vuxenenheten',
                            'Diarienummer: %s' % dnr, 'Klient: %s' % name, 'Dokument i datumordning:'],
            'foot': 'Utskriften begärd 2015-09-25 av IVO inom tillsyn av missbruksvård för vuxna. Sekretess enligt 26 kap. 1 § OSL.'}


def jtable(rows):
    return ('table', ['Datum', 'Händelse', 'Anteckning', 'Sign'], rows, [2.3, 3.0, 10.3, 1.4])


# ============================================================ case 7
def case7():
    dnr = '2014-001277'; name = 'Roger Blom'; pnr = '19011120-4058'
    H, F = hdr(), ftr(dnr)
    akt = D('akt', 'aktualisering', 'aktualisering.pdf', [
        ('title', 'AKTUALISERING'),
        ('kv', [('Datum', '2014-10-20'), ('Inkom via', 'Telefon, egen ansökan (efter kontakt med psykiatrisk öppenvård)'),
                ('Person', '%s, %s' % (name, pnr)),
                ('Beskrivning', 'Roger berättar att han dricker dagligen sedan han blev sjukskriven för depression för ett år sedan. '
                                'Hans läkare på psykiatrin har sagt att depressionsbehandlingen inte fungerar så länge han dricker. '
                                'Roger vill ha behandling, gärna på behandlingshem.'),
                ('Beslut om utredning', 'Utredning inleds 2014-10-20 (11 kap. 1 § SoL)'),
                ('Handläggare', 'Anders Nyquist')]),
    ], renderer='html-lo', date='2014-10-20', title='Aktualisering', font=FONT, size=10, author=AN[0], header=(ORG, ''))

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('sub', 'Vuxen – missbruk/beroende · 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Diarienummer', dnr),
                ('Utredare', 'Anders Nyquist, socialsekreterare'), ('Utredningstid', '2014-10-20 – 2014-12-09')], [4.0, 13.0]),
        ('cols', 2),
        ('h', '1. BAKGRUND'),
        ('p', 'Roger har arbetat som svetsare på samma företag i många år. Han har alltid druckit en del men upplever själv att '
              'det blev ett problem när han skilde sig 2010. Hösten 2013 blev han sjukskriven för depression och har sedan dess '
              'druckit dagligen. Han har haft kontakt med psykiatrisk öppenvård sedan januari 2014 och behandlas med antidepressiva.'),
        ('h', '2. NULÄGE'),
        ('h2', 'Missbruk'),
        ('p', 'Roger dricker enligt egen uppgift 6–8 starköl och en halv flaska sprit om dagen. AUDIT 2014-11-04: 29 poäng. '
              'Han har avgiftats på NÄL en gång (2014-08). Inga narkotika.'),
        ('h2', 'Psykisk och fysisk hälsa'),
        ('p', 'Roger har en medelsvår depression. Psykiatrin (överläkare Hanna Sjödin) har efter samtycke uppgett att depressionen '
              'inte går att behandla framgångsrikt så länge alkoholbruket fortsätter, och att de stöttar en behandlingshemsvistelse.'),
        ('h2', 'Boende, ekonomi, sysselsättning'),
        ('p', 'Bor i egen lägenhet på Lextorp. Sjukpenning. Anställningen finns kvar men arbetsgivaren har sagt att han inte kan '
              'komma tillbaka utan att vara nykter.'),
        ('colbreak',),
        ('h2', 'Nätverk'),
        ('p', 'Två vuxna barn som han träffar sällan. En bror i Vänersborg som han har bra kontakt med. Inga nyktra vänner i övrigt.'),
        ('h2', 'Rogers uppfattning'),
        ('p', 'Roger vill bli nykter för att kunna gå tillbaka till jobbet. Han tror inte att han klarar det hemma, där han sitter ensam hela dagarna.'),
        ('h', '3. SAMMANFATTANDE ÖVERVÄGANDEN'),
        ('p', 'Roger har ett dagligt och högt alkoholintag som har pågått i över ett år och som enligt psykiatrin förhindrar att '
              'hans depression kan behandlas. Han är isolerad i hemmet, saknar sysselsättning och nyktert umgänge, och riskerar att '
              'förlora sin anställning. Hans behov är i första hand att bli nykter i en miljö där han inte är ensam, att få '
              'behandling som tar hänsyn till depressionen och att få hjälp att planera för återgång i arbete.'),
        ('p', 'Behandlingshemmet Solvik har en inriktning mot samsjuklighet med psykiatrisk konsult och arbetar med KBT och '
              'återfallsprevention. Öppenvård bedöms inte tillräckligt i nuläget eftersom Roger sitter ensam hemma dagarna igenom. '
              'Sammantaget bedömer vi att Rogers behov tillgodoses genom institutionsvård på Solvik under cirka sex månader, '
              'med utslussning mot arbete.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Att bevilja Roger Blom institutionsvård vid Behandlingshemmet Solvik enligt 4 kap. 1 § SoL 2015-01-07 – 2015-06-30.'),
        ('cols', 1),
        ('sig', ['Trollhättan 2014-12-09', 'Anders Nyquist', 'Socialsekreterare']),
    ], date='2014-12-09', title='Utredning', header=H, footer=F, font=FONT, size=9.5, author=AN[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('sub', 'Socialnämnden i Trollhättan – delegationsbeslut'),
        ('kv', [('Beslutsdatum', '2014-12-11'), ('Namn', '%s %s' % (name, pnr)),
                ('Beslut', 'Roger Blom beviljas institutionsvård vid Behandlingshemmet Solvik 2015-01-07 – 2015-06-30.'),
                ('Lagrum', '4 kap. 1 § SoL'),
                ('Motivering', 'Roger har ett dagligt alkoholbruk som förhindrar behandling av hans depression. Han behöver en nykter '
                               'miljö och samsjuklighetsinriktad behandling som inte kan ges på hemmaplan. Se utredning 2014-12-09.'),
                ('Beslutsfattare', 'Mats Ljung, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2014-12-11', title='Beslut', header=H, footer=F, font=FONT, size=10, author=ML)

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Behandlingshemmet Solvik, föreståndare Bo Järnefelt'),
                ('Klient', '%s, %s' % (name, pnr)), ('Beslut', '2014-12-11, 4 kap. 1 § SoL'),
                ('Insatsperiod', '2015-01-07 – 2015-06-30')], [4.0, 13.0]),
        ('box', 'Socialnämndens bedömning av behov',
         'Roger har ett dagligt högt alkoholintag som förhindrar behandling av hans depression. Han är isolerad i hemmet och '
         'riskerar sin anställning. Han behöver bli nykter i en miljö där han inte är ensam, behandling som tar hänsyn till '
         'depressionen och planering för återgång i arbete.'),
        ('box', 'Uppdraget innehåller',
         'Institutionsvård med samsjuklighetsinriktad behandling (KBT, återfallsprevention), samverkan med psykiatrisk konsult '
         'kring depressionen, regelbundna alkoholkontroller, arbetsinriktade aktiviteter och utslussning de sista fyra veckorna.'),
        ('box', 'Mål',
         '1) Roger är nykter under vistelsen (negativa prover). 2) Roger har en fungerande dygnsrytm och deltar i hela programmet. '
         '3) Det finns en plan för arbetsåtergång tillsammans med arbetsgivare och Försäkringskassan före utskrivning.'),
        ('box', 'Uppföljning',
         'Vårdplan upprättas inom tre veckor. Uppföljning av insatsen sker efter två månader och före utskrivning i form av möte '
         'mellan Roger, utföraren och socialtjänsten.'),
        ('box', 'Rapportering vid avslut',
         'Utföraren lämnar en skriftlig slutrapport senast 14 dagar efter avslut med beskrivning av behandlingen, måluppfyllelse och förslag till eftervård.'),
        ('box', 'Ansvarig handläggare (namn, telefon, e-post)', ''),
        ('sig', ['Trollhättan 2014-12-17', 'För socialnämnden', '', 'Mats Ljung, enhetschef']),
    ], date='2014-12-17', title='Uppdrag till utförare', header=H, footer=F, font=FONT, size=10, author=ML)

    vp = D('vp', 'vårdplan', 'vardplan.pdf', [
        ('title', 'VÅRDPLAN'),
        ('sub', 'Klient: Roger Blom · Behandlingshemmet Solvik · Vårdplansmöte 2015-01-21 · Deltagare: Roger, Bo Järnefelt, kontaktman Lisa Näslund, Anders Nyquist (handl.)'),
        ('table', ['Mål (vad ska uppnås)', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt', 'Hur målet mäts'], [
            ['Roger är nykter under hela vistelsen', 'Program enligt Solviks veckoschema, ÅP-grupp 3 ggr/vecka, enskilda samtal varje vecka',
             'Kontaktman Lisa Näslund, Roger', '2015-01-21 – 2015-06-30', 'Negativa utandningsprov vid permissioner, PEth varje månad'],
            ['Depressionen behandlas parallellt', 'Bedömning av psykiatrisk konsult, medicinuppföljning', 'Solvik (psykiatrisk konsult)', 'Första bedömning senast 2015-02-15', 'MADRS vid start och efter 3 mån'],
            ['Roger har en fungerande dygnsrytm', 'Dagsschema, arbetsträning i snickeriet', 'Roger, Lisa Näslund', 'Från vecka 5 (2015-01-26)', 'Närvaro i arbetsträningen > 90 %'],
            ['Plan för arbetsåtergång finns', 'Avstämningsmöte med arbetsgivare och Försäkringskassan', 'Handl. Anders Nyquist', 'Senast 2015-05-31', 'Skriftlig plan finns'],
            ['Eftervård är ordnad', 'Ansökan om eftervård på Mottagningen Bryggan', 'Handl. Anders Nyquist, Roger', 'Senast 2015-06-15', 'Beslut om eftervård finns'],
        ], [5.2, 6.6, 4.4, 4.2, 4.8]),
        ('p', 'Vårdplanen följs upp 2015-03-12 och vid utvärderingsmöte före utskrivning.'),
        ('sig', ['Roger Blom ____________________     Lisa Näslund ____________________     Anders Nyquist ____________________']),
    ], date='2015-01-21', title='Vårdplan', header=H, footer=F, font=FONT, size=9.5, landscape=True, author=AN[0])

    uppf = D('uppf', 'uppföljning', 'uppfoljning.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Institutionsvård, Behandlingshemmet Solvik'), ('Uppföljningsdatum', '2015-03-12'),
                ('Form', 'Trepartssamtal på Solvik'), ('Närvarande', 'Roger Blom, Lisa Näslund (Solvik), Anders Nyquist (handl.)')], [4.0, 13.0]),
        ('box', 'Hur har det gått?',
         'Roger har varit nykter sedan inskrivningen, alla prover negativa. Han deltar i hela programmet och arbetstränar i snickeriet '
         'fyra dagar i veckan. Psykiatrisk konsult har justerat medicineringen 2015-02-10; MADRS har sjunkit från 28 till 17. Roger säger '
         'att han sover bättre och att det känns meningsfullt att jobba med händerna igen.'),
        ('box', 'Måluppfyllelse', 'Mål 1–3 uppfyllda hittills. Mål 4 och 5 ej påbörjade (planerat till maj–juni).'),
        ('box', 'Förändringar / nya överenskommelser', 'Handläggaren bokar möte med arbetsgivaren och Försäkringskassan i april. Roger får hempermission varannan helg.'),
        ('sig', ['Anders Nyquist, socialsekreterare']),
    ], date='2015-03-12', title='Uppföljning av insats', header=H, footer=F, font=FONT, size=10, author=AN[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journal – %s' % name),
        ('sub', '%s · Dnr %s' % (pnr, dnr)),
        jtable([
            ['2014-10-20', 'Telefon', 'Ansökan om behandling, se aktualisering. Utredning inleds.', 'AN'],
            ['2014-11-04', 'Besök', 'Första utredningssamtal. AUDIT 29. Samtycke till kontakt med psykiatrin och arbetsgivaren.', 'AN'],
            ['2014-11-13', 'Telefon', 'Överläkare Hanna Sjödin, psykiatrin: stöttar behandlingshem, depression svårbehandlad p.g.a. alkoholen.', 'AN'],
            ['2014-11-25', 'Besök', 'Roger och handl. besökte Solvik tillsamans. Roger vill dit.', 'AN'],
            ['2014-12-09', 'Utredning', 'Utredningen klar och kommunicerad.', 'AN'],
            ['2014-12-11', 'Beslut', 'Inst.vård Solvik 2015-01-07 – 2015-06-30 enl. 4:1 SoL.', 'ML'],
            ['2014-12-18', 'Uppdrag', 'Uppdraget till utförare skickat till Solvik per post. Kopia av beslutet bifogad.', 'AN'],
            ['2015-01-07', 'Inskrivning', 'Roger inskriven på Solvik.', 'AN'],
            ['2015-01-21', 'Vårdplan', 'Vårdplansmöte på Solvik, vårdplan upprättad.', 'AN'],
            ['2015-03-12', 'Uppföljning', 'Trepartssamtal på Solvik, se Uppföljning av insats.', 'AN'],
            ['2015-04-16', 'Möte', 'Avstämningsmöte med arbetsgivaren och FK på Solvik. Överenskommet om arbetsträning 25 % från 2015-07-01.', 'AN'],
            ['2015-05-20', 'Trepartssamtal', 'Trepartssamtal inför utskrivning (Roger, Lisa Näslund, handl.). Roger fortsatt nykter, MADRS 12. Plan för arbetsåtergång klar '
             '(mål 4 uppfyllt). Ansökan om eftervård på Bryggan lämnad idag. Roger skrivs ut 2015-06-30 som planerat.', 'AN'],
            ['2015-07-09', 'Slutrapport', 'Slutrapport från Solvik inkommen.', 'AN'],
        ]),
    ], renderer='html-lo', date='2015-07-09', title='Journal', font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'trollhattan_2014-001277', 'committee': 'Trollhättan', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'aktutskrift_2014-001277.pdf', 'cover': cover(dnr, name),
        'docs': [akt, utr, bes, upp, vp, uppf, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Sammanfattande överväganden" i den tvåspaltiga utredningen anger Rogers behov och varför Solvik tillgodoser dem; återges i beslutets motivering och uppdraget.',
                                     [('utr', 'Roger har ett dagligt och högt alkoholintag som har pågått'), ('utr', 'Sammantaget bedömer vi att Rogers behov'),
                                      ('bes', 'Han behöver en nykter miljö och samsjuklighetsinriktad'), ('upp', 'Roger har ett dagligt högt alkoholintag som förhindrar')]),
            'planning': crit('ja', 'Vårdplan 2015-01-21 (liggande tabell) med mål, insatser, ansvariga, datum och mätsätt.',
                             [('vp', 'Roger är nykter under hela vistelsen')]),
            'follow_up': crit('ja', 'Uppföljning av insats 2015-03-12 (trepartssamtal) med måluppfyllelse, och trepartssamtal 2015-05-20 i journalen.',
                              [('uppf', 'Roger har varit nykter sedan inskrivningen'), ('jour', 'Trepartssamtal inför utskrivning')]),
            'assignment_description': crit('delvis', 'Uppdrag till utförare har bedömning, innehåll, mål, uppföljning och återrapportering, men fältet för ansvarig handläggare och kontaktuppgifter är tomt (undertecknat av enhetschefen); överlämnandet noteras i journalen.',
                                           [('upp', 'Socialnämndens bedömning av behov'), ('jour', 'Uppdraget till utförare skickat till Solvik per post')], present='abcdeg'),
        }}


# ============================================================ case 8
def case8():
    dnr = '2015-000318'; name = 'Linnea Svärd'; pnr = '19020405-7728'
    H, F = hdr(), ftr(dnr)
    anm = D('anm', 'aktualisering', 'aktualisering.pdf', [
        ('title', 'AKTUALISERING – ANMÄLAN'),
        ('kv', [('Inkom', '2015-02-23'), ('Anmälare', 'Psykiatriska akutmottagningen NÄL, kurator Jenny Blomqvist (med Linneas samtycke)'),
                ('Gäller', '%s, %s' % (name, pnr)),
                ('Innehåll', 'Linnea sökte akut 2015-02-21 för panikångest efter att ha rökt cannabis. Hon uppger att hon röker dagligen och '
                             'dricker mycket på helgerna. Hon vill ha hjälp att sluta och har gett samtycke till att socialtjänsten kontaktas.'),
                ('Åtgärd', 'Kontakt med Linnea 2015-02-24, hon ansöker om öppenvård. Utredning inleds.')], [4.0, 13.0]),
    ], date='2015-02-23', title='Aktualisering', header=H, footer=F, font=FONT, size=10, author=SB[0])

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING – ANSÖKAN OM ÖPPENVÅRD'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Handläggare', 'Sofia Bergkvist'), ('Datum', '2015-03-24')], [4.0, 13.0]),
        ('h', 'BAKGRUND'),
        ('p', 'Linnea växte upp i Trollhättan. Hon började röka cannabis under gymnasiet och har gjort det dagligen de senaste två åren. '
              'Hon har inte tidigare haft kontakt med socialtjänsten som vuxen.'),
        ('h', 'NULÄGE'),
        ('p', 'Linnea studerar på Komvux men har hög frånvaro. Hon bor i en studentlägenhet. Hon har en skuld hos Kronofogden på '
              '12 400 kr (obetalda räkningar). Hon röker cannabis varje kväll och dricker 10–15 standardglas varje helg. DUDIT 21 p, '
              'AUDIT 16 p. Hon har fått panikattacker vid tre tillfällen under vintern. Hennes mamma är ett stöd.'),
        ('p', 'Linnea säger att hon vill sluta röka för att klara skolan och bli av med ångesten. Hon vill inte gå i grupp.'),
        ('h', 'BEDÖMNING'),
        ('p', 'Linnea har ett dagligt cannabisbruk och ett riskbruk av alkohol som har lett till ångest, hög frånvaro i skolan och '
              'ekonomiska problem. Hon har ett fungerande boende och stöd av sin mamma, och hon är motiverad. Hon har behov av '
              'individuell behandling för att sluta med cannabis och minska alkoholen, stöd att hantera ångesten utan droger samt '
              'hjälp med sin ekonomi. Mottagningen Bryggan erbjuder individuell behandling enligt CRA/ÅP och har samarbete med '
              'budget- och skuldrådgivningen. Behoven bedöms kunna tillgodoses genom öppenvård på Bryggan.'),
        ('h', 'FÖRSLAG TILL BESLUT'),
        ('p', 'Linnea Svärd beviljas öppenvård vid Mottagningen Bryggan enligt 4 kap. 1 § SoL 2015-04-01 – 2015-09-30.'),
        ('sig', ['Sofia Bergkvist, socialsekreterare']),
    ], date='2015-03-24', title='Utredning', header=H, footer=F, font=FONT, size=10, author=SB[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Datum', '2015-03-26'), ('Namn', '%s %s' % (name, pnr)),
                ('Beslut', 'Beviljas öppenvård vid Mottagningen Bryggan 2015-04-01 – 2015-09-30.'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Motivering', 'Se utredning 2015-03-24.'), ('Beslutsfattare', 'Mats Ljung, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2015-03-26', title='Beslut', header=H, footer=F, font=FONT, size=10, author=ML)

    best = D('best', 'uppdragsbeskrivning', 'bestallning.pdf', [
        ('title', 'BESTÄLLNING – ÖPPENVÅRD'),
        ('kv', [('Till', 'Mottagningen Bryggan, Trollhättan'), ('Från', 'Vuxenenheten, socialförvaltningen'),
                ('Klient', '%s, %s' % (name, pnr)), ('Beslut', '2015-03-26, öppenvård 4 kap. 1 § SoL, 2015-04-01 – 2015-09-30'),
                ('Beställningen skickad', '2015-03-27, internpost och e-post till bryggan@example.se')], [4.0, 13.0]),
        ('box', 'Nämndens bedömning av behov',
         'Linnea har ett dagligt cannabisbruk och riskbruk av alkohol med ångest, skolfrånvaro och skulder som följd. Hon har behov '
         'av individuell behandling för att sluta med cannabis och minska alkoholen, stöd att hantera ångest utan droger och hjälp med ekonomin.'),
        ('box', 'Beställningen avser', 'Individuella samtal (CRA/ÅP) en gång i veckan, urinprov, kontakt med budget- och skuldrådgivningen.'),
        ('box', 'Mål', 'Linnea är fri från cannabis (negativa urinprov) senast 2015-06-01 och dricker högst 5 standardglas per vecka. '
                       'Hon har närvaro över 80 % i Komvux höstterminen 2015. Hon har en avbetalningsplan hos Kronofogden.'),
        ('box', 'Uppföljning', 'Bryggan upprättar genomförandeplan inom fyra veckor. Uppföljningsmöte med Linnea, behandlare och handläggare efter tre månader.'),
        ('box', 'Återrapportering', 'Vid avslut skickar Bryggan en skriftlig sammanfattning: närvaro, provresultat, måluppfyllelse och bedömning av fortsatt stöd.'),
        ('box', 'Handläggare', 'Sofia Bergkvist, 070-174 06 23, sofia.bergkvist@trollhattan.se'),
    ], date='2015-03-27', title='Beställning', header=H, footer=F, font=FONT, size=10, author=SB[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journalanteckningar'),
        ('lines', ['%s  %s' % (name, pnr), 'Dnr %s' % dnr, '']),
        ('journal', [
            ('2015-02-24', 'SB', 'Tfn Linnea', 'Ansöker om hjälp. Utredning inleds. Besök 3/3.'),
            ('2015-03-03', 'SB', 'Besök', 'DUDIT 21, AUDIT 16. Samtycke till kontakt med NÄL.'),
            ('2015-03-17', 'SB', 'Besök', 'Pratat om Bryggan. Linnea vill ha enskilda samtal.'),
            ('2015-03-24', 'SB', 'Utredning', 'Klar, kommunicerad.'),
            ('2015-03-26', 'ML', 'Beslut', 'Öppenvård Bryggan.'),
            ('2015-03-27', 'SB', 'Beställning', 'Beställning skickad till Bryggan. Genomförandeplan ska upprättas av Bryggan inom fyra veckor.'),
            ('2015-04-01', 'SB', 'Start', 'Linnea har haft första samtalet på Bryggan.'),
            ('2015-04-21', 'SB', 'Tfn Linnea', 'Linnea har fått brev från Kronofogden. Handl. hjälper henne att kontakta budget- och skuldrådgivningen. Planerat hembesök 2015-05-06.'),
            ('2015-05-06', 'SB', 'Hembesök', 'Hembesök hos Linnea. Vi gick igenom räkningarna. Avbetalningsplan med Kronofogden upprättad, 800 kr/mån.'),
            ('2015-07-01', 'SB', 'Uppföljning', 'Uppföljning genomförd på Bryggan tillsammans med Linnea och behandlare Erik Holm.'),
            ('2015-09-15', 'SB', 'Tfn Bryggan', 'Begärt kopia av genomförandeplanen, ej inkommen. Linnea ansöker om förlängning t.o.m. 2015-12-31.'),
        ]),
    ], renderer='enscript', date='2015-09-15', title='Journalanteckningar', author='Systemutskrift',
       enscript_header='Trollhättans stad  Journal|Dnr ' + dnr + '|Sida $% ($=)')

    return {
        'case_id': 'trollhattan_2015-000318', 'committee': 'Trollhättan', 'dnr': dnr, 'scenario': '',
        'delivery': 'separate', 'docs': [anm, utr, bes, best, jour],
        'criteria': {
            'needs_assessment': crit('ja', 'Utredningens BEDÖMNING anger Linneas behov och varför öppenvård på Bryggan svarar mot dem; återges i beställningen.',
                                     [('utr', 'Linnea har ett dagligt cannabisbruk och ett riskbruk'), ('best', 'Linnea har ett dagligt cannabisbruk och riskbruk av alkohol med')]),
            'planning': crit('nej', 'Ingen vårdplan eller genomförandeplan finns; journalen säger bara att Bryggan ska upprätta en (den har begärts men inte kommit in). "Planerat hembesök" och "avbetalningsplan" gäller annat.'),
            'follow_up': crit('delvis', 'Journalen 2015-07-01 anger att en uppföljning genomfördes men inte vad den visade.',
                              [('jour', 'Uppföljning genomförd på Bryggan tillsammans med')]),
            'assignment_description': crit('ja', 'Beställningen innehåller bedömning, innehåll, mål, uppföljning, återrapportering, handläggarens kontaktuppgifter och datum när den skickades.',
                                           [('best', 'BESTÄLLNING – ÖPPENVÅRD'), ('jour', 'Beställning skickad till Bryggan')], present='abcdefg'),
        }}


# ============================================================ case 9
def case9():
    dnr = '2015-000452'; name = 'Daniel Kovacevic'; pnr = '19000614-1139'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('sub', 'Enligt 11 kap. 1 § SoL – vuxen med missbruk'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Utredare', 'Anders Nyquist'), ('Datum', '2015-02-05')], [4.0, 13.0]),
        ('h', '1. BAKGRUND'),
        ('p', 'Daniel har använt amfetamin sedan 2006 med kortare drogfria perioder. Han avtjänade ett fängelsestraff 2011–2012 och var '
              'då drogfri. Han har tidigare vårdats enligt LVM 2013. Han har en dotter som bor med sin mamma i Uddevalla.'),
        ('h', '2. NULÄGE'),
        ('p', 'Daniel injicerar amfetamin flera gånger i veckan. Han bor tillfälligt hos sin mamma efter att ha blivit vräkt i december. '
              'Han har hepatit C, obehandlad. DUDIT 2015-01-22: 36 p. Han är skriven på Arbetsförmedlingen men deltar inte i något. '
              'Han har en villkorlig dom med föreskrift om missbruksbehandling (Kriminalvården, frivården).'),
        ('p', 'Daniel säger själv att han är trött och vill bli drogfri för att kunna träffa sin dotter igen.'),
        ('h', '3. SOCIALTJÄNSTENS STÄLLNINGSTAGANDE'),
        ('p', 'Daniel har ett långvarigt och tungt amfetaminmissbruk med injektioner, saknar egen bostad och har en obehandlad hepatit. '
              'De drogfria perioderna har bara funnits i skyddad miljö. För att kunna bli drogfri behöver han komma ifrån sitt '
              'nuvarande umgänge, få en strukturerad behandling som också hanterar kriminaliteten och få hjälp att påbörja '
              'hepatitbehandling. Efter behandlingen behöver han ett eget boende och sysselsättning för att kunna behålla drogfriheten.'),
        ('p', 'Behandlingshemmet Solvik har ett program för män med amfetaminmissbruk och kriminalitet, tar drogtester och samarbetar '
              'med infektionskliniken. Tre månaders institutionsvård följt av öppenvård på Bryggan bedöms svara mot Daniels situation. '
              'Frivården har tillstyrkt.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Institutionsvård vid Behandlingshemmet Solvik enligt 4 kap. 1 § SoL 2015-02-16 – 2015-05-15.'),
        ('sig', ['Anders Nyquist, socialsekreterare']),
    ], date='2015-02-05', title='Utredning', header=H, footer=F, font=FONT, size=10, author=AN[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Datum', '2015-02-09'), ('Namn', '%s %s' % (name, pnr)),
                ('Beslut', 'Institutionsvård vid Behandlingshemmet Solvik 2015-02-16 – 2015-05-15.'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Motivering', 'Se utredning 2015-02-05, socialtjänstens ställningstagande.'), ('Beslutsfattare', 'Mats Ljung, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2015-02-09', title='Beslut', header=H, footer=F, font=FONT, size=10, author=ML)

    mail = D('mail', 'uppdragsbeskrivning', 'uppdrag_epost.pdf', [
        ('lines', ['**Från:** Nyquist Anders <anders.nyquist@trollhattan.se>',
                   '**Skickat:** den 10 februari 2015 14:22',
                   '**Till:** \'Solvik behandlingshem\' <info@solvik.example.se>',
                   '**Ämne:** Uppdrag till utförare - Daniel Kovacevic, dnr %s' % dnr,
                   '**Bifogade filer:** Beslut_2015-02-09.pdf']),
        ('p', 'Hej Bo,'),
        ('p', 'Som vi pratade om i telefon kommer här uppdraget för Daniel Kovacevic som skrivs in hos er 2015-02-16. Beslutet om '
              'institutionsvård enligt 4 kap. 1 § SoL gäller till och med 2015-05-15, beslutet bifogas.'),
        ('p', '**Socialnämndens bedömning:** Daniel har ett långvarigt amfetaminmissbruk med injektioner, är bostadslös och har obehandlad '
              'hepatit C. Han behöver komma ifrån sitt umgänge, strukturerad behandling som även hanterar kriminaliteten, hjälp att '
              'påbörja hepatitbehandling och därefter planering för boende och sysselsättning.'),
        ('p', '**Uppdraget:** behandling enligt ert program för amfetamin och kriminalitet, drogtester minst två gånger i veckan, '
              'kontakt med infektionskliniken, samverkan med frivården, utslussningsplanering mot Bryggan.'),
        ('p', '**Mål:** Daniel är drogfri under vistelsen (negativa tester); han har påbörjat hepatitutredning före 2015-04-15; det finns '
              'en plan för boende och eftervård vid utskrivning 2015-05-15.'),
        ('p', '**Uppföljning:** Genomförandeplanen skickas till mig inom tre veckor. Jag vill ha en återkoppling per telefon efter en månad '
              'och vi har ett utvärderingsmöte hos er före utskrivning. Avbrott eller positiva tester meddelas mig samma dag.'),
        ('p', '**Vid avslut:** skriftlig slutrapport inom två veckor med genomförd behandling, testresultat, måluppfyllelse och er rekommendation.'),
        ('lines', ['Med vänlig hälsning', '', 'Anders Nyquist', 'Socialsekreterare, Vuxenenheten', 'Socialförvaltningen, Trollhättans stad',
                   'Mobil: 070-174 06 21', 'anders.nyquist@trollhattan.se']),
    ], renderer='html-chr', date='2015-02-10', title='Uppdrag till utförare (e-post)', font='DejaVu Sans', size=10, author=AN[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan_solvik.pdf', [
        ('title', 'Genomförandeplan – Behandlingshemmet Solvik'),
        ('lines', ['Boende: Daniel Kovacevic', 'Inskriven: 2015-02-16', 'Kontaktman: Tomas Ring', 'Upprättad: 2015-03-04 tillsammans med Daniel']),
        ('h', 'Mina mål'),
        ('ul', ['Jag är drogfri hela tiden på Solvik – drogtest tisdag och fredag, Tomas ansvarar.',
                'Jag har gjort hepatitutredning på infektionskliniken NÄL senast 15 april – Tomas bokar och följer med.',
                'Jag har en bostad eller ett träningsboende klart till 15 maj – Anders (soc) och jag söker tillsammans.',
                'Jag har fått träffa min dotter minst en gång före utskrivning – jag kontaktar hennes mamma med stöd av Tomas i mars.']),
        ('h', 'Vad jag gör på Solvik'),
        ('ul', ['Morgonmöte varje dag 08.30', 'Grupp "Brott och missbruk" måndag–torsdag', 'Enskilt samtal med Tomas varje onsdag',
                'Arbetsträning i köket eftermiddagar', 'Utslussning: samtal på Bryggan varje vecka från 2015-04-20']),
        ('p', 'Planen följs upp på behandlingskonferens varannan vecka och vid utvärderingsmöte med socialtjänsten i maj.'),
        ('sig', ['Daniel Kovacevic             Tomas Ring, kontaktman']),
    ], date='2015-03-04', title='Genomförandeplan (Solvik)', header=('Behandlingshemmet Solvik', 'Sida {PAGE}'), font='DejaVu Sans', size=10,
       author='Tomas Ring', rotate=[1])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journal – %s' % name),
        ('sub', '%s · Dnr %s' % (pnr, dnr)),
        jtable([
            ['2015-01-15', 'Ansökan', 'Daniel ansöker om behandling via frivården (Karin Öberg). Utredning inleds.', 'AN'],
            ['2015-01-22', 'Besök', 'DUDIT 36. Daniel vill till Solvik där en kompis varit.', 'AN'],
            ['2015-02-05', 'Utredning', 'Klar och kommunicerad.', 'AN'],
            ['2015-02-09', 'Beslut', 'Inst.vård Solvik 2015-02-16 – 2015-05-15.', 'ML'],
            ['2015-02-10', 'Uppdrag', 'Uppdrag till utförare skickat per e-post till Solvik.', 'AN'],
            ['2015-02-16', 'Inskrivning', 'Daniel inskriven, skjuts av frivården.', 'AN'],
            ['2015-03-06', 'GFP', 'Genomförandeplan från Solvik inkommen, upprättad 2015-03-04.', 'AN'],
            ['2015-03-20', 'Återkoppling', 'Återkoppling från behandlingshemmet (Tomas Ring per tfn): Daniel har lämnat negativa tester sedan inskrivning, '
             'deltar i gruppen och köket. Hepatitutredning bokad 2015-04-08. Han har ringt sin dotters mamma. Inga avvikelser.', 'AN'],
            ['2015-04-22', 'Bostad', 'Daniel beviljad träningslägenhet från 2015-05-15. Beslut fattat.', 'AN'],
            ['2015-05-08', 'Utvärderingsmöte', 'Utvärderingsmöte på Solvik med Daniel, Tomas Ring och handl. Daniel har varit drogfri under hela vistelsen, hepatitutredning gjord '
             '(behandling startar i juni), träningslägenhet klar. Han har träffat dottern en gång. Målen i GFP uppfyllda. Fortsätter på Bryggan efter utskrivning, ny beställning görs.', 'AN'],
            ['2015-05-15', 'Utskrivning', 'Daniel utskriven från Solvik enligt plan.', 'AN'],
            ['2015-05-27', 'Slutrapport', 'Slutrapport från Solvik inkommen.', 'AN'],
        ]),
    ], renderer='html-lo', date='2015-05-27', title='Journal', font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'trollhattan_2015-000452', 'committee': 'Trollhättan', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'aktutskrift_2015-000452.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, mail, gfp, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Socialtjänstens ställningstagande" anger vad Daniel behöver och varför Solvik svarar mot det; återges i e-postuppdraget.',
                                     [('utr', 'Daniel har ett långvarigt och tungt amfetaminmissbruk'), ('utr', 'Frivården har tillstyrkt'),
                                      ('mail', 'Daniel har ett långvarigt amfetaminmissbruk med injektioner')]),
            'planning': crit('ja', 'Solviks genomförandeplan 2015-03-04 (sidan är roterad 90°) med daterade mål, ansvariga och aktiviteter.',
                             [('gfp', 'Jag är drogfri hela tiden på Solvik')]),
            'follow_up': crit('ja', 'Återkoppling från behandlingshemmet 2015-03-20 och utvärderingsmöte 2015-05-08 med utfall, i journalen.',
                              [('jour', 'Återkoppling från behandlingshemmet'), ('jour', 'Utvärderingsmöte på Solvik med Daniel')]),
            'assignment_description': crit('ja', 'Uppdraget som e-post (skickat 2015-02-10) innehåller bedömning, uppdrag, mål, uppföljning, slutrapport och handläggarens kontaktuppgifter.',
                                           [('mail', 'kommer här uppdraget för Daniel'), ('mail', 'Mobil: 070-174 06 21'), ('jour', 'Uppdrag till utförare skickat per e-post')], present='abcdefg'),
        }}


# ============================================================ case 10 (declined)
def case10():
    dnr = '2015-000590'; name = 'Annika Wallin'; pnr = '19010822-5080'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'forenklad_utredning.pdf', [
        ('title', 'FÖRENKLAD UTREDNING'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Handläggare', 'Sofia Bergkvist'), ('Datum', '2015-06-01')], [4.0, 13.0]),
        ('h', 'ÄRENDET'),
        ('p', 'Annika ansökte 2015-05-18 om samtalskontakt för sitt alkoholbruk efter att ha blivit stoppad för rattfylleri i april.'),
        ('h', 'UPPGIFTER'),
        ('p', 'Annika är arbetslös sedan i höstas och bor med sin sambo i Sylte. Hon uppger att hon dricker vin de flesta kvällar, '
              'mer sedan hon blev arbetslös. AUDIT 19 p. Hon har körkortet indraget. Sambon dricker inte och vill att hon söker hjälp.'),
        ('h', 'ÖVERVÄGANDEN'),
        ('p', 'Annika bedöms vara i behov av öppenvård vid Mottagningen Bryggan.'),
        ('h', 'FÖRSLAG'),
        ('p', 'Öppenvård vid Mottagningen Bryggan enligt 4 kap. 1 § SoL 2015-06-08 – 2015-12-31.'),
        ('sig', ['Sofia Bergkvist, socialsekreterare']),
    ], date='2015-06-01', title='Förenklad utredning', header=H, footer=F, font=FONT, size=10, author=SB[0], akt_only=True)

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Datum', '2015-06-03'), ('Namn', '%s %s' % (name, pnr)),
                ('Beslut', 'Beviljas öppenvård vid Mottagningen Bryggan 2015-06-08 – 2015-12-31.'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Motivering', 'Enligt förenklad utredning.'), ('Beslutsfattare', 'Lena Hallin, 1:e socialsekreterare')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2015-06-03', title='Beslut', header=H, footer=F, font=FONT, size=10, author=LH[0], akt_only=True)

    best = D('best', 'uppdragsbeskrivning', 'bestallning.pdf', [
        ('title', 'BESTÄLLNING – ÖPPENVÅRD'),
        ('kv', [('Till', 'Mottagningen Bryggan'), ('Från', 'Vuxenenheten'),
                ('Klient', '%s, %s' % (name, pnr)), ('Beslut', '2015-06-03, öppenvård 4 kap. 1 § SoL, 2015-06-08 – 2015-12-31'),
                ('Beställningen skickad', '2015-06-04 via e-post till bryggan@example.se')], [4.0, 13.0]),
        ('box', 'Nämndens bedömning av behov', ''),
        ('box', 'Beställningen avser', 'Motiverande samtal och återfallsprevention, individuellt, varje vecka. PEth en gång i månaden.'),
        ('box', 'Mål', 'Annika ska ha slutat dricka dagligen senast 2015-08-31 (PEth < 0,3) och ha en plan för att få tillbaka körkortet.'),
        ('box', 'Återrapportering', 'Sammanfattning till handläggaren vid avslut: närvaro, provsvar och måluppfyllelse.'),
        ('box', 'Handläggare', 'Sofia Bergkvist, 070-174 06 23, sofia.bergkvist@trollhattan.se'),
    ], date='2015-06-04', title='Beställning', header=H, footer=F, font=FONT, size=10, author=SB[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journal – %s' % name),
        ('sub', '%s · Dnr %s' % (pnr, dnr)),
        jtable([
            ['2015-05-18', 'Ansökan', 'Annika ringer och ansöker om samtal för sitt drickande. Besök 25/5.', 'SB'],
            ['2015-05-25', 'Besök', 'AUDIT 19. Annika vill ha enskilda samtal, inte grupp.', 'SB'],
            ['2015-06-01', 'Utredning', 'Förenklad utredning klar.', 'SB'],
            ['2015-06-03', 'Beslut', 'Öppenvård Bryggan.', 'LH'],
            ['2015-06-04', 'Beställning', 'Beställning mejlad till Bryggan. Första tid för Annika 2015-06-09 kl. 10.', 'SB'],
            ['2015-06-10', 'Tfn', 'Bryggan meddelar att Annika inte kom igår. Handl. ringer Annika som säger att hon har ändrat sig. Hon har fått ett '
             'vikariat på ett lager från 15/6 och vill inte gå på behandling, hon säger att hon ska sluta dricka själv. Hon tackar nej till insatsen. '
             'Informerad om att hon kan söka igen.', 'SB'],
            ['2015-06-11', 'Tfn Bryggan', 'Meddelat Bryggan att Annika avböjt och att beställningen återkallas.', 'SB'],
            ['2015-06-15', 'Avslut', 'Ärendet avslutas. Beslutad öppenvård har aldrig påbörjats då Annika tackat nej innan första besöket.', 'SB'],
        ]),
    ], renderer='html-lo', date='2015-06-15', title='Journal', font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'trollhattan_2015-000590', 'committee': 'Trollhättan', 'dnr': dnr, 'scenario': 'declined',
        'delivery': 'both', 'akt_name': 'aktutskrift_2015-000590.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, best, jour],
        'criteria': {
            'needs_assessment': crit('delvis', 'Övervägandena i den förenklade utredningen är bara en slutsats ("bedöms vara i behov av öppenvård") utan behov eller skäl.',
                                     [('utr', 'Annika bedöms vara i behov av öppenvård')]),
            'planning': crit('ej_tillämpligt', 'Annika tackade nej innan första besöket; insatsen påbörjades aldrig.'),
            'follow_up': crit('ej_tillämpligt', 'Insatsen påbörjades aldrig (avböjd före start).'),
            'assignment_description': crit('delvis', 'Beställningen har innehåll, mål, återrapportering, kontaktuppgifter och sändningsdatum, men behovsfältet är tomt och uppföljning saknas.',
                                           [('best', 'BESTÄLLNING – ÖPPENVÅRD'), ('jour', 'Beställning mejlad till Bryggan')], present='bcefg'),
        }}


# ============================================================ case 11 (whole akt as plain-text export)
def case11():
    dnr = '2014-001102'; name = 'Stefan Haraldsson'; pnr = '19000130-2273'
    eh = 'Trollhättans stad - Aktutskrift|Dnr ' + dnr + '|Sida $% ($=)'
    common = dict(renderer='enscript')
    ans = D('ans', 'ansökan', 'ansokan', [
        ('title', 'Ansökan'),
        ('kv', [('Registrerad', '2014-09-15'), ('Sökande', '%s %s' % (name, pnr)), ('Ansökan avser', 'Öppenvård, alkohol'),
                ('Kontaktorsak', 'Stefan kommer på drop-in. Han har druckit mer sedan han gick i pension från Posten och hans fru säger att hon lämnar honom om han inte söker hjälp.'),
                ('Registrerad av', 'Lena Hallin')]),
    ], date='2014-09-15', title='Ansökan', author='Lena Hallin', enscript_header=eh.replace('Aktutskrift', 'Ansökan'), **common)
    utr = D('utr', 'utredning', 'utredning', [
        ('title', 'Utredning'),
        ('kv', [('Klient', '%s %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Lena Hallin'), ('Datum', '2014-10-14')]),
        ('h', 'Bakgrund'),
        ('p', 'Stefan har arbetat på Posten i hela sitt yrkesliv och har varit gift i 30 år. Han har alltid druckit på helgerna. '
              'Sedan han slutade arbeta i våras dricker han dagligen, främst öl och vin, och sitter mycket ensam i garaget.'),
        ('h', 'Nuläge'),
        ('p', 'AUDIT 2014-09-25: 22 p. PEth 0,9. Hustrun har varit med på ett samtal och bekräftar bilden. Ekonomin är ordnad. '
              'Stefan har högt blodtryck och tar medicin. Han har en bridgeklubb som han slutat gå till. Sedan 2012 har han ett uppdrag som god man för sin bror.'),
        ('h', 'Bedömning'),
        ('p', 'Stefan har ett dagligt alkoholbruk som har utvecklats efter pensioneringen, när strukturen i vardagen försvann. '
              'Han har inte tidigare haft problem som påverkat arbete eller familj, men nu riskerar han äktenskapet och sin hälsa. '
              'Han har behov av att få hjälp att bryta det dagliga drickandet, att hitta nyktra aktiviteter som ger dagarna innehåll '
              'och att involvera hustrun. Eftersom han har en stabil bostad, ekonomi och familj bedöms öppenvård räcka. '
              'Återfallspreventionsgruppen på Mottagningen Bryggan (tolv veckor) med parsamtal svarar mot hans behov.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård, Mottagningen Bryggan, 4 kap. 1 § SoL, 2014-10-20 - 2015-06-30.'),
        ('sig', ['Lena Hallin, 1:e socialsekreterare']),
    ], date='2014-10-14', title='Utredning', author='Lena Hallin', enscript_header=eh.replace('Aktutskrift', 'Utredning'), **common)
    bes = D('bes', 'beslut', 'beslut', [
        ('title', 'Beslut'),
        ('kv', [('Beslutsdatum', '2014-10-16'), ('Klient', '%s %s' % (name, pnr)), ('Beslut', 'Bifall, öppenvård 2014-10-20 - 2015-06-30'),
                ('Lagrum', '4 kap. 1 § SoL'), ('Verkställighet', 'Insatsen verkställs av Mottagningen Bryggan.'),
                ('Beslutsfattare', 'Mats Ljung, enhetschef')]),
        ('p', OVERKLAGA),
    ], date='2014-10-16', title='Beslut', author='Mats Ljung', enscript_header=eh.replace('Aktutskrift', 'Beslut'), **common)
    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan', [
        ('title', 'Genomförandeplan (Mottagningen Bryggan)'),
        ('kv', [('Klient', name), ('Upprättad', '2014-11-05'), ('Behandlare', 'Marcus Lind')]),
        ('table', ['Mål', 'Aktivitet', 'Ansvarig', 'När'], [
            ['Nykter minst 5 dagar/vecka (PEth < 0,3)', 'ÅP-grupp tisdagar, PEth varje månad', 'Stefan, Marcus', '2014-11-11 - 2015-02-03'],
            ['Hustrun delaktig', 'Två parsamtal', 'Marcus', 'Nov och jan'],
            ['Fast aktivitet varje vecka', 'Tillbaka till bridgeklubben', 'Stefan', 'Från 2014-12-01'],
            ['Återfallsplan finns', 'Skriftlig plan i gruppen', 'Stefan, Marcus', 'Senast 2015-01-27'],
        ], None, [20, 24, 12, 13]),
        ('p', 'Uppföljning ska ske om tre månader.'),
    ], date='2014-11-05', title='Genomförandeplan', author='Marcus Lind, Bryggan', enscript_header=eh.replace('Aktutskrift', 'Genomförandeplan'), **common)
    jour = D('jour', 'journalanteckningar', 'journal', [
        ('title', 'Journalanteckningar'),
        ('journal', [
            ('2014-09-15', 'LH', 'Drop-in', 'Ansökan, se ovan. Utredning inleds. Tid 25/9.'),
            ('2014-09-25', 'LH', 'Besök', 'AUDIT 22. Stefan säger att frun överdriver men vill ha hjälp "för husfridens skull".'),
            ('2014-10-07', 'LH', 'Besök', 'Stefan och hustrun. Pratat om Bryggans ÅP-grupp.'),
            ('2014-10-16', 'ML', 'Beslut', 'Öppenvård Bryggan beviljad. Kopia av beslutet skickad till Bryggan.'),
            ('2014-11-05', 'LH', 'GFP', 'GFP från Bryggan inkommen. Uppföljning ska ske om tre månader.'),
            ('2015-02-10', 'LH', 'Bokning', 'Uppföljningsmöte bokat 2015-02-24.'),
            ('2015-02-23', 'LH', 'Avbokat', 'Handl. sjuk, mötet 24/2 ställs in.'),
            ('2015-08-20', 'LH', 'Anteckning', 'Ingen uppföljning har gjorts under våren på grund av sjukskrivning och vakanser på enheten. '
             'Beslutet har löpt ut 2015-06-30. Handl. ska kontakta Stefan och Bryggan för uppföljning under hösten.'),
        ]),
    ], date='2015-08-20', title='Journalanteckningar', author='Systemutskrift', enscript_header=eh.replace('Aktutskrift', 'Journal'), **common)
    return {
        'case_id': 'trollhattan_2014-001102', 'committee': 'Trollhättan', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'aktutskrift_2014-001102.pdf',
        'cover': {'renderer': 'enscript', 'title_lines': ['AKTUTSKRIFT  Dnr %s' % dnr, 'Trollhättans stad, Socialförvaltningen, Vuxenenheten',
                                                          'Klient: %s  %s' % (name, pnr), 'Utskrivet 2015-09-25', ''],
                  'foot': 'Sekretess enligt 26 kap. 1 § OSL.', 'enscript_header': eh},
        'docs': [ans, utr, bes, gfp, jour],
        'criteria': {
            'needs_assessment': crit('ja', 'Utredningens Bedömning anger Stefans behov och varför ÅP-gruppen på Bryggan svarar mot dem.',
                                     [('utr', 'Stefan har ett dagligt alkoholbruk som har utvecklats')]),
            'planning': crit('ja', 'Bryggans genomförandeplan 2014-11-05 (texttabell) med mål, aktiviteter, ansvariga och tider.',
                             [('gfp', 'Hustrun delaktig'), ('gfp', 'Uppföljning ska ske om tre månader')]),
            'follow_up': crit('nej', 'Uppföljning var bara planerad; mötet 2015-02-24 ställdes in och journalen 2015-08-20 anger att ingen uppföljning har gjorts.'),
            'assignment_description': crit('nej', 'Inget skriftligt uppdrag: beslutet anger bara att Bryggan verkställer och en kopia av beslutet skickades.', present=''),
        }}


def CASES():
    return [case7(), case8(), case9(), case10(), case11()]
