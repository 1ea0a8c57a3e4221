package sampling

import (
	"fmt"
	"math"
	"testing"
)

// chi2Crit999df100 is the 0.999 quantile of the chi-square distribution with
// 100 degrees of freedom (upper-tail 0.001 critical value), from the NIST/
// SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.4, "Critical
// values of the chi-square distribution": 149.449.
const chi2Crit999df100 = 149.449

// uniformityFrame has strata of 41, 31 and 31 units, so each statistic below
// has (41−1) + (31−1) + (31−1) = 100 degrees of freedom.
func uniformityFrame() []Unit {
	var frame []Unit
	for c, n := range map[string]int{"Socialnämnden i A": 41, "Socialnämnden i B": 31, "Socialnämnden i C": 31} {
		for i := range n {
			frame = append(frame, Unit{Committee: c, Diarienummer: fmt.Sprintf("SN 2015/%d", 100+i)})
		}
	}
	return frame
}

// uniformityStats draws with S seeds (seed(s)) and returns two statistics:
//
//   - inclusion: per unit u of a stratum of size N with n selected, the number
//     O_u of draws including u; under H0 each draw is a simple random sample,
//     so O_u ~ Bin(S, π), π = n/N, with Cov(O_u, O_v) = −Sπ(1−π)/(N−1) and ΣO_u
//     fixed. Σ_u (O_u − Sπ)² / (Sπ(1−π)·N/(N−1)) is then asymptotically χ²
//     with N − 1 degrees of freedom (the Pearson statistic scaled for
//     sampling without replacement).
//   - first reserve: the number of draws in which u is the first reserve;
//     under H0 this is multinomial(S, 1/N), and the Pearson statistic
//     Σ (O_u − S/N)²/(S/N) is asymptotically χ² with N − 1 degrees of freedom.
//
// Both are summed over the independent strata (degrees of freedom add).
func uniformityStats(t *testing.T, S int, seed func(int) string) (inclusion, firstReserve float64) {
	frame := uniformityFrame()
	const n = 5
	p := Params{Reserves: 2, Allocation: Allocation{Mode: ModeFixed, PerStratum: n}}
	incl := map[string]int{}
	res1 := map[string]int{}
	size := map[string]int{}
	for _, u := range frame {
		size[u.Committee]++
	}
	for s := range S {
		p.Seed = seed(s)
		r, err := Draw(frame, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range r.Items {
			id := it.Committee + "\x00" + it.Diarienummer
			if !it.Reserve {
				incl[id]++
			} else if it.ReserveOrder == 1 {
				res1[id]++
			}
		}
	}
	for _, u := range frame {
		id := u.Committee + "\x00" + u.Diarienummer
		N := float64(size[u.Committee])
		pi := n / N
		e := float64(S) * pi
		d := float64(incl[id]) - e
		inclusion += d * d / (float64(S) * pi * (1 - pi) * N / (N - 1))
		e1 := float64(S) / N
		d1 := float64(res1[id]) - e1
		firstReserve += d1 * d1 / e1
	}
	return inclusion, firstReserve
}

func TestInclusionUniform(t *testing.T) {
	// The seeds are fixed, so the test is deterministic; the threshold gives
	// a 0.1 % chance that a correct implementation would have been rejected
	// for this particular seed list.
	const S = 2000
	incl, res1 := uniformityStats(t, S, func(s int) string { return fmt.Sprintf("uniformity-%d", s) })
	t.Logf("S=%d: inclusion χ² = %.1f, first-reserve χ² = %.1f (df 100, 0.999 critical value %.3f)", S, incl, res1, chi2Crit999df100)
	if incl > chi2Crit999df100 {
		t.Errorf("inclusion frequencies are not uniform: χ² = %.1f > %.3f", incl, chi2Crit999df100)
	}
	if res1 > chi2Crit999df100 {
		t.Errorf("first-reserve positions are not uniform: χ² = %.1f > %.3f", res1, chi2Crit999df100)
	}
	// Cross-check of the hard-coded critical value with the Wilson–Hilferty
	// approximation k(1 − 2/(9k) + z·sqrt(2/(9k)))³ (accurate to ~0.1 % here).
	k, z := 100.0, NormalQuantile(0.999)
	wh := k * math.Pow(1-2/(9*k)+z*math.Sqrt(2/(9*k)), 3)
	if math.Abs(wh-chi2Crit999df100)/chi2Crit999df100 > 0.002 {
		t.Errorf("critical value %.3f disagrees with Wilson–Hilferty %.3f", chi2Crit999df100, wh)
	}
}

// TestInclusionUniformHasPower shows the statistic rejects a non-random
// draw: a seed that repeats every 10 draws gives far too concentrated counts.
func TestInclusionUniformHasPower(t *testing.T) {
	incl, res1 := uniformityStats(t, 400, func(s int) string { return fmt.Sprintf("uniformity-%d", s%10) })
	if incl <= chi2Crit999df100 || res1 <= chi2Crit999df100 {
		t.Errorf("biased draws not detected: χ² = %.1f, %.1f", incl, res1)
	}
}
