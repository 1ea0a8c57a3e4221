package review_test

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"tillsyn/review"
)

// The built-in templates are valid, their files are in the canonical form `template show`
// prints, and ivo-2015 is the four 2015 criteria with the default scale.
func TestBuiltinTemplates(t *testing.T) {
	names := review.BuiltinTemplates()
	if !slices.Equal(names, []string{"egenkontroll-missbruk", "ivo-2015"}) {
		t.Fatalf("built in: %v", names)
	}
	for _, n := range names {
		tm, err := review.BuiltinTemplate(n)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		raw, err := os.ReadFile("templates/" + n + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(tm.Canonical(), raw) {
			t.Errorf("%s: the shipped file is not in canonical form", n)
		}
		again, err := review.ParseTemplate(tm.Canonical())
		if err != nil || again.SHA256() != tm.SHA256() {
			t.Errorf("%s: round trip changed the template (%v)", n, err)
		}
	}
	ivo := review.DefaultTemplate()
	if !slices.Equal(ivo.Keys(), review.DefaultCriteria) {
		t.Fatalf("ivo-2015 keys %v", ivo.Keys())
	}
	for _, d := range ivo.Criteria {
		if !slices.Equal(d.Values(), review.Verdicts) || !slices.Equal(d.LackingValues(), []review.Verdict{review.Partly, review.No}) ||
			!slices.Equal(d.MissingValues(), []review.Verdict{review.No}) || d.Name.Sv != d.Key.SwedishName() || d.Screening != string(d.Key) {
			t.Errorf("%s: %+v", d.Key, d)
		}
	}
	ad := ivo.MustDef(review.AssignmentDescription)
	if strings.Join(ad.ElementKeys(), "") != "abcdef" || !ad.Handover {
		t.Errorf("assignment description: elements %v, handover %v", ad.ElementKeys(), ad.Handover)
	}
	ek, _ := review.BuiltinTemplate("egenkontroll-missbruk")
	for _, k := range []review.Criterion{"participation", "measurable_goals", "best_available_knowledge", "sip"} {
		if d, ok := ek.Def(k); !ok || d.Screening != "" {
			t.Errorf("egenkontroll-missbruk lacks %s (or screens it)", k)
		}
	}
}

// A template with an error is refused with the field named.
func TestTemplateCheckNamesTheField(t *testing.T) {
	ok := func() review.Template {
		return review.Template{Name: "t", Version: "1", Criteria: []review.CriterionDef{
			{Key: "a", Name: review.Text{Sv: "A"}},
			{Key: "b", Name: review.Text{Sv: "B"}, Scale: []review.ScaleValue{{Key: "bra", Name: review.Text{Sv: "bra"}}, {Key: "dalig", Name: review.Text{Sv: "dålig"}}},
				Lacking: []review.Verdict{"dalig"}, Checklist: &review.Checklist{Title: review.Text{Sv: "x"}, Elements: []review.Element{{Key: "a", Name: review.Text{Sv: "e"}}}}},
		}}
	}
	if err := ok().Check(); err != nil {
		t.Fatalf("a good template: %v", err)
	}
	for name, c := range map[string]struct {
		edit  func(*review.Template)
		field string
	}{
		"no name":               {func(t *review.Template) { t.Name = " " }, "name"},
		"no version":            {func(t *review.Template) { t.Version = "" }, "version"},
		"no criteria":           {func(t *review.Template) { t.Criteria = nil }, "criteria"},
		"duplicate key":         {func(t *review.Template) { t.Criteria[1].Key = "a" }, "criteria[1].key"},
		"bad key":               {func(t *review.Template) { t.Criteria[0].Key = "Behov" }, "criteria[0].key"},
		"empty criterion name":  {func(t *review.Template) { t.Criteria[0].Name.Sv = "" }, "criteria[0].name.sv"},
		"lacking not in scale":  {func(t *review.Template) { t.Criteria[1].Lacking = []review.Verdict{"usel"} }, "criteria[1].lacking"},
		"missing not in scale":  {func(t *review.Template) { t.Criteria[1].Missing = []review.Verdict{"no"} }, "criteria[1].missing"},
		"own scale, no lacking": {func(t *review.Template) { t.Criteria[1].Lacking = nil }, "criteria[1].lacking"},
		"best value lacking":    {func(t *review.Template) { t.Criteria[1].Lacking = []review.Verdict{"bra"} }, "criteria[1].scale"},
		"one-value scale":       {func(t *review.Template) { t.Criteria[1].Scale = t.Criteria[1].Scale[:1] }, "criteria[1].scale"},
		"duplicate value": {func(t *review.Template) {
			t.Criteria[1].Scale = append(t.Criteria[1].Scale, review.ScaleValue{Key: "bra", Name: review.Text{Sv: "bra"}})
		}, "criteria[1].scale[2].key"},
		"empty value name":     {func(t *review.Template) { t.Criteria[1].Scale[1].Name.Sv = "" }, "criteria[1].scale[1].name.sv"},
		"element key":          {func(t *review.Template) { t.Criteria[1].Checklist.Elements[0].Key = "ab" }, "criteria[1].checklist.elements[0].key"},
		"empty checklist":      {func(t *review.Template) { t.Criteria[1].Checklist.Elements = nil }, "criteria[1].checklist"},
		"unknown screening":    {func(t *review.Template) { t.Criteria[0].Screening = "delaktighet" }, "criteria[0].screening"},
		"screening, own scale": {func(t *review.Template) { t.Criteria[1].Screening = "planning" }, "criteria[1].screening"},
		"bidi in name":         {func(t *review.Template) { t.Criteria[0].Name.Sv = "A\u202e" }, "criteria[0].name"},
	} {
		tm := ok()
		c.edit(&tm)
		err := tm.Check()
		var re *review.Error
		if !errors.As(err, &re) || re.Code != review.EInvalid || re.Field != c.field {
			t.Errorf("%s: %v, want EInvalid on %s", name, err, c.field)
		}
	}
	if _, err := review.ParseTemplate([]byte(`{"name":"t","version":"1","criteria":[{"key":"a","name":{"sv":"A"},"skala":[]}]}`)); review.ErrorCodeOf(err) != review.EInvalid || !strings.Contains(err.Error(), "skala") {
		t.Errorf("an unknown field: %v", err)
	}
}
