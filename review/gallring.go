package review

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"
	"time"
)

// PurgeResult counts what gallring removes (or, in a dry run, would remove).
type PurgeResult struct {
	Audit          string   `json:"audit"`
	DryRun         bool     `json:"dry_run"`
	Reason         string   `json:"reason"`
	Cases          int      `json:"cases"`           // frame rows whose diarienummer, pseudonym, birth year, case officer and dates go
	SampledCases   int      `json:"sampled_cases"`   // sampled cases, renamed by their internal id
	Documents      int      `json:"documents"`       // case-file documents
	Pages          int      `json:"pages"`           // pages of text, with the search index over them
	Screenings     int      `json:"screenings"`      // screening suggestions with their evidence sentences
	Comments       int      `json:"comments"`        // judgements whose comment and evidence pointers go
	HistoryEntries int      `json:"history_entries"` // entries of the judgement history (they hold every comment)
	ImportLogRows  int      `json:"import_log_rows"` // rows of the import log that may quote values
	Files          []string `json:"-"`               // stored files no other audit uses (SHA-256)
	FilesRemoved   int      `json:"files_removed"`
}

// PurgeStore removes an audit's personal data.
type PurgeStore interface {
	// PurgeAudit removes, in one transaction, the audit's case files' text and search index,
	// screenings, comments and evidence pointers, judgement history, import-log reasons,
	// and the frame's and sample's diarienummer, pseudonyms, birth years, ages, case officers
	// and dates finer than the year; it keeps the verdicts, committees, interventions, the
	// sample's parameters and protocol, the exports log and the trail, and records the
	// gallring in the trail. With dryRun it only counts. Files lists the stored files no
	// other audit's documents use, for the caller to delete.
	PurgeAudit(ctx context.Context, auditID int64, reason string, at time.Time, dryRun bool) (PurgeResult, error)
	// Compact rebuilds the database file and empties its write-ahead log, so that removed
	// data is in neither.
	Compact(ctx context.Context) error
}

// Gallra removes an audit's personal data when its retention period ends (see PurgeStore
// for what goes and what stays), deletes the stored case files no other audit uses, and
// compacts the database so nothing removed is left in its file or WAL. reason (required) is
// recorded in the audit and the trail. With dryRun nothing changes: the result says what
// would go.
func (s *Service) Gallra(ctx context.Context, auditName, reason string, dryRun bool) (PurgeResult, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return PurgeResult{}, &Error{Code: EInvalid, Field: "reason", Message: "ange skälet till gallringen (t.ex. beslutet eller dokumenthanteringsplanen den följer)"}
	}
	if len(reason) > 500 || strings.ContainsFunc(reason, func(r rune) bool { return isControl(r) || IsBidiControl(r) }) || ContainsPersonnummer(reason) {
		return PurgeResult{}, &Error{Code: EInvalid, Field: "reason", Message: "skälet får vara högst 500 tecken, utan styrtecken och utan personnummer"}
	}
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return PurgeResult{}, err
	}
	if a.Purged() {
		return PurgeResult{}, errPurged(a)
	}
	ps := s.store
	res, err := ps.PurgeAudit(ctx, a.ID, reason, s.now(), dryRun)
	res.Audit, res.DryRun, res.Reason = a.Name, dryRun, reason
	if err != nil || dryRun {
		res.FilesRemoved = len(res.Files)
		return res, err
	}
	for _, sha := range res.Files {
		if len(sha) != 64 {
			continue
		}
		if err := os.Remove(s.FilePath(sha)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return res, &Error{Code: EInternal, Message: "remove a stored case file", Err: err}
		}
		res.FilesRemoved++
	}
	if err := ps.Compact(ctx); err != nil {
		return res, err
	}
	return res, nil
}
