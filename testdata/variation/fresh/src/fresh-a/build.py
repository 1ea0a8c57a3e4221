#!/usr/bin/python3
"""Build the fresh-a set: render every case's documents, assemble/rotate/scan pages, write truth.json.

Run:  /usr/bin/python3 src/build.py            (from anywhere)
Intermediate files go to /tmp/fa-build; final PDFs to casefiles/<case_id>/.
"""
import json, os, re, shutil, subprocess, sys, random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
BUILD = "/tmp/fa-build"
LO_PROFILE = "file:///tmp/lo-profile-fresh-a"

from render_odt import write_odt
from render_ps import write_ps
from render_rl import write_rl
import scan

PRODUCER = {"odt": "libreoffice-odt", "ps": "ghostscript-ps", "rl": "reportlab"}
CODE = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s %s" % (cmd[0], r.stdout, r.stderr))
    return r.stdout


def npages(pdf):
    out = run(["pdfinfo", pdf])
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_text(pdf, p, layout=False):
    cmd = ["pdftotext", "-f", str(p), "-l", str(p)] + (["-layout"] if layout else []) + [pdf, "-"]
    return run(cmd)


def norm(s):
    s = s.replace("\u00ad", "")
    for ch in "\u2013\u2014\u2212":
        s = s.replace(ch, "-")
    s = s.replace("\u201d", '"').replace("\u201c", '"')
    s = re.sub(r"-\s*\n\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def build_case(case):
    cid = case["case_id"]
    bdir = os.path.join(BUILD, cid)
    shutil.rmtree(bdir, ignore_errors=True)
    os.makedirs(bdir)
    docs = {d["file"]: d for d in case["docs"]}
    odts = []
    for d in case["docs"]:
        stem = d["file"][:-4]
        opts = dict(case.get("opts", {}))
        opts.update(d.get("opts", {}))
        opts.setdefault("title", d.get("title", d["type"]))
        if d["producer"] == "odt":
            write_odt(os.path.join(bdir, stem + ".odt"), d["blocks"], opts)
            odts.append(stem + ".odt")
        elif d["producer"] == "ps":
            write_ps(os.path.join(bdir, stem + ".ps"), d["blocks"], opts)
            run(["ps2pdf", "-dPDFSETTINGS=/default", stem + ".ps", stem + ".pdf"], cwd=bdir)
        elif d["producer"] == "rl":
            write_rl(os.path.join(bdir, d["file"]), d["blocks"], opts)
        else:
            raise ValueError(d["producer"])
    if odts:
        run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", bdir] + odts, cwd=bdir)
    # final documents: either plain docs or assemblies
    finals = []  # (file, meta)
    used_in_assembly = set()
    for a in case.get("assemble", []):
        parts = [os.path.join(bdir, p) for p in a["parts"]]
        run(["pdfunite"] + parts + [os.path.join(bdir, a["file"])])
        if not a.get("keep_parts"):
            used_in_assembly.update(a["parts"])
        prods = []
        for p in a["parts"]:
            pr = PRODUCER[docs[p]["producer"]]
            if pr not in prods:
                prods.append(pr)
        finals.append((a["file"], {"type": a["type"], "producer": "pdfunite(" + ", ".join(prods) + ")",
                                   "layout": a.get("layout", "assembled")}))
    for d in case["docs"]:
        if d["file"] in used_in_assembly or d.get("hidden"):
            continue
        finals.append((d["file"], {"type": d["type"], "producer": PRODUCER[d["producer"]], "layout": d.get("layout", "portrait")}))
    order = case.get("order")
    if order:
        finals.sort(key=lambda x: order.index(x[0]) if x[0] in order else 99)
    # rotations (on the built file, before the shadow copy)
    def part_pages(f, part):
        a = [x for x in case["assemble"] if x["file"] == f][0]
        start = 1
        for p in a["parts"]:
            n = npages(os.path.join(bdir, p))
            if p == part:
                return list(range(start, start + n))
            start += n
        raise ValueError(part)

    for f, pages in case.get("rotate", {}).items():
        if isinstance(pages, dict):
            pages = [part_pages(f, pages["part"])[pages.get("index", 0)]]
        src = os.path.join(bdir, f)
        tmp = src + ".rot.pdf"
        run(["qpdf", "--warning-exit-0", src, "--rotate=+90:" + ",".join(map(str, pages)), "--", tmp])
        os.replace(tmp, src)
    # shadow copies hold the text of every page, even those later scanned
    shadow = {}
    for f, meta in finals:
        sp = os.path.join(bdir, "shadow_" + f)
        shutil.copy(os.path.join(bdir, f), sp)
        shadow[f] = sp
    for f, spec in case.get("scan", {}).items():
        if "part" in spec:  # scan the pages that one part occupies inside an assembled file
            spec["pages"] = part_pages(f, spec["part"])
        scan.scan_pages(os.path.join(bdir, f), spec["pages"], bdir, seed=sum(map(ord, cid)), stamp=spec.get("stamp"),
                        signature=spec.get("signature"))
    # copy to casefiles
    outdir = os.path.join(ROOT, "casefiles", cid)
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    documents = []
    for f, meta in finals:
        dst = os.path.join(outdir, f)
        shutil.copy(os.path.join(bdir, f), dst)
        n = npages(dst)
        texts = [page_text(dst, p).strip() for p in range(1, n + 1)]
        has = [len(t) > 20 for t in texts]
        tl = "full" if all(has) else ("none" if not any(has) else "partial")
        if f in case.get("scan", {}):
            prod = meta["producer"]
            meta = dict(meta)
            if tl == "none":
                meta["producer"] = "scan(pdftoppm+img2pdf) of " + prod
            else:
                meta["producer"] = prod + " + scanned page(s) " + ",".join(map(str, case["scan"][f]["pages"]))
        documents.append({"file": "casefiles/%s/%s" % (cid, f), "type": meta["type"], "producer": meta["producer"],
                          "pages": n, "layout": meta["layout"], "text_layer": tl})
    # criteria
    crit = {}
    problems = []
    for name in ("needs_assessment", "planning", "follow_up", "assignment_description"):
        c = case["criteria"][name]
        ev = []
        for f, phrases in c.get("evidence", []):
            sp = shadow[f]
            n = npages(sp)
            pages = set()
            ptexts = [norm(page_text(sp, p)) + " || " + norm(page_text(sp, p, True)) for p in range(1, n + 1)]
            for ph in phrases:
                hit = [i + 1 for i, t in enumerate(ptexts) if norm(ph) in t]
                if not hit:
                    problems.append("%s %s: phrase not found in %s: %r" % (cid, name, f, ph))
                pages.update(hit)
            ev.append({"file": "casefiles/%s/%s" % (cid, f), "pages": sorted(pages)})
        if c["label"] in ("nej", "ej_tillämpligt") and ev:
            problems.append("%s %s: evidence on a %s label" % (cid, name, c["label"]))
        if c["label"] in ("ja", "delvis") and not ev:
            problems.append("%s %s: no evidence" % (cid, name))
        entry = {"label": c["label"], "code": CODE[c["label"]], "why": c["why"], "evidence": ev}
        if name == "assignment_description":
            pres = c.get("present", "")
            entry["elements_present"] = [x for x in "abcdefg" if x in pres]
            entry["elements_missing"] = [x for x in "abcdefg" if x not in pres]
            exp = "ja" if pres == "abcdefg" else ("nej" if c["label"] == "nej" else "delvis")
            if c["label"] != exp:
                problems.append("%s assignment: label %s but elements %r" % (cid, c["label"], pres))
        crit[name] = entry
    return {"case_id": cid, "committee": case["committee"], "diarienummer": case["dnr"],
            "folder": "casefiles/" + cid, "scenario": case.get("scenario", ""),
            "documents": documents, "criteria": crit}, problems


def main():
    import cases
    only = sys.argv[1:]
    os.makedirs(BUILD, exist_ok=True)
    all_cases = cases.ALL
    out, problems = [], []
    for case in all_cases:
        if only and case["case_id"] not in only:
            continue
        print("building", case["case_id"], flush=True)
        entry, probs = build_case(case)
        out.append(entry)
        problems += probs
    if only:
        for p in problems:
            print("PROBLEM", p)
        return
    truth = {"schema": "tillsyn-eval/1", "split": "fresh-a", "review_date": "2015-10-01",
             "writer_style": cases.STYLE, "cases": out}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for p in problems:
        print("PROBLEM", p)
    print("cases:", len(out), "problems:", len(problems))


if __name__ == "__main__":
    main()
