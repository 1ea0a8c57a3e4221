package main

import (
	"bufio"
	"fmt"
	"math"
	"os/user"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"tillsyn/review"
	"tillsyn/sampling"
)

func cmdSample(e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "size":
			return cmdSampleSize(e, args[1:])
		case "replace":
			return cmdSampleReplace(e, args[1:])
		case "protocol":
			return cmdSampleProtocol(e, args[1:])
		case "verify":
			return cmdSampleVerify(e, args[1:])
		case "frame":
			return cmdSampleFrame(e, args[1:])
		case "double":
			return cmdSampleDouble(e, args[1:])
		}
	}
	return cmdSampleDraw(e, args)
}

const sampleSynopsis = `--audit NAME --seed S (--per-committee N | --total N --proportional | --margin E [--confidence C] [--expected P])
       [--by-intervention] [--reserves K] [--intervention LIST] [--legal-basis LIST] [--decided-from DATE] [--decided-to DATE]
       [--min-age A] [--one-case-per-person] [--redraw] [--json]
   or: tillsyn sample size|replace|protocol|verify|frame|double ...`

func currentUser(e *env) string {
	if u := e.getenv("TILLSYN_USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func cmdSampleDraw(e *env, args []string) int {
	f := newFlags(e, "sample", sampleSynopsis)
	audit := f.String("audit", "", "the audit (required)")
	seed := f.String("seed", "", "the seed, published with the sample (required)")
	perCommittee := f.Int("per-committee", 0, "sample N cases per stratum")
	total := f.Int("total", 0, "sample N cases in total (with --proportional)")
	proportional := f.Bool("proportional", false, "allocate --total proportionally to stratum size (largest remainder)")
	margin := f.Float64("margin", 0, "sample per stratum for this margin of error, e.g. 0.1 (finite population correction)")
	confidence := f.Float64("confidence", 0.95, "confidence level with --margin")
	expected := f.Float64("expected", 0.5, "expected share with --margin")
	byIntervention := f.Bool("by-intervention", false, "stratify by committee × intervention type")
	reserves := f.Int("reserves", 0, "ordered reserves per stratum")
	interventions := f.String("intervention", "", "frame filter: comma-separated intervention types, e.g. öppenvård,institutionsvård")
	legal := f.String("legal-basis", "", "frame filter: comma-separated legal bases, e.g. \"SoL 4:1\"")
	from := f.String("decided-from", "", "frame filter: decided on or after DATE")
	to := f.String("decided-to", "", "frame filter: decided on or before DATE")
	minAge := f.Int("min-age", 0, "frame filter: aged A or more at the decision")
	onePerPerson := f.Bool("one-case-per-person", false, "at most one case per person within a stratum")
	redraw := f.Bool("redraw", false, "replace the audit's sample (only before any file is scored; the old draw stays in the log)")
	asJSON := f.Bool("json", false, "print the sample as JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || *seed == "" {
		return f.usageError("--audit and --seed are required")
	}
	if f.NArg() != 0 {
		return f.usageError("unexpected argument %q", f.Arg(0))
	}
	modes := 0
	var alloc sampling.Allocation
	if *perCommittee > 0 {
		modes++
		alloc = sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: *perCommittee}
	}
	if *total > 0 || *proportional {
		modes++
		if !*proportional || *total <= 0 {
			return f.usageError("--total N goes with --proportional")
		}
		alloc = sampling.Allocation{Mode: sampling.ModeProportional, Total: *total}
	}
	if *margin > 0 {
		modes++
		alloc = sampling.Allocation{Mode: sampling.ModeMargin, Margin: *margin, Confidence: *confidence, Expected: *expected}
	}
	if modes != 1 {
		return f.usageError("choose one allocation: --per-committee N, --total N --proportional, or --margin E")
	}
	if *reserves < 0 {
		return f.usageError("--reserves must be 0 or more")
	}
	// a million-case frame is read, ranked and dropped: collect garbage rarely
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ctx := cliContext()
	req := review.DrawRequest{
		Params:      sampling.Params{Seed: *seed, ByIntervention: *byIntervention, Reserves: *reserves, OneCasePerPerson: *onePerPerson, Allocation: alloc},
		Filters:     review.FrameFilter{Interventions: splitList(*interventions), LegalBases: splitList(*legal), DecidedFrom: *from, DecidedTo: *to, MinAge: *minAge},
		Redraw:      *redraw,
		By:          currentUser(e),
		ToolVersion: version,
	}
	sm, err := svc.DrawSample(ctx, *audit, req)
	if err != nil {
		return fail(e, err)
	}
	a, err := svc.AuditByName(ctx, *audit)
	if err != nil {
		return fail(e, err)
	}
	earlier, err := svc.SampleLog(ctx, *audit)
	if err != nil {
		return fail(e, err)
	}
	p := review.NewProtocol(a, sm, earlier)
	if *asJSON {
		return encodeJSON(e, p)
	}
	for _, w := range p.Warnings {
		fmt.Fprintln(e.stderr, "warning:", w)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STRATUM\tN\tn\tRESERVES")
	sel, res := 0, 0
	for _, s := range p.Strata {
		name := s.Committee
		if s.Intervention != nil {
			name += " / " + *s.Intervention
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", name, s.Population, s.SampleSize, s.Reserves)
		sel += s.SampleSize
		res += s.Reserves
	}
	tw.Flush()
	fmt.Fprintf(e.stdout, "\nDrew %d cases and %d reserves from a frame of %d (SHA-256 %s) with seed %q.\n", sel, res, p.FrameSize, p.FrameSHA256, p.Seed)
	fmt.Fprintf(e.stdout, "Protocol: tillsyn sample protocol --audit %q; check it with: tillsyn sample verify --audit %q\n", a.Name, a.Name)
	return exitOK
}

func cmdSampleSize(e *env, args []string) int {
	f := newFlags(e, "sample size", "[--population N] --margin E [--confidence C] [--expected P]\n   or: tillsyn sample size --discovery --rate P [--confidence C] [--population N]")
	pop := f.Int("population", 0, "population size N (0 = infinite)")
	margin := f.Float64("margin", 0, "margin of error, e.g. 0.05 (required)")
	confidence := f.Float64("confidence", 0.95, "confidence level")
	expected := f.Float64("expected", 0.5, "expected share (0.5 is the most conservative)")
	discovery := f.Bool("discovery", false, "discovery sampling: the size that finds at least one lacking file with probability C if at least a share P (--rate) of the files lack")
	rate := f.Float64("rate", 0, "with --discovery: the smallest share of lacking files that must not go unnoticed, e.g. 0.05")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *discovery {
		if *rate <= 0 || *rate > 1 || f.NArg() != 0 {
			return f.usageError("--discovery needs --rate P with 0 < P <= 1")
		}
		n, err := sampling.DiscoverySize(*pop, *rate, *confidence)
		if err != nil {
			return f.usageError("%v", err)
		}
		popText := "an infinite population"
		if *pop > 0 {
			popText = fmt.Sprintf("a population of %d (exact hypergeometric)", *pop)
		}
		fmt.Fprintf(e.stdout, "Discovery sample size: %d\n", n)
		fmt.Fprintf(e.stdout, "  With %d files drawn from %s, at least one lacking file is found with probability ≥ %g %% if at least %g %% of the files lack.\n", n, popText, *confidence*100, *rate*100)
		fmt.Fprintf(e.stdout, "  The default action rule fires on a single lacking file: this is the size that makes \"no lacking file found\" mean something at that rate.\n")
		return exitOK
	}
	if *margin <= 0 || f.NArg() != 0 {
		return f.usageError("--margin is required (or --discovery --rate P)")
	}
	n0, n, err := sampling.SampleSize(*pop, *margin, *confidence, *expected)
	if err != nil {
		return f.usageError("%v", err)
	}
	fmt.Fprintf(e.stdout, "Sample size for a margin of error of ±%g at %g %% confidence (expected share %g):\n", *margin, *confidence*100, *expected)
	fmt.Fprintf(e.stdout, "  without finite population correction: %d\n", n0)
	if *pop > 0 {
		fmt.Fprintf(e.stdout, "  with finite population correction (N = %d): %d\n", *pop, n)
	} else {
		fmt.Fprintf(e.stdout, "  with finite population correction: N = ∞, so also %d\n", n)
	}
	z := sampling.ZForConfidence(*confidence)
	fmt.Fprintf(e.stdout, "  (z = %.4f; n0 = z²·p(1−p)/E², n = n0/(1 + (n0−1)/N), rounded up)\n", math.Round(z*1e4)/1e4)
	return exitOK
}

func cmdSampleReplace(e *env, args []string) int {
	f := newFlags(e, "sample replace", "--audit NAME --case DNR [--committee C] --reason TEXT")
	audit := f.String("audit", "", "the audit (required)")
	dnr := f.String("case", "", "the diarienummer of the selected case to replace (required)")
	committee := f.String("committee", "", "the committee, when the diarienummer occurs in several")
	reason := f.String("reason", "", "why the case is replaced, e.g. outside the scope, file not retrievable (required)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || *dnr == "" || strings.TrimSpace(*reason) == "" || f.NArg() != 0 {
		return f.usageError("--audit, --case and --reason are required")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	old, repl, err := svc.ReplaceCase(cliContext(), *audit, *dnr, *committee, *reason, currentUser(e))
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Replaced %s %s with reserve %d of its stratum: %s (reason: %s).\n", old.Committee, old.Diarienummer, repl.ReserveOrder, repl.Diarienummer, old.Reason)
	return exitOK
}

func cmdSampleProtocol(e *env, args []string) int {
	f := newFlags(e, "sample protocol", "--audit NAME [--format text|json]")
	audit := f.String("audit", "", "the audit (required)")
	format := f.String("format", "text", "text or json")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || f.NArg() != 0 {
		return f.usageError("--audit is required")
	}
	if *format != "text" && *format != "json" {
		return f.usageError("--format must be text or json")
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
	earlier, err := svc.SampleLog(ctx, *audit)
	if err != nil {
		return fail(e, err)
	}
	p := review.NewProtocol(a, sm, earlier)
	if *format == "json" {
		return encodeJSON(e, p)
	}
	if err := p.WriteText(e.stdout); err != nil {
		return fail(e, err)
	}
	return exitOK
}

// auditOnly parses a command whose only argument is --audit NAME and opens the service.
// code is the exit status to return when ok is false.
func auditOnly(e *env, name string, args []string) (svc *review.Service, audit string, closeFn func(), code int, ok bool) {
	f := newFlags(e, name, "--audit NAME")
	a := f.String("audit", "", "the audit (required)")
	if code, ok := parse(f, args); !ok {
		return nil, "", nil, code, false
	}
	if *a == "" || f.NArg() != 0 {
		return nil, "", nil, f.usageError("--audit is required"), false
	}
	svc, st, err := f.openService()
	if err != nil {
		return nil, "", nil, fail(e, err), false
	}
	return svc, *a, func() { st.Close() }, 0, true
}

func cmdSampleVerify(e *env, args []string) int {
	svc, audit, closeFn, code, ok := auditOnly(e, "sample verify", args)
	if !ok {
		return code
	}
	defer closeFn()
	diffs, err := svc.VerifySample(cliContext(), audit)
	if err != nil {
		return fail(e, err)
	}
	if len(diffs) > 0 {
		fmt.Fprintf(e.stdout, "NOT VERIFIED: the stored sample differs from a new draw on the stored frame (%d differences):\n", len(diffs))
		for _, d := range diffs {
			fmt.Fprintln(e.stdout, "  "+d)
		}
		return exitFailure
	}
	fmt.Fprintln(e.stdout, "Verified: a new draw from the stored frame, seed and parameters gives exactly the stored sample.")
	return exitOK
}

func cmdSampleFrame(e *env, args []string) int {
	svc, audit, closeFn, code, ok := auditOnly(e, "sample frame", args)
	if !ok {
		return code
	}
	defer closeFn()
	units, err := svc.SampleFrame(cliContext(), audit)
	if err != nil {
		return fail(e, err)
	}
	// exactly the lines of the frame fingerprint: LC_ALL=C sort | sha256sum gives frame_sha256
	w := bufio.NewWriter(e.stdout)
	for _, u := range units {
		fmt.Fprintf(w, "%s\t%s\n", u.Committee, u.Diarienummer)
	}
	if err := w.Flush(); err != nil {
		return fail(e, err)
	}
	return exitOK
}

// cmdSampleDouble chooses the cases for a second, independent review: the same reproducible
// choice the web app and the demo make (review.Service.SetDoubleReview), refused once any
// judgement has been saved.
func cmdSampleDouble(e *env, args []string) int {
	f := newFlags(e, "sample double", "--audit NAME --share S [--json]")
	audit := f.String("audit", "", "the audit (required)")
	share := f.Float64("share", -1, "the share of each committee's selected cases to review twice, 0–1 (required)")
	asJSON := f.Bool("json", false, `print {"audit", "share", "items": [{"committee", "diarienummer"}]}`)
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || *share < 0 || f.NArg() != 0 {
		return f.usageError("--audit and --share are required")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	items, err := svc.SetDoubleReview(cliContext(), *audit, *share)
	if err != nil {
		return fail(e, err)
	}
	type item struct {
		Committee    string `json:"committee"`
		Diarienummer string `json:"diarienummer"`
	}
	out := struct {
		Audit string  `json:"audit"`
		Share float64 `json:"share"`
		Items []item  `json:"items"`
	}{Audit: *audit, Share: *share, Items: []item{}}
	for _, it := range items {
		out.Items = append(out.Items, item{it.Committee, it.Diarienummer})
	}
	if *asJSON {
		return encodeJSON(e, out)
	}
	fmt.Fprintf(e.stdout, "%d cases will be reviewed by two reviewers independently (share %g of each committee's cases, chosen from the sample's seed):\n", len(items), *share)
	for _, it := range out.Items {
		fmt.Fprintf(e.stdout, "  %s\t%s\n", it.Committee, it.Diarienummer)
	}
	return exitOK
}
