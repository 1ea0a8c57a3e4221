#!/usr/bin/python3
"""Rebuild all hold3-b case files and truth.json.  Run: /usr/bin/python3 src/build.py"""
import json, sys, importlib
from lib import *

CODES = {'ja': 'yes', 'delvis': 'partly', 'nej': 'no', 'ej_tillämpligt': 'not_applicable'}
MODS = [('cases_hbg', ['c01', 'c02', 'c03', 'c04']), ('cases_lkr', ['c05', 'c06', 'c07', 'c08']),
        ('cases_ang', ['c09', 'c10', 'c11', 'c12']), ('cases_hlm', ['c13', 'c14', 'c15', 'c16']),
        ('cases_bst', ['c17', 'c18', 'c19', 'c20'])]
STYLE = ("Skåne office with legacy text-based case system: monospaced plain-text documents (enscript/groff -> ps2pdf) "
         "with upper-case field headings, DATUM SIGN TEXT journals, YYMMDD dates; assignments by fax (cover sheets, "
         "scanned fax pages via img2pdf) or Remiss till behandlingshem; provider Behandlings-/Utskrivningsrapporter; "
         "one case with öppenvård then HVB; one pdfunite-assembled akt")

# The assignment's element (a) is itself the committee's documented needs assessment, so those
# pages are also evidence for needs_assessment.
EXTRA_NEEDS = {
    'helsingborg_SOF-2015-214': [('fax_uppdrag.pdf', 'SOCIALNÄMNDENS BEDÖMNING AV BEHOV')],
    'helsingborg_SOF-2014-512': [('akt_SOF-2014-512.pdf', 'Nämndens bedömning:'), ('akt_SOF-2014-512.pdf', 'Socialtjänstens bedömning')],
    'helsingborg_SOF-2015-301': [('fax_uppdrag_skannad.pdf', [2])],
    'landskrona_IFO.2015.0233': [('uppdragsbeskrivning.pdf', 'Nämndens bedömning')],
    'landskrona_IFO.2015.0340': [('fax_uppdrag.pdf', 'SOCIALNÄMNDENS BEDÖMNING')],
    'angelholm_2015-000118': [('remiss_behandlingshem.pdf', 'Socialtjänstens bedömning')],
    'angelholm_2015-000051': [('epost_uppdrag.pdf', 'Vad vi kommit fram till')],
    'hassleholm_SN-2015-77': [('fax_uppdrag.pdf', 'NÄMNDENS BEDÖMNING AV BEHOVEN')],
    'hassleholm_SN-2015-133': [('remiss.pdf', 'NÄMNDENS BEDÖMNING')],
    'hassleholm_SN-2015-198': [('fax_skannad.pdf', [1])],
    'bastad_SOC-2015-22': [('uppdragsbeskrivning.pdf', 'NÄMNDENS BEDÖMNING')],
    'bastad_SOC-2015-09': [('fax_uppdrag.pdf', 'Socialtjänstens bedömning')],
}

def main(only=None):
    cases = []
    for mod, fns in MODS:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            print('missing', mod); continue
        for fn in fns:
            if only and fn not in only:
                continue
            k = getattr(m, fn)()
            rel = 'casefiles/' + k.cid
            docs = []
            for d in k.docs:
                pdf = k.p(d['file'])
                docs.append(dict(file=rel + '/' + d['file'], type=d['type'], producer=d['producer'],
                                 pages=npages(pdf), layout=d['layout'], text_layer=d['text_layer']))
                if d['text_layer'] == 'none':
                    assert page_text(pdf, 1) == '', pdf
            crit = {}
            k.crit['needs_assessment']['ev'] += EXTRA_NEEDS.get(k.cid, [])
            for cname in ['needs_assessment', 'planning', 'follow_up', 'assignment_description']:
                v = k.crit[cname]
                ev = {}
                for item in v['ev']:
                    f, mk = item[0], item[1]
                    if isinstance(mk, str):
                        pages = find_pages(k.p(f), mk)
                        if not pages or (len(pages) > 1 and 'multi' not in item):
                            raise SystemExit('marker problem %s %s %r -> %s' % (k.cid, f, mk, pages))
                    else:
                        pages = mk
                    ev.setdefault(f, set()).update(pages)
                if v['label'] in ('nej', 'ej_tillämpligt'):
                    assert not ev, (k.cid, cname)
                else:
                    assert ev, (k.cid, cname)
                out = dict(label=v['label'], code=CODES[v['label']], why=v['why'],
                           evidence=[dict(file=rel + '/' + f, pages=sorted(p)) for f, p in ev.items()])
                if cname == 'assignment_description':
                    miss = v['missing'] if v['missing'] else [e for e in 'abcdefg' if e not in v['present']]
                    pres = [e for e in 'abcdefg' if e not in miss]
                    if v['label'] == 'nej':
                        pres, miss = [], list('abcdefg')
                    if v['label'] == 'ja': assert not miss
                    if v['label'] == 'delvis': assert miss and pres
                    out['elements_present'] = pres; out['elements_missing'] = miss
                crit[cname] = out
            cases.append(dict(case_id=k.cid, committee=k.muni, diarienummer=k.dnr, folder=rel,
                              scenario=k.scenario, documents=docs, criteria=crit))
            print('built', k.cid, flush=True)
    if only:
        return
    truth = {'schema': 'tillsyn-eval/1', 'split': 'hold3-b', 'review_date': '2015-10-01',
             'writer_style': STYLE, 'cases': cases}
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print('wrote truth.json with', len(cases), 'cases')

if __name__ == '__main__':
    main(sys.argv[1:] or None)
