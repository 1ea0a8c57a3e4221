package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
)

func cmdCases(e *env, args []string) int {
	f := newFlags(e, "cases", "--audit NAME [--committee C] [--list] [--json]")
	audit := f.String("audit", "", "the audit (required)")
	committee := f.String("committee", "", "only this committee (municipality name)")
	list := f.Bool("list", false, "list every case instead of counts")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" {
		return f.usageError("--audit is required")
	}
	if f.NArg() != 0 {
		return f.usageError("cases takes no arguments")
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	ctx := cliContext()
	if *list {
		cases, err := svc.Cases(ctx, *audit, *committee)
		if err != nil {
			return fail(e, err)
		}
		type item struct {
			Committee    string `json:"committee"`
			Diarienummer string `json:"diarienummer"`
			Intervention string `json:"intervention"`
			LegalBasis   string `json:"legal_basis"`
			DecisionDate string `json:"decision_date"`
			EndDate      string `json:"end_date"`
			BirthYear    int    `json:"birth_year"`
			Source       string `json:"source"`
		}
		items := make([]item, len(cases))
		for i, c := range cases {
			end := ""
			if !c.EndDate.IsZero() {
				end = c.EndDate.Format("2006-01-02")
			}
			items[i] = item{c.Committee, c.Diarienummer, c.Intervention, c.LegalBasis, c.DecisionDate.Format("2006-01-02"), end, c.BirthYear, fmt.Sprintf("%s:%d", c.SourceFile, c.SourceLine)}
		}
		if *asJSON {
			return encodeJSON(e, items)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "COMMITTEE\tDIARIENUMMER\tINTERVENTION\tLEGAL BASIS\tDECIDED\tENDED\tSOURCE")
		for _, it := range items {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", it.Committee, it.Diarienummer, it.Intervention, it.LegalBasis, it.DecisionDate, it.EndDate, it.Source)
		}
		tw.Flush()
		return exitOK
	}
	counts, err := svc.CaseCounts(ctx, *audit, *committee)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		type row struct {
			Committee    string `json:"committee"`
			Intervention string `json:"intervention"`
			Cases        int    `json:"cases"`
		}
		rows := make([]row, len(counts))
		for i, c := range counts {
			rows[i] = row{c.Committee, c.Intervention, c.Cases}
		}
		return encodeJSON(e, rows)
	}
	if len(counts) == 0 {
		fmt.Fprintln(e.stdout, "The frame is empty. Import case lists with: tillsyn import --audit NAME FILE...")
		return exitOK
	}
	// committees as rows, interventions as columns
	var ivs []string
	seen := map[string]bool{}
	byC := map[string]map[string]int{}
	for _, c := range counts {
		if !seen[c.Intervention] {
			seen[c.Intervention] = true
			ivs = append(ivs, c.Intervention)
		}
		if byC[c.Committee] == nil {
			byC[c.Committee] = map[string]int{}
		}
		byC[c.Committee][c.Intervention] += c.Cases
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "COMMITTEE\t")
	for _, iv := range ivs {
		fmt.Fprintf(tw, "%s\t", iv)
	}
	fmt.Fprintln(tw, "TOTAL\t")
	total := 0
	colTotal := map[string]int{}
	for _, c := range sortedKeys(byC) {
		fmt.Fprintf(tw, "%s\t", c)
		sum := 0
		for _, iv := range ivs {
			n := byC[c][iv]
			sum += n
			colTotal[iv] += n
			fmt.Fprintf(tw, "%d\t", n)
		}
		total += sum
		fmt.Fprintf(tw, "%d\t\n", sum)
	}
	fmt.Fprint(tw, "TOTAL\t")
	for _, iv := range ivs {
		fmt.Fprintf(tw, "%d\t", colTotal[iv])
	}
	fmt.Fprintf(tw, "%d\t\n", total)
	tw.Flush()
	return exitOK
}

func encodeJSON(e *env, v any) int {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fail(e, err)
	}
	return exitOK
}
