# Document templates (Stockholm-region, Combine/Paragraf-like). Each returns a list of blocks.

def luhn_pnr(y, m, d, n):
    s = '%02d%02d%02d%03d' % (y % 100, m, d, n)
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    c = (10 - tot % 10) % 10
    return '%04d%02d%02d-%03d%d' % (y, m, d, n, c)


def head(c, doc):
    return ('%s kommun  ·  %s  ·  %s' % (c['kommun'], c['unit'], doc),
            'Dnr %s   |   %s' % (c['dnr'], c['sys']))


def foot(c):
    return 'Omfattas av sekretess enligt 26 kap. 1 § OSL. Utskrift ur %s.' % c['sys']


def personblock(c):
    return ('kv', [('Namn', c['name']), ('Personnummer', c['pnr']),
                   ('Adress', c['addr']), ('Handläggare', '%s, %s' % (c['hl'], c['unit']))])


def utredning(c):
    """Long formal utredning. c['overv'] = list of paragraphs under 3 (or None),
    c['slutsats'] = list (optional), c['h3'] = heading for section 3."""
    B = [('h1', 'Utredning enligt 11 kap. 1 § socialtjänstlagen'),
         ('p', '<b>Avser:</b> %s &nbsp;&nbsp; <b>Datum:</b> %s &nbsp;&nbsp; <b>Insats:</b> %s' %
          (c['name'], c['utr_date'], c['insats_lang'])),
         personblock(c),
         ('h2', '1. Ärendet'),
         ('p', c['arendet']),
         ('h2', '2. Utredning'),
         ('p', 'Utredningen bygger på %s.' % c['kallor']),
         ('h3', '2.1 Bakgrund och tidigare kontakter'), ('p', c['bakgrund']),
         ('h3', '2.2 Boende, sysselsättning och försörjning'), ('p', c['boende']),
         ('h3', '2.3 Missbruk'), ('p', c['missbruk']),
         ('h3', '2.4 Fysisk och psykisk hälsa'), ('p', c['halsa']),
         ('h3', '2.5 Nätverk och relationer'), ('p', c['natverk']),
         ('h3', '2.6 %s egen uppfattning' % c['first'] + ('s' if not c['first'].endswith('s') else '')),
         ('p', c['egen'])]
    if c.get('tidigare'):
        B += [('h3', '2.7 Tidigare insatser'), ('table', [['Period', 'Insats', 'Utförare', 'Utfall']] + c['tidigare'], [1.4, 2.2, 2, 3])]
    if c.get('rattsligt'):
        B += [('h3', '2.8 Rättsliga förhållanden'), ('p', c['rattsligt'])]
    if c.get('barn') is not None:
        B += [('h3', '2.9 Barn'), ('p', c['barn'])]
    if c.get('extra_utr'):
        B += c['extra_utr']
    B.append(('h2', c.get('h3', '3. Överväganden')))
    for p in c.get('overv', []):
        B.append(('p', p))
    if c.get('slutsats'):
        B.append(('h3', c.get('slutsats_h', 'Slutsats')))
        for p in c['slutsats']:
            B.append(('p', p))
    B += [('h2', '4. Förslag till beslut'), ('p', c['forslag']),
          ('sp', 14), ('p', '%s<br/>%s, %s' % (c['utr_date_place'], c['hl'], c['hl_title']))]
    if c.get('fn'):
        B.append(('fn', c['fn']))
    return B


def beslut(c):
    B = [('h1', 'Beslut'),
         ('kv', [('Ärende', '%s, %s' % (c['name'], c['pnr'])),
                 ('Beslutsdatum', c['beslut_date']),
                 ('Beslut', c['beslut_text']),
                 ('Lagrum', c.get('lagrum', '4 kap. 1 § SoL')),
                 ('Delegationskod', c['deleg']),
                 ('Verkställighet', c.get('verkst', 'Beslutet gäller omedelbart'))]),
         ('h3', 'Beslutsmotivering'), ('p', c['motivering'])]
    B += [('sp', 10), ('p', 'Beslutsfattare: %s, %s' % (c['beslutsfattare'], c['bf_title'])),
          ('small', 'Beslutet är fattat med stöd av delegation enligt nämndens delegationsordning. '
           'Beslutet har delgivits den enskilde. Information om att beslutet kan överklagas har lämnats '
           '(16 kap. 3 § SoL). Överklagandehänvisning bifogas.')]
    return B


def uppdrag(c, miss=(), title='Uppdragsbeskrivning', extra_note=None, a_text=None):
    B = [('h1', title), ('small', 'Enligt 7 kap. 1 § SOSFS 2014:5 (dokumentation i verksamhet som bedrivs med stöd av SoL, LVU, LVM och LSS)'),
         ('kv', [('Klient', '%s, %s' % (c['name'], c['pnr'])), ('Utförare', c['provider']),
                 ('Beslut', '%s, beslut %s' % (c['insats_lang'], c['beslut_date']))])]
    if 'a' not in miss:
        B += [('h3', '1. Nämndens bedömning av behov'), ('p', a_text or c['ud_a'])]
    elif a_text is not None:
        B += [('h3', '1. Nämndens bedömning av behov'), ('p', a_text)]
    B += [('h3', '2. Uppdragets innehåll'), ('p', c['ud_b']),
          ('h3', '3. Mål med insatsen'), ('p', c['ud_c'])]
    if 'd' not in miss:
        B += [('h3', '4. Uppföljning i det enskilda ärendet'), ('p', c['ud_d'])]
    if 'e' not in miss:
        B += [('h3', '5. Återrapportering när insatsen avslutas'), ('p', c['ud_e'])]
    if 'f' not in miss:
        B += [('h3', '6. Ansvarig handläggare'),
              ('p', '%s, %s, tfn %s, e-post %s' % (c['hl'], c['unit'], c['hl_tel'], c['hl_mail']))]
    if 'g' not in miss:
        B += [('p', '<b>Uppdraget överlämnat till utföraren:</b> %s' % c['ud_g'])]
    if extra_note:
        B.append(('p', extra_note))
    return B


def journal(c, entries, title='Journalanteckningar'):
    B = [('h1', title), ('p', '%s, %s &nbsp;&nbsp; Dnr %s' % (c['name'], c['pnr'], c['dnr']))]
    for d, rub, txt in entries:
        B.append(('h3', '%s &nbsp; %s' % (d, rub)))
        for p in (txt if isinstance(txt, list) else [txt]):
            B.append(('p', p))
        B.append(('small', 'Signerad: %s' % c['hl_sign']))
    return B


def vardplan_form(c, rows, extra=None, title='Vårdplan enligt 11 kap. 3 § SoL'):
    B = [('h1', title),
         ('kv', [('Klient', '%s, %s' % (c['name'], c['pnr'])), ('Placering', c['provider']),
                 ('Beslut', c['beslut_date']), ('Ansvarig socialsekreterare', c['hl'])]),
         ('table', [['Mål', 'Insats / aktivitet', 'Ansvarig', 'När / tidpunkt']] + rows, [3, 3, 1.6, 1.6])]
    if extra:
        B += extra
    B.append(('p', 'Planen har upprättats tillsammans med %s som har tagit del av och godkänt den.' % c['first']))
    return B


def email(frm, to, date, subj, body, cc=None):
    t = 'Från:    %s\nTill:    %s\n' % (frm, to)
    if cc:
        t += 'Kopia:   %s\n' % cc
    t += 'Skickat: %s\nÄmne:    %s\n\n' % (date, subj)
    return t + body
