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
}

// ExportColumns are the export's columns, in order.
var ExportColumns = []string{"audit", "year", "committee", "criterion", "files_reviewed", "yes", "partly", "no",
	"not_applicable", "share_lacking", "ci_low", "ci_high", "suppressed"}

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
			r := ExportRow{Audit: f.Audit, Year: f.Year, Committee: cf.Committee, Criterion: string(c)}
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
		floatpString(r.ShareLacking), floatpString(r.CILow), floatpString(r.CIHigh), strconv.FormatBool(r.Suppressed)}
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
}

func writeExportJSON(w io.Writer, rows []ExportRow) error {
	out := make([]exportJSONRow, 0, len(rows))
	for _, r := range rows {
		var y *int
		if r.Year != 0 {
			y = intp(r.Year)
		}
		out = append(out, exportJSONRow{r.Audit, y, r.Committee, r.Criterion, r.FilesReviewed, r.Yes, r.Partly, r.No,
			r.NotApplicable, r.ShareLacking, r.CILow, r.CIHigh, r.Suppressed})
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
		cells = append(cells, r.Suppressed)
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

// Codebook describes the export: every column, the suppression rule with threshold K =
// minCell (minCell <= 0 writes "K" symbolically), the formula neutralisation and what is
// deliberately absent. Write it beside every export.
func Codebook(minCell int) string {
	k := "K"
	km1 := "K−1"
	if minCell > 0 {
		k = strconv.Itoa(minCell)
		km1 = strconv.Itoa(minCell - 1)
	}
	return strings.TrimSpace(fmt.Sprintf(`
Tillsyn research export: codebook

Unit: one row per committee (socialnämnd) × criterion, long format. A row describes the case
files sampled and reviewed in one committee in one audit. Columns, in order:

audit           text  Name of the audit (granskning), as entered by the auditor.
year            int   Year of the audit. No finer date is published.
committee       text  The committee (municipality name).
criterion       text  needs_assessment (behovsbedömning), planning (planering),
                      follow_up (uppföljning), assignment_description (uppdragsbeskrivning),
                      or the code of another criterion of the audit's template.
files_reviewed  int   Case files of the committee whose review is final (every criterion has
                      a final verdict; a file reviewed twice counts only once both reviewers
                      have submitted and agree or the disagreement is adjudicated); the same
                      on every row of the committee. Files still pending are not in any count.
yes             int   Files judged "ja": documented.
partly          int   Files judged "delvis": partly documented.
no              int   Files judged "nej": not documented.
not_applicable  int   Files judged "ej tillämpligt".
                      yes + partly + no + not_applicable = files_reviewed.
share_lacking   float (partly + no) / (files_reviewed − not_applicable), 4 decimals;
                      empty (null) when the criterion applied to no file: unknown, not 0.
                      Where the committee was sampled per intervention type, the stratified
                      estimate Σ (N_h/N)·p_h over its strata.
ci_low, ci_high float 95 %% exact (hypergeometric) interval of share_lacking over the
                      committee's estimated number of files where the criterion applies
                      (frame size × applicable/reviewed; Clopper–Pearson when the frame size
                      is unknown); for a stratified estimate, a normal approximation from the
                      stratified variance. The frame size itself is not published.
suppressed      bool  true when any value of the row is hidden.

Empty cell (CSV, XLSX) / null (JSON) = hidden by suppression. 0 is a real zero.

Suppression (threshold K = %[1]s; K is the caller's choice, never below 3; default 5):
1. Committee level: if files_reviewed is between 1 and %[2]s, files_reviewed and every count
   and share of all the committee's rows are hidden.
2. Row level: if any of the four counts (yes, partly, no, not_applicable) of a row is
   between 1 and %[2]s, all four counts of that row are hidden, zeros included (primary
   suppression of the small count, secondary suppression of the other three).
   files_reviewed stays visible (it is at least K by rule 1). What remains known about a
   hidden row is that its counts sum to files_reviewed and that at least one of them lies
   between 1 and %[2]s; every hidden count can then be 0 and can be 1 (another count takes 1,
   a third the rest), so none can be worked out, even by someone who knows this algorithm.
   Finer schemes (hiding only one complementary cell) were rejected because a reader who
   knows the algorithm can often solve them.
3. share_lacking, ci_low and ci_high are hidden in every row with hidden counts (they are
   computed from the counts and would reveal them together with files_reviewed).
4. No column totals (over committees, criteria or audits) are published, and files_reviewed
   is the only value shared between rows, so there are no other equations from which a
   hidden count could be recovered. Do not publish such totals next to this file; combining
   exports of the same audit made with different K can defeat the suppression.

Spreadsheet safety: in CSV and XLSX, a text cell beginning with =, +, -, @, a tab or a
carriage return is written with a leading apostrophe (') so that spreadsheet programs do not
run it as a formula. JSON values are written as they are.

Formats: CSV is RFC 4180 (UTF-8 without BOM, comma, CRLF, '.' as decimal point). JSON is an
array of objects with the columns above as keys. XLSX has the data on sheet "data" (numbers
as numbers, hidden values as empty cells) and this text on sheet "codebook".

No personal data: the export holds no diarienummer, personnummer, pseudonym, case officer,
free-text comment, evidence or date finer than the year; the row type has no field for them.
`, k, km1))
}

// CodebookFor is Codebook followed by the criteria of the audit's template: each criterion's
// key with its Swedish and English name and wording, and how each value of its scale is
// counted in the columns yes, partly, no and not_applicable.
func CodebookFor(minCell int, t review.Template) string {
	var b strings.Builder
	b.WriteString(Codebook(minCell))
	fmt.Fprintf(&b, "\n\nCriteria of this audit: template %q version %s (SHA-256 %s).\n", t.Name, t.Version, t.SHA256())
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
	return strings.TrimRight(b.String(), "\n")
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
