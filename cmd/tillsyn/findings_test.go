package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// partlyScored is the demo audit with the true judgements of Forshaga's and Hammarö's cases
// imported and nothing else: Munkfors and Säffle not started.
func partlyScored(t *testing.T) string {
	t.Helper()
	data := sampledDemo(t)
	all, err := os.ReadFile(filepath.Join(demoDir, "scores.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(all)), "\n")
	keep := []string{lines[0]}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "Forshaga;") || strings.HasPrefix(l, "Hammarö;") {
			keep = append(keep, l)
		}
	}
	p := filepath.Join(t.TempDir(), "del.csv")
	os.WriteFile(p, []byte(strings.Join(keep, "\n")+"\n"), 0o600)
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", p); code != 0 {
		t.Fatal(e)
	}
	return data
}

// A report on a partly reviewed audit names every sampled committee with its pending files,
// in every format; it says it is preliminary; --final refuses and lists what is missing.
func TestReportOnPartlyReviewedAudit(t *testing.T) {
	data := partlyScored(t)
	out, _, code := tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "json")
	if code != 0 {
		t.Fatal(out)
	}
	var rep struct {
		Interval   string `json:"interval"`
		Complete   bool   `json:"complete"`
		Committees []struct {
			Committee      string
			Sampled        int
			Final          int
			Pending        int
			Status         string
			FilesReviewed  int   `json:"files_reviewed"`
			ActionRequired *bool `json:"action_required"`
			Criteria       map[string]struct {
				Yes          int      `json:"yes"`
				ShareLacking *float64 `json:"share_lacking"`
				CILow        *float64 `json:"ci_low"`
			}
		}
		Region struct {
			Committees      int
			CommitteesFinal int      `json:"committees_final"`
			NotFinal        []string `json:"not_final"`
			ActionRequired  int      `json:"action_required"`
		}
		Agreement map[string]struct {
			Cases int
			Kappa *float64
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Complete || rep.Interval != "exact" || len(rep.Committees) != 4 || rep.Region.Committees != 4 || rep.Region.CommitteesFinal != 2 ||
		strings.Join(rep.Region.NotFinal, ",") != "Munkfors,Säffle" || rep.Region.ActionRequired != 2 || len(rep.Agreement) != 4 {
		t.Fatalf("%s", out)
	}
	for _, c := range rep.Committees {
		switch c.Committee {
		case "Munkfors", "Säffle":
			if c.Status != "not_started" || c.Final != 0 || c.Pending != c.Sampled || c.ActionRequired != nil || c.Criteria["planning"].ShareLacking != nil {
				t.Fatalf("%s: %+v", c.Committee, c)
			}
		default:
			if c.Status != "final" || c.Final != c.Sampled || c.Pending != 0 || c.ActionRequired == nil || !*c.ActionRequired || c.FilesReviewed != c.Final {
				t.Fatalf("%s: %+v", c.Committee, c)
			}
		}
	}
	text, _, _ := tillsyn(t, "report", "--data", data, "--audit", "D")
	for _, want := range []string{"Preliminär: 13 av 25 akter bedömda", "Krav på åtgärder mot 2 av 4 nämnder (Forshaga och Hammarö). Två nämnder är inte färdigbedömda: Munkfors och Säffle.",
		"Socialnämnden i Munkfors: Ingen akt är färdigbedömd ännu", "Urvalet omfattade 5 av 5 ärenden i nämndens urvalsram; ingen är färdigbedömd ännu (5 ej bedömda)."} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	csv, _, _ := tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "csv")
	for _, c := range []string{"Forshaga;klar;6;6;0", "Munkfors;ej påbörjad;5;0;5", "Säffle;ej påbörjad;7;0;7"} {
		if !strings.Contains(csv, c) {
			t.Errorf("CSV lacks %q", c)
		}
	}
	html, _, _ := tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "html")
	for _, c := range []string{"Preliminär: 13 av 25 akter bedömda", "Socialnämnden i Munkfors", "Socialnämnden i Säffle", "ej påbörjad"} {
		if !strings.Contains(html, c) {
			t.Errorf("HTML lacks %q", c)
		}
	}
	_, e, code := tillsyn(t, "report", "--data", data, "--audit", "D", "--final")
	if code != 1 || !strings.Contains(e, "13 of 25") || !strings.Contains(e, "Munkfors: 0 of 5 final") || !strings.Contains(e, "Säffle: 0 of 7 final") {
		t.Fatalf("--final: %d %s", code, e)
	}
	// the Wilson interval on request
	out, _, _ = tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "json", "--interval", "wilson")
	if !strings.Contains(out, `"interval": "wilson"`) || !strings.Contains(out, `"method": "wilson"`) {
		t.Fatal("--interval wilson")
	}
	if _, _, code := tillsyn(t, "report", "--data", data, "--audit", "D", "--interval", "normal"); code != 2 {
		t.Fatal("an unknown interval method is a usage error")
	}
}

// Double review set up on the command line, the agreement printed, and discovery sizes.
func TestSampleDoubleAgreementDiscovery(t *testing.T) {
	data := sampledDemo(t)
	out, e, code := tillsyn(t, "sample", "double", "--data", data, "--audit", "D", "--share", "0.5", "--json")
	if code != 0 {
		t.Fatal(e)
	}
	var d struct {
		Audit string
		Share float64
		Items []struct{ Committee, Diarienummer string }
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.Audit != "D" || d.Share != 0.5 || len(d.Items) != 3+4+3+4 {
		t.Fatalf("%v %s", err, out)
	}
	again, _, _ := tillsyn(t, "sample", "double", "--data", data, "--audit", "D", "--share", "0.5", "--json")
	if again != out {
		t.Fatal("the choice is not deterministic")
	}
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", filepath.Join(demoDir, "scores.csv")); code != 0 {
		t.Fatal(e)
	}
	if _, e, code := tillsyn(t, "sample", "double", "--data", data, "--audit", "D", "--share", "0.2"); code != 1 || !strings.Contains(e, "bedömningar har redan gjorts") {
		t.Fatalf("after scoring: %d %s", code, e)
	}
	out, _, code = tillsyn(t, "agreement", "--data", data, "--audit", "D", "--json")
	var ag map[string]struct {
		Cases   int        `json:"cases"`
		KappaCI []*float64 `json:"kappa_ci"`
	}
	if err := json.Unmarshal([]byte(out), &ag); err != nil || code != 0 || len(ag) != 4 || ag["planning"].Cases != 0 || len(ag["planning"].KappaCI) != 2 {
		t.Fatalf("agreement: %v %s", err, out)
	}
	text, _, _ := tillsyn(t, "agreement", "--data", data, "--audit", "D")
	if !strings.Contains(text, "AC1") || !strings.Contains(text, "Planering") {
		t.Fatal(text)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--rate", "0.05"}, "Discovery sample size: 59"}, // AICPA: 5 %, 95 %, infinite population
		{[]string{"--rate", "0.1"}, "Discovery sample size: 29"},
		// N = 40, K = 4: P(none of 4 in n) = C(36,n)/C(40,n); n = 21 gives
		// (19·18·17·16)/(40·39·38·37) = 0.0424 ≤ 0.05, n = 20 gives (20·19·18·17)/(…) = 0.0530
		{[]string{"--rate", "0.1", "--population", "40"}, "Discovery sample size: 21"},
	} {
		out, e, code := tillsyn(t, append([]string{"sample", "size", "--discovery"}, tc.args...)...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%v: %d %s %s", tc.args, code, out, e)
		}
	}
}

// The research export's default threshold is 5: a row with counts of 3 and 4 (7 files) is
// suppressed when --min-cell is not given, as on the researcher's page (a threshold of 3
// would publish it).
func TestExportDefaultMinCellHidesThreeAndFour(t *testing.T) {
	data := sampledDemo(t)
	var b strings.Builder
	b.WriteString("committee;diarienummer;reviewer;criterion;verdict;comment\n")
	for i, d := range []string{"SON 2015/38", "SON 2015/170", "SON 2014/709", "SON 2014/522", "SON 2015/288", "SON 2014/475", "SON 2014/627"} {
		v := "ja"
		if i < 3 {
			v = "nej"
		}
		for _, c := range []string{"needs_assessment", "follow_up", "assignment_description"} {
			b.WriteString("Hammarö;" + d + ";A;" + c + ";ja;motiverat\n")
		}
		b.WriteString("Hammarö;" + d + ";A;planning;" + v + ";motiverat\n")
	}
	p := filepath.Join(t.TempDir(), "h.csv")
	os.WriteFile(p, []byte(b.String()), 0o600)
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", p); code != 0 {
		t.Fatal(e)
	}
	out, _, code := tillsyn(t, "export", "--data", data, "--audit", "D", "--format", "json")
	if code != 0 {
		t.Fatal(out)
	}
	var rows []struct {
		Committee, Criterion string
		Yes, No              *int
		Suppressed           bool
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	found := false
	for _, r := range rows {
		if r.Committee == "Hammarö" && r.Criterion == "planning" {
			found = true
			if !r.Suppressed || r.Yes != nil || r.No != nil {
				t.Fatalf("Hammarö planning (4 ja, 3 nej) published at the default threshold: %+v", r)
			}
		}
		if r.Committee == "Hammarö" && r.Criterion == "follow_up" && (r.Suppressed || r.Yes == nil || *r.Yes != 7) {
			t.Fatalf("Hammarö follow-up (7 ja) hidden: %+v", r)
		}
	}
	if !found {
		t.Fatalf("no Hammarö planning row: %s", out)
	}
}
