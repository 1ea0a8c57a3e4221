package pdftext

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"tillsyn/review"
)

// The child protocol. The parent writes one request per line (JSON) to the worker's standard
// input and reads one response per request (JSON, one line) from its standard output. The
// worker handles one request at a time. Standard error carries diagnostics only (for
// example the Go runtime's message when it dies); the parent keeps its tail for the report.

// memoryEnv names the environment variable through which the parent passes the worker's
// memory limit in bytes.
const memoryEnv = "TILLSYN_PDFTEXT_MEMORY"

const (
	modeAuto     = "auto"      // Go engine, then pdftotext where it fails
	modePoppler  = "pdftotext" // pdftotext only (after the Go engine killed a worker)
	modeRender   = "render"    // one page as an image (pdftoppm) with its words' boxes
	exitStuck    = 3           // WorkerMain's result after a Go engine overran its budget
	exitProtocol = 2
)

type request struct {
	ID        uint64 `json:"id"`
	Path      string `json:"path"`
	Mode      string `json:"mode"`
	TimeoutMs int64  `json:"timeout_ms"`
	MaxPages  int    `json:"max_pages"`
	Pdftotext string `json:"pdftotext,omitempty"` // "" = no second engine
	Page      int    `json:"page,omitempty"`      // modeRender: the page
	Pdftoppm  string `json:"pdftoppm,omitempty"`  // modeRender, and OCR: poppler's pdftoppm
	Tesseract string `json:"tesseract,omitempty"` // OCR of pages without text ("" = none)
	OCRLang   string `json:"ocr_lang,omitempty"`  // Tesseract's language, e.g. "swe"
}

type respPage struct {
	N      int    `json:"n"`
	Text   string `json:"text,omitempty"`
	Engine string `json:"engine,omitempty"`
}

type response struct {
	ID       uint64     `json:"id"`
	Status   string     `json:"status"`
	Error    string     `json:"error,omitempty"`
	Producer string     `json:"producer,omitempty"`
	Pages    []respPage `json:"pages,omitempty"`
	NoText   []int      `json:"no_text,omitempty"`
	Exit     bool       `json:"exit,omitempty"`  // the worker exits after this response
	Image    *rendered  `json:"image,omitempty"` // modeRender
}

// WorkerMain is the body of the extraction child process ("tillsyn __pdftext-worker"). It
// limits its own memory (RLIMIT_DATA, inherited by the pdftotext it starts, and the Go
// runtime's soft limit) from the environment variable TILLSYN_PDFTEXT_MEMORY (bytes; default
// 2 GiB), then serves requests read from in, writing responses to out, until in ends. It
// returns the process exit code: 0 at the end of input, 2 on a protocol error, 3 after a
// request whose Go engine run overran its time (that goroutine cannot be stopped, so the
// process must end; the caller must os.Exit with the result).
func WorkerMain(in io.Reader, out io.Writer) int {
	limit := int64(defaultMemoryLimit)
	if v, err := strconv.ParseInt(os.Getenv(memoryEnv), 10, 64); err == nil && v > 0 {
		limit = v
	}
	if err := limitMemory(limit); err != nil {
		fmt.Fprintf(os.Stderr, "pdftext worker: cannot limit memory: %v\n", err)
	}
	// Anything the PDF library might print must not corrupt the protocol stream.
	if f, ok := out.(*os.File); ok && f == os.Stdout {
		os.Stdout = os.Stderr
	}
	dec := json.NewDecoder(bufio.NewReader(in))
	bw := bufio.NewWriterSize(out, 64<<10)
	enc := json.NewEncoder(bw)
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if err == io.EOF {
				return 0
			}
			fmt.Fprintf(os.Stderr, "pdftext worker: bad request: %v\n", err)
			return exitProtocol
		}
		resp := handle(req)
		if err := enc.Encode(resp); err != nil {
			fmt.Fprintf(os.Stderr, "pdftext worker: cannot encode response: %v\n", err)
			return exitProtocol
		}
		if err := bw.Flush(); err != nil {
			return exitProtocol
		}
		if resp.Exit {
			return exitStuck
		}
	}
}

// limitMemory sets the soft RLIMIT_DATA (heap and other private writable mappings; unlike
// RLIMIT_AS it does not count the address space the Go runtime only reserves) and the Go
// runtime's soft memory limit a little below it.
func limitMemory(limit int64) error {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_DATA, &rl); err != nil {
		return err
	}
	want := uint64(limit)
	if want > rl.Max { // RLIM_INFINITY is the largest uint64
		want = rl.Max
	}
	rl.Cur = want
	debug.SetMemoryLimit(limit - limit/8)
	return syscall.Setrlimit(syscall.RLIMIT_DATA, &rl)
}

// handle serves one request. It never panics.
func handle(req request) (resp response) {
	start := time.Now()
	timeout := time.Duration(req.TimeoutMs) * time.Millisecond
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	if req.MaxPages <= 0 {
		req.MaxPages = defaultMaxPages
	}
	remaining := func() time.Duration { return timeout - time.Since(start) - 250*time.Millisecond }
	defer func() {
		if r := recover(); r != nil {
			resp = response{ID: req.ID, Status: string(review.DocFailed), Error: fmt.Sprintf("worker panic: %v", r)}
		}
		resp.ID = req.ID
	}()
	pop := func() popResult {
		if req.Pdftotext == "" {
			return popResult{Err: "pdftotext not available"}
		}
		return runPdftotext(req.Pdftotext, req.Path, req.MaxPages, remaining())
	}
	if req.Mode == modePoppler {
		return compose(nil, false, pop, req, remaining)
	}
	if req.Mode == modeRender {
		return renderPage(req, remaining)
	}
	data, err := os.ReadFile(req.Path)
	if err != nil {
		return response{Status: string(review.DocFailed), Error: err.Error()}
	}
	budget := timeout / 2
	if req.Pdftotext == "" {
		budget = timeout - 500*time.Millisecond
	}
	ch := make(chan goDoc, 1)
	go func() { ch <- extractGo(data, req.MaxPages) }()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	select {
	case gd := <-ch:
		return compose(&gd, false, pop, req, remaining)
	case <-timer.C:
		r := compose(nil, true, pop, req, remaining)
		r.Exit = true
		return r
	}
}

// usable reports whether the Go engine's page is good: read without error, with text, and
// with at most 5 % undecodable runes.
func (p goPage) usable() bool {
	return p.Err == "" && p.Runes > 0 && p.Bad*20 <= p.Runes
}

func isEncryptionError(msg string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "encrypt") || strings.Contains(m, "password")
}

// compose decides the outcome of one file from the Go engine's result gd (nil when the Go
// engine was not run or overran its time: stuck) and, where needed, pdftotext's.
func compose(gd *goDoc, stuck bool, pop func() popResult, req request, remaining func() time.Duration) response {
	resp := response{}
	if gd != nil {
		resp.Producer = gd.Producer
		if gd.TooLarge {
			resp.Status = string(review.DocTooLarge)
			resp.Error = fmt.Sprintf("more than %d pages", req.MaxPages)
			return resp
		}
	}
	if gd != nil && gd.OpenErr == "" && len(gd.Pages) > 0 {
		pages := make([]respPage, len(gd.Pages))
		var need []int
		var errs []string
		for i, p := range gd.Pages {
			pages[i] = respPage{N: i + 1}
			if p.Text != "" {
				pages[i].Text, pages[i].Engine = p.Text, engineGo
			}
			if !p.usable() {
				need = append(need, i)
			}
			if p.Err != "" {
				errs = append(errs, fmt.Sprintf("page %d: %s", i+1, p.Err))
			}
		}
		if len(need) > 0 && req.Pdftotext != "" {
			pr := pop()
			if pr.ok() && len(pr.Pages) == len(pages) {
				for _, i := range need {
					t := pr.Pages[i]
					if strings.TrimSpace(t) == "" {
						continue
					}
					g := gd.Pages[i]
					if g.Runes == 0 || g.Err != "" || badFraction(t) < float64(g.Bad)/float64(g.Runes) {
						pages[i].Text, pages[i].Engine = t, enginePoppler
					}
				}
			}
		}
		// A page the Go engine read without error that paints neither text nor images is
		// blank, not a page without a text layer.
		blank := func(i int) bool { g := gd.Pages[i]; return g.Err == "" && !g.Images && g.Runes == 0 }
		return finish(resp, pages, errs, blank, ocrFunc(req, remaining))
	}
	// The Go engine could not read the file at all.
	goErr := "Go engine exceeded its time limit"
	if gd != nil {
		goErr = gd.OpenErr
		if goErr == "" {
			goErr = "no pages found"
		}
	}
	pr := pop()
	switch {
	case pr.ok() && len(pr.Pages) > 0:
		pages := make([]respPage, len(pr.Pages))
		for i, t := range pr.Pages {
			pages[i] = respPage{N: i + 1}
			if strings.TrimSpace(t) != "" {
				pages[i].Text, pages[i].Engine = t, enginePoppler
			}
		}
		if resp.Producer == "" {
			resp.Producer = popplerProducer(req.Pdftotext, req.Path, remaining())
		}
		return finish(resp, pages, nil, nil, ocrFunc(req, remaining))
	case pr.ok():
		resp.Status, resp.Error = string(review.DocCorrupt), joinErr(goErr, "pdftotext found no pages")
	case pr.TooLarge:
		resp.Status, resp.Error = string(review.DocTooLarge), pr.Err
	case pr.Password:
		resp.Status, resp.Error = string(review.DocEncrypted), "a password is needed: "+pr.Err
	case stuck || pr.TimedOut:
		resp.Status, resp.Error = string(review.DocTimeout), joinErr(goErr, pr.Err)
	case isEncryptionError(goErr):
		resp.Status, resp.Error = string(review.DocEncrypted), goErr
	case req.Mode == modePoppler:
		resp.Status, resp.Error = string(review.DocCorrupt), pr.Err
	default:
		resp.Status, resp.Error = string(review.DocCorrupt), joinErr(goErr, pr.Err)
	}
	return resp
}

func joinErr(a, b string) string {
	if b == "" || b == "pdftotext not available" {
		return a
	}
	if a == "" {
		return b
	}
	return a + "; " + b
}

// finish lists the pages without text (blank pages aside), reads each with ocr when it is
// not nil (a scanned page), and sets the status.
func finish(resp response, pages []respPage, errs []string, blank func(int) bool, ocr func(n int) string) response {
	resp.Pages = pages
	for i, p := range pages {
		if p.Text != "" || (blank != nil && blank(i)) {
			continue
		}
		if ocr != nil {
			if t := ocr(p.N); t != "" {
				pages[i].Text, pages[i].Engine = t, engineOCR
				continue
			}
		}
		resp.NoText = append(resp.NoText, p.N)
	}
	resp.Status = string(review.DocOK)
	if len(resp.NoText) > 0 {
		resp.Status = string(review.DocNoText)
		resp.Error = fmt.Sprintf("%d of %d pages have no text layer", len(resp.NoText), len(pages))
		if len(errs) > 0 {
			resp.Error += " (" + strings.Join(errs, "; ") + ")"
		}
	}
	return resp
}

func badFraction(s string) float64 {
	bad, n := 0, 0
	for _, r := range s {
		if r == ' ' || r == '\n' {
			continue
		}
		n++
		if r == '\uFFFD' || r < 32 || (r >= 0x7F && r < 0xA0) {
			bad++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(bad) / float64(n)
}
