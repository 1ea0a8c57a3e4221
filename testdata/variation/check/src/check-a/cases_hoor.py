# -*- coding: utf-8 -*-
from framework import Case, journal_text, journal_blocks, journal_troff, wrap
from common import OFFICERS, OFFICES, hl, head_kv, officer_sig, overklagande
import render as R

K = 'Höör'
HL = 'Höörs kommun  ·  Individ- och familjeomsorgen  ·  Vuxengruppen'
FOOT = 'Höörs kommun IFO – utskrift 2015-09-29'


# =====================================================================================
def case17():
    """Emma Sjöberg. Öppenvårdsmottagningen Höör. All documented: assessment without the word
    'behov', letter assignment, free-text plan, journal in groff."""
    C = Case(K, 'SOC 2015/93')
    who, pnr, dnr = 'Emma Sjöberg', '19021119-2567', 'SOC 2015/93'
    utr = [
        ('h1', 'Utredning – vuxen'),
        head_kv(who, pnr, dnr, 'SW', 'Utredningsperiod', '2015-02-10 – 2015-03-13'),
        ('h2', 'Aktualisering'),
        ('p', 'Emma sökte själv kontakt 2015-02-09. Hon har under hösten fått lugnande tabletter (Sobril) av '
              'sin läkare och märkt att hon inte kan vara utan dem, och hon dricker vin för att sova.'),
        ('h2', 'Boende'),
        ('p', 'Emma bor i villa i Tjörnarp med sin man och två barn, 7 och 10 år.'),
        ('p', '**Analys:** Boendet är tryggt och inget område som kräver insatser.'),
        ('h2', 'Försörjning'),
        ('p', 'Emma är förskollärare och sjukskriven på 50 % sedan december 2014 för utmattning.'),
        ('p', '**Analys:** Sjukskrivningen och den planerade återgången i arbete är en del av bilden. '
              'Behandlingen behöver ske på tider som går att förena med arbetsträningen.'),
        ('h2', 'Hälsa'),
        ('p', 'Utmattningssyndrom diagnostiserat i november 2014. Sömnsvårigheter och ångest. Sobril förskrivet '
              'av vårdcentralen; Emma tar mer än ordinerat.'),
        ('p', '**Analys:** Emmas tablettbruk började som behandling men har gått över i ett beroende. '
              'Nedtrappningen måste ske i samråd med förskrivande läkare.'),
        ('h2', 'Missbruk'),
        ('p', 'Vin 3–4 glas de flesta kvällar sedan i höstas. AUDIT 2015-02-12: 14 poäng. DUDIT 2015-02-12: '
              '9 poäng (lugnande läkemedel). Ingen tidigare behandling.'),
        ('p', '**Analys:** Kombinationen av alkohol och bensodiazepiner är riskabel. Emma har god insikt och '
              'agerar tidigt, vilket talar för goda möjligheter i öppenvård.'),
        ('h2', 'Relationer'),
        ('p', 'Maken stöttar. Emma oroar sig för hur barnen påverkas och skäms över att ha "tappat kontrollen".'),
        ('p', '**Analys:** Familjen är en tillgång; maken vill delta. Barnens situation följs och de kan '
              'erbjudas samtal om familjen önskar.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Emma har utvecklat ett beroende av lugnande tabletter och ett riskabelt alkoholbruk i samband med '
              'utmattning, sömnproblem och ångest. Hon har arbete, familj och stark motivation. För att bli fri '
              'från tabletterna och alkoholen krävs en nedtrappning i samarbete med vårdcentralen, behandling som '
              'ger henne andra sätt att hantera sömn och ångest, och stöd som går att kombinera med '
              'arbetsträningen. Öppenvårdsmottagningen i Höör erbjuder individuell KBT-inriktad behandling och '
              'återfallsprevention, samordnar nedtrappning med vårdcentralen och kan ta emot maken i '
              'anhörigsamtal. Mot denna bakgrund föreslås öppenvård vid mottagningen.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Öppenvårdsmottagningen Höör 2015-03-23 – 2015-09-30, 4 kap. 1 § SoL.'),
        officer_sig('SW', 'Höör', '2015-03-13'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right='Utredning  ' + dnr,
           footer_left=FOOT, pn_format='Sida {P} ({N})')
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är tryggt och inget område', 'Sjukskrivningen och den '
                                                                                    'planerade',
         'Emmas tablettbruk började som behandling', 'Kombinationen av alkohol och bensodiazepiner',
         'Familjen är en tillgång', 'Emma har utvecklat ett beroende av lugnande tabletter',
         'Mot denna bakgrund föreslås öppenvård')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'SW', 'Beslutsdatum', '2015-03-17'),
        ('h2', 'Beslut'),
        ('p', 'Emma Sjöberg beviljas öppenvård vid Öppenvårdsmottagningen Höör 2015-03-23 – 2015-09-30 med stöd '
              'av 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Emma har ett beroende av lugnande tabletter och ett riskabelt alkoholbruk. Hon är motiverad och '
              'har arbete och familj. Mottagningens behandling, samordnad med vårdcentralen och möjlig att '
              'kombinera med arbetsträningen, ger henne förutsättningar att bli fri från tabletter och alkohol.'),
        ('sig', ['Sofia Wahlgren', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Emma har ett beroende av lugnande tabletter och ett riskabelt')

    n, t, tel, mail = OFFICERS['SW']
    up = [
        ('p', 'Öppenvårdsmottagningen Höör\nAtt. Jan Persson, samordnare'),
        ('p', 'Höör 2015-03-18'),
        ('h2', 'Uppdragsbeskrivning – Emma Sjöberg, %s' % pnr),
        ('p', 'Individ- och familjeomsorgen har 2015-03-17 beviljat Emma Sjöberg öppenvård hos er 2015-03-23 – '
              '2015-09-30 (4 kap. 1 § SoL). Utredningen bifogas.'),
        ('h3', 'Vår bedömning'),
        ('p', 'Emma har utvecklat ett beroende av Sobril och ett riskabelt alkoholbruk i samband med utmattning, '
              'sömnproblem och ångest. Hon är motiverad och har familj och arbete. Hon behöver en nedtrappning '
              'samordnad med vårdcentralen, behandling för sömn och ångest utan beroendeframkallande medel och '
              'stöd som kan kombineras med arbetsträningen.'),
        ('h3', 'Uppdraget'),
        ('p', 'Individuella samtal (KBT/ÅP) en gång i veckan, samordning av nedtrappningen med '
              'vårdcentralen, alkotest vid besöken och två anhörigsamtal med maken.'),
        ('h3', 'Mål'),
        ('p', 'Emma har trappat ut Sobril helt senast 2015-06-30. Hon dricker ingen alkohol under behandlingen. '
              'Hon har strategier för sömn och ångest och en återfallsplan när insatsen avslutas.'),
        ('h3', 'Uppföljning'),
        ('p', 'Ni upprättar en genomförandeplan tillsammans med Emma inom två veckor och skickar den till mig. '
              'Vi följer upp vid ett gemensamt möte med Emma efter cirka tre månader och vid avslut.'),
        ('h3', 'När insatsen avslutas'),
        ('p', 'Skicka en skriftlig sammanfattning inom två veckor: genomförda samtal, måluppfyllelse, '
              'eventuella återfall och rekommendation om fortsatt stöd.'),
        ('h3', 'Kontakt'),
        ('p', 'Ansvarig handläggare: %s, %s, telefon %s, e-post %s.' % (n, t, tel, mail)),
        ('p', 'Vänliga hälsningar\n\nSofia Wahlgren'),
    ]
    C.html('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (brev)', up, letterhead=HL)
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Hon behöver en nedtrappning samordnad')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Uppdragsbeskrivning – Emma Sjöberg', 'Vår bedömning',
         'Emma har trappat ut Sobril helt', 'Vi följer upp vid ett gemensamt möte', 'När insatsen avslutas',
         'sofia.wahlgren@hoor.se')

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', 'Öppenvårdsmottagningen Höör. Klient: Emma Sjöberg. Behandlare: Malin Grönlund. Planen gjordes '
              'tillsammans med Emma 2015-03-31.'),
        ('p', 'Emmas övergripande mål är att bli fri från Sobril och alkohol och att orka tillbaka till '
              'arbetet på heltid.'),
        ('p', 'Under april och maj träffar Emma Malin Grönlund varje tisdag kl. 8.30 för samtal med '
              'KBT-inriktning om sömn och ångest. Emma för sömndagbok som vi går igenom varje gång. Målet är att '
              'Emma senast 2015-05-31 sover minst sex timmar de flesta nätter utan tabletter.'),
        ('p', 'Nedtrappningen av Sobril görs enligt ett schema som Emmas läkare på vårdcentralen (dr Holm) '
              'skriver. Malin kontaktar vårdcentralen senast 2015-04-10 och stämmer sedan av med läkaren varannan '
              'vecka. Målet är att Sobril är helt utsatt senast 2015-06-30.'),
        ('p', 'Emma dricker ingen alkohol under behandlingen. Alkotest vid varje besök; Malin ansvarar.'),
        ('p', 'Maken bjuds in till anhörigsamtal 2015-04-21 och 2015-05-19. Malin skickar kallelse.'),
        ('p', 'Från juni arbetar Emma och Malin fram en skriftlig återfallsplan, som ska vara klar senast '
              '2015-09-15.'),
        ('p', 'Planen följs upp vid uppföljningsmötet med socialsekreteraren i juni och revideras då.'),
        ('sig', ['Emma Sjöberg                 Malin Grönlund']),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan (fritext)', gfp, header_left='Öppenvårdsmottagningen Höör',
         header_right='Genomförandeplan', footer_left='', pn_format='')
    C.ev('planning', 'genomforandeplan.pdf', 'Emmas övergripande mål', 'återfallsplan, som ska vara klar')

    J = [
        ('2015-02-09', '', 'Telefon', 'Sofia Wahlgren', 'Emma ringer själv, vill ha hjälp med tabletter och vin.'),
        ('2015-02-12', '', 'Besök', 'Sofia Wahlgren', 'AUDIT 14, DUDIT 9. Samtycke VC.'),
        ('2015-03-13', '', 'Utredning', 'Sofia Wahlgren', 'Utredning klar.'),
        ('2015-03-17', '', 'Beslut', 'Sofia Wahlgren', 'Öppenvård beviljad.'),
        ('2015-03-18', '', 'Uppdrag', 'Sofia Wahlgren', 'Uppdragsbeskrivning och utredning lämnade till Jan '
                                                        'Persson på mottagningen (internpost).'),
        ('2015-03-23', '', 'Start', 'Sofia Wahlgren', 'Emma har börjat.'),
        ('2015-04-07', '', 'Post', 'Sofia Wahlgren', 'Genomförandeplan inkommen.'),
        ('2015-06-23', '13:00', 'Uppföljningsmöte', 'Sofia Wahlgren',
         'Uppföljningsmöte på mottagningen med Emma och Malin Grönlund. Emma har trappat ned Sobril till en '
         'halv tablett till natten, utsättning beräknas i juli i stället för juni (läkarens bedömning att '
         'ta det långsammare). Inga positiva alkotest. Sover 5–6 timmar. Anhörigsamtalen genomförda. Emma '
         'arbetar 75 % sedan 1 juni. Planen revideras: nytt datum för utsättning 2015-07-31, i övrigt '
         'fortsätter vi som förut.'),
        ('2015-08-12', '', 'Telefon', 'Sofia Wahlgren', 'Avstämning med Malin G: Sobril utsatt 2015-07-28. Emma '
                                                        'mår bra.'),
    ]
    body = journal_troff('Journalanteckningar', ['%s  %s' % (who, pnr), 'Dnr %s' % dnr,
                                                 'Handläggare: Sofia Wahlgren'], J)
    C.groff('journal.pdf', 'journalanteckningar', body, 'Höörs kommun', 'Journal ' + dnr, FOOT)
    C.ev('follow_up', 'journal.pdf', 'Uppföljningsmöte på mottagningen med Emma', 'Avstämning med Malin G')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning och utredning lämnade till Jan')

    C.label('needs_assessment', 'ja', 'Analys per livsområde och "Handläggarens överväganden" (utan ordet '
            'behov) om Emmas problem och varför mottagningen; beslutet har skäl.')
    C.label('planning', 'ja', 'Genomförandeplan i fritext med daterade mål, vad som görs, av vem och när.')
    C.label('follow_up', 'ja', 'Uppföljningsmöte 2015-06-23 och avstämning 2015-08-12 med utfall.')
    C.label('assignment_description', 'ja', 'Brev med bedömning, uppdrag, mål, uppföljning, återrapportering '
            'och kontaktuppgifter; journalen 2015-03-18 visar överlämnandet.', present='abcdefg')
    return C


# =====================================================================================
def case18():
    """Bengt Olsson. HVB Björkängen. Assessment, plan and assignment fine; the only follow-up is a
    dated note without any outcome."""
    C = Case(K, 'SOC 2014/211')
    who, pnr, dnr = 'Bengt Olsson', '19000103-4152', 'SOC 2014/211'
    utr = [
        ('h1', 'Utredning vuxen'),
        head_kv(who, pnr, dnr, 'UA', 'Utredningsperiod', '2014-09-09 – 2014-10-03'),
        ('h2', 'Aktualisering'),
        ('p', 'Bengt ansökte 2014-09-08 om behandlingshem efter en period med kraftigt drickande sedan hans fru '
              'avled i våras.'),
        ('h2', 'Boende'),
        ('p', 'Bengt bor ensam i sitt hus i Höör. Huset är i dåligt skick och han har inte betalat elräkningen.'),
        ('p', '**Bedömning:** Boendet är kvar men vardagen har brutit samman. Hemmet behöver ordnas inför '
              'hemkomsten.'),
        ('h2', 'Försörjning'),
        ('p', 'Ålderspension och tjänstepension. Obetalda räkningar för ca 15 000 kr.'),
        ('p', '**Bedömning:** Inkomsterna räcker; räkningarna beror på att han inte orkat sköta ekonomin.'),
        ('h2', 'Hälsa'),
        ('p', 'Förmaksflimmer, behandlas med blodförtunnande läkemedel. Bengt har fallit två gånger i hemmet '
              'under sommaren.'),
        ('p', '**Bedömning:** Alkoholen i kombination med blodförtunnande läkemedel innebär en medicinsk risk. '
              'Bengt behöver läkarkontakt under behandlingen.'),
        ('h2', 'Missbruk'),
        ('p', 'Bengt har druckit måttligt hela livet men sedan hustruns död i april dricker han sprit dagligen. '
              'AUDIT 2014-09-11: 28 poäng. Ingen tidigare behandling.'),
        ('p', '**Bedömning:** Drickandet är en följd av sorgen och har snabbt blivit ett beroende. Bengt har '
              'inte klarat att bryta det på egen hand.'),
        ('h2', 'Relationer'),
        ('p', 'Två vuxna söner i Stockholm och Lund. Sonen i Lund har ringt socialtjänsten av oro. Bengt har '
              'dragit sig undan vänner och föreningsliv.'),
        ('p', '**Bedömning:** Bengt är isolerad i sin sorg. Sönerna vill vara delaktiga.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Bengt har på kort tid utvecklat ett alkoholberoende i samband med sorgen efter hustrun. Han dricker '
              'dagligen trots förmaksflimmer och blodförtunnande medicinering, har slutat sköta hem och ekonomi '
              'och har isolerat sig. Han har behov av att komma bort från hemmet en period, bli avgiftad med '
              'medicinsk kontroll och få behandling där sorgen bearbetas tillsammans med beroendet. Björkängen '
              'har sjuksköterska, tar emot äldre och har sorgbearbetning i programmet. En placering på tre till '
              'sex månader bedöms tillgodose Bengts behov.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Behandlingshemmet Björkängen 2014-10-20 – 2015-04-19, 4 kap. 1 § SoL.'),
        officer_sig('UA', 'Höör', '2014-10-03'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=HL)
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är kvar men vardagen', 'Inkomsterna räcker',
         'Alkoholen i kombination med blodförtunnande', 'Drickandet är en följd av sorgen', 'Bengt är isolerad',
         'Bengt har på kort tid utvecklat', 'tillgodose Bengts behov')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'UA', 'Beslutsdatum', '2014-10-07'),
        ('h2', 'Beslut'),
        ('p', 'Institutionsvård vid Behandlingshemmet Björkängen 2014-10-20 – 2015-04-19, 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Bengt har utvecklat ett alkoholberoende efter hustruns död och dricker dagligen trots medicinsk '
              'risk. Han behöver avgiftning under medicinsk kontroll och behandling där sorgen bearbetas. '
              'Björkängen kan erbjuda detta.'),
        ('sig', ['Ulf Ahlström', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.docx('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
           pn_format='Sida {P} ({N})')
    C.ev('needs_assessment', 'beslut.pdf', 'Bengt har utvecklat ett alkoholberoende efter hustruns')

    n, t, tel, mail = OFFICERS['UA']
    mh = R.email_html('Ulf Ahlström', [
        ('Från:', 'Ahlström Ulf <%s>' % mail),
        ('Skickat:', 'den 9 oktober 2014 11:02'),
        ('Till:', 'Björkängen <kontakt@bjorkangen-behandling.se>'),
        ('Ämne:', 'Uppdragsbeskrivning Bengt Olsson – inskrivning 20/10'),
    ], [
        'Hej Agneta,',
        'Tack för samtalet i går. Här kommer uppdragsbeskrivningen för Bengt Olsson (19000103-4152).',
        '**Nämndens bedömning:** Bengt har efter hustruns död i april utvecklat ett alkoholberoende. Han dricker '
        'dagligen trots förmaksflimmer och blodförtunnande medicin, har slutat sköta hem och ekonomi och är '
        'isolerad. Han behöver avgiftning med medicinsk kontroll och behandling där sorgen bearbetas '
        'tillsammans med beroendet.',
        '**Uppdrag:** Avgiftning under sjuksköterskas/läkares kontroll, ert behandlingsprogram inkl. '
        'sorgbearbetning, samtal med sönerna, stöd i att ordna ekonomin (räkningar).',
        '**Mål:** Bengt är nykter under placeringen och har medicinsk kontroll av hjärtmedicineringen. Han har '
        'bearbetat sorgen så långt att han kan tänka sig att bo hemma igen, och har ett nyktert socialt '
        'sammanhang (t.ex. PRO, AA, kyrkans sorggrupp) vid hemgång.',
        '**Uppföljning:** Vårdplan upprättas inom två veckor. Jag kommer på uppföljningsmöte efter ca fyra '
        'månader och på ett avslutande möte.',
        '**Återrapportering:** Slutrapport till mig inom två veckor efter utskrivning (måluppfyllelse, '
        'nykterhet, hälsa, rekommendation för eftervård).',
        'Hälsningar',
    ], ['Ulf Ahlström', 'Socialsekreterare, Vuxengruppen', 'Höörs kommun', 'Tel %s' % tel])
    C.chrome('uppdrag_mejl.pdf', 'uppdragsbeskrivning (e-post)', mh)
    C.ev('needs_assessment', 'uppdrag_mejl.pdf', 'Bengt har efter hustruns död i april')
    C.ev('assignment_description', 'uppdrag_mejl.pdf', 'den 9 oktober 2014 11:02', 'Uppdrag:', 'Mål:',
         'Uppföljning:', 'Återrapportering:', 'Tel 0413-281 90')

    vp = [
        ('h1', 'Vårdplan'),
        ('p', '**%s**, %s   ·   %s   ·   Behandlingshemmet Björkängen 2014-10-20 – 2015-04-19   ·   Upprättad '
              '2014-10-29 av Bengt, Ulf Ahlström och Agneta Blom (Björkängen)' % (who, pnr, dnr)),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Bengt är avgiftad och nykter', 'Avgiftning, därefter alkotest dagligen', 'Björkängen (SSK)',
             'Avgiftning klar 2014-10-27; nykterhet hela placeringen'],
            ['Hjärtmedicineringen är kontrollerad', 'Läkarbesök, INR-prover', 'Björkängens läkare',
             'Första besök senast 2014-11-05'],
            ['Bengt har bearbetat sorgen', 'Sorggrupp varje vecka, enskilda samtal', 'Agneta Blom',
             'November 2014 – mars 2015'],
            ['Räkningarna är betalda och ekonomin ordnad', 'Genomgång av post, autogiro', 'Bengt; Agneta Blom',
             'Klart 2014-12-31'],
            ['Nyktert socialt sammanhang vid hemgång', 'Kontakt med kyrkans sorggrupp och PRO i Höör',
             'Ulf Ahlström; Bengt', 'Senast 2015-04-01'],
        ], [4.6, 5, 4, 4.6]),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=HL, header_right='Vårdplan  ' + dnr,
         footer_left=FOOT, pn_format='Sida {P}')
    C.ev('planning', 'vardplan.pdf', 'Bengt är avgiftad och nykter')

    J = [
        ('2014-09-08', '', 'Telefon', 'UA', 'Bengt ringer, sonen har pratat m honom. Vill till behandlingshem.'),
        ('2014-09-11', '', 'Hembesök', 'UA', 'AUDIT 28p. Samtycke söner, VC.'),
        ('2014-10-03', '', 'Utredning', 'UA', 'Utredning klar.'),
        ('2014-10-07', '', 'Beslut', 'UA', 'Björkängen beviljat.'),
        ('2014-10-09', '', 'Uppdrag', 'UA', 'Uppdragsbeskr. mejlad till Björkängen (Agneta Blom).'),
        ('2014-10-20', '', 'Inskrivning', 'UA', 'Bengt inskriven, sonen körde.'),
        ('2014-10-29', '', 'Vårdplan', 'UA', 'Vårdplan upprättad på Björkängen.'),
        ('2015-02-18', '', 'Uppföljning', 'UA', 'Uppf. genomförd på Björkängen.'),
        ('2015-03-16', '', 'Ekonomi', 'UA', 'Faktura Björkängen feb attesterad.'),
        ('2015-06-02', '', 'Notering', 'UA', 'Slutrapport från Björkängen ej inkommen, påminnelse mejlad.'),
    ]
    txt = journal_text(['HÖÖRS KOMMUN  IFO  VUXENGRUPPEN',
                        'Journal: %s (%s)  Dnr %s   UA = Ulf Ahlström' % (who, pnr, dnr), ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Höörs kommun|Journal ' + dnr + '|Sida $% av $=')
    C.ev('follow_up', 'journal.pdf', 'Uppf. genomförd på Björkängen')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskr. mejlad till Björkängen')

    C.label('needs_assessment', 'ja', 'Bedömning per livsområde och "Sammanfattande bedömning" med behov och '
            'varför Björkängen; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan med mål, insatser, ansvarig och datum.')
    C.label('follow_up', 'delvis', 'Enda uppföljningen är journalanteckningen 2015-02-18 "Uppf. genomförd på '
            'Björkängen" utan något utfall.')
    C.label('assignment_description', 'ja', 'E-post 2014-10-09 med bedömning, uppdrag, mål, uppföljning, '
            'återrapportering och handläggarens kontaktuppgifter.', present='abcdefg')
    return C


# =====================================================================================
def case19():
    """Kristoffer Lund. Öppenvårdsmottagningen Höör. Assessment OK; plan without goals; follow-up booked and
    cancelled, then 'planeras till november'; complete assignment form."""
    C = Case(K, 'SOC 2015/148')
    who, pnr, dnr = 'Kristoffer Lund', '19020504-1136', 'SOC 2015/148'
    utr = [
        ('h1', 'Utredning – vuxen'),
        head_kv(who, pnr, dnr, 'SW', 'Utredningsperiod', '2015-03-17 – 2015-04-10'),
        ('h2', 'Aktualisering'),
        ('p', 'Kristoffer ansökte 2015-03-16 om stöd för att sluta röka cannabis. Han har fått en varning '
              'från sin arbetsgivare efter ett positivt drogtest.'),
        ('h2', 'Boende'),
        ('p', 'Bor i hyreslägenhet i Höör centrum med sin flickvän.'),
        ('p', '**Bedömning:** Stabilt boende.'),
        ('h2', 'Försörjning'),
        ('p', 'Anställd som snickare. Arbetsgivaren kräver behandling och negativa drogtester för att han ska få '
              'vara kvar.'),
        ('p', '**Bedömning:** Anställningen är hotad men kan räddas. Behandlingen måste gå att kombinera med '
              'heltidsarbete.'),
        ('h2', 'Hälsa'),
        ('p', 'Kristoffer beskriver sömnproblem och irritabilitet när han inte röker. Inga kända sjukdomar.'),
        ('p', '**Bedömning:** Abstinensbesvären är förväntade och behöver hanteras i behandlingen.'),
        ('h2', 'Missbruk'),
        ('p', 'Cannabis dagligen sedan fem år, framför allt på kvällar. DUDIT 2015-03-19: 22 poäng. Ingen '
              'tidigare behandling.'),
        ('p', '**Bedömning:** Kristoffer har ett cannabisberoende. Han är motiverad av arbetet och av flickvännen.'),
        ('h2', 'Relationer'),
        ('p', 'Flickvännen använder inte droger och stöttar. Kompisgänget röker.'),
        ('p', '**Bedömning:** Kristoffer behöver hitta ett umgänge utan cannabis.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Kristoffer har ett cannabisberoende som hotar hans anställning. Han är motiverad, har bostad och '
              'en flickvän som stöttar. Han har behov av ett strukturerat cannabisprogram på kvällstid med '
              'urinkontroller som arbetsgivaren kan ta del av, stöd att hantera abstinens och hjälp att bryta '
              'med umgänget som röker. Öppenvårdsmottagningens cannabisprogram tillgodoser detta.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård, cannabisprogrammet vid Öppenvårdsmottagningen Höör, fr.o.m. 2015-04-20 i sex månader.'),
        officer_sig('SW', 'Höör', '2015-04-10'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=HL, keep=False)
    C.ev('needs_assessment', 'utredning.pdf', 'Stabilt boende.', 'Anställningen är hotad men kan räddas',
         'Abstinensbesvären är förväntade', 'Kristoffer har ett cannabisberoende. Han',
         'Kristoffer behöver hitta ett umgänge', 'Kristoffer har ett cannabisberoende som hotar',
         'Öppenvårdsmottagningens cannabisprogram tillgodoser')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'SW', 'Beslutsdatum', '2015-04-14'),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård (cannabisprogrammet) vid Öppenvårdsmottagningen Höör beviljas fr.o.m. 2015-04-20 i sex månader '
              'enligt 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Kristoffer har ett cannabisberoende som hotar hans anställning. Ett strukturerat program på '
              'kvällstid med urinkontroller och stöd kring abstinens och umgänge motsvarar hans behov.'),
        ('sig', ['Sofia Wahlgren', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}', keep=False)
    C.ev('needs_assessment', 'beslut.pdf', 'Kristoffer har ett cannabisberoende som hotar hans anställning. Ett')
    C.unite('utredning_beslut.pdf', 'utredning och beslut (sammanfogade)', ['utredning.pdf', 'beslut.pdf'])

    n, t, tel, mail = OFFICERS['SW']
    up = [
        ('h1', 'Uppdragsbeskrivning'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Utförare', 'Öppenvårdsmottagningen Höör, '
                                                                            'cannabisprogrammet'),
                ('Beslut', '2015-04-14 (4 kap. 1 § SoL), fr.o.m. 2015-04-20 i sex månader'),
                ('Nämndens bedömning av behov', 'Kristoffer har ett cannabisberoende som hotar anställningen. '
                                                'Han behöver ett strukturerat program på kvällstid, '
                                                'urinkontroller som arbetsgivaren kan ta del av, stöd kring '
                                                'abstinens och hjälp att bryta med umgänget som röker.'),
                ('Uppdraget omfattar', 'Cannabisprogrammet (12 kvällsträffar), urinprov varje vecka, '
                                       'sömnstöd under abstinensfasen.'),
                ('Mål', 'Kristoffer är drogfri (negativa urinprov) från och med juni 2015 och behåller sin '
                        'anställning. Han har en återfallsplan vid avslut.'),
                ('Uppföljning', 'Genomförandeplan inom två veckor. Uppföljningsmöte (Kristoffer, behandlare, '
                                'handläggare) efter ca två månader och vid avslut.'),
                ('Återrapportering vid avslut', 'Skriftlig sammanfattning: närvaro, provsvar, måluppfyllelse, '
                                                'rekommendation.'),
                ('Ansvarig handläggare', '%s, tel %s, %s' % (n, tel, mail)),
                ('Överlämnad', '2015-04-16 vid överlämningsmöte på mottagningen')]),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (formulär)', up, header_left=HL,
           header_right='Uppdragsbeskrivning  ' + dnr, footer_left=FOOT, pn_format='Sida {P} ({N})')
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Han behöver ett strukturerat program på kvällstid')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov', 'Uppdraget omfattar',
         'Kristoffer är drogfri (negativa urinprov)', 'Uppföljningsmöte (Kristoffer', 'Återrapportering vid avslut',
         'sofia.wahlgren@hoor.se', '2015-04-16 vid överlämningsmöte')

    gfp = [
        ('h1', 'Genomförandeplan'),
        ('p', '**Öppenvårdsmottagningen Höör – cannabisprogrammet**   Klient: %s   Behandlare: Jonas Bäck   '
              'Datum: 2015-05-04' % who),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['', 'Cannabisprogrammet, kvällsträffar', 'Jonas Bäck', 'Onsdagar 18–20, 2015-04-22 – 2015-07-08'],
            ['', 'Urinprov', 'Jonas Bäck', 'Varje onsdag'],
            ['', 'Sömnstöd, sömndagbok', 'Kristoffer; Jonas Bäck', 'Maj 2015'],
            ['', 'Återfallsplan', 'Kristoffer; Jonas Bäck', 'Före insatsens slut'],
        ], [5, 5, 3.5, 4.5]),
    ]
    C.rl('genomforandeplan.pdf', 'genomförandeplan', gfp, layout='landscape',
         header_left='Öppenvårdsmottagningen Höör', header_right='Genomförandeplan', footer_left='',
         pn_format='{P}')
    C.ev('planning', 'genomforandeplan.pdf', 'Cannabisprogrammet, kvällsträffar')

    J = [
        ('2015-03-16', '', 'Besök', 'SW', 'Kristoffer på besök, ansöker om stöd. Varning från arbetsgivaren.'),
        ('2015-03-19', '', 'Besök', 'SW', 'DUDIT 22p. Samtycke arbetsgivare (endast provsvar).'),
        ('2015-04-10', '', 'Utredning', 'SW', 'Utredning klar.'),
        ('2015-04-14', '', 'Beslut', 'SW', 'Cannabisprogrammet beviljat.'),
        ('2015-04-16', '14:00', 'Överlämningsmöte', 'SW', 'Möte på mottagningen med Kristoffer och Jonas Bäck. '
                                                          'Uppdragsbeskrivningen överlämnad.'),
        ('2015-04-22', '', 'Start', 'SW', 'Kl. har varit på första kvällsträffen på ÖV.'),
        ('2015-05-06', '', 'Post', 'SW', 'GFP inkommen från mottagningen.'),
        ('2015-06-16', '', 'Bokning', 'SW', 'Uppföljningsmöte bokat 2015-06-30 kl 16.'),
        ('2015-06-29', '', 'Avbokning', 'SW', 'Mottagningen avbokar morgondagens möte pga semster. Ny tid efter '
                                              'sommaren.'),
        ('2015-09-02', '', 'Notering', 'SW', 'Uppföljning planeras till november, före insatsens slut.'),
    ]
    txt = journal_text(['HÖÖRS KOMMUN  IFO  VUXENGRUPPEN',
                        'Journal: %s (%s)  Dnr %s   SW = Sofia Wahlgren' % (who, pnr, dnr), ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Höörs kommun|Journal ' + dnr + '|Sida $% av $=')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivningen överlämnad')

    C.label('needs_assessment', 'ja', 'Bedömning per livsområde och "Sammanfattande bedömning" med behov och '
            'varför cannabisprogrammet; beslutet har skäl.')
    C.label('planning', 'delvis', 'Genomförandeplanen har insatser, ansvarig och tider men målkolumnen är tom.')
    C.label('follow_up', 'nej', 'Uppföljningen 2015-06-30 avbokades; därefter bara "uppföljning planeras till '
            'november".')
    C.label('assignment_description', 'ja', 'Formulär med alla delar a–f och överlämnat 2015-04-16 (även i '
            'journalen).', present='abcdefg')
    return C


# =====================================================================================
def case20():
    """Sandra Nyberg. HVB Lärkan. Assessment without 'behov'; no plan ever made; follow-up with outcome;
    complete assignment form."""
    C = Case(K, 'SOC 2015/40')
    who, pnr, dnr = 'Sandra Nyberg', '19010822-6307', 'SOC 2015/40'
    utr = [
        ('h1', 'Utredning – vuxen'),
        head_kv(who, pnr, dnr, 'UA', 'Utredningsperiod', '2015-01-20 – 2015-02-13'),
        ('h2', 'Aktualisering'),
        ('p', 'Sandra ansökte 2015-01-19 om behandlingshem. Hon hade då nyligen skrivits ut efter en '
              'avgiftning på beroendeavdelningen i Lund.'),
        ('h2', 'Boende'),
        ('p', 'Sandra hyr en lägenhet i Höör. Hyran är betald.'),
        ('p', '**Analys:** Boendet är ordnat och kan behållas under en placering.'),
        ('h2', 'Försörjning'),
        ('p', 'Sjukpenning. Sandra har tidigare arbetat som butikssäljare.'),
        ('p', '**Analys:** Försörjningen är tryggad under behandlingstiden.'),
        ('h2', 'Hälsa'),
        ('p', 'Sandra har haft två abstinensepisoder med kramper. Hon har depression och behandlas med '
              'antidepressiva av vårdcentralen.'),
        ('p', '**Analys:** Risken vid abstinens är hög och depressionen förvärras av drickandet. Medicinsk '
              'kompetens krävs i behandlingen.'),
        ('h2', 'Missbruk'),
        ('p', 'Dagligt drickande sedan tre år, framför allt vin och sprit. AUDIT 2015-01-22: 32 poäng. Två '
              'avbrutna öppenvårdskontakter (2013, 2014).'),
        ('p', '**Analys:** Sandra har ett svårt alkoholberoende och har inte klarat öppenvård.'),
        ('h2', 'Relationer'),
        ('p', 'Skild, inga barn. Mamman bor i Hörby och stöttar. Sandra har tappat kontakten med de flesta '
              'vänner.'),
        ('p', '**Analys:** Mamman är en viktig kontakt. Sandra är ensam och behöver ett nyktert sammanhang.'),
        ('h2', 'Planering'),
        ('p', 'Handläggaren bokar ett nytt möte med Sandra och hennes mamma för att gå igenom utredningen.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Sandra har ett svårt alkoholberoende med abstinenskramper och samtidig depression. Två försök i '
              'öppenvård har avbrutits och hon har inte varit nykter mer än några veckor efter avgiftningarna. '
              'Hon är ensam och saknar ett nyktert nätverk. För att bli nykter krävs en period i en drogfri miljö '
              'med medicinsk kompetens, där depressionen följs och där hon får verktyg mot återfall. '
              'Behandlingshemmet Lärkan tar emot kvinnor med samsjuklighet och har sjuksköterska och '
              'psykiatriker knutna till verksamheten. Handläggarens slutsats är att en placering på Lärkan i '
              'fyra månader är den insats som ger Sandra bäst förutsättningar.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Behandlingshemmet Lärkan 2015-03-02 – 2015-06-30, 4 kap. 1 § SoL.'),
        officer_sig('UA', 'Höör', '2015-02-13'),
    ]
    C.html('utredning.pdf', 'utredning', utr, letterhead=HL)
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är ordnat och kan behållas', 'Försörjningen är tryggad',
         'Risken vid abstinens är hög', 'Sandra har ett svårt alkoholberoende och har inte klarat',
         'Mamman är en viktig kontakt', 'Sandra har ett svårt alkoholberoende med abstinenskramper',
         'Handläggarens slutsats är att en placering')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'UA', 'Beslutsdatum', '2015-02-17'),
        ('h2', 'Beslut'),
        ('p', 'Institutionsvård vid Behandlingshemmet Lärkan 2015-03-02 – 2015-06-30, 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Sandra har ett svårt alkoholberoende med abstinenskramper och depression och har inte klarat '
              'öppenvård. Behandling på Lärkan, med medicinsk kompetens och psykiatrisk kontakt i en drogfri '
              'miljö, ger henne förutsättningar att bli nykter.'),
        ('sig', ['Ulf Ahlström', 'Socialsekreterare, enligt delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Sandra har ett svårt alkoholberoende med abstinenskramper och '
                                           'depression')

    n, t, tel, mail = OFFICERS['UA']
    up = [
        ('h1', 'Uppdragsbeskrivning – institutionsvård'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr),
                ('Utförare', 'Behandlingshemmet Lärkan, att. Maud Rydén'),
                ('Beslut', '2015-02-17, 4 kap. 1 § SoL, 2015-03-02 – 2015-06-30')]),
        ('h3', 'Socialnämndens bedömning'),
        ('p', 'Sandra har ett svårt alkoholberoende med abstinenskramper och depression. Öppenvård har inte '
              'räckt. Hon behöver en drogfri miljö med medicinsk kompetens, uppföljning av depressionen och '
              'återfallsprevention, samt hjälp att bygga ett nyktert nätverk.'),
        ('h3', 'Uppdraget omfattar'),
        ('p', 'Behandlingsprogram (ÅP), medicinsk uppföljning av abstinens och depression via er sjuksköterska '
              'och psykiatriker, anhörigsamtal med mamman, utslussning med kontakt till eftervård i Höör.'),
        ('h3', 'Mål'),
        ('p', 'Sandra är nykter under placeringen. Depressionen är bedömd och behandlingen justerad. Hon har en '
              'återfallsplan och en eftervårdskontakt bokad vid utskrivning.'),
        ('h3', 'Uppföljning'),
        ('p', 'Vårdplan upprättas av handläggaren tillsammans med Sandra och Lärkan inom två veckor. Lärkan '
              'återkopplar per telefon varannan månad. Utvärderingsmöte före utskrivning.'),
        ('h3', 'Återrapportering vid avslut'),
        ('p', 'Skriftlig slutrapport inom två veckor med måluppfyllelse, provsvar, psykiskt mående och '
              'rekommendationer.'),
        ('h3', 'Ansvarig handläggare'),
        ('p', '%s, %s, tel %s, %s' % (n, t, tel, mail)),
        ('p', 'Skickad till utföraren 2015-02-19 med säker e-post.'),
    ]
    C.docx('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (formulär)', up, header_left=HL,
           header_right='Uppdragsbeskrivning  ' + dnr, footer_left=FOOT, pn_format='Sida {P} ({N})')
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Hon behöver en drogfri miljö med medicinsk')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Socialnämndens bedömning', 'Uppdraget omfattar',
         'Sandra är nykter under placeringen', 'Lärkan återkopplar per telefon', 'Återrapportering vid avslut',
         'ulf.ahlstrom@hoor.se', 'Skickad till utföraren 2015-02-19')

    sam = [
        ('h1', 'Samtycke'),
        ('p', 'Jag, %s (%s), samtycker till att Individ- och familjeomsorgen i Höör får utbyta uppgifter om mig '
              'med:' % (who, pnr)),
        ('checks', [(True, 'Vårdcentralen Höör'), (True, 'Beroendeavdelningen, Lund'),
                    (True, 'Behandlingshemmet Lärkan'), (True, 'Min mamma, Gunnel Nyberg'),
                    (False, 'Arbetsgivare')]),
        ('p', 'Samtycket gäller under utredning och insats, längst till dess ärendet avslutas, och kan när som helst '
              'återkallas.'),
        ('p', 'Höör 2015-01-22'),
        ('p', 'Underskrift: Sandra Nyberg (original i pappersakten)'),
    ]
    C.rl('samtycke.pdf', 'samtycke', sam, header_left=HL, header_right=dnr, footer_left='', pn_format='')

    J = [
        ('2015-01-19', '', 'Telefon', 'Ulf Ahlström', 'Sandra ringer efter avgiftningen, vill till '
                                                      'behandlingshem.'),
        ('2015-01-22', '', 'Besök', 'Ulf Ahlström', 'AUDIT 32. Samtycke undertecknat.'),
        ('2015-02-13', '', 'Utredning', 'Ulf Ahlström', 'Utredning klar.'),
        ('2015-02-17', '', 'Beslut', 'Ulf Ahlström', 'Lärkan beviljat.'),
        ('2015-02-19', '', 'Uppdrag', 'Ulf Ahlström', 'Uppdragsbeskrivning skickad med säker e-post till '
                                                      'Lärkan.'),
        ('2015-03-02', '', 'Inskrivning', 'Ulf Ahlström', 'Sandra inskriven på Lärkan. Vårdplan upprättas vid '
                                                          'besök inom två veckor.'),
        ('2015-03-18', '', 'Notering', 'Ulf Ahlström', 'Besöket på Lärkan inställt (handl. sjuk). Vårdplanen '
                                                       'görs vid nästa besök.'),
        ('2015-04-22', '', 'Återkoppling från behandlingshemmet', 'Ulf Ahlström',
         'Maud Rydén ringer och återkopplar: Sandra nykter sedan inskrivningen, alla utandningsprov negativa. '
         'Psykiatrikern har höjt dosen antidepressiva, Sandra mår bättre. Deltar i alla gruppmoment. Mamman har '
         'varit på ett anhörigsamtal.'),
        ('2015-06-17', '10:00', 'Utvärderingsmöte', 'Ulf Ahlström',
         'Utvärderingsmöte på Lärkan med Sandra, Maud R. och handl. Sandra har varit nykter hela placeringen. '
         'Depressionen är bättre, hon sover och äter. Återfallsplanen är klar. Eftervård på '
         'Öppenvårdsmottagningen Höör bokad från 2015-07-07. Utskrivning 2015-06-30 som planerat. '
         'OBS vårdplan blev aldrig upprättad.'),
        ('2015-06-30', '', 'Utskrivning', 'Ulf Ahlström', 'Sandra utskriven från Lärkan.'),
        ('2015-07-03', '', 'Telefon', 'Ulf Ahlström', 'Planerat hembesök 2015-07-08 för att se hur hemkomsten '
                                                      'gått.'),
        ('2015-07-08', '', 'Hembesök', 'Ulf Ahlström', 'Hembesök. Sandra har börjat i eftervården. Mamman var '
                                                       'där.'),
        ('2015-07-14', '', 'Post', 'Ulf Ahlström', 'Slutrapport från Lärkan inkommen.'),
    ]
    jb = [('h1', 'Journalanteckningar'), head_kv(who, pnr, dnr, 'UA', '', '')] + journal_blocks(J, style='plain')
    C.rl('journal.pdf', 'journalanteckningar', jb, header_left=HL, header_right='Journal  ' + dnr,
         footer_left=FOOT, pn_format='Sida {P}')
    C.ev('follow_up', 'journal.pdf', 'Maud Rydén ringer och återkopplar', 'Utvärderingsmöte på Lärkan med Sandra')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning skickad med säker e-post till')

    C.label('needs_assessment', 'ja', 'Analys per livsområde och "Handläggarens överväganden"/"Handläggarens '
            'slutsats" (utan ordet behov) om problemen och varför Lärkan; beslutet har skäl.')
    C.label('planning', 'nej', 'Ingen vårdplan eller genomförandeplan; journalen säger att den ska upprättas och '
            'senare att den aldrig blev upprättad. Rubriken "Planering" i utredningen och "planerat hembesök" '
            'gäller annat.')
    C.label('follow_up', 'ja', 'Återkoppling från behandlingshemmet 2015-04-22 och utvärderingsmöte 2015-06-17 '
            'med utfall.')
    C.label('assignment_description', 'ja', 'Formulär med alla delar a–f och "Skickad till utföraren '
            '2015-02-19" (även i journalen).', present='abcdefg')
    return C


CASES = [case17, case18, case19, case20]
