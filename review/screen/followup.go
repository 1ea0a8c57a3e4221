package screen

import (
	"sort"
	"strings"
	"time"
)

type fuState int

const (
	fuNone fuState = iota
	fuDoneState
	fuPlannedState
	fuCancelledState
	fuNegatedState
)

// classifyFU classifies a sentence that may be about a follow-up. date is the date of
// the note it stands in (zero outside journals); inFUContext is true when the note's
// title or the document is about a follow-up or a meeting reviewing the intervention.
func (c *caseView) classifyFU(s sentence, date time.Time, inFUContext bool) fuState {
	r := c.r
	// "Uppföljningsenheten" names who wrote the note, not a follow-up
	tf := r.lx.withoutUnits(s.f)
	isFU := r.anyMatch(r.fuTerms, tf) || (r.anyMatch(r.fuMeeting, tf) && r.anyMatch(r.fuReview, tf))
	if !isFU && !inFUContext {
		// a meeting called off ("Ola avbokar mötet") after a follow-up was booked
		if r.anyMatch(r.fuMeeting, s.f) && r.anyMatch(r.fuCancelled, s.f) {
			return fuCancelledState
		}
		return fuNone
	}
	switch {
	case r.negatedAct(s.f, r.fuTerms) || r.negatedAct(s.f, r.fuMeeting):
		return fuNegatedState
	case r.anyMatch(r.fuCancelled, s.f):
		return fuCancelledState
	case r.anyMatch(r.fuPlanned, s.f) && !r.anyMatch(r.fuDone, s.f):
		return fuPlannedState
	}
	if !date.IsZero() {
		for _, h := range r.dates(s.f, date) {
			// a month or day named without its year in a sentence that reports a result
			// ("2 pos prover i mars, neg sedan 150402") is the past one, not a date ahead
			if h.relative && r.anyMatch(r.fuOutcome, s.f) {
				continue
			}
			if h.t.After(date) {
				return fuPlannedState
			}
		}
	}
	// in a follow-up's own note, a reported outcome ("Mål 1: uppnått") shows it took place
	if isFU || r.anyMatch(r.fuDone, s.f) || r.anyMatch(r.fuReview, s.f) || r.anyMatch(r.fuMeeting, s.f) || r.anyMatch(r.fuReportIn, s.f) || inFUContext && r.anyMatch(r.fuOutcome, s.f) {
		return fuDoneState
	}
	return fuNone
}

type fuFinding struct {
	done, outcome, refDoc bool
	calledOff, heldSaid   bool // a follow-up document: it says the meeting was called off; it says one was held
	inferred              bool // a meeting taken for a follow-up by the outcome its note states
	date                  time.Time
	evidence              []Evidence
}

// followUp judges uppföljning: a follow-up that took place, dated, with an outcome.
func (c *caseView) followUp(decl *sentence) Suggestion {
	r := c.r
	var rejected []Evidence
	var planned []Evidence
	var plannedDates []time.Time
	cancelledOrNegated := false

	// journal notes
	var journalDone []fuFinding
	var negatedAt time.Time // the latest note that says no follow-up was made
	started := c.startDate()
	for _, e := range c.entries {
		// a follow-up's note: its title names one, or it records the provider's report
		// coming in ("Sammanfattning från Lapplandsgården inkommen. Bekräftar …")
		titleFU := r.anyMatch(r.fuTerms, r.lx.withoutUnits(e.tf))
		for _, s := range e.sents {
			titleFU = titleFU || r.anyMatch(r.fuReportIn, s.f)
		}
		f := fuFinding{date: e.date}
		var outcomeEv []Evidence
		noteCalledOff, explicitDone := false, false
		for _, s := range e.sents {
			st := c.classifyFU(s, e.date, titleFU)
			switch st {
			case fuDoneState:
				f.done = true
				f.evidence = append(f.evidence, ev(s, "followup_done"))
				explicitDone = explicitDone || r.anyMatch(r.fuDone, s.f)
			case fuPlannedState:
				if !f.done {
					planned = append(planned, ev(s, "rejected_planned"))
					for _, h := range r.dates(s.f, e.date) {
						if h.t.After(e.date) {
							plannedDates = append(plannedDates, h.t)
						}
					}
				}
			case fuCancelledState:
				cancelledOrNegated, noteCalledOff = true, true
				rejected = append(rejected, ev(s, "rejected_cancelled"))
			case fuNegatedState:
				cancelledOrNegated, noteCalledOff = true, true
				rejected = append(rejected, ev(s, "rejected_negation"))
				if e.date.After(negatedAt) {
					negatedAt = e.date
				}
			}
			if st != fuNegatedState && st != fuCancelledState && r.anyMatch(r.fuOutcome, s.f) {
				outcomeEv = append(outcomeEv, ev(s, "outcome"))
			}
			if r.anyMatch(r.fuRefDoc, s.f) {
				f.refDoc = true
			}
		}
		// after the intervention started, a meeting whose note states how it is going
		// ("Genomgång hos Bryggan med Pia och Kim. Pia har lämnat negativa alkotester …")
		// is a follow-up, whatever it is called
		if !f.done && !started.IsZero() && e.date.After(started) && len(outcomeEv) > 0 && !cancelledOrNegated {
			for _, s := range e.sents {
				if r.anyMatch(r.fuMeeting, s.f) && !r.anyMatch(r.fuPlanned, s.f) && !r.anyMatch(r.fuCancelled, s.f) {
					f.done, f.inferred = true, true
					f.evidence = append(f.evidence, ev(s, "followup_done"))
					break
				}
			}
		}
		if f.done && e.date.After(c.review) {
			f.done = false
		}
		// a note that records the follow-up called off ("Mötet blev inte av … Hon mår dock
		// bättre enligt behandlaren") did not record it held, whatever outcome it passes
		// on, unless a sentence of its own says one was held
		if f.done && noteCalledOff && !explicitDone {
			f.done = false
			f.evidence = nil
		}
		if f.done {
			f.evidence = append([]Evidence{evLine(e.head, "followup_note")}, f.evidence...)
			if len(outcomeEv) > 0 {
				f.outcome = true
				f.evidence = append(f.evidence, outcomeEv...)
			}
			journalDone = append(journalDone, f)
		}
	}

	// a meeting taken for a follow-up only by what its note says ("Hembesök genomfört …
	// samtalen går bra") is none when a later note says that no follow-up was made
	kept := journalDone[:0]
	for _, f := range journalDone {
		if !(f.inferred && f.date.Before(negatedAt)) {
			kept = append(kept, f)
		}
	}
	journalDone = kept

	// follow-up documents
	var docs []fuFinding
	for _, d := range c.docs {
		var cur *fuFinding
		for _, s := range d.sections {
			if s.typ != "uppfoljning" {
				cur = nil
				continue
			}
			if cur == nil {
				docs = append(docs, fuFinding{done: true})
				cur = &docs[len(docs)-1]
			}
			ls := s.contentLines()
			if s.heading != nil {
				ls = append([]line{*s.heading}, ls...)
			}
			for _, l := range ls {
				if t, ok := r.standaloneDate(l); ok && !t.After(c.review) && (cur.date.IsZero() || t.Before(cur.date)) {
					cur.date = t
					cur.evidence = append(cur.evidence, evLine(l, "followup_date"))
				}
			}
			outcomeSection := s.heading != nil && r.headingMatch(r.fuDocOutcomeHeadings, s.tf)
			for _, st := range r.substantive(s) {
				cls := c.classifyFU(st, time.Time{}, false)
				if cls == fuCancelledState || cls == fuNegatedState || r.anyMatch(r.fuCancelled, st.f) {
					// "Mötet ställdes in", "Lisa kom inte till mötet"
					cur.calledOff = true
					rejected = append(rejected, ev(st, "rejected_cancelled"))
					continue
				}
				cur.heldSaid = cur.heldSaid || r.anyMatch(r.fuDone, st.f)
				if cls == fuPlannedState || r.anyMatch(r.fuPlanned, st.f) {
					rejected = append(rejected, ev(st, "rejected_next_planned"))
					continue
				}
				if outcomeSection || r.anyMatch(r.fuOutcome, st.f) {
					cur.outcome = true
					cur.evidence = append(cur.evidence, ev(st, "outcome"))
				}
			}
		}
	}

	docs = append(docs, c.emailReports(started)...)

	// a follow-up document that records the meeting called off ("Mötet ställdes in …
	// Enligt behandlaren mår hon bättre") records no follow-up held, unless it also says
	// one was held
	for i := range docs {
		if docs[i].calledOff && !docs[i].heldSaid {
			docs[i] = fuFinding{}
			cancelledOrNegated = true
		}
	}

	// plans and assignments: follow-up only planned there. A date counts when it stands
	// in the line that names the follow-up (a plan's table row or sentence), not elsewhere in
	// a run of joined rows; "i november" is read against the page's latest full date.
	for _, s := range c.sectionsOfType("plan", "uppdrag") {
		for _, l := range s.contentLines() {
			if !r.anyMatch(r.fuTerms, r.lx.withoutUnits(l.f)) {
				continue
			}
			for _, st := range sentences([]line{l}) {
				if !r.anyMatch(r.fuTerms, r.lx.withoutUnits(st.f)) {
					continue
				}
				hs := termDates(r, st.f, r.dates(st.f, c.pageDate(l.doc, l.page)))
				if len(hs) == 0 {
					continue
				}
				planned = append(planned, ev(st, "rejected_planned_in_plan"))
				for _, h := range hs {
					plannedDates = append(plannedDates, h.t)
				}
			}
		}
	}

	reported := c.reportedFollowUps()

	sug := Suggestion{}
	var bestJ, bestD *fuFinding
	for i := range journalDone {
		if bestJ == nil || (journalDone[i].outcome && !bestJ.outcome) {
			bestJ = &journalDone[i]
		}
	}
	for i := range docs {
		d := &docs[i]
		if !d.outcome && d.date.IsZero() {
			continue
		}
		if bestD == nil || score(d) > score(bestD) {
			bestD = d
		}
	}
	switch {
	case bestJ != nil && bestJ.outcome:
		sug.Suggestion = Yes
		sug.Reason = "en daterad journalanteckning visar en genomförd uppföljning med resultat"
		sug.Evidence = bestJ.evidence
	case bestD != nil && bestD.outcome && !bestD.date.IsZero():
		sug.Suggestion = Yes
		sug.Reason = "ett daterat uppföljningsdokument redovisar resultatet"
		sug.Evidence = bestD.evidence
		if bestJ != nil {
			sug.Evidence = append(sug.Evidence, bestJ.evidence...)
		}
	case bestD != nil && bestD.outcome && bestJ != nil:
		sug.Suggestion = Yes
		sug.Reason = "ett uppföljningsdokument redovisar resultatet och en daterad journalanteckning visar mötet"
		sug.Evidence = append(append([]Evidence{}, bestD.evidence...), bestJ.evidence...)
	case reported != nil && (bestJ == nil || !bestJ.outcome):
		// a follow-up that took place, reported in another document (a decision to go
		// on, an e-mail after the meeting): yes, with medium confidence
		sug.Suggestion = Yes
		sug.grounds = groundsUnrecognised
		sug.Reason = "ett annat dokument (beslut, mejl) redovisar en genomförd uppföljning med datum och resultat"
		sug.Evidence = reported.evidence
		if bestJ != nil {
			sug.Evidence = append(sug.Evidence, bestJ.evidence...)
		}
	case bestJ != nil && refDocUnread(journalDone) && len(c.unreadableEvidence(FollowUp, false)) > 0:
		// "Uppföljning idag, se separat dokument (inskannat)": the follow-up took place and
		// its record is a document of the file that has no text. Yes, with low confidence:
		// the reviewer reads the scanned page for the outcome.
		sug.Suggestion = Yes
		sug.grounds = groundsUnreadable
		sug.Reason = "en daterad anteckning visar att uppföljningen gjorts och hänvisar till ett eget dokument, som inte kunde läsas (inskannat): läs det för resultatet"
		sug.Evidence = append(append([]Evidence{}, bestJ.evidence...), c.unreadableEvidence(FollowUp, false)...)
	case bestJ != nil:
		sug.Suggestion = Partly
		sug.Reason = "en daterad anteckning säger att uppföljning gjorts men anger inget resultat"
		sug.Missing = []string{"uppföljningens resultat"}
		sug.Evidence = bestJ.evidence
	case bestD != nil && bestD.outcome:
		sug.Suggestion = Partly
		sug.Reason = "ett uppföljningsdokument anger resultat men inget datum"
		sug.Missing = []string{"datum för uppföljningen"}
		sug.Evidence = bestD.evidence
	case bestD != nil:
		sug.Suggestion = Partly
		sug.Reason = "ett daterat uppföljningsdokument utan resultat"
		sug.Missing = []string{"uppföljningens resultat"}
		sug.Evidence = bestD.evidence
	}
	if sug.Suggestion != "" {
		// every follow-up that took place is evidence, not only the one that decided
		if sug.Suggestion == Yes || sug.Suggestion == Partly {
			for i := range journalDone {
				for _, e := range journalDone[i].evidence {
					if !hasEvidence(sug.Evidence, e) {
						sug.Evidence = append(sug.Evidence, e)
					}
				}
			}
			for i := range docs {
				if !docs[i].outcome && docs[i].date.IsZero() {
					continue
				}
				for _, e := range docs[i].evidence {
					if !hasEvidence(sug.Evidence, e) {
						sug.Evidence = append(sug.Evidence, e)
					}
				}
			}
		}
		return sug
	}
	if decl != nil {
		sug.Suggestion = NotApplicable
		sug.Reason = "den enskilde tackade nej innan insatsen började"
		sug.Evidence = []Evidence{ev(*decl, "declined")}
		return sug
	}
	if len(plannedDates) > 0 && !cancelledOrNegated {
		sort.Slice(plannedDates, func(i, j int) bool { return plannedDates[i].Before(plannedDates[j]) })
		first := plannedDates[0]
		if first.After(c.review) {
			sug.Suggestion = NotApplicable
			sug.Reason = "den första planerade uppföljningen (" + first.Format("2006-01-02") + ") infaller efter granskningsdatum " + c.review.Format("2006-01-02")
			for _, e := range planned {
				e.Kind = "not_yet_due"
				sug.Evidence = append(sug.Evidence, e)
			}
			return sug
		}
	}
	sug.Suggestion = No
	sug.Missing = []string{"en daterad journalanteckning eller ett dokument som visar att uppföljning genomförts, med resultat"}
	sug.Reason = "ingen genomförd uppföljning hittades"
	sug.grounds = groundsAbsent
	switch {
	case cancelledOrNegated:
		sug.Reason = "uppföljningen ställdes in, uteblev eller noterades som inte gjord"
		sug.grounds = groundsPositive
	case len(planned) > 0:
		sug.Reason = "uppföljningen är bara planerad"
		sug.grounds = groundsPositive
		// only planned as far as the text was read: a page of the journal (or another
		// document that records follow-ups) without text may hold the one that took place
		if len(c.unreadableEvidence(FollowUp, false)) > 0 {
			sug.grounds = groundsAbsent
		}
	}
	sug.Evidence = append(rejected, planned...)
	// a planned follow-up is no ground for "no" while the journal holds a meeting that
	// reviews how it goes in a note whose date was not read ("02.04.15 Möte på
	// Rönnängen … Vi gick igenom hur första månaden varit."): the reviewer reads it
	if cand := c.undatedFollowUpCandidates(); len(cand) > 0 && !cancelledOrNegated {
		sug.grounds = groundsUnrecognised
		if len(planned) > 0 {
			sug.Reason = "uppföljningen är planerad, och journalen har möten i anteckningar vars datum inte kunde läsas"
		}
		sug.Evidence = append(sug.Evidence, cand...)
		return sug
	}
	if sug.grounds == groundsAbsent {
		if cand := c.followUpCandidates(); len(cand) > 0 {
			sug.grounds = groundsUnrecognised
			sug.Evidence = append(sug.Evidence, cand...)
		}
	}
	return sug
}

// termDates keeps the dates a follow-up term governs: those after the first term of the
// sentence ("Från 2015-09-14, redovisas vid uppföljningen i december": December, not the
// start), or all of them when none stands after it.
func termDates(r *Rules, f string, hs []dateHit) []dateHit {
	at := -1
	for _, p := range r.fuTerms {
		for _, m := range p.findAll(f) {
			if at < 0 || m[0] < at {
				at = m[0]
			}
		}
	}
	var after []dateHit
	for _, h := range hs {
		if at >= 0 && h.start > at {
			after = append(after, h)
		}
	}
	if len(after) > 0 {
		return after
	}
	return hs
}

// pageDate is the earliest full date written on a page (zero if none), as a rule the
// document's own date: the reference for dates without a year on it ("i november",
// "efter två månader").
func (c *caseView) pageDate(d *docView, page int) time.Time {
	var t time.Time
	for _, l := range d.lines {
		if l.page != page {
			continue
		}
		for _, h := range c.r.dates(l.f, time.Time{}) {
			if t.IsZero() || h.t.Before(t) {
				t = h.t
			}
		}
	}
	return t
}

// startDate is the date of the first journal note saying the intervention started
// ("Pia har börjat", "inskriven på Granlunden"); zero if none does.
func (c *caseView) startDate() time.Time {
	for _, e := range c.entries {
		if c.r.anyMatch(c.r.startedPhrases, e.tf) && !c.r.anyMatch(c.r.declinedPhrases, e.tf) {
			return e.date
		}
		for _, s := range e.sents {
			if c.r.anyMatch(c.r.startedPhrases, s.f) && !c.r.anyMatch(c.r.declinedPhrases, s.f) && !c.r.anyMatch(c.r.fuPlanned, s.f) {
				return e.date
			}
		}
	}
	return time.Time{}
}

// refDocUnread reports whether a follow-up note refers to a separate document for its
// content ("se separat dokument", "se protokoll").
func refDocUnread(done []fuFinding) bool {
	for _, f := range done {
		if f.refDoc {
			return true
		}
	}
	return false
}

func score(f *fuFinding) int {
	s := 0
	if f.outcome {
		s += 2
	}
	if !f.date.IsZero() {
		s++
	}
	return s
}

// reportedFollowUps finds a follow-up that took place reported outside the journal and
// the follow-up documents: in a decision, an e-mail or an untitled document dated after
// the intervention started ("Uppföljningen 2015-08-20 visade att Lisa har varit nykter …",
// "Tack för mötet igår med Lisa. … hon har varit nykter sedan april."). The sentence names
// a follow-up or a meeting that reviewed the intervention as done, not planned, called off
// or denied; it or the next sentence states an outcome; and a date in it, or else the
// document's own date, falls after the start (when one is recorded) and on or before the
// review date.
// Investigations, plans and assignments are not read: there a follow-up is a plan, or
// one of an earlier intervention.
func (c *caseView) reportedFollowUps() *fuFinding {
	r := c.r
	start := c.startDate() // zero when no start is recorded: any date up to the review
	within := func(t time.Time) bool { return !t.IsZero() && t.After(start) && !t.After(c.review) }
	for _, d := range c.docs {
		for _, sec := range d.sections {
			switch sec.typ {
			case "journal", "uppfoljning", "utredning", "plan", "uppdrag", "aktualisering", "ansokan", "akt":
				continue
			}
			sts := r.substantive(sec)
			for i, st := range sts {
				if !r.anyMatch(r.fuDone, st.f) || !r.anyMatch(r.fuTerms, st.f) && !r.anyMatch(r.fuMeeting, st.f) {
					continue
				}
				if cls := c.classifyFU(st, time.Time{}, true); cls != fuDoneState {
					continue // planned, called off or denied
				}
				outcome := r.anyMatch(r.fuOutcome, st.f) || i+1 < len(sts) && r.anyMatch(r.fuOutcome, sts[i+1].f)
				if !outcome {
					continue
				}
				var when time.Time
				for _, h := range r.dates(st.f, time.Time{}) {
					if within(h.t) {
						when = h.t
					}
				}
				if pd := c.pageDate(d, st.page); when.IsZero() && within(pd) {
					when = pd
				}
				if when.IsZero() {
					continue
				}
				f := &fuFinding{done: true, outcome: true, date: when, evidence: []Evidence{ev(st, "followup_reported")}}
				if i+1 < len(sts) && !r.anyMatch(r.fuOutcome, st.f) {
					f.evidence = append(f.evidence, ev(sts[i+1], "outcome"))
				}
				return f
			}
		}
	}
	return nil
}

// undatedFollowUpCandidates are sentences of journal pages outside every dated note (their
// date in a form not read, or none) that speak of a meeting, not a planned one, that
// reviewed how it goes or whose outcome the same or the next sentence states: a
// follow-up may be recorded there.
func (c *caseView) undatedFollowUpCandidates() []Evidence {
	type at struct {
		doc         *docView
		page, start int
	}
	inNote := map[at]bool{}
	for _, e := range c.entries {
		inNote[at{e.doc, e.head.page, e.head.start}] = true
		for _, l := range e.body {
			inNote[at{e.doc, l.page, l.start}] = true
		}
	}
	var out []Evidence
	for _, sec := range c.sectionsOfType("journal") {
		var ls []line
		for _, l := range append([]line{*orEmpty(sec.heading)}, sec.contentLines()...) {
			if l.doc != nil && !inNote[at{l.doc, l.page, l.start}] {
				ls = append(ls, l)
			}
		}
		sts := sentences(ls)
		reviews := func(s sentence) bool { return c.r.anyMatch(c.r.fuReview, s.f) || c.r.anyMatch(c.r.fuOutcome, s.f) }
		for i, s := range sts {
			if !c.r.anyMatch(c.r.fuMeeting, s.f) || c.r.anyMatch(c.r.fuPlanned, s.f) {
				continue
			}
			// the meeting and how it goes, in one sentence or the next
			if reviews(s) || i+1 < len(sts) && reviews(sts[i+1]) {
				out = append(out, ev(s, KindCandidate))
			}
		}
	}
	return out
}

// orEmpty is the line l points at, or an empty line.
func orEmpty(l *line) *line {
	if l == nil {
		return &line{}
	}
	return l
}

// followUpCandidates are dated notes after the intervention started that speak of a
// meeting or contact with the provider, or follow-up documents, that were not recognised
// as a follow-up: what a reviewer should read before "no".
func (c *caseView) followUpCandidates() []Evidence {
	var out []Evidence
	for _, e := range c.entries {
		if e.date.After(c.review) {
			continue
		}
		for _, s := range e.sents {
			if c.r.anyMatch(c.r.fuMeeting, s.f) && (c.r.anyMatch(c.r.fuReview, s.f) || c.r.anyMatch(c.r.fuOutcome, s.f)) && !c.r.anyMatch(c.r.fuPlanned, s.f) {
				out = append(out, ev(s, KindCandidate))
				break
			}
		}
	}
	for _, s := range c.sectionsOfType("uppfoljning") {
		for _, st := range c.r.substantive(s) {
			out = append(out, ev(st, KindCandidate))
			break
		}
	}
	return out
}

// emailReports are the provider's reports by e-mail ("Återkoppling från behandlingshemmet",
// "Sv: hur går det?"): an e-mail whose head, subject or text speaks of a report, of how it
// goes, sent by the review date and after the intervention started (where the journal dates its start), with
// sentences that state an outcome, is a follow-up document dated by its sent date.
func (c *caseView) emailReports(started time.Time) []fuFinding {
	r := c.r
	var out []fuFinding
	for _, d := range c.docs {
		for _, p := range d.pageOrder {
			if d.pageType[p] != "mejl" {
				continue
			}
			var sent time.Time
			var sentLine line
			about := false
			var outcome []Evidence
			for _, s := range d.sections {
				if s.page != p {
					continue
				}
				ls := s.contentLines()
				if s.heading != nil {
					ls = append([]line{*s.heading}, ls...)
				}
				for _, l := range ls {
					lf := strings.ToLower(l.f)
					if sent.IsZero() && r.anyMatch(r.emailMeta, lf) {
						if hs := r.dates(l.f, time.Time{}); len(hs) > 0 {
							sent, sentLine = hs[0].t, l
						}
					}
					about = about || r.anyMatch(r.fuEmailReport, lf)
				}
				for _, st := range r.substantive(s) {
					if r.anyMatch(r.fuOutcome, st.f) && !r.anyMatch(r.fuPlanned, st.f) && !r.anyMatch(r.fuCancelled, st.f) {
						outcome = append(outcome, ev(st, "outcome"))
					}
				}
			}
			if about && len(outcome) > 0 && !sent.IsZero() && !sent.After(c.review) && (started.IsZero() || sent.After(started)) {
				out = append(out, fuFinding{done: true, outcome: true, heldSaid: true, date: sent,
					evidence: append([]Evidence{evLine(sentLine, "followup_date")}, outcome...)})
			}
		}
	}
	return out
}
