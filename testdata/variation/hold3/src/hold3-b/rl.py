"""reportlab renderer for forms, tables, fax cover sheets and provider reports."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Preformatted)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape

D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', D + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVM', D + 'DejaVuSansMono.ttf'))
pdfmetrics.registerFont(TTFont('DVMB', D + 'DejaVuSansMono-Bold.ttf'))
L = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', L + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', L + 'LiberationSerif-Bold.ttf'))

def styles(serif=False):
    f, fb = ('Times-Roman', 'Times-Bold') if serif else ('Helvetica', 'Helvetica-Bold')
    return {
        'p': ParagraphStyle('p', fontName=f, fontSize=10, leading=13.5, spaceAfter=5),
        'h': ParagraphStyle('h', fontName=fb, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3),
        'H': ParagraphStyle('H', fontName=fb, fontSize=15, leading=19, spaceAfter=8),
        'cell': ParagraphStyle('c', fontName=f, fontSize=8.8, leading=11),
        'cellb': ParagraphStyle('cb', fontName=fb, fontSize=8.8, leading=11),
        'mono': ParagraphStyle('m', fontName='Courier', fontSize=9.5, leading=11.5),
        'big': ParagraphStyle('B', fontName='Helvetica-Bold', fontSize=28, leading=34, spaceAfter=14),
    }

def P(t, st):
    return Paragraph(escape(t).replace('\n', '<br/>'), st)

def build(out, blocks, header=None, footer=None, land=False, serif=False, margins=18):
    S = styles(serif)
    ps = landscape(A4) if land else A4
    flow = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h', 'H', 'big'):
            flow.append(P(b[1], S[k]))
        elif k == 'sp':
            flow.append(Spacer(1, b[1] * mm))
        elif k == 'pb':
            flow.append(PageBreak())
        elif k == 'mono':
            flow.append(Preformatted(b[1], S['mono']))
        elif k == 'fields':   # list of (label, value)
            rows = [[P(a, S['cellb']), P(v, S['cell'])] for a, v in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else [45 * mm, 125 * mm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            flow.append(t); flow.append(Spacer(1, 3 * mm))
        elif k == 'table':    # rows, colwidths(mm)
            rows = [[P(c, S['cellb'] if i == 0 else S['cell']) for c in r] for i, r in enumerate(b[1])]
            t = Table(rows, colWidths=[w * mm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.Color(.88, .88, .88)),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            flow.append(t); flow.append(Spacer(1, 3 * mm))
        elif k == 'check':    # list of (bool, label)
            for on, lab in b[1]:
                flow.append(Paragraph('<font name="DV">%s</font> %s' % ('☒' if on else '☐', escape(lab)), S['p']))
    def deco(c, doc):
        c.saveState()
        w, h = ps
        c.setFont('Helvetica', 8)
        if header:
            c.drawString(margins * mm, h - 11 * mm, header)
        if footer:
            c.drawString(margins * mm, 9 * mm, footer)
        c.drawRightString(w - margins * mm, 9 * mm, 'Sida %d' % doc.page)
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=ps, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title='', author='')
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
