# -*- coding: utf-8 -*-
"""Rendering back-ends for the check-a synthetic case files.

A document is described as a list of blocks:
  ('h1'|'h2'|'h3', text)          headings
  ('p', text)                      paragraph (text may hold **bold** spans)
  ('kv', [(label, value), ...])    field table (label | value)
  ('table', header, rows, widths)  grid table; widths are relative (or None)
  ('ul', [items])                  bullet list
  ('checks', [(bool, text), ...])  ticked boxes
  ('sig', [lines])                 signature lines
  ('small', text)                  small print
  ('mono', text)                   pre-formatted text
  ('sp',)                          vertical space
  ('br',)                          page break
  ('cols', n)                      (docx/reportlab only) switch column count
"""
import os
import re
import shutil
import subprocess
import html as _html

BUILD = '/tmp/build-check-a'
LO_PROFILE = 'file:///tmp/lo-profile-check-a'
CHR_PROFILE = '/tmp/chr-check-a'

os.makedirs(BUILD, exist_ok=True)


def _tmp(name):
    p = os.path.join(BUILD, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def esc(t):
    return _html.escape(t, quote=False)


def inline_html(t):
    t = esc(t)
    t = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', t)
    return t.replace('\n', '<br>')


def strip_bold(t):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', t)


# ----------------------------------------------------------------- LibreOffice
def lo_convert(src, out_pdf, infilter=None):
    outdir = os.path.dirname(src)
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless']
    if infilter:
        cmd.append('--infilter=' + infilter)
    cmd += ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(src)[0] + '.pdf'
    if not os.path.exists(produced):
        raise RuntimeError('LibreOffice produced nothing for ' + src)
    os.makedirs(os.path.dirname(out_pdf), exist_ok=True)
    shutil.move(produced, out_pdf)


# ----------------------------------------------------------------- HTML
def blocks_to_html(blocks, font='Liberation Sans', size='10pt', for_lo=True,
                   letterhead=None, css_extra=''):
    """HTML that both LibreOffice (HTML (StarWriter)) and Chromium render sensibly."""
    out = []
    b1 = ' border="1" cellpadding="4" cellspacing="0"' if for_lo else ''
    for bl in blocks:
        k = bl[0]
        if k in ('h1', 'h2', 'h3'):
            out.append('<%s>%s</%s>' % (k, inline_html(bl[1]), k))
        elif k == 'p':
            out.append('<p>%s</p>' % inline_html(bl[1]))
        elif k == 'small':
            out.append('<p class="small"><font size="1">%s</font></p>' % inline_html(bl[1]))
        elif k == 'mono':
            out.append('<pre>%s</pre>' % esc(bl[1]))
        elif k == 'kv':
            rows = ''.join('<tr><td width="30%%" valign="top"><b>%s</b></td><td valign="top">%s</td></tr>'
                           % (inline_html(a), inline_html(b)) for a, b in bl[1])
            out.append('<table class="kv" width="100%%"%s>%s</table>' % (b1, rows))
        elif k == 'table':
            header, rows = bl[1], bl[2]
            widths = bl[3] if len(bl) > 3 else None
            tot = float(sum(widths)) if widths else None
            h = ''.join('<th%s align="left" valign="top">%s</th>' % (
                (' width="%d%%"' % round(100 * widths[i] / tot)) if widths else '', inline_html(c))
                for i, c in enumerate(header))
            body = ''.join('<tr>%s</tr>' % ''.join('<td valign="top">%s</td>' % inline_html(c) for c in r)
                           for r in rows)
            out.append('<table class="grid" width="100%%"%s><tr bgcolor="#dddddd">%s</tr>%s</table>'
                       % (b1, h, body))
        elif k == 'ul':
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % inline_html(i) for i in bl[1]))
        elif k == 'checks':
            out.append('<p>%s</p>' % '<br>'.join('%s %s' % ('☒' if c else '☐', inline_html(t))
                                                   for c, t in bl[1]))
        elif k == 'sig':
            out.append('<p>%s</p>' % '<br>'.join(inline_html(x) for x in bl[1]))
        elif k == 'sp':
            out.append('<p>&nbsp;</p>')
        elif k == 'hr':
            out.append('<hr>')
        elif k == 'br':
            out.append('<p style="page-break-before: always"></p>')
        elif k == 'cols':
            pass
        elif k == 'raw':
            out.append(bl[1])
        else:
            raise ValueError(k)
    lh = ''
    if letterhead:
        lh = '<p class="lh"><font size="2">%s</font></p><hr>' % inline_html(letterhead)
    css = ('body{font-family:"%s";font-size:%s} h1{font-family:"%s";font-size:15pt} '
           'h2{font-family:"%s";font-size:12pt;margin-bottom:2pt} h3{font-family:"%s";font-size:10.5pt;margin-bottom:1pt} '
           'p{margin-top:2pt;margin-bottom:5pt} .small{font-size:8pt} '
           'table.grid,table.kv{border-collapse:collapse;margin-bottom:6pt} '
           'table.grid td,table.grid th,table.kv td{border:1px solid #444;padding:3px;font-size:9.5pt} ' % (
               font, size, font, font, font)) + css_extra
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>dok</title><style>%s</style></head>'
            '<body>%s%s</body></html>' % (css, lh, '\n'.join(out)))


def html_lo(blocks, out_pdf, name, **kw):
    src = _tmp(name + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(blocks_to_html(blocks, for_lo=True, **kw))
    lo_convert(src, out_pdf, infilter='HTML (StarWriter)')


def chromium_pdf(html_text, out_pdf, name):
    src = _tmp(name + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html_text)
    os.makedirs(os.path.dirname(out_pdf), exist_ok=True)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                    '--disable-background-networking', '--user-data-dir=' + CHR_PROFILE,
                    '--no-pdf-header-footer', '--print-to-pdf=' + out_pdf, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def email_html(owner, fields, body_paras, signature, attachments=None, font='Calibri, Carlito, Liberation Sans',
               for_lo=False, quoted=None):
    """Outlook-like printout of one e-mail."""
    rows = ''.join('<tr><td style="width:95px;vertical-align:top"><b>%s</b></td><td>%s</td></tr>'
                   % (esc(k), esc(v)) for k, v in fields)
    if attachments:
        rows += '<tr><td style="vertical-align:top"><b>Bifogade filer:</b></td><td>%s</td></tr>' % esc(
            '; '.join(attachments))
    body = ''.join('<p>%s</p>' % inline_html(p) for p in body_paras)
    sig = '<p>%s</p>' % '<br>'.join(esc(s) for s in signature)
    q = ''
    if quoted:
        q = '<div style="border-left:2px solid #999;padding-left:8px;color:#333">%s</div>' % ''.join(
            '<p>%s</p>' % inline_html(p) for p in quoted)
    brd = ' border="0" cellpadding="2"' if for_lo else ''
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
            '@page{size:A4;margin:18mm 18mm 18mm 18mm} body{font-family:%s;font-size:11pt} '
            '.owner{font-size:14pt;font-weight:bold;border-bottom:3px solid #000;padding-bottom:3px;margin-bottom:8px}'
            ' table{font-size:11pt;margin-bottom:14px} p{margin:0 0 9pt 0}'
            '</style></head><body><div class="owner">%s</div><table%s>%s</table>%s%s%s</body></html>'
            % (font, esc(owner), brd, rows, body, sig, q))


# ----------------------------------------------------------------- DOCX
def _docx_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def _set_cols(section, n):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sp = section._sectPr
    for c in sp.findall(qn('w:cols')):
        sp.remove(c)
    cols = OxmlElement('w:cols')
    cols.set(qn('w:num'), str(n))
    cols.set(qn('w:space'), '567')
    sp.append(cols)


def _add_runs(par, text, size=None, bold_all=False):
    from docx.shared import Pt
    parts = re.split(r'(\*\*.+?\*\*)', text)
    for part in parts:
        if not part:
            continue
        b = part.startswith('**') and part.endswith('**')
        txt = part[2:-2] if b else part
        lines = txt.split('\n')
        for i, ln in enumerate(lines):
            r = par.add_run(ln)
            r.bold = b or bold_all
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()


def _shade(cell, color='D9D9D9'):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), color)
    tcPr.append(shd)


def _fix_fonts(doc, font):
    """Pin every style to one font (no theme fonts, no fallbacks)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for st in doc.styles:
        el = st.element
        rpr = el.find(qn('w:rPr'))
        if rpr is None:
            rpr = OxmlElement('w:rPr'); el.append(rpr)
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), font)


def docx_pdf(blocks, out_pdf, name, header_left='', header_right='', footer_left='',
             font='Liberation Sans', size=10, landscape=False, page_numbers=True,
             pn_format='Sida {P} av {N}', margins_cm=2.0):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    _fix_fonts(doc, font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    for hn, hs in (('Heading 1', 15), ('Heading 2', 12), ('Heading 3', 10.5)):
        h = doc.styles[hn]
        h.font.name = font
        h.font.size = Pt(hs)
        h.font.bold = True
        h.font.italic = False
        h.font.color.rgb = None
        h.paragraph_format.space_before = Pt(8 if hn != 'Heading 3' else 5)
        h.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ('left_margin', 'right_margin'):
        setattr(sec, m, Cm(margins_cm))
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    # header
    from docx.enum.text import WD_TAB_ALIGNMENT
    usable0 = (29.7 if landscape else 21.0) - 2 * margins_cm
    from docx.shared import Twips
    for sn in ('Header', 'Footer'):
        try:
            doc.styles[sn].font.size = Pt(8)
        except KeyError:
            pass
    hp = sec.header.paragraphs[0]
    for p_ in (hp, sec.footer.paragraphs[0]):
        p_.paragraph_format.tab_stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
        p_.paragraph_format.tab_stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(usable0), WD_TAB_ALIGNMENT.RIGHT)
    _add_runs(hp, header_left, size=8)
    if header_right:
        hp.add_run('\t' + header_right).font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(usable0), WD_TAB_ALIGNMENT.RIGHT)
    if footer_left:
        fp.add_run(footer_left).font.size = Pt(8)
    if page_numbers:
        fp.add_run('\t').font.size = Pt(8)
    if page_numbers:
        pre, rest = pn_format.split('{P}')
        mid, post = rest.split('{N}') if '{N}' in rest else (rest, None)
        r = fp.add_run(pre); r.font.size = Pt(8)
        r = fp.add_run(); r.font.size = Pt(8); _docx_field(r, 'PAGE')
        r = fp.add_run(mid); r.font.size = Pt(8)
        if post is not None:
            r = fp.add_run(); r.font.size = Pt(8); _docx_field(r, 'NUMPAGES')
            r = fp.add_run(post); r.font.size = Pt(8)
    usable = (29.7 if landscape else 21.0) - 2 * margins_cm
    for bl in blocks:
        k = bl[0]
        if k in ('h1', 'h2', 'h3'):
            doc.add_heading(strip_bold(bl[1]), level=int(k[1]))
        elif k == 'p':
            _add_runs(doc.add_paragraph(), bl[1])
        elif k == 'small':
            _add_runs(doc.add_paragraph(), bl[1], size=8)
        elif k == 'mono':
            p = doc.add_paragraph()
            r = p.add_run(bl[1]); r.font.name = 'Liberation Mono'; r.font.size = Pt(9)
        elif k == 'kv':
            t = doc.add_table(rows=0, cols=2)
            t.style = 'Table Grid'
            for a, b in bl[1]:
                cells = t.add_row().cells
                _add_runs(cells[0].paragraphs[0], a, bold_all=True, size=size - 0.5)
                _add_runs(cells[1].paragraphs[0], b, size=size - 0.5)
            for row in t.rows:
                row.cells[0].width = Cm(usable * 0.3)
                row.cells[1].width = Cm(usable * 0.7)
            doc.add_paragraph()
        elif k == 'table':
            header, rows = bl[1], bl[2]
            widths = bl[3] if len(bl) > 3 and bl[3] else [1] * len(header)
            tot = float(sum(widths))
            t = doc.add_table(rows=1, cols=len(header))
            t.style = 'Table Grid'
            for i, h in enumerate(header):
                _add_runs(t.rows[0].cells[i].paragraphs[0], h, bold_all=True, size=size - 1)
                _shade(t.rows[0].cells[i])
            for r_ in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r_):
                    _add_runs(cells[i].paragraphs[0], c, size=size - 1)
            for row in t.rows:
                for i, c in enumerate(row.cells):
                    c.width = Cm(usable * widths[i] / tot)
            doc.add_paragraph()
        elif k == 'ul':
            for it in bl[1]:
                _add_runs(doc.add_paragraph(style='List Bullet'), it)
        elif k == 'checks':
            for c, t in bl[1]:
                _add_runs(doc.add_paragraph(), ('☒ ' if c else '☐ ') + t)
        elif k == 'sig':
            p = doc.add_paragraph()
            _add_runs(p, '\n'.join(bl[1]))
        elif k == 'sp':
            doc.add_paragraph()
        elif k == 'hr':
            doc.add_paragraph('_' * 60)
        elif k == 'br':
            doc.add_page_break()
        elif k == 'cols':
            ns = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(ns, bl[1])
        else:
            raise ValueError(k)
    src = _tmp(name + '.docx')
    doc.save(src)
    lo_convert(src, out_pdf)


# ----------------------------------------------------------------- reportlab
_RL_FONTS = False


def _rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DejaVu', d + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', d + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVuCond', d + 'DejaVuSansCondensed.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVuCond-Bold', d + 'DejaVuSansCondensed-Bold.ttf'))
    addMapping('DejaVu', 0, 0, 'DejaVu'); addMapping('DejaVu', 1, 0, 'DejaVu-Bold')
    addMapping('DejaVu', 0, 1, 'DejaVu'); addMapping('DejaVu', 1, 1, 'DejaVu-Bold')
    addMapping('DejaVuCond', 0, 0, 'DejaVuCond'); addMapping('DejaVuCond', 1, 0, 'DejaVuCond-Bold')
    addMapping('DejaVuCond', 0, 1, 'DejaVuCond'); addMapping('DejaVuCond', 1, 1, 'DejaVuCond-Bold')
    _RL_FONTS = True


def _rl_inline(t):
    t = esc(t)
    t = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', t)
    return t.replace('\n', '<br/>')


def reportlab_pdf(blocks, out_pdf, header_left='', header_right='', footer_left='',
                  landscape=False, columns=1, font='Helvetica', size=9.5,
                  pn_format='Sida {P}', title='', author=''):
    """platypus document; font 'Helvetica' (not embedded) or 'DejaVu'/'DejaVuCond' (embedded)."""
    from reportlab.lib.pagesizes import A4, landscape as _land
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, FrameBreak, KeepTogether)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    if font != 'Helvetica':
        _rl_fonts()
    bold = 'Helvetica-Bold' if font == 'Helvetica' else font + '-Bold'
    ps = pagesize = _land(A4) if landscape else A4
    W, H = pagesize
    lm = rm = 18 * mm
    tm, bm = 22 * mm, 18 * mm
    base = ParagraphStyle('b', fontName=font, fontSize=size, leading=size * 1.28, spaceAfter=4)
    small = ParagraphStyle('s', parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    cell = ParagraphStyle('c', parent=base, fontSize=size - 0.5, leading=(size - 0.5) * 1.22, spaceAfter=0)
    cellb = ParagraphStyle('cb', parent=cell, fontName=bold)
    h = {1: ParagraphStyle('h1', parent=base, fontName=bold, fontSize=size + 5, leading=size + 8, spaceAfter=6),
         2: ParagraphStyle('h2', parent=base, fontName=bold, fontSize=size + 2, leading=size + 5, spaceBefore=6,
                           spaceAfter=3),
         3: ParagraphStyle('h3', parent=base, fontName=bold, fontSize=size + 0.5, leading=size + 3, spaceBefore=4,
                           spaceAfter=1)}
    mono = ParagraphStyle('m', parent=base, fontName='Courier', fontSize=size - 1, leading=size + 1)

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        c.drawString(lm, H - 12 * mm, header_left)
        if header_right:
            c.drawRightString(W - rm, H - 12 * mm, header_right)
        c.setLineWidth(0.4)
        c.line(lm, H - 13.5 * mm, W - rm, H - 13.5 * mm)
        c.line(lm, 12.5 * mm, W - rm, 12.5 * mm)
        if footer_left:
            c.drawString(lm, 9 * mm, footer_left)
        if pn_format:
            c.drawRightString(W - rm, 9 * mm, pn_format.replace('{P}', str(doc.page)))
        c.restoreState()

    doc = BaseDocTemplate(out_pdf, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author)
    fw = W - lm - rm
    gap = 8 * mm
    one = [Frame(lm, bm, fw, H - tm - bm, id='f1', leftPadding=0, rightPadding=0)]
    two = [Frame(lm, bm, (fw - gap) / 2, H - tm - bm, id='c1', leftPadding=0, rightPadding=0),
           Frame(lm + (fw + gap) / 2, bm, (fw - gap) / 2, H - tm - bm, id='c2', leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate(id='one', frames=one, onPage=deco),
                          PageTemplate(id='two', frames=two, onPage=deco)])
    from reportlab.platypus.doctemplate import NextPageTemplate
    story = []
    cur_w = fw if columns == 1 else (fw - gap) / 2
    if columns == 2:
        story.append(NextPageTemplate('two'))
        doc.pageTemplates.insert(0, doc.pageTemplates.pop(1))
    ts = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                     ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)])
    for bl in blocks:
        k = bl[0]
        if k in ('h1', 'h2', 'h3'):
            story.append(Paragraph(_rl_inline(bl[1]), h[int(k[1])]))
        elif k == 'p':
            story.append(Paragraph(_rl_inline(bl[1]), base))
        elif k == 'small':
            story.append(Paragraph(_rl_inline(bl[1]), small))
        elif k == 'mono':
            story.append(Paragraph(esc(bl[1]).replace('\n', '<br/>').replace(' ', '&nbsp;'), mono))
        elif k == 'kv':
            data = [[Paragraph(_rl_inline(a), cellb), Paragraph(_rl_inline(b), cell)] for a, b in bl[1]]
            lw = 0.3 if cur_w > 350 else 0.42
            t = Table(data, colWidths=[cur_w * lw, cur_w * (1 - lw)])
            t.setStyle(ts)
            story += [t, Spacer(1, 6)]
        elif k == 'table':
            header, rows = bl[1], bl[2]
            widths = bl[3] if len(bl) > 3 and bl[3] else [1] * len(header)
            tot = float(sum(widths))
            data = [[Paragraph(_rl_inline(c), cellb) for c in header]]
            data += [[Paragraph(_rl_inline(c), cell) for c in r] for r in rows]
            t = Table(data, colWidths=[cur_w * w / tot for w in widths], repeatRows=1)
            st = TableStyle(ts.getCommands() + [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9d9d9'))])
            t.setStyle(st)
            story += [t, Spacer(1, 6)]
        elif k == 'ul':
            for it in bl[1]:
                story.append(Paragraph(_rl_inline(it), base, bulletText='•'))
        elif k == 'checks':
            if font == 'Helvetica':
                for c, t in bl[1]:
                    story.append(Paragraph(('[X] ' if c else '[ ] ') + _rl_inline(t), base))
            else:
                for c, t in bl[1]:
                    story.append(Paragraph(('☒ ' if c else '☐ ') + _rl_inline(t), base))
        elif k == 'sig':
            story.append(Paragraph('<br/>'.join(_rl_inline(x) for x in bl[1]), base))
        elif k == 'sp':
            story.append(Spacer(1, 10))
        elif k == 'hr':
            story.append(Spacer(1, 4))
        elif k == 'br':
            story.append(PageBreak())
        elif k == 'cols':
            cur_w = fw if bl[1] == 1 else (fw - gap) / 2
            story.append(NextPageTemplate('one' if bl[1] == 1 else 'two'))
            story.append(PageBreak())
        else:
            raise ValueError(k)
    doc.build(story)


# ----------------------------------------------------------------- enscript / groff
def _latin1(t):
    rep = {'–': '-', '—': '-', '’': "'", '‘': "'", '”': '"', '“': '"', '…': '...', '☒': '[X]', '☐': '[ ]',
           '•': '*', '→': '->'}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode('latin-1')


def enscript_pdf(text, out_pdf, name, header, font='Courier9', landscape=False):
    src = _tmp(name + '.txt')
    with open(src, 'wb') as f:
        f.write(_latin1(text))
    ps = _tmp(name + '.ps')
    cmd = ['enscript', '-q', '-X', 'latin1', '--margins=60:50:30:40', '--header=' + header, '-f', font,
           '-M', 'A4', '-o', ps, src]
    if landscape:
        cmd.insert(1, '-r')
    # enscript reads its arguments as Latin-1 bytes
    cmd = [c.encode('latin-1') if isinstance(c, str) else c for c in cmd]
    subprocess.run(cmd, check=True)
    subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, out_pdf], check=True)


def troff_escape(t):
    t = t.replace('\\', '\\e')
    lines = []
    for ln in t.split('\n'):
        if ln.startswith('.') or ln.startswith("'"):
            ln = '\\&' + ln
        lines.append(ln)
    return '\n'.join(lines)


def groff_pdf(body, out_pdf, name, head_l, head_c, foot_c, font='T'):
    """body: troff text using the macros defined here: .H1 .H2 .P .I1 (indent para) .SP"""
    pre = r'''.pl 29.7c
.po 2.3c
.ll 16.4c
.lt 16.4c
.nr PS 10
.ps 10
.vs 12.5p
.fam %s
.ft R
.hy 0
.de hd
'sp 1.1c
.ps 8
.tl '%s'%s'Sida %%'
.ps 10
'sp 0.9c
..
.de fo
'sp 0.6c
.ps 8
.tl ''%s''
.ps 10
'bp
..
.wh 0 hd
.wh -2.2c fo
.de H1
.sp 0.6
.ps 13
.ft B
\\$*
.ft R
.ps 10
.sp 0.3
..
.de H2
.sp 0.5
.ft B
\\$*
.ft R
.br
..
.de P
.sp 0.4
.in 0
..
.de I1
.sp 0.3
.in 2.5c
.ti -2.5c
..
''' % (font, head_l, head_c, foot_c)
    src = _tmp(name + '.tr')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(pre + body)
    ps = _tmp(name + '.ps')
    with open(ps, 'wb') as f:
        subprocess.run(['groff', '-k', '-Tps', '-dpaper=a4', '-P-pa4', src], check=True, stdout=f)
    subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', ps, out_pdf], check=True)


# ----------------------------------------------------------------- scan, unite, rotate
def scan_pdf(in_pdf, out_pdf, name, pages=None, angles=None):
    """Render pages to grey 150 dpi images (slightly skewed, a little dirty) and back: no text layer."""
    from PIL import Image, ImageFilter, ImageOps
    import random
    base = _tmp(name + '-scan')
    d = os.path.dirname(base)
    for x in os.listdir(d):
        if x.startswith(os.path.basename(base) + '-'):
            os.remove(os.path.join(d, x))
    subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', in_pdf, base], check=True)
    imgs = sorted(x for x in os.listdir(d) if x.startswith(os.path.basename(base) + '-') and x.endswith('.png')
                  and not x.endswith('-s.png'))
    rnd = random.Random(name)
    outs = []
    for i, fn in enumerate(imgs):
        im = Image.open(os.path.join(d, fn)).convert('L')
        ang = (angles[i] if angles and i < len(angles) else rnd.uniform(-0.8, 0.8))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        # grey paper tone and a darker edge, as from a copier
        im = im.point(lambda v: int(40 + v * 0.80))
        w, hgt = im.size
        px = im.load()
        for x in range(0, 18):
            for y in range(hgt):
                px[x, y] = min(px[x, y], 90 + x * 6)
        for _ in range(120):
            x, y = rnd.randrange(w), rnd.randrange(hgt)
            px[x, y] = rnd.randrange(60, 160)
        im = im.quantize(colors=4).convert("L")
        p = os.path.join(d, fn[:-4] + '-s.png')
        im.save(p, optimize=True)
        outs.append(p)
    subprocess.run(['img2pdf', '--pagesize', 'A4', '-o', out_pdf] + outs, check=True)


def unite(pdfs, out_pdf):
    subprocess.run(['pdfunite'] + list(pdfs) + [out_pdf], check=True)


def rotate_pages(pdf, spec):
    """spec like '+90:3' (qpdf syntax)."""
    tmp = pdf + '.rot.pdf'
    r = subprocess.run(['qpdf', '--rotate=' + spec, pdf, tmp], capture_output=True)
    if r.returncode not in (0, 3):   # 3 = succeeded with warnings (pdfunite's xref count)
        raise RuntimeError(r.stderr.decode())
    os.replace(tmp, pdf)


def pages_of(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def page_texts(pdf):
    n = pages_of(pdf)
    res = []
    for i in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-layout', '-f', str(i), '-l', str(i), pdf, '-'],
                           capture_output=True, text=True).stdout
        res.append(t)
    return res
