"""Document builders shared by the cases (formatting only; content comes from cases.py)."""

BOX_X, BOX_O = "\u2612", "\u2610"


def tick(options, chosen, style="box"):
    out = []
    for o in options:
        if style == "box":
            out.append(("%s %s" % (BOX_X if o == chosen else BOX_O, o)))
        else:
            out.append(("[%s] %s" % ("X" if o == chosen else " ", o)))
    return "  ".join(out)


def utredning(c, sections, assess_heading, assess_paras, title="Utredning enligt SoL", extra_end=None):
    b = [("h1", title),
         ("kv", [("Namn", c["name"]), ("Personnummer", c.get("pnr", "")),
                 ("Diarienummer", c["dnr"]), ("Handläggare", c["officer"]),
                 ("Utredning inledd", c["utr_start"]), ("Utredning avslutad", c["utr_end"])])]
    for h, t in sections:
        b.append(("h2", h))
        for para in (t if isinstance(t, list) else [t]):
            b.append(("p", para))
    b.append(("h2", assess_heading))
    for para in assess_paras:
        b.append(("p", para))
    if extra_end:
        b.extend(extra_end)
    b.append(("sp",))
    b.append(("p", "%s\n%s, %s" % (c["utr_end"], c["officer"], c.get("officer_title", "socialsekreterare"))))
    return b


def beslut(c, motivering, insats, utforare, period, decider=None, extra=None, heading="Motivering"):
    b = [("h1", "Beslut om bistånd"),
         ("kv", [("Sökande", "%s %s" % (c["name"], c.get("pnr", ""))), ("Diarienummer", c["dnr"]),
                 ("Ansökan inkom", c["ans_date"]), ("Ansökan avser", c["ans_avser"]),
                 ("Beslut", "Bifall"), ("Lagrum", "4 kap. 1 § socialtjänstlagen (SoL)"),
                 ("Insats", insats), ("Utförare", utforare), ("Beslutsperiod", period)])]
    b.append(("h2", heading))
    if motivering:
        for p in (motivering if isinstance(motivering, list) else [motivering]):
            b.append(("p", p))
    if extra:
        b.extend(extra)
    b.append(("sp",))
    b.append(("p", "Beslutsdatum: %s\nBeslutsfattare: %s" % (c["beslut_date"], decider or c["officer"] + ", socialsekreterare (enligt delegation)")))
    b.append(("small", "Hur man överklagar: Beslutet kan överklagas hos Förvaltningsrätten i Stockholm. "
              "Överklagandet ska ha kommit in till socialnämnden inom tre veckor från den dag du fick del av beslutet."))
    return b


def journal(c, entries, title="Journalanteckningar", intro=None):
    b = [("h1", title), ("p", "%s, %s    Dnr: %s" % (c["name"], c.get("pnr", ""), c["dnr"]))]
    if intro:
        b.append(("small", intro))
    for e in entries:
        date, who, head, text = e
        b.append(("h3", "%s  %s  %s" % (date, head, ("– " + who) if who else "")))
        b.append(("p", text))
    return b
