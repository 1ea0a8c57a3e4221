# -*- coding: utf-8 -*-
"""Rebuild the check-a set:  /usr/bin/python3 src/build.py [case-function-name ...]

Writes casefiles/<case_id>/*.pdf and truth.json (evidence pages are found by searching the
text layer of each page for the snippets given in the case scripts; scanned pages are given
explicitly)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import framework  # noqa: E402
import cases_lund, cases_trelleborg, cases_ystad, cases_eslov, cases_hoor  # noqa: E402

ROOT = framework.ROOT
STYLE = ('Modern case-management export (Lifecare-like): utredningar by life areas (Boende, Försörjning, '
         'Hälsa, Missbruk, Relationer) each with a short assessment and a summary "Sammanfattande bedömning" / '
         '"Handläggarens överväganden"; plans as landscape tables; decisions with "Skäl för beslutet"; '
         'LibreOffice (.html/.docx), reportlab landscape tables, some two-column pages.')

ALL = (cases_lund.CASES + cases_trelleborg.CASES + cases_ystad.CASES + cases_eslov.CASES + cases_hoor.CASES)


def main(argv):
    only = set(argv)
    tpath = os.path.join(ROOT, 'truth.json')
    old = {}
    if only and os.path.exists(tpath):
        old = {c['case_id']: c for c in json.load(open(tpath, encoding='utf-8'))['cases']}
    out = []
    for fn in ALL:
        if only and fn.__module__ + '.' + fn.__name__ not in only and fn.__name__ not in only:
            continue
        C = fn()
        rec = C.resolve()
        old[rec['case_id']] = rec
        print('built', rec['case_id'], [d['file'].split('/')[-1] for d in rec['documents']])
    # keep the order of ALL
    cases = list(old.values())
    cases.sort(key=lambda c: c['case_id'])
    truth = {'schema': 'tillsyn-eval/1', 'split': 'check-a', 'review_date': '2015-10-01',
             'writer_style': STYLE, 'cases': cases}
    with open(tpath, 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
