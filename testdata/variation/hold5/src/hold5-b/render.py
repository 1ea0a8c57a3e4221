"""Renderers for hold5-b: block lists -> PDF via reportlab, chromium or LibreOffice.

Block kinds:
  ('h1', t) ('h2', t) ('p', t) ('ul', [..]) ('table', rows[, colw]) ('kv', [(k, v)])
  ('mail', {fran, skickat, till, kopia, amne}) ('check', [(bool, label)]) ('pre', t)
  ('small', t) ('pb',) ('sig', name) ('fax', t) ('two', [left_blocks, right_blocks]) ('hr',)
"""
import html
import os
import random
import subprocess

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                ListFlowable, ListItem, PageBreak, PageTemplate,
                                Paragraph, Preformatted, Spacer, Table, TableStyle)

LO_PROFILE = "file:///tmp/lo-hold5-b"


def esc(t):
    return html.escape(t, quote=False)


# ----------------------------------------------------------------- reportlab
class Scribble(Flowable):
    """A hand-drawn-looking signature."""

    def __init__(self, name, seed):
        super().__init__()
        self.name = name
        self.seed = seed
        self.width = 70 * mm
        self.height = 16 * mm

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a237e"))
        c.setLineWidth(1.1)
        p = c.beginPath()
        x, y = 2 * mm, 8 * mm
        p.moveTo(x, y)
        for _ in range(9):
            nx = x + r.uniform(3, 8) * mm
            p.curveTo(x + r.uniform(0, 6) * mm, y + r.uniform(-2, 9) * mm,
                      nx - r.uniform(0, 5) * mm, y + r.uniform(-7, 4) * mm,
                      nx, 8 * mm + r.uniform(-3, 3) * mm)
            x = nx
        c.drawPath(p)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(0, 2 * mm, 70 * mm, 2 * mm)
        c.setFont("Helvetica", 7.5)
        c.drawString(0, -1 * mm, self.name)


class Noise(Flowable):
    def __init__(self, seed):
        super().__init__()
        self.seed = seed
        self.width = self.height = 0

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        for _ in range(120):
            c.circle(r.uniform(-10, 180) * mm, r.uniform(-250, 20) * mm, r.uniform(0.1, 0.45), stroke=0, fill=1)


def rl_styles(font, size):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    s = {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceBefore=4, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6, spaceAfter=2),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, textColor=colors.grey),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "pre": ParagraphStyle("pre", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    return s, bold


def rl_flow(blocks, st, bold, width, seed):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "p", "small"):
            out.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[k]))
        elif k == "ul":
            items = [ListItem(Paragraph(esc(x), st["p"]), leftIndent=12) for x in b[1]]
            out.append(ListFlowable(items, bulletType="bullet", start="-", leftIndent=12, bulletFontName=st["p"].fontName))
        elif k == "kv":
            rows = [[Paragraph(esc(a), st["cellb"]), Paragraph(esc(v), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[width * 0.28, width * 0.72])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            colw = [width * f for f in b[2]] if len(b) > 2 else [width / n] * n
            data = [[Paragraph(esc(str(c)).replace("\n", "<br/>"), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=colw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif k == "mail":
            m = b[1]
            rows = [("Från:", m["fran"]), ("Skickat:", m["skickat"]), ("Till:", m["till"])]
            if m.get("kopia"):
                rows.append(("Kopia:", m["kopia"]))
            rows.append(("Ämne:", m["amne"]))
            if m.get("bifogat"):
                rows.append(("Bifogade filer:", m["bifogat"]))
            data = [[Paragraph("<b>%s</b>" % esc(a), st["cell"]), Paragraph(esc(v), st["cell"])] for a, v in rows]
            t = Table(data, colWidths=[width * 0.18, width * 0.82])
            t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey), ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif k == "check":
            for on, lab in b[1]:
                out.append(Paragraph(("[X] " if on else "[&nbsp;&nbsp;] ") + esc(lab), st["p"]))
        elif k == "pre":
            out.append(Preformatted(b[1], st["pre"]))
        elif k == "fax":
            out.append(Paragraph('<font name="Courier" size="7">%s</font>' % esc(b[1]), st["p"]))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "hr":
            t = Table([[""]], colWidths=[width])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)]))
            out.append(t)
        elif k == "sig":
            out.append(Spacer(1, 6))
            out.append(Scribble(b[1], seed + len(out)))
            out.append(Spacer(1, 10))
        elif k == "noise":
            out.append(Noise(seed))
        elif k == "two":
            cw = width / 2 - 4
            left = rl_flow(b[1][0], st, bold, cw, seed)
            right = rl_flow(b[1][1], st, bold, cw, seed + 1)
            t = Table([[left, right]], colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey)]))
            out.append(t)
        else:
            raise ValueError(k)
    return out


def render_rl(doc, path, seed=1):
    size = landscape(A4) if doc.get("landscape") else A4
    font = doc.get("font", "Helvetica")
    st, bold = rl_styles(font, doc.get("fontsize", 9.5))
    head = doc.get("header", "")
    foot = doc.get("footer", "")
    margin = 18 * mm

    def onpage(c, d):
        c.saveState()
        c.setFont(bold, 8.5)
        c.drawString(margin, size[1] - 12 * mm, head)
        c.setFont(font, 7)
        c.drawRightString(size[0] - margin, size[1] - 12 * mm, "Sida %d" % d.page)
        if foot:
            c.drawString(margin, 9 * mm, foot)
        c.restoreState()

    bd = BaseDocTemplate(path, pagesize=size, leftMargin=margin, rightMargin=margin,
                         topMargin=20 * mm, bottomMargin=16 * mm, title=doc.get("title", ""), author=doc.get("author", ""))
    fr = Frame(margin, 16 * mm, size[0] - 2 * margin, size[1] - 36 * mm, id="f")
    bd.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=onpage)])
    bd.build(rl_flow(doc["blocks"], st, bold, size[0] - 2 * margin, seed))


# ----------------------------------------------------------------- HTML
def to_html(doc):
    css = doc.get("css", "")
    land = "landscape" if doc.get("landscape") else "portrait"
    out = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>%s</title><style>" % esc(doc.get("title", "")),
           "@page { size: A4 %s; margin: 16mm 16mm 16mm 18mm; }" % land,
           "body { font-family: %s; font-size: %s; }" % (doc.get("hfont", "'Liberation Sans', Arial, sans-serif"), doc.get("hsize", "10pt")),
           "table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #444; padding: 3px 5px; vertical-align: top; text-align: left; }",
           "table.kv td, table.mail td { border: none; padding: 1px 4px; } table.mail { border-bottom: 1px solid #999; margin-bottom: 8px; } table.mail td:first-child, table.kv td:first-child { width: 22%; white-space: nowrap; }",
           "h1 { font-size: 15pt; margin: 4px 0 8px 0; } h2 { font-size: 11.5pt; margin: 10px 0 3px 0; } p { margin: 2px 0 5px 0; }",
           ".small { color: #666; font-size: 8pt; } .pb { page-break-after: always; } pre { font-size: 9pt; white-space: pre-wrap; }",
           ".hdr { border-bottom: 2px solid #235; color: #235; font-weight: bold; margin-bottom: 8px; }",
           css, "</style></head><body>"]
    if doc.get("header"):
        out.append("<p class='hdr'>%s</p>" % esc(doc["header"]))
    out.append(blocks_html(doc["blocks"]))
    if doc.get("footer"):
        out.append("<p class='small'>%s</p>" % esc(doc["footer"]))
    out.append("</body></html>")
    return "\n".join(out)


def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h1>%s</h1>" % esc(b[1]))
        elif k == "h2":
            out.append("<h2>%s</h2>" % esc(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % esc(b[1]).replace("\n", "<br>"))
        elif k == "small":
            out.append("<p class='small'>%s</p>" % esc(b[1]))
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x) for x in b[1]))
        elif k == "kv":
            out.append("<table class='kv'>%s</table>" % "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(v)) for a, v in b[1]))
        elif k == "table":
            rows = b[1]
            h = "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(str(c)) for c in rows[0])
            body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(str(c)).replace("\n", "<br>") for c in r) for r in rows[1:])
            out.append("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">%s%s</table><br>" % (h, body))
        elif k == "mail":
            m = b[1]
            rows = [("Från:", m["fran"]), ("Skickat:", m["skickat"]), ("Till:", m["till"])]
            if m.get("kopia"):
                rows.append(("Kopia:", m["kopia"]))
            rows.append(("Ämne:", m["amne"]))
            if m.get("bifogat"):
                rows.append(("Bifogade filer:", m["bifogat"]))
            out.append("<table class='mail'>%s</table>" % "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(v)) for a, v in rows))
        elif k == "check":
            out.append("".join("<p>%s %s</p>" % ("&#9746;" if on else "&#9744;", esc(lab)) for on, lab in b[1]))
        elif k in ("pre", "fax"):
            out.append("<pre>%s</pre>" % esc(b[1]))
        elif k == "pb":
            out.append("<div class='pb'></div>")
        elif k == "hr":
            out.append("<hr>")
        elif k == "sig":
            out.append("<p><br>_______________________<br>%s</p>" % esc(b[1]))
        elif k == "two":
            out.append("<table class='kv'><tr><td style='width:50%%;border-right:1px solid #999'>%s</td><td>%s</td></tr></table>" % (blocks_html(b[1][0]), blocks_html(b[1][1])))
        elif k == "noise":
            pass
        else:
            raise ValueError(k)
    return "\n".join(out)


def render_chrome(doc, path, tmp):
    hp = os.path.join(tmp, os.path.basename(path) + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(to_html(doc))
    import time
    for attempt in range(4):
        r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            "--user-data-dir=/tmp/chrome-hold5-b", "--print-to-pdf=" + path, "file://" + hp],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if r.returncode == 0 and os.path.exists(path):
            return
        time.sleep(3)
    raise RuntimeError("chromium failed for " + path)


def render_lo(doc, path, tmp):
    base = os.path.splitext(os.path.basename(path))[0]
    d = os.path.join(tmp, "lo_" + base)
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, base + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(to_html(doc))
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, hp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    os.replace(os.path.join(d, base + ".pdf"), path)


def scan(src, dst, tmp):
    """Rasterise every page: 150 dpi grey JPEG q60, no text layer."""
    base = os.path.join(tmp, "scan_" + os.path.basename(dst).replace(".pdf", ""))
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-jpeg", "-jpegopt", "quality=60", src, base], check=True)
    d = os.path.dirname(base)
    imgs = sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(os.path.basename(base) + "-") and f.endswith(".jpg"))
    subprocess.run(["img2pdf", "-o", dst] + imgs, check=True)
    for i in imgs:
        os.remove(i)
