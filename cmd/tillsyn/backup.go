package main

import (
	"fmt"

	"tillsyn/review/store"
)

// cmdBackup writes one consistent backup file while the server may go on serving.
func cmdBackup(e *env, args []string) int {
	f := newFlags(e, "backup", "--out FILE [--json]")
	out := f.String("out", "", "the backup file to write (required); it holds personal data and the pseudonym key: keep it as safe as the data directory")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *out == "" || f.NArg() != 0 {
		return f.usageError("--out FILE is required")
	}
	_, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	res, err := st.Backup(cliContext(), *out, version)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, res)
	}
	fmt.Fprintf(e.stdout, "Backup written: %s (%d bytes, SHA-256 %s)\n  the database as of trail event %s, the pseudonym key and %d case files, each checked against its SHA-256.\nRestore it with: tillsyn restore %s --data NEW_DIR\n",
		res.File, res.Bytes, res.SHA256, res.TrailHead, res.CaseFiles, res.File)
	return exitOK
}

// cmdRestore unpacks a backup into a new (or empty) data directory.
func cmdRestore(e *env, args []string) int {
	f := newFlags(e, "restore", "FILE --data DIR [--json]")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 1 {
		return f.usageError("restore takes one backup FILE, and --data for the new data directory")
	}
	if *f.database != "" {
		return fail(e, fmt.Errorf("restore writes a SQLite data directory; a PostgreSQL database is restored with pg_restore (see the README), or moved up from a restored data directory"))
	}
	res, err := store.Restore(cliContext(), f.Arg(0), *f.data)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, res)
	}
	fmt.Fprintf(e.stdout, "Restored the backup of %s into %s: %d files (%d case files), every SHA-256 checked, the database's integrity checked and its trail verified (head %s).\n",
		res.CreatedAt.Local().Format("2006-01-02 15:04"), res.Dir, res.Files, res.CaseFiles, res.TrailHead)
	return exitOK
}
