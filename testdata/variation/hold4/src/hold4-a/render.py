"""Renderers: one document model -> reportlab PDF / .docx / .html.

Block types:
 ('title', text) ('h', text) ('h3', text) ('p', text) ('small', text)
 ('kv', [(k, v), ...])            two-column key/value table
 ('table', header, rows, widths)  widths: list of fractions or None
 ('ul', [items])                  bullet list
 ('pb',)                          page break
 ('cols', [blocks])               (html only) CSS multi-column section; elsewhere plain
"""
import html as _html
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, ListFlowable, ListItem)
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DJ = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', DJ + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', DJ + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVS', DJ + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', DJ + 'DejaVuSerif-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB')
addMapping('DVS', 0, 0, 'DVS'); addMapping('DVS', 1, 0, 'DVSB')


def esc(t):
    return _html.escape(t).replace('\n', '<br/>')


# ---------------------------------------------------------------- reportlab
def to_reportlab(doc, path):
    serif = doc.get('serif', False)
    if doc.get('dejavu'):
        base = 'DVS' if serif else 'DV'
        bold = 'DVSB' if serif else 'DVB'
    else:
        base = 'Times-Roman' if serif else 'Helvetica'
        bold = 'Times-Bold' if serif else 'Helvetica-Bold'
    fs = doc.get('fontsize', 9.5)
    st = {
        'p': ParagraphStyle('p', fontName=base, fontSize=fs, leading=fs * 1.35, spaceAfter=4),
        'small': ParagraphStyle('s', fontName=base, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3, spaceAfter=3),
        'h': ParagraphStyle('h', fontName=bold, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.3, spaceBefore=7, spaceAfter=3),
        'h3': ParagraphStyle('h3', fontName=bold, fontSize=fs, leading=fs * 1.3, spaceBefore=4, spaceAfter=2),
        'title': ParagraphStyle('t', fontName=bold, fontSize=fs + 5, leading=(fs + 5) * 1.3, spaceAfter=8),
        'cell': ParagraphStyle('c', fontName=base, fontSize=fs - 1, leading=(fs - 1) * 1.3),
        'cellb': ParagraphStyle('cb', fontName=bold, fontSize=fs - 1, leading=(fs - 1) * 1.3),
    }
    ps = landscape(A4) if doc.get('landscape') else A4
    W = ps[0] - 40 * mm
    story = []

    def add(blocks):
        for b in blocks:
            k = b[0]
            if k in ('p', 'h', 'h3', 'title', 'small'):
                story.append(Paragraph(esc(b[1]), st[k]))
            elif k == 'kv':
                rows = [[Paragraph(esc(a), st['cellb']), Paragraph(esc(v), st['cell'])] for a, v in b[1]]
                t = Table(rows, colWidths=[W * 0.3, W * 0.7])
                t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                       ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eeeeee'))]))
                story.append(t); story.append(Spacer(1, 4))
            elif k == 'table':
                hdr, rows, widths = b[1], b[2], (b[3] if len(b) > 3 else None)
                n = len(hdr)
                widths = widths or [1.0 / n] * n
                data = [[Paragraph(esc(h), st['cellb']) for h in hdr]]
                data += [[Paragraph(esc(c), st['cell']) for c in r] for r in rows]
                t = Table(data, colWidths=[W * w for w in widths], repeatRows=1)
                t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                       ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6ee'))]))
                story.append(t); story.append(Spacer(1, 5))
            elif k == 'ul':
                story.append(ListFlowable([ListItem(Paragraph(esc(i), st['p']), leftIndent=10)
                                           for i in b[1]], bulletType='bullet', start='•',
                                          leftIndent=12, bulletFontName=base))
            elif k == 'pb':
                story.append(PageBreak())
            elif k == 'cols':
                add(b[1])

    add(doc['blocks'])
    hl, hr = doc.get('header', ('', ''))
    foot = doc.get('footer', '')

    def onpage(c, d):
        c.saveState()
        c.setFont(base, 7.5)
        c.drawString(20 * mm, ps[1] - 12 * mm, hl)
        c.drawRightString(ps[0] - 20 * mm, ps[1] - 12 * mm, hr)
        c.line(20 * mm, ps[1] - 13.5 * mm, ps[0] - 20 * mm, ps[1] - 13.5 * mm)
        c.drawString(20 * mm, 10 * mm, foot)
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, 'Sida %d' % d.page)
        c.restoreState()

    sd = SimpleDocTemplate(path, pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm,
                           title=doc.get('pdftitle', ''), author=doc.get('author', ''))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- docx
def to_docx(doc, path):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    font = doc.get('docxfont', 'Liberation Sans')
    for sname in ('Normal', 'Heading 1', 'Heading 2', 'Heading 3', 'Title'):
        s = d.styles[sname]
        s.font.name = font
        s.element.rPr.rFonts.set(qn('w:eastAsia'), font) if s.element.rPr is not None else None
    d.styles['Normal'].font.size = Pt(doc.get('fontsize', 10))
    sec = d.sections[0]
    if doc.get('landscape'):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    hl, hr = doc.get('header', ('', ''))
    hp = sec.header.paragraphs[0]
    hp.text = hl + ('    |    ' + hr if hr else '')
    for r in hp.runs:
        r.font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run((doc.get('footer', '') + '    Sida ').lstrip())
    r.font.size = Pt(7.5)
    fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
    rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; rr.append(t); fld.append(rr)
    fp._p.append(fld)
    W = (297 if doc.get('landscape') else 210) - 40

    def add(blocks):
        for b in blocks:
            k = b[0]
            if k == 'title':
                p = d.add_paragraph(); run = p.add_run(b[1]); run.bold = True; run.font.size = Pt(15)
            elif k == 'h':
                p = d.add_paragraph(); run = p.add_run(b[1]); run.bold = True; run.font.size = Pt(12)
            elif k == 'h3':
                p = d.add_paragraph(); run = p.add_run(b[1]); run.bold = True
            elif k == 'p':
                d.add_paragraph(b[1])
            elif k == 'small':
                p = d.add_paragraph(); run = p.add_run(b[1]); run.font.size = Pt(8)
            elif k == 'ul':
                for i in b[1]:
                    d.add_paragraph(i, style='List Bullet')
            elif k == 'pb':
                d.add_page_break()
            elif k in ('kv', 'table'):
                if k == 'kv':
                    hdr, rows, widths = None, b[1], [0.3, 0.7]
                else:
                    hdr, rows = b[1], b[2]
                    widths = b[3] if len(b) > 3 and b[3] else [1.0 / len(hdr)] * len(hdr)
                n = len(widths)
                t = d.add_table(rows=0, cols=n)
                t.style = 'Table Grid'
                if hdr:
                    cells = t.add_row().cells
                    for i, h in enumerate(hdr):
                        cells[i].text = ''
                        cells[i].paragraphs[0].add_run(h).bold = True
                for row in rows:
                    cells = t.add_row().cells
                    for i, c in enumerate(row):
                        cells[i].text = ''
                        run = cells[i].paragraphs[0].add_run(c)
                        if k == 'kv' and i == 0:
                            run.bold = True
                t.autofit = False
                grid = t._tbl.tblGrid
                for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
                    gc.set(qn('w:w'), str(int(W * widths[i] * 56.7)))
                for row in t.rows:
                    for i, c in enumerate(row.cells):
                        c.width = Mm(W * widths[i])
                d.add_paragraph('')
            elif k == 'cols':
                add(b[1])
    add(doc['blocks'])
    d.core_properties.author = doc.get('author', '')
    d.core_properties.title = doc.get('pdftitle', '')
    d.save(path)


# ---------------------------------------------------------------- html
def to_html(doc, path):
    land = doc.get('landscape')
    css = """
@page { size: A4 %s; margin: 16mm 18mm 16mm 18mm; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: %spt; line-height: 1.35; color:#111 }
.hdr { font-size: 7.5pt; border-bottom: 1px solid #888; display:flex; justify-content: space-between; margin-bottom: 8px; color:#333 }
h1 { font-size: 15pt; margin: 6px 0 8px 0 } h2 { font-size: 11.5pt; margin: 10px 0 4px 0 } h3 { font-size: 10pt; margin: 6px 0 2px 0 }
p { margin: 0 0 5px 0 } .small { font-size: 8pt; color:#333 }
table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px 0 } td, th { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align:left; font-size: 0.92em }
th { background: #e4e9ef } td.k { background:#f0f0f0; font-weight: bold; width: 30%% }
.cols { column-count: 2; column-gap: 9mm; column-rule: 1px solid #ccc }
.cols h2 { break-after: avoid }
.pb { break-after: page }
.ftr { font-size: 7.5pt; color:#444; border-top: 1px solid #aaa; margin-top: 14px }
""" % ('landscape' if land else 'portrait', doc.get('fontsize', 10))
    out = ['<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
           % (esc(doc.get('pdftitle', '')), css)]
    hl, hr = doc.get('header', ('', ''))
    out.append('<div class="hdr"><span>%s</span><span>%s</span></div>' % (esc(hl), esc(hr)))

    def add(blocks):
        for b in blocks:
            k = b[0]
            if k == 'title':
                out.append('<h1>%s</h1>' % esc(b[1]))
            elif k == 'h':
                out.append('<h2>%s</h2>' % esc(b[1]))
            elif k == 'h3':
                out.append('<h3>%s</h3>' % esc(b[1]))
            elif k == 'p':
                out.append('<p>%s</p>' % esc(b[1]))
            elif k == 'small':
                out.append('<p class="small">%s</p>' % esc(b[1]))
            elif k == 'ul':
                out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % esc(i) for i in b[1]))
            elif k == 'pb':
                out.append('<div class="pb"></div><div class="hdr"><span>%s</span><span>%s</span></div>' % (esc(hl), esc(hr)))
            elif k == 'kv':
                out.append('<table>%s</table>' % ''.join('<tr><td class="k">%s</td><td>%s</td></tr>' % (esc(a), esc(v)) for a, v in b[1]))
            elif k == 'table':
                hdr, rows = b[1], b[2]
                out.append('<table><tr>%s</tr>%s</table>' % (''.join('<th>%s</th>' % esc(h) for h in hdr),
                           ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % esc(c) for c in r) for r in rows)))
            elif k == 'cols':
                out.append('<div class="cols">'); add(b[1]); out.append('</div>')
    add(doc['blocks'])
    if doc.get('footer'):
        out.append('<div class="ftr">%s</div>' % esc(doc['footer']))
    out.append('</body></html>')
    open(path, 'w', encoding='utf-8').write('\n'.join(out))
