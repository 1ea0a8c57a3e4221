package screen

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// line is one non-empty line of a page, with byte offsets into the page text.
type line struct {
	doc         *docView
	page        int
	idx         int // line number within the page (counting empty lines)
	start, end  int
	text        string // trimmed
	f           string // folded text
	blankBefore bool
}

// sentence is a span of page text: one sentence, a bullet item or a heading.
type sentence struct {
	doc        *docView
	page       int
	start, end int
	text       string // whitespace-normalised
	f          string // folded
}

// section is a heading and the lines under it up to the next heading.
type section struct {
	doc     *docView
	heading *line
	title   string // heading text without a trailing colon
	tf      string // folded title
	known   bool   // the heading is in the vocabulary (not only heading-like)
	inline  *line  // text after "Heading:" on the heading line
	body    []line
	page    int
	typ     string
	content map[int][]sentence // contentAtLeast, by min
}

// docView is a document prepared for screening.
type docView struct {
	d          *Document
	file       string
	fileType   string
	pageText   map[int]string
	pageType   map[int]string
	pageOrder  []int
	lines      []line // content lines in reading order (boilerplate dropped)
	sections   []*section
	unreadable []int // pages without text, or all pages when the file cannot be read
	ocr        []int // pages whose text was recognised from a scan
	readable   bool
	r          *Rules
}

// fold folds a text of the document for matching, its misspelt and abbreviated words
// first rewritten to the lexicon's words (Rules.lx.canon).
func (v *docView) fold(s string) string {
	if v == nil || v.r == nil {
		return fold(s)
	}
	return fold(v.r.lx.canon(s))
}

func (r *Rules) isPlaceholder(f string) bool {
	return r.anyMatch(r.placeholders, strings.TrimSpace(f))
}

// normalize collapses runs of white space to one space and trims the ends.
func normalize(s string) string {
	if !strings.ContainsAny(s, "\n\t\r\f\v\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000") &&
		!strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// newDocView splits pages into lines, drops page headers and boilerplate, types each
// page (by its title, falling back on the file name) and cuts the text into sections.
func newDocView(d *Document, r *Rules) *docView {
	v := &docView{d: d, file: d.File, pageText: map[int]string{}, pageType: map[int]string{}, r: r}
	v.fileType = r.typeFromFile(d.File)
	noText := map[int]bool{}
	for _, p := range d.PagesWithoutText {
		noText[p] = true
	}
	// A page with text is read whatever the file's status: "no_text" also marks a file of
	// which only some pages are scanned. Encrypted or corrupt files are not read.
	st := strings.ToLower(d.Status)
	if st == "encrypted" || st == "corrupt" {
		for _, p := range d.Pages {
			noText[p.Number] = true
		}
	}
	if len(d.Pages) == 0 && st != "" && st != "ok" {
		v.unreadable = []int{1}
		if len(d.PagesWithoutText) > 0 {
			v.unreadable = append([]int(nil), d.PagesWithoutText...)
		}
	}
	prevType := ""
	for _, p := range d.Pages {
		if noText[p.Number] || strings.TrimSpace(p.Text) == "" {
			v.unreadable = append(v.unreadable, p.Number)
			continue
		}
		v.readable = true
		if p.OCR {
			v.ocr = append(v.ocr, p.Number)
		}
		v.pageText[p.Number] = p.Text
		v.pageOrder = append(v.pageOrder, p.Number)
		lines := dropRules(splitLines(v, p.Number, p.Text))
		// "Sida 1" in a page's running header or footer: a document starts on this page
		pageOne := len(v.pageOrder) == 1
		for i, l := range lines {
			if (i < r.pageHeaderLines || i >= len(lines)-r.pageHeaderLines) && pageOneRE.MatchString(l.text) {
				pageOne = true
			}
		}
		// drop page headers (first few lines naming the organisation) and boilerplate
		var kept, head []line
		for i, l := range lines {
			// an e-mail's head ("Från: Lena Sand <lena.sand@kommun.se>") is content, not the
			// page header it may look like
			mailHead := r.anyMatch(r.emailFrom, strings.ToLower(l.f)) || r.anyMatch(r.emailTo, strings.ToLower(l.f)) || r.anyMatch(r.emailMeta, strings.ToLower(l.f))
			if i < r.pageHeaderLines && !mailHead && r.anyMatch(r.pageHeader, l.f) && len(strings.Fields(l.text)) <= 14 && !strings.HasSuffix(l.text, ".") {
				head = append(head, l)
				continue
			}
			if r.anyMatch(r.boilerplate, l.f) {
				if i < r.pageHeaderLines {
					head = append(head, l)
				}
				continue
			}
			kept = append(kept, l)
		}
		t := r.typePage(head, kept, pageOne)
		// "sid 3" of an assignment whose page opens with one of its own headings
		// ("UPPFÖLJNING", "ÅTERRAPPORTERING"): the assignment goes on
		if !pageOne && prevType == "uppdrag" && t != prevType && len(kept) > 0 && r.elementHeading(kept[0].f) {
			for i, l := range lines {
				if (i < r.pageHeaderLines || i >= len(lines)-r.pageHeaderLines) && laterPageRE.MatchString(l.text) {
					t = prevType
					break
				}
			}
		}
		if t == "" {
			t = prevType
		}
		if t == "" {
			t = v.fileType
		}
		prevType = t
		if (t == "" || t == "akt") && r.datedNotes(kept) {
			t = "journal" // untitled, but a run of dated notes (this page only)
		}
		v.pageType[p.Number] = t
		v.lines = append(v.lines, r.joinCellTables(v, kept)...)
	}
	for _, p := range d.PagesWithoutText {
		if !slices.Contains(v.unreadable, p) {
			v.unreadable = append(v.unreadable, p)
		}
	}
	sort.Ints(v.unreadable)
	v.lines = mergeWrappedHeadings(v.lines)
	v.sections = r.sectionize(v)
	return v
}

// joinCellTables rebuilds a table whose cells the text layer gives one block after another
// (a multi-line cell's lines together, a blank line between cells): a header of three to
// six one-line blocks that names a plan's columns ("Mål", "Insats/aktivitet", "Ansvarig",
// "Tidpunkt") makes the blocks after it rows of as many cells, each row one line "cell |
// cell | …" as a table printed row by row reads. The table ends at a block too long for a
// cell, at a heading the vocabulary knows, or where too few blocks are left for a row.
func (r *Rules) joinCellTables(v *docView, ls []line) []line {
	// blocks: runs of lines without a blank line between them
	type block struct{ from, to int } // ls[from:to]
	var bs []block
	for i, l := range ls {
		if i == 0 || l.blankBefore {
			bs = append(bs, block{i, i + 1})
		} else {
			bs[len(bs)-1].to = i + 1
		}
	}
	text := func(b block) string {
		parts := make([]string, 0, b.to-b.from)
		for _, l := range ls[b.from:b.to] {
			parts = append(parts, l.text)
		}
		return strings.Join(parts, " ")
	}
	joined := func(cells []block) line {
		first, last := ls[cells[0].from], ls[cells[len(cells)-1].to-1]
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = strings.ReplaceAll(text(c), " | ", " ")
		}
		t := strings.Join(parts, " | ")
		return line{doc: first.doc, page: first.page, idx: first.idx, start: first.start, end: last.end, text: t, f: v.fold(t), blankBefore: first.blankBefore}
	}
	var out []line
	done := 0 // ls[:done] are in out
	for bi := 0; bi < len(bs); bi++ {
		k := 0
		for n := 6; n >= 3; n-- {
			if bi+n > len(bs) {
				continue
			}
			one, cells := true, make([]string, n)
			for j := 0; j < n; j++ {
				b := bs[bi+j]
				if j == 0 { // the header may follow the lines above it without a blank line
					b.from = b.to - 1
				}
				one = one && b.to-b.from == 1 && !strings.Contains(ls[b.from].text, " | ") && len(strings.Fields(ls[b.from].text)) <= 4
				cells[j] = ls[b.from].text
			}
			if one && r.tableHeader(strings.Join(cells, " | ")) {
				k = n
				break
			}
		}
		if k == 0 || bi+2*k > len(bs) {
			continue // no table, or a header without a row (an empty form's labels)
		}
		bs[bi].from = bs[bi].to - 1
		out = append(out, ls[done:bs[bi].from]...)
		out = append(out, joined(bs[bi:bi+k]))
		next := bi + k
		for next+k <= len(bs) {
			row := bs[next : next+k]
			ok := true
			for _, b := range row {
				t := text(b)
				if len(strings.Fields(t)) > 30 || r.knownHeading(fold(strings.ToLower(t))) && !r.tableHeaderWords[strings.ToLower(t)] {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
			out = append(out, joined(row))
			next += k
		}
		done = bs[next-1].to
		bi = next - 1
	}
	return append(out, ls[done:]...)
}

// ruleRE is a line drawn with characters: "=======", "-----+------", "______", "* * *".
var ruleRE = regexp.MustCompile(`^[-=_+|*~.:#\s–—]{4,}$`)

// dropRules removes lines that are only a rule drawn with characters (under a heading in a
// plain-text print, between journal notes): layout, not text, and not to be read as part of
// the sentence below it.
func dropRules(ls []line) []line {
	out := ls[:0]
	for _, l := range ls {
		if ruleRE.MatchString(l.text) && strings.ContainsAny(l.text, "-=_*~#–—") && !strings.ContainsFunc(l.text, unicode.IsLetter) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// pageOneRE is the page number of a document's first page in its running header or footer
// ("Sida 1", "Sida 1 av 3", "Sida 1 (2)", "1 (4)"): in a file assembled from several
// documents, a document starts on that page.
var pageOneRE = regexp.MustCompile(`(?i)(?:\b(?:sida|page)\s*1(?:\s*(?:av|of|/)\s*\d+|\s*\(\d+\))?|(?:^|\s|\|)1\s*(?:(?:av|of|/)\s*\d+|\(\d+\)))\s*$`)

// laterPageRE is a page number above 1 in a running header or footer ("sid 3", "Sida 2 av
// 3", "2 (4)").
var laterPageRE = regexp.MustCompile(`(?i)(?:\b(?:sida|sid|page)\s*(?:[2-9]|[1-9]\d)(?:\s*(?:av|of|/)\s*\d+|\s*\(\d+\))?|(?:^|\s|\|)(?:[2-9]|[1-9]\d)\s*(?:(?:av|of|/)\s*\d+|\(\d+\)))\s*$`)

// elementHeading reports whether a line is the heading of an element of an assignment.
func (r *Rules) elementHeading(f string) bool {
	tf := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(stripEnum(f)), ":"))
	for _, e := range elementKeys {
		if r.headingMatch(r.elementHeadings[e], tf) {
			return true
		}
	}
	return false
}

// wrapEndRE is the end of a heading line that goes on on the next line ("Sammanfattande
// analys och" / "ställningstagande").
var wrapEndRE = regexp.MustCompile(`(?i)(\s(och|samt|av|för|till|om|inför|med|i)|[,–-])$`)

// mergeWrappedHeadings joins a short line ending in a conjunction or preposition with the
// short lower-case line below it: a heading wrapped in a narrow column.
func mergeWrappedHeadings(ls []line) []line {
	out := ls[:0:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if i+1 < len(ls) {
			n := ls[i+1]
			if n.page == l.page && n.doc == l.doc && n.idx == l.idx+1 && len(strings.Fields(l.text)) <= 6 && len(strings.Fields(n.text)) <= 3 &&
				wrapEndRE.MatchString(l.text) && startsLowerCase(n.text) && !strings.ContainsAny(n.text, ".|:") {
				l.text = l.text + " " + n.text
				l.f = l.f + " " + n.f
				l.end = n.end
				i++
			}
		}
		out = append(out, l)
	}
	return out
}

func startsLowerCase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func splitLines(v *docView, page int, text string) []line {
	var out []line
	pos := 0
	blank := true
	idx := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		raw := text[pos:end]
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" {
			blank = true
		} else {
			lead := strings.Index(raw, trimmed)
			s := pos + lead
			out = append(out, line{doc: v, page: page, idx: idx, start: s, end: s + len(trimmed), text: trimmed, f: v.fold(trimmed), blankBefore: blank})
			blank = false
		}
		idx++
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

func (r *Rules) typeFromFile(file string) string {
	base := file
	if i := strings.LastIndexAny(base, "/\\"); i >= 0 {
		base = base[i+1:]
	}
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".txt"), ".pdf")
	// "akt_2014-000318", "SN-2015-203_akt": an underscore separates words in a file name
	f := fold(strings.ToLower(strings.ReplaceAll(base, "_", " ")))
	for _, t := range r.docOrder {
		if r.anyMatch(r.docFiles[t], f) {
			return t
		}
	}
	return ""
}

// typePage finds a document title in the page's head: its first lines, including the
// system header lines dropped as page headers ("Bodens kommun | Utredning SoL 11:1 |
// Utskriftsdatum"), a title being a whole line, a table cell, or the tail of a header
// line. A sentence is never a title. On a page that is not the first of its file a title
// only counts when it stands in a header line or in capitals, or header fields
// (Namn, Personnummer…) follow it, so a section heading such as "Uppföljning" on page 2 of
// a plan does not start a new document.
func (r *Rules) typePage(head, lines []line, first bool) string {
	type cand struct {
		l      line
		header bool
	}
	var cs []cand
	for _, l := range head {
		cs = append(cs, cand{l, true})
	}
	for i := 0; i < len(lines) && i < 6; i++ {
		cs = append(cs, cand{lines[i], false})
	}
	if t, ok := r.emailType(lines); ok {
		return t
	}
	for ci, c := range cs {
		t, whole := r.titleIn(c.l.text, c.header)
		// "Akt SN 2014/460 · Sida 2 (7)" in a running header names the file, not a document
		if t == "" || t == "akt" && !first {
			continue
		}
		if first || c.header || !whole || isUpper(c.l.text) {
			return t
		}
		// a journal's title with its first dated note right below it ("Journal (utdrag)",
		// "3/12 2014 Uppdraget mejlat …")
		if t == "journal" && ci+1 < len(cs) {
			next := cs[ci+1].l.text
			_, _, dated := r.leadingDate(next)
			if !dated {
				_, _, dated = r.yearlessDate(next, 0, time.Time{})
			}
			if dated {
				return t
			}
		}
		// a document's head: fields follow its title ("Namn: …", "Inskriven: 2015-02-16",
		// "Kontaktman: Tomas Ring"), known labels or two lines of "Label: value", or a form's
		// cells, its date alone on a line ("Datum" / "2015-09-02")
		fields := 0
		for j := ci + 1; j < len(cs) && j <= ci+3; j++ {
			if _, rest, ok := r.leadingDate(cs[j].l.text); ok && strings.Trim(rest, " |") == "" {
				return t
			}
			if r.anyMatch(r.fieldLabels, cs[j].l.f) {
				return t
			}
			if m := labelInlineRE.FindStringSubmatch(cs[j].l.text); m != nil && len(strings.Fields(m[1])) <= 3 && !strings.HasSuffix(cs[j].l.text, ".") {
				fields++
			}
		}
		if fields >= 2 {
			return t
		}
	}
	return ""
}

// emailType recognises an e-mail printout by its head (a sender, a recipient and a
// subject or sent date among the first lines). Its type is the document title in the
// subject; else "uppdrag" when the subject or text gives the provider an assignment (see
// doc_types.email.assignment_terms; a negated mention such as "vi har inte fått någon
// uppdragsbeskrivning" does not count), or when it has an element heading of an
// assignment; else "mejl".
func (r *Rules) emailType(lines []line) (string, bool) {
	from, to, meta := false, false, false
	subject := ""
	n := 0
	for i := 0; i < len(lines) && i < 10; i++ {
		f := strings.ToLower(lines[i].f)
		switch {
		case r.anyMatch(r.emailFrom, f):
			from = true
		case r.anyMatch(r.emailTo, f):
			to = true
		case r.anyMatch(r.emailMeta, f):
			meta = true
			for _, p := range r.emailSubject {
				if p.re == nil {
					continue
				}
				if loc := p.re.FindStringIndex(f); loc != nil {
					subject = strings.TrimSpace(f[loc[1]:])
				}
			}
		}
		n = i
	}
	if !from || !to || !meta {
		return "", false
	}
	if subject == "" {
		subject = r.columnSubject(lines[:n+1])
	}
	if t := r.titleType(subject); t != "" {
		return t, true
	}
	if r.anyMatch(r.emailAssignment, subject) && !r.negatedAct(subject, r.emailAssignment) {
		return "uppdrag", true
	}
	for _, l := range lines[n:] {
		if r.anyMatch(r.emailAssignment, l.f) && !r.negatedAct(l.f, r.emailAssignment) && !r.anyMatch(r.fuPlanned, l.f) {
			return "uppdrag", true
		}
		for _, e := range []string{"b", "c", "d", "e"} {
			if len(l.text) <= 40 && r.headingMatch(r.elementHeadings[e], l.f) {
				return "uppdrag", true
			}
		}
	}
	return "mejl", true
}

// columnSubject finds an e-mail's subject in a head read column by column: the labels
// on lines of their own ("Från:", "Skickat:", "Till:", "Ämne:"), then their values in the
// same order ("Karin Olofsson", …, "Nytt uppdrag SE 010919").
func (r *Rules) columnSubject(lines []line) string {
	bare := func(l line) bool {
		t := strings.TrimSpace(l.text)
		return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 2
	}
	for i := 0; i < len(lines); i++ {
		if !bare(lines[i]) {
			continue
		}
		k := i
		for k < len(lines) && bare(lines[k]) {
			k++
		}
		run := k - i // labels lines[i:k], their values lines[k:k+run]
		for j := i; j < k; j++ {
			f := strings.ToLower(lines[j].f)
			for _, p := range r.emailSubject {
				if p.re != nil && p.re.MatchString(f) && k+(j-i) < len(lines) && run >= 3 {
					return strings.ToLower(lines[k+(j-i)].f)
				}
			}
		}
		i = k
	}
	return ""
}

// datedNotes reports whether a page is a run of dated notes, a journal whatever its
// title: at least three lines, and a fifth of its lines, start with a date and go on with
// text, and no heading of an assessment stands among them (an investigation lists its
// dated contacts too).
func (r *Rules) datedNotes(ls []line) bool {
	n, index := 0, 0
	for _, l := range ls {
		if _, rest, ok := r.leadingDate(l.text); ok && rest != "" {
			n++
			// "2015-04-28 | Utredning", "2014-12-10 Uppföljning av insats (inskannad)": a
			// row of a file's table of contents names a document, where a note says what happened
			if r.indexRow(rest) {
				index++
			}
		}
		if len(l.text) <= 60 && r.headingMatch(r.needsHeadings, l.f) {
			return false
		}
	}
	return n >= 3 && 5*n >= len(ls) && 2*index < n
}

// indexRow reports whether the rest of a dated line names a document of the file and
// nothing else (a row of its table of contents): a document title, perhaps with who made it,
// a page number or a remark in parentheses.
func (r *Rules) indexRow(rest string) bool {
	rest = strings.TrimSpace(strings.TrimLeft(rest, "|– -"))
	if rest == "" || strings.HasSuffix(rest, ".") {
		return false
	}
	cell := strings.TrimSpace(strings.Split(rest, " | ")[0])
	cell = strings.TrimSpace(trailingParenRE.ReplaceAllString(cell, ""))
	ws := strings.Fields(cell)
	for i := 0; i < len(ws) && i < 2; i++ { // "Journal Uppföljning av insats": the first title may be a column's last word
		if r.titleType(fold(strings.ToLower(strings.Join(ws[i:], " ")))) != "" {
			return true
		}
	}
	return false
}

func isUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 3
}

// titleIn finds a document title in one head line: the whole line, one of its table cells
// (" | "), or a tail of a cell after words that are not a title ("LULEÅ KOMMUN
// Uppdrag till utförare"). whole reports whether the title is the whole line.
func (r *Rules) titleIn(text string, header bool) (typ string, whole bool) {
	// a title may end in a name's initial ("Rapport från behandlingskonferens – Roger P."),
	// not a sentence
	if initialEndRE.MatchString(text) {
		text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	}
	if strings.HasSuffix(strings.TrimSpace(text), ".") || len(strings.Fields(text)) > 14 {
		return "", false
	}
	if _, _, ok := r.leadingDate(text); ok { // a journal entry
		return "", false
	}
	cells := strings.Split(text, " | ")
	for ci, cell := range cells {
		// "Ansökan | 2014-09-15": a field of a form's head (a label and its date), not the
		// document's title
		if len(cells) == 2 && ci == 0 {
			if _, _, ok := r.leadingDate(strings.TrimSpace(cells[1])); ok {
				continue
			}
		}
		ws := strings.Fields(cell)
		tails := 1
		if header {
			tails = 6
		}
		for i := 0; i < len(ws) && i < tails; i++ {
			tail := strings.Join(ws[i:], " ")
			// a tail inside a longer line is a title only when short; a whole line may be a
			// longer title ("Utredning enligt 11 kap. 1 § SoL – vuxen missbruk")
			if len(ws)-i > 8 && !(i == 0 && ci == 0) {
				continue
			}
			if t := r.titleType(fold(strings.ToLower(tail))); t != "" {
				return t, ci == 0 && i == 0 && !strings.Contains(text, " | ")
			}
		}
	}
	return "", false
}

// initialEndRE is a line ending in a name's initial: "… – Roger P.".
var initialEndRE = regexp.MustCompile(`\s\p{Lu}\p{Ll}+\s\p{Lu}\.\s*$`)

func (r *Rules) titleType(f string) string {
	f = strings.TrimSuffix(strings.TrimSpace(f), ":")
	for _, t := range r.docOrder {
		if r.anyMatch(r.docTitles[t], f) {
			return t
		}
	}
	return ""
}

// ---- headings and sections ----

var labelInlineRE = regexp.MustCompile(`^([^:]{2,45}):\s+(\S.*)$`)

// runInRE is a run-in heading: a few words ending in a full stop before the text they head
// on the same line ("Socialnämndens bedömning. Lars-Göran har …"); runInMaxWords is the
// most words such a heading has.
var runInRE = regexp.MustCompile(`^([^.:|]{2,45})\.\s+(\p{Lu}.*)$`)

const runInMaxWords = 4

// enumRE is the number or letter before a heading: "1. ", "2) ", "3.1 ", "A. ", "IV. ".
var enumRE = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-z][.)]|[IVX]{1,4}\.)\s+(\p{Lu}|A[1-2]|O3)`)

var trailingParenRE = regexp.MustCompile(`\s*\([^()]*\)$`)

// stripEnum removes a heading's leading number or letter ("1. Bedömning" → "Bedömning").
func stripEnum(s string) string {
	s = stripBullet(s)
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || strings.IndexAny(s[:min(len(s), 6)], ".)") > 0) {
		return s
	}
	if m := enumRE.FindStringSubmatchIndex(s); m != nil {
		return s[m[2]:]
	}
	return s
}

// stripBullet drops a list item's mark before a label ("- Insats: …", "• Mål: …").
func stripBullet(s string) string {
	for _, b := range []string{"- ", "– ", "• ", "* ", "▪ ", "· "} {
		if strings.HasPrefix(s, b) {
			return strings.TrimLeft(s[len(b):], " ")
		}
	}
	return s
}

func (r *Rules) knownHeading(tf string) bool {
	tf = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(stripEnum(tf)), ":"))
	if tf == "" {
		return false
	}
	return r.headingMatch(r.knownHeadings(), tf)
}

// headingMatch reports whether a heading (folded, without its number and colon) matches
// one of ps. A regular expression must match as written (most are anchored); a concept
// pattern ("@report") only matches a heading of at most four words that does not end a
// sentence, so that it names the heading's topic rather than a word in running text.
func (r *Rules) headingMatch(ps []*pat, tf string) bool {
	tf = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(stripEnum(tf)), ":"))
	if strings.HasSuffix(tf, ")") {
		tf = strings.TrimSpace(trailingParenRE.ReplaceAllString(tf, "")) // "Slutsats (sammanfattning)"
	}
	if tf == "" {
		return false
	}
	short := len(strings.Fields(tf)) <= 4 && !strings.HasSuffix(tf, ".")
	return r.matchList(ps, tf, short)
}

func (r *Rules) knownHeadings() []*pat {
	if r.allHeadings != nil {
		return r.allHeadings
	}
	var all []*pat
	all = append(all, r.layoutKnownHeadings...)
	all = append(all, r.needsHeadings...)
	all = append(all, r.goalHeadings...)
	all = append(all, r.activityHeadings...)
	all = append(all, r.fuDocOutcomeHeadings...)
	for _, e := range elementKeys {
		all = append(all, r.elementHeadings[e]...)
	}
	r.allHeadings = all
	return all
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:", last)
}

// headingLike is the layout test for a heading that is not in the vocabulary: a short
// line starting with a capital letter, without digits or closing punctuation, that
// starts a paragraph.
func (r *Rules) headingLike(l line, prev *line) bool {
	t := strings.TrimSuffix(stripEnum(l.text), ":")
	if t == "" || len(t) > 60 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".,;", last) {
		return false
	}
	if strings.IndexFunc(t, unicode.IsDigit) >= 0 || strings.Contains(t, "@") {
		return false
	}
	ws := strings.Fields(t)
	if len(ws) > r.genericHeadingMaxWords {
		return false
	}
	// a line that breaks off at a preposition or conjunction ("Vi anser att programmet i")
	// is a sentence wrapped, not a heading
	if len(ws) > 1 && openEnders[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	if r.anyMatch(r.notHeadings, fold(t)) || r.anyMatch(r.fieldLabels, fold(t)) {
		return false
	}
	if prev == nil || l.blankBefore || prev.page != l.page {
		return true
	}
	return endsSentence(prev.text) && strings.HasSuffix(strings.TrimSpace(prev.text), ".")
}

func (r *Rules) sectionize(v *docView) []*section {
	var out []*section
	cur := &section{doc: v}
	if len(v.lines) > 0 {
		cur.page = v.lines[0].page
		cur.typ = v.pageType[cur.page]
	}
	for i := range v.lines {
		l := v.lines[i]
		var prev *line
		if i > 0 {
			prev = &v.lines[i-1]
		}
		isHead, known := false, false
		var inline *line
		if continuation(l, prev) {
			// the rest of a sentence wrapped from the line above ("kontakt med barnen.",
			// "när strukturen i vardagen försvann. Han …"), whatever its first words say
		} else if len(l.text) <= 80 && r.knownHeading(l.f) {
			isHead, known = true, true
			// a known label with its answer on the same line, the whole line also
			// passing for a heading ("3. Mål med insatsen: Nykter senast 2015-09-01."):
			// heading and content (outside plans, whose goals and activities are read from
			// their labelled lines as they are)
			if m := labelInlineRE.FindStringSubmatchIndex(l.text); m != nil && v.pageType[l.page] != "plan" && r.knownHeading(fold(l.text[m[2]:m[3]])) {
				inline = v.tail(l, m[4], m[5])
			}
		} else if m := labelInlineRE.FindStringSubmatchIndex(l.text); m != nil && r.knownHeading(fold(l.text[m[2]:m[3]])) {
			isHead, known = true, true
			inline = v.tail(l, m[4], m[5])
		} else if m := runInRE.FindStringSubmatchIndex(l.text); m != nil && len(strings.Fields(l.text[m[2]:m[3]])) <= runInMaxWords && r.knownHeading(fold(l.text[m[2]:m[3]])) {
			// a run-in heading: a known heading ending in a full stop, its text going on
			// on the same line ("Vår bedömning. Mikael har rökt cannabis …")
			isHead, known = true, true
			inline = v.tail(l, m[4], m[5])
		} else if k := strings.Index(l.text, " | "); k > 0 && r.knownHeading(fold(l.text[:k])) {
			// a label table's row, "Mål | Drogfri under placeringen.": heading and content
			isHead, known = true, true
			inline = v.tail(l, k+3, len(l.text))
		} else if r.headingLike(l, prev) {
			isHead = true
		}
		if !isHead {
			// in a form of "Label: answer" lines, a line with a label of its own ends the
			// answer above it even when its label is not a known heading ("Det här ska ni
			// göra: …" after "Därför behövs insatsen: …"); a page of another type (the next
			// document of an assembled file) ends the section of the page before
			if cur.inline != nil && labelInlineRE.MatchString(l.text) && !strings.HasPrefix(l.f, "http") ||
				l.page != cur.page && v.pageType[l.page] != cur.typ && (cur.heading != nil || len(cur.body) > 0) {
				out = append(out, cur)
				cur = &section{doc: v, page: l.page, typ: v.pageType[l.page]}
			}
			cur.body = append(cur.body, l)
			continue
		}
		if cur.heading != nil || len(cur.body) > 0 {
			out = append(out, cur)
		}
		title := strings.TrimSpace(strings.TrimSuffix(stripEnum(l.text), ":"))
		if inline != nil {
			title = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l.text[:inline.start-l.start]), "|"))
			title = stripBullet(strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(title, ":"), ".")))
		}
		ll := l
		cur = &section{doc: v, heading: &ll, title: title, tf: v.fold(title), known: known, inline: inline, page: l.page, typ: v.pageType[l.page]}
	}
	if cur.heading != nil || len(cur.body) > 0 {
		out = append(out, cur)
	}
	return out
}

// tail is the part l.text[from:to] of a line, as a line of its own: the text after a
// heading on the heading's line.
func (v *docView) tail(l line, from, to int) *line {
	t := l
	t.start = l.start + from
	t.text = l.text[from:to]
	t.f = v.fold(t.text)
	return &t
}

// continuation reports whether a line goes on with the sentence of the line just above it:
// it starts in lower case, and the line above is running text (five words or more) that
// does not end a sentence.
func continuation(l line, prev *line) bool {
	if prev == nil || prev.page != l.page || prev.doc != l.doc || l.idx != prev.idx+1 || !startsLowerCase(l.text) {
		return false
	}
	return len(strings.Fields(prev.text)) >= 5 && !endsSentence(prev.text)
}

// openEnders are words after which no heading ends.
var openEnders = map[string]bool{"i": true, "på": true, "av": true, "för": true, "till": true, "med": true, "och": true, "att": true,
	"som": true, "en": true, "ett": true, "om": true, "från": true, "vid": true, "mot": true, "eller": true, "men": true, "samt": true,
	"hos": true, "under": true, "efter": true, "inom": true, "genom": true, "utan": true, "enligt": true, "mellan": true, "den": true, "det": true}

// contentLines are the section's inline text and body lines.
func (s *section) contentLines() []line {
	var ls []line
	if s.inline != nil {
		ls = append(ls, *s.inline)
	}
	return append(ls, s.body...)
}

// substantive reports whether the section holds real text (not only placeholders or
// a signature). It returns its sentences.
func (r *Rules) substantive(s *section) []sentence { return r.contentAtLeast(s, 3) }

// contentAtLeast returns a section's sentences of at least min words that are not
// placeholders or boilerplate (appeal instructions, delegation, print footers).
func (r *Rules) contentAtLeast(s *section, min int) []sentence {
	if s.content == nil {
		s.content = map[int][]sentence{}
	}
	if c, ok := s.content[min]; ok {
		return c
	}
	var out []sentence
	for _, st := range sentences(s.contentLines()) {
		// a template's bracketed instruction run together with the signature below it
		// ("[Ange socialtjänstens bedömning …] 2015-04-02 Ali Haddad, socialsekreterare")
		if m := bracketLeadRE.FindStringIndex(st.text); m != nil && r.isPlaceholder(fold(st.text[:m[1]])) {
			rest := st
			rest.start += m[1]
			rest.text = strings.TrimSpace(st.text[m[1]:])
			rest.f = fold(rest.text)
			if rest.text == "" || r.signature(rest) {
				continue
			}
		}
		if r.isPlaceholder(st.f) || r.anyMatch(r.boilerplateSentences, st.f) || r.signature(st) {
			continue
		}
		if len(strings.Fields(st.text)) < min {
			continue
		}
		out = append(out, st)
	}
	s.content[min] = out
	return out
}

// bracketLeadRE is a bracketed text at the start of a sentence: "[Ange …]".
var bracketLeadRE = regexp.MustCompile(`^\[[^\]]{3,}\]`)

// signature reports whether a sentence is a signature or a place and date, not content:
// "Trelleborg 2014-12-15 Erik Sandell", "Lena Hallin, 1:e socialsekreterare", "Eslöv
// 2014-11-14": names, places, dates and titles (layout.signature_words) only, no other
// word in lower case, no more than eight words.
func (r *Rules) signature(st sentence) bool {
	ws := strings.FieldsFunc(st.text, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' && c != ':' })
	if len(ws) < 2 || len(ws) > 8 {
		return false
	}
	caps, dates := 0, 0
	for _, w := range ws {
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsDigit(first):
			if len(r.dates(w, time.Time{})) == 0 && !strings.HasSuffix(w, ":e") {
				return false
			}
			dates++
		case unicode.IsUpper(first):
			caps++
		case r.anyMatch(r.signatureWords, fold(strings.ToLower(w))):
		default:
			return false
		}
	}
	return caps >= 2 || caps >= 1 && dates >= 1
}

// sentences cuts consecutive lines into sentences; spans are offsets in the page text.
func sentences(ls []line) []sentence {
	var out []sentence
	i := 0
	for i < len(ls) {
		j := i
		// lines join when only white space stands between them (not the rest of a line
		// that was cut off, such as a journal note's signature and date)
		for j+1 < len(ls) && ls[j+1].page == ls[i].page && ls[j+1].idx <= ls[j].idx+2 && ls[j+1].doc == ls[i].doc && ls[j+1].start >= ls[j].end &&
			ls[i].doc.pageText != nil && ls[j+1].start <= len(ls[i].doc.pageText[ls[i].page]) && strings.TrimSpace(ls[i].doc.pageText[ls[i].page][ls[j].end:ls[j+1].start]) == "" {
			j++
		}
		text := ls[i].doc.pageText[ls[i].page]
		s0, e0 := ls[i].start, ls[j].end
		if ls[i].doc.pageText == nil || e0 > len(text) {
			i = j + 1
			continue
		}
		out = append(out, splitSentences(ls[i].doc, ls[i].page, text, s0, e0)...)
		i = j + 1
	}
	return out
}

func isBullet(r rune) bool { return strings.ContainsRune("•–-*·▪●○◦", r) }

func splitSentences(d *docView, page int, text string, s0, e0 int) []sentence {
	var out []sentence
	start := s0
	emit := func(end int) {
		seg := text[start:end]
		tr := strings.TrimSpace(seg)
		if tr == "" {
			start = end
			return
		}
		lead := strings.Index(seg, tr)
		st := start + lead
		out = append(out, sentence{doc: d, page: page, start: st, end: st + len(tr), text: normalize(tr), f: d.fold(normalize(tr))})
		start = end
	}
	for i := s0; i < e0; {
		c, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case c == '.' || c == '!' || c == '?':
			j := i + size
			for j < e0 && (text[j] == '"' || text[j] == ')') {
				j++
			}
			k := j
			for k < e0 && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k > j && k < e0 {
				n, _ := utf8.DecodeRuneInString(text[k:])
				// a listed abbreviation's full stop ("Uppf. Rönnegården bokad 21.04.") ends
				// no sentence
				w := i
				for w > start && unicode.IsLetter(rune(text[w-1])) {
					w--
				}
				abbrev := false
				if c == '.' && w < i && d != nil && d.r != nil && d.r.lx != nil {
					_, abbrev = d.r.lx.abbrev[strings.ToLower(text[w:i])]
				}
				if (unicode.IsUpper(n) || isBullet(n)) && !abbrev {
					emit(j)
				}
			}
		case c == '\n':
			k := i + 1
			for k < e0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n') {
				k++
			}
			if k < e0 {
				n, _ := utf8.DecodeRuneInString(text[k:])
				prevText := strings.TrimSpace(text[start:i])
				if isBullet(n) && (k+1 < e0 && (text[k+1] == ' ' || n == '•')) {
					emit(i)
				} else if strings.HasSuffix(prevText, ":") && prevText != "" && unicode.IsUpper(n) {
					emit(i)
				}
			}
		}
		i += size
	}
	emit(e0)
	return out
}

// ---- dates ----

type dateHit struct {
	t          time.Time
	start, end int // in the folded/normalised string
	relative   bool
}

// dayMonthRE is a day and month without a year ("24/6"), not part of a longer number or
// fraction ("1/2/2015", "50/50 %").
var dayMonthRE = regexp.MustCompile(`(?:^|[^\d/])([0-3]?\d)/([01]?\d)(?:$|[^\d/%])`)

var isoRE = regexp.MustCompile(`\b((?:19|20)\d\d)([-.]?)(\d\d)([-.]?)(\d\d)\b`)

// ymdShortRE is a journal note's date written as six digits, year first without the
// century ("150402 Möte med …", Procapita's and many systems' short form), before the
// note's text, or a journal table's cell ("150617 | MN | Trepartssamtal").
var ymdShortRE = regexp.MustCompile(`^(\d\d)(\d\d)(\d\d)(?:\s*[:–|-])?\s+\p{L}`)

// dmyRE is a date written day first: "12.3.2015", "12/3 2015", "12-03-2015".
// dmShortAnyRE is a date as day/month-year in two digits anywhere in a text: "26/11-14".
var dmShortAnyRE = regexp.MustCompile(`(?:^|[^\d/])([0-3]?\d)/([01]?\d)-(\d\d)(?:$|[^\d])`)

// dmShortRE is a note's date as day/month-year in two digits: "23/3-15".
var dmShortRE = regexp.MustCompile(`^([0-3]?\d)/([01]?\d)-(\d\d)\b`)

// dmNoYearRE is a journal note's date as day and month, the year left out ("3/3",
// "26/1 2015"; in words, "Den 14 april", is Rules.dmWordNoYear): the year is the
// journal's (see yearlessDate). Alone on its line "1/2" is rather a page number.
var (
	dmNoYearRE = regexp.MustCompile(`^([0-3]?\d)/([01]?\d)(?:\s+((?:19|20)\d\d))?(?:\s|$)`)
)

// yearlessDate reads a date at the start of a journal line that gives day and month
// only; the year is the one given there, else year (the last one the journal gave),
// else the review's (or the one before, when the date would fall after the review).
//
// A date in words may stand alone on its line, the note below it ("Den 9 juni"); one in
// digits may not ("1/2" alone is rather a page number).
func (r *Rules) yearlessDate(text string, year int, review time.Time) (time.Time, string, bool) {
	var d, m, y, end int
	alone := false
	if x := dmNoYearRE.FindStringSubmatchIndex(text); x != nil {
		d, m, end = atoi(text[x[2]:x[3]]), atoi(text[x[4]:x[5]]), x[1]
		if x[6] >= 0 {
			y = atoi(text[x[6]:x[7]])
		}
	} else if x := r.dmWordNoYear.FindStringSubmatchIndex(text); x != nil {
		d, m, end = atoi(text[x[2]:x[3]]), r.months[fold(strings.ToLower(text[x[4]:x[5]]))], x[1]
		if x[6] >= 0 {
			y = atoi(text[x[6]:x[7]])
		}
		alone = true
	} else {
		return time.Time{}, "", false
	}
	rest := strings.TrimSpace(strings.TrimLeft(text[end:], " .:–-,|"))
	if rest == "" && !alone || rest != "" && !strings.ContainsFunc(rest, unicode.IsLetter) {
		return time.Time{}, "", false
	}
	if y == 0 {
		y = year
	}
	if y == 0 && !review.IsZero() {
		y = review.Year()
		if t, ok := r.mkDate(y, m, d); ok && t.After(review) {
			y--
		}
	}
	t, ok := r.mkDate(y, m, d)
	return t, rest, ok
}

// loneShortRE is a journal table's date cell read as a line of its own, six digits
// ("150519"), the signature and note in the cells after it.
var loneShortRE = regexp.MustCompile(`^(\d\d)(\d\d)(\d\d)$`)

// loneShortDate reads such a cell as a date (2000–2099).
func (r *Rules) loneShortDate(text string) (time.Time, bool) {
	m := loneShortRE.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return time.Time{}, false
	}
	return r.mkDate(2000+atoi(m[1]), atoi(m[2]), atoi(m[3]))
}

// A journal table's date cell too narrow for the date wraps it after the year: "2015-" on
// the note's first line, "03-10" on the next (splitDate).
var (
	splitYearRE     = regexp.MustCompile(`^((?:19|20)\d\d)-\s+(\S.*)$`)
	splitMonthDayRE = regexp.MustCompile(`^([01]?\d)-([0-3]\d)\b`)
	// or after the month: "2015-03-" / "10"
	splitYearMonthRE = regexp.MustCompile(`^((?:19|20)\d\d)-([01]\d)-\s+(\S.*)$`)
	splitDayRE       = regexp.MustCompile(`^([0-3]\d)\b`)
)

// splitDate reads a note's date wrapped in its cell: the year ending text, the month and
// day starting next.
func (r *Rules) splitDate(text, next string) (time.Time, string, bool) {
	if m := splitYearMonthRE.FindStringSubmatch(text); m != nil {
		n := splitDayRE.FindStringSubmatch(next)
		if n == nil {
			return time.Time{}, "", false
		}
		t, ok := r.mkDate(atoi(m[1]), atoi(m[2]), atoi(n[1]))
		if !ok {
			return time.Time{}, "", false
		}
		return t, strings.TrimSpace(strings.TrimLeft(m[3], " :–-,|")), true
	}
	m := splitYearRE.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, "", false
	}
	n := splitMonthDayRE.FindStringSubmatch(next)
	if n == nil {
		return time.Time{}, "", false
	}
	t, ok := r.mkDate(atoi(m[1]), atoi(n[1]), atoi(n[2]))
	if !ok {
		return time.Time{}, "", false
	}
	return t, strings.TrimSpace(strings.TrimLeft(m[2], " :–-,|")), true
}

var dmyRE = regexp.MustCompile(`^([0-3]?\d)[./-]([01]?\d)[./ -]((?:19|20)\d\d)\b`)

// dates finds dates in a normalised (folded) string. ref is the date relative
// expressions ("om tre månader", "i mars", "1 mars") are counted from; zero disables them.
func (r *Rules) dates(f string, ref time.Time) []dateHit {
	var out []dateHit
	for _, m := range isoRE.FindAllStringSubmatchIndex(f, -1) {
		// a personnummer: YYYYMMDD-NNNN
		if m[1] < len(f) && f[m[1]] == '-' && m[1]+5 <= len(f) && allDigits(f[m[1]+1:m[1]+5]) {
			continue
		}
		if m[1]+1 < len(f) && f[m[1]] == '-' && isDigit(f[m[1]+1]) {
			continue
		}
		if m[4] == m[5] && m[8] == m[9] && m[1]-m[0] == 8 {
			// YYYYMMDD without hyphens: only accept when not part of a longer number
		}
		y := atoi(f[m[2]:m[3]])
		mo := atoi(f[m[6]:m[7]])
		d := atoi(f[m[10]:m[11]])
		if t, ok := r.mkDate(y, mo, d); ok {
			out = append(out, dateHit{t: t, start: m[0], end: m[1]})
		}
	}
	for _, m := range r.textDate.FindAllStringSubmatchIndex(f, -1) {
		d := atoi(f[m[2]:m[3]])
		mo := r.months[strings.ToLower(f[m[4]:m[5]])]
		y := 0
		if m[8] >= 0 {
			y = atoi(f[m[8]:m[9]])
		} else if !ref.IsZero() {
			y = ref.Year()
			if time.Month(mo) < ref.Month() {
				y++
			}
		}
		if t, ok := r.mkDate(y, mo, d); ok {
			out = append(out, dateHit{t: t, start: m[0], end: m[1], relative: m[8] < 0})
		}
	}
	// "26/11-14": day, month and a two-digit year
	for _, m := range dmShortAnyRE.FindAllStringSubmatchIndex(f, -1) {
		if t, ok := r.mkDate(2000+atoi(f[m[6]:m[7]]), atoi(f[m[4]:m[5]]), atoi(f[m[2]:m[3]])); ok {
			out = append(out, dateHit{t: t, start: m[2], end: m[7]})
		}
	}
	if !ref.IsZero() {
		for _, m := range r.relativeRE.FindAllStringSubmatchIndex(f, -1) {
			if strings.EqualFold(f[m[2]:m[3]], "var") {
				continue
			}
			nw := strings.ToLower(f[m[4]:m[5]])
			n, ok := r.numbers[nw]
			if !ok {
				n = atoi(nw)
			}
			unit := r.unitsDays[strings.ToLower(f[m[6]:m[7]])]
			if n <= 0 || unit <= 0 {
				continue
			}
			var t time.Time
			switch unit {
			case 30:
				t = ref.AddDate(0, n, 0)
			case 365:
				t = ref.AddDate(n, 0, 0)
			default:
				t = ref.AddDate(0, 0, n*unit)
			}
			out = append(out, dateHit{t: t, start: m[0], end: m[1], relative: true})
		}
		// "24/6", "fr.o.m. 9/3": day and month, the year from the reference
		for _, m := range dayMonthRE.FindAllStringSubmatchIndex(f, -1) {
			if overlaps(out, m[0], m[1]) {
				continue
			}
			y := ref.Year()
			mo := atoi(f[m[4]:m[5]])
			if time.Month(mo) < ref.Month()-6 {
				y++
			}
			if t, ok := r.mkDate(y, mo, atoi(f[m[2]:m[3]])); ok {
				out = append(out, dateHit{t: t, start: m[0], end: m[1], relative: true})
			}
		}
		for _, m := range r.monthRE.FindAllStringSubmatchIndex(f, -1) {
			mi, yi := 2, 4 // "i mitten av december (2015)", or "december 2015"
			if m[2] < 0 {
				mi, yi = 6, 8
			}
			mo := r.months[strings.ToLower(f[m[mi]:m[mi+1]])]
			if mo == 0 || overlaps(out, m[0], m[1]) {
				continue
			}
			y := ref.Year()
			if m[yi] >= 0 {
				y = atoi(f[m[yi]:m[yi+1]])
			} else if time.Month(mo) < ref.Month() {
				y++
			}
			t := time.Date(y, time.Month(mo), 15, 0, 0, 0, 0, time.UTC)
			out = append(out, dateHit{t: t, start: m[0], end: m[1], relative: true})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func overlaps(hs []dateHit, s, e int) bool {
	for _, h := range hs {
		if s < h.end && h.start < e {
			return true
		}
	}
	return false
}

func (r *Rules) mkDate(y, m, d int) (time.Time, bool) {
	if y < r.minYear || y > r.maxYear || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dateLabelRE is the label of a journal form's date field before the date.
var dateLabelRE = regexp.MustCompile(`(?i)^(?:datum|händelsedatum|anteckningsdatum|dokumentationsdatum|kontaktdatum)\s*:\s*`)

// leadingDate parses a date at the start of a line (journal entries), after a date label
// when the line goes on after the date. It returns the date and the rest of the line.
func (r *Rules) leadingDate(text string) (time.Time, string, bool) {
	// a journal form's note head: "Datum: 2015-06-15  Händelse: Trepartssamtal"
	if m := dateLabelRE.FindStringIndex(text); m != nil {
		if t, rest, ok := r.leadingDate(text[m[1]:]); ok && rest != "" {
			return t, rest, true
		}
		return time.Time{}, "", false
	}
	m := isoRE.FindStringSubmatchIndex(text)
	if m == nil || m[0] != 0 || m[4] != m[5] && m[8] != m[9] && text[m[4]] != text[m[8]] {
		// day first ("12.3.2015") or in words ("12 mars 2015")
		if d := dmyRE.FindStringSubmatchIndex(text); d != nil {
			if t, ok := r.mkDate(atoi(text[d[6]:d[7]]), atoi(text[d[4]:d[5]]), atoi(text[d[2]:d[3]])); ok {
				return t, strings.TrimSpace(strings.TrimLeft(text[d[1]:], " :–-,")), true
			}
		}
		// "23/3-15": day, month and a two-digit year, as many Swedish journals write it
		if d := dmShortRE.FindStringSubmatchIndex(text); d != nil {
			if t, ok := r.mkDate(2000+atoi(text[d[6]:d[7]]), atoi(text[d[4]:d[5]]), atoi(text[d[2]:d[3]])); ok {
				return t, strings.TrimSpace(strings.TrimLeft(text[d[1]:], " :–-,")), true
			}
		}
		if d := ymdShortRE.FindStringSubmatchIndex(text); d != nil && m == nil {
			if t, ok := r.mkDate(2000+atoi(text[d[2]:d[3]]), atoi(text[d[4]:d[5]]), atoi(text[d[6]:d[7]])); ok {
				return t, strings.TrimSpace(strings.TrimLeft(text[d[7]:], " :–-,|")), true
			}
		}
		f := fold(text)
		if d := r.textDate.FindStringSubmatchIndex(f); d != nil && d[0] == 0 && d[8] >= 0 {
			if t, ok := r.mkDate(atoi(f[d[8]:d[9]]), r.months[strings.ToLower(f[d[4]:d[5]])], atoi(f[d[2]:d[3]])); ok {
				// the folded and the plain text differ in length only in å/ä/ö, which no
				// day, month or year holds
				return t, strings.TrimSpace(strings.TrimLeft(text[d[1]:], " :–-,")), true
			}
		}
		return time.Time{}, "", false
	}
	if m[1] < len(text) && text[m[1]] == '-' {
		return time.Time{}, "", false
	}
	t, ok := r.mkDate(atoi(text[m[2]:m[3]]), atoi(text[m[6]:m[7]]), atoi(text[m[10]:m[11]]))
	if !ok {
		return time.Time{}, "", false
	}
	rest := strings.TrimSpace(strings.TrimLeft(text[m[1]:], " :–-,"))
	return t, rest, true
}

// standaloneDate reports whether a line is only a date, or "Place YYYY-MM-DD", or
// "Datum: YYYY-MM-DD" (a document's own date).
// clockRE is a time of day, or a span of two, after a date: ", kl. 13.00–14.30".
var clockRE = regexp.MustCompile(`(?i)[,\s]*(kl\.?\s*)?\d{1,2}[.:]\d{2}(\s*[–-]\s*\d{1,2}[.:]\d{2})?\b`)

func (r *Rules) standaloneDate(l line) (time.Time, bool) {
	hs := r.dates(l.f, time.Time{})
	if len(hs) != 1 {
		return time.Time{}, false
	}
	rest := strings.TrimSpace(l.f[:hs[0].start] + " " + l.f[hs[0].end:])
	// the time of a meeting beside its date ("Datum | 2015-04-14, kl. 13.00–14.30")
	rest = clockRE.ReplaceAllString(rest, "")
	rest = strings.TrimSuffix(strings.TrimSpace(rest), ":")
	if len(strings.Fields(rest)) <= 2 && !strings.ContainsAny(rest, ".") {
		return hs[0].t, true
	}
	return time.Time{}, false
}
