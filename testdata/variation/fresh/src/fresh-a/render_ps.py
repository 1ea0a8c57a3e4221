"""Hand-written PostScript from the block model (own line breaking); Ghostscript (ps2pdf) makes the PDF.

Only ISO Latin-1 can be shown, so a few characters are replaced."""
from reportlab.pdfbase.pdfmetrics import stringWidth
from markup import runs

REPL = {"–": "-", "—": "-", "’": "'", "‘": "'", "”": '"', "“": '"', "…": "...", "•": "-",
        "☒": "[X]", "☐": "[ ]", "≥": ">=", "≤": "<=", "→": "->", "\u00a0": " "}

FAMILIES = {
    "times": ("Times-Roman", "Times-Bold"),
    "helvetica": ("Helvetica", "Helvetica-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}


def clean(s):
    for a, b in REPL.items():
        s = s.replace(a, b)
    return s


def psstr(s):
    out = []
    for ch in clean(s):
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif o < 32 or o > 126:
            if o > 255:
                raise ValueError("not latin-1: %r" % ch)
            out.append("\\%03o" % o)
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


class PSDoc:
    def __init__(self, opts):
        self.o = opts
        fam = FAMILIES[opts.get("family", "times")]
        self.reg, self.bold = fam
        self.size = opts.get("size", 11)
        self.W, self.H = (842, 595) if opts.get("landscape") else (595, 842)
        self.ml, self.mr, self.mt, self.mb = opts.get("margins", (72, 60, 64, 64))
        self.pages = []
        self.cur = None
        self.new_page()

    # -- page handling
    def new_page(self):
        self.cur = []
        self.pages.append(self.cur)
        self.y = self.H - self.mt

    def need(self, h):
        if self.y - h < self.mb:
            self.new_page()

    def text(self, x, y, s, bold=False, size=None):
        size = size or self.size
        f = "/FB" if bold else "/FR"
        self.cur.append("%s %.1f SF %.2f %.2f moveto %s show" % (f, size, x, y, psstr(s)))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.cur.append("%.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke" % (w, x1, y1, x2, y2))

    def width(self, s, bold=False, size=None):
        return stringWidth(clean(s), self.bold if bold else self.reg, size or self.size)

    # -- wrapping of runs: list of (text, bold)
    def wrap(self, text, maxw, size=None, bold_all=False):
        size = size or self.size
        words = []
        for kind, val, bold in runs(text):
            if kind == "fn":
                continue
            for i, chunk in enumerate(val.split("\n")):
                if i > 0:
                    words.append(("\n", False))
                for w in chunk.split(" "):
                    if w:
                        words.append((w, bold or bold_all))
        lines, cur, curw = [], [], 0.0
        sp = self.width(" ", size=size)
        for w, b in words:
            if w == "\n":
                lines.append(cur)
                cur, curw = [], 0.0
                continue
            ww = self.width(w, b, size)
            if cur and curw + sp + ww > maxw:
                lines.append(cur)
                cur, curw = [], 0.0
            cur.append((w, b))
            curw += (sp if len(cur) > 1 else 0) + ww
        if cur:
            lines.append(cur)
        return lines

    def draw_line_runs(self, x, y, line, size=None):
        size = size or self.size
        sp = self.width(" ", size=size)
        # merge consecutive words of same weight
        segs = []
        for w, b in line:
            if segs and segs[-1][1] == b:
                segs[-1][0] += " " + w
            else:
                if segs:
                    segs[-1][0] += " "
                segs.append([w, b])
        for s, b in segs:
            self.text(x, y, s, b, size)
            x += self.width(s, b, size)

    def para(self, text, indent=0, size=None, lead=None, after=5, bold_all=False, first_prefix=None):
        size = size or self.size
        lead = lead or size * 1.25
        x = self.ml + indent
        maxw = self.W - self.mr - x
        lines = self.wrap(text, maxw, size, bold_all)
        if not lines:
            lines = [[]]
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if i == 0 and first_prefix:
                self.text(x - indent + first_prefix[1], self.y, first_prefix[0], False, size)
            self.draw_line_runs(x, self.y, ln, size)
        self.y -= after

    def table(self, t):
        size = t.get("size", self.size - 1)
        lead = size * 1.2
        pad = 3
        total = self.W - self.ml - self.mr
        widths = t.get("widths") or [1] * len(t["rows"][0])
        s = sum(widths)
        cw = [total * w / s for w in widths]
        rows = ([(t["head"], True)] if t.get("head") else []) + [(r, False) for r in t["rows"]]
        for cells, head in rows:
            wrapped = [self.wrap(str(c), cw[i] - 2 * pad, size, head) for i, c in enumerate(cells)]
            h = max(max(len(w), 1) for w in wrapped) * lead + 2 * pad + 1
            if self.y - h < self.mb:
                self.new_page()
                if t.get("head") and not head:
                    self._row(t["head"], cw, size, lead, pad, True)
            self._row(cells, cw, size, lead, pad, head, wrapped)
        self.y -= 6

    def _row(self, cells, cw, size, lead, pad, head, wrapped=None):
        if wrapped is None:
            wrapped = [self.wrap(str(c), cw[i] - 2 * pad, size, head) for i, c in enumerate(cells)]
        h = max(max(len(w), 1) for w in wrapped) * lead + 2 * pad + 1
        top = self.y
        x = self.ml
        if head:
            self.cur.append("gsave 0.9 setgray newpath %.2f %.2f moveto %.2f 0 rlineto 0 %.2f rlineto %.2f 0 rlineto closepath fill grestore"
                            % (x, top - h, sum(cw), h, -sum(cw)))
        for i, w in enumerate(wrapped):
            yy = top - pad
            for ln in w:
                yy -= lead
                self.draw_line_runs(x + pad, yy + 2, ln, size)
            x += cw[i]
        # grid
        x = self.ml
        self.line(self.ml, top, self.ml + sum(cw), top)
        self.line(self.ml, top - h, self.ml + sum(cw), top - h)
        for w in cw + [0]:
            self.line(x, top, x, top - h)
            x += w
        self.y = top - h

    def render(self, blocks):
        o = self.o
        for b in blocks:
            k = b[0]
            if k == "title":
                self.y -= 6
                self.para(b[1], size=self.size + 4, bold_all=True, after=8)
            elif k == "h":
                self.need(40)
                self.y -= 5
                self.para(b[1], size=self.size + 0.5, bold_all=True, after=3)
            elif k == "h2":
                self.need(32)
                self.para(b[1], bold_all=True, after=2)
            elif k == "p":
                self.para(b[1])
            elif k == "small":
                self.para(b[1], size=self.size - 2)
            elif k == "lines":
                for ln in b[1]:
                    self.para(ln, after=0)
                self.y -= 6
            elif k == "right":
                for ln in b[1]:
                    self.need(self.size * 1.25)
                    self.y -= self.size * 1.25
                    self.text(self.W - self.mr - self.width(ln), self.y, ln)
                self.y -= 6
            elif k == "kv":
                ind = o.get("kv_indent", 130)
                for key, val in b[1]:
                    lines = self.wrap(val, self.W - self.mr - self.ml - ind)
                    for i, ln in enumerate(lines or [[]]):
                        self.need(self.size * 1.25)
                        self.y -= self.size * 1.25
                        if i == 0:
                            self.text(self.ml, self.y, key, True)
                        self.draw_line_runs(self.ml + ind, self.y, ln)
                    self.y -= 1
                self.y -= 6
            elif k == "sig":
                self.y -= 22
                for ln in b[1]:
                    self.para(ln, after=0)
                self.y -= 6
            elif k == "checks":
                for on, text in b[1]:
                    self.para(text, indent=24, after=1, first_prefix=("[X]" if on else "[  ]", 0))
                self.y -= 5
            elif k in ("bullets", "dashes"):
                for item in b[1]:
                    self.para(item, indent=18, after=2, first_prefix=("-", 6))
                self.y -= 4
            elif k == "numbered":
                for i, item in enumerate(b[1], 1):
                    self.para(item, indent=20, after=2, first_prefix=("%d." % i, 4))
                self.y -= 4
            elif k == "table":
                self.table(b[1])
            elif k == "space":
                self.y -= b[1] if len(b) > 1 else 10
            elif k == "pagebreak":
                self.new_page()
            elif k == "hr":
                self.y -= 4
                self.line(self.ml, self.y, self.W - self.mr, self.y, 0.7)
                self.y -= 8
            else:
                raise ValueError("ps: unknown block %r" % (k,))

    def postscript(self):
        o = self.o
        N = len(self.pages)
        out = ["%!PS-Adobe-3.0", "%%%%Title: %s" % clean(o.get("title", "")), "%%Creator: " + o.get("creator", "mall.ps"),
               "%%%%Pages: %d" % N, "%%%%BoundingBox: 0 0 %d %d" % (self.W, self.H), "%%EndComments", "%%BeginProlog",
               "/L1Enc ISOLatin1Encoding 256 array copy def L1Enc 45 /hyphen put",
               "/RE { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding L1Enc def currentdict end definefont pop } bind def",
               "/FR-L1 /%s RE /FB-L1 /%s RE" % (self.reg, self.bold),
               "/FR { /FR-L1 } def /FB { /FB-L1 } def",
               "/SF { exch cvx exec findfont exch scalefont setfont } bind def",
               "%%EndProlog", "%%BeginSetup",
               "<< /PageSize [%d %d] >> setpagedevice" % (self.W, self.H), "%%EndSetup"]
        hl, hr = o.get("header", ("", ""))
        foot = o.get("footer", "Sida {n} ({N})")
        for i, pg in enumerate(self.pages, 1):
            out.append("%%%%Page: %d %d" % (i, i))
            out.append("save")
            hs = self.size - 2.5
            if hl:
                self.cur = out
                self.text(self.ml, self.H - 40, hl, False, hs)
            if hr:
                self.cur = out
                s = hr.replace("{n}", str(i)).replace("{N}", str(N))
                self.text(self.W - self.mr - self.width(s, size=hs), self.H - 40, s, False, hs)
            if hl or hr:
                out.append("0.4 setlinewidth newpath %d %d moveto %d %d lineto stroke" % (self.ml, self.H - 44, self.W - self.mr, self.H - 44))
            if foot:
                self.cur = out
                s = foot.replace("{n}", str(i)).replace("{N}", str(N))
                self.text((self.W - self.width(s, size=hs)) / 2, 36, s, False, hs)
                fl = o.get("footer_left")
                if fl:
                    self.text(self.ml, 36, fl, False, hs - 1)
            out.extend(pg)
            out.append("restore showpage")
        out.append("%%EOF")
        return "\n".join(out) + "\n"


def write_ps(path, blocks, opts):
    d = PSDoc(opts)
    d.render(blocks)
    with open(path, "w", encoding="latin-1", errors="replace") as f:
        f.write(d.postscript())
