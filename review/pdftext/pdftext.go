// Package pdftext reads the text of case-file PDFs for review. It implements
// review.TextExtractor.
//
// The PDF library (github.com/ledongthuc/pdf) can panic, loop forever or exhaust memory on
// hostile or broken files, and neither recover() nor a goroutine can stop that. So every
// file is read in a child process: the program itself re-executed with a hidden subcommand
// (by default "<executable> __pdftext-worker", whose main must call WorkerMain). The
// Extractor keeps a pool of such long-lived workers and replaces one only when it dies or
// overruns its time. The worker limits its own memory, runs the Go engine (its own line
// assembly on the library's low-level API, including Form XObjects), and falls back to
// poppler's pdftotext for pages or files the Go engine cannot read, under the same time limit.
package pdftext

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"tillsyn/review"
)

// WorkerArg is the hidden subcommand that makes the program act as an extraction worker.
const WorkerArg = "__pdftext-worker"

const (
	defaultTimeout     = 60 * time.Second
	defaultMemoryLimit = 2 << 30
	defaultMaxFileSize = 100 << 20
	defaultMaxPages    = 2000
	// grace is how long past Options.Timeout the parent waits for a worker's answer: the
	// worker enforces the limit itself and answers "timeout" when it can.
	grace = 2 * time.Second
)

// Options configure an Extractor. Zero values mean the defaults.
type Options struct {
	Workers     int           // worker processes run at once; default runtime.NumCPU()
	Timeout     time.Duration // wall-clock limit per file, both engines together; default 60 s
	MemoryLimit int64         // bytes per worker (RLIMIT_DATA, inherited by pdftotext); default 2 GiB
	MaxFileSize int64         // larger files are too_large without being opened; default 100 MiB
	MaxPages    int           // files with more pages are too_large; default 2000
	// Command is the argv that starts a worker; default {os.Executable(), "__pdftext-worker"}.
	Command []string
	// Pdftotext is the path of poppler's pdftotext, the second engine: "" looks it up in
	// PATH (absent = no second engine), "-" disables it.
	Pdftotext string
	// Observer, if not nil, is told of workers started and lost and of every file read.
	Observer Observer
	// OCR reads pages that have an image but no text layer (scans) with Tesseract: "" or
	// OCROff never, OCRAuto when tesseract with OCRLang's data and pdftoppm are installed,
	// or the path of tesseract. Such pages get the engine "ocr".
	OCR string
	// OCRLang is Tesseract's language; default "swe".
	OCRLang string
}

// Extractor reads PDF files in a pool of worker processes. It is safe for concurrent use.
type Extractor struct {
	opt       Options
	pdftotext string // resolved path; "" = disabled
	cmdErr    error  // why no worker can be started, if so

	sem     chan struct{}
	nextID  atomic.Uint64
	started atomic.Int64 // workers started, for tests

	mu     sync.Mutex
	idle   []*proc
	closed bool

	ocrState
}

// New returns an Extractor with opt's zero fields replaced by the defaults. Workers start
// lazily, on the first Extract.
func New(opt Options) *Extractor {
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	if opt.MemoryLimit <= 0 {
		opt.MemoryLimit = defaultMemoryLimit
	}
	if opt.MaxFileSize <= 0 {
		opt.MaxFileSize = defaultMaxFileSize
	}
	if opt.MaxPages <= 0 {
		opt.MaxPages = defaultMaxPages
	}
	if opt.OCRLang == "" {
		opt.OCRLang = "swe"
	}
	e := &Extractor{opt: opt, sem: make(chan struct{}, opt.Workers)}
	if len(opt.Command) == 0 {
		exe, err := os.Executable()
		if err != nil {
			e.cmdErr = fmt.Errorf("cannot find own executable for the PDF worker: %w", err)
		} else {
			e.opt.Command = []string{exe, WorkerArg}
		}
	}
	switch opt.Pdftotext {
	case "-":
	case "":
		if p, err := exec.LookPath("pdftotext"); err == nil {
			e.pdftotext = absPath(p)
		}
	default:
		if p, err := exec.LookPath(opt.Pdftotext); err == nil {
			e.pdftotext = absPath(p)
		}
	}
	return e
}

// Extract reads every file in paths, using up to Options.Workers workers, and returns one
// DocumentText per path in the same order. It never panics or hangs on a file's content:
// every failure becomes that file's Status. When ctx ends, files not yet done get
// StatusFailed with the context's error.
func (e *Extractor) Extract(ctx context.Context, paths []string) []review.DocumentText {
	out := make([]review.DocumentText, len(paths))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(e.opt.Workers, len(paths)); w++ {
		wg.Go(func() {
			for i := range jobs {
				start := time.Now()
				out[i] = e.extractOne(ctx, paths[i])
				e.fileRead(out[i], start)
			}
		})
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// Close stops the idle workers. Workers busy in an Extract call stop when they finish.
func (e *Extractor) Close() error {
	e.mu.Lock()
	e.closed = true
	idle := e.idle
	e.idle = nil
	e.mu.Unlock()
	for _, p := range idle {
		p.stop()
	}
	return nil
}

func failed(doc review.DocumentText, st review.DocStatus, msg string) review.DocumentText {
	doc.Status, doc.Error = st, cleanError(msg)
	return doc
}

// maxErrorRunes bounds DocumentText.Error: the library quotes pieces of the file (content
// streams, dictionaries) in its messages, which must not flood logs with document text.
const maxErrorRunes = 300

// cleanError makes an error message printable: valid UTF-8, no control characters, no
// runs of spaces, at most maxErrorRunes runes.
func cleanError(s string) string {
	s = strings.ToValidUTF8(s, "?")
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n >= maxErrorRunes {
			b.WriteString("…")
			break
		}
		if r < 32 || r == 0x7F || (r >= 0x80 && r < 0xA0) || r == '\uFFFD' {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func (e *Extractor) extractOne(ctx context.Context, path string) review.DocumentText {
	doc := review.DocumentText{Path: path}
	if err := ctx.Err(); err != nil {
		return failed(doc, review.DocFailed, err.Error())
	}
	fi, err := os.Stat(path)
	if err != nil {
		return failed(doc, review.DocFailed, err.Error())
	}
	if !fi.Mode().IsRegular() {
		return failed(doc, review.DocFailed, "not a regular file")
	}
	if fi.Size() > e.opt.MaxFileSize {
		return failed(doc, review.DocTooLarge, fmt.Sprintf("file is %d bytes, over the limit of %d", fi.Size(), e.opt.MaxFileSize))
	}
	if ok, err := hasPDFHeader(path); err != nil {
		return failed(doc, review.DocFailed, err.Error())
	} else if !ok {
		return failed(doc, review.DocNotPDF, "no %PDF header in the first 1024 bytes")
	}
	if e.cmdErr != nil {
		return failed(doc, review.DocFailed, e.cmdErr.Error())
	}
	select {
	case e.sem <- struct{}{}:
		defer func() { <-e.sem }()
	case <-ctx.Done():
		return failed(doc, review.DocFailed, ctx.Err().Error())
	}

	deadline := time.Now().Add(e.opt.Timeout)
	resp, err := e.run(ctx, path, modeAuto, e.opt.Timeout)
	var crash *crashError
	if errors.As(err, &crash) && e.pdftotext != "" && time.Until(deadline) > time.Second {
		// The Go engine took the worker down; let pdftotext try in a fresh worker.
		resp2, err2 := e.run(ctx, path, modePoppler, time.Until(deadline))
		if err2 == nil && resp2.Status != string(review.DocCorrupt) && resp2.Status != string(review.DocFailed) {
			resp, err = resp2, nil
		} else if err2 == nil {
			err = fmt.Errorf("%w; %s", err, resp2.Error)
		}
	}
	var tmo *timeoutError
	switch {
	case errors.As(err, &tmo):
		return failed(doc, review.DocTimeout, err.Error())
	case err != nil:
		return failed(doc, review.DocFailed, err.Error())
	}
	return toDocument(doc, resp)
}

func toDocument(doc review.DocumentText, r response) review.DocumentText {
	switch st := review.DocStatus(r.Status); st {
	case review.DocOK, review.DocNoText, review.DocEncrypted, review.DocCorrupt, review.DocNotPDF,
		review.DocTooLarge, review.DocTimeout, review.DocFailed:
		doc.Status = st
	default:
		return failed(doc, review.DocFailed, "worker returned unknown status "+strconv.Quote(r.Status))
	}
	doc.Error = cleanError(r.Error)
	doc.Producer = r.Producer
	doc.NumPages = len(r.Pages)
	if len(r.Pages) > 0 {
		doc.Pages = make([]review.PageText, len(r.Pages))
		for i, p := range r.Pages {
			doc.Pages[i] = review.PageText{Number: p.N, Text: p.Text, Engine: p.Engine}
		}
	}
	doc.PagesWithoutText = r.NoText
	return doc
}

// hasPDFHeader reports whether "%PDF" occurs in the first 1024 bytes of the file.
func hasPDFHeader(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := make([]byte, 1024)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return false, err
	}
	return bytes.Contains(buf[:n], []byte("%PDF")), nil
}

type crashError struct{ msg string }

func (c *crashError) Error() string { return c.msg }

type timeoutError struct{ limit time.Duration }

func (t *timeoutError) Error() string {
	return fmt.Sprintf("extraction exceeded the time limit of %v", t.limit)
}

// run sends one request to a worker and waits for its answer, at most limit (+ grace).
// Errors: *crashError when the worker died, *timeoutError when it overran (it is killed),
// the context's error when ctx ended, or another error when no worker could be started.
func (e *Extractor) run(ctx context.Context, path, mode string, limit time.Duration) (response, error) {
	ocr := e.ocr()
	return e.runRequest(ctx, request{
		Path:      path,
		Mode:      mode,
		TimeoutMs: limit.Milliseconds(),
		MaxPages:  e.opt.MaxPages,
		Pdftotext: e.pdftotext,
		Pdftoppm:  ocr.pdftoppm,
		Tesseract: ocr.tesseract,
		OCRLang:   ocr.lang,
	}, limit)
}

// runRequest is run for any request (its ID is set here).
func (e *Extractor) runRequest(ctx context.Context, req request, limit time.Duration) (response, error) {
	req.ID = e.nextID.Add(1)
	var p *proc
	var err error
	for attempt := 0; ; attempt++ {
		p, err = e.get()
		if err != nil {
			return response{}, err
		}
		if err = p.send(req); err == nil {
			break
		}
		p.kill() // a worker that died while idle: not this file's fault
		e.workerLost("crash")
		if attempt == 1 {
			return response{}, fmt.Errorf("cannot send to PDF worker: %w", err)
		}
	}
	timer := time.NewTimer(limit + grace)
	defer timer.Stop()
	select {
	case r, ok := <-p.resps:
		if !ok {
			e.workerLost("crash")
			return response{}, &crashError{"PDF worker died: " + p.deathReason()}
		}
		if r.ID != req.ID {
			p.kill()
			e.workerLost("protocol")
			return response{}, &crashError{"PDF worker answered out of turn"}
		}
		if r.Exit {
			p.stop() // it exits by itself; make sure
			e.workerLost("timeout")
		} else {
			e.put(p)
		}
		return r, nil
	case <-timer.C:
		p.kill()
		e.workerLost("timeout")
		return response{}, &timeoutError{limit}
	case <-ctx.Done():
		p.kill()
		e.workerLost("canceled")
		return response{}, ctx.Err()
	}
}

func (e *Extractor) get() (*proc, error) {
	e.mu.Lock()
	for len(e.idle) > 0 {
		p := e.idle[len(e.idle)-1]
		e.idle = e.idle[:len(e.idle)-1]
		if !p.dead() {
			e.mu.Unlock()
			return p, nil
		}
	}
	closed := e.closed
	e.mu.Unlock()
	if closed {
		return nil, errors.New("extractor is closed")
	}
	e.started.Add(1)
	p, err := startProc(e.opt.Command, e.opt.MemoryLimit)
	if err == nil {
		e.workerStarted()
	}
	return p, err
}

func (e *Extractor) put(p *proc) {
	e.mu.Lock()
	if !e.closed && !p.dead() {
		e.idle = append(e.idle, p)
		p = nil
	}
	e.mu.Unlock()
	if p != nil {
		p.stop()
	}
}

// proc is one worker process.
type proc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	enc    *json.Encoder
	resps  chan response // closed after the process has exited and been reaped
	stderr *tailBuffer
	err    error // set before resps is closed: why reading stopped / how it exited
	once   sync.Once
}

func startProc(argv []string, memLimit int64) (*proc, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), memoryEnv+"="+strconv.FormatInt(memLimit, 10))
	// Own process group, so that a kill also ends the pdftotext it may be running;
	// SIGKILL when the parent dies.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	p := &proc{cmd: cmd, stdin: stdin, enc: json.NewEncoder(stdin), resps: make(chan response), stderr: &tailBuffer{max: 4096}}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start PDF worker %q: %w", argv[0], err)
	}
	go p.readLoop(stdout)
	return p, nil
}

func (p *proc) readLoop(stdout io.Reader) {
	dec := json.NewDecoder(stdout)
	var err error
	for {
		var r response
		if err = dec.Decode(&r); err != nil {
			break
		}
		p.resps <- r
	}
	p.signal() // garbage on the protocol stream, or the worker is gone: make sure it is
	werr := p.cmd.Wait()
	if werr != nil {
		err = werr
	} else if err == io.EOF {
		err = errors.New("exited")
	}
	p.err = err
	close(p.resps)
}

func (p *proc) signal() {
	if p.cmd.Process != nil {
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	}
}

func (p *proc) send(req request) error { return p.enc.Encode(req) }

func (p *proc) dead() bool {
	select {
	case _, ok := <-p.resps:
		return !ok // a stray response would be a protocol error: treat as dead
	default:
		return false
	}
}

// kill ends the worker (and its process group) at once and reaps it in the background.
func (p *proc) kill() {
	p.once.Do(func() {
		p.signal()
		_ = p.stdin.Close()
		go func() {
			for range p.resps {
			}
		}()
	})
}

// stop asks an idle worker to exit by closing its input, and kills it if it has not exited
// within a second.
func (p *proc) stop() {
	p.once.Do(func() {
		_ = p.stdin.Close()
		go func() {
			t := time.AfterFunc(time.Second, p.signal)
			for range p.resps {
			}
			t.Stop()
		}()
	})
}

// deathReason describes how a worker ended; call only after resps is closed.
func (p *proc) deathReason() string {
	msg := "unknown"
	if p.err != nil {
		msg = p.err.Error()
	}
	if tail := strings.TrimSpace(p.stderr.String()); tail != "" {
		lines := strings.Split(tail, "\n")
		// the Go runtime's first line says what happened ("fatal error: ...",
		// "runtime: out of memory: ..."); keep the lines that look like that
		var keep []string
		for _, l := range lines {
			if strings.HasPrefix(l, "fatal error") || strings.HasPrefix(l, "runtime:") || strings.HasPrefix(l, "panic:") {
				keep = append(keep, l)
			}
		}
		if len(keep) == 0 {
			keep = lines[len(lines)-1:]
		}
		if len(keep) > 3 {
			keep = keep[:3]
		}
		msg += ": " + strings.Join(keep, "; ")
		if strings.Contains(tail, "out of memory") || strings.Contains(tail, "cannot allocate memory") {
			msg = "out of memory (over the worker's memory limit): " + msg
		}
	}
	return msg
}

// tailBuffer keeps the first and last bytes written to it (the Go runtime's fatal message
// comes first, a goroutine dump after it).
type tailBuffer struct {
	mu   sync.Mutex
	max  int
	head []byte
	tail []byte
}

func (t *tailBuffer) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(b)
	if room := t.max - len(t.head); room > 0 {
		k := min(room, len(b))
		t.head = append(t.head, b[:k]...)
		b = b[k:]
	}
	t.tail = append(t.tail, b...)
	if len(t.tail) > t.max {
		t.tail = append(t.tail[:0], t.tail[len(t.tail)-t.max:]...)
	}
	return n, nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.head) + string(t.tail)
}
