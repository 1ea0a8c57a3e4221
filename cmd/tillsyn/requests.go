package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"tillsyn/review"
)

// cmdRequests shows per sampled committee how many files were requested and received, the
// diarienummer still missing, the deadline of the latest letter and whether it has passed.
func cmdRequests(e *env, args []string) int {
	f := newFlags(e, "requests", "--audit NAME [--as-of DATE] [--json]")
	audit := f.String("audit", "", "the audit (required)")
	asOf := f.String("as-of", "", "judge overdue as of this date, YYYY-MM-DD (default: today)")
	asJSON := f.Bool("json", false, `print {"audit", "committees": [{"committee", "deadline", "requested", "received", "missing": [dnr...], "overdue"}]}`)
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 0 {
		return f.usageError("--audit is required")
	}
	at := time.Now()
	if *asOf != "" {
		t, err := review.ParseDate(*asOf)
		if err != nil {
			return f.usageError("--as-of: %v", err)
		}
		at = t
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ov, err := svc.Requests(cliContext(), *audit, at)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, ov)
	}
	if len(ov.Committees) == 0 {
		fmt.Fprintf(e.stdout, "No sample has been drawn in %q: nothing to request yet.\n", ov.Audit)
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COMMITTEE\tDEADLINE\tREQUESTED\tRECEIVED\tMISSING\tSTATUS")
	for _, c := range ov.Committees {
		deadline, status := "-", "no letter sent"
		if c.Deadline != nil {
			deadline = *c.Deadline
			status = "waiting"
		}
		switch {
		case len(c.Missing) == 0:
			status = "complete"
		case c.Overdue:
			status = "OVERDUE"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", c.Committee, deadline, c.Requested, c.Received, strings.Join(c.Missing, ", "), status)
	}
	tw.Flush()
	for _, c := range ov.Committees {
		for _, p := range c.Problems {
			fmt.Fprintf(e.stdout, "%s %s: %s: %s %s\n", c.Committee, p.Diarienummer, p.File, p.Status, p.Detail)
		}
	}
	for _, c := range ov.Committees {
		if c.Overdue {
			fmt.Fprintf(e.stdout, "\nA reminder for what is missing: tillsyn letters --audit %q --reminder --deadline DATE --out DIR\n", ov.Audit)
			break
		}
	}
	return exitOK
}
