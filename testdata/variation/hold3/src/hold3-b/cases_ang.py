from common import *

O1, O2 = 'ÄNGELHOLMS KOMMUN', 'Socialförvaltningen, Vuxenenheten'
HDR = 'Ängelholms kommun - Socialförvaltningen|%s|Sida $%% av $='

def jhead(dnr, name):
    return head(O1, O2, 'JOURNALANTECKNINGAR', [('DNR', dnr), ('KLIENT', name)]) + '\n'

def c09():
    k = Case('Ängelholm', '2015-000118')
    D = '2015-000118'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Göran Strand'), ('PERSONNR', '19010728-1834'),
          ('ADRESS', 'Storgatan 41, 262 32 Ängelholm'), ('HANDLÄGGARE', 'Lena Mårtensson, tel 0431-46 83 12'),
          ('UTREDNINGSTID', '08.01.2015 - 10.02.2015')]), [
        ('1. AKTUALISERING', 'Göran ansökte 07.01.2015 om behandlingshem. Han hade då nyss skrivits ut från '
         'abstinensvård (Helsingborgs lasarett, avd. för beroendesjukdomar) efter sin tredje avgiftning under 2014.'),
        ('2. UTREDNINGENS GENOMFÖRANDE', 'Samtal med Göran 08.01, 15.01, 22.01 och 05.02.2015 (varav ett hembesök). '
         'Telefonsamtal med hans dotter Emma (med samtycke) och med hans läkare på Beroendemottagningen. '
         'AUDIT 14.01.2015. Utdrag ur belastningsregistret har inte begärts.'),
        ('3. FAMILJ OCH NÄTVERK', 'Göran är 58 år (enligt uppgift) och änkeman sedan 2011. Dottern Emma bor i '
         'Lund och har två små barn. Hon har varit Görans viktigaste stöd men säger att hon "inte orkar mer" '
         'och har begränsat kontakten. En bror i Båstad har Göran inte träffat på flera år. Inga vänner '
         'utanför krogen, som Göran själv uttrycker det.'),
        ('4. BOENDE', 'Bostadsrätt, trea. Skötseln har försämrats; vid hembesöket var lägenheten stökig men '
         'inte ohygienisk. Avgiften betald.'),
        ('5. SYSSELSÄTTNING OCH EKONOMI', 'Tidigare egen företagare (måleri), avvecklade firman 2013. '
         'Försörjer sig på sparade medel som tar slut under våren. Har inte sökt arbete eller ersättning.'),
        ('6. ALKOHOL', 'Göran dricker sprit dagligen, ca 50 cl/dag, sedan hustruns död. Tre '
         'avgiftningar 2014, återfall inom en vecka varje gång. Öppenvård vid Beroendemottagningen '
         'våren 2014 avbröts efter tre besök. AUDIT 14.01.2015: 34 poäng.'),
        ('7. HÄLSA', 'Diabetes typ 2 som sköts dåligt, neuropati i fötterna. Sorg som aldrig bearbetats. '
         'Läkaren på Beroendemottagningen rekommenderar behandling på institution.'),
        ('8. GÖRANS EGEN UPPFATTNING', 'Göran säger att han "dricker bort sorgen" och att han inte kan '
         'sluta så länge han är ensam i lägenheten. Han vill till ett behandlingshem och har hört gott '
         'om Nygård. Han vill få tillbaka kontakten med dottern och barnbarnen.'),
        ('9. SAMMANFATTANDE ÖVERVÄGANDEN', 'Göran har ett svårt alkoholberoende som har förvärrats sedan '
         'hustruns död. Upprepade avgiftningar utan fortsatt behandling har inte räckt, och han avbröt '
         'öppenvården. Ensamheten, obearbetad sorg och avsaknaden av sysselsättning driver drickandet, och '
         'hans diabetes försämras. Det Göran saknar är en sammanhängande period utan alkohol i en miljö med '
         'stöd dygnet runt, bearbetning av sorgen, medicinsk kontroll av diabetes och en plan för '
         'ekonomi och sysselsättning. Nygårds behandlingshem erbjuder 12-stegsbehandling, enskild '
         'sorgbearbetning och sjuksköterska på plats, och bedöms därmed kunna ge det som saknas. '
         'Behandlingen bör pågå ca fem månader med utslussning till hemmet och eftervård i Ängelholm.'),
        ('10. FÖRSLAG TILL BESLUT', 'Bistånd enligt SoL 4 kap 1 § i form av behandling på Nygårds '
         'behandlingshem 02.03.2015 - 31.07.2015.')],
        sign='Ängelholm 10.02.2015\n\nLena Mårtensson\nSocialsekreterare')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D), font='Courier11', width=74)
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Göran Strand 19010728-1834')]), [
        ('BESLUTSDATUM:  12.02.2015', ''), ('INSATS:        Behandlingshem, Nygårds behandlingshem', ''),
        ('LAGRUM:        SoL 4 kap 1 §', ''), ('GILTIGHETSTID: 02.03.2015 - 31.07.2015', ''),
        ('SKÄL FÖR BESLUTET', 'Se utredning daterad 10.02.2015.'),
        ('BESLUTSFATTARE', 'Jörgen Persson, enhetschef')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    rem = [('p', 'Ängelholms kommun\nSocialförvaltningen, Vuxenenheten\n262 80 Ängelholm'),
           ('p', 'Nygårds behandlingshem\nAtt: Intagningsgruppen\n\nÄngelholm 18.02.2015'),
           ('H', 'REMISS TILL BEHANDLINGSHEM'),
           ('fields', [('Klient', 'Göran Strand, 19010728-1834'), ('Dnr', D),
                       ('Beslut', '12.02.2015 enl. SoL 4 kap 1 §, 02.03.2015 - 31.07.2015')]),
           ('h', 'Socialtjänstens bedömning'),
           ('p', 'Göran har ett svårt alkoholberoende (AUDIT 34) som förvärrats sedan hustruns död 2011. Avgiftningar '
                 'utan fortsatt behandling har inte räckt. Han behöver en sammanhängande alkoholfri period med stöd '
                 'dygnet runt, sorgbearbetning, kontroll av diabetes och hjälp att planera ekonomi och sysselsättning.'),
           ('h', 'Uppdraget'),
           ('p', '12-stegsbehandling, enskilda samtal med sorgbearbetning, sjuksköterskekontakt för diabetes, stöd i '
                 'att kontakta Försäkringskassan/Arbetsförmedlingen, samt planering av utslussning och eftervård.'),
           ('h', 'Mål'),
           ('p', '- Göran är alkoholfri under hela vistelsen.\n- HbA1c under 60 vid utskrivning.\n'
                 '- Göran har ansökt om ersättning/sysselsättning före 30.06.2015.\n- Återupptagen kontakt med dottern.'),
           ('h', 'Uppföljning'),
           ('p', 'Vårdplan upprättas vid inskrivningen. Uppföljningsmöte på Nygård i maj 2015 samt utskrivningsmöte. '
                 'Behandlingshemmet hör av sig direkt vid återfall eller avbrott.'),
           ('h', 'Rapport vid avslut'),
           ('p', 'Utskrivningsrapport senast två veckor efter avslut, med måluppfyllelse, provresultat och '
                 'rekommendationer för eftervård.'),
           ('h', 'Kontaktuppgifter'),
           ('p', 'Lena Mårtensson, socialsekreterare\nTel 0431-46 83 12, fax 0431-46 83 99\nlena.martensson@angelholm.exempel.se')]
    rl.build(k.p('remiss_behandlingshem.pdf'), rem, serif=True, footer='Ängelholms kommun · Socialförvaltningen · Dnr ' + D)
    k.add('remiss_behandlingshem.pdf', 'uppdragsbeskrivning (remiss till behandlingshem)', 'reportlab', 'portrait, letter, footer with page numbers')
    vp = doc(head(O1, O2, 'VÅRDPLAN', [('DNR', D), ('KLIENT', 'Göran Strand'), ('DATUM', '05.03.2015'),
          ('DELTAGARE', 'Göran, Lena Mårtensson, Agneta Roos (Nygård)')]), [
        ('', 'Göran skrevs in på Nygård 02.03.2015. Vi har tillsammans kommit fram till följande. Göran ska vara '
         'alkoholfri under hela vistelsen; Nygård tar alkometerprov dagligen och PEth en gång i månaden med början '
         '01.04.2015. Agneta Roos har enskilda samtal med Göran varje onsdag med start 11.03.2015, med fokus på '
         'sorgen efter hustrun. Nygårds sjuksköterska kontrollerar blodsocker dagligen och HbA1c tas i april och '
         'i juli; målet är HbA1c under 60 vid utskrivningen 31.07.2015. Lena Mårtensson bokar ett möte med '
         'Försäkringskassan under maj så att Göran har ansökt om ersättning senast 30.06.2015. Göran skriver '
         'själv ett brev till dottern Emma under mars, och ett gemensamt samtal med Emma planeras till juni '
         'om hon vill (Agneta ansvarar).'),
        ('UPPFÖLJNING', 'Uppföljningsmöte på Nygård vecka 20 och utskrivningsmöte vecka 30.')],
        sign='Göran Strand          Lena Mårtensson          Agneta Roos')
    enscript_pdf(vp, k.p('vardplan.pdf'), header=HDR % 'VÅRDPLAN')
    k.add('vardplan.pdf', 'vårdplan', 'enscript-ps2pdf', 'portrait, monospaced, free text')
    import docx
    d = docx.Document()
    d.add_heading('Utskrivningsrapport', 0)
    d.add_paragraph('Nygårds behandlingshem\nKlient: Göran Strand    Vistelse: 2015-03-02 - 2015-07-31\n'
                    'Till: Lena Mårtensson, Ängelholms kommun    Datum: 2015-08-10')
    t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for i, h in enumerate(['Mål', 'Resultat', 'Kommentar']):
        t.rows[0].cells[i].text = h
    for r in [('Alkoholfri under vistelsen', 'Uppnått', 'Samtliga alkometer- och PEth-prover negativa'),
              ('HbA1c < 60', 'Uppnått', 'April 71, juli 56'),
              ('Ansökan om ersättning', 'Uppnått', 'Sjukersättning sökt 2015-06-02'),
              ('Kontakt med dottern', 'Delvis', 'Ett gemensamt samtal 2015-06-17, fortsatt kontakt per telefon')]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_heading('Sammanfattning', level=2)
    d.add_paragraph('Göran har fullföljt behandlingen. Han har deltagit aktivt i grupp och enskilda samtal och har '
                    'börjat bearbeta sorgen efter hustrun. Vi rekommenderar eftervård i AA/eftervårdsgrupp samt '
                    'fortsatt kontakt med diabetessköterska på vårdcentralen.')
    d.add_paragraph('Agneta Roos, behandlare')
    dp = os.path.join(TMP, 'c09_utskrivningsrapport.docx'); d.save(dp)
    lo_docx(dp, k.p('utskrivningsrapport.pdf'))
    k.add('utskrivningsrapport.pdf', 'utskrivningsrapport (utförare)', 'libreoffice-docx', 'portrait, table')
    jn = jhead(D, 'Göran Strand') + journal([
        ('07.01.2015', 'LMÅ', 'Ansökan om behandlingshem. Aktualiserat.'),
        ('12.02.2015', 'JPE', 'Beslut Nygård 02.03-31.07.2015.'),
        ('18.02.2015', 'LMÅ', 'Remiss till behandlingshem skickad per post till Nygård. Kopia i akten.'),
        ('02.03.2015', 'LMÅ', 'Göran inskrven på Nygård, dottern körde honom.'),
        ('05.03.2015', 'LMÅ', 'Vårdplan upprättad på Nygård.'),
        ('13.05.2015', 'LMÅ', 'Uppföljningsmöte på Nygård (kl, Agneta Roos, handl). Göran nykter, alla prover neg. '
         'HbA1c i april 71, har sjunkit. Sorgsamtalen har "öppnat något" säger Göran. Möte med FK bokat 26.05. '
         'Brev till dottern skickat, inget svar ännu. Fortsätter enl. plan.'),
        ('31.07.2015', 'LMÅ', 'Utskriven. Eftervård: AA 2 ggr/v, samtal på Vuxenenheten varannan vecka.'),
        ('11.08.2015', 'LMÅ', 'Utskrivningsrapport inkommen, scannad. Insatsen avslutad.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL', width=84)
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SAMMANFATTANDE ÖVERVÄGANDEN: what he lacks and why Nygård meets it',
        [('utredning.pdf', 'SAMMANFATTANDE ÖVERVÄGANDEN'), ('utredning.pdf', 'sjuksköterska på plats')])
    k.c('planning', 'ja', 'Free-text vårdplan with dated goals, who does what and when',
        [('vardplan.pdf', 'HbA1c under 60 vid utskrivningen')])
    k.c('follow_up', 'ja', 'Uppföljningsmöte 13.05.2015 with outcome; Utskrivningsrapport 2015-08-10',
        [('journal.pdf', 'Uppföljningsmöte på Nygård (kl'), ('utskrivningsrapport.pdf', 'Utskrivningsrapport')])
    k.c('assignment_description', 'ja', 'Remiss till behandlingshem with a-f, dated letter and journal 18.02.2015',
        [('remiss_behandlingshem.pdf', 'REMISS TILL BEHANDLINGSHEM'), ('remiss_behandlingshem.pdf', 'Kontaktuppgifter', 'multi'),
         ('journal.pdf', 'Remiss till behandlingshem skickad')], present=list('abcdefg'))
    return k

def c10():
    k = Case('Ängelholm', '2014-000702')
    D = '2014-000702'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Linda Ek'), ('PERSONNR', '19021004-2240'),
          ('HANDLÄGGARE', 'Ola Nyström'), ('DATUM', '14.11.2014')]), [
        ('AKTUALISERING', 'Orosanmälan från Vuxenpsykiatrin 02.10.2014, därefter egen ansökan 09.10.2014.'),
        ('NULÄGE', 'Linda är 22 år och bor hos sin mamma. Hon röker cannabis dagligen sedan 2012 och dricker '
         'alkohol på helgerna. Hon har avbrutit gymnasiet och har ingen sysselsättning. Hon har ångest och '
         'sömnproblem och har haft en kontakt med Vuxenpsykiatrin som hon inte fullföljt. DUDIT 29.10.2014: 24.'),
        ('LINDAS SYN', 'Linda vill sluta röka och vill läsa klart gymnasiet. Hon vill inte flytta hemifrån.'),
        ('HANDLÄGGARENS SLUTSATS', 'Lindas cannabisbruk har pågått under de år då hon skulle ha avslutat '
         'skolan och står nu i vägen för utbildning och för behandling av ångesten. Hon har stöd av sin mamma '
         'och en egen vilja till förändring. Det hon saknar är kunskap om hur cannabis påverkar ångest och '
         'sömn, strategier för att hantera suget och ett sammanhang som leder mot studier. Öppenvård på Vägen '
         '(cannabisprogrammet, 12 veckor, med urinprov) i kombination med studievägledning ger detta och kan '
         'ske samtidigt som hon bor kvar hemma. Fortsatt psykiatrisk kontakt är viktig och bör samordnas.'),
        ('FÖRSLAG', 'Öppenvård Vägen, cannabisprogrammet, SoL 4:1, 01.12.2014 - 31.05.2015.')], sign='Ola Nyström')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Linda Ek 19021004-2240')]), [
        ('BESLUTSDATUM:  20.11.2014', ''), ('INSATS:        Öppenvård', ''), ('UTFÖRARE:      Vägen, kommunens öppenvård', ''),
        ('LAGRUM:        SoL 4 kap 1 §', ''), ('PERIOD:        01.12.2014 - 31.05.2015', ''),
        ('BESLUTSFATTARE', 'Ola Nyström enl. delegation')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    gfp = ('VÄGEN - ÖPPENVÅRD FÖR VUXNA, ÄNGELHOLM\nGENOMFÖRANDEPLAN\n' + RULE + '\n'
           'Klient: Linda Ek          Behandlare: Sara Holm          Upprättad: 08.12.2014\n\n'
           'Mål och hur vi arbetar:\n\n'
           '  * Linda är cannabisfri senast 15.01.2015 och förblir det under programmet\n'
           '      - cannabisprogrammet, 12 träffar, tisdagar kl 10, Sara Holm, 09.12.2014 - 03.03.2015\n'
           '      - urinprov varje vecka, Sara Holm, fr.o.m. 09.12.2014\n'
           '  * Linda sover minst 6 timmar per natt i februari 2015\n'
           '      - sömnskola (2 träffar) i programmet, Sara, jan 2015\n'
           '      - Linda återupptar kontakt med Vuxenpsykiatrin, Linda ringer själv före 19.12.2014\n'
           '  * Linda har en plan för studier hösten 2015\n'
           '      - studievägledare på Komvux, Ola Nyström (handl.) bokar möte före 31.01.2015\n'
           '      - ansökan till Komvux inlämnad senast 15.04.2015 (Linda)\n\n'
           'Planen följs upp vid trepartssamtal i mars 2015.\n\n'
           'Linda Ek                          Sara Holm\n')
    enscript_pdf(gfp, k.p('genomforandeplan.pdf'), header='Vägen öppenvård|Genomförandeplan|$%/$=')
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'enscript-ps2pdf', 'portrait, monospaced, bullet list')
    jn = jhead(D, 'Linda Ek') + journal([
        ('02.10.2014', 'ONY', 'Orosanmälan från Vuxenpsyk. Aktualiserat.'),
        ('20.11.2014', 'ONY', 'Beslut öppenvård Vägen.'),
        ('28.11.2014', 'ONY', 'Ringt Sara Holm på Vägen och muntligen gått igenom uppdraget och vad vi kommit fram till '
         'i utredningen. Linda börjar 09.12. Någon skriftlig uppdragsbeskr. har inte skickats.'),
        ('10.12.2014', 'ONY', 'GFP från Vägen inkommen.'),
        ('22.01.2015', 'ONY', 'Möte m. studievägledare bokat 29.01 för kl.'),
        ('03.03.2015', 'ONY', 'Trepartssamtal Vägen, kl, Sara H, handl. Kl. har fullföljt 11 av 12 träffar. '
         'Urinproven negativa sedan 13.01. Sover bättre, har fått tid hos Vuxenpsyk. Har varit på Komvux, vill '
         'söka till ht. Fortsatt kontakt med Vägen varannan vecka t.o.m. maj.'),
        ('02.06.2015', 'ONY', 'Avslut. Kl. cannabisfri, ansökan Komvux inlämnad.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL', width=84)
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'HANDLÄGGARENS SLUTSATS: what she lacks and why öppenvård fits',
        [('utredning.pdf', 'HANDLÄGGARENS SLUTSATS')])
    k.c('planning', 'ja', 'Genomförandeplan as bullet list with dated goals, who and when',
        [('genomforandeplan.pdf', 'cannabisfri senast 15.01.2015')])
    k.c('follow_up', 'ja', 'Trepartssamtal 03.03.2015 with outcome',
        [('journal.pdf', 'Trepartssamtal Vägen')])
    k.c('assignment_description', 'nej', 'Assignment given orally by phone 28.11.2014; decision only names the provider')
    return k

def c11():
    k = Case('Ängelholm', '2015-000264', 'declined')
    D = '2015-000264'
    utr = doc(head(O1, O2, 'SKYNDSAM UTREDNING / BESLUTSUNDERLAG', [('DNR', D), ('KLIENT', 'Roger Lind'),
          ('PERSONNR', '19000614-4471'), ('HANDLÄGGARE', 'Ola Nyström'), ('DATUM', '17.07.2015')]), [
        ('AKTUALISERING', 'Roger ringde 13.07.2015 från avgiftningen på lasarettet och ansökte om behandlingshem '
         'direkt efter utskrivning, planerad 24.07.'),
        ('UPPGIFTER', 'Roger, 45 år, alkohol och amfetamin. Bostadslös sedan juni (bor hos vänner). Ingen '
         'tidigare kontakt med Vuxenenheten i Ängelholm; flyttade hit från Halmstad 2014.'),
        ('PRELIMINÄR BEDÖMNING', 'Utifrån det som framkommit hittills bedöms Roger vara i behov av '
         'behandlingshem. En fullständig utredning görs efter inskrivningen.'),
        ('FÖRSLAG', 'HVB Rönnegården från 27.07.2015, SoL 4 kap 1 §, i avvaktan på fullständig utredning.')],
        sign='Ola Nyström')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning (preliminär)', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Roger Lind 19000614-4471')]), [
        ('BESLUTSDATUM:  20.07.2015', ''), ('INSATS:        HVB Rönnegården', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('PERIOD:        27.07.2015 - 26.10.2015', ''), ('BESLUTSFATTARE', 'Jörgen Persson, enhetschef')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    fax = [('big', 'TELEFAX'),
           ('fields', [('Till', 'Rönnegården HVB, intagning'), ('Fax', '042-22 61 05'), ('Från', 'Ola Nyström, Vuxenenheten Ängelholm'),
                       ('Datum', '21.07.2015'), ('Antal sidor inkl. denna', '1'), ('Ärende', 'Uppdrag, Roger L. 19000614-4471, dnr ' + D)]),
           ('h', 'Uppdrag'),
           ('p', 'Behandling på HVB enl. beslut 20.07.2015, SoL 4 kap 1 §, 27.07.2015 - 26.10.2015. Boende, behandling för '
                 'alkohol- och amfetaminberoende, provtagning, hjälp med bostadsfrågan.'),
           ('h', 'Mål'),
           ('p', 'Roger ska vara drogfri under placeringen och ha en bostadslösning klar före utskrivning.'),
           ('h', 'Uppföljning'),
           ('p', 'Vårdplan vid inskrivning. Uppföljningsmöte på Rönnegården efter en månad.'),
           ('h', 'Handläggare'),
           ('p', 'Ola Nyström, tel 0431-46 83 27, ola.nystrom@angelholm.exempel.se')]
    rl.build(k.p('fax_uppdrag.pdf'), fax, header='Ängelholms kommun  Socialförvaltningen', footer='Fax 0431-46 83 99')
    k.add('fax_uppdrag.pdf', 'uppdragsbeskrivning (fax)', 'reportlab', 'portrait, fax form')
    jn = jhead(D, 'Roger Lind') + journal([
        ('13.07.2015', 'ONY', 'Tel. från kl. på avgiftningen. Ansöker om HVB. Skyndsam handläggning.'),
        ('20.07.2015', 'JPE', 'Beslut HVB Rönnegården fr. 27.07.'),
        ('21.07.2015', 'ONY', 'Uppdrag faxat till Rönnegården. Plats bekräftad 27.07 kl 13.'),
        ('24.07.2015', 'ONY', 'Kl. utskriven från avgiftningen. Överenskommet att handl. hämtar honom hos kompis 27.07 kl 10.'),
        ('27.07.2015', 'ONY', 'Kl. inte på plats vid avtalad tid, svarar inte i tel. Rönnegården meddelad, platsen hålls 2 dgr.'),
        ('29.07.2015', 'ONY', 'Kl. ringer. Han har ångrat sig och vill inte åka till Rönnegården, säger att han ska '
         'flytta tillbaka till Halmstad. Tackar nej till insatsen. Informerad om att han kan söka igen.'),
        ('29.07.2015', 'ONY', 'Rönnegården informerad, platsen avbokad. Ingen vistelse har påbörjats.'),
        ('05.08.2015', 'ONY', 'Ärendet avslutas.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL', width=84)
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'delvis', 'Only a PRELIMINÄR BEDÖMNING (conclusion) that was never completed',
        [('utredning.pdf', 'PRELIMINÄR BEDÖMNING')])
    k.c('planning', 'ej_tillämpligt', 'Client never arrived and declined the placement before it started')
    k.c('follow_up', 'ej_tillämpligt', 'Intervention never started')
    k.c('assignment_description', 'delvis', 'Faxed assignment with content, goals, follow-up, officer, date; no needs assessment and no report-back',
        [('fax_uppdrag.pdf', 'TELEFAX'), ('journal.pdf', 'Uppdrag faxat till Rönnegården')],
        present=list('bcdfg'), missing=list('ae'))
    return k

def c12():
    k = Case('Ängelholm', '2015-000051')
    D = '2015-000051'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Patrik Sandberg'), ('PERSONNR', '19020130-1193'),
          ('HANDLÄGGARE', 'Lena Mårtensson'), ('DATUM', '03.02.2015')]), [
        ('AKTUALISERING', 'Patrik ansökte 12.01.2015 om stöd för spel och alkohol efter att hans sambo krävt det.'),
        ('SITUATION', 'Patrik, 36 år, sambo, en dotter 4 år. Arbetar som säljare. Dricker 3-4 kvällar/vecka, '
         'berusad varje helg. Nätspel om pengar har lett till skulder (ca 80 000 kr, sms-lån). AUDIT 19.'),
        ('PATRIKS SYN', 'Han vill ha hjälp men måste kunna jobba. Sambon vill delta.'),
        ('HANDLÄGGARENS SLUTSATS', 'Patrik har ett riskbruk av alkohol som hänger ihop med spelandet; båda '
         'hotar familjens ekonomi och relationen. Han har arbete och stöd av sambon men saknar redskap för att '
         'bryta mönstret och överblick över skulderna. Öppenvård på Vägen (kvällsgrupp ÅP samt parsamtal) '
         'kombinerat med budget- och skuldrådgivning svarar mot det och är förenligt med arbetet.'),
        ('FÖRSLAG', 'Öppenvård Vägen, SoL 4:1, 16.02.2015 - 15.08.2015.')], sign='Lena Mårtensson')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    html = '''<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Sans",sans-serif;font-size:10.5pt;margin:28px}
    .hdr td{padding:1px 10px 1px 0} hr{border:0;border-top:1px solid #000}</style></head><body>
    <table class="hdr"><tr><td><b>Från:</b></td><td>Mårtensson Lena</td></tr>
    <tr><td><b>Skickat:</b></td><td>den 10 februari 2015 09:47</td></tr>
    <tr><td><b>Till:</b></td><td>Vägen öppenvård</td></tr>
    <tr><td><b>Kopia:</b></td><td>Nyström Ola</td></tr>
    <tr><td><b>Ämne:</b></td><td>SV: Uppdrag Patrik S, dnr 2015-000051</td></tr></table><hr>
    <p>Hej Sara,</p><p>som vi sa på telefon kommer här uppdraget skriftligt.</p>
    <p><u>Vad vi kommit fram till i utredningen:</u> Patrik (19020130-1193) har riskbruk av alkohol som hänger ihop med
    nätspel om pengar. Skulder och helgdrickande hotar familjens ekonomi och relationen till sambon. Han har arbete och
    stöd hemma men saknar redskap för att bryta mönstret. Därför öppenvård hos er kvällstid.</p>
    <p><u>Uppdraget:</u> ÅP-kvällsgrupp en gång i veckan, tre parsamtal med sambon, PEth en gång per månad.
    Handläggaren ordnar budget- och skuldrådgivning separat.</p>
    <p><u>Målen:</u> inget helgdrickande från mars; inget spel om pengar under insatstiden; PEth &lt; 0,05 från april.</p>
    <p><u>Uppföljning:</u> GFP till mig inom tre veckor, uppföljningsmöte med Patrik, dig och mig i maj.</p>
    <p><u>När insatsen avslutas:</u> kort skriftlig sammanfattning med måluppfyllelse, provsvar och om ni ser behov av fortsättning.</p>
    <p>Hälsningar<br>Lena Mårtensson<br>Socialsekreterare, Vuxenenheten<br>Ängelholms kommun<br>Tel 0431-46 83 12</p>
    <hr><p style="font-size:9pt">Från: Holm Sara<br>Skickat: den 9 februari 2015 16:02<br>Till: Mårtensson Lena<br>
    Ämne: Uppdrag Patrik S, dnr 2015-000051<br><br>Hej! Kan du maila uppdraget så lägger jag in det hos oss. /Sara</p>
    </body></html>'''
    chromium_html(html, k.p('epost_uppdrag.pdf'))
    k.add('epost_uppdrag.pdf', 'uppdragsbeskrivning (e-post)', 'chromium-print-to-pdf', 'portrait, e-mail printout')
    gfp = head('VÄGEN ÖPPENVÅRD', 'Ängelholms kommun', 'GENOMFÖRANDEPLAN', [('KLIENT', 'Patrik Sandberg'),
          ('UPPRÄTTAD', '26.02.2015'), ('BEHANDLARE', 'Sara Holm')]) + '''

MÅL:

INSATS / AKTIVITET                    ANSVARIG          TIDPUNKT
------------------------------------- ----------------- -------------------------
ÅP-kvällsgrupp, 10 träffar            Sara Holm         måndagar kl 18, fr.o.m. 02.03.2015
Parsamtal med sambon (3 st)           Sara Holm         mars, april, maj
PEth-prov                             Patrik (vårdcentralen) en gång per månad
Spelfri-app och spärr hos spelbolagen Patrik            snarast
Budget- och skuldrådgivning           Lena M. (handl.)  kontakt förmedlas i mars

Planen följs upp i maj tillsammans med handläggaren.

Patrik Sandberg                       Sara Holm
'''
    enscript_pdf(gfp, k.p('genomforandeplan.pdf'), header='Vägen öppenvård|GFP Patrik S.|$%/$=', landscape=True)
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'enscript-ps2pdf', 'landscape, monospaced table; portrait media shown landscape via /Rotate 90')
    jn = jhead(D, 'Patrik Sandberg') + journal([
        ('12.01.2015', 'LMÅ', 'Ansökan. Aktualiserat.'),
        ('05.02.2015', 'LMÅ', 'Beslut öppenvård Vägen 16.02-15.08.2015.'),
        ('10.02.2015', 'LMÅ', 'Uppdraget mailat till Sara Holm, Vägen.'),
        ('27.02.2015', 'LMÅ', 'GFP inkommen.'),
        ('19.05.2015', 'LMÅ', 'Utvärderingsmöte på Vägen m kl o Sara H. Kl. har gått på 9 av 10 grupptr. Ett helgfylla '
         'i april, annars inget. PEth mars 0,21, april 0,04, maj <0,03. Har spärrat sig hos spelbolagen, säger att '
         'han inte spelat sedan feb. Skuldsanering ansökt via budgetrådg. Sambon bekräftar. Fortsätter t.o.m. aug.'),
        ('17.08.2015', 'LMÅ', 'Sammanfattning från Vägen inkommen. Avslutas.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL', width=84)
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'HANDLÄGGARENS SLUTSATS: what he lacks and why öppenvård fits',
        [('utredning.pdf', 'HANDLÄGGARENS SLUTSATS')])
    k.c('planning', 'delvis', 'Genomförandeplan with activities/responsible/time but the MÅL field is empty',
        [('genomforandeplan.pdf', 'GENOMFÖRANDEPLAN')])
    k.c('follow_up', 'ja', 'Utvärderingsmöte 19.05.2015 with outcome',
        [('journal.pdf', 'Utvärderingsmöte på Vägen')])
    k.c('assignment_description', 'ja', 'E-mail assignment with a-f, sent 10.02.2015 (and journal)',
        [('epost_uppdrag.pdf', 'Vad vi kommit fram till'), ('journal.pdf', 'Uppdraget mailat')], present=list('abcdefg'))
    return k
