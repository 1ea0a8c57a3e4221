package web_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/report"
)

// scoreCommittee submits every selected case of a committee, by the inspector and (for a
// case drawn for double review) by the admin with the same verdicts, so that every file is
// final. lacking makes the first case lack documentation of the follow-up.
func scoreCommittee(t testing.TB, e *testEnv, committee string, lacking bool) {
	t.Helper()
	ctx := context.Background()
	first := true
	for _, it := range e.items {
		if it.Committee != committee {
			continue
		}
		in := []review.ScoreInput{
			{Criterion: review.NeedsAssessment, Verdict: review.Yes},
			{Criterion: review.Planning, Verdict: review.Yes},
			{Criterion: review.FollowUp, Verdict: review.Yes},
			{Criterion: review.AssignmentDescription, Verdict: review.Yes, Elements: "abcdef"},
		}
		if lacking && first {
			in[2] = review.ScoreInput{Criterion: review.FollowUp, Verdict: review.No, Comment: "ingen uppföljning dokumenterad"}
		}
		first = false
		for _, r := range []string{uInspector, uAdmin} {
			if r == uAdmin {
				// (double is known once the item has a judgement)
				if _, double, err := e.st.ScoresAndDouble(ctx, it.ID); err != nil || !double {
					break
				}
			}
			if _, err := e.svc.SaveScores(review.WithActor(ctx, r), r, it.ID, in, true); err != nil {
				t.Fatalf("score %s %s by %s: %v", committee, it.Diarienummer, r, err)
			}
		}
	}
}

// draftDecision drafts a committee's decision from the findings, as the web app does.
func draftDecision(t testing.TB, e *testEnv, committee string, due time.Time) review.Decision {
	t.Helper()
	ctx := context.Background()
	res, err := e.svc.Findings(ctx, testAudit, review.FindingsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dt, err := report.DraftDecision(res.Findings, committee, report.DecisionOptions{ReportDue: due})
	if err != nil {
		t.Fatal(err)
	}
	d, err := e.svc.CreateDecision(ctx, e.users[uInspector], testAudit, dt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func multipartBody(t testing.TB, fields map[string]string, fileField, fileName string, data []byte) (string, *bytes.Buffer) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	if fileField != "" {
		fw, err := w.CreateFormFile(fileField, fileName)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(data)
	}
	w.Close()
	return w.FormDataContentType(), &b
}

// The decision over HTTP: the draft quotes the findings with their counts and demands
// action where a file lacks; an edit saves; a stale edit is refused; a wrong password does
// not sign; the right one locks it and opens the requirement; the requirement goes to
// closure step by step, refusing steps out of order; overdue is flagged on the audit page.
func TestDecisionFlowHTTP(t *testing.T) {
	e := newEnv(t, envOptions{})
	scoreCommittee(t, e, ownCommitee, true)
	aid := strconv.FormatInt(e.audit.ID, 10)
	due := time.Now().AddDate(0, 0, -1).Format("2006-01-02") // already passed: overdue once signed
	res := e.do(req{method: "POST", path: "/audits/" + aid + "/decisions", user: uInspector, form: url.Values{"committee": {ownCommitee}, "report_due": {due}}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("draft: %d\n%s", res.status, res.body)
	}
	loc := strings.SplitN(res.header.Get("Location"), "?", 2)[0]
	id, _ := strconv.ParseInt(strings.TrimPrefix(loc, "/decisions/"), 10, 64)
	_, d, err := e.svc.DecisionByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if !d.ActionRequired || !strings.Contains(d.Findings, "saknades dokumenterad uppföljning helt i en") || !strings.Contains(d.Requirements, "uppföljning dokumenteras i varje ärende") {
		t.Errorf("draft does not quote the findings or demand action:\n%s\n%s", d.Findings, d.Requirements)
	}
	// a second draft for the same committee is refused
	if res := e.do(req{method: "POST", path: "/audits/" + aid + "/decisions", user: uInspector, form: url.Values{"committee": {ownCommitee}, "report_due": {due}}}); res.status != http.StatusConflict {
		t.Errorf("second draft: %d", res.status)
	}
	// a researcher and a self-auditor of a supervision may not draft
	for _, u := range []string{uResearcher, uSelf} {
		if res := e.do(req{method: "POST", path: "/audits/" + aid + "/decisions", user: u, form: url.Values{"committee": {ownCommitee}, "report_due": {due}}}); res.status != http.StatusForbidden {
			t.Errorf("draft as %s: %d", u, res.status)
		}
	}
	edit := url.Values{"version": {"1"}, "scope": {d.Scope}, "findings": {d.Findings}, "committee_findings": {"Nämnden styr mot hemmaplanslösningar utan att behoven är utredda."},
		"requirements": {d.Requirements}, "action_required": {"1"}, "report_due": {due}}
	if res := e.do(req{method: "POST", path: loc, user: uInspector, form: edit}); res.status != http.StatusSeeOther {
		t.Fatalf("edit: %d\n%s", res.status, res.body)
	}
	if res := e.do(req{method: "POST", path: loc, user: uInspector, form: edit}); res.status != http.StatusConflict {
		t.Errorf("stale edit: %d", res.status)
	}
	// wrong password: not signed
	res = e.do(req{method: "POST", path: loc + "/sign", user: uInspector, form: url.Values{"version": {"2"}, "password": {"fel-lösenord"}}})
	if res.status != http.StatusUnprocessableEntity || !strings.Contains(res.body, "Fel lösenord") {
		t.Fatalf("wrong password: %d", res.status)
	}
	if _, d, _ = e.svc.DecisionByID(context.Background(), id); d.Signed() {
		t.Fatal("signed with a wrong password")
	}
	res = e.do(req{method: "POST", path: loc + "/sign", user: uInspector, form: url.Values{"version": {"2"}, "password": {testPass}}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("sign: %d\n%s", res.status, res.body)
	}
	if _, d, _ = e.svc.DecisionByID(context.Background(), id); !d.Signed() || d.SHA256 != d.ContentHash() || d.CommitteeFindings == "" {
		t.Fatalf("not signed and sealed: %+v", d)
	}
	// locked: an edit is refused, and the database refuses it too
	edit.Set("version", "3")
	if res := e.do(req{method: "POST", path: loc, user: uInspector, form: edit}); res.status != http.StatusConflict {
		t.Errorf("edit of a signed decision: %d", res.status)
	}
	if n := e.count(`SELECT count(*) FROM trail WHERE action = 'decision.sign'`); n != 1 {
		t.Errorf("trail has %d sign events", n)
	}
	// overdue on the audit page and the decisions page
	page := e.do(req{method: "GET", path: "/audits/" + aid, user: uInspector})
	if !strings.Contains(page.body, "Försenad redovisning") || !strings.Contains(page.body, ownCommitee) {
		t.Errorf("audit page does not flag the overdue requirement")
	}
	_, rs, _ := e.svc.Requirements(context.Background(), testAudit)
	if len(rs) != 1 || rs[0].Status != review.ReqAwaitingReport {
		t.Fatalf("requirements: %+v", rs)
	}
	over, err := e.svc.OverdueRequirements(context.Background(), testAudit, time.Now())
	if err != nil || len(over) != 1 {
		t.Fatalf("overdue: %v %v", over, err)
	}
	rpath := "/requirements/" + strconv.FormatInt(rs[0].ID, 10)
	csrf := review.CSRFToken(e.tokens[uInspector])
	post := func(fields map[string]string, file []byte) resp {
		fields["csrf"] = csrf
		ct, body := multipartBody(t, fields, map[bool]string{true: "file", false: ""}[file != nil], "redovisning.pdf", file)
		return e.do(req{method: "POST", path: rpath, user: uInspector, header: map[string]string{"Content-Type": ct}, rawBody: body.Bytes()})
	}
	// out of order: cannot accept before a report
	if res := post(map[string]string{"version": "1", "to": "accepted"}, nil); res.status != http.StatusUnprocessableEntity {
		t.Errorf("accept before a report: %d", res.status)
	}
	if res := post(map[string]string{"version": "1", "to": "report_received", "received_on": time.Now().Format("2006-01-02")}, []byte("%PDF-1.4 redovisning")); res.status != http.StatusSeeOther {
		t.Fatalf("receive: %d\n%s", res.status, res.body)
	}
	// the measures are not enough: further measures, reported by a new date
	later := time.Now().AddDate(0, 1, 0).Format("2006-01-02")
	if res := post(map[string]string{"version": "2", "to": "further_measures", "due_date": later}, nil); res.status != http.StatusUnprocessableEntity {
		t.Errorf("further measures without saying which: %d", res.status)
	}
	if res := post(map[string]string{"version": "2", "to": "further_measures", "due_date": later, "note": "Rutinen ska omfatta även öppenvården."}, nil); res.status != http.StatusSeeOther {
		t.Fatalf("further measures: %d\n%s", res.status, res.body)
	}
	if _, r, _, _ := e.svc.RequirementByID(context.Background(), rs[0].ID); r.Status != review.ReqFurtherMeasures || r.DueDate.Format("2006-01-02") != later || r.Overdue(time.Now()) {
		t.Fatalf("after further measures: %+v", r)
	}
	if res := post(map[string]string{"version": "3", "to": "report_received", "received_on": time.Now().Format("2006-01-02")}, []byte("%PDF-1.4 andra redovisningen")); res.status != http.StatusSeeOther {
		t.Fatalf("second report: %d\n%s", res.status, res.body)
	}
	// a stale form changes nothing
	if res := post(map[string]string{"version": "3", "to": "accepted"}, nil); res.status != http.StatusConflict {
		t.Errorf("stale step: %d", res.status)
	}
	if res := post(map[string]string{"version": "4", "to": "accepted", "note": "Rutin för uppföljning införd."}, nil); res.status != http.StatusSeeOther {
		t.Fatalf("accept: %d\n%s", res.status, res.body)
	}
	if res := post(map[string]string{"version": "5", "to": "closed"}, nil); res.status != http.StatusSeeOther {
		t.Fatalf("close: %d\n%s", res.status, res.body)
	}
	_, r, evs, _ := e.svc.RequirementByID(context.Background(), rs[0].ID)
	if r.Status != review.ReqClosed || len(evs) != 6 || r.ReportName != "redovisning.pdf" {
		t.Fatalf("after closing: %+v, %d events", r, len(evs))
	}
	if n := e.count(`SELECT count(*) FROM trail WHERE action = 'requirement.status'`); n != 5 {
		t.Errorf("trail has %d requirement events, want 5", n)
	}
	// the report can be downloaded by those who see the committee
	dl := e.do(req{method: "GET", path: rpath + "/reports/" + strconv.FormatInt(r.ReportEventID, 10), user: uInspector})
	if dl.status != http.StatusOK || dl.body != "%PDF-1.4 andra redovisningen" {
		t.Errorf("download: %d %q", dl.status, dl.body)
	}
	if page := e.do(req{method: "GET", path: "/audits/" + aid, user: uInspector}); strings.Contains(page.body, "Försenad redovisning") {
		t.Error("a closed requirement is still flagged overdue")
	}
	// printable
	if pr := e.do(req{method: "GET", path: loc + "/print", user: uInspector}); pr.status != http.StatusOK || !strings.Contains(pr.body, "hemmaplanslösningar") || !strings.Contains(pr.body, d.SHA256) {
		t.Errorf("print: %d", pr.status)
	}
}

// A draft written before the files were judged is written again from the new findings,
// keeping the inspector's committee-level findings; signing waits for every file.
func TestDecisionRedraft(t *testing.T) {
	e := newEnv(t, envOptions{})
	d := draftDecision(t, e, "Hammarö", time.Now().AddDate(0, 1, 0))
	if !strings.Contains(d.Findings, "Ingen akt är färdigbedömd") {
		t.Fatalf("early draft: %s", d.Findings)
	}
	path := "/decisions/" + strconv.FormatInt(d.ID, 10)
	edit := url.Values{"version": {"1"}, "scope": {d.Scope}, "findings": {d.Findings}, "committee_findings": {"Samverkansöverenskommelsen är okänd i förvaltningen."},
		"requirements": {d.Requirements}, "report_due": {d.ReportDue.Format("2006-01-02")}}
	if res := e.do(req{method: "POST", path: path, user: uInspector, form: edit}); res.status != http.StatusSeeOther {
		t.Fatalf("edit: %d", res.status)
	}
	// not every file is final: signing is refused
	if res := e.do(req{method: "POST", path: path + "/sign", user: uInspector, form: url.Values{"version": {"2"}, "password": {testPass}}}); res.status != http.StatusConflict || !strings.Contains(res.body, "inte färdigbedömda") {
		t.Fatalf("sign before the files are final: %d", res.status)
	}
	scoreCommittee(t, e, "Hammarö", true)
	if res := e.do(req{method: "POST", path: path + "/redraft", user: uInspector, form: url.Values{"version": {"2"}}}); res.status != http.StatusSeeOther {
		t.Fatalf("redraft: %d\n%s", res.status, res.body)
	}
	_, d, _ = e.svc.DecisionByID(context.Background(), d.ID)
	if !strings.Contains(d.Findings, "Av tre granskade akter saknades dokumenterad uppföljning helt i en") || !d.ActionRequired ||
		d.CommitteeFindings != "Samverkansöverenskommelsen är okänd i förvaltningen." || d.Version != 3 {
		t.Fatalf("after redraft: %+v", d)
	}
	if res := e.do(req{method: "POST", path: path + "/sign", user: uInspector, form: url.Values{"version": {"3"}, "password": {testPass}}}); res.status != http.StatusSeeOther {
		t.Fatalf("sign: %d", res.status)
	}
}
