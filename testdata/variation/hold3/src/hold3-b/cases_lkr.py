from common import *

O1, O2 = 'LANDSKRONA STAD', 'Individ- och familjeomsorgen, Vuxengruppen'
HDR = 'Landskrona stad IFO|%s|sid $%% ($=)'

def jhead(dnr, name):
    return head(O1, O2, 'JOURNAL', [('DNR', dnr), ('KLIENT', name)]) + '\n'

def c05():
    k = Case('Landskrona', 'IFO.2015.0156')
    D = 'IFO.2015.0156'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Leif Nilsson'), ('PERSONNR', '19020607-2151'),
          ('HANDLÄGGARE', 'Sofia Engström'), ('DATUM', '5/3-15')]), [
        ('AKTUALISERING', 'Leif ringde 9/2-15 efter kontakt med företagshälsovården. Han ansöker om hjälp med alkohol.'),
        ('UTREDNINGEN', 'Två samtal (12/2 och 24/2). AUDIT 22 p. Leif dricker 4-5 kvällar i veckan, mest öl. '
         'Arbetar heltid på Saab i Landskrona (montör). Gift, två tonårsbarn. Frun har sagt att hon överväger '
         'att flytta om han inte slutar. Tidigare ingen behandling.'),
        ('LEIFS EGEN UPPFATTNING', 'Vill ha samtal på kvällstid så att han kan arbeta.'),
        ('BEDÖMNING', 'Leif bedöms vara i behov av öppenvård.'),
        ('FÖRSLAG', 'Öppenvård Kompassen, SoL 4 kap 1 §, 16/3-15 - 15/9-15.')], sign='Sofia Engström, socialsekreterare')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Leif Nilsson 19020607-2151')]), [
        ('BESLUTSDATUM:  9/3-15', ''), ('INSATS:        Öppenvård, Kompassen', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('PERIOD:        16/3-15 - 15/9-15', ''), ('BESLUTSFATTARE', 'Sofia Engström enl. delegation')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    frm = [('H', 'UPPDRAGSBESKRIVNING - ÖPPENVÅRD'),
           ('fields', [('Klient', 'Leif Nilsson, 19020607-2151'), ('Dnr', D), ('Utförare', 'Kompassen, öppenvård för vuxna'),
                       ('Beslut', '9/3-15, SoL 4:1, 16/3-15 - 15/9-15')]),
           ('fields', [('Nämndens bedömning av behov', ''),
                       ('Uppdraget omfattar', 'Individuella samtal (ÅP/MI) kvällstid 1 g/v, PEth var 4:e vecka, anhörigsamtal med hustrun 2-3 ggr.'),
                       ('Mål med insatsen', 'Leif dricker inte alls under insatstiden. Leif och hustrun har minst tre gemensamma samtal före 150615. PEth under 0,05 vid varje provtagning.'),
                       ('Uppföljning', 'Genomförandeplan skickas till handläggaren inom 3 v. Uppföljningssamtal med Leif, behandlare och handl. i juni 2015.'),
                       ('Återrapportering vid avslut', 'Skriftlig avslutningsrapport: måluppfyllelse, provresultat, rekommendation.'),
                       ('Handläggare', 'Sofia Engström, tel 0418-47 06 32, sofia.engstrom@landskrona.exempel.se'),
                       ('Överlämnad till utföraren', '11/3-15 med internpost (kopia i akt)')], [55 * mm, 115 * mm])]
    from reportlab.lib.units import mm as _m
    rl.build(k.p('uppdragsbeskrivning.pdf'), frm, header='Landskrona stad  Individ- och familjeomsorgen', footer='Blankett IFO V 07')
    k.add('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', 'reportlab', 'portrait, form with field grid')
    gfp = [('H', 'Genomförandeplan'), ('p', 'Kompassen öppenvård  |  Klient: Leif Nilsson  |  Upprättad 2015-03-26  |  Behandlare: Hanna Berg'),
           ('table', [['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'],
                      ['Ingen alkohol under insatstiden', 'ÅP-samtal torsdagar kl. 17.30', 'Hanna Berg / Leif', '26/3 - 15/9-15'],
                      ['PEth < 0,05', 'PEth-prov vårdcentralen', 'Hanna Berg bokar', 'v. 14, 18, 22, 26, 32, 36'],
                      ['Tre anhörigsamtal med hustrun', 'Parsamtal', 'Hanna Berg', 'senast 15/6-15'],
                      ['Högriskplan för helger och fester', 'Skriftlig plan', 'Leif med Hanna', 'klar 30/4-15']],
            [50, 50, 35, 35]),
           ('p', 'Leif Nilsson                 Hanna Berg')]
    rl.build(k.p('genomforandeplan.pdf'), gfp, header='Kompassen - öppenvård för vuxna, Landskrona', footer='GFP Kompassen')
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'reportlab', 'portrait, table, header/footer')
    jn = jhead(D, 'Leif Nilsson') + journal([
        ('9/2-15', 'SEN', 'Tel. från kl, ansöker om stöd. Tid 12/2.'),
        ('9/3-15', 'SEN', 'Beslut öppenvård Kompassen.'),
        ('11/3-15', 'SEN', 'Uppdragsbeskr. skickad m. internpost till Kompassen.'),
        ('27/3-15', 'SEN', 'GFP inkommen.'),
        ('11/6-15', 'SEN', 'UPPFÖLJNINGSSAMTAL på Kompassen. Närv. kl, Hanna Berg, handl.\n'
         'Kl. har haft ett återfall (påskhelgen), i övrigt nykter. PEth v.14 0,12, v.18 och v.22 <0,05. '
         'Två parsamtal genomförda, tredje bokat. Kl. och hustrun säger att stämningen hemma är bättre. '
         'Högriskplanen klar. Överens om att fortsätta t.o.m. 15/9 enl. beslut.'),
        ('16/9-15', 'SEN', 'Avslutningsrapp. från Kompassen: nykter sedan april, alla PEth under gränsvärde '
         'fr.o.m. v.18. Avslutas.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'delvis', 'BEDÖMNING holds only the conclusion "bedöms vara i behov av öppenvård", no needs or reasons',
        [('utredning.pdf', 'Leif bedöms vara i behov av öppenvård')])
    k.c('planning', 'ja', 'Genomförandeplan table with dated goals, activity, responsible',
        [('genomforandeplan.pdf', 'Högriskplan för helger')])
    k.c('follow_up', 'ja', 'UPPFÖLJNINGSSAMTAL 11/6-15 with outcome',
        [('journal.pdf', 'UPPFÖLJNINGSSAMTAL på Kompassen')])
    k.c('assignment_description', 'delvis', 'Form has all fields but "Nämndens bedömning av behov" is empty',
        [('uppdragsbeskrivning.pdf', 'UPPDRAGSBESKRIVNING - ÖPPENVÅRD'), ('journal.pdf', 'Uppdragsbeskr. skickad')],
        present=list('bcdefg'), missing=['a'])
    return k

def c06():
    k = Case('Landskrona', 'IFO.2014.0521')
    D = 'IFO.2014.0521'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Kent Olofsson'), ('PERSONNR', '19010303-5514'),
          ('HANDLÄGGARE', 'Peter Malm'), ('DATUM', '20/11-14')]), [
        ('AKTUALISERING', 'Ansökan 28/10-14 om behandlingshem.'),
        ('BAKGRUND', 'Kent är 51 år, bor ensam i lägenhet på Karlslund. Förtidspensionär sedan 2009 (rygg). '
         'Har druckit mycket sedan många år. Vårdats på Lasarettet i Landskrona för pankreatit okt. 2014.'),
        ('LÄKARINTYG', 'Enligt intyg från dr Svensson, medicinkliniken, 21/10-14: "Bedömning: Patienten '
         'har ett uttalat alkoholberoende med pankreatit som komplikation. Han bedöms ha behov av '
         'strukturerad behandling för sitt beroende, gärna i form av institutionsvård."'),
        ('KENTS SYN', 'Kent säger att han "måste bort härifrån" och vill till Villa Solvik där en kompis varit.'),
        ('SOCIALSEKRETERARENS BEDÖMNING', ''),
        ('FÖRSLAG TILL BESLUT', 'Behandling på Villa Solvik SoL 4 kap 1 § 1/12-14 - 31/5-15.')],
        sign='Peter Malm, socialsekreterare')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Kent Olofsson 19010303-5514')]), [
        ('BESLUTSDATUM:  24/11-14', ''), ('INSATS:        HVB Villa Solvik', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('PERIOD:        1/12-14 - 31/5-15', ''), ('BESLUT', 'Ansökan beviljas.'),
        ('BESLUTSFATTARE', 'Peter Malm')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    upp = ('                          TELEFAX\n\n'
           'TILL:     Villa Solvik, föreståndaren          FAX: 0413-210 55\n'
           'FRÅN:     IFO Vuxengruppen, Landskrona           FAX: 0418-47 06 90\n'
           'DATUM:    26/11-14                             Antal sidor inkl. denna: 2\n' + THIN + '\n\n'
           'Hej! Här kommer uppdraget för Kent som vi pratade om. /Peter\n\f'
           'UPPDRAG - HVB VILLA SOLVIK                        Dnr ' + D + '\n' + THIN + '\n'
           'KLIENT:        Kent Olofsson 19010303-5514\n'
           'INSATS:        Behandling på HVB enl. SoL 4:1, 1/12-14 - 31/5-15\n'
           'INNEHÅLL:      Boende, behandlingsprogram, samtal, hjälp med medicinsk kontakt\n'
           '               (pankreatit).\n'
           'MÅL:           Kent ska bli nykter och ha en plan för tiden efter behandlingen.\n'
           'HANDLÄGGARE:   Peter Malm, tel 0418-47 06 41\n')
    enscript_pdf(upp, k.p('fax_uppdrag.pdf'), header='Landskrona stad IFO|FAX|sid $% ($=)')
    k.add('fax_uppdrag.pdf', 'uppdragsbeskrivning (fax)', 'enscript-ps2pdf', 'portrait, monospaced, fax cover + assignment')
    vp = doc(head(O1, O2, 'VÅRDPLAN', [('DNR', D), ('KLIENT', 'Kent Olofsson'), ('DATUM', '5/12-14')]), [
        ('MÅL', '- Att Kent mår bättre\n- Att Kent minskar sitt drickande\n- Bättre kontakt med sonen'),
        ('INSATSER', 'Behandling på Villa Solvik. Samtal. Kontakt med läkare vid behov.'),
        ('ANSVAR', ''),
        ('UPPFÖLJNING', 'Sker under placeringen.')], sign='Kent Olofsson      Peter Malm')
    enscript_pdf(vp, k.p('vardplan.pdf'), header=HDR % 'VÅRDPLAN')
    k.add('vardplan.pdf', 'vårdplan', 'enscript-ps2pdf', 'portrait, monospaced')
    br = [('H', 'Behandlingsrapport'),
          ('fields', [('Klient', 'Kent Olofsson'), ('Till', 'Peter Malm, IFO Landskrona'), ('Period', '2014-12-01 - 2015-03-06'),
                      ('Datum', '2015-03-09'), ('Kontaktperson', 'Britt Lagerqvist, Villa Solvik')]),
          ('h', 'Hur behandlingen har gått'),
          ('p', 'Kent har varit nykter under hela perioden med undantag av en julpermission där han drack två dagar. '
                'Han deltar i gruppbehandlingen men har svårt att prata om sig själv. Han har haft två besök på '
                'medicinmottagningen; pankreatiten är under kontroll.'),
          ('h', 'Kontakt med familjen'), ('p', 'Sonen har besökt Kent två gånger under februari.'),
          ('h', 'Fortsättning'), ('p', 'Vi föreslår fortsatt behandling enligt beslut till 31/5 och att utslussningen '
                                      'planeras i april. Trepartssamtal föreslås vecka 12.'),
          ('p', 'Britt Lagerqvist, behandlare')]
    rl.build(k.p('behandlingsrapport.pdf'), br, serif=True, header='Villa Solvik behandlingshem', footer='Behandlingsrapport 2015-03-09')
    k.add('behandlingsrapport.pdf', 'behandlingsrapport (utförare)', 'reportlab', 'portrait, header/footer')
    jn = jhead(D, 'Kent Olofsson') + journal([
        ('28/10-14', 'PMA', 'Ansökan om behandlingshem.'),
        ('24/11-14', 'PMA', 'Beslut Villa Solvik.'),
        ('26/11-14', 'PMA', 'Uppdrag faxat till Villa Solvik, 2 sid.'),
        ('1/12-14', 'PMA', 'Kl. inskriven.'),
        ('10/3-15', 'PMA', 'Behandlingsrapport inkommen fr Villa Solvik, se handling. Kl. nyker sedan jul.'),
        ('19/3-15', 'PMA', 'Trepartsamtal på Villa Solvik. Kl. vill fortsätta till 31/5. Utslussning diskuterades, '
         'kl. vill ha hjälp att byta lägenhet. Handl. kontaktar bostadsbolaget.'),
        ('29/5-15', 'PMA', 'Kl. utskriven. Avslutas.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'nej', 'Heading SOCIALSEKRETERARENS BEDÖMNING is empty; only the doctor\'s "Bedömning" is quoted; decision has no reasons')
    k.c('planning', 'delvis', 'Vårdplan has vague, undated goals and an empty ANSVAR field',
        [('vardplan.pdf', 'Att Kent mår bättre')])
    k.c('follow_up', 'ja', 'Behandlingsrapport 2015-03-09 with outcome; trepartssamtal 19/3-15',
        [('behandlingsrapport.pdf', 'Hur behandlingen har gått'), ('journal.pdf', 'Trepartsamtal på Villa Solvik')])
    k.c('assignment_description', 'delvis', 'Faxed assignment has content, goal, case officer, date; lacks needs assessment, follow-up, report-back',
        [('fax_uppdrag.pdf', 'Antal sidor inkl. denna'), ('fax_uppdrag.pdf', 'UPPDRAG - HVB VILLA SOLVIK')],
        present=list('bcfg'), missing=list('ade'))
    return k

def c07():
    k = Case('Landskrona', 'IFO.2015.0233')
    D = 'IFO.2015.0233'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Jessica Holmberg'), ('PERSONNR', '19020922-6628'),
          ('HANDLÄGGARE', 'Sofia Engström'), ('DATUM', '10/3-15')]), [
        ('AKTUALISERING', 'Orosanmälan 2/2-15 från hyresvärden (störningar, obetald hyra), därefter egen ansökan 9/2-15.'),
        ('SITUATION', 'Jessica, 34 år, bor med sin son 12 år. Hon dricker alkohol dagligen sedan hösten och har '
         'tidvis använt tramadol utan recept. Hyresskuld 3 mån. Arbetslös, ersättning från a-kassan upphör i maj. '
         'AUDIT 25, DUDIT 9. Sonen bor under veckorna hos sin pappa sedan januari.'),
        ('JESSICAS SYN', 'Hon vill behålla lägenheten och att sonen flyttar hem igen.'),
        ('UTREDARENS SLUTSATS', 'Jessicas drickande har på kort tid lett till att hon riskerar vräkning och att '
         'sonen inte kan bo hos henne. Hon har motivation och ett fungerande nätverk (sonens pappa, mor). Hon '
         'saknar stöd i att bryta det dagliga drickandet och tablettanvändningen och i att få ordning på '
         'ekonomin. Öppenvård på Kompassen (dagprogram 3 dagar/vecka, 12 veckor, följt av eftervård) ger '
         'både struktur i vardagen och behandling utan att hon behöver lämna hemmet och sonen. Parallellt '
         'behövs budgetrådgivning för hyresskulden.'),
        ('FÖRSLAG', 'Öppenvård Kompassen dagprogram, SoL 4 kap 1 §, 16/3-15 - 30/9-15.')], sign='Sofia Engström')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    frm = [('H', 'Uppdragsbeskrivning till utförare'),
           ('fields', [('Klient', 'Jessica Holmberg, 19020922-6628'), ('Dnr', D), ('Utförare', 'Kompassen dagprogram'),
                       ('Beslutsdatum', '12/3-15 (SoL 4:1), period 16/3-15 - 30/9-15')]),
           ('h', 'Typ av insats'), ('check', [(True, 'Öppenvård - dagprogram'), (False, 'Öppenvård - samtal'), (False, 'HVB'), (False, 'Boendestöd')]),
           ('h', 'Nämndens bedömning'),
           ('p', 'Jessica dricker dagligen och använder tramadol utan recept. Hon riskerar vräkning och sonen bor '
                 'tillfälligt hos pappan. Hon behöver struktur i vardagen och behandling för att bryta '
                 'mönstret, på hemmaplan så att kontakten med sonen kan upprätthållas.'),
           ('h', 'Uppdraget omfattar'), ('p', 'Dagprogram 3 dagar/vecka i 12 veckor, därefter eftervårdsgrupp 1 g/v. '
                                              'Drogtester. Samverkan med budgetrådgivningen.'),
           ('h', 'Mål'), ('p', '1. Jessica är alkohol- och drogfri från 1/4-15. 2. Hyresskulden har en betalningslösning '
                               'senast 30/4-15. 3. Sonen kan flytta hem igen före skolstarten i augusti.'),
           ('h', 'Uppföljning'), ('p', 'Uppföljningsmöte efter 8 veckor och vid avslut, med Jessica, behandlare och handläggare.'),
           ('h', 'Rapport vid avslut'), ('p', 'Avslutningsrapport med måluppfyllelse och testresultat till handläggaren.'),
           ('h', 'Handläggare'), ('p', 'Sofia Engström, IFO Vuxengruppen, tel 0418-47 06 32, sofia.engstrom@landskrona.exempel.se'),
           ('p', 'Överlämnad till utföraren: 13/3-15 vid inskrivningsmöte (handl. lämnade över personligen).')]
    rl.build(k.p('uppdragsbeskrivning.pdf'), frm, header='Landskrona stad  IFO', footer='Dnr ' + D)
    k.add('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', 'reportlab', 'portrait, form with tick boxes')
    oro = head('LANDSKRONAHEM AB', 'Kundservice / Boendesocialt team', 'OROSANMÄLAN', [('DATUM', '2/2-15'),
          ('GÄLLER', 'Jessica Holmberg, Exempelgatan 7 lgh 1102'), ('ANMÄLARE', 'Kerstin Ohlsson, boendesocial handläggare, 0418-47 33 10')]) + '''

Vi vill göra socialtjänsten uppmärksam på att vi fått flera klagomål från grannar
under januari (hög musik nattetid, bråk i trapphuset). Hyran för november,
december och januari är obetald. Vid hembesök 29/1 var hyresgästen märkbart
påverkad. Det finns ett barn i hushållet (pojke ca 12 år).

Vi har skickat en rättelseanmaning. Hyresgästen har informerats om att vi
kontaktar socialtjänsten.

Kerstin Ohlsson
'''
    enscript_pdf(oro, k.p('orosanmalan.pdf'), header='Landskronahem|Orosanmälan|')
    k.add('orosanmalan.pdf', 'orosanmälan', 'enscript-ps2pdf', 'portrait, monospaced')
    jn = jhead(D, 'Jessica Holmberg') + journal([
        ('2/2-15', 'SEN', 'Orosanmälan från Landskronahem. Aktualiserat.'),
        ('9/2-15', 'SEN', 'Kl. ansöker om stöd för sitt drickande.'),
        ('12/3-15', 'SEN', 'Beslut dagprogram Kompassen.'),
        ('13/3-15', 'SEN', 'Inskrivningsmöte på Kompassen. Uppdragsbeskr. överlämnad. Vårdplan ska upprättas '
         'efter de första veckorna.'),
        ('25/3-15', 'SEN', 'Kl. har gjort upp en avbetalningsplan med hyresvärden, 1 500 kr/mån.'),
        ('21/4-15', 'SEN', 'Planerat hembesök. Kl. hemma, nykter. Sonen där på besök.'),
        ('10/6-15', 'SEN', 'Uppföljningsmöte bokat idag på Kompassen INSTÄLLT, kl. sjuk. Ny tid bokas.'),
        ('28/8-15', 'SEN', 'Tel. kl, hon går kvar på Kompassen. Uppföljning ska göras innan beslutet går ut.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'UTREDARENS SLUTSATS states what she lacks and why dagprogram fits',
        [('utredning.pdf', 'UTREDARENS SLUTSATS')])
    k.c('planning', 'nej', 'No plan in file; journal only says a vårdplan will be made; avbetalningsplan and planerat hembesök are other senses')
    k.c('follow_up', 'nej', 'Follow-up 10/6-15 cancelled, never rebooked; 28/8 only says one will be done')
    k.c('assignment_description', 'ja', 'Form with a-f, handover recorded in form and journal 13/3-15',
        [('uppdragsbeskrivning.pdf', 'Uppdragsbeskrivning till utförare'), ('journal.pdf', 'Uppdragsbeskr. överlämnad')],
        present=list('abcdefg'))
    return k

def c08():
    k = Case('Landskrona', 'IFO.2015.0340')
    D = 'IFO.2015.0340'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Ahmed Karimi'), ('PERSONNR', '19000117-3395'),
          ('HANDLÄGGARE', 'Peter Malm'), ('DATUM', '17/4-15')]), [
        ('AKTUALISERING', 'Ahmed sökte själv 23/3-15 efter att ha skrivits ut från avgiftning på Lasarettet i Helsingborg.'),
        ('BAKGRUND', 'Ahmed är 41 år och kom till Sverige 1994. Utbildad elektriker, har arbetat fram till 2013. '
         'Skild, två barn 8 och 11 år som bor med mamman i Malmö.'),
        ('MISSBRUK', 'Heroin sedan 2012, tidvis injicerat. Har även druckit. Avgiftning 2 ggr 2014-2015. '
         'Varit i LARO-utredning men avböjt. Urinprov 30/3 positivt för opiater och bensodiazepiner.'),
        ('BOENDE', 'Bor i andrahand hos en bekant, kontraktet upphör 31/5-15.'),
        ('HÄLSA', 'Hepatit C, ej behandlad. Nedstämdhet, har inte sökt vård för det. Tandstatus dåligt. '
         'Har ingen fast läkarkontakt.'),
        ('UNDERLAG', 'Samtal med Ahmed 26/3, 2/4, 9/4 och 16/4-15. Telefonkontakt med Beroendemottagningen '
         'i Helsingborg och med frivården (avslutad övervakning 2014). Urinprov 30/3-15. Samtycke finns.'),
        ('TIDIGARE INSATSER', 'Öppenvård Landskrona 2013 (avbruten efter 4 veckor). Två avgiftningar. '
         'Motivationsboende Helsingborg 2014, avvek efter 10 dagar.'),
        ('EKONOMI', 'Försörjningsstöd sedan 2013. Skulder hos Kronofogden ca 60 000 kr. Ingen '
         'betalningsanmärkning på hyra.'),
        ('BARNEN', 'Ahmed har inte träffat barnen sedan sommaren 2014. Barnens mamma har sagt till '
         'handläggaren att hon är positiv till umgänge om Ahmed är drogfri.'),
        ('AHMEDS SYN', 'Vill bli drogfri och kunna träffa barnen. Vill inte ha LARO just nu.'),
        ('ÖVRIGT', 'Kontakt med Infektionskliniken för hepatit C-behandling är önskvärd och Ahmed har samtyckt. '
         'Sammantaget har Ahmed ett opiatberoende med injektioner och återkommande återfall direkt efter '
         'avgiftning, och han står snart utan bostad. Han klarar inte att vara drogfri i nuvarande miljö. '
         'Det han saknar är en skyddad miljö under en längre tid, behandling riktad mot opiatberoendet, '
         'kontakt med vården för hepatiten och hjälp med boende och kontakt med barnen. Vi anser därför att '
         'behandling på HVB (Villa Solvik, som har erfarenhet av opiatberoende och samarbetar med '
         'infektionskliniken) är den insats som svarar mot hans situation. Öppenvård har övervägts men '
         'bedöms inte räcka så länge han saknar stabilt boende.'),
        ('FÖRSLAG', 'HVB Villa Solvik, SoL 4:1, 4/5-15 - 3/11-15.')], sign='Peter Malm, socialsekreterare')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D), cols=2, landscape=True, font='Courier9', width=62)
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'landscape two-column (2-up), monospaced, header with page numbers; portrait media shown landscape via /Rotate 90')
    fax = ('                                  TELEFAX\n' + RULE + '\n'
           'TILL:        Villa Solvik behandlingshem, Britt Lagerqvist\n'
           'FAXNR:       0413-210 55\n'
           'FRÅN:        Peter Malm, IFO Vuxengruppen Landskrona\n'
           'TEL/FAX:     0418-47 06 41 / 0418-47 06 90\n'
           'DATUM:       27/4-15  kl. 15.20\n'
           'Antal sidor inkl. denna: 2\n' + RULE + '\n\f'
           'UPPDRAGSBESKRIVNING                                       Dnr ' + D + '\n' + THIN + '\n'
           'KLIENT:       Ahmed Karimi, 19000117-3395\n'
           'BESLUT:       23/4-15, HVB enl. SoL 4 kap 1 §, 4/5-15 - 3/11-15\n\n'
           'SOCIALNÄMNDENS BEDÖMNING\n'
           'Opiatberoende med injektioner, återfall direkt efter avgiftning, snart bostadslös, obehandlad '
           'hepatit C. Behöver skyddad miljö under längre tid, behandling mot opiatberoendet, vårdkontakt '
           'för hepatiten samt hjälp med boende och kontakt med barnen.\n\n'
           'UPPDRAGET\n'
           'Boende och behandling, kontakt med Infektionskliniken, stöd i kontakt med barnens mamma, '
           'boendeplanering inför utskrivning.\n\n'
           'MÅL\n'
           '1. Drogfri under placeringen (negativa prover).\n'
           '2. Påbörjad hepatit C-behandling senast 31/8-15.\n'
           '3. Ansökan om eget boende inlämnad senast 30/9-15.\n\n'
           'UPPFÖLJNING\n'
           'Uppföljningssamtal på Villa Solvik efter 6 veckor och före utskrivning. Vårdplan vid '
           'inskrivningen. Villa Solvik meddelar avbrott samma dag.\n\n'
           'VID AVSLUT\n'
           'Skriftlig utskrivningsrapport: måluppfyllelse, provsvar, vårdkontakter, eftervård.\n\n'
           'HANDLÄGGARE\n'
           'Peter Malm, tel 0418-47 06 41, peter.malm@landskrona.exempel.se\n')
    enscript_pdf(fax, k.p('fax_uppdrag.pdf'), header='Landskrona stad IFO|TELEFAX|sid $% ($=)')
    k.add('fax_uppdrag.pdf', 'uppdragsbeskrivning (fax)', 'enscript-ps2pdf', 'portrait, monospaced, fax cover + assignment')
    vp = head(O1, O2, 'VÅRDPLAN', [('DNR', D), ('KLIENT', 'Ahmed Karimi'), ('DATUM', '6/5-15'),
             ('DELTAGARE', 'Ahmed, Britt Lagerqvist (Villa Solvik), Peter Malm (handl.)')]) + '''

INSATS:  [X] HVB   [ ] Öppenvård   [ ] Familjehem   [ ] Annat

OMRÅDE            MÅL                               VEM              NÄR
----------------- --------------------------------- ---------------- -----------
[X] Missbruk      Drogfri, negativa prover varje    Villa Solvik     4/5-3/11-15
                  vecka
[X] Hälsa         Hepatit C-behandling påbörjad     Ahmed + Villa    31/8-15
                                                    Solvik ssk
[X] Boende        Ansökan eget boende inlämnad      Handl. + Ahmed   30/9-15
[X] Familj        Träffa barnen varannan helg       Ahmed, handl.    fr.o.m.
                  (umgänge på Solvik)               kontaktar mamman 1/6-15
[ ] Arbete        -                                 -                -
[ ] Ekonomi       -                                 -                -

UPPFÖLJNING AV PLANEN: uppföljningssamtal på Villa Solvik v. 24 och före utskrivning.

Ahmed Karimi                    Peter Malm                   Britt Lagerqvist
'''
    enscript_pdf(vp, k.p('vardplan.pdf'), header=HDR % 'VÅRDPLAN', width=90)
    k.add('vardplan.pdf', 'vårdplan', 'enscript-ps2pdf', 'portrait, monospaced form with [X] boxes, table')
    jn = jhead(D, 'Ahmed Karimi') + journal([
        ('23/3-15', 'PMA', 'Kl. söker för heroinmissbruk. Aktualiserat.'),
        ('23/4-15', 'PMA', 'Beslut HVB Villa Solvik 4/5-15 - 3/11-15.'),
        ('27/4-15', 'PMA', 'Uppdragsbeskr. faxad till Villa Solvik, faxkvitto i akten.'),
        ('4/5-15', 'PMA', 'Kl. inskriven Villa Solvik.'),
        ('6/5-15', 'PMA', 'Vårdplan uppr., se dok.'),
        ('15/6-15', 'PMA', 'Uppföljningssamtal genomfört på behandlingshemmet.'),
        ('3/8-15', 'PMA', 'Tel. från barnens mamma, frågar om umgänge. Hänvisad till kl.'),
        ('14/9-15', 'PMA', 'Faktura aug. från Villa Solvik attesterad.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'Assessment buried in ÖVRIGT: what he lacks and why HVB (no "behov"/"bedömning" headings)',
        [('utredning.pdf', 'Sammantaget har Ahmed ett opiatberoende')])
    k.c('planning', 'ja', 'Vårdplan form with [X] areas, goals, who and dates',
        [('vardplan.pdf', 'Hepatit C-behandling påbörjad')])
    k.c('follow_up', 'delvis', 'Journal 15/6-15 records a follow-up was done, no outcome',
        [('journal.pdf', 'Uppföljningssamtal genomfört på behandlingshemmet')])
    k.c('assignment_description', 'ja', 'Faxed assignment with a-f, fax date and journal 27/4-15',
        [('fax_uppdrag.pdf', 'Antal sidor inkl. denna'), ('fax_uppdrag.pdf', 'SOCIALNÄMNDENS BEDÖMNING'),
         ('journal.pdf', 'Uppdragsbeskr. faxad')], present=list('abcdefg'))
    return k
