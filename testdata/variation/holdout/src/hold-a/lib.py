# -*- coding: utf-8 -*-
"""Renderers for the hold-a synthetic case files.

A document is a list of blocks (tuples):
  ("title", text)            ("h", text)           ("hs", text)
  ("p", text)                ("lp", label, text)   ("small", text)
  ("bul", [items])           ("num", [items])      ("check", [(bool, label), ...])
  ("kv", [(key, value)...])  ("table", rows, widths) first row = header
  ("jn", date, head, text)   journal note
  ("sig", [lines])           ("sp", n)             ("br",)  page break
  ("rule",)                  ("mono", text)        ("raw_html", html) (html only)
Each renderer turns the list into a PDF with a different producer.
"""
import os, subprocess, re, textwrap, random, tempfile, shutil, html as _html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TMP = "/tmp/hold-a-build"
os.makedirs(TMP, exist_ok=True)

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s\n%s" % (cmd, r.stdout, r.stderr))
    return r.stdout

# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether,
                                CondPageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas

_FONTDIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
def _reg(name, fn):
    for d in _FONTDIRS:
        p = os.path.join(d, fn)
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont(name, p)); return
    raise FileNotFoundError(fn)
for fam, files in {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "LibSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "LibSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    "LibNarrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-Italic.ttf"),
}.items():
    _reg(fam, files[0]); _reg(fam + "-B", files[1]); _reg(fam + "-I", files[2])
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B"); addMapping(fam, 0, 1, fam + "-I"); addMapping(fam, 1, 1, fam + "-B")
_reg("DejaVuSansMono", "DejaVuSansMono.ttf")

def esc(t):
    return _html.escape(t, quote=False)

def inl(t):
    """escape and turn **x** into bold, __x__ into italics, newline into <br/>"""
    t = esc(t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    return t.replace("\n", "<br/>")

def _numbered_canvas_factory(header, footer, font, rotated_pages, landscape_pages):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._deco(n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
        def _deco(self, total):
            pn = self._pageNumber
            W, H = self._pagesize
            self.saveState()
            if pn in rotated_pages:
                self.translate(W, 0); self.rotate(90); W, H = H, W
            self.setFont(font, 7.5)
            self.setFillColor(colors.HexColor("#333333"))
            if header:
                l, r = header
                if l: self.drawString(18 * mm, H - 12 * mm, l)
                if r: self.drawRightString(W - 18 * mm, H - 12 * mm, r)
                self.setLineWidth(0.4); self.line(18 * mm, H - 13.5 * mm, W - 18 * mm, H - 13.5 * mm)
            if footer:
                l, r = footer
                l = (l or "").replace("{p}", str(pn)).replace("{n}", str(total))
                r = (r or "").replace("{p}", str(pn)).replace("{n}", str(total))
                if l: self.drawString(18 * mm, 10 * mm, l)
                if r: self.drawRightString(W - 18 * mm, 10 * mm, r)
            self.restoreState()
    return NC

def render_rl(path, blocks, font="LibSans", size=10, header=None, footer=None,
              twocol=False, land=False, rotated=None, title="", author="", leading=None,
              top=22, bottom=20, sections=None, creator=None):
    """sections: optional list of (template_name, blocks) with template in
    portrait|landscape|twocol|rotated; otherwise one section from flags."""
    rotated = set()
    if sections is None:
        tpl = "twocol" if twocol else ("landscape" if land else "portrait")
        sections = [(tpl, blocks)]
    leading = leading or size * 1.32
    ss = _styles(font, size, leading)
    W, H = A4
    lm = 20 * mm
    frames = {
        "portrait": [Frame(lm, bottom * mm, W - 2 * lm, H - (top + bottom) * mm, id="p")],
        "twocol": [Frame(lm, bottom * mm, (W - 2 * lm) / 2 - 4 * mm, H - (top + bottom) * mm, id="c1"),
                   Frame(W / 2 + 4 * mm, bottom * mm, (W - 2 * lm) / 2 - 4 * mm, H - (top + bottom) * mm, id="c2")],
        "landscape": [Frame(lm, bottom * mm, H - 2 * lm, W - (top + bottom) * mm, id="l")],
        "rotated": [Frame(lm, bottom * mm, H - 2 * lm, W - (top + bottom) * mm, id="r")],
    }
    def rot_onpage(c, d):
        c.saveState(); c.translate(W, 0); c.rotate(90)
    def rot_onpageend(c, d):
        c.restoreState()
    tpls = [PageTemplate(id="portrait", frames=frames["portrait"], pagesize=A4),
            PageTemplate(id="twocol", frames=frames["twocol"], pagesize=A4),
            PageTemplate(id="landscape", frames=frames["landscape"], pagesize=landscape(A4)),
            PageTemplate(id="rotated", frames=frames["rotated"], pagesize=A4, onPage=rot_onpage, onPageEnd=rot_onpageend)]
    # find out which pages are rotated: track in the doc
    class Doc(BaseDocTemplate):
        def handle_pageBegin(self):
            BaseDocTemplate.handle_pageBegin(self)
            if self.pageTemplate.id == "rotated":
                rotated.add(self.page)
    first = sections[0][0]
    order = [first] + [t for t in ["portrait", "twocol", "landscape", "rotated"] if t != first]
    tpls.sort(key=lambda t: order.index(t.id))
    story = []
    for i, (tpl, bl) in enumerate(sections):
        if i > 0:
            story.append(NextPageTemplate(tpl)); story.append(PageBreak())
        avail = (H - 2 * lm) if tpl in ("landscape", "rotated") else (W - 2 * lm)
        if tpl == "twocol":
            avail = (W - 2 * lm) / 2 - 4 * mm
        story += _rl_story(bl, ss, avail, font, size)
    tmp = path + ".tmp.pdf"
    # two passes: first to know rotated pages (rotated set filled during build)
    doc = Doc(tmp, pagesize=A4, pageTemplates=tpls, title=title, author=author,
              leftMargin=lm, rightMargin=lm, topMargin=top * mm, bottomMargin=bottom * mm,
              creator=creator or "")
    import copy
    story2 = copy.deepcopy(story)
    doc.build(story)
    rot = set(rotated)
    rotated.clear()
    doc = Doc(tmp, pagesize=A4, pageTemplates=tpls, title=title, author=author,
              leftMargin=lm, rightMargin=lm, topMargin=top * mm, bottomMargin=bottom * mm,
              creator=creator or "")
    doc.build(story2, canvasmaker=_numbered_canvas_factory(header, footer, font, rot, set()))
    if rot:
        spec = ",".join(str(p) for p in sorted(rot))
        run(["qpdf", tmp, "--rotate=+90:" + spec, "--", path])
        os.remove(tmp)
    else:
        os.replace(tmp, path)
    return path

STD_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
def _bold(font):
    return STD_BOLD.get(font, font + "-B")

def _styles(font, size, leading):
    s = {}
    s["p"] = ParagraphStyle("p", fontName=font, fontSize=size, leading=leading, spaceAfter=size * 0.55)
    s["title"] = ParagraphStyle("t", fontName=_bold(font), fontSize=size + 5, leading=size + 9, spaceAfter=size * 0.8)
    s["h"] = ParagraphStyle("h", fontName=_bold(font), fontSize=size + 1.5, leading=size + 5, spaceBefore=size * 0.6, spaceAfter=size * 0.3)
    s["hs"] = ParagraphStyle("hs", fontName=_bold(font), fontSize=size, leading=leading, spaceBefore=size * 0.3, spaceAfter=1)
    s["small"] = ParagraphStyle("sm", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3, textColor=colors.HexColor("#333333"))
    s["bul"] = ParagraphStyle("b", parent=s["p"], leftIndent=12, bulletIndent=2, spaceAfter=size * 0.25)
    s["cell"] = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cb", fontName=_bold(font), fontSize=size - 1, leading=(size - 1) * 1.25)
    s["mono"] = ParagraphStyle("m", fontName="DejaVuSansMono", fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    s["jhead"] = ParagraphStyle("jh", fontName=_bold(font), fontSize=size, leading=leading, spaceBefore=size * 0.7, spaceAfter=1, textColor=colors.HexColor("#1f1f1f"))
    return s

def _rl_story(blocks, ss, avail, font, size):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "title", "h", "hs", "small"):
            out.append(Paragraph(inl(b[1]), ss[k]))
        elif k == "lp":
            out.append(Paragraph("<b>%s</b> %s" % (esc(b[1]), inl(b[2])), ss["p"]))
        elif k == "mono":
            for line in b[1].split("\n"):
                out.append(Paragraph(esc(line).replace(" ", "&nbsp;") or "&nbsp;", ss["mono"]))
        elif k in ("bul", "num"):
            for i, it in enumerate(b[1]):
                bullet = "\u2022" if k == "bul" else "%d." % (i + 1)
                out.append(Paragraph(inl(it), ss["bul"], bulletText=bullet))
        elif k == "check":
            for on, lab in b[1]:
                box = "\u2612" if on else "\u2610"
                out.append(Paragraph('<font name="DejaVuSans">%s</font>&nbsp; %s' % (box, inl(lab)), ss["p"]))
        elif k == "kv":
            rows = [[Paragraph("<b>%s</b>" % esc(kk), ss["cell"]), Paragraph(inl(v) if v else "&nbsp;", ss["cell"])] for kk, v in b[1]]
            wk = b[2] if len(b) > 2 else 0.3
            t = Table(rows, colWidths=[avail * wk, avail * (1 - wk)])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
            out.append(t); out.append(Spacer(1, 6))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / len(rows[0])] * len(rows[0])
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(inl(c) if c else "&nbsp;", ss["cellb"] if i == 0 else ss["cell"]) for c in r])
            t = Table(data, colWidths=[avail * w for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
            out.append(t); out.append(Spacer(1, 8))
        elif k == "jn":
            out.append(Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (esc(b[1]), esc(b[2])), ss["jhead"]))
            for para in b[3].split("\n\n"):
                out.append(Paragraph(inl(para), ss["p"]))
        elif k == "sig":
            out.append(Spacer(1, 14))
            for line in b[1]:
                out.append(Paragraph(inl(line), ss["p"] if line else ss["p"]))
        elif k == "sp":
            out.append(Spacer(1, b[1] * size * 1.2))
        elif k == "br":
            out.append(PageBreak())
        elif k == "rule":
            t = Table([[""]], colWidths=[avail], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
            out.append(t); out.append(Spacer(1, 4))
        elif k == "cond":
            out.append(CondPageBreak(b[1] * mm))
        else:
            raise ValueError(k)
    return out

# ---------------------------------------------------------------- html / chromium
CSS_BASE = """
@page { size: A4 %(orient)s; margin: %(margin)s;
  @top-left { content: "%(hl)s"; font: 7.5pt %(font)s; color:#444; }
  @top-right { content: "%(hr)s"; font: 7.5pt %(font)s; color:#444; }
  @bottom-left { content: "%(fl)s"; font: 7.5pt %(font)s; color:#444; }
  @bottom-right { content: %(fr)s; font: 7.5pt %(font)s; color:#444; }
}
body { font-family: %(font)s; font-size: %(size)spt; line-height: 1.32; color:#111; }
h1 { font-size: %(h1)spt; margin: 0 0 8pt 0; }
h2 { font-size: %(h2)spt; margin: 12pt 0 3pt 0; }
h3 { font-size: %(size)spt; margin: 8pt 0 1pt 0; }
p { margin: 0 0 6pt 0; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; }
td, th { border: 0.6pt solid #777; padding: 3pt 4pt; vertical-align: top; text-align: left; font-size: %(cell)spt; }
th { background: #e4e4e4; }
table.kv td.k { background: #f0f0f0; font-weight: bold; width: 30%%; }
.small { font-size: %(small)spt; color: #333; }
.jn { margin: 0 0 8pt 0; page-break-inside: avoid; }
.jh { font-weight: bold; border-bottom: 0.5pt solid #999; margin-bottom: 2pt; }
.cols { column-count: 2; column-gap: 9mm; }
.sig { margin-top: 16pt; }
.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: %(small)spt; white-space: pre-wrap; }
ul { margin: 2pt 0 6pt 0; padding-left: 16pt; } li { margin-bottom: 2pt; }
hr { border: 0; border-top: 0.8pt solid #000; }
"""

def _ih(t):
    t = esc(t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    return t.replace("\n", "<br>")

def blocks_to_html(blocks):
    h = []
    for b in blocks:
        k = b[0]
        if k == "title": h.append("<h1>%s</h1>" % _ih(b[1]))
        elif k == "h": h.append("<h2>%s</h2>" % _ih(b[1]))
        elif k == "hs": h.append("<h3>%s</h3>" % _ih(b[1]))
        elif k == "p": h.append("<p>%s</p>" % _ih(b[1]))
        elif k == "small": h.append('<p class="small">%s</p>' % _ih(b[1]))
        elif k == "lp": h.append("<p><b>%s</b> %s</p>" % (esc(b[1]), _ih(b[2])))
        elif k == "mono": h.append('<div class="mono">%s</div>' % esc(b[1]))
        elif k == "bul": h.append("<ul>%s</ul>" % "".join("<li>%s</li>" % _ih(i) for i in b[1]))
        elif k == "num": h.append("<ol>%s</ol>" % "".join("<li>%s</li>" % _ih(i) for i in b[1]))
        elif k == "check":
            h.append("".join("<p>%s&nbsp; %s</p>" % ("\u2612" if on else "\u2610", _ih(l)) for on, l in b[1]))
        elif k == "kv":
            h.append('<table class="kv">%s</table>' % "".join('<tr><td class="k">%s</td><td>%s</td></tr>' % (esc(kk), _ih(v) if v else "&nbsp;") for kk, v in b[1]))
        elif k == "table":
            rows = b[1]; widths = b[2] if len(b) > 2 and b[2] else None
            s = "<table>"
            if widths: s += "<colgroup>%s</colgroup>" % "".join('<col style="width:%d%%">' % round(w * 100) for w in widths)
            s += "<tr>%s</tr>" % "".join("<th>%s</th>" % _ih(c) for c in rows[0])
            for r in rows[1:]: s += "<tr>%s</tr>" % "".join("<td>%s</td>" % (_ih(c) if c else "&nbsp;") for c in r)
            h.append(s + "</table>")
        elif k == "jn":
            paras = "".join("<p>%s</p>" % _ih(p) for p in b[3].split("\n\n"))
            h.append('<div class="jn"><div class="jh">%s &nbsp;&nbsp; %s</div>%s</div>' % (esc(b[1]), esc(b[2]), paras))
        elif k == "sig": h.append('<div class="sig">%s</div>' % "<br>".join(_ih(l) for l in b[1]))
        elif k == "sp": h.append('<div style="height:%dpt"></div>' % (b[1] * 12))
        elif k == "br": h.append('<div style="page-break-after:always"></div>')
        elif k == "rule": h.append("<hr>")
        elif k == "raw_html": h.append(b[1])
        elif k == "cols_start": h.append('<div class="cols">')
        elif k == "cols_end": h.append("</div>")
        elif k == "cond": pass
        else: raise ValueError(k)
    return "\n".join(h)

def _css_str(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')

def render_html(path, blocks=None, body=None, font="'Liberation Sans'", size=10, header=("", ""),
                footer=("", "Sida {p} av {n}"), land=False, margin="20mm 18mm 18mm 18mm",
                extra_css="", title="Dokument"):
    fr = footer[1] or ""
    parts = re.split(r"(\{p\}|\{n\})", fr)
    frc = " ".join('counter(page)' if x == "{p}" else 'counter(pages)' if x == "{n}" else '"%s"' % _css_str(x) for x in parts if x) or '""'
    css = CSS_BASE % dict(orient="landscape" if land else "portrait", margin=margin, font=font, size=size,
                          h1=size + 5, h2=size + 1.5, cell=size - 0.5, small=size - 1.5,
                          hl=_css_str(header[0] or ""), hr=_css_str(header[1] or ""),
                          fl=_css_str(footer[0] or ""), fr=frc)
    content = body if body is not None else blocks_to_html(blocks)
    doc = '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>%s</title><style>%s\n%s</style></head><body>%s</body></html>' % (esc(title), css, extra_css, content)
    hp = os.path.join(TMP, os.path.basename(path) + ".%d.html" % random.randint(0, 10**9))
    with open(hp, "w", encoding="utf-8") as f:
        f.write(doc)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--user-data-dir=/tmp/chr-hold-a",
         "--no-pdf-header-footer", "--print-to-pdf=" + os.path.abspath(path), "file://" + hp])
    return path

# ---------------------------------------------------------------- hand-written PostScript
PS_MAP = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201d": '"', "\u201c": '"', "\u2026": "...", "\u2022": "*"}
def _ps_str(s):
    out = []
    s = "".join(PS_MAP.get(c, c) for c in s)
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode("latin-1")[0]
            except UnicodeEncodeError:
                b = ord("?")
            out.append("\\%03o" % b)
    return "".join(out)

def render_ps(path, blocks, header=("", ""), footer=("", "Sida {p}({n})"), cols=84, size=9.6,
              left=52, top=800, bottom=60, title="Dokument", font="Courier", lines_per_page=None):
    """Old-system export in a monospaced font; layout by character columns.
    Produces PostScript text by hand and converts it with ps2pdf."""
    cw = size * 0.6
    lh = size * 1.28
    # layout -> list of lines (text, style) ; style: n normal, b bold, u underline
    L = []
    def wrap(t, width, ind="", first=""):
        res = []
        for para in t.split("\n"):
            w = textwrap.wrap(para, width=width - len(ind), break_long_words=True, break_on_hyphens=False) or [""]
            for i, x in enumerate(w):
                res.append(((first if i == 0 else ind) if (first or ind) else "") + x)
        return res
    for b in blocks:
        k = b[0]
        if k == "title":
            L.append(("", "n")); L.append((b[1].upper(), "b")); L.append(("=" * min(cols, len(b[1]) + 2), "n")); L.append(("", "n"))
        elif k == "h":
            L.append(("", "n")); L.append((b[1], "b")); L.append(("-" * min(cols, len(b[1])), "n"))
        elif k == "hs":
            L.append((b[1], "b"))
        elif k in ("p", "small"):
            for x in wrap(b[1], cols): L.append((x, "n"))
            L.append(("", "n"))
        elif k == "lp":
            lab = b[1] + " "
            ws = wrap(b[2], cols, ind=" " * len(lab), first="")
            # first line: label + text
            first = textwrap.wrap(b[2], width=cols - len(lab)) or [""]
            rest = " ".join(b[2].split()[len(" ".join(first[:1]).split()):])
            L.append((lab + first[0], "n"))
            for x in wrap(rest, cols, ind=" " * len(lab)) if rest else []: L.append((x, "n"))
        elif k in ("bul", "num"):
            for i, it in enumerate(b[1]):
                m = "- " if k == "bul" else "%d. " % (i + 1)
                first = textwrap.wrap(it, width=cols - len(m) - 2) or [""]
                L.append(("  " + m + first[0], "n"))
                rest = it[len(first[0]):].strip()
                for x in (textwrap.wrap(rest, width=cols - len(m) - 2) if rest else []):
                    L.append(("  " + " " * len(m) + x, "n"))
            L.append(("", "n"))
        elif k == "check":
            for on, lab in b[1]:
                L.append(("[%s] %s" % ("X" if on else " ", lab), "n"))
            L.append(("", "n"))
        elif k == "kv":
            kw = max(len(kk) for kk, _ in b[1]) + 2
            kw = min(kw, 28)
            for kk, v in b[1]:
                vs = textwrap.wrap(v, width=cols - kw) or [""]
                L.append(((kk + ":").ljust(kw) + vs[0], "n"))
                for x in vs[1:]: L.append((" " * kw + x, "n"))
            L.append(("", "n"))
        elif k == "table":
            rows = b[1]; n = len(rows[0])
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / n] * n
            cw_ = [max(6, int((cols - n - 1) * w)) for w in widths]
            sep = "+" + "+".join("-" * w for w in cw_) + "+"
            L.append((sep, "n"))
            for ri, r in enumerate(rows):
                cells = [textwrap.wrap(c, width=w - 1) or [""] for c, w in zip(r, cw_)]
                h = max(len(c) for c in cells)
                for li in range(h):
                    L.append(("|" + "|".join((c[li] if li < len(c) else "").ljust(w) for c, w in zip(cells, cw_)) + "|", "b" if ri == 0 else "n"))
                L.append((sep, "n"))
            L.append(("", "n"))
        elif k == "jn":
            L.append(("%s  %s" % (b[1], b[2]), "b"))
            for para in b[3].split("\n\n"):
                for x in wrap(para, cols): L.append((x, "n"))
            L.append(("", "n"))
        elif k == "sig":
            L.append(("", "n")); L.append(("", "n"))
            for line in b[1]: L.append((line, "n"))
        elif k == "sp":
            for _ in range(b[1]): L.append(("", "n"))
        elif k == "br":
            L.append(("\f", "n"))
        elif k == "rule":
            L.append(("_" * cols, "n"))
        elif k == "mono":
            for x in b[1].split("\n"): L.append((x, "n"))
        elif k == "cond":
            L.append(("\fcond%d" % b[1], "n"))
        else:
            raise ValueError(k)
    per = lines_per_page or int((top - bottom - 2 * lh) / lh)
    pages = [[]]
    for i, (t, st) in enumerate(L):
        if t.startswith("\f"):
            if t.startswith("\fcond"):
                need = int(t[5:])
                if len(pages[-1]) + need > per and pages[-1]:
                    pages.append([])
                continue
            if pages[-1]: pages.append([])
            continue
        if len(pages[-1]) >= per:
            pages.append([])
        if not pages[-1] and t == "":
            continue
        pages[-1].append((t, st))
    n = len(pages)
    ps = ["%!PS-Adobe-3.0", "%%Title: " + _ps_str(title), "%%Creator: hand-written", "%%Pages: " + str(n),
          "%%DocumentMedia: A4 595 842 0 () ()", "%%EndComments",
          "/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def",
          "/F0 /%s reenc /F1 /%s-Bold reenc" % (font, font),
          "/fn { /F0 findfont %.2f scalefont setfont } def /fb { /F1 findfont %.2f scalefont setfont } def" % (size, size),
          "/fs { /F0 findfont 7.5 scalefont setfont } def",
          "/L { moveto show } def", "%%EndProlog"]
    for pi, pg in enumerate(pages):
        ps.append("%%%%Page: %d %d" % (pi + 1, pi + 1))
        ps.append("<< /PageSize [595 842] >> setpagedevice" if pi == 0 else "")
        ps.append("fs")
        hl, hr = header
        if hl: ps.append("(%s) %d %d L" % (_ps_str(hl), left, top + 14))
        if hr: ps.append("(%s) dup stringwidth pop 595 %d sub exch sub %d L" % (_ps_str(hr), left, top + 14))
        ps.append("0.5 setlinewidth %d %d moveto %d %d lineto stroke" % (left, top + 9, 595 - left, top + 9))
        fl, fr = footer
        fl = (fl or "").replace("{p}", str(pi + 1)).replace("{n}", str(n))
        fr = (fr or "").replace("{p}", str(pi + 1)).replace("{n}", str(n))
        if fl: ps.append("(%s) %d %d L" % (_ps_str(fl), left, bottom - 22))
        if fr: ps.append("(%s) dup stringwidth pop 595 %d sub exch sub %d L" % (_ps_str(fr), left, bottom - 22))
        y = top - lh
        cur = None
        for t, st in pg:
            f = "fb" if st == "b" else "fn"
            if f != cur:
                ps.append(f); cur = f
            if t:
                ps.append("(%s) %d %.1f L" % (_ps_str(t), left, y))
            y -= lh
        ps.append("showpage")
    ps.append("%%EOF")
    pp = os.path.join(TMP, os.path.basename(path) + ".ps")
    with open(pp, "w", encoding="latin-1") as f:
        f.write("\n".join(ps) + "\n")
    run(["ps2pdf", "-sPAPERSIZE=a4", "-dDEVICEWIDTHPOINTS=595", "-dDEVICEHEIGHTPOINTS=842", pp, path])
    return path

# ---------------------------------------------------------------- groff (raw troff + tbl)
def _tr(t):
    t = t.replace("\\", "\\e")
    lines = []
    for ln in t.split("\n"):
        if ln.startswith(".") or ln.startswith("'"):
            ln = "\\&" + ln
        lines.append(ln)
    t = "\n".join(lines)
    t = re.sub(r"\*\*(.+?)\*\*", r"\\fB\1\\fP", t)
    t = re.sub(r"__(.+?)__", r"\\fI\1\\fP", t)
    return t

def render_groff(path, blocks, header=("", ""), footer=("", "Sida %"), family="T", size=11,
                 title="Dokument"):
    R, B, I = family + "R", family + "B", family + "I"
    o = [".nh", ".ad l" if family == "H" else ".ad b", ".pl 29.7c", ".po 2.4c", ".ll 16.2c", ".lt 16.2c",
         ".ps %s" % size, ".vs %sp" % round(size * 1.3, 1), ".ft " + R, ".nr PS %s" % size,
         ".de hd", "'sp 1.0c", ".ps 8", "'tl '%s''%s'" % (_tr(header[0]).replace("'", "\\(aq"), _tr(header[1]).replace("'", "\\(aq")),
         ".ps", "'sp 1.2c", "..",
         ".de fo", "'sp 0.8c", ".ps 8", "'tl '%s''%s'" % (_tr(footer[0]).replace("'", "\\(aq"), _tr(footer[1]).replace("'", "\\(aq")),
         ".ps", "'bp", "..",
         ".wh 0 hd", ".wh -2.4c fo"]
    for b in blocks:
        k = b[0]
        if k == "title":
            o += [".sp 0.5", ".ft " + B, ".ps +4", _tr(b[1]), ".ps", ".ft " + R, ".sp 0.8"]
        elif k == "h":
            o += [".sp 0.8", ".ne 4", ".ft " + B, ".ps +1", _tr(b[1]), ".ps", ".ft " + R, ".sp 0.3"]
        elif k == "hs":
            o += [".sp 0.4", ".ne 3", ".ft " + B, _tr(b[1]), ".ft " + R, ".br"]
        elif k in ("p", "small"):
            if k == "small": o.append(".ps -2")
            o += [_tr(b[1]), ".sp 0.6"]
            if k == "small": o.append(".ps")
        elif k == "lp":
            o += ["\\fB%s\\fP %s" % (_tr(b[1]), _tr(b[2])), ".sp 0.5"]
        elif k in ("bul", "num"):
            for i, it in enumerate(b[1]):
                m = "\\(bu" if k == "bul" else "%d." % (i + 1)
                o += [".in +0.7c", ".ti -0.5c", m + "\\h'|0.5c'" + _tr(it) if False else m + " " + _tr(it), ".in -0.7c", ".sp 0.25"]
            o.append(".sp 0.4")
        elif k == "check":
            for on, lab in b[1]:
                o += ["[%s] %s" % ("X" if on else "\\0", _tr(lab)), ".br"]
            o.append(".sp 0.5")
        elif k in ("kv", "table"):
            if k == "kv":
                rows = [(kk, v) for kk, v in b[1]]; hdr = False; widths = [0.3, 0.7]
            else:
                rows = b[1]; hdr = True; widths = b[2] if len(b) > 2 and b[2] else [1.0 / len(rows[0])] * len(rows[0])
            n = len(rows[0])
            spec = " ".join("lw(%.2fc)" % (15.4 * w) for w in widths)
            o += [".TS", "allbox tab(@);"]
            if hdr:
                o.append(" ".join("lfB" for _ in range(n)))
            o.append(spec + ".")
            for i, r in enumerate(rows):
                cells = []
                for j, c in enumerate(r):
                    c = _tr(c) if c else "\\&"
                    if k == "kv" and j == 0: c = "\\fB" + c + "\\fP"
                    cells.append("T{\n" + c + "\nT}")
                o.append("@".join(cells))
            o += [".TE", ".sp 0.6"]
        elif k == "jn":
            o += [".sp 0.4", ".ne 4", "\\f[%s]%s    %s\\fP" % (B, _tr(b[1]), _tr(b[2])), ".br"]
            for para in b[3].split("\n\n"):
                o += [_tr(para), ".sp 0.4"]
        elif k == "sig":
            o += [".sp 1.5", ".nf"] + [_tr(l) for l in b[1]] + [".fi"]
        elif k == "sp":
            o.append(".sp %d" % b[1])
        elif k == "br":
            o.append(".bp")
        elif k == "rule":
            o += ["\\l'16.2c'", ".br"]
        elif k == "mono":
            o += [".nf", ".ft CR"] + [_tr(l) for l in b[1].split("\n")] + [".ft " + R, ".fi"]
        elif k == "cond":
            o.append(".ne %dv" % max(1, int(b[1] / 5)))
        else:
            raise ValueError(k)
    src = os.path.join(TMP, os.path.basename(path) + ".tr")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")
    ps = src + ".ps"
    with open(ps, "w") as f:
        r = subprocess.run(["groff", "-k", "-t", "-Tps", "-dpaper=a4", "-P-pa4", src], stdout=f, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, path])
    return path

# ---------------------------------------------------------------- scanning & assembly
def scan(src_pdf, out_pdf, seed=1, skew=0.5, pages=None, dark=0.92, blur=0.55, noise=0.06):
    """Rasterise pages (grey, 150 dpi), degrade like a office scanner, wrap as image-only PDF."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    base = os.path.join(TMP, "scan_%d" % rnd.randint(0, 10**9))
    run(["pdftoppm", "-r", "150", "-gray", "-png", src_pdf, base])
    pngs = sorted(p for p in os.listdir(TMP) if p.startswith(os.path.basename(base)) and p.endswith(".png"))
    jpgs = []
    for i, p in enumerate(pngs):
        if pages and (i + 1) not in pages:
            continue
        im = Image.open(os.path.join(TMP, p)).convert("L")
        ang = skew * (1 if rnd.random() > 0.5 else -1) * (0.6 + rnd.random() * 0.6)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(blur))
        nz = Image.effect_noise(im.size, 25).convert("L")
        im = Image.blend(im, nz, noise)
        lo = 18 + rnd.randint(0, 10)
        im = im.point(lambda v, lo=lo: max(0, min(255, int(v * dark + lo - 8))))
        # slight shadow at the left edge like a copier lid
        px = im.load()
        w, h = im.size
        for x in range(0, 22):
            f = 0.55 + 0.45 * (x / 22.0)
            for y in range(0, h, 1):
                px[x, y] = int(px[x, y] * f)
        jp = os.path.join(TMP, p + ".jpg")
        im.save(jp, quality=38, dpi=(150, 150), optimize=True)
        jpgs.append(jp)
    run(["img2pdf", "--pagesize", "A4", "-o", out_pdf] + jpgs)
    return out_pdf

def unite(out_pdf, parts):
    run(["pdfunite"] + parts + [out_pdf])
    return out_pdf

def npages(pdf):
    out = run(["pdfinfo", pdf])
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))

def page_texts(pdf):
    n = npages(pdf)
    res = []
    for i in range(1, n + 1):
        t = run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"])
        res.append(t)
    return res

def norm(t):
    t = t.replace("\u00ad", "")
    t = re.sub(r"-\n(?=[a-zåäö])", "", t)
    return re.sub(r"\s+", " ", t).strip().lower()
