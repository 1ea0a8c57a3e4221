package report

import (
	"bufio"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"tillsyn/review"
)

//go:embed templates/report.html.tmpl templates/report.css
var templateFS embed.FS

// htmlTemplate is parsed once, at package initialisation, so a broken template fails every
// test and the program at start-up rather than at the first report.
var htmlTemplate = template.Must(template.New("report.html.tmpl").
	Funcs(template.FuncMap{"join": func(s []string) string { return strings.Join(s, ", ") }}).
	ParseFS(templateFS, "templates/report.html.tmpl"))

// reportCSS is the report's stylesheet: inline in the standalone document, served by the
// web app beside the report's body (every rule is scoped to .report).
var reportCSS = func() string {
	b, err := templateFS.ReadFile("templates/report.css")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// CSS is the report's stylesheet (every rule scoped to the class "report").
func CSS() string { return reportCSS }

// HTML writes the findings as one self-contained HTML document (html/template, inline CSS
// and SVG, no external resources, no script): a front page with the region summary (and,
// while files are pending, a "Preliminär" warning with how many are final), then one section
// per sampled committee that starts on a new page when printed and fits on it, with its
// status, its quotable paragraph, an SVG chart of the share lacking per criterion with the
// 95 % interval as an error bar and the value written out, a table whose every count links
// to the diarienummer behind it, the assignment description's elements, and the lists; then
// the method with the agreement between reviewers. Pages are numbered when printed. With cmp
// the earlier audit's shares are drawn as outlined bars and the table gets before → after and
// the change word. Errors are template or write errors.
func HTML(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	page := buildHTMLPage(f, cmp, opt)
	page.CSS = template.CSS(reportCSS)
	bw := bufio.NewWriter(w)
	if err := htmlTemplate.Execute(bw, page); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return bw.Flush()
}

// HTMLBody writes the report's body only (no <html>, <head> or stylesheet), for a page of
// the web app that wraps it in its own layout in an element of class "report" and links CSS.
func HTMLBody(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	page := buildHTMLPage(f, cmp, opt)
	bw := bufio.NewWriter(w)
	if err := htmlTemplate.ExecuteTemplate(bw, "body", page); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return bw.Flush()
}

type htmlPage struct {
	Lang            string
	Title           string
	CSS             template.CSS
	KindName        string
	Audit           string
	Year            int
	Rule            string
	IntervalName    string
	Generated       string
	Preliminary     string
	CompareLabel    string
	RegionSentences []string
	RegionRows      []htmlRegionRow
	RegionElements  []*htmlElements
	Overview        []htmlOverviewRow
	Committees      []htmlCommittee
	OnlyInEarlier   string
	// CriteriaOnlyInEarlier says which criteria the earlier audit had and this one has not.
	CriteriaOnlyInEarlier string
	// EarlierRequirements: where the earlier audit's requirements stand, one sentence per
	// committee; HasEarlierRequirements when they are known at all.
	EarlierRequirements    []string
	HasEarlierRequirements bool
	Method                 []string
	AgreementIntro         string
	Agreement              []htmlAgreementRow
	ChangeRule             string
	RuleNote               string
}

type htmlRegionRow struct {
	Criterion        string
	Lacking, Total   int
	Committees       []htmlLink
	PooledLacking    int
	PooledApplicable int
}

type htmlLink struct {
	Href, Text string
}

type htmlOverviewRow struct {
	Link           htmlLink
	Sampled, Final int
	Status         string
	ActionRequired string
}

type htmlCommittee struct {
	ID              string
	Title           string
	Status          string
	Paragraph       string
	Frame           string
	CompareSentence string
	HasFinal        bool
	Chart           svgChart
	Rows            []htmlRow
	// CountHeads head the four count columns: ja, delvis, nej, ej tillämpligt, or, when a
	// criterion has a scale of its own, the categories they stand for.
	CountHeads []string
	// Scales are the counts per value of the criteria with a scale of their own.
	Scales     []htmlScale
	Elements   []*htmlElements
	HasCompare bool
}

// htmlScale is one criterion's counts per value of its own scale.
type htmlScale struct {
	Name    string
	Caption string
	Values  []htmlCount
}

type htmlRow struct {
	Criterion string
	Counts    []htmlCount // ja, delvis, nej, ej tillämpligt
	Share, CI string
	Before    string
	Change    string
}

type htmlCount struct {
	N     int
	Href  string
	ID    string
	Label string
	Cases []string
}

type htmlElements struct {
	Caption string
	Rows    []htmlElementRow
}

type htmlElementRow struct {
	Letter, Name    string
	Present, Absent int
}

type htmlAgreementRow struct {
	Criterion                          string
	Cases                              int
	Observed, Kappa, AC1, Alpha, PABAK string
}

// elementsTables are the tables of the checklists' elements (none for a checklist whose
// elements were not recorded); region says whether they are over every committee.
func elementsTables(f review.Findings, m map[review.Criterion]review.ChecklistCount, region bool) []*htmlElements {
	var out []*htmlElements
	for _, d := range checklistCriteria(f) {
		cl := m[d.Key]
		if cl.Recorded == 0 {
			continue
		}
		var caption string
		switch {
		case d.Key == review.AssignmentDescription && region:
			caption = "Uppdragsbeskrivningarnas element, samtliga nämnder (färdigbedömda akter där elementen registrerades)."
		case d.Key == review.AssignmentDescription:
			caption = "Uppdragsbeskrivningens element (färdigbedömda akter där elementen registrerades)."
		case region:
			caption = fmt.Sprintf("Element för %s, samtliga nämnder (färdigbedömda akter där elementen registrerades).", criterionTopic(d))
		default:
			caption = fmt.Sprintf("Element för %s (färdigbedömda akter där elementen registrerades).", criterionTopic(d))
		}
		t := &htmlElements{Caption: caption}
		for _, e := range d.Checklist.Elements {
			name := e.Name.Sv
			if d.Key == review.AssignmentDescription {
				name = d.ElementName(e.Key) // the short names, as the report always had them
			}
			t.Rows = append(t.Rows, htmlElementRow{Letter: e.Key, Name: capitalize(name), Present: cl.Elements[e.Key].Present, Absent: cl.Elements[e.Key].Absent})
		}
		out = append(out, t)
	}
	return out
}

// svgChart is the geometry of one horizontal bar chart, computed here so the template only
// places numbers.
type svgChart struct {
	ID            string
	Title, Desc   string
	Width, Height float64
	PlotX, PlotW  float64
	AxisY         float64
	Ticks         []svgTick
	Bars          []svgBar
	HasBefore     bool
	LegendY       float64
	LegendX2      float64
}

type svgTick struct {
	X     float64
	Label string
}

type svgBar struct {
	Label      string
	LabelY     float64
	Y, H       float64
	W          float64
	Applicable bool
	HasCI      bool
	CIY        float64
	CILo, CIHi float64
	CapTop     float64
	CapBottom  float64
	Value      string
	ValueX     float64
	Before     bool
	BeforeY    float64
	BeforeH    float64
	BeforeW    float64
	BeforeText string
	BeforeTY   float64
}

func r1(x float64) float64 { return math.Round(x*10) / 10 }

// newChart lays out bars for the given shares; before may be nil.
func newChart(id, title, desc string, labels []string, share, lo, hi []float64, applicable []bool, before []*float64) svgChart {
	const (
		width   = 640.0
		plotX   = 170.0
		plotW   = 300.0
		top     = 12.0
		barH    = 16.0
		beforeH = 8.0
	)
	hasBefore := false
	for _, b := range before {
		if b != nil {
			hasBefore = true
		}
	}
	rowH := 40.0
	if hasBefore {
		rowH = 52
	}
	ch := svgChart{ID: id, Title: title, Desc: desc, Width: width, PlotX: plotX, PlotW: plotW, HasBefore: hasBefore}
	x := func(p float64) float64 { return r1(plotX + plotW*math.Max(0, math.Min(1, p))) }
	for i, l := range labels {
		y0 := top + float64(i)*rowH
		b := svgBar{Label: l, LabelY: r1(y0 + rowH/2 + 4), Applicable: applicable[i]}
		b.Y = r1(y0 + (rowH-barH)/2)
		b.H = barH
		if hasBefore {
			// Earlier (outlined, thin) on top, this audit below; both values written out.
			b.BeforeY = r1(y0 + 10)
			b.BeforeH = beforeH
			b.Y = r1(y0 + 24)
			b.LabelY = r1(y0 + 36)
		}
		if applicable[i] {
			b.W = r1(x(share[i]) - plotX)
			b.Value = pct(share[i])
			if !math.IsNaN(lo[i]) && !math.IsNaN(hi[i]) {
				b.HasCI = true
				b.CIY = r1(b.Y + barH/2)
				b.CILo, b.CIHi = x(lo[i]), x(hi[i])
				b.CapTop, b.CapBottom = r1(b.CIY-6), r1(b.CIY+6)
				b.Value = fmt.Sprintf("%s (%s)", pct(share[i]), interval(lo[i], hi[i]))
			}
		} else {
			b.Value = "ej tillämpligt"
		}
		b.ValueX = plotX + plotW + 10
		if i < len(before) && before[i] != nil {
			b.Before = true
			b.BeforeW = r1(x(*before[i]) - plotX)
			b.BeforeText = "tidigare " + pct(*before[i])
			b.BeforeTY = r1(b.BeforeY + beforeH)
		}
		ch.Bars = append(ch.Bars, b)
	}
	ch.AxisY = r1(top + float64(len(labels))*rowH)
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		ch.Ticks = append(ch.Ticks, svgTick{X: x(t), Label: pct(t)})
	}
	ch.Height = ch.AxisY + 24
	if hasBefore {
		ch.LegendY = ch.Height + 8
		ch.LegendX2 = plotX + 170
		ch.Height += 28
	}
	return ch
}

func buildHTMLPage(f review.Findings, cmp *review.Findings, opt Options) htmlPage {
	var x *Comparison
	if cmp != nil {
		c := Compare(*cmp, f)
		x = &c
	}
	p := htmlPage{
		Lang:            "sv",
		KindName:        opt.kindName(),
		Audit:           f.Audit,
		Year:            f.Year,
		Rule:            f.Rule.SwedishName(),
		RegionSentences: regionSentences(f, opt),
		Method:          methodParagraphs(f),
		Preliminary:     preliminaryHeader(f),
		IntervalName:    "exakta (hypergeometriska) 95 % konfidensintervall",
	}
	if f.Interval == review.IntervalWilson {
		p.IntervalName = "95 % Wilsonintervall"
	}
	p.Title = fmt.Sprintf("%s: %s", p.KindName, f.Audit)
	if !opt.Generated.IsZero() {
		p.Generated = opt.Generated.Format("2006-01-02")
	}
	anyPair := false
	for _, a := range f.Agreement {
		anyPair = anyPair || a.Cases > 0
	}
	if ag := agreementParagraphs(f); len(ag) > 0 {
		p.AgreementIntro = ag[0]
		for _, a := range f.Agreement {
			if !anyPair {
				break
			}
			if a.Cases == 0 {
				p.Agreement = append(p.Agreement, htmlAgreementRow{Criterion: agreementName(f, a), Observed: "–", Kappa: "–", AC1: "–", Alpha: "–", PABAK: "–"})
				continue
			}
			with := func(v, lo, hi float64) string {
				if math.IsNaN(v) {
					return "ej definierad"
				}
				return dec2(v) + " (" + decInterval(lo, hi) + ")"
			}
			p.Agreement = append(p.Agreement, htmlAgreementRow{Criterion: agreementName(f, a), Cases: a.Cases, Observed: pct(a.Observed),
				Kappa: with(a.Kappa, a.KappaLow, a.KappaHigh), AC1: with(a.AC1, a.AC1Low, a.AC1High), Alpha: with(a.Alpha, a.AlphaLow, a.AlphaHigh), PABAK: with(a.PABAK, a.PABAKLow, a.PABAKHigh)})
		}
	}
	if x != nil {
		p.CompareLabel = x.earlierLabel()
		p.ChangeRule = ChangeRule
		p.OnlyInEarlier = joinSv(x.OnlyInEarlier)
		p.CriteriaOnlyInEarlier = criteriaOnlyInEarlierSentence(*x)
		p.EarlierRequirements, p.HasEarlierRequirements = requirementSentences(opt.EarlierRequirements), opt.EarlierRequirements != nil
		if x.EarlierRule != f.Rule {
			p.RuleNote = fmt.Sprintf("Den tidigare granskningen använde en annan bedömningsregel (%s); andelarna med brister är ändå jämförbara eftersom de alltid räknar nej och delvis.", x.EarlierRule)
		}
	}
	ids := make([]string, len(f.Committees))
	for i, cf := range f.Committees {
		ids[i] = fmt.Sprintf("n%d-%s", i+1, slug(cf.Committee))
		action := "ej avgjort"
		switch {
		case cf.ActionRequired:
			action = "ja"
		case cf.Status == review.StatusFinal:
			action = "nej"
		}
		p.Overview = append(p.Overview, htmlOverviewRow{Link: htmlLink{"#" + ids[i], cf.Committee}, Sampled: cf.Sampled, Final: cf.FilesReviewed, Status: statusWord(cf.Status), ActionRequired: action})
	}
	for _, c := range f.Criteria {
		row := htmlRegionRow{Criterion: criterionName(f, c), Total: f.Region.Committees, Lacking: f.Region.CommitteesWithLacking[c]}
		for i, cf := range f.Committees {
			cc := cf.Criteria[c]
			if cc.Lacking() > 0 {
				row.Committees = append(row.Committees, htmlLink{"#" + ids[i], cf.Committee})
			}
			row.PooledLacking += cc.Lacking()
			row.PooledApplicable += cc.Applicable()
		}
		p.RegionRows = append(p.RegionRows, row)
	}
	p.RegionElements = elementsTables(f, f.Region.Checklists, true)
	ownScale := false
	for _, c := range f.Criteria {
		ownScale = ownScale || len(def(f, c).Scale) > 0
	}
	heads := []string{"Ja", "Delvis", "Nej", "Ej tillämpligt"}
	if ownScale {
		heads = []string{"Dokumenterat", "Brist, delvis", "Brist, saknas", "Ej tillämpligt"}
	}

	for i, cf := range f.Committees {
		hc := htmlCommittee{
			ID:         ids[i],
			Title:      CommitteeTitle(cf.Committee),
			Status:     statusWord(cf.Status),
			Paragraph:  committeeParagraph(cf, f, opt),
			Frame:      frameSentence(cf),
			HasFinal:   cf.FilesReviewed > 0,
			Elements:   elementsTables(f, cf.Checklists, false),
			CountHeads: heads,
		}
		var cc CommitteeComparison
		if x != nil {
			cc, _ = x.committee(cf.Committee)
			hc.CompareSentence = compareSentence(cc, *x)
			hc.HasCompare = true
		}
		var labels []string
		var shares, los, his []float64
		var appl []bool
		var before []*float64
		for j, c := range f.Criteria {
			k := cf.Criteria[c]
			base := ids[i] + "-" + string(c)
			d := def(f, c)
			row := htmlRow{Criterion: d.Name.Sv, Share: pct(k.ShareLacking), CI: interval(k.CILow, k.CIHigh)}
			for i, v := range []struct {
				verdict review.Verdict
				n       int
				cases   []string
			}{{review.Yes, k.Yes, k.YesCases}, {review.Partly, k.Partly, k.PartlyCases}, {review.No, k.No, k.NoCases}, {review.NotApplicable, k.NotApplicable, k.NotApplicableCases}} {
				id := base + "-" + string(v.verdict)
				label := capitalize(v.verdict.SwedishName())
				if ownScale {
					label = heads[i]
				}
				row.Counts = append(row.Counts, htmlCount{N: v.n, Href: "#" + id, ID: id, Label: label, Cases: v.cases})
			}
			if len(d.Scale) > 0 {
				sc := htmlScale{Name: d.Name.Sv, Caption: fmt.Sprintf("%s: antal färdigbedömda akter per värde på kriteriets skala.", d.Name.Sv)}
				for _, v := range d.Values() {
					id := base + "-v-" + string(v)
					sc.Values = append(sc.Values, htmlCount{N: k.Counts[v], Href: "#" + id, ID: id, Label: capitalize(d.ValueName(v)), Cases: k.Cases[v]})
				}
				hc.Scales = append(hc.Scales, sc)
			}
			var bp *float64
			if x != nil && j < len(cc.Criteria) {
				cx := cc.Criteria[j]
				row.Change = cx.Change.SwedishName()
				row.Before = "–"
				if cx.InEarlier && cx.Before.Defined {
					b := cx.Before.ShareLacking
					bp = &b
					row.Before = pct(b)
				}
			}
			hc.Rows = append(hc.Rows, row)
			labels = append(labels, d.Name.Sv)
			shares, los, his = append(shares, k.ShareLacking), append(los, k.CILow), append(his, k.CIHigh)
			appl = append(appl, k.Defined)
			before = append(before, bp)
		}
		desc := "Stapeln visar andelen färdigbedömda akter där kriteriet är tillämpligt som saknar dokumentation helt eller delvis; linjen visar 95 % konfidensintervall."
		if x != nil {
			desc += " Den ofyllda stapeln visar andelen i den tidigare granskningen."
		}
		hc.Chart = newChart("diagram-"+ids[i], "Andel akter med brister per kriterium, "+CommitteeTitle(cf.Committee), desc, labels, shares, los, his, appl, before)
		p.Committees = append(p.Committees, hc)
	}
	return p
}
