package report

import (
	"bytes"
	"encoding/json"
	"io"
	"math"

	"tillsyn/review"
)

// JSON writes the findings as one indented JSON object with exactly these keys:
//
//	{"audit", "rule", "committees": [{"committee", "files_reviewed", "action_required",
//	  "criteria": {"<criterion>": {"yes", "partly", "no", "not_applicable",
//	  "share_lacking", "ci_low", "ci_high"}}}],
//	 "region": {"committees", "action_required",
//	  "criteria": {"<criterion>": {"committees_with_lacking_files"}}}}
//
// plus, only when cmp is given, "compare" (see jsonCompare). Criteria keys appear in the
// findings' criteria order; shares are rounded to 4 decimals. No diarienummer is written.
func JSON(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	_ = opt // the JSON has no wording or date: it is the same for tillsyn and egenkontroll
	r := jsonReport{Audit: f.Audit, Rule: string(f.Rule), Committees: []jsonCommittee{}}
	for _, cf := range f.Committees {
		jc := jsonCommittee{Committee: cf.Committee, FilesReviewed: cf.FilesReviewed, ActionRequired: cf.ActionRequired}
		for _, c := range f.Criteria {
			cc := cf.Criteria[c]
			jc.Criteria = append(jc.Criteria, keyed[jsonCounts]{string(c), jsonCounts{
				Yes: cc.Yes, Partly: cc.Partly, No: cc.No, NotApplicable: cc.NotApplicable,
				ShareLacking: round4(cc.ShareLacking), CILow: round4(cc.CILow), CIHigh: round4(cc.CIHigh),
			}})
		}
		r.Committees = append(r.Committees, jc)
	}
	r.Region = jsonRegion{Committees: f.Region.Committees, ActionRequired: f.Region.ActionRequired}
	for _, c := range f.Criteria {
		r.Region.Criteria = append(r.Region.Criteria, keyed[jsonRegionCriterion]{string(c), jsonRegionCriterion{f.Region.CommitteesWithLacking[c]}})
	}
	if cmp != nil {
		x := Compare(*cmp, f)
		jc := &jsonCompare{Audit: x.EarlierAudit, Year: x.EarlierYear, Rule: string(x.EarlierRule), ChangeRule: ChangeRule,
			Committees: []jsonCompareCommittee{}, OnlyInEarlier: x.OnlyInEarlier}
		if jc.OnlyInEarlier == nil {
			jc.OnlyInEarlier = []string{}
		}
		for _, cc := range x.Committees {
			jcc := jsonCompareCommittee{Committee: cc.Committee, InEarlier: cc.InEarlier}
			for _, k := range cc.Criteria {
				v := jsonChange{After: round4(k.After.ShareLacking), Change: string(k.Change), ChangeSV: k.Change.SwedishName()}
				if k.InEarlier {
					b := round4(k.Before.ShareLacking)
					v.Before = &b
				}
				jcc.Criteria = append(jcc.Criteria, keyed[jsonChange]{string(k.Criterion), v})
			}
			jc.Committees = append(jc.Committees, jcc)
		}
		r.Compare = jc
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

type jsonReport struct {
	Audit      string          `json:"audit"`
	Rule       string          `json:"rule"`
	Committees []jsonCommittee `json:"committees"`
	Region     jsonRegion      `json:"region"`
	Compare    *jsonCompare    `json:"compare,omitempty"`
}

type jsonCommittee struct {
	Committee      string              `json:"committee"`
	FilesReviewed  int                 `json:"files_reviewed"`
	ActionRequired bool                `json:"action_required"`
	Criteria       ordered[jsonCounts] `json:"criteria"`
}

type jsonCounts struct {
	Yes           int     `json:"yes"`
	Partly        int     `json:"partly"`
	No            int     `json:"no"`
	NotApplicable int     `json:"not_applicable"`
	ShareLacking  float64 `json:"share_lacking"`
	CILow         float64 `json:"ci_low"`
	CIHigh        float64 `json:"ci_high"`
}

type jsonRegion struct {
	Committees     int                          `json:"committees"`
	ActionRequired int                          `json:"action_required"`
	Criteria       ordered[jsonRegionCriterion] `json:"criteria"`
}

type jsonRegionCriterion struct {
	CommitteesWithLackingFiles int `json:"committees_with_lacking_files"`
}

// jsonCompare is the optional "compare" object: the earlier audit and, per committee of this
// audit and criterion, share_lacking before (null when the earlier audit lacks it) and after,
// and the change code (improved, unchanged, worsened, not_comparable) with its Swedish word.
type jsonCompare struct {
	Audit         string                 `json:"audit"`
	Year          int                    `json:"year"`
	Rule          string                 `json:"rule"`
	ChangeRule    string                 `json:"change_rule"`
	Committees    []jsonCompareCommittee `json:"committees"`
	OnlyInEarlier []string               `json:"only_in_earlier"`
}

type jsonCompareCommittee struct {
	Committee string              `json:"committee"`
	InEarlier bool                `json:"in_earlier"`
	Criteria  ordered[jsonChange] `json:"criteria"`
}

type jsonChange struct {
	Before   *float64 `json:"share_lacking_before"`
	After    float64  `json:"share_lacking_after"`
	Change   string   `json:"change"`
	ChangeSV string   `json:"change_sv"`
}

type keyed[T any] struct {
	Key   string
	Value T
}

// ordered is a JSON object whose keys keep their slice order.
type ordered[T any] []keyed[T]

func (o ordered[T]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, kv := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(kv.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(kv.Value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
