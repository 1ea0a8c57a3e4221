package review

import (
	"context"
	"sync"
	"time"
)

// Store is the persistence the domain needs. Every method runs in one transaction.
// Implementations return *Error with ENotFound or EConflict where those apply.
type Store interface {
	ScoreStore
	CaseFileStore
	ExportStore
	UserStore
	TrailStore
	PurgeStore
	DecisionStore // decisions per committee and their requirements (decisions.go)
	RequestStore
	WorkbenchStore // drafts of the review form and case assignments (review/workbench.go)
	CreateAudit(ctx context.Context, a Audit) (Audit, error)
	// SetAuditTemplate replaces an audit's template while none of its cases is judged
	// (EConflict after).
	SetAuditTemplate(ctx context.Context, auditID int64, templateJSON []byte, sha string, at time.Time) error
	Audits(ctx context.Context) ([]Audit, error)
	AuditByName(ctx context.Context, name string) (Audit, error)

	// ImportCases runs fn inside one write transaction. fn feeds cases through the
	// CaseWriter and returns what the import log must record; when fn returns an error, or
	// the returned log says to roll back, nothing of it is written.
	ImportCases(ctx context.Context, auditID int64, fn func(w CaseWriter) (ImportLog, error)) error
	// CaseCounts counts the frame per committee and intervention; committee "" means all.
	CaseCounts(ctx context.Context, auditID int64, committee string) ([]CaseCount, error)
	// Cases lists the frame (committee "" means all), ordered by committee and diarienummer.
	Cases(ctx context.Context, auditID int64, committee string) ([]Case, error)
	// ImportHistory lists the files imported into an audit and the rows skipped.
	ImportHistory(ctx context.Context, auditID int64) ([]ImportedFile, []InvalidRow, error)

	// Frame returns every case of the audit that passes the filter, in no particular order.
	// Person is filled only when persons is set.
	Frame(ctx context.Context, auditID int64, f FrameFilter, persons bool) ([]FrameUnit, error)
	// SaveSample stores a draw as the audit's active sample. With an active sample already
	// there it returns EConflict, unless redraw is set and none of its files has been scored,
	// in which case the old draw is kept as superseded.
	SaveSample(ctx context.Context, s Sample, redraw bool) (Sample, error)
	// ActiveSample returns the audit's active sample with its items; ENotFound when none.
	ActiveSample(ctx context.Context, auditID int64) (Sample, error)
	// SampleYear is the year of the latest decision among a sample's selected cases (0: none).
	SampleYear(ctx context.Context, sampleID int64) (int, error)
	// SupersededSamples lists earlier draws (without items), oldest first.
	SupersededSamples(ctx context.Context, auditID int64) ([]Sample, error)
	// ReplaceSampleItem marks a selected item replaced (with reason, who, when) by the next
	// unused reserve of its stratum; EConflict when the item changed meanwhile or the
	// stratum has no reserve left.
	ReplaceSampleItem(ctx context.Context, sampleID int64, item SampleItem, reason, by string, at time.Time) (old, repl SampleItem, err error)
}

// Service holds the use cases of Tillsyn.
type Service struct {
	store     Store
	secret    []byte
	now       func() time.Time
	files     string   // directory of the content-addressed case files
	templates sync.Map // template SHA-256 → Template, see Template
	itemAudit sync.Map // sample item id → Audit (an item never leaves its audit), see auditOfItem
}

// Config is what a Service needs besides its store.
type Config struct {
	// PseudonymKey is the secret key of the personnummer pseudonyms (HMAC-SHA-256).
	PseudonymKey []byte
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// FileDir is the directory where case files are stored (content-addressed).
	FileDir string
}

// NewService makes a Service over a store.
func NewService(store Store, cfg Config) *Service {
	now := cfg.Clock
	if now == nil {
		now = time.Now
	}
	return &Service{store: store, secret: cfg.PseudonymKey, now: now, files: cfg.FileDir}
}
