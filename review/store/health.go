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
	want, count, err := latestMigration()
	if err != nil {
		return err
	}
	var have int
	var n int
	if err := s.rsql.QueryRowContext(ctx, `SELECT coalesce(max(version), 0), count(*) FROM schema_migrations`).Scan(&have, &n); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	if have != want || n < count {
		return fmt.Errorf("database schema at migration %d (%d applied), this program needs %d", have, n, want)
	}
	return nil
}

// latestMigration is the number of the newest embedded migration and how many there are
// (numbers may have gaps: they are reserved per branch of work).
func latestMigration() (latest, count int, err error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return 0, 0, err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return 0, 0, fmt.Errorf("migration %s: name must start with a number", e.Name())
		}
		latest = max(latest, v)
		count++
	}
	return latest, count, nil
}
