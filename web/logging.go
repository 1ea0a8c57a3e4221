package web

import (
	"errors"

	"tillsyn/review"
)

// errAttrs is what the request line may say about an error the request met. A domain
// error's message is written for the user and may quote what was typed or name a case ("case
// SN 2015/12 of Arvika is replaced"): the line gets its code and field only, never the
// message. Internal errors (their chain names operations, not cases) and the middleware's own
// errors (CSRF) keep their text.
func errAttrs(err error) []any {
	var re *review.Error
	if errors.As(err, &re) && re.Code != review.EInternal {
		attrs := []any{"err_code", string(re.Code)}
		if re.Field != "" {
			attrs = append(attrs, "err_field", re.Field)
		}
		return attrs
	}
	return []any{"err", err.Error()}
}

// passedProbe reports a health or readiness probe that passed: its request line is logged at
// Debug, for a load balancer asks every few seconds and the operator's log need not hold
// each answer (a failed probe is logged as any other request).
func passedProbe(route string, status int) bool {
	return status < 400 && (route == "/healthz" || route == "/readyz")
}
