# -*- coding: utf-8 -*-
"""Helpers that build the recurring document kinds (journal printouts, portal
printouts, e-mails) in several office/system styles."""
import textwrap


def wrap(text, width):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return out


# ------------------------------------------------------------------ journals
def journal_plain(head_lines, entries, width=84, style="A"):
    """Plain-text journal printout for enscript.

    entry: dict(date, time, event, ctype, by, reg, text)
    style A: system with coded fields on two lines; style B: compact one-line header.
    """
    L = list(head_lines)
    L.append("=" * width)
    for e in entries:
        if style == "A":
            tm = ("kl. " + e["time"]) if e.get("time") else ""
            L.append("%s  %-10s Händelse: %s" % (e["date"], tm, e["event"]))
            L.append("Kontakttyp: %-26s Utförd av: %s" % (e.get("ctype", "-"), e["by"]))
            if e.get("reg"):
                L.append("Registrerad: %s" % e["reg"])
            L.append("-" * width)
        else:
            L.append("%s %s | %s | %s | %s" % (e["date"], e.get("time", ""), e["event"], e.get("ctype", "-"), e["by"]))
            L.append("-" * width)
        L.extend(wrap(e["text"], width))
        L.append("")
        L.append("")
    return "\n".join(L) + "\n"


def journal_blocks_table(entries, cols=("Datum", "Händelse", "Kontakttyp", "Utförd av")):
    """Journal printout where each note is a coded row followed by its text."""
    blocks = []
    for e in entries:
        blocks.append(("table", {"head": list(cols), "widths": [16, 24, 24, 36], "rows": [[
            e["date"] + ((" " + e["time"]) if e.get("time") else ""), e["event"], e.get("ctype", "-"), e["by"]]]}))
        for para in e["text"].split("\n\n"):
            blocks.append(("p", para))
        if e.get("reg"):
            blocks.append(("small", "Registrerad " + e["reg"]))
        blocks.append(("spacer", 1.5))
    return blocks


def journal_blocks_kv(entries, title_fmt="{date} – {event}"):
    blocks = []
    for e in entries:
        blocks.append(("h3", title_fmt.format(**e)))
        kv = [("Händelse", e["event"]), ("Kontakttyp", e.get("ctype", "-")), ("Utförd av", e["by"])]
        if e.get("reg"):
            kv.append(("Signerad", e["reg"]))
        blocks.append(("kv", kv))
        for para in e["text"].split("\n\n"):
            blocks.append(("p", para))
        blocks.append(("hr",))
    if blocks and blocks[-1] == ("hr",):
        blocks.pop()  # no rule after the last note (it could spill onto an empty page)
    return blocks


# ------------------------------------------------------------------ e-mail printout
def email_blocks(frm, to, sent, subject, body, cc=None, attach=None, client="Outlook"):
    """body: list of blocks. Returns blocks of a printed e-mail."""
    head = [("Från:", frm), ("Skickat:", sent), ("Till:", to)]
    if cc:
        head.append(("Kopia:", cc))
    head.append(("Ämne:", subject))
    if attach:
        head.append(("Bifogade filer:", attach))
    blocks = [("table", {"cls": "plain", "widths": [16, 84], "rows": [["**%s**" % a, b] for a, b in head]}), ("hr",)]
    return blocks + body
