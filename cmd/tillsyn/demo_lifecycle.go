package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tillsyn/review"
	"tillsyn/review/report"
)

// The demo's share of the supervision's later steps: reviews in every state of a double
// review, a signed decision with an open requirement, and a self-audit with follow-up dates.

// demoDecisionCommittee is the committee the demo reviews in full, decides on and follows:
// not the first committee, whose cases stay open for trying the review page.
const demoDecisionCommittee = "Säffle"

// demoSelfAudit is the demo's self-audit, imported from a case list with follow-up columns.
const demoSelfAudit = "Demo egenkontroll Karlshamn 2016"

// setUpDemoLifecycle scores the demo audit so that a double review is in every state
// (pending: awaiting the second reviewer; agreeing; disagreeing, awaiting adjudication;
// adjudicated), reviews demoDecisionCommittee in full, signs its decision (as the inspector,
// with the inspector's password) and leaves its requirement awaiting the committee's
// report; and imports the follow-up self-audit when its case list is there.
func setUpDemoLifecycle(ctx context.Context, e *env, svc *review.Service, auth *review.Auth, dir string, double []review.SampleItem, inspector, password string) error {
	isDouble := map[int64]bool{}
	for _, it := range double {
		isDouble[it.ID] = true
	}
	verdicts, err := demoVerdicts(filepath.Join(dir, "scores.csv"))
	if err != nil {
		return err
	}
	_, sm, err := svc.ActiveSample(ctx, demoAudit)
	if err != nil {
		return err
	}
	t, err := svc.TemplateOfItem(ctx, sm.Items[0].ID)
	if err != nil {
		return err
	}
	input := func(it review.SampleItem) []review.ScoreInput {
		var in []review.ScoreInput
		for _, c := range t.Keys() {
			v := verdicts[it.Committee+"\x00"+it.Diarienummer+"\x00"+string(c)]
			if v.verdict == "" {
				v.verdict = review.Yes // a case the labelled set does not judge
			}
			x := review.ScoreInput{Criterion: c, Verdict: v.verdict, Comment: v.comment}
			d := t.MustDef(c)
			if d.NeedsComment(x.Verdict) && strings.TrimSpace(x.Comment) == "" {
				x.Comment = "Demo: bedömning enligt facit."
			}
			if d.Checklist != nil && x.Verdict == d.Best() {
				x.Elements = strings.Join(d.ElementKeys(), "")
			}
			in = append(in, x)
		}
		return in
	}
	second := "inspektor2"
	save := func(reviewer string, it review.SampleItem, in []review.ScoreInput) error {
		_, err := svc.SaveScores(review.WithActor(ctx, reviewer), reviewer, it.ID, in, true)
		if err != nil {
			return fmt.Errorf("demo review of %s %s: %w", it.Committee, it.Diarienummer, err)
		}
		return nil
	}
	// disagree flips the first criterion judged "ja" to "nej"
	disagree := func(in []review.ScoreInput) ([]review.ScoreInput, review.ScoreInput) {
		out := append([]review.ScoreInput(nil), in...)
		for i, x := range out {
			if x.Verdict == review.Yes {
				orig := x
				out[i] = review.ScoreInput{Criterion: x.Criterion, Verdict: review.No, Comment: "Demo: den andra granskaren hittar inte dokumentationen."}
				return out, orig
			}
		}
		return out, out[0]
	}
	doubles := 0
	for _, it := range sm.Items {
		if it.Status != review.StatusSelected {
			continue
		}
		full := it.Committee == demoDecisionCommittee
		pendingDemo := it.Committee == "Hammarö"
		if !full && !pendingDemo {
			continue
		}
		in := input(it)
		if err := save(inspector, it, in); err != nil {
			return err
		}
		if !isDouble[it.ID] {
			continue
		}
		doubles++
		switch {
		case full && doubles%2 == 1: // agreeing
			if err := save(second, it, in); err != nil {
				return err
			}
		case full: // disagreeing, then adjudicated
			other, orig := disagree(in)
			if err := save(second, it, other); err != nil {
				return err
			}
			orig.Comment = "Jämkat: dokumentationen finns i journalanteckningarna."
			if orig.Verdict != review.Yes || t.MustDef(orig.Criterion).Checklist != nil {
				orig.Comment = "Jämkat efter genomgång av akten."
			}
			if _, err := svc.Adjudicate(review.WithActor(ctx, inspector), inspector, it.ID, []review.ScoreInput{orig}); err != nil {
				return fmt.Errorf("demo adjudication: %w", err)
			}
		case doubles%2 == 1: // pending: awaiting the second reviewer
		default: // disagreeing, awaiting adjudication
			other, _ := disagree(in)
			if err := save(second, it, other); err != nil {
				return err
			}
		}
	}
	// the decision on the committee reviewed in full, signed; its requirement stays open
	res, err := svc.Findings(ctx, demoAudit, review.FindingsOptions{})
	if err != nil {
		return err
	}
	a, err := svc.AuditByName(ctx, demoAudit)
	if err != nil {
		return err
	}
	dt, err := report.DraftDecision(res.Findings, demoDecisionCommittee, report.DecisionOptions{Options: report.Options{Kind: a.Kind}, Description: a.Description,
		ReportDue: time.Now().AddDate(0, 2, 0)})
	if err != nil {
		return err
	}
	dt.CommitteeFindings = "Nämnden styr mot hemmaplanslösningar utan att den enskildes behov har utretts. " +
		"Samverkansöverenskommelsen med regionen om missbruksvård är okänd för flera handläggare i förvaltningen."
	users, err := auth.Users(ctx)
	if err != nil {
		return err
	}
	var u review.User
	for _, x := range users {
		if x.Name == inspector {
			u = x
		}
	}
	d, err := svc.CreateDecision(ctx, u, demoAudit, dt)
	if err != nil {
		return fmt.Errorf("demo decision: %w", err)
	}
	if _, err := svc.SignDecision(ctx, auth, u, d.ID, d.Version, password, ""); err != nil {
		return fmt.Errorf("demo signing: %w", err)
	}
	// the self-audit with follow-up dates
	list := filepath.Join(dir, "followup.csv")
	if _, err := os.Stat(list); err != nil {
		return nil
	}
	if _, err := svc.CreateAudit(ctx, demoSelfAudit, review.KindEgenkontroll, "Demo: uppföljning av ärenden enligt ärendelistans datum"); err != nil {
		return err
	}
	if _, err := svc.ImportCaseLists(ctx, demoSelfAudit, []string{list}, review.ImportOptions{}); err != nil {
		return err
	}
	if err := auth.AssignAudit(ctx, inspector, demoSelfAudit); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: double reviews in every state, a signed decision for %s with its requirement open, and %q with follow-up dates\n", demoDecisionCommittee, demoSelfAudit)
	return nil
}

type demoVerdict struct {
	verdict review.Verdict
	comment string
}

// demoVerdicts reads the labelled judgements of the demo's cases (scores.csv: committee;
// diarienummer; reviewer; criterion; verdict; comment).
func demoVerdicts(path string) (map[string]demoVerdict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string]demoVerdict{}
	for _, row := range rows[1:] {
		if len(row) < 6 {
			continue
		}
		v, err := review.DefaultTemplate().MustDef(review.Criterion(row[3])).ParseValue(row[4])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out[row[0]+"\x00"+row[1]+"\x00"+row[3]] = demoVerdict{v, row[5]}
	}
	return out, nil
}
