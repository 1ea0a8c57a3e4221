"""Shared helpers for hold5-b case content."""


def luhn(s):
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return str((10 - tot % 10) % 10)


def pnr(y, m, d, nnn):
    body = "%02d%02d%02d%s" % (y % 100, m, d, nnn)
    return "%04d%02d%02d-%s%s" % (y, m, d, nnn, luhn(body))


HEAD = {
    "Falun": "Falu kommun | Vård- och omsorgsförvaltningen | IFO Vuxenteamet",
    "Borlänge": "Borlänge kommun - Arbetsmarknads- och socialförvaltningen - Vuxenteamet",
    "Ludvika": "LUDVIKA KOMMUN   Socialförvaltningen   IFO Vuxenteamet",
    "Mora": "Mora kommun, Socialförvaltningen, Vuxenteamet",
    "Sandviken": "Sandvikens kommun - Socialtjänsten - Vuxenteamet",
    "Hofors": "Hofors kommun - IFO - Vuxenteamet",
    "Bollnäs": "Bollnäs kommun · Individ- och familjeomsorgen · Vuxenteamet",
    "Hudiksvall": "Hudiksvalls kommun - Socialförvaltningen - Vuxenteamet",
    "Söderhamn": "Söderhamns kommun | Socialförvaltningen | Vuxenteamet",
    "Ovanåker": "Ovanåkers kommun, Socialnämnden, Vuxenteamet",
}

FOOT = "Sekretess enl. 26 kap. 1 § OSL. Utskrift från verksamhetssystemet."


def journal_table(rows):
    """rows: (datum, sign, text) -> table block."""
    return ("table", [["Datum", "Sign", "Anteckning"]] + [list(r) for r in rows], [0.13, 0.08, 0.79])
