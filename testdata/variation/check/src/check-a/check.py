# -*- coding: utf-8 -*-
"""Sanity checks of the built set against truth.json:  /usr/bin/python3 src/check.py"""
import collections
import json
import os
import re
import subprocess
import sys

ROOT = '/work/varsets/check-a'
REVIEW = '2015-10-01'
MONTHS = {'januari': 1, 'februari': 2, 'mars': 3, 'april': 4, 'maj': 5, 'juni': 6, 'juli': 7, 'augusti': 8,
          'september': 9, 'oktober': 10, 'november': 11, 'december': 12}
NO_BEHOV = {'lund_SOC-2014-1187', 'ystad_SN-2014-388', 'eslov_IFO.2014.1290', 'hoor_SOC-2015-93',
            'hoor_SOC-2015-40'}


def text(path, page=None):
    cmd = ['pdftotext', '-layout']
    if page:
        cmd += ['-f', str(page), '-l', str(page)]
    return subprocess.run(cmd + [path, '-'], capture_output=True, text=True).stdout


def npages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def main():
    t = json.load(open(os.path.join(ROOT, 'truth.json'), encoding='utf-8'))
    errs = []
    counts = {c: collections.Counter() for c in ['needs_assessment', 'planning', 'follow_up',
                                                 'assignment_description']}
    producers, layouts = collections.Counter(), collections.Counter()
    scanned_pages = 0
    assert t['schema'] == 'tillsyn-eval/1' and t['split'] == 'check-a' and t['review_date'] == REVIEW
    assert len(t['cases']) == 20, len(t['cases'])
    listed = set()
    for c in t['cases']:
        cid = c['case_id']
        if not (1 <= len(c['documents']) <= 7):
            errs.append('%s: %d documents' % (cid, len(c['documents'])))
        for d in c['documents']:
            p = os.path.join(ROOT, d['file'])
            listed.add(os.path.abspath(p))
            if not os.path.exists(p):
                errs.append('missing ' + d['file'])
                continue
            n = npages(p)
            if n != d['pages']:
                errs.append('%s pages %d != %d' % (d['file'], n, d['pages']))
            producers[d['producer'].split(' ')[0]] += 1
            layouts[d['layout']] += 1
            for i in range(1, n + 1):
                tx = text(p, i).strip()
                if d['text_layer'] == 'none' and tx:
                    errs.append('%s p%d has text but text_layer none' % (d['file'], i))
                if d['text_layer'] == 'full' and not tx:
                    errs.append('%s p%d has no text' % (d['file'], i))
            if d['text_layer'] == 'none':
                scanned_pages += n
            full = text(p)
            for y, m, dd in re.findall(r'\b(20\d\d)-(\d\d)-(\d\d)\b', full):
                if '%s-%s-%s' % (y, m, dd) > REVIEW:
                    errs.append('%s: date %s-%s-%s after review date' % (d['file'], y, m, dd))
            for dd, mon, y in re.findall(r'den (\d+) (\w+) (20\d\d)', full):
                if mon in MONTHS and '%s-%02d-%02d' % (y, MONTHS[mon], int(dd)) > REVIEW:
                    errs.append('%s: date %s %s %s after review date' % (d['file'], dd, mon, y))
            for pn in re.findall(r'\b(\d{8})-\d{4}\b', full):
                if not ('19000101' <= pn <= '19021231'):
                    errs.append('%s: personnummer %s' % (d['file'], pn))
            if cid in NO_BEHOV and re.search(r'(utredning|beslut|akt_)', d['file'].split('/')[-1]):
                if 'behov' in full.lower():
                    # the assembled akt also holds the assignment letter; check only utredning/beslut parts
                    errs.append('%s: word "behov" present' % d['file'])
        for crit, v in c['criteria'].items():
            counts[crit][v['label']] += 1
            code = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}[v['label']]
            if v['code'] != code:
                errs.append('%s %s code' % (cid, crit))
            if v['label'] in ('ja', 'delvis') and not v['evidence']:
                errs.append('%s %s: no evidence' % (cid, crit))
            if v['label'] in ('nej', 'ej_tillämpligt') and v['evidence']:
                errs.append('%s %s: evidence for %s' % (cid, crit, v['label']))
            for e in v['evidence']:
                p = os.path.join(ROOT, e['file'])
                if not any(d['file'] == e['file'] for d in c['documents']):
                    errs.append('%s: evidence file not in documents %s' % (cid, e['file']))
                for pg in e['pages']:
                    if not (1 <= pg <= npages(p)):
                        errs.append('%s: bad page %s %d' % (cid, e['file'], pg))
            if crit == 'assignment_description':
                pres, miss = set(v['elements_present']), set(v['elements_missing'])
                if pres | miss != set('abcdefg') or pres & miss:
                    errs.append('%s: elements' % cid)
                if v['label'] == 'ja' and miss:
                    errs.append('%s: ja with missing elements' % cid)
                if v['label'] == 'delvis' and not miss:
                    errs.append('%s: delvis without missing elements' % cid)
    # stray files
    for dp, dn, fn in os.walk(os.path.join(ROOT, 'casefiles')):
        for f in fn:
            if os.path.abspath(os.path.join(dp, f)) not in listed:
                errs.append('unlisted file ' + os.path.join(dp, f))
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, dn, fn in os.walk(ROOT) for f in fn)
    print('cases:', len(t['cases']))
    for k, v in counts.items():
        print('  %-24s %s' % (k, dict(v)))
    print('producers:', dict(producers))
    print('layouts:', dict(layouts))
    print('scanned pages:', scanned_pages)
    print('folder size: %.2f MB' % (size / 1e6))
    if errs:
        print('ERRORS:')
        for e in errs:
            print('  ', e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
