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
	"tillsyn/sampling"
)

//go:embed templates/report.html.tmpl
var templateFS embed.FS

// htmlTemplate is parsed once, at package initialisation, so a broken template fails every
// test and the program at start-up rather than at the first report.
var htmlTemplate = template.Must(template.New("report.html.tmpl").
	Funcs(template.FuncMap{"join": func(s []string) string { return strings.Join(s, ", ") }}).
	ParseFS(templateFS, "templates/report.html.tmpl"))

// HTML writes the findings as one self-contained HTML document (html/template, inline CSS
// and SVG, no external resources, no script): a front page with the region summary and a
// region chart, then one section per committee that starts on a new page when printed
// (break-before: page), each with its quotable paragraph, an SVG chart of the share lacking
// per criterion with the 95 % interval as an error bar and the value written out, a table
// whose every count links to the list of diarienummer behind it, and that list. With cmp the
// earlier audit's shares are drawn as outlined bars and the table gets before → after and
// the change word. Errors are template or write errors.
func HTML(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	page := buildHTMLPage(f, cmp, opt)
	bw := bufio.NewWriter(w)
	if err := htmlTemplate.Execute(bw, page); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return bw.Flush()
}

type htmlPage struct {
	Lang            string
	Title           string
	KindName        string
	Audit           string
	Year            int
	Rule            string
	Generated       string
	CompareLabel    string
	RegionSentences []string
	RegionChart     svgChart
	RegionRows      []htmlRegionRow
	Overview        []htmlOverviewRow
	Committees      []htmlCommittee
	OnlyInEarlier   string
	Method          string
	ChangeRule      string
	RuleNote        string
}

type htmlRegionRow struct {
	Criterion        string
	Lacking, Total   int
	Committees       []htmlLink
	PooledLacking    int
	PooledApplicable int
	Share, CI        string
}

type htmlLink struct {
	Href, Text string
}

type htmlOverviewRow struct {
	Link           htmlLink
	FilesReviewed  int
	ActionRequired string
}

type htmlCommittee struct {
	ID              string
	Title           string
	Paragraph       string
	Frame           string
	CompareSentence string
	Chart           svgChart
	Rows            []htmlRow
	HasCompare      bool
}

type htmlRow struct {
	Criterion string
	Counts    []htmlCount // ja, delvis, nej, ej tillämpligt
	Files     int
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
			b.CIY = r1(b.Y + barH/2)
			b.CILo, b.CIHi = x(lo[i]), x(hi[i])
			b.CapTop, b.CapBottom = r1(b.CIY-6), r1(b.CIY+6)
			b.Value = fmt.Sprintf("%s (%s)", pct(share[i]), interval(lo[i], hi[i]))
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
		Method:          methodText,
	}
	p.Title = fmt.Sprintf("%s: %s", p.KindName, f.Audit)
	if !opt.Generated.IsZero() {
		p.Generated = opt.Generated.Format("2006-01-02")
	}
	if x != nil {
		p.CompareLabel = x.earlierLabel()
		p.ChangeRule = ChangeRule
		p.OnlyInEarlier = joinSv(x.OnlyInEarlier)
		if x.EarlierRule != f.Rule {
			p.RuleNote = fmt.Sprintf("Den tidigare granskningen använde en annan bedömningsregel (%s); andelarna med brister är ändå jämförbara eftersom de alltid räknar nej och delvis.", x.EarlierRule)
		}
	}
	ids := make([]string, len(f.Committees))
	for i, cf := range f.Committees {
		ids[i] = fmt.Sprintf("n%d-%s", i+1, slug(cf.Committee))
		action := "nej"
		if cf.ActionRequired {
			action = "ja"
		}
		p.Overview = append(p.Overview, htmlOverviewRow{Link: htmlLink{"#" + ids[i], cf.Committee}, FilesReviewed: cf.FilesReviewed, ActionRequired: action})
	}

	// Region: committees with lacking files, and the pooled share of all reviewed files.
	z := sampling.ZForConfidence(0.95)
	var labels []string
	var shares, los, his []float64
	var appl []bool
	for _, c := range f.Criteria {
		row := htmlRegionRow{Criterion: c.SwedishName(), Total: f.Region.Committees, Lacking: f.Region.CommitteesWithLacking[c]}
		for i, cf := range f.Committees {
			cc := cf.Criteria[c]
			if cc.Lacking() > 0 {
				row.Committees = append(row.Committees, htmlLink{"#" + ids[i], cf.Committee})
			}
			row.PooledLacking += cc.Lacking()
			row.PooledApplicable += cc.Applicable()
		}
		share := 0.0
		if row.PooledApplicable > 0 {
			share = float64(row.PooledLacking) / float64(row.PooledApplicable)
		}
		lo, hi := sampling.Wilson(row.PooledLacking, row.PooledApplicable, z, 0)
		row.Share, row.CI = pct(share), interval(lo, hi)
		if row.PooledApplicable == 0 {
			row.Share, row.CI = "–", "–"
		}
		p.RegionRows = append(p.RegionRows, row)
		labels = append(labels, c.SwedishName())
		shares, los, his = append(shares, share), append(los, lo), append(his, hi)
		appl = append(appl, row.PooledApplicable > 0)
	}
	p.RegionChart = newChart("diagram-region", "Andel granskade akter med brister per kriterium, samtliga nämnder",
		"Stapeln visar andelen av samtliga granskade akter där kriteriet är tillämpligt som saknar dokumentation helt eller delvis; linjen visar 95 % konfidensintervall.",
		labels, shares, los, his, appl, nil)

	for i, cf := range f.Committees {
		hc := htmlCommittee{
			ID:        ids[i],
			Title:     CommitteeTitle(cf.Committee),
			Paragraph: committeeParagraph(cf, f, opt),
			Frame:     frameSentence(cf),
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
			row := htmlRow{Criterion: c.SwedishName(), Files: k.FilesReviewed, Share: pct(k.ShareLacking), CI: interval(k.CILow, k.CIHigh)}
			if k.Applicable() == 0 {
				row.Share, row.CI = "–", "–"
			}
			for _, v := range []struct {
				verdict review.Verdict
				n       int
				cases   []string
			}{{review.Yes, k.Yes, k.YesCases}, {review.Partly, k.Partly, k.PartlyCases}, {review.No, k.No, k.NoCases}, {review.NotApplicable, k.NotApplicable, k.NotApplicableCases}} {
				id := base + "-" + string(v.verdict)
				row.Counts = append(row.Counts, htmlCount{N: v.n, Href: "#" + id, ID: id, Label: capitalize(v.verdict.SwedishName()), Cases: v.cases})
			}
			var bp *float64
			if x != nil && j < len(cc.Criteria) {
				cx := cc.Criteria[j]
				row.Change = cx.Change.SwedishName()
				if cx.InEarlier {
					b := cx.Before.ShareLacking
					bp = &b
					row.Before = pct(b)
					if cx.Before.Applicable() == 0 {
						row.Before = "–"
						bp = nil
					}
				} else {
					row.Before = "–"
				}
			}
			hc.Rows = append(hc.Rows, row)
			labels = append(labels, c.SwedishName())
			shares, los, his = append(shares, k.ShareLacking), append(los, k.CILow), append(his, k.CIHigh)
			appl = append(appl, k.Applicable() > 0)
			before = append(before, bp)
		}
		desc := "Stapeln visar andelen granskade akter där kriteriet är tillämpligt som saknar dokumentation helt eller delvis; linjen visar 95 % konfidensintervall."
		if x != nil {
			desc += " Den ofyllda stapeln visar andelen i den tidigare granskningen."
		}
		hc.Chart = newChart("diagram-"+ids[i], "Andel akter med brister per kriterium, "+CommitteeTitle(cf.Committee), desc, labels, shares, los, his, appl, before)
		p.Committees = append(p.Committees, hc)
	}
	return p
}
