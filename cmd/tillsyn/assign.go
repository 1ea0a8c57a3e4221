package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"tillsyn/review"
)

// cmdAssign assigns an audit's sampled cases to reviewers (per committee or per case, as
// reviewer or as the second reviewer of a double review), or lists who reviews what.
func cmdAssign(e *env, args []string) int {
	f := newFlags(e, "assign", "--audit NAME (--reviewer USER | --remove) (--committee C | --case DNR...) [--second] [--json]\n       tillsyn assign --audit NAME --list [--json]")
	audit := f.String("audit", "", "the audit (required)")
	reviewer := f.String("reviewer", "", "the user who is to review the cases")
	committee := f.String("committee", "", "every sampled case of this committee (with --case: where the diarienummer is looked up)")
	var cases multiFlag
	f.Var(&cases, "case", "a sampled case by diarienummer (repeatable)")
	second := f.Bool("second", false, "as the second reviewer of cases drawn for double review")
	remove := f.Bool("remove", false, "remove the assignment instead")
	list := f.Bool("list", false, "list the assignments and each reviewer's progress")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 0 {
		return f.usageError("--audit is required")
	}
	if !*list {
		if (*reviewer == "") == !*remove {
			return f.usageError("give --reviewer USER or --remove")
		}
		if *committee == "" && len(cases) == 0 {
			return f.usageError("give --committee C or --case DNR")
		}
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ctx := cliContext()
	a, sm, err := svc.ActiveSample(ctx, *audit)
	if err != nil {
		return fail(e, err)
	}
	if *list {
		return assignList(e, svc, a, sm, *asJSON)
	}
	req := review.AssignRequest{Slot: 1, Reviewer: *reviewer}
	if *second {
		req.Slot = 2
	}
	if len(cases) == 0 {
		req.Committee = *committee
	}
	for _, dnr := range cases {
		var found []review.SampleItem
		for _, it := range sm.Items {
			if it.Status == review.StatusSelected && strings.EqualFold(it.Diarienummer, strings.TrimSpace(dnr)) && (*committee == "" || it.Committee == *committee) {
				found = append(found, it)
			}
		}
		switch len(found) {
		case 0:
			return fail(e, &review.Error{Code: review.EInvalid, Field: "case", Message: fmt.Sprintf("%q is not a selected case of the sample of %s", dnr, a.Name)})
		case 1:
			req.Items = append(req.Items, found[0].ID)
		default:
			return fail(e, &review.Error{Code: review.EInvalid, Field: "case", Message: fmt.Sprintf("%q is in more than one committee: add --committee", dnr)})
		}
	}
	n, err := svc.Assign(ctx, review.ActorOf(ctx), a.Name, req)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, map[string]any{"audit": a.Name, "reviewer": req.Reviewer, "slot": req.Slot, "cases": n})
	}
	role := "reviewer"
	if req.Slot == 2 {
		role = "second reviewer"
	}
	if req.Reviewer == "" {
		fmt.Fprintf(e.stdout, "Removed the %s of %d %s.\n", role, n, plural(n, "case", "cases"))
	} else {
		fmt.Fprintf(e.stdout, "%s is now the %s of %d %s in %s.\n", req.Reviewer, role, n, plural(n, "case", "cases"), a.Name)
	}
	return exitOK
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

type assignedCase struct {
	Committee    string `json:"committee"`
	Diarienummer string `json:"diarienummer"`
	Double       bool   `json:"double_review"`
	Reviewer     string `json:"reviewer"`
	Second       string `json:"second_reviewer"`
}

type reviewerProgressJSON struct {
	Reviewer  string `json:"reviewer"`
	Assigned  int    `json:"assigned"`
	Submitted int    `json:"submitted"`
	Drafts    int    `json:"started"`
}

func assignList(e *env, svc *review.Service, a review.Audit, sm review.Sample, asJSON bool) int {
	ctx := cliContext()
	q, asg, err := svc.Assigned(ctx, a.ID)
	if err != nil {
		return fail(e, err)
	}
	prog, err := svc.ReviewerProgress(ctx, a.ID)
	if err != nil {
		return fail(e, err)
	}
	slots := map[int64][3]string{}
	for _, x := range asg {
		v := slots[x.ItemID]
		v[x.Slot] = x.Reviewer
		slots[x.ItemID] = v
	}
	var rows []assignedCase
	for _, x := range q {
		sl := slots[x.Item.ID]
		rows = append(rows, assignedCase{Committee: x.Item.Committee, Diarienummer: x.Item.Diarienummer, Double: x.Double, Reviewer: sl[1], Second: sl[2]})
	}
	var ps []reviewerProgressJSON
	for _, p := range prog {
		ps = append(ps, reviewerProgressJSON{p.Reviewer, p.Assigned, p.Submitted, p.Drafts})
	}
	if asJSON {
		return encodeJSON(e, map[string]any{"audit": a.Name, "cases": rows, "reviewers": ps})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "COMMITTEE\tDIARIENUMMER\tREVIEWER\tSECOND REVIEWER")
	for _, r := range rows {
		second := "-"
		if r.Double {
			second = orNone(r.Second)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Committee, r.Diarienummer, orNone(r.Reviewer), second)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "REVIEWER\tASSIGNED\tSUBMITTED\tSTARTED")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", p.Reviewer, p.Assigned, p.Submitted, p.Drafts)
	}
	if err := tw.Flush(); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
