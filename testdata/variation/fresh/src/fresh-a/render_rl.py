"""reportlab (platypus) rendering of the block model: letters with a letterhead, forms, tables."""
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, ListFlowable, ListItem, CondPageBreak)
from reportlab.pdfgen import canvas as rl_canvas
from markup import runs

FONTDIR = "/usr/share/fonts/truetype/"
_FAMS = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf", "liberation/LiberationSans-Italic.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf", "liberation/LiberationSerif-Italic.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf", "liberation/LiberationSansNarrow-Italic.ttf"),
}
_done = set()


def font(fam):
    if fam in ("Helvetica", "Times-Roman", "Courier"):
        return fam
    if fam not in _done:
        r, b, i = _FAMS[fam]
        pdfmetrics.registerFont(TTFont(fam, FONTDIR + r))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", FONTDIR + b))
        pdfmetrics.registerFont(TTFont(fam + "-Italic", FONTDIR + i))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-Bold")
        _done.add(fam)
    return fam


def boldname(fam):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}.get(fam, fam + "-Bold")


def rich(text, notes, boxfont):
    out = []
    for kind, val, bold in runs(text):
        if kind == "fn":
            notes.append(val)
            out.append("<super>%d</super>" % len(notes))
            continue
        s = escape(val).replace("\n", "<br/>")
        for ch in "☒☐":
            s = s.replace(ch, '<font name="%s">%s</font>' % (boxfont, ch))
        out.append("<b>%s</b>" % s if bold else s)
    return "".join(out)


def make_canvas(opts):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []
            self.setAuthor(opts.get("author", ""))
            self.setTitle(opts.get("title", ""))
            self.setCreator(opts.get("creator", ""))

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.draw_fixed(n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def draw_fixed(self, total):
            W, H = self._pagesize
            f = opts["_font"]
            pn = self._pageNumber
            hl, hr = opts.get("header", ("", ""))
            if opts.get("letterhead") and pn == 1:
                lh = opts["letterhead"]
                self.setFont(boldname(f), 15)
                self.drawString(2.2 * cm, H - 2.0 * cm, lh[0])
                self.setFont(f, 9)
                y = H - 2.5 * cm
                for line in lh[1:]:
                    self.drawString(2.2 * cm, y, line)
                    y -= 11
                if opts.get("letter_right"):
                    y = H - 2.0 * cm
                    for line in opts["letter_right"]:
                        self.drawRightString(W - 2 * cm, y, line)
                        y -= 11
                self.setLineWidth(1.2)
                self.line(2.2 * cm, H - 3.5 * cm, W - 2 * cm, H - 3.5 * cm)
            elif hl or hr:
                self.setFont(f, 8)
                if hl:
                    self.drawString(2.2 * cm, H - 1.3 * cm, hl.replace("{n}", str(pn)).replace("{N}", str(total)))
                if hr:
                    self.drawRightString(W - 2 * cm, H - 1.3 * cm, hr.replace("{n}", str(pn)).replace("{N}", str(total)))
                self.setLineWidth(0.4)
                self.line(2.2 * cm, H - 1.45 * cm, W - 2 * cm, H - 1.45 * cm)
            foot = opts.get("footer", "Sida {n} av {N}")
            self.setFont(f, 8)
            if opts.get("footer_left"):
                self.drawString(2.2 * cm, 1.2 * cm, opts["footer_left"])
            if foot:
                self.drawRightString(W - 2 * cm, 1.2 * cm, foot.replace("{n}", str(pn)).replace("{N}", str(total)))
    return NumberedCanvas


def write_rl(path, blocks, opts):
    fam = font(opts.get("font", "LiberationSans"))
    boxfont = font("DejaVuSans")
    opts["_font"] = fam
    size = opts.get("size", 10)
    ps = A4 if not opts.get("landscape") else landscape(A4)
    W, H = ps
    top = 4.1 * cm if opts.get("letterhead") else 2.2 * cm
    doc = BaseDocTemplate(path, pagesize=ps, leftMargin=2.2 * cm, rightMargin=2 * cm, topMargin=top, bottomMargin=2 * cm,
                          title=opts.get("title", ""), author=opts.get("author", ""))
    fw = W - 4.2 * cm
    if opts.get("columns") == 2:
        gap = 0.7 * cm
        cwid = (fw - gap) / 2
        frames1 = [Frame(2.2 * cm, 2 * cm, cwid, H - top - 2 * cm, id="c1"),
                   Frame(2.2 * cm + cwid + gap, 2 * cm, cwid, H - top - 2 * cm, id="c2")]
        frames2 = [Frame(2.2 * cm, 2 * cm, cwid, H - 4.2 * cm, id="d1"),
                   Frame(2.2 * cm + cwid + gap, 2 * cm, cwid, H - 4.2 * cm, id="d2")]
        colw = cwid
    else:
        frames1 = [Frame(2.2 * cm, 2 * cm, fw, H - top - 2 * cm, id="f1")]
        frames2 = [Frame(2.2 * cm, 2 * cm, fw, H - 4.2 * cm, id="f2")]
        colw = fw
    from reportlab.platypus.doctemplate import NextPageTemplate
    doc.addPageTemplates([PageTemplate(id="first", frames=frames1, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=frames2)])
    base = ParagraphStyle("base", fontName=fam, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    tight = ParagraphStyle("tight", parent=base, spaceAfter=0)
    title = ParagraphStyle("title", parent=base, fontName=boldname(fam), fontSize=size + 5, leading=(size + 5) * 1.2, spaceAfter=8, spaceBefore=4)
    h1 = ParagraphStyle("h1", parent=base, fontName=boldname(fam), fontSize=size + 1.5, leading=(size + 1.5) * 1.25, spaceBefore=8, spaceAfter=3, keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=base, fontName=boldname(fam), fontSize=size, spaceBefore=4, spaceAfter=2, keepWithNext=1)
    small = ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    right = ParagraphStyle("right", parent=tight, alignment=2)
    cellst = ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    cellh = ParagraphStyle("cellh", parent=cellst, fontName=boldname(fam))
    notes = []
    story = []
    R = lambda t: rich(t, notes, boxfont)
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(R(b[1]), title))
        elif k == "h":
            story.append(Paragraph(R(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(R(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(R(b[1]), base))
        elif k == "small":
            story.append(Paragraph(R(b[1]), small))
        elif k == "lines":
            for ln in b[1]:
                story.append(Paragraph(R(ln) or "&nbsp;", tight))
            story.append(Spacer(1, size * 0.6))
        elif k == "right":
            for ln in b[1]:
                story.append(Paragraph(R(ln), right))
            story.append(Spacer(1, size * 0.6))
        elif k == "kv":
            kw = opts.get("kv_width", 4.2 * cm)
            data = [[Paragraph("<b>%s</b>" % escape(kk), cellst), Paragraph(R(vv), cellst)] for kk, vv in b[1]]
            t = Table(data, colWidths=[kw, colw - kw])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, size * 0.6))
        elif k == "sig":
            items = [Spacer(1, size * 2.2)] + [Paragraph(R(ln), tight) for ln in b[1]] + [Spacer(1, size * 0.6)]
            story.append(KeepTogether(items))
        elif k == "checks":
            for on, text in b[1]:
                story.append(Paragraph('<font name="%s">%s</font>&nbsp;&nbsp;%s' % (boxfont, "☒" if on else "☐", R(text)),
                                       ParagraphStyle("chk", parent=tight, leftIndent=14, firstLineIndent=-14, spaceAfter=2)))
            story.append(Spacer(1, size * 0.5))
        elif k in ("bullets", "numbered", "dashes"):
            items = [ListItem(Paragraph(R(x), tight), leftIndent=16) for x in b[1]]
            if k == "numbered":
                lf = ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontName=fam, bulletFontSize=size)
            else:
                lf = ListFlowable(items, bulletType="bullet", start="•" if k == "bullets" else "–", leftIndent=16, bulletFontName=fam, bulletFontSize=size)
            story.append(lf)
            story.append(Spacer(1, size * 0.5))
        elif k == "table":
            t = b[1]
            widths = t.get("widths") or [1] * len(t["rows"][0])
            s = sum(widths)
            cws = [colw * w / s for w in widths]
            data = []
            if t.get("head"):
                data.append([Paragraph(R(c), cellh) for c in t["head"]])
            for r in t["rows"]:
                data.append([Paragraph(R(str(c)), cellst) for c in r])
            tb = Table(data, colWidths=cws, repeatRows=1 if t.get("head") else 0)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if not t.get("noborder"):
                st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            if t.get("head"):
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
            tb.setStyle(TableStyle(st))
            story.append(tb)
            story.append(Spacer(1, size * 0.8))
        elif k == "space":
            story.append(Spacer(1, b[1] if len(b) > 1 else 10))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "hr":
            from reportlab.platypus.flowables import HRFlowable
            story.append(HRFlowable(width="100%", thickness=0.7, color=colors.black, spaceBefore=2, spaceAfter=6))
        else:
            raise ValueError("rl: unknown block %r" % (k,))
    if notes:
        from reportlab.platypus.flowables import HRFlowable
        story.append(Spacer(1, 8))
        story.append(HRFlowable(width="30%", thickness=0.5, color=colors.black, hAlign="LEFT", spaceAfter=3))
        for i, n in enumerate(notes, 1):
            story.append(Paragraph("<super>%d</super> %s" % (i, escape(n)), small))
    doc.build(story, canvasmaker=make_canvas(opts))
