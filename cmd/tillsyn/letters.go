package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"tillsyn/review"
	"tillsyn/review/letter"
)

const lettersSynopsis = `--audit NAME --deadline DATE --out DIR [--committee C]... [--reminder] [--base-url URL] [--format html,pdf]`

// cmdLetters writes a request letter (or with --reminder a reminder for what is missing) per
// sampled committee into DIR, as HTML and PDF, each with a new upload link (without
// --base-url: asking for the files by post), and records every
// letter (who, when, deadline, SHA-256 of the HTML) in the audit and its trail. The same
// service method makes the letters in the web app.
func cmdLetters(e *env, args []string) int {
	f := newFlags(e, "letters", lettersSynopsis)
	audit := f.String("audit", "", "the audit (required)")
	deadline := f.String("deadline", "", "the date by which the files must be sent, YYYY-MM-DD (required)")
	out := f.String("out", "", "directory to write the letters to (required; created if missing)")
	var committees multiFlag
	f.Var(&committees, "committee", "only this committee (repeatable; default: every sampled committee)")
	reminder := f.Bool("reminder", false, "a reminder listing the files still missing, to the committees missing some")
	baseURL := f.String("base-url", e.getenv("TILLSYN_BASE_URL"), "where the web app is reached by the committees, https://... (the upload link starts with it; absent: the letters ask for the files by post, with no link); env TILLSYN_BASE_URL")
	formats := f.String("format", "html,pdf", "html, pdf or both (the PDF is printed by headless chromium)")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if *audit == "" || *deadline == "" || *out == "" {
		return f.usageError("--audit, --deadline and --out are required")
	}
	if f.NArg() != 0 {
		return f.usageError("unexpected argument %q", f.Arg(0))
	}
	if *baseURL != "" && (!strings.HasPrefix(*baseURL, "https://") || len(*baseURL) <= len("https://")) {
		return f.usageError("--base-url (or TILLSYN_BASE_URL) must be the https:// address the committees reach the web app at, e.g. https://tillsyn.example.se: the letters carry the upload link")
	}
	wantHTML, wantPDF := false, false
	for _, x := range splitList(*formats) {
		switch x {
		case "html":
			wantHTML = true
		case "pdf":
			wantPDF = true
		default:
			return f.usageError("--format: %q is neither html nor pdf", x)
		}
	}
	if !wantHTML && !wantPDF {
		return f.usageError("--format: choose html, pdf or both")
	}
	if wantPDF {
		if _, err := letter.Chromium(); err != nil {
			return fail(e, fmt.Errorf("%w; or use --format html", err))
		}
	}
	if err := os.MkdirAll(*out, 0o700); err != nil {
		return fail(e, err)
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	kind := review.LetterRequest
	if *reminder {
		kind = review.LetterReminder
	}
	ctx := cliContext()
	issued, err := svc.CreateLetters(ctx, review.LetterRequestParams{Audit: *audit, Committees: committees, Kind: kind, Deadline: *deadline,
		By: currentUser(e), BaseURL: *baseURL}, letter.Render)
	if err != nil {
		return fail(e, err)
	}
	// print the PDFs side by side (letter.PDF runs at most two Chromiums at once)
	pdfs := make([][]byte, len(issued))
	pdfErrs := make([]error, len(issued))
	if wantPDF {
		var wg sync.WaitGroup
		for i, l := range issued {
			wg.Add(1)
			go func() {
				defer wg.Done()
				pdfs[i], pdfErrs[i] = letter.PDF(ctx, l.Printed)
			}()
		}
		wg.Wait()
	}
	var failed error
	for i, l := range issued {
		base := filepath.Join(*out, letterFileName(l.Letter))
		var wrote []string
		if wantHTML {
			if err := writeFileAtomic(base+".html", l.Printed); err != nil {
				return fail(e, err)
			}
			wrote = append(wrote, base+".html")
		}
		if wantPDF {
			err := pdfErrs[i]
			if err == nil {
				err = writeFileAtomic(base+".pdf", pdfs[i])
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "tillsyn: %s: %v (the letter is recorded; its HTML is in %s.html)\n", l.Committee, err, base)
				if !wantHTML {
					_ = writeFileAtomic(base+".html", l.Printed)
				}
				failed = errors.Join(failed, err)
				continue
			}
			wrote = append(wrote, base+".pdf")
		}
		fmt.Fprintf(e.stdout, "%s\t%s\tdeadline %s\tsha256 %s\t%s\n", l.Committee, l.Kind, l.Deadline.Format("2006-01-02"), l.SHA256, strings.Join(wrote, " "))
	}
	if *baseURL == "" {
		fmt.Fprintf(e.stdout, "\n%d letters recorded in %q. They ask for the files by post: with --base-url https://… (the address the committees reach the web app at) they would carry an upload link.\n", len(issued), *audit)
	} else {
		fmt.Fprintf(e.stdout, "\n%d letters recorded in %q (each with a new upload link; earlier links of the same committees are revoked). The links are only in these files, not in the records (whose SHA-256 covers each letter with its link left out): send them to the committees.\n", len(issued), *audit)
	}
	if failed != nil {
		return exitFailure
	}
	return exitOK
}

var unsafeName = regexp.MustCompile(`[^\pL\pN._-]+`)

// letterFileName is e.g. "begaran-Forshaga-3" or "paminnelse-Forshaga-7".
func letterFileName(l review.Letter) string {
	kind := "begaran"
	if l.Kind == review.LetterReminder {
		kind = "paminnelse"
	}
	return fmt.Sprintf("%s-%s-%d", kind, unsafeName.ReplaceAllString(l.Committee, "_"), l.ID)
}

// writeFileAtomic writes a file through a temporary name in the same directory, synced,
// mode 0600.
func writeFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
