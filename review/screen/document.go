package screen

import (
	"strings"
)

// FromPdftotext builds a Document from the output of `pdftotext -enc UTF-8 FILE -`
// (pages separated by form feeds). Pages whose text is only whitespace are listed in
// PagesWithoutText; when no page has text the status is "no_text".
func FromPdftotext(file string, out []byte) Document {
	d := Document{File: file, Status: "ok"}
	parts := strings.Split(string(out), "\f")
	// pdftotext ends the last page with a form feed; drop the empty tail it leaves
	if len(parts) > 1 && strings.TrimSpace(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	withText := 0
	for i, p := range parts {
		d.Pages = append(d.Pages, Page{Number: i + 1, Text: p})
		if strings.TrimSpace(p) == "" {
			d.PagesWithoutText = append(d.PagesWithoutText, i+1)
		} else {
			withText++
		}
	}
	if withText == 0 {
		d.Status = "no_text"
	}
	return d
}
