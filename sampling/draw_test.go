package sampling

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// loadFrame reads testdata/frame_200.tsv (header line, then committee,
// diarienummer, intervention, person separated by tabs).
func loadFrame(t testing.TB) []Unit {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "frame_200.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var frame []Unit
	sc := bufio.NewScanner(f)
	for line := 0; sc.Scan(); line++ {
		if line == 0 {
			continue
		}
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 4 {
			t.Fatalf("frame line %d: %d fields", line+1, len(parts))
		}
		frame = append(frame, Unit{Committee: parts[0], Diarienummer: parts[1], Intervention: parts[2], Person: parts[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(frame) != 200 {
		t.Fatalf("frame has %d units, want 200", len(frame))
	}
	return frame
}

type goldenCase struct {
	Name   string `json:"name"`
	Params Params `json:"params"`
	Result Result `json:"result"`
}

func goldenParams() []goldenCase {
	return []goldenCase{
		{Name: "fixed-by-intervention-one-per-person", Params: Params{
			Seed: "IVO-2015-Värmland", ByIntervention: true, Reserves: 3, OneCasePerPerson: true,
			Allocation: Allocation{Mode: ModeFixed, PerStratum: 5}}},
		{Name: "proportional-by-committee", Params: Params{
			Seed: "egenkontroll 2024", Reserves: 2,
			Allocation: Allocation{Mode: ModeProportional, Total: 40}}},
		{Name: "margin-by-committee", Params: Params{
			Seed: "42", Reserves: 1,
			Allocation: Allocation{Mode: ModeMargin, Margin: 0.1, Confidence: 0.9, Expected: 0.5}}},
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./sampling/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run with -update if the change is intended.\n--- got ---\n%s", path, got)
	}
}

func TestDrawGolden(t *testing.T) {
	frame := loadFrame(t)
	cases := goldenParams()
	for i := range cases {
		r, err := Draw(frame, cases[i].Params)
		if err != nil {
			t.Fatalf("%s: %v", cases[i].Name, err)
		}
		cases[i].Result = r
	}
	got, err := json.MarshalIndent(cases, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "golden_draw.json", append(got, '\n'))
}

func TestMethodDescriptionGolden(t *testing.T) {
	var en, sv strings.Builder
	for _, c := range goldenParams() {
		fmt.Fprintf(&en, "=== %s ===\n%s\n", c.Name, MethodDescription(c.Params))
		fmt.Fprintf(&sv, "=== %s ===\n%s\n", c.Name, MethodDescriptionSv(c.Params))
	}
	checkGolden(t, "golden_method_en.txt", []byte(en.String()))
	checkGolden(t, "golden_method_sv.txt", []byte(sv.String()))
	// The worked example in the text must be the real key.
	p := goldenParams()[0].Params
	if k := Key(p.Seed, exampleCommittee, exampleDiarienummer); !strings.Contains(MethodDescription(p), k) || !strings.Contains(MethodDescriptionSv(p), k) {
		t.Error("method description lacks the worked example key")
	}
}

func TestKeyMatchesSha256sum(t *testing.T) {
	// Computed outside Go with bash and dash:
	//   printf '%s\0%s\0%s' 'IVO-2015-Värmland' 'Socialnämnden i Exempelstad' 'SN 2015/123' | sha256sum
	const want = "a5f1a11879eabdbd2a949a456ed2ba48bebecc4b551c55588745a57ebac966e6"
	if got := Key("IVO-2015-Värmland", "Socialnämnden i Exempelstad", "SN 2015/123"); got != want {
		t.Errorf("Key = %s, want %s", got, want)
	}
	// Items carry the same key.
	frame := []Unit{{Committee: "Socialnämnden i Exempelstad", Diarienummer: "SN 2015/123", Intervention: "öppenvård"}}
	r, err := Draw(frame, Params{Seed: "IVO-2015-Värmland", Allocation: Allocation{Mode: ModeFixed, PerStratum: 1}})
	if err != nil || len(r.Items) != 1 || r.Items[0].Key != want {
		t.Errorf("Draw item key: %+v, %v", r.Items, err)
	}
}

func TestFrameSHA256(t *testing.T) {
	// printf 'a\tb\nA\tc\n' | LC_ALL=C sort | sha256sum
	const want = "efe4668807a5483b3658086e8f8ce80eb2bb80a70a019365ff2fb56e2870eabf"
	if got := FrameSHA256([]Unit{{Committee: "a", Diarienummer: "b"}, {Committee: "A", Diarienummer: "c"}}); got != want {
		t.Errorf("FrameSHA256 = %s, want %s", got, want)
	}
	frame := loadFrame(t)
	// Prefix-related names exercise the order of lines vs (committee, dnr).
	frame = append(frame, Unit{Committee: "Socialnämnden i Kil", Diarienummer: "SN 2015/1"},
		Unit{Committee: "Socialnämnden i Kil 2", Diarienummer: "SN 2015/1"},
		Unit{Committee: "Socialnämnden i Kil", Diarienummer: "SN 2015/1 "})
	r, err := Draw(frame, Params{Seed: "s", Allocation: Allocation{Mode: ModeFixed, PerStratum: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if r.FrameSHA256 != FrameSHA256(frame) {
		t.Errorf("Draw's FrameSHA256 %s != FrameSHA256 %s", r.FrameSHA256, FrameSHA256(frame))
	}
	if r.FrameSize != len(frame) {
		t.Errorf("FrameSize = %d", r.FrameSize)
	}
}

func TestDrawOrderIndependent(t *testing.T) {
	frame := loadFrame(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range goldenParams() {
		want, err := Draw(frame, c.Params)
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			sh := slices.Clone(frame)
			rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
			got, err := Draw(sh, c.Params)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: shuffled frame gives a different result (err %v)", c.Name, err)
			}
		}
		// Concatenation of parts in another order.
		parts := slices.Concat(frame[130:], frame[:57], frame[57:130])
		got, err := Draw(parts, c.Params)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: reordered parts give a different result (err %v)", c.Name, err)
		}
	}
}

// referenceDraw is a deliberately naive implementation of the documented
// method (hex keys, full sort per stratum, linear walk) used to check Draw.
func referenceDraw(frame []Unit, p Params, sizes map[string]int) map[string][]string {
	strata := map[string][]Unit{}
	for _, u := range frame {
		k := u.Committee
		if p.ByIntervention {
			k += "|" + u.Intervention
		}
		strata[k] = append(strata[k], u)
	}
	out := map[string][]string{}
	for k, us := range strata {
		slices.SortFunc(us, func(a, b Unit) int {
			return strings.Compare(Key(p.Seed, a.Committee, a.Diarienummer), Key(p.Seed, b.Committee, b.Diarienummer))
		})
		taken := map[string]bool{}
		for _, u := range us {
			if len(out[k]) == sizes[k]+p.Reserves {
				break
			}
			if p.OneCasePerPerson && u.Person != "" {
				if taken[u.Person] {
					continue
				}
				taken[u.Person] = true
			}
			out[k] = append(out[k], u.Diarienummer)
		}
	}
	return out
}

func TestDrawMatchesReference(t *testing.T) {
	frame := loadFrame(t)
	for _, c := range goldenParams() {
		for _, seed := range []string{"a", "b", "Värmland 2015"} {
			p := c.Params
			p.Seed = seed
			r, err := Draw(frame, p)
			if err != nil {
				t.Fatal(err)
			}
			sizes := map[string]int{}
			for _, s := range r.Strata {
				k := s.Committee
				if p.ByIntervention {
					k += "|" + s.Intervention
				}
				sizes[k] = s.SampleSize
			}
			got := map[string][]string{}
			for _, it := range r.Items {
				k := it.Committee
				if p.ByIntervention {
					k += "|" + it.Intervention
				}
				got[k] = append(got[k], it.Diarienummer)
			}
			want := referenceDraw(frame, p, sizes)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s seed %q: Draw %v\nreference %v", c.Name, seed, got, want)
			}
		}
	}
}

func TestDrawItemsShape(t *testing.T) {
	frame := loadFrame(t)
	p := goldenParams()[0].Params
	r, err := Draw(frame, p)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, s := range r.Strata {
		prevRank := 0
		for j := 0; j < s.SampleSize+s.Reserves; j++ {
			it := r.Items[i]
			i++
			if it.Committee != s.Committee || it.Intervention != s.Intervention {
				t.Fatalf("item %+v outside stratum %+v", it, s)
			}
			if it.StratumRank <= prevRank {
				t.Errorf("ranks not increasing in %s", s.Committee)
			}
			prevRank = it.StratumRank
			if wantRes := j >= s.SampleSize; it.Reserve != wantRes {
				t.Errorf("item %d reserve = %v", j, it.Reserve)
			} else if wantRes && it.ReserveOrder != j-s.SampleSize+1 || !wantRes && it.ReserveOrder != 0 {
				t.Errorf("item %d reserve order %d", j, it.ReserveOrder)
			}
		}
	}
	if i != len(r.Items) {
		t.Errorf("%d items, strata account for %d", len(r.Items), i)
	}
}

func TestOneCasePerPerson(t *testing.T) {
	var frame []Unit
	// Committee A: person X has 30 cases, Y 20, Z 1, and 5 without a person.
	for i := range 30 {
		frame = append(frame, Unit{Committee: "A", Diarienummer: fmt.Sprintf("X-%d", i), Person: "X"})
	}
	for i := range 20 {
		frame = append(frame, Unit{Committee: "A", Diarienummer: fmt.Sprintf("Y-%d", i), Person: "Y"})
	}
	frame = append(frame, Unit{Committee: "A", Diarienummer: "Z-0", Person: "Z"})
	for i := range 5 {
		frame = append(frame, Unit{Committee: "A", Diarienummer: fmt.Sprintf("N-%d", i)})
	}
	// Person X also in committee B: does not block X in A.
	frame = append(frame, Unit{Committee: "B", Diarienummer: "X-B", Person: "X"})
	person := map[string]string{}
	for _, u := range frame {
		person[u.Committee+"\x00"+u.Diarienummer] = u.Person
	}
	for seed := range 50 {
		p := Params{Seed: fmt.Sprint(seed), Reserves: 2, OneCasePerPerson: true, Allocation: Allocation{Mode: ModeFixed, PerStratum: 6}}
		r, err := Draw(frame, p)
		if err != nil {
			t.Fatal(err)
		}
		a := r.Strata[0]
		if a.Cases != 56 || a.Population != 8 || a.SampleSize != 6 || a.Reserves != 2 {
			t.Fatalf("stratum A = %+v, want cases 56, population 8 (3 persons + 5), 6 + 2", a)
		}
		seen := map[string]bool{}
		for _, it := range r.Items {
			if it.Committee != "A" {
				continue
			}
			pn := person[it.Committee+"\x00"+it.Diarienummer]
			if pn != "" && seen[pn] {
				t.Fatalf("seed %d: person %s drawn twice in A", seed, pn)
			}
			seen[pn] = true
		}
		if !seen["X"] || !seen["Y"] || !seen["Z"] {
			t.Fatalf("seed %d: all 8 eligible units must be drawn, got %v", seed, seen)
		}
		if b := r.Strata[1]; b.Population != 1 || b.SampleSize != 1 || !strings.Contains(b.Warning, `"B"`) {
			t.Fatalf("stratum B = %+v", b)
		}
	}
}

func TestFixedAllocationCaps(t *testing.T) {
	frame := loadFrame(t)
	r, err := Draw(frame, Params{Seed: "x", ByIntervention: true, Reserves: 1, Allocation: Allocation{Mode: ModeFixed, PerStratum: 10}})
	if err != nil {
		t.Fatal(err)
	}
	capped := 0
	for _, s := range r.Strata {
		if s.Population < 10 {
			capped++
			label := s.Committee + " / " + s.Intervention
			if s.SampleSize != s.Population || s.Reserves != 0 || !strings.Contains(s.Warning, label) {
				t.Errorf("small stratum %+v: want all selected, no reserve, warning naming %q", s, label)
			}
			if !slices.ContainsFunc(r.Warnings, func(w string) bool { return strings.Contains(w, label) }) {
				t.Errorf("Result.Warnings lacks %q", label)
			}
		} else if s.SampleSize != 10 || s.Warning != "" && s.Population > 10 {
			t.Errorf("stratum %+v: want 10 and no warning", s)
		}
	}
	if capped == 0 {
		t.Fatal("test frame has no stratum below 10; the cap is not exercised")
	}
}

func TestProportionalAllocation(t *testing.T) {
	// Hand example: populations 5, 3, 2, total 5: quotas 2.5, 1.5, 1; floors
	// 2+1+1 = 4; the remainders of A and B tie, A sorts first: 3, 1, 1.
	var frame []Unit
	for c, n := range map[string]int{"A": 5, "B": 3, "C": 2} {
		for i := range n {
			frame = append(frame, Unit{Committee: c, Diarienummer: fmt.Sprint(i)})
		}
	}
	r, err := Draw(frame, Params{Seed: "s", Allocation: Allocation{Mode: ModeProportional, Total: 5}})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, s := range r.Strata {
		got = append(got, s.SampleSize)
	}
	if !slices.Equal(got, []int{3, 1, 1}) {
		t.Errorf("sizes %v, want [3 1 1]", got)
	}

	big := loadFrame(t)
	for _, by := range []bool{false, true} {
		for total := 1; total <= len(big); total += 7 {
			r, err := Draw(big, Params{Seed: "s", ByIntervention: by, Allocation: Allocation{Mode: ModeProportional, Total: total}})
			if err != nil {
				t.Fatal(err)
			}
			sum := 0
			for _, s := range r.Strata {
				sum += s.SampleSize
				exact := float64(total) * float64(s.Population) / float64(len(big))
				if float64(s.SampleSize) < exact-1 || float64(s.SampleSize) > exact+1 || s.SampleSize > s.Population {
					t.Errorf("total %d: stratum %+v far from quota %.2f", total, s, exact)
				}
			}
			if sum != total {
				t.Errorf("total %d (by intervention %v): sizes sum to %d", total, by, sum)
			}
		}
	}
	if _, err := Draw(big, Params{Seed: "s", Allocation: Allocation{Mode: ModeProportional, Total: 201}}); err == nil {
		t.Error("total above the frame size accepted")
	}
}

func TestMarginAllocation(t *testing.T) {
	frame := loadFrame(t)
	a := Allocation{Mode: ModeMargin, Margin: 0.1, Confidence: 0.95, Expected: 0.5}
	r, err := Draw(frame, Params{Seed: "s", Allocation: a})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Strata {
		_, want, _ := SampleSize(s.Population, a.Margin, a.Confidence, a.Expected)
		if s.SampleSize != want {
			t.Errorf("stratum %s: %d, want %d", s.Committee, s.SampleSize, want)
		}
	}
	// Karlstad has 20 cases: n0 = 96.04, 96.04/(1 + 95.04/20) = 16.7 -> 17.
	if s := r.Strata[4]; s.Committee != "Socialnämnden i Karlstad" || s.SampleSize != 17 {
		t.Errorf("Karlstad: %+v, want 17", s)
	}
}

func TestDrawErrors(t *testing.T) {
	ok := []Unit{{Committee: "A", Diarienummer: "1", Intervention: "öppenvård"}, {Committee: "A", Diarienummer: "2", Intervention: "institutionsvård"}}
	fixed := Allocation{Mode: ModeFixed, PerStratum: 1}
	cases := []struct {
		name  string
		frame []Unit
		p     Params
		want  string
	}{
		{"empty frame", nil, Params{Seed: "s", Allocation: fixed}, "empty"},
		{"empty seed", ok, Params{Allocation: fixed}, "seed"},
		{"NUL seed", ok, Params{Seed: "a\x00b", Allocation: fixed}, "NUL"},
		{"duplicate", append(slices.Clone(ok), Unit{Committee: "A", Diarienummer: "1", Intervention: "öppenvård"}), Params{Seed: "s", Allocation: fixed}, `case "1" of committee "A" occurs more than once`},
		{"duplicate across interventions", append(slices.Clone(ok), Unit{Committee: "A", Diarienummer: "2", Intervention: "öppenvård"}), Params{Seed: "s", ByIntervention: true, Allocation: fixed}, `case "2"`},
		{"empty committee", []Unit{{Diarienummer: "1"}}, Params{Seed: "s", Allocation: fixed}, "empty committee"},
		{"empty dnr", []Unit{{Committee: "A"}}, Params{Seed: "s", Allocation: fixed}, "empty diarienummer"},
		{"tab in dnr", []Unit{{Committee: "A", Diarienummer: "1\t2"}}, Params{Seed: "s", Allocation: fixed}, "control character"},
		{"NUL in committee", []Unit{{Committee: "A\x00", Diarienummer: "1"}}, Params{Seed: "s", Allocation: fixed}, "control character"},
		{"no intervention", []Unit{{Committee: "A", Diarienummer: "1"}}, Params{Seed: "s", ByIntervention: true, Allocation: fixed}, "no intervention"},
		{"negative reserves", ok, Params{Seed: "s", Reserves: -1, Allocation: fixed}, "reserves"},
		{"unknown mode", ok, Params{Seed: "s", Allocation: Allocation{Mode: "random"}}, "unknown allocation mode"},
		{"fixed zero", ok, Params{Seed: "s", Allocation: Allocation{Mode: ModeFixed}}, "PerStratum"},
		{"proportional zero", ok, Params{Seed: "s", Allocation: Allocation{Mode: ModeProportional}}, "Total"},
		{"proportional too big", ok, Params{Seed: "s", Allocation: Allocation{Mode: ModeProportional, Total: 3}}, "exceeds"},
		{"margin bad", ok, Params{Seed: "s", Allocation: Allocation{Mode: ModeMargin, Margin: 5, Confidence: 0.95, Expected: 0.5}}, "margin"},
	}
	for _, c := range cases {
		_, err := Draw(c.frame, c.p)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one containing %q", c.name, err, c.want)
		}
	}
}
