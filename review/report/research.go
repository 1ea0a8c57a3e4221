package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"tillsyn/review"
	"tillsyn/sampling"
)

// Level is the unit a research export's rows describe.
type Level string

// The levels of a research export.
const (
	// LevelCommittee: one row per audit × committee × criterion (today's export).
	LevelCommittee Level = "committee"
	// LevelAudit: the committees of each audit pooled, one row per audit × criterion.
	LevelAudit Level = "audit"
	// LevelIntervention: pooled per audit × intervention type × criterion.
	LevelIntervention Level = "intervention"
	// LevelAll: every audit of the export pooled, one row per criterion.
	LevelAll Level = "all"
)

// Levels lists the levels in the order the research page offers them.
var Levels = []Level{LevelCommittee, LevelAudit, LevelIntervention, LevelAll}

// ParseLevel accepts a level's code ("" is committee); anything else is an EInvalid *Error.
func ParseLevel(s string) (Level, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return LevelCommittee, nil
	}
	for _, l := range Levels {
		if string(l) == s {
			return l, nil
		}
	}
	return "", &review.Error{Code: review.EInvalid, Field: "level", Message: fmt.Sprintf("okänd nivå %q (välj committee, audit, intervention eller all)", s)}
}

// SwedishName is the level as the research page shows it.
func (l Level) SwedishName() string {
	switch l {
	case LevelAudit:
		return "granskning (nämnderna sammanslagna)"
	case LevelIntervention:
		return "insatstyp per granskning"
	case LevelAll:
		return "alla valda granskningar sammanslagna"
	}
	return "nämnd"
}

func (r ExportRow) level() Level {
	if r.Level == "" {
		return LevelCommittee
	}
	return r.Level
}

// ResearchOptions choose a research export.
type ResearchOptions struct {
	Level Level
	// ByYear splits every row by the year of the cases' decisions.
	ByYear bool
	// MinCell is the suppression threshold K (at least 3).
	MinCell int
	// Format is csv, json or xlsx.
	Format string
	// Rule is the action rule the findings were made with (recorded; it does not change the counts).
	Rule review.ActionRule
}

// Research is a research export built and checked, ready to record and hand out.
type Research struct {
	Built
	Table []ExportRow
	// Cells are what the export publishes, as recorded for later differencing checks.
	Cells []review.PublishedCell
	// Codebook and CodebookJSON travel with the export.
	Codebook     string
	CodebookJSON []byte
}

// groupKey identifies the files a pooled row covers.
type groupKey struct {
	audit        int64 // 0 at level all
	committee    string
	intervention string
	year         int
}

// ResearchRows builds the rows of a research export of the audits (in the order given) at
// the level, with small cells suppressed at that level (see Codebook). Level committee
// without ByYear is exactly ExportRows of each audit's findings. At every other level and
// split, counts are sums over the final files of the row and shares are the weighted
// (stratified by frame size) estimates of sampling.DomainShare.
func ResearchRows(data []review.ResearchData, opt ResearchOptions) ([]ExportRow, []review.PublishedCell, error) {
	if opt.MinCell < 3 {
		return nil, nil, &review.Error{Code: review.EInvalid, Field: "min_cell",
			Message: fmt.Sprintf("minsta cellstorlek måste vara minst 3, fick %d", opt.MinCell)}
	}
	if len(data) == 0 {
		return nil, nil, &review.Error{Code: review.EInvalid, Field: "audit", Message: "ingen granskning att exportera"}
	}
	level, err := ParseLevel(string(opt.Level))
	if err != nil {
		return nil, nil, err
	}
	if level == LevelCommittee && !opt.ByYear {
		var rows []ExportRow
		var cells []review.PublishedCell
		for _, d := range data {
			rs, err := ExportRows(d.Findings, opt.MinCell)
			if err != nil {
				return nil, nil, err
			}
			rows = append(rows, rs...)
			cells = append(cells, cellsOf(rs, []int64{d.Audit.ID}, level, false)...)
		}
		return rows, cells, nil
	}
	crits := criteriaOf(data)
	allIDs := make([]int64, len(data))
	for i, d := range data {
		allIDs[i] = d.Audit.ID
	}
	var rows []ExportRow
	var cells []review.PublishedCell
	emit := func(keys []groupKey, in func(groupKey, review.ResearchData, review.ResearchCase) bool, scope []review.ResearchData, auditName string, auditIDs []int64, year int) {
		for _, k := range keys {
			rs := pooledRows(k, scope, crits, opt, level, auditName, year, in)
			rows = append(rows, rs...)
			cells = append(cells, cellsOfKey(rs, auditIDs, k, level, opt.ByYear)...)
		}
	}
	switch level {
	case LevelAll:
		names := make([]string, len(data))
		year := data[0].Findings.Year
		for i, d := range data {
			names[i] = d.Audit.Name
			if d.Findings.Year != year {
				year = 0
			}
		}
		keys := []groupKey{{}}
		if opt.ByYear {
			keys = yearKeys(data, 0, "")
		}
		emit(keys, func(k groupKey, _ review.ResearchData, c review.ResearchCase) bool {
			return !opt.ByYear || c.Year == k.year
		}, data, strings.Join(names, " + "), allIDs, year)
	default:
		for _, d := range data {
			var keys []groupKey
			switch level {
			case LevelAudit:
				keys = []groupKey{{audit: d.Audit.ID}}
				if opt.ByYear {
					keys = yearKeys([]review.ResearchData{d}, d.Audit.ID, "")
				}
			case LevelIntervention:
				for _, iv := range interventionsOf(d) {
					if opt.ByYear {
						for _, k := range yearKeys([]review.ResearchData{d}, d.Audit.ID, "") {
							k.intervention = iv
							if hasCases(d, k) {
								keys = append(keys, k)
							}
						}
					} else {
						keys = append(keys, groupKey{audit: d.Audit.ID, intervention: iv})
					}
				}
			case LevelCommittee: // by year
				for _, cf := range d.Findings.Committees {
					ks := yearKeys([]review.ResearchData{d}, d.Audit.ID, cf.Committee)
					if len(ks) == 0 {
						ks = []groupKey{{audit: d.Audit.ID, committee: cf.Committee}} // nothing final: one row of zeros
					}
					keys = append(keys, ks...)
				}
			}
			emit(keys, func(k groupKey, _ review.ResearchData, c review.ResearchCase) bool {
				return (k.committee == "" || c.Committee == k.committee) && (level != LevelIntervention || c.Intervention == k.intervention) &&
					(!opt.ByYear || c.Year == k.year)
			}, []review.ResearchData{d}, d.Audit.Name, []int64{d.Audit.ID}, d.Findings.Year)
		}
	}
	return rows, cells, nil
}

func hasCases(d review.ResearchData, k groupKey) bool {
	for _, c := range d.Cases {
		if c.Intervention == k.intervention && c.Year == k.year {
			return true
		}
	}
	return false
}

// criteriaOf lists the criteria of the audits' templates: those of the first audit in its
// order, then any other audit's new keys in theirs.
func criteriaOf(data []review.ResearchData) []review.Criterion {
	var out []review.Criterion
	for _, d := range data {
		for _, c := range d.Findings.Criteria {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// interventionsOf lists the intervention types of an audit's final files, sorted ("" last).
func interventionsOf(d review.ResearchData) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range d.Cases {
		if !seen[c.Intervention] {
			seen[c.Intervention] = true
			out = append(out, c.Intervention)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i] == "") != (out[j] == "") {
			return out[j] == ""
		}
		return out[i] < out[j]
	})
	return out
}

// yearKeys lists the decision years of the final files (of one committee when committee is
// set), ascending, an unknown year (0) last.
func yearKeys(data []review.ResearchData, audit int64, committee string) []groupKey {
	seen := map[int]bool{}
	var years []int
	for _, d := range data {
		for _, c := range d.Cases {
			if committee != "" && c.Committee != committee {
				continue
			}
			if !seen[c.Year] {
				seen[c.Year] = true
				years = append(years, c.Year)
			}
		}
	}
	sort.Slice(years, func(i, j int) bool {
		if (years[i] == 0) != (years[j] == 0) {
			return years[j] == 0
		}
		return years[i] < years[j]
	})
	out := make([]groupKey, len(years))
	for i, y := range years {
		out[i] = groupKey{audit: audit, committee: committee, year: y}
	}
	return out
}

// pooledRows builds the rows (one per criterion) of one group: counts summed over its final
// files, the weighted share, and suppression at the group.
func pooledRows(k groupKey, scope []review.ResearchData, crits []review.Criterion, opt ResearchOptions, level Level, auditName string, year int, in func(groupKey, review.ResearchData, review.ResearchCase) bool) []ExportRow {
	type agg struct {
		counts [4]int
		strata map[string]*sampling.DomainStratum
	}
	files := 0
	committees := map[string]bool{}
	per := make(map[review.Criterion]*agg, len(crits))
	for _, c := range crits {
		per[c] = &agg{strata: map[string]*sampling.DomainStratum{}}
	}
	for di, d := range scope {
		for _, c := range d.Cases {
			if !in(k, d, c) {
				continue
			}
			files++
			committees[fmt.Sprintf("%d\x00%s", di, c.Committee)] = true
			for crit, cat := range c.Categories {
				a := per[crit]
				if a == nil {
					continue
				}
				a.counts[cat]++
				sk := fmt.Sprintf("%d\x00%s", di, c.Stratum)
				st := a.strata[sk]
				if st == nil {
					st = &sampling.DomainStratum{Population: d.StratumSize[c.Stratum], Reviewed: d.StratumReviewed[c.Stratum]}
					a.strata[sk] = st
				}
				if cat != review.CatNotApplicable {
					st.Applicable++
					if cat == review.CatPartly || cat == review.CatNo {
						st.Lacking++
					}
				}
			}
		}
	}
	if opt.ByYear {
		year = k.year
	}
	rows := make([]ExportRow, 0, len(crits))
	for _, c := range crits {
		a := per[c]
		// the files judged on the criterion: all of the group's, unless pooled audits'
		// templates differ and some lack the criterion
		fc := a.counts[0] + a.counts[1] + a.counts[2] + a.counts[3]
		hideGroup := files >= 1 && files < opt.MinCell || fc >= 1 && fc < opt.MinCell
		r := ExportRow{Audit: auditName, Year: year, Committee: k.committee, Criterion: string(c), Level: level,
			Intervention: k.intervention, Committees: intp(len(committees))}
		if level == LevelCommittee {
			r.Committees = intp(1)
		}
		if hideGroup {
			r.Committees = nil // at most files_reviewed: it would bound the hidden count
		}
		h, _ := suppressRow(a.counts, opt.MinCell)
		if hideGroup {
			h = [4]bool{true, true, true, true}
		} else {
			r.FilesReviewed = intp(fc)
		}
		dst := [4]**int{&r.Yes, &r.Partly, &r.No, &r.NotApplicable}
		any := hideGroup
		for j := range a.counts {
			if h[j] {
				any = true
				continue
			}
			*dst[j] = intp(a.counts[j])
		}
		r.Suppressed = any
		if !any && files > 0 {
			strata := make([]sampling.DomainStratum, 0, len(a.strata))
			keys := make([]string, 0, len(a.strata))
			for sk := range a.strata {
				keys = append(keys, sk)
			}
			sort.Strings(keys)
			for _, sk := range keys {
				strata = append(strata, *a.strata[sk])
			}
			if est, err := sampling.DomainShare(strata); err == nil && !math.IsNaN(est.Share) {
				r.ShareLacking, r.CILow, r.CIHigh = num4(est.Share, true), num4(est.Low, true), num4(est.High, true)
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// cellsOf turns committee-level rows of one audit into published cells.
func cellsOf(rows []ExportRow, audits []int64, level Level, byYear bool) []review.PublishedCell {
	out := make([]review.PublishedCell, 0, len(rows))
	for _, r := range rows {
		k := groupKey{committee: r.Committee, intervention: r.Intervention, year: r.Year}
		out = append(out, cellOf(r, audits, k, level, byYear))
	}
	return out
}

func cellsOfKey(rows []ExportRow, audits []int64, k groupKey, level Level, byYear bool) []review.PublishedCell {
	out := make([]review.PublishedCell, 0, len(rows))
	for _, r := range rows {
		out = append(out, cellOf(r, audits, k, level, byYear))
	}
	return out
}

func cellOf(r ExportRow, audits []int64, k groupKey, level Level, byYear bool) review.PublishedCell {
	c := review.PublishedCell{Audits: slices.Clone(audits), Criterion: r.Criterion, FilesReviewed: r.FilesReviewed,
		Yes: r.Yes, Partly: r.Partly, No: r.No, NotApplicable: r.NotApplicable}
	if level == LevelCommittee {
		c.Committee = &k.committee
	}
	if level == LevelIntervention {
		c.Intervention = &k.intervention
	}
	if byYear {
		y := k.year
		c.Year = &y
	}
	return c
}

// BuildResearch builds a research export of the audits, checks it against every export of
// them already recorded (earlier; see CheckDifferencing, which also needs the data of every
// audit those exports pooled, in all) and renders it. The caller records it with
// review.Service.RecordResearchExport before handing it out.
func BuildResearch(data []review.ResearchData, opt ResearchOptions, earlier []review.PublishedExport, all map[int64]review.ResearchData) (Research, error) {
	level, err := ParseLevel(string(opt.Level))
	if err != nil {
		return Research{}, err
	}
	opt.Level = level
	rows, cells, err := ResearchRows(data, opt)
	if err != nil {
		return Research{}, err
	}
	if err := CheckDifferencing(cells, opt.MinCell, earlier, all); err != nil {
		return Research{}, err
	}
	templates := make([]review.Template, len(data))
	names := make([]string, len(data))
	for i, d := range data {
		templates[i] = d.Findings.Template
		names[i] = d.Audit.Name
	}
	var buf bytes.Buffer
	format := opt.Format
	if format == "html" {
		format = "csv" // shown on a page: recorded with the SHA-256 of the same rows as CSV
	}
	if err := writeExport(&buf, rows, format, ResearchCodebook(opt, templates)); err != nil {
		return Research{}, err
	}
	sum := sha256.Sum256(buf.Bytes())
	year := data[0].Findings.Year
	params := map[string]any{"format": opt.Format, "min_cell": opt.MinCell, "year": year, "rule": string(opt.Rule), "rows": len(rows),
		"level": string(opt.Level), "by_year": opt.ByYear, "audits": names}
	return Research{Built: Built{Data: buf.Bytes(), Rows: len(rows), SHA256: hex.EncodeToString(sum[:]), Parameters: params}, Table: rows, Cells: cells,
		Codebook: ResearchCodebook(opt, templates), CodebookJSON: ResearchCodebookJSON(opt, templates)}, nil
}
