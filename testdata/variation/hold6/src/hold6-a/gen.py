# Generic case content for hold6-a cases 3-20: profiles + variant texts.
from docs import *

PROF = {
    'alkohol': dict(
        missbruk='{F} dricker enligt egen uppgift 15–25 standardglas per dag, mest starköl och vodka. AUDIT {audit} poäng. '
        '{P} har haft abstinensbesvär med skakningar och svettningar på morgnarna och har avgiftats på Beroendecentrums '
        'akutmottagning {avg}. Narkotika förnekas och drogtest har varit negativa.',
        halsa='{F} har förhöjda levervärden och sömnproblem. {P} beskriver nedstämdhet men har ingen kontakt med psykiatrin.',
        needs='ett alkoholberoende med abstinens och somatiska följder. {P} behöver avgiftning vid behov, motivationsarbete och '
        'färdigheter att hantera sug och återfallsrisk, stöd att få struktur i vardagen samt kontakt med vården för levervärden och sömn',
        goal1='{F} dricker ingen alkohol (PEth under 0,05) senast {g1}', goal2='{F} har en fungerande dygnsrytm och sysselsättning minst 3 dagar/vecka senast {g2}'),
    'amfetamin': dict(
        missbruk='{F} har använt amfetamin sedan tonåren, de senaste åren intravenöst 3–4 dagar i veckan. DUDIT {audit} poäng. '
        '{P} röker även cannabis för att kunna sova. Urinprov {avg} var positiva för amfetamin och THC.',
        halsa='{F} har hepatit C (obehandlad) och har haft drogutlösta psykotiska episoder, senast under hösten. '
        '{P} är inskriven på beroendemottagningen.',
        needs='ett långvarigt beroende av amfetamin med injektionsbruk, psykotiska episoder och obehandlad hepatit C. {P} behöver en '
        'drogfri miljö, behandling med återfallsprevention, samordning med psykiatrin och infektionskliniken samt stöd i att bryta med '
        'det kriminella umgänget',
        goal1='{F} är drogfri (negativa urinprov) under hela behandlingstiden t.o.m. {g1}', goal2='{F} har påbörjat hepatit C-behandling senast {g2}'),
    'cannabis': dict(
        missbruk='{F} röker cannabis dagligen sedan 2010, cirka 1–2 gram per dag. DUDIT {audit} poäng. Alkohol dricks sparsamt. '
        'Urinprov {avg} var positiva för THC.',
        halsa='{F} beskriver koncentrationssvårigheter, oro och nedsatt minne. En ADHD-utredning påbörjades 2012 men avbröts.',
        needs='ett cannabisberoende som hindrar studier och arbete. {P} behöver kunskap om beroendet och strategier för att sluta, '
        'stöd att komma igång med sysselsättning och att den avbrutna ADHD-utredningen återupptas',
        goal1='{F} är fri från cannabis (negativa urinprov) senast {g1}', goal2='{F} har påbörjat praktik eller studier senast {g2}'),
    'opiat': dict(
        missbruk='{F} har ett långvarigt opiatberoende och använder buprenorfin och heroin köpt på gatan, samt periodvis '
        'bensodiazepiner. DUDIT {audit} poäng. {P} har överdoserat en gång, {avg}.',
        halsa='{F} har abscesser, dåligt tandstatus och har väntat på bedömning för läkemedelsassisterad behandling (LARO).',
        needs='ett opiatberoende med överdosrisk och blandmissbruk av bensodiazepiner. {P} behöver en skyddad drogfri miljö under '
        'inledningen av LARO-behandling, stöd att stabilisera sig på medicinen, tandvård och ett boende att flytta till',
        goal1='{F} är stabil i LARO-behandling utan sidomissbruk (negativa prov) senast {g1}', goal2='{F} har ansökt om boende (träningslägenhet) senast {g2}'),
}


def fill(s, c):
    return s.format(F=c['first'], P=c['P'], p=c['P'].lower(), **c['fmt'])


def mk(**k):
    c = dict(sys='Paragraf', unit='Individ- och familjeomsorgen, Missbruksgruppen', hl_title='socialsekreterare',
             bf_title='enhetschef', kallor='samtal med klienten, ASI-intervju¹, kontakt med beroendemottagningen och '
             'tidigare journalanteckningar', tolk=None)
    c['fn'] = ['¹ ASI (Addiction Severity Index) är en strukturerad intervju som används för utredning och uppföljning inom missbruksvården.']
    c.update(k)
    c['hl_sign'] = c['hl']
    c['utr_date_place'] = '%s den %s' % (c['kommun'], c['utr_date'])
    pr = PROF[c['sub']]
    c['fmt'] = dict(audit=c.get('audit', 24), avg=c.get('avg', 'i december'), g1=c['g1'], g2=c['g2'])
    c['missbruk'] = fill(pr['missbruk'], c)
    c['halsa'] = fill(pr['halsa'], c)
    c['needs'] = fill(pr['needs'], c)
    c['goal1'] = fill(pr['goal1'], c)
    c['goal2'] = fill(pr['goal2'], c)
    inst = c['ins'] == 'inst'
    y = int(c['akt_date'][:4])
    c.setdefault('tidigare', [['%d' % (y - 3), 'Motiverande samtal (MI), 5 ggr', 'Mottagningsgruppen', 'Avbröt efter tre samtal'],
                              ['%d–%d' % (y - 2, y - 1), 'Öppenvård, %s' % ('CRA' if c['sub'] == 'cannabis' else 'återfallsprevention'),
                               'Kommunens öppenvård', 'Genomfört delvis; återfall efter ca fyra månader'],
                              ['%d' % (y - 1), 'Avgiftning', 'Beroendecentrum', 'Genomförd, utskriven till hemmet']])
    c.setdefault('rattsligt', 'Enligt utdrag ur belastningsregistret förekommer %s. Inga pågående ärenden är kända.' %
                 c.get('brott', 'två domar för ringa narkotikabrott (penningböter)' if c['sub'] != 'alkohol' else 'ett strafföreläggande för rattfylleri'))
    c.setdefault('barn', 'Det finns inga minderåriga barn i hushållet. %s har informerats om att socialtjänsten har skyldighet att '
                 'uppmärksamma barns situation om förhållandena ändras.' % c['first'])
    c.setdefault('insats_lang', ('Institutionsvård enligt 4 kap. 1 § SoL' if inst else 'Öppenvård enligt 4 kap. 1 § SoL'))
    c.setdefault('arendet', '%s ansökte %s om %s. Ärendet aktualiserades efter %s.' %
                 (c['first'], c['akt_date'], 'behandling på behandlingshem' if inst else 'stöd och behandling i öppenvård', c['aktual']))
    c.setdefault('bakgrund', '%s är känd av socialtjänsten sedan %s. %s' % (c['first'], c.get('kand', '2011'), c.get('bak', '')))
    c.setdefault('boende', c.get('bo', '%s bor i hyreslägenhet och har försörjningsstöd. Hyresskuld finns.' % c['first']))
    c.setdefault('natverk', c.get('nat', 'Kontakt med mamma och en syster. Få vänner utanför missbruket.'))
    c.setdefault('egen', c.get('eg', '%s säger att %s vill bli fri från missbruket och är beredd att ta emot hjälp.' % (c['first'], c['P'].lower())))
    why = ('Öppenvård bedöms inte räcka då %s inte klarat att vara drogfri i hemmiljön trots tidigare insatser. '
           'Institutionsvård på %s, med %s, tillgodoser behovet av en drogfri miljö och strukturerad behandling.' %
           (c['P'].lower(), c['provider'], c.get('method', 'återfallsprevention och miljöterapi'))) if inst else \
          ('%s har ett eget boende och ett nätverk som fungerar någorlunda, och därför bedöms %s som erbjuder %s '
           'vara den insats som bäst motsvarar behoven, i kombination med fortsatt kontakt med vården.' %
           (c['first'], c['provider'], c.get('method', 'KBT-baserad återfallsprevention')))
    c['full_overv'] = ['Av utredningen framgår att %s har %s.' % (c['first'], c['needs']), why]
    c['concl'] = '%s bedöms vara i behov av %s.' % (c['first'], 'institutionsvård' if inst else 'öppenvård')
    c.setdefault('forslag', 'Att bevilja %s %s på %s från %s, med stöd av 4 kap. 1 § SoL.' %
                 (c['name'], 'institutionsvård' if inst else 'öppenvård', c['provider'], c['start_date']))
    c.setdefault('beslut_text', '%s på %s fr.o.m. %s' % ('Institutionsvård' if inst else 'Öppenvård', c['provider'], c['start_date']))
    c.setdefault('deleg', 'Delegation %s' % ('4.3.2 (institutionsvård, ramavtal)' if inst else '4.3.1 (öppenvård vuxna)'))
    c.setdefault('motivering', '%s har %s. %s' % (c['first'], c['needs'], why))
    c['ud_a'] = '%s har %s.' % (c['first'], c['needs'])
    c.setdefault('ud_b', ('Behandling enligt utförarens program (%s), boende, provtagning enligt rutin, samverkan med '
                          'beroendemottagningen och förberedelse av utslussning.' if inst else
                          'Program i %s, individuella samtal varannan vecka, provtagning (urin/PEth) och samverkan med vården.')
                % c.get('method', 'återfallsprevention'))
    c['ud_c'] = '%s. %s.' % (c['goal1'], c['goal2'])
    c.setdefault('ud_d', 'Uppföljningsmöte (avstämningsmöte) med %s, utföraren och handläggaren efter cirka %s, samt vid avslut.' %
                 (c['first'], 'sex veckor' if inst else 'tre månader'))
    c.setdefault('ud_g', '%s, skickat med säker e-post till utföraren' % c['beslut_date'])
    c['ud_e'] = 'Skriftlig slutrapport senast två veckor efter avslut med måluppfyllelse, provresultat och rekommendation om fortsatta insatser.'
    return c


def std_utr(c, na, split=False):
    """na: full/split/concl/prelim/empty/none/placeholder"""
    c = dict(c)
    if na == 'full':
        c['overv'] = c['full_overv']
    elif na == 'split':
        c['overv'] = [c['full_overv'][0]]
        c['slutsats'] = [c['full_overv'][1]]
    elif na == 'concl':
        c['h3'] = '3. Bedömning'
        c['overv'] = [c['concl']]
    elif na == 'prelim':
        c['h3'] = '3. Preliminär bedömning'
        c['overv'] = ['%s har ett omfattande missbruk och behöver stöd. Utredningen är inte fullständig då ASI-intervjun inte kunnat '
                      'slutföras. En fördjupad bedömning av behoven görs när ASI-intervjun är genomförd, och kompletteras i akten.' % c['first']]
    elif na == 'empty':
        c['h3'] = '3. Bedömning'
        c['overv'] = []
    elif na == 'none':
        c['h3'] = '3. Överväganden'
        c['overv'] = ['Någon bedömning har inte gjorts i detta ärende eftersom %s själv har ansökt om insatsen och beslutet fattas '
                      'i enlighet med ansökan.' % c['first']]
    elif na == 'placeholder':
        c['h3'] = '3. Bedömning'
        c['overv'] = ['[Skriv nämndens bedömning här]']
    return utredning(c)


def std_beslut(c, mot=None):
    c = dict(c)
    if mot is not None:
        c['motivering'] = mot
    return beslut(c)
