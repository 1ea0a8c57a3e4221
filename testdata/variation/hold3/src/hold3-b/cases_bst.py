from common import *

O1, O2 = 'BÅSTADS KOMMUN', 'Socialtjänsten, Vuxenenheten'

def g(text, out, title):
    groff_pdf(text, out, left='Båstads kommun Socialtjänsten', center=title, right='Sida %')

def jhead(dnr, name):
    return head(O1, O2, 'JOURNALANTECKNINGAR', [('DNR', dnr), ('KLIENT', name)]) + '\n'

def c17():
    k = Case('Båstad', 'SOC 2015/22')
    D = 'SOC 2015/22'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Hans Wiklund'), ('PERSONNR', '19000330-2255'),
          ('HANDLÄGGARE', 'Maria Bengtsson'), ('DATUM', '23.02.2015')]), [
        ('AKTUALISERING', 'Hans ansökte 28.01.2015 efter att ha pratat med distriktssköterskan i Förslöv.'),
        ('BAKGRUND', 'Hans, 63 år, bor i eget hus utanför Grevie. Pensionerad lantbrukare. Gift, frun arbetar '
         'deltid. Dricker sprit varje kväll, ökat efter pensioneringen 2013. AUDIT 10.02.2015: 21 p. Inga tidigare '
         'insatser. Leverprover förhöjda enligt vårdcentralen.'),
        ('HANS EGEN SYN', 'Han vill inte "åka iväg någonstans" men inser att det gått för långt. Frun vill delta.'),
        ('SOCIALSEKRETERARENS BEDÖMNING', 'Hans dricker dagligen och mängden har ökat sedan han slutade '
         'arbeta; levervärdena visar att det redan påverkar hälsan. Han har ett stabilt boende, en fru som '
         'stöttar och motivation, men saknar ett innehåll i vardagen och redskap att avstå. Öppenvård på '
         'Bjäre öppenvård med återfallsprevention, anhörigsamtal och stöd att hitta sysselsättning '
         'bedöms räcka och passar hans önskan att bo kvar hemma. Antabus kan prövas via vårdcentralen.'),
        ('FÖRSLAG', 'Öppenvård Bjäre öppenvård SoL 4 kap 1 §, 09.03.2015 - 08.09.2015.')], sign='Maria Bengtsson, socialsekreterare')
    g(utr, k.p('utredning.pdf'), 'UTREDNING')
    k.add('utredning.pdf', 'utredning', 'groff-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Hans Wiklund 19000330-2255')]), [
        ('BESLUTSDATUM:  26.02.2015', ''), ('INSATS:        Öppenvård, Bjäre öppenvård', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('GILTIGHET:     09.03.2015 - 08.09.2015', ''), ('BESLUTSFATTARE', 'Maria Bengtsson enl. delegation')])
    g(bes, k.p('beslut.pdf'), 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'groff-ps2pdf', 'portrait, monospaced')
    upp = head(O1, O2, 'UPPDRAGSBESKRIVNING', [('DNR', D), ('KLIENT', 'Hans Wiklund 19000330-2255'),
          ('UTFÖRARE', 'Bjäre öppenvård, Anna Lindh'), ('BESLUT', '26.02.2015, SoL 4:1, 09.03.2015 - 08.09.2015')]) + '''

NÄMNDENS BEDÖMNING:
  Dagligt spritdrickande som ökat efter pensionering, förhöjda levervärden.
  Stabilt boende och stöttande fru. Saknar innehåll i vardagen och
  redskap att avstå. Öppenvård med ÅP och anhörigstöd bedöms räcka.

UPPDRAGET OMFATTAR:
  ÅP-samtal varje vecka, tre anhörigsamtal med frun, stöd att hitta
  sysselsättning (t.ex. PRO, Röda korset), samverkan med vårdcentralen
  om Antabus och leverprover.

MÅL:
  1. Hans dricker inte alls fr.o.m. april 2015.
  2. Levervärdena normaliserade vid provtagning i augusti 2015.
  3. Hans har en regelbunden aktivitet utanför hemmet senast 30.06.2015.

UPPFÖLJNING:
  Genomförandeplan inom tre veckor. Uppföljning med Hans, behandlare
  och handläggare i maj samt vid avslut.

RAPPORT VID AVSLUT:
  Skriftlig sammanfattning: måluppfyllelse, provsvar, rekommendation.

HANDLÄGGARE:
  Maria Bengtsson, tel 0431-770 48, maria.bengtsson@bastad.exempel.se

ÖVERLÄMNAD:
  02.03.2015 personligen till Anna Lindh vid planeringsmöte.
'''
    g(upp, k.p('uppdragsbeskrivning.pdf'), 'UPPDRAGSBESKRIVNING')
    k.add('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', 'groff-ps2pdf', 'portrait, monospaced form')
    gfp = head('BJÄRE ÖPPENVÅRD', 'Båstads kommun', 'GENOMFÖRANDEPLAN', [('KLIENT', 'Hans Wiklund'), ('DATUM', '18/3-15'),
          ('BEHANDLARE', 'Anna Lindh')]) + '''

MÅL                      AKTIVITET                 ANSVARIG      NÄR
------------------------ ------------------------- ------------- -----------
Ingen alkohol fr. april  ÅP-samtal onsdagar kl 9   Anna / Hans   fr. 18/3-15
Antabus                  Läkarbesök VC Förslöv     Hans          senast 1/4-15
Normala levervärden      Provtagning VC            VC / Hans     maj + aug -15
Aktivitet utanför hemmet Besök PRO, Röda korset    Hans + Anna   30/6-15
Anhörigstöd              3 samtal med frun         Anna Lindh    apr, maj, jun

Hans Wiklund                          Anna Lindh
'''
    g(gfp, k.p('genomforandeplan.pdf'), 'GENOMFÖRANDEPLAN')
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'groff-ps2pdf', 'portrait, monospaced table')
    jn = jhead(D, 'Hans Wiklund') + journal([
        ('28.01.2015', 'MBE', 'Ansökan. Aktualiserat.'),
        ('26.02.2015', 'MBE', 'Beslut ÖV Bjäre.'),
        ('02.03.2015', 'MBE', 'Planeringsmöte på Bjäre öppenvård, uppdragsbeskr. överlämnad till Anna Lindh.'),
        ('19.03.2015', 'MBE', 'GFP inkommen.'),
        ('20.05.2015', 'MBE', 'Vi träffades för att se hur det gått, Hans, frun, Anna L och handl. Hans har tagit Antabus '
         'sedan 30.03 och inte druckit sedan dess. Leverprover i maj: GT sjunkit från 3,1 till 1,4. Två anhörigsamtal '
         'gjorda. Han har börjat hjälpa till i Röda korsets second hand en dag i veckan. Fortsätter enl. plan.'),
        ('09.09.2015', 'MBE', 'Avslutningssamtal. Nykter, levervärden normala i aug. Avslutas.')])
    g(jn, k.p('journal.pdf'), 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'groff-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SOCIALSEKRETERARENS BEDÖMNING with needs and why öppenvård',
        [('utredning.pdf', 'SOCIALSEKRETERARENS BEDÖMNING')])
    k.c('planning', 'ja', 'Genomförandeplan table with dated goals, who, when',
        [('genomforandeplan.pdf', 'Aktivitet utanför hemmet')])
    k.c('follow_up', 'ja', 'Journal 20.05.2015 "vi träffades för att se hur det gått" with outcome',
        [('journal.pdf', 'Vi träffades för att se hur det gått')])
    k.c('assignment_description', 'ja', 'Written assignment with a-f and ÖVERLÄMNAD 02.03.2015 (also journal)',
        [('uppdragsbeskrivning.pdf', 'NÄMNDENS BEDÖMNING'), ('journal.pdf', 'uppdragsbeskr. överlämnad')], present=list('abcdefg'))
    return k

def c18():
    k = Case('Båstad', 'SOC 2014/61')
    D = 'SOC 2014/61'
    ans = head(O1, O2, 'ANSÖKAN / AKTUALISERING', [('DNR', D), ('KLIENT', 'Ulla Berg'), ('PERSONNR', '19020419-3006'),
          ('DATUM', '02.12.2014'), ('MOTTAGEN AV', 'Per Holmgren')]) + '''

ÄRENDET AVSER:   Ansökan om behandlingshem (alkohol).

KLIENTENS UPPGIFTER:
Ulla, 42 år, har druckit dagligen sedan sommaren. Hon har blivit uppsagd
från sitt arbete i restaurangbranschen. Hon bor med sin sambo som också
dricker. Hon har gjort en avgiftning på Helsingborgs lasarett i november.
Hon vill till behandlingshem "så fort som möjligt".
'''
    g(ans, k.p('ansokan.pdf'), 'ANSÖKAN')
    k.add('ansokan.pdf', 'ansökan/aktualisering', 'groff-ps2pdf', 'portrait, monospaced')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', D), ('KLIENT', 'Ulla Berg 19020419-3006'), ('HANDLÄGGARE', 'Per Holmgren')]), [
        ('BESLUTSDATUM:  15.12.2014', ''), ('INSATS:        Behandlingshem, Rönnegården', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('GILTIGHET:     07.01.2015 - 06.07.2015', ''),
        ('SKÄL FÖR BESLUTET', 'Ulla bedöms vara i behov av behandling på behandlingshem.'),
        ('BESLUTSFATTARE', 'Per Holmgren, socialsekreterare')])
    g(bes, k.p('beslut.pdf'), 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'groff-ps2pdf', 'portrait, monospaced')
    brev = '''BÅSTADS KOMMUN
Socialtjänsten
269 80 Båstad
                                          Rönnegården HVB

UPPDRAG AVSEENDE ULLA BERG, 19020419-3006   (Dnr SOC 2014/61)

Bedömning av behov:

Insats:        Behandling på behandlingshem enligt beslut 15.12.2014,
               SoL 4 kap 1 §, 07.01.2015 - 06.07.2015.

Innehåll:      Behandlingsprogram, samtal, provtagning, stöd att söka
               arbete/praktik under utslussningen.

Mål:           Ulla är nykter under vistelsen. Ulla har en plan för
               boende (ev. utan sambon) och sysselsättning vid utskrivning.

Uppföljning:   Vårdplan vid inskrivning. Uppföljning efter tre månader
               på Rönnegården.

Vid avslut:    Utskrivningsrapport till handläggaren.

Handläggare:   Per Holmgren, 0431-770 52, per.holmgren@bastad.exempel.se


Med vänlig hälsning
Per Holmgren
'''
    g(brev, k.p('uppdrag_brev.pdf'), 'UPPDRAG')
    k.add('uppdrag_brev.pdf', 'uppdragsbeskrivning (brev, odaterat)', 'groff-ps2pdf', 'portrait, monospaced letter')
    vp = head(O1, O2, 'VÅRDPLAN', [('DNR', D), ('KLIENT', 'Ulla Berg'), ('DATUM', '09.01.2015'),
          ('DELTAGARE', 'Ulla, Per Holmgren, Ali Haddad (Rönnegården)')]) + '''

1. Nykterhet
   Mål: Ulla är nykter hela vistelsen 07.01-06.07.2015.
   Hur: alkometer dagligen, PEth varje månad. Ansvar: Rönnegården.

2. Boende
   Mål: Ulla har bestämt var hon ska bo efter utskrivning senast 30.04.2015.
   Hur: samtal om relationen till sambon; vid behov ansökan om lägenhet
   via Båstadhem. Ansvar: Ulla, med stöd av Ali Haddad och handl.

3. Sysselsättning
   Mål: Ulla är inskriven på Arbetsförmedlingen och har en praktikplats
   påbörjad senast 15.06.2015. Ansvar: handl. bokar möte med AF i maj.

Uppföljning ska ske om tre månader.
'''
    g(vp, k.p('vardplan.pdf'), 'VÅRDPLAN')
    k.add('vardplan.pdf', 'vårdplan', 'groff-ps2pdf', 'portrait, monospaced, numbered list')
    jn = jhead(D, 'Ulla Berg') + journal([
        ('02.12.2014', 'PHO', 'Ansökan om behandlingshem. Aktualiserat.'),
        ('15.12.2014', 'PHO', 'Beslut Rönnegården.'),
        ('07.01.2015', 'PHO', 'Kl. inskriven Rönnegården.'),
        ('09.01.2015', 'PHO', 'Vårdplan upprättad.'),
        ('14.04.2015', 'PHO', 'Uppf. Rönnegården bokad 21.04.'),
        ('21.04.2015', 'PHO', 'Uppf. avbokad av Rönnegården pga personalbrist, ny tid ges.'),
        ('18.06.2015', 'PHO', 'Kl. ringer ang. bostadsbidrag. Hänvisad till FK.'),
        ('06.07.2015', 'PHO', 'Beslutstiden slut. Inväntar utskrivningsrapport.')])
    g(jn, k.p('journal.pdf'), 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'groff-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'delvis', 'No utredning; SKÄL FÖR BESLUTET only concludes "bedöms vara i behov av behandling på behandlingshem"',
        [('beslut.pdf', 'SKÄL FÖR BESLUTET')])
    k.c('planning', 'ja', 'Vårdplan with dated goals, how and who',
        [('vardplan.pdf', 'senast 30.04.2015')])
    k.c('follow_up', 'nej', 'Only "uppföljning ska ske om tre månader"; booked follow-up cancelled, none held')
    k.c('assignment_description', 'delvis', 'Assignment letter: "Bedömning av behov" empty, letter undated and no handover recorded',
        [('uppdrag_brev.pdf', 'UPPDRAG AVSEENDE ULLA BERG')], present=list('bcdef'), missing=['a', 'g'])
    return k

def c19():
    k = Case('Båstad', 'SOC 2015/40')
    D = 'SOC 2015/40'
    lak = [('H', 'Läkarintyg'), ('fields', [('Patient', 'Johan Falk, 19010901-1714'), ('Mottagning', 'Vårdcentralen Båstad'),
             ('Datum', '2015-02-20'), ('Intygsskrivande läkare', 'Karl Dahl, leg. läkare')]),
           ('h', 'Anamnes'), ('p', 'Ökande alkoholkonsumtion sedan två år, nu dagligen. Sömnbesvär, oro. GT 2,8, CDT förhöjt.'),
           ('h', 'Bedömning'), ('p', 'Alkoholberoende enligt ICD-10 F10.2. Patienten bedöms ha behov av behandling i '
                                     'öppenvård med återfallsprevention. Remitteras till socialtjänsten.')]
    rl.build(k.p('lakarintyg.pdf'), lak, header='Region Skåne  Vårdcentralen Båstad', footer='Läkarintyg')
    k.add('lakarintyg.pdf', 'läkarintyg', 'reportlab', 'portrait, form')
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Johan Falk'), ('PERSONNR', '19010901-1714'),
          ('HANDLÄGGARE', 'Maria Bengtsson'), ('DATUM', '06.03.2015')]), [
        ('AKTUALISERING', 'Remiss från Vårdcentralen Båstad 20.02.2015.'),
        ('SITUATION', 'Johan, 39 år, bor med fru och två barn i Båstad. Kock på hotell. Dricker dagligen efter '
         'arbetet. Har själv sökt hjälp via vårdcentralen.'),
        ('JOHANS SYN', 'Vill ha samtal, helst på morgonen.'),
        ('BEDÖMNING', 'Se läkarintyg.'),
        ('FÖRSLAG', 'Öppenvård Bjäre öppenvård, SoL 4:1, 16.03.2015 - 15.09.2015.')], sign='Maria Bengtsson')
    g(utr, k.p('utredning.pdf'), 'UTREDNING')
    k.add('utredning.pdf', 'utredning', 'groff-ps2pdf', 'portrait, monospaced')
    vp = head('BJÄRE ÖPPENVÅRD', 'Båstads kommun', 'GENOMFÖRANDEPLAN', [('KLIENT', 'Johan Falk'), ('DATUM', '25/3-15')]) + '''

MÅL:
  - Johan ska dricka mindre
  - Johan ska sova bättre
  - Bättre stämning hemma

INSATSER:
  - Samtal
  - Eventuellt anhörigsamtal
'''
    g(vp, k.p('genomforandeplan.pdf'), 'GENOMFÖRANDEPLAN')
    k.add('genomforandeplan.pdf', 'genomförandeplan', 'groff-ps2pdf', 'portrait, monospaced, bullet list')
    jn = jhead(D, 'Johan Falk') + journal([
        ('20.02.2015', 'MBE', 'Remiss från VC. Aktualiserat.'),
        ('10.03.2015', 'MBE', 'Beslut ÖV Bjäre. Kopia av beslutet skickad till Bjäre öppenvård.'),
        ('20.03.2015', 'MBE', 'Anna Lindh på Bjäre efterfrågar uppdragsbeskrivning. Handl. svarar att den kommer.'),
        ('26.03.2015', 'MBE', 'GFP inkommen.'),
        ('05.05.2015', 'MBE', 'Trepartssamtal har hållits på Bjäre öppenvård.'),
        ('16.09.2015', 'MBE', 'Beslutet har gått ut. Avslutas.')])
    g(jn, k.p('journal.pdf'), 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'groff-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'nej', 'BEDÖMNING says only "Se läkarintyg"; only the doctor\'s assessment exists')
    k.c('planning', 'delvis', 'Genomförandeplan with vague undated goals, no who/when',
        [('genomforandeplan.pdf', 'Johan ska dricka mindre')])
    k.c('follow_up', 'delvis', 'Journal 05.05.2015 notes a trepartssamtal was held, no outcome',
        [('journal.pdf', 'Trepartssamtal har hållits')])
    k.c('assignment_description', 'nej', 'Only a copy of the decision sent; assignment requested but never written')
    return k

def c20():
    k = Case('Båstad', 'SOC 2015/09')
    D = 'SOC 2015/09'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', D), ('KLIENT', 'Nils Åberg'), ('PERSONNR', '19001202-4493'),
          ('HANDLÄGGARE', 'Per Holmgren'), ('DATUM', '02.02.2015')]), [
        ('AKTUALISERING', 'Orosanmälan 08.01.2015 från polisen (omhändertagen enl. LOB tre gånger i december), '
         'egen ansökan 12.01.2015.'),
        ('SITUATION', 'Nils, 52 år, bor ensam i hyresrätt i Torekov. Säsongsarbetare inom turism, arbetslös '
         'vintertid. Dricker i perioder på 1-2 veckor, däremellan nykter. Två LOB i december, en fallskada. '
         'AUDIT 25. Tidigare behandlingshem 2009 med gott resultat i tre år.'),
        ('NILS SYN', 'Nils säger att det som hjälpte förra gången var att komma bort och få rutiner.'),
        ('SOCIALTJÄNSTENS STÄLLNINGSTAGANDE', 'Nils periodsupande har blivit tätare och farligare under vintern '
         '(LOB, fallskada). Under vintermånaderna saknar han arbete och struktur, och han är ensam. Han har tidigare '
         'tillgodogjort sig behandling på behandlingshem. Det som krävs nu är en period med rutiner och behandling '
         'mot återfall under den tid då han saknar arbete, och en plan för nästa vinter. Söderåsens behandlingshem '
         '(ÅP, arbetsträning i trädgård) kan ge det, tre månader februari - maj så att han kan börja säsongsarbetet.'),
        ('FÖRSLAG', 'HVB Söderåsen SoL 4:1, 16.02.2015 - 15.05.2015.')], sign='Per Holmgren')
    g(utr, k.p('utredning.pdf'), 'UTREDNING')
    k.add('utredning.pdf', 'utredning', 'groff-ps2pdf', 'portrait, monospaced, header with page numbers')
    fax = fax_cover('Söderåsens behandlingshem', '0435-180 40', 'Per Holmgren, Socialtjänsten Båstad', '0431-770 99',
                    '2015-02-10 kl. 14.05', 2, 'Uppdragsbeskrivning Nils Å., inskrivning 16/2')
    fax += [('H', 'Uppdragsbeskrivning'),
            ('fields', [('Klient', 'Nils Åberg, 19001202-4493'), ('Dnr', D), ('Beslut', '05.02.2015 SoL 4 kap 1 §, 16.02.2015 - 15.05.2015'),
                        ('Socialtjänstens bedömning', 'Periodsupande som blivit tätare (LOB, fallskada) under vintern då han saknar '
                         'arbete och struktur. Har tidigare haft god effekt av behandlingshem. Behöver rutiner, '
                         'återfallsprevention och en plan för nästa vinter.'),
                        ('Uppdraget', 'Boende, ÅP-behandling, arbetsträning i trädgården, planering av sysselsättning vintern 2015/16.'),
                        ('Mål', '1. Nykter under vistelsen. 2. Skriftlig återfallsplan klar före 30.04.2015. '
                                '3. Plan för vintern 2015/16 (arbete eller daglig sysselsättning) klar vid utskrivning.'),
                        ('Uppföljning', 'Uppföljningssamtal efter ca 6 veckor och vid utskrivning (handläggaren deltar).'),
                        ('Rapport vid avslut', 'Utskrivningsrapport med måluppfyllelse och rekommendationer.'),
                        ('Handläggare', 'Per Holmgren, tel 0431-770 52, per.holmgren@bastad.exempel.se')], [48 * mm, 122 * mm])]
    rl.build(k.p('fax_uppdrag.pdf'), fax, header='Båstads kommun  Socialtjänsten  TELEFAX', footer='Dnr ' + D)
    k.add('fax_uppdrag.pdf', 'uppdragsbeskrivning (fax)', 'reportlab', 'portrait, fax cover + form')
    jn = jhead(D, 'Nils Åberg') + journal([
        ('08.01.2015', 'PHO', 'Orosanmälan polisen. Aktualiserat.'),
        ('05.02.2015', 'PHO', 'Beslut HVB Söderåsen.'),
        ('10.02.2015', 'PHO', 'Uppdragsbeskrivning faxad till Söderåsen, mottagen enl. tel.'),
        ('16.02.2015', 'PHO', 'Inskriven. Genomförandeplan ska upprättas av behandlingshemmet inom fyra veckor.'),
        ('20.03.2015', 'PHO', 'Söderåsen meddelar planerad permision 3-5/4.'),
        ('01.04.2015', 'PHO', 'Uppföljningssamtal Söderåsen (kl, kontaktp. Jan Öberg, handl). Kl. nykter sedan '
         'inskrivning, arbetar i trädgården varje dag och "mår bättre än på länge". Återfallsplanen påbörjad. '
         'Han har fått löfte om säsongsjobb på hotell i Torekov från 18.05. Vintern 15/16 ej planerad än.'),
        ('15.05.2015', 'PHO', 'Utskriven. Utskrivningsrapport inkommen 22.05: återfallsplan klar, nykter hela tiden. '
         'Plan för vintern: anmäld till AF, kontakt med kommunens arbetsmarknadsenhet i oktober.')])
    g(jn, k.p('journal.pdf'), 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'groff-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SOCIALTJÄNSTENS STÄLLNINGSTAGANDE: what he lacks and why HVB (no "behov")',
        [('utredning.pdf', 'SOCIALTJÄNSTENS STÄLLNINGSTAGANDE')])
    k.c('planning', 'nej', 'No vårdplan/genomförandeplan in file; only that one will be made; "planerad permission" is another sense')
    k.c('follow_up', 'ja', 'Uppföljningssamtal 01.04.2015 with outcome; utskrivningsrapport noted 15.05',
        [('journal.pdf', 'Uppföljningssamtal Söderåsen')])
    k.c('assignment_description', 'ja', 'Faxed assignment form with a-f, fax date 2015-02-10, journal',
        [('fax_uppdrag.pdf', 'Antal sidor inkl. denna'), ('fax_uppdrag.pdf', 'Socialtjänstens bedömning'),
         ('journal.pdf', 'Uppdragsbeskrivning faxad')], present=list('abcdefg'))
    return k
