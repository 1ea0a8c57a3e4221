package sampling

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// pairsOf builds pairs from two parallel rating lists.
func pairsOf(a, b []int) [][2]int {
	ps := make([][2]int, len(a))
	for i := range a {
		ps[i] = [2]int{a[i], b[i]}
	}
	return ps
}

// repeat appends count copies of pair p.
func repeat(ps [][2]int, p [2]int, count int) [][2]int {
	for range count {
		ps = append(ps, p)
	}
	return ps
}

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// sameBits reports whether two Agreements are identical field by field, bit
// for bit (NaN equal to NaN).
func sameBits(a, b Agreement) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range va.NumField() {
		fa, fb := va.Field(i), vb.Field(i)
		switch fa.Kind() {
		case reflect.Float64:
			if math.Float64bits(fa.Float()) != math.Float64bits(fb.Float()) {
				return false
			}
		default:
			if fa.Int() != fb.Int() {
				return false
			}
		}
	}
	return true
}

func TestAgreementKrippendorffBinary(t *testing.T) {
	// Krippendorff K (2011), "Computing Krippendorff's Alpha-Reliability",
	// Annenberg School for Communication, University of Pennsylvania
	// (repository.upenn.edu/asc_papers/43), section A, "Binary or
	// dichotomous data, two observers, no missing data": ten units,
	//   observer A: 0 1 0 0 0 0 0 0 1 0
	//   observer B: 1 1 1 0 0 1 0 0 0 0
	// coincidences o00 = 10, o01 = o10 = 4, o11 = 2; n0 = 14, n1 = 6, n = 20;
	// alpha = 1 − (n − 1)·o01/(n0·n1) = 1 − 19·4/(14·6) = 1 − 76/84 = 0.095
	// as published (2/21 = 0.0952381 unrounded).
	//
	// The other figures by hand from the same data: p_o = 6/10; pooled
	// shares π0 = 14/20 = 0.7, π1 = 0.3.
	//   Scott's pi: p_e = 0.49 + 0.09 = 0.58, (0.6 − 0.58)/0.42 = 1/21 = 0.0476190
	//   AC1: p_e = 2·0.7·0.3/(2 − 1) = 0.42, (0.6 − 0.42)/0.58 = 9/29 = 0.3103448
	//   PABAK: 2·0.6 − 1 = 0.2
	// Gwet's SE of Scott's pi: 2(1 − κ) = 40/21; p_e,i = 0.7 for (0,0),
	// 0.3 for (1,1), 0.5 for (0,1); u_i = a_i − (40/21)·p_e,i = −1/3, 3/7,
	// −20/21; ū = p_o − (40/21)·0.58 = −106/210; deviations 36/210 (×5),
	// 196/210 (×1), −94/210 (×4); Σ = (5·36² + 196² + 4·94²)/210² = 4012/2205;
	// SE = sqrt(4012/2205)/(10·0.42) = 0.3211640.
	// Gwet's SE of AC1: 2(1 − γ) = 40/29; p_e,i = ((1−π_r) + (1−π_s))/2 =
	// 0.3, 0.7, 0.5; u_i = 17/29, 1/29, −20/29; ū = 3/145;
	// Σ(u_i − ū)² = 15212/4205; SE = sqrt(15212/4205)/(10·0.58) = 0.3279308.
	a := []int{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}
	b := []int{1, 1, 1, 0, 0, 1, 0, 0, 0, 0}
	got, err := AgreementOf(pairsOf(a, b), 2)
	if err != nil {
		t.Fatal(err)
	}
	if math.Round(got.Alpha*1000)/1000 != 0.095 || !near(got.Alpha, 2.0/21, 1e-15) {
		t.Errorf("alpha = %v, Krippendorff publishes 0.095 (2/21)", got.Alpha)
	}
	if got.Cases != 10 || got.Observed != 0.6 || !near(got.Kappa, 1.0/21, 1e-15) || !near(got.AC1, 9.0/29, 1e-15) || !near(got.PABAK, 0.2, 1e-15) {
		t.Errorf("got %+v", got)
	}
	if !near(got.KappaSE, 0.3211640, 5e-8) || !near(got.AC1SE, 0.3279308, 5e-8) {
		t.Errorf("SE kappa %v, AC1 %v; want 0.3211640, 0.3279308", got.KappaSE, got.AC1SE)
	}
}

func TestAgreementKrippendorffNominal(t *testing.T) {
	// Krippendorff (2011), section B, "Nominal data, two observers, no
	// missing data": twelve units, values a–e (here 0–4),
	//   Ben:   a a b b d c c c e d d a
	//   Gerry: b a b b b c c c e d d d
	// Krippendorff publishes alpha = 0.692. By hand: 9 of 12 units agree;
	// values per category a 4, b 6, c 6, d 6, e 2 (n = 24, Σ n_c² = 128);
	// D_o = 6/24, D_e = (24² − 128)/(24·23) = 448/552;
	// alpha = 1 − (6/24)/(448/552) = 1 − 138/448 = 0.6919643.
	// Also by hand: Scott's pi = (27/36 − 8/36)/(28/36) = 19/28 (p_e = 128/576
	// = 8/36); AC1: p_e = (1 − 8/36)/4 = 7/36, (27/36 − 7/36)/(29/36) = 20/29;
	// PABAK = (5·0.75 − 1)/4 = 0.6875.
	const a, b, c, d, e = 0, 1, 2, 3, 4
	ben := []int{a, a, b, b, d, c, c, c, e, d, d, a}
	gerry := []int{b, a, b, b, b, c, c, c, e, d, d, d}
	got, err := AgreementOf(pairsOf(ben, gerry), 5)
	if err != nil {
		t.Fatal(err)
	}
	if math.Round(got.Alpha*1000)/1000 != 0.692 || !near(got.Alpha, 1-138.0/448, 1e-15) {
		t.Errorf("alpha = %v, Krippendorff publishes 0.692", got.Alpha)
	}
	if got.Observed != 0.75 || !near(got.Kappa, 19.0/28, 1e-15) || !near(got.AC1, 20.0/29, 1e-15) || !near(got.PABAK, 0.6875, 1e-15) {
		t.Errorf("got %+v", got)
	}
}

// abstractors is Gwet's cont3x3abstractors table (irrCAC; Gwet, Handbook of
// Inter-Rater Reliability, 4th ed. 2014): 100 cases, two abstractors,
// categories Ectopic, AIU, NIU; rows abstractor 1, columns abstractor 2:
//
//	13  0  0
//	 0 20  7
//	 0  4 56
func abstractors() [][2]int {
	var ps [][2]int
	ps = repeat(ps, [2]int{0, 0}, 13)
	ps = repeat(ps, [2]int{1, 1}, 20)
	ps = repeat(ps, [2]int{1, 2}, 7)
	ps = repeat(ps, [2]int{2, 1}, 4)
	ps = repeat(ps, [2]int{2, 2}, 56)
	return ps
}

func TestAgreementGwetPublished(t *testing.T) {
	// Published by Gwet in the irrCAC package's README (github.com/kgwet/irrCAC)
	// for cont3x3abstractors:
	//   scott2.table:    Scott's Pi 0.7962397, se 0.05905473
	//   gwet.ac1.table:  AC1        0.8493305, se 0.04321747
	//   krippen2.table:  alpha      0.7972585
	//   pa2.table:       percent agreement 0.89
	// (irrCAC's intervals use Student's t with 99 df; ours use z, so only the
	// estimates and standard errors are compared.)
	got, err := AgreementOf(abstractors(), 3)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"Observed", got.Observed, 0.89},
		{"Kappa (Scott's pi)", got.Kappa, 0.7962397},
		{"KappaSE", got.KappaSE, 0.05905473},
		{"AC1", got.AC1, 0.8493305},
		{"AC1SE", got.AC1SE, 0.04321747},
		{"Alpha", got.Alpha, 0.7972585},
	}
	for _, c := range checks {
		if !near(c.got, c.want, 5e-8) {
			t.Errorf("%s = %.8f, irrCAC publishes %.8f", c.name, c.got, c.want)
		}
	}
	z := ZForConfidence(0.95)
	if !near(got.KappaLow, got.Kappa-z*got.KappaSE, 1e-15) || !near(got.AC1High, got.AC1+z*got.AC1SE, 1e-15) {
		t.Errorf("intervals are not estimate ± z·SE: %+v", got)
	}
	// The bootstrap interval of alpha should be near irrCAC's analytic one,
	// (0.68, 0.914) (krippen2.table, same README), for these 100 cases.
	if !near(got.AlphaLow, 0.68, 0.03) || !near(got.AlphaHigh, 0.914, 0.03) {
		t.Errorf("alpha bootstrap (%.3f, %.3f), irrCAC's analytic interval (0.68, 0.914)", got.AlphaLow, got.AlphaHigh)
	}
	// PABAK = (3·0.89 − 1)/2 = 0.835; its bootstrap interval should be close
	// to the normal one, 0.835 ± 1.96·(3/2)·sqrt(0.89·0.11/100) = (0.743, 0.927).
	if got.PABAK != (3*0.89-1)/2 || !near(got.PABAKLow, 0.743, 0.02) || !near(got.PABAKHigh, 0.927, 0.02) {
		t.Errorf("PABAK %.4f (%.4f, %.4f), want 0.835 near (0.743, 0.927)", got.PABAK, got.PABAKLow, got.PABAKHigh)
	}
}

func TestAgreementSkewedHighAgreement(t *testing.T) {
	// The example: 100 cases, 90 where both say "no deficiency", 5
	// (no, yes) and 5 (yes, no). By hand: p_o = 0.90; pooled shares
	// π_no = 190/200 = 0.95, π_yes = 0.05.
	//   Scott's pi: p_e = 0.9025 + 0.0025 = 0.905; (0.90 − 0.905)/0.095 = −1/19 = −0.0526
	//   AC1: p_e = 2·0.95·0.05 = 0.095; (0.90 − 0.095)/0.905 = 0.8895
	//   PABAK: 2·0.90 − 1 = 0.80
	//   alpha: 1 − 199·20/(200² − (190² + 10²)) = 1 − 3980/3800 = −0.0474
	ps := repeat(nil, [2]int{0, 0}, 90)
	ps = repeat(ps, [2]int{0, 1}, 5)
	ps = repeat(ps, [2]int{1, 0}, 5)
	got, err := AgreementOf(ps, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !near(got.Kappa, -1.0/19, 1e-12) || !near(got.AC1, 0.805/0.905, 1e-12) || !near(got.PABAK, 0.8, 1e-15) || !near(got.Alpha, 1-3980.0/3800, 1e-15) {
		t.Errorf("got %+v", got)
	}
	if got.AC1Low < 0.8 || got.KappaHigh > 0.2 {
		t.Errorf("AC1 interval (%v, %v) and kappa interval (%v, %v) should not overlap in this example", got.AC1Low, got.AC1High, got.KappaLow, got.KappaHigh)
	}
}

func TestAgreementSymmetric(t *testing.T) {
	// Swapping the ratings of every pair, of some pairs, or reordering the
	// cases changes nothing, bit for bit, bootstrap intervals included.
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 20 {
		q := 2 + trial%4
		n := 5 + r.IntN(60)
		ps := make([][2]int, n)
		for i := range ps {
			ps[i] = [2]int{r.IntN(q), r.IntN(q)}
			if r.IntN(4) > 0 { // mostly agree
				ps[i][1] = ps[i][0]
			}
			if r.IntN(10) == 0 {
				ps[i][r.IntN(2)] = Missing
			}
		}
		base, err := AgreementOf(ps, q)
		if errors.Is(err, ErrNoCases) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		all := make([][2]int, n)
		some := make([][2]int, n)
		shuffled := make([][2]int, n)
		for i, p := range ps {
			all[i] = [2]int{p[1], p[0]}
			some[i] = p
			if i%3 == 0 {
				some[i] = all[i]
			}
		}
		copy(shuffled, some)
		r.Shuffle(n, func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for name, v := range map[string][][2]int{"all swapped": all, "some swapped": some, "shuffled": shuffled} {
			got, err := AgreementOf(v, q)
			if err != nil {
				t.Fatal(err)
			}
			if !sameBits(got, base) {
				t.Errorf("trial %d, %s: %+v, want %+v", trial, name, got, base)
			}
		}
	}
}

func TestAgreementInputUntouched(t *testing.T) {
	ps := [][2]int{{1, 0}, {0, 1}, {1, 1}, {Missing, 0}}
	want := [][2]int{{1, 0}, {0, 1}, {1, 1}, {Missing, 0}}
	if _, err := AgreementOf(ps, 2); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ps, want) {
		t.Errorf("AgreementOf changed its input: %v", ps)
	}
}

func TestAgreementDeterministicBootstrap(t *testing.T) {
	a1, _ := AgreementOf(abstractors(), 3)
	a2, _ := AgreementOf(abstractors(), 3)
	if !sameBits(a1, a2) {
		t.Errorf("two runs differ: %+v and %+v", a1, a2)
	}
	for _, c := range []struct{ est, lo, hi float64 }{{a1.Alpha, a1.AlphaLow, a1.AlphaHigh}, {a1.PABAK, a1.PABAKLow, a1.PABAKHigh}} {
		if !(c.lo < c.est && c.est < c.hi) {
			t.Errorf("bootstrap interval (%v, %v) does not contain %v", c.lo, c.hi, c.est)
		}
	}
}

func TestAgreementDegenerate(t *testing.T) {
	// Every rating in one category: chance agreement is 1 for kappa and
	// expected disagreement 0 for alpha, so both are undefined (NaN, with
	// their intervals); AC1 and PABAK are 1.
	ps := repeat(nil, [2]int{2, 2}, 12)
	got, err := AgreementOf(ps, 3)
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]float64{"Kappa": got.Kappa, "KappaSE": got.KappaSE, "KappaLow": got.KappaLow, "KappaHigh": got.KappaHigh, "Alpha": got.Alpha, "AlphaLow": got.AlphaLow, "AlphaHigh": got.AlphaHigh} {
		if !math.IsNaN(v) {
			t.Errorf("%s = %v, want NaN", name, v)
		}
	}
	if got.Observed != 1 || got.AC1 != 1 || got.AC1SE != 0 || got.AC1Low != 1 || got.AC1High != 1 || got.PABAK != 1 || got.PABAKLow != 1 || got.PABAKHigh != 1 {
		t.Errorf("got %+v", got)
	}
	// Perfect agreement over two categories is not degenerate: kappa 1 with
	// standard error 0.
	ps = repeat(ps, [2]int{0, 0}, 3)
	got, _ = AgreementOf(ps, 3)
	if got.Kappa != 1 || got.KappaSE != 0 || got.KappaLow != 1 || got.Alpha != 1 {
		t.Errorf("perfect agreement: %+v", got)
	}
}

func TestAgreementMissing(t *testing.T) {
	ps := abstractors()
	with := append([][2]int{{Missing, 1}, {2, Missing}, {Missing, Missing}}, ps...)
	a, err := AgreementOf(with, 3)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := AgreementOf(ps, 3)
	if a.Skipped != 3 || a.Cases != 100 {
		t.Errorf("Skipped %d, Cases %d; want 3, 100", a.Skipped, a.Cases)
	}
	a.Skipped = 0
	if !sameBits(a, b) {
		t.Errorf("pairs with a missing rating changed the figures: %+v vs %+v", a, b)
	}
}

func TestAgreementErrors(t *testing.T) {
	if _, err := AgreementOf(nil, 2); !errors.Is(err, ErrNoCases) {
		t.Errorf("no pairs: %v, want ErrNoCases", err)
	}
	if _, err := AgreementOf([][2]int{{Missing, 1}}, 2); !errors.Is(err, ErrNoCases) {
		t.Errorf("only incomplete pairs: %v, want ErrNoCases", err)
	}
	for _, c := range []struct {
		ps [][2]int
		q  int
	}{
		{[][2]int{{0, 1}}, 1},
		{[][2]int{{0, 2}}, 2},
		{[][2]int{{-2, 0}}, 2},
	} {
		if _, err := AgreementOf(c.ps, c.q); err == nil || errors.Is(err, ErrNoCases) {
			t.Errorf("AgreementOf(%v, %d): %v, want an input error", c.ps, c.q, err)
		}
	}
}
