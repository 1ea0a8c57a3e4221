package web

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// document serves the original PDF of a case-file document to those who may see the case,
// with headers that keep it inert: a fixed Content-Type, nosniff, a download name, and a
// sandboxing CSP (no scripts, no forms, no same-origin access) should a browser ever render
// it as anything but a PDF.
func (s *Server) document(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	path, name, _, err := s.visibleDocument(c, id)
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return &review.Error{Code: review.EInternal, Message: "open document", Err: err}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return &review.Error{Code: review.EInternal, Message: "stat document", Err: err}
	}
	// only a PDF is ever served (a data directory from before ingest refused other files
	// may still hold one)
	head := make([]byte, 1024)
	n, _ := io.ReadFull(f, head)
	if !bytes.Contains(head[:n], []byte("%PDF-")) {
		return &review.Error{Code: review.ENotFound, Message: "Filen är inte en PDF och visas inte."}
	}
	disp := "inline"
	if c.Query("ladda") == "1" {
		disp = "attachment"
	}
	name = filepath.Base(name)
	if !strings.HasSuffix(strings.ToLower(name), ".pdf") {
		name += ".pdf"
	}
	h := c.Writer.Header()
	h.Set("Content-Type", "application/pdf")
	h.Set("Content-Disposition", mime.FormatMediaType(disp, map[string]string{"filename": name}))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'")
	h.Set("Cache-Control", "private, no-store")
	http.ServeContent(c.Writer, c.Request, "", st.ModTime(), f)
	return nil
}

// visibleDocument returns the stored file and name of document id, with its case, when the
// user may see that case (errForbidden otherwise): the one access rule for a document's
// file, as a PDF or as a page image.
func (s *Server) visibleDocument(c *gin.Context, id int64) (path, name string, it review.SampleItem, err error) {
	ctx := c.Request.Context()
	path, name, itemID, err := s.svc.DocumentFile(ctx, id)
	if err != nil {
		return "", "", it, err
	}
	a, it, err := s.svc.SampleItem(ctx, itemID)
	if err != nil {
		return "", "", it, err
	}
	if !currentUser(c).CanSeeCase(a.ID, it.Committee) {
		return "", "", it, errForbidden
	}
	return path, name, it, nil
}
