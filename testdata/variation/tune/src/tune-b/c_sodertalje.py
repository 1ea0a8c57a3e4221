# -*- coding: utf-8 -*-
"""Södertälje: five cases. Diarienummer format 'SVN ÅÅÅÅ/NNNN'."""
from build import D, Case
from common import office_doc, provider_doc
import rldocs

SIG_EN = ('Mvh\n\nElin Nordström\nSocialsekreterare\nVuxenenheten Beroende, Socialkontoret\nSödertälje kommun\n'
          'Direkt: 08-465 000 31 | Mobil: 070-174 06 31\nelin.nordstrom@sodertalje.se')
SIG_FA = ('Hälsningar\nFredrik Ahl\nSocialsekreterare Vuxenenheten Beroende\nSödertälje kommun\n'
          'Tel 08-465 000 33, mobil 070-174 06 33\nfredrik.ahl@sodertalje.se')
CONF = 'Södertälje kommun. Meddelandet kan innehålla sekretessbelagda uppgifter.'
NAVET_LH = ('Navet', 'Beroendemottagning för vuxna · Södertälje kommun · Järnagatan 8, 151 73 Södertälje · 08-465 000 60')
KVARN_LH = ('Kvarnbackens HVB', 'Behandlingshem för vuxna med missbruk · Kvarnbacken 1, 646 91 Gnesta · 0158-100 00')


def head(name, dnr, pnr=None):
    h = [('Person', name + (' (' + pnr + ')' if pnr else '')), ('Ärende', dnr + ' – Vuxen missbruk'),
         ('Utskrift', '2015-09-28, Socialkontoret Vuxenenheten Beroende')]
    return h


def utr(dnr, name, pnr, rows):
    d = office_doc('sodertalje', dnr, title='Utredning')
    d.add([('title', 'UTREDNING – VUXEN'),
           ('small', 'Socialkontoret, Vuxenenheten Beroende · 11 kap. 1 § SoL'),
           ('kv', [('Klient', name), ('Personnummer', pnr), ('Diarienummer', dnr)] + rows, (3.5, 11))])
    return d


def beslut(dnr, name, pnr, date, beslut_text, skal_blocks, who='Gunilla Rask, sektionschef'):
    d = office_doc('sodertalje', dnr, title='Beslut')
    d.add([('title', 'BESLUT'),
           ('kv', [('Klient', name), ('Personnummer', pnr), ('Diarienummer', dnr), ('Datum', date)], (3.5, 11)),
           ('rule',),
           ('h', 'Beslut'), ('p', beslut_text),
           ('h', 'Lagrum'), ('p', 'Socialtjänstlagen 4 kap. 1 §')] + skal_blocks + [
           ('space',), ('p', 'Södertälje kommun, Socialnämnden\n' + who + ' (enligt delegation)'),
           ('small', 'Du kan överklaga beslutet. Hur du gör framgår av bilagan "Hur man överklagar".')])
    return d


# ---------------------------------------------------------------- S1: assessment in beslut "Skäl för beslutet"; tolk for mother
def s1():
    dnr = 'SVN 2014/0877'
    name, pnr = 'Gabriel Aydin', '19011007-3257'
    u = utr(dnr, name, pnr, [('Handläggare', 'Fredrik Ahl'), ('Utredningstid', '2014-09-29 – 2014-10-24')])
    u.add([
        ('h', 'Anledning till utredning'),
        ('p', 'Gabriel ansökte 2014-09-29 om hjälp med alkohol och kokain. Han hade dagen innan omhändertagits '
              'av polis enligt LOB.'),
        ('h', 'Utredningen har omfattat'),
        ('bullets', ['Samtal med Gabriel 2014-10-02, 2014-10-09 och 2014-10-20',
                     'Samtal med Gabriels mamma 2014-10-09 med tolk (syrianska)', 'Urinprov 2014-10-09',
                     'Kontakt med arbetsgivaren (med samtycke)']),
        ('h', 'Familj och boende'),
        ('p', 'Gabriel bor kvar i föräldrahemmet i Ronna med mamma och två yngre syskon. Pappan avled 2011. '
              'Mamman talar inte svenska och hade samtalet med tolk. Hon beskriver att Gabriel kommer hem sent, '
              'att han har ändrat sig och att hon är rädd att han ska bli av med jobbet.'),
        ('h', 'Arbete och ekonomi'),
        ('p', 'Gabriel arbetar som säljare i en bilfirma. Han har tagit SMS-lån på ca 45 000 kr.'),
        ('h', 'Alkohol och droger'),
        ('p', 'Gabriel dricker stora mängder alkohol på helgerna och använder kokain i samband med det, ungefär '
              'varannan helg sedan ett år. Urinprovet var negativt. Han beskriver att det blivit svårt att stoppa '
              'när han väl börjat.'),
        ('h', 'Gabriels egen uppfattning'),
        ('p', 'Gabriel vill sluta med kokainet och dra ner på alkoholen. Han vill inte att släkten ska få veta. '
              'Han vill ha samtal efter jobbet.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Navet, samtal och ÅP-grupp, under sex månader.'),
        ('p', 'Fredrik Ahl, socialsekreterare, 2014-10-24'),
    ])
    b = beslut(dnr, name, pnr, '2014-10-30',
               'Gabriel Aydin beviljas öppenvård vid Navet (individuella samtal och ÅP-grupp) under perioden '
               '2014-11-10 – 2015-05-10.',
               [('h', 'Skäl för beslutet'),
                ('p', 'Gabriel har under ett år haft ett intensivt helgdrickande i kombination med kokain, vilket lett '
                      'till ett LOB-omhändertagande, skulder och oro i familjen. Han har svårt att sluta när han '
                      'väl börjat och saknar ett nätverk utan alkohol och droger utanför familjen.'),
                ('p', 'Gabriel har ett arbete och bor hos sin mamma, vilket är viktiga skyddsfaktorer som en '
                      'insats inte bör rubba. Han behöver lära sig känna igen och hantera de situationer där han '
                      'dricker och tar kokain, få hjälp att se över skulderna och få stöd i relationen till mamman. '
                      'Navets ÅP-grupp på kvällstid och individuella samtal ger honom detta utan att han måste vara '
                      'borta från arbetet. Mot bakgrund av detta beviljas öppenvård vid Navet.')])
    mail = dict(owner='Fredrik Ahl', frm='Fredrik Ahl', sent='den 5 november 2014 15:20', to='Robert Malm',
                subject='Uppdrag Gabriel Aydin SVN 2014/0877', attach='Beslut Aydin.pdf', conf=CONF, body=[
        ('p', 'Hej Robert,'),
        ('p', 'Här är uppdraget för Gabriel, start 10/11. Beslut med skäl bifogas.'),
        ('h', 'Våra överväganden'),
        ('p', 'Intensivt helgdrickande + kokain sedan ett år, LOB i september, SMS-lån, mamman orolig. Han har jobb '
              'och bor hemma, det vill vi ska hålla. Han behöver verktyg för högrisksituationerna, hjälp med skulder '
              'och stöd i relationen till mamman – därför kvällsgrupp + samtal hos er.'),
        ('h', 'Uppdraget'),
        ('p', 'ÅP-grupp tisdagar kväll, individuella samtal varannan vecka, urinprov vid samtalen. '
              '2014-11-10 – 2015-05-10.'),
        ('h', 'Mål'),
        ('bullets', ['Kokainfri (negativa prov)', 'Inga alkoholrelaterade incidenter (LOB, frånvaro)',
                     'Kontakt med budget- och skuldrådgivningen tagen']),
        ('h', 'Uppföljning'),
        ('p', 'GFP till mig inom tre veckor. Nätverksmöte (Gabriel, mamma med tolk om han vill, du, jag) efter ca '
              'tre månader samt vid avslut.'),
        ('h', 'Vid avslut'),
        ('p', 'Skriftlig sammanfattning: närvaro, provsvar, måluppfyllelse, Gabriels egen bild och er rekommendation.'),
        ('sig', SIG_FA)])
    g = provider_doc(title='Genomförandeplan', font='DejaVu Sans', size=9.5, accent='#0b5394',
                     footer='Navet – Södertälje kommun|{p} ({n})')
    g.add([('letterhead',) + NAVET_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Behandlare', 'Robert Malm'), ('Datum', '2014-12-02'),
                   ('Uppdrag från', 'Fredrik Ahl, Vuxenenheten Beroende')]),
           ('h', 'Mål och aktiviteter'),
           ('bullets', ['Kokainfri: Gabriel deltar i ÅP-gruppen varje tisdag kl. 17.30 fr.o.m. 2014-11-11 och lämnar urinprov varannan vecka hos Robert. Första utvärdering 2015-02-24.',
                        'Inga alkoholrelaterade incidenter: Gabriel gör en egen plan för helgerna tillsammans med Robert senast 2014-12-16 och redovisar hur helgerna gått vid varje samtal.',
                        'Skulder: Gabriel bokar tid hos budget- och skuldrådgivningen senast 2015-01-15; Robert hjälper till med kontakten.',
                        'Relationen till mamman: ett familjesamtal med tolk (syrianska) under februari 2015, Robert bokar tolk.']),
           ('p', 'Gabriel har varit med och formulerat målen.'),
           ])
    j = [
        ('2014-09-29', 'Ansökan', 'Gabriel ringde, LOB igår. Vill ha hjälp m alkohol och kokain. Utredning inleds.', 'FA'),
        ('2014-10-02', 'Besök', 'Första samtalet. Gabriel öppen om kokainet. Skäms inför familjen.', 'FA'),
        ('2014-10-09', 'Besök', 'Gabriel + mamma, tolk syrianska på plats. Mamman orolig, gråter. Urinprov tagit.', 'FA'),
        ('2014-10-20', 'Besök', 'Sista utredningssamtalet. Pratat om Navet, han vill gå i kvällsgruppen.', 'FA'),
        ('2014-10-30', 'Beslut', 'Beslut öppenvård Navet (GR).', 'FA'),
        ('2014-11-05', 'Uppdrag', 'Uppdraget mejlat till Robert M på Navet.', 'FA'),
        ('2014-12-04', 'Inkommen handling', 'GFP från Navet inkommen.', 'FA'),
        ('2015-02-24', 'Nätverksmöte', 'Nätverksmöte på Navet: Gabriel, mamman m tolk (syrianska), Robert och jag. Gabriel har missat 2 av 14 grupptilfällen, alla urinprov neg. Han har druckit vid ett tillfälle (nyår) men inget kokain sedan oktober. Har varit hos skuldrådgivningen, avbetalning påbörjad. Mamman säger att han är hemma mer och att hon är mindre orolig. Vi fortsätter enl plan.', 'FA'),
        ('2015-05-07', 'Nätverksmöte', 'Avslutande möte på Navet. Målen uppnådda. Gabriel vill fortsätta gå i en eftervårdsgrupp på egen hand. Sammanfattning från Navet kommer.', 'FA'),
        ('2015-05-15', 'Avslut', 'Sammanfattning inkommen, ärendet avslutas.', 'FA'),
    ]
    docs = [
        D('utredning', 'utredning', '2014-10-24', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2014-10-30', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-11-05', email=mail),
        D('genomforandeplan_navet', 'genomförandeplan', '2014-12-02', odt=g, layout='portrait+letterhead+bullets'),
        D('journal', 'journalanteckningar', '2015-09-28', layout='footer', journal=('sodertalje', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', 'Beslutets "Skäl för beslutet" beskriver behoven och varför öppenvård vid Navet möter dem (utredningen saknar egen analys).',
                             [('beslut', 'Skäl för beslutet', 'beviljas öppenvård vid Navet.'),
                              ('uppdrag_mejl', 'Våra överväganden', 'kvällsgrupp + samtal hos er')]),
        'planning': ('ja', 'Genomförandeplan från Navet (punktlista) med daterade mål, aktiviteter och ansvar.',
                     [('genomforandeplan_navet', 'Genomförandeplan', 'varit med och formulerat målen')]),
        'follow_up': ('ja', 'Nätverksmöten 2015-02-24 och 2015-05-07 i journalen med utfall.',
                      [('journal', 'Nätverksmöte på Navet: Gabriel', 'Sammanfattning från Navet kommer')]),
        'assignment_description': ('ja', 'Uppdrag via e-post 2014-11-05 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Här är uppdraget för Gabriel', 'fredrik.ahl@sodertalje.se'),
                                    ('journal', 'Uppdraget mejlat till Robert')], list('abcdefg')),
    }
    return Case('sodertalje_SVN-2014-0877', 'Södertälje', dnr, '', docs, crit)


# ---------------------------------------------------------------- S2: declined; NA delvis; AD delvis (a, f)
def s2():
    dnr = 'SVN 2015/0143'
    name, pnr = 'Hanna Berg', '19010126-2646'
    ans = ('AKTUALISERING / ANSÖKAN                              Södertälje kommun\n'
           'Vuxenenheten Beroende                                Socialkontoret\n'
           '=====================================================================\n\n'
           'Diarienummer:      SVN 2015/0143\n'
           'Inkommen:          2015-02-16\n'
           'Sätt:              Telefon (mottagningen)\n'
           'Mottagen av:       L. Ström, mottagningssekreterare\n\n'
           'Sökande:           Hanna Berg\n'
           'Personnummer:      19010126-2646\n'
           'Adress:            Kvarngatan 11 lgh 1102, 151 xx Södertälje\n'
           'Telefon:           070-174 06 90\n\n'
           'Ärende:            Ansökan om behandling, alkohol\n\n'
           'Anteckning:\n'
           '  Hanna ringer och vill ha hjälp, hon dricker varje dag sedan i\n'
           '  höstas och har blivit sjukskriven. Vill helst åka på behandlingshem,\n'
           '  har varit på ett för många år sedan som var bra. Har en son 17 år\n'
           '  som bor hos pappan. Inga barn i hemmet.\n\n'
           '  Tid bokad hos handläggare 2015-02-19 kl 10.00.\n\n'
           'Fördelat till:     Elin Nordström\n'
           '=====================================================================\n')
    u = utr(dnr, name, pnr, [('Handläggare', 'Elin Nordström'), ('Utredningstid', '2015-02-19 – 2015-03-27')])
    u.add([
        ('h', 'Anledning'),
        ('p', 'Hanna ansökte 2015-02-16 per telefon om behandling för sitt alkoholmissbruk.'),
        ('h', 'Underlag'),
        ('p', 'Samtal 2015-02-19, 2015-03-05 och 2015-03-19. Kontakt med vårdcentralen Brunnsäng.'),
        ('h', 'Hannas situation'),
        ('p', 'Hanna bor ensam. Hon har arbetat som kock men är sjukskriven sedan december. Hon dricker vin '
              'dagligen och har gjort det sedan hösten, då hon separerade. Hon har en son som bor hos sin pappa. '
              'Hon var på behandlingshem 2006 och var därefter nykter i flera år.'),
        ('h', 'Hannas synpunkter'),
        ('p', 'Hanna vill åka på behandlingshem. Hon vill inte gå i öppenvård i Södertälje där hon känner många.'),
        ('h', 'Sammanfattande överväganden'),
        ('p', 'Hanna bedöms vara i behov av institutionsvård.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Kvarnbackens HVB från 2015-04-13, preliminärt tolv veckor.'),
        ('p', 'Elin Nordström'),
    ])
    b = beslut(dnr, name, pnr, '2015-04-02',
               'Hanna Berg beviljas institutionsvård vid Kvarnbackens HVB fr.o.m. 2015-04-13, preliminärt tolv veckor.',
               [('h', 'Skäl för beslutet'), ('p', 'Se utredning.')])
    mail = dict(owner='Vuxenenheten Beroende', frm='Vuxenenheten Beroende <vuxen.beroende@sodertalje.se>',
                sent='den 8 april 2015 14:51', to='Kvarnbacken Intag <intag@kvarnbacken-hvb.se>',
                subject='Placering Hanna Berg 13/4', attach='Beslut_Berg.pdf', conf=CONF, body=[
        ('p', 'Hej,'),
        ('p', 'Hanna Berg har beviljats institutionsvård hos er fr.o.m. måndag 13/4, se bifogat beslut. Hon kommer '
              'med tåg till Gnesta kl. 10.12, kan ni hämta?'),
        ('h', 'Uppdrag'),
        ('p', 'Behandling enligt ert tolvveckorsprogram (grupp och individuella samtal), alkoholtester, hjälp att '
              'planera för återgång i arbete.'),
        ('h', 'Mål'),
        ('p', 'Nykterhet under placeringen. Plan för arbete och eftervård vid utskrivning.'),
        ('h', 'Uppföljning'),
        ('p', 'Vi kommer ut på ett uppföljningsmöte efter ca sex veckor. Skicka genomförandeplan inom tre veckor.'),
        ('h', 'Vid utskrivning'),
        ('p', 'Utskrivningsrapport med resultat och rekommendationer.'),
        ('sig', 'Mvh\nVuxenenheten Beroende\nSocialkontoret, Södertälje kommun')])
    j = [
        ('2015-02-16', 'Aktualisering', 'Ansökan per telefon, se aktualiseringsblad.', 'LS'),
        ('2015-02-19', 'Besök', 'Träffade Hanna. Hon dricker varje dag, ledsen efter separationen. Utredning inleds.', 'EN'),
        ('2015-03-05', 'Besök', 'Samtal, pratade om behandlingshem. Hon vill inte vara i Södertälje.', 'EN'),
        ('2015-03-19', 'Besök', 'Samtal. Hanna fortsatt inställd på HVB.', 'EN'),
        ('2015-04-02', 'Beslut', 'Beslut Kvarnbacken fr 13/4 (GR).', 'EN'),
        ('2015-04-08', 'Uppdrag', 'Placeringsmejl skickat till Kvarnbacken från funktionsbrevlådan.', 'EN'),
        ('2015-04-12', 'Telefon', 'Hanna ringde (söndag, via jourtel. som lämnat meddelande). Hon har ångrat sig och vill inte åka imorgon. Hon säger att hon ska försöka själv med AA och att sonen behöver henne hemma.', 'EN'),
        ('2015-04-13', 'Telefon', 'Ringt Kvarnbacken och meddelat att Hanna inte kommer. Pratat m Hanna, hon står fast vid sitt beslut. Erbjuden samtalskontakt här istället, vill fundera.', 'EN'),
        ('2015-04-20', 'Telefon', 'Hanna återkallar sin ansökan. Vill inte ha någon insats just nu. Placeringen blev aldrig av.', 'EN'),
        ('2015-04-21', 'Avslut', 'Ärendet avslutas då Hanna tackat nej till insatsen. Hon vet att hon kan söka igen.', 'EN'),
    ]
    docs = [
        D('aktualisering', 'aktualisering/ansökan', '2015-02-16', text=ans,
          enscript_header='Södertälje kommun - Aktualisering||Sida $% av $=', layout='portrait+monospace'),
        D('utredning', 'utredning', '2015-03-27', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-04-02', odt=b, layout='portrait+header-footer'),
        D('placering_mejl', 'uppdragsbeskrivning (e-post)', '2015-04-08', email=mail),
        D('journal', 'journalanteckningar', '2015-09-28', layout='footer', journal=('sodertalje', head(name, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('delvis', 'Under "Sammanfattande överväganden" står bara slutsatsen att Hanna "bedöms vara i behov av institutionsvård", utan behov eller skäl.',
                             [('utredning', 'Sammanfattande överväganden', 'bedöms vara i behov av institutionsvård')]),
        'planning': ('ej_tillämpligt', 'Hanna tackade nej dagen före inskrivningen; placeringen påbörjades aldrig.', []),
        'follow_up': ('ej_tillämpligt', 'Insatsen påbörjades aldrig.', []),
        'assignment_description': ('delvis', 'Placeringsmejl 2015-04-08 med uppdrag, mål, uppföljning och återrapportering, men utan behovsbedömning och utan namngiven handläggare med kontaktuppgifter (skickat från funktionsbrevlåda).',
                                   [('placering_mejl', 'Hanna Berg har beviljats institutionsvård', 'Socialkontoret, Södertälje kommun'),
                                    ('journal', 'Placeringsmejl skickat till Kvarnbacken')], list('bcdeg')),
    }
    return Case('sodertalje_SVN-2015-0143', 'Södertälje', dnr, 'declined', docs, crit)


# ---------------------------------------------------------------- S3: NA nej (template placeholder, AUDIT trap); PL delvis; AD delvis (a)
def s3():
    dnr = 'SVN 2014/1102'
    name, pnr = 'Nabil Khoury', '19000314-7011'
    audit = dict(office='Södertälje kommun · Socialkontoret · Vuxenenheten Beroende', name=name, dnr=dnr,
                 date='2014-11-18', footer='AUDIT – ' + name + ' – sida {p}',
                 **{'with': 'Tolk arabiska'},
                 rows=[('1. Hur ofta dricker du alkohol?', '4 ggr/vecka el. mer', 4),
                       ('2. Hur många standardglas dricker du en typisk dag då du dricker?', '7–9', 3),
                       ('3. Hur ofta dricker du sex standardglas eller mer vid samma tillfälle?', 'Varje vecka', 3),
                       ('4. Hur ofta under det senaste året har du inte kunnat sluta dricka när du väl börjat?', 'Varje månad', 2),
                       ('5. Hur ofta under det senaste året har du inte kunnat göra det som förväntades av dig?', 'Varje månad', 2),
                       ('6. Hur ofta har du behövt en drink på morgonen för att komma igång?', 'Varje vecka', 3),
                       ('7. Hur ofta har du haft skuldkänslor eller samvetsförebråelser på grund av ditt drickande?', 'Varje vecka', 3),
                       ('8. Hur ofta har du inte kunnat minnas vad som hände kvällen innan?', 'Varje månad', 2),
                       ('9. Har du eller någon annan blivit skadad på grund av ditt drickande?', 'Ja, under senaste året', 4),
                       ('10. Har en släkting, vän, läkare eller annan uttryckt oro för ditt drickande?', 'Ja, under senaste året', 4)],
                 notes=[('Tolkning', 'Summa 30 poäng. Över 15 poäng för män indikerar sannolikt alkoholberoende. '
                                      'Resultatet bör följas upp med fördjupad bedömning (t.ex. ASI).'),
                        ('Kommentar', 'Frågorna ställda muntligt med tolk (arabiska). Nabil svarade själv på samtliga frågor.')])
    u = utr(dnr, name, pnr, [('Handläggare', 'Elin Nordström'), ('Utredningstid', '2014-11-10 – 2014-12-05'),
                             ('Tolk', 'Arabiska')])
    u.add([
        ('h', 'Anledning'),
        ('p', 'Nabil ansökte 2014-11-10 om hjälp med sitt drickande. Ansökan gjordes med hjälp av hans son.'),
        ('h', 'Underlag'),
        ('p', 'Två samtal med tolk (2014-11-18, 2014-12-02). AUDIT 2014-11-18. Kontakt med vårdcentralen.'),
        ('h', 'Nabils situation'),
        ('p', 'Nabil bor med sin fru och två vuxna söner i Hovsjö. Han var tidigare anställd i en restaurang men '
              'har varit arbetslös i två år. Han säger att han dricker för att glömma och för att kunna sova. '
              'AUDIT gav 30 poäng. Frun har vid ett tillfälle ringt polisen efter ett bråk.'),
        ('h', 'Nabils synpunkter'),
        ('p', 'Nabil säger: "Jag dricker för mycket, jag vet det. Jag vill ha hjälp men jag vill inte åka bort från '
              'min familj."'),
        ('h', 'Ställningstagande'),
        ('p', '[Skriv handläggarens ställningstagande här – behov, mål och val av insats]'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård Navet med tolk, 2014-12-15 – 2015-06-15.'),
        ('p', 'Elin Nordström'),
    ])
    b = beslut(dnr, name, pnr, '2014-12-09',
               'Nabil Khoury beviljas öppenvård vid Navet, samtal med tolk, 2014-12-15 – 2015-06-15.',
               [('h', 'Skäl för beslutet'), ('p', '–')])
    mail = dict(owner='Elin Nordström', frm='Elin Nordström', sent='den 10 december 2014 10:03', to='Robert Malm',
                cc='Navet Reception', subject='Ny klient Nabil Khoury – uppdrag', attach='Beslut Khoury.pdf', conf=CONF, body=[
        ('p', 'Hej Robert!'),
        ('p', 'Nabil Khoury har beviljats öppenvård hos er, se beslut. Han behöver tolk (arabiska) – sonen har '
              'tolkat ibland men det vill vi inte att ni använder.'),
        ('h', 'Uppdraget'),
        ('p', 'Individuella samtal med tolk varje vecka 2014-12-15 – 2015-06-15, ett par anhörigsamtal med frun om '
              'Nabil vill, alkoholtest (utandning) vid besöken.'),
        ('h', 'Mål'),
        ('bullets', ['Nabil ska minska sitt drickande och helst bli nykter', 'Inga fler bråk hemma som kräver polis']),
        ('h', 'Uppföljning'),
        ('p', 'Uppföljningssamtal hos er med tolk efter ca tre månader och vid avslut. Skicka GFP till mig.'),
        ('h', 'Avslut'),
        ('p', 'Skicka en sammanfattning när insatsen avslutas: närvaro, testresultat och hur det gått med målen.'),
        ('sig', SIG_EN)])
    g = provider_doc(title='Genomförandeplan', font='DejaVu Sans', size=9.5, accent='#0b5394',
                     footer='Navet – Södertälje kommun|{p} ({n})')
    g.add([('letterhead',) + NAVET_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Datum', '2015-01-13'), ('Tolk', 'Arabiska')]),
           ('h', 'Mål'),
           ('bullets', ['Minska alkoholkonsumtionen', 'Förbättra relationen till familjen', 'Hitta sysselsättning']),
           ('h', 'Insatser'),
           ('bullets', ['Samtal', 'Anhörigsamtal', 'Utandningsprov']),
           ('h', 'Övrigt'),
           ('p', 'Nabil vill inte gå i grupp.'),
           ])
    j = [
        ('2014-11-10', 'Ansökan', 'Nabil och sonen kom till mottagn. Ansöker om hjälp m alkohol. Bokat tolk.', 'LS'),
        ('2014-11-18', 'Besök', 'Besök m tolk (arabiska). AUDIT gjord, 30p. Nabil ledsen, dricker varje dag.', 'EN'),
        ('2014-12-02', 'Besök', 'Besök m tolk. Vill inte åka bort. Pratade om Navet.', 'EN'),
        ('2014-12-09', 'Beslut', 'Beslut öppenvård Navet (GR).', 'EN'),
        ('2014-12-10', 'Uppdrag', 'Mejlat uppdrag till Robert på Navet.', 'EN'),
        ('2015-01-15', 'Inkommen handling', 'GFP inkommen från Navet.', 'EN'),
        ('2015-03-10', 'Uppföljningssamtal', 'Uppföljningssamtal på Navet m Nabil, Robert och tolk. Nabil har kommit på 10 av 12 samtal. Han dricker fortfarande men bara på helger, utandningsproven på vardagar har varit negativa. Frun har varit med på ett samtal, det är lugnare hemma, ingen polis. Han vill fortsätta. Vi kom överrens om att Robert tar upp sysselsättning (Arbetsförmedlingen) i samtalen.', 'EN'),
        ('2015-06-11', 'Uppföljningssamtal', 'Avslutande uppföljn. per telefon m Robert (Nabil med tolk på plats hos Navet): Nabil har minskat ytterligare, dricker enligt egen uppgift 1-2 ggr/mån. Inskriven på Af. Avslutas enl plan.', 'EN'),
    ]
    docs = [
        D('audit', 'AUDIT-resultat', '2014-11-18', rl=lambda p: rldocs.audit_sheet(p, audit), layout='portrait+table'),
        D('utredning', 'utredning', '2014-12-05', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2014-12-09', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-12-10', email=mail),
        D('genomforandeplan_navet', 'genomförandeplan', '2015-01-13', odt=g, layout='portrait+letterhead+bullets'),
        D('journal', 'journalanteckningar', '2015-09-28', layout='footer', journal=('sodertalje', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('nej', 'Under "Ställningstagande" står bara mallens platshållare; AUDIT-tolkningen och Nabils egna ord är inte nämndens bedömning, och beslutets skäl är tomma.', []),
        'planning': ('delvis', 'Genomförandeplan med allmänna mål och insatser men utan datum, ansvarig eller tidpunkter.',
                     [('genomforandeplan_navet', 'Genomförandeplan', 'Nabil vill inte gå i grupp')]),
        'follow_up': ('ja', 'Uppföljningssamtal 2015-03-10 och 2015-06-11 i journalen med utfall.',
                      [('journal', 'Uppföljningssamtal på Navet m Nabil', 'Avslutas enl plan')]),
        'assignment_description': ('delvis', 'Uppdrag via e-post 2014-12-10 med innehåll, mål, uppföljning, återrapportering, kontaktuppgifter och datum, men utan socialtjänstens behovsbedömning.',
                                   [('uppdrag_mejl', 'Nabil Khoury har beviljats öppenvård hos er', 'elin.nordstrom@sodertalje.se'),
                                    ('journal', 'Mejlat uppdrag till Robert')], list('bcdefg')),
    }
    return Case('sodertalje_SVN-2014-1102', 'Södertälje', dnr, '', docs, crit)


# ---------------------------------------------------------------- S4: parts + assembled akt; FU delvis (undated uppföljning)
def s4():
    dnr = 'SVN 2015/0330'
    name, pnr = 'Sofia Lindström', '19020411-1568'
    u = utr(dnr, name, pnr, [('Handläggare', 'Elin Nordström'), ('Utredningstid', '2015-03-23 – 2015-04-17')])
    u.add([
        ('h', 'Anledning'),
        ('p', 'Sofia ansökte om behandlingshem 2015-03-23 efter att hon blivit av med sin lägenhet.'),
        ('h', 'Underlag'),
        ('p', 'Samtal 2015-03-23, 2015-04-01, 2015-04-14. Kontakt med frivården och med Sofias mormor. Urinprov.'),
        ('h', 'Sofias situation'),
        ('p', 'Sofia har använt amfetamin sedan 16 års ålder, de senaste åren intravenöst. Hon bor tillfälligt hos '
              'sin mormor. Hon har en villkorlig dom och kontakt med frivården. Hon har ingen sysselsättning. '
              'Hon har en pojkvän som också använder. Urinprovet var positivt för amfetamin.'),
        ('h', 'Sofias synpunkter'),
        ('p', 'Sofia vill komma bort från Södertälje och pojkvännen. Hon vill bli drogfri och kunna plugga.'),
        ('h', 'Sammanfattande överväganden'),
        ('p', 'Sofia har ett långvarigt intravenöst amfetaminbruk, saknar eget boende och har en nära relation '
              'till en person i aktivt missbruk. Hon har inte tidigare haft någon längre behandling. I hemmiljön '
              'finns ingen möjlighet för henne att hålla sig drogfri. Hon behöver en längre period i en drogfri '
              'miljö med behandling, en planering för boende och sysselsättning, samt stöd att hantera relationen '
              'till pojkvännen.'),
        ('p', 'Kvarnbackens HVB har ett program för unga vuxna med amfetaminmissbruk som innehåller både '
              'behandling och praktisk utslussning. Därför föreslås institutionsvård vid Kvarnbacken.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Kvarnbackens HVB från 2015-05-04, preliminärt sex månader.'),
        ('p', 'Elin Nordström'),
    ])
    b = beslut(dnr, name, pnr, '2015-04-22',
               'Sofia Lindström beviljas institutionsvård vid Kvarnbackens HVB fr.o.m. 2015-05-04, preliminärt sex månader.',
               [('h', 'Skäl för beslutet'), ('p', 'Se utredning daterad 2015-04-17.')])
    mail = dict(owner='Elin Nordström', frm='Elin Nordström', sent='den 29 april 2015 13:37', to='Jenny Falk',
                subject='Uppdragsbeskrivning Sofia Lindström', attach='Beslut Lindström.pdf', conf=CONF, body=[
        ('p', 'Hej Jenny! Här kommer uppdragsbeskrivningen inför måndag.'),
        ('table', ['Rubrik', 'Innehåll'], [
            ['Socialtjänstens bedömning', 'Långvarigt i.v. amfetaminbruk, inget eget boende, pojkvän i aktivt missbruk, ingen tidigare längre behandling. Behöver drogfri miljö med behandling, plan för boende/sysselsättning och stöd kring relationen – därför ert program för unga vuxna.'],
            ['Uppdraget', 'Institutionsvård prel. sex månader fr.o.m. 2015-05-04: behandlingsprogram, urinprov, utslussning, stöd i kontakt med frivården.'],
            ['Mål', 'Drogfri under placeringen. Har en plan för boende och studier vid utskrivning.'],
            ['Uppföljning', 'GFP inom tre veckor. Uppföljningsmöte hos er efter ca två månader, därefter inför utskrivning.'],
            ['Vid avslut', 'Utskrivningsrapport: behandling, provresultat, måluppfyllelse, rekommendation om eftervård.'],
            ['Handläggare', 'Elin Nordström, 08-465 000 31, elin.nordstrom@sodertalje.se']]),
        ('sig', SIG_EN)])
    g = provider_doc(title='Genomförandeplan', font='Liberation Serif', accent='#7f6000',
                     footer='Kvarnbackens HVB|sid {p}', landscape=True, margins=(1.5, 2.0, 1.5, 2.0))
    g.add([('letterhead',) + KVARN_LH,
           ('title', 'GENOMFÖRANDEPLAN'),
           ('kv', [('Klient', name), ('Kontaktperson', 'Jenny Falk'), ('Upprättad', '2015-05-25')]),
           ('table', ['Mål', 'Insats', 'Ansvarig', 'Tid'], [
               ['Drogfri', 'Urinprov 2 ggr/v, ÅP-grupp, morgonmöten', 'Sofia, Jenny', 'Hela placeringen, första utvärdering 2015-07-01'],
               ['Hantera relationen till pojkvännen', 'Individuella samtal varje vecka', 'Jenny', 'Fr.o.m. 2015-05-26'],
               ['Plan för studier', 'Studievägledning, ansökan komvux', 'Sofia, Jenny', 'Ansökan senast 2015-08-15'],
               ['Boende efter utskrivning', 'Kontakt med handläggare, bostadskö', 'Elin N., Sofia', 'Plan klar senast 2015-09-30']], [3, 4, 2, 3]),
           ])
    up = provider_doc(title='Uppföljning', font='Liberation Serif', accent='#7f6000', footer='Kvarnbackens HVB|sid {p}')
    up.add([('letterhead',) + KVARN_LH,
            ('title', 'UPPFÖLJNING'),
            ('kv', [('Klient', name), ('Datum för uppföljning', ''), ('Närvarande', 'Sofia, Jenny Falk, Elin Nordström (handläggare)')]),
            ('h', 'Hur har det gått sedan inskrivningen?'),
            ('p', 'Sofia har varit drogfri sedan inskrivningen med undantag för ett positivt prov efter en permission '
                  'i juni. Hon har själv berättat om det. Hon deltar aktivt i gruppen. Hon har bestämt sig för att '
                  'inte träffa pojkvännen under behandlingen.'),
            ('h', 'Studier och boende'),
            ('p', 'Ansökan till komvux är inskickad. Boendet är inte löst, handläggaren undersöker träningslägenhet.'),
            ('h', 'Fortsatt planering'),
            ('p', 'Placeringen fortsätter. Inga permissioner till Södertälje närmaste tiden. Nästa uppföljning inför '
                  'utskrivning.'),
            ('p', 'Jenny Falk, kontaktperson'),
            ])
    j = [
        ('2015-03-23', 'Besök', 'Sofia kom in, bostadslös sedan förra veckan, bor hos mormor. Ansöker om behandlingshem. Utredning inleds.', 'EN'),
        ('2015-04-01', 'Besök', 'Samtal. Urinprov pos amfetamin. Hon vill bort från pojkvännen.', 'EN'),
        ('2015-04-14', 'Besök', 'Samtal. Pratade om Kvarnbacken, hon har läst om dem och vill dit.', 'EN'),
        ('2015-04-22', 'Beslut', 'Beslut Kvarnbacken (GR).', 'EN'),
        ('2015-04-29', 'Uppdrag', 'Uppdragsbeskrivning mejlad till Jenny Falk Kvarnbacken.', 'EN'),
        ('2015-05-04', 'Inskrivning', 'Sofia inskriven på Kvarnbacken, mormor körde henne.', 'EN'),
        ('2015-05-27', 'Inkommen handling', 'GFP inkommen.', 'EN'),
        ('2015-08-17', 'Telefon', 'Sofia ringde om bidrag till glasögon, hänvisad till ansökan om ekonomiskt bistånd.', 'EN'),
        ('2015-09-14', 'Övrigt', 'Tillbaka efter semester. Frivården har ringt och vill ha kontakt, återkommer.', 'EN'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-04-17', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-04-22', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post med tabell)', '2015-04-29', email=mail, layout='portrait+table'),
        D('genomforandeplan_kvarnbacken', 'genomförandeplan', '2015-05-25', odt=g, layout='landscape+letterhead+table'),
        D('uppfoljning_kvarnbacken', 'uppföljning (odaterad)', '2015-09-28', odt=up, layout='portrait+letterhead'),
        D('journal', 'journalanteckningar', '2015-09-28', layout='footer', journal=('sodertalje', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Sammanfattande överväganden" beskriver behoven och varför Kvarnbacken svarar mot dem.',
                             [('utredning', 'Sofia har ett långvarigt intravenöst', 'institutionsvård vid Kvarnbacken.'),
                              ('uppdrag_mejl', 'Socialtjänstens bedömning', 'därför ert program för unga vuxna')]),
        'planning': ('ja', 'Genomförandeplan från Kvarnbacken med daterade mål, insatser, ansvar och tid.',
                     [('genomforandeplan_kvarnbacken', 'GENOMFÖRANDEPLAN', 'Plan klar senast 2015-09-30')]),
        'follow_up': ('delvis', 'Uppföljningsdokument från Kvarnbacken med utfall, men datumfältet är tomt och journalen nämner ingen uppföljning.',
                      [('uppfoljning_kvarnbacken', 'UPPFÖLJNING', 'Jenny Falk, kontaktperson')]),
        'assignment_description': ('ja', 'Uppdragsbeskrivning som tabell i e-post 2015-04-29 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Här kommer uppdragsbeskrivningen inför måndag', 'elin.nordstrom@sodertalje.se'),
                                    ('journal', 'Uppdragsbeskrivning mejlad till Jenny')], list('abcdefg')),
    }
    return Case('sodertalje_SVN-2015-0330', 'Södertälje', dnr, '', docs, crit,
                assembled=('akt_SVN-2015-0330_komplett.pdf',
                           ['utredning', 'beslut', 'uppdrag_mejl', 'genomforandeplan_kvarnbacken', 'uppfoljning_kvarnbacken', 'journal']))


# ---------------------------------------------------------------- S5: PL nej, FU nej ("ingen uppföljning har gjorts"); AD ja
def s5():
    dnr = 'SVN 2014/0650'
    name, pnr = 'Stefan Johansson', '19000930-1371'
    akt = ('OROSANMÄLAN / AKTUALISERING VUXEN\n'
           'Södertälje kommun, Socialkontoret, Vuxenenheten Beroende\n'
           '----------------------------------------------------------------------\n'
           'Dnr:             SVN 2014/0650\n'
           'Inkom:           2014-07-21\n'
           'Anmälare:        Polisen, Södertälje (LOB-rapport)\n'
           'Avser:           Stefan Johansson, 19000930-1371\n'
           '                 Västergatan 5, Södertälje\n\n'
           'Uppgifter i anmälan:\n'
           '  Stefan omhändertogs enligt LOB 2014-07-19 kl. 23.40 utanför\n'
           '  Centralstationen, kraftigt berusad. Tredje LOB sedan maj.\n'
           '  Han uppgav att han "inte har något hem att gå till".\n\n'
           'Åtgärd:\n'
           '  Brev skickat 2014-07-22 med erbjudande om samtal.\n'
           '  Stefan ringde 2014-07-28 och bokade tid 2014-08-04.\n\n'
           'Handläggare: Fredrik Ahl\n'
           '----------------------------------------------------------------------\n')
    u = utr(dnr, name, pnr, [('Handläggare', 'Fredrik Ahl'), ('Utredningstid', '2014-08-04 – 2014-09-05')])
    u.add([
        ('h', 'Anledning'),
        ('p', 'Polisen anmälde 2014-07-21 att Stefan omhändertagits enligt LOB för tredje gången sedan maj. Stefan '
              'ansökte vid besök 2014-08-04 om öppenvård.'),
        ('h', 'Underlag'),
        ('p', 'Samtal 2014-08-04, 2014-08-18 och 2014-09-01. Kontakt med hyresvärden och med Kronofogden.'),
        ('h', 'Stefans situation'),
        ('p', 'Stefan har bott i samma lägenhet i tjugo år. Han har hyresskulder och ett ärende hos Kronofogden. '
              'Han har förtidspension. Han dricker starköl och vin dagligen och har gjort det sedan hans fru dog '
              'för tre år sedan. Han har en dotter i Norrköping som han har sporadisk kontakt med.'),
        ('h', 'Stefans synpunkter'),
        ('p', 'Stefan vill sluta dricka ute och "hålla sig borta från polisen". Han kan tänka sig att gå på samtal '
              'men inte i grupp.'),
        ('h', 'Socialsekreterarens överväganden'),
        ('p', 'Stefan har ett dagligt alkoholbruk som tilltagit efter makans död och som lett till upprepade LOB, '
              'skulder och risk att förlora bostaden. Han är ensam och saknar meningsfull sysselsättning, och '
              'drickandet fyller en funktion för att hantera sorgen och ensamheten.'),
        ('p', 'Han behöver stöd för att minska drickandet, bearbeta sorgen och få ordning på ekonomin så att '
              'boendet kan behållas. Individuella samtal på Navet, där samtalen kan kombineras med kontakt med '
              'budget- och skuldrådgivningen, svarar mot detta och mot Stefans önskemål om enskilda samtal. '
              'Öppenvård vid Navet i sex månader föreslås.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Öppenvård vid Navet, individuella samtal, 2014-09-22 – 2015-03-22.'),
        ('p', 'Fredrik Ahl'),
    ])
    b = beslut(dnr, name, pnr, '2014-09-12',
               'Stefan Johansson beviljas öppenvård vid Navet (individuella samtal) 2014-09-22 – 2015-03-22.',
               [('h', 'Skäl för beslutet'), ('p', 'Se utredning daterad 2014-09-05.')])
    mail = dict(owner='Fredrik Ahl', frm='Fredrik Ahl', sent='den 15 september 2014 11:48', to='Robert Malm',
                subject='Uppdrag Stefan Johansson', attach='Beslut_Johansson.pdf', conf=CONF, body=[
        ('p', 'Hej Robert,'),
        ('p', 'Uppdrag för Stefan Johansson, start 22/9.'),
        ('h', 'Överväganden'),
        ('p', 'Dagligt drickande sedan frun dog för tre år sedan, tre LOB sedan maj, hyresskuld och risk att förlora '
              'lägenheten. Ensam, ingen sysselsättning. Alkoholen dämpar sorg och ensamhet. Behöver stöd att minska, '
              'bearbeta sorgen och få ordning på ekonomin – enskilda samtal hos er passar och är vad han själv vill.'),
        ('h', 'Uppdrag'),
        ('p', 'Individuella samtal varje vecka 2014-09-22 – 2015-03-22, samt hjälp att etablera kontakt med budget- och '
              'skuldrådgivningen.'),
        ('h', 'Mål'),
        ('bullets', ['Inga fler LOB', 'Minskat drickande (egen dagbok, PEth)', 'Stefan behåller lägenheten']),
        ('h', 'Uppföljning'),
        ('p', 'Uppföljning sker genom avstämning hos er efter tre månader (december) och vid avslut. GFP till mig.'),
        ('h', 'Avslut'),
        ('p', 'Skriftlig sammanfattning till mig vid avslut.'),
        ('sig', SIG_FA)])
    j = [
        ('2014-07-21', 'Orosanmälan', 'LOB-rapport från polisen, se aktualisering.', 'FA'),
        ('2014-08-04', 'Besök', 'Stefan kom på besök, ansöker om hjälp. Dricker varje dag sedan frun dog. Utredning inleds.', 'FA'),
        ('2014-08-18', 'Besök', 'Samtal. Pratade om ekonomin, hyresskulden ca 14 000.', 'FA'),
        ('2014-09-01', 'Besök', 'Samtal, planerat hembesök bokat till 9/9.', 'FA'),
        ('2014-09-09', 'Hembesök', 'Planerat hembesök. Lägenheten ok men stökig, mycket tomburkar.', 'FA'),
        ('2014-09-12', 'Beslut', 'Beslut öppenvård Navet (GR).', 'FA'),
        ('2014-09-15', 'Uppdrag', 'Uppdrag mejlat till Robert Malm Navet.', 'FA'),
        ('2014-10-20', 'Telefon', 'Kronofogden: Stefan har fått en avbetalningsplan för skulden, 800 kr/mån.', 'FA'),
        ('2014-11-12', 'Telefon', 'Påmint Navet om GFP som inte kommit.', 'FA'),
        ('2015-01-09', 'Handläggarbyte', 'FA slutar, ärendet fördelat till EN.', 'FA'),
        ('2015-06-15', 'Anteckning', 'Genomgång av ärendet. Ingen uppföljning har gjorts av insatsen på Navet och någon genomförandeplan finns inte i akten. Beslutet gick ut 2015-03-22. Ska kontakta Stefan och Navet.', 'EN'),
        ('2015-08-20', 'Telefon', 'Sökt kl. på telefon, inget svar. Brev skickat.', 'EN'),
    ]
    docs = [
        D('aktualisering', 'aktualisering (orosanmälan)', '2014-07-22', text=akt,
          enscript_header='Socialkontoret Södertälje|Aktualisering vuxen|$%/$=', layout='portrait+monospace'),
        D('utredning', 'utredning', '2014-09-05', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2014-09-12', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-09-15', email=mail),
        D('journal', 'journalanteckningar', '2015-09-28', layout='footer', journal=('sodertalje', head(name, dnr, pnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Socialsekreterarens överväganden" beskriver behoven och varför samtal vid Navet möter dem.',
                             [('utredning', 'Stefan har ett dagligt alkoholbruk som tilltagit', 'Öppenvård vid Navet i sex månader föreslås'),
                              ('uppdrag_mejl', 'Överväganden', 'är vad han själv vill')]),
        'planning': ('nej', 'Ingen genomförandeplan eller vårdplan; journalen noterar att GFP saknas ("planerat hembesök", "avbetalningsplan" är inte planering).', []),
        'follow_up': ('nej', 'Journalen 2015-06-15: "Ingen uppföljning har gjorts av insatsen".', []),
        'assignment_description': ('ja', 'Uppdrag via e-post 2014-09-15 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Uppdrag för Stefan Johansson, start', 'fredrik.ahl@sodertalje.se'),
                                    ('journal', 'Uppdrag mejlat till Robert Malm')], list('abcdefg')),
    }
    return Case('sodertalje_SVN-2014-0650', 'Södertälje', dnr, '', docs, crit)


CASES = [s1, s2, s3, s4, s5]
