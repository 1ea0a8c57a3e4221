package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tillsyn/review/screen"
)

// Screening is the evidence screening of one case: a suggestion per criterion with the
// pages and sentences it rests on (see package screen). The reviewer always decides.
type Screening = screen.Result

// Suggestion is the screening of one criterion.
type Suggestion = screen.Suggestion

// ScreenOptions configure evidence screening.
type ScreenOptions struct {
	ReviewDate time.Time     // zero = today
	Rules      *screen.Rules // nil = the embedded default
}

// ScreenDocuments screens the extracted documents of one case. names are the file names
// shown to the reviewer (the evidence refers to them), one per document.
func ScreenDocuments(docs []DocumentText, names []string, opt ScreenOptions) Screening {
	in := make([]screen.Document, len(docs))
	for i, d := range docs {
		sd := screen.Document{File: names[i], Status: string(d.Status), PagesWithoutText: d.PagesWithoutText}
		for _, p := range d.Pages {
			sd.Pages = append(sd.Pages, screen.Page{Number: p.Number, Text: p.Text})
		}
		in[i] = sd
	}
	return screen.Screen(in, screen.Options{ReviewDate: opt.ReviewDate, Rules: opt.Rules})
}

// CaseDocument is a stored document of a sampled case.
type CaseDocument struct {
	ID           int64
	SampleItemID int64
	File         string // file name as delivered
	SHA256       string
	Size         int64
	DocumentText // status, error, producer, pages
	IngestedAt   time.Time
}

// SearchHit is a page whose text matches a search.
type SearchHit struct {
	ItemID       int64
	Committee    string
	Diarienummer string
	DocumentID   int64
	File         string
	Page         int
	Snippet      string // the matching sentence, with the hit between « and »
}

// CaseFileStore is the persistence of case files, their text and their screening.
type CaseFileStore interface {
	// DocumentKnown reports whether the item already has this file name with this content,
	// read to an end that trying again cannot change (not a timeout or a failed worker).
	DocumentKnown(ctx context.Context, itemID int64, fileName, sha string) (bool, error)
	// SaveDocument stores (or replaces, by file name) a document and its pages.
	SaveDocument(ctx context.Context, d CaseDocument) (int64, error)
	// Documents lists an item's documents with their pages, by file name.
	Documents(ctx context.Context, itemID int64) ([]CaseDocument, error)
	// ItemsWithDocuments is the set of a sample's items that have at least one document.
	ItemsWithDocuments(ctx context.Context, sampleID int64) (map[int64]bool, error)
	// Document returns one document without pages.
	Document(ctx context.Context, docID int64) (CaseDocument, error)
	SaveScreening(ctx context.Context, itemID int64, reviewDate string, s Screening, at time.Time) error
	// CaseFilesVersion is a token that changes whenever the item's documents or screening do.
	CaseFilesVersion(ctx context.Context, itemID int64) (string, error)
	// ScreeningDue reports whether an item with documents has no screening, one older than
	// its newest document, or one made with other rules than rulesVersion.
	ScreeningDue(ctx context.Context, itemID int64, rulesVersion string) (bool, error)
	// CommitteesWithDiarienummer lists the committees of the audit's case list that have a
	// case with this diarienummer key.
	CommitteesWithDiarienummer(ctx context.Context, auditID int64, key string) ([]string, error)
	Screening(ctx context.Context, itemID int64) (Screening, bool, error)
	// SearchPages finds pages of the audit's active sample matching an FTS query, within
	// the committees given (nil: all).
	SearchPages(ctx context.Context, auditID int64, query string, committees []string, limit int) ([]SearchHit, error)
}

// folderKey folds a case folder name or identity for matching: accents removed, upper case,
// every run of characters that are not letters or digits as one '-'.
func folderKey(s string) string { return DiarienummerKey(Fold(s)) }

// IngestResult reports what an ingest did.
type IngestResult struct {
	Audit        string         `json:"audit"`
	Matched      []IngestedCase `json:"matched"`
	Unmatched    []string       `json:"unmatched_folders"`           // folders that match no sampled case
	Ambiguous    []string       `json:"ambiguous_folders"`           // folders that match several
	WithoutFiles []string       `json:"sampled_cases_without_files"` // selected cases with no document
	FailedFiles  []FailedFile   `json:"failed_files"`
	FilesNew     int            `json:"files_new"`
	FilesSkipped int            `json:"files_unchanged"`
	PagesNew     int            `json:"pages_new"`
}

// IngestedCase is a case folder matched to a sampled case.
type IngestedCase struct {
	Folder       string `json:"folder"`
	Committee    string `json:"committee"`
	Diarienummer string `json:"diarienummer"`
	Files        int    `json:"files"`
}

// FailedFile is a file whose text could not (fully) be read.
type FailedFile struct {
	Case   string `json:"case"`
	File   string `json:"file"`
	Status string `json:"status"`
	Error  string `json:"error"`
}

// Ingest attaches case files to the audit's sampled cases: dir holds one folder per case,
// named by its diarienummer or <municipality>_<diarienummer> (compared case- and
// accent-insensitively, every run of other characters as one separator). Files are stored
// content-addressed in the data directory (temp file, fsync, rename, mode 0600), their text
// extracted and the case screened again. Unchanged files are skipped by hash, so it can run
// again.
func (s *Service) Ingest(ctx context.Context, auditName, dir string, ex TextExtractor, opt ScreenOptions) (IngestResult, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return IngestResult{}, err
	}
	if s.files == "" {
		return IngestResult{}, &Error{Code: EInternal, Message: "no file directory configured"}
	}
	res := IngestResult{Audit: a.Name, Matched: []IngestedCase{}, Unmatched: []string{}, Ambiguous: []string{}, WithoutFiles: []string{}, FailedFiles: []FailedFile{}}
	byFull := map[string][]int{} // <municipality>_<diarienummer>
	byDnr := map[string][]int{}  // the diarienummer alone
	for i, it := range sm.Items {
		byFull[folderKey(it.Committee+" "+it.Diarienummer)] = append(byFull[folderKey(it.Committee+" "+it.Diarienummer)], i)
		byDnr[folderKey(it.Diarienummer)] = append(byDnr[folderKey(it.Diarienummer)], i)
	}
	folderOf := map[int]string{} // item index → the folder matched to it
	entries, err := os.ReadDir(dir)
	if err != nil {
		return res, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
	}
	type job struct {
		item   SampleItem
		folder string
		paths  []string
		names  []string
	}
	var jobs []*job
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if fi, err := os.Stat(filepath.Join(dir, e.Name())); err != nil || !fi.IsDir() {
			continue // a file beside the case folders, or a broken link
		}
		key := folderKey(e.Name())
		idx := byFull[key]
		if len(idx) == 0 {
			idx = byDnr[key]
			if len(idx) == 1 {
				// a bare diarienummer names a case only when no other committee of the
				// audit's case list has the same number (sampled or not)
				cs, err := s.store.CommitteesWithDiarienummer(ctx, a.ID, DiarienummerKey(sm.Items[idx[0]].Diarienummer))
				if err != nil {
					return res, err
				}
				if len(cs) > 1 {
					res.Ambiguous = append(res.Ambiguous, e.Name())
					continue
				}
			}
		}
		switch len(idx) {
		case 0:
			res.Unmatched = append(res.Unmatched, e.Name())
			continue
		case 1:
		default:
			res.Ambiguous = append(res.Ambiguous, e.Name())
			continue
		}
		if prev, dup := folderOf[idx[0]]; dup {
			res.Ambiguous = append(res.Ambiguous, e.Name()+" (the same case as "+prev+")")
			continue
		}
		folderOf[idx[0]] = e.Name()
		j := &job{item: sm.Items[idx[0]], folder: e.Name()}
		j.paths, j.names, err = CaseFolderFiles(filepath.Join(dir, e.Name()))
		if err != nil {
			return res, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
		}
		jobs = append(jobs, j)
	}
	// store the files that are new, then extract them all in one batch (all workers busy)
	type pending struct {
		j    *job
		name string
		sha  string
		size int64
		path string
	}
	var todo []pending
	changed := map[int64]bool{}
	for _, j := range jobs {
		res.Matched = append(res.Matched, IngestedCase{Folder: j.folder, Committee: j.item.Committee, Diarienummer: j.item.Diarienummer, Files: len(j.paths)})
		for i, p := range j.paths {
			stored, sha, size, err := s.storeFile(p)
			if err != nil {
				return res, err
			}
			known, err := s.store.DocumentKnown(ctx, j.item.ID, j.names[i], sha)
			if err != nil {
				return res, err
			}
			if known {
				res.FilesSkipped++
				continue
			}
			todo = append(todo, pending{j, j.names[i], sha, size, stored})
			changed[j.item.ID] = true
		}
	}
	paths := make([]string, len(todo))
	for i, t := range todo {
		paths[i] = t.path
	}
	texts := ex.Extract(ctx, paths)
	for i, t := range todo {
		d := CaseDocument{SampleItemID: t.j.item.ID, File: t.name, SHA256: t.sha, Size: t.size, DocumentText: texts[i], IngestedAt: s.now().UTC()}
		d.Path = ""
		if _, err := s.store.SaveDocument(ctx, d); err != nil {
			return res, err
		}
		res.FilesNew++
		res.PagesNew += len(d.Pages)
		if d.Status != DocOK {
			res.FailedFiles = append(res.FailedFiles, FailedFile{Case: t.j.folder, File: t.name, Status: string(d.Status), Error: describeProblem(d.DocumentText)})
		}
	}
	// screen every case whose documents changed, and any whose screening is missing, older
	// than its documents (an earlier run that stopped half-way) or made with other rules
	rulesVersion := screen.DefaultRules().Version
	if opt.Rules != nil {
		rulesVersion = opt.Rules.Version
	}
	for _, j := range jobs {
		if changed[j.item.ID] {
			continue
		}
		due, err := s.store.ScreeningDue(ctx, j.item.ID, rulesVersion)
		if err != nil {
			return res, err
		}
		changed[j.item.ID] = due
	}
	for id, due := range changed {
		if !due {
			continue
		}
		if err := s.rescreen(ctx, id, opt); err != nil {
			return res, err
		}
	}
	have := map[int64]bool{}
	for _, j := range jobs {
		if len(j.paths) > 0 {
			have[j.item.ID] = true
		}
	}
	stored, err := s.store.ItemsWithDocuments(ctx, sm.ID)
	if err != nil {
		return res, err
	}
	for _, it := range sm.Items {
		if it.Status == StatusSelected && !have[it.ID] && !stored[it.ID] {
			res.WithoutFiles = append(res.WithoutFiles, it.Committee+" "+it.Diarienummer)
		}
	}
	sort.Strings(res.Unmatched)
	return res, nil
}

func describeProblem(d DocumentText) string {
	if d.Status == DocNoText {
		var ps []string
		for _, p := range d.PagesWithoutText {
			ps = append(ps, fmt.Sprint(p))
		}
		return "no text layer on page " + strings.Join(ps, ", ") + " (scanned?): read it in the PDF"
	}
	return d.Error
}

// rescreen screens a case again from its stored documents.
func (s *Service) rescreen(ctx context.Context, itemID int64, opt ScreenOptions) error {
	docs, err := s.store.Documents(ctx, itemID)
	if err != nil {
		return err
	}
	texts := make([]DocumentText, len(docs))
	names := make([]string, len(docs))
	for i, d := range docs {
		texts[i], names[i] = d.DocumentText, d.File
	}
	rd := opt.ReviewDate
	if rd.IsZero() {
		rd = s.now()
	}
	sc := ScreenDocuments(texts, names, ScreenOptions{ReviewDate: rd, Rules: opt.Rules})
	return s.store.SaveScreening(ctx, itemID, rd.Format("2006-01-02"), sc, s.now().UTC())
}

// FilePath is where a stored file with this SHA-256 lives.
func (s *Service) FilePath(sha string) string {
	return filepath.Join(s.files, sha[:2], sha)
}

// storeFile copies a file into the content-addressed store: a temp file in the same
// directory, fsynced, renamed, mode 0600, the directory fsynced. An existing file with the
// same hash is kept.
func (s *Service) storeFile(src string) (path, sha string, size int64, err error) {
	in, err := os.Open(src)
	if err != nil {
		return "", "", 0, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
	}
	defer in.Close()
	if err := os.MkdirAll(s.files, 0o700); err != nil {
		return "", "", 0, err
	}
	tmp, err := os.CreateTemp(s.files, ".incoming-*")
	if err != nil {
		return "", "", 0, err
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	size, err = io.Copy(io.MultiWriter(tmp, h), in)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", "", 0, fmt.Errorf("store %s: %w", src, err)
	}
	sha = hex.EncodeToString(h.Sum(nil))
	path = s.FilePath(sha)
	if _, err := os.Stat(path); err == nil {
		return path, sha, size, nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", 0, err
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return "", "", 0, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", "", 0, err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return path, sha, size, nil
}

// CaseDocuments lists the documents of a sampled case with their page text.
func (s *Service) CaseDocuments(ctx context.Context, itemID int64) ([]CaseDocument, error) {
	return s.store.Documents(ctx, itemID)
}

// CaseFilesVersion changes whenever a case's documents or screening change (for caches).
func (s *Service) CaseFilesVersion(ctx context.Context, itemID int64) (string, error) {
	return s.store.CaseFilesVersion(ctx, itemID)
}

// Screening returns the latest screening of a sampled case (zero Screening when none).
func (s *Service) Screening(ctx context.Context, itemID int64) (Screening, error) {
	sc, _, err := s.store.Screening(ctx, itemID)
	return sc, err
}

// DocumentFile returns where a document's original file is stored, its name and its case.
func (s *Service) DocumentFile(ctx context.Context, docID int64) (path, name string, itemID int64, err error) {
	d, err := s.store.Document(ctx, docID)
	if err != nil {
		return "", "", 0, err
	}
	return s.FilePath(d.SHA256), d.File, d.SampleItemID, nil
}

// SearchPages searches the page text of an audit's sampled cases. The query is taken as
// words (each must occur, prefix matches allowed); committees limits the search to what the
// user may see (nil: all).
func (s *Service) SearchPages(ctx context.Context, auditName, query string, committees []string) ([]SearchHit, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, err
	}
	var terms []string
	for _, w := range strings.FieldsFunc(query, func(r rune) bool {
		return !(r == '-' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127)
	}) {
		w = strings.Trim(w, "-")
		if w != "" {
			terms = append(terms, `"`+strings.ReplaceAll(w, `"`, ``)+`"*`)
		}
	}
	if len(terms) == 0 {
		return nil, &Error{Code: EInvalid, Field: "q", Message: "skriv minst ett ord att söka efter"}
	}
	if committees != nil && len(committees) == 0 {
		return nil, nil
	}
	return s.store.SearchPages(ctx, a.ID, strings.Join(terms, " AND "), committees, 200)
}

// CaseFolderFiles lists the files of a case folder and its subfolders (following symbolic
// links, skipping hidden names), with their paths relative to the folder, sorted.
func CaseFolderFiles(dir string) (paths, rel []string, err error) {
	var walk func(d, prefix string, depth int) error
	walk = func(d, prefix string, depth int) error {
		if depth > 8 {
			return fmt.Errorf("%s: folders nested too deep (a link loop?)", d)
		}
		entries, err := os.ReadDir(d)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			p := filepath.Join(d, e.Name())
			fi, err := os.Stat(p)
			if err != nil {
				return err
			}
			switch {
			case fi.IsDir():
				if err := walk(p, prefix+e.Name()+"/", depth+1); err != nil {
					return err
				}
			case fi.Mode().IsRegular():
				paths = append(paths, p)
				rel = append(rel, prefix+e.Name())
			}
		}
		return nil
	}
	err = walk(dir, "", 0)
	return paths, rel, err
}
