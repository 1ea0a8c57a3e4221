package screen

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/swedish"
)

// lexicon recognises words by meaning rather than by spelling. Each concept (need,
// follow-up, meeting, report…) is a list of Swedish words in rules/*.json
// (lexicon.concepts); a word of the text carries a concept when
//
//   - its Snowball Swedish stem, or the word itself, is the stem or form of a listed word
//     ("bedömningen", "bedömer" → assessment);
//   - it is a compound whose last part is a listed word, or whose first part is one
//     ("uppföljningssamtal" → follow-up and meeting, "vårdbehov" → need,
//     "utskrivningsrapport" → report): the head of a Swedish compound is its last part;
//   - it is one edit (a letter added, dropped, changed or two swapped) from a listed word
//     of at least lexicon.typo_min_length letters ("uppföljnig", "avstämmning");
//   - it is a listed abbreviation (lexicon.abbreviations: "ÅP", "GFP") of such a word.
//
// A rule pattern written "@need" matches a text holding a word of the concept; "@a @b"
// needs both. canon rewrites misspelt and abbreviated words of a text to the listed word,
// so that ordinary patterns see them too.
//
// The lexicon is safe for concurrent use; it caches the concepts of the words it has seen
// (bounded: the cache is emptied when it grows past cacheMax words).
type lexicon struct {
	concepts  map[string]map[string]bool // stem or form -> concepts
	byForm    map[string]map[string]bool // listed word -> concepts
	forms     map[string]string          // stem or form -> the listed word it comes from
	abbrev    map[string]string          // lower-case abbreviation -> listed word
	deletes   map[string][]string        // a listed word with one letter deleted -> listed words
	minHead   int                        // letters of the smallest compound part
	typoMin   int                        // letters of the shortest word corrected for typos
	notTypos  map[string]bool            // real words one edit from a listed word
	units     map[string]bool            // last parts that make a compound a unit or a role ("…enheten", "…handläggare")
	unitRE    *regexp.Regexp             // such a compound in folded text; nil without units
	mu        sync.Mutex
	cache     map[string]wordInfo
	conceptOf map[string][]string // concept -> listed words (for tests and messages)
}

// wordInfo is what the lexicon knows of one (lower-case, unfolded) word of a text.
type wordInfo struct {
	concepts map[string]bool
	fix      string // the listed word it is a misspelling or abbreviation of; "" if none
}

const cacheMax = 200000

func newLexicon(concepts map[string][]string, abbrev map[string]string, notTypos, units []string, minHead, typoMin int) *lexicon {
	lx := &lexicon{concepts: map[string]map[string]bool{}, byForm: map[string]map[string]bool{}, forms: map[string]string{}, abbrev: map[string]string{},
		deletes: map[string][]string{}, minHead: minHead, typoMin: typoMin, notTypos: map[string]bool{}, units: map[string]bool{},
		cache: map[string]wordInfo{}, conceptOf: map[string][]string{}}
	var alts []string
	for _, u := range units {
		lx.units[strings.ToLower(u)] = true
		alts = append(alts, regexp.QuoteMeta(fold(strings.ToLower(u))))
	}
	if len(alts) > 0 {
		sort.Slice(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
		lx.unitRE = regexp.MustCompile(`(?i)\b[\pL\d]{` + strconv.Itoa(minHead) + `,}(` + strings.Join(alts, "|") + `)\b`)
	}
	names := make([]string, 0, len(concepts))
	for c := range concepts {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		for _, w := range concepts[c] {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			lx.conceptOf[c] = append(lx.conceptOf[c], w)
			if lx.byForm[w] == nil {
				lx.byForm[w] = map[string]bool{}
			}
			lx.byForm[w][c] = true
			keys := []string{w}
			// a short stem ("post" of "postat", "pass" of "passa") is also a word of its
			// own: only stems of five letters or more stand for the listed word
			if st := stem(w); st != w && utf8.RuneCountInString(st) >= 5 {
				keys = append(keys, st)
			}
			for _, k := range keys {
				if lx.concepts[k] == nil {
					lx.concepts[k] = map[string]bool{}
				}
				lx.concepts[k][c] = true
				if _, ok := lx.forms[k]; !ok {
					lx.forms[k] = w
				}
			}
			if utf8.RuneCountInString(w) >= typoMin {
				for _, d := range deletions(w) {
					if !contains(lx.deletes[d], w) {
						lx.deletes[d] = append(lx.deletes[d], w)
					}
				}
			}
		}
	}
	for a, w := range abbrev {
		lx.abbrev[strings.ToLower(a)] = strings.ToLower(w)
	}
	for _, w := range notTypos {
		lx.notTypos[strings.ToLower(w)] = true
	}
	return lx
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// stem is the Snowball Swedish stem of a lower-case word (stop words kept as they are).
func stem(w string) string { return swedish.Stem(w, false) }

// deletions are the strings made by deleting one letter of w.
func deletions(w string) []string {
	rs := []rune(w)
	out := make([]string, 0, len(rs))
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// info returns what the lexicon knows of a lower-case word.
func (lx *lexicon) info(w string) wordInfo {
	lx.mu.Lock()
	wi, ok := lx.cache[w]
	lx.mu.Unlock()
	if ok {
		return wi
	}
	wi = lx.lookup(w)
	lx.mu.Lock()
	if len(lx.cache) >= cacheMax {
		lx.cache = map[string]wordInfo{}
	}
	lx.cache[w] = wi
	lx.mu.Unlock()
	return wi
}

func (lx *lexicon) lookup(w string) wordInfo {
	if a, ok := lx.abbrev[w]; ok {
		wi := lx.known(a)
		wi.fix = a
		return wi
	}
	if wi := lx.known(w); wi.concepts != nil {
		// one part known, the other misspelt ("uppfölningsmöte"): the corrected word
		// carries more
		if mp := lx.misspeltPart(w); len(mp.concepts) > len(wi.concepts) {
			return mp
		}
		return wi
	}
	if lx.notTypos[w] {
		return wordInfo{}
	}
	if fix := lx.typo(w); fix != "" {
		wi := lx.known(fix)
		// a different ending is an inflection the stemmer missed ("beställd",
		// "nätverksmötet"): the word means the same, but is not rewritten
		if !inflection(w, fix) {
			wi.fix = fix
		}
		return wi
	}
	if fix := lx.swap(w); fix != "" {
		wi := lx.known(fix)
		wi.fix = fix
		return wi
	}
	return wordInfo{}
}

// swap returns the listed word of swapMin to typoMin-1 letters that w is with two
// neighbouring letters swapped, the first letter kept ("bheov" is no word, "behvo" and
// "insast" are "behov" and "insats"): in a short word one letter added, dropped or
// changed too often makes another real word ("plan" → "plats", "klan"), two letters
// swapped seldom does. "" if none.
func (lx *lexicon) swap(w string) string {
	rs := []rune(w)
	if len(rs) < swapMin || len(rs) >= lx.typoMin {
		return ""
	}
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == rs[i+1] {
			continue
		}
		rs[i], rs[i+1] = rs[i+1], rs[i]
		x := string(rs)
		rs[i], rs[i+1] = rs[i+1], rs[i]
		if lx.byForm[x] != nil && !lx.notTypos[w] {
			return x
		}
	}
	return ""
}

// swapMin is the length of the shortest word corrected for two swapped letters.
const swapMin = 5

// misspeltPart tags a compound one of whose two parts is misspelt ("utskrivningsraport",
// "uppfölningsmöte"): the other part is a word the lexicon knows (a compound is split
// where a known word ends or begins, never at random), and the misspelt part, of
// typoMin-1 letters or more and unknown itself, is one edit from a listed word. A part
// that differs from the listed word only by its ending ("sjuksköterske-") carries its
// meaning without being rewritten; otherwise the fix is the word with that part
// corrected.
func (lx *lexicon) misspeltPart(w string) wordInfo {
	rs := []rune(w)
	if len(rs) < lx.minHead+lx.typoMin-1 {
		return wordInfo{}
	}
	// a part the lexicon knows as a word of its own (not as the end of a compound:
	// "lspreventionsplan" is no part)
	direct := func(p string) bool {
		return lx.concepts[p] != nil || lx.concepts[stem(p)] != nil || lx.stripped(p) != nil
	}
	knownPart := func(p string) bool {
		if direct(p) {
			return true
		}
		b, ok := strings.CutSuffix(p, "s") // a linking s
		return ok && utf8.RuneCountInString(b) >= lx.minHead && direct(b)
	}
	// the misspelling keeps the first letter ("splanering" is no "planering" misspelt)
	fixPart := func(p string) string {
		if lx.notTypos[p] || lx.known(p).concepts != nil {
			return ""
		}
		fix := lx.typo(p)
		if fix == "" || []rune(fix)[0] != []rune(p)[0] {
			return ""
		}
		return fix
	}
	result := func(fixed, part, fix string) wordInfo {
		wi := lx.known(fixed)
		if !inflection(part, fix) {
			wi.fix = fixed
		}
		return wi
	}
	for i := lx.minHead; i <= len(rs)-(lx.typoMin-1); i++ { // the last part misspelt
		head, tail := string(rs[:i]), string(rs[i:])
		if !knownPart(head) {
			continue
		}
		if fix := fixPart(tail); fix != "" {
			return result(head+fix, tail, fix)
		}
	}
	for i := len(rs) - lx.minHead; i >= lx.typoMin-1; i-- { // the first part misspelt
		head, tail := string(rs[:i]), string(rs[i:])
		if !direct(tail) {
			continue
		}
		link := ""
		if b, ok := strings.CutSuffix(head, "s"); ok && utf8.RuneCountInString(b) >= lx.typoMin-1 {
			head, link = b, "s"
		}
		if fix := fixPart(head); fix != "" {
			return result(fix+link+tail, head, fix)
		}
	}
	return wordInfo{}
}

// known tags a correctly spelt word: its form or stem (or the form without an ending the
// stemmer leaves, "behovet"), and the parts of a compound.
func (lx *lexicon) known(w string) wordInfo {
	var out map[string]bool
	add := func(c map[string]bool) {
		if out == nil {
			out = map[string]bool{}
		}
		for k := range c {
			out[k] = true
		}
	}
	if c := lx.concepts[w]; c != nil {
		add(c)
	} else if c := lx.concepts[stem(w)]; c != nil {
		add(c)
	} else if c := lx.stripped(w); c != nil {
		add(c)
	}
	rs := []rune(w)
	if len(rs) < 2*lx.minHead {
		return wordInfo{concepts: out}
	}
	// the last part: the longest tail after a head of minHead letters or more that is a
	// listed word or an inflection of one (stems stand for listed words only from five
	// letters: a short stem such as "pass" or "svar" is too often the end of an unrelated
	// word; see newLexicon)
	for i := lx.minHead; i <= len(rs)-lx.minHead; i++ {
		tail := string(rs[i:])
		if c := lx.byForm[tail]; c != nil {
			add(c)
			break
		}
		if c := lx.stripped(tail); c != nil {
			add(c)
			break
		}
		if c := lx.concepts[stem(tail)]; c != nil {
			add(c)
			break
		}
	}
	// the first part: the longest head that is a listed word (with or without a linking s)
	// before a tail of minHead letters or more, unless the tail makes the compound the name
	// of a unit or a role ("Uppföljningsenheten" names who, not a follow-up)
	for i := lx.minHead; i <= len(rs)-lx.minHead; i++ {
		if lx.units[string(rs[i:])] {
			return wordInfo{concepts: out}
		}
	}
	for i := len(rs) - lx.minHead; i >= lx.minHead; i-- {
		head := string(rs[:i])
		if c := lx.byForm[head]; c != nil {
			add(c)
			break
		}
		if strings.HasSuffix(head, "s") {
			if c := lx.byForm[strings.TrimSuffix(head, "s")]; c != nil {
				add(c)
				break
			}
		}
	}
	return wordInfo{concepts: out}
}

// withoutUnits blanks the names of units and roles in folded text ("Utförd av: Karin Holm,
// Uppföljningsenheten"), so that a pattern for what was done does not match who did it.
func (lx *lexicon) withoutUnits(f string) string {
	if lx == nil || lx.unitRE == nil {
		return f
	}
	return lx.unitRE.ReplaceAllStringFunc(f, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// stripped tags a word that is a listed word with an ending the stemmer leaves
// ("behovet", "mötet").
func (lx *lexicon) stripped(w string) map[string]bool {
	for _, e := range []string{"et", "en", "ets", "ens", "na", "t", "n"} {
		if b := strings.TrimSuffix(w, e); b != w && utf8.RuneCountInString(b) >= lx.minHead && lx.byForm[b] != nil {
			return lx.byForm[b]
		}
	}
	return nil
}

// typo returns the listed word w is one edit away from ("" if none, or if it is ambiguous).
func (lx *lexicon) typo(w string) string {
	n := utf8.RuneCountInString(w)
	if n < lx.typoMin-1 {
		return ""
	}
	cands := map[string]bool{}
	for _, x := range lx.deletes[w] { // a letter dropped from a listed word ("raport")
		cands[x] = true
	}
	if n < lx.typoMin {
		return only(cands)
	}
	for _, d := range deletions(w) {
		if _, ok := lx.forms[d]; ok && utf8.RuneCountInString(d) >= lx.typoMin { // a letter dropped
			cands[lx.forms[d]] = true
		}
		for _, x := range lx.deletes[d] { // a letter changed, or two swapped
			if editDistance1(w, x) {
				cands[x] = true
			}
		}
	}
	return only(cands)
}

// only returns the one candidate, "" if there are none or several.
func only(cands map[string]bool) string {
	if len(cands) != 1 {
		return ""
	}
	for x := range cands {
		return x
	}
	return ""
}

// endings are Swedish inflectional endings of up to two letters.
var endings = map[string]bool{"": true, "a": true, "e": true, "d": true, "t": true, "n": true, "s": true, "r": true,
	"en": true, "et": true, "er": true, "ar": true, "or": true, "na": true, "de": true, "te": true, "ts": true,
	"ds": true, "ns": true, "es": true, "ad": true, "at": true, "da": true, "ta": true}

// inflection reports whether a and b are the same word with different endings.
func inflection(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return endings[string(ra[n:])] && endings[string(rb[n:])]
}

// editDistance1 reports whether a and b differ by one letter added or dropped, one
// substitution or one swap of neighbouring letters.
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) != len(rb) { // one letter more in ra
		if len(ra)-len(rb) != 1 {
			return false
		}
		i := 0
		for i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return string(ra[i+1:]) == string(rb[i:])
	}
	var diff []int
	for i := range ra {
		if ra[i] != rb[i] {
			diff = append(diff, i)
			if len(diff) > 2 {
				return false
			}
		}
	}
	switch len(diff) {
	case 1:
		return true
	case 2:
		i, j := diff[0], diff[1]
		return j == i+1 && ra[i] == rb[j] && ra[j] == rb[i]
	}
	return false
}

// ---- words of a text ----

// span is a word of a folded text: its byte offsets and its lower-case unfolded form.
type span struct {
	start, end int
	word       string
}

// words splits a folded text into words (runs of letters and digits; a folded letter is
// two word characters).
func words(f string) []span {
	var out []span
	i := 0
	for i < len(f) {
		for i < len(f) && !isWordByte(f[i]) {
			i++
		}
		j := i
		for j < len(f) && isWordByte(f[j]) {
			j++
		}
		if j > i {
			out = append(out, span{start: i, end: j, word: strings.ToLower(unfold(f[i:j]))})
		}
		i = j
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b >= 0x80
}

var unfolder = strings.NewReplacer(
	"a1", "å", "a2", "ä", "o3", "ö", "e4", "é", "u5", "ü",
	"A1", "Å", "A2", "Ä", "O3", "Ö", "E4", "É", "U5", "Ü",
)

func unfold(s string) string {
	if !strings.ContainsAny(s, "12345") {
		return s
	}
	return unfolder.Replace(s)
}

// conceptSpans returns the spans of the words of f that carry every one of the concepts
// of a concept pattern (any one word per concept; nil unless all are present).
func (lx *lexicon) conceptSpans(f string, concepts []string) [][]int {
	var out [][]int
	found := make([]bool, len(concepts))
	for _, w := range words(f) {
		if !hasLetter(w.word) {
			continue
		}
		wi := lx.info(w.word)
		if wi.concepts == nil {
			continue
		}
		for i, c := range concepts {
			if wi.concepts[c] {
				found[i] = true
				out = append(out, []int{w.start, w.end})
			}
		}
	}
	for _, ok := range found {
		if !ok {
			return nil
		}
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// canon rewrites the misspelt and abbreviated words of a plain (unfolded) text to the
// listed words they stand for, keeping everything else (case of the first letter too).
func (lx *lexicon) canon(s string) string {
	if lx == nil {
		return s
	}
	var b strings.Builder
	changed := false
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			j += sz
		}
		w := s[i:j]
		lw := strings.ToLower(w)
		if wi := lx.info(lw); wi.fix != "" && wi.fix != lw {
			fix := wi.fix
			if unicode.IsUpper(r) && !isUpper(w) || isUpper(w) && utf8.RuneCountInString(w) > 4 {
				f, n := utf8.DecodeRuneInString(fix)
				fix = string(unicode.ToUpper(f)) + fix[n:]
			}
			b.WriteString(fix)
			changed = true
		} else {
			b.WriteString(w)
		}
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}
