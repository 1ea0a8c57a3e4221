package review

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Text is a wording in Swedish and English.
type Text struct {
	Sv string `json:"sv"`
	En string `json:"en"`
}

// ScaleValue is one value of a criterion's scale.
type ScaleValue struct {
	Key  Verdict `json:"key"`
	Name Text    `json:"name"`
}

// Element is one element of a criterion's checklist (like a–f of the assignment
// description).
type Element struct {
	Key   string `json:"key"`
	Name  Text   `json:"name"`
	Short Text   `json:"short,omitzero"` // for running text in reports; Name when empty
}

// Checklist is a criterion's list of elements a file should hold.
type Checklist struct {
	Title    Text      `json:"title"`
	Elements []Element `json:"elements"`
}

// CriterionDef is one criterion of a template. Zero fields take the defaults of the 2015
// criteria: the scale ja / delvis / nej / ej tillämpligt, lacking = delvis and nej, missing
// (what the action rule no_only counts) = nej, not applicable = ej tillämpligt, a comment
// required for every value but the first.
type CriterionDef struct {
	Key  Criterion `json:"key"`
	Name Text      `json:"name"`
	Help Text      `json:"help"`
	// Scale lists the values in order, best first; the first means fully documented.
	Scale []ScaleValue `json:"scale,omitempty"`
	// Lacking are the values counted as lacking in the shares and by the action rule
	// no_or_partly; Missing those the rule no_only counts; NotApplicable those left out of
	// the denominator. Each is a subset of the scale.
	Lacking         []Verdict `json:"lacking,omitempty"`
	Missing         []Verdict `json:"missing,omitempty"`
	NotApplicable   []Verdict `json:"not_applicable,omitempty"`
	CommentRequired []Verdict `json:"comment_required,omitempty"`
	// Checklist, when given, is ticked on the review form; the first value of the scale needs
	// every element, a Missing value none, unless the comment explains.
	Checklist *Checklist `json:"checklist,omitempty"`
	// Handover asks whether the written assignment reached the provider before the start.
	Handover bool `json:"handover,omitempty"`
	// Screening names the built-in screening rules that suggest a verdict ("needs_assessment",
	// "planning", "follow_up", "assignment_description"); "" means no suggestion.
	Screening string `json:"screening,omitempty"`
}

// Template is the set of criteria an audit's files are judged on: a small versioned file,
// copied into the audit when it is created (with its SHA-256), so that changing the file later
// never changes an audit.
type Template struct {
	Name        string         `json:"name"`
	Version     string         `json:"version"`
	Description Text           `json:"description,omitzero"`
	Criteria    []CriterionDef `json:"criteria"`
}

// The default scale of the 2015 criteria.
var defaultScale = []ScaleValue{
	{Yes, Text{"ja", "yes"}},
	{Partly, Text{"delvis", "partly"}},
	{No, Text{"nej", "no"}},
	{NotApplicable, Text{"ej tillämpligt", "not applicable"}},
}

// ScaleValues is the criterion's scale (the default when none is given).
func (d CriterionDef) ScaleValues() []ScaleValue {
	if len(d.Scale) == 0 {
		return defaultScale
	}
	return d.Scale
}

// Values are the keys of the scale, in order.
func (d CriterionDef) Values() []Verdict {
	sc := d.ScaleValues()
	out := make([]Verdict, len(sc))
	for i, v := range sc {
		out[i] = v.Key
	}
	return out
}

func (d CriterionDef) or(set, def []Verdict) []Verdict {
	if len(set) > 0 || len(d.Scale) > 0 {
		return set
	}
	return def
}

// LackingValues, MissingValues, NotApplicableValues and CommentValues are the criterion's
// sets, defaults filled in.
func (d CriterionDef) LackingValues() []Verdict { return d.or(d.Lacking, []Verdict{Partly, No}) }
func (d CriterionDef) MissingValues() []Verdict { return d.or(d.Missing, []Verdict{No}) }
func (d CriterionDef) NotApplicableValues() []Verdict {
	return d.or(d.NotApplicable, []Verdict{NotApplicable})
}
func (d CriterionDef) CommentValues() []Verdict {
	if len(d.CommentRequired) > 0 {
		return d.CommentRequired
	}
	return d.Values()[1:]
}

// IsLacking, IsMissing, IsNotApplicable and NeedsComment classify a value.
func (d CriterionDef) IsLacking(v Verdict) bool { return slices.Contains(d.LackingValues(), v) }
func (d CriterionDef) IsMissing(v Verdict) bool { return slices.Contains(d.MissingValues(), v) }
func (d CriterionDef) IsNotApplicable(v Verdict) bool {
	return slices.Contains(d.NotApplicableValues(), v)
}
func (d CriterionDef) NeedsComment(v Verdict) bool { return slices.Contains(d.CommentValues(), v) }

// Best is the first value of the scale: fully documented.
func (d CriterionDef) Best() Verdict { return d.ScaleValues()[0].Key }

// ValueName is a value in Swedish ("ja"), or the key for a value not on the scale.
func (d CriterionDef) ValueName(v Verdict) string {
	for _, s := range d.ScaleValues() {
		if s.Key == v {
			return s.Name.Sv
		}
	}
	return string(v)
}

// ParseValue accepts a value by its key or its Swedish or English name, case- and
// accent-insensitively; for the default scale also the spellings ParseVerdict knows.
func (d CriterionDef) ParseValue(s string) (Verdict, error) {
	for _, v := range d.ScaleValues() { // the form's own values, without folding every name
		if s == string(v.Key) {
			return v.Key, nil
		}
	}
	f := Fold(strings.TrimSpace(s))
	for _, v := range d.ScaleValues() {
		if f == Fold(string(v.Key)) || f == Fold(v.Name.Sv) || f == Fold(v.Name.En) {
			return v.Key, nil
		}
	}
	if len(d.Scale) == 0 {
		return ParseVerdict(s)
	}
	var names []string
	for _, v := range d.ScaleValues() {
		names = append(names, v.Name.Sv)
	}
	return "", fmt.Errorf("okänt värde %q för %s (välj %s)", s, d.Name.Sv, strings.Join(names, ", "))
}

// ElementKeys are the checklist's element keys, in order ("" when there is no checklist).
func (d CriterionDef) ElementKeys() []string {
	if d.Checklist == nil {
		return nil
	}
	var out []string
	for _, e := range d.Checklist.Elements {
		out = append(out, e.Key)
	}
	return out
}

// ElementName is an element's short name for running text.
func (d CriterionDef) ElementName(key string) string {
	if d.Checklist != nil {
		for _, e := range d.Checklist.Elements {
			if e.Key == key {
				if e.Short.Sv != "" {
					return e.Short.Sv
				}
				return e.Name.Sv
			}
		}
	}
	return key
}

// Keys are the template's criteria, in order.
func (t Template) Keys() []Criterion {
	out := make([]Criterion, len(t.Criteria))
	for i, c := range t.Criteria {
		out[i] = c.Key
	}
	return out
}

// Def is the definition of a criterion of the template (ok false when it has none).
func (t Template) Def(c Criterion) (CriterionDef, bool) {
	for _, d := range t.Criteria {
		if d.Key == c {
			return d, true
		}
	}
	return CriterionDef{}, false
}

// MustDef is Def for a criterion known to be in the template; an unknown one gets a
// definition with the default scale named by its key.
func (t Template) MustDef(c Criterion) CriterionDef {
	if d, ok := t.Def(c); ok {
		return d
	}
	return CriterionDef{Key: c, Name: Text{string(c), string(c)}}
}

// Name is a criterion's Swedish name in the template.
func (t Template) CriterionName(c Criterion) string { return t.MustDef(c).Name.Sv }

// ParseCriterion accepts a criterion key of the template; an unknown one is an error that
// names the template's keys.
func (t Template) ParseCriterion(s string) (Criterion, error) {
	k := Criterion(strings.TrimSpace(strings.ToLower(s)))
	for _, d := range t.Criteria {
		if d.Key == k || Fold(d.Name.Sv) == Fold(s) {
			return d.Key, nil
		}
	}
	var keys []string
	for _, d := range t.Criteria {
		keys = append(keys, string(d.Key))
	}
	return "", fmt.Errorf("unknown criterion %q: the template %s has %s", s, t.Name, strings.Join(keys, ", "))
}

// Canonical is the template as its file is written: indented JSON, the defaults left out,
// ending in a newline. `template show` prints it; its SHA-256 identifies the template.
func (t Template) Canonical() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(t); err != nil {
		panic(err) // a Template always encodes
	}
	return b.Bytes()
}

// SHA256 is the hex SHA-256 of Canonical.
func (t Template) SHA256() string {
	s := sha256.Sum256(t.Canonical())
	return hex.EncodeToString(s[:])
}

//go:embed templates/*.json
var templateFS embed.FS

// BuiltinTemplates are the names of the templates Tillsyn ships, sorted.
func BuiltinTemplates() []string {
	entries, _ := templateFS.ReadDir("templates")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(out)
	return out
}

// DefaultTemplateName is the template of an audit created without one, and of audits from
// before templates existed: IVO's 2015 criteria.
const DefaultTemplateName = "ivo-2015"

// BuiltinTemplate returns a built-in template by name (ENotFound otherwise).
func BuiltinTemplate(name string) (Template, error) {
	b, err := templateFS.ReadFile("templates/" + name + ".json")
	if err != nil {
		return Template{}, &Error{Code: ENotFound, Field: "template", Message: fmt.Sprintf("no built-in template %q (built in: %s)", name, strings.Join(BuiltinTemplates(), ", "))}
	}
	return ParseTemplate(b)
}

// DefaultTemplate is the ivo-2015 template.
func DefaultTemplate() Template {
	t, err := BuiltinTemplate(DefaultTemplateName)
	if err != nil {
		panic(err) // embedded and tested
	}
	return t
}

// DefaultCriteria are the criteria of the ivo-2015 template, in order.
var DefaultCriteria = []Criterion{NeedsAssessment, Planning, FollowUp, AssignmentDescription}

// screeningFamilies are the built-in screening rules a criterion may name.
var screeningFamilies = []string{string(NeedsAssessment), string(Planning), string(FollowUp), string(AssignmentDescription)}

// ParseTemplate reads and checks a template file. Errors are EInvalid with the field named
// ("criteria[2].lacking", "criteria[0].key").
func ParseTemplate(b []byte) (Template, error) {
	var t Template
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return t, &Error{Code: EInvalid, Field: "template", Message: "not a template file (JSON with name, version and criteria): " + err.Error()}
	}
	return t, t.Check()
}

// Check validates a template: a name and version, at least one criterion, unique keys made
// of a–z, 0–9 and _, a Swedish name for each, scales of at least two unique values, sets that
// are subsets of the scale, a checklist with unique element keys, and known screening rules.
func (t Template) Check() error {
	bad := func(field, format string, args ...any) error {
		return &Error{Code: EInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
	}
	if strings.TrimSpace(t.Name) == "" {
		return bad("name", "the template needs a name")
	}
	if strings.TrimSpace(t.Version) == "" {
		return bad("version", "the template needs a version")
	}
	if len(t.Criteria) == 0 {
		return bad("criteria", "the template has no criteria")
	}
	if len(t.Criteria) > 50 {
		return bad("criteria", "the template has %d criteria; at most 50", len(t.Criteria))
	}
	seen := map[Criterion]int{}
	for i, d := range t.Criteria {
		f := fmt.Sprintf("criteria[%d]", i)
		if d.Key == "" {
			return bad(f+".key", "empty key")
		}
		if strings.IndexFunc(string(d.Key), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') }) >= 0 || len(d.Key) > 64 {
			return bad(f+".key", "%q: a key is at most 64 of a–z, 0–9 and _", d.Key)
		}
		if j, dup := seen[d.Key]; dup {
			return bad(f+".key", "duplicate key %q (also criteria[%d])", d.Key, j)
		}
		seen[d.Key] = i
		if strings.TrimSpace(d.Name.Sv) == "" {
			return bad(f+".name.sv", "empty name")
		}
		for _, s := range []string{d.Name.Sv, d.Name.En, d.Help.Sv, d.Help.En} {
			if strings.ContainsFunc(s, func(r rune) bool { return isControl(r) || IsBidiControl(r) }) {
				return bad(f+".name", "a control or text-direction character")
			}
		}
		if len(d.Scale) == 1 {
			return bad(f+".scale", "a scale needs at least two values")
		}
		vals := map[Verdict]bool{}
		for j, v := range d.Scale {
			if v.Key == "" || strings.IndexFunc(string(v.Key), func(r rune) bool { return !(unicode.IsLower(r) || r >= '0' && r <= '9' || r == '_') }) >= 0 {
				return bad(fmt.Sprintf("%s.scale[%d].key", f, j), "%q: a value's key is lower-case letters, digits and _", v.Key)
			}
			if vals[v.Key] {
				return bad(fmt.Sprintf("%s.scale[%d].key", f, j), "duplicate value %q", v.Key)
			}
			if strings.TrimSpace(v.Name.Sv) == "" {
				return bad(fmt.Sprintf("%s.scale[%d].name.sv", f, j), "empty name")
			}
			vals[v.Key] = true
		}
		scale := d.Values()
		for _, set := range []struct {
			name string
			vs   []Verdict
		}{{"lacking", d.Lacking}, {"missing", d.Missing}, {"not_applicable", d.NotApplicable}, {"comment_required", d.CommentRequired}} {
			for _, v := range set.vs {
				if !slices.Contains(scale, v) {
					return bad(f+"."+set.name, "%q is not a value of the scale (%s)", v, joinVerdicts(scale))
				}
			}
		}
		for _, v := range d.LackingValues() {
			if d.IsNotApplicable(v) {
				return bad(f+".lacking", "%q is both lacking and not applicable", v)
			}
		}
		if len(d.Scale) > 0 && len(d.Lacking) == 0 {
			return bad(f+".lacking", "a scale of its own needs its lacking values named")
		}
		if d.IsLacking(d.Best()) || d.IsNotApplicable(d.Best()) {
			return bad(f+".scale", "the first value (%q) must mean fully documented: not lacking, not not-applicable", d.Best())
		}
		for _, v := range d.MissingValues() {
			if !d.IsLacking(v) {
				return bad(f+".missing", "%q counts as missing but not as lacking", v)
			}
		}
		if d.Checklist != nil {
			if len(d.Checklist.Elements) == 0 {
				return bad(f+".checklist", "a checklist needs elements")
			}
			ek := map[string]bool{}
			for j, e := range d.Checklist.Elements {
				if len(e.Key) != 1 || e.Key[0] < 'a' || e.Key[0] > 'z' {
					return bad(fmt.Sprintf("%s.checklist.elements[%d].key", f, j), "%q: an element's key is one letter a–z", e.Key)
				}
				if ek[e.Key] {
					return bad(fmt.Sprintf("%s.checklist.elements[%d].key", f, j), "duplicate element %q", e.Key)
				}
				if strings.TrimSpace(e.Name.Sv) == "" {
					return bad(fmt.Sprintf("%s.checklist.elements[%d].name.sv", f, j), "empty name")
				}
				ek[e.Key] = true
			}
		}
		if d.Screening != "" && !slices.Contains(screeningFamilies, d.Screening) {
			return bad(f+".screening", "no screening rules %q (built in: %s)", d.Screening, strings.Join(screeningFamilies, ", "))
		}
		if d.Screening != "" && len(d.Scale) > 0 {
			return bad(f+".screening", "the screening rules suggest ja, delvis, nej or ej tillämpligt: they go with the default scale, not a scale of its own")
		}
	}
	return nil
}

func joinVerdicts(vs []Verdict) string {
	var s []string
	for _, v := range vs {
		s = append(s, string(v))
	}
	return strings.Join(s, ", ")
}
