# -*- coding: utf-8 -*-
"""Build the hold-b set: casefiles/<case_id>/*.pdf and truth.json.

Usage: /usr/bin/python3 src/build.py [case_id ...]
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import render  # noqa: E402
import importlib  # noqa: E402

CASE_MODULES = ["cases_falun", "cases_borlange", "cases_mora", "cases_gavle", "cases_sandviken", "cases_hudiksvall"]

BUILD = os.path.join(ROOT, "build")
OUT = os.path.join(ROOT, "casefiles")

STYLE = ("Joint county template (Pulsen Combine-like export with local forms): SIP next to "
         "genomförandeplaner, 'Uppdragsbeskrivning/Remiss till behandlingshem' letters with tick-box "
         "report-back sections, landscape plans and /Rotate 90 pages, journals as Datum | Anteckning "
         "tables, declined cases; producers LibreOffice (.odt/.docx), Chromium, reportlab, enscript, qpdf.")

CODES = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}


def all_cases():
    out = []
    for m in CASE_MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        out.extend(mod.CASES)
    return out


def page_texts(pdf):
    n = render.n_pages(pdf)
    out = []
    for p in range(1, n + 1):
        t = ""
        for mode in ([], ["-layout"]):
            r = subprocess.run(["pdftotext"] + mode + ["-f", str(p), "-l", str(p), pdf, "-"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            t += "\n" + r.stdout.decode("utf-8", errors="replace")
        out.append(norm(t))
    return out


def norm(t):
    t = t.replace("\u00ad", "")
    t = re.sub(r"-\n\s*", "", t)
    t = re.sub(r"\s+", " ", t)
    return t.lower()


def layout_of(d):
    if d.get("layout"):
        return d["layout"]
    bits = []
    bits.append(d.get("orientation", "portrait"))
    if d.get("columns", 1) > 1:
        bits = ["two-column"]
    if d.get("rotate"):
        bits.append("page %s rotated 90" % ",".join(map(str, d["rotate"])))
    if d.get("scan"):
        bits.append("scanned page %s" % ",".join(map(str, d["scan"])))
    return "; ".join(bits)


def dash(o):
    if isinstance(o, str):
        return o.replace(" -- ", " \u2013 ").replace("--", "\u2013")
    if isinstance(o, tuple):
        return tuple(dash(v) for v in o)
    if isinstance(o, list):
        return [dash(v) for v in o]
    if isinstance(o, dict):
        return {k: dash(v) for k, v in o.items()}
    return o


def build_case(c):
    cid = c["case_id"]
    for d in c["docs"]:
        if d.get("producer") != "enscript" and "blocks" in d:
            d["blocks"] = dash(d["blocks"])
            d["title"] = dash(d.get("title", ""))
            if d.get("pre_blocks"):
                d["pre_blocks"] = dash(d["pre_blocks"])
    for k in c["criteria"]:
        c["criteria"][k]["ev"] = dash(c["criteria"][k].get("ev", []))
    wd = os.path.join(BUILD, cid)
    if os.path.isdir(wd):
        shutil.rmtree(wd)
    os.makedirs(wd)
    od = os.path.join(OUT, cid)
    if os.path.isdir(od):
        shutil.rmtree(od)
    os.makedirs(od)
    shadows = {}    # file -> shadow pdf (with text on scanned pages)
    finals = {}     # file -> processed pdf in build dir
    meta = {}
    for d in c["docs"]:
        fn = d["file"]
        if "assemble" in d:
            parts = [finals[p] for p in d["assemble"]]
            sparts = [shadows[p] for p in d["assemble"]]
            out = os.path.join(wd, "final_" + fn)
            render.unite(parts, out)
            sh = os.path.join(wd, "shadow_" + fn)
            render.unite(sparts, sh)
            finals[fn], shadows[fn] = out, sh
            scanned = []
            rot = []
            off = 0
            for p in d["assemble"]:
                m = meta[p]
                scanned += [off + q for q in m["scan"]]
                rot += [off + q for q in m["rotate"]]
                off += m["pages"]
            meta[fn] = dict(scan=scanned, rotate=rot, pages=render.n_pages(out))
            continue
        raw = os.path.join(wd, "raw_" + fn)
        render.RENDERERS[d["producer"]](d, raw, wd)
        cur = raw
        if d.get("rotate"):
            rp = os.path.join(wd, "rot_" + fn)
            render.rotate_pages(cur, d["rotate"], rp)
            cur = rp
        shadows[fn] = cur
        if d.get("scan"):
            sp = os.path.join(wd, "scan_" + fn)
            render.scan_pages(cur, d["scan"], sp, wd, seed=len(cid) + len(fn))
            cur = sp
        finals[fn] = cur
        meta[fn] = dict(scan=d.get("scan", []), rotate=d.get("rotate", []), pages=render.n_pages(cur))
    # copy finals
    docs_out = []
    for d in c["docs"]:
        fn = d["file"]
        if d.get("final", True) is False:
            continue
        dst = os.path.join(od, fn)
        r = subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", finals[fn], dst],
                           stderr=subprocess.PIPE)
        if r.returncode not in (0, 3):
            raise RuntimeError(r.stderr.decode())
        if r.returncode == 3:
            print("  qpdf warning", fn, r.stderr.decode()[:200])
        m = meta[fn]
        if m["scan"] and len(m["scan"]) == m["pages"]:
            tl = "none"
        elif m["scan"]:
            tl = "partial"
        else:
            tl = "full"
        prod = d["producer"]
        if d.get("rotate"):
            prod += "+qpdf-rotate"
        if d.get("scan"):
            prod += "+scan"
        if "assemble" in d:
            subprods = sorted(set(x["producer"] for x in c["docs"] if x["file"] in d["assemble"]))
            prod = "pdfunite(" + ", ".join(subprods) + ")"
            lay = []
            if m["rotate"]:
                lay.append("page %s rotated 90" % ",".join(map(str, m["rotate"])))
            if m["scan"]:
                lay.append("scanned page %s" % ",".join(map(str, m["scan"])))
            kinds = sorted(set(layout_of(x).split(";")[0] for x in c["docs"] if x["file"] in d["assemble"]))
            layout = "assembled (" + ", ".join(kinds) + ")" + ("; " + "; ".join(lay) if lay else "")
        else:
            layout = layout_of(d)
        docs_out.append({"file": "casefiles/%s/%s" % (cid, fn), "type": d["type"], "producer": prod,
                         "pages": m["pages"], "layout": layout, "text_layer": tl})
    # evidence
    texts = {fn: page_texts(shadows[fn]) for fn in shadows if
             next(x for x in c["docs"] if x["file"] == fn).get("final", True) is not False}
    crit_out = {}
    for k in ("needs_assessment", "planning", "follow_up", "assignment_description"):
        spec = c["criteria"][k]
        lab = spec["label"]
        ev = {}
        for mk in spec.get("ev", []):
            if "::" in mk:
                fsel, txt = mk.split("::", 1)
            else:
                fsel, txt = None, mk
            t = norm(txt)
            hit = False
            for fn, pages in texts.items():
                part_ok = fsel is None or fn == fsel or (
                    "assemble" in next(x for x in c["docs"] if x["file"] == fn)
                    and fsel in next(x for x in c["docs"] if x["file"] == fn)["assemble"])
                if not part_ok:
                    continue
                for i, pt in enumerate(pages):
                    if t in pt:
                        ev.setdefault(fn, set()).add(i + 1)
                        hit = True
            if not hit:
                raise RuntimeError("%s %s: marker not found: %r" % (cid, k, mk))
        if lab in ("nej", "ej_tillämpligt"):
            assert not ev, (cid, k, "evidence for nej/ej")
        else:
            assert ev, (cid, k, "no evidence")
        order = [d["file"] for d in c["docs"]]
        evidence = [{"file": "casefiles/%s/%s" % (cid, fn), "pages": sorted(ev[fn])}
                    for fn in order if fn in ev]
        o = {"label": lab, "code": CODES[lab], "why": spec["why"], "evidence": evidence}
        if k == "assignment_description":
            pres = spec.get("present", "")
            o["elements_present"] = list(pres)
            o["elements_missing"] = [e for e in "abcdefg" if e not in pres]
        crit_out[k] = o
    return {"case_id": cid, "committee": c["committee"], "diarienummer": c["diarienummer"],
            "folder": "casefiles/" + cid, "scenario": c.get("scenario", ""),
            "documents": docs_out, "criteria": crit_out}


def main():
    only = sys.argv[1:]
    cases = all_cases()
    truth_path = os.path.join(ROOT, "truth.json")
    prev = {}
    if only and os.path.exists(truth_path):
        with open(truth_path, encoding="utf-8") as f:
            prev = {c["case_id"]: c for c in json.load(f)["cases"]}
    out = []
    for c in cases:
        if only and c["case_id"] not in only:
            if c["case_id"] in prev:
                out.append(prev[c["case_id"]])
            continue
        print("building", c["case_id"], flush=True)
        out.append(build_case(c))
    truth = {"schema": "tillsyn-eval/1", "split": "hold-b", "review_date": "2015-10-01",
             "writer_style": STYLE, "cases": out}
    with open(truth_path, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
