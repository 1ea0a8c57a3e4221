package screen

import (
	"strings"
	"testing"
)

func TestRulesExtension(t *testing.T) {
	text := utrHead + "Att väga samman\nAnders behöver stöd för att bryta sitt drickande eftersom han riskerar att förlora bostaden. Öppenvård är därför lämplig.\n\nFörslag\nBifall.\n"
	d := doc("utr.pdf", text)
	r := screenOne(t, d)
	// an assessment under a heading the rules do not know, right before the proposal, is
	// taken by its place, with medium confidence
	s := want(t, r, NeedsAssessment, Yes)
	if s.Confidence != Medium {
		t.Errorf("by position: confidence %q, want medium", s.Confidence)
	}

	ext, err := LoadRules(strings.NewReader(`{"version": "arvika-1", "needs": {"headings": ["^att väga samman$"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	merged := DefaultRules().Merge(ext)
	res := Screen([]Document{d}, Options{ReviewDate: trapDate, Rules: merged})
	if got := res.Criteria[NeedsAssessment]; got.Suggestion != Yes || got.Confidence != High {
		t.Errorf("with extension: %s/%s (%s)", got.Suggestion, got.Confidence, got.Reason)
	}
	if res.RulesVersion != "screen-rules/v4.16+arvika-1" {
		t.Errorf("version %q", res.RulesVersion)
	}
	// the default is untouched
	if Screen([]Document{d}, Options{ReviewDate: trapDate}).Criteria[NeedsAssessment].Confidence != Medium {
		t.Error("merge changed the default rules")
	}
}

func TestRulesValidation(t *testing.T) {
	if _, err := LoadRules(strings.NewReader(`{"needs": {"headings": ["^(bedömning"]}}`)); err == nil {
		t.Error("bad regexp accepted")
	}
	if _, err := LoadRules(strings.NewReader(`{"needs": {"headings": ["[åä]r"]}}`)); err == nil {
		t.Error("character class with å accepted")
	}
}

func TestFoldAndDates(t *testing.T) {
	r := DefaultRules()
	p, err := compilePattern(`\båterrapport\w*|\bmål\b|bö?r`)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Återrapportering sker", "ett mål", "br"} {
		if !p.re.MatchString(fold(s)) {
			t.Errorf("%q not matched", s)
		}
	}
	if p.re.MatchString(fold("målen")) { // \bmål\b must not match inside "målen"
		t.Error("word boundary after an å-word is broken")
	}
	ref := trapDate
	hs := r.dates(fold("möte 2015-11-13, personnummer 19001230-2154, om två veckor, den 4 maj 2016"), ref)
	var got []string
	for _, h := range hs {
		got = append(got, h.t.Format("2006-01-02"))
	}
	if strings.Join(got, " ") != "2015-11-13 2016-03-15 2016-05-04" {
		t.Errorf("dates = %v", got)
	}
}
