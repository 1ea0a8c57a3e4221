# Document builders in the Lifecare-like style.
from lib import *


def url(c, part):
    return f"https://lifecare.{c['host']}.se/ifo/vuxen/akt/{c['dnr'].replace(' ', '').replace('/', '-')}/{part}"


def caseside(c, extra=()):
    rows = [("Diarienr", c["dnr"]), ("Klient", c["name"]), ("Personnr", c["pnr"]),
            ("Handläggare", c["hl"]), ("Enhet", c.get("enhet", "Vuxenenheten"))]
    return side("Ärendeuppgifter", rows + list(extra))


def utredning(c, sections, title="Utredning", date=None, extra_side=()):
    """sections: list of (heading, text or Raw html)."""
    body = f"<div class='crumb'>Akt &raquo; Utredningar &raquo; {e(title)} (SoL 11:1)</div>"
    body += "<div class='wrap'>" + caseside(c, [("Inledd", c["inledd"]), ("Avslutad", date or c["utr_klar"])] + list(extra_side))
    body += "<div class='main'>"
    body += f"<h1>{e(title)}</h1>"
    for h, t in sections:
        body += f"<h2>{e(h)}</h2>"
        body += t if isinstance(t, Raw) else (paras(t) if t.strip() else "<p class='empty'>&nbsp;</p>")
    body += f"<p class='sig'>{e(c['hl'])}<br>Socialsekreterare, {e(c['kommun'])} kommun</p></div></div>"
    return page(title, body, c["kommun"], f"Utskrivet {c['printed']}", url(c, "utredning"))


def beslut(c, insats, motivering, lag="SoL 4 kap 1 §", date=None, delegat=None, extra="", giltigt="tills vidare"):
    date = date or c["beslut"]
    body = "<div class='crumb'>Akt &raquo; Beslut &raquo; Bistånd</div><div class='wrap'>"
    body += side("Beslut", [("Beslutsdatum", date), ("Lagrum", lag), ("Beslutstyp", "Bifall"),
                            ("Insats", insats), ("Giltigt", giltigt),
                            ("Delegat", delegat or c["hl"]), ("Diarienr", c["dnr"])])
    body += "<div class='main'><h1>Beslut om bistånd</h1>"
    body += f"<p><b>Sökande:</b> {e(c['name'])}, {e(c['pnr'])}</p>"
    body += f"<h2>Beslut</h2><p>{e(c['kommun'])} kommuns socialnämnd beviljar {e(insats)} enligt {e(lag)}.</p>"
    if motivering is not None:
        body += "<h2>Motivering</h2>" + (motivering if isinstance(motivering, Raw) else paras(motivering))
    body += extra
    body += ("<h2>Hur man överklagar</h2><p class='small'>Beslutet kan överklagas hos förvaltningsrätten. "
             "Skrivelsen ska ha kommit in till socialtjänsten inom tre veckor från den dag du fick del av beslutet.</p>")
    body += f"<p class='sig'>{e(delegat or c['hl'])}<br>Enligt delegation</p></div></div>"
    return page("Beslut", body, c["kommun"], f"Utskrivet {c['printed']}", url(c, "beslut"))


BEST_KEYS = [("a", "Nämndens bedömning av behov"), ("b", "Uppdraget omfattar"), ("c", "Mål för insatsen"),
             ("d", "Uppföljning i det enskilda ärendet"), ("e", "Återrapportering vid avslut"),
             ("f", "Ansvarig handläggare"), ("g", "Överlämnad till utförare")]


def bestallning_form(c, el, provider, date):
    """el: dict key->text ('' = heading present but empty, None = heading absent)."""
    body = "<div class='crumb'>Akt &raquo; Beställningar &raquo; Beställning till utförare</div><div class='wrap'>"
    body += side("Beställning", [("Beställn.nr", c["dnr"] + "-B1"), ("Datum", date), ("Utförare", provider),
                                 ("Beställare", c["kommun"] + " socialnämnd"), ("Klient", c["name"]),
                                 ("Personnr", c["pnr"]), ("Status", "Skickad" if el.get("g") else "Registrerad")])
    body += "<div class='main'><h1>Beställning av insats</h1>"
    for k, h in BEST_KEYS:
        t = el.get(k)
        if t is None:
            continue
        body += f"<div class='lbl'>{e(h)}</div><div class='fld'>{paras(t) if t.strip() else '&nbsp;'}</div>"
    body += "</div></div>"
    return page("Beställning", body, c["kommun"], f"Utskrivet {c['printed']}", url(c, "bestallning"))


def bestallning_letter(c, el, provider, provider_addr, date, heading="Uppdrag till utförare"):
    css = ".lh{display:flex;justify-content:space-between;border-bottom:2px solid #333;padding-bottom:4px;margin-bottom:12px} .lh b{font-size:14pt}"
    body = (f"<div class='lh'><div><b>{e(c['kommun'])} kommun</b><br>Socialnämnden<br>Individ- och familjeomsorgen</div>"
            f"<div class='small'>Datum: {e(date)}<br>Dnr: {e(c['dnr'])}</div></div>")
    body += f"<p>{e(provider)}<br>{e(provider_addr)}</p><h1>{e(heading)}</h1>"
    body += f"<p>Avser: {e(c['name'])}, {e(c['pnr'])}</p>"
    for k, h in BEST_KEYS:
        t = el.get(k)
        if t is None:
            continue
        body += f"<h3>{e(h)}</h3>" + (paras(t) if t.strip() else "<p>&nbsp;</p>")
    return page(heading, body, c["kommun"], "", "", chrome=False, extra_css=css)


def plan(c, kind, goals, date, meta_extra=(), signed=None, intro="", landscape=True, fields=None):
    """goals: list of (mål, insats/aktivitet, vem, när, delaktig-bool). fields: extra rows."""
    body = f"<div class='crumb'>Akt &raquo; Planering &raquo; {e(kind)}</div>"
    body += f"<h1>{e(kind)}</h1>"
    meta = [("Klient", c["name"]), ("Personnr", c["pnr"]), ("Diarienr", c["dnr"]), ("Upprättad", date)] + list(meta_extra)
    body += grid([k for k, _ in meta], [[v for _, v in meta]])
    if intro:
        body += paras(intro)
    rows = []
    for g in goals:
        m, a, v, n, d = g
        blank = not any([m, a, v, n])
        rows.append([m, a, v, n, cb(d), cb(not d and not blank)])
    body += grid(["Mål", "Insats / aktivitet", "Vem ansvarar", "När / datum", "Klient delaktig", "Ej delaktig"],
                 rows, ["26%", "28%", "16%", "14%", "8%", "8%"])
    if fields:
        for k, v in fields:
            body += f"<div class='lbl'>{e(k)}</div><div class='fld'>{e(v) if v else '&nbsp;'}</div>"
    if signed:
        body += ("<table style='width:100%;margin-top:22px'><tr>" +
                 "".join(f"<td style='width:33%;padding-right:10px'><div style='border-bottom:1px solid #000;height:22px;font-family:DejaVu Serif;font-style:italic;font-size:12pt'>{e(s)}</div><span class='small'>{e(r)}</span></td>" for s, r in signed) +
                 "</tr></table>")
    return page(kind, body, c["kommun"], f"Utskrivet {c['printed']}", url(c, "plan"), landscape=landscape)


def journalpdf(c, notes, title="Journalanteckningar"):
    body = f"<div class='crumb'>Akt &raquo; Journal &raquo; Vuxen missbruk (sorterat: senaste först)</div>"
    body += f"<h1>{e(title)} – {e(c['name'])}, {e(c['pnr'])}</h1>"
    body += f"<p class='small'>Diarienr {e(c['dnr'])} · Urval: alla händelser · Utskrivet av {e(c['hl'])}</p>"
    body += journal(notes)
    return page(title, body, c["kommun"], f"Utskrivet {c['printed']}", url(c, "journal"))


def email(c, frm, to, date, subject, text, attach=""):
    css = ".mh td{padding:1px 6px;font-size:9pt} .mh{border-bottom:1px solid #999;margin-bottom:10px}"
    body = (f"<p class='small'>{e(c['hl'])} – Utskrift av e-post</p><h1>{e(subject)}</h1>"
            f"<table class='mh'><tr><td><b>Från:</b></td><td>{e(frm)}</td></tr><tr><td><b>Till:</b></td><td>{e(to)}</td></tr>"
            f"<tr><td><b>Skickat:</b></td><td>{e(date)}</td></tr><tr><td><b>Ämne:</b></td><td>{e(subject)}</td></tr>"
            + (f"<tr><td><b>Bifogat:</b></td><td>{e(attach)}</td></tr>" if attach else "") + "</table>")
    body += paras(text)
    return page(subject, body, c["kommun"], "", "", chrome=False, extra_css=css)


def uppfoljning(c, date, rows, summary, title="Uppföljning", date_shown=True, participants=""):
    body = f"<div class='crumb'>Akt &raquo; Uppföljning</div><div class='wrap'>"
    sd = [("Diarienr", c["dnr"]), ("Klient", c["name"]), ("Handläggare", c["hl"])]
    if date_shown:
        sd.insert(0, ("Datum", date))
    body += side("Uppföljning", sd)
    body += f"<div class='main'><h1>{e(title)}</h1>"
    if participants:
        body += f"<p><b>Närvarande:</b> {e(participants)}</p>"
    body += grid(["Mål", "Uppnått", "Delvis", "Ej uppnått", "Kommentar"],
                 [[m, cb(s == 2), cb(s == 1), cb(s == 0), k] for m, s, k in rows], ["30%", "8%", "8%", "8%", "46%"])
    body += "<h2>Sammanfattning</h2>" + paras(summary) + "</div></div>"
    return page(title, body, c["kommun"], f"Utskrivet {c['printed']}" if date_shown else "Utskrivet", url(c, "uppfoljning"))


def fax(inner_html_page, header):
    """Add a fax transmission line at the top (before rendering & scanning)."""
    return inner_html_page.replace("<body>", f"<body><div style='font-family:DejaVu Sans Mono;font-size:7.5pt;border-bottom:1px dashed #000;margin-bottom:6px'>{e(header)}</div>", 1)
