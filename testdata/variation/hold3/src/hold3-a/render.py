"""Renderers for a small block model -> PDF via reportlab, HTML (Chromium) or DOCX (LibreOffice).

Block model (list of tuples):
  ("lh", name, sub)          letterhead (provider/office name + address line)
  ("h1", text) ("h2", text) ("h3", text)
  ("p", text)                paragraph (may contain <b>, <i>)
  ("small", text)
  ("bullets", [text, ...])
  ("table", rows, widths)    first row header; widths = relative list or None
  ("kv", [(key, value), ...]) two-column form without header
  ("pb",)                    page break
  ("sp",)                    vertical space
"""
import html as _html
import os
import re
import subprocess

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, ListFlowable, ListItem)

FD = "/usr/share/fonts/truetype/"
pdfmetrics.registerFont(TTFont("DVS", FD + "dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FD + "dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", FD + "dejavu/DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVSe", FD + "dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSe-B", FD + "dejavu/DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSe-I", FD + "dejavu/DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LS", FD + "liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", FD + "liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", FD + "liberation/LiberationSans-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")
registerFontFamily("DVSe", normal="DVSe", bold="DVSe-B", italic="DVSe-I", boldItalic="DVSe-B")
registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")


def _strip(t):
    return re.sub(r"<[^>]+>", "", t)


# ---------------------------------------------------------------- reportlab
def _winansi_ok(doc):
    import json as _j
    try:
        _j.dumps(doc["blocks"], ensure_ascii=False).encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


STD = {"DVS": ("Helvetica", "Helvetica-Bold"), "LS": ("Helvetica", "Helvetica-Bold"),
       "DVSe": ("Times-Roman", "Times-Bold")}


def render_rl(doc, out):
    font = doc.get("font", "DVS")
    bold = font + "-B"
    if not doc.get("embed") and _winansi_ok(doc):
        # like many case-management exports: standard PDF base fonts, not embedded
        font, bold = STD[font]
    base = doc.get("size", 9.5)
    layout = doc.get("layout", "portrait")
    ps = landscape(A4) if layout == "landscape" else A4
    W, H = ps
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=base * 1.35, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=base - 1.5, leading=(base - 1.5) * 1.3,
                                spaceAfter=3, textColor=colors.HexColor("#333333")),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=base + 5, leading=base + 8, spaceAfter=6,
                             spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=base + 1.5, leading=base + 4, spaceAfter=3,
                             spaceBefore=7),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=base, leading=base + 3, spaceAfter=2,
                             spaceBefore=4),
        "cell": ParagraphStyle("c", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=base - 1, leading=(base - 1) * 1.3),
        "lh": ParagraphStyle("lh", fontName=bold, fontSize=base + 7, leading=base + 10,
                             textColor=colors.HexColor(doc.get("lhcolor", "#1f4e79"))),
        "lhs": ParagraphStyle("lhs", fontName=font, fontSize=base - 1.5, leading=base + 1,
                              textColor=colors.HexColor("#555555"), spaceAfter=8),
    }
    header = doc.get("header", "")
    footer = doc.get("footer", "")
    lm = 20 * mm
    twocol = layout == "twocol"

    def onpage(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawString(lm, H - 12 * mm, header)
            c.setLineWidth(0.4)
            c.line(lm, H - 13.5 * mm, W - lm, H - 13.5 * mm)
        f = footer.replace("{page}", str(d.page))
        if f:
            c.drawString(lm, 10 * mm, f)
        if doc.get("pagenum", True):
            c.drawRightString(W - lm, 10 * mm, "Sida %d" % d.page)
        c.restoreState()

    bd = BaseDocTemplate(out, pagesize=ps, leftMargin=lm, rightMargin=lm, topMargin=20 * mm,
                         bottomMargin=18 * mm, title=doc.get("title", ""), author=doc.get("author", ""),
                         creator=doc.get("creator", ""))
    fw = W - 2 * lm
    fh = H - 38 * mm
    if twocol:
        g = 7 * mm
        cw = (fw - g) / 2
        frames = [Frame(lm, 18 * mm, cw, fh, id="c1"), Frame(lm + cw + g, 18 * mm, cw, fh, id="c2")]
    else:
        cw = fw
        frames = [Frame(lm, 18 * mm, fw, fh, id="f")]
    bd.addPageTemplates([PageTemplate(id="pt", frames=frames, onPage=onpage)])
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("p", "h1", "h2", "h3", "small"):
            story.append(Paragraph(b[1].replace("\n", "<br/>"), st[k]))
        elif k == "lh":
            story.append(Paragraph(b[1], st["lh"]))
            story.append(Paragraph(b[2], st["lhs"]))
        elif k == "bullets":
            items = [ListItem(Paragraph(t, st["p"]), leftIndent=12) for t in b[1]]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12,
                                      bulletFontName=font))
        elif k in ("table", "kv"):
            rows = b[1]
            if k == "kv":
                data = [[Paragraph(a, st["cellb"]), Paragraph(v.replace("\n", "<br/>"), st["cell"])]
                        for a, v in rows]
                widths = b[2] if len(b) > 2 and b[2] else [0.32, 0.68]
            else:
                data = [[Paragraph(str(x), st["cellb"]) for x in rows[0]]] + \
                       [[Paragraph(str(x).replace("\n", "<br/>"), st["cell"]) for x in r] for r in rows[1:]]
                widths = b[2] if len(b) > 2 and b[2] else [1.0 / len(rows[0])] * len(rows[0])
            tot = sum(widths)
            t = Table(data, colWidths=[cw * w / tot for w in widths], repeatRows=0 if k == "kv" else 1)
            ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if k == "table":
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")))
            else:
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 5))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, 10))
    bd.build(story)


# ---------------------------------------------------------------- HTML / Chromium
def to_html(doc):
    layout = doc.get("layout", "portrait")
    font = doc.get("cssfont", "'Liberation Sans', Arial, sans-serif")
    size = "A4 landscape" if layout == "landscape" else "A4"
    css = """
@page { size: %s; margin: 18mm 17mm 16mm 17mm; }
body { font-family: %s; font-size: 10pt; line-height: 1.35; color: #111; }
.hdr { font-size: 8pt; color: #444; border-bottom: 1px solid #999; padding-bottom: 2px; margin-bottom: 10px; }
.ftr { font-size: 7.5pt; color: #555; border-top: 1px solid #bbb; margin-top: 16px; padding-top: 2px; }
h1 { font-size: 15pt; margin: 6px 0 8px 0; }
h2 { font-size: 11.5pt; margin: 12px 0 4px 0; }
h3 { font-size: 10pt; margin: 8px 0 2px 0; }
p { margin: 0 0 6px 0; }
.small { font-size: 8.5pt; color: #333; }
table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px 0; page-break-inside: auto; }
td, th { border: 1px solid #888; padding: 3px 5px; vertical-align: top; font-size: 9pt; text-align: left; }
th { background: #e6e9ef; }
td.k { background: #f2f2f2; font-weight: bold; width: 30%%; }
.lh { font-size: 17pt; font-weight: bold; color: %s; }
.lhs { font-size: 8.5pt; color: #555; margin-bottom: 12px; }
.cols { column-count: 2; column-gap: 8mm; }
.pb { page-break-after: always; }
%s
""" % (size, font, doc.get("lhcolor", "#1f4e79"), doc.get("extracss", ""))
    out = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (_html.escape(doc.get("title", "")), css)]
    if doc.get("header"):
        out.append("<div class='hdr'>%s</div>" % doc["header"])
    if layout == "twocol":
        out.append("<div class='cols'>")
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (k, b[1], k))
        elif k == "p":
            out.append("<p>%s</p>" % b[1].replace("\n", "<br>"))
        elif k == "small":
            out.append("<p class='small'>%s</p>" % b[1].replace("\n", "<br>"))
        elif k == "lh":
            out.append("<div class='lh'>%s</div><div class='lhs'>%s</div>" % (b[1], b[2]))
        elif k == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % t for t in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            s = "<table><tr>" + "".join("<th>%s</th>" % x for x in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join("<td>%s</td>" % str(x).replace("\n", "<br>") for x in r) + "</tr>"
            out.append(s + "</table>")
        elif k == "kv":
            s = "<table>"
            for a, v in b[1]:
                s += "<tr><td class='k'>%s</td><td>%s</td></tr>" % (a, v.replace("\n", "<br>"))
            out.append(s + "</table>")
        elif k == "pb":
            out.append("<div class='pb'></div>")
        elif k == "sp":
            out.append("<div style='height:12px'></div>")
    if layout == "twocol":
        out.append("</div>")
    if doc.get("footer"):
        out.append("<div class='ftr'>%s</div>" % doc["footer"].replace("{page}", ""))
    out.append("</body></html>")
    return "\n".join(out)


def render_html(doc, out, tmpdir, profile):
    hp = os.path.join(tmpdir, os.path.basename(out).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as f:
        f.write(to_html(doc))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--user-data-dir=" + profile,
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------- DOCX / LibreOffice
def _add_field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def _runs(par, text, size=None):
    from docx.shared import Pt
    parts = re.split(r"(<b>.*?</b>|<i>.*?</i>)", text)
    for p in parts:
        if not p:
            continue
        if p.startswith("<b>"):
            r = par.add_run(_html.unescape(_strip(p))); r.bold = True
        elif p.startswith("<i>"):
            r = par.add_run(_html.unescape(_strip(p))); r.italic = True
        else:
            r = par.add_run(_html.unescape(_strip(p)))
        if size:
            r.font.size = Pt(size)


def build_docx(doc, path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = doc.get("docxfont", "Liberation Serif")
    for hs in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Title"):
        st_ = d.styles[hs]
        st_.font.name = doc.get("docxfont", "Liberation Serif")
        rf = st_.element.rPr.find(qn("w:rFonts")) if st_.element.rPr is not None else None
        if rf is not None:
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
    stl.font.size = Pt(doc.get("docxsize", 11))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if doc.get("layout") == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    if doc.get("layout") == "twocol":
        cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "567")
        sec._sectPr.append(cols)
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        _runs(hp, doc["header"], 8)
    fp = sec.footer.paragraphs[0]
    if doc.get("footer"):
        _runs(fp, doc["footer"].replace("{page}", "") + "    ", 8)
    if doc.get("pagenum", True):
        r = fp.add_run("Sida "); r.font.size = Pt(8)
        _add_field(fp, "PAGE")
        r = fp.add_run(" av "); r.font.size = Pt(8)
        _add_field(fp, "NUMPAGES")
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            h = d.add_heading(level={"h1": 1, "h2": 2, "h3": 3}[k])
            _runs(h, b[1])
            for r in h.runs:
                r.font.color.rgb = RGBColor(0, 0, 0)
        elif k == "p":
            for i, line in enumerate(b[1].split("\n")):
                _runs(d.add_paragraph(), line)
        elif k == "small":
            _runs(d.add_paragraph(), b[1], 9)
        elif k == "lh":
            p = d.add_paragraph(); r = p.add_run(_strip(b[1])); r.bold = True; r.font.size = Pt(17)
            p = d.add_paragraph(); r = p.add_run(_strip(b[2])); r.font.size = Pt(8.5)
        elif k == "bullets":
            for t in b[1]:
                _runs(d.add_paragraph(style="List Bullet"), t)
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            avail = (sec.page_width - sec.left_margin - sec.right_margin)
            if doc.get("layout") == "twocol":
                avail = int((avail - Mm(10)) / 2)
            ws = b[2] if len(b) > 2 and b[2] else ([0.42 if doc.get("layout") == "twocol" else 0.32, 0.6] if k == "kv" else [1.0] * len(rows[0]))
            ws = [w / sum(ws) for w in ws]
            for j, col in enumerate(t.columns):
                col.width = int(avail * ws[j])
                for cell in col.cells:
                    cell.width = int(avail * ws[j])
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    c = t.cell(i, j)
                    c.paragraphs[0].text = ""
                    lines = str(x).split("\n")
                    _runs(c.paragraphs[0], lines[0], 9.5)
                    for ln in lines[1:]:
                        _runs(c.add_paragraph(), ln, 9.5)
                    if (k == "table" and i == 0) or (k == "kv" and j == 0):
                        for rr in c.paragraphs[0].runs:
                            rr.bold = True
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "sp":
            d.add_paragraph()
    d.core_properties.title = doc.get("title", "")
    d.core_properties.author = doc.get("author", "")
    d.save(path)
