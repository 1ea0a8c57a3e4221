package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tillsyn/review"
	"tillsyn/review/letter"
)

// demoUndelivered is the demo's committee that has not sent its files: its case folders are
// left out of the demo's ingest, so the request tracking shows it missing everything.
const demoUndelivered = "munkfors"

// demoDelivered returns a copy of the demo's case-file folder without the folders of
// demoUndelivered (folders named <municipality>_<diarienummer>), and a function that
// removes the copy.
func demoDelivered(dir string) (string, func(), error) {
	tmp, err := os.MkdirTemp("", "tillsyn-demo-files-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(tmp) }
	entries, err := os.ReadDir(dir)
	if err != nil {
		cleanup()
		return "", nil, err
	}
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(strings.ToLower(e.Name()), demoUndelivered+"_") {
			continue
		}
		if err := os.CopyFS(filepath.Join(tmp, e.Name()), os.DirFS(filepath.Join(dir, e.Name()))); err != nil {
			cleanup()
			return "", nil, err
		}
	}
	return tmp, cleanup, nil
}

// demoLetters sends the demo audit's request letters (a deadline three weeks ahead, upload
// links to this server) and prints Munkfors's upload link, the committee still to deliver.
func demoLetters(ctx context.Context, e *env, svc *review.Service, baseURL string) error {
	deadline := time.Now().AddDate(0, 0, 21).Format("2006-01-02")
	issued, err := svc.CreateLetters(ctx, review.LetterRequestParams{Audit: demoAudit, Deadline: deadline, By: "demo", BaseURL: baseURL}, letter.Render)
	if err != nil {
		return err
	}
	for _, l := range issued {
		if strings.EqualFold(review.Fold(l.Committee), demoUndelivered) {
			fmt.Fprintf(e.stdout, "Demo: %s has not sent its files; its upload link (no login needed): %s\n", l.Committee, l.UploadURL)
		}
	}
	return nil
}
