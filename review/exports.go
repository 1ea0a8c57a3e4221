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
