package store

import (
	"context"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Ready reports whether the database answers and holds every migration this program
// embeds: it reads schema_migrations on a connection of the read pool, so a long write (a
// gallring's VACUUM, a large import) does not make the server look unready. For a
// load balancer's readiness probe; it changes nothing.
func (s *Store) Ready(ctx context.Context) error {
	want, err := latestMigration()
	if err != nil {
		return err
	}
	// numbers are reserved per feature, so the embedded set may have gaps: every embedded
	// migration must be applied, not every number up to the newest
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return err
	}
	embedded := len(entries)
	var have int
	var n int
	if err := s.rsql.QueryRowContext(ctx, `SELECT coalesce(max(version), 0), count(*) FROM schema_migrations`).Scan(&have, &n); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	if have != want || n < embedded {
		return fmt.Errorf("database schema at migration %d (%d applied), this program needs %d", have, n, want)
	}
	return nil
}

// latestMigration is the number of the newest embedded migration.
func latestMigration() (int, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return 0, err
	}
	latest := 0
	for _, e := range entries {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return 0, fmt.Errorf("migration %s: name must start with a number", e.Name())
		}
		latest = max(latest, v)
	}
	return latest, nil
}
