package screen

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
)

// Report compares screening results with a labelled truth file (tillsyn-eval/1).
type Report struct {
	Split        string
	Cases        int
	Missing      []string // case ids in the truth without a result
	RulesVersion string
	Criteria     []CriterionReport
}

// CriterionReport holds the figures for one criterion.
type CriterionReport struct {
	Criterion string
	N         int
	Correct   int
	// Confusion[truth][suggested] counts cases.
	Confusion       map[string]map[string]int
	TrueNo          int // cases labelled no
	NoAsYes         int // of those, suggested yes
	TrueYes         int // cases labelled yes
	YesAsNo         int // of those, suggested no (a documented file called undocumented)
	Unknown         int // cases suggested "kan inte avgöras": not right, but no wrong finding either
	EvPages         int // true evidence pages (file+page)
	EvFound         int // of those, included in the suggestion's evidence
	EvViaUnreadable int // of the found, found only as an "unreadable" pointer
	Errors          []string
}

// Accuracy is the share of suggestions equal to the label.
func (c CriterionReport) Accuracy() float64 { return ratio(c.Correct, c.N) }

// EvidenceRecall is the share of true evidence pages found.
func (c CriterionReport) EvidenceRecall() float64 { return ratio(c.EvFound, c.EvPages) }

// YesAsNoRate is the share of true "yes" suggested "no".
func (c CriterionReport) YesAsNoRate() float64 { return ratio(c.YesAsNo, c.TrueYes) }

// NoAsYesRate is the share of true "no" suggested "yes".
func (c CriterionReport) NoAsYesRate() float64 { return ratio(c.NoAsYes, c.TrueNo) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

type truthFile struct {
	Split string `json:"split"`
	Cases []struct {
		CaseID   string `json:"case_id"`
		Criteria map[string]struct {
			Code     string `json:"code"`
			Evidence []struct {
				File  string `json:"file"`
				Pages []int  `json:"pages"`
			} `json:"evidence"`
		} `json:"criteria"`
	} `json:"cases"`
}

// Evaluate scores results (keyed by case_id) against truth.json. An evidence page
// counts as found when the suggestion's evidence for that criterion names that file
// (by base name) and page; "rejected_*" evidence does not count.
func Evaluate(truthPath string, results map[string]Result) (Report, error) {
	b, err := os.ReadFile(truthPath)
	if err != nil {
		return Report{}, err
	}
	var t truthFile
	if err := json.Unmarshal(b, &t); err != nil {
		return Report{}, fmt.Errorf("screen: %s: %w", truthPath, err)
	}
	rep := Report{Split: t.Split}
	crs := map[string]*CriterionReport{}
	for _, k := range CriteriaKeys {
		crs[k] = &CriterionReport{Criterion: k, Confusion: map[string]map[string]int{}}
	}
	for _, c := range t.Cases {
		res, ok := results[c.CaseID]
		if !ok {
			rep.Missing = append(rep.Missing, c.CaseID)
			continue
		}
		rep.Cases++
		rep.RulesVersion = res.RulesVersion
		for _, k := range CriteriaKeys {
			tc, ok := c.Criteria[k]
			if !ok {
				continue
			}
			cr := crs[k]
			sg := res.Criteria[k]
			got := sg.Suggestion
			if got == "" {
				got = Unknown
			}
			cr.N++
			if cr.Confusion[tc.Code] == nil {
				cr.Confusion[tc.Code] = map[string]int{}
			}
			cr.Confusion[tc.Code][got]++
			if got == Unknown && tc.Code != Unknown {
				cr.Unknown++
			}
			if got == tc.Code {
				cr.Correct++
			} else {
				cr.Errors = append(cr.Errors, fmt.Sprintf("%s: %s→%s (%s)", c.CaseID, tc.Code, got, sg.Reason))
			}
			if tc.Code == Yes {
				cr.TrueYes++
				if got == No {
					cr.YesAsNo++
				}
			}
			if tc.Code == No {
				cr.TrueNo++
				if got == Yes {
					cr.NoAsYes++
				}
			}
			for _, e := range tc.Evidence {
				for _, p := range e.Pages {
					cr.EvPages++
					found, viaUnreadable := false, true
					for _, x := range sg.Evidence {
						if x.Rejected() || x.Page != p || path.Base(x.File) != path.Base(e.File) {
							continue
						}
						found = true
						if x.Kind != KindUnreadable && x.Kind != KindOCR {
							viaUnreadable = false
						}
					}
					if found {
						cr.EvFound++
						if viaUnreadable {
							cr.EvViaUnreadable++
						}
					} else {
						cr.Errors = append(cr.Errors, fmt.Sprintf("%s: evidence page not found: %s p%d", c.CaseID, path.Base(e.File), p))
					}
				}
			}
		}
	}
	for _, k := range CriteriaKeys {
		rep.Criteria = append(rep.Criteria, *crs[k])
	}
	return rep, nil
}

// Check returns the failed thresholds (empty when all hold).
func (r Report) Check(minAccuracy, maxNoAsYes, minEvidenceRecall float64) []string {
	var out []string
	for _, c := range r.Criteria {
		if c.Accuracy() < minAccuracy {
			out = append(out, fmt.Sprintf("%s: accuracy %.1f %% < %.0f %%", c.Criterion, 100*c.Accuracy(), 100*minAccuracy))
		}
		if c.NoAsYesRate() > maxNoAsYes {
			out = append(out, fmt.Sprintf("%s: true no suggested yes %.1f %% > %.0f %%", c.Criterion, 100*c.NoAsYesRate(), 100*maxNoAsYes))
		}
		if c.YesAsNoRate() > maxNoAsYes {
			out = append(out, fmt.Sprintf("%s: true yes suggested no %.1f %% > %.0f %%", c.Criterion, 100*c.YesAsNoRate(), 100*maxNoAsYes))
		}
		if c.EvidenceRecall() < minEvidenceRecall {
			out = append(out, fmt.Sprintf("%s: evidence page recall %.1f %% < %.0f %%", c.Criterion, 100*c.EvidenceRecall(), 100*minEvidenceRecall))
		}
	}
	if len(r.Missing) > 0 {
		out = append(out, fmt.Sprintf("%d cases without a result", len(r.Missing)))
	}
	return out
}

var codes = []string{Yes, Partly, No, NotApplicable, Unknown}

// String prints the per-criterion table, the confusion matrices and the errors. The
// table's "unknown" column counts the cases left to the reviewer ("kan inte avgöras"):
// they are not right, but unlike a wrong suggestion they state no finding.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "screening evaluation: split %s, %d cases, rules %s\n\n", r.Split, r.Cases, r.RulesVersion)
	fmt.Fprintf(&b, "%-24s %9s %12s %12s %10s %16s %8s\n", "criterion", "accuracy", "no→yes", "yes→no", "ev. pages", "ev. recall", "unknown")
	var tc, tn, tev, tf, tny, tno, tyn, tye, tu int
	for _, c := range r.Criteria {
		fmt.Fprintf(&b, "%-24s %4d/%-3d %5.1f%% %3d/%-3d %5.1f%% %3d/%-3d %5.1f%% %4d/%-4d %5.1f%% %7d\n", c.Criterion,
			c.Correct, c.N, 100*c.Accuracy(), c.NoAsYes, c.TrueNo, 100*c.NoAsYesRate(), c.YesAsNo, c.TrueYes, 100*c.YesAsNoRate(), c.EvFound, c.EvPages, 100*c.EvidenceRecall(), c.Unknown)
		tu += c.Unknown
		tyn += c.YesAsNo
		tye += c.TrueYes
		tc += c.Correct
		tn += c.N
		tev += c.EvPages
		tf += c.EvFound
		tny += c.NoAsYes
		tno += c.TrueNo
	}
	fmt.Fprintf(&b, "%-24s %4d/%-3d %5.1f%% %3d/%-3d %5.1f%% %3d/%-3d %5.1f%% %4d/%-4d %5.1f%% %7d\n", "all", tc, tn, 100*ratio(tc, tn), tny, tno, 100*ratio(tny, tno), tyn, tye, 100*ratio(tyn, tye), tf, tev, 100*ratio(tf, tev), tu)
	for _, c := range r.Criteria {
		if c.EvViaUnreadable > 0 {
			fmt.Fprintf(&b, "  (%s: %d evidence page(s) found only as a pointer to an unreadable page)\n", c.Criterion, c.EvViaUnreadable)
		}
	}
	for _, c := range r.Criteria {
		fmt.Fprintf(&b, "\n%s — rows: truth, columns: suggested\n%-16s", c.Criterion, "")
		for _, s := range codes {
			fmt.Fprintf(&b, "%15s", s)
		}
		b.WriteString("\n")
		for _, t := range codes[:4] {
			fmt.Fprintf(&b, "%-16s", t)
			for _, s := range codes {
				fmt.Fprintf(&b, "%15d", c.Confusion[t][s])
			}
			b.WriteString("\n")
		}
	}
	var errs []string
	for _, c := range r.Criteria {
		for _, e := range c.Errors {
			errs = append(errs, c.Criterion+": "+e)
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		b.WriteString("\ndifferences:\n")
		for _, e := range errs {
			b.WriteString("  " + e + "\n")
		}
	}
	if len(r.Missing) > 0 {
		b.WriteString("\ncases without a result: " + strings.Join(r.Missing, ", ") + "\n")
	}
	return b.String()
}
