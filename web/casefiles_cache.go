package web

import (
	"bytes"
	"context"
	"html/template"
	"sync"

	"tillsyn/review"
)

// caseFileView is a case's documents with highlighted evidence and its screening, with the
// documents section rendered once. Case files change only when they are ingested again, so
// the view is cached per case and checked against the case files' version on every use.
type caseFileView struct {
	version     string
	docs        []docView
	screening   screeningView
	html        template.HTML
	suggestions map[review.Criterion]template.HTML
}

// caseFileCache holds at most max views; it forgets an arbitrary one when full.
type caseFileCache struct {
	mu    sync.Mutex
	max   int
	views map[int64]*caseFileView
}

func newCaseFileCache(max int) *caseFileCache {
	return &caseFileCache{max: max, views: map[int64]*caseFileView{}}
}

func (c *caseFileCache) get(itemID int64, version string) *caseFileView {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v := c.views[itemID]; v != nil && v.version == version {
		return v
	}
	return nil
}

func (c *caseFileCache) put(itemID int64, v *caseFileView) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.views) >= c.max {
		for k := range c.views {
			delete(c.views, k)
			break
		}
	}
	c.views[itemID] = v
}

// caseFilesCached returns the case's documents, screening and rendered documents section.
func (s *Server) caseFilesCached(ctx context.Context, it review.SampleItem) (*caseFileView, error) {
	version, err := s.svc.CaseFilesVersion(ctx, it.ID)
	if err != nil {
		return nil, err
	}
	if v := s.cache.get(it.ID, version); v != nil {
		return v, nil
	}
	docs, sc, err := s.caseFiles(ctx, it.ID)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := s.docs.ExecuteTemplate(&buf, "docs", struct {
		Docs         []docView
		Diarienummer string
	}{docs, it.Diarienummer}); err != nil {
		return nil, err
	}
	v := &caseFileView{version: version, docs: docs, screening: sc, html: template.HTML(buf.String()), suggestions: map[review.Criterion]template.HTML{}}
	for _, cr := range review.DefaultCriteria {
		buf.Reset()
		if err := s.docs.ExecuteTemplate(&buf, "suggestion", sc.Criteria[cr]); err != nil {
			return nil, err
		}
		v.suggestions[cr] = template.HTML(buf.String())
	}
	s.cache.put(it.ID, v)
	return v, nil
}
