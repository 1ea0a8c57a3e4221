package review_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/screen"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
	"tillsyn/sampling"
)

// fakePDF makes a "PDF" that fakeExtractor reads: a PDF header, then plain text with pages
// separated by form feeds. Ingest stores only files with a PDF header.
func fakePDF(text string) []byte { return []byte(fakeHeader + text) }

const fakeHeader = "%PDF-1.4\n"

// fakeExtractor reads "PDFs" made by fakePDF.
type fakeExtractor struct{ calls int }

func (f *fakeExtractor) Extract(ctx context.Context, paths []string) []review.DocumentText {
	out := make([]review.DocumentText, len(paths))
	for i, p := range paths {
		f.calls++
		b, _ := os.ReadFile(p)
		b = []byte(strings.TrimPrefix(string(b), fakeHeader))
		d := review.DocumentText{Path: p, Status: review.DocOK}
		if string(b) == "timeout" {
			out[i] = review.DocumentText{Path: p, Status: review.DocTimeout, Error: "took too long"}
			continue
		}
		for n, t := range strings.Split(string(b), "\f") {
			d.Pages = append(d.Pages, review.PageText{Number: n + 1, Text: t, Engine: "fake"})
		}
		d.NumPages = len(d.Pages)
		out[i] = d
	}
	return out
}

func TestIngestMatchesStoresScreensAndSearches(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenWith(filepath.Join(dir, "data"), storetest.Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(dir, "data", "files"),
		Clock: func() time.Time { return time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC) }})
	p := filepath.Join(dir, "list.csv")
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum\nSN 2015/12;19010427-5391;Hammarö;öppenvård;2015-01-01\nSN 2015/12;19000327-3943;Kil;öppenvård;2015-01-01\nSN 2015/99;19000327-3943;Kil;öppenvård;2015-02-01\n"), 0o600)
	importFiles(t, svc, "I", p)
	req := scopeRequest("i")
	req.Filters = review.FrameFilter{}
	req.Params.Reserves = 0
	ctx := context.Background()
	if _, err := svc.DrawSample(ctx, "I", req); err != nil {
		t.Fatal(err)
	}
	cases := filepath.Join(dir, "cases")
	write := func(folder, file, text string) {
		os.MkdirAll(filepath.Join(cases, folder), 0o755)
		os.WriteFile(filepath.Join(cases, folder, file), fakePDF(text), 0o600)
	}
	write("hammaro_SN_2015_12", "Utredning.pdf", "Utredning\nBedömning\nKlienten har ett omfattande alkoholmissbruk och behöver stöd för att bryta det. Socialtjänsten bedömer att behovet tillgodoses genom öppenvård eftersom klienten har bostad och arbete.\fSida två")
	write("SN 2015-99", "Journal.pdf", "2015-03-01 Uppföljningsmöte med klienten. Behandlingen har gått bra, klienten är nykter.")
	write("SN-2015-12", "x.pdf", "ambiguous") // Hammarö and Kil both have SN 2015/12
	write("okänd_SN-2001-1", "x.pdf", "none")
	ex := &fakeExtractor{}
	res, err := svc.Ingest(ctx, "I", cases, ex, review.ScreenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matched) != 2 || len(res.Ambiguous) != 1 || len(res.Unmatched) != 1 || res.FilesNew != 2 || len(res.WithoutFiles) != 1 || res.WithoutFiles[0] != "Kil SN 2015/12" {
		t.Fatalf("%+v", res)
	}
	// search, limited by committee
	hits, err := svc.SearchPages(ctx, "I", "alkoholmissbruk", nil)
	if err != nil || len(hits) != 1 || hits[0].Committee != "Hammarö" || hits[0].Page != 1 || !strings.Contains(hits[0].Snippet, "«alkoholmissbruk»") {
		t.Fatalf("search: %+v %v", hits, err)
	}
	if hits, _ := svc.SearchPages(ctx, "I", "alkoholmissbruk", []string{"Kil"}); len(hits) != 0 {
		t.Fatalf("search leaked another committee: %+v", hits)
	}
	if hits, _ := svc.SearchPages(ctx, "I", `uppfölj" *`, nil); len(hits) != 1 {
		t.Fatalf("prefix search with hostile characters: %+v", hits)
	}
	// the case was screened: the needs assessment has evidence on page 1
	item := hits[0].ItemID
	_ = item
	_, sm, _ := svc.ActiveSample(ctx, "I")
	var hamm int64
	for _, it := range sm.Items {
		if it.Committee == "Hammarö" {
			hamm = it.ID
		}
	}
	sc, err := svc.Screening(ctx, hamm)
	if err != nil || sc.RulesVersion == "" || len(sc.Criteria["needs_assessment"].Evidence) == 0 {
		t.Fatalf("screening: %+v %v", sc, err)
	}
	docs, _ := svc.CaseDocuments(ctx, hamm)
	if len(docs) != 1 || len(docs[0].Pages) != 2 || docs[0].Pages[1].Text != "Sida två" {
		t.Fatalf("documents: %+v", docs)
	}
	path, name, itemID, err := svc.DocumentFile(ctx, docs[0].ID)
	if err != nil || name != "Utredning.pdf" || itemID != hamm {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), fakeHeader+"Utredning") {
		t.Fatal("stored file differs")
	}
	// again: unchanged files are skipped, a changed one is read again and replaces the old
	calls := ex.calls
	write("SN 2015-99", "Journal.pdf", "2015-03-01 Uppföljningsmöte. Inget utfall noterat.")
	res, _ = svc.Ingest(ctx, "I", cases, ex, review.ScreenOptions{})
	if res.FilesNew != 1 || res.FilesSkipped != 1 || ex.calls != calls+1 {
		t.Fatalf("re-ingest: %+v", res)
	}
	if hits, _ := svc.SearchPages(ctx, "I", "nykter", nil); len(hits) != 0 {
		t.Fatal("the replaced page is still in the index")
	}
	// extended rules: every case is screened again on the next run, nothing read again
	ext, err := screen.LoadRules(strings.NewReader(`{"version": "kil-1", "needs": {"headings": ["^handläggarens reflektion$"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	calls = ex.calls
	if _, err := svc.Ingest(ctx, "I", cases, ex, review.ScreenOptions{Rules: screen.DefaultRules().Merge(ext)}); err != nil {
		t.Fatal(err)
	}
	if sc, _ := svc.Screening(ctx, hamm); !strings.HasSuffix(sc.RulesVersion, "+kil-1") || ex.calls != calls {
		t.Fatalf("rules %s, %d extractions", sc.RulesVersion, ex.calls-calls)
	}
	// a run from another folder holding none of these cases: the cases whose files came in
	// earlier runs are not reported as without files
	os.MkdirAll(filepath.Join(dir, "empty"), 0o755)
	res, err = svc.Ingest(ctx, "I", filepath.Join(dir, "empty"), ex, review.ScreenOptions{})
	if err != nil || len(res.WithoutFiles) != 1 || res.WithoutFiles[0] != "Kil SN 2015/12" {
		t.Fatalf("without files after an empty run: %+v %v", res.WithoutFiles, err)
	}
}

// A folder named by a bare diarienummer that another committee of the case list also uses
// (sampled or not) is ambiguous; two folders for one case are refused.
func TestIngestAmbiguousFolders(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenWith(filepath.Join(dir, "data"), storetest.Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(dir, "data", "files")})
	p := filepath.Join(dir, "list.csv")
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum\nSN 2015/12;19010427-5391;Hammarö;öppenvård;2015-01-01\nSN 2015/12;19000327-3943;Kil;LVM;2015-01-01\nSN 2015/13;19000327-3943;Kil;öppenvård;2015-01-01\n"), 0o600)
	importFiles(t, svc, "A", p)
	req := scopeRequest("a")
	req.Filters = review.FrameFilter{Interventions: []string{"öppenvård"}} // Kil's SN 2015/12 is not in the frame
	req.Params.Reserves = 0
	ctx := context.Background()
	if _, err := svc.DrawSample(ctx, "A", req); err != nil {
		t.Fatal(err)
	}
	cases := filepath.Join(dir, "cases")
	for _, f := range []string{"SN-2015-12", "hammaro_SN_2015_12", "SN 2015 13", "kil_SN-2015-13"} {
		os.MkdirAll(filepath.Join(cases, f), 0o755)
		os.WriteFile(filepath.Join(cases, f, "a.pdf"), fakePDF("text"), 0o600)
	}
	res, err := svc.Ingest(ctx, "A", cases, &fakeExtractor{}, review.ScreenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matched) != 2 || len(res.Ambiguous) != 2 || !strings.HasPrefix(res.Ambiguous[0], "SN-2015-12") && !strings.HasPrefix(res.Ambiguous[1], "SN-2015-12") {
		t.Fatalf("%+v", res)
	}
	// a file that timed out is tried again on the next run; one read in full is not
	os.WriteFile(filepath.Join(cases, "hammaro_SN_2015_12", "b.pdf"), fakePDF("timeout"), 0o600)
	ex := &fakeExtractor{}
	res, _ = svc.Ingest(ctx, "A", cases, ex, review.ScreenOptions{})
	if ex.calls != 1 || len(res.FailedFiles) != 1 || res.FailedFiles[0].Status != "timeout" {
		t.Fatalf("first: %d calls, %+v", ex.calls, res)
	}
	res, _ = svc.Ingest(ctx, "A", cases, ex, review.ScreenOptions{})
	if ex.calls != 2 || res.FilesNew != 1 || res.FilesSkipped != 2 {
		t.Fatalf("second: %d calls, %+v", ex.calls, res)
	}
}

// A delivery that links to the data directory, to /etc/passwd or to a folder outside it, or
// holds a pipe, a hidden folder or a file that is not a PDF, stores and serves none of those,
// and names every one (finding 1 of the security review: the database and the pseudonym key
// were stored and served to a self-auditor).
func TestIngestReadsOnlyRegularFilesInsideTheDelivery(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	st, err := store.OpenWith(data, storetest.Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(data, "files")})
	p := filepath.Join(dir, "list.csv")
	os.WriteFile(p, []byte("Dnr;Pnr;Kommun;Insats;Beslutsdatum\nSN 2015/1;19010427-5391;Kil;öppenvård;2015-01-01\nSN 2015/2;19000327-3943;Kil;öppenvård;2015-01-01\n"), 0o600)
	importFiles(t, svc, "S", p)
	req := scopeRequest("s")
	req.Filters = review.FrameFilter{}
	req.Params.Reserves = 0
	ctx := context.Background()
	if _, err := svc.DrawSample(ctx, "S", req); err != nil {
		t.Fatal(err)
	}
	cases := filepath.Join(dir, "delivery")
	c1 := filepath.Join(cases, "kil_SN-2015-1")
	os.MkdirAll(filepath.Join(c1, ".hemlig"), 0o755)
	os.WriteFile(filepath.Join(c1, ".hemlig", "x.pdf"), fakePDF("dold"), 0o600)
	os.WriteFile(filepath.Join(c1, "ok.pdf"), fakePDF("Utredning"), 0o600)
	os.WriteFile(filepath.Join(c1, "anteckning.txt"), []byte("inte en pdf"), 0o600)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink(filepath.Join(data, store.KeyFile), filepath.Join(c1, "key.pdf")))
	must(os.Symlink(filepath.Join(data, store.DBFile), filepath.Join(c1, "db.pdf")))
	must(os.Symlink("/etc/passwd", filepath.Join(c1, "passwd.pdf")))
	must(os.Symlink(data, filepath.Join(c1, "datamapp")))
	must(os.Symlink(filepath.Join(dir, "finns-inte"), filepath.Join(c1, "dinglande.pdf")))
	must(os.Link(filepath.Join(data, store.KeyFile), filepath.Join(c1, "hardlank.pdf")))
	must(syscall.Mkfifo(filepath.Join(c1, "ror.pdf"), 0o600))
	// at the top: a hidden folder, a linked case folder, a file beside the folders
	os.MkdirAll(filepath.Join(cases, ".git"), 0o755)
	must(os.Symlink(data, filepath.Join(cases, "kil_SN-2015-2")))
	os.WriteFile(filepath.Join(cases, "följebrev.pdf"), fakePDF("brev"), 0o600)

	res, err := svc.Ingest(ctx, "S", cases, &fakeExtractor{}, review.ScreenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matched) != 1 || res.FilesNew != 2 {
		t.Fatalf("%+v", res)
	}
	skipped := map[string]string{}
	for _, s := range res.Skipped {
		skipped[s.Path] = s.Reason
	}
	for _, want := range []string{".git", "kil_SN-2015-2", "följebrev.pdf", "kil_SN-2015-1/.hemlig", "kil_SN-2015-1/key.pdf", "kil_SN-2015-1/db.pdf",
		"kil_SN-2015-1/passwd.pdf", "kil_SN-2015-1/datamapp", "kil_SN-2015-1/dinglande.pdf", "kil_SN-2015-1/ror.pdf", "kil_SN-2015-1/hardlank.pdf"} {
		if skipped[want] == "" {
			t.Errorf("%s not reported as skipped: %v", want, skipped)
		}
	}
	if len(res.Skipped) != 11 {
		t.Errorf("skipped: %v", skipped)
	}
	if !strings.Contains(skipped["kil_SN-2015-1/key.pdf"], "symbolic link") || !strings.Contains(skipped["kil_SN-2015-1/ror.pdf"], "not a regular file") {
		t.Errorf("reasons: %v", skipped)
	}
	// the one file that is not a PDF is listed, never stored and never served
	if len(res.FailedFiles) != 1 || res.FailedFiles[0].File != "anteckning.txt" || res.FailedFiles[0].Status != "not_pdf" {
		t.Fatalf("failed: %+v", res.FailedFiles)
	}
	key, _ := os.ReadFile(filepath.Join(data, store.KeyFile))
	stored := 0
	filepath.WalkDir(filepath.Join(data, "files"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			stored++
			b, _ := os.ReadFile(p)
			if !strings.HasPrefix(string(b), fakeHeader) || strings.Contains(string(b), string(key)) || strings.Contains(string(b), "SQLite format") {
				t.Errorf("stored something that is not a delivered PDF: %s", p)
			}
		}
		return nil
	})
	if stored != 1 {
		t.Fatalf("%d files stored", stored)
	}
	_, sm, _ := svc.ActiveSample(ctx, "S")
	docs, _ := svc.CaseDocuments(ctx, sm.Items[0].ID)
	for _, d := range docs {
		_, _, _, err := svc.DocumentFile(ctx, d.ID)
		if d.File == "anteckning.txt" && review.ErrorCodeOf(err) != review.ENotFound {
			t.Fatalf("a file that is not a PDF is served: %v", err)
		}
		if d.File == "ok.pdf" && err != nil {
			t.Fatal(err)
		}
	}
}

// Two instances on one PostgreSQL database, each with a data directory of its own: a case
// file ingested through one is served by the other from the database, and gallring removes
// it from the database too.
func TestCaseFilesSharedThroughPostgres(t *testing.T) {
	u := storetest.NewDatabase(t)
	dir := t.TempDir()
	key := filepath.Join(dir, "key")
	if err := os.WriteFile(key, []byte(strings.Repeat("k", 32)), 0o600); err != nil {
		t.Fatal(err)
	}
	open := func(name string) (*review.Service, *store.Store) {
		data := filepath.Join(dir, name)
		st, err := store.OpenWith(data, store.Options{Database: u, KeyFile: key}, true)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(data, "files")}), st
	}
	a, _ := open("a")
	b, stB := open("b")
	ctx := context.Background()
	if _, err := a.CreateAudit(ctx, "F", review.KindTillsyn, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ImportCaseLists(ctx, "F", []string{"../testdata/demo/caselist.csv"}, review.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	sm, err := a.DrawSample(ctx, "F", review.DrawRequest{By: "t", ToolVersion: "t",
		Params: sampling.Params{Seed: "f", Allocation: sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: 7}}})
	if err != nil {
		t.Fatal(err)
	}
	delivery := filepath.Join(dir, "delivery")
	folder := filepath.Join(delivery, sm.Items[0].Committee+" "+strings.ReplaceAll(sm.Items[0].Diarienummer, "/", "-"))
	if err := os.MkdirAll(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(folder, "utredning.pdf"), fakePDF("Utredning\fPlan"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Ingest(ctx, "F", delivery, &fakeExtractor{}, review.ScreenOptions{ReviewDate: time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	w, _ := stB.DB()
	var docID int64
	var sha string
	if err := w.QueryRow(`SELECT id, sha256 FROM documents WHERE status = 'ok' ORDER BY id LIMIT 1`).Scan(&docID, &sha); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "b", "files", sha[:2], sha)); err == nil {
		t.Fatal("instance b has the file before it was asked for")
	}
	p, _, _, err := b.DocumentFile(ctx, docID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if h := sha256.Sum256(got); hex.EncodeToString(h[:]) != sha || !strings.HasPrefix(p, filepath.Join(dir, "b")) {
		t.Fatalf("instance b served %s, not the file %s", p, sha)
	}
	if _, err := b.Gallra(ctx, "F", "retention ended", false); err != nil {
		t.Fatal(err)
	}
	var left int
	if err := w.QueryRow(`SELECT count(*) FROM case_files`).Scan(&left); err != nil || left != 0 {
		t.Fatalf("%d case files left in the database after gallring (%v)", left, err)
	}
}
