# -*- coding: utf-8 -*-
"""Shared document builders (block lists) for the hold2-b case files."""

OFF = {
    "skovde": dict(kommun="Skövde kommun", nämnd="Socialnämnden i Skövde", enhet="Beroendecentrum Skövde",
                   hdr="Skövde kommun · Socialförvaltningen · Beroendecentrum Skövde (kommun/VGR)",
                   adr="Box 408, 541 28 Skövde", tel="0500-49 80 00", mail="skovde.se", ort="Skövde"),
    "karlskoga": dict(kommun="Karlskoga kommun", nämnd="Socialnämnden i Karlskoga", enhet="Beroendeenheten Karlskoga",
                      hdr="KARLSKOGA KOMMUN  Socialförvaltningen / Vuxenenheten – Beroendeenheten",
                      adr="Kyrkbacken 2, 691 83 Karlskoga", tel="0586-610 00", mail="karlskoga.se", ort="Karlskoga"),
    "kristinehamn": dict(kommun="Kristinehamns kommun", nämnd="Social- och omsorgsnämnden", enhet="Beroendemottagningen Kristinehamn",
                         hdr="Kristinehamns kommun – Arbete och välfärd – Beroendemottagningen",
                         adr="Kungsgatan 30, 681 84 Kristinehamn", tel="0550-880 00", mail="kristinehamn.se", ort="Kristinehamn"),
    "arvika": dict(kommun="Arvika kommun", nämnd="Socialnämnden i Arvika", enhet="Beroendecentrum Arvika",
                   hdr="ARVIKA KOMMUN | Socialförvaltningen | Beroendecentrum Arvika – kommun och landsting",
                   adr="Box 301, 671 26 Arvika", tel="0570-816 00", mail="arvika.se", ort="Arvika"),
    "gotland": dict(kommun="Region Gotland", nämnd="Socialnämnden, Region Gotland", enhet="Beroendeenheten Visby",
                    hdr="REGION GOTLAND · Socialförvaltningen · Individ- och familjeomsorg, vuxen/beroende",
                    adr="Visborgsallén 19, 621 81 Visby", tel="0498-26 90 00", mail="gotland.se", ort="Visby"),
}

ABBR_NOTE = "Förkortningar: ÖV = öppenvård, HVB = hem för vård eller boende, ÅP = återfallsprevention, MI = motiverande samtal, CRA = Community Reinforcement Approach, ASI = Addiction Severity Index, SSK = sjuksköterska."


def handl_sig(c):
    h = c["handl"]
    return "%s\n%s\n%s\nTel. %s\n%s" % (h[0], h[1], OFF[c["muni"]]["enhet"], h[2], h[3])


def person_kv(c, extra=()):
    rows = [("Dnr", c["dnr"]), ("Klient", c["name"]), ("Personnr", c["pnr"])]
    return ("kv", rows + list(extra))


# ------------------------------------------------------------------ utredning
def utredning(c, title="Utredning – vuxen, missbruk (SoL 11 kap. 1 §)", assess_title="5. Socialtjänstens analys",
              assess=None, extra_before_assess=(), proposal=None, numbered=True, date=None):
    o = OFF[c["muni"]]
    B = [("h1", title), person_kv(c, [("Handläggare", "%s, %s" % (c["handl"][0], c["handl"][1])),
                                       ("Utredning inledd", c["u_start"]), ("Utredning klar", date or c["u_klar"])])]
    B += [("h2", "1. Aktualisering"), ("p", c["aktual"]),
          ("h2", "2. Utredningens genomförande"), ("p", c["kallor"]),
          ("h2", "3. Nuvarande situation"),
          ("b", "3.1 Missbruk/beroende"), ("p", c["miss"]),
          ("b", "3.2 Boende och ekonomi"), ("p", c["boende"]),
          ("b", "3.3 Fysisk och psykisk hälsa"), ("p", c["halsa"]),
          ("b", "3.4 Sysselsättning och nätverk"), ("p", c["syss"]),
          ("h2", "4. Klientens egen uppfattning"), ("p", c["egen"])]
    B += list(extra_before_assess)
    B += [("h2", assess_title)]
    if assess:
        B += assess
    B += [("h2", "6. Förslag till beslut"), ("p", proposal or c["forslag"]),
          ("sp",), ("p", "%s %s\n\n%s\n%s" % (o["ort"], date or c["u_klar"], c["handl"][0], c["handl"][1]))]
    return B


# ------------------------------------------------------------------ beslut
def beslut(c, reasons=None, reasons_title="Skäl för beslutet", title="DELEGATIONSBESLUT", provider_line=None):
    o = OFF[c["muni"]]
    B = [("h1", title), ("kv", [("Nämnd", o["nämnd"]), ("Dnr", c["dnr"]), ("Beslutsdatum", c["b_date"]),
                                ("Sökande", "%s, %s" % (c["name"], c["pnr"]))]),
         ("h2", "Beslut"), ("p", c["beslut_text"])]
    if provider_line:
        B += [("p", provider_line)]
    B += [("kv", [("Lagrum", "4 kap. 1 § socialtjänstlagen (SoL)"), ("Beslutsperiod", c["b_period"])])]
    if reasons is not None:
        B += [("h2", reasons_title)] + reasons
    B += [("sp",), ("p", "Beslutet fattat med stöd av delegation enligt nämndens delegationsordning, punkt %s." % c.get("deleg", "4.1.2")),
          ("p", "%s\n%s" % (c["beslutsfattare"][0], c["beslutsfattare"][1])),
          ("h2", "Hur man överklagar"),
          ("p", "Beslutet kan överklagas hos förvaltningsrätten. Skrivelsen ska ha kommit in till socialförvaltningen inom tre veckor från den dag du fick del av beslutet.")]
    return B


# ------------------------------------------------------------------ assignment
FOLLOWUP_D = ("Uppföljning i det enskilda ärendet sker genom trepartssamtal (klient, utförare, handl.) %s och därefter var tredje månad "
              "så länge insatsen pågår. Handl. kallar till mötet. Utföraren redovisar vid varje möte måluppfyllelse enligt behandlingsplanen.")
REPORT_E = ("Vid avslut – planerat eller i förtid – ska utföraren inom 14 dagar skicka en skriftlig slutrapport till handl. med: "
            "genomförda insatser, måluppfyllelse, klientens drogstatus vid utskrivning (provsvar), ev. avbrott och orsak samt "
            "rekommendation om fortsatta insatser. Avbrott meddelas handl. per telefon samma dag.")


def uppdrag_sections(c, el, num=True, empty_heads=()):
    """Sections for elements a–e (f, g handled by the caller). el: set of present elements."""
    n = lambda i, t: ("%d. %s" % (i, t)) if num else t
    B = []
    i = 1
    heads = [("a", "Socialtjänstens bedömning av hjälpbehovet"), ("b", "Uppdragets omfattning"),
             ("c", "Mål för insatsen"), ("d", "Uppföljning"), ("e", "Återrapportering vid avslut")]
    for k, t in heads:
        if k in el:
            B.append(("h2", n(i, t)))
            if k == "a": B += [("p", c["upp_a"])]
            if k == "b": B += [("p", c["upp_b"])]
            if k == "c": B += [("ul", c["upp_c"])]
            if k == "d": B += [("p", FOLLOWUP_D % c["upp_d_when"])]
            if k == "e": B += [("p", REPORT_E)]
            i += 1
        elif k in empty_heads:
            B.append(("h2", n(i, t)))
            B.append(("p", " "))
            i += 1
    return B


def email_block(frm, to, sent, subj, attach=None, cc=None):
    rows = [("Från:", frm), ("Skickat:", sent), ("Till:", to)]
    if cc:
        rows.append(("Kopia:", cc))
    rows.append(("Ämne:", subj))
    if attach:
        rows.append(("Bifogade filer:", attach))
    return ("kv", rows)


# ------------------------------------------------------------------ journal
def journal(c, entries, title="Journalanteckningar", system="Utskrift från verksamhetssystemet – journal, vuxen"):
    B = [("h1", title), ("kv", [("Dnr", c["dnr"]), ("Klient", "%s (%s)" % (c["name"], c["pnr"])), ("Utskrift", system)])]
    for d, head, text in entries:
        B += [("b", "%s  %s" % (d, head)), ("p", text)]
    return B


def cover(c, docs, title="Akt – sammanställning"):
    o = OFF[c["muni"]]
    rows = [["Nr", "Handling", "Datum"]] + [[str(i + 1), d[0], d[1]] for i, d in enumerate(docs)]
    return [("sp",), ("h1", title), ("p", o["nämnd"]), ("kv", [("Dnr", c["dnr"]), ("Klient", c["name"]),
            ("Akten sammanställd", c["cover_date"]), ("Sammanställd av", c["cover_by"])]),
            ("sp",), ("b", "Innehållsförteckning"), ("table", rows, [1.2, 9.5, 4.8]),
            ("p", "Handlingarna har exporterats ur verksamhetssystemet och sammanfogats till en fil. Sekretess enligt 26 kap. 1 § OSL.")]
