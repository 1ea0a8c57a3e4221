package screen

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed rules/v4.json
var defaultRulesJSON []byte

// Rules is the vocabulary the screener uses: headings per document type, negation,
// planned-versus-done follow-up, unrelated senses of "plan", assignment elements a–g,
// decline phrases and date words. It is data (rules/v4.json, embedded); the Go code
// holds the logic. A municipality extends it with LoadRules + Merge.
type Rules struct {
	raw     map[string]any // the merged JSON, kept so Merge can deep-merge again
	Version string

	// compiled
	boilerplate, pageHeader, placeholders, fieldLabels, notHeadings []*pat
	boilerplateSentences, signatureWords                            []*pat
	layoutKnownHeadings, allHeadings                                []*pat
	pageHeaderLines, genericHeadingMaxWords                         int

	docOrder  []string
	docTitles map[string][]*pat
	docFiles  map[string][]*pat

	emailFrom, emailTo, emailMeta, emailSubject, emailAssignment []*pat

	negBeforeNoun, negAfterNoun, negVerbBeforeNoun []*pat

	needsHeadings, needsHeadingExclude, committeeSubject, assessmentAct, otherAssessor []*pat
	needWords, reasoning, preliminary, referenceOnly, reportedAssessment               []*pat
	investigation, conclusionOnly, proposalHeadings, interventionWords                 []*pat
	notYetAssessed, because, needIdioms, needsPartHeadings, ownWords                   []*pat

	goalHeadings, activityHeadings, whoLabels, whenLabels, who, when []*pat
	goalItemTime                                                     []*pat // a time set in a labelled field of a goal's item
	goalDated, goalMeasurable, unrelatedPlan, planFuture, planRef    []*pat
	goalLabel, activityLabel, goalSentence, activityWords            []*pat
	tableHeaderWords                                                 map[string]bool
	unticked, planSelf                                               []*pat

	fuReportIn, fuEmailReport, keywordLabels                                                                         []*pat
	fuTerms, fuMeeting, fuReview, fuDone, fuPlanned, fuCancelled, fuOutcome, fuRefDoc, fuDocOutcomeHeadings, fuFirst []*pat

	declinedPhrases, startedPhrases []*pat

	elementNames      map[string]string
	elementHeadings   map[string][]*pat
	elementPatterns   map[string][]*pat
	assignReferral    []*pat
	assignJournal     []*pat
	assignOral        []*pat
	assignPlanned     []*pat
	contact           []*pat
	officerWords      []*pat
	caseworkerTitle   []*pat
	reportContent     []*pat
	providerAddress   []*pat
	providerRoles     []*pat
	nameStopwords     map[string]bool
	months            map[string]int
	numbers           map[string]int
	unitsDays         map[string]int
	minYear, maxYear  int
	relativeRE        *regexp.Regexp
	monthRE, textDate *regexp.Regexp
	dmWordNoYear      *regexp.Regexp // a journal note's day and month in words, the year left out

	lx *lexicon // words by meaning (lexicon.*)

	memo  map[memoKey]bool     // per screening run (Screen's own copy): pattern list × text
	lists map[*pat]*listRegexp // every pattern list, by its first pattern
}

// listRegexp is a pattern list compiled for speed: its regular expressions as one
// alternation (one pass over the text instead of one per pattern), and its other
// patterns (concepts, "A & B").
type listRegexp struct {
	n        int
	anchored *regexp.Regexp // the patterns anchored at the start, as ^(?:a|b|…)
	re       *regexp.Regexp // the others, as (?:a)|(?:b)|…
	lits     []string       // re can only match a text holding one of these (lower case); nil: no such test
	rest     []*pat
}

// registerList compiles a list for listOf.
func (r *Rules) registerList(ps []*pat) {
	if len(ps) == 0 {
		return
	}
	if r.lists == nil {
		r.lists = map[*pat]*listRegexp{}
	}
	l := &listRegexp{n: len(ps)}
	var alts, anch, lits []string
	allLits := true
	for _, p := range ps {
		if p.re == nil || p.all != nil {
			l.rest = append(l.rest, p)
			continue
		}
		src := strings.TrimPrefix(p.re.String(), "(?i)")
		if tail, ok := anchoredTail(src); ok {
			anch = append(anch, "(?:"+tail+")")
		} else {
			alts = append(alts, "(?:"+src+")")
			if ps, ok := requiredPrefixes(src); ok {
				lits = append(lits, ps...)
			} else {
				allLits = false
			}
		}
	}
	if allLits && len(alts) > 0 {
		l.lits = lits
	}
	if len(anch) > 0 {
		l.anchored = regexp.MustCompile("(?i)^(?:" + strings.Join(anch, "|") + ")")
	}
	if len(alts) > 0 {
		l.re = regexp.MustCompile("(?i)" + strings.Join(alts, "|"))
	}
	r.lists[ps[0]] = l
}

// requiredPrefixes returns literal strings (lower case, three letters or more) one of
// which any match of the pattern begins with, after word boundaries ("\b(har|hade) …" →
// "har", "hade"); ok is false when the pattern has no such set.
func requiredPrefixes(src string) ([]string, bool) {
	re, err := syntax.Parse(src, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil, false
	}
	return prefixesOf(re.Simplify())
}

func prefixesOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpLiteral:
		if len(re.Rune) < 3 {
			return nil, false
		}
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			p, ok := prefixesOf(sub)
			if !ok {
				return nil, false
			}
			out = append(out, p...)
		}
		return out, true
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEmptyMatch:
				continue
			}
			return prefixesOf(sub)
		}
	}
	return nil, false
}

// anchoredTail returns a pattern without its leading "^" when the whole pattern is
// anchored at the start of the text (a concatenation beginning with ^, no top-level |).
func anchoredTail(src string) (string, bool) {
	if !strings.HasPrefix(src, "^") {
		return "", false
	}
	re, err := syntax.Parse(src, syntax.Perl|syntax.FoldCase)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) == 0 || re.Sub[0].Op != syntax.OpBeginText {
		return "", false
	}
	return src[1:], true
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// listOf returns the compiled form of a registered list (nil for any other slice).
func (r *Rules) listOf(ps []*pat) *listRegexp {
	if len(ps) == 0 {
		return nil
	}
	if l := r.lists[ps[0]]; l != nil && l.n == len(ps) {
		return l
	}
	return nil
}

// matchList reports whether any pattern of ps matches; rest reports whether the
// concept and compound patterns are asked at all.
func (r *Rules) matchList(ps []*pat, f string, rest bool) bool {
	if l := r.listOf(ps); l != nil {
		if l.anchored != nil && l.anchored.MatchString(f) {
			return true
		}
		if l.re != nil && (l.lits == nil || containsAny(strings.ToLower(f), l.lits)) && l.re.MatchString(f) {
			return true
		}
		if rest {
			for _, p := range l.rest {
				if p.match(f) {
					return true
				}
			}
		}
		return false
	}
	for _, p := range ps {
		if (rest || p.re != nil && p.all == nil) && p.match(f) {
			return true
		}
	}
	return false
}

type memoKey struct {
	list *pat // the first pattern of the list
	n    int  // and its length (lists may share a first pattern: a list and its prefix)
	text string
}

// withMemo returns a copy of the rules that remembers which texts each pattern list
// matched: one screening asks the same lists about the same sentences many times. The
// copy is for one goroutine; the rules themselves stay shared and unchanged.
func (r *Rules) withMemo() *Rules {
	rr := *r
	rr.memo = make(map[memoKey]bool, 4096)
	return &rr
}

// anyMatch reports whether any pattern of ps matches the folded text, remembered when the
// rules carry a memo.
func (r *Rules) anyMatch(ps []*pat, folded string) bool {
	if len(ps) == 0 {
		return false
	}
	if r.memo == nil {
		return r.matchList(ps, folded, true)
	}
	k := memoKey{ps[0], len(ps), folded}
	if v, ok := r.memo[k]; ok {
		return v
	}
	v := r.matchList(ps, folded, true)
	r.memo[k] = v
	return v
}

// pat is one compiled rule pattern; src is the pattern as written in the rules file. A
// pattern is a regular expression, or "@concept" ("@a @b": every one of them): a word of
// that meaning in the lexicon, whatever its inflection, compound or spelling.
type pat struct {
	src      string
	re       *regexp.Regexp
	concepts []string
	lx       *lexicon
	all      []*pat // "A & B": every part must match
	not      bool   // "A & !B": a part that must not match
}

// match reports whether the pattern matches the folded text.
func (p *pat) match(f string) bool {
	switch {
	case p.all != nil:
		for _, q := range p.all {
			if q.match(f) == q.not {
				return false
			}
		}
		return true
	case p.re != nil:
		return p.re.MatchString(f)
	}
	return p.lx.conceptSpans(f, p.concepts) != nil
}

// findAll returns the byte spans of the matches in the folded text (for a concept
// pattern: the words that carry the concepts; for "A & B": the spans of every part, or
// none unless all match).
func (p *pat) findAll(f string) [][]int {
	switch {
	case p.all != nil:
		if !p.match(f) {
			return nil
		}
		var out [][]int
		for _, q := range p.all {
			if !q.not {
				out = append(out, q.findAll(f)...)
			}
		}
		return out
	case p.re != nil:
		return p.re.FindAllStringIndex(f, -1)
	}
	return p.lx.conceptSpans(f, p.concepts)
}

// defaultConcepts names the concepts of the embedded lexicon: an extension file may use
// them before it is merged with the defaults.
var defaultConcepts = sync.OnceValue(func() map[string]bool {
	var raw struct {
		Lexicon struct {
			Concepts map[string]any `json:"concepts"`
		} `json:"lexicon"`
	}
	out := map[string]bool{}
	if json.Unmarshal(defaultRulesJSON, &raw) == nil {
		for k := range raw.Lexicon.Concepts {
			out[k] = true
		}
	}
	return out
})

var (
	defaultOnce  sync.Once
	defaultRules *Rules
	defaultErr   error
)

// DefaultRules returns the embedded default rules (rules/v4.json).
func DefaultRules() *Rules {
	defaultOnce.Do(func() {
		defaultRules, defaultErr = LoadRules(bytes.NewReader(defaultRulesJSON))
	})
	if defaultErr != nil {
		panic("screen: embedded rules do not compile: " + defaultErr.Error())
	}
	return defaultRules
}

// LoadRules reads a rules file (the same JSON shape as rules/v4.json). A municipality's
// extension file may hold only the keys it adds to; use DefaultRules().Merge(ext) to
// combine it with the defaults. The file is validated: every pattern must compile.
func LoadRules(r io.Reader) (*Rules, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("screen: rules: %w", err)
	}
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("screen: rules: %w", err)
	}
	if v, _ := raw["version"].(string); v == "" {
		// a file without a version is known by its content, so that a change to it is
		// recorded with every suggestion (and makes ingest screen the cases again)
		sum := sha256.Sum256(b)
		raw["version"] = "file-" + hex.EncodeToString(sum[:4])
	}
	return compileRules(raw, false)
}

// Merge returns new rules: ext's lists are appended to r's, objects are merged key by
// key and scalars replaced. The version becomes "<r.version>+<ext.version>". If ext
// has "replace": true at the top level, its lists replace r's instead of extending them.
func (r *Rules) Merge(ext *Rules) *Rules {
	if ext == nil {
		return r
	}
	replace, _ := ext.raw["replace"].(bool)
	merged := deepMerge(deepCopy(r.raw), ext.raw, replace).(map[string]any)
	v := r.Version
	if ev, _ := ext.raw["version"].(string); ev != "" && ev != v {
		v = v + "+" + ev
	}
	merged["version"] = v
	delete(merged, "replace")
	out, err := compileRules(merged, true)
	if err != nil { // both sides compiled on their own, so this cannot happen
		panic("screen: merge: " + err.Error())
	}
	return out
}

func deepCopy(v any) any {
	switch t := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(t))
		for k, x := range t {
			m[k] = deepCopy(x)
		}
		return m
	case []any:
		s := make([]any, len(t))
		for i, x := range t {
			s[i] = deepCopy(x)
		}
		return s
	}
	return v
}

func deepMerge(base, ext any, replace bool) any {
	switch e := ext.(type) {
	case map[string]any:
		b, ok := base.(map[string]any)
		if !ok {
			return deepCopy(e)
		}
		for k, x := range e {
			if cur, ok := b[k]; ok {
				b[k] = deepMerge(cur, x, replace)
			} else {
				b[k] = deepCopy(x)
			}
		}
		return b
	case []any:
		b, ok := base.([]any)
		if !ok || replace {
			return deepCopy(e)
		}
		seen := map[string]bool{}
		for _, x := range b {
			seen[fmt.Sprint(x)] = true
		}
		for _, x := range e {
			if !seen[fmt.Sprint(x)] {
				b = append(b, deepCopy(x))
			}
		}
		return b
	}
	return ext
}

// ---- compiling ----

type compiler struct {
	raw   map[string]any
	errs  []string
	lx    *lexicon
	lists [][]*pat
}

func (c *compiler) node(path string) any {
	var cur any = c.raw
	for _, k := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[k]
	}
	return cur
}

func (c *compiler) strings(path string) []string {
	var out []string
	switch t := c.node(path).(type) {
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			} else {
				c.errs = append(c.errs, path+": not a string list")
			}
		}
	case nil:
	case string:
		out = append(out, t)
	default:
		c.errs = append(c.errs, path+": not a string list")
	}
	return out
}

func (c *compiler) pats(path string) []*pat {
	var out []*pat
	for _, s := range c.strings(path) {
		p, err := c.compilePattern(s)
		if err != nil {
			c.errs = append(c.errs, fmt.Sprintf("%s: %q: %v", path, s, err))
			continue
		}
		out = append(out, p)
	}
	c.lists = append(c.lists, out)
	return out
}

// lexicon builds the lexicon from lexicon.concepts, lexicon.abbreviations,
// lexicon.not_typos, lexicon.compound_min_part and lexicon.typo_min_length.
func (c *compiler) lexicon() *lexicon {
	concepts := map[string][]string{}
	for _, k := range c.keys("lexicon.concepts") {
		concepts[k] = c.strings("lexicon.concepts." + k)
	}
	abbrev := map[string]string{}
	if m, ok := c.node("lexicon.abbreviations").(map[string]any); ok {
		for k, v := range m {
			s, ok := v.(string)
			if !ok {
				c.errs = append(c.errs, "lexicon.abbreviations."+k+": not a string")
				continue
			}
			abbrev[k] = s
		}
	}
	return newLexicon(concepts, abbrev, c.strings("lexicon.not_typos"), c.strings("lexicon.unit_heads"), c.intVal("lexicon.compound_min_part", 3), c.intVal("lexicon.typo_min_length", 7))
}

func (c *compiler) keys(path string) []string {
	m, _ := c.node(path).(map[string]any)
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (c *compiler) intMap(path string) map[string]int {
	out := map[string]int{}
	m, _ := c.node(path).(map[string]any)
	for k, v := range m {
		switch n := v.(type) {
		case json.Number:
			i, err := n.Int64()
			if err != nil {
				c.errs = append(c.errs, path+"."+k+": not an integer")
			}
			out[fold(strings.ToLower(k))] = int(i)
		case float64:
			out[fold(strings.ToLower(k))] = int(n)
		default:
			c.errs = append(c.errs, path+"."+k+": not a number")
		}
	}
	return out
}

func (c *compiler) intVal(path string, def int) int {
	switch n := c.node(path).(type) {
	case json.Number:
		i, err := n.Int64()
		if err == nil {
			return int(i)
		}
	case float64:
		return int(n)
	}
	return def
}

func compileRules(raw map[string]any, merged bool) (*Rules, error) {
	c := &compiler{raw: raw}
	r := &Rules{raw: raw}
	r.Version, _ = raw["version"].(string)
	r.lx = c.lexicon()
	c.lx = r.lx
	if r.Version == "" && !merged {
		r.Version = "unversioned"
	}
	r.boilerplate = c.pats("layout.boilerplate")
	r.pageHeader = c.pats("layout.page_header")
	r.boilerplateSentences = c.pats("layout.boilerplate_sentences")
	r.pageHeaderLines = c.intVal("layout.page_header_lines", 3)
	r.placeholders = c.pats("layout.placeholders")
	r.fieldLabels = c.pats("layout.field_labels")
	r.notHeadings = c.pats("layout.not_headings")
	r.signatureWords = c.pats("layout.signature_words")
	r.layoutKnownHeadings = c.pats("layout.known_headings")
	r.genericHeadingMaxWords = c.intVal("layout.generic_heading_max_words", 6)

	r.docOrder = c.strings("doc_types.order")
	r.docTitles = map[string][]*pat{}
	r.docFiles = map[string][]*pat{}
	for _, k := range c.keys("doc_types.titles") {
		r.docTitles[k] = c.pats("doc_types.titles." + k)
	}
	for _, k := range c.keys("doc_types.files") {
		r.docFiles[k] = c.pats("doc_types.files." + k)
	}
	r.emailFrom = c.pats("doc_types.email.from")
	r.emailTo = c.pats("doc_types.email.to")
	r.emailMeta = c.pats("doc_types.email.meta")
	r.emailSubject = c.pats("doc_types.email.subject")
	r.emailAssignment = c.pats("doc_types.email.assignment_terms")
	for k := range r.docTitles { // types only named in titles still take part
		if !slices.Contains(r.docOrder, k) {
			r.docOrder = append(r.docOrder, k)
		}
	}

	r.negBeforeNoun = c.pats("negation.before_noun")
	r.negAfterNoun = c.pats("negation.after_noun")
	r.negVerbBeforeNoun = c.pats("negation.verb_before_noun")

	r.needsHeadings = c.pats("needs.headings")
	r.needsHeadingExclude = c.pats("needs.heading_exclude")
	r.needsPartHeadings = c.pats("needs.part_headings")
	r.ownWords = c.pats("needs.own_words")
	r.committeeSubject = c.pats("needs.committee_subject")
	r.assessmentAct = c.pats("needs.assessment_act")
	r.otherAssessor = c.pats("needs.other_assessor")
	r.needWords = c.pats("needs.need_words")
	r.needIdioms = c.pats("needs.need_idioms")
	r.investigation = c.pats("needs.investigation")
	r.conclusionOnly = c.pats("needs.conclusion")
	r.proposalHeadings = c.pats("needs.proposal_headings")
	r.interventionWords = c.pats("needs.intervention")
	r.notYetAssessed = c.pats("needs.not_yet")
	r.because = c.pats("needs.because")
	r.reasoning = c.pats("needs.reasoning")
	r.preliminary = c.pats("needs.preliminary")
	r.referenceOnly = c.pats("needs.reference_only")
	r.reportedAssessment = c.pats("needs.reported_assessment")

	r.goalHeadings = c.pats("plan.goal_headings")
	r.goalItemTime = c.pats("plan.goal_item_time")
	r.activityHeadings = c.pats("plan.activity_headings")
	r.whoLabels = c.pats("plan.who_labels")
	r.whenLabels = c.pats("plan.when_labels")
	r.who = c.pats("plan.who")
	r.when = c.pats("plan.when")
	r.goalDated = c.pats("plan.goal_dated")
	r.goalMeasurable = c.pats("plan.goal_measurable")
	r.unrelatedPlan = c.pats("plan.unrelated_plan")
	r.planFuture = c.pats("plan.plan_future")
	r.planRef = c.pats("plan.plan_reference")
	r.goalLabel = c.pats("plan.goal_label")
	r.activityLabel = c.pats("plan.activity_label")
	r.goalSentence = c.pats("plan.goal_sentence")
	r.tableHeaderWords = map[string]bool{}
	for _, w := range c.strings("plan.table_header_words") {
		r.tableHeaderWords[strings.ToLower(w)] = true
	}
	r.activityWords = c.pats("plan.activity_words")
	r.unticked = c.pats("plan.unticked")
	r.planSelf = c.pats("plan.plan_self")

	r.fuTerms = c.pats("follow_up.terms")
	r.fuMeeting = c.pats("follow_up.meeting")
	r.fuReview = c.pats("follow_up.review")
	r.fuDone = c.pats("follow_up.done")
	r.fuPlanned = c.pats("follow_up.planned")
	r.fuCancelled = c.pats("follow_up.cancelled")
	r.fuOutcome = c.pats("follow_up.outcome")
	r.fuRefDoc = c.pats("follow_up.reference_doc")
	r.fuDocOutcomeHeadings = c.pats("follow_up.doc_outcome_headings")
	r.fuFirst = c.pats("follow_up.first")
	r.fuReportIn = c.pats("follow_up.report_received")
	r.fuEmailReport = c.pats("follow_up.email_report")
	r.keywordLabels = c.pats("assignment.keyword_labels")

	r.declinedPhrases = c.pats("declined.phrases")
	r.startedPhrases = c.pats("declined.started")

	r.elementNames = map[string]string{}
	if m, ok := c.node("assignment.element_names").(map[string]any); ok {
		for k, v := range m {
			r.elementNames[k], _ = v.(string)
		}
	}
	r.elementHeadings = map[string][]*pat{}
	r.elementPatterns = map[string][]*pat{}
	for _, e := range elementKeys {
		r.elementHeadings[e] = c.pats("assignment.headings." + e)
		r.elementPatterns[e] = c.pats("assignment.patterns." + e)
	}
	r.assignReferral = c.pats("assignment.referral")
	r.assignJournal = c.pats("assignment.journal_mention")
	r.assignOral = c.pats("assignment.oral")
	r.assignPlanned = c.pats("assignment.planned")
	r.contact = c.pats("assignment.contact")
	r.officerWords = c.pats("assignment.officer")
	r.caseworkerTitle = c.pats("assignment.officer_title")
	r.reportContent = c.pats("assignment.report_content")
	r.providerAddress = c.pats("assignment.provider_address")
	r.providerRoles = c.pats("assignment.provider_roles")
	r.nameStopwords = map[string]bool{}
	for _, w := range c.strings("assignment.name_stopwords") {
		r.nameStopwords[w] = true
	}

	r.months = c.intMap("dates.months")
	r.numbers = c.intMap("dates.numbers")
	r.unitsDays = c.intMap("dates.units_days")
	r.minYear = c.intVal("dates.min_year", 1990)
	r.maxYear = c.intVal("dates.max_year", 2099)
	r.buildDateREs()
	r.allHeadings = nil
	r.allHeadings = r.knownHeadings()
	for _, l := range c.lists {
		r.registerList(l)
	}
	r.registerList(r.allHeadings)

	if len(c.errs) > 0 {
		return nil, fmt.Errorf("screen: rules %s: %s", r.Version, strings.Join(c.errs, "; "))
	}
	return r, nil
}

var elementKeys = []string{"a", "b", "c", "d", "e", "f", "g"}

func altOf(words map[string]int) string {
	var ws []string
	for w := range words {
		ws = append(ws, regexp.QuoteMeta(fold(w)))
	}
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	return strings.Join(ws, "|")
}

func (r *Rules) buildDateREs() {
	months := altOf(r.months)
	nums := altOf(r.numbers)
	units := altOf(r.unitsDays)
	if months == "" {
		months = "januari"
	}
	if nums == "" {
		nums = "en"
	}
	if units == "" {
		units = "dagar"
	}
	// "Den 14 april", "6 aug.", "9 juni 2015" at the start of a journal line (see yearlessDate)
	r.dmWordNoYear = regexp.MustCompile(`(?i)^(?:den\s+)?([0-3]?\d)\s+(` + months + `)\b\.?(?:\s+((?:19|20)\d\d))?\b`)
	r.textDate = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(` + months + `)\b\.?(\s+((19|20)\d\d))?`)
	// "i november", "till mitten av december", "under början av mars", "december 2015"
	r.monthRE = regexp.MustCompile(fold(`(?i)\b(?:(?:i|under|till|före|efter|omkring|runt|kring|från)\s+(?:(?:början|slutet|mitten)\s+av\s+)?|(?:början|slutet|mitten)\s+av\s+)(` + months + `)\b(?:\s+((?:19|20)\d\d)\b)?|\b(` + months + `)\s+((?:19|20)\d\d)\b`))
	r.relativeRE = regexp.MustCompile(`(?i)\b(om|inom|efter|var)\s+(?:(?:ca\.?|cirka|c:a|ungefär|omkring)\s+)?(\d+|` + nums + `)\s+(` + units + `)\b`)
}

// ---- matching on folded text ----

// fold maps the Swedish letters to two ASCII word characters each so that \b and \w
// work (Go's \b is ASCII-only) and byte lengths are preserved. Patterns are folded the
// same way when they are compiled.
var folder = strings.NewReplacer(
	"å", "a1", "ä", "a2", "ö", "o3", "é", "e4", "ü", "u5",
	"Å", "A1", "Ä", "A2", "Ö", "O3", "É", "E4", "Ü", "U5",
)

func fold(s string) string { return folder.Replace(s) }

var foldedLetters = map[rune]string{'å': "a1", 'ä': "a2", 'ö': "o3", 'é': "e4", 'ü': "u5", 'Å': "A1", 'Ä': "A2", 'Ö': "O3", 'É': "E4", 'Ü': "U5"}

// foldPattern folds a regular expression. A folded letter followed by a quantifier is
// wrapped in a group; a folded letter inside a character class is an error.
func foldPattern(p string) (string, error) {
	var b strings.Builder
	rs := []rune(p)
	inClass := false
	for i := 0; i < len(rs); i++ {
		ch := rs[i]
		if ch == '\\' && i+1 < len(rs) {
			b.WriteRune(ch)
			b.WriteRune(rs[i+1])
			i++
			continue
		}
		if ch == '[' && !inClass {
			inClass = true
		} else if ch == ']' && inClass {
			inClass = false
		}
		f, ok := foldedLetters[ch]
		if !ok {
			b.WriteRune(ch)
			continue
		}
		if inClass {
			return "", fmt.Errorf("character class with %q: write an alternation instead", string(ch))
		}
		if i+1 < len(rs) && strings.ContainsRune("?*+{", rs[i+1]) {
			b.WriteString("(?:" + f + ")")
		} else {
			b.WriteString(f)
		}
	}
	return b.String(), nil
}

// compilePattern compiles one rule pattern: "@concept …" against the lexicon, "A & B"
// as parts that must all match ("A & !B": B must not), else a regular expression on
// folded text.
func (c *compiler) compilePattern(s string) (*pat, error) {
	if parts := strings.Split(s, " & "); len(parts) > 1 {
		p := &pat{src: s}
		for _, part := range parts {
			part = strings.TrimSpace(part)
			neg := strings.HasPrefix(part, "!")
			q, err := c.compilePattern(strings.TrimPrefix(part, "!"))
			if err != nil {
				return nil, err
			}
			q.not = neg
			p.all = append(p.all, q)
		}
		return p, nil
	}
	if strings.HasPrefix(s, "@") {
		var cs []string
		for _, w := range strings.Fields(s) {
			name := strings.TrimPrefix(w, "@")
			if !strings.HasPrefix(w, "@") || len(c.lx.conceptOf[name]) == 0 && !defaultConcepts()[name] {
				return nil, fmt.Errorf("unknown concept %q (see lexicon.concepts)", w)
			}
			cs = append(cs, name)
		}
		return &pat{src: s, concepts: cs, lx: c.lx}, nil
	}
	return compilePattern(s)
}

func compilePattern(s string) (*pat, error) {
	f, err := foldPattern(s)
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile("(?i)" + f)
	if err != nil {
		return nil, err
	}
	return &pat{src: s, re: re}, nil
}

// statesNeed reports whether a folded sentence names a need (needs.need_words), once idioms
// that only sound like one are left out (needs.need_idioms: "vid behov" is "as needed",
// "efter behov" "as required").
func (r *Rules) statesNeed(f string) bool {
	if !r.anyMatch(r.needWords, f) {
		return false
	}
	for _, p := range r.needIdioms {
		if p.re != nil && p.re.MatchString(f) {
			f = p.re.ReplaceAllStringFunc(f, func(m string) string { return strings.Repeat(" ", len(m)) })
		}
	}
	return r.anyMatch(r.needWords, f)
}
