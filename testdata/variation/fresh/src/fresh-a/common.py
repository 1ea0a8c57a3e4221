"""Shared bits: offices, helpers for journals and criteria."""

OFF = {
    "umea": dict(
        kommun="Umeå kommun", namnd="Individ- och familjenämnden",
        lh=["Umeå kommun", "Individ- och familjeomsorgen", "Vuxenenheten, missbruksgruppen", "Box 9021, 901 84 Umeå"],
        head="Umeå kommun · IFO Vuxenenheten"),
    "skelleftea": dict(
        kommun="Skellefteå kommun", namnd="Socialnämnden",
        lh=["Skellefteå kommun", "Socialkontoret", "Vuxengruppen missbruk", "Trädgårdsgatan 14, 931 85 Skellefteå"],
        head="SKELLEFTEÅ KOMMUN  Socialkontoret"),
    "ornskoldsvik": dict(
        kommun="Örnsköldsviks kommun", namnd="Socialnämnden",
        lh=["Örnsköldsviks kommun", "Socialförvaltningen, Individ- och familjeomsorgen", "Vuxenteamet", "Nygatan 18, 891 88 Örnsköldsvik"],
        head="Örnsköldsviks kommun – Socialförvaltningen – Vuxenteamet"),
    "sundsvall": dict(
        kommun="Sundsvalls kommun", namnd="Socialnämnden",
        lh=["Sundsvalls kommun", "Individ- och familjeomsorgen", "Vuxenenheten, Beroendegruppen", "Storgatan 40, 851 85 Sundsvall"],
        head="Sundsvalls kommun, IFO Vuxenenheten"),
    "ostersund": dict(
        kommun="Östersunds kommun", namnd="Socialnämnden",
        lh=["Östersunds kommun", "Socialförvaltningen", "Vuxenenheten", "Rådhusgatan 44, 831 82 Östersund"],
        head="ÖSTERSUNDS KOMMUN · Socialförvaltningen · Vuxenenheten"),
}


def journal(entries, style="bold"):
    """entries: (date, sign, title, text[, more paragraphs...])"""
    out = []
    if style == "table":
        rows = []
        for e in entries:
            d, s, t, txt = e[0], e[1], e[2], "\n".join(e[3:])
            rows.append([d, ("**%s**\n" % t if t else "") + txt, s])
        out.append(("table", {"head": ["Datum", "Anteckning", "Sign."], "rows": rows, "widths": [2.2, 11, 1.3]}))
        return out
    for e in entries:
        d, s, t, paras = e[0], e[1], e[2], e[3:]
        if style == "bold":
            out.append(("h2", "%s   %s%s" % (d, t, ("  (%s)" % s) if s else "")))
        elif style == "plain":
            out.append(("p", "**%s** %s – %s" % (d, s, t)))
        for p in paras:
            out.append(("p", p))
    return out


def crit(label, why, evidence=None, present=None):
    c = {"label": label, "why": why, "evidence": evidence or []}
    if present is not None:
        c["present"] = present
    return c
