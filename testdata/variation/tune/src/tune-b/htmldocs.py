"""HTML sources for Chromium print-to-pdf: e-mail printouts and journal printouts."""
import html
import re


def inl(s):
    s = html.escape(s)
    s = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s, flags=re.S)
    s = re.sub(r'~~(.+?)~~', r'<i>\1</i>', s, flags=re.S)
    return s.replace('\n', '<br>')


def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            out.append('<p>%s</p>' % inl(b[1]))
        elif k == 'h':
            out.append('<p class="bh"><b>%s</b></p>' % inl(b[1]))
        elif k == 'bullets':
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % inl(i) for i in b[1]))
        elif k == 'quote':
            out.append('<div class="quote">%s</div>' % blocks_html(b[1]))
        elif k == 'table':
            hdr = ''.join('<th>%s</th>' % inl(h) for h in b[1])
            rows = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % inl(c) for c in r) for r in b[2])
            out.append('<table class="t"><tr>%s</tr>%s</table>' % (hdr, rows))
        elif k == 'pre':
            out.append('<pre>%s</pre>' % html.escape(b[1]))
        elif k == 'sig':
            out.append('<p class="sig">%s</p>' % inl(b[1]))
        else:
            raise ValueError(k)
    return ''.join(out)


EMAIL_CSS = """
@page { size: A4; margin: 16mm 18mm 18mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#000; }
.owner { font-size: 13pt; font-weight: bold; margin-bottom: 2px; }
hr.thick { border: 0; border-top: 2px solid #000; margin: 0 0 8px 0; }
table.hdr td { vertical-align: top; padding: 1px 6px 1px 0; font-size: 10.5pt; }
table.hdr td.k { font-weight: bold; width: 95px; }
.body { margin-top: 14px; }
.body p { margin: 0 0 9px 0; line-height: 1.3; }
.bh { margin-top: 12px !important; }
ul { margin: 2px 0 9px 0; padding-left: 22px; } li { margin-bottom: 3px; }
.sig { color:#1f3864; font-size: 9.5pt; line-height: 1.35; margin-top: 16px; }
.quote { border-left: 2px solid #1f3864; padding-left: 10px; margin: 10px 0; color:#222; }
table.t { border-collapse: collapse; margin: 4px 0 10px 0; width: 100%; }
table.t th, table.t td { border: 1px solid #555; padding: 3px 5px; font-size: 9.5pt; text-align: left; vertical-align: top; }
table.t th { background: #e6e6e6; }
.conf { font-size: 7.5pt; color: #666; margin-top: 18px; border-top: 1px solid #aaa; padding-top: 4px; }
"""

OWA_CSS = """
@page { size: A4; margin: 14mm 16mm 16mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#222; }
.subj { font-size: 14pt; margin: 0 0 10px 0; }
.meta { border-bottom: 1px solid #ccc; padding-bottom: 8px; margin-bottom: 12px; }
.meta div { margin: 2px 0; }
.meta span.k { color:#666; display:inline-block; width: 70px; }
.body p { margin: 0 0 8px 0; line-height: 1.35; }
.bh { margin-top: 10px !important; }
ul { margin: 2px 0 8px 0; padding-left: 20px; }
.sig { font-size: 8.5pt; color:#444; margin-top: 14px; }
.quote { border-left: 3px solid #bbb; padding-left: 8px; margin: 10px 0; color:#333; }
table.t { border-collapse: collapse; margin: 4px 0 10px 0; width: 100%; }
table.t th, table.t td { border: 1px solid #777; padding: 3px 5px; font-size: 9pt; text-align: left; vertical-align: top; }
table.t th { background: #eee; }
"""


def email_html(e):
    """e: dict owner, frm, sent, to, cc, subject, attach, body(blocks), style ('outlook'|'owa'), conf"""
    style = e.get('style', 'outlook')
    if style == 'owa':
        meta = ''.join('<div><span class="k">%s</span> %s</div>' % (html.escape(k), inl(v))
                       for k, v in [('Från:', e['frm']), ('Skickat:', e['sent']), ('Till:', e['to'])]
                       + ([('Kopia:', e['cc'])] if e.get('cc') else [])
                       + ([('Bilagor:', e['attach'])] if e.get('attach') else []))
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
                '<div class="subj">%s</div><div class="meta">%s</div><div class="body">%s</div>%s</body></html>'
                % (html.escape(e['subject']), OWA_CSS, inl(e['subject']), meta, blocks_html(e['body']),
                   e.get('extra', '')))
    rows = [('Från:', e['frm']), ('Skickat:', e['sent']), ('Till:', e['to'])]
    if e.get('cc'):
        rows.append(('Kopia:', e['cc']))
    rows.append(('Ämne:', e['subject']))
    if e.get('attach'):
        rows.append(('Bifogade filer:', e['attach']))
    hdr = ''.join('<tr><td class="k">%s</td><td>%s</td></tr>' % (html.escape(k), inl(v)) for k, v in rows)
    conf = '<div class="conf">%s</div>' % inl(e['conf']) if e.get('conf') else ''
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
            '<div class="owner">%s</div><hr class="thick"><table class="hdr">%s</table>'
            '<div class="body">%s</div>%s%s</body></html>'
            % (html.escape(e['subject']), EMAIL_CSS, inl(e['owner']), hdr, blocks_html(e['body']),
               e.get('extra', ''), conf))


# ---------------- journal printouts, one look per office
JOURNAL_CSS = {
 'botkyrka': """
@page { size: A4; margin: 15mm 15mm 16mm 15mm;
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; font-family: 'Liberation Sans'; }
  @bottom-left { content: "Botkyrka kommun – Socialförvaltningen – Utskrift journal"; font-size: 8pt; font-family: 'Liberation Sans'; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }
h1 { font-size: 13pt; margin: 0 0 4px 0; }
.top { border: 1px solid #000; padding: 5px 7px; margin-bottom: 10px; font-size: 9pt; }
table.j { border-collapse: collapse; width: 100%; }
table.j td, table.j th { border: 1px solid #666; padding: 4px 5px; vertical-align: top; text-align: left; }
table.j th { background: #ddd; font-size: 9pt; }
td.d { width: 68px; white-space: nowrap; } td.r { width: 110px; font-weight: bold; } td.s { width: 46px; font-size: 8.5pt; }
tr { page-break-inside: avoid; }
""",
 'huddinge': """
@page { size: A4; margin: 18mm 17mm 18mm 20mm;
  @top-left { content: "Huddinge kommun · Socialtjänsten · Vuxenenheten"; font-size: 7.5pt; font-family: 'Liberation Serif'; color: #444; }
  @top-right { content: "Journal – utskrift"; font-size: 7.5pt; font-family: 'Liberation Serif'; color:#444; }
  @bottom-center { content: counter(page) "(" counter(pages) ")"; font-size: 8pt; font-family: 'Liberation Serif'; } }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
h1 { font-size: 14pt; margin: 0 0 6px 0; font-weight: normal; }
.top td { padding: 1px 10px 1px 0; font-size: 10pt; }
.e { margin: 0 0 9px 0; border-top: 1px solid #999; padding-top: 4px; page-break-inside: avoid; }
.eh { font-weight: bold; font-size: 10pt; }
.eh span { font-weight: normal; color: #333; }
.et { margin: 3px 0 0 0; line-height: 1.3; }
.sg { font-size: 8.5pt; color: #444; margin-top: 2px; }
""",
 'sodertalje': """
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-left { content: "Södertälje kommun, Socialkontoret"; font-size: 7.5pt; font-family: 'DejaVu Sans'; }
  @bottom-right { content: "Sid " counter(page) "/" counter(pages); font-size: 7.5pt; font-family: 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; }
h1 { font-size: 11.5pt; margin: 0 0 4px 0; background: #e8e8e8; padding: 3px 5px; }
.top { font-size: 8.5pt; margin-bottom: 8px; }
.e { margin: 0 0 8px 0; page-break-inside: avoid; }
.eh { background: #f1f1f1; border-bottom: 1px solid #bbb; padding: 2px 4px; font-size: 8.5pt; }
.et { padding: 3px 4px 0 4px; line-height: 1.3; }
""",
 'jarfalla': """
@page { size: A4; margin: 16mm 16mm 17mm 16mm;
  @top-right { content: "Järfälla kommun | Enheten för vuxna"; font-size: 7.5pt; font-family: 'Liberation Sans'; color: #555; }
  @bottom-right { content: "Sida " counter(page); font-size: 7.5pt; font-family: 'Liberation Sans'; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 13pt; margin: 0 0 2px 0; color: #17365d; }
.top { font-size: 9pt; color:#333; margin-bottom: 10px; border-bottom: 2px solid #17365d; padding-bottom: 4px; }
.e { margin: 0 0 10px 0; page-break-inside: avoid; }
.eh { font-size: 9pt; color: #17365d; font-weight: bold; }
.et { margin-top: 2px; line-height: 1.3; }
.sg { font-size: 8pt; color: #666; }
""",
}


def journal_html(office, head, entries, title='Journalanteckningar'):
    """head: list of (k, v); entries: list of (date, rubrik, text, sign)"""
    css = JOURNAL_CSS[office]
    if office == 'botkyrka':
        top = '<div class="top">%s</div>' % ' &nbsp;|&nbsp; '.join('<b>%s</b> %s' % (html.escape(k), inl(v)) for k, v in head)
        rows = ''.join('<tr><td class="d">%s</td><td class="r">%s</td><td>%s</td><td class="s">%s</td></tr>'
                       % (html.escape(d), inl(r), inl(t), html.escape(s)) for d, r, t, s in entries)
        body = ('<h1>%s</h1>%s<table class="j"><tr><th>Datum</th><th>Rubrik</th><th>Anteckning</th><th>Sign.</th></tr>%s</table>'
                % (html.escape(title), top, rows))
    elif office == 'huddinge':
        top = '<table class="top">%s</table>' % ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>' % (html.escape(k), inl(v)) for k, v in head)
        ents = ''.join('<div class="e"><div class="eh">%s &nbsp; %s</div><div class="et">%s</div><div class="sg">%s</div></div>'
                       % (html.escape(d), inl(r), inl(t), html.escape(s)) for d, r, t, s in entries)
        body = '<h1>%s</h1>%s%s' % (html.escape(title), top, ents)
    elif office == 'sodertalje':
        top = '<div class="top">%s</div>' % '<br>'.join('%s: %s' % (html.escape(k), inl(v)) for k, v in head)
        ents = ''.join('<div class="e"><div class="eh"><b>%s</b> &nbsp; %s &nbsp; <span style="float:right">%s</span></div><div class="et">%s</div></div>'
                       % (html.escape(d), inl(r), html.escape(s), inl(t)) for d, r, t, s in entries)
        body = '<h1>%s</h1>%s%s' % (html.escape(title), top, ents)
    else:
        top = '<div class="top">%s</div>' % ' · '.join('%s %s' % (html.escape(k), inl(v)) for k, v in head)
        ents = ''.join('<div class="e"><div class="eh">%s – %s</div><div class="et">%s</div><div class="sg">%s</div></div>'
                       % (html.escape(d), inl(r), inl(t), html.escape(s)) for d, r, t, s in entries)
        body = '<h1>%s</h1>%s%s' % (html.escape(title), top, ents)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>'
            % (html.escape(title), css, body))
