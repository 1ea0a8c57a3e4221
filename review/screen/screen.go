// Package screen suggests, from the plain text of a case file's pages, how each of the
// four 2015 criteria (needs_assessment, planning, follow_up, assignment_description)
// should be judged, and points at the evidence: file, page, sentence and byte span.
//
// It is a screening aid: the reviewer decides. The vocabulary (headings, negation,
// planned-versus-done wording, element patterns a–g, decline phrases, date words, and a
// lexicon of words by meaning: Snowball Swedish stems, compound parts, one-edit
// misspellings, abbreviations) is data in rules/v4.json; the logic (document types by
// title and by structure, sections, sentences, dates, negation scope, what each
// criterion asks) is here. A "no" or "partly" rests on positive grounds; where text that
// looks relevant is not recognised the suggestion is "unknown" with the passages to read,
// and every suggestion carries a confidence. Evidence includes every place that holds it
// (an assessment restated in the decision or the assignment, every plan, every
// follow-up). The package is a leaf: it imports no other tillsyn package.
package screen

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Page is one page of extracted text (1-based physical page number).
type Page struct {
	Number int
	Text   string
	OCR    bool // the text was recognised from the page's image (a scan): it may hold errors
}

// Document is one file of a case. Status is "ok", "no_text", "encrypted", "corrupt" or
// another problem; PagesWithoutText lists image-only pages of an otherwise readable file.
type Document struct {
	File             string
	Status           string
	Pages            []Page
	PagesWithoutText []int
}

// Options control a screening run.
type Options struct {
	ReviewDate time.Time // zero = today
	Rules      *Rules    // nil = embedded default
}

// Evidence is a span of page text behind a suggestion. Start and End are byte offsets
// in the page text. Kinds starting with "rejected_" are text that looks relevant to a
// keyword search but is not evidence (an empty heading, a negation, a planned
// follow-up…); "unreadable" points at a page without text that may hold the evidence.
type Evidence struct {
	File       string
	Page       int
	Text       string
	Start, End int
	Kind       string
}

// KindRejected begins the kind of text that looks relevant but does not count; KindUnreadable
// is the kind of a pointer to a page without text that may hold the evidence.
const (
	KindRejected   = "rejected_"
	KindUnreadable = "unreadable"
	// KindOCR points at a scanned page whose text was recognised (OCR) and may hold what a
	// suggestion of "kan inte avgöras" could not find.
	KindOCR = "ocr"
)

// Rejected reports whether the evidence was looked at and does not count.
func (e Evidence) Rejected() bool { return strings.HasPrefix(e.Kind, KindRejected) }

// Suggestion is the suggested judgement of one criterion.
//
// Contract: a "no" or "partly" rests on positive grounds (an empty heading, a statement
// that it is missing, a plan or assignment that exists but lacks parts, a follow-up that is
// only planned or was cancelled, or no document of the relevant kind in a file that is all
// readable). Where text that looks relevant is there but not recognised, the suggestion is
// "unknown" ("kan inte avgöras") and Evidence holds the candidate passages (kind
// "candidate") for the reviewer to read. Confidence says how far the suggestion can be
// trusted: "high", "medium" or "low"; an "unknown" has none ("").
type Suggestion struct {
	Suggestion string // yes, partly, no, not_applicable, unknown
	Confidence string `json:",omitempty"` // high, medium, low; "" for unknown
	Evidence   []Evidence
	Missing    []string // what was looked for and not found
	Reason     string
	Elements   map[string]bool // assignment_description only: "a".."g"

	grounds string // why a no/partly holds: groundsPositive, groundsAbsent or groundsUnrecognised
}

// Confidence levels of a suggestion.
const (
	High   = "high"
	Medium = "medium"
	Low    = "low"
)

// KindCandidate is the kind of a passage that looks relevant but was not recognised: the
// reviewer should read it (an "unknown" suggestion's evidence).
const KindCandidate = "candidate"

// Grounds of a "no" or "partly", set by the criterion's judge.
const (
	groundsPositive     = "positive"     // the lack itself is in the text
	groundsAbsent       = "absent"       // no document of the relevant kind at all
	groundsUnrecognised = "unrecognised" // relevant-looking text that was not recognised
	groundsUnreadable   = "unreadable"   // a yes resting on a document that could not be read
)

// Result is the screening of one case file.
type Result struct {
	RulesVersion string
	Criteria     map[string]Suggestion
}

// Suggestion codes.
const (
	Yes           = "yes"
	Partly        = "partly"
	No            = "no"
	NotApplicable = "not_applicable"
	Unknown       = "unknown"
)

// Criterion keys.
const (
	NeedsAssessment       = "needs_assessment"
	Planning              = "planning"
	FollowUp              = "follow_up"
	AssignmentDescription = "assignment_description"
)

// CriteriaKeys lists the criteria in report order.
var CriteriaKeys = []string{NeedsAssessment, Planning, FollowUp, AssignmentDescription}

// relevantTypes are the document types whose loss can hide a criterion's evidence.
var relevantTypes = map[string][]string{
	NeedsAssessment:       {"utredning", "beslut", "akt"},
	Planning:              {"plan", "akt"},
	FollowUp:              {"uppfoljning", "journal", "akt"},
	AssignmentDescription: {"uppdrag", "akt"},
}

type caseView struct {
	r       *Rules
	docs    []*docView
	review  time.Time
	entries []*entry
}

// Screen suggests a judgement for each criterion of one case file.
func Screen(docs []Document, opt Options) Result {
	r := opt.Rules
	if r == nil {
		r = DefaultRules()
	}
	review := opt.ReviewDate
	if review.IsZero() {
		now := time.Now()
		review = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	}
	r = r.withMemo()
	c := &caseView{r: r, review: review}
	for i := range docs {
		c.docs = append(c.docs, newDocView(&docs[i], r))
	}
	c.entries = c.journalEntries()
	res := Result{RulesVersion: r.Version, Criteria: map[string]Suggestion{}}

	readable := false
	for _, d := range c.docs {
		readable = readable || d.readable
	}
	if !readable {
		for _, k := range CriteriaKeys {
			s := Suggestion{Suggestion: Unknown, Reason: "inget dokument i akten har ett läsbart textlager; läs filerna manuellt (eller tolka dem med OCR)"}
			s.Evidence = c.unreadableEvidence(k, true)
			if k == AssignmentDescription {
				s.Elements = map[string]bool{}
			}
			res.Criteria[k] = s
		}
		return res
	}

	decl := c.declined()
	res.Criteria[NeedsAssessment] = c.needs()
	res.Criteria[Planning] = c.planning(decl)
	res.Criteria[FollowUp] = c.followUp(decl)
	res.Criteria[AssignmentDescription] = c.assignment(decl)
	res.Criteria[NeedsAssessment] = restateInAssignment(res.Criteria[NeedsAssessment], res.Criteria[AssignmentDescription])
	for _, k := range CriteriaKeys {
		res.Criteria[k] = c.settle(c.adjustForUnreadable(k, res.Criteria[k]))
	}
	return res
}

// settle applies the contract of Suggestion: a "no" without positive grounds becomes
// "unknown" (its evidence kept as candidates), and every suggestion gets a confidence.
func (c *caseView) settle(s Suggestion) Suggestion {
	switch s.Suggestion {
	case No:
		switch s.grounds {
		case groundsPositive:
			s.Confidence = High
			if c.anyUnreadable() {
				s.Confidence = Medium
			}
		case groundsAbsent:
			// no document of the kind anywhere: a ground only when every page was read, and
			// read from its text layer (a scan's recognised text may hide a document's title)
			s.Confidence = Medium
			if c.anyUnreadable() {
				s.Suggestion, s.Confidence = Unknown, ""
				s.Reason = "kan inte avgöras: " + s.Reason + ", men akten har sidor utan text"
			} else if ocr := c.ocrPages(); len(ocr) > 0 {
				s.Suggestion, s.Confidence = Unknown, ""
				s.Reason = "kan inte avgöras: " + s.Reason + " i den läsbara texten, men skannade sidor har tolkats med OCR och kan innehålla det; läs dem"
				s.Evidence = append(s.Evidence, ocr...)
			}
		default:
			s.Suggestion, s.Confidence = Unknown, ""
			s.Reason = "kan inte avgöras: " + s.Reason + "; läs de markerade avsnitten"
			for i := range s.Evidence {
				if s.Evidence[i].Rejected() && s.Evidence[i].Kind != KindRejected+"negation" {
					s.Evidence[i].Kind = KindCandidate
				}
			}
		}
	case Partly:
		s.Confidence = Medium
		if s.grounds == groundsUnrecognised || c.restsOnOCR(s) {
			s.Confidence = Low
		}
	case Yes:
		s.Confidence = High
		switch s.grounds {
		case groundsUnrecognised:
			s.Confidence = Medium
		case groundsUnreadable:
			s.Confidence = Low
		}
	case NotApplicable:
		s.Confidence = Medium
	case Unknown:
		s.Confidence = ""
	}
	return s
}

// ocrPages points at every page whose text was recognised from a scan: a misread title
// ("PLACERINGSBEGARAN") may hide the document a "no" found nowhere.
func (c *caseView) ocrPages() []Evidence {
	var out []Evidence
	for _, d := range c.docs {
		for _, p := range d.ocr {
			out = append(out, Evidence{File: d.file, Page: p, Kind: KindOCR, Text: "(skannad sida, tolkad med OCR)"})
		}
	}
	return out
}

// restsOnOCR reports whether a suggestion's evidence lies on a page read by OCR: what
// it finds missing may be a recognition error.
func (c *caseView) restsOnOCR(s Suggestion) bool {
	for _, e := range s.Evidence {
		for _, d := range c.docs {
			if d.file == e.File && slices.Contains(d.ocr, e.Page) {
				return true
			}
		}
	}
	return false
}

// anyUnreadable reports whether some page or file of the case could not be read.
func (c *caseView) anyUnreadable() bool {
	for _, d := range c.docs {
		if len(d.unreadable) > 0 {
			return true
		}
	}
	return false
}

// adjustForUnreadable turns a "no" into "unknown" when a document of a type that
// carries this criterion's evidence could not be read; other unreadable files are
// named in the reason.
func (c *caseView) adjustForUnreadable(k string, s Suggestion) Suggestion {
	rel := c.unreadableEvidence(k, false)
	var other []string
	for _, d := range c.docs {
		if len(d.unreadable) == 0 {
			continue
		}
		if !c.relevantDoc(k, d) {
			other = append(other, d.file)
		}
	}
	// a "no" on positive grounds (an empty template, "muntligt redogjort för uppdraget")
	// stands: the unread pages are named, and settle lowers its confidence
	if s.Suggestion == No && len(rel) > 0 && s.grounds != groundsPositive {
		s.Suggestion = Unknown
		files := map[string]bool{}
		var names []string
		for _, e := range rel {
			if !files[e.File] {
				files[e.File] = true
				names = append(names, e.File)
			}
		}
		s.Reason = "inget hittades i den läsbara texten, men " + strings.Join(names, ", ") + " kunde inte läsas (inget textlager, krypterad eller skadad) och kan innehålla underlaget; " + s.Reason
		s.Evidence = append(rel, s.Evidence...)
	} else if len(rel) > 0 || (len(other) > 0 && (s.Suggestion == No || s.Suggestion == Partly)) {
		// a page without text of a document that carries this criterion may hold more of
		// the evidence: point at it
		for _, e := range rel {
			if !hasEvidence(s.Evidence, e) {
				s.Evidence = append(s.Evidence, e)
			}
		}
		var names []string
		for _, e := range rel {
			names = append(names, e.File)
		}
		names = append(names, other...)
		s.Reason = strings.TrimSpace(s.Reason + " (ej lästa: " + strings.Join(uniq(names), ", ") + ")")
	}
	return s
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func (c *caseView) relevantDoc(k string, d *docView) bool {
	t := d.fileType
	if t == "" && len(d.pageOrder) > 0 {
		t = d.pageType[d.pageOrder[0]]
	}
	for _, x := range relevantTypes[k] {
		if x == t {
			return true
		}
	}
	return false
}

func (c *caseView) unreadableEvidence(k string, all bool) []Evidence {
	var out []Evidence
	for _, d := range c.docs {
		if len(d.unreadable) == 0 || (!all && !c.relevantDoc(k, d)) {
			continue
		}
		for _, p := range d.unreadable {
			out = append(out, Evidence{File: d.file, Page: p, Kind: KindUnreadable, Text: "(" + statusText(d.d) + ")"})
		}
	}
	return out
}

func statusText(d *Document) string {
	switch strings.ToLower(d.Status) {
	case "", "ok":
		return "sida utan textlager"
	case "no_text":
		return "inget textlager"
	}
	return d.Status
}

// ---- journal ----

// entry is one dated journal note.
type entry struct {
	doc   *docView
	date  time.Time
	title string
	tf    string
	head  line
	body  []line
	sents []sentence
	page  int
	seq   int
}

func (c *caseView) journalEntries() []*entry {
	var out []*entry
	seq := 0
	for _, d := range c.docs {
		var cur *entry
		year := 0 // the year of the journal's last full date, for notes dated "3/3"
		for i := 0; i < len(d.lines); i++ {
			l := d.lines[i]
			if d.pageType[l.page] != "journal" {
				if cur != nil {
					out = append(out, cur)
					cur = nil
				}
				continue
			}
			t, rest, ok := c.r.leadingDate(l.text)
			if ok {
				year = t.Year()
			} else if t, rest, ok = c.r.yearlessDate(l.text, year, c.review); ok {
				year = t.Year()
			} else if i+1 < len(d.lines) && d.lines[i+1].page == l.page {
				if t, rest, ok = c.r.splitDate(l.text, d.lines[i+1].text); ok {
					year = t.Year()
				} else if t, ok = c.r.loneShortDate(l.text); ok {
					rest = ""
					year = t.Year()
				}
			}
			if ok && rest != "" && !strings.ContainsFunc(rest, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) && cur != nil && !l.blankBefore {
				// "Första uppf." / "2015-11-12.": a date ending the sentence above, not a new note
				cur.body = append(cur.body, l)
				continue
			} else if ok {
				if cur != nil {
					out = append(out, cur)
				}
				// "2015-01-20 Trepartssamtal ANNSUN 2015-01-21": the date at the end of a
				// note's head is when it was written or signed, not part of the note
				full := rest
				if m := regDateRE.FindStringIndex(rest); m != nil && m[0] > 0 {
					rest = strings.TrimSpace(strings.TrimRight(rest[:m[0]], "|–- "))
				}
				seq++
				cur = &entry{doc: d, date: t, title: rest, head: l, page: l.page, seq: seq}
				if (len(strings.Fields(rest)) > 5 || strings.HasSuffix(rest, ".")) && strings.HasSuffix(l.text, full) && len(full) <= l.end-l.start {
					// the note itself follows the date on the same line ("2015-04-10
					// Trepartssamtal med ... Klienten har ..."): it is body text too
					body := l
					body.start = l.end - len(full)
					body.end = body.start + len(rest)
					body.text, body.f = rest, d.fold(rest)
					cur.body = append(cur.body, body)
				}
				if rest == "" && i+1 < len(d.lines) {
					nx := d.lines[i+1]
					if _, _, isDate := c.r.leadingDate(nx.text); !isDate && len(strings.Fields(nx.text)) <= 5 && !strings.HasSuffix(nx.text, ".") {
						cur.title = nx.text
						cur.head = nx
						i++
					}
				}
				cur.tf = d.fold(cur.title)
				continue
			}
			if cur != nil {
				cur.body = append(cur.body, l)
			}
		}
		if cur != nil {
			out = append(out, cur)
		}
	}
	for _, e := range out {
		e.sents = sentences(e.body)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].date.Equal(out[j].date) {
			return out[i].date.Before(out[j].date)
		}
		return out[i].seq < out[j].seq
	})
	return out
}

// regDateRE is a registration date at the end of a journal note's head, with the
// signature before it ("| ANNSUN 2015-01-21", "CAMROV 2014-03-19").
var regDateRE = regexp.MustCompile(`(?:\s|\|)\s*(?:[A-ZÅÄÖ]{2,8}\s+)?(?:19|20)\d\d-\d\d-\d\d$`)

func ev(s sentence, kind string) Evidence {
	return Evidence{File: s.doc.file, Page: s.page, Text: s.text, Start: s.start, End: s.end, Kind: kind}
}

func evLine(l line, kind string) Evidence {
	return Evidence{File: l.doc.file, Page: l.page, Text: l.text, Start: l.start, End: l.end, Kind: kind}
}

// negatedAct reports whether a sentence negates the act named by one of nouns ("ingen
// bedömning har gjorts", "uppföljning har inte skett", "bedömning saknas"). Negation
// of what the act says ("X bedöms inte kunna…") is not negation of the act.
func (r *Rules) negatedAct(f string, nouns []*pat) bool {
	for _, p := range nouns {
		for _, m := range p.findAll(f) {
			before := f[:m[0]]
			if i := strings.LastIndexAny(before, ",;:.("); i >= 0 {
				before = before[i+1:]
			}
			after := f[m[1]:]
			if i := strings.IndexAny(after, ",;.("); i >= 0 {
				after = after[:i]
			}
			if r.anyMatch(r.negBeforeNoun, before) || r.anyMatch(r.negAfterNoun, after) || r.anyMatch(r.negVerbBeforeNoun, before) {
				return true
			}
		}
	}
	return false
}

// declined finds a journal note saying the person declined before the intervention
// started: a decline that no note before or after it says the intervention started ("vill
// inte åka bort" during the investigation, then "Mikael har börjat på Kompassen", is a
// choice between interventions, not a decline of the one granted).
func (c *caseView) declined() *sentence {
	started := false
	var decl *sentence
	for _, e := range c.entries {
		if c.r.anyMatch(c.r.startedPhrases, e.tf) && !c.r.anyMatch(c.r.declinedPhrases, e.tf) {
			started = true
		}
		for i := range e.sents {
			s := e.sents[i]
			if c.r.anyMatch(c.r.declinedPhrases, s.f) {
				if !started && decl == nil {
					decl = &s
				}
				continue
			}
			if c.r.anyMatch(c.r.startedPhrases, s.f) && !c.r.anyMatch(c.r.fuPlanned, s.f) {
				started = true
			}
		}
	}
	if started {
		return nil
	}
	if decl != nil {
		return decl
	}
	// no journal says it started: a provider's e-mail, a follow-up or an untitled note may
	// say it never did ("Hanna kom aldrig till inskrivningen")
	for _, sec := range c.sectionsOfType("mejl", "uppfoljning", "") {
		for _, st := range c.r.substantive(sec) {
			if c.r.anyMatch(c.r.declinedPhrases, st.f) {
				return &st
			}
		}
	}
	return nil
}

// sectionsOfType returns the sections on pages of the given document types.
func (c *caseView) sectionsOfType(types ...string) []*section {
	var out []*section
	for _, d := range c.docs {
		for _, s := range d.sections {
			for _, t := range types {
				if s.typ == t {
					out = append(out, s)
					break
				}
			}
		}
	}
	return out
}

func rank(code string) int {
	switch code {
	case Yes:
		return 3
	case Partly:
		return 2
	case No:
		return 1
	}
	return 0
}
