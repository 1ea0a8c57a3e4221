package pdftext

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"tillsyn/review"
)

// Scanned pages: a page that paints an image but has no text layer is rendered by poppler's
// pdftoppm (grey, 300 dpi) and read by Tesseract, when Tesseract and its language data are
// installed. Both run in the worker child under its memory limit and within the file's
// time limit: pages left when the time is nearly spent stay pages without text, as they
// were before. A page read this way carries the engine "ocr", so the reader knows its text
// may hold recognition errors.

const (
	engineOCR = review.EngineOCR
	ocrDPI    = 300
	// ocrMinTime is the least time left in the file's budget for which another page is
	// tried: a page takes Tesseract about 1–3 s on one core.
	ocrMinTime = 4 * time.Second
	// ocrPageTO caps one page (render and recognition together).
	ocrPageTO   = 60 * time.Second
	maxOCRImage = 96 << 20 // a grey A3 page at 300 dpi is about 17 MB
	maxOCRText  = 1 << 20
)

// OCR modes in Options.OCR.
const (
	OCROff  = "-"    // never
	OCRAuto = "auto" // when tesseract with the language is installed
)

// ocrSetup is the resolved OCR tools: both paths set, or why OCR is off.
type ocrSetup struct {
	tesseract, pdftoppm, lang string
	why                       string // "" when OCR is on
}

// resolveOCR finds tesseract (opt = OCRAuto, or a path) and pdftoppm, and checks that
// tesseract has the language. It runs tesseract --list-langs once.
func resolveOCR(opt, lang string) ocrSetup {
	if opt == "" || opt == OCROff {
		return ocrSetup{why: "OCR is off"}
	}
	name := opt
	if opt == OCRAuto {
		name = "tesseract"
	}
	tess, err := exec.LookPath(name)
	if err != nil {
		return ocrSetup{why: "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-swe): scanned pages are not read"}
	}
	ppm, err := exec.LookPath("pdftoppm")
	if err != nil {
		return ocrSetup{why: "pdftoppm (poppler-utils) is not installed: scanned pages are not read"}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, tess, "--list-langs").CombinedOutput()
	if err != nil {
		return ocrSetup{why: "tesseract --list-langs failed: " + strings.TrimSpace(string(out))}
	}
	for _, l := range strings.Fields(string(out)) {
		if l == lang {
			return ocrSetup{tesseract: absPath(tess), pdftoppm: absPath(ppm), lang: lang}
		}
	}
	return ocrSetup{why: "tesseract has no " + lang + " language data (apt-get install tesseract-ocr-" + lang + "): scanned pages are not read"}
}

// OCRStatus says whether scanned pages are read, and if not, why (for the operator).
func (e *Extractor) OCRStatus() (on bool, why string) {
	s := e.ocr()
	return s.why == "", s.why
}

func (e *Extractor) ocr() ocrSetup {
	e.ocrOnce.Do(func() { e.ocrTools = resolveOCR(e.opt.OCR, e.opt.OCRLang) })
	return e.ocrTools
}

// ocrPage reads page n of the request's file with pdftoppm and tesseract, within limit.
// It returns "" when the page cannot be read or holds no text.
func ocrPage(req request, n int, limit time.Duration) string {
	ctx, cancel := context.WithTimeout(context.Background(), min(limit, ocrPageTO))
	defer cancel()
	p := strconv.Itoa(n)
	render := popplerCmd(ctx, req.Pdftoppm, "-q", "-f", p, "-l", p, "-r", strconv.Itoa(ocrDPI), "-gray", "-singlefile", absPath(req.Path))
	img := &cappedBuffer{max: maxOCRImage}
	render.Stdout, render.Stderr = img, &cappedBuffer{max: 64 << 10}
	if err := render.Run(); err != nil || img.overflow || img.Len() == 0 {
		return ""
	}
	tess := popplerCmd(ctx, req.Tesseract, "stdin", "stdout", "-l", req.OCRLang,
		// One block read line by line keeps a form's or a table's rows together; Sauvola's
		// local threshold keeps text in shaded cells (labels, table headers) that the global
		// threshold loses.
		"--psm", "6", "-c", "thresholding_method=2")
	// One thread per page: the pool already reads one file per processor.
	tess.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	tess.Stdin = bytes.NewReader(img.Bytes())
	out := &cappedBuffer{max: maxOCRText}
	tess.Stdout, tess.Stderr = out, &cappedBuffer{max: 64 << 10}
	if err := tess.Run(); err != nil || out.overflow {
		return ""
	}
	t := ocrCells(normalize(out.String()))
	if strings.TrimSpace(t) == "" {
		return ""
	}
	return t
}

// ocrAt finds an e-mail address whose "@" Tesseract read as "Q" ("namn.efternamnQkommun.se").
var ocrAt = regexp.MustCompile(`\b([a-z0-9._-]*[a-z0-9])Q([a-z0-9-]+\.[a-z0-9.-]*[a-z])\b`)

// ocrCells writes the cell borders Tesseract reads as "|" or "[" the way the text layer's
// tables are written: cells parted by " | ", no border at a line's ends, blank lines gone.
func ocrCells(s string) string {
	var sb strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		// "[" without a "]" on its line is a cell's left border, not a template's
		// bracketed instruction ("[Ange mål]")
		if !strings.Contains(line, "]") {
			line = strings.ReplaceAll(line, "[", "|")
		}
		var cells []string
		for c := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == '|' }) {
			c = strings.TrimSpace(c)
			if c != "" {
				cells = append(cells, strings.Join(strings.Fields(c), " "))
			}
		}
		if len(cells) > 0 {
			sb.WriteString(strings.Join(cells, " | "))
			sb.WriteByte('\n')
		}
	}
	return ocrAt.ReplaceAllString(sb.String(), "$1@$2")
}

// ocrFunc returns the function finish uses to read a page without text, or nil when the
// request has no OCR tools.
func ocrFunc(req request, remaining func() time.Duration) func(n int) string {
	if req.Tesseract == "" || req.Pdftoppm == "" || req.OCRLang == "" {
		return nil
	}
	return func(n int) string {
		left := remaining()
		if left < ocrMinTime {
			return ""
		}
		return ocrPage(req, n, left)
	}
}

// ocrState is kept in the Extractor.
type ocrState struct {
	ocrOnce  sync.Once
	ocrTools ocrSetup
}
