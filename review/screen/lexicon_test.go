package screen

import (
	"strings"
	"testing"
)

// The lexicon recognises words it was not given: inflections (Snowball stems), compounds
// by their last or first part, one-letter misspellings and abbreviations.
func TestLexiconConcepts(t *testing.T) {
	lx := DefaultRules().lx
	for w, c := range map[string]string{
		"uppföljningen":       "followup",     // inflection
		"uppföljningssamtal":  "meeting",      // compound: the last part
		"telefonavstämning":   "followup",     // compound: the last part
		"vårdbehovet":         "need",         // compound and inflection
		"utskrivningsrapport": "report",       // compound
		"uppföljnig":          "followup",     // a letter dropped
		"avstämmning":         "followup",     // a letter added
		"utvärdreing":         "followup",     // two letters swapped
		"åp":                  "intervention", // abbreviation
		"gfp":                 "plan",         // abbreviation
		"bedömningarna":       "assessment",   // inflection
	} {
		if !lx.info(w).concepts[c] {
			t.Errorf("%q does not carry %q: %v", w, c, lx.info(w).concepts)
		}
	}
	// short stems are not taken as the end of a compound ("kompassen" is no "passa")
	for w, c := range map[string]string{"kompassen": "fit", "provsvar": "fit", "psykiatrisk": "difficulty"} {
		if lx.info(w).concepts[c] {
			t.Errorf("%q carries %q", w, c)
		}
	}
}

// canon rewrites misspellings and abbreviations, never an inflection the stemmer missed.
func TestLexiconCanon(t *testing.T) {
	lx := DefaultRules().lx
	for in, want := range map[string]string{
		"Uppföljnig gjordes med GFP.": "Uppföljning gjordes med genomförandeplan.",
		"Nätverksmötet hölls.":        "Nätverksmötet hölls.",
		"Behandlingen är beställd.":   "Behandlingen är beställd.",
		"Anders Berg, tfn 08-123 45":  "Anders Berg, telefon 08-123 45",
	} {
		if got := lx.canon(in); got != want {
			t.Errorf("canon(%q) = %q, want %q", in, got, want)
		}
	}
}

// A rule pattern "@concept" matches by meaning; an unknown concept is an error, and an
// extension file may use the default concepts.
func TestConceptPatterns(t *testing.T) {
	c := &compiler{lx: DefaultRules().lx}
	p, err := c.compilePattern("@followup @meeting")
	if err != nil {
		t.Fatal(err)
	}
	if !p.match(fold("Avstämningsmöte hölls på Viksjö.")) || p.match(fold("Avstämning per telefon.")) {
		t.Error("@followup @meeting: every concept must be present")
	}
	if got := p.findAll(fold("Ett uppföljningsmöte.")); len(got) != 2 {
		t.Errorf("spans %v", got)
	}
	if _, err := LoadRules(strings.NewReader(`{"follow_up": {"terms": ["@nosuchconcept"]}}`)); err == nil {
		t.Error("unknown concept accepted")
	}
	if _, err := LoadRules(strings.NewReader(`{"follow_up": {"terms": ["@followup"]}}`)); err != nil {
		t.Errorf("an extension may use a default concept: %v", err)
	}
}

// A compound one of whose parts is misspelt carries the meaning of the corrected word and
// is rewritten to it; a short word with two letters swapped is corrected. Words written
// for this test, not taken from a case file.
func TestLexiconMisspeltParts(t *testing.T) {
	lx := DefaultRules().lx
	for w, c := range map[string]string{
		"slutraport":          "report",   // the last part misspelt (a letter dropped)
		"avstämingssamtal":    "followup", // the first part misspelt, the last part known
		"uppföljnigsmötet":    "followup", // the first part misspelt, the last part inflected
		"utvärderingsrapprot": "report",   // the last part misspelt (two letters swapped)
		"nätverksmöte":        "meeting",  // spelt right: unchanged
		"behvo":               "need",     // a short word, two letters swapped
		"insast":              "intervention",
	} {
		if !lx.info(w).concepts[c] {
			t.Errorf("%q does not carry %q: %v", w, c, lx.info(w).concepts)
		}
	}
	for in, want := range map[string]string{
		"Slutraport från Nygården.":     "Slutrapport från Nygården.",
		"Ett avstämingssamtal bokades.": "Ett avstämningssamtal bokades.",
		"Hon har behvo av stöd.":        "Hon har behov av stöd.",
		// guarded: a part is corrected only where the other part is a known word of its
		// own, never where a compound's tail merely ends in one ("…lsprevention…")
		"Återfallspreventionsplanen följs.": "Återfallspreventionsplanen följs.",
		// guarded: a misspelling keeps its first letter ("splanering" is no "planering")
		"Behandlingsplanering pågår.": "Behandlingsplanering pågår.",
	} {
		if got := lx.canon(in); got != want {
			t.Errorf("canon(%q) = %q, want %q", in, got, want)
		}
	}
}
