package main

import (
	"bufio"
	"bytes"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestUserCLI(t *testing.T) {
	t.Setenv("TILLSYN_BCRYPT_COST", "4")
	data := t.TempDir()
	if _, e, code := tillsyn(t, "audit", "create", "--data", data, "IVO 2015"); code != 0 {
		t.Fatalf("audit create: %s", e)
	}
	out, e, code := tillsyn(t, "user", "add", "--data", data, "--name", "anna", "--role", "inspector")
	if code != 0 || !regexp.MustCompile(`Password: \S{20}`).MatchString(out) {
		t.Fatalf("user add: %d %q %q", code, out, e)
	}
	var o, er bytes.Buffer
	if code := run([]string{"user", "add", "--data", data, "--name", "bo", "--role", "self_auditor", "--committee", "Socialnämnden Arvika", "--password-stdin"},
		strings.NewReader("ett-langt-losenord\n"), &o, &er); code != 0 || strings.Contains(o.String(), "Password:") {
		t.Fatalf("user add --password-stdin: %d %q %q", code, o.String(), er.String())
	}
	if _, _, code := tillsyn(t, "user", "add", "--data", data, "--name", "anna", "--role", "admin"); code != 1 {
		t.Fatalf("duplicate user: exit %d", code)
	}
	if _, _, code := tillsyn(t, "user", "add", "--data", data, "--name", "x", "--role", "boss"); code != 2 {
		t.Fatalf("unknown role: exit %d", code)
	}
	if _, _, code := tillsyn(t, "user", "add", "--data", data, "--name", "c", "--role", "self_auditor"); code != 1 {
		t.Fatalf("self_auditor without committee: exit %d", code)
	}
	if _, e, code := tillsyn(t, "user", "assign", "--data", data, "--name", "anna", "--audit", "IVO 2015"); code != 0 {
		t.Fatalf("assign: %s", e)
	}
	if _, _, code := tillsyn(t, "user", "assign", "--data", data, "--name", "anna", "--audit", "nope"); code != 1 {
		t.Fatalf("assign to unknown audit: exit %d", code)
	}
	if out, e, code := tillsyn(t, "user", "passwd", "--data", data, "--name", "anna"); code != 0 || !strings.Contains(out, "Password:") {
		t.Fatalf("passwd: %s %s", out, e)
	}
	if _, e, code := tillsyn(t, "user", "disable", "--data", data, "--name", "bo"); code != 0 {
		t.Fatalf("disable: %s", e)
	}
	out, _, _ = tillsyn(t, "user", "list", "--data", data)
	if !regexp.MustCompile(`anna\s+inspector\s+active\s+IVO 2015`).MatchString(out) || !regexp.MustCompile(`bo\s+self_auditor\s+Arvika\s+disabled`).MatchString(out) {
		t.Fatalf("user list:\n%s", out)
	}
}

// TestServeCLI starts `tillsyn serve` as a child process on 127.0.0.1:0, checks /healthz and
// the login redirect, and stops it with SIGINT.
func TestServeCLI(t *testing.T) {
	exe, _ := os.Executable()
	cmd := exec.Command(exe, "serve", "--data", t.TempDir(), "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "TILLSYN_TEST_MAIN=1", "TILLSYN_BCRYPT_COST=4")
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	m := regexp.MustCompile(`listens on (http://\S+)`).FindStringSubmatch(line)
	if err != nil || m == nil {
		t.Fatalf("first line %q: %v\n%s", line, err, stderr.String())
	}
	res, err := http.Get(m[1] + "/healthz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", res, err)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err = client.Get(m[1] + "/audits?q=secret")
	if err != nil || res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
		t.Fatalf("/audits without session: %v %v", res, err)
	}
	_ = cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve exit: %v\n%s", err, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
	if strings.Contains(stderr.String(), "secret") {
		t.Fatal("the log holds a query string")
	}
}
