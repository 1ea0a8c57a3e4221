# -*- coding: utf-8 -*-
"""Shared pieces: offices, journal tables, signature blocks."""

OFFICES = {
    "Falun": dict(kommun="Falu kommun", forv="Socialförvaltningen",
                  enhet="Individ- och familjeomsorgen, Vuxenenheten",
                  adress="Box 7640, 791 81 Falun"),
    "Borlänge": dict(kommun="Borlänge kommun", forv="Socialförvaltningen",
                     enhet="Vuxenenheten, Missbruk och beroende",
                     adress="781 81 Borlänge"),
    "Mora": dict(kommun="Mora kommun", forv="Socialförvaltningen",
                 enhet="Individ- och familjeomsorg, Vuxengruppen",
                 adress="Box 301, 792 22 Mora"),
    "Gävle": dict(kommun="Gävle kommun", forv="Socialförvaltningen",
                  enhet="Myndighetsavdelningen, Vuxen missbruk",
                  adress="801 84 Gävle"),
    "Sandviken": dict(kommun="Sandvikens kommun", forv="Socialförvaltningen",
                      enhet="IFO Vuxen",
                      adress="811 80 Sandviken"),
    "Hudiksvall": dict(kommun="Hudiksvalls kommun", forv="Individ- och familjeomsorgen",
                       enhet="Beroendeenheten, myndighet",
                       adress="824 80 Hudiksvall"),
}


def hdr(mun, dnr, extra_right=None, extra_left=None):
    o = OFFICES[mun]
    left = o["kommun"] + "\n" + o["forv"] + (("\n" + o["enhet"]) if extra_left is None else ("\n" + extra_left))
    right = "Dnr " + dnr + "\n" + (extra_right or "Sekretess enligt 26 kap. 1 § OSL")
    return (left, right)


def journal(rows, widths=(1.25, 8.0), head=("Datum", "Anteckning")):
    return ("table", list(head), [[d, t] for d, t in rows], list(widths))


def sign(place_date, name, title, extra=None):
    t = place_date + "\n\n\n" + name + "\n" + title
    if extra:
        t += "\n" + extra
    return ("p", t)


def remiss_gavleborg(dnr, to, date, kv, a, b, c, d, e_checks, g, signer, pb_before=None, place="Gävle"):
    """Gävleborgs länsgemensamma mall. Any of a..d may be None (heading kept, nothing under it)."""
    out = [
        ("p", to),
        ("p", place + " " + date),
        ("h1", "Uppdragsbeskrivning/Remiss till behandlingshem"),
        ("small", "Gävleborgs länsgemensamma mall för uppdragsbeskrivning (SOSFS 2014:5), version 2014-11"),
        ("kv", kv, {"labelw": 26}),
    ]
    secs = [("A. Nämndens bedömning av den enskildes behov", a), ("B. Uppdragets innehåll", b),
            ("C. Mål för insatsen", c), ("D. Uppföljning", d)]
    for title, body in secs:
        if pb_before and title.startswith(pb_before):
            out.append(("pb",))
        out.append(("h2", title))
        if body is None:
            continue
        if isinstance(body, list):
            out.append(("ul", body))
        else:
            out.append(("p", body))
    if pb_before == "E":
        out.append(("pb",))
    out.append(("h2", "E. Återrapportering till socialtjänsten"))
    out.append(("p", "Utföraren ska rapportera följande till ansvarig handläggare:"))
    out.append(("checks", e_checks))
    out.append(("h2", "F. Överlämnande"))
    out.append(("p", g))
    out.append(signer)
    return out
