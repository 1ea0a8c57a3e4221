# -*- coding: utf-8 -*-
from framework import Case, journal_text, journal_blocks, journal_troff, wrap
from common import OFFICERS, OFFICES, hl, head_kv, officer_sig, overklagande
import render as R

K = 'Ystad'
HL = 'Ystads kommun · Socialförvaltningen · IFO Vuxengruppen'
FOOT = 'Ystads kommun  –  utskrift ur verksamhetssystemet 2015-09-28'


# =====================================================================================
def case9():
    """Roger Falk. HVB Backsippan. Conclusion-only assessment; good plan; follow-ups with outcome;
    e-mail assignment without needs assessment and without follow-up arrangements."""
    C = Case(K, 'SN 2015/214')
    who, pnr, dnr = 'Roger Falk', '19000227-8851', 'SN 2015/214'
    utr = [
        ('h1', 'Utredning vuxen'),
        head_kv(who, pnr, dnr, 'LB', 'Datum', '2015-03-25'),
        ('h2', 'Ansökan'),
        ('p', 'Roger ansökte 2015-03-02 om behandlingshem. Han kom till mottagningen tillsammans med sin mamma.'),
        ('h2', 'Boende'),
        ('p', 'Roger bor för närvarande hos sin mamma i Ystad efter att ha blivit vräkt från sin lägenhet i '
              'Skurup i januari. Han säger att det "funkar för tillfället".'),
        ('h2', 'Försörjning'),
        ('p', 'Roger har försörjningsstöd. Han har hyresskuld kvar efter vräkningen, ca 24 000 kr, och '
              'uppger att han har fler skulder men vet inte hur mycket.'),
        ('h2', 'Hälsa'),
        ('p', 'Roger berättar att han sover dåligt och tappat i vikt. Han har haft en hepatit C-utredning men '
              'vet inte svaret. Han säger att han "mår skit när han inte tar något".'),
        ('h2', 'Missbruk'),
        ('p', 'Roger berättar att han använt amfetamin sedan 17 års ålder, de senaste åren i princip dagligen '
              'och ibland intravenöst. Han har tidigare varit på behandlingshem två gånger men avbrutit. '
              'DUDIT 2015-03-05: 35 poäng.'),
        ('h2', 'Relationer'),
        ('p', 'Mamman är ett stöd. Roger har en son, 6 år, som han inte träffat på ett år. Kompisarna '
              'använder också droger enligt Roger.'),
        ('h2', 'Rogers egen uppfattning'),
        ('p', 'Roger vill komma bort från Ystad och vill till ett behandlingshem "långt härifrån".'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Roger bedöms vara i behov av behandling på behandlingshem.'),
        ('sp',),
        ('sig', ['Lena Bengtsson', 'Socialsekreterare']),
    ]
    C.rl('utredning.pdf', 'utredning', utr, layout='portrait, two-column', header_left=HL,
         header_right='Utredning  ' + dnr, footer_left=FOOT, pn_format='Sida {P}')
    C.ev('needs_assessment', 'utredning.pdf', 'Roger bedöms vara i behov av behandling på behandlingshem')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'LB', 'Beslutsdatum', '2015-03-27'),
        ('h2', 'Beslut'),
        ('p', 'Roger Falk beviljas institutionsvård vid Backsippans behandlingshem från 2015-04-13 under sex '
              'månader, med stöd av 4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Roger bedöms ha behov av vård på HVB.'),
        ('sig', ['Lena Bengtsson', 'Socialsekreterare (delegationsbeslut)']),
        overklagande(),
    ]
    C.html('beslut.pdf', 'beslut', bes, letterhead=HL)
    C.ev('needs_assessment', 'beslut.pdf', 'Roger bedöms ha behov av vård på HVB')

    n, t, tel, mail = OFFICERS['LB']
    mh = R.email_html('Lena Bengtsson', [
        ('Från:', 'Lena Bengtsson'),
        ('Skickat:', 'den 8 april 2015 16:44'),
        ('Till:', 'info@backsippan.se'),
        ('Ämne:', 'Roger Falk – placering 13/4'),
    ], [
        'Hej!',
        'Som vi pratade om i telefon har vi beviljat Roger Falk (19000227-8851) behandling hos er fr.o.m. måndag '
        '13/4, se bifogat beslut.',
        'Vi vill att ni erbjuder Roger behandling enligt ert program för amfetaminberoende, med urinprov, '
        'hjälp med att ordna upp sin ekonomi (skulder) och med att ta kontakt med sin son via sonens mamma.',
        'Målen är att Roger ska vara drogfri under placeringen, ha en överblick över sina skulder och ha '
        'återupptagit kontakten med sonen.',
        'När behandlingen avslutas vill jag ha en slutrapport med hur det gått, provresultat och vad ni '
        'rekommenderar för fortsättningen.',
    ], ['Mvh', 'Lena Bengtsson', 'Socialsekreterare, IFO Vuxengruppen', 'Ystads kommun',
        'Tel %s, %s' % (tel, mail)],
        attachments=['Beslut SN 2015-214.pdf'])
    C.chrome('uppdrag_mejl.pdf', 'uppdragsbeskrivning (e-post)', mh)
    C.ev('assignment_description', 'uppdrag_mejl.pdf', 'den 8 april 2015 16:44', 'Vi vill att ni erbjuder Roger',
         'Målen är att Roger', 'slutrapport med hur det gått', 'Tel 0411-57 74 30')

    vp = [
        ('h1', 'Vårdplan – institutionsvård'),
        ('p', '**Namn:** %s   **Pnr:** %s   **Dnr:** %s   **Behandlingshem:** Backsippans behandlingshem   '
              '**Upprättad:** 2015-04-22   **Deltagare:** Roger, Lena Bengtsson (soc.sekr.), Hampus Ek '
              '(behandlingsassistent Backsippan)' % (who, pnr, dnr)),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Roger är drogfri under placeringen', 'Behandlingsprogram (ÅP, 12-steg) i grupp; urinprov två '
                                                   'gånger/vecka', 'Roger; Backsippan (Hampus Ek)',
             'Under hela placeringen, resultat redovisas vid varje uppföljning'],
            ['Rogers hepatit C-status är känd och behandling planerad', 'Provtagning och läkarbesök via '
                                                                        'infektionskliniken', 'Backsippans '
                                                                                              'sjuksköterska',
             'Prov senast 2015-05-15'],
            ['Roger har en sammanställning av sina skulder', 'Begära utdrag från Kronofogden, gå igenom brev',
             'Roger med stöd av Hampus Ek', 'Klart senast 2015-06-30'],
            ['Roger har kontakt med sin son', 'Brev/telefon till sonens mamma; samtal med familjerätten om '
                                              'umgänge', 'Roger; Lena Bengtsson kontaktar familjerätten',
             'Första kontakt senast 2015-06-01'],
            ['Roger har ett boende ordnat efter behandlingen', 'Ansökan om lägenhet; utslussningsplan',
             'Lena Bengtsson; Roger', 'Påbörjas 2015-08-01'],
        ], [4.8, 5.5, 4, 4]),
        ('p', 'Planen följs upp vid möte på Backsippan i juli och inför utskrivning. Backsippan återkopplar till '
              'socialsekreteraren per telefon en gång i månaden.'),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=HL, header_right='Vårdplan  ' + dnr,
         footer_left=FOOT, pn_format='Sida {P}')
    C.ev('planning', 'vardplan.pdf', 'Roger är drogfri under placeringen')

    J = [
        ('2015-03-02', '', 'Besök', 'LB', 'Roger och hans mamma på besök, ansökan om behandlingshem.'),
        ('2015-03-05', '', 'Besök', 'LB', 'DUDIT 35. Samtycke till kontakt m tidigare behandlingshem.'),
        ('2015-03-25', '', 'Utredning', 'LB', 'Utredning klar.'),
        ('2015-03-27', '', 'Beslut', 'LB', 'Backsippan beviljat, start 13/4.'),
        ('2015-04-08', '', 'Uppdrag', 'LB', 'Mejl med uppdraget skickat till Backsippan.'),
        ('2015-04-13', '', 'Inskrivning', 'LB', 'Roger inskriven på Backsippan. Mamman skjutsade.'),
        ('2015-04-22', '', 'Vårdplan', 'LB', 'Vårdplan upprättad på Backsippan.'),
        ('2015-05-20', '', 'Telefon', 'LB', 'Hampus Ek ringer, allt lugnt, Roger har kommit in i '
                                            'gruppen.'),
        ('2015-06-17', '', 'Återkoppling från behandlingshemmet', 'LB',
         'Återkoppling från behandlinghemmet (Hampus Ek) per telefon: Roger drogfri sedan inskrivning, '
         'alla urinprov negativa. Hepatit C-prov taget, positivt, remiss till infektion skickad. '
         'Skuldsammanställning pågår, ca 180 000 kr totalt. Roger har skrivit ett brev till sonens mamma men '
         'inte fått svar.'),
        ('2015-07-08', '10:00', 'Uppföljningsmöte', 'LB',
         'Uppföljningsmöte på Backsippan med Roger, Hampus Ek och handl. Roger fortsatt drogfri, ett återfall '
         'i slutet av juni vid permission som han själv berättade om, därefter negativa prov. Skulderna '
         'sammanställda. Kontakt med familjerätten tagen, första umgänge med sonen under handledning planeras. '
         'Roger vill fullfölja till oktober. Vi kom överens om att påbörja ansökan om lägenhet i augusti.'),
        ('2015-08-12', '', 'Bostad', 'LB', 'Ansökan om lägenhet via Ystadbostäder inlämnad tillsamans med '
                                           'Roger.'),
    ]
    body = journal_troff('Journalanteckningar', ['%s  %s' % (who, pnr), 'Diarienummer: %s' % dnr,
                                                 'Handläggare: Lena Bengtsson (LB)'], J)
    C.groff('journal.pdf', 'journalanteckningar', body, 'Ystads kommun IFO', 'Journal ' + dnr, FOOT)
    C.ev('follow_up', 'journal.pdf', 'Återkoppling från behandlinghemmet (Hampus Ek)', 'Uppföljningsmöte på '
                                                                                       'Backsippan med Roger')
    C.ev('assignment_description', 'journal.pdf', 'Mejl med uppdraget skickat till Backsippan')

    C.label('needs_assessment', 'delvis', 'Livsområdena återger bara Rogers egna uppgifter; "Sammanfattande '
            'bedömning" och beslutets skäl är enbart slutsatsen att han "bedöms vara i behov av" HVB, utan behov '
            'eller motivering.')
    C.label('planning', 'ja', 'Vårdplan i liggande tabell med konkreta mål, insatser, ansvarig och datum.')
    C.label('follow_up', 'ja', 'Återkoppling från behandlingshemmet 2015-06-17 och uppföljningsmöte 2015-07-08 '
            'med utfall.')
    C.label('assignment_description', 'delvis', 'E-posten (skickad 2015-04-08) har uppdrag, mål, slutrapport '
            'och kontaktuppgifter, men ingen bedömning av behoven och inget om hur uppföljningen ska gå till.',
            present='bcefg')
    return C


# =====================================================================================
def case10():
    """Helena Nord. Öppenvård Resursenheten. Assessment without the word 'behov', ticked-box plan,
    no follow-up at all, assignment form handed over at a meeting."""
    C = Case(K, 'SN 2014/388')
    who, pnr, dnr = 'Helena Nord', '19011205-6628', 'SN 2014/388'
    utr = [
        ('h1', 'Utredning enligt 11 kap. 1 § SoL'),
        head_kv(who, pnr, dnr, 'PH', 'Utredningsperiod', '2014-10-21 – 2014-11-28'),
        ('h2', 'Hur ärendet aktualiserades'),
        ('p', 'Helena ringde 2014-10-20 efter att hennes sambo kontaktat mottagningen. Hon ansöker om '
              'öppenvård för sitt drickande.'),
        ('h2', 'Boende'),
        ('p', 'Helena bor med sambon Mattias och dottern Elsa, 4 år, i en bostadsrätt i Ystad.'),
        ('p', '**Analys:** Boendet är tryggt. Ingenting i boendet talar emot en öppenvårdsinsats.'),
        ('h2', 'Försörjning'),
        ('p', 'Helena arbetar 75 % som undersköterska i hemtjänsten. Inga skulder.'),
        ('p', '**Analys:** Arbetet fungerar men Helena har haft upprepade korta sjukfrånvarotillfällen efter '
              'helger. Arbetsgivaren har inte reagerat ännu. Att behålla arbetet är viktigt för henne och talar '
              'för en insats som kan kombineras med det.'),
        ('h2', 'Hälsa'),
        ('p', 'Helena har haft en depression efter dotterns födelse, behandlad med antidepressiva 2011–2012. '
              'Hon beskriver i dag oro och sömnsvårigheter.'),
        ('p', '**Analys:** Oron och sömnproblemen kan vara både orsak till och följd av drickandet. Helena bör '
              'uppmuntras att söka vårdcentralen för bedömning av depressionssymtom.'),
        ('h2', 'Alkohol och droger'),
        ('p', 'Helena dricker vin varje kväll, mer under helger, och har vid några tillfällen druckit när hon '
              'ensam tagit hand om dottern. AUDIT 2014-10-23: 20 poäng. Inga andra droger. Ingen tidigare '
              'behandling.'),
        ('p', '**Analys:** Konsumtionen är skadlig och börjar påverka arbete och föräldraskap. Helena har en '
              'god insikt och stark motivation, vilket är en förutsättning för öppenvård.'),
        ('h2', 'Relationer'),
        ('p', 'Sambon stöttar men är orolig och har sagt att han inte accepterar fortsatt drickande när Elsa '
              'är hemma. Helena har kontakt med sina föräldrar i Sjöbo.'),
        ('p', '**Analys:** Familjen är en resurs. Sambon bör erbjudas att delta i anhörigsamtal. Någon '
              'anmälan enligt 14 kap. SoL har inte bedömts nödvändig, men dotterns situation följs i '
              'samband med insatsen.'),
        ('h2', 'Socialtjänstens ställningstagande'),
        ('p', 'Helena har ett skadligt bruk av alkohol som har ökat det senaste året, påverkar sömn och arbete '
              'och har vid några tillfällen inneburit att hon druckit när hon varit ensam med sin dotter. Hon '
              'har arbete, bostad och en sambo som stöttar, och hon är själv tydligt inställd på att förändra sina '
              'alkoholvanor. En strukturerad öppenvård som går att kombinera med arbetet, med återfallsprevention, '
              'regelbundna provtagningar och möjlighet för sambon att delta, ger Helena det stöd som krävs för att '
              'sluta dricka och skydda dotterns vardag. Resursenhetens alkoholprogram motsvarar detta. '
              'Socialtjänsten föreslår därför att Helena beviljas öppenvård vid Resursenheten.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Resursenheten, alkoholprogrammet, 2014-12-08 – 2015-06-30, 4 kap. 1 § SoL.'),
        officer_sig('PH', 'Ystad', '2014-11-28'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right='Utredning  ' + dnr,
           footer_left=FOOT, pn_format='{P} ({N})')
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är tryggt', 'Arbetet fungerar men Helena',
         'Oron och sömnproblemen kan vara', 'Konsumtionen är skadlig', 'Familjen är en resurs',
         'Helena har ett skadligt bruk av alkohol som har ökat', 'Resursenhetens alkoholprogram motsvarar detta')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'PH', 'Beslutsdatum', '2014-12-02'),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård vid Resursenheten (alkoholprogrammet) beviljas 2014-12-08 – 2015-06-30 enligt 4 kap. '
              '1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Helenas alkoholbruk påverkar hennes sömn, arbete och föräldraskap. Hon är motiverad och har '
              'arbete och familj att stödja sig på. Ett öppenvårdsprogram med återfallsprevention och provtagning, '
              'som kan kombineras med arbetet och där sambon kan delta, ger henne det stöd hon behöver för att '
              'sluta dricka.'),
        ('sig', ['Patrik Holm', 'Socialsekreterare, delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Helenas alkoholbruk påverkar hennes sömn')

    n, t, tel, mail = OFFICERS['PH']
    up = [
        ('h1', 'UPPDRAGSBESKRIVNING – öppenvård'),
        ('kv', [('Klient', '%s %s' % (who, pnr)), ('Dnr', dnr), ('Utförare', 'Resursenheten, Ystads kommun – '
                                                                           'alkoholprogrammet'),
                ('Kontaktperson utförare', 'Johanna Lilja, behandlare'), ('Beslut', '2014-12-02, 4 kap. 1 § SoL, '
                                                                                  '2014-12-08 – 2015-06-30')]),
        ('h3', 'Socialnämndens bedömning'),
        ('p', 'Helena har ett skadligt alkoholbruk som påverkar sömn, arbete och föräldraskap (dotter 4 år). Hon '
              'är motiverad och har arbete, bostad och sambo som stöd. Hon behöver en strukturerad öppenvård som '
              'kan kombineras med arbetet, med återfallsprevention, provtagning och anhörigdelaktighet.'),
        ('h3', 'Uppdraget omfattar'),
        ('p', '[X] Alkoholprogrammet (ÅP i grupp, 12 träffar)   [X] Individuella samtal   [X] Provtagning '
              '(PEth/alkotest)   [X] Anhörigsamtal med sambon   [ ] Utredning   [ ] Annat'),
        ('h3', 'Mål'),
        ('p', 'Helena är alkoholfri under programmet (PEth under 0,05). Hon dricker inte när hon ansvarar för '
              'dottern. Hon har en egen återfallsplan när insatsen avslutas.'),
        ('h3', 'Uppföljning'),
        ('p', 'Vårdplan upprättas gemensamt inom två veckor. Uppföljningsmöte (Helena, behandlare, handläggare) '
              'efter tre månader och vid avslut. Behandlaren kontaktar handläggaren vid uteblivanden eller '
              'positiva prover.'),
        ('h3', 'Återrapportering vid avslut'),
        ('p', '[X] Skriftlig sammanfattning inom två veckor: närvaro, provresultat, måluppfyllelse och '
              'rekommendation   [X] Muntligt vid avslutande möte'),
        ('h3', 'Ansvarig handläggare'),
        ('p', '%s, %s, tel. %s, %s' % (n, t, tel, mail)),
        ('h3', 'Överlämnande'),
        ('p', 'Uppdragsbeskrivningen överlämnad till utföraren (Johanna Lilja) vid överlämningsmöte 2014-12-10.'),
        ('p', 'Kvittens utförare: Johanna Lilja'),
    ]
    C.html('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning (formulär)', up, letterhead=HL)
    C.ev('needs_assessment', 'uppdragsbeskrivning.pdf', 'Helena har ett skadligt alkoholbruk som påverkar sömn')
    C.ev('assignment_description', 'uppdragsbeskrivning.pdf', 'Socialnämndens bedömning', 'Uppdraget omfattar',
         'Helena är alkoholfri under programmet', 'Uppföljningsmöte (Helena, behandlare, handläggare)',
         'Återrapportering vid avslut', 'patrik.holm@ystad.se', 'vid överlämningsmöte 2014-12-10')

    vp = [
        ('h1', 'Vårdplan'),
        ('p', '**Namn:** %s   **Pnr:** %s   **Dnr:** %s   **Datum:** 2014-12-17' % (who, pnr, dnr)),
        ('p', '**Insats:**  [X] Öppenvård   [ ] Institutionsvård   [ ] Boendestöd        **Utförare:** '
              'Resursenheten'),
        ('p', '**Närvarande:**  [X] Klient   [X] Handläggare (Patrik Holm)   [X] Behandlare (Johanna Lilja)   '
              '[X] Anhörig (sambo Mattias)'),
        ('table', ['Mål (mätbart)', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt', 'Klart'], [
            ['Helena är alkoholfri (PEth < 0,05)', 'ÅP-grupp tisdagar; PEth varje månad', 'Helena; Johanna '
                                                                                           'Lilja',
             'Grupp 2015-01-13 – 2015-03-31; PEth första veckan varje månad', '[ ]'],
            ['Helena dricker aldrig när hon ansvarar för Elsa', 'Överenskommelse med sambon, '
                                                                'anhörigsamtal', 'Helena, Mattias, Johanna L.',
             'Anhörigsamtal 2015-01-20 och 2015-03-03', '[ ]'],
            ['Helena sover bättre och har fått depressionssymtomen bedömda', 'Besök på vårdcentralen',
             'Helena bokar tiden', 'Senast 2015-01-31', '[ ]'],
            ['Helena har en skriftlig återfallsplan', 'Arbete med ÅP-material i individuella samtal',
             'Helena; Johanna Lilja', 'Klar 2015-06-15', '[ ]'],
        ], [5, 4.5, 3.5, 4.5, 1.2]),
        ('p', '**Uppföljning av planen:**  [X] Uppföljningsmöte efter tre månader (mars 2015)   [X] Vid avslut   '
              '[ ] Annat'),
        ('p', 'Underskrifter: Helena Nord, Patrik Holm, Johanna Lilja (original i pappersakten)'),
    ]
    C.rl('vardplan.pdf', 'vårdplan (formulär)', vp, layout='landscape', header_left=HL,
         header_right='Vårdplan  ' + dnr, footer_left=FOOT, pn_format='Sida {P}')
    C.ev('planning', 'vardplan.pdf', 'Helena är alkoholfri (PEth')

    J = [
        ('2014-10-20', '15:05', 'Telefon', 'PH', 'Helena ringer, sambon har pratat med oss. Vill ha hjälp. Tid '
                                                 '23/10.'),
        ('2014-10-23', '08:30', 'Besök', 'PH', 'AUDIT 20p. Ansökan öppenvård. Samtycke VC och sambo.'),
        ('2014-11-28', '', 'Utredning', 'PH', 'Utredning klar.'),
        ('2014-12-02', '', 'Beslut', 'PH', 'Bifall öppenvård Resursenheten.'),
        ('2014-12-10', '13:00', 'Överlämningsmöte', 'PH', 'Överlämningsmöte på Resursenheten med Helena och '
                                                          'Johanna Lilja. Uppdragsbeskrivningen lämnad till '
                                                          'Johanna.'),
        ('2014-12-17', '', 'Vårdplan', 'PH', 'Vårdplan upprättad, se dokument.'),
        ('2015-01-13', '', 'Notering', 'PH', 'Helena har startat i gruppen.'),
        ('2015-03-10', '', 'Bokning', 'PH', 'Uppföljning bokad 2015-03-24 kl 14 på Resursenheten.'),
        ('2015-03-23', '', 'Telefon', 'PH', 'Helena lämnar återbud till morgondagens uppföljnig, dottern sjuk. '
                                            'Ny tid bokas.'),
        ('2015-05-04', '', 'Notering', 'PH', 'Handl. har varit sjukskriven. Ärendet bevakas.'),
        ('2015-06-30', '', 'Notering', 'PH', 'Insatsperioden löper ut. Helena ansöker per telefon om '
                                             'förlängning. Förlängning beviljas sex månader, se '
                                             'beslut.'),
        ('2015-09-15', '', 'Notering', 'PH', 'Handl. konstaterar att ingen uppföljning av insatsen har gjorts '
                                             'sedan start. Uppföljning planeras till november.'),
    ]
    txt = journal_text(['YSTADS KOMMUN  SOCIALFÖRVALTNINGEN  IFO VUXENGRUPPEN',
                        'Journal  %s  %s  %s' % (who, pnr, dnr), 'PH = Patrik Holm', ''], J)
    C.enscript('journal.pdf', 'journalanteckningar', txt, 'Ystads kommun|Journalanteckningar|Sida $% av $=')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivningen lämnad till')

    C.label('needs_assessment', 'ja', 'Analys per livsområde och "Socialtjänstens ställningstagande" (utan '
            'ordet behov) med Helenas problem och varför öppenvården möter dem; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan som formulär med kryssrutor och tabell med mätbara mål, ansvarig och '
            'datum.')
    C.label('follow_up', 'nej', 'Uppföljningen 2015-03-24 avbokades och ingen ny gjordes; journalen '
            '2015-09-15 säger att ingen uppföljning gjorts och att den planeras till november. Beskedet '
            '2015-06-30 om förlängning är ingen uppföljning.')
    C.label('assignment_description', 'ja', 'Formulär med bedömning, uppdrag, mål, uppföljning, '
            'återrapportering, handläggare och överlämnande 2014-12-10 (även i journalen).', present='abcdefg')
    return C


# =====================================================================================
def case11():
    """Kent Persson. HVB Fyrklövergården. All documented; the assignment is a signed, scanned form."""
    C = Case(K, 'SN 2015/097')
    who, pnr, dnr = 'Kent Persson', '19000811-3394', 'SN 2015/097'
    utr = [
        ('h1', 'Utredning vuxen'),
        head_kv(who, pnr, dnr, 'LB', 'Utredningsperiod', '2015-01-12 – 2015-02-09'),
        ('h2', 'Aktualisering'),
        ('p', 'Kent kontaktade IFO 2015-01-09 efter att ha varit inlagd på medicinkliniken i Ystad för '
              'bukspottkörtelinflammation orsakad av alkohol. Han ansöker om behandlingshem.'),
        ('h2', 'Boende'),
        ('p', 'Kent bor ensam i hyreslägenhet i Ystad. Lägenheten är nedsliten och grannar har klagat på '
              'spring.'),
        ('p', '**Bedömning:** Bostaden är kvar men hotad av klagomålen. Den kan behållas under en placering om '
              'hyran betalas; en städinsats och hjälp att ta tillbaka kontrollen över lägenheten behövs inför '
              'hemgång.'),
        ('h2', 'Försörjning'),
        ('p', 'Kent har sjukersättning och inga skulder hos Kronofogden.'),
        ('p', '**Bedömning:** Ekonomin är ordnad.'),
        ('h2', 'Hälsa'),
        ('p', 'Akut pankreatit december 2014, läkaren har varnat för att fortsatt drickande är livshotande. '
              'Kent har diabetes typ 2 och sköter inte sin medicinering.'),
        ('p', '**Bedömning:** Kents kroppsliga hälsa är allvarligt påverkad. Han behöver medicinsk uppföljning och '
              'hjälp att sköta diabetesmedicineringen.'),
        ('h2', 'Missbruk'),
        ('p', 'Daglig alkoholkonsumtion i över 20 år, flera avgiftningar. AUDIT 33 p. Kent har gått på AA i '
              'perioder men aldrig haft en längre behandling.'),
        ('p', '**Bedömning:** Kent har ett svårt alkoholberoende. Han klarar inte att vara nykter i sin '
              'hemmiljö.'),
        ('h2', 'Relationer'),
        ('p', 'Ensamstående, en bror i Tomelilla. Socialt isolerad utöver kontakter på krogen.'),
        ('p', '**Bedömning:** Kent saknar nyktert nätverk och är ensam. Han behöver hjälp att bygga upp en nykter '
              'vardag med sociala sammanhang.'),
        ('h2', 'Handläggarens överväganden'),
        ('p', 'Kent har ett svårt och långvarigt alkoholberoende som nu har gett livshotande följder. Han har '
              'aldrig fått längre behandling, lever isolerat och klarar inte sin diabetesbehandling. Kent behöver '
              'behandling i en nykter miljö med medicinsk kompetens, där diabetesen kan skötas och där han får '
              'stöd att bygga upp en nykter vardag och ett socialt nätverk. Fyrklövergården har sjuksköterska '
              'dagligen, tar emot äldre män med somatisk samsjuklighet och arbetar med tolvstegsprogram och '
              'eftervård i grupp. Placeringen bedöms därför som lämplig för Kent.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Fyrklövergården, 4 kap. 1 § SoL, 2015-02-23 – 2015-07-31.'),
        ('sig', ['Ystad 2015-02-09', 'Lena Bengtsson, socialsekreterare']),
    ]
    C.rl('utredning.pdf', 'utredning', utr, layout='portrait, two-column', header_left=HL,
         header_right='Utredning  ' + dnr, footer_left=FOOT, pn_format='Sida {P}')
    C.ev('needs_assessment', 'utredning.pdf', 'Bostaden är kvar men hotad', 'Ekonomin är ordnad',
         'Kents kroppsliga hälsa är allvarligt', 'Kent har ett svårt alkoholberoende. Han',
         'Kent saknar nyktert nätverk', 'Kent har ett svårt och långvarigt alkoholberoende som nu',
         'Placeringen bedöms därför som lämplig')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'LB', 'Beslutsdatum', '2015-02-11'),
        ('h2', 'Beslut'),
        ('p', 'Institutionsvård vid Fyrklövergården behandlingshem 2015-02-23 – 2015-07-31 med stöd av 4 kap. '
              '1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Kent har ett svårt alkoholberoende som lett till livshotande pankreatit, och han klarar inte att '
              'vara nykter eller sköta sin diabetes i hemmet. Fyrklövergården kan ge behandling i nykter miljö med '
              'daglig sjuksköterskekontakt och stöd att bygga upp ett nyktert socialt liv.'),
        ('sig', ['Anders Ljung', 'Enhetschef IFO, enligt delegation']),
        overklagande(),
    ]
    C.docx('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
           pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Kent har ett svårt alkoholberoende som lett till livshotande')

    n, t, tel, mail = OFFICERS['LB']
    up = [
        ('h1', 'Uppdragsbeskrivning'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Utförare', 'Fyrklövergården behandlingshem, '
                                                                            'föreståndare Bo Alm'),
                ('Insats', 'Institutionsvård 4 kap. 1 § SoL, 2015-02-23 – 2015-07-31')]),
        ('h3', '1. Nämndens bedömning av behov'),
        ('p', 'Kent har ett svårt, långvarigt alkoholberoende med livshotande pankreatit och dåligt skött diabetes. '
              'Han är socialt isolerad. Han behöver behandling i nykter miljö med medicinsk kompetens, stöd i '
              'diabetesbehandlingen och hjälp att bygga upp en nykter vardag och ett nätverk.'),
        ('h3', '2. Uppdraget'),
        ('p', 'Tolvstegsbehandling, daglig sjuksköterskekontakt, stöd i egenvård av diabetes, utslussning med '
              'eftervårdsgrupp samt förberedelse av hemgång (boendet).'),
        ('h3', '3. Mål'),
        ('p', 'Kent är nykter under placeringen. Blodsockret är välinställt (HbA1c följs av vårdcentralen). Kent '
              'har en nykter veckostruktur och kontakt med AA/eftervård i Ystad vid utskrivning.'),
        ('h3', '4. Uppföljning'),
        ('p', 'Vårdplan inom två veckor. Uppföljningsmöte på Fyrklövergården efter ca 10 veckor och avslutande '
              'möte före utskrivning. Månadsvis telefonavstämning mellan kontaktperson och handläggare.'),
        ('h3', '5. Rapport vid avslut'),
        ('p', 'Skriftlig slutrapport inom 14 dagar: måluppfyllelse, nykterhet/provsvar, hälsa och medicinering, '
              'rekommendation för eftervård.'),
        ('h3', '6. Ansvarig handläggare'),
        ('p', '%s, %s. Tel %s. E-post %s. Post: %s' % (n, t, tel, mail, OFFICES[K]['post'])),
        ('sp',),
        ('p', 'Ystad 2015-02-16                                  Lena Bengtsson'),
        ('br',),
        ('h3', 'Mottagningskvitto (returneras till handläggaren)'),
        ('p', 'Avser: uppdragsbeskrivning för Kent Persson, %s, dnr %s, daterad 2015-02-16.' % (pnr, dnr)),
        ('p', 'Uppdragsbeskrivningen har mottagits av utföraren.'),
        ('p', 'Datum: 2015-02-18          Underskrift: Bo Alm          Fyrklövergården behandlingshem'),
    ]
    C.docx('uppdrag_src.pdf', 'uppdragsbeskrivning', up, header_left=HL, header_right='Dnr ' + dnr,
           footer_left='', pn_format='Sida {P} av {N}', size=10, keep=False)
    C.scan('uppdragsbeskrivning_skannad.pdf', 'uppdragsbeskrivning (inskannad, med mottagningskvitto)',
           'uppdrag_src.pdf')
    np_ = R.pages_of(C.parts['uppdrag_src.pdf'])
    C.ev('needs_assessment', 'uppdragsbeskrivning_skannad.pdf', pages=[1])
    C.ev('assignment_description', 'uppdragsbeskrivning_skannad.pdf', pages=list(range(1, np_ + 1)))
    C.notes.append('scan pages: %d' % np_)

    vp = [
        ('h1', 'Vårdplan'),
        ('p', '**%s**  %s   |   Dnr %s   |   Fyrklövergården 2015-02-23 – 2015-07-31   |   Upprättad '
              '2015-03-04 (Kent, Lena Bengtsson, kontaktperson Nils Åkerman)' % (who, pnr, dnr)),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
            ['Kent är nykter', 'Tolvstegsprogram, alkotest dagligen', 'Kent; Nils Åkerman',
             'Hela placeringen; redovisas vid uppföljning 2015-05-06'],
            ['Diabetesen är välinställd', 'Daglig blodsockerkontroll med SSK, läkarbesök VC Ystad',
             'Fyrklövergårdens SSK', 'Läkarbesök senast 2015-03-31, HbA1c 2015-06-15'],
            ['Kent har en nykter veckostruktur', 'Veckoschema, AA-möten under permissioner',
             'Kent; Nils Åkerman', 'Schema klart 2015-04-15'],
            ['Lägenheten är beboelig och grannkonflikten löst', 'Städinsats, samtal med hyresvärden',
             'Lena Bengtsson', 'Klart senast 2015-06-30'],
            ['Kent har eftervård i Ystad', 'Inskrivning i Resursenhetens eftervårdsgrupp',
             'Lena Bengtsson; Kent', 'Bokad senast 2015-07-15'],
        ], [4.5, 5.5, 4, 4.5]),
    ]
    C.rl('vardplan.pdf', 'vårdplan', vp, layout='landscape', header_left=HL, header_right='Vårdplan  ' + dnr,
         footer_left=FOOT, pn_format='Sida {P}')
    C.ev('planning', 'vardplan.pdf', 'Tolvstegsprogram, alkotest dagligen')

    uf = [
        ('h1', 'Uppföljning av insats'),
        ('kv', [('Klient', '%s, %s' % (who, pnr)), ('Dnr', dnr), ('Insats', 'Institutionsvård, '
                                                                          'Fyrklövergården'),
                ('Datum för uppföljning', '2015-05-06'), ('Deltagare', 'Kent Persson, Nils Åkerman '
                                                                       '(kontaktperson), Lena Bengtsson')]),
        ('h3', 'Hur har det gått?'),
        ('p', 'Kent har varit nykter sedan inskrivningen, alla alkotester negativa. Han deltar i programmet och '
              'har gått på AA-möten under två permissioner. Blodsockret är stabilt, läkarbesök hos VC gjort '
              '2015-03-26 och medicinen justerad.'),
        ('h3', 'Måluppfyllelse'),
        ('table', ['Mål', 'Status'], [
            ['Nykter', 'Uppnått hittills'], ['Diabetes välinställd', 'På väg, HbA1c tas i juni'],
            ['Nykter veckostruktur', 'Uppnått, schema finns'],
            ['Lägenheten', 'Ej klart – städinsats bokad i juni'], ['Eftervård', 'Ej påbörjat']]),
        ('h3', 'Överenskommelser'),
        ('p', 'Placeringen fortsätter enligt plan till 2015-07-31. Handläggaren ordnar städinsatsen och kontakt '
              'med Resursenhetens eftervårdsgrupp. Avslutande möte bokas i juli.'),
        ('sig', ['Lena Bengtsson, socialsekreterare']),
    ]
    C.html('uppfoljning.pdf', 'uppföljning', uf, letterhead=HL)
    C.ev('follow_up', 'uppfoljning.pdf', 'Kent har varit nykter sedan inskrivningen', 'Överenskommelser')

    J = [
        ('2015-01-09', '', 'Telefon', 'LB', 'Kent ringer från medicinkliniken, vill till behandlingshem.'),
        ('2015-02-11', '', 'Beslut', 'LB', 'Fyrklövergården beviljat.'),
        ('2015-02-16', '', 'Uppdrag', 'LB', 'Uppdragsbeskrivning postad till Fyrklövergården med kvitto för '
                                            'retur.'),
        ('2015-02-20', '', 'Post', 'LB', 'Mottagningskvitto från Fyrklövergården åter, skannat.'),
        ('2015-02-23', '', 'Inskrivning', 'LB', 'Kent inskriven.'),
        ('2015-03-04', '', 'Vårdplan', 'LB', 'Vårdplan upprättad.'),
        ('2015-05-06', '', 'Uppföljning', 'LB', 'Uppföljningsmöte på Fyrklövergården, se separat dokument.'),
        ('2015-07-22', '', 'Avslutande möte', 'LB',
         'Avslutande möte på Fyrklövergården. Kent nykter hela placeringen, HbA1c förbättrat. Lägenheten '
         'städad. Eftervårdsgrupp från 2015-08-05. Utskrivning 2015-07-31.'),
    ]
    body = journal_troff('Journal', ['%s  %s' % (who, pnr), dnr], J)
    C.groff('journal.pdf', 'journalanteckningar', body, 'Ystads kommun', 'Journal ' + dnr, FOOT)
    C.ev('follow_up', 'journal.pdf', 'Uppföljningsmöte på Fyrklövergården', 'Avslutande möte på Fyrklövergården')
    C.ev('assignment_description', 'journal.pdf', 'Uppdragsbeskrivning postad till Fyrklövergården')

    C.label('needs_assessment', 'ja', 'Bedömning per livsområde och "Handläggarens överväganden" om behoven och '
            'varför Fyrklövergården; beslutet har skäl.')
    C.label('planning', 'ja', 'Vårdplan i liggande tabell med mål, insatser, ansvarig och datum.')
    C.label('follow_up', 'ja', 'Uppföljningsdokument 2015-05-06 med måluppfyllelse och avslutande möte '
            '2015-07-22 i journalen.')
    C.label('assignment_description', 'ja', 'Inskannad uppdragsbeskrivning med alla delar och mottagningskvitto '
            '2015-02-18; journalen visar att den postades 2015-02-16.', present='abcdefg')
    return C


# =====================================================================================
def case12():
    """Malin Ek. Granted outpatient care, withdrew before the start; no assignment sent."""
    C = Case(K, 'SN 2015/305', scenario='declined')
    who, pnr, dnr = 'Malin Ek', '19020330-5146', 'SN 2015/305'
    utr = [
        ('h1', 'Utredning vuxen'),
        head_kv(who, pnr, dnr, 'PH', 'Utredningsperiod', '2015-04-20 – 2015-05-22'),
        ('h2', 'Aktualisering'),
        ('p', 'Malin ansökte 2015-04-17 om stöd för att sluta röka cannabis, på inrådan av sin kurator på '
              'Komvux.'),
        ('h2', 'Boende'),
        ('p', 'Malin bor i studentkorridor i Ystad.'),
        ('p', '**Bedömning:** Boendet är ordnat.'),
        ('h2', 'Försörjning'),
        ('p', 'Studiemedel från CSN. Malin har fått varning om att studiemedlet kan dras in på grund av låga '
              'studieresultat.'),
        ('p', '**Bedömning:** Studierna och därmed försörjningen är hotade av cannabisbruket.'),
        ('h2', 'Hälsa'),
        ('p', 'Malin beskriver oro och koncentrationssvårigheter. Hon har ingen vårdkontakt.'),
        ('p', '**Bedömning:** Koncentrationssvårigheterna påverkar studierna och kan hänga ihop med '
              'cannabisbruket. Hon bör erbjudas kontakt med vårdcentralen.'),
        ('h2', 'Missbruk'),
        ('p', 'Cannabis nästan dagligen sedan två år. DUDIT 2015-04-22: 19 poäng. Inga andra droger. Ingen '
              'tidigare behandling.'),
        ('p', '**Bedömning:** Malin har ett skadligt bruk av cannabis med risk för beroende. Hon är ung, '
              'motiverad och har inte tidigare fått stöd, vilket talar för att öppenvård är rätt nivå.'),
        ('h2', 'Relationer'),
        ('p', 'Föräldrarna bor i Kristianstad. Malin har en pojkvän som inte använder droger.'),
        ('p', '**Bedömning:** Malin har ett nätverk som kan stötta.'),
        ('h2', 'Sammanfattande bedömning'),
        ('p', 'Malin har ett skadligt bruk av cannabis som påverkar hennes studier, koncentration och oro. Hon '
              'har behov av ett strukturerat stöd för att sluta, med motiverande samtal och återfallsprevention, '
              'som kan kombineras med studierna. Resursenhetens cannabisprogram (CPU-modellen, 12 samtal) '
              'bedöms tillgodose behovet.'),
        ('h2', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Resursenheten, cannabisprogrammet, 2015-06-08 – 2015-09-30, 4 kap. 1 § SoL.'),
        officer_sig('PH', 'Ystad', '2015-05-22'),
    ]
    C.docx('utredning.pdf', 'utredning', utr, header_left=HL, header_right='Utredning  ' + dnr,
           footer_left=FOOT, pn_format='{P} ({N})')
    C.ev('needs_assessment', 'utredning.pdf', 'Boendet är ordnat.', 'Studierna och därmed försörjningen',
         'Koncentrationssvårigheterna påverkar', 'Malin har ett skadligt bruk av cannabis med risk',
         'Malin har ett nätverk som kan stötta', 'Malin har ett skadligt bruk av cannabis som påverkar',
         'cannabisprogram (CPU-modellen')

    bes = [
        ('h1', 'Beslut'),
        head_kv(who, pnr, dnr, 'PH', 'Beslutsdatum', '2015-05-26'),
        ('h2', 'Beslut'),
        ('p', 'Öppenvård vid Resursenheten (cannabisprogrammet) beviljas 2015-06-08 – 2015-09-30 med stöd av '
              '4 kap. 1 § SoL.'),
        ('h2', 'Skäl för beslutet'),
        ('p', 'Malins cannabisbruk påverkar studier och hälsa. Hon är motiverad och har inte tidigare fått stöd. '
              'Ett strukturerat öppenvårdsprogram som kan kombineras med studierna motsvarar hennes behov.'),
        ('sig', ['Patrik Holm', 'Socialsekreterare, delegation']),
        overklagande(),
    ]
    C.rl('beslut.pdf', 'beslut', bes, header_left=HL, header_right='Beslut  ' + dnr, footer_left=FOOT,
         pn_format='Sida {P}')
    C.ev('needs_assessment', 'beslut.pdf', 'Malins cannabisbruk påverkar studier och hälsa')

    J = [
        ('2015-04-17', '', 'Telefon', 'Patrik Holm', 'Malin ringer, vill ha stöd att sluta med cannabis.'),
        ('2015-04-22', '', 'Besök', 'Patrik Holm', 'Samtal, DUDIT 19 p. Samtycke till kontakt med kurator.'),
        ('2015-05-22', '', 'Utredning', 'Patrik Holm', 'Utredning klar.'),
        ('2015-05-26', '', 'Beslut', 'Patrik Holm', 'Cannabisprogrammet beviljat, start 2015-06-08. Beslut '
                                                     'skickat till Malin. Uppdrag till Resursenheten ska '
                                                     'lämnas vid överlämningsmöte.'),
        ('2015-06-02', '09:45', 'Telefon', 'Patrik Holm',
         'Malin ringer och återtar sin ansökan. Hon har fått sommarjobb i Malmö och flyttar dit i juni. Hon '
         'säger att hon slutat röka på egen hand sedan två veckor och inte vill börja i programmet. Informerad '
         'om Malmös mottagningar och att hon kan söka igen.'),
        ('2015-06-03', '', 'Notering', 'Patrik Holm',
         'Överlämningsmötet med Resursenheten avbokat. Någon uppdragsbeskrivning har inte lämnats eftersom '
         'Malin avböjt insatsen innan den påbörjades.'),
        ('2015-06-15', '', 'Avslut', 'Patrik Holm', 'Ärendet avslutas, insatsen aldrig påbörjad.'),
    ]
    jb = [('h1', 'Journalanteckningar'), head_kv(who, pnr, dnr, 'PH', '', '')] + journal_blocks(J)
    C.rl('journal.pdf', 'journalanteckningar', jb, header_left=HL, header_right='Journal  ' + dnr,
         footer_left=FOOT, pn_format='Sida {P}')

    C.unite('utskrift_akt_SN-2015-305.pdf', 'samlad utskrift (beslut, journal)', ['beslut.pdf', 'journal.pdf'])

    C.label('needs_assessment', 'ja', 'Bedömning per livsområde och "Sammanfattande bedömning" med behov och '
            'varför cannabisprogrammet; beslutet har skäl.')
    C.label('planning', 'ej_tillämpligt', 'Malin återtog ansökan 2015-06-02, före start; insatsen påbörjades '
            'aldrig.')
    C.label('follow_up', 'ej_tillämpligt', 'Insatsen påbörjades aldrig.')
    C.label('assignment_description', 'ej_tillämpligt', 'Ingen uppdragsbeskrivning lämnades eftersom Malin '
            'avböjde innan insatsen påbörjades (journalen 2015-06-03).', present='')
    return C


CASES = [case9, case10, case11, case12]
