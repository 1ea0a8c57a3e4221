"""All cases of the fresh-a set."""
import c_umea, c_skelleftea, c_ornskoldsvik, c_sundsvall, c_ostersund
STYLE = ("Small office writing letters and memos in a word processor (no case-management template): assessments under 'Överväganden och förslag', "
         "'Bedömning av hjälpbehov', 'Socialsekreterarens synpunkter' or only in a decision's narrative; plans as first-person 'Överenskommelse' or numbered goals "
         "with 'Delmål'; follow-ups as utvärdering/halvtidsuppföljning/behandlingskonferens/'vi sågs på HVB-hemmet'; assignments as Vårdbegäran/Placeringsuppdrag "
         "letters (some with an attached form), e-mails and forms; footnotes and multi-line table cells; LibreOffice (.odt), hand-written PostScript via Ghostscript, "
         "reportlab; two scanned pages.")
MODULES = [c_umea, c_skelleftea, c_ornskoldsvik, c_sundsvall, c_ostersund]
ALL = [f() for m in MODULES for f in m.CASES]
