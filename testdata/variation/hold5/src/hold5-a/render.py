# -*- coding: utf-8 -*-
"""Rendering of block-structured documents to PDF.

Block types (tuples):
  ("h", text)            section heading
  ("h2", text)           sub heading
  ("p", text)            paragraph (may contain <b>, <i>, <br/>)
  ("kv", [(k, v), ...])  field table (label | value)
  ("table", header, rows[, widths])   grid table, widths as fractions
  ("box", [(checked, text), ...][, style])   tick boxes, style 'u' (☒/☐) or 'x' ([X]/[ ])
  ("bul", [text, ...])   bulleted list
  ("area", title, text)  life-area row in a structured interview (two-column)
  ("sig", [lines])       signature block
  ("sp",)                vertical space
  ("pb",)                page break
  ("rule",)              horizontal line
"""
import html as _html
import os
import subprocess
import tempfile

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _box(checked, style):
    if style == "x":
        return "[X]" if checked else "[ ]"
    return "\u2612" if checked else "\u2610"


# ---------------------------------------------------------------- reportlab
def render_rl(doc, out):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle, PageBreak, FrameBreak)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = doc.get("font", "Helvetica")
    bold = "Helvetica-Bold"
    try:
        pdfmetrics.getFont("DJ")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DJ", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    if font == "DejaVu":   # Helvetica text, DejaVu only for the tick-box glyphs (keeps files small)
        font = "Helvetica"
    elif font == "Times":
        font, bold = "Times-Roman", "Times-Bold"
    size = doc.get("size", 10)
    psize = landscape(A4) if doc.get("landscape") else A4
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    st_small = ParagraphStyle("s", parent=st, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    st_h = ParagraphStyle("h", parent=st, fontName=bold, fontSize=size + 2.5, leading=(size + 2.5) * 1.3,
                          spaceBefore=8, spaceAfter=4)
    st_h2 = ParagraphStyle("h2", parent=st, fontName=bold, fontSize=size + 0.5, spaceBefore=5, spaceAfter=2)
    st_title = ParagraphStyle("t", parent=st, fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.25,
                              spaceAfter=6)
    st_cellb = ParagraphStyle("cb", parent=st_small, fontName=bold)

    W, H = psize
    margin = 20 * mm
    header = doc.get("header", "")
    footer = doc.get("footer", "")
    cols = doc.get("columns", 1)

    def on_page(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            left, _, right = header.partition(" | SEKRETESS")
            if right:
                c.drawRightString(W - margin, H - 8.5 * mm, "SEKRETESS" + right)
            c.drawString(margin, H - 12 * mm, left)
            c.setLineWidth(0.4)
            c.line(margin, H - 13.5 * mm, W - margin, H - 13.5 * mm)
        c.drawRightString(W - margin, 10 * mm, "Sida %d" % d.page)
        if footer:
            c.drawString(margin, 10 * mm, footer)
        c.restoreState()

    fw = W - 2 * margin
    fh = H - 2 * margin - 6 * mm
    if cols == 2:
        gap = 8 * mm
        cw = (fw - gap) / 2
        frames = [Frame(margin, margin, cw, fh, id="l"), Frame(margin + cw + gap, margin, cw, fh, id="r")]
    else:
        frames = [Frame(margin, margin, fw, fh, id="f")]
    dt = BaseDocTemplate(out, pagesize=psize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                         bottomMargin=margin, title=doc.get("title", ""), author=doc.get("author", ""),
                         creator=doc.get("creator", "Treserva"))
    dt.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    avail = frames[0]._width

    story = []
    if doc.get("title"):
        story.append(Paragraph(doc["title"], st_title))
    grid = colors.Color(0.55, 0.55, 0.55)
    shade = colors.Color(0.9, 0.9, 0.9)
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            story.append(Paragraph(b[1], st_h))
        elif t == "h2":
            story.append(Paragraph(b[1], st_h2))
        elif t == "p":
            story.append(Paragraph(b[1].replace("\n", "<br/>"), st))
        elif t == "kv":
            rows = [[Paragraph(k, st_cellb), Paragraph(v.replace("\n", "<br/>"), st_small)] for k, v in b[1]]
            tb = Table(rows, colWidths=[avail * 0.3, avail * 0.7])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, grid), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (0, -1), shade)]))
            story += [tb, Spacer(1, 5)]
        elif t == "table":
            header_, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else [1.0 / len(header_)] * len(header_)
            data = [[Paragraph(h, st_cellb) for h in header_]]
            data += [[Paragraph(str(c).replace("\n", "<br/>"), st_small) for c in r] for r in rows]
            tb = Table(data, colWidths=[avail * w for w in widths], repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, grid), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (-1, 0), shade)]))
            story += [tb, Spacer(1, 6)]
        elif t == "box":
            style = b[2] if len(b) > 2 else "u"
            for chk, txt in b[1]:
                bx = _box(chk, style)
                if style != "x":
                    bx = '<font name="DJ">%s</font>' % bx
                story.append(Paragraph("%s&nbsp;&nbsp;%s" % (bx, txt), st_small))
            story.append(Spacer(1, 4))
        elif t == "bul":
            for x in b[1]:
                story.append(Paragraph(x, st, bulletText="\u2022"))
        elif t == "area":
            tb = Table([[Paragraph(b[1], st_cellb), Paragraph(b[2].replace("\n", "<br/>"), st_small)]],
                       colWidths=[avail * 0.24, avail * 0.76])
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, grid), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        elif t == "sig":
            story.append(Spacer(1, 10))
            for x in b[1]:
                story.append(Paragraph(x, st_small))
        elif t == "sp":
            story.append(Spacer(1, 10))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "fb":
            story.append(FrameBreak())
        elif t == "rule":
            tb = Table([[""]], colWidths=[avail], rowHeights=[2])
            tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, grid)]))
            story.append(tb)
    dt.build(story)


# ---------------------------------------------------------------- HTML (chromium / soffice)
def to_html(doc, for_soffice=False):
    css = doc.get("css", "")
    land = doc.get("landscape")
    out = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>%s</title><style>" %
           _html.escape(doc.get("title", ""))]
    if not for_soffice:
        out.append("@page { size: A4 %s; margin: 18mm 18mm 16mm 18mm; }" % ("landscape" if land else "portrait"))
    out.append("body{font-family:'%s',sans-serif;font-size:%spt;line-height:1.35;}" %
               (doc.get("hfont", "Liberation Sans"), doc.get("size", 10)))
    out.append("table{border-collapse:collapse;width:100%;margin:4px 0 8px 0;} td,th{border:1px solid #888;"
               "padding:3px 5px;vertical-align:top;text-align:left;font-size:0.92em;} th{background:#e6e6e6;}"
               "h1{font-size:1.55em;margin:0 0 6px 0;} h2{font-size:1.2em;margin:12px 0 4px 0;} "
               "h3{font-size:1.02em;margin:8px 0 2px 0;} .hdr{font-size:0.78em;border-bottom:1px solid #555;"
               "margin-bottom:10px;color:#333;} .mail td{border:none;padding:1px 6px 1px 0;} .sig{margin-top:14px;"
               "font-size:0.95em;} p{margin:3px 0 6px 0;} .box{margin:1px 0;}")
    out.append(css)
    out.append("</style></head><body>")
    if doc.get("header"):
        out.append("<div class='hdr'>%s</div>" % doc["header"])
    if doc.get("title"):
        out.append("<h1>%s</h1>" % doc["title"])
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            out.append("<h2>%s</h2>" % b[1])
        elif t == "h2":
            out.append("<h3>%s</h3>" % b[1])
        elif t == "p":
            out.append("<p>%s</p>" % b[1].replace("\n", "<br/>"))
        elif t == "kv":
            out.append("<table>" + "".join("<tr><th style='width:30%%'>%s</th><td>%s</td></tr>" %
                                            (k, v.replace("\n", "<br/>")) for k, v in b[1]) + "</table>")
        elif t == "table":
            out.append("<table><tr>" + "".join("<th>%s</th>" % h for h in b[1]) + "</tr>" +
                       "".join("<tr>" + "".join("<td>%s</td>" % str(c).replace("\n", "<br/>") for c in r) + "</tr>"
                               for r in b[2]) + "</table>")
        elif t == "box":
            style = b[2] if len(b) > 2 else "u"
            out.append("".join("<div class='box'>%s&nbsp;&nbsp;%s</div>" % (_box(c, style), x) for c, x in b[1]))
        elif t == "bul":
            out.append("<ul>" + "".join("<li>%s</li>" % x for x in b[1]) + "</ul>")
        elif t == "area":
            out.append("<table><tr><th style='width:24%%'>%s</th><td>%s</td></tr></table>" %
                       (b[1], b[2].replace("\n", "<br/>")))
        elif t == "sig":
            out.append("<div class='sig'>%s</div>" % "<br/>".join(b[1]))
        elif t == "mail":
            out.append("<table class='mail'>" + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" %
                                                         (k, _html.escape(v)) for k, v in b[1]) + "</table><hr/>")
        elif t == "sp":
            out.append("<div style='height:10px'></div>")
        elif t == "pb":
            out.append("<div style='page-break-after:always'></div>")
        elif t == "rule":
            out.append("<hr/>")
    out.append("</body></html>")
    return "\n".join(out)


def render_chrome(doc, out, workdir):
    src = os.path.join(workdir, os.path.basename(out)[:-4] + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(to_html(doc))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    "--user-data-dir=/tmp/hold5-a-chrome",
                    "--print-to-pdf=" + out, "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def render_soffice(doc, out, workdir, user="hold5-a"):
    base = os.path.basename(out)[:-4]
    src = os.path.join(workdir, base + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(to_html(doc, for_soffice=True))
    od = os.path.join(workdir, "so_out")
    os.makedirs(od, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-" + user, "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", od, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    os.replace(os.path.join(od, base + ".pdf"), out)


def scan(pdf_in, pdf_out, workdir):
    """Rasterise (ghostscript) to grey JPEG at 150 dpi and rebuild a PDF without text layer."""
    pref = os.path.join(workdir, "scan_" + os.path.basename(pdf_in)[:-4])
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=jpeggray", "-r150", "-dJPEGQ=60",
                    "-sOutputFile=" + pref + "-%03d.jpg", pdf_in], check=True)
    imgs = sorted(p for p in (os.path.join(workdir, x) for x in os.listdir(workdir))
                  if p.startswith(pref + "-") and p.endswith(".jpg"))
    subprocess.run(["img2pdf", "-o", pdf_out] + imgs, check=True)
    for p in imgs:
        os.remove(p)
