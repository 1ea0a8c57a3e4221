package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"tillsyn/review"
	"tillsyn/sampling"
)

// failAfter makes reads through the "sqlite3-failing" driver fail once that many more rows
// have been read, over all queries (negative: never), as a disk or connection error half-way
// through a result would.
var failAfter atomic.Int64

var errInjected = errors.New("injected read error")

func init() {
	failAfter.Store(-1)
	sql.Register("sqlite3-failing", failingDriver{})
}

type failingDriver struct{}

func (failingDriver) Open(dsn string) (driver.Conn, error) {
	c, err := (&sqlite3.SQLiteDriver{}).Open(dsn)
	if err != nil {
		return nil, err
	}
	return failingConn{c.(*sqlite3.SQLiteConn)}, nil
}

type failingConn struct{ *sqlite3.SQLiteConn }

func (c failingConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	r, err := c.SQLiteConn.QueryContext(ctx, q, args)
	if err != nil {
		return nil, err
	}
	return &failingRows{Rows: r}, nil
}

type failingRows struct{ driver.Rows }

func (r *failingRows) Next(dest []driver.Value) error {
	if err := r.Rows.Next(dest); err != nil {
		return err // the end of the rows (or a real error) passes
	}
	switch left := failAfter.Load(); {
	case left == 0:
		return errInjected
	case left > 0:
		failAfter.Add(-1)
	}
	return nil
}

var _ io.Closer = (*failingRows)(nil)

// The store's row loops check the iteration's own error: a read that fails half-way returns
// that error instead of a list silently cut short (which would drop documents from a case,
// files from the import log, or cases from the findings).
func TestRowLoopsReportErrorsHalfWay(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	svc := review.NewService(s, review.Config{PseudonymKey: s.PseudonymKey(), Clock: func() time.Time { return time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC) }})
	ctx := context.Background()
	if _, err := svc.CreateAudit(ctx, "R", review.KindTillsyn, ""); err != nil {
		t.Fatal(err)
	}
	for i, body := range []string{
		"Dnr;Pnr;Kommun;Insats;Beslutsdatum\nSN 1;19010427-5391;Kil;öppenvård;2015-01-01\nSN 2;19000327-3943;Kil;öppenvård;2015-01-01\n",
		"Dnr;Pnr;Kommun;Insats;Beslutsdatum\nSN 3;19010427-5391;Kil;öppenvård;2015-01-01\n",
	} {
		p := filepath.Join(dir, "lista"+string(rune('a'+i))+".csv")
		os.WriteFile(p, []byte(body), 0o600)
		if res, err := svc.ImportCaseLists(ctx, "R", []string{p}, review.ImportOptions{}); err != nil || !res.Committed {
			t.Fatalf("import: %+v %v", res, err)
		}
	}
	sm, err := svc.DrawSample(ctx, "R", review.DrawRequest{By: "t", ToolVersion: "t", Params: sampling.Params{Seed: "x", Allocation: sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: 3}}})
	if err != nil {
		t.Fatal(err)
	}
	item := sm.Items[0].ID
	for _, name := range []string{"a.pdf", "b.pdf"} {
		if _, err := s.SaveDocument(ctx, review.CaseDocument{SampleItemID: item, File: name, SHA256: name, DocumentText: review.DocumentText{Status: review.DocOK,
			Pages: []review.PageText{{Number: 1, Text: "ett"}, {Number: 2, Text: "två"}}}, IngestedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	// the same database, read through a driver whose rows fail after one
	bad, err := sql.Open("sqlite3-failing", DSN(filepath.Join(dir, DBFile), false))
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Close()
	good := s.rsql
	s.rsql = &sqlDB{DB: bad}
	defer func() { s.rsql = good; failAfter.Store(-1) }()
	checks := map[string]func() error{
		"Documents (documents)": func() error { failAfter.Store(1); _, err := s.Documents(ctx, item); return err },
		"Documents (pages)": func() error {
			failAfter.Store(3) // the two documents and a page read, then a page read fails
			_, err := s.Documents(ctx, item)
			return err
		},
		"ImportHistory": func() error { failAfter.Store(1); _, _, err := s.ImportHistory(ctx, sm.AuditID); return err },
		"AuditScores":   func() error { failAfter.Store(1); _, err := s.AuditScores(ctx, sm.AuditID); return err },
	}
	for name, f := range checks {
		if err := f(); !errors.Is(err, errInjected) {
			t.Errorf("%s: a read failing half-way gave %v, want the injected error", name, err)
		}
	}
	failAfter.Store(-1)
	if docs, err := s.Documents(ctx, item); err != nil || len(docs) != 2 || len(docs[1].Pages) != 2 {
		t.Fatalf("without the fault: %v %v", docs, err)
	}
}
