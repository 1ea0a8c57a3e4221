package sampling

import (
	"fmt"
	"math"
)

// StratumCount is one stratum's counts for StratifiedShare.
type StratumCount struct {
	Population int // N_h: units in the stratum's frame
	Reviewed   int // n_h: units drawn (without replacement) and reviewed
	Lacking    int // x_h: reviewed units found lacking
}

// StratifiedShare estimates the share of lacking units in a population made
// of strata, each sampled on its own, with a 95 % confidence interval.
//
//	p = Σ_h W_h·p_h,   W_h = N_h/N,  p_h = x_h/n_h,  N = Σ_h N_h
//
// The interval is Wald-type, p ± z·sqrt(v) with z = ZForConfidence(0.95),
// from the usual unbiased variance of a stratified proportion with finite
// population correction (Cochran, Sampling Techniques, 3rd ed. 1977, ch. 5,
// stratified sampling for proportions),
//
//	v = Σ_h W_h²·(1 − n_h/N_h)·p_h(1 − p_h)/(n_h − 1),
//
// clamped to [0, 1]. It is approximate: it rests on the normal approximation
// and understates the uncertainty when few lacking units are found (when
// every p_h is 0 or 1 it collapses to the point p). For a single stratum
// prefer Wilson or HypergeometricInterval.
//
// Strata:
//   - A stratum with Population 0 holds no units and is ignored (it must
//     then have Reviewed 0).
//   - A stratum with units but none reviewed is an error: nothing is known of
//     that part of the population, so the share of the whole is undefined.
//     Dropping it and renormalising N would silently estimate the share of a
//     different population; leave such strata out explicitly if that is
//     what is meant.
//   - A stratum reviewed in full (n_h = N_h) contributes no variance.
//   - A stratum with a single reviewed case out of more (n_h = 1 < N_h)
//     leaves its variance inestimable: p is returned, and low and high are
//     NaN.
//
// Errors: no strata, a negative count, Lacking > Reviewed, Reviewed >
// Population, a stratum with units but none reviewed, or a total population
// of 0. On error p, low and high are 0.
func StratifiedShare(strata []StratumCount) (p, low, high float64, err error) {
	if len(strata) == 0 {
		return 0, 0, 0, fmt.Errorf("sampling: StratifiedShare: no strata")
	}
	total := 0
	for i, s := range strata {
		switch {
		case s.Population < 0 || s.Reviewed < 0 || s.Lacking < 0:
			return 0, 0, 0, fmt.Errorf("sampling: StratifiedShare: stratum %d has a negative count %+v", i, s)
		case s.Lacking > s.Reviewed:
			return 0, 0, 0, fmt.Errorf("sampling: StratifiedShare: stratum %d has %d lacking of %d reviewed", i, s.Lacking, s.Reviewed)
		case s.Reviewed > s.Population:
			return 0, 0, 0, fmt.Errorf("sampling: StratifiedShare: stratum %d has %d reviewed of a population of %d", i, s.Reviewed, s.Population)
		case s.Population > 0 && s.Reviewed == 0:
			return 0, 0, 0, fmt.Errorf("sampling: StratifiedShare: stratum %d has %d units but none reviewed: the share is undefined", i, s.Population)
		}
		total += s.Population
	}
	if total == 0 {
		return 0, 0, 0, fmt.Errorf("sampling: StratifiedShare: total population is 0")
	}
	N := float64(total)
	var v float64
	for _, s := range strata {
		if s.Population == 0 {
			continue
		}
		w := float64(s.Population) / N
		n := float64(s.Reviewed)
		ph := float64(s.Lacking) / n
		p += w * ph
		if s.Reviewed == s.Population {
			continue // a census of the stratum
		}
		if s.Reviewed == 1 {
			v = math.NaN()
			continue
		}
		v += w * w * (1 - n/float64(s.Population)) * ph * (1 - ph) / (n - 1)
	}
	if math.IsNaN(v) {
		return p, math.NaN(), math.NaN(), nil
	}
	half := ZForConfidence(0.95) * math.Sqrt(v)
	return p, clamp01(p - half), clamp01(p + half), nil
}
