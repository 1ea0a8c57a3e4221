package report

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tillsyn/review"
)

// randomExportFindings rolls up a random audit: committees of 1–30 files with skewed verdict
// mixes so that small cells, zeros and large cells all occur.
func randomExportFindings(t testing.TB, r *rand.Rand, committees int) (review.Findings, []review.CaseJudgement) {
	t.Helper()
	scale := []review.Verdict{review.Yes, review.Partly, review.No, review.NotApplicable}
	var cases []review.CaseJudgement
	for c := range committees {
		n := 1 + r.IntN(30)
		var w [4]float64
		for i := range w {
			w[i] = r.Float64() * r.Float64()
		}
		for i := range n {
			v := map[review.Criterion]review.Verdict{}
			for _, k := range review.DefaultCriteria {
				x := r.Float64() * (w[0] + w[1] + w[2] + w[3])
				j := 0
				for j < 3 && x > w[j] {
					x -= w[j]
					j++
				}
				v[k] = scale[j]
			}
			cases = append(cases, review.CaseJudgement{
				Committee:    fmt.Sprintf("Nämnd %03d", c),
				Diarienummer: fmt.Sprintf("SN 2015/%d-%d", 7000+c, i),
				Verdicts:     v,
			})
		}
	}
	f, err := review.Rollup(review.RollupInput{Audit: "Slump", Year: 2015, Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	return f, cases
}

func TestExportMinCell(t *testing.T) {
	f := publicFindings(t)
	for _, k := range []int{-1, 0, 1, 2} {
		if _, err := ExportRows(f, k); review.ErrorCodeOf(err) != review.EInvalid {
			t.Errorf("minCell %d: %v", k, err)
		}
	}
	if _, err := ExportRows(f, 3); err != nil {
		t.Error(err)
	}
	if err := WriteExport(io.Discard, nil, "pdf"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Errorf("unknown format: %v", err)
	}
}

// TestExportSuppressionRandom checks, on many random tables, that visible values are true,
// that no hidden count can be recovered from the published row total (a row with a visible
// files_reviewed never has exactly one hidden count, and shares are never shown beside a
// hidden count), and, stronger, that an intruder who knows the algorithm and K, and
// enumerates every row consistent with what is published, still finds at least two values
// for every hidden count.
func TestExportSuppressionRandom(t *testing.T) {
	rows, hidden, checked := 0, 0, 0
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 7))
		k := 3 + r.IntN(5)
		f, _ := randomExportFindings(t, r, 1+r.IntN(12))
		out, err := ExportRows(f, k)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != len(f.Committees)*len(f.Criteria) {
			t.Fatalf("%d rows", len(out))
		}
		i := 0
		for _, cf := range f.Committees {
			for _, c := range f.Criteria {
				row := out[i]
				i++
				rows++
				cc := cf.Criteria[c]
				truth := [4]int{cc.Yes, cc.Partly, cc.No, cc.NotApplicable}
				pub := [4]*int{row.Yes, row.Partly, row.No, row.NotApplicable}
				nh := 0
				for j := range pub {
					if pub[j] == nil {
						nh++
						hidden++
					} else if *pub[j] != truth[j] {
						t.Fatalf("seed %d: published %d, true %d", seed, *pub[j], truth[j])
					} else if *pub[j] >= 1 && *pub[j] < k {
						t.Fatalf("seed %d: small count %d published with K=%d", seed, *pub[j], k)
					}
				}
				if row.FilesReviewed != nil && *row.FilesReviewed != cf.FilesReviewed {
					t.Fatal("files_reviewed wrong")
				}
				if row.FilesReviewed != nil && *row.FilesReviewed >= 1 && *row.FilesReviewed < k {
					t.Fatalf("small files_reviewed %d published", *row.FilesReviewed)
				}
				if row.Suppressed != (nh > 0) {
					t.Fatalf("suppressed flag %v with %d hidden", row.Suppressed, nh)
				}
				if (row.ShareLacking != nil || row.CILow != nil || row.CIHigh != nil) && nh > 0 {
					t.Fatalf("seed %d: share shown beside a hidden count: %+v", seed, row)
				}
				if row.FilesReviewed == nil {
					if nh != 4 {
						t.Fatalf("files_reviewed hidden but %d counts hidden", nh)
					}
					continue
				}
				// Within-row linear recovery.
				if nh == 1 {
					t.Fatalf("seed %d %s %s: exactly one hidden count beside a visible total: %+v", seed, cf.Committee, c, row)
				}
				if nh == 0 {
					continue
				}
				// Algorithm-aware intruder.
				checked++
				values := [4]map[int]bool{{}, {}, {}, {}}
				tot := *row.FilesReviewed
				for y := 0; y <= tot; y++ {
					for p := 0; p <= tot-y; p++ {
						for n := 0; n <= tot-y-p; n++ {
							cand := [4]int{y, p, n, tot - y - p - n}
							ok := true
							for j := range pub {
								if pub[j] != nil && *pub[j] != cand[j] {
									ok = false
								}
							}
							if !ok {
								continue
							}
							h, rowOK := suppressRow(cand, k)
							if !rowOK {
								continue
							}
							for j := range pub {
								if h[j] != (pub[j] == nil) {
									ok = false
								}
							}
							if !ok {
								continue
							}
							for j := range pub {
								if pub[j] == nil {
									values[j][cand[j]] = true
								}
							}
						}
					}
				}
				for j := range pub {
					if pub[j] == nil && len(values[j]) < 2 {
						t.Fatalf("seed %d K=%d %s %s: hidden column %s recoverable (only %v fits); row %v", seed, k, cf.Committee, c, ExportColumns[5+j], values[j], truth)
					}
				}
			}
		}
	}
	if hidden == 0 || checked < 100 {
		t.Fatalf("the random tables exercised too little suppression: %d hidden of %d rows, %d checked", hidden, rows, checked)
	}
	t.Logf("%d rows, %d hidden counts, %d rows checked against the intruder", rows, hidden, checked)
}

func TestExportSuppressRowCases(t *testing.T) {
	all := [4]bool{true, true, true, true}
	for _, tc := range []struct {
		v    [4]int
		k    int
		want [4]bool
	}{
		{[4]int{10, 0, 0, 0}, 5, [4]bool{}},
		{[4]int{8, 2, 0, 0}, 5, all},
		{[4]int{5, 4, 6, 4}, 5, all},
		{[4]int{5, 5, 5, 5}, 5, [4]bool{}},
		{[4]int{3, 0, 3, 0}, 3, [4]bool{}},
		{[4]int{3, 0, 2, 0}, 3, all},
	} {
		if h, _ := suppressRow(tc.v, tc.k); h != tc.want {
			t.Errorf("suppressRow(%v, %d) = %v, want %v", tc.v, tc.k, h, tc.want)
		}
	}
	// A committee with fewer than K files is hidden whole.
	f := publicFindings(t)
	rows, err := ExportRows(f, 6) // Munkfors has 5 files
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Committee == "Munkfors" && (r.FilesReviewed != nil || r.Yes != nil || r.NotApplicable != nil || !r.Suppressed) {
			t.Errorf("Munkfors not hidden: %+v", r)
		}
		if r.Committee == "Forshaga" && (r.FilesReviewed == nil || *r.FilesReviewed != 6) {
			t.Errorf("Forshaga files_reviewed hidden")
		}
	}
}

func exportAll(t *testing.T, rows []ExportRow) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, format := range []string{"csv", "json", "xlsx"} {
		var b bytes.Buffer
		if err := WriteExport(&b, rows, format); err != nil {
			t.Fatal(err)
		}
		out[format] = b.Bytes()
	}
	return out
}

// xlsxXML returns the concatenated XML parts of an xlsx file.
func xlsxXML(t *testing.T, b []byte) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(&all, rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
	}
	return all.Bytes()
}

func TestExportNoPersonalData(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 42))
	f, cases := randomExportFindings(t, r, 6)
	pub, _ := review.Rollup(review.RollupInput{Audit: "Värmland 2015", Year: 2015, Cases: publicCases(t)})
	rows, err := ExportRows(f, 5)
	if err != nil {
		t.Fatal(err)
	}
	prow, _ := ExportRows(pub, 3)
	rows = append(rows, prow...)
	cases = append(cases, publicCases(t)...)
	files := exportAll(t, rows)
	files["xlsx"] = xlsxXML(t, files["xlsx"])
	for format, b := range files {
		for _, c := range cases {
			for _, s := range []string{c.Diarienummer, review.DiarienummerKey(c.Diarienummer)} {
				if bytes.Contains(b, []byte(s)) {
					t.Fatalf("%s export contains diarienummer %q", format, s)
				}
			}
		}
		for _, s := range []string{"SN 20", "SON 20", "SN-20"} {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s export contains %q", format, s)
			}
		}
	}
}

func TestExportFormulaNeutralised(t *testing.T) {
	evil := []string{"=1+1", "+A1", "-2", "@SUM(A1)"}
	var cases []review.CaseJudgement
	for i, name := range evil {
		for j := range 6 {
			v := map[review.Criterion]review.Verdict{}
			for _, k := range review.DefaultCriteria {
				v[k] = review.Yes
			}
			cases = append(cases, review.CaseJudgement{Committee: name, Diarienummer: fmt.Sprintf("D%d-%d", i, j), Verdicts: v})
		}
	}
	f, err := review.Rollup(review.RollupInput{Audit: "=cmd|' /C calc'!A0", Year: 2015, Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := ExportRows(f, 5)
	if err != nil {
		t.Fatal(err)
	}
	// Names Rollup would trim, written straight to the export.
	rows = append(rows, ExportRow{Audit: "\tA", Committee: "\rB", Criterion: "planning"}, ExportRow{Audit: "\tA", Committee: "-C", Criterion: "planning"})
	files := exportAll(t, rows)
	recs, err := csv.NewReader(bytes.NewReader(files["csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(files["xlsx"]))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	xrows, err := x.GetRows("data", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 {
		t.Fatalf("%d csv records for %d rows", len(recs), len(rows))
	}
	for i, rec := range recs[1:] {
		for _, col := range []int{0, 2} {
			if !strings.HasPrefix(rec[col], "'") {
				t.Errorf("csv row %d col %d not neutralised: %q", i+1, col, rec[col])
			}
			if !strings.HasPrefix(xrows[i+1][col], "'") {
				t.Errorf("xlsx row %d col %d not neutralised: %q", i+1, col, xrows[i+1][col])
			}
		}
	}
	// Formulas are never written as formulas in the xlsx.
	if bytes.Contains(xlsxXML(t, files["xlsx"]), []byte("<f>")) {
		t.Error("xlsx holds a formula")
	}
	// JSON keeps the text as it is.
	var js []map[string]any
	if err := json.Unmarshal(files["json"], &js); err != nil {
		t.Fatal(err)
	}
	if js[0]["audit"] != "=cmd|' /C calc'!A0" {
		t.Errorf("json audit %q", js[0]["audit"])
	}
	for _, s := range []string{"=x", "+x", "-x", "@x", "\tx", "\rx"} {
		if neutralize(s) != "'"+s {
			t.Errorf("neutralize(%q) = %q", s, neutralize(s))
		}
	}
	for _, s := range []string{"", "x", "1-2", "Åmål"} {
		if neutralize(s) != s {
			t.Errorf("neutralize(%q) = %q", s, neutralize(s))
		}
	}
}

func TestExportXLSXMatchesCSV(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	f, _ := randomExportFindings(t, r, 15)
	rows, err := ExportRows(f, 5)
	if err != nil {
		t.Fatal(err)
	}
	files := exportAll(t, rows)
	recs, err := csv.NewReader(bytes.NewReader(files["csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(files["xlsx"]))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	xrows, err := x.GetRows("data", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(xrows) != len(recs) || len(recs) != len(rows)+1 {
		t.Fatalf("xlsx %d rows, csv %d, export %d", len(xrows), len(recs), len(rows))
	}
	for i := range recs {
		xr := append(xrows[i], make([]string, len(recs[i]))...)[:len(recs[i])]
		for j := range recs[i] {
			a, b := recs[i][j], xr[j]
			if a == b || strings.EqualFold(a, b) || (a == "true" && b == "1") || (a == "false" && b == "0") {
				continue
			}
			fa, ea := strconv.ParseFloat(a, 64)
			fb, eb := strconv.ParseFloat(b, 64)
			if ea == nil && eb == nil && fa == fb {
				continue
			}
			t.Errorf("row %d col %s: csv %q, xlsx %q", i, recs[0][j], a, b)
		}
	}
	if cb, err := x.GetCellValue("codebook", "A1"); err != nil || !strings.Contains(cb, "codebook") {
		t.Errorf("codebook sheet: %q %v", cb, err)
	}
	// The JSON holds the same rows, with null for hidden values.
	var js []map[string]any
	if err := json.Unmarshal(files["json"], &js); err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if (row.Yes == nil) != (js[i]["yes"] == nil) || (row.ShareLacking == nil) != (js[i]["share_lacking"] == nil) {
			t.Fatalf("json row %d differs: %v", i, js[i])
		}
	}
}

func TestExportGolden(t *testing.T) {
	f := publicFindings(t)
	rows, err := ExportRows(f, DefaultMinCell)
	if err != nil {
		t.Fatal(err)
	}
	files := exportAll(t, rows)
	golden(t, "export.csv", files["csv"])
	golden(t, "export.json", files["json"])
	golden(t, "codebook.txt", []byte(Codebook(DefaultMinCell)+"\n"))
	for _, col := range ExportColumns {
		if !strings.Contains(Codebook(5), col) {
			t.Errorf("codebook does not describe %s", col)
		}
	}
}

func TestBuildExport(t *testing.T) {
	f := publicFindings(t)
	x, err := BuildExport(f, DefaultMinCell, "csv", review.RuleNoOrPartly)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	rows, _ := ExportRows(f, DefaultMinCell)
	WriteExport(&want, rows, "csv")
	sum := sha256.Sum256(want.Bytes())
	if !bytes.Equal(x.Data, want.Bytes()) || x.Rows != len(rows) || x.SHA256 != hex.EncodeToString(sum[:]) || x.Parameters["min_cell"] != DefaultMinCell || x.Parameters["rule"] != "no_or_partly" {
		t.Fatalf("%d rows, %s, %v", x.Rows, x.SHA256, x.Parameters)
	}
	if _, err := BuildExport(f, 2, "csv", review.RuleNoOrPartly); err == nil {
		t.Fatal("min cell 2 accepted")
	}
}
