package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"tillsyn/review"
)

// cmdDecision lists an audit's decisions with their requirements, or the requirements whose
// committee's report is overdue. Decisions are drafted, edited and signed in the web app
// (signing needs the signer's password there).
func cmdDecision(e *env, args []string) int {
	usage := "Usage: tillsyn decision list --audit NAME [--as-of DATE] [--json]\n   or: tillsyn decision overdue [--audit NAME] [--as-of DATE] [--json]"
	if len(args) == 0 || (args[0] != "list" && args[0] != "overdue") {
		fmt.Fprintln(e.stderr, usage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return exitOK
		}
		return exitUsage
	}
	sub := args[0]
	f := newFlags(e, "decision "+sub, "[--audit NAME] [--as-of DATE] [--json]")
	audit := f.String("audit", "", "the audit (required for list)")
	asOf := f.String("as-of", "", "the date overdue is judged on, YYYY-MM-DD (default: today)")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args[1:]); !ok {
		return code
	}
	if f.NArg() != 0 || (sub == "list" && *audit == "") {
		return f.usageError("--audit is required")
	}
	day := time.Now()
	if *asOf != "" {
		d, err := review.ParseDate(*asOf)
		if err != nil {
			return f.usageError("--as-of: %v", err)
		}
		day = d
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ctx := cliContext()
	type jsonReq struct {
		Committee  string `json:"committee"`
		Status     string `json:"status"`
		DueDate    string `json:"due_date"`
		Overdue    bool   `json:"overdue"`
		ReportedOn string `json:"report_received_on,omitempty"`
	}
	if sub == "overdue" {
		rs, err := svc.OverdueRequirements(ctx, *audit, day)
		if err != nil {
			return fail(e, err)
		}
		audits, err := svc.Audits(ctx)
		if err != nil {
			return fail(e, err)
		}
		name := map[int64]string{}
		for _, a := range audits {
			name[a.ID] = a.Name
		}
		type jsonOverdue struct {
			Audit string `json:"audit"`
			jsonReq
		}
		out := []jsonOverdue{}
		for _, r := range rs {
			out = append(out, jsonOverdue{name[r.AuditID], jsonReq{r.Committee, string(r.Status), r.DueDate.Format("2006-01-02"), true, ""}})
		}
		if *asJSON {
			return encodeJSON(e, map[string]any{"as_of": day.Format("2006-01-02"), "overdue": out})
		}
		if len(out) == 0 {
			fmt.Fprintf(e.stdout, "No requirement is overdue on %s.\n", day.Format("2006-01-02"))
			return exitOK
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "AUDIT\tCOMMITTEE\tSTATUS\tDUE")
		for _, o := range out {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", o.Audit, o.Committee, review.RequirementStatus(o.Status).SwedishName(), o.DueDate)
		}
		tw.Flush()
		return exitOK
	}
	_, ds, err := svc.Decisions(ctx, *audit)
	if err != nil {
		return fail(e, err)
	}
	_, rs, err := svc.Requirements(ctx, *audit)
	if err != nil {
		return fail(e, err)
	}
	type jsonDecision struct {
		Committee      string   `json:"committee"`
		Status         string   `json:"status"`
		ActionRequired bool     `json:"action_required"`
		ReportDue      string   `json:"report_due"`
		SignedBy       string   `json:"signed_by,omitempty"`
		SignedAt       string   `json:"signed_at,omitempty"`
		SHA256         string   `json:"sha256,omitempty"`
		Requirement    *jsonReq `json:"requirement,omitempty"`
	}
	out := []jsonDecision{}
	for _, d := range ds {
		j := jsonDecision{Committee: d.Committee, Status: string(d.Status), ActionRequired: d.ActionRequired, ReportDue: d.ReportDue.Format("2006-01-02"), SignedBy: d.SignedBy, SHA256: d.SHA256}
		if d.Signed() {
			j.SignedAt = d.SignedAt.UTC().Format(time.RFC3339)
		}
		for _, r := range rs {
			if r.DecisionID == d.ID {
				jr := jsonReq{r.Committee, string(r.Status), r.DueDate.Format("2006-01-02"), r.Overdue(day), ""}
				if !r.ReportReceivedOn.IsZero() {
					jr.ReportedOn = r.ReportReceivedOn.Format("2006-01-02")
				}
				j.Requirement = &jr
			}
		}
		out = append(out, j)
	}
	if *asJSON {
		return encodeJSON(e, map[string]any{"audit": *audit, "as_of": day.Format("2006-01-02"), "decisions": out})
	}
	if len(out) == 0 {
		fmt.Fprintln(e.stdout, "No decisions yet: draft them in the web app (Beslut och krav).")
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "COMMITTEE\tDECISION\tREQUIREMENT\tDUE\tOVERDUE")
	for _, d := range out {
		req, due, over := "-", "", ""
		if d.Requirement != nil {
			req, due = review.RequirementStatus(d.Requirement.Status).SwedishName(), d.Requirement.DueDate
			if d.Requirement.Overdue {
				over = "yes"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", d.Committee, d.Status, req, due, over)
	}
	tw.Flush()
	return exitOK
}
