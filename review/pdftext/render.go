package pdftext

import (
	"context"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"time"

	"tillsyn/review"
)

// Pages as images: poppler's pdftoppm renders one page, and pdftotext -bbox gives the boxes
// of its words, both run by the worker child under its memory limit and the request's time
// limit, so a hostile PDF can only fail its own picture.

const (
	renderDPI       = 110
	maxImageBytes   = 24 << 20
	maxBboxBytes    = 16 << 20
	defaultRenderTO = 20 * time.Second
)

// rendered is a page image in the worker's answer.
type rendered struct {
	PNG    []byte            `json:"png"`
	Width  float64           `json:"w"`
	Height float64           `json:"h"`
	Words  []review.PageWord `json:"words,omitempty"`
}

// RenderPage renders page (from 1) of the PDF at path as a PNG with its words' boxes, in a
// worker process (see Extractor), with the extractor's memory limit and a time limit of
// its Timeout (at most 20 s). It needs poppler's pdftoppm.
func (e *Extractor) RenderPage(ctx context.Context, path string, page int) (review.PageImage, error) {
	ppm, err := exec.LookPath("pdftoppm")
	if err != nil {
		return review.PageImage{}, errors.New("pdftoppm (poppler-utils) is not installed: pages cannot be shown as images")
	}
	if page < 1 || page > e.opt.MaxPages {
		return review.PageImage{}, fmt.Errorf("no page %d", page)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return review.PageImage{}, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > e.opt.MaxFileSize {
		return review.PageImage{}, errors.New("not a regular file within the size limit")
	}
	if ok, err := hasPDFHeader(path); err != nil || !ok {
		return review.PageImage{}, errors.New("not a PDF")
	}
	if e.cmdErr != nil {
		return review.PageImage{}, e.cmdErr
	}
	select {
	case e.sem <- struct{}{}:
		defer func() { <-e.sem }()
	case <-ctx.Done():
		return review.PageImage{}, ctx.Err()
	}
	limit := min(e.opt.Timeout, defaultRenderTO)
	resp, err := e.runRequest(ctx, request{Path: path, Mode: modeRender, TimeoutMs: limit.Milliseconds(), MaxPages: e.opt.MaxPages,
		Pdftotext: e.pdftotext, Page: page, Pdftoppm: ppm}, limit)
	if err != nil {
		return review.PageImage{}, err
	}
	if resp.Image == nil {
		return review.PageImage{}, errors.New(cleanError(resp.Error))
	}
	return review.PageImage{PNG: resp.Image.PNG, Width: resp.Image.Width, Height: resp.Image.Height, Words: resp.Image.Words}, nil
}

// renderPage runs in the worker: the page as a PNG, then (if there is time and pdftotext)
// its words' boxes.
func renderPage(req request, remaining func() time.Duration) response {
	if req.Pdftoppm == "" || req.Page < 1 {
		return response{Status: string(review.DocFailed), Error: "bad render request"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), remaining())
	defer cancel()
	p := strconv.Itoa(req.Page)
	cmd := popplerCmd(ctx, req.Pdftoppm, "-q", "-f", p, "-l", p, "-r", strconv.Itoa(renderDPI), "-png", "-singlefile", absPath(req.Path))
	stdout := &cappedBuffer{max: maxImageBytes}
	cmd.Stdout, cmd.Stderr = stdout, &cappedBuffer{max: 64 << 10}
	err := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return response{Status: string(review.DocTimeout), Error: "pdftoppm exceeded the time limit"}
	case stdout.overflow:
		return response{Status: string(review.DocTooLarge), Error: "the page image is too large"}
	case err != nil || stdout.Len() == 0:
		return response{Status: string(review.DocCorrupt), Error: fmt.Sprintf("pdftoppm could not render page %d", req.Page)}
	}
	img := &rendered{PNG: stdout.Bytes()}
	if req.Pdftotext != "" && remaining() > 0 {
		bctx, bcancel := context.WithTimeout(context.Background(), remaining())
		defer bcancel()
		bcmd := popplerCmd(bctx, req.Pdftotext, "-q", "-bbox", "-f", p, "-l", p, absPath(req.Path), "-")
		bout := &cappedBuffer{max: maxBboxBytes}
		bcmd.Stdout, bcmd.Stderr = bout, &cappedBuffer{max: 64 << 10}
		if bcmd.Run() == nil && !bout.overflow {
			img.Width, img.Height, img.Words = parseBbox(bout.String())
		}
	}
	return response{Status: string(review.DocOK), Image: img}
}

var (
	bboxPageRe = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	bboxWordRe = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// parseBbox reads pdftotext -bbox's XHTML: the page's size and its words' boxes.
func parseBbox(s string) (w, h float64, words []review.PageWord) {
	if m := bboxPageRe.FindStringSubmatch(s); m != nil {
		w, _ = strconv.ParseFloat(m[1], 64)
		h, _ = strconv.ParseFloat(m[2], 64)
	}
	for _, m := range bboxWordRe.FindAllStringSubmatch(s, 200000) {
		var f [4]float64
		for i := range f {
			f[i], _ = strconv.ParseFloat(m[i+1], 64)
		}
		words = append(words, review.PageWord{Text: normalize(html.UnescapeString(m[5])), XMin: f[0], YMin: f[1], XMax: f[2], YMax: f[3]})
	}
	return w, h, words
}
