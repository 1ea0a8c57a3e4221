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
	// TemplateJSON is the audit's copy of its criteria template (Template.Canonical), nil
	// for an audit from before templates (then the built-in ivo-2015); TemplateSHA256 its
	// SHA-256. See Service.Template.
	TemplateJSON   []byte
	TemplateSHA256 string
}

// Purged reports whether gallring has removed the audit's personal data.
func (a Audit) Purged() bool { return !a.PurgedAt.IsZero() }

// errPurged refuses changes to an audit whose personal data has been removed.
func errPurged(a Audit) error {
	return &Error{Code: EConflict, Field: "audit", Message: "granskningen " + a.Name + " är gallrad (" + a.PurgedAt.Format("2006-01-02") + "): dess personuppgifter är borttagna och inget kan läggas till eller ändras"}
}

// CreateAudit creates an audit with the default template (ivo-2015). Names are unique; kind
// defaults to tillsyn.
func (s *Service) CreateAudit(ctx context.Context, name string, kind AuditKind, description string) (Audit, error) {
	return s.CreateAuditWithTemplate(ctx, name, kind, description, DefaultTemplate())
}

// CreateAuditWithTemplate creates an audit judged on the criteria of t, which is checked and
// copied into the audit with its SHA-256: changing the template file later never changes the
// audit.
func (s *Service) CreateAuditWithTemplate(ctx context.Context, name string, kind AuditKind, description string, t Template) (Audit, error) {
	if err := t.Check(); err != nil {
		return Audit{}, err
	}
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
	return s.store.CreateAudit(ctx, Audit{Name: name, Kind: kind, Description: strings.TrimSpace(description), CreatedAt: s.now(),
		TemplateJSON: t.Canonical(), TemplateSHA256: t.SHA256()})
}

// SetAuditTemplate gives an audit another criteria template, which is checked and copied in
// like at creation. It is refused (EConflict) once any case of the audit is judged: the
// judgements would no longer match their criteria.
func (s *Service) SetAuditTemplate(ctx context.Context, auditName string, t Template) (Audit, error) {
	if err := t.Check(); err != nil {
		return Audit{}, err
	}
	a, err := s.store.AuditByName(ctx, auditName)
	if err != nil {
		return a, err
	}
	if a.Purged() {
		return a, errPurged(a)
	}
	if err := s.store.SetAuditTemplate(ctx, a.ID, t.Canonical(), t.SHA256(), s.now()); err != nil {
		return a, err
	}
	s.itemAudit.Clear() // the items of this audit carry its old template
	a.TemplateJSON, a.TemplateSHA256 = t.Canonical(), t.SHA256()
	return a, nil
}

// Template is the criteria template of an audit: its own copy, or ivo-2015 for an audit
// from before templates. Parsed templates are kept by SHA-256 (an audit's never changes).
func (s *Service) Template(a Audit) (Template, error) {
	if a.TemplateJSON == nil {
		return DefaultTemplate(), nil
	}
	if t, ok := s.templates.Load(a.TemplateSHA256); ok && a.TemplateSHA256 != "" {
		return t.(Template), nil
	}
	t, err := ParseTemplate(a.TemplateJSON)
	if err != nil {
		return t, &Error{Code: EInternal, Message: "the audit's stored template cannot be read", Err: err}
	}
	s.templates.Store(a.TemplateSHA256, t)
	return t, nil
}

// Audits lists all audits, oldest first.
func (s *Service) Audits(ctx context.Context) ([]Audit, error) { return s.store.Audits(ctx) }

// AuditByName finds an audit; ENotFound when there is none.
func (s *Service) AuditByName(ctx context.Context, name string) (Audit, error) {
	return s.store.AuditByName(ctx, strings.TrimSpace(name))
}
