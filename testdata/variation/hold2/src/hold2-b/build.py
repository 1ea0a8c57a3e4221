#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the hold2-b synthetic case files and truth.json.  Usage: /usr/bin/python3 src/build.py [case_id ...]"""
import os, sys, json, re, shutil, tempfile, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import *
import common
ROOT = os.path.dirname(HERE)

CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}
PRODNAME = {"chromium": "chromium-html", "groff": "groff-ps2pdf", "odt": "libreoffice-odt"}


def render(spec, out, defaults):
    opts = dict(defaults)
    opts.update(spec.get("opts", {}))
    prod = spec["prod"]
    if prod == "chromium":
        o = {k: v for k, v in opts.items() if k in ("header_left", "header_right", "footer", "landscape", "font", "size", "extra_css")}
        chromium_pdf(spec["blocks"], out, **o)
    elif prod == "groff":
        o = {k: v for k, v in opts.items() if k in ("header_left", "header_right", "footer_center", "landscape")}
        groff_pdf(spec["blocks"], out, **o)
    elif prod == "odt":
        o = {k: v for k, v in opts.items() if k in ("header", "footer_prefix", "landscape", "font", "size")}
        odt_pdf(spec["blocks"], out, **o)
    else:
        raise ValueError(prod)


def defaults_for(case, prod):
    o = common.OFF[case["case_id"].split("_")[0]]
    if prod == "chromium":
        return dict(header_left=o["hdr"], header_right=case["diarienummer"])
    if prod == "groff":
        return dict(header_left=o["kommun"] + " – " + o["enhet"], header_right="Sida %", footer_center=case["diarienummer"] + "   Sekretess enl. OSL 26:1")
    return dict(header=o["hdr"] + "    Dnr " + case["diarienummer"])


def scan_replace(pdf, pages):
    tmp = tempfile.mkdtemp(prefix="h2bs")
    n = npages(pdf)
    args = []
    for p in range(1, n + 1):
        if p in pages:
            one = os.path.join(tmp, "p%d.pdf" % p)
            run(["qpdf", pdf, "--pages", pdf, str(p), "--", one])
            sc = os.path.join(tmp, "s%d.pdf" % p)
            scan_pages(one, sc, seed=p * 7 + n)
            args += [sc, "1"]
        else:
            args += [pdf, str(p)]
    out = os.path.join(tmp, "out.pdf")
    run(["qpdf", "--empty", "--pages"] + args + ["--", out])
    shutil.move(out, pdf)
    shutil.rmtree(tmp)


def build_doc(case, spec, folder):
    out = os.path.join(folder, spec["file"])
    tmp = tempfile.mkdtemp(prefix="h2bd")
    prods = set()
    if "parts" in spec:
        parts = []
        if spec.get("cover"):
            cv = os.path.join(tmp, "cover.pdf")
            render(dict(blocks=spec["cover"], prod=spec["prod"], opts=dict(spec.get("cover_opts", {}))), cv, defaults_for(case, spec["prod"]))
            parts.append(cv)
            prods.add(spec["prod"])
        for i, p in enumerate(spec["parts"]):
            fn = os.path.join(tmp, "part%d.pdf" % i)
            d = defaults_for(case, p["prod"])
            if p["prod"] == spec["prod"]:
                d.update(spec.get("opts", {}))
            render(p, fn, d)
            if p.get("scan"):
                scan_replace(fn, p["scan"])
            parts.append(fn)
            prods.add(p["prod"])
        unite(parts, out)
    else:
        d = defaults_for(case, spec["prod"])
        render(spec, out, d)
        prods.add(spec["prod"])
    if spec.get("scan"):
        scan_replace(out, spec["scan"])
    if spec.get("scan_all"):
        t = out + ".s.pdf"
        scan_pages(out, t, seed=len(out))
        os.replace(t, out)
    if spec.get("rotate"):
        rotate(out, spec["rotate"])
    if spec.get("objstreams") or "chromium" in prods:
        spec["objstreams"] = True
        objstreams(out)
    shutil.rmtree(tmp)
    return prods


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def find_pages(folder, file, markers):
    txts = [norm(run(["pdftotext", "-f", str(i), "-l", str(i), os.path.join(folder, file), "-"]).stdout)
            for i in range(1, npages(os.path.join(folder, file)) + 1)]
    found = []
    for m in markers:
        hit = [i + 1 for i, t in enumerate(txts) if norm(m) in t]
        if not hit:
            raise RuntimeError("marker not found: %s :: %s" % (file, m))
        found += hit
    return list(range(min(found), max(found) + 1))


def main():
    import cases_a, cases_b
    allc = cases_a.CASES + cases_b.CASES
    only = set(sys.argv[1:])
    truth_fn = os.path.join(ROOT, "truth.json")
    old = {}
    if os.path.exists(truth_fn):
        old = {c["case_id"]: c for c in json.load(open(truth_fn))["cases"]}
    out_cases = []
    for f in allc:
        case = f()
        cid = case["case_id"]
        if only and cid not in only and f.__name__ not in only:
            if cid in old:
                out_cases.append(old[cid])
            continue
        print("building", cid, flush=True)
        rel = "casefiles/" + cid
        folder = os.path.join(ROOT, rel)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        docs = []
        for spec in case["docs"]:
            prods = build_doc(case, spec, folder)
            fn = os.path.join(folder, spec["file"])
            n = npages(fn)
            pr = "+".join(sorted(PRODNAME[p] for p in prods))
            if spec.get("scan") or spec.get("scan_all") or any(p.get("scan") for p in spec.get("parts", [])):
                pr += "+scan-img2pdf"
            if "parts" in spec:
                pr += "+pdfunite"
            if spec.get("rotate") or spec.get("objstreams"):
                pr += "+qpdf"
            tl = "none" if spec.get("scan_all") else ("partial" if (spec.get("scan") or any(p.get("scan") for p in spec.get("parts", []))) else "full")
            docs.append(dict(file=rel + "/" + spec["file"], type=spec["type"], producer=pr, pages=n,
                             layout=spec.get("layout", "single-column"), text_layer=tl))
        crit = {}
        for k, v in case["criteria"].items():
            label, why, ev = v[0], v[1], v[2]
            evid = []
            for e in ev:
                if len(e) == 3 and e[1] == "pages":
                    pages = e[2]
                else:
                    pages = find_pages(folder, e[0], e[1])
                # merge per file
                for x in evid:
                    if x["file"] == rel + "/" + e[0]:
                        x["pages"] = sorted(set(x["pages"]) | set(pages))
                        break
                else:
                    evid.append({"file": rel + "/" + e[0], "pages": sorted(pages)})
            if label in ("nej", "ej_tillämpligt"):
                assert not evid, (cid, k)
            else:
                assert evid, (cid, k)
            d = {"label": label, "code": CODE[label], "why": why, "evidence": evid}
            if k == "assignment_description":
                present = sorted(v[3]) if label != "nej" else []
                d["elements_present"] = present
                d["elements_missing"] = [x for x in "abcdefg" if x not in present]
                if label == "ja": assert len(present) == 7, cid
                if label == "delvis": assert 0 < len(present) < 7, cid
            crit[k] = d
        out_cases.append(dict(case_id=cid, committee=case["committee"], diarienummer=case["diarienummer"], folder=rel,
                              scenario=case["scenario"], documents=docs, criteria=crit))
    order = [f().get("case_id") for f in allc]
    out_cases.sort(key=lambda c: order.index(c["case_id"]) if c["case_id"] in order else 999)
    truth = {"schema": "tillsyn-eval/1", "split": "hold2-b", "review_date": "2015-10-01",
             "writer_style": "Joint municipal-regional addiction unit (Beroendecentrum/ÖV + myndighetsutövning), semi-clinical numbered sections, heavy abbreviations; analyses titled Socialtjänstens analys / Samlad bedömning av hjälpbehovet / Skäl i delegationsbeslut; Behandlingsplan grids and SIP; Uppföljningsmöte/Utvärderingssamtal/Behandlingskonferens notes and provider e-mails; Uppdrag/Avtal om köp av plats and e-mail assignments; Chromium, groff, LibreOffice-odt, qpdf, scans.",
             "cases": out_cases}
    json.dump(truth, open(truth_fn, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("wrote", len(out_cases), "cases")

if __name__ == "__main__":
    main()
