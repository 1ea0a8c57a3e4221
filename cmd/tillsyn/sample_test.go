package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

func TestSampleSizeCLI(t *testing.T) {
	out, _, code := tillsyn(t, "sample", "size", "--margin", "0.05")
	if code != 0 || !strings.Contains(out, "without finite population correction: 385") {
		t.Fatalf("%d %s", code, out)
	}
	out, _, _ = tillsyn(t, "sample", "size", "--population", "1000", "--margin", "0.05", "--confidence", "0.95", "--expected", "0.5")
	if !strings.Contains(out, "(N = 1000): 278") {
		t.Fatal(out)
	}
	if _, _, code := tillsyn(t, "sample", "size", "--margin", "2"); code != 2 {
		t.Fatalf("bad margin: exit %d", code)
	}
}

func TestSampleCLI(t *testing.T) {
	data := t.TempDir()
	tillsyn(t, "audit", "create", "--data", data, "V")
	if _, e, code := tillsyn(t, "import", "--data", data, "--audit", "V", fixture("export_4_namnder_20150930.csv")); code != 0 {
		t.Fatal(e)
	}
	args := []string{"sample", "--data", data, "--audit", "V", "--seed", "2015", "--per-committee", "5", "--by-intervention", "--reserves", "2", "--intervention", "öppenvård,institutionsvård", "--json"}
	out, e, code := tillsyn(t, args...)
	if code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	var p struct {
		Audit, Seed, Method string
		FrameSHA256         string `json:"frame_sha256"`
		Strata              []struct {
			Committee    string
			Intervention *string
			Population   int
			SampleSize   int `json:"sample_size"`
		}
		Items []struct {
			Committee, Diarienummer, Intervention, Status, Key string
			StratumRank                                        int `json:"stratum_rank"`
			Reserve                                            bool
			ReplacedBy                                         *string `json:"replaced_by"`
			Reason                                             *string
		}
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	if p.Audit != "V" || p.Seed != "2015" || len(p.Strata) != 8 || len(p.Items) != 8*7 {
		t.Fatalf("%+v", p)
	}
	for _, s := range p.Strata {
		if s.Intervention == nil || s.SampleSize != 5 {
			t.Fatalf("stratum %+v", s)
		}
	}
	// a third party recomputes every key with SHA-256(seed NUL committee NUL diarienummer)
	for _, it := range p.Items {
		sum := sha256.Sum256([]byte("2015\x00" + it.Committee + "\x00" + it.Diarienummer))
		if hex.EncodeToString(sum[:]) != it.Key {
			t.Fatalf("key of %s %s cannot be recomputed", it.Committee, it.Diarienummer)
		}
	}
	// and the frame fingerprint from `sample frame`
	frame, _, _ := tillsyn(t, "sample", "frame", "--data", data, "--audit", "V")
	lines := strings.SplitAfter(frame, "\n")
	lines = lines[:len(lines)-1]
	sort.Strings(lines)
	sum := sha256.Sum256([]byte(strings.Join(lines, "")))
	if hex.EncodeToString(sum[:]) != p.FrameSHA256 {
		t.Fatal("frame fingerprint cannot be recomputed from `sample frame`")
	}
	if _, _, code := tillsyn(t, args...); code != 1 {
		t.Fatalf("second draw without --redraw: exit %d", code)
	}
	var sel string
	for _, it := range p.Items {
		if !it.Reserve {
			sel = it.Diarienummer
			break
		}
	}
	if _, _, code := tillsyn(t, "sample", "replace", "--data", data, "--audit", "V", "--case", sel); code != 2 {
		t.Fatal("replace without --reason accepted")
	}
	out, e, code = tillsyn(t, "sample", "replace", "--data", data, "--audit", "V", "--case", sel, "--reason", "Utanför målgruppen")
	if code != 0 || !strings.Contains(out, "Replaced") {
		t.Fatalf("%d %s %s", code, out, e)
	}
	out, _, _ = tillsyn(t, "sample", "protocol", "--data", data, "--audit", "V")
	for _, want := range []string{"Seed:", "Frame SHA-256:", "METHOD", "METOD", "REPLACEMENTS (1)", "Utanför målgruppen", "tillsyn " + version} {
		if !strings.Contains(out, want) {
			t.Errorf("protocol lacks %q", want)
		}
	}
	out, _, code = tillsyn(t, "sample", "verify", "--data", data, "--audit", "V")
	if code != 0 || !strings.HasPrefix(out, "Verified") {
		t.Fatalf("verify: %d %s", code, out)
	}
}
