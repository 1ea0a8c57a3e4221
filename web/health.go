package web

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// ReadyCheck is one condition of /readyz: Check returns nil when the app may take requests as
// far as this condition goes. Name is shown on the page (it must hold nothing secret); the
// error goes to the log only.
type ReadyCheck struct {
	Name  string
	Check func(ctx context.Context) error
}

// readyTimeout bounds all of /readyz's checks together: a load balancer's probe must get an
// answer, not hang on a database that does not answer.
const readyTimeout = 3 * time.Second

// readyz answers 200 "ready" when every ReadyCheck passes and 503 naming the ones that fail
// otherwise. /healthz says only that the process answers (liveness: restart it if not);
// /readyz says whether it should be sent requests (readiness: database reachable and
// migrated, PDF workers can start, not shutting down).
func (s *Server) readyz(c *gin.Context) error {
	c.Header("Cache-Control", "no-store")
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	var failed []string
	var errs []any
	for _, rc := range s.cfg.Ready {
		if err := rc.Check(ctx); err != nil {
			failed = append(failed, rc.Name)
			errs = append(errs, rc.Name, err)
		}
	}
	// a probe comes every few seconds: log a change of state, not every answer
	state := strings.Join(failed, ", ")
	if prev := s.readyState.Swap(&state); prev == nil || *prev != state {
		if state != "" {
			s.log.Warn("not ready", errs...)
		} else if prev != nil {
			s.log.Info("ready")
		}
	}
	if len(failed) > 0 {
		c.String(http.StatusServiceUnavailable, "not ready: %s\n", state)
		return nil
	}
	c.String(http.StatusOK, "ready\n")
	return nil
}
