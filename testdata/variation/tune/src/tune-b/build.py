#!/usr/bin/python3
"""Build the tune-b case files and truth.json.  Usage: /usr/bin/python3 src/build.py [case_id ...]"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
BUILD = '/tmp/tune-b-build'
LO_PROFILE = 'file:///tmp/lo-profile-tune-b'
CHR_PROFILE = '/tmp/chr-tune-b'
REVIEW = '2015-10-01'

import htmldocs  # noqa: E402

CODE = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}
PRODUCER = {'odt': 'libreoffice-odt', 'email': 'chromium-html', 'journal': 'chromium-html',
            'html': 'chromium-html', 'rl': 'reportlab', 'enscript': 'enscript-ghostscript'}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s\n%s\n%s' % (cmd, r.stdout, r.stderr))
    return r.stdout


def fix_dates(path, date):
    """Replace creation/modification timestamps (build time) by the document's own date (same length)."""
    data = open(path, 'rb').read()
    y, m, d = date.split('-')
    stamp = ('%s%s%s1%d%02d00' % (y, m, d, 3 + (int(d) % 3), (int(d) * 7) % 60)).encode()
    data = re.sub(rb'D:\d{14}', b'D:' + stamp, data)
    iso = ('%s-%s-%sT1%d:%02d:00' % (y, m, d, 3 + (int(d) % 3), (int(d) * 7) % 60)).encode()
    data = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d', iso, data)
    open(path, 'wb').write(data)


def npages(path):
    out = run(['pdfinfo', path])
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def page_texts(path):
    res = []
    for i in range(1, npages(path) + 1):
        t = run(['pdftotext', '-f', str(i), '-l', str(i), path, '-'])
        t2 = run(['pdftotext', '-layout', '-f', str(i), '-l', str(i), path, '-'])
        res.append((norm(t), norm(t2)))
    return res


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00ad', '')).strip().lower()


def find_page(texts, phrase, after=0):
    p = norm(phrase)
    hits = [i + 1 for i, (a, b) in enumerate(texts) if (p in a or p in b) and i + 1 >= after]
    if not hits:
        raise KeyError('phrase not found: %r' % phrase)
    return hits[0]


def scan_pages(src, dst, pages, workdir, seed=0):
    """Replace the given 1-based pages of src by grey-scale 150 dpi raster images (no text layer)."""
    n = npages(src)
    parts = []
    for i in range(1, n + 1):
        if i in pages:
            base = os.path.join(workdir, 'scan%d' % i)
            run(['pdftoppm', '-r', '150', '-gray', '-f', str(i), '-l', str(i), '-singlefile', src, base])
            angle = ['0.45', '-0.35', '0.6', '-0.5'][(seed + i) % 4]
            run(['convert', base + '.pgm', '-background', 'white', '-rotate', angle,
                 '-gravity', 'center', '-extent', '1240x1754', '-level', '4%,92%',
                 '-attenuate', '0.25', '+noise', 'Gaussian', '-blur', '0x0.4', '-colorspace', 'Gray',
                 '-posterize', '16', '-depth', '8', '-quality', '40', base + '.jpg'])
            run(['img2pdf', '--imgsize', '150dpi', '-o', base + '.pdf', base + '.jpg'])
            parts.append(base + '.pdf')
        else:
            pth = os.path.join(workdir, 'pg%d.pdf' % i)
            run(['qpdf', src, '--pages', src, str(i), '--', pth])
            parts.append(pth)
    run(['pdfunite'] + parts + [dst])


class D:
    def __init__(self, name, dtype, date, layout='portrait', odt=None, email=None, journal=None,
                 html=None, rl=None, text=None, enscript_header=None, scan=None, producer=None):
        self.name, self.type, self.date, self.layout = name, dtype, date, layout
        self.odt, self.email, self.journal, self.html, self.rl = odt, email, journal, html, rl
        self.text, self.enscript_header, self.scan = text, enscript_header, scan or []
        self.kind = ('odt' if odt else 'email' if email else 'journal' if journal else 'html' if html
                     else 'rl' if rl else 'enscript')
        self.producer = producer or PRODUCER[self.kind]


class Case:
    def __init__(self, cid, committee, dnr, scenario, docs, crit, assembled=None, keep_parts=True):
        self.cid, self.committee, self.dnr, self.scenario = cid, committee, dnr, scenario
        self.docs, self.crit = docs, crit
        self.assembled = assembled  # (filename, [doc names])
        self.keep_parts = keep_parts


def build_case(c):
    wd = os.path.join(BUILD, c.cid)
    shutil.rmtree(wd, ignore_errors=True)
    os.makedirs(wd)
    out = os.path.join(ROOT, 'casefiles', c.cid)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    odts = []
    for d in c.docs:
        pdf = os.path.join(wd, d.name + '.pdf')
        if d.kind == 'odt':
            d.odt.save(os.path.join(wd, d.name + '.odt'), d.date)
            odts.append(os.path.join(wd, d.name + '.odt'))
        elif d.kind in ('email', 'journal', 'html'):
            if d.kind == 'email':
                h = htmldocs.email_html(d.email)
            elif d.kind == 'journal':
                h = htmldocs.journal_html(*d.journal)
            else:
                h = d.html
            import fonts
            h = fonts.map_names(h).replace('<style>', '<style>' + fonts.css() + '\n', 1)
            hp = os.path.join(wd, d.name + '.html')
            open(hp, 'w', encoding='utf-8').write(h)
            run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                 '--disable-background-networking', '--user-data-dir=' + CHR_PROFILE,
                 '--no-pdf-header-footer', '--disable-pdf-tagging', '--print-to-pdf=' + pdf, 'file://' + hp])
        elif d.kind == 'rl':
            d.rl(pdf)
        else:
            tp = os.path.join(wd, d.name + '.txt')
            open(tp, 'w', encoding='latin-1').write(d.text)
            run(['enscript', '-q', '-X', 'latin1', '-f', 'Courier10', '--margins=60:50:40:40',
                 ('--header=' + d.enscript_header).encode('latin-1'), '-o', os.path.join(wd, d.name + '.ps'), tp])
            run(['ps2pdf', '-sPAPERSIZE=a4', os.path.join(wd, d.name + '.ps'), pdf])
    if odts:
        run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', 'pdf',
             '--outdir', wd] + odts)
    shadow, final = {}, {}
    for k, d in enumerate(c.docs):
        pdf = os.path.join(wd, d.name + '.pdf')
        fix_dates(pdf, d.date)
        shadow[d.name] = pdf
        if d.scan:
            fp = os.path.join(wd, d.name + '.scanned.pdf')
            sd = os.path.join(wd, 'scan_' + d.name)
            os.makedirs(sd)
            scan_pages(pdf, fp, d.scan, sd, seed=k)
            fix_dates(fp, d.date)
            final[d.name] = fp
        else:
            final[d.name] = pdf
    files = []  # (relfile, [(docname, offset)], meta)
    docmap = {d.name: d for d in c.docs}
    if c.keep_parts:
        for d in c.docs:
            dst = os.path.join(out, d.name + '.pdf')
            shutil.copy(final[d.name], dst)
            n = npages(dst)
            files.append(('casefiles/%s/%s.pdf' % (c.cid, d.name), [(d.name, 0, n)], dict(
                type=d.type, producer=d.producer, pages=n, layout=d.layout,
                text_layer='none' if len(d.scan) == n else ('partial' if d.scan else 'full'))))
    if c.assembled:
        fname, names = c.assembled
        dst = os.path.join(out, fname)
        run(['pdfunite'] + [final[n] for n in names] + [dst])
        fix_dates(dst, max(docmap[n].date for n in names))
        comp, off, scanned = [], 0, 0
        for n in names:
            k = npages(final[n])
            comp.append((n, off, k))
            off += k
            scanned += len(docmap[n].scan)
        prods = []
        for n in names:
            if docmap[n].producer not in prods:
                prods.append(docmap[n].producer)
        lays = []
        for n in names:
            for l in docmap[n].layout.split('+'):
                if l not in lays:
                    lays.append(l)
        files.append(('casefiles/%s/%s' % (c.cid, fname), comp, dict(
            type='akt (sammanställd: %s)' % ', '.join(docmap[n].type for n in names),
            producer='pdfunite(%s)' % ', '.join(prods), pages=off,
            layout='assembled+' + '+'.join(lays),
            text_layer='none' if scanned == off else ('partial' if scanned else 'full'))))
    return shadow, files


def resolve(c, shadow, files, texts_cache):
    """anchors -> evidence list [{'file', 'pages'}] over the output files."""
    crit_out = {}
    for key in ('needs_assessment', 'planning', 'follow_up', 'assignment_description'):
        spec = c.crit[key]
        label, why, anchors = spec[0], spec[1], spec[2]
        docpages = {}
        for a in anchors:
            doc, start = a[0], a[1]
            end = a[2] if len(a) > 2 else None
            if doc not in texts_cache:
                texts_cache[doc] = page_texts(shadow[doc])
            t = texts_cache[doc]
            p1 = find_page(t, start)
            p2 = find_page(t, end, after=p1) if end else p1
            docpages.setdefault(doc, set()).update(range(p1, p2 + 1))
        ev = []
        for rel, comp, meta in files:
            pages = set()
            for name, off, n in comp:
                for p in docpages.get(name, ()):
                    pages.add(off + p)
            if pages:
                ev.append({'file': rel, 'pages': sorted(pages)})
        if label in ('nej', 'ej_tillämpligt'):
            assert not anchors, (c.cid, key)
        else:
            assert ev, (c.cid, key)
        entry = {'label': label, 'code': CODE[label], 'why': why, 'evidence': ev}
        if key == 'assignment_description':
            entry['elements_present'] = spec[3]
            entry['elements_missing'] = [x for x in 'abcdefg' if x not in spec[3]]
        crit_out[key] = entry
    return crit_out


def check_text(c, files):
    """No date after the review date in any text layer; report scanned pages without text."""
    for rel, comp, meta in files:
        path = os.path.join(ROOT, rel)
        txt = run(['pdftotext', path, '-'])
        for m in re.finditer(r'\b(20\d\d)-(\d\d)-(\d\d)\b', txt):
            if m.group(0) > REVIEW:
                raise ValueError('%s: date after review: %s' % (rel, m.group(0)))


def main():
    import cases
    only = sys.argv[1:]
    os.makedirs(BUILD, exist_ok=True)
    truth_path = os.path.join(ROOT, 'truth.json')
    old = {}
    if only and os.path.exists(truth_path):
        old = {x['case_id']: x for x in json.load(open(truth_path))['cases']}
    out_cases = []
    for c in cases.ALL:
        if only and c.cid not in only:
            if c.cid in old:
                out_cases.append(old[c.cid])
            continue
        print('building', c.cid, flush=True)
        shadow, files = build_case(c)
        check_text(c, files)
        crit = resolve(c, shadow, files, {})
        out_cases.append({
            'case_id': c.cid, 'committee': c.committee, 'diarienummer': c.dnr, 'folder': 'casefiles/' + c.cid,
            'scenario': c.scenario,
            'documents': [dict(file=rel, **meta) for rel, comp, meta in files],
            'criteria': crit})
    truth = {'schema': 'tillsyn-eval/1', 'split': 'tune-b', 'review_date': REVIEW,
             'writer_style': cases.STYLE, 'cases': out_cases}
    with open(truth_path, 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print('wrote', truth_path, len(out_cases), 'cases')


if __name__ == '__main__':
    main()
