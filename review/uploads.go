package review

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Limits of what an upload may unpack. A ZIP that breaks one is refused whole: nothing from
// it is stored.
const (
	MaxZipEntries     = 500
	MaxZipTotalBytes  = 512 << 20 // unpacked, all entries together
	MaxZipEntryBytes  = 200 << 20 // unpacked, one entry
	maxZipRatio       = 100       // unpacked/packed above this (and above 1 MiB) is a bomb, per entry and for the whole archive
	maxZipRatioExempt = 1 << 20

	// One upload request (the files of one case) unpacks to at most this many files and bytes,
	// over all its ZIPs.
	MaxUploadFiles    = 500
	MaxUploadUnpacked = 512 << 20
)

// UploadLink is what a valid upload link opens: one committee's sampled cases of one audit.
type UploadLink struct {
	Token    UploadToken
	Audit    Audit
	Deadline string        // of the latest letter to the committee, YYYY-MM-DD ("" if none)
	Cases    []SampleItem  // the selected cases, by diarienummer
	Reserves []SampleItem  // the unused reserves, in order
	Received map[int64]int // item → readable PDFs (ok or no_text)
	Files    map[int64][]CaseDocument
}

// errLink is what every unusable link gets: the same words whether it never existed, was
// revoked or expired, apart from saying which when the link is known.
func errLink(why string) error {
	return &Error{Code: EForbidden, Field: "token", Message: "Länken går inte att använda: " + why + ". Be om en ny länk från den som skickade begäran."}
}

// CheckUploadLink checks an upload link's token the cheap way (one lookup by its hash): it
// exists, is not revoked, has not expired. Any failure is EForbidden.
func (s *Service) CheckUploadLink(ctx context.Context, token string) (UploadToken, error) {
	if len(token) < 20 || len(token) > 100 {
		return UploadToken{}, errLink("den är ogiltig")
	}
	t, err := s.store.UploadTokenByHash(ctx, HashToken(token))
	if err != nil {
		if ErrorCodeOf(err) == ENotFound {
			return UploadToken{}, errLink("den är ogiltig")
		}
		return UploadToken{}, err
	}
	now := s.now()
	switch {
	case !t.RevokedAt.IsZero():
		return UploadToken{}, errLink("den har återkallats")
	case !now.Before(t.ExpiresAt):
		return UploadToken{}, errLink("den gällde till " + t.ExpiresAt.Format("2006-01-02"))
	}
	return t, nil
}

// OpenUploadLink checks an upload link's token (it exists, is not revoked, has not expired)
// and returns what it gives access to. Any failure is EForbidden.
func (s *Service) OpenUploadLink(ctx context.Context, token string) (UploadLink, error) {
	t, err := s.CheckUploadLink(ctx, token)
	if err != nil {
		return UploadLink{}, err
	}
	var a Audit
	audits, err := s.store.Audits(ctx)
	if err != nil {
		return UploadLink{}, err
	}
	for _, x := range audits {
		if x.ID == t.AuditID {
			a = x
		}
	}
	if a.ID == 0 || a.Purged() {
		return UploadLink{}, errLink("granskningen är avslutad")
	}
	sm, err := s.store.ActiveSample(ctx, a.ID)
	if err != nil {
		return UploadLink{}, err
	}
	l := UploadLink{Token: t, Audit: a, Received: map[int64]int{}, Files: map[int64][]CaseDocument{}}
	l.Cases, l.Reserves = committeeCases(sm, t.Committee)
	letters, err := s.store.Letters(ctx, a.ID)
	if err != nil {
		return UploadLink{}, err
	}
	for _, lt := range letters {
		if lt.Committee == t.Committee {
			l.Deadline = lt.Deadline.Format("2006-01-02")
		}
	}
	for _, it := range append(append([]SampleItem{}, l.Cases...), l.Reserves...) {
		docs, err := s.store.Documents(ctx, it.ID)
		if err != nil {
			return UploadLink{}, err
		}
		for _, d := range docs {
			d.Pages = nil
			l.Files[it.ID] = append(l.Files[it.ID], d)
			if d.Status == DocOK || d.Status == DocNoText {
				l.Received[it.ID]++
			}
		}
	}
	return l, nil
}

// IncomingFile is an uploaded file waiting on disk (the caller removes it afterwards).
type IncomingFile struct {
	Name string // as the sender named it
	Path string
}

// ReceiveResult is what an upload did, one line per file.
type ReceiveResult struct {
	Diarienummer string
	Files        []Upload
}

// ReceiveFiles takes files for one case through an upload link: the case must be one of the
// link's committee's selected cases or reserves in the audit's sample (else EForbidden), and
// no reviewer may have submitted a judgement of it (else EConflict: the files a judgement
// rests on never change under it). A ZIP is unpacked first, refused whole when an entry's
// path leaves it, it holds links, or it unpacks to too much (MaxZip*, the whole archive's
// ratio, and the request's MaxUploadFiles and MaxUploadUnpacked: a zip bomb). Then every PDF
// goes the way of `ingest`: stored content-addressed and read in the isolated text workers. A
// file that is not a PDF is recorded in the uploads with the status not_pdf and is never
// stored, served or made a document. Nothing stored is replaced or deleted: a file the case
// has already is "unchanged", a new file whose name is taken gets a free name ("x (2).pdf").
// Everything the upload brings is recorded in one transaction, and the case is screened
// again; the uploads of one case run one at a time. A bad file never fails the others.
// The caller should pass a context that a client's disconnect does not cancel once the
// files are received.
func (s *Service) ReceiveFiles(ctx context.Context, token string, itemID int64, files []IncomingFile, ex TextExtractor) (ReceiveResult, error) {
	l, err := s.OpenUploadLink(ctx, token)
	if err != nil {
		return ReceiveResult{}, err
	}
	var item SampleItem
	for _, it := range append(append([]SampleItem{}, l.Cases...), l.Reserves...) {
		if it.ID == itemID {
			item = it
		}
	}
	if item.ID == 0 {
		return ReceiveResult{}, &Error{Code: EForbidden, Field: "case", Message: "Ärendet hör inte till den här länken: länken gäller bara de ärenden som begärts från " + l.Token.Committee + "."}
	}
	if len(files) == 0 {
		return ReceiveResult{}, &Error{Code: EInvalid, Field: "files", Message: "Välj minst en fil att skicka."}
	}
	if ex == nil || s.files == "" {
		return ReceiveResult{}, &Error{Code: EInternal, Message: "receiving files is not configured (no text extractor or file directory)"}
	}
	unlock := lockItem(item.ID)
	defer unlock()
	if judged, err := s.itemJudged(ctx, item.ID); err != nil {
		return ReceiveResult{}, err
	} else if judged {
		return ReceiveResult{}, ErrCaseJudged()
	}
	res := ReceiveResult{Diarienummer: item.Diarienummer}
	var recs []ReceivedFile
	record := func(u Upload, d *CaseDocument) {
		u.AuditID, u.Committee, u.SampleItemID, u.TokenID, u.At = l.Audit.ID, l.Token.Committee, item.ID, l.Token.ID, s.now().UTC()
		recs = append(recs, ReceivedFile{Upload: u, Document: d})
	}
	if err := os.MkdirAll(s.files, 0o700); err != nil {
		return res, err
	}
	staging, err := os.MkdirTemp(s.files, ".upload-*")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(staging)
	type staged struct{ name, rel string }
	var todo []staged
	used := map[string]bool{}
	n := 0
	next := func() string { n++; return fmt.Sprintf("f%04d", n) } // one counter for the whole request
	budget := &unpackBudget{files: MaxUploadFiles, bytes: MaxUploadUnpacked}
	for _, f := range files {
		name := cleanUploadName(f.Name)
		if !looksLikeZip(name) {
			rel := next()
			if err := copyInto(f.Path, filepath.Join(staging, rel)); err != nil {
				return res, err
			}
			todo = append(todo, staged{FreeName(name, used), rel})
			continue
		}
		entries, why, err := s.unzip(f.Path, staging, next, budget)
		if err != nil {
			return res, err
		}
		if why != "" {
			size := int64(0)
			if fi, err := os.Stat(f.Path); err == nil {
				size = fi.Size()
			}
			record(Upload{File: name, Size: size, Status: UploadZipRefused, Detail: why}, nil)
			continue
		}
		for _, e := range entries {
			todo = append(todo, staged{FreeName(capName(name+"/"+e.name), used), e.rel})
		}
	}
	root, err := os.OpenRoot(staging)
	if err != nil {
		return res, err
	}
	defer root.Close()
	type pending struct {
		name, sha, path string
		size            int64
	}
	var work []pending
	for _, t := range todo {
		stored, sha, size, isPDF, err := s.storeFile(root, t.rel)
		if err != nil {
			return res, err
		}
		if !isPDF {
			// recorded as an upload, never a document
			record(Upload{File: t.name, SHA256: sha, Size: size, Status: string(DocNotPDF), Detail: "not a PDF (no %PDF- header in the first 1024 bytes): not stored; send the document as a PDF"}, nil)
			continue
		}
		work = append(work, pending{t.name, sha, stored, size})
	}
	var paths []string
	for _, w := range work {
		paths = append(paths, w.path)
	}
	var extracted []DocumentText
	if len(paths) > 0 {
		extracted = ex.Extract(ctx, paths)
	}
	for i, w := range work {
		text := extracted[i]
		d := &CaseDocument{SampleItemID: item.ID, File: w.name, SHA256: w.sha, Size: w.size, DocumentText: text, IngestedAt: s.now().UTC()}
		detail := ""
		if d.Status != DocOK {
			detail = describeProblem(d.DocumentText)
		}
		record(Upload{File: w.name, SHA256: w.sha, Size: w.size, Status: string(d.Status), Detail: detail}, d)
	}
	stored, err := s.store.ReceiveUpload(ctx, item.ID, recs)
	if err != nil {
		return res, err
	}
	res.Files = stored
	changed := false
	for _, r := range recs {
		changed = changed || r.Document != nil
	}
	if changed {
		if err := s.rescreen(ctx, item.ID, ScreenOptions{}); err != nil {
			return res, err
		}
	}
	return res, nil
}

// itemJudged reports whether a reviewer has submitted a judgement of the item.
func (s *Service) itemJudged(ctx context.Context, itemID int64) (bool, error) {
	scores, err := s.store.Scores(ctx, itemID)
	if err != nil {
		return false, err
	}
	for _, sc := range scores {
		if sc.Submitted {
			return true, nil
		}
	}
	return false, nil
}

// itemLocks serialise the uploads of one case within the process, so that a case's
// screening is always made from all of its documents (the later upload screens last).
var itemLocks sync.Map // item id → *sync.Mutex

func lockItem(id int64) func() {
	m, _ := itemLocks.LoadOrStore(id, &sync.Mutex{})
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// copyInto copies a received file into the staging directory.
func copyInto(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// looksLikeZip: a file named .zip is unpacked. A file that only starts like a ZIP is not
// (a .docx or .xlsx is a ZIP inside): it is a file like any other, not a PDF.
func looksLikeZip(name string) bool {
	return strings.EqualFold(path.Ext(name), ".zip")
}

type unzipped struct{ name, rel string }

// unpackBudget is what one request may still unpack: files and bytes, over all its ZIPs.
type unpackBudget struct {
	files int
	bytes int64
}

// unzip unpacks a ZIP into dir (as files named by next), or says why it is refused (in
// Swedish, without internals: the committee's contact reads it on the upload page): a name
// that is absolute, climbs out ("..") or holds control characters, a link or special file,
// more than MaxZipEntries entries, more unpacked bytes than the limits (per entry, per ZIP,
// more than maxZipRatio times the whole archive's size, or more than the request's budget;
// counted while unpacking, never trusted from the headers). A refused ZIP leaves nothing
// behind in dir and takes nothing from the budget.
func (s *Service) unzip(p, dir string, next func() string, budget *unpackBudget) (out []unzipped, why string, err error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, "", err
	}
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, "filen är ingen läsbar ZIP-fil", nil
	}
	defer zr.Close()
	if len(zr.File) > MaxZipEntries {
		return nil, fmt.Sprintf("ZIP-filen innehåller %d filer; högst %d tas emot", len(zr.File), MaxZipEntries), nil
	}
	var written []string
	defer func() {
		if why != "" || err != nil {
			for _, w := range written {
				os.Remove(w)
			}
			out = nil
		}
	}()
	bomb := func(name string) string {
		return fmt.Sprintf("%q packas upp till mer än gränserna (%d MiB per fil, %d MiB totalt, %d gånger ZIP-filens storlek): avvisas som en möjlig zipbomb", name, MaxZipEntryBytes>>20, MaxUploadUnpacked>>20, maxZipRatio)
	}
	// the whole archive may unpack to at most maxZipRatio times its size (small ones exempt)
	archiveLimit := max(int64(maxZipRatioExempt), fi.Size()*maxZipRatio)
	var total int64
	files := 0
	for _, f := range zr.File {
		// an old Windows ZIP names its entries in its code page: keep what can be read
		name := strings.ToValidUTF8(f.Name, "?")
		if reason := badZipName(name); reason != "" {
			return nil, fmt.Sprintf("%q: %s", capName(cleanChars(name)), reason), nil
		}
		mode := f.Mode()
		if mode.IsDir() || strings.HasSuffix(name, "/") {
			continue
		}
		name = cleanEntryName(name)
		if !mode.IsRegular() {
			return nil, fmt.Sprintf("%q är en länk eller specialfil", name), nil
		}
		files++
		if files > budget.files {
			return nil, fmt.Sprintf("för många filer i en sändning: högst %d tas emot åt gången", MaxUploadFiles), nil
		}
		limit := min(int64(MaxZipEntryBytes), MaxZipTotalBytes-total, budget.bytes-total, archiveLimit-total)
		if int64(f.UncompressedSize64) > limit {
			return nil, bomb(name), nil
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Sprintf("%q kan inte läsas (filen är skadad eller packad på ett sätt som inte stöds)", name), nil
		}
		rel := next()
		dst := filepath.Join(dir, rel)
		w, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			rc.Close()
			return nil, "", err
		}
		written = append(written, dst)
		ratioLimit := max(int64(maxZipRatioExempt), int64(f.CompressedSize64)*maxZipRatio)
		n, cerr := io.Copy(w, io.LimitReader(rc, min(limit, ratioLimit)+1))
		rc.Close()
		if err := w.Close(); err != nil {
			return nil, "", err
		}
		if cerr != nil {
			return nil, fmt.Sprintf("%q är skadad och kan inte packas upp", name), nil
		}
		if n > ratioLimit {
			return nil, fmt.Sprintf("%q packas upp till mer än %d gånger sin packade storlek: avvisas som en zipbomb", name, maxZipRatio), nil
		}
		if n > limit {
			return nil, bomb(name), nil
		}
		total += n
		out = append(out, unzipped{name: name, rel: rel})
	}
	budget.files -= files
	budget.bytes -= total
	return out, "", nil
}

// badZipName says why an entry name is refused ("" when it is fine): ZIP slip (absolute
// paths, drive letters, "..", backslashes), NUL and control characters.
func badZipName(name string) string {
	switch {
	case name == "":
		return "ett tomt namn"
	case strings.ContainsAny(name, "\\\x00"):
		return "namnet innehåller omvänt snedstreck eller NUL"
	case strings.HasPrefix(name, "/"), len(name) > 1 && name[1] == ':':
		return "en absolut sökväg, som pekar ut ur ZIP-filen"
	}
	for _, r := range name {
		if unicode.IsControl(r) || IsBidiControl(r) {
			return "namnet innehåller styrtecken"
		}
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return "sökvägen pekar ut ur ZIP-filen (\"..\")"
		}
	}
	return ""
}

// dropRune: control and format characters (Cc, Cf: bidi overrides, zero-width ones), line
// and paragraph separators (Zl, Zp) and undecodable bytes never reach a stored name.
func dropRune(r rune) bool {
	return unicode.IsControl(r) || IsBidiControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp) || r == utf8.RuneError
}

func cleanChars(name string) string {
	return strings.Map(func(r rune) rune {
		if dropRune(r) {
			return -1
		}
		return r
	}, name)
}

// maxNameBytes caps a stored file name (with a ZIP's name and the entry's path).
const maxNameBytes = 200

// capName shortens a name to maxNameBytes, keeping its extension.
func capName(name string) string {
	if len(name) <= maxNameBytes {
		return name
	}
	ext := path.Ext(name)
	if len(ext) > 16 {
		ext = ""
	}
	base := strings.TrimSuffix(name, ext)
	for len(base)+len(ext) > maxNameBytes {
		_, size := utf8.DecodeLastRuneInString(base)
		base = base[:len(base)-size]
	}
	return base + ext
}

// cleanEntryName cleans a ZIP entry's path (already checked by badZipName) the way
// cleanUploadName cleans a sent file's name, each part of the path: without control, format
// and separator characters, trimmed, at most maxNameBytes in all.
func cleanEntryName(name string) string {
	var parts []string
	for _, p := range strings.Split(name, "/") {
		p = strings.TrimSpace(cleanChars(p))
		if p != "" && p != "." {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "fil"
	}
	return capName(strings.Join(parts, "/"))
}

// cleanUploadName keeps a sent file's base name, without control, format and separator
// characters, at most maxNameBytes; "fil" when nothing is left.
func cleanUploadName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	name = strings.TrimSpace(cleanChars(name))
	name = capName(name)
	if name == "" || name == "." || name == "/" || name == ".." {
		return "fil"
	}
	return name
}
