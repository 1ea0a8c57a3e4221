package review

import "context"

// DocStatus is the outcome of reading one case-file document.
type DocStatus string

// The statuses a document can end in. Every document gets exactly one.
const (
	DocOK        DocStatus = "ok"        // text read from every page (or every page that has a text layer)
	DocNoText    DocStatus = "no_text"   // one or more pages without a text layer (e.g. scanned); see PagesWithoutText
	DocEncrypted DocStatus = "encrypted" // a password is needed
	DocCorrupt   DocStatus = "corrupt"   // the file is a PDF but cannot be parsed
	DocNotPDF    DocStatus = "not_pdf"   // the file is not a PDF at all
	DocTooLarge  DocStatus = "too_large" // over the size or page limit
	DocTimeout   DocStatus = "timeout"   // extraction exceeded its wall-clock limit
	DocFailed    DocStatus = "failed"    // the extractor crashed, ran out of memory, or failed otherwise
)

// PageText is the text of one page of a document.
type PageText struct {
	Number int    // 1-based page number
	Text   string // NFC-normalised text, lines separated by "\n"
	Engine string // which engine produced the text: "ledongthuc", "pdftotext" or EngineOCR; "" when the page has no text
}

// EngineOCR is the Engine of a page whose text was recognised from its image (a scan).
const EngineOCR = "ocr"

// DocumentText is everything extraction learned about one file.
type DocumentText struct {
	Path             string // the path that was read
	Status           DocStatus
	Error            string // human-readable detail when Status is not ok; "" otherwise
	Producer         string // the PDF /Producer when known
	NumPages         int
	Pages            []PageText // one per page, in order; pages without text have Text == ""
	PagesWithoutText []int      // 1-based numbers of pages that have no text layer
}

// TextExtractor reads the text of PDF files. Implementations must never crash or hang the
// calling process, whatever the bytes of the file: a failure is reported in the DocumentText
// of that file only.
type TextExtractor interface {
	Extract(ctx context.Context, paths []string) []DocumentText
}
