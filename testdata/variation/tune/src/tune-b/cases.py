STYLE = ("Busy suburban office (Treserva-like): assignments to providers as e-mails (Från/Till/Skickat/Ämne, "
         "signature with phone), short chatty first-person-plural journal notes with typos, follow-ups called "
         "'avstämning'/'nätverksmöte', provider genomförandeplaner on the provider's own letterhead, interpreted "
         "(tolk) contacts; Chromium print-to-pdf for e-mails and journals, LibreOffice from .odt for the rest, "
         "reportlab/enscript for a few, pdfunite-assembled files.")
import c_botkyrka
import c_huddinge
import c_sodertalje
import c_jarfalla
ALL = [f() for m in (c_botkyrka, c_huddinge, c_sodertalje, c_jarfalla) for f in m.CASES]
