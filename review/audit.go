package review

import (
	"context"
	"strings"
	"time"
)

// AuditKind says who runs an audit: the inspectorate (tillsyn) or the municipality itself
// (egenkontroll).
type AuditKind string

// The audit kinds.
const (
	KindTillsyn      AuditKind = "tillsyn"
	KindEgenkontroll AuditKind = "egenkontroll"
)

// Audit is one supervision or self-audit: its case frame, later its sample, files and scores.
type Audit struct {
	ID          int64
	Name        string
	Kind        AuditKind
	Description string
	CreatedAt   time.Time
}

// CreateAudit creates an audit. Names are unique; kind defaults to tillsyn.
func (s *Service) CreateAudit(ctx context.Context, name string, kind AuditKind, description string) (Audit, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Audit{}, &Error{Code: EInvalid, Field: "name", Message: "an audit needs a name"}
	}
	if len(name) > 200 {
		return Audit{}, &Error{Code: EInvalid, Field: "name", Message: "the name is longer than 200 characters"}
	}
	if kind == "" {
		kind = KindTillsyn
	}
	if kind != KindTillsyn && kind != KindEgenkontroll {
		return Audit{}, &Error{Code: EInvalid, Field: "kind", Message: "kind must be tillsyn or egenkontroll, not " + string(kind)}
	}
	return s.store.CreateAudit(ctx, Audit{Name: name, Kind: kind, Description: strings.TrimSpace(description), CreatedAt: s.now()})
}

// Audits lists all audits, oldest first.
func (s *Service) Audits(ctx context.Context) ([]Audit, error) { return s.store.Audits(ctx) }

// AuditByName finds an audit; ENotFound when there is none.
func (s *Service) AuditByName(ctx context.Context, name string) (Audit, error) {
	return s.store.AuditByName(ctx, strings.TrimSpace(name))
}
