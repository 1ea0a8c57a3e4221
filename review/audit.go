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
	// PurgedAt is when gallring removed the audit's personal data (zero: never); the
	// aggregates, the sample's parameters and the trail remain.
	PurgedAt    time.Time
	PurgeReason string
}

// Purged reports whether gallring has removed the audit's personal data.
func (a Audit) Purged() bool { return !a.PurgedAt.IsZero() }

// errPurged refuses changes to an audit whose personal data has been removed.
func errPurged(a Audit) error {
	return &Error{Code: EConflict, Field: "audit", Message: "granskningen " + a.Name + " är gallrad (" + a.PurgedAt.Format("2006-01-02") + "): dess personuppgifter är borttagna och inget kan läggas till eller ändras"}
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
	if strings.ContainsFunc(name+description, func(r rune) bool { return isControl(r) && r != '\n' || IsBidiControl(r) }) {
		return Audit{}, &Error{Code: EInvalid, Field: "name", Message: "the name or description holds a control or text-direction character"}
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
