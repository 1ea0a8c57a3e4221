#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build all hold-a case files and truth.json.   Usage: /usr/bin/python3 src/build.py [case_id ...]"""
import os, sys, json, importlib, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import page_texts, norm, npages, ROOT

MODULES = ["vaxjo", "kalmar", "norrkoping", "motala", "vetlanda"]
CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}
STYLE = ("Mixed old/new templates in one office (Combine/Viva-like): narrative utredningar without headings "
         "('Mot bakgrund av ovanstående'), plans as bullet lists, follow-ups only in varied journal notes, "
         "spelling mistakes and abbreviations, several scanned pages incl. one scanned assignment; "
         "producers reportlab, Chromium print-to-pdf, ps2pdf from hand-written PostScript and groff")

def text_layer(pdf):
    t = page_texts(pdf)
    has = [len(x.strip()) > 20 for x in t]
    return "full" if all(has) else ("none" if not any(has) else "partial"), t

def resolve(folder, ev, texts):
    out = []
    for fn, markers in ev:
        pages = set()
        for m in markers:
            if isinstance(m, int):
                pages.add(m); continue
            hit = [i + 1 for i, t in enumerate(texts[fn]) if norm(m) in norm(t)]
            if not hit:
                raise SystemExit("marker not found: %s in %s/%s" % (m, folder, fn))
            pages.update(hit)
        out.append({"file": folder + "/" + fn, "pages": sorted(pages)})
    return out

def main(only):
    cases = []
    for mod in MODULES:
        try:
            m = importlib.import_module("cases." + mod)
        except ModuleNotFoundError as e:
            if e.name == "cases." + mod:
                print("skip", mod); continue
            raise
        for f in m.CASES:
            cases.append(f())
    truth_cases = []
    for c in cases:
        folder = "casefiles/" + c["case_id"]
        full = os.path.join(ROOT, folder)
        if not only or c["case_id"] in only:
            if os.path.isdir(full):
                shutil.rmtree(full)
            os.makedirs(full)
            c["build"](ROOT)
        listed = sorted(d[0] for d in c["docs"])
        actual = sorted(os.listdir(full)) if os.path.isdir(full) else []
        assert listed == actual, (c["case_id"], listed, actual)
        docs = []; texts = {}
        for fn, typ, prod, layout in c["docs"]:
            pdf = os.path.join(full, fn)
            tl, t = text_layer(pdf)
            texts[fn] = t
            docs.append({"file": folder + "/" + fn, "type": typ, "producer": prod, "pages": len(t),
                         "layout": layout, "text_layer": tl})
        crit = {}
        for k, v in c["criteria"].items():
            label, why, ev = v[0], v[1], v[2]
            e = {"label": label, "code": CODE[label], "why": why,
                 "evidence": resolve(folder, ev, texts) if label in ("ja", "delvis") else []}
            if label in ("nej", "ej_tillämpligt"):
                assert not ev, (c["case_id"], k)
            else:
                assert ev, (c["case_id"], k)
            if k == "assignment_description":
                present = list(v[3])
                e["elements_present"] = present
                e["elements_missing"] = [x for x in "abcdefg" if x not in present]
                if label == "ja": assert len(present) == 7, c["case_id"]
                if label == "delvis": assert 0 < len(present) < 7, c["case_id"]
                if label == "nej": assert not present, c["case_id"]
            crit[k] = e
        truth_cases.append({"case_id": c["case_id"], "committee": c["committee"], "diarienummer": c["diarienummer"],
                            "folder": folder, "scenario": c["scenario"], "documents": docs, "criteria": crit})
    truth = {"schema": "tillsyn-eval/1", "split": "hold-a", "review_date": "2015-10-01",
             "writer_style": STYLE, "cases": truth_cases}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("cases:", len(truth_cases))

if __name__ == "__main__":
    main(sys.argv[1:])
