package store

import (
	"context"
	"fmt"
)

// Ready reports whether the database answers and holds every migration this program
// embeds: it reads schema_migrations on a connection of the read pool, so a long write (a
// gallring's VACUUM, a large import) does not make the server look unready. For a
// load balancer's readiness probe; it changes nothing.
func (s *Store) Ready(ctx context.Context) error {
	want, count, err := latestMigration(s.pg)
	if err != nil {
		return err
	}
	var have int
	var n int
	if err := s.rsql.QueryRowContext(ctx, `SELECT coalesce(max(version), 0), count(*) FROM schema_migrations`).Scan(&have, &n); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	// numbers may have gaps (branches reserve theirs): every embedded one must be applied
	if have != want || n < count {
		return fmt.Errorf("database schema at migration %d (%d applied), this program needs %d", have, n, want)
	}
	return nil
}

// latestMigration is the number of the newest embedded migration of the engine and how
// many there are.
func latestMigration(pg bool) (latest, count int, err error) {
	dir := "migrations"
	if pg {
		dir = "migrations/postgres"
	}
	migs, err := migrations(dir)
	if err != nil || len(migs) == 0 {
		return 0, 0, err
	}
	return migs[len(migs)-1].version, len(migs), nil
}
