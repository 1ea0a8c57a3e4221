package review

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"tillsyn/review/caselist"
)

// Case is one row of an audit's case frame. The personnummer itself is never stored: only a
// keyed pseudonym (the same person gives the same pseudonym within one data directory) and
// the birth year.
type Case struct {
	ID              int64
	AuditID         int64
	Committee       string // official municipality name
	Diarienummer    string // as written in the export (white space collapsed)
	DiarienummerKey string // for matching: upper case, runs of other characters as one '-'
	PersonPseudonym string
	BirthYear       int
	Intervention    string
	LegalBasis      string
	DecisionDate    time.Time
	EndDate         time.Time // zero when the case is open
	CaseOfficer     string
	Age             int // -1 when unknown
	// The optional follow-up columns (zero / "" when the list has none): the planned
	// follow-up date, the date a follow-up was done, and the closing reason as written.
	PlannedFollowUp time.Time
	FollowUpDone    time.Time
	ClosingReason   string
	SourceFile      string
	SourceLine      int
}

// CaseCount is one line of a frame summary.
type CaseCount struct {
	Committee    string
	Intervention string
	Cases        int
}

// DiarienummerKey folds a diarienummer for matching: upper case, every run of characters
// that are not letters or digits as one '-', so "SN 2015/123", "SN-2015-123" and
// "sn_2015_123" are the same key.
func DiarienummerKey(s string) string {
	if isASCII(s) {
		// the common case, byte by byte: for ASCII, upper case is A-Z and the letters and
		// digits are A-Z, a-z and 0-9
		b := make([]byte, 0, len(s))
		sep := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				if sep && len(b) > 0 {
					b = append(b, '-')
				}
				sep = false
				b = append(b, c)
			} else {
				sep = true
			}
		}
		return string(b)
	}
	return diarienummerKeyRunes(s)
}

// diarienummerKeyRunes is DiarienummerKey for any string, rune by rune.
func diarienummerKeyRunes(s string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToUpper(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte('-')
			}
			sep = false
			b.WriteRune(r)
		} else {
			sep = true
		}
	}
	return b.String()
}

// InvalidRow is a row (or a whole file, Line 0 or the header line) that was not imported.
type InvalidRow struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Field  string `json:"field"`
	Code   string `json:"code"`
	Reason string `json:"reason"`
	// FileSHA256 tells files of the same name apart in the import log.
	FileSHA256 string `json:"-"`
}

func (r InvalidRow) String() string {
	f := r.Field
	if f == "" {
		f = "row"
	}
	return fmt.Sprintf("%s:%d: %s: %s", r.File, r.Line, f, r.Reason)
}

// ImportedFile is one file of an import, as recorded in the audit's import log.
type ImportedFile struct {
	File       string    `json:"file"`
	SHA256     string    `json:"sha256"`
	Encoding   string    `json:"encoding"`
	Delimiter  string    `json:"delimiter"`
	RowsRead   int       `json:"rows_read"`
	Imported   int       `json:"imported"`
	Skipped    int       `json:"skipped"`
	Unchanged  bool      `json:"unchanged,omitempty"` // already imported (same SHA-256): nothing done
	ImportedAt time.Time `json:"-"`
}

// ImportLog is what an import writes besides the cases.
type ImportLog struct {
	Files   []ImportedFile // files whose rows were written (not the unchanged ones)
	Skipped []InvalidRow   // rows left out with --skip-invalid
}

// CaseWriter is the import side of a store transaction.
type CaseWriter interface {
	// FileImported reports whether a file with this SHA-256 was imported into the audit.
	FileImported(sha256 string) (bool, error)
	// ExistingCases calls fn for every case already in the audit's frame.
	ExistingCases(fn func(committee, diarienummerKey string)) error
	// SampleDrawn reports whether the audit has an active sample (its frame is then frozen).
	SampleDrawn() (bool, error)
	// BeginFile announces the file the next Puts come from.
	BeginFile(name, sha256 string) error
	// Put adds a case (buffered; an error may surface at a later Put or at commit).
	Put(c *Case) error
}

// ImportOptions are the options of an import.
type ImportOptions struct {
	SkipInvalid bool
	Map         map[caselist.Field]string
	// OnlyCommittee, when set, makes a row of any other committee invalid (a self-auditor
	// imports the own committee's cases only).
	OnlyCommittee string
}

// ImportResult is the outcome of an import, in the shape of `tillsyn import --json`.
type ImportResult struct {
	Audit           string         `json:"audit"`
	Files           []ImportedFile `json:"files"`
	Imported        int            `json:"imported"`
	Skipped         int            `json:"skipped"`
	ByCommittee     map[string]int `json:"by_committee"`
	Invalid         []InvalidRow   `json:"invalid"`
	UnmappedColumns []string       `json:"unmapped_columns"`
	// Committed is false when strict mode refused the import because of invalid rows (the
	// import command says so by its exit status, not in its JSON).
	Committed bool `json:"-"`
	// BlankLines counts empty lines in the files (not rows, so neither imported nor invalid);
	// the import command prints it, outside its JSON.
	BlankLines int `json:"-"`
	// Guessed lists columns mapped by a field's stem rather than a known name, per file,
	// for the user to check ("FILE: field = \"Header\"").
	Guessed []string `json:"-"`
}

// errRefused rolls back a strict import with invalid rows.
var errRefused = errors.New("import refused: invalid rows")

// ImportCaseLists imports case-list files into an audit's frame. In strict mode (the default)
// any invalid row means nothing is imported and Committed is false; with SkipInvalid the
// valid rows are imported and the others recorded in the audit's import log. A file already
// imported into the audit (same SHA-256) is recognised and changes nothing. The returned
// error is for failures that are not about the content of the files (no such audit, I/O).
func (s *Service) ImportCaseLists(ctx context.Context, auditName string, paths []string, opt ImportOptions) (ImportResult, error) {
	audit, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return ImportResult{}, err
	}
	if audit.Purged() {
		return ImportResult{}, errPurged(audit)
	}
	if len(paths) == 0 {
		return ImportResult{}, &Error{Code: EInvalid, Field: "FILE", Message: "no files to import"}
	}
	// A strict import (the default) checks for duplicate cases once, after the last row (see
	// keyList). If it finds one, the import is refused: it is rolled back and the files are
	// read again with the check per row, writing nothing, for what the import reports (the
	// first line of each duplicate). An import with --skip-invalid checks each row as it
	// comes, as it must leave the duplicates out.
	mode := dupsAtEnd
	if opt.SkipInvalid {
		mode = dupsPerRow
	}
	var res ImportResult
	var unmapped map[string]bool
	for {
		res, unmapped, err = s.importCaseLists(ctx, audit, paths, opt, mode)
		if errors.Is(err, errDuplicateLater) {
			mode = dupsPerRowRefused
			continue
		}
		if errors.Is(err, errNotRefused) {
			// the files changed between the two readings: import them as they are now
			mode = dupsPerRow
			continue
		}
		break
	}
	for u := range unmapped {
		res.UnmappedColumns = append(res.UnmappedColumns, MaskPersonnummer(u))
	}
	sort.Strings(res.UnmappedColumns)
	if errors.Is(err, errRefused) {
		res.Imported = 0
		res.ByCommittee = map[string]int{}
		for i := range res.Files {
			res.Files[i].Imported = 0
		}
		return res, nil
	}
	if err != nil {
		return ImportResult{}, err
	}
	res.Committed = true
	return res, nil
}

// How an attempt at an import checks for duplicate cases.
type dupCheck int

const (
	dupsAtEnd         dupCheck = iota // once, after the last row (errDuplicateLater if it finds one)
	dupsPerRow                        // row by row, naming where each was first seen
	dupsPerRowRefused                 // row by row, writing nothing: the import is refused
)

var (
	// errDuplicateLater rolls back a strict import whose duplicate check at the end found one.
	errDuplicateLater = errors.New("import: a duplicate case, found after the last row")
	// errNotRefused rolls back an attempt that was to be refused but found nothing invalid.
	errNotRefused = errors.New("import: the files changed while they were imported")
)

// importCaseLists is one attempt at ImportCaseLists, in one transaction.
func (s *Service) importCaseLists(ctx context.Context, audit Audit, paths []string, opt ImportOptions, mode dupCheck) (ImportResult, map[string]bool, error) {
	res := ImportResult{Audit: audit.Name, ByCommittee: map[string]int{}, Invalid: []InvalidRow{}, UnmappedColumns: []string{}, Files: []ImportedFile{}}
	unmapped := map[string]bool{}
	err := s.store.ImportCases(ctx, audit.ID, func(w CaseWriter) (ImportLog, error) {
		if drawn, err := w.SampleDrawn(); err != nil {
			return ImportLog{}, err
		} else if drawn {
			return ImportLog{}, &Error{Code: EConflict, Message: "a sample has been drawn from this audit's case list: the frame is frozen, so the protocol stays true. Import into a new audit instead"}
		}
		// size the duplicate set from the files: about one case per 80 bytes
		var size int64
		for _, p := range paths {
			if fi, err := os.Stat(p); err == nil {
				size += fi.Size()
			}
		}
		seen := &importState{refused: mode == dupsPerRowRefused}
		if mode == dupsAtEnd {
			seen.later = newKeyList(int(min(size/80, 5_000_000)))
		} else {
			seen.keys = newKeySet(int(min(size/80, 5_000_000)))
		}
		if err := w.ExistingCases(func(committee, key string) { seen.add(committee, key, -1, 0) }); err != nil {
			return ImportLog{}, err
		}
		v := s.newRowValidator()
		var log ImportLog
		shas := map[string]string{}
		for _, path := range paths {
			if err := ctx.Err(); err != nil {
				return ImportLog{}, err
			}
			name := filepath.Base(path)
			r, err := caselist.Open(path, caselist.Options{Map: opt.Map})
			if err != nil {
				var fe *caselist.FileError
				if errors.As(err, &fe) {
					res.Invalid = append(res.Invalid, InvalidRow{File: name, Line: fe.Line, Field: fe.Field, Code: "file", Reason: fe.Reason})
					continue
				}
				var pe *os.PathError
				if errors.As(err, &pe) {
					res.Invalid = append(res.Invalid, InvalidRow{File: name, Field: "FILE", Code: "file", Reason: pe.Err.Error()})
					continue
				}
				return ImportLog{}, err
			}
			fileRes, err := s.importFile(ctx, r, name, w, v, seen, shas, &res, opt)
			r.Close()
			if err != nil {
				return ImportLog{}, err
			}
			for _, u := range r.Unmapped {
				unmapped[u] = true
			}
			for _, g := range r.Guessed {
				res.Guessed = append(res.Guessed, name+": "+g)
			}
			if !fileRes.Unchanged {
				log.Files = append(log.Files, fileRes)
			}
			res.Files = append(res.Files, fileRes)
		}
		if seen.later != nil && seen.later.hasDuplicate() {
			return ImportLog{}, errDuplicateLater
		}
		if seen.refused && len(res.Invalid) == 0 {
			return ImportLog{}, errNotRefused
		}
		// nothing an import reports or logs repeats a personnummer (a header or a value it
		// quotes)
		for i := range res.Invalid {
			res.Invalid[i].Reason = MaskPersonnummer(res.Invalid[i].Reason)
			res.Invalid[i].Field = MaskPersonnummer(res.Invalid[i].Field)
		}
		invalid := len(res.Invalid) > 0
		if invalid && !opt.SkipInvalid {
			return ImportLog{}, errRefused
		}
		if invalid {
			// a file-level problem cannot be skipped: its rows were never read
			for _, iv := range res.Invalid {
				if iv.Code == "file" || iv.Code == "unterminated_quote" || iv.Code == "line_too_long" {
					return ImportLog{}, errRefused
				}
			}
		}
		log.Skipped = res.Invalid
		return log, nil
	})
	return res, unmapped, err
}

// importState is what an import remembers across its files.
type importState struct {
	keys    *keySet  // the cases so far, checked row by row; or
	later   *keyList // the cases so far, checked once after the last row
	files   []string
	refused bool // write no rows: the import is refused (it holds a duplicate)
}

// add records a case of file:line (file -1: in the audit's frame already). Checked row by
// row, it reports where the case was first seen when it was there already; otherwise it never
// reports a duplicate (hasDuplicate finds it later).
func (st *importState) add(committee, key string, file, line int) (prevFile, prevLine int, dup bool) {
	if st.later != nil {
		st.later.add(committee, key)
		return 0, 0, false
	}
	return st.keys.add(committee, key, file, line)
}

// importFile validates the rows of one file and, unless the import is already refused, puts
// the valid ones. Reading and validating run in this goroutine, writing in another, so the
// two cores share the work; the CaseWriter is used by the writer goroutine only.
func (s *Service) importFile(ctx context.Context, r *caselist.Reader, name string, w CaseWriter, v *rowValidator, seen *importState, shas map[string]string, res *ImportResult, opt ImportOptions) (ImportedFile, error) {
	fr := ImportedFile{File: name, SHA256: r.SHA256, Encoding: r.Dialect.Encoding, Delimiter: r.Dialect.DelimiterName(), ImportedAt: s.now()}
	if other, dup := shas[r.SHA256]; dup {
		res.Invalid = append(res.Invalid, InvalidRow{File: name, Field: "FILE", Code: "file", Reason: "the same file (identical SHA-256) is given twice: also as " + other})
		return fr, nil
	}
	shas[r.SHA256] = name
	done, err := w.FileImported(r.SHA256)
	if err != nil {
		return fr, err
	}
	if done {
		fr.Unchanged = true
		return fr, nil
	}
	if err := w.BeginFile(name, r.SHA256); err != nil {
		return fr, err
	}
	fileIdx := len(seen.files)
	seen.files = append(seen.files, name)
	firstInvalid := len(res.Invalid)
	defer func() {
		for i := firstInvalid; i < len(res.Invalid); i++ {
			res.Invalid[i].FileSHA256 = r.SHA256
		}
	}()

	const batchSize = 512
	batches := make(chan []Case, 4)
	free := make(chan []Case, 6)
	werr := make(chan error, 1)
	var failed atomic.Bool // the writer failed: stop reading, the import is lost anyway
	go func() {
		var err error
		for b := range batches {
			if err == nil {
				for i := range b {
					if err = w.Put(&b[i]); err != nil {
						failed.Store(true)
						break
					}
				}
			}
			select {
			case free <- b[:0]:
			default:
			}
		}
		werr <- err
	}()
	batch := make([]Case, 0, batchSize)
	finish := func() error {
		if len(batch) > 0 {
			batches <- batch
		}
		close(batches)
		return <-werr
	}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			finish()
			return fr, err
		}
		fr.RowsRead++
		if fr.RowsRead%4096 == 0 && (ctx.Err() != nil || failed.Load()) {
			if err := finish(); err != nil {
				return fr, err
			}
			return fr, ctx.Err()
		}
		bad := len(res.Invalid)
		batch = append(batch, Case{})
		c := &batch[len(batch)-1]
		if rec.Err != nil {
			res.Invalid = append(res.Invalid, InvalidRow{File: name, Line: rec.Line, Field: rec.Err.Field, Code: rec.Err.Code, Reason: rec.Err.Reason})
		} else {
			for _, iv := range v.validate(&rec, c) {
				iv.File = name
				res.Invalid = append(res.Invalid, iv)
			}
			if opt.OnlyCommittee != "" && c.Committee != "" && c.Committee != opt.OnlyCommittee {
				res.Invalid = append(res.Invalid, InvalidRow{File: name, Line: rec.Line, Field: "committee", Code: "other_committee",
					Reason: fmt.Sprintf("%s is not your committee (%s): only its cases may be imported here", c.Committee, opt.OnlyCommittee)})
			}
			if c.Committee != "" && c.DiarienummerKey != "" {
				if pf, pl, dup := seen.add(c.Committee, c.DiarienummerKey, fileIdx, rec.Line); dup {
					where := "already in the audit's frame"
					if pf >= 0 {
						where = fmt.Sprintf("as %s:%d", seen.files[pf], pl)
					}
					res.Invalid = append(res.Invalid, InvalidRow{File: name, Line: rec.Line, Field: "diarienummer", Code: "duplicate_case", Reason: fmt.Sprintf("case %s of %s appears twice: %s", c.Diarienummer, c.Committee, where)})
				}
			}
		}
		if len(res.Invalid) > bad || (len(res.Invalid) > 0 || seen.refused) && !opt.SkipInvalid {
			// invalid, or strict and already refused: keep validating, stop writing
			batch = batch[:len(batch)-1]
			if len(res.Invalid) > bad {
				fr.Skipped++
			}
			continue
		}
		c.SourceFile = name
		c.SourceLine = rec.Line
		fr.Imported++
		res.Imported++
		res.ByCommittee[c.Committee]++
		if len(batch) == batchSize {
			batches <- batch
			select {
			case batch = <-free:
			default:
				batch = make([]Case, 0, batchSize)
			}
		}
	}
	if err := finish(); err != nil {
		return fr, err
	}
	res.BlankLines += len(r.BlankLines())
	res.Skipped += fr.Skipped
	return fr, nil
}

// rowValidator turns a caselist record into a Case, reporting every invalid field.
type rowValidator struct {
	mac           hash.Hash
	macIn, macOut []byte // scratch for the pseudonym's input and sum
	now           time.Time
	committee     map[string]string // raw spelling → official name ("" = unknown)
	intervention  map[string]string // raw spelling → normalised
	legalBasis    map[string]string // raw spelling → normalised
}

// cached normalises through a per-import cache: exports repeat a handful of spellings.
func cached(m map[string]string, raw string, f func(string) string) string {
	if v, ok := m[raw]; ok {
		return v
	}
	v := f(raw)
	if len(m) < 10000 {
		m[raw] = v
	}
	return v
}

func (s *Service) newRowValidator() *rowValidator {
	return &rowValidator{mac: hmac.New(sha256.New, s.secret), now: s.now(), committee: map[string]string{}, intervention: map[string]string{}, legalBasis: map[string]string{}}
}

// Pseudonym is the keyed pseudonym of a canonical 12-digit personnummer.
func (v *rowValidator) pseudonym(canonical string) string {
	v.mac.Reset()
	v.macIn = append(v.macIn[:0], canonical...)
	v.mac.Write(v.macIn)
	v.macOut = v.mac.Sum(v.macOut[:0])
	return hex.EncodeToString(v.macOut[:16])
}

func (v *rowValidator) validate(rec *caselist.Record, c *Case) []InvalidRow {
	var out []InvalidRow
	bad := func(f caselist.Field, code, format string, args ...any) {
		out = append(out, InvalidRow{Line: rec.Line, Field: f.String(), Code: code, Reason: fmt.Sprintf(format, args...)})
	}
	val := &rec.Values
	for f := caselist.Field(0); f < caselist.NumFields; f++ {
		if f.Required() && val[f] == "" {
			bad(f, "missing_value", "empty %s", f)
		}
		if len(val[f]) <= MaxFieldBytes {
			// one pass over the bytes settles the common field: nothing that could start a
			// control or direction character, and too few digits for a personnummer
			suspect, digits := scanField(val[f])
			if !suspect && (digits < 10 || f == caselist.Personnummer) {
				continue
			}
		}
		switch {
		case len(val[f]) > MaxFieldBytes:
			bad(f, "field_too_long", "the %s is %d bytes long; a field may hold at most %d", f, len(val[f]), MaxFieldBytes)
			val[f] = ""
		case strings.ContainsFunc(val[f], isControl):
			bad(f, "invalid_value", "the %s holds a control character (a line break inside the field?)", f)
			val[f] = ""
		case strings.ContainsFunc(val[f], IsBidiControl):
			bad(f, "invalid_value", "the %s holds an invisible text-direction character (U+200E, U+202E, ...), which can make it read as something else", f)
			val[f] = ""
		case f != caselist.Personnummer && ContainsPersonnummer(val[f]):
			// a personnummer is kept only as its pseudonym: one standing in another column
			// would be stored, shown and exported as it is
			bad(f, "personnummer_in_field", "the %s holds a personnummer (%s); only the personnummer column may hold one", f, MaskPersonnummer(val[f]))
			val[f] = ""
		}
	}
	if raw := val[caselist.Committee]; raw != "" {
		name, ok := v.committee[raw]
		if !ok {
			name, _ = NormalizeCommittee(raw)
			v.committee[raw] = name
		}
		if name == "" {
			bad(caselist.Committee, "unknown_committee", "%q is not one of Sweden's 290 municipalities (write the municipality's name, e.g. \"Arvika\" or \"Socialnämnden Arvika\")", raw)
		}
		c.Committee = name
	}
	if d := val[caselist.Diarienummer]; d != "" {
		c.Diarienummer = collapseSpace(d)
		c.DiarienummerKey = DiarienummerKey(d)
		if c.DiarienummerKey == "" {
			bad(caselist.Diarienummer, "missing_value", "%q has no letters or digits", d)
		}
	}
	var decided time.Time
	if d := val[caselist.DecisionDate]; d != "" {
		t, err := ParseDate(d)
		if err != nil {
			bad(caselist.DecisionDate, "invalid_date", "%v", err)
		}
		decided = t
		c.DecisionDate = t
	}
	if d := val[caselist.EndDate]; d != "" {
		t, err := ParseDate(d)
		if err != nil {
			bad(caselist.EndDate, "invalid_date", "%v", err)
		} else if !decided.IsZero() && t.Before(decided) {
			bad(caselist.EndDate, "date_order", "end date %s is before the decision date %s", t.Format("2006-01-02"), decided.Format("2006-01-02"))
		}
		c.EndDate = t
	}
	for _, x := range []struct {
		f   caselist.Field
		dst *time.Time
	}{{caselist.PlannedFollowUp, &c.PlannedFollowUp}, {caselist.FollowUpDone, &c.FollowUpDone}} {
		if d := val[x.f]; d != "" {
			t, err := ParseDate(d)
			if err != nil {
				bad(x.f, "invalid_date", "%v", err)
			}
			*x.dst = t
		}
	}
	c.ClosingReason = collapseSpace(val[caselist.ClosingReason])
	if p := val[caselist.Personnummer]; p != "" {
		ref := decided
		if ref.IsZero() {
			ref = v.now
		}
		pn, err := ParsePersonnummer(p, ref)
		if err != nil {
			bad(caselist.Personnummer, "invalid_personnummer", "%v", err)
		} else {
			c.PersonPseudonym = v.pseudonym(pn.Canonical)
			c.BirthYear = pn.BirthYear
		}
	}
	c.Age = -1
	if a := val[caselist.Age]; a != "" {
		n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(a, "år")))
		if err != nil || n < 0 || n > 130 {
			bad(caselist.Age, "invalid_age", "%q is not an age in years (0-130)", a)
		} else {
			c.Age = n
		}
	}
	if i := val[caselist.Intervention]; i != "" {
		c.Intervention = cached(v.intervention, i, NormalizeIntervention)
	}
	c.LegalBasis = cached(v.legalBasis, val[caselist.LegalBasis], NormalizeLegalBasis)
	c.CaseOfficer = val[caselist.CaseOfficer]
	return out
}

// scanField reads s once and reports whether it holds a byte that a control character
// (C0, DEL, C1 as 0xC2 0x80-0x9F) or a text-direction character (0xD8 0x9C, 0xE2 0x80/0x81 ...)
// could begin with, and how many ASCII digits it holds. A field with no such byte needs
// neither rune check, and one with fewer than ten digits holds no personnummer (see
// findPersonnummer): validate then skips those checks, which would find nothing.
func scanField(s string) (suspect bool, digits int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c-'0' <= 9:
			digits++
		case c < 0x20, c == 0x7f, c == 0xc2, c == 0xd8, c == 0xe2:
			return true, digits
		}
	}
	return false, digits
}

// collapseSpace is strings.Join(strings.Fields(s), " "): white space trimmed and every run of
// it one space. It returns s itself when that changes nothing, which it decides from the bytes
// where it can: ASCII white space other than single spaces between words, and the bytes that
// begin Unicode's other spaces (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000), send it the
// long way.
func collapseSpace(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
		case '\t', '\n', '\v', '\f', '\r', 0xc2, 0xe1, 0xe2, 0xe3:
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// MaxFieldBytes is the longest value a case-list field may hold: identifiers, names and
// dates are short, and a long one is a broken export (or an attack on memory).
const MaxFieldBytes = 1024

// isControl reports characters that have no place in a case-list field: they would break
// the frame's separators and the reports. It is Unicode's Cc class: C0, DEL and C1 (U+0080 to
// U+009F, such as U+009B, which terminals read as an escape).
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// IsBidiControl reports the invisible characters that change the direction of text (the
// bidi marks, embeddings, overrides and isolates): in an identifier they make it display as
// something other than what it is ("Trojan Source").
func IsBidiControl(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Cases lists the frame of an audit (committee "" for all).
func (s *Service) Cases(ctx context.Context, auditName, committee string) ([]Case, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, err
	}
	committee, err = s.committeeFilter(committee)
	if err != nil {
		return nil, err
	}
	return s.store.Cases(ctx, a.ID, committee)
}

// CaseCounts counts the frame of an audit per committee and intervention.
func (s *Service) CaseCounts(ctx context.Context, auditName, committee string) ([]CaseCount, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, err
	}
	committee, err = s.committeeFilter(committee)
	if err != nil {
		return nil, err
	}
	return s.store.CaseCounts(ctx, a.ID, committee)
}

func (s *Service) committeeFilter(c string) (string, error) {
	if strings.TrimSpace(c) == "" {
		return "", nil
	}
	n, ok := NormalizeCommittee(c)
	if !ok {
		return "", &Error{Code: EInvalid, Field: "committee", Message: fmt.Sprintf("%q is not a Swedish municipality", c)}
	}
	return n, nil
}
