package main

import (
	"bufio"
	"crypto/rand"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"tillsyn/review"
)

const userUsage = `Usage: tillsyn user add --name N --role admin|inspector|self_auditor|researcher [--committee C] [--password-stdin]
       tillsyn user passwd --name N [--password-stdin]
       tillsyn user disable --name N
       tillsyn user enable --name N
       tillsyn user assign --name N --audit A
       tillsyn user list
Without --password-stdin a random password is generated and printed once.`

func cmdUser(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, userUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "add":
		return cmdUserAdd(e, args[1:])
	case "passwd":
		return cmdUserPasswd(e, args[1:])
	case "disable", "enable":
		return cmdUserDisable(e, args[0], args[1:])
	case "assign":
		return cmdUserAssign(e, args[1:])
	case "list":
		return cmdUserList(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "tillsyn user: unknown subcommand %q (want add, passwd, disable, enable, assign or list)\n", args[0])
	return exitUsage
}

// authConfig reads the login settings shared by `serve` and `user`: bcrypt cost
// (TILLSYN_BCRYPT_COST, default 12) and session timeouts (TILLSYN_SESSION_IDLE,
// TILLSYN_SESSION_MAX as Go durations).
func authConfig(e *env) (review.AuthConfig, error) {
	cfg := review.AuthConfig{BcryptCost: 12}
	if v := e.getenv("TILLSYN_BCRYPT_COST"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 4 || n > 31 {
			return cfg, fmt.Errorf("TILLSYN_BCRYPT_COST=%q: want 4..31", v)
		}
		cfg.BcryptCost = n
	}
	for _, d := range []struct {
		name string
		to   *time.Duration
	}{{"TILLSYN_SESSION_IDLE", &cfg.IdleTimeout}, {"TILLSYN_SESSION_MAX", &cfg.AbsoluteTimeout}} {
		if v := e.getenv(d.name); v != "" {
			t, err := time.ParseDuration(v)
			if err != nil || t <= 0 {
				return cfg, fmt.Errorf("%s=%q: want a duration such as 30m", d.name, v)
			}
			*d.to = t
		}
	}
	return cfg, nil
}

// openAuth opens the data directory with the service and the user use cases; create makes a
// missing data directory (user add, the first thing a new installation does).
func (f *flags) openAuth(create bool) (*review.Service, *review.Auth, func(), error) {
	cfg, err := authConfig(f.e)
	if err != nil {
		return nil, nil, nil, err
	}
	open := f.openService
	if create {
		open = f.openServiceCreate
	}
	svc, st, err := open()
	if err != nil {
		return nil, nil, nil, err
	}
	return svc, review.NewAuth(svc, cfg), func() { st.Close() }, nil
}

// randomPassword makes a 20-character password from an alphabet without look-alikes.
func randomPassword() string {
	const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 20)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

// readPassword returns the first line of stdin (with --password-stdin) or a new random
// password, and whether it was generated.
func readPassword(e *env, fromStdin bool) (string, bool, error) {
	if !fromStdin {
		return randomPassword(), true, nil
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", false, fmt.Errorf("--password-stdin: no password on stdin")
	}
	return strings.TrimRight(line, "\r\n"), false, nil
}

func cmdUserAdd(e *env, args []string) int {
	f := newFlags(e, "user add", "--name N --role admin|inspector|self_auditor|researcher [--committee C] [--password-stdin]")
	name := f.String("name", "", "user name (required)")
	role := f.String("role", "", "admin, inspector, self_auditor or researcher (required)")
	committee := f.String("committee", "", "the own committee of a self_auditor (a municipality)")
	stdin := f.Bool("password-stdin", false, "read the password from the first line of stdin (default: generate one)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *name == "" || *role == "" || f.NArg() != 0 {
		return f.usageError("--name and --role are required; no arguments")
	}
	r, err := review.ParseRole(*role)
	if err != nil {
		return f.usageError("--role: want admin, inspector, self_auditor or researcher")
	}
	pw, generated, err := readPassword(e, *stdin)
	if err != nil {
		return f.usageError("%v", err)
	}
	_, auth, done, err := f.openAuth(true)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	u, err := auth.AddUser(cliContext(), *name, r, *committee, pw)
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Added user %s (%s%s).\n", u.Name, u.Role, map[bool]string{true: ", committee " + u.Committee, false: ""}[u.Committee != ""])
	if generated {
		fmt.Fprintf(e.stdout, "Password: %s\n", pw)
	}
	return exitOK
}

func cmdUserPasswd(e *env, args []string) int {
	f := newFlags(e, "user passwd", "--name N [--password-stdin]")
	name := f.String("name", "", "user name (required)")
	stdin := f.Bool("password-stdin", false, "read the password from the first line of stdin (default: generate one)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *name == "" || f.NArg() != 0 {
		return f.usageError("--name is required")
	}
	pw, generated, err := readPassword(e, *stdin)
	if err != nil {
		return f.usageError("%v", err)
	}
	_, auth, done, err := f.openAuth(false)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	if err := auth.SetPassword(cliContext(), *name, pw); err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Changed the password of %s; their sessions are ended.\n", *name)
	if generated {
		fmt.Fprintf(e.stdout, "Password: %s\n", pw)
	}
	return exitOK
}

func cmdUserDisable(e *env, verb string, args []string) int {
	f := newFlags(e, "user "+verb, "--name N")
	name := f.String("name", "", "user name (required)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *name == "" || f.NArg() != 0 {
		return f.usageError("--name is required")
	}
	_, auth, done, err := f.openAuth(false)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	if verb == "disable" {
		err = auth.DisableUser(cliContext(), *name)
	} else {
		err = auth.EnableUser(cliContext(), *name)
	}
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "%sd %s.\n", strings.ToUpper(verb[:1])+verb[1:], *name)
	return exitOK
}

func cmdUserAssign(e *env, args []string) int {
	f := newFlags(e, "user assign", "--name N --audit A")
	name := f.String("name", "", "user name (required)")
	audit := f.String("audit", "", "audit name (required)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *name == "" || *audit == "" || f.NArg() != 0 {
		return f.usageError("--name and --audit are required")
	}
	_, auth, done, err := f.openAuth(false)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	if err := auth.AssignAudit(cliContext(), *name, *audit); err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "Assigned %s to %q.\n", *name, *audit)
	return exitOK
}

func cmdUserList(e *env, args []string) int {
	f := newFlags(e, "user list", "")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 0 {
		return f.usageError("user list takes no arguments")
	}
	svc, auth, done, err := f.openAuth(false)
	if err != nil {
		return fail(e, err)
	}
	defer done()
	ctx := cliContext()
	users, err := auth.Users(ctx)
	if err != nil {
		return fail(e, err)
	}
	audits, err := svc.Audits(ctx)
	if err != nil {
		return fail(e, err)
	}
	names := map[int64]string{}
	for _, a := range audits {
		names[a.ID] = a.Name
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tCOMMITTEE\tSTATUS\tAUDITS")
	for _, u := range users {
		status := "active"
		if u.Disabled {
			status = "disabled"
		}
		var an []string
		for _, id := range u.Audits {
			an = append(an, names[id])
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Name, u.Role, u.Committee, status, strings.Join(an, ", "))
	}
	tw.Flush()
	return exitOK
}
