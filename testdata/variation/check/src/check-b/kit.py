# -*- coding: utf-8 -*-
"""Rendering kit for the check-b synthetic case files.

A document is a list of blocks (tuples).  The same block list can be rendered
through python-docx -> LibreOffice, HTML -> LibreOffice or Chromium, groff -ms
(-Tps | ps2pdf), plain text -> enscript | ps2pdf, or reportlab.
"""
import os, re, subprocess, html, textwrap, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(ROOT, 'build')
LO_PROFILE = 'file:///tmp/lo-profile-check-b'
CHR_PROFILE = '/tmp/chr-check-b'


def run(cmd, **kw):
    r = subprocess.run(cmd, shell=isinstance(cmd, str), capture_output=True, **kw)
    ok = (0, 3) if (isinstance(cmd, list) and cmd and cmd[0] == 'qpdf') else (0,)
    if r.returncode not in ok:
        raise RuntimeError('command failed: %s\n%s\n%s' % (cmd, r.stdout[-2000:], r.stderr[-2000:]))
    return r


class Doc:
    """One document of a case file."""
    def __init__(self, key, dtype, fname, blocks, renderer='docx', date='', title='',
                 header=None, footer=None, font='Times', size=10.5,
                 landscape=False, margins=2.0, css_extra='', layout=None):
        self.key = key; self.dtype = dtype; self.fname = fname; self.blocks = blocks
        self.renderer = renderer; self.date = date; self.title = title or dtype
        self.header = header; self.footer = footer; self.font = font; self.size = size
        self.landscape = landscape; self.margins = margins; self.css_extra = css_extra
        self.layout = layout
        self.pdf = None; self.pages = 0; self.scanned_pages = []

    def layouts(self):
        if self.layout:
            return self.layout
        lay = set()
        for b in self.blocks:
            if b[0] == 'cols' and b[1] == 2: lay.add('two-column')
            if b[0] in ('table', 'kv', 'box'): lay.add('table')
            if b[0] == 'landscape' and b[1]: lay.add('landscape')
            if b[0] == 'check': lay.add('form-checkboxes')
        if self.landscape: lay.add('landscape')
        if self.header or self.footer: lay.add('header-footer')
        return sorted(lay) or ['plain']


# ---------------------------------------------------------------- inline markup
BOLD = re.compile(r'\*\*(.+?)\*\*')

def strip_md(t):
    return BOLD.sub(lambda m: m.group(1), t)


# ---------------------------------------------------------------- DOCX
def render_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_SECTION, WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    st = d.styles['Normal']
    st.font.name = doc.font; st.font.size = Pt(doc.size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), doc.font)
    st.paragraph_format.space_after = Pt(4)
    for sname in ('List Bullet',):
        try:
            d.styles[sname].font.name = doc.font
        except KeyError:
            pass
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ('left_margin', 'right_margin'):
        setattr(sec, side, Cm(doc.margins))
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(1.8)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)

    def set_cols(section, n):
        sp = section._sectPr
        cols = sp.find(qn('w:cols'))
        if cols is None:
            cols = OxmlElement('w:cols'); sp.append(cols)
        cols.set(qn('w:num'), str(n)); cols.set(qn('w:space'), '567')

    def field(p, instr):
        f = OxmlElement('w:fldSimple'); f.set(qn('w:instr'), instr)
        r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; r.append(t); f.append(r)
        p._p.append(f)

    def hf_par(container, spec, size=8.5):
        """spec: (left, right) where text may contain {PAGE} {NUMPAGES}"""
        p = container.paragraphs[0]
        p.style = d.styles['Normal']
        left, right = spec
        width = (sec.page_width - sec.left_margin - sec.right_margin)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        txt = left + ('\t' + right if right else '')
        parts = re.split(r'(\{PAGE\}|\{NUMPAGES\})', txt)
        for part in parts:
            if part == '{PAGE}': field(p, 'PAGE')
            elif part == '{NUMPAGES}': field(p, 'NUMPAGES')
            elif part:
                r = p.add_run(part); r.font.size = Pt(size)
        for r in p.runs: r.font.size = Pt(size)
        return p

    if doc.header:
        hf_par(sec.header, doc.header)
    if doc.footer:
        hf_par(sec.footer, doc.footer)

    def add_md(p, text, bold=False, size=None, italic=False):
        pos = 0
        for m in BOLD.finditer(text):
            if m.start() > pos:
                r = p.add_run(text[pos:m.start()]); r.bold = bold; r.italic = italic
                if size: r.font.size = Pt(size)
            r = p.add_run(m.group(1)); r.bold = True; r.italic = italic
            if size: r.font.size = Pt(size)
            pos = m.end()
        if pos < len(text):
            r = p.add_run(text[pos:]); r.bold = bold; r.italic = italic
            if size: r.font.size = Pt(size)

    def shade(cell, color='D9D9D9'):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto')
        shd.set(qn('w:fill'), color); tcPr.append(shd)

    def cell_text(cell, text, bold=False, size=None):
        lines = text.split('\n') if text else ['']
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        add_md(p, lines[0], bold=bold, size=size)
        for ln in lines[1:]:
            p = cell.add_paragraph(); p.paragraph_format.space_after = Pt(1)
            add_md(p, ln, bold=bold, size=size)

    def set_widths(table, widths):
        if not widths: return
        table.autofit = False
        grid = table._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
            if i < len(widths):
                gc.set(qn('w:w'), str(int(widths[i] * 567)))
        for row in table.rows:
            for i, w in enumerate(widths):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)

    cur = sec
    for b in doc.blocks:
        kind = b[0]
        if kind == 'title':
            p = d.add_paragraph(); add_md(p, b[1], bold=True, size=doc.size + 4)
            p.paragraph_format.space_after = Pt(6)
        elif kind == 'sub':
            p = d.add_paragraph(); add_md(p, b[1], size=doc.size - 0.5)
        elif kind == 'h':
            p = d.add_paragraph(); add_md(p, b[1], bold=True, size=doc.size + 1)
            p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
        elif kind == 'h2':
            p = d.add_paragraph(); add_md(p, b[1], bold=True, italic=False)
            p.paragraph_format.space_before = Pt(4); p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
        elif kind == 'p':
            for para in b[1].split('\n\n'):
                p = d.add_paragraph(); add_md(p, para.replace('\n', ' ') if not para.startswith('|') else para.lstrip('|'))
        elif kind == 'lines':
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                if i: p.add_run().add_break()
                add_md(p, ln)
        elif kind == 'ul':
            for it in b[1]:
                p = d.add_paragraph(style='List Bullet'); add_md(p, it)
                p.paragraph_format.space_after = Pt(2)
        elif kind == 'table':
            header, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            t = d.add_table(rows=1 + len(rows), cols=len(header)); t.style = 'Table Grid'
            for i, h in enumerate(header):
                cell_text(t.rows[0].cells[i], h, bold=True, size=doc.size - 1); shade(t.rows[0].cells[i])
            for ri, row in enumerate(rows):
                for ci, v in enumerate(row):
                    cell_text(t.rows[ri + 1].cells[ci], v, size=doc.size - 1)
            set_widths(t, widths)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == 'kv':
            rows = b[1]; widths = b[2] if len(b) > 2 else [5.0, 12.0]
            t = d.add_table(rows=len(rows), cols=2); t.style = 'Table Grid'
            for ri, (k, v) in enumerate(rows):
                cell_text(t.rows[ri].cells[0], k, bold=True, size=doc.size - 1); shade(t.rows[ri].cells[0], 'EDEDED')
                cell_text(t.rows[ri].cells[1], v, size=doc.size - 1)
            set_widths(t, widths)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == 'box':
            label, text = b[1], b[2]
            t = d.add_table(rows=2, cols=1); t.style = 'Table Grid'
            cell_text(t.rows[0].cells[0], label, bold=True, size=doc.size - 1); shade(t.rows[0].cells[0], 'EDEDED')
            cell_text(t.rows[1].cells[0], text if text else ' ', size=doc.size - 0.5)
            if not text:
                for _ in range(2):
                    t.rows[1].cells[0].add_paragraph('')
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == 'check':
            for checked, label in b[1]:
                p = d.add_paragraph(); p.paragraph_format.space_after = Pt(1)
                r = p.add_run(('☒ ' if checked else '☐ ')); r.font.name = 'DejaVu Sans'
                add_md(p, label)
        elif kind == 'sig':
            d.add_paragraph()
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                if i: p.add_run().add_break()
                add_md(p, ln)
        elif kind == 'space':
            d.add_paragraph()
        elif kind == 'pb':
            d.add_page_break()
        elif kind == 'colbreak':
            from docx.enum.text import WD_BREAK
            d.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        elif kind == 'cols':
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            set_cols(ns, b[1]); cur = ns
        elif kind == 'landscape':
            ns = d.add_section(WD_SECTION.NEW_PAGE)
            w, h = cur.page_width, cur.page_height
            if b[1]:
                ns.orientation = WD_ORIENT.LANDSCAPE
                ns.page_width, ns.page_height = max(w, h), min(w, h)
            else:
                ns.orientation = WD_ORIENT.PORTRAIT
                ns.page_width, ns.page_height = min(w, h), max(w, h)
            set_cols(ns, 1); cur = ns
        elif kind == 'journal':
            for ent in b[1]:
                date, who, head, text = ent
                p = d.add_paragraph(); p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.keep_with_next = True
                add_md(p, date + '   ' + head, bold=True)
                if who:
                    r = p.add_run('   ' + who); r.italic = True
                for para in text.split('\n\n'):
                    p = d.add_paragraph(); add_md(p, para.replace('\n', ' '))
        else:
            raise ValueError(kind)
    d.save(path)


def lo_convert(src, outdir):
    extra = ['--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export'] if src.endswith('.html') else ['--convert-to', 'pdf']
    run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless'] + extra + ['--outdir', outdir, src], timeout=300)


# ---------------------------------------------------------------- HTML
def md_html(t):
    t = html.escape(t)
    return BOLD.sub(lambda m: '<b>%s</b>' % m.group(1), t)


def render_html(doc, path, for_chromium=False):
    f = doc.font
    css = """
    body { font-family: '%s', sans-serif; font-size: %spt; }
    h1 { font-size: %spt; margin: 0 0 6pt 0; }
    h2 { font-size: %spt; margin: 10pt 0 3pt 0; }
    h3 { font-size: %spt; margin: 6pt 0 2pt 0; }
    p { margin: 0 0 5pt 0; }
    table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; }
    td, th { border: 1px solid #444; padding: 3pt 4pt; vertical-align: top; font-size: %spt; text-align: left; }
    th { background: #ddd; }
    td.k { background: #eee; font-weight: bold; width: 30%%; }
    .sub { font-size: %spt; }
    .jh { font-weight: bold; margin-top: 8pt; }
    .cols { column-count: 2; column-gap: 1cm; }
    .hdr { font-size: 8pt; border-bottom: 1px solid #888; margin-bottom: 10pt; }
    """ % (f, doc.size, doc.size + 4, doc.size + 1, doc.size, doc.size - 1, doc.size - 0.5)
    if for_chromium:
        css += "@page { size: A4 %s; margin: %scm; }\n" % ('landscape' if doc.landscape else 'portrait', doc.margins)
    css += doc.css_extra
    out = ['<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (html.escape(doc.title), css)]
    if doc.header:
        out.append('<div class="hdr">%s</div>' % md_html(doc.header[0]))
    incols = False
    for b in doc.blocks:
        kind = b[0]
        if kind == 'title': out.append('<h1>%s</h1>' % md_html(b[1]))
        elif kind == 'sub': out.append('<p class="sub">%s</p>' % md_html(b[1]))
        elif kind == 'h': out.append('<h2>%s</h2>' % md_html(b[1]))
        elif kind == 'h2': out.append('<h3>%s</h3>' % md_html(b[1]))
        elif kind == 'p':
            for para in b[1].split('\n\n'):
                out.append('<p>%s</p>' % md_html(para.lstrip('|')))
        elif kind == 'lines':
            out.append('<p>%s</p>' % '<br>'.join(md_html(x) for x in b[1]))
        elif kind == 'ul':
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % md_html(x) for x in b[1]))
        elif kind == 'table':
            header, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            if widths:
                tot = float(sum(widths))
                out.append('<table><tr>%s</tr>' % ''.join('<th width="%d%%">%s</th>' % (round(100 * w / tot), md_html(h)) for h, w in zip(header, widths)))
            else:
                out.append('<table><tr>%s</tr>' % ''.join('<th>%s</th>' % md_html(h) for h in header))
            for row in rows:
                out.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % md_html(v).replace('\n', '<br>') for v in row))
            out.append('</table>')
        elif kind == 'kv':
            out.append('<table>')
            for k, v in b[1]:
                out.append('<tr><td class="k">%s</td><td>%s</td></tr>' % (md_html(k), md_html(v).replace('\n', '<br>') or '&nbsp;'))
            out.append('</table>')
        elif kind == 'box':
            out.append('<table><tr><td class="k" style="width:100%%">%s</td></tr><tr><td>%s</td></tr></table>'
                       % (md_html(b[1]), md_html(b[2]).replace('\n', '<br>') if b[2] else '&nbsp;<br>&nbsp;'))
        elif kind == 'check':
            out.append('<p>%s</p>' % '<br>'.join(('☒ ' if c else '☐ ') + md_html(l) for c, l in b[1]))
        elif kind == 'sig':
            out.append('<p style="margin-top:14pt">%s</p>' % '<br>'.join(md_html(x) for x in b[1]))
        elif kind == 'space': out.append('<p>&nbsp;</p>')
        elif kind == 'pb': out.append('<div style="page-break-after: always"></div>')
        elif kind == 'cols':
            if incols: out.append('</div>')
            incols = b[1] == 2
            if incols: out.append('<div class="cols">')
        elif kind in ('landscape', 'colbreak'): pass
        elif kind == 'journal':
            for date, who, head, text in b[1]:
                out.append('<p class="jh">%s &nbsp; %s%s</p>' % (md_html(date), md_html(head),
                           (' &nbsp; <i>%s</i>' % md_html(who)) if who else ''))
                for para in text.split('\n\n'):
                    out.append('<p>%s</p>' % md_html(para))
        else:
            raise ValueError(kind)
    if incols: out.append('</div>')
    if doc.footer:
        out.append('<div class="hdr" style="border-top:1px solid #888;border-bottom:0;margin-top:14pt">%s</div>' % md_html(doc.footer[0]))
    out.append('</body></html>')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))


def chromium_pdf(src, out):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--user-data-dir=' + CHR_PROFILE,
         '--no-pdf-header-footer', '--print-to-pdf=' + out, src], timeout=180)


# ---------------------------------------------------------------- groff (plain troff + own macros; no -ms on this system)
GROFF_PRE = r"""
.\" minimal page layout macros (the machine has groff-base only, no -ms)
.nr twocol 0
.nr col 1
.nr colend1 0
.nr coltop 1i
.po 1i
.ll 6.3i
.lt 6.3i
.ds LH
.ds RH
.ds LF
.ds RF
.de HD
'sp 0.45i
.ps 8
.ft R
.tl '\\*[LH]''\\*[RH]'
.ps
'sp 0.35i
.nr coltop \\n[nl]
.nr col 1
..
.de FO
.ie (\\n[twocol]=1)&(\\n[col]=1) \{\
.nr colend1 \\n[nl]
.nr col 2
.po +3.3i
'sp |\\n[coltop]u
.\}
.el \{\
.if \\n[col]=2 .po -3.3i
.nr col 1
'sp 0.35i
.ps 8
.ft R
.tl '\\*[LF]''\\*[RF]'
.ps
'bp
.\}
..
.de 2C
.br
.nr twocol 1
.nr col 1
.nr coltop \\n[nl]
.ll 3.0i
..
.de 1C
.br
.if \\n[col]=2 \{\
.po -3.3i
.if \\n[colend1]>\\n[nl] .sp |\\n[colend1]u
.\}
.nr twocol 0
.nr col 1
.ll 6.3i
.if \\n[col]=1 .sp 0.5v
..
.de CB
.br
.if (\\n[twocol]=1)&(\\n[col]=1) \{\
.nr colend1 \\n[nl]
.nr col 2
.po +3.3i
'sp |\\n[coltop]u
.\}
..
.wh 0 HD
.wh -0.85i FO
"""


def gesc(t):
    t = t.replace('\\', '\\e')
    t = BOLD.sub(lambda m: '\\fB%s\\fP' % m.group(1), t)
    return t


def gline(t):
    t = gesc(t)
    if t.startswith('.') or t.startswith("'"):
        t = '\\&' + t
    return t


def render_groff(doc, path):
    fam = 'H' if doc.font.lower().startswith('h') else 'T'
    ps = round(doc.size)
    L = ['.fam ' + fam, '.ps %d' % ps, '.vs %dp' % (ps + 2.5), '.hy 0', '.ad l' if getattr(doc, 'ragged', False) else '.ad b']
    L.append(GROFF_PRE.strip('\n'))
    if doc.header:
        L.append('.ds LH %s' % gesc(doc.header[0]))
        L.append('.ds RH %s' % gesc(doc.header[1]).replace('{PAGE}', '%').replace('{NUMPAGES}', '\\n[NUMP]'))
    if doc.footer:
        L.append('.ds LF %s' % gesc(doc.footer[0]))
        L.append('.ds RF %s' % gesc(doc.footer[1]).replace('{PAGE}', '%').replace('{NUMPAGES}', '\\n[NUMP]'))
    def head(txt, extra=0):
        return ['.sp 0.7v', '.ne 4v', '.ps +%d' % extra if extra else '.ps +0', '.ft B', gline(strip_md(txt)), '.br', '.ft R', '.ps %d' % ps, '.sp 0.2v']
    for b in doc.blocks:
        kind = b[0]
        if kind == 'title':
            L += ['.sp 0.3v', '.ps +4', '.ft B', gline(strip_md(b[1])), '.br', '.ft R', '.ps %d' % ps, '.sp 0.4v']
        elif kind == 'sub':
            L += [gline(b[1]), '.br']
        elif kind == 'h':
            L += head(b[1], 1)
        elif kind == 'h2':
            L += ['.sp 0.3v', '.ne 3v', '.ft BI', gline(strip_md(b[1])), '.br', '.ft R']
        elif kind == 'p':
            for para in b[1].split('\n\n'):
                L += [gline(para.lstrip('|').replace('\n', ' ')), '.br', '.sp 0.4v']
        elif kind == 'lines':
            for x in b[1]:
                L += [gline(x) if x else '\\&', '.br']
            L.append('.sp 0.3v')
        elif kind == 'ul':
            for x in b[1]:
                L += ['.in +1.5m', '.ti -1.5m', '\\(bu\\h\'|1.5m\'' + gesc(x), '.br', '.in -1.5m']
            L.append('.sp 0.3v')
        elif kind in ('table', 'kv', 'box'):
            if kind == 'table':
                header, rows = b[1], b[2]
            elif kind == 'kv':
                header, rows = None, [(k, v) for k, v in b[1]]
            else:
                header, rows = None, [(b[1],), (b[2] or ' ',)]
            n = len(header) if header else len(rows[0])
            L += ['.sp 0.3v', '.TS', 'allbox tab(@);']
            if kind == 'kv':
                L.append('lb lw(4.3i).')
            elif kind == 'box':
                L.append('lb'); L.append('lw(6.1i).')
            else:
                widths = b[3] if len(b) > 3 and b[3] else [17.0 / n] * n
                tot = sum(widths)
                wi = [6.0 * w / tot for w in widths]
                L.append(' '.join(['lb'] * n))
                L.append(' '.join('lw(%.2fi)' % w for w in wi) + '.')
            if header:
                L.append('@'.join(gesc(strip_md(h)) for h in header))
            for row in rows:
                cells = []
                for v in row:
                    v = gesc(strip_md(v)) if v else ' '
                    cells.append('T{\n%s\nT}' % v.replace('\n', '\n.br\n'))
                L.append('@'.join(cells))
            L += ['.TE', '.sp 0.3v']
        elif kind == 'check':
            for c, l in b[1]:
                L += [('[X] ' if c else '[\\0\\0] ') + gesc(l), '.br']
            L.append('.sp 0.3v')
        elif kind == 'sig':
            L += ['.sp 1v']
            for x in b[1]:
                L += [gline(x) if x else '\\&', '.br']
        elif kind == 'space':
            L.append('.sp 1v')
        elif kind == 'pb':
            L.append('.bp')
        elif kind == 'cols':
            L.append('.2C' if b[1] == 2 else '.1C')
        elif kind == 'colbreak':
            L.append('.CB')
        elif kind == 'landscape':
            pass
        elif kind == 'journal':
            for date, who, head_, text in b[1]:
                L += ['.sp 0.5v', '.ne 3v', '\\fB%s  %s\\fP%s' % (gesc(date), gesc(strip_md(head_)), ('  \\fI%s\\fP' % gesc(who)) if who else ''), '.br']
                for i, para in enumerate(text.split('\n\n')):
                    if i: L.append('.sp 0.3v')
                    L += [gline(para.replace('\n', ' ')), '.br']
        else:
            raise ValueError(kind)
    L.append('.br')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


def groff_pdf(src, out):
    ps = out[:-4] + '.ps'
    # two passes so that the total page count is known for the header
    run('groff -k -t -Tps -dpaper=a4 -P-pa4 -rNUMP=1 %s > %s' % (src, ps))
    n = count_ps_pages(ps)
    run('groff -k -t -Tps -dpaper=a4 -P-pa4 -rNUMP=%d %s > %s' % (n, src, ps))
    run(['ps2pdf', '-sPAPERSIZE=a4', ps, out])
    os.remove(ps)


def count_ps_pages(ps):
    with open(ps, 'rb') as fh:
        return sum(1 for ln in fh if ln.startswith(b'%%Page:'))


# ---------------------------------------------------------------- plain text / enscript
def render_text(doc, path, width=78):
    W = width
    out = []
    def wrap(t, ind=0, first=None):
        t = strip_md(t)
        return textwrap.fill(t, W, initial_indent=' ' * ind if first is None else first,
                             subsequent_indent=' ' * ind, break_long_words=False, break_on_hyphens=False)
    for b in doc.blocks:
        kind = b[0]
        if kind == 'title':
            t = strip_md(b[1]).upper(); out += [t, '=' * len(t), '']
        elif kind == 'sub':
            out.append(wrap(b[1]))
        elif kind == 'h':
            t = strip_md(b[1]); out += ['', t.upper(), '-' * len(t)]
        elif kind == 'h2':
            out += ['', strip_md(b[1])]
        elif kind == 'p':
            for para in b[1].split('\n\n'):
                out += [wrap(para.lstrip('|').replace('\n', ' ')), '']
        elif kind == 'lines':
            out += [strip_md(x) for x in b[1]] + ['']
        elif kind == 'ul':
            for x in b[1]:
                out.append(wrap(x, 4, '  - '))
            out.append('')
        elif kind == 'table':
            header, rows = b[1], b[2]
            n = len(header)
            colw = b[4] if len(b) > 4 else None
            if not colw:
                base = (W - 3 * (n - 1)) // n
                colw = [base] * n
            def fmt_row(cells):
                wrapped = [textwrap.wrap(strip_md(c).replace('\n', ' '), colw[i]) or [''] for i, c in enumerate(cells)]
                h = max(len(x) for x in wrapped)
                lines = []
                for li in range(h):
                    lines.append(' | '.join((wrapped[i][li] if li < len(wrapped[i]) else '').ljust(colw[i]) for i in range(n)).rstrip())
                return lines
            out += fmt_row(header)
            out.append('-+-'.join('-' * w for w in colw))
            for row in rows:
                out += fmt_row(row)
                out.append('')
        elif kind == 'kv':
            lw = max(len(strip_md(k)) for k, v in b[1]) + 2
            lw = min(lw, 28)
            for k, v in b[1]:
                k = strip_md(k) + ':'
                v = strip_md(v) if v else ''
                if len(k) > lw:
                    out.append(k); out.append(wrap(v, lw) if v else '')
                else:
                    vv = textwrap.wrap(v.replace('\n', ' '), W - lw) or ['']
                    out.append(k.ljust(lw) + vv[0])
                    for x in vv[1:]:
                        out.append(' ' * lw + x)
            out.append('')
        elif kind == 'box':
            out += [strip_md(b[1]).upper() + ':']
            out += [wrap(b[2], 2) if b[2] else '  ', '']
        elif kind == 'check':
            for c, l in b[1]:
                out.append(('[X] ' if c else '[ ] ') + strip_md(l))
            out.append('')
        elif kind == 'sig':
            out += [''] + [strip_md(x) for x in b[1]] + ['']
        elif kind == 'space':
            out.append('')
        elif kind == 'pb':
            out.append('\f')
        elif kind in ('cols', 'landscape', 'colbreak'):
            pass
        elif kind == 'journal':
            for date, who, head, text in b[1]:
                line = '%s  %s' % (date, strip_md(head))
                if who:
                    line += '  (' + who + ')'
                out += [line]
                for para in text.split('\n\n'):
                    out.append(wrap(para.replace('\n', ' '), 4))
                out.append('')
        else:
            raise ValueError(kind)
    txt = '\n'.join(out).replace('\n\f', '\f')
    txt = re.sub(r'\n{3,}', '\n\n', txt)
    txt = txt.replace('☒', '[X]').replace('☐', '[ ]').replace('–', '-').replace('—', '-').replace('’', "'").replace('”', '"').replace('…', '...').replace('•', '*')
    with open(path, 'w', encoding='latin-1') as fh:
        fh.write(txt + '\n')


def enscript_pdf(src, out, header=None, font='Courier10', landscape=False):
    ps = out[:-4] + '.ps'
    cmd = ['enscript', '-q', '-X', 'latin1', '-f', font, '--margins=60:50:40:40', '-M', 'A4', '-o', ps]
    if header:
        cmd += [('--header=' + header).encode('latin-1'), '--header-font=Courier9']
    else:
        cmd += ['-B']
    if landscape:
        cmd.append('-r')
    cmd.append(src)
    run(cmd)
    run(['ps2pdf', '-sPAPERSIZE=a4', ps, out])
    os.remove(ps)


# ---------------------------------------------------------------- reportlab cover sheet
def reportlab_cover(path, title_lines, rows, foot):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(strip_md(title_lines[0]))
    W, H = A4
    y = H - 70
    for i, t in enumerate(title_lines):
        c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 15 if i == 0 else 10)
        c.drawString(60, y, strip_md(t)); y -= 22 if i == 0 else 15
    y -= 12
    c.setFont('Helvetica-Bold', 9)
    cols = [60, 140, 395, 480]
    heads = ['Datum', 'Dokument', 'Upprättad av', 'Sida']
    for x, h in zip(cols, heads):
        c.drawString(x, y, h)
    y -= 5; c.line(60, y, W - 60, y); y -= 14
    c.setFont('Helvetica', 9)
    for r in rows:
        for x, v in zip(cols, r):
            c.drawString(x, y, v)
        y -= 15
    y -= 5; c.line(60, y, W - 60, y)
    c.setFont('Helvetica', 7.5)
    c.drawString(60, 40, foot)
    c.showPage(); c.save()


# ---------------------------------------------------------------- utilities
def pdf_pages(path):
    r = run(['pdfinfo', path])
    m = re.search(rb'Pages:\s+(\d+)', r.stdout)
    return int(m.group(1))


def page_text(path, p):
    r = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), path, '-'], capture_output=True)
    return r.stdout.decode('utf-8', 'replace')


def norm(t):
    t = t.replace('\u00ad', '').replace('-\n', '')
    return re.sub(r'\s+', ' ', t).strip().lower()


def scan_pages(pdf, pages, workdir, seed=0):
    """Replace the given 1-based pages of pdf with raster images (no text layer)."""
    n = pdf_pages(pdf)
    parts = []
    for p in range(1, n + 1):
        part = os.path.join(workdir, 'part_%03d.pdf' % p)
        if p in pages:
            base = os.path.join(workdir, 'scan_%03d' % p)
            run(['pdftoppm', '-f', str(p), '-l', str(p), '-r', '150', '-gray', '-singlefile', pdf, base])
            jpg = base + '.jpg'
            angle = ['0.7', '-0.5', '0.4', '-0.8'][(seed + p) % 4]
            run(['convert', base + '.pgm', '-background', 'white', '-rotate', angle,
                 '-attenuate', '0.25', '+noise', 'Gaussian', '-blur', '0x0.4',
                 '-level', '6%,96%', '-gravity', 'center', '-extent', '1240x1754',
                 '-quality', '38', '-sampling-factor', '1x1', '-colorspace', 'Gray', jpg])
            run(['img2pdf', '--pagesize', 'A4', '-o', part, jpg])
            os.remove(base + '.pgm'); os.remove(jpg)
        else:
            run(['qpdf', pdf, '--pages', pdf, str(p), '--', part])
        parts.append(part)
    tmp = pdf + '.tmp.pdf'
    if len(parts) == 1:
        shutil.copy(parts[0], tmp)
    else:
        run(['pdfunite'] + parts + [tmp])
    os.replace(tmp, pdf)
    for x in parts:
        os.remove(x)
