package main

import (
	"fmt"
	"text/tabwriter"

	"tillsyn/review"
)

func cmdAudit(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "Usage: tillsyn audit create NAME [--kind tillsyn|egenkontroll] [--description TEXT]\n       tillsyn audit list")
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "create":
		return cmdAuditCreate(e, args[1:])
	case "list":
		return cmdAuditList(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "tillsyn audit: unknown subcommand %q (want create or list)\n", args[0])
	return exitUsage
}

func cmdAuditCreate(e *env, args []string) int {
	f := newFlags(e, "audit create", "NAME [--kind tillsyn|egenkontroll] [--description TEXT]")
	kind := f.String("kind", "tillsyn", "tillsyn (by the inspectorate) or egenkontroll (self-audit)")
	desc := f.String("description", "", "what the audit covers")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 1 {
		return f.usageError("audit create takes one NAME")
	}
	svc, st, err := f.openServiceCreate()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	a, err := svc.CreateAudit(cliContext(), f.Arg(0), review.AuditKind(*kind), *desc)
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Created audit %q (%s).\n", a.Name, a.Kind)
	return exitOK
}

func cmdAuditList(e *env, args []string) int {
	f := newFlags(e, "audit list", "")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 0 {
		return f.usageError("audit list takes no arguments")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	audits, err := svc.Audits(cliContext())
	if err != nil {
		return fail(e, err)
	}
	if len(audits) == 0 {
		fmt.Fprintln(e.stdout, "No audits yet. Create one with: tillsyn audit create NAME")
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKIND\tCREATED\tDESCRIPTION")
	for _, a := range audits {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", a.Name, a.Kind, a.CreatedAt.Local().Format("2006-01-02 15:04"), a.Description)
	}
	tw.Flush()
	return exitOK
}
