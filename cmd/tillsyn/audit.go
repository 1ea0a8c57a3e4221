package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"tillsyn/review"
)

func cmdAudit(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "Usage: tillsyn audit create NAME [--kind tillsyn|egenkontroll] [--description TEXT] [--template NAME|FILE]\n       tillsyn audit set-template NAME --template NAME|FILE\n       tillsyn audit list")
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
	case "set-template":
		return cmdAuditSetTemplate(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "tillsyn audit: unknown subcommand %q (want create, set-template or list)\n", args[0])
	return exitUsage
}

func cmdAuditCreate(e *env, args []string) int {
	f := newFlags(e, "audit create", "NAME [--kind tillsyn|egenkontroll] [--description TEXT] [--template NAME|FILE]")
	kind := f.String("kind", "tillsyn", "tillsyn (by the inspectorate) or egenkontroll (self-audit)")
	desc := f.String("description", "", "what the audit covers")
	tmpl := f.String("template", review.DefaultTemplateName, "the criteria: a built-in template ("+strings.Join(review.BuiltinTemplates(), ", ")+") or a template FILE")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 1 {
		return f.usageError("audit create takes one NAME")
	}
	t, err := loadTemplate(*tmpl)
	if err != nil {
		return fail(e, err)
	}
	svc, st, err := f.openServiceCreate()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	a, err := svc.CreateAuditWithTemplate(cliContext(), f.Arg(0), review.AuditKind(*kind), *desc, t)
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Created audit %q (%s), criteria template %s version %s (%d criteria: %s; SHA-256 %s).\n", a.Name, a.Kind, t.Name, t.Version, len(t.Criteria), strings.Join(keys(t), ", "), t.SHA256()[:12])
	return exitOK
}

// cmdAuditSetTemplate gives an audit another criteria template before scoring has begun.
func cmdAuditSetTemplate(e *env, args []string) int {
	f := newFlags(e, "audit set-template", "NAME --template NAME|FILE")
	tmpl := f.String("template", "", "a built-in template ("+strings.Join(review.BuiltinTemplates(), ", ")+") or a template FILE (required)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 1 || *tmpl == "" {
		return f.usageError("audit set-template takes one NAME and --template")
	}
	t, err := loadTemplate(*tmpl)
	if err != nil {
		return fail(e, err)
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	a, err := svc.SetAuditTemplate(cliContext(), f.Arg(0), t)
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Audit %q is now judged on template %s version %s (%d criteria: %s).\n", a.Name, t.Name, t.Version, len(t.Criteria), strings.Join(keys(t), ", "))
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
	fmt.Fprintln(tw, "NAME\tKIND\tTEMPLATE\tCREATED\tDESCRIPTION")
	for _, a := range audits {
		t, err := svc.Template(a)
		if err != nil {
			return fail(e, err)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", a.Name, a.Kind, t.Name+" "+t.Version, a.CreatedAt.Local().Format("2006-01-02 15:04"), a.Description)
	}
	tw.Flush()
	return exitOK
}
