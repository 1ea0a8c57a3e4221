package review

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FindingsResult is an audit's roll-up.
type FindingsResult struct {
	Audit    Audit
	Findings Findings
}

// FindingsOptions choose the action rule, the interval method and the year.
type FindingsOptions struct {
	Rule     ActionRule
	Interval IntervalMethod
	Year     int // 0: the year of the latest decision among the sampled cases
}

// Findings rolls the audit's sample up per committee and for the region: every selected
// case, final or pending (see judgeCase), with the agreement between reviewers.
func (s *Service) Findings(ctx context.Context, auditName string, opt FindingsOptions) (FindingsResult, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return FindingsResult{}, err
	}
	res, _, err := s.findings(ctx, a, sm, opt)
	return res, err
}

// findings rolls up the active sample sm of audit a, and returns the items it read.
func (s *Service) findings(ctx context.Context, a Audit, sm Sample, opt FindingsOptions) (FindingsResult, []ItemScores, error) {
	items, err := s.store.AuditScores(ctx, a.ID)
	if err != nil {
		return FindingsResult{}, nil, err
	}
	res := FindingsResult{Audit: a}
	t, err := s.Template(a)
	if err != nil {
		return res, nil, err
	}
	in := RollupInput{Audit: a.Name, Year: opt.Year, Rule: opt.Rule, Interval: opt.Interval, FrameSize: map[string]int{}, Template: &t}
	if in.Year == 0 {
		// the year the audit covers: that of the latest decision among the sampled cases
		if in.Year, err = s.store.SampleYear(ctx, sm.ID); err != nil {
			return FindingsResult{}, nil, err
		}
		if in.Year == 0 {
			in.Year = sm.DrawnAt.Year()
		}
	}
	for _, st := range sm.Strata {
		in.FrameSize[st.Committee] += st.Cases
	}
	if sm.Params.ByIntervention {
		in.StratumSize = map[string]int{}
		for _, st := range sm.Strata {
			in.StratumSize[stratumName(st.Committee, st.Intervention, true)] = st.Cases
		}
	}
	for _, is := range items {
		state, final, elements, handover := judgeCase(is, t)
		in.Cases = append(in.Cases, CaseJudgement{Committee: is.Item.Committee, Diarienummer: is.Item.Diarienummer, Stratum: is.Item.Stratum,
			State: state, Verdicts: final, Elements: elements, Handover: handover})
	}
	if res.Findings, err = Rollup(in); err != nil {
		return res, nil, err
	}
	res.Findings.Agreement = agreementOf(items, t)
	return res, items, nil
}

// ScoreImportResult is the outcome of a bulk score import.
type ScoreImportResult struct {
	Audit     string       `json:"audit"`
	File      string       `json:"file"`
	Rows      int          `json:"rows"`
	Imported  int          `json:"imported"`
	Unchanged int          `json:"unchanged"`
	Invalid   []InvalidRow `json:"invalid"`
	Committed bool         `json:"committed"`
}

var scoreColumns = map[string][]string{
	"committee":    {"committee", "namnd", "kommun", "socialnamnd"},
	"diarienummer": {"diarienummer", "dnr", "arendenummer", "case number"},
	"reviewer":     {"reviewer", "granskare", "bedomare"},
	"criterion":    {"criterion", "kriterium"},
	"verdict":      {"verdict", "bedomning", "omdome"},
	"comment":      {"comment", "kommentar", "motivering"},
	"elements":     {"elements", "element", "moment"},
	"handover":     {"handover", "overlamnad", "overlamnad fore start", "overlamning"},
}

// ImportScores imports judgements made on paper or in a spreadsheet: CSV with the columns
// committee, diarienummer, reviewer, criterion, verdict (yes/partly/no/not_applicable or
// ja/delvis/nej/ej tillämpligt), comment, and optionally elements (the letters a–f of the
// assignment description found, e.g. "abcf") and handover (ja/nej/framgår inte: did the
// assignment reach the provider before the start). The assignment description's elements
// must agree with its verdict (checkElements). Strict: every bad line is reported with its number
// and reason, and nothing is imported unless all are valid. A case must be selected in the
// audit's sample; a judgement the reviewer already has is accepted only when identical.
func (s *Service) ImportScores(ctx context.Context, auditName, path string) (ScoreImportResult, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return ScoreImportResult{}, err
	}
	if a.Purged() {
		return ScoreImportResult{}, errPurged(a)
	}
	t, err := s.Template(a)
	if err != nil {
		return ScoreImportResult{}, err
	}
	name := filepath.Base(path)
	res := ScoreImportResult{Audit: auditName, File: name, Invalid: []InvalidRow{}}
	bad := func(line int, field, code, format string, args ...any) {
		// a reason may quote a value: never a whole personnummer
		res.Invalid = append(res.Invalid, InvalidRow{File: name, Line: line, Field: field, Code: code, Reason: MaskPersonnummer(fmt.Sprintf(format, args...))})
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return res, &Error{Code: EInvalid, Field: "FILE", Message: err.Error()}
	}
	raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
	if !utf8.Valid(raw) {
		if raw, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
			return res, &Error{Code: EInvalid, Field: "FILE", Message: "cannot decode " + name}
		}
	}
	first, _, _ := bufio.NewReader(bytes.NewReader(raw)).ReadLine()
	delim := ','
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		delim = ';'
	} else if bytes.Count(first, []byte("\t")) > bytes.Count(first, []byte(",")) {
		delim = '\t'
	}
	r := csv.NewReader(bytes.NewReader(raw))
	r.Comma, r.FieldsPerRecord = delim, -1
	header, err := r.Read()
	if err != nil {
		bad(1, "", "file", "no header line")
		return res, nil
	}
	col := map[string]int{}
	for i, h := range header {
		k := strings.ReplaceAll(Fold(h), "_", " ")
		for field, syn := range scoreColumns {
			for _, x := range syn {
				if k == x {
					col[field] = i
				}
			}
		}
	}
	for _, f := range []string{"committee", "diarienummer", "reviewer", "criterion", "verdict", "comment"} {
		if _, ok := col[f]; !ok {
			bad(1, f, "file", "no column %s (the header has: %s)", f, strings.Join(header, ", "))
		}
	}
	if len(res.Invalid) > 0 {
		return res, nil
	}
	items := map[string]SampleItem{}
	for _, it := range sm.Items {
		items[it.Committee+"\x00"+DiarienummerKey(it.Diarienummer)] = it
	}
	type key struct {
		item      int64
		reviewer  string
		criterion Criterion
	}
	seen := map[key]int{}
	var rows []Score
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			bad(pe.StartLine, "", "bad_quote", "malformed quoting: %v", pe.Err)
			continue
		}
		if err != nil {
			return res, err
		}
		res.Rows++
		if len(rec) != len(header) {
			bad(line, "", "wrong_column_count", "%d fields, expected %d as in the header", len(rec), len(header))
			continue
		}
		get := func(f string) string { return strings.TrimSpace(rec[col[f]]) }
		n := len(res.Invalid)
		committee, ok := NormalizeCommittee(get("committee"))
		if !ok {
			bad(line, "committee", "unknown_committee", "%q is not a Swedish municipality", get("committee"))
		}
		it, found := items[committee+"\x00"+DiarienummerKey(get("diarienummer"))]
		switch {
		case !ok:
		case !found:
			bad(line, "diarienummer", "not_in_sample", "case %s of %s is not in the audit's sample", get("diarienummer"), committee)
		case it.Status != StatusSelected:
			bad(line, "diarienummer", "not_in_sample", "case %s of %s is a %s case of the sample, not a selected one", get("diarienummer"), committee, it.Status)
		}
		reviewer := get("reviewer")
		if reviewer == "" {
			bad(line, "reviewer", "missing_value", "empty reviewer")
		}
		crit, err := t.ParseCriterion(get("criterion"))
		if err != nil {
			bad(line, "criterion", "invalid_criterion", "%v", err)
		}
		d := t.MustDef(crit)
		var verdict Verdict
		if err == nil {
			if verdict, err = d.ParseValue(get("verdict")); err != nil {
				bad(line, "verdict", "invalid_verdict", "%v", err)
			}
		}
		comment := get("comment")
		if err == nil && d.NeedsComment(verdict) && comment == "" {
			bad(line, "comment", "missing_value", "a comment is required for %s", d.ValueName(verdict))
		}
		var elements string
		var handover Handover
		if _, ok := col["elements"]; ok {
			elements = strings.ToLower(strings.NewReplacer(" ", "", ",", "", ";", "").Replace(get("elements")))
			if elements != "" && d.Checklist == nil {
				bad(line, "elements", "invalid_elements", "%s has no checklist: elements belong to a criterion that has one", crit)
			} else if !validElements(d, elements) {
				bad(line, "elements", "invalid_elements", "%q: write the letters of the elements found (%s), e.g. %s", get("elements"), strings.Join(d.ElementKeys(), ""), strings.Join(d.ElementKeys()[:min(3, len(d.ElementKeys()))], ""))
			}
			elements = sortedLetters(elements)
		}
		if _, ok := col["handover"]; ok {
			var herr error
			if handover, herr = ParseHandover(get("handover")); herr != nil {
				bad(line, "handover", "invalid_handover", "%v", herr)
			} else if handover != "" && !d.Handover {
				bad(line, "handover", "invalid_handover", "the handover question does not belong to %s", crit)
			}
		}
		if _, ok := col["elements"]; ok && d.Checklist != nil && len(res.Invalid) == n {
			if e := checkElements(d, verdict, elements, comment); e != nil {
				bad(line, "elements", "elements_verdict", "%s", e.(*Error).Message)
			}
		}
		if len(res.Invalid) > n {
			continue
		}
		k := key{it.ID, reviewer, crit}
		if prev, dup := seen[k]; dup {
			bad(line, "criterion", "duplicate", "%s has judged %s of %s %s already on line %d", reviewer, crit, committee, it.Diarienummer, prev)
			continue
		}
		seen[k] = line
		rows = append(rows, Score{SampleItemID: it.ID, Kind: KindReview, Reviewer: reviewer, Criterion: crit, Verdict: verdict, Comment: comment,
			Elements: elements, Handover: handover, Submitted: true, Source: "import"})
	}
	if len(res.Invalid) > 0 {
		return res, nil
	}
	// a reviewer's judgement of a case counts only with every criterion: an incomplete set
	// (in the file and already stored together) would be imported yet never reach a finding
	type group struct {
		item     int64
		reviewer string
	}
	have := map[group]map[Criterion]bool{}
	firstLine := map[group]int{}
	label := map[group]string{}
	for k, line := range seen {
		g := group{k.item, k.reviewer}
		if have[g] == nil {
			have[g] = map[Criterion]bool{}
			stored, err := s.store.Scores(ctx, k.item)
			if err != nil {
				return res, err
			}
			for _, sc := range stored {
				if sc.Kind == KindReview && sc.Reviewer == k.reviewer && sc.Submitted && sc.Verdict != "" {
					have[g][sc.Criterion] = true
				}
			}
		}
		have[g][k.criterion] = true
		if l, ok := firstLine[g]; !ok || line < l {
			firstLine[g] = line
		}
	}
	for _, r := range rows {
		g := group{r.SampleItemID, r.Reviewer}
		if _, ok := label[g]; !ok {
			for _, it := range sm.Items {
				if it.ID == r.SampleItemID {
					label[g] = it.Committee + " " + it.Diarienummer
				}
			}
		}
	}
	all := "all four criteria"
	if len(t.Criteria) != 4 {
		all = fmt.Sprintf("all %d criteria of the template", len(t.Criteria))
	}
	for g, crits := range have {
		if len(crits) < len(t.Criteria) {
			var missing []string
			for _, c := range t.Keys() {
				if !crits[c] {
					missing = append(missing, string(c))
				}
			}
			bad(firstLine[g], "criterion", "incomplete", "%s has not judged %s of case %s: a case's judgement needs %s", g.reviewer, strings.Join(missing, ", "), label[g], all)
		}
	}
	if len(res.Invalid) > 0 {
		sort.Slice(res.Invalid, func(i, j int) bool { return res.Invalid[i].Line < res.Invalid[j].Line })
		return res, nil
	}
	imported, unchanged, conflicts, err := s.store.ImportScores(ctx, a.ID, TemplateStamp{Criteria: len(t.Criteria), SHA256: a.TemplateSHA256}, rows, "import:"+name, s.now().UTC())
	if err != nil {
		return res, err
	}
	for _, c := range conflicts {
		if c != "" {
			bad(0, "verdict", "conflict", "%s", c)
		}
	}
	if len(res.Invalid) > 0 {
		return res, nil
	}
	res.Imported, res.Unchanged, res.Committed = imported, unchanged, true
	return res, nil
}
