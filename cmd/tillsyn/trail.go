package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"tillsyn/review"
)

func cmdTrail(e *env, args []string) int {
	const synopsis = "Usage: tillsyn trail verify [--head SEQ:HASH] [--json]\n       tillsyn trail show --audit NAME [--json]\n       tillsyn trail head [--json]"
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, synopsis)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "verify":
		return cmdTrailVerify(e, args[1:])
	case "show":
		return cmdTrailShow(e, args[1:])
	case "head":
		return cmdTrailHead(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "tillsyn trail: unknown subcommand %q (want verify, show or head)\n", args[0])
	return exitUsage
}

// cmdTrailVerify checks the chain and the data against it: exit 0 intact, 1 broken (the
// first broken event named).
func cmdTrailVerify(e *env, args []string) int {
	f := newFlags(e, "trail verify", "[--head SEQ:HASH] [--json]")
	head := f.String("head", "", "a head noted earlier (tillsyn trail head): it must still be in the trail")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 0 {
		return f.usageError("trail verify takes no arguments")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	rep, err := svc.VerifyTrail(cliContext(), *head)
	if err != nil {
		return fail(e, err)
	}
	code := exitOK
	if !rep.Intact {
		code = exitFailure
	}
	if *asJSON {
		if c := encodeJSON(e, rep); c != exitOK {
			return c
		}
		return code
	}
	if rep.Intact {
		fmt.Fprintf(e.stdout, "The trail is intact: %d events, the judgements, their history, the samples, the users and the exports agree with it.\nHead: %d:%s\n", rep.Events, rep.HeadSeq, rep.HeadHash)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "The trail is BROKEN (%d events read).\n", rep.Events)
	for i, b := range rep.Breaks {
		prefix := "  "
		if i == 0 {
			prefix = "First: "
		}
		if b.Seq > 0 {
			fmt.Fprintf(e.stdout, "%sevent %d: %s\n", prefix, b.Seq, b.Reason)
		} else {
			fmt.Fprintf(e.stdout, "%s%s\n", prefix, b.Reason)
		}
	}
	return code
}

func cmdTrailHead(e *env, args []string) int {
	f := newFlags(e, "trail head", "[--json]")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	h, err := svc.TrailHead(cliContext())
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, map[string]any{"seq": h.Seq, "hash": h.Hash, "at": h.At, "head": fmt.Sprintf("%d:%s", h.Seq, h.Hash)})
	}
	fmt.Fprintf(e.stdout, "%d:%s\n", h.Seq, h.Hash)
	fmt.Fprintf(e.stderr, "Note this down (with today's date) where the data directory cannot change it; later, `tillsyn trail verify --head %d:%s` shows that no event up to it has been rewritten.\n", h.Seq, h.Hash)
	return exitOK
}

// trailEventJSON is an event as `trail show --json` prints it: the detail as JSON.
type trailEventJSON struct {
	Seq     int64           `json:"seq"`
	At      time.Time       `json:"at"`
	Actor   string          `json:"actor"`
	Action  string          `json:"action"`
	Subject string          `json:"subject"`
	Detail  json.RawMessage `json:"detail"`
	Hash    string          `json:"hash"`
}

func cmdTrailShow(e *env, args []string) int {
	f := newFlags(e, "trail show", "--audit NAME [--json]")
	audit := f.String("audit", "", "the audit (required)")
	asJSON := f.Bool("json", false, "print JSON")
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
	evs, err := svc.TrailEvents(cliContext(), *audit)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		out := struct {
			Audit  string           `json:"audit"`
			Events []trailEventJSON `json:"events"`
		}{Audit: *audit, Events: []trailEventJSON{}}
		for _, ev := range evs {
			out.Events = append(out.Events, trailEventJSON{ev.Seq, ev.At, ev.Actor, ev.Action, ev.Subject, json.RawMessage(ev.Detail), ev.Hash})
		}
		return encodeJSON(e, out)
	}
	if len(evs) == 0 {
		fmt.Fprintln(e.stdout, "No events for this audit.")
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SEQ\tWHEN (UTC)\tWHO\tWHAT\tSUBJECT\tDETAIL")
	for _, ev := range evs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", ev.Seq, ev.At.UTC().Format("2006-01-02 15:04:05"), ev.Actor, ev.Action, ev.Subject, summarize(ev))
	}
	tw.Flush()
	return exitOK
}

// summarize is one short line of what an event did.
func summarize(ev review.TrailEvent) string {
	var d map[string]any
	if json.Unmarshal([]byte(ev.Detail), &d) != nil {
		return ""
	}
	switch ev.Action {
	case review.ActionJudgement, review.ActionJudgementImp:
		ch, _ := d["changes"].([]any)
		s := ""
		for i, c := range ch {
			m, _ := c.(map[string]any)
			if i == 3 {
				s += fmt.Sprintf(" … (%d in all)", len(ch))
				break
			}
			sub := ""
			if m["submitted"] == true {
				sub = ", inskickad"
			}
			s += fmt.Sprintf("%scase %v %v: %v (%v, v%v%s)", sep(i), m["item"], m["criterion"], orDash(m["verdict"]), m["reviewer"], m["version"], sub)
		}
		return s
	case review.ActionSampleDraw:
		items, _ := d["items"].([]any)
		return fmt.Sprintf("seed %q, %v, %d cases", d["seed"], d["method"], len(items))
	case review.ActionSampleReplace:
		return fmt.Sprintf("case %v replaced by case %v", d["item"], d["replacement"])
	case review.ActionExport:
		return fmt.Sprintf("%v, SHA-256 %v", d["format"], d["sha256"])
	case review.ActionDocument:
		return fmt.Sprintf("case %v: document %v (%v, %v pages)", d["item"], d["document"], d["status"], d["pages"])
	case review.ActionGallring:
		return fmt.Sprintf("reason: %v", d["reason"])
	case review.ActionCaseAssign:
		items, _ := d["items"].([]any)
		who := fmt.Sprintf("user %v", d["user"])
		if d["user"] == float64(0) {
			who = "nobody (removed)"
		}
		return fmt.Sprintf("%d cases to %s as reviewer %v", len(items), who, d["slot"])
	}
	b, _ := json.Marshal(d)
	if len(b) > 120 {
		return string(b[:117]) + "..."
	}
	return string(b)
}

func sep(i int) string {
	if i == 0 {
		return ""
	}
	return "; "
}

func orDash(v any) any {
	if v == "" || v == nil {
		return "–"
	}
	return v
}
