# -*- coding: utf-8 -*-
"""Build the check-b case files and truth.json.

usage: /usr/bin/python3 src/build.py [case_id ...]
"""
import importlib, json, os, re, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *

MODULES = ['cases_boras', 'cases_trollhattan', 'cases_lidkoping', 'cases_alingsas']
CODES = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}
CRITS = ['needs_assessment', 'planning', 'follow_up', 'assignment_description']
PRODUCER = {'docx': 'libreoffice-docx', 'html-lo': 'libreoffice-html', 'html-chr': 'chromium',
            'groff': 'groff', 'enscript': 'enscript', 'reportlab': 'reportlab'}


def build_doc(doc, wd):
    base = os.path.join(wd, doc.key)
    r = doc.renderer
    if r == 'docx':
        render_docx(doc, base + '.docx'); lo_convert(base + '.docx', wd)
    elif r == 'html-lo':
        render_html(doc, base + '.html'); lo_convert(base + '.html', wd)
    elif r == 'html-chr':
        render_html(doc, base + '.html', for_chromium=True); chromium_pdf(base + '.html', base + '.pdf')
    elif r == 'groff':
        render_groff(doc, base + '.ms'); groff_pdf(base + '.ms', base + '.pdf')
    elif r == 'enscript':
        render_text(doc, base + '.txt')
        enscript_pdf(base + '.txt', base + '.pdf', header=getattr(doc, 'enscript_header', None),
                     landscape=doc.landscape)
    elif r == 'reportlab':
        doc.rl_fn(base + '.pdf')
    else:
        raise ValueError(r)
    doc.pdf = base + '.pdf'
    doc.pages = pdf_pages(doc.pdf)
    doc.producer = PRODUCER[r]
    scan = getattr(doc, 'scan', [])
    if scan:
        scan_pages(doc.pdf, scan, wd, seed=len(doc.key))
        doc.scanned_pages = list(scan)
    return doc


def make_cover(case, wd, comps):
    """comps: list of (doc, first_page_in_akt)"""
    cv = case['cover']
    rows = [(d.date, d.title, getattr(d, 'author', ''), str(p)) for d, p in comps]
    if cv['renderer'] == 'reportlab':
        path = os.path.join(wd, 'cover.pdf')
        reportlab_cover(path, cv['title_lines'], rows, cv['foot'])
        d = Doc('cover', 'försättsblad', 'cover.pdf', [], renderer='reportlab')
        d.pdf = path; d.pages = pdf_pages(path); d.producer = 'reportlab'
        return d
    blocks = [('title', cv['title_lines'][0])]
    blocks += [('lines', cv['title_lines'][1:])]
    blocks += [('table', ['Datum', 'Dokument', 'Upprättad av', 'Sida'], [list(r) for r in rows],
                [2.4, 7.5, 4.5, 1.4], [11, 36, 22, 5])]
    blocks += [('p', cv['foot'])]
    d = Doc('cover', 'försättsblad', 'cover.pdf', blocks, renderer=cv['renderer'],
            font=cv.get('font', 'Liberation Sans'), size=10)
    if 'enscript_header' in cv:
        d.enscript_header = cv['enscript_header']
    d.scan = []; d.rotate = []
    build_doc(d, wd)
    return d


def build_case(case):
    cid = case['case_id']
    wd = os.path.join(BUILD, cid)
    if os.path.exists(wd):
        shutil.rmtree(wd)
    os.makedirs(wd)
    out = os.path.join(ROOT, 'casefiles', cid)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    docs = case['docs']
    for d in docs:
        build_doc(d, wd)
    finals = []   # (relpath, [(doc, start, end)])
    delivery = case['delivery']
    if delivery in ('separate', 'both'):
        for d in docs:
            if getattr(d, 'akt_only', False):
                continue
            dst = os.path.join(out, d.fname)
            run(['qpdf', '--object-streams=generate', '--recompress-flate', '--compression-level=9', d.pdf, dst])
            finals.append((dst, [(d, 1, d.pages)]))
    if delivery in ('assembled', 'both'):
        akt_docs = [d for d in docs if not getattr(d, 'separate_only', False)]
        # cover page numbers: cover is assumed to be one page
        comps = []; p = 2
        for d in akt_docs:
            comps.append((d, p)); p += d.pages
        cover = make_cover(case, wd, comps)
        assert cover.pages == 1, 'cover must be one page'
        dst = os.path.join(out, case['akt_name'])
        run(['pdfunite', cover.pdf] + [d.pdf for d in akt_docs] + [dst + '.u.pdf'])
        run(['qpdf', '--object-streams=generate', '--recompress-flate', '--compression-level=9', dst + '.u.pdf', dst])
        os.remove(dst + '.u.pdf')
        ranges = [(cover, 1, 1)] + [(d, s, s + d.pages - 1) for d, s in comps]
        finals.append((dst, ranges))
    # rotation of pages (component relative)
    for dst, ranges in finals:
        rot = []
        for d, s, e in ranges:
            for rp in getattr(d, 'rotate', []):
                rot.append(s + rp - 1)
        if rot:
            tmp = dst + '.tmp'
            run(['qpdf', dst, '--rotate=+90:' + ','.join(map(str, rot)), '--', tmp])
            os.replace(tmp, dst)
    case['_finals'] = finals
    return case


def page_cache(path):
    n = pdf_pages(path)
    return [norm(page_text(path, p)) for p in range(1, n + 1)]


def resolve(case):
    finals = case['_finals']
    texts = {dst: page_cache(dst) for dst, _ in finals}
    res = {}
    for crit in CRITS:
        c = case['criteria'][crit]
        ev = {}
        for item in c.get('ev', []):
            key, what = item
            found_any = False
            for dst, ranges in finals:
                for d, s, e in ranges:
                    if d.key != key:
                        continue
                    if isinstance(what, int):
                        pg = [s + what - 1]
                    else:
                        sn = norm(what)
                        pg = [p for p in range(s, e + 1) if sn in texts[dst][p - 1]]
                    if pg:
                        found_any = True
                        ev.setdefault(dst, set()).update(pg)
            if not found_any:
                raise RuntimeError('%s %s: evidence not found: %r' % (case['case_id'], crit, item))
        res[crit] = ev
    return res


def text_layer(doc_ranges):
    scanned = 0; total = 0
    for d, s, e in doc_ranges:
        total += e - s + 1
        scanned += len(getattr(d, 'scanned_pages', []))
    if scanned == 0:
        return 'full'
    return 'none' if scanned == total else 'partial'


def truth_entry(case, ev):
    cid = case['case_id']
    rel = lambda p: os.path.relpath(p, ROOT)
    docs = []
    for dst, ranges in case['_finals']:
        real = [(d, s, e) for d, s, e in ranges]
        if len(real) == 1:
            d = real[0][0]
            lay = list(d.layouts())
            if getattr(d, 'rotate', []): lay.append('rotated-page')
            if getattr(d, 'scanned_pages', []): lay.append('scanned')
            entry = {'file': rel(dst), 'type': d.dtype, 'producer': d.producer + ('+scan' if d.scanned_pages else ''),
                     'pages': pdf_pages(dst), 'layout': ', '.join(lay), 'text_layer': text_layer(real)}
        else:
            lay = ['assembled (pdfunite)', 'cover sheet']
            prods = []
            for d, s, e in real:
                for l in d.layouts():
                    if l not in lay and l != 'plain': lay.append(l)
                if getattr(d, 'rotate', []) and 'rotated-page' not in lay: lay.append('rotated-page')
                if getattr(d, 'scanned_pages', []) and 'scanned' not in lay: lay.append('scanned')
                pr = d.producer + ('+scan' if d.scanned_pages else '')
                if pr not in prods: prods.append(pr)
            entry = {'file': rel(dst), 'type': 'akt (sammanställd)', 'producer': 'pdfunite: ' + ' + '.join(prods),
                     'pages': pdf_pages(dst), 'layout': ', '.join(lay), 'text_layer': text_layer(real),
                     'contains': [{'type': d.dtype, 'title': d.title, 'pages': [s, e], 'producer': d.producer + ('+scan' if d.scanned_pages else '')}
                                  for d, s, e in real]}
        docs.append(entry)
    crit_out = {}
    for crit in CRITS:
        c = case['criteria'][crit]
        lab = c['label']
        evl = [{'file': rel(f), 'pages': sorted(p)} for f, p in sorted(ev[crit].items())]
        if lab in ('nej', 'ej_tillämpligt'):
            assert not evl, (cid, crit, 'evidence for nej/ej')
        else:
            assert evl, (cid, crit, 'no evidence')
        o = {'label': lab, 'code': CODES[lab], 'why': c['why'], 'evidence': evl}
        if crit == 'assignment_description':
            o['elements_present'] = list(c['present'])
            o['elements_missing'] = [x for x in 'abcdefg' if x not in c['present']]
        crit_out[crit] = o
    return {'case_id': cid, 'committee': case['committee'], 'diarienummer': case['dnr'],
            'folder': 'casefiles/' + cid, 'scenario': case.get('scenario', ''),
            'documents': docs, 'criteria': crit_out}


def main(argv):
    cases = []
    for m in MODULES:
        mod = importlib.import_module(m)
        cases += mod.CASES()
    only = set(argv)
    entries = []
    for case in cases:
        if only and case['case_id'] not in only:
            continue
        print('building', case['case_id'], flush=True)
        build_case(case)
        ev = resolve(case)
        entries.append(truth_entry(case, ev))
    if only:
        # merge into an existing truth file
        path = os.path.join(ROOT, 'truth.json')
        if os.path.exists(path):
            old = json.load(open(path, encoding='utf-8'))
            keep = {e['case_id']: e for e in old['cases']}
            for e in entries:
                keep[e['case_id']] = e
            order = [c['case_id'] for c in cases]
            entries = [keep[c] for c in order if c in keep]
    truth = {'schema': 'tillsyn-eval/1', 'split': 'check-b', 'review_date': '2015-10-01',
             'writer_style': 'Mostly one assembled PDF per case (whole akt in date order with a cover sheet), some as separate files; '
                             'capital or numbered headings; follow-ups as "Uppföljning av insats" forms or utvärderingsmöte notes; '
                             'assignments as Beställning / Uppdrag till utförare forms (some e-mails and letters); groff and enscript '
                             'plain-text exports, LibreOffice for the rest; two-column utredningar.',
             'cases': entries}
    with open(os.path.join(ROOT, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print('wrote truth.json with', len(entries), 'cases')


if __name__ == '__main__':
    main(sys.argv[1:])
