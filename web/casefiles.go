package web

import (
	"sort"
	"strconv"
	"strings"

	"tillsyn/review"
)

// The view of a case's documents and screening, independent of how the service returns
// them: the review page and the committee list use these.

type docView struct {
	ID               int64
	File             string
	Status           string
	StatusText       string
	OK               bool
	Pages            []pageView
	PagesWithoutText []int
}

type pageView struct {
	DocID    int64
	File     string
	Number   int
	Anchor   string // "d3-p2"
	Segments []segment
	NoText   bool
	OCR      bool // the text was recognised from the page's image (a scan)
}

// HasMarks reports whether evidence is highlighted on the page.
func (p pageView) HasMarks() bool {
	for _, s := range p.Segments {
		if s.Mark && !s.Weak {
			return true
		}
	}
	return false
}

// segment is a run of page text, marked when it is screening evidence.
type segment struct {
	Text      string
	Mark      bool
	ID        string // anchor of a marked segment, e.g. "ev-planning-1"
	Criterion string // Swedish name of the criterion the evidence is for
	CritNo    int    // the criterion's number on the form (its colour)
	Weak      bool   // found but not evidence (an empty heading, a plan…)
}

type evidenceView struct {
	File, Text, Kind string
	Page             int
	Link             string // "#ev-planning-1" (highlight) or "#d3-p2" (page)
	Weak             bool
	CritNo           int
}

type suggestionView struct {
	Suggestion string // yes, partly, no, not_applicable, "" (unknown)
	Label      string // Swedish
	Evidence   []evidenceView
	Missing    []string
	Reason     string
	Confidence string         // "hög", "medel" or "låg"; "" for unknown (no suggestion)
	Uncertain  bool           // not to be taken as a finding: low confidence, or unknown
	Elements   string         // a–f letters found (assignment description)
	Pages      string         // evidence pages as the form's pre-fill: "Utredning.pdf s. 2; …"
	CritNo     int            // the criterion's number on the form (its colour)
	Shown      []evidenceView // the first of Evidence
	More       []evidenceView // the rest, behind "visa fler"
}

type screeningView struct {
	RulesVersion string
	Criteria     map[review.Criterion]suggestionView
}

var docStatusText = map[string]string{
	"ok":        "text läst",
	"no_text":   "sidor utan text (inskannade?)",
	"encrypted": "lösenordsskyddad",
	"corrupt":   "trasig PDF",
	"not_pdf":   "inte en PDF",
	"too_large": "för stor",
	"timeout":   "tog för lång tid att läsa",
	"failed":    "kunde inte läsas",
}

// mark is one evidence span on a page.
type mark struct {
	start, end int
	id, crit   string
	no         int
	weak       bool
}

// splitSegments cuts a page's text into plain and marked segments. Overlapping or invalid
// spans are dropped (the first wins); html/template escapes every segment.
func splitSegments(text string, marks []mark) []segment {
	sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	var out []segment
	pos := 0
	for _, m := range marks {
		if m.start < pos || m.end <= m.start || m.end > len(text) {
			continue
		}
		if m.start > pos {
			out = append(out, segment{Text: text[pos:m.start]})
		}
		out = append(out, segment{Text: text[m.start:m.end], Mark: true, ID: m.id, Criterion: m.crit, CritNo: m.no, Weak: m.weak})
		pos = m.end
	}
	if pos < len(text) {
		out = append(out, segment{Text: text[pos:]})
	}
	return out
}

func pagesPrefill(ev []evidenceView) string {
	seen := map[string]bool{}
	var parts []string
	for _, e := range ev {
		if e.Weak {
			continue
		}
		p := e.File + " s. " + strconv.Itoa(e.Page)
		if !seen[p] {
			seen[p] = true
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "; ")
}
