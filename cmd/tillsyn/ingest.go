package main

import (
	"fmt"
	"strings"

	"tillsyn/review"
)

func cmdIngest(e *env, args []string) int {
	f := newFlags(e, "ingest", "--audit NAME [--review-date DATE] [--json] DIR")
	audit := f.String("audit", "", "the audit (required)")
	reviewDate := f.String("review-date", "", "the review date for screening (default today)")
	asJSON := f.Bool("json", false, "print JSON")
	x := addExtractorFlags(f)
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 1 {
		return f.usageError("--audit and one DIR (one folder per case) are required")
	}
	rd, rules, code, ok := x.screenOptions(f, *reviewDate)
	if !ok {
		return code
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ex := x.extractor()
	defer ex.Close()
	res, err := svc.Ingest(cliContext(), *audit, f.Arg(0), ex, review.ScreenOptions{ReviewDate: rd, Rules: rules})
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, res)
	}
	fmt.Fprintf(e.stdout, "Matched %d case folders; %d new files (%d pages), %d unchanged files skipped.\n", len(res.Matched), res.FilesNew, res.PagesNew, res.FilesSkipped)
	if len(res.Unmatched) > 0 {
		fmt.Fprintf(e.stdout, "\nFolders that match no sampled case (%d): %s\n", len(res.Unmatched), strings.Join(res.Unmatched, ", "))
	}
	if len(res.Ambiguous) > 0 {
		fmt.Fprintf(e.stdout, "\nFolders that match several sampled cases (name them <municipality>_<diarienummer>): %s\n", strings.Join(res.Ambiguous, ", "))
	}
	if len(res.WithoutFiles) > 0 {
		fmt.Fprintf(e.stdout, "\nSampled cases without files (%d): %s\n", len(res.WithoutFiles), strings.Join(res.WithoutFiles, ", "))
	}
	if len(res.Skipped) > 0 {
		fmt.Fprintf(e.stdout, "\nNot read (%d):\n", len(res.Skipped))
		for _, sk := range res.Skipped {
			fmt.Fprintf(e.stdout, "  %s: %s\n", sk.Path, sk.Reason)
		}
	}
	if len(res.FailedFiles) > 0 {
		fmt.Fprintf(e.stdout, "\nFiles that could not be read in full (%d):\n", len(res.FailedFiles))
		for _, ff := range res.FailedFiles {
			fmt.Fprintf(e.stdout, "  %s/%s: %s: %s\n", ff.Case, ff.File, ff.Status, ff.Error)
		}
	}
	return exitOK
}
