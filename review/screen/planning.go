package screen

import (
	"regexp"
	"strings"
)

// personNameRE finds "Firstname Lastname" in unfolded text.
var personNameRE = regexp.MustCompile(`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`)

func (r *Rules) hasPersonName(s string) bool {
	for _, m := range personNameRE.FindAllStringSubmatch(s, -1) {
		if r.nameStopwords[m[1]] || r.nameStopwords[m[2]] {
			continue
		}
		return true
	}
	return false
}

// labelOnly: a line that is only a table or form label ("Vem", "Ansvarig:", "När").
func (r *Rules) labelOnly(l line) bool {
	t := strings.TrimSpace(l.f)
	if strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 3 {
		return true
	}
	return anyMatch(r.whoLabels, t) && len(strings.Fields(t)) <= 2 || anyMatch(r.whenLabels, t) && len(strings.Fields(t)) <= 2 ||
		anyMatch(r.activityHeadings, t) && len(strings.Fields(t)) <= 4
}

type planUnit struct {
	doc      *docView
	secs     []*section
	goals    []sentence
	acts     []line
	goalHead *line
}

// planning judges planering: a vårdplan or genomförandeplan with specific, dated goals
// and what is done, by whom and when.
func (c *caseView) planning(decl *sentence) Suggestion {
	r := c.r
	var units []*planUnit
	for _, d := range c.docs {
		var cur *planUnit
		for _, s := range d.sections {
			if s.typ != "plan" {
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
	var best *judged
	for _, u := range units {
		j := c.judgePlan(u)
		if best == nil || rank(j.code) > rank(best.code) {
			best = j
		}
	}
	sug := Suggestion{}
	if best != nil && best.code != No {
		sug.Suggestion, sug.Evidence, sug.Reason, sug.Missing = best.code, best.evidence, best.reason, best.missing
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
	} else {
		sug.Reason = "akten har ingen plan (vårdplan, genomförandeplan, behandlingsplan)"
	}
	// mentions of "plan" elsewhere that are not a plan
	for _, e := range c.entries {
		for _, s := range e.sents {
			switch {
			case anyMatch(r.unrelatedPlan, s.f):
				sug.Evidence = append(sug.Evidence, ev(s, "rejected_plan_word"))
			case anyMatch(r.planFuture, s.f):
				sug.Evidence = append(sug.Evidence, ev(s, "rejected_future_plan"))
			case anyMatch(r.planRef, s.f):
				sug.Evidence = append(sug.Evidence, ev(s, "rejected_plan_reference"))
			}
		}
	}
	return sug
}

func (c *caseView) judgePlan(u *planUnit) *judged {
	r := c.r
	j := &judged{}
	inAct := false
	for _, s := range u.secs {
		isGoal := s.heading != nil && anyMatch(r.goalHeadings, s.tf)
		isAct := s.heading != nil && anyMatch(r.activityHeadings, s.tf)
		switch {
		case isGoal:
			inAct = false
			if u.goalHead == nil {
				u.goalHead = s.heading
			}
			u.goals = append(u.goals, r.substantive(s)...)
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
				if r.labelOnly(l) || r.isPlaceholder(l.f) {
					continue
				}
				u.acts = append(u.acts, l)
			}
		}
	}
	var actText, actRaw strings.Builder
	for _, l := range u.acts {
		actText.WriteString(l.f + " ")
		actRaw.WriteString(l.text + " ")
	}
	who := anyMatch(r.who, actText.String()) || r.hasPersonName(actRaw.String())
	when := anyMatch(r.when, actText.String())
	dated, measurable := false, false
	for _, g := range u.goals {
		dated = dated || anyMatch(r.goalDated, g.f)
		measurable = measurable || anyMatch(r.goalMeasurable, g.f)
	}
	hasGoals, hasActs := len(u.goals) > 0, len(u.acts) > 0
	if !hasGoals && !hasActs {
		j.code = No
		j.reason = "planmallen i " + u.doc.file + " har varken mål eller insatser ifyllda"
		for _, s := range u.secs {
			if s.heading != nil {
				j.rejected = append(j.rejected, evLine(*s.heading, "rejected_empty_template"))
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
		j.evidence = append(j.evidence, ev(s, "activity"))
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
