package screen

import (
	"regexp"
	"strings"
	"time"
)

var emailNameRE = regexp.MustCompile(`(?i)\b[a-z0-9]+\.[a-z0-9]+@`)

// assignment judges uppdragsbeskrivning (SOSFS 2014:5): an assignment document with
// elements a–g, each checked separately.
func (c *caseView) assignment(decl *sentence) Suggestion {
	r := c.r
	secs := c.sectionsOfType("uppdrag")
	byContent := false
	if len(secs) == 0 {
		// an order without a title ("Till Mottagningen Bryggan / Angående Pia Lund"): a
		// letter or e-mail known by what it says
		secs = c.assignmentByContent()
		byContent = len(secs) > 0
	}
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
				if r.anyMatch(r.assignJournal, s.f) {
					kind := "rejected_assignment_mention"
					switch {
					case r.anyMatch(r.assignOral, s.f):
						kind = "rejected_oral_assignment"
					case r.anyMatch(r.assignPlanned, s.f):
						kind = "rejected_assignment_planned"
					}
					sug.Evidence = append(sug.Evidence, ev(s, kind))
					if kind != "rejected_assignment_mention" || r.negatedAct(s.f, r.assignJournal) {
						sug.grounds = groundsPositive
					}
				}
			}
		}
		// the person declined before the intervention started, and no note says an
		// assignment went to the provider: there was nothing to assign
		if decl != nil && !c.assignmentSent() {
			sug.Suggestion = NotApplicable
			sug.Reason = "ingen uppdragsbeskrivning behövdes: den enskilde tackade nej innan insatsen började"
			sug.Missing = nil
			sug.Evidence = append([]Evidence{ev(*decl, "declined")}, sug.Evidence...)
			sug.grounds = ""
		}
		return sug
	}
	found, rejected := c.assignElements(secs)
	add := func(e string, x Evidence) {
		if !hasEvidence(found[e], x) {
			found[e] = append(found[e], x)
		}
	}
	// a fax or e-mail cover sent with the assignment (the page before it in the same file:
	// "TELEFAX … DATUM: 26/11-14 Antal sidor inkl. denna: 2") records when it was handed over
	for _, d := range c.docs {
		fax, dated := map[int]bool{}, map[int]*line{} // per page: a fax title; its first sent-date line
		for i := range d.lines {
			l := &d.lines[i]
			fax[l.page] = fax[l.page] || faxTitleRE.MatchString(l.text)
			if dated[l.page] == nil && (r.anyMatch(r.emailMeta, strings.ToLower(l.f)) || sentLabelRE.MatchString(l.text)) && len(r.dates(l.f, time.Time{})) > 0 {
				dated[l.page] = l
			}
		}
		for i, p := range d.pageOrder {
			cover := d.pageType[p] == "mejl" || fax[p] && d.pageType[p] == "uppdrag"
			if cover && dated[p] != nil && i+1 < len(d.pageOrder) && d.pageType[d.pageOrder[i+1]] == "uppdrag" {
				add("g", evLine(*dated[p], "g"))
			}
		}
	}
	// g can also be in the journal: a dated note that the assignment was sent, naming it
	// ("Placeringsmejl skickat till Kvarnbacken", "Uppdrag lämnat till Kompassen") or
	// written on the day the assignment itself was sent ("Mejlat Ankaret om beslutet")
	sentOn := map[time.Time]bool{}
	for _, x := range found["g"] {
		for _, h := range r.dates(fold(x.Text), time.Time{}) {
			sentOn[h.t] = true
		}
	}
	for _, en := range c.entries {
		for _, s := range en.sents {
			named := r.anyMatch(r.assignJournal, s.f) || r.anyMatch(r.assignJournal, en.tf)
			if (named || sentOn[en.date]) && r.anyMatch(r.elementPatterns["g"], s.f) && !r.anyMatch(r.assignOral, s.f) &&
				!r.anyMatch(r.assignPlanned, s.f) && !r.negatedAct(s.f, r.assignJournal) {
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

	switch {
	case len(missing) == 0:
		sug.Suggestion = Yes
		sug.Reason = "uppdragsbeskrivningen innehåller alla delar a–g"
		if byContent {
			sug.Reason = "ett brev eller mejl till utföraren utan rubriken uppdragsbeskrivning innehåller alla delar a–g"
		}
	case !sug.Elements["a"] && !sug.Elements["b"] && !sug.Elements["c"] && !sug.Elements["d"] && !sug.Elements["e"]:
		sug.Suggestion = No
		sug.Reason = "det finns ett uppdragsdokument men det innehåller ingen av de föreskrivna delarna a–e (bara ett beslut eller en beställning utan innehåll)"
		// a bare order ("X är beviljad öppenvård hos er"), even signed and dated, lacks
		// every part an assignment must have: a ground, unless a page of it could not be
		// read (a scanned fax whose recognition failed may hold every part)
		sug.grounds = groundsPositive
		for _, s := range secs {
			if len(s.doc.unreadable) > 0 {
				sug.grounds = groundsUnrecognised
			}
		}
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

// assignmentSent reports whether a journal note says an assignment (or an order) was sent
// or handed to the provider.
// faxTitleRE is a fax cover's title ("TELEFAX", "T E L E F A X", "Fax"); sentLabelRE is its
// date field ("Datum | 2015-02-24 kl. 10.40", "DATUM: 150225").
var (
	faxTitleRE  = regexp.MustCompile(`(?i)(^|\s)(tele)?fax\s*$|^t\s*e\s*l\s*e\s*f\s*a\s*x$`)
	sentLabelRE = regexp.MustCompile(`(?i)^(datum|skickat|sänt|avsänt)\s*(:|\|)`)
)

func (c *caseView) assignmentSent() bool {
	r := c.r
	for _, en := range c.entries {
		for _, s := range en.sents {
			if (r.anyMatch(r.assignJournal, s.f) || r.anyMatch(r.assignJournal, en.tf)) && r.anyMatch(r.elementPatterns["g"], s.f) &&
				!r.anyMatch(r.assignPlanned, s.f) && !r.negatedAct(s.f, r.assignJournal) {
				return true
			}
		}
	}
	return false
}

// assignElements finds elements a–g in the sections of an assignment: under their
// headings, in prose sentence by sentence, and f on the assignment's pages.
func (c *caseView) assignElements(secs []*section) (found map[string][]Evidence, rejected []Evidence) {
	r := c.r
	found = map[string][]Evidence{}
	add := func(e string, x Evidence) {
		if !hasEvidence(found[e], x) {
			found[e] = append(found[e], x)
		}
	}
	// documentation by keywords: a heading whose text is a keyword's line below it
	// ("Nämndens bedömning" / "Sammanfattning: Dagligt cannabisbruk …") heads that line,
	// unless the keyword heads another element itself (a generic keyword such as
	// "Sammanfattning", "Insats" or "Datum" does not: assignment.keyword_labels)
	isElementHead := func(s *section) bool {
		for _, e := range elementKeys {
			if r.headingMatch(r.elementHeadings[e], s.tf) {
				return true
			}
		}
		return r.headingMatch(r.needsHeadings, s.tf)
	}
	var merged []*section
	for i := 0; i < len(secs); i++ {
		s := secs[i]
		if s.heading != nil && len(s.contentLines()) == 0 && isElementHead(s) && i+1 < len(secs) {
			if n := secs[i+1]; n.doc == s.doc && n.page == s.page && n.inline != nil && (!isElementHead(n) || r.headingMatch(r.keywordLabels, n.tf)) {
				m := &section{doc: s.doc, heading: s.heading, title: s.title, tf: s.tf, known: s.known, page: s.page, typ: s.typ}
				m.body = n.contentLines()
				merged = append(merged, m)
				i++
				continue
			}
		}
		merged = append(merged, s)
	}
	secs = merged
	for _, s := range secs {
		sents := r.substantive(s)
		headed := false
		// headed elements: the heading counts only with real content under it
		for _, e := range elementKeys {
			// the committee's assessment under its own heading ("Socialtjänstens analys")
			// is element a wherever it stands
			isHead := s.heading != nil && (r.headingMatch(r.elementHeadings[e], s.tf) || e == "a" && r.headingMatch(r.needsHeadings, s.tf) && !r.anyMatch(r.needsHeadingExclude, s.tf))
			// "Sammanfattning av bedömningen" heads the assessment (a), not a report (e)
			if isHead && e == "e" && r.headingMatch(r.elementHeadings["a"], s.tf) {
				isHead = false
			}
			if !isHead {
				continue
			}
			// a document title is not an element heading (a label with its text on its line,
			// "Slutrapport: närvaro, provsvar …", is no title); but "Uppföljning" inside an
			// assignment is its follow-up element (d), whatever else it may title, and a
			// bare "Uppdrag" below the head of the page, or with its answer on its line
			// ("Uppdrag: samtal varje vecka"), is the heading of what it includes (b)
			if t := r.titleType(s.tf); t != "" && s.inline == nil && !(e == "d" && t == "uppfoljning") && !(e == "b" && t == "uppdrag" && len(strings.Fields(s.tf)) == 1 && (s.heading.idx > 5 || s.inline != nil)) {
				continue
			}
			headed = true
			// under its own heading an element may be one word ("Mål: Drogfrihet.")
			var content []sentence
			for _, st := range r.contentAtLeast(s, 1) {
				// an option of a form left unticked ("☐ Månadsrapport") was not chosen
				if r.planContent(line{f: st.f, text: st.text}).text == "" {
					rejected = append(rejected, ev(st, "rejected_unticked"))
					continue
				}
				if e == "a" && r.anyMatch(r.assignReferral, st.f) {
					rejected = append(rejected, ev(st, "rejected_refers_elsewhere"))
					continue
				}
				content = append(content, st)
			}
			switch e {
			case "a":
				ok := false
				for _, st := range content {
					if r.statesNeed(st.f) {
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
				if len(r.dates(s.heading.f, time.Time{})) > 0 && !r.anyMatch(r.assignPlanned, s.heading.f) {
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
				if e == "e" && !r.anyMatch(r.elementHeadings["e"][:1], s.tf) && !r.anyMatch(r.reportContent, s.tf) {
					// under a heading that names the end ("Vid utskrivning", "Avslut") only
					// what is to be reported is element e, not the date of discharge
					var rep []sentence
					for _, st := range content {
						if r.anyMatch(r.reportContent, st.f) {
							rep = append(rep, st)
						}
					}
					if len(rep) == 0 {
						rejected = append(rejected, evLine(*s.heading, "rejected_no_report"))
						continue
					}
					content = rep
				}
				add(e, evLine(*s.heading, e+"_heading"))
				for _, st := range content {
					add(e, ev(st, e))
				}
			}
		}
		// the committee's assessment under a heading of its own words ("Vår bild av Lindas
		// situation"): needs and why the intervention meets them, as in an investigation
		if !headed && s.heading != nil && len(found["a"]) == 0 {
			needs, reasons := false, false
			for _, st := range sents {
				needs = needs || r.statesNeed(st.f)
				reasons = reasons || r.anyMatch(r.reasoning, st.f)
			}
			if needs && reasons {
				for _, st := range sents {
					other := false
					for _, e := range []string{"b", "c", "d", "e", "g"} {
						other = other || r.anyMatch(r.elementPatterns[e], st.f)
					}
					if !other && !r.anyMatch(r.contact, st.f) && (r.statesNeed(st.f) || r.anyMatch(r.reasoning, st.f)) {
						add("a", ev(st, "a"))
					}
				}
			}
		}
		// elements written in prose, sentence by sentence
		for _, st := range sents {
			if r.anyMatch(r.assignReferral, st.f) || r.planContent(line{f: st.f, text: st.text}).text == "" {
				continue
			}
			for _, e := range []string{"a", "b", "c", "d", "e"} {
				if e == "c" && (r.anyMatch(r.elementPatterns["d"], st.f) || r.anyMatch(r.elementPatterns["e"], st.f)) && !startsWithGoal(st.f) {
					continue
				}
				if r.anyMatch(r.elementPatterns[e], st.f) {
					add(e, ev(st, e))
				}
			}
			// in the assignment itself, a dated hand-over ("Skickat till mottagningen
			// 2015-03-03") records when it was given to the provider
			if r.anyMatch(r.elementPatterns["g"], st.f) && len(r.dates(st.f, time.Time{})) > 0 && !r.anyMatch(r.assignPlanned, st.f) {
				add("g", ev(st, "g"))
			}
		}
		if s.heading != nil && r.headingMatch(r.elementHeadings["f"], s.tf) && len(found["f"]) == 0 {
			for _, st := range sentences(s.contentLines()) {
				rejected = append(rejected, ev(st, "rejected_no_named_officer"))
			}
		}
	}
	pages := map[*docView]map[int]bool{}
	for _, s := range secs {
		if pages[s.doc] == nil {
			pages[s.doc] = map[int]bool{}
		}
		for _, l := range append(s.contentLines(), headLines(s)...) {
			pages[s.doc][l.page] = true
		}
	}
	for _, x := range c.officerContacts(pages, &rejected) {
		add("f", x)
	}
	return found, rejected
}

func headLines(s *section) []line {
	if s.heading == nil {
		return nil
	}
	return []line{*s.heading}
}

// assignmentByContent returns the sections of the first document, of a type that may
// hold an order without being titled one (no type, an e-mail, a decision), that has at
// least three of the elements b–e and addresses the provider, or all four of them: an
// assignment by what it says.
func (c *caseView) assignmentByContent() []*section {
	for _, d := range c.docs {
		var secs []*section
		addressed := false
		for _, s := range d.sections {
			switch s.typ {
			case "", "mejl", "beslut":
			default:
				continue
			}
			secs = append(secs, s)
			for _, l := range append(s.contentLines(), headLines(s)...) {
				addressed = addressed || c.r.anyMatch(c.r.providerAddress, l.f)
			}
		}
		if len(secs) == 0 {
			continue
		}
		found, _ := c.assignElements(secs)
		n := 0
		for _, e := range []string{"b", "c", "d", "e"} {
			if len(found[e]) > 0 {
				n++
			}
		}
		// three of b–e in a text addressed to the provider, or all four (what is to be
		// reported back at the end is asked of a provider only) under any title
		if n >= 3 && addressed || n == 4 {
			return secs
		}
	}
	return nil
}

// officerContacts finds element f on the assignment's pages: a line with contact details
// (a telephone number, an e-mail address) and, in it or the short lines just above it on
// the same page (a signature block, a "Handläggare" field), a person's name and the officer's
// title, office or heading. A block naming a provider's role (a therapist's signature in
// a reply) is the provider's contact, not the officer's (rejected).
func (c *caseView) officerContacts(pages map[*docView]map[int]bool, rejected *[]Evidence) []Evidence {
	r := c.r
	var out []Evidence
	for _, d := range c.docs {
		var ls []line
		for _, l := range d.lines {
			if pages[d][l.page] {
				ls = append(ls, l)
			}
		}
		for i, l := range ls {
			if !r.anyMatch(r.contact, l.f) {
				continue
			}
			// the block: up to four short lines above (a signature, a label table),
			// not running text
			lo := i
			for lo > 0 && i-lo < 4 && ls[lo-1].page == l.page && len(strings.Fields(ls[lo-1].text)) <= 12 && !strings.HasSuffix(ls[lo-1].text, ".") {
				lo--
			}
			var raw, folded strings.Builder
			head := false
			for _, b := range ls[lo : i+1] {
				raw.WriteString(b.text + "\n")
				folded.WriteString(b.f + "\n")
				t := b.f
				if k := strings.IndexAny(t, ":|"); k > 0 {
					t = t[:k]
				}
				head = head || r.headingMatch(r.elementHeadings["f"], t)
			}
			if !(r.hasPersonName(raw.String()) || emailNameRE.MatchString(raw.String())) {
				continue
			}
			text := d.pageText[l.page]
			e := Evidence{File: d.file, Page: l.page, Start: ls[lo].start, End: l.end, Text: normalize(text[ls[lo].start:l.end]), Kind: "f"}
			// in prose, the sentence that holds the contact details ("Frågor besvaras av
			// ansvarig handläggare Anna Ek, socialsekreterare, telefon …")
			for _, st := range sentences(ls[max(0, i-3):min(len(ls), i+2)]) {
				if st.start <= l.start && l.start < st.end && r.anyMatch(r.contact, st.f) && (r.hasPersonName(st.text) || emailNameRE.MatchString(st.text)) {
					raw.WriteString(st.text)
					folded.WriteString(st.f)
					e = ev(st, "f")
				}
			}
			// the contact's own label names the officer ("Beställare: Karin Holm, …"):
			// the lines above it (a title naming the ordered "öppenvård") do not make it the
			// provider's
			own, labelled := "", false
			if k := strings.IndexAny(l.f, ":|"); k > 0 {
				own, labelled = strings.TrimSpace(l.f[:k]), true
			}
			switch {
			case labelled && r.headingMatch(r.elementHeadings["f"], own) && r.hasPersonName(l.text):
				out = append(out, e)
			case firstPersonContactRE.MatchString(raw.String()):
				// "Jag nås på telefon …, eller på helena.brandt@…": the writer of the
				// assignment, the case officer, gives her own contact details
				out = append(out, e)
			case r.anyMatch(r.providerRoles, folded.String()) && !r.anyMatch(r.caseworkerTitle, folded.String()):
				e.Kind = KindRejected + "provider_contact"
				*rejected = append(*rejected, e)
			case head || r.anyMatch(r.officerWords, folded.String()):
				out = append(out, e)
			}
		}
	}
	return out
}

// firstPersonContactRE is the writer giving her own contact details: "Jag nås på …", "Du
// når mig på …", "mitt telefonnummer är …".
var firstPersonContactRE = regexp.MustCompile(`(?i)\b(jag nås|nå mig|når mig|ring mig|mejla mig|mitt (telefon)?nummer|min e-post(adress)?)\b`)

var goalStartRE = regexp.MustCompile(`(?i)^(m(a1)l|delm(a1)l|syftet)`)

func startsWithGoal(f string) bool { return goalStartRE.MatchString(strings.TrimLeft(f, "•–-* ")) }
