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

// caseFileCache holds at most max views and about maxBytes of rendered text; it forgets
// arbitrary views when full.
type caseFileCache struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	bytes    int
	views    map[int64]*caseFileView
}

func newCaseFileCache(max int) *caseFileCache {
	return &caseFileCache{max: max, maxBytes: 64 << 20, views: map[int64]*caseFileView{}}
}

// size approximates a view's memory: its rendered HTML and the page text behind it.
func (v *caseFileView) size() int {
	n := 2 * len(v.html)
	for _, h := range v.suggestions {
		n += len(h)
	}
	return n
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
	if old := c.views[itemID]; old != nil {
		c.bytes -= old.size()
		delete(c.views, itemID)
	}
	for k, old := range c.views {
		if len(c.views) < c.max && c.bytes+v.size() <= c.maxBytes {
			break
		}
		c.bytes -= old.size()
		delete(c.views, k)
	}
	c.views[itemID] = v
	c.bytes += v.size()
}

// caseFilesCached returns the case's documents, screening and rendered documents section.
func (s *Server) caseFilesCached(ctx context.Context, it review.SampleItem) (*caseFileView, error) {
	version, err := s.svc.CaseFilesVersion(ctx, it.ID)
	if err != nil {
		return nil, err
	}
	return s.caseFilesAt(ctx, it, version)
}

// caseFilesAt is caseFilesCached when the case files' version has been read already.
func (s *Server) caseFilesAt(ctx context.Context, it review.SampleItem, version string) (*caseFileView, error) {
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
