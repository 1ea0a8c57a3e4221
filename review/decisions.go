package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// DecisionStatus is where a decision stands: a draft the inspector edits, or signed and
// locked.
type DecisionStatus string

// The decision statuses.
const (
	DecisionDraft  DecisionStatus = "draft"
	DecisionSigned DecisionStatus = "signed"
)

// Decision is the decision of a supervision (or the conclusion of a self-audit) for one
// committee: drafted from the audit's findings (the text comes from review/report), edited
// by the inspector while a draft, signed by re-entering the password, then locked.
type Decision struct {
	ID        int64
	AuditID   int64
	Committee string
	Status    DecisionStatus
	Rule      ActionRule
	// The sections of the decision, in Swedish: the supervision's scope and method, the
	// findings from the files (per criterion, with the case counts behind them), findings at
	// committee level that are not about files (written by the inspector), and the
	// requirements ("krav på åtgärder") with the date by which the committee reports.
	Scope, Findings, CommitteeFindings, Requirements string
	// ActionRequired: the decision demands action; signing it opens a Requirement due
	// ReportDue.
	ActionRequired bool
	ReportDue      time.Time // a date
	Version        int
	CreatedBy      string
	CreatedAt      time.Time
	UpdatedBy      string
	UpdatedAt      time.Time
	SignedBy       string
	SignedAt       time.Time
	// SHA256 is the hash of the signed text (ContentHash), recorded in the trail.
	SHA256 string
}

// Signed reports whether the decision is signed (and so locked).
func (d Decision) Signed() bool { return d.Status == DecisionSigned }

// ContentHash is the SHA-256 of what the decision says: committee, sections, whether action
// is required and the due date, each separated by NUL.
func (d Decision) ContentHash() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%t\x00%s", d.Committee, d.Scope, d.Findings, d.CommitteeFindings, d.Requirements, d.ActionRequired, d.ReportDue.Format("2006-01-02"))
	return hex.EncodeToString(h.Sum(nil))
}

// RequirementStatus is where a decision's requirement stands.
type RequirementStatus string

// The requirement statuses, in the order they usually come.
const (
	// ReqAwaitingReport: the committee has to report its measures by the due date.
	ReqAwaitingReport RequirementStatus = "awaiting_report"
	// ReqReportReceived: the committee's report came in (a file and the date it arrived).
	ReqReportReceived RequirementStatus = "report_received"
	// ReqAccepted: the measures reported are accepted.
	ReqAccepted RequirementStatus = "accepted"
	// ReqFurtherMeasures: the measures are not enough; the committee reports again by a
	// new due date.
	ReqFurtherMeasures RequirementStatus = "further_measures"
	// ReqClosed: the matter is closed.
	ReqClosed RequirementStatus = "closed"
)

// SwedishName is the status as users read it.
func (s RequirementStatus) SwedishName() string {
	switch s {
	case ReqAwaitingReport:
		return "inväntar nämndens redovisning"
	case ReqReportReceived:
		return "redovisning inkommen"
	case ReqAccepted:
		return "åtgärderna godtagna"
	case ReqFurtherMeasures:
		return "ytterligare åtgärder krävs"
	case ReqClosed:
		return "avslutat"
	}
	return string(s)
}

// Awaiting reports whether the committee owes a report (the due date applies).
func (s RequirementStatus) Awaiting() bool { return s == ReqAwaitingReport || s == ReqFurtherMeasures }

// Met reports whether the requirement has been met: its measures accepted, or closed.
func (s RequirementStatus) Met() bool { return s == ReqAccepted || s == ReqClosed }

// Requirement is the "krav på åtgärder" of a signed decision, followed to closure.
type Requirement struct {
	ID         int64
	DecisionID int64
	AuditID    int64
	Committee  string
	Status     RequirementStatus
	DueDate    time.Time // the date the committee's (next) report is due
	Version    int
	UpdatedBy  string
	UpdatedAt  time.Time
	// ReportReceivedOn and ReportName: the latest report received (zero / "" when none).
	ReportReceivedOn time.Time
	ReportName       string
	ReportEventID    int64
}

// Overdue reports whether the committee's report is overdue on day (a date): it owes a
// report and the due date is before day.
func (r Requirement) Overdue(day time.Time) bool {
	return r.Status.Awaiting() && r.DueDate.Before(dateOf(day))
}

// RequirementEvent is one change of a requirement's status.
type RequirementEvent struct {
	ID            int64
	RequirementID int64
	Status        RequirementStatus // the status it moved to
	DueDate       time.Time         // the new due date (further measures; zero otherwise)
	ReceivedOn    time.Time         // the date the report came in (report received)
	Note          string
	FileName      string
	FileSHA256    string
	FileData      []byte // only when storing; never loaded by lists
	By            string
	At            time.Time
}

// DecisionStore is the persistence of decisions and requirements. Every method runs in one
// transaction and appends to the trail in it.
type DecisionStore interface {
	// CreateDecision stores a new draft; EConflict when the committee has a decision in
	// the audit already.
	CreateDecision(ctx context.Context, d Decision) (Decision, error)
	// Decision returns one decision; ENotFound.
	Decision(ctx context.Context, id int64) (Decision, error)
	// Decisions lists an audit's decisions by committee.
	Decisions(ctx context.Context, auditID int64) ([]Decision, error)
	// UpdateDecision writes a draft's sections, action and due date when its version is
	// still d.Version (EConflict otherwise, or when it is signed), and bumps the version.
	UpdateDecision(ctx context.Context, d Decision) (Decision, error)
	// SignDecision signs a draft still at version (EConflict otherwise) and, when it demands
	// action, opens its requirement awaiting the report by the decision's due date.
	SignDecision(ctx context.Context, id int64, version int, by string, at time.Time, sha string) (Decision, error)
	// Requirements lists the requirements of an audit (auditID 0: of every audit).
	Requirements(ctx context.Context, auditID int64) ([]Requirement, error)
	// Requirement returns one requirement with its history, oldest first (without files).
	Requirement(ctx context.Context, id int64) (Requirement, []RequirementEvent, error)
	// UpdateRequirement moves a requirement still at version to ev.Status (EConflict
	// otherwise), recording ev; a further-measures event sets the new due date.
	UpdateRequirement(ctx context.Context, id int64, version int, ev RequirementEvent) (Requirement, error)
	// RequirementReport returns a received report's file; ENotFound.
	RequirementReport(ctx context.Context, eventID int64) (RequirementEvent, error)
}

// The trail's actions of decisions and requirements.
const (
	ActionDecisionDraft = "decision.draft"
	ActionDecisionEdit  = "decision.edit"
	ActionDecisionSign  = "decision.sign"
	ActionRequirement   = "requirement.status"
)

func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// DraftText is what a new draft decision says, written by review/report from the findings
// (report.DraftDecision) and handed to CreateDecision.
type DraftText struct {
	Committee                                        string
	Rule                                             ActionRule
	Scope, Findings, CommitteeFindings, Requirements string
	ActionRequired                                   bool
	ReportDue                                        time.Time
}

// MaxDecisionSection is the longest a section of a decision may be.
const MaxDecisionSection = 20000

func checkDecisionText(d *Decision) error {
	for _, x := range []struct {
		field string
		s     *string
	}{{"scope", &d.Scope}, {"findings", &d.Findings}, {"committee_findings", &d.CommitteeFindings}, {"requirements", &d.Requirements}} {
		*x.s = strings.TrimSpace(strings.ReplaceAll(*x.s, "\r\n", "\n"))
		if len(*x.s) > MaxDecisionSection {
			return &Error{Code: EInvalid, Field: x.field, Message: fmt.Sprintf("texten är för lång (högst %d tecken)", MaxDecisionSection)}
		}
		if strings.ContainsFunc(*x.s, func(r rune) bool { return r != '\n' && r != '\t' && isControl(r) || IsBidiControl(r) }) {
			return &Error{Code: EInvalid, Field: x.field, Message: "texten innehåller otillåtna tecken"}
		}
	}
	if d.Scope == "" || d.Findings == "" {
		return &Error{Code: EInvalid, Field: "findings", Message: "beslutet måste beskriva granskningens omfattning och iakttagelserna"}
	}
	if d.ActionRequired && d.Requirements == "" {
		return &Error{Code: EInvalid, Field: "requirements", Message: "ett beslut med krav på åtgärder måste säga vilka åtgärder som krävs"}
	}
	if d.ReportDue.IsZero() {
		return &Error{Code: EInvalid, Field: "report_due", Message: "ange det datum då nämnden senast ska redovisa sina åtgärder"}
	}
	return nil
}

// canDecide: admins and the audit's inspectors draft, edit and sign decisions, and follow
// requirements; a self-auditor for the own committee of a self-audit.
func canDecide(u User, a Audit, committee string) bool {
	switch u.Role {
	case RoleAdmin:
		return true
	case RoleInspector:
		return u.CanSeeAudit(a.ID)
	case RoleSelfAuditor:
		return a.Kind == KindEgenkontroll && u.CanSeeAudit(a.ID) && u.Committee == committee
	}
	return false
}

// CanDecide reports whether u may draft, edit and sign the decision of a committee in an
// audit and follow its requirement.
func (u User) CanDecide(a Audit, committee string) bool { return canDecide(u, a, committee) }

// CreateDecision stores a new draft decision for a committee of the audit's sample. The
// text comes from the findings (report.DraftDecision); u must be allowed to decide.
func (s *Service) CreateDecision(ctx context.Context, u User, auditName string, dd DraftText) (Decision, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return Decision{}, err
	}
	if a.Purged() {
		return Decision{}, errPurged(a)
	}
	if !u.CanDecide(a, dd.Committee) {
		return Decision{}, &Error{Code: EForbidden, Message: "Du får inte fatta beslut i den här granskningen."}
	}
	sampled := false
	for _, st := range sm.Strata {
		sampled = sampled || st.Committee == dd.Committee
	}
	if !sampled {
		return Decision{}, &Error{Code: EInvalid, Field: "committee", Message: fmt.Sprintf("%s ingår inte i granskningens urval", dd.Committee)}
	}
	now := s.now().UTC()
	d := Decision{AuditID: a.ID, Committee: dd.Committee, Status: DecisionDraft, Rule: dd.Rule, Scope: dd.Scope, Findings: dd.Findings,
		CommitteeFindings: dd.CommitteeFindings, Requirements: dd.Requirements, ActionRequired: dd.ActionRequired, ReportDue: dateOf(dd.ReportDue),
		CreatedBy: u.Name, CreatedAt: now, UpdatedBy: u.Name, UpdatedAt: now}
	if err := checkDecisionText(&d); err != nil {
		return Decision{}, err
	}
	return s.store.CreateDecision(WithActor(ctx, u.Name), d)
}

// Decisions lists an audit's decisions.
func (s *Service) Decisions(ctx context.Context, auditName string) (Audit, []Decision, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return a, nil, err
	}
	ds, err := s.store.Decisions(ctx, a.ID)
	return a, ds, err
}

// DecisionByID returns a decision with its audit.
func (s *Service) DecisionByID(ctx context.Context, id int64) (Audit, Decision, error) {
	d, err := s.store.Decision(ctx, id)
	if err != nil {
		return Audit{}, d, err
	}
	a, err := s.auditByID(ctx, d.AuditID)
	return a, d, err
}

func (s *Service) auditByID(ctx context.Context, id int64) (Audit, error) {
	audits, err := s.store.Audits(ctx)
	if err != nil {
		return Audit{}, err
	}
	for _, a := range audits {
		if a.ID == id {
			return a, nil
		}
	}
	return Audit{}, &Error{Code: ENotFound, Message: "Granskningen finns inte."}
}

// DecisionEdit is what the inspector may change in a draft.
type DecisionEdit struct {
	Version                                          int
	Scope, Findings, CommitteeFindings, Requirements string
	ActionRequired                                   bool
	ReportDue                                        time.Time
}

// EditDecision saves the inspector's changes to a draft (EConflict when it was signed or
// changed by someone else since it was loaded).
func (s *Service) EditDecision(ctx context.Context, u User, id int64, e DecisionEdit) (Decision, error) {
	a, d, err := s.DecisionByID(ctx, id)
	if err != nil {
		return d, err
	}
	if !u.CanDecide(a, d.Committee) {
		return d, &Error{Code: EForbidden, Message: "Du får inte ändra det här beslutet."}
	}
	if d.Signed() {
		return d, &Error{Code: EConflict, Message: "Beslutet är undertecknat och låst."}
	}
	d.Version, d.Scope, d.Findings, d.CommitteeFindings, d.Requirements = e.Version, e.Scope, e.Findings, e.CommitteeFindings, e.Requirements
	d.ActionRequired, d.ReportDue = e.ActionRequired, dateOf(e.ReportDue)
	if e.ReportDue.IsZero() {
		d.ReportDue = time.Time{}
	}
	d.UpdatedBy, d.UpdatedAt = u.Name, s.now().UTC()
	if err := checkDecisionText(&d); err != nil {
		return d, err
	}
	return s.store.UpdateDecision(WithActor(ctx, u.Name), d)
}

// SignDecision signs a draft for u after checking u's password again (the same throttled
// check as a login: a wrong password is EInvalid on field "password" and counts as a failed
// login). The decision is then locked; with action required its requirement opens, due on
// the decision's report date. Signing is refused while any of the committee's sampled
// files is not final.
func (s *Service) SignDecision(ctx context.Context, auth *Auth, u User, id int64, version int, password, addr string) (Decision, error) {
	a, d, err := s.DecisionByID(ctx, id)
	if err != nil {
		return d, err
	}
	if !u.CanDecide(a, d.Committee) {
		return d, &Error{Code: EForbidden, Message: "Du får inte underteckna det här beslutet."}
	}
	if d.Signed() {
		return d, &Error{Code: EConflict, Message: "Beslutet är redan undertecknat."}
	}
	if d.Version != version {
		return d, &Error{Code: EConflict, Message: "Beslutet har ändrats sedan du öppnade det. Läs igenom det igen innan du undertecknar."}
	}
	if err := auth.Reauthenticate(ctx, u.Name, password, addr); err != nil {
		return d, err
	}
	prog, err := s.Progress(ctx, a.Name)
	if err != nil {
		return d, err
	}
	for _, p := range prog {
		if p.Committee == d.Committee && p.Final < p.Sampled {
			return d, &Error{Code: EConflict, Message: fmt.Sprintf("%d av %d akter i %s är inte färdigbedömda: beslutet kan undertecknas när alla är det.", p.Sampled-p.Final, p.Sampled, d.Committee)}
		}
	}
	if err := checkDecisionText(&d); err != nil {
		return d, err
	}
	return s.store.SignDecision(WithActor(ctx, u.Name), id, version, u.Name, s.now().UTC(), d.ContentHash())
}

// Reauthenticate checks a logged-in user's password again before a weighty act (signing a
// decision), with the throttling of Login: during a wait it is ERateLimited; a wrong
// password is EInvalid on field "password" and counts as a failed login of the account.
func (a *Auth) Reauthenticate(ctx context.Context, name, password, addr string) error {
	now := a.now()
	keys := []string{accountKey(name)}
	if addr != "" {
		keys = append(keys, "a:"+addr)
	}
	th, err := a.store.LoginThrottles(ctx, keys)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if b := th[k].BlockedUntil; now.Before(b) {
			return &Error{Code: ERateLimited, Message: fmt.Sprintf("För många felaktiga lösenord. Vänta %d sekunder och försök igen.", int(b.Sub(now).Seconds())+1)}
		}
	}
	u, hash, err := a.store.UserByName(ctx, name)
	if err != nil {
		return err
	}
	if u.Disabled || len(hash) == 0 || bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil {
		_ = a.fail(ctx, keys, now, &LoginFailure{Account: name, Known: true})
		return &Error{Code: EInvalid, Field: "password", Message: "Fel lösenord. Beslutet är inte undertecknat."}
	}
	if th[keys[0]].Failures > 0 {
		if err := a.store.ClearLoginFailures(ctx, keys[0]); err != nil {
			return err
		}
	}
	return nil
}

// Requirements lists an audit's requirements.
func (s *Service) Requirements(ctx context.Context, auditName string) (Audit, []Requirement, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return a, nil, err
	}
	rs, err := s.store.Requirements(ctx, a.ID)
	return a, rs, err
}

// OverdueRequirements lists the requirements of an audit ("" for every audit) whose
// committee's report is overdue on day: for `tillsyn requests` and the audit page.
func (s *Service) OverdueRequirements(ctx context.Context, auditName string, day time.Time) ([]Requirement, error) {
	var id int64
	if auditName != "" {
		a, err := s.AuditByName(ctx, auditName)
		if err != nil {
			return nil, err
		}
		id = a.ID
	}
	rs, err := s.store.Requirements(ctx, id)
	if err != nil {
		return nil, err
	}
	var out []Requirement
	for _, r := range rs {
		if r.Overdue(day) {
			out = append(out, r)
		}
	}
	return out, nil
}

// RequirementByID returns a requirement with its audit and history.
func (s *Service) RequirementByID(ctx context.Context, id int64) (Audit, Requirement, []RequirementEvent, error) {
	r, evs, err := s.store.Requirement(ctx, id)
	if err != nil {
		return Audit{}, r, nil, err
	}
	a, err := s.auditByID(ctx, r.AuditID)
	return a, r, evs, err
}

// RequirementChange is a step of a requirement: to the status, with what that step needs.
type RequirementChange struct {
	Version    int
	To         RequirementStatus
	ReceivedOn time.Time // report received: the date it came in (required)
	FileName   string    // report received: the committee's report (required)
	FileData   []byte
	DueDate    time.Time // further measures: the new due date (required)
	Note       string
}

// MaxReportBytes is the largest report file accepted.
const MaxReportBytes = 20 << 20

// allowedSteps are the moves a requirement may make.
var allowedSteps = map[RequirementStatus][]RequirementStatus{
	ReqAwaitingReport:  {ReqReportReceived},
	ReqFurtherMeasures: {ReqReportReceived},
	ReqReportReceived:  {ReqAccepted, ReqFurtherMeasures},
	ReqAccepted:        {ReqClosed},
}

// ChangeRequirement moves a requirement one step: awaiting report or further measures →
// report received (a file and the date it came in); report received → accepted, or further
// measures (with a new due date); accepted → closed. Anything else is EInvalid; a
// requirement changed since it was loaded is EConflict.
func (s *Service) ChangeRequirement(ctx context.Context, u User, id int64, ch RequirementChange) (Requirement, error) {
	a, r, _, err := s.RequirementByID(ctx, id)
	if err != nil {
		return r, err
	}
	if !u.CanDecide(a, r.Committee) {
		return r, &Error{Code: EForbidden, Message: "Du får inte ändra det här kravet."}
	}
	ok := false
	for _, to := range allowedSteps[r.Status] {
		ok = ok || to == ch.To
	}
	if !ok {
		return r, &Error{Code: EInvalid, Field: "status", Message: fmt.Sprintf("kravet kan inte gå från %s till %s", r.Status.SwedishName(), ch.To.SwedishName())}
	}
	ev := RequirementEvent{Status: ch.To, Note: strings.TrimSpace(ch.Note), By: u.Name, At: s.now().UTC()}
	if len(ev.Note) > MaxDecisionSection {
		return r, &Error{Code: EInvalid, Field: "note", Message: "anteckningen är för lång"}
	}
	switch ch.To {
	case ReqReportReceived:
		if ch.ReceivedOn.IsZero() {
			return r, &Error{Code: EInvalid, Field: "received_on", Message: "ange det datum då redovisningen kom in"}
		}
		if dateOf(ch.ReceivedOn).After(dateOf(s.now())) {
			return r, &Error{Code: EInvalid, Field: "received_on", Message: "redovisningen kan inte ha kommit in efter i dag"}
		}
		name := strings.TrimSpace(ch.FileName)
		if name == "" || len(ch.FileData) == 0 {
			return r, &Error{Code: EInvalid, Field: "file", Message: "bifoga nämndens redovisning (en fil)"}
		}
		if len(ch.FileData) > MaxReportBytes {
			return r, &Error{Code: EInvalid, Field: "file", Message: fmt.Sprintf("filen är större än %d MiB", MaxReportBytes>>20)}
		}
		if strings.ContainsFunc(name, func(r rune) bool { return isControl(r) || IsBidiControl(r) || r == '/' || r == '\\' }) || len(name) > 255 {
			return r, &Error{Code: EInvalid, Field: "file", Message: "filnamnet innehåller otillåtna tecken"}
		}
		sum := sha256.Sum256(ch.FileData)
		ev.ReceivedOn, ev.FileName, ev.FileData, ev.FileSHA256 = dateOf(ch.ReceivedOn), name, ch.FileData, hex.EncodeToString(sum[:])
	case ReqFurtherMeasures:
		if ch.DueDate.IsZero() {
			return r, &Error{Code: EInvalid, Field: "due_date", Message: "ange när nämnden senast ska redovisa de ytterligare åtgärderna"}
		}
		if ev.Note == "" {
			return r, &Error{Code: EInvalid, Field: "note", Message: "skriv vilka ytterligare åtgärder som krävs"}
		}
		ev.DueDate = dateOf(ch.DueDate)
	}
	return s.store.UpdateRequirement(WithActor(ctx, u.Name), id, ch.Version, ev)
}

// RequirementReport returns the file of a received report (an event of requirement id).
func (s *Service) RequirementReport(ctx context.Context, requirementID, eventID int64) (RequirementEvent, error) {
	ev, err := s.store.RequirementReport(ctx, eventID)
	if err != nil {
		return ev, err
	}
	if ev.RequirementID != requirementID {
		return RequirementEvent{}, &Error{Code: ENotFound, Message: "Filen finns inte."}
	}
	return ev, nil
}

// RequirementOutcome is how an earlier audit's requirement of a committee ended, for the
// next audit's comparison.
type RequirementOutcome struct {
	Committee string            `json:"committee"`
	Status    RequirementStatus `json:"status"`
	DueDate   string            `json:"due_date"`
	Met       bool              `json:"met"`
	Overdue   bool              `json:"overdue"`
}

// RequirementOutcomes lists, per committee of an audit with a signed decision demanding
// action, its requirement's status, whether it was met and whether its report is overdue
// on day; by committee.
func (s *Service) RequirementOutcomes(ctx context.Context, auditName string, day time.Time) ([]RequirementOutcome, error) {
	_, rs, err := s.Requirements(ctx, auditName)
	if err != nil {
		return nil, err
	}
	out := []RequirementOutcome{}
	for _, r := range rs {
		out = append(out, RequirementOutcome{Committee: r.Committee, Status: r.Status, DueDate: r.DueDate.Format("2006-01-02"), Met: r.Status.Met(), Overdue: r.Overdue(day)})
	}
	return out, nil
}
