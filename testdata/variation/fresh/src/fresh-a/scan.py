"""Turn pages into 'scanned' raster pages: grey-scale 150 dpi, slightly skewed, noisy, no text layer."""
import os, random, subprocess
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps


def _degrade(img, rnd, stamp=None, signature=None):
    img = img.convert("L")
    # copier look: off-white paper, darker toner
    img = img.point(lambda v: 246 if v > 200 else (int(v * 0.9) if v > 128 else int(v * 0.55)))
    d = ImageDraw.Draw(img)
    if stamp:
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 22)
        x, y = img.width - 470, 130
        d.rectangle([x, y, x + 400, y + 40 + 30 * len(stamp)], outline=70, width=4)
        for i, line in enumerate(stamp):
            d.text((x + 18, y + 18 + 30 * i), line, fill=70, font=f)
    if signature:
        for (sx, sy) in signature:
            pts = []
            x = sx
            for i in range(40):
                x += rnd.randint(4, 9)
                pts.append((x, sy + rnd.randint(-18, 18)))
            d.line(pts, fill=40, width=3)
    img = img.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=246)
    d = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        r = rnd.choice([1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rnd.randint(60, 140))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def _locate(pdf, page, words):
    """Pixel positions (150 dpi) just above the last occurrence of each word on the page."""
    import re
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', out)
    pos = []
    k = 150 / 72.0
    for w in words:
        hits = [(float(x), float(y)) for x, y, t in boxes if t == w]
        if hits:
            x, y = hits[-1]
            pos.append((int(x * k), int(y * k) - 22))
    return pos


def scan_pages(pdf, pages, workdir, seed=1, stamp=None, signature=None):
    rnd = random.Random(seed)
    n = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    parts = []
    for p in range(1, n + 1):
        if p in pages:
            base = os.path.join(workdir, "scan_p%d" % p)
            subprocess.run(["pdftoppm", "-f", str(p), "-l", str(p), "-r", "150", "-gray", "-png", "-singlefile", pdf, base], check=True)
            img = Image.open(base + ".png")
            sig = signature if p == pages[-1] else None
            if sig and isinstance(sig[0], str):
                sig = _locate(pdf, p, sig)
            img = _degrade(img, rnd, stamp if p == pages[0] else None, sig)
            jpg = base + ".jpg"
            img.save(jpg, "JPEG", quality=40, dpi=(150, 150))
            out = base + ".pdf"
            subprocess.run(["img2pdf", "--pagesize", "A4", "-o", out, jpg], check=True)
            parts.append((out, 1))
        else:
            parts.append((pdf, p))
    args = ["qpdf", "--warning-exit-0", "--empty", "--pages"]
    for f, p in parts:
        args += [f, str(p)]
    tmp = pdf + ".scan.pdf"
    subprocess.run(args + ["--", tmp], check=True)
    os.replace(tmp, pdf)
