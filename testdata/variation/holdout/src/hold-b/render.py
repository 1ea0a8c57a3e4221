# -*- coding: utf-8 -*-
"""Renderers: a small block model -> PDF through several producers.

Block model (list of tuples):
  ("h1"|"h2"|"h3", text)
  ("p", text)                 inline **bold** allowed
  ("small", text)
  ("kv", [(label, value), ...], opts)      form rows (two-column table)
  ("table", head or None, rows, widths)    widths are relative numbers
  ("ul", [items])
  ("checks", [(bool, text), ...], style)   style "box" (☒/☐) or "bracket" ([X]/[ ])
  ("pb",)                                  page break
  ("sp",)                                  vertical space
  ("hr",)
  ("pre", text)                            monospace block
"""
import html
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FOLDER_NAME = "hold-b"
LO_PROFILE = "file:///tmp/lo-profile-%s" % FOLDER_NAME
CHR_PROFILE = "/tmp/chr-%s" % FOLDER_NAME


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s\n%s" % (cmd, r.stdout.decode(errors="replace"),
                                                          r.stderr.decode(errors="replace")))
    return r


def check_mark(val, style):
    if style == "bracket":
        return "[X]" if val else "[ ]"
    return "\u2612" if val else "\u2610"


def split_bold(text):
    """Yield (is_bold, chunk)."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            yield True, p[2:-2]
        else:
            yield False, p


def page_tpl(s, page, pages):
    return s.replace("{page}", page).replace("{pages}", pages)


# ---------------------------------------------------------------- HTML / Chromium

def html_inline(text):
    out = []
    for b, chunk in split_bold(text):
        c = html.escape(chunk).replace("\n", "<br>")
        out.append("<b>%s</b>" % c if b else c)
    return "".join(out)


def css_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'


def css_content(tpl):
    """Footer template with {page}/{pages} -> CSS content value."""
    parts = re.split(r"(\{page\}|\{pages\})", tpl)
    out = []
    for p in parts:
        if p == "{page}":
            out.append("counter(page)")
        elif p == "{pages}":
            out.append("counter(pages)")
        elif p:
            out.append(css_str(p))
    return " ".join(out) if out else '""'


def blocks_to_html(blocks, doc):
    st = doc.get("check_style", "box")
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (k, html_inline(b[1]), k))
        elif k == "p":
            out.append("<p>%s</p>" % html_inline(b[1]))
        elif k == "small":
            out.append('<p class="small">%s</p>' % html_inline(b[1]))
        elif k == "kv":
            opts = b[2] if len(b) > 2 else {}
            cls = "kv" + (" nob" if opts.get("noborder") else "")
            w = opts.get("labelw", 30)
            rows = "".join('<tr><td class="k" style="width:%d%%">%s</td><td>%s</td></tr>'
                           % (w, html_inline(kk), html_inline(vv)) for kk, vv in b[1])
            out.append('<table class="%s">%s</table>' % (cls, rows))
        elif k == "table":
            head, rows, widths = b[1], b[2], b[3]
            tot = float(sum(widths))
            cols = "".join('<col style="width:%.1f%%">' % (100 * w / tot) for w in widths)
            h = ""
            if head:
                h = "<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % html_inline(c) for c in head)
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html_inline(c) for c in r) for r in rows)
            out.append('<table class="grid"><colgroup>%s</colgroup>%s<tbody>%s</tbody></table>' % (cols, h, body))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html_inline(i) for i in b[1]))
        elif k == "checks":
            s = b[2] if len(b) > 2 else st
            out.append('<div class="checks">%s</div>' % "".join(
                '<div>%s&nbsp;%s</div>' % (check_mark(v, s), html_inline(t)) for v, t in b[1]))
        elif k == "pb":
            out.append('<div style="break-after:page"></div>')
        elif k == "sp":
            out.append('<div style="height:10pt"></div>')
        elif k == "hr":
            out.append("<hr>")
        elif k == "pre":
            out.append("<pre>%s</pre>" % html.escape(b[1]))
        else:
            raise ValueError(k)
    return "\n".join(out)


def render_chromium(doc, out_pdf, workdir):
    land = doc.get("orientation") == "landscape"
    font = doc.get("font", "DejaVu Sans")
    size = doc.get("size", 10)
    hl, hr_ = doc.get("header", ("", ""))
    fl, fr = (doc.get("footer", "|").split("|") + [""])[:2]
    cols = doc.get("columns", 1)
    css = """
@page { size: A4 %(orient)s; margin: 20mm 17mm 18mm 19mm;
  @top-left { content: %(hl)s; font: 7.5pt '%(font)s'; color:#333; white-space: pre; vertical-align: bottom; }
  @top-right { content: %(hr)s; font: 7.5pt '%(font)s'; color:#333; white-space: pre; vertical-align: bottom; text-align: right; }
  @bottom-left { content: %(fl)s; font: 7.5pt '%(font)s'; color:#333; }
  @bottom-right { content: %(fr)s; font: 7.5pt '%(font)s'; color:#333; text-align: right; }
}
body { font-family: '%(font)s'; font-size: %(size)spt; line-height: 1.3; margin:0; }
h1 { font-size: %(h1)spt; margin: 0 0 6pt 0; }
h2 { font-size: %(h2)spt; margin: 10pt 0 3pt 0; }
h3 { font-size: %(size)spt; margin: 8pt 0 2pt 0; }
p { margin: 0 0 5pt 0; }
p.small { font-size: 7.5pt; color: #444; }
.cols { column-count: %(cols)d; column-gap: 7mm; column-rule: 0.4pt solid #999; }
table { border-collapse: collapse; width: 100%%; margin: 3pt 0 7pt 0; }
table.grid td, table.grid th { border: 0.6pt solid #555; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
table.grid th { background: #e4e4e4; font-weight: bold; }
table.kv td { border: 0.6pt solid #777; padding: 2.5pt 4pt; vertical-align: top; }
table.kv td.k { background: #f0f0f0; font-weight: bold; }
table.kv.nob td { border: none; padding: 1pt 4pt 1pt 0; }
table.kv.nob td.k { background: none; }
tr { break-inside: avoid; }
.checks div { margin: 1pt 0 1pt 4pt; }
ul { margin: 2pt 0 6pt 0; padding-left: 16pt; }
pre { font-family: 'DejaVu Sans Mono'; font-size: 8.5pt; }
hr { border: none; border-top: 0.6pt solid #444; }
""" % dict(orient="landscape" if land else "portrait", hl=css_str(hl), hr=css_str(hr_),
           fl=css_content(fl), fr=css_content(fr), font=font, size=size,
           h1=size + 4, h2=size + 1.5, cols=cols)
    css += doc.get("extra_css", "")
    body = blocks_to_html(doc["blocks"], doc)
    if cols > 1:
        pre = doc.get("pre_blocks")
        prehtml = blocks_to_html(pre, doc) if pre else ""
        body = prehtml + '<div class="cols">' + body + "</div>"
    title = doc.get("title", "")
    page = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>%s</title><style>%s</style>'
            '</head><body>%s</body></html>') % (html.escape(title), css, body)
    hp = os.path.join(workdir, os.path.basename(out_pdf)[:-4] + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(page)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--user-data-dir=" + CHR_PROFILE,
         "--no-pdf-header-footer", "--print-to-pdf-no-header",
         "--print-to-pdf=" + out_pdf, "file://" + hp])


# ---------------------------------------------------------------- DOCX / LibreOffice

def render_docx(doc, out_pdf, workdir):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    d = Document()
    font = doc.get("font", "Liberation Serif")
    size = doc.get("size", 11)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    land = doc.get("orientation") == "landscape"
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = Mm(22)
    sec.right_margin = Mm(18)
    sec.top_margin = Mm(24)
    sec.bottom_margin = Mm(20)
    sec.header_distance = Mm(10)
    sec.footer_distance = Mm(9)
    if doc.get("columns", 1) > 1:
        cols = OxmlElement("w:cols")
        cols.set(qn("w:num"), str(doc["columns"]))
        cols.set(qn("w:space"), "397")
        cols.set(qn("w:sep"), "1")
        sec._sectPr.append(cols)

    def add_field(par, instr, sz):
        r = par.add_run()
        r.font.size = Pt(sz)
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        r._r.append(f1)
        r2 = par.add_run()
        r2.font.size = Pt(sz)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = par.add_run()
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "separate")
        r3._r.append(f2)
        r4 = par.add_run("1")
        r4.font.size = Pt(sz)
        r5 = par.add_run()
        f3 = OxmlElement("w:fldChar")
        f3.set(qn("w:fldCharType"), "end")
        r5._r.append(f3)

    def tpl_par(par, tpl, sz):
        for p in re.split(r"(\{page\}|\{pages\})", tpl):
            if p == "{page}":
                add_field(par, "PAGE", sz)
            elif p == "{pages}":
                add_field(par, "NUMPAGES", sz)
            elif p:
                r = par.add_run(p)
                r.font.size = Pt(sz)

    usable = (297 if land else 210) - 40
    hl, hr_ = doc.get("header", ("", ""))
    if hl or hr_:
        hp = sec.header.paragraphs[0]
        hp.style = d.styles["Normal"]
        hp.paragraph_format.tab_stops.add_tab_stop(Mm(usable), alignment=2)
        lines_l = hl.split("\n")
        lines_r = hr_.split("\n")
        n = max(len(lines_l), len(lines_r))
        for i in range(n):
            a = lines_l[i] if i < len(lines_l) else ""
            c = lines_r[i] if i < len(lines_r) else ""
            txt = a + ("\t" + c if c else "")
            r = hp.add_run(txt)
            r.font.size = Pt(8)
            if i == 0:
                r.bold = True
            if i < n - 1:
                r.add_break()
    ft = doc.get("footer", "")
    if ft:
        fl, fr = (ft.split("|") + [""])[:2]
        fp = sec.footer.paragraphs[0]
        fp.style = d.styles["Normal"]
        fp.paragraph_format.tab_stops.add_tab_stop(Mm(usable), alignment=2)
        tpl_par(fp, fl, 8)
        if fr:
            tpl_par(fp, "\t" + fr, 8)

    def add_inline(par, text, bold=False, sz=None):
        for b, chunk in split_bold(text):
            lines = chunk.split("\n")
            for i, ln in enumerate(lines):
                r = par.add_run(ln)
                r.bold = bold or b
                if sz:
                    r.font.size = Pt(sz)
                if i < len(lines) - 1:
                    r.add_break()

    def set_cell_bg(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def set_widths(table, widths):
        tot = float(sum(widths))
        for row in table.rows:
            for i, c in enumerate(row.cells):
                c.width = Mm(usable * widths[i] / tot)

    def fill_cell(cell, text, bold=False, sz=None):
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        add_inline(p, text, bold, sz)

    cs = doc.get("check_style", "box")
    tsz = doc.get("table_size", size - 1)
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt({"h1": 0, "h2": 10, "h3": 6}[k])
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            add_inline(p, b[1], True, {"h1": size + 4, "h2": size + 1, "h3": size}[k])
        elif k == "p":
            p = d.add_paragraph()
            add_inline(p, b[1])
        elif k == "small":
            p = d.add_paragraph()
            add_inline(p, b[1], sz=7.5)
        elif k == "kv":
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=0, cols=2)
            if not opts.get("noborder"):
                t.style = "Table Grid"
            for kk, vv in b[1]:
                cells = t.add_row().cells
                fill_cell(cells[0], kk, True, tsz)
                fill_cell(cells[1], vv, False, tsz)
                if not opts.get("noborder"):
                    set_cell_bg(cells[0], "EEEEEE")
            w = opts.get("labelw", 30)
            set_widths(t, [w, 100 - w])
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif k == "table":
            head, rows, widths = b[1], b[2], b[3]
            t = d.add_table(rows=0, cols=len(widths))
            t.style = "Table Grid"
            if head:
                cells = t.add_row().cells
                for i, c in enumerate(head):
                    fill_cell(cells[i], c, True, tsz)
                    set_cell_bg(cells[i], "DDDDDD")
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    fill_cell(cells[i], c, False, tsz)
            set_widths(t, widths)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif k == "ul":
            for it in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Mm(6)
                p.paragraph_format.first_line_indent = Mm(-4)
                p.paragraph_format.space_after = Pt(1)
                add_inline(p, "\u2022  " + it)
        elif k == "checks":
            s = b[2] if len(b) > 2 else cs
            for v, t in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Mm(3)
                p.paragraph_format.space_after = Pt(1)
                add_inline(p, check_mark(v, s) + " " + t)
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "sp":
            d.add_paragraph()
        elif k == "hr":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bd = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            for a, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "444444")):
                bt.set(qn(a), v)
            bd.append(bt)
            pPr.append(bd)
        elif k == "pre":
            for ln in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(ln)
                r.font.name = "Liberation Mono"
                r.font.size = Pt(9)
        else:
            raise ValueError(k)
    name = os.path.basename(out_pdf)[:-4]
    src = os.path.join(workdir, name + ".docx")
    d.save(src)
    lo_convert(src, out_pdf, workdir)


def lo_convert(src, out_pdf, workdir):
    outdir = os.path.join(workdir, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
         "--outdir", outdir, src])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out_pdf)


# ---------------------------------------------------------------- ODT / LibreOffice

def x(s):
    return html.escape(s, quote=True)


def render_odt(doc, out_pdf, workdir):
    land = doc.get("orientation") == "landscape"
    font = doc.get("font", "Liberation Sans")
    size = doc.get("size", 10.5)
    pw, ph = ("29.7cm", "21cm") if land else ("21cm", "29.7cm")
    usable_cm = (29.7 if land else 21.0) - 4.2
    cols = doc.get("columns", 1)
    colxml = ""
    hl, hr_ = doc.get("header", ("", ""))
    ft = doc.get("footer", "")

    def tpl_xml(t):
        out = []
        for p in re.split(r"(\{page\}|\{pages\})", t):
            if p == "{page}":
                out.append('<text:page-number text:select-page="current">1</text:page-number>')
            elif p == "{pages}":
                out.append("<text:page-count>1</text:page-count>")
            elif p:
                out.append(x(p))
        return "".join(out)

    def lines_xml(t):
        return "<text:line-break/>".join(x(l) for l in t.split("\n"))

    header_xml = ""
    if hl or hr_:
        header_xml = ('<style:header><table:table table:name="HT"><table:table-column table:number-columns-repeated="2"/>'
                      '<table:table-row><table:table-cell><text:p text:style-name="HdrL">%s</text:p></table:table-cell>'
                      '<table:table-cell><text:p text:style-name="HdrR">%s</text:p></table:table-cell></table:table-row>'
                      '</table:table></style:header>') % (lines_xml(hl), lines_xml(hr_))
    footer_xml = ""
    if ft:
        fl, fr = (ft.split("|") + [""])[:2]
        footer_xml = ('<style:footer><text:p text:style-name="Ftr">%s<text:tab/>%s</text:p></style:footer>'
                      % (tpl_xml(fl), tpl_xml(fr)))

    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')
    styles = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles %(NS)s>
<office:font-face-decls>
 <style:font-face style:name="%(font)s" svg:font-family="'%(font)s'"/>
 <style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="%(font)s" fo:font-size="%(size)spt" fo:language="sv" fo:country="SE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="%(h1)spt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="%(h2)spt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7.5pt" fo:color="#444444"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.03cm"/><style:text-properties fo:font-size="%(tsize)spt"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.03cm"/><style:text-properties fo:font-size="%(tsize)spt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Bul" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.04cm"/></style:style>
 <style:style style:name="Chk" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.3cm" fo:margin-bottom="0.04cm"/></style:style>
 <style:style style:name="Pre" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Mono" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="HdrL" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style>
 <style:style style:name="HdrR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:border-top="0.5pt solid #555555" fo:padding-top="0.1cm"><style:tab-stops><style:tab-stop style:position="%(usable).2fcm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="7.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="%(pw)s" fo:page-height="%(ph)s" style:print-orientation="%(orient)s" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2cm">%(colxml)s</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">%(header)s%(footer)s</style:master-page>
</office:master-styles>
</office:document-styles>""" % dict(NS=NS, font=font, size=size, h1=size + 4, h2=size + 1.5,
                                    tsize=doc.get("table_size", size - 1), pw=pw, ph=ph,
                                    orient="landscape" if land else "portrait", colxml=colxml,
                                    header=header_xml, footer=footer_xml, usable=usable_cm)

    body = []
    tcount = [0]

    def inline(text):
        out = []
        for b, chunk in split_bold(text):
            c = "<text:line-break/>".join(x(l) for l in chunk.split("\n"))
            out.append('<text:span text:style-name="B">%s</text:span>' % c if b else c)
        return "".join(out)

    def table_xml(rows_xml, widths, kv=False, noborder=False):
        tcount[0] += 1
        n = tcount[0]
        tot = float(sum(widths))
        colstyles = "".join('<style:style style:name="T%dC%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                            % (n, i, cur_w[0] * w / tot) for i, w in enumerate(widths))
        auto_styles.append('<style:style style:name="T%d" style:family="table"><style:table-properties style:width="%.2fcm" table:align="left" fo:margin-bottom="0.2cm"/></style:style>' % (n, cur_w[0]) + colstyles)
        cols_ = "".join('<table:table-column table:style-name="T%dC%d"/>' % (n, i) for i in range(len(widths)))
        return '<table:table table:name="Tabell%d" table:style-name="T%d">%s%s</table:table>' % (n, n, cols_, rows_xml)

    auto_styles = [
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
        '<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>',
        '<style:style style:name="HR" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.6pt solid #444444" fo:padding-bottom="0.05cm"/></style:style>',
        '<style:style style:name="Cg" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="0.07cm"/></style:style>',
        '<style:style style:name="Ch" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="0.07cm" fo:background-color="#e0e0e0"/></style:style>',
        '<style:style style:name="Cn" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.03cm"/></style:style>',
    ]
    pending_break = [False]
    cur_w = [usable_cm]

    def para(style, content):
        if pending_break[0]:
            pending_break[0] = False
            body.append('<text:p text:style-name="PB"/>')
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, content))

    cs = doc.get("check_style", "box")

    def emit(blocks):
      for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            para(k.upper(), inline(b[1]))
        elif k == "p":
            para("Standard", inline(b[1]))
        elif k == "small":
            para("Small", inline(b[1]))
        elif k == "kv":
            opts = b[2] if len(b) > 2 else {}
            nob = opts.get("noborder")
            cst = "Cn" if nob else "Cg"
            kst = "Cn" if nob else "Ch"
            rows = "".join('<table:table-row><table:table-cell table:style-name="%s"><text:p text:style-name="CellB">%s</text:p></table:table-cell>'
                           '<table:table-cell table:style-name="%s"><text:p text:style-name="Cell">%s</text:p></table:table-cell></table:table-row>'
                           % (kst, inline(kk), cst, inline(vv)) for kk, vv in b[1])
            w = opts.get("labelw", 30)
            if pending_break[0]:
                para("Standard", "")
            body.append(table_xml(rows, [w, 100 - w]))
        elif k == "table":
            head, rows, widths = b[1], b[2], b[3]
            rx = ""
            if head:
                rx += "<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % "".join(
                    '<table:table-cell table:style-name="Ch"><text:p text:style-name="CellB">%s</text:p></table:table-cell>' % inline(c) for c in head)
            for r in rows:
                rx += "<table:table-row>%s</table:table-row>" % "".join(
                    '<table:table-cell table:style-name="Cg">%s</table:table-cell>' %
                    "".join('<text:p text:style-name="Cell">%s</text:p>' % inline(part) for part in c.split("\n\n")) for c in r)
            if pending_break[0]:
                para("Standard", "")
            body.append(table_xml(rx, widths))
        elif k == "ul":
            for it in b[1]:
                para("Bul", "\u2022<text:tab/>" + inline(it) if False else "\u2022 " + inline(it))
        elif k == "checks":
            s = b[2] if len(b) > 2 else cs
            for v, t in b[1]:
                para("Chk", x(check_mark(v, s)) + " " + inline(t))
        elif k == "pb":
            pending_break[0] = True
        elif k == "sp":
            para("Standard", "")
        elif k == "hr":
            para("HR", "")
        elif k == "pre":
            for ln in b[1].split("\n"):
                para("Pre", x(ln).replace("  ", " <text:s/>"))
        else:
            raise ValueError(k)
    if cols > 1:
        emit(doc.get("pre_blocks") or [])
        auto_styles.append('<style:style style:name="Sect1" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
                           '<style:columns fo:column-count="%d" fo:column-gap="0.7cm"><style:column-sep style:width="0.02cm" '
                           'style:color="#888888" style:height="100%%"/></style:columns></style:section-properties></style:style>' % cols)
        cur_w[0] = (usable_cm - 0.7) / cols
        body.append('<text:section text:style-name="Sect1" text:name="Spalter">')
        emit(doc["blocks"])
        body.append('</text:section>')
    else:
        emit(doc["blocks"])
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, "".join(auto_styles), "".join(body)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '</office:meta></office:document-meta>' % (NS, x(doc.get("title", ""))))
    name = os.path.basename(out_pdf)[:-4]
    src = os.path.join(workdir, name + ".odt")
    with zipfile.ZipFile(src, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    lo_convert(src, out_pdf, workdir)


# ---------------------------------------------------------------- reportlab

_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/"
    pdfmetrics.registerFont(TTFont("DejaVuSans", base + "dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", base + "dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSansMono", base + "dejavu/DejaVuSansMono.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerif", base + "liberation/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerif-Bold", base + "liberation/LiberationSerif-Bold.ttf"))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("LibSerif", 0, 0, "LibSerif")
    addMapping("LibSerif", 1, 0, "LibSerif-Bold")
    _RL_FONTS = True


def render_reportlab(doc, out_pdf, workdir):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Preformatted, FrameBreak, NextPageTemplate)
    from reportlab.pdfgen import canvas as rlcanvas

    land = doc.get("orientation") == "landscape"
    ps = landscape(A4) if land else A4
    fam = doc.get("font", "DejaVuSans")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(fam, fam + "-Bold")
    size = doc.get("size", 9.5)
    tsize = doc.get("table_size", size - 0.5)
    S = {
        "p": ParagraphStyle("p", fontName=fam, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=fam, fontSize=7, leading=9, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size, leading=size * 1.3, spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "cell": ParagraphStyle("c", fontName=fam, fontSize=tsize, leading=tsize * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=tsize, leading=tsize * 1.25),
        "bul": ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.3, leftIndent=12, bulletIndent=3, spaceAfter=1),
        "chk": ParagraphStyle("k", fontName=fam, fontSize=size, leading=size * 1.3, leftIndent=6, spaceAfter=1),
        "pre": ParagraphStyle("pre", fontName="DejaVuSansMono", fontSize=8, leading=10),
    }

    def rl_inline(text):
        out = []
        for b, chunk in split_bold(text):
            c = html.escape(chunk, quote=False).replace("\n", "<br/>")
            out.append("<b>%s</b>" % c if b else c)
        return "".join(out)

    lm, rm, tm, bm = 20 * mm, 17 * mm, 22 * mm, 18 * mm
    W = ps[0] - lm - rm
    cols = doc.get("columns", 1)
    colw = (W - 7 * mm) / 2 if cols > 1 else W

    story = []
    cs = doc.get("check_style", "box")
    base14 = fam in ("Helvetica", "Times-Roman", "Courier")

    def build_blocks(blocks, width):
        for b in blocks:
            k = b[0]
            if k in ("h1", "h2", "h3", "p", "small"):
                story.append(Paragraph(rl_inline(b[1]), S[k]))
            elif k == "kv":
                opts = b[2] if len(b) > 2 else {}
                w = opts.get("labelw", 30)
                data = [[Paragraph(rl_inline(kk), S["cellb"]), Paragraph(rl_inline(vv), S["cell"])] for kk, vv in b[1]]
                t = Table(data, colWidths=[width * w / 100.0, width * (100 - w) / 100.0])
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
                if not opts.get("noborder"):
                    sty += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
                t.setStyle(TableStyle(sty))
                story.append(t)
                story.append(Spacer(1, 5))
            elif k == "table":
                head, rows, widths = b[1], b[2], b[3]
                tot = float(sum(widths))
                data = []
                if head:
                    data.append([Paragraph(rl_inline(c), S["cellb"]) for c in head])
                for r in rows:
                    data.append([Paragraph(rl_inline(c), S["cell"]) for c in r])
                t = Table(data, colWidths=[width * w / tot for w in widths], repeatRows=1 if head else 0)
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555"))]
                if head:
                    sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
                t.setStyle(TableStyle(sty))
                story.append(t)
                story.append(Spacer(1, 6))
            elif k == "ul":
                for it in b[1]:
                    story.append(Paragraph(rl_inline(it), S["bul"], bulletText="\u2022"))
            elif k == "checks":
                s = b[2] if len(b) > 2 else cs
                if base14:
                    s = "bracket"
                for v, t in b[1]:
                    story.append(Paragraph(html.escape(check_mark(v, s)) + " " + rl_inline(t), S["chk"]))
            elif k == "pb":
                story.append(PageBreak())
            elif k == "sp":
                story.append(Spacer(1, 10))
            elif k == "hr":
                t = Table([[""]], colWidths=[width], rowHeights=[2])
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
                story.append(t)
            elif k == "pre":
                story.append(Preformatted(b[1], S["pre"]))
            else:
                raise ValueError(k)

    hl, hr_ = doc.get("header", ("", ""))
    ft = doc.get("footer", "")

    class NumberedCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **kw):
            rlcanvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.draw_hf(n)
                rlcanvas.Canvas.showPage(self)
            rlcanvas.Canvas.save(self)

        def draw_hf(self, n):
            self.setFont(fam, 7.5)
            y = ps[1] - 12 * mm
            for i, ln in enumerate(hl.split("\n")):
                self.drawString(lm, y - i * 9, ln)
            for i, ln in enumerate(hr_.split("\n")):
                self.drawRightString(ps[0] - rm, y - i * 9, ln)
            if ft:
                fl, fr = (ft.split("|") + [""])[:2]
                pg = str(self._pageNumber)
                self.setLineWidth(0.4)
                self.line(lm, 13 * mm, ps[0] - rm, 13 * mm)
                self.drawString(lm, 9.5 * mm, page_tpl(fl, pg, str(n)))
                self.drawRightString(ps[0] - rm, 9.5 * mm, page_tpl(fr, pg, str(n)))

    dt = BaseDocTemplate(out_pdf, pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                         title=doc.get("title", ""), author=doc.get("author", ""))
    H = ps[1] - tm - bm
    if cols > 1:
        pre = doc.get("pre_blocks") or []
        pre_h = doc.get("pre_height_mm", 0) * mm
        f_top = Frame(lm, bm + H - pre_h, W, pre_h, id="top", leftPadding=0, rightPadding=0) if pre else None
        def two(y0, h):
            return [Frame(lm, y0, colw, h, id="c1", leftPadding=0, rightPadding=0),
                    Frame(lm + colw + 7 * mm, y0, colw, h, id="c2", leftPadding=0, rightPadding=0)]
        def sep_first(c, d_):
            c.saveState(); c.setLineWidth(0.3)
            c.line(lm + colw + 3.5 * mm, bm, lm + colw + 3.5 * mm, bm + H - pre_h); c.restoreState()
        def sep_later(c, d_):
            c.saveState(); c.setLineWidth(0.3)
            c.line(lm + colw + 3.5 * mm, bm, lm + colw + 3.5 * mm, bm + H); c.restoreState()
        templates = []
        if pre:
            templates.append(PageTemplate(id="first", frames=[f_top] + two(bm, H - pre_h), onPage=sep_first))
        templates.append(PageTemplate(id="later", frames=two(bm, H), onPage=sep_later))
        dt.addPageTemplates(templates)
        if pre:
            build_blocks(pre, W)
            story.append(NextPageTemplate("later"))
            story.append(FrameBreak())
        build_blocks(doc["blocks"], colw)
    else:
        dt.addPageTemplates([PageTemplate(id="one", frames=[Frame(lm, bm, W, H, id="f", leftPadding=0, rightPadding=0)])])
        build_blocks(doc["blocks"], W)
    dt.build(story, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------- enscript

def render_enscript(doc, out_pdf, workdir):
    """Plain-text printout (as from an old terminal system): blocks must be pre/p."""
    lines = []
    for b in doc["blocks"]:
        if b[0] in ("pre",):
            lines.extend(b[1].split("\n"))
        elif b[0] in ("p", "h1", "h2", "h3", "small"):
            lines.append(b[1].replace("**", ""))
            lines.append("")
        elif b[0] == "pb":
            lines.append("\f")
        else:
            raise ValueError(b[0])
    name = os.path.basename(out_pdf)[:-4]
    txt = os.path.join(workdir, name + ".txt")
    with open(txt, "w", encoding="latin-1") as f:
        f.write("\n".join(lines) + "\n")
    ps = os.path.join(workdir, name + ".ps")
    hdr = doc.get("enscript_header", "")
    cmd = ["enscript", "-q", "-X", "latin1", "-f", "Courier10", "-M", "A4", "-o", ps]
    if hdr:
        cmd += ["-b", hdr]
    else:
        cmd += ["-B"]
    cmd.append(txt)
    run(cmd)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out_pdf])


RENDERERS = {
    "chromium": render_chromium,
    "libreoffice-docx": render_docx,
    "libreoffice-odt": render_odt,
    "reportlab": render_reportlab,
    "enscript": render_enscript,
}


# ---------------------------------------------------------------- post-processing

def n_pages(pdf):
    r = run(["pdfinfo", pdf])
    for ln in r.stdout.decode().splitlines():
        if ln.startswith("Pages:"):
            return int(ln.split()[1])
    raise RuntimeError("no pages")


def scan_pages(src_pdf, pages, out_pdf, workdir, seed=1):
    """Replace the given 1-based pages by a grey 150 dpi raster with no text layer."""
    from PIL import Image, ImageFilter
    import random
    rnd = random.Random(seed)
    n = n_pages(src_pdf)
    parts = []
    for p in range(1, n + 1):
        if p in pages:
            base = os.path.join(workdir, "scan_%d" % p)
            run(["pdftoppm", "-gray", "-r", "150", "-f", str(p), "-l", str(p), "-singlefile", "-png", src_pdf, base])
            im = Image.open(base + ".png").convert("L")
            angle = rnd.uniform(-0.9, 0.9)
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            # paper tone, slight blur, a little noise at the edges
            im = im.point(lambda v: 255 if v > 215 else int(v * 0.85 + 10))
            im = im.filter(ImageFilter.GaussianBlur(0.45))
            px = im.load()
            w, h = im.size
            for _ in range(250):
                xx, yy = rnd.randrange(w), rnd.randrange(h)
                px[xx, yy] = max(0, px[xx, yy] - rnd.randrange(40, 120))
            # darker scanner edge on the left
            for yy in range(h):
                for xx in range(6):
                    px[xx, yy] = 150 + xx * 15
            jpg = base + ".jpg"
            im.save(jpg, "JPEG", quality=38, dpi=(150, 150))
            pp = base + ".pdf"
            with open(pp, "wb") as f:
                import img2pdf
                f.write(img2pdf.convert(jpg, layout_fun=img2pdf.get_fixed_dpi_layout_fun((150, 150))))
            parts.append((pp, 1))
        else:
            parts.append((src_pdf, p))
    args = ["qpdf", "--empty", "--pages"]
    for f, p in parts:
        args += [f, str(p)]
    args += ["--", out_pdf]
    run(args)


def rotate_pages(src_pdf, pages, out_pdf):
    spec = ",".join(str(p) for p in pages)
    run(["qpdf", src_pdf, "--rotate=+90:" + spec, out_pdf])


def unite(parts, out_pdf):
    run(["pdfunite"] + list(parts) + [out_pdf])
