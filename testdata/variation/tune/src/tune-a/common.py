# -*- coding: utf-8 -*-
"""Offices, case/document containers and block helpers shared by the case modules."""
from lib import Style
from reportlab.lib import colors

OFFICES = {
    "lulea": dict(
        committee="Luleå", kommun="Luleå kommun", forv="Socialförvaltningen",
        enhet="Vuxenenheten – Beroende", ort="Luleå",
        footer="Luleå kommun, Socialförvaltningen, Box 917, 971 29 Luleå. Växel 0920-45 30 00",
        system="Procapita IFO  rapport VU-12",
        style=Style(fam="Helvetica", size=9.2, head_variant="A"),
        creator="Procapita Rapportgenerator 4.2"),
    "pitea": dict(
        committee="Piteå", kommun="Piteå kommun", forv="Socialtjänsten",
        enhet="IFO Vuxen/Beroende", ort="Piteå",
        footer="Socialtjänsten Piteå, Box 736, 941 28 Piteå  •  tfn 0911-69 60 00",
        system="IFO-akt utskrift",
        style=Style(fam="Helvetica", size=8.8, head_variant="B", checkbox="ascii", section_bg=colors.HexColor("#e3e9f1")),
        creator="Procapita IFO"),
    "boden": dict(
        committee="Boden", kommun="Bodens kommun", forv="Socialförvaltningen",
        enhet="Individ- och familjeomsorgen, Vuxengruppen", ort="Boden",
        footer="Bodens kommun • Socialförvaltningen • 961 86 Boden • Växel 0921-62 40 00",
        system="Utskrift ur verksamhetssystemet",
        style=Style(fam="Helvetica", size=9.4, head_variant="C", section_bg=colors.HexColor("#cfcfcf")),
        creator="Procapita IFO"),
    "kiruna": dict(
        committee="Kiruna", kommun="Kiruna kommun", forv="Socialförvaltningen",
        enhet="IFO Vuxenenheten", ort="Kiruna",
        footer="KIRUNA KOMMUN SOCIALFÖRVALTNINGEN 981 85 KIRUNA TFN 0980-700 00",
        system="PROCAPITA IFO/VUXEN",
        style=Style(fam="Courier", size=8.8, head_variant="D", checkbox="ascii",
                    section_bg=colors.HexColor("#eeeeee"), label_size=6.8),
        creator="Procapita IFO"),
    "gallivare": dict(
        committee="Gällivare", kommun="Gällivare kommun", forv="Socialförvaltningen",
        enhet="Individ- och familjeomsorg, Vuxen", ort="Gällivare",
        footer="Gällivare kommun, Socialförvaltningen, 982 81 Gällivare. Tfn vx 0970-180 00",
        system="Procapita – dokumentutskrift",
        style=Style(fam="Times", size=9.6, head_variant="E", checkbox="ascii", section_bg=colors.HexColor("#dde6ee")),
        creator="Procapita IFO"),
}


class Comp:
    """One rendered document (component of a PDF file).
    kind: 'sys' (reportlab printout), 'docx' (LibreOffice), 'html' (Chromium), 'text' (enscript)."""

    def __init__(self, key, kind, payload, scan=None, signature=None):
        self.key = key
        self.kind = kind
        self.payload = payload
        self.scan = scan or []          # 1-based pages of this component that are scanned
        self.signature = signature or {}
        self.pdf = None                 # text version
        self.final = None               # scanned version if any


class File:
    def __init__(self, name, type, comps, layout, date, rotate=None, title=None, author=None,
                 producer=None):
        self.name = name
        self.type = type
        self.comps = comps
        self.layout = layout
        self.date = date                # YYYYMMDDhhmmss for metadata
        self.rotate = rotate or {}      # physical page -> degrees
        self.title = title
        self.author = author
        self.producer = producer


class Case:
    def __init__(self, mun, dnr, scenario, files, criteria, printdate):
        self.mun = mun
        self.office = OFFICES[mun]
        self.dnr = dnr
        self.case_id = "%s_%s" % (mun, dnr.replace("/", "-").replace(" ", "-"))
        self.scenario = scenario
        self.files = files
        self.criteria = criteria
        self.printdate = printdate


def sysdoc(o, key, title, blocks, client=None, pnr=None, dnr=None, printdate=None, user=None,
           land=False, scan=None, signature=None, pdf_title=None):
    meta = dict(kommun=o["kommun"], forv=o["forv"], enhet=o["enhet"], title=title,
                printdate=printdate, client=client, pnr=pnr, dnr=dnr, footer=o["footer"],
                system=o["system"], user=user, creator=o["creator"], pdf_title=pdf_title or title)
    return Comp(key, "sys", dict(style=o["style"], meta=meta, blocks=blocks, land=land),
                scan=scan, signature=signature)


def crit(label, why, evidence=None, present=None):
    code = {"ja": "yes", "delvis": "partly", "nej": "no", "ej_tillämpligt": "not_applicable"}[label]
    d = dict(label=label, code=code, why=why, evidence=evidence or [])
    if present is not None:
        allel = list("abcdefg")
        d["elements_present"] = [e for e in allel if e in present]
        d["elements_missing"] = [e for e in allel if e not in present]
    return d


def beslut_blocks(o, *, datum, beslutsfattare, avser, insats, lagrum="SoL 4 kap. 1 §", fom="", tom="",
                  utforare="", skal_label="Skäl för beslutet", skal=None, beslut=("Bifall",),
                  extra_fields=None, delgiven="", avgift=None, sign=None, overklag=True):
    """Standard decision printout. skal=None -> no reasons box at all; '' -> empty box."""
    st = o["style"]
    opts = ["Bifall", "Delvis bifall", "Avslag"]
    b = [("fields", [[("Beslutsdatum", datum, 3), ("Beslutsfattare", beslutsfattare, 6),
                      ("Delgivningsdatum", delgiven, 3)]]),
         ("box", "Ansökan/begäran avser", avser),
         ("checks", "Beslut", [(x in beslut, x) for x in opts]),
         ("fields", [[("Insats", insats, 5), ("Lagrum", lagrum, 3), ("Gäller fr.o.m.", fom, 2),
                      ("Gäller t.o.m.", tom, 2)]] + ([[("Utförare", utforare)]] if utforare else [])
          + (extra_fields or []))]
    if avgift:
        b.append(("box", "Avgift", avgift))
    if skal is not None:
        b.append(("box", skal_label, skal))
    if overklag:
        b.append(("p", "//Beslutet har fattats med stöd av delegation. Om du inte är nöjd med beslutet "
                       "kan du överklaga det hos Förvaltningsrätten i Luleå. Skrivelsen ska ställas till "
                       "förvaltningsrätten men skickas eller lämnas till socialförvaltningen inom tre veckor "
                       "från den dag du fick del av beslutet.//"))
    if sign:
        b.append(("sign", sign))
    return b


def uppdrag_blocks(o, *, head_fields, elems, labels=None, intro=None, sign=None):
    """Assignment form. elems: dict letter -> text; a letter missing from elems is not printed,
    '' prints the heading with an empty box."""
    lab = dict(a="Socialtjänstens bedömning av den enskildes behov",
               b="Uppdragets omfattning/innehåll",
               c="Mål med insatsen",
               d="Former för uppföljning",
               e="Återrapportering till socialtjänsten vid avslut",
               f="Ansvarig handläggare",
               g="Överlämnande av uppdraget")
    if labels:
        lab.update(labels)
    b = []
    if intro:
        b.append(("p", intro))
    b.append(("fields", head_fields))
    for k in "abcdefg":
        if k in elems:
            b.append(("box", lab[k], elems[k]))
    for k in sorted(x for x in elems if x not in "abcdefg"):
        b.append(("box", k, elems[k]))
    if sign:
        b.append(("sign", sign))
    return b
