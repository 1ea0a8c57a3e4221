package main

import (
	"fmt"
)

// cmdGallra removes an audit's personal data at the end of its retention period.
func cmdGallra(e *env, args []string) int {
	f := newFlags(e, "gallra", "--audit NAME --reason TEXT [--dry-run] [--json]")
	audit := f.String("audit", "", "the audit (required)")
	reason := f.String("reason", "", "why, e.g. the decision or the retention schedule followed (required; recorded in the trail)")
	dry := f.Bool("dry-run", false, "count what would be removed; change nothing")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || *reason == "" || f.NArg() != 0 {
		return f.usageError("--audit and --reason are required")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	res, err := svc.Gallra(cliContext(), *audit, *reason, *dry)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, res)
	}
	verb := "Removed"
	if *dry {
		verb = "Would remove (dry run: nothing changed)"
	}
	fmt.Fprintf(e.stdout, "%s from %q:\n", verb, res.Audit)
	fmt.Fprintf(e.stdout, "  %d case-file documents with %d pages of text and their search index, %d stored files\n", res.Documents, res.Pages, res.FilesRemoved)
	fmt.Fprintf(e.stdout, "  %d screenings, the comments and evidence pointers of %d judgements, %d entries of their history\n", res.Screenings, res.Comments, res.HistoryEntries)
	fmt.Fprintf(e.stdout, "  the diarienummer, pseudonyms, birth years, ages, case officers and exact dates of %d cases (%d of them sampled), %d rows of the import log\n", res.Cases, res.SampledCases, res.ImportLogRows)
	fmt.Fprintln(e.stdout, "Kept: the verdicts per committee and intervention (the findings and research exports), the sample's parameters and protocol, the export log and the trail.")
	if !*dry {
		fmt.Fprintln(e.stdout, "The database was rebuilt and its write-ahead log emptied: nothing removed remains in either. Backups made before today still hold it: delete them by the same schedule.")
	}
	return exitOK
}
