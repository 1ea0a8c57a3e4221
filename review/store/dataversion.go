package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"sync"
	"time"
)

// dataVersion watches the database for commits with SQLite's PRAGMA data_version, which
// changes on a connection whenever any other connection, in this process or another (a
// `tillsyn ingest` beside the server), has committed. It keeps one connection of its own
// for that; the writer is another connection, so this process's own writes count too.
// When the connection has to be replaced its numbering restarts, so an epoch is part of
// the version and a new connection never repeats an old version.
type dataVersion struct {
	db *sql.DB

	mu      sync.Mutex // guards running, next and closed
	running bool
	closed  bool
	next    *versionRound // the round that starts when the running one ends; latecomers join it

	// used by one round at a time
	conn  *sql.Conn
	stmt  *sql.Stmt
	epoch int
}

// A versionRound is one reading of data_version, shared by every caller that joined it.
type versionRound struct {
	done chan struct{}
	v    string
	err  error
}

func newDataVersion(path string) (*dataVersion, error) {
	db, err := sql.Open("sqlite3", DSN(path, false))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return &dataVersion{db: db}, nil
}

// get returns "epoch:data_version". Two equal results mean nothing was committed between
// them. Under load many callers share one reading: a caller never uses a reading that
// began before it called, so it sees every commit made before its call.
func (d *dataVersion) get(ctx context.Context) (string, error) {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return "", internal("watch the database", errors.New("store closed"))
	}
	if !d.running { // none under way: read now
		d.running = true
		d.mu.Unlock()
		r := &versionRound{done: make(chan struct{})}
		d.run(r)
		return r.v, r.err
	}
	// one is under way but began before this call: wait for the next
	if d.next == nil {
		d.next = &versionRound{done: make(chan struct{})}
	}
	r := d.next
	d.mu.Unlock()
	select {
	case <-r.done:
		return r.v, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// run reads the version for r, then starts the round that callers joined meanwhile, if any.
func (d *dataVersion) run(r *versionRound) {
	r.v, r.err = d.read()
	close(r.done)
	d.mu.Lock()
	n := d.next
	d.next = nil
	if n != nil && d.closed { // no more rounds: answer those waiting
		n.err = internal("watch the database", errors.New("store closed"))
		close(n.done)
		n = nil
	}
	d.running = n != nil
	d.mu.Unlock()
	if n != nil {
		go d.run(n)
	}
}

func (d *dataVersion) read() (string, error) {
	ctx := context.Background()
	if d.conn == nil {
		c, err := d.db.Conn(ctx)
		if err != nil {
			return "", internal("watch the database", err)
		}
		st, err := c.PrepareContext(ctx, `PRAGMA data_version`)
		if err != nil {
			c.Close()
			return "", internal("watch the database", err)
		}
		d.conn, d.stmt = c, st
		d.epoch++
	}
	var v int64
	if err := d.stmt.QueryRowContext(ctx).Scan(&v); err != nil {
		d.stmt.Close()
		d.conn.Close()
		d.conn, d.stmt = nil, nil
		return "", internal("watch the database", err)
	}
	return strconv.Itoa(d.epoch) + ":" + strconv.FormatInt(v, 10), nil
}

// close stops new rounds, waits for one under way and closes the connection; closing
// again does nothing.
func (d *dataVersion) close() error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil
	}
	d.closed = true
	d.mu.Unlock()
	for {
		d.mu.Lock()
		busy := d.running
		d.mu.Unlock()
		if !busy {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if d.conn != nil {
		d.stmt.Close()
		d.conn.Close()
		d.conn, d.stmt = nil, nil
	}
	return d.db.Close()
}

// DataVersion returns a value that changes whenever anything has been committed to the
// database, by any connection or process, since it was last returned; equal values mean
// no commit in between. It is cheap: one pragma on a connection kept for the purpose.
// On PostgreSQL it is the version row every write transaction of every instance bumps.
func (s *Store) DataVersion(ctx context.Context) (string, error) {
	if s.pg {
		return s.pgDataVersion(ctx)
	}
	return s.dv.get(ctx)
}
