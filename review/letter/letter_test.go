package letter

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
)

func content() review.LetterContent {
	return review.LetterContent{Kind: review.LetterRequest, AuditName: "IVO <Värmland> 2015", AuditKind: review.KindTillsyn, Committee: "Forshaga",
		Date: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC), Deadline: time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC), Sender: "anna",
		Cases: []string{"SN 2015/111", "SN 2015/509"}, Reserves: []string{"SN 2015/306"}, UploadURL: "https://t.example.se/upload/abc",
		LinkExpires: time.Date(2027, 2, 14, 0, 0, 0, 0, time.UTC), Documents: review.FileDocuments}
}

func TestRender(t *testing.T) {
	b, err := Render(content())
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, w := range []string{"Begäran om handlingar", "Socialnämnden i Forshaga", "<li>SN 2015/111</li>", "<li>SN 2015/509</li>", "Reservärenden", "<li>SN 2015/306</li>",
		"15 januari 2027", "14 februari 2027", "https://t.example.se/upload/abc", "IVO &lt;Värmland&gt; 2015", "med post", "anna"} {
		if !strings.Contains(s, w) {
			t.Errorf("the letter lacks %q", w)
		}
	}
	// the same content renders the same bytes (the recorded hash is reproducible)
	again, _ := Render(content())
	if string(again) != s {
		t.Error("rendering is not deterministic")
	}
	c := content()
	c.Kind, c.Reserves, c.Cases, c.Received = review.LetterReminder, nil, []string{"SN 2015/111"}, 1
	b, _ = Render(c)
	if s := string(b); !strings.Contains(s, "Påminnelse") || strings.Contains(s, "SN 2015/509") || strings.Contains(s, "Reservärenden") {
		t.Errorf("reminder:\n%s", s)
	}
}

// TestPDF prints a letter with chromium and reads its text back with pdftotext.
func TestPDF(t *testing.T) {
	if _, err := Chromium(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %v", err)
		}
		t.Skip(err)
	}
	b, _ := Render(content())
	pdf, err := PDF(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	f := t.TempDir() + "/l.pdf"
	os.WriteFile(f, pdf, 0o600)
	out, err := exec.Command("pdftotext", f, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Begäran om handlingar", "Socialnämnden i Forshaga", "SN 2015/111", "15 januari 2027"} {
		if !strings.Contains(strings.Join(strings.Fields(string(out)), " "), w) {
			t.Errorf("the PDF lacks %q:\n%s", w, out)
		}
	}
}
