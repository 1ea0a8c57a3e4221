package review

import (
	"context"
	"os"
	"path/filepath"
	"time"
)

// Setting an audit up in the web app: who may, and the helpers the web's forms need. The
// work itself (create, import, draw, letters) goes through the same Service methods as the
// command line, so both write the same records.

// CanCreateAudit: admins and inspectors create audits of any kind; a self-auditor creates
// self-audits (egenkontroll) of the own committee.
func (u User) CanCreateAudit() bool {
	return u.Role == RoleAdmin || u.Role == RoleInspector || (u.Role == RoleSelfAuditor && u.Committee != "")
}

// CanSetUp: may the user import case lists into the audit, draw its sample and request its
// files? Admins; the inspectors who lead it (its members); a self-auditor who is a member of
// a self-audit (for the own committee only: imports take the own committee's rows, the
// sample is drawn only from a frame of the own committee, letters go to it alone).
func (u User) CanSetUp(a Audit) bool {
	switch u.Role {
	case RoleAdmin:
		return true
	case RoleInspector:
		return u.CanSeeAudit(a.ID)
	case RoleSelfAuditor:
		return u.CanSeeAudit(a.ID) && a.Kind == KindEgenkontroll && u.Committee != ""
	}
	return false
}

// SetUpCommittee is the one committee a user's set-up work is limited to ("" for all).
func (u User) SetUpCommittee() string {
	if u.Role == RoleSelfAuditor {
		return u.Committee
	}
	return ""
}

// ImportHistory lists the files imported into an audit and the rows skipped.
func (s *Service) ImportHistory(ctx context.Context, auditName string) ([]ImportedFile, []InvalidRow, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, nil, err
	}
	return s.store.ImportHistory(ctx, a.ID)
}

// stagingKeep is how long a staged upload (a case list waiting for "import the valid rows")
// is kept.
const stagingKeep = 2 * time.Hour

// StagingDir is a private directory (0700) inside the data directory's file store for
// uploads on their way in; entries older than two hours are removed whenever it is asked for.
func (s *Service) StagingDir() (string, error) {
	if s.files == "" {
		return "", &Error{Code: EInternal, Message: "no file directory configured"}
	}
	dir := filepath.Join(s.files, ".staging")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && s.now().Sub(fi.ModTime()) > stagingKeep {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
	return dir, nil
}
