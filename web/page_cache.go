package web

import (
	"strconv"
	"sync"

	"tillsyn/review"
)

// pageCache keeps rendered review pages. A reviewer opens the same case again and again
// (back from the committee list, after "next", on reload), and each time the page would be
// read from four tables and rendered afresh. A page is served again only when it is still
// true, checked in two steps:
//
//   - nothing at all has been committed since it was rendered or last checked (the store's
//     data version, one pragma), or else
//   - the item's stamp (review.Service.ItemStamp: the item, its sample and audit, its
//     judgements, documents and screening) is what it was at rendering;
//
// and the viewer's rights must be unchanged. Entries are keyed by session, since a page
// carries its session's CSRF token; the cache holds at most max pages and about maxBytes.
type pageCache struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	bytes    int
	pages    map[pageKey]*cachedPage
}

type pageKey struct {
	item  int64
	csrf  string // the session's CSRF token: one entry per session
	flash string // the confirmation shown at the top, if any
}

type cachedPage struct {
	gen       string // the data version at which the page was last known true
	stamp     string // the item's stamp at rendering
	viewer    string // viewerStamp at rendering
	draft     int64  // Server.draftGen of the viewer's draft at rendering
	auditID   int64  // where the item belongs, for the access check on a hit
	committee string
	html      []byte
}

func newPageCache(max, maxBytes int) *pageCache {
	return &pageCache{max: max, maxBytes: maxBytes, pages: map[pageKey]*cachedPage{}}
}

// viewerStamp is what of the viewer a review page shows or depends on.
func viewerStamp(u *review.User, auditID int64) string {
	return u.Name + "\x00" + string(u.Role) + "\x00" + u.Committee + "\x00" +
		strconv.FormatBool(u.CanReplace(auditID)) + strconv.FormatBool(u.CanAdjudicate(auditID))
}

// get returns a copy of the entry's fields (the entry itself may be replaced meanwhile).
func (c *pageCache) get(k pageKey) (cachedPage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.pages[k]; p != nil {
		return *p, true
	}
	return cachedPage{}, false
}

// confirm records that the entry was found true at data version gen, if it is still the
// entry with this stamp.
func (c *pageCache) confirm(k pageKey, stamp, gen string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.pages[k]; p != nil && p.stamp == stamp {
		p.gen = gen
	}
}

func (c *pageCache) put(k pageKey, p *cachedPage) {
	html := p.html
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.pages[k]; old != nil {
		c.bytes -= len(old.html)
		delete(c.pages, k)
	}
	if len(html) > c.maxBytes/4 { // too big to keep
		return
	}
	for k2, old := range c.pages { // forget arbitrary pages when full
		if len(c.pages) < c.max && c.bytes+len(html) <= c.maxBytes {
			break
		}
		c.bytes -= len(old.html)
		delete(c.pages, k2)
	}
	c.pages[k] = p
	c.bytes += len(html)
}

// forget drops every page of a session (at logout).
func (c *pageCache) forget(csrf string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, p := range c.pages {
		if k.csrf == csrf {
			c.bytes -= len(p.html)
			delete(c.pages, k)
		}
	}
}

// drop forgets a session's pages of an item (after the session saved it: the next view
// renders afresh anyway, and without a kept page it reads the item with the data version,
// see reviewPage). Dropping a page is always safe; the stamp check does not depend on it.
func (c *pageCache) drop(item int64, csrf string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, f := range append([]string{""}, flashTexts...) {
		k := pageKey{item: item, csrf: csrf, flash: f}
		if p := c.pages[k]; p != nil {
			c.bytes -= len(p.html)
			delete(c.pages, k)
		}
	}
}
