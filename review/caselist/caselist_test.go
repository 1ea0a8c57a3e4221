package caselist

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDialects(t *testing.T) {
	cases := []struct {
		file       string
		encoding   string
		delim      rune
		lineEnding string
		header     int
		unmapped   []string
		rows       int
	}{
		{"export_4_namnder_20150930.csv", "windows-1252", ';', "CRLF", 1, nil, 1660},
		{"dirty_del1_2013.csv", "windows-1252", ';', "mixed", 1, []string{"Kommentar"}, 1204},
		{"dialect_b_utf8bom_comma_lf.csv", "utf-8-bom", ',', "LF", 1, []string{"Note"}, 40},
		{"dialect_c_utf8_tab_crlf.csv", "utf-8", '\t', "CRLF", 1, nil, 40},
		{"dialect_d_cp1252_semicolon_cr.csv", "windows-1252", ';', "CR", 2, []string{"Kommentar"}, 40},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r, err := Open(filepath.Join("..", "..", "testdata", "caselists", c.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			d := r.Dialect
			if d.Encoding != c.encoding || d.Delimiter != c.delim || d.LineEnding != c.lineEnding || d.HeaderLine != c.header {
				t.Errorf("dialect = %+v, want %s %q %s header %d", d, c.encoding, c.delim, c.lineEnding, c.header)
			}
			if strings.Join(r.Unmapped, ",") != strings.Join(c.unmapped, ",") {
				t.Errorf("unmapped = %v, want %v", r.Unmapped, c.unmapped)
			}
			for f := Field(0); f < PlannedFollowUp; f++ { // the follow-up columns are optional
				if r.Columns[f] < 0 {
					t.Errorf("no column for %s", f)
				}
			}
			n := 0
			for {
				rec, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				n++
				if n == 1 && rec.Err == nil && (rec.Values[Diarienummer] != "SN 2014/81" && rec.Values[Diarienummer] != "SN 2013/18") {
					t.Errorf("first row diarienummer = %q", rec.Values[Diarienummer])
				}
			}
			if n != c.rows {
				t.Errorf("%d records, want %d", n, c.rows)
			}
		})
	}
}

func TestTrickyValues(t *testing.T) {
	// lines from dirty_del1_2013.bad.json's valid_tricky list
	r, err := Open(filepath.Join("..", "..", "testdata", "caselists", "dirty_del1_2013.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	want := map[int][2]int{323: {323, 324}, 414: {414, 415}, 492: {492, 493}, 729: {729, 729}}
	officer := map[int]string{729: "MN", 867: "HI", 970: "MG"}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if w, ok := want[rec.Line]; ok {
			if rec.EndLine != w[1] || rec.Err != nil {
				t.Errorf("line %d: end %d err %v, want end %d", rec.Line, rec.EndLine, rec.Err, w[1])
			}
			delete(want, rec.Line)
		}
		if o, ok := officer[rec.Line]; ok && rec.Values[CaseOfficer] != o {
			t.Errorf("line %d: case officer %q, want %q", rec.Line, rec.Values[CaseOfficer], o)
		}
	}
	if len(want) > 0 {
		t.Errorf("records not seen: %v", want)
	}
}

func TestMapOverride(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.csv")
	os.WriteFile(p, []byte("Ärende-ID;Enhet;Id-nummer;Vad;Datum\nA 1;Arvika;19010427-5391;öppenvård;2015-01-01\n"), 0o600)
	if _, err := Open(p, Options{}); err == nil {
		t.Fatal("a header without known names was accepted")
	}
	r, err := Open(p, Options{Map: map[Field]string{Diarienummer: "ärende-id", Committee: "ENHET", Personnummer: "Id-nummer", Intervention: "Vad", DecisionDate: "datum"}})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil || rec.Values[Diarienummer] != "A 1" || rec.Values[Committee] != "Arvika" || rec.Values[DecisionDate] != "2015-01-01" {
		t.Fatalf("got %+v %v", rec, err)
	}
	_, err = Open(p, Options{Map: map[Field]string{Diarienummer: "Ärende-ID", Committee: "Enhet", Personnummer: "Nope"}})
	if err == nil || !strings.Contains(err.Error(), "Nope") {
		t.Fatalf("a --map to a missing header gave %v", err)
	}
}

func TestMissingRequiredColumn(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.csv")
	os.WriteFile(p, []byte("Diarienummer;Nämnd;Insats\nA;Arvika;x\n"), 0o600)
	_, err := Open(p, Options{})
	fe, ok := err.(*FileError)
	if !ok || fe.Line != 1 || !strings.Contains(fe.Field, "personnummer") || !strings.Contains(fe.Field, "decision_date") {
		t.Fatalf("err = %v", err)
	}
}

// FuzzCaseList: the parser never panics, and every physical line after the header is part of
// a record, a reported row error, or a blank line.
func FuzzCaseList(f *testing.F) {
	for _, name := range []string{"dialect_b_utf8bom_comma_lf.csv", "dialect_c_utf8_tab_crlf.csv", "dialect_d_cp1252_semicolon_cr.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "caselists", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:min(len(b), 600)])
	}
	f.Add([]byte("Diarienummer;Personnummer;Nämnd;Insats;Beslutsdatum\n\"a;b\";\"x\"\"y\";\"\n\";q;r\n\n  \nA;B;C;D;E;F\r\nx\"y;1;2;3;4\n"))
	f.Add([]byte("Dnr,Pnr,Kommun,Insats,Beslutsdatum\r\r\na,b,c,d,e\r\"unterminated,"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "f.csv")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		r, err := Open(p, Options{})
		if err != nil {
			return // a file-level error is reported as such
		}
		defer r.Close()
		covered := map[int]bool{}
		for _, l := range r.Preamble() {
			covered[l] = true
		}
		covered[r.Dialect.HeaderLine] = true
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				return // I/O or decoding error: reported by the caller
			}
			if rec.Line < 1 || rec.EndLine < rec.Line {
				t.Fatalf("bad line range %d-%d", rec.Line, rec.EndLine)
			}
			for l := rec.Line; l <= rec.EndLine; l++ {
				covered[l] = true
			}
		}
		for _, l := range r.BlankLines() {
			covered[l] = true
		}
		lines := physicalLines(data, r.Dialect.Encoding)
		for l := r.Dialect.HeaderLine + 1; l <= lines; l++ {
			if !covered[l] {
				t.Fatalf("line %d of %d neither read nor reported (dialect %+v)\n%q", l, lines, r.Dialect, data)
			}
		}
	})
}

// physicalLines counts lines the way the reader does: CRLF, LF or a lone CR end a line; a
// last line without a line end counts.
func physicalLines(b []byte, enc string) int {
	if strings.HasPrefix(enc, "utf-16") {
		return 0 // not counted here
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	n := bytes.Count(b, []byte("\n"))
	if len(b) > 0 && b[len(b)-1] != '\n' {
		n++
	}
	return n
}

// Header names the synonyms do not list are mapped by a field's stem when they name exactly
// one field; a name that names two, or is about a field ("Handläggarens kommentar"), or only
// looks like one ("Förälder" is not "ålder"), is left alone.
func TestHeaderStems(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.csv")
	os.WriteFile(p, []byte("Ärendets diarienummer;Socialnämnd;Personnummer;Beviljad insats;Beslutsdatum (senaste);Ålder (år);Insats startdatum;Handläggarens kommentar;Förälder\nA;Kil;19010427-5391;öppenvård;2015-01-01;50;2015-01-02;x;y\n"), 0o600)
	r, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Columns[Diarienummer] != 0 || r.Columns[Intervention] != 3 || r.Columns[DecisionDate] != 4 || r.Columns[Age] != 5 || r.Columns[CaseOfficer] != -1 {
		t.Fatalf("columns %v", r.Columns)
	}
	if strings.Join(r.Unmapped, ",") != "Insats startdatum,Handläggarens kommentar,Förälder" || len(r.Guessed) != 4 {
		t.Fatalf("unmapped %v guessed %v", r.Unmapped, r.Guessed)
	}
	// a header naming two fields is not guessed: the decision date must be named with --map
	os.WriteFile(p, []byte("Dnr;Nämnd;Pnr;Insats;Beslutsdatum insats\nA;Kil;19010427-5391;öppenvård;2015-01-01\n"), 0o600)
	if _, err := Open(p, Options{}); err == nil || !strings.Contains(err.Error(), "decision_date") {
		t.Fatalf("ambiguous header: %v", err)
	}
}
