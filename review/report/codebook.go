package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"tillsyn/review"
)

// ResearchCodebook is the codebook of one research export: Codebook with its K, the level
// and split it was made at, and the criteria of every pooled audit's template.
func ResearchCodebook(opt ResearchOptions, templates []review.Template) string {
	var b strings.Builder
	b.WriteString(Codebook(opt.MinCell))
	level := opt.Level
	if level == "" {
		level = LevelCommittee
	}
	split := "no"
	if opt.ByYear {
		split = "yes (rows split by the decision year of their cases)"
	}
	fmt.Fprintf(&b, "\n\nThis export: level %s (%s); by year: %s.\n", level, level.SwedishName(), split)
	var seen []string
	for _, t := range templates {
		if slices.Contains(seen, t.SHA256()) {
			continue
		}
		seen = append(seen, t.SHA256())
		b.WriteString("\nCriteria: " + criteriaSection(t))
	}
	return strings.TrimRight(b.String(), "\n")
}

// CodebookColumn describes one column in the machine-readable codebook.
type CodebookColumn struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"` // string, integer, number or boolean
	Unit        string   `json:"unit"`
	Nullable    bool     `json:"nullable"`
	Allowed     []string `json:"allowed_values,omitempty"`
	Minimum     *float64 `json:"minimum,omitempty"`
	Maximum     *float64 `json:"maximum,omitempty"`
	Description string   `json:"description"`
}

// CodebookCriterion is a criterion of a pooled audit's template in the JSON codebook.
type CodebookCriterion struct {
	Key      string          `json:"key"`
	NameSv   string          `json:"name_sv"`
	NameEn   string          `json:"name_en"`
	Template string          `json:"template"`
	Scale    []CodebookValue `json:"scale"`
}

// CodebookValue says which count column a value of a criterion's scale is counted in.
type CodebookValue struct {
	Value  string `json:"value"`
	NameSv string `json:"name_sv"`
	NameEn string `json:"name_en"`
	Column string `json:"column"`
}

// CodebookJSON is the machine-readable codebook of a research export.
type CodebookJSON struct {
	Title         string              `json:"title"`
	Level         Level               `json:"level"`
	ByYear        bool                `json:"by_year"`
	Unit          string              `json:"unit"`
	Columns       []CodebookColumn    `json:"columns"`
	MissingValues string              `json:"missing_values"`
	Suppression   map[string]any      `json:"suppression"`
	Weighting     map[string]string   `json:"weighting"`
	Criteria      []CodebookCriterion `json:"criteria"`
	PersonalData  string              `json:"personal_data"`
}

// ResearchCodebookJSON renders the machine-readable codebook: every column with its type,
// unit, allowed values and range, the suppression rule with K, the weighting and the
// criteria of the audits' templates.
func ResearchCodebookJSON(opt ResearchOptions, templates []review.Template) []byte {
	zero, one := 0.0, 1.0
	k := opt.MinCell
	levels := make([]string, len(Levels))
	for i, l := range Levels {
		levels[i] = string(l)
	}
	var crits []string
	cb := CodebookJSON{
		Title:  "Tillsyn research export",
		Level:  opt.Level,
		ByYear: opt.ByYear,
		Unit:   "one row per group (set by level, and by decision year when by_year) × criterion; long format",
		MissingValues: "An empty cell (CSV, XLSX) or null (JSON) in files_reviewed, yes, partly, no, not_applicable, share_lacking, ci_low or ci_high is hidden by suppression; " +
			"share_lacking, ci_low and ci_high are also empty when the criterion applied to no file (then suppressed is false). 0 is a real zero.",
		Suppression: map[string]any{
			"threshold_k":  k,
			"group_rule":   fmt.Sprintf("if files_reviewed is between 1 and %d, every value of the group's rows is hidden", k-1),
			"row_rule":     fmt.Sprintf("if any of yes, partly, no, not_applicable is between 1 and %d, all four and the share and interval of the row are hidden", k-1),
			"applied_at":   "the export's level (each group)",
			"differencing": fmt.Sprintf("an export is refused when, with the values of every export of the same audits already recorded, a hidden count between 1 and %d could be worked out (exact linear-span check over the finest groups)", k-1),
		},
		Weighting: map[string]string{
			"committee":       "share = (partly+no)/(files_reviewed-not_applicable); exact hypergeometric 95 % interval over the committee's frame (stratified estimate with a normal interval where the committee was sampled per intervention type)",
			"pooled":          "share = Σ w_h·lacking_h / Σ w_h·applicable_h with w_h = N_h/n_h (frame size / final files of sample stratum h): the combined ratio estimator of a domain (Cochran 1977 §6.11)",
			"variance":        "Taylor linearisation: v = (1/A²) Σ N_h² (1 − n_h/N_h) s²_zh / n_h, z = lacking − share·applicable",
			"interval":        "Clopper–Pearson at the effective sample size n* = share(1−share)/v, at most the applicable files (Korn & Graubard 1998; R survey svyciprop method beta); n* = applicable files where v = 0",
			"unweighted":      "the counts are unweighted sums; the unweighted share is (partly+no)/(files_reviewed-not_applicable)",
			"not_represented": "strata (committees) with no final file are not represented in a pooled share",
		},
		PersonalData: "none: no diarienummer, personnummer, pseudonym, case officer, comment, evidence or date finer than the year",
	}
	var seen []string
	for _, t := range templates {
		if slices.Contains(seen, t.SHA256()) {
			continue
		}
		seen = append(seen, t.SHA256())
		for _, d := range t.Criteria {
			cc := CodebookCriterion{Key: string(d.Key), NameSv: d.Name.Sv, NameEn: d.Name.En, Template: t.Name + " " + t.Version}
			for _, v := range d.ScaleValues() {
				col := []string{"yes", "partly", "no", "not_applicable"}[review.CategoryOf(d, v.Key)]
				cc.Scale = append(cc.Scale, CodebookValue{Value: string(v.Key), NameSv: v.Name.Sv, NameEn: v.Name.En, Column: col})
			}
			cb.Criteria = append(cb.Criteria, cc)
			if !slices.Contains(crits, string(d.Key)) {
				crits = append(crits, string(d.Key))
			}
		}
	}
	count := func(name, desc string) CodebookColumn {
		return CodebookColumn{Name: name, Type: "integer", Unit: "case files", Nullable: true, Minimum: &zero, Description: desc}
	}
	share := func(name, desc string) CodebookColumn {
		return CodebookColumn{Name: name, Type: "number", Unit: "proportion (0–1), 4 decimals", Nullable: true, Minimum: &zero, Maximum: &one, Description: desc}
	}
	cb.Columns = []CodebookColumn{
		{Name: "audit", Type: "string", Description: "audit name; at level all the pooled audits' names joined by \" + \""},
		{Name: "year", Type: "integer", Unit: "calendar year", Nullable: true, Description: "year of the audit, or with by_year the decision year of the row's cases; null when unknown or (level all) not common to the audits"},
		{Name: "committee", Type: "string", Description: "committee (municipality) at level committee; empty otherwise"},
		{Name: "criterion", Type: "string", Allowed: crits, Description: "criterion key of the audit's template (see criteria)"},
		count("files_reviewed", "final case files of the group; the same on every row of the group"),
		count("yes", "files judged documented (ja)"),
		count("partly", "files judged partly documented (delvis)"),
		count("no", "files judged not documented (nej)"),
		count("not_applicable", "files judged not applicable (ej tillämpligt); yes+partly+no+not_applicable = files_reviewed"),
		share("share_lacking", "estimated share lacking (partly or no) among files where the criterion applies; weighted at pooled levels (see weighting)"),
		share("ci_low", "lower bound of the 95 % interval of share_lacking"),
		share("ci_high", "upper bound of the 95 % interval of share_lacking"),
		{Name: "suppressed", Type: "boolean", Allowed: []string{"true", "false"}, Description: "true when any value of the row is hidden"},
		{Name: "level", Type: "string", Allowed: levels, Description: "the row's group: committee, audit, intervention or all"},
		{Name: "intervention", Type: "string", Description: "intervention type at level intervention (empty when unknown); empty otherwise"},
		{Name: "committees", Type: "integer", Unit: "committees", Nullable: true, Minimum: &zero, Description: "committees whose final files the row pools (1 at level committee); null where the group's files_reviewed is hidden"},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(cb) // plain data: cannot fail
	return buf.Bytes()
}
