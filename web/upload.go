package web

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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
	p := &uploadPage{base: s.base(c, "Skicka akter"), Token: token, Committee: l.Token.Committee, AuditName: l.Audit.Name,
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
	defer func() {
		if c.Request.MultipartForm != nil {
			_ = c.Request.MultipartForm.RemoveAll()
		}
	}()
	token := c.Param("token")
	p, err := s.newUploadPage(c, token)
	if err != nil {
		return err
	}
	itemID, err := strconv.ParseInt(strings.TrimSpace(c.PostForm("case")), 10, 64)
	if err != nil || itemID <= 0 {
		p.Error = "Välj ärendet som filerna hör till."
		s.render(c, http.StatusUnprocessableEntity, "upload", p)
		return nil
	}
	form, err := c.MultipartForm()
	if err != nil || len(form.File["files"]) == 0 {
		p.Error = "Välj en eller flera filer (PDF eller ZIP) att skicka."
		s.render(c, http.StatusUnprocessableEntity, "upload", p)
		return nil
	}
	root, err := s.svc.StagingDir()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp(root, "upload-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var files []review.IncomingFile
	for i, fh := range form.File["files"] {
		dst := filepath.Join(dir, "part"+strconv.Itoa(i))
		if err := saveUpload(fh.Open, dst); err != nil {
			return err
		}
		files = append(files, review.IncomingFile{Name: fh.Filename, Path: dst})
	}
	res, err := s.svc.ReceiveFiles(c.Request.Context(), token, itemID, files, s.cfg.Extractor)
	if err != nil {
		if code := review.ErrorCodeOf(err); code == review.EInvalid {
			p.Error = userMessage(err)
			s.render(c, http.StatusUnprocessableEntity, "upload", p)
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
