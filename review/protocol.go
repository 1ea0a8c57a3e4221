package review

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"tillsyn/sampling"
)

// ProtocolStratum is a stratum in the sample's JSON contract.
type ProtocolStratum struct {
	Committee    string  `json:"committee"`
	Intervention *string `json:"intervention"`
	Population   int     `json:"population"`
	SampleSize   int     `json:"sample_size"`
	Cases        int     `json:"cases"`
	Reserves     int     `json:"reserves"`
	Warning      string  `json:"warning,omitempty"`
}

// ProtocolItem is a drawn case in the sample's JSON contract.
type ProtocolItem struct {
	Committee    string  `json:"committee"`
	Diarienummer string  `json:"diarienummer"`
	Intervention string  `json:"intervention"`
	StratumRank  int     `json:"stratum_rank"`
	Reserve      bool    `json:"reserve"`
	ReserveOrder int     `json:"reserve_order"`
	Status       string  `json:"status"`
	ReplacedBy   *string `json:"replaced_by"`
	Reason       *string `json:"reason"`
	Key          string  `json:"key"`
	ChangedBy    string  `json:"changed_by,omitempty"`
	ChangedAt    string  `json:"changed_at,omitempty"`
}

// ProtocolDraw is an earlier, superseded draw.
type ProtocolDraw struct {
	Seed        string `json:"seed"`
	DrawnAt     string `json:"drawn_at"`
	DrawnBy     string `json:"drawn_by"`
	FrameSHA256 string `json:"frame_sha256"`
	Superseded  string `json:"superseded_at"`
}

// Protocol is the sample protocol: everything a third party needs to check the draw. Its
// JSON form is the contract of `tillsyn sample --json` and `sample protocol --format json`.
type Protocol struct {
	Audit               string            `json:"audit"`
	Seed                string            `json:"seed"`
	Method              string            `json:"method"`
	FrameSHA256         string            `json:"frame_sha256"`
	Strata              []ProtocolStratum `json:"strata"`
	Items               []ProtocolItem    `json:"items"`
	ToolVersion         string            `json:"tool_version"`
	DrawnAt             string            `json:"drawn_at"`
	DrawnBy             string            `json:"drawn_by"`
	FrameSize           int               `json:"frame_size"`
	Parameters          sampling.Params   `json:"parameters"`
	Filters             FrameFilter       `json:"filters"`
	MethodDescription   string            `json:"method_description"`
	MethodDescriptionSv string            `json:"method_description_sv"`
	Warnings            []string          `json:"warnings"`
	EarlierDraws        []ProtocolDraw    `json:"earlier_draws"`
}

// NewProtocol builds the protocol of a sample.
func NewProtocol(a Audit, sm Sample, earlier []Sample) Protocol {
	p := Protocol{Audit: a.Name, Seed: sm.Seed, Method: sm.Method, FrameSHA256: sm.FrameSHA256, ToolVersion: sm.ToolVersion,
		DrawnAt: sm.DrawnAt.UTC().Format(time.RFC3339), DrawnBy: sm.DrawnBy, FrameSize: sm.FrameSize, Parameters: sm.Params, Filters: sm.Filters,
		MethodDescription: sampling.MethodDescription(sm.Params), MethodDescriptionSv: sampling.MethodDescriptionSv(sm.Params),
		Warnings: append([]string{}, sm.Warnings...), Strata: []ProtocolStratum{}, Items: []ProtocolItem{}, EarlierDraws: []ProtocolDraw{}}
	for _, st := range sm.Strata {
		ps := ProtocolStratum{Committee: st.Committee, Population: st.Population, SampleSize: st.SampleSize, Cases: st.Cases, Reserves: st.Reserves, Warning: st.Warning}
		if sm.Params.ByIntervention {
			iv := st.Intervention
			ps.Intervention = &iv
		}
		p.Strata = append(p.Strata, ps)
	}
	for _, it := range sm.Items {
		pi := ProtocolItem{Committee: it.Committee, Diarienummer: it.Diarienummer, Intervention: it.Intervention, StratumRank: it.StratumRank,
			Reserve: it.ReserveOrder > 0, ReserveOrder: it.ReserveOrder, Status: it.Status, Key: it.Key, ChangedBy: it.ChangedBy}
		if !it.ChangedAt.IsZero() {
			pi.ChangedAt = it.ChangedAt.UTC().Format(time.RFC3339)
		}
		if it.ReplacedBy != 0 {
			d := it.ReplacedByDnr
			pi.ReplacedBy = &d
		}
		if it.Reason != "" {
			r := it.Reason
			pi.Reason = &r
		}
		p.Items = append(p.Items, pi)
	}
	for _, e := range earlier {
		p.EarlierDraws = append(p.EarlierDraws, ProtocolDraw{Seed: e.Seed, DrawnAt: e.DrawnAt.UTC().Format(time.RFC3339), DrawnBy: e.DrawnBy, FrameSHA256: e.FrameSHA256, Superseded: e.Superseded.UTC().Format(time.RFC3339)})
	}
	return p
}

// WriteText writes the protocol for people: a statistician and a lawyer should both be able
// to check it.
func (p Protocol) WriteText(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "SAMPLE PROTOCOL / URVALSPROTOKOLL\n\n")
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Audit:\t%s\n", p.Audit)
	fmt.Fprintf(tw, "Drawn:\t%s by %s with tillsyn %s\n", p.DrawnAt, p.DrawnBy, p.ToolVersion)
	fmt.Fprintf(tw, "Seed:\t%q\n", p.Seed)
	fmt.Fprintf(tw, "Method:\t%s\n", p.Method)
	fmt.Fprintf(tw, "Frame:\t%d cases; %s\n", p.FrameSize, p.Filters.Describe())
	fmt.Fprintf(tw, "Frame SHA-256:\t%s\n", p.FrameSHA256)
	a := p.Parameters.Allocation
	switch a.Mode {
	case sampling.ModeFixed:
		fmt.Fprintf(tw, "Allocation:\t%d per stratum\n", a.PerStratum)
	case sampling.ModeProportional:
		fmt.Fprintf(tw, "Allocation:\t%d in total, proportional to stratum size (largest remainder)\n", a.Total)
	case sampling.ModeMargin:
		fmt.Fprintf(tw, "Allocation:\tmargin of error %g at confidence %g, expected share %g, with finite population correction\n", a.Margin, a.Confidence, a.Expected)
	}
	strata := "committee"
	if p.Parameters.ByIntervention {
		strata = "committee × intervention type"
	}
	fmt.Fprintf(tw, "Strata:\t%s\n", strata)
	fmt.Fprintf(tw, "Reserves:\t%d per stratum\n", p.Parameters.Reserves)
	if p.Parameters.OneCasePerPerson {
		fmt.Fprintf(tw, "One case per person:\tyes (within each stratum)\n")
	}
	tw.Flush()
	fmt.Fprintf(b, "\nMETHOD\n%s\n\nMETOD\n%s\n", p.MethodDescription, p.MethodDescriptionSv)
	for _, wn := range p.Warnings {
		fmt.Fprintf(b, "\nWarning: %s", wn)
	}
	fmt.Fprintf(b, "\n\nSTRATA (N = cases in the frame, n = sampled)\n")
	tw = tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STRATUM\tN\tn\tRESERVES\tNOTE")
	for _, s := range p.Strata {
		name := s.Committee
		if s.Intervention != nil {
			name += " / " + *s.Intervention
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\n", name, s.Population, s.SampleSize, s.Reserves, s.Warning)
	}
	tw.Flush()
	fmt.Fprintf(b, "\nCASES (rank = position within the stratum by key)\n")
	tw = tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COMMITTEE\tDIARIENUMMER\tINTERVENTION\tRANK\tDRAWN AS\tSTATUS\tKEY")
	for _, it := range p.Items {
		as := "selected"
		if it.Reserve {
			as = fmt.Sprintf("reserve %d", it.ReserveOrder)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", it.Committee, it.Diarienummer, it.Intervention, it.StratumRank, as, it.Status, it.Key[:16])
	}
	tw.Flush()
	var repl []ProtocolItem
	for _, it := range p.Items {
		if it.ReplacedBy != nil {
			repl = append(repl, it)
		}
	}
	fmt.Fprintf(b, "\nREPLACEMENTS (%d)\n", len(repl))
	for _, it := range repl {
		fmt.Fprintf(b, "- %s %s replaced by %s on %s by %s: %s\n", it.Committee, it.Diarienummer, *it.ReplacedBy, it.ChangedAt, it.ChangedBy, *it.Reason)
	}
	if len(p.EarlierDraws) > 0 {
		fmt.Fprintf(b, "\nEARLIER DRAWS (superseded before any file was scored)\n")
		for _, d := range p.EarlierDraws {
			fmt.Fprintf(b, "- seed %q drawn %s by %s, frame %s, superseded %s\n", d.Seed, d.DrawnAt, d.DrawnBy, d.FrameSHA256, d.Superseded)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
