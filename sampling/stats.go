package sampling

import (
	"errors"
	"fmt"
	"math"
)

// NormalQuantile returns the p-quantile of the standard normal distribution,
// Φ⁻¹(p), for 0 < p < 1. It returns -Inf for p == 0, +Inf for p == 1 and NaN
// outside [0, 1].
//
// It uses P. J. Acklam's rational approximation (relative error below
// 1.15e-9) followed by one Halley refinement step against math.Erfc, which
// brings the result to within a few ulps of the true quantile.
func NormalQuantile(p float64) float64 {
	switch {
	case math.IsNaN(p) || p < 0 || p > 1:
		return math.NaN()
	case p == 0:
		return math.Inf(-1)
	case p == 1:
		return math.Inf(1)
	}
	const (
		a1   = -3.969683028665376e+01
		a2   = 2.209460984245205e+02
		a3   = -2.759285104469687e+02
		a4   = 1.383577518672690e+02
		a5   = -3.066479806614716e+01
		a6   = 2.506628277459239e+00
		b1   = -5.447609879822406e+01
		b2   = 1.615858368580409e+02
		b3   = -1.556989798598866e+02
		b4   = 6.680131188771972e+01
		b5   = -1.328068155288572e+01
		c1   = -7.784894002430293e-03
		c2   = -3.223964580411365e-01
		c3   = -2.400758277161838e+00
		c4   = -2.549732539343734e+00
		c5   = 4.374664141464968e+00
		c6   = 2.938163982698783e+00
		d1   = 7.784695709041462e-03
		d2   = 3.224671290700398e-01
		d3   = 2.445134137142996e+00
		d4   = 3.754408661907416e+00
		pLow = 0.02425
	)
	var x float64
	switch {
	case p < pLow:
		q := math.Sqrt(-2 * math.Log(p))
		x = (((((c1*q+c2)*q+c3)*q+c4)*q+c5)*q + c6) / ((((d1*q+d2)*q+d3)*q+d4)*q + 1)
	case p <= 1-pLow:
		q := p - 0.5
		r := q * q
		x = (((((a1*r+a2)*r+a3)*r+a4)*r+a5)*r + a6) * q / (((((b1*r+b2)*r+b3)*r+b4)*r+b5)*r + 1)
	default:
		q := math.Sqrt(-2 * math.Log1p(-p))
		x = -(((((c1*q+c2)*q+c3)*q+c4)*q+c5)*q + c6) / ((((d1*q+d2)*q+d3)*q+d4)*q + 1)
	}
	// One step of Halley's method on f(x) = Φ(x) - p.
	e := 0.5*math.Erfc(-x/math.Sqrt2) - p
	u := e * math.Sqrt(2*math.Pi) * math.Exp(x*x/2)
	return x - u/(1+x*u/2)
}

// ZForConfidence returns the two-sided standard normal critical value for
// confidence level c, that is Φ⁻¹(1 − (1−c)/2); for example 1.959963985 for
// c = 0.95 and 2.575829304 for c = 0.99. It returns NaN unless 0 < c < 1.
func ZForConfidence(c float64) float64 {
	if math.IsNaN(c) || c <= 0 || c >= 1 {
		return math.NaN()
	}
	// Computed from the lower tail for accuracy when c is close to 1.
	return -NormalQuantile((1 - c) / 2)
}

// Wilson returns the Wilson score interval for k successes in n trials at the
// two-sided normal critical value z (use ZForConfidence(0.95) for 95 %).
//
// Contract:
//   - n == 0 returns (0, 1): nothing is known.
//   - k is clamped to [0, n]; a negative n is treated as 0; a z that is not
//     positive and finite is treated as 0 (interval collapses to k/n).
//   - population <= 0 means an infinite population (no correction).
//   - population > n applies the finite population correction: the variance
//     p(1−p)/n in the score test is multiplied by f = (N−n)/(N−1). Inverting
//     |p̂ − p| <= z·sqrt(f·p(1−p)/n) gives the usual Wilson formula with z²
//     replaced by f·z².
//   - population == n (a census) gives f = 0: the interval is (k/n, k/n).
//   - 0 < population < n is inconsistent input; it is ignored (treated as
//     infinite) because the signature cannot return an error.
//   - The bounds are clamped to [0, 1].
func Wilson(k, n int, z float64, population int) (low, high float64) {
	if n <= 0 {
		return 0, 1
	}
	if k < 0 {
		k = 0
	}
	if k > n {
		k = n
	}
	if math.IsNaN(z) || math.IsInf(z, 0) || z < 0 {
		z = 0
	}
	z2 := z * z
	if population > 0 && population >= n {
		if population == n {
			z2 = 0
		} else {
			z2 *= float64(population-n) / float64(population-1)
		}
	}
	nf := float64(n)
	p := float64(k) / nf
	denom := 1 + z2/nf
	center := (p + z2/(2*nf)) / denom
	half := math.Sqrt(z2*p*(1-p)/nf+z2*z2/(4*nf*nf)) / denom
	low, high = center-half, center+half
	// Exact ends: the score interval contains 0 (1) exactly when k == 0 (n).
	if k == 0 {
		low = 0
	}
	if k == n {
		high = 1
	}
	return clamp01(low), clamp01(high)
}

func clamp01(x float64) float64 {
	if x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}

// ErrDegenerateTable is returned (wrapped) by CohenKappa when kappa is
// undefined because chance agreement is 1: both raters put every case in the
// same single category. Percent agreement is then 1 and PercentAgreement
// still reports it.
var ErrDegenerateTable = errors.New("sampling: kappa undefined: both raters used one and the same category for every case (chance agreement is 1)")

// PercentAgreement returns the observed proportion of agreement, the sum of
// the diagonal divided by the table total, for a square table of counts
// (rows: rater A, columns: rater B). It returns NaN when the table is not
// square, holds a negative count or has total 0.
func PercentAgreement(table [][]int) float64 {
	if _, err := checkTable(table); err != nil {
		return math.NaN()
	}
	var diag, total int
	for i, row := range table {
		for j, v := range row {
			total += v
			if i == j {
				diag += v
			}
		}
	}
	return float64(diag) / float64(total)
}

func checkTable(table [][]int) (total int, err error) {
	k := len(table)
	if k < 2 {
		return 0, fmt.Errorf("sampling: agreement table must be at least 2×2, got %d rows", k)
	}
	for i, row := range table {
		if len(row) != k {
			return 0, fmt.Errorf("sampling: agreement table must be square: row %d has %d columns, want %d", i, len(row), k)
		}
		for j, v := range row {
			if v < 0 {
				return 0, fmt.Errorf("sampling: agreement table cell [%d][%d] is negative (%d)", i, j, v)
			}
			total += v
		}
	}
	if total == 0 {
		return 0, errors.New("sampling: agreement table is empty (total 0)")
	}
	return total, nil
}

// CohenKappa returns Cohen's (1960) unweighted kappa for a k×k table of
// counts, table[i][j] = number of cases rater A put in category i and rater B
// in category j, with its large-sample standard error and a 95 % confidence
// interval.
//
// kappa = (po − pe)/(1 − pe), po = Σ p_ii, pe = Σ p_i.·p_.i.
//
// se is the non-null asymptotic standard error of Fleiss, Cohen & Everitt
// (1969), "Large sample standard errors of kappa and weighted kappa",
// Psychological Bulletin 72:323–327 (also Fleiss, Levin & Paik 2003, eq. 18.13):
//
//	var = [ Σ_i p_ii·(1 − (p_i.+p_.i)(1−κ))²
//	      + (1−κ)² Σ_{i≠j} p_ij·(p_.i + p_j.)²
//	      − (κ − pe(1−κ))² ] / (n·(1−pe)²)
//
// and (low, high) = κ ± z·se with z = ZForConfidence(0.95), clamped to
// [−1, 1]. When every case is on the diagonal (κ = 1) se is 0 and the
// interval is (1, 1).
//
// Errors: a table that is not square, smaller than 2×2, holds a negative
// count or is empty; and ErrDegenerateTable (wrapped) when pe == 1. On error
// all four numbers are 0; no NaN is ever returned.
func CohenKappa(table [][]int) (kappa, se, low, high float64, err error) {
	total, err := checkTable(table)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	k := len(table)
	n := float64(total)
	rows := make([]float64, k)
	cols := make([]float64, k)
	var po float64
	for i, row := range table {
		for j, v := range row {
			p := float64(v) / n
			rows[i] += p
			cols[j] += p
			if i == j {
				po += p
			}
		}
	}
	var pe float64
	for i := range k {
		pe += rows[i] * cols[i]
	}
	if pe >= 1-1e-15 {
		return 0, 0, 0, 0, fmt.Errorf("sampling: CohenKappa: %w", ErrDegenerateTable)
	}
	kappa = (po - pe) / (1 - pe)
	var a, b float64
	for i, row := range table {
		for j, v := range row {
			p := float64(v) / n
			if i == j {
				t := 1 - (rows[i]+cols[i])*(1-kappa)
				a += p * t * t
			} else {
				t := cols[i] + rows[j]
				b += p * t * t
			}
		}
	}
	b *= (1 - kappa) * (1 - kappa)
	c := kappa - pe*(1-kappa)
	v := (a + b - c*c) / (n * (1 - pe) * (1 - pe))
	if v < 0 { // rounding when κ == 1
		v = 0
	}
	se = math.Sqrt(v)
	z := ZForConfidence(0.95)
	low = math.Max(-1, kappa-z*se)
	high = math.Min(1, kappa+z*se)
	return kappa, se, low, high, nil
}

// SampleSize returns the number of cases needed to estimate a proportion
// within ±margin at the given two-sided confidence level, when the expected
// proportion is expected (use 0.5 when unknown: it gives the largest n).
//
//	n0 = z²·P(1−P)/E²             (z = ZForConfidence(confidence))
//	infinite  = ⌈n0⌉
//	corrected = ⌈n0 / (1 + (n0 − 1)/N)⌉
//
// The finite population correction uses the unrounded n0 (Cochran 1977,
// eq. 4.2), which gives the textbook values 385 (N = ∞) and 278 (N = 1000)
// for E = 0.05, C = 0.95, P = 0.5. Rounding up ignores a floating-point excess
// below 1e-9, so an exact integer is not bumped to the next one. Both results
// are at least 1 (P = 0 or 1 would otherwise give 0), and corrected is at
// most N. population <= 0 means infinite: corrected == infinite.
//
// Errors: margin or confidence outside the open interval (0, 1), expected
// outside [0, 1], or NaN in any of them.
func SampleSize(population int, margin, confidence, expected float64) (infinite int, corrected int, err error) {
	if math.IsNaN(margin) || margin <= 0 || margin >= 1 {
		return 0, 0, fmt.Errorf("sampling: margin of error must be in (0, 1), got %v", margin)
	}
	if math.IsNaN(confidence) || confidence <= 0 || confidence >= 1 {
		return 0, 0, fmt.Errorf("sampling: confidence level must be in (0, 1), got %v", confidence)
	}
	if math.IsNaN(expected) || expected < 0 || expected > 1 {
		return 0, 0, fmt.Errorf("sampling: expected proportion must be in [0, 1], got %v", expected)
	}
	z := ZForConfidence(confidence)
	n0 := z * z * expected * (1 - expected) / (margin * margin)
	infinite = ceilInt(n0)
	if population <= 0 {
		return infinite, infinite, nil
	}
	nc := n0 / (1 + (n0-1)/float64(population))
	corrected = ceilInt(nc)
	if corrected > population {
		corrected = population
	}
	return infinite, corrected, nil
}

// ceilInt rounds up, ignoring an excess over an integer below 1e-9, and
// returns at least 1.
func ceilInt(x float64) int {
	c := math.Ceil(x - 1e-9)
	if c < 1 {
		return 1
	}
	if c > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(c)
}
