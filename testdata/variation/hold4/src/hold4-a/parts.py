"""Reusable document builders (West-Sweden ICF-style office)."""

OFFICES = {
    'Mölndal': 'Mölndals stad · Social resursförvaltning · Vuxenenheten',
    'Kungälv': 'Kungälvs kommun · Sektor Omsorg · IFO Vuxengruppen',
    'Partille': 'Partille kommun · Förvaltningen för stöd och omsorg · Vuxenenheten',
    'Lerum': 'Lerums kommun · Sektor samhällsstöd · Enheten för vuxna',
    'Kungsbacka': 'Kungsbacka kommun · Individ & Familjeomsorg · Vuxen missbruk',
    'Stenungsund': 'Stenungsunds kommun · Sektor socialtjänst · Vuxenenheten',
}
SEK = 'Sekretess enligt OSL 26 kap. 1 §'


def hdr(c, version, extra=''):
    return (OFFICES[c['kommun']], ('Version %s · ' % version if version else '') + SEK + extra)


def doc(c, file, dtype, producer, blocks, version='1', **kw):
    d = dict(file=file, type=dtype, producer=producer, blocks=blocks,
             header=hdr(c, version), footer=kw.pop('footer', 'Dnr %s · %s' % (c['dnr'], c['namn'])),
             pdftitle=kw.pop('pdftitle', dtype), author=kw.pop('author', c['handl']))
    d.update(kw)
    return d


def personkv(c, extra=()):
    return ('kv', [('Namn', c['namn']), ('Personnummer', c['pnr']), ('Diarienummer', c['dnr']),
                   ('Handläggare', c['handl'])] + list(extra))


def utredning(c, date, icf, egen, underlag, final_head, final_text, aktual,
              title='Utredning – vuxen', extra_after=()):
    b = [('title', title), personkv(c, [('Utredning avslutad', date)]),
         ('h', 'Aktualisering'), ('p', aktual),
         ('h', 'Kroppsfunktioner'), ('p', icf[0]),
         ('h', 'Aktivitet och delaktighet'), ('p', icf[1]),
         ('h', 'Omgivningsfaktorer'), ('p', icf[2]),
         ('h', 'Klientens egen uppfattning'), ('p', egen),
         ('h', 'Underlag'), ('ul', underlag)]
    b += list(extra_after)
    b += [('h', final_head)]
    if isinstance(final_text, str):
        final_text = [final_text]
    for t in final_text:
        if t:
            b.append(('p', t))
    b += [('p', ''), ('p', '%s\n%s' % (c['handl'], c['titel']))]
    return b


def delegationsbeslut(c, date, rows, skal, deleg='4.3.1', extra=()):
    b = [('title', 'Delegationsbeslut'), personkv(c, [('Beslutsdatum', date)]),
         ('h', 'Beslut'),
         ('table', ['Beslutskod', 'Insats', 'Lagrum', 'Fr.o.m.', 'T.o.m.', 'Utförare', 'Beslut'], rows,
          [0.11, 0.2, 0.13, 0.12, 0.12, 0.2, 0.12])]
    b += list(extra)
    b += [('h', 'Skäl för beslutet')]
    if skal:
        b.append(('p', skal))
    b += [('p', 'Beslutet är fattat med stöd av delegation enligt punkt %s i socialnämndens delegationsordning.' % deleg),
          ('p', '%s, %s' % (c['handl'], c['titel'])),
          ('small', 'Hur man överklagar: Om du är missnöjd med beslutet kan du överklaga det hos Förvaltningsrätten i Göteborg. '
                    'Överklagandet ska ha kommit in till socialnämnden inom tre veckor från den dag du fick del av beslutet.')]
    return b


def uppdrag(c, sent_line, sections, bestall, title='Uppdrag enligt ramavtal', intro=None):
    """sections: list of (heading, text or None). None/'' -> heading with empty body."""
    b = []
    if sent_line:
        b.append(('small', sent_line))
    b += [('title', title), ('kv', [('Klient', c['namn']), ('Personnummer', c['pnr']), ('Dnr', c['dnr']),
                                   ('Utförare', c['utf'])])]
    if intro:
        b.append(('p', intro))
    for h, t in sections:
        b.append(('h', h))
        if t:
            if isinstance(t, list):
                b.append(('ul', t))
            else:
                b.append(('p', t))
    if bestall:
        b += [('pb',), ('title', 'Bilaga 1: Beställning'), ('kv', bestall)]
    return b


def gfp(c, created, who, rows, title='Genomförandeplan', pre=(), post=()):
    b = [('title', title), ('kv', [('Klient', c['namn']), ('Utförare', c['utf']),
                                  ('Upprättad', created), ('Deltagare', who)])]
    b += list(pre)
    b.append(('table', ['Vad ska uppnås?', 'Hur ska det gå till?', 'Vem gör vad?', 'När följer vi upp?'], rows,
              [0.26, 0.32, 0.24, 0.18]))
    b += list(post)
    return b


def journal(c, notes, title='Journalanteckningar'):
    rows = [(d, k, t, s) for d, k, t, s in notes]
    return [('title', title), ('kv', [('Klient', c['namn']), ('Dnr', c['dnr']), ('Utskrift', '2015-09-30')]),
            ('table', ['Datum', 'Rubrik', 'Anteckning', 'Sign.'], rows, [0.13, 0.17, 0.6, 0.1])]


def journal_plain(c, notes, title='Journal'):
    b = [('title', title), ('p', '%s, %s. Dnr %s' % (c['namn'], c['pnr'], c['dnr']))]
    for d, k, t, s in notes:
        b.append(('h3', '%s  %s' % (d, k)))
        b.append(('p', t + ('  /' + s if s else '')))
    return b
