# -*- coding: utf-8 -*-
from framework import Case, journal_text, journal_blocks, journal_troff, wrap
from common import OFFICERS, OFFICES, hl, head_kv, officer_sig, overklagande
import render as R

K = 'Eslöv'
HL = 'Eslövs kommun | Socialtjänsten | Vuxenenheten'
FOOT = 'Eslövs kommun, Socialtjänsten – utskrift 2015-09-30'


# =====================================================================================
def case13():
    """Jimmy Karlsson. Beroendeenheten. No assessment made (own words + AUDIT/DUDIT only); plan with goals
    but no who/when; follow-up with outcome; no written assignment (decision names the provider)."""
    C = Case(K, 'IFO.2015.0412')
    who, pnr, dnr = 'Jimmy Karlsson', '19010926-4471', 'IFO.2015.0412'
    utr = [
        ('h1', 'Utredning (förenklad)'),
        head_kv(who, pnr, dnr, 'HF', 'Datum', '2015-04-24'),
        ('h2', 'Ansökan'),
        ('p', 'Jimmy ansökte 2015-04-13 om öppenvård för alkohol och cannabis. Han vill "komma igång direkt".'),
        ('h2', 'Boende'),
        ('p', 'Jimmy berättar att han bor i en etta på Källebäck som han hyr i första hand. "Det är inget '
              'problem med boendet."'),
        ('h2', 'Försörjning'),
        ('p', 'Jimmy säger att han jobbar extra på ett lager i Lund när han får pass. Han uppger att han har '
              'några obetalda räkningar.'),
        ('h2', 'Hälsa'),
        ('p', 'Jimmy säger att han sover dåligt och "är rastlös hela tiden". Han har ingen läkarkontakt.'),
        ('h2', 'Missbruk'),
        ('p', 'Jimmy berättar att han dricker mest på helgerna, "typ en flaska sprit", och röker cannabis några '
              'gånger i veckan för att kunna sova. Han säger: "Jag vet att jag behöver hjälp, annars går det åt '
              'skogen." Resultat AUDIT och DUDIT, se bilaga.'),
        ('h2', 'Relationer'),
        ('p', 'Jimmy har en flickvän sedan ett år och kontakt med sin pappa. Enligt Jimmy är flickvännen trött '
              'på helgerna.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Någon bedömning har inte gjorts. Jimmy ville komma igång omgående och insatsen beviljas utifrån '
              'hans egen ansökan. Utredningen kompletteras om det blir aktuellt med fler insatser.'),
        officer_sig('HF'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right=dnr, footer_left=FOOT,
           pn_format='Sida {P} av {N}')

    au = [
        ('h1', 'AUDIT / DUDIT – resultat'),
        ('p', '**Namn:** %s   **Pnr:** %s   **Dnr:** %s   **Datum:** 2015-04-16   **Administrerat av:** Hanna '
              'Friberg' % (who, pnr, dnr)),
        ('h3', 'AUDIT'),
        ('table', ['Fråga', 'Poäng'], [['1–3 Konsumtion', '9'], ['4–6 Beroendesymtom', '6'],
                                      ['7–10 Skadeverkningar', '8'], ['Summa', '23']], [6, 1]),
        ('p', 'Tolkning enligt manual: 16–19 p riskbruk, **20 p eller mer: sannolikt alkoholberoende**. '
              'Resultatet bör följas upp med en diagnostisk bedömning.'),
        ('h3', 'DUDIT'),
        ('table', ['Fråga', 'Poäng'], [['1–4 Användning', '7'], ['5–11 Problem/beroendetecken', '9'],
                                      ['Summa', '16']], [6, 1]),
        ('p', 'Tolkning enligt manual (män): 6 p eller mer tyder på drogrelaterade problem; 25 p eller mer tyder '
              'på beroende. **Resultat: drogrelaterade problem, ej beroendenivå.**'),
        ('small', 'Utskrift från testmodul. Instrumenten ersätter inte en utredning eller bedömning.'),
    ]
    C.rl('audit_dudit.pdf', 'AUDIT/DUDIT-resultat', au, header_left=HL, header_right=dnr, footer_left=FOOT,
         pn_format='Sida {P}')

    bes = [
        ('h1', 'BESLUT'),
        ('kv', [('Namn', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Ansökan', '2015-04-13'),
                ('Beslutsdatum', '2015-04-28')]),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård beviljas fr.o.m. 2015-05-04 under sex månader enligt 4 kap. 1 § socialtjänstlagen.'),
        ('p', 'Insatsen utförs av Beroendeenheten, Eslövs kommun.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Jimmy har ansökt om öppenvård.'),
        ('sig', ['Hanna Friberg', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.html('beslut.pdf', 'beslut', bes, letterhead=HL)

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', '**Beroendeenheten, Eslövs kommun**   Klient: %s   Datum: 2015-05-12   Behandlare: Olle '
              'Sandberg' % who),
        ('table', ['Mål', 'Insats / aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Minska drickandet', 'Samtal (MI/ÅP)', '', ''],
            ['Sluta röka cannabis', 'Samtal, urinprov', '', ''],
            ['Sova bättre', 'Sömnråd', '', ''],
            ['Bättre relation med flickvännen', 'Ev. parsamtal', '', ''],
        ], [5, 5, 3, 3]),
        ('p', 'Planen revideras vid behov.'),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan', gfp, layout='landscape',
         header_left='Eslövs kommun – Beroendeenheten', header_right='Genomförandeplan', footer_left='',
         pn_format='{P}')
    C.ev('planning', 'genomforandeplan.pdf', 'Minska drickandet')

    J = [
        ('2015-04-13', '', 'Telefon', 'Hanna Friberg', 'Jimmy ringer och ansöker om öppenvård.'),
        ('2015-04-16', '', 'Besök', 'Hanna Friberg', 'Samtal. AUDIT 23, DUDIT 16. Jimmy vill börja direkt.'),
        ('2015-04-28', '', 'Beslut', 'Hanna Friberg', 'Öppenvård beviljad. Uppdragsbeskrivning ska skickas till '
                                                      'Beroendeenheten.'),
        ('2015-05-04', '', 'Start', 'Hanna Friberg', 'Jimmy har haft första samtal med Olle Sandberg.'),
        ('2015-05-05', '', 'Telefon', 'Hanna Friberg', 'Olle S. ringer och frågar efter uppdragsbeskrivning. '
                                                       'Handl. hänvisar till beslutet tills vidare.'),
        ('2015-05-13', '', 'Inkommen', 'Hanna Friberg', 'Genomförandeplan från Beroendeenheten.'),
        ('2015-06-30', '14:00', 'Utvärderingsmöte', 'Hanna Friberg',
         'Utvärderingsmöte på Beroendeenheten med Jimmy och Olle Sandberg. Jimmy har kommit på 7 av 8 samtal. '
         'Han har inte rökt cannabis sedan mitten av maj (två negativa urinprov), dricker fortfarande på '
         'helger men mindre, enligt honom "max halva". Sover bättre. Överens om att fortsätta samtalen '
         'varannan vecka och att ta PEth i augusti.'),
        ('2015-09-08', '', 'Avstämning', 'Hanna Friberg',
         'Avstämning per telefon med Olle S: PEth i augusti 0,18, urinprov fortsatt negativa. Jimmy har fått '
         'fast anställning på lagret. Insatsen fortsätter enligt beslutet.'),
    ]
    body = journal_troff('Journalanteckningar', ['%s, %s' % (who, pnr), 'Dnr %s' % dnr,
                                                 'Vuxenenheten, Eslövs kommun'], J)
    C.groff('journal.pdf', 'journalanteckningar', body, 'Eslövs kommun', 'Journal ' + dnr, FOOT)
    C.ev('follow_up', 'journal.pdf', 'Utvärderingsmöte på Beroendeenheten med Jimmy', 'PEth i augusti 0,18')

    C.label('needs_assessment', 'nej', 'Överväganden säger uttryckligen att "någon bedömning har inte gjorts"; '
            'utredningen återger bara Jimmys egna ord, och testresultatet är instrumentets tolkning; beslutets '
            'skäl är bara att han ansökt.')
    C.label('planning', 'delvis', 'Genomförandeplanen har vaga mål utan datum och tomma kolumner för ansvarig '
            'och tidpunkt.')
    C.label('follow_up', 'ja', 'Utvärderingsmöte 2015-06-30 och avstämning 2015-09-08 med utfall.')
    C.label('assignment_description', 'nej', 'Ingen skriftlig uppdragsbeskrivning; beslutet nämner bara '
            'utföraren och journalen visar att den aldrig skickades.', present='')
    return C


# =====================================================================================
def case14():
    """Lars-Göran Svensson. HVB Granliden. All documented; one assembled PDF only, with the landscape
    care plan rotated (/Rotate 90) to portrait."""
    C = Case(K, 'IFO.2014.1290')
    who, pnr, dnr = 'Lars-Göran Svensson', '19000615-2239', 'IFO.2014.1290'
    utr = [
        ('h1', 'Utredning – missbruk vuxen'),
        head_kv(who, pnr, dnr, 'ML', 'Utredningsperiod', '2014-10-07 – 2014-11-14'),
        ('h2', 'Aktualisering'),
        ('p', 'Lars-Göran ansökte 2014-10-06 om vård på behandlingshem, efter att hans fru flyttat ut och han '
              'fått en varning från arbetsgivaren (Eslövs kommun, fastighetsenheten).'),
        ('h2', 'Boende'),
        ('p', 'Villa i Marieholm som paret äger gemensamt. Frun har flyttat till en lägenhet i Eslöv och det är '
              'oklart om huset ska säljas.'),
        ('p', '**Analys:** Boendet är tryggat på kort sikt. Frågan om huset skapar stress men kan vänta till '
              'efter behandlingen.'),
        ('h2', 'Försörjning'),
        ('p', 'Fast anställning som fastighetsskötare. Sjukskriven 50 % sedan september. Inga skulder.'),
        ('p', '**Analys:** Anställningen är kvar men arbetsgivaren har i en skriftlig varning krävt att han '
              'genomgår behandling. Arbetsgivaren är positiv till ledighet för behandling.'),
        ('h2', 'Hälsa'),
        ('p', 'Högt blodtryck och förstorad lever enligt företagshälsovården. Abstinenskramp en gång 2013.'),
        ('p', '**Analys:** Lars-Göran har tydliga alkoholrelaterade skador och risk för svår abstinens. '
              'Avgiftning måste ske under medicinsk kontroll.'),
        ('h2', 'Missbruk'),
        ('p', 'Dricker dagligen sedan 15 år, mest vodka. AUDIT 2014-10-09: 30 poäng. Två avgiftningar '
              '(2013, 2014). Har gått på AA men inte haft längre behandling.'),
        ('p', '**Analys:** Ett långvarigt och svårt alkoholberoende. Lars-Göran har inte klarat att vara nykter '
              'mer än kortare perioder efter avgiftningarna.'),
        ('h2', 'Relationer'),
        ('p', 'Frun har flyttat ut men vill att han får hjälp. Vuxna döttrar i Lund och Helsingborg. Nära vän '
              'från AA.'),
        ('p', '**Analys:** Familjen finns kvar omkring honom och vill delta. Relationen till frun är avgörande '
              'för honom.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Lars-Göran har druckit dagligen i femton år och har nu leverpåverkan, högt blodtryck och en '
              'historia av abstinenskramp. Han har inte blivit varaktigt nykter efter två avgiftningar och har '
              'aldrig fått en sammanhållen behandling. Han riskerar både arbete och äktenskap men har en '
              'arbetsgivare och en familj som vill att han kommer tillbaka. Socialtjänsten anser att han först '
              'måste avgiftas under medicinsk kontroll och därefter få en behandling som ger honom verktyg att '
              'förbli nykter, där frun och döttrarna kan delta. Granlidens behandlingshem har egen '
              'avgiftningsavdelning med sjuksköterska och läkare, ett sexmånadersprogram med kognitiv '
              'beteendeterapi och återfallsprevention samt anhörigdagar. Placering på Granliden är därför det '
              'som bäst svarar mot Lars-Görans situation.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Granlidens behandlingshem 2014-12-01 – 2015-05-31, 4 kap. 1 § SoL.'),
        ('sig', ['Eslöv 2014-11-14', 'Mats Lind, socialsekreterare']),
    ]
    C.rl('utredning.pdf', 'utredning', utr, layout='portrait, two-column', header_left=HL,
         header_right='Utredning  ' + dnr, footer_left=FOOT, pn_format='Sida {P}', keep=False)
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är tryggat på kort sikt', 'Anställningen är kvar men',
         'Lars-Göran har tydliga alkoholrelaterade', 'Ett långvarigt och svårt alkoholberoende',
         'Familjen finns kvar omkring honom', 'Lars-Göran har druckit dagligen i femton år',
         'som bäst svarar mot Lars-Görans situation')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'ML', 'Beslutsdatum', '2014-11-18'),
        ('h2', 'Beslut'),
        ('p', 'Institutionsvård vid Granlidens behandlingshem beviljas 2014-12-01 – 2015-05-31. Lagrum: 4 kap. '
              '1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Lars-Göran har ett långvarigt alkoholberoende med kroppsliga skador och risk för svår abstinens. '
              'Han har inte blivit nykter efter avgiftning och har inte fått någon sammanhållen behandling. '
              'Granliden kan avgifta honom under medicinsk kontroll och ge en behandling där familjen kan delta.'),
        ('sig', ['Eva Truedsson', 'Enhetschef, enligt delegation']),
        overklagande(),
    ]
    C.docx('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
           pn_format='Sida {P} av {N}', keep=False)
    C.ev('needs_assessment', 'beslut.pdf', 'Lars-Göran har ett långvarigt alkoholberoende med kroppsliga')

    n, t, tel, mail = OFFICERS['ML']
    up = [
        ('p', 'Granlidens behandlingshem\nAtt: Ingrid Hall, föreståndare\nGranlidsvägen 4\n(adress enligt '
              'avtal)'),
        ('p', 'Eslöv 2014-11-20'),
        ('h2', 'Uppdrag avseende Lars-Göran Svensson, %s' % pnr),
        ('p', 'Socialnämnden har 2014-11-18 beslutat om institutionsvård för Lars-Göran Svensson hos er under '
              'perioden 2014-12-01 – 2015-05-31 (4 kap. 1 § SoL). Vi lämnar härmed följande uppdrag.'),
        ('p', '**Socialnämndens bedömning.** Lars-Göran har ett femtonårigt dagligt alkoholbruk med '
              'leverpåverkan, högt blodtryck och tidigare abstinenskramp. Han har inte blivit varaktigt nykter '
              'efter två avgiftningar. Han behöver avgiftning under medicinsk kontroll följd av en sammanhållen '
              'behandling som ger verktyg att förbli nykter, där frun och döttrarna kan delta.'),
        ('p', '**Uppdraget** omfattar avgiftning på er avdelning, sexmånadersprogrammet (KBT och ÅP), '
              'anhörigdagar för familjen, kontakt med företagshälsovården inför återgång i arbete samt '
              'utslussning med eftervård i Eslöv.'),
        ('p', '**Mål:** Lars-Göran är avgiftad utan komplikationer och därefter nykter under placeringen. Han har '
              'en återfallspreventionsplan och en plan för återgång i arbete vid utskrivning. Blodtryck och '
              'levervärden är kontrollerade.'),
        ('p', '**Uppföljning:** En vårdplan upprättas tillsammans inom två veckor efter inskrivning. Vi följer '
              'upp vid trepartsmöte på Granliden efter cirka tre månader och vid utvärderingsmöte före '
              'utskrivning. Er kontaktperson ringer handläggaren vid avvikelser.'),
        ('p', '**Vid avslut** skickar ni en skriftlig slutrapport till handläggaren senast två veckor efter '
              'utskrivning, med måluppfyllelse, provsvar, medicinsk status och rekommendationer för eftervård.'),
        ('p', '**Ansvarig handläggare** är %s, %s, telefon %s, e-post %s.' % (n, t, tel, mail)),
        ('p', 'Med vänlig hälsning'),
        ('p', 'Mats Lind\nSocialsekreterare, Vuxenenheten'),
    ]
    C.html('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (brev)', up, letterhead=HL, keep=False)
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Lars-Göran har ett femtonårigt dagligt alkoholbruk')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Uppdrag avseende Lars-Göran Svensson',
         'Uppdraget omfattar avgiftning', 'Mål: Lars-Göran är avgiftad', 'Uppföljning: En vårdplan',
         'Vid avslut skickar ni', 'mats.lind@eslov.se')

    vp = [
        ('h1', 'Vårdplan'),
        ('p', '**%s**, %s   Dnr %s   Granlidens behandlingshem 2014-12-01 – 2015-05-31   Upprättad 2014-12-10 '
              '(Lars-Göran, Mats Lind, Per Ek kontaktperson)' % (who, pnr, dnr)),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Avgiftad utan komplikationer', 'Avgiftning enligt läkarordination', 'Granlidens läkare/SSK',
             'Klart senast 2014-12-12'],
            ['Nykter under placeringen', 'KBT/ÅP-program; alkotest dagligen', 'Lars-Göran; Per Ek',
             '2014-12-15 – 2015-05-31'],
            ['Blodtryck och levervärden kontrollerade', 'Provtagning och läkarbesök', 'Granlidens läkare',
             'Prover 2015-01-15 och 2015-04-15'],
            ['Familjen delaktig', 'Anhörigdagar', 'Per Ek bjuder in; Lars-Göran', '2015-01-24, 2015-03-21'],
            ['Plan för återgång i arbete', 'Möte med företagshälsovården och arbetsgivaren', 'Mats Lind',
             'Senast 2015-05-15'],
            ['Eftervård i Eslöv', 'Inskrivning i eftervårdsgrupp, Beroendeenheten', 'Mats Lind; Lars-Göran',
             'Bokad senast 2015-05-20'],
        ], [4.5, 5.5, 4, 4]),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=HL, header_right='Vårdplan  ' + dnr,
         footer_left=FOOT, pn_format='Sida {P}', keep=False)
    C.ev('planning', 'vardplan.pdf', 'Avgiftad utan komplikationer')

    J = [
        ('2014-10-06', '', 'Telefon', 'ML', 'Lars-Göran ringer, vill till behandlingshem.'),
        ('2014-10-09', '', 'Besök', 'ML', 'AUDIT 30. Samtycken FHV, arbetsgivare, fru.'),
        ('2014-11-14', '', 'Utredning', 'ML', 'Utredning klar.'),
        ('2014-11-18', '', 'Beslut', 'ML', 'Granliden beviljat 2014-12-01 - 2015-05-31.'),
        ('2014-11-20', '', 'Uppdrag', 'ML', 'Uppdragsbeskrivning skickad per post till Granliden, att. '
                                            'Ingrid Hall.'),
        ('2014-12-01', '', 'Inskrivning', 'ML', 'LG inskriven, avgiftning påbörjad.'),
        ('2014-12-10', '', 'Vårdplan', 'ML', 'Vårdplan upprättad på Granliden.'),
        ('2015-02-25', '13:00', 'Trepartssamtal', 'ML',
         'Trepartssamtal på Granliden, LG, Per Ek och handl. Avgiftningen gick utan komplikationer. LG har '
         'varit nykter sedan inskrivning, alla alkotester negativa. Blodtrycket har sjunkit, levervärden på '
         'väg ner (prov 15/1). Frun var med på anhörigdagen i januari. Han vill fullfölja. Fortsätter enligt '
         'plan.'),
        ('2015-05-20', '10:00', 'Utvärderingsmöte', 'ML',
         'Utvärderingsmöte inför utskrivning. LG nykter hela placeringen. Återgång i arbete 50 % från 1/6 '
         'enligt plan med FHV. Eftervårdsgrupp på Beroendeenheten från 2015-06-03. Frun och LG ska bo ihop '
         'igen på prov. Utskrivning 2015-05-29.'),
        ('2015-06-10', '', 'Post', 'ML', 'Slutrapport från Granliden inkommen.'),
    ]
    txt = journal_text(['ESLÖVS KOMMUN - SOCIALTJÄNSTEN - VUXENENHETEN',
                        'Journalanteckningar %s %s   Dnr %s' % (who, pnr, dnr), ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Eslövs kommun|Journal|Sida $% av $=', keep=False)
    C.ev('follow_up', 'journal.pdf', 'Trepartssamtal på Granliden, LG, Per Ek', 'Utvärderingsmöte inför '
                                                                                 'utskrivning. LG nykter')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning skickad per post till Granliden')

    parts = ['utredning.pdf', 'beslut.pdf', 'uppdragsbeskrivning.pdf', 'vardplan.pdf', 'journal.pdf']
    offs = {}
    o = 0
    for p in parts:
        offs[p] = o
        o += R.pages_of(C.parts[p])
    vp_page = offs['vardplan.pdf'] + 1
    C.unite('akt_IFO.2014.1290.pdf', 'samlad akt (utredning, beslut, uppdragsbeskrivning, vårdplan, '
                                     'journalanteckningar)', parts, layout='assembled; page %d landscape, '
                                                                           '/Rotate 90' % vp_page,
            rotate='+90:%d' % vp_page)

    C.label('needs_assessment', 'ja', 'Analys per livsområde och "Handläggarens överväganden" (utan ordet '
            'behov) om problemen och varför Granliden; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan (liggande tabell, roterad sida i den samlade akten) med mål, insats, '
            'ansvarig och datum.')
    C.label('follow_up', 'ja', 'Trepartssamtal 2015-02-25 och utvärderingsmöte 2015-05-20 med utfall.')
    C.label('assignment_description', 'ja', 'Brev med bedömning, uppdrag, mål, uppföljning, slutrapport och '
            'handläggarens kontaktuppgifter; journalen visar att det postades 2014-11-20.', present='abcdefg')
    return C


# =====================================================================================
def case15():
    """Annika Rosén. Beroendeenheten. Full assessment, dated plan, complete assignment form;
    the only follow-up is an undated form with an outcome."""
    C = Case(K, 'IFO.2015.0166')
    who, pnr, dnr = 'Annika Rosén', '19020212-3902', 'IFO.2015.0166'
    utr = [
        ('h1', 'Utredning vuxen'),
        head_kv(who, pnr, dnr, 'HF', 'Utredningsperiod', '2015-02-03 – 2015-02-27'),
        ('h2', 'Aktualisering'),
        ('p', 'Annika ansökte 2015-02-02 om hjälp med alkohol efter att ha blivit stoppad i en trafikkontroll '
              'med 0,4 promille på morgonen.'),
        ('h2', 'Boende'),
        ('p', 'Annika bor i hyresrätt i Eslöv med sin son, 16 år.'),
        ('p', '**Bedömning:** Stabilt boende.'),
        ('h2', 'Försörjning'),
        ('p', 'Annika arbetar heltid som kock på en restaurang i Lund. Hon riskerar att förlora körkortet, '
              'vilket gör resorna till arbetet svåra.'),
        ('p', '**Bedömning:** Arbetet är viktigt för Annika och för försörjningen. Behandlingen måste kunna '
              'kombineras med arbetstiderna.'),
        ('h2', 'Hälsa'),
        ('p', 'Annika har migrän och sömnsvårigheter. Hon tar inga mediciner regelbundet.'),
        ('p', '**Bedömning:** Sömnproblemen är sannolikt förknippade med att hon dricker för att somna.'),
        ('h2', 'Missbruk'),
        ('p', 'Annika dricker vin varje kväll efter arbetet, ofta en hel flaska. AUDIT 2015-02-05: 21 poäng. '
              'Ingen tidigare behandling.'),
        ('p', '**Bedömning:** Annika har ett alkoholberoende av måttlig grad med sömnen som en viktig '
              'utlösande faktor. Hon har aldrig fått stöd tidigare och har god insikt.'),
        ('h2', 'Relationer'),
        ('p', 'Sonen bor hos henne. Exmaken bor i Höör. Annika har en syster som hon står nära.'),
        ('p', '**Bedömning:** Sonen påverkas av mammans drickande och bör erbjudas eget stöd genom '
              'Familjeenheten. Systern är ett stöd.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Annika har ett alkoholberoende som hon har insikt om och vill bryta. Hon har arbete, bostad och '
              'stöd från sin syster, men drickandet har börjat få konsekvenser för körkort, sömn och sonen. Hon '
              'har behov av en öppenvårdsbehandling på kvällstid med återfallsprevention och provtagning, samt '
              'stöd för sömnen utan alkohol. Beroendeenhetens kvällsgrupp och enskilda samtal tillgodoser detta '
              'och går att kombinera med hennes arbete.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Beroendeenheten, Eslövs kommun, 2015-03-16 – 2015-09-30, 4 kap. 1 § SoL.'),
        officer_sig('HF', 'Eslöv', '2015-02-27'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=HL)
    C.ev('needs_assessment', 'utredning.pdf', 'Stabilt boende.', 'Arbetet är viktigt för Annika',
         'Sömnproblemen är sannolikt', 'Annika har ett alkoholberoende av måttlig grad',
         'Sonen påverkas av mammans', 'Annika har ett alkoholberoende som hon har insikt om',
         'Beroendeenhetens kvällsgrupp och enskilda samtal tillgodoser')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'HF', 'Beslutsdatum', '2015-03-03'),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård vid Beroendeenheten beviljas 2015-03-16 – 2015-09-30, 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Annikas alkoholberoende påverkar sömn, körkort och sonen. Hon är motiverad och har arbete och '
              'bostad. Kvällsgrupp med återfallsprevention och enskilda samtal motsvarar hennes behov och går '
              'att kombinera med arbetet.'),
        ('sig', ['Hanna Friberg', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Annikas alkoholberoende påverkar sömn')

    n, t, tel, mail = OFFICERS['HF']
    up = [
        ('h1', 'Uppdragsbeskrivning'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Utförare', 'Beroendeenheten, Eslövs kommun'),
                ('Beslut', '2015-03-03, öppenvård 4 kap. 1 § SoL, 2015-03-16 – 2015-09-30'),
                ('Nämndens bedömning av behov', 'Annika har ett alkoholberoende som påverkar sömn, körkort och '
                                                'sonen. Hon behöver behandling på kvällstid med '
                                                'återfallsprevention och provtagning samt stöd för sömnen utan '
                                                'alkohol.'),
                ('Uppdraget omfattar', 'Kvällsgrupp (ÅP) 10 tillfällen, enskilda samtal varannan vecka, PEth '
                                       'månadsvis, sömnskola.'),
                ('Mål', 'Annika är alkoholfri (PEth under 0,05) från maj 2015. Hon sover minst sex timmar per natt '
                        'utan alkohol. Hon har en återfallsplan vid avslut.'),
                ('Uppföljning', 'Genomförandeplan inom två veckor efter start. Uppföljningsmöte med Annika, '
                                'behandlare och handläggare i juni och ett avslutande möte i september.'),
                ('Återrapportering vid avslut', 'Kort skriftlig sammanfattning: närvaro, provsvar, '
                                                'måluppfyllelse och rekommendation.'),
                ('Ansvarig handläggare', '%s, tel %s, %s' % (n, tel, mail)),
                ('Skickad till utförare', '2015-03-09 (internpost)')]),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (formulär)', up, header_left=HL,
           header_right='Uppdragsbeskrivning  ' + dnr, footer_left=FOOT, pn_format='Sida {P} av {N}')
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Hon behöver behandling på kvällstid')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov', 'Uppdraget omfattar',
         'Annika är alkoholfri (PEth', 'Uppföljningsmöte med Annika', 'Återrapportering vid avslut',
         'hanna.friberg@eslov.se', '2015-03-09 (internpost)')

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', 'Beroendeenheten, Eslövs kommun  ·  Klient: %s  ·  Behandlare: Olle Sandberg  ·  Datum: 2015-03-25'
         % who),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Annika är alkoholfri (PEth < 0,05) från maj 2015', 'Kvällsgrupp ÅP onsdagar 18–20; PEth '
                                                                 'första måndagen i månaden',
             'Annika; Olle Sandberg', 'Grupp 2015-03-18 – 2015-05-20; PEth fr.o.m. 2015-04-06'],
            ['Annika sover minst sex timmar utan alkohol', 'Sömnskola 3 tillfällen, sömndagbok',
             'Olle Sandberg', '2015-04-08, 2015-04-15, 2015-04-22'],
            ['Annika har en återfallsplan', 'Enskilda samtal varannan vecka', 'Annika; Olle Sandberg',
             'Klar senast 2015-09-15'],
            ['Sonen har erbjudits eget stöd', 'Information om Familjeenhetens ungdomsgrupp', 'Olle Sandberg',
             'Senast 2015-04-30'],
        ], [5, 5, 3.5, 4.5]),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan', gfp, layout='landscape',
         header_left='Eslövs kommun – Beroendeenheten', header_right='Genomförandeplan', footer_left='',
         pn_format='{P}')
    C.ev('planning', 'genomforandeplan.pdf', 'Annika är alkoholfri (PEth')

    uf = [
        ('h1', 'Uppföljning av insats'),
        ('kv', [('Klient', who), ('Insats', 'Öppenvård, Beroendeenheten'), ('Datum', ''),
                ('Närvarande', 'Annika, Olle Sandberg (behandlare), Hanna Friberg (socialsekreterare)')]),
        ('h3', 'Hur har insatsen fungerat?'),
        ('p', 'Annika har deltagit i nio av tio gruppträffar och i de enskilda samtalen. PEth har legat under '
              '0,05 sedan andra provet. Hon sover bättre men vaknar fortfarande tidigt. Körkortet är återkallat '
              'i sex månader; hon åker buss till arbetet. Sonen går i ungdomsgruppen på Familjeenheten.'),
        ('h3', 'Måluppfyllelse'),
        ('checks', [(True, 'Alkoholfri – uppnått'), (False, 'Sömn minst sex timmar – delvis'),
                    (False, 'Återfallsplan – pågår')]),
        ('h3', 'Fortsatt planering'),
        ('p', 'Samtalen fortsätter varannan vecka till insatsens slut. Återfallsplanen ska vara klar till '
              'avslutet.'),
        ('p', 'Datum och underskrift: ______________________'),
    ]
    C.rl('uppfoljning.pdf', 'uppföljning (odaterad)', uf, header_left='Eslövs kommun – Beroendeenheten',
         header_right='Uppföljning', footer_left='Blankett BE-04', pn_format='')
    C.ev('follow_up', 'uppfoljning.pdf', 'Annika har deltagit i nio av tio gruppträffar')

    J = [
        ('2015-02-02', '', 'Telefon', 'HF', 'Annika ringer efter rattfylleriet, vill ha hjälp.'),
        ('2015-02-05', '', 'Besök', 'HF', 'AUDIT 21. Samtycke VC, syster.'),
        ('2015-02-27', '', 'Utredning', 'HF', 'Utredning klar.'),
        ('2015-03-03', '', 'Beslut', 'HF', 'Öppenvård Beroendeenheten beviljad.'),
        ('2015-03-09', '', 'Uppdrag', 'HF', 'Uppdragsbeskrivning skickad med internpost till Beroendeenheten.'),
        ('2015-03-16', '', 'Start', 'HF', 'Annika startar på Beroendeenheten.'),
        ('2015-03-26', '', 'Inkommen', 'HF', 'GFP från Beroendeenheten.'),
        ('2015-04-02', '', 'Anmälan', 'HF', 'Information till Familjeenheten om sonen (med Annikas samtycke).'),
    ]
    txt = journal_text(['ESLÖVS KOMMUN - SOCIALTJÄNSTEN - VUXENENHETEN',
                        'Journal %s %s   Dnr %s   (HF = Hanna Friberg)' % (who, pnr, dnr), ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Eslövs kommun|Journal ' + dnr + '|Sida $% av $=')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning skickad med internpost')

    C.label('needs_assessment', 'ja', 'Bedömning per livsområde och "Sammanfattande bedömning" med behov och '
            'varför Beroendeenheten; beslutet har skäl.')
    C.label('planning', 'ja', 'Genomförandeplan med mätbara mål, insats, ansvarig och datum.')
    C.label('follow_up', 'delvis', 'Uppföljningsblanketten har utfall och måluppfyllelse men datumfältet är tomt '
            'och ingen journalanteckning daterar uppföljningen.')
    C.label('assignment_description', 'ja', 'Formulär med alla delar a–f och "Skickad till utförare '
            '2015-03-09", även i journalen.', present='abcdefg')
    return C


# =====================================================================================
def case16():
    """Dennis Bergqvist. Framsteg Öppenvård AB. Template placeholder instead of assessment, doctor's
    assessment quoted, empty plan form, follow-up with outcome, assignment without needs and goals."""
    C = Case(K, 'IFO.2015.0630')
    who, pnr, dnr = 'Dennis Bergqvist', '19010114-5593', 'IFO.2015.0630'
    utr = [
        ('h1', 'Utredning vuxen'),
        head_kv(who, pnr, dnr, 'ML', 'Utredningsperiod', '2015-05-11 – 2015-06-05'),
        ('h2', 'Aktualisering'),
        ('p', 'Dennis remitterades från Beroendecentrum i Lund efter avslutad abstinensbehandling 2015-05-08. '
              'Han ansöker om öppenvård.'),
        ('h2', 'Boende'),
        ('p', 'Dennis bor hos sin mormor i Eslöv sedan han förlorade sin lägenhet i Malmö.'),
        ('p', '**Bedömning:** [Skriv bedömning]'),
        ('h2', 'Försörjning'),
        ('p', 'Försörjningsstöd. Skulder hos Kronofogden.'),
        ('p', '**Bedömning:** [Skriv bedömning]'),
        ('h2', 'Hälsa'),
        ('p', 'Enligt remissen från Beroendecentrum bedömer läkaren att Dennis har ett amfetaminberoende '
              '(F15.2) och ett skadligt bruk av alkohol, och rekommenderar fortsatt öppenvårdsbehandling med '
              'urinkontroller. Dennis har ADHD-diagnos sedan barndomen men ingen medicinering.'),
        ('h2', 'Missbruk'),
        ('p', 'Amfetamin sedan tonåren, periodvis dagligen. Alkohol i samband med amfetamin. DUDIT 31 p.'),
        ('h2', 'Relationer'),
        ('p', 'Mormodern är hans viktigaste kontakt. Han har en dotter, 3 år, som bor med sin mamma i Malmö.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', '<Beskriv den enskildes behov och hur den föreslagna insatsen ska tillgodose behoven.>'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård hos Framsteg Öppenvård AB, 4 kap. 1 § SoL.'),
        officer_sig('ML', 'Eslöv', '2015-06-05'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right='Utredning  ' + dnr,
           footer_left=FOOT, pn_format='Sida {P} av {N}')

    bes = [
        ('h1', 'BESLUT'),
        ('kv', [('Namn', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Beslutsdatum', '2015-06-09')]),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård hos Framsteg Öppenvård AB beviljas fr.o.m. 2015-06-15 under sex månader. Lagrum: 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Se utredning.'),
        ('sig', ['Mats Lind', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.html('beslut.pdf', 'beslut', bes, letterhead=HL)

    n, t, tel, mail = OFFICERS['ML']
    up = [
        ('h1', 'Uppdragsbeskrivning – öppenvård'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr),
                ('Utförare', 'Framsteg Öppenvård AB, Eslöv – kontaktperson Camilla Nord'),
                ('Beslut', '2015-06-09, fr.o.m. 2015-06-15 i sex månader'),
                ('Nämndens bedömning av behov', ''),
                ('Uppdraget omfattar', 'Individuella samtal en gång/vecka (ÅP), urinprov vid varje besök, '
                                       'stöd i kontakt med psykiatrin angående ADHD-medicinering.'),
                ('Mål med insatsen', ''),
                ('Uppföljning', 'Uppföljningsmöte efter två månader (klient, utförare, handläggare) och vid '
                                'avslut. Utföraren meddelar handläggaren vid två uteblivna besök i följd.'),
                ('Återrapportering vid avslut', 'Skriftlig slutrapport inom 14 dagar: närvaro, provsvar, '
                                                'hur insatsen fungerat, rekommendation.'),
                ('Ansvarig handläggare', '%s, %s, %s' % (n, tel, mail)),
                ('Skickad till utförare', '2015-06-12 via e-post')]),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (formulär)', up, header_left=HL,
           header_right='Uppdragsbeskrivning  ' + dnr, footer_left=FOOT, pn_format='Sida {P} av {N}')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Uppdraget omfattar', 'Uppföljningsmöte efter två '
                                                                                     'månader',
         'Skriftlig slutrapport inom 14 dagar', 'mats.lind@eslov.se', '2015-06-12 via e-post')

    gfp = [
        ('h1', 'GENOMFÖRANDEPLAN'),
        ('p', '**Framsteg Öppenvård AB**'),
        ('p', 'Namn: ______________________   Personnummer: ______________   Datum: ____________   '
              'Behandlare: ______________________'),
        ('table', ['Övergripande mål', 'Delmål', 'Aktivitet / insats', 'Ansvarig', 'Klart senast'],
         [['', '', '', '', ''], ['', '', '', '', ''], ['', '', '', '', ''], ['', '', '', '', '']],
         [4, 4, 5, 3, 2.5]),
        ('p', 'Uppföljning av planen (datum): ____________'),
        ('p', 'Underskrift klient: ______________________   Underskrift behandlare: ______________________'),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan (tom mall)', gfp, layout='landscape',
         header_left='Framsteg Öppenvård AB', header_right='Mall GFP v.3', footer_left='', pn_format='')

    J = [
        ('2015-05-11', '', 'Remiss', 'ML', 'Remiss från Beroendecentrum Lund. Dennis ansöker om öppenvård.'),
        ('2015-05-13', '', 'Besök', 'ML', 'Samtal m Dennis och mormor. DUDIT 31p.'),
        ('2015-06-05', '', 'Utredning', 'ML', 'Utredning klar.'),
        ('2015-06-09', '', 'Beslut', 'ML', 'Öppenvård Framsteg beviljad.'),
        ('2015-06-12', '', 'Uppdrag', 'ML', 'Uppdragsbeskrivning mejlad till Camilla Nord, Framsteg.'),
        ('2015-06-15', '', 'Start', 'ML', 'Dennis har börjat på Framsteg.'),
        ('2015-06-22', '', 'Post', 'ML', 'Framsteg har skickat sin GFP-mall, inte ifylld. Ska fyllas i vid '
                                         'nästa träff enl Camilla.'),
        ('2015-08-19', '10:00', 'Uppföljning', 'ML',
         'Vi träffades för att se hur det gått (Dennis, Camilla Nord och handl.) på Framsteg. Dennis har '
         'kommit på 8 av 9 samtal. Urinproven negativa för amfetamin sedan start, ett positivt för alkohol i '
         'juli. Han har fått tid hos psykiatrin för ADHD-bedömning i september. Bor kvar hos mormor, söker '
         'lägenhet. Överens om att fortsätta som nu.'),
        ('2015-09-17', '', 'Telefon', 'ML', 'Camilla N. medelar att Dennis uteblivit två ggr i sept. Handl. '
                                            'ringer Dennis, inget svar. Brev skickat.'),
    ]
    txt = journal_text(['ESLÖVS KOMMUN - SOCIALTJÄNSTEN - VUXENENHETEN',
                        'Journal %s %s   Dnr %s   (ML = Mats Lind)' % (who, pnr, dnr), ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Eslövs kommun|Journal ' + dnr + '|Sida $% av $=')
    C.ev('follow_up', 'journal.pdf', 'Vi träffades för att se hur det gått')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning mejlad till Camilla Nord')

    C.label('needs_assessment', 'nej', 'Bedömningsfälten innehåller bara mallens platshållare; den enda '
            'bedömningen är läkarens i remissen; beslutets skäl hänvisar till utredningen.')
    C.label('planning', 'nej', 'Genomförandeplanen är en tom mall där alla fält saknar innehåll.')
    C.label('follow_up', 'ja', 'Uppföljningsmöte 2015-08-19 i journalen ("vi träffades för att se hur det '
            'gått") med utfall.')
    C.label('assignment_description', 'delvis', 'Formuläret har uppdrag, uppföljning, återrapportering, '
            'handläggare och skickat-datum, men fälten för nämndens bedömning och mål är tomma.',
            present='bdefg')
    return C


CASES = [case13, case14, case15, case16]
