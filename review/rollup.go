package review

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"tillsyn/sampling"
)

// ActionRule decides when a committee gets krav på åtgärder (action required).
type ActionRule string

// The action rules.
const (
	// RuleNoOrPartly (the default, the rule of the 2015 supervision): action is required when
	// any sampled file is judged no or partly on any criterion.
	RuleNoOrPartly ActionRule = "no_or_partly"
	// RuleNoOnly: action is required when any sampled file is judged no on any criterion;
	// partly is ignored by the rule (it still counts as lacking in the shares).
	RuleNoOnly ActionRule = "no_only"
)

// SwedishName describes the rule as a user sees it.
func (r ActionRule) SwedishName() string {
	switch r {
	case RuleNoOrPartly, "":
		return "krav på åtgärder när någon granskad akt helt eller delvis saknar dokumentation för något kriterium (nej eller delvis)"
	case RuleNoOnly:
		return "krav på åtgärder när någon granskad akt helt saknar dokumentation för något kriterium (nej); delvis räknas inte"
	}
	return string(r)
}

// ParseActionRule accepts "" (the default, no_or_partly), "no_or_partly", "no_only" and the
// Swedish spellings "nej_eller_delvis" / "nej eller delvis" and "nej" / "endast nej",
// case-insensitively. Any other value is an EInvalid *Error.
func ParseActionRule(s string) (ActionRule, error) {
	switch strings.ReplaceAll(Fold(s), "_", " ") {
	case "", "no or partly", "nej eller delvis", "default":
		return RuleNoOrPartly, nil
	case "no only", "nej", "endast nej", "only no":
		return RuleNoOnly, nil
	}
	return "", &Error{Code: EInvalid, Field: "rule",
		Message: fmt.Sprintf("okänd bedömningsregel %q (välj no_or_partly eller no_only)", s)}
}

// CaseState says where a sampled case stands in its review.
type CaseState string

// The case states. Only a final case counts in any figure; the others are pending.
const (
	// StateFinal: every criterion has a final verdict: submitted by the one reviewer, or, in
	// a double review, submitted by both and agreed, or adjudicated.
	StateFinal CaseState = "final"
	// StateNotStarted: no reviewer has submitted the case (drafts do not count).
	StateNotStarted CaseState = "not_started"
	// StateAwaitingSecond: a double-reviewed case one reviewer has submitted; until the
	// second has, its verdicts are in no list, count or chart (the blind holds).
	StateAwaitingSecond CaseState = "awaiting_second"
	// StateAwaitingAdjudication: both reviewers have submitted and disagree on a criterion
	// not yet adjudicated.
	StateAwaitingAdjudication CaseState = "awaiting_adjudication"
)

// SwedishName is the state as the reports say it.
func (s CaseState) SwedishName() string {
	switch s {
	case StateFinal, "":
		return "färdigbedömd"
	case StateNotStarted:
		return "ej bedömd"
	case StateAwaitingSecond:
		return "väntar på andra granskaren"
	case StateAwaitingAdjudication:
		return "väntar på jämkning"
	}
	return string(s)
}

// IntervalMethod is how the 95 % intervals of the shares lacking are computed.
type IntervalMethod string

// The interval methods.
const (
	// IntervalExact (the default): the exact hypergeometric interval, as audit-sampling
	// tools evaluate attribute samples (sampling.HypergeometricInterval).
	IntervalExact IntervalMethod = "exact"
	// IntervalWilson: the Wilson score interval with the finite population correction
	// (sampling.Wilson); its coverage dips below 95 % near 0 % and 100 %.
	IntervalWilson IntervalMethod = "wilson"
)

// ParseIntervalMethod accepts "" (exact), "exact" and "wilson".
func ParseIntervalMethod(s string) (IntervalMethod, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "exact", "exakt", "hypergeometric":
		return IntervalExact, nil
	case "wilson":
		return IntervalWilson, nil
	}
	return "", &Error{Code: EInvalid, Field: "interval", Message: fmt.Sprintf("okänd intervallmetod %q (välj exact eller wilson)", s)}
}

// Handover records whether the written assignment reached the provider before the
// intervention started.
type Handover string

// The handover answers; "" means not recorded.
const (
	HandoverYes     Handover = "yes"
	HandoverNo      Handover = "no"
	HandoverUnknown Handover = "unknown" // "framgår inte"
)

// ParseHandover accepts yes/no/unknown and ja/nej/framgår inte; "" is not recorded.
func ParseHandover(s string) (Handover, error) {
	switch Fold(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "yes", "ja", "j":
		return HandoverYes, nil
	case "no", "nej", "n":
		return HandoverNo, nil
	case "unknown", "framgar inte", "framgar ej", "okant", "vet ej":
		return HandoverUnknown, nil
	}
	return "", &Error{Code: EInvalid, Field: "handover", Message: fmt.Sprintf("%q: ange ja, nej eller framgår inte", s)}
}

// SwedishName is ja, nej or framgår inte.
func (h Handover) SwedishName() string {
	switch h {
	case HandoverYes:
		return "ja"
	case HandoverNo:
		return "nej"
	case HandoverUnknown:
		return "framgår inte"
	}
	return "ej angivet"
}

// CaseJudgement is one sampled case for the roll-up: its state and, when final, its verdict
// per criterion (the adjudicated one where a case was scored twice).
type CaseJudgement struct {
	Committee    string
	Diarienummer string
	// Stratum is the sample stratum the case was drawn in ("" or the committee when the
	// committee is one stratum); see RollupInput.StratumSize.
	Stratum string
	// State is StateFinal (also when empty) or a pending state; only final cases have
	// Verdicts and count in the figures.
	State    CaseState
	Verdicts map[Criterion]Verdict
	// Elements are, per criterion with a checklist, the element keys found (e.g. "abcf"), as
	// recorded by the reviewer; "" means none were recorded, unless the verdict is a missing
	// value (then none is there).
	Elements map[Criterion]string
	// Handover answers the handover question of the template's criterion that asks it.
	Handover Handover
}

func (c CaseJudgement) final() bool { return c.State == "" || c.State == StateFinal }

// RollupInput is everything Rollup needs. It holds no personal data beyond the diarienummer.
type RollupInput struct {
	Audit string
	Year  int
	// Rule is the action rule; "" means RuleNoOrPartly.
	Rule ActionRule
	// Interval is the interval method; "" means IntervalExact.
	Interval IntervalMethod
	// Template gives the criteria (in report order) and their scales; nil means ivo-2015.
	Template *Template
	// FrameSize maps committee -> number of cases in its sampling frame (the cases that
	// passed the sample's filters). 0 or missing means unknown (infinite).
	FrameSize map[string]int
	// StratumSize maps a stratum label (CaseJudgement.Stratum) -> its number of frame cases,
	// for committees drawn in more than one stratum (by intervention): their shares are then
	// stratified estimates. Nil means every committee is one stratum.
	StratumSize map[string]int
	// Cases are every selected case of the sample, final or pending.
	Cases []CaseJudgement
}

// CriterionCounts is the roll-up of one criterion in one committee, over its final files.
type CriterionCounts struct {
	// FilesReviewed counts the final files (every criterion of them has a final verdict).
	// Yes, Partly, No and NotApplicable count them by category of the criterion's scale:
	// documented (the values neither lacking nor not applicable), partly lacking (lacking but
	// not missing), missing, and not applicable; for the default scale the four values.
	FilesReviewed, Yes, Partly, No, NotApplicable int
	// Counts and Cases are per value of the scale (with the default scale the same as the
	// categories).
	Counts map[Verdict]int
	Cases  map[Verdict][]string
	// Defined is false when the criterion applies to no final file: the share and its
	// interval are then unknown (null in JSON, "–" in text), never 0.
	Defined bool
	// ShareLacking is the estimated share of the committee's files where the criterion
	// applies that lack documentation fully or partly (no or partly, whatever the action
	// rule): (No + Partly) / (FilesReviewed − NotApplicable), or, when the committee was
	// drawn in several strata, the stratified estimate Σ (N_h/N)·p_h (Method "stratified").
	ShareLacking float64
	// CILow, CIHigh: its 95 % interval, by Method: "exact" (hypergeometric, over the
	// estimated number of files where the criterion applies, Population), "wilson", or
	// "stratified" (a normal approximation from the stratified variance). NaN when it cannot
	// be estimated (a stratum with one file).
	CILow, CIHigh float64
	Method        IntervalMethod
	// Population is N' = ceil(N·a/r): the committee's frame size N scaled by the share of
	// final files where the criterion applies (a of r); 0 when the frame size is unknown.
	Population int
	// LackingCases: the diarienummer judged no or partly, in natural order ("SN 2015/84"
	// before "SN 2015/111"). NoCases, PartlyCases, YesCases and NotApplicableCases list the
	// cases behind each count, in the same order, so every figure can be traced.
	LackingCases       []string
	NotApplicableCases []string
	YesCases           []string
	PartlyCases        []string
	NoCases            []string
}

// Lacking is No + Partly.
func (c CriterionCounts) Lacking() int { return c.No + c.Partly }

// Applicable is FilesReviewed − NotApplicable: the denominator of ShareLacking.
func (c CriterionCounts) Applicable() int { return c.FilesReviewed - c.NotApplicable }

// MethodStratified names the stratified estimate (see CriterionCounts.Method).
const MethodStratified IntervalMethod = "stratified"

// CommitteeStatus says how far a committee's review has come.
type CommitteeStatus string

// The committee statuses.
const (
	StatusFinal       CommitteeStatus = "final"       // every sampled file is final
	StatusPreliminary CommitteeStatus = "preliminary" // some files final, some pending
	StatusNotStarted  CommitteeStatus = "not_started" // no file final yet
)

// ElementCount is how many final files hold an element of a checklist, and lack it.
type ElementCount struct{ Present, Absent int }

// ChecklistCount rolls one criterion's checklist up over the final files where the criterion
// applies: per element present and absent, over the files where the elements were recorded;
// Unrecorded counts those where they were not.
type ChecklistCount struct {
	Elements             map[string]ElementCount
	Recorded, Unrecorded int
}

func (c *ChecklistCount) add(o ChecklistCount) {
	if c.Elements == nil {
		c.Elements = map[string]ElementCount{}
	}
	for e, ec := range o.Elements {
		r := c.Elements[e]
		r.Present += ec.Present
		r.Absent += ec.Absent
		c.Elements[e] = r
	}
	c.Recorded += o.Recorded
	c.Unrecorded += o.Unrecorded
}

// CommitteeFinding is the roll-up of one sampled committee.
type CommitteeFinding struct {
	Committee string
	// Sampled: selected cases now in the sample (a replaced case counts once, through its
	// replacement); FilesReviewed: the final ones; the pending ones split by state.
	Sampled, FilesReviewed                           int
	NotStarted, AwaitingSecond, AwaitingAdjudication int
	Status                                           CommitteeStatus
	// FrameSize is the committee's frame size from the input, 0 when unknown.
	FrameSize int
	// Stratified: the committee was drawn in more than one stratum (its shares are
	// stratified estimates).
	Stratified bool
	// ActionRequired under the rule, over the final files: true is certain (a final file
	// lacks); false is final only when Status is final. Meaningless when not started.
	ActionRequired bool
	Criteria       map[Criterion]CriterionCounts
	// Checklists roll each checklist criterion's elements up (absent when no element was
	// recorded in the whole audit).
	Checklists map[Criterion]ChecklistCount
	// Handover counts the final files by whether the assignment reached the provider before
	// the start ("" = not recorded).
	Handover map[Handover]int
}

// Pending is Sampled − FilesReviewed.
func (c CommitteeFinding) Pending() int { return c.Sampled - c.FilesReviewed }

// RegionFinding is the roll-up over all committees of the audit.
type RegionFinding struct {
	// Committees is the number of sampled committees; CommitteesFinal how many have every
	// file final; ActionRequired how many got action required under the rule (over their
	// final files). NotFinal names the others.
	Committees, CommitteesFinal, ActionRequired int
	NotFinal                                    []string
	// Sampled and Final count files over all committees.
	Sampled, Final int
	// CommitteesWithLacking counts, per criterion, the committees with at least one final
	// file judged no or partly on it (whatever the rule).
	CommitteesWithLacking map[Criterion]int
	Checklists            map[Criterion]ChecklistCount
	Handover              map[Handover]int
}

// Findings is the result of Rollup.
type Findings struct {
	Audit    string
	Year     int
	Rule     ActionRule
	Interval IntervalMethod
	Criteria []Criterion
	// Template is the audit's criteria template (Criteria are its keys).
	Template Template
	// Complete is true when every sampled file of every committee is final.
	Complete bool
	// Committees sorted by name in Swedish order (a–z, then å, ä, ö; case and accents such
	// as é ignored first); every sampled committee, also those with nothing reviewed.
	Committees []CommitteeFinding
	Region     RegionFinding
	// Agreement between reviewers per criterion (filled by the service, not by Rollup).
	Agreement []CriterionAgreement
}

// Rollup rolls the sampled cases up into findings per committee and for the region: only
// final cases count; pending ones are counted as such.
//
// Errors (all EInvalid *Error): an unknown action rule or interval method; a criterion
// listed twice or empty; a case with an empty committee or diarienummer; a duplicate case
// (same committee and DiarienummerKey); a final case missing a verdict for one of the
// criteria; a verdict outside the scale (yes, partly, no, not_applicable); a negative frame
// size or one smaller than the committee's sampled files; an unknown case state. Verdicts
// for criteria that are not in Criteria are checked against the scale and otherwise
// ignored. No cases gives Findings with no committees and no error.
func Rollup(in RollupInput) (Findings, error) {
	rule, err := ParseActionRule(string(in.Rule))
	if err != nil {
		return Findings{}, err
	}
	method, err := ParseIntervalMethod(string(in.Interval))
	if err != nil {
		return Findings{}, err
	}
	tmpl := DefaultTemplate()
	if in.Template != nil {
		tmpl = *in.Template
	}
	if err := tmpl.Check(); err != nil {
		return Findings{}, err
	}
	crits := tmpl.Keys()

	byCommittee := map[string][]CaseJudgement{}
	seenCase := map[[2]string]bool{}
	for i, cj := range in.Cases {
		cj.Committee = strings.TrimSpace(cj.Committee)
		cj.Diarienummer = strings.TrimSpace(cj.Diarienummer)
		com, dnr := cj.Committee, cj.Diarienummer
		if com == "" {
			return Findings{}, rollupInvalid("committee", "ärende %d (%s) saknar nämnd", i+1, dnr)
		}
		if dnr == "" {
			return Findings{}, rollupInvalid("diarienummer", "ärende %d i %s saknar diarienummer", i+1, com)
		}
		key := [2]string{com, DiarienummerKey(dnr)}
		if seenCase[key] {
			return Findings{}, rollupInvalid("diarienummer", "ärendet %s i %s finns två gånger", dnr, com)
		}
		seenCase[key] = true
		switch cj.State {
		case "", StateFinal, StateNotStarted, StateAwaitingSecond, StateAwaitingAdjudication:
		default:
			return Findings{}, rollupInvalid("state", "ärendet %s i %s har okänt läge %q", dnr, com, cj.State)
		}
		if cj.final() {
			for c, v := range cj.Verdicts {
				d, ok := tmpl.Def(c)
				if ok && !slices.Contains(d.Values(), v) || !ok && !rollupValidVerdict(v) {
					return Findings{}, rollupInvalid("verdict", "ärendet %s i %s har bedömningen %q för %s, utanför skalan (%s)", dnr, com, v, c, joinVerdicts(tmpl.MustDef(c).Values()))
				}
			}
			for _, c := range crits {
				if _, ok := cj.Verdicts[c]; !ok {
					return Findings{}, rollupInvalid("verdict", "ärendet %s i %s saknar bedömning för %s", dnr, com, c)
				}
			}
		}
		byCommittee[com] = append(byCommittee[com], cj)
	}

	names := make([]string, 0, len(byCommittee))
	for n := range byCommittee {
		names = append(names, n)
	}
	slices.SortFunc(names, rollupCompareSwedish)

	f := Findings{
		Audit:      in.Audit,
		Year:       in.Year,
		Rule:       rule,
		Interval:   method,
		Criteria:   crits,
		Template:   tmpl,
		Committees: make([]CommitteeFinding, 0, len(names)),
		Region: RegionFinding{
			Committees:            len(names),
			CommitteesWithLacking: make(map[Criterion]int, len(crits)),
			Checklists:            map[Criterion]ChecklistCount{},
			Handover:              map[Handover]int{},
			NotFinal:              []string{},
		},
	}
	for _, c := range crits {
		f.Region.CommitteesWithLacking[c] = 0
	}
	// the elements are rolled up only when reviewers recorded them (some case has a tick):
	// judgements imported without them would otherwise read as every element lacking in
	// every "nej" and unknown everywhere else
	elementsRecorded := map[Criterion]bool{}
	for _, cs := range in.Cases {
		for c, e := range cs.Elements {
			elementsRecorded[c] = elementsRecorded[c] || cs.final() && e != ""
		}
	}
	var handoverCrit Criterion
	for _, d := range tmpl.Criteria {
		if d.Handover && handoverCrit == "" {
			handoverCrit = d.Key
		}
	}
	for _, name := range names {
		cases := byCommittee[name]
		slices.SortFunc(cases, func(a, b CaseJudgement) int { return rollupCompareNatural(a.Diarienummer, b.Diarienummer) })
		frame := in.FrameSize[name]
		if frame < 0 {
			return Findings{}, rollupInvalid("frame_size", "urvalsramen för %s har negativ storlek %d", name, frame)
		}
		if frame > 0 && frame < len(cases) {
			return Findings{}, rollupInvalid("frame_size", "urvalsramen för %s har %d ärenden men %d akter är i urvalet", name, frame, len(cases))
		}
		cf := CommitteeFinding{Committee: name, Sampled: len(cases), FrameSize: frame,
			Criteria: make(map[Criterion]CriterionCounts, len(crits)), Checklists: map[Criterion]ChecklistCount{}, Handover: map[Handover]int{}}
		var final []CaseJudgement
		strata := map[string]bool{}
		for _, cs := range cases {
			strata[cs.Stratum] = true
			switch {
			case cs.final():
				final = append(final, cs)
			case cs.State == StateNotStarted:
				cf.NotStarted++
			case cs.State == StateAwaitingSecond:
				cf.AwaitingSecond++
			case cs.State == StateAwaitingAdjudication:
				cf.AwaitingAdjudication++
			}
		}
		cf.FilesReviewed = len(final)
		cf.Stratified = len(strata) > 1 && in.StratumSize != nil
		switch {
		case len(final) == len(cases):
			cf.Status = StatusFinal
		case len(final) == 0:
			cf.Status = StatusNotStarted
		default:
			cf.Status = StatusPreliminary
		}
		for _, c := range crits {
			d := tmpl.MustDef(c)
			cc := CriterionCounts{FilesReviewed: len(final), Counts: map[Verdict]int{}, Cases: map[Verdict][]string{}}
			for _, cs := range final {
				v := cs.Verdicts[c]
				cc.Counts[v]++
				cc.Cases[v] = append(cc.Cases[v], cs.Diarienummer)
				switch {
				case d.IsNotApplicable(v):
					cc.NotApplicable++
					cc.NotApplicableCases = append(cc.NotApplicableCases, cs.Diarienummer)
				case d.IsMissing(v):
					cc.No++
					cc.NoCases = append(cc.NoCases, cs.Diarienummer)
					cc.LackingCases = append(cc.LackingCases, cs.Diarienummer)
				case d.IsLacking(v):
					cc.Partly++
					cc.PartlyCases = append(cc.PartlyCases, cs.Diarienummer)
					cc.LackingCases = append(cc.LackingCases, cs.Diarienummer)
				default:
					cc.Yes++
					cc.YesCases = append(cc.YesCases, cs.Diarienummer)
				}
			}
			estimate(&cc, d, final, frame, method, cf.Stratified, in.StratumSize)
			switch rule {
			case RuleNoOnly:
				if cc.No > 0 {
					cf.ActionRequired = true
				}
			default:
				if cc.Lacking() > 0 {
					cf.ActionRequired = true
				}
			}
			if cc.Lacking() > 0 {
				f.Region.CommitteesWithLacking[c]++
			}
			cf.Criteria[c] = cc
		}
		for _, d := range tmpl.Criteria {
			if d.Checklist == nil || !elementsRecorded[d.Key] {
				continue
			}
			cl := ChecklistCount{Elements: map[string]ElementCount{}}
			for _, cs := range final {
				v := cs.Verdicts[d.Key]
				if d.IsNotApplicable(v) {
					continue
				}
				got := cs.Elements[d.Key]
				if got == "" && !d.IsMissing(v) {
					cl.Unrecorded++
					continue
				}
				cl.Recorded++
				for _, e := range d.ElementKeys() {
					ec := cl.Elements[e]
					if strings.Contains(got, e) {
						ec.Present++
					} else {
						ec.Absent++
					}
					cl.Elements[e] = ec
				}
			}
			cf.Checklists[d.Key] = cl
		}
		if handoverCrit != "" {
			d := tmpl.MustDef(handoverCrit)
			for _, cs := range final {
				if !d.IsNotApplicable(cs.Verdicts[handoverCrit]) {
					cf.Handover[cs.Handover]++
				}
			}
		}
		if cf.ActionRequired {
			f.Region.ActionRequired++
		}
		if cf.Status == StatusFinal {
			f.Region.CommitteesFinal++
		} else {
			f.Region.NotFinal = append(f.Region.NotFinal, name)
		}
		f.Region.Sampled += cf.Sampled
		f.Region.Final += cf.FilesReviewed
		for c, cl := range cf.Checklists {
			r := f.Region.Checklists[c]
			r.add(cl)
			f.Region.Checklists[c] = r
		}
		for h, n := range cf.Handover {
			f.Region.Handover[h] += n
		}
		f.Committees = append(f.Committees, cf)
	}
	f.Complete = f.Region.Sampled > 0 && f.Region.Final == f.Region.Sampled
	return f, nil
}

// estimate fills the share lacking and its interval of one criterion in one committee.
func estimate(cc *CriterionCounts, d CriterionDef, final []CaseJudgement, frame int, method IntervalMethod, stratified bool, stratumSize map[string]int) {
	r, a, x := cc.FilesReviewed, cc.Applicable(), cc.Lacking()
	cc.Method = method
	if a <= 0 {
		cc.ShareLacking, cc.CILow, cc.CIHigh = math.NaN(), math.NaN(), math.NaN()
		return
	}
	cc.Defined = true
	cc.ShareLacking = float64(x) / float64(a)
	if frame > 0 {
		cc.Population = scaledPopulation(frame, a, r)
	}
	if stratified {
		// the stratified estimate: each stratum's share weighted by its estimated number of
		// files where the criterion applies (N'_h), strata without a final file left out
		type st struct{ r, a, x int }
		by := map[string]*st{}
		var order []string
		for _, cs := range final {
			s := by[cs.Stratum]
			if s == nil {
				s = &st{}
				by[cs.Stratum] = s
				order = append(order, cs.Stratum)
			}
			s.r++
			switch v := cs.Verdicts[d.Key]; {
			case d.IsNotApplicable(v):
			case d.IsLacking(v):
				s.a++
				s.x++
			default:
				s.a++
			}
		}
		sort.Strings(order)
		var counts []sampling.StratumCount
		for _, k := range order {
			s := by[k]
			nh := stratumSize[k]
			if nh < s.r {
				nh = s.r // an unknown stratum size: the stratum as reviewed
			}
			if s.a == 0 {
				continue
			}
			counts = append(counts, sampling.StratumCount{Population: scaledPopulation(nh, s.a, s.r), Reviewed: s.a, Lacking: s.x})
		}
		if len(counts) > 1 {
			p, lo, hi, err := sampling.StratifiedShare(counts)
			if err == nil {
				cc.ShareLacking, cc.CILow, cc.CIHigh, cc.Method = p, lo, hi, MethodStratified
				return
			}
		}
	}
	switch method {
	case IntervalWilson:
		cc.CILow, cc.CIHigh = sampling.Wilson(x, a, sampling.ZForConfidence(0.95), frame)
	default:
		n := cc.Population
		if n == 0 {
			n = unknownPopulation
		}
		lo, hi, err := sampling.HypergeometricInterval(x, a, n, 0.95)
		if err != nil {
			cc.CILow, cc.CIHigh = math.NaN(), math.NaN()
			return
		}
		cc.CILow, cc.CIHigh = float64(lo)/float64(n), float64(hi)/float64(n)
	}
}

// unknownPopulation stands in for a frame of unknown size: with a million units the exact
// hypergeometric interval is the Clopper–Pearson binomial interval to four decimals.
const unknownPopulation = 1_000_000

// scaledPopulation is N' = ceil(N·a/r), at least a: the committee's (or stratum's) files
// where the criterion is estimated to apply, from the a of r final files where it did.
func scaledPopulation(n, a, r int) int {
	if r <= 0 {
		return 0
	}
	np := (n*a + r - 1) / r
	return max(np, a)
}

func rollupInvalid(field, format string, args ...any) *Error {
	return &Error{Code: EInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

func rollupValidVerdict(v Verdict) bool {
	switch v {
	case Yes, Partly, No, NotApplicable:
		return true
	}
	return false
}

// rollupSwedishRank maps a letter to its place in the Swedish alphabet: a–z as 'a'..'z',
// then å, ä, ö after z. Accented letters other than å ä ö sort with their base letter
// (é as e, ü as y as in Swedish dictionaries, æ as ä, ø as ö).
func rollupSwedishRank(r rune) (rank rune, accent rune) {
	r = unicode.ToLower(r)
	switch r {
	case 'å':
		return 'z' + 1, 0
	case 'ä', 'æ':
		return 'z' + 2, r
	case 'ö', 'ø':
		return 'z' + 3, r
	case 'ü':
		return 'y', r
	case 'w':
		return 'w', 0
	}
	if r < 128 {
		return r, 0
	}
	base := []rune(Fold(string(r)))
	if len(base) == 1 && base[0] < 128 {
		return base[0], r
	}
	return r + 0x10000, 0 // other scripts after the Swedish alphabet
}

// rollupCompareSwedish orders committee names in Swedish dictionary order: first by letters
// (case and accents other than å ä ö ignored), then accents, then the raw string, so the
// order is total and stable.
func rollupCompareSwedish(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	accentCmp := 0
	for i := 0; i < len(ra) && i < len(rb); i++ {
		ka, aa := rollupSwedishRank(ra[i])
		kb, ab := rollupSwedishRank(rb[i])
		if ka != kb {
			if ka < kb {
				return -1
			}
			return 1
		}
		if accentCmp == 0 && aa != ab {
			if aa < ab {
				accentCmp = -1
			} else {
				accentCmp = 1
			}
		}
	}
	if len(ra) != len(rb) {
		if len(ra) < len(rb) {
			return -1
		}
		return 1
	}
	if accentCmp != 0 {
		return accentCmp
	}
	return strings.Compare(a, b)
}

// rollupCompareNatural orders diarienummer with runs of digits compared as numbers, so
// "SN 2015/84" comes before "SN 2015/111"; ties (leading zeros) fall back to the raw string.
func rollupCompareNatural(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if rollupIsDigit(ca) && rollupIsDigit(cb) {
			si := i
			for i < len(a) && rollupIsDigit(a[i]) {
				i++
			}
			sj := j
			for j < len(b) && rollupIsDigit(b[j]) {
				j++
			}
			na := strings.TrimLeft(a[si:i], "0")
			nb := strings.TrimLeft(b[sj:j], "0")
			if len(na) != len(nb) {
				if len(na) < len(nb) {
					return -1
				}
				return 1
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			continue
		}
		if ca != cb {
			if ca < cb {
				return -1
			}
			return 1
		}
		i++
		j++
	}
	switch {
	case len(a)-i < len(b)-j:
		return -1
	case len(a)-i > len(b)-j:
		return 1
	}
	return strings.Compare(a, b)
}

func rollupIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// Only keeps the findings of the committees in keep, with the region recomputed over them
// (a self-auditor sees the own committee as if the audit held no other). Agreement, which is
// over every committee's double reviews, is dropped.
func (f Findings) Only(keep []string) Findings {
	out := f
	out.Committees = nil
	out.Agreement = nil
	out.Region = RegionFinding{CommitteesWithLacking: map[Criterion]int{}, Checklists: map[Criterion]ChecklistCount{}, Handover: map[Handover]int{}, NotFinal: []string{}}
	for _, cr := range f.Criteria {
		out.Region.CommitteesWithLacking[cr] = 0
	}
	for _, cf := range f.Committees {
		if !slices.Contains(keep, cf.Committee) {
			continue
		}
		out.Committees = append(out.Committees, cf)
		out.Region.Committees++
		out.Region.Sampled += cf.Sampled
		out.Region.Final += cf.FilesReviewed
		if cf.Status == StatusFinal {
			out.Region.CommitteesFinal++
		} else {
			out.Region.NotFinal = append(out.Region.NotFinal, cf.Committee)
		}
		if cf.ActionRequired {
			out.Region.ActionRequired++
		}
		for _, cr := range f.Criteria {
			if cc := cf.Criteria[cr]; cc.No+cc.Partly > 0 {
				out.Region.CommitteesWithLacking[cr]++
			}
		}
		for c, cl := range cf.Checklists {
			r := out.Region.Checklists[c]
			r.add(cl)
			out.Region.Checklists[c] = r
		}
		for h, n := range cf.Handover {
			out.Region.Handover[h] += n
		}
	}
	out.Complete = out.Region.Sampled > 0 && out.Region.Final == out.Region.Sampled
	return out
}
