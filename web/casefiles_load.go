package web

import (
	"context"
	"fmt"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"tillsyn/review"
	"tillsyn/review/screen"
)

// rejectedText explains, in Swedish, why text that looks relevant is not evidence.
var rejectedText = map[string]string{
	"empty_heading":      "rubrik utan innehåll",
	"empty_template":     "tom mall",
	"placeholder":        "platshållare utan innehåll",
	"reference_only":     "bara en hänvisning",
	"refers_elsewhere":   "hänvisar till annat dokument",
	"negation":           "säger att något saknas",
	"other_assessor":     "någon annans bedömning",
	"no_reasons":         "beslut utan skäl",
	"plan_word":          "bara ordet plan",
	"future_plan":        "plan för framtiden",
	"plan_reference":     "hänvisning till en plan",
	"planned":            "planerad, inte genomförd",
	"planned_in_plan":    "planerad i planen",
	"next_planned":       "nästa uppföljning planeras",
	"cancelled":          "inställd",
	"no_named_officer":   "ingen namngiven handläggare",
	"oral_assignment":    "muntligt uppdrag",
	"assignment_mention": "uppdraget bara nämnt",
	"assignment_planned": "uppdraget planerat",
}

// evidenceShown is how many pieces of evidence a criterion lists at once; the rest are
// behind "visa fler", so that one criterion never fills the screen.
const evidenceShown = 4

// missingNames names the elements the screening did not find as the checklist names them.
// The screening also looks for the assignment having been sent to the provider (its "g"),
// which the form asks as the handover question, not as an element of the checklist.
func missingNames(cr review.Criterion, keys []string) []string {
	if cr != review.AssignmentDescription {
		return keys
	}
	d, _ := review.DefaultTemplate().Def(cr)
	var out []string
	for _, k := range keys {
		switch name := d.ElementName(k); {
		case k == "g":
			out = append(out, "att uppdraget skickades till utföraren (frågan om överlämnandet)")
		case name != "":
			out = append(out, k+" ("+name+")")
		default:
			out = append(out, k)
		}
	}
	return out
}

// swedishReason words the screening's reason as the form does: the checklist has a–f and
// the handover question, not an element g.
func swedishReason(r string) string {
	return strings.ReplaceAll(r, "alla delar a–g", "alla delar a–f och att den skickades till utföraren")
}

func evidenceKind(kind string) (text string, weak bool) {
	if k, ok := strings.CutPrefix(kind, screen.KindRejected); ok {
		if t, ok := rejectedText[k]; ok {
			return t, true
		}
		return strings.ReplaceAll(k, "_", " "), true
	}
	if kind == screen.KindUnreadable {
		return "sida utan text", true
	}
	if kind == screen.KindOCR {
		return "skannad sida, läst med OCR", true
	}
	if kind == screen.KindCandidate {
		return "att läsa", true
	}
	return "", false
}

// screeningWithDocs returns the stored screening of a case with evidence links to page
// anchors (withDocs false: without the documents, links point at nothing).
func (s *Server) screeningWithDocs(ctx context.Context, itemID int64, withDocs bool) (screeningView, []docView, error) {
	sc, err := s.svc.Screening(ctx, itemID)
	if err != nil {
		return screeningView{}, nil, err
	}
	view := screeningView{RulesVersion: sc.RulesVersion, Criteria: map[review.Criterion]suggestionView{}}
	var docs []review.CaseDocument
	if withDocs {
		if docs, err = s.svc.CaseDocuments(ctx, itemID); err != nil {
			return view, nil, err
		}
	}
	byName := map[string]int{}
	for i, d := range docs {
		byName[path.Base(d.File)] = i
	}
	marks := map[[2]int][]mark{} // (doc index, page) → marks
	for ci, cr := range review.DefaultCriteria {
		sg, ok := sc.Criteria[string(cr)]
		if !ok {
			continue
		}
		sv := suggestionView{Suggestion: sg.Suggestion, Label: review.SuggestionName(sg.Suggestion), Missing: missingNames(cr, sg.Missing), Reason: swedishReason(sg.Reason), CritNo: ci + 1}
		if sg.Suggestion == "unknown" || sg.Suggestion == "" {
			sv.Suggestion = "unknown"
		}
		sv.Confidence = map[string]string{screen.High: "hög", screen.Medium: "medel", screen.Low: "låg"}[sg.Confidence]
		sv.Uncertain = sv.Suggestion == "unknown" || sg.Confidence == screen.Low
		for _, l := range []string{"a", "b", "c", "d", "e", "f"} {
			if sg.Elements[l] {
				sv.Elements += l
			}
		}
		seen := map[string]bool{} // the same sentence found twice (by two rules) is listed once
		for i, e := range sg.Evidence {
			kind, weak := evidenceKind(e.Kind)
			same := path.Base(e.File) + "\x00" + strconv.Itoa(e.Page) + "\x00" + strings.Join(strings.Fields(strings.ToLower(e.Text)), " ")
			if seen[same] {
				continue
			}
			seen[same] = true
			ev := evidenceView{File: path.Base(e.File), Page: e.Page, Text: e.Text, Kind: kind, Weak: weak, CritNo: ci + 1}
			if di, ok := byName[path.Base(e.File)]; ok || !withDocs {
				id := fmt.Sprintf("ev-%s-%d", cr, i+1)
				if withDocs {
					ev.Link = fmt.Sprintf("#d%d-p%d", docs[di].ID, e.Page)
					if e.End > e.Start {
						k := [2]int{di, e.Page}
						marks[k] = append(marks[k], mark{start: e.Start, end: e.End, id: id, crit: cr.SwedishName(), no: ci + 1, weak: weak})
						ev.Link = "#" + id
					}
				}
			}
			sv.Evidence = append(sv.Evidence, ev)
		}
		sv.Pages = pagesPrefill(sv.Evidence)
		if len(sv.Evidence) > evidenceShown {
			sv.Shown, sv.More = sv.Evidence[:evidenceShown], sv.Evidence[evidenceShown:]
		} else {
			sv.Shown = sv.Evidence
		}
		view.Criteria[cr] = sv
	}
	var out []docView
	for di, d := range docs {
		dv := docView{ID: d.ID, File: d.File, Status: string(d.Status), StatusText: docStatusText[string(d.Status)], OK: d.Status == review.DocOK, PagesWithoutText: d.PagesWithoutText}
		if dv.StatusText == "" {
			dv.StatusText = string(d.Status)
		}
		for _, pg := range d.Pages {
			pv := pageView{DocID: d.ID, File: path.Base(d.File), Number: pg.Number, Anchor: fmt.Sprintf("d%d-p%d", d.ID, pg.Number), NoText: strings.TrimSpace(pg.Text) == "",
				OCR: pg.Engine == review.EngineOCR}
			var ms []mark
			for _, m := range marks[[2]int{di, pg.Number}] {
				if m.end <= len(pg.Text) && utf8.ValidString(pg.Text[:m.start]) && utf8.ValidString(pg.Text[m.start:m.end]) {
					ms = append(ms, m)
				}
			}
			pv.Segments = splitSegments(pg.Text, ms)
			dv.Pages = append(dv.Pages, pv)
		}
		out = append(out, dv)
	}
	return view, out, nil
}

// caseFiles loads the documents and the screening of a case and links them: every piece of
// evidence gets an anchor in the highlighted page text, and the form's evidence pages are
// pre-filled from the suggestion.
func (s *Server) caseFiles(ctx context.Context, itemID int64) ([]docView, screeningView, error) {
	v, docs, err := s.screeningWithDocs(ctx, itemID, true)
	return docs, v, err
}

// searchPages runs the full-text search and turns each snippet's «hit» into a mark.
func (s *Server) searchPages(ctx context.Context, auditName, q string, committees []string) ([]hitView, error) {
	hits, err := s.svc.SearchPages(ctx, auditName, q, committees)
	if err != nil {
		return nil, err
	}
	out := make([]hitView, 0, len(hits))
	for _, h := range hits {
		out = append(out, hitView{ItemID: h.ItemID, Committee: h.Committee, Diarienummer: h.Diarienummer, File: h.File, Page: h.Page,
			Snippet: snippetSegments(h.Snippet), URL: fmt.Sprintf("%s#d%d-p%d", itemURL(h.ItemID), h.DocumentID, h.Page)})
	}
	return out, nil
}

func snippetSegments(s string) []segment {
	var out []segment
	for s != "" {
		i := strings.Index(s, "«")
		if i < 0 {
			out = append(out, segment{Text: s})
			break
		}
		j := strings.Index(s[i:], "»")
		if j < 0 {
			out = append(out, segment{Text: s})
			break
		}
		if i > 0 {
			out = append(out, segment{Text: s[:i]})
		}
		out = append(out, segment{Text: s[i+len("«") : i+j], Mark: true, Criterion: "sökträff"})
		s = s[i+j+len("»"):]
	}
	return out
}
