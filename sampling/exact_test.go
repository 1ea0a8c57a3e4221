package sampling

import (
	"math"
	"math/big"
	"testing"
	"time"
)

// exactTails returns P(X ≤ x) and P(X ≥ x) for X ~ Hypergeometric(N, K, n)
// as exact rationals, by summing C(K, j)·C(N−K, n−j)/C(N, n) over the
// support with math/big. It shares no code with exact.go.
func exactTails(x, n, N, K int) (lower, upper *big.Rat) {
	total := new(big.Int).Binomial(int64(N), int64(n))
	lo, up := new(big.Int), new(big.Int)
	for j := 0; j <= n; j++ {
		if j > K || n-j > N-K {
			continue
		}
		t := new(big.Int).Binomial(int64(K), int64(j))
		t.Mul(t, new(big.Int).Binomial(int64(N-K), int64(n-j)))
		if j <= x {
			lo.Add(lo, t)
		}
		if j >= x {
			up.Add(up, t)
		}
	}
	return new(big.Rat).SetFrac(lo, total), new(big.Rat).SetFrac(up, total)
}

// bruteInterval scans every K in [0, N] with exact arithmetic and applies the
// definition literally: kLow is the smallest K with P(X ≥ x | K) > tail and
// kHigh the largest with P(X ≤ x | K) > tail. kLowTie and kHighTie are the
// same with ≥ in place of >: where a tail probability equals tail exactly, a
// floating-point implementation may fairly land on either.
func bruteInterval(x, n, N int, tail *big.Rat) (kLow, kHigh, kLowTie, kHighTie int) {
	kLow, kHigh, kLowTie, kHighTie = -1, -1, -1, -1
	for K := 0; K <= N; K++ {
		lower, upper := exactTails(x, n, N, K)
		if kLow < 0 && upper.Cmp(tail) > 0 {
			kLow = K
		}
		if kLowTie < 0 && upper.Cmp(tail) >= 0 {
			kLowTie = K
		}
		if lower.Cmp(tail) > 0 {
			kHigh = K
		}
		if lower.Cmp(tail) >= 0 {
			kHighTie = K
		}
	}
	return kLow, kHigh, kLowTie, kHighTie
}

func TestHypergeometricIntervalBruteForce(t *testing.T) {
	// Every x, n for small populations, against exact enumeration over all K.
	confs := []struct {
		conf float64
		tail *big.Rat // (1 − conf)/2 as an exact fraction
	}{
		{0.95, big.NewRat(1, 40)},
		{0.90, big.NewRat(1, 20)},
		{0.99, big.NewRat(1, 200)},
	}
	ties := 0
	for _, c := range confs {
		for N := 1; N <= 24; N++ {
			for n := 0; n <= N; n++ {
				for x := 0; x <= n; x++ {
					lo, hi, err := HypergeometricInterval(x, n, N, c.conf)
					if err != nil {
						t.Fatalf("HypergeometricInterval(%d, %d, %d, %v): %v", x, n, N, c.conf, err)
					}
					wlo, whi, tlo, thi := bruteInterval(x, n, N, c.tail)
					if wlo != tlo || whi != thi {
						ties++
					}
					if (lo != wlo && lo != tlo) || (hi != whi && hi != thi) {
						t.Errorf("HypergeometricInterval(x=%d, n=%d, N=%d, %v) = [%d, %d], enumeration gives [%d, %d] (or [%d, %d] at an exact tie)", x, n, N, c.conf, lo, hi, wlo, whi, tlo, thi)
					}
				}
			}
		}
	}
	t.Logf("%d (x, n, N, conf) combinations have a tail probability exactly at the threshold", ties)
}

func TestHypergeometricUpperBruteForce(t *testing.T) {
	for N := 1; N <= 20; N++ {
		for n := 0; n <= N; n++ {
			for x := 0; x <= n; x++ {
				got, err := HypergeometricUpper(x, n, N, 0.95)
				if err != nil {
					t.Fatal(err)
				}
				// want uses > as defined; wantTie uses ≥, for an exact tie.
				want, wantTie := -1, -1
				for K := 0; K <= N; K++ {
					lower, _ := exactTails(x, n, N, K)
					c := lower.Cmp(big.NewRat(1, 20))
					if c > 0 {
						want = K
					}
					if c >= 0 {
						wantTie = K
					}
				}
				if got != want && got != wantTie {
					t.Errorf("HypergeometricUpper(%d, %d, %d, 0.95) = %d, enumeration gives %d", x, n, N, got, want)
				}
			}
		}
	}
}

func TestHypergeometricIntervalEnds(t *testing.T) {
	for _, c := range []struct{ x, n, N int }{{0, 10, 303}, {0, 1, 1}, {0, 50, 50}, {0, 0, 7}, {0, 200, 100000}} {
		lo, _, err := HypergeometricInterval(c.x, c.n, c.N, 0.95)
		if err != nil || lo != 0 {
			t.Errorf("x = 0: HypergeometricInterval(%d, %d, %d) low = %d, %v; want 0", c.x, c.n, c.N, lo, err)
		}
	}
	for _, c := range []struct{ n, N int }{{10, 303}, {1, 1}, {50, 50}, {200, 100000}} {
		_, hi, err := HypergeometricInterval(c.n, c.n, c.N, 0.95)
		if err != nil || hi != c.N {
			t.Errorf("x = n: HypergeometricInterval(%d, %d, %d) high = %d, %v; want %d", c.n, c.n, c.N, hi, err, c.N)
		}
	}
	// A census knows K exactly.
	if lo, hi, _ := HypergeometricInterval(7, 50, 50, 0.95); lo != 7 || hi != 7 {
		t.Errorf("census: [%d, %d], want [7, 7]", lo, hi)
	}
	// n = 0 knows nothing.
	if lo, hi, _ := HypergeometricInterval(0, 0, 40, 0.95); lo != 0 || hi != 40 {
		t.Errorf("n = 0: [%d, %d], want [0, 40]", lo, hi)
	}
}

func TestHypergeometricIntervalIssueExample(t *testing.T) {
	// The issue's example: a committee with N = 303 case files, n = 10
	// reviewed, none lacking. By hand: P(X = 0 | K) = C(303−K, 10)/C(303, 10);
	// at K = 92 it is Π_{i=0..9} (211−i)/(303−i) = 0.02514… > 0.025 and at
	// K = 93 it is Π (210−i)/(303−i) = 0.02417… ≤ 0.025, so K_high = 92 and
	// K_high/N = 0.3036, "about 30 %" (the Clopper–Pearson bound for an
	// infinite population is 0.3085).
	lo, hi, err := HypergeometricInterval(0, 10, 303, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	if lo != 0 || hi != 92 {
		t.Errorf("HypergeometricInterval(0, 10, 303, 0.95) = [%d, %d], want [0, 92]", lo, hi)
	}
	p92, p93 := 1.0, 1.0
	for i := range 10 {
		p92 *= float64(211-i) / float64(303-i)
		p93 *= float64(210-i) / float64(303-i)
	}
	if !(p92 > 0.025 && p93 <= 0.025) {
		t.Errorf("hand check of the example is off: P(0|92) = %v, P(0|93) = %v", p92, p93)
	}
}

// binomCDF returns P(Y ≤ x) for Y ~ Binomial(n, p) by direct summation.
func binomCDF(x, n int, p float64) float64 {
	var s float64
	for j := 0; j <= x; j++ {
		lc := lchooseTest(n, j)
		s += math.Exp(lc + float64(j)*math.Log(p) + float64(n-j)*math.Log1p(-p))
	}
	return s
}

func lchooseTest(n, k int) float64 {
	r := 0.0
	for i := 1; i <= k; i++ {
		r += math.Log(float64(n-k+i)) - math.Log(float64(i))
	}
	return r
}

// clopperPearson inverts the binomial tails by bisection: an independent
// computation of the 95 % Clopper–Pearson interval.
func clopperPearson(x, n int) (low, high float64) {
	solve := func(f func(p float64) float64) float64 { // f decreasing in p, root of f = 0.025
		a, b := 0.0, 1.0
		for range 200 {
			m := (a + b) / 2
			if f(m) > 0.025 {
				a = m
			} else {
				b = m
			}
		}
		return (a + b) / 2
	}
	if x > 0 {
		// P(Y ≥ x | p) increases in p: solve 1 − P(Y ≥ x) = … via the complement.
		low = 1 - solve(func(q float64) float64 { return 1 - binomCDF(x-1, n, 1-q) })
	}
	high = 1
	if x < n {
		high = solve(func(p float64) float64 { return binomCDF(x, n, p) })
	}
	return low, high
}

func TestHypergeometricIntervalApproachesClopperPearson(t *testing.T) {
	// Published 95 % Clopper–Pearson (exact binomial) intervals:
	//   0/10 → [0, 0.3085]: Newcombe RG (1998), "Two-sided confidence intervals
	//     for the single proportion: comparison of seven methods", Stat Med
	//     17:857–872, table II, method 5 (exact); also 1 − 0.025^(1/10) = 0.30850.
	//   1/10 → [0.0025, 0.4450]: the standard tabulated exact interval; the
	//     lower end is 1 − 0.975^(1/10) = 0.00253 in closed form.
	// For N = 100000 the hypergeometric interval, divided by N, must agree to
	// the published four decimals (the finite-population effect at n/N = 1e-4
	// is far below that) and with an independent bisection on the binomial
	// CDF to within 1e-4.
	const N = 100000
	cases := []struct {
		x, n      int
		low, high float64
	}{
		{0, 10, 0, 0.3085},
		{1, 10, 0.0025, 0.4450},
	}
	for _, c := range cases {
		lo, hi, err := HypergeometricInterval(c.x, c.n, N, 0.95)
		if err != nil {
			t.Fatal(err)
		}
		gl, gh := float64(lo)/N, float64(hi)/N
		if math.Abs(gl-c.low) > 5e-5+1e-4 || math.Abs(gh-c.high) > 5e-5+1e-4 {
			t.Errorf("x=%d, n=%d, N=%d: [%.5f, %.5f], published Clopper–Pearson [%.4f, %.4f]", c.x, c.n, N, gl, gh, c.low, c.high)
		}
	}
	for _, c := range []struct{ x, n int }{{0, 10}, {1, 10}, {5, 10}, {3, 40}, {0, 59}, {12, 200}, {200, 200}} {
		lo, hi, err := HypergeometricInterval(c.x, c.n, N, 0.95)
		if err != nil {
			t.Fatal(err)
		}
		cl, ch := clopperPearson(c.x, c.n)
		if math.Abs(float64(lo)/N-cl) > 1e-4 || math.Abs(float64(hi)/N-ch) > 1e-4 {
			t.Errorf("x=%d, n=%d: [%.5f, %.5f], Clopper–Pearson by bisection [%.5f, %.5f]", c.x, c.n, float64(lo)/N, float64(hi)/N, cl, ch)
		}
	}
}

func TestHypergeometricIntervalLarge(t *testing.T) {
	// N = 1,000,000 and n = 3000: must be fast and consistent with the
	// binomial limit (x/n = 1 %, Clopper–Pearson by bisection).
	start := time.Now()
	lo, hi, err := HypergeometricInterval(30, 3000, 1000000, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("N = 1e6, n = 3000 took %v", d)
	}
	cl, ch := clopperPearson(30, 3000)
	// The finite-population correction narrows the interval slightly
	// (n/N = 0.3 %); it must lie inside, and within 1e-4 of, the binomial one.
	gl, gh := float64(lo)/1e6, float64(hi)/1e6
	if gl < cl || gh > ch || gl-cl > 1e-4 || ch-gh > 1e-4 {
		t.Errorf("N = 1e6: [%.6f, %.6f], Clopper–Pearson [%.6f, %.6f]", gl, gh, cl, ch)
	}
	// Extreme tails must not overflow: every unit lacking in a large sample.
	if lo, hi, err := HypergeometricInterval(5000, 5000, 1000000, 0.99); err != nil || hi != 1000000 || lo < 990000 {
		t.Errorf("x = n = 5000, N = 1e6: [%d, %d], %v", lo, hi, err)
	}
}

func TestHypergeometricErrors(t *testing.T) {
	bad := []struct {
		x, n, N int
		conf    float64
	}{
		{0, 0, 0, 0.95},
		{0, 11, 10, 0.95},
		{0, -1, 10, 0.95},
		{3, 2, 10, 0.95},
		{-1, 2, 10, 0.95},
		{0, 2, 10, 0},
		{0, 2, 10, 1},
		{0, 2, 10, math.NaN()},
	}
	for _, b := range bad {
		if _, _, err := HypergeometricInterval(b.x, b.n, b.N, b.conf); err == nil {
			t.Errorf("HypergeometricInterval(%d, %d, %d, %v): want error", b.x, b.n, b.N, b.conf)
		}
		if _, err := HypergeometricUpper(b.x, b.n, b.N, b.conf); err == nil {
			t.Errorf("HypergeometricUpper(%d, %d, %d, %v): want error", b.x, b.n, b.N, b.conf)
		}
	}
}
