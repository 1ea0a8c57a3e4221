# -*- coding: utf-8 -*-
"""Build all case PDFs and truth.json.  Usage: /usr/bin/python3 src/build.py [case_id ...]"""
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
from common import case_id  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

WORK = "/tmp/hold5-a-build"
TEXTCOPY = os.path.join(WORK, "textcopy")   # text-layer versions of scanned files, for evidence search
CASES = cases_a.CASES + cases_b.CASES

STYLE = ("Large southern municipalities in Skåne and Halland on a Treserva-like system: every print carries a "
         "Treserva header line with Dnr, print date and OSL secrecy note. Utredningar are ASI/BBIC-style structured "
         "interviews with life-area headings (Alkohol, Narkotika, Boende, Försörjning, Psykisk hälsa …), sometimes as "
         "two-column life-area tables or a true two-column page, with the assessment headed 'Handläggarens analys', "
         "'Samlad värdering', 'Slutsats och förslag' or plain 'Bedömning'. Decisions are forms with ticked boxes "
         "(☒/☐ or [X]/[ ]). Plans are provider Behandlingsplan/genomförandeplan tables, committee vårdplaner, one SIP "
         "(landscape), or bulleted lists. Assignments are 'Beställning av insats'/'Uppdragsbeskrivning' forms or "
         "e-mails to the provider with a signature block. Follow-ups appear as journal notes (Trepartsmöte, "
         "Avstämning, Resultatuppföljning, Trepartssamtal) or separate Utvärdering/Resultatuppföljning documents. "
         "Rendered with reportlab, Chromium (HTML) and LibreOffice; a few scanned pages without text layer and one "
         "file assembled with pdfunite.")

CODES = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_text(path, n):
    t = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), path, "-"], capture_output=True,
                       text=True, check=True).stdout
    t2 = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), path, "-"], capture_output=True,
                        text=True, check=True).stdout
    norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
    return norm(t) + " || " + norm(t2)


def find_pages(path, marker):
    m = re.sub(r"\s+", " ", marker).strip().lower()
    return [n for n in range(1, pdf_pages(path) + 1) if m in page_text(path, n)]


def render_doc(doc, out, tmp):
    eng = doc.get("engine", "rl")
    if eng == "rl":
        render.render_rl(doc, out)
    elif eng == "chrome":
        render.render_chrome(doc, out, tmp)
    elif eng == "soffice":
        render.render_soffice(doc, out, tmp)
    elif eng == "unite":
        parts = []
        for i, p in enumerate(doc["parts"]):
            po = os.path.join(tmp, "part%d_%s" % (i, p["file"].lstrip("_")))
            render_doc(p, po, tmp)
            parts.append(po)
        subprocess.run(["pdfunite"] + parts + [out], check=True)
    else:
        raise ValueError(eng)


def producer(doc):
    eng = doc.get("engine", "rl")
    base = {"rl": "reportlab", "chrome": "chromium", "soffice": "libreoffice"}.get(eng)
    if eng == "unite":
        base = "+".join(sorted({producer(p) for p in doc["parts"]})) + "+pdfunite"
    if doc.get("scan"):
        base += "+ghostscript+img2pdf (scan)"
    return base


def build_case(c):
    cid = case_id(c["committee"], c["dnr"])
    folder = os.path.join(ROOT, "casefiles", cid)
    tmp = os.path.join(WORK, cid)
    tcopy = os.path.join(TEXTCOPY, cid)
    for d in (tmp, tcopy):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for doc in c["docs"]:
        out = os.path.join(folder, doc["file"])
        if doc.get("scan"):
            txt = os.path.join(tcopy, doc["file"])
            render_doc(doc, txt, tmp)
            render.scan(txt, out, tmp)
        else:
            render_doc(doc, out, tmp)
            shutil.copy(out, os.path.join(tcopy, doc["file"]))
    shutil.rmtree(tmp, ignore_errors=True)
    print("built", cid, flush=True)


def truth_case(c):
    cid = case_id(c["committee"], c["dnr"])
    rel = "casefiles/" + cid
    folder = os.path.join(ROOT, rel)
    tcopy = os.path.join(TEXTCOPY, cid)
    docs = []
    for doc in sorted(c["docs"], key=lambda d: d["file"]):
        path = os.path.join(folder, doc["file"])
        docs.append({"file": rel + "/" + doc["file"], "type": doc["type"], "producer": producer(doc),
                     "pages": pdf_pages(path),
                     "layout": "landscape" if (doc.get("landscape") or any(p.get("landscape") for p in doc.get("parts", [])))
                     else "portrait",
                     "text_layer": "none" if doc.get("scan") else "full"})
    crit = {}
    for key in ("needs_assessment", "planning", "follow_up", "assignment_description"):
        lab = c["labels"][key]
        label, why, ev = lab[0], lab[1], lab[2]
        pages = {}
        for fname, marker in ev:
            found = find_pages(os.path.join(tcopy, fname), marker)
            if not found:
                raise SystemExit("marker not found: %s %s %r" % (cid, fname, marker))
            pages.setdefault(fname, set()).update(found)
        entry = {"label": label, "code": CODES[label], "why": why,
                 "evidence": [{"file": rel + "/" + f, "pages": sorted(p)} for f, p in sorted(pages.items())]}
        if key == "assignment_description":
            entry["elements_present"] = list(lab[3])
            entry["elements_missing"] = list(lab[4])
        crit[key] = entry
    return {"case_id": cid, "committee": c["committee"], "diarienummer": c["dnr"], "folder": rel,
            "scenario": c["scenario"], "documents": docs, "criteria": crit}


def main():
    args = sys.argv[1:]
    truth_only = "--truth-only" in args
    only = set(a for a in args if not a.startswith("--"))
    os.makedirs(WORK, exist_ok=True)
    for c in CASES:
        if truth_only:
            break
        if not only or case_id(c["committee"], c["dnr"]) in only:
            build_case(c)
    truth = {"schema": "tillsyn-eval/1", "split": "hold5", "review_date": "2015-10-01",
             "writers": [{"writer": "hold5-a", "style": STYLE}],
             "cases": [truth_case(c) for c in CASES]}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("truth.json written, %d cases" % len(truth["cases"]))


if __name__ == "__main__":
    main()
