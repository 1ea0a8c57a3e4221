# Cases 3-20.
from docs import *
from gen import mk, std_utr, std_beslut
from cases_a import D, M, P
from lib import outlook_html


def H(file, typ, html):
    return {'file': file, 'type': typ, 'parts': [{'html': html, 'head': ('', ''), 'foot': '', 'opts': {}, 'scan': False}]}

ALL_B = []


def add(c, docs, crit, scenario=''):
    ALL_B.append(dict(c=c, docs=docs, crit=crit, scenario=scenario))


def tolk_note(c):
    return ('p', 'Samtalen har genomförts med %s via telefontolk (tolkförmedlingens tolk nr %s). %s har förstått '
            'innehållet och fått utredningen återgiven muntligt via tolk.' % (c['tolk'], c['tolknr'], c['first']))


def gfp(c, rows, who='Behandlare', date='', title=None):
    return [('h1', title or 'Genomförandeplan'),
            ('kv', [('Klient', c['name']), ('Utförare', c['provider']), ('Upprättad', date)]),
            ('table', [['Mål', 'Aktivitet', 'Vem', 'När']] + rows, [3, 3, 1.5, 1.5]),
            ('p', 'Planen är upprättad tillsammans med %s och följs upp vid avstämningsmöte.' % c['first'])]


# ------------------------------------------------ 3 Upplands Väsby: NA delvis, PL ja, FU ja, UD delvis (a,e,f)
c = mk(kommun='Upplands Väsby', dnr='SN 2015/0077', name='Tobias Lindh', first='Tobias', P='Han', pnr=luhn_pnr(1902, 1, 30, 115),
       addr='Vilundavägen 12, 194 34 Upplands Väsby', hl='Petra Sandell', hl_tel='08-590 971 22', hl_mail='petra.sandell@upplandsvasby.example.se',
       provider='Mottagningen Ankaret (egen öppenvård)', ins='open', sub='cannabis', akt_date='2015-01-09', aktual='en orosanmälan från Arbetsförmedlingen',
       utr_date='2015-02-18', beslut_date='2015-02-20', start_date='2015-03-02', beslutsfattare='Roger Åkesson', g1='2015-05-31', g2='2015-08-31',
       method='CRA (Community Reinforcement Approach)', avg='2015-01-20', ud_g='2015-02-23 via internpost')
c['motivering'] = 'Tobias bedöms vara i behov av öppenvård.'
ud = uppdrag(c, miss='aef', title='Uppdrag till Mottagningen Ankaret')
ud.append(('p', 'Med vänlig hälsning<br/>Mottagningsgruppen vuxen'))
g = gfp(c, [['Negativa urinprov för THC senast 2015-05-31', 'CRA-samtal 1 g/v, urinprov 2 g/v', 'Tobias, behandlare Emir', 'Mars–maj 2015'],
            ['Praktik eller studier påbörjade senast 2015-08-31', 'Kontakt med Arbetsförmedlingen, trepartssamtal', 'Emir, Tobias', 'April 2015'],
            ['ADHD-utredning återupptagen', 'Remiss via vårdcentralen', 'Tobias med stöd av Emir', 'Senast 2015-04-15']], date='2015-03-09')
j = journal(c, [
    ('2015-02-20', 'Beslut', 'Beslut om öppenvård. Uppdrag till Ankaret skickat via internpost 2015-02-23.'),
    ('2015-03-09', 'Genomförandeplan', 'Ankaret har upprättat genomförandeplan, kopia i akten.'),
    ('2015-06-03', 'Avstämningsmöte', ['Avstämningsmöte på Ankaret med Tobias och behandlare Emir Kovac. Tobias har lämnat 22 urinprov '
     'sedan start; de fem senaste är negativa för THC, tidigare prov var positiva med sjunkande värden. Målet om drogfrihet till 2015-05-31 '
     'är i stort sett nått. Remissen för ADHD-utredning är skickad och Tobias har fått tid i september. Praktik är ännu inte ordnad; '
     'Arbetsförmedlingen har inte kunnat erbjuda plats före hösten. Överenskommet att insatsen fortsätter till 2015-08-31 och att '
     'praktikfrågan drivs av Emir tillsammans med Tobias.'])])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'concl'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdrag.pdf', 'uppdragsbeskrivning', ud, c, 'Uppdrag'),
        D('genomforandeplan.pdf', 'genomförandeplan', g, c, 'Genomförandeplan', font='San'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('delvis', "Section '3. Bedömning' only states the conclusion ('bedöms vara i behov av öppenvård'); beslutsmotivering the same; no needs or why stated.",
                          [('utredning.pdf', 'bedöms vara i behov av öppenvård'), ('beslut.pdf', 'bedöms vara i behov av öppenvård')]),
     'planning': ('ja', 'Ankaret GFP with dated goals, activities, who and when.', [('genomforandeplan.pdf', 'Negativa urinprov för THC senast')]),
     'follow_up': ('ja', 'Journal 2015-06-03 Avstämningsmöte with outcome per goal.', [('journal.pdf', 'Avstämningsmöte på Ankaret')]),
     'assignment_description': ('delvis', 'Uppdrag has content, goals and follow-up; lacks the needs assessment, what is reported back at the end and a named handläggare with contact details (signed only by Mottagningsgruppen). Handover date in journal.',
                                [('uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdrag till Ankaret skickat')], 'aef')})

# ------------------------------------------------ 4 Vallentuna: NA ja, PL delvis (vague), FU ja (Delutvärdering), UD ja; beslut scanned
c = mk(kommun='Vallentuna', dnr='SN 2014/1290', name='Birgitta Sjöholm', first='Birgitta', P='Hon', pnr=luhn_pnr(1900, 11, 5, 282),
       addr='Bällstabergsvägen 3, 186 31 Vallentuna', hl='Henrik Oscarsson', hl_tel='08-587 853 61', hl_mail='henrik.oscarsson@vallentuna.example.se',
       provider='Björkviksgården HVB', ins='inst', sub='alkohol', akt_date='2014-10-02', aktual='att beroendeakuten kontaktade socialtjänsten',
       utr_date='2014-11-10', beslut_date='2014-11-13', start_date='2014-11-17', beslutsfattare='Lena Widell', g1='2015-02-28', g2='2015-03-31',
       audit=33, avg='två gånger under september 2014', sys='Combine', ud_g='2014-11-14 med säker e-post')
vp = [('h1', 'Vårdplan'), ('p', 'Klient: Birgitta Sjöholm. Placering: Björkviksgården HVB fr.o.m. 2014-11-17. Handläggare: Henrik Oscarsson.'),
      ('h3', 'Mål'), ('p', 'Birgitta ska må bättre och minska sitt drickande. Hon ska få ordning på sin vardag och sin ekonomi och '
                          'förhoppningsvis kunna flytta hem igen när behandlingen är klar.'),
      ('h3', 'Insatser'), ('p', 'Behandling på Björkviksgården. Samtal. Kontakt med budget- och skuldrådgivningen.'),
      ('h3', 'Ansvar'), ('p', 'Björkviksgården ansvarar för behandlingen, socialtjänsten för ekonomin.'),
      ('p', 'Vårdplanen upprättad 2014-11-24 tillsammans med Birgitta.')]
du = [('h1', 'Delutvärdering'), ('kv', [('Klient', c['name']), ('Datum för mötet', '2015-01-21'), ('Deltagare', 'Birgitta, kontaktperson Anneli Roos (Björkviksgården), Henrik Oscarsson')]),
      ('p', 'Birgitta har varit nykter sedan inskrivningen, samtliga alkotester negativa och PEth 2015-01-12 under detektionsgräns. '
       'Hon deltar i programmet och har fått en fast dygnsrytm. Levervärdena har normaliserats. Budgetrådgivningen har upprättat en '
       'avbetalningsplan för hyresskulden. Birgitta känner oro inför hemgång.'),
      ('p', '<b>Sammanfattning:</b> Behandlingen har gett avsedd effekt. Placeringen fortsätter till 2015-03-31 och utslussning planeras med öppenvård.')]
j = journal(c, [('2014-11-13', 'Beslut och uppdrag', 'Beslut om institutionsvård. Uppdragsbeskrivningen mejlad till Björkviksgården med säker e-post 2014-11-14.'),
                ('2015-01-21', 'Delutvärdering', 'Delutvärdering genomförd på Björkviksgården, se separat dokument.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning', font='San'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut', scan=True),
        D('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdragsbeskrivning', font='San'),
        D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan', font='San'),
        M('delutvardering_journal.pdf', 'uppföljning + journal', [P(du, c, 'Delutvärdering', font='San'), P(j, c, 'Journal', font='San')])],
    {'needs_assessment': ('ja', 'Överväganden in utredning states needs (alkoholberoende, abstinens, struktur, vård) and why HVB meets them; also in scanned beslut and in uppdrag.',
                          [('utredning.pdf', 'Av utredningen framgår att Birgitta har'), ('beslut.pdf', 'Beslutsmotivering'), ('uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('delvis', 'Vårdplan exists but goals are vague and undated ("må bättre", "minska sitt drickande"), no who/when per goal.',
                  [('vardplan.pdf', 'ska må bättre')]),
     'follow_up': ('ja', 'Delutvärdering 2015-01-21 with outcome; journal confirms.', [('delutvardering_journal.pdf', 'Sammanfattning:'), ('delutvardering_journal.pdf', 'Delutvärdering genomförd')]),
     'assignment_description': ('ja', 'Uppdragsbeskrivning holds a–f and states handover; journal records e-mail 2014-11-14.',
                                [('uppdragsbeskrivning.pdf', 'Uppdragets innehåll'), ('delutvardering_journal.pdf', 'mejlad till Björkviksgården')], '')})

# ------------------------------------------------ 5 Ekerö: NA ja, PL ja, FU nej (only planned), UD ja
c = mk(kommun='Ekerö', dnr='SN 2015/0043', name='Mikael Forsberg', first='Mikael', P='Han', pnr=luhn_pnr(1901, 4, 22, 309),
       addr='Tappströmsvägen 8, 178 30 Ekerö', hl='Sofia Lagerqvist', hl_tel='08-124 572 30', hl_mail='sofia.lagerqvist@ekero.example.se',
       provider='Stiftelsen Källbacken', ins='inst', sub='amfetamin', akt_date='2014-12-01', aktual='en anmälan från Kriminalvården frivård',
       utr_date='2015-01-15', beslut_date='2015-01-20', start_date='2015-01-26', beslutsfattare='Göran Holm', g1='2015-07-26', g2='2015-04-30',
       audit=38, avg='i november och december 2014', method='återfallsprevention och arbetsträning', kand='2006', ud_g='2015-01-26, överlämnad personligen vid inskrivningen')
vp = vardplan_form(c, [[c['goal1'], 'Urinprov 2 g/v, ÅP-grupp, arbetsträning i snickeriet', 'Källbacken', 'Löpande t.o.m. 2015-07-26'],
                       [c['goal2'], 'Remiss till infektionskliniken', 'Källbacken (sjuksköterska)', 'Senast 2015-04-30'],
                       ['Mikael har ett boende ordnat inför utskrivning senast 2015-07-01', 'Ansökan om träningslägenhet', 'Sofia Lagerqvist', 'Maj 2015']],
                   extra=[('p', '<b>Uppföljning:</b> Delutvärdering ska ske 2015-04-20 på Källbacken. Slututvärdering inför utskrivning.')])
j = journal(c, [('2015-01-20', 'Beslut', 'Beslut om institutionsvård på Källbacken. Uppdragsbeskrivningen överlämnad vid inskrivningen 2015-01-26 (personligen till föreståndaren).'),
                ('2015-02-03', 'Vårdplan', 'Vårdplan upprättad, se dokument. Delutvärdering planeras till 2015-04-20.'),
                ('2015-03-12', 'Telefon', 'Mikael ringde om sin hyresskuld. Kontakt med hyresvärden, planerat hembesök i lägenheten för att hämta post.'),
                ('2015-03-17', 'Ekonomi', 'Ansökan om försörjningsstöd för hyra under placeringen beviljad, se separat beslut.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdragsbeskrivning'),
        D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why Källbacken meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Mikael har'), ('beslut.pdf', 'Beslutsmotivering'), ('uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('ja', 'Vårdplan form with dated goals, activity, responsible and time.', [('vardplan.pdf', 'träningslägenhet')]),
     'follow_up': ('nej', 'Delutvärdering 2015-04-20 is only planned (vårdplan, journal 2015-02-03); nothing shows it took place although due before the review date. Journal 2015-03-12 "planerat hembesök" is unrelated.', []),
     'assignment_description': ('ja', 'Uppdragsbeskrivning holds a–f; journal records it handed over 2015-01-26.',
                                [('uppdragsbeskrivning.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivningen överlämnad')], '')})

# ------------------------------------------------ 6 Nynäshamn: declined, interpreter; NA ja, PL/FU ej, UD ja
c = mk(kommun='Nynäshamn', dnr='SN 2015/0312', name='Karim Nouri', first='Karim', P='Han', pnr=luhn_pnr(1902, 6, 9, 461),
       addr='Centralgatan 15, 149 30 Nynäshamn', hl='Elin Bergman', hl_tel='08-520 737 44', hl_mail='elin.bergman@nynashamn.example.se',
       provider='Öppenvårdsmottagningen Färjan', ins='open', sub='alkohol', akt_date='2015-03-16', aktual='en anmälan från polisen efter omhändertagande enligt LOB',
       utr_date='2015-04-28', beslut_date='2015-04-30', start_date='2015-05-11', beslutsfattare='Per Nordin', g1='2015-08-31', g2='2015-09-30',
       tolk='tolk på persiska (dari)', tolknr='4471', kand='2015, inte tidigare känd', audit=27, avg='i mars 2015', ud_g='2015-05-04 med säker e-post')
c['bakgrund'] = 'Karim kom till Sverige 2009 och är inte tidigare känd av socialtjänsten. Han har arbetat som taxichaufför men är sjukskriven sedan januari.'
c['extra_utr'] = [tolk_note(c)]
j = journal(c, [('2015-03-16', 'Aktualisering', 'Anmälan från polisen (LOB). Brev med erbjudande om samtal skickat; tolk bokas.'),
                ('2015-04-30', 'Beslut och uppdrag', 'Beslut om öppenvård på Färjan. Uppdragsbeskrivning skickad till Färjan med säker e-post 2015-05-04. Första tid 2015-05-11.'),
                ('2015-05-11', 'Avböjer', ['Karim kom inte till första tiden på Färjan. Telefonsamtal via tolk samma eftermiddag: Karim säger att han har '
                 'tänkt om, att han inte vill delta i behandlingen och att han ska klara det själv med stöd av sin familj. Han har informerats om att han '
                 'är välkommen att höra av sig igen. Insatsen har inte påbörjats.']),
                ('2015-05-13', 'Avslut', 'Färjan informerad. Beslutet om öppenvård avslutas då Karim avböjt insatsen innan start. Ärendet avslutas.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning'),
        M('beslut_uppdrag.pdf', 'beslut + uppdragsbeskrivning', [P(std_beslut(c), c, 'Beslut'), P(uppdrag(c), c, 'Uppdragsbeskrivning')]),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why öppenvård at Färjan meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Karim har'), ('beslut_uppdrag.pdf', 'Beslutsmotivering')]),
     'planning': ('ej_tillämpligt', 'Karim declined before the intervention started (journal 2015-05-11/13); no plan was due.', [('journal.pdf', 'avböjt insatsen innan start')], '', 'declined'),
     'follow_up': ('ej_tillämpligt', 'Declined before start; nothing to follow up.', [('journal.pdf', 'avböjt insatsen innan start')], '', 'declined'),
     'assignment_description': ('ja', 'Uppdragsbeskrivning (part 2 of merged file) holds a–f; journal records it sent 2015-05-04.',
                                [('beslut_uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivning skickad till Färjan')], '')},
    scenario='declined')

# ------------------------------------------------ 7 Lidingö: recent (start 2015-09-01); NA ja, PL ja, FU ej, UD ja via forwarded e-mail chain
c = mk(kommun='Lidingö', dnr='SN 2015/0520', name='Johan Ekdahl', first='Johan', P='Han', pnr=luhn_pnr(1900, 8, 17, 524),
       addr='Stockholmsvägen 40, 181 33 Lidingö', hl='Camilla Dahlgren', hl_tel='08-731 34 87', hl_mail='camilla.dahlgren@lidingo.example.se',
       provider='Behandlingshemmet Ekudden', ins='inst', sub='opiat', akt_date='2015-06-22', aktual='kontakt från beroendemottagningens LARO-team',
       utr_date='2015-08-19', beslut_date='2015-08-24', start_date='2015-09-01', beslutsfattare='Anders Ljung', g1='2015-12-31', g2='2016-01-31',
       audit=41, avg='i maj 2015', method='LARO-anpassat program och återfallsprevention', unit='Socialtjänsten, Vuxenenheten')
body = ('Hej,\n\nHär kommer uppdraget för Johan, se nedan. Vi ses vid inskrivningen 1/9.\n\n'
        '/Lena\n\n---------- Vidarebefordrat meddelande ----------\n' +
        email('Camilla Dahlgren <camilla.dahlgren@lidingo.example.se>', 'Intag Ekudden <intag@ekudden.example.se>',
              '2015-08-25 10:14', 'Uppdragsbeskrivning Johan Ekdahl (SN 2015/0520)',
              'Hej!\n\nEnligt beslut 2015-08-24 ger socialnämnden Ekudden följande uppdrag\n(SOSFS 2014:5):\n\n'
              'NÄMNDENS BEDÖMNING AV BEHOV\nJohan har ett opiatberoende med överdosrisk och blandmissbruk\nav bensodiazepiner. '
              'Han behöver en skyddad drogfri miljö under\ninledningen av LARO, stöd att stabilisera sig på medicinen,\ntandvård och ett boende.\n\n'
              'UPPDRAGET OMFATTAR\nBehandling i Ekuddens LARO-anpassade program, provtagning enligt\nrutin, samverkan med LARO-mottagningen, '
              'kontakt med tandvården.\n\nMÅL\n- Johan är stabil i LARO utan sidomissbruk senast 2015-12-31\n'
              '- Johan har ansökt om träningslägenhet senast 2016-01-31\n\nUPPFÖLJNING\nBehandlingskonferens på Ekudden första gången 2015-11-05,\n'
              'därefter var tredje månad.\n\nÅTERRAPPORTERING\nSlutrapport senast två veckor efter avslut: måluppfyllelse,\n'
              'provresultat, rekommendation om fortsatta insatser.\n\nANSVARIG HANDLÄGGARE\nCamilla Dahlgren, Vuxenenheten, tfn 08-731 34 87\n\n'
              'Med vänlig hälsning\nCamilla'))
mail = [('h1', 'E-post'), ('mono', email('Lena Ström <lena.strom@ekudden.example.se>', 'Behandlarteamet Ekudden', '2015-08-25 13:02',
                                        'VB: Uppdragsbeskrivning Johan Ekdahl (SN 2015/0520)', body)),
        ('mono', email('Lena Ström <lena.strom@ekudden.example.se>', 'Camilla Dahlgren', '2015-08-25 13:05',
                       'SV: Uppdragsbeskrivning Johan Ekdahl (SN 2015/0520)',
                       'Tack, uppdraget mottaget och vidarebefordrat till teamet.\n\n/Lena Ström, intagsansvarig\n\n'
                       '> Hej!\n> Enligt beslut 2015-08-24 ger socialnämnden Ekudden följande uppdrag\n> (SOSFS 2014:5):\n> ...'))]
vp = [('h1', 'Vårdplan enligt 11 kap. SoL'),
      ('p', 'Vårdplanen upprättades 2015-09-10 på Ekudden med Johan, hans kontaktperson Mats Holmgren och handläggaren Camilla Dahlgren.'),
      ('p', 'Det övergripande målet är att Johan ska vara stabil i sin LARO-behandling utan sidomissbruk senast 2015-12-31. Det mäts genom '
            'övervakade urinprov två gånger i veckan som Ekudden ansvarar för, och Johan deltar i programmets gruppverksamhet måndag–torsdag. '
            'Ett andra mål är att Johan har ansökt om träningslägenhet senast 2016-01-31; handläggaren ansvarar för kontakten med '
            'bostadssamordnaren och ansökan görs i december. Johans tandvård ordnas av Ekuddens sjuksköterska, första besök senast 2015-10-15.'),
      ('p', 'Första behandlingskonferens hålls 2015-11-05. Johan har deltagit i och godkänt planen.')]
j = journal(c, [('2015-08-24', 'Beslut', 'Beslut om institutionsvård på Ekudden fr.o.m. 2015-09-01.'),
                ('2015-08-25', 'Uppdrag', 'Uppdragsbeskrivning mejlad till Ekuddens intag, mottagen samma dag (se e-post).'),
                ('2015-09-10', 'Vårdplan', 'Vårdplan upprättad på Ekudden. Första behandlingskonferens bokad till 2015-11-05.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('epost_uppdrag.pdf', 'e-post (uppdragsbeskrivning)', mail, c, 'E-post'),
        D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why Ekudden meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Johan har'), ('beslut.pdf', 'Beslutsmotivering')]),
     'planning': ('ja', 'Vårdplan in prose with dated, measurable goals, who does what and when.', [('vardplan.pdf', 'senast 2015-12-31')]),
     'follow_up': ('ej_tillämpligt', 'Placement started 2015-09-01; first behandlingskonferens booked 2015-11-05, after the review date 2015-10-01.',
                   [('journal.pdf', 'Första behandlingskonferens bokad')], '', 'recent'),
     'assignment_description': ('ja', 'Uppdrag sent as e-mail 2015-08-25 (quoted in forwarded chain) with a–f; receipt confirmed same day.',
                                [('epost_uppdrag.pdf', 'UPPDRAGET OMFATTAR'), ('journal.pdf', 'Uppdragsbeskrivning mejlad')], '')},
    scenario='recent')

# ------------------------------------------------ 8 Salem: NA nej (empty Bedömning, doctor's only), PL ja, FU ja, UD delvis (a,d)
c = mk(kommun='Salem', dnr='SN 2014/0201', name='Anna-Karin Wallin', first='Anna-Karin', P='Hon', pnr=luhn_pnr(1901, 2, 11, 236),
       addr='Säbyvägen 22, 144 30 Rönninge', hl='Fredrik Nyman', hl_tel='08-532 598 15', hl_mail='fredrik.nyman@salem.example.se',
       provider='Salems öppenvård, Alkoholmottagningen', ins='open', sub='alkohol', akt_date='2014-02-24', aktual='egen ansökan',
       utr_date='2014-04-01', beslut_date='2014-04-03', start_date='2014-04-14', beslutsfattare='Eva Grahn', g1='2014-08-31', g2='2014-10-31',
       ud_g='2014-04-07 via internpost till Alkoholmottagningen', sys='Combine')
c['halsa'] += (' Läkarens bedömning (intyg från vårdcentralen 2014-03-02): "Alkoholberoende, F10.2. Rekommenderar strukturerad '
               'öppenvårdsbehandling och fortsatt provtagning."')
c['egen'] = 'Anna-Karin skriver i sin ansökan: "Jag behöver hjälp att sluta dricka, jag klarar inte av det själv."'
c['fn'] = c['fn'] + ['Anm. Utredningen är förenklad enligt enhetens rutin för ansökningsärenden.']
g = [('h1', 'Genomförandeplan'), ('p', 'Alkoholmottagningen, Salem. Upprättad 2014-04-22 av behandlare Jessica Moberg tillsammans med Anna-Karin.'),
     ('p', '<b>Mål 1:</b> Anna-Karin är nykter på vardagar, mätt med PEth under 0,3 senast 2014-08-31. Anna-Karin går i '
           'återfallspreventionsgrupp tisdagar kl. 13–15 och lämnar PEth-prov hos vårdcentralen var fjärde vecka (Jessica bokar).'),
     ('p', '<b>Mål 2:</b> Anna-Karin har en sysselsättning minst tre dagar i veckan senast 2014-10-31. Jessica och Anna-Karin '
           'kontaktar Jobbcentrum i maj 2014.'),
     ('p', 'Planen följs upp i juni och vid avslut.')]
j = journal(c, [('2014-04-03', 'Beslut', 'Beslut om öppenvård. Uppdrag skickat till Alkoholmottagningen med internpost 2014-04-07.'),
                ('2014-06-17', 'Avstämning', ['Avstämning med Anna-Karin och Jessica Moberg på mottagningen. PEth-proverna har sjunkit från 1,4 i april '
                 'till 0,25 i juni. Anna-Karin har missat två gruppträffar men deltar annars. Kontakten med Jobbcentrum är tagen och hon börjar '
                 'arbetsträning i augusti. Målet om nykterhet på vardagar är i det närmaste nått; planen fortsätter oförändrad.'])])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'empty'), c, 'Utredning', font='San'),
        D('beslut.pdf', 'beslut', std_beslut(c, mot='Beslutet fattas i enlighet med ansökan.'), c, 'Beslut', font='San'),
        D('uppdrag.pdf', 'uppdragsbeskrivning', uppdrag(c, miss='ad'), c, 'Uppdrag', font='San'),
        D('genomforandeplan.pdf', 'genomförandeplan', g, c, 'Genomförandeplan', font='San'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', font='San')],
    {'needs_assessment': ('nej', "'3. Bedömning' heading has nothing under it; the only 'bedömning' is the doctor's certificate and the person's own application; beslutsmotivering only 'i enlighet med ansökan'.", []),
     'planning': ('ja', 'GFP in prose: two dated measurable goals with who and when.', [('genomforandeplan.pdf', 'senast 2014-08-31')]),
     'follow_up': ('ja', 'Journal 2014-06-17 Avstämning with outcome (PEth trend, attendance, next step).', [('journal.pdf', 'PEth-proverna har sjunkit')]),
     'assignment_description': ('delvis', 'Uppdrag lacks the needs assessment (a) and how follow-up is done (d); has content, goals, report-back, handläggare, handover date.',
                                [('uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdrag skickat till Alkoholmottagningen')], 'ad')})

# ------------------------------------------------ 9 Nykvarn: NA delvis, PL nej, FU delvis, UD nej (oral); rotated page
c = mk(kommun='Nykvarn', dnr='SN 2015/0018', name='Daniel Öberg', first='Daniel', P='Han', pnr=luhn_pnr(1902, 9, 3, 778),
       addr='Centrumvägen 7, 155 30 Nykvarn', hl='Malin Törnqvist', hl_tel='08-555 013 27', hl_mail='malin.tornqvist@nykvarn.example.se',
       provider='Öppenvården Trappan (Södertälje, köpt plats)', ins='open', sub='cannabis', akt_date='2014-12-10', aktual='en orosanmälan från mamman',
       utr_date='2015-02-02', beslut_date='2015-02-05', start_date='2015-02-16', beslutsfattare='Ulf Sandberg', g1='2015-06-30', g2='2015-09-30',
       unit='Socialtjänsten, Vuxenenheten')
c['motivering'] = 'Daniel bedöms vara i behov av öppenvård för sitt cannabisberoende.'
j = journal(c, [('2015-02-05', 'Beslut', 'Beslut om öppenvård på Trappan. Uppdraget lämnat muntligt till Trappans samordnare Kent vid telefonsamtal; '
                 'Daniel börjar 2015-02-16.'),
                ('2015-02-18', 'Ekonomi', 'Daniel har skulder hos Kronofogden. Han har fått hjälp att ansöka om en avbetalningsplan. Vårdplan/genomförandeplan ska upprättas av Trappan.'),
                ('2015-03-04', 'Telefon', 'Samtal med Daniel som tycker att det går bra på Trappan. Planerat hembesök 2015-03-20.'),
                ('2015-05-20', 'Uppföljning', 'Uppföljning genomförd på Trappan med Daniel och samordnaren.'),
                ('2015-08-26', 'Telefon', 'Daniel ringde angående försörjningsstöd för september. Hänvisad till mottagningen.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'concl'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', rotate=(1,))],
    {'needs_assessment': ('delvis', "'3. Bedömning' and beslutsmotivering only state the conclusion that Daniel needs öppenvård.",
                          [('utredning.pdf', 'bedöms vara i behov av öppenvård'), ('beslut.pdf', 'bedöms vara i behov av öppenvård')]),
     'planning': ('nej', 'No plan in the file; journal only says a plan is to be made by Trappan ("ska upprättas"); "avbetalningsplan" and "planerat hembesök" are unrelated.', []),
     'follow_up': ('delvis', 'Journal 2015-05-20 says a follow-up was done, with no outcome.', [('journal.pdf', 'Uppföljning genomförd på Trappan')]),
     'assignment_description': ('nej', 'No written assignment; journal says it was given orally by telephone.', [('journal.pdf', 'Uppdraget lämnat muntligt')], 'abcdefg')})

# ------------------------------------------------ 10 Värmdö: all ja; scanned uppdrag; landscape vårdplan; Delutvärdering
c = mk(kommun='Värmdö', dnr='SN 2014/0987', name='Patrik Nordström', first='Patrik', P='Han', pnr=luhn_pnr(1900, 12, 1, 119),
       addr='Skärgårdsvägen 110, 139 40 Värmdö', hl='Maria Ekwall', hl_tel='08-570 470 12', hl_mail='maria.ekwall@varmdo.example.se',
       provider='Stiftelsen Källbacken', ins='inst', sub='amfetamin', akt_date='2014-07-28', aktual='kontakt från frivården',
       utr_date='2014-09-15', beslut_date='2014-09-18', start_date='2014-09-22', beslutsfattare='Karin Stål', g1='2015-03-22', g2='2014-12-31',
       unit='Socialförvaltningen, Vuxenenheten', audit=35, avg='i augusti 2014', ud_g='2014-09-19 med post till Källbacken (mottagen enligt kvitto 2014-09-22)')
vp = vardplan_form(c, [[c['goal1'], 'Urinprov 2 g/v, ÅP-grupp', 'Källbacken', 'Löpande'],
                       [c['goal2'], 'Remiss infektion', 'Källbacken sjuksköterska', 'Senast 2014-12-31'],
                       ['Patrik har avslutat kontakterna med det kriminella nätverket (eget mål)', 'Samtal, nytt telefonnummer', 'Patrik, kontaktperson', 'Okt 2014']],
                   extra=[('p', 'Delutvärdering efter tre månader (december 2014) och slututvärdering i mars 2015.')], title='Vårdplan enligt 11 kap. SoL')
du = [('h1', 'Delutvärdering'), ('p', '2014-12-16, Källbacken. Närvarande: Patrik, kontaktperson Ingrid Sahlin, Maria Ekwall.'),
      ('p', 'Patrik har lämnat 24 urinprov, samtliga negativa. Hepatit C-behandling påbörjades 2014-12-02 på infektionskliniken. '
            'Han har bytt telefonnummer och har inte haft kontakt med tidigare umgänge. Han beskriver sug i samband med helgpermissioner.'),
      ('p', 'Utfall: mål 1 och 2 uppnådda hittills, mål 3 uppnått. Permissioner begränsas till dagtid fram till februari. Fortsatt placering enligt beslut.')]
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdragsbeskrivning_skannad.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdragsbeskrivning', scan=True),
        D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan', land=True),
        D('delutvardering.pdf', 'uppföljning', du, c, 'Delutvärdering')],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why Källbacken meets them; repeated in scanned uppdrag.',
                          [('utredning.pdf', 'Av utredningen framgår att Patrik har'), ('beslut.pdf', 'Beslutsmotivering'), ('uppdragsbeskrivning_skannad.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('ja', 'Landscape vårdplan with dated goals, activity, responsible, time.', [('vardplan.pdf', 'hepatit C-behandling senast')]),
     'follow_up': ('ja', 'Delutvärdering 2014-12-16 with outcome per goal.', [('delutvardering.pdf', 'Utfall:')]),
     'assignment_description': ('ja', 'Scanned uppdragsbeskrivning (no text layer) holds a–f and handover date 2014-09-19.',
                                [('uppdragsbeskrivning_skannad.pdf', 'Uppdragets innehåll'), ('uppdragsbeskrivning_skannad.pdf', 'Uppdraget överlämnat till utföraren')], '')})

# ------------------------------------------------ 11 Tyresö: all ja except FU delvis (undated follow-up document with outcome)
c = mk(kommun='Tyresö', dnr='SOC 2015/0102', name='Sanna Kivelä', first='Sanna', P='Hon', pnr=luhn_pnr(1902, 3, 27, 352),
       addr='Granängsvägen 5, 135 52 Tyresö', hl='Jonas Fredin', hl_tel='08-578 291 40', hl_mail='jonas.fredin@tyreso.example.se',
       provider='Öppenvården Vägskälet (kommunens egen öppenvård)', ins='open', sub='alkohol', akt_date='2015-01-19', aktual='kontakt från mödravårdscentralen',
       utr_date='2015-02-26', beslut_date='2015-03-02', start_date='2015-03-09', beslutsfattare='Annika Lund', g1='2015-06-30', g2='2015-08-31',
       sys='Combine', unit='Socialförvaltningen, Enheten för vuxna', ud_g='2015-03-03 via Combine (meddelande till Vägskälet)')
uf = [('h1', 'Uppföljning av insats'), ('kv', [('Klient', 'Sanna Kivelä'), ('Insats', 'Öppenvård, Vägskälet'), ('Deltagare', 'Sanna, behandlare, handläggare')]),
      ('h3', 'Hur har det gått?'), ('p', 'Sanna har deltagit i 10 av 12 gruppträffar. PEth-proven har sjunkit till under 0,05 och hon uppger att hon inte druckit '
       'sedan påsk. Hon har börjat arbetsträna tre dagar i veckan på second hand-butiken.'),
      ('h3', 'Måluppfyllelse'), ('p', 'Mål 1 (nykterhet): uppnått. Mål 2 (sysselsättning): uppnått.'),
      ('h3', 'Fortsättning'), ('p', 'Insatsen avslutas enligt plan. Sanna erbjuds återfallsgrupp en gång per månad under hösten.')]
g = gfp(c, [[c['goal1'], 'ÅP-grupp 12 ggr, PEth varje månad', 'Sanna, behandlare Sara Nyqvist', 'Mars–juni 2015'],
            [c['goal2'], 'Kontakt med Arbetsmarknadsenheten', 'Sara Nyqvist', 'April 2015']], date='2015-03-16')
mailt = email('Jonas Fredin', 'Sara Nyqvist', '2015-03-03 16:40', 'SV: Ny klient Sanna K',
              'Hej Sara,\n\nJa, uppdraget ligger nu i Combine under ärendet. Ring om något\nsaknas.\n\n/Jonas\n\n'
              '> Från: Sara Nyqvist\n> Skickat: 2015-03-03 09:12\n> Hej! Har ni skickat uppdraget för Sanna? Hon börjar på måndag\n'
              '> och jag vill ha det innan vi gör genomförandeplanen.\n> /Sara')
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning', font='San'),
        M('beslut_uppdrag.pdf', 'beslut + uppdragsbeskrivning', [P(std_beslut(c), c, 'Beslut', font='San'), P(uppdrag(c, title='Beställning/uppdrag till öppenvården'), c, 'Uppdrag', font='San')]),
        D('genomforandeplan.pdf', 'genomförandeplan', g, c, 'Genomförandeplan', land=True, font='San'),
        H('epost.pdf', 'e-post', outlook_html([dict(frm='Jonas Fredin', to='Sara Nyqvist', date='den 3 mars 2015 16:40', subj='SV: Ny klient Sanna K',
            body='Hej Sara,\n\nJa, uppdraget ligger nu i Combine under ärendet. Ring om något saknas.\n\n/Jonas\n\n'
                 '> Från: Sara Nyqvist\n> Skickat: den 3 mars 2015 09:12\n> Hej! Har ni skickat uppdraget för Sanna? Hon börjar på måndag\n'
                 '> och jag vill ha det innan vi gör genomförandeplanen.\n> /Sara')], 'Jonas Fredin')),
        D('uppfoljning.pdf', 'uppföljning', uf, c, 'Uppföljning', font='San')],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why Vägskälet meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Sanna har'), ('beslut_uppdrag.pdf', 'Beslutsmotivering')]),
     'planning': ('ja', 'Landscape GFP with dated goals, who and when.', [('genomforandeplan.pdf', 'ÅP-grupp 12 ggr')]),
     'follow_up': ('delvis', 'Uppföljning document has an outcome per goal but no date anywhere, and the journal does not record when it took place.',
                   [('uppfoljning.pdf', 'Måluppfyllelse')]),
     'assignment_description': ('ja', 'Beställning/uppdrag (part 2 of merged file) with a–f and handover 2015-03-03 via Combine; e-mail confirms.',
                                [('beslut_uppdrag.pdf', 'Uppdragets innehåll'), ('epost.pdf', 'uppdraget ligger nu i Combine')], '')})

# ------------------------------------------------ 12 Upplands Väsby: NA ja, PL delvis (goal field empty), FU ja, UD ja; rotated page
c = mk(kommun='Upplands Väsby', dnr='SN 2014/0640', name='Roger Palm', first='Roger', P='Han', pnr=luhn_pnr(1900, 5, 19, 593),
       addr='Runbyvägen 33, 194 45 Upplands Väsby', hl='Petra Sandell', hl_tel='08-590 971 22', hl_mail='petra.sandell@upplandsvasby.example.se',
       provider='Behandlingshemmet Ekudden', ins='inst', sub='opiat', akt_date='2014-04-07', aktual='en anmälan från beroendeakuten efter överdos',
       utr_date='2014-05-20', beslut_date='2014-05-22', start_date='2014-06-02', beslutsfattare='Roger Åkesson', g1='2014-11-30', g2='2014-12-31',
       audit=40, avg='i mars 2014', ud_g='2014-05-23 med säker e-post till Ekudden')
vp = [('h1', 'Vårdplan enligt 11 kap. 3 § SoL'),
      ('kv', [('Klient', c['name']), ('Placering', c['provider'] + ' fr.o.m. 2014-06-02'), ('Mål', ''),
              ('Insatser', 'LARO-anpassat program, urinprov 2 g/v, tandvård, ansökan om träningslägenhet'),
              ('Ansvarig', 'Ekudden (behandling), Petra Sandell (boende)'), ('Tid', 'Juni–december 2014'),
              ('Uppföljning', 'Behandlingskonferens i september')]),
      ('p', 'Upprättad 2014-06-12 med Roger.')]
j = journal(c, [('2014-05-22', 'Beslut', 'Beslut om institutionsvård. Uppdragsbeskrivning skickad med säker e-post 2014-05-23.'),
                ('2014-06-12', 'Vårdplan', 'Vårdplan upprättad på Ekudden.'),
                ('2014-09-18', 'Behandlingskonferens', ['Behandlingskonferens på Ekudden med Roger, kontaktperson Mats Holmgren och undertecknad. '
                 'Roger är inställd på buprenorfin sedan juli och samtliga urinprov sedan 2014-07-15 har varit utan sidomissbruk. '
                 'Tandvården har påbörjats. Ansökan om träningslägenhet är inlämnad 2014-09-01 men svar dröjer. Roger vill stanna på '
                 'Ekudden tills lägenhet finns. Resultat: behandlingen fungerar, placeringen fortsätter till 2014-12-31.'])])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning', rotate=(2,)),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdragsbeskrivning'),
        D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('ja', 'Överväganden (on a page stored rotated 90°) and beslutsmotivering state needs and why Ekudden meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Roger har'), ('beslut.pdf', 'Beslutsmotivering'), ('uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('delvis', "Vårdplan form with activities, responsibility and time, but the 'Mål' field is empty.", [('vardplan.pdf', 'LARO-anpassat program')]),
     'follow_up': ('ja', 'Journal 2014-09-18 Behandlingskonferens with outcome.', [('journal.pdf', 'Resultat: behandlingen fungerar')]),
     'assignment_description': ('ja', 'Uppdragsbeskrivning with a–f; sent 2014-05-23 (uppdrag and journal).',
                                [('uppdragsbeskrivning.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivning skickad med säker e-post')], '')})

# ------------------------------------------------ 13 Vallentuna: declined before start; NA ja (split), PL/FU ej, UD ja; interpreter
c = mk(kommun='Vallentuna', dnr='SN 2015/0219', name='Abdirahman Farah', first='Abdirahman', P='Han', pnr=luhn_pnr(1901, 10, 12, 687),
       addr='Molnbyvägen 9, 186 32 Vallentuna', hl='Henrik Oscarsson', hl_tel='08-587 853 61', hl_mail='henrik.oscarsson@vallentuna.example.se',
       provider='Björkviksgården HVB', ins='inst', sub='alkohol', akt_date='2015-02-02', aktual='en anmälan från vårdcentralen',
       utr_date='2015-03-24', beslut_date='2015-03-26', start_date='2015-04-07', beslutsfattare='Lena Widell', g1='2015-07-07', g2='2015-08-31',
       sys='Combine', tolk='tolk på somaliska', tolknr='2290', ud_g='2015-03-27 med säker e-post till Björkviksgården')
c['extra_utr'] = [tolk_note(c)]
j = journal(c, [('2015-03-26', 'Beslut', 'Beslut om institutionsvård på Björkviksgården fr.o.m. 2015-04-07. Uppdragsbeskrivningen skickad 2015-03-27.'),
                ('2015-04-06', 'Telefon via tolk', ['Abdirahman ringde via tolk dagen före inskrivningen och meddelade att han inte vill åka till '
                 'Björkviksgården. Han vill inte lämna sin familj och har börjat gå till vårdcentralen. Han har informerats om möjligheten till '
                 'öppenvård och att han kan återkomma. Björkviksgården informerad; platsen avbokad. Placeringen har inte påbörjats.']),
                ('2015-04-09', 'Avslut', 'Ärendet avslutas då Abdirahman avböjt insatsen före start.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'split'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdrag.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdrag'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('ja', 'Needs stated under 3. Överväganden, why HVB meets them under Slutsats; also beslutsmotivering.',
                          [('utredning.pdf', 'Av utredningen framgår att Abdirahman har'), ('utredning.pdf', 'tillgodoser behovet av en drogfri miljö'), ('beslut.pdf', 'Beslutsmotivering')]),
     'planning': ('ej_tillämpligt', 'Declined the day before admission (journal 2015-04-06); placement never started.', [('journal.pdf', 'Placeringen har inte påbörjats')], '', 'declined'),
     'follow_up': ('ej_tillämpligt', 'Declined before start.', [('journal.pdf', 'Placeringen har inte påbörjats')], '', 'declined'),
     'assignment_description': ('ja', 'Uppdrag with a–f sent 2015-03-27 before he declined.',
                                [('uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivningen skickad')], '')},
    scenario='declined')

# ------------------------------------------------ 14 Ekerö: NA delvis (prelim), PL ja, FU ja, UD delvis (a placeholder); forwarded chain
c = mk(kommun='Ekerö', dnr='SN 2014/0766', name='Elias Berglund', first='Elias', P='Han', pnr=luhn_pnr(1902, 12, 20, 204),
       addr='Bryggavägen 61, 178 31 Ekerö', hl='Sofia Lagerqvist', hl_tel='08-124 572 30', hl_mail='sofia.lagerqvist@ekero.example.se',
       provider='Mottagningen Ankaret (köpt plats)', ins='open', sub='cannabis', akt_date='2014-08-04', aktual='en orosanmälan från mamman',
       utr_date='2014-09-29', beslut_date='2014-10-01', start_date='2014-10-13', beslutsfattare='Göran Holm', g1='2015-01-31', g2='2015-03-31',
       ud_g='2014-10-02 med e-post till Ankaret', method='CRA')
c['motivering'] = 'Elias har ett omfattande cannabisbruk och behöver stöd. Se utredning.'
ud = uppdrag(c, miss='a', a_text='Kompletteras efter ASI-intervjun.')
fw = email('Sofia Lagerqvist <sofia.lagerqvist@ekero.example.se>', 'Kerstin Åberg <kerstin.aberg@ekero.example.se>', '2014-10-02 15:20',
           'VB: SV: Plats för Elias B?',
           'Kerstin - för kännedom, Ankaret har tagit emot uppdraget och Elias\nbörjar 13/10. Uppdraget bifogat.\n/Sofia\n\n'
           '-------- Ursprungligt meddelande --------\nFrån: Emir Kovac (Ankaret)\nSkickat: 2014-10-02 14:55\n'
           'Ämne: SV: Plats för Elias B?\n\nHej, uppdraget mottaget. Första tid 13/10 kl 10.\n/Emir\n\n'
           '> Från: Sofia Lagerqvist\n> Skickat: 2014-10-02 09:30\n> Hej Emir, här kommer uppdragsbeskrivning för Elias enligt beslut\n'
           '> 2014-10-01 (bifogad). Kan ni ta emot honom vecka 42?\n> /Sofia')
g = gfp(c, [[c['goal1'], 'CRA-samtal 1 g/v, urinprov 1 g/v', 'Elias, Emir Kovac', 'Okt 2014–jan 2015'],
            [c['goal2'], 'Studievägledning Komvux', 'Elias med stöd av Emir', 'Ansökan senast 2014-12-01'],
            ['ADHD-utredning återupptagen', 'Remiss till vuxenpsykiatrin', 'Emir', 'Nov 2014']], date='2014-10-20',
        title='Genomförandeplan – Mottagningen Ankaret')
j = journal(c, [('2014-10-02', 'Uppdrag', 'Uppdragsbeskrivning mejlad till Ankaret, mottagen samma dag.'),
                ('2015-01-28', 'Avstämningsmöte', ['Avstämningsmöte på Ankaret med Elias och Emir Kovac. Elias har lämnat 14 urinprov, de sex senaste negativa. '
                 'Han har sökt till Komvux och börjar i januari; målet om studier är därmed nått före planerad tid. ADHD-utredningen har startat '
                 'på vuxenpsykiatrin. Elias vill fortsätta samtalen till mars. Överenskommet att insatsen fortsätter enligt beslut.'])])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'prelim'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdrag.pdf', 'uppdragsbeskrivning', ud, c, 'Uppdrag'),
        D('epost.pdf', 'e-post', [('h1', 'Utskrift e-post'), ('mono', fw)], c, 'E-post'),
        D('genomforandeplan.pdf', 'genomförandeplan', g, c, 'Genomförandeplan', font='San'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('delvis', "Only '3. Preliminär bedömning' (needs support) promising a fuller assessment after ASI, which never comes; uppdrag says 'Kompletteras'; beslutsmotivering refers to utredning.",
                          [('utredning.pdf', 'Preliminär bedömning'), ('beslut.pdf', 'omfattande cannabisbruk')]),
     'planning': ('ja', 'Ankaret GFP with dated goals, who and when.', [('genomforandeplan.pdf', 'Studievägledning Komvux')]),
     'follow_up': ('ja', 'Journal 2015-01-28 Avstämningsmöte with outcome.', [('journal.pdf', 'Avstämningsmöte på Ankaret')]),
     'assignment_description': ('delvis', "Uppdrag has b–g but the needs-assessment heading says only 'Kompletteras efter ASI-intervjun' (a missing). Handover 2014-10-02 in uppdrag, e-mail chain and journal.",
                                [('uppdrag.pdf', 'Uppdragets innehåll'), ('epost.pdf', 'uppdraget mottaget'), ('journal.pdf', 'Uppdragsbeskrivning mejlad till Ankaret')], 'a')})

# ------------------------------------------------ 15 Nynäshamn: NA ja, PL nej (empty form, scanned), FU nej (cancelled), UD ja
c = mk(kommun='Nynäshamn', dnr='SN 2015/0090', name='Lars-Erik Holmberg', first='Lars-Erik', P='Han', pnr=luhn_pnr(1900, 1, 25, 348),
       addr='Kyrkogatan 4, 149 30 Nynäshamn', hl='Elin Bergman', hl_tel='08-520 737 44', hl_mail='elin.bergman@nynashamn.example.se',
       provider='Behandlingshemmet Granudden (HVB, ramavtal)', ins='inst', sub='alkohol', akt_date='2015-01-12', aktual='en anmälan från hemtjänsten',
       utr_date='2015-02-23', beslut_date='2015-02-25', start_date='2015-03-02', beslutsfattare='Per Nordin', g1='2015-08-31', g2='2015-06-30',
       audit=30, avg='i januari 2015', ud_g='2015-02-26 med säker e-post till Granudden')
vp = vardplan_form(c, [['', '', '', ''], ['', '', '', ''], ['', '', '', '']], title='Vårdplan enligt 11 kap. SoL')
vp[1] = ('kv', [('Klient', ''), ('Placering', ''), ('Beslut', ''), ('Ansvarig socialsekreterare', '')])
vp[-1] = ('p', 'Underskrift klient: ______________________ &nbsp;&nbsp; Datum: __________')
j = journal(c, [('2015-02-25', 'Beslut', 'Beslut om institutionsvård på Granudden. Uppdragsbeskrivningen skickad 2015-02-26.'),
                ('2015-03-10', 'Vårdplan', 'Vårdplaneblankett skickad till Granudden för ifyllnad.'),
                ('2015-05-18', 'Uppföljning', 'Uppföljningsmöte bokat till 2015-06-02 på Granudden.'),
                ('2015-06-01', 'Uppföljning inställd', 'Mötet 2015-06-02 inställt på grund av sjukdom hos handläggaren. Ny tid ska bokas.'),
                ('2015-07-14', 'Förlängning', 'Granudden begär förlängning till 2015-08-31. Beviljas, se beslut.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning', font='San'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut', font='San'),
        D('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdragsbeskrivning', font='San'),
        D('vardplan_skannad.pdf', 'vårdplan (tom blankett)', vp, c, 'Vårdplan', scan=True),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', lo=True)],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why Granudden meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Lars-Erik har'), ('beslut.pdf', 'Beslutsmotivering'), ('uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('nej', 'Only a scanned vårdplan form with every field empty; journal says the form was sent for filling in.', [('vardplan_skannad.pdf', 'Vårdplan enligt 11 kap. SoL')]),
     'follow_up': ('nej', 'Follow-up booked for 2015-06-02 and cancelled; no new meeting recorded.', []),
     'assignment_description': ('ja', 'Uppdragsbeskrivning with a–f, sent 2015-02-26 (uppdrag and journal).',
                                [('uppdragsbeskrivning.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivningen skickad')], '')})

# ------------------------------------------------ 16 Lidingö: NA nej (none made), PL ja, FU delvis (no outcome), UD nej (decision names provider)
c = mk(kommun='Lidingö', dnr='SN 2014/1150', name='Veronica Stenberg', first='Veronica', P='Hon', pnr=luhn_pnr(1901, 5, 30, 415),
       addr='Larsbergsvägen 18, 181 38 Lidingö', hl='Camilla Dahlgren', hl_tel='08-731 34 87', hl_mail='camilla.dahlgren@lidingo.example.se',
       provider='Behandlingshemmet Ekudden', ins='inst', sub='opiat', akt_date='2014-10-20', aktual='egen ansökan',
       utr_date='2014-11-17', beslut_date='2014-11-19', start_date='2014-12-01', beslutsfattare='Anders Ljung', g1='2015-04-30', g2='2015-05-31',
       unit='Socialtjänsten, Vuxenenheten')
ans = [('h1', 'Ansökan om bistånd'), ('kv', [('Sökande', c['name'] + ', ' + c['pnr']), ('Datum', '2014-10-20'), ('Ansökan avser', 'Behandlingshem')]),
       ('p', '<b>Sökandens egen beskrivning:</b> "Jag behöver hjälp. Jag har använt i många år och vill komma bort från Lidingö och börja LARO på ett behandlingshem. '
             'Min läkare säger att Ekudden är bra."'), ('p', 'Underskrift: Veronica Stenberg')]
vp = vardplan_form(c, [[c['goal1'], 'LARO-program, urinprov 2 g/v', 'Ekudden', 'Dec 2014–apr 2015'],
                       [c['goal2'], 'Ansökan till bostadssamordnaren', 'Camilla Dahlgren', 'Senast 2015-05-31'],
                       ['Veronica har påbörjat tandbehandling senast 2015-02-28', 'Tandvårdsremiss', 'Ekuddens sjuksköterska', 'Jan 2015']])
j = journal(c, [('2014-11-19', 'Beslut', 'Beslut om institutionsvård på Ekudden fr.o.m. 2014-12-01. Uppdragsbeskrivning skickas till Ekudden.'),
                ('2014-12-11', 'Vårdplan', 'Vårdplan upprättad på Ekudden med Veronica.'),
                ('2015-03-04', 'Uppföljning', 'Uppföljning genomförd på Ekudden.'),
                ('2015-05-29', 'Utskrivning', 'Ekudden meddelar per telefon att Veronica skrivs ut denna dag. Slutrapport har inte inkommit.')])
add(c, [M('ansokan_utredning.pdf', 'ansökan + utredning', [P(ans, c, 'Ansökan'), P(std_utr(c, 'none'), c, 'Utredning')]),
        D('beslut.pdf', 'beslut', std_beslut(c, mot='Veronica har ansökt om behandlingshem. Ansökan beviljas. Placering på Behandlingshemmet Ekudden.'), c, 'Beslut'),
        D('vardplan.pdf', 'vårdplan', vp, c, 'Vårdplan'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', twocol=True)],
    {'needs_assessment': ('nej', "Utredning's Överväganden says no assessment was made because she applied herself; only her own application ('Jag behöver hjälp'); beslutsmotivering gives no reasons.", []),
     'planning': ('ja', 'Vårdplan form with dated goals, activity, responsible, time.', [('vardplan.pdf', 'Tandvårdsremiss')]),
     'follow_up': ('delvis', 'Journal 2015-03-04 states a follow-up was done, no outcome.', [('journal.pdf', 'Uppföljning genomförd på Ekudden')]),
     'assignment_description': ('nej', 'No assignment document; the decision only names the provider and the journal says one "skickas".', [], 'abcdefg')})

# ------------------------------------------------ 17 Salem: all ja; interpreter; rotated journal page; merged file with scanned beslut
c = mk(kommun='Salem', dnr='SN 2015/0140', name='Dragan Petrovic', first='Dragan', P='Han', pnr=luhn_pnr(1902, 4, 4, 552),
       addr='Skogsängsvägen 2, 144 40 Rönninge', hl='Fredrik Nyman', hl_tel='08-532 598 15', hl_mail='fredrik.nyman@salem.example.se',
       provider='Öppenvården Trappan (köpt plats)', ins='open', sub='amfetamin', akt_date='2015-01-26', aktual='kontakt från frivården',
       utr_date='2015-03-09', beslut_date='2015-03-11', start_date='2015-03-23', beslutsfattare='Eva Grahn', g1='2015-06-30', g2='2015-05-31',
       sys='Combine', tolk='tolk på serbiska', tolknr='3156', ud_g='2015-03-12, skickat med rekommenderat brev till Trappan', method='återfallsprevention och kontingenshantering')
c['extra_utr'] = [tolk_note(c)]
g = [('h1', 'Genomförandeplan'), ('p', 'Öppenvården Trappan, upprättad 2015-03-30 med Dragan (tolk på serbiska) och behandlare Kent Ivarsson.'),
     ('table', [['Mål', 'Så här gör vi', 'Ansvar', 'Tid'],
                [c['goal1'], 'Urinprov 2 g/v med belöningssystem, ÅP-samtal 1 g/v', 'Dragan, Kent', '2015-03-23 -- 2015-06-30'],
                [c['goal2'], 'Kontakt med infektionsmottagningen', 'Kent bokar, Dragan deltar', 'Senast 2015-05-31'],
                ['Dragan följer frivårdens villkor', 'Trepartssamtal med frivården', 'Fredrik Nyman', 'April 2015']], [3, 3, 1.5, 1.5])]
j = journal(c, [('2015-03-11', 'Beslut', 'Beslut om öppenvård på Trappan. Uppdragsbeskrivning skickad med rekommenderat brev 2015-03-12.'),
                ('2015-03-30', 'Genomförandeplan', 'Trappan har upprättat genomförandeplan med Dragan, tolk närvarande.'),
                ('2015-06-24', 'Delutvärdering', ['Delutvärdering på Trappan med Dragan, behandlaren Kent Ivarsson, frivårdsinspektören och undertecknad; '
                 'tolk på serbiska närvarade. Dragan har lämnat 25 urinprov sedan start, varav två positiva för amfetamin i april och samtliga '
                 'därefter negativa; han har fått belöningscheckar enligt kontingensprogrammet och är nöjd med det. Hepatit C-behandlingen påbörjades '
                 '2015-05-20, alltså inom planerad tid. Frivården bekräftar att villkoren följs. Dragan säger att han fortfarande har sug på helgerna '
                 'när han träffar sin bror, och vi kom överens om att helgstrategier ska tas upp i samtalen. Sammantaget är målen i stort sett '
                 'uppnådda och insatsen förlängs till 2015-09-30 för att befästa drogfriheten, se nytt beslut.'])])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning'),
        M('beslut_och_uppdrag.pdf', 'beslut + uppdragsbeskrivning', [P(std_beslut(c), c, 'Beslut', scan=True), P(uppdrag(c), c, 'Uppdragsbeskrivning')]),
        D('genomforandeplan.pdf', 'genomförandeplan', g, c, 'Genomförandeplan', land=True, font='San'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', rotate=(1,))],
    {'needs_assessment': ('ja', 'Överväganden and (scanned) beslutsmotivering state needs and why Trappan meets them; uppdrag repeats.',
                          [('utredning.pdf', 'Av utredningen framgår att Dragan har'), ('beslut_och_uppdrag.pdf', 'Beslutsmotivering'), ('beslut_och_uppdrag.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('ja', 'Landscape GFP with dated goals, who and when.', [('genomforandeplan.pdf', 'belöningssystem')]),
     'follow_up': ('ja', 'Journal 2015-06-24 Delutvärdering with outcome (long paragraph, page stored rotated).', [('journal.pdf', 'Delutvärdering på Trappan')]),
     'assignment_description': ('ja', 'Uppdragsbeskrivning (text part of merged file) with a–f and handover 2015-03-12.',
                                [('beslut_och_uppdrag.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivning skickad med rekommenderat brev')], '')})

# ------------------------------------------------ 18 Nykvarn: NA ja, PL delvis (goals dated, no who/when; scanned), FU ja, UD ja
c = mk(kommun='Nykvarn', dnr='SN 2014/0099', name='Ingrid Lund', first='Ingrid', P='Hon', pnr=luhn_pnr(1900, 9, 8, 126),
       addr='Gamla Turingevägen 14, 155 31 Nykvarn', hl='Malin Törnqvist', hl_tel='08-555 013 27', hl_mail='malin.tornqvist@nykvarn.example.se',
       provider='Björkviksgården HVB', ins='inst', sub='alkohol', akt_date='2014-01-20', aktual='en anmälan från akutmottagningen i Södertälje',
       utr_date='2014-02-24', beslut_date='2014-02-26', start_date='2014-03-03', beslutsfattare='Ulf Sandberg', g1='2014-08-31', g2='2014-07-31',
       unit='Socialtjänsten, Vuxenenheten', audit=29, avg='i januari 2014', ud_g='2014-02-27 med säker e-post till Björkviksgården')
vp = [('h1', 'Vårdplan'), ('p', 'Ingrid Lund, placerad på Björkviksgården fr.o.m. 2014-03-03.'),
      ('h3', 'Mål'), ('p', '1. Ingrid är nykter (PEth under 0,05) senast 2014-08-31.<br/>2. Ingrid har en fungerande dygnsrytm och sysselsättning senast 2014-07-31.<br/>'
                           '3. Ingrid har en plan för boende efter behandlingen senast 2014-06-30.'),
      ('p', 'Vårdplanen har gåtts igenom med Ingrid 2014-03-12.')]
av = [('h1', 'Avstämningsmöte'), ('kv', [('Datum', '2014-05-27'), ('Plats', 'Björkviksgården'), ('Närvarande', 'Ingrid, kontaktperson Anneli Roos, Malin Törnqvist')]),
      ('p', 'Ingrid har varit nykter sedan inskrivningen, PEth 2014-05-15 under 0,05. Hon deltar i arbetsträning i köket fyra dagar i veckan. '
            'Boendefrågan är inte löst: hyresvärden har sagt upp lägenheten. Malin kontaktar bostadssamordnaren. Mål 1 och 2 uppnådda, mål 3 pågår.')]
j = journal(c, [('2014-02-26', 'Beslut', 'Beslut om institutionsvård. Uppdragsbeskrivningen mejlad till Björkviksgården 2014-02-27.'),
                ('2014-05-27', 'Avstämning', 'Avstämningsmöte på Björkviksgården, se protokoll.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'full'), c, 'Utredning', font='San'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut', font='San'),
        D('uppdragsbeskrivning.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdragsbeskrivning', font='San'),
        D('vardplan_skannad.pdf', 'vårdplan', vp, c, 'Vårdplan', scan=True),
        D('avstamningsmote.pdf', 'uppföljning', av, c, 'Avstämningsmöte', lo=True),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', font='San')],
    {'needs_assessment': ('ja', 'Överväganden and beslutsmotivering state needs and why Björkviksgården meets them.',
                          [('utredning.pdf', 'Av utredningen framgår att Ingrid har'), ('beslut.pdf', 'Beslutsmotivering'), ('uppdragsbeskrivning.pdf', 'Nämndens bedömning av behov')]),
     'planning': ('delvis', 'Scanned vårdplan has specific dated goals but no activities, responsibilities or who/when.', [('vardplan_skannad.pdf', 'Mål')]),
     'follow_up': ('ja', 'Avstämningsmöte 2014-05-27 protocol with outcome per goal.', [('avstamningsmote.pdf', 'Mål 1 och 2 uppnådda')]),
     'assignment_description': ('ja', 'Uppdragsbeskrivning with a–f; sent 2014-02-27.',
                                [('uppdragsbeskrivning.pdf', 'Uppdragets innehåll'), ('journal.pdf', 'Uppdragsbeskrivningen mejlad')], '')})

# ------------------------------------------------ 19 Värmdö: all ja; assessment split Överväganden/Slutsats; Delutvärdering; e-mail
c = mk(kommun='Värmdö', dnr='SN 2015/0601', name='Camilla Hedman', first='Camilla', P='Hon', pnr=luhn_pnr(1901, 1, 16, 273),
       addr='Fågelviksvägen 3, 139 60 Värmdö', hl='Tomas Rydén', hl_tel='08-570 470 35', hl_mail='tomas.ryden@varmdo.example.se',
       provider='Värmdö beroendeenhet, öppenvården', ins='open', sub='alkohol', akt_date='2015-02-16', aktual='egen ansökan efter rattfylleri',
       utr_date='2015-04-13', beslut_date='2015-04-16', start_date='2015-04-27', beslutsfattare='Karin Stål', g1='2015-08-31', g2='2015-09-30',
       unit='Socialförvaltningen, Vuxenenheten', ud_g='2015-04-17 via Paragraf (meddelande till beroendeenheten)')
c['slutsats_h'] = '3.3 Slutsats'
mailt = email('Tomas Rydén <tomas.ryden@varmdo.example.se>', 'Beroendeenheten öppenvård', '2015-04-17 11:02',
              'Uppdrag Camilla H, SN 2015/0601',
              'Hej,\nUppdragsbeskrivning för Camilla Hedman ligger i Paragraf sedan i dag.\nHon kan börja 27/4. Ring om ni har frågor.\n\nTomas Rydén\nsocialsekreterare, tfn 08-570 470 35')
g = gfp(c, [[c['goal1'], 'ÅP-grupp torsdagar, PEth var 4:e vecka', 'Camilla, behandlare Nina Falk', 'Apr–aug 2015'],
            [c['goal2'], 'Samtal om arbetsåtergång, kontakt med FK', 'Nina Falk', 'Maj 2015']], date='2015-05-04')
j = journal(c, [('2015-04-17', 'Uppdrag', 'Uppdragsbeskrivning överförd till beroendeenheten via Paragraf, se även e-post.'),
                ('2015-07-08', 'Delutvärdering', ['Delutvärdering hölls på beroendeenheten med Camilla och behandlaren Nina Falk. Camilla har deltagit i nio av tio '
                 'gruppträffar och PEth har gått från 0,9 i april till 0,07 i juni, vilket visar att hon i stort sett inte dricker. Hon har inte återfått '
                 'körkortet och har börjat arbetsträna halvtid via Försäkringskassan. Camilla är själv nöjd men oroar sig för semestern. Målet om '
                 'nykterhet bedöms nås till augusti; arbetsmålet pågår. Insatsen fortsätter enligt genomförandeplanen.'])])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'split'), c, 'Utredning'),
        D('beslut.pdf', 'beslut', std_beslut(c), c, 'Beslut'),
        D('uppdrag.pdf', 'uppdragsbeskrivning', uppdrag(c), c, 'Uppdrag'),
        H('epost.pdf', 'e-post', outlook_html([dict(frm='Nina Falk <nina.falk@varmdo.example.se>', to='Tomas Rydén', date='den 17 april 2015 13:26',
            subj='SV: Uppdrag Camilla H, SN 2015/0601', body='Tack Tomas, uppdraget mottaget. Vi bokar in Camilla till gruppstart 27/4.\n\nNina Falk, behandlare\n\n'
            '> Hej,\n> Uppdragsbeskrivning för Camilla Hedman ligger i Paragraf sedan i dag.\n> Hon kan börja 27/4. Ring om ni har frågor.\n> Tomas Rydén'),
           dict(frm='Tomas Rydén <tomas.ryden@varmdo.example.se>', to='Beroendeenheten öppenvård', date='den 17 april 2015 11:02',
            subj='Uppdrag Camilla H, SN 2015/0601', body='Hej,\nUppdragsbeskrivning för Camilla Hedman ligger i Paragraf sedan i dag.\nHon kan börja 27/4. Ring om ni har frågor.\n\nTomas Rydén\nsocialsekreterare, tfn 08-570 470 35')],
           'Nina Falk')),
        D('genomforandeplan.pdf', 'genomförandeplan', g, c, 'Genomförandeplan', land=True, font='San'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal')],
    {'needs_assessment': ('ja', 'Needs under 3. Överväganden, why öppenvård meets them under 3.3 Slutsats; beslutsmotivering repeats.',
                          [('utredning.pdf', 'Av utredningen framgår att Camilla har'), ('utredning.pdf', 'bäst motsvarar behoven'), ('beslut.pdf', 'Beslutsmotivering')]),
     'planning': ('ja', 'Landscape GFP with dated goals, who and when.', [('genomforandeplan.pdf', 'ÅP-grupp torsdagar')]),
     'follow_up': ('ja', 'Journal 2015-07-08 Delutvärdering with outcome.', [('journal.pdf', 'Delutvärdering hölls')]),
     'assignment_description': ('ja', 'Uppdrag with a–f; handed over 2015-04-17 via Paragraf (uppdrag, e-mail, journal).',
                                [('uppdrag.pdf', 'Uppdragets innehåll'), ('epost.pdf', 'ligger i Paragraf'), ('journal.pdf', 'överförd till beroendeenheten')], '')})

# ------------------------------------------------ 20 Tyresö: all nej
c = mk(kommun='Tyresö', dnr='SOC 2015/0233', name='Niklas Grönberg', first='Niklas', P='Han', pnr=luhn_pnr(1900, 6, 30, 831),
       addr='Alléstigen 6, 135 50 Tyresö', hl='Jonas Fredin', hl_tel='08-578 291 40', hl_mail='jonas.fredin@tyreso.example.se',
       provider='Stiftelsen Källbacken', ins='inst', sub='amfetamin', akt_date='2015-02-09', aktual='en anmälan från polisen',
       utr_date='2015-03-16', beslut_date='2015-03-18', start_date='2015-03-23', beslutsfattare='Annika Lund', g1='2015-09-23', g2='2015-06-30',
       sys='Combine', unit='Socialförvaltningen, Enheten för vuxna', audit=37, avg='i februari 2015')
j = journal(c, [('2015-03-18', 'Beslut', 'Beslut om institutionsvård på Källbacken. Uppdragsbeskrivning kommer att skickas till Källbacken.'),
                ('2015-03-23', 'Inskrivning', 'Niklas skrevs in på Källbacken. Vårdplan upprättas inom en månad.'),
                ('2015-04-20', 'Telefon', 'Källbacken ringde om kostnadsansvar för tandvård. Planerat hembesök hos modern 2015-05-05 ställs in.'),
                ('2015-08-31', 'Notering', 'Uppföljning har inte genomförts på grund av hög arbetsbelastning i gruppen. Placeringen pågår.')])
add(c, [D('utredning.pdf', 'utredning', std_utr(c, 'placeholder'), c, 'Utredning', font='San'),
        D('beslut.pdf', 'beslut', std_beslut(c, mot='Sökanden beviljas insatsen.'), c, 'Beslut', font='San'),
        D('journal.pdf', 'journalanteckningar', j, c, 'Journal', font='San')],
    {'needs_assessment': ('nej', "'3. Bedömning' contains only the template placeholder '[Skriv nämndens bedömning här]'; beslutsmotivering gives no reasons.", []),
     'planning': ('nej', 'No plan; journal only says one will be made ("Vårdplan upprättas inom en månad").', []),
     'follow_up': ('nej', 'Journal 2015-08-31 states that no follow-up has been made.', [('journal.pdf', 'Uppföljning har inte genomförts')]),
     'assignment_description': ('nej', 'No assignment document; journal only says one will be sent.', [], 'abcdefg')})
