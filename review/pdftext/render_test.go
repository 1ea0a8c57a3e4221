package pdftext

import (
	"bytes"
	"context"
	"image/png"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRenderPage renders a page with text (its words come with boxes inside the page) and a
// scanned page (an image, no words) in the worker processes.
func TestRenderPage(t *testing.T) {
	needPdftotext(t)
	e := newTestExtractor(t, testOptions())
	ctx := context.Background()
	text := filepath.Join("..", "..", "testdata", "demo", "casefiles", "forshaga_SN-2014-294", "01 Utredning.pdf")
	img, err := e.RenderPage(ctx, text, 2)
	if err != nil {
		t.Fatal(err)
	}
	pic, err := png.Decode(bytes.NewReader(img.PNG))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := pic.Bounds(); b.Dx() < 800 || b.Dy() < 1000 || img.Width < 500 || img.Height < 700 || len(img.Words) < 20 {
		t.Fatalf("image %v, page %.0f×%.0f pt, %d words", b, img.Width, img.Height, len(img.Words))
	}
	joined := ""
	for _, w := range img.Words {
		if w.XMin < 0 || w.YMin < 0 || w.XMax > img.Width || w.YMax > img.Height || w.XMax <= w.XMin || w.YMax <= w.YMin {
			t.Fatalf("word box outside the page: %+v", w)
		}
		joined += w.Text + " "
	}
	if !strings.Contains(strings.ToLower(joined), "insatser") {
		t.Errorf("words of page 2: %.200s", joined)
	}
	scan := filepath.Join("..", "..", "testdata", "demo", "casefiles", "saffle_SN-2014-0542", "scan0004.pdf")
	img, err = e.RenderPage(ctx, scan, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(img.PNG)); err != nil || len(img.Words) != 0 {
		t.Fatalf("scanned page: %v, %d words", err, len(img.Words))
	}
	if _, err := e.RenderPage(ctx, text, 99); err == nil {
		t.Error("a page past the end rendered")
	}
}

// TestRenderHostileCorpus: every file of the hostile sample either renders or fails, within
// its time limit; the parent never crashes or hangs.
func TestRenderHostileCorpus(t *testing.T) {
	need(t, filepath.Join(corpusDir, "files"))
	needPdftotext(t)
	opt := testOptions()
	opt.Timeout = 10 * time.Second
	e := newTestExtractor(t, opt)
	ok := 0
	for _, n := range corpusSample {
		p := filepath.Join(corpusDir, "files", n)
		start := time.Now()
		img, err := e.RenderPage(context.Background(), p, 1)
		if d := time.Since(start); d > opt.Timeout+grace+time.Second {
			t.Errorf("%s: %v, over the limit", n, d)
		}
		if err == nil {
			if _, derr := png.Decode(bytes.NewReader(img.PNG)); derr != nil {
				t.Errorf("%s: rendered something that is not a PNG: %v", n, derr)
			}
			ok++
		}
	}
	t.Logf("%d of %d rendered", ok, len(corpusSample))
	if ok == 0 {
		t.Error("nothing rendered: the renderer does not work")
	}
}
