# -*- coding: utf-8 -*-
"""Sanity checks for the built set: text layers, dates, personnummer, evidence pages."""
import json, os, re, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
t = json.load(open(os.path.join(ROOT, 'truth.json'), encoding='utf-8'))

def ptext(f, p):
    return subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), f, '-'], capture_output=True).stdout.decode()

def npages(f):
    out = subprocess.run(['pdfinfo', f], capture_output=True).stdout.decode()
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))

problems = []
total = 0
for c in t['cases']:
    files = sorted(os.listdir(os.path.join(ROOT, c['folder'])))
    listed = sorted(os.path.basename(d['file']) for d in c['documents'])
    if files != listed: problems.append((c['case_id'], 'file list mismatch', files, listed))
    if not 1 <= len(files) <= 7: problems.append((c['case_id'], 'n files', len(files)))
    for d in c['documents']:
        f = os.path.join(ROOT, d['file']); total += os.path.getsize(f)
        n = npages(f)
        if n != d['pages']: problems.append((d['file'], 'pages', n, d['pages']))
        empty = [p for p in range(1, n + 1) if len(ptext(f, p).strip()) == 0]
        tl = 'full' if not empty else ('none' if len(empty) == n else 'partial')
        if tl != d['text_layer']: problems.append((d['file'], 'text_layer', tl, d['text_layer']))
        for p in range(1, n + 1):
            tx = ptext(f, p)
            for m in re.finditer(r'\b(20\d\d)-(\d\d)-(\d\d)\b', tx):
                if m.group(0) > '2015-10-01':
                    line = [l for l in tx.splitlines() if m.group(0) in l][0].strip()
                    print('LATE DATE', os.path.basename(f), p, m.group(0), '|', line[:110])
            for m in re.finditer(r'\b(\d{8})-(\d{4})\b', tx):
                if not m.group(1)[:4] in ('1900', '1901', '1902'):
                    problems.append((d['file'], p, 'pnr', m.group(0)))
    for k, v in c['criteria'].items():
        for e in v['evidence']:
            for p in e['pages']:
                assert p <= npages(os.path.join(ROOT, e['file']))
print('total bytes', total)
print('PROBLEMS:', problems if problems else 'none')
