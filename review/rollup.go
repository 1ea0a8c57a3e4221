package review

import (
	"fmt"
	"slices"
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

// CaseJudgement is the final judgement of one sampled case (the adjudicated one where a case
// was scored twice): one verdict per criterion.
type CaseJudgement struct {
	Committee    string
	Diarienummer string
	Verdicts     map[Criterion]Verdict
}

// RollupInput is everything Rollup needs. It holds no personal data beyond the diarienummer.
type RollupInput struct {
	Audit string
	Year  int
	// Rule is the action rule; "" means RuleNoOrPartly.
	Rule ActionRule
	// Criteria in report order; nil or empty means DefaultCriteria.
	Criteria []Criterion
	// FrameSize maps committee -> number of cases in its sampling frame, used for the finite
	// population correction of the intervals. 0 or missing means unknown (infinite).
	FrameSize map[string]int
	Cases     []CaseJudgement
}

// CriterionCounts is the roll-up of one criterion in one committee.
type CriterionCounts struct {
	FilesReviewed, Yes, Partly, No, NotApplicable int
	// ShareLacking = (No + Partly) / (FilesReviewed − NotApplicable): the share of the files
	// where the criterion applies that lack documentation fully or partly, whatever the
	// action rule. It is 0 when the criterion applies to no file (then CILow = 0 and
	// CIHigh = 1: nothing is known).
	ShareLacking float64
	// CILow, CIHigh: the 95 % Wilson score interval of ShareLacking (sampling.Wilson), with
	// the finite population correction when the committee's frame size is known. The
	// population used is the whole frame (the number of frame cases where the criterion
	// applies is unknown), which makes the interval slightly wider, never narrower.
	CILow, CIHigh float64
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

// CommitteeFinding is the roll-up of one committee.
type CommitteeFinding struct {
	Committee     string
	FilesReviewed int
	// FrameSize is the committee's frame size from the input, 0 when unknown.
	FrameSize      int
	ActionRequired bool
	Criteria       map[Criterion]CriterionCounts
}

// RegionFinding is the roll-up over all committees of the audit.
type RegionFinding struct {
	// Committees is the number of committees with at least one reviewed file; ActionRequired
	// how many of them got action required under the rule.
	Committees, ActionRequired int
	// CommitteesWithLacking counts, per criterion, the committees with at least one file
	// judged no or partly on it (whatever the rule).
	CommitteesWithLacking map[Criterion]int
}

// Findings is the result of Rollup.
type Findings struct {
	Audit    string
	Year     int
	Rule     ActionRule
	Criteria []Criterion
	// Committees sorted by name in Swedish order (a–z, then å, ä, ö; case and accents such
	// as é ignored first).
	Committees []CommitteeFinding
	Region     RegionFinding
}

// Rollup rolls the final judgements up into findings per committee and for the region.
//
// Errors (all EInvalid *Error): an unknown action rule; a criterion listed twice or empty; a
// case with an empty committee or diarienummer; a duplicate case (same committee and
// DiarienummerKey); a case missing a verdict for one of the criteria; a verdict outside the
// scale (yes, partly, no, not_applicable) for any criterion; a negative frame size or one
// smaller than the number of files reviewed in the committee. Verdicts for criteria that are
// not in Criteria are checked against the scale and otherwise ignored. No cases gives
// Findings with no committees and no error.
func Rollup(in RollupInput) (Findings, error) {
	rule, err := ParseActionRule(string(in.Rule))
	if err != nil {
		return Findings{}, err
	}
	crits := in.Criteria
	if len(crits) == 0 {
		crits = DefaultCriteria
	}
	crits = slices.Clone(crits)
	seenCrit := make(map[Criterion]bool, len(crits))
	for _, c := range crits {
		if strings.TrimSpace(string(c)) == "" {
			return Findings{}, rollupInvalid("criteria", "tomt kriterium i mallen")
		}
		if seenCrit[c] {
			return Findings{}, rollupInvalid("criteria", "kriteriet %q finns två gånger", c)
		}
		seenCrit[c] = true
	}

	type caseRef struct {
		name string
		v    map[Criterion]Verdict
	}
	byCommittee := map[string][]caseRef{}
	seenCase := map[[2]string]bool{}
	for i, cj := range in.Cases {
		com := strings.TrimSpace(cj.Committee)
		dnr := strings.TrimSpace(cj.Diarienummer)
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
		for c, v := range cj.Verdicts {
			if !rollupValidVerdict(v) {
				return Findings{}, rollupInvalid("verdict", "ärendet %s i %s har bedömningen %q för %s, utanför skalan (yes, partly, no, not_applicable)", dnr, com, v, c)
			}
		}
		for _, c := range crits {
			if _, ok := cj.Verdicts[c]; !ok {
				return Findings{}, rollupInvalid("verdict", "ärendet %s i %s saknar bedömning för %s", dnr, com, c)
			}
		}
		byCommittee[com] = append(byCommittee[com], caseRef{dnr, cj.Verdicts})
	}

	names := make([]string, 0, len(byCommittee))
	for n := range byCommittee {
		names = append(names, n)
	}
	slices.SortFunc(names, rollupCompareSwedish)

	z := sampling.ZForConfidence(0.95)
	f := Findings{
		Audit:      in.Audit,
		Year:       in.Year,
		Rule:       rule,
		Criteria:   crits,
		Committees: make([]CommitteeFinding, 0, len(names)),
		Region: RegionFinding{
			Committees:            len(names),
			CommitteesWithLacking: make(map[Criterion]int, len(crits)),
		},
	}
	for _, c := range crits {
		f.Region.CommitteesWithLacking[c] = 0
	}
	for _, name := range names {
		cases := byCommittee[name]
		slices.SortFunc(cases, func(a, b caseRef) int { return rollupCompareNatural(a.name, b.name) })
		frame := in.FrameSize[name]
		if frame < 0 {
			return Findings{}, rollupInvalid("frame_size", "urvalsramen för %s har negativ storlek %d", name, frame)
		}
		if frame > 0 && frame < len(cases) {
			return Findings{}, rollupInvalid("frame_size", "urvalsramen för %s har %d ärenden men %d akter är granskade", name, frame, len(cases))
		}
		cf := CommitteeFinding{
			Committee:     name,
			FilesReviewed: len(cases),
			FrameSize:     frame,
			Criteria:      make(map[Criterion]CriterionCounts, len(crits)),
		}
		for _, c := range crits {
			cc := CriterionCounts{FilesReviewed: len(cases)}
			for _, cs := range cases {
				switch cs.v[c] {
				case Yes:
					cc.Yes++
					cc.YesCases = append(cc.YesCases, cs.name)
				case Partly:
					cc.Partly++
					cc.PartlyCases = append(cc.PartlyCases, cs.name)
					cc.LackingCases = append(cc.LackingCases, cs.name)
				case No:
					cc.No++
					cc.NoCases = append(cc.NoCases, cs.name)
					cc.LackingCases = append(cc.LackingCases, cs.name)
				case NotApplicable:
					cc.NotApplicable++
					cc.NotApplicableCases = append(cc.NotApplicableCases, cs.name)
				}
			}
			if n := cc.Applicable(); n > 0 {
				cc.ShareLacking = float64(cc.Lacking()) / float64(n)
			}
			cc.CILow, cc.CIHigh = sampling.Wilson(cc.Lacking(), cc.Applicable(), z, frame)
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
		if cf.ActionRequired {
			f.Region.ActionRequired++
		}
		f.Committees = append(f.Committees, cf)
	}
	return f, nil
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
// (a self-auditor sees the own committee as if the audit held no other).
func (f Findings) Only(keep []string) Findings {
	out := f
	out.Committees = nil
	out.Region = RegionFinding{CommitteesWithLacking: map[Criterion]int{}}
	for _, cf := range f.Committees {
		for _, k := range keep {
			if cf.Committee != k {
				continue
			}
			out.Committees = append(out.Committees, cf)
			out.Region.Committees++
			if cf.ActionRequired {
				out.Region.ActionRequired++
			}
			for _, cr := range f.Criteria {
				if cc := cf.Criteria[cr]; cc.No+cc.Partly > 0 {
					out.Region.CommitteesWithLacking[cr]++
				}
			}
		}
	}
	return out
}
