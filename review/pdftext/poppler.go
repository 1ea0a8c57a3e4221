package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// This file runs poppler's pdftotext (and pdfinfo) as the second engine. It runs inside the
// worker child, so poppler inherits the worker's memory limit, and each run has a deadline.

const enginePoppler = "pdftotext"

// maxPopplerOutput bounds what is read from pdftotext's standard output.
const maxPopplerOutput = 256 << 20

type popResult struct {
	Pages    []string // normalised text per page
	Err      string
	Password bool // poppler needs a password
	TimedOut bool
	TooLarge bool // output or page count over the limits
}

func (p popResult) ok() bool { return p.Err == "" }

// cappedBuffer is a bytes.Buffer that refuses to grow past max.
type cappedBuffer struct {
	bytes.Buffer
	max      int
	overflow bool
}

func (c *cappedBuffer) Write(b []byte) (int, error) {
	if c.Len()+len(b) > c.max {
		c.overflow = true
		return 0, errors.New("output too large")
	}
	return c.Buffer.Write(b)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func popplerCmd(ctx context.Context, bin string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	cmd.WaitDelay = time.Second
	return cmd
}

// runPdftotext extracts every page of path (at most maxPages+1, to detect too many pages).
func runPdftotext(bin, path string, maxPages int, timeout time.Duration) popResult {
	if timeout <= 0 {
		return popResult{Err: "no time left for pdftotext", TimedOut: true}
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := popplerCmd(ctx, bin, "-q", "-enc", "UTF-8", "-l", strconv.Itoa(maxPages+1), absPath(path), "-")
	stdout := &cappedBuffer{max: maxPopplerOutput}
	stderr := &cappedBuffer{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err := cmd.Run()
	// -q silences messages; run again without it only to learn why it failed.
	if ctx.Err() != nil {
		return popResult{Err: "pdftotext exceeded the time limit", TimedOut: true}
	}
	if stdout.overflow {
		return popResult{Err: "pdftotext output too large", TooLarge: true}
	}
	if err != nil {
		msg := popplerReason(bin, path, ctx)
		return popResult{
			Err:      fmt.Sprintf("pdftotext: %v: %s", err, msg),
			Password: strings.Contains(msg, "Incorrect password") || exitCode(err) == 3,
		}
	}
	text := stdout.String()
	pages := strings.Split(text, "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	if len(pages) > maxPages {
		return popResult{Err: fmt.Sprintf("more than %d pages", maxPages), TooLarge: true}
	}
	for i, p := range pages {
		pages[i] = normalize(strings.TrimLeft(p, "\n"))
	}
	return popResult{Pages: pages}
}

// popplerReason asks pdfinfo (cheap, no text output) for the error message of a file
// pdftotext refused.
func popplerReason(bin, path string, ctx context.Context) string {
	info := filepath.Join(filepath.Dir(bin), "pdfinfo")
	if _, err := os.Stat(info); err != nil {
		info = bin
	}
	cmd := popplerCmd(ctx, info, absPath(path))
	if info == bin {
		cmd = popplerCmd(ctx, bin, "-l", "1", absPath(path), os.DevNull)
	}
	var stderr cappedBuffer
	stderr.max = 64 << 10
	cmd.Stderr = &stderr
	_ = cmd.Run()
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) > 3 {
		lines = lines[len(lines)-3:]
	}
	return strings.Join(lines, "; ")
}

func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

// popplerProducer reads /Producer with pdfinfo, or "" if that fails.
func popplerProducer(bin, path string, timeout time.Duration) string {
	info := filepath.Join(filepath.Dir(bin), "pdfinfo")
	if _, err := os.Stat(info); err != nil || timeout <= 0 {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := popplerCmd(ctx, info, "-enc", "UTF-8", absPath(path))
	out := &cappedBuffer{max: 1 << 20}
	cmd.Stdout = out
	if cmd.Run() != nil {
		return ""
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if v, ok := strings.CutPrefix(l, "Producer:"); ok {
			return normalize(strings.TrimSpace(v))
		}
	}
	return ""
}
