package caselist

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// The follow-up columns of a self-audit's case list are read in every dialect, under each
// of the names the issue gives them.
func TestFollowUpColumnsEveryDialect(t *testing.T) {
	header := []string{"Nämnd", "Diarienummer", "Personnummer", "Insats", "Beslutsdatum", "Slutdatum", "Planerad uppföljning", "Uppföljning genomförd", "Avslutsorsak"}
	alt := []string{"Kommun", "Dnr", "Personnr", "Insatstyp", "Startdatum", "Avslutsdatum", "Uppföljningsdatum", "Uppföljning genomförd", "Avslutsorsak"}
	row := []string{"Karlshamn", "SN 2016/1", "19800606-1234", "öppenvård", "2016-01-10", "2016-06-01", "2016-04-10", "", "Avslutad enligt plan"}
	type dialect struct {
		name  string
		delim string
		eol   string
		enc   func(string) []byte
	}
	utf8 := func(s string) []byte { return []byte(s) }
	bom := func(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) }
	cp1252 := func(s string) []byte { b, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(s)); return b }
	utf16le := func(s string) []byte {
		var b bytes.Buffer
		b.Write([]byte{0xFF, 0xFE})
		for _, u := range utf16.Encode([]rune(s)) {
			binary.Write(&b, binary.LittleEndian, u)
		}
		return b.Bytes()
	}
	dialects := []dialect{
		{"utf8-comma-lf", ",", "\n", utf8},
		{"utf8bom-semicolon-crlf", ";", "\r\n", bom},
		{"cp1252-semicolon-cr", ";", "\r", cp1252},
		{"utf16-tab-crlf", "\t", "\r\n", utf16le},
	}
	for _, h := range [][]string{header, alt} {
		for _, d := range dialects {
			t.Run(d.name+"-"+h[0], func(t *testing.T) {
				text := strings.Join(h, d.delim) + d.eol + strings.Join(row, d.delim) + d.eol
				path := filepath.Join(t.TempDir(), "lista.csv")
				if err := os.WriteFile(path, d.enc(text), 0o600); err != nil {
					t.Fatal(err)
				}
				r, err := Open(path, Options{})
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				for _, f := range []Field{PlannedFollowUp, FollowUpDone, ClosingReason} {
					if r.Columns[f] < 0 {
						t.Errorf("no column for %s (header %v, unmapped %v)", f, r.Header, r.Unmapped)
					}
				}
				if len(r.Unmapped) > 0 {
					t.Errorf("unmapped: %v", r.Unmapped)
				}
				rec, err := r.Next()
				if err != nil {
					t.Fatal(err)
				}
				if rec.Values[PlannedFollowUp] != "2016-04-10" || rec.Values[FollowUpDone] != "" || rec.Values[ClosingReason] != "Avslutad enligt plan" || rec.Values[EndDate] != "2016-06-01" {
					t.Errorf("values = %q", rec.Values)
				}
				if _, err := r.Next(); err != io.EOF {
					t.Errorf("want EOF, got %v", err)
				}
			})
		}
	}
}

// A list without the follow-up columns still reads (they are optional), and ParseField
// knows their codes for --map.
func TestFollowUpColumnsOptional(t *testing.T) {
	for _, code := range []string{"planned_follow_up", "follow_up_done", "closing_reason"} {
		if _, err := ParseField(code); err != nil {
			t.Errorf("ParseField(%s): %v", code, err)
		}
	}
	if PlannedFollowUp.Required() || FollowUpDone.Required() || ClosingReason.Required() {
		t.Error("the follow-up columns must be optional")
	}
}
