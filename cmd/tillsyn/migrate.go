package main

import (
	"errors"
	"fmt"

	"tillsyn/review/store"
)

// cmdMigrate copies the SQLite database of a data directory into an empty PostgreSQL
// database, in one transaction, and verifies the copy (see store.MoveToPostgres).
func cmdMigrate(e *env, args []string) int {
	f := newFlags(e, "migrate", "--to postgres://USER@HOST/DB [--data DIR] [--json]")
	to := f.String("to", "", "the empty PostgreSQL database to move into (`URL`)")
	asJSON := f.Bool("json", false, "print JSON")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *to == "" || f.NArg() != 0 {
		return f.usageError("--to URL is required")
	}
	if *f.database != "" {
		return f.usageError("migrate reads the SQLite database in --data; give the PostgreSQL database with --to, not --database")
	}
	st, err := store.OpenExisting(*f.data)
	if errors.Is(err, store.ErrNoDataDir) {
		return fail(e, fmt.Errorf("the data directory %s does not exist: check --data (or $TILLSYN_DATA)", *f.data))
	}
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	res, err := st.MoveToPostgres(cliContext(), *to)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return encodeJSON(e, res)
	}
	fmt.Fprintf(e.stdout, "Moved %d rows in %d tables and %d case files into %s; every table's count and the trail (head %s) verified there.\n", res.Rows, len(res.Tables), res.Files, res.Database, res.TrailHead)
	for _, t := range res.Tables {
		fmt.Fprintf(e.stdout, "  %-16s %d\n", t.Table, t.Rows)
	}
	fmt.Fprintf(e.stdout, "From now on run every command with --database (or TILLSYN_DATABASE) and the same --data, which keeps the pseudonym key and the case files:\n  tillsyn serve --data %s --database '%s'\nThe SQLite database in %s is left as it was: keep it as the copy from before the move, and stop using it.\n",
		st.Dir(), res.Database, st.Dir())
	return exitOK
}
