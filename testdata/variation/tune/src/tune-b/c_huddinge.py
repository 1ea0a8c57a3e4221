# -*- coding: utf-8 -*-
"""Huddinge: five cases. Diarienummer format 'ÅÅÅÅ-NNNNNN' (Treserva-like)."""
from build import D, Case
from common import office_doc, provider_doc
import rldocs

SIG_SL = ('Vänliga hälsningar\nSara Lundgren\nSocialsekreterare | Vuxenenheten | Socialtjänsten\nHuddinge kommun\n'
          'Telefon: 08-465 000 21 | Mobil: 070-174 06 21\nsara.lundgren@huddinge.se')
SIG_MD = ('Med vänlig hälsning\nMehmet Demir\nSocialsekreterare, Vuxenenheten\nHuddinge kommun\n'
          'Tfn 08-465 000 23\nmehmet.demir@huddinge.se')
KALLAN_LH = ('Källan – öppenvård för vuxna', 'Huddinge kommun · Socialtjänsten · Forskarvägen 3, 141 47 Huddinge · 08-465 000 50')
GRAN_LH = ('GRANSÄTRA BEHANDLINGSHEM', 'HVB för vuxna · Gransätra gård, 762 95 Rimbo · Tel 0175-700 00 · www.gransatra-hvb.se')


def head(name, pnr, dnr, printed='2015-09-30'):
    return [('Namn:', name), ('Personnummer:', pnr), ('Ärende:', dnr + ' Vuxen – missbruk'), ('Utskriftsdatum:', printed)]


def utr_head(d, name, pnr, dnr, dates, who):
    d.add([('title', 'Utredning'),
           ('small', 'Vuxen – missbruk. Utredning enligt 11 kap. 1 § SoL'),
           ('kv', [('Namn', name), ('Personnummer', pnr), ('Ärendenummer', dnr), ('Utredningstid', dates),
                   ('Handläggare', who)], (3.5, 10))])


def beslut(dnr, name, pnr, date, insats, period, motivering=None, who='Petra Sjöberg, gruppledare'):
    d = office_doc('huddinge', dnr, title='Beslut')
    blocks = [('title', 'Beslut'),
              ('small', 'Bistånd enligt 4 kap. 1 § socialtjänstlagen'),
              ('kv', [('Namn', name), ('Personnummer', pnr), ('Ärendenummer', dnr), ('Beslutsdatum', date)], (3.5, 10)),
              ('rule',),
              ('kv', [('Beslut', 'Beviljas'), ('Insats', insats), ('Period', period),
                      ('Lagrum', '4 kap. 1 § SoL')], (3.5, 10))]
    if motivering:
        blocks += [('h', 'Motivering'), ('p', motivering)]
    blocks += [('space',), ('p', 'Beslutsfattare\n' + who),
               ('small', 'Beslutet kan överklagas till förvaltningsrätten. Se bifogad information.')]
    d.add(blocks)
    return d


# ---------------------------------------------------------------- H1: NA nej (empty heading, doctor's bedömning), AD delvis (a)
def h1():
    dnr = '2014-001456'
    name, pnr = 'Jan-Erik Holm', '19000619-2915'
    li = dict(clinic='Beroendemottagningen Södertörn', clinic_sub='Läkarmottagning för alkohol- och drogproblem · Box 100, 141 00 Huddinge',
              title='Läkarutlåtande', patient=name, pnr=pnr, date='2014-09-15', to='Socialtjänsten Huddinge, Vuxenenheten',
              footer='Beroendemottagningen Södertörn – utskrift ur journalsystem – sida {p}',
              doctor='Karl Öhman\nLeg. läkare, specialist i psykiatri',
              sections=[
                  ('Anamnes', 'Patienten söker efter påtryckning från hustrun. Dricker sedan pensionering av arbetsskäl för två år '
                              'sedan dagligen, uppskattningsvis 50–70 cl sprit per dag. Morgonskakningar. Inga tidigare '
                              'abstinenskramper. Hypertoni, behandlad.'),
                  ('Status', 'Vaken, orienterad. Lätt tremor. BT 165/100. Ingen alkoholdoft vid besöket.'),
                  ('Provsvar', 'PEth 0,92 µmol/l. GT 3,1. CDT 2,4 %.'),
                  ('Bedömning', 'Alkoholberoende (F10.2) med fysiologiska tecken. Patienten bedöms vara i behov av '
                                'strukturerad psykosocial behandling i öppenvård parallellt med läkemedelsbehandling. '
                                'Institutionsvård bedöms inte nödvändig i nuläget.'),
                  ('Åtgärd', 'Antabus 400 mg x 2/vecka under övervakning på apotek. Återbesök om fyra veckor med ny PEth.')])
    u = office_doc('huddinge', dnr, title='Utredning')
    utr_head(u, name, pnr, dnr, '2014-09-10 – 2014-10-10', 'Sara Lundgren')
    u.add([
        ('h', 'Ärendet'),
        ('p', 'Jan-Erik ringde 2014-09-08 och ansökte om stöd för sina alkoholproblem efter att ha fått rådet av sin läkare. '
              'Utredning inleddes 2014-09-10.'),
        ('h', 'Utredningens genomförande'),
        ('p', 'Samtal med Jan-Erik 2014-09-17 och 2014-10-01, samtal med hustrun Gunnel 2014-10-01. Läkarutlåtande från '
              'Beroendemottagningen Södertörn 2014-09-15.'),
        ('h', 'Social situation'),
        ('p', 'Jan-Erik bor med hustrun i villa i Stuvsta. Han har två vuxna barn och tre barnbarn. Han gick i '
              'förtida pension från sitt arbete som busschaufför för två år sedan och har god ekonomi.'),
        ('h', 'Missbruk'),
        ('p', 'Jan-Erik dricker sprit dagligen sedan pensioneringen. Han har försökt sluta på egen hand utan att lyckas. '
              'Barnen har börjat undvika att lämna barnbarnen hos honom.'),
        ('h', 'Hälsa'),
        ('p', 'Av läkarutlåtandet framgår: "Alkoholberoende (F10.2) med fysiologiska tecken. Patienten bedöms vara i behov '
              'av strukturerad psykosocial behandling i öppenvård parallellt med läkemedelsbehandling." Han har Antabus.'),
        ('h', 'Jan-Eriks synpunkter'),
        ('p', 'Jan-Erik vill gå på samtal i Huddinge. Han vill inte gå i grupp.'),
        ('h', 'Socialsekreterarens bedömning'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Källan, individuella samtal, 2014-10-20 – 2015-04-30.'),
        ('space',),
        ('p', 'Huddinge 2014-10-10\nSara Lundgren, socialsekreterare'),
    ])
    b = beslut(dnr, name, pnr, '2014-10-14', 'Öppenvård – Källan, individuella samtal', '2014-10-20 – 2015-04-30')
    mail = dict(style='owa', frm='Lundgren Sara <sara.lundgren@huddinge.se>', sent='den 16 oktober 2014 13:48',
                to='Ahlgren Nina <nina.ahlgren@huddinge.se>', subject='Uppdrag Jan-Erik Holm 2014-001456',
                attach='Beslut 2014-001456.pdf', body=[
        ('p', 'Hej Nina,'),
        ('p', 'Jan-Erik Holm har beviljats öppenvård hos er, beslutet bifogas. Han väntar på att ni hör av er.'),
        ('h', 'Uppdraget'),
        ('p', 'Individuella samtal en gång i veckan (CRA/ÅP enligt er modell). Han har Antabus via '
              'beroendemottagningen som ni gärna får samverka med. Perioden är 2014-10-20 – 2015-04-30.'),
        ('h', 'Mål'),
        ('bullets', ['Jan-Erik är nykter', 'Jan-Erik har en meningsfull vardag utan alkohol',
                     'Relationen till barnen och barnbarnen har förbättrats']),
        ('h', 'Uppföljning'),
        ('p', 'Vi gör avstämning med Jan-Erik, dig och mig ungefär var tredje månad. GFP skickas till mig när den är klar.'),
        ('h', 'Vid avslut'),
        ('p', 'Skicka en skriftlig sammanfattning av behandlingen, måluppfyllelse och ev. rekommendationer.'),
        ('sig', SIG_SL)])
    g = provider_doc(title='Genomförandeplan', font='Liberation Serif', accent='#1d5c7a',
                     footer='Källan öppenvård|Sida {p}')
    g.add([('letterhead',) + KALLAN_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Beslut', '2014-10-14, dnr 2014-001456'), ('Behandlare', 'Nina Ahlgren'),
                   ('Upprättad', '2014-11-05')]),
           ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
               ['Nykter, PEth under 0,05 µmol/l', 'Samtal varje onsdag kl. 10; PEth tas på beroendemottagningen', 'Jan-Erik, Nina A.', 'PEth 2015-01-15 och 2015-04-15'],
               ['Minst två fasta aktiviteter i veckan utan alkohol', 'Aktivitetsschema, CRA-samtal', 'Jan-Erik', 'Senast 2015-01-31'],
               ['Barnbarnen kan vara hos Jan-Erik igen', 'Ett familjesamtal med hustru och dotter', 'Nina A.', 'Senast 2015-02-28']], [4, 4, 2.2, 2.8]),
           ('p', 'Avstämning med socialsekreterare i januari. Planen är upprättad tillsammans med Jan-Erik.'),
           ])
    j = [
        ('2014-09-08', 'Telefon – ansökan', 'Jan-Erik ringde o ansöker om hjälp, läkaren på beroendemott. har sagt åt honom. Bokat besök.', 'Sara Lundgren'),
        ('2014-09-10', 'Utredning inleds', 'Utredning inleds.', 'Sara Lundgren'),
        ('2014-09-17', 'Besök', 'Vi träffade Jan-Erik. Han dricker varje dag sedan han slutade jobba. Skäms. Samtycke beroendemott. OK.', 'Sara Lundgren'),
        ('2014-09-22', 'Inkommen handling', 'Läkarutlåtande från Beroendemottagningen Södertörn.', 'Sara Lundgren'),
        ('2014-10-01', 'Besök', 'Jan-Erik o hustrun Gunnel. Hon berättar att barnen inte vill lämna barnbarnen längre. Jan-Erik vill ha samtal inte grupp.', 'Sara Lundgren'),
        ('2014-10-14', 'Beslut', 'Beslut öppenvård Källan (PS).', 'Sara Lundgren'),
        ('2014-10-16', 'Uppdrag', 'Uppdrag mejlat till Nina på Källan.', 'Sara Lundgren'),
        ('2014-11-07', 'Inkommen handling', 'GFP från Källan inkom.', 'Sara Lundgren'),
        ('2015-01-28', 'Avstämning', 'Avstämning på Källan med Jan-Erik o Nina. Kl. har kommit på alla samtal utom två (förkyld). PEth i jan 0,11, sjunkande, han säger att han druckit vid två tillfällen under julen. Han har börjat simma två ggr/v och gå i en seniorförening. Familjesamtal är bokat i feb. Vi är överens om att fortsätta som planerat.', 'Sara Lundgren'),
        ('2015-04-28', 'Avstämning – avslut', 'Avslutande avstämning. PEth i april under gränsen, Jan-Erik nykter sedan januari. Barnbarnen har sovit över hos dem två ggr. Han vill avsluta, tycker han klarar sig. Sammanfattning från Källan kommer.', 'Sara Lundgren'),
        ('2015-05-06', 'Avslut', 'Sammanfattning inkommen. Ärendet avslutat.', 'Sara Lundgren'),
    ]
    docs = [
        D('lakarutlatande', 'läkarutlåtande', '2014-09-15', rl=lambda p: rldocs.lakarintyg(p, li), layout='portrait'),
        D('utredning', 'utredning', '2014-10-10', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2014-10-14', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-10-16', email=mail),
        D('genomforandeplan_kallan', 'genomförandeplan', '2014-11-05', odt=g, layout='portrait+letterhead+table'),
        D('journal', 'journalanteckningar', '2015-09-30', layout='header-footer', journal=('huddinge', head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('nej', 'Rubriken "Socialsekreterarens bedömning" är tom; det som finns är läkarens bedömning (citerad) och ett beslut utan motivering.', []),
        'planning': ('ja', 'Genomförandeplan från Källan med daterade mål, insatser, ansvarig och tidpunkt.',
                     [('genomforandeplan_kallan', 'Genomförandeplan', 'upprättad tillsammans med Jan-Erik')]),
        'follow_up': ('ja', 'Avstämningar 2015-01-28 och 2015-04-28 i journalen med utfall.',
                      [('journal', 'Avstämning på Källan med Jan-Erik', 'Sammanfattning från Källan kommer')]),
        'assignment_description': ('delvis', 'Uppdrag via e-post 2014-10-16 med innehåll, mål, uppföljning, återrapportering och kontaktuppgifter, men utan socialtjänstens behovsbedömning.',
                                   [('uppdrag_mejl', 'Jan-Erik Holm har beviljats öppenvård', 'sara.lundgren@huddinge.se'),
                                    ('journal', 'Uppdrag mejlat till Nina')], list('bcdefg')),
    }
    return Case('huddinge_2014-001456', 'Huddinge', dnr, '', docs, crit)


# ---------------------------------------------------------------- H2: PL nej (no plan; avbetalningsplan, planerat hembesök)
def h2():
    dnr = '2015-000318'
    name, pnr = 'Eva Marklund', '19020914-3028'
    u = office_doc('huddinge', dnr, title='Utredning')
    utr_head(u, name, pnr, dnr, '2015-01-07 – 2015-01-23', 'Mehmet Demir')
    u.add([
        ('h', 'Ärendet'),
        ('p', 'Eva ansökte 2015-01-07 om behandlingshem. Ansökan gjordes efter att hennes chef på förskolan där '
              'hon arbetar krävt att hon tar tag i sitt drickande.'),
        ('h', 'Utredningens genomförande'),
        ('p', 'Samtal 2015-01-12 och 2015-01-20. Kontakt med företagshälsovården (med samtycke) och med Evas syster.'),
        ('h', 'Social situation'),
        ('p', 'Eva bor ensam i en hyreslägenhet i Flemingsberg. Hon har en hyresskuld sedan hösten. Hon arbetar '
              'som barnskötare men är sjukskriven sedan december. Hon har en syster som hon har bra kontakt med.'),
        ('h', 'Missbruk och hälsa'),
        ('p', 'Eva dricker vin och starksprit dagligen, mer under helger. Hon har druckit på det här sättet i drygt '
              'tre år. Hon har genomgått abstinensbehandling på beroendeavdelning två gånger under 2014 men återfallit '
              'inom några veckor båda gångerna. Hon har öppenvårdskontakt sedan 2013 som hon avbrutit. Hon har ångest '
              'och sömnsvårigheter.'),
        ('h', 'Evas synpunkter'),
        ('p', 'Eva säger att hon inte klarar att vara hemma, "där sitter jag bara och dricker". Hon vill till ett '
              'behandlingshem en längre tid.'),
        ('h', 'Analys och ställningstagande'),
        ('p', 'Eva har ett långvarigt och dagligt alkoholbruk som lett till sjukskrivning, hyresskuld och två '
              'avbrutna försök till nykterhet under 2014. Tidigare öppenvård har inte räckt: hon återfaller när hon '
              'är ensam hemma på kvällarna och har inget nätverk som kan stötta henne där. Hennes arbete och systerns '
              'stöd är viktiga resurser att bygga vidare på.'),
        ('p', 'Det Eva behöver nu är en period i en miljö utan alkohol med struktur dygnet runt, behandling som riktar '
              'sig mot återfallsmönstret och ångesten, samt en planerad återgång till arbete och boende. Gransätra '
              'erbjuder ett tolv veckors program med ÅP och KBT-inriktade samtal och har samarbete med '
              'företagshälsovård kring återgång i arbete. Institutionsvård vid Gransätra under tolv veckor bedöms '
              'därför som den lämpliga insatsen.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Gransätra behandlingshem, 2015-02-02 – 2015-04-30.'),
        ('p', 'Mehmet Demir, socialsekreterare'),
    ])
    b = beslut(dnr, name, pnr, '2015-01-27', 'Institutionsvård – Gransätra behandlingshem', '2015-02-02 – 2015-04-30',
               motivering='Se utredning 2015-01-23.')
    mail = dict(style='owa', frm='Demir Mehmet <mehmet.demir@huddinge.se>', sent='den 29 januari 2015 10:22',
                to='Ulf Sten <ulf.sten@gransatra-hvb.se>', subject='Uppdragsbeskrivning – Eva Marklund, inskrivning 2/2',
                attach='Beslut_Marklund.pdf', body=[
        ('p', 'Hej Ulf,'),
        ('p', 'Tack för att ni kan ta emot Eva redan på måndag. Här är uppdraget.'),
        ('h', 'Socialtjänstens analys'),
        ('p', 'Eva har druckit dagligen i tre år och har återfallit efter två avgiftningar 2014. Hon klarar inte '
              'kvällarna ensam hemma och öppenvård har inte räckt. Hon har ångest och sömnproblem. Hon har ett arbete '
              'att gå tillbaka till och en syster som stöttar. Hon behöver en alkoholfri miljö med struktur och '
              'behandling mot återfall och ångest, därför placering hos er.'),
        ('h', 'Uppdraget'),
        ('p', 'Institutionsvård 2015-02-02 – 2015-04-30: ert program med ÅP och KBT-samtal, stöd i kontakt med '
              'företagshälsovården inför återgång i arbete, alkoholtester.'),
        ('h', 'Mål'),
        ('bullets', ['Eva är nykter under placeringen', 'Eva har strategier mot återfall och för att hantera ångest',
                     'Eva har en plan för återgång i arbete tillsammans med arbetsgivaren']),
        ('h', 'Uppföljning'),
        ('p', 'Trepartssamtal hos er efter ca sex veckor och inför utskrivning. Genomförandeplan skickas till mig inom '
              'tre veckor.'),
        ('h', 'Vid utskrivning'),
        ('p', 'Utskrivningsrapport med genomförd behandling, testresultat, måluppfyllelse och rekommendation om '
              'eftervård.'),
        ('sig', SIG_MD)])
    j = [
        ('2015-01-07', 'Besök – ansökan', 'Eva kom på besök, vill till behandlingshem. Chefen har sagt till henne. Utredning inleds.', 'Mehmet Demir'),
        ('2015-01-12', 'Besök', 'Samtal med Eva, hon har försökt två ggr förra året. Mycket ångest. Samtycke företagshälsovård och syster.', 'Mehmet Demir'),
        ('2015-01-20', 'Besök', 'Uppföljande utredningssamtal. Eva har fått lägenhetsvarning pga hyresskuld.', 'Mehmet Demir'),
        ('2015-01-27', 'Beslut', 'Beslut Gransätra 2/2–30/4 (PS).', 'Mehmet Demir'),
        ('2015-01-29', 'Uppdrag', 'Skickat uppdragsbeskrivning till Ulf Sten Gransätra per mejl.', 'Mehmet Demir'),
        ('2015-02-02', 'Inskrivning', 'Eva inskriven på Gransätra. Vårdplan ska upprättas när vi ses där.', 'Mehmet Demir'),
        ('2015-02-25', 'Mejl', 'Har inte fått någon GFP från Gransätra, påmint Ulf via mejl.', 'Mehmet Demir'),
        ('2015-03-18', 'Trepartssamtal', 'Trepartssamtal på Gransätra m Eva och Ulf. Eva har varit nykter hela tiden, alla tester negativa. Hon sover bättre, har haft ångestattacker men använt strategierna från KBT-samtalen. Hon har haft telefonmöte med chefen o företagshälsovården, arbetsträning 50% planeras från maj. Vi är överrens om att hon stannar till 30/4 som planerat.', 'Mehmet Demir'),
        ('2015-04-10', 'Telefon', 'Hyresvärden ringde. En avbetalningsplan för hyresskulden är upprättad, Eva betalar 1 500 kr/mån fr maj. Vräkningen stoppas.', 'Mehmet Demir'),
        ('2015-04-30', 'Utskrivning', 'Eva utskriven enligt plan. Utskrivningsrapport inkommen: nykter hela vistelsen, målen uppfyllda. Planerat hembesök 2015-05-12.', 'Mehmet Demir'),
        ('2015-05-12', 'Hembesök', 'Hembesök hos Eva. Hon är nykter, har börjat arbetsträna. Går på AA. Hon vill inte ha mer kontakt just nu. Ärendet avslutas.', 'Mehmet Demir'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-01-23', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-01-27', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2015-01-29', email=mail),
        D('journal', 'journalanteckningar', '2015-09-30', layout='header-footer', journal=('huddinge', head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Analys och ställningstagande" beskriver svårigheterna och varför Gransätra möter dem.',
                             [('utredning', 'Eva har ett långvarigt och dagligt alkoholbruk', 'den lämpliga insatsen'),
                              ('uppdrag_mejl', 'Socialtjänstens analys', 'därför placering hos er')]),
        'planning': ('nej', 'Ingen vårdplan eller genomförandeplan i akten; journalen säger bara att vårdplan ska upprättas och att GFP saknas (avbetalningsplan och planerat hembesök är inte planering).', []),
        'follow_up': ('ja', 'Trepartssamtal 2015-03-18 i journalen med utfall; även utskrivning och hembesök.',
                      [('journal', 'Trepartssamtal på Gransätra m Eva', 'Ärendet avslutas')]),
        'assignment_description': ('ja', 'Uppdragsbeskrivning via e-post 2015-01-29 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Tack för att ni kan ta emot Eva', 'mehmet.demir@huddinge.se'),
                                    ('journal', 'Skickat uppdragsbeskrivning till Ulf Sten')], list('abcdefg')),
    }
    return Case('huddinge_2015-000318', 'Huddinge', dnr, '', docs, crit)


# ---------------------------------------------------------------- H3: recent start, FU ej tillämpligt
def h3():
    dnr = '2015-000527'
    name, pnr = 'Daniel Eriksson', '19010228-4459'
    u = office_doc('huddinge', dnr, title='Utredning')
    utr_head(u, name, pnr, dnr, '2015-07-20 – 2015-08-27', 'Sara Lundgren')
    u.add([
        ('h', 'Ärendet'),
        ('p', 'Daniel aktualiserades genom en orosanmälan från Kriminalvårdens frivård 2015-07-14. Han ansökte '
              'själv om öppenvård vid besök 2015-07-20.'),
        ('h', 'Utredningens genomförande'),
        ('p', 'Tre samtal med Daniel (2015-07-20, 2015-08-05, 2015-08-19), kontakt med frivården och med '
              'Arbetsförmedlingen. Urinprov 2015-08-05.'),
        ('h', 'Social situation'),
        ('p', 'Daniel bor i en andrahandslägenhet i Vårby. Han är arbetssökande och har aktivitetsstöd. Han har en '
              'skyddstillsyn efter en dom för narkotikabrott och olovlig körning i våras. Han har kontakt med sin '
              'mamma men har brutit med de flesta vänner från tiden i missbruk.'),
        ('h', 'Missbruk'),
        ('p', 'Daniel har använt amfetamin och cannabis sedan tonåren. Han uppger att han slutade med amfetamin '
              'i maj men röker cannabis några gånger i veckan. Urinprovet var positivt för cannabis.'),
        ('h', 'Daniels synpunkter'),
        ('p', 'Daniel vill bli helt drogfri för att klara skyddstillsynen och kunna ta körkort. Han vill gå på '
              'samtal och kan tänka sig grupp.'),
        ('h', 'Utredarens analys'),
        ('p', 'Daniel har ett långvarigt blandmissbruk och har nyligen tagit ett första steg genom att sluta med '
              'amfetamin, men fortsätter med cannabis. Han saknar sysselsättning och är i en sårbar period med '
              'skyddstillsyn där ett återfall får rättsliga följder. Han har egen motivation och ett eget boende, '
              'vilket talar för en insats på hemmaplan.'),
        ('p', 'Han behöver stöd för att bli drogfri från cannabis och behålla drogfriheten från amfetamin, samt '
              'hjälp att få struktur på dagarna. Källans program med individuella ÅP-samtal och drogfrihetsgrupp, '
              'med regelbundna urinprov, ger både behandling och den kontroll som även frivården efterfrågar. '
              'Öppenvård vid Källan i sex månader är därför lämplig.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Källan under sex månader från 2015-09-07.'),
        ('p', 'Sara Lundgren, socialsekreterare'),
    ])
    b = beslut(dnr, name, pnr, '2015-09-02', 'Öppenvård – Källan (ÅP-samtal och drogfrihetsgrupp)',
               'Sex månader fr.o.m. 2015-09-07', motivering='Enligt utredning daterad 2015-08-27.')
    mail = dict(style='owa', frm='Lundgren Sara <sara.lundgren@huddinge.se>', sent='den 3 september 2015 08:55',
                to='Källan Intag <kallan.intag@huddinge.se>', cc='Ahlgren Nina <nina.ahlgren@huddinge.se>',
                subject='Uppdrag Daniel Eriksson', attach='Beslut.pdf', body=[
        ('p', 'Hej!'),
        ('p', 'Uppdrag för Daniel Eriksson som börjar hos er måndag 7/9, han har fått tid kl. 13 av Nina.'),
        ('h', 'Socialtjänstens analys'),
        ('p', 'Långvarigt blandmissbruk, slutade med amfetamin i maj men röker cannabis flera ggr/v. Ingen '
              'sysselsättning, skyddstillsyn. Motiverad och har eget boende. Behöver stöd att bli helt drogfri och '
              'få struktur; er kombination av samtal, grupp och urinprov passar, och frivården vill ha provsvaren.'),
        ('h', 'Uppdraget'),
        ('p', 'Individuella ÅP-samtal en gång i veckan, drogfrihetsgruppen, urinprov minst varannan vecka. Sex månader.'),
        ('h', 'Mål'),
        ('bullets', ['Daniel lämnar enbart negativa urinprov från november', 'Daniel har en sysselsättning (praktik eller studier) inom sex månader']),
        ('h', 'Uppföljning'),
        ('p', 'GFP inom tre veckor till mig. Avstämning Daniel, Nina och jag efter två månader (november) och vid avslut.'),
        ('h', 'Vid avslut'),
        ('p', 'Slutrapport med närvaro, provresultat, måluppfyllelse och förslag på fortsättning.'),
        ('sig', SIG_SL)])
    g = provider_doc(title='Genomförandeplan', font='Liberation Serif', accent='#1d5c7a',
                     footer='Källan öppenvård|Sida {p}', landscape=True, margins=(1.5, 2.0, 1.5, 2.0))
    g.add([('letterhead',) + KALLAN_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Behandlare', 'Nina Ahlgren'), ('Start', '2015-09-07'), ('Upprättad', '2015-09-21')]),
           ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
               ['Helt drogfri, negativa urinprov', 'ÅP-samtal tisdagar, drogfrihetsgrupp torsdagar, urinprov varannan vecka', 'Daniel, Nina A.', 'Negativa prov fr.o.m. 1 november 2015'],
               ['Sysselsättning', 'Kontakt med Arbetsförmedlingen, intresseanmälan till komvux', 'Daniel (Nina stöttar)', 'Anmälan klar senast 15 oktober 2015'],
               ['Ordnad vardag', 'Veckoschema som gås igenom på samtalen', 'Daniel', 'Varje vecka från 2015-09-22']], [3.2, 4.8, 2.4, 2.8]),
           ('p', 'Avstämning med socialsekreteraren i november.'),
           ])
    j = [
        ('2015-07-14', 'Orosanmälan', 'Orosanmälan från frivården, Daniel röker cannabis, skyddstillsyn.', 'Sara Lundgren'),
        ('2015-07-20', 'Besök', 'Daniel här, ansöker om öppenvård. Utredning inleds.', 'Sara Lundgren'),
        ('2015-08-05', 'Besök', 'Samtal, Daniel lämnade urinprov. Pratade om vad han gör om dagarna – "inget".', 'Sara Lundgren'),
        ('2015-08-19', 'Besök', 'Tredje samtalet. Daniel positiv till Källan.', 'Sara Lundgren'),
        ('2015-09-02', 'Beslut', 'Beslut öppenvård Källan 6 mån (PS).', 'Sara Lundgren'),
        ('2015-09-03', 'Uppdrag', 'Uppdrag mejlat till Källan (Nina).', 'Sara Lundgren'),
        ('2015-09-07', 'Telefon', 'Nina ringde, Daniel har varit på första samtalet.', 'Sara Lundgren'),
        ('2015-09-23', 'Inkommen handling', 'GFP från Källan inkommen, daterad 21/9.', 'Sara Lundgren'),
        ('2015-09-24', 'Övrigt', 'Första avstämningen bokad till 10 november kl. 13 på Källan.', 'Sara Lundgren'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-08-27', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-09-02', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2015-09-03', email=mail),
        D('genomforandeplan', 'genomförandeplan', '2015-09-21', odt=g, layout='landscape+letterhead+table'),
        D('journal', 'journalanteckningar', '2015-09-30', layout='header-footer', journal=('huddinge', head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Utredarens analys" beskriver svårigheterna och varför Källans program möter dem.',
                             [('utredning', 'Daniel har ett långvarigt blandmissbruk', 'Öppenvård vid Källan i sex månader är därför lämplig'),
                              ('uppdrag_mejl', 'Socialtjänstens analys', 'frivården vill ha provsvaren')]),
        'planning': ('ja', 'Genomförandeplan 2015-09-21 med daterade mål, insatser, ansvarig och tidpunkt.',
                     [('genomforandeplan', 'Genomförandeplan', 'Avstämning med socialsekreteraren i november')]),
        'follow_up': ('ej_tillämpligt', 'Insatsen startade 2015-09-07; första avstämning bokad till 10 november, efter granskningsdatum.', []),
        'assignment_description': ('ja', 'Uppdrag via e-post 2015-09-03 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Uppdrag för Daniel Eriksson som börjar', 'sara.lundgren@huddinge.se'),
                                    ('journal', 'Uppdrag mejlat till Källan')], list('abcdefg')),
    }
    return Case('huddinge_2015-000527', 'Huddinge', dnr, 'recent', docs, crit)


# ---------------------------------------------------------------- H4: tolk persiska; AD nej (oral); FU nej (cancelled)
def h4():
    dnr = '2014-002011'
    name, pnr = 'Reza Karimi', '19010709-6132'
    u = office_doc('huddinge', dnr, title='Utredning')
    utr_head(u, name, pnr, dnr, '2014-12-01 – 2014-12-22', 'Mehmet Demir')
    u.add([
        ('p', 'Samtliga samtal har genomförts med tolk på persiska (telefontolk).'),
        ('h', 'Ärendet'),
        ('p', 'Reza ansökte 2014-12-01 om hjälp att sluta använda heroin. Han har sedan oktober kontakt med '
              'Beroendecentrum för bedömning inför läkemedelsassisterad behandling (LARO).'),
        ('h', 'Utredningens genomförande'),
        ('p', 'Samtal 2014-12-03, 2014-12-10 och 2014-12-17 med telefontolk. Kontakt med Beroendecentrum och med '
              'Rezas bror (samtycke finns).'),
        ('h', 'Social situation'),
        ('p', 'Reza kom till Sverige 2009 från Iran. Han bor hos sin bror i Skogås. Han har ingen inkomst och får '
              'ekonomiskt bistånd. Han har ingen kontakt med sin före detta fru och sina barn i Iran.'),
        ('h', 'Missbruk och hälsa'),
        ('p', 'Reza började röka opium i Iran och har i Sverige använt heroin, de senaste två åren dagligen genom '
              'rökning. Han har hepatit C. Han sover dåligt och har mardrömmar. LARO-bedömning pågår.'),
        ('h', 'Rezas synpunkter'),
        ('p', 'Reza vill bli fri från heroin och få ett arbete. Han vill ha samtal med tolk.'),
        ('h', 'Handläggarens slutsats'),
        ('p', 'Reza har ett dagligt heroinbruk, står utan sysselsättning och har ett litet nätverk som består av '
              'brodern. Han är motiverad och har påbörjat en LARO-utredning. LARO ger medicinsk stabilisering men '
              'Reza saknar samtidigt ett psykosocialt stöd: någon som hjälper honom att hålla i kontakterna med '
              'vården, att hantera sömnsvårigheter och sug, och att planera för sysselsättning.'),
        ('p', 'Källans öppenvård har erfarenhet av psykosocialt stöd parallellt med LARO och kan arbeta med tolk. '
              'Individuella samtal en gång i veckan under sex månader ger Reza det stöd som behandlingen förutsätter. '
              'Handläggaren föreslår att Reza beviljas öppenvård vid Källan.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Källan, individuella samtal med tolk, 2015-01-12 – 2015-07-12.'),
        ('p', 'Mehmet Demir'),
    ])
    b = beslut(dnr, name, pnr, '2015-01-08', 'Öppenvård – Källan, individuella samtal med tolk', '2015-01-12 – 2015-07-12',
               motivering='Se utredning 2014-12-22.')
    g = provider_doc(title='Genomförandeplan', font='Liberation Serif', accent='#1d5c7a',
                     footer='Källan öppenvård|Sida {p}')
    g.add([('letterhead',) + KALLAN_LH,
           ('title', 'Genomförandeplan – Reza Karimi'),
           ('p', 'Upprättad 2015-01-27 av Nina Ahlgren tillsammans med Reza, med telefontolk (persiska).'),
           ('p', 'Reza träffar Nina på Källan varje tisdag kl. 10.00 från och med 2015-01-13. Tolk bokas av Källan. '
                 'Samtalen följer en ÅP-struktur och tar upp sug, sömn och vardag.'),
           ('p', '**Första målet** är att Reza ska ha påbörjat LARO-behandling senast 2015-03-31. Nina hjälper Reza att '
                 'komma till alla bokade besök på Beroendecentrum och påminner per sms dagen innan. Reza ansvarar '
                 'för att gå dit.'),
           ('p', '**Andra målet** är att Reza från och med 2015-05-01 inte använder heroin vid sidan av LARO, vilket '
                 'visas med urinprov på Källan varannan vecka (Nina tar proverna).'),
           ('p', '**Tredje målet** är att Reza senast 2015-06-30 har ett inskrivningsmöte hos Arbetsförmedlingen och en '
                 'plan för svenskstudier. Reza bokar tiden, Nina följer med första gången.'),
           ('p', 'Planen stäms av med handläggaren på Vuxenenheten i mars.'),
           ])
    j = [
        ('2014-12-01', 'Besök – ansökan', 'Reza kom m sin bror. Ansöker om hjälp mot heroin. Bokat samtal med tolk.', 'Mehmet Demir'),
        ('2014-12-03', 'Besök', 'Samtal med telefontolk (persiska). Utredning inleds. Samtycke BC och brodern.', 'Mehmet Demir'),
        ('2014-12-10', 'Besök', 'Samtal m tolk. Reza sover dåligt, mardrömmar. Röker heroin varje dag.', 'Mehmet Demir'),
        ('2014-12-17', 'Besök', 'Samtal m tolk. Pratade om Källan. Han vill gärna.', 'Mehmet Demir'),
        ('2015-01-08', 'Beslut', 'Beslut öppenvård Källan (PS).', 'Mehmet Demir'),
        ('2015-01-09', 'Telefon', 'Ringt Nina på Källan och gått igenom uppdraget muntligt. Hon bokar Reza på tisdagar med tolk. Skriftlig uppdragsbeskrivning skickas senare.', 'Mehmet Demir'),
        ('2015-01-28', 'Inkommen handling', 'GFP från Källan inkommen.', 'Mehmet Demir'),
        ('2015-02-26', 'Telefon', 'Bokat avstämning på Källan 4/3 kl 14, tolk beställd.', 'Mehmet Demir'),
        ('2015-03-04', 'Avstämning', 'Avstämningen inställd, Reza sjuk. Ny tid ska bokas.', 'Mehmet Demir'),
        ('2015-04-14', 'Ekonomiskt bistånd', 'Reza ansöker om bistånd till tandvård, hänvisad till försörjningsstöd.', 'Mehmet Demir'),
        ('2015-06-22', 'Övrigt', 'Semesterperiod, Reza informerad om vem han kan kontakta.', 'Mehmet Demir'),
        ('2015-09-15', 'Handläggarbyte', 'Ärendet övertaget av ny handläggare. Avstämning med Källan ska bokas.', 'Sara Lundgren'),
    ]
    docs = [
        D('utredning', 'utredning', '2014-12-22', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-01-08', odt=b, layout='portrait+header-footer'),
        D('genomforandeplan', 'genomförandeplan', '2015-01-27', odt=g, layout='portrait+letterhead+free-text'),
        D('journal', 'journalanteckningar', '2015-09-30', layout='header-footer', journal=('huddinge', head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Handläggarens slutsats" beskriver behoven och varför samtal vid Källan parallellt med LARO möter dem.',
                             [('utredning', 'Reza har ett dagligt heroinbruk', 'beviljas öppenvård vid Källan.')]),
        'planning': ('ja', 'Genomförandeplan i fritext med daterade mål, vad som görs, av vem och när.',
                     [('genomforandeplan', 'Genomförandeplan – Reza Karimi', 'stäms av med handläggaren')]),
        'follow_up': ('nej', 'Enda bokade avstämningen (2015-03-04) ställdes in; ingen uppföljning har ägt rum.', []),
        'assignment_description': ('nej', 'Uppdraget lämnades muntligt per telefon 2015-01-09; skriftlig uppdragsbeskrivning skulle skickas men finns inte.', [], []),
    }
    return Case('huddinge_2014-002011', 'Huddinge', dnr, '', docs, crit)


# ---------------------------------------------------------------- H5: uppdrag as letter by post; vårdplan (reportlab) with rotated page, empty goal field
def h5():
    dnr = '2015-000099'
    name, pnr = 'Anneli Virtanen', '19000503-2208'
    u = office_doc('huddinge', dnr, title='Utredning')
    utr_head(u, name, pnr, dnr, '2014-12-15 – 2015-01-09', 'Sara Lundgren')
    u.add([
        ('h', 'Ärendet'),
        ('p', 'Anneli ansökte om behandlingshem 2014-12-15 efter en vårdtid på beroendeavdelning.'),
        ('h', 'Utredningens genomförande'),
        ('p', 'Samtal 2014-12-17 och 2015-01-07. Kontakt med beroendeavdelningen och med dottern Sanna.'),
        ('h', 'Social situation'),
        ('p', 'Anneli bor ensam i bostadsrätt i Sjödalen. Hon har en vuxen dotter. Hon har arbetat som '
              'undersköterska och har sjukersättning sedan 2013.'),
        ('h', 'Missbruk och hälsa'),
        ('p', 'Anneli har druckit alkohol dagligen i många år. Hon har vårdats för abstinens tre gånger under 2014, '
              'senast i december med delirium. Hon har leverpåverkan och har fallit och brutit handleden under '
              'berusning. Hon har mycket begränsat socialt umgänge.'),
        ('h', 'Annelis synpunkter'),
        ('p', 'Anneli vill till behandlingshem. Hon är rädd att dö om hon fortsätter.'),
        ('h', 'Socialtjänstens bedömning'),
        ('p', 'Anneli har ett svårt alkoholberoende med upprepade vårdtillfällen, delirium och kroppsliga skador. Hon '
              'bor ensam, är isolerad och har inte klarat nykterhet mellan vårdtillfällena, vilket visar att '
              'öppenvård inte räcker. Hon behöver en längre period i alkoholfri miljö med medicinsk tillsyn, '
              'behandling mot återfall och hjälp att bygga upp ett socialt sammanhang och kontakten med dottern. '
              'Gransätra har sjuksköterska på plats, ett tolvveckorsprogram och anhörigprogram. Institutionsvård vid '
              'Gransätra är därför den insats som svarar mot hennes behov.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Gransätra behandlingshem, 2015-01-19 – 2015-04-17.'),
        ('p', 'Sara Lundgren'),
    ])
    b = beslut(dnr, name, pnr, '2015-01-13', 'Institutionsvård – Gransätra behandlingshem', '2015-01-19 – 2015-04-17',
               motivering='Se utredning 2015-01-09.')
    letter = office_doc('huddinge', dnr, title='Uppdragsbeskrivning')
    letter.add([
        ('right', 'Huddinge 2015-01-15'),
        ('p', 'Gransätra behandlingshem\nAtt. Ulf Sten\nGransätra gård\n762 95 Rimbo'),
        ('space',),
        ('title', 'Uppdragsbeskrivning'),
        ('kv', [('Avser', name + ', ' + pnr), ('Ärendenummer', dnr), ('Beslut', '2015-01-13, institutionsvård 2015-01-19 – 2015-04-17')], (3.5, 10)),
        ('h', '1. Socialtjänstens bedömning av behov'),
        ('p', 'Anneli har ett svårt alkoholberoende med tre vårdtillfällen för abstinens under 2014 (senast med '
              'delirium), leverpåverkan och en fallskada. Hon bor ensam och är isolerad. Hon behöver alkoholfri miljö '
              'med medicinsk tillsyn, återfallsprevention och stöd att bygga upp sociala kontakter och relationen '
              'till dottern. Därför placering hos er.'),
        ('h', '2. Uppdragets innehåll'),
        ('p', 'Institutionsvård med ert tolvveckorsprogram, sjuksköterskekontakt, anhörigprogram tillsammans med '
              'dottern Sanna samt planering av eftervård i Huddinge.'),
        ('h', '3. Mål'),
        ('p', 'Anneli är nykter under placeringen och har vid utskrivning en eftervårdsplan och en regelbunden '
              'kontakt med dottern.'),
        ('h', '4. Uppföljning'),
        ('p', 'Vårdplan upprättas vid inskrivning. Uppföljningsmöte (trepartssamtal) efter ca nio veckor. Ni '
              'meddelar handläggaren direkt vid avbrott eller återfall.'),
        ('h', '5. Återrapportering'),
        ('p', 'Vid utskrivning skickar ni en skriftlig rapport: genomförd behandling, måluppfyllelse, provresultat '
              'och rekommenderad eftervård.'),
        ('h', '6. Ansvarig handläggare'),
        ('p', 'Sara Lundgren, socialsekreterare, Vuxenenheten, Huddinge kommun, 141 85 Huddinge\n'
              'Tel 08-465 000 21, sara.lundgren@huddinge.se'),
    ])
    vp = dict(office='HUDDINGE KOMMUN · Socialtjänsten, Vuxenenheten', dnr='Ärendenr ' + dnr,
              footer='Vårdplan ' + name + ' – sida {p} av 2',
              fields=[('Namn / personnummer', name + '  ' + pnr),
                      ('Placering och period', 'Gransätra behandlingshem, 2015-01-19 – 2015-04-17'),
                      ('Upprättad', '2015-01-19 vid inskrivning på Gransätra. Närvarande: Anneli, Ulf Sten, Sara Lundgren'),
                      ('Bakgrund / anledning till placering', 'Svårt alkoholberoende, tre vårdtillfällen för abstinens 2014. Se utredning 2015-01-09.'),
                      ('Mål med placeringen', ''),
                      ('Annelis egna önskemål', 'Att bli nykter och att Sanna ska vilja träffa henne igen.'),
                      ('Uppföljning', 'Trepartssamtal på Gransätra i mars.')],
              table_cols=['Insats', 'Ansvarig', 'När'],
              table_widths=[6, 3, 2.5],
              table_rows=[['Abstinensbehandling och medicinsk tillsyn', 'Gransätra (SSK)', 'v. 4–5'],
                          ['Tolvveckorsprogram, ÅP-grupp', 'Gransätra / Anneli', 'v. 4–16'],
                          ['Anhörigprogram med dottern Sanna', 'Gransätra, Anneli bjuder in Sanna', 'Helgen v. 10'],
                          ['Eftervård i Huddinge (öppenvård, boendestöd)', 'Sara Lundgren', 'Klart senast 2015-04-10']],
              after=['Anneli har tagit del av vårdplanen.',
                     'Underskrift Anneli Virtanen ______________________   Sara Lundgren ______________________'])
    j = [
        ('2014-12-15', 'Telefon – ansökan', 'Anneli ringde från beroendeavd., ansöker om behandlingshem. Utredning inleds.', 'Sara Lundgren'),
        ('2014-12-17', 'Besök', 'Vi träffade Anneli. Hon har haft delirium. Hon är rädd. Samtycke beroendeavd. och dottern.', 'Sara Lundgren'),
        ('2015-01-07', 'Besök', 'Andra samtalet. Pratat om Gransätra, hon vill åka dit.', 'Sara Lundgren'),
        ('2015-01-13', 'Beslut', 'Beslut HVB Gransätra (PS).', 'Sara Lundgren'),
        ('2015-01-15', 'Uppdrag', 'Uppdragsbeskrivningen skickad per post till Gransätra idag, även mejlat Ulf att den är på väg.', 'Sara Lundgren'),
        ('2015-01-19', 'Inskrivning', 'Anneli inskriven på Gransätra. Vårdplan gjord på plats.', 'Sara Lundgren'),
        ('2015-02-20', 'Återkoppling', 'Återkoppling från behandlingshemmet (Ulf per tfn): Anneli har klarat abstinensen utan komplikationer, nykter, deltar i alla grupper. Hon har svårt med sömnen. Dottern har tackat ja till anhörighelgen.', 'Sara Lundgren'),
        ('2015-03-24', 'Uppföljningsmöte', 'Trepartssamtal på Gransätra m Anneli och Ulf. Anneli nykter hela tiden, alla tester neg. Anhörighelgen med Sanna blev bra, de har pratat i telefon varje vecka efter. Vi är överens om att fortsätta till 17/4, jag ordnar öppenvård o boendestöd efter. Anneli vill gå på AA i Huddinge.', 'Sara Lundgren'),
        ('2015-04-17', 'Utskrivning', 'Anneli utskriven, utskrivningsraport inkom. Öppenvård Källan startar 20/4 (nytt beslut).', 'Sara Lundgren'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-01-09', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-01-13', odt=b, layout='portrait+header-footer'),
        D('uppdragsbeskrivning', 'uppdragsbeskrivning (brev)', '2015-01-15', odt=letter, layout='portrait+letter+header-footer'),
        D('vardplan', 'vårdplan', '2015-01-19', rl=lambda p: rldocs.vardplan_rotated(p, vp),
          layout='portrait+form+rotated-page (p. 2: landscape table on portrait page with /Rotate 90)'),
        D('journal', 'journalanteckningar', '2015-09-30', layout='header-footer', journal=('huddinge', head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Socialtjänstens bedömning" beskriver behoven och varför Gransätra svarar mot dem.',
                             [('utredning', 'Anneli har ett svårt alkoholberoende med upprepade', 'svarar mot hennes behov'),
                              ('uppdragsbeskrivning', '1. Socialtjänstens bedömning av behov', 'Därför placering hos er')]),
        'planning': ('delvis', 'Vårdplan med insatser, ansvar och tid (roterad sida 2), men fältet "Mål med placeringen" är tomt.',
                     [('vardplan', 'VÅRDPLAN', 'Underskrift Anneli Virtanen')]),
        'follow_up': ('ja', 'Återkoppling från behandlingshemmet 2015-02-20 och trepartssamtal 2015-03-24 med utfall.',
                      [('journal', 'Återkoppling från behandlingshemmet', 'Anneli vill gå på AA')]),
        'assignment_description': ('ja', 'Uppdragsbeskrivning som brev med a–f; journalen 2015-01-15 visar när den skickades.',
                                   [('uppdragsbeskrivning', 'Gransätra behandlingshem', 'sara.lundgren@huddinge.se'),
                                    ('journal', 'Uppdragsbeskrivningen skickad per post')], list('abcdefg')),
    }
    return Case('huddinge_2015-000099', 'Huddinge', dnr, '', docs, crit)


CASES = [h1, h2, h3, h4, h5]
