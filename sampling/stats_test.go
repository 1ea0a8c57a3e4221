package sampling

import (
	"errors"
	"math"
	"testing"
)

func TestNormalQuantile(t *testing.T) {
	// Reference values: high-precision quantiles of the standard normal
	// (e.g. R qnorm, Abramowitz & Stegun table 26.5).
	cases := []struct{ p, want float64 }{
		{0.5, 0},
		{0.975, 1.959963984540054},
		{0.995, 2.5758293035489004},
		{0.95, 1.6448536269514722},
		{0.999, 3.090232306167813},
		{0.8413447460685429, 1}, // Φ(1)
		{0.02, -2.053748910631823},
		{1e-10, -6.361340902404056},
	}
	for _, c := range cases {
		if got := NormalQuantile(c.p); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("NormalQuantile(%v) = %.15g, want %.15g", c.p, got, c.want)
		}
	}
	// Round trip through Φ over the whole range, including both tails.
	for _, p := range []float64{1e-300, 1e-15, 1e-6, 0.001, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.99, 0.999999} {
		x := NormalQuantile(p)
		back := 0.5 * math.Erfc(-x/math.Sqrt2)
		if math.Abs(back-p) > 1e-12*math.Max(p, 1e-3) && math.Abs(back-p)/p > 1e-9 {
			t.Errorf("Φ(NormalQuantile(%g)) = %g", p, back)
		}
	}
	if !math.IsInf(NormalQuantile(0), -1) || !math.IsInf(NormalQuantile(1), 1) || !math.IsNaN(NormalQuantile(1.5)) || !math.IsNaN(NormalQuantile(-0.1)) {
		t.Error("NormalQuantile edge values wrong")
	}
}

func TestZForConfidence(t *testing.T) {
	for _, c := range []struct{ c, want float64 }{
		{0.95, 1.959963984540054},
		{0.99, 2.5758293035489004},
		{0.90, 1.6448536269514722},
		{0.80, 1.2815515655446004},
	} {
		if got := ZForConfidence(c.c); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("ZForConfidence(%v) = %.15g, want %.15g", c.c, got, c.want)
		}
	}
	for _, c := range []float64{0, 1, -0.5, 2, math.NaN()} {
		if !math.IsNaN(ZForConfidence(c)) {
			t.Errorf("ZForConfidence(%v) should be NaN", c)
		}
	}
}

func TestWilsonPublished(t *testing.T) {
	// Newcombe RG (1998), "Two-sided confidence intervals for the single
	// proportion: comparison of seven methods", Stat Med 17:857-872, table II,
	// method 3 (score interval without continuity correction), 95 %.
	z := ZForConfidence(0.95)
	cases := []struct {
		k, n      int
		low, high float64
	}{
		{81, 263, 0.2553, 0.3662},
		{15, 148, 0.0624, 0.1605},
		{0, 20, 0, 0.1611},
		{1, 29, 0.0061, 0.1718},
		{0, 10, 0, 0.2775},
		{10, 10, 0.7225, 1},
	}
	for _, c := range cases {
		lo, hi := Wilson(c.k, c.n, z, 0)
		if math.Abs(lo-c.low) > 5e-5 || math.Abs(hi-c.high) > 5e-5 {
			t.Errorf("Wilson(%d, %d) = (%.4f, %.4f), want (%.4f, %.4f)", c.k, c.n, lo, hi, c.low, c.high)
		}
	}
	if lo, hi := Wilson(0, 0, z, 0); lo != 0 || hi != 1 {
		t.Errorf("Wilson(0,0) = (%v, %v), want (0, 1)", lo, hi)
	}
}

func TestWilsonFinitePopulation(t *testing.T) {
	z := ZForConfidence(0.95)
	k, n := 3, 10
	inf0, inf1 := Wilson(k, n, z, 0)
	for _, N := range []int{11, 15, 40, 200, 1000000} {
		lo, hi := Wilson(k, n, z, N)
		if !(lo >= inf0 && hi <= inf1) {
			t.Errorf("N=%d: FPC interval (%v, %v) not inside infinite one (%v, %v)", N, lo, hi, inf0, inf1)
		}
		// The bounds solve the score equation with the corrected variance:
		// (p̂ − π)² = z²·f·π(1−π)/n.
		f := float64(N-n) / float64(N-1)
		ph := float64(k) / float64(n)
		for _, pi := range []float64{lo, hi} {
			lhs := (ph - pi) * (ph - pi)
			rhs := z * z * f * pi * (1 - pi) / float64(n)
			if math.Abs(lhs-rhs) > 1e-12 {
				t.Errorf("N=%d bound %v: (p̂−π)² = %v, z²fπ(1−π)/n = %v", N, pi, lhs, rhs)
			}
		}
	}
	// A huge population is practically infinite.
	lo, hi := Wilson(k, n, z, 1<<40)
	if math.Abs(lo-inf0) > 1e-9 || math.Abs(hi-inf1) > 1e-9 {
		t.Errorf("N=2^40: (%v, %v) vs infinite (%v, %v)", lo, hi, inf0, inf1)
	}
	// A census has no sampling error.
	if lo, hi := Wilson(k, n, z, n); lo != 0.3 || hi != 0.3 {
		t.Errorf("census: (%v, %v), want (0.3, 0.3)", lo, hi)
	}
	// Inconsistent population (< n) is ignored.
	if lo, hi := Wilson(k, n, z, 5); lo != inf0 || hi != inf1 {
		t.Errorf("N<n: (%v, %v), want infinite (%v, %v)", lo, hi, inf0, inf1)
	}
}

func TestSampleSizeTextbook(t *testing.T) {
	cases := []struct {
		N                   int
		E, C, P             float64
		infinite, corrected int
	}{
		// Cochran's classic values; corrected ones agree with Krejcie &
		// Morgan (1970) table 1 for N = 100 (80) and N = 1000 (278).
		{0, 0.05, 0.95, 0.5, 385, 385},
		{1000, 0.05, 0.95, 0.5, 385, 278},
		{100, 0.05, 0.95, 0.5, 385, 80},
		{0, 0.05, 0.99, 0.5, 664, 664},
		{0, 0.03, 0.95, 0.5, 1068, 1068},
		{0, 0.05, 0.90, 0.5, 271, 271},
		{0, 0.10, 0.95, 0.5, 97, 97},
		{40, 0.10, 0.95, 0.5, 97, 29},
		{0, 0.05, 0.95, 0.2, 246, 246}, // 1.96²·0.16/0.0025 = 245.9
		{10, 0.05, 0.95, 0.5, 385, 10},
		{0, 0.05, 0.95, 0, 1, 1},
	}
	for _, c := range cases {
		inf, cor, err := SampleSize(c.N, c.E, c.C, c.P)
		if err != nil || inf != c.infinite || cor != c.corrected {
			t.Errorf("SampleSize(%d, %v, %v, %v) = %d, %d, %v; want %d, %d", c.N, c.E, c.C, c.P, inf, cor, err, c.infinite, c.corrected)
		}
	}
}

func TestSampleSizeValidation(t *testing.T) {
	bad := []struct{ E, C, P float64 }{
		{0, 0.95, 0.5}, {1, 0.95, 0.5}, {-0.1, 0.95, 0.5}, {math.NaN(), 0.95, 0.5},
		{0.05, 0, 0.5}, {0.05, 1, 0.5}, {0.05, 95, 0.5},
		{0.05, 0.95, -0.01}, {0.05, 0.95, 1.01}, {0.05, 0.95, math.NaN()},
	}
	for _, b := range bad {
		if _, _, err := SampleSize(100, b.E, b.C, b.P); err == nil {
			t.Errorf("SampleSize(100, %v, %v, %v) accepted", b.E, b.C, b.P)
		}
	}
}

func TestCohenKappaPublished(t *testing.T) {
	// Wikipedia "Cohen's kappa" worked examples, and Fleiss, Levin & Paik
	// (2003) table 18.1 (two psychiatrists, 100 patients, 3 diagnoses),
	// κ = (0.89 − 0.66)/(1 − 0.66).
	cases := []struct {
		table [][]int
		kappa float64
		po    float64
	}{
		{[][]int{{20, 5}, {10, 15}}, 0.4, 0.7},
		{[][]int{{45, 15}, {25, 15}}, 0.130434782608696, 0.6},
		{[][]int{{25, 35}, {5, 35}}, 0.259259259259259, 0.6},
		{[][]int{{75, 1, 4}, {5, 4, 1}, {0, 0, 10}}, 0.23 / 0.34, 0.89},
	}
	for _, c := range cases {
		k, se, lo, hi, err := CohenKappa(c.table)
		if err != nil {
			t.Fatalf("CohenKappa(%v): %v", c.table, err)
		}
		if math.Abs(k-c.kappa) > 1e-12 {
			t.Errorf("CohenKappa(%v) = %.15g, want %.15g", c.table, k, c.kappa)
		}
		if po := PercentAgreement(c.table); math.Abs(po-c.po) > 1e-12 {
			t.Errorf("PercentAgreement(%v) = %v, want %v", c.table, po, c.po)
		}
		z := ZForConfidence(0.95)
		if math.Abs(lo-(k-z*se)) > 1e-12 || math.Abs(hi-math.Min(1, k+z*se)) > 1e-12 {
			t.Errorf("CI (%v, %v) is not κ ± z·se", lo, hi)
		}
	}
	// Fleiss-Cohen-Everitt standard error for [[20,5],[10,15]] by hand:
	// A = .4·.34² + .3·.46² = .10972, B = .36·(.1·1.1² + .2·.9²) = .10188,
	// C = (.4 − .5·.6)² = .01, var = .2016/(50·.25) = .016128.
	_, se, lo, hi, _ := CohenKappa([][]int{{20, 5}, {10, 15}})
	if want := math.Sqrt(0.016128); math.Abs(se-want) > 1e-12 {
		t.Errorf("se = %.15g, want %.15g", se, want)
	}
	if math.Abs(lo-0.151092) > 1e-6 || math.Abs(hi-0.648908) > 1e-6 {
		t.Errorf("95%% CI = (%.6f, %.6f), want (0.151092, 0.648908)", lo, hi)
	}
}

// deltaMethodSE computes the large-sample standard error of kappa by
// numerical differentiation of kappa with respect to the cell proportions
// (multinomial delta method), independently of the closed form.
func deltaMethodSE(table [][]int) float64 {
	k := len(table)
	var n float64
	p := make([][]float64, k)
	for i := range table {
		p[i] = make([]float64, k)
		for j, v := range table[i] {
			n += float64(v)
			p[i][j] = float64(v)
		}
	}
	for i := range p {
		for j := range p[i] {
			p[i][j] /= n
		}
	}
	kap := func(q [][]float64) float64 {
		var tot, po, pe float64
		for i := range q {
			for j := range q[i] {
				tot += q[i][j]
			}
		}
		for i := range q {
			po += q[i][i] / tot
			var r, c float64
			for j := range q {
				r += q[i][j] / tot
				c += q[j][i] / tot
			}
			pe += r * c
		}
		return (po - pe) / (1 - pe)
	}
	const h = 1e-6
	var m1, m2 float64
	for i := range p {
		for j := range p[i] {
			orig := p[i][j]
			p[i][j] = orig + h
			up := kap(p)
			p[i][j] = orig - h
			down := kap(p)
			p[i][j] = orig
			g := (up - down) / (2 * h)
			m1 += orig * g
			m2 += orig * g * g
		}
	}
	return math.Sqrt((m2 - m1*m1) / n)
}

func TestCohenKappaSEDeltaMethod(t *testing.T) {
	tables := [][][]int{
		{{20, 5}, {10, 15}},
		{{45, 15}, {25, 15}},
		{{75, 1, 4}, {5, 4, 1}, {0, 0, 10}},
		{{12, 3, 1, 0}, {2, 9, 4, 1}, {0, 3, 15, 2}, {1, 0, 2, 7}},
		{{3, 40}, {38, 2}}, // negative kappa
	}
	for _, tb := range tables {
		_, se, _, _, err := CohenKappa(tb)
		if err != nil {
			t.Fatal(err)
		}
		if want := deltaMethodSE(tb); math.Abs(se-want) > 1e-6*math.Max(1, want) {
			t.Errorf("CohenKappa(%v) se = %.9f, delta method %.9f", tb, se, want)
		}
	}
}

func TestCohenKappaDegenerate(t *testing.T) {
	for _, tb := range [][][]int{{{50, 0}, {0, 0}}, {{0, 0, 0}, {0, 0, 0}, {0, 0, 7}}} {
		k, se, lo, hi, err := CohenKappa(tb)
		if !errors.Is(err, ErrDegenerateTable) {
			t.Errorf("CohenKappa(%v) err = %v, want ErrDegenerateTable", tb, err)
		}
		if k != 0 || se != 0 || lo != 0 || hi != 0 {
			t.Errorf("CohenKappa(%v) returned numbers with error", tb)
		}
		if PercentAgreement(tb) != 1 {
			t.Errorf("PercentAgreement(%v) = %v, want 1", tb, PercentAgreement(tb))
		}
	}
	// Perfect agreement over two categories: κ = 1, se = 0, no NaN.
	k, se, lo, hi, err := CohenKappa([][]int{{10, 0}, {0, 5}})
	if err != nil || k != 1 || se != 0 || lo != 1 || hi != 1 {
		t.Errorf("perfect agreement: %v %v %v %v %v", k, se, lo, hi, err)
	}
	// One rater constant, the other not: pe < 1, κ = 0.
	k, se, _, _, err = CohenKappa([][]int{{6, 4}, {0, 0}})
	if err != nil || k != 0 || math.IsNaN(se) {
		t.Errorf("constant rater: κ=%v se=%v err=%v", k, se, err)
	}
	for _, bad := range [][][]int{nil, {{1}}, {{1, 2}, {3}}, {{1, -1}, {0, 1}}, {{0, 0}, {0, 0}}} {
		if _, _, _, _, err := CohenKappa(bad); err == nil {
			t.Errorf("CohenKappa(%v) accepted", bad)
		}
		if !math.IsNaN(PercentAgreement(bad)) {
			t.Errorf("PercentAgreement(%v) should be NaN", bad)
		}
	}
}
