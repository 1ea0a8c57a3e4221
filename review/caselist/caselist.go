// Package caselist reads the case lists that case-management systems export: CSV files in
// the dialects Swedish offices produce. It detects the encoding (UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1252), the delimiter (';', ',' or tab), the line ending and the
// header line, maps header names to canonical fields, and yields every record with the
// physical line it starts on. It knows nothing about what the values mean: validation is
// the review package's job. Every physical line after the header is either part of a record
// that Next returns or reported through a RowError: nothing is dropped silently.
package caselist

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Field is a canonical column of a case list.
type Field int

// The canonical fields. Their order is the order of Record.Values.
const (
	Committee Field = iota
	Diarienummer
	Personnummer
	Intervention
	LegalBasis
	DecisionDate
	EndDate
	CaseOfficer
	Age
	// The optional columns of a self-audit's follow-up monitor: the planned follow-up date,
	// the date a follow-up was done, and why the case was closed.
	PlannedFollowUp
	FollowUpDone
	ClosingReason
	NumFields
)

var fieldNames = [NumFields]string{"committee", "diarienummer", "personnummer", "intervention", "legal_basis", "decision_date", "end_date", "case_officer", "age",
	"planned_follow_up", "follow_up_done", "closing_reason"}

// String is the field's code, as used by --map and in error reports.
func (f Field) String() string {
	if f >= 0 && f < NumFields {
		return fieldNames[f]
	}
	return fmt.Sprintf("field(%d)", int(f))
}

// ParseField accepts a field code (committee, diarienummer, personnummer, intervention,
// legal_basis, decision_date, end_date, case_officer, age, planned_follow_up,
// follow_up_done, closing_reason).
func ParseField(s string) (Field, error) {
	k := strings.ReplaceAll(fold(s), " ", "_")
	for i, n := range fieldNames {
		if n == k {
			return Field(i), nil
		}
	}
	return 0, fmt.Errorf("unknown field %q (want one of %s)", s, strings.Join(fieldNames[:], ", "))
}

// Required reports whether a case list must have a column for f.
func (f Field) Required() bool {
	switch f {
	case Committee, Diarienummer, Personnummer, Intervention, DecisionDate:
		return true
	}
	return false
}

// synonyms are header names, folded (lower case, no accents, '_' '-' '.' as spaces), per field.
var synonyms = [NumFields][]string{
	Committee:    {"namnd", "socialnamnd", "socialnamnden", "ansvarig namnd", "kommun", "kommunnamn", "kommun namn", "committee", "social committee", "municipality", "namnd kommun", "kommun namnd", "organisation"},
	Diarienummer: {"diarienummer", "diarienr", "diarie nr", "dnr", "arendenummer", "arendenr", "arende nr", "arende id", "arendeid", "arende", "case number", "case no", "case id", "case nr", "case", "diary number", "aktnummer", "akt nr"},
	Personnummer: {"personnummer", "personnr", "person nr", "pnr", "personal identity number", "personal number", "person number", "personnummer klient", "klient personnummer", "ssn", "identity number"},
	Intervention: {"insats", "insatstyp", "insats typ", "typ av insats", "insatsform", "intervention", "intervention type", "service", "bistand", "bistandsinsats"},
	LegalBasis:   {"lagrum", "legal basis", "lag", "lagrum paragraf", "paragraf", "law", "legal ground"},
	DecisionDate: {"beslutsdatum", "beslut datum", "beslutsdag", "datum for beslut", "beslut", "startdatum", "start datum", "insats start", "fran och med", "from", "decision date", "start date", "decided"},
	EndDate:      {"slutdatum", "slut datum", "avslutsdatum", "avslut datum", "avslutad", "avslutat", "till och med", "tom", "end date", "closed", "closing date"},
	CaseOfficer:  {"handlaggare", "ansvarig handlaggare", "handl", "socialsekreterare", "case officer", "officer", "caseworker", "case worker"},
	Age:          {"alder", "alder vid beslut", "age", "age at decision"},
	PlannedFollowUp: {"planerad uppfoljning", "planerat uppfoljningsdatum", "uppfoljningsdatum", "uppfoljning planerad", "datum for uppfoljning",
		"planned follow up", "follow up date", "planned follow up date"},
	FollowUpDone:  {"uppfoljning genomford", "uppfoljning gjord", "genomford uppfoljning", "uppfoljning utford", "follow up done", "follow up completed", "followed up"},
	ClosingReason: {"avslutsorsak", "avslutningsorsak", "orsak till avslut", "avslutsanledning", "closing reason", "reason for closing"},
}

// stems are parts of header names (folded) that name one field when no synonym matched.
var stems = [NumFields][]string{
	Committee:    {"namnd", "kommun"},
	Diarienummer: {"diarie", "dnr", "arendenummer", "arendenr"},
	Personnummer: {"personnummer", "personnr", "pnr", "samordningsnummer"},
	Intervention: {"insats"},
	LegalBasis:   {"lagrum"},
	DecisionDate: {"beslutsdatum", "beslutsdag", "startdatum", "datum for beslut"},
	EndDate:      {"slutdatum", "avslutsdatum", "avslutad", "upphorde"},
	CaseOfficer:  {"handlaggare", "socialsekreterare"},
	Age:          {"alder"},
	// the follow-up columns are matched by their names only: "uppföljning" alone is too
	// common a word in exports ("Uppföljning kommentar") to guess from
	PlannedFollowUp: nil,
	FollowUpDone:    nil,
	ClosingReason:   nil,
}

// stemStopTokens mark a header that is about a field rather than the field itself.
var stemStopTokens = []string{"kommentar", "kommentarer", "anteckning", "anteckningar", "notering", "noteringar", "beskrivning", "text", "beslut", "kod", "id", "typ", "orsak", "status"}

// Dialect is what detection found out about a file.
type Dialect struct {
	Encoding   string // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
	Delimiter  rune   // ';', ',' or '\t'
	LineEnding string // "CRLF", "LF", "CR" or "mixed"
	HeaderLine int    // 1-based physical line of the header
}

// DelimiterName is the delimiter as a short word for summaries and JSON: ";", ",", "tab".
func (d Dialect) DelimiterName() string {
	if d.Delimiter == '\t' {
		return "tab"
	}
	return string(d.Delimiter)
}

// Record is one CSV record after the header.
type Record struct {
	Line    int               // physical line the record starts on (the header is line 1 when it is first)
	EndLine int               // physical line it ends on
	Values  [NumFields]string // canonical fields; "" where the column is absent or empty
	Err     *RowError         // non-nil when the record is malformed (e.g. wrong column count); Values are then unreliable
}

// RowError describes a record that cannot be read as a row.
type RowError struct {
	Line   int
	Field  string // "" for the whole row
	Code   string // machine-readable: "wrong_column_count", "bad_quote"
	Reason string
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// FileError is a problem with a whole file (no header, unknown encoding, missing column).
type FileError struct {
	File   string
	Line   int // 0 when not tied to a line
	Field  string
	Reason string
}

func (e *FileError) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", loc, e.Field, e.Reason)
	}
	return fmt.Sprintf("%s: %s", loc, e.Reason)
}

// Options changes how headers are mapped.
type Options struct {
	// Map overrides header detection: field → header name (matched case- and
	// accent-insensitively).
	Map map[Field]string
}

// Reader yields the records of one case-list file.
type Reader struct {
	Name     string
	SHA256   string // hex SHA-256 of the file's bytes
	Dialect  Dialect
	Header   []string       // header names as in the file
	Columns  [NumFields]int // column index per field, -1 when absent
	Unmapped []string       // header names that map to no field (their values are never read)
	Guessed  []string       // fields mapped from a header by a field's stem, not a synonym: "field = \"Header\""

	f        *os.File
	csv      *csv.Reader
	nCols    int
	lastLine int   // last physical line consumed
	preamble []int // lines before the header
	blank    []int // blank lines after the header
	stopped  bool  // a line too long ended reading
}

// MaxLineBytes is the longest physical line a case list may have. A row of a case list is
// a few hundred bytes; the cap keeps a broken or hostile file from filling memory.
const MaxLineBytes = 64 << 10

// LineTooLongError reports a physical line longer than MaxLineBytes.
type LineTooLongError struct{ Line int }

func (e *LineTooLongError) Error() string {
	return fmt.Sprintf("line %d is longer than %d KiB: this is not a row of a case list (a broken export, or a binary file?)", e.Line, MaxLineBytes>>10)
}

// lineLimit passes text through, counting physical lines, and fails once a line grows past
// MaxLineBytes, before encoding/csv would hold all of it in memory.
type lineLimit struct {
	r    io.Reader
	line int // 1-based line of the next byte
	n    int // bytes of the current line so far
	err  error
}

func (l *lineLimit) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.r.Read(p)
	b := p[:n]
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			l.n += len(b)
			break
		}
		if l.n+i > MaxLineBytes {
			l.n += i
			break
		}
		l.line++
		l.n = 0
		b = b[i+1:]
	}
	if l.n > MaxLineBytes {
		l.err = &LineTooLongError{Line: l.line}
		return 0, l.err
	}
	return n, err
}

// Open opens path, detects its dialect and header and positions the reader at the first
// record after the header. The returned error is a *FileError for problems with the file's
// content, or an *os.PathError.
func Open(path string, opt Options) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	r, err := newReader(path, f, opt)
	if err != nil {
		f.Close()
		return nil, err
	}
	return r, nil
}

// Close closes the underlying file.
func (r *Reader) Close() error {
	if r.f == nil {
		return nil
	}
	return r.f.Close()
}

type scanStats struct {
	sum       string
	validUTF8 bool
	crlf, lf  int
	cr        int
	nul       int
	size      int64
	head      []byte
	// where the first byte that is not UTF-8 stands, and whether the file also holds valid
	// UTF-8 beyond ASCII (then it is UTF-8 with a damaged byte, not Windows-1252)
	badByte      byte
	badLine      int // 1-based
	badCol       int // 1-based, in characters
	sawMultibyte bool
	badOff       int64 // file offset of the bad byte
}

// noteBadByte records the line and column of the first byte of chunk (which starts at offset
// base of the file) that is not UTF-8. It is called once: after it validUTF8 is false.
func (st *scanStats) noteBadByte(chunk []byte, base int64) {
	i := 0
	for i < len(chunk) {
		r, size := utf8.DecodeRune(chunk[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	st.badByte = chunk[i]
	off := base + int64(i)
	// line and column from the bytes before it; the head holds the first 64 KiB, and for a
	// bad byte further on the caller reads the file again (newReader)
	st.badLine, st.badCol = -1, -1
	if off < int64(len(st.head)) {
		st.badLine, st.badCol = lineCol(st.head[:off])
	}
	st.badOff = off
}

// lineCol is the 1-based line and column (in characters) just after prefix.
func lineCol(prefix []byte) (line, col int) {
	line = 1
	start := 0
	for i := 0; i < len(prefix); i++ {
		switch prefix[i] {
		case '\n':
			line++
			start = i + 1
		case '\r':
			if i+1 >= len(prefix) || prefix[i+1] != '\n' {
				line++
				start = i + 1
			}
		}
	}
	return line, utf8.RuneCount(prefix[start:]) + 1
}

// scan reads the whole file once: hash, UTF-8 validity, line endings, NUL bytes.
func scan(rd io.Reader) (scanStats, error) {
	var st scanStats
	h := sha256.New()
	buf := make([]byte, 1<<20)
	var carry []byte // incomplete UTF-8 sequence at the end of the previous chunk
	st.validUTF8 = true
	prevCR := false
	for {
		n, err := rd.Read(buf)
		if n > 0 {
			b := buf[:n]
			h.Write(b)
			st.size += int64(n)
			if len(st.head) < 64<<10 {
				st.head = append(st.head, b[:min(len(b), 64<<10-len(st.head))]...)
			}
			st.nul += bytes.Count(b, []byte{0})
			// line endings, counted with the (vectorised) bytes.Count: crlf pairs, then lone
			// CRs and LFs; a pair split over two chunks is counted once
			crlf := bytes.Count(b, []byte("\r\n"))
			if prevCR && b[0] == '\n' {
				crlf++
			}
			st.crlf += crlf
			st.cr += bytes.Count(b, []byte{'\r'}) - crlf
			st.lf += bytes.Count(b, []byte{'\n'}) - crlf
			prevCR = b[len(b)-1] == '\r'
			if st.validUTF8 {
				chunk := b
				if len(carry) > 0 {
					chunk = append(carry, b...)
					carry = nil
				}
				// keep a possibly incomplete rune at the end for the next chunk
				cut := len(chunk)
				for i := 1; i <= utf8.UTFMax && i <= len(chunk); i++ {
					c := chunk[len(chunk)-i]
					if utf8.RuneStart(c) {
						if !utf8.FullRune(chunk[len(chunk)-i:]) {
							cut = len(chunk) - i
						}
						break
					}
				}
				if !utf8.Valid(chunk[:cut]) {
					st.validUTF8 = false
					st.noteBadByte(chunk[:cut], st.size-int64(len(chunk)))
				}
				carry = append([]byte(nil), chunk[cut:]...)
			}
			if !st.sawMultibyte && !isASCII(string(b)) {
				for i := 0; i < len(b); {
					r, size := utf8.DecodeRune(b[i:])
					if size > 1 && r != utf8.RuneError {
						st.sawMultibyte = true
						break
					}
					i += size
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return st, err
		}
	}
	if len(carry) > 0 {
		st.validUTF8 = false
	}
	st.sum = hex.EncodeToString(h.Sum(nil))
	return st, nil
}

func newReader(name string, f *os.File, opt Options) (*Reader, error) {
	st, err := scan(f)
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	r := &Reader{Name: name, SHA256: st.sum, f: f}
	for i := range r.Columns {
		r.Columns[i] = -1
	}
	if st.size == 0 {
		return nil, &FileError{File: name, Reason: "the file is empty"}
	}

	var text io.Reader = bufio.NewReaderSize(f, 1<<20)
	head := st.head
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		r.Dialect.Encoding = "utf-8-bom"
		text = transform.NewReader(text, xunicode.UTF8BOM.NewDecoder())
		head = head[3:]
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		r.Dialect.Encoding = "utf-16le"
		text = transform.NewReader(text, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder())
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		r.Dialect.Encoding = "utf-16be"
		text = transform.NewReader(text, xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder())
	case st.nul > 0:
		return nil, &FileError{File: name, Reason: fmt.Sprintf("the file holds %d NUL bytes: it is binary or UTF-16 without a byte-order mark; save it as CSV (UTF-8 or Windows-1252)", st.nul)}
	case st.validUTF8:
		r.Dialect.Encoding = "utf-8"
	case st.sawMultibyte:
		// UTF-8 (it holds å, ä or ö as UTF-8) with a damaged byte: reading the whole file
		// as Windows-1252 would garble every other letter, so name the byte instead
		line, col := st.badLine, st.badCol
		if line < 0 {
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return nil, err
			}
			// count lines up to it without holding the file: the bytes after the last line
			// break before it are few, and lineCol counts those
			br := bufio.NewReader(io.LimitReader(f, st.badOff))
			var last []byte
			line = 0
			for {
				b, err := br.ReadSlice('\n')
				if err == bufio.ErrBufferFull {
					last = append(last, b...)
					continue
				}
				if err == io.EOF {
					last = append(last, b...)
					break
				}
				if err != nil {
					return nil, fmt.Errorf("%s: read: %w", name, err)
				}
				line++
				last = last[:0]
			}
			l, c := lineCol(last)
			line, col = line+l, c
		}
		return nil, &FileError{File: name, Line: line, Reason: fmt.Sprintf("column %d: the byte 0x%02X is not UTF-8, while the rest of the file is UTF-8: the file is damaged or mixes encodings; correct that character (or save the file again as UTF-8) and import again", col, st.badByte)}
	default:
		r.Dialect.Encoding = "windows-1252"
		text = transform.NewReader(text, charmap.Windows1252.NewDecoder())
	}
	if strings.HasPrefix(r.Dialect.Encoding, "utf-16") {
		// the scan's line statistics counted bytes of UTF-16; decode the head to look at it
		dec, _ := io.ReadAll(transform.NewReader(bytes.NewReader(head), xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()))
		head = dec
	} else if r.Dialect.Encoding == "windows-1252" {
		dec, _, _ := transform.Bytes(charmap.Windows1252.NewDecoder(), head)
		head = dec
	}
	switch {
	case st.cr > 0 && st.crlf == 0 && st.lf == 0:
		r.Dialect.LineEnding = "CR"
	case st.crlf > 0 && st.lf == 0 && st.cr <= 0:
		r.Dialect.LineEnding = "CRLF"
	case st.lf > 0 && st.crlf == 0 && st.cr <= 0:
		r.Dialect.LineEnding = "LF"
	case st.lf == 0 && st.crlf == 0:
		r.Dialect.LineEnding = "none"
	default:
		r.Dialect.LineEnding = "mixed"
	}
	if r.Dialect.LineEnding == "CR" || r.Dialect.LineEnding == "mixed" && st.cr > 0 {
		text = transform.NewReader(text, loneCRToLF{})
	}
	text = &lineLimit{r: text, line: 1}
	if len(head) >= MaxLineBytes && !bytes.ContainsAny(head, "\r\n") {
		e := &LineTooLongError{Line: 1}
		return nil, &FileError{File: name, Line: 1, Reason: e.Error()}
	}
	delim, err := detectDelimiter(head)
	if err != nil {
		return nil, &FileError{File: name, Line: 1, Reason: err.Error()}
	}
	r.Dialect.Delimiter = delim

	c := csv.NewReader(text)
	c.Comma = delim
	c.FieldsPerRecord = -1
	c.ReuseRecord = true
	r.csv = c

	// find the header among the first records
	for tries := 0; tries < 10; tries++ {
		rec, err := c.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &FileError{File: name, Line: pe.StartLine, Reason: "cannot read the header line: " + pe.Err.Error()}
			}
			var ll *LineTooLongError
			if errors.As(err, &ll) {
				return nil, &FileError{File: name, Line: ll.Line, Reason: ll.Error()}
			}
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := c.FieldPos(0)
		r.lastLine = line
		if n := len(rec); n > 0 {
			l, _ := c.FieldPos(n - 1)
			r.lastLine = l + strings.Count(rec[n-1], "\n")
		}
		if r.tryHeader(rec, opt) {
			r.Dialect.HeaderLine = line
			r.nCols = len(rec)
			r.Header = append([]string(nil), rec...)
			if err := r.checkColumns(opt); err != nil {
				return nil, err
			}
			return r, nil
		}
		r.preamble = append(r.preamble, line)
	}
	return nil, &FileError{File: name, Line: 1, Reason: "no header line found: expected column names such as Diarienummer, Personnummer, Nämnd, Insats, Beslutsdatum (use --map FIELD=HEADER for other names)"}
}

// Preamble lists the physical lines before the header (e.g. a title line), which are not rows.
func (r *Reader) Preamble() []int { return r.preamble }

func (r *Reader) tryHeader(rec []string, opt Options) bool {
	var cols [NumFields]int
	for i := range cols {
		cols[i] = -1
	}
	used := make([]bool, len(rec))
	// explicit mappings first
	for f, h := range opt.Map {
		for i, name := range rec {
			if headerKey(name) == headerKey(h) {
				cols[f] = i
				used[i] = true
				break
			}
		}
	}
	matched := 0
	for i, name := range rec {
		if used[i] {
			continue
		}
		k := headerKey(name)
		for f := Field(0); f < NumFields; f++ {
			if _, mapped := opt.Map[f]; mapped || cols[f] >= 0 {
				continue // an explicit --map is never replaced by a synonym
			}
			if slices.Contains(synonyms[f], k) {
				cols[f] = i
				used[i] = true
				matched++
				break
			}
		}
	}
	if matched+len(opt.Map) < 2 || (cols[Diarienummer] < 0 && cols[Committee] < 0) {
		return false
	}
	// a second pass for names the synonyms do not list ("Beslutsdatum insats", "Ärendets
	// diarienummer"): a header that holds the stem of exactly one field still unmapped
	for i, name := range rec {
		if used[i] {
			continue
		}
		tokens := strings.Fields(headerKey(name))
		stop := false
		for _, t := range tokens {
			stop = stop || slices.Contains(stemStopTokens, t)
		}
		if stop {
			continue // "Handläggarens kommentar", "Nämndens beslut": about the field, not it
		}
		var fields []Field
		for f := Field(0); f < NumFields; f++ {
			for _, stem := range stems[f] {
				for _, t := range tokens {
					if strings.HasPrefix(t, stem) && !slices.Contains(fields, f) {
						fields = append(fields, f)
					}
				}
			}
		}
		// exactly one field, still unmapped; a header naming two ("Insats startdatum") is
		// left for --map
		if len(fields) == 1 && cols[fields[0]] < 0 {
			if _, mapped := opt.Map[fields[0]]; !mapped {
				cols[fields[0]] = i
				used[i] = true
				r.Guessed = append(r.Guessed, fmt.Sprintf("%s = %q", fields[0], strings.TrimSpace(name)))
			}
		}
	}
	r.Columns = cols
	r.Unmapped = nil
	for i, name := range rec {
		if !used[i] {
			n := strings.TrimSpace(name)
			if n == "" {
				n = fmt.Sprintf("(column %d)", i+1)
			}
			r.Unmapped = append(r.Unmapped, n)
		}
	}
	return true
}

func (r *Reader) checkColumns(opt Options) error {
	for f, h := range opt.Map {
		if r.Columns[f] < 0 {
			return &FileError{File: r.Name, Line: r.Dialect.HeaderLine, Field: f.String(), Reason: fmt.Sprintf("--map names the column %q, which the header does not have (it has: %s)", h, strings.Join(r.Header, ", "))}
		}
	}
	var missing []string
	for f := Field(0); f < NumFields; f++ {
		if f.Required() && r.Columns[f] < 0 {
			missing = append(missing, f.String())
		}
	}
	if len(missing) > 0 {
		return &FileError{File: r.Name, Line: r.Dialect.HeaderLine, Field: strings.Join(missing, ","), Reason: fmt.Sprintf("no column for %s (the header has: %s); name it with --map FIELD=HEADER", strings.Join(missing, ", "), strings.Join(r.Header, ", "))}
	}
	return nil
}

// Next returns the next record, or io.EOF after the last. A malformed record comes back
// with Err set; the reader goes on with the next one. Blank lines are not records: they are
// counted in BlankLines. Other errors are I/O errors.
func (r *Reader) Next() (Record, error) {
	if r.stopped {
		return Record{}, io.EOF
	}
	for {
		rec, err := r.csv.Read()
		if err == io.EOF {
			return Record{}, io.EOF
		}
		if ll := lineTooLong(err); ll != nil {
			// the rest of the file cannot be read line by line from here: one error for it,
			// which refuses the file (as an unclosed quote does)
			r.stopped = true
			return Record{Line: ll.Line, EndLine: ll.Line, Err: &RowError{Line: ll.Line, Code: "line_too_long", Reason: ll.Error()}}, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && (errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote)) {
				r.noteBlank(pe.StartLine)
				r.lastLine = pe.Line
				if pe.Line > pe.StartLine {
					// an opening quote that is never closed (or closed lines later) takes the
					// following lines into one field: those rows cannot be read one by one,
					// so the whole file is refused rather than losing them as one bad row
					return Record{Line: pe.StartLine, EndLine: pe.Line, Err: &RowError{Line: pe.StartLine, Code: "unterminated_quote",
						Reason: fmt.Sprintf("a quoted field opened here runs on to line %d (%v): lines %d-%d cannot be read as rows; fix the quote and import again", pe.Line, pe.Err, pe.StartLine, pe.Line)}}, nil
				}
				return Record{Line: pe.StartLine, EndLine: pe.Line, Err: &RowError{Line: pe.StartLine, Code: "bad_quote", Reason: fmt.Sprintf("malformed quoting (%v at line %d, column %d)", pe.Err, pe.Line, pe.Column)}}, nil
			}
			return Record{}, fmt.Errorf("%s: %w", r.Name, err)
		}
		line, _ := r.csv.FieldPos(0)
		r.noteBlank(line)
		out := Record{Line: line, EndLine: line}
		if n := len(rec); n > 0 {
			l, _ := r.csv.FieldPos(n - 1)
			out.EndLine = l + strings.Count(rec[n-1], "\n")
		}
		r.lastLine = out.EndLine
		if len(rec) == 1 && r.nCols > 1 && strings.TrimSpace(rec[0]) == "" {
			r.blank = append(r.blank, line) // white space only
			continue
		}
		if len(rec) != r.nCols {
			out.Err = &RowError{Line: line, Code: "wrong_column_count", Reason: fmt.Sprintf("%d fields, expected %d as in the header", len(rec), r.nCols)}
			return out, nil
		}
		for f := Field(0); f < NumFields; f++ {
			if i := r.Columns[f]; i >= 0 {
				out.Values[f] = clean(rec[i])
			}
		}
		return out, nil
	}
}

// lineTooLong is err as a *LineTooLongError, or nil (without the allocation errors.As costs
// on every row).
func lineTooLong(err error) *LineTooLongError {
	if err == nil {
		return nil
	}
	var ll *LineTooLongError
	if errors.As(err, &ll) {
		return ll
	}
	return nil
}

// noteBlank records the lines between the last record and one starting at line: encoding/csv
// skips empty lines without a word.
func (r *Reader) noteBlank(line int) {
	for l := r.lastLine + 1; l < line; l++ {
		r.blank = append(r.blank, l)
	}
}

// BlankLines lists the empty or white-space-only lines read so far after the header.
func (r *Reader) BlankLines() []int { return r.blank }

// clean trims white space (including no-break space) and normalises to NFC.
func clean(s string) string {
	if len(s) == 0 {
		return s
	}
	// nothing to trim when both ends are ASCII and not white space (every other character
	// trimmed is beyond ASCII, and a multi-byte character never ends in an ASCII byte)
	if first, last := s[0], s[len(s)-1]; first >= 0x80 || asciiSpace(first) || last >= 0x80 || asciiSpace(last) {
		s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' })
	}
	if !belowCombining(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// belowCombining reports whether every character of s is below U+0300, where the combining
// marks begin: such text (ASCII, å ä ö, the rest of Latin-1 and Latin Extended) is in NFC
// already, as NFC changes none of those characters and none of them combines with the one
// before (TestBelowCombiningIsNFC checks every one and every pair). In UTF-8 those are
// exactly the strings without a byte from 0xCC up.
func belowCombining(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xcc {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func detectDelimiter(head []byte) (rune, error) {
	// look at the first few lines, outside quotes
	counts := map[rune][]int{';': nil, ',': nil, '\t': nil}
	inQ := false
	cur := map[rune]int{}
	lines := 0
	for _, c := range string(head) {
		if c == '"' {
			inQ = !inQ
			continue
		}
		if inQ {
			continue
		}
		if c == '\n' || c == '\r' {
			if len(cur) > 0 || lines == 0 {
				for d := range counts {
					counts[d] = append(counts[d], cur[d])
				}
				lines++
			}
			cur = map[rune]int{}
			if lines >= 20 {
				break
			}
			continue
		}
		if _, ok := counts[c]; ok {
			cur[c]++
		}
	}
	if lines == 0 || len(cur) > 0 {
		for d := range counts {
			counts[d] = append(counts[d], cur[d])
		}
	}
	// The delimiter is the one that splits the most lines into the same number of fields
	// (a title line before the header may have none); ties go to the larger field count.
	best, bestLines, bestMode := rune(0), 0, 0
	for _, d := range []rune{';', '\t', ','} {
		freq := map[int]int{}
		for _, n := range counts[d] {
			if n > 0 {
				freq[n]++
			}
		}
		mode, lines := 0, 0
		for n, k := range freq {
			if k > lines || k == lines && n > mode {
				mode, lines = n, k
			}
		}
		if lines > bestLines || lines == bestLines && mode > bestMode {
			best, bestLines, bestMode = d, lines, mode
		}
	}
	if best == 0 {
		return 0, errors.New("cannot detect the delimiter: the first lines have no ';', ',' or tab")
	}
	return best, nil
}

// headerKey folds a header name: lower case, no accents, '_' '-' '.' '/' as spaces.
func headerKey(s string) string {
	s = fold(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', '.', '/', ':', '(', ')':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		r = s
	}
	return strings.Join(strings.Fields(strings.ToLower(r)), " ")
}

// loneCRToLF turns a CR that is not followed by LF into LF, so that files with old Mac line
// endings are read line by line (encoding/csv does not treat a lone CR as a line end).
type loneCRToLF struct{}

func (loneCRToLF) Reset() {}

func (loneCRToLF) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		c := src[nSrc]
		if c == '\r' {
			if nSrc+1 >= len(src) && !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if nSrc+1 < len(src) && src[nSrc+1] == '\n' {
				dst[nDst] = c
			} else {
				dst[nDst] = '\n'
			}
		} else {
			dst[nDst] = c
		}
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}
