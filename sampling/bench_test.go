package sampling

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// bigFrame returns units over committees committees (about units/committees
// each), two interventions, in shuffled order so the draw cannot rely on the
// frame being grouped by committee. The strings are allocated in frame
// order, as they would be when the frame is read from a file.
func bigFrame(units, committees int) []Unit {
	frame := make([]Unit, units)
	names := make([]string, committees)
	for c := range names {
		names[c] = fmt.Sprintf("Socialnämnden i kommun %03d", c)
	}
	order := make([]int, units)
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(7, 8))
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for pos, i := range order {
		c := i % committees
		iv := "öppenvård"
		if i%3 == 0 {
			iv = "institutionsvård"
		}
		frame[pos] = Unit{Committee: names[c], Diarienummer: fmt.Sprintf("SN %d/%05d", 2010+i/committees%10, i/committees), Intervention: iv, Person: fmt.Sprintf("P%07d", i/2)}
	}
	return frame
}

// BenchmarkDraw1M: 1,000,000 units over 290 committees, 10 per committee
// plus 3 reserves.
func BenchmarkDraw1M(b *testing.B) {
	frame := bigFrame(1_000_000, 290)
	p := Params{Seed: "bench", Reserves: 3, Allocation: Allocation{Mode: ModeFixed, PerStratum: 10}}
	b.ReportAllocs()
	for b.Loop() {
		r, err := Draw(frame, p)
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Items) != 290*13 {
			b.Fatalf("%d items", len(r.Items))
		}
	}
}
