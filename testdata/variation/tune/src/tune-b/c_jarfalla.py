# -*- coding: utf-8 -*-
"""Järfälla: five cases. Diarienummer format 'IFO.ÅÅÅÅ.NNNN'."""
from build import D, Case
from common import office_doc, provider_doc

SIG_ME = ('Med vänliga hälsningar\n\nMaria Ek\nSocialsekreterare\nEnheten för vuxna, Socialförvaltningen\nJärfälla kommun\n'
          'Tel: 08-465 000 41\nMobil: 070-174 06 41\nE-post: maria.ek@jarfalla.se')
SIG_JF = ('/Jonas\n\nJonas Friberg\nSocialsekreterare | Enheten för vuxna | Järfälla kommun\n'
          'Tfn 08-465 000 43 | jonas.friberg@jarfalla.se')
CONF = 'Järfälla kommun – Socialförvaltningen. Innehållet kan omfattas av sekretess.'
VIK_LH = ('Öppenvårdsteamet Viksjö', 'Järfälla kommun · Enheten för vuxna · Viksjö centrum 4, 175 46 Järfälla · Tel 08-465 000 70')
LOV_LH = ('Stiftelsen Lövudden', 'Behandlingshem för män · Lövudden, 761 94 Norrtälje · Tel 0176-200 00')


def head(name, dnr, pnr=None):
    return [('Klient:', name + (' ' + pnr if pnr else '')), ('Dnr:', dnr), ('Utskrivet:', '2015-09-25')]


def beslut(dnr, name, pnr, date, text, reasons=None, who='Helena Strand, enhetschef', title='BESLUT'):
    d = office_doc('jarfalla', dnr, title='Beslut')
    blocks = [('title', title),
              ('small', 'Socialnämnden i Järfälla kommun'),
              ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Datum', date)]),
              ('rule',),
              ('h', 'Beslut'), ('p', text),
              ('h', 'Lagstöd'), ('p', '4 kap. 1 § socialtjänstlagen (SoL)')]
    if reasons:
        blocks += reasons
    blocks += [('space',), ('p', who + '\nBeslut enligt delegation'),
               ('small', 'Hur man överklagar: se bilaga. Överklagandet ska ha kommit in inom tre veckor.')]
    d.add(blocks)
    return d


# ---------------------------------------------------------------- J1: two-column utredning, scanned beslut, ascii ticked-box GFP; all ja
def j1():
    dnr = 'IFO.2014.0488'
    name, pnr = 'Patrik Sandberg', '19020718-3119'
    u = office_doc('jarfalla', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning'),
        ('small', 'Vuxen, missbruk – 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Handläggare', 'Maria Ek'),
                ('Period', '2014-08-11 – 2014-09-12')]),
        ('cols', [
            ('h', 'Aktualisering'),
            ('p', 'Patrik ringde 2014-08-11 och ansökte om hjälp med amfetaminmissbruk. Han hade fått rådet av '
                  'sin frivårdsinspektör.'),
            ('h', 'Underlag'),
            ('p', 'Tre samtal (2014-08-14, 2014-08-25, 2014-09-08), kontakt med frivården, två urinprov.'),
            ('h', 'Bakgrund och nuläge'),
            ('p', 'Patrik har använt amfetamin i perioder sedan tonåren. Han avtjänade ett kortare fängelsestraff '
                  '2013 och har varit drogfri i anstalt men återföll en månad efter frigivningen. Han bor i en '
                  'förstahandslägenhet i Jakobsberg sedan ett år och har arbetat extra på ett flyttföretag. Han har '
                  'en dotter, 6 år, som bor hos mamman och som han träffar varannan helg när han är drogfri. Det '
                  'första urinprovet var positivt, det andra negativt.'),
            ('h', 'Patriks synpunkter'),
            ('p', 'Patrik vill vara drogfri för dotterns skull. Han vill behålla jobbet och lägenheten och vill '
                  'därför inte åka på behandlingshem.'),
            ('h', 'Handläggarens slutsats'),
            ('p', 'Patrik har ett återkommande amfetaminmissbruk och återfaller när stödet upphör, senast efter '
                  'frigivningen. Han har nu ett eget boende, ett arbete och en dotter som han vill vara en '
                  'stabil förälder för, vilket både ger motivation och är värt att skydda. Han saknar ett drogfritt '
                  'umgänge och har svårt med tomma kvällar och helger.'),
            ('p', 'Patrik behöver ett regelbundet stöd över tid med kontroll av drogfriheten, hjälp att planera '
                  'helger och kvällar och stöd i föräldraskapet. Öppenvårdsteamet Viksjö arbetar med ÅP och CRA '
                  'och kan ge samtal på kvällstid, vilket gör att han kan behålla arbetet. Öppenvård i Viksjö '
                  'bedöms därför vara rätt insats.'),
            ('h', 'Förslag'),
            ('p', 'Öppenvård vid Öppenvårdsteamet Viksjö 2014-09-22 – 2015-05-31.'),
            ('p', 'Maria Ek, socialsekreterare'),
        ]),
    ])
    b = beslut(dnr, name, pnr, '2014-09-16',
               'Patrik Sandberg beviljas öppenvård vid Öppenvårdsteamet Viksjö under tiden 2014-09-22 – 2015-05-31.',
               [('h', 'Motivering'), ('p', 'Utredning daterad 2014-09-12.')])
    b.add([('space',), ('p', 'Delgivet: ___________________   Datum: __________')])
    mail = dict(owner='Maria Ek', frm='Maria Ek', sent='den 18 september 2014 16:44', to='Susanne Borg',
                subject='Uppdrag – Patrik Sandberg, IFO.2014.0488', attach='Beslut Sandberg.pdf', conf=CONF, body=[
        ('p', 'Hej Susanne!'),
        ('p', 'Här kommer uppdraget för Patrik som börjar hos er måndag 22/9.'),
        ('h', 'Handläggarens slutsats (sammanfattning)'),
        ('p', 'Återkommande amfetaminmissbruk, återföll efter frigivningen 2013. Har nu lägenhet, extrajobb och en '
              'dotter han vill vara stabil för. Saknar drogfritt umgänge, svårt med kvällar/helger. Behöver '
              'regelbundet stöd över tid med provtagning, planering av fritid och stöd som förälder – därför '
              'öppenvård hos er, på kvällstid så att han kan jobba.'),
        ('h', 'Vad uppdraget omfattar'),
        ('p', 'Samtal (ÅP/CRA) en gång per vecka, urinprov varje vecka, ett föräldraskapssamtal per månad. '
              'Perioden är 2014-09-22 – 2015-05-31.'),
        ('h', 'Mål'),
        ('bullets', ['Patrik är drogfri (negativa urinprov)', 'Patrik har minst en fast drogfri fritidsaktivitet',
                     'Umgänget med dottern fungerar varannan helg']),
        ('h', 'Uppföljning'),
        ('p', 'Ni skickar GFP inom en månad. Vi har avstämning Patrik, du och jag var fjärde månad, första i januari, '
              'och ett avslutande möte i maj.'),
        ('h', 'Återrapportering'),
        ('p', 'Vid avslut vill jag ha en skriftlig rapport om insatsen, närvaro, provsvar, måluppfyllelse och om '
              'Patrik behöver fortsatt stöd.'),
        ('sig', SIG_ME)])
    g = provider_doc(title='Genomförandeplan', accent='#006064', footer='Öppenvårdsteamet Viksjö|Sida {p} av {n}')
    g.add([('letterhead',) + VIK_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Behandlare', 'Susanne Borg'), ('Datum', '2014-10-14'), ('Nästa revidering', '2015-01-20')]),
           ('h', 'Insatser'),
           ('box', [(True, 'ÅP-/CRA-samtal, tisdagar kl. 17.00'), (True, 'Urinprov, varje vecka'),
                    (False, 'Gruppbehandling'), (True, 'Föräldraskapssamtal, en gång/månad'), (False, 'Anhörigsamtal')], 'ascii'),
           ('h', 'Mål'),
           ('table', ['Mål', 'Hur', 'Vem', 'När'], [
               ['Drogfri – alla urinprov negativa', 'Urinprov varje tisdag', 'Patrik, Susanne', 'Fr.o.m. 2014-10-14, utvärderas 2015-01-20'],
               ['En fast drogfri fritidsaktivitet', 'CRA-aktivitetsschema, Patrik undersöker gym/fotboll', 'Patrik', 'Igång senast 2014-12-01'],
               ['Umgänge med dottern varannan helg', 'Föräldraskapssamtal, planering av helgerna', 'Susanne, Patrik', 'Stäms av vid varje samtal, utvärderas 2015-01-20']], [3.3, 3.8, 2.2, 3.7]),
           ('box', [(True, 'Planen är upprättad tillsammans med klienten'), (True, 'Klienten har fått en kopia')], 'ascii'),
           ])
    j = [
        ('2014-08-11', 'Telefon', 'Patrik ringde, frivården tipsade honom. Vill ha hjälp m amfetamin. Tid 14/8.', 'ME'),
        ('2014-08-14', 'Besök', 'Första samtalet. Urinprov pos. Han pratar mycket om dottern. Utredning inleds.', 'ME'),
        ('2014-08-25', 'Besök', 'Samtal, urinprov neg. Vill inte åka iväg, har jobb.', 'ME'),
        ('2014-09-08', 'Besök', 'Pratat om Viksjö, han är positiv.', 'ME'),
        ('2014-09-16', 'Beslut', 'Beslut öppenvård Viksjö (HS). Beslutet delgivet Patrik, undertecknat ex. inskannat.', 'ME'),
        ('2014-09-18', 'Uppdrag', 'Uppdraget mejlat till Susanne B på Viksjö.', 'ME'),
        ('2014-10-16', 'Post', 'GFP inkommen från Viksjö.', 'ME'),
        ('2015-01-20', 'Avstämning', 'Avstämning på Viksjö, Patrik, Susanne o jag. Patrik har varit på nästan alla samtal, ett pos. prov i december (han berättade själv, julfest på jobbet), övriga neg. Han har börjat spela korpfotboll på torsdagar. Umgänget med dottern funkar, mamman nöjd. Vi fortsätter enl planen, nästa avstämning i maj.', 'ME'),
        ('2015-05-26', 'Avstämning', 'Avslutande avstämning. Patrik drogfri sedan jan, fast anställd nu på flyttfirman. Dottern varannan helg + en vardag. Vill avsluta men kunna ringa Susanne. Rapport från Viksjö kommer.', 'ME'),
        ('2015-06-03', 'Avslut', 'Slutrapport inkom. Insatsen avslutad, ärendet avslutas.', 'ME'),
    ]
    docs = [
        D('utredning', 'utredning', '2014-09-12', odt=u, layout='two-column+header-footer'),
        D('beslut_signerat', 'beslut (inskannat)', '2014-09-16', odt=b, layout='portrait+scanned', scan=[1],
          producer='libreoffice-odt+scan'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-09-18', email=mail),
        D('genomforandeplan_viksjo', 'genomförandeplan', '2014-10-14', odt=g, layout='portrait+letterhead+checkboxes+table'),
        D('journal', 'journalanteckningar', '2015-09-25', layout='header-footer', journal=('jarfalla', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', 'Tvåspaltig utredning: "Handläggarens slutsats" beskriver behoven och varför öppenvård i Viksjö svarar mot dem.',
                             [('utredning', 'Patrik har ett återkommande amfetaminmissbruk', 'Öppenvård i Viksjö bedöms därför'),
                              ('uppdrag_mejl', 'Handläggarens slutsats (sammanfattning)', 'så att han kan jobba')]),
        'planning': ('ja', 'Genomförandeplan från Viksjö med kryssade insatser och daterade mål, ansvar och tid.',
                     [('genomforandeplan_viksjo', 'Genomförandeplan', 'Klienten har fått en kopia')]),
        'follow_up': ('ja', 'Avstämningar 2015-01-20 och 2015-05-26 i journalen med utfall.',
                      [('journal', 'Avstämning på Viksjö, Patrik', 'Rapport från Viksjö kommer')]),
        'assignment_description': ('ja', 'Uppdrag via e-post 2014-09-18 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Här kommer uppdraget för Patrik', 'maria.ek@jarfalla.se'),
                                    ('journal', 'Uppdraget mejlat till Susanne')], list('abcdefg')),
    }
    return Case('jarfalla_IFO.2014.0488', 'Järfälla', dnr, '', docs, crit)


# ---------------------------------------------------------------- J2: dari tolk; AD nej (given orally); FU ja
def j2():
    dnr = 'IFO.2015.0211'
    name, pnr = 'Leila Ahmadi', '19011212-4483'
    u = office_doc('jarfalla', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning'),
        ('small', 'Vuxen, missbruk – 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Handläggare', 'Jonas Friberg'),
                ('Period', '2015-02-04 – 2015-03-06'), ('Tolk', 'Dari (kontakttolk)')]),
        ('h', 'Aktualisering'),
        ('p', 'Leila aktualiserades 2015-02-02 via en remiss från vårdcentralen Jakobsberg, där hon sökt för sömn- '
              'och ångestbesvär och berättat att hon dricker alkohol och tar lugnande tabletter som hon köper. Hon '
              'ansökte om stöd vid första besöket 2015-02-04.'),
        ('h', 'Underlag'),
        ('p', 'Tre samtal med tolk, kontakt med vårdcentralen och med Leilas syster (samtycke finns).'),
        ('h', 'Situation'),
        ('p', 'Leila kom till Sverige 2011 från Afghanistan. Hon är skild och bor med sina två döttrar, 15 och 17 år, '
              'i Jakobsberg. Hon studerar SFI. Hon började dricka för ett år sedan efter skilsmässan och tar '
              'bensodiazepiner som hon köper, för att kunna sova. Döttrarna har märkt att hon är påverkad på kvällarna. '
              'Leila har en syster i Kallhäll som hon har nära kontakt med.'),
        ('h', 'Leilas synpunkter'),
        ('p', 'Leila skäms och är rädd att döttrarna ska ta illa vid sig. Hon vill sluta och vill ha hjälp av någon som '
              'förstår hennes situation. Hon vill helst träffa andra kvinnor.'),
        ('h', 'Sammanfattande analys'),
        ('p', 'Leila har sedan ett år ett växande bruk av alkohol och illegalt köpta lugnande tabletter som hon '
              'använder för att hantera sömnproblem, ångest och ensamhet efter skilsmässan. Bruket påverkar '
              'döttrarna och hennes studier. Hon har viktiga resurser: systern, studierna och en stark vilja att '
              'vara en bra mamma. Skam och språk är hinder för att söka vanlig vård.'),
        ('p', 'Leila behöver stöd att sluta med tabletterna (i samarbete med vårdcentralen), att hitta andra sätt '
              'att hantera ångest och sömn, och ett sammanhang med andra kvinnor. Öppenvårdsteamet Viksjö har en '
              'kvinnogrupp och individuella samtal där tolk kan användas. Öppenvård i Viksjö är därför den insats '
              'som passar Leila bäst.'),
        ('h', 'Förslag'),
        ('p', 'Öppenvård vid Öppenvårdsteamet Viksjö (kvinnogrupp och individuella samtal med tolk) 2015-03-16 – 2015-09-15.'),
        ('p', 'Jonas Friberg'),
    ])
    b = beslut(dnr, name, pnr, '2015-03-10',
               'Leila Ahmadi beviljas öppenvård vid Öppenvårdsteamet Viksjö, kvinnogrupp och individuella samtal med tolk, '
               '2015-03-16 – 2015-09-15.', [('h', 'Motivering'), ('p', 'Se utredning 2015-03-06.')])
    g = provider_doc(title='Genomförandeplan', accent='#006064', footer='Öppenvårdsteamet Viksjö|Sida {p} av {n}')
    g.add([('letterhead',) + VIK_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Behandlare', 'Susanne Borg'), ('Upprättad', '2015-04-07 med tolk (dari)')]),
           ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
               ['Leila tar inga tabletter som inte är förskrivna', 'Individuella samtal varannan vecka med tolk; nedtrappning via vårdcentralen', 'Leila, Susanne, VC-läkare', 'Senast 2015-05-31'],
               ['Leila är nykter', 'Kvinnogruppen onsdagar; alkotest i samband med samtal', 'Leila', 'Fr.o.m. 2015-04-08, stäms av 2015-06-09'],
               ['Leila sover minst sex timmar de flesta nätter', 'Sömnskola i kvinnogruppen, sömndagbok', 'Susanne, Leila', 'Utvärderas 2015-06-09'],
               ['Döttrarna får information och stöd', 'Ett familjesamtal, info om ungdomsmottagningen', 'Susanne', 'Senast 2015-06-30']], [3.3, 4.2, 2.3, 3.2]),
           ('p', 'Planen har översatts muntligt av tolk och Leila har godkänt den.'),
           ])
    j = [
        ('2015-02-02', 'Remiss', 'Remiss från VC Jakobsberg om Leila. Ringt henne via telefontolk, tid bokad.', 'JF'),
        ('2015-02-04', 'Besök', 'Leila + kontakttolk (dari). Ansöker om stöd. Mycket skam. Utredning inleds.', 'JF'),
        ('2015-02-18', 'Besök', 'Samtal m tolk. Pratade om döttrarna och tabletterna.', 'JF'),
        ('2015-03-03', 'Besök', 'Samtal m tolk, Leila vill gå i kvinnogruppen.', 'JF'),
        ('2015-03-10', 'Beslut', 'Beslut öppenvård Viksjö (HS).', 'JF'),
        ('2015-03-16', 'Överlämningsmöte', 'Överlämningsmöte på Viksjö m Leila, tolk och Susanne B. Vi gick igenom uppdraget muntligt. Skriftlig uppdragsbeskrivning ska skickas till Susanne.', 'JF'),
        ('2015-04-09', 'Inkommen handling', 'GFP från Viksjö inkom.', 'JF'),
        ('2015-05-04', 'Telefon', 'Leilas syster ringde, berättade att Leila har fått ett uppdrag som volontär på språkcaféet i biblioteket. Hon verkar gladare.', 'JF'),
        ('2015-06-09', 'Möte', 'Vi träffades för att se hur det gått: Leila, Susanne, tolk (dari) och jag på Viksjö. Leila har slutat helt med tabletterna sedan mitten av maj, nedtrapningen via VC gick bra. Hon har druckit vid ett tillfälle. Hon sover bättre, 5-6 timmar. Hon har missat två gruppträffar. Familjesamtal med döttrarna gjordes 2/6. Leila vill fortsätta gruppen till sept. Vi bestämde att fortsätta enligt planen.', 'JF'),
        ('2015-09-15', 'Avslut', 'Insatsen avslutad enl beslut. Leila fortsätter i kvinnogruppens eftervård på egen hand.', 'JF'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-03-06', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-03-10', odt=b, layout='portrait+header-footer'),
        D('genomforandeplan_viksjo', 'genomförandeplan', '2015-04-07', odt=g, layout='portrait+letterhead+table'),
        D('journal', 'journalanteckningar', '2015-09-25', layout='header-footer', journal=('jarfalla', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Sammanfattande analys" beskriver behoven och varför Viksjös kvinnogrupp och samtal passar.',
                             [('utredning', 'Leila har sedan ett år ett växande bruk', 'som passar Leila bäst')]),
        'planning': ('ja', 'Genomförandeplan (tabell) med daterade mål, insatser, ansvar och tidpunkt.',
                     [('genomforandeplan_viksjo', 'Genomförandeplan', 'Leila har godkänt den')]),
        'follow_up': ('ja', 'Journalen 2015-06-09: "Vi träffades för att se hur det gått", med utfall.',
                      [('journal', 'Vi träffades för att se hur det gått')]),
        'assignment_description': ('nej', 'Uppdraget gicks igenom muntligt vid överlämningsmötet 2015-03-16; den skriftliga uppdragsbeskrivningen skickades aldrig ("uppdrag" på språkcaféet är en annan sak).', [], []),
    }
    return Case('jarfalla_IFO.2015.0211', 'Järfälla', dnr, '', docs, crit)


# ---------------------------------------------------------------- J3: akut placement, only preliminary assessment; FU nej; AD delvis (a)
def j3():
    dnr = 'IFO.2014.0712'
    name, pnr = 'Roger Wikström', '19000211-5975'
    b = beslut(dnr, name, pnr, '2014-12-01',
               'Roger Wikström beviljas institutionsvård vid Stiftelsen Lövudden fr.o.m. 2014-12-01 i avvaktan på utredning.',
               [('h', 'Skäl för beslutet (preliminärt)'),
                ('p', 'Roger har de senaste veckorna förts till akutmottagningen två gånger kraftigt berusad och har '
                      'fallit i hemmet. Han dricker dagligen och äter dåligt. Hemtjänsten har larmat om att han inte '
                      'klarar sig själv. Preliminärt bedöms han behöva en akut placering för att bryta drickandet och '
                      'få tillsyn. Slutligt ställningstagande görs när utredningen är klar.')],
               who='Jonas Friberg, socialsekreterare (akut beslut, delegation 4.1.3)', title='BESLUT – AKUT PLACERING')
    u = office_doc('jarfalla', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning (pågående)'),
        ('small', 'Vuxen, missbruk – 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Handläggare', 'Jonas Friberg'),
                ('Inledd', '2014-11-27')]),
        ('h', 'Aktualisering'),
        ('p', 'Anmälan från hemtjänsten 2014-11-26 och från akutmottagningen 2014-11-27.'),
        ('h', 'Underlag hittills'),
        ('p', 'Samtal med Roger på akutmottagningen 2014-11-28. Kontakt med hemtjänsten och med sonen Mikael.'),
        ('h', 'Situation'),
        ('p', 'Roger bor ensam i lägenhet i Kallhäll. Han har ålderspension. Han har hemtjänst två gånger per '
              'dag sedan i somras. Han dricker dagligen, mest sprit. Han har fallit flera gånger.'),
        ('h', 'Rogers synpunkter'),
        ('p', 'Roger går med på att åka till Lövudden "ett tag".'),
        ('h', 'Fortsatt utredning'),
        ('p', 'Återstår: samtal med Roger på Lövudden, kontakt med läkare, ASI-intervju. Slutligt ställningstagande '
              'görs när utredningen är klar.'),
    ])
    mail = dict(owner='Jonas Friberg', frm='Jonas Friberg', sent='den 1 december 2014 15:05', to='Lövudden Intag',
                cc='Maria Ek', subject='Akutplacering Roger Wikström idag', attach='Akutbeslut_Wikström.pdf', conf=CONF, body=[
        ('p', 'Hej!'),
        ('p', 'Som sagt i telefon: Roger kommer med taxi ca kl. 17 idag. Akutbeslut bifogas. Utredningen pågår och '
              'skickas när den är klar.'),
        ('h', 'Uppdrag'),
        ('p', 'Institutionsvård med abstinensbehandling, tillsyn och motivationsarbete. Därefter ert ordinarie program '
              'om Roger stannar. Preliminärt tre till sex månader.'),
        ('h', 'Mål'),
        ('bullets', ['Roger är nykter och har fått medicinsk tillsyn', 'Roger äter och sover regelbundet',
                     'Roger har en plan för hur han ska klara sig hemma efteråt']),
        ('h', 'Uppföljning'),
        ('p', 'Vårdplan gör vi tillsammans med Roger hos er senast 3/12. Avstämning efter sex–åtta veckor. '
              'Ring mig vid avvikelser.'),
        ('h', 'Vid utskrivning'),
        ('p', 'Skriftlig utskrivningsrapport om behandlingen, Rogers hälsa och rekommendationer för tiden hemma.'),
        ('sig', SIG_JF)])
    vp = office_doc('jarfalla', dnr, title='Vårdplan')
    vp.add([
        ('title', 'Vårdplan'),
        ('kv', [('Namn', name), ('Placering', 'Stiftelsen Lövudden fr.o.m. 2014-12-01'), ('Upprättad', '2014-12-03'),
                ('Deltagare', 'Roger, Kjell Nyström (Lövudden), Jonas Friberg')]),
        ('table', ['Mål', 'Insats', 'Ansvarig', 'Tidpunkt'], [
            ['Roger har genomgått abstinensbehandling', 'Läkarordinerad avgiftning, tillsyn dygnet runt', 'Lövudden', 'Klart senast 2014-12-12'],
            ['Roger har normal vikt och dygnsrytm', 'Regelbundna måltider, vägning varannan vecka', 'Lövudden, Roger', 'Utvärderas 2015-01-27'],
            ['Roger har ett hemmaplansstöd inför utskrivning', 'Planering av hemtjänst, öppenvård och ev. boendestöd', 'Jonas Friberg', 'Senast 2015-02-20']], [3.3, 3.7, 2.3, 3.2]),
        ('p', 'Avstämning planeras i slutet av januari.'),
    ])
    g = provider_doc(title='Genomförandeplan', font='Liberation Serif', accent='#274e13', footer='Stiftelsen Lövudden|{p}')
    g.add([('letterhead',) + LOV_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Boende', name), ('Kontaktperson', 'Kjell Nyström'), ('Datum', '2014-12-16')]),
           ('numbered', ['Avgiftning klar (2014-12-11). Fortsatt nykterhet kontrolleras med utandningsprov dagligen. Ansvar: personal.',
                         'Måltider: Roger äter frukost, lunch och middag i matsalen. Vägs varannan måndag med start 2014-12-22. Ansvar: Kjell.',
                         'Aktivitet: promenad dagligen kl. 10 och deltagande i snickeriet tisdag och torsdag fr.o.m. 2015-01-06. Ansvar: Roger, arbetsledare.',
                         'Samtal med Kjell en gång i veckan (torsdagar) om vad som hänt och om tiden efter Lövudden.']),
           ('p', 'Roger har tagit del av planen.'),
           ])
    j = [
        ('2014-11-26', 'Anmälan', 'Hemtjänsten ringde, Roger har fallit igen och var kraftigt berusad.', 'JF'),
        ('2014-11-27', 'Anmälan', 'Akuten ringde, Roger inlagd efter fall. Utredning inleds.', 'JF'),
        ('2014-11-28', 'Besök', 'Besökt Roger på akuten. Han går med på att åka till Lövudden. Sonen Mikael tycker det är bra.', 'JF'),
        ('2014-12-01', 'Beslut', 'Akut beslut Lövudden. Mejlat placeringen till Lövudden. Roger åkte taxi dit kl 16.', 'JF'),
        ('2014-12-03', 'Vårdplan', 'Vårdplan upprättad på Lövudden.', 'JF'),
        ('2014-12-18', 'Inkommen handling', 'GFP från Lövudden inkom.', 'JF'),
        ('2015-01-27', 'Avstämning', 'Avstämningen på Lövudden som var tänkt till idag blev inte av, jag sjuk. Ny tid ska bokas.', 'JF'),
        ('2015-03-09', 'Avstämning', 'Avstämning var planerad till mars men blev inte av heller (Roger hade permission hos sonen).', 'JF'),
        ('2015-05-29', 'Utskrivning', 'Roger utskriven från Lövudden idag, sonen hämtade. Hemtjänst återupptagen.', 'JF'),
        ('2015-06-01', 'Övrigt', 'Uppföljning planeras till november.', 'JF'),
    ]
    docs = [
        D('beslut_akut', 'beslut (akut)', '2014-12-01', odt=b, layout='portrait+header-footer'),
        D('utredning', 'utredning (ej slutförd)', '2014-12-01', odt=u, layout='portrait+header-footer'),
        D('placering_mejl', 'uppdragsbeskrivning (e-post)', '2014-12-01', email=mail),
        D('vardplan', 'vårdplan', '2014-12-03', odt=vp, layout='portrait+header-footer+table'),
        D('genomforandeplan_lovudden', 'genomförandeplan', '2014-12-16', odt=g, layout='portrait+letterhead+numbered-list'),
        D('journal', 'journalanteckningar', '2015-09-25', layout='header-footer', journal=('jarfalla', head(name, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('delvis', 'Endast ett preliminärt ställningstagande i akutbeslutet; utredningen slutfördes aldrig och saknar ställningstagande.',
                             [('beslut_akut', 'Skäl för beslutet (preliminärt)', 'Slutligt ställningstagande görs när utredningen')]),
        'planning': ('ja', 'Vårdplan (tabell) och genomförandeplan från Lövudden med daterade mål, insatser och ansvar.',
                     [('vardplan', 'Vårdplan', 'Avstämning planeras i slutet av januari.'),
                      ('genomforandeplan_lovudden', 'Genomförandeplan', 'Roger har tagit del av planen')]),
        'follow_up': ('nej', 'Avstämningarna i januari och mars blev inte av; efter utskrivning står bara "Uppföljning planeras till november".', []),
        'assignment_description': ('delvis', 'Placeringsmejl 2014-12-01 med uppdrag, mål, uppföljning, återrapportering och kontaktuppgifter, men utan behovsbedömning (utredningen "skickas när den är klar").',
                                   [('placering_mejl', 'Som sagt i telefon', 'jonas.friberg@jarfalla.se'),
                                    ('journal', 'Mejlat placeringen till Lövudden')], list('bcdefg')),
    }
    return Case('jarfalla_IFO.2014.0712', 'Järfälla', dnr, '', docs, crit)


# ---------------------------------------------------------------- J4: uppdrag as form (empty Mål, no handover record); vague GFP; scanned uppföljning
def j4():
    dnr = 'IFO.2015.0067'
    name, pnr = 'Marie Holmgren', '19020828-5062'
    u = office_doc('jarfalla', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning'),
        ('small', 'Vuxen, missbruk – 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Dnr', dnr), ('Handläggare', 'Maria Ek'),
                ('Period', '2015-01-20 – 2015-02-13')]),
        ('h', 'Aktualisering'),
        ('p', 'Marie ansökte 2015-01-20 om stöd för att minska sitt drickande. Hon hade blivit uppmärksammad av '
              'företagshälsovården.'),
        ('h', 'Underlag'),
        ('p', 'Två samtal, AUDIT (22 poäng), PEth-prov, kontakt med företagshälsovården.'),
        ('h', 'Situation'),
        ('p', 'Marie bor med sin man i radhus i Viksjö och arbetar som ekonom. Hon dricker vin varje kväll, ofta en '
              'flaska, och har gjort det sedan ett par år. Hon har haft flera sjukdagar i samband med helger. '
              'Maken är orolig. Hon har två vuxna barn.'),
        ('h', 'Maries synpunkter'),
        ('p', 'Marie vill inte sluta helt men dricka mycket mindre. Hon vill ha samtal på dagtid nära hemmet.'),
        ('h', 'Skäl och ställningstagande'),
        ('p', 'Marie har ett riskabelt och regelbundet alkoholbruk som börjat påverka arbetet (sjukdagar) och '
              'relationen till maken. PEth och AUDIT stödjer hennes egen beskrivning. Hon har ett stabilt liv i '
              'övrigt, arbete, bostad och familj, och en egen önskan om förändring.'),
        ('p', 'Det Marie saknar är kunskap om hur vanan upprätthålls och konkreta strategier för kvällarna, samt '
              'uppföljning med prov som visar om hon lyckas. Öppenvårdsteamet Viksjö erbjuder kortare '
              'ÅP-behandling med PEth-uppföljning på dagtid i Viksjö. Insatsen är proportionerlig och möter det '
              'Marie själv efterfrågar.'),
        ('h', 'Förslag'),
        ('p', 'Öppenvård vid Öppenvårdsteamet Viksjö, 2015-03-02 – 2015-08-31.'),
        ('p', 'Maria Ek'),
    ])
    b = beslut(dnr, name, pnr, '2015-02-17',
               'Marie Holmgren beviljas öppenvård vid Öppenvårdsteamet Viksjö 2015-03-02 – 2015-08-31.',
               [('h', 'Motivering'), ('p', 'Se utredning 2015-02-13.')])
    ub = office_doc('jarfalla', dnr, title='Uppdragsbeskrivning')
    ub.add([
        ('title', 'Uppdragsbeskrivning till utförare'),
        ('kv', [('Klient', name + ', ' + pnr), ('Dnr', dnr), ('Utförare', 'Öppenvårdsteamet Viksjö'),
                ('Beslut', '2015-02-17, öppenvård 2015-03-02 – 2015-08-31')]),
        ('table', ['Del', 'Innehåll'], [
            ['Socialtjänstens bedömning av behov', 'Regelbundet riskbruk av vin som påverkar arbete och relation. Behöver kunskap om vanan, strategier för kvällarna och provuppföljning. Kort ÅP-behandling på dagtid i Viksjö möter detta.'],
            ['Uppdraget omfattar', 'ÅP-samtal varannan vecka på dagtid, PEth en gång i månaden.'],
            ['Mål', ''],
            ['Uppföljning', 'Uppföljningsmöte med Marie, behandlare och handläggare efter ca tre månader.'],
            ['Återrapportering vid avslut', 'Kort skriftlig sammanfattning med PEth-värden och måluppfyllelse.'],
            ['Ansvarig handläggare', 'Maria Ek, tel 08-465 000 41, maria.ek@jarfalla.se'],
            ['Överlämnad till utförare (datum)', '']], [4, 9]),
    ])
    g = provider_doc(title='Genomförandeplan', accent='#006064', footer='Öppenvårdsteamet Viksjö|Sida {p} av {n}')
    g.add([('letterhead',) + VIK_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Behandlare', 'Ali Rostami')]),
           ('p', 'Marie vill minska sitt drickande och må bättre. Hon ska gå på samtal hos oss och lämna prover. '
                 'Vi kommer att prata om hennes vanor och om hur hon kan göra i stället på kvällarna. Hennes man kan '
                 'vara med någon gång om hon vill. Planen ses över vid behov.'),
           ])
    up = office_doc('jarfalla', dnr, title='Uppföljning')
    up.add([
        ('title', 'Uppföljning av insats'),
        ('kv', [('Klient', name), ('Datum', '2015-06-16'), ('Plats', 'Öppenvårdsteamet Viksjö'),
                ('Närvarande', 'Marie, Ali Rostami (behandlare), Maria Ek (handläggare)')]),
        ('h', 'Resultat'),
        ('p', 'Marie har kommit på sju av åtta samtal. PEth har sjunkit från 0,74 i februari till 0,18 i juni. Hon '
              'dricker nu i huvudsak på helger, två–tre glas. Inga sjukdagar sedan mars. Maken har varit med på ett '
              'samtal och tycker att det blivit stor skillnad.'),
        ('h', 'Överenskommelse'),
        ('p', 'Insatsen fortsätter till 2015-08-31 med samtal en gång i månaden. Marie vill avsluta därefter.'),
        ('p', 'Maria Ek, socialsekreterare'),
        ('space',),
        ('p', 'Marie Holmgren ____________________      Ali Rostami ____________________'),
    ])
    j = [
        ('2015-01-20', 'Besök', 'Marie kom in, vill ha stöd att dra ner. Företagshälsovården har pratat med henne. Utredning inleds.', 'ME'),
        ('2015-02-03', 'Besök', 'Samtal, AUDIT 22 p. PEth tas på VC.', 'ME'),
        ('2015-02-17', 'Beslut', 'Beslut öppenvård Viksjö (HS).', 'ME'),
        ('2015-03-02', 'Telefon', 'Ali på Viksjö ringde, Marie har börjat.', 'ME'),
        ('2015-04-15', 'Inkommen handling', 'GFP från Viksjö.', 'ME'),
        ('2015-06-16', 'Uppföljning', 'Uppföljning på Viksjö idag, se separat dokument (inskannat).', 'ME'),
        ('2015-09-07', 'Avslut', 'Sammanfattning från Viksjö inkommen. Insatsen avslutad, ärendet avslutas.', 'ME'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-02-13', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-02-17', odt=b, layout='portrait+header-footer'),
        D('uppdragsbeskrivning', 'uppdragsbeskrivning (formulär)', '2015-02-18', odt=ub, layout='portrait+form-table'),
        D('genomforandeplan_viksjo', 'genomförandeplan', '2015-04-14', odt=g, layout='portrait+letterhead+free-text'),
        D('uppfoljning_signerad', 'uppföljning (inskannad)', '2015-06-16', odt=up, layout='portrait+scanned', scan=[1],
          producer='libreoffice-odt+scan'),
        D('journal', 'journalanteckningar', '2015-09-25', layout='header-footer', journal=('jarfalla', head(name, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Skäl och ställningstagande" beskriver svårigheterna och varför kort ÅP-behandling i Viksjö möter dem.',
                             [('utredning', 'Marie har ett riskabelt och regelbundet', 'möter det Marie själv efterfrågar'),
                              ('uppdragsbeskrivning', 'Socialtjänstens bedömning av behov', 'möter detta')]),
        'planning': ('delvis', 'Genomförandeplan i fritext med vaga mål ("minska sitt drickande och må bättre") utan datum eller tidpunkter.',
                     [('genomforandeplan_viksjo', 'Genomförandeplan', 'Planen ses över vid behov')]),
        'follow_up': ('ja', 'Inskannad uppföljning 2015-06-16 med utfall (PEth, närvaro, sjukdagar); journalen bekräftar datum.',
                      [('uppfoljning_signerad', 'Uppföljning av insats', 'Maria Ek, socialsekreterare'),
                       ('journal', 'Uppföljning på Viksjö idag')]),
        'assignment_description': ('delvis', 'Uppdragsbeskrivning som formulär: fältet Mål är tomt och det finns ingen uppgift om när den överlämnades (fältet tomt, inget i journalen).',
                                   [('uppdragsbeskrivning', 'Uppdragsbeskrivning till utförare', 'Överlämnad till utförare')], list('abdef')),
    }
    return Case('jarfalla_IFO.2015.0067', 'Järfälla', dnr, '', docs, crit)


# ---------------------------------------------------------------- J5: no utredning, empty plan form, provider asks for uppdrag; FU delvis
def j5():
    dnr = 'IFO.2015.0154'
    name, pnr = 'Dawit Tesfay', '19010304-7717'
    a = office_doc('jarfalla', dnr, title='Ansökan')
    a.add([
        ('title', 'Ansökan om bistånd'),
        ('small', 'Vuxen – missbruk och beroende'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Adress', 'Ynglingavägen 3, 177 xx Järfälla'),
                ('Datum', '2015-03-02'), ('Tolk', 'Tigrinja (telefontolk)')]),
        ('h', 'Jag ansöker om'),
        ('box', [(True, 'Öppenvård'), (False, 'Behandlingshem'), (False, 'Boende'), (False, 'Annat')]),
        ('h', 'Beskriv med egna ord varför du söker'),
        ('p', '"Jag dricker för mycket sedan jag kom hit. Jag kan inte sova utan alkohol. Min fru vill att jag får '
              'hjälp. Jag vill gå på samtal."'),
        ('p', '(Nedskrivet av handläggaren via tolk.)'),
        ('space',),
        ('p', 'Underskrift sökande: Dawit Tesfay'),
    ])
    b = beslut(dnr, name, pnr, '2015-03-02',
               'Dawit Tesfay beviljas öppenvård vid Öppenvårdsteamet Viksjö 2015-03-09 – 2015-09-08.',
               [('h', 'Motivering'), ('p', 'Ansökan beviljas.')], who='Maria Ek, socialsekreterare')
    vp = office_doc('jarfalla', dnr, title='Vårdplan')
    vp.add([
        ('title', 'Vårdplan / planering av insats'),
        ('kv', [('Namn', name), ('Dnr', dnr), ('Datum', ''), ('Deltagare', '')]),
        ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [['', '', '', ''], ['', '', '', ''], ['', '', '', '']], [4, 4, 2.5, 2.5]),
        ('h', 'Uppföljning'),
        ('p', ''),
        ('h', 'Underskrifter'),
        ('p', '______________________        ______________________'),
    ])
    mail = dict(owner='Maria Ek', frm='Susanne Borg', sent='den 20 mars 2015 09:12', to='Maria Ek',
                subject='SV: Ny klient Dawit Tesfay', conf=None, body=[
        ('p', 'Hej Maria!'),
        ('p', 'Dawit har varit här två gånger nu med telefontolk och det har gått bra. Vi har dock inte fått någon '
              'uppdragsbeskrivning från er, bara beslutet. Kan du skicka en så vi vet vad ni vill att vi ska göra och '
              'vilka mål ni har? Då kan vi göra genomförandeplanen.'),
        ('p', 'Hälsningar\nSusanne Borg\nBehandlare, Öppenvårdsteamet Viksjö\n08-465 000 70'),
        ('quote', [('p', '**Från:** Maria Ek\n**Skickat:** den 4 mars 2015 13:30\n**Till:** Susanne Borg\n'
                         '**Ämne:** Ny klient Dawit Tesfay'),
                   ('p', 'Hej! Dawit Tesfay är beviljad öppenvård hos er fr.o.m. 9/3. Han behöver tigrinjatolk. '
                         'Beslutet bifogas. /Maria')])])
    j = [
        ('2015-03-02', 'Besök – ansökan', 'Dawit kom med sin fru, telefontolk (tigrinja). Ansöker om öppenvård. Han hade redan fått en tid på Viksjö via VC. Beslut fattat direkt utifrån ansökan, ingen utredning har gjorts.', 'ME'),
        ('2015-03-04', 'Mejl', 'Mejlat beslutet till Susanne på Viksjö, de tar emot Dawit fr 9/3.', 'ME'),
        ('2015-03-20', 'Mejl', 'Mejl från Susanne, hon efterfrågar uppdragsbeskrivning. Svarat att den kommer.', 'ME'),
        ('2015-04-28', 'Telefon', 'Dawits fru ringde ang. ekonomiskt bistånd, hänvisad.', 'ME'),
        ('2015-06-02', 'Uppföljning', 'Uppföljning gjord med Viksjö.', 'ME'),
        ('2015-09-08', 'Övrigt', 'Beslutet har löpt ut. Ta kontakt med Dawit om fortsättning.', 'ME'),
    ]
    docs = [
        D('ansokan', 'ansökan', '2015-03-02', odt=a, layout='portrait+form-checkboxes'),
        D('beslut', 'beslut', '2015-03-02', odt=b, layout='portrait+header-footer'),
        D('vardplan', 'vårdplan (tom mall)', '2015-03-04', odt=vp, layout='portrait+empty-form-table'),
        D('mejl_fran_viksjo', 'e-post från utförare', '2015-03-20', email=mail),
        D('journal', 'journalanteckningar', '2015-09-25', layout='header-footer', journal=('jarfalla', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('nej', 'Ingen utredning ("ingen utredning har gjorts"), beslutets motivering är bara "Ansökan beviljas", och ansökan innehåller endast Dawits egna ord.', []),
        'planning': ('nej', 'Vårdplanen är en tom mall; genomförandeplan saknas (utföraren väntar på uppdragsbeskrivning).', []),
        'follow_up': ('delvis', 'Journalen 2015-06-02: "Uppföljning gjord med Viksjö" – daterad men utan utfall.',
                      [('journal', 'Uppföljning gjord med Viksjö')]),
        'assignment_description': ('nej', 'Ingen uppdragsbeskrivning: bara beslutet mejlades; utföraren efterfrågar uppdragsbeskrivning.', [], []),
    }
    return Case('jarfalla_IFO.2015.0154', 'Järfälla', dnr, '', docs, crit)


CASES = [j1, j2, j3, j4, j5]
