package sampling

import (
	"math"
	"testing"
)

func TestNewcombeDiffPublished(t *testing.T) {
	// Newcombe RG (1998), "Interval estimation for the difference between
	// independent proportions: comparison of eleven methods", Stat Med
	// 17:873–890, table II, method 10 (score interval, no continuity
	// correction), 95 %. Newcombe's θ is first − second, so the first
	// proportion is passed as the later sample (x2, n2) here.
	z := ZForConfidence(0.95)
	cases := []struct {
		a, m, b, n int // a/m − b/n
		low, high  float64
	}{
		{56, 70, 48, 80, 0.0524, 0.3339}, // (a)
		{9, 10, 3, 10, 0.1705, 0.8090},   // (b)
		{6, 7, 2, 7, 0.0582, 0.8062},     // (c)
		{5, 56, 0, 29, -0.0381, 0.1926},  // (d)
		{0, 10, 0, 20, -0.1611, 0.2775},  // (e)
		{0, 10, 0, 10, -0.2775, 0.2775},  // (f)
		{10, 10, 0, 20, 0.6791, 1.0000},  // (g)
		{10, 10, 0, 10, 0.6075, 1.0000},  // (h)
	}
	for _, c := range cases {
		lo, hi, err := NewcombeDiff(c.b, c.n, 0, c.a, c.m, 0, z)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(lo-c.low) > 5e-5 || math.Abs(hi-c.high) > 5e-5 {
			t.Errorf("%d/%d − %d/%d: [%.4f, %.4f], table II gives [%.4f, %.4f]", c.a, c.m, c.b, c.n, lo, hi, c.low, c.high)
		}
		// Swapping the samples mirrors the interval.
		lo2, hi2, _ := NewcombeDiff(c.a, c.m, 0, c.b, c.n, 0, z)
		if math.Abs(lo2+hi) > 1e-15 || math.Abs(hi2+lo) > 1e-15 {
			t.Errorf("%d/%d vs %d/%d: swapped gives [%v, %v], want [%v, %v]", c.a, c.m, c.b, c.n, lo2, hi2, -hi, -lo)
		}
	}
}

func TestNewcombeDiffFinitePopulation(t *testing.T) {
	// Hand computation, z = 1.959963985 (z² = 3.841459), 10/50 and 20/50,
	// each sample from a population of 100, so f = (100−50)/(100−1) = 50/99
	// and z²·f = 1.940131.
	//   Wilson(10/50): centre = (0.2 + 1.940131/100)/(1 + 1.940131/50)
	//                         = 0.2194013/1.0388026 = 0.2112060
	//                  half   = sqrt(1.940131·0.16/50 + 1.940131²/10000)/1.0388026
	//                         = sqrt(0.0062084 + 0.0003764)/1.0388026 = 0.0781158
	//                  → (0.1330901, 0.2893218)
	//   Wilson(20/50): centre = (0.4 + 0.0194013)/1.0388026 = 0.4037353
	//                  half   = sqrt(1.940131·0.24/50 + 0.0003764)/1.0388026 = 0.0947561
	//                  → (0.3089792, 0.4984914)
	//   d = 0.4 − 0.2 = 0.2
	//   low  = 0.2 − sqrt((0.4 − 0.3089792)² + (0.2893218 − 0.2)²) = 0.2 − 0.1275272 = 0.0724728
	//   high = 0.2 + sqrt((0.4984914 − 0.4)² + (0.2 − 0.1330901)²) = 0.2 + 0.1190693 = 0.3190693
	z := ZForConfidence(0.95)
	lo, hi, err := NewcombeDiff(10, 50, 100, 20, 50, 100, z)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(lo-0.0724728) > 1e-6 || math.Abs(hi-0.3190693) > 1e-6 {
		t.Errorf("with FPC: [%.7f, %.7f], want [0.0724728, 0.3190693]", lo, hi)
	}
	// Without the correction the interval is wider: by the same steps with
	// z² = 3.841459, [0.0201339, 0.3635924].
	lo0, hi0, _ := NewcombeDiff(10, 50, 0, 20, 50, 0, z)
	if math.Abs(lo0-0.0201339) > 1e-6 || math.Abs(hi0-0.3635924) > 1e-6 {
		t.Errorf("without FPC: [%.7f, %.7f], want [0.0201339, 0.3635924]", lo0, hi0)
	}
	// Two censuses: the difference is known exactly.
	lo, hi, _ = NewcombeDiff(10, 50, 50, 20, 50, 50, z)
	if math.Abs(lo-0.2) > 1e-15 || math.Abs(hi-0.2) > 1e-15 {
		t.Errorf("two censuses: [%v, %v], want [0.2, 0.2]", lo, hi)
	}
	// A census of the earlier audit leaves only the later sample's error:
	// the interval is p2's Wilson interval shifted by −p1.
	lo, hi, _ = NewcombeDiff(10, 50, 50, 20, 50, 0, z)
	wl, wh := Wilson(20, 50, z, 0)
	if math.Abs(lo-(wl-0.2)) > 1e-15 || math.Abs(hi-(wh-0.2)) > 1e-15 {
		t.Errorf("census then sample: [%v, %v], want [%v, %v]", lo, hi, wl-0.2, wh-0.2)
	}
}

func TestNewcombeDiffErrors(t *testing.T) {
	z := ZForConfidence(0.95)
	bad := [][6]int{
		{0, 0, 0, 1, 10, 0},   // n1 = 0
		{11, 10, 0, 1, 10, 0}, // x1 > n1
		{-1, 10, 0, 1, 10, 0}, // x1 < 0
		{1, 10, 5, 1, 10, 0},  // N1 < n1
		{1, 10, -1, 1, 10, 0}, // N1 < 0
		{1, 10, 0, 1, 0, 0},   // n2 = 0
		{1, 10, 0, 1, 10, 9},  // N2 < n2
	}
	for _, b := range bad {
		if _, _, err := NewcombeDiff(b[0], b[1], b[2], b[3], b[4], b[5], z); err == nil {
			t.Errorf("NewcombeDiff%v: want error", b)
		}
	}
	for _, zz := range []float64{0, -1, math.NaN(), math.Inf(1)} {
		if _, _, err := NewcombeDiff(1, 10, 0, 2, 10, 0, zz); err == nil {
			t.Errorf("z = %v: want error", zz)
		}
	}
}
