package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/store"
)

// trailDemo is a data directory with a sample, imported judgements, a user and an export.
func trailDemo(t *testing.T) string {
	t.Helper()
	data := sampledDemo(t)
	for _, args := range [][]string{
		{"scores", "import", "--data", data, "--audit", "D", filepath.Join(demoDir, "scores.csv")},
		{"export", "--data", data, "--audit", "D", "--out", filepath.Join(t.TempDir(), "x.csv")},
		{"user", "add", "--data", data, "--name", "anna", "--role", "inspector"},
		{"user", "disable", "--data", data, "--name", "anna"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	return data
}

// rawDB opens the database of a data directory the way an intruder would: plain SQL.
func rawDB(t *testing.T, data string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(data, store.DBFile)+"?_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

type verifyJSON struct {
	Events   int64  `json:"events"`
	HeadSeq  int64  `json:"head_seq"`
	HeadHash string `json:"head_hash"`
	Intact   bool   `json:"intact"`
	Breaks   []struct {
		Seq    int64  `json:"seq"`
		Reason string `json:"reason"`
	} `json:"breaks"`
}

func verify(t *testing.T, data string, extra ...string) (verifyJSON, int) {
	t.Helper()
	out, e, code := tillsyn(t, append([]string{"trail", "verify", "--data", data, "--json"}, extra...)...)
	var v verifyJSON
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%v: %s %s", err, out, e)
	}
	return v, code
}

// Finding 6 of the security review: edits to the history of judgements and the export log
// went unnoticed. Each way of tampering is caught by `trail verify` (exit 1, first break
// named), and the database itself refuses UPDATE and DELETE on the trail and logs.
func TestTrailDetectsTampering(t *testing.T) {
	base := trailDemo(t)
	v, code := verify(t, base)
	if code != 0 || !v.Intact || v.Events < 7 {
		t.Fatalf("fresh trail: %d %+v", code, v)
	}
	out, _, _ := tillsyn(t, "trail", "show", "--data", base, "--audit", "D", "--json")
	var shown struct {
		Events []struct {
			Action string          `json:"action"`
			Detail json.RawMessage `json:"detail"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &shown); err != nil {
		t.Fatal(err)
	}
	actions := map[string]bool{}
	for _, e := range shown.Events {
		actions[e.Action] = true
		// events name cases by id: no diarienummer, no comment text
		if strings.Contains(string(e.Detail), "SN 2015") || strings.Contains(string(e.Detail), "SON 2014") {
			t.Fatalf("a diarienummer in the trail: %s", e.Detail)
		}
	}
	for _, a := range []string{"audit.create", "caselist.import", "sample.draw", "judgement.import", "export.create"} {
		if !actions[a] {
			t.Errorf("no %s event: %v", a, actions)
		}
	}
	headOut, _, _ := tillsyn(t, "trail", "head", "--data", base)
	noted := strings.TrimSpace(headOut)

	copyData := func(t *testing.T) string {
		t.Helper()
		d := filepath.Join(t.TempDir(), "data")
		if err := os.CopyFS(d, os.DirFS(base)); err != nil {
			t.Fatal(err)
		}
		os.Chmod(d, 0o700)
		return d
	}
	for _, tc := range []struct {
		name  string
		sql   []string
		first string // in the first break's reason
	}{
		{"history changed_by", []string{`DROP TRIGGER score_events_no_update`, `UPDATE score_events SET changed_by = 'någon annan' WHERE id = 3`}, "history entry 3"},
		{"history deleted", []string{`DROP TRIGGER score_events_no_delete`, `DELETE FROM score_events`}, "history entry"},
		{"export log deleted", []string{`DROP TRIGGER exports_no_delete`, `DELETE FROM exports`}, "export 1 is missing"},
		{"verdict changed", []string{`UPDATE scores SET verdict = 'yes' WHERE id = (SELECT min(id) FROM scores WHERE verdict = 'no')`}, "changed outside Tillsyn"},
		{"user enabled", []string{`UPDATE users SET disabled = 0`}, "user 1 (anna)"},
		{"case replaced", []string{`UPDATE sample_items SET status = 'reserve' WHERE id = 1`}, "sampled case 1"},
		{"event edited", []string{`DROP TRIGGER trail_no_update`, `UPDATE trail SET actor = 'någon annan' WHERE seq = 3`}, "event 3"},
		{"event deleted", []string{`DROP TRIGGER trail_no_delete`, `DELETE FROM trail WHERE seq = 4`}, "event 4 is missing"},
		{"events reordered", []string{`DROP TRIGGER trail_no_update`,
			`UPDATE trail SET seq = -1 WHERE seq = 3`, `UPDATE trail SET seq = 3 WHERE seq = 4`, `UPDATE trail SET seq = 4 WHERE seq = -1`}, "event 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := copyData(t)
			db := rawDB(t, d)
			for _, q := range tc.sql {
				if _, err := db.Exec(q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			db.Close()
			v, code := verify(t, d)
			if code != 1 || v.Intact || len(v.Breaks) == 0 || !strings.Contains(v.Breaks[0].Reason, tc.first) {
				t.Fatalf("exit %d, %+v", code, v)
			}
		})
	}
	// the database refuses edits to the trail and the logs while its triggers stand
	db := rawDB(t, copyData(t))
	for _, q := range []string{`UPDATE trail SET actor = 'x'`, `DELETE FROM trail`, `UPDATE score_events SET changed_by = 'x'`, `DELETE FROM score_events`, `DELETE FROM exports`, `UPDATE exports SET sha256 = 'x'`} {
		if _, err := db.Exec(q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v", q, err)
		}
	}
	// a rewrite of the whole chain (every hash recomputed) is consistent in itself, but the
	// head noted earlier is gone
	d := copyData(t)
	db = rawDB(t, d)
	if _, err := db.Exec(`DROP TRIGGER trail_no_update`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE trail SET at = replace(at, '20', '19') WHERE seq = 2`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	rehash(t, d)
	if v, code := verify(t, d); code != 0 || !v.Intact {
		t.Fatalf("a consistent rewrite should verify by itself: %+v", v)
	}
	if v, code := verify(t, d, "--head", noted); code != 1 || !strings.Contains(v.Breaks[0].Reason, "noted head") {
		t.Fatalf("rewrite against the noted head: %d %+v", code, v)
	}
	if _, code := verify(t, base, "--head", noted); code != 0 {
		t.Fatal("the untouched trail fails against its own head")
	}
}

// rehash rewrites every event's link and hash, as an intruder who knows the scheme would.
func rehash(t *testing.T, data string) {
	t.Helper()
	db := rawDB(t, data)
	rows, err := db.Query(`SELECT seq, at, actor, action, coalesce(audit_id, 0), subject, detail FROM trail ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	var evs []review.TrailEvent
	for rows.Next() {
		var e review.TrailEvent
		var at string
		if err := rows.Scan(&e.Seq, &at, &e.Actor, &e.Action, &e.AuditID, &e.Subject, &e.Detail); err != nil {
			t.Fatal(err)
		}
		e.At, err = time.Parse(time.RFC3339Nano, at)
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	prev := review.TrailGenesis
	for _, e := range evs {
		e.PrevHash = prev
		e.Hash = e.ComputeHash()
		if _, err := db.Exec(`UPDATE trail SET prev_hash = ?, hash = ? WHERE seq = ?`, e.PrevHash, e.Hash, e.Seq); err != nil {
			t.Fatal(err)
		}
		prev = e.Hash
	}
	db.Close()
}
