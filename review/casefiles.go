package review

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
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
			sd.Pages = append(sd.Pages, screen.Page{Number: p.Number, Text: p.Text, OCR: p.Engine == EngineOCR})
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

// FileBlobStore is what a store that keeps the case files itself offers (PostgreSQL, so that
// app instances share nothing but the database). The service still writes each file under
// its FileDir first, and keeps it there as a cache; a file missing there is fetched.
type FileBlobStore interface {
	// StoresFiles reports whether the store keeps case files.
	StoresFiles() bool
	// PutFile stores the file at path, whose SHA-256 is sha, unless it is stored already.
	PutFile(ctx context.Context, sha, path string) error
	// FetchFile writes the stored file sha to dst; ENotFound when it is not stored.
	FetchFile(ctx context.Context, sha, dst string) error
}

// blobs returns the store's file keeping, or nil when files live only under FileDir.
func (s *Service) blobs() FileBlobStore {
	if b, ok := s.store.(FileBlobStore); ok && b.StoresFiles() {
		return b
	}
	return nil
}

// LocalFile makes sure the stored file sha is under FileDir (fetching it from the store
// when it keeps the files and this instance has no copy yet) and returns its path.
func (s *Service) LocalFile(ctx context.Context, sha string) (string, error) {
	p := s.FilePath(sha)
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	b := s.blobs()
	if b == nil {
		return p, nil // as before: the caller's open reports what is missing
	}
	if err := b.FetchFile(ctx, sha, p); err != nil {
		return "", err
	}
	return p, nil
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
	// Skipped lists what in DIR was not read: links, special files, hidden names, files
	// beside the case folders. Nothing is skipped without a word.
	Skipped      []SkippedEntry `json:"skipped"`
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
	if a.Purged() {
		return IngestResult{}, errPurged(a)
	}
	if s.files == "" {
		return IngestResult{}, &Error{Code: EInternal, Message: "no file directory configured"}
	}
	res := IngestResult{Audit: a.Name, Matched: []IngestedCase{}, Unmatched: []string{}, Ambiguous: []string{}, WithoutFiles: []string{}, FailedFiles: []FailedFile{}, Skipped: []SkippedEntry{}}
	byFull := map[string][]int{} // <municipality>_<diarienummer>
	byDnr := map[string][]int{}  // the diarienummer alone
	for i, it := range sm.Items {
		byFull[folderKey(it.Committee+" "+it.Diarienummer)] = append(byFull[folderKey(it.Committee+" "+it.Diarienummer)], i)
		byDnr[folderKey(it.Diarienummer)] = append(byDnr[folderKey(it.Diarienummer)], i)
	}
	folderOf := map[int]string{} // item index → the folder matched to it
	// every file is opened through root: nothing outside DIR can be reached, whatever the
	// names or links inside it
	root, err := os.OpenRoot(dir)
	if err != nil {
		return res, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
	}
	defer root.Close()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return res, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
	}
	type job struct {
		item   SampleItem
		folder string
		names  []string // relative to the case folder
	}
	var jobs []*job
	for _, e := range entries {
		switch t := e.Type(); {
		case strings.HasPrefix(e.Name(), "."):
			res.Skipped = append(res.Skipped, SkippedEntry{e.Name(), skipHidden})
			continue
		case t&fs.ModeSymlink != 0:
			res.Skipped = append(res.Skipped, SkippedEntry{e.Name(), skipSymlink})
			continue
		case t.IsRegular():
			res.Skipped = append(res.Skipped, SkippedEntry{e.Name(), "a file beside the case folders: put each case's files in a folder named by its diarienummer"})
			continue
		case !t.IsDir():
			res.Skipped = append(res.Skipped, SkippedEntry{e.Name(), skipSpecial})
			continue
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
		_, names, skipped, err := CaseFolderFiles(filepath.Join(dir, e.Name()))
		if err != nil {
			return res, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
		}
		j.names = names
		for _, sk := range skipped {
			res.Skipped = append(res.Skipped, SkippedEntry{e.Name() + "/" + sk.Path, sk.Reason})
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
		res.Matched = append(res.Matched, IngestedCase{Folder: j.folder, Committee: j.item.Committee, Diarienummer: j.item.Diarienummer, Files: len(j.names)})
		for _, name := range j.names {
			stored, sha, size, _, err := s.storeFile(root, j.folder+"/"+name)
			if err != nil {
				return res, err
			}
			if b := s.blobs(); b != nil && stored != "" {
				if err := b.PutFile(ctx, sha, stored); err != nil {
					return res, err
				}
			}
			known, err := s.store.DocumentKnown(ctx, j.item.ID, name, sha)
			if err != nil {
				return res, err
			}
			if known {
				res.FilesSkipped++
				continue
			}
			todo = append(todo, pending{j, name, sha, size, stored})
			changed[j.item.ID] = true
		}
	}
	// only stored PDFs go to the extractor; a file that is not one was never stored
	var paths []string
	for _, t := range todo {
		if t.path != "" {
			paths = append(paths, t.path)
		}
	}
	extracted := ex.Extract(ctx, paths)
	texts := make([]DocumentText, len(todo))
	for i, k := 0, 0; i < len(todo); i++ {
		if todo[i].path == "" {
			texts[i] = DocumentText{Status: DocNotPDF, Error: "not a PDF (no %PDF- header in the first 1024 bytes): not stored; ask for the document as a PDF"}
			continue
		}
		texts[i] = extracted[k]
		k++
	}
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
		if len(j.names) > 0 {
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

// pdfMagicWithin is how far into a file its %PDF- header may stand (as PDF readers accept).
const pdfMagicWithin = 1024

// storeFile copies a delivered file (rel inside root) into the content-addressed store: a
// temp file in the same directory, fsynced, renamed, mode 0600, the directory fsynced. An
// existing file with the same hash is kept. A file that is not a PDF (no %PDF- header in its
// first 1024 bytes) is hashed but never stored: isPDF is false and path "".
func (s *Service) storeFile(root *os.Root, rel string) (path, sha string, size int64, isPDF bool, err error) {
	in, err := openDelivered(root, rel)
	if err != nil {
		return "", "", 0, false, &Error{Code: EInvalid, Field: "DIR", Message: err.Error()}
	}
	defer in.Close()
	head := make([]byte, pdfMagicWithin)
	n, err := io.ReadFull(in, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", "", 0, false, fmt.Errorf("read %s: %w", rel, err)
	}
	head = head[:n]
	h := sha256.New()
	h.Write(head)
	if !bytes.Contains(head, []byte("%PDF-")) {
		m, err := io.Copy(h, in)
		if err != nil {
			return "", "", 0, false, fmt.Errorf("read %s: %w", rel, err)
		}
		return "", hex.EncodeToString(h.Sum(nil)), int64(n) + m, false, nil
	}
	if err := os.MkdirAll(s.files, 0o700); err != nil {
		return "", "", 0, false, err
	}
	tmp, err := os.CreateTemp(s.files, ".incoming-*")
	if err != nil {
		return "", "", 0, false, err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(head)
	if err == nil {
		size, err = io.Copy(io.MultiWriter(tmp, h), in)
		size += int64(n)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", "", 0, false, fmt.Errorf("store %s: %w", rel, err)
	}
	sha = hex.EncodeToString(h.Sum(nil))
	path = s.FilePath(sha)
	if _, err := os.Stat(path); err == nil {
		return path, sha, size, true, nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", 0, false, err
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return "", "", 0, false, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", "", 0, false, err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return path, sha, size, true, nil
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
// A document that is not a PDF has no stored file: ENotFound.
func (s *Service) DocumentFile(ctx context.Context, docID int64) (path, name string, itemID int64, err error) {
	d, err := s.store.Document(ctx, docID)
	if err != nil {
		return "", "", 0, err
	}
	if d.Status == DocNotPDF {
		// never stored (and, from before that rule, never served): it could be anything
		return "", "", 0, &Error{Code: ENotFound, Message: "Filen är inte en PDF och sparades inte. Be om handlingen som PDF."}
	}
	p, err := s.LocalFile(ctx, d.SHA256)
	if err != nil {
		return "", "", 0, err
	}
	return p, d.File, d.SampleItemID, nil
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

// SkippedEntry is something in a delivery of case files that was not read, and why.
type SkippedEntry struct {
	Path   string `json:"path"` // relative to the delivery folder
	Reason string `json:"reason"`
}

// Why entries of a delivery are skipped.
const (
	skipHidden   = "hidden (the name begins with '.'): not read"
	skipSymlink  = "a symbolic link: links are never followed (they could point anywhere on the server)"
	skipSpecial  = "not a regular file (a device, pipe or socket)"
	skipDeep     = "folders nested more than 8 deep: not read"
	skipHardLink = "a hard link (its content is shared with a file elsewhere on the server): deliver a copy"
)

// hardLinked reports a regular file with more than one name.
func hardLinked(e fs.DirEntry) bool {
	fi, err := e.Info()
	if err != nil {
		return false // gone: opening it will say so
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}

// maxFolderDepth is how deep subfolders of a case folder are read.
const maxFolderDepth = 8

// CaseFolderFiles lists the regular files of a case folder and its subfolders, with their
// paths relative to the folder, sorted. It never follows a symbolic link (to a file or a
// folder) and never opens anything that is not a regular file: those, and hidden names, are
// returned in skipped (paths relative to the folder).
func CaseFolderFiles(dir string) (paths, rel []string, skipped []SkippedEntry, err error) {
	var walk func(d, prefix string, depth int) error
	walk = func(d, prefix string, depth int) error {
		entries, err := os.ReadDir(d) // the types come from lstat: links are seen as links
		if err != nil {
			return err
		}
		for _, e := range entries {
			name := prefix + e.Name()
			switch t := e.Type(); {
			case strings.HasPrefix(e.Name(), "."):
				skipped = append(skipped, SkippedEntry{name, skipHidden})
			case t&fs.ModeSymlink != 0:
				skipped = append(skipped, SkippedEntry{name, skipSymlink})
			case t.IsDir():
				if depth >= maxFolderDepth {
					skipped = append(skipped, SkippedEntry{name, skipDeep})
					continue
				}
				if err := walk(filepath.Join(d, e.Name()), name+"/", depth+1); err != nil {
					return err
				}
			case t.IsRegular():
				if hardLinked(e) {
					skipped = append(skipped, SkippedEntry{name, skipHardLink})
					continue
				}
				paths = append(paths, filepath.Join(d, e.Name()))
				rel = append(rel, name)
			default:
				skipped = append(skipped, SkippedEntry{name, skipSpecial})
			}
		}
		return nil
	}
	err = walk(dir, "", 0)
	return paths, rel, skipped, err
}

// openDelivered opens a file of a delivery for reading, as a regular file inside root only:
// no path component may lead outside root (os.Root), the file itself may not be a link
// (O_NOFOLLOW) and must be a regular file when opened (a file swapped for a link, pipe or
// device after it was listed is refused, and a pipe cannot block: O_NONBLOCK).
func openDelivered(root *os.Root, rel string) (*os.File, error) {
	f, err := root.OpenFile(rel, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s: %s", rel, skipSpecial)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Nlink > 1 {
		// a hard link shares its content with a file elsewhere on the server
		f.Close()
		return nil, fmt.Errorf("%s: %s", rel, skipHardLink)
	}
	return f, nil
}
