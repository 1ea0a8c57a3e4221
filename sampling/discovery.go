package sampling

import (
	"fmt"
	"math"
)

// DiscoverySize returns the discovery (exploratory) sample size: the smallest
// n such that a simple random sample of n units drawn without replacement
// from the population finds at least one lacking unit with probability at
// least confidence, if at least a share rate of the units lack.
//
// With K = ⌈rate·N⌉ lacking units (an excess over an integer below 1e-9 is
// ignored, so 0.07·100, which is 7.000000000000001 in floating point,
// gives 7, not 8), the probability of finding none is
// hypergeometric,
//
//	P(X = 0) = C(N−K, n)/C(N, n) = Π_{i<n} (N−K−i)/(N−i),
//
// and n is the smallest with P(X = 0) ≤ 1 − confidence (a floating-point
// excess of relative size 1e-12 counts as equal, so an exact tie meets the
// bound). n is at most N − K + 1, never above N.
//
// population <= 0 means an infinite population: P(X = 0) = (1 − rate)^n,
// the binomial limit behind the usual tables (rate 5 %, confidence 95 % → 59;
// rate 10 %, 95 % → 29).
//
// Errors: rate outside (0, 1], confidence outside (0, 1), or NaN in either;
// an infinite-population size above 2^31.
func DiscoverySize(population int, rate, confidence float64) (int, error) {
	if math.IsNaN(rate) || rate <= 0 || rate > 1 {
		return 0, fmt.Errorf("sampling: DiscoverySize: rate must be in (0, 1], got %v", rate)
	}
	if math.IsNaN(confidence) || confidence <= 0 || confidence >= 1 {
		return 0, fmt.Errorf("sampling: DiscoverySize: confidence level must be in (0, 1), got %v", confidence)
	}
	miss := 1 - confidence // the allowed probability of finding nothing
	limit := miss * (1 + 1e-12)
	if population <= 0 {
		if rate == 1 {
			return 1, nil
		}
		// (1−rate)^n ≤ miss ⇔ n ≥ ln(miss)/ln(1−rate); start just below and
		// step up, so rounding in the logarithms cannot cost a unit.
		est := math.Log(miss) / math.Log1p(-rate)
		if est > 1<<31 {
			return 0, fmt.Errorf("sampling: DiscoverySize: sample size %.0f is too large (rate %v)", math.Ceil(est), rate)
		}
		n := max(1, int(math.Floor(est))-1)
		for math.Pow(1-rate, float64(n)) > limit {
			n++
		}
		for n > 1 && math.Pow(1-rate, float64(n-1)) <= limit {
			n--
		}
		return n, nil
	}
	N := population
	k := math.Ceil(rate*float64(N) - 1e-9)
	K := int(math.Max(1, math.Min(k, float64(N))))
	p := 1.0 // P(X = 0) for the sample size n
	for n := 1; n <= N; n++ {
		p *= float64(N-K-n+1) / float64(N-n+1)
		if p <= limit {
			return n, nil
		}
	}
	return N, nil // not reached: at n = N−K+1 the product is 0
}
