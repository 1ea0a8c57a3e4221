#!/usr/bin/python3
"""Check truth.json against the PDFs: page counts, text layers, evidence pages, label counts, size."""
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def txt(path, p, layout=False):
    args = ['pdftotext'] + (['-layout'] if layout else []) + ['-f', str(p), '-l', str(p), path, '-']
    return subprocess.run(args, capture_output=True, text=True).stdout


def npages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    return int([l for l in out.splitlines() if l.startswith('Pages:')][0].split()[1])


t = json.load(open(os.path.join(ROOT, 'truth.json')))
assert t['schema'] == 'tillsyn-eval/1' and t['split'] == 'tune-b' and t['review_date'] == '2015-10-01'
counts = collections.defaultdict(collections.Counter)
problems = []
scanned_pages = 0
producers, layouts = collections.Counter(), collections.Counter()
verbose = '-v' in sys.argv
for c in t['cases']:
    folder = os.path.join(ROOT, c['folder'])
    files_on_disk = sorted(os.listdir(folder))
    files_in_truth = sorted(os.path.basename(d['file']) for d in c['documents'])
    if files_on_disk != files_in_truth:
        problems.append('%s: files differ %s vs %s' % (c['case_id'], files_on_disk, files_in_truth))
    if not 1 <= len(files_on_disk) <= 7:
        problems.append('%s: %d files' % (c['case_id'], len(files_on_disk)))
    empty = {}
    for d in c['documents']:
        p = os.path.join(ROOT, d['file'])
        n = npages(p)
        if n != d['pages']:
            problems.append('%s: pages %d != %d' % (d['file'], n, d['pages']))
        e = [i for i in range(1, n + 1) if not txt(p, i).strip()]
        empty[d['file']] = e
        scanned_pages += len(e) if d['text_layer'] != 'full' or e else 0
        exp = 'none' if len(e) == n else ('partial' if e else 'full')
        if exp != d['text_layer']:
            problems.append('%s: text_layer %s but %s' % (d['file'], d['text_layer'], exp))
        producers[d['producer']] += 1
        for l in d['layout'].split('+'):
            layouts[l] += 1
    for k, v in c['criteria'].items():
        counts[k][v['label']] += 1
        code = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}[v['label']]
        if v['code'] != code:
            problems.append('%s %s code' % (c['case_id'], k))
        if v['label'] in ('ja', 'delvis') and not v['evidence']:
            problems.append('%s %s: no evidence' % (c['case_id'], k))
        if v['label'] in ('nej', 'ej_tillämpligt') and v['evidence']:
            problems.append('%s %s: evidence for %s' % (c['case_id'], k, v['label']))
        for ev in v['evidence']:
            p = os.path.join(ROOT, ev['file'])
            if not os.path.exists(p):
                problems.append('missing ' + ev['file'])
                continue
            n = npages(p)
            for pg in ev['pages']:
                if not 1 <= pg <= n:
                    problems.append('%s: page %d out of range' % (ev['file'], pg))
                if verbose:
                    s = ' '.join(txt(p, pg).split())[:160] if pg not in empty[ev['file']] else '[SCANNED PAGE]'
                    print('%-28s %-22s %-8s %s p%d: %s' % (c['case_id'][:28], k, v['label'], os.path.basename(p), pg, s))
        if k == 'assignment_description':
            if sorted(v['elements_present'] + v['elements_missing']) != list('abcdefg'):
                problems.append('%s: elements' % c['case_id'])
            exp = 'ja' if not v['elements_missing'] else ('nej' if not v['elements_present'] else 'delvis')
            if exp != v['label']:
                problems.append('%s: AD label %s vs elements %s' % (c['case_id'], v['label'], exp))
size = sum(os.path.getsize(os.path.join(dp, f)) for dp, dn, fn in os.walk(os.path.join(ROOT, 'casefiles')) for f in fn)
print('cases', len(t['cases']))
for k in ('needs_assessment', 'planning', 'follow_up', 'assignment_description'):
    print('  %-24s %s' % (k, dict(counts[k])))
print('scanned (text-less) pages:', scanned_pages)
print('producers:', dict(producers))
print('layouts:', dict(layouts))
print('casefiles size: %.2f MB' % (size / 1e6))
print('problems:', problems or 'none')
