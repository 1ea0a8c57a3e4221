# -*- coding: utf-8 -*-
import cases_l, cases_j, cases_h, cases_v, cases_k
CASES = cases_l.CASES + cases_j.CASES + cases_h.CASES + cases_v.CASES + cases_k.CASES
WRITER_STYLE = ("keyword/sökord-style social documentation (Aktuellt:/Mål:/Insats:/Ansvar:/Resultat:/Överväganden:/Slutsats:/Återkoppling:), "
                "assessments under Beslutsunderlag/Yttrande/Utredningens slutsatser and other headings, mixed date formats, provider reports "
                "(behandlingsrapport, delrapport, slutrapport/utskrivningsmeddelande), assignments as Placeringsbegäran/Beställning av "
                "öppenvårdsinsats forms, e-mails and a letter (one handed over at a meeting recorded only in the journal); producers LibreOffice "
                "(docx, rtf), enscript, reportlab; two scanned pages, one landscape page, one /Rotate page, two-column pages, pdfunite assemblies")
