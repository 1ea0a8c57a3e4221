package review_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tillsyn/review"
)

func writeList(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "lista.csv")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// rawContains reports whether any file of the data directory (database, WAL) holds s.
func rawContains(t *testing.T, dir, s string) bool {
	t.Helper()
	found := false
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		if bytes.Contains(b, []byte(s)) {
			found = true
		}
		return nil
	})
	return found
}

// A valid personnummer in any column other than the personnummer's is refused, in every
// column, and no message, log row or stored value repeats it (finding 3 of the security
// review: "19800606-1058" was stored in cases and in import_skipped.reason).
func TestImportPersonnummerInOtherColumns(t *testing.T) {
	const pnr = "19800606-1058" // a valid date and Luhn digit
	const header = "Diarienummer;Personnummer;Nämnd;Insats;Beslutsdatum;Handläggare;Lagrum\n"
	good := "SN 2015/1;19010427-5391;Kil;öppenvård;2015-01-01;AB;SoL 4:1\n"
	for _, tc := range []struct{ field, row string }{
		{"diarienummer", pnr + ";19010427-5391;Kil;öppenvård;2015-01-01;AB;SoL 4:1\n"},
		{"intervention", "SN 2015/2;19010427-5391;Kil;öppenvård " + pnr + ";2015-01-01;AB;SoL 4:1\n"},
		{"case_officer", "SN 2015/2;19010427-5391;Kil;öppenvård;2015-01-01;" + pnr + ";SoL 4:1\n"},
		{"committee", "SN 2015/2;19010427-5391;" + pnr + ";öppenvård;2015-01-01;AB;SoL 4:1\n"},
		{"decision_date", "SN 2015/2;19010427-5391;Kil;öppenvård;" + pnr + ";AB;SoL 4:1\n"},
		{"legal_basis", "SN 2015/2;19010427-5391;Kil;öppenvård;2015-01-01;AB;8006061058\n"},
		{"case_officer", "SN 2015/2;19010427-5391;Kil;öppenvård;2015-01-01;800606 1058;SoL 4:1\n"},
	} {
		t.Run(tc.field, func(t *testing.T) {
			svc, st := newService(t)
			mustAudit(t, svc, "P")
			p := writeList(t, header+good+tc.row)
			// strict: the file is refused, and the message masks the number
			res, err := svc.ImportCaseLists(context.Background(), "P", []string{p}, review.ImportOptions{})
			if err != nil || res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Field != tc.field || res.Invalid[0].Code != "personnummer_in_field" || res.Invalid[0].Line != 3 {
				t.Fatalf("strict: %+v %v", res.Invalid, err)
			}
			if strings.Contains(res.Invalid[0].Reason, "1058") || !strings.Contains(res.Invalid[0].Reason, "****") {
				t.Fatalf("not masked: %s", res.Invalid[0].Reason)
			}
			// skip-invalid: the row is left out and logged without the number
			res, err = svc.ImportCaseLists(context.Background(), "P", []string{p}, review.ImportOptions{SkipInvalid: true})
			if err != nil || !res.Committed || res.Imported != 1 {
				t.Fatalf("skip: %+v %v", res, err)
			}
			a, _ := svc.AuditByName(context.Background(), "P")
			_, skipped, err := st.ImportHistory(context.Background(), a.ID)
			if err != nil || len(skipped) != 1 || strings.Contains(skipped[0].Reason, "1058") {
				t.Fatalf("log: %+v %v", skipped, err)
			}
			st.Close()
			for _, s := range []string{"19800606-1058", "800606-1058", "8006061058", "800606 1058"} {
				if rawContains(t, st.Dir(), s) {
					t.Fatalf("%s stored in the data directory", s)
				}
			}
		})
	}
}

func TestMaskPersonnummer(t *testing.T) {
	for in, want := range map[string]string{
		"19800606-1058":                  "19800606-****",
		"x 800606-1058 y":                "x 800606-**** y",
		"8006061058":                     "800606****",
		"198006061058 och 19010427-5391": "19800606**** och 19010427-****",
		"19800606-1059":                  "19800606-1059", // wrong check digit
		"19801306-1058":                  "19801306-1058", // month 13
		"SN 2015/123":                    "SN 2015/123",
		"2015-000318":                    "2015-000318",
		"1198006061058":                  "1198006061058", // part of a longer number
		"19800666-1050":                  "19800666-1050", // not a samordningsnummer either
		"19800666-1055":                  "19800666-****", // samordningsnummer (day 6 + 60)
	} {
		if got := review.MaskPersonnummer(in); got != want {
			t.Errorf("MaskPersonnummer(%q) = %q, want %q", in, got, want)
		}
	}
}

// Limits and hygiene (finding 5): a field over 1 KiB and a line over 64 KiB are errors with
// their line; C1 controls and bidi overrides are refused; one bad byte in a UTF-8 file is
// named by line and column instead of the file being read as Windows-1252.
func TestImportLimitsAndHygiene(t *testing.T) {
	const header = "Diarienummer;Personnummer;Nämnd;Insats;Beslutsdatum\n"
	good := "SN 2015/1;19010427-5391;Kil;öppenvård;2015-01-01\n"
	svc, _ := newService(t)
	n := 0
	imp := func(body string) review.ImportResult {
		t.Helper()
		n++
		audit := fmt.Sprint("L", n)
		mustAudit(t, svc, audit)
		res, err := svc.ImportCaseLists(context.Background(), audit, []string{writeList(t, body)}, review.ImportOptions{SkipInvalid: true})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	res := imp(header + good + "SN 2015/2;19010427-5391;Kil;" + strings.Repeat("ö", 600) + ";2015-01-01\n")
	if len(res.Invalid) != 1 || res.Invalid[0].Line != 3 || res.Invalid[0].Field != "intervention" || res.Invalid[0].Code != "field_too_long" {
		t.Fatalf("long field: %+v", res.Invalid)
	}
	// a 1 MiB line: refused with its line, whole file (it cannot be read on from there)
	res = imp(header + good + "SN 2015/3;19010427-5391;Kil;\"" + strings.Repeat("x", 1<<20) + "\";2015-01-01\n" + good)
	if res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Line != 3 || res.Invalid[0].Code != "line_too_long" {
		t.Fatalf("long line: %+v", res)
	}
	// a huge first line (no header within reach)
	res = imp(strings.Repeat("y", 100<<10) + "\n" + header + good)
	if res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Line != 1 || !strings.Contains(res.Invalid[0].Reason, "longer than 64 KiB") {
		t.Fatalf("long first line: %+v", res)
	}
	for name, v := range map[string]string{"c1": "SN 2015/\u009b4", "bidi": "SN 2015/\u202e4", "isolate": "SN\u2066 2015/4"} {
		res = imp(header + good + v + ";19010427-5391;Kil;öppenvård;2015-01-01\n")
		if len(res.Invalid) != 1 || res.Invalid[0].Field != "diarienummer" || res.Invalid[0].Line != 3 {
			t.Fatalf("%s: %+v", name, res.Invalid)
		}
	}
	// UTF-8 (å ä ö as UTF-8) with one Windows-1252 byte on line 4, column 14
	res = imp(header + good + "SN 2015/5;19010427-5391;Kil;öppenvård;2015-01-01\nSN 2015/6;190\xe410427-5391;Kil;öppenvård;2015-01-01\n")
	if res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Line != 4 || !strings.Contains(res.Invalid[0].Reason, "column 14") || !strings.Contains(res.Invalid[0].Reason, "0xE4") {
		t.Fatalf("bad byte: %+v", res.Invalid)
	}
	// the same byte far into a large file (beyond the first 64 KiB that detection looks at)
	var b strings.Builder
	b.WriteString(header)
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "SN 2014/%d;19010427-5391;Kil;öppenvård;2015-01-01\n", i)
	}
	b.WriteString("SN 2015/7;19010427-5391;K\xf6l;öppenvård;2015-01-01\n")
	res = imp(b.String())
	if res.Committed || len(res.Invalid) != 1 || res.Invalid[0].Line != 3002 || !strings.Contains(res.Invalid[0].Reason, "column 26") {
		t.Fatalf("bad byte far in: %+v", res.Invalid)
	}
	// a Windows-1252 file (no UTF-8 beyond ASCII) is still read as such
	res = imp("Diarienummer;Personnummer;N\xe4mnd;Insats;Beslutsdatum\nSN 2015/8;19010427-5391;Kil;\xf6ppenv\xe5rd;2015-01-01\n")
	if !res.Committed || res.Files[0].Encoding != "windows-1252" {
		t.Fatalf("cp1252: %+v", res)
	}
}
