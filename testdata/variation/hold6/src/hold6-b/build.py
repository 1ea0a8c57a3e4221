#!/usr/bin/python3
# Rebuild all case files and truth.json:  /usr/bin/python3 /work/varsets/hold6-b/src/build.py
import json, os, re, subprocess, sys, shutil, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import render, scanify, unite, compact, TMP
import cases1, cases2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}
STYLE = ("Norrland municipalities (Västernorrland/Västerbotten/Norrbotten) using a Lifecare-like web case system, "
         "documents printed from the browser to PDF (Chromium): a blue system bar and breadcrumb, metadata boxes beside "
         "the text (Ärendeuppgifter/Beslut/Beställning), journals in reverse chronological order with Händelse/Rubrik/Sign "
         "boxes per note (Avstämning, Telefon, Delutvärdering, Beställning), ICD/KVÅ-like codes (F10.2, DU011), plans as "
         "'Individuell plan'/'Handlingsplan'/'Genomförandeplan' tables with ticked-box participation columns (mostly landscape), "
         "assignments as 'Beställning' forms in the system or as letterhead 'Uppdrag' letters, one e-mail printout, a faxed "
         "decision and signed plans as image-only scans, one file united from decision+assignment with pdfunite, one case "
         "without an utredning, empty template fields (Bedömning, plan form, Ansvarig handläggare).")


def ascii_low(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        out.append(re.sub(r"\s+", " ", t))
    return out


def main():
    only = set(sys.argv[1:])
    fns = [getattr(cases1, f"case{i:02d}") for i in range(1, 11)] + [getattr(cases2, f"case{i:02d}") for i in range(11, 21)]
    truth = {"schema": "tillsyn-eval/1", "split": "hold6", "review_date": "2015-10-01",
             "writers": [{"writer": "hold6-b", "style": STYLE}], "cases": []}
    for fn in fns:
        k = fn()
        c = k["c"]
        cid = f"{ascii_low(c['kommun'])}_{c['dnr'].replace('/', '-').replace(' ', '-')}"
        folder = f"casefiles/{cid}"
        if only and cid not in only:
            continue
        absf = os.path.join(ROOT, folder)
        if (not only or cid in only) and not os.environ.get("KEEP"):
            shutil.rmtree(absf, ignore_errors=True)
        os.makedirs(absf, exist_ok=True)
        docs_meta = []
        texts = {}
        for d in k["docs"]:
            out = os.path.join(absf, d["file"])
            producer = "chromium+gs"
            if (not only or cid in only) and not (os.environ.get("KEEP") and os.path.exists(out)):
                if "parts" in d:
                    parts = []
                    for j, h in enumerate(d["parts"]):
                        p = os.path.join(TMP, f"part{j}.pdf")
                        render(h, p)
                        parts.append(p)
                    unite(parts, out)
                    compact(out)
                else:
                    render(d["html"], out)
                    if d.get("scan"):
                        scanify(out)
                    else:
                        compact(out)
            if "parts" in d:
                producer = "chromium+pdfunite+gs"
            elif d.get("scan"):
                producer = "chromium+pdftoppm+img2pdf (scan)"
            texts[d["file"]] = page_texts(out)
            docs_meta.append({"file": f"{folder}/{d['file']}", "type": d["type"], "producer": producer,
                              "pages": len(texts[d["file"]]), "layout": "landscape" if d.get("landscape") else "portrait",
                              "text_layer": "none" if d.get("scan") else "full"})
        crit = {}
        for name, val in k["truth"].items():
            label, why, ev = val[0], val[1], val[2]
            evid = []
            for f, m in ev:
                if isinstance(m, list):
                    pages = m
                else:
                    key = re.sub(r"\s+", " ", m)
                    pages = [i + 1 for i, t in enumerate(texts[f]) if key in t]
                    if not pages:
                        raise SystemExit(f"{cid}: marker not found in {f}: {m!r}")
                # merge per file
                for x in evid:
                    if x["file"] == f"{folder}/{f}":
                        x["pages"] = sorted(set(x["pages"]) | set(pages))
                        break
                else:
                    evid.append({"file": f"{folder}/{f}", "pages": pages})
            entry = {"label": label, "code": CODES[label], "why": why, "evidence": sorted(evid, key=lambda x: x["file"])}
            if name == "assignment_description":
                entry["elements_present"] = list(val[3])
                entry["elements_missing"] = list(val[4])
            crit[name] = entry
        truth["cases"].append({"case_id": cid, "committee": c["kommun"], "diarienummer": c["dnr"], "folder": folder,
                               "scenario": k["scenario"], "documents": sorted(docs_meta, key=lambda x: x["file"]),
                               "criteria": crit})
        print(cid, "ok", flush=True)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
