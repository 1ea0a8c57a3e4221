# -*- coding: utf-8 -*-
"""Renderers and PDF post-processing for the fresh-b synthetic case files.

A document is described as a list of blocks (see README in build.py) and rendered
with one of: Chromium print-to-pdf (HTML), LibreOffice (from .docx written with
python-docx), reportlab, or enscript+ps2pdf (plain-text system printouts).
"""
import html
import os
import re
import subprocess
import shutil

FOLDER_NAME = "fresh-b"
LO_PROFILE = "file:///tmp/lo-profile-%s" % FOLDER_NAME
CHR_PROFILE = "/tmp/chr-%s" % FOLDER_NAME


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s" % (" ".join(cmd), r.stderr.decode("utf-8", "replace")[-2000:]))
    return r.stdout


# ---------------------------------------------------------------- inline markup
def _inline_html(text):
    t = html.escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t, flags=re.S)
    return t.replace("\n", "<br>")


def _split_inline(text):
    """yield (segment, bold, italic)"""
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|__(.+?)__", text, flags=re.S):
        if m.start() > pos:
            yield text[pos:m.start()], False, False
        if m.group(1) is not None:
            yield m.group(1), True, False
        else:
            yield m.group(2), False, True
        pos = m.end()
    if pos < len(text):
        yield text[pos:], False, False


def _plain(text):
    return re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text, flags=re.S)


# ---------------------------------------------------------------- HTML / Chromium
THEMES = {
    "sans": "'Liberation Sans', Arial, sans-serif",
    "serif": "'Liberation Serif', 'Times New Roman', serif",
    "dejavu": "'DejaVu Sans', sans-serif",
    "dejavuserif": "'DejaVu Serif', serif",
    "narrow": "'Liberation Sans Narrow', 'Liberation Sans', sans-serif",
    "mono": "'Liberation Mono', 'DejaVu Sans Mono', monospace",
}


def _css_content(s):
    """turn 'Sida {page} av {pages}' into a CSS content value"""
    if not s:
        return '""'
    parts = re.split(r"(\{page\}|\{pages\})", s)
    out = []
    for p in parts:
        if p == "{page}":
            out.append("counter(page)")
        elif p == "{pages}":
            out.append("counter(pages)")
        elif p:
            out.append('"%s"' % p.replace('"', '\\"'))
    return " ".join(out) if out else '""'


def blocks_to_html(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3", "h4"):
            out.append("<%s>%s</%s>" % (kind, _inline_html(b[1]), kind))
        elif kind == "p":
            out.append("<p>%s</p>" % _inline_html(b[1]))
        elif kind == "small":
            out.append('<p class="small">%s</p>' % _inline_html(b[1]))
        elif kind == "quote":
            out.append('<blockquote>%s</blockquote>' % _inline_html(b[1]))
        elif kind == "pre":
            out.append('<pre>%s</pre>' % html.escape(b[1]))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % _inline_html(i) for i in b[1]) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join("<li>%s</li>" % _inline_html(i) for i in b[1]) + "</ol>")
        elif kind == "checks":
            out.append('<div class="checks">' + "".join(
                '<div>%s %s</div>' % ("&#9746;" if c else "&#9744;", _inline_html(l)) for c, l in b[1]) + "</div>")
        elif kind == "kv":
            out.append('<table class="kv">' + "".join(
                "<tr><th>%s</th><td>%s</td></tr>" % (_inline_html(k), _inline_html(v)) for k, v in b[1]) + "</table>")
        elif kind == "table":
            t = b[1]
            cls = t.get("cls", "grid")
            s = '<table class="%s">' % cls
            if t.get("widths"):
                s += "<colgroup>" + "".join('<col style="width:%s%%">' % w for w in t["widths"]) + "</colgroup>"
            if t.get("head"):
                s += "<thead><tr>" + "".join("<th>%s</th>" % _inline_html(h) for h in t["head"]) + "</tr></thead>"
            s += "<tbody>"
            for row in t["rows"]:
                s += "<tr>" + "".join("<td>%s</td>" % _inline_html(c) for c in row) + "</tr>"
            s += "</tbody></table>"
            out.append(s)
        elif kind == "field":
            out.append('<div class="field"><div class="flabel">%s</div><div class="fval">%s</div></div>'
                       % (_inline_html(b[1]), _inline_html(b[2]) if b[2] else "&nbsp;"))
        elif kind == "sig":
            out.append('<div class="sig">' + "<br>".join(_inline_html(x) for x in b[1]) + "</div>")
        elif kind == "hr":
            out.append("<hr>")
        elif kind == "spacer":
            out.append('<div style="height:%smm"></div>' % b[1])
        elif kind == "pb":
            out.append('<div class="pb"></div>')
        elif kind == "cols":
            out.append('<div class="cols">%s</div>' % blocks_to_html(b[1]))
        elif kind == "land":
            out.append('<div class="land">%s</div>' % blocks_to_html(b[1]))
        elif kind == "raw":
            out.append(b[1])
        elif kind == "letterhead":
            out.append('<div class="lh"><div class="lhl">%s</div><div class="lhr">%s</div></div>'
                       % (_inline_html(b[1]), _inline_html(b[2])))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def render_chromium(doc, workdir, out_pdf):
    font = THEMES[doc.get("font", "sans")]
    size = doc.get("size", "10pt")
    hf = doc.get("hf", {})
    extra = doc.get("css", "")
    accent = doc.get("accent", "#000")
    css = """
@page { size: %(psize)s; margin: %(mt)s 18mm 18mm 20mm;
  @top-left { content: %(tl)s; font: 7.5pt %(font)s; color: #333; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: %(tr)s; font: 7.5pt %(font)s; color: #333; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: %(bl)s; font: 7.5pt %(font)s; color: #333; }
  @bottom-right { content: %(br)s; font: 7.5pt %(font)s; color: #333; }
}
@page land { size: A4 landscape; margin: 16mm 16mm 16mm 16mm; }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.32; color: #000; }
h1 { font-size: 15pt; margin: 0 0 3mm 0; color: %(accent)s; }
h2 { font-size: 12pt; margin: 5mm 0 1.5mm 0; color: %(accent)s; }
h3 { font-size: 10.5pt; margin: 3.5mm 0 1mm 0; }
h1, h2, h3 { break-after: avoid; }
h4 { font-size: 10pt; margin: 2.5mm 0 .5mm 0; font-style: italic; }
p { margin: 0 0 2mm 0; }
p.small { font-size: 8pt; color: #333; }
blockquote { margin: 1mm 6mm 2.5mm 8mm; font-style: italic; }
pre { font-family: 'Liberation Mono', monospace; font-size: 9pt; margin: 0 0 2mm 0; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 3mm 0; }
table.grid td, table.grid th { border: 0.6pt solid #444; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
table.grid th { background: #e6e6e6; }
table.plain td, table.plain th { padding: 0.8mm 1.6mm; vertical-align: top; text-align: left; }
table.kv th { text-align: left; width: 32%%; font-weight: bold; padding: .6mm 2mm .6mm 0; vertical-align: top; }
table.kv td { padding: .6mm 0; vertical-align: top; }
.checks div { margin: .5mm 0; }
.field { margin: 0 0 2.5mm 0; }
.flabel { font-size: 8pt; font-weight: bold; color: #333; }
.fval { border: 0.6pt solid #666; min-height: 7mm; padding: 1.2mm 1.8mm; }
.sig { margin-top: 8mm; }
.pb { break-after: page; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #aaa; }
.cols h3 { break-after: avoid; }
.land { page: land; }
.lh { display: flex; justify-content: space-between; border-bottom: 1pt solid %(accent)s; padding-bottom: 2mm; margin-bottom: 5mm; }
.lhl { font-weight: bold; font-size: 11pt; }
.lhr { text-align: right; font-size: 8.5pt; }
hr { border: 0; border-top: 0.6pt solid #888; margin: 3mm 0; }
%(extra)s
""" % dict(font=font, size=size, accent=accent, extra=extra, mt=doc.get("margin_top", "22mm"), psize=("A4 landscape" if doc.get("landscape") else "A4"),
           tl=_css_content(hf.get("tl")), tr=_css_content(hf.get("tr")),
           bl=_css_content(hf.get("bl")), br=_css_content(hf.get("br")))
    body = blocks_to_html(doc["blocks"])
    page = '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (
        html.escape(doc.get("title", "")), css, body)
    base = os.path.splitext(os.path.basename(out_pdf))[0]
    hp = os.path.join(workdir, base + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(page)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--user-data-dir=" + CHR_PROFILE,
         "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf, hp], timeout=180)
    if not os.path.exists(out_pdf):
        raise RuntimeError("chromium produced nothing for " + hp)


# ---------------------------------------------------------------- DOCX / LibreOffice
def _docx_modules():
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return locals()


def _add_field(run, instr):
    M = _docx_modules()
    OxmlElement, qn = M["OxmlElement"], M["qn"]
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "begin"); run._r.append(e)
    e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = " %s " % instr; run._r.append(e)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); run._r.append(e)
    t = OxmlElement("w:t"); t.text = "1"; run._r.append(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run._r.append(e)


def _hf_paragraph(par, left, right, size):
    """left/right text with {page}/{pages} tokens, separated by a tab"""
    M = _docx_modules()
    Pt = M["Pt"]

    def emit(text):
        for part in re.split(r"(\{page\}|\{pages\})", text or ""):
            if part == "{page}":
                r = par.add_run(); r.font.size = Pt(size); _add_field(r, "PAGE")
            elif part == "{pages}":
                r = par.add_run(); r.font.size = Pt(size); _add_field(r, "NUMPAGES")
            elif part:
                r = par.add_run(part); r.font.size = Pt(size)
    emit(left)
    if right:
        par.add_run("\t").font.size = Pt(size)
        emit(right)


def _set_cell_shading(cell, fill):
    M = _docx_modules()
    OxmlElement, qn = M["OxmlElement"], M["qn"]
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _set_cols(section, n):
    M = _docx_modules()
    OxmlElement, qn = M["OxmlElement"], M["qn"]
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "510")
    if n > 1:
        cols.set(qn("w:sep"), "1")
    sp.append(cols)


def render_docx(doc, out_docx):
    M = _docx_modules()
    Document, Pt, Mm, RGBColor = M["Document"], M["Pt"], M["Mm"], M["RGBColor"]
    WD_ORIENT, WD_SECTION, WD_BREAK = M["WD_ORIENT"], M["WD_SECTION"], M["WD_BREAK"]
    d = Document()
    # Word-style font names; LibreOffice substitutes the URW base-35 faces (Nimbus Sans/Roman,
    # P052), which embed as small Type 1 subsets and keep the folder small.
    fontname = {"sans": "Helvetica", "serif": "Times", "dejavu": "Helvetica",
                "dejavuserif": "Palatino", "narrow": "Helvetica Narrow"}[doc.get("font", "sans")]
    base = float(doc.get("size", "10pt").replace("pt", ""))
    st = d.styles["Normal"]
    st.font.name = fontname
    st.font.size = Pt(base)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(M["qn"]("w:rFonts"))
    if rf is None:
        rf = M["OxmlElement"]("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(M["qn"](a), fontname)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.1
    s0 = d.sections[0]
    s0.page_width, s0.page_height = Mm(210), Mm(297)
    if doc.get("landscape"):
        s0.orientation = WD_ORIENT.LANDSCAPE
        s0.page_width, s0.page_height = Mm(297), Mm(210)
    s0.left_margin, s0.right_margin = Mm(22), Mm(20)
    s0.top_margin, s0.bottom_margin = Mm(24), Mm(20)
    s0.header_distance, s0.footer_distance = Mm(10), Mm(10)
    from docx.enum.text import WD_TAB_ALIGNMENT
    avail0 = s0.page_width - s0.left_margin - s0.right_margin
    for sn in ("Header", "Footer"):
        ts = d.styles[sn].paragraph_format.tab_stops
        ts.clear_all()
        ts.add_tab_stop(avail0, WD_TAB_ALIGNMENT.RIGHT)
    hf = doc.get("hf", {})
    if hf.get("tl") or hf.get("tr"):
        _hf_paragraph(s0.header.paragraphs[0], hf.get("tl"), hf.get("tr"), 7.5)
    if hf.get("bl") or hf.get("br"):
        _hf_paragraph(s0.footer.paragraphs[0], hf.get("bl"), hf.get("br"), 7.5)

    def add_runs(par, text, bold=False, italic=False, size=None):
        for seg, b, i in _split_inline(text):
            lines = seg.split("\n")
            for k, line in enumerate(lines):
                r = par.add_run(line)
                r.bold = bold or b
                r.italic = italic or i
                if size:
                    r.font.size = Pt(size)
                if k < len(lines) - 1:
                    r.add_break()

    def heading(text, size, space_before, italic=False):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(space_before)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        add_runs(p, text, bold=not italic, italic=italic, size=size)
        return p

    def table(head, rows, widths=None, grid=True, kv=False):
        ncols = len(head) if head else len(rows[0])
        t = d.add_table(rows=(1 if head else 0) + len(rows), cols=ncols)
        if grid:
            t.style = "Table Grid"
        ri = 0
        if head:
            for j, h in enumerate(head):
                c = t.rows[0].cells[j]
                c.paragraphs[0].paragraph_format.space_after = Pt(1)
                add_runs(c.paragraphs[0], h, bold=True, size=base - 0.5)
                _set_cell_shading(c, "E6E6E6")
            ri = 1
        for row in rows:
            for j, val in enumerate(row):
                c = t.rows[ri].cells[j]
                c.paragraphs[0].paragraph_format.space_after = Pt(1)
                add_runs(c.paragraphs[0], val, bold=(kv and j == 0), size=base - 0.5)
            ri += 1
        if not widths:
            widths = [100.0 / ncols] * ncols
        sect = d.sections[-1]
        avail = sect.page_width - sect.left_margin - sect.right_margin
        t.autofit = False
        for j, col in enumerate(t.columns):
            col.width = int(avail * widths[j] / 100.0)
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = int(avail * widths[j] / 100.0)
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    def emit(blocks):
        for b in blocks:
            k = b[0]
            if k == "h1":
                heading(b[1], base + 5, 0)
            elif k == "h2":
                heading(b[1], base + 2, 8)
            elif k == "h3":
                heading(b[1], base + 0.5, 5)
            elif k == "h4":
                heading(b[1], base, 3, italic=True)
            elif k == "p":
                add_runs(d.add_paragraph(), b[1])
            elif k == "small":
                add_runs(d.add_paragraph(), b[1], size=base - 2)
            elif k == "quote":
                p = d.add_paragraph(); p.paragraph_format.left_indent = Mm(10); p.paragraph_format.right_indent = Mm(8)
                add_runs(p, b[1], italic=True)
            elif k == "pre":
                p = d.add_paragraph()
                for line_i, line in enumerate(b[1].split("\n")):
                    r = p.add_run(line); r.font.name = "Liberation Mono"; r.font.size = Pt(base - 1)
                    if line_i < len(b[1].split("\n")) - 1:
                        r.add_break()
            elif k in ("ul", "ol"):
                for n, item in enumerate(b[1], 1):
                    p = d.add_paragraph()
                    p.paragraph_format.left_indent = Mm(8); p.paragraph_format.first_line_indent = Mm(-5)
                    p.paragraph_format.space_after = Pt(1)
                    add_runs(p, ("\u2022\t" if k == "ul" else "%d.\t" % n) + item)
            elif k == "checks":
                for c, label in b[1]:
                    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(1)
                    r = p.add_run(("\u2612" if c else "\u2610") + " "); r.font.name = "DejaVu Sans"
                    add_runs(p, label)
            elif k == "kv":
                table(None, [[a, v] for a, v in b[1]], widths=[32, 68], grid=False, kv=True)
            elif k == "table":
                t = b[1]
                table(t.get("head"), t["rows"], t.get("widths"), grid=(t.get("cls", "grid") == "grid"))
            elif k == "field":
                p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.paragraph_format.keep_with_next = True
                add_runs(p, b[1], bold=True, size=base - 1.5)
                t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
                add_runs(t.rows[0].cells[0].paragraphs[0], b[2] or "")
                d.add_paragraph().paragraph_format.space_after = Pt(0)
            elif k == "sig":
                p = d.add_paragraph(); p.paragraph_format.space_before = Pt(16)
                add_runs(p, "\n".join(b[1]))
            elif k == "letterhead":
                table(None, [[b[1], b[2]]], widths=[55, 45], grid=False)
            elif k == "hr":
                p = d.add_paragraph("_" * 80); p.runs[0].font.size = Pt(6)
            elif k == "spacer":
                p = d.add_paragraph(); p.paragraph_format.space_after = Pt(float(b[1]) * 2.8)
            elif k == "pb":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif k == "cols":
                s = d.add_section(WD_SECTION.CONTINUOUS); _set_cols(s, 2)
                emit(b[1])
                s = d.add_section(WD_SECTION.CONTINUOUS); _set_cols(s, 1)
            elif k == "land":
                s = d.add_section(WD_SECTION.NEW_PAGE)
                s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Mm(297), Mm(210)
                s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Mm(18), Mm(18), Mm(20), Mm(18)
                emit(b[1])
                s = d.add_section(WD_SECTION.NEW_PAGE)
                s.orientation = WD_ORIENT.PORTRAIT; s.page_width, s.page_height = Mm(210), Mm(297)
                s.left_margin, s.right_margin = Mm(22), Mm(20)
                s.top_margin, s.bottom_margin = Mm(24), Mm(20)
            elif k == "raw":
                pass
            else:
                raise ValueError(k)
    emit(doc["blocks"])
    # drop a trailing empty portrait section created by a final "land" block
    d.save(out_docx)


def convert_docx_batch(docx_files, outdir):
    if not docx_files:
        return
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
         "--outdir", outdir] + docx_files, timeout=900)


# ---------------------------------------------------------------- reportlab
def render_reportlab(doc, out_pdf):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    KeepTogether)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas as rl_canvas
    fdir = "/usr/share/fonts/truetype/dejavu/"
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", fdir + "DejaVuSans-Oblique.ttf"))
        pdfmetrics.registerFont(TTFont("DVBI", fdir + "DejaVuSans-BoldOblique.ttf"))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")
    # Case-management exports typically use the non-embedded base-14 Helvetica; fall back to
    # DejaVu only when the text holds characters outside WinAnsi.
    def _chars(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, (list, tuple)):
            for y in x:
                yield from _chars(y)
        elif isinstance(x, dict):
            for y in x.values():
                yield from _chars(y)
    alltext = "".join(_chars(doc["blocks"])) + "".join(_chars(doc.get("hf", {})))
    try:
        alltext.encode("cp1252")
        b14 = True
    except UnicodeEncodeError:
        b14 = False
    FN = {"DV": "Helvetica", "DVB": "Helvetica-Bold", "DVI": "Helvetica-Oblique"} if b14 else \
        {"DV": "DV", "DVB": "DVB", "DVI": "DVI"}
    base = float(doc.get("size", "9pt").replace("pt", ""))
    S = lambda **kw: ParagraphStyle("s", fontName=FN[kw.pop("fn", "DV")], fontSize=kw.pop("fs", base),
                                    leading=kw.pop("ld", base * 1.3), **kw)
    st_p = S(spaceAfter=4)
    st_small = S(fs=base - 1.5, ld=(base - 1.5) * 1.3, textColor=colors.HexColor("#333333"))
    st_h = {"h1": S(fn="DVB", fs=base + 5, ld=(base + 5) * 1.25, spaceAfter=6),
            "h2": S(fn="DVB", fs=base + 2, ld=(base + 2) * 1.3, spaceBefore=8, spaceAfter=3),
            "h3": S(fn="DVB", fs=base + 0.5, ld=(base + .5) * 1.3, spaceBefore=5, spaceAfter=2),
            "h4": S(fn="DVI", fs=base, spaceBefore=3, spaceAfter=1)}
    st_cell = S(fs=base - 0.5, ld=(base - 0.5) * 1.25)
    st_cellb = S(fn="DVB", fs=base - 0.5, ld=(base - 0.5) * 1.25)
    st_flabel = S(fn="DVB", fs=base - 1.5, ld=(base - 1.5) * 1.25)

    def mk(text, style=st_p):
        t = html.escape(text)
        t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
        t = re.sub(r"__(.+?)__", r"<i>\1</i>", t, flags=re.S)
        return Paragraph(t.replace("\n", "<br/>"), style)

    W = A4[0] - 40 * mm
    flow = []
    for b in doc["blocks"]:
        k = b[0]
        if k in st_h:
            flow.append(mk(b[1], st_h[k]))
        elif k == "p":
            flow.append(mk(b[1]))
        elif k == "small":
            flow.append(mk(b[1], st_small))
        elif k == "quote":
            flow.append(mk("__%s__" % b[1], S(leftIndent=10 * mm, spaceAfter=4)))
        elif k in ("ul", "ol"):
            for n, it in enumerate(b[1], 1):
                flow.append(mk(("\u2022 " if k == "ul" else "%d. " % n) + it, S(leftIndent=6 * mm, firstLineIndent=-4 * mm, spaceAfter=1)))
        elif k == "checks":
            for c, label in b[1]:
                box = ("[X] " if c else "[  ] ") if b14 else ("\u2612 " if c else "\u2610 ")
                flow.append(mk(box + label, S(spaceAfter=1.5)))
        elif k in ("kv", "table"):
            if k == "kv":
                rows = [[mk(a, st_cellb), mk(v, st_cell)] for a, v in b[1]]
                widths, head, grid = [32, 68], None, False
            else:
                t = b[1]
                head, grid = t.get("head"), t.get("cls", "grid") == "grid"
                rows = [[mk(c, st_cell) for c in r] for r in t["rows"]]
                if head:
                    rows = [[mk(h, st_cellb) for h in head]] + rows
                n = len(rows[0])
                widths = t.get("widths") or [100.0 / n] * n
            tbl = Table(rows, colWidths=[W * w / 100.0 for w in widths], repeatRows=1 if head else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if grid:
                ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")))
            if head:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")))
            tbl.setStyle(TableStyle(ts))
            flow.append(tbl)
            flow.append(Spacer(1, 4))
        elif k == "field":
            tbl = Table([[mk(b[1], st_flabel)], [mk(b[2] or " ", st_cell)]], colWidths=[W])
            tbl.setStyle(TableStyle([("BOX", (0, 1), (0, 1), 0.5, colors.HexColor("#555555")),
                                     ("TOPPADDING", (0, 1), (0, 1), 3), ("BOTTOMPADDING", (0, 1), (0, 1), 6 if b[2] else 14),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
            flow.append(KeepTogether([tbl, Spacer(1, 4)]))
        elif k == "sig":
            flow.append(Spacer(1, 12))
            flow.append(mk("\n".join(b[1])))
        elif k == "letterhead":
            tbl = Table([[mk("**%s**" % b[1]), mk(b[2], S(alignment=2, fs=base - 1))]], colWidths=[W * .55, W * .45])
            tbl.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(tbl); flow.append(Spacer(1, 8))
        elif k == "hr":
            tbl = Table([[""]], colWidths=[W]); tbl.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey)]))
            flow.append(tbl)
        elif k == "spacer":
            flow.append(Spacer(1, float(b[1]) * mm))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "pre":
            flow.append(mk(b[1], S(fs=base - 1)))
        else:
            raise ValueError("reportlab: " + k)

    hf = doc.get("hf", {})

    class NumCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(FN["DV"], 7.5)
                pg = self._pageNumber
                sub = lambda s: (s or "").replace("{page}", str(pg)).replace("{pages}", str(n))
                self.drawString(20 * mm, A4[1] - 12 * mm, sub(hf.get("tl")))
                self.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, sub(hf.get("tr")))
                self.drawString(20 * mm, 10 * mm, sub(hf.get("bl")))
                self.drawRightString(A4[0] - 20 * mm, 10 * mm, sub(hf.get("br")))
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    sd = SimpleDocTemplate(out_pdf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=18 * mm, title=doc.get("title", ""),
                           author=doc.get("author", ""), creator=doc.get("creator", ""))
    sd.build(flow, canvasmaker=NumCanvas)


# ---------------------------------------------------------------- enscript
def render_enscript(doc, workdir, out_pdf):
    """doc['text'] is the plain text (already wrapped)."""
    base = os.path.splitext(os.path.basename(out_pdf))[0]
    txt = os.path.join(workdir, base + ".txt")
    ps = os.path.join(workdir, base + ".ps")
    with open(txt, "wb") as f:
        f.write(doc["text"].encode("latin-1"))
    hdr = doc.get("enscript_header", "|Sida $% av $=|")
    cmd = ["enscript", "-q", "-X", "latin1", "-f", doc.get("enscript_font", "Courier9"),
           "-b", hdr, "--margins=56:48:28:40", "-p", ps, txt]
    if doc.get("landscape"):
        cmd.insert(1, "-r")
    run(cmd)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out_pdf])


# ---------------------------------------------------------------- post-processing
def n_pages(pdf):
    out = run(["pdfinfo", pdf]).decode()
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_texts(pdf):
    n = n_pages(pdf)
    res = []
    for i in range(1, n + 1):
        a = run(["pdftotext", "-q", "-f", str(i), "-l", str(i), pdf, "-"]).decode("utf-8", "replace")
        b = run(["pdftotext", "-q", "-layout", "-f", str(i), "-l", str(i), pdf, "-"]).decode("utf-8", "replace")
        norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00ad", "").replace("-\n", "-\n")).strip()
        res.append(norm(a) + " \u2016 " + norm(b))
    return res


def qpdf_recompress(src, dst):
    """lossless rewrite: Chromium writes many uncompressed objects"""
    run(["qpdf", "--warning-exit-0", "--object-streams=generate", "--recompress-flate", "--compression-level=9", src, dst])


def qpdf_objstm(src, dst):
    run(["qpdf", "--warning-exit-0", "--object-streams=generate", "--compress-streams=y",
         "--recompress-flate", "--compression-level=9", src, dst])


def rotate_pages(src, dst, pages, angle=90):
    spec = ",".join(str(p) for p in pages)
    run(["qpdf", src, dst, "--rotate=+%d:%s" % (angle, spec)])


def scan_pages(src, dst, pages, workdir, seed=0):
    """replace the given pages by grey-scale 150 dpi raster images (no text layer)"""
    from PIL import Image, ImageFilter
    import random
    rnd = random.Random(seed)
    n = n_pages(src)
    tag = os.path.splitext(os.path.basename(dst))[0]
    scanned = {}
    for p in pages:
        prefix = os.path.join(workdir, "%s_scan%d" % (tag, p))
        run(["pdftoppm", "-f", str(p), "-l", str(p), "-r", "150", "-gray", "-png", "-singlefile", src, prefix])
        im = Image.open(prefix + ".png").convert("L")
        # paper tone, slight skew and softness like a flatbed scan
        im = im.point(lambda v: int(28 + v * (238 - 28) / 255.0))
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=238)
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        # a faint shadow at one edge
        w, h = im.size
        px = im.load()
        for x in range(0, 14):
            for y in range(h):
                px[x, y] = max(0, px[x, y] - (14 - x) * 5)
        jp = prefix + ".jpg"
        im.save(jp, "JPEG", quality=40, optimize=True, dpi=(150, 150))
        pp = prefix + ".pdf"
        size = run(["pdfinfo", "-f", str(p), "-l", str(p), src]).decode()
        m = re.search(r"Page\s+%d size:\s+([\d.]+) x ([\d.]+)" % p, size)
        wpt, hpt = float(m.group(1)), float(m.group(2))
        run(["img2pdf", "--pagesize", "%.2fptx%.2fpt" % (wpt, hpt), "-o", pp, jp])
        scanned[p] = pp
    args = ["qpdf", "--empty", "--pages"]
    for i in range(1, n + 1):
        if i in scanned:
            args += [scanned[i], "1"]
        else:
            args += [src, str(i)]
    args += ["--", dst]
    run(args)


def unite(parts, dst):
    tmp = dst + ".pu.pdf"
    run(["pdfunite"] + list(parts) + [tmp])
    # pdfunite leaves an inconsistent object count; let qpdf rewrite the xref
    run(["qpdf", "--warning-exit-0", tmp, dst])
