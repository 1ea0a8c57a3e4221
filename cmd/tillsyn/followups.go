package main

import (
	"fmt"
	"strings"
	"time"

	"tillsyn/review"
)

// cmdFollowups is the follow-up monitor of a self-audit: per committee the open cases whose
// planned follow-up is overdue, the cases closed without a follow-up, and the closing
// reasons counted.
func cmdFollowups(e *env, args []string) int {
	f := newFlags(e, "followups", "--audit NAME [--as-of DATE] [--committee C] [--json]")
	audit := f.String("audit", "", "the audit (required)")
	asOf := f.String("as-of", "", "the date the monitor is read on, YYYY-MM-DD (default: today)")
	committee := f.String("committee", "", "only this committee")
	asJSON := f.Bool("json", false, `print {"audit", "as_of", "committees": [{"committee", "overdue", "closed_without_follow_up", "closing_reasons"}]}`)
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 0 {
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
	r, err := svc.FollowUps(cliContext(), *audit, *committee, day)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, r)
	}
	fmt.Fprintf(e.stdout, "Uppföljning i %s per %s\n", r.Audit, r.AsOf)
	if len(r.Committees) == 0 {
		fmt.Fprintln(e.stdout, "\nInga ärenden i ramen.")
	}
	list := func(xs []string) string {
		if len(xs) == 0 {
			return "inga"
		}
		return strings.Join(xs, ", ")
	}
	for _, c := range r.Committees {
		fmt.Fprintf(e.stdout, "\n%s (%d ärenden, %d med planerad uppföljning, %d uppföljda)\n", c.Committee, c.Cases, c.WithPlan, c.FollowedUp)
		fmt.Fprintf(e.stdout, "  Försenad uppföljning (%d): %s\n", len(c.Overdue), list(c.Overdue))
		fmt.Fprintf(e.stdout, "  Avslutade utan uppföljning (%d): %s\n", len(c.ClosedWithoutFollowUp), list(c.ClosedWithoutFollowUp))
		if len(c.ClosingReasons) == 0 {
			fmt.Fprintln(e.stdout, "  Avslutsorsaker: inga angivna")
			continue
		}
		fmt.Fprintln(e.stdout, "  Avslutsorsaker:")
		for _, k := range sortedKeys(c.ClosingReasons) {
			fmt.Fprintf(e.stdout, "    %s: %d\n", k, c.ClosingReasons[k])
		}
	}
	return exitOK
}
