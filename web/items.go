package web

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// The review page of one sampled case: documents, screening evidence and the criteria form.

type verdictOpt struct {
	Value review.Verdict
	Label string
	Keys  string // the keys that choose it, for the hint ("1 eller j")
	Key   string // the letter that chooses it besides its digit ("" when none)
}

// defaultLetters are the letters that choose ja, delvis, nej and ej tillämpligt.
var defaultLetters = map[review.Verdict]string{review.Yes: "j", review.Partly: "d", review.No: "n", review.NotApplicable: "e"}

// scaleOpts are a criterion's scale as radio options: digit keys 1–9 in scale order, and for
// the values ja/delvis/nej/ej tillämpligt also their letters.
func scaleOpts(d review.CriterionDef) []verdictOpt {
	var out []verdictOpt
	for i, v := range d.ScaleValues() {
		o := verdictOpt{Value: v.Key, Label: v.Name.Sv}
		if i < 9 {
			o.Keys = strconv.Itoa(i + 1)
		}
		if l, ok := defaultLetters[v.Key]; ok && len(d.Scale) == 0 {
			o.Key = l
			o.Keys += " eller " + l
		}
		out = append(out, o)
	}
	return out
}

type letterOpt struct{ Letter, Text string }

type otherScore struct {
	Reviewer     string
	Kind         string
	Verdict      review.Verdict
	VerdictName  string // Swedish, "" when none chosen
	Adjudication bool
	Comment      string
	Pages        string
}

// radioView and checkView are one scale option and one a–f element of a criterion, with
// their state worked out in Go: the template only reads fields, which keeps a page cheap.
type radioView struct {
	verdictOpt
	Checked bool
}

type checkView struct {
	letterOpt
	Checked bool
}

// handoverView is one answer to "did the written assignment reach the provider before the
// intervention started?".
type handoverView struct {
	Value   review.Handover
	Label   string
	Checked bool
}

var handoverOpts = []review.Handover{review.HandoverYes, review.HandoverNo, review.HandoverUnknown}

type critForm struct {
	Criterion review.Criterion
	// Template is the SHA-256 of the audit's template: the kept fragments are per template,
	// since two templates may give one key different scales.
	Template       string
	Name           string
	Help           string
	CommentFor     string // the values that need a comment, in words: "delvis, nej och ej tillämpligt"
	Best, Missing  string // the value that means fully documented, and those that mean missing (space-separated)
	ChecklistTitle string
	Index          int
	Verdict        review.Verdict
	Comment        string
	Pages          string
	Elements       string
	Handover       review.Handover
	Version        int
	Submitted      bool
	Checklist      bool // the criterion has a checklist of elements to tick
	NoScreening    bool // no screening rules suggest a verdict for the criterion
	AsksHandover   bool // the criterion asks whether the assignment reached the provider
	Suggestion     suggestionView
	SuggestionHTML template.HTML // Suggestion rendered (cached with the case files)
	Error          string
	FinalName      string // the final verdict in words, on a final case
	VerdictName    string // the viewer's verdict in words
	SuggestPages   string // the screening's evidence pages, for "använd förslaget"
	SuggestChecks  string // the screening's checklist letters, for "använd förslaget"
	Others         []otherScore
	Options        []radioView    // the scale, with the chosen value checked
	Checks         []checkView    // the checklist's elements (criteria with a checklist)
	Handovers      []handoverView // reached the provider before the start? (when AsksHandover)
	def            review.CriterionDef
	HeadHTML       template.HTML // the fieldset's opening, legend, help and error
	ScaleHTML      template.HTML
	ChecklistHTML  template.HTML
}

// fill renders the criterion's head, scale and checklist from its verdict, elements,
// submission and error; call it after those are final. The fragments depend on nothing
// else, so each state is rendered once and kept (a head with an error, whose text varies,
// is rendered every time): a review page is mostly these controls.
func (s *Server) fill(f *critForm) error {
	opts := scaleOpts(f.def)
	f.Options = make([]radioView, len(opts))
	for i, o := range opts {
		f.Options[i] = radioView{o, o.Value == f.Verdict}
	}
	f.Checks, f.Handovers = nil, nil
	if f.Checklist {
		for _, e := range f.def.Checklist.Elements {
			f.Checks = append(f.Checks, checkView{letterOpt{e.Key, e.Name.Sv}, strings.Contains(f.Elements, e.Key)})
		}
	}
	if f.AsksHandover {
		for _, h := range handoverOpts {
			f.Handovers = append(f.Handovers, handoverView{h, h.SwedishName(), h == f.Handover})
		}
	}
	headKey := f.Template + "|" + string(f.Criterion) + "|" + strconv.Itoa(f.Index) + "|" + strconv.FormatBool(f.Submitted)
	if f.Error != "" {
		headKey = "" // the error's text varies: not kept
	}
	var err error
	if f.HeadHTML, err = s.fragment("crithead", headKey, f); err != nil {
		return err
	}
	if f.ScaleHTML, err = s.fragment("scale", f.Template+"|"+string(f.Criterion)+"|"+string(f.Verdict)+"|"+strconv.FormatBool(f.Error != ""), f); err != nil {
		return err
	}
	checked := ""
	for _, c := range f.Checks {
		if c.Checked {
			checked += c.Letter
		}
	}
	f.ChecklistHTML, err = s.fragment("checklist", f.Template+"|"+string(f.Criterion)+"|"+checked+"|"+string(f.Handover), f)
	return err
}

// fragment renders a partial for a critForm, or returns the copy rendered before under the
// same key. Keys are made of the few values the partial reads, all from closed sets (a
// template, a criterion, a verdict, elements), so the cache stays small; an empty key renders
// without keeping.
func (s *Server) fragment(name, key string, f *critForm) (template.HTML, error) {
	if key != "" {
		if h, ok := s.frags.Load(name + "|" + key); ok {
			return h.(template.HTML), nil
		}
	}
	var b strings.Builder
	if err := s.docs.ExecuteTemplate(&b, name, f); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	if key != "" {
		s.frags.Store(name+"|"+key, h)
	}
	return h, nil
}

type reviewPage struct {
	base
	Audit         review.Audit
	Item          review.SampleItem
	Docs          []docView
	DocsHTML      template.HTML // the documents section, rendered from Docs (cached)
	Criteria      []critForm
	State         string // Swedish: ej påbörjad, utkast, inskickad
	CaseState     string // Swedish: where the case stands (färdigbedömd, väntar på jämkning …)
	Locked        bool   // final, or both reviews of a double review are in: nothing to edit
	Final         bool   // every criterion has a final verdict
	DraftNote     string // a kept draft was restored into the form: when it was saved
	Error         string
	Errors        []fieldError // every field in error, listed at the top
	CanReplace    bool
	CanAdjudicate bool   // the viewer may adjudicate and the case awaits adjudication
	Active        bool   // the item is selected in the active sample (can be scored)
	ShowReplace   bool   // CanReplace and Active
	NotSelected   string // "ersatt" or "reserv" when the case has left the sample, else ""
	CommitteeURL  string
}

// fieldError is one criterion in error, for the list at the top of the form.
type fieldError struct {
	Criterion review.Criterion
	Name      string
	Message   string
}

// loadItem returns a sampled case and its audit when the user may see the case.
func (s *Server) loadItem(c *gin.Context) (review.Audit, review.SampleItem, error) {
	id, err := paramID(c, "id")
	if err != nil {
		return review.Audit{}, review.SampleItem{}, err
	}
	a, it, err := s.svc.SampleItem(c.Request.Context(), id)
	if err != nil {
		return a, it, err
	}
	if !currentUser(c).CanSeeCase(a.ID, it.Committee) {
		return a, it, errForbidden
	}
	return a, it, nil
}

// itemHome is where a sampled case belongs: its audit and committee, which never change once
// it is drawn (a replacement or a redraw changes its status, not its home). They are kept
// after the first read, so a save's access check costs no query; whether the case may
// still be scored is checked in the save's transaction.
type itemHome struct {
	auditID   int64
	committee string
}

func (s *Server) itemHome(ctx context.Context, id int64) (itemHome, error) {
	if h, ok := s.homes.Load(id); ok {
		return h.(itemHome), nil
	}
	a, it, err := s.svc.SampleItem(ctx, id)
	if err != nil {
		return itemHome{}, err
	}
	h := itemHome{a.ID, it.Committee}
	s.homes.Store(id, h)
	return h, nil
}

// loadItemIf is loadItem for an action on the case's audit that the user must be allowed,
// such as review.User.CanAdjudicate.
func (s *Server) loadItemIf(c *gin.Context, may func(review.User, int64) bool) (review.Audit, review.SampleItem, error) {
	a, it, err := s.loadItem(c)
	if err == nil && !may(*currentUser(c), a.ID) {
		err = errForbidden
	}
	return a, it, err
}

func committeeURL(auditID int64, committee string) string {
	return auditURL(auditID) + "/committees/" + url.PathEscape(committee)
}

func itemURL(id int64) string { return "/items/" + strconv.FormatInt(id, 10) }

// newReviewPage builds the page from the stored judgements.
func (s *Server) newReviewPage(c *gin.Context, a review.Audit, it review.SampleItem) (*reviewPage, error) {
	ctx := c.Request.Context()
	rd, err := s.svc.ReviewData(ctx, currentUser(c).Name, it.ID)
	if err != nil {
		return nil, err
	}
	cf, err := s.caseFilesCached(ctx, it)
	if err != nil {
		return nil, err
	}
	return s.buildReviewPage(c, a, it, rd, cf)
}

// buildReviewPage builds the page from the judgements the viewer may see, where the case
// stands and the viewer's draft (rd, read together) and the case files.
func (s *Server) buildReviewPage(c *gin.Context, a review.Audit, it review.SampleItem, rd review.ReviewData, cf *caseFileView) (*reviewPage, error) {
	u := currentUser(c)
	scores := rd.Visible
	docs, sc := cf.docs, cf.screening
	p := &reviewPage{base: s.base(c, it.Diarienummer+" – "+it.Committee), Audit: a, Item: it, Docs: docs, DocsHTML: cf.html,
		CanReplace: u.CanReplace(a.ID),
		Active:     it.Status == review.StatusSelected, CommitteeURL: committeeURL(a.ID, it.Committee)}
	p.ShowReplace = p.CanReplace && p.Active
	switch {
	case p.Active:
	case it.Status == review.StatusReplaced:
		p.NotSelected = "ersatt"
	default:
		p.NotSelected = "reserv"
	}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}, {it.Committee, p.CommitteeURL}}
	t, err := s.svc.Template(a)
	if err != nil {
		return nil, err
	}
	state, final := rd.State, rd.Final
	progress := review.ProgressOf(scores, u.Name, len(t.Criteria))
	p.State = progress.SwedishName()
	p.Final = state == review.StateFinal
	// both reviews of a double review in: the store refuses any further save of them
	p.Locked = p.Final || state == review.StateAwaitingAdjudication && progress == review.Submitted
	if state != review.StateNotStarted && (p.Final || progress == review.Submitted) {
		p.CaseState = state.SwedishName()
	}
	p.CanAdjudicate = u.CanAdjudicate(a.ID) && state == review.StateAwaitingAdjudication
	var draft review.FormDraft
	hasDraft := false
	if !p.Locked && p.Active {
		draft, hasDraft = rd.Draft, rd.HasDraft
		for _, x := range scores { // a draft older than the saved judgements is stale
			if hasDraft && x.Kind == review.KindReview && x.Reviewer == u.Name && !x.UpdatedAt.Before(draft.UpdatedAt) {
				hasDraft = false
			}
		}
		if hasDraft {
			p.DraftNote = draft.UpdatedAt.Local().Format("2006-01-02 15:04")
		}
	}
	for i, d := range t.Criteria {
		cr := d.Key
		f := newCritForm(a.TemplateSHA256, d, i)
		if d.Screening != "" {
			fam := review.Criterion(d.Screening)
			f.Suggestion, f.SuggestionHTML = sc.Criteria[fam], cf.suggestions[fam]
			f.SuggestPages = f.Suggestion.Pages
			if f.Checklist && d.Screening == string(review.AssignmentDescription) {
				f.SuggestChecks = f.Suggestion.Elements
			}
		}
		if v, ok := final[cr]; ok {
			f.FinalName = d.ValueName(v)
		}
		for _, x := range scores {
			if x.Criterion != cr {
				continue
			}
			if x.Kind == review.KindReview && x.Reviewer == u.Name {
				f.Verdict, f.Comment, f.Pages, f.Elements, f.Version, f.Submitted, f.Handover = x.Verdict, x.Comment, x.EvidencePages, x.Elements, x.Version, x.Submitted, x.Handover
			} else {
				o := otherScore{Reviewer: x.Reviewer, Kind: x.Kind, Verdict: x.Verdict, Adjudication: x.Kind == review.KindAdjudication,
					Comment: x.Comment, Pages: x.EvidencePages}
				if x.Verdict != "" {
					o.VerdictName = d.ValueName(x.Verdict)
				}
				f.Others = append(f.Others, o)
			}
		}
		if hasDraft {
			applyDraft(&f, d, draft.Form)
		}
		if f.Verdict != "" {
			f.VerdictName = d.ValueName(f.Verdict)
		}
		if err := s.fill(&f); err != nil {
			return nil, err
		}
		p.Criteria = append(p.Criteria, f)
	}
	return p, nil
}

// applyDraft puts a kept draft's fields of a criterion into its form.
func applyDraft(f *critForm, d review.CriterionDef, form map[string][]string) {
	k := string(d.Key)
	first := func(name string) (string, bool) {
		v, ok := form[name+k]
		if !ok || len(v) == 0 {
			return "", ok
		}
		return v[0], true
	}
	if v, ok := first("verdict_"); ok {
		if vv, err := d.ParseValue(v); err == nil || v == "" {
			f.Verdict = vv
		}
	}
	if v, ok := first("comment_"); ok {
		f.Comment = v
	}
	if v, ok := first("pages_"); ok {
		f.Pages = v
	}
	if d.Checklist != nil {
		letters := append([]string(nil), form["elements_"+k]...)
		sort.Strings(letters)
		f.Elements = strings.Join(letters, "")
	}
	if v, ok := first("handover_"); ok && d.Handover {
		if h, err := review.ParseHandover(v); err == nil {
			f.Handover = h
		}
	}
	if v, ok := first("version_"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			f.Version = n
		}
	}
}

// newCritForm is a criterion's part of the form, before any judgement is filled in.
func newCritForm(templateSHA string, d review.CriterionDef, i int) critForm {
	f := critForm{Criterion: d.Key, Template: templateSHA, Name: d.Name.Sv, Help: d.Help.Sv, Index: i + 1,
		Checklist: d.Checklist != nil, AsksHandover: d.Handover, Best: string(d.Best()), NoScreening: d.Screening == "", def: d}
	var names, missing []string
	for _, v := range d.CommentValues() {
		names = append(names, d.ValueName(v))
	}
	for _, v := range d.MissingValues() {
		missing = append(missing, string(v))
	}
	f.CommentFor, f.Missing = joinSv(names), strings.Join(missing, " ")
	if d.Checklist != nil {
		f.ChecklistTitle = d.Checklist.Title.Sv
	}
	return f
}

// joinSv joins words Swedish style: "a", "a och b", "a, b och c".
func joinSv(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " och " + items[len(items)-1]
}

// reviewPage serves the page from the page cache when it is still true (see pageCache),
// otherwise renders and keeps it. The data version is read first and the stamp before the
// page's data, so a change in between only makes the next view check or render again; it
// never serves an old page. The access check runs on every view.
func (s *Server) reviewPage(c *gin.Context) error {
	ctx := c.Request.Context()
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	u := currentUser(c)
	// read before any of the page's data, the draft included (it may come with the version)
	dgen := s.draftGen(id, u.Name)
	key := pageKey{item: id, csrf: review.CSRFToken(sessionToken(c)), flash: flashes[c.Query("klart")]}
	cached, ok := s.pageCache.get(key)
	// with a kept page, the data version alone may show it is still true; without one the
	// item is needed anyway, and on PostgreSQL it comes with the version and the viewer's
	// judgements and draft in one read (one round trip for a page rendered afresh)
	var gen string
	var pre *review.ItemView
	if ok {
		gen, err = s.svc.DataVersion(ctx)
	} else {
		gen, pre, err = s.svc.PageVersion(ctx, id, u.Name)
	}
	if err != nil {
		if review.ErrorCodeOf(err) == review.ENotFound {
			return err
		}
		s.log.Warn("data version", "err", err) // the page is rendered, just not kept
		gen, pre = "", nil
	}
	if ok && gen != "" && cached.gen == gen {
		if !u.CanSeeCase(cached.auditID, cached.committee) {
			return errForbidden
		}
		if cached.viewer == viewerStamp(u, cached.auditID) && cached.draft == s.draftGen(id, u.Name) {
			writeHTML(c, http.StatusOK, cached.html)
			return nil
		}
	}
	var v review.ItemView
	if pre != nil { // read with the version
		v = *pre
	} else if v, err = s.svc.ItemViewFor(ctx, id, u.Name); err != nil { // with the judgements on PostgreSQL
		return err
	}
	a, it, stamp := v.Audit, v.Item, v.Stamp
	if !u.CanSeeCase(a.ID, it.Committee) {
		return errForbidden
	}
	viewer := viewerStamp(u, a.ID)
	if ok && gen != "" && cached.stamp == stamp && cached.viewer == viewer && cached.draft == dgen {
		s.pageCache.confirm(key, stamp, gen)
		writeHTML(c, http.StatusOK, cached.html)
		return nil
	}
	rd, err := s.svc.ReviewDataOf(ctx, u.Name, id, v.Judgements)
	if err != nil {
		return err
	}
	cf, err := s.caseFilesAt(ctx, it, v.CaseFilesVersion)
	if err != nil {
		return err
	}
	p, err := s.buildReviewPage(c, a, it, rd, cf)
	if err != nil {
		return err
	}
	html, err := s.renderBytes("item", p)
	if err != nil {
		return err
	}
	if gen != "" {
		s.pageCache.put(key, &cachedPage{gen: gen, stamp: stamp, viewer: viewer, draft: dgen, auditID: a.ID, committee: it.Committee, html: html})
	}
	writeHTML(c, http.StatusOK, html)
	return nil
}

// scoreForm is the posted criteria form.
type scoreForm struct {
	Submit bool
	Inputs []review.ScoreInput
}

func parseScoreForm(c *gin.Context, t review.Template) (scoreForm, error) {
	f := scoreForm{Submit: c.PostForm("action") == "submit"}
	for _, d := range t.Criteria {
		cr := d.Key
		k := string(cr)
		in := review.ScoreInput{Criterion: cr, Comment: c.PostForm("comment_" + k), EvidencePages: c.PostForm("pages_" + k)}
		if v := c.PostForm("verdict_" + k); v != "" {
			vv, err := d.ParseValue(v)
			if err != nil {
				return f, &review.Error{Code: review.EInvalid, Field: k, Message: "okänt värde för " + d.Name.Sv}
			}
			in.Verdict = vv
		}
		if d.Checklist != nil {
			letters := c.PostFormArray("elements_" + k)
			sort.Strings(letters)
			in.Elements = strings.Join(letters, "")
		}
		if d.Handover {
			h, err := review.ParseHandover(c.PostForm("handover_" + k))
			if err != nil {
				return f, &review.Error{Code: review.EInvalid, Field: k, Message: "okänt svar om överlämnandet av uppdraget"}
			}
			in.Handover = h
		}
		if v := c.PostForm("version_" + k); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return f, &review.Error{Code: review.EInvalid, Field: k, Message: "formuläret är skadat: ladda om sidan"}
			}
			in.Version = n
		}
		f.Inputs = append(f.Inputs, in)
	}
	return f, nil
}

// saveScores saves the viewer's judgements as a draft or submits them. Invalid input
// re-renders the form with what was typed (422); a stale form gets 409 and the stored
// state, and nothing is saved.
func (s *Server) saveScores(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	h, err := s.itemHome(c.Request.Context(), id)
	if err != nil {
		return err
	}
	u := currentUser(c)
	if !u.CanScore(h.auditID, h.committee) {
		return errForbidden
	}
	t, err := s.svc.TemplateOfItem(c.Request.Context(), id)
	if err != nil {
		return err
	}
	form, err := parseScoreForm(c, t)
	if err == nil {
		_, err = s.svc.SaveScores(c.Request.Context(), u.Name, id, form.Inputs, form.Submit)
	}
	if err == nil {
		// the judgements hold what the draft held: the save removed it (ScoreStore.SaveScores)
		s.bumpDraft(id, u.Name)
		s.pageCache.drop(id, review.CSRFToken(sessionToken(c)))
		if !form.Submit {
			c.Redirect(http.StatusSeeOther, itemURL(id)+"?klart=utkast")
			return nil
		}
		// "skicka in och nästa": on to the next case of the viewer's queue
		next, nerr := s.svc.NextInQueue(c.Request.Context(), *u, h.auditID, id)
		if nerr != nil {
			return nerr
		}
		if next == 0 {
			c.Redirect(http.StatusSeeOther, "/?klart=koklar")
			return nil
		}
		c.Redirect(http.StatusSeeOther, itemURL(next)+"?klart=nasta")
		return nil
	}
	code := review.ErrorCodeOf(err)
	if code != review.EInvalid && code != review.EConflict {
		return err
	}
	a, it, lerr := s.loadItem(c)
	if lerr != nil {
		return lerr
	}
	_ = c.Error(err)
	p, perr := s.newReviewPage(c, a, it)
	if perr != nil {
		return perr
	}
	if code == review.EConflict {
		p.Error = conflictText(err)
		s.render(c, httpStatus(err), "item", p)
		return nil
	}
	// keep what was typed, mark every criterion in error and list them at the top
	msgs := map[string]string{}
	var re *review.Error
	if asErr(err, &re) {
		for _, e := range re.All() {
			msgs[e.Field] = review.MaskPersonnummer(e.Message)
		}
	}
	for i := range p.Criteria {
		f := &p.Criteria[i]
		if i < len(form.Inputs) { // the form was read only up to a field it could not read
			in := form.Inputs[i]
			f.Verdict, f.Comment, f.Pages, f.Elements, f.Version, f.Handover = in.Verdict, in.Comment, in.EvidencePages, in.Elements, in.Version, in.Handover
		}
		if m, ok := msgs[string(f.Criterion)]; ok {
			f.Error = m
			p.Errors = append(p.Errors, fieldError{Criterion: f.Criterion, Name: f.Name, Message: m})
		}
		if err := s.fill(f); err != nil {
			return err
		}
	}
	if len(p.Errors) > 1 {
		p.Error = fmt.Sprintf("Bedömningen sparades inte: %d fel att rätta.", len(p.Errors))
	} else {
		p.Error = "Bedömningen sparades inte: " + userMessage(err)
	}
	s.render(c, httpStatus(err), "item", p)
	return nil
}

// saveDraft keeps the review form as typed (the page's script posts it a moment after each
// change): a draft, not a judgement, restored into the form when the page is opened again.
func (s *Server) saveDraft(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	h, err := s.itemHome(c.Request.Context(), id)
	if err != nil {
		return err
	}
	u := currentUser(c)
	if !u.CanScore(h.auditID, h.committee) {
		return errForbidden
	}
	if err := c.Request.ParseForm(); err != nil {
		return &review.Error{Code: review.EInvalid, Message: "formuläret kunde inte läsas"}
	}
	at, err := s.svc.SaveDraft(c.Request.Context(), u.Name, id, c.Request.PostForm)
	if err != nil {
		c.Header("Cache-Control", "no-store")
		c.JSON(httpStatus(err), gin.H{"error": userMessage(err)})
		return nil
	}
	s.bumpDraft(id, u.Name)
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"saved": at.Local().Format("15:04:05")})
	return nil
}

type draftKey struct {
	item int64
	user string
}

// draftGen counts the changes of a viewer's draft of an item made by this server (drafts
// are written only by it): a kept page shows the draft of its time, so a change renders it
// again.
func (s *Server) draftGen(item int64, user string) int64 {
	if v, ok := s.draftGens.Load(draftKey{item, user}); ok {
		return v.(*atomic.Int64).Load()
	}
	return 0
}

func (s *Server) bumpDraft(item int64, user string) {
	v, _ := s.draftGens.LoadOrStore(draftKey{item, user}, new(atomic.Int64))
	v.(*atomic.Int64).Add(1)
}

// nextItem goes to the next case of the viewer's queue on which the viewer still has work,
// after this one in sample order (wrapping around); to the queue when none is left.
func (s *Server) nextItem(c *gin.Context) error {
	a, it, err := s.loadItem(c)
	if err != nil {
		return err
	}
	next, err := s.svc.NextInQueue(c.Request.Context(), *currentUser(c), a.ID, it.ID)
	if err != nil {
		return err
	}
	if next == 0 {
		c.Redirect(http.StatusSeeOther, "/?klart=tom")
		return nil
	}
	c.Redirect(http.StatusSeeOther, itemURL(next))
	return nil
}
