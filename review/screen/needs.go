package screen

import "strings"

type judged struct {
	code     string
	grounds  string
	typ      string // the type of the page the judged section is on
	kind     string
	evidence []Evidence
	rejected []Evidence
	missing  []string
	reason   string
	titled   bool // a plan: on pages titled as a plan (not found by its structure alone)
}

// needs judges behovsbedömning: the committee's own assessment in the utredning (or
// the motivation of the beslut): what the needs are and why the intervention meets them.
func (c *caseView) needs() Suggestion {
	r := c.r
	var best *judged
	var rejected []Evidence
	var all []*judged
	consider := func(j *judged) {
		rejected = append(rejected, j.rejected...)
		all = append(all, j)
		// among equals, the investigation's own section decides (a decision's "se
		// utredningen" only points there)
		if best == nil || rank(j.code) > rank(best.code) || rank(j.code) == rank(best.code) && j.typ == "utredning" && best.typ != "utredning" {
			best = j
		}
	}
	// an untitled document ("" type: no title found, a file name that says nothing), or a
	// page of an assembled file whose document title was not found ("akt"), may be the
	// investigation: its assessment heading counts
	secs := c.sectionsOfType("utredning", "beslut", "aktualisering", "", "akt")
	found := false
	isAssessment := func(s *section) bool {
		// a document's title ("Utredning och bedömning") heads the document, not its
		// assessment
		return s.heading != nil && r.headingMatch(r.needsHeadings, s.tf) && !r.anyMatch(r.needsHeadingExclude, s.tf) && r.titleType(s.tf) == ""
	}
	for i, s := range secs {
		if !isAssessment(s) {
			continue
		}
		found = true
		consider(c.judgeNeedsSection(s))
		// an assessment in parts under headings of its own ("Bedömning" for the needs,
		// then "Motivering" for why this intervention) is judged as one
		if i > 0 && isAssessment(secs[i-1]) && secs[i-1].doc == s.doc {
			continue
		}
		// a part headed by a keyword of its own between them ("Överväganden: …", "Behov:
		// …", "Slutsats: …", as documentation by keywords has it) belongs to the assessment
		k := i
		for k+1 < len(secs) && secs[k+1].doc == s.doc && (isAssessment(secs[k+1]) || secs[k+1].heading != nil && r.headingMatch(r.needsPartHeadings, secs[k+1].tf)) {
			k++
		}
		if k > i {
			m := &section{doc: s.doc, heading: s.heading, title: s.title, tf: s.tf, known: s.known, inline: s.inline, page: s.page, typ: s.typ}
			m.body = append(m.body, s.body...)
			for _, x := range secs[i+1 : k+1] {
				m.body = append(m.body, x.contentLines()...)
			}
			consider(c.judgeNeedsSection(m))
		}
	}
	// Fallback: an assessment written without a recognised heading, found by its
	// subject ("Jag bedömer", "Socialtjänsten gör bedömningen").
	if !found || best == nil || best.code == No {
		for _, s := range secs {
			// under its own heading, or under someone else's ("Läkarintyg": the doctor's
			// "Jag bedömer …" quoted), it is no assessment without a heading
			if s.heading != nil && (r.headingMatch(r.needsHeadings, s.tf) || r.anyMatch(r.otherAssessor, s.tf)) {
				continue
			}
			hit := false
			for _, st := range sentences(s.contentLines()) {
				if r.anyMatch(r.committeeSubject, st.f) && !r.otherAssessorSentence(st.f) {
					hit = true
					break
				}
			}
			if hit {
				j := c.judgeNeedsSection(s)
				j.kind = "assessment_without_heading"
				consider(j)
			}
		}
		// By position: in an investigation, a section under a heading of the writer's own
		// ("Att väga samman") right before the proposal is where an assessment
		// stands. Needs and reasons there make a yes, with medium confidence (anything
		// less stays "cannot tell", with the text as candidates); a section the
		// vocabulary knows as description ("Missbruk", "Hälsa", "Klientens syn") does not.
		for i, s := range secs {
			if s.typ != "utredning" || s.heading == nil || s.known || i+1 >= len(secs) || secs[i+1].doc != s.doc || secs[i+1].heading == nil ||
				!r.anyMatch(r.proposalHeadings, secs[i+1].tf) || r.anyMatch(r.needsHeadingExclude, s.tf) || r.titleType(s.tf) != "" {
				continue
			}
			if j := c.judgeNeedsSection(s); j.code == Yes {
				j.grounds = groundsUnrecognised
				j.kind = "assessment_by_position"
				consider(j)
			}
		}
	}
	sug := Suggestion{Suggestion: No}
	if best == nil {
		sug.Missing = []string{"nämndens bedömning av den enskildes behov (avsnittet Bedömning/Analys/Överväganden i utredningen eller motiveringen i beslutet)"}
		sug.Reason = "inget avsnitt med nämndens bedömning hittades i någon utredning eller något beslut"
		sug.grounds = groundsUnrecognised
		cand := c.needsCandidates()
		if len(secs) == 0 {
			sug.Reason = "akten innehåller ingen utredning och inget beslut med bedömning"
			sug.grounds = groundsAbsent
			// an assessment under its heading in a document of another kind (an
			// application titled so that the investigation in it was not seen): the
			// reviewer reads it before any "no"
			if more := c.assessmentsElsewhere(); len(more) > 0 {
				sug.grounds = groundsUnrecognised
				cand = append(cand, more...)
			}
		}
		if len(secs) > 0 && len(cand) == 0 {
			// investigations and decisions hold nothing that speaks of needs or an
			// assessment, other than someone else's (a doctor, an instrument)
			sug.grounds = groundsPositive
		}
		sug.Evidence = append(rejected, cand...)
		return sug
	}
	sug.Suggestion = best.code
	sug.Reason = best.reason
	sug.Missing = best.missing
	sug.Evidence = best.evidence
	sug.grounds = best.grounds
	if best.code == No && best.grounds == groundsPositive && best.typ != "utredning" && c.hasDocType("utredning") {
		// "Skäl för beslutet: se utredningen" in a decision points at an investigation whose
		// assessment was not recognised: that is no ground for "no"
		sug.grounds = groundsUnrecognised
		sug.Evidence = append(sug.Evidence, c.needsCandidates()...)
	}
	if best.code == No {
		sug.Evidence = nil
		if len(sug.Missing) == 0 {
			sug.Missing = []string{"nämndens bedömning av den enskildes behov och varför insatsen tillgodoser dem"}
		}
	}
	// the assessment restated elsewhere (a decision's reasons beside the investigation's
	// assessment, or the reverse) is evidence too: the reviewer reads every place
	if best.code == Yes || best.code == Partly {
		for _, j := range all {
			if j == best || j.code != Yes && j.code != Partly {
				continue
			}
			for _, e := range j.evidence {
				if !hasEvidence(sug.Evidence, e) {
					e.Kind = "restated"
					sug.Evidence = append(sug.Evidence, e)
				}
			}
		}
	}
	for _, e := range rejected {
		if !hasEvidence(sug.Evidence, e) {
			sug.Evidence = append(sug.Evidence, e)
		}
	}
	return sug
}

// restateInAssignment adds to a needs suggestion of yes or partly the assignment's
// element a: the committee's assessment as the assignment repeats it to the provider.
func restateInAssignment(needs, asg Suggestion) Suggestion {
	if needs.Suggestion != Yes && needs.Suggestion != Partly {
		return needs
	}
	for _, e := range asg.Evidence {
		if e.Kind == "a" && !hasEvidence(needs.Evidence, e) {
			e.Kind = "restated_in_assignment"
			needs.Evidence = append(needs.Evidence, e)
		}
	}
	return needs
}

func hasEvidence(es []Evidence, e Evidence) bool {
	for _, x := range es {
		if x.File == e.File && x.Page == e.Page && x.Start == e.Start && x.End == e.End {
			return true
		}
	}
	return false
}

// otherAssessorSentence: someone else's assessment is reported (a doctor, an
// instrument such as AUDIT), and not the committee's.
func (r *Rules) otherAssessorSentence(f string) bool {
	return r.anyMatch(r.otherAssessor, f) && r.anyMatch(r.reportedAssessment, f) && !r.anyMatch(r.committeeSubject, f)
}

// judgeNeedsSection judges one section that may hold the committee's assessment. In a
// document that precedes the investigation (an aktualisering or förhandsbedömning) an
// assessment is preliminary by its nature: at most "partly".
func (c *caseView) judgeNeedsSection(s *section) *judged {
	r := c.r
	j := &judged{grounds: groundsPositive, typ: s.typ}
	preliminary := s.typ == "aktualisering"
	var head []Evidence
	if s.heading != nil {
		head = []Evidence{evLine(*s.heading, "heading")}
	}
	var content, refs []sentence
	for _, st := range r.substantive(s) {
		if r.anyMatch(r.referenceOnly, st.f) {
			refs = append(refs, st)
			continue
		}
		content = append(content, st)
	}
	// "Ansökan beviljas." style one-liners are short; keep them as references
	if len(content) == 0 {
		for _, st := range sentences(s.contentLines()) {
			if r.anyMatch(r.referenceOnly, st.f) {
				refs = append(refs, st)
			}
		}
	}
	if len(content) == 0 {
		j.code = No
		kind := "empty_heading"
		j.reason = "rubriken '" + s.title + "' har inget innehåll"
		if len(refs) > 0 {
			kind = "reference_only"
			j.reason = "avsnittet '" + s.title + "' hänvisar bara vidare eller anger beslutet, utan skäl"
		} else if len(s.contentLines()) > 0 {
			kind = "placeholder"
			j.reason = "avsnittet '" + s.title + "' innehåller bara malltext"
		}
		for _, e := range head {
			e.Kind = KindRejected + kind
			j.rejected = append(j.rejected, e)
		}
		for _, st := range refs {
			j.rejected = append(j.rejected, ev(st, KindRejected+kind))
		}
		return j
	}
	var negated, relevant, other, own []sentence
	for _, st := range content {
		switch {
		case r.negatedAct(st.f, r.assessmentAct) || r.negatedAct(st.f, r.investigation) || r.anyMatch(r.notYetAssessed, st.f):
			negated = append(negated, st)
		case r.otherAssessorSentence(st.f):
			other = append(other, st)
		case r.anyMatch(r.ownWords, st.f) && !r.anyMatch(r.committeeSubject, st.f):
			// "Linda säger själv att hon behöver prata med någon": the person's own words
			own = append(own, st)
		default:
			relevant = append(relevant, st)
		}
	}
	for _, st := range other {
		j.rejected = append(j.rejected, ev(st, "rejected_other_assessor"))
	}
	for _, st := range own {
		j.rejected = append(j.rejected, ev(st, "rejected_own_words"))
	}
	if len(relevant) == 0 && len(negated) == 0 && len(own) > 0 {
		j.code = No
		j.reason = "avsnittet återger bara den enskildes egna ord"
		return j
	}
	if len(relevant) == 0 {
		j.code = No
		if len(negated) > 0 {
			// "Ingen bedömning har gjorts", "Ingen utredning har gjorts" and nothing else
			j.reason = "avsnittet '" + s.title + "' säger att ingen bedömning eller utredning har gjorts"
			for _, st := range negated {
				j.rejected = append(j.rejected, ev(st, "rejected_negation"))
			}
			return j
		}
		j.reason = "avsnittet återger bara någon annans bedömning (läkare, bedömningsinstrument)"
		return j
	}
	// What the assessment says: the needs (a need, or the difficulties behind one) and why
	// the intervention meets them (a reason, or the intervention's fit); a section of
	// conclusions only ("X bedöms vara i behov av öppenvård") states neither.
	needs, reasons, conclusions, prelim, intervention := 0, 0, 0, preliminary, false
	for _, st := range relevant {
		intervention = intervention || r.anyMatch(r.interventionWords, st.f)
		if r.statesNeed(st.f) {
			needs++
		}
		if r.anyMatch(r.reasoning, st.f) {
			reasons++
		}
		// a conclusion that gives its reason ("… eftersom hon inte klarar att sluta själv")
		// is more than a conclusion
		if r.anyMatch(r.conclusionOnly, st.f) && len(strings.Fields(st.text)) <= 25 && !r.anyMatch(r.because, st.f) {
			conclusions++
		}
		if r.anyMatch(r.preliminary, st.f) {
			prelim = true
		}
	}
	kind := "assessment"
	switch {
	case conclusions == len(relevant) && len(negated) == 0:
		// only the conclusion ("X bedöms vara i behov av öppenvård", "Vi föreslår att
		// X beviljas …"): which needs, and why this intervention, are not said
		j.code, kind = Partly, "conclusion_only"
		j.reason = "bedömningen anger bara en slutsats"
		j.missing = []string{"vilka behoven är", "varför insatsen tillgodoser behoven"}
	case needs == 0 && len(negated) > 0:
		// "Ingen bedömning har gjorts" beside text that assesses nothing: no need is named
		// ("insatsen beviljas utifrån hans egen ansökan" gives a reason, not a need)
		j.code = No
		j.reason = "avsnittet '" + s.title + "' säger att ingen bedömning eller utredning har gjorts"
		for _, st := range negated {
			j.rejected = append(j.rejected, ev(st, "rejected_negation"))
		}
		return j
	case needs == 0 && reasons == 0:
		j.code, j.grounds = No, groundsUnrecognised
		j.reason = "avsnittet '" + s.title + "' anger varken behov eller skäl"
		for _, st := range relevant {
			j.rejected = append(j.rejected, ev(st, "rejected_no_reasons"))
		}
		return j
	case prelim:
		j.code, kind = Partly, "preliminary"
		j.reason = "bara en preliminär bedömning; den utlovade fullständiga bedömningen finns inte i akten"
		j.missing = []string{"en fullständig bedömning av behoven"}
	case needs > 0 && reasons > 0 && intervention && len(relevant) >= 2 && conclusions < len(relevant):
		j.code = Yes
		j.reason = "nämndens bedömning anger behoven och varför insatsen tillgodoser dem"
	default:
		j.code, kind = Partly, "conclusion_only"
		j.reason = "bedömningen anger bara en slutsats"
		if needs == 0 || conclusions == len(relevant) {
			j.missing = append(j.missing, "vilka behoven är")
		}
		if reasons == 0 || !intervention || len(relevant) < 2 || conclusions == len(relevant) {
			j.missing = append(j.missing, "varför insatsen tillgodoser behoven")
		}
	}
	j.evidence = append(j.evidence, head...)
	for _, st := range relevant {
		j.evidence = append(j.evidence, ev(st, kind))
	}
	j.reason = strings.TrimSpace(j.reason)
	return j
}

// needsCandidates are sentences of the investigations and decisions that speak of needs or
// of an assessment: what a reviewer should read when no assessment was recognised.
func (c *caseView) needsCandidates() []Evidence {
	var out []Evidence
	for _, s := range c.sectionsOfType("utredning", "beslut") {
		if s.heading != nil && c.r.anyMatch(c.r.needsHeadingExclude, s.tf) {
			continue // "Läkarens bedömning", "Riskbedömning", "Klientens syn"
		}
		for _, st := range c.r.substantive(s) {
			if c.r.otherAssessorSentence(st.f) || c.r.anyMatch(c.r.referenceOnly, st.f) {
				continue
			}
			if c.r.statesNeed(st.f) || c.r.anyMatch(c.r.assessmentAct, st.f) {
				out = append(out, ev(st, KindCandidate))
				if len(out) >= 8 {
					return out
				}
			}
		}
	}
	return out
}

// assessmentsElsewhere are the sentences under an assessment heading in documents of
// the kinds needs does not read for the committee's assessment (an application, a
// follow-up, a plan, an e-mail), other than someone else's assessment (a doctor's, an
// instrument's).
func (c *caseView) assessmentsElsewhere() []Evidence {
	var out []Evidence
	for _, s := range c.sectionsOfType("ansokan", "uppfoljning", "plan", "mejl", "uppdrag") {
		if s.heading == nil || !c.r.headingMatch(c.r.needsHeadings, s.tf) || c.r.anyMatch(c.r.needsHeadingExclude, s.tf) {
			continue
		}
		for _, st := range c.r.substantive(s) {
			if !c.r.otherAssessorSentence(st.f) && c.r.statesNeed(st.f) {
				out = append(out, ev(st, KindCandidate))
			}
		}
	}
	return out
}

// hasDocType reports whether a readable page of the case has the type.
func (c *caseView) hasDocType(t string) bool {
	for _, d := range c.docs {
		for _, p := range d.pageOrder {
			if d.pageType[p] == t {
				return true
			}
		}
	}
	return false
}
