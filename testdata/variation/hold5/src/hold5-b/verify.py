#!/usr/bin/python3
"""Re-check truth.json evidence: every evidence page on a text page must contain a needle."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases import CASES
from build import case_id, norm
t = json.load(open(os.path.join(ROOT, "truth.json")))
bad = 0
spec = {case_id(c): c for c in CASES}
for c in t["cases"]:
    img = {d["file"]: set(d["image_only_pages"]) for d in c["documents"]}
    for cr, o in c["criteria"].items():
        needles = [n for _, n in spec[c["case_id"]]["crit"][cr].get("ev", [])]
        for e in o["evidence"]:
            for p in e["pages"]:
                if p in img[e["file"]]:
                    print("scanned evidence page", c["case_id"], cr, e["file"], p); continue
                txt = norm(subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), os.path.join(ROOT, e["file"]), "-"], capture_output=True, text=True).stdout)
                if not any(norm(n) in txt for n in needles):
                    print("MISMATCH", c["case_id"], cr, e["file"], p); bad += 1
print("bad", bad)
