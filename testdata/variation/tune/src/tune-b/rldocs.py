"""reportlab documents: läkarintyg, AUDIT sheet, vårdplan with a rotated page."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
import fonts

_reg = False


def reg():
    global _reg
    if _reg:
        return
    fonts.ensure()
    for fam, short in (('Arkiv Sans', 'AS'), ('Arkiv Serif', 'AR'), ('Arkiv Grotesk', 'AG')):
        pdfmetrics.registerFont(TTFont(short, fonts.path(fam, 'Regular')))
        pdfmetrics.registerFont(TTFont(short + 'B', fonts.path(fam, 'Bold')))
    _reg = True


class Writer:
    """Simple flowing text on a canvas, portrait A4."""
    def __init__(self, c, font='AS', size=10, left=22 * mm, right=188 * mm, top=275 * mm, bottom=22 * mm,
                 footer=None):
        self.c, self.font, self.size = c, font, size
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = top
        self.footer = footer
        self.page = 1

    def newpage(self):
        self.foot()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def foot(self):
        if self.footer:
            self.c.setFont(self.font, 7.5)
            self.c.drawString(self.left, 12 * mm, self.footer.replace('{p}', str(self.page)))

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def text(self, s, size=None, bold=False, gap=3, indent=0):
        size = size or self.size
        f = self.font + ('B' if bold else '')
        lines = []
        for para in s.split('\n'):
            lines += simpleSplit(para, f, size, self.right - self.left - indent) or ['']
        for ln in lines:
            self.need(size * 1.3)
            self.c.setFont(f, size)
            self.c.drawString(self.left + indent, self.y - size, ln)
            self.y -= size * 1.3
        self.y -= gap

    def rule(self, gap=4):
        self.c.setLineWidth(0.6)
        self.c.line(self.left, self.y, self.right, self.y)
        self.y -= gap

    def box(self, label, content, h=None, size=None):
        """labelled box (form field); content may be empty."""
        size = size or self.size
        lines = []
        for para in content.split('\n') if content else []:
            lines += simpleSplit(para, self.font, size, self.right - self.left - 8) or ['']
        hh = h or max(14 * mm, (len(lines) + 1.6) * size * 1.3 + 4)
        self.need(hh + 4)
        self.c.setLineWidth(0.5)
        self.c.rect(self.left, self.y - hh, self.right - self.left, hh)
        self.c.setFont(self.font + 'B', size - 1.5)
        self.c.drawString(self.left + 4, self.y - size, label)
        yy = self.y - size - 4
        self.c.setFont(self.font, size)
        for ln in lines:
            yy -= size * 1.3
            self.c.drawString(self.left + 4, yy + 3, ln)
        self.y -= hh + 5


def lakarintyg(path, d):
    """d: dict with clinic, patient, pnr, date, doctor, sections (list of (heading, text))."""
    reg()
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setTitle('Läkarintyg')
    c.setAuthor(d['clinic'])
    c.setCreator('Journalsystem utskrift')
    w = Writer(c, font='AR', size=10.5, footer=d.get('footer'))
    c.setFont('ARB', 13)
    c.drawString(w.left, w.y - 13, d['clinic'])
    w.y -= 18
    w.text(d['clinic_sub'], size=8.5)
    w.rule(10)
    w.text(d['title'], size=14, bold=True, gap=8)
    w.text('Patient: %s     Personnummer: %s' % (d['patient'], d['pnr']), gap=2)
    w.text('Intyget utfärdat: %s     Mottagare: %s' % (d['date'], d['to']), gap=10)
    for h, t in d['sections']:
        w.text(h, bold=True, gap=1)
        w.text(t, gap=7)
    w.y -= 10
    w.text(d['doctor'], gap=1)
    w.foot()
    c.save()


def audit_sheet(path, d):
    reg()
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setTitle('AUDIT')
    c.setCreator('Södertälje kommun')
    w = Writer(c, font='AG', size=9, footer=d.get('footer'))
    w.text(d['office'], size=8, gap=1)
    w.text('AUDIT – Alcohol Use Disorders Identification Test', size=13, bold=True, gap=3)
    w.text('Resultatsammanställning', size=10, gap=6)
    w.text('Namn: %s      Dnr: %s      Datum: %s      Genomfört med: %s' % (d['name'], d['dnr'], d['date'], d['with']), gap=8)
    # table
    x0, x1, x2 = w.left, w.left + 120 * mm, w.right
    c.setLineWidth(0.5)
    c.setFont('AGB', 8.5)
    c.rect(x0, w.y - 13, x2 - x0, 13)
    c.drawString(x0 + 3, w.y - 9.5, 'Fråga')
    c.drawString(x1 + 3, w.y - 9.5, 'Svar')
    c.drawRightString(x2 - 3, w.y - 9.5, 'Poäng')
    w.y -= 13
    for q, a, p in d['rows']:
        lines = simpleSplit(q, 'AG', 8.5, x1 - x0 - 6)
        h = max(1, len(lines)) * 10.5 + 5
        c.rect(x0, w.y - h, x2 - x0, h)
        c.line(x1, w.y, x1, w.y - h)
        c.setFont('AG', 8.5)
        for i, ln in enumerate(lines):
            c.drawString(x0 + 3, w.y - 10 - i * 10.5, ln)
        c.drawString(x1 + 3, w.y - 10, a)
        c.drawRightString(x2 - 3, w.y - 10, str(p))
        w.y -= h
    c.setFont('AGB', 9)
    c.rect(x0, w.y - 14, x2 - x0, 14)
    c.drawString(x0 + 3, w.y - 10, 'Summa')
    c.drawRightString(x2 - 3, w.y - 10, str(sum(r[2] for r in d['rows'])))
    w.y -= 26
    for h, t in d['notes']:
        w.text(h, bold=True, gap=1)
        w.text(t, gap=6)
    w.foot()
    c.save()


def vardplan_rotated(path, d):
    """Page 1 portrait form; page 2 drawn landscape on a portrait MediaBox with /Rotate 90."""
    reg()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setTitle('Vårdplan')
    c.setCreator('Huddinge kommun')
    w = Writer(c, font='AR', size=10, footer=d['footer'])
    c.setFont('ARB', 9)
    c.drawString(w.left, w.y, d['office'])
    c.drawRightString(w.right, w.y, d['dnr'])
    w.y -= 24
    w.text('VÅRDPLAN', size=16, bold=True, gap=2)
    w.text('vid placering i HVB/institutionsvård enligt 4 kap. 1 § SoL', size=9, gap=10)
    for label, val in d['fields']:
        w.box(label, val)
    w.text('Forts. nästa sida: insatser och ansvarsfördelning', size=8.5, gap=0)
    w.foot()
    c.showPage()
    # page 2: landscape content drawn for a page with /Rotate 90 (viewer turns it clockwise)
    c.setPageRotation(90)
    c.setPageSize((H, W))  # reportlab writes the MediaBox swapped for rotated pages -> portrait box + /Rotate 90
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    # now x runs 0..H (landscape width), y runs 0..W (landscape height)
    LW, LH = H, W
    left, right = 18 * mm, LW - 18 * mm
    y = LH - 18 * mm
    c.setFont('ARB', 9)
    c.drawString(left, y, d['office'])
    c.drawRightString(right, y, d['dnr'])
    y -= 22
    c.setFont('ARB', 13)
    c.drawString(left, y, 'Vårdplan – insatser och ansvar (forts.)')
    y -= 18
    cols = d['table_cols']
    widths = d['table_widths']
    tot = sum(widths)
    xs = [left]
    for wd in widths:
        xs.append(xs[-1] + (right - left) * wd / tot)
    c.setLineWidth(0.5)
    rowh = 15
    c.setFillGray(0.85)
    c.rect(left, y - rowh, right - left, rowh, fill=1, stroke=1)
    c.setFillGray(0)
    c.setFont('ARB', 9)
    for i, col in enumerate(cols):
        c.drawString(xs[i] + 3, y - 10.5, col)
    y -= rowh
    c.setFont('AR', 9)
    for row in d['table_rows']:
        cells = [simpleSplit(str(t), 'AR', 9, xs[i + 1] - xs[i] - 6) for i, t in enumerate(row)]
        h = max(len(x) for x in cells) * 11 + 6
        for i in range(len(cols)):
            c.rect(xs[i], y - h, xs[i + 1] - xs[i], h)
            for k, ln in enumerate(cells[i]):
                c.drawString(xs[i] + 3, y - 11 - k * 11, ln)
        y -= h
    y -= 16
    for t in d['after']:
        for ln in simpleSplit(t, 'AR', 9.5, right - left):
            c.setFont('AR', 9.5)
            c.drawString(left, y, ln)
            y -= 12.5
        y -= 5
    c.setFont('AR', 7.5)
    c.drawString(left, 10 * mm, d['footer'].replace('{p}', '2'))
    c.restoreState()
    c.showPage()
    c.save()
