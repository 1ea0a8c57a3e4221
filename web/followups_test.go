package web_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"tillsyn/review"
)

// The follow-up page: an inspector sees the overdue cases and those closed without a
// follow-up by diarienummer; a researcher only counts, small cells hidden, never a
// diarienummer; a self-auditor only the own committee.
func TestFollowupsPage(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := context.Background()
	a, err := e.svc.CreateAudit(ctx, "EK Karlshamn", review.KindEgenkontroll, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.ImportCaseLists(ctx, "EK Karlshamn", []string{"../testdata/caselists/followup_karlshamn.csv"}, review.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := e.auth.AssignAudit(ctx, uInspector, "EK Karlshamn"); err != nil {
		t.Fatal(err)
	}
	e.addUser("ronneby", review.RoleSelfAuditor, "Ronneby", false)
	if err := e.auth.AssignAudit(ctx, "ronneby", "EK Karlshamn"); err != nil {
		t.Fatal(err)
	}
	// researchers see only the audits given to them
	if err := e.auth.AssignAudit(ctx, uResearcher, "EK Karlshamn"); err != nil {
		t.Fatal(err)
	}
	e.login(uResearcher)
	e.login(uInspector) // the membership is read at login
	path := "/audits/" + strconv.FormatInt(a.ID, 10) + "/followups?per=2016-09-01"
	res := e.do(req{method: "GET", path: path, user: uInspector})
	if res.status != http.StatusOK {
		t.Fatalf("inspector: %d", res.status)
	}
	for _, want := range []string{"Försenad uppföljning</dt><dd>2: SN 2016/1, SN 2016/10", "Avslutade utan uppföljning</dt><dd>2: SN 2016/4, SN 2016/6", "Klienten avbröt", "Ronneby"} {
		if !strings.Contains(res.body, want) {
			t.Errorf("inspector's page lacks %q", want)
		}
	}
	res = e.do(req{method: "GET", path: path, user: uResearcher})
	if res.status != http.StatusOK {
		t.Fatalf("researcher: %d", res.status)
	}
	if strings.Contains(res.body, "SN 2016/") {
		t.Error("a researcher sees a diarienummer")
	}
	if !strings.Contains(res.body, "Försenad uppföljning</dt><dd>dolt") {
		t.Error("a researcher sees a count under 5")
	}
	res = e.do(req{method: "GET", path: path, user: "ronneby"})
	if res.status != http.StatusOK || strings.Contains(res.body, "Karlshamn</h2>") || !strings.Contains(res.body, "SN 2016/21") {
		t.Errorf("self-auditor of Ronneby: %d, sees Karlshamn %v", res.status, strings.Contains(res.body, "Karlshamn</h2>"))
	}
	// an outsider gets nothing
	if res := e.do(req{method: "GET", path: path, user: uOutsider}); res.status != http.StatusForbidden {
		t.Errorf("outsider: %d", res.status)
	}
}
