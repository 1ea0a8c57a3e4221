package web

import (
	"html/template"
	"strings"
	"testing"
)

func TestCaseFileCacheBounds(t *testing.T) {
	c := newCaseFileCache(3)
	c.maxBytes = 1000
	view := func(n int) *caseFileView {
		return &caseFileView{version: "v", html: template.HTML(strings.Repeat("x", n))}
	}
	for i := int64(1); i <= 10; i++ {
		c.put(i, view(100))
		if len(c.views) > 3 || c.bytes > 1000 {
			t.Fatalf("after %d puts: %d views, %d bytes", i, len(c.views), c.bytes)
		}
	}
	c.put(11, view(450)) // 900 bytes: everything else must go
	if len(c.views) != 1 || c.bytes != 900 || c.get(11, "v") == nil || c.get(11, "w") != nil {
		t.Fatalf("%d views, %d bytes", len(c.views), c.bytes)
	}
	c.put(11, view(100)) // replacing a view frees its bytes
	if c.bytes != 200 {
		t.Fatalf("%d bytes after replacing", c.bytes)
	}
}
