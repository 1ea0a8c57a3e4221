#!/usr/bin/python3
"""Build all case files and truth.json.  Usage: /usr/bin/python3 src/build.py [case_id ...]"""
import json, os, re, shutil, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
import render
import cases_a, cases_b, cases_c

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = '/tmp/hold4-a-build'
CF = os.path.join(ROOT, 'casefiles')
LO = ['soffice', '-env:UserInstallation=file:///tmp/lo-profile-hold4-a', '--headless']
CODES = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        raise SystemExit('FAIL %s\n%s\n%s' % (cmd, r.stdout, r.stderr))
    return r.stdout


# further places where the committee's needs assessment is (partly) restated: the assignment's
# needs section and the decision's reasons
EXTRA_NA = {'molndal_SN-2015-0142': ['Skadligt bruk av alkohol med', 'Insatsen bedöms tillgodose hans'], 'molndal_SN-2014-0877': ['Omfattande blandmissbruk (amfetamin', 'Petra har behov av behandling i'], 'kungalv_SOC-2014-311': ['Förvärrat alkohol- och tablett', 'Thomas behöver en skyddad miljö'], 'partille_SN-2015-0415': ['Tungt opioidberoende, bostadslös', 'Daniel har behov av en drogfri'], 'partille_2015-000127': ['Helgdrickande och kokainbruk som'], 'lerum_SOC-2015-58': ['Beroende av alkohol och opioider med'], 'lerum_IFO-2015-0330': ['Bedömning: Peter har ett periodiskt', 'Peter behöver stöd att bryta'], 'kungsbacka_SN-2015-0288': ['Långvarigt alkoholberoende med'], 'kungsbacka_2014-001877': ['Vår bedömning är att Lena är isolerad', 'Lena behöver samtalsstöd kring'], 'stenungsund_SN-2015-0047': ['Blandmissbruk och obehandlad ADHD'], 'stenungsund_2015-000211': ['Ökande bruk av alkohol och'], 'molndal_SN-2015-0390': ['Svårt alkoholberoende med']}


def all_cases():
    out = []
    for m in (cases_a, cases_b, cases_c):
        for name in sorted(n for n in dir(m) if re.match(r'case\d\d$', n)):
            k = getattr(m, name)()
            k['crit']['needs_assessment']['markers'] += EXTRA_NA.get(k['id'], [])
            out.append(k)
    return out


def page_texts(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', run(['pdfinfo', pdf])).group(1))
    return [run(['pdftotext', '-layout', '-f', str(i), '-l', str(i), pdf, '-']) + '\n\x00\n' +
            run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-']) for i in range(1, n + 1)]


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def build(cases):
    os.makedirs(BUILD, exist_ok=True)
    lo_docx, lo_odt, chrom = [], [], []
    for k in cases:
        d_out = os.path.join(CF, k['id'])
        shutil.rmtree(d_out, ignore_errors=True)
        os.makedirs(d_out)
        for d in k['docs']:
            stem = k['id'] + '__' + d['file'][:-4]
            target = os.path.join(d_out, d['file'])
            p = d['producer']
            if p == 'reportlab':
                render.to_reportlab(d, target)
            elif p in ('libreoffice-docx', 'libreoffice-odt'):
                src = os.path.join(BUILD, stem + '.docx')
                render.to_docx(d, src)
                (lo_docx if p == 'libreoffice-docx' else lo_odt).append((src, target))
            elif p == 'chromium':
                src = os.path.join(BUILD, stem + '.html')
                render.to_html(d, src)
                chrom.append((src, target))
    # LibreOffice: docx -> odt first (odt producer), then everything -> pdf, one process at a time
    pdfdir = os.path.join(BUILD, 'pdf'); os.makedirs(pdfdir, exist_ok=True)
    if lo_odt:
        odtdir = os.path.join(BUILD, 'odt'); os.makedirs(odtdir, exist_ok=True)
        run(LO + ['--convert-to', 'odt', '--outdir', odtdir] + [s for s, t in lo_odt])
        lo_odt = [(os.path.join(odtdir, os.path.basename(s)[:-5] + '.odt'), t) for s, t in lo_odt]
    srcs = lo_docx + lo_odt
    if srcs:
        run(LO + ['--convert-to', 'pdf', '--outdir', pdfdir] + [s for s, t in srcs])
        for s, t in srcs:
            shutil.move(os.path.join(pdfdir, os.path.splitext(os.path.basename(s))[0] + '.pdf'), t)
    for s, t in chrom:
        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
             '--disable-background-networking', '--user-data-dir=/tmp/chr-hold4-a', '--no-pdf-header-footer',
             '--print-to-pdf=' + t, 'file://' + s])
        # lossless restructuring (object streams) to keep the set small; content and producer unchanged
        run(['qpdf', '--warning-exit-0', '--object-streams=generate', '--compression-level=9', '--recompress-flate', t, t + '.tmp'])
        os.replace(t + '.tmp', t)
    # post-processing
    for k in cases:
        d_out = os.path.join(CF, k['id'])
        for op in k.get('post', []):
            if op[0] == 'scan':   # ('scan', file, [pages])
                f = os.path.join(d_out, op[1])
                scan_pages(f, op[2])
            elif op[0] == 'rotate':
                f = os.path.join(d_out, op[1])
                run(['qpdf', '--warning-exit-0', f, '--rotate=+90:%d' % op[2], f + '.tmp'])
                os.replace(f + '.tmp', f)
            elif op[0] == 'rotate_marker':
                f = os.path.join(d_out, op[1])
                pg = [i + 1 for i, t in enumerate(page_texts(f)) if norm(op[2]) in norm(t)][0]
                run(['qpdf', '--warning-exit-0', f, '--rotate=+90:%d' % pg, f + '.tmp'])
                os.replace(f + '.tmp', f)
            elif op[0] == 'unite':
                run(['pdfunite'] + [os.path.join(d_out, x) for x in op[2]] + [os.path.join(d_out, op[1])])
                for x in op[3] if len(op) > 3 else []:
                    os.remove(os.path.join(d_out, x))


def scan_pages(f, pages):
    from PIL import Image, ImageFilter
    import random
    rnd = random.Random(f)
    tmp = os.path.join(BUILD, 'scan'); shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    n = len(page_texts(f))
    parts = []
    for i in range(1, n + 1):
        if i in pages:
            base = os.path.join(tmp, 'p%d' % i)
            run(['pdftoppm', '-gray', '-r', '150', '-f', str(i), '-l', str(i), '-singlefile', '-png', f, base])
            im = Image.open(base + '.png').convert('L')
            im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=250)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            px = im.load()
            for _ in range(2500):
                x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
                px[x, y] = rnd.choice((90, 160, 200))
            im.save(base + '.png', optimize=True)
            run(['img2pdf', '--pagesize', 'A4', '-o', base + '.pdf', base + '.png'])
            parts.append(base + '.pdf')
        else:
            out = os.path.join(tmp, 't%d.pdf' % i)
            run(['qpdf', '--warning-exit-0', f, '--pages', f, str(i), '--', out])
            parts.append(out)
    run(['pdfunite'] + parts + [f + '.tmp'])
    os.replace(f + '.tmp', f)


MISSING = []


def truth(cases):
    out = []
    for k in cases:
        d_out = os.path.join(CF, k['id'])
        rel = 'casefiles/' + k['id']
        pdfs = sorted(os.path.basename(p) for p in glob.glob(d_out + '/*.pdf'))
        texts = {f: page_texts(os.path.join(d_out, f)) for f in pdfs}
        meta = {d['file']: d for d in k['docs']}
        docs = []
        for f in pdfs:
            tl = texts[f]
            has = [bool(norm(t.replace('\x00', ''))) for t in tl]
            layer = 'full' if all(has) else ('none' if not any(has) else 'partial')
            if f in meta:
                d = meta[f]
                typ, prod = d['type'], d['producer']
                lay = d.get('layout') or ('landscape' if d.get('landscape') else
                                          'two-column' if any(b[0] == 'cols' for b in d['blocks']) else 'portrait')
                if not all(has):
                    lay += '+scanned'
                    prod += '+scan(pdftoppm/img2pdf)'
                for op in k.get('post', []):
                    if op[0] in ('rotate', 'rotate_marker') and op[1] == f:
                        lay += '+rotated-page'
            else:
                op = [o for o in k['post'] if o[0] == 'unite' and o[1] == f][0]
                typ = 'akt (sammanställd: %s)' % ', '.join(meta[x]['type'] for x in op[2])
                prod = '+'.join(sorted(set(meta[x]['producer'] for x in op[2]))) + '+pdfunite'
                lay = 'assembled'
                if any(o[0] in ('rotate', 'rotate_marker') and o[1] == f for o in k['post']):
                    lay += '+rotated-page'
                if any(o[1] == 'landscape' for o in [(x, meta[x].get('landscape') and 'landscape') for x in op[2]]):
                    lay += '+landscape-pages'
            docs.append(dict(file=rel + '/' + f, type=typ, producer=prod, pages=len(tl), layout=lay, text_layer=layer))
        crit = {}
        for name in ('needs_assessment', 'planning', 'follow_up', 'assignment_description'):
            cr = k['crit'][name]
            ev = {}
            for m in cr['markers']:
                found = False
                for f in pdfs:
                    for i, t in enumerate(texts[f]):
                        if norm(m) in norm(t):
                            ev.setdefault(f, set()).add(i + 1); found = True
                if not found:
                    print('MISSING marker %s/%s: %s' % (k['id'], name, m)); MISSING.append(m)
            for f, p in cr['pages']:
                ev.setdefault(f, set()).add(p)
            if cr['label'] in ('nej', 'ej_tillämpligt'):
                assert not ev, (k['id'], name)
            elif not ev:
                print('NO EVIDENCE', k['id'], name)
            e = dict(label=cr['label'], code=CODES[cr['label']], why=cr['why'],
                     evidence=[dict(file=rel + '/' + f, pages=sorted(ev[f])) for f in sorted(ev)])
            if name == 'assignment_description':
                e['elements_present'] = cr['elements_present']
                e['elements_missing'] = cr['elements_missing']
                assert sorted(cr['elements_present'] + cr['elements_missing']) == list('abcdefg'), k['id']
                assert (cr['label'] == 'ja') == (not cr['elements_missing'])
            crit[name] = e
        out.append(dict(case_id=k['id'], committee=k['c']['kommun'], diarienummer=k['c']['dnr'], folder=rel,
                        scenario=k['scenario'], documents=docs, criteria=crit))
    return out


if __name__ == '__main__':
    cases = all_cases()
    ids = [k['id'] for k in cases]
    assert len(set(ids)) == len(ids)
    sel = [a for a in sys.argv[1:] if not a.startswith('--')]
    todo = [k for k in cases if not sel or k['id'] in sel]
    if '--truth-only' not in sys.argv:
        build(todo)
    t = dict(schema='tillsyn-eval/1', split='hold4-a', review_date='2015-10-01',
             writer_style='West-Sweden office on a modern system, ICF-inspired utredningar (Kroppsfunktioner / Aktivitet och '
                          'delaktighet / Omgivningsfaktorer) ending in Utredarens värdering / Sammanvägd bedömning / Förslag till '
                          'beslut med motivering; Delegationsbeslut with decision-code tables; Genomförandeplan tables (Vad ska '
                          'uppnås? ...) or Handlingsplan text; Uppdrag enligt ramavtal with Bilaga 1: Beställning, often via Säker '
                          'e-post; version + OSL classification headers.',
             cases=truth(cases))
    json.dump(t, open(os.path.join(ROOT, 'truth.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('ok', len(t['cases']), 'missing markers:', len(MISSING))
