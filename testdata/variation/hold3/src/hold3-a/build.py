#!/usr/bin/python3
"""Build all case PDFs and truth.json.  Run:  /usr/bin/python3 src/build.py [case_id ...]"""
import glob
import json
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa
from cases_a import CASES as CA  # noqa
from cases_b import CASES as CB  # noqa
from cases_c import CASES as CC  # noqa

CASES = CA + CB + CC
TMP = "/tmp/hold3-a-build"
LO_PROFILE = "file:///tmp/lo-profile-hold3-a"
CHR_PROFILE = "/tmp/chr-hold3-a"
PRODUCER = {"rl": "reportlab", "html": "chromium-html", "docx": "libreoffice-docx"}


def sh(*a, **k):
    return subprocess.run(list(a), check=True, **k)


def npages(p):
    out = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def page_texts(p):
    """Per page: layout text + raw-order text (so two-column pages match either way)."""
    n = npages(p)
    res = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), p, "-"],
                           capture_output=True, text=True).stdout
        t2 = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), p, "-"],
                            capture_output=True, text=True).stdout
        res.append(t + "\n=====\n" + t2 if t.strip() else "")
    return res


def norm(t):
    t = t.replace("\u00ad", "")
    t = re.sub(r"-\s*\n\s*", "", t)
    return re.sub(r"\s+", " ", t).strip().lower()


def scan(pdf, seed):
    """Render every page to a grey 150 dpi image, add slight skew/noise, write back as image-only PDF."""
    from PIL import Image, ImageFilter
    d = pdf + ".scan"
    os.makedirs(d, exist_ok=True)
    sh("pdftoppm", "-gray", "-r", "150", "-png", pdf, os.path.join(d, "pg"))
    rnd = random.Random(seed)
    imgs = []
    for f in sorted(glob.glob(os.path.join(d, "pg*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        px = im.load()
        w, h = im.size
        for _ in range(2500):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, px[x, y] - rnd.randrange(60, 140))
        o = f.replace(".png", ".jpg")
        im.save(o, "JPEG", quality=55)
        imgs.append(o)
    sh("img2pdf", "--pagesize", "A4", "-o", pdf, *imgs)
    shutil.rmtree(d)


def build(selected=None):
    os.makedirs(TMP, exist_ok=True)
    truth_cases = []
    for cs in CASES:
        if selected and cs["id"] not in selected:
            continue
        cdir = os.path.join(ROOT, "casefiles", cs["id"])
        if os.path.isdir(cdir):
            shutil.rmtree(cdir)
        os.makedirs(cdir)
        wdir = os.path.join(TMP, cs["id"])
        if os.path.isdir(wdir):
            shutil.rmtree(wdir)
        os.makedirs(wdir)
        assembled_parts = set()
        for a in cs.get("assemble", []):
            if not a.get("keep_parts"):
                assembled_parts.update(a["parts"])
        # render
        for d in cs["docs"]:
            target_dir = wdir if d["file"] in assembled_parts else cdir
            out = os.path.join(target_dir, d["file"])
            d["_path"] = out
            pr = d["producer"]
            if pr == "rl":
                render.render_rl(d, out)
            elif pr == "html":
                render.render_html(d, out, wdir, CHR_PROFILE)
            elif pr == "docx":
                dx = os.path.join(wdir, d["file"].replace(".pdf", ".docx"))
                render.build_docx(d, dx)
                sh("soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                   "--outdir", wdir, dx, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.move(dx.replace(".docx", ".pdf"), out)
            if d.get("scan"):
                scan(out, cs["id"] + d["file"])
            for pg in d.get("rotate", []):
                tmp = out + ".rot.pdf"
                sh("qpdf", "--rotate=+90:%d" % pg, out, tmp)
                shutil.move(tmp, out)
        for a in cs.get("assemble", []):
            parts = [next(d["_path"] for d in cs["docs"] if d["file"] == p) for p in a["parts"]]
            sh("pdfunite", *parts, os.path.join(cdir, a["file"]))
        # documents list
        documents = []
        for d in cs["docs"]:
            if d["file"] in assembled_parts:
                continue
            p = d["_path"]
            texts = page_texts(p)
            documents.append(_docentry(cs, d["file"], d["type"], _prod(d), _layout(d), texts))
        for a in cs.get("assemble", []):
            p = os.path.join(cdir, a["file"])
            texts = page_texts(p)
            parts = [next(d for d in cs["docs"] if d["file"] == x) for x in a["parts"]]
            prod = "pdfunite(" + ", ".join(sorted(set(_prod(d) for d in parts))) + ")"
            lays = sorted(set(_layout(d) for d in parts))
            documents.append(_docentry(cs, a["file"], a["type"], prod, "assembled: " + ", ".join(lays), texts))
        # criteria
        crit = {}
        for key in ("needs_assessment", "planning", "follow_up", "assignment_description"):
            spec = cs["crit"][key]
            label, why, ev = spec[0], spec[1], spec[2]
            evidence = {}
            for f, what in ev:
                path = os.path.join(ROOT, f)
                if isinstance(what, list):
                    pages = what
                else:
                    texts = page_texts(path)
                    pages = []
                    for ph in (what if isinstance(what, tuple) else (what,)):
                        pp = [i + 1 for i, t in enumerate(texts) if norm(ph) in norm(t)]
                        if not pp:
                            raise SystemExit("%s %s: phrase not found in %s: %r" % (cs["id"], key, f, ph))
                        if len(pp) > 1:
                            print("  WARN multiple pages", cs["id"], key, f, ph, pp)
                        pages.append(pp[0])
                evidence.setdefault(f, set()).update(pages)
            if label in ("nej", "ej_tillämpligt") and evidence:
                raise SystemExit("%s %s: evidence for %s" % (cs["id"], key, label))
            if label in ("ja", "delvis") and not evidence:
                raise SystemExit("%s %s: no evidence for %s" % (cs["id"], key, label))
            e = {"label": label, "code": {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}[label],
                 "why": why, "evidence": [{"file": f, "pages": sorted(p)} for f, p in evidence.items()]}
            if key == "assignment_description":
                e["elements_present"] = spec[3]
                e["elements_missing"] = spec[4]
                assert sorted(spec[3] + spec[4]) == list("abcdefg") or (label == "nej"), cs["id"]
            crit[key] = e
        truth_cases.append({"case_id": cs["id"], "committee": cs["committee"], "diarienummer": cs["dnr"],
                            "folder": "casefiles/" + cs["id"], "scenario": cs["scenario"],
                            "documents": documents, "criteria": crit})
        print("built", cs["id"], [x["file"].split("/")[-1] + ":%d" % x["pages"] for x in documents], flush=True)
    return truth_cases


def spec_all(what):
    return False


def _prod(d):
    if d.get("scan"):
        return "scan-img2pdf (from %s)" % PRODUCER[d["producer"]]
    return PRODUCER[d["producer"]]


def _layout(d):
    lay = {"portrait": "single-column", "twocol": "two-column", "landscape": "landscape"}[d.get("layout", "portrait")]
    if d.get("rotate"):
        lay += " + rotated page(s) %s" % d["rotate"]
    if d.get("scan"):
        lay = "scanned " + lay
    if any(b[0] in ("table", "kv") for b in d["blocks"]):
        lay += " with tables"
    return lay


def _docentry(cs, fname, typ, prod, layout, texts):
    filled = [bool(t.strip()) for t in texts]
    tl = "full" if all(filled) else ("none" if not any(filled) else "partial")
    return {"file": "casefiles/%s/%s" % (cs["id"], fname), "type": typ, "producer": prod,
            "pages": len(texts), "layout": layout, "text_layer": tl}


if __name__ == "__main__":
    sel = sys.argv[1:]
    tc = build(sel or None)
    tp = os.path.join(ROOT, "truth.json")
    if sel and os.path.exists(tp):
        old = json.load(open(tp))
        keep = [c for c in old["cases"] if c["case_id"] not in sel]
        tc = keep + tc
        order = [c["id"] for c in CASES]
        tc.sort(key=lambda c: order.index(c["case_id"]) if c["case_id"] in order else 999)
    truth = {"schema": "tillsyn-eval/1", "split": "hold3-a", "review_date": "2015-10-01",
             "writer_style": "Stockholm-area office, structured adult template (Sökandes situation/Nätverk/Sysselsättning och ekonomi, "
                             "then Sammanfattning och analys / Analys och bedömning / Socialtjänstens överväganden); 'Beslut om bistånd' "
                             "with Motivering; provider letterhead plans (Individuell plan/Behandlingsplan, first-person goals, Önskat läge); "
                             "follow-ups as tick-box forms, SIP-möte minutes, Statusrapport; assignments printed from a LOV portal, "
                             "e-mails, letters, cover letter + form",
             "cases": tc}
    with open(tp, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("cases in truth:", len(tc))
