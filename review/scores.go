package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"tillsyn/sampling"
)

// Score kinds.
const (
	KindReview       = "review"
	KindAdjudication = "adjudication"
)

// Score is one reviewer's judgement of one criterion of one sampled case (or, of kind
// adjudication, the agreed judgement after two reviewers disagreed; both originals stay).
type Score struct {
	ID            int64
	SampleItemID  int64
	Kind          string
	Reviewer      string
	Criterion     Criterion
	Verdict       Verdict // "" while a draft has none
	Comment       string
	EvidencePages string   // e.g. "Utredning.pdf s. 2; Journal.pdf s. 1"
	Elements      string   // assignment description: the letters a–f found, e.g. "abcdf"
	Handover      Handover // assignment description: reached the provider before the start?
	Submitted     bool
	Source        string // "web" or "import"
	Version       int
	UpdatedAt     time.Time
}

// ScoreInput is one criterion of a submitted form. Version is the version the form was
// loaded with (0 when there was no judgement yet).
type ScoreInput struct {
	Criterion     Criterion
	Verdict       Verdict
	Comment       string
	EvidencePages string
	Elements      string
	Handover      Handover
	Version       int
}

// ScoreEvent is one change in the audit trail.
type ScoreEvent struct {
	ScoreID   int64
	ChangedBy string
	ChangedAt time.Time
	Old, New  string // JSON of the judgement before and after ("{}" when created)
}

// ItemView is a sampled case as a review page shows it, read at once.
type ItemView struct {
	Audit            Audit
	Item             SampleItem
	Active           bool   // the item's sample is the audit's active one
	CaseFilesVersion string // see Service.CaseFilesVersion
	// Stamp changes whenever anything a review page shows of the item changes: the item,
	// its sample and audit, its judgements, double review, documents and screening, written
	// by any process. Together with DataVersion it tells whether a page is still true.
	Stamp string
	// Judgements is what PageJudgements returns for the page's viewer, when it was read
	// with the item (see ScoreStore.VersionAndItemView); nil otherwise.
	Judgements *PageJudgements
}

// ItemScores is a selected case with every judgement of it.
type ItemScores struct {
	Item   SampleItem
	Double bool
	Scores []Score
}

// PageJudgements: see ScoreStore.PageJudgements.
type PageJudgements struct {
	Scores    []Score
	Double    bool
	HasDraft  bool
	DraftJSON string
	DraftAt   time.Time
}

// ScoreStore is the persistence of judgements.
type ScoreStore interface {
	// SampleItem returns an item with its audit; ENotFound when there is none.
	SampleItem(ctx context.Context, itemID int64) (Audit, SampleItem, bool, error) // bool: the item's sample is active
	// ItemView returns an item as a review page shows it, in one read.
	ItemView(ctx context.Context, itemID int64) (ItemView, error)
	// DataVersion changes whenever anything is committed to the store, by any process;
	// equal values mean no commit in between.
	DataVersion(ctx context.Context) (string, error)
	// VersionAndItemView returns DataVersion and ItemView read in one statement (one
	// snapshot) where the engine can (ok true); otherwise ok is false and nothing is read.
	// With a viewer, the view also holds what PageJudgements returns for them (Judgements).
	VersionAndItemView(ctx context.Context, itemID int64, viewer string) (gen string, v ItemView, ok bool, err error)
	// Scores lists the judgements of an item.
	Scores(ctx context.Context, itemID int64) ([]Score, error)
	// ScoresAndDouble lists the judgements of an item and whether it is double-reviewed,
	// from one snapshot. With no judgements the flag is false: there is nothing to hide.
	ScoresAndDouble(ctx context.Context, itemID int64) ([]Score, bool, error)
	// PageJudgements is what a review page shows of an item's judgements, read together
	// (one snapshot): the judgements, whether the item is double-reviewed (false with no
	// judgements, as ScoresAndDouble) and the reviewer's draft (as WorkbenchStore.Draft).
	PageJudgements(ctx context.Context, itemID int64, reviewer string) (PageJudgements, error)
	// SaveScores inserts or updates the rows (matched by item, kind, reviewer, criterion) in
	// one transaction, each only if its stored version equals the row's Version (0: must not
	// exist); otherwise EConflict and nothing is written. Every change is logged. It is also
	// EConflict, with nothing written, when the item is no longer selected in the active
	// sample, and when reviews are saved for a double-reviewed item whose two reviews are
	// both submitted (they are locked).
	// tmpl is the audit's template the rows were checked against: when the audit's template
	// is no longer that one, it is EConflict (Field "template") and nothing is written.
	// A save of reviews removes the reviewer's draft of the item in the same transaction
	// (see WorkbenchStore.SaveDraft): the judgements hold what it held.
	SaveScores(ctx context.Context, itemID int64, actor string, rows []Score, at time.Time, tmpl TemplateStamp) ([]Score, error)
	ScoreHistory(ctx context.Context, itemID int64) ([]ScoreEvent, error)
	// AuditScores lists the selected items of the audit's active sample with their judgements.
	AuditScores(ctx context.Context, auditID int64) ([]ItemScores, error)
	// ImportScores writes submitted judgements in one transaction: a row the reviewer does not
	// have yet is inserted; an identical one is left (unchanged); a different one is a
	// conflict (conflicts[i] says which), and then nothing is written. Like SaveScores, it
	// is EConflict when the audit's template is no longer tmpl.
	ImportScores(ctx context.Context, auditID int64, tmpl TemplateStamp, rows []Score, actor string, at time.Time) (imported, unchanged int, conflicts []string, err error)
	// SetDoubleReview records the audit's share and the items drawn for a second review.
	SetDoubleReview(ctx context.Context, auditID, sampleID int64, share float64, itemIDs []int64) error
}

// checkElements refuses a checklist criterion judged with the best value while an element is
// not ticked, or with a missing value while elements are ticked, naming the elements, unless
// the comment explains.
func checkElements(d CriterionDef, v Verdict, elements, comment string) error {
	if d.Checklist == nil || strings.TrimSpace(comment) != "" {
		return nil
	}
	topic := strings.ToLower(d.Name.Sv)
	switch {
	case v == d.Best():
		var missing []string
		for _, e := range d.ElementKeys() {
			if !strings.Contains(elements, e) {
				missing = append(missing, e+" ("+d.ElementName(e)+")")
			}
		}
		if len(missing) > 0 {
			return &Error{Code: EInvalid, Field: string(d.Key), Message: fmt.Sprintf("%s bedöms %s men saknar %s: kryssa i elementen, ändra bedömningen, eller förklara i kommentaren",
				topic, d.ValueName(v), strings.Join(missing, ", "))}
		}
	case d.IsMissing(v) && elements != "":
		var ticked []string
		for _, e := range elements {
			ticked = append(ticked, string(e))
		}
		return &Error{Code: EInvalid, Field: string(d.Key), Message: fmt.Sprintf("%s bedöms %s men element %s är ikryssade: bocka ur dem, ändra bedömningen, eller förklara i kommentaren",
			topic, d.ValueName(v), strings.Join(ticked, ", "))}
	}
	return nil
}

// validElements reports element keys that are all of the criterion's checklist.
func validElements(d CriterionDef, s string) bool {
	keys := d.ElementKeys()
	for _, r := range s {
		if !slices.Contains(keys, string(r)) {
			return false
		}
	}
	return true
}

// checkInputs checks judgements against the audit's template: known criteria, values on
// their scales, checklist elements of the criterion, and, when submitting, a value for every
// criterion, a comment where the template asks for one and a checklist that agrees with the
// value.
func (s *Service) checkInputs(t Template, in []ScoreInput, submit bool) error {
	seen := map[Criterion]bool{}
	var errs []*Error
	for _, x := range in {
		d, ok := t.Def(x.Criterion)
		if !ok {
			_, err := t.ParseCriterion(string(x.Criterion))
			return &Error{Code: EInvalid, Field: string(x.Criterion), Message: err.Error()}
		}
		if seen[x.Criterion] {
			return &Error{Code: EInvalid, Field: string(x.Criterion), Message: "the criterion is given twice"}
		}
		seen[x.Criterion] = true
		if err := checkInput(d, x, submit); err != nil {
			errs = append(errs, err)
		}
	}
	if submit {
		for _, c := range t.Keys() {
			if !seen[c] {
				errs = append(errs, &Error{Code: EInvalid, Field: string(c), Message: "bedöm " + t.CriterionName(c) + " innan du skickar in"})
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	first := errs[0]
	first.More = errs[1:]
	return first
}

// checkInput checks one criterion's judgement; the first thing wrong with it.
func checkInput(d CriterionDef, x ScoreInput, submit bool) *Error {
	if x.Verdict != "" && !slices.Contains(d.Values(), x.Verdict) {
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: fmt.Sprintf("okänt värde %q för %s", x.Verdict, d.Name.Sv)}
	}
	if !validElements(d, x.Elements) {
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: "okänt element i checklistan för " + d.Name.Sv}
	}
	if n := len([]rune(x.Comment)); n > 10000 {
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: fmt.Sprintf("kommentaren till %s är för lång: %d tecken, högst 10 000", d.Name.Sv, n)}
	}
	if n := len([]rune(x.EvidencePages)); n > 1000 {
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: fmt.Sprintf("beläggen för %s är för långa: %d tecken, högst 1 000", d.Name.Sv, n)}
	}
	if _, err := ParseHandover(string(x.Handover)); err != nil || x.Handover != "" && !d.Handover {
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: "svaret om överlämnandet hör inte till " + d.Name.Sv}
	}
	if !submit {
		return nil
	}
	if x.Verdict == "" {
		var names []string
		for _, v := range d.ScaleValues() {
			names = append(names, v.Name.Sv)
		}
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: "välj " + joinOr(names) + " för " + d.Name.Sv}
	}
	if d.NeedsComment(x.Verdict) && strings.TrimSpace(x.Comment) == "" {
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: "en kommentar krävs för " + d.ValueName(x.Verdict) + " (" + d.Name.Sv + ")"}
	}
	if err := checkElements(d, x.Verdict, x.Elements, x.Comment); err != nil {
		var re *Error
		if errors.As(err, &re) {
			return re
		}
		return &Error{Code: EInvalid, Field: string(x.Criterion), Message: err.Error()}
	}
	return nil
}

// joinOr: "ja, delvis, nej eller ej tillämpligt".
func joinOr(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " eller " + items[len(items)-1]
}

// auditOfItem is the audit of a sampled case with its template; both are kept, since a case
// never leaves its audit and an audit's template never changes.
func (s *Service) auditOfItem(ctx context.Context, itemID int64) (Audit, Template, error) {
	if a, ok := s.itemAudit.Load(itemID); ok {
		t, err := s.Template(a.(Audit))
		return a.(Audit), t, err
	}
	a, _, _, err := s.store.SampleItem(ctx, itemID)
	if err != nil {
		return a, Template{}, err
	}
	t, err := s.Template(a)
	if err == nil {
		s.itemAudit.Store(itemID, Audit{ID: a.ID, Name: a.Name, Kind: a.Kind, TemplateJSON: a.TemplateJSON, TemplateSHA256: a.TemplateSHA256})
	}
	return a, t, err
}

// TemplateOfItem is the criteria template of a sampled case's audit.
func (s *Service) TemplateOfItem(ctx context.Context, itemID int64) (Template, error) {
	_, t, err := s.auditOfItem(ctx, itemID)
	return t, err
}

// SampleItem returns a sampled case with its audit.
func (s *Service) SampleItem(ctx context.Context, itemID int64) (Audit, SampleItem, error) {
	a, it, _, err := s.store.SampleItem(ctx, itemID)
	return a, it, err
}

// ItemView returns a sampled case with its audit, whether it is double-reviewed, the
// version of its case files and its stamp, in one read.
func (s *Service) ItemView(ctx context.Context, itemID int64) (ItemView, error) {
	return s.store.ItemView(ctx, itemID)
}

// ItemViewFor is ItemView with the viewer's judgements of the case (ItemView.Judgements,
// see ReviewDataOf) where the engine reads both in one statement (PostgreSQL); elsewhere
// ItemView alone.
func (s *Service) ItemViewFor(ctx context.Context, itemID int64, viewer string) (ItemView, error) {
	if _, v, ok, err := s.store.VersionAndItemView(ctx, itemID, viewer); ok {
		return v, err
	}
	return s.store.ItemView(ctx, itemID)
}

// DataVersion changes whenever anything is committed, by this process or another; equal
// values mean nothing changed in between (see ScoreStore.DataVersion).
func (s *Service) DataVersion(ctx context.Context) (string, error) { return s.store.DataVersion(ctx) }

// PageVersion is DataVersion for a review page of the item, with the item's view and the
// viewer's judgements of it (ItemView.Judgements, see ReviewDataOf) when they came with it
// in the same read (on PostgreSQL, one round trip for all); else v is nil and the caller
// reads ItemView and ReviewData when it needs them.
func (s *Service) PageVersion(ctx context.Context, itemID int64, viewer string) (gen string, v *ItemView, err error) {
	g, view, ok, err := s.store.VersionAndItemView(ctx, itemID, viewer)
	if ok {
		if err != nil {
			return "", nil, err
		}
		return g, &view, nil
	}
	g, err = s.store.DataVersion(ctx)
	return g, nil, err
}

// SaveScores saves a reviewer's judgements of a case: as a draft, or submitted (then every
// criterion needs a verdict, and partly, no and not applicable need a comment). A form loaded
// before someone else changed the same judgement gets EConflict and changes nothing. A save
// removes the reviewer's kept draft of the form (see SaveDraft) with it.
func (s *Service) SaveScores(ctx context.Context, reviewer string, itemID int64, in []ScoreInput, submit bool) ([]Score, error) {
	a, t, err := s.auditOfItem(ctx, itemID)
	if err != nil {
		return nil, err
	}
	if err := s.checkInputs(t, in, submit); err != nil {
		return nil, err
	}
	// Once both independent reviews of a double-reviewed case are in, each has seen the
	// other: they are final, and a disagreement is settled by adjudication, never by editing
	// one to match. The store refuses such a save inside its transaction (ScoreStore.SaveScores),
	// where a submit and an edit racing each other cannot both pass.
	return s.saveScores(ctx, KindReview, reviewer, itemID, in, submit, a, t)
}

// saveScores writes inputs checked against the audit a's template t.
func (s *Service) saveScores(ctx context.Context, kind, actor string, itemID int64, in []ScoreInput, submit bool, a Audit, t Template) ([]Score, error) {
	if strings.TrimSpace(actor) == "" {
		return nil, &Error{Code: EInvalid, Field: "reviewer", Message: "who is judging?"}
	}
	// the store checks, inside its transaction, that the case is still selected in the
	// active sample (ENotFound for no such case, EConflict for a replaced one)
	rows := make([]Score, len(in))
	for i, x := range in {
		rows[i] = Score{SampleItemID: itemID, Kind: kind, Reviewer: actor, Criterion: x.Criterion, Verdict: x.Verdict, Comment: strings.TrimSpace(x.Comment),
			EvidencePages: strings.TrimSpace(x.EvidencePages), Elements: sortedLetters(x.Elements), Handover: x.Handover, Submitted: submit, Source: "web", Version: x.Version}
	}
	out, err := s.store.SaveScores(ctx, itemID, actor, rows, s.now().UTC(), TemplateStamp{Criteria: len(t.Criteria), SHA256: a.TemplateSHA256})
	if re := (*Error)(nil); errors.As(err, &re) && re.Field == "template" {
		s.itemAudit.Delete(itemID) // read the audit's template again next time
	}
	return out, err
}

// TemplateStamp is the audit's template a save was checked against: its number of criteria
// (a review is submitted when all are judged) and its SHA-256 as the audit stores it ("" for
// an audit from before templates, which has ivo-2015).
type TemplateStamp struct {
	Criteria int
	SHA256   string
}

// submittedBy reports, per reviewer, whether every one of the n criteria is submitted.
func submittedBy(scores []Score, n int) map[string]bool {
	count := map[string]int{}
	for _, sc := range scores {
		if sc.Kind == KindReview && sc.submittedVerdict() {
			count[sc.Reviewer]++
		}
	}
	out := map[string]bool{}
	for _, sc := range scores {
		if sc.Kind == KindReview {
			out[sc.Reviewer] = count[sc.Reviewer] >= n
		}
	}
	return out
}

// submittedVerdict is a judgement sent in with a verdict: a review is submitted when every
// criterion has one.
func (sc Score) submittedVerdict() bool { return sc.Submitted && sc.Verdict != "" }

// Progress is how far a reviewer has come with a case.
type Progress int

const (
	NotStarted Progress = iota // no judgement saved
	Draft                      // some saved, not all submitted
	Submitted                  // every criterion submitted with a verdict
)

// SwedishName is the progress as users see it.
func (p Progress) SwedishName() string {
	return [...]string{"ej påbörjad", "utkast", "inskickad"}[p]
}

// ProgressOf is how far reviewer has come with the case of these judgements, of an audit
// whose template has n criteria.
func ProgressOf(scores []Score, reviewer string, n int) Progress {
	saved, sub := 0, 0
	for _, sc := range scores {
		if sc.Kind == KindReview && sc.Reviewer == reviewer {
			saved++
			if sc.submittedVerdict() {
				sub++
			}
		}
	}
	switch {
	case saved == 0:
		return NotStarted
	case sub >= n:
		return Submitted
	}
	return Draft
}

// NextUnsubmitted is the case after cur among ids (in order, wrapping around) that reviewer
// has not submitted; 0 when every other one is.
func (s *Service) NextUnsubmitted(ctx context.Context, reviewer string, ids []int64, cur int64) (int64, error) {
	start := 0
	for i, id := range ids {
		if id == cur {
			start = i + 1
		}
	}
	for k := 0; k < len(ids); k++ {
		id := ids[(start+k)%len(ids)]
		if id == cur {
			continue
		}
		_, t, err := s.auditOfItem(ctx, id)
		if err != nil {
			return 0, err
		}
		scores, err := s.store.Scores(ctx, id)
		if err != nil {
			return 0, err
		}
		if ProgressOf(scores, reviewer, len(t.Criteria)) != Submitted {
			return id, nil
		}
	}
	return 0, nil
}

// VisibleScores returns the judgements of a case that viewer may see: on a case drawn for
// two independent reviews, other reviewers' judgements stay hidden until the viewer and the
// others have all submitted.
func (s *Service) VisibleScores(ctx context.Context, viewer string, itemID int64) ([]Score, error) {
	// the judgements and the double flag from one snapshot: read apart, a case drawn for
	// double review in between could show the other reviewer's draft
	_, t, err := s.auditOfItem(ctx, itemID)
	if err != nil {
		return nil, err
	}
	scores, double, err := s.store.ScoresAndDouble(ctx, itemID)
	if err != nil {
		return nil, err
	}
	return visibleTo(scores, double, viewer, len(t.Criteria)), nil
}

// ReviewData is what a review page shows of a case's judgements for a viewer, from one
// read: the judgements the viewer may see (as VisibleScores), where the case stands and its
// final verdicts (as CaseStatus) and the viewer's draft (as Draft).
type ReviewData struct {
	Visible  []Score
	State    CaseState
	Final    map[Criterion]Verdict
	Draft    FormDraft
	HasDraft bool
}

// ReviewData reads the judgements, the double flag and the viewer's draft of a case in one
// statement (see ScoreStore.PageJudgements) and derives what VisibleScores, CaseStatus and
// Draft would return, read together.
func (s *Service) ReviewData(ctx context.Context, viewer string, itemID int64) (ReviewData, error) {
	return s.ReviewDataOf(ctx, viewer, itemID, nil)
}

// ReviewDataOf is ReviewData from the judgements pj when they were read already (with the
// item, see PageVersion); with pj nil it reads them.
func (s *Service) ReviewDataOf(ctx context.Context, viewer string, itemID int64, pj *PageJudgements) (ReviewData, error) {
	_, t, err := s.auditOfItem(ctx, itemID)
	if err != nil {
		return ReviewData{}, err
	}
	if pj == nil {
		read, err := s.store.PageJudgements(ctx, itemID, viewer)
		if err != nil {
			return ReviewData{}, err
		}
		pj = &read
	}
	var out ReviewData
	out.Visible = visibleTo(pj.Scores, pj.Double, viewer, len(t.Criteria))
	st, final, _, _ := judgeCase(ItemScores{Double: pj.Double, Scores: pj.Scores}, t)
	if st != StateFinal {
		final = nil
	}
	out.State, out.Final = st, final
	if pj.HasDraft {
		out.Draft = FormDraft{ItemID: itemID, Reviewer: viewer, UpdatedAt: pj.DraftAt}
		if err := json.Unmarshal([]byte(pj.DraftJSON), &out.Draft.Form); err != nil {
			return ReviewData{}, &Error{Code: EInternal, Message: "utkastet kunde inte läsas", Err: err}
		}
		out.HasDraft = true
	}
	return out, nil
}

// visibleTo is what a viewer may see of a case's judgements: everything, except in a double
// review until both reviewers have submitted, when each sees only their own.
func visibleTo(scores []Score, double bool, viewer string, n int) []Score {
	if !double {
		return scores
	}
	sub := submittedBy(scores, n)
	all := len(sub) >= 2
	for _, ok := range sub {
		all = all && ok
	}
	var out []Score
	for _, sc := range scores {
		if sc.Reviewer == viewer && sc.Kind == KindReview || all {
			out = append(out, sc)
		}
	}
	return out
}

// Adjudicate records the agreed judgement of criteria on which two reviewers disagreed; both
// originals are kept.
func (s *Service) Adjudicate(ctx context.Context, actor string, itemID int64, in []ScoreInput) ([]Score, error) {
	a, t, err := s.auditOfItem(ctx, itemID)
	if err != nil {
		return nil, err
	}
	scores, err := s.store.Scores(ctx, itemID)
	if err != nil {
		return nil, err
	}
	sub := submittedBy(scores, len(t.Criteria))
	n := 0
	for _, ok := range sub {
		if ok {
			n++
		}
	}
	if n < 2 {
		return nil, &Error{Code: EConflict, Message: "båda granskarna måste ha skickat in innan bedömningarna kan jämkas samman"}
	}
	if len(in) == 0 {
		return nil, &Error{Code: EInvalid, Message: "inget kriterium att jämka"}
	}
	for _, x := range in {
		if x.Verdict == "" || strings.TrimSpace(x.Comment) == "" {
			return nil, &Error{Code: EInvalid, Field: string(x.Criterion), Message: "den sammanvägda bedömningen behöver ett värde och en motivering"}
		}
	}
	// only the criteria in dispute need adjudicating: not every criterion is required
	if err := s.checkInputs(t, in, false); err != nil {
		return nil, err
	}
	return s.saveScores(ctx, KindAdjudication, actor, itemID, in, true, a, t)
}

// ScoreHistory returns the audit trail of a case's judgements, oldest first.
func (s *Service) ScoreHistory(ctx context.Context, itemID int64) ([]ScoreEvent, error) {
	return s.store.ScoreHistory(ctx, itemID)
}

// doubleKey orders a sample's cases for the second review: SHA-256 of the sample seed,
// "double", committee and diarienummer, NUL-separated.
func doubleKey(seed, committee, dnr string) string {
	h := sha256.Sum256([]byte(seed + "\x00double\x00" + committee + "\x00" + dnr))
	return hex.EncodeToString(h[:])
}

// SetDoubleReview asks for a share (0–1) of each committee's selected cases to be reviewed
// independently by a second reviewer. The cases are drawn reproducibly from the sample seed:
// per committee the ceil(share × n) cases with the lowest SHA-256(seed, "double", committee,
// diarienummer). It returns the cases drawn, by committee and diarienummer. It is refused
// (EConflict) once any judgement of the sample has been saved.
func (s *Service) SetDoubleReview(ctx context.Context, auditName string, share float64) ([]SampleItem, error) {
	if share < 0 || share > 1 || math.IsNaN(share) {
		return nil, &Error{Code: EInvalid, Field: "share", Message: "andelen ska vara mellan 0 och 1"}
	}
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return nil, err
	}
	if a.Purged() {
		return nil, errPurged(a)
	}
	// changing the set once judging has begun could reveal a first review to a second
	// reviewer, or make a finished single review look like half of a double one
	scored, err := s.store.AuditScores(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	for _, is := range scored {
		if len(is.Scores) > 0 {
			return nil, &Error{Code: EConflict, Field: "share", Message: "bedömningar har redan gjorts: andelen som dubbelgranskas kan inte ändras längre"}
		}
	}
	byC := map[string][]SampleItem{}
	for _, it := range sm.Items {
		if it.Status == StatusSelected {
			byC[it.Committee] = append(byC[it.Committee], it)
		}
	}
	var ids []int64
	var chosen []SampleItem
	for _, items := range byC {
		sort.Slice(items, func(i, j int) bool {
			return doubleKey(sm.Seed, items[i].Committee, items[i].Diarienummer) < doubleKey(sm.Seed, items[j].Committee, items[j].Diarienummer)
		})
		k := int(math.Ceil(share * float64(len(items))))
		for _, it := range items[:k] {
			ids = append(ids, it.ID)
			chosen = append(chosen, it)
		}
	}
	sort.Slice(chosen, func(i, j int) bool {
		if c := rollupCompareSwedish(chosen[i].Committee, chosen[j].Committee); c != 0 {
			return c < 0
		}
		return rollupCompareNatural(chosen[i].Diarienummer, chosen[j].Diarienummer) < 0
	})
	return chosen, s.store.SetDoubleReview(ctx, a.ID, sm.ID, share, ids)
}

// CommitteeProgress is the state of one committee's review.
type CommitteeProgress struct {
	Committee     string
	Sampled       int // selected cases
	Scored        int // cases with at least one submitted review
	Double        int // cases drawn for two reviews
	DoubleScored  int // of those, reviewed and submitted by two
	Agreed        int // of those, agreeing on every criterion (or adjudicated where not)
	Disagreements int // of those, disagreeing on a criterion not yet adjudicated
	// Final counts the cases that count in the findings (see judgeCase); the others wait:
	// not started, for the second reviewer, or for adjudication.
	Final, NotStarted, AwaitingSecond, AwaitingAdjudication int
}

// caseState derives the final judgements of one case: per criterion the adjudication, or
// the single submitted review, or two agreeing reviews. pending lists criteria where two
// reviews disagree without adjudication.
func caseState(is ItemScores, t Template) (final map[Criterion]Verdict, reviewers int, pending []Criterion) {
	sub := submittedBy(is.Scores, len(t.Criteria))
	byCrit := submittedVerdicts(is.Scores, sub)
	adj := map[Criterion]Verdict{}
	for _, sc := range is.Scores {
		if sc.Kind == KindAdjudication && sc.Verdict != "" {
			adj[sc.Criterion] = sc.Verdict
		}
	}
	for _, ok := range sub {
		if ok {
			reviewers++
		}
	}
	if reviewers == 0 {
		return nil, 0, nil
	}
	final = map[Criterion]Verdict{}
	for _, c := range t.Keys() {
		if v, ok := adj[c]; ok {
			final[c] = v
			continue
		}
		if vs := byCrit[c]; agreeing(vs) {
			final[c] = vs[0]
		} else {
			pending = append(pending, c)
		}
	}
	return final, reviewers, pending
}

// judgeCase is where a case stands for the findings: its state and, when final, its
// verdicts, the elements of its checklist criteria and the handover answer. A case marked for double
// review is final only once both reviewers have submitted and every criterion agrees or is
// adjudicated; until the second has submitted nothing of the first's is used anywhere (the
// blind holds in the reports too). Where two reviewers agree on the verdict but ticked
// different elements (or answered the handover differently), those are taken as not
// recorded, unless adjudicated: neither reviewer's answer is preferred.
func judgeCase(is ItemScores, t Template) (state CaseState, final map[Criterion]Verdict, elements map[Criterion]string, handover Handover) {
	final, reviewers, pending := caseState(is, t)
	switch {
	case reviewers == 0:
		return StateNotStarted, nil, nil, ""
	case is.Double && reviewers < 2:
		return StateAwaitingSecond, nil, nil, ""
	case len(pending) > 0:
		return StateAwaitingAdjudication, nil, nil, ""
	}
	sub := submittedBy(is.Scores, len(t.Criteria))
	elements = map[Criterion]string{}
	for _, d := range t.Criteria {
		if d.Checklist == nil && !d.Handover {
			continue
		}
		var els []string
		var hos []Handover
		adjudicated := false
		for _, sc := range is.Scores {
			if sc.Criterion != d.Key {
				continue
			}
			switch {
			case sc.Kind == KindAdjudication && sc.Verdict != "":
				adjudicated = true
				elements[d.Key] = sc.Elements
				if d.Handover {
					handover = sc.Handover
				}
			case sc.Kind == KindReview && sub[sc.Reviewer]:
				els = append(els, sortedLetters(sc.Elements))
				hos = append(hos, sc.Handover)
			}
		}
		if !adjudicated {
			if len(els) > 0 && allSame(els) {
				elements[d.Key] = els[0]
			}
			if d.Handover && len(hos) > 0 && allSame(hos) {
				handover = hos[0]
			}
		}
	}
	return StateFinal, final, elements, handover
}

func allSame[T comparable](xs []T) bool {
	for _, x := range xs {
		if x != xs[0] {
			return false
		}
	}
	return true
}

// sortedLetters orders the element letters, so "fa" and "af" compare equal.
func sortedLetters(s string) string {
	r := []rune(s)
	slices.Sort(r)
	return string(r)
}

// submittedVerdicts are the verdicts per criterion of the reviewers who have submitted the
// whole case (sub, from submittedBy).
func submittedVerdicts(scores []Score, sub map[string]bool) map[Criterion][]Verdict {
	out := map[Criterion][]Verdict{}
	for _, sc := range scores {
		if sc.Kind == KindReview && sub[sc.Reviewer] {
			out[sc.Criterion] = append(out[sc.Criterion], sc.Verdict)
		}
	}
	return out
}

func agreeing(vs []Verdict) bool {
	for _, v := range vs {
		if v != vs[0] {
			return false
		}
	}
	return len(vs) > 0
}

// Disagreeing are the criteria on which reviewers who have submitted the whole case (of an
// audit whose template has n criteria) gave different verdicts, adjudicated since or not.
func Disagreeing(scores []Score, n int) map[Criterion]bool {
	out := map[Criterion]bool{}
	for c, vs := range submittedVerdicts(scores, submittedBy(scores, n)) {
		out[c] = len(vs) > 1 && !agreeing(vs)
	}
	return out
}

// auditScores lists the selected cases of an audit's sample with their judgements, and the
// audit's template.
func (s *Service) auditScores(ctx context.Context, auditName string) ([]ItemScores, Template, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, Template{}, err
	}
	t, err := s.Template(a)
	if err != nil {
		return nil, t, err
	}
	items, err := s.store.AuditScores(ctx, a.ID)
	return items, t, err
}

// Progress summarises the review per committee.
func (s *Service) Progress(ctx context.Context, auditName string) ([]CommitteeProgress, error) {
	items, t, err := s.auditScores(ctx, auditName)
	if err != nil {
		return nil, err
	}
	return progressOf(items, t), nil
}

// ProgressAndAgreement is Progress and Agreement from one read of the audit's judgements.
func (s *Service) ProgressAndAgreement(ctx context.Context, auditName string) ([]CommitteeProgress, []CriterionAgreement, error) {
	items, t, err := s.auditScores(ctx, auditName)
	if err != nil {
		return nil, nil, err
	}
	return progressOf(items, t), agreementOf(items, t), nil
}

func progressOf(items []ItemScores, t Template) []CommitteeProgress {
	byC := map[string]*CommitteeProgress{}
	var order []string
	for _, is := range items {
		p := byC[is.Item.Committee]
		if p == nil {
			p = &CommitteeProgress{Committee: is.Item.Committee}
			byC[is.Item.Committee] = p
			order = append(order, is.Item.Committee)
		}
		p.Sampled++
		switch st, _, _, _ := judgeCase(is, t); st {
		case StateFinal:
			p.Final++
		case StateNotStarted:
			p.NotStarted++
		case StateAwaitingSecond:
			p.AwaitingSecond++
		case StateAwaitingAdjudication:
			p.AwaitingAdjudication++
		}
		_, reviewers, pending := caseState(is, t)
		if reviewers > 0 {
			p.Scored++
		}
		if is.Double {
			p.Double++
			if reviewers >= 2 {
				p.DoubleScored++
				if len(pending) == 0 {
					p.Agreed++
				} else {
					p.Disagreements++
				}
			}
		}
	}
	sort.Strings(order)
	out := make([]CommitteeProgress, len(order))
	for i, c := range order {
		out[i] = *byC[c]
	}
	return out
}

// Disagreement is a double-reviewed case whose reviewers disagree on some criteria.
type Disagreement struct {
	Item     SampleItem
	Criteria []Criterion
	Scores   []Score
}

// Disagreements lists double-reviewed cases with criteria still to adjudicate.
func (s *Service) Disagreements(ctx context.Context, auditName string) ([]Disagreement, error) {
	items, t, err := s.auditScores(ctx, auditName)
	if err != nil {
		return nil, err
	}
	var out []Disagreement
	for _, is := range items {
		if _, reviewers, pending := caseState(is, t); reviewers >= 2 && len(pending) > 0 {
			out = append(out, Disagreement{Item: is.Item, Criteria: pending, Scores: is.Scores})
		}
	}
	return out, nil
}

// CriterionAgreement is the agreement between reviewers on one criterion, over the cases
// marked for double review that exactly two reviewers have submitted (their own verdicts,
// not adjudications). Every measure treats the two reviewers alike: renaming them or
// swapping them changes nothing (see sampling.AgreementOf). Measures that are undefined
// (kappa and alpha when every verdict is the same) are NaN.
type CriterionAgreement struct {
	Criterion Criterion
	Name      string // the criterion's Swedish name in the audit's template
	Cases     int
	Observed  float64 // share of cases with the same verdict
	// Kappa is Fleiss' kappa, which for two ratings per case is Scott's pi: chance agreement
	// from the pooled shares of both reviewers' verdicts; with Gwet's variance.
	Kappa, KappaLow, KappaHigh float64
	// AC1 is Gwet's AC1: chance agreement Σ π_k(1 − π_k)/(q − 1) over the q values of the
	// criterion's scale; unlike kappa it does not collapse when verdicts are skewed to "ja".
	AC1, AC1Low, AC1High float64
	// Alpha is Krippendorff's alpha (nominal); PABAK the prevalence- and bias-adjusted kappa
	// (q·p_o − 1)/(q − 1); both with 95 % bootstrap intervals over cases (fixed seed).
	Alpha, AlphaLow, AlphaHigh float64
	PABAK, PABAKLow, PABAKHigh float64
}

// Agreement computes the agreement measures per criterion (see CriterionAgreement).
func (s *Service) Agreement(ctx context.Context, auditName string) ([]CriterionAgreement, error) {
	items, t, err := s.auditScores(ctx, auditName)
	if err != nil {
		return nil, err
	}
	return agreementOf(items, t), nil
}

// agreementOf pairs the two reviewers' verdicts per criterion (each criterion on its own
// scale, q its number of values) over the double-reviewed cases exactly two have submitted.
func agreementOf(items []ItemScores, t Template) []CriterionAgreement {
	pairs := map[Criterion][][2]int{}
	for _, is := range items {
		if !is.Double {
			continue
		}
		sub := submittedBy(is.Scores, len(t.Criteria))
		n := 0
		for _, ok := range sub {
			if ok {
				n++
			}
		}
		if n != 2 {
			continue
		}
		byCrit := submittedVerdicts(is.Scores, sub)
		for _, d := range t.Criteria {
			vs := byCrit[d.Key]
			if len(vs) != 2 {
				continue
			}
			i, j := slices.Index(d.Values(), vs[0]), slices.Index(d.Values(), vs[1])
			if i >= 0 && j >= 0 {
				pairs[d.Key] = append(pairs[d.Key], [2]int{i, j})
			}
		}
	}
	out := make([]CriterionAgreement, 0, len(t.Criteria))
	for _, d := range t.Criteria {
		ca := CriterionAgreement{Criterion: d.Key, Name: d.Name.Sv}
		nan := math.NaN()
		ca.Observed, ca.Kappa, ca.KappaLow, ca.KappaHigh = nan, nan, nan, nan
		ca.AC1, ca.AC1Low, ca.AC1High = nan, nan, nan
		ca.Alpha, ca.AlphaLow, ca.AlphaHigh = nan, nan, nan
		ca.PABAK, ca.PABAKLow, ca.PABAKHigh = nan, nan, nan
		if a, err := sampling.AgreementOf(pairs[d.Key], len(d.Values())); err == nil {
			ca.Cases = a.Cases
			ca.Observed = a.Observed
			ca.Kappa, ca.KappaLow, ca.KappaHigh = a.Kappa, a.KappaLow, a.KappaHigh
			ca.AC1, ca.AC1Low, ca.AC1High = a.AC1, a.AC1Low, a.AC1High
			ca.Alpha, ca.AlphaLow, ca.AlphaHigh = a.Alpha, a.AlphaLow, a.AlphaHigh
			ca.PABAK, ca.PABAKLow, ca.PABAKHigh = a.PABAK, a.PABAKLow, a.PABAKHigh
		}
		out = append(out, ca)
	}
	return out
}
