package review

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// ParseDate accepts 2015-03-01, 20150301, 2015-03-01 00:00:00 (and the same with 'T' or a
// time of day, which is dropped). Day-first or slash forms such as 01/03/2015 are ambiguous
// and refused: a date is never guessed.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("empty date")
	}
	d := s
	if i := strings.IndexAny(d, " T"); i == 10 {
		rest := strings.TrimSuffix(strings.TrimSpace(d[i+1:]), "Z")
		if _, err := time.Parse("15:04:05", rest); err != nil {
			if _, err2 := time.Parse("15:04", rest); err2 != nil {
				return time.Time{}, fmt.Errorf("%q: the time part is not HH:MM[:SS]", s)
			}
		}
		d = d[:i]
	}
	var layout string
	switch {
	case len(d) == 10 && d[4] == '-' && d[7] == '-':
		layout = "2006-01-02"
	case len(d) == 8 && isDigits(d):
		layout = "20060102"
	case len(d) >= 8 && len(d) < 10 && d[4] == '-' && strings.Count(d, "-") == 2:
		// year first, month and day without zero padding (2015-3-1): not ambiguous
		layout = "2006-1-2"
	default:
		return time.Time{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD or YYYYMMDD", s)
	}
	var t time.Time
	var err error
	if layout == "2006-01-02" && isDigits(d[:4]) && isDigits(d[5:7]) && isDigits(d[8:]) {
		// the common form, without time.Parse's generality (a million rows per import)
		y, m, dd := atoi4(d[:4]), atoi4(d[5:7]), atoi4(d[8:])
		t = time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || dd < 1 || t.Day() != dd {
			err = errors.New("invalid")
		}
	} else {
		t, err = time.Parse(layout, d)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a valid calendar date", s)
	}
	if t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, fmt.Errorf("%q: year out of range", s)
	}
	return t, nil
}

// atoi4 reads up to four ASCII digits (the caller has checked them).
func atoi4(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

var (
	solChapterRe = regexp.MustCompile(`(?i)^(?:sol\s*)?(\d+)\s*kap\.?\s*(\d+)\s*(?:[a-z]\s*)?§?\s*(?:sol|socialtjänstlagen)?$`)
	solColonRe   = regexp.MustCompile(`(?i)^(?:sol|socialtjänstlagen)\s*(\d+)\s*:\s*(\d+)$`)
	solColonRe2  = regexp.MustCompile(`(?i)^(\d+)\s*:\s*(\d+)\s*(?:sol|socialtjänstlagen)$`)
	lvmRe        = regexp.MustCompile(`(?i)^(?:lvm|lag\s*\(1988:870\).*|lag om vård av missbrukare.*)$`)
	lvmSectionRe = regexp.MustCompile(`(?i)^(?:lvm\s*(\d+)\s*§|(\d+)\s*§\s*lvm)$`)
)

// NormalizeLegalBasis writes the legal basis in one form: "SoL 4:1" for "4 kap. 1 § SoL",
// "SoL 4 kap 1§", "socialtjänstlagen 4:1"; "LVM" or "LVM 4 §". Anything else is kept as
// written, with white space collapsed.
func NormalizeLegalBasis(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if m := solColonRe.FindStringSubmatch(s); m != nil {
		return "SoL " + m[1] + ":" + m[2]
	}
	if m := solColonRe2.FindStringSubmatch(s); m != nil {
		return "SoL " + m[1] + ":" + m[2]
	}
	if m := solChapterRe.FindStringSubmatch(s); m != nil && (strings.Contains(strings.ToLower(s), "sol") || strings.Contains(strings.ToLower(s), "socialtj")) {
		return "SoL " + m[1] + ":" + m[2]
	}
	if m := lvmSectionRe.FindStringSubmatch(s); m != nil {
		return "LVM " + m[1] + m[2] + " §"
	}
	if lvmRe.MatchString(s) {
		return "LVM"
	}
	return s
}

// interventionSynonyms maps folded spellings to the canonical intervention type.
var interventionSynonyms = map[string]string{
	"oppenvard": "öppenvård", "oppen vard": "öppenvård", "oppenvardsinsats": "öppenvård", "oppenvardsbehandling": "öppenvård", "outpatient": "öppenvård", "outpatient care": "öppenvård", "oppenvard missbruk": "öppenvård",
	"institutionsvard": "institutionsvård", "institution": "institutionsvård", "institutionsplacering": "institutionsvård", "hvb": "institutionsvård", "hvb-placering": "institutionsvård", "hvb placering": "institutionsvård", "residential": "institutionsvård", "residential care": "institutionsvård", "behandlingshem": "institutionsvård",
	"stodboende": "stödboende", "boende med stod": "stödboende", "supported housing": "stödboende",
	"lvm": "LVM", "lvm-vard": "LVM", "lvm vard": "LVM", "tvangsvard": "LVM", "tvangsvard lvm": "LVM",
}

// interventionWords are single words (folded) that name an intervention type.
var interventionWords = map[string]string{
	"oppenvard": "öppenvård", "oppenvardsinsats": "öppenvård", "oppenvardsbehandling": "öppenvård", "oppenvardsprogram": "öppenvård",
	"institutionsvard": "institutionsvård", "institution": "institutionsvård", "institutionsplacering": "institutionsvård", "hvb": "institutionsvård", "behandlingshem": "institutionsvård",
	"stodboende": "stödboende", "lvm": "LVM",
}

// interventionQualifiers may stand beside an intervention word without changing it.
var interventionQualifiers = []string{"missbruk", "missbruksvard", "beroende", "beroendevard", "vuxen", "vuxna", "hem", "sol", "enl", "enligt", "kap", "4", "1", "placering", "behandling", "vard", "insats", "for", "och", "av", "alkohol", "narkotika", "droger"}

// NormalizeIntervention writes known intervention types in one form (öppenvård,
// institutionsvård, stödboende, LVM); other values are kept as written.
func NormalizeIntervention(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	f := Fold(s)
	if c, ok := interventionSynonyms[f]; ok {
		return c
	}
	// longer spellings ("Öppenvård missbruk", "Institutionsvård (HVB)", "HVB-hem"): words
	// that name one known type, and otherwise only listed qualifiers. Anything else ("ej
	// HVB", "Avslag öppenvård", "Utredning LVM") is kept as written, never guessed.
	var hits []string
	for _, tok := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if c, ok := interventionWords[tok]; ok {
			if !slices.Contains(hits, c) {
				hits = append(hits, c)
			}
			continue
		}
		if !slices.Contains(interventionQualifiers, tok) {
			return s
		}
	}
	if len(hits) == 1 {
		return hits[0]
	}
	return s
}
