#!/usr/bin/env python3
"""Writes the dialect fixtures from expected_rows.csv (run from this folder).

Each fixture holds the same 40 canonical rows of export_4_namnder_20150930.csv written the
way another case-management system would export them; the Go tests check that every one
imports to exactly the canonical values.
"""
import csv, io

rows = [r for r in csv.DictReader(open("expected_rows.csv", encoding="utf-8"))
        if r["source_file"].endswith("export_4_namnder_20150930.csv")][:40]

def pnr10(p):  # 19010427-5391 -> 010427+5391 (100 years or older)
    return p[2:8] + "+" + p[9:]

def write(name, data, encoding):
    with open(name, "wb") as f:
        f.write(data.encode(encoding))

# b: UTF-8 with BOM, comma, LF, English headers, 12-digit personnummer without dash, compact dates,
#    "<Kommun> kommun", chapter-style legal basis, a quoted comment with a comma and a quote.
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["Case number", "Municipality", "Personal identity number", "Intervention type", "Legal basis", "Decision date", "End date", "Case officer", "Age", "Note"])
for i, r in enumerate(rows):
    ch, sec = r["legal_basis"].split(" ")[1].split(":") if r["legal_basis"].startswith("SoL") else ("", "")
    lb = f"{ch} kap. {sec} § SoL" if ch else r["legal_basis"]
    w.writerow([r["diarienummer"], r["committee"] + ("s kommun" if r["committee"] == "Karlstad" else " kommun"), r["personnummer"].replace("-", ""),
                r["intervention"].capitalize() if r["intervention"] != "LVM" else "LVM", lb, r["decision_date"].replace("-", ""), r["end_date"].replace("-", ""),
                r["case_officer"], r["age"], 'Sagt "hej", sedan' if i % 7 == 0 else ""])
write("dialect_b_utf8bom_comma_lf.csv", "\ufeff" + out.getvalue(), "utf-8")

# c: UTF-8 without BOM, tab, CRLF, short Swedish headers, 10-digit personnummer with '+',
#    dates with a midnight time, plain municipality names.
out = io.StringIO()
w = csv.writer(out, delimiter="\t", lineterminator="\r\n")
w.writerow(["Dnr", "Kommun", "Pnr", "Insatstyp", "Lagrum", "Beslut datum", "Avslutsdatum", "Handläggare", "Ålder"])
for r in rows:
    w.writerow([r["diarienummer"], r["committee"], pnr10(r["personnummer"]), r["intervention"], r["legal_basis"],
                r["decision_date"] + " 00:00:00", (r["end_date"] + " 00:00:00") if r["end_date"] else "", r["case_officer"], r["age"]])
write("dialect_c_utf8_tab_crlf.csv", out.getvalue(), "utf-8")

# d: Windows-1252, semicolon, old Mac CR line ends, a title line before the header, every
#    field quoted, "Socialnämnden i <Kommun>", a comment holding a newline and a semicolon.
out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r")
out.write("Export från verksamhetssystemet 2015-09-30\r")
w.writerow(["Ärendenummer", "Socialnämnd", "Personnummer", "Insats", "Lagrum", "Startdatum", "Slutdatum", "Handläggare", "Ålder", "Kommentar"])
for i, r in enumerate(rows):
    w.writerow([r["diarienummer"], "Socialnämnden i " + r["committee"], r["personnummer"], r["intervention"], r["legal_basis"],
                r["decision_date"], r["end_date"], r["case_officer"], r["age"], "Rad ett;\rrad två" if i % 9 == 0 else ""])
write("dialect_d_cp1252_semicolon_cr.csv", out.getvalue(), "cp1252")
