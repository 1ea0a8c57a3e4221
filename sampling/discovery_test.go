package sampling

import (
	"math"
	"math/big"
	"testing"
)

func TestDiscoverySizePublishedTables(t *testing.T) {
	// AICPA Audit Guide "Audit Sampling", appendix A, tables A-1 (5 % risk of
	// overreliance, i.e. 95 % confidence) and A-2 (10 % risk, 90 %), the row
	// for an expected population deviation rate of 0.00 %: sample sizes by
	// tolerable deviation rate. These tables assume a large population
	// (binomial), so population = 0 here.
	tables := []struct {
		confidence float64
		sizes      map[float64]int
	}{
		{0.95, map[float64]int{0.02: 149, 0.03: 99, 0.04: 74, 0.05: 59, 0.06: 49, 0.07: 42, 0.08: 36, 0.09: 32, 0.10: 29, 0.15: 19, 0.20: 14}},
		{0.90, map[float64]int{0.02: 114, 0.03: 76, 0.04: 57, 0.05: 45, 0.06: 38, 0.07: 32, 0.08: 28, 0.09: 25, 0.10: 22, 0.15: 15, 0.20: 11}},
	}
	for _, tab := range tables {
		for rate, want := range tab.sizes {
			got, err := DiscoverySize(0, rate, tab.confidence)
			if err != nil || got != want {
				t.Errorf("DiscoverySize(∞, %v, %v) = %d, %v; table gives %d", rate, tab.confidence, got, err, want)
			}
		}
	}
	// A very large finite population gives the same sizes.
	for rate, want := range tables[0].sizes {
		if got, _ := DiscoverySize(10000000, rate, 0.95); got != want {
			t.Errorf("DiscoverySize(1e7, %v, 0.95) = %d, want %d", rate, got, want)
		}
	}
}

func TestDiscoverySizeBruteForce(t *testing.T) {
	// Every K = 1..N for N up to 60: the smallest n with
	// C(N−K, n)/C(N, n) ≤ 1 − C, in exact arithmetic.
	confs := []struct {
		c    float64
		miss *big.Rat
	}{
		{0.95, big.NewRat(1, 20)},
		{0.90, big.NewRat(1, 10)},
		{0.99, big.NewRat(1, 100)},
		{0.75, big.NewRat(1, 4)},
	}
	for _, c := range confs {
		for N := 1; N <= 60; N++ {
			for K := 1; K <= N; K++ {
				want := -1
				for n := 1; n <= N; n++ {
					p := new(big.Rat).SetFrac(new(big.Int).Binomial(int64(N-K), int64(n)), new(big.Int).Binomial(int64(N), int64(n)))
					if p.Cmp(c.miss) <= 0 {
						want = n
						break
					}
				}
				rate := float64(K) / float64(N)
				got, err := DiscoverySize(N, rate, c.c)
				if err != nil || got != want {
					t.Errorf("DiscoverySize(%d, %d/%d, %v) = %d, %v; enumeration gives %d", N, K, N, c.c, got, err, want)
				}
			}
		}
	}
}

func TestDiscoverySizeAgreesWithUpperBound(t *testing.T) {
	// Finding nothing in the discovery sample must put the one-sided upper
	// bound below K, and one unit fewer must not.
	for _, c := range []struct {
		N    int
		rate float64
	}{{303, 0.05}, {303, 0.10}, {1000, 0.02}, {50000, 0.01}, {40, 0.25}} {
		n, err := DiscoverySize(c.N, c.rate, 0.95)
		if err != nil {
			t.Fatal(err)
		}
		K := int(math.Ceil(c.rate*float64(c.N) - 1e-9))
		up, _ := HypergeometricUpper(0, n, c.N, 0.95)
		upPrev, _ := HypergeometricUpper(0, n-1, c.N, 0.95)
		if up >= K || upPrev < K {
			t.Errorf("N=%d rate=%v: n=%d gives upper bound %d, n−1 gives %d; K=%d", c.N, c.rate, n, up, upPrev, K)
		}
	}
}

func TestDiscoverySizeEdges(t *testing.T) {
	// 0.07·100 is 7.000000000000001 in floating point: K must be 7, not 8.
	// Π_{i<n} (93−i)/(100−i) ≤ 1/20 first at n = 34 (exact enumeration
	// below, with math/big); K = 8 would give 31.
	got, _ := DiscoverySize(100, 0.07, 0.95)
	want := -1
	for n := 1; n <= 100; n++ {
		p := new(big.Rat).SetFrac(new(big.Int).Binomial(93, int64(n)), new(big.Int).Binomial(100, int64(n)))
		if p.Cmp(big.NewRat(1, 20)) <= 0 {
			want = n
			break
		}
	}
	if got != want || want != 34 {
		t.Errorf("DiscoverySize(100, 0.07, 0.95) = %d, want %d (34)", got, want)
	}
	if n, _ := DiscoverySize(0, 1, 0.95); n != 1 {
		t.Errorf("rate 1, infinite population: %d, want 1", n)
	}
	if n, _ := DiscoverySize(10, 1, 0.95); n != 1 {
		t.Errorf("rate 1, N = 10: %d, want 1", n)
	}
	// One lacking unit in 10: every unit must be checked to be 95 % sure.
	if n, _ := DiscoverySize(10, 0.01, 0.95); n != 10 {
		t.Errorf("K = 1 of 10: %d, want 10", n)
	}
	// Exact tie in the binomial limit: 0.5² = 0.25 = 1 − 0.75.
	if n, _ := DiscoverySize(0, 0.5, 0.75); n != 2 {
		t.Errorf("tie (1/2)^2 = 1/4: %d, want 2", n)
	}
	for _, b := range []struct{ rate, conf float64 }{{0, 0.95}, {-0.1, 0.95}, {1.1, 0.95}, {math.NaN(), 0.95}, {0.05, 0}, {0.05, 1}, {0.05, math.NaN()}} {
		if _, err := DiscoverySize(100, b.rate, b.conf); err == nil {
			t.Errorf("DiscoverySize(100, %v, %v): want error", b.rate, b.conf)
		}
	}
	if _, err := DiscoverySize(0, 1e-12, 0.95); err == nil {
		t.Error("a size above 2^31 should be an error")
	}
}
