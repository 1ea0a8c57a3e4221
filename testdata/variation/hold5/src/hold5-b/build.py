#!/usr/bin/python3
"""Build hold5-b: render all cases, assemble files, locate evidence pages, write truth.json.

Usage: /usr/bin/python3 src/build.py            (from /work/varsets/hold5-b)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import render  # noqa: E402
from cases import CASES  # noqa: E402

CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}
CRIT = ["needs_assessment", "planning", "follow_up", "assignment_description"]
PRODUCER = {"rl": "reportlab", "chrome": "chromium", "lo": "libreoffice"}

STYLE = ("Mid-sized municipalities in Dalarna and Gävleborg (Falun, Borlänge, Ludvika, Mora, Sandviken, "
         "Hofors, Bollnäs, Hudiksvall, Söderhamn, Ovanåker) where a team (Vuxenteamet, Beroendeenheten) with "
         "several handläggare writes short, bullet-heavy, abbreviation-dense notes (GFP, VP, HVB, LVM, SoL, KBT, "
         "ÅP, 12-steg, MI, ASI, AUDIT, DUDIT, SIP) with some common misspellings. The whole case is often exported "
         "as one akt_export.pdf assembled with pdfunite from several documents, with separate files for some "
         "documents; assignments to the provider are e-mail threads (Från/Skickat/Till/Ämne) or forms; plans are "
         "'Överenskommelse', 'Mål och delmål' lists or column tables, some landscape; a few pages are scanned "
         "(faxed decisions, signed plans) without a text layer. Rendered with reportlab, chromium and LibreOffice.")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def page_texts(pdf):
    n = pdf_pages(pdf)
    out = []
    for p in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout
        out.append(t)
    return out


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def case_id(c):
    k = c["kommun"].lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    return k + "_" + c["dnr"].replace("/", "-").replace(" ", "-")


def build_case(c, tmp):
    cid = case_id(c)
    out_dir = os.path.join(ROOT, "casefiles", cid)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    ctmp = os.path.join(tmp, cid)
    os.makedirs(ctmp)
    parts = {}  # name -> dict(path, texts (pre-scan), scanned, landscape, producer, type)
    for i, d in enumerate(c["docs"]):
        d.setdefault("header", c.get("header", ""))
        d.setdefault("footer", c.get("footer", ""))
        pre = os.path.join(ctmp, d["name"] + ".pre.pdf")
        eng = d.get("engine", "rl")
        if eng == "rl":
            render.render_rl(d, pre, seed=i + len(cid))
        elif eng == "chrome":
            render.render_chrome(d, pre, ctmp)
        elif eng == "lo":
            render.render_lo(d, pre, ctmp)
        texts = page_texts(pre)
        final = pre
        if d.get("scan"):
            final = os.path.join(ctmp, d["name"] + ".scan.pdf")
            render.scan(pre, final, ctmp)
        parts[d["name"]] = dict(path=final, texts=texts, scanned=bool(d.get("scan")), landscape=bool(d.get("landscape")),
                                producer=PRODUCER[eng] + ("+pdftoppm+img2pdf" if d.get("scan") else ""), type=d["type"],
                                title=d.get("title", ""))
    files = c.get("files") or [(d["name"] + ".pdf", [d["name"]]) for d in c["docs"]]
    docs_out = []
    where = {}  # part -> (file, offset)
    for fname, plist in files:
        dst = os.path.join(out_dir, fname)
        if len(plist) == 1:
            shutil.copy(parts[plist[0]]["path"], dst)
        else:
            subprocess.run(["pdfunite"] + [parts[p]["path"] for p in plist] + [dst], check=True)
        off = 0
        prts = []
        img_pages = []
        lands = set()
        for p in plist:
            n = len(parts[p]["texts"])
            where[p] = (fname, off)
            prts.append({"type": parts[p]["type"], "title": parts[p]["title"], "pages": [off + 1, off + n], "producer": parts[p]["producer"]})
            if parts[p]["scanned"]:
                img_pages += list(range(off + 1, off + n + 1))
            lands.add("landscape" if parts[p]["landscape"] else "portrait")
            off += n
        assert pdf_pages(dst) == off, (dst, off)
        rec = {"file": "casefiles/%s/%s" % (cid, fname),
               "type": parts[plist[0]]["type"] if len(plist) == 1 else "akt_export",
               "title": parts[plist[0]]["title"] if len(plist) == 1 else "Aktexport (sammanfogad med pdfunite)",
               "producer": parts[plist[0]]["producer"] if len(plist) == 1 else "pdfunite",
               "pages": off,
               "layout": lands.pop() if len(lands) == 1 else "mixed",
               "text_layer": "none" if len(img_pages) == off else ("partial" if img_pages else "full"),
               "image_only_pages": img_pages}
        if len(plist) > 1:
            rec["parts"] = prts
        docs_out.append(rec)

    def locate(part, needle):
        fname, off = where[part]
        hits = [i + 1 for i, t in enumerate(parts[part]["texts"]) if norm(needle) in norm(t)]
        if not hits:
            raise SystemExit("needle not found: %s / %s / %r" % (cid, part, needle))
        return fname, [off + h for h in hits]

    crit_out = {}
    for cr in CRIT:
        spec = c["crit"][cr]
        ev = {}
        for part, needle in spec.get("ev", []):
            fname, pages = locate(part, needle)
            ev.setdefault(fname, set()).update(pages)
        o = {"label": spec["label"], "code": CODE[spec["label"]], "why": spec["why"],
             "evidence": [{"file": "casefiles/%s/%s" % (cid, f), "pages": sorted(p)} for f, p in sorted(ev.items())]}
        if spec.get("variant"):
            o["variant"] = spec["variant"]
        if spec["label"] == "ej_tillämpligt":
            o["reason"] = spec["reason"]
        if spec.get("distractors"):
            ds = []
            for part, needle, kind in spec["distractors"]:
                fname, pages = locate(part, needle)
                ds.append({"file": "casefiles/%s/%s" % (cid, fname), "pages": pages, "kind": kind})
            o["distractors"] = ds
        if cr == "assignment_description":
            o["elements_present"] = list(spec["present"])
            o["elements_missing"] = [x for x in "abcdefg" if x not in spec["present"]]
            assert (spec["label"] == "ja") == (len(o["elements_missing"]) == 0) or spec["label"] == "nej"
        if spec["label"] in ("ja", "delvis"):
            assert o["evidence"], (cid, cr)
        crit_out[cr] = o
    return {"case_id": cid, "committee": c["kommun"], "diarienummer": c["dnr"],
            "folder": "casefiles/" + cid, "scenario": c.get("scenario", ""),
            "documents": docs_out, "criteria": crit_out}


def main():
    only = sys.argv[1:]
    tmp = tempfile.mkdtemp(prefix="hold5b_")
    cases = []
    for c in CASES:
        if only and case_id(c) not in only:
            continue
        print("building", case_id(c), flush=True)
        cases.append(build_case(c, tmp))
    shutil.rmtree(tmp, ignore_errors=True)
    if only:
        return
    truth = {"schema": "tillsyn-eval/1", "split": "hold5", "review_date": "2015-10-01",
             "writers": [{"writer": "hold5-b", "style": STYLE}], "cases": cases}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    counts = {cr: {} for cr in CRIT}
    for c in cases:
        for cr in CRIT:
            lab = c["criteria"][cr]["label"]
            counts[cr][lab] = counts[cr].get(lab, 0) + 1
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == "__main__":
    main()
