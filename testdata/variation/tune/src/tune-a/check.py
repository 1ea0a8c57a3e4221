# -*- coding: utf-8 -*-
"""Independent checks of truth.json against the PDFs in casefiles/.

    /usr/bin/python3 check.py
"""
import os
import re
import json
import subprocess
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}


def pdf_pages(p):
    out = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_text(p, n):
    return subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), p, "-"],
                          capture_output=True, text=True).stdout


def main():
    t = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    assert t["schema"] == "tillsyn-eval/1" and t["split"] == "tune-a" and t["review_date"] == "2015-10-01"
    errs = []
    counts = {k: Counter() for k in ("needs_assessment", "planning", "follow_up", "assignment_description")}
    scanned_pages = 0
    producers, layouts = Counter(), Counter()
    for c in t["cases"]:
        folder = os.path.join(ROOT, c["folder"])
        on_disk = sorted(f for f in os.listdir(folder) if f.endswith(".pdf"))
        listed = sorted(os.path.basename(d["file"]) for d in c["documents"])
        if on_disk != listed:
            errs.append("%s: files on disk %s != listed %s" % (c["case_id"], on_disk, listed))
        if not 1 <= len(listed) <= 7:
            errs.append("%s: %d files" % (c["case_id"], len(listed)))
        npages = {}
        for d in c["documents"]:
            p = os.path.join(ROOT, d["file"])
            n = pdf_pages(p)
            npages[d["file"]] = n
            if n != d["pages"]:
                errs.append("%s: page count %s %d != %d" % (c["case_id"], d["file"], n, d["pages"]))
            empty = [i for i in range(1, n + 1) if not page_text(p, i).strip()]
            scanned_pages += len(empty)
            tl = "full" if not empty else ("none" if len(empty) == n else "partial")
            if tl != d["text_layer"]:
                errs.append("%s: text layer %s %s != %s" % (c["case_id"], d["file"], tl, d["text_layer"]))
            producers[d["producer"]] += 1
            layouts[d["layout"]] += 1
        for k, v in c["criteria"].items():
            counts[k][v["label"]] += 1
            if LABELS[v["label"]] != v["code"]:
                errs.append("%s %s: code mismatch" % (c["case_id"], k))
            if v["label"] in ("ja", "delvis") and not v["evidence"]:
                errs.append("%s %s: no evidence" % (c["case_id"], k))
            if v["label"] in ("nej", "ej_tillämpligt") and v["evidence"]:
                errs.append("%s %s: evidence on %s" % (c["case_id"], k, v["label"]))
            for e in v["evidence"]:
                if e["file"] not in npages:
                    errs.append("%s %s: evidence file not listed %s" % (c["case_id"], k, e["file"]))
                    continue
                for pg in e["pages"]:
                    if not 1 <= pg <= npages[e["file"]]:
                        errs.append("%s %s: page %d out of range" % (c["case_id"], k, pg))
            if k == "assignment_description":
                pres, miss = v["elements_present"], v["elements_missing"]
                if sorted(pres + miss) != list("abcdefg"):
                    errs.append("%s: elements do not cover a-g" % c["case_id"])
                want = "ja" if not miss else ("nej" if not pres else "delvis")
                if want != v["label"]:
                    errs.append("%s: elements imply %s, label %s" % (c["case_id"], want, v["label"]))
        if c["scenario"] in ("declined",):
            for k in ("planning", "follow_up"):
                if c["criteria"][k]["label"] != "ej_tillämpligt":
                    errs.append("%s: declined but %s labelled" % (c["case_id"], k))
    print("cases:", len(t["cases"]))
    for k, v in counts.items():
        print("  %-24s %s" % (k, dict(v)))
    print("scanned (text-less) pages:", scanned_pages)
    print("producers:", dict(producers))
    print("layouts:", len(layouts), "distinct")
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
    print("folder size: %.2f MB" % (size / 1e6))
    for e in errs:
        print("ERROR:", e)
    print("errors:", len(errs))


if __name__ == "__main__":
    main()
