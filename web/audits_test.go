package web_test

import (
	"strconv"
	"strings"
	"testing"
)

// The audit overview shows a self-auditor the own committee only, in the progress table
// and the protocol's case list (the protocol's stratum counts stay, as for everyone); an
// inspector every committee and its cases; a researcher no case and no count per committee
// (progress and agreement are not suppressed: with the research export they would give a
// hidden cell away); agreement only to those who see the whole audit.
func TestAuditOverviewPerRole(t *testing.T) {
	e := newEnv(t, envOptions{})
	path := "/audits/" + strconv.FormatInt(e.audit.ID, 10)
	own, other := e.item(ownCommitee, false), e.item(ownCommitee, true)
	get := func(u string) string {
		t.Helper()
		r := e.do(req{method: "GET", path: path, user: u})
		if r.status != 200 {
			t.Fatalf("%s: %d", u, r.status)
		}
		return r.body
	}
	self, insp, res := get(uSelf), get(uInspector), get(uResearcher)
	// a progress total is shown only over more than one committee
	if strings.Contains(self, "Totalt") || !strings.Contains(insp, "Totalt") {
		t.Error("progress: the self-auditor must see one committee, the inspector all")
	}
	if strings.Contains(res, "h-progress") || strings.Contains(res, "h-agree") {
		t.Error("the researcher sees counts per committee or of double-reviewed files")
	}
	if strings.Contains(self, "h-agree") || !strings.Contains(insp, "h-agree") {
		t.Error("agreement: over the whole audit, for those who see all of it only")
	}
	if !strings.Contains(self, own.Diarienummer) || strings.Contains(self, other.Diarienummer) {
		t.Error("case list: the self-auditor must see the own committee's cases only")
	}
	if !strings.Contains(insp, own.Diarienummer) || !strings.Contains(insp, other.Diarienummer) {
		t.Error("case list: the inspector must see every committee's cases")
	}
	if strings.Contains(res, own.Diarienummer) || strings.Contains(res, other.Diarienummer) {
		t.Error("case list: the researcher must see no case")
	}
}
