// Package letter renders the letters of a supervision: the request for case files
// ("begäran om handlingar") and its reminder, as a standalone printable HTML document in
// Swedish, and as PDF through headless Chromium's print-to-PDF.
//
// Why Chromium for the PDF: the HTML is the letter (its SHA-256 is what the trail records);
// printing that same document keeps one layout and one text, where a Go PDF library would
// mean typesetting the letter a second time by hand (line breaking, Swedish characters in
// embedded fonts, lists in columns) and two renderings that can drift apart. Chromium is
// already what the browser tests drive, `.ci/run` installs it, and the web app and
// `tillsyn letters` fall back to the printable HTML with a clear message where it is missing.
package letter

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"tillsyn/review"
)

//go:embed letter.html
var letterHTML string

var months = [...]string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}

// SwedishDate writes a date as "3 december 2026".
func SwedishDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), months[t.Month()-1], t.Year())
}

var tmpl = template.Must(template.New("letter").Funcs(template.FuncMap{"date": SwedishDate}).Parse(letterHTML))

// Render is a review.LetterRenderer: the letter as a complete HTML document.
func Render(c review.LetterContent) ([]byte, error) {
	var b bytes.Buffer
	err := tmpl.Execute(&b, struct {
		C        review.LetterContent
		Reminder bool
	}{c, c.Kind == review.LetterReminder})
	if err != nil {
		return nil, fmt.Errorf("render letter: %w", err)
	}
	return b.Bytes(), nil
}

var _ review.LetterRenderer = Render

// printing bounds the Chromiums printing at once.
var printing = make(chan struct{}, 2)

// ErrNoChromium says that no Chromium was found to print with.
var ErrNoChromium = errors.New("no chromium to print the PDF with (install Debian's chromium, or print the HTML letter from a browser)")

// Chromium finds the Chromium binary: $TILLSYN_CHROMIUM, else chromium or chromium-browser
// on PATH, else /usr/bin/chromium.
func Chromium() (string, error) {
	if p := os.Getenv("TILLSYN_CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	return "", ErrNoChromium
}

// PDF prints an HTML letter to PDF with headless Chromium, in a private temporary profile
// and directory, within a minute. The letter refers to nothing outside itself (inline
// styles, no images or scripts), so printing fetches nothing from the network.
//
// At most two print at a time (each Chromium takes a core and a few hundred MB); the others
// wait their turn or for ctx.
func PDF(ctx context.Context, html []byte) ([]byte, error) {
	select {
	case printing <- struct{}{}:
		defer func() { <-printing }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	bin, err := Chromium()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "tillsyn-letter-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "letter.html")
	out := filepath.Join(dir, "letter.pdf")
	if err := os.WriteFile(in, html, 0o600); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf="+out, "file://"+in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("chromium print-to-pdf: %w: %s", err, lastLine(stderr.String()))
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("chromium print-to-pdf wrote no PDF: %w: %s", err, lastLine(stderr.String()))
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		return nil, errors.New("chromium print-to-pdf: the output is not a PDF")
	}
	return b, nil
}

func lastLine(s string) string {
	s = string(bytes.TrimSpace([]byte(s)))
	if i := bytes.LastIndexByte([]byte(s), '\n'); i >= 0 {
		s = s[i+1:]
	}
	if len(s) > 300 {
		s = s[:300]
	}
	return s
}
