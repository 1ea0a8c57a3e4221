# -*- coding: utf-8 -*-
"""Borås: Sociala omsorgsförvaltningen, vuxenenheten. Diarienummer 'SOC ÅÅÅÅ/NNN'.
Exports: Word templates (Liberation Serif) and a plain-text journal export (enscript)."""
from common import D, crit, OVERKLAGA

ORG = 'Borås Stad · Sociala omsorgsförvaltningen · Vuxenenheten'
NAMND = 'Individ- och familjeomsorgsnämnden'


def hdr():
    return (ORG, 'Sida {PAGE} av {NUMPAGES}')


def ftr(dnr):
    return ('Dnr ' + dnr, 'Sekretess enligt 26 kap. 1 § OSL')


def jhdr(dnr, name):
    return 'Borås Stad - Journalutskrift|' + dnr + '  ' + name + '|Sida $% av $='


HS = ('Helena Strandberg', 'socialsekreterare', '070-174 06 12', 'helena.strandberg@boras.se')
JE = ('Jonas Ekvall', 'socialsekreterare', '070-174 06 14', 'jonas.ekvall@boras.se')
KS = ('Karin Sjöstedt', 'enhetschef')


def cover(dnr, name, pnr=None):
    return {'renderer': 'reportlab',
            'title_lines': ['Akt – utskrift i datumordning', 'Borås Stad, Sociala omsorgsförvaltningen, Vuxenenheten',
                            'Ärende: %s    Klient: %s%s' % (dnr, name, ('  (' + pnr + ')') if pnr else ''),
                            'Utskriven 2015-09-28 för granskning (IVO tillsyn missbruksvård)'],
            'foot': 'Utskriften innehåller sekretessbelagda uppgifter (26 kap. 1 § OSL). Hanteras därefter.'}


# ============================================================ case 1
def case1():
    dnr = 'SOC 2014/512'; name = 'Leif Arvidsson'; pnr = '19010412-3317'
    H, F = hdr(), ftr(dnr)
    ans = D('ans', 'aktualisering', 'aktualisering.pdf', [
        ('title', 'AKTUALISERING / ANSÖKAN'),
        ('kv', [('Datum', '2014-10-06'),
                ('Hur ärendet aktualiserats', 'Egen ansökan per telefon'),
                ('Sökande', '%s, %s' % (name, pnr)),
                ('Adress', 'Kvarngatan 14 B, Borås'),
                ('Ansökan avser', 'Behandling för alkoholproblem, helst på behandlingshem'),
                ('Uppgifter vid kontakt',
                 'Leif ringer och berättar att han druckit i stort sett varje dag sedan i somras. Han har tappat '
                 'kontrollen, har fått en varning från hyresvärden och har inte träffat sin dotter sedan i våras. '
                 'Han har gått på Öppenvården Kompassen två gånger tidigare men slutat. Vill nu "komma iväg" på behandling. '
                 'Han vill inte att dottern kontaktas i nuläget.'),
                ('Åtgärd', 'Utredning inleds enligt 11 kap. 1 § SoL 2014-10-06. Besökstid 2014-10-09 kl. 10.00.'),
                ('Mottaget av', 'Helena Strandberg, socialsekreterare')], [5.0, 12.0]),
    ], date='2014-10-06', title='Aktualisering – ansökan', header=H, footer=F, author=HS[0])

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING ENLIGT 11 KAP. 1 § SOCIALTJÄNSTLAGEN'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Ärende', 'Ansökan om behandling, vuxen – missbruk'),
                ('Utredningen inledd', '2014-10-06'), ('Utredningen avslutad', '2014-11-04'),
                ('Handläggare', 'Helena Strandberg')], [4.5, 12.5]),
        ('h', 'UNDERLAG'),
        ('p', 'Samtal med Leif 2014-10-09, 2014-10-16 och 2014-10-28 på vuxenenheten. AUDIT genomförd 2014-10-16. '
              'Telefonkontakt med Leifs läkare på vårdcentralen Norrby 2014-10-21 efter samtycke. Provsvar (PEth) '
              'från vårdcentralen. Tidigare akt från 2012 har lästs.'),
        ('cols', 2),
        ('h', '1. BAKGRUND'),
        ('p', 'Leif är uppvuxen i Borås och har arbetat som truckförare på olika lager i stan under många år. Han var gift '
              'i drygt tjugo år och har en vuxen dotter. Efter skilsmässan 2009 ökade drickandet. 2012 hade socialtjänsten '
              'en kortare kontakt och Leif påbörjade samtalsbehandling på Öppenvården Kompassen men avbröt efter fyra träffar. '
              'Våren 2014 gjorde han ett nytt försök på Kompassen som han avslutade själv efter en månad. Han förlorade '
              'sin anställning i juni 2014 efter upprepad frånvaro.'),
        ('h', '2. NULÄGE'),
        ('h2', 'Alkohol och andra droger'),
        ('p', 'Leif uppger att han dricker varje dag, oftast starköl och sprit, och att det sedan i somras blivit '
              'en flaska sprit en vanlig dag. Han har provat att sluta själv vid flera tillfällen men som längst '
              'klarat fyra dagar, sedan har skakningar och sömnlöshet gjort att han druckit igen. Han använder inte '
              'narkotika. AUDIT gav 31 poäng. PEth-provet 2014-10-14 visade 2,1 µmol/l.'),
        ('h2', 'Hälsa'),
        ('p', 'Enligt läkaren på vårdcentralen har Leif förhöjda levervärden och högt blodtryck. Han har haft '
              'abstinenskramp en gång, 2013. Han äter blodtrycksmedicin men oregelbundet.'),
        ('h2', 'Boende och ekonomi'),
        ('p', 'Leif bor ensam i hyresrätt. Han har två månaders hyresskuld och har fått en skriftlig varning från '
              'hyresvärden. Han har a-kassa som snart tar slut. Han har inga skulder hos Kronofogden.'),
        ('h2', 'Sysselsättning och fritid'),
        ('p', 'Ingen sysselsättning sedan juni. Dagarna går mest åt till att dricka och sova. Han har tidigare '
              'fiskat mycket och spelat bowling i en klubb.'),
        ('h2', 'Sociala relationer'),
        ('p', 'Kontakten med dottern bröts i våras efter ett bråk när Leif var berusad. Han umgås i dag nästan bara '
              'med två grannar som också dricker. Han saknar dottern och barnbarnet och säger att det är det som gör '
              'honom mest ledsen.'),
        ('h2', 'Leifs egen uppfattning'),
        ('p', 'Leif säger att han inte längre klarar att sluta på egen hand och att öppenvården inte räckt för honom, '
              'eftersom han kommer hem till samma grannar och samma flaskor efter varje träff. Han vill till ett '
              'behandlingshem och har själv läst om Granlidens behandlingshem.'),
        ('h', '3. ÖVERVÄGANDEN'),
        ('h2', 'Socialtjänstens ställningstagande'),
        ('p', 'Leif har ett dagligt och omfattande drickande som har pågått i flera år och som nu påverkar hans hälsa, '
              'hans boende och hans relation till dottern. Han har vid flera tillfällen försökt sluta själv utan att '
              'klara det, och två försök med öppenvård har avbrutits. Han har haft abstinenskramp tidigare. '
              'Socialtjänsten delar Leifs egen bild att han först måste komma bort från sin nuvarande miljö, där '
              'umgänget består av personer som dricker, för att kunna bryta drickandet.'),
        ('p', 'Det Leif framför allt saknar i dag är ett dygn med struktur, en nykter miljö och stöd att förstå och '
              'hantera sina återfall. Han behöver också hjälp att ordna hyresskulden så att han har kvar sin bostad när '
              'behandlingen är slut. En behandling på Granlidens behandlingshem ger honom avgiftning med medicinsk '
              'tillsyn de första dagarna, dagligt strukturerat behandlingsarbete med återfallsprevention i grupp och '
              'enskilt, samt möjlighet att på sikt påbörja kontakt med dottern i trygg form. Öppenvård bedöms i '
              'nuläget inte vara tillräckligt, mot bakgrund av de två avbrutna försöken.'),
        ('p', 'Socialtjänsten gör sammantaget ställningstagandet att Leif inte på annat sätt kan få sina livsbehov '
              'tillgodosedda och att institutionsvård på Granliden under cirka fem månader är den insats som motsvarar '
              'hans situation. Hyresskulden hanteras parallellt av handläggaren tillsammans med Leif.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Leif Arvidsson beviljas bistånd i form av institutionsvård vid Granlidens behandlingshem enligt '
              '4 kap. 1 § SoL under perioden 2014-11-10 – 2015-03-31.'),
        ('cols', 1),
        ('sig', ['Borås 2014-11-04', '', 'Helena Strandberg', 'Socialsekreterare, vuxenenheten']),
        ('p', 'Utredningen har kommunicerats med Leif 2014-11-04. Han har inget att tillägga.'),
    ], date='2014-11-04', title='Utredning 11 kap. 1 § SoL', header=H, footer=F, author=HS[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('sub', 'Bistånd enligt 4 kap. 1 § socialtjänstlagen (SoL)'),
        ('kv', [('Beslutsdatum', '2014-11-05'),
                ('Sökande', '%s, %s' % (name, pnr)),
                ('Ansökan', 'Ansökan om behandling på behandlingshem, inkommen 2014-10-06'),
                ('Beslut', 'Bifall. Institutionsvård vid Granlidens behandlingshem under perioden 2014-11-10 – 2015-03-31.'),
                ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet',
                 'Leif har under lång tid druckit dagligen och har inte klarat att sluta trots två försök i öppenvård. '
                 'Han behöver en period i nykter miljö med strukturerad behandling och medicinsk tillsyn vid abstinens. '
                 'Se vidare utredning daterad 2014-11-04.'),
                ('Beslutsfattare', 'Karin Sjöstedt, enhetschef, enligt delegation från %s' % NAMND)], [4.5, 12.5]),
        ('h', 'HUR MAN ÖVERKLAGAR'),
        ('p', OVERKLAGA),
    ], date='2014-11-05', title='Beslut institutionsvård', header=H, footer=F, author=KS[0])

    best = D('best', 'uppdragsbeskrivning', 'uppdrag_till_utforare.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('sub', 'Beställning av insats – vuxna med missbruk'),
        ('kv', [('Uppdragsgivare', '%s, Borås Stad, vuxenenheten' % NAMND),
                ('Utförare', 'Granlidens behandlingshem (HVB), att. Ove Lundmark, behandlingsansvarig'),
                ('Klient', '%s, %s' % (name, pnr)),
                ('Beslut', '2014-11-05, 4 kap. 1 § SoL, institutionsvård 2014-11-10 – 2015-03-31'),
                ('Dnr', dnr)], [4.5, 12.5]),
        ('box', '1. Nämndens bedömning av klientens behov',
         'Leif har ett dagligt och omfattande alkoholberoende sedan flera år, med abstinenskramp 2013 och förhöjda '
         'levervärden. Två öppenvårdsförsök har avbrutits. Han behöver avgiftning under medicinsk tillsyn, en nykter '
         'och strukturerad miljö, stöd att förstå och hantera återfall samt stöd att återknyta kontakten med sin dotter. '
         'Hyresskulden hanteras av handläggaren.'),
        ('box', '2. Uppdraget omfattar',
         'Avgiftning och institutionsvård med återfallsprevention i grupp och enskilt, regelbundna alkoholkontroller '
         '(utandningsprov och PEth en gång i månaden), motiverande samtal kring sysselsättning samt planering inför '
         'utskrivning och eftervård i Borås. Behandlingshemmet upprättar genomförandeplan inom tre veckor från inskrivning.'),
        ('box', '3. Mål med insatsen',
         'Leif ska vara nykter under behandlingstiden och ha en egen plan för hur han hanterar återfallsrisker efter hemkomsten. '
         'Han ska ha tagit kontakt med Arbetsförmedlingen före utskrivning. Han ska ha tagit första kontakt med sin dotter om han själv vill.'),
        ('box', '4. Uppföljning',
         'Vårdplan upprättas gemensamt inom två veckor efter inskrivning. Uppföljning sker genom möte på behandlingshemmet '
         'med Leif, behandlare och handläggare efter ca 10 veckor (planerat 2015-01-20) och ett utvärderingsmöte före '
         'utskrivning. Behandlingshemmet kontaktar handläggaren direkt vid avbrott, återfall eller om Leif vill avbryta.'),
        ('box', '5. Återrapportering när insatsen avslutas',
         'Skriftlig slutrapport till handläggaren senast två veckor efter avslut: genomförda insatser, hur målen uppnåtts, '
         'resultat av alkoholkontroller, Leifs egen bedömning samt rekommendationer inför eftervård.'),
        ('box', '6. Ansvarig handläggare',
         'Helena Strandberg, socialsekreterare, vuxenenheten\nTelefon 070-174 06 12, e-post helena.strandberg@boras.se'),
        ('box', '7. Överlämnande',
         'Uppdraget överlämnat till Granlidens behandlingshem 2014-11-06 via säker e-post (kvittens mottagen samma dag).'),
        ('sig', ['Borås 2014-11-06', 'Helena Strandberg, socialsekreterare']),
    ], date='2014-11-06', title='Uppdrag till utförare (Granliden)', header=H, footer=F, author=HS[0])

    vp = D('vp', 'vårdplan', 'vardplan.pdf', [
        ('title', 'VÅRDPLAN'),
        ('sub', 'Institutionsvård enligt 4 kap. 1 § SoL – Granlidens behandlingshem'),
        ('kv', [('Klient', name), ('Upprättad', '2014-11-24 vid möte på Granliden'),
                ('Deltagare', 'Leif Arvidsson, Ove Lundmark (behandlingsansvarig), Helena Strandberg (handl.)'),
                ('Vårdtid', '2014-11-10 – 2015-03-31')], [4.5, 12.5]),
        ('h', 'MÅL OCH INSATSER'),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['1. Leif är nykter under hela vårdtiden (negativa utandningsprov och PEth).',
             'Dagligt gruppprogram, återfallsprevention, utandningsprov vid permission, PEth en gång/månad.',
             'Granliden (Ove Lundmark), Leif', 'Fortlöpande 2014-11-24 – 2015-03-31'],
            ['2. Leif har en skriftlig återfallsplan inför hemgång.',
             'Enskilda samtal varje vecka med kontaktperson; återfallsplanen skrivs i vecka 10–12.',
             'Kontaktperson Granliden, Leif', 'Klar senast 2015-03-13'],
            ['3. Hyresskulden är reglerad och bostaden kvar.',
             'Kontakt med hyresvärden, ansökan om ekonomiskt bistånd för hyresskuld utreds.',
             'Handl. Helena Strandberg', 'Senast 2014-12-31'],
            ['4. Leif har påbörjat kontakt med Arbetsförmedlingen.',
             'Motiverande samtal, besök på AF under permission.',
             'Granliden, Leif', 'Senast 2015-03-01'],
            ['5. Leif har tagit kontakt med sin dotter, om han vill.',
             'Samtal om relationen; brev eller telefonsamtal med stöd av kontaktperson.',
             'Leif med stöd av kontaktperson', 'Under februari 2015'],
        ], [4.2, 5.6, 3.6, 3.4]),
        ('h', 'UPPFÖLJNING'),
        ('p', 'Uppföljning av vårdplanen sker 2015-01-20 på Granliden och vid utvärderingsmöte före utskrivning i mars 2015.'),
        ('sig', ['Underskrifter:', 'Leif Arvidsson          Ove Lundmark          Helena Strandberg']),
    ], date='2014-11-24', title='Vårdplan', header=H, footer=F, author=HS[0])

    uppf = D('uppf', 'uppföljning', 'uppfoljning_2015-01-20.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Institutionsvård, Granlidens behandlingshem (beslut 2014-11-05)'),
                ('Datum för uppföljning', '2015-01-20'), ('Plats', 'Granlidens behandlingshem'),
                ('Närvarande', 'Leif Arvidsson, Ove Lundmark, kontaktperson Sanna Ek, handl. Helena Strandberg')], [4.5, 12.5]),
        ('box', 'Hur har insatsen fungerat?',
         'Leif har deltagit i allt programinnehåll. Han hade ett återfall under permission 2014-12-12 som han själv berättade om '
         'direkt när han kom tillbaka. Därefter negativa utandningsprov och PEth 2015-01-08 under gränsvärdet. Leif säger att han '
         'sover bättre och att det är första gången på flera år han haft fem veckor utan alkohol.'),
        ('box', 'Måluppfyllelse (enligt vårdplan 2014-11-24)',
         'Mål 1: delvis uppfyllt (ett återfall i december, i övrigt nykter). Mål 2: arbetet påbörjat. Mål 3: uppfyllt – '
         'hyresskulden betalad genom avbetalning och bistånd, bostaden är kvar. Mål 4 och 5: inte påbörjade ännu.'),
        ('box', 'Överenskommelser / fortsatt planering',
         'Behandlingen fortsätter enligt plan. Leif besöker Arbetsförmedlingen under permission i februari. Kontaktpersonen '
         'stöttar Leif att skriva ett brev till dottern. Utvärderingsmöte bokas till mars.'),
        ('sig', ['Borås 2015-01-21', 'Helena Strandberg, socialsekreterare']),
    ], date='2015-01-20', title='Uppföljning av insats', header=H, footer=F, author=HS[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journalanteckningar'),
        ('lines', ['Klient: %s  %s' % (name, pnr), 'Ärende: %s  Vuxen - missbruk' % dnr, 'Utskrift: 2015-09-28', '']),
        ('journal', [
            ('2014-10-06', 'HS', 'Telefon - ansökan', 'Leif ringer och ansöker om behandling, se aktualisering. Utredning inleds. Tid bokad 9/10.'),
            ('2014-10-09', 'HS', 'Besök', 'Första samtal. Leif kom nykter men skakig. Gått igenom hur utredningen går till. Samtycke till kontakt med vårdcentralen Norrby underskrivet.'),
            ('2014-10-16', 'HS', 'Besök', 'AUDIT genomförd, 31 p. Pratat om tidigare försök på Kompassen. Leif vill till behandlingshem, helst Granliden.'),
            ('2014-10-21', 'HS', 'Tfn vårdcentralen', 'Samtal med Leifs läkare. Förhöjda levervärden, högt blodtryck. Abstinenskramp 2013. PEth 2,1.'),
            ('2014-10-28', 'HS', 'Besök', 'Gått igenom utredningen muntligt. Leif håller med om beskrivningen. Handl. kontaktar Granliden om plats.'),
            ('2014-10-30', 'HS', 'Tfn Granliden', 'Plats finns fr.o.m. 10/11. Avgiftning kan göras på plats med sjuksköterska.'),
            ('2014-11-04', 'HS', 'Utredning klar', 'Utredningen kommunicerad med Leif, inget att tillägga. Överlämnad till enhetschef för beslut.'),
            ('2014-11-05', 'KS', 'Beslut', 'Beslut om institutionsvård Granliden 2014-11-10 - 2015-03-31 enl. 4:1 SoL. Beslutet skickat till Leif.'),
            ('2014-11-06', 'HS', 'Uppdrag skickat', 'Uppdrag till utförare skickat till Granlidens behandlingshem, att. Ove Lundmark, via säker e-post. Kvittens mottagen 14.12.'),
            ('2014-11-10', 'HS', 'Inskrivning', 'Granliden bekräftar att Leif komit. Han åkte själv med buss.'),
            ('2014-11-24', 'HS', 'Vårdplansmöte Granliden', 'Vårdplan upprättad tillsammans med Leif och Ove Lundmark, se separat dokument.'),
            ('2014-12-15', 'HS', 'Tfn Granliden', 'Ove L. berättar att Leif druckit under permission 12/12, berättade själv om det. Ingen avbrytning, Leif vill fortsätta.'),
            ('2015-01-20', 'HS', 'Uppföljning', 'Uppföljning av insats på Granliden, se blankett Uppföljning av insats 2015-01-20.'),
            ('2015-02-18', 'HS', 'Tfn Leif', 'Leif har varit på AF under permission, inskriven som arbetssökande. Han har skickat brev till dottern men inte fått svar.'),
            ('2015-03-25', 'HS', 'Utvärderingsmöte', 'Utvärderingsmöte på Granliden med Leif, Ove Lundmark och handl. Leif har varit nykter sedan 12/12, alla prover negativa. '
             'Återfallsplanen är klar och Leif har gått igenom den med handl. Dottern har ringt och de har träffats en gång på fika. '
             'Mål 1, 2, 3 och 5 bedöms uppfyllda, mål 4 delvis (inskriven på AF men inget arbete/praktik ännu). '
             'Leif flyttar hem 2015-03-31 och vill fortsätta med eftervård på Kompassen - ny ansökan tas emot idag.'),
            ('2015-04-14', 'HS', 'Slutrapport', 'Slutrapport från Granliden inkommen, läggs i akten. Överensstämmer med det som sades vid utvärderingsmötet.'),
            ('2015-04-20', 'HS', 'Avslut', 'Insatsen institutionsvård avslutad. Eftervård handläggs i nytt ärende (SOC 2015/171).'),
        ]),
    ], renderer='enscript', date='2015-09-28', title='Journalanteckningar (utskrift)', author='Systemutskrift',
       enscript_header=jhdr(dnr, name))

    return {
        'case_id': 'boras_SOC-2014-512', 'committee': 'Borås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'akt_SOC-2014-512.pdf', 'cover': cover(dnr, name, pnr),
        'docs': [ans, utr, bes, best, vp, uppf, jour],
        'criteria': {
            'needs_assessment': crit('ja', 'Utredningens "Socialtjänstens ställningstagande" beskriver vad Leif saknar (nykter miljö, struktur, återfallsstöd, bostad) och varför Granliden svarar mot det; upprepas i beslutets skäl och uppdragets punkt 1.',
                                     [('utr', 'Leif har ett dagligt och omfattande drickande som har pågått'), ('utr', 'hans situation. Hyresskulden hanteras parallellt'),
                                      ('bes', 'Han behöver en period i nykter miljö'), ('best', 'Leif har ett dagligt och omfattande alkoholberoende')]),
            'planning': crit('ja', 'Vårdplan 2014-11-24 i tabellform med konkreta mål, insatser, ansvariga och datum.',
                             [('vp', 'Leif är nykter under hela vårdtiden'), ('vp', 'Uppföljning av vårdplanen sker 2015-01-20')]),
            'follow_up': crit('ja', 'Blanketten Uppföljning av insats 2015-01-20 med måluppfyllelse och utvärderingsmöte 2015-03-25 i journalen med utfall.',
                              [('uppf', 'Hur har insatsen fungerat'), ('jour', 'Utvärderingsmöte på Granliden med Leif'), ('jour', 'ny ansökan tas emot idag')]),
            'assignment_description': crit('ja', 'Formuläret Uppdrag till utförare innehåller bedömning, innehåll, mål, uppföljning, återrapportering, handläggarens kontaktuppgifter och överlämnandedatum (även i journalen).',
                                           [('best', 'Nämndens bedömning av klientens behov'), ('best', 'Uppdraget överlämnat till Granlidens behandlingshem 2014-11-06'),
                                            ('jour', 'Uppdrag till utförare skickat till Granlidens')], present='abcdefg'),
        }}


# ============================================================ case 2
def case2():
    dnr = 'SOC 2015/088'; name = 'Jessica Holm'; pnr = '19020918-4426'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning_SOC-2015-088.pdf', [
        ('title', 'UTREDNING – VUXEN MISSBRUK'),
        ('sub', 'Enligt 11 kap. 1 § SoL     Dnr %s' % dnr),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Ansökan inkom', '2015-02-09'), ('Handläggare', 'Jonas Ekvall')], [4.5, 12.5]),
        ('h', '1. BAKGRUND'),
        ('p', 'Jessica har sedan tonåren använt amfetamin i perioder. Hon har två barn som sedan 2013 bor hos sin pappa. '
              'Jessica har tidigare haft kontakt med socialtjänsten i samband med barnavårdsutredning 2013. Hon har '
              'sedan ca två år tillbaka förskrivits bensodiazepiner (Stesolid) av en privatläkare för ångest och sömnproblem, '
              'och har under senare tid även köpt tabletter utanför sjukvården.'),
        ('h', '2. NULÄGE'),
        ('p', 'Jessica uppger att hon använder amfetamin en till två gånger i veckan och tar "mer tabletter än hon borde". '
              'Hon bor i en tvåa på Hässleholmen och har försörjningsstöd. Hon träffar barnen varannan helg, med krav från '
              'pappan att hon är drogfri. Hon har inga skulder hos Kronofogden. Hon är inskriven vid Beroendemottagningen '
              'sedan februari 2015 för nedtrappning.'),
        ('p', 'Jessica själv säger att hon vill sluta helt för barnens skull och att hon vill ha någon att prata med '
              'regelbundet. Hon vill inte åka iväg på behandlingshem eftersom hon då inte kan träffa barnen.'),
        ('h', '3. ÖVERVÄGANDEN'),
        ('p', 'Av läkarintyg från Beroendemottagningen (dr Per Almgren, 2015-02-20) framgår följande: '
              '"Bedömning: Beroende av bensodiazepiner samt skadligt bruk av amfetamin. Nedtrappning av '
              'bensodiazepiner pågår under läkarkontroll. Rekommenderar psykosocial behandling parallellt."'),
        ('p', 'Jessica bedöms vara i behov av öppenvård i form av behandling vid Öppenvården Kompassen.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Jessica Holm beviljas öppenvård vid Öppenvården Kompassen enligt 4 kap. 1 § SoL fr.o.m. 2015-03-23 t.o.m. 2015-09-30.'),
        ('sig', ['Borås 2015-03-12', 'Jonas Ekvall', 'socialsekreterare']),
    ], date='2015-03-12', title='Utredning', header=H, footer=F, font='Liberation Sans', size=10, author=JE[0])

    bes = D('bes', 'beslut', 'beslut_2015-03-16.pdf', [
        ('title', 'BESLUT OM BISTÅND'),
        ('kv', [('Datum', '2015-03-16'), ('Namn', '%s %s' % (name, pnr)),
                ('Beslut', 'Beviljas öppenvård vid Öppenvården Kompassen 2015-03-23 – 2015-09-30'),
                ('Lagrum', '4 kap. 1 § SoL'), ('Skäl', 'Se utredning 2015-03-12.'),
                ('Beslutsfattare', 'Karin Sjöstedt, enhetschef')], [4.5, 12.5]),
        ('h', 'HUR MAN ÖVERKLAGAR'), ('p', OVERKLAGA),
    ], date='2015-03-16', title='Beslut', header=H, footer=F, font='Liberation Sans', size=10, author=KS[0])

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag_kompassen.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Öppenvården Kompassen, Borås'), ('Kontaktperson hos utförare', 'Anneli Sjögren, behandlare'),
                ('Klient', '%s, %s' % (name, pnr)), ('Beslut', '2015-03-16, öppenvård 4 kap. 1 § SoL, 2015-03-23 – 2015-09-30')], [5.0, 12.0]),
        ('box', 'Nämndens bedömning av behov', 'Se utredning. Jessica bedöms vara i behov av öppenvård.'),
        ('box', 'Uppdragets innehåll',
         'Individuella samtal en gång i veckan (KBT-inriktat, återfallsprevention), urinprov en gång i veckan, samverkan med '
         'Beroendemottagningen kring nedtrappningen av bensodiazepiner.'),
        ('box', 'Mål',
         'Jessica ska vara fri från amfetamin och ej förskrivna tabletter (negativa urinprov) senast 2015-06-30. '
         'Nedtrappningen ska vara avslutad enligt Beroendemottagningens plan senast 2015-09-01.'),
        ('box', 'Uppföljning', 'Avstämning per telefon med handläggaren en gång i månaden. Utvärderingsmöte med Jessica, behandlare och handläggare i juni 2015.'),
        ('box', 'Återrapportering vid avslut', ''),
        ('box', 'Handläggare', 'Jonas Ekvall, socialsekreterare, tfn 070-174 06 14, jonas.ekvall@boras.se'),
        ('sig', ['Borås 2015-03-17', 'Jonas Ekvall']),
    ], date='2015-03-17', title='Uppdrag till utförare', header=H, footer=F, font='Liberation Sans', size=10, author=JE[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan_kompassen.pdf', [
        ('title', 'Genomförandeplan'),
        ('sub', 'Öppenvården Kompassen · Klient: Jessica Holm · Upprättad 2015-04-02 · Behandlare: Anneli Sjögren'),
        ('h', 'MÅL'),
        ('ul', ['Jessica lämnar negativa urinprov för amfetamin varje vecka från och med vecka 16 (2015-04-13) – följs upp varje vecka av Anneli.',
                'Inga ej förskrivna tabletter: urinprov visar bara förskriven dos – kontrolleras av Beroendemottagningen varannan vecka.',
                'Nedtrappningen av Stesolid är klar senast 2015-09-01 (Beroendemottagningen, dr Almgren).',
                'Jessica har en skriftlig plan för vad hon gör när suget kommer, klar senast 2015-05-15 (Jessica och Anneli).']),
        ('h', 'VAD GÖR VI'),
        ('ul', ['Samtal varje tisdag kl. 13.00 hos Anneli Sjögren på Kompassen (återfallsprevention, KBT-uppgifter hemma).',
                'Urinprov i samband med varje samtal.',
                'Anneli och Jessica ringer Beroendemottagningen tillsammans vid behov, minst en gång i månaden.',
                'Anneli stämmer av med handläggaren Jonas Ekvall en gång i månaden.']),
        ('h', 'UPPFÖLJNING'),
        ('p', 'Planen följs upp vid utvärderingsmöte i juni 2015 och revideras då.'),
        ('sig', ['2015-04-02', 'Jessica Holm                    Anneli Sjögren, Kompassen']),
    ], date='2015-04-02', title='Genomförandeplan (Kompassen)', header=('Öppenvården Kompassen – Borås Stad', 'sid {PAGE}'),
       font='DejaVu Sans', size=9.5, author='Anneli Sjögren')

    jour = D('jour', 'journalanteckningar', 'journal_SOC-2015-088.pdf', [
        ('title', 'Journal – Jessica Holm (%s)' % dnr),
        ('table', ['Datum', 'Sign', 'Anteckning'], [
            ['2015-02-09', 'JE', 'Ansökan. Jessica ringer och vill ha hjälp att sluta med amfetamin och tabletter. Besök bokat 2015-02-16.'],
            ['2015-02-16', 'JE', 'Besök. Utredning inleds. Samtycke till kontakt med Beroendemottagningen.'],
            ['2015-02-24', 'JE', 'Läkarintyg från Beroendemottagningen inkommit, se utredningen.'],
            ['2015-03-12', 'JE', 'Utredningen klar och kommunicerad med Jessica.'],
            ['2015-03-16', 'KS', 'Beslut öppenvård Kompassen 2015-03-23 – 2015-09-30.'],
            ['2015-03-17', 'JE', 'Uppdrag till utförare skickat till Kompassen (Anneli Sjögren) via internpost och e-post.'],
            ['2015-04-02', 'JE', 'GFP upprättad på Kompassen, kopia till akten.'],
            ['2015-05-05', 'JE', 'Avstämning tfn Anneli S. Jessica har kommit på alla samtal utom ett. Två positiva prover för amfetamin i april, negativa sedan 20/4. Nedtrappningen följer planen.'],
            ['2015-06-23', 'JE', 'Utvärderingsmöte på Kompassen, närvarande Jessica, Anneli Sjögren och handl. Jessica har lämnat negativa prover sedan 2015-04-20 och har skrivit sin plan för sug. '
                                  'Hon tar nu 5 mg Stesolid/dag, nedtrappningen går enligt plan. Hon har fått utökat umgänge med barnen. Mål 1, 2 och 4 uppfyllda, mål 3 pågår. '
                                  'Fortsatt behandling enligt beslut, samtal varannan vecka under sommaren.'],
            ['2015-08-11', 'JE', 'Tfn Anneli S. Fortsatt negativa prover. Jessica vill avsluta efter beslutsperioden och istället gå i AA/NA-grupp.'],
        ], [2.4, 1.2, 13.4]),
    ], renderer='html-lo', date='2015-08-11', title='Journal', font='Liberation Sans', size=9.5, author=JE[0])

    return {
        'case_id': 'boras_SOC-2015-088', 'committee': 'Borås', 'dnr': dnr, 'scenario': '',
        'delivery': 'separate', 'docs': [utr, bes, upp, gfp, jour],
        'criteria': {
            'needs_assessment': crit('delvis', 'Övervägandena består av ett citerat läkarutlåtande och en ren slutsats ("bedöms vara i behov av öppenvård") utan att behoven eller skälen anges.',
                                     [('utr', 'Jessica bedöms vara i behov av öppenvård i form av'), ('upp', 'Se utredning. Jessica bedöms vara i behov')]),
            'planning': crit('ja', 'Kompassens genomförandeplan 2015-04-02 med daterade mål, aktiviteter och ansvariga (punktlistor).',
                             [('gfp', 'Jessica lämnar negativa urinprov'), ('gfp', 'Planen följs upp vid utvärderingsmöte')]),
            'follow_up': crit('ja', 'Journalen: avstämning 2015-05-05 och utvärderingsmöte 2015-06-23 med utfall per mål.',
                              [('jour', 'Utvärderingsmöte på Kompassen, närvarande Jessica')]),
            'assignment_description': crit('delvis', 'Uppdrag till utförare finns men behovsfältet hänvisar bara till utredningen med en slutsats, och fältet för återrapportering är tomt.',
                                           [('upp', 'UPPDRAG TILL UTFÖRARE'), ('jour', 'Uppdrag till utförare skickat till Kompassen')], present='bcdfg'),
        }}


# ============================================================ case 3 (declined)
def case3():
    dnr = 'SOC 2015/140'; name = 'Tommy Rask'; pnr = '19000227-5517'
    H, F = hdr(), ftr(dnr)
    rem = D('rem', 'remiss', 'remiss.pdf', [
        ('title', 'REMISS / AKTUALISERING'),
        ('kv', [('Inkom', '2015-03-19'), ('Från', 'Beroendemottagningen, Södra Älvsborgs sjukhus, avd. för tillnyktring'),
                ('Avser', '%s, %s' % (name, pnr)),
                ('Innehåll', 'Tommy har vårdats för abstinens 2015-03-16 – 2015-03-19. Han önskar kontakt med socialtjänsten för att '
                             'ansöka om behandlingshem och har gett samtycke till att denna remiss skickas. Vårdtiden har varit okomplicerad. '
                             'Han har fått recept på tiamin.'),
                ('Remittent', 'Malin Forsberg, kurator'),
                ('Åtgärd', 'Ansökan tas emot per telefon 2015-03-20. Utredning inleds.')], [4.5, 12.5]),
    ], date='2015-03-19', title='Remiss från Beroendemottagningen', header=H, footer=F, author='Beroendemottagningen')

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('sub', 'Ansökan om behandling på behandlingshem · %s · %s · Dnr %s' % (name, pnr, dnr)),
        ('h', 'BAKGRUND'),
        ('p', 'Tommy har arbetat som byggnadsarbetare och har druckit mycket sedan han var i 20-årsåldern, mestadels på helger. '
              'De senaste två åren har drickandet blivit dagligt. Han har vårdats för abstinens tre gånger det senaste året, '
              'senast 2015-03-16 – 2015-03-19. Han är sjukskriven sedan december 2014.'),
        ('h', 'AKTUELL SITUATION'),
        ('p', 'Tommy bor i en etta på Norrby tillsammans med sin hund. Han har ingen kontakt med sina föräldrar men har en bror '
              'i Ulricehamn som han träffar ibland. Han dricker enligt egen uppgift cirka en liter vin och några starköl om dagen. '
              'AUDIT 2015-03-26: 33 poäng. Han har inga andra droger. Han har hyresskuld på en månad.'),
        ('h', 'TOMMYS EGEN BESKRIVNING'),
        ('p', 'Tommy säger att han är trött på att vakna på tillnyktringen och vill "göra det ordentligt den här gången". '
              'Han har tänkt på öppenvård men tror inte att han klarar det hemma. Hunden kan bo hos brodern.'),
        ('h', 'ANALYS'),
        ('p', 'Tommys drickande har på kort tid gått från helger till dagligt bruk med upprepade abstinenstillstånd som krävt '
              'sjukhusvård. Han har i dag ingen fungerande vardag: han är sjukskriven, har en hyresskuld och saknar nyktra '
              'sammanhang utöver brodern. Han har inte tidigare prövat behandling. För att bryta det dagliga drickandet behöver '
              'han en period borta från lägenheten, med stöd dygnet runt de första veckorna, behandling som hjälper honom att '
              'förstå sitt drickande och planering av hur han ska ha det när han kommer hem (arbete, hyra, nyktra kontakter).'),
        ('p', 'Handläggaren gör bedömningen att en behandling på Granlidens behandlingshem under tre månader svarar mot detta. '
              'Granliden har sjuksköterska för avgiftning, ett strukturerat program med återfallsprevention och arbetar med '
              'utslussning mot hemkommunen. Öppenvård bedöms inte vara tillräckligt med hänsyn till de upprepade '
              'abstinenstillstånden. Tommy har själv önskat behandlingshem.'),
        ('h', 'FÖRSLAG TILL BESLUT'),
        ('p', 'Tommy Rask beviljas institutionsvård vid Granlidens behandlingshem enligt 4 kap. 1 § SoL under perioden 2015-05-04 – 2015-08-04.'),
        ('sig', ['Borås 2015-04-20', 'Helena Strandberg, socialsekreterare']),
    ], date='2015-04-20', title='Utredning', header=H, footer=F, author=HS[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-04-22'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall. Institutionsvård Granlidens behandlingshem 2015-05-04 – 2015-08-04.'),
                ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Enligt utredning 2015-04-20.'),
                ('Beslutsfattare', 'Karin Sjöstedt, enhetschef')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-04-22', title='Beslut', header=H, footer=F, author=KS[0])

    best = D('best', 'uppdragsbeskrivning', 'bestallning.pdf', [
        ('title', 'BESTÄLLNING AV INSATS'),
        ('sub', 'Borås Stad, vuxenenheten → Granlidens behandlingshem'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Beslut', '2015-04-22, institutionsvård 4 kap. 1 § SoL'),
                ('Period', '2015-05-04 – 2015-08-04'), ('Skickad', '2015-04-23 via säker e-post till granliden.intag@example.se')], [4.5, 12.5]),
        ('box', 'Nämndens bedömning',
         'Tommy har ett dagligt alkoholbruk med upprepade abstinenstillstånd som krävt sjukhusvård. Han saknar nyktra sammanhang, '
         'är sjukskriven och har hyresskuld. Han behöver avgiftning med stöd, en strukturerad behandling för att förstå och bryta '
         'sitt drickande och en planerad hemgång.'),
        ('box', 'Beställningen omfattar',
         'Avgiftning med sjuksköterska, behandlingsprogram med återfallsprevention, alkoholkontroller, stöd att kontakta '
         'Försäkringskassan och hyresvärden, utslussning mot Borås de sista tre veckorna.'),
        ('box', 'Mål', 'Tommy ska vara nykter under behandlingen (negativa prover), ha en plan för sin hemgång med nykter '
                       'sysselsättning och ha reglerat hyresskulden före utskrivning 2015-08-04.'),
        ('box', 'Uppföljning', 'Vårdplan upprättas inom 14 dagar. Uppföljningsmöte med Tommy, behandlare och handläggare efter '
                               'sex veckor samt före utskrivning. Avvikelser meddelas handläggaren samma dag.'),
        ('box', 'Rapport vid avslut', 'Skriftlig slutrapport inom 14 dagar: genomförd behandling, måluppfyllelse, provresultat, rekommendation om eftervård.'),
        ('box', 'Handläggare', 'Helena Strandberg, tfn 070-174 06 12, helena.strandberg@boras.se'),
    ], date='2015-04-23', title='Beställning av insats (Granliden)', header=H, footer=F, author=HS[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journalanteckningar'),
        ('lines', ['Klient: %s  %s' % (name, pnr), 'Ärende: %s' % dnr, '']),
        ('journal', [
            ('2015-03-20', 'HS', 'Telefon', 'Tommy ringer efter remiss från Beroendemottagningen och ansöker om behandlingshem. Utredning inleds.'),
            ('2015-03-26', 'HS', 'Besök', 'Samtal. AUDIT 33 p. Tommy vill till HVB. Hunden kan bo hos brodern.'),
            ('2015-04-09', 'HS', 'Besök', 'Gått igenom Granlidens program. Tommy positiv.'),
            ('2015-04-20', 'HS', 'Utredning', 'Utredningen klar och kommunicerad med Tommy.'),
            ('2015-04-22', 'KS', 'Beslut', 'Beslut institutionsvård Granliden 2015-05-04 - 2015-08-04.'),
            ('2015-04-23', 'HS', 'Beställning', 'Beställning skickad till Granliden via säker e-post. Inskrivning 4/5 kl. 10.'),
            ('2015-05-03', 'HS', 'Tfn Tommy (jourtelefon söndag, antecknat måndag)',
             'Tommy ringde och lämnade besked att han inte kommer att åka till Granliden imorgon. Han säger att han klarar sig själv nu, '
             'han har inte druckit på en vecka och vill inte lämna hunden och lägenheten.'),
            ('2015-05-04', 'HS', 'Tfn Tommy', 'Handl. ringer Tommy och försöker motivera honom, erbjuder ny tid för inskrivning. Tommy står fast vid '
             'att han inte vill ha behandlingen. Han tackar nej även till öppenvård just nu. Granliden meddelad, platsen avbokas. '
             'Planerat hembesök 2015-05-20 ställs in.'),
            ('2015-05-12', 'HS', 'Brev', 'Brev till Tommy: han är välkommen att höra av sig om han ändrar sig. Informerat om Kompassens drop-in.'),
            ('2015-05-12', 'HS', 'Avslut', 'Ärendet avslutas. Insatsen har aldrig påbörjats då Tommy avböjt den före inskrivningen.'),
        ]),
    ], renderer='enscript', date='2015-05-12', title='Journalanteckningar', author='Systemutskrift', enscript_header=jhdr(dnr, name))

    return {
        'case_id': 'boras_SOC-2015-140', 'committee': 'Borås', 'dnr': dnr, 'scenario': 'declined',
        'delivery': 'assembled', 'akt_name': 'akt_SOC-2015-140.pdf', 'cover': cover(dnr, name, pnr),
        'docs': [rem, utr, bes, best, jour],
        'criteria': {
            'needs_assessment': crit('ja', 'Utredningens ANALYS beskriver Tommys situation, vad han behöver och varför Granliden svarar mot det; bedömningen återges i beställningen.',
                                     [('utr', 'Tommys drickande har på kort tid gått'), ('utr', 'Handläggaren gör bedömningen att en behandling'),
                                      ('best', 'Tommy har ett dagligt alkoholbruk med upprepade')]),
            'planning': crit('ej_tillämpligt', 'Tommy avböjde behandlingen dagen före inskrivningen; insatsen påbörjades aldrig.'),
            'follow_up': crit('ej_tillämpligt', 'Insatsen påbörjades aldrig (avböjd före start).'),
            'assignment_description': crit('ja', 'Beställningen innehåller samtliga delar a–g, med datum för när den skickades.',
                                           [('best', 'BESTÄLLNING AV INSATS'), ('best', 'Helena Strandberg, tfn 070-174 06 12'),
                                            ('jour', 'Beställning skickad till Granliden via säker e-post')], present='abcdefg'),
        }}


# ============================================================ case 4
def case4():
    dnr = 'SOC 2014/377'; name = 'Mikael Sandén'; pnr = '19010730-2954'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING – ANSÖKAN OM ÖPPENVÅRD'),
        ('lines', ['Klient: %s, %s' % (name, pnr), 'Dnr: %s' % dnr, 'Handläggare: Jonas Ekvall, socialsekreterare', 'Datum: 2014-12-03']),
        ('cols', 2),
        ('h', '1. BAKGRUND'),
        ('p', 'Mikael har rökt cannabis sedan gymnasiet och har under perioder även använt opioider (tramadol, kodein) som han '
              'köpt via internet. Han har aldrig haft någon behandlingskontakt. Han har arbetat som lagerarbetare men blev '
              'uppsagd i augusti 2014. Han har en sambo sedan fyra år.'),
        ('h', '2. NULÄGE'),
        ('p', 'Mikael röker cannabis dagligen, oftast på kvällen "för att kunna sova". Tabletter tar han i perioder, senast i oktober. '
              'DUDIT 2014-11-19: 24 poäng. Urinprov 2014-11-19 positivt för THC. Sambon har sagt att hon flyttar om han inte slutar. '
              'Mikael är inskriven på Arbetsförmedlingen och har a-kassa. Han har en skuld hos Kronofogden på ca 18 000 kr. '
              'Han sover dåligt, har dragit sig undan vänner och säger att han "inte orkar någonting".'),
        ('p', 'Mikaels egen uppfattning är att han vill sluta men inte vill åka bort. Han har hört talas om Kompassens dagbehandling '
              'genom en kompis.'),
        ('colbreak',),
        ('h', '3. HANDLÄGGARENS SLUTSATS'),
        ('p', 'Mikael har ett dagligt cannabisbruk sedan många år och periodvis opioidbruk, vilket nu har lett till att han förlorat '
              'arbetet, riskerar relationen med sambon och isolerat sig. Han har aldrig prövat behandling och har en fungerande '
              'bostad och en sambo som stöttar honom, vilket talar för att han kan genomföra behandling på hemmaplan. '
              'Han behöver hjälp att bryta det dagliga bruket, stöd kring sömn och nedstämdhet, och en fast struktur på dagarna '
              'eftersom han saknar sysselsättning.'),
        ('p', 'Dagbehandlingen på Kompassen, fyra dagar i veckan under tolv veckor, ger struktur på dagtid, gruppbehandling '
              'enligt tolvstegsmodellen och drogtester. Sambon kan delta i anhörigprogrammet. Handläggaren bedömer att '
              'insatsen motsvarar Mikaels situation och att institutionsvård inte är motiverad i nuläget. Mikael uppmanas '
              'kontakta vårdcentralen angående sömnen.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Mikael Sandén beviljas öppenvård i form av dagbehandling vid Öppenvården Kompassen enligt 4 kap. 1 § SoL '
              'från 2014-12-15 till och med 2015-06-30.'),
        ('cols', 1),
        ('sig', ['Jonas Ekvall, socialsekreterare']),
    ], renderer='groff', date='2014-12-03', title='Utredning', header=('Borås Stad  Vuxenenheten', 'Sida {PAGE} av {NUMPAGES}'),
       footer=('Dnr ' + dnr, ''), font='Times', size=10, author=JE[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2014-12-05'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall. Öppenvård (dagbehandling) vid Öppenvården Kompassen 2014-12-15 – 2015-06-30.'),
                ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Mikael har ett dagligt cannabisbruk och har inte tidigare haft behandling. Dagbehandling ger struktur och behandling på hemmaplan. Se utredning 2014-12-03.'),
                ('Beslutsfattare', 'Karin Sjöstedt, enhetschef')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2014-12-05', title='Beslut', header=H, footer=F, author=KS[0])

    brev = D('brev', 'uppdragsbeskrivning', 'uppdrag_brev.pdf', [
        ('lines', ['Borås Stad', 'Sociala omsorgsförvaltningen, Vuxenenheten', '', '', 'Öppenvården Kompassen',
                   'Att: Anneli Sjögren, samordnare', '', 'Borås 2014-12-08']),
        ('h', 'Uppdrag – dagbehandling för Mikael Sandén (%s)' % pnr),
        ('p', 'Hej! Härmed lämnar vuxenenheten ett uppdrag till er avseende Mikael Sandén, som 2014-12-05 beviljats öppenvård i '
              'form av dagbehandling hos er enligt 4 kap. 1 § SoL under perioden 2014-12-15 – 2015-06-30.'),
        ('p', '**Vår bedömning.** Mikael har rökt cannabis dagligen i många år och periodvis använt opioider. Han har förlorat sitt '
              'arbete, isolerat sig och riskerar relationen med sambon. Han har aldrig haft behandling. Han behöver hjälp att bryta det '
              'dagliga bruket, en fast struktur på dagarna och stöd kring sömn och nedstämdhet. Han har en bostad och en sambo som '
              'stöttar honom, och vi bedömer att behandlingen kan ske på hemmaplan.'),
        ('p', '**Uppdraget** omfattar dagbehandling fyra dagar i veckan i tolv veckor enligt ert program, drogtester minst två gånger i '
              'veckan, erbjudande om anhörigprogram till sambon och därefter eftervårdsgrupp en gång i veckan till och med 2015-06-30.'),
        ('p', '**Målen** är att Mikael ska vara drogfri (negativa tester) från och med februari 2015, ha en regelbunden dygnsrytm och ha '
              'påbörjat en aktivitet via Arbetsförmedlingen innan insatsen avslutas.'),
        ('p', '**Uppföljning** sker vid ett möte med Mikael, er och mig efter ungefär tre månader och vid ett avslutande möte i juni. '
              'Ni kontaktar mig direkt om Mikael uteblir mer än två dagar i följd eller om han vill avbryta.'),
        ('p', '**När insatsen avslutas** vill vi ha en skriftlig sammanfattning: närvaro, testresultat, hur målen har uppnåtts och er '
              'rekommendation om fortsatt stöd.'),
        ('p', 'Uppdraget skickas i dag, 2014-12-08, med internposten och som bilaga i e-post.'),
        ('sig', ['Med vänlig hälsning', '', 'Jonas Ekvall', 'Socialsekreterare, Vuxenenheten', 'Tfn 070-174 06 14', 'jonas.ekvall@boras.se']),
    ], date='2014-12-08', title='Uppdrag (brev) till Kompassen', font='Times', size=11, author=JE[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN'),
        ('sub', 'Öppenvården Kompassen – dagbehandling'),
        ('kv', [('Namn', name), ('Datum', '2015-01-14'), ('Kontaktperson', 'Roger Ahl, behandlare')], [4.5, 12.5]),
        ('h', 'Mål'),
        ('p', 'Målet är att Mikael ska må bättre och minska sitt användande av cannabis. Han ska också komma igång med någon form av sysselsättning.'),
        ('h', 'Insatser'),
        ('p', 'Mikael deltar i dagbehandlingen och i enskilda samtal. Drogtester tas. Sambon erbjuds anhörigprogram.'),
        ('h', 'Övrigt'),
        ('p', 'Mikael tycker att det är jobbigt i gruppen men vill fortsätta.'),
        ('sig', ['Mikael Sandén                Roger Ahl']),
    ], date='2015-01-14', title='Genomförandeplan (Kompassen)', header=('Öppenvården Kompassen', ''), font='Helvetica', size=10, author='Roger Ahl')

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journalanteckningar'),
        ('lines', ['Klient: %s  %s' % (name, pnr), 'Ärende: %s' % dnr, '']),
        ('journal', [
            ('2014-11-10', 'JE', 'Ansökan', 'Mikael kommer på drop-in med sambon och ansöker om hjälp för sitt cannabisbruk. Utredning inleds.'),
            ('2014-11-19', 'JE', 'Besök', 'DUDIT 24 p. Urinprov tagits, pos. THC. Mikael vill inte åka bort.'),
            ('2014-12-03', 'JE', 'Utredning', 'Utredningen kommunicerad, Mikael instämmer.'),
            ('2014-12-05', 'KS', 'Beslut', 'Beslut dagbehandling Kompassen 2014-12-15 - 2015-06-30.'),
            ('2014-12-08', 'JE', 'Uppdrag', 'Uppdragsbrev till Kompassen skickat med internpost och e-post.'),
            ('2014-12-15', 'JE', 'Start', 'Kompassen bekräftar att Mikael börjat.'),
            ('2015-01-14', 'JE', 'GFP', 'Kompassen har skickat GFP, läggs i akten.'),
            ('2015-03-17', 'JE', 'Bokning', 'Uppf.möte bokat till 2015-04-14 kl. 13.30 på Kompassen.'),
            ('2015-04-13', 'JE', 'Tfn Kompassen', 'Roger Ahl ringer, Mikael är sjuk. Mötet 14/4 ställs in. Ny tid ges senare.'),
            ('2015-05-26', 'JE', 'Bokning', 'Ny tid för uppföljnig 2015-06-24.'),
            ('2015-06-23', 'JE', 'Avbokning', 'Mikael avbokar mötet imorgon, ska bort. Han vill ta det efter semestern.'),
            ('2015-06-30', 'JE', 'Förlängning', 'Mikael ansöker om fortsatt eftervårdsgrupp på Kompassen. Beslut fattat enl. delegation t.o.m. 2015-12-31, se beslut.'),
            ('2015-09-02', 'HS', 'Ny handläggare', 'Helena Strandberg tar över ärendet efter Jonas Ekvall. Uppföljning planeras till oktober.'),
        ]),
    ], renderer='enscript', date='2015-09-02', title='Journalanteckningar', author='Systemutskrift', enscript_header=jhdr(dnr, name))

    return {
        'case_id': 'boras_SOC-2014-377', 'committee': 'Borås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'akt_SOC-2014-377.pdf', 'cover': cover(dnr, name, pnr),
        'docs': [utr, bes, brev, gfp, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Handläggarens slutsats" (tvåspaltig utredning) anger Mikaels svårigheter, vad han behöver och varför dagbehandling svarar mot det; återges i beslut och uppdragsbrev.',
                                     [('utr', 'Mikael har ett dagligt cannabisbruk sedan många år'), ('utr', 'insatsen motsvarar Mikaels situation'),
                                      ('bes', 'Dagbehandling ger struktur och behandling på hemmaplan'), ('brev', 'Mikael har rökt cannabis dagligen i många år')]),
            'planning': crit('delvis', 'Genomförandeplanen har bara vaga, odaterade mål ("må bättre", "minska") utan ansvarig eller tidpunkt.',
                             [('gfp', 'Målet är att Mikael ska må bättre')]),
            'follow_up': crit('nej', 'Uppföljningsmöten bokades två gånger men ställdes in/avbokades; ingen uppföljning har ägt rum, nästa "planeras till oktober".'),
            'assignment_description': crit('ja', 'Uppdraget lämnades som brev med bedömning, innehåll, mål, uppföljning, återrapportering, kontaktuppgifter och avsändningsdatum.',
                                           [('brev', 'Härmed lämnar vuxenenheten ett uppdrag'), ('brev', 'Uppdraget skickas i dag, 2014-12-08'),
                                            ('jour', 'Uppdragsbrev till Kompassen skickat')], present='abcdefg'),
        }}


# ============================================================ case 5
def case5():
    dnr = 'SOC 2015/201'; name = 'Susanne Berg'; pnr = '19020311-6641'
    H, F = hdr(), ftr(dnr)
    lak = D('lak', 'läkarintyg', 'lakarintyg.pdf', [
        ('title', 'LÄKARINTYG'),
        ('lines', ['Vårdcentralen Sjöbo, Borås', 'Till: Socialtjänsten, vuxenenheten', 'Datum: 2015-04-14', '',
                   'Patient: %s, %s' % (name, pnr)]),
        ('h', 'Anamnes'),
        ('p', 'Patienten söker för trötthet och magbesvär. Berättar om dagligt vindrickande sedan ca tre år, ökat efter mammans död. '
              'Tidigare frisk. Arbetar som undersköterska, sjukskriven sedan 2015-03-02.'),
        ('h', 'Status/provsvar'),
        ('p', 'Lätt förhöjt blodtryck. GT 3,4, CDT 2,6 %, PEth 1,4 µmol/l.'),
        ('h', 'Bedömning'),
        ('p', 'Alkoholberoende (F10.2). Patienten bedöms ha nytta av strukturerad öppenvårdsbehandling. Campral insatt. '
              'Fortsatt sjukskrivning 50 % t.o.m. 2015-05-31. Återbesök om fyra veckor.'),
        ('sig', ['Ingrid Malmsten', 'Leg. läkare, specialist i allmänmedicin']),
    ], date='2015-04-14', title='Läkarintyg (vårdcentralen)', font='Helvetica', size=9.5, author='Vårdcentralen Sjöbo')

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING ENLIGT 11 KAP. 1 § SoL'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Helena Strandberg'),
                ('Period', '2015-04-08 – 2015-05-05')], [4.5, 12.5]),
        ('h', '1. BAKGRUND'),
        ('p', 'Susanne har arbetat som undersköterska i hemtjänsten i många år. Hon är frånskild och har en vuxen son i Göteborg. '
              'Hennes mamma dog 2012 och efter det har hon druckit allt mer, främst vin på kvällarna.'),
        ('h', '2. NULÄGE'),
        ('p', 'Susanne dricker en till två flaskor vin per kväll. Hon är sjukskriven på halvtid sedan mars. Hennes läkare har '
              'skrivit ett intyg, se bilaga. Hon bor kvar i sin bostadsrätt och har ordnad ekonomi. Hon har inga andra droger. '
              'Hon har berättat om drickandet för sin chef som har erbjudit stöd via företagshälsovården.'),
        ('h2', 'Susannes egen uppfattning'),
        ('p', '"Jag behöver hjälp att sluta, jag klarar det inte själv längre. Jag vill gå i grupp med andra kvinnor och ha '
              'någon att prata med. Jag vill inte vara borta från jobbet mer än nödvändigt."'),
        ('h', '3. ÖVERVÄGANDEN'),
        ('p', ' '),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Att bevilja Susanne Berg öppenvård vid Öppenvården Kompassen (kvinnogrupp samt enskilda samtal) enligt 4 kap. 1 § SoL '
              'fr.o.m. 2015-05-11 t.o.m. 2015-11-30.'),
        ('sig', ['Borås 2015-05-05', 'Helena Strandberg, socialsekreterare']),
    ], date='2015-05-05', title='Utredning', header=H, footer=F, author=HS[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Datum', '2015-05-07'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall. Öppenvård vid Öppenvården Kompassen 2015-05-11 – 2015-11-30.'),
                ('Lagrum', '4 kap. 1 § SoL'), ('Skäl för beslutet', ''),
                ('Beslutsfattare', 'Karin Sjöstedt, enhetschef')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-05-07', title='Beslut', header=H, footer=F, author=KS[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN – ÖPPENVÅRDEN KOMPASSEN'),
        ('kv', [('Klient', name), ('Upprättad', '2015-05-28'), ('Behandlare', 'Anneli Sjögren'),
                ('Deltagare vid upprättande', 'Susanne Berg, Anneli Sjögren')], [4.5, 12.5]),
        ('h', 'Insatser (kryssa)'),
        ('check', [(True, 'Kvinnogrupp, onsdagar kl. 15–17, 14 träffar 2015-05-20 – 2015-08-26'),
                   (True, 'Enskilda samtal varannan vecka (återfallsprevention)'),
                   (False, 'Dagbehandling'), (True, 'Alkoholkontroller (utandningsprov varje träff, PEth varje månad)'),
                   (False, 'Anhörigstöd'), (True, 'Samverkan med vårdcentralen (Campral) – SIP vid behov')]),
        ('h', 'Mål'),
        ('table', ['Mål', 'Hur vi vet att målet är nått', 'Ansvarig', 'Klart'], [
            ['Susanne dricker inte alkohol', 'Negativa utandningsprov och PEth < 0,05', 'Susanne, Anneli (prover)', '2015-07-31'],
            ['Susanne har en plan för kvällarna', 'Skriftlig veckoplan finns', 'Susanne, Anneli', '2015-06-24'],
            ['Susanne är tillbaka i arbete på heltid', 'Sjukskrivningen avslutad', 'Susanne, vårdcentralen', '2015-09-01'],
        ], [4.5, 5.5, 4.0, 2.5]),
        ('check', [(True, 'Planen har upprättats tillsammans med klienten'), (True, 'Klienten har fått en kopia')]),
        ('sig', ['Susanne Berg                     Anneli Sjögren']),
    ], date='2015-05-28', title='Genomförandeplan (Kompassen)', header=('Öppenvården Kompassen', 'Sida {PAGE}'), font='Helvetica', size=9.5, author='Anneli Sjögren')

    uppf = D('uppf', 'uppföljning', 'uppfoljning.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Öppenvård Kompassen (beslut 2015-05-07)'), ('Datum', '2015-08-26'),
                ('Närvarande', 'Susanne Berg, Anneli Sjögren (Kompassen), Helena Strandberg (handl.)')], [4.5, 12.5]),
        ('box', 'Resultat',
         'Susanne har deltagit i 13 av 14 gruppträffar och alla enskilda samtal. Utandningsproven har varit negativa vid alla '
         'träffar, PEth i juli 0,08 och i augusti < 0,05. Hon har en veckoplan för kvällarna som hon följer. Hon arbetar 75 % '
         'sedan 2015-08-03 och ska gå upp till heltid 2015-09-14.'),
        ('box', 'Bedömning av måluppfyllelse', 'Mål 1: i stort sett uppfyllt (ett tillfälle i juli). Mål 2: uppfyllt. Mål 3: delvis, heltid från 14/9.'),
        ('box', 'Fortsättning', 'Enskilda samtal en gång i månaden t.o.m. beslutets slut 2015-11-30. Susanne vill fortsätta i eftervårdsgrupp.'),
        ('sig', ['Borås 2015-08-27', 'Helena Strandberg']),
    ], date='2015-08-26', title='Uppföljning av insats', header=H, footer=F, author=HS[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journalanteckningar – %s' % name),
        ('sub', 'Dnr %s · utskrift 2015-09-28' % dnr),
        ('journal', [
            ('2015-04-08', 'HS', 'Ansökan', 'Susanne ringer och ansöker om hjälp för sitt drickande. Hennes läkare har föreslagit kontakt. Utredning inleds.'),
            ('2015-04-16', 'HS', 'Besök', 'Samtal med Kl. Läkarintyg inlämnat. Kl. önskar kvinnogrupp på ÖV Kompassen.'),
            ('2015-05-05', 'HS', 'Utredning', 'Utredningen klar, kommunicerad.'),
            ('2015-05-07', 'KS', 'Beslut', 'Beslut öppenvård Kompassen.'),
            ('2015-05-12', 'HS', 'Tfn Kompassen', 'Samtal med Anneli Sjögren. Uppdraget lämnas muntligt: Susanne beviljad öppenvård, kvinnogrupp och enskilda samtal, start v. 21. Anneli skickar kallelse.'),
            ('2015-05-28', 'HS', 'GFP', 'GFP från Kompassen inkommen.'),
            ('2015-06-10', 'HS', 'SIP', 'SIP-möte på vårdcentralen med Susanne, läkare, Anneli S. och handl. Överenskommet om ansvarsfördelning kring Campral och sjukskrivning.'),
            ('2015-08-26', 'HS', 'Uppföljning', 'Uppföljning av insats på Kompassen, se blankett.'),
        ]),
    ], renderer='html-lo', date='2015-09-28', title='Journalanteckningar', font='Helvetica', size=10, author='Systemutskrift')

    return {
        'case_id': 'boras_SOC-2015-201', 'committee': 'Borås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'akt_SOC-2015-201.pdf', 'cover': cover(dnr, name, pnr),
        'docs': [lak, utr, bes, gfp, uppf, jour],
        'criteria': {
            'needs_assessment': crit('nej', 'Rubriken "3. ÖVERVÄGANDEN" är tom och beslutets skäl saknas; det som finns är läkarens bedömning och Susannes egna ord.'),
            'planning': crit('ja', 'Kompassens genomförandeplan 2015-05-28 med kryssade insatser och måltabell med ansvar och datum.',
                             [('gfp', 'Kvinnogrupp, onsdagar'), ('gfp', 'Susanne dricker inte alkohol')]),
            'follow_up': crit('ja', 'Blanketten Uppföljning av insats 2015-08-26 med resultat och måluppfyllelse.',
                              [('uppf', 'Susanne har deltagit i 13 av 14')]),
            'assignment_description': crit('nej', 'Uppdraget lämnades muntligt per telefon 2015-05-12; inget skriftligt uppdrag finns.', present=''),
        }}


# ============================================================ case 6 (recent)
def case6():
    dnr = 'SOC 2015/266'; name = 'Ahmad Karimi'; pnr = '19000905-3175'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING ENLIGT 11 KAP. 1 § SoL'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Jonas Ekvall'),
                ('Inledd / avslutad', '2015-07-20 / 2015-08-25')], [4.5, 12.5]),
        ('h', '1. BAKGRUND'),
        ('p', 'Ahmad kom till Sverige 2008 och har arbetat som taxichaufför. Han började dricka regelbundet efter en trafikolycka 2012 '
              'och har sedan 2014 även använt tramadol och pregabalin utan förskrivning. Han har genomgått avgiftning på '
              'Beroendemottagningen två gånger under 2015.'),
        ('h', '2. NULÄGE'),
        ('p', 'Ahmad har förlorat taxilegitimationen och är utan inkomst. Han bor i andra hand hos en bekant. Han dricker dagligen '
              'och tar tabletter för att "stänga av". AUDIT 27 p, DUDIT 19 p (2015-07-29). Han har sömnproblem och mardrömmar sedan '
              'olyckan. Han har kontakt med sin syster men skäms inför familjen.'),
        ('h', '3. SAMMANFATTANDE ÖVERVÄGANDEN'),
        ('p', 'Ahmad har ett blandmissbruk av alkohol och läkemedel som har eskalerat under det senaste året trots två avgiftningar. '
              'Han har ingen egen bostad och ingen sysselsättning, och miljön han bor i präglas av drickande. Sömnsvårigheter och '
              'mardrömmar efter olyckan verkar hänga ihop med bruket av tabletter. Han behöver en period av behandling i en skyddad miljö '
              'där han får stöd både med beroendet och med följderna av olyckan, och där man kan börja planera för bostad och arbete.'),
        ('p', 'Granlidens behandlingshem har sjuksköterska för nedtrappning, behandlare med traumakompetens och samarbete med '
              'psykiatrin i Borås. Ahmad har själv besökt Granliden och vill börja där. Handläggaren bedömer att institutionsvård vid '
              'Granliden under sex månader svarar mot hans situation; öppenvård är inte möjlig så länge han saknar egen bostad och en nykter miljö.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Ahmad Karimi beviljas institutionsvård vid Granlidens behandlingshem enligt 4 kap. 1 § SoL 2015-09-07 – 2016-03-06.'),
        ('sig', ['Borås 2015-08-25', 'Jonas Ekvall, socialsekreterare']),
    ], date='2015-08-25', title='Utredning', header=H, footer=F, author=JE[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Datum', '2015-08-27'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall. Institutionsvård Granlidens behandlingshem 2015-09-07 – 2016-03-06.'),
                ('Lagrum', '4 kap. 1 § SoL'), ('Skäl för beslutet', 'Enligt utredning daterad 2015-08-25.'),
                ('Beslutsfattare', 'Karin Sjöstedt, enhetschef')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-08-27', title='Beslut', header=H, footer=F, author=KS[0], akt_only=True)

    mail = D('mail', 'uppdragsbeskrivning', 'bestallning_epost.pdf', [
        ('lines', ['**Från:** Jonas Ekvall <jonas.ekvall@boras.se>',
                   '**Skickat:** den 28 augusti 2015 09:41',
                   '**Till:** Granliden intag <granliden.intag@example.se>',
                   '**Kopia:** Ove Lundmark',
                   '**Ämne:** Beställning – institutionsvård Ahmad Karimi (%s)' % dnr]),
        ('p', 'Hej Ove och intaget!'),
        ('p', 'Här kommer vår beställning för Ahmad Karimi som ska skrivas in hos er måndag 2015-09-07 kl. 10.00. Beslutet gäller '
              'institutionsvård enligt 4 kap. 1 § SoL 2015-09-07 – 2016-03-06.'),
        ('h2', 'Vår bedömning av Ahmads behov'),
        ('p', 'Ahmad har ett blandmissbruk av alkohol, tramadol och pregabalin som eskalerat trots två avgiftningar i år. Han har '
              'sömnproblem och mardrömmar sedan en trafikolycka 2012, saknar egen bostad och sysselsättning. Han behöver nedtrappning '
              'med medicinsk tillsyn, behandling av beroendet i en skyddad miljö och stöd kring följderna av olyckan, samt planering för bostad och arbete.'),
        ('h2', 'Uppdraget'),
        ('ul', ['Nedtrappning av läkemedel med er sjuksköterska i samråd med Beroendemottagningen',
                'Behandlingsprogram (ÅP, MI), enskilda samtal med traumainriktning',
                'Kontakt med psykiatrin för bedömning av PTSD',
                'Stöd att söka bostad och kontakta Arbetsförmedlingen under utslussning']),
        ('h2', 'Mål'),
        ('ul', ['Ahmad är fri från alkohol och ej förskrivna läkemedel under vårdtiden (negativa prover)',
                'Ahmad har fått en psykiatrisk bedömning senast 2015-12-31',
                'Ahmad har en ansökan om bostad inlämnad och en plan för sysselsättning före utskrivning']),
        ('h2', 'Uppföljning och återrapportering'),
        ('p', 'Vårdplan upprättas på Granliden inom två veckor efter inskrivning. Första uppföljningen sker efter ca två månader (vi '
              'föreslår vecka 46) och sedan var tredje månad. Ni hör av er direkt vid avvikelser eller avbrott. När vistelsen '
              'avslutas skickar ni en slutrapport med genomförda insatser, måluppfyllelse, provresultat och rekommendation om eftervård.'),
        ('p', 'Hör av dig om något är oklart.'),
        ('lines', ['Vänliga hälsningar', 'Jonas Ekvall', 'Socialsekreterare | Vuxenenheten | Sociala omsorgsförvaltningen, Borås Stad',
                   'Tfn 070-174 06 14 | jonas.ekvall@boras.se']),
    ], renderer='html-chr', date='2015-08-28', title='Beställning (e-post)', font='Liberation Sans', size=10.5, author=JE[0], akt_only=True)

    vp = D('vp', 'vårdplan', 'vardplan_undertecknad.pdf', [
        ('title', 'VÅRDPLAN – GRANLIDENS BEHANDLINGSHEM'),
        ('kv', [('Klient', name), ('Datum', '2015-09-17'),
                ('Deltagare', 'Ahmad Karimi, Ove Lundmark (Granliden), Jonas Ekvall (handl.), SSK Eva Berg')], [4.5, 12.5]),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Nedtrappning av tramadol/pregabalin avslutad', 'Nedtrappningsschema, SSK följer upp varje vecka', 'SSK Eva Berg', '2015-10-31'],
            ['Inga återfall i alkohol eller ej förskrivna läkemedel', 'Program ÅP, utandnings- och urinprov 2 ggr/vecka', 'Granliden, Ahmad', 'Fortlöpande'],
            ['Psykiatrisk bedömning (PTSD) genomförd', 'Remiss till psykiatrin, Ove följer med på besöket', 'Ove Lundmark', '2015-12-31'],
            ['Bostadsansökan inlämnad', 'Registrering i bostadskön, kontakt med bostadssocial enhet', 'Handl. Jonas Ekvall, Ahmad', '2016-01-31'],
        ], [4.6, 5.4, 3.6, 2.8]),
        ('p', 'Första uppföljning av vårdplanen: 2015-11-12 kl. 13.00 på Granliden.'),
        ('sig', ['Underskrifter', 'Ahmad Karimi ........................   Ove Lundmark ........................   Jonas Ekvall ........................']),
    ], date='2015-09-17', title='Vårdplan (inskannad, undertecknad)', font='Helvetica', size=10, author='Granliden', scan=[1], akt_only=True)

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'Journalanteckningar'),
        ('lines', ['Klient: %s  %s' % (name, pnr), 'Ärende: %s' % dnr, '']),
        ('journal', [
            ('2015-07-20', 'JE', 'Ansökan', 'Ahmad söker via syster som ringer med honom. Utredning inleds.'),
            ('2015-07-29', 'JE', 'Besök', 'AUDIT 27, DUDIT 19. Ahmad vill till behandlingshem.'),
            ('2015-08-12', 'JE', 'Studiebesök', 'Ahmad och handl. besökte Granliden. Ahmad positiv.'),
            ('2015-08-25', 'JE', 'Utredning', 'Utredning klar, kommunicerad med Ahmad.'),
            ('2015-08-27', 'KS', 'Beslut', 'Beslut inst.vård Granliden fr.o.m. 2015-09-07.'),
            ('2015-08-28', 'JE', 'Beställning', 'Beställning skickad per e-post till Granliden.'),
            ('2015-09-07', 'JE', 'Inskrivning', 'Ahmad inskriven på Granliden, handl. följde med.'),
            ('2015-09-17', 'JE', 'Vårdplan', 'Vårdplan upprättad på Granliden, undertecknad, skannas in. Första uppf. 2015-11-12.'),
            ('2015-09-21', 'JE', 'Tfn Ove L.', 'Ahmad har kommit in i gruppen, nedtrappningen har börjat.'),
        ]),
    ], renderer='enscript', date='2015-09-28', title='Journalanteckningar', author='Systemutskrift', enscript_header=jhdr(dnr, name))

    return {
        'case_id': 'boras_SOC-2015-266', 'committee': 'Borås', 'dnr': dnr, 'scenario': 'recent',
        'delivery': 'both', 'akt_name': 'akt_SOC-2015-266_komplett.pdf', 'cover': cover(dnr, name, pnr),
        'docs': [utr, bes, mail, vp, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Sammanfattande överväganden" beskriver Ahmads svårigheter, vad han behöver och varför Granliden svarar mot det; återges i beställningen.',
                                     [('utr', 'Ahmad har ett blandmissbruk av alkohol och läkemedel'), ('utr', 'Granliden under sex månader svarar mot'),
                                      ('mail', 'Ahmad har ett blandmissbruk av alkohol, tramadol')]),
            'planning': crit('ja', 'Undertecknad vårdplan 2015-09-17 (inskannad sida) med mål, insatser, ansvariga och datum.', [('vp', 1)]),
            'follow_up': crit('ej_tillämpligt', 'Insatsen började 2015-09-07; första uppföljningen är planerad till 2015-11-12, efter granskningsdatum.'),
            'assignment_description': crit('ja', 'Beställning per e-post 2015-08-28 med bedömning, uppdrag, mål, uppföljning, återrapportering och handläggarens kontaktuppgifter.',
                                           [('mail', 'Här kommer vår beställning för Ahmad Karimi'), ('mail', 'Tfn 070-174 06 14'),
                                            ('jour', 'Beställning skickad per e-post till Granliden')], present='abcdefg'),
        }}


def CASES():
    return [case1(), case2(), case3(), case4(), case5(), case6()]
