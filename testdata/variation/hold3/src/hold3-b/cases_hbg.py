from common import *

O1, O2 = 'HELSINGBORGS STAD', 'Socialförvaltningen, Vuxenenheten Missbruk'
HDR = 'Helsingborg Socialförvaltningen|%s|Sida $%% av $='

def c01():
    k = Case('Helsingborg', 'SOF 2015/214')
    H = 'Annika Holm'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', 'SOF 2015/214'), ('KLIENT', 'Bengt Åkesson'),
          ('PERSONNR', '19010412-2386'), ('ADRESS', 'Drottninggatan 88 B, Helsingborg'),
          ('HANDLÄGGARE', H + ', tel 042-10 48 63'), ('UTREDNINGSTID', '150113 - 150211'),
          ('LAGRUM', 'SoL 11 kap 1 §')]), [
        ('AKTUALISERING', 'Bengt ansökte 150112 per telefon och därefter skriftligt om hjälp med sitt '
         'alkoholmissbruk. Han vill komma iväg på behandlingshem. Ärendet aktualiserades samma dag.'),
        ('UNDERLAG', 'Samtal med Bengt 150115, 150122, 150129 och 150210. Telefonkontakt med '
         'Beroendemottagningen (SSK Lena Frisk) och med Bengts syster efter medgivande. AUDIT 150122. '
         'Läkarintyg från Beroendemottagningen 150203.'),
        ('BAKGRUND', 'Bengt är 54 år (enl. systemets uppgift), uppvuxen i Höganäs. Han har arbetat som '
         'svetsare i 25 år men är sjukskriven sedan 2013. Han separerade från sin sambo för tre år sedan '
         'och har två vuxna barn som han har sporadisk kontakt med.'),
        ('MISSBRUK', 'Bengt beskriver att han dricker dagligen sedan separationen, ca en flaska vin och '
         '6-8 starköl per dag, mer vid helger. Han har gjort två abstinensbehandlingar på avd. 52 '
         '(2013 och nov. 2014) men återföll inom två veckor båda gångerna. Tidigare öppenvård på '
         'Beroendemottagningen avbröts 2014. AUDIT 150122: 31 poäng.'),
        ('HÄLSA', 'Förhöjda levervärden, högt blodtryck. Sömnsvårigheter. Läkaren på Beroendemottagningen '
         'skriver i intyg 150203 att Bengt har alkoholberoende med fysiska komplikationer.'),
        ('BOENDE/EKONOMI', 'Hyr tvårumslägenhet i eget namn. Hyresskuld två månader; en avbetalningsplan '
         'är upprättad med hyresvärden. Sjukpenning från FK.'),
        ('KLIENTENS EGEN UPPFATTNING', 'Bengt säger att han inte klarar att sluta hemma, "det är för '
         'tomt". Han vill bort från miljön en period och få hjälp att bygga upp en vardag utan alkohol.'),
        ('SOCIALSEKRETERARENS BEDÖMNING', 'Bengt har ett långvarigt och omfattande alkoholberoende med '
         'fysiska komplikationer. Två avgiftningar och öppenvård har inte lett till stadigvarande '
         'nykterhet, och hemmiljön med ensamhet och brist på struktur bidrar till snabba återfall. '
         'Bengt behöver en längre period i en drogfri miljö med dygnet-runt-stöd, strukturerad '
         'återfallsprevention och hjälp att planera sysselsättning och fritid. Han behöver också '
         'få sin somatiska hälsa utredd och följd. Socialsekreteraren bedömer att behandling på '
         'behandlingshem (HVB) i ca sex månader med inriktning på 12-stegs/återfallsprevention '
         'svarar mot detta, eftersom öppenvård prövats utan resultat. Ljungbacka behandlingshem kan '
         'ta emot Bengt 150302 och har läkarkontakt knuten till verksamheten.'),
        ('FÖRSLAG TILL BESLUT', 'Bistånd i form av behandling på Ljungbacka behandlingshem enligt SoL 4 kap '
         '1 § under perioden 150302 - 150831.')],
        sign='Helsingborg 150211\n\nAnnika Holm\nSocialsekreterare')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % 'UTREDNING SOF 2015/214')
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')

    bes = doc(head(O1, O2, 'BESLUT', [('DNR', 'SOF 2015/214'), ('KLIENT', 'Bengt Åkesson'),
          ('PERSONNR', '19010412-2386')]), [
        ('BESLUTSDATUM:   150216', ''),
        ('INSATS:         Behandling på HVB, Ljungbacka behandlingshem', ''),
        ('LAGRUM:         SoL 4 kap 1 §', ''),
        ('GILTIGHETSTID:  150302 - 150831', ''),
        ('BESLUT', 'Ansökan bifalls. Bistånd beviljas i form av behandling på Ljungbacka behandlingshem '
         'under tiden 150302 - 150831. Egenavgift för kost enligt gällande taxa.'),
        ('BESLUTSFATTARE', 'Karin Sjöberg, 1:e socialsekreterare, enligt delegation'),
        ('UNDERRÄTTELSE', 'Beslutet har meddelats den enskilde 150217 per brev.')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')

    upp = ('UPPDRAGSBESKRIVNING  -  HVB\n'
           'Dnr SOF 2015/214   Klient: Bengt Åkesson 19010412-2386\n' + THIN + '\n'
           'SOCIALNÄMNDENS BEDÖMNING AV BEHOV\n'
           'Bengt har ett långvarigt alkoholberoende med förhöjda levervärden. Upprepade avgiftningar och '
           'öppenvård har inte gett varaktig nykterhet. Han behöver drogfri miljö med stöd dygnet runt, '
           'återfallsprevention, struktur i vardagen och somatisk uppföljning.\n\n'
           'UPPDRAGET OMFATTAR\n'
           'Boende och behandling enligt Ljungbackas program (12-steg, ÅP-grupp), enskilda samtal med '
           'kontaktperson, kontakt med läkare för levervärden och blodtryck, samt hjälp att planera '
           'utslussning och sysselsättning efter vistelsen. Period 150302 - 150831.\n\n'
           'MÅL\n'
           '1. Bengt är alkoholfri under hela vistelsen (kontrolleras med alkometer/PEth).\n'
           '2. Bengt har senast 150601 en skriftlig återfallspreventionsplan.\n'
           '3. Bengt har vid utskrivning en planerad sysselsättning och fortsatt stöd i Helsingborg.\n\n'
           'UPPFÖLJNING\n'
           'Genomförandeplan skickas till handläggaren inom 4 veckor. Uppföljningssamtal på '
           'behandlingshemmet efter ca 2 månader och före utskrivning, med Bengt, kontaktperson och '
           'handläggare. Behandlingshemmet meddelar omedelbart vid avbrott eller återfall.\n\n'
           'ÅTERRAPPORTERING VID AVSLUT\n'
           'Skriftlig utskrivningsrapport senast två veckor efter avslut: måluppfyllelse, '
           'provresultat, Bengts egen bedömning och rekommendation om fortsatta insatser.\n\n'
           'ANSVARIG HANDLÄGGARE\n'
           'Annika Holm, socialsekreterare, Vuxenenheten Missbruk, Helsingborgs stad\n'
           'Tel 042-10 48 63, fax 042-10 48 99, annika.holm@helsingborg.exempel.se\n')
    blocks = fax_cover('Ljungbacka behandlingshem, Intagningen', '0415-550 12', 'Annika Holm, Vuxenenheten '
                       'Missbruk', '042-10 48 99', '2015-02-24  kl. 10.40', 2, 'Uppdrag Bengt Å. - inskrivning 150302')
    blocks += [('mono', wrap(upp, 84))]
    rl.build(k.p('fax_uppdrag.pdf'), blocks,
             header='Helsingborgs stad  Socialförvaltningen  TELEFAX', footer='Dnr SOF 2015/214')
    k.add('fax_uppdrag.pdf', 'uppdragsbeskrivning', 'reportlab', 'portrait, fax cover sheet + monospaced text, header/footer')

    vp = doc(head(O1, O2, 'VÅRDPLAN', [('DNR', 'SOF 2015/214'), ('KLIENT', 'Bengt Åkesson'),
          ('UPPRÄTTAD', '150227 vid möte på enheten'), ('NÄRVARANDE', 'Bengt, Annika Holm (handl.), '
           'Per Ek (Ljungbacka, per tel.)'), ('INSATS', 'HVB Ljungbacka 150302 - 150831')]), [
        ('ÖVERGRIPANDE MÅL', 'Bengt ska kunna leva ett liv utan alkohol i egen lägenhet i Helsingborg.'),
        ('DELMÅL OCH AKTIVITETER',
         '1. Alkoholfrihet under placeringen. Slumpvisa alkometerprov och PEth var 4:e vecka, ansvarig\n'
         '   Ljungbacka, från 150302 och fortlöpande.\n'
         '2. Återfallspreventionsplan klar senast 150601. Bengt deltar i ÅP-grupp två ggr/vecka,\n'
         '   ansvarig kontaktperson Per Ek.\n'
         '3. Levervärden och blodtryck kontrolleras av Ljungbackas läkare i april 2015 och före\n'
         '   utskrivning i augusti.\n'
         '4. Hyresskulden betald enligt avbetalningsplanen senast 150630. Ansvarig Bengt, med hjälp\n'
         '   av budget- och skuldrådgivningen som handl. kontaktar före 150315.\n'
         '5. Planerad sysselsättning efter utskrivning (arbetsprövning via FK/AF) klar senast 150815.\n'
         '   Ansvarig handl. tillsammans med Bengt.'),
        ('UPPFÖLJNING AV VÅRDPLANEN', 'Uppföljningssamtal på Ljungbacka i början av maj samt före '
         'utskrivning i augusti.'),
        ('UNDERSKRIFTER', 'Bengt Åkesson                    Annika Holm')])
    enscript_pdf(vp, k.p('vardplan.pdf'), header=HDR % 'VÅRDPLAN')
    k.add('vardplan.pdf', 'vårdplan', 'enscript-ps2pdf', 'portrait, monospaced')

    jn = head(O1, O2, 'JOURNALANTECKNINGAR', [('DNR', 'SOF 2015/214'), ('KLIENT', 'Bengt Åkesson')]) + '\n' + journal([
        ('150112', 'AHO', 'Ansökan per tel. Kl. vill till behandlingshem. Aktualiserat. Tid bokad 150115.'),
        ('150122', 'AHO', 'Samtal 2. AUDIT genomförd, 31 p. Samtycke till kontakt med syster och Beroendemott.'),
        ('150211', 'AHO', 'Utredning klar, föredragen för 1:e soc.sekr.'),
        ('150216', 'KSJ', 'Beslut HVB Ljungbacka 150302-150831 enl. delegation.'),
        ('150224', 'AHO', 'Uppdragsbeskrivning faxad till Ljungbacka, 3 sidor inkl. försättsblad. Per Ek '
         'bekräftar per tel. kl. 11.05 att faxet kommit fram.'),
        ('150227', 'AHO', 'Vårdplan upprättad tills. med kl., se separat dokument.'),
        ('150302', 'AHO', 'Kl. inskriven på Ljungbacka enl. Per Ek.'),
        ('150330', 'AHO', 'Genomförandeplan från Ljungbacka inkommen, scannad.'),
        ('150507', 'AHO', 'UPPFÖLJNINGSSAMTAL på Ljungbacka. Närv: kl., Per Ek, handl.\n'
         'Bengt har varit nykter hela perioden, alla alkometerprov och PEth (april) negativa. Deltar '
         'aktivt i ÅP-gruppen, har börjat skriva sin återfallsplan. Levervärdena har sjunkit enligt '
         'läkaren. Bengt upplever att han sover bättre. Hyresskulden: två av fyra avbetalningar gjorda. '
         'Överenskommet: fortsatt placering enl. plan, handl. kontaktar AF om arbetsprövning.'),
        ('150602', 'AHO', 'Tel. Per Ek: ÅP-planen klar 150528, kopia skickas.'),
        ('150820', 'AHO', 'Utvärderingsmöte inför utskrivning. Kl. nykter sedan inskrivning. Arbetsträning '
         'på Returbutiken fr.o.m. 150907 via AF. Fortsatt stöd i ÅP-grupp på Mottagningen Helsingborg '
         'varannan vecka. Mål 1, 2 och 4 uppfyllda, mål 5 uppfyllt.'),
        ('150831', 'AHO', 'Utskriven enl. plan.'),
        ('150914', 'AHO', 'Utskrivningsrapport från Ljungbacka inkommen. Insatsen avslutad.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')

    k.c('needs_assessment', 'ja', 'SOCIALSEKRETERARENS BEDÖMNING names the needs and why HVB meets them',
        [('utredning.pdf', 'SOCIALSEKRETERARENS BEDÖMNING')])
    k.c('planning', 'ja', 'Vårdplan with dated sub-goals, responsible and time',
        [('vardplan.pdf', 'DELMÅL OCH AKTIVITETER')])
    k.c('follow_up', 'ja', 'Journal 150507 UPPFÖLJNINGSSAMTAL with outcome, 150820 utvärderingsmöte',
        [('journal.pdf', 'UPPFÖLJNINGSSAMTAL på Ljungbacka'), ('journal.pdf', 'Utvärderingsmöte inför utskrivning')])
    k.c('assignment_description', 'ja', 'Faxed assignment with all elements; fax date and journal 150224',
        [('fax_uppdrag.pdf', 'Antal sidor inkl. denna'), ('fax_uppdrag.pdf', 'SOCIALNÄMNDENS BEDÖMNING AV BEHOV'),
         ('fax_uppdrag.pdf', 'ANSVARIG HANDLÄGGARE'), ('journal.pdf', 'Uppdragsbeskrivning faxad')],
        present=list('abcdefg'))
    return k

def c02():
    k = Case('Helsingborg', 'SOF 2014/512')
    H = 'Jonas Wallin'
    parts = []
    def part(name):
        f = os.path.join(TMP, 'c02_' + name); parts.append(f); return f
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', 'SOF 2014/512'), ('KLIENT', 'Tomas Lindqvist'),
          ('PERSONNR', '19020218-4417'), ('HANDLÄGGARE', H + ', tel 042-10 47 21'),
          ('UTREDNINGSTID', '140929 - 141024')]), [
        ('AKTUALISERING', 'Orosanmälan 140926 från Vuxenpsykiatrins akutmottagning efter att Tomas '
         'sökt med ångest och berusning. Tomas har därefter själv ansökt om stöd 140929.'),
        ('NUVARANDE SITUATION', 'Tomas, 38 år, bor ensam i hyresrätt på Drottninghög. Han har '
         'tidsbegränsad anställning som lagerarbetare (Helsingborgs hamn) men har haft hög '
         'sjukfrånvaro under hösten. Han dricker i perioder, 3-4 dagar i sträck, därefter några '
         'veckors uppehåll. Han har även använt cannabis sporadiskt. DUDIT 140930: 11 p, AUDIT 24 p.'),
        ('NÄTVERK', 'Föräldrar i Ängelholm som han har god kontakt med. Dottern 9 år bor hos modern; '
         'umgänge varannan helg som nu har ställts in två gånger pga. Tomas drickande.'),
        ('TOMAS SYN', 'Tomas vill behålla jobbet och umgänget med dottern. Han tror att han kan klara '
         'det med stöd på hemmaplan och vill inte bo på behandlingshem.'),
        ('UTREDARENS SLUTSATS', 'Tomas periodvisa drickande hotar både anställningen och umgänget med '
         'dottern. Han har fortfarande bostad, arbete och ett fungerande nätverk, vilket talar för att '
         'stödet kan ges på hemmaplan. Han saknar dock verktyg för att känna igen och bryta '
         'återfallssituationer och har ingen strukturerad kontakt kring sitt drickande. Öppenvård på '
         'Trappan med individuella samtal enligt återfallsprevention (ÅP) och återkommande '
         'alkoholprover bedöms kunna ge honom detta utan att han förlorar arbetet. Om öppenvården inte '
         'räcker bör mer omfattande insats övervägas.'),
        ('FÖRSLAG', 'Öppenvård på Trappan, SoL 4:1, 141103 - 150430.')],
        sign='Helsingborg 141024   Jonas Wallin, socialsekreterare')
    enscript_pdf(utr, part('1.pdf'), header=HDR % 'UTREDNING SOF 2014/512')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', 'SOF 2014/512'), ('KLIENT', 'Tomas Lindqvist 19020218-4417')]), [
        ('BESLUTSDATUM:  141028', ''), ('INSATS:        Öppenvård Trappan (ÅP, provtagning)', ''),
        ('LAGRUM:        SoL 4 kap 1 §', ''), ('PERIOD:        141103 - 150430', ''),
        ('BESLUTSFATTARE', 'Jonas Wallin, socialsekreterare, enl. delegation')])
    enscript_pdf(bes, part('2.pdf'), header=HDR % 'BESLUT 1')
    html = '''<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Sans",Arial;font-size:11pt;margin:30px}
    td{padding:2px 8px;vertical-align:top} .h{font-weight:bold} hr{border:0;border-top:1px solid #444}</style></head><body>
    <div style="font-size:9pt;color:#333">Utskrift från e-post · Vuxenenheten Missbruk · Helsingborgs stad</div><hr>
    <table><tr><td class="h">Från:</td><td>Wallin Jonas &lt;jonas.wallin@helsingborg.exempel.se&gt;</td></tr>
    <tr><td class="h">Skickat:</td><td>den 30 oktober 2014 14:12</td></tr>
    <tr><td class="h">Till:</td><td>Trappan Öppenvård &lt;trappan.oppenvard@helsingborg.exempel.se&gt;</td></tr>
    <tr><td class="h">Ämne:</td><td>Uppdrag öppenvård - T.L. SOF 2014/512</td></tr></table><hr>
    <p>Hej!</p>
    <p>Här kommer uppdraget för Tomas Lindqvist (19020218-4417), beslut 141028 om öppenvård 141103 - 150430.</p>
    <p><b>Nämndens bedömning:</b> Tomas har periodvisa alkoholrecidiv (AUDIT 24) som hotar hans anställning
    och umgänget med dottern. Han har bostad, arbete och nätverk men saknar verktyg för att känna igen och
    bryta återfallssituationer. Därför bedöms strukturerad öppenvård med ÅP och provtagning vara rätt nivå.</p>
    <p><b>Uppdraget:</b> Individuella ÅP-samtal 1 gång/vecka, alkohol- och drogprover (urin/PEth) enligt er rutin,
    samt ett nätverksmöte med föräldrarna om Tomas vill.</p>
    <p><b>Mål:</b> Tomas har inga berusningsperioder under insatstiden; Tomas har ingen sjukfrånvaro
    p.g.a. alkohol fr.o.m. januari 2015; umgänget med dottern genomförs enligt överenskommelse.</p>
    <p><b>Uppföljning:</b> Genomförandeplan till mig inom tre veckor. Avstämning med Tomas, behandlare och mig
    i februari 2015. Ni meddelar mig direkt om Tomas uteblir två gånger i rad.</p>
    <p><b>Vid avslut:</b> Skriftlig slutrapport med måluppfyllelse, provresultat och er rekommendation.</p>
    <p>Med vänlig hälsning<br>Jonas Wallin<br>Socialsekreterare, Vuxenenheten Missbruk<br>
    Helsingborgs stad<br>Tel 042-10 47 21 · Mobil 070-910 47 21</p></body></html>'''
    chromium_html(html, part('3.pdf'))
    gfp = [('H', 'Genomförandeplan - Trappan öppenvård'),
           ('fields', [('Klient', 'Tomas Lindqvist'), ('Upprättad', '2014-11-19'), ('Behandlare', 'Eva Rosén, Trappan'),
                       ('Beställare', 'Jonas Wallin, Vuxenenheten (dnr SOF 2014/512)')], [45 * mm if False else 130, 500]),
           ('table', [['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'],
                      ['Inga berusningsperioder under insatstiden', 'ÅP-samtal varje tisdag kl. 16; kartläggning av riskssituationer (högriskkarta)', 'Eva Rosén / Tomas', '141125 - 150430, kartläggning klar 141216'],
                      ['Ingen alkoholrelaterad sjukfrånvaro fr.o.m. jan 2015', 'PEth var 4:e vecka, urinprov vid behov', 'Eva Rosén', 'Första PEth 141202'],
                      ['Umgänget med dottern genomförs', 'Nätverksmöte med föräldrarna', 'Tomas bjuder in, Eva leder', 'Senast 150115'],
                      ['Tomas vet vad han gör vid sug', 'Skriftlig nödplan', 'Tomas med Eva', 'Klar 150131']],
            [70, 90, 50, 55]),
           ('p', 'Planen följs upp vid avstämning med socialtjänsten i februari 2015.'),
           ('p', 'Underskrift klient: Tomas Lindqvist           Behandlare: Eva Rosén')]
    gfp[1] = ('fields', gfp[1][1], [120, 500])
    rl.build(part('4.pdf'), gfp, land=True, header='Trappan - Öppenvård för vuxna, Helsingborgs stad', footer='Genomförandeplan')
    jn = head(O1, O2, 'JOURNALANTECKNINGAR', [('DNR', 'SOF 2014/512'), ('KLIENT', 'Tomas Lindqvist')]) + '\n' + journal([
        ('141030', 'JWA', 'Uppdrag mailat till Trappan, se utskrift.'),
        ('141103', 'JWA', 'Kl. har startat på Trappan enl. Eva Rosén.'),
        ('141121', 'JWA', 'GFP inkommen från Trappan.'),
        ('150108', 'JWA', 'Tel. från Eva R: kl. återfall över jul, berusad 4 dgr. Fortsätter samtalen.'),
        ('150205', 'JWA', 'Avstämning på Trappan, kl., Eva R. och handl. Kl. har haft två återfall (jul och '
         'slutet av jan), PEth förhöjt 150127. Sjukskriven 2 v i jan. Umgänget m. dottern inställt i jan. '
         'Kl. säger själv att det inte räcker med samtal en gång i veckan. Slutsats: målen nås inte i '
         'öppenvård. Kl. ansöker nu om behandlingshem. Handl. kompletterar utredningen.'),
        ('150226', 'JWA', 'Tilläggsutredning klar. Förslag HVB Rönnegården.'),
        ('150302', 'JWA', 'Beslut HVB Rönnegården 150316-150915. Öppenvården avslutas 150313.'),
        ('150310', 'JWA', 'Remiss till behandlingshem (uppdrag) skickad per post och i förväg per fax till '
         'Rönnegården. Mottagen enl. tel. 150311.'),
        ('150320', 'JWA', 'Vårdplan upprättad på Rönnegården.'),
        ('150618', 'JWA', 'TREPARTSSAMTAL Rönnegården (kl., kontaktperson Ali Haddad, handl.). Kl. nykter '
         'sedan inskrivning, negativa prover. Umgänge med dottern har återupptagits under helgpermission i '
         'maj. Arbetsgivaren har förlängt anställningen fr.o.m. oktober. Fortsätter enl. plan, '
         'utslussning från aug. Se även behandlingsrapport 150615.')], width=112)
    enscript_pdf(jn, part('5.pdf'), header=HDR % 'JOURNAL', landscape=True)
    tu = doc(head(O1, O2, 'TILLÄGGSUTREDNING / BESLUT', [('DNR', 'SOF 2014/512'), ('KLIENT', 'Tomas Lindqvist'),
          ('HANDLÄGGARE', H)]), [
        ('UTREDARENS SLUTSATS', 'Öppenvården har följts upp 150205 och har inte gett avsett resultat: två '
         'längre återfall, sjukfrånvaro och inställt umgänge. Tomas har nu risk att förlora anställningen. '
         'Han behöver en period av sammanhållen behandling i drogfri miljö för att bryta mönstret och '
         'därefter en planerad utslussning där arbete och umgänge återupptas stegvis. Rönnegårdens '
         'program (16-26 veckor, KBT/ÅP, familjedagar) motsvarar detta och gör det möjligt att '
         'behålla anställningen via tjänstledighet.'),
        ('BESLUTSDATUM:  150302', ''), ('INSATS:        HVB Rönnegården, SoL 4 kap 1 §', ''),
        ('PERIOD:        150316 - 150915', ''),
        ('BESLUTSFATTARE', 'Karin Sjöberg, 1:e socialsekreterare')])
    enscript_pdf(tu, part('6.pdf'), header=HDR % 'BESLUT 2')
    rem = [('p', 'Helsingborgs stad\nSocialförvaltningen, Vuxenenheten Missbruk\n251 89 Helsingborg'),
           ('p', 'Rönnegården HVB\nAtt: Intagningsansvarig\n                                                                 Helsingborg 2015-03-10'),
           ('H', 'Remiss till behandlingshem'),
           ('fields', [('Klient', 'Tomas Lindqvist, 19020218-4417'), ('Dnr', 'SOF 2014/512'),
                       ('Beslut', '2015-03-02, SoL 4 kap 1 §, 150316 - 150915')]),
           ('h', 'Socialtjänstens bedömning'),
           ('p', 'Tomas har återkommande alkoholrecidiv som inte har brutits av öppenvård (okt 2014 - mars 2015). '
                 'Han behöver sammanhållen behandling i drogfri miljö och en planerad utslussning där arbete '
                 'och umgänge med dottern återupptas stegvis.'),
           ('h', 'Uppdragets innehåll'),
           ('p', 'Behandling enligt ert program (KBT/ÅP), provtagning, familjedagar med föräldrarna samt '
                 'planering av utslussning i samråd med handläggaren.'),
           ('h', 'Mål'),
           ('p', '1. Tomas är nykter under vistelsen. 2. Tomas har en skriftlig återfallspreventionsplan före '
                 'utslussning. 3. Tomas återgår i arbete senast oktober 2015. 4. Regelbundet umgänge med dottern.'),
           ('h', 'Uppföljning'),
           ('p', 'Vårdplan upprättas vid inskrivningen. Trepartssamtal efter ca tre månader och inför utskrivning. '
                 'Skriftlig behandlingsrapport efter tre månader.'),
           ('h', 'Rapport vid avslut'),
           ('p', 'Utskrivningsrapport med måluppfyllelse, provresultat och rekommendation om eftervård '
                 'skickas till handläggaren senast två veckor efter utskrivning.'),
           ('h', 'Handläggare'),
           ('p', 'Jonas Wallin, socialsekreterare, tel 042-10 47 21, fax 042-10 48 99, '
                 'jonas.wallin@helsingborg.exempel.se')]
    rl.build(part('7.pdf'), rem, serif=True, footer='Helsingborgs stad · Socialförvaltningen · Dnr SOF 2014/512')
    import docx
    d = docx.Document()
    d.add_heading('Behandlingsrapport', 0)
    d.add_paragraph('Rönnegården HVB   |   Klient: Tomas Lindqvist   |   Period: 2015-03-16 - 2015-06-12\n'
                    'Till: Jonas Wallin, Socialförvaltningen Helsingborg   |   Datum: 2015-06-15')
    for h, t in [('Sammanfattning', 'Tomas har genomfört första behandlingsfasen. Han har deltagit i samtliga '
                  'gruppmoment och i sex individuella KBT-samtal. Alla alkohol- och drogprover (totalt 14) har '
                  'varit negativa.'),
                 ('Måluppfyllelse', 'Mål 1 (nykterhet): uppfyllt hittills. Mål 2 (ÅP-plan): påbörjad, '
                  'klar beräknat juli. Mål 3 (arbete): arbetsgivaren har beviljat tjänstledighet t.o.m. 150930. '
                  'Mål 4 (umgänge): umgänge under helgpermission 23-24 maj genomfört.'),
                 ('Fortsatt planering', 'Utslussning fr.o.m. augusti med växelvis vistelse hemma. '
                  'Trepartssamtal bokat 150618.')]:
        d.add_heading(h, level=2); d.add_paragraph(t)
    d.add_paragraph('Ali Haddad, kontaktperson, Rönnegården')
    dp = os.path.join(TMP, 'c02_behandlingsrapport.docx'); d.save(dp)
    lo_docx(dp, part('8.pdf'))
    unite(parts, k.p('akt_SOF-2014-512.pdf'))
    pp = [npages(p) for p in parts]
    k.add('akt_SOF-2014-512.pdf', 'akt (sammanfogad: utredning, beslut, e-post uppdrag, genomförandeplan, journal, '
          'tilläggsutredning/beslut, remiss, behandlingsrapport)', 'pdfunite (enscript-ps2pdf, chromium, reportlab, libreoffice-docx)',
          'assembled; landscape pages (p4 genomförandeplan landscape media, p5 journal via /Rotate 90); tables; headers/footers')
    F = 'akt_SOF-2014-512.pdf'
    k.c('needs_assessment', 'ja', 'UTREDARENS SLUTSATS in utredning and tilläggsutredning says what is lacking and why each intervention fits',
        [(F, 'UTREDARENS SLUTSATS Tomas periodvisa'), (F, 'Öppenvården har följts upp 150205')])
    k.c('planning', 'ja', 'Genomförandeplan table with goals, activity, responsible, dated times (öppenvård)',
        [(F, 'Genomförandeplan - Trappan')])
    k.c('follow_up', 'ja', 'Avstämning 150205 with outcome, trepartssamtal 150618, behandlingsrapport 150615',
        [(F, 'Avstämning på Trappan'), (F, 'TREPARTSSAMTAL Rönnegården'), (F, 'Måluppfyllelse Mål 1 (nykterhet)')])
    k.c('assignment_description', 'ja', 'E-mail assignment (öppenvård) and Remiss till behandlingshem (HVB) each hold a-f; sent dates in e-mail and journal',
        [(F, 'Uppdrag öppenvård - T.L.'), (F, 'Rapport vid avslut'), (F, 'Remiss till behandlingshem (uppdrag) skickad')],
        present=list('abcdefg'))
    return k

def c03():
    k = Case('Helsingborg', 'SOF 2015/066', 'declined')
    ans = [('H', 'Ansökan om bistånd - missbruk/beroende'),
           ('fields', [('Namn', 'Sanna Persson'), ('Personnummer', '19011120-3362'), ('Adress', 'Furutorpsgatan 14, Helsingborg'),
                       ('Telefon', '073-555 12 08'), ('Datum', '2015-01-20')]),
           ('h', 'Jag ansöker om'), ('check', [(True, 'Öppenvård'), (False, 'Behandlingshem'), (False, 'Boende'), (False, 'Annat')]),
           ('h', 'Beskriv med egna ord'),
           ('p', 'Jag har använt amfetamin i ca två år, mest helger men nu oftare. Jag vill sluta innan jag '
                 'förlorar lägenheten. Jag kan tänka mig samtal men vill inte flytta.'),
           ('check', [(True, 'Jag samtycker till att socialtjänsten kontaktar Beroendemottagningen')]),
           ('p', 'Underskrift: Sanna Persson')]
    rl.build(k.p('ansokan.pdf'), ans, header='Helsingborgs stad - Socialförvaltningen', footer='Blankett SOF 12:3')
    k.add('ansokan.pdf', 'ansökan', 'reportlab', 'portrait, form with tick boxes')
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', 'SOF 2015/066'), ('KLIENT', 'Sanna Persson'),
          ('PERSONNR', '19011120-3362'), ('HANDLÄGGARE', 'Maria Lund'), ('DATUM', '150216')]), [
        ('AKTUALISERING', 'Egen ansökan 150120 om öppenvård.'),
        ('BAKGRUND', 'Sanna är 29 år och bor i egen lägenhet. Hon arbetar extra via ett bemanningsföretag '
         'och har just fått ett längre uppdrag som lagerarbetare i Ödåkra. Hon har en bror i Malmö.'),
        ('DROGANVÄNDNING', 'Amfetamin sedan 2013, tidigare helger, sedan hösten 2014 3-4 dagar/vecka. '
         'Cannabis tidigare. DUDIT 150127: 27 p. Urinprov 150127 positivt för amfetamin. Ingen tidigare '
         'behandling.'),
        ('UNDERLAG', 'Samtal 27/1 (besök), 3/2 och 10/2. Telefonsamtal med Beroendemottagningen. '
         'DUDIT och urinprov 150127. Hembesök planerades men blev inte av.'),
        ('HÄLSA', 'Sömnproblem, viktnedgång ca 8 kg sedan i höstas. Inga kända psykiatriska diagnoser. '
         'Har varit på vårdcentralen för sömnen men inte berättat om drogerna.'),
        ('BOENDE', 'Hyresrätt i eget namn sedan 2012. Hyran betald, inga störningsanmälningar.'),
        ('NÄTVERK', 'Brodern i Malmö vet om användningen och vill stötta. Sannas umgänge i övrigt '
         'består till stor del av personer som också använder droger. Föräldrarna bor i Göteborg, '
         'sporadisk kontakt.'),
        ('EKONOMI', 'Skuld hos Kronofogden (ca 14 000 kr). Hyran betald.'),
        ('SANNAS EGEN BILD', 'Sanna vill sluta men "inte bli inlåst". Hon vill kunna fortsätta arbeta.'),
        ('SOCIALSEKRETERARENS STÄLLNINGSTAGANDE', 'Sannas användning har ökat snabbt under hösten och '
         'påverkar nu sömn, vikt och ekonomi. Hon har ännu bostad och arbete och en tydlig egen vilja att '
         'sluta, vilket är skyddsfaktorer. Det som saknas är kunskap om vad som driver användningen och '
         'strategier för att hantera sug och helger, samt kontroll av drogfriheten. Socialsekreteraren '
         'anser att strukturerade samtal i öppenvård (ÅP/MI, en gång/vecka) med drogtester kan ge '
         'detta, samtidigt som hon behåller arbetet. Heldygnsvård är inte motiverad i nuläget.'),
        ('FÖRSLAG TILL BESLUT', 'Öppenvård på Trappan enl. SoL 4:1 under 150301 - 150831.')],
        sign='Maria Lund, socialsekreterare')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % 'UTREDNING', cols=2, landscape=True, font='Courier9', width=62)
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'landscape two-column (2-up), monospaced, header with page numbers; portrait media shown landscape via /Rotate 90')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', 'SOF 2015/066'), ('KLIENT', 'Sanna Persson 19011120-3362')]), [
        ('BESLUTSDATUM:  150219', ''), ('INSATS:        Öppenvård, Trappan', ''), ('LAGRUM:        SoL 4 kap 1 §', ''),
        ('PERIOD:        150301 - 150831', ''), ('BESLUTSFATTARE', 'Maria Lund, socialsekreterare, enl. delegation')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    jn = head(O1, O2, 'JOURNALANTECKNINGAR', [('DNR', 'SOF 2015/066'), ('KLIENT', 'Sanna Persson')]) + '\n' + journal([
        ('150120', 'MLU', 'Ansökan inkommen. Aktualiserat.'),
        ('150127', 'MLU', 'Besök. DUDIT, urinprov. Kl. berättar att hon fått nytt uppdrag via bemanningsföretaget.'),
        ('150219', 'MLU', 'Beslut öppenvård. Uppdragsbeskrivning skickas till Trappan när kl. bekräftat att hon '
         'vill starta och inskrivningsdatum är bokat.'),
        ('150224', 'MLU', 'Ringt kl. för att boka inskrivningssamtal, inget svar. Lämnat medd. Planerat '
         'hembesök 150226.'),
        ('150226', 'MLU', 'Hembesök, ingen öppnar.'),
        ('150303', 'MLU', 'Kl. ringer. Hon vill inte börja på Trappan, säger att hon "fixar det själv" nu när '
         'hon har jobb. Återtar sin ansökan. Informerad om att hon kan höra av sig igen. Trappan meddelad '
         'per tel. att klienten inte kommer.'),
        ('150310', 'MLU', 'Ärendet avslutas. Ingen insats har påbörjats.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SOCIALSEKRETERARENS STÄLLNINGSTAGANDE describes what is lacking and why öppenvård fits (no word "behov")',
        [('utredning.pdf', 'SOCIALSEKRETERARENS STÄLLNINGSTAGANDE')])
    k.c('planning', 'ej_tillämpligt', 'Client withdrew 150303 before the intervention started')
    k.c('follow_up', 'ej_tillämpligt', 'Client withdrew before start; case closed 150310')
    k.c('assignment_description', 'nej', 'Journal only says an assignment will be sent once start is booked; never sent ("uppdrag" trap = job)',
        missing=list('abcdefg'))
    return k

def c04():
    k = Case('Helsingborg', 'SOF 2015/301', 'recent')
    H = 'Annika Holm'
    utr = doc(head(O1, O2, 'UTREDNING', [('DNR', 'SOF 2015/301'), ('KLIENT', 'Mikael Berg'),
          ('PERSONNR', '19000905-1176'), ('HANDLÄGGARE', H), ('UTREDNINGSTID', '150618 - 150814')]), [
        ('AKTUALISERING', 'Remiss 150617 från Beroendemottagningen efter avgiftning (alkohol och bensodiazepiner).'),
        ('SITUATION', 'Mikael, 47 år, bor hos sin mor sedan han förlorade lägenheten i april. Arbetslös sedan '
         '2012. Dagligt drickande och icke förskrivna bensodiazepiner. Tre avgiftningar senaste året. Har '
         'gått i öppenvård (Trappan) 2014, avbröt efter sex veckor. AUDIT 33, DUDIT 14.'),
        ('HÄLSA', 'Epileptiskt abstinensanfall 2014. Läkarens bedömning i remissen: "fortsatt hög risk för '
         'komplicerad abstinens vid återfall".'),
        ('MIKAELS SYN', 'Vill till behandlingshem, "vet att jag inte klarar det här hemma hos mamma".'),
        ('SOCIALSEKRETERARENS BEDÖMNING', 'Mikael har ett blandmissbruk med medicinska risker och har '
         'inte kunnat bibehålla nykterhet efter avgiftning eller i öppenvård. Han saknar egen bostad och '
         'sysselsättning. Han behöver en längre drogfri period med medicinsk tillsyn av nedtrappning, '
         'behandling för både alkohol och tabletter och hjälp att skaffa boende inför utskrivning. '
         'Tallhöjden har sjuksköterska och läkare och arbetar med ÅP och boendeträning, vilket motsvarar '
         'detta. Placering ca sex månader.'),
        ('FÖRSLAG', 'HVB Stiftelsen Tallhöjden, SoL 4 kap 1 §, 150907 - 160306.')],
        sign='Helsingborg 150814  Annika Holm')
    enscript_pdf(utr, k.p('utredning.pdf'), header=HDR % 'UTREDNING SOF 2015/301')
    k.add('utredning.pdf', 'utredning', 'enscript-ps2pdf', 'portrait, monospaced, header with page numbers')
    bes = doc(head(O1, O2, 'BESLUT', [('DNR', 'SOF 2015/301'), ('KLIENT', 'Mikael Berg 19000905-1176')]), [
        ('BESLUTSDATUM:  150820', ''), ('INSATS:        HVB Stiftelsen Tallhöjden', ''),
        ('LAGRUM:        SoL 4 kap 1 §', ''), ('PERIOD:        150907 - 160306', ''),
        ('BESLUTSFATTARE', 'Karin Sjöberg, 1:e socialsekreterare')])
    enscript_pdf(bes, k.p('beslut.pdf'), header=HDR % 'BESLUT')
    k.add('beslut.pdf', 'beslut', 'enscript-ps2pdf', 'portrait, monospaced')
    cover = ('TELEFAX\n\nTILL:      Stiftelsen Tallhöjden, intagning\nFAX:       0435-440 19\n'
             'FRÅN:      Annika Holm, Vuxenenheten Missbruk, Helsingborg\nFAX:       042-10 48 99\n'
             'TEL:       042-10 48 63\nDATUM:     2015-08-27\nANTAL SIDOR INKL. DENNA: 2\n\n'
             'ÄRENDE:    Uppdragsbeskrivning Mikael B., inskrivning 150907\n\n\n'
             'Sekretess enl. OSL 26 kap. Om faxet kommit fel - ring oss.')
    upp = ('UPPDRAGSBESKRIVNING HVB                          Dnr SOF 2015/301\n'
           'Klient: Mikael Berg 19000905-1176\n' + THIN + '\n'
           'NÄMNDENS BEDÖMNING\nMikael har blandmissbruk (alkohol, bensodiazepiner) med risk för '
           'komplicerad abstinens. Öppenvård och avgiftningar har inte räckt. Behöver drogfri period med '
           'medicinsk tillsyn, behandling och hjälp med boende.\n\n'
           'UPPDRAG\nBoende och behandling (ÅP), medicinsk nedtrappning enl. läkare, boendeträning, '
           'kontakt med bostadsförmedling. 150907 - 160306.\n\n'
           'MÅL\n- Drogfri under placeringen (prover varje vecka)\n- Nedtrappning av bensodiazepiner '
           'klar senast 151031\n- Ansökan om bostad (träningslägenhet) inlämnad före 160131\n\n'
           'UPPFÖLJNING\nGenomförandeplan till handl. inom 4 v. Uppföljningsmöte på Tallhöjden '
           'i början av november och inför utskrivning. Avbrott meddelas samma dag.\n\n'
           'VID AVSLUT\nUtskrivningsrapport: måluppfyllelse, provsvar, medicinering, rekommendation.\n\n'
           'HANDLÄGGARE\nAnnika Holm, tel 042-10 48 63, fax 042-10 48 99\nannika.holm@helsingborg.exempel.se')
    scan_pdf([cover, upp], k.p('fax_uppdrag_skannad.pdf'), seed=4,
             faxhead='27-AUG-2015 09:14  FRÅN HELSINGBORG SOF VUXEN  042 104899   S. %(p)d/%(n)d')
    k.add('fax_uppdrag_skannad.pdf', 'uppdragsbeskrivning (fax, skannad)', 'img2pdf (PIL raster 150 dpi)', 'scanned fax pages', 'none')
    vp = [('H', 'Vårdplan'), ('fields', [('Klient', 'Mikael Berg'), ('Dnr', 'SOF 2015/301'), ('Datum', '2015-09-10'),
            ('Deltagare', 'Mikael, Annika Holm (handl.), Jenny Ahl (kontaktperson Tallhöjden)')]),
          ('table', [['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'],
                     ['Drogfri under placeringen', 'Urinprov/alkometer varje vecka, ÅP-grupp', 'Tallhöjden (Jenny Ahl)', '150907 - 160306'],
                     ['Nedtrappning av bensodiazepiner klar', 'Nedtrappningsschema, läkarbesök var 2:a vecka', 'Tallhöjdens läkare', 'senast 151031'],
                     ['Ansökan om träningslägenhet', 'Kontakt med bostadssamordnare', 'Handl. + Mikael', 'senast 160131'],
                     ['Sysselsättning planerad', 'Kontakt med Jobbcenter inför utslussning', 'Handl.', 'feb 2016']],
           [45, 55, 35, 35]),
          ('p', 'Uppföljning planeras till november 2015 (uppföljningsmöte på Tallhöjden vecka 45, datum bokas senare).'),
          ('p', 'Mikael Berg                         Annika Holm')]
    rl.build(k.p('vardplan.pdf'), vp, header='Helsingborgs stad  Socialförvaltningen  Vuxenenheten Missbruk', footer='Dnr SOF 2015/301')
    k.add('vardplan.pdf', 'vårdplan', 'reportlab', 'portrait, table, header/footer')
    jn = head(O1, O2, 'JOURNALANTECKNINGAR', [('DNR', 'SOF 2015/301'), ('KLIENT', 'Mikael Berg')]) + '\n' + journal([
        ('150617', 'AHO', 'Remiss från Beroendemott. Aktualiserat.'),
        ('150820', 'KSJ', 'Beslut HVB Tallhöjden.'),
        ('150827', 'AHO', 'Uppdragsbeskr. faxad till Tallhöjden 2 s. Faxkvitto OK.'),
        ('150907', 'AHO', 'Kl. skjutsad till Tallhöjden av modern, inskriven kl. 13.'),
        ('150910', 'AHO', 'Vårdplan upprättad på Tallhöjden. Första uppf. planeras v. 45.'),
        ('150924', 'AHO', 'Faktura från Tallhöjden avs. sept. attesterad.')])
    enscript_pdf(jn, k.p('journal.pdf'), header=HDR % 'JOURNAL')
    k.add('journal.pdf', 'journalanteckningar', 'enscript-ps2pdf', 'portrait, monospaced, DATUM SIGN TEXT columns')
    k.c('needs_assessment', 'ja', 'SOCIALSEKRETERARENS BEDÖMNING with needs and reasons for HVB',
        [('utredning.pdf', 'SOCIALSEKRETERARENS BEDÖMNING')])
    k.c('planning', 'ja', 'Vårdplan table with dated goals, activity, responsible',
        [('vardplan.pdf', 'Nedtrappning av bensodiazepiner klar')])
    k.c('follow_up', 'ej_tillämpligt', 'Started 150907; first follow-up planned for November 2015, after review date')
    k.c('assignment_description', 'ja', 'Scanned fax: cover (date, pages) + assignment with a-f; journal 150827',
        [('fax_uppdrag_skannad.pdf', [1, 2]), ('journal.pdf', 'Uppdragsbeskr. faxad')], present=list('abcdefg'))
    return k
