package review

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of what an upload may unpack. A ZIP that breaks one is refused whole: nothing from
// it is stored.
const (
	MaxZipEntries     = 500
	MaxZipTotalBytes  = 512 << 20 // unpacked, all entries together
	MaxZipEntryBytes  = 200 << 20 // unpacked, one entry
	maxZipRatio       = 100       // unpacked/packed above this (and above 1 MiB) is a bomb
	maxZipRatioExempt = 1 << 20
)

// UploadLink is what a valid upload link opens: one committee's sampled cases of one audit.
type UploadLink struct {
	Token    UploadToken
	Audit    Audit
	Deadline string        // of the latest letter to the committee, YYYY-MM-DD ("" if none)
	Cases    []SampleItem  // the selected cases, by diarienummer
	Reserves []SampleItem  // the unused reserves, in order
	Received map[int64]int // item → stored PDFs
	Files    map[int64][]CaseDocument
}

// errLink is what every unusable link gets: the same words whether it never existed, was
// revoked or expired, apart from saying which when the link is known.
func errLink(why string) error {
	return &Error{Code: EForbidden, Field: "token", Message: "Länken går inte att använda: " + why + ". Be om en ny länk från den som skickade begäran."}
}

// OpenUploadLink checks an upload link's token (it exists, is not revoked, has not expired)
// and returns what it gives access to. Any failure is EForbidden.
func (s *Service) OpenUploadLink(ctx context.Context, token string) (UploadLink, error) {
	if len(token) < 20 || len(token) > 100 {
		return UploadLink{}, errLink("den är ogiltig")
	}
	t, err := s.store.UploadTokenByHash(ctx, HashToken(token))
	if err != nil {
		if ErrorCodeOf(err) == ENotFound {
			return UploadLink{}, errLink("den är ogiltig")
		}
		return UploadLink{}, err
	}
	now := s.now()
	switch {
	case !t.RevokedAt.IsZero():
		return UploadLink{}, errLink("den har återkallats")
	case !now.Before(t.ExpiresAt):
		return UploadLink{}, errLink("den gällde till " + t.ExpiresAt.Format("2006-01-02"))
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
			if d.Status != DocNotPDF {
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
// link's committee's selected cases or reserves in the audit's sample (else EForbidden). A
// ZIP is unpacked first, refused whole when an entry's path leaves it, it holds links, or it
// unpacks to too much (MaxZip*: a zip bomb). Then every file goes the way of `ingest`: a PDF
// is stored content-addressed and read in the isolated text workers, a file that is not a PDF
// gets the status not_pdf and is never stored or served, and the case is screened again.
// Every file (and every refused ZIP) is recorded with its status; a bad file never fails the
// others.
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
	res := ReceiveResult{Diarienummer: item.Diarienummer}
	record := func(u Upload) error {
		u.AuditID, u.Committee, u.SampleItemID, u.TokenID, u.At = l.Audit.ID, l.Token.Committee, item.ID, l.Token.ID, s.now().UTC()
		if _, err := s.store.RecordUpload(ctx, u); err != nil {
			return err
		}
		res.Files = append(res.Files, u)
		return nil
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
	stage := func(name string, r io.Reader) error {
		n++
		rel := fmt.Sprintf("f%04d", n)
		f, err := os.OpenFile(filepath.Join(staging, rel), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return err
		}
		_, err = io.Copy(f, r)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		name = uniqueName(name, used)
		todo = append(todo, staged{name, rel})
		return nil
	}
	for _, f := range files {
		name := cleanUploadName(f.Name)
		isZip, err := looksLikeZip(f.Path, name)
		if err != nil {
			return res, err
		}
		if !isZip {
			in, err := os.Open(f.Path)
			if err != nil {
				return res, err
			}
			err = stage(name, in)
			in.Close()
			if err != nil {
				return res, err
			}
			continue
		}
		entries, why, err := s.unzip(f.Path, staging)
		if err != nil {
			return res, err
		}
		if why != "" {
			size := int64(0)
			if fi, err := os.Stat(f.Path); err == nil {
				size = fi.Size()
			}
			if err := record(Upload{File: name, Size: size, Status: UploadZipRefused, Detail: why}); err != nil {
				return res, err
			}
			continue
		}
		for _, e := range entries {
			todo = append(todo, staged{uniqueName(name+"/"+e.name, used), e.rel})
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
		stored, sha, size, _, err := s.storeFile(root, t.rel)
		if err != nil {
			return res, err
		}
		known, err := s.store.DocumentKnown(ctx, item.ID, t.name, sha)
		if err != nil {
			return res, err
		}
		if known {
			if err := record(Upload{File: t.name, SHA256: sha, Size: size, Status: UploadUnchanged}); err != nil {
				return res, err
			}
			continue
		}
		work = append(work, pending{t.name, sha, stored, size})
	}
	var paths []string
	for _, w := range work {
		if w.path != "" {
			paths = append(paths, w.path)
		}
	}
	var extracted []DocumentText
	if len(paths) > 0 {
		extracted = ex.Extract(ctx, paths)
	}
	for i, k := 0, 0; i < len(work); i++ {
		w := work[i]
		var text DocumentText
		if w.path == "" {
			text = DocumentText{Status: DocNotPDF, Error: "not a PDF (no %PDF- header in the first 1024 bytes): not stored; send the document as a PDF"}
		} else {
			text = extracted[k]
			k++
		}
		d := CaseDocument{SampleItemID: item.ID, File: w.name, SHA256: w.sha, Size: w.size, DocumentText: text, IngestedAt: s.now().UTC()}
		d.Path = ""
		if _, err := s.store.SaveDocument(ctx, d); err != nil {
			return res, err
		}
		detail := ""
		if d.Status != DocOK {
			detail = describeProblem(d.DocumentText)
		}
		if err := record(Upload{File: w.name, SHA256: w.sha, Size: w.size, Status: string(d.Status), Detail: detail}); err != nil {
			return res, err
		}
	}
	if len(work) > 0 {
		if err := s.rescreen(ctx, item.ID, ScreenOptions{}); err != nil {
			return res, err
		}
	}
	return res, nil
}

// looksLikeZip: a file named .zip is unpacked. A file that only starts like a ZIP is not
// (a .docx or .xlsx is a ZIP inside): it is a file like any other, not a PDF.
func looksLikeZip(_ string, name string) (bool, error) {
	return strings.EqualFold(path.Ext(name), ".zip"), nil
}

type unzipped struct{ name, rel string }

// unzip unpacks a ZIP into dir (as files z0001...), or says why it is refused (in Swedish: the
// committee's contact reads it on the upload page): a name that
// is absolute, climbs out ("..") or is not UTF-8 text, a link or special file, more than
// MaxZipEntries entries, or more unpacked bytes than the limits (counted while unpacking,
// never trusted from the headers). A refused ZIP leaves nothing behind in dir.
func (s *Service) unzip(p, dir string) (out []unzipped, why string, err error) {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return nil, "filen är ingen läsbar ZIP-fil (" + err.Error() + ")", nil
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
	var total int64
	for i, f := range zr.File {
		// an old Windows ZIP names its entries in its code page: keep what can be read
		name := strings.ToValidUTF8(f.Name, "?")
		if reason := badZipName(name); reason != "" {
			return nil, fmt.Sprintf("%q: %s", name, reason), nil
		}
		mode := f.Mode()
		if mode.IsDir() || strings.HasSuffix(name, "/") {
			continue
		}
		if !mode.IsRegular() {
			return nil, fmt.Sprintf("%q är en länk eller specialfil", name), nil
		}
		if f.UncompressedSize64 > MaxZipEntryBytes || total+int64(f.UncompressedSize64) > MaxZipTotalBytes {
			return nil, fmt.Sprintf("%q packas upp till mer än gränsen (%d MiB per fil, %d MiB totalt): avvisas som en möjlig zipbomb", name, MaxZipEntryBytes>>20, MaxZipTotalBytes>>20), nil
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Sprintf("%q kan inte läsas (%v)", name, err), nil
		}
		rel := fmt.Sprintf("z%04d", i+1)
		dst := filepath.Join(dir, rel)
		w, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			rc.Close()
			return nil, "", err
		}
		written = append(written, dst)
		limit := min(int64(MaxZipEntryBytes), MaxZipTotalBytes-total)
		ratioLimit := max(int64(maxZipRatioExempt), int64(f.CompressedSize64)*maxZipRatio)
		n, cerr := io.Copy(w, io.LimitReader(rc, min(limit, ratioLimit)+1))
		rc.Close()
		if err := w.Close(); err != nil {
			return nil, "", err
		}
		if cerr != nil {
			if errors.Is(cerr, zip.ErrChecksum) || errors.Is(cerr, zip.ErrFormat) || errors.Is(cerr, io.ErrUnexpectedEOF) {
				return nil, fmt.Sprintf("%q är skadad (%v)", name, cerr), nil
			}
			return nil, fmt.Sprintf("%q kan inte packas upp (%v)", name, cerr), nil
		}
		if n > ratioLimit {
			return nil, fmt.Sprintf("%q packas upp till mer än %d gånger sin packade storlek: avvisas som en zipbomb", name, maxZipRatio), nil
		}
		if n > limit {
			return nil, fmt.Sprintf("%q packas upp till mer än gränsen (%d MiB per fil, %d MiB totalt): avvisas som en möjlig zipbomb", name, MaxZipEntryBytes>>20, MaxZipTotalBytes>>20), nil
		}
		total += n
		out = append(out, unzipped{name: name, rel: rel})
	}
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

// cleanUploadName keeps a sent file's base name, without control characters, at most 200
// bytes; "fil" when nothing is left.
func cleanUploadName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || IsBidiControl(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	for len(name) > 200 {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	if name == "" || name == "." || name == "/" || name == ".." {
		return "fil"
	}
	return name
}

// uniqueName adds " (2)", " (3)"... to a name already used in this upload.
func uniqueName(name string, used map[string]bool) string {
	n := name
	for i := 2; used[n]; i++ {
		ext := path.Ext(name)
		n = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext)
	}
	used[n] = true
	return n
}
