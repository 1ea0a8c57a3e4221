package review

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html"
	"path"
	"sort"
	"strings"
	"time"
)

// Requesting the files ("begäran om handlingar"): a letter per sampled committee lists the
// sampled diarienummer and the reserves, what to send, how (an upload link or post) and by
// when. Every letter is recorded with its content's SHA-256. The link carries an unguessable
// token scoped to that committee's sampled cases of that audit; only the token's SHA-256 is
// stored, it expires and it can be revoked.

// Letter kinds.
const (
	LetterRequest  = "request"  // the first request for the sampled files
	LetterReminder = "reminder" // a reminder listing what is still missing
)

// The trail's actions for requests.
const (
	ActionLetter       = "request.letter" // a request or reminder letter was made
	ActionUploadRevoke = "upload.revoke"  // an upload link was revoked
	ActionUpload       = "upload.receive" // a file was received (or refused) through a link
)

// Upload statuses besides the document statuses (ok, no_text, not_pdf, ...).
const (
	UploadUnchanged  = "unchanged"   // the same file was received before: nothing done
	UploadZipRefused = "zip_refused" // a ZIP refused whole (paths outside it, too large, a bomb)
)

// DefaultLinkValidity is how long an upload link stays valid after the letter's deadline.
const DefaultLinkValidity = 30 * 24 * time.Hour

// Letter is a request or reminder sent to one committee.
type Letter struct {
	ID        int64
	AuditID   int64
	Committee string
	Kind      string    // LetterRequest or LetterReminder
	Deadline  time.Time // a date (UTC midnight)
	CreatedBy string
	CreatedAt time.Time
	SHA256    string // of Content
	Content   []byte // the letter as HTML, the link as LetterLinkPlaceholder (empty in lists, and after gallring)
	TokenID   int64  // the upload link the letter carries
}

// UploadToken is an upload link's record; the token itself is never stored.
type UploadToken struct {
	ID        int64
	AuditID   int64
	Committee string
	Hash      string // SHA-256 of the token (HashToken)
	CreatedBy string
	CreatedAt time.Time
	ExpiresAt time.Time
	RevokedAt time.Time // zero while valid
	RevokedBy string
}

// Valid reports whether the link may be used at `at`.
func (t UploadToken) Valid(at time.Time) bool { return t.RevokedAt.IsZero() && at.Before(t.ExpiresAt) }

// Upload is one file received through a link (or refused), as recorded.
type Upload struct {
	ID           int64
	AuditID      int64
	Committee    string
	SampleItemID int64
	Diarienummer string // filled when listed
	TokenID      int64
	File         string
	SHA256       string
	Size         int64
	Status       string // a DocStatus, UploadUnchanged or UploadZipRefused
	Detail       string
	At           time.Time
}

// RequestStore is the persistence of letters, upload links and uploads. Every method runs in
// one transaction and appends its trail event in it.
type RequestStore interface {
	// CreateLetter stores a letter and the link it carries, revoking the committee's earlier
	// links in the audit (one live link per committee).
	CreateLetter(ctx context.Context, l Letter, t UploadToken) (Letter, error)
	// Letters lists an audit's letters without their content, oldest first.
	Letters(ctx context.Context, auditID int64) ([]Letter, error)
	// Letter returns one letter with its content (ENotFound).
	Letter(ctx context.Context, id int64) (Letter, error)
	// UploadTokenByHash finds a link by its token's hash (ENotFound).
	UploadTokenByHash(ctx context.Context, hash string) (UploadToken, error)
	// UploadTokens lists an audit's links, oldest first.
	UploadTokens(ctx context.Context, auditID int64) ([]UploadToken, error)
	// RevokeUploadToken ends a link (EConflict when already revoked).
	RevokeUploadToken(ctx context.Context, id int64, by string, at time.Time) error
	// RecordUpload records a received or refused file.
	RecordUpload(ctx context.Context, u Upload) (int64, error)
	// Uploads lists an audit's uploads, oldest first.
	Uploads(ctx context.Context, auditID int64) ([]Upload, error)
	// ItemsWithPDFs is the set of a sample's items that have at least one readable PDF
	// (a document whose status is ok or no_text).
	ItemsWithPDFs(ctx context.Context, sampleID int64) (map[int64]bool, error)
	// ReceiveUpload stores what one upload brought to one case in one transaction: every
	// file's upload record (with its trail event) and, for a file with a Document, the
	// document and its pages. It never replaces or deletes a document: a file whose content
	// the case has already (not timeout/failed) is recorded as UploadUnchanged and not
	// stored again; a new file whose name is taken gets a free name ("x (2).pdf", FreeName).
	// A case with a submitted judgement takes nothing (ErrCaseJudged, EConflict). It returns
	// the upload records as stored (final names and statuses).
	ReceiveUpload(ctx context.Context, itemID int64, files []ReceivedFile) ([]Upload, error)
}

// ReceivedFile is one file of an upload: its record and, for a PDF to store, its document.
type ReceivedFile struct {
	Upload   Upload
	Document *CaseDocument
}

// ErrCaseJudged is the refusal of an upload to a case a reviewer has submitted judgements of.
func ErrCaseJudged() error {
	return &Error{Code: EConflict, Field: "case", Message: "Ärendet är redan granskat, så inga fler filer kan tas emot till det här. Kontakta den som skickade begäran om något saknas eller är fel i akten."}
}

// FreeName is name, or name with " (2)", " (3)"... before its extension, whichever is not in
// taken; the name returned is added to taken.
func FreeName(name string, taken map[string]bool) string {
	n := name
	for i := 2; taken[n]; i++ {
		ext := path.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		n = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext)
	}
	taken[n] = true
	return n
}

// LetterContent is what a letter says; a LetterRenderer turns it into HTML.
type LetterContent struct {
	Kind             string
	AuditName        string
	AuditKind        AuditKind
	AuditDescription string
	Committee        string
	Date             time.Time
	Deadline         time.Time
	Sender           string
	Cases            []string // the diarienummer asked for (in a reminder: those missing)
	Reserves         []string // to send, in this order, for a file that cannot be produced
	Received         int      // in a reminder: files received so far
	UploadURL        string
	LinkExpires      time.Time
	Documents        []string // what a file should hold
}

// LetterRenderer renders a letter as a complete HTML document.
type LetterRenderer func(LetterContent) ([]byte, error)

// FileDocuments is what the letter asks a case file to hold (SOSFS 2014:5 and the criteria
// of the audit: the needs assessment, the decision, the plans, follow-up and the written
// assignment).
var FileDocuments = []string{
	"utredning och bedömning av behov (behovsbedömning)",
	"beslut om bistånd eller insats, med beslutsunderlag",
	"vårdplan, genomförandeplan eller samordnad individuell plan (SIP)",
	"journalanteckningar för hela perioden",
	"uppdragsbeskrivning eller beställning till utföraren",
	"dokumentation av uppföljning och, i förekommande fall, avslut",
}

// LetterRequestParams asks for letters.
type LetterRequestParams struct {
	Audit      string
	Committees []string // nil: every sampled committee (for reminders: every one missing files)
	Kind       string   // LetterRequest (default) or LetterReminder
	Deadline   string   // YYYY-MM-DD
	By         string
	// BaseURL is where the web app is reached from outside (e.g. https://tillsyn.example.se);
	// the link is BaseURL + "/upload/" + token.
	BaseURL      string
	LinkValidity time.Duration // after the deadline; 0: DefaultLinkValidity
}

// IssuedLetter is a letter made now, with the link's token (shown only once).
type IssuedLetter struct {
	Letter
	Token     string
	UploadURL string
	// Printed is the letter to send: Content with the placeholder replaced by the link
	// (PrintedLetter). It exists only now: the store keeps Content, without the link.
	Printed []byte
}

// LetterLinkPlaceholder stands where the upload link goes in a recorded letter. The link is
// a secret (whoever holds it can send files into the case until it expires), so the
// recorded letter, its SHA-256 and everyone who may read letters later never see it: the
// letter is recorded and hashed with this placeholder, and the link is put in only in the
// copy that is printed and sent (IssuedLetter.Printed). The recorded SHA-256 thus covers
// the whole letter except the link; a sent letter is checked by putting the placeholder back
// in place of its link (RecordedLetter) and hashing, and its link by the token's SHA-256
// kept in the link's record.
const LetterLinkPlaceholder = "[uppladdningslänken står bara i det skickade brevet]"

// PrintedLetter is a recorded letter with its link put in place of the placeholder.
func PrintedLetter(recorded []byte, uploadURL string) []byte {
	return bytes.Replace(recorded, []byte(html.EscapeString(LetterLinkPlaceholder)), []byte(html.EscapeString(uploadURL)), 1)
}

// RecordedLetter is a sent letter with the placeholder put back in place of its link: what
// was recorded, and what its SHA-256 is of.
func RecordedLetter(printed []byte, uploadURL string) []byte {
	return bytes.Replace(printed, []byte(html.EscapeString(uploadURL)), []byte(html.EscapeString(LetterLinkPlaceholder)), 1)
}

// newUploadToken is 32 random bytes, URL-safe.
func newUploadToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// committeeCases splits a sample's items of one committee into the selected and the unused
// reserves (in reserve order), by diarienummer.
func committeeCases(sm Sample, committee string) (selected []SampleItem, reserves []SampleItem) {
	for _, it := range sm.Items {
		if it.Committee != committee {
			continue
		}
		switch it.Status {
		case StatusSelected:
			selected = append(selected, it)
		case StatusReserve:
			reserves = append(reserves, it)
		}
	}
	sort.Slice(selected, func(i, j int) bool { return selected[i].Diarienummer < selected[j].Diarienummer })
	sort.SliceStable(reserves, func(i, j int) bool {
		if reserves[i].Stratum != reserves[j].Stratum {
			return reserves[i].Stratum < reserves[j].Stratum
		}
		return reserves[i].ReserveOrder < reserves[j].ReserveOrder
	})
	return selected, reserves
}

// sampledCommittees lists the committees with selected cases, sorted.
func sampledCommittees(sm Sample) []string {
	seen := map[string]bool{}
	var out []string
	for _, it := range sm.Items {
		if it.Status == StatusSelected && !seen[it.Committee] {
			seen[it.Committee] = true
			out = append(out, it.Committee)
		}
	}
	sort.Strings(out)
	return out
}

// CreateLetters makes and records a letter per committee, each with a new upload link (the
// committee's earlier links are revoked). A reminder lists only the files still missing and
// is made only for committees missing some (naming one that misses none is EInvalid).
func (s *Service) CreateLetters(ctx context.Context, p LetterRequestParams, render LetterRenderer) ([]IssuedLetter, error) {
	a, sm, err := s.ActiveSample(ctx, p.Audit)
	if err != nil {
		if ErrorCodeOf(err) == ENotFound {
			return nil, &Error{Code: EInvalid, Field: "audit", Message: "no sample has been drawn in " + p.Audit + ": draw the sample before requesting the files"}
		}
		return nil, err
	}
	if a.Purged() {
		return nil, errPurged(a)
	}
	kind := p.Kind
	if kind == "" {
		kind = LetterRequest
	}
	if kind != LetterRequest && kind != LetterReminder {
		return nil, &Error{Code: EInvalid, Field: "kind", Message: "a letter is a request or a reminder"}
	}
	if strings.TrimSpace(p.Deadline) == "" {
		return nil, &Error{Code: EInvalid, Field: "deadline", Message: "a deadline (YYYY-MM-DD) is required"}
	}
	deadline, err := ParseDate(p.Deadline)
	if err != nil {
		return nil, &Error{Code: EInvalid, Field: "deadline", Message: err.Error()}
	}
	now := s.now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	if deadline.Before(today) {
		return nil, &Error{Code: EInvalid, Field: "deadline", Message: "the deadline " + deadline.Format("2006-01-02") + " has passed already"}
	}
	base := strings.TrimRight(strings.TrimSpace(p.BaseURL), "/")
	// no address: the letters ask for the files by post and carry no upload link
	if base != "" && !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		return nil, &Error{Code: EInvalid, Field: "base-url", Message: "the app's address must start with http:// or https:// (e.g. https://tillsyn.example.se)"}
	}
	validity := p.LinkValidity
	if validity <= 0 {
		validity = DefaultLinkValidity
	}
	all := sampledCommittees(sm)
	committees := all
	named := len(p.Committees) > 0
	if named {
		committees = nil
		for _, c := range p.Committees {
			name, err := s.committeeFilter(c)
			if err != nil {
				return nil, err
			}
			found := false
			for _, x := range all {
				found = found || x == name
			}
			if !found {
				return nil, &Error{Code: EInvalid, Field: "committee", Message: name + " has no sampled case in " + a.Name}
			}
			committees = append(committees, name)
		}
	}
	var have map[int64]bool
	if kind == LetterReminder {
		if have, err = s.store.ItemsWithPDFs(ctx, sm.ID); err != nil {
			return nil, err
		}
	}
	var out []IssuedLetter
	for _, c := range committees {
		selected, reserves := committeeCases(sm, c)
		lc := LetterContent{Kind: kind, AuditName: a.Name, AuditKind: a.Kind, AuditDescription: a.Description, Committee: c,
			Date: now, Deadline: deadline, Sender: p.By, Documents: FileDocuments}
		for _, it := range selected {
			if kind == LetterReminder && have[it.ID] {
				lc.Received++
				continue
			}
			lc.Cases = append(lc.Cases, it.Diarienummer)
		}
		if kind == LetterReminder && len(lc.Cases) == 0 {
			if named {
				return nil, &Error{Code: EInvalid, Field: "committee", Message: c + " has delivered every requested file: no reminder needed"}
			}
			continue
		}
		for _, it := range reserves {
			lc.Reserves = append(lc.Reserves, it.Diarienummer)
		}
		var token, uploadURL string
		if base != "" {
			if token, err = newUploadToken(); err != nil {
				return nil, err
			}
			uploadURL = base + "/upload/" + token
			lc.UploadURL = LetterLinkPlaceholder // the recorded letter never holds the live link
			lc.LinkExpires = deadline.Add(validity)
		}
		recorded, err := render(lc)
		if err != nil {
			return nil, err
		}
		want := map[bool]int{true: 1, false: 0}[base != ""]
		if n := bytes.Count(recorded, []byte(html.EscapeString(LetterLinkPlaceholder))); n != want {
			return nil, &Error{Code: EInternal, Message: fmt.Sprintf("the letter shows its upload link %d times, not %d", n, want)}
		}
		sum := sha256.Sum256(recorded)
		l := Letter{AuditID: a.ID, Committee: c, Kind: kind, Deadline: deadline, CreatedBy: p.By, CreatedAt: now, SHA256: hex.EncodeToString(sum[:]), Content: recorded}
		var t UploadToken // none for a letter by post
		if token != "" {
			t = UploadToken{AuditID: a.ID, Committee: c, Hash: HashToken(token), CreatedBy: p.By, CreatedAt: now, ExpiresAt: lc.LinkExpires}
		}
		l, err = s.store.CreateLetter(ctx, l, t)
		if err != nil {
			return nil, err
		}
		printed := recorded
		if token != "" {
			printed = PrintedLetter(recorded, uploadURL)
		}
		out = append(out, IssuedLetter{Letter: l, Token: token, UploadURL: uploadURL, Printed: printed})
	}
	if len(out) == 0 && kind == LetterReminder {
		return nil, &Error{Code: EInvalid, Field: "committee", Message: "every committee has delivered every requested file: no reminder needed"}
	}
	return out, nil
}

// Letter returns a recorded letter with its content.
func (s *Service) Letter(ctx context.Context, id int64) (Letter, error) {
	return s.store.Letter(ctx, id)
}

// CommitteeRequest is the state of one committee's delivery, in the shape of
// `tillsyn requests --json`; the fields marked "-" are for the web page.
type CommitteeRequest struct {
	Committee string   `json:"committee"`
	Deadline  *string  `json:"deadline"` // YYYY-MM-DD of the latest letter; null before any
	Requested int      `json:"requested"`
	Received  int      `json:"received"`
	Missing   []string `json:"missing"`
	Overdue   bool     `json:"overdue"`

	Letters  []Letter      `json:"-"`
	Links    []UploadToken `json:"-"`
	Problems []Upload      `json:"-"` // files received with a problem, and refused uploads
	Uploads  int           `json:"-"` // files received through links
}

// RequestOverview is the tracking of an audit's requests, `tillsyn requests --json`.
type RequestOverview struct {
	Audit      string             `json:"audit"`
	Committees []CommitteeRequest `json:"committees"`
}

// Requests shows, per sampled committee, how many files were requested and received, which
// are missing, the deadline of the latest letter and whether it has passed with files still
// missing (overdue: asOf is after the deadline). A case counts as received when it has at
// least one stored PDF, from an upload or from `ingest`.
func (s *Service) Requests(ctx context.Context, auditName string, asOf time.Time) (RequestOverview, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		if ErrorCodeOf(err) == ENotFound {
			if _, aerr := s.AuditByName(ctx, auditName); aerr != nil {
				return RequestOverview{}, aerr
			}
			return RequestOverview{Audit: auditName, Committees: []CommitteeRequest{}}, nil
		}
		return RequestOverview{}, err
	}
	have, err := s.store.ItemsWithPDFs(ctx, sm.ID)
	if err != nil {
		return RequestOverview{}, err
	}
	letters, err := s.store.Letters(ctx, a.ID)
	if err != nil {
		return RequestOverview{}, err
	}
	links, err := s.store.UploadTokens(ctx, a.ID)
	if err != nil {
		return RequestOverview{}, err
	}
	uploads, err := s.store.Uploads(ctx, a.ID)
	if err != nil {
		return RequestOverview{}, err
	}
	dnr := map[int64]string{}
	for _, it := range sm.Items {
		dnr[it.ID] = it.Diarienummer
	}
	asOfDay := asOf.UTC().Format("2006-01-02")
	out := RequestOverview{Audit: a.Name, Committees: []CommitteeRequest{}}
	for _, c := range sampledCommittees(sm) {
		cr := CommitteeRequest{Committee: c, Missing: []string{}}
		selected, _ := committeeCases(sm, c)
		cr.Requested = len(selected)
		for _, it := range selected {
			if have[it.ID] {
				cr.Received++
			} else {
				cr.Missing = append(cr.Missing, it.Diarienummer)
			}
		}
		for _, l := range letters {
			if l.Committee == c {
				cr.Letters = append(cr.Letters, l)
				d := l.Deadline.Format("2006-01-02")
				cr.Deadline = &d
			}
		}
		for _, t := range links {
			if t.Committee == c {
				cr.Links = append(cr.Links, t)
			}
		}
		for _, u := range uploads {
			if u.Committee != c {
				continue
			}
			cr.Uploads++
			if u.Status != string(DocOK) && u.Status != UploadUnchanged {
				u.Diarienummer = dnr[u.SampleItemID]
				cr.Problems = append(cr.Problems, u)
			}
		}
		cr.Overdue = cr.Deadline != nil && asOfDay > *cr.Deadline && len(cr.Missing) > 0
		out.Committees = append(out.Committees, cr)
	}
	return out, nil
}

// RevokeUploadLink ends an upload link of an audit at once.
func (s *Service) RevokeUploadLink(ctx context.Context, auditID, linkID int64, by string) error {
	links, err := s.store.UploadTokens(ctx, auditID)
	if err != nil {
		return err
	}
	for _, t := range links {
		if t.ID == linkID {
			return s.store.RevokeUploadToken(ctx, linkID, by, s.now().UTC())
		}
	}
	return &Error{Code: ENotFound, Message: "no such upload link in this audit"}
}
