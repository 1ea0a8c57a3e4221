// Command tillsyn supervises how social services document their care: it imports case
// lists, draws samples, reads case files and rolls scores up into findings. Each subcommand
// lives in a file of its own; main only calls run.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"tillsyn/review"
	"tillsyn/review/pdftext"
	"tillsyn/review/store"
)

// version is set at build time (-ldflags "-X main.version=...").
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // invalid input or a failed operation
	exitUsage   = 2
)

// env is what a subcommand gets from the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

type command struct {
	name    string
	summary string
	hidden  bool
	run     func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{name: "init", summary: "create a data directory (database, pseudonym key, file store)", run: cmdInit},
		{name: "audit", summary: "create and list audits; set an audit's criteria template", run: cmdAudit},
		{name: "template", summary: "list, show and check criteria templates", run: cmdTemplate},
		{name: "import", summary: "import exported case lists into an audit's frame", run: cmdImport},
		{name: "cases", summary: "show an audit's case frame", run: cmdCases},
		{name: "sample", summary: "draw, replace, protocol and verify the audit's sample; sample sizes", run: cmdSample},
		{name: "screen", summary: "read case-file PDFs and suggest judgements with evidence (no database)", run: cmdScreen},
		{name: "ingest", summary: "attach case-file PDFs to an audit's sampled cases, extract and screen them", run: cmdIngest},
		{name: "serve", summary: "run the review web app (--demo DIR for a demo audit and demo users)", run: cmdServe},
		{name: "user", summary: "add, list, disable users; set passwords; assign audits", run: cmdUser},
		{name: "assign", summary: "assign sampled cases to reviewers (per committee or case, double review's second reviewer)", run: cmdAssign},
		{name: "scores", summary: "import judgements made on paper or in a spreadsheet", run: cmdScores},
		{name: "report", summary: "findings per committee and for the region (text, JSON, CSV, HTML)", run: cmdReport},
		{name: "agreement", summary: "agreement between reviewers per criterion (kappa, AC1, alpha, PABAK)", run: cmdAgreement},
		{name: "export", summary: "research export without personal data, small cells suppressed", run: cmdExport},
		{name: "backup", summary: "write one consistent backup file (database, key, case files) while serving", run: cmdBackup},
		{name: "restore", summary: "restore a backup file into a new data directory, every checksum checked", run: cmdRestore},
		{name: "gallra", summary: "remove an audit's personal data when its retention ends, keeping the aggregates", run: cmdGallra},
		{name: "trail", summary: "verify the tamper-evident trail, show an audit's events, print its head", run: cmdTrail},
		{name: "followups", summary: "self-audit follow-up monitor: overdue follow-ups, cases closed without one, closing reasons", run: cmdFollowups},
		{name: "decision", summary: "list an audit's decisions and requirements; overdue requirements", run: cmdDecision},
		{name: "letters", summary: "write and record the request (or reminder) letter per sampled committee, HTML and PDF", run: cmdLetters},
		{name: "requests", summary: "per committee: files requested, received, missing, overdue", run: cmdRequests},
		{name: "version", summary: "print the version", run: cmdVersion},
		{name: "migrate", summary: "move a SQLite data directory's database into an empty PostgreSQL database (--to URL)", run: cmdMigrate},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// everything Tillsyn creates (database, WAL, key, stored files, exports, backups) is
	// for its owner only
	syscall.Umask(0o077)
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if len(args) > 0 && args[0] == pdftext.WorkerArg {
		// the PDF text worker: a child process of extraction, never started by people
		return pdftext.WorkerMain(stdin, stdout)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "tillsyn: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: tillsyn COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		if !c.hidden {
			fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
		}
	}
	fmt.Fprintln(w, "\nEvery command takes --data DIR (default ./tillsyn-data, or $TILLSYN_DATA) and -h;")
	fmt.Fprintln(w, "--database postgres://... (or $TILLSYN_DATABASE) keeps the database in PostgreSQL instead of --data.")
}

func cmdInit(e *env, args []string) int {
	f := newFlags(e, "init", "[--data DIR]")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 0 {
		return f.usageError("init takes no arguments")
	}
	_, existed := os.Stat(filepath.Join(*f.data, store.DBFile))
	_, st, err := f.openServiceCreate()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	if st.Postgres() {
		fmt.Fprintf(e.stdout, "The PostgreSQL database %s is ready (schema migrated); the data directory %s keeps the pseudonym key and a cache of the case files, which the database keeps (back the key up: without it no imported personnummer can be matched again).\n",
			store.RedactURL(st.DatabaseURL()), st.Dir())
		return exitOK
	}
	if existed == nil {
		fmt.Fprintf(e.stdout, "%s is already a data directory; nothing changed.\n", st.Dir())
		return exitOK
	}
	fmt.Fprintf(e.stdout, "Created the data directory %s (mode 0700): database %s, pseudonym key %s (mode 0600; back it up: without it no imported personnummer can be matched again).\n",
		st.Dir(), store.DBFile, store.KeyFile)
	return exitOK
}

func cmdVersion(e *env, args []string) int {
	fs := newFlags(e, "version", "")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stdout, "tillsyn", version)
	return exitOK
}

// flags is a flag set with the options every subcommand shares.
type flags struct {
	*flag.FlagSet
	e        *env
	data     *string
	database *string // a postgres:// URL, or "" for the SQLite file in data
	keyFile  *string
}

func newFlags(e *env, name, synopsis string) *flags {
	fs := flag.NewFlagSet("tillsyn "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	def := e.getenv("TILLSYN_DATA")
	if def == "" {
		def = "./tillsyn-data"
	}
	f := &flags{FlagSet: fs, e: e}
	f.data = fs.String("data", def, "data directory (database, key and files); env TILLSYN_DATA")
	f.database = fs.String("database", e.getenv("TILLSYN_DATABASE"), "`URL` of a PostgreSQL database (postgres://user@host/db) that app instances share; absent: the SQLite file in --data; env TILLSYN_DATABASE")
	f.keyFile = fs.String("key-file", e.getenv("TILLSYN_KEY_FILE"), "pseudonym key `file` that every instance of one PostgreSQL database is given (with --database; default: the one in --data); env TILLSYN_KEY_FILE")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: tillsyn %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return f
}

// parse parses flags anywhere among the arguments (flags may follow positional arguments).
// ok is false when the command should stop with code (help: 0, error: 2).
func parse(f *flags, args []string) (code int, ok bool) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK, false
			}
			return exitUsage, false
		}
		rest := f.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			pos = append(pos, rest[1:]...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// re-parse with only the positional arguments left, so f.Args() returns them
	_ = f.FlagSet.Parse(append([]string{"--"}, pos...))
	return 0, true
}

func (f *flags) usageError(format string, args ...any) int {
	fmt.Fprintf(f.e.stderr, "tillsyn: "+format+"\n", args...)
	f.Usage()
	return exitUsage
}

// openService opens the data directory, which must exist, and the service over it. Only
// init and the commands that start a data directory's life (audit create, user add) make a
// new one (openServiceCreate): a mistyped --data must not quietly become a new, empty data
// directory with a new pseudonym key.
func (f *flags) openService() (*review.Service, *store.Store, error) {
	st, err := store.OpenWith(*f.data, f.storeOptions(), false)
	if errors.Is(err, store.ErrNoDataDir) {
		return nil, nil, fmt.Errorf("the data directory %s does not exist: check --data (or $TILLSYN_DATA), or create it with: tillsyn init --data %s", *f.data, *f.data)
	}
	if err != nil {
		return nil, nil, err
	}
	return newService(st), st, nil
}

// openServiceCreate is openService that makes the data directory when it is missing.
func (f *flags) openServiceCreate() (*review.Service, *store.Store, error) {
	st, err := store.OpenWith(*f.data, f.storeOptions(), true)
	if err != nil {
		return nil, nil, err
	}
	return newService(st), st, nil
}

// storeOptions are the database and key the flags name.
func (f *flags) storeOptions() store.Options {
	return store.Options{Database: *f.database, KeyFile: *f.keyFile}
}

func newService(st *store.Store) *review.Service {
	return review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(st.Dir(), "files")})
}

// cliContext is the context of a command: the trail names the actor as "cli:" and the
// account that runs it.
func cliContext() context.Context {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	if name == "" {
		name = strconv.Itoa(os.Getuid())
	}
	return review.WithActor(context.Background(), "cli:"+name)
}

// fail prints an error and returns the exit status for it.
func fail(e *env, err error) int {
	var re *review.Error
	if errors.As(err, &re) && re.Code != review.EInternal {
		msg := re.Message
		if re.Field != "" {
			msg = re.Field + ": " + msg
		}
		fmt.Fprintln(e.stderr, "tillsyn:", review.MaskPersonnummer(msg))
		return exitFailure
	}
	fmt.Fprintln(e.stderr, "tillsyn:", review.MaskPersonnummer(err.Error()))
	return exitFailure
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
