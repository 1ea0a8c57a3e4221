package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
	"tillsyn/review/letter"
)

// Requesting the files: the tracking view per committee, the letters (made through the same
// service method as `tillsyn letters`, printable as HTML and PDF) and the upload links.

type requestRow struct {
	review.CommitteeRequest
	LiveLink *review.UploadToken
}

type requestsPage struct {
	base
	Audit      review.Audit
	HasSample  bool
	Rows       []requestRow
	Committees []string
	Committee  string // the one committee a self-auditor may request from
	Today      string
	Deadline   string
	Kind       string
	Error      string
	Field      string
	Issued     []review.IssuedLetter
	AnyOverdue bool
	AnyMissing bool
}

var uploadStatusText = map[string]string{
	string(review.DocOK):        "mottagen",
	string(review.DocNoText):    "mottagen, utan textlager (inskannad?)",
	string(review.DocEncrypted): "krypterad PDF: kan inte läsas",
	string(review.DocCorrupt):   "skadad PDF",
	string(review.DocNotPDF):    "inte en PDF: sparas inte",
	string(review.DocTooLarge):  "för stor",
	string(review.DocTimeout):   "kunde inte läsas i tid",
	string(review.DocFailed):    "kunde inte läsas",
	review.UploadUnchanged:      "samma fil som tidigare: inget ändrat",
	review.UploadZipRefused:     "ZIP-filen avvisades: ingenting ur den sparades",
}

func uploadStatus(s string) string {
	if t, ok := uploadStatusText[s]; ok {
		return t
	}
	return s
}

func (s *Server) newRequestsPage(c *gin.Context, a review.Audit, u *review.User) (*requestsPage, error) {
	now := time.Now()
	p := &requestsPage{base: s.base(c, "Begäran om handlingar"), Audit: a, Committee: u.SetUpCommittee(), Today: now.Format("2006-01-02"),
		Deadline: now.AddDate(0, 0, 21).Format("2006-01-02"), Kind: review.LetterRequest}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	ov, err := s.svc.Requests(c.Request.Context(), a.Name, now)
	if err != nil {
		return nil, err
	}
	for _, cr := range ov.Committees {
		if p.Committee != "" && cr.Committee != p.Committee {
			continue
		}
		p.HasSample = true
		r := requestRow{CommitteeRequest: cr}
		for i := range cr.Links {
			if cr.Links[i].Valid(now) {
				r.LiveLink = &cr.Links[i]
			}
		}
		p.Rows = append(p.Rows, r)
		p.Committees = append(p.Committees, cr.Committee)
		p.AnyOverdue = p.AnyOverdue || cr.Overdue
		p.AnyMissing = p.AnyMissing || len(cr.Missing) > 0
	}
	return p, nil
}

// requestsView is the tracking view: per committee requested, received, missing, overdue,
// the letters sent and the link; files with problems; the form for letters.
func (s *Server) requestsView(c *gin.Context) error {
	a, u, err := s.setupAudit(c)
	if err != nil {
		return err
	}
	p, err := s.newRequestsPage(c, a, u)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "requests", p)
	return nil
}

// baseURL is where the committees reach the app: the first https public origin. Without one
// only the demo makes letters (with the scheme and host of this request): a letter on paper
// with a link to an internal or unencrypted address would send the files the wrong way.
func (s *Server) baseURL(c *gin.Context) (string, error) {
	for _, o := range s.cfg.PublicOrigins {
		if strings.HasPrefix(o, "https://") {
			return o, nil
		}
	}
	if !s.cfg.Demo {
		return "", &review.Error{Code: review.EConflict, Field: "public-origin", Message: "Brev kan inte skapas: servern har ingen offentlig https-adress att sätta i uppladdningslänken. Starta servern med --public-origin https://… (adressen som kommunerna når Tillsyn på)."}
	}
	scheme := "http"
	if c.Request.TLS != nil || s.cfg.SecureCookies {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host, nil
}

// lettersCreate makes and records letters (a request, or a reminder for what is missing) to
// one committee or every sampled one, then shows them with their print and PDF links.
func (s *Server) lettersCreate(c *gin.Context) error {
	a, u, err := s.setupAudit(c)
	if err != nil {
		return err
	}
	p, err := s.newRequestsPage(c, a, u)
	if err != nil {
		return err
	}
	p.Deadline, p.Kind = c.PostForm("deadline"), c.PostForm("kind")
	var committees []string
	if cm := strings.TrimSpace(c.PostForm("committee")); cm != "" {
		committees = []string{cm}
	}
	if own := u.SetUpCommittee(); own != "" {
		committees = []string{own}
	}
	base, err := s.baseURL(c)
	var issued []review.IssuedLetter
	if err == nil {
		issued, err = s.svc.CreateLetters(c.Request.Context(), review.LetterRequestParams{Audit: a.Name, Committees: committees, Kind: p.Kind,
			Deadline: p.Deadline, By: u.Name, BaseURL: base}, letter.Render)
	}
	if err != nil {
		code := review.ErrorCodeOf(err)
		if code != review.EInvalid && code != review.EConflict {
			return err
		}
		p.Error = userMessage(err)
		var re *review.Error
		if errors.As(err, &re) {
			p.Field = re.Field
		}
		s.render(c, httpStatus(err), "requests", p)
		return nil
	}
	fresh, err := s.newRequestsPage(c, a, u)
	if err != nil {
		return err
	}
	fresh.Issued = issued
	for _, l := range issued {
		s.printed.put(l.ID, u.Name, l.Printed)
	}
	s.render(c, http.StatusOK, "requests", fresh)
	return nil
}

// letterFromPath is the letter of the path when the user may set its audit up (and, for a
// self-auditor, it is addressed to the own committee).
func (s *Server) letterFromPath(c *gin.Context) (review.Letter, error) {
	id, err := paramID(c, "letter")
	if err != nil {
		return review.Letter{}, err
	}
	a, u, err := s.setupAudit(c)
	if err != nil {
		return review.Letter{}, err
	}
	l, err := s.svc.Letter(c.Request.Context(), id)
	if err != nil {
		return l, err
	}
	if l.AuditID != a.ID || (u.SetUpCommittee() != "" && l.Committee != u.SetUpCommittee()) {
		return l, &review.Error{Code: review.ENotFound, Message: "Brevet finns inte."}
	}
	if len(l.Content) == 0 {
		return l, &review.Error{Code: review.ENotFound, Message: "Brevets text är gallrad; uppgifterna om brevet finns kvar i spåret."}
	}
	return l, nil
}

// letterCSP lets the stored letter use its own inline styles and nothing else.
const letterCSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// letterHTML serves a recorded letter exactly as recorded (its SHA-256 is in the header), to
// print from the browser.
func (s *Server) letterHTML(c *gin.Context) error {
	l, err := s.letterFromPath(c)
	if err != nil {
		return err
	}
	c.Header("Content-Security-Policy", letterCSP)
	c.Header("X-Content-SHA256", l.SHA256)
	writeHTML(c, http.StatusOK, s.letterCopy(c, l))
	return nil
}

// letterCopy is the letter to print: with its link for the user who made it, within
// printedFor of making it; else as recorded (the link as the placeholder).
func (s *Server) letterCopy(c *gin.Context, l review.Letter) []byte {
	if u := currentUser(c); u != nil {
		if b := s.printed.get(l.ID, u.Name); b != nil {
			return b
		}
	}
	return l.Content
}

// printedFor is how long the maker of a letter can print it with its link.
const printedFor = time.Hour

// printedLetters keeps the letters just made with their links, in memory only, for their
// makers to print (the store keeps them without the link). The zero value is ready.
type printedLetters struct {
	mu sync.Mutex
	m  map[int64]printedLetter
}

type printedLetter struct {
	by    string
	until time.Time
	b     []byte
}

func (p *printedLetters) put(id int64, by string, b []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[int64]printedLetter{}
	}
	now := time.Now()
	for k, v := range p.m {
		if now.After(v.until) {
			delete(p.m, k)
		}
	}
	p.m[id] = printedLetter{by: by, until: now.Add(printedFor), b: b}
}

func (p *printedLetters) get(id int64, by string) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.m[id]
	if !ok || v.by != by || time.Now().After(v.until) {
		return nil
	}
	return v.b
}

// letterPDF prints a recorded letter to PDF with headless Chromium.
func (s *Server) letterPDF(c *gin.Context) error {
	l, err := s.letterFromPath(c)
	if err != nil {
		return err
	}
	pdf, err := s.letterPDFBytes(c.Request.Context(), s.letterCopy(c, l))
	if errors.Is(err, letter.ErrNoChromium) {
		return &review.Error{Code: review.EConflict, Message: "PDF kan inte skapas på den här servern (Chromium saknas). Öppna brevet och skriv ut det som PDF från webbläsaren.", Err: err}
	}
	if err != nil {
		return err
	}
	kind := "begaran"
	if l.Kind == review.LetterReminder {
		kind = "paminnelse"
	}
	name := kind + "-" + strconv.FormatInt(l.ID, 10) + ".pdf"
	c.Header("Content-Disposition", `attachment; filename="`+name+`"`)
	c.Data(http.StatusOK, "application/pdf", pdf)
	return nil
}

// linkRevoke ends an upload link at once.
func (s *Server) linkRevoke(c *gin.Context) error {
	a, u, err := s.setupAudit(c)
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(strings.TrimSpace(c.PostForm("link")), 10, 64)
	if err != nil || id <= 0 {
		return &review.Error{Code: review.EInvalid, Field: "link", Message: "Välj en länk att återkalla."}
	}
	if own := u.SetUpCommittee(); own != "" {
		ov, err := s.svc.Requests(c.Request.Context(), a.Name, time.Now())
		if err != nil {
			return err
		}
		mine := false
		for _, cr := range ov.Committees {
			for _, t := range cr.Links {
				mine = mine || (t.ID == id && t.Committee == own)
			}
		}
		if !mine {
			return errForbidden
		}
	}
	if err := s.svc.RevokeUploadLink(c.Request.Context(), a.ID, id, u.Name); err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, auditURL(a.ID)+"/requests?klart=aterkallad")
	return nil
}

// pdfCache keeps the PDFs printed lately, by the SHA-256 of the letter they print: a
// recorded letter never changes, so neither does its PDF. The zero value is ready.
type pdfCache struct {
	mu sync.Mutex
	m  map[string][]byte
}

// letterPDFBytes prints a letter, or returns the copy printed before (by the SHA-256 of
// what is printed: the recorded letter, or the copy with its link).
func (s *Server) letterPDFBytes(ctx context.Context, content []byte) ([]byte, error) {
	c := &s.pdfs
	sum := sha256.Sum256(content)
	key := hex.EncodeToString(sum[:])
	c.mu.Lock()
	b, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return b, nil
	}
	b, err := letter.PDF(ctx, content)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][]byte{}
	}
	if len(c.m) >= 64 {
		for k := range c.m { // forget one at random
			delete(c.m, k)
			break
		}
	}
	c.m[key] = b
	return b, nil
}
