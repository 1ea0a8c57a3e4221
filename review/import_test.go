package review_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
)

func fixture(name string) string { return filepath.Join("..", "testdata", "caselists", name) }

func newService(t *testing.T) (*review.Service, *store.Store) {
	t.Helper()
	st, err := store.OpenWith(t.TempDir(), storetest.Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clock := func() time.Time { return time.Date(2015, 10, 1, 12, 0, 0, 0, time.UTC) }
	return review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), Clock: clock}), st
}

type expectedRow struct {
	file, committee, dnr, pnr, intervention, legal, decided, ended, officer string
	line, age                                                               int
}

func expectedRows(t *testing.T) []expectedRow {
	f, err := os.Open(fixture("expected_rows.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []expectedRow
	for _, r := range recs[1:] {
		line, _ := strconv.Atoi(r[1])
		age, _ := strconv.Atoi(r[10])
		out = append(out, expectedRow{file: filepath.Base(r[0]), line: line, committee: r[2], dnr: r[3], pnr: r[4], intervention: r[5], legal: r[6], decided: r[7], ended: r[8], officer: r[9], age: age})
	}
	return out
}

func pseudonym(key []byte, pnr string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(strings.ReplaceAll(pnr, "-", "")))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

func mustAudit(t *testing.T, svc *review.Service, name string) {
	t.Helper()
	if _, err := svc.CreateAudit(context.Background(), name, review.KindTillsyn, ""); err != nil {
		t.Fatal(err)
	}
}

// checkCases compares the stored frame with the canonical rows, field by field.
func checkCases(t *testing.T, svc *review.Service, key []byte, audit string, want []expectedRow, lineOf func(expectedRow) int) {
	t.Helper()
	got, err := svc.Cases(context.Background(), audit, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d cases imported, want %d", len(got), len(want))
	}
	byID := map[string]review.Case{}
	for _, c := range got {
		byID[c.Committee+"|"+c.Diarienummer] = c
	}
	for _, w := range want {
		c, ok := byID[w.committee+"|"+w.dnr]
		if !ok {
			t.Errorf("case %s %s missing", w.committee, w.dnr)
			continue
		}
		end := ""
		if !c.EndDate.IsZero() {
			end = c.EndDate.Format("2006-01-02")
		}
		by, _ := strconv.Atoi(w.pnr[:4])
		if c.Intervention != w.intervention || c.LegalBasis != w.legal || c.DecisionDate.Format("2006-01-02") != w.decided ||
			end != w.ended || c.CaseOfficer != w.officer || c.Age != w.age || c.BirthYear != by || c.PersonPseudonym != pseudonym(key, w.pnr) {
			t.Errorf("case %s %s = %+v, want %+v", w.committee, w.dnr, c, w)
		}
		if lineOf != nil && c.SourceLine != lineOf(w) {
			t.Errorf("case %s %s from line %d, want %d", w.committee, w.dnr, c.SourceLine, lineOf(w))
		}
	}
}

func TestImportDialects(t *testing.T) {
	all := expectedRows(t)
	var export []expectedRow
	for _, r := range all {
		if r.file == "export_4_namnder_20150930.csv" {
			export = append(export, r)
		}
	}
	t.Run("export_4_namnder", func(t *testing.T) {
		svc, st := newService(t)
		mustAudit(t, svc, "A")
		res, err := svc.ImportCaseLists(context.Background(), "A", []string{fixture("export_4_namnder_20150930.csv")}, review.ImportOptions{})
		if err != nil || !res.Committed || res.Imported != 1660 || len(res.Invalid) != 0 {
			t.Fatalf("res = %+v, err %v", res, err)
		}
		want := map[string]int{"Forshaga": 390, "Hammarö": 520, "Munkfors": 150, "Säffle": 600}
		for k, v := range want {
			if res.ByCommittee[k] != v {
				t.Errorf("%s: %d, want %d", k, res.ByCommittee[k], v)
			}
		}
		checkCases(t, svc, st.PseudonymKey(), "A", export, func(r expectedRow) int { return r.line })
	})
	// the other dialects hold the first 40 rows of the export, in another form
	for _, tc := range []struct {
		file       string
		lineOffset func(i int) int
	}{
		{"dialect_b_utf8bom_comma_lf.csv", func(i int) int { return i + 2 }},
		{"dialect_c_utf8_tab_crlf.csv", func(i int) int { return i + 2 }},
		{"dialect_d_cp1252_semicolon_cr.csv", nil}, // quoted newlines shift lines; checked in caselist
	} {
		t.Run(tc.file, func(t *testing.T) {
			svc, st := newService(t)
			mustAudit(t, svc, "A")
			res, err := svc.ImportCaseLists(context.Background(), "A", []string{fixture(tc.file)}, review.ImportOptions{})
			if err != nil || !res.Committed || res.Imported != 40 {
				t.Fatalf("res = %+v, err %v", res, err)
			}
			idx := map[string]int{}
			for i, r := range export[:40] {
				idx[r.dnr] = i
			}
			var lineOf func(expectedRow) int
			if tc.lineOffset != nil {
				lineOf = func(r expectedRow) int { return tc.lineOffset(idx[r.dnr]) }
			}
			checkCases(t, svc, st.PseudonymKey(), "A", export[:40], lineOf)
		})
	}
}

type badSidecar struct {
	Bad []struct {
		Line   int    `json:"line"`
		Reason string `json:"reason"`
		Field  string `json:"field"`
	} `json:"bad"`
	ValidTricky []struct {
		Line          int    `json:"line"`
		Kind          string `json:"kind"`
		ExpectedValue string `json:"expected_value"`
		Field         string `json:"field"`
	} `json:"valid_tricky"`
}

var reasonCode = map[string]string{
	"missing_id":           "missing_value",
	"duplicate_id":         "duplicate_case",
	"unparseable_date":     "invalid_date",
	"unknown_committee":    "unknown_committee",
	"wrong_column_count":   "wrong_column_count",
	"invalid_personnummer": "invalid_personnummer",
}

func TestImportDirtyStrictAndSkip(t *testing.T) {
	b, err := os.ReadFile(fixture("dirty_del1_2013.bad.json"))
	if err != nil {
		t.Fatal(err)
	}
	var side badSidecar
	if err := json.Unmarshal(b, &side); err != nil {
		t.Fatal(err)
	}
	want := map[int]string{}
	for _, x := range side.Bad {
		want[x.Line] = reasonCode[x.Reason]
	}
	svc, st := newService(t)
	mustAudit(t, svc, "D")
	ctx := context.Background()
	res, err := svc.ImportCaseLists(ctx, "D", []string{fixture("dirty_del1_2013.csv")}, review.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Committed || res.Imported != 0 {
		t.Fatalf("strict import committed: %+v", res)
	}
	got := map[int]string{}
	for _, iv := range res.Invalid {
		if prev, dup := got[iv.Line]; dup {
			t.Errorf("line %d reported twice (%s, %s)", iv.Line, prev, iv.Code)
		}
		got[iv.Line] = iv.Code
		if iv.File != "dirty_del1_2013.csv" || iv.Reason == "" {
			t.Errorf("invalid row without file or reason: %+v", iv)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d invalid lines, want %d", len(got), len(want))
	}
	for line, code := range want {
		if got[line] != code {
			t.Errorf("line %d: code %q, want %q", line, got[line], code)
		}
	}
	if cases, _ := svc.Cases(ctx, "D", ""); len(cases) != 0 {
		t.Fatalf("strict import left %d cases", len(cases))
	}
	files, skipped, _ := st.ImportHistory(ctx, mustID(t, svc, "D"))
	if len(files) != 0 || len(skipped) != 0 {
		t.Fatalf("strict import left a log: %v %v", files, skipped)
	}

	// --skip-invalid: the 1180 good rows, exactly as canonical, and 24 logged
	res, err = svc.ImportCaseLists(ctx, "D", []string{fixture("dirty_del1_2013.csv")}, review.ImportOptions{SkipInvalid: true})
	if err != nil || !res.Committed || res.Imported != 1180 || res.Skipped != 24 {
		t.Fatalf("skip-invalid: %+v %v", res, err)
	}
	var dirty []expectedRow
	for _, r := range expectedRows(t) {
		if r.file == "dirty_del1_2013.csv" {
			dirty = append(dirty, r)
		}
	}
	checkCases(t, svc, st.PseudonymKey(), "D", dirty, func(r expectedRow) int { return r.line })
	files, skipped, err = st.ImportHistory(ctx, mustID(t, svc, "D"))
	if err != nil || len(files) != 1 || files[0].Imported != 1180 || files[0].Skipped != 24 || len(skipped) != 24 {
		t.Fatalf("import log: %+v %d skipped, %v", files, len(skipped), err)
	}
	if want := time.Date(2015, 10, 1, 12, 0, 0, 0, time.UTC); !files[0].ImportedAt.Equal(want) {
		t.Errorf("import log time %v, want the service clock's %v", files[0].ImportedAt, want)
	}
	for _, s := range skipped {
		if want[s.Line] != s.Code {
			t.Errorf("logged line %d code %s, want %s", s.Line, s.Code, want[s.Line])
		}
		if strings.Contains(s.Reason, "19010217-6115") {
			t.Errorf("the import log holds a personnummer: %s", s.Reason)
		}
	}
	// tricky-but-valid rows
	cases, _ := svc.Cases(ctx, "D", "")
	byLine := map[int]review.Case{}
	for _, c := range cases {
		byLine[c.SourceLine] = c
	}
	for _, tr := range side.ValidTricky {
		c, ok := byLine[tr.Line]
		if !ok {
			t.Errorf("tricky line %d (%s) not imported", tr.Line, tr.Kind)
			continue
		}
		switch tr.Field {
		case "Diarienummer":
			if c.Diarienummer != tr.ExpectedValue {
				t.Errorf("line %d: diarienummer %q, want %q", tr.Line, c.Diarienummer, tr.ExpectedValue)
			}
		case "Handläggare":
			if c.CaseOfficer != tr.ExpectedValue {
				t.Errorf("line %d: case officer %q, want %q", tr.Line, c.CaseOfficer, tr.ExpectedValue)
			}
		}
	}

	// the same file again changes nothing
	res, err = svc.ImportCaseLists(ctx, "D", []string{fixture("dirty_del1_2013.csv")}, review.ImportOptions{SkipInvalid: true})
	if err != nil || !res.Committed || res.Imported != 0 || len(res.Files) != 1 || !res.Files[0].Unchanged {
		t.Fatalf("re-import: %+v %v", res, err)
	}
	if c2, _ := svc.Cases(ctx, "D", ""); len(c2) != 1180 {
		t.Fatalf("re-import changed the frame: %d cases", len(c2))
	}
	files, skipped, _ = st.ImportHistory(ctx, mustID(t, svc, "D"))
	if len(files) != 1 || len(skipped) != 24 {
		t.Fatalf("re-import changed the log: %d files %d skipped", len(files), len(skipped))
	}
}

func mustID(t *testing.T, svc *review.Service, name string) int64 {
	a, err := svc.AuditByName(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	return a.ID
}

func TestImportDuplicatesAcrossFilesAndImports(t *testing.T) {
	svc, _ := newService(t)
	mustAudit(t, svc, "A")
	ctx := context.Background()
	// dialect b and c hold the same 40 cases: importing both is 40 duplicates, nothing stored
	res, err := svc.ImportCaseLists(ctx, "A", []string{fixture("dialect_b_utf8bom_comma_lf.csv"), fixture("dialect_c_utf8_tab_crlf.csv")}, review.ImportOptions{})
	if err != nil || res.Committed || len(res.Invalid) != 40 {
		t.Fatalf("res = %+v %v", res.Invalid, err)
	}
	for _, iv := range res.Invalid {
		if iv.Code != "duplicate_case" || iv.File != "dialect_c_utf8_tab_crlf.csv" || !strings.Contains(iv.Reason, "dialect_b_utf8bom_comma_lf.csv:") {
			t.Fatalf("unexpected %+v", iv)
		}
	}
	// one after the other: the second is refused against the stored frame
	if res, _ := svc.ImportCaseLists(ctx, "A", []string{fixture("dialect_b_utf8bom_comma_lf.csv")}, review.ImportOptions{}); !res.Committed {
		t.Fatal("first import refused")
	}
	res, _ = svc.ImportCaseLists(ctx, "A", []string{fixture("dialect_c_utf8_tab_crlf.csv")}, review.ImportOptions{})
	if res.Committed || len(res.Invalid) != 40 || !strings.Contains(res.Invalid[0].Reason, "already in the audit") {
		t.Fatalf("second import: %+v", res.Invalid[:1])
	}
}

func TestImportRowErrors(t *testing.T) {
	svc, _ := newService(t)
	mustAudit(t, svc, "A")
	p := filepath.Join(t.TempDir(), "x.csv")
	body := "Diarienummer;Personnummer;Nämnd;Insats;Lagrum;Beslutsdatum;Slutdatum;Ålder\n" +
		"A 1;19010427-5391;Arvika;öppenvård;4 kap. 1 § SoL;2015-03-01;;50\n" + // ok
		"A 2;19010427-5391;Arvika;öppenvård;SoL 4:1;01/03/2015;;50\n" + // ambiguous date
		"A 3;19010427-5391;Arvika;öppenvård;SoL 4:1;2015-03-01;2015-02-01;50\n" + // ends before decided
		"A 4;19010427-5391;Arvika;öppenvård;SoL 4:1;2015-03-01;;abc\n" + // age
		"A 5;;Arvika;öppenvård;SoL 4:1;2015-03-01;;50\n" + // personnummer missing
		"A 6;19010427-5391;Atlantis;öppenvård;SoL 4:1;2015-03-01;;50\n" // unknown committee
	os.WriteFile(p, []byte(body), 0o600)
	res, err := svc.ImportCaseLists(context.Background(), "A", []string{p}, review.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, iv := range res.Invalid {
		got = append(got, iv.String())
	}
	sort.Strings(got)
	want := []string{
		"x.csv:3: decision_date: \"01/03/2015\" is not a date in the form YYYY-MM-DD or YYYYMMDD",
		"x.csv:4: end_date: end date 2015-02-01 is before the decision date 2015-03-01",
		"x.csv:5: age: \"abc\" is not an age in years (0-130)",
		"x.csv:6: personnummer: empty personnummer",
		"x.csv:7: committee: \"Atlantis\" is not one of Sweden's 290 municipalities (write the municipality's name, e.g. \"Arvika\" or \"Socialnämnden Arvika\")",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestImportTwoFilesKeepsSources(t *testing.T) {
	svc, _ := newService(t)
	mustAudit(t, svc, "A")
	ctx := context.Background()
	res, err := svc.ImportCaseLists(ctx, "A", []string{fixture("dirty_del1_2013.csv"), fixture("export_4_namnder_20150930.csv")}, review.ImportOptions{SkipInvalid: true})
	if err != nil || res.Imported != 1180+1660 {
		t.Fatalf("%+v %v", res.Files, err)
	}
	rows := expectedRows(t)
	cases, _ := svc.Cases(ctx, "A", "")
	byID := map[string]review.Case{}
	for _, c := range cases {
		byID[c.Committee+"|"+c.Diarienummer] = c
	}
	for _, r := range rows {
		c := byID[r.committee+"|"+r.dnr]
		if c.SourceFile != r.file || c.SourceLine != r.line {
			t.Fatalf("%s %s from %s:%d, want %s:%d", r.committee, r.dnr, c.SourceFile, c.SourceLine, r.file, r.line)
		}
	}
}

// A quote that is never closed swallows the lines after it: even --skip-invalid refuses the
// file instead of importing the lines before and losing the rest as "one bad row".
func TestImportUnterminatedQuoteRefusesFile(t *testing.T) {
	svc, _ := newService(t)
	mustAudit(t, svc, "Q")
	p := filepath.Join(t.TempDir(), "q.csv")
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum\nA1;19010427-5391;Kil;öppenvård;2015-01-01\n\"A2;19000327-3943;Kil;öppenvård;2015-01-01\nA3;19000327-3943;Kil;öppenvård;2015-01-01\nA4;19000327-3943;Kil;öppenvård;2015-01-01\n"), 0o600)
	res, err := svc.ImportCaseLists(context.Background(), "Q", []string{p}, review.ImportOptions{SkipInvalid: true})
	if err != nil || res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Code != "unterminated_quote" || res.Invalid[0].Line != 3 {
		t.Fatalf("%+v %v", res, err)
	}
	// control characters in any field are refused (they would break the frame and reports)
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum\nA1;19010427-5391;Kil;\"öppen\x1evård\";2015-01-01\n"), 0o600)
	res, _ = svc.ImportCaseLists(context.Background(), "Q", []string{p}, review.ImportOptions{SkipInvalid: true})
	if res.Imported != 0 || len(res.Invalid) != 1 || res.Invalid[0].Field != "intervention" {
		t.Fatalf("%+v", res)
	}
}

func TestImportAgeWithUnit(t *testing.T) {
	svc, _ := newService(t)
	mustAudit(t, svc, "Å")
	p := filepath.Join(t.TempDir(), "a.csv")
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum;Ålder\nA1;19010427-5391;Kil;öppenvård;2015-01-01T00:00:00Z;37 år\n"), 0o600)
	res, err := svc.ImportCaseLists(context.Background(), "Å", []string{p}, review.ImportOptions{})
	if err != nil || !res.Committed {
		t.Fatalf("%+v %v", res.Invalid, err)
	}
	cases, _ := svc.Cases(context.Background(), "Å", "")
	if len(cases) != 1 || cases[0].Age != 37 {
		t.Fatalf("%+v", cases)
	}
}

// A case's id is the largest id so far plus one, on both engines: an import that was
// refused (after the rows of its first file had been sent to the database) leaves no gap,
// so the same inputs give the same ids on SQLite and PostgreSQL.
func TestImportCaseIDsLeaveNoGap(t *testing.T) {
	svc, _ := newService(t)
	mustAudit(t, svc, "A")
	ctx := context.Background()
	dir := t.TempDir()
	const header = "Diarienummer;Personnummer;Nämnd;Insats;Lagrum;Beslutsdatum;Slutdatum;Handläggare;Ålder\n"
	write := func(name string, rows ...string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(header+strings.Join(rows, "\n")+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("first.csv",
		"SN 2015/0;19860822-7966;Socialnämnden Ale;öppenvård;SoL 4:1;2015-08-22;;AB;29",
		"SN 2015/1;19420613-1320;Socialnämnden Alingsås;öppenvård;SoL 4:1;2015-06-13;;AB;73")
	good := write("good.csv",
		"SN 2015/2;19790627-1213;Socialnämnden Alvesta;stödboende;SoL 4:1;2015-06-27;;AB;36",
		"SN 2015/3;19870915-0737;Socialnämnden Aneby;stödboende;SoL 4:1;2015-09-15;;AB;28")
	bad := write("bad.csv", "SN 2015/4;19420806-0212;Socialnämnden Atlantis;stödboende;SoL 4:1;2015-08-06;;AB;73")
	last := write("last.csv", "SN 2015/5;19820924-9583;Socialnämnden Arjeplog;stödboende;SoL 4:1;2015-09-24;;AB;33")
	if res, err := svc.ImportCaseLists(ctx, "A", []string{first}, review.ImportOptions{}); err != nil || !res.Committed {
		t.Fatalf("first import: %+v %v", res, err)
	}
	if res, err := svc.ImportCaseLists(ctx, "A", []string{good, bad}, review.ImportOptions{}); err != nil || res.Committed {
		t.Fatalf("the import with an unknown committee was not refused: %+v %v", res, err)
	}
	if res, err := svc.ImportCaseLists(ctx, "A", []string{good, last}, review.ImportOptions{}); err != nil || !res.Committed {
		t.Fatalf("last import: %+v %v", res, err)
	}
	cases, err := svc.Cases(ctx, "A", "")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, c := range cases {
		ids[c.Diarienummer] = c.ID
	}
	base := ids["SN 2015/0"]
	for i, dnr := range []string{"SN 2015/0", "SN 2015/1", "SN 2015/2", "SN 2015/3", "SN 2015/5"} {
		if ids[dnr] != base+int64(i) {
			t.Errorf("case %s has id %d, want %d (ids %v)", dnr, ids[dnr], base+int64(i), ids)
		}
	}
}

// TestImportStrictReportsAsSkip: a strict import checks for duplicates once, after its last
// row (and on finding one is done again row by row); what it reports must be what the import
// with --skip-invalid, which checks every row as it comes, reports: the same invalid rows in
// the same order with the same reasons, with and without duplicates among them.
func TestImportStrictReportsAsSkip(t *testing.T) {
	dir := t.TempDir()
	// no duplicate: a bad date and a bad personnummer
	b, err := os.ReadFile(fixture("dialect_b_utf8bom_comma_lf.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	lines[3] = strings.Replace(lines[3], ",20140701,", ",20141301,", 1)
	lines[4] = strings.Replace(lines[4], "190112058763", "190112058764", 1)
	noDup := filepath.Join(dir, "nodup.csv")
	if err := os.WriteFile(noDup, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, files := range [][]string{
		{noDup},
		{fixture("dirty_del1_2013.csv")},
		{fixture("dialect_b_utf8bom_comma_lf.csv"), fixture("dialect_c_utf8_tab_crlf.csv")},
	} {
		svc, _ := newService(t)
		mustAudit(t, svc, "S")
		ctx := context.Background()
		strict, err := svc.ImportCaseLists(ctx, "S", files, review.ImportOptions{})
		if err != nil || strict.Committed || len(strict.Invalid) == 0 {
			t.Fatalf("%v: strict import: %+v %v", files, strict, err)
		}
		skip, err := svc.ImportCaseLists(ctx, "S", files, review.ImportOptions{SkipInvalid: true})
		if err != nil || !skip.Committed {
			t.Fatalf("%v: import with --skip-invalid: %+v %v", files, skip, err)
		}
		a, _ := json.Marshal(strict.Invalid)
		b, _ := json.Marshal(skip.Invalid)
		if string(a) != string(b) {
			t.Errorf("%v: strict import reports\n%s\nthe import with --skip-invalid\n%s", files, a, b)
		}
	}
}

// attemptStore counts the import's attempts and the rows each puts, and can run a function
// before an attempt.
type attemptStore struct {
	*store.Store
	puts   []int
	before func(attempt int)
}

func (s *attemptStore) ImportCases(ctx context.Context, auditID int64, fn func(w review.CaseWriter) (review.ImportLog, error)) error {
	s.puts = append(s.puts, 0)
	if s.before != nil {
		s.before(len(s.puts))
	}
	return s.Store.ImportCases(ctx, auditID, func(w review.CaseWriter) (review.ImportLog, error) {
		return fn(&countingWriter{CaseWriter: w, n: &s.puts[len(s.puts)-1]})
	})
}

type countingWriter struct {
	review.CaseWriter
	n *int
}

func (w *countingWriter) Put(c *review.Case) error { *w.n++; return w.CaseWriter.Put(c) }

// TestImportDuplicateFoundAtEnd: a strict import that finds a duplicate after its last row
// reads the files again writing nothing (it is refused); were they changed meanwhile so that
// nothing is invalid any more, it imports them as they are then.
func TestImportDuplicateFoundAtEnd(t *testing.T) {
	b, err := os.ReadFile(fixture("dialect_b_utf8bom_comma_lf.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	path := filepath.Join(t.TempDir(), "dup.csv")
	withDup := strings.Join(append(lines, lines[1]), "\n") + "\n" // the first case again
	for _, change := range []bool{false, true} {
		if err := os.WriteFile(path, []byte(withDup), 0o600); err != nil {
			t.Fatal(err)
		}
		st, err := store.OpenWith(t.TempDir(), storetest.Options(t), true)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		as := &attemptStore{Store: st}
		if change {
			as.before = func(attempt int) {
				if attempt == 2 { // the duplicate goes before the files are read again
					os.WriteFile(path, b, 0o600)
				}
			}
		}
		svc := review.NewService(as, review.Config{PseudonymKey: st.PseudonymKey()})
		mustAudit(t, svc, "A")
		res, err := svc.ImportCaseLists(context.Background(), "A", []string{path}, review.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		n := len(lines) - 1
		if !change {
			if res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Code != "duplicate_case" || res.Invalid[0].Line != n+2 ||
				!strings.Contains(res.Invalid[0].Reason, "dup.csv:2") {
				t.Fatalf("duplicate: %+v", res)
			}
			if len(as.puts) != 2 || as.puts[0] != n+1 || as.puts[1] != 0 {
				t.Errorf("rows put per attempt: %v, want [%d 0]", as.puts, n+1)
			}
			continue
		}
		if !res.Committed || res.Imported != n || len(res.Invalid) != 0 {
			t.Fatalf("changed file: %+v", res)
		}
		if len(as.puts) != 3 || as.puts[2] != n {
			t.Errorf("rows put per attempt: %v, want [%d 0 %d]", as.puts, n+1, n)
		}
		if cases, _ := svc.Cases(context.Background(), "A", ""); len(cases) != n {
			t.Errorf("%d cases stored, want %d", len(cases), n)
		}
	}
}
