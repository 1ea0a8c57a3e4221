# -*- coding: utf-8 -*-
"""Alingsås: Socialförvaltningen, vuxenenheten. Diarienummer 'SN ÅÅÅÅ/NNN'.
Exports: Word templates in DejaVu Sans (LibreOffice), e-mails printed from the web mail (Chromium)."""
from common import D, crit, OVERKLAGA

ORG = 'Alingsås kommun · Socialförvaltningen · Vuxenenheten'
NT = ('Nils Torstensson', '070-174 06 43', 'nils.torstensson@alingsas.se')
JW = ('Johanna Wik', '070-174 06 41', 'johanna.wik@alingsas.se')
CR = 'Camilla Ros'
FONT = 'Palatino'


def hdr():
    return (ORG, 'Sida {PAGE}/{NUMPAGES}')


def ftr(dnr):
    return (dnr, 'Handlingen innehåller sekretessbelagda uppgifter')


def cover(dnr, name):
    return {'renderer': 'reportlab',
            'title_lines': ['Ärendeakt %s' % dnr, 'Alingsås kommun – Socialförvaltningen – Vuxenenheten',
                            'Klient: %s' % name, 'Export av samtliga dokument i datumordning, 2015-09-29'],
            'foot': 'Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.'}


# ============================================================ case 17
def case17():
    dnr = 'SN 2014/233'; name = 'Bengt Hult'; pnr = '19000811-2599'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('sub', 'Bistånd enligt 4 kap. 1 § SoL – vuxen med missbruk'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Nils Torstensson'), ('Datum', '2014-06-03')], [4.0, 13.0]),
        ('cols', 2),
        ('h', '1. BAKGRUND'),
        ('p', 'Bengt har arbetat som målare och driver en egen firma sedan 1990-talet. Han är gift och har två vuxna döttrar. '
              'Han har druckit mycket i många år men har tidigare klarat arbetet. Han har två rattfylleridomar, senast 2013.'),
        ('h', '2. NULÄGE'),
        ('p', 'Bengt dricker sprit dagligen, även under arbetsdagen. Hustrun har flyttat till dottern och säger att hon inte kommer '
              'tillbaka om han inte går i behandling. Firman har tappat kunder. AUDIT 2014-05-20: 32 p. Läkare på vårdcentralen har '
              'konstaterat högt blodtryck och leverpåverkan. Han har gjort ett försök i öppenvård på Grinden 2013 som han avbröt efter två veckor.'),
        ('p', 'Bengt säger själv att han "har ljugit för alla i tio år" och att han nu vill åka på behandling för att rädda äktenskapet.'),
        ('colbreak',),
        ('h', '3. SOCIALTJÄNSTENS STÄLLNINGSTAGANDE'),
        ('p', 'Bengt har ett långvarigt och dagligt alkoholberoende som i dag påverkar hans hälsa, hans äktenskap och hans försörjning. '
              'Ett tidigare öppenvårdsförsök har avbrutits. Han dricker även på arbetet och har inga nyktra pauser i vardagen. '
              'Bengt behöver avbryta drickandet i en miljö utan tillgång till alkohol, få behandling som hjälper honom att hantera '
              'suget och ärligheten mot familjen, och få stöd att planera hur firman ska drivas utan alkohol.'),
        ('p', 'Lövåsens behandlingshem har ett tolvstegsbaserat program på 15 veckor med familjeprogram för anhöriga. Det ger Bengt '
              'struktur dygnet runt och möjlighet för hustrun att delta. Socialtjänsten gör ställningstagandet att institutionsvård '
              'på Lövåsen är rätt insats och att eftervård på Grinden ska planeras inför hemkomsten.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Institutionsvård vid Lövåsens behandlingshem enligt 4 kap. 1 § SoL 2014-06-16 – 2014-09-30.'),
        ('cols', 1),
        ('sig', ['Alingsås 2014-06-03', 'Nils Torstensson, socialsekreterare']),
    ], date='2014-06-03', title='Utredning', header=H, footer=F, font=FONT, size=9, author=NT[0])

    bes = D('bes', 'beslut', 'beslut_undertecknat.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2014-06-05'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – institutionsvård vid Lövåsens behandlingshem 2014-06-16 – 2014-09-30'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Se utredning 2014-06-03.'), ('Beslutsfattare', 'Camilla Ros, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
        ('sig', ['Underskrift: ______________________', 'Camilla Ros']),
    ], date='2014-06-05', title='Beslut (inskannat, undertecknat)', header=H, footer=F, font=FONT, size=9.5, author=CR, scan=[1])

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Lövåsens behandlingshem, intagningsansvarig Gun Petersson'), ('Klient', '%s, %s' % (name, pnr)),
                ('Beslut', '2014-06-05, institutionsvård 4 kap. 1 § SoL, 2014-06-16 – 2014-09-30'),
                ('Handläggare', 'Nils Torstensson, 070-174 06 43, nils.torstensson@alingsas.se'),
                ('Överlämnat', '2014-06-09 per e-post (krypterad), mottagningskvitto 2014-06-09')], [4.0, 13.0]),
        ('box', 'Socialnämndens bedömning av behov',
         'Bengt har ett långvarigt dagligt alkoholberoende som påverkar hälsa, äktenskap och försörjning; ett öppenvårdsförsök har avbrutits. '
         'Han behöver avbryta drickandet i alkoholfri miljö, behandling för att hantera sug och relationen till familjen samt stöd att planera arbetet utan alkohol.'),
        ('box', 'Uppdraget', 'Behandlingsprogram 15 veckor (tolvsteg), familjeprogram för hustrun, alkoholkontroller, planering för eftervård på Grinden.'),
        ('box', 'Mål', 'Bengt är nykter under vistelsen. Hustrun har deltagit i familjeprogrammet. Det finns en eftervårdsplan och en plan för firman före 2014-09-30.'),
        ('box', 'Uppföljning', 'Vårdplan inom två veckor. Uppföljning av insatsen efter åtta veckor och utvärderingsmöte före utskrivning.'),
        ('box', 'Återrapportering vid avslut', 'Skriftlig slutrapport inom två veckor med genomförd behandling, måluppfyllelse och rekommendationer.'),
    ], date='2014-06-09', title='Uppdrag till utförare', header=H, footer=F, font=FONT, size=9.5, author=NT[0])

    vp = D('vp', 'vårdplan', 'vardplan.pdf', [
        ('title', 'VÅRDPLAN'),
        ('sub', 'Bengt Hult · Lövåsens behandlingshem · upprättad 2014-06-30 · Bengt, hustrun Eva Hult, behandlare Ola Fredin, Nils Torstensson'),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt', 'Uppföljning'], [
            ['Nykter under vistelsen', 'Tolvstegsprogram, dagliga grupper, utandningsprov', 'Ola Fredin, Bengt', '2014-06-16 – 2014-09-30', 'Prover varje vecka'],
            ['Hustrun deltar i familjeprogrammet', 'Familjevecka på Lövåsen', 'Ola Fredin, Eva Hult', 'Vecka 33 (2014-08-11 – 08-15)', 'Vid uppföljning 2014-08-13'],
            ['Eftervård är ordnad', 'Ansökan om eftervård på Grinden', 'Nils Torstensson', 'Senast 2014-09-15', 'Utvärderingsmöte'],
            ['Plan för firman utan alkohol', 'Samtal om arbetstider och anställd medhjälpare', 'Bengt, Ola Fredin', 'Senast 2014-09-20', 'Utvärderingsmöte'],
        ], [5.0, 6.5, 4.2, 4.6, 4.5]),
        ('p', 'Uppföljning: 2014-08-13 på Lövåsen. Utvärderingsmöte före utskrivning i september.'),
    ], date='2014-06-30', title='Vårdplan', header=H, footer=F, font=FONT, size=9, landscape=True, author=NT[0])

    uppf = D('uppf', 'uppföljning', 'uppfoljning.pdf', [
        ('title', 'UPPFÖLJNING AV INSATS'),
        ('kv', [('Klient', name), ('Insats', 'Institutionsvård Lövåsen'), ('Datum', '2014-08-13'),
                ('Närvarande', 'Bengt, Eva Hult, Ola Fredin, Nils Torstensson')], [4.0, 13.0]),
        ('box', 'Resultat', 'Bengt har varit nykter sedan inskrivningen, alla prover negativa. Han är aktiv i grupperna. Eva deltar i familjeveckan denna vecka '
                            'och säger att de för första gången pratar ärligt med varandra.'),
        ('box', 'Måluppfyllelse', 'Mål 1 och 2 uppfyllda. Mål 3 och 4 påbörjas i augusti–september enligt plan.'),
        ('box', 'Nästa steg', 'Handläggaren tar emot ansökan om eftervård på Grinden. Utvärderingsmöte bokas till 2014-09-24.'),
    ], date='2014-08-13', title='Uppföljning av insats', header=H, footer=F, font=FONT, size=9.5, author=NT[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNALANTECKNINGAR'),
        ('sub', '%s, %s · %s' % (name, pnr, dnr)),
        ('journal', [
            ('2014-05-12', 'NT', 'Ansökan', 'Bengt ringer efter att hustrun flyttat. Ansöker om behandlingshem. Utredning inleds.'),
            ('2014-05-20', 'NT', 'Besök', 'Bengt och hustrun. AUDIT 32. Överenskommt att handl. kontaktar Lövåsen.'),
            ('2014-06-03', 'NT', 'Utredning', 'Utredningen klar och kommunicerad.'),
            ('2014-06-05', 'CR', 'Beslut', 'Beslut Lövåsen, undertecknat, skannat till akten.'),
            ('2014-06-09', 'NT', 'Uppdrag', 'Uppdrag till utförare skickat krypterat till Lövåsen, kvitto mottaget.'),
            ('2014-06-16', 'NT', 'Inskrivning', 'Bengt inskriven på Lövåsen.'),
            ('2014-06-30', 'NT', 'Vårdplan', 'Vårdplan upprättad på Lövåsen.'),
            ('2014-08-13', 'NT', 'Uppföljning', 'Uppföljning på Lövåsen, se blankett Uppföljning av insats.'),
            ('2014-09-24', 'NT', 'Utvärderingsmöte', 'Utvärderingsmöte på Lövåsen. Bengt har varit nykter hela vistelsen. Eftervård på Grinden beviljad från 2014-10-06. '
             'Bengt har anställt en medhjälpare och ska inte arbeta kvällar. Eva har flyttat hem igen. Alla mål i vårdplanen är uppfyllda.'),
            ('2014-10-10', 'NT', 'Slutrapport', 'Slutrapport från Lövåsen inkommen. Insatsen avslutad.'),
        ]),
    ], date='2014-10-10', title='Journalanteckningar', header=H, footer=F, font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'alingsas_SN-2014-233', 'committee': 'Alingsås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'arendeakt_SN-2014-233.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, upp, vp, uppf, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Socialtjänstens ställningstagande" (tvåspaltig utredning) anger Bengts behov och varför Lövåsen svarar mot dem; återges i uppdraget.',
                                     [('utr', 'Bengt har ett långvarigt och dagligt alkoholberoende'), ('utr', 'på Lövåsen är rätt insats'),
                                      ('upp', 'Bengt har ett långvarigt dagligt alkoholberoende som påverkar')]),
            'planning': crit('ja', 'Liggande vårdplan 2014-06-30 med mål, insatser, ansvariga, datum och uppföljning.',
                             [('vp', 'Hustrun deltar i familjeprogrammet')]),
            'follow_up': crit('ja', 'Uppföljning av insats 2014-08-13 och utvärderingsmöte 2014-09-24 i journalen, båda med utfall.',
                              [('uppf', 'Bengt har varit nykter sedan inskrivningen'), ('jour', 'Utvärderingsmöte på Lövåsen')]),
            'assignment_description': crit('ja', 'Uppdrag till utförare med bedömning, uppdrag, mål, uppföljning, återrapportering, handläggarens kontaktuppgifter och överlämnandedatum.',
                                           [('upp', 'UPPDRAG TILL UTFÖRARE'), ('jour', 'Uppdrag till utförare skickat krypterat')], present='abcdefg'),
        }}


# ============================================================ case 18
def case18():
    dnr = 'SN 2015/061'; name = 'Jenny Dahl'; pnr = '19020228-3366'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Johanna Wik'), ('Datum', '2015-03-10')], [4.0, 13.0]),
        ('h', '1. BAKGRUND'),
        ('p', 'Jenny har använt opioider (heroin, senare Subutex köpt illegalt) sedan 2008. Sedan januari 2015 är hon inskriven i '
              'läkemedelsassisterad behandling (LARO) på beroendemottagningen i Alingsås och får Suboxone under kontroll.'),
        ('h', '2. NULÄGE'),
        ('p', 'Jenny bor i en lägenhet med sin sambo som inte använder droger. Hon har inget arbete och har försörjningsstöd. Hon har '
              'lämnat negativa prover sedan februari. LARO-mottagningen har påtalat att Jenny saknar psykosocialt stöd och att hennes '
              'dagar saknar innehåll. Hon har svårt att stå emot när gamla bekanta hör av sig. Hon har skulder på ca 60 000 kr.'),
        ('h', '3. ANALYS OCH STÄLLNINGSTAGANDE'),
        ('p', 'Jenny har ett långvarigt opioidberoende och är sedan januari i läkemedelsbehandling som hittills fungerar. Det som saknas '
              'är det psykosociala stödet: hon har ingen sysselsättning, ett umgänge som riskerar återfall och skulder som oroar henne. '
              'Utan sådant stöd är risken för avbrott i LARO stor. Jenny behöver regelbundna samtal med återfallsprevention, hjälp att '
              'bygga upp en meningsfull vardag och stöd med ekonomin.'),
        ('p', 'Öppenvårdsteamet Grinden har erfarenhet av stöd till personer i LARO och samarbetar med beroendemottagningen. Individuella '
              'samtal en gång i veckan och stöd till kontakt med budget- och skuldrådgivningen och Arbetsförmedlingen svarar mot Jennys situation.'),
        ('h', '4. FÖRSLAG TILL BESLUT'),
        ('p', 'Öppenvård vid Öppenvårdsteamet Grinden enligt 4 kap. 1 § SoL 2015-03-16 – 2015-12-31.'),
        ('sig', ['Johanna Wik, socialsekreterare']),
    ], date='2015-03-10', title='Utredning', header=H, footer=F, font=FONT, size=9.5, author=JW[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-03-12'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – öppenvård vid Öppenvårdsteamet Grinden 2015-03-16 – 2015-12-31'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Jenny behöver psykosocialt stöd parallellt med LARO för att minska risken för återfall. Se utredning.'),
                ('Beslutsfattare', 'Camilla Ros, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2015-03-12', title='Beslut', header=H, footer=F, font=FONT, size=9.5, author=CR)

    mail = D('mail', 'uppdragsbeskrivning', 'uppdrag_epost.pdf', [
        ('lines', ['**Från:** Johanna Wik', '**Till:** Grinden öppenvårdsteam', '**Skickat:** 2015-03-13 10:05',
                   '**Ämne:** Uppdrag: öppenvård Jenny Dahl (%s)' % dnr]),
        ('p', 'Hej Grinden,'),
        ('p', 'Jenny Dahl har 2015-03-12 beviljats öppenvård hos er enligt 4 kap. 1 § SoL, 2015-03-16 – 2015-12-31. Här kommer uppdraget.'),
        ('p', '**Bedömning av behov:** Jenny är sedan januari i LARO som fungerar, men saknar psykosocialt stöd. Hon har ingen sysselsättning, '
              'ett umgänge som riskerar återfall och skulder. Hon behöver regelbundna samtal med återfallsprevention, hjälp att bygga upp en '
              'meningsfull vardag och stöd med ekonomin.'),
        ('p', '**Uppdraget:** individuella samtal varje vecka (ÅP), stöd till kontakt med budget- och skuldrådgivningen och Arbetsförmedlingen, '
              'samverkan med LARO-mottagningen.'),
        ('p', '**Mål:** Jenny fullföljer LARO utan sidomissbruk (negativa prover), har en daglig sysselsättning senast 2015-09-01 och har en '
              'plan för sina skulder senast 2015-06-30.'),
        ('p', '**Uppföljning:** genomförandeplan inom en månad; uppföljningsmöte med Jenny, er och mig efter tre månader.'),
        ('p', '**Vid avslut:** skriftlig sammanfattning med närvaro, måluppfyllelse och förslag på fortsatt stöd.'),
        ('lines', ['Hälsningar', 'Johanna Wik, socialsekreterare, Vuxenenheten Alingsås', 'Tel 070-174 06 41', 'johanna.wik@alingsas.se']),
    ], renderer='html-chr', date='2015-03-13', title='Uppdrag (e-post)', font='Liberation Sans', size=10, author=JW[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN'),
        ('sub', 'Öppenvårdsteamet Grinden'),
        ('kv', [('Namn', name), ('Datum', ''), ('Behandlare', '')], [4.0, 13.0]),
        ('box', 'Mål', ''),
        ('box', 'Insatser / aktiviteter', ''),
        ('box', 'Ansvarig', ''),
        ('box', 'Tidpunkt', ''),
        ('box', 'Uppföljning av planen', ''),
        ('sig', ['Underskrift klient ____________________    Underskrift behandlare ____________________']),
    ], date='2015-04-02', title='Genomförandeplan (Grinden)', header=('Öppenvårdsteamet Grinden', ''), font=FONT, size=9.5, author='Grinden')

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNALANTECKNINGAR'),
        ('sub', '%s, %s · %s' % (name, pnr, dnr)),
        ('journal', [
            ('2015-02-16', 'JW', 'Ansökan', 'Jenny och hennes LARO-sjuksköterska ringer. Jenny ansöker om samtalsstöd. Utredning inleds.'),
            ('2015-02-24', 'JW', 'Besök', 'Samtal med Jenny. Samtycke till kontakt med beroendemottagningen.'),
            ('2015-03-10', 'JW', 'Utredning', 'Klar och kommunicerad.'),
            ('2015-03-12', 'CR', 'Beslut', 'Öppenvård Grinden.'),
            ('2015-03-13', 'JW', 'Uppdrag', 'Uppdrag mejlat till Grinden.'),
            ('2015-03-20', 'JW', 'Anteckning', 'Jenny har börjat på Grinden. Uppföljning ska ske om tre månader.'),
            ('2015-04-02', 'JW', 'GFP', 'Blankett för genomförandeplan från Grinden inkommen (ej ifylld). Grinden ska komplettera.'),
            ('2015-05-18', 'JW', 'SIP', 'LARO-mottagningen föreslår SIP. SIP-möte planeras efter sommaren.'),
            ('2015-06-15', 'JW', 'Bokning', 'Uppföljningsmöte bokat 2015-07-08 på Grinden.'),
            ('2015-07-07', 'JW', 'Avbokning', 'Grinden avbokar mötet imorgon p.g.a. semester. Ny tid efter sommaren.'),
            ('2015-09-10', 'JW', 'Anteckning', 'Uppföljning planeras till november tillsammans med SIP-mötet.'),
        ]),
    ], date='2015-09-10', title='Journalanteckningar', header=H, footer=F, font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'alingsas_SN-2015-061', 'committee': 'Alingsås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'arendeakt_SN-2015-061.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, mail, gfp, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Analys och ställningstagande" anger vad Jenny behöver och varför Grinden svarar mot det; återges i beslutets skäl och i e-postuppdraget.',
                                     [('utr', 'Jenny har ett långvarigt opioidberoende'), ('utr', 'svarar mot Jennys situation'),
                                      ('bes', 'Jenny behöver psykosocialt stöd parallellt'), ('mail', 'Jenny är sedan januari i LARO som fungerar')]),
            'planning': crit('nej', 'Genomförandeplanen är en blankett där alla fält utom namnet är tomma.'),
            'follow_up': crit('nej', 'Uppföljning bara planerad ("om tre månader"), mötet 2015-07-08 avbokades och nästa "planeras till november".'),
            'assignment_description': crit('ja', 'Uppdraget per e-post 2015-03-13 innehåller bedömning, uppdrag, mål, uppföljning, återrapportering och kontaktuppgifter.',
                                           [('mail', 'Här kommer uppdraget'), ('mail', 'Tel 070-174 06 41'), ('jour', 'Uppdrag mejlat till Grinden')], present='abcdefg'),
        }}


# ============================================================ case 19
def case19():
    dnr = 'SN 2015/118'; name = 'Oskar Bäckström'; pnr = '19011203-1812'
    H, F = hdr(), ftr(dnr)
    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Nils Torstensson'), ('Datum', '2015-05-05')], [4.0, 13.0]),
        ('h', 'ANSÖKAN'),
        ('p', 'Oskar ansökte 2015-04-07 om öppenvård efter att ha blivit tagen för eget bruk av cannabis.'),
        ('h', 'BAKGRUND'),
        ('p', 'Oskar har rökt cannabis sedan högstadiet och dricker mycket på helgerna. Han har arbetat på ett lager men har en '
              'tidsbegränsad anställning som löper ut i juni. Han bor i en hyresrätt tillsammans med en kompis.'),
        ('h', 'NULÄGE'),
        ('p', 'Oskar röker cannabis 4–5 dagar i veckan. DUDIT 2015-04-15: 18 p, AUDIT 15 p. Han har strafföreläggande för eget bruk. '
              'Han säger att han vill sluta för att kunna behålla jobbet och ta körkort. Hans mamma är ett stöd.'),
        ('h', 'BEDÖMNING'),
        ('p', '[Skriv nämndens bedömning här]'),
        ('h', 'FÖRSLAG TILL BESLUT'),
        ('p', 'Öppenvård vid Öppenvårdsteamet Grinden enligt 4 kap. 1 § SoL 2015-05-11 – 2015-11-30.'),
        ('sig', ['Nils Torstensson, socialsekreterare']),
    ], date='2015-05-05', title='Utredning', header=H, footer=F, font=FONT, size=9.5, author=NT[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-05-07'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – öppenvård vid Öppenvårdsteamet Grinden 2015-05-11 – 2015-11-30'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Se utredning.'), ('Beslutsfattare', 'Camilla Ros, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2015-05-07', title='Beslut', header=H, footer=F, font=FONT, size=9.5, author=CR)

    upp = D('upp', 'uppdragsbeskrivning', 'uppdrag.pdf', [
        ('title', 'UPPDRAG TILL UTFÖRARE'),
        ('kv', [('Utförare', 'Öppenvårdsteamet Grinden'), ('Klient', '%s, %s' % (name, pnr)),
                ('Beslut', '2015-05-07, öppenvård 4 kap. 1 § SoL, 2015-05-11 – 2015-11-30'),
                ('Handläggare', 'Nils Torstensson, 070-174 06 43, nils.torstensson@alingsas.se'),
                ('Överlämnat', '2015-05-08 via internpost, kopia per e-post')], [4.0, 13.0]),
        ('box', 'Socialnämndens bedömning av behov', '[Hämtas från utredningens bedömning]'),
        ('box', 'Uppdraget', 'Individuella samtal enligt CRA en gång i veckan, urinprov, stöd att söka arbete/utbildning inför hösten.'),
        ('box', 'Mål', 'Oskar är fri från cannabis (negativa urinprov) senast 2015-07-31 och dricker högst 10 standardglas per helg. '
                       'Han har en sysselsättning från 2015-09-01.'),
        ('box', 'Uppföljning', 'Genomförandeplan inom tre veckor. Utvärderingsmöte med Oskar, Grinden och handläggaren i augusti.'),
        ('box', 'Återrapportering vid avslut', 'Skriftlig sammanfattning med närvaro, provresultat och måluppfyllelse.'),
    ], date='2015-05-08', title='Uppdrag till utförare', header=H, footer=F, font=FONT, size=9.5, author=NT[0])

    gfp = D('gfp', 'genomförandeplan', 'genomforandeplan.pdf', [
        ('title', 'GENOMFÖRANDEPLAN'),
        ('sub', 'Öppenvårdsteamet Grinden · Oskar Bäckström · upprättad 2015-05-27 · behandlare Fredrik Olausson'),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Inga spår av cannabis i urinprov', 'CRA-samtal onsdagar 15.00, urinprov varje vecka', 'Fredrik Olausson, Oskar', 'Senast 2015-07-31'],
            ['Högst 10 standardglas per helg', 'Dryckesdagbok, genomgång varje samtal', 'Oskar', 'Från 2015-06-01'],
            ['Sysselsättning i höst', 'Besök på Arbetsförmedlingen, ansökan Komvux', 'Oskar, handl. Nils Torstensson', 'Senast 2015-08-15'],
        ], [4.8, 5.5, 3.8, 2.9]),
        ('p', 'Planen följs upp vid utvärderingsmöte i augusti 2015.'),
    ], date='2015-05-27', title='Genomförandeplan (Grinden)', header=('Öppenvårdsteamet Grinden', 'Sida {PAGE}'), font=FONT, size=9.5, author='Fredrik Olausson')

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNALANTECKNINGAR'),
        ('sub', '%s, %s · %s' % (name, pnr, dnr)),
        ('journal', [
            ('2015-04-07', 'NT', 'Ansökan', 'Oskar ringer, ansöker om öppenvård. Utredning inleds.'),
            ('2015-04-15', 'NT', 'Besök', 'DUDIT 18, AUDIT 15. Oskar vill ha enskilda samtal.'),
            ('2015-05-05', 'NT', 'Utredning', 'Klar.'),
            ('2015-05-07', 'CR', 'Beslut', 'Öppenvård Grinden.'),
            ('2015-05-08', 'NT', 'Uppdrag', 'Uppdrag till utförare skickat till Grinden.'),
            ('2015-05-27', 'NT', 'GFP', 'GFP inkommen från Grinden.'),
            ('2015-08-12', 'NT', 'Utvärderingsmöte', 'Utvärderingsmöte hölls på Grinden, se anteckning från Grinden.'),
            ('2015-09-03', 'NT', 'Tfn', 'Oskar ringer angående ansökan om försörjningsstöd, hänvisas till mottagningsgruppen.'),
        ]),
    ], date='2015-09-03', title='Journalanteckningar', header=H, footer=F, font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'alingsas_SN-2015-118', 'committee': 'Alingsås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'arendeakt_SN-2015-118.pdf', 'cover': cover(dnr, name),
        'docs': [utr, bes, upp, gfp, jour],
        'criteria': {
            'needs_assessment': crit('nej', 'Under BEDÖMNING står bara mallens platshållare "[Skriv nämndens bedömning här]"; beslutet hänvisar till utredningen.'),
            'planning': crit('ja', 'Grindens genomförandeplan 2015-05-27 med mål, insatser, ansvariga och datum.',
                             [('gfp', 'Inga spår av cannabis i urinprov')]),
            'follow_up': crit('delvis', 'Journalen 2015-08-12 noterar att ett utvärderingsmöte hölls men utfallet finns inte i akten ("se anteckning från Grinden").',
                              [('jour', 'Utvärderingsmöte hölls på Grinden')]),
            'assignment_description': crit('delvis', 'Uppdrag till utförare är ifyllt utom behovsbedömningen, där mallens platshållare står kvar.',
                                           [('upp', 'UPPDRAG TILL UTFÖRARE'), ('jour', 'Uppdrag till utförare skickat till Grinden')], present='bcdefg'),
        }}


# ============================================================ case 20
def case20():
    dnr = 'SN 2015/150'; name = 'Pia Lundqvist'; pnr = '19010616-2040'
    H, F = hdr(), ftr(dnr)
    anm = D('anm', 'orosanmälan', 'orosanmalan.pdf', [
        ('title', 'OROSANMÄLAN'),
        ('kv', [('Inkom', '2015-03-02'), ('Anmälare', 'Distriktssköterska, Vårdcentralen Ängabo (namn och nummer i systemet)'),
                ('Avser', '%s, %s' % (name, pnr)),
                ('Innehåll', 'Pia har vid två besök varit påverkad av alkohol. Hon har blåmärken som hon inte vill förklara. Hon har sagt '
                             'att hon "inte orkar mer". Anmälaren är orolig för hennes hälsa.'),
                ('Mottagen av', 'Johanna Wik'),
                ('Åtgärd', 'Kontakt med Pia 2015-03-04. Hon ansöker om hjälp, utredning inleds.')], [4.0, 13.0]),
    ], date='2015-03-02', title='Orosanmälan', header=H, footer=F, font=FONT, size=9.5, author=JW[0])

    utr = D('utr', 'utredning', 'utredning.pdf', [
        ('title', 'UTREDNING'),
        ('kv', [('Klient', '%s, %s' % (name, pnr)), ('Dnr', dnr), ('Handläggare', 'Johanna Wik'), ('Datum', '2015-04-08')], [4.0, 13.0]),
        ('cols', 2),
        ('h', 'BAKGRUND'),
        ('p', 'Pia har arbetat i butik och har två barn i tonåren som bor hos sin pappa sedan 2014. Hon har levt i en relation med en '
              'man som dricker och som enligt Pia har varit våldsam. Hon har druckit dagligen de senaste två åren.'),
        ('h', 'NULÄGE'),
        ('p', 'Pia dricker en till två flaskor vin om dagen. AUDIT 2015-03-11: 28 p. Hon är sjukskriven sedan januari. Hon bor kvar i '
              'lägenheten där mannen ibland övernattar. Hon har en skuld till Kronofogden och har gjort upp en avbetalningsplan. '
              'Hon har kontakt med kvinnojouren. Barnen träffar hon varannan helg när hon är nykter.'),
        ('p', 'Pia säger att hon vill "komma bort och få ordning på sig själv" och att hon inte klarar att sluta så länge mannen kommer dit.'),
        ('colbreak',),
        ('h', 'SOCIALTJÄNSTENS STÄLLNINGSTAGANDE'),
        ('p', 'Pia har ett dagligt och omfattande alkoholbruk som har förvärrats i en relation där hon utsatts för våld. Hon är sjukskriven, '
              'har tappat kontakten med barnen i vardagen och bor i en miljö där mannen och alkoholen finns nära. Hon saknar i dag '
              'en trygg och nykter miljö, och hon har inte fått stöd kring de våldserfarenheter som hänger ihop med drickandet.'),
        ('p', 'Stiftelsen Ekbacken tar bara emot kvinnor, har skyddad adress och arbetar både med beroende och med våldsutsatthet. Där '
              'kan Pia bli nykter utan att mannen har tillgång till henne och få hjälp att bearbeta det hon varit med om. Öppenvård '
              'är inte tillräcklig så länge hon bor kvar där mannen övernattar. Institutionsvård på Ekbacken i sex månader är den insats '
              'som svarar mot Pias situation; kontakten med barnen ska planeras in under vistelsen.'),
        ('h', 'FÖRSLAG TILL BESLUT'),
        ('p', 'Institutionsvård vid Stiftelsen Ekbacken enligt 4 kap. 1 § SoL 2015-04-20 – 2015-10-19.'),
        ('cols', 1),
        ('sig', ['Johanna Wik, socialsekreterare']),
    ], date='2015-04-08', title='Utredning', header=H, footer=F, font=FONT, size=9, author=JW[0])

    bes = D('bes', 'beslut', 'beslut.pdf', [
        ('title', 'BESLUT'),
        ('kv', [('Beslutsdatum', '2015-04-10'), ('Sökande', '%s, %s' % (name, pnr)),
                ('Beslut', 'Bifall – institutionsvård vid Stiftelsen Ekbacken 2015-04-20 – 2015-10-19'), ('Lagrum', '4 kap. 1 § SoL'),
                ('Skäl för beslutet', 'Pia saknar en trygg och nykter miljö och behöver behandling för både beroende och våldsutsatthet, som Ekbacken kan ge. Se utredning 2015-04-08.'),
                ('Beslutsfattare', 'Camilla Ros, enhetschef')], [4.0, 13.0]),
        ('p', OVERKLAGA),
    ], date='2015-04-10', title='Beslut', header=H, footer=F, font=FONT, size=9.5, author=CR)

    mail = D('mail', 'uppdragsbeskrivning', 'uppdrag_epost.pdf', [
        ('lines', ['**Från:** Johanna Wik <johanna.wik@alingsas.se>', '**Skickat:** måndag 13 april 2015 08:52',
                   '**Till:** Ekbacken placeringar <placering@ekbacken.example.se>', '**Ämne:** SV: Plats för Pia L – uppdrag']),
        ('p', 'Hej Maria!'),
        ('p', 'Tack för att ni kan ta emot Pia Lundqvist (%s) den 20 april. Socialnämnden har 2015-04-10 beslutat om institutionsvård hos er '
              'enligt 4 kap. 1 § SoL till och med 2015-10-19. Här är vårt uppdrag:' % pnr),
        ('ul', ['**Vår bedömning:** Pia har ett dagligt omfattande alkoholbruk som förvärrats i en våldsam relation. Hon saknar en trygg och nykter '
                'miljö och har inte fått stöd kring våldet. Hon behöver bli nykter utan att mannen har tillgång till henne, bearbeta våldserfarenheterna och återta kontakten med barnen.',
                '**Uppdraget:** behandling för alkoholberoende, samtal om våld i nära relation, skyddad adress, planering av umgänge med barnen, utslussning till eget boende.',
                '**Mål:** Pia är nykter under vistelsen; hon har en säkerhetsplan klar senast 2015-06-30; hon träffar barnen regelbundet under hösten; hon har ett eget boende ordnat före utskrivning.',
                '**Uppföljning:** vårdplan upprättas vid inskrivningen; återkoppling från er till mig efter fyra veckor; utvärderingsmöte efter två månader.',
                '**Vid avslut:** skriftlig slutrapport om behandlingen, måluppfyllelse och er rekommendation.']),
        ('lines', ['Vänliga hälsningar', 'Johanna Wik', 'Socialsekreterare, Vuxenenheten, Alingsås kommun', 'Direkt: 070-174 06 41']),
        ('p', '-----Ursprungligt meddelande-----  Från: Ekbacken placeringar  Skickat: fredag 10 april 2015 15:31  Ämne: Plats för Pia L  '
              '– Vi har plats från 20/4. Skicka gärna uppdraget innan dess. /Maria Holmgren, Ekbacken'),
    ], renderer='html-chr', date='2015-04-13', title='Uppdrag (e-post)', font='Liberation Sans', size=10, author=JW[0])

    jour = D('jour', 'journalanteckningar', 'journal.pdf', [
        ('title', 'JOURNALANTECKNINGAR'),
        ('sub', '%s, %s · %s' % (name, pnr, dnr)),
        ('journal', [
            ('2015-03-04', 'JW', 'Tfn', 'Kontakt med Pia efter orosanmälan. Hon ansöker om hjälp. Utredning inleds.'),
            ('2015-03-11', 'JW', 'Besök', 'AUDIT 28. Pia berättar om våld från mannen. Informerat om kvinnojouren.'),
            ('2015-03-25', 'JW', 'Besök', 'Pratat om Ekbacken. Pia vill dit.'),
            ('2015-04-08', 'JW', 'Utredning', 'Klar och kommunicerad.'),
            ('2015-04-10', 'CR', 'Beslut', 'Inst.vård Ekbacken.'),
            ('2015-04-13', 'JW', 'Uppdrag', 'Uppdraget mejlat till Ekbacken. Vårdplan ska upprättas vid inskrivning.'),
            ('2015-04-20', 'JW', 'Inskrivning', 'Pia inskriven på Ekbacken, handl. körde henne. Behandlinshemmet har fått beslutet.'),
            ('2015-05-20', 'JW', 'Återkoppling', 'Återkoppling från behandlingshemmet (Maria Holmgren): Pia har varit nykter sedan inskrivningen, hon deltar i '
             'grupperna och har börjat samtal om våldet. Behandlingsplanering pågår. Hon har pratat med barnen i telefon varje vecka.'),
            ('2015-06-02', 'JW', 'Tfn Pia', 'Pia har fått ett brev från Kronofogden om avbetalningsplanen. Handl. hjälper henne att skicka in ny adress.'),
            ('2015-06-17', 'JW', 'Utvärderingsmöte', 'Utvärderingsmöte på Ekbacken med Pia och Maria Holmgren. Pia har varit nykter hela vistelsen. '
             'Säkerhetsplan klar. Barnen har besökt henne en gång och ska komma igen i juli. Pia har sagt upp lägenheten och söker ny '
             'genom bostadsbolaget. Pia är nöjd och vill fullfölja vistelsen.'),
            ('2015-09-02', 'JW', 'Tfn Ekbacken', 'Fortsatt nykter. Ny lägenhet klar från 1 november. Utslussning planeras i oktober.'),
        ]),
    ], date='2015-09-02', title='Journalanteckningar', header=H, footer=F, font=FONT, size=9, author='Systemutskrift')

    return {
        'case_id': 'alingsas_SN-2015-150', 'committee': 'Alingsås', 'dnr': dnr, 'scenario': '',
        'delivery': 'assembled', 'akt_name': 'arendeakt_SN-2015-150.pdf', 'cover': cover(dnr, name),
        'docs': [anm, utr, bes, mail, jour],
        'criteria': {
            'needs_assessment': crit('ja', '"Socialtjänstens ställningstagande" (tvåspaltig utredning) anger vad Pia saknar och varför Ekbacken svarar mot det; återges i beslutets skäl och i e-postuppdraget.',
                                     [('utr', 'Pia har ett dagligt och omfattande alkoholbruk som har'), ('utr', 'som svarar mot Pias situation'),
                                      ('bes', 'Pia saknar en trygg och nykter miljö'), ('mail', 'Pia har ett dagligt omfattande alkoholbruk som')]),
            'planning': crit('nej', 'Ingen vårdplan eller genomförandeplan i akten: journalen säger att vårdplan "ska upprättas" och att "behandlingsplanering pågår"; avbetalningsplanen gäller skulder.'),
            'follow_up': crit('ja', 'Återkoppling från behandlingshemmet 2015-05-20 och utvärderingsmöte 2015-06-17 i journalen med utfall.',
                              [('jour', 'Återkoppling från behandlingshemmet'), ('jour', 'Utvärderingsmöte på Ekbacken med Pia')]),
            'assignment_description': crit('ja', 'Uppdraget som e-post 2015-04-13 innehåller bedömning, uppdrag, mål, uppföljning, slutrapport och handläggarens kontaktuppgifter.',
                                           [('mail', 'Här är vårt uppdrag'), ('mail', 'Direkt: 070-174 06 41'), ('jour', 'Uppdraget mejlat till Ekbacken')], present='abcdefg'),
        }}


def CASES():
    return [case17(), case18(), case19(), case20()]
