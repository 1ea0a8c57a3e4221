package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/report"
	"tillsyn/review/store"
)

// decideEarlier signs decisions for Forshaga (its report now overdue) and Hammarö (its
// measures accepted) in audit D, as an inspector would in the web app.
func decideEarlier(t *testing.T, data string) {
	t.Helper()
	st, err := store.OpenExisting(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := newService(st)
	auth := review.NewAuth(svc, review.AuthConfig{BcryptCost: 4})
	ctx := context.Background()
	if _, err := auth.AddUser(ctx, "insp", review.RoleInspector, "", "ett-långt-lösenord"); err != nil {
		t.Fatal(err)
	}
	if err := auth.AssignAudit(ctx, "insp", "D"); err != nil {
		t.Fatal(err)
	}
	u, _, err := st.UserByName(ctx, "insp")
	if err != nil {
		t.Fatal(err)
	}
	res, err := svc.Findings(ctx, "D", review.FindingsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		committee string
		due       time.Time
	}{{"Forshaga", time.Now().AddDate(0, 0, -10)}, {"Hammarö", time.Now().AddDate(0, 1, 0)}} {
		dt, err := report.DraftDecision(res.Findings, c.committee, report.DecisionOptions{ReportDue: c.due})
		if err != nil {
			t.Fatal(err)
		}
		if !dt.ActionRequired {
			t.Fatalf("%s: the fixture should demand action", c.committee)
		}
		d, err := svc.CreateDecision(ctx, u, "D", dt)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.SignDecision(ctx, auth, u, d.ID, d.Version, "ett-långt-lösenord", ""); err != nil {
			t.Fatal(err)
		}
	}
	_, rs, err := svc.Requirements(ctx, "D")
	if err != nil || len(rs) != 2 {
		t.Fatalf("requirements %v %v", rs, err)
	}
	for _, r := range rs {
		if r.Committee != "Hammarö" {
			continue
		}
		r, err = svc.ChangeRequirement(ctx, u, r.ID, review.RequirementChange{Version: r.Version, To: review.ReqReportReceived, ReceivedOn: time.Now(), FileName: "svar.pdf", FileData: []byte("%PDF-1.4")})
		if err != nil {
			t.Fatal(err)
		}
		if _, err = svc.ChangeRequirement(ctx, u, r.ID, review.RequirementChange{Version: r.Version, To: review.ReqAccepted}); err != nil {
			t.Fatal(err)
		}
	}
}

// `report --compare` says which committees of the earlier audit had requirements and
// whether they were met; `decision list` and `decision overdue` show them.
func TestReportCompareRequirementsAndDecisionCLI(t *testing.T) {
	data := partlyScored(t)
	decideEarlier(t, data)
	tillsyn(t, "audit", "create", "--data", data, "D2")
	for _, args := range [][]string{
		{"import", "--data", data, "--audit", "D2", filepath.Join(demoDir, "caselist.csv")},
		{"sample", "--data", data, "--audit", "D2", "--seed", "s2", "--per-committee", "3"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	out, e, code := tillsyn(t, "report", "--data", data, "--audit", "D2", "--compare", "D")
	if code != 0 {
		t.Fatal(e)
	}
	for _, want := range []string{
		"KRAV PÅ ÅTGÄRDER I DEN TIDIGARE GRANSKNINGEN",
		"Forshaga: krav på åtgärder i den tidigare granskningen; inte uppfyllt (inväntar nämndens redovisning; redovisningen skulle ha kommit in senast " + time.Now().AddDate(0, 0, -10).Format("2006-01-02") + " och är försenad).",
		"Hammarö: krav på åtgärder i den tidigare granskningen; uppfyllt (åtgärderna godtagna).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Munkfors: krav") {
		t.Error("Munkfors had no requirement")
	}
	out, _, _ = tillsyn(t, "report", "--data", data, "--audit", "D2", "--compare", "D", "--format", "json")
	var rep struct {
		Compare struct {
			Requirements []struct {
				Committee string `json:"committee"`
				Status    string `json:"status"`
				Met       bool   `json:"met"`
				Overdue   bool   `json:"overdue"`
			} `json:"requirements"`
		} `json:"compare"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := rep.Compare.Requirements
	if len(got) != 2 || got[0].Committee != "Forshaga" || got[0].Met || !got[0].Overdue || got[0].Status != "awaiting_report" ||
		got[1].Committee != "Hammarö" || !got[1].Met || got[1].Overdue || got[1].Status != "accepted" {
		t.Errorf("compare.requirements = %+v", got)
	}
	out, _, _ = tillsyn(t, "report", "--data", data, "--audit", "D2", "--compare", "D", "--format", "html")
	if !strings.Contains(out, "Krav på åtgärder i den tidigare granskningen") || !strings.Contains(out, "Hammarö: krav på åtgärder i den tidigare granskningen; uppfyllt") {
		t.Error("html report lacks the earlier requirements")
	}
	// without --compare nothing of it
	if out, _, _ = tillsyn(t, "report", "--data", data, "--audit", "D2"); strings.Contains(out, "KRAV PÅ ÅTGÄRDER I DEN TIDIGARE") {
		t.Error("requirements shown without --compare")
	}

	out, e, code = tillsyn(t, "decision", "overdue", "--data", data, "--json")
	if code != 0 {
		t.Fatal(e)
	}
	var od struct {
		Overdue []struct {
			Audit, Committee string
			DueDate          string `json:"due_date"`
		} `json:"overdue"`
	}
	if err := json.Unmarshal([]byte(out), &od); err != nil || len(od.Overdue) != 1 || od.Overdue[0].Committee != "Forshaga" || od.Overdue[0].Audit != "D" {
		t.Errorf("decision overdue: %s %v", out, err)
	}
	// on the day before the due date nothing is overdue
	out, _, _ = tillsyn(t, "decision", "overdue", "--data", data, "--as-of", time.Now().AddDate(0, 0, -11).Format("2006-01-02"))
	if !strings.Contains(out, "No requirement is overdue") {
		t.Errorf("overdue before the due date: %s", out)
	}
	// a signed decision and a requirement's history are kept by the database itself
	db := openDB(t, data)
	defer db.Close()
	for _, q := range []string{
		`UPDATE decisions SET findings = 'ändrad' WHERE committee = 'Forshaga'`,
		`DELETE FROM decisions WHERE committee = 'Forshaga'`,
		`UPDATE requirement_events SET note = 'ändrad'`,
		`DELETE FROM requirement_events`,
	} {
		if _, err := db.Exec(q); err == nil {
			t.Errorf("the database accepted %s", q)
		}
	}
	// the trail holds each signed decision's SHA-256: a change made past the trigger is found
	if out, e, code := tillsyn(t, "trail", "verify", "--data", data); code != 0 {
		t.Fatalf("trail verify: %d %s %s", code, out, e)
	}
	if _, err := db.Exec(`DROP TRIGGER decisions_signed_locked`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE decisions SET requirements = 'Inga krav.' WHERE committee = 'Forshaga'`); err != nil {
		t.Fatal(err)
	}
	if out, _, code := tillsyn(t, "trail", "verify", "--data", data); code != 1 || !strings.Contains(out, "signed decision") {
		t.Errorf("trail verify after a signed decision was changed: %d\n%s", code, out)
	}
	out, _, code = tillsyn(t, "decision", "list", "--data", data, "--audit", "D")
	if code != 0 || !strings.Contains(out, "Forshaga") || !strings.Contains(out, "åtgärderna godtagna") {
		t.Errorf("decision list: %s", out)
	}
}
