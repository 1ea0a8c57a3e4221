# -*- coding: utf-8 -*-
"""Lidköping: Socialförvaltningen, IFO vuxengruppen. Diarienummer 'IFO.ÅÅÅÅ.NNNN'.
Exports: utredningar and journals from a text-based system typeset with groff; forms from Word (LibreOffice)."""
from common import D, crit, OVERKLAGA

ORG = 'Lidköpings kommun – Socialförvaltningen, IFO Vuxengruppen'
ER = ('Emma Rydén', '070-174 06 31', 'emma.ryden@lidkoping.se')
PF = ('Peter Falk', '070-174 06 33', 'peter.falk@lidkoping.se')
BA = 'Birgitta Ahl'
FONT = 'Times'


def hdr():
    return (ORG, 'Sida {PAGE} av {NUMPAGES}')


def ftr(dnr):
    return ('Dnr ' + dnr, '')


def cover(dnr, name):
    return {'renderer': 'groff', 'font': 'Times',
            'title_lines': ['ÄRENDEAKT ' + dnr, 'Lidköpings kommun, Socialförvaltningen, IFO Vuxengruppen',
                            'Person: %s' % name, 'Sammanställd 2015-09-24 inför IVO:s tillsyn. Handlingarna är ordnade i datumordning.'],
            'foot': 'Handlingarna omfattas av sekretess enligt 26 kap. 1 § OSL.'}


def jlist(entries):
    return ('journal', entries)


# ============================================================ case 12
def case12():
    dnr = 'IFO.2014.0388'; name = 'Kent Alm'; pnr = '19000318-2336'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('lines', ['Ansökan om behandling – vuxen (11 kap. 1 § SoL)', 'Person: %s, %s' % (name, pnr), 'Dnr: %s' % dnr,
                   'Handläggare: Emma Rydén', 'Datum: 2014-09-04']),
        ('cols', 2),
        ('h', '1. BAKGRUND'),
        ('p', 'Kent har varit lantbrukare i Järpås och drev gården tillsammans med sin fru fram till 2011, då gården såldes. '
              'Hustrun avled 2013. Kent har tre vuxna barn. Han har druckit mycket i perioder sedan 1990-talet men har alltid '
              'skött arbetet. Efter hustruns död har drickandet blivit dagligt.'),
        ('h', '2. NULÄGE'),
        ('p', 'Kent dricker en flaska sprit om dagen. Han har ramlat två gånger under sommaren och vårdats på Skaraborgs sjukhus '
              'för en revbensfraktur. Läkaren har noterat leverpåverkan. AUDIT 2014-08-20: 30 poäng. Han bor ensam i ett hus '
              'i Lidköping, äter dåligt och har slutat träffa grannar och vänner. Ekonomin är god. Sonen Mattias har kontaktat '
              'socialtjänsten och Kent har därefter själv ansökt om behandling.'),
        ('p', 'Kent säger att han "inte ser någon mening" sedan hustrun dog och att han dricker för att kunna sova. Han vill försöka '
              'sluta och säger att han inte klarar det hemma i huset där allt påminner om henne.'),
        ('colbreak',),
        ('h', '3. ÖVERVÄGANDEN OCH BEDÖMNING'),
        ('p', 'Kent har ett dagligt, omfattande alkoholbruk som har utvecklats i samband med sorgen efter hustrun. Bruket har lett till '
              'fallskador och leverpåverkan, och han har isolerat sig. Han har behov av avgiftning under medicinsk kontroll, av att '
              'få bearbeta sorgen i ett sammanhang där han inte är ensam och av att bygga upp en vardag med nyktra aktiviteter och '
              'kontakt med barnen.'),
        ('p', 'Nybyggets behandlingshem tar emot äldre män, har sjuksköterska på plats och arbetar med både återfallsprevention och '
              'samtal kring förluster. Öppenvård bedöms inte räcka eftersom Kent är ensam i huset dygnet runt och riskerar nya '
              'fallskador. Vi bedömer att fyra månaders institutionsvård på Nybygget svarar mot hans behov.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Institutionsvård vid Nybyggets behandlingshem enligt 4 kap. 1 § SoL 2014-09-15 – 2015-01-15.'),
        ('cols', 1),
        ('sig', ['Emma Rydén, socialsekreterare']),
    ], renderer='groff', date='2014-09-04', title='Utredning', header=H, footer=F, font='Times', size=10, author=ER[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2014-09-08'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – institutionsvård Nybyggets behandlingshem 2014-09-15 – 2015-01-15'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Kent behöver avgiftning och behandling i en miljö där han inte är ensam; se utredning 2014-09-04.'),
                ('Beslutsfattare', 'Birgitta Ahl, gruppledare')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2014-09-08', title='Beslut', header=H, footer=F, font=FONT, size=10.5, author=BA)

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Nybyggets behandlingshem'), ('Klient', '%s, %s' % (name, pnr)),
                ('Beslut', '2014-09-08, 4 kap. 1 § SoL, 2014-09-15 – 2015-01-15'),
                ('Ansvarig handläggare', 'Emma Rydén, tfn 070-174 06 31, emma.ryden@lidkoping.se'),
                ('Uppdraget överlämnat', '2014-09-10 per e-post till föreståndare Gösta Lind')], [4.5, 12.5]),
        ('box', 'A. Nämndens bedömning av behov',
         'Kent har ett dagligt omfattande alkoholbruk efter hustruns död, med fallskador och leverpåverkan. Han behöver avgiftning '
         'under medicinsk kontroll, bearbetning av sorgen, nyktra aktiviteter och stöd i kontakten med barnen.'),
        ('box', 'B. Uppdragets innehåll', 'Avgiftning, behandlingsprogram med ÅP, sorgbearbetande samtal, fysisk aktivitet, familjesamtal med barnen, utslussning.'),
        ('box', 'C. Mål', 'Kent är nykter under vårdtiden. Han har en dagsstruktur och minst en nykter aktivitet i Lidköping före utskrivning. '
                          'Han har haft minst ett familjesamtal med barnen före 2014-12-31.'),
        ('box', 'D. Uppföljning', 'Vårdplan inom tre veckor. Uppföljningsmöte i december 2014 och utvärderingsmöte före utskrivning, med Kent, utföraren och handläggaren.'),
        ('box', 'E. Återrapportering vid avslut', 'Skriftlig sammanfattning inom två veckor: genomförda insatser, måluppfyllelse, nykterhet, rekommendation om eftervård.'),
    ], date='2014-09-10', title='Uppdrag till utförare', header=H, footer=F, font=FONT, size=10.5, author=ER[0])

    vp = D('vp', 'vårdplan', 'vardplan.pdf', [
        ('title', 'VÅRDPLAN'),
        ('kv', [('Klient', name), ('Placering', 'Nybyggets behandlingshem'), ('Datum', '2014-09-30'),
                ('Medverkande', 'Kent Alm, sonen Mattias Alm, kontaktperson Åsa Lövgren (Nybygget), Emma Rydén (handl.)')], [4.5, 12.5]),
        ('h', 'Insatser under vistelsen'),
        ('check', [(True, 'Avgiftning med sjuksköterska (klar 2014-09-22)'), (True, 'Återfallsprevention i grupp, 3 ggr/vecka'),
                   (True, 'Enskilda sorgsamtal med Åsa Lövgren varje vecka'), (False, 'Arbetsträning'),
                   (True, 'Fysisk aktivitet (promenadgrupp) dagligen'), (True, 'Familjesamtal med barnen')]),
        ('h', 'Mål, ansvar och tidpunkt'),
        ('table', ['Mål', 'Ansvarig', 'Klart senast'], [
            ['Kent är nykter under vistelsen (utandningsprov, PEth varje månad)', 'Kent, Nybygget', 'Hela vårdtiden'],
            ['Familjesamtal med barnen har genomförts', 'Åsa Lövgren, Mattias', '2014-12-31'],
            ['Kent har valt en nykter aktivitet i Lidköping (t.ex. PRO, Länkarna)', 'Kent, handl. Emma Rydén', '2015-01-10'],
            ['Kent har en plan för hemgång och eftervård', 'Handl. Emma Rydén, Åsa Lövgren', '2015-01-10'],
        ], [9.0, 5.0, 3.0]),
        ('check', [(True, 'Kent har deltagit i planeringen och fått kopia'), (True, 'Uppföljning bokad: 2014-12-10')]),
    ], date='2014-09-30', title='Vårdplan', header=H, footer=F, font=FONT, size=10.5, author=ER[0])

    uppf = D('uppf', 'uppföljning', 'uppfoljning.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Institutionsvård, Nybyggets behandlingshem'), ('Datum', '2014-12-10'),
                ('Närvarande', 'Kent Alm, Åsa Lövgren, Emma Rydén')], [4.5, 12.5]),
        ('box', 'Hur har insatsen fungerat',
         'Kent har varit nykter sedan avgiftningen, alla PEth-prover negativa. Han deltar i grupp och sorgsamtal och säger att det '
         'är första gången han pratat om sin fru med någon. Han går på promenader varje dag och har gått ner i vikt.'),
        ('box', 'Måluppfyllelse', 'Nykterhet: uppfyllt. Familjesamtal: ett samtal genomfört 2014-11-26 med alla tre barnen. '
                                  'Nykter aktivitet och hemgångsplan: påbörjat, inte klart.'),
        ('box', 'Överenskommelse', 'Kent och Nybygget föreslår förlängning till 2015-03-15 för att hinna med utslussningen. '
                                   'Handläggaren tar upp förlängningen för beslut. Utvärderingsmöte i mars.'),
        ('sig', ['Underskrifter:', 'Kent Alm ________________   Åsa Lövgren ________________   Emma Rydén ________________']),
    ], date='2014-12-10', title='Uppföljning av insats (inskannad)', header=H, footer=F, font=FONT, size=10.5, author=ER[0], scan=[1])

    bes2 = D('bes2', 'beslut', 'beslut_forlangning.pdf', [
        ('title', 'BESLUT – FÖRLÄNGNING'),
        ('kv', [('Beslutsdatum', '2015-01-12'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Förlängd institutionsvård Nybyggets behandlingshem t.o.m. 2015-03-15'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Enligt uppföljning 2014-12-10 behöver Kent mer tid för utslussning till eget boende.'),
                ('Beslutsfattare', 'Birgitta Ahl, gruppledare')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-01-12', title='Beslut förlängning', header=H, footer=F, font=FONT, size=10.5, author=BA)

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNAL'),
        ('lines', ['%s  %s   Dnr %s' % (name, pnr, dnr)]),
        jlist([
            ('2014-08-14', 'ER', 'Tfn', 'Sonen Mattias ringer orolig för pappan. Informerat om att Kent själv behöver ta kontakt.'),
            ('2014-08-18', 'ER', 'Ansökan', 'Kent ringer och ansöker om behandling. Utredning inleds.'),
            ('2014-08-20', 'ER', 'Hembesök', 'Hembesök. AUDIT 30. Kent mycket ledsen, pratar om hustrun.'),
            ('2014-09-04', 'ER', 'Utredning', 'Utredningen klar, kommunicerad.'),
            ('2014-09-08', 'BA', 'Beslut', 'Inst.vård Nybygget.'),
            ('2014-09-10', 'ER', 'Uppdrag', 'Uppdrag till utförare mejlat till Nybygget (Gösta Lind).'),
            ('2014-09-15', 'ER', 'Inskrivning', 'Kent inskriven, sonen skjutsade.'),
            ('2014-09-30', 'ER', 'Vårdplan', 'Vårdplansmöte på Nybygget. Vårdplan upprättad.'),
            ('2014-12-10', 'ER', 'Uppföljning', 'Uppföljningsmöte på Nybygget, se blankett (inskannad). Förlängning föreslås.'),
            ('2015-01-12', 'BA', 'Beslut', 'Förlängning t.o.m. 2015-03-15.'),
            ('2015-03-05', 'ER', 'Utvärderingsmöte', 'Utvärderingsmöte på Nybygget med Kent, Åsa Lövgren, sonen Mattias och handl. Kent har varit nykter hela '
             'vistelsen. Han har gått med i Länkarna i Lidköping och varit på två möten under permission. Familjesamtal har hållits tre gånger. '
             'Alla mål i vårdplanen är uppfyllda. Kent flyttar hem 2015-03-15 och fortsätter med samtal på Vändpunkten en gång i veckan (ansökan mottagen).'),
            ('2015-03-27', 'ER', 'Avslut', 'Slutrapport från Nybygget inkommen. Insatsen avslutad.'),
        ]),
    ], renderer='groff', date='2015-03-27', title='Journal', header=H, footer=F, font='Times', size=10, author='Systemutskrift')

    return {
        'case_id': 'lidkoping_IFO.2014.0388', 'committee': 'Lidköping', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'arendeakt_IFO.2014.0388.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, upp, vp, uppf, bes2, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Överväganden och bedömning" i den tvåspaltiga utredningen anger Kents behov och varför Nybygget svarar mot dem; återges i beslut och uppdrag.',
                                     [('utr', 'Kent har ett dagligt, omfattande alkoholbruk'), ('utr', 'institutionsvård på Nybygget svarar mot hans'),
                                      ('bes', 'Kent behöver avgiftning och behandling i en miljö'), ('upp', 'Kent har ett dagligt omfattande alkoholbruk efter')]),
            'planning': crit('ja', 'Vårdplan 2014-09-30 med kryssade insatser och mål med ansvariga och datum.',
                             [('vp', 'Avgiftning med sjuksköterska'), ('vp', 'Kent är nykter under vistelsen')]),
            'follow_up': crit('ja', 'Inskannad blankett Uppföljning av insats 2014-12-10 med måluppfyllelse, och utvärderingsmöte 2015-03-05 i journalen.',
                              [('uppf', 1), ('jour', 'Utvärderingsmöte på Nybygget med Kent')]),
            'assignment_description': crit('ja', 'Formuläret Uppdrag till utförare innehåller A–E, handläggarens kontaktuppgifter och datum för överlämnandet.',
                                           [('upp', 'UPPDRAG TILL UTFÖRARE'), ('upp', 'E. Återrapportering vid avslut'), ('jour', 'Uppdrag till utförare mejlat')], present='abcdefg'),
        }}


# ============================================================ case 13
def case13():
    dnr = 'IFO.2015.0057'; name = 'Gunilla Persson'; pnr = '19020125-8842'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('lines', ['Person: %s, %s' % (name, pnr), 'Dnr: %s' % dnr, 'Handläggare: Peter Falk', 'Datum: 2015-02-17']),
        ('h', '1. ANSÖKAN'),
        ('p', 'Gunilla ansökte 2015-01-26 om stöd för att sluta med lugnande tabletter, efter att hennes husläkare avslutat förskrivningen.'),
        ('h', '2. BAKGRUND OCH NULÄGE'),
        ('p', 'Gunilla har under tio år fått förskrivet bensodiazepiner (Sobril, senare Stilnoct) för ångest och sömnproblem. Hon har de '
              'senaste åren tagit mer än förskrivet och har köpt tabletter via en bekant. Hon arbetar som kontorist på halvtid. '
              'Hon är gift, maken känner till problemet. Hon har remitterats till beroendemottagningen i Skövde för nedtrappning.'),
        ('h', '3. PRELIMINÄR BEDÖMNING'),
        ('p', 'Utifrån vad som har framkommit hittills bedöms Gunilla preliminärt behöva stöd i form av samtal under nedtrappningen, '
              'med fokus på ångesthantering och sömn. Utredningen fortsätter och en slutlig bedömning görs när läkarutlåtande från '
              'beroendemottagningen har kommit in.'),
        ('h', '4. FÖRSLAG'),
        ('p', 'I avvaktan på slutförd utredning beviljas Gunilla öppenvård vid Vändpunkten enligt 4 kap. 1 § SoL fr.o.m. 2015-02-23 t.o.m. 2015-08-31.'),
        ('sig', ['Peter Falk, socialsekreterare']),
    ], renderer='groff', date='2015-02-17', title='Utredning', header=H, footer=F, font='Times', size=10.5, author=PF[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-02-19'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – öppenvård Vändpunkten 2015-02-23 – 2015-08-31'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Se utredning 2015-02-17.'), ('Beslutsfattare', 'Birgitta Ahl, gruppledare')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-02-19', title='Beslut', header=H, footer=F, font=FONT, size=10.5, author=BA)

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag_vandpunkten.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Vändpunkten, kommunal öppenvård'), ('Klient', '%s, %s' % (name, pnr)),
                ('Beslut', '2015-02-19, 4 kap. 1 § SoL, 2015-02-23 – 2015-08-31'),
                ('Ansvarig handläggare', 'Peter Falk, tfn 070-174 06 33, peter.falk@lidkoping.se'),
                ('Uppdraget överlämnat', '2015-02-20, lämnat personligen till Vändpunkten (Karin Fors)')], [4.5, 12.5]),
        ('box', 'A. Nämndens bedömning av behov',
         'Enligt utredningens preliminära bedömning behöver Gunilla stöd i form av samtal under nedtrappningen av bensodiazepiner, '
         'med fokus på ångesthantering och sömn. Nedtrappningen sköts av beroendemottagningen.'),
        ('box', 'B. Uppdragets innehåll', 'Individuella samtal varannan vecka (KBT för ångest och sömn), samverkan med beroendemottagningen om nedtrappningsschemat.'),
        ('box', 'C. Mål', 'Gunilla har trappat ut bensodiazepinerna enligt läkarens schema och använder inga tabletter utöver förskrivning. '
                          'Hon har verktyg för att hantera ångest och sömnproblem utan läkemedel.'),
        ('box', 'D. Uppföljning', 'Avstämning per telefon mellan behandlare och handläggare varje månad och ett uppföljningsmöte med Gunilla i juni.'),
        ('box', 'E. Återrapportering vid avslut', 'Kort skriftlig sammanfattning av genomförda samtal och måluppfyllelse.'),
    ], date='2015-02-20', title='Uppdrag till utförare', header=H, footer=F, font=FONT, size=10.5, author=PF[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN'),
        ('sub', 'Vändpunkten – kommunal öppenvård'),
        ('kv', [('Namn', name), ('Datum', '2015-03-10'), ('Behandlare', 'Karin Fors')], [4.5, 12.5]),
        ('box', 'Mål', ''),
        ('box', 'Insatser', 'Samtal varannan tisdag kl. 9.00 hos Karin Fors från 2015-03-10. Sömndagbok som Gunilla fyller i varje dag. '
                            'Gemensam telefonkontakt med beroendemottagningen i april.'),
        ('box', 'Ansvar', 'Karin Fors (samtal), Gunilla (sömndagbok), beroendemottagningen (nedtrappning).'),
        ('sig', ['Gunilla Persson                   Karin Fors']),
    ], date='2015-03-10', title='Genomförandeplan (Vändpunkten)', header=('Vändpunkten öppenvård', ''), font=FONT, size=10.5, author='Karin Fors')

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNAL'),
        ('lines', ['%s  %s   Dnr %s' % (name, pnr, dnr)]),
        jlist([
            ('2015-01-26', 'PF', 'Ansökan', 'Gunilla ringer, ansöker om stöd att sluta med tabletter.'),
            ('2015-02-03', 'PF', 'Besök', 'Första samtal. Samtycke till kontakt med vårdcentralen och beroendemottagningen.'),
            ('2015-02-10', 'PF', 'Tfn beroendemottagningen', 'Gunilla har fått tid 2015-03-02. Läkarutlåtande kan skickas efter det.'),
            ('2015-02-17', 'PF', 'Utredning', 'Utredningen skriven med preliminär bedömning.'),
            ('2015-02-19', 'BA', 'Beslut', 'Öppenvård Vändpunkten.'),
            ('2015-02-20', 'PF', 'Uppdrag', 'Uppdraget lämnat personligen till Karin Fors på Vändpunkten.'),
            ('2015-03-10', 'PF', 'GFP', 'GFP inkommen från Vändpunkten.'),
            ('2015-04-14', 'PF', 'Avstämning', 'Avstämning tfn Karin Fors. Gunilla kommer på alla samtal, medelar Karin. Hon har halverat dosen enligt schemat och fyller i sömndagboken. '
             'Hon sover i snitt 5 timmar, mer ångest på kvällarna. Fortsätter enligt plan.'),
            ('2015-06-02', 'PF', 'Uppföljningsmöte', 'Vi träffades på Vändpunkten (Gunilla, Karin Fors, handl.) för att se hur det gått. Gunilla tar nu bara 5 mg '
             'Oxascand till natten och ska sluta helt i juli. Inga tabletter utöver förskrivningen enligt henne och läkaren. Hon använder andningsövningar '
             'vid ångest och säger att hon mår bättre än på länge. Målen är på väg att nås. Samtalen glesas ut till en gång i månaden.'),
            ('2015-08-31', 'PF', 'Avslut', 'Insatsen avslutad enligt beslut. Gunilla helt utan bensodiazepiner sedan 2015-07-20 enligt beroendemottagningen.'),
        ]),
    ], renderer='groff', date='2015-08-31', title='Journal', header=H, footer=F, font='Times', size=10.5, author='Systemutskrift')

    return {
        'case_id': 'lidkoping_IFO.2015.0057', 'committee': 'Lidköping', 'dnr': dnr, 'scenario': '',
        'delivery': 'separate', 'docs': [utr, bes, upp, gfp, jour],
        'criteria': {
            'needs_assessment': crit('delvis', 'Bara en preliminär bedömning i väntan på läkarutlåtande; utredningen slutfördes aldrig (även uppdraget återger den preliminära bedömningen).',
                                     [('utr', 'bedöms Gunilla preliminärt behöva stöd'), ('upp', 'Enligt utredningens preliminära bedömning')]),
            'planning': crit('delvis', 'Genomförandeplanen har insatser och ansvar men målfältet är tomt.',
                             [('gfp', 'Samtal varannan tisdag kl. 9.00')]),
            'follow_up': crit('ja', 'Avstämning 2015-04-14 och uppföljningsmöte 2015-06-02 i journalen, med utfall.',
                              [('jour', 'Avstämning tfn Karin Fors'), ('jour', 'Vi träffades på Vändpunkten')]),
            'assignment_description': crit('ja', 'Uppdrag till utförare med A–E, handläggarens kontaktuppgifter och datum för överlämnandet (behovsfältet återger den preliminära bedömningen).',
                                           [('upp', 'UPPDRAG TILL UTFÖRARE'), ('jour', 'Uppdraget lämnat personligen till Karin Fors')], present='abcdefg'),
        }}


# ============================================================ case 14
def case14():
    dnr = 'IFO.2015.0211'; name = 'Roland Ek'; pnr = '19010909-3712'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING – VUXEN'),
        ('kv', [('Person', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Emma Rydén'), ('Datum', '2015-04-28')], [4.5, 12.5]),
        ('h', '1. BAKGRUND'),
        ('p', 'Roland har arbetat som chaufför och har druckit mycket under lång tid. Han förlorade sin lägenhet i januari 2015 på grund av '
              'störningar och hyresskulder och bor sedan dess på kommunens härbärge.'),
        ('h', '2. NULÄGE'),
        ('p', 'Roland dricker dagligen. AUDIT 2015-04-09: 26 p. Han har sjukersättning. Han har ett uppdrag som kassör i fiskeklubben, som '
              'han är mån om att sköta. Han har en syster i Götene. Roland vill ha hjälp att sluta dricka och att få en egen bostad igen.'),
        ('h', '3. HANDLÄGGARENS SLUTSATS'),
        ('p', 'Roland bedöms vara i behov av öppenvårdsbehandling på Vändpunkten.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Öppenvård vid Vändpunkten enligt 4 kap. 1 § SoL 2015-05-11 – 2015-11-30.'),
        ('sig', ['Emma Rydén, socialsekreterare']),
    ], date='2015-04-28', title='Utredning', header=H, footer=F, font=FONT, size=10.5, author=ER[0], akt_only=True)

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-04-30'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – öppenvård vid Vändpunkten 2015-05-11 – 2015-11-30'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Se utredning.'), ('Beslutsfattare', 'Birgitta Ahl, gruppledare')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-04-30', title='Beslut', header=H, footer=F, font=FONT, size=10.5, author=BA, akt_only=True)

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN – VÄNDPUNKTEN'),
        ('kv', [('Namn', name), ('Upprättad', '2015-05-26'), ('Behandlare', 'Jan Melin')], [4.5, 12.5]),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Roland dricker inte alls (negativa utandningsprov)', 'ÅP-samtal varje måndag, utandningsprov varje besök', 'Jan Melin, Roland', '2015-05-26 – 2015-11-30'],
            ['Roland har ett eget boende', 'Ansökan om träningslägenhet, kontakt med bostadsbolaget', 'Handl. Emma Rydén', 'Senast 2015-08-31'],
            ['Roland har en nykter fritidsaktivitet utöver fiskeklubben', 'Prova Länkarnas träffar', 'Roland, Jan Melin', 'Senast 2015-07-01'],
        ], [5.0, 5.5, 3.3, 3.2]),
        ('p', 'Genomförandeplanen följs upp i augusti 2015.'),
        ('sig', ['Roland Ek                       Jan Melin']),
    ], date='2015-05-26', title='Genomförandeplan (Vändpunkten)', header=('Vändpunkten öppenvård', 'Sida {PAGE}'), font=FONT, size=10.5, author='Jan Melin', akt_only=True)

    uppf = D('uppf', 'uppföljning', 'uppfoljning.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Öppenvård Vändpunkten'), ('Datum för uppföljning', ''),
                ('Närvarande', 'Roland Ek, Jan Melin (Vändpunkten), Emma Rydén (handl.)')], [4.5, 12.5]),
        ('box', 'Hur har insatsen fungerat',
         'Roland har kommit på nästan alla samtal. Han har haft två återfall men i övrigt blåst noll vid varje besök. Han har varit på '
         'Länkarna tre gånger och tycker om gemenskapen. Han har fått en träningslägenhet och trivs där.'),
        ('box', 'Måluppfyllelse', 'Mål 1 delvis (två återfall). Mål 2 uppfyllt. Mål 3 uppfyllt.'),
        ('box', 'Fortsättning', 'Fortsatta ÅP-samtal varannan vecka till beslutets slut.'),
        ('sig', ['Emma Rydén']),
    ], date='', title='Uppföljning av insats (odaterad)', header=H, footer=F, font=FONT, size=10.5, author=ER[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNAL'),
        ('lines', ['%s  %s   Dnr %s' % (name, pnr, dnr)]),
        jlist([
            ('2015-04-02', 'ER', 'Aktualisering', 'Personal på härbärget ringer med Roland som vill söka hjälp för sitt drickande.'),
            ('2015-04-09', 'ER', 'Besök', 'AUDIT 26. Roland vill ha samtal på Vändpunkten, inte behandlingshem.'),
            ('2015-04-28', 'ER', 'Utredning', 'Klar.'),
            ('2015-04-30', 'BA', 'Beslut', 'Öppenvård Vändpunkten.'),
            ('2015-05-06', 'ER', 'Anteckning', 'Beställning kommer att skickas till Vändpunkten när Roland har fått boende. Roland får börja på Vändpunkten 11/5 enligt överenskommelse med Jan Melin.'),
            ('2015-05-26', 'ER', 'GFP', 'Genomförandeplan från Vändpunkten inkommen.'),
            ('2015-06-15', 'ER', 'Tfn', 'Roland ringer, behöver hjälp att fylla i ansökan om träningslägenhet. Planerat hembesök på härbärget ställs in, vi ses på kontoret i stället.'),
            ('2015-07-20', 'ER', 'Boende', 'Roland har fått träningslägenhet på Stenportsgatan.'),
        ]),
    ], renderer='groff', date='2015-07-20', title='Journal', header=H, footer=F, font='Times', size=10.5, author='Systemutskrift')

    return {
        'case_id': 'lidkoping_IFO.2015.0211', 'committee': 'Lidköping', 'dnr': dnr, 'scenario': '',
        'delivery': 'both', 'akt_name': 'arendeakt_IFO.2015.0211.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, gfp, jour, uppf],
        'criteria': {
            'needs_assessment': crit('delvis', '"Handläggarens slutsats" är bara en slutsats ("bedöms vara i behov av öppenvårdsbehandling") utan behov eller skäl.',
                                     [('utr', 'Roland bedöms vara i behov av öppenvårdsbehandling')]),
            'planning': crit('ja', 'Vändpunktens genomförandeplan 2015-05-26 med mål, insatser, ansvariga och datum i tabell.',
                             [('gfp', 'Roland dricker inte alls')]),
            'follow_up': crit('delvis', 'Blanketten Uppföljning av insats redovisar utfallet men datumfältet är tomt och uppföljningen är inte daterad någonstans.',
                              [('uppf', 'Roland har kommit på nästan alla samtal')]),
            'assignment_description': crit('nej', 'Ingen skriftlig beställning: journalen säger att en beställning "kommer att skickas"; start skedde efter muntlig överenskommelse. ("Uppdrag som kassör" gäller annat.)', present=''),
        }}


# ============================================================ case 15
def case15():
    dnr = 'IFO.2015.0302'; name = 'Patrik Nord'; pnr = '19020716-1495'
    H, F = hdr(), ftr(dnr)
    test = D('test', 'AUDIT/DUDIT-resultat', 'audit_dudit.pdf', [
        ('title', 'AUDIT / DUDIT – RESULTAT'),
        ('kv', [('Namn', name), ('Datum', '2015-04-16'), ('Administrerat av', 'Peter Falk')], [4.5, 12.5]),
        ('table', ['Instrument', 'Poäng', 'Gränsvärde', 'Tolkning enligt manual'], [
            ['AUDIT', '9', '8 (män)', 'Riskbruk av alkohol'],
            ['DUDIT', '31', '25', 'Resultatet tyder på ett beroende av narkotika'],
        ], [3.5, 2.5, 3.5, 7.5]),
        ('p', 'Kommentar: Patrik uppger att han använder amfetamin "nästan varje dag" och röker cannabis för att kunna sova.'),
    ], date='2015-04-16', title='AUDIT/DUDIT-resultat', font=FONT, size=10.5, author=PF[0], rotate=[1])

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('lines', ['Person: %s, %s' % (name, pnr), 'Dnr: %s' % dnr, 'Handläggare: Peter Falk', 'Datum: 2015-04-24']),
        ('h', '1. ANSÖKAN'),
        ('p', 'Patrik ansökte 2015-04-13 om behandling på Tallåsens HVB, där en kamrat har varit.'),
        ('h', '2. BAKGRUND OCH NULÄGE'),
        ('p', 'Patrik har använt amfetamin sedan 18 års ålder. Han har varit dömd för narkotikabrott och ringa stöld. Han bor hos sin '
              'flickvän i Lidköping. Han har inget arbete och har försörjningsstöd. AUDIT och DUDIT har gjorts 2015-04-16, se bilaga.'),
        ('h', '3. PATRIKS EGEN UPPFATTNING'),
        ('p', '"Jag behöver komma bort härifrån. Alla jag känner här håller på. Jag vill göra klart ett program och sen jobba."'),
        ('h', '4. BEDÖMNING'),
        ('p', 'Någon bedömning har inte gjorts i ärendet då Patrik ville påbörja behandling omgående och plats fanns på Tallåsen.'),
        ('h', '5. FÖRSLAG TILL BESLUT'),
        ('p', 'Institutionsvård vid Tallåsens HVB enligt 4 kap. 1 § SoL 2015-05-04 – 2015-10-31.'),
        ('sig', ['Peter Falk, socialsekreterare']),
    ], renderer='groff', date='2015-04-24', title='Utredning', header=H, footer=F, font='Times', size=10.5, author=PF[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-04-27'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – institutionsvård Tallåsens HVB 2015-05-04 – 2015-10-31'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Patrik har ansökt om behandling på Tallåsen.'), ('Beslutsfattare', 'Birgitta Ahl, gruppledare')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2015-04-27', title='Beslut', header=H, footer=F, font=FONT, size=10.5, author=BA)

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Tallåsens HVB'), ('Klient', '%s, %s' % (name, pnr)),
                ('Beslut', '2015-04-27, 4 kap. 1 § SoL, 2015-05-04 – 2015-10-31'),
                ('Ansvarig handläggare', 'Peter Falk, tfn 070-174 06 33, peter.falk@lidkoping.se'),
                ('Uppdraget överlämnat', '2015-04-28 via säker e-post')], [4.5, 12.5]),
        ('box', 'A. Nämndens bedömning av behov', 'Se utredning.'),
        ('box', 'B. Uppdragets innehåll', 'Behandling enligt Tallåsens program för amfetaminberoende, drogtester, arbetsträning och utslussning.'),
        ('box', 'C. Mål', ''),
        ('box', 'D. Uppföljning', 'Genomförandeplan inom tre veckor. Trepartssamtal efter två månader och före utskrivning.'),
    ], date='2015-04-28', title='Uppdrag till utförare', header=H, footer=F, font=FONT, size=10.5, author=PF[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN – TALLÅSENS HVB'),
        ('kv', [('Boende', name), ('Upprättad', '2015-05-20'), ('Kontaktperson', 'Linda Åberg')], [4.5, 12.5]),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Drogfri under vistelsen', 'Urinprov 2 ggr/vecka, program "Vägen ut" 4 dagar/vecka', 'Linda Åberg, Patrik', '2015-05-20 – 2015-10-31'],
            ['Klara arbetsträning 4 tim/dag', 'Arbetsträning i verkstaden', 'Arbetsledare Sven Ek', 'Från 2015-06-01'],
            ['Ha en plan för boende och arbete efter Tallåsen', 'Samtal med handl. och Arbetsförmedlingen', 'Handl. Peter Falk, Linda Åberg', 'Senast 2015-10-01'],
        ], [4.5, 5.5, 3.8, 3.2]),
        ('sig', ['Patrik Nord                     Linda Åberg']),
    ], date='2015-05-20', title='Genomförandeplan (Tallåsen)', header=('Tallåsens HVB', 'Sida {PAGE}'), font='Helvetica', size=9.5, author='Linda Åberg')

    uppf = D('uppf', 'uppföljning', 'uppfoljning.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Institutionsvård, Tallåsens HVB'), ('Datum', '2015-07-09'),
                ('Form', 'Trepartssamtal på Tallåsen'), ('Närvarande', 'Patrik Nord, Linda Åberg, Peter Falk')], [4.5, 12.5]),
        ('box', 'Hur har insatsen fungerat',
         'Patrik har lämnat negativa urinprov sedan 2015-05-12 (ett positivt för amfetamin efter permission 2015-05-09). Han deltar i programmet '
         'och arbetstränar fyra timmar per dag sedan 1 juni. Han säger att han sover bra för första gången på länge.'),
        ('box', 'Måluppfyllelse', 'Drogfrihet: uppfyllt sedan 12/5. Arbetsträning: uppfyllt. Plan för boende/arbete: påbörjas i augusti.'),
        ('box', 'Överenskommelser', 'Handläggaren bokar möte med AF i augusti. Nästa trepartssamtal i oktober inför utskrivning.'),
        ('sig', ['Peter Falk, socialsekreterare']),
    ], date='2015-07-09', title='Uppföljning av insats', header=H, footer=F, font=FONT, size=10.5, author=PF[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNAL'),
        ('lines', ['%s  %s   Dnr %s' % (name, pnr, dnr)]),
        jlist([
            ('2015-04-13', 'PF', 'Ansökan', 'Patrik kommer på besök och ansöker om Tallåsen.'),
            ('2015-04-16', 'PF', 'Besök', 'AUDIT 9, DUDIT 31.'),
            ('2015-04-24', 'PF', 'Utredning', 'Klar. Patrik vill åka så snart som möjligt.'),
            ('2015-04-27', 'BA', 'Beslut', 'Inst.vård Tallåsen.'),
            ('2015-04-28', 'PF', 'Uppdrag', 'Uppdrag till utförare skickat till Tallåsen via säker e-post.'),
            ('2015-05-04', 'PF', 'Inskrivning', 'Patrik inskriven på Tallåsen.'),
            ('2015-05-11', 'PF', 'Tfn Tallåsen', 'Positivt prov efter permission 9/5. Patrik får stanna, permissioner dras in en månad.'),
            ('2015-05-20', 'PF', 'GFP', 'GFP upprättad, kopia inkommen.'),
            ('2015-07-09', 'PF', 'Trepartssamtal', 'Trepartssamtal på Tallåsen, se Uppföljning av insats.'),
            ('2015-08-19', 'PF', 'AF', 'Möte med AF och Patrik på Tallåsen. Inskriven, praktikplats söks till november.'),
        ]),
    ], renderer='groff', date='2015-08-19', title='Journal', header=H, footer=F, font='Times', size=10.5, author='Systemutskrift')

    return {
        'case_id': 'lidkoping_IFO.2015.0302', 'committee': 'Lidköping', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'arendeakt_IFO.2015.0302.pdf', 'cover': cover(dnr, name),
        'docs': [test, utr, bes, upp, gfp, uppf, jour],
        'criteria': {
            'needs_assessment': crit('nej', 'Under BEDÖMNING står att ingen bedömning har gjorts; det finns bara Patriks egna ord och testinstrumentens tolkning, och beslutets skäl anger bara att han ansökt.'),
            'planning': crit('ja', 'Tallåsens genomförandeplan 2015-05-20 med mål, insatser, ansvariga och datum.',
                             [('gfp', 'Drogfri under vistelsen')]),
            'follow_up': crit('ja', 'Uppföljning av insats 2015-07-09 (trepartssamtal) med resultat och måluppfyllelse.',
                              [('uppf', 'Patrik har lämnat negativa urinprov')]),
            'assignment_description': crit('delvis', 'Uppdraget hänvisar bara till utredningen för behovsbedömningen, målfältet är tomt och återrapportering vid avslut saknas; innehåll, uppföljning, kontaktuppgifter och överlämnande finns.',
                                           [('upp', 'UPPDRAG TILL UTFÖRARE'), ('jour', 'Uppdrag till utförare skickat till Tallåsen')], present='bdfg'),
        }}


# ============================================================ case 16
def case16():
    dnr = 'IFO.2014.0455'; name = 'Marie Sjöholm'; pnr = '19000503-4105'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('lines', ['Person: %s, %s' % (name, pnr), 'Dnr: %s' % dnr, 'Handläggare: Emma Rydén', 'Datum: 2014-11-18']),
        ('cols', 2),
        ('h', '1. BAKGRUND'),
        ('p', 'Marie är sjuksköterska och arbetar på ett äldreboende. Hon har två tonåringar och är ensamstående sedan 2012. Hon '
              'berättar att hon började dricka på kvällarna efter separationen och att det successivt har ökat.'),
        ('h', '2. NULÄGE'),
        ('p', 'Marie dricker en flaska vin de flesta kvällar och mer på helgerna. AUDIT 2014-10-30: 21 p, PEth 1,2. Hon har kommit för '
              'sent till arbetet flera gånger och arbetsgivaren har krävt att hon söker hjälp. Barnen har sagt till henne att hon dricker '
              'för mycket. Hon har kontakt med beroendemottagningen som erbjuder Antabus.'),
        ('colbreak',),
        ('h', '3. ANALYS'),
        ('p', 'Marie har ett regelbundet alkoholbruk som nu påverkar hennes arbete och hennes barn. Hon har ett arbete, en bostad och '
              'en stark vilja att förändra sin situation. Hon behöver hjälp att förstå vad som triggar drickandet, stöd att sluta och '
              'att hålla sig nykter, och stöd i föräldrarollen. Samtalsbehandling med återfallsprevention på Vändpunkten, kombinerat '
              'med Antabus via beroendemottagningen, kan ges på kvällstid så att hon kan behålla arbetet. Institutionsvård är inte aktuell. '
              'Öppenvård vid Vändpunkten svarar därför mot hennes behov.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Öppenvård vid Vändpunkten enligt 4 kap. 1 § SoL 2014-12-01 – 2015-06-30.'),
        ('cols', 1),
        ('sig', ['Emma Rydén, socialsekreterare']),
    ], renderer='groff', date='2014-11-18', title='Utredning', header=H, footer=F, font='Times', size=10, author=ER[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2014-11-20'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – öppenvård vid Vändpunkten 2014-12-01 – 2015-06-30'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Se utredningens analys 2014-11-18.'), ('Beslutsfattare', 'Birgitta Ahl, gruppledare')], [4.5, 12.5]),
        ('p', OVERKLAGA),
    ], date='2014-11-20', title='Beslut', header=H, footer=F, font=FONT, size=10.5, author=BA)

    brev = D('brev', 'uppdragsbeskrivning', 'uppdragsbrev.pdf', [
        ('lines', ['LIDKÖPINGS KOMMUN', 'Socialförvaltningen, IFO Vuxengruppen', '', 'Till: Vändpunkten, att. Karin Fors', 'Lidköping 2014-11-21']),
        ('h', 'Uppdrag avseende öppenvård – Marie Sjöholm, %s' % pnr),
        ('p', 'Socialnämnden har 2014-11-20 beviljat Marie Sjöholm öppenvård vid Vändpunkten enligt 4 kap. 1 § SoL under tiden '
              '2014-12-01 – 2015-06-30. Med detta brev lämnar vi uppdraget till er.'),
        ('p', '**Nämndens bedömning av Maries behov:** Marie har ett regelbundet alkoholbruk som påverkar hennes arbete och barn. Hon behöver '
              'hjälp att förstå vad som triggar drickandet, stöd att sluta och hålla sig nykter, samt stöd i föräldrarollen. Hon har arbete och bostad '
              'och insatsen ska kunna ges på kvällstid.'),
        ('p', '**Uppdraget** omfattar individuella samtal med återfallsprevention en kväll i veckan, två samtal med Marie och barnen tillsammans, '
              'samt samverkan med beroendemottagningen kring Antabus.'),
        ('p', '**Mål:** Marie är nykter (PEth under 0,05) från februari 2015. Hon kommer i tid till arbetet. Barnen upplever att hemmet är nyktert.'),
        ('p', '**Uppföljning** sker genom ett uppföljningsmöte med Marie, er och handläggaren i mars 2015 samt ett utvärderingsmöte i juni 2015.'),
        ('p', '**Vid avslut** ber vi er skicka en kort skriftlig sammanfattning av genomförda samtal, provresultat och måluppfyllelse.'),
        ('p', 'Brevet lämnas till Vändpunkten via internposten 2014-11-21.'),
        ('sig', ['Med vänlig hälsning', 'Emma Rydén, socialsekreterare', 'Tfn 070-174 06 31 · emma.ryden@lidkoping.se']),
    ], date='2014-11-21', title='Uppdragsbrev till Vändpunkten', font=FONT, size=11, author=ER[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN'),
        ('sub', 'Vändpunkten öppenvård · Marie Sjöholm · 2014-12-09'),
        ('p', 'Marie vill sluta dricka och må bättre. Hon vill vara en bra mamma och sköta jobbet. Vi kommer att arbeta med återfallsprevention '
              'och prata om hur hon har det hemma. Antabus tas via beroendemottagningen. Barnen kan komma med på något samtal om de vill. '
              'Planen ses över efter hand.'),
        ('sig', ['Marie Sjöholm                    Karin Fors']),
    ], date='2014-12-09', title='Genomförandeplan (Vändpunkten)', header=('Vändpunkten öppenvård', ''), font=FONT, size=11, author='Karin Fors')

    uppf = D('uppf', 'uppföljning', 'uppfoljning_2015-03-18.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Öppenvård Vändpunkten'), ('Datum', '2015-03-18'),
                ('Närvarande', 'Marie Sjöholm, Karin Fors, Emma Rydén')], [4.5, 12.5]),
        ('box', 'Hur har insatsen fungerat', 'Marie har kommit på 13 av 14 samtal. Hon tar Antabus tre gånger i veckan sedan 2014-12-15. PEth i januari 0,09 och i mars < 0,05. '
                                             'Arbetsgivaren har inte haft några anmärkningar sedan december. Ett samtal med barnen har hållits.'),
        ('box', 'Måluppfyllelse', 'Nykterhet: uppfyllt från februari. Arbetet: uppfyllt. Barnen: påbörjat.'),
        ('box', 'Fortsättning', 'Samtalen fortsätter varannan vecka. Ett nytt samtal med barnen i april. Utvärderingsmöte i juni.'),
        ('sig', ['Emma Rydén']),
    ], date='2015-03-18', title='Uppföljning av insats', header=H, footer=F, font=FONT, size=10.5, author=ER[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNAL'),
        ('lines', ['%s  %s   Dnr %s' % (name, pnr, dnr)]),
        jlist([
            ('2014-10-27', 'ER', 'Ansökan', 'Marie ringer och ansöker om hjälp, arbetsgivaren har krävt det.'),
            ('2014-10-30', 'ER', 'Besök', 'AUDIT 21. Samtycke till kontakt med beroendemottagningen och arbetsgivaren.'),
            ('2014-11-18', 'ER', 'Utredning', 'Klar.'),
            ('2014-11-20', 'BA', 'Beslut', 'Öppenvård Vändpunkten.'),
            ('2014-11-21', 'ER', 'Uppdrag', 'Uppdragsbrev till Vändpunkten skickat med internposten.'),
            ('2014-12-09', 'ER', 'GFP', 'GFP från Vändpunkten inkommen.'),
            ('2015-03-18', 'ER', 'Uppföljningssamtal', 'Uppföljningssamtal på Vändpunkten med Marie och Karin F., se blankett.'),
            ('2015-06-10', 'ER', 'Utvärderingsmöte', 'Utvärderingsmöte på Vändpunkten. Marie har varit nykter sedan januari, PEth negativa. Två samtal med barnen har hållits och '
             'dottern säger att det är lugnare hemma. Marie vill avsluta i juni och fortsätta på egen hand med Antabus via beroendemottagningen. Målen bedöms uppfyllda.'),
            ('2015-06-30', 'ER', 'Avslut', 'Insatsen avslutad, sammanfattning från Vändpunkten inkommen.'),
        ]),
    ], renderer='groff', date='2015-06-30', title='Journal', header=H, footer=F, font='Times', size=10.5, author='Systemutskrift')

    return {
        'case_id': 'lidkoping_IFO.2014.0455', 'committee': 'Lidköping', 'dnr': dnr, 'scenario': '',
        'delivery': 'separate', 'docs': [utr, bes, brev, gfp, uppf, jour],
        'criteria': {
            'needs_assessment': crit('ja', 'ANALYS i den tvåspaltiga utredningen anger Maries behov och varför öppenvård på Vändpunkten svarar mot dem; återges i uppdragsbrevet.',
                                     [('utr', 'Marie har ett regelbundet alkoholbruk som nu påverkar'), ('brev', 'Marie har ett regelbundet alkoholbruk som påverkar')]),
            'planning': crit('delvis', 'Genomförandeplanen är fri text med vaga mål ("må bättre") utan datum, ansvar eller tidpunkter.',
                             [('gfp', 'Marie vill sluta dricka och må bättre')]),
            'follow_up': crit('ja', 'Uppföljning av insats 2015-03-18 och utvärderingsmöte 2015-06-10 i journalen, båda med utfall.',
                              [('uppf', 'Marie har kommit på 13 av 14'), ('jour', 'Utvärderingsmöte på Vändpunkten')]),
            'assignment_description': crit('ja', 'Uppdragsbrevet innehåller bedömning, innehåll, mål, uppföljning, återrapportering, kontaktuppgifter och datum för överlämnandet.',
                                           [('brev', 'Med detta brev lämnar vi uppdraget'), ('brev', 'Tfn 070-174 06 31'), ('jour', 'Uppdragsbrev till Vändpunkten skickat')], present='abcdefg'),
        }}


def CASES():
    return [case12(), case13(), case14(), case15(), case16()]
