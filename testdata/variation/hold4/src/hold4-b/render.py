"""Renderers for a tiny block model -> PDF via groff, LibreOffice (rtf/docx), Chromium, scan.

Block model (list of tuples):
  ("h", text)              heading
  ("p", text)              paragraph
  ("b", text)              bold line
  ("ul", [items])          bullet list
  ("table", [[cells],...]) first row is header
  ("j", date, text)        journal entry, date in margin
  ("pb",)                  page break
  ("sig", [lines])         signature block
  ("pre", text)            monospaced / e-mail header lines
"""
import html, os, subprocess, shutil, tempfile

FOLDER = "hold4-b"
LO_PROFILE = f"file:///tmp/lo-profile-{FOLDER}"
CHR_PROFILE = f"/tmp/chr-{FOLDER}"


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


# ---------------------------------------------------------------- groff
def _g(t):
    out = []
    for line in t.split("\n"):
        line = line.replace("\\", "\\e")
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


GROFF_PRELUDE = r""".pl 29.7c
.po 2.4c
.ll 16.2c
.lt 16.2c
.ps 11
.vs 14p
.nr LM 0
.hy 0
.de HD
'sp 1.1c
.tl '\s9\\*[OFF]\s0''\s9\\*[DNR]\s0'
'sp 0.9c
..
.de FO
'sp 0.7c
.tl ''\s9Sida %\s0''
'bp
..
.wh 0 HD
.wh -2.3c FO
.de SH
.sp 0.7
.ne 4
.in 0
.ft B
..
.de LP
.ft R
.sp 0.45
.in 0
..
.de JE
.ft R
.sp 0.4
.in 2.8c
.ti -2.8c
.ta 2.8c
..
.de BU
.ft R
.sp 0.2
.in 0.8c
.ti -0.5c
.ta 0.5c
..
"""


def groff_pdf(blocks, out, office="", two_col=False, title="", dnr=""):
    src = [GROFF_PRELUDE, f".ds OFF {_g(office)}", f".ds DNR {_g(dnr)}"]
    src.append(".HD")
    if title:
        src += [".ft B", ".ps 14", _g(title), ".ps 11", ".ft R", ".sp 0.6"]
    for b in blocks:
        k = b[0]
        if k == "h":
            src += [".SH", _g(b[1]), ".ft R", ".br"]
        elif k == "p":
            src += [".LP", _g(b[1]).replace("\n", "\n.br\n")]
        elif k == "b":
            src += [".LP", ".ft B", _g(b[1]), ".ft R"]
        elif k == "pre":
            src += [".LP", ".nf"] + [_g(x) for x in b[1].split("\n")] + [".fi"]
        elif k == "ul":
            for it in b[1]:
                src += [".BU", "\\(bu\t" + _g(it)]
        elif k == "j":
            src += [".JE", "\\fB" + _g(b[1]) + "\\fP\t" + _g(b[2]).replace("\n", "\n.br\n"), ".in 0"]
        elif k == "sig":
            src += [".LP", ".nf"] + [_g(x) for x in b[1]] + [".fi"]
        elif k == "pb":
            src += [".bp"]
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            src += [".LP", ".TS", "allbox expand tab(|);", " ".join(["lb"] * n), " ".join(["lw(2.5c)"] * n) + "."]
            src.append("|".join(_g(c) for c in rows[0]))
            for r in rows[1:]:
                src.append("|".join("T{\n" + _g(c) + "\nT}" for c in r))
            src.append(".TE")
    tmp = tempfile.mkdtemp()
    ms = os.path.join(tmp, "d.tr")
    open(ms, "w", encoding="utf-8").write("\n".join(src) + "\n")
    ps = os.path.join(tmp, "d.ps")
    with open(ps, "wb") as f:
        subprocess.run(["groff", "-k", "-t", "-Tps", "-dpaper=a4", "-P-pa4", ms], stdout=f, check=True,
                       stderr=subprocess.DEVNULL)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out])
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- html / chromium
def html_doc(blocks, office="", title="", landscape=False, two_col=False, handwritten=False, font="DejaVu Sans"):
    css = f"""@page {{ size: A4 {'landscape' if landscape else 'portrait'}; margin: 18mm 18mm 20mm 20mm; }}
body {{ font-family: '{font}'; font-size: 10.5pt; line-height: 1.35; }}
h1 {{ font-size: 15pt; margin: 0 0 8px 0; }} h2 {{ font-size: 11.5pt; margin: 12px 0 4px 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0; }}
td, th {{ border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }}
th {{ background: #ddd; }}
.j {{ display: flex; margin: 0 0 6px 0; }} .jd {{ width: 22mm; flex: none; font-weight: bold; }}
.office {{ font-size: 9pt; color: #333; border-bottom: 1px solid #888; margin-bottom: 10px; padding-bottom: 3px; }}
.cols {{ column-count: {2 if two_col else 1}; column-gap: 9mm; }}
pre {{ font-family: 'DejaVu Sans Mono'; font-size: 9pt; white-space: pre-wrap; margin: 4px 0; }}
.pb {{ page-break-after: always; }}
"""
    if handwritten:
        css += "body { font-family: 'DejaVu Serif'; font-style: italic; } td { height: 26px; border: 1.5px solid #222; }"
    h = [f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    if office:
        h.append(f"<div class='office'>{html.escape(office)}</div>")
    if title:
        h.append(f"<h1>{html.escape(title)}</h1>")
    h.append("<div class='cols'>")
    for b in blocks:
        k = b[0]
        e = lambda s: html.escape(s).replace("\n", "<br>")
        if k == "h":
            h.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            h.append(f"<p>{e(b[1])}</p>")
        elif k == "b":
            h.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "pre":
            h.append(f"<pre>{html.escape(b[1])}</pre>")
        elif k == "ul":
            h.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "j":
            h.append(f"<div class='j'><div class='jd'>{e(b[1])}</div><div>{e(b[2])}</div></div>")
        elif k == "sig":
            h.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif k == "pb":
            h.append("</div><div class='pb'></div><div class='cols'>")
        elif k == "table":
            rows = b[1]
            h.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>" +
                     "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</table>")
    h.append("</div></body></html>")
    return "".join(h)


def chromium_pdf(blocks, out, **kw):
    tmp = tempfile.mkdtemp()
    f = os.path.join(tmp, "d.html")
    open(f, "w", encoding="utf-8").write(html_doc(blocks, **kw))
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", f"--user-data-dir={CHR_PROFILE}", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", f], timeout=180)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- rtf / libreoffice
def _r(t):
    o = []
    for ch in t:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif c > 127:
            o.append(f"\\u{c if c < 32768 else c - 65536}?")
        else:
            o.append(ch)
    return "".join(o)


def rtf_text(blocks, office="", title="", landscape=False):
    w, hgt = (16838, 11906) if landscape else (11906, 16838)
    s = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Liberation Serif;}{\\f1 Liberation Sans;}{\\f2 Liberation Mono;}}",
         f"\\paperw{w}\\paperh{hgt}\\margl1400\\margr1300\\margt1200\\margb1200" + ("\\landscape" if landscape else ""),
         "\\f0\\fs23"]
    if office:
        s.append("{\\header\\pard\\f1\\fs17 " + _r(office) + "\\tab\\tab Sida {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}")
    if title:
        s.append("\\pard\\sa200\\f1\\fs30\\b " + _r(title) + "\\b0\\f0\\fs23\\par")
    for b in blocks:
        k = b[0]
        if k == "h":
            s.append("\\pard\\sb200\\sa80\\keepn\\f1\\fs24\\b " + _r(b[1]) + "\\b0\\f0\\fs23\\par")
        elif k == "p":
            s.append("\\pard\\sa140 " + _r(b[1]) + "\\par")
        elif k == "b":
            s.append("\\pard\\sa100\\b " + _r(b[1]) + "\\b0\\par")
        elif k == "pre":
            s.append("\\pard\\sa100\\f2\\fs19 " + _r(b[1]) + "\\f0\\fs23\\par")
        elif k == "ul":
            for it in b[1]:
                s.append("\\pard\\li500\\fi-300\\sa60 \\u8226?\\tab " + _r(it) + "\\par")
        elif k == "j":
            s.append("\\pard\\li1500\\fi-1500\\tx1500\\sa120 \\b " + _r(b[1]) + "\\b0\\tab " + _r(b[2]) + "\\par")
        elif k == "sig":
            s.append("\\pard\\sb200\\sa100 " + _r("\n".join(b[1])) + "\\par")
        elif k == "pb":
            s.append("\\page")
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            width = (w - 2700) // n
            for ri, r in enumerate(rows):
                d = "\\trowd\\trgaph80" + "".join(
                    f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{width * (i + 1)}" for i in range(n))
                cells = "".join("\\pard\\intbl " + ("\\b " if ri == 0 else "") + _r(c) + ("\\b0" if ri == 0 else "") + "\\cell " for c in r)
                s.append(d + cells + "\\row")
            s.append("\\pard\\sa100\\par")
    s.append("}")
    return "\n".join(s)


def lo_convert(src, outdir):
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
        timeout=240)


def rtf_pdf(blocks, out, **kw):
    tmp = tempfile.mkdtemp()
    f = os.path.join(tmp, "d.rtf")
    open(f, "w", encoding="ascii").write(rtf_text(blocks, **kw))
    lo_convert(f, tmp)
    shutil.move(os.path.join(tmp, "d.pdf"), out)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- docx / libreoffice
def docx_pdf(blocks, out, office="", title="", landscape=False):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.left_margin = sec.right_margin = Mm(22)

    def field(par, instr):
        r = par.add_run()
        a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
        r2 = par.add_run()
        t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
        r3 = par.add_run()
        c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end"); r3._r.append(c)

    if office:
        hp = sec.header.paragraphs[0]
        hp.text = office
        fp = sec.footer.paragraphs[0]
        fp.add_run(office.split("\n")[0] + "    Sida ")
        field(fp, "PAGE")
        fp.add_run(" av ")
        field(fp, "NUMPAGES")
    if title:
        d.add_heading(title, level=1)
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif k == "pre":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.name = "Liberation Mono"; r.font.size = Pt(9)
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "j":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Mm(25)
            p.paragraph_format.first_line_indent = Mm(-25)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(25))
            p.add_run(b[1]).bold = True
            p.add_run("\t" + b[2])
        elif k == "sig":
            d.add_paragraph("\n".join(b[1]))
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run_ in t.cell(i, j).paragraphs[0].runs:
                            run_.bold = True
            d.add_paragraph()
    tmp = tempfile.mkdtemp()
    f = os.path.join(tmp, "d.docx")
    d.save(f)
    lo_convert(f, tmp)
    shutil.move(os.path.join(tmp, "d.pdf"), out)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- scan
def scan_pdf(src_pdf, out, angle=0.6):
    """Rasterise every page grey at 150 dpi, add slight skew/noise, rebuild image-only PDF."""
    from PIL import Image, ImageFilter
    import random
    tmp = tempfile.mkdtemp()
    run(["pdftoppm", "-gray", "-r", "150", src_pdf, os.path.join(tmp, "p")])
    imgs = sorted(x for x in os.listdir(tmp) if x.endswith(".pgm"))
    jpgs = []
    rnd = random.Random(len(out))
    for i, x in enumerate(imgs):
        im = Image.open(os.path.join(tmp, x)).convert("L")
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        px = im.load()
        w, h = im.size
        for _ in range(2500):
            xx, yy = rnd.randrange(w), rnd.randrange(h)
            px[xx, yy] = rnd.randrange(120, 200)
        im = im.point(lambda v: min(255, int(v * 0.93 + 12)))
        j = os.path.join(tmp, f"s{i}.jpg")
        im.save(j, "JPEG", quality=55, dpi=(150, 150))
        jpgs.append(j)
    run(["img2pdf", "--pagesize", "A4", "-o", out] + jpgs)
    shutil.rmtree(tmp)
