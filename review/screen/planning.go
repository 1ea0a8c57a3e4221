package screen

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// capWordRE is a capitalised word ("Jan", "Anna-Lena").
var capWordRE = regexp.MustCompile(`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`)

// personNames returns the pairs of capitalised words that stand next to each other (only
// white space between them, no letter before the first), neither a stop word: "Jan Ek"
// in "Handläggare\nJan Ek" too, where the stop word "Handläggare" would take "Jan" as its
// pair in a search for non-overlapping matches.
func (r *Rules) personNames(s string) [][2]string {
	var out [][2]string
	ms := capWordRE.FindAllStringIndex(s, -1)
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a[0] > 0 {
			if c, _ := utf8.DecodeLastRuneInString(s[:a[0]]); unicode.IsLetter(c) {
				continue
			}
		}
		if strings.TrimSpace(s[a[1]:b[0]]) != "" || a[1] == b[0] {
			continue
		}
		if b[1] < len(s) {
			if c, _ := utf8.DecodeRuneInString(s[b[1]:]); unicode.IsLetter(c) {
				continue
			}
		}
		x, y := s[a[0]:a[1]], s[b[0]:b[1]]
		if !r.nameStopwords[x] && !r.nameStopwords[y] {
			out = append(out, [2]string{x, y})
		}
	}
	return out
}

func (r *Rules) hasPersonName(s string) bool { return len(r.personNames(s)) > 0 }

// labelOnly: a line that is only a table or form label ("Vem", "Ansvarig:", "När").
func (r *Rules) labelOnly(l line) bool {
	t := strings.TrimSpace(l.f)
	if strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 3 {
		return true
	}
	return r.anyMatch(r.whoLabels, t) && len(strings.Fields(t)) <= 2 || r.anyMatch(r.whenLabels, t) && len(strings.Fields(t)) <= 2 ||
		r.anyMatch(r.activityHeadings, t) && len(strings.Fields(t)) <= 4
}

type planUnit struct {
	doc      *docView
	secs     []*section
	goals    []sentence
	acts     []line
	goalHead *line
	journal  bool // a plan recorded in a journal note
}

// goalLabelRE finds goal labels inside a journal note ("Mål 1:", "Delmål:", "Mål:").
var goalLabelRE = regexp.MustCompile(`(?i)(?:^|[\s(|])((?:del)?mål(?:\s*\d{1,2})?\s*:)`)

// goalItemRE finds a journal plan's numbered items ("Planering med Sandra: 1) Negativa
// prov från 1/5 … 2) ÅP-samtal torsdagar …"), goals when two or more are numbered so.
var goalItemRE = regexp.MustCompile(`(?:^|[\s:])(\d{1,2}\))\s`)

// journalPlanUnits are plans written into a journal note: a note that speaks of a plan
// ("Vårdplan upprättad per tel. med Mats och Lars-Erik:") and sets goals under their labels
// ("Mål 1: nykter under hela vistelsen … Mål 2: …"). Each goal becomes a labelled section
// of the plan, the rest of the note its text.
func (c *caseView) journalPlanUnits() []*planUnit {
	var out []*planUnit
	for _, e := range c.entries {
		var all strings.Builder
		all.WriteString(e.tf)
		for _, l := range e.body {
			all.WriteByte(' ')
			all.WriteString(l.f)
		}
		if c.r.lx.conceptSpans(all.String(), []string{"plan"}) == nil {
			continue
		}
		u := &planUnit{doc: e.doc, journal: true}
		labels := 0
		re := goalLabelRE
		if !goalLabelRE.MatchString(all.String()) && len(goalItemRE.FindAllString(all.String(), 3)) >= 2 {
			re = goalItemRE
		}
		for _, l := range e.body {
			locs := re.FindAllStringSubmatchIndex(l.text, -1)
			if len(locs) == 0 {
				if k := len(u.secs) - 1; k >= 0 && u.secs[k].title != "" {
					// a goal's item wrapped onto the next line goes on there
					u.secs[k].body = append(u.secs[k].body, l)
					continue
				}
				u.secs = append(u.secs, &section{doc: e.doc, body: []line{l}, page: l.page, typ: "plan"})
				continue
			}
			if locs[0][2] > 0 {
				before := *e.doc.tail(l, 0, locs[0][2])
				if k := len(u.secs) - 1; k >= 0 && u.secs[k].title != "" {
					u.secs[k].body = append(u.secs[k].body, before)
				} else {
					u.secs = append(u.secs, &section{doc: e.doc, body: []line{before}, page: l.page, typ: "plan"})
				}
			}
			for k, loc := range locs {
				end := len(l.text)
				if k+1 < len(locs) {
					end = locs[k+1][2]
				}
				from := loc[3]
				for from < end && l.text[from] == ' ' {
					from++
				}
				title := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l.text[loc[2]:loc[3]]), ":"))
				if re == goalItemRE {
					title = "Mål " + strings.TrimSuffix(title, ")") // a numbered item of the plan is a goal
				}
				sec := &section{doc: e.doc, heading: e.doc.tail(l, loc[2], end), title: title, tf: e.doc.fold(title), known: true, page: l.page, typ: "plan"}
				if from < end {
					sec.inline = e.doc.tail(l, from, end)
				}
				u.secs = append(u.secs, sec)
				labels++
			}
		}
		if labels > 0 {
			out = append(out, u)
		}
	}
	return out
}

// planning judges planering: a vårdplan or genomförandeplan with specific, dated goals
// and what is done, by whom and when.
func (c *caseView) planning(decl *sentence) Suggestion {
	r := c.r
	var units []*planUnit
	for _, d := range c.docs {
		var cur *planUnit
		untitledPlan := c.untitledPlan(d)
		for _, s := range d.sections {
			if s.typ != "plan" && !((s.typ == "" || s.typ == "akt" || s.typ == "mejl") && untitledPlan) {
				cur = nil
				continue
			}
			if cur == nil {
				cur = &planUnit{doc: d}
				units = append(units, cur)
			}
			cur.secs = append(cur.secs, s)
		}
	}
	units = append(units, c.journalPlanUnits()...)
	var best *judged
	var plans []*judged
	for _, u := range units {
		j := c.judgePlan(u)
		j.titled = u.journal // a plan the journal records as made
		for _, sec := range u.secs {
			j.titled = j.titled || sec.typ == "plan"
		}
		plans = append(plans, j)
		if best == nil || rank(j.code) > rank(best.code) {
			best = j
		}
	}
	sug := Suggestion{}
	// declined (or never started) before it began: goals in an untitled document (the order
	// to the provider, a placement request) are no plan that was made
	if decl != nil && best != nil && !best.titled {
		best = nil
	}
	if best != nil && best.code != No && best.code != Unknown {
		sug.Suggestion, sug.Evidence, sug.Reason, sug.Missing, sug.grounds = best.code, best.evidence, best.reason, best.missing, groundsPositive
		// every plan of the case is evidence (the committee's vårdplan and the provider's
		// genomförandeplan): the reviewer reads them all
		for _, j := range plans {
			if j == best || j.code != Yes && j.code != Partly {
				continue
			}
			for _, e := range j.evidence {
				if !hasEvidence(sug.Evidence, e) {
					sug.Evidence = append(sug.Evidence, e)
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
	sug.Suggestion = No
	sug.Missing = []string{"en vårdplan eller genomförandeplan med mål, vad som görs, av vem och när"}
	if best != nil {
		sug.Reason = best.reason
		sug.Evidence = append(sug.Evidence, best.rejected...)
		sug.grounds = groundsPositive // an empty plan template
		if best.code == Unknown {
			sug.grounds = groundsUnrecognised
		}
	} else {
		sug.Reason = "akten har ingen plan (vårdplan, genomförandeplan, behandlingsplan)"
		sug.grounds = groundsAbsent
		// a dated goal in a document of no known kind (a plan in prose under a title no
		// rule knows): the reviewer reads it before any "no"
		if cand := c.planCandidates(); len(cand) > 0 {
			sug.grounds = groundsUnrecognised
			sug.Evidence = append(sug.Evidence, cand...)
		}
	}
	// mentions of "plan" elsewhere that are not a plan
	var refs []Evidence
	for _, e := range c.entries {
		for _, s := range e.sents {
			switch {
			case r.anyMatch(r.unrelatedPlan, s.f):
				sug.Evidence = append(sug.Evidence, ev(s, "rejected_plan_word"))
			case r.anyMatch(r.planFuture, s.f):
				sug.Evidence = append(sug.Evidence, ev(s, "rejected_future_plan"))
			case r.anyMatch(r.planRef, s.f):
				sug.Evidence = append(sug.Evidence, ev(s, "rejected_plan_reference"))
				refs = append(refs, ev(s, "plan_reference"))
			}
		}
	}
	// "Vårdplan upprättad, se separat dokument" and a page of the file without text:
	// the plan exists and is most likely that page. Yes, with low confidence: the reviewer
	// reads the scanned page for its goals and parts.
	if unread := c.unreadableEvidence(Planning, false); best == nil && len(refs) > 0 && len(unread) > 0 {
		sug = Suggestion{Suggestion: Yes, grounds: groundsUnreadable,
			Reason:   "journalen säger att en plan upprättats och akten har sidor utan text där den troligen finns: läs dem för mål, insatser, ansvar och tid",
			Evidence: append(refs, unread...)}
	}
	return sug
}

// enumItemRE is a numbered or bulleted item: "1. ", "2) ", "a) ", "• ", "- ".
var enumItemRE = regexp.MustCompile(`^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[•▪●◦*–-])\s+\S`)

// untitledPlan reports whether the untitled pages of a document (no title found, a file
// name that says nothing, a page of an assembled file, an e-mail with the plan in its
// body) are a plan by their structure: a plan table's header row
// ("Mål | Insats | Ansvarig | Tid"), or both a goal heading and an activity heading.
func (c *caseView) untitledPlan(d *docView) bool {
	goal, act := false, false
	for _, s := range d.sections {
		if s.typ != "" && s.typ != "akt" && s.typ != "mejl" {
			continue
		}
		for _, l := range append(headLines(s), s.contentLines()...) {
			if c.r.tableHeader(l.text) {
				return true
			}
		}
		if s.heading != nil {
			goal = goal || c.r.headingMatch(c.r.goalHeadings, s.tf)
			act = act || c.r.headingMatch(c.r.activityHeadings, s.tf)
		}
	}
	return goal && act
}

// parenNameRE finds a responsible person written as first names in parentheses after an
// activity: "(Anders)", "(Jan-Erik, Anders)", "(Stig, Hans N.)".
// planCandidates are the sentences of documents of no known kind that set a dated goal
// ("Målet är att Leo är drogfri senast 2015-06-01."): a plan may stand there.
func (c *caseView) planCandidates() []Evidence {
	r := c.r
	var out []Evidence
	for _, s := range c.sectionsOfType("") {
		for _, st := range r.substantive(s) {
			lf := strings.ToLower(st.f)
			if (r.anyMatch(r.goalSentence, lf) || r.anyMatch(r.goalLabel, lf)) && r.anyMatch(r.goalDated, st.f) {
				out = append(out, ev(st, KindCandidate))
			}
		}
	}
	return out
}

// coveredBy reports whether a sentence lies inside one of the lines.
func coveredBy(st sentence, ls []line) bool {
	for _, l := range ls {
		if l.doc == st.doc && l.page == st.page && l.start <= st.start && st.end <= l.end {
			return true
		}
	}
	return false
}

// withNameRE is an activity done with or by someone named ("Samtal med Sami", "Budget-
// rådgivning hos Linden", "Provtagning via Vårdcentralen Ås"): a person or the unit that
// does it.
var withNameRE = regexp.MustCompile(`\b(?:med|hos|av|via)\s+\p{Lu}\p{Ll}+`)

var parenNameRE = regexp.MustCompile(`\((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.)?)(?:,\s*(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.)?|\p{Ll}+(?:\s\p{Ll}+){0,4}))*\)`)

// cellNamesRE is a table cell that holds only first names (with initials): "Susanne, Leila".
var cellNamesRE = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.?)?(?:(?:,|\soch)\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.?)?)*$`)

// planContent removes unticked check-box options ("[ ] Grupp") from a line of a plan form:
// what is left is what was filled in.
func (r *Rules) planContent(l line) line {
	for _, p := range r.unticked {
		if p.re != nil && p.re.MatchString(l.f) {
			t := strings.TrimSpace(p.re.ReplaceAllString(l.f, ""))
			l.f = t
			if t == "" {
				l.text = ""
			}
		}
	}
	return l
}

// judgePlan judges one plan (the plan pages of one file) by what it says, whatever its
// layout: goals under a goal heading, after a goal label ("Mål 2: …", "Mål | …"), in the
// first column of a table whose header names goals and activities ("Mål | Insats |
// Ansvarig | Tid"), or in prose ("Första målet är att …"); activities likewise, or as
// sentences naming an activity (samtal, behandling, prov…); who and when anywhere in the
// goals and activities. A plan whose labels are all there but all empty is an empty
// template (a positive ground for "no").
func (c *caseView) judgePlan(u *planUnit) *judged {
	r := c.r
	j := &judged{}
	inAct := false
	var labels []line
	var goalItems []*section // the goals under their own labels, whole
	for _, s := range u.secs {
		isGoal := s.heading != nil && r.headingMatch(r.goalHeadings, s.tf)
		isAct := s.heading != nil && r.headingMatch(r.activityHeadings, s.tf)
		if isGoal || isAct {
			labels = append(labels, *s.heading)
		}
		switch {
		case isGoal:
			inAct = false
			goalItems = append(goalItems, s)
			if u.goalHead == nil {
				u.goalHead = s.heading
			}
			for _, st := range r.substantive(s) {
				if x := r.planContent(line{f: st.f, text: st.text}); x.text != "" && !r.isPlaceholder(x.f) {
					u.goals = append(u.goals, st)
				}
			}
		case isAct:
			inAct = true
		case s.known:
			inAct = false
		}
		if inAct {
			if s.heading != nil && !isAct && !r.labelOnly(*s.heading) && !r.isPlaceholder(s.heading.f) {
				u.acts = append(u.acts, *s.heading)
			}
			for _, l := range s.contentLines() {
				if r.labelOnly(l) || r.isPlaceholder(l.f) || r.planContent(l).text == "" {
					continue
				}
				u.acts = append(u.acts, l)
			}
		}
	}
	// the same plan read by meaning: labels inline, tables and prose
	var all []line
	for _, s := range u.secs {
		if s.heading != nil {
			all = append(all, *s.heading)
		}
		all = append(all, s.body...)
	}
	// prose counts only where the plan has no such part under a heading of its own
	structuredGoals, structuredActs := len(u.goals) > 0, len(u.acts) > 0
	inTable, tableRows := false, 0
	seenGoal := map[string]bool{}
	for _, g := range u.goals {
		seenGoal[g.text] = true
	}
	for li, l := range all {
		if l = r.planContent(l); l.text == "" {
			continue
		}
		if r.titleType(fold(strings.ToLower(l.text))) != "" {
			continue // the plan's title ("Behandlingsplan för Karin Lund")
		}
		f := strings.ToLower(l.f)
		switch {
		case r.tableHeader(l.text):
			inTable, tableRows = true, 0
			labels = append(labels, l)
			continue
		case inTable && tableRows == 0 && !strings.Contains(l.text, " | ") && r.knownHeading(strings.ToLower(l.f)):
			// a heading of the form right below the table's header ("Klientens delaktighet"):
			// the table is empty
			inTable = false
		case inTable && (strings.Contains(l.text, " | ") || !l.blankBefore):
			if r.isPlaceholder(l.f) || r.planContent(l).text == "" || r.anyMatch(r.fieldLabels, l.f) {
				continue
			}
			if strings.Contains(l.text, " | ") || len(strings.Fields(l.text)) >= 3 {
				tableRows++
				u.acts = append(u.acts, l)
				for _, st := range sentences([]line{l}) {
					if !seenGoal[st.text] {
						u.goals = append(u.goals, st)
						seenGoal[st.text] = true
					}
				}
			}
			continue
		default:
			inTable = false
		}
		// a numbered or bulleted item followed by what is done for it ("1. Karin slutar
		// spela helt senast 2015-07-01." / "Detta gör vi: …") is a goal
		enumGoal := !structuredGoals && enumItemRE.MatchString(l.text) && !r.anyMatch(r.activityLabel, f) && li+1 < len(all) && r.anyMatch(r.activityLabel, strings.ToLower(all[li+1].f))
		if r.anyMatch(r.goalLabel, f) || enumGoal || !structuredGoals && r.anyMatch(r.goalSentence, f) && len(strings.Fields(l.text)) >= 5 {
			for _, st := range sentences([]line{l}) {
				if !seenGoal[st.text] && len(strings.Fields(st.text)) >= 2 {
					u.goals = append(u.goals, st)
					seenGoal[st.text] = true
				}
			}
		}
		// an activity named in prose; how the plan itself is followed up or was made is
		// not an activity ("Planen följs upp vid ett möte 2015-08-13 där …")
		if r.anyMatch(r.activityLabel, f) || !structuredActs && r.anyMatch(r.activityWords, f) && len(strings.Fields(l.text)) >= 4 && !r.isPlaceholder(l.f) && !r.anyMatch(r.fieldLabels, l.f) && !r.anyMatch(r.fuTerms, l.f) && !r.anyMatch(r.planSelf, l.f) {
			u.acts = append(u.acts, l)
		}
	}
	// prose read sentence by sentence: a line that tells how the plan is followed up
	// ("… hos behandlaren Kim Ek. Vi följer upp planen i juni.") may hold an activity in
	// another of its sentences
	if !structuredActs {
		for _, st := range sentences(all) {
			// a sentence of prose ends as one: a run of labels and boxes of an empty
			// template ("Mål Insatser [ ] Individuella samtal [ ] Grupp") does not
			if strings.HasSuffix(st.text, ".") && r.anyMatch(r.activityWords, st.f) && len(strings.Fields(st.text)) >= 4 && !r.isPlaceholder(st.f) && !r.anyMatch(r.fieldLabels, st.f) &&
				!r.anyMatch(r.fuTerms, st.f) && !r.anyMatch(r.planSelf, st.f) && !r.anyMatch(r.goalSentence, strings.ToLower(st.f)) && !coveredBy(st, u.acts) {
				u.acts = append(u.acts, line{doc: st.doc, page: st.page, start: st.start, end: st.end, text: st.text, f: st.f})
			}
		}
	}
	// an activity label inside a sentence that wraps over lines ("… Aktivitet: samtal
	// varannan onsdag kl 14 (Anders).")
	for _, st := range sentences(all) {
		if r.anyMatch(r.activityLabel, strings.ToLower(st.f)) && !containsTableHeader(r, st, labels) {
			u.acts = append(u.acts, line{doc: st.doc, page: st.page, start: st.start, end: st.end, text: st.text, f: st.f})
		}
	}
	var actText, actRaw strings.Builder
	for _, l := range u.acts {
		actText.WriteString(l.f + " ")
		actRaw.WriteString(l.text + " ")
	}
	// who does what and when may stand in a goal that names who is responsible, as prose
	// and keyword plans write it ("… vilket kontrolleras med urinprov två gånger i veckan
	// som Vångagården ansvarar för", "Mål 1: … senast 15 juni. Ansvar: SSK Britt Lund"); a
	// goal's own date or the client's name alone says nothing of who does what
	for _, g := range u.goals {
		if lf := strings.ToLower(g.f); r.anyMatch(r.whoLabels, lf) || strings.Contains(lf, "ansvar") {
			actText.WriteString(g.f + " ")
			actRaw.WriteString(g.text + " ")
		}
	}
	// … also across the sentences of one goal's item ("Mål 2: Läkarbesök under v. 2, ny
	// kontroll v. 10. Ansvar: sjuksköterskan"): the item's time is its activity's
	for _, s := range goalItems {
		var f, raw strings.Builder
		for _, l := range s.contentLines() {
			f.WriteString(l.f + " ")
			raw.WriteString(l.text + " ")
		}
		if lf := strings.ToLower(f.String()); strings.Count(lf, ". ") > 0 && (r.anyMatch(r.whoLabels, lf) || strings.Contains(lf, "ansvar")) {
			actText.WriteString(f.String())
			actRaw.WriteString(raw.String())
		}
	}
	who := r.anyMatch(r.who, actText.String()) || r.hasPersonName(actRaw.String()) || parenNameRE.MatchString(actRaw.String()) || withNameRE.MatchString(actRaw.String())
	for _, l := range u.acts { // a table cell holding only names: "| Susanne, Leila |"
		for _, cell := range strings.Split(l.text, " | ")[1:] {
			who = who || cellNamesRE.MatchString(strings.TrimSpace(cell))
		}
	}
	// a person the plan names in full (its head: "Klient | Gabriel Aydin", "Behandlare |
	// Robert Malm") named by first name in an activity ("Robert bokar tolk")
	if !who {
		first := map[string]bool{}
		for _, x := range all {
			for _, m := range r.personNames(x.text) {
				first[m[0]] = true
			}
		}
		for _, w := range strings.FieldsFunc(actRaw.String(), func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
			who = who || first[w]
		}
	}
	when := r.anyMatch(r.when, actText.String())
	dated, measurable := false, false
	for _, g := range u.goals {
		dated = dated || r.anyMatch(r.goalDated, g.f) || r.itemDated(g)
		measurable = measurable || r.anyMatch(r.goalMeasurable, g.f)
	}
	// a goal under its own heading whose time is set in a field of its block ("Delmål 1:
	// Drogfri under vistelsen" / "Hur: …" / "När: senast 2015-08-01") is dated
	afterGoal := false
	for _, sec := range u.secs {
		if sec.heading == nil || dated {
			continue
		}
		if r.headingMatch(r.goalHeadings, sec.tf) {
			afterGoal = true
			continue
		}
		if !afterGoal {
			continue
		}
		if r.anyMatch(r.whenLabels, sec.tf) {
			for _, l := range append([]line{*sec.heading}, sec.contentLines()...) {
				dated = dated || r.anyMatch(r.goalDated, l.f)
			}
		}
		// a "Tid: …" line of the block that no rule takes for a heading
		for _, l := range sec.body {
			if k := strings.Index(l.f, ":"); k > 0 && r.anyMatch(r.whenLabels, strings.TrimSpace(l.f[:k])) && r.anyMatch(r.goalDated, l.f[k:]) {
				dated = true
			}
		}
	}
	hasGoals, hasActs := len(u.goals) > 0, len(u.acts) > 0
	if !hasGoals && !hasActs {
		j.code = No
		j.reason = "planmallen i " + u.doc.file + " har varken mål eller insatser ifyllda"
		if len(labels) == 0 {
			// no plan labels either: text on a plan page that says nothing recognisable
			j.code = Unknown
			j.reason = "ett dokument som liknar en plan (" + u.doc.file + ") har ingen text som känns igen som mål eller insatser"
		}
		for _, s := range u.secs {
			if s.heading != nil {
				kind := "rejected_empty_template"
				if j.code == Unknown {
					kind = "candidate"
				}
				j.rejected = append(j.rejected, evLine(*s.heading, kind))
			}
		}
		return j
	}
	if u.goalHead != nil {
		j.evidence = append(j.evidence, evLine(*u.goalHead, "goals_heading"))
	}
	for _, g := range u.goals {
		j.evidence = append(j.evidence, ev(g, "goal"))
	}
	for _, s := range sentences(u.acts) {
		if !hasEvidence(j.evidence, ev(s, "")) {
			j.evidence = append(j.evidence, ev(s, "activity"))
		}
	}
	if !hasGoals {
		j.missing = append(j.missing, "mål (målfältet är tomt eller saknas)")
	} else if !dated {
		j.missing = append(j.missing, "konkreta, daterade mål (målen är vaga eller odaterade)")
	}
	if !hasActs {
		j.missing = append(j.missing, "vad som görs")
	}
	if !who {
		j.missing = append(j.missing, "vem som gör vad")
	}
	if !when {
		j.missing = append(j.missing, "när det görs")
	}
	if len(j.missing) == 0 {
		j.code = Yes
		j.reason = "plan med daterade mål och insatser som anger vem som gör vad och när"
		if !measurable {
			j.reason += " (kontrollera att målen är mätbara)"
		}
	} else {
		j.code = Partly
		j.reason = "det finns en plan men den saknar: " + strings.Join(j.missing, "; ")
	}
	return j
}

// containsTableHeader reports whether a sentence spans a plan table's header row or a
// label of the plan ("Mål Insats/aktivitet | Ansvarig Tidpunkt"): labels are not content.
func containsTableHeader(r *Rules, st sentence, labels []line) bool {
	for _, l := range labels {
		if l.doc == st.doc && l.page == st.page && st.start <= l.start && l.end <= st.end && (r.tableHeader(l.text) || strings.Contains(l.text, " | ")) {
			return true
		}
	}
	return r.tableHeader(st.text)
}

// tableHeader reports whether a line is the header row of a plan table: at most twelve
// words once remarks in parentheses are left out ("Mål (vad ska uppnås)"), at least three of
// them and half of them column labels (plan.table_header_words), one of the first two naming
// goals ("Mål | Insats/aktivitet Ansvarig Tidpunkt", "Övergripande mål Delmål Aktivitet").
func (r *Rules) tableHeader(text string) bool {
	text = parenRE.ReplaceAllString(strings.ToLower(text), " ")
	// a column headed by a phrase or a question ("Vad vill du uppnå? | Hur ska det gå
	// till? | Vem gör vad? | När?") counts as one header word when the list holds it
	var ws []string
	for _, cell := range strings.Split(text, "|") {
		c := strings.TrimSpace(strings.Trim(strings.TrimSpace(cell), "?:."))
		if strings.Contains(c, " ") && r.tableHeaderWords[c] {
			ws = append(ws, c)
			continue
		}
		ws = append(ws, strings.FieldsFunc(c, func(c rune) bool { return c == ' ' || c == '/' || c == ':' || c == '?' })...)
	}
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	goalFirst := false
	for _, w := range ws[:min(2, len(ws))] {
		goalFirst = goalFirst || r.tableHeaderWords[w] && (strings.HasPrefix(w, "m") || w == "delmål" || w == "område" || strings.Contains(w, "uppnå") || strings.HasSuffix(w, " resultat") || strings.HasPrefix(w, "önskat"))
	}
	if !goalFirst {
		return false
	}
	n := 0
	for _, w := range ws {
		if r.tableHeaderWords[w] {
			n++
		}
	}
	return n >= 3 && 2*n >= len(ws)
}

// parenRE is a remark in parentheses.
var parenRE = regexp.MustCompile(`\([^()]*\)`)

// goalItemStart begins the next item of a list of goals or activities ("Mål 2 – …",
// "Aktivitet: …", "2.", "•").
var goalItemStart = regexp.MustCompile(`(?i)^(mål|delmål|aktivitet|aktiviteter|insats|insatser|\d+[.)]|[-•*–])(\s|$|:)`)

// itemDated reports whether the goal's own item, its sentence and the lines that follow
// up to the next item, sets its time in a labelled field (plan.goal_item_time: "Mål 1 –
// Stesolid: Lena slutar helt. Nedtrappning … Klart: 2015-05-31.").
func (r *Rules) itemDated(g sentence) bool {
	if g.doc == nil || len(r.goalItemTime) == 0 {
		return false
	}
	t := g.doc.pageText[g.page]
	if g.end <= 0 || g.end > len(t) {
		return false
	}
	var b strings.Builder
	for i, l := range strings.Split(t[g.end:], "\n") {
		l = strings.TrimSpace(l)
		if i > 0 && (l == "" || goalItemStart.MatchString(l)) || i > 4 {
			break
		}
		b.WriteString(l)
		b.WriteByte(' ')
	}
	return r.anyMatch(r.goalItemTime, g.doc.fold(b.String()))
}
