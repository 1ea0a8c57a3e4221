package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"tillsyn/review"

	"tillsyn/review/letter"
)

// TestLettersAndRequestsCLI: letters per committee recorded with the SHA-256 of what was
// written, and `requests --json` against expectations worked out by hand from the draw
// (seed "lettertest", 2 per committee, 1 reserve: see the protocol) and the files delivered.
func TestLettersAndRequestsCLI(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	demo := filepath.Join("..", "..", "testdata", "demo")
	for _, args := range [][]string{
		{"audit", "create", "--data", data, "A"},
		{"import", "--data", data, "--audit", "A", filepath.Join(demo, "caselist.csv")},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, e)
		}
	}
	// before the sample: nothing to request
	if o, e, code := tillsyn(t, "requests", "--data", data, "--audit", "A", "--json"); code != 0 || strings.TrimSpace(o) != `{
  "audit": "A",
  "committees": []
}` {
		t.Fatalf("requests before the sample: %d %q %s", code, o, e)
	}
	if _, e, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--deadline", "2099-01-15", "--out", out, "--format", "html", "--base-url", "https://tillsyn.example.se"); code != 1 || !strings.Contains(e, "draw the sample") {
		t.Fatalf("letters before the sample: %d %s", code, e)
	}
	if _, e, code := tillsyn(t, "sample", "--data", data, "--audit", "A", "--seed", "lettertest", "--per-committee", "2", "--reserves", "1"); code != 0 {
		t.Fatalf("sample: %s", e)
	}
	// no letter yet: no deadline, never overdue
	o, _, _ := tillsyn(t, "requests", "--data", data, "--audit", "A", "--json", "--as-of", "2099-02-01")
	if !strings.Contains(compact(o), `{"committee":"Forshaga","deadline":null,"requested":2,"received":0,"missing":["SN 2015/111","SN 2015/509"],"overdue":false}`) {
		t.Fatalf("requests before letters:\n%s", o)
	}
	// usage and input errors
	if _, _, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--out", out); code != 2 {
		t.Fatalf("letters without --deadline: exit %d", code)
	}
	// letters carry the upload link: only with the public https address (no default)
	for _, base := range [][]string{{"--base-url", "http://tillsyn.example.se"}, {"--base-url", "https://"}} {
		args := append([]string{"letters", "--data", data, "--audit", "A", "--deadline", "2099-01-15", "--out", out, "--format", "html"}, base...)
		if _, e, code := tillsyn(t, args...); code != 2 || !strings.Contains(e, "--base-url") || !strings.Contains(e, "https://") {
			t.Fatalf("letters with %v: %d %s", base, code, e)
		}
	}
	if _, e, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--deadline", "2001-01-01", "--out", out, "--format", "html", "--base-url", "https://tillsyn.example.se"); code != 1 || !strings.Contains(e, "deadline") {
		t.Fatalf("letters with a past deadline: %d %s", code, e)
	}
	if _, e, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--deadline", "15/01/2099", "--out", out, "--format", "html", "--base-url", "https://tillsyn.example.se"); code != 1 || !strings.Contains(e, "deadline") {
		t.Fatalf("letters with a bad date: %d %s", code, e)
	}

	o, e, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--deadline", "2099-01-15", "--out", out, "--format", "html", "--base-url", "https://tillsyn.example.se/")
	if code != 0 {
		t.Fatalf("letters: %d %s", code, e)
	}
	lines := regexp.MustCompile(`(?m)^(\S+)\trequest\tdeadline 2099-01-15\tsha256 ([0-9a-f]{64})\t(\S+\.html)$`).FindAllStringSubmatch(o, -1)
	if len(lines) != 4 {
		t.Fatalf("want a letter per committee (4):\n%s", o)
	}
	for _, l := range lines {
		b, err := os.ReadFile(l[3])
		if err != nil {
			t.Fatal(err)
		}
		// the recorded SHA-256 is of the letter with its link left out
		link := regexp.MustCompile(`https://tillsyn\.example\.se/upload/[A-Za-z0-9_-]{43}`).FindString(string(b))
		if link == "" {
			t.Fatalf("%s: no upload link", l[3])
		}
		sum := sha256.Sum256(review.RecordedLetter(b, link))
		if hex.EncodeToString(sum[:]) != l[2] {
			t.Errorf("%s: the file's SHA-256 (link left out) is not the one recorded", l[3])
		}
		if fi, _ := os.Stat(l[3]); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v", l[3], fi.Mode())
		}
	}
	forshaga := readFile(t, lines[0][3])
	for _, want := range []string{"Socialnämnden i Forshaga", "SN 2015/509", "SN 2015/111", "Reservärenden", "SN 2015/306", "https://tillsyn.example.se/upload/", "15 januari 2099", "Begäran om handlingar"} {
		if !strings.Contains(forshaga, want) {
			t.Errorf("the Forshaga letter lacks %q", want)
		}
	}
	if strings.Contains(forshaga, "SN 2014/384") {
		t.Error("the Forshaga letter names a Munkfors case")
	}

	// files arrive: both Hammarö cases, one of Forshaga's, and for Säffle only a file that is
	// not a PDF (not received)
	in := t.TempDir()
	for _, f := range []string{"forshaga_SN-2015-509", "hammaro_SON-2014-475", "hammaro_SON-2014-709"} {
		if err := os.CopyFS(filepath.Join(in, f), os.DirFS(filepath.Join(demo, "casefiles", f))); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(filepath.Join(in, "saffle_SN-2014-0685"), 0o700)
	os.WriteFile(filepath.Join(in, "saffle_SN-2014-0685", "akt.docx"), []byte("PK\x03\x04 not a pdf"), 0o600)
	if _, e, code := tillsyn(t, "ingest", "--data", data, "--audit", "A", "--review-date", "2015-10-01", in); code != 0 {
		t.Fatalf("ingest: %d %s", code, e)
	}
	want := `{"audit":"A","committees":[` +
		`{"committee":"Forshaga","deadline":"2099-01-15","requested":2,"received":1,"missing":["SN 2015/111"],"overdue":true},` +
		`{"committee":"Hammarö","deadline":"2099-01-15","requested":2,"received":2,"missing":[],"overdue":false},` +
		`{"committee":"Munkfors","deadline":"2099-01-15","requested":2,"received":0,"missing":["SN 2014/384","SN 2014/430"],"overdue":true},` +
		`{"committee":"Säffle","deadline":"2099-01-15","requested":2,"received":0,"missing":["SN 2014/0685","SN 2015/0174"],"overdue":true}]}`
	o, e, code = tillsyn(t, "requests", "--data", data, "--audit", "A", "--json", "--as-of", "2099-02-01")
	if code != 0 || compact(o) != want {
		t.Fatalf("requests --json after the deadline: %d %s\n got %s\nwant %s", code, e, compact(o), want)
	}
	// on the deadline itself nothing is overdue yet
	o, _, _ = tillsyn(t, "requests", "--data", data, "--audit", "A", "--json", "--as-of", "2099-01-15")
	if strings.Contains(o, `"overdue": true`) {
		t.Fatalf("overdue on the deadline day:\n%s", o)
	}
	o, _, _ = tillsyn(t, "requests", "--data", data, "--audit", "A", "--as-of", "2099-02-01")
	for _, w := range []string{`Hammarö\s+2099-01-15\s+2\s+2\s+complete`, `Munkfors\s+2099-01-15\s+2\s+0\s+SN 2014/384, SN 2014/430\s+OVERDUE`, `--reminder`} {
		if !regexp.MustCompile(w).MatchString(o) {
			t.Errorf("requests text lacks %q:\n%s", w, o)
		}
	}

	// a reminder goes to the three committees missing files, naming only what is missing
	o, e, code = tillsyn(t, "letters", "--data", data, "--audit", "A", "--reminder", "--deadline", "2099-02-15", "--out", out, "--format", "html", "--base-url", "https://tillsyn.example.se")
	if code != 0 {
		t.Fatalf("reminder: %d %s", code, e)
	}
	rem := regexp.MustCompile(`(?m)^(\S+)\treminder\tdeadline 2099-02-15\tsha256 [0-9a-f]{64}\t(\S+\.html)$`).FindAllStringSubmatch(o, -1)
	if len(rem) != 3 || rem[0][1] != "Forshaga" || rem[1][1] != "Munkfors" || rem[2][1] != "Säffle" {
		t.Fatalf("reminders: %s", o)
	}
	r := readFile(t, rem[0][2])
	if !strings.Contains(r, "SN 2015/111") || strings.Contains(r, "SN 2015/509") || !strings.Contains(r, "Påminnelse") {
		t.Errorf("the Forshaga reminder must name SN 2015/111 only:\n%s", r)
	}
	if _, e, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--reminder", "--committee", "Hammarö", "--deadline", "2099-02-15", "--out", out, "--format", "html", "--base-url", "https://tillsyn.example.se"); code != 1 || !strings.Contains(e, "no reminder needed") {
		t.Fatalf("a reminder to a committee that delivered: %d %s", code, e)
	}
	o, _, _ = tillsyn(t, "requests", "--data", data, "--audit", "A", "--json", "--as-of", "2099-02-01")
	if !strings.Contains(compact(o), `{"committee":"Forshaga","deadline":"2099-02-15","requested":2,"received":1,"missing":["SN 2015/111"],"overdue":false}`) {
		t.Fatalf("the reminder's deadline is the committee's deadline now:\n%s", o)
	}
	// every letter is in the trail, by hash, without a diarienummer
	o, _, _ = tillsyn(t, "trail", "show", "--data", data, "--audit", "A", "--json")
	if n := strings.Count(o, `"request.letter"`); n != 7 {
		t.Errorf("%d letter events in the trail, want 7", n)
	}
	if strings.Contains(o, "SN 2015") {
		t.Error("the trail names a diarienummer")
	}
	// the PDF, printed by chromium (where there is one; CI has it)
	if _, err := letter.Chromium(); err == nil || os.Getenv("CI") == "true" {
		pdfOut := t.TempDir()
		o, e, code := tillsyn(t, "letters", "--data", data, "--audit", "A", "--committee", "Munkfors", "--deadline", "2099-03-01", "--out", pdfOut, "--base-url", "https://tillsyn.example.se")
		m := regexp.MustCompile(`(\S+\.pdf)`).FindStringSubmatch(o)
		if code != 0 || m == nil || !strings.HasPrefix(readFile(t, m[1]), "%PDF-") {
			t.Fatalf("letters with PDF: %d %s\n%s", code, e, o)
		}
	}
	// gallring empties the letters (they list diarienummer) and keeps their records
	if _, e, code := tillsyn(t, "gallra", "--data", data, "--audit", "A", "--reason", "Bevarandetiden har löpt ut"); code != 0 {
		t.Fatalf("gallra: %s", e)
	}
	db := openDB(t, data)
	defer db.Close()
	var letters, withText int
	if err := db.QueryRow(`SELECT count(*), count(CASE WHEN content <> '' THEN 1 END) FROM request_letters`).Scan(&letters, &withText); err != nil || letters < 7 || withText != 0 {
		t.Fatalf("after gallring: %d letters, %d with their text (%v)", letters, withText, err)
	}
	if o, e, code := tillsyn(t, "trail", "verify", "--data", data); code != 0 {
		t.Fatalf("trail verify: %s %s", o, e)
	}
}

// compact removes the JSON encoder's indentation.
func compact(s string) string {
	var b strings.Builder
	inString := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' && (i == 0 || s[i-1] != '\\') {
			inString = !inString
		}
		if !inString && (c == ' ' || c == '\n' || c == '\t') {
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// The command as written, without --base-url: letters that ask for the files by
// post, with no upload link issued (and none revoked), recorded like the others.
func TestLettersByPostWithoutBaseURL(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	demo := filepath.Join("..", "..", "testdata", "demo")
	for _, args := range [][]string{
		{"audit", "create", "--data", data, "A"},
		{"import", "--data", data, "--audit", "A", filepath.Join(demo, "caselist.csv")},
		{"sample", "--data", data, "--audit", "A", "--seed", "post", "--per-committee", "2"},
		{"letters", "--data", data, "--audit", "A", "--deadline", "2099-01-15", "--out", out, "--format", "html"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, e)
		}
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.html"))
	if len(files) != 4 {
		t.Fatalf("%d letters written, want one per sampled committee (4)", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "/upload/") || strings.Contains(string(b), "ladda upp") || !strings.Contains(string(b), "<strong>Med post</strong>") {
			t.Fatalf("%s: a letter without --base-url must ask for post only", f)
		}
	}
	o, e, code := tillsyn(t, "requests", "--data", data, "--audit", "A", "--json")
	if code != 0 || !strings.Contains(compact(o), `"deadline":"2099-01-15"`) {
		t.Fatalf("the letters are not recorded: %d %s %s", code, o, e)
	}
}
