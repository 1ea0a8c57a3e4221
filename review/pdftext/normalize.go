package pdftext

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// normalize applies the text normalisation every page goes through, whichever engine read
// it: NFKC (ligatures such as ﬁ ﬂ ﬃ become letters, no-break spaces become spaces),
// U+2212 MINUS SIGN becomes '-', soft hyphens (U+00AD) are removed, then NFC. Trailing
// spaces on lines and trailing empty lines are trimmed.
func normalize(s string) string {
	if s == "" {
		return ""
	}
	s = norm.NFKC.String(s)
	if strings.ContainsAny(s, "\u2212\u00AD") {
		s = strings.NewReplacer("\u2212", "-", "\u00AD", "").Replace(s)
	}
	s = norm.NFC.String(s)
	if strings.Contains(s, " \n") {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		s = strings.Join(lines, "\n")
	}
	return strings.TrimRight(s, " \n")
}
