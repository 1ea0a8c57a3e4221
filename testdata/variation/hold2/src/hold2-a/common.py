"""Shared helpers for writing case content."""
import textwrap

def wrapkv(key, val, width=76, ind=2):
    pre = " " * ind + key + " "
    lines = textwrap.wrap(val, width=width - len(pre)) or [""]
    sub = " " * len(pre)
    return [pre + lines[0]] + [sub + l for l in lines[1:]]

def journal_text(office, dnr, person, entries, printed, title="JOURNALANTECKNINGAR"):
    """entries: (date, typ, sign, [(key, value), ...])"""
    L = [office, title, "Dnr: %s    Person: %s" % (dnr, person),
         "Utskrift: %s" % printed, "=" * 76, ""]
    for date, typ, sign, kvs in entries:
        L.append("%-12s %-44s Sign: %s" % (date, typ, sign))
        for k, v in kvs:
            L.extend(wrapkv(k, v))
        L.append("-" * 76)
    return "\n".join(L) + "\n"

def journal_blocks(office, dnr, person, entries, printed, title="Journalanteckningar"):
    B = [("small", office), ("title", title), ("kv", "Dnr:", dnr), ("kv", "Person:", person),
         ("small", "Utskriven " + printed)]
    for date, typ, sign, kvs in entries:
        B.append(("h", "%s  %s  (%s)" % (date, typ, sign)))
        for k, v in kvs:
            B.append(("kv", k, v))
    return B

def form_section(B, heading, value):
    """heading with content; empty string => heading with nothing under it"""
    B.append(("h", heading))
    if isinstance(value, list):
        for k, v in value:
            B.append(("kv", k, v))
    elif value:
        B.append(("p", value))
    else:
        B.append(("p", " "))
