"""Renderers for the hold2-a synthetic case files.
Blocks: ("title",s) ("h",s) ("p",s) ("kv",k,v) ("bul",[..]) ("table",rows,widths)
        ("box",checked,text) ("sp",) ("pb",) ("small",s) ("sig",s)"""
import os, subprocess, html, shutil
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, FrameBreak)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")

def esc(s):
    return html.escape(s, quote=False)

def _styles(serif=False, ttf=True):
    if ttf:
        f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    else:
        f, fb = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    return {
        "title": ParagraphStyle("t", fontName=fb, fontSize=13, leading=16, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=fb, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f, fontSize=9, leading=12, spaceAfter=3),
        "kv": ParagraphStyle("kv", fontName=f, fontSize=9, leading=12, leftIndent=0, spaceAfter=1),
        "small": ParagraphStyle("s", fontName=f, fontSize=7.5, leading=9.5, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8, leading=10),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=8, leading=10),
    }

def _needs_ttf(blocks, header, footer):
    txt = header + footer + repr([b for b in blocks])
    if any(b[0] == "box" for b in blocks):
        return True
    try:
        (header + footer + "".join(str(x) for b in blocks for x in b[1:] if isinstance(x, str))).encode("cp1252")
        for b in blocks:
            if b[0] in ("bul",):
                "".join(b[1]).encode("cp1252")
            if b[0] == "table":
                "".join(c for r in b[1] for c in r).encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False

def reportlab_pdf(path, blocks, header="", footer="", layout="portrait", serif=False):
    ttf = _needs_ttf(blocks, header, footer)
    st = _styles(serif, ttf)
    ps = landscape(A4) if layout == "landscape" else A4
    W, H = ps
    doc = BaseDocTemplate(path, pagesize=ps, leftMargin=20*mm, rightMargin=20*mm,
                          topMargin=22*mm, bottomMargin=20*mm, title=header[:60] or "Dokument",
                          author="", creator="")
    if layout == "two-column":
        gap = 8*mm
        cw = (W - 40*mm - gap) / 2
        frames = [Frame(20*mm, 20*mm, cw, H - 42*mm, id="c1"),
                  Frame(20*mm + cw + gap, 20*mm, cw, H - 42*mm, id="c2")]
    else:
        frames = [Frame(20*mm, 20*mm, W - 40*mm, H - 42*mm, id="f")]
    def onpage(c, d):
        c.saveState()
        c.setFont("DV" if ttf else "Helvetica", 7.5)
        if header:
            c.drawString(20*mm, H - 13*mm, header)
            c.line(20*mm, H - 14.5*mm, W - 20*mm, H - 14.5*mm)
        c.drawRightString(W - 20*mm, 11*mm, "Sida %d" % d.page)
        if footer:
            c.drawString(20*mm, 11*mm, footer)
        c.restoreState()
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=onpage)])
    colw = frames[0]._width
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[k]))
        elif k == "kv":
            story.append(Paragraph("<b>%s</b> %s" % (esc(b[1]), esc(b[2]).replace("\n", "<br/>")), st["kv"]))
        elif k == "bul":
            for it in b[1]:
                story.append(Paragraph("• " + esc(it), ParagraphStyle("b", parent=st["p"], leftIndent=10, firstLineIndent=-8, spaceAfter=1)))
        elif k == "box":
            story.append(Paragraph(("☒ " if b[1] else "☐ ") + esc(b[2]), st["kv"]))
        elif k == "sp":
            story.append(Spacer(1, 5*mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "cb":
            story.append(FrameBreak())
        elif k == "sig":
            story.append(Spacer(1, 4*mm))
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st["p"]))
        elif k == "table":
            rows = b[1]
            fr = b[2] if len(b) > 2 and b[2] else [1.0/len(rows[0])]*len(rows[0])
            data = [[Paragraph(esc(c).replace("\n", "<br/>"), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[colw*f for f in fr], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey),
                                   ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0,0), (-1,-1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 3*mm))
        else:
            raise ValueError(k)
    doc.build(story)

# ---------------- DOCX -----------------
def docx_file(path, blocks, header="", footer=""):
    import docx
    from docx.shared import Pt, Mm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    stl = d.styles["Normal"]; stl.font.name = "Liberation Sans"; stl.font.size = Pt(10)
    if header:
        sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.add_run((footer + "    ") if footer else "")
    fp.add_run("Sida ")
    r = fp.add_run()
    f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE")
    r2 = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r2.append(t); f1.append(r2)
    fp._p.append(f1)
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(); rr = p.add_run(b[1]); rr.bold = True; rr.font.size = Pt(14)
        elif k == "h":
            p = d.add_paragraph(); rr = p.add_run(b[1]); rr.bold = True; rr.font.size = Pt(11)
        elif k in ("p", "sig", "small"):
            p = d.add_paragraph(b[1])
            if k == "small":
                for rr in p.runs: rr.font.size = Pt(8)
        elif k == "kv":
            p = d.add_paragraph(); rr = p.add_run(b[1] + " "); rr.bold = True; p.add_run(b[2])
            p.paragraph_format.space_after = Pt(1)
        elif k == "bul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "box":
            p = d.add_paragraph(("☒ " if b[1] else "☐ ") + b[2]); p.paragraph_format.space_after = Pt(0)
        elif k == "cb":
            pass
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j); cell.text = c
                    for pp in cell.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(9); rr.bold = (i == 0)
            d.add_paragraph("")
        else:
            raise ValueError(k)
    d.save(path)

# ---------------- RTF -----------------
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def rtf_file(path, blocks, header="", footer=""):
    L = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Liberation Serif;}{\f1 Liberation Sans;}}",
         r"\paperw11906\paperh16838\margl1300\margr1300\margt1200\margb1200"]
    if header:
        L.append(r"{\header\pard\ql\f1\fs16 " + rtf_esc(header) + r"\par}")
    L.append(r"{\footer\pard\qr\f1\fs16 " + rtf_esc(footer + "   ") + r"Sida {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}")
    for b in blocks:
        k = b[0]
        if k == "title":
            L.append(r"\pard\sa120\f1\fs28\b " + rtf_esc(b[1]) + r"\b0\par")
        elif k == "h":
            L.append(r"\pard\sb120\sa60\f1\fs22\b " + rtf_esc(b[1]) + r"\b0\par")
        elif k in ("p", "sig"):
            L.append(r"\pard\sa80\f0\fs21 " + rtf_esc(b[1]) + r"\par")
        elif k == "small":
            L.append(r"\pard\sa60\f0\fs16 " + rtf_esc(b[1]) + r"\par")
        elif k == "kv":
            L.append(r"\pard\sa20\f0\fs21{\b " + rtf_esc(b[1]) + r"} " + rtf_esc(b[2]) + r"\par")
        elif k == "bul":
            for it in b[1]:
                L.append(r"\pard\fi-200\li400\sa20\f0\fs21 \u8226? " + rtf_esc(it) + r"\par")
        elif k == "box":
            L.append(r"\pard\sa20\f0\fs21 " + rtf_esc(("[X] " if b[1] else "[ ] ") + b[2]) + r"\par")
        elif k == "cb":
            pass
        elif k == "sp":
            L.append(r"\pard\par")
        elif k == "pb":
            L.append(r"\page")
        elif k == "table":
            rows = b[1]; n = len(rows[0])
            fr = b[2] if len(b) > 2 and b[2] else [1.0/n]*n
            tot = 9300; acc = 0; cx = []
            for f in fr:
                acc += int(tot*f); cx.append(acc)
            for i, r in enumerate(rows):
                s = r"\trowd\trgaph80"
                for c in cx:
                    s += r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % c
                s += r"\pard\intbl\f1\fs17 "
                for c in r:
                    s += (r"{\b " if i == 0 else "{") + rtf_esc(c) + r"}\cell "
                s += r"\row"
                L.append(s)
            L.append(r"\pard\par")
        else:
            raise ValueError(k)
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

# ---------------- enscript -----------------
def enscript_pdf(path, text, header, landscape_=False):
    tmp = path + ".txt"; ps = path + ".ps"
    open(tmp, "wb").write(text.encode("latin-1"))
    cmd = ["enscript", "-q", "-X", "latin1", "-f", "Courier9", "--margins=60:50:40:40",
           "--header=" + header + "||Sida $% av $=", "-o", ps, tmp]
    if landscape_:
        cmd.insert(1, "-r")
    subprocess.run(cmd, check=True)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, path], check=True)
    os.remove(tmp); os.remove(ps)

# ---------------- scan -----------------
def scan_pdf(src_pdf, out_pdf, angle=0.6, seed=1):
    """render to 150 dpi grey-scale image and back: no text layer"""
    from PIL import Image, ImageFilter
    import random
    base = out_pdf + ".img"
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src_pdf, base], check=True)
    d = os.path.dirname(out_pdf) or "."
    pngs = sorted(f for f in os.listdir(d) if f.startswith(os.path.basename(base)) and f.endswith(".png"))
    jpgs = []
    rnd = random.Random(seed)
    for f in pngs:
        im = Image.open(os.path.join(d, f)).convert("L")
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        px = im.load()
        w, h = im.size
        for _ in range(1500):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice([90, 140, 180])
        jp = os.path.join(d, f[:-4] + ".jpg")
        im.save(jp, "JPEG", quality=55, dpi=(150, 150))
        jpgs.append(jp); os.remove(os.path.join(d, f))
    subprocess.run(["img2pdf", "--pagesize", "A4", "-o", out_pdf] + jpgs, check=True)
    for j in jpgs:
        os.remove(j)
