package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
	"tillsyn/review/caselist"
	"tillsyn/sampling"
)

// Setting an audit up in the browser: import case lists (strict, with the choice to import
// the valid rows), see the frame per committee, draw the sample with the CLI's parameters and
// read its protocol. Every step calls the same review.Service method as the command line.

// maxCaseListUpload bounds a case-list upload (a 1M-row export is about 80 MB).
const maxCaseListUpload = 256 << 20

type frameRow struct {
	Committee     string
	Cases         int
	Interventions []review.CaseCount
}

type drawForm struct {
	Seed, Mode, PerCommittee, Total, Margin, Confidence, Expected string
	Reserves, Interventions, LegalBases, DecidedFrom, DecidedTo   string
	MinAge, DoubleShare                                           string
	ByIntervention, OnePerPerson, Redraw                          bool
}

type setupPage struct {
	base
	Audit      review.Audit
	Committee  string // the one committee a self-auditor may set up ("" for all)
	HasSample  bool
	Frozen     bool // files of the sample are judged: it cannot be drawn again
	Frame      []frameRow
	FrameTotal int
	Files      []review.ImportedFile
	Skipped    int
	// the outcome of an import just made
	Import      *review.ImportResult
	Map         string // the column mapping typed, FIELD=HEADER per line (the CLI's --map)
	Staged      string // a refused import's files, kept for "import the valid rows"
	ValidRows   int
	ImportError string
	Draw        drawForm
	DrawError   string
	DrawField   string
}

// setupAudit is the audit of the path when the user may set it up (EForbidden otherwise).
func (s *Server) setupAudit(c *gin.Context) (review.Audit, *review.User, error) {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return a, u, err
	}
	if !u.CanSetUp(a) {
		return a, u, errForbidden
	}
	if a.Purged() {
		return a, u, &review.Error{Code: review.EConflict, Message: "Granskningen är gallrad och tar inte emot fler ändringar."}
	}
	return a, u, nil
}

func (s *Server) newSetupPage(c *gin.Context, a review.Audit, u *review.User) (*setupPage, error) {
	ctx := c.Request.Context()
	p := &setupPage{base: s.base(c, "Förbered granskningen"), Audit: a, Committee: u.SetUpCommittee()}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	p.Draw = drawForm{Mode: "per_committee", PerCommittee: "10", Reserves: "3", Confidence: "0.95", Expected: "0.5", DoubleShare: "0"}
	counts, err := s.svc.CaseCounts(ctx, a.Name, p.Committee)
	if err != nil {
		return nil, err
	}
	idx := map[string]int{}
	for _, cc := range counts {
		i, ok := idx[cc.Committee]
		if !ok {
			i = len(p.Frame)
			idx[cc.Committee] = i
			p.Frame = append(p.Frame, frameRow{Committee: cc.Committee})
		}
		p.Frame[i].Cases += cc.Cases
		p.Frame[i].Interventions = append(p.Frame[i].Interventions, cc)
		p.FrameTotal += cc.Cases
	}
	sort.Slice(p.Frame, func(i, j int) bool { return p.Frame[i].Committee < p.Frame[j].Committee })
	files, skipped, err := s.svc.ImportHistory(ctx, a.Name)
	if err != nil {
		return nil, err
	}
	p.Files, p.Skipped = files, len(skipped)
	_, _, err = s.svc.ActiveSample(ctx, a.Name)
	switch {
	case err == nil:
		p.HasSample = true
		// once a file is judged the sample is frozen: no redraw is offered
		if p.Frozen, err = s.svc.SampleJudged(ctx, a.Name); err != nil {
			return nil, err
		}
	case review.ErrorCodeOf(err) != review.ENotFound:
		return nil, err
	}
	return p, nil
}

// setupForm shows the set-up page.
func (s *Server) setupForm(c *gin.Context) error {
	a, u, err := s.setupAudit(c)
	if err != nil {
		return err
	}
	p, err := s.newSetupPage(c, a, u)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "setup", p)
	return nil
}

var stagedRe = regexp.MustCompile(`^[0-9]+-[0-9a-f]{32}$`)

// caseListImport imports uploaded case lists (or, with staged=ID, the files of a refused
// import kept for "import the valid rows"). Strict unless skip_invalid is set: a refused
// import lists every invalid row as FILE:LINE: field: reason and keeps the files for two
// hours, so the valid rows can be imported without sending the files again.
func (s *Server) caseListImport(c *gin.Context) error {
	a, u, err := s.setupAudit(c)
	if err != nil {
		return err
	}
	p, err := s.newSetupPage(c, a, u)
	if err != nil {
		return err
	}
	root, err := s.svc.StagingDir()
	if err != nil {
		return err
	}
	// the form is read part by part, files straight into a new staging folder (never held
	// in memory or spilled to the system's temporary directory), after the form's token
	var (
		staged, mapText string
		skip, csrfOK    bool
		dir             string // the new staging folder, once a file has come
	)
	want := review.CSRFToken(sessionToken(c))
	same := func(sent string) bool {
		return want != "" && len(sent) == len(want) && subtle.ConstantTimeCompare([]byte(sent), []byte(want)) == 1
	}
	csrfOK = same(c.Request.Header.Get(csrfHeader))
	fail := func(msg string) error {
		if dir != "" {
			os.RemoveAll(dir)
		}
		p.ImportError = msg
		s.render(c, http.StatusUnprocessableEntity, "setup", p)
		return nil
	}
	if c.ContentType() == "multipart/form-data" {
		mr, err := c.Request.MultipartReader()
		if err != nil {
			s.forbidCSRF(c, "case-list form unreadable")
			return nil
		}
		used := map[string]bool{}
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				if dir != "" {
					os.RemoveAll(dir)
				}
				s.tooLarge(c)
				return nil
			}
			if err != nil {
				return fail("Filerna kom inte fram hela. Försök igen.")
			}
			field := func(n int64) string {
				b, _ := io.ReadAll(io.LimitReader(part, n))
				return string(b)
			}
			switch part.FormName() {
			case csrfField:
				csrfOK = csrfOK || same(field(200))
			case "staged":
				staged = field(100)
			case "skip_invalid":
				skip = field(10) != ""
			case "map":
				mapText = field(8 << 10)
			case "files":
				if part.FileName() == "" {
					continue
				}
				if !csrfOK {
					if dir != "" {
						os.RemoveAll(dir)
					}
					s.forbidCSRF(c, "token missing or wrong")
					return nil
				}
				if dir == "" {
					b := make([]byte, 16)
					if _, err := rand.Read(b); err != nil {
						return err
					}
					staged = strconv.FormatInt(a.ID, 10) + "-" + hex.EncodeToString(b)
					dir = filepath.Join(root, staged)
					if err := os.Mkdir(dir, 0o700); err != nil {
						return err
					}
				}
				name := safeFileName(part.FileName())
				if used[name] {
					return fail(name + ": två filer med samma namn; byt namn på den ena.")
				}
				used[name] = true
				if err := saveUpload(func() (multipart.File, error) { return nopSeeker{part}, nil }, filepath.Join(dir, name)); err != nil {
					os.RemoveAll(dir)
					if errors.As(err, &mbe) {
						s.tooLarge(c)
						return nil
					}
					return err
				}
			}
			part.Close()
		}
	} else {
		csrfOK = csrfOK || same(c.PostForm(csrfField))
		staged, skip, mapText = c.PostForm("staged"), c.PostForm("skip_invalid") != "", c.PostForm("map")
	}
	if !csrfOK {
		if dir != "" {
			os.RemoveAll(dir)
		}
		s.forbidCSRF(c, "token missing or wrong")
		return nil
	}
	if dir == "" {
		if staged == "" {
			return fail("Välj en eller flera ärendelistor (CSV) att ladda upp.")
		}
		if !stagedRe.MatchString(staged) || !strings.HasPrefix(staged, strconv.FormatInt(a.ID, 10)+"-") {
			return fail("De sparade filerna finns inte längre. Ladda upp filerna igen.")
		}
		dir = filepath.Join(root, staged)
		if _, err := os.Stat(dir); err != nil {
			dir = ""
			return fail("De sparade filerna finns inte längre (de sparas i två timmar). Ladda upp filerna igen.")
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var paths []string
	for _, e := range entries {
		paths = append(paths, filepath.Join(dir, e.Name()))
	}
	p.Map = mapText
	fields, err := parseColumnMap(p.Map)
	if err != nil {
		os.RemoveAll(dir)
		return fail(userMessage(err))
	}
	opt := review.ImportOptions{SkipInvalid: skip, OnlyCommittee: u.SetUpCommittee(), Map: fields}
	res, err := s.svc.ImportCaseLists(c.Request.Context(), a.Name, paths, opt)
	if err != nil {
		os.RemoveAll(dir)
		if code := review.ErrorCodeOf(err); code == review.EInvalid || code == review.EConflict {
			return fail(userMessage(err))
		}
		return err
	}
	p.Import = &res
	if !res.Committed {
		p.Staged = staged
		for _, f := range res.Files {
			p.ValidRows += f.RowsRead - f.Skipped
		}
		s.render(c, http.StatusUnprocessableEntity, "setup", p)
		return nil
	}
	os.RemoveAll(dir)
	// the frame and history as they are now
	fresh, err := s.newSetupPage(c, a, u)
	if err != nil {
		return err
	}
	fresh.Import = &res
	s.render(c, http.StatusOK, "setup", fresh)
	return nil
}

// parseColumnMap reads the form's column mapping: one FIELD=HEADER per line, as the CLI's
// --map (e.g. diarienummer=Ärende-ID).
func parseColumnMap(text string) (map[caselist.Field]string, error) {
	out := map[caselist.Field]string{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(v) == "" {
			return nil, &review.Error{Code: review.EInvalid, Field: "map", Message: fmt.Sprintf("Kolumner: %q ska skrivas fält=rubrik, t.ex. diarienummer=Ärende-ID.", line)}
		}
		f, err := caselist.ParseField(strings.TrimSpace(k))
		if err != nil {
			return nil, &review.Error{Code: review.EInvalid, Field: "map", Message: fmt.Sprintf("Kolumner: %q: okänt fält (%v).", line, err)}
		}
		out[f] = strings.TrimSpace(v)
	}
	return out, nil
}

// safeFileName keeps an uploaded file's base name without separators or control characters.
func safeFileName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '/' || review.IsBidiControl(r) {
			return -1
		}
		return r
	}, name)
	if len(name) > 200 {
		name = name[:200]
	}
	if name == "" || name == "." || name == ".." || strings.HasPrefix(name, ".") {
		name = "fil" + name
	}
	return name
}

// saveUpload copies an uploaded part to a new file (mode 0600), synced.
func saveUpload(open func() (multipart.File, error), dst string) error {
	in, err := open()
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// drawSample draws the audit's sample from the form (the CLI's parameters), then chooses the
// cases for double review when a share is given.
func (s *Server) drawSample(c *gin.Context) error {
	a, u, err := s.setupAudit(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	p, err := s.newSetupPage(c, a, u)
	if err != nil {
		return err
	}
	f := drawForm{Seed: c.PostForm("seed"), Mode: c.PostForm("mode"), PerCommittee: c.PostForm("per_committee"), Total: c.PostForm("total"),
		Margin: c.PostForm("margin"), Confidence: c.PostForm("confidence"), Expected: c.PostForm("expected"), Reserves: c.PostForm("reserves"),
		Interventions: c.PostForm("interventions"), LegalBases: c.PostForm("legal_bases"), DecidedFrom: c.PostForm("decided_from"),
		DecidedTo: c.PostForm("decided_to"), MinAge: c.PostForm("min_age"), DoubleShare: c.PostForm("double_share"),
		ByIntervention: c.PostForm("by_intervention") != "", OnePerPerson: c.PostForm("one_case_per_person") != "", Redraw: c.PostForm("redraw") != ""}
	p.Draw = f
	fail := func(err error) error {
		code := review.ErrorCodeOf(err)
		if code != review.EInvalid && code != review.EConflict {
			return err
		}
		p.DrawError = userMessage(err)
		var re *review.Error
		if errors.As(err, &re) {
			p.DrawField = re.Field
		}
		s.render(c, httpStatus(err), "setup", p)
		return nil
	}
	req, share, err := f.request()
	if err != nil {
		return fail(err)
	}
	if own := u.SetUpCommittee(); own != "" {
		for _, r := range p.Frame {
			if r.Committee != own {
				return fail(&review.Error{Code: review.EInvalid, Message: "Ramen innehåller ärenden från " + r.Committee + ": en egenkontroll drar bara urval ur den egna nämndens ärenden."})
			}
		}
		// p.Frame holds only the own committee's rows: count the whole frame
		all, err := s.svc.CaseCounts(ctx, a.Name, "")
		if err != nil {
			return err
		}
		for _, cc := range all {
			if cc.Committee != own {
				return fail(&review.Error{Code: review.EInvalid, Message: "Ramen innehåller ärenden från andra nämnder: en egenkontroll drar bara urval ur den egna nämndens ärenden."})
			}
		}
	}
	req.By, req.ToolVersion = u.Name, s.cfg.Version
	if _, err := s.svc.DrawSample(ctx, a.Name, req); err != nil {
		return fail(err)
	}
	if share > 0 {
		if _, err := s.svc.SetDoubleReview(ctx, a.Name, share); err != nil {
			return fail(err)
		}
	}
	c.Redirect(http.StatusSeeOther, auditURL(a.ID)+"/protocol?klart=urval")
	return nil
}

// request turns the form into the CLI's draw request; errors name the form field.
func (f drawForm) request() (review.DrawRequest, float64, error) {
	bad := func(field, msg string) error { return &review.Error{Code: review.EInvalid, Field: field, Message: msg} }
	num := func(field, v string, def float64) (float64, error) {
		v = strings.TrimSpace(strings.ReplaceAll(v, ",", "."))
		if v == "" {
			return def, nil
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return 0, bad(field, fmt.Sprintf("%q är inte ett tal.", v))
		}
		return x, nil
	}
	integer := func(field, v string) (int, error) {
		v = strings.TrimSpace(v)
		if v == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return 0, bad(field, fmt.Sprintf("%q är inte ett heltal (0 eller mer).", v))
		}
		return n, nil
	}
	var req review.DrawRequest
	if strings.TrimSpace(f.Seed) == "" {
		return req, 0, bad("seed", "Ange ett frö (seed); det publiceras med urvalet så att vem som helst kan dra om det.")
	}
	reserves, err := integer("reserves", f.Reserves)
	if err != nil {
		return req, 0, err
	}
	minAge, err := integer("min_age", f.MinAge)
	if err != nil {
		return req, 0, err
	}
	var alloc sampling.Allocation
	switch f.Mode {
	case "per_committee":
		n, err := integer("per_committee", f.PerCommittee)
		if err != nil {
			return req, 0, err
		}
		if n <= 0 {
			return req, 0, bad("per_committee", "Ange hur många ärenden som dras per nämnd.")
		}
		alloc = sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: n}
	case "proportional":
		n, err := integer("total", f.Total)
		if err != nil {
			return req, 0, err
		}
		if n <= 0 {
			return req, 0, bad("total", "Ange hur många ärenden som dras totalt.")
		}
		alloc = sampling.Allocation{Mode: sampling.ModeProportional, Total: n}
	case "margin":
		m, err := num("margin", f.Margin, 0)
		if err != nil {
			return req, 0, err
		}
		if m <= 0 || m >= 1 {
			return req, 0, bad("margin", "Ange felmarginalen som ett tal mellan 0 och 1, t.ex. 0,1.")
		}
		conf, err := num("confidence", f.Confidence, 0.95)
		if err != nil {
			return req, 0, err
		}
		exp, err := num("expected", f.Expected, 0.5)
		if err != nil {
			return req, 0, err
		}
		alloc = sampling.Allocation{Mode: sampling.ModeMargin, Margin: m, Confidence: conf, Expected: exp}
	default:
		return req, 0, bad("mode", "Välj hur urvalet fördelas: per nämnd, proportionellt eller efter felmarginal.")
	}
	share, err := num("double_share", f.DoubleShare, 0)
	if err != nil {
		return req, 0, err
	}
	if share < 0 || share > 1 {
		return req, 0, bad("double_share", "Andelen som dubbelgranskas är ett tal mellan 0 och 1, t.ex. 0,2.")
	}
	split := func(s string) []string {
		var out []string
		for _, x := range strings.Split(s, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
	req = review.DrawRequest{
		Params:  sampling.Params{Seed: f.Seed, ByIntervention: f.ByIntervention, Reserves: reserves, OneCasePerPerson: f.OnePerPerson, Allocation: alloc},
		Filters: review.FrameFilter{Interventions: split(f.Interventions), LegalBases: split(f.LegalBases), DecidedFrom: f.DecidedFrom, DecidedTo: f.DecidedTo, MinAge: minAge},
		Redraw:  f.Redraw,
	}
	return req, share, nil
}

type protocolPage struct {
	base
	Audit    review.Audit
	Text     string
	CanSetUp bool
}

// sampleProtocol shows the sample's protocol as `tillsyn sample protocol` writes it.
func (s *Server) sampleProtocol(c *gin.Context) error {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	// the protocol lists every committee's cases: for those who set the audit up
	if !u.CanSetUp(a) {
		return errForbidden
	}
	ctx := c.Request.Context()
	_, sm, err := s.svc.ActiveSample(ctx, a.Name)
	if err != nil {
		return err
	}
	earlier, err := s.svc.SampleLog(ctx, a.Name)
	if err != nil {
		return err
	}
	var b strings.Builder
	if err := review.NewProtocol(a, sm, earlier).WriteText(&b); err != nil {
		return err
	}
	p := &protocolPage{base: s.base(c, "Urvalsprotokoll"), Audit: a, Text: b.String(), CanSetUp: u.CanSetUp(a)}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	s.render(c, http.StatusOK, "protocol", p)
	return nil
}
