package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// followupAudit imports the hand-made self-audit list of two committees (see the expected
// values in the tests) into a new data directory.
func followupAudit(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	if _, e, code := tillsyn(t, "audit", "create", "--data", data, "Egenkontroll Karlshamn 2016", "--kind", "egenkontroll"); code != 0 {
		t.Fatalf("audit create: %d %s", code, e)
	}
	if o, e, code := tillsyn(t, "import", "--data", data, "--audit", "Egenkontroll Karlshamn 2016", fixture("followup_karlshamn.csv")); code != 0 {
		t.Fatalf("import: %d %s %s", code, o, e)
	}
	return data
}

// The JSON of `tillsyn followups` against expectations worked out by hand from
// testdata/caselists/followup_karlshamn.csv:
//   - SN 2016/1 (planned 2016-04-10, open) and SN 2016/10 (planned 2016-08-31, open) are
//     overdue on 2016-09-01; SN 2016/3 is planned for 2016-09-01 itself (not before: not
//     overdue), SN 2016/2 was followed up, SN 2016/4 is closed (so not overdue);
//   - SN 2016/4 and SN 2016/6 are closed without a follow-up, SN 2016/5 with one;
//   - Ronneby's SN 2016/20 is planned for 2016-12-01: overdue only later.
func TestFollowupsJSON(t *testing.T) {
	data := followupAudit(t)
	type committee struct {
		Committee             string         `json:"committee"`
		Overdue               []string       `json:"overdue"`
		ClosedWithoutFollowUp []string       `json:"closed_without_follow_up"`
		ClosingReasons        map[string]int `json:"closing_reasons"`
	}
	type report struct {
		Audit      string      `json:"audit"`
		AsOf       string      `json:"as_of"`
		Committees []committee `json:"committees"`
	}
	for _, tc := range []struct {
		asOf string
		want report
	}{
		{"2016-09-01", report{"Egenkontroll Karlshamn 2016", "2016-09-01", []committee{
			{"Karlshamn", []string{"SN 2016/1", "SN 2016/10"}, []string{"SN 2016/4", "SN 2016/6"}, map[string]int{"Avslutad enligt plan": 2, "Klienten avbröt": 1}},
			{"Ronneby", []string{}, []string{"SN 2016/21"}, map[string]int{"Flyttat": 1}},
		}}},
		{"2017-01-01", report{"Egenkontroll Karlshamn 2016", "2017-01-01", []committee{
			{"Karlshamn", []string{"SN 2016/1", "SN 2016/3", "SN 2016/10"}, []string{"SN 2016/4", "SN 2016/6"}, map[string]int{"Avslutad enligt plan": 2, "Klienten avbröt": 1}},
			{"Ronneby", []string{"SN 2016/20"}, []string{"SN 2016/21"}, map[string]int{"Flyttat": 1}},
		}}},
		{"2016-04-10", report{"Egenkontroll Karlshamn 2016", "2016-04-10", []committee{
			{"Karlshamn", []string{}, []string{"SN 2016/4", "SN 2016/6"}, map[string]int{"Avslutad enligt plan": 2, "Klienten avbröt": 1}},
			{"Ronneby", []string{}, []string{"SN 2016/21"}, map[string]int{"Flyttat": 1}},
		}}},
	} {
		out, e, code := tillsyn(t, "followups", "--data", data, "--audit", "Egenkontroll Karlshamn 2016", "--as-of", tc.asOf, "--json")
		if code != 0 {
			t.Fatalf("followups: %d %s", code, e)
		}
		// exactly the fields, no more
		var raw map[string]any
		if err := json.Unmarshal([]byte(out), &raw); err != nil {
			t.Fatal(err)
		}
		for _, c := range raw["committees"].([]any) {
			keys := []string{}
			for k := range c.(map[string]any) {
				keys = append(keys, k)
			}
			if len(keys) != 4 {
				t.Errorf("committee object has keys %v, want committee, overdue, closed_without_follow_up, closing_reasons", keys)
			}
		}
		if len(raw) != 3 {
			t.Errorf("top-level keys: %v", raw)
		}
		var got report
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("as of %s:\n got %+v\nwant %+v", tc.asOf, got, tc.want)
		}
	}
	// text output, one committee
	out, _, code := tillsyn(t, "followups", "--data", data, "--audit", "Egenkontroll Karlshamn 2016", "--as-of", "2016-09-01", "--committee", "Ronneby")
	if code != 0 || !strings.Contains(out, "Ronneby") || strings.Contains(out, "Karlshamn (") || !strings.Contains(out, "Avslutade utan uppföljning (1): SN 2016/21") {
		t.Errorf("text output: %d\n%s", code, out)
	}
	// a bad --as-of is a usage error naming the flag
	if _, e, code := tillsyn(t, "followups", "--data", data, "--audit", "Egenkontroll Karlshamn 2016", "--as-of", "01/09/2016"); code != 2 || !strings.Contains(e, "--as-of") {
		t.Errorf("bad --as-of: exit %d, %s", code, e)
	}
}

// A bad date in a follow-up column is an error naming the file, line and field; nothing is
// imported until --skip-invalid.
func TestFollowupColumnsBadDates(t *testing.T) {
	data := t.TempDir()
	if _, e, code := tillsyn(t, "audit", "create", "--data", data, "EK", "--kind", "egenkontroll"); code != 0 {
		t.Fatalf("audit create: %d %s", code, e)
	}
	_, e, code := tillsyn(t, "import", "--data", data, "--audit", "EK", fixture("followup_bad_dates.csv"))
	if code != 1 {
		t.Fatalf("strict import with bad dates: exit %d", code)
	}
	for _, want := range []string{"followup_bad_dates.csv:2: planned_follow_up:", "followup_bad_dates.csv:3: follow_up_done:"} {
		if !strings.Contains(e, want) {
			t.Errorf("stderr lacks %q:\n%s", want, e)
		}
	}
	if strings.Contains(e, "followup_bad_dates.csv:4:") {
		t.Errorf("line 4 is valid:\n%s", e)
	}
	if _, e, code := tillsyn(t, "import", "--data", data, "--audit", "EK", "--skip-invalid", fixture("followup_bad_dates.csv")); code != 0 {
		t.Fatalf("--skip-invalid: %d %s", code, e)
	}
	out, _, _ := tillsyn(t, "followups", "--data", data, "--audit", "EK", "--as-of", "2016-09-01", "--json")
	// only SN 2016/3 was imported; it was followed up on time
	if !strings.Contains(out, `"overdue": []`) || strings.Contains(out, "SN 2016/1\"") {
		t.Errorf("followups after skip: %s", out)
	}
}
