package review_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"tillsyn/review"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
	"tillsyn/sampling"
)

var update = flag.Bool("update", false, "rewrite golden files")

func scopeRequest(seed string) review.DrawRequest {
	return review.DrawRequest{
		Params:      sampling.Params{Seed: seed, Reserves: 3, Allocation: sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: 6}},
		Filters:     review.FrameFilter{Interventions: []string{"Öppenvård", "institutionsvård"}, DecidedFrom: "2014-07-01", DecidedTo: "20150630", MinAge: 18},
		By:          "inspektör",
		ToolVersion: "test",
	}
}

func importFiles(t *testing.T, svc *review.Service, audit string, files ...string) {
	t.Helper()
	mustAudit(t, svc, audit)
	res, err := svc.ImportCaseLists(context.Background(), audit, files, review.ImportOptions{})
	if err != nil || !res.Committed {
		t.Fatalf("import: %+v %v", res.Invalid, err)
	}
}

func protocolOf(t *testing.T, svc *review.Service, audit string) review.Protocol {
	t.Helper()
	a, sm, err := svc.ActiveSample(context.Background(), audit)
	if err != nil {
		t.Fatal(err)
	}
	log, _ := svc.SampleLog(context.Background(), audit)
	return review.NewProtocol(a, sm, log)
}

// A golden sample and protocol: a Go or library upgrade that changes the draw fails here.
func TestSampleGolden(t *testing.T) {
	svc, _ := newService(t)
	importFiles(t, svc, "Värmland 2015", fixture("export_4_namnder_20150930.csv"))
	if _, err := svc.DrawSample(context.Background(), "Värmland 2015", scopeRequest("IVO-Värmland-2015")); err != nil {
		t.Fatal(err)
	}
	p := protocolOf(t, svc, "Värmland 2015")
	js, _ := json.MarshalIndent(p, "", "  ")
	var txt bytes.Buffer
	p.WriteText(&txt)
	for name, got := range map[string][]byte{"sample_protocol.json": js, "sample_protocol.txt": txt.Bytes()} {
		path := filepath.Join("testdata", name)
		if *update {
			os.MkdirAll("testdata", 0o755)
			os.WriteFile(path, got, 0o644)
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./review -run TestSampleGolden -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file: the draw or the protocol changed\n%s", name, firstDiff(string(got), string(want)))
		}
	}
	if diffs, err := svc.VerifySample(context.Background(), "Värmland 2015"); err != nil || len(diffs) != 0 {
		t.Fatalf("verify: %v %v", diffs, err)
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(al), len(bl))
}

// The same case list in another row order, or split over several files imported in another
// order, gives the identical sample.
func TestSampleIndependentOfRowOrderAndFiles(t *testing.T) {
	raw, err := os.ReadFile(fixture("export_4_namnder_20150930.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(raw), "\r\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	header, rows := lines[0], lines[1:]
	rng := rand.New(rand.NewPCG(7, 7))
	rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	dir := t.TempDir()
	shuffled := filepath.Join(dir, "shuffled.csv")
	os.WriteFile(shuffled, []byte(header+strings.Join(rows, "")), 0o600)
	var parts []string
	for i := 0; i < 3; i++ {
		p := filepath.Join(dir, fmt.Sprintf("part%d.csv", i))
		lo, hi := i*len(rows)/3, (i+1)*len(rows)/3
		os.WriteFile(p, []byte(header+strings.Join(rows[lo:hi], "")), 0o600)
		parts = append(parts, p)
	}
	ctx := context.Background()
	var got []string
	for i, files := range [][]string{{fixture("export_4_namnder_20150930.csv")}, {shuffled}, {parts[2], parts[0], parts[1]}} {
		svc, _ := newService(t)
		name := fmt.Sprint("A", i)
		if i == 2 { // three separate imports
			mustAudit(t, svc, name)
			for _, f := range files {
				if res, err := svc.ImportCaseLists(ctx, name, []string{f}, review.ImportOptions{}); err != nil || !res.Committed {
					t.Fatal(err, res.Invalid)
				}
			}
		} else {
			importFiles(t, svc, name, files...)
		}
		if _, err := svc.DrawSample(ctx, name, scopeRequest("seed-x")); err != nil {
			t.Fatal(err)
		}
		p := protocolOf(t, svc, name)
		js, _ := json.Marshal(struct {
			A any
			B any
			C any
		}{p.FrameSHA256, p.Strata, p.Items})
		got = append(got, string(js))
	}
	if got[0] != got[1] || got[0] != got[2] {
		t.Fatalf("samples differ:\n%s\n%s\n%s", got[0], got[1], got[2])
	}
}

func TestSampleFiltersHonoured(t *testing.T) {
	svc, st := newService(t)
	importFiles(t, svc, "F", fixture("export_4_namnder_20150930.csv"))
	ctx := context.Background()
	sm, err := svc.DrawSample(ctx, "F", scopeRequest("s"))
	if err != nil {
		t.Fatal(err)
	}
	// the frame size equals a count over the canonical rows with the same filter
	n := 0
	for _, r := range expectedRows(t) {
		if r.file == "export_4_namnder_20150930.csv" && (r.intervention == "öppenvård" || r.intervention == "institutionsvård") &&
			r.decided >= "2014-07-01" && r.decided <= "2015-06-30" && r.age >= 18 {
			n++
		}
	}
	if sm.FrameSize != n || n == 0 {
		t.Fatalf("frame of %d cases, want %d", sm.FrameSize, n)
	}
	_, r := st.DB()
	for _, it := range sm.Items {
		var iv, decided string
		var age int
		r.QueryRow("SELECT intervention, decision_date, age FROM cases WHERE id = $1", it.CaseID).Scan(&iv, &decided, &age)
		if iv != it.Intervention || (iv != "öppenvård" && iv != "institutionsvård") || decided < "2014-07-01" || decided > "2015-06-30" || age < 18 {
			t.Errorf("item %s outside the frame: %s %s %d", it.Diarienummer, iv, decided, age)
		}
	}
	// an empty frame is an error that says why
	req := scopeRequest("s")
	req.Filters.Interventions = []string{"familjehem"}
	req.Redraw = true
	if _, err := svc.DrawSample(ctx, "F", req); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Fatalf("empty frame: %v", err)
	}
}

func TestSampleReplaceRedrawVerify(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenWith(dir, storetest.Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey()})
	importFiles(t, svc, "R", fixture("export_4_namnder_20150930.csv"))
	ctx := context.Background()
	req := scopeRequest("r")
	req.Params.Reserves = 1
	sm, err := svc.DrawSample(ctx, "R", req)
	if err != nil {
		t.Fatal(err)
	}
	var sel, res []review.SampleItem
	for _, it := range sm.Items {
		if it.Committee == "Munkfors" {
			if it.Status == review.StatusSelected {
				sel = append(sel, it)
			} else {
				res = append(res, it)
			}
		}
	}
	if len(sel) != 6 || len(res) != 1 {
		t.Fatalf("Munkfors: %d selected %d reserves", len(sel), len(res))
	}
	if _, _, err := svc.ReplaceCase(ctx, "R", sel[0].Diarienummer, "Munkfors", " ", "x"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("replacement without reason: %v", err)
	}
	old, repl, err := svc.ReplaceCase(ctx, "R", strings.ReplaceAll(sel[0].Diarienummer, " ", "-"), "Socialnämnden Munkfors", "Akten kunde inte tas fram", "granskare")
	if err != nil || repl.Diarienummer != res[0].Diarienummer || old.Status != review.StatusReplaced {
		t.Fatalf("replace: %+v %+v %v", old, repl, err)
	}
	if _, _, err := svc.ReplaceCase(ctx, "R", sel[1].Diarienummer, "", "utanför granskningen", "granskare"); review.ErrorCodeOf(err) != review.EConflict || !strings.Contains(err.Error(), "no reserve left") {
		t.Fatalf("no reserve left: %v", err)
	}
	if _, _, err := svc.ReplaceCase(ctx, "R", sel[0].Diarienummer, "", "igen", "granskare"); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("replacing a replaced case: %v", err)
	}
	p := protocolOf(t, svc, "R")
	found := false
	for _, it := range p.Items {
		if it.Diarienummer == sel[0].Diarienummer && it.Committee == "Munkfors" {
			found = it.Status == "replaced" && it.ReplacedBy != nil && *it.ReplacedBy == res[0].Diarienummer && it.Reason != nil && *it.Reason == "Akten kunde inte tas fram"
		}
	}
	if !found {
		t.Fatal("the replaced case is not in the protocol with its reason")
	}
	var txt bytes.Buffer
	p.WriteText(&txt)
	if !strings.Contains(txt.String(), "REPLACEMENTS (1)") || !strings.Contains(txt.String(), "Akten kunde inte tas fram") {
		t.Fatal("text protocol lacks the replacement")
	}
	// verification still holds after a replacement (the draw did not change)
	if diffs, err := svc.VerifySample(ctx, "R"); err != nil || len(diffs) != 0 {
		t.Fatalf("verify after replace: %v %v", diffs, err)
	}
	// drawing again needs --redraw; the old draw stays in the log
	if _, err := svc.DrawSample(ctx, "R", req); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("second draw without redraw: %v", err)
	}
	req.Redraw = true
	req.Params.Seed = "r2"
	if _, err := svc.DrawSample(ctx, "R", req); err != nil {
		t.Fatal(err)
	}
	if log, _ := svc.SampleLog(ctx, "R"); len(log) != 1 || log[0].Seed != "r" || log[0].Superseded.IsZero() {
		t.Fatalf("log: %+v", log)
	}
	// the frame is frozen once sampled
	if _, err := svc.ImportCaseLists(ctx, "R", []string{fixture("dialect_b_utf8bom_comma_lf.csv")}, review.ImportOptions{}); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("import after sampling: %v", err)
	}
	// tampering with the stored sample is detected
	db := storetest.OtherDB(t, st)
	if _, err := db.Exec(`UPDATE sample_items SET stratum_rank = stratum_rank + 1 WHERE id = (SELECT max(id) FROM sample_items)`); err != nil {
		t.Fatal(err)
	}
	if diffs, err := svc.VerifySample(ctx, "R"); err != nil || len(diffs) != 1 {
		t.Fatalf("tampered sample verified: %v %v", diffs, err)
	}
}

func TestSampleOneCasePerPerson(t *testing.T) {
	svc, st := newService(t)
	// two cases of the same person in one committee
	p := filepath.Join(t.TempDir(), "p.csv")
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum\nA1;19010427-5391;Kil;öppenvård;2015-01-01\nA2;19010427-5391;Kil;öppenvård;2015-02-01\nA3;19000327-3943;Kil;öppenvård;2015-01-01\n"), 0o600)
	importFiles(t, svc, "P", p)
	req := scopeRequest("x")
	req.Filters = review.FrameFilter{}
	req.Params.Allocation.PerStratum = 3
	req.Params.OneCasePerPerson = true
	req.Params.Reserves = 0
	sm, err := svc.DrawSample(context.Background(), "P", req)
	if err != nil {
		t.Fatal(err)
	}
	persons := map[string]bool{}
	_, r := st.DB()
	for _, it := range sm.Items {
		var person string
		r.QueryRow("SELECT person FROM cases WHERE id = $1", it.CaseID).Scan(&person)
		if persons[person] {
			t.Fatalf("two cases of one person: %+v", sm.Items)
		}
		persons[person] = true
	}
	if len(sm.Items) != 2 {
		t.Fatalf("%d items, want 2 (two persons)", len(sm.Items))
	}
}
