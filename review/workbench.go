package review

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The reviewer's workbench: drafts of the review form kept as the reviewer types, who is to
// review which case, and the queue of a reviewer's cases.

// FormDraft is a reviewer's unsaved review form of a case, as posted (field name → values). It
// is not a judgement: it has no version and no history, counts nowhere, and is removed when
// the reviewer saves or submits the judgements.
type FormDraft struct {
	ItemID    int64
	Reviewer  string
	Form      map[string][]string
	UpdatedAt time.Time
}

// Assignment says who reviews a case: slot 1 is the reviewer, slot 2 the second reviewer of
// a case drawn for double review.
type Assignment struct {
	ItemID     int64
	Slot       int
	Reviewer   string
	ReviewerID int64 // the user's id, for the trail (0 when the assignment is removed)
	By         string
	At         time.Time
}

// WorkbenchStore is the persistence of drafts and assignments.
type WorkbenchStore interface {
	// SaveDraft inserts or replaces the reviewer's draft of the item: ENotFound for no
	// such item, EConflict when it is not selected in the active sample (checked in the
	// transaction that writes it).
	SaveDraft(ctx context.Context, itemID int64, reviewer, formJSON string, at time.Time) error
	// Draft returns the reviewer's draft of the item; ok is false when there is none.
	Draft(ctx context.Context, itemID int64, reviewer string) (formJSON string, at time.Time, ok bool, err error)
	// DeleteDraft removes the reviewer's draft of the item (none is not an error).
	DeleteDraft(ctx context.Context, itemID int64, reviewer string) error
	// DraftItems lists the items of the audit the reviewer has a draft of.
	DraftItems(ctx context.Context, auditID int64, reviewer string) (map[int64]bool, error)
	// SetAssignments writes the assignments of cases of an audit in one transaction (a row
	// with an empty reviewer removes the slot's assignment), with an event in the trail.
	SetAssignments(ctx context.Context, auditID int64, rows []Assignment) error
	// Assignments lists the assignments of the items of the audit's active sample.
	Assignments(ctx context.Context, auditID int64) ([]Assignment, error)
}

// maxDraftBytes bounds a draft: the form's text fields are bounded by the save's checks
// (10,000 characters of comment and 1,000 of evidence per criterion).
const maxDraftBytes = 256 << 10

// SaveDraft keeps the reviewer's form of a case as typed. Only the form's own fields are
// kept (verdict_, comment_, pages_, elements_, handover_ and version_ of the template's
// criteria); a draft of a case that is not selected in the active sample, or that the
// reviewer may no longer change, is refused like a save.
func (s *Service) SaveDraft(ctx context.Context, reviewer string, itemID int64, form map[string][]string) (time.Time, error) {
	// the store refuses (EConflict), inside its transaction, a draft of a case that is no
	// longer selected in the active sample
	_, t, err := s.auditOfItem(ctx, itemID)
	if err != nil {
		return time.Time{}, err
	}
	keep := map[string][]string{}
	for _, d := range t.Criteria {
		for _, p := range []string{"verdict_", "comment_", "pages_", "elements_", "handover_", "version_"} {
			if v, ok := form[p+string(d.Key)]; ok {
				keep[p+string(d.Key)] = v
			}
		}
	}
	b, err := json.Marshal(keep)
	if err != nil {
		return time.Time{}, &Error{Code: EInternal, Message: "utkastet kunde inte sparas", Err: err}
	}
	if len(b) > maxDraftBytes {
		return time.Time{}, &Error{Code: EInvalid, Message: "utkastet är för stort"}
	}
	at := s.now().UTC()
	return at, s.store.SaveDraft(ctx, itemID, reviewer, string(b), at)
}

// Draft returns the reviewer's draft of a case, if any.
func (s *Service) Draft(ctx context.Context, reviewer string, itemID int64) (FormDraft, bool, error) {
	raw, at, ok, err := s.store.Draft(ctx, itemID, reviewer)
	if err != nil || !ok {
		return FormDraft{}, false, err
	}
	d := FormDraft{ItemID: itemID, Reviewer: reviewer, UpdatedAt: at}
	if err := json.Unmarshal([]byte(raw), &d.Form); err != nil {
		return FormDraft{}, false, &Error{Code: EInternal, Message: "utkastet kunde inte läsas", Err: err}
	}
	return d, true, nil
}

// DiscardDraft removes the reviewer's draft of a case.
func (s *Service) DiscardDraft(ctx context.Context, reviewer string, itemID int64) error {
	return s.store.DeleteDraft(ctx, itemID, reviewer)
}

// AssignRequest assigns cases of an audit to a reviewer: every selected case of a committee
// (Committee) or the cases named (Items, by id), in slot 1 (the reviewer) or 2 (the second
// reviewer of a double-reviewed case). An empty Reviewer removes the assignment.
type AssignRequest struct {
	Committee string
	Items     []int64
	Slot      int
	Reviewer  string
}

// Assign records who reviews which cases, checked: the reviewer must be an active user who
// may judge the case (a member of the audit; a self-auditor only for the own committee), a
// second reviewer only for a case drawn for double review and never the case's first
// reviewer. It returns the number of cases assigned.
func (s *Service) Assign(ctx context.Context, actor, auditName string, req AssignRequest) (int, error) {
	a, _, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return 0, err
	}
	if req.Slot != 1 && req.Slot != 2 {
		return 0, &Error{Code: EInvalid, Field: "slot", Message: "välj granskare 1 eller 2 (andra granskare)"}
	}
	if req.Committee == "" && len(req.Items) == 0 {
		return 0, &Error{Code: EInvalid, Field: "committee", Message: "välj en nämnd eller ärenden att fördela"}
	}
	var u User
	if req.Reviewer != "" {
		if u, _, err = s.store.UserByName(ctx, req.Reviewer); err != nil {
			if ErrorCodeOf(err) == ENotFound {
				return 0, &Error{Code: EInvalid, Field: "reviewer", Message: fmt.Sprintf("ingen användare heter %q", req.Reviewer)}
			}
			return 0, err
		}
		if u.Disabled {
			return 0, &Error{Code: EInvalid, Field: "reviewer", Message: u.Name + " är avstängd"}
		}
		if u.Role == RoleResearcher {
			return 0, &Error{Code: EInvalid, Field: "reviewer", Message: u.Name + " är forskare och granskar inga akter"}
		}
	}
	items, err := s.store.AuditScores(ctx, a.ID)
	if err != nil {
		return 0, err
	}
	current, err := s.store.Assignments(ctx, a.ID)
	if err != nil {
		return 0, err
	}
	slotOf := map[[2]int64]string{}
	for _, x := range current {
		slotOf[[2]int64{x.ItemID, int64(x.Slot)}] = x.Reviewer
	}
	byID := map[int64]ItemScores{}
	for _, is := range items {
		byID[is.Item.ID] = is
	}
	var chosen []ItemScores
	if req.Committee != "" {
		for _, is := range items {
			if is.Item.Committee == req.Committee {
				chosen = append(chosen, is)
			}
		}
		if len(chosen) == 0 {
			return 0, &Error{Code: EInvalid, Field: "committee", Message: fmt.Sprintf("nämnden %q har inga ärenden i urvalet", req.Committee)}
		}
	}
	for _, id := range req.Items {
		is, ok := byID[id]
		if !ok {
			return 0, &Error{Code: EInvalid, Field: "items", Message: fmt.Sprintf("ärende %d ingår inte i urvalet av %s", id, a.Name)}
		}
		chosen = append(chosen, is)
	}
	var rows []Assignment
	at := s.now().UTC()
	for _, is := range chosen {
		if req.Slot == 2 && !is.Double {
			if req.Committee != "" {
				continue // per committee: the second reviewer of the double-reviewed cases
			}
			return 0, &Error{Code: EInvalid, Field: "slot", Message: fmt.Sprintf("%s är inte utvalt för dubbelgranskning", is.Item.Diarienummer)}
		}
		if req.Reviewer != "" {
			if !u.CanScore(a.ID, is.Item.Committee) {
				return 0, &Error{Code: EInvalid, Field: "reviewer", Message: fmt.Sprintf("%s får inte granska ärenden i %s (%s)", u.Name, is.Item.Committee, a.Name)}
			}
			other := slotOf[[2]int64{is.Item.ID, int64(3 - req.Slot)}]
			if strings.EqualFold(other, u.Name) {
				return 0, &Error{Code: EInvalid, Field: "reviewer", Message: fmt.Sprintf("%s granskar redan %s: en dubbelgranskning behöver två olika granskare", u.Name, is.Item.Diarienummer)}
			}
		}
		rows = append(rows, Assignment{ItemID: is.Item.ID, Slot: req.Slot, Reviewer: u.Name, ReviewerID: u.ID, By: actor, At: at})
	}
	if len(rows) == 0 {
		return 0, &Error{Code: EInvalid, Field: "committee", Message: "inget av ärendena är utvalt för dubbelgranskning"}
	}
	return len(rows), s.store.SetAssignments(actorCtx(ctx, actor), a.ID, rows)
}

// QueueState is where a case of a reviewer's queue stands, for that reviewer.
type QueueState string

// The queue states, in the order a reviewer works through them.
const (
	QueueNotStarted          QueueState = "not_started"
	QueueDraft               QueueState = "draft"
	QueueSubmitted           QueueState = "submitted" // by the viewer; nothing else known yet (a blind double review)
	QueueAwaitingSecond      QueueState = "awaiting_second"
	QueueAwaitingAdjudicaton QueueState = "awaiting_adjudication"
	QueueFinal               QueueState = "final"
)

// SwedishName is the state as the queue shows it.
func (q QueueState) SwedishName() string {
	switch q {
	case QueueNotStarted:
		return "ej påbörjad"
	case QueueDraft:
		return "utkast"
	case QueueSubmitted:
		return "inskickad"
	case QueueAwaitingSecond:
		return "väntar på andra granskaren"
	case QueueAwaitingAdjudicaton:
		return "väntar på jämkning"
	case QueueFinal:
		return "färdigbedömd"
	}
	return string(q)
}

// Open reports whether the viewer still has work on the case.
func (q QueueState) Open() bool { return q == QueueNotStarted || q == QueueDraft }

// QueueItem is one case of a reviewer's queue.
type QueueItem struct {
	Item     SampleItem
	Double   bool
	Slot     int  // 1 or 2 when assigned to the viewer; 0 when open to anyone who may judge it
	Assigned bool // assigned to the viewer (else open: assigned to no one)
	State    QueueState
}

// ReviewerProgress is how far a reviewer has come with the cases of an audit.
type ReviewerProgress struct {
	Reviewer  string
	Assigned  int // cases assigned (either slot)
	Submitted int // of all cases, those the reviewer has submitted
	Drafts    int // started and not submitted
}

// Queue is the viewer's cases of an audit, in sample order: those assigned to the viewer
// (in either slot) and those assigned to no one that the viewer may judge. A double-reviewed
// case whose first slot someone else holds is open to the viewer as its second reviewer
// while that slot is free. With no assignment in the whole audit, every case the viewer may
// judge is open. Assignments it returns too (for the lead's overview).
func (s *Service) Queue(ctx context.Context, u User, auditID int64) ([]QueueItem, []Assignment, error) {
	a, t, items, asg, drafts, err := s.queueData(ctx, auditID, u.Name)
	if err != nil {
		return nil, nil, err
	}
	_ = a
	slots := map[int64][3]string{}
	for _, x := range asg {
		v := slots[x.ItemID]
		v[x.Slot] = x.Reviewer
		slots[x.ItemID] = v
	}
	var out []QueueItem
	for _, is := range items {
		if !u.CanScore(auditID, is.Item.Committee) {
			continue
		}
		sl := slots[is.Item.ID]
		q := QueueItem{Item: is.Item, Double: is.Double}
		switch {
		case strings.EqualFold(sl[1], u.Name):
			q.Slot, q.Assigned = 1, true
		case strings.EqualFold(sl[2], u.Name):
			q.Slot, q.Assigned = 2, true
		case sl[1] == "" && sl[2] == "":
		case is.Double && (sl[1] == "" || sl[2] == ""):
		default:
			// assigned to others; still shown when the viewer has judged it already
			if ProgressOf(is.Scores, u.Name, len(t.Criteria)) == NotStarted && !drafts[is.Item.ID] {
				continue
			}
		}
		q.State = queueState(is, t, u.Name, drafts[is.Item.ID])
		out = append(out, q)
	}
	return out, asg, nil
}

func (s *Service) queueData(ctx context.Context, auditID int64, reviewer string) (Audit, Template, []ItemScores, []Assignment, map[int64]bool, error) {
	var a Audit
	as, err := s.store.Audits(ctx)
	if err != nil {
		return a, Template{}, nil, nil, nil, err
	}
	found := false
	for _, x := range as {
		if x.ID == auditID {
			a, found = x, true
		}
	}
	if !found {
		return a, Template{}, nil, nil, nil, &Error{Code: ENotFound, Message: "Granskningen finns inte."}
	}
	t, err := s.Template(a)
	if err != nil {
		return a, t, nil, nil, nil, err
	}
	items, err := s.store.AuditScores(ctx, auditID)
	if err != nil {
		return a, t, nil, nil, nil, err
	}
	asg, err := s.store.Assignments(ctx, auditID)
	if err != nil {
		return a, t, nil, nil, nil, err
	}
	var drafts map[int64]bool
	if reviewer != "" {
		if drafts, err = s.store.DraftItems(ctx, auditID, reviewer); err != nil {
			return a, t, nil, nil, nil, err
		}
	}
	return a, t, items, asg, drafts, nil
}

// queueState is where the case stands for reviewer.
func queueState(is ItemScores, t Template, reviewer string, draft bool) QueueState {
	st, _, _, _ := judgeCase(is, t)
	switch ProgressOf(is.Scores, reviewer, len(t.Criteria)) {
	case NotStarted:
		if st == StateFinal {
			return QueueFinal
		}
		if draft {
			return QueueDraft
		}
		if st == StateAwaitingAdjudication {
			return QueueAwaitingAdjudicaton
		}
		return QueueNotStarted
	case Draft:
		return QueueDraft
	}
	switch st {
	case StateFinal:
		return QueueFinal
	case StateAwaitingSecond:
		return QueueAwaitingSecond
	case StateAwaitingAdjudication:
		return QueueAwaitingAdjudicaton
	}
	return QueueSubmitted
}

// Progress per reviewer of an audit: cases assigned, submitted and in draft.
func (s *Service) ReviewerProgress(ctx context.Context, auditID int64) ([]ReviewerProgress, error) {
	_, t, items, asg, _, err := s.queueData(ctx, auditID, "")
	if err != nil {
		return nil, err
	}
	by := map[string]*ReviewerProgress{}
	get := func(name string) *ReviewerProgress {
		k := strings.ToLower(name)
		if by[k] == nil {
			by[k] = &ReviewerProgress{Reviewer: name}
		}
		return by[k]
	}
	for _, x := range asg {
		get(x.Reviewer).Assigned++
	}
	for _, is := range items {
		seen := map[string]bool{}
		for _, sc := range is.Scores {
			if sc.Kind != KindReview || seen[sc.Reviewer] {
				continue
			}
			seen[sc.Reviewer] = true
			switch ProgressOf(is.Scores, sc.Reviewer, len(t.Criteria)) {
			case Submitted:
				get(sc.Reviewer).Submitted++
			case Draft:
				get(sc.Reviewer).Drafts++
			}
		}
	}
	var out []ReviewerProgress
	for _, p := range by {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b ReviewerProgress) int {
		return strings.Compare(strings.ToLower(a.Reviewer), strings.ToLower(b.Reviewer))
	})
	return out, nil
}

// NextInQueue is the next case of the viewer's queue after cur (in sample order, wrapping
// around) on which the viewer still has work; 0 when there is none.
func (s *Service) NextInQueue(ctx context.Context, u User, auditID, cur int64) (int64, error) {
	q, _, err := s.Queue(ctx, u, auditID)
	if err != nil {
		return 0, err
	}
	start := 0
	for i, x := range q {
		if x.Item.ID == cur {
			start = i + 1
		}
	}
	for k := 0; k < len(q); k++ {
		x := q[(start+k)%len(q)]
		if x.Item.ID != cur && x.State.Open() {
			return x.Item.ID, nil
		}
	}
	return 0, nil
}

// CaseStatus is where a case stands in its review (as the reports see it) and, when final,
// the final verdict per criterion. Verdicts of a case not final are not returned, so the
// blind of a double review holds.
func (s *Service) CaseStatus(ctx context.Context, itemID int64) (CaseState, map[Criterion]Verdict, error) {
	_, t, err := s.auditOfItem(ctx, itemID)
	if err != nil {
		return "", nil, err
	}
	scores, double, err := s.store.ScoresAndDouble(ctx, itemID)
	if err != nil {
		return "", nil, err
	}
	st, final, _, _ := judgeCase(ItemScores{Double: double, Scores: scores}, t)
	if st != StateFinal {
		final = nil
	}
	return st, final, nil
}

// Assigned lists every selected case of the audit's active sample (with whether it is
// double-reviewed and where it stands) and the assignments, for the lead's overview.
func (s *Service) Assigned(ctx context.Context, auditID int64) ([]QueueItem, []Assignment, error) {
	_, t, items, asg, _, err := s.queueData(ctx, auditID, "")
	if err != nil {
		return nil, nil, err
	}
	var out []QueueItem
	for _, is := range items {
		st, _, _, _ := judgeCase(is, t)
		q := QueueItem{Item: is.Item, Double: is.Double, State: QueueNotStarted}
		switch st {
		case StateFinal:
			q.State = QueueFinal
		case StateAwaitingSecond:
			q.State = QueueAwaitingSecond
		case StateAwaitingAdjudication:
			q.State = QueueAwaitingAdjudicaton
		}
		out = append(out, q)
	}
	return out, asg, nil
}

// PageImage is one page of a case-file PDF rendered as a PNG, with the position of each word
// of its text layer (in PDF points, origin top left) so evidence can be marked on it.
type PageImage struct {
	PNG           []byte
	Width, Height float64 // the page's size in points
	Words         []PageWord
}

// PageWord is a word of a page's text layer and its box.
type PageWord struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// PageRenderer renders a page of a PDF file as an image, in the same isolated worker
// processes and under the same limits as text extraction (see review/pdftext).
type PageRenderer interface {
	RenderPage(ctx context.Context, path string, page int) (PageImage, error)
}

// actorCtx names the actor for the trail unless ctx already does.
func actorCtx(ctx context.Context, actor string) context.Context {
	if HasActor(ctx) {
		return ctx
	}
	return WithActor(ctx, actor)
}
