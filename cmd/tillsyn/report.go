package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"tillsyn/review"
	"tillsyn/review/report"
)

func cmdScores(e *env, args []string) int {
	if len(args) == 0 || args[0] != "import" {
		fmt.Fprintln(e.stderr, "Usage: tillsyn scores import --audit NAME [--json] FILE.csv")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return exitOK
		}
		return exitUsage
	}
	f := newFlags(e, "scores import", "--audit NAME [--json] FILE.csv")
	audit := f.String("audit", "", "the audit (required)")
	asJSON := f.Bool("json", false, "print one JSON object")
	if code, ok := parse(f, args[1:]); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 1 {
		return f.usageError("--audit and one FILE are required")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	res, err := svc.ImportScores(cliContext(), *audit, f.Arg(0))
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		if code := encodeJSON(e, res); code != exitOK {
			return code
		}
	} else {
		for _, iv := range res.Invalid {
			fmt.Fprintln(e.stderr, iv.String())
		}
		if res.Committed {
			fmt.Fprintf(e.stdout, "Imported %d judgements from %s (%d rows; %d already there, unchanged).\n", res.Imported, res.File, res.Rows, res.Unchanged)
		} else {
			fmt.Fprintf(e.stdout, "Nothing imported: %d invalid lines (listed on standard error).\n", len(res.Invalid))
		}
	}
	if !res.Committed {
		return exitFailure
	}
	return exitOK
}

// writeOut writes data to path atomically (temp file, fsync, rename), or to stdout for "".
func writeOut(e *env, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o640); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func cmdReport(e *env, args []string) int {
	f := newFlags(e, "report", "--audit NAME [--format text|json|csv|html] [--out FILE] [--rule no_or_partly|no_only] [--interval exact|wilson] [--compare OTHER_AUDIT] [--final]")
	audit := f.String("audit", "", "the audit (required)")
	format := f.String("format", "text", "text, json, csv or html")
	out := f.String("out", "", "write to FILE instead of standard output")
	rule := f.String("rule", "no_or_partly", "action required when a file is judged no or partly (no_or_partly) or only no (no_only)")
	interval := f.String("interval", "exact", "95 % intervals: exact (hypergeometric, as audit sampling evaluates attribute samples) or wilson")
	compare := f.String("compare", "", "an earlier audit of the same committees to compare with")
	final := f.Bool("final", false, "refuse (exit 1) while any sampled file is not final, listing what is missing")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 0 {
		return f.usageError("--audit is required")
	}
	r, err := review.ParseActionRule(*rule)
	if err != nil {
		return f.usageError("--rule: %v", err)
	}
	iv, err := review.ParseIntervalMethod(*interval)
	if err != nil {
		return f.usageError("--interval: %v", err)
	}
	render := map[string]func(io.Writer, review.Findings, *review.Findings, report.Options) error{"text": report.Text, "json": report.JSON, "csv": report.CSV, "html": report.HTML}[*format]
	if render == nil {
		return f.usageError("--format must be text, json, csv or html")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ctx := cliContext()
	opt := review.FindingsOptions{Rule: r, Interval: iv}
	res, err := svc.Findings(ctx, *audit, opt)
	if err != nil {
		return fail(e, err)
	}
	fd := res.Findings
	if *final && !fd.Complete {
		fmt.Fprintf(e.stderr, "tillsyn: the report is not final: %d of %d sampled files are final. Missing:\n", fd.Region.Final, fd.Region.Sampled)
		for _, cf := range fd.Committees {
			if cf.Pending() > 0 {
				fmt.Fprintf(e.stderr, "  %s: %d of %d final; not started %d, awaiting the second reviewer %d, awaiting adjudication %d\n",
					cf.Committee, cf.FilesReviewed, cf.Sampled, cf.NotStarted, cf.AwaitingSecond, cf.AwaitingAdjudication)
			}
		}
		return exitFailure
	}
	var cmp *review.Findings
	ropt := report.Options{Kind: res.Audit.Kind, Generated: time.Now()}
	if *compare != "" {
		other, err := svc.Findings(ctx, *compare, opt)
		if err != nil {
			return fail(e, err)
		}
		cmp = &other.Findings
		// which committees of the earlier audit had requirements, and whether they were met
		if ropt.EarlierRequirements, err = svc.RequirementOutcomes(ctx, *compare, time.Now()); err != nil {
			return fail(e, err)
		}
	}
	var buf bytes.Buffer
	if err := render(&buf, fd, cmp, ropt); err != nil {
		return fail(e, err)
	}
	if err := writeOut(e, *out, buf.Bytes()); err != nil {
		return fail(e, err)
	}
	if !fd.Complete {
		fmt.Fprintf(e.stderr, "note: preliminary: %d of %d sampled files are final; the report says so.\n", fd.Region.Final, fd.Region.Sampled)
	}
	return exitOK
}

// cmdAgreement prints the agreement between reviewers per criterion.
func cmdAgreement(e *env, args []string) int {
	f := newFlags(e, "agreement", "--audit NAME [--json]")
	audit := f.String("audit", "", "the audit (required)")
	asJSON := f.Bool("json", false, "print the agreement object of the JSON report")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 0 {
		return f.usageError("--audit is required")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ag, err := svc.Agreement(cliContext(), *audit)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		if err := report.AgreementJSON(e.stdout, ag); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	if err := report.AgreementText(e.stdout, ag); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func cmdExport(e *env, args []string) int {
	f := newFlags(e, "export", "--audit NAME [--audit NAME ...] [--level committee|audit|intervention|all] [--by-year] [--format csv|json|xlsx] [--min-cell K] [--out FILE] [--codebook FILE] [--year Y]")
	var audits multiFlag
	f.Var(&audits, "audit", "an audit (required; repeat to pool several audits into one file)")
	level := f.String("level", "committee", "the rows' unit: committee, audit (committees pooled), intervention (per intervention type) or all (every audit pooled)")
	byYear := f.Bool("by-year", false, "split every row by the year of the cases' decisions")
	format := f.String("format", "csv", "csv, json or xlsx")
	minCell := f.Int("min-cell", report.DefaultMinCell, "hide counts from 1 to K-1 (K >= 3)")
	out := f.String("out", "", "write to FILE (required for xlsx; default standard output); the codebook is written beside it as FILE.codebook.txt and FILE.codebook.json")
	codebook := f.String("codebook", "", "also write the codebook to FILE (and the machine-readable one to FILE.json)")
	year := f.Int("year", 0, "the year the audit covers (default: the year of the latest decision among the sampled cases)")
	rule := f.String("rule", "no_or_partly", "the action rule (does not change the exported counts)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if len(audits) == 0 || f.NArg() != 0 {
		return f.usageError("--audit is required")
	}
	lv, err := report.ParseLevel(*level)
	if err != nil {
		return f.usageError("--level must be committee, audit, intervention or all")
	}
	if *format != "csv" && *format != "json" && *format != "xlsx" {
		return f.usageError("--format must be csv, json or xlsx")
	}
	if *format == "xlsx" && *out == "" {
		return f.usageError("--out FILE is required for xlsx")
	}
	if *minCell < 3 {
		return f.usageError("--min-cell must be 3 or more: smaller cells could identify people")
	}
	r, err := review.ParseActionRule(*rule)
	if err != nil {
		return f.usageError("--rule: %v", err)
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ctx := cliContext()
	opt := report.ResearchOptions{Level: lv, ByYear: *byYear, MinCell: *minCell, Format: *format, Rule: r}
	x, err := report.ExportResearch(ctx, svc, audits, opt, *year, currentUser(e), nil)
	if err != nil {
		return fail(e, err)
	}
	// recorded: from here on the export counts as published
	if err := writeOut(e, *out, x.Data); err != nil {
		return fail(e, err)
	}
	cb := *codebook
	if cb == "" && *out != "" && *out != "-" {
		cb = *out + ".codebook.txt"
	}
	if cb != "" {
		jsonPath := strings.TrimSuffix(cb, ".txt") + ".json"
		if err := writeOut(e, cb, []byte(x.Codebook+"\n")); err != nil {
			return fail(e, err)
		}
		if err := writeOut(e, jsonPath, x.CodebookJSON); err != nil {
			return fail(e, err)
		}
	}
	if *out != "" {
		fmt.Fprintf(e.stderr, "Exported %d rows (level %s%s) to %s, SHA-256 %s; small cells (1–%s) suppressed. The export is recorded.\n",
			x.Rows, lv, map[bool]string{true: ", by year"}[*byYear], *out, x.SHA256, strconv.Itoa(*minCell-1))
		if cb != "" {
			fmt.Fprintf(e.stderr, "Codebook: %s and %s\n", cb, strings.TrimSuffix(cb, ".txt")+".json")
		}
	}
	return exitOK
}
