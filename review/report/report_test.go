package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// publicTruth is the part of the public eval truth.json these tests read.
type publicTruth struct {
	Cases []struct {
		Committee    string `json:"committee"`
		Diarienummer string `json:"diarienummer"`
		Criteria     map[string]struct {
			Code string `json:"code"`
		} `json:"criteria"`
	} `json:"cases"`
}

// publicCases builds the final judgements of the public eval set (shared with the roll-up
// tests of package review).
func publicCases(t testing.TB) []review.CaseJudgement {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "truth_public.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr publicTruth
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatal(err)
	}
	var out []review.CaseJudgement
	for _, c := range tr.Cases {
		v := map[review.Criterion]review.Verdict{}
		for k, x := range c.Criteria {
			v[review.Criterion(k)] = review.Verdict(x.Code)
		}
		out = append(out, review.CaseJudgement{Committee: c.Committee, Diarienummer: c.Diarienummer, Verdicts: v})
	}
	return out
}

func publicFindings(t testing.TB) review.Findings {
	t.Helper()
	f, err := review.Rollup(review.RollupInput{Audit: "Värmland 2015, offentlig del", Year: 2015, Cases: publicCases(t)})
	if err != nil {
		t.Fatal(err)
	}
	f.Agreement = noAgreement()
	return f
}

// noAgreement is the agreement of an audit without double reviews, as the service gives it.
func noAgreement() []review.CriterionAgreement {
	var out []review.CriterionAgreement
	nan := math.NaN()
	for _, c := range review.DefaultCriteria {
		out = append(out, review.CriterionAgreement{Criterion: c, Observed: nan, Kappa: nan, KappaLow: nan, KappaHigh: nan, AC1: nan, AC1Low: nan, AC1High: nan,
			Alpha: nan, AlphaLow: nan, AlphaHigh: nan, PABAK: nan, PABAKLow: nan, PABAKHigh: nan})
	}
	return out
}

// earlierFindings is a made-up earlier audit of the same committees: some verdicts changed
// deterministically, Munkfors left out and Kil added, so every branch of the comparison shows.
func earlierFindings(t testing.TB) review.Findings {
	t.Helper()
	var cases []review.CaseJudgement
	for i, c := range publicCases(t) {
		if c.Committee == "Munkfors" {
			continue
		}
		v := map[review.Criterion]review.Verdict{}
		for k, x := range c.Verdicts {
			v[k] = x
		}
		switch i % 3 {
		case 0:
			v[review.FollowUp] = review.No
		case 1:
			v[review.NeedsAssessment] = review.Yes
		}
		if c.Committee == "Hammarö" {
			v[review.AssignmentDescription] = review.No
		}
		cases = append(cases, review.CaseJudgement{Committee: c.Committee, Diarienummer: c.Diarienummer, Verdicts: v})
	}
	for i := range 3 {
		v := map[review.Criterion]review.Verdict{}
		for _, k := range review.DefaultCriteria {
			v[k] = review.Yes
		}
		cases = append(cases, review.CaseJudgement{Committee: "Kil", Diarienummer: fmt.Sprintf("SN 2013/%d", i+1), Verdicts: v})
	}
	f, err := review.Rollup(review.RollupInput{Audit: "Värmland 2013", Year: 2013, Cases: cases})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

var generated = time.Date(2015, 10, 15, 9, 0, 0, 0, time.UTC)

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run with -update and review the diff\n--- got (first 2000 bytes) ---\n%s", name, firstN(got, 2000))
	}
}

func firstN(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func render(t *testing.T, fn func(*bytes.Buffer, review.Findings, *review.Findings, Options) error, f review.Findings, cmp *review.Findings, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := fn(&b, f, cmp, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReportGolden(t *testing.T) {
	f := publicFindings(t)
	e := earlierFindings(t)
	opt := Options{Kind: review.KindTillsyn, Generated: generated}
	for _, tc := range []struct {
		name string
		fn   func(*bytes.Buffer, review.Findings, *review.Findings, Options) error
		cmp  *review.Findings
	}{
		{"report.txt", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return Text(b, f, c, o) }, nil},
		{"report.json", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return JSON(b, f, c, o) }, nil},
		{"report.csv", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return CSV(b, f, c, o) }, nil},
		{"report.html", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return HTML(b, f, c, o) }, nil},
		{"compare.txt", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return Text(b, f, c, o) }, &e},
		{"compare.json", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return JSON(b, f, c, o) }, &e},
		{"compare.csv", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return CSV(b, f, c, o) }, &e},
		{"compare.html", func(b *bytes.Buffer, f review.Findings, c *review.Findings, o Options) error { return HTML(b, f, c, o) }, &e},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, render(t, tc.fn, f, tc.cmp, opt))
		})
	}
	// A municipality's self-audit of one committee with a known frame.
	var own []review.CaseJudgement
	for _, c := range publicCases(t) {
		if c.Committee == "Forshaga" {
			own = append(own, c)
		}
	}
	fo, err := review.Rollup(review.RollupInput{Audit: "Egenkontroll Forshaga 2015", Year: 2015, Rule: review.RuleNoOnly, FrameSize: map[string]int{"Forshaga": 40}, Cases: own})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Text(&b, fo, nil, Options{Kind: review.KindEgenkontroll, Generated: generated}); err != nil {
		t.Fatal(err)
	}
	golden(t, "egenkontroll.txt", b.Bytes())
	if strings.Contains(b.String(), "IVO") {
		t.Errorf("egenkontroll text mentions IVO:\n%s", b.String())
	}
}

func TestReportTextSentences(t *testing.T) {
	f := publicFindings(t)
	var b bytes.Buffer
	if err := Text(&b, f, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		// 4 of 6 lacking, frame size unknown: the exact (Clopper–Pearson) interval 22.28–95.67 %
		"Socialnämnden i Forshaga: Av sex granskade akter saknades dokumenterad behovsbedömning helt i två och delvis i två (andel med brister 67 %, 95 % konfidensintervall 22–96 %).",
		"IVO bedömer att nämnden behöver vidta åtgärder.",
		"IVO ställer inga krav på åtgärder mot nämnden.",
		"Krav på åtgärder mot 3 av 4 nämnder (Forshaga, Hammarö och Säffle).",
		"Hälften av nämnderna (2 av 4: Forshaga och Säffle) saknar helt eller delvis uppgifter om planering i ett eller flera ärenden.",
		"3 av 4 nämnder (Forshaga, Hammarö och Säffle) saknar helt eller delvis uppgifter om behovsbedömning i ett eller flera ärenden.",
		"Av sex granskade akter var kriteriet uppföljning ej tillämpligt i en; av de övriga fem saknades dokumenterad uppföljning helt i tre och delvis i en",
		"Av fem granskade akter fanns dokumenterad behovsbedömning i samtliga (andel med brister 0 %",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(s, "Rapportdatum") {
		t.Error("zero Generated must omit the date")
	}
	// Every diarienummer behind every count is in the text.
	for _, cf := range f.Committees {
		for _, c := range f.Criteria {
			cc := cf.Criteria[c]
			for _, list := range [][]string{cc.NoCases, cc.PartlyCases, cc.YesCases, cc.NotApplicableCases} {
				if len(list) > 0 && !strings.Contains(s, strings.Join(list, ", ")) {
					t.Errorf("%s %s: cases %v not listed", cf.Committee, c, list)
				}
			}
		}
	}
}

func TestReportQuantifier(t *testing.T) {
	names := func(k int) []string {
		var out []string
		for i := range k {
			out = append(out, fmt.Sprintf("N%d", i+1))
		}
		return out
	}
	for _, tc := range []struct {
		k, n int
		want string
	}{
		{9, 16, "Drygt hälften av nämnderna (9 av 16: "},
		{8, 16, "Hälften av nämnderna (8 av 16: "},
		{7, 16, "Knappt hälften av nämnderna (7 av 16: "},
		{16, 16, "Samtliga 16 nämnder ("},
		{4, 4, "Samtliga fyra nämnder ("},
		{2, 2, "Båda nämnderna ("},
		{3, 4, "3 av 4 nämnder ("},
		{3, 5, "3 av 5 nämnder ("},
		{14, 16, "14 av 16 nämnder ("},
		{1, 16, "1 av 16 nämnder ("},
	} {
		if got := quantifier(tc.k, tc.n, names(tc.k)); !strings.HasPrefix(got, tc.want) {
			t.Errorf("quantifier(%d, %d) = %q, want prefix %q", tc.k, tc.n, got, tc.want)
		}
	}
	// Region sentences for none and one committee.
	one := review.Findings{Criteria: []review.Criterion{review.Planning}, Region: review.RegionFinding{Committees: 3, ActionRequired: 0, Final: 2, Sampled: 2},
		Committees: []review.CommitteeFinding{{Committee: "A", Criteria: map[review.Criterion]review.CriterionCounts{review.Planning: {FilesReviewed: 2, Yes: 2}}}}}
	if got := regionCriterionSentence(one, review.Planning); got != "Ingen av nämnderna saknar uppgifter om planering i något färdigbedömt ärende." {
		t.Errorf("none: %q", got)
	}
	if got := regionActionSentence(one, Options{}); got != "Inga krav på åtgärder mot någon av de tre granskade nämnderna." {
		t.Errorf("no action: %q", got)
	}
	if numWord(12) != "tolv" || numWord(13) != "13" || numWord(1) != "en" {
		t.Error("number words")
	}
}

func TestReportCriterionSentenceForms(t *testing.T) {
	for _, tc := range []struct {
		cc   review.CriterionCounts
		want string
	}{
		{review.CriterionCounts{FilesReviewed: 1, No: 1, CIHigh: 1, ShareLacking: 1, CILow: 0.2}, "I den enda granskade akten saknades dokumenterad planering helt (andel"},
		{review.CriterionCounts{FilesReviewed: 2, Yes: 1, NotApplicable: 1, CIHigh: 0.8}, "Av två granskade akter var kriteriet planering ej tillämpligt i en; i den återstående akten fanns dokumenterad planering (andel"},
		{review.CriterionCounts{FilesReviewed: 3, NotApplicable: 3, CIHigh: 1}, "Kriteriet planering var ej tillämpligt i samtliga tre granskade akter."},
		{review.CriterionCounts{FilesReviewed: 14, Partly: 13, Yes: 1}, "Av 14 granskade akter saknades dokumenterad planering delvis i 13 ("},
		{review.CriterionCounts{FilesReviewed: 12, Partly: 12}, "Av tolv granskade akter saknades dokumenterad planering delvis i tolv ("},
	} {
		got := criterionSentence(review.DefaultTemplate().MustDef(review.Planning), tc.cc)
		if want := tc.want; !strings.HasPrefix(got, want) {
			t.Errorf("got %q\nwant prefix %q", got, want)
		}
	}
}

func TestReportJSONKeys(t *testing.T) {
	f := publicFindings(t)
	var b bytes.Buffer
	if err := JSON(&b, f, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	keys := func(x any) []string {
		var out []string
		for k := range x.(map[string]any) {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	eq := func(what string, got []string, want ...string) {
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s keys %v, want %v", what, got, want)
		}
	}
	eq("top", keys(m), "audit", "rule", "interval", "complete", "committees", "region", "agreement")
	c0 := m["committees"].([]any)[0]
	eq("committee", keys(c0), "committee", "sampled", "final", "pending", "pending_by_state", "status", "files_reviewed", "action_required",
		"frame_size", "stratified", "criteria", "assignment_elements", "assignment_elements_unrecorded", "handover")
	crit := c0.(map[string]any)["criteria"].(map[string]any)
	eq("criteria", keys(crit), "needs_assessment", "planning", "follow_up", "assignment_description")
	eq("counts", keys(crit["needs_assessment"]), "yes", "partly", "no", "not_applicable", "share_lacking", "ci_low", "ci_high", "method", "population")
	eq("elements", keys(c0.(map[string]any)["assignment_elements"]), "a", "b", "c", "d", "e", "f")
	reg := m["region"].(map[string]any)
	eq("region", keys(reg), "committees", "committees_final", "not_final", "action_required", "sampled", "final", "criteria", "assignment_elements", "handover")
	ag := m["agreement"].(map[string]any)
	eq("agreement", keys(ag), "needs_assessment", "planning", "follow_up", "assignment_description")
	eq("region criterion", keys(reg["criteria"].(map[string]any)["planning"]), "committees_with_lacking_files")
	if reg["action_required"].(float64) != 3 || reg["committees"].(float64) != 4 {
		t.Errorf("region %v", reg)
	}
	if strings.Contains(b.String(), "SN 20") {
		t.Error("the JSON report lists diarienummer")
	}
	// Criteria keys keep template order.
	if i, j := strings.Index(b.String(), `"needs_assessment"`), strings.Index(b.String(), `"assignment_description"`); i > j {
		t.Error("criteria not in template order")
	}
	e := earlierFindings(t)
	b.Reset()
	if err := JSON(&b, f, &e, Options{}); err != nil {
		t.Fatal(err)
	}
	m = nil
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	eq("top with compare", keys(m), "audit", "rule", "interval", "complete", "committees", "region", "agreement", "compare")
}

func TestReportCSVExcel(t *testing.T) {
	f := publicFindings(t)
	f.Audit = "=HYPERLINK(\"http://x\")"
	var b bytes.Buffer
	if err := CSV(&b, f, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\ufeff")) {
		t.Fatal("no BOM")
	}
	r := csv.NewReader(bytes.NewReader(b.Bytes()[3:]))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+4*4 {
		t.Fatalf("%d records", len(recs))
	}
	if recs[1][0] != "'=HYPERLINK(\"http://x\")" {
		t.Errorf("audit cell not neutralised: %q", recs[1][0])
	}
	if recs[1][7] != "Behovsbedömning" || recs[1][13] != "0,6667" || recs[1][17] != "ja" || recs[1][3] != "klar" || recs[1][4] != "6" {
		t.Errorf("first row %q", recs[1])
	}
	if !strings.Contains(b.String(), "\r\n") {
		t.Error("not CRLF")
	}
}

func TestReportCompareRule(t *testing.T) {
	cc := func(lacking, applicable int) review.CriterionCounts {
		c := review.CriterionCounts{FilesReviewed: applicable, No: lacking, Yes: applicable - lacking, Defined: applicable > 0}
		if applicable > 0 {
			c.ShareLacking = float64(lacking) / float64(applicable)
		}
		return c
	}
	for _, tc := range []struct {
		before, after review.CriterionCounts
		want          Change
		low, high     float64 // the interval of after − before, when checked
	}{
		// Newcombe (1998) Table II, example (a): 56/70 − 48/80, method 10: 0.0524 to 0.3339
		{cc(48, 80), cc(56, 70), Worsened, 0.0524, 0.3339},
		{cc(56, 70), cc(48, 80), Improved, -0.3339, -0.0524},
		// the example: Kil's needs assessment 1 of 5 → 2 of 5 is within chance
		{cc(1, 5), cc(2, 5), NoClearChange, math.NaN(), 0},
		{cc(2, 6), cc(1, 6), NoClearChange, math.NaN(), 0},
		{cc(5, 5), cc(0, 5), Improved, math.NaN(), 0},
		{cc(0, 0), cc(1, 5), NotComparable, math.NaN(), 0},
	} {
		got, d := ClassifyChange(tc.before, tc.after)
		if got != tc.want {
			t.Errorf("%v → %v: %s (%v), want %s", tc.before.ShareLacking, tc.after.ShareLacking, got, d, tc.want)
		}
		if !math.IsNaN(tc.low) && (math.Abs(d.Low-tc.low) > 5e-5 || math.Abs(d.High-tc.high) > 5e-5) {
			t.Errorf("%v → %v: interval %.4f–%.4f, want %.4f–%.4f", tc.before.ShareLacking, tc.after.ShareLacking, d.Low, d.High, tc.low, tc.high)
		}
	}
	x := Compare(earlierFindings(t), publicFindings(t))
	if !slices.Equal(x.OnlyInEarlier, []string{"Kil"}) {
		t.Errorf("only in earlier %v", x.OnlyInEarlier)
	}
	for _, c := range x.Committees {
		if (c.Committee == "Munkfors") == c.InEarlier {
			t.Errorf("%s in earlier: %v", c.Committee, c.InEarlier)
		}
	}
}

// TestReportHTMLAnchors: every in-document link has a target, every count links to a list
// holding exactly that many diarienummer, and nothing is loaded from outside.
func TestReportHTMLAnchors(t *testing.T) {
	f := publicFindings(t)
	e := earlierFindings(t)
	var b bytes.Buffer
	if err := HTML(&b, f, &e, Options{Generated: generated}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(s, -1) {
		if ids[m[1]] {
			t.Errorf("duplicate id %q", m[1])
		}
		ids[m[1]] = true
	}
	hrefs := regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(s, -1)
	if len(hrefs) < 4*4*2 {
		t.Errorf("only %d links", len(hrefs))
	}
	for _, m := range hrefs {
		if !strings.HasPrefix(m[1], "#") || !ids[m[1][1:]] {
			t.Errorf("link %q has no target in the document", m[1])
		}
	}
	for _, bad := range []string{"<script", "http://", "https://", "src=", "@import", "url("} {
		if strings.Contains(strings.ReplaceAll(s, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	// Each count's link text equals the number of cases in its list.
	link := regexp.MustCompile(`<a href="#([^"]+)" aria-label="[^"]*">(\d+)</a>`)
	for _, m := range link.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[2])
		li := regexp.MustCompile(`<dt id="` + regexp.QuoteMeta(m[1]) + `">[^<]*</dt><dd>([^<]*)</dd>`).FindStringSubmatch(s)
		if li == nil {
			t.Fatalf("no list for %s", m[1])
		}
		got := 0
		if li[1] != "inga" {
			got = len(strings.Split(li[1], ", "))
		}
		if got != n {
			t.Errorf("%s: link says %d, list has %d (%q)", m[1], n, got, li[1])
		}
	}
	for _, want := range []string{"break-before: page", "page-break-before: always", "<svg", "2015-10-15", "Värmland 2015, offentlig del", "Värmland 2013 (2013)", "förbättrad"} {
		if !strings.Contains(s, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

func requireTool(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if inCI() {
				t.Fatalf("%s is required in CI: %v", n, err)
			}
			t.Skipf("%s not installed: %v", n, err)
		}
	}
}

// TestReportHTMLPrint prints the HTML report with headless Chromium and checks with poppler
// that every committee's heading starts its own page and no page holds two committees.
func TestReportHTMLPrint(t *testing.T) {
	requireTool(t, "chromium", "pdfinfo", "pdftotext")
	if testing.Short() {
		t.Skip("-short")
	}
	f := publicFindings(t)
	e := earlierFindings(t)
	for _, tc := range []struct {
		name string
		cmp  *review.Findings
	}{{"plain", nil}, {"compare", &e}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			htmlPath := filepath.Join(dir, "report.html")
			pdfPath := filepath.Join(dir, "out.pdf")
			var b bytes.Buffer
			if err := HTML(&b, f, tc.cmp, Options{Generated: generated}); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(htmlPath, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer",
				"--print-to-pdf="+pdfPath, "file://"+htmlPath)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("chromium: %v\n%s", err, out)
			}
			out, err := exec.Command("pdfinfo", pdfPath).Output()
			if err != nil {
				t.Fatal(err)
			}
			m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
			if m == nil {
				t.Fatalf("pdfinfo: %s", out)
			}
			pages, _ := strconv.Atoi(string(m[1]))
			if pages < 1+len(f.Committees) {
				t.Fatalf("%d pages for %d committees", pages, len(f.Committees))
			}
			first := map[string]int{}
			for p := 1; p <= pages; p++ {
				txt, err := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdfPath, "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				var on []string
				for _, cf := range f.Committees {
					if strings.Contains(string(txt), CommitteeTitle(cf.Committee)) {
						on = append(on, cf.Committee)
					}
				}
				if len(on) > 1 {
					t.Errorf("page %d holds %d committees: %v", p, len(on), on)
				}
				if p == 1 && len(on) > 0 {
					t.Errorf("the front page holds committee %v", on)
				}
				for _, c := range on {
					if _, ok := first[c]; ok {
						continue
					}
					first[c] = p
					lines := strings.Fields(strings.SplitN(strings.TrimSpace(string(txt)), "\n", 2)[0])
					if strings.Join(lines, " ") != CommitteeTitle(c) {
						t.Errorf("page %d: %s does not start the page; first line %q", p, c, strings.Join(lines, " "))
					}
				}
			}
			for _, cf := range f.Committees {
				if _, ok := first[cf.Committee]; !ok {
					t.Errorf("%s on no page", cf.Committee)
				}
			}
			// one committee to a page: the page after a committee's is the next committee's
			// or the method's (no spill page), and every page is numbered
			for p := 1; p <= pages; p++ {
				txt, _ := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdfPath, "-").Output()
				if !strings.Contains(string(txt), fmt.Sprintf("Sida %d av %d", p, pages)) {
					t.Errorf("page %d has no page number (Sida %d av %d)", p, p, pages)
				}
				starts := p == 1 || strings.Contains(string(txt), "Metod")
				for _, q := range first {
					starts = starts || q == p
				}
				if !starts {
					t.Errorf("page %d holds the rest of a committee (a spill page): %.200q", p, txt)
				}
			}
		})
	}
}
