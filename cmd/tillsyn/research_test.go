package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The 16 committees of Värmland, as in IVO's 2015 supervision.
var varmland = []string{"Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad",
	"Kil", "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng"}

var researchCriteria = []string{"needs_assessment", "planning", "follow_up", "assignment_description"}

// luhnPnr makes a valid 12-digit personnummer from a birth date and a three-digit serial.
func luhnPnr(date string, serial int) string {
	body := date[2:] + fmt.Sprintf("%03d", serial)
	sum := 0
	for i, r := range body {
		d := int(r - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return date + "-" + fmt.Sprintf("%03d%d", serial, (10-sum%10)%10)
}

// researchCase is a sampled case with the truth of its verdicts, as the test wrote them.
type researchCase struct {
	committee, dnr, intervention string
	ci, item                     int // committee index, rank within the committee's sample
	year                         int
	verdicts                     map[string]string
}

// frameSize of committee i in researchAudit: 12 + 6i cases, so that committees differ in
// size and weighting matters.
func frameSize(i int) int { return 12 + 6*i }

// researchAudit creates an audit over the 16 committees (frame 12 + 6i cases each, every
// third case institutionsvård, decisions alternating 2014 and 2015), draws 10 per committee
// and imports a final verdict for every sampled case from verdict(committee index, rank,
// criterion). It returns the sampled cases with their verdicts.
func researchAudit(t *testing.T, data, name string, verdict func(ci, item int, crit string) string) []researchCase {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Nämnd;Diarienummer;Personnummer;Insats;Beslutsdatum\n")
	interv := map[string]string{}
	year := map[string]int{}
	serial := 0
	for i, c := range varmland {
		for j := range frameSize(i) {
			serial++
			dnr := fmt.Sprintf("SN %d/%d", 2000+i, j+1)
			iv := "öppenvård"
			if j%3 == 0 {
				iv = "institutionsvård"
			}
			y := 2014 + j%2
			interv[c+"|"+dnr], year[c+"|"+dnr] = iv, y
			fmt.Fprintf(&b, "Socialnämnden %s;%s;%s;%s;%d-03-01\n", c, dnr, luhnPnr(fmt.Sprintf("19%02d0101", 40+serial%50), serial%1000), iv, y)
		}
	}
	list := filepath.Join(dir, "cases.csv")
	os.WriteFile(list, []byte(b.String()), 0o600)
	for _, args := range [][]string{
		{"audit", "create", "--data", data, name},
		{"import", "--data", data, "--audit", name, list},
		{"sample", "--data", data, "--audit", name, "--seed", "seed-" + name, "--per-committee", "10"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	out, e, code := tillsyn(t, "sample", "protocol", "--data", data, "--audit", name, "--format", "json")
	if code != 0 {
		t.Fatal(e)
	}
	var proto struct {
		Items []struct {
			Committee, Diarienummer, Status string
			StratumRank                     int `json:"stratum_rank"`
		}
	}
	if err := json.Unmarshal([]byte(out), &proto); err != nil {
		t.Fatal(err)
	}
	index := map[string]int{}
	for i, c := range varmland {
		index[c] = i
	}
	var cases []researchCase
	var s strings.Builder
	s.WriteString("committee;diarienummer;reviewer;criterion;verdict;comment\n")
	for _, it := range proto.Items {
		if it.Status != "selected" {
			continue
		}
		rc := researchCase{committee: it.Committee, dnr: it.Diarienummer, ci: index[it.Committee], item: it.StratumRank - 1,
			intervention: interv[it.Committee+"|"+it.Diarienummer], year: year[it.Committee+"|"+it.Diarienummer], verdicts: map[string]string{}}
		for _, crit := range researchCriteria {
			v := verdict(rc.ci, rc.item, crit)
			rc.verdicts[crit] = v
			fmt.Fprintf(&s, "%s;%s;A;%s;%s;motiverat\n", rc.committee, rc.dnr, crit, v)
		}
		cases = append(cases, rc)
	}
	if len(cases) != 160 {
		t.Fatalf("%d sampled cases, want 160", len(cases))
	}
	sc := filepath.Join(dir, "scores.csv")
	os.WriteFile(sc, []byte(s.String()), 0o600)
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", name, sc); code != 0 {
		t.Fatal(e)
	}
	return cases
}

type exportRow struct {
	Audit                string
	Year                 *int
	Committee, Criterion string
	FilesReviewed        *int `json:"files_reviewed"`
	Yes, Partly, No      *int
	NotApplicable        *int     `json:"not_applicable"`
	ShareLacking         *float64 `json:"share_lacking"`
	CILow                *float64 `json:"ci_low"`
	CIHigh               *float64 `json:"ci_high"`
	Suppressed           bool
	Level, Intervention  string
	Committees           int // null (hidden) reads as 0
}

func exportJSON(t *testing.T, args ...string) []exportRow {
	t.Helper()
	out, e, code := tillsyn(t, append([]string{"export", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("export %v: exit %d %s", args, code, e)
	}
	var rows []exportRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return rows
}

// sampleVerdicts: needs_assessment "nej" in i%3 files of committee i (0, 1 or 2: hidden per
// committee, 15 in all); planning "delvis" in one file of every committee but each fourth
// (12); follow_up "nej" in files 0–2 of every committee (3 per committee, 48) and "ej
// tillämpligt" in file 9 of committees 0–5 (6); assignment_description "ja" everywhere.
func sampleVerdicts(ci, item int, crit string) string {
	switch crit {
	case "needs_assessment":
		if item < ci%3 {
			return "nej"
		}
	case "planning":
		if ci%4 != 3 && item == 4 {
			return "delvis"
		}
	case "follow_up":
		if item < 3 {
			return "nej"
		}
		if item == 9 && ci < 6 {
			return "ej tillämpligt"
		}
	}
	return "ja"
}

func TestExportLevels(t *testing.T) {
	data := t.TempDir()
	cases := researchAudit(t, data, "V", sampleVerdicts)

	// committee level: today's export, almost everything hidden at K = 5
	com := exportJSON(t, "--data", data, "--audit", "V")
	if len(com) != 64 {
		t.Fatalf("%d committee rows, want 64", len(com))
	}
	hidden := 0
	for _, r := range com {
		if r.Level != "committee" || r.Committees != 1 || r.Intervention != "" {
			t.Fatalf("committee row %+v", r)
		}
		if r.Suppressed {
			hidden++
		}
	}
	if hidden < 32 {
		t.Fatalf("only %d of 64 committee rows suppressed; the fixture should hide most", hidden)
	}

	// audit level: every criterion published, counts the sums over the committees
	aud := exportJSON(t, "--data", data, "--audit", "V", "--level", "audit")
	if len(aud) != 4 {
		t.Fatalf("%d audit rows, want 4: %+v", len(aud), aud)
	}
	for _, r := range aud {
		if r.Suppressed || r.Level != "audit" || r.Committee != "" || r.Committees != 16 || r.FilesReviewed == nil || *r.FilesReviewed != 160 {
			t.Fatalf("audit row not fully published: %+v", r)
		}
		want := [4]int{}
		for _, c := range cases {
			want[category(c.verdicts[r.Criterion])]++
		}
		got := [4]int{*r.Yes, *r.Partly, *r.No, *r.NotApplicable}
		if got != want {
			t.Errorf("%s: counts %v, want the sums %v", r.Criterion, got, want)
		}
		// the weighted share, by hand: each file of committee i stands for N_i/10 cases
		var x, a float64
		for _, c := range cases {
			w := float64(frameSize(c.ci)) / 10
			switch category(c.verdicts[r.Criterion]) {
			case 1, 2:
				x += w
				a += w
			case 0:
				a += w
			}
		}
		p := math.Round(x/a*1e4) / 1e4
		if r.ShareLacking == nil || *r.ShareLacking != p {
			t.Errorf("%s: weighted share %v, want %v by hand", r.Criterion, r.ShareLacking, p)
		}
		if r.CILow == nil || r.CIHigh == nil || *r.CILow > p || *r.CIHigh < p || (p > 0 && *r.CILow == p) {
			t.Errorf("%s: interval %v–%v around %v", r.Criterion, r.CILow, r.CIHigh, p)
		}
	}
	// the follow-up share differs weighted and unweighted (the n/a files sit in small committees)
	for _, r := range aud {
		if r.Criterion == "follow_up" {
			unweighted := float64(*r.Partly+*r.No) / float64(*r.FilesReviewed-*r.NotApplicable)
			if math.Abs(unweighted-*r.ShareLacking) < 1e-4 {
				t.Errorf("follow_up: weighted share %v equals the unweighted %v; the fixture should tell them apart", *r.ShareLacking, unweighted)
			}
		}
	}

	// intervention level (in a data directory of its own: after the audit level it would be
	// refused, its hidden institutionsvård planning row being the audit's minus öppenvård's):
	// one row per intervention type and criterion, summing to the audit
	data2 := t.TempDir()
	researchAudit(t, data2, "V", sampleVerdicts)
	iv := exportJSON(t, "--data", data2, "--audit", "V", "--level", "intervention")
	sums := map[string]int{}
	for _, r := range iv {
		if r.Level != "intervention" || r.Committee != "" || (r.Intervention != "öppenvård" && r.Intervention != "institutionsvård") {
			t.Fatalf("intervention row %+v", r)
		}
		if r.FilesReviewed != nil && r.Criterion == "planning" {
			sums["files"] += *r.FilesReviewed
		}
		want := [4]int{}
		for _, c := range cases {
			if c.intervention == r.Intervention {
				want[category(c.verdicts[r.Criterion])]++
			}
		}
		if !r.Suppressed && [4]int{*r.Yes, *r.Partly, *r.No, *r.NotApplicable} != want {
			t.Errorf("%s %s: %v, want %v", r.Intervention, r.Criterion, []int{*r.Yes, *r.Partly, *r.No, *r.NotApplicable}, want)
		}
	}
	if len(iv) != 8 || sums["files"] != 160 {
		t.Fatalf("%d intervention rows with %d files, want 8 with 160", len(iv), sums["files"])
	}

	// by year: the decision years, 2014 and 2015
	data3 := t.TempDir()
	researchAudit(t, data3, "V", sampleVerdicts)
	by := exportJSON(t, "--data", data3, "--audit", "V", "--level", "audit", "--by-year")
	years := map[int]int{}
	for _, r := range by {
		if r.Year == nil || r.FilesReviewed == nil {
			t.Fatalf("by-year row %+v", r)
		}
		if r.Criterion == "planning" {
			years[*r.Year] += *r.FilesReviewed
		}
	}
	n2014 := 0
	for _, c := range cases {
		if c.year == 2014 {
			n2014++
		}
	}
	if len(years) != 2 || years[2014] != n2014 || years[2015] != 160-n2014 {
		t.Fatalf("files by year %v, want 2014: %d, 2015: %d", years, n2014, 160-n2014)
	}

	// the codebook travels with the file, in text and JSON
	out := filepath.Join(t.TempDir(), "v.csv")
	if _, e, code := tillsyn(t, "export", "--data", data, "--audit", "V", "--level", "audit", "--out", out); code != 0 {
		t.Fatal(e)
	}
	csv, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(csv), "audit,year,committee,criterion,files_reviewed,yes,partly,no,not_applicable,share_lacking,ci_low,ci_high,suppressed,level,intervention,committees\r\n") {
		t.Fatalf("CSV header: %q", strings.SplitN(string(csv), "\n", 2)[0])
	}
	var cb struct {
		Columns     []struct{ Name, Type string }
		Suppression map[string]any
	}
	b, err := os.ReadFile(out + ".codebook.json")
	if err != nil || json.Unmarshal(b, &cb) != nil || len(cb.Columns) != 16 || cb.Suppression["threshold_k"] != float64(5) {
		t.Fatalf("JSON codebook: %v %s", err, b)
	}
	if txt, err := os.ReadFile(out + ".codebook.txt"); err != nil || !strings.Contains(string(txt), "level audit") {
		t.Fatalf("text codebook: %v %s", err, txt)
	}
}

func category(v string) int {
	return map[string]int{"ja": 0, "delvis": 1, "nej": 2, "ej tillämpligt": 3}[v]
}

// An audit where one committee's small count sits next to published ones: the committee
// export hides Arvika's planning row (2 of 10 lacking), the audit row publishes 12; either
// order of the two exports would give Arvika's 2 by difference, so the second is refused,
// naming the cell, and is not recorded.
func differencingVerdicts(ci, item int, crit string) string {
	if crit == "planning" && (ci == 0 && item < 2 || (ci == 1 || ci == 2) && item < 5) {
		return "nej"
	}
	return "ja"
}

func TestExportDifferencingRefused(t *testing.T) {
	for _, order := range [][2]string{{"committee", "audit"}, {"audit", "committee"}} {
		t.Run(order[0]+"_then_"+order[1], func(t *testing.T) {
			data := t.TempDir()
			researchAudit(t, data, "V", differencingVerdicts)
			first := exportJSON(t, "--data", data, "--audit", "V", "--level", order[0])
			if len(first) == 0 {
				t.Fatal("no rows")
			}
			// the same export again is fine: it reveals nothing new
			exportJSON(t, "--data", data, "--audit", "V", "--level", order[0])
			var n0 int
			countExports(t, data, &n0)
			out, e, code := tillsyn(t, "export", "--data", data, "--audit", "V", "--level", order[1], "--format", "json")
			if code != 1 || out != "" {
				t.Fatalf("second export (%s after %s): exit %d, output %q; want it refused", order[1], order[0], code, out)
			}
			for _, want := range []string{"nämnd Arvika", "Planering (planning)", "Planering (planning): nej", "nekas"} {
				if !strings.Contains(e, want) {
					t.Errorf("refusal does not say %q: %s", want, e)
				}
			}
			var n1 int
			countExports(t, data, &n1)
			if n1 != n0 {
				t.Fatalf("a refused export was recorded (%d -> %d)", n0, n1)
			}
			if order[0] == "committee" {
				// a stricter K publishes nothing new: allowed
				exportJSON(t, "--data", data, "--audit", "V", "--level", "committee", "--min-cell", "6")
				// the intervention rows sum to the audit's 12: Arvika's 2 again
				if _, e, code := tillsyn(t, "export", "--data", data, "--audit", "V", "--level", "intervention"); code != 1 || !strings.Contains(e, "nämnd Arvika, Planering (planning): nej") || strings.Contains(e, "nej = ") {
					t.Fatalf("intervention after committee: exit %d %s", code, e)
				}
				// and splitting committees by year is not: Arvika's 4 files of 2014 (hidden,
				// fewer than K) are its 10 minus its 6 of 2015
				_, e, code := tillsyn(t, "export", "--data", data, "--audit", "V", "--level", "committee", "--by-year")
				if code != 1 || !strings.Contains(e, "nämnd Arvika, år 2014, Behovsbedömning (needs_assessment): granskade akter") || strings.Contains(e, "= 4") {
					t.Fatalf("committee by year after committee: exit %d %s", code, e)
				}
			}
		})
	}
}

// Several audits in one file: one row per audit at level audit, one pooled row at level all,
// whose counts are the sums of the audits'.
func TestExportPoolsAudits(t *testing.T) {
	data := t.TempDir()
	a := researchAudit(t, data, "V2015", sampleVerdicts)
	b := researchAudit(t, data, "V2016", func(ci, item int, crit string) string {
		if crit == "follow_up" && item < 5 {
			return "nej"
		}
		return "ja"
	})
	per := exportJSON(t, "--data", data, "--audit", "V2015", "--audit", "V2016", "--level", "audit")
	if len(per) != 8 || per[0].Audit != "V2015" || per[4].Audit != "V2016" {
		t.Fatalf("per-audit rows: %+v", per)
	}
	all := exportJSON(t, "--data", data, "--audit", "V2015", "--audit", "V2016", "--level", "all")
	if len(all) != 4 {
		t.Fatalf("%d rows at level all, want 4", len(all))
	}
	for _, r := range all {
		if r.Audit != "V2015 + V2016" || r.Committees != 32 || r.Level != "all" || *r.FilesReviewed != 320 {
			t.Fatalf("all row %+v", r)
		}
		want := [4]int{}
		for _, c := range append(append([]researchCase{}, a...), b...) {
			want[category(c.verdicts[r.Criterion])]++
		}
		if r.Suppressed || [4]int{*r.Yes, *r.Partly, *r.No, *r.NotApplicable} != want {
			t.Errorf("%s: %+v, want %v", r.Criterion, r, want)
		}
	}
	if _, _, code := tillsyn(t, "export", "--data", data, "--audit", "V2015", "--level", "region"); code != 2 {
		t.Fatal("--level region accepted")
	}
	// one log entry per audit of a pooled export, each in the trail
	var n int
	countExports(t, data, &n)
	if n != 4 {
		t.Fatalf("%d export log entries, want 4 (two exports of two audits)", n)
	}
	if out, e, code := tillsyn(t, "trail", "verify", "--data", data); code != 0 {
		t.Fatalf("trail verify after research exports: %s %s", out, e)
	}
}
