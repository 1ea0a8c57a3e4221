# -*- coding: utf-8 -*-
"""Botkyrka: five cases. Diarienummer format 'SOC ÅÅÅÅ/NNNN'."""
from build import D, Case
from common import office_doc, provider_doc

BK_SIG_AW = ('Med vänlig hälsning\n\n**Anna Westin**\nSocialsekreterare\nVuxenenheten missbruk\n'
             'Botkyrka kommun, Socialförvaltningen\nTel: 08-465 000 12  Mobil: 070-174 06 12\n'
             'anna.westin@botkyrka.se')
BK_SIG_JB = ('Hälsningar\nJohan Berglund\nSocialsekreterare, Vuxenenheten missbruk\n'
             'Socialförvaltningen, Botkyrka kommun\nTel 08-465 000 17\njohan.berglund@botkyrka.se')
CONF = ('Detta e-postmeddelande kan innehålla uppgifter som omfattas av sekretess enligt offentlighets- och '
        'sekretesslagen. Om du fått meddelandet av misstag, vänligen radera det och meddela avsändaren.')
TING_LH = ('Öppenvården Tingsvägen', 'Botkyrka kommun · Beroendeenheten · Tingsvägen 19, 147 30 Tumba · tfn 08-465 000 40')


def journal_head(name, pnr, dnr):
    return [('Klient:', name), ('Personnr:', pnr), ('Ärende:', dnr), ('Utskrivet:', '2015-09-29 av AWN')]


def beslut_doc(dnr, name, pnr, text_blocks, date, who='Karin Holm', role='1:e socialsekreterare'):
    d = office_doc('botkyrka', dnr, title='Beslut')
    d.add([('title', 'BESLUT'),
           ('kv', [('Namn', name), ('Personnummer', pnr), ('Diarienummer', dnr), ('Beslutsdatum', date)]),
           ('rule',)] + text_blocks + [
           ('space',),
           ('p', 'Beslutet är fattat med stöd av delegation enligt Socialnämndens delegationsordning, punkt 4.2.1.'),
           ('p', '%s\n%s' % (who, role)),
           ('small', 'Information om hur man överklagar bifogas. Beslutet har delgivits den enskilde.')])
    return d


# ---------------------------------------------------------------- B1 all ja
def b1():
    dnr = 'SOC 2014/1123'
    name, pnr = 'Tomas Lindqvist', '19010412-2375'
    u = office_doc('botkyrka', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning – vuxen missbruk'),
        ('small', 'Enligt 11 kap. 1 § socialtjänstlagen (SoL)'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Adress', 'Hagtornsvägen 9, 147 41 Tumba'),
                ('Diarienummer', dnr), ('Utredningen inledd', '2014-10-08'), ('Utredningen avslutad', '2014-11-14'),
                ('Handläggare', 'Anna Westin, socialsekreterare')]),
        ('h', 'Aktualisering'),
        ('p', 'Tomas kontaktade mottagningsgruppen per telefon 2014-10-06 och ansökte om stöd för att sluta dricka. '
              'Han berättade att han under hösten fått en varning av sin arbetsgivare efter att ha kommit till '
              'arbetet bakfull och att sambon sagt att hon inte orkar längre. Utredning inleddes 2014-10-08.'),
        ('h', 'Underlag'),
        ('bullets', ['Besök med Tomas 2014-10-14, 2014-10-21 (tillsammans med sambon Lena Grahn) och 2014-11-04',
                     'AUDIT genomförd 2014-10-14',
                     'Telefonkontakt med läkare vid Beroendemottagningen Södertörn 2014-11-04 (med samtycke)',
                     'Registerkontroll i socialregistret 2014-10-08']),
        ('h', 'Bakgrund'),
        ('p', 'Tomas växte upp i Norsborg med sin mamma och en yngre bror. Han har arbetat som lagerarbetare '
              'sedan tjugoårsåldern, de senaste nio åren på ett logistikföretag i Tumba. Han har en son, 14 år, '
              'från ett tidigare förhållande som han träffar varannan helg. Tomas hade en kortare kontakt med '
              'socialtjänsten 2009 efter en polisanmälan om rattfylleri, ärendet avslutades då utan insats.'),
        ('h', 'Nuvarande situation'),
        ('h3', 'Boende och försörjning'),
        ('p', 'Tomas bor med sin sambo i hyresrätt. Han har heltidsanställning. Ekonomin beskrivs som ansträngd '
              'men han har inga skulder hos Kronofogden.'),
        ('h3', 'Hälsa'),
        ('p', 'Tomas har sedan oktober kontakt med Beroendemottagningen Södertörn. Läkaren uppger att Tomas '
              'lever upp till kriterierna för alkoholberoende och har ordinerat Campral. Läkarens bedömning är '
              'att han kan behandlas i öppen form under förutsättning att han har ett psykosocialt stöd parallellt. '
              'Levervärdena var förhöjda vid provtagning i oktober.'),
        ('h3', 'Alkohol och droger'),
        ('p', 'Tomas uppger att han dricker 4–6 starköl varje kväll och mer på helgerna. Konsumtionen har ökat '
              'stegvis sedan separationen 2012. Han har haft perioder av nykterhet, längst tre månader våren 2013. '
              'AUDIT gav 26 poäng. Han förnekar användning av narkotika och narkotikaklassade läkemedel.'),
        ('h3', 'Nätverk'),
        ('p', 'Sambon Lena beskrev vid det gemensamma besöket att hon är orolig och att det blivit mer bråk '
              'hemma. Tomas mamma bor i Alby och de har regelbunden kontakt. Han har få vänner som inte dricker.'),
        ('h', 'Tomas egen uppfattning'),
        ('p', 'Tomas säger att han vill sluta helt. Han vill inte åka iväg på behandlingshem eftersom han är rädd '
              'att förlora jobbet. Han har önskemål om gruppbehandling på kvällstid.'),
        ('h', 'Socialtjänstens ställningstagande'),
        ('p', 'Tomas har ett dagligt alkoholbruk sedan flera år och har själv svårt att bryta det. Drickandet har '
              'nu fått konsekvenser för hans arbete (varning, sjukfrånvaro), hans hälsa (förhöjda levervärden) '
              'och relationen till sambon och sonen. AUDIT-resultatet och uppgifterna från beroendemottagningen '
              'stämmer med Tomas egen beskrivning.'),
        ('p', 'Det Tomas framför allt saknar är verktyg för att hantera de situationer där han brukar dricka '
              '(kvällar ensam, efter konflikter, helger), stöd att hålla motivationen uppe och hjälp att förstå '
              'hur alkoholen påverkat familjen. Samtidigt har han ett arbete, en bostad och en sambo som vill stödja '
              'honom, vilket är skyddsfaktorer som bör tas tillvara. En insats på hemmaplan gör att han kan behålla '
              'sin anställning.'),
        ('p', 'Öppenvården Tingsvägens program i återfallsprevention (ÅP) är en strukturerad, kunskapsbaserad '
              'metod som ger just sådana färdigheter. Kombinerat med individuella samtal och anhörigsamtal samt den '
              'medicinska behandlingen på beroendemottagningen bedöms insatsen vara tillräcklig. Institutionsvård '
              'är i nuläget inte motiverad. Socialtjänsten anser därför att Tomas ska beviljas öppenvård vid '
              'Tingsvägen i sex månader.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Tomas Lindqvist beviljas öppenvård vid Öppenvården Tingsvägen (ÅP-grupp samt individuella samtal) '
              'under perioden 2014-11-20 – 2015-05-31 enligt 4 kap. 1 § SoL.'),
        ('space',),
        ('p', 'Botkyrka 2014-11-14\n\nAnna Westin\nSocialsekreterare'),
        ('small', 'Utredningen har kommunicerats med Tomas 2014-11-14.'),
    ])
    b = beslut_doc(dnr, name, pnr, [
        ('h', 'Beslut'),
        ('p', 'Tomas Lindqvist beviljas öppenvård vid Öppenvården Tingsvägen i form av återfallsprevention i grupp '
              'och individuella samtal under perioden 2014-11-20 – 2015-05-31.'),
        ('h', 'Lagrum'),
        ('p', '4 kap. 1 § socialtjänstlagen (SoL)'),
        ('h', 'Motivering'),
        ('p', 'Se utredning daterad 2014-11-14.')], '2014-11-18')
    mail = dict(owner='Anna Westin', frm='Anna Westin', sent='den 19 november 2014 14:32',
                to='Lars Persson', cc='', subject='Uppdrag Tomas Lindqvist, SOC 2014/1123',
                attach='Beslut_SOC2014-1123.pdf', conf=None, body=[
        ('p', 'Hej Lars!'),
        ('p', 'Som vi sa i telefon i fredags kommer här uppdraget för Tomas Lindqvist. Beslut om öppenvård '
              'fattades igår (bifogas).'),
        ('h', 'Socialtjänstens ställningstagande i korthet'),
        ('p', 'Tomas dricker dagligen sedan flera år och har fått konsekvenser på jobbet (varning), i hälsan '
              '(förhöjda levervärden) och i relationen till sambon. Han saknar strategier för kvällar och helger '
              'och har svårt att hålla motivationen själv. Han har jobb, bostad och en sambo som stöttar – därför '
              'passar öppenvård hos er bättre än behandlingshem. Han har Campral via Beroendemottagningen Södertörn.'),
        ('h', 'Uppdraget'),
        ('bullets', ['ÅP-gruppen en kväll i veckan', 'Individuella samtal varannan vecka',
                     'Utandningsprov vid varje besök', 'Minst ett anhörigsamtal tillsammans med sambon Lena',
                     'Period 2014-11-20 – 2015-05-31']),
        ('h', 'Mål'),
        ('bullets', ['Tomas är nykter under behandlingsperioden',
                     'Tomas har en egen skriftlig återfallspreventionsplan',
                     'Ingen sjukfrånvaro kopplad till alkohol från januari 2015']),
        ('h', 'Uppföljning'),
        ('p', 'Ni upprättar genomförandeplan tillsammans med Tomas inom tre veckor och skickar en kopia till mig. '
              'Vi ses för ett trepartssamtal (Tomas, du och jag) efter ca tre månader, v. 9, och vid avslut. '
              'Hör av dig direkt om Tomas uteblir två gånger i rad eller om han återfaller.'),
        ('h', 'Vid avslut'),
        ('p', 'Skicka en skriftlig slutrapport till mig: vad som genomförts, närvaro, provresultat, i vilken mån '
              'målen nåtts, Tomas egen uppfattning och er rekommendation om fortsatta insatser.'),
        ('sig', BK_SIG_AW)])
    g = provider_doc(title='Genomförandeplan', landscape=True, accent='#8a3b12',
                     footer='Öppenvården Tingsvägen – Genomförandeplan Tomas Lindqvist|Sida {p} av {n}',
                     margins=(1.5, 2.0, 1.5, 2.0))
    g.add([('letterhead',) + TING_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name + ', ' + pnr), ('Uppdragsgivare', 'Anna Westin, Vuxenenheten missbruk (SOC 2014/1123)'),
                   ('Behandlare', 'Lars Persson, behandlingsassistent'), ('Upprättad', '2014-12-10, tillsammans med Tomas'),
                   ('Insatsens period', '2014-11-24 – 2015-05-31')], (4, 12)),
           ('table', ['Mål', 'Insats/aktivitet', 'Ansvarig', 'Tidpunkt'], [
               ['1. Tomas är helnykter under behandlingstiden (alla utandningsprov negativa)',
                'ÅP-grupp tisdagar kl. 17–19. Utandningsprov vid varje besök.', 'Tomas, Lars P.',
                'Fr.o.m. 2014-11-25. Stäms av 2015-02-24 och 2015-05-26'],
               ['2. Tomas har en skriftlig återfallspreventionsplan med minst tre högrisksituationer och strategier för dem',
                'Individuella samtal varannan vecka (MI, ÅP-material)', 'Lars P.', 'Klar senast 2015-01-31'],
               ['3. Ingen sjukfrånvaro p.g.a. alkohol',
                'Tomas redovisar frånvaro i samtalen', 'Tomas', 'Fr.o.m. 2015-01-01, stäms av 2015-02-24'],
               ['4. Tomas och Lena har fått information om hur beroende påverkar en familj',
                'Anhörigsamtal (1–2 tillfällen)', 'Lars P., Tomas', 'Senast 2015-03-31']], [5, 5, 2.2, 3.5]),
           ('p', 'Medicinsk behandling (Campral) sköts av Beroendemottagningen Södertörn. Avstämning med handläggare '
                 'v. 9 samt vid avslut. Slutrapport skickas till socialtjänsten vid avslut.'),
           ('p', 'Tomas har deltagit i att ta fram planen och fått en kopia.'),
           ('p', 'Tomas Lindqvist ____________________          Lars Persson ____________________')])
    j = [
        ('2014-10-06', 'Aktualisering', 'Tomas ringde mottagn., vill ha hjälp med alkoholen. Jobbet har gett honom en varning. Bokat besök 14/10.', 'MOT'),
        ('2014-10-08', 'Utredning inleds', 'Utredning inleds enl 11:1 SoL.', 'AWN'),
        ('2014-10-14', 'Besök', 'Första samtalet med Tomas. Vi gjorde AUDIT, 26 p. Han berättar öppet om drickandet, ca 4-6 starköl/kväll. Samtycke att kontakta beroendemott. underskrivet. Nästa gång tar han med sambon.', 'AWN'),
        ('2014-10-21', 'Besök', 'Tomas och sambon Lena. Vi pratade om hur drickandet påverkar hemma, Lena är trött och orolig men vill stötta. Tomas vill ha kvällsgrupp, inte behandlingshem.', 'AWN'),
        ('2014-11-04', 'Telefon', 'Pratat m läk. på Beroendemott Södertörn. Campral insatt, lever värden förhöjda. Rekommenderar psykosocial beh. parallellt.', 'AWN'),
        ('2014-11-14', 'Kommunicering', 'Utredningen kommunicerad med Tomas, inga synpunkter.', 'AWN'),
        ('2014-11-18', 'Beslut', 'Beslut om öppenvård Tingsvägen 2014-11-20--2015-05-31, KH.', 'AWN'),
        ('2014-11-19', 'Uppdrag', 'Uppdraget skickat till Lars P på Tingsvägen via mejl idag, beslut bifogat.', 'AWN'),
        ('2014-11-25', 'Telefon', 'Lars ringde, Tomas började i gruppen idag. Verkar nervös men positiv.', 'AWN'),
        ('2014-12-12', 'Inkommen handling', 'GFP från Tingsvägen daterad 10/12 inkommen, skannad till akten. Ser bra ut.', 'AWN'),
        ('2015-01-20', 'Telefon', 'Tomas ringde angående ekonomiskt bistånd för tandvård, hänvisad till försörjningsstöd. Han säger att det går bra i gruppen.', 'AWN'),
        ('2015-02-24', 'Avstämning', 'Trepartssamtal på Tingsvägen m Tomas och Lars. Tomas har varit på 11 av 13 gruppträffar, alla utandningsprov neg. utom ett i jan (0,3 promille efter en 40-årsfest, han berättade det själv). ÅP-planen är klar. Ingen sjukfrånvaro sedan jul. Lena tycker det är lugnare hemma. Vi är överrens om att fortsätta enl. plan, anhörigsamtal bokat 12/3. Nästa avstämning vid avslut i maj.', 'AWN'),
        ('2015-05-26', 'Avstämning', 'Avslutande avstämning m Tomas och Lars. Tomas har varit nykter sedan januari, fortsätter på AA i Tumba en gång/v. Han vill inte ha mer insatser just nu. Lars skickar slutrapport.', 'AWN'),
        ('2015-06-02', 'Avslut', 'Slutrapport från Tingsvägen inkommen: mål 1-3 uppfyllda, mål 4 delvis (ett anhörigsamtal). Insatsen avslutad enl plan. Ärendet avslutas.', 'AWN'),
    ]
    docs = [
        D('utredning', 'utredning', '2014-11-14', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2014-11-18', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-11-19', email=mail),
        D('genomforandeplan', 'genomförandeplan', '2014-12-10', odt=g, layout='landscape+table+letterhead'),
        D('journal', 'journalanteckningar', '2015-09-29', layout='table+footer',
          journal=('botkyrka', journal_head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', 'Utredningens avsnitt "Socialtjänstens ställningstagande" beskriver svårigheterna och varför öppenvård vid Tingsvägen möter dem.',
                             [('utredning', 'Socialtjänstens ställningstagande', 'Tingsvägen i sex månader'),
                              ('uppdrag_mejl', 'Socialtjänstens ställningstagande i korthet', 'Campral via Beroendemottagningen')]),
        'planning': ('ja', 'Genomförandeplan från Tingsvägen (tabell) med daterade mål, insatser, ansvarig och tidpunkt.',
                     [('genomforandeplan', 'Genomförandeplan', 'fått en kopia')]),
        'follow_up': ('ja', 'Journalen: trepartssamtal/avstämning 2015-02-24 och 2015-05-26 med utfall.',
                      [('journal', 'Trepartssamtal på Tingsvägen', 'Ärendet avslutas')]),
        'assignment_description': ('ja', 'Uppdrag via e-post 2014-11-19 med ställningstagande, innehåll, mål, uppföljning, slutrapport och handläggarens kontaktuppgifter.',
                                   [('uppdrag_mejl', 'Som vi sa i telefon', 'anna.westin@botkyrka.se'),
                                    ('journal', 'Uppdraget skickat till Lars P')], list('abcdefg')),
    }
    return Case('botkyrka_SOC-2014-1123', 'Botkyrka', dnr, '', docs, crit)



# ---------------------------------------------------------------- B2: NA delvis, PL ja, FU ja, AD delvis (a, e missing)
EKB_LH = ('Ekbackens behandlingshem', 'HVB för vuxna med missbruk · Ekbacksvägen 4, 643 91 Vingåker · 0151-190 00 · info@ekbacken-hvb.se')


def b2():
    dnr = 'SOC 2015/0388'
    name, pnr = 'Samira Haddad', '19020317-4426'
    u = office_doc('botkyrka', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning – vuxen missbruk'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Diarienummer', dnr),
                ('Utredningstid', '2015-02-02 – 2015-02-24'), ('Handläggare', 'Anna Westin'),
                ('Tolk', 'Arabiska, vid samtliga besök')]),
        ('h', 'Aktualisering'),
        ('p', 'Remiss inkom 2015-01-28 från Beroendemottagningen Södertörn efter att Samira vårdats på sjukhus för '
              'abstinens. Samira ansökte 2015-02-02 vid besök på enheten om behandlingshem.'),
        ('h', 'Underlag'),
        ('bullets', ['Besök 2015-02-02 och 2015-02-10 (med tolk)', 'Telefonsamtal med barnens pappa 2015-02-11',
                     'Remiss och journalkopia från Beroendemottagningen Södertörn', 'Registerutdrag socialregistret']),
        ('h', 'Bakgrund'),
        ('p', 'Samira kom till Sverige 2004 från Syrien. Hon har två barn, 9 och 12 år, som sedan sommaren 2014 bor '
              'hos sin pappa i Fittja. Samira har arbetat som barnskötare men har varit sjukskriven sedan våren 2014.'),
        ('h', 'Nuvarande situation'),
        ('p', 'Samira bor i Hallunda med sin nuvarande partner som också dricker. Hon uppger att hon dricker vin '
              'dagligen, ofta en flaska eller mer, och tar Sobril som hon fått utskrivet men även köpt utanför vården. '
              'Hon har haft abstinenskramper vid ett tillfälle i januari. Hon träffar barnen en gång i veckan på dagtid.'),
        ('p', 'Försörjning sker genom sjukpenning. Hon har en hyresskuld på ca 8 000 kr.'),
        ('h', 'Samiras synpunkter'),
        ('p', 'Samira vill komma bort från Hallunda en tid. Hon vill att barnen ska kunna bo hos henne igen. Hon vill '
              'helst till ett behandlingshem där det finns arabisktalande personal.'),
        ('h', 'Handläggarens slutsats'),
        ('p', 'Samira bedöms vara i behov av behandling på behandlingshem. Handläggaren föreslår att hon beviljas '
              'institutionsvård på Ekbackens behandlingshem.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Institutionsvård vid Ekbackens behandlingshem enligt 4 kap. 1 § SoL fr.o.m. 2015-03-09, '
              'preliminärt 16 veckor.'),
        ('space',),
        ('p', 'Anna Westin, socialsekreterare, 2015-02-24'),
    ])
    b = beslut_doc(dnr, name, pnr, [
        ('h', 'Beslut'),
        ('p', 'Samira Haddad beviljas bistånd i form av institutionsvård vid Ekbackens behandlingshem fr.o.m. '
              '2015-03-09, preliminärt 16 veckor.'),
        ('h', 'Lagrum'), ('p', '4 kap. 1 § SoL'),
        ('h', 'Skäl'), ('p', 'Enligt utredning.')], '2015-02-26')
    mail = dict(owner='Anna Westin', frm='Anna Westin', sent='den 5 mars 2015 11:07',
                to='Birgitta Ros; Ekbacken Intag', subject='Uppdrag: Samira Haddad – inskrivning 9/3',
                attach='Beslut Samira Haddad.pdf; Utredning Samira Haddad.pdf', conf=CONF, body=[
        ('p', 'Hej Birgitta,'),
        ('p', 'Tack för pratstunden i tisdags! Här kommer uppdraget för Samira som skrivs in hos er på måndag 9/3. '
              'Beslut och utredning bifogas.'),
        ('h', 'Bakgrund'),
        ('p', 'Samira har ansökt om behandlingshem för alkohol och Sobril. Hon har vårdats för abstinens på sjukhus i '
              'januari. Hon pratar en del svenska men vill ha tolk (arabiska) vid viktiga samtal.'),
        ('h', 'Vad uppdraget omfattar'),
        ('bullets', ['Institutionsvård med abstinensbehandling i samarbete med er läkare',
                     'Behandlingsprogram enligt er ordinarie struktur (ÅP, gruppsamtal, individuella samtal)',
                     'Stöd i kontakten med barnen och barnens pappa, hjälp med resor vid umgänge',
                     'Alkohol- och drogtester minst en gång per vecka']),
        ('h', 'Mål med insatsen'),
        ('bullets', ['Samira är fri från bensodiazepiner och alkohol',
                     'Samira har en plan för sitt boende efter behandlingen',
                     'Samira har regelbundet umgänge med sina barn']),
        ('h', 'Uppföljning'),
        ('p', 'Vi upprättar vårdplan tillsammans vid inskrivningen. Genomförandeplan från er inom tre veckor. '
              'Nätverksmöte hos er efter ca sex veckor (förslag v. 17), därefter inför utskrivning.'),
        ('sig', BK_SIG_AW)])
    vp = office_doc('botkyrka', dnr, title='Vårdplan')
    vp.add([
        ('title', 'Vårdplan'),
        ('kv', [('Namn', name), ('Placering', 'Ekbackens behandlingshem, Vingåker'),
                ('Period', '2015-03-09 – prel. 2015-06-26'), ('Upprättad', '2015-03-09 vid inskrivning'),
                ('Närvarande', 'Samira, Birgitta Ros (Ekbacken), Anna Westin (handl.), telefontolk arabiska')]),
        ('h', 'Mål och delmål'),
        ('bullets', [
            '**Bensodiazepinfri senast 2015-04-10.** Nedtrappning enligt läkarordination på Ekbacken. Ansvar: Ekbacken.',
            '**Nykter under hela vistelsen.** Alkohol- och drogtest minst en gång/vecka, resultat redovisas vid nätverksmötet 2015-04-21. Ansvar: Ekbacken, Samira.',
            '**Umgänge med barnen varannan helg fr.o.m. april.** Samira kontaktar barnens pappa, Ekbacken hjälper med resor. Ansvar: Samira, Ekbacken.',
            '**Plan för boende efter utskrivning klar senast 2015-06-01.** Kontakt med hyresvärden om skulden, ev. ansökan om ny bostad. Ansvar: Anna Westin tillsammans med Samira.']),
        ('h', 'Ansvarsfördelning i övrigt'),
        ('bullets', ['Ekbacken: behandlingsprogram, genomförandeplan inom tre veckor, rapport vid avvikelser',
                     'Socialtjänsten: betalningsansvar, boendefrågan, kontakt med barnens pappa vid behov av stöd',
                     'Samira: delta i programmet, lämna prover, hålla kontakt med barnen']),
        ('h', 'Uppföljning'),
        ('p', 'Nätverksmöte på Ekbacken 2015-04-21 samt inför utskrivning.'),
        ('space',),
        ('p', 'Samira Haddad ______________________      Anna Westin ______________________'),
    ])
    g = provider_doc(title='Genomförandeplan', accent='#3c5a14',
                     footer='Ekbackens behandlingshem AB – org.nr 556000-0000|Sida {p} av {n}')
    g.add([
        ('letterhead',) + EKB_LH,
        ('title', 'Genomförandeplan'),
        ('kv', [('Boende', 'Samira Haddad'), ('Inskriven', '2015-03-09'), ('Kontaktperson', 'Hassan Saleh, behandlare'),
                ('Uppdragsgivare', 'Botkyrka kommun, Anna Westin'), ('Datum', '2015-03-26')]),
        ('h', 'Samiras egna mål'),
        ('p', '"Jag vill bli fri från tabletterna och kunna ta hand om mina barn igen."'),
        ('table', ['Mål', 'Hur', 'Vem', 'När'], [
            ['Avslutad nedtrappning Sobril', 'Läkarordinerat schema, dagliga avstämningar med sjuksköterska', 'Ekbackens SSK, Samira', 'Klart v. 15'],
            ['Nykterhet', 'Tester 2 ggr/v, ÅP-grupp mån/ons/fre', 'Hassan, Samira', 'Hela vistelsen, redovisas 2015-04-21'],
            ['Umgänge med barnen', 'Samira ringer barnen varje söndag, besök varannan helg, Ekbacken bokar resa', 'Samira, Hassan', 'Fr.o.m. v. 15'],
            ['Förbereda utskrivning', 'Samtal om boende och fortsatt öppenvård', 'Hassan, soc.sekr.', 'Maj–juni 2015']], [3, 4, 2, 2.4]),
        ('p', 'Samira har varit delaktig och har fått planen översatt muntligt av Hassan som talar arabiska.'),
    ])
    j = [
        ('2015-01-28', 'Inkommen remiss', 'Remiss från Beroendemott. Södertörn, Samira vårdad för abstinens på sjukhus. Ringt henne, bokat besök m tolk 2/2.', 'AWN'),
        ('2015-02-02', 'Besök', 'Besök m tolk (arabiska, Tolkservice Syd). Samira ansöker om behandlingshem. Hon är ledsen och trött, berättar om barnen. Utredning inleds.', 'AWN'),
        ('2015-02-10', 'Besök', 'Utredningssamtal m tolk. Samira dricker dagligen, tar Sobril. Partnern dricker också. Vill bort från Hallunda en tid.', 'AWN'),
        ('2015-02-11', 'Telefon', 'Pratat m barnens pappa, han är positiv till att Samira får behandling och kan tänka sig umgänge varannan helg om hon är nykter.', 'AWN'),
        ('2015-02-24', 'Utredning', 'Utredning klar, kommunicerad via tolk per telefon.', 'AWN'),
        ('2015-02-26', 'Beslut', 'Beslut institutionsvård Ekbacken fr 9/3 (KH).', 'AWN'),
        ('2015-03-03', 'Telefon', 'Pratat med Birgitta på Ekbacken, plats 9/3, de har arabisktalande personal.', 'AWN'),
        ('2015-03-05', 'Uppdrag', 'Skickat uppdraget till Ekbacken via mejl med beslut o utredning.', 'AWN'),
        ('2015-03-09', 'Inskrivning', 'Vi skjutsade Samira till Ekbacken. Vårdplan upprättad på plats med telefontolk.', 'AWN'),
        ('2015-03-27', 'Inkommen handling', 'GFP från Ekbacken inkommen.', 'AWN'),
        ('2015-04-21', 'Nätverksmöte', 'Nätverksmöte på Ekbacken: Samira, Hassan (kontaktperson), Birgitta, handl. AW, telefontolk. Samira helt fri från Sobril sedan 3/4, alla prov negativa. Hon har träffat barnen en helg, gick bra. Hon är trött men vill fullfölja. Vi kom överrens om att fortsätta enl. plan. Boendet tas upp nästa möte 2/6.', 'AWN'),
        ('2015-05-12', 'Telefon', 'Hyresvärden ringde ang. skulden, Samira har gjort en avbetalningsplan. Info till Samira.', 'AWN'),
        ('2015-06-02', 'Nätverksmöte', 'Nätverksmöte nr 2 på Ekbacken, med tolk. Samira fortsatt nykter, umgänget fungerar varannan helg. Utskrivning 26/6. Hon flyttar till sin syster i Tumba tills vidare och vill fortsätta i öppenvård på Tingsvägen, ny ansökan upprättad.', 'AWN'),
        ('2015-06-26', 'Utskrivning', 'Samira utskriven från Ekbacken enl plan.', 'AWN'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-02-24', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-02-26', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2015-03-05', email=mail),
        D('vardplan', 'vårdplan', '2015-03-09', odt=vp, layout='portrait+header-footer+bullets'),
        D('genomforandeplan_ekbacken', 'genomförandeplan', '2015-03-26', odt=g, layout='portrait+letterhead+table'),
        D('journal', 'journalanteckningar', '2015-09-29', layout='table+footer',
          journal=('botkyrka', journal_head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('delvis', 'Endast slutsatsen "bedöms vara i behov av behandling på behandlingshem" under Handläggarens slutsats; behoven och varför insatsen möter dem saknas.',
                             [('utredning', 'Handläggarens slutsats', 'institutionsvård på Ekbackens behandlingshem.')]),
        'planning': ('ja', 'Vårdplan (punktlista) med daterade mål, ansvar och tid, samt genomförandeplan från Ekbacken.',
                     [('vardplan', 'Mål och delmål', 'Nätverksmöte på Ekbacken 2015-04-21 samt'),
                      ('genomforandeplan_ekbacken', 'Genomförandeplan', 'översatt muntligt')]),
        'follow_up': ('ja', 'Nätverksmöten 2015-04-21 och 2015-06-02 i journalen med utfall.',
                      [('journal', 'Nätverksmöte på Ekbacken: Samira', 'ny ansökan upprättad')]),
        'assignment_description': ('delvis', 'Uppdrag via e-post 2015-03-05: innehåll, mål, uppföljning, kontaktuppgifter och sändningsdatum finns, men ingen behovsbedömning och inget om återrapportering vid avslut.',
                                   [('uppdrag_mejl', 'Tack för pratstunden', 'anna.westin@botkyrka.se'),
                                    ('journal', 'Skickat uppdraget till Ekbacken')], list('bcdfg')),
    }
    return Case('botkyrka_SOC-2015-0388', 'Botkyrka', dnr, '', docs, crit)


# ---------------------------------------------------------------- B3: declined before start
def b3():
    dnr = 'SOC 2015/0561'
    name, pnr = 'Oskar Nyberg', '19000822-3391'
    u = office_doc('botkyrka', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning – vuxen missbruk'),
        ('small', 'Enligt 11 kap. 1 § socialtjänstlagen'),
        ('kv', [('Namn', name), ('Diarienummer', dnr), ('Inledd', '2015-05-05'), ('Avslutad', '2015-06-17'),
                ('Handläggare', 'Johan Berglund')]),
        ('h', 'Aktualisering'),
        ('p', 'Oskars mamma ringde 2015-04-27 och berättade att Oskar röker cannabis dagligen och inte längre går '
              'upp på morgonen. Oskar kom själv till enheten 2015-05-05 och ansökte om hjälp att sluta.'),
        ('h', 'Underlag'),
        ('bullets', ['Samtal med Oskar 2015-05-05, 2015-05-19 och 2015-06-02', 'Hembesök 2015-06-10',
                     'Samtal med mamman (med Oskars samtycke) 2015-05-19', 'Urinprov via Beroendemottagningen 2015-05-20']),
        ('h', 'Situation'),
        ('p', 'Oskar bor hos sin mamma i Tullinge. Han hoppade av gymnasiet i årskurs tre och har därefter haft '
              'kortare anställningar. Sedan januari har han varken arbete eller studier. Han röker cannabis varje dag, '
              'vanligen på kvällen för att kunna sova, och har gjort det i drygt två år. Urinprovet var positivt för '
              'cannabis. Oskar beskriver oro och nedstämdhet när han försökt sluta på egen hand. Han har inga skulder '
              'men lånar pengar av mamman. Vännerna han umgås med röker också.'),
        ('h', 'Oskars egen bild'),
        ('p', 'Oskar säger att han vill sluta för att kunna börja plugga igen. Han vill inte gå i grupp med '
              '"gamla gubbar" men kan tänka sig individuella samtal och en ungdomsgrupp.'),
        ('h', 'Analys'),
        ('p', 'Oskars cannabisbruk har pågått dagligen i över två år och har lett till att han tappat struktur i '
              'vardagen, avbrutit sina studier och isolerat sig med ett umgänge där alla röker. Han har svårt att sova '
              'och mår dåligt när han försöker sluta, vilket gör att han fastnar. Han har egen motivation och ett stöd '
              'i mamman, och han har en bostad, vilket gör att behandlingen kan ske på hemmaplan.'),
        ('p', 'Oskar behöver hjälp att ta sig igenom de första veckorna utan cannabis (sömn, oro), förstå vad '
              'som triggar hans rökande och bygga upp en dagsstruktur med sikte på studier. Tingsvägens '
              'haschavvänjningsprogram för unga vuxna 18–25 år är utformat för just detta: individuella samtal två '
              'gånger i veckan de första veckorna, därefter varje vecka, med urinprov, samt en grupp med jämnåriga. '
              'Insatsen är därför väl avpassad till Oskars situation och önskemål.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Oskar Nyberg beviljas öppenvård vid Öppenvården Tingsvägen, haschavvänjningsprogram för unga vuxna, '
              'under sex månader från 2015-06-29 enligt 4 kap. 1 § SoL.'),
        ('space',),
        ('p', 'Johan Berglund\nSocialsekreterare'),
    ])
    b = beslut_doc(dnr, name, pnr, [
        ('h', 'Beslut'),
        ('p', 'Bistånd beviljas i form av öppenvård vid Öppenvården Tingsvägen (haschavvänjningsprogram för unga '
              'vuxna) under sex månader från och med 2015-06-29.'),
        ('h', 'Lagrum'), ('p', '4 kap. 1 § SoL'),
        ('h', 'Motivering'), ('p', 'Se utredning 2015-06-17.')], '2015-06-22')
    mail = dict(owner='Johan Berglund', frm='Johan Berglund', sent='den 23 juni 2015 09:15',
                to='Malin Åkesson', subject='Nytt uppdrag – Oskar Nyberg (SOC 2015/0561)',
                attach='Beslut_Nyberg.pdf', conf=CONF, body=[
        ('p', 'Hej Malin!'),
        ('p', 'Här kommer uppdraget för Oskar som vi pratade om. Beslutet är fattat och bifogas. Oskar vet att du '
              'kommer att ringa honom och han har fått ditt namn.'),
        ('h', '1. Socialtjänstens ställningstagande'),
        ('p', 'Oskar har rökt cannabis dagligen i två år, har avbrutit studierna och saknar struktur. Han sover dåligt '
              'och blir orolig när han försöker sluta. Han har motivation, bor hos mamma som stöttar, och han vill '
              'börja studera. Därför bedömer vi att HAP för unga vuxna hos er är rätt insats.'),
        ('h', '2. Uppdraget'),
        ('p', 'HAP individuellt (två ggr/v i början, sedan en gång/v) och ungdomsgruppen, urinprov enligt er rutin. '
              'Period sex månader fr.o.m. 2015-06-29.'),
        ('h', '3. Mål'),
        ('bullets', ['Oskar är drogfri (negativa urinprov) från augusti 2015',
                     'Oskar har en dagsstruktur och har sökt till komvux inför vårterminen']),
        ('h', '4. Uppföljning'),
        ('p', 'Genomförandeplan inom tre veckor efter start. Vi har en avstämning tillsammans med Oskar efter ca '
              'åtta veckor och en vid avslut.'),
        ('h', '5. Återrapportering vid avslut'),
        ('p', 'En kort skriftlig sammanfattning: närvaro, provresultat, måluppfyllelse och om Oskar behöver något '
              'mer efteråt.'),
        ('sig', BK_SIG_JB)])
    j = [
        ('2015-04-27', 'Telefon', 'Mamman ringde, orolig för Oskar som röker på varje dag. Info om att Oskar själv måste höra av sig, han är vuxen.', 'JBG'),
        ('2015-05-05', 'Besök', 'Oskar kom hit själv. Ansöker om hjälp att sluta röka cannabis. Utredning inleds.', 'JBG'),
        ('2015-05-19', 'Besök', 'Oskar och mamman. Vi pratade om hur dagarna ser ut, han sover till lunch. Mamman vill stötta. Oskar går med på urinprov.', 'JBG'),
        ('2015-06-02', 'Besök', 'Oskar ensam. Urinprovet pos. för cannabis. Vi pratade om HAP, han tyckte det lät ok.', 'JBG'),
        ('2015-06-10', 'Hembesök', 'Planerat hembesök genomfört. Oskar har eget rum hos mamman, lugnt och städat. Inget att anmärka.', 'JBG'),
        ('2015-06-17', 'Utredning', 'Utredningen klar o kommunicerad.', 'JBG'),
        ('2015-06-22', 'Beslut', 'Beslut öppenvård Tingsvägen HAP (KH).', 'JBG'),
        ('2015-06-23', 'Uppdrag', 'Uppdraget mejlat till Malin Å på Tingsvägen.', 'JBG'),
        ('2015-06-29', 'Telefon', 'Malin ringde: Oskar kom inte till första samtalet idag och svarar inte i telefon.', 'JBG'),
        ('2015-07-01', 'Telefon', 'Vi fick tag på Oskar. Han har fått ett sommarjobb på ett lager i Jordbro och säger att han inte vill gå på några samtal, han ska "fixa det själv". Han vill inte ha insatsen. Vi erbjöd ett uppföljande samtal i augusti, han tackade nej men vet att han kan höra av sig.', 'JBG'),
        ('2015-07-02', 'Info', 'Meddelat Malin att Oskar tackat nej, uppdraget återkallas.', 'JBG'),
        ('2015-07-06', 'Avslut', 'Oskar har avböjt insatsen innan den påbörjats. Ärendet avslutas.', 'JBG'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-06-17', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2015-06-22', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2015-06-23', email=mail),
        D('journal', 'journalanteckningar', '2015-09-29', layout='table+footer',
          journal=('botkyrka', [('Klient:', name), ('Ärende:', dnr), ('Utskrivet:', '2015-09-29 av JBG')], j)),
    ]
    crit = {
        'needs_assessment': ('ja', 'Utredningens "Analys" beskriver svårigheterna och varför HAP för unga vuxna passar.',
                             [('utredning', 'Oskars cannabisbruk har pågått dagligen', 'väl avpassad till Oskars situation'),
                              ('uppdrag_mejl', '1. Socialtjänstens ställningstagande', 'rätt insats')]),
        'planning': ('ej_tillämpligt', 'Oskar avböjde insatsen innan den påbörjades (journal 2015-07-01).', []),
        'follow_up': ('ej_tillämpligt', 'Insatsen påbörjades aldrig; Oskar avböjde före start.', []),
        'assignment_description': ('ja', 'Uppdrag via e-post 2015-06-23 med ställningstagande, uppdrag, mål, uppföljning, återrapportering och kontaktuppgifter.',
                                   [('uppdrag_mejl', 'Här kommer uppdraget för Oskar', 'johan.berglund@botkyrka.se'),
                                    ('journal', 'Uppdraget mejlat till Malin')], list('abcdefg')),
    }
    return Case('botkyrka_SOC-2015-0561', 'Botkyrka', dnr, 'declined', docs, crit)


# ---------------------------------------------------------------- B4: one assembled PDF, scanned GFP page; PL delvis, FU delvis
def b4():
    dnr = 'SOC 2014/0977'
    name, pnr = 'Abdi Hassan Warsame', '19011130-5513'
    u = office_doc('botkyrka', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning'),
        ('small', 'Ansökan om bistånd – missbruk, 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Diarienummer', dnr), ('Handläggare', 'Johan Berglund'),
                ('Tolk', 'Somaliska (kontakttolk på plats)'), ('Datum', '2014-10-30')]),
        ('h', 'Ärendet'),
        ('p', 'Abdi ansökte 2014-09-22 om hjälp med sitt drickande efter att ha blivit uppmanad av sin läkare på '
              'vårdcentralen. Han hade tidigare en kontakt med enheten 2012 som gällde khat; den avslutades när han '
              'slutade på egen hand.'),
        ('h', 'Utredningens genomförande'),
        ('p', 'Tre samtal med Abdi med tolk (2014-09-29, 2014-10-08, 2014-10-20). Samtal med hans bror Yusuf per '
              'telefon. Kontakt med vårdcentralen Alby efter samtycke.'),
        ('h', 'Abdis situation'),
        ('p', 'Abdi är gift och har fyra barn. Familjen bor i en trerumslägenhet i Alby. Han har arbetat som '
              'taxichaufför men förlorade sitt körkort efter en rattfylleriincident i våren 2014 och är sedan dess '
              'arbetslös. Han dricker sprit, främst på kvällar och nätter, och uppger att han dricker mer sedan han '
              'blev av med arbetet. Hustrun har vid några tillfällen tagit barnen och åkt till sin syster. Han '
              'har skulder hos Kronofogden på ca 60 000 kr. Vårdcentralen beskriver högt blodtryck och sömnproblem.'),
        ('p', 'Abdi talar begränsad svenska och vill ha behandling på somaliska eller med tolk. Han berättar att det '
              'är skamfyllt att prata om alkohol i hans familj och att han inte vill att andra i området ska veta.'),
        ('h', 'Abdis synpunkter'),
        ('p', 'Abdi vill sluta dricka för familjens skull och för att kunna ta tillbaka körkortet. Han vill inte '
              'åka bort.'),
        ('h', 'Sammanfattande överväganden'),
        ('p', 'Abdi har ett regelbundet alkoholbruk som har ökat efter att han förlorat arbete och körkort. '
              'Drickandet påverkar familjen påtagligt, och hustrun har flera gånger lämnat hemmet med barnen. Han har '
              'ekonomiska problem och en försämrad hälsa. Han är motiverad men saknar egna verktyg för att bryta '
              'mönstret, och han har inget nätverk utanför familjen som han kan prata med om alkoholen.'),
        ('p', 'Eftersom Abdi bor med sin familj och vill stanna hemma, och eftersom hans motivation är kopplad till '
              'familjen, är en öppenvårdsinsats att föredra. Den ger honom samtalsstöd för att bryta drickandet, '
              'ett sammanhang där skammen kan hanteras i enskilda samtal med tolk, och möjlighet att involvera '
              'hustrun. Parallellt bör han få hjälp att kontakta budget- och skuldrådgivningen. Socialtjänsten '
              'anser att öppenvård vid Tingsvägen med individuella samtal med tolk en gång i veckan under sex '
              'månader svarar mot hans situation.'),
        ('h', 'Förslag till beslut'),
        ('p', 'Abdi Hassan Warsame beviljas öppenvård vid Öppenvården Tingsvägen, individuella samtal med tolk, '
              'under perioden 2014-11-10 – 2015-05-10, enligt 4 kap. 1 § SoL.'),
        ('p', 'Johan Berglund, socialsekreterare'),
    ])
    b = beslut_doc(dnr, name, pnr, [
        ('h', 'Beslut'),
        ('p', 'Abdi Hassan Warsame beviljas öppenvård vid Öppenvården Tingsvägen, individuella samtal med tolk, '
              '2014-11-10 – 2015-05-10.'),
        ('h', 'Lagrum'), ('p', '4 kap. 1 § socialtjänstlagen'),
        ('h', 'Motivering'), ('p', 'Se utredning 2014-10-30.')], '2014-11-03')
    mail = dict(owner='Johan Berglund', frm='Johan Berglund', sent='den 5 november 2014 16:02',
                to='Lars Persson', cc='Ahmed Nur', subject='Uppdragsbeskrivning Abdi H Warsame',
                attach='Beslut Warsame.pdf', conf=CONF, body=[
        ('p', 'Hej Lars och Ahmed,'),
        ('p', 'Nedan följer uppdraget för Abdi. Beslut bifogas.'),
        ('h', 'Socialtjänstens ställningstagande'),
        ('p', 'Abdi dricker regelbundet sprit sedan han förlorade jobb och körkort. Det påverkar familjen (hustrun '
              'har lämnat hemmet med barnen flera gånger) och han har skulder och dålig sömn. Han är motiverad men '
              'har inga egna verktyg och skäms för att prata om alkohol. Han vill bo kvar hemma, därför öppenvård '
              'med samtal med tolk där hustrun också kan involveras.'),
        ('h', 'Uppdraget'),
        ('p', 'Individuella samtal en gång i veckan med somalisk tolk (Ahmed har sagt att han kan ta en del av '
              'samtalen på somaliska), minst ett samtal tillsammans med hustrun, alkoholtest vid besöken. '
              'Period 2014-11-10 – 2015-05-10.'),
        ('h', 'Mål'),
        ('bullets', ['Abdi är nykter', 'Familjen bor tillsammans', 'Abdi har kontakt med budget- och skuldrådgivningen']),
        ('h', 'Uppföljning'),
        ('p', 'Avstämning med Abdi, er och mig (med tolk) efter tre månader och vid avslut. GFP skickas till mig.'),
        ('h', 'När insatsen avslutas'),
        ('p', 'Skriv en kort slutrapport om vad som gjorts, närvaro, testresultat och hur det gått med målen.'),
        ('sig', BK_SIG_JB)])
    g = provider_doc(title='Genomförandeplan', accent='#8a3b12',
                     footer='Öppenvården Tingsvägen|Sida {p} av {n}')
    g.add([('letterhead',) + TING_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Klient', name), ('Behandlare', 'Ahmed Nur, Lars Persson'), ('Upprättad', '2014-12-01'),
                   ('Tolk', 'Somaliska, Ahmed översätter')]),
           ('h', 'Bakgrund'),
           ('p', 'Abdi har beviljats öppenvård av Vuxenenheten. Han kommer på samtal måndagar. Han vill sluta dricka '
                 'för familjens skull.'),
           ('table', ['Mål', 'Insats', 'Ansvarig'], [
               ['Abdi ska må bättre', 'Samtal', 'Ahmed'],
               ['Minska alkoholen', 'Samtal, alkotest ibland', 'Abdi']], [4, 4, 2]),
           ('pb',),
           ('table', ['Mål', 'Insats', 'Ansvarig'], [
               ['Bättre kontakt med familjen', 'Samtal med fru om hon vill', 'Ahmed'],
               ['Få ordning på ekonomin', 'Budgetrådgivning', 'Abdi']], [4, 4, 2]),
           ('p', 'Planen följs upp löpande i samtalen.'),
           ('space',),
           ('p', 'Underskrifter\n\nAbdi Hassan Warsame ______________________\n\nAhmed Nur ______________________'),
           ])
    j = [
        ('2014-09-22', 'Ansökan', 'Abdi kom till mottagn. med sin bror som tolkade. Ansöker om hjälp m alkohol. Bokat tid m tolk.', 'MOT'),
        ('2014-09-29', 'Besök', 'Samtal m Abdi o kontakttolk (somaliska). Han skäms mycket. Samtycke till vårdcentralen.', 'JBG'),
        ('2014-10-08', 'Besök', 'Andra samtalet m tolk. Pratade om familjen och skulderna.', 'JBG'),
        ('2014-10-20', 'Besök', 'Tredje samtalet m tolk. Abdi vill inte åka bort, vill ha samtal här.', 'JBG'),
        ('2014-10-30', 'Utredning', 'Utredning klar, kommunicerad m tolk.', 'JBG'),
        ('2014-11-03', 'Beslut', 'Beslut öppenvård Tingsvägen (KH).', 'JBG'),
        ('2014-11-05', 'Uppdrag', 'Uppdragsbeskrivning mejlad till Lars P och Ahmed N på Tingsvägen.', 'JBG'),
        ('2014-12-03', 'Inkommen handling', 'GFP inkommen från Tingsvägen.', 'JBG'),
        ('2015-02-16', 'Telefon', 'Abdis fru ringde via sin syster, hon undrade om Abdi går på samtalen. Vi kan inte lämna uppgifter utan samtycke, hänvisade till Abdi.', 'JBG'),
        ('2015-03-17', 'Avstämning', 'Avstämning gjord med ÖV och kl. med tolk.', 'JBG'),
        ('2015-03-18', 'Övrigt', 'Uppföljning planeras till maj.', 'JBG'),
        ('2015-06-08', 'Telefon', 'Kronofogden ringde ang. utmätning, hänvisat till Abdi själv.', 'JBG'),
    ]
    docs = [
        D('utredning', 'utredning', '2014-10-30', odt=u, layout='portrait+header-footer'),
        D('beslut', 'beslut', '2014-11-03', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2014-11-05', email=mail),
        D('genomforandeplan', 'genomförandeplan', '2014-12-01', odt=g, layout='portrait+letterhead+table+scanned-page', scan=[2],
          producer='libreoffice-odt+scan(p2)'),
        D('journal', 'journalanteckningar', '2015-09-29', layout='table+footer',
          journal=('botkyrka', [('Klient:', name), ('Ärende:', dnr), ('Utskrivet:', '2015-09-29 av JBG')], j)),
    ]
    crit = {
        'needs_assessment': ('ja', '"Sammanfattande överväganden" beskriver Abdis svårigheter och varför öppenvård med tolk svarar mot dem.',
                             [('utredning', 'Abdi har ett regelbundet alkoholbruk som har ökat', 'svarar mot hans situation'),
                              ('uppdrag_mejl', 'Socialtjänstens ställningstagande', 'hustrun också kan involveras')]),
        'planning': ('delvis', 'Genomförandeplan med vaga mål ("må bättre", "minska alkoholen") utan datum eller tidpunkter; sida 2 är inskannad.',
                     [('genomforandeplan', 'Genomförandeplan', 'Planen följs upp löpande')]),
        'follow_up': ('delvis', 'Journalen 2015-03-17: "Avstämning gjord" men inget utfall antecknat; i övrigt bara planerad uppföljning.',
                      [('journal', 'Avstämning gjord med ÖV')]),
        'assignment_description': ('ja', 'Uppdragsbeskrivning via e-post 2014-11-05 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Nedan följer uppdraget för Abdi', 'johan.berglund@botkyrka.se'),
                                    ('journal', 'Uppdragsbeskrivning mejlad till Lars P')], list('abcdefg')),
    }
    return Case('botkyrka_SOC-2014-0977', 'Botkyrka', dnr, '', docs, crit,
                assembled=('akt_SOC-2014-0977.pdf', ['utredning', 'beslut', 'uppdrag_mejl', 'genomforandeplan', 'journal']),
                keep_parts=False)


# ---------------------------------------------------------------- B5: two-column utredning, 7 documents, all ja
SOLB_LH = ('Villa Solberga', 'HVB för kvinnor med missbruk · Solbergavägen 12, 155 93 Nykvarn · tel 08-465 000 80')


def b5():
    dnr = 'SOC 2015/0102'
    name, pnr = 'Linda Karlsson', '19020205-1840'
    u = office_doc('botkyrka', dnr, title='Utredning')
    u.add([
        ('title', 'Utredning enligt 11 kap. 1 § SoL'),
        ('kv', [('Namn', name), ('Personnummer', pnr), ('Diarienummer', dnr), ('Handläggare', 'Anna Westin'),
                ('Inledd / avslutad', '2015-01-19 / 2015-02-06')]),
        ('cols', [
            ('h', 'Aktualisering'),
            ('p', 'Linda sökte själv kontakt 2015-01-19 efter att hon blivit uppsagd från sitt korttidskontrakt. '
                  'Hon ansöker om behandlingshem.'),
            ('h', 'Underlag'),
            ('p', 'Samtal 2015-01-19, 2015-01-27 och 2015-02-03. Kontakt med Beroendemottagningen Södertörn och '
                  'med Lindas pappa. Urinprov 2015-01-27 (positivt för amfetamin).'),
            ('h', 'Bakgrund'),
            ('p', 'Linda har använt amfetamin sedan hon var 19 år, med ett uppehåll på ett år 2012–2013 efter '
                  'behandling i öppenvård. Hon har inga barn. Hon har en god relation till sin pappa i Tullinge. '
                  'Hennes tidigare pojkvän, som hon separerade från i höstas, är aktiv i missbruk och har '
                  'varit våldsam mot henne.'),
            ('h', 'Aktuell situation'),
            ('p', 'Linda injicerar amfetamin flera gånger i veckan. Hon har förlorat sitt boende och sover hos '
                  'bekanta. Hon har ingen inkomst sedan december. Hon har gått ner i vikt och har en infektion i '
                  'armen som behandlats på vårdcentral. Hepatit C-test var negativt i december.'),
            ('h', 'Lindas synpunkter'),
            ('p', 'Linda vill komma bort från Stockholmsområdet och till ett ställe med bara kvinnor. Hon säger '
                  'att hon inte klarar att sluta så länge hon inte har någonstans att bo.'),
            ('h', 'Sammanfattande analys och ställningstagande'),
            ('p', 'Linda har ett intensivt injektionsmissbruk av amfetamin och saknar bostad, inkomst och ett '
                  'drogfritt nätverk. Hon har tidigare klarat en period av drogfrihet med stöd, vilket visar att hon '
                  'kan tillgodogöra sig behandling. Hennes nuvarande miljö, där hon sover hos personer i aktivt '
                  'missbruk och riskerar att möta sin tidigare pojkvän, gör att öppenvård inte är tillräckligt. '
                  'Hon är också utsatt för risk för våld.'),
            ('p', 'Linda behöver en drogfri och trygg miljö, avgiftning, stöd att bearbeta våldet och hjälp att '
                  'planera ett boende. Villa Solberga är ett HVB för kvinnor med traumamedveten behandling och '
                  'utslussningsstöd, vilket svarar mot dessa delar. Socialtjänsten anser att institutionsvård vid '
                  'Villa Solberga under ca fyra månader är den insats som krävs.'),
            ('h', 'Förslag till beslut'),
            ('p', 'Linda Karlsson beviljas institutionsvård vid Villa Solberga HVB fr.o.m. 2015-02-16, '
                  'preliminärt fyra månader (4 kap. 1 § SoL).'),
            ('p', 'Anna Westin, socialsekreterare'),
        ]),
    ])
    b = beslut_doc(dnr, name, pnr, [
        ('h', 'Beslut'),
        ('p', 'Linda Karlsson beviljas institutionsvård vid Villa Solberga HVB från och med 2015-02-16, '
              'preliminärt fyra månader.'),
        ('h', 'Lagrum'), ('p', '4 kap. 1 § SoL'),
        ('h', 'Skäl för beslutet'), ('p', 'Se utredning daterad 2015-02-06.')], '2015-02-10')
    mail = dict(owner='Anna Westin', frm='Anna Westin', sent='den 12 februari 2015 09:41',
                to='Peter Lind', subject='Uppdrag Villa Solberga – Linda Karlsson', attach='Beslut.pdf; Utredning.pdf',
                conf=CONF, body=[
        ('p', 'Hej Peter!'),
        ('p', 'Här kommer uppdraget inför Lindas inskrivning måndag 16/2.'),
        ('h', 'Vår bild av Lindas situation'),
        ('p', 'Linda injicerar amfetamin flera ggr/vecka, är bostadslös och har inget drogfritt nätverk. Hon har '
              'varit utsatt för våld av tidigare pojkvän. Hon har tidigare klarat drogfrihet med stöd. Hon behöver '
              'avgiftning, en trygg miljö med bara kvinnor, bearbetning av våldet och stöd med boende – därför '
              'er verksamhet.'),
        ('h', 'Uppdraget'),
        ('p', 'Institutionsvård ca fyra månader: avgiftning, behandlingsprogram, traumamedvetet stöd, '
              'hjälp att söka boende och försörjning inför utskrivning.'),
        ('h', 'Mål'),
        ('bullets', ['Drogfri under vistelsen (urinprov)', 'Har påbörjat bearbetning av våldet',
                     'Har en boendelösning och en planerad fortsättning i öppenvård vid utskrivning']),
        ('h', 'Uppföljning'),
        ('p', 'Vårdplan upprättas vid inskrivningen. GFP från er inom tre veckor. Utvärderingsmöte efter '
              'ca två månader och inför utskrivning.'),
        ('h', 'Vid avslut'),
        ('p', 'Skriftlig utskrivningsrapport: genomförd behandling, provresultat, måluppfyllelse, Lindas '
              'synpunkter och rekommendationer.'),
        ('sig', BK_SIG_AW)])
    vp = office_doc('botkyrka', dnr, title='Vårdplan')
    vp.add([
        ('title', 'Vårdplan'),
        ('kv', [('Namn', name), ('Diarienummer', dnr), ('Upprättad', '2015-02-16'), ('Deltagare', 'Linda, Peter Lind (Villa Solberga), Anna Westin')]),
        ('h', 'Insats'),
        ('box', [(False, 'Öppenvård'), (True, 'Institutionsvård (HVB) – Villa Solberga, fr.o.m. 2015-02-16'),
                 (False, 'Familjehem'), (False, 'Stödboende')]),
        ('h', 'Mål'),
        ('table', ['Mål', 'Aktivitet', 'Ansvarig', 'Klart/följs upp'], [
            ['Linda är drogfri', 'Avgiftning, urinprov 2 ggr/vecka', 'Villa Solberga', 'Följs upp 2015-04-21'],
            ['Linda har påbörjat traumabearbetning', 'Samtal med terapeut varje vecka', 'Villa Solberga', 'Start senast 2015-03-09'],
            ['Linda har bostad vid utskrivning', 'Ansökan till bostadsförmedlingen/Boendeenheten', 'Anna Westin, Linda', 'Senast 2015-05-31'],
            ['Linda har försörjning', 'Ansökan om ekonomiskt bistånd/ aktivitetsstöd', 'Linda, Anna Westin', 'Senast 2015-03-15']], [3, 3.8, 2.4, 2.8]),
        ('h', 'Övrigt'),
        ('box', [(True, 'Linda har deltagit i planeringen'), (True, 'Samtycke till informationsutbyte finns'),
                 (False, 'SIP behövs')]),
        ('p', 'Utvärderingsmöte på Villa Solberga 2015-04-21.'),
    ])
    g = provider_doc(title='Genomförandeplan', accent='#5b2c6f', font='Liberation Serif',
                     footer='Villa Solberga HVB|{p}/{n}')
    g.add([('letterhead',) + SOLB_LH,
           ('title', 'Genomförandeplan'),
           ('kv', [('Namn', name), ('Kontaktperson', 'Jessica Berg'), ('Datum', '2015-03-04')]),
           ('numbered', ['**Drogfrihet.** Urinprov tisdagar och fredagar. Linda deltar i morgonmöte och ÅP-grupp. Jessica ansvarar. Utvärderas 2015-04-21.',
                         '**Traumabearbetning.** Samtal med terapeut Eva N. torsdagar fr.o.m. 2015-03-05.',
                         '**Boende och ekonomi.** Jessica hjälper Linda att fylla i ansökningar, klart senast 2015-03-15; kontakt med handläggare om boende löpande.',
                         '**Fysisk hälsa.** Läkarbesök på vårdcentralen i Nykvarn 2015-03-10 (armen, provtagning).']),
           ('p', 'Planen är gjord tillsammans med Linda.'),
           ])
    up = office_doc('botkyrka', dnr, title='Uppföljning')
    up.add([
        ('title', 'Utvärderingsmöte – institutionsvård'),
        ('kv', [('Namn', name), ('Datum', '2015-04-21'), ('Plats', 'Villa Solberga'),
                ('Närvarande', 'Linda, Jessica Berg och Peter Lind (Villa Solberga), Anna Westin')]),
        ('h', 'Hur har det gått?'),
        ('p', 'Linda har varit drogfri sedan inskrivningen, samtliga urinprov negativa. Hon deltar i gruppen och har '
              'gått hos terapeuten varje vecka sedan 5/3. Hon säger själv att hon för första gången pratat om vad '
              'som hänt med ex-pojkvännen. Armen har läkt.'),
        ('p', 'Ekonomiskt bistånd är beviljat. Linda står i bostadskö och har ansökt om träningslägenhet via '
              'Boendeenheten, besked väntas i maj.'),
        ('h', 'Överenskommelse'),
        ('p', 'Placeringen fortsätter enligt plan till 2015-06-12. Nästa möte inför utskrivning 2015-06-02. '
              'Anna kontaktar Boendeenheten. Linda vill ha fortsatt öppenvård efteråt.'),
        ('p', 'Antecknat av Anna Westin'),
    ])
    j = [
        ('2015-01-19', 'Besök', 'Linda kom in, ansöker om behandlingshem. Sover hos kompisar. Utredning inleds.', 'AWN'),
        ('2015-01-27', 'Besök', 'Samtal, urinprov tagit. Hon vill till ställe med bara kvinnor.', 'AWN'),
        ('2015-02-03', 'Besök', 'Tredje samtal. Pratat om ex-pojkvännen o våldet, info om kvinnojour.', 'AWN'),
        ('2015-02-10', 'Beslut', 'Beslut HVB Villa Solberga (KH).', 'AWN'),
        ('2015-02-12', 'Uppdrag', 'Uppdrag skickat till Peter L, Villa Solberga, via mejl.', 'AWN'),
        ('2015-02-16', 'Inskrivning', 'Linda inskriven. Vårdplan gjord tillsamans med Linda och Peter.', 'AWN'),
        ('2015-04-21', 'Utvärderingsmöte', 'Utvärderingsmöte på Solberga, se separat anteckning.', 'AWN'),
        ('2015-06-02', 'Möte', 'Möte inför utskrivning på Solberga. Linda fortsatt drogfri, har fått träningslägenhet i Tumba från 15/6. Ansökan om öppenvård Tingsvägen.', 'AWN'),
        ('2015-06-12', 'Utskrivning', 'Linda utskriven. Utskrivningsrapport inkommen.', 'AWN'),
    ]
    docs = [
        D('utredning', 'utredning', '2015-02-06', odt=u, layout='two-column+header-footer'),
        D('beslut', 'beslut', '2015-02-10', odt=b, layout='portrait+header-footer'),
        D('uppdrag_mejl', 'uppdragsbeskrivning (e-post)', '2015-02-12', email=mail),
        D('vardplan', 'vårdplan', '2015-02-16', odt=vp, layout='portrait+form-checkboxes+table'),
        D('genomforandeplan', 'genomförandeplan', '2015-03-04', odt=g, layout='portrait+letterhead+numbered-list'),
        D('uppfoljning', 'uppföljning (utvärderingsmöte)', '2015-04-21', odt=up, layout='portrait+header-footer'),
        D('journal', 'journalanteckningar', '2015-09-29', layout='table+footer',
          journal=('botkyrka', journal_head(name, pnr, dnr), j)),
    ]
    crit = {
        'needs_assessment': ('ja', 'Tvåspaltig utredning: "Sammanfattande analys och ställningstagande" beskriver behoven och varför Villa Solberga svarar mot dem.',
                             [('utredning', 'Linda har ett intensivt injektionsmissbruk', 'är den insats som krävs'),
                              ('uppdrag_mejl', 'Vår bild av Lindas situation', 'därför er verksamhet')]),
        'planning': ('ja', 'Vårdplan (formulär med kryssrutor och måltabell) och genomförandeplan med daterade mål, ansvar och tid.',
                     [('vardplan', 'Vårdplan', 'Utvärderingsmöte på Villa Solberga 2015-04-21.'),
                      ('genomforandeplan', 'Genomförandeplan', 'gjord tillsammans med Linda')]),
        'follow_up': ('ja', 'Utvärderingsmöte 2015-04-21 dokumenterat med utfall, samt möte 2015-06-02 i journalen.',
                      [('uppfoljning', 'Utvärderingsmöte', 'Antecknat av Anna Westin'),
                       ('journal', 'Möte inför utskrivning på Solberga')]),
        'assignment_description': ('ja', 'Uppdrag via e-post 2015-02-12 med samtliga delar a–g.',
                                   [('uppdrag_mejl', 'Här kommer uppdraget inför Lindas', 'anna.westin@botkyrka.se'),
                                    ('journal', 'Uppdrag skickat till Peter L')], list('abcdefg')),
    }
    return Case('botkyrka_SOC-2015-0102', 'Botkyrka', dnr, '', docs, crit)


CASES = [b1, b2, b3, b4, b5]
