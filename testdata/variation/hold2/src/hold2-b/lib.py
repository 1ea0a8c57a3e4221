# -*- coding: utf-8 -*-
"""Renderers for the hold2-b synthetic case files.
Block model: list of tuples
 ("h1", text) ("h2", text) ("p", text) ("b", text)  bold para
 ("kv", [(k, v), ...])  label/value lines
 ("table", rows, widths_cm or None)   first row = header
 ("ul", [items]) ("pre", text) ("pb",)  page break ("sp",) vertical space
 ("cols", [blocks])  two-column region
"""
import os, subprocess, zipfile, html, shutil, tempfile, random

FOLDER = "hold2-b"
LOPROF = "file:///tmp/lo-profile-" + FOLDER
CHRDIR = "/tmp/chr-" + FOLDER


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0 and not (cmd[0] == "qpdf" and r.returncode == 3):
        raise RuntimeError("%s\n%s\n%s" % (cmd, r.stdout, r.stderr))
    return r

# ---------------------------------------------------------------- HTML / Chromium

def _h(t):
    return html.escape(t).replace("\n", "<br>")

def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1": out.append("<h1>%s</h1>" % _h(b[1]))
        elif k == "h2": out.append("<h2>%s</h2>" % _h(b[1]))
        elif k == "p": out.append("<p>%s</p>" % _h(b[1]))
        elif k == "b": out.append("<p><b>%s</b></p>" % _h(b[1]))
        elif k == "kv":
            out.append("<table class=kv>" + "".join(
                "<tr><td class=k>%s</td><td>%s</td></tr>" % (_h(a), _h(v)) for a, v in b[1]) + "</table>")
        elif k == "table":
            rows = b[1]
            s = "<table class=grid><tr>" + "".join("<th>%s</th>" % _h(c) for c in rows[0]) + "</tr>"
            for r in rows[1:]:
                s += "<tr>" + "".join("<td>%s</td>" % _h(c) for c in r) + "</tr>"
            out.append(s + "</table>")
        elif k == "ul": out.append("<ul>" + "".join("<li>%s</li>" % _h(i) for i in b[1]) + "</ul>")
        elif k == "pre": out.append("<pre>%s</pre>" % html.escape(b[1]))
        elif k == "pb": out.append("<div style='break-after:page'></div>")
        elif k == "sp": out.append("<div style='height:10mm'></div>")
        elif k == "cols": out.append("<div class=cols>%s</div>" % blocks_html(b[1]))
        elif k == "land": out.append("<div class=land>%s</div>" % blocks_html(b[1]))
        else: raise ValueError(k)
    return "\n".join(out)

CSS = """
@page { size: A4 %(orient)s; margin: 20mm 18mm 20mm 20mm;
  @top-left { content: "%(hl)s"; font: 8pt 'DejaVu Sans'; color:#444 }
  @top-right { content: "%(hr)s"; font: 8pt 'DejaVu Sans'; color:#444 }
  @bottom-center { content: "%(foot)s"; font: 8pt 'DejaVu Sans'; color:#444 } }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.35 }
h1 { font-size: 14pt; margin: 0 0 6pt 0 } h2 { font-size: 11pt; margin: 10pt 0 3pt 0 }
p { margin: 0 0 5pt 0 } table.grid { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0 }
table.grid td, table.grid th { border: 0.6pt solid #333; padding: 3pt 4pt; vertical-align: top; font-size: 9pt }
table.grid th { background: #e6e6e6; text-align: left }
table.kv td { padding: 1pt 8pt 1pt 0; vertical-align: top } td.k { font-weight: bold; white-space: nowrap }
@page land { size: A4 landscape }
.land { page: land }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.4pt solid #999 }
pre { font-family: 'DejaVu Sans Mono'; font-size: 8.5pt; white-space: pre-wrap }
ul { margin: 2pt 0 6pt 0 }
"""

def chromium_pdf(blocks, out, header_left="", header_right="", footer="Sida \" counter(page) \" av \" counter(pages) \"",
                 landscape=False, font="'DejaVu Sans'", size="9.5pt", extra_css=""):
    css = CSS % dict(orient="landscape" if landscape else "portrait", hl=header_left, hr=header_right,
                     foot=footer, font=font, size=size)
    doc = "<!DOCTYPE html><html lang=sv><head><meta charset=utf-8><style>%s%s</style></head><body>%s</body></html>" % (
        css, extra_css, blocks_html(blocks))
    tmp = tempfile.mkdtemp(prefix="h2b")
    fn = os.path.join(tmp, "doc.html")
    open(fn, "w", encoding="utf-8").write(doc)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--user-data-dir=" + CHRDIR, "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.abspath(out), "file://" + fn])
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- groff

def _g(t):
    t = t.replace("\\", "\\e")
    lines = []
    for ln in t.split("\n"):
        if ln.startswith(".") or ln.startswith("'"):
            ln = "\\&" + ln
        lines.append(ln)
    return "\n".join(lines).replace("☒", "[X]").replace("☐", "[ ]")

def blocks_groff(blocks):
    o = []
    for b in blocks:
        k = b[0]
        if k == "h1": o += [".sp 0.4", ".ne 3", ".ft HB", ".ps 13", _g(b[1]), ".ps", ".ft", ".sp 0.5"]
        elif k == "h2": o += [".sp 0.6", ".ne 4", ".ft HB", _g(b[1]), ".ft", ".sp 0.2"]
        elif k == "p": o += [".sp 0.35", _g(b[1])]
        elif k == "b": o += [".sp 0.35", ".ft B", _g(b[1]), ".ft"]
        elif k == "kv":
            o += [".sp 0.3", ".in 4c"]
            for a, v in b[1]:
                o += [".ti -4c", "\\fB%s\\fP\\h'|4c'%s" % (_g(a), _g(v).replace("\n", "\n.br\n")), ".br"]
            o += [".in 0"]
        elif k == "table":
            rows, widths = b[1], b[2]
            n = len(rows[0])
            if not widths:
                widths = [15.5 / n] * n
            o += [".sp 0.4", ".ps 9", ".vs 11p", ".TS", "allbox tab(|);",
                  " ".join("lbw(%.1fc)" % w for w in widths),
                  " ".join("lw(%.1fc)" % w for w in widths) + "."]
            for r in rows:
                o.append("|".join("T{\n%s\nT}" % _g(c) for c in r))
            o += [".TE", ".ps", ".vs", ".sp 0.3"]
        elif k == "ul":
            o += [".sp 0.2", ".in 0.6c"]
            for i in b[1]:
                o += [".ti -0.4c", "\\(bu\\h'|0.2c'" + _g(i), ".br"]
            o += [".in 0"]
        elif k == "pre": o += [".sp 0.3", ".ft CR", ".ps 9", ".nf", _g(b[1]), ".fi", ".ps", ".ft"]
        elif k == "pb": o += [".bp"]
        elif k == "sp": o += [".sp 1"]
        elif k == "cols": o += blocks_groff(b[1])
        else: raise ValueError(k)
    return o

def groff_pdf(blocks, out, header_left="", header_right="", footer_center="", landscape=False):
    """Plain troff with a tiny home-made macro set (no ms on this machine)."""
    pl, ll = ("21c", "24.7c") if landscape else ("29.7c", "16c")
    hl, hr, fc = _g(header_left), _g(header_right), _g(footer_center)
    src = [".pl " + pl, ".ll " + ll, ".lt " + ll, ".po 2.5c", ".ps 10", ".vs 12.5p", ".hy 0", ".ad l",
           ".fam T", ".ft R",
           ".de HD", "'sp 1.1c", ".ft H", ".ps 8", ".tl '%s''%s'" % (hl, hr), ".ps", ".ft", "'sp 0.9c", "..",
           ".de FO", "'sp 0.7c", ".ft H", ".ps 8", ".tl ''%s''" % fc, ".ps", ".ft", "'bp", "..",
           ".wh 0 HD", ".wh -2.3c FO"]
    src += blocks_groff(blocks)
    tmp = tempfile.mkdtemp(prefix="h2b")
    fn = os.path.join(tmp, "doc.tr")
    open(fn, "w", encoding="utf-8").write("\n".join(src) + "\n")
    cmd = ["groff", "-k", "-t", "-Tps"]
    cmd += ["-P-l", "-P-pa4"] if landscape else ["-P-pa4"]
    ps = subprocess.run(cmd + [fn], capture_output=True).stdout
    psfn = os.path.join(tmp, "doc.ps")
    open(psfn, "wb").write(ps)
    run(["ps2pdf", "-sPAPERSIZE=a4", psfn, os.path.abspath(out)])
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- ODT / LibreOffice

def _x(t):
    return html.escape(t, quote=True)

def _xp(t):
    # line breaks inside a paragraph
    return "<text:line-break/>".join(_x(s) for s in t.split("\n"))

def blocks_odt(blocks, tcount=[0]):
    o = []
    for b in blocks:
        k = b[0]
        if k == "h1": o.append('<text:h text:style-name="H1" text:outline-level="1">%s</text:h>' % _xp(b[1]))
        elif k == "h2": o.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % _xp(b[1]))
        elif k == "p": o.append('<text:p text:style-name="Body">%s</text:p>' % _xp(b[1]))
        elif k == "b": o.append('<text:p text:style-name="Bold">%s</text:p>' % _xp(b[1]))
        elif k == "kv":
            for a, v in b[1]:
                o.append('<text:p text:style-name="KV"><text:span text:style-name="SB">%s</text:span><text:tab/>%s</text:p>' % (_x(a), _xp(v)))
        elif k == "table":
            rows = b[1]
            tcount[0] += 1
            n = len(rows[0])
            s = '<table:table table:name="T%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>' % (tcount[0], n)
            for i, r in enumerate(rows):
                s += "<table:table-row>" + "".join(
                    '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                    % ("TH" if i == 0 else "TD", _xp(c)) for c in r) + "</table:table-row>"
            o.append(s + "</table:table>")
        elif k == "ul":
            o.append('<text:list text:style-name="LBul">' + "".join(
                '<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % _xp(i) for i in b[1]) + "</text:list>")
        elif k == "pre":
            for ln in b[1].split("\n"):
                o.append('<text:p text:style-name="Mono">%s</text:p>' % (_x(ln).replace("  ", " <text:s/>") or ""))
        elif k == "pb": o.append('<text:p text:style-name="PB"/>')
        elif k == "sp": o.append('<text:p text:style-name="Body"/>')
        elif k == "cols":
            o.append('<text:section text:style-name="Sect2" text:name="S%d">%s</text:section>' % (len(o), "".join(blocks_odt(b[1]))))
        else: raise ValueError(k)
    return o

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')

def odt_pdf(blocks, out, header="", footer_prefix="Sida ", landscape=False, font="Liberation Sans", size="10.5pt", keep_odt=None):
    pw, ph = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="DejaVu Sans Mono" svg:font-family="'DejaVu Sans Mono'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="sv" fo:country="SE"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>
<style:style style:name="Bold" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="KV" style:family="paragraph"><style:paragraph-properties fo:margin-left="4.2cm" fo:text-indent="-4.2cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TD" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Mono" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans Mono" fo:font-size="8.5pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
<style:style style:name="SB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{'landscape' if landscape else 'portrait'}" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm" fo:border-bottom="0.5pt solid #000000"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:header><text:p text:style-name="HF">{_x(header)}</text:p></style:header>
<style:footer><text:p text:style-name="HF">{_x(footer_prefix)}<text:page-number text:select-page="current">1</text:page-number> (<text:page-count>1</text:page-count>)</text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>'''
    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{'25.5cm' if landscape else '16.8cm'}" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties></style:style>
<text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>
<office:body><office:text>{"".join(blocks_odt(blocks))}</office:text></office:body></office:document-content>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    tmp = tempfile.mkdtemp(prefix="h2b")
    base = os.path.splitext(os.path.basename(out))[0]
    odt = os.path.join(tmp, base + ".odt")
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    run(["soffice", "-env:UserInstallation=" + LOPROF, "--headless", "--convert-to", "pdf", "--outdir", tmp, odt])
    shutil.move(os.path.join(tmp, base + ".pdf"), out)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- post-processing

def scan_pages(pdf, out, seed=1):
    """Render every page of pdf to a grey 150 dpi image with scanner noise; no text layer."""
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="h2b")
    run(["pdftoppm", "-r", "150", "-gray", "-png", pdf, os.path.join(tmp, "p")])
    imgs = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
    outs = []
    for i, f in enumerate(imgs):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 3000):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.randint(120, 200)
        im = im.point(lambda v: 255 if v > 235 else int(v * 0.92))
        fn = os.path.join(tmp, "s%02d.jpg" % i)
        im.save(fn, quality=38, optimize=True)
        outs.append(fn)
    run(["img2pdf", "--pagesize", "A4", "-o", out] + outs)
    shutil.rmtree(tmp)

def unite(parts, out):
    run(["pdfunite"] + parts + [out])

def rotate(pdf, pages, deg=90):
    tmp = pdf + ".tmp.pdf"
    run(["qpdf", pdf, "--rotate=+%d:%s" % (deg, pages), tmp])
    os.replace(tmp, pdf)

def objstreams(pdf):
    tmp = pdf + ".tmp.pdf"
    run(["qpdf", "--recompress-flate", "--compression-level=9", "--object-streams=generate", pdf, tmp])
    os.replace(tmp, pdf)

def npages(pdf):
    r = run(["pdfinfo", pdf]).stdout
    for ln in r.splitlines():
        if ln.startswith("Pages:"):
            return int(ln.split()[1])

def page_texts(pdf):
    n = npages(pdf)
    return [run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"]).stdout for i in range(1, n + 1)]
