package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// TrailEvent is one entry of the audit trail: every change to judgements, samples and their
// replacements, double review, users, exports, imports, documents and gallring appends one,
// in the same transaction as the change. Events are append-only (the database refuses UPDATE
// and DELETE on them) and chained: each carries the SHA-256 of the one before, so an edited,
// deleted or reordered event breaks the chain (VerifyTrail), and a rewrite of the whole chain
// is caught against a head noted down earlier (TrailHead).
//
// Events name cases, users and exports by internal id, never by diarienummer, personnummer
// or comment text: gallring removes those, and leaves the trail whole and verifiable.
type TrailEvent struct {
	Seq      int64     `json:"seq"`      // 1, 2, 3, ... without gaps
	At       time.Time `json:"at"`       // UTC
	Actor    string    `json:"actor"`    // a user name, or "cli:<account>" for the command line
	Action   string    `json:"action"`   // see the Action* constants
	AuditID  int64     `json:"audit_id"` // 0 when the event is not about an audit
	Subject  string    `json:"subject"`  // "item:12", "user:3", "export:7", "sample:2", "audit:1"
	Detail   string    `json:"detail"`   // compact JSON, no personal data
	PrevHash string    `json:"prev_hash"`
	Hash     string    `json:"hash"`
}

// The actions of the trail.
const (
	ActionTrailStart    = "trail.start"     // the first event: the state the trail starts from
	ActionAuditCreate   = "audit.create"    // an audit was created
	ActionAuditTemplate = "audit.template"  // an audit's criteria template was replaced before scoring
	ActionCaseImport    = "caselist.import" // case lists were imported into the frame
	ActionSampleDraw    = "sample.draw"     // a sample was drawn (or drawn again)
	ActionSampleReplace = "sample.replace"  // a selected case was replaced by a reserve
	ActionDoubleReview  = "sample.double"   // the cases for a second review were chosen
	ActionJudgement     = "judgement.save"  // judgements saved in the web app
	ActionJudgementImp  = "judgement.import"
	ActionDocument      = "document.add" // a case-file document was stored (or replaced)
	ActionExport        = "export.create"
	ActionUserAdd       = "user.add"
	ActionUserPassword  = "user.password"
	ActionUserDisable   = "user.disable"
	ActionUserEnable    = "user.enable"
	ActionUserAssign    = "user.assign"
	ActionCaseAssign    = "case.assign" // sampled cases assigned to a reviewer (or unassigned)
	ActionGallring      = "audit.gallra"
	ActionBackup        = "data.backup"
	ActionRestore       = "data.restore"
	ActionMoveUp        = "data.moveup" // a SQLite data directory was copied into PostgreSQL
	trailHashDomain     = "tillsyn-trail/1"
)

// ComputeHash is the event's hash: SHA-256 over a domain string and every field but Hash,
// each written with its length, so no two different events can give the same input.
func (e TrailEvent) ComputeHash() string {
	var b strings.Builder
	field := func(s string) {
		b.WriteString(strconv.Itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
		b.WriteByte('\n')
	}
	field(trailHashDomain)
	field(strconv.FormatInt(e.Seq, 10))
	field(e.At.UTC().Format(time.RFC3339Nano))
	field(e.Actor)
	field(e.Action)
	field(strconv.FormatInt(e.AuditID, 10))
	field(e.Subject)
	field(e.Detail)
	field(e.PrevHash)
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// TrailGenesis is the PrevHash of the first event.
const TrailGenesis = "0000000000000000000000000000000000000000000000000000000000000000"

// TrailBreak says where and how a trail fails verification.
type TrailBreak struct {
	Seq    int64  `json:"seq"` // the first event that does not hold (0: not tied to one)
	Reason string `json:"reason"`
}

// TrailReport is the outcome of VerifyTrail.
type TrailReport struct {
	Events   int64        `json:"events"`
	HeadSeq  int64        `json:"head_seq"`
	HeadHash string       `json:"head_hash"`
	Intact   bool         `json:"intact"`
	Breaks   []TrailBreak `json:"breaks"`
}

// TrailStore is the persistence of the trail. Appending happens inside the other store
// methods, in their transactions; these read it.
type TrailStore interface {
	// TrailEvents lists the events, oldest first: of one audit (auditID > 0) or all.
	TrailEvents(ctx context.Context, auditID int64) ([]TrailEvent, error)
	// TrailHead is the newest event (ENotFound on an empty trail).
	TrailHead(ctx context.Context) (TrailEvent, error)
	// VerifyTrail checks the chain (every hash, every link, no gap) and that the stored
	// judgements, their history, the samples, the users and the exports are what the trail
	// says they are.
	VerifyTrail(ctx context.Context) (TrailReport, error)
}

type actorKey struct{}

// WithActor returns a context that names who is acting, for the trail: a user name in the web
// app, "cli:<account>" on the command line.
func WithActor(ctx context.Context, actor string) context.Context {
	return context.WithValue(ctx, actorKey{}, actor)
}

// HasActor reports whether ctx names an actor (WithActor).
func HasActor(ctx context.Context) bool {
	a, ok := ctx.Value(actorKey{}).(string)
	return ok && a != ""
}

// ActorOf is the actor named by WithActor, or "okänd" when none was.
func ActorOf(ctx context.Context) string {
	if a, ok := ctx.Value(actorKey{}).(string); ok && a != "" {
		return a
	}
	return "okänd"
}

// TrailEvents lists the trail of an audit (by name), oldest first.
func (s *Service) TrailEvents(ctx context.Context, auditName string) ([]TrailEvent, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, err
	}
	return s.store.TrailEvents(ctx, a.ID)
}

// TrailHead is the newest event of the trail.
func (s *Service) TrailHead(ctx context.Context) (TrailEvent, error) { return s.store.TrailHead(ctx) }

// VerifyTrail checks the trail. With noted set (a head hash written down earlier, as
// "SEQ:HASH" or just HASH), the trail must still hold that event with that hash: a rewrite of
// the whole chain since then is caught.
func (s *Service) VerifyTrail(ctx context.Context, noted string) (TrailReport, error) {
	rep, err := s.store.VerifyTrail(ctx)
	if err != nil || noted == "" {
		return rep, err
	}
	seq, hash := int64(0), strings.TrimSpace(noted)
	if i := strings.IndexByte(hash, ':'); i > 0 {
		n, err := strconv.ParseInt(hash[:i], 10, 64)
		if err != nil {
			return rep, &Error{Code: EInvalid, Field: "head", Message: "write the noted head as SEQ:HASH or HASH"}
		}
		seq, hash = n, hash[i+1:]
	}
	if len(hash) != 64 {
		return rep, &Error{Code: EInvalid, Field: "head", Message: "a head hash has 64 hexadecimal digits"}
	}
	evs, err := s.store.TrailEvents(ctx, 0)
	if err != nil {
		return rep, err
	}
	for _, e := range evs {
		if e.Hash == hash && (seq == 0 || e.Seq == seq) {
			return rep, nil
		}
	}
	rep.Intact = false
	where := "anywhere"
	if seq > 0 {
		where = fmt.Sprintf("at event %d", seq)
	}
	rep.Breaks = append(rep.Breaks, TrailBreak{Seq: seq, Reason: fmt.Sprintf("the noted head %s is not %s in the trail: the trail was rewritten since it was noted", hash, where)})
	return rep, nil
}
