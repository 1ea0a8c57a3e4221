from common import *

O1, O2 = 'HÄSSLEHOLMS KOMMUN', 'Socialförvaltningen IFO, Missbruksenheten'
HDR = 'Hässleholms kommun IFO Missbruk|%s|sid $%%'

def jhead(dnr, name):
    return head(O1, O2, 'JOURNAL', [('DNR', dnr), ('KLIENT', name)]) + '\n'

def c13():
    k = Case('Hässleholm', 'SN 2015/77')
    D = 'SN 2015/77'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Stefan Jönsson'), ('PERSONNR', '19011009-2713'),
          ('HANDLÄGGARE', 'Camilla Ström, tel 0451-26 71 44'), ('UTREDNINGSTID', '150119 - 150220')]), [
        ('AKTUALISERING', 'Ansökan 150116 via Beroendecentrum Hässleholm.'),
        ('SITUATION', 'Stefan, 49 år, bor i villa i Tyringe som han äger med sin fru. De har separerat och '
         'huset ska säljas. Han arbetar som lastbilschaufför men körkortet är återkallat sedan december '
         '(rattfylleri). Dricker dagligen, i perioder från morgonen. AUDIT 150126: 30 p. Två tidigare '
         'öppenvårdskontakter (2011, 2013).'),
        ('UNDERLAG', 'Samtal med Stefan 150119, 150126 (hembesök i Tyringe), 150203 och 150217. '
         'Telefonsamtal med Beroendecentrum (ssk Britt Nyman) 150128 och med arbetsgivaren 150205, båda med '
         'Stefans samtycke. AUDIT 150126. Journalkopior från Beroendecentrum avseende 2011 och 2013.'),
        ('FAMILJ', 'Stefan och hans fru Annika har varit gifta i 20 år. Hon flyttade i november 2014 till en '
         'lägenhet i Hässleholm tillsammans med barnen (15 och 17 år). Barnen bor hos henne och träffar Stefan '
         'ibland på helger. Den äldsta sonen har sagt till sin mamma att han inte vill åka till pappa när han '
         'dricker. Huset är ute till försäljning och beräknas vara sålt till sommaren.'),
        ('ARBETE OCH EKONOMI', 'Anställd sedan 1998 på ett åkeri i Hässleholm. Efter att körkortet återkallades '
         'har arbetsgivaren omplacerat honom till lagret tillfälligt, men har sagt att det inte kan fortsätta '
         'efter juni. Lönen täcker utgifterna men husförsäljningen kommer att påverka ekonomin. Inga skulder '
         'hos Kronofogden.'),
        ('TIDIGARE INSATSER', '2011: samtal på Beroendecentrum, 8 besök, nykter ca ett halvår efteråt. '
         '2013: Antabus och samtal, avbröt efter två månader. Inga tidigare placeringar.'),
        ('HÄLSA', 'Högt blodtryck. Depressiva besvär, behandlas med SSRI via vårdcentralen. Stefan '
         'beskriver att han sover dåligt och att han dricker på morgonen för att "få igång sig".'),
        ('STEFANS EGEN BILD', 'Han vill få tillbaka körkortet och jobbet och behålla kontakten med barnen (15 och 17 år).'),
        ('SOCIALSEKRETERARENS BEDÖMNING', 'Stefan har ett alkoholberoende med dagligt morgondrickande som har '
         'kostat honom körkortet och nu hotar anställningen. Två tidigare öppenvårdsinsatser har inte gett '
         'varaktig förändring och den pågående separationen gör hemsituationen instabil. Stefan behöver en '
         'period av sammanhållen behandling borta från hemmet, stöd kring nedstämdheten och hjälp att '
         'planera boende efter husförsäljningen. Söderåsens behandlingshem (ÅP/KBT, 3-4 månader, '
         'samarbete med psykiatrisk sjuksköterska) bedöms svara mot detta. En längre nykter period med '
         'dokumenterade prover är också ett krav från Transportstyrelsen för nytt körkort.'),
        ('FÖRSLAG TILL BESLUT', 'HVB Söderåsens behandlingshem, SoL 4 kap 1 §, 150302 - 150630.')],
        sign='Hässleholm 150220   Camilla Ström')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D), font='Courier11', width=74)
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Stefan Jönsson 19011009-2713')]), [
        ('BESLUTSDATUM:  150224', ''), ('INSATS:        HVB Söderåsens behandlingshem', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('PERIOD:        150302 - 150630', ''), ('BESLUTSFATTARE', 'Camilla Ström enl. delegation')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    fax = ('\n\n                    T E L E F A X\n\n' + RULE + '\n'
           'TILL:            Söderåsens behandlingshem\n'
           'FAX:             0435-180 40\n'
           'FRÅN:            Camilla Ström, Missbruksenheten Hässleholm\n'
           'TEL:             0451-26 71 44\n'
           'FAX:             0451-26 71 00\n'
           'DATUM:           150225\n'
           'ANTAL SIDOR INKL. DENNA: 3\n' + RULE + '\n\n'
           'Uppdragsbeskrivning för Stefan J. inför inskrivning 150302.\n\f'
           'UPPDRAGSBESKRIVNING                                    DNR ' + D + '\n' + THIN + '\n'
           'KLIENT:          Stefan Jönsson 19011009-2713\n'
           'BESLUT:          150224, SoL 4 kap 1 §\n'
           'PERIOD:          150302 - 150630\n\n'
           'NÄMNDENS BEDÖMNING AV BEHOVEN\n'
           'Alkoholberoende med dagligt morgondrickande, återkallat körkort, hotad anställning. '
           'Tidigare öppenvård utan varaktig effekt. Instabil hemsituation p.g.a. separation. Behov av '
           'sammanhållen behandling borta från hemmet, stöd kring nedstämdhet och planering av boende.\n\n'
           'UPPDRAGET INNEHÅLLER\n'
           '- Boende och behandling enligt Söderåsens program (ÅP/KBT)\n'
           '- Alkoholprover (PEth) varje månad, dokumenteras för Transportstyrelsen\n'
           '- Kontakt med psykiatrisk sjuksköterska\n'
           '- Stöd i att planera boende efter husförsäljningen\n'
           '- Barnens besök på behandlingshemmet om Stefan och barnen vill\n\n'
           'MÅL\n'
           '1. Stefan är nykter under hela placeringen (PEth negativ varje månad).\n'
           '2. Stefan har eget boende ordnat senast 150615.\n'
           '3. Stefan har en skriftlig återfallsplan vid utskrivning.\n'
           '\f'
           'UPPFÖLJNING\n'
           'Vårdplan vid inskrivningsmötet. Uppföljningssamtal på Söderåsen efter ca 6 veckor och vid '
           'utskrivning. Återfall eller avbrott meddelas handläggaren samma dag.\n\n'
           'ÅTERRAPPORTERING\n'
           'Skriftlig utskrivningsrapport inom 14 dagar efter avslut med måluppfyllelse, provsvar '
           '(kopior), rekommendation om eftervård.\n\n'
           'ANSVARIG HANDLÄGGARE\n'
           'Camilla Ström, socialsekreterare\n'
           'Tel 0451-26 71 44 (telefontid 8.30-9.30), fax 0451-26 71 00\n'
           'camilla.strom@hassleholm.exempel.se\n')
    enscript_pdf(fax, k.p('fax_uppdrag.pdf'), header='Hässleholms kommun|TELEFAX|sid $%')
    rotate(k.p('fax_uppdrag.pdf'), '2')
    k.add('fax_uppdrag.pdf', 'uppdragsbeskrivning (fax)', 'enscript-ps2pdf + qpdf rotate', 'portrait, monospaced fax; page 2 rotated 90° (/Rotate)')
    vp = head(O1, O2, 'VÅRDPLAN', [('DNR', D), ('KLIENT', 'Stefan Jönsson'), ('DATUM', '150304'),
              ('NÄRVARANDE', 'Stefan, Camilla Ström, Jan Öberg (Söderåsen)')]) + '''

MÅL                         VAD GÖRS                  VEM              NÄR
--------------------------- ------------------------- ---------------- ----------
Nykter hela placeringen     PEth varje månad,          Söderåsen        150302-
(PEth neg.)                 ÅP-grupp 3 ggr/v                            150630
Eget boende senast 150615   Ansökan bostadsbolag,      Stefan + handl.  ansökan
                            kontakt m. mäklare/ex-fru                   före 150415
Återfallsplan klar          Enskilda samtal 1 g/v     Jan Öberg        150601
Kontakt med barnen          Besök på Söderåsen        Stefan, Jan Ö.   april, maj
Nedstämdhet följs           Psyk. ssk. var 3:e vecka  Söderåsen        fr. 150310

Nästa uppföljning: v. 16 på Söderåsen.
'''
    enscript_pdf(vp, k.p('vardplan.pdf'), header=HDR % 'VÅRDPLAN', width=90)
    k.add('vardplan.pdf', 'vårdplan', 'enscript-ps2pdf', 'portrait, monospaced table')
    sam = [('H', 'Samtycke till informationsutbyte'),
           ('fields', [('Namn', 'Stefan Jönsson'), ('Personnummer', '19011009-2713'), ('Dnr', D)]),
           ('p', 'Jag samtycker till att socialtjänsten i Hässleholm får lämna och inhämta uppgifter från:'),
           ('check', [(True, 'Beroendecentrum Hässleholm'), (True, 'Vårdcentralen Tyringe'), (True, 'Söderåsens behandlingshem'),
                      (True, 'Arbetsgivare (Åkeri AB i Hässleholm)'), (False, 'Kriminalvården/frivården'), (False, 'Försäkringskassan')]),
           ('p', 'Samtycket gäller under tiden ärendet pågår och kan när som helst återkallas.'),
           ('p', 'Ort och datum: Hässleholm 150126        Underskrift: Stefan Jönsson')]
    rl.build(k.p('samtycke.pdf'), sam, header='Hässleholms kommun  Socialförvaltningen', footer='Blankett IFO 04')
    k.add('samtycke.pdf', 'samtycke', 'reportlab', 'portrait, form with tick boxes')
    jn = jhead(D, 'Stefan Jönsson') + journal([
        ('150116', 'CST', 'Ansökan via Beroendecentrum.'),
        ('150224', 'CST', 'Beslut HVB Söderåsen.'),
        ('150225', 'CST', 'Uppdragsbeskr. faxad, 3 s. Jan Öberg har kvitterat per tel.'),
        ('150302', 'CST', 'Inskriven.'),
        ('150304', 'CST', 'Vårdplan upprättad på Söderåsen.'),
        ('150415', 'CST', 'UPPFÖLJNINGSSAMTAL Söderåsen, kl + Jan Ö + handl.\n'
         'Kl. nykter, PEth mars neg. Deltar i ÅP-gruppen, har börjat skriva återfallsplan. Nedstämdheten bättre '
         'enl. psyk.ssk. Ansökan om lägenhet hos Hässleholmshem inlämnad 150410. Barnen har besökt honom en '
         'gång. Allt enl. plan.'),
        ('150612', 'CST', 'Återkoppling från behandlingshemmet (Jan Ö per tel): kl. fått lägenhet fr. 150701, '
         'återfallsplan klar. PEth april och maj neg.'),
        ('150630', 'CST', 'Utskriven. Utskrivningsrapport inkommer.'),
        ('150710', 'CST', 'Utskrivningsrapport inkommen. Avslutat.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SOCIALSEKRETERARENS BEDÖMNING with needs and why HVB',
        [('utredning.pdf', 'SOCIALSEKRETERARENS BEDÖMNING'), ('utredning.pdf', 'ett krav från Transportstyrelsen')])
    k.c('planning', 'ja', 'Vårdplan table: goals, what, who, when (dated)',
        [('vardplan.pdf', 'Eget boende senast 150615')])
    k.c('follow_up', 'ja', 'UPPFÖLJNINGSSAMTAL 150415 with outcome; återkoppling 150612',
        [('journal.pdf', 'UPPFÖLJNINGSSAMTAL Söderåsen')])
    k.c('assignment_description', 'ja', 'Faxed 3-page assignment (page 2 rotated) with a-f; fax date 150225 and journal',
        [('fax_uppdrag.pdf', 'ANTAL SIDOR INKL. DENNA'), ('fax_uppdrag.pdf', 'NÄMNDENS BEDÖMNING AV BEHOVEN'),
         ('fax_uppdrag.pdf', 'ÅTERRAPPORTERING'), ('journal.pdf', 'Uppdragsbeskr. faxad')], present=list('abcdefg'))
    return k

def c14():
    k = Case('Hässleholm', 'SN 2014/412')
    D = 'SN 2014/412'
    au = [('H', 'AUDIT - resultat'),
          ('fields', [('Namn', 'Bo Hansson'), ('Datum', '2014-10-14'), ('Genomförd av', 'Anders Wik, Missbruksenheten')]),
          ('table', [['Fråga', 'Poäng'], ['1-3 (konsumtion)', '10'], ['4-6 (beroende)', '7'], ['7-10 (skadlig användning)', '9'], ['Summa', '26']], [80, 30]),
          ('h', 'Bedömning enligt AUDIT'),
          ('p', '☐ 0-7 lågrisk   ☐ 8-15 riskbruk   ☐ 16-19 skadligt bruk   ☒ 20+ sannolikt beroende'),
          ('p', 'Resultatet tyder på alkoholberoende. Vidare bedömning rekommenderas.')]
    au[4] = ('check', [(False, '0-7 lågrisk'), (False, '8-15 riskbruk'), (False, '16-19 skadligt bruk'), (True, '20+ sannolikt beroende')])
    rl.build(k.p('audit.pdf'), au, header='Hässleholms kommun  Missbruksenheten', footer='AUDIT')
    k.add('audit.pdf', 'AUDIT-resultat', 'reportlab', 'portrait, form with table and tick boxes')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Bo Hansson 19000221-3338'), ('HANDLÄGGARE', 'Anders Wik')]), [
        ('BESLUTSDATUM:  141020', ''), ('INSATS:        Öppenvård', ''), ('UTFÖRARE:      Öppenvårdsmottagningen Hässleholm', ''),
        ('LAGRUM:        SoL 4 kap 1 §', ''), ('PERIOD:        141103 - 150430', ''),
        ('BESLUT', 'Bo Hansson beviljas öppenvård enligt ansökan.'),
        ('BESLUTSFATTARE', 'Anders Wik, socialsekreterare')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    gfp = [('H', 'Genomförandeplan'),
           ('p', 'Öppenvårdsmottagningen Hässleholm · Klient: Bo Hansson · Datum: 2014-11-12 · Behandlare: Malin Frid'),
           ('table', [['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'],
                      ['Bo dricker högst 2 dagar/vecka i december och är nykter från januari 2015', 'Samtal (MI/ÅP) varannan vecka, dagbok över drickande', 'Malin Frid / Bo', '141117 - 150430'],
                      ['Antabus påbörjat', 'Läkarbesök Beroendecentrum', 'Bo bokar, Malin påminner', 'senast 141215'],
                      ['Bo har återgått till heltid på arbetet', 'Kontakt med företagshälsovården (med samtycke)', 'Malin Frid', 'februari 2015']],
            [55, 55, 30, 30]),
           ('p', 'Planen följs upp var tredje månad.')]
    rl.build(k.p('genomforandeplan.pdf'), gfp, header='Öppenvårdsmottagningen Hässleholm', footer='GFP 2014-11-12')
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'reportlab', 'portrait, table, header/footer')
    jn = jhead(D, 'Bo Hansson') + journal([
        ('141008', 'AWI', 'Kl. ringer, vill ha hjälp m. alkohol. Kl. säger själv att han behöver hjälp att sluta, '
         'frun har hotat att lämna honom.'),
        ('141014', 'AWI', 'Besök, AUDIT 26 p. Kl. vill ha samtal på Öppenvårdsmott.'),
        ('141020', 'AWI', 'Beslut öppenvård. Beslutet skickat för kännedom till Öppenvårdsmott.'),
        ('141113', 'AWI', 'GFP inkommen.'),
        ('150212', 'AWI', 'Uppföljn. bokad 150219 med kl o Malin F.'),
        ('150219', 'AWI', 'Uppföljn. inställd, handl. sjuk.'),
        ('150505', 'HKA', 'Handl. AW har slutat. Ingen uppföljning har gjorts under perioden p.g.a. vakans. '
         'Beslutstiden har gått ut. Kl. kontaktas.'),
        ('150518', 'HKA', 'Brev till kl. om att beslutstiden gått ut och att ärendet avslutas. Han kan söka igen.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'nej', 'No utredning; decision without reasons; only AUDIT test result and client\'s own words')
    k.c('planning', 'ja', 'Provider genomförandeplan with dated goals, activity, responsible',
        [('genomforandeplan.pdf', 'Antabus påbörjat')])
    k.c('follow_up', 'nej', 'Follow-up booked then cancelled; note 150505 says none was made')
    k.c('assignment_description', 'nej', 'No written assignment; decision only sent to the provider for information')
    return k

def c15():
    k = Case('Hässleholm', 'SN 2015/133')
    D = 'SN 2015/133'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Mats Ljung'), ('PERSONNR', '19020811-5076'),
          ('HANDLÄGGARE', 'Anders Wik'), ('DATUM', '150323')]), [
        ('AKTUALISERING', 'Ansökan 150302 efter kontakt med frivården.'),
        ('BAKGRUND', 'Mats, 31 år, frigiven från anstalt 150215 efter dom för stöld. Amfetamin och alkohol '
         'sedan tonåren. Bor tillfälligt på vandrarhem. Har en mamma i Hässleholm som vill stötta. '
         'Inga tidigare behandlingsinsatser utöver motivationssamtal på anstalt. Urinprov 150305 positivt '
         'för amfetamin.'),
        ('MATS SYN', 'Mats vill inte tillbaka till "gänget" och vill bort från Hässleholm en tid.'),
        ('ANALYS', 'Mats har ett långvarigt amfetaminbruk som är tätt kopplat till kriminalitet och till '
         'ett umgänge han själv vill lämna. Han saknar bostad, sysselsättning och erfarenhet av ett vuxenliv '
         'utan droger. Strax efter frigivning är återfallsrisken mycket hög. Det som krävs är en drogfri '
         'miljö med struktur dygnet runt och behandling för beroendet och det kriminella tänkandet, följt av '
         'träningsboende. Nygårds behandlingshem har ett program för målgruppen (ÅP, kriminalitet som '
         'livsstil) och kan ta emot honom omgående.'),
        ('FÖRSLAG', 'HVB Nygård, SoL 4:1, 150330 - 150929.')], sign='Anders Wik')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    rem = ('HÄSSLEHOLMS KOMMUN\nSocialförvaltningen IFO\n281 80 Hässleholm\n\n'
           '                                        Nygårds behandlingshem\n'
           '                                        Att: Intagningen\n\n'
           'Hässleholm 150325\n\n'
           'REMISS TILL BEHANDLINGSHEM\n' + THIN + '\n'
           'KLIENT:        Mats Ljung, 19020811-5076\n'
           'DNR:           ' + D + '\n'
           'BESLUT:        150324 SoL 4 kap 1 §, 150330 - 150929\n\n'
           'NÄMNDENS BEDÖMNING\n'
           'Långvarigt amfetaminbruk kopplat till kriminalitet, nyligen frigiven, saknar bostad och '
           'sysselsättning, mycket hög återfallsrisk. Behöver drogfri miljö med struktur dygnet runt och '
           'behandling för beroende och kriminellt tänkande, därefter träningsboende.\n\n'
           'UPPDRAGET\n'
           'Behandling enligt ert program inkl. kriminalitet som livsstil, drogtester, samverkan med '
           'frivården, utslussning till träningsboende.\n\n'
           'MÅL\n'
           '- Drogfri under vistelsen\n'
           '- Fullföljt programmet "Kriminalitet som livsstil" senast 150831\n'
           '- Plats i träningsboende klar till utskrivning\n\n'
           'UPPFÖLJNING\n'
           'Vårdplan/genomförandeplan inom fyra veckor. Utvärderingsmöte efter tre månader.\n\n'
           'AVSLUT\n'
           'Utskrivningsrapport med måluppfyllelse och provsvar till handläggaren.\n\n'
           'HANDLÄGGARE\n'
           'Anders Wik, tel 0451-26 71 52, anders.wik@hassleholm.exempel.se\n')
    enscript_pdf(rem, k.p('remiss.pdf'), header=HDR % 'REMISS')
    k.add('remiss.pdf', 'uppdragsbeskrivning (remiss till behandlingshem)', 'enscript-ps2pdf', 'portrait, monospaced letter')
    vp = head(O1, O2, 'VÅRDPLAN', [('DNR', D), ('KLIENT', 'Mats Ljung'), ('DATUM', '')]) + '''

INSATS:            [ ] HVB    [ ] Öppenvård    [ ] Annat

ÖVERGRIPANDE MÅL:  ______________________________________________

DELMÅL             VAD SKA GÖRAS        VEM            NÄR
------------------ -------------------- -------------- ----------
1.
2.
3.

UPPFÖLJNING:       ______________________________________________

UNDERSKRIFTER:     ____________________   ____________________
'''
    enscript_pdf(vp, k.p('vardplan.pdf'), header=HDR % 'VÅRDPLAN')
    k.add('vardplan.pdf', 'vårdplan (tom blankett)', 'enscript-ps2pdf', 'portrait, monospaced form, all fields empty')
    jn = jhead(D, 'Mats Ljung') + journal([
        ('150302', 'AWI', 'Ansökan. Aktualiserat.'),
        ('150324', 'AWI', 'Beslut HVB Nygård.'),
        ('150325', 'AWI', 'Remiss till behandlingshem skickad per post till Nygård, kopia per mail.'),
        ('150330', 'AWI', 'Inskriven på Nygård. Vårdplansmall skickad till Nygård.'),
        ('150630', 'AWI', 'Utvärderingsmöte på Nygård, närv. kl, kontaktperson Eva Lund, handl. Kl. har '
         'varit drogfri sedan inskrivning, alla tester negativa. Går i programmet KSL, beräknas klart i aug. '
         'Frivården nöjd. Kl. har sökt träningsboende, besked i sept. Fortsätter.'),
        ('150918', 'AWI', 'Tel. Eva Lund: KSL klart 150828. Träningsl. klar fr. 150930.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'ANALYS states what he lacks and why HVB (no "behov"/"bedömning")',
        [('utredning.pdf', 'ANALYS Mats har')])
    k.c('planning', 'nej', 'Vårdplan form with every field empty')
    k.c('follow_up', 'ja', 'Utvärderingsmöte 150630 with outcome', [('journal.pdf', 'Utvärderingsmöte på Nygård')])
    k.c('assignment_description', 'ja', 'Remiss till behandlingshem with a-f; dated letter and journal 150325',
        [('remiss.pdf', 'REMISS TILL BEHANDLINGSHEM'), ('journal.pdf', 'Remiss till behandlingshem skickad')], present=list('abcdefg'))
    return k

def c16():
    k = Case('Hässleholm', 'SN 2015/198')
    D = 'SN 2015/198'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Eva Nord'), ('PERSONNR', '19010522-4820'),
          ('HANDLÄGGARE', 'Camilla Ström'), ('DATUM', '150420')]), [
        ('AKTUALISERING', 'Orosanmälan 150327 från vårdcentralen, egen ansökan 150331.'),
        ('SITUATION', 'Eva, 57 år, bor ensam. Förtidspension. Dricker vin dagligen sedan maken dog 2013 och tar '
         'sömntabletter utöver förskrivning. Fallolyckor två gånger i vinter. Dottern i Kristianstad är orolig. AUDIT 27.'),
        ('EVAS SYN', 'Hon skäms och vill "få ordning" men vill inte att grannarna ska veta.'),
        ('SOCIALSEKRETERARENS BEDÖMNING', 'Eva har ett alkoholberoende kombinerat med överanvändning av '
         'sömnmedel, med risk för fall och förgiftning. Hon är isolerad och sörjer fortfarande. Hon behöver '
         'nedtrappning under medicinsk tillsyn, behandling för beroendet och stöd att bryta isoleringen. '
         'Eftersom nedtrappningen av sömnmedel kräver tillsyn och hon bor ensam bedöms behandlingshem '
         '(Tallhöjden, med ssk och läkare) under ca tre månader vara rätt insats.'),
        ('FÖRSLAG', 'HVB Tallhöjden, SoL 4:1, 150504 - 150802.')], sign='Camilla Ström')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % ('UTREDNING ' + D))
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    page = ('TELEFAX                          Antal sidor inkl. denna: 1\n'
            'Till: Stiftelsen Tallhöjden, fax 0435-440 19\n'
            'Från: Camilla Ström, Missbruksenheten Hässleholm, tel 0451-26 71 44\n'
            'Datum: 150428\n' + THIN + '\n'
            'UPPDRAGSBESKRIVNING   Eva Nord 19010522-4820   Dnr ' + D + '\n'
            'Beslut 150424 SoL 4:1, HVB 150504 - 150802\n\n'
            'BEDÖMNING: Alkoholberoende + överanvändning av sömnmedel, fallrisk, isolering efter makens '
            'död. Behöver nedtrappning under medicinsk tillsyn, beroendebehandling och stöd att bryta '
            'isoleringen.\n'
            'UPPDRAG: Boende, behandling, medicinsk nedtrappning, sorgsamtal, kontakt med dottern.\n'
            'MÅL: 1) Alkoholfri under vistelsen. 2) Sömnmedel enl. förskrivning senast 150615.\n'
            '     3) Eva deltar i en aktivitet utanför hemmet efter utskrivning (planerad före 150715).\n'
            'UPPFÖLJNING: Genomförandeplan inom 3 v. Uppföljningsmöte efter ca 6 v och före utskrivning.\n'
            'VID AVSLUT: Skriftlig rapport om måluppfyllelse, medicinering och rekommendation.\n'
            'HANDLÄGGARE: Camilla Ström, 0451-26 71 44, camilla.strom@hassleholm.exempel.se\n')
    scan_pdf([page], k.p('fax_skannad.pdf'), seed=16, faxhead='28/04 2015 11:02  HASSLEHOLM IFO  0451267100   P.%(p)d')
    k.add('fax_skannad.pdf', 'uppdragsbeskrivning (fax, skannad)', 'img2pdf (PIL raster 150 dpi)', 'scanned fax page', 'none')
    gfp = [('H', 'Genomförandeplan - Stiftelsen Tallhöjden'),
           ('fields', [('Klient', 'Eva Nord'), ('Inskriven', '2015-05-04'), ('Plan upprättad', '2015-05-13'), ('Kontaktperson', 'Jenny Ahl')]),
           ('table', [['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'],
                      ['Alkoholfri under vistelsen', 'Alkometer dagligen, ÅP-grupp', 'Jenny Ahl', '2015-05-04 - 08-02'],
                      ['Sömnmedel enligt förskrivning', 'Nedtrappningsschema, läkare', 'Tallhöjdens läkare', 'klart 2015-06-15'],
                      ['Minskad isolering', 'Sorggrupp, träff med PRO/kyrkans sorggrupp hemma', 'Eva, Jenny', 'planerat före 2015-07-15'],
                      ['Kontakt med dottern', 'Familjesamtal', 'Jenny Ahl', 'juni 2015']],
            [45, 55, 35, 35])]
    rl.build(k.p('genomforandeplan.pdf'), gfp, header='Stiftelsen Tallhöjden', footer='Genomförandeplan')
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'reportlab', 'portrait, table, header/footer')
    br = ('STIFTELSEN TALLHÖJDEN\n\nBEHANDLINGSRAPPORT\n\n'
          'Klient: Eva Nord\nTill: Socialsekreterare Camilla Ström, Hässleholm\n\n'
          'Eva har under vistelsen varit alkoholfri. Nedtrappningen av sömnmedel är genomförd och hon tar nu '
          'endast förskriven dos. Hon har deltagit i sorggruppen och har själv tagit kontakt med kyrkans '
          'sorggrupp på hemorten, som hon ska börja i efter utskrivningen. Ett familjesamtal med dottern har '
          'hållits, och dottern kommer att besöka Eva varannan helg. Vi bedömer att målen i stort är '
          'uppfyllda och rekommenderar eftervård i form av samtal på Missbruksenheten.\n\n'
          'Jenny Ahl\nKontaktperson\n')
    enscript_pdf(br, k.p('behandlingsrapport.pdf'), header='Stiftelsen Tallhöjden|Behandlingsrapport|')
    k.add('behandlingsrapport.pdf', 'behandlingsrapport (utförare, odaterad)', 'enscript-ps2pdf', 'portrait, monospaced')
    jn = jhead(D, 'Eva Nord') + journal([
        ('150327', 'CST', 'Orosanmälan från Vårdcentralen Hässleholm Öst.'),
        ('150424', 'CST', 'Beslut HVB Tallhöjden.'),
        ('150428', 'CST', 'Uppdragsbeskr. faxad t. Tallhöjden.'),
        ('150504', 'CST', 'Kl. inskriven. Dottern skjutsade.'),
        ('150514', 'CST', 'GFP inkommen.'),
        ('150803', 'CST', 'Kl. utskriven 150802. Insatsen avslutad.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SOCIALSEKRETERARENS BEDÖMNING with needs and reasons',
        [('utredning.pdf', 'SOCIALSEKRETERARENS BEDÖMNING')])
    k.c('planning', 'ja', 'Genomförandeplan table with dated goals, who, when',
        [('genomforandeplan.pdf', 'Sömnmedel enligt förskrivning')])
    k.c('follow_up', 'delvis', 'Provider Behandlingsrapport with outcome but undated; no follow-up note in journal',
        [('behandlingsrapport.pdf', 'BEHANDLINGSRAPPORT')])
    k.c('assignment_description', 'ja', 'Scanned one-page fax holding a-f with date 150428; journal 150428',
        [('fax_skannad.pdf', [1]), ('journal.pdf', 'Uppdragsbeskr. faxad')], present=list('abcdefg'))
    return k
