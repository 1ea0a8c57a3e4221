package report

import (
	"context"
	"errors"

	"tillsyn/review"
)

// ResearchSource is what ExportResearch needs of review.Service.
type ResearchSource interface {
	ResearchData(ctx context.Context, auditName string, opt review.FindingsOptions) (review.ResearchData, error)
	ResearchDataByID(ctx context.Context, id int64, opt review.FindingsOptions) (review.ResearchData, error)
	PublishedExports(ctx context.Context, auditIDs []int64) ([]review.PublishedExport, int64, error)
	RecordResearchExport(ctx context.Context, audits []review.Audit, by, format string, params map[string]any, sha string, cells []review.PublishedCell, seen int64) error
}

// ExportResearch builds a research export of the named audits, checks it against every
// export of them already recorded, and records it (by the user by, with extra parameters
// such as "via") before returning it: an export that is handed out is always recorded, and
// one that is refused is not. Year, if not 0, is the year of every audit.
func ExportResearch(ctx context.Context, src ResearchSource, audits []string, opt ResearchOptions, year int, by string, extra map[string]any) (Research, error) {
	fopt := review.FindingsOptions{Rule: opt.Rule, Year: year}
	for attempt := 0; ; attempt++ {
		var data []review.ResearchData
		all := map[int64]review.ResearchData{}
		var ids []int64
		var as []review.Audit
		for _, name := range audits {
			d, err := src.ResearchData(ctx, name, fopt)
			if err != nil {
				return Research{}, err
			}
			if _, dup := all[d.Audit.ID]; dup {
				return Research{}, &review.Error{Code: review.EInvalid, Field: "audit", Message: "granskningen " + d.Audit.Name + " är angiven två gånger"}
			}
			data = append(data, d)
			all[d.Audit.ID] = d
			ids = append(ids, d.Audit.ID)
			as = append(as, d.Audit)
		}
		earlier, seen, err := src.PublishedExports(ctx, ids)
		if err != nil {
			return Research{}, err
		}
		for _, p := range earlier {
			need := append([]int64{p.AuditID}, func() []int64 {
				var out []int64
				for _, c := range p.Cells {
					out = append(out, c.Audits...)
				}
				return out
			}()...)
			for _, id := range need {
				if _, ok := all[id]; ok {
					continue
				}
				d, err := src.ResearchDataByID(ctx, id, review.FindingsOptions{Rule: opt.Rule})
				if err != nil {
					return Research{}, err
				}
				all[id] = d
			}
		}
		x, err := BuildResearch(data, opt, earlier, all)
		if err != nil {
			return Research{}, err
		}
		for k, v := range extra {
			x.Parameters[k] = v
		}
		err = src.RecordResearchExport(ctx, as, by, opt.Format, x.Parameters, x.SHA256, x.Cells, seen)
		var re *review.Error
		if err != nil && errors.As(err, &re) && re.Code == review.EConflict && attempt < 2 {
			continue // another export was recorded meanwhile: check against it too
		}
		return x, err
	}
}
