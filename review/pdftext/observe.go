package pdftext

import (
	"context"
	"errors"
	"fmt"
	"time"

	"tillsyn/review"
)

// Observer is told what an Extractor's workers do, for an operator's metrics. The program
// that wires the Extractor provides it (this package counts nothing itself and imports no
// metrics library). Its methods are called from many goroutines at once and must return
// quickly.
type Observer interface {
	// WorkerStarted: a worker process was started (the first ones, or a replacement).
	WorkerStarted()
	// WorkerLost: a worker was killed or died and will be replaced by a new one when a file
	// needs it. reason is "crash" (it died: out of memory, a fatal error in the library),
	// "timeout" (it overran a file's time limit and was killed, or ended itself because its
	// engine could not be stopped), "canceled" (the caller gave up) or "protocol" (it
	// answered out of turn).
	WorkerLost(reason string)
	// FileRead: one file was read (or failed) with this status, taking this long.
	FileRead(status review.DocStatus, took time.Duration)
}

func (e *Extractor) workerStarted() {
	if e.opt.Observer != nil {
		e.opt.Observer.WorkerStarted()
	}
}

func (e *Extractor) workerLost(reason string) {
	if e.opt.Observer != nil {
		e.opt.Observer.WorkerLost(reason)
	}
}

func (e *Extractor) fileRead(doc review.DocumentText, start time.Time) {
	if e.opt.Observer != nil {
		e.opt.Observer.FileRead(doc.Status, time.Since(start))
	}
}

// Probe starts one worker process with the Extractor's command and memory limit and waits
// for it to end cleanly on empty input: it proves that workers can be started here (the
// executable is there and runs, the service's sandbox lets it set its memory limit). It does
// not touch the pool.
func (e *Extractor) Probe(ctx context.Context) error {
	if e.cmdErr != nil {
		return e.cmdErr
	}
	p, err := startProc(e.opt.Command, e.opt.MemoryLimit)
	if err != nil {
		return err
	}
	_ = p.stdin.Close() // end of input: WorkerMain returns 0
	select {
	case _, ok := <-p.resps:
		if ok {
			p.kill()
			return errors.New("PDF worker answered a request it was not sent")
		}
	case <-ctx.Done():
		p.kill()
		return fmt.Errorf("PDF worker did not end: %w", ctx.Err())
	}
	if ps := p.cmd.ProcessState; ps == nil || !ps.Success() {
		return fmt.Errorf("PDF worker: %s", p.deathReason())
	}
	if tail := p.stderr.String(); tail != "" {
		// it could not limit its memory, or said something else that is wrong
		return fmt.Errorf("PDF worker: %s", cleanError(tail))
	}
	return nil
}
