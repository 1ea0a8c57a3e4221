package screen

import (
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkScreenEvalPublic screens the public cases' extracted text (testdata/eval) and
// reports pages per second: the screening alone, without extraction. The whole pipeline,
// extraction and screening against pdftotext on the same files, is
// cmd/tillsyn's BenchmarkScreenPipeline.
func BenchmarkScreenEvalPublic(b *testing.B) {
	var cases [][]Document
	pages := 0
	for _, id := range fixtureCases(b) {
		docs := loadFixtureCase(b, filepath.Join(fixtureDir, id))
		for _, d := range docs {
			pages += len(d.Pages)
		}
		cases = append(cases, docs)
	}
	opt := Options{ReviewDate: publicReviewDate, Rules: DefaultRules()}
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, docs := range cases {
			Screen(docs, opt)
		}
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}
