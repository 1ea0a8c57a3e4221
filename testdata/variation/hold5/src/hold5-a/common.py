# -*- coding: utf-8 -*-
"""Shared helpers: personnummer, municipality profiles, document builders."""


def luhn_pnr(yyyymmdd, nnn):
    """Return YYYYMMDD-NNNC with a valid Luhn check digit (computed on YYMMDDNNN)."""
    digits = yyyymmdd[2:] + nnn
    s = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    c = (10 - s % 10) % 10
    return "%s-%s%d" % (yyyymmdd, nnn, c)


PROFILES = {
    "Malmö": dict(ascii="malmo", org="Malmö stad", unit="Stadsområdesförvaltning Norr \u2013 Individ- och familjeomsorg, Vuxenenheten",
                  nämnd="Stadsområdesnämnd Norr (Malmö)", mail="malmo.se", tel="040-34"),
    "Helsingborg": dict(ascii="helsingborg", org="Helsingborgs stad", unit="Socialförvaltningen \u2013 Vuxenavdelningen, Missbruk och beroende",
                        nämnd="Socialnämnden i Helsingborg", mail="helsingborg.se", tel="042-10"),
    "Lund": dict(ascii="lund", org="Lunds kommun", unit="Socialförvaltningen, Vuxenenheten",
                 nämnd="Socialnämnden i Lunds kommun", mail="lund.se", tel="046-359"),
    "Trelleborg": dict(ascii="trelleborg", org="Trelleborgs kommun", unit="Socialtjänsten \u2013 Vuxen och beroende",
                       nämnd="Socialnämnden, Trelleborgs kommun", mail="trelleborg.se", tel="0410-73"),
    "Ystad": dict(ascii="ystad", org="Ystads kommun", unit="Socialförvaltningen, IFO Vuxen",
                  nämnd="Socialnämnden i Ystad", mail="ystad.se", tel="0411-57"),
    "Landskrona": dict(ascii="landskrona", org="Landskrona stad", unit="Individ- och familjeförvaltningen, Vuxensektionen",
                       nämnd="Individ- och familjenämnden, Landskrona stad", mail="landskrona.se", tel="0418-47"),
    "Eslöv": dict(ascii="eslov", org="Eslövs kommun", unit="Socialtjänsten, Vuxenenheten",
                  nämnd="Socialnämnden i Eslöv", mail="eslov.se", tel="0413-62"),
    "Halmstad": dict(ascii="halmstad", org="Halmstads kommun", unit="Socialförvaltningen, Enheten för vuxna \u2013 Beroende",
                     nämnd="Socialnämnden, Halmstads kommun", mail="halmstad.se", tel="035-13"),
    "Varberg": dict(ascii="varberg", org="Varbergs kommun", unit="Individ- och familjeomsorgen, Vuxenenheten",
                    nämnd="Individ- och familjeomsorgsnämnden, Varberg", mail="varberg.se", tel="0340-88"),
    "Falkenberg": dict(ascii="falkenberg", org="Falkenbergs kommun", unit="Socialförvaltningen, Vuxen- och missbruksenheten",
                       nämnd="Socialnämnden i Falkenberg", mail="falkenberg.se", tel="0346-88"),
}


def case_id(kommun, dnr):
    return PROFILES[kommun]["ascii"] + "_" + dnr.replace("/", "-").replace(" ", "-")


def tr_header(kommun, dnr, printed, what=""):
    """Treserva-like print header."""
    p = PROFILES[kommun]
    return "Treserva IFO \u2013 %s \u2013 %s | Dnr %s | Utskrivet %s%s | SEKRETESS enligt 26 kap. 1 \u00a7 OSL" % (
        p["org"], p["unit"].split(",")[0].split("\u2013")[0].strip(), dnr, printed, (" | " + what) if what else "")


def person_kv(name, pnr, extra=()):
    return [("Namn", name), ("Personnummer", pnr)] + list(extra)


def journal_blocks(entries, style="table"):
    """entries: (date, sign, kind, text)."""
    if style == "table":
        return [("table", ["Datum", "Sign", "Händelse", "Anteckning"],
                 [[d, s, k, t] for d, s, k, t in entries], [0.13, 0.08, 0.17, 0.62])]
    out = []
    for d, s, k, t in entries:
        out.append(("h2", "%s \u2013 %s (%s)" % (d, k, s)))
        out.append(("p", t))
    return out
