# -*- coding: utf-8 -*-
"""Rendering helpers for the tune-a synthetic case files.

Producers:
  * reportlab  - printouts from the (invented) case-management system, with a
                 system header line on every page (office, Utskriftsdatum, Sida X av Y)
  * LibreOffice - letters written in Word (.docx via python-docx) and converted
  * Chromium   - e-mails printed from webmail (HTML)
  * enscript + Ghostscript - e-mails printed as plain text
  * scan       - pages rendered to a grey-scale 150 dpi raster and back (img2pdf)
"""
import os
import re
import html
import random
import shutil
import subprocess

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether,
                                CondPageBreak, FrameBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas

LO_PROFILE = "file:///tmp/lo-profile-tune-a"
CHR_PROFILE = "/tmp/chr-tune-a"

# ---------------------------------------------------------------- fonts
_FD = "/usr/share/fonts/truetype/"
_FONTS = {
    "LS": "liberation/LiberationSans-Regular.ttf",
    "LS-B": "liberation/LiberationSans-Bold.ttf",
    "LS-I": "liberation/LiberationSans-Italic.ttf",
    "LS-BI": "liberation/LiberationSans-BoldItalic.ttf",
    "DV": "dejavu/DejaVuSans.ttf",
    "DV-B": "dejavu/DejaVuSans-Bold.ttf",
    "DV-I": "dejavu/DejaVuSans-Oblique.ttf",
    "DV-BI": "dejavu/DejaVuSans-BoldOblique.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf",
    "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-I": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "DVC-BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
    "LM": "liberation/LiberationMono-Regular.ttf",
    "LM-B": "liberation/LiberationMono-Bold.ttf",
    "LM-I": "liberation/LiberationMono-Italic.ttf",
    "LM-BI": "liberation/LiberationMono-BoldItalic.ttf",
    "SER": "liberation/LiberationSerif-Regular.ttf",
    "SER-B": "liberation/LiberationSerif-Bold.ttf",
    "SER-I": "liberation/LiberationSerif-Italic.ttf",
    "SER-BI": "liberation/LiberationSerif-BoldItalic.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _FD + _p))
for fam in ("LS", "DV", "DVC", "LM", "SER"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")


def sh(cmd, **kw):
    r = subprocess.run(cmd, shell=isinstance(cmd, str), capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s\n%s" % (cmd, r.stdout, r.stderr))
    return r.stdout


# ---------------------------------------------------------------- markup
def esc(t, fam="LS"):
    """Escape text for a reportlab Paragraph; **bold**, //italic//, newline -> <br/>,
    and check boxes drawn in a font that has the glyphs."""
    t = html.escape(t, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t, flags=re.S)
    t = re.sub(r"//(.+?)//", r"<i>\1</i>", t, flags=re.S)
    if fam not in ("DV", "DVC"):
        t = t.replace("☒", '<font name="DV">☒</font>').replace("☐", '<font name="DV">☐</font>')
    if fam in ("Helvetica", "Courier", "Times"):
        chk = re.sub(r'<font name="DV">.</font>', "", t)
        try:
            chk.encode("cp1252")
        except UnicodeEncodeError as e:
            raise ValueError("character not in WinAnsi: %r in %r" % (chk[e.start], chk[:60]))
    t = t.replace("\n", "<br/>")
    return t


STD = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
       "Courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
       "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")}
for _k, _v in list(STD.items()):
    pass
for fam in ("LS", "DV", "DVC", "LM", "SER"):
    STD[fam] = (fam, fam + "-B", fam + "-I", fam + "-BI")


class Style:
    """Office-dependent visual style of the system printouts."""

    def __init__(self, fam="Helvetica", size=9.0, lead=None, head_variant="A", checkbox="glyph",
                 section_bg=colors.HexColor("#d9d9d9"), label_size=6.6):
        self.fam = fam
        self.size = size
        self.lead = lead or size * 1.28
        self.head_variant = head_variant
        self.checkbox = checkbox
        self.section_bg = section_bg
        self.label_size = label_size
        self.R, self.B, self.I, self.BI = STD[fam]
        f = self.R
        self.body = ParagraphStyle("body", fontName=f, fontSize=size, leading=self.lead,
                                   spaceAfter=size * 0.45)
        self.cell = ParagraphStyle("cell", fontName=f, fontSize=size - 0.6,
                                   leading=(size - 0.6) * 1.22)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=self.B)
        self.label = ParagraphStyle("label", fontName=f, fontSize=label_size,
                                    leading=label_size * 1.15, textColor=colors.HexColor("#444444"))
        self.h1 = ParagraphStyle("h1", fontName=self.B, fontSize=size + 5, leading=(size + 5) * 1.2,
                                 spaceAfter=3 * mm, spaceBefore=1 * mm)
        self.h2 = ParagraphStyle("h2", fontName=self.B, fontSize=size + 1.2,
                                 leading=(size + 1.2) * 1.25, spaceBefore=3.2 * mm, spaceAfter=1.2 * mm)
        self.h3 = ParagraphStyle("h3", fontName=self.B, fontSize=size, leading=size * 1.25,
                                 spaceBefore=2 * mm, spaceAfter=0.6 * mm)
        self.jhead = ParagraphStyle("jhead", fontName=self.B, fontSize=size, leading=size * 1.3)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=5 * mm,
                                     bulletIndent=1 * mm, spaceAfter=size * 0.25)

    def cb(self, on):
        if self.checkbox == "ascii":
            return "[X]" if on else "[ ]"
        return "☒" if on else "☐"


# ---------------------------------------------------------------- header / footer
def _draw_header(c, st, meta, page, total):
    """meta: dict(kommun, forv, enhet, title, printdate, client, pnr, dnr, footer, system)"""
    W, H = c._pagesize
    L, R = 18 * mm, W - 18 * mm
    f = st.R
    fb = st.B
    v = st.head_variant
    sida = "Sida %d av %d" % (page, total)
    c.saveState()
    c.setFillColor(colors.black)
    if v == "A":  # Procapita-like: three lines, rule, client line
        y = H - 12 * mm
        c.setFont(fb, 9.5)
        c.drawString(L, y, meta["kommun"].upper())
        c.setFont(fb, 10)
        c.drawCentredString(W / 2, y, meta["title"])
        c.setFont(f, 8.5)
        c.drawRightString(R, y, sida)
        y -= 4 * mm
        c.setFont(f, 8)
        c.drawString(L, y, meta["forv"])
        c.drawRightString(R, y, "Utskriftsdatum: " + meta["printdate"])
        y -= 3.6 * mm
        c.drawString(L, y, meta["enhet"])
        if meta.get("user"):
            c.drawRightString(R, y, "Utskrivet av: " + meta["user"])
        y -= 2.5 * mm
        c.setLineWidth(0.8)
        c.line(L, y, R, y)
        if meta.get("pnr") or meta.get("client"):
            y -= 4 * mm
            c.setFont(f, 8)
            s = "Personnr: %s     Namn: %s" % (meta.get("pnr", ""), meta.get("client", ""))
            c.drawString(L, y, s)
            if meta.get("dnr"):
                c.drawRightString(R, y, "Dnr: " + meta["dnr"])
            y -= 2 * mm
            c.setLineWidth(0.3)
            c.line(L, y, R, y)
        c.setFont(f, 6.8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(L, 9 * mm, meta.get("footer", ""))
        c.drawRightString(R, 9 * mm, meta.get("system", ""))
    elif v == "B":  # one dense line + boxed client row
        y = H - 11 * mm
        c.setFont(f, 7.8)
        c.drawString(L, y, "%s  |  %s, %s" % (meta["kommun"], meta["forv"], meta["enhet"]))
        c.drawRightString(R, y, "Utskriftsdatum %s   %s" % (meta["printdate"], sida))
        y -= 2 * mm
        c.setLineWidth(0.5)
        c.line(L, y, R, y)
        y -= 6 * mm
        c.setFont(fb, 11)
        c.drawString(L, y, meta["title"].upper())
        if meta.get("client"):
            c.setFont(f, 8)
            c.drawRightString(R, y, "%s  %s" % (meta.get("pnr", ""), meta.get("client", "")))
            y -= 3.6 * mm
            if meta.get("dnr"):
                c.drawRightString(R, y, "Ärende/dnr %s" % meta["dnr"])
        c.setFont(f, 6.8)
        c.drawString(L, 9 * mm, meta.get("footer", ""))
        c.drawRightString(R, 9 * mm, meta.get("system", ""))
    elif v == "C":  # bordered header table
        top = H - 8 * mm
        hgt = 15 * mm
        c.setLineWidth(0.6)
        c.rect(L, top - hgt, R - L, hgt)
        x1 = L + (R - L) * 0.36
        x2 = L + (R - L) * 0.72
        c.line(x1, top - hgt, x1, top)
        c.line(x2, top - hgt, x2, top)
        c.setFont(fb, 9)
        c.drawString(L + 2 * mm, top - 4.5 * mm, meta["kommun"])
        c.setFont(f, 7.5)
        c.drawString(L + 2 * mm, top - 8.5 * mm, meta["forv"])
        c.drawString(L + 2 * mm, top - 12 * mm, meta["enhet"])
        c.setFont(fb, 10)
        c.drawCentredString((x1 + x2) / 2, top - 6 * mm, meta["title"])
        c.setFont(f, 7.5)
        if meta.get("dnr"):
            c.drawCentredString((x1 + x2) / 2, top - 11 * mm, "Dnr " + meta["dnr"])
        c.drawString(x2 + 2 * mm, top - 4.5 * mm, "Utskriftsdatum")
        c.drawString(x2 + 2 * mm, top - 8 * mm, meta["printdate"])
        c.setFont(fb, 8)
        c.drawString(x2 + 2 * mm, top - 12.2 * mm, sida)
        if meta.get("client"):
            c.setFont(f, 7.8)
            c.drawString(L, top - hgt - 4 * mm, "Klient: %s, %s" % (meta.get("client"), meta.get("pnr", "")))
        c.setFont(f, 6.6)
        c.line(L, 12 * mm, R, 12 * mm)
        c.drawString(L, 9 * mm, meta.get("footer", ""))
        c.drawRightString(R, 9 * mm, meta.get("system", ""))
    elif v == "D":  # old mono system, upper case header
        y = H - 11 * mm
        c.setFont("Courier-Bold", 8.4)
        c.drawString(L, y, ("%s %s" % (meta["kommun"], meta["forv"])).upper())
        c.drawRightString(R, y, "UTSKRIFTSDATUM %s  SIDA %d AV %d" % (meta["printdate"], page, total))
        y -= 3.8 * mm
        c.setFont("Courier", 8.4)
        c.drawString(L, y, meta["enhet"].upper())
        c.drawRightString(R, y, meta["title"].upper())
        y -= 3.8 * mm
        if meta.get("client"):
            c.drawString(L, y, "PNR %s  %s" % (meta.get("pnr", ""), meta.get("client", "").upper()))
            if meta.get("dnr"):
                c.drawRightString(R, y, "DNR " + meta["dnr"])
        y -= 2 * mm
        c.setDash(2, 1.5)
        c.setLineWidth(0.5)
        c.line(L, y, R, y)
        c.setDash()
        c.setFont("Courier", 6.8)
        c.drawString(L, 9 * mm, meta.get("footer", ""))
        c.drawRightString(R, 9 * mm, meta.get("system", ""))
    elif v == "E":  # header top, page number in footer
        y = H - 11 * mm
        c.setFont(fb, 12)
        c.drawString(L, y, meta["kommun"])
        c.setFont(f, 8)
        c.drawRightString(R, y, "Utskriftsdatum %s" % meta["printdate"])
        y -= 4 * mm
        c.drawString(L, y, "%s – %s" % (meta["forv"], meta["enhet"]))
        c.setFont(fb, 8.5)
        c.drawRightString(R, y, meta["title"])
        y -= 2.6 * mm
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.setLineWidth(1.4)
        c.line(L, y, R, y)
        if meta.get("client"):
            y -= 4 * mm
            c.setFont(f, 7.8)
            c.drawString(L, y, "%s   %s" % (meta.get("pnr", ""), meta.get("client", "")))
            if meta.get("dnr"):
                c.drawRightString(R, y, "Diarienr: " + meta["dnr"])
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(L, 13 * mm, R, 13 * mm)
        c.setFont(f, 6.8)
        c.drawString(L, 9.5 * mm, meta.get("footer", ""))
        c.setFont(fb, 8)
        c.drawRightString(R, 9.5 * mm, sida)
        c.setFont(f, 6.4)
        c.drawCentredString(W / 2, 6 * mm, meta.get("system", ""))
    c.restoreState()


def _canvas_class(st, meta):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                _draw_header(self, st, meta, self._pageNumber, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NC


# ---------------------------------------------------------------- blocks -> flowables
def _fields_table(st, rows, width):
    """rows: list of rows; each row list of (label, value[, weight])"""
    data, styles = [], []
    ncols = 12
    tstyle = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LEFTPADDING", (0, 0), (-1, -1), 2.2),
              ("RIGHTPADDING", (0, 0), (-1, -1), 2.2),
              ("TOPPADDING", (0, 0), (-1, -1), 1.2),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    colw = width / ncols
    for ri, row in enumerate(rows):
        weights = [r[2] if len(r) > 2 else None for r in row]
        known = sum(w for w in weights if w)
        unknown = [i for i, w in enumerate(weights) if not w]
        rest = ncols - known
        for i in unknown:
            weights[i] = rest // len(unknown)
        # fix rounding
        weights[-1] += ncols - sum(weights)
        line = []
        col = 0
        for (cell, w) in zip(row, weights):
            lab, val = cell[0], cell[1]
            cellflow = [Paragraph(esc(lab, st.fam), st.label),
                        Paragraph(esc(val, st.fam) if val else "&nbsp;", st.cell)]
            line.append(cellflow)
            for _ in range(w - 1):
                line.append("")
            if w > 1:
                tstyle.append(("SPAN", (col, ri), (col + w - 1, ri)))
            col += w
        data.append(line)
    t = Table(data, colWidths=[colw] * ncols)
    t.setStyle(TableStyle(tstyle))
    return t


def _section(st, text, width):
    t = Table([[Paragraph(esc(text, st.fam), st.jhead)]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), st.section_bg),
                           ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return t


def _box(st, label, text, width, min_h=None):
    flow = [Paragraph(esc(label, st.fam), st.label)]
    if text:
        for para in text.split("\n\n"):
            flow.append(Paragraph(esc(para, st.fam), st.cell))
            flow.append(Spacer(1, 1.2))
    else:
        flow.append(Spacer(1, min_h or 9 * mm))
    t = Table([[flow]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _table(st, header, rows, width, widths=None, head_bg=colors.HexColor("#e6e6e6")):
    data = []
    if header:
        data.append([Paragraph(esc(h, st.fam), st.cellb) for h in header])
    for r in rows:
        data.append([Paragraph(esc(x, st.fam) if x else "&nbsp;", st.cell) for x in r])
    n = len(data[0])
    if widths:
        tot = float(sum(widths))
        cw = [width * w / tot for w in widths]
    else:
        cw = [width / n] * n
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        ts.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    t.setStyle(TableStyle(ts))
    return t


def build_flow(st, blocks, width):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(Paragraph(esc(b[1], st.fam), st.h1))
            if len(b) > 2 and b[2]:
                out.append(Paragraph(esc(b[2], st.fam), st.body))
        elif k == "h":
            out.append(Paragraph(esc(b[1], st.fam), st.h2))
        elif k == "h3":
            out.append(Paragraph(esc(b[1], st.fam), st.h3))
        elif k == "sec":
            out.append(Spacer(1, 2 * mm))
            out.append(_section(st, b[1], width))
            out.append(Spacer(1, 1.5 * mm))
        elif k == "p":
            for para in b[1].split("\n\n"):
                out.append(Paragraph(esc(para, st.fam), st.body))
        elif k == "bullets":
            for it in b[1]:
                out.append(Paragraph(esc(it, st.fam), st.bullet, bulletText="•"))
        elif k == "fields":
            out.append(_fields_table(st, b[1], width))
            out.append(Spacer(1, 1.5 * mm))
        elif k == "box":
            out.append(_box(st, b[1], b[2], width, b[3] if len(b) > 3 else None))
            out.append(Spacer(1, 1.2 * mm))
        elif k == "checks":  # ('checks', label, [(on, text), ...])
            items = "     ".join("%s %s" % (st.cb(on), t) for on, t in b[2])
            out.append(_box(st, b[1], items, width))
            out.append(Spacer(1, 1.2 * mm))
        elif k == "table":  # ('table', header, rows, widths)
            out.append(_table(st, b[1], b[2], width, b[3] if len(b) > 3 else None))
            out.append(Spacer(1, 2 * mm))
        elif k == "journal":  # ('journal', [(date, head, sign, text), ...])
            for (d, head, sign, text) in b[1]:
                hl = "%s   %s" % (d, head)
                row = [[Paragraph(esc(hl, st.fam), st.jhead),
                        Paragraph(esc(sign, st.fam), ParagraphStyle("r", parent=st.cell, alignment=2))]]
                t = Table(row, colWidths=[width * 0.72, width * 0.28])
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
                paras = [Paragraph(esc(p, st.fam), st.body) for p in text.split("\n\n")]
                out.append(KeepTogether([Spacer(1, 1.8 * mm), t, Spacer(1, 1 * mm)] + paras[:1]))
                out.extend(paras[1:])
        elif k == "sign":  # ('sign', [lines])
            out.append(Spacer(1, 5 * mm))
            for ln in b[1]:
                out.append(Paragraph(esc(ln, st.fam), ParagraphStyle("s", parent=st.body, spaceAfter=0)))
        elif k == "space":
            out.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            out.append(PageBreak())
        elif k == "cpb":
            out.append(CondPageBreak(b[1] * mm))
        elif k == "twocol":
            if len(b) > 1 and b[1] == "frame":
                out.append(FrameBreak())
            else:
                out.append(NextPageTemplate("two"))
                if len(b) < 2 or b[1]:
                    out.append(PageBreak())
        elif k == "twotop":
            pass
        elif k == "onecol":
            out.append(NextPageTemplate("one"))
            out.append(PageBreak())
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return out


def render_system(path, st, meta, blocks, land=False, top_mm=None):
    """A system printout (reportlab)."""
    ps = landscape(A4) if land else A4
    W, H = ps
    has_client = bool(meta.get("client"))
    if top_mm is None:
        top_mm = {"A": 30 if has_client else 25, "B": 28, "C": 30, "D": 27, "E": 27 if has_client else 22}[st.head_variant]
    bottom = 17 * mm
    L = 18 * mm
    fw = W - 2 * L
    fh = H - top_mm * mm - bottom
    doc = BaseDocTemplate(path, pagesize=ps, leftMargin=L, rightMargin=L,
                          topMargin=top_mm * mm, bottomMargin=bottom,
                          title=meta.get("pdf_title", meta["title"]), author=meta.get("user", ""),
                          creator=meta.get("creator", "Procapita Rapportgenerator"))
    one = Frame(L, bottom, fw, fh, id="f1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    gap = 7 * mm
    cw = (fw - gap) / 2
    two = [Frame(L, bottom, cw, fh, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
           Frame(L + cw + gap, bottom, cw, fh, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    tpls = [PageTemplate("one", [one]), PageTemplate("two", two)]
    if blocks and blocks[0][0] == "twotop":
        th = blocks[0][1] * mm
        top = Frame(L, bottom + fh - th, fw, th, id="top", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c1 = Frame(L, bottom, cw, fh - th, id="t1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c2 = Frame(L + cw + gap, bottom, cw, fh - th, id="t2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        tpls.insert(0, PageTemplate("twotop", [top, c1, c2], autoNextPageTemplate="two"))
    doc.addPageTemplates(tpls)
    # blocks after 'twocol' are laid out in the column width
    flows = []
    seg, width = [], fw
    for b in blocks:
        if b[0] == "twocol":
            flows += build_flow(st, seg, width)
            seg = [b]
            width = cw
        elif b[0] == "onecol":
            flows += build_flow(st, seg, width)
            seg = [b]
            width = fw
        else:
            seg.append(b)
    flows += build_flow(st, seg, width)
    doc.build(flows, canvasmaker=_canvas_class(st, meta))
    return path


# ---------------------------------------------------------------- docx letters -> LibreOffice
def _add_field(run, instr):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def write_docx(path, spec):
    """spec: dict(font, size, letterhead=[lines], head_right=[lines], footer=str,
    page_numbers='Sida {P} av {N}'|None, blocks=[...], landscape=bool, created=datetime)"""
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if spec.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(spec.get("margin", 25))
    sec.top_margin = Mm(spec.get("top", 30))
    sec.bottom_margin = Mm(20)
    font = spec.get("font", "Liberation Serif")
    size = spec.get("size", 11)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    stl.paragraph_format.space_after = Pt(5)
    rpr = stl.element.get_or_add_rPr()
    from docx.oxml.ns import qn
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    # header
    hdr = sec.header
    hp = hdr.paragraphs[0]
    lh = spec.get("letterhead", [])
    hr = spec.get("head_right", [])
    if hr:
        t = hdr.add_table(rows=1, cols=2, width=sec.page_width - sec.left_margin - sec.right_margin)
        c0, c1 = t.rows[0].cells
        for i, ln in enumerate(lh):
            p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
            r = p.add_run(ln)
            r.bold = i == 0
            r.font.size = Pt(12 if i == 0 else 8.5)
        for i, ln in enumerate(hr):
            p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(ln)
            r.font.size = Pt(9)
            r.bold = i == 0
    else:
        for i, ln in enumerate(lh):
            p = hp if i == 0 else hdr.add_paragraph()
            r = p.add_run(ln)
            r.bold = i == 0
            r.font.size = Pt(12 if i == 0 else 8.5)
    # footer
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    if spec.get("footer"):
        r = fp.add_run(spec["footer"])
        r.font.size = Pt(7.5)
    pn = spec.get("page_numbers")
    if pn:
        p2 = ftr.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        parts = re.split(r"(\{P\}|\{N\})", pn)
        for part in parts:
            r = p2.add_run()
            r.font.size = Pt(8)
            if part == "{P}":
                _add_field(r, "PAGE")
            elif part == "{N}":
                _add_field(r, "NUMPAGES")
            else:
                r.text = part

    def add_runs(p, text, bold=False, italic=False, size=None):
        for i, part in enumerate(re.split(r"(\*\*.+?\*\*)", text)):
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                r = p.add_run(part[2:-2])
                r.bold = True
            else:
                r = p.add_run(part)
                r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)

    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            add_runs(p, b[1], bold=True, size=size + 4)
        elif k == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(2)
            add_runs(p, b[1], bold=True, size=size + 1)
        elif k == "p":
            for para in b[1].split("\n\n"):
                p = d.add_paragraph()
                lines = para.split("\n")
                for i, ln in enumerate(lines):
                    add_runs(p, ln)
                    if i < len(lines) - 1:
                        p.add_run().add_break()
        elif k == "small":
            p = d.add_paragraph()
            add_runs(p, b[1], size=size - 2)
        elif k == "bullets":
            for it in b[1]:
                p = d.add_paragraph(style="List Bullet")
                add_runs(p, it)
        elif k == "kv":  # label/value table without borders
            t = d.add_table(rows=0, cols=2)
            for lab, val in b[1]:
                r = t.add_row().cells
                r[0].width = Mm(45)
                pp = r[0].paragraphs[0]
                add_runs(pp, lab, bold=True, size=size - 1)
                pv = r[1].paragraphs[0]
                vl = val.split("\n")
                for i, ln in enumerate(vl):
                    add_runs(pv, ln, size=size - 1)
                    if i < len(vl) - 1:
                        pv.add_run().add_break()
            d.add_paragraph()
        elif k == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1 if header else 0, cols=len(rows[0]) if rows else len(header))
            t.style = "Table Grid"
            if header:
                for i, h in enumerate(header):
                    c = t.rows[0].cells[i]
                    add_runs(c.paragraphs[0], h, bold=True, size=size - 1.5)
            for row in rows:
                cells = t.add_row().cells
                for i, x in enumerate(row):
                    xl = x.split("\n")
                    for j, ln in enumerate(xl):
                        add_runs(cells[i].paragraphs[0], ln, size=size - 1.5)
                        if j < len(xl) - 1:
                            cells[i].paragraphs[0].add_run().add_break()
            if len(b) > 3 and b[3]:
                tot = float(sum(b[3]))
                avail = (sec.page_width - sec.left_margin - sec.right_margin)
                for row in t.rows:
                    for i, c in enumerate(row.cells):
                        c.width = int(avail * b[3][i] / tot)
            d.add_paragraph()
        elif k == "space":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = spec.get("author", "")
    cp.title = spec.get("title", "")
    if spec.get("created"):
        cp.created = spec["created"]
        cp.modified = spec["created"]
        cp.last_modified_by = spec.get("author", "")
    d.save(path)
    return path


def lo_convert(docx_paths, outdir):
    if not docx_paths:
        return
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
           "--outdir", outdir] + list(docx_paths)
    sh(cmd)


# ---------------------------------------------------------------- chromium / enscript
def chromium_pdf(html_path, pdf_path):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--user-data-dir=" + CHR_PROFILE,
           "--no-pdf-header-footer", "--print-to-pdf=" + pdf_path, html_path]
    subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if not os.path.exists(pdf_path):
        raise RuntimeError("chromium failed for " + html_path)


def enscript_pdf(text, pdf_path, font="Courier10", header=None):
    txt = pdf_path + ".txt"
    with open(txt, "w", encoding="latin-1") as f:
        f.write(text)
    ps = pdf_path + ".ps"
    args = ["enscript", "-q", "-X", "latin1", "-f", font, "-M", "A4", "--margins=60:50:40:40", "-o", ps]
    if header:
        args += ["--fancy-header=enscript", "--header=" + header]
    else:
        args += ["-B"]
    sh(args + [txt])
    sh(["ps2pdf", "-sPAPERSIZE=a4", ps, pdf_path])
    os.remove(txt)
    os.remove(ps)


# ---------------------------------------------------------------- scanning
def scan_pages(src_pdf, pages, out_pdf, seed=0, signature=None):
    """Return a copy of src_pdf where the given 1-based pages are replaced by a
    grey-scale 150 dpi raster (no text layer)."""
    import pikepdf
    from PIL import Image, ImageFilter, ImageDraw
    rnd = random.Random(seed)
    tmpd = out_pdf + ".scan"
    os.makedirs(tmpd, exist_ok=True)
    scans = {}
    for p in pages:
        base = os.path.join(tmpd, "p%d" % p)
        sh(["pdftoppm", "-r", "150", "-gray", "-f", str(p), "-l", str(p), "-png", "-singlefile", src_pdf, base])
        im = Image.open(base + ".png").convert("L")
        if signature and p in signature:
            dr = ImageDraw.Draw(im)
            for (x, y, w) in signature[p]:  # scribbled signatures, fractions of page
                X, Y = int(x * im.width), int(y * im.height)
                pts = []
                for i in range(24):
                    pts.append((X + i * w * im.width / 24.0, Y + rnd.uniform(-14, 14)))
                dr.line(pts, fill=30, width=3)
        ang = rnd.uniform(-0.9, 0.9)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        # paper tone + light noise + slight blur, like an office scanner
        noise = Image.effect_noise(im.size, 18).point(lambda v: 255 - max(0, v - 128) // 3)
        im = Image.eval(im, lambda v: int(v * 0.93 + 10))
        from PIL import ImageChops
        im = ImageChops.multiply(im, noise)
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        jp = base + ".jpg"
        im.save(jp, "JPEG", quality=42, dpi=(150, 150))
        spdf = base + ".pdf"
        sh(["img2pdf", "--imgsize", "150dpi", "-o", spdf, jp])
        scans[p] = spdf
    src = pikepdf.open(src_pdf)
    out = pikepdf.new()
    for i, pg in enumerate(src.pages, start=1):
        if i in scans:
            sp = pikepdf.open(scans[i])
            out.pages.append(sp.pages[0])
        else:
            out.pages.append(pg)
    out.save(out_pdf)
    shutil.rmtree(tmpd)
    return out_pdf


# ---------------------------------------------------------------- metadata / assembly
def finalize(pdf, date, title=None, author=None, rotate=None, keep_producer=True):
    """Set document dates (D:YYYYMMDDhhmmss) so nothing is dated after the review date,
    apply /Rotate to pages (1-based dict page->degrees)."""
    import pikepdf
    p = pikepdf.open(pdf, allow_overwriting_input=True)
    if "/Metadata" in p.Root:
        del p.Root["/Metadata"]
    ds = "D:%s+02'00'" % date
    p.docinfo["/CreationDate"] = ds
    p.docinfo["/ModDate"] = ds
    if title is not None:
        p.docinfo["/Title"] = title
    if author is not None:
        p.docinfo["/Author"] = author
    for k in ("/Subject", "/Keywords"):
        if k in p.docinfo and str(p.docinfo[k]) in ("unspecified", ""):
            del p.docinfo[k]
    if rotate:
        for pg, deg in rotate.items():
            p.pages[pg - 1].Rotate = deg
    p.save(pdf)
    p.close()


def unite(parts, out):
    if len(parts) == 1:
        shutil.copy(parts[0], out)
    else:
        sh(["pdfunite"] + list(parts) + [out])
    return out


def page_texts(pdf, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    t = sh(args)
    pages = t.split("\f")
    if pages and pages[-1].strip() == "":
        pages = pages[:-1]
    return pages


def npages(pdf):
    out = sh(["pdfinfo", pdf])
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))
