package sampling

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Missing marks a rating that was not given, in a pair passed to
// AgreementOf.
const Missing = -1

// Bootstrap parameters of AgreementOf: the number of resamples and the fixed
// seed of the PCG source, so the intervals are reproducible.
const (
	agreementResamples = 2000
	agreementSeed1     = 0x5469_6c6c_7379_6e00 // "Tillsyn"
	agreementSeed2     = 0x6167_7265_656d_656e // "agreemen"
)

// Agreement is the agreement between two ratings per case on a nominal scale,
// as AgreementOf computes it. Every figure treats the two ratings of a case
// alike: which rating comes first in a pair, or which rater is called A,
// changes nothing. All intervals are at 95 %.
type Agreement struct {
	Cases    int     // pairs with both ratings: the n behind every figure
	Skipped  int     // pairs with a Missing rating, left out
	Observed float64 // p_o, the share of cases where the two ratings agree

	// Kappa is Fleiss' kappa, which for two ratings per case is Scott's pi:
	// chance agreement p_e = Σ π_k² from the pooled shares π_k of the two
	// ratings. KappaSE is Gwet's (2008) standard error (see AgreementOf) and
	// (KappaLow, KappaHigh) = Kappa ± 1.96·KappaSE, clamped to [−1, 1]. All
	// four are NaN when every rating is in one category (p_e = 1).
	Kappa, KappaSE, KappaLow, KappaHigh float64

	// AC1 is Gwet's AC1, p_e = Σ π_k(1 − π_k)/(q − 1), with Gwet's (2008)
	// standard error and AC1 ± 1.96·AC1SE clamped to [−1, 1]. It is always
	// defined (p_e ≤ 1/q).
	AC1, AC1SE, AC1Low, AC1High float64

	// Alpha is Krippendorff's alpha for nominal data; the interval is a
	// percentile bootstrap over cases. NaN when every rating is in one
	// category.
	Alpha, AlphaLow, AlphaHigh float64

	// PABAK is the prevalence-adjusted bias-adjusted kappa (q·p_o − 1)/(q − 1)
	// of Byrt, Bishop & Carlin (1993); the interval is a percentile bootstrap
	// over cases.
	PABAK, PABAKLow, PABAKHigh float64
}

// ErrNoCases is returned (wrapped) by AgreementOf when no pair has both
// ratings.
var ErrNoCases = errors.New("sampling: no case has two ratings")

// AgreementOf measures the agreement between two ratings per case on a
// nominal scale with q categories. pairs[i] holds the two ratings of case i,
// each a category index in [0, q) or Missing; a pair with a Missing rating
// is skipped by every measure (for Krippendorff's alpha a unit with one
// value is unpairable and contributes nothing; the other measures need both
// ratings). With n complete cases, p_o the share of agreeing cases and π_k
// the share of category k among all 2n ratings:
//
//	Kappa (Fleiss, = Scott's pi)  (p_o − p_e)/(1 − p_e),  p_e = Σ π_k²
//	AC1 (Gwet 2008)               (p_o − p_e)/(1 − p_e),  p_e = Σ π_k(1 − π_k)/(q − 1)
//	Alpha (Krippendorff, nominal) 1 − (2n − 1)·D/(4n² − Σ m_k²)
//	PABAK                         (q·p_o − 1)/(q − 1)
//
// where m_k = 2n·π_k counts the ratings in category k and D = 2·(number of
// disagreeing cases), the off-diagonal total of Krippendorff's coincidence
// matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
// q counts the categories of the scale, used or not: it enters AC1 and PABAK.
//
// Standard errors of Kappa and AC1 are the non-null variances of Gwet,
// "Computing inter-rater reliability and its variance in the presence of
// high agreement", BJMSP 61 (2008) 29–48, in their two-rater form (Gwet,
// Handbook of Inter-Rater Reliability, 4th ed. 2014), with no finite
// population correction:
//
//	v = Σ_i (u_i − ū)² / (n²·(1 − p_e)²),  u_i = a_i − 2(1 − γ)·p_e,i
//
// where a_i is 1 if case i's ratings agree, γ the coefficient, and p_e,i the
// case's share of chance agreement: (π_r + π_s)/2 for Kappa and
// ((1 − π_r) + (1 − π_s))/(2(q − 1)) for AC1, r and s its two ratings. The
// intervals use the normal critical value ZForConfidence(0.95) (Gwet's
// irrCAC uses Student's t with n − 1 degrees of freedom, slightly wider for
// small n). The large-sample variance of Fleiss, Nee & Landis (1979) is not
// used: it holds only under the null hypothesis of chance agreement (κ = 0),
// for testing, not for an interval around an observed kappa.
//
// Alpha and PABAK have no such published variance; their intervals are
// percentile bootstraps: 2000 resamples of the n cases with replacement,
// drawn by math/rand/v2 from a PCG source with a fixed seed, the 2.5 % and
// 97.5 % quantiles taken by linear interpolation between order statistics
// (R's type 7). The cases are put in a canonical order first, so the result
// depends only on the multiset of cases: reordering cases or swapping
// ratings within a pair gives identical figures, bit for bit. Resamples in
// which alpha is undefined (all ratings in one category) are left out of
// its quantiles. This resamples cases, not the pairable values of
// Krippendorff's own bootstrap. The bootstrap costs time in proportion to
// 2000·n (some 30 ms per 1000 cases).
//
// Errors: q < 2, a rating outside [0, q) other than Missing, and ErrNoCases
// (wrapped) when no pair is complete.
func AgreementOf(pairs [][2]int, q int) (Agreement, error) {
	if q < 2 {
		return Agreement{}, fmt.Errorf("sampling: AgreementOf: need at least 2 categories, got %d", q)
	}
	var a Agreement
	cases := make([][2]int, 0, len(pairs))
	for i, p := range pairs {
		for _, v := range p {
			if v != Missing && (v < 0 || v >= q) {
				return Agreement{}, fmt.Errorf("sampling: AgreementOf: pair %d has rating %d outside [0, %d)", i, v, q)
			}
		}
		if p[0] == Missing || p[1] == Missing {
			a.Skipped++
			continue
		}
		if p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		cases = append(cases, p)
	}
	if len(cases) == 0 {
		return Agreement{}, fmt.Errorf("sampling: AgreementOf: %w (%d pairs, %d with a missing rating)", ErrNoCases, len(pairs), a.Skipped)
	}
	slices.SortFunc(cases, func(x, y [2]int) int {
		if x[0] != y[0] {
			return x[0] - y[0]
		}
		return x[1] - y[1]
	})
	a.Cases = len(cases)

	counts := make([]int, q)
	agree := 0
	for _, c := range cases {
		counts[c[0]]++
		counts[c[1]]++
		if c[0] == c[1] {
			agree++
		}
	}
	n := float64(len(cases))
	a.Observed = float64(agree) / n
	pi := make([]float64, q)
	var peS, peG float64
	for k, m := range counts {
		pi[k] = float64(m) / (2 * n)
		peS += pi[k] * pi[k]
		peG += pi[k] * (1 - pi[k])
	}
	peG /= float64(q - 1)
	z := ZForConfidence(0.95)

	if peS >= 1-1e-15 {
		a.Kappa, a.KappaSE, a.KappaLow, a.KappaHigh = math.NaN(), math.NaN(), math.NaN(), math.NaN()
	} else {
		a.Kappa = (a.Observed - peS) / (1 - peS)
		a.KappaSE = gwetSE(cases, a.Kappa, peS, func(r, s int) float64 { return (pi[r] + pi[s]) / 2 })
		a.KappaLow = math.Max(-1, a.Kappa-z*a.KappaSE)
		a.KappaHigh = math.Min(1, a.Kappa+z*a.KappaSE)
	}

	a.AC1 = (a.Observed - peG) / (1 - peG)
	a.AC1SE = gwetSE(cases, a.AC1, peG, func(r, s int) float64 { return (2 - pi[r] - pi[s]) / (2 * float64(q-1)) })
	a.AC1Low = math.Max(-1, a.AC1-z*a.AC1SE)
	a.AC1High = math.Min(1, a.AC1+z*a.AC1SE)

	a.Alpha = nominalAlpha(len(cases), agree, counts)
	a.PABAK = pabak(a.Observed, q)

	alphas := make([]float64, 0, agreementResamples)
	pabaks := make([]float64, 0, agreementResamples)
	rng := rand.New(rand.NewPCG(agreementSeed1, agreementSeed2))
	bc := make([]int, q)
	for range agreementResamples {
		clear(bc)
		ag := 0
		for range cases {
			c := cases[rng.IntN(len(cases))]
			bc[c[0]]++
			bc[c[1]]++
			if c[0] == c[1] {
				ag++
			}
		}
		if al := nominalAlpha(len(cases), ag, bc); !math.IsNaN(al) {
			alphas = append(alphas, al)
		}
		pabaks = append(pabaks, pabak(float64(ag)/n, q))
	}
	a.PABAKLow, a.PABAKHigh = percentiles(pabaks)
	if math.IsNaN(a.Alpha) {
		a.AlphaLow, a.AlphaHigh = math.NaN(), math.NaN()
	} else {
		a.AlphaLow, a.AlphaHigh = percentiles(alphas)
	}
	return a, nil
}

// gwetSE returns Gwet's standard error for a chance-corrected coefficient
// gamma with chance agreement pe over two-rater cases, pei giving each
// case's share of chance agreement from its two ratings.
func gwetSE(cases [][2]int, gamma, pe float64, pei func(r, s int) float64) float64 {
	n := float64(len(cases))
	var ubar float64
	u := make([]float64, len(cases))
	for i, c := range cases {
		var ag float64
		if c[0] == c[1] {
			ag = 1
		}
		u[i] = ag - 2*(1-gamma)*pei(c[0], c[1])
		ubar += u[i]
	}
	ubar /= n
	var ss float64
	for _, x := range u {
		ss += (x - ubar) * (x - ubar)
	}
	return math.Sqrt(ss) / (n * (1 - pe))
}

// nominalAlpha is Krippendorff's nominal alpha for n two-coder units, agree
// of them with equal values, counts[k] the number of values in category k.
// NaN when all 2n values are in one category (no expected disagreement).
func nominalAlpha(n, agree int, counts []int) float64 {
	var sq int64
	for _, m := range counts {
		sq += int64(m) * int64(m)
	}
	tot := 2 * int64(n)
	den := tot*tot - sq
	if den == 0 {
		return math.NaN()
	}
	num := (tot - 1) * 2 * int64(n-agree)
	return 1 - float64(num)/float64(den)
}

func pabak(po float64, q int) float64 {
	return (float64(q)*po - 1) / float64(q-1)
}

// percentiles returns the 2.5 % and 97.5 % quantiles of xs (sorted in
// place) by linear interpolation between order statistics (R's type 7), or
// NaN for an empty slice.
func percentiles(xs []float64) (low, high float64) {
	if len(xs) == 0 {
		return math.NaN(), math.NaN()
	}
	slices.Sort(xs)
	return quantile7(xs, 0.025), quantile7(xs, 0.975)
}

func quantile7(sorted []float64, p float64) float64 {
	h := float64(len(sorted)-1) * p
	i := int(math.Floor(h))
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-float64(i))*(sorted[i+1]-sorted[i])
}
