#!/usr/bin/python3
"""Rebuild the hold2-a set: python3 src/build.py  (writes casefiles/ and truth.json)"""
import os, sys, json, shutil, subprocess, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render
from cases import CASES, WRITER_STYLE

STAGE = "/tmp/hold2-a-stage"
CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}

def npages(p):
    out = subprocess.run(["qpdf", "--show-npages", p], capture_output=True, text=True).stdout
    return int(out.strip())

def page_texts(p):
    n = npages(p); res = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), p, "-"],
                           capture_output=True, text=True).stdout
        t2 = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), p, "-"],
                           capture_output=True, text=True).stdout
        res.append(re.sub(r"\s+", " ", t) + " ||| " + re.sub(r"\s+", " ", t2))
    return res

def main():
    shutil.rmtree(STAGE, ignore_errors=True); os.makedirs(STAGE + "/lo")
    cf = os.path.join(ROOT, "casefiles")
    shutil.rmtree(cf, ignore_errors=True); os.makedirs(cf)
    lo_jobs = []
    for c in CASES:
        sd = os.path.join(STAGE, c["id"]); os.makedirs(sd)
        for d in c["docs"]:
            out = os.path.join(sd, d["file"])
            pr = d["producer"]
            if pr == "reportlab":
                render.reportlab_pdf(out, d["blocks"], d.get("header", ""), d.get("footer", ""),
                                     d.get("layout", "portrait"), d.get("serif", False))
            elif pr == "enscript":
                render.enscript_pdf(out, d["text"], d.get("header", ""), d.get("layout") == "landscape")
            elif pr == "scan":
                tmp = out + ".src.pdf"
                render.reportlab_pdf(tmp, d["blocks"], d.get("header", ""), d.get("footer", ""),
                                     d.get("layout", "portrait"), d.get("serif", True))
                render.scan_pdf(tmp, out, angle=d.get("angle", 0.5), seed=len(c["id"]))
                os.remove(tmp)
            elif pr in ("libreoffice-docx", "libreoffice-rtf"):
                ext = "docx" if pr.endswith("docx") else "rtf"
                src = os.path.join(STAGE, "lo", c["id"] + "__" + d["file"][:-4] + "." + ext)
                if ext == "docx":
                    render.docx_file(src, d["blocks"], d.get("header", ""), d.get("footer", ""))
                else:
                    render.rtf_file(src, d["blocks"], d.get("header", ""), d.get("footer", ""))
                lo_jobs.append((src, out))
            else:
                raise ValueError(pr)
    if lo_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-profile-hold2-a", "--headless",
                        "--convert-to", "pdf", "--outdir", STAGE + "/lo/out"] + [s for s, _ in lo_jobs],
                       check=True, capture_output=True)
        for s, o in lo_jobs:
            shutil.move(os.path.join(STAGE, "lo/out", os.path.basename(s).rsplit(".", 1)[0] + ".pdf"), o)
    truth = {"schema": "tillsyn-eval/1", "split": "hold2-a", "review_date": "2015-10-01",
             "writer_style": WRITER_STYLE, "cases": []}
    for c in CASES:
        sd = os.path.join(STAGE, c["id"]); od = os.path.join(cf, c["id"]); os.makedirs(od)
        meta = {}
        for d in c["docs"]:
            meta[d["file"]] = d
            if not d.get("part_only"):
                shutil.copy(os.path.join(sd, d["file"]), os.path.join(od, d["file"]))
        for u in c.get("unite", []):
            subprocess.run(["pdfunite"] + [os.path.join(sd, p) for p in u["parts"]] + [os.path.join(od, u["file"])], check=True)
            prods = []
            for p in u["parts"]:
                if meta[p]["producer"] not in prods:
                    prods.append(meta[p]["producer"])
            anyscan = any(meta[p]["producer"] == "scan" for p in u["parts"])
            allscan = all(meta[p]["producer"] == "scan" for p in u["parts"])
            meta[u["file"]] = {"file": u["file"], "type": u["type"], "producer": "pdfunite(" + "+".join(prods) + ")",
                               "layout": u.get("layout", "assembled"),
                               "text_layer": "none" if allscan else ("partial" if anyscan else "full")}
        for r in c.get("rotate", []):
            f = os.path.join(od, r["file"])
            subprocess.run(["qpdf", "--replace-input", "--rotate=+90:%d" % r["page"], f], check=True)
        # documents list
        docs = []; texts = {}
        for fn in sorted(os.listdir(od)):
            p = os.path.join(od, fn); m = meta[fn]
            rel = "casefiles/%s/%s" % (c["id"], fn)
            tl = m.get("text_layer") or ("none" if m["producer"] == "scan" else "full")
            docs.append({"file": rel, "type": m["type"], "producer": m["producer"], "pages": npages(p),
                         "layout": m.get("layout_label", m.get("layout", "portrait")), "text_layer": tl})
            texts[rel] = page_texts(p)
        order = [x["file"] for x in docs]
        # keep a natural document order: as listed in docs then unite
        want = ["casefiles/%s/%s" % (c["id"], d["file"]) for d in c["docs"]] + \
               ["casefiles/%s/%s" % (c["id"], u["file"]) for u in c.get("unite", [])]
        docs.sort(key=lambda x: want.index(x["file"]))
        crit = {}
        for name in ("needs_assessment", "planning", "follow_up", "assignment_description"):
            spec = c["crit"][name]
            label, why, markers = spec["label"], spec["why"], spec.get("markers", [])
            ev = {}
            for mk in markers:
                mkn = re.sub(r"\s+", " ", mk)
                hit = False
                for rel, pages in texts.items():
                    for i, t in enumerate(pages):
                        if mkn in t:
                            ev.setdefault(rel, set()).add(i + 1); hit = True
                if not hit:
                    raise SystemExit("marker not found: %s / %s / %r" % (c["id"], name, mk))
            for fn, pg in spec.get("scan_pages", []):
                if isinstance(pg, str) and pg.startswith("part:"):
                    u = [x for x in c["unite"] if x["file"] == fn][0]
                    off = 0
                    for p in u["parts"]:
                        if p == pg[5:]:
                            break
                        off += npages(os.path.join(STAGE, c["id"], p))
                    pg = off + 1
                rel = "casefiles/%s/%s" % (c["id"], fn)
                assert rel in texts and pg <= len(texts[rel]), (rel, pg)
                ev.setdefault(rel, set()).add(pg)
            if label in ("nej", "ej_tillämpligt"):
                assert not ev, (c["id"], name)
            else:
                assert ev, (c["id"], name)
            entry = {"label": label, "code": CODE[label], "why": why,
                     "evidence": [{"file": f, "pages": sorted(ev[f])} for f in sorted(ev, key=lambda x: order.index(x))]}
            if name == "assignment_description":
                pres = spec["present"]
                entry["elements_present"] = list(pres)
                entry["elements_missing"] = [e for e in "abcdefg" if e not in pres]
                exp = "ja" if len(pres) == 7 else ("nej" if spec.get("none") else "delvis")
                assert exp == label, (c["id"], exp, label)
            crit[name] = entry
        truth["cases"].append({"case_id": c["id"], "committee": c["committee"], "diarienummer": c["dnr"],
                               "folder": "casefiles/" + c["id"], "scenario": c.get("scenario", ""),
                               "documents": docs, "criteria": crit})
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("cases:", len(truth["cases"]))

if __name__ == "__main__":
    main()
