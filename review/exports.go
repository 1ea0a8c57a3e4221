package review

import (
	"context"
	"encoding/json"
	"time"
)

// ExportRecord is the log entry of one research export.
type ExportRecord struct {
	AuditID    int64
	By         string
	At         time.Time
	Format     string
	Parameters map[string]any
	SHA256     string
}

// ExportStore logs research exports.
type ExportStore interface {
	RecordExport(ctx context.Context, r ExportRecord) error
	Exports(ctx context.Context, auditID int64) ([]ExportRecord, error)
	// SampleCaseYears maps the case id of every selected item of a sample to the year of
	// its decision (no entry when the date is unknown).
	SampleCaseYears(ctx context.Context, sampleID int64) (map[int64]int, error)
	// PublishedExports lists the exports of the audits and, transitively, of every audit
	// pooled with one of them, oldest first, each with the cells it published (nil for an
	// export recorded before cells were kept), and the highest export id among them (0 for
	// none), from one snapshot.
	PublishedExports(ctx context.Context, auditIDs []int64) ([]PublishedExport, int64, error)
	// RecordResearchExport records, in one transaction, one log entry per record (the same
	// file exported from several audits) with the cells published, and a trail event for
	// each; EConflict with nothing written when an export of one of the records' audits
	// (or of an audit pooled with one) has an id above seen.
	RecordResearchExport(ctx context.Context, recs []ExportRecord, cells []PublishedCell, seen int64) error
}

// RecordExport logs a research export (who, when, parameters, SHA-256 of the file).
func (s *Service) RecordExport(ctx context.Context, a Audit, by, format string, params map[string]any, sha string) error {
	if _, err := json.Marshal(params); err != nil {
		return &Error{Code: EInvalid, Message: "unencodable export parameters"}
	}
	return s.store.RecordExport(ctx, ExportRecord{AuditID: a.ID, By: by, At: s.now().UTC(), Format: format, Parameters: params, SHA256: sha})
}

// Exports lists an audit's research exports, oldest first.
func (s *Service) Exports(ctx context.Context, auditName string) ([]ExportRecord, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, err
	}
	return s.store.Exports(ctx, a.ID)
}
