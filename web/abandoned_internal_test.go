package web

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

// A request its client abandoned (the store's work cancelled with the request's context) is
// no internal error: 499, and no "internal error" in the log.
func TestAbandonedRequestIsNoInternalError(t *testing.T) {
	var logged bytes.Buffer
	s := &Server{log: slog.New(slog.NewTextHandler(&logged, nil))}
	rec := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(rec)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c.Request = httptest.NewRequest("POST", "/login", nil).WithContext(ctx)
	s.renderError(c, fmt.Errorf("check password: %w", context.Canceled))
	if c.Writer.Status() != statusClientClosed {
		t.Fatalf("status %d, want %d", c.Writer.Status(), statusClientClosed)
	}
	if strings.Contains(logged.String(), "internal error") {
		t.Fatalf("logged as an internal error: %s", logged.String())
	}
}
