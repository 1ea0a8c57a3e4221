package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The Debian package, built by `make package` (the real build: the binary, the units, the
// maintainer scripts) and unpacked with dpkg-deb, as an install would.
type debPackage struct {
	deb  string // the .deb
	root string // its files, unpacked (dpkg-deb -x)
	ctrl string // its control files (dpkg-deb -e)
}

const debTestVersion = "1.2.3-test" // the program's version; the package's is 1.2.3+test

// needTool skips a test without the command, or fails it in CI, where every tool must be
// there (.ci/run installs them).
func needTool(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if inCI() {
				t.Fatalf("%s is missing (CI must have it: see .ci/run)", n)
			}
			t.Skipf("no %s here", n)
		}
	}
}

// TestPackage builds the package once with `make package` and checks it in subtests.
func TestPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("short: builds the package")
	}
	needTool(t, "make", "dpkg-deb")
	dir := t.TempDir()
	out, err := exec.Command("make", "--no-print-directory", "-C", filepath.Join("..", ".."), "package", "VERSION="+debTestVersion, "PKG_DIR="+dir).CombinedOutput()
	if err != nil {
		t.Fatalf("make package: %v\n%s", err, out)
	}
	p := debPackage{deb: filepath.Join(dir, "tillsyn_1.2.3+test_amd64.deb"), root: filepath.Join(dir, "root"), ctrl: filepath.Join(dir, "DEBIAN")}
	if got := strings.TrimSpace(string(out)); !strings.HasSuffix(got, p.deb) {
		t.Fatalf("make package printed\n%s\nwant the path %s last", got, p.deb)
	}
	for _, args := range [][]string{{"-x", p.deb, p.root}, {"-e", p.deb, p.ctrl}} {
		if out, err := exec.Command("dpkg-deb", args...).CombinedOutput(); err != nil {
			t.Fatalf("dpkg-deb %s: %v\n%s", args[0], err, out)
		}
	}
	t.Run("Contents", func(t *testing.T) { testPackageContents(t, p) })
	t.Run("Units", func(t *testing.T) { testPackageUnits(t, p) })
	t.Run("MaintainerScripts", func(t *testing.T) { testPackageMaintainerScripts(t, p) })
}

// testPackageContents: the files, their modes and owners, the control fields and the
// conffile; the packaged binary runs (version, and a PDF read by its own worker process).
func testPackageContents(t *testing.T, p debPackage) {
	out, err := exec.Command("dpkg-deb", "--contents", p.deb).Output()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{} // path → "mode owner"
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 {
			t.Fatalf("dpkg-deb --contents: %q", line)
		}
		path := strings.TrimPrefix(f[5], ".")
		files[path] = f[0] + " " + f[1]
		if !strings.HasPrefix(path, "/usr/") && !strings.HasPrefix(path, "/lib/") && !strings.HasPrefix(path, "/etc/") && path != "/" &&
			path != "/usr" && path != "/lib" && path != "/etc" && !strings.HasSuffix(path, "/") {
			t.Errorf("file outside /usr, /lib and /etc: %s", path)
		}
		if f[1] != "root/root" {
			t.Errorf("%s is owned by %s", path, f[1])
		}
	}
	for path, mode := range map[string]string{
		"/usr/bin/tillsyn":                           "-rwxr-xr-x",
		"/lib/systemd/system/tillsyn.service":        "-rw-r--r--",
		"/lib/systemd/system/tillsyn-backup.service": "-rw-r--r--",
		"/lib/systemd/system/tillsyn-backup.timer":   "-rw-r--r--",
		"/etc/default/tillsyn":                       "-rw-r--r--",
		"/usr/share/man/man8/tillsyn.8.gz":           "-rw-r--r--",
		"/usr/share/doc/tillsyn/README.Debian":       "-rw-r--r--",
		"/usr/share/doc/tillsyn/copyright":           "-rw-r--r--",
		"/usr/share/doc/tillsyn/changelog.Debian.gz": "-rw-r--r--",
	} {
		if got := files[path]; got != mode+" root/root" {
			t.Errorf("%s: %q, want %s root/root", path, got, mode)
		}
	}
	// the data directory is made by postinst, owned by the tillsyn user: the package does not
	// ship it (dpkg would own it and remove it, empty, on purge)
	if _, ok := files["/var/lib/tillsyn/"]; ok {
		t.Error("the package ships /var/lib/tillsyn")
	}

	control := readFile(t, filepath.Join(p.ctrl, "control"))
	for _, want := range []string{"Package: tillsyn\n", "Version: 1.2.3+test\n", "Architecture: amd64\n"} {
		if !strings.Contains(control, want) {
			t.Errorf("control lacks %q:\n%s", want, control)
		}
	}
	depends := regexp.MustCompile(`(?m)^Depends: (.*)$`).FindStringSubmatch(control)
	if depends == nil || !strings.Contains(depends[1], "poppler-utils") || !strings.Contains(depends[1], "adduser") || !strings.Contains(depends[1], "libc6") {
		t.Errorf("Depends: %v, want poppler-utils (pdftotext), adduser (postinst) and libc6 (cgo)", depends)
	}
	if got := readFile(t, filepath.Join(p.ctrl, "conffiles")); got != "/etc/default/tillsyn\n" {
		t.Errorf("conffiles: %q", got)
	}
	md5s := readFile(t, filepath.Join(p.ctrl, "md5sums"))
	if !strings.Contains(md5s, "  usr/bin/tillsyn\n") || strings.Contains(md5s, "etc/default") {
		t.Errorf("md5sums: every shipped file but the conffile:\n%s", md5s)
	}
	for _, s := range []string{"postinst", "prerm", "postrm"} {
		fi, err := os.Stat(filepath.Join(p.ctrl, s))
		if err != nil || fi.Mode().Perm() != 0o755 {
			t.Errorf("%s: %v %v", s, fi, err)
		}
		if out, err := exec.Command("sh", "-n", filepath.Join(p.ctrl, s)).CombinedOutput(); err != nil {
			t.Errorf("%s: sh -n: %v %s", s, err, out)
		}
	}

	// the installed binary runs from the scratch root
	bin := filepath.Join(p.root, "usr", "bin", "tillsyn")
	cmd := exec.Command(bin, "version")
	cmd.Env = withoutTestMain()
	if out, err := cmd.CombinedOutput(); err != nil || strings.TrimSpace(string(out)) != "tillsyn "+debTestVersion {
		t.Fatalf("tillsyn version: %q %v", out, err)
	}
	// ... and reads a PDF in its own worker process (the packaged binary as the worker)
	cmd = exec.Command(bin, "screen", "--json", "--review-date", "2015-10-01", filepath.Join(demoDir, "casefiles", "forshaga_SN-2015-111"))
	cmd.Env = withoutTestMain()
	out, err = cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), `"status": "ok"`) {
		t.Fatalf("tillsyn screen from the package: %v\n%.2000s", err, out)
	}
}

// withoutTestMain is the environment without TILLSYN_TEST_MAIN (which only the test binary reads).
func withoutTestMain() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TILLSYN_TEST_MAIN=") {
			env = append(env, kv)
		}
	}
	return env
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// unitSettings reads a unit file's settings: key → every value given to it, in order.
func unitSettings(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == ';' || line[0] == '[' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: %q", path, line)
		}
		set[k] = append(set[k], v)
	}
	return set
}

// testPackageUnits: the units as installed pass `systemd-analyze verify` (in the unpacked
// root, where /usr/bin/tillsyn is the packaged binary) and the server's and the backup's
// sandboxes score "OK" or better in `systemd-analyze security`; the hardening the issue
// names is there, and the memory and stop limits fit the PDF workers and the shutdown.
func testPackageUnits(t *testing.T, p debPackage) {
	unitDir := filepath.Join(p.root, "lib", "systemd", "system")
	svc := unitSettings(t, filepath.Join(unitDir, "tillsyn.service"))
	for k, want := range map[string]string{
		"Type": "notify", "User": "tillsyn", "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes",
		"PrivateTmp": "yes", "ReadWritePaths": "/var/lib/tillsyn", "SystemCallFilter": "@system-service",
		"RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX", "KillMode": "mixed", "OOMPolicy": "continue",
		"ExecStart": "/usr/bin/tillsyn serve $TILLSYN_SERVE_OPTS", "EnvironmentFile": "-/etc/default/tillsyn",
	} {
		if got := svc[k]; len(got) == 0 || got[0] != want {
			t.Errorf("tillsyn.service %s=%v, want %s", k, got, want)
		}
	}
	// MemoryMax leaves room for the server and every PDF worker at its limit
	fs := newFlags(&env{stderr: io.Discard, getenv: func(string) string { return "" }}, "serve", "")
	ops := addServiceFlags(fs)
	const workerLimit, server = 2 << 30, 1 << 30 // pdftext's default RLIMIT_DATA; the server's own
	if got, want := parseSize(t, svc["MemoryMax"][0]), int64(*ops.pdfWorkers)*workerLimit+server; got < want {
		t.Errorf("MemoryMax=%s: less than %d workers × 2 GiB + 1 GiB", svc["MemoryMax"][0], *ops.pdfWorkers)
	}
	// the stop timeout covers the requests' grace and the store's close
	stop, err := time.ParseDuration(svc["TimeoutStopSec"][0])
	if err != nil || stop < *ops.shutdownTimeout+10*time.Second {
		t.Errorf("TimeoutStopSec=%v (%v), want at least --shutdown-timeout (%v) + 10 s", svc["TimeoutStopSec"], err, *ops.shutdownTimeout)
	}
	bk := unitSettings(t, filepath.Join(unitDir, "tillsyn-backup.service"))
	if !strings.Contains(strings.Join(bk["ExecStart"], " "), "/usr/bin/tillsyn backup --out") || bk["User"][0] != "tillsyn" || bk["Type"][0] != "oneshot" {
		t.Errorf("tillsyn-backup.service: %v", bk)
	}
	tm := unitSettings(t, filepath.Join(unitDir, "tillsyn-backup.timer"))
	if len(tm["OnCalendar"]) == 0 || tm["Persistent"][0] != "true" || tm["WantedBy"][0] != "timers.target" {
		t.Errorf("tillsyn-backup.timer: %v", tm)
	}

	needTool(t, "systemd-analyze")
	// verify in the unpacked root: systemd's own units from this machine beside ours, and the
	// commands the units run that Debian's essential packages provide (copies: a symbolic
	// link would be followed inside the root)
	if out, err := exec.Command("cp", "-an", "/lib/systemd/system/.", unitDir).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
	for _, c := range []string{"/bin/sh", "/usr/bin/find"} {
		os.MkdirAll(filepath.Join(p.root, filepath.Dir(c)), 0o755)
		if out, err := exec.Command("cp", "-L", c, filepath.Join(p.root, c)).CombinedOutput(); err != nil {
			t.Fatalf("cp: %v %s", err, out)
		}
	}
	for _, u := range []string{"tillsyn.service", "tillsyn-backup.service", "tillsyn-backup.timer"} {
		out, err := exec.Command("systemd-analyze", "verify", "--man=no", "--root="+p.root, "/lib/systemd/system/"+u).CombinedOutput()
		if err != nil || len(strings.TrimSpace(string(out))) > 0 {
			t.Errorf("systemd-analyze verify %s: %v\n%s", u, err, out)
		}
	}
	exposure := regexp.MustCompile(`Overall exposure level for (\S+): ([0-9.]+) (\w+)`)
	for _, u := range []string{"tillsyn.service", "tillsyn-backup.service"} {
		out, _ := exec.Command("systemd-analyze", "security", "--offline=yes", filepath.Join(unitDir, u)).CombinedOutput()
		m := exposure.FindStringSubmatch(string(out))
		if m == nil {
			t.Errorf("systemd-analyze security %s: no overall level in\n%s", u, out)
			continue
		}
		t.Logf("systemd-analyze security %s: %s %s", u, m[2], m[3])
		if m[3] != "OK" && m[3] != "SAFE" {
			t.Errorf("systemd-analyze security %s: %s %s, want OK or SAFE\n%s", u, m[2], m[3], out)
		}
	}
}

func parseSize(t *testing.T, s string) int64 {
	t.Helper()
	mult := map[byte]int64{'K': 1 << 10, 'M': 1 << 20, 'G': 1 << 30, 'T': 1 << 40}
	n, err := strconv.ParseInt(strings.TrimRight(s, "KMGT"), 10, 64)
	if err != nil {
		t.Fatalf("size %q: %v", s, err)
	}
	if m, ok := mult[s[len(s)-1]]; ok {
		n *= m
	}
	return n
}

// testPackageMaintainerScripts runs postinst, prerm and postrm in a scratch root (DPKG_ROOT,
// as dpkg --root without a chroot sets it) with the system's tools replaced by recorders:
// install makes the user and the 0700 data and backup directories and enables the units;
// remove and purge keep the data, and purge says where it is.
func testPackageMaintainerScripts(t *testing.T, p debPackage) {
	root := t.TempDir()
	stubs := t.TempDir()
	calls := filepath.Join(t.TempDir(), "calls")
	stub := func(name, body string) {
		script := "#!/bin/sh\necho \"" + name + " $*\" >> " + calls + "\n" + body + "\n"
		if err := os.WriteFile(filepath.Join(stubs, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	stub("getent", "exit 2")            // no user tillsyn yet
	stub("dpkg-statoverride", "exit 1") // no override
	for _, n := range []string{"adduser", "chown", "setpriv", "deb-systemd-helper", "deb-systemd-invoke", "systemctl"} {
		stub(n, "exit 0")
	}
	runScript := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(filepath.Join(p.ctrl, name), args...)
		cmd.Env = []string{"PATH=" + stubs + ":/usr/sbin:/usr/bin:/sbin:/bin", "DPKG_ROOT=" + root, "DPKG_MAINTSCRIPT_NAME=" + name}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out)
	}
	out := runScript("postinst", "configure", "")
	log := readFile(t, calls)
	for _, want := range []string{
		"adduser --system --group --home /var/lib/tillsyn --no-create-home --shell /usr/sbin/nologin",
		"chown tillsyn:tillsyn " + root + "/var/lib/tillsyn",
		"chown tillsyn:tillsyn " + root + "/var/backups/tillsyn",
		"deb-systemd-helper enable tillsyn.service",
		"deb-systemd-helper enable tillsyn-backup.timer",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("postinst did not run %q; it ran:\n%s", want, log)
		}
	}
	if strings.Contains(log, "setpriv") || strings.Contains(log, "deb-systemd-invoke") {
		t.Errorf("postinst in a scratch root started something:\n%s", log)
	}
	for _, d := range []string{"var/lib/tillsyn", "var/backups/tillsyn"} {
		fi, err := os.Stat(filepath.Join(root, d))
		if err != nil || fi.Mode().Perm() != 0o700 || !fi.IsDir() {
			t.Errorf("%s: %v %v, want a directory 0700", d, fi, err)
		}
	}
	if !strings.Contains(out, "tillsyn user add --data /var/lib/tillsyn") {
		t.Errorf("postinst does not say how to add the first user:\n%s", out)
	}

	// data in the directory, then remove and purge: nothing of it goes
	db := filepath.Join(root, "var", "lib", "tillsyn", "tillsyn.db")
	backup := filepath.Join(root, "var", "backups", "tillsyn", "tillsyn-2026-01-01.backup")
	for _, f := range []string{db, backup} {
		if err := os.WriteFile(f, []byte("personal data"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	runScript("prerm", "remove")
	runScript("postrm", "remove")
	out = runScript("postrm", "purge")
	for _, f := range []string{db, backup} {
		if b, err := os.ReadFile(f); err != nil || string(b) != "personal data" {
			t.Errorf("%s after purge: %q %v", f, b, err)
		}
	}
	for _, want := range []string{"NOT deleted", "/var/lib/tillsyn", "/var/backups/tillsyn"} {
		if !strings.Contains(out, want) {
			t.Errorf("purge does not say %q:\n%s", want, out)
		}
	}
	if log := readFile(t, calls); !strings.Contains(log, "deb-systemd-helper purge tillsyn.service tillsyn-backup.timer") {
		t.Errorf("postrm purge did not purge the units' state:\n%s", log)
	}
}
