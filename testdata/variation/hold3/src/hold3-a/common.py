"""Shared headers and small document helpers."""
from blocks import tick

TABY_HDR = "Täby kommun | Socialförvaltningen | Vuxenenheten"
TABY_FTR = "Täby kommun – Socialnämnden – SEKRETESS enl. 26 kap. 1 § OSL"
NACKA_HDR = "NACKA KOMMUN  Social- och äldrenämnden  Vuxenenheten / Missbruk"
NACKA_FTR = "Nacka kommun, Stadshuset, 131 81 Nacka"
NORR_HDR = "Norrtälje kommun · Socialnämnden · Individ- och familjeomsorg, Vuxengruppen"
NORR_FTR = "Norrtälje kommun, Box 800, 761 28 Norrtälje · vx 0176-710 00"
SIG_HDR = "SIGTUNA KOMMUN – Socialförvaltningen – Vuxenenheten, Märsta"
SIG_FTR = "Sigtuna kommun, 195 85 Märsta · Tel 08-591 260 00"


def email(frm, to, sent, subj, body, cc=None, attach=None):
    esc = lambda x: x.replace("<", "&lt;").replace(">", "&gt;")
    frm, to = esc(frm), esc(to)
    cc = esc(cc) if cc else cc
    head = "Från: %s\nTill: %s\n%sSkickat: %s\nÄmne: %s%s" % (
        frm, to, ("Kopia: %s\n" % cc) if cc else "", sent, subj, ("\nBifogade filer: %s" % attach) if attach else "")
    b = [("small", head), ("sp",)]
    for p in body:
        b.append(p if isinstance(p, tuple) else ("p", p))
    return b


def lov_form(portal, printed, fields, sections, title="Uppdrag till utförare"):
    b = [("lh", portal, "Utskrift %s · Individuppdrag enligt LOV" % printed), ("h1", title), ("kv", fields)]
    for h, t in sections:
        b.append(("h2", h))
        if isinstance(t, tuple):
            b.append(t)
        elif t:
            b.append(("p", t))
    return b


def uppf_form(hdr_title, fields, result, text, cont, nxt, signed, style="box"):
    return [("h1", hdr_title), ("kv", fields), ("h2", "Måluppfyllelse"),
            ("p", "Målen är:  " + tick(["uppnådda", "delvis uppnådda", "inte uppnådda"], result, style)),
            ("p", text), ("h2", "Fortsättning"),
            ("p", tick(["Insatsen fortsätter oförändrad", "Insatsen ändras", "Insatsen avslutas"], cont, style)),
            ("p", nxt), ("p", signed)]
