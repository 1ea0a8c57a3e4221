# -*- coding: utf-8 -*-
"""Build all case files and truth.json.  Run: /usr/bin/python3 src/build.py [case_id ...]"""
import json, os, re, subprocess, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(__file__))
import render
from cases_a import C as CA
from cases_b import C as CB
from cases_c import C as CC

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = CA + CB + CC
CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}
STYLE = ("small inland/border municipalities (Lycksele, Vilhelmina, Storuman, Arvidsjaur, Kalix, Haparanda): dictated "
         "running-narrative documents, reasoning in letters to the client, plans as 'Överenskommelse'/'Planering' paragraphs "
         "or scanned hand-ruled forms, running journals with margin dates, tolk and Finnish/Meänkieli, assignments as letters "
         "to named homes, forwarded e-mails or telephone only; groff, LibreOffice rtf/docx, Chromium, scans + pdfunite")


def render_one(spec, out):
    p = spec["producer"].split(" ")[0]
    kw = spec.get("kw", {})
    if p.startswith("groff"):
        render.groff_pdf(spec["blocks"], out, **kw)
    elif p == "chromium" or p.startswith("chromium"):
        render.chromium_pdf(spec["blocks"], out, **kw)
    elif p == "libreoffice-rtf":
        render.rtf_pdf(spec["blocks"], out, **kw)
    elif p == "libreoffice-docx":
        render.docx_pdf(spec["blocks"], out, **kw)
    else:
        raise ValueError(p)


def build_doc(spec, out):
    tmp = tempfile.mkdtemp()
    if "parts" in spec:
        files = []
        for i, part in enumerate(spec["parts"]):
            f = os.path.join(tmp, f"part{i}.pdf")
            render_one(part, f)
            if part.get("scan"):
                g = os.path.join(tmp, f"part{i}s.pdf")
                render.scan_pdf(f, g)
                f = g
            files.append(f)
        render.run(["pdfunite"] + files + [out])
    else:
        f = os.path.join(tmp, "d.pdf")
        render_one(spec, f)
        if spec.get("scan"):
            render.scan_pdf(f, out, angle=spec.get("angle", 0.6))
        else:
            shutil.copy(f, out)
    if spec.get("rotate"):
        r = os.path.join(tmp, "r.pdf")
        render.run(["qpdf", out, "--rotate=+90:" + ",".join(str(x) for x in spec["rotate"]), "--", r])
        shutil.copy(r, out)
    shutil.rmtree(tmp)


def npages(path):
    o = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", o).group(1))


def page_text(path, n):
    o = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), path, "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", o)


def find_pages(path, marker):
    m = re.sub(r"\s+", " ", marker)
    return [n for n in range(1, npages(path) + 1) if m in page_text(path, n)]


def main(only):
    truth_cases = []
    for c in CASES:
        folder = f"casefiles/{c['id']}"
        cdir = os.path.join(ROOT, folder)
        if not only or c["id"] in only:
            shutil.rmtree(cdir, ignore_errors=True)
            os.makedirs(cdir)
            for d in c["docs"]:
                build_doc(d, os.path.join(cdir, d["file"]))
                print("built", c["id"], d["file"], flush=True)
        docs = []
        for d in c["docs"]:
            path = os.path.join(cdir, d["file"])
            docs.append(dict(file=f"{folder}/{d['file']}", type=d["type"], producer=d["producer"],
                             pages=npages(path), layout=d["layout"], text_layer=d.get("text_layer", "full")))
        crit = {}
        for k, v in c["criteria"].items():
            ev = {}
            for f, m in v["ev"]:
                path = os.path.join(cdir, f)
                pages = m if isinstance(m, list) else find_pages(path, m)
                if not pages:
                    raise SystemExit(f"marker not found: {c['id']} {k} {f} {m!r}")
                ev.setdefault(f, set()).update(pages)
            e = dict(label=v["label"], code=CODE[v["label"]], why=v["why"],
                     evidence=[dict(file=f"{folder}/{f}", pages=sorted(p)) for f, p in ev.items()])
            if v["label"] in ("nej", "ej_tillämpligt"):
                assert not e["evidence"], (c["id"], k)
            else:
                assert e["evidence"], (c["id"], k)
            if k == "assignment_description":
                pres = list(v.get("present", ""))
                e["elements_present"] = pres
                e["elements_missing"] = [x for x in "abcdefg" if x not in pres]
            crit[k] = e
        truth_cases.append(dict(case_id=c["id"], committee=c["committee"], diarienummer=c["dnr"], folder=folder,
                                scenario=c["scenario"], documents=docs, criteria=crit))
    truth = {"schema": "tillsyn-eval/1", "split": "hold4-b", "review_date": "2015-10-01", "writer_style": STYLE,
             "cases": truth_cases}
    json.dump(truth, open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("cases:", len(truth_cases))


if __name__ == "__main__":
    main(sys.argv[1:])
