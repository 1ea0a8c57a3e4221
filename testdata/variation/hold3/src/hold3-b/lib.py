"""Helpers to render legacy-style case documents (hold3-b)."""
import os, subprocess, textwrap, random, tempfile, shutil, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TMP = '/tmp/h3b-build'
os.makedirs(TMP, exist_ok=True)
LO_PROFILE = 'file:///tmp/lo-profile-hold3-b'
CHR_PROFILE = '/tmp/chr-hold3-b'

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s %s' % (cmd[0], r.stdout, r.stderr))
    return r

def wrap(text, width):
    out = []
    for line in text.split('\n'):
        if len(line) > width and line.strip() and set(line.strip()) <= set('=-'):
            line = line[:width]
        if line.startswith('\f'):
            out.append('\f'); line = line[1:]
            if not line:
                continue
        if len(line) <= width:
            out.append(line); continue
        m = re.match(r'^(\s*(?:[-*o] |\d+\. |\S+\s{2,}\S+\s{2,}|[A-ZÅÄÖ/ ]+:\s+)?)', line)
        lead = len(m.group(1)) if m else 0
        if lead > width // 2:
            lead = len(line) - len(line.lstrip())
        ind = ' ' * lead
        w = textwrap.wrap(line, width=width, subsequent_indent=ind, break_long_words=True)
        out.extend(w)
    return '\n'.join(out).replace('\n\f\n', '\n\f')

def enscript_pdf(text, out, header=None, cols=1, landscape=False, font='Courier10', width=None):
    if width is None:
        width = 80 if not landscape else 118
    body = wrap(text.strip('\n') + '\n', width)
    name = os.path.basename(out)
    txt = os.path.join(TMP, name + '.txt'); ps = os.path.join(TMP, name + '.ps')
    with open(txt, 'wb') as f:
        f.write(body.encode('latin-1'))
    cmd = ['enscript', '-q', '-X', 'latin1', '-M', 'A4', '-f', font, '-p', ps]
    if header:
        cmd += [('--header=' + header).encode('latin-1')]
    else:
        cmd += ['-B']
    if cols == 2:
        cmd += ['-2']
    if landscape:
        cmd += ['-r']
    cmd += [txt]
    r = subprocess.run(cmd, capture_output=True)
    if r.returncode: raise RuntimeError(r.stderr)
    run(['ps2pdf', '-sPAPERSIZE=a4', ps, out])

def groff_pdf(text, out, left='', center='', right='Sida %'):
    lines = []
    for l in text.strip('\n').split('\n'):
        if l.startswith('\f'):
            lines.append('.bp'); l = l[1:]
            if not l:
                continue
        l = l.replace('\\', '\\e')
        if l.startswith('.') or l.startswith("'"):
            l = '\\&' + l
        lines.append(l if l else '')
    roff = ['.pl 29.7c', '.ll 16.5c', '.po 2.2c', '.ps 10', '.vs 12p', '.ft CR',
            '.de HD', "'sp 1.2c", ".tl '%s'%s'%s'" % (left, center, right), "'sp 0.8c", '..',
            '.de FO', "'bp", '..', '.wh 0 HD', '.wh -2.2c FO', '.nf']
    src = os.path.join(TMP, os.path.basename(out) + '.roff')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(roff + [wrap(x, 78) for x in lines]) + '\n')
    ps = src + '.ps'
    with open(ps, 'wb') as f:
        r = subprocess.run(['groff', '-K', 'utf8', '-Tps', '-P-pa4', src], capture_output=True)
        if r.returncode: raise RuntimeError(r.stderr)
        f.write(r.stdout)
    run(['ps2pdf', '-sPAPERSIZE=a4', ps, out])

def scan_pdf(pages, out, seed=1, faxhead=None):
    """pages: list of text pages. Rendered to grey 150 dpi images -> img2pdf (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    font = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', 21)
    bold = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf', 21)
    small = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', 16)
    imgs = []
    for i, p in enumerate(pages):
        img = Image.new('L', (1240, 1754), 255)
        d = ImageDraw.Draw(img)
        if faxhead:
            d.text((60, 28), faxhead % {'p': i + 1, 'n': len(pages)}, font=small, fill=40)
        y = 110
        for line in wrap(p, 80).split('\n'):
            f = bold if (line.strip() and line.strip() == line.strip().upper() and any(c.isalpha() for c in line)) else font
            d.text((95, y), line, font=f, fill=rnd.randint(15, 45))
            y += 29
        for _ in range(400):
            x, yy = rnd.randint(0, 1239), rnd.randint(0, 1753)
            d.point((x, yy), fill=rnd.randint(90, 190))
        img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        fn = os.path.join(TMP, '%s_%d.jpg' % (os.path.basename(out), i))
        img.save(fn, 'JPEG', quality=35)
        imgs.append(fn)
    run(['img2pdf', '--pagesize', 'A4', '-o', out] + imgs)

def lo_docx(docx_path, out):
    outdir = os.path.join(TMP, 'lo'); os.makedirs(outdir, exist_ok=True)
    run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', 'pdf',
         '--outdir', outdir, docx_path], timeout=240)
    shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf'), out)

def chromium_html(html, out):
    fn = os.path.join(TMP, os.path.basename(out) + '.html')
    with open(fn, 'w', encoding='utf-8') as f:
        f.write(html)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--user-data-dir=' + CHR_PROFILE,
         '--no-pdf-header-footer', '--print-to-pdf=' + out, 'file://' + fn], timeout=240)

def unite(parts, out):
    run(['pdfunite'] + parts + [out])

def rotate(pdf, pages_spec):
    tmp = pdf + '.rot.pdf'
    run(['qpdf', '--rotate=+90:' + pages_spec, pdf, tmp])
    os.replace(tmp, pdf)

def npages(pdf):
    r = run(['pdfinfo', pdf])
    return int(re.search(r'Pages:\s+(\d+)', r.stdout).group(1))

def page_text(pdf, n):
    r = run(['pdftotext', '-f', str(n), '-l', str(n), pdf, '-'])
    return ' '.join(r.stdout.split())

def find_pages(pdf, marker):
    m = ' '.join(marker.split())
    return [n for n in range(1, npages(pdf) + 1) if m.lower() in page_text(pdf, n).lower()]

def journal(entries, width=80):
    """entries: (date, sign, text) -> 'DATUM  SIGN  TEXT' columns."""
    out = ['DATUM   SIGN  TEXT', '-' * 78]
    for d, s, t in entries:
        first = True
        for para in t.split('\n'):
            ws = textwrap.wrap(para, width=width - 14) or ['']
            for w in ws:
                if first:
                    out.append('%-7s %-5s %s' % (d, s, w)); first = False
                else:
                    out.append(' ' * 14 + w)
        out.append('')
    return '\n'.join(out)
