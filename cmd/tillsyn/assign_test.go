package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestAssignCLI assigns a committee's cases and a double review's second reviewer, refuses
// what cannot be (a researcher, the same person twice, an unknown case), and lists it all.
func TestAssignCLI(t *testing.T) {
	t.Setenv("TILLSYN_BCRYPT_COST", "4")
	data := sampledDemo(t)
	out, e, code := tillsyn(t, "sample", "double", "--data", data, "--audit", "D", "--share", "0.5", "--json")
	if code != 0 {
		t.Fatal(e)
	}
	var d struct {
		Items []struct{ Committee, Diarienummer string }
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || len(d.Items) == 0 {
		t.Fatalf("%v %s", err, out)
	}
	dbl := d.Items[0]
	for _, u := range [][]string{{"anna", "inspector"}, {"bo", "inspector"}, {"forskare", "researcher"}} {
		if _, e, code := tillsyn(t, "user", "add", "--data", data, "--name", u[0], "--role", u[1]); code != 0 {
			t.Fatal(e)
		}
		if u[1] != "researcher" {
			if _, e, code := tillsyn(t, "user", "assign", "--data", data, "--name", u[0], "--audit", "D"); code != 0 {
				t.Fatal(e)
			}
		}
	}
	out, e, code = tillsyn(t, "assign", "--data", data, "--audit", "D", "--reviewer", "anna", "--committee", dbl.Committee)
	var inCommittee int
	if _, err := fmt.Sscanf(out, "anna is now the reviewer of %d cases", &inCommittee); code != 0 || err != nil || inCommittee < 2 {
		t.Fatalf("assign committee: %d %q %q", code, out, e)
	}
	// the same person cannot be the second reviewer too
	if _, e, code := tillsyn(t, "assign", "--data", data, "--audit", "D", "--reviewer", "anna", "--second", "--case", dbl.Diarienummer); code != 1 || !strings.Contains(e, "två olika granskare") {
		t.Fatalf("same second reviewer: %d %q", code, e)
	}
	if out, e, code := tillsyn(t, "assign", "--data", data, "--audit", "D", "--reviewer", "bo", "--second", "--case", dbl.Diarienummer, "--committee", dbl.Committee); code != 0 || !strings.Contains(out, "bo is now the second reviewer of 1 case in D") {
		t.Fatalf("second reviewer: %d %q %q", code, out, e)
	}
	for _, bad := range [][]string{
		{"--reviewer", "forskare", "--committee", dbl.Committee},
		{"--reviewer", "nobody", "--committee", dbl.Committee},
		{"--reviewer", "bo", "--case", "no such case"},
	} {
		if _, e, code := tillsyn(t, append([]string{"assign", "--data", data, "--audit", "D"}, bad...)...); code != 1 {
			t.Fatalf("%v: exit %d %q", bad, code, e)
		}
	}
	if _, _, code := tillsyn(t, "assign", "--data", data, "--audit", "D", "--reviewer", "bo"); code != 2 {
		t.Fatalf("no cases named: exit %d", code)
	}
	out, e, code = tillsyn(t, "assign", "--data", data, "--audit", "D", "--list", "--json")
	if code != 0 {
		t.Fatal(e)
	}
	var l struct {
		Cases []struct {
			Committee, Diarienummer string
			Reviewer                string `json:"reviewer"`
			Second                  string `json:"second_reviewer"`
		}
		Reviewers []struct {
			Reviewer string
			Assigned int
		}
	}
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range l.Cases {
		if c.Committee == dbl.Committee && c.Reviewer == "anna" {
			n++
		}
		if c.Diarienummer == dbl.Diarienummer && c.Committee == dbl.Committee && c.Second != "bo" {
			t.Errorf("second reviewer of %s: %q", c.Diarienummer, c.Second)
		}
	}
	if n != inCommittee || len(l.Reviewers) != 2 || l.Reviewers[0].Assigned != inCommittee || l.Reviewers[1].Assigned != 1 {
		t.Fatalf("list: %d of anna's, %+v", n, l.Reviewers)
	}
	// every assignment is in the trail, which stays whole
	if out, e, code := tillsyn(t, "trail", "show", "--data", data, "--audit", "D"); code != 0 || !strings.Contains(out, "case.assign") || !strings.Contains(out, "cases to user") {
		t.Fatalf("trail show: %d %s %s", code, out, e)
	}
	if _, e, code := tillsyn(t, "trail", "verify", "--data", data); code != 0 {
		t.Fatalf("trail verify: %s", e)
	}
	// removing
	if out, e, code := tillsyn(t, "assign", "--data", data, "--audit", "D", "--remove", "--second", "--case", dbl.Diarienummer, "--committee", dbl.Committee); code != 0 || !strings.Contains(out, "Removed the second reviewer of 1 case") {
		t.Fatalf("remove: %d %q %q", code, out, e)
	}
}
