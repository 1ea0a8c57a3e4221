package sampling

import (
	"math"
	"testing"
)

func TestStratifiedShareByHand(t *testing.T) {
	// Two committees and an empty stratum.
	//   h=1: N=1000, n=50, x=5  → p1 = 0.1, W1 = 1000/1500 = 2/3
	//   h=2: N=500,  n=40, x=8  → p2 = 0.2, W2 = 500/1500  = 1/3
	//   h=3: N=0: ignored
	// p = 2/3·0.1 + 1/3·0.2 = 0.2/3 + 0.2/3 = 0.1333333
	// v1 = (2/3)²·(1 − 50/1000)·0.1·0.9/49 = (4/9)(19/20)(9/100)/49 = 19/24500   = 0.000775510
	// v2 = (1/3)²·(1 − 40/500)·0.2·0.8/39  = (1/9)(23/25)(16/100)/39 = 92/219375 = 0.000419373
	// v = 0.001194883, sqrt(v) = 0.0345671, z·sqrt(v) = 1.959964·0.0345671 = 0.0677502
	// → (0.0655831, 0.2010836)
	p, lo, hi, err := StratifiedShare([]StratumCount{
		{Population: 1000, Reviewed: 50, Lacking: 5},
		{Population: 500, Reviewed: 40, Lacking: 8},
		{},
	})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(p-0.4/3) > 1e-15 {
		t.Errorf("p = %.17g, want 0.4/3", p)
	}
	if math.Abs(lo-0.0655831) > 1e-7 || math.Abs(hi-0.2010836) > 1e-7 {
		t.Errorf("interval (%.7f, %.7f), want (0.0655831, 0.2010836)", lo, hi)
	}
}

func TestStratifiedShareSpecialStrata(t *testing.T) {
	// A single stratum: p is x/n and the variance Wald with FPC.
	// 3 of 30 from 60: v = (1 − 30/60)·0.1·0.9/29 = 0.5·0.09/29 = 0.00155172,
	// half = 1.959964·0.0393919 = 0.0772067 → (0.0227933, 0.1772067).
	p, lo, hi, err := StratifiedShare([]StratumCount{{60, 30, 3}})
	if err != nil || math.Abs(p-0.1) > 1e-15 || math.Abs(lo-0.0227933) > 1e-7 || math.Abs(hi-0.1772067) > 1e-7 {
		t.Errorf("one stratum: %v (%v, %v), %v; want 0.1 (0.0227933, 0.1772067)", p, lo, hi, err)
	}
	// A census stratum contributes no variance; all strata censuses: a point.
	p, lo, hi, err = StratifiedShare([]StratumCount{{10, 10, 2}, {30, 30, 3}})
	if err != nil || math.Abs(p-0.125) > 1e-15 || lo != p || hi != p {
		t.Errorf("censuses: %v (%v, %v), %v; want 0.125 (0.125, 0.125)", p, lo, hi, err)
	}
	// n_h = 1 of more: p defined, interval NaN.
	p, lo, hi, err = StratifiedShare([]StratumCount{{10, 1, 1}, {30, 10, 3}})
	if err != nil || math.Abs(p-(0.25*1+0.75*0.3)) > 1e-15 || !math.IsNaN(lo) || !math.IsNaN(hi) {
		t.Errorf("n_h = 1: %v (%v, %v), %v; want 0.475 (NaN, NaN)", p, lo, hi, err)
	}
	// n_h = 1 = N_h is a census, not a problem.
	if _, lo, _, err := StratifiedShare([]StratumCount{{1, 1, 1}, {30, 10, 3}}); err != nil || math.IsNaN(lo) {
		t.Errorf("n_h = N_h = 1: low %v, %v", lo, err)
	}
	// The interval is clamped to [0, 1].
	if _, lo, _, _ := StratifiedShare([]StratumCount{{1000, 20, 1}}); lo != 0 {
		t.Errorf("low %v, want clamped to 0", lo)
	}
}

func TestStratifiedShareErrors(t *testing.T) {
	bad := [][]StratumCount{
		nil,
		{{0, 0, 0}},
		{{10, 5, 6}},
		{{10, 11, 1}},
		{{-1, 0, 0}},
		{{10, 5, -1}},
		{{10, 5, 1}, {20, 0, 0}}, // units but none reviewed
		{{0, 1, 0}},
	}
	for _, b := range bad {
		if _, _, _, err := StratifiedShare(b); err == nil {
			t.Errorf("StratifiedShare(%v): want error", b)
		}
	}
}
