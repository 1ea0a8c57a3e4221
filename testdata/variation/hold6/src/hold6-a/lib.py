# Rendering helpers for hold6-a (reportlab + poppler + img2pdf).
import os, re, subprocess, shutil, tempfile
from reportlab.lib.pagesizes import A4, landscape as LS
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTMAP = {'Ser': 'Times-Roman', 'Ser-B': 'Times-Bold', 'San': 'Helvetica', 'San-B': 'Helvetica-Bold',
           'Mono': 'Courier', 'Mono-B': 'Courier-Bold'}


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def styles(font):
    b = FONTMAP[font + '-B']
    font = FONTMAP[font]
    return {
        'p': ParagraphStyle('p', fontName=font, fontSize=10.2, leading=13.6, spaceAfter=5),
        'h1': ParagraphStyle('h1', fontName=b, fontSize=14, leading=18, spaceAfter=8, spaceBefore=4),
        'h2': ParagraphStyle('h2', fontName=b, fontSize=11.2, leading=14, spaceAfter=4, spaceBefore=8),
        'h3': ParagraphStyle('h3', fontName=b, fontSize=10.2, leading=13, spaceAfter=2, spaceBefore=5),
        'small': ParagraphStyle('s', fontName=font, fontSize=8, leading=10, spaceAfter=2),
        'mono': ParagraphStyle('m', fontName='Courier', fontSize=8.6, leading=11, spaceAfter=0),
        'cell': ParagraphStyle('c', fontName=font, fontSize=9, leading=11.2),
        'cellb': ParagraphStyle('cb', fontName=b, fontSize=9, leading=11.2),
    }


def build(path, blocks, head, font='Ser', land=False, rotate=(), twocol=False, foot=''):
    """blocks: list of tuples. head: (left, right) header strings."""
    st = styles(font)
    hf = FONTMAP[font]
    ps = LS(A4) if land else A4
    W, H = ps
    lm = 22 * mm

    def deco(c, d):
        c.saveState()
        c.setFont(hf, 8)
        c.drawString(lm, H - 12 * mm, head[0])
        c.drawRightString(W - lm, H - 12 * mm, head[1])
        c.setLineWidth(0.4)
        c.line(lm, H - 13.5 * mm, W - lm, H - 13.5 * mm)
        c.drawString(lm, 10 * mm, foot)
        c.drawRightString(W - lm, 10 * mm, 'Sida %d' % d.page)
        c.restoreState()

    def endp(c, d):
        d.pageTemplate.rotation = 90 if d.page in rotate else 0

    doc = BaseDocTemplate(path, pagesize=ps, leftMargin=lm, rightMargin=lm,
                          topMargin=20 * mm, bottomMargin=18 * mm, title=head[0],
                          author='hold6-a synthetic')
    fw = W - 2 * lm
    fh = H - 38 * mm
    if twocol:
        g = 8 * mm
        cw = (fw - g) / 2
        frames = [Frame(lm, 18 * mm, cw, fh, id='c1'), Frame(lm + cw + g, 18 * mm, cw, fh, id='c2')]
    else:
        frames = [Frame(lm, 18 * mm, fw, fh, id='f')]
    doc.addPageTemplates([PageTemplate(id='main', frames=frames, onPage=deco, onPageEnd=endp)])
    story = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h1', 'h2', 'h3', 'small'):
            story.append(Paragraph(b[1], st[k]))
        elif k == 'mono':
            for line in b[1].split('\n'):
                story.append(Paragraph(esc(line).replace(' ', '&nbsp;') or '&nbsp;', st['mono']))
            story.append(Spacer(1, 6))
        elif k == 'sp':
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'table':
            rows = b[1]
            cws = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(str(x), st['cellb'] if i == 0 else st['cell']) for x in r])
            if cws:
                tot = sum(cws)
                cws = [fw * x / tot for x in cws]
            t = Table(data, colWidths=cws, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4e4e4')),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == 'checks':
            data = [[Paragraph('[X]' if on else '[&nbsp;&nbsp;]', st['cell']), Paragraph(txt, st['cell'])]
                    for on, txt in b[1]]
            t = Table(data, colWidths=[12 * mm, fw - 12 * mm])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == 'kv':  # form fields with boxes
            data = [[Paragraph('<b>%s</b>' % a, st['cell']), Paragraph(v, st['cell'])] for a, v in b[1]]
            t = Table(data, colWidths=[fw * 0.3, fw * 0.7])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == 'fn':
            story.append(Spacer(1, 10))
            story.append(Paragraph('_' * 30, st['small']))
            for f in b[1]:
                story.append(Paragraph(f, st['small']))
        else:
            raise ValueError(k)
    doc.build(story)


def page_texts(pdf):
    n = npages(pdf)
    out = []
    for i in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), '-layout', pdf, '-'],
                           capture_output=True, text=True).stdout
        out.append(re.sub(r'\s+', ' ', t))
    return out


def npages(pdf):
    o = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', o).group(1))


def scan(src, dst, skew=0.6):
    """Render to 150 dpi grey JPEG q60, no text layer."""
    from PIL import Image
    td = tempfile.mkdtemp()
    subprocess.run(['pdftoppm', '-r', '150', '-gray', '-jpeg', '-jpegopt', 'quality=60',
                    src, td + '/p'], check=True)
    imgs = sorted(os.listdir(td))
    paths = []
    for j, f in enumerate(imgs):
        p = os.path.join(td, f)
        im = Image.open(p)
        im = im.rotate(skew if j % 2 == 0 else -skew * 0.7, fillcolor=255, expand=False)
        im.save(p, quality=60, dpi=(150, 150))
        paths.append(p)
    subprocess.run(['img2pdf', '--output', dst] + paths, check=True)
    shutil.rmtree(td)


# keep the portrait MediaBox on pages with /Rotate (reportlab would swap it and crop the content)
from reportlab.pdfbase import pdfdoc as _pd
_orig_cf = _pd.PDFPage.check_format


def _cf(self, document):
    if self.Rotate in (90, 270) and not self.MediaBox:
        self.MediaBox = _pd.PDFArray([0, 0, self.pagewidth, self.pageheight])
    return _orig_cf(self, document)


_pd.PDFPage.check_format = _cf


def html_pdf(html, dst):
    """Print an HTML page to PDF with headless Chromium (one process at a time)."""
    src = dst + '.html'
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['timeout', '120', 'chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--user-data-dir=/tmp/chrome-hold6-a', '--print-to-pdf=' + dst, 'file://' + src],
                   check=True, capture_output=True)
    os.remove(src)


def outlook_html(msgs, title):
    """msgs: list of dict(frm,to,date,subj,body,cc); rendered like an Outlook print-out."""
    h = ['<html><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm} body{font-family:Calibri,Carlito,Arial,sans-serif;font-size:11pt;margin:30px}'
         '.top{font-size:14pt;font-weight:bold;border-bottom:2px solid #000;margin-bottom:10px}'
         'table.h td{padding:1px 8px 1px 0;vertical-align:top} .q{border-left:2px solid #888;padding-left:8px;color:#333}'
         '.msg{margin-bottom:22px;border-bottom:1px solid #aaa;padding-bottom:10px} pre{font-family:inherit;white-space:pre-wrap}</style></head><body>',
         '<div class="top">%s</div>' % title]
    for m in msgs:
        h.append('<div class="msg"><table class="h"><tr><td><b>Från:</b></td><td>%s</td></tr><tr><td><b>Skickat:</b></td><td>%s</td></tr>'
                 '<tr><td><b>Till:</b></td><td>%s</td></tr>%s<tr><td><b>Ämne:</b></td><td>%s</td></tr></table><pre>%s</pre></div>' %
                 (esc(m['frm']), m['date'], esc(m['to']), ('<tr><td><b>Kopia:</b></td><td>%s</td></tr>' % esc(m['cc'])) if m.get('cc') else '',
                  esc(m['subj']), esc(m['body'])))
    h.append('</body></html>')
    return ''.join(h)


def blocks_html(blocks, head, foot=''):
    """Same block list as build(), as a simple Writer-style HTML document."""
    h = ['<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Sans",Arial;font-size:10.5pt}'
         'td{vertical-align:top;padding:3px} table{border-collapse:collapse;width:100%}</style></head><body>',
         '<p style="font-size:8pt">%s<br/>%s</p><hr/>' % (esc(head[0]), esc(head[1]))]
    for b in blocks:
        k = b[0]
        if k in ('h1', 'h2', 'h3'):
            h.append('<%s>%s</%s>' % (k, b[1], k))
        elif k == 'p':
            h.append('<p>%s</p>' % b[1])
        elif k == 'small':
            h.append('<p style="font-size:8pt">%s</p>' % b[1])
        elif k == 'kv':
            h.append('<table border="1">' + ''.join('<tr><td width="30%%"><b>%s</b></td><td>%s</td></tr>' % (a, v) for a, v in b[1]) + '</table>')
        elif k == 'table':
            rows = b[1]
            h.append('<table border="1">' + ''.join('<tr>' + ''.join(('<td><b>%s</b></td>' if i == 0 else '<td>%s</td>') % x for x in r) + '</tr>'
                                                    for i, r in enumerate(rows)) + '</table>')
        elif k == 'sp':
            h.append('<br/>')
    h.append('<hr/><p style="font-size:8pt">%s</p></body></html>' % esc(foot))
    return ''.join(h)


def lo_pdf(html, dst):
    """HTML -> PDF through LibreOffice Writer (one soffice at a time)."""
    td = tempfile.mkdtemp(prefix='lo-h6a-')
    src = os.path.join(td, 'doc.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html)
    subprocess.run(['timeout', '180', 'soffice', '-env:UserInstallation=file:///tmp/lo-hold6-a', '--headless',
                    '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', td, src],
                   check=True, capture_output=True)
    shutil.move(os.path.join(td, 'doc.pdf'), dst)
    shutil.rmtree(td)
