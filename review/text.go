package review

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s, removes accents (å→a, ö→o, é→e) and trims and collapses white space.
// It is how names typed by people are compared: headers, committee names, verdict words.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		r = s
	}
	return strings.Join(strings.Fields(strings.ToLower(r)), " ")
}
