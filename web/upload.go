package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// The upload page for a committee's contact: reached by the link in the request letter,
// without an account. The token in the path is checked on every request (it exists, is not
// revoked, has not expired) and limits everything to that committee's sampled cases of that
// audit; the page shows diarienummer and file names only, never a document's content.

// uploadPathPrefix is where the token pages live (public routes: the token is the access).
const uploadPathPrefix = "/upload/"

// maxUploadBytes bounds one upload request (the files of one case).
const maxUploadBytes = 512 << 20

type uploadCase struct {
	Token    string // the link's token and the form's CSRF token
	CSRF     string
	Item     review.SampleItem
	Files    []uploadFile
	Received int
}

type uploadFile struct {
	Name, Status string
	OK           bool
}

type uploadPage struct {
	base
	Token     string
	LinkID    int64
	Committee string
	AuditName string
	Deadline  string
	Expires   string
	Cases     []uploadCase
	Reserves  []uploadCase
	Result    *review.ReceiveResult
	Lines     []uploadFile // the result, per file
	ResultOK  bool
	Error     string
	Missing   int
}

func (s *Server) newUploadPage(c *gin.Context, token string) (*uploadPage, error) {
	l, err := s.svc.OpenUploadLink(c.Request.Context(), token)
	if err != nil {
		return nil, err
	}
	p := &uploadPage{base: s.base(c, "Skicka akter"), Token: token, LinkID: l.Token.ID, Committee: l.Token.Committee, AuditName: l.Audit.Name,
		Deadline: l.Deadline, Expires: l.Token.ExpiresAt.Format("2006-01-02")}
	// the page's own CSRF token: derived from the link's token, which only its holder has
	p.CSRF = review.CSRFToken(token)
	conv := func(items []review.SampleItem) []uploadCase {
		var out []uploadCase
		for _, it := range items {
			uc := uploadCase{Token: token, CSRF: p.CSRF, Item: it, Received: l.Received[it.ID]}
			for _, d := range l.Files[it.ID] {
				uc.Files = append(uc.Files, uploadFile{Name: d.File, Status: uploadStatus(string(d.Status)), OK: d.Status == review.DocOK})
			}
			out = append(out, uc)
		}
		return out
	}
	p.Cases, p.Reserves = conv(l.Cases), conv(l.Reserves)
	for _, uc := range p.Cases {
		if uc.Received == 0 {
			p.Missing++
		}
	}
	return p, nil
}

// uploadForm shows the link's cases, what has arrived and an upload form per case.
func (s *Server) uploadForm(c *gin.Context) error {
	c.Header("Cache-Control", "no-store")
	p, err := s.newUploadPage(c, c.Param("token"))
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "upload", p)
	return nil
}

// uploadFiles receives the files of one case: each is checked, stored, read and screened
// the way `ingest` does (review.Service.ReceiveFiles); a bad file gets its status.
func (s *Server) uploadFiles(c *gin.Context) error {
	token := c.Param("token")
	p, err := s.newUploadPage(c, token)
	if err != nil {
		c.Header("Connection", "close") // the body is not read
		return err
	}
	// the link is valid: one upload at a time per link, and maxConcurrentUploads in all
	release, busy := s.uploads.acquire(p.LinkID)
	if busy != "" {
		c.Header("Connection", "close")
		c.Header("Retry-After", "60")
		s.renderStatus(c, http.StatusTooManyRequests, "Försök igen om en stund", busy)
		c.Abort()
		return nil
	}
	defer release()
	// a large upload over a slow line may take long: the server's short read deadline is
	// extended for this request only, now that the link is known
	rc := http.NewResponseController(c.Writer)
	timeout := s.cfg.UploadTimeout
	if timeout <= 0 {
		timeout = defaultUploadTimeout
	}
	_ = rc.SetReadDeadline(time.Now().Add(timeout))
	_ = rc.SetWriteDeadline(time.Now().Add(timeout + 5*time.Minute))
	root, err := s.svc.StagingDir()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp(root, "upload-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// the body is read part by part, the files straight into the data directory's private
	// staging area (never held in memory, never spilled to the system's temporary directory)
	mr, err := c.Request.MultipartReader()
	if err != nil {
		// not the page's form, so not its token either
		s.forbidCSRF(c, "upload without the page's form")
		return nil
	}
	var (
		files     []review.IncomingFile
		itemID    int64
		csrfValid bool
	)
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			s.uploadReadFailed(c, err)
			return nil
		}
		switch part.FormName() {
		case csrfField:
			b, err := io.ReadAll(io.LimitReader(part, 200))
			if err != nil {
				s.uploadReadFailed(c, err)
				return nil
			}
			want := review.CSRFToken(token)
			csrfValid = len(b) == len(want) && subtle.ConstantTimeCompare(b, []byte(want)) == 1
		case "case":
			b, err := io.ReadAll(io.LimitReader(part, 40))
			if err != nil {
				s.uploadReadFailed(c, err)
				return nil
			}
			itemID, _ = strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		case "files":
			if part.FileName() == "" {
				continue // the empty file input
			}
			if !csrfValid {
				// the form's token comes first; without it nothing is taken in
				s.forbidCSRF(c, "upload form without its token")
				return nil
			}
			dst := filepath.Join(dir, "part"+strconv.Itoa(len(files)))
			if err := saveUpload(func() (multipart.File, error) { return nopSeeker{part}, nil }, dst); err != nil {
				s.uploadReadFailed(c, err)
				return nil
			}
			files = append(files, review.IncomingFile{Name: part.FileName(), Path: dst})
		}
		part.Close()
	}
	if !csrfValid {
		s.forbidCSRF(c, "upload form without its token")
		return nil
	}
	if itemID <= 0 {
		p.Error = "Välj ärendet som filerna hör till."
		s.render(c, http.StatusUnprocessableEntity, "upload", p)
		return nil
	}
	if len(files) == 0 {
		p.Error = "Välj en eller flera filer (PDF eller ZIP) att skicka."
		s.render(c, http.StatusUnprocessableEntity, "upload", p)
		return nil
	}
	// the body is received: from here the upload runs to its end (stored, recorded and
	// screened in full) even if the sender's connection drops
	ctx := context.WithoutCancel(c.Request.Context())
	res, err := s.svc.ReceiveFiles(ctx, token, itemID, files, s.cfg.Extractor)
	if err != nil {
		switch review.ErrorCodeOf(err) {
		case review.EInvalid:
			p.Error = userMessage(err)
			s.render(c, http.StatusUnprocessableEntity, "upload", p)
			return nil
		case review.EConflict:
			p.Error = userMessage(err)
			s.render(c, http.StatusConflict, "upload", p)
			return nil
		}
		return err
	}
	fresh, err := s.newUploadPage(c, token)
	if err != nil {
		return err
	}
	fresh.Result = &res
	fresh.ResultOK = true
	for _, f := range res.Files {
		ok := f.Status == string(review.DocOK) || f.Status == review.UploadUnchanged
		fresh.ResultOK = fresh.ResultOK && ok
		st := uploadStatus(f.Status)
		if f.Status == review.UploadZipRefused {
			st += ": " + f.Detail // why, in Swedish
		}
		fresh.Lines = append(fresh.Lines, uploadFile{Name: f.File, Status: st, OK: ok})
	}
	s.render(c, http.StatusOK, "upload", fresh)
	return nil
}

// uploadReadFailed answers a body that could not be read whole: too large (413), too slow
// (408: the read deadline passed), or cut off (400). Never as a form-token failure.
func (s *Server) uploadReadFailed(c *gin.Context, err error) {
	var mbe *http.MaxBytesError
	c.Header("Connection", "close")
	switch {
	case errors.As(err, &mbe):
		s.tooLarge(c)
		return
	case errors.Is(err, os.ErrDeadlineExceeded):
		_ = c.Error(fmt.Errorf("upload: %w", err))
		s.renderStatus(c, http.StatusRequestTimeout, "Sändningen tog för lång tid",
			"Filerna kom inte fram inom tiden och togs inte emot. Skicka färre eller mindre filer åt gången, eller försök igen från en snabbare anslutning.")
	default:
		_ = c.Error(fmt.Errorf("upload: %w", err))
		s.renderStatus(c, http.StatusBadRequest, "Filerna kom inte fram hela",
			"Sändningen avbröts innan alla filer kommit fram, och ingenting togs emot. Försök igen.")
	}
	c.Abort()
}

// defaultUploadTimeout is how long one upload's body may take to arrive.
const defaultUploadTimeout = 30 * time.Minute

// maxConcurrentUploads is how many uploads the server takes in at once (each may unpack,
// write and read hundreds of MiB); one link sends one upload at a time.
const maxConcurrentUploads = 2

// uploadGate counts the uploads in progress, in all and per link.
type uploadGate struct {
	mu     sync.Mutex
	active int
	links  map[int64]bool
}

// acquire takes a place for an upload through the link, or says in Swedish why not.
func (g *uploadGate) acquire(link int64) (release func(), busy string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.links == nil {
		g.links = map[int64]bool{}
	}
	switch {
	case g.links[link]:
		return nil, "Filer skickas redan genom den här länken. Vänta tills den sändningen är klar och försök sedan igen."
	case g.active >= maxConcurrentUploads:
		return nil, "Många skickar filer just nu. Vänta en minut och försök igen."
	}
	g.links[link] = true
	g.active++
	return func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		delete(g.links, link)
		g.active--
	}, ""
}

// nopSeeker lets a streamed part pass where saveUpload wants a multipart.File; only Read and
// Close are used.
type nopSeeker struct{ *multipart.Part }

func (nopSeeker) ReadAt([]byte, int64) (int, error) { return 0, errors.ErrUnsupported }
func (nopSeeker) Seek(int64, int) (int64, error)    { return 0, errors.ErrUnsupported }
