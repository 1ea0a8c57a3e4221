# Build all hold6-a cases and truth.json.  Run: /usr/bin/python3 src/build.py  (from the hold6-a folder)
import os, sys, json, shutil, subprocess, tempfile, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
from lib import build, page_texts, npages, scan, html_pdf, lo_pdf, blocks_html
import cases_a, cases_b

CODE = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}


def ascii_low(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return s.replace(' ', '-')


def norm(s):
    return re.sub(r'\s+', ' ', s)


def main():
    out = os.path.join(ROOT, 'casefiles')
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    td = tempfile.mkdtemp(prefix='h6a-')
    truth_cases = []
    for case in cases_a.ALL_A + cases_b.ALL_B:
        c = case['c']
        cid = '%s_%s' % (ascii_low(c['kommun']), c['dnr'].replace('/', '-').replace(' ', '-'))
        folder = os.path.join(out, cid)
        os.makedirs(folder)
        texts = {}
        docs = []
        for d in case['docs']:
            parts_out = []
            ptexts = []
            layouts = set()
            scanned_pages = []
            rotated = []
            producers = set()
            pno = 0
            for i, p in enumerate(d['parts']):
                src = os.path.join(td, '%s_%s_%d.pdf' % (cid, d['file'], i))
                o = dict(p['opts'])
                if p.get('lo'):
                    lo_pdf(blocks_html(p['blocks'], p['head'], p['foot']), src)
                    producers.add('libreoffice')
                elif p.get('html'):
                    html_pdf(p['html'], src)
                    producers.add('chromium')
                else:
                    build(src, p['blocks'], p['head'], foot=p['foot'], **o)
                    producers.add('reportlab')
                t = page_texts(src)
                ptexts += t
                n = len(t)
                layouts.add('landscape' if o.get('land') else 'portrait')
                if o.get('rotate'):
                    rotated += [pno + r for r in o['rotate'] if r <= n]
                if p['scan']:
                    dst = src.replace('.pdf', '_scan.pdf')
                    scan(src, dst)
                    src = dst
                    scanned_pages += list(range(pno + 1, pno + n + 1))
                pno += n
                parts_out.append((src, n, p['head'][0].split('·')[-1].strip()))
            fpath = os.path.join(folder, d['file'])
            if len(parts_out) == 1:
                shutil.copy(parts_out[0][0], fpath)
            else:
                subprocess.run(['pdfunite'] + [x[0] for x in parts_out] + [fpath], check=True)
            total = npages(fpath)
            assert total == pno, (fpath, total, pno)
            texts[d['file']] = ptexts
            tl = 'none' if len(scanned_pages) == total else ('partial' if scanned_pages else 'full')
            prod = '+'.join(sorted(producers)) + ('+pdftoppm/img2pdf' if scanned_pages else '') + ('+pdfunite' if len(parts_out) > 1 else '')
            lay = 'mixed' if len(layouts) > 1 else layouts.pop()
            rec = {'file': 'casefiles/%s/%s' % (cid, d['file']), 'type': d['type'], 'producer': prod,
                   'pages': total, 'layout': lay, 'text_layer': tl}
            if scanned_pages:
                rec['image_only_pages'] = scanned_pages
            if rotated:
                rec['rotated_pages'] = rotated
            if len(parts_out) > 1:
                parts = []
                s = 1
                for src, n, name in parts_out:
                    parts.append({'title': name, 'pages': [s, s + n - 1]})
                    s += n
                rec['parts'] = parts
            docs.append(rec)
        crit = {}
        for k, v in case['crit'].items():
            label, why, ev = v[0], v[1], v[2]
            evid = {}
            for f, marker in ev:
                hits = [i + 1 for i, t in enumerate(texts[f]) if norm(marker) in t]
                if not hits:
                    raise SystemExit('marker not found: %s %s %r' % (cid, f, marker))
                evid.setdefault(f, set()).update(hits)
            entry = {'label': label, 'code': CODE[label], 'why': why,
                     'evidence': [{'file': 'casefiles/%s/%s' % (cid, f), 'pages': sorted(p)} for f, p in sorted(evid.items())]}
            if label == 'ej_tillämpligt':
                entry['reason'] = v[4] if len(v) > 4 else case.get('scenario', '')
            if k == 'assignment_description':
                miss = v[3]
                entry['elements_missing'] = sorted(miss)
                entry['elements_present'] = [] if label == 'nej' else [e for e in 'abcdefg' if e not in miss]
            crit[k] = entry
        truth_cases.append({'case_id': cid, 'committee': c['kommun'], 'diarienummer': c['dnr'],
                            'folder': 'casefiles/' + cid, 'scenario': case.get('scenario', ''),
                            'documents': docs, 'criteria': crit})
    shutil.rmtree(td)
    truth = {'schema': 'tillsyn-eval/1', 'split': 'hold6', 'review_date': '2015-10-01',
             'writers': [{'writer': 'hold6-a', 'style': open(os.path.join(HERE, 'style.txt')).read().strip()}],
             'cases': truth_cases}
    with open(os.path.join(ROOT, 'truth.json'), 'w') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print('cases', len(truth_cases))


if __name__ == '__main__':
    main()
