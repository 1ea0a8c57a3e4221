package sampling

import (
	"math"
	"testing"
)

// DomainShare by hand: committee A (100 cases, 10 reviewed, the criterion applies to 8, 4
// lacking) and B (20 cases, 10 reviewed, all 10 apply, 1 lacking). Each file of A stands
// for 10 cases and each of B for 2: p = (10·4 + 2·1) / (10·8 + 2·10) = 42/100.
// z = lacking − 0.42·applicable: A has 4 × 0.58, 4 × −0.42, 2 × 0 (sum 0.64, sum of squares
// 2.0512, s² = (2.0512 − 0.64²/10)/9 = 0.22336); B has 1 × 0.58, 9 × −0.42 (sum −3.2, sum
// of squares 1.924, s² = (1.924 − 3.2²/10)/9 = 0.1). v = (100²·0.9·0.22336/10 +
// 20²·0.5·0.1/10)/100² = (201.024 + 2)/10000 = 0.0203024. n* = 0.42·0.58/v = 11.99858...
func TestDomainShareByHand(t *testing.T) {
	est, err := DomainShare([]DomainStratum{{Population: 100, Reviewed: 10, Applicable: 8, Lacking: 4}, {Population: 20, Reviewed: 10, Applicable: 10, Lacking: 1}})
	if err != nil {
		t.Fatal(err)
	}
	near := func(name string, got, want, tol float64) {
		t.Helper()
		if math.Abs(got-want) > tol {
			t.Errorf("%s = %.10g, want %.10g", name, got, want)
		}
	}
	near("share", est.Share, 0.42, 1e-12)
	near("se", est.SE, math.Sqrt(0.0203024), 1e-12)
	near("n*", est.EffectiveN, 0.42*0.58/0.0203024, 1e-9)
	// the interval is Clopper–Pearson at n* with x* = 0.42·n*
	lo, hi := ClopperPearson(0.42*est.EffectiveN, est.EffectiveN, 0.95)
	near("low", est.Low, lo, 1e-12)
	near("high", est.High, hi, 1e-12)
	if !(est.Low < 0.42 && est.High > 0.42 && est.Low > 0.1 && est.High < 0.8) {
		t.Errorf("interval %v–%v", est.Low, est.High)
	}
	// unweighted it would be 5/18 = 0.28: the weights matter
}

// With the whole population as the domain and every unit applicable, the linearised
// variance is Cochran's variance of a stratified proportion (what StratifiedShare uses).
func TestDomainShareIsCochranForWholePopulation(t *testing.T) {
	strata := []StratumCount{{Population: 303, Reviewed: 10, Lacking: 3}, {Population: 40, Reviewed: 10, Lacking: 7}, {Population: 12, Reviewed: 10, Lacking: 0}, {Population: 80, Reviewed: 9, Lacking: 2}}
	var ds []DomainStratum
	for _, s := range strata {
		ds = append(ds, DomainStratum{Population: s.Population, Reviewed: s.Reviewed, Applicable: s.Reviewed, Lacking: s.Lacking})
	}
	est, err := DomainShare(ds)
	if err != nil {
		t.Fatal(err)
	}
	p, lo, _, err := StratifiedShare(strata)
	if err != nil {
		t.Fatal(err)
	}
	half := p - lo
	if math.Abs(est.Share-p) > 1e-12 || math.Abs(est.SE-half/ZForConfidence(0.95)) > 1e-12 {
		t.Fatalf("DomainShare p %v se %v; Cochran p %v se %v", est.Share, est.SE, p, half/ZForConfidence(0.95))
	}
}

// Published Clopper–Pearson intervals (R: binom.test(x, n)$conf.int).
func TestClopperPearsonPublished(t *testing.T) {
	for _, c := range []struct {
		x, n   float64
		lo, hi float64
	}{
		{0, 10, 0, 0.3084971},
		{3, 10, 0.06673951, 0.65245285},
		{10, 10, 0.6915029, 1},
		{5, 20, 0.08657147, 0.49104587},
	} {
		lo, hi := ClopperPearson(c.x, c.n, 0.95)
		if math.Abs(lo-c.lo) > 5e-8 || math.Abs(hi-c.hi) > 5e-8 {
			t.Errorf("%v of %v: %.8f–%.8f, want %.8f–%.8f", c.x, c.n, lo, hi, c.lo, c.hi)
		}
	}
}

func TestDomainShareEdges(t *testing.T) {
	// nothing lacking: the interval still has width (n* = applicable files)
	est, _ := DomainShare([]DomainStratum{{Population: 50, Reviewed: 10, Applicable: 10}, {Population: 30, Reviewed: 10, Applicable: 10}})
	if est.Share != 0 || est.Low != 0 || est.EffectiveN != 20 || math.Abs(est.High-0.16843347) > 1e-6 {
		t.Errorf("0 of 20: %+v", est)
	}
	// a census of every stratum: the share is known
	est, _ = DomainShare([]DomainStratum{{Population: 10, Reviewed: 10, Applicable: 10, Lacking: 2}})
	if est.Low != 0.2 || est.High != 0.2 {
		t.Errorf("census: %+v", est)
	}
	// the criterion applies nowhere: unknown
	est, err := DomainShare([]DomainStratum{{Population: 10, Reviewed: 5}})
	if err != nil || !math.IsNaN(est.Share) {
		t.Errorf("nothing applicable: %+v %v", est, err)
	}
	for _, bad := range [][]DomainStratum{nil, {{Population: 5, Reviewed: 6}}, {{Reviewed: 3, Applicable: 4}}, {{Reviewed: 3, Applicable: 2, Lacking: 3}}, {{Reviewed: -1}}} {
		if _, err := DomainShare(bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}
