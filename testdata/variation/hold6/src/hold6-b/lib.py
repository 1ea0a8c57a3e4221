# Helpers: Lifecare-like HTML pages, rendered with Chromium --print-to-pdf.
import html, os, subprocess, tempfile, shutil, glob

TMP = "/tmp/hold6-b-build"
os.makedirs(TMP, exist_ok=True)


def luhn_pnr(ymd, nnn):
    """ymd 'YYYYMMDD', nnn three digits -> YYYYMMDD-NNNC."""
    s = ymd[2:] + nnn
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    c = (10 - tot % 10) % 10
    return f"{ymd}-{nnn}{c}"


def e(s):
    return html.escape(s)


def paras(text):
    """Plain text with blank-line paragraphs -> <p>."""
    out = []
    for p in text.strip().split("\n\n"):
        out.append("<p>" + e(" ".join(x.strip() for x in p.splitlines())) + "</p>")
    return "\n".join(out)


CSS_BASE = """
@page { size: A4 %(orient)s; margin: 14mm 13mm 16mm 13mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; color:#111; }
.prt { font-size:7pt; color:#555; display:flex; justify-content:space-between; border-bottom:1px solid #bbb; margin-bottom:4px;}
.bar { background:#2d5f8a; color:#fff; padding:4px 8px; font-size:9pt; display:flex; justify-content:space-between;}
.bar b { font-size:10.5pt; }
.crumb { background:#e4edf5; padding:3px 8px; font-size:8pt; border-bottom:1px solid #9bb; margin-bottom:8px;}
.wrap { display:flex; gap:10px; align-items:flex-start; }
.side { width:32%%; flex:none; border:1px solid #8aa; background:#f3f7fa; font-size:8.2pt; }
.side h4 { margin:0; padding:3px 5px; background:#c9d9e6; font-size:8.4pt; }
.side table { width:100%%; border-collapse:collapse; }
.side td { padding:2px 5px; vertical-align:top; border-top:1px solid #dde; }
.side td.k { color:#345; width:42%%; }
.main { flex:1; }
h1 { font-size:13pt; margin:2px 0 6px 0; color:#1d3f5c; }
h2 { font-size:10.5pt; margin:10px 0 3px 0; color:#1d3f5c; border-bottom:1px solid #cdd; }
h3 { font-size:9.8pt; margin:8px 0 2px 0; }
p { margin:3px 0 5px 0; line-height:1.32; }
table.grid { width:100%%; border-collapse:collapse; margin:4px 0 8px 0; font-size:8.6pt;}
table.grid th { background:#dfe8ef; border:1px solid #889; padding:3px; text-align:left; }
table.grid td { border:1px solid #889; padding:3px; vertical-align:top; }
.note { border:1px solid #aab; margin:0 0 7px 0; display:flex; page-break-inside:avoid; }
.note .nm { width:27%%; flex:none; background:#eef3f7; font-size:8pt; padding:4px; border-right:1px solid #aab;}
.note .nm div { margin-bottom:2px; }
.note .nt { flex:1; padding:4px 6px; }
.sig { margin-top:18px; }
.small { font-size:8pt; color:#444; }
.cb { font-family:'DejaVu Sans'; }
.empty { color:#999; font-style:italic; }
.fld { border:1px solid #99a; min-height:14px; padding:3px; margin-bottom:4px; }
.lbl { font-size:8pt; color:#345; margin-top:5px; }
.foot { position:fixed; bottom:-10mm; left:0; right:0; font-size:7pt; color:#666; text-align:center;}
"""


def page(title, body, kommun, printed, url, landscape=False, chrome=True, extra_css=""):
    css = CSS_BASE % {"orient": "landscape" if landscape else "portrait"} + extra_css
    head = ""
    if chrome:
        head = (f'<div class="prt"><span>{e(printed)}</span><span>{e(url)}</span><span>{e(title)}</span></div>'
                f'<div class="bar"><span><b>Lifecare</b> &nbsp;Individ- och familjeomsorg</span>'
                f'<span>{e(kommun)} kommun &middot; Socialtjänsten</span></div>')
    foot = ""
    return (f"<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>{e(title)}</title>"
            f"<style>{css}</style></head><body>{head}{body}{foot}</body></html>")


def side(title, rows):
    r = "".join(f"<tr><td class='k'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows)
    return f"<div class='side'><h4>{e(title)}</h4><table>{r}</table></div>"


def grid(headers, rows, widths=None):
    h = "".join(f"<th{(' style=width:'+widths[i]) if widths else ''}>{e(x)}</th>" for i, x in enumerate(headers))
    body = ""
    for r in rows:
        body += "<tr>" + "".join(f"<td>{c if isinstance(c, Raw) else e(c)}</td>" for c in r) + "</tr>"
    return f"<table class='grid'><tr>{h}</tr>{body}</table>"


class Raw(str):
    pass


def cb(on):
    return Raw(f"<span class='cb'>{'☒' if on else '☐'}</span>")


def journal(notes):
    """notes: list of dict(datum, handelse, rubrik, sign, text). Newest first."""
    notes = sorted(notes, key=lambda n: n["datum"], reverse=True)
    out = []
    for n in notes:
        meta = (f"<div><b>{e(n['datum'])}</b></div><div>Händelse: {e(n['handelse'])}</div>"
                f"<div>Rubrik: {e(n.get('rubrik',''))}</div><div>Sign: {e(n['sign'])}</div>"
                f"<div>Reg: {e(n.get('reg', n['datum']))}</div>")
        out.append(f"<div class='note'><div class='nm'>{meta}</div><div class='nt'>{paras(n['text'])}</div></div>")
    return "\n".join(out)


def render(html_text, out_pdf):
    os.makedirs(os.path.dirname(out_pdf), exist_ok=True)
    fd, hp = tempfile.mkstemp(suffix=".html", dir=TMP)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(html_text)
    for attempt in range(4):
        r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--no-pdf-header-footer", f"--user-data-dir={TMP}/chr",
                            f"--print-to-pdf={out_pdf}", "file://" + hp],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode == 0 and os.path.exists(out_pdf) and os.path.getsize(out_pdf) > 1000:
            break
    else:
        raise RuntimeError("chromium failed for " + out_pdf)
    os.remove(hp)


def scanify(pdf):
    """Replace pdf by image-only version (150 dpi grey JPEG q60)."""
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-jpeg", "-jpegopt", "quality=60",
                    pdf, d + "/p"], check=True)
    imgs = sorted(glob.glob(d + "/p*.jpg"))
    subprocess.run(["img2pdf", "-o", pdf] + imgs, check=True)
    shutil.rmtree(d)


def unite(parts, out):
    subprocess.run(["pdfunite"] + parts + [out], check=True)


def compact(pdf):
    """Re-write through ghostscript pdfwrite (keeps text layer, ~30% smaller)."""
    tmp = pdf + ".gs.pdf"
    subprocess.run(["gs", "-q", "-o", tmp, "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", pdf], check=True)
    os.replace(tmp, pdf)
