package main

import (
	"fmt"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"tillsyn/review"
	"tillsyn/review/caselist"
)

func cmdImport(e *env, args []string) int {
	f := newFlags(e, "import", "--audit NAME [--skip-invalid] [--map FIELD=HEADER]... [--json] FILE...")
	audit := f.String("audit", "", "the audit to import into (required)")
	skip := f.Bool("skip-invalid", false, "import the valid rows and record the invalid ones in the import log (default: refuse the whole import)")
	asJSON := f.Bool("json", false, "print one JSON object")
	var maps multiFlag
	f.Var(&maps, "map", "map a field to a header name, e.g. --map diarienummer=\"Ärende-ID\" (fields: committee, diarienummer, personnummer, intervention, legal_basis, decision_date, end_date, case_officer, age)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" {
		return f.usageError("--audit is required")
	}
	if f.NArg() == 0 {
		return f.usageError("no FILE to import")
	}
	opt := review.ImportOptions{SkipInvalid: *skip, Map: map[caselist.Field]string{}}
	for _, m := range maps {
		k, v, ok := strings.Cut(m, "=")
		if !ok || strings.TrimSpace(v) == "" {
			return f.usageError("--map %q: want FIELD=HEADER", m)
		}
		field, err := caselist.ParseField(k)
		if err != nil {
			return f.usageError("--map: %v", err)
		}
		opt.Map[field] = v
	}
	// A large import allocates steadily but keeps little: collect rarely, but never let the
	// heap pass 192 MiB (the whole command stays under 300 MB with SQLite's page cache).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(192 << 20))
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	res, err := svc.ImportCaseLists(cliContext(), *audit, f.Args(), opt)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		if code := encodeJSON(e, res); code != exitOK {
			return code
		}
	} else {
		printImport(e, res)
	}
	if !res.Committed {
		return exitFailure
	}
	return exitOK
}

func printImport(e *env, res review.ImportResult) {
	for _, iv := range res.Invalid {
		fmt.Fprintln(e.stderr, iv.String())
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tENCODING\tDELIMITER\tROWS\tIMPORTED\tSKIPPED\tSHA-256")
	for _, fl := range res.Files {
		imp := fmt.Sprint(fl.Imported)
		if fl.Unchanged {
			imp = "unchanged (imported before)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%d\t%s\n", fl.File, fl.Encoding, fl.Delimiter, fl.RowsRead, imp, fl.Skipped, fl.SHA256[:12])
	}
	tw.Flush()
	if len(res.ByCommittee) > 0 {
		fmt.Fprintln(e.stdout)
		tw = tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "COMMITTEE\tCASES\t")
		for _, c := range sortedKeys(res.ByCommittee) {
			fmt.Fprintf(tw, "%s\t%d\t\n", c, res.ByCommittee[c])
		}
		tw.Flush()
	}
	if len(res.Guessed) > 0 {
		fmt.Fprintf(e.stdout, "\nColumns matched by part of their name (check them; --map FIELD=HEADER overrides):\n  %s\n", strings.Join(res.Guessed, "\n  "))
	}
	if len(res.UnmappedColumns) > 0 {
		fmt.Fprintf(e.stdout, "\nColumns not mapped to any field (not stored): %s\n", strings.Join(res.UnmappedColumns, ", "))
	}
	if res.BlankLines > 0 {
		fmt.Fprintf(e.stdout, "Blank lines (no data): %d\n", res.BlankLines)
	}
	switch {
	case !res.Committed:
		fmt.Fprintf(e.stdout, "\nNothing imported: %d invalid rows (listed on standard error). Fix them, or use --skip-invalid to import the %d valid rows and log the rest.\n", len(res.Invalid), validRows(res))
	case res.Skipped > 0:
		fmt.Fprintf(e.stdout, "\nImported %d cases into %q; skipped %d invalid rows (recorded in the audit's import log).\n", res.Imported, res.Audit, res.Skipped)
	default:
		fmt.Fprintf(e.stdout, "\nImported %d cases into %q.\n", res.Imported, res.Audit)
	}
}

func validRows(res review.ImportResult) int {
	n := 0
	for _, f := range res.Files {
		n += f.RowsRead - f.Skipped
	}
	return n
}
