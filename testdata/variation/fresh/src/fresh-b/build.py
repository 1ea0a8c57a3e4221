#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the fresh-b set: 20 synthetic case files (PDF) and truth.json.

Usage:  /usr/bin/python3 src/build.py            (from the output folder or anywhere)

Each case module (c_*.py) defines CASES, a list of dicts:
  municipality, dnr, scenario, docs=[...], assembled=[...], criteria={...}
A doc: key, file (output name or None if it only goes into an assembled PDF), type,
  producer (chromium | docx | reportlab | enscript), blocks (or text for enscript),
  hf (header/footer), font, size, layout, post=[("qpdf",), ("rotate",[p]), ("scan",[p])]
Chromium output is always rewritten with qpdf (object streams, recompressed), and the
.docx documents name Word-style fonts (Helvetica, Times, Palatino) that LibreOffice maps to the
URW base-35 faces, to keep the folder under 3 MB.
Evidence is given as markers (phrases) per document key; page numbers are resolved by
searching the text layer of the document as rendered (before any page is scanned),
within every output file that holds the document.
"""
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402

OUT = os.path.dirname(HERE)
BUILD = "/tmp/fb-build"
MODULES = ["c_uppsala", "c_enkoping", "c_vasteras", "c_eskilstuna", "c_orebro", "c_karlstad"]
CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}
PRODUCER = {"chromium": "chromium", "docx": "libreoffice-docx", "reportlab": "reportlab",
            "enscript": "enscript+ghostscript"}
REVIEW = "2015-10-01"


def ascii_lower(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def case_id(c):
    return ascii_lower(c["municipality"]) + "_" + re.sub(r"[/ ]", "-", c["dnr"])


def main(only=None):
    cases = []
    for m in MODULES:
        try:
            mod = __import__(m)
        except ImportError as e:
            print("skipping", m, e)
            continue
        cases.extend(mod.CASES)
    if only:
        cases = [c for c in cases if case_id(c) in only]
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    docxdir = os.path.join(BUILD, "_docx")
    os.makedirs(docxdir)

    # ---- 1. render
    pending_docx = []
    for c in cases:
        cid = case_id(c)
        wd = os.path.join(BUILD, cid)
        os.makedirs(wd, exist_ok=True)
        for d in c["docs"]:
            pre = os.path.join(wd, d["key"] + ".pre.pdf")
            d["_pre"] = pre
            p = d["producer"]
            if p == "chromium":
                raw = os.path.join(wd, d["key"] + ".raw.pdf")
                lib.render_chromium(d, wd, raw)
                lib.qpdf_recompress(raw, pre)
            elif p == "reportlab":
                lib.render_reportlab(d, pre)
            elif p == "enscript":
                lib.render_enscript(d, wd, pre)
            elif p == "docx":
                dx = os.path.join(docxdir, "%s__%s.docx" % (cid, d["key"]))
                lib.render_docx(d, dx)
                pending_docx.append((dx, pre))
            else:
                raise ValueError(p)
    lib.convert_docx_batch([dx for dx, _ in pending_docx], docxdir)
    for dx, pre in pending_docx:
        shutil.move(dx[:-5] + ".pdf", pre)

    # ---- 2. post-process, write outputs
    truth_cases = []
    problems = []
    future = set()
    for c in cases:
        cid = case_id(c)
        wd = os.path.join(BUILD, cid)
        folder = os.path.join(OUT, "casefiles", cid)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        docs = {d["key"]: d for d in c["docs"]}
        for d in c["docs"]:
            cur = d["_pre"]
            d["_npages"] = lib.n_pages(cur)
            d["_texts"] = lib.page_texts(cur)
            d["_scanned"] = []
            prod = PRODUCER[d["producer"]] + ("+qpdf-objstm" if d["producer"] == "chromium" else "")
            for i, step in enumerate(d.get("post", [])):
                nxt = os.path.join(wd, "%s.step%d.pdf" % (d["key"], i))
                if step[0] == "qpdf":
                    lib.qpdf_objstm(cur, nxt)
                    if "+qpdf-objstm" not in prod:
                        prod += "+qpdf-objstm"
                elif step[0] == "rotate":
                    lib.rotate_pages(cur, nxt, step[1]); prod += "+qpdf-rotate"
                elif step[0] == "scan":
                    lib.scan_pages(cur, nxt, step[1], wd, seed=len(cid) + i); prod += "+scan(pdftoppm,img2pdf,qpdf)"
                    d["_scanned"].extend(step[1])
                else:
                    raise ValueError(step)
                cur = nxt
            d["_post"] = cur
            d["_prod"] = prod
            assert lib.n_pages(cur) == d["_npages"], d["key"]

        outputs = []  # (file, [(key, offset, n)], producer, type, layout, scanned pages)
        for d in c["docs"]:
            if d.get("file"):
                shutil.copy(d["_post"], os.path.join(folder, d["file"]))
                outputs.append(dict(file=d["file"], parts=[(d["key"], 0, d["_npages"])], producer=d["_prod"],
                                    type=d["type"], layout=d.get("layout", "portrait"),
                                    scanned=list(d["_scanned"])))
        for a in c.get("assembled", []):
            parts, off, scanned = [], 0, []
            for k in a["parts"]:
                parts.append((k, off, docs[k]["_npages"]))
                scanned += [off + p for p in docs[k]["_scanned"]]
                off += docs[k]["_npages"]
            dst = os.path.join(wd, "assembled_" + a["file"])
            lib.unite([docs[k]["_post"] for k in a["parts"]], dst)
            prod = "pdfunite[" + ", ".join(docs[k]["_prod"] for k in a["parts"]) + "]"
            if a.get("qpdf"):
                dst2 = dst + ".q.pdf"
                lib.qpdf_objstm(dst, dst2); dst = dst2; prod += "+qpdf-objstm"
            shutil.copy(dst, os.path.join(folder, a["file"]))
            lays = []
            for k in a["parts"]:
                for l in docs[k].get("layout", "portrait").split("+"):
                    if l not in lays:
                        lays.append(l)
            outputs.append(dict(file=a["file"], parts=parts, producer=prod,
                                type=a.get("type", "akt (samlad: " + ", ".join(docs[k]["type"] for k in a["parts"]) + ")"),
                                layout="+".join(lays), scanned=scanned))

        # ---- 3. documents in truth
        tdocs = []
        for o in outputs:
            path = os.path.join(folder, o["file"])
            n = lib.n_pages(path)
            if not o["scanned"]:
                tl = "full"
            elif len(set(o["scanned"])) >= n:
                tl = "none"
            else:
                tl = "partial"
            # verify the text layer of scanned pages is really empty
            for p in o["scanned"]:
                t = lib.run(["pdftotext", "-f", str(p), "-l", str(p), path, "-"]).decode().strip()
                if t:
                    problems.append("%s %s p%d: scanned page has text" % (cid, o["file"], p))
            o["pages"] = n
            tdocs.append({"file": "casefiles/%s/%s" % (cid, o["file"]), "type": o["type"], "producer": o["producer"],
                          "pages": n, "layout": o["layout"], "text_layer": tl})

        # ---- 4. evidence
        crits = {}
        for cname in ("needs_assessment", "planning", "follow_up", "assignment_description"):
            spec = c["criteria"][cname]
            label = spec["label"]
            ev = []
            for key, markers in spec.get("ev", []):
                d = docs[key]
                rel = set()
                for mk in markers:
                    if isinstance(mk, tuple) and mk[0] == "range":
                        a = [i for i, t in enumerate(d["_texts"], 1) if mk[1] in t]
                        b = [i for i, t in enumerate(d["_texts"], 1) if mk[2] in t]
                        if not a or not b:
                            problems.append("%s %s: range marker not found %r" % (cid, key, mk))
                            continue
                        rel.update(range(min(a), max(b) + 1))
                    elif isinstance(mk, tuple) and mk[0] == "pages":
                        rel.update(mk[1])
                    else:
                        hits = [i for i, t in enumerate(d["_texts"], 1) if mk in t]
                        if not hits:
                            problems.append("%s %s: marker not found %r" % (cid, key, mk))
                        if len(hits) > 1:
                            problems.append("NOTE %s %s: marker on several pages %r %s" % (cid, key, mk, hits))
                        rel.update(hits)
                for o in outputs:
                    for (k, off, n) in o["parts"]:
                        if k == key:
                            pages = sorted(off + p for p in rel)
                            ent = [e for e in ev if e["file"].endswith("/" + o["file"])]
                            if ent:
                                ent[0]["pages"] = sorted(set(ent[0]["pages"]) | set(pages))
                            else:
                                ev.append({"file": "casefiles/%s/%s" % (cid, o["file"]), "pages": pages})
            if label in ("nej", "ej_tillämpligt"):
                assert not ev, (cid, cname)
            else:
                assert ev, (cid, cname)
            entry = {"label": label, "code": CODE[label], "why": spec["why"], "evidence": ev}
            if cname == "assignment_description":
                pres = list(spec.get("present", ""))
                entry["elements_present"] = pres
                entry["elements_missing"] = [x for x in "abcdefg" if x not in pres]
            crits[cname] = entry

        # ---- 5. sanity checks on the text
        for d in c["docs"]:
            for i, t in enumerate(d["_texts"], 1):
                for m in re.finditer(r"\b(20\d\d)-(\d\d)-(\d\d)\b", t):
                    if m.group(0) > REVIEW:
                        future.add("%s %s %s" % (cid, d["key"], m.group(0)))
                for m in re.finditer(r"\b(\d{8})-?(\d{4})\b", t):
                    if not m.group(1)[:4] in ("1900", "1901", "1902"):
                        problems.append("%s %s p%d: personnummer-like %s" % (cid, d["key"], i, m.group(0)))

        truth_cases.append({
            "case_id": cid, "committee": c["municipality"], "diarienummer": c["dnr"],
            "folder": "casefiles/" + cid, "scenario": c.get("scenario", ""),
            "documents": tdocs, "criteria": crits})

    # ---- 6. truth.json
    truth = {"schema": "tillsyn-eval/1", "split": "fresh-b", "review_date": REVIEW,
             "writer_style": ("large city with specialised units (mottagning, utredning, uppföljning): utredningar with "
                              "ASI summaries and quoted doctor/probation statements, assessment split into 'Analys' and "
                              "'Slutsats och förslag', provider genomförandeplaner with numbered goals and sub-goals, coded "
                              "journal printouts, assignments sent through a web portal ('Uppdrag skickat via e-tjänst'); "
                              "Chromium (its output rewritten with qpdf object streams), LibreOffice from .docx (some also rewritten "
                              "with qpdf), reportlab and enscript system printouts; pdfunite-assembled files"),
             "cases": truth_cases}
    if not only:
        with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
    else:
        with open(os.path.join(BUILD, "truth.partial.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
    with open(os.path.join(BUILD, "future_dates.txt"), "w") as f:
        f.write("\n".join(sorted(future)))
    for p in problems:
        print("PROBLEM:" if not p.startswith("NOTE") else "", p)
    print("cases:", len(truth_cases))


if __name__ == "__main__":
    main(sys.argv[1:] or None)
