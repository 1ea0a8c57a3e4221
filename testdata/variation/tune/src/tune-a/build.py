# -*- coding: utf-8 -*-
"""Build all tune-a case files and truth.json.

    cd /work/varsets/tune-a/src && /usr/bin/python3 build.py [case_id ...]
"""
import os
import re
import sys
import json
import shutil
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
BUILD = "/tmp/tune-a-build"

import lib  # noqa: E402
import cases_lulea, cases_pitea, cases_boden, cases_kiruna, cases_gallivare  # noqa: E402

WRITER_STYLE = ("Older case-management printouts (Procapita-like): system header on every page "
                "(office, Utskriftsdatum, Sida X av Y), labelled-box forms with ticked boxes, terse "
                "officialese and abbreviations, assessments under 'Socialtjänstens ställningstagande' / "
                "'Analys och slutsats', plans mostly as tables; reportlab printouts, LibreOffice letters "
                "from .docx, a few scanned pages.")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def render_comp(c, outdir, pending_docx):
    base = os.path.join(outdir, c.key)
    if c.kind == "sys":
        p = c.payload
        lib.render_system(base + ".pdf", p["style"], p["meta"], p["blocks"], land=p["land"])
    elif c.kind == "docx":
        lib.write_docx(base + ".docx", c.payload)
        pending_docx.append(base + ".docx")
    elif c.kind == "html":
        with open(base + ".html", "w", encoding="utf-8") as f:
            f.write(c.payload)
        lib.chromium_pdf(base + ".html", base + ".pdf")
    elif c.kind == "text":
        lib.enscript_pdf(c.payload["text"], base + ".pdf", font=c.payload.get("font", "Courier10"),
                         header=c.payload.get("header"))
    else:
        raise ValueError(c.kind)
    c.pdf = base + ".pdf"


def main(only=None):
    cases = (cases_lulea.CASES + cases_pitea.CASES + cases_boden.CASES + cases_kiruna.CASES
             + cases_gallivare.CASES)
    ids = [c.case_id for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    if only:
        cases = [c for c in cases if c.case_id in only]
    os.makedirs(BUILD, exist_ok=True)
    # 1. render components
    pending = []
    for case in cases:
        od = os.path.join(BUILD, case.case_id)
        if os.path.exists(od):
            shutil.rmtree(od)
        os.makedirs(od)
        seen = {}
        for f in case.files:
            for c in f.comps:
                if id(c) in seen:
                    continue
                seen[id(c)] = 1
                render_comp(c, od, pending)
    # LibreOffice in one batch per output folder
    bydir = {}
    for p in pending:
        bydir.setdefault(os.path.dirname(p), []).append(p)
    for d, ps in bydir.items():
        lib.lo_convert(ps, d)
    # 2. scanned versions
    for case in cases:
        seen = {}
        for f in case.files:
            for c in f.comps:
                if id(c) in seen:
                    continue
                seen[id(c)] = 1
                if c.scan:
                    c.final = c.pdf[:-4] + ".scan.pdf"
                    lib.scan_pages(c.pdf, c.scan, c.final, seed=zlib.crc32(c.key.encode()) % 1000,
                                   signature=c.signature)
                else:
                    c.final = c.pdf
    # 3. assemble, finalize, resolve evidence
    out_cases = []
    problems = []
    for case in cases:
        folder = os.path.join(ROOT, "casefiles", case.case_id)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        od = os.path.join(BUILD, case.case_id)
        rel = lambda n: "casefiles/%s/%s" % (case.case_id, n)  # noqa: E731
        docs = []
        info = {}
        for f in case.files:
            final = os.path.join(folder, f.name)
            shadow = os.path.join(od, "shadow_" + f.name)
            lib.unite([c.final for c in f.comps], final)
            lib.unite([c.pdf for c in f.comps], shadow)
            lib.finalize(final, f.date, title=f.title, author=f.author, rotate=f.rotate)
            n = lib.npages(final)
            scanned = set()
            off = 0
            for c in f.comps:
                for sp in c.scan:
                    scanned.add(off + sp)
                off += lib.npages(c.pdf)
            assert off == n, (f.name, off, n)
            tl = "full" if not scanned else ("none" if len(scanned) == n else "partial")
            kinds = []
            for c in f.comps:
                k = {"sys": "reportlab", "docx": "libreoffice-docx", "html": "chromium-html",
                     "text": "enscript-ghostscript"}[c.kind]
                if c.scan:
                    k += "+scan-img2pdf" if len(c.scan) < lib.npages(c.pdf) else ""
                    if len(c.scan) == lib.npages(c.pdf):
                        k = "scan-img2pdf"
                if k not in kinds:
                    kinds.append(k)
            producer = f.producer or (kinds[0] if len(f.comps) == 1 else "pdfunite(" + ", ".join(kinds) + ")")
            docs.append(dict(file=rel(f.name), type=f.type, producer=producer, pages=n,
                             layout=f.layout, text_layer=tl))
            info[f.name] = dict(shadow=[norm(t) for t in lib.page_texts(shadow)],
                                final=[norm(t) for t in lib.page_texts(final)],
                                scanned=scanned, n=n)
            for sp in scanned:
                if info[f.name]["final"][sp - 1]:
                    problems.append("%s %s p%d scanned page has text" % (case.case_id, f.name, sp))
        crits = {}
        for cname, cd in case.criteria.items():
            d = dict(cd)
            ev = {}
            for item in cd["evidence"]:
                fname, marker = item[0], item[1]
                if fname not in info:
                    problems.append("%s %s: unknown file %s" % (case.case_id, cname, fname))
                    continue
                m = norm(marker)
                hits = [i + 1 for i, t in enumerate(info[fname]["shadow"]) if m in t]
                if not hits:
                    problems.append("%s %s: marker not found in %s: %r" % (case.case_id, cname, fname, marker))
                if len(hits) > 1 and not (len(item) > 2 and item[2] == "multi"):
                    problems.append("%s %s: marker on several pages %s in %s: %r" % (case.case_id, cname, hits, fname, marker))
                for h in hits:
                    if h not in info[fname]["scanned"] and m not in info[fname]["final"][h - 1]:
                        problems.append("%s %s: marker lost in final %s p%d" % (case.case_id, cname, fname, h))
                ev.setdefault(fname, set()).update(hits)
            if d["label"] in ("ja", "delvis") and not ev:
                problems.append("%s %s: no evidence for %s" % (case.case_id, cname, d["label"]))
            if d["label"] in ("nej", "ej_tillämpligt") and ev:
                problems.append("%s %s: evidence given for %s" % (case.case_id, cname, d["label"]))
            order = [f.name for f in case.files]
            d["evidence"] = [dict(file=rel(fn), pages=sorted(ev[fn])) for fn in order if fn in ev]
            crits[cname] = d
        crit_order = ["needs_assessment", "planning", "follow_up", "assignment_description"]
        out_cases.append(dict(
            case_id=case.case_id, committee=case.office["committee"], diarienummer=case.dnr,
            folder="casefiles/" + case.case_id, scenario=case.scenario, documents=docs,
            criteria={k: crits[k] for k in crit_order}))
    if only:
        print(json.dumps(out_cases, ensure_ascii=False, indent=1)[:6000])
    else:
        truth = {"schema": "tillsyn-eval/1", "split": "tune-a", "review_date": "2015-10-01",
                 "writer_style": WRITER_STYLE, "cases": out_cases}
        with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
    for p in problems:
        print("PROBLEM:", p)
    print("built %d cases, %d problems" % (len(out_cases), len(problems)))


if __name__ == "__main__":
    main(sys.argv[1:] or None)
