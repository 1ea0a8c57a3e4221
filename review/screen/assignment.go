package screen

import (
	"regexp"
	"strings"
	"time"
)

var emailNameRE = regexp.MustCompile(`(?i)\b[a-z0-9]+\.[a-z0-9]+@`)

// assignment judges uppdragsbeskrivning (SOSFS 2014:5): an assignment document with
// elements a–g, each checked separately.
func (c *caseView) assignment() Suggestion {
	r := c.r
	secs := c.sectionsOfType("uppdrag")
	sug := Suggestion{Elements: map[string]bool{}}
	for _, e := range elementKeys {
		sug.Elements[e] = false
	}
	if len(secs) == 0 {
		sug.Suggestion = No
		sug.Reason = "akten har ingen uppdragsbeskrivning (eller beställning) till utföraren"
		sug.Missing = append(sug.Missing, elementKeys...)
		sug.grounds = groundsAbsent
		for _, en := range c.entries {
			for _, s := range en.sents {
				if anyMatch(r.assignJournal, s.f) {
					kind := "rejected_assignment_mention"
					switch {
					case anyMatch(r.assignOral, s.f):
						kind = "rejected_oral_assignment"
					case anyMatch(r.fuPlanned, s.f):
						kind = "rejected_assignment_planned"
					}
					sug.Evidence = append(sug.Evidence, ev(s, kind))
					if kind != "rejected_assignment_mention" || r.negatedAct(s.f, r.assignJournal) {
						sug.grounds = groundsPositive
					}
				}
			}
		}
		return sug
	}
	found := map[string][]Evidence{}
	add := func(e string, x Evidence) {
		if !hasEvidence(found[e], x) {
			found[e] = append(found[e], x)
		}
	}
	var rejected []Evidence
	for _, s := range secs {
		sents := r.substantive(s)
		// headed elements: the heading counts only with real content under it
		for _, e := range elementKeys {
			// a document title is not an element heading; but "Uppföljning" inside an
			// assignment is its follow-up element (d), whatever else it may title
			if s.heading == nil || !anyMatch(r.elementHeadings[e], s.tf) || r.titleType(s.tf) != "" && !(e == "d" && r.titleType(s.tf) == "uppfoljning") {
				continue
			}
			// under its own heading an element may be one word ("Mål: Drogfrihet.")
			var content []sentence
			for _, st := range r.contentAtLeast(s, 1) {
				if e == "a" && anyMatch(r.assignReferral, st.f) {
					rejected = append(rejected, ev(st, "rejected_refers_elsewhere"))
					continue
				}
				content = append(content, st)
			}
			switch e {
			case "a":
				ok := false
				for _, st := range content {
					if anyMatch(r.needWords, st.f) {
						ok = true
						add("a", ev(st, "a"))
					}
				}
				if !ok && len(content) == 0 {
					rejected = append(rejected, evLine(*s.heading, "rejected_empty_heading"))
				}
			case "f":
				// handled below with the contact test
			case "g":
				// "Skickat till mottagningen 2015-03-03" may stand alone, like a heading
				if len(r.dates(s.heading.f, time.Time{})) > 0 && !anyMatch(r.fuPlanned, s.heading.f) {
					add("g", evLine(*s.heading, "g"))
				}
				for _, st := range content {
					if len(r.dates(st.f, time.Time{})) > 0 {
						add("g", ev(st, "g"))
					}
				}
			default:
				if len(content) == 0 {
					rejected = append(rejected, evLine(*s.heading, "rejected_empty_heading"))
					continue
				}
				add(e, evLine(*s.heading, e+"_heading"))
				for _, st := range content {
					add(e, ev(st, e))
				}
			}
		}
		// elements written in prose, sentence by sentence
		for _, st := range sents {
			if anyMatch(r.assignReferral, st.f) {
				continue
			}
			for _, e := range []string{"a", "b", "c", "d", "e"} {
				if e == "c" && (anyMatch(r.elementPatterns["d"], st.f) || anyMatch(r.elementPatterns["e"], st.f)) && !startsWithGoal(st.f) {
					continue
				}
				if anyMatch(r.elementPatterns[e], st.f) {
					add(e, ev(st, e))
				}
			}
			// in the assignment itself, a dated hand-over ("Skickat till mottagningen
			// 2015-03-03") records when it was given to the provider
			if anyMatch(r.elementPatterns["g"], st.f) && len(r.dates(st.f, time.Time{})) > 0 && !anyMatch(r.fuPlanned, st.f) {
				add("g", ev(st, "g"))
			}
		}
		// f: the responsible case officer's name and contact details together
		ls := s.contentLines()
		if s.heading != nil {
			ls = append([]line{*s.heading}, ls...)
		}
		for _, st := range sentences(ls) {
			if !anyMatch(r.contact, st.f) {
				continue
			}
			if r.hasPersonName(st.text) || emailNameRE.MatchString(st.text) {
				add("f", ev(st, "f"))
			}
		}
		if s.heading != nil && anyMatch(r.elementHeadings["f"], s.tf) && len(found["f"]) == 0 {
			for _, st := range sentences(s.contentLines()) {
				rejected = append(rejected, ev(st, "rejected_no_named_officer"))
			}
		}
	}
	// g can also be in the journal: a dated note that the assignment was sent
	for _, en := range c.entries {
		for _, s := range en.sents {
			if anyMatch(r.assignJournal, s.f) && anyMatch(r.elementPatterns["g"], s.f) && !anyMatch(r.assignOral, s.f) &&
				!anyMatch(r.fuPlanned, s.f) && !r.negatedAct(s.f, r.assignJournal) {
				add("g", evLine(en.head, "g_journal"))
				add("g", ev(s, "g"))
			}
		}
	}
	var missing []string
	for _, e := range elementKeys {
		if len(found[e]) > 0 {
			sug.Elements[e] = true
			sug.Evidence = append(sug.Evidence, found[e]...)
		} else {
			missing = append(missing, e)
		}
	}
	sug.Missing = missing
	present := 7 - len(missing)
	switch {
	case len(missing) == 0:
		sug.Suggestion = Yes
		sug.Reason = "uppdragsbeskrivningen innehåller alla delar a–g"
	case present == 0 || (present == 1 && sug.Elements["g"]):
		sug.Suggestion = No
		sug.Reason = "det finns ett uppdragsdokument men det innehåller ingen av de föreskrivna delarna"
		// a bare order ("X är beviljad öppenvård hos er") lacks every part: a ground
		sug.grounds = groundsPositive
	default:
		sug.Suggestion = Partly
		var names []string
		for _, e := range missing {
			names = append(names, e+" ("+r.elementNames[e]+")")
		}
		sug.Reason = "uppdragsbeskrivningen saknar " + strings.Join(names, ", ")
		sug.grounds = groundsPositive
		if len(missing) >= 4 {
			sug.grounds = groundsUnrecognised
		}
	}
	sug.Evidence = append(sug.Evidence, rejected...)
	return sug
}

var goalStartRE = regexp.MustCompile(`(?i)^(m(a1)l|delm(a1)l|syftet)`)

func startsWithGoal(f string) bool { return goalStartRE.MatchString(strings.TrimLeft(f, "•–-* ")) }
