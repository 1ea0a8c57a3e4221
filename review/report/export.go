package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"tillsyn/review"
)

// ExportRow is one committee × criterion of a research export. Its fields are the only
// things an export can hold: there is no field for a diarienummer, pseudonym, comment or
// date, so none can leak. A nil pointer is a suppressed (hidden) value.
type ExportRow struct {
	Audit                                         string
	Year                                          int
	Committee                                     string
	Criterion                                     string
	FilesReviewed, Yes, Partly, No, NotApplicable *int
	ShareLacking, CILow, CIHigh                   *float64
	Suppressed                                    bool
	// Level is the unit of the row (committee, audit, intervention or all); Intervention
	// is the intervention type at level intervention, else empty; Committees is the number
	// of committees whose files the row pools (1 at level committee), nil where the group is
	// hidden (it bounds files_reviewed from below).
	Level        Level
	Intervention string
	Committees   *int
}

// ExportColumns are the export's columns, in order.
var ExportColumns = []string{"audit", "year", "committee", "criterion", "files_reviewed", "yes", "partly", "no",
	"not_applicable", "share_lacking", "ci_low", "ci_high", "suppressed", "level", "intervention", "committees"}

// DefaultMinCell is the suppression threshold K callers should use unless told otherwise.
const DefaultMinCell = 5

// ExportRows turns findings into long-format export rows (committees in the findings' order,
// criteria in template order) with small cells suppressed at threshold K = minCell; see
// Codebook for the exact algorithm. minCell < 3 is an EInvalid *Error.
func ExportRows(f review.Findings, minCell int) ([]ExportRow, error) {
	if minCell < 3 {
		return nil, &review.Error{Code: review.EInvalid, Field: "min_cell",
			Message: fmt.Sprintf("minsta cellstorlek måste vara minst 3, fick %d", minCell)}
	}
	rows := make([]ExportRow, 0, len(f.Committees)*len(f.Criteria))
	for _, cf := range f.Committees {
		t := cf.FilesReviewed
		hideCommittee := t >= 1 && t < minCell
		hidden := make([][4]bool, len(f.Criteria))
		for i, c := range f.Criteria {
			cc := cf.Criteria[c]
			h, ok := suppressRow([4]int{cc.Yes, cc.Partly, cc.No, cc.NotApplicable}, minCell)
			if !ok {
				hideCommittee = true
			}
			hidden[i] = h
		}
		for i, c := range f.Criteria {
			cc := cf.Criteria[c]
			r := ExportRow{Audit: f.Audit, Year: f.Year, Committee: cf.Committee, Criterion: string(c), Level: LevelCommittee, Committees: intp(1)}
			h := hidden[i]
			if hideCommittee {
				h = [4]bool{true, true, true, true}
			} else {
				r.FilesReviewed = intp(t)
			}
			vals := [4]int{cc.Yes, cc.Partly, cc.No, cc.NotApplicable}
			dst := [4]**int{&r.Yes, &r.Partly, &r.No, &r.NotApplicable}
			any := hideCommittee
			for j := range vals {
				if h[j] {
					any = true
					continue
				}
				*dst[j] = intp(vals[j])
			}
			r.Suppressed = any
			if !any {
				// an unknown share (the criterion applies to no final file) stays empty, never 0
				r.ShareLacking, r.CILow, r.CIHigh = num4(cc.ShareLacking, cc.Defined), num4(cc.CILow, cc.Defined), num4(cc.CIHigh, cc.Defined)
			}
			rows = append(rows, r)
		}
	}
	return rows, nil
}

// suppressRow decides which of the four counts (yes, partly, no, not_applicable) of a row
// with a published total are hidden: when any count is between 1 and K−1, all four are
// (zeros included). ok is always true; it is kept so that a future, finer rule can ask the
// caller to hide the total.
//
// Why all four: hiding only the small count and one complementary count leaves a row that
// an intruder who knows the algorithm can often solve (e.g. K = 5, yes 5, partly 4, no 6,
// not_applicable 4: partly and not_applicable hidden, sum 8, both must be primary, so both
// are 4). With all four hidden the only thing known is that they sum to files_reviewed
// (>= K) and that at least one lies in 1..K−1, which every hidden count satisfies with the
// value 0 and with the value 1: none can be worked out.
func suppressRow(v [4]int, k int) (h [4]bool, ok bool) {
	for _, x := range v {
		if x >= 1 && x <= k-1 {
			return [4]bool{true, true, true, true}, true
		}
	}
	return h, true
}

func intp(x int) *int           { return &x }
func fmtFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
func intpString(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
func floatpString(p *float64) string {
	if p == nil {
		return ""
	}
	return fmtFloat(*p)
}

// exportRecord is a row as strings in ExportColumns order, neutralised for spreadsheets.
func exportRecord(r ExportRow) []string {
	rec := []string{neutralize(r.Audit), strconv.Itoa(r.Year), neutralize(r.Committee), neutralize(r.Criterion),
		intpString(r.FilesReviewed), intpString(r.Yes), intpString(r.Partly), intpString(r.No), intpString(r.NotApplicable),
		floatpString(r.ShareLacking), floatpString(r.CILow), floatpString(r.CIHigh), strconv.FormatBool(r.Suppressed),
		string(r.level()), neutralize(r.Intervention), intpString(r.Committees)}
	if r.Year == 0 {
		rec[1] = ""
	}
	return rec
}

// WriteExport writes rows as "csv" (RFC 4180: UTF-8 without BOM, ',' delimiter, CRLF, '.'
// decimals, header row ExportColumns, hidden values empty, text cells neutralised), "json"
// (an array of objects with the ExportColumns keys in order, hidden values null, text as is:
// JSON is not a spreadsheet) or "xlsx" (sheet "data" like the CSV, numbers as numbers,
// hidden values as empty cells, text cells neutralised; sheet "codebook" with Codebook(0),
// the rule with K symbolic, since rows do not carry K: write Codebook(minCell) beside the
// file). Any other format is an EInvalid *Error.
func WriteExport(w io.Writer, rows []ExportRow, format string) error {
	return writeExport(w, rows, format, Codebook(0))
}

func writeExport(w io.Writer, rows []ExportRow, format, codebook string) error {
	switch strings.ToLower(strings.TrimSpace(format)) {
	case "csv":
		cw := csv.NewWriter(w)
		cw.UseCRLF = true
		if err := cw.Write(ExportColumns); err != nil {
			return err
		}
		for _, r := range rows {
			if err := cw.Write(exportRecord(r)); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "json":
		return writeExportJSON(w, rows)
	case "xlsx":
		return writeExportXLSX(w, rows, codebook)
	}
	return &review.Error{Code: review.EInvalid, Field: "format", Message: fmt.Sprintf("okänt exportformat %q (välj csv, json eller xlsx)", format)}
}

type exportJSONRow struct {
	Audit         string   `json:"audit"`
	Year          *int     `json:"year"`
	Committee     string   `json:"committee"`
	Criterion     string   `json:"criterion"`
	FilesReviewed *int     `json:"files_reviewed"`
	Yes           *int     `json:"yes"`
	Partly        *int     `json:"partly"`
	No            *int     `json:"no"`
	NotApplicable *int     `json:"not_applicable"`
	ShareLacking  *float64 `json:"share_lacking"`
	CILow         *float64 `json:"ci_low"`
	CIHigh        *float64 `json:"ci_high"`
	Suppressed    bool     `json:"suppressed"`
	Level         Level    `json:"level"`
	Intervention  string   `json:"intervention"`
	Committees    *int     `json:"committees"`
}

func writeExportJSON(w io.Writer, rows []ExportRow) error {
	out := make([]exportJSONRow, 0, len(rows))
	for _, r := range rows {
		var y *int
		if r.Year != 0 {
			y = intp(r.Year)
		}
		out = append(out, exportJSONRow{r.Audit, y, r.Committee, r.Criterion, r.FilesReviewed, r.Yes, r.Partly, r.No,
			r.NotApplicable, r.ShareLacking, r.CILow, r.CIHigh, r.Suppressed, r.level(), r.Intervention, r.Committees})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeExportXLSX(w io.Writer, rows []ExportRow, codebook string) (err error) {
	x := excelize.NewFile()
	defer func() {
		if cerr := x.Close(); err == nil {
			err = cerr
		}
	}()
	const sheet = "data"
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := x.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	head := make([]any, len(ExportColumns))
	for i, c := range ExportColumns {
		head[i] = c
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for i, r := range rows {
		cells := []any{neutralize(r.Audit), nil, neutralize(r.Committee), neutralize(r.Criterion)}
		if r.Year != 0 {
			cells[1] = r.Year
		}
		for _, p := range []*int{r.FilesReviewed, r.Yes, r.Partly, r.No, r.NotApplicable} {
			if p == nil {
				cells = append(cells, nil)
			} else {
				cells = append(cells, *p)
			}
		}
		for _, p := range []*float64{r.ShareLacking, r.CILow, r.CIHigh} {
			if p == nil {
				cells = append(cells, nil)
			} else {
				cells = append(cells, *p)
			}
		}
		cells = append(cells, r.Suppressed, string(r.level()), neutralize(r.Intervention))
		if r.Committees == nil {
			cells = append(cells, nil)
		} else {
			cells = append(cells, *r.Committees)
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if _, err := x.NewSheet("codebook"); err != nil {
		return err
	}
	for i, line := range strings.Split(codebook, "\n") {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetCellStr("codebook", cell, neutralize(line)); err != nil {
			return err
		}
	}
	_, err = x.WriteTo(w)
	return err
}

// Codebook describes the export: every column, the levels, the weighting, the suppression
// rule with threshold K = minCell (minCell <= 0 writes "K" symbolically), the differencing
// check, the formula neutralisation and what is deliberately absent. Write it beside every
// export.
func Codebook(minCell int) string {
	k := "K"
	km1 := "K−1"
	if minCell > 0 {
		k = strconv.Itoa(minCell)
		km1 = strconv.Itoa(minCell - 1)
	}
	return strings.TrimSpace(fmt.Sprintf(`
Tillsyn research export: codebook

Unit: one row per group × criterion, long format. The group is set by the export's level
(column level): committee = one committee (socialnämnd) of one audit; audit = all committees
of one audit pooled; intervention = the files of one intervention type (öppenvård,
institutionsvård, ...) in one audit, all committees pooled; all = every audit of the export
pooled. With "by year" each group is split further by the year of the cases' decisions. A row
describes the case files sampled and reviewed in its group. Columns, in order:

audit           text  Name of the audit (granskning), as entered by the auditor; at level all
                      the names of the pooled audits joined by " + ".
year            int   Year of the audit (the latest decision year among its sampled cases,
                      or as given); by year: the decision year of the row's cases (empty when
                      unknown); at level all without by year, empty unless every pooled audit
                      has the same year. No finer date is published.
committee       text  The committee (municipality name) at level committee; empty at the
                      other levels.
criterion       text  needs_assessment (behovsbedömning), planning (planering),
                      follow_up (uppföljning), assignment_description (uppdragsbeskrivning),
                      or the code of another criterion of the audit's template.
files_reviewed  int   Case files of the group whose review is final (every criterion has
                      a final verdict; a file reviewed twice counts only once both reviewers
                      have submitted and agree or the disagreement is adjudicated); the same
                      on every row of the group. Files still pending are not in any count.
yes             int   Files judged "ja": documented.
partly          int   Files judged "delvis": partly documented.
no              int   Files judged "nej": not documented.
not_applicable  int   Files judged "ej tillämpligt".
                      yes + partly + no + not_applicable = files_reviewed. The counts are
                      unweighted: at a pooled level they are the sums of the rows of the same
                      files at level committee.
share_lacking   float Estimated share of the files where the criterion applies that lack
                      documentation fully or partly (partly or no), 4 decimals; empty (null)
                      when the criterion applied to no file: unknown, not 0.
                      Level committee: (partly + no) / (files_reviewed − not_applicable), or,
                      where the committee was sampled per intervention type, the stratified
                      estimate Σ (N_h/N)·p_h over its strata.
                      Pooled levels and by year: weighted by the frame sizes of the sample's
                      strata (each committee, or committee × intervention type where sampled
                      so), since committees are sampled with the same number of files
                      whatever their size: each final file of stratum h stands for
                      w_h = N_h / n_h cases (N_h cases in the stratum's frame, n_h final
                      files), and share_lacking = Σ w_h·lacking_h / Σ w_h·applicable_h over
                      the row's files (the combined ratio estimator of a domain; Cochran,
                      Sampling Techniques, 1977, §6.11). Strata with no final file are not
                      represented. The unweighted share is (partly + no) /
                      (files_reviewed − not_applicable) from the counts.
ci_low, ci_high float 95 %% interval of share_lacking. Level committee: exact (hypergeometric)
                      over the committee's estimated number of files where the criterion
                      applies (frame size × applicable/reviewed; Clopper–Pearson when the
                      frame size is unknown); for a stratified estimate, a normal
                      approximation from the stratified variance. Pooled levels and by year:
                      Clopper–Pearson at the effective sample size n* = p(1−p)/v (at most
                      the applicable files; Korn & Graubard 1998, R survey's svyciprop
                      method "beta"), v the Taylor-linearised variance of the ratio with
                      the finite population correction of each stratum; where v is 0 (share
                      0 or 1) n* is the number of applicable files. The frame sizes
                      themselves are not published.
suppressed      bool  true when any value of the row is hidden.
level           text  committee, audit, intervention or all: the row's group (above).
intervention    text  The intervention type at level intervention (empty when the case list
                      gave none); empty at the other levels.
committees      int   Number of committees whose final files the row pools (1 at level
                      committee; at the pooled levels, the committees with a final file in the
                      row); empty where the group's files_reviewed is hidden (rule 1), since
                      files_reviewed is at least the number of committees.

Empty cell (CSV, XLSX) / null (JSON) = hidden by suppression. 0 is a real zero.

Suppression (threshold K = %[1]s; K is the caller's choice, never below 3; default 5), applied
at the export's level, to each group:
1. Group: if files_reviewed is between 1 and %[2]s, files_reviewed and every count and share
   of all the group's rows are hidden.
2. Row: if any of the four counts (yes, partly, no, not_applicable) of a row is between 1 and
   %[2]s, all four counts of that row are hidden, zeros included (primary suppression of the
   small count, secondary suppression of the other three). files_reviewed stays visible (it
   is at least K by rule 1). What remains known about a hidden row is that its counts sum to
   files_reviewed and that at least one of them lies between 1 and %[2]s; every hidden count
   can then be 0 and can be 1 (another count takes 1, a third the rest), so none can be
   worked out, even by someone who knows this algorithm.
3. share_lacking, ci_low and ci_high are hidden in every row with hidden counts (they are
   computed from the counts and would reveal them together with files_reviewed).
4. Differencing across exports: every export is recorded with the values it published, and a
   new export of the same audits (or of audits pooled with them) is refused, naming the cell,
   when its values together with those already published would let a hidden count between 1
   and %[2]s be worked out: a hidden cell, or the hidden rows of one level inside a
   published row taken together (e.g. an audit's row minus the published committee rows).
   The check is exact: every published value is a linear equation over the counts of the
   finest groups (audit × committee × intervention × year), and a hidden count is refused
   when its vector lies in the span of the published ones.
5. No column totals are published beyond the rows themselves. Do not publish such totals
   next to this file: they are not checked.

Spreadsheet safety: in CSV and XLSX, a text cell beginning with =, +, -, @, a tab or a
carriage return is written with a leading apostrophe (') so that spreadsheet programs do not
run it as a formula. JSON values are written as they are.

Formats: CSV is RFC 4180 (UTF-8 without BOM, comma, CRLF, '.' as decimal point). JSON is an
array of objects with the columns above as keys. XLSX has the data on sheet "data" (numbers
as numbers, hidden values as empty cells) and this text on sheet "codebook". A
machine-readable codebook (JSON: columns with types, units and allowed values, the
suppression rule, the weighting) is written beside the export.

No personal data: the export holds no diarienummer, personnummer, pseudonym, case officer,
free-text comment, evidence or date finer than the year; the row type has no field for them.
`, k, km1))
}

// CodebookFor is Codebook followed by the criteria of the audit's template: each criterion's
// key with its Swedish and English name and wording, and how each value of its scale is
// counted in the columns yes, partly, no and not_applicable.
func CodebookFor(minCell int, t review.Template) string {
	return strings.TrimRight(Codebook(minCell)+"\n\nCriteria of this audit: "+criteriaSection(t), "\n")
}

// criteriaSection describes a template's criteria for the codebook.
func criteriaSection(t review.Template) string {
	var b strings.Builder
	fmt.Fprintf(&b, "template %q version %s (SHA-256 %s).\n", t.Name, t.Version, t.SHA256())
	b.WriteString("A criterion's counts sort its scale's values into the four columns: yes = fully documented,\n" +
		"partly = lacking but not missing, no = missing, not_applicable = left out of share_lacking.\n")
	for _, d := range t.Criteria {
		fmt.Fprintf(&b, "\n%s: %s (%s)\n", d.Key, d.Name.Sv, d.Name.En)
		if d.Help.En != "" {
			fmt.Fprintf(&b, "  %s\n", d.Help.En)
		}
		if d.Help.Sv != "" {
			fmt.Fprintf(&b, "  %s\n", d.Help.Sv)
		}
		var vals []string
		for _, v := range d.ScaleValues() {
			col := "yes"
			switch {
			case d.IsNotApplicable(v.Key):
				col = "not_applicable"
			case d.IsMissing(v.Key):
				col = "no"
			case d.IsLacking(v.Key):
				col = "partly"
			}
			vals = append(vals, fmt.Sprintf("%q (%s) -> %s", v.Name.Sv, v.Name.En, col))
		}
		fmt.Fprintf(&b, "  Scale: %s.\n", strings.Join(vals, "; "))
		if d.Checklist != nil {
			var els []string
			for _, e := range d.Checklist.Elements {
				els = append(els, e.Key+" "+e.Name.En)
			}
			fmt.Fprintf(&b, "  Checklist (not exported): %s.\n", strings.Join(els, "; "))
		}
	}
	return b.String()
}

// Built is a research export ready to hand out: its bytes, how many rows it has, its SHA-256
// and the parameters to record with it (review.Service.RecordExport).
type Built struct {
	Data       []byte
	Rows       int
	SHA256     string
	Parameters map[string]any
}

// BuildExport renders the research export of findings in a format (csv, json or xlsx) with
// small cells suppressed at minCell; rule is the action rule the findings were made with.
func BuildExport(f review.Findings, minCell int, format string, rule review.ActionRule) (Built, error) {
	rows, err := ExportRows(f, minCell)
	if err != nil {
		return Built{}, err
	}
	var buf bytes.Buffer
	if err := writeExport(&buf, rows, format, CodebookFor(0, f.Template)); err != nil {
		return Built{}, err
	}
	sum := sha256.Sum256(buf.Bytes())
	return Built{Data: buf.Bytes(), Rows: len(rows), SHA256: hex.EncodeToString(sum[:]),
		Parameters: map[string]any{"format": format, "min_cell": minCell, "year": f.Year, "rule": string(rule), "rows": len(rows)}}, nil
}
