package sampling

import (
	"fmt"
	"math"
)

// DomainStratum is one stratum's counts for DomainShare: of the Reviewed units drawn
// (without replacement) from the stratum's Population, Applicable belong to the domain and
// have the property's denominator (e.g. the criterion applies), and Lacking of those have
// the property. Units outside the domain count only in Reviewed.
type DomainStratum struct {
	Population int // N_h; 0 means unknown: the stratum is then weighted as reviewed (N_h = n_h)
	Reviewed   int // n_h
	Applicable int // a_h
	Lacking    int // x_h
}

// DomainEstimate is the result of DomainShare.
type DomainEstimate struct {
	// Share is the estimated share p = X/A (see DomainShare); NaN when no unit applies.
	Share float64
	// SE is its linearised standard error.
	SE float64
	// Low and High bound the 95 % interval.
	Low, High float64
	// EffectiveN is the effective sample size the interval was computed with.
	EffectiveN float64
}

// DomainShare estimates the share of units with a property among the units of a domain in a
// population made of strata, each sampled on its own by simple random sampling without
// replacement, and its 95 % confidence interval. Each reviewed unit of stratum h stands for
// w_h = N_h/n_h units, so the estimate is the ratio of two estimated totals (the combined
// ratio estimator of a domain mean; Cochran, Sampling Techniques, 3rd ed. 1977, §6.11 and
// §5A.14; Lohr, Sampling: Design and Analysis, 2nd ed., §4.5 and §9.1):
//
//	p = X/A,  X = Σ_h w_h·x_h,  A = Σ_h w_h·a_h
//
// Its variance is the Taylor linearisation: with z_i = y_i − p·a_i for each reviewed unit
// (y_i = 1 if it lacks, a_i = 1 if it applies, both 0 outside the domain),
//
//	v(p) = (1/A²)·Σ_h N_h²·(1 − n_h/N_h)·s²_zh/n_h,  s²_zh the sample variance of z in h.
//
// When the domain is the whole population and every unit applies this is exactly Cochran's
// variance of a stratified proportion, Σ_h W_h²·(1 − f_h)·p_h(1 − p_h)/(n_h − 1) (the
// variance of StratifiedShare). A stratum with a single reviewed unit out of more has no
// within-stratum variance; its unit is centred on the mean of z over all reviewed units
// instead (the "adjust" rule for lonely units of R's survey package).
//
// The interval is the Clopper–Pearson interval at the effective sample size (Korn and
// Graubard 1998; R survey's svyciprop(method = "beta")): n* = p(1 − p)/v, at most the number
// of applicable units n_a, and x* = p·n*; low = Beta⁻¹(α/2; x*, n* − x* + 1) and high =
// Beta⁻¹(1 − α/2; x* + 1, n* − x*), with 0 and 1 at the ends. Where the variance is 0 (p is
// 0 or 1, or every stratum was reviewed in full) n* = n_a, except that a full census of
// every stratum that holds an applicable unit gives the point (nothing is estimated).
//
// Errors: a negative count, Applicable > Reviewed, Lacking > Applicable, Reviewed >
// Population > 0, no stratum with a reviewed unit.
func DomainShare(strata []DomainStratum) (DomainEstimate, error) {
	nan := math.NaN()
	out := DomainEstimate{Share: nan, SE: nan, Low: nan, High: nan}
	reviewed := 0
	for i, s := range strata {
		switch {
		case s.Population < 0 || s.Reviewed < 0 || s.Applicable < 0 || s.Lacking < 0:
			return out, fmt.Errorf("sampling: DomainShare: stratum %d has a negative count %+v", i, s)
		case s.Applicable > s.Reviewed:
			return out, fmt.Errorf("sampling: DomainShare: stratum %d has %d applicable of %d reviewed", i, s.Applicable, s.Reviewed)
		case s.Lacking > s.Applicable:
			return out, fmt.Errorf("sampling: DomainShare: stratum %d has %d lacking of %d applicable", i, s.Lacking, s.Applicable)
		case s.Population > 0 && s.Reviewed > s.Population:
			return out, fmt.Errorf("sampling: DomainShare: stratum %d has %d reviewed of a population of %d", i, s.Reviewed, s.Population)
		}
		reviewed += s.Reviewed
	}
	if reviewed == 0 {
		return out, fmt.Errorf("sampling: DomainShare: no reviewed unit")
	}
	var X, A float64
	na := 0
	census := true
	for _, s := range strata {
		if s.Reviewed == 0 {
			continue
		}
		N := float64(popOf(s))
		w := N / float64(s.Reviewed)
		X += w * float64(s.Lacking)
		A += w * float64(s.Applicable)
		na += s.Applicable
		if s.Applicable > 0 && popOf(s) > s.Reviewed {
			census = false
		}
	}
	if A == 0 {
		return out, nil
	}
	p := X / A
	out.Share = p
	// z takes three values in a stratum: 1−p (x_h units), −p (a_h−x_h units), 0 (the rest)
	zMean := 0.0
	for _, s := range strata {
		zMean += float64(s.Lacking)*(1-p) - float64(s.Applicable-s.Lacking)*p
	}
	zMean /= float64(reviewed)
	var v float64
	for _, s := range strata {
		n := float64(s.Reviewed)
		N := float64(popOf(s))
		if s.Reviewed == 0 || N == n {
			continue
		}
		x, a := float64(s.Lacking), float64(s.Applicable)
		sum := x*(1-p) - (a-x)*p
		sq := x*(1-p)*(1-p) + (a-x)*p*p
		var s2 float64
		if s.Reviewed == 1 {
			s2 = (sum - zMean) * (sum - zMean)
		} else {
			s2 = (sq - sum*sum/n) / (n - 1)
		}
		if s2 < 0 {
			s2 = 0 // rounding
		}
		v += N * N * (1 - n/N) * s2 / n
	}
	v /= A * A
	out.SE = math.Sqrt(v)
	switch {
	case census:
		out.Low, out.High, out.EffectiveN = p, p, float64(na)
		return out, nil
	case v > 0 && p > 0 && p < 1:
		out.EffectiveN = math.Min(p*(1-p)/v, float64(na))
	default:
		out.EffectiveN = float64(na)
	}
	out.Low, out.High = ClopperPearson(p*out.EffectiveN, out.EffectiveN, 0.95)
	return out, nil
}

func popOf(s DomainStratum) int {
	if s.Population <= 0 {
		return s.Reviewed
	}
	return s.Population
}

// ClopperPearson is the exact binomial interval at confidence conf for x successes in n
// trials, where x and n may be non-integer (effective counts): low = Beta⁻¹(α/2; x, n−x+1)
// (0 when x = 0) and high = Beta⁻¹(1−α/2; x+1, n−x) (1 when x = n). NaN for n <= 0.
func ClopperPearson(x, n, conf float64) (low, high float64) {
	if !(n > 0) || x < 0 || x > n {
		return math.NaN(), math.NaN()
	}
	alpha := 1 - conf
	low, high = 0, 1
	if x > 0 {
		low = betaQuantile(alpha/2, x, n-x+1)
	}
	if x < n {
		high = betaQuantile(1-alpha/2, x+1, n-x)
	}
	return low, high
}

// betaQuantile inverts the regularised incomplete beta function by bisection (it is
// monotone in x), to about 1e-12.
func betaQuantile(p, a, b float64) float64 {
	lo, hi := 0.0, 1.0
	for range 200 {
		mid := (lo + hi) / 2
		if regIncBeta(mid, a, b) < p {
			lo = mid
		} else {
			hi = mid
		}
		if hi-lo < 1e-13 {
			break
		}
	}
	return (lo + hi) / 2
}

// regIncBeta is I_x(a, b), by the continued fraction of Numerical Recipes (betacf), using the
// symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
func regIncBeta(x, a, b float64) float64 {
	if x <= 0 {
		return 0
	}
	if x >= 1 {
		return 1
	}
	la, _ := math.Lgamma(a + b)
	lb, _ := math.Lgamma(a)
	lc, _ := math.Lgamma(b)
	front := math.Exp(la - lb - lc + a*math.Log(x) + b*math.Log1p(-x))
	if x < (a+1)/(a+b+2) {
		return front * betaCF(x, a, b) / a
	}
	return 1 - front*betaCF(1-x, b, a)/b
}

func betaCF(x, a, b float64) float64 {
	const tiny = 1e-300
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1-qab*x/qap
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1; m <= 1000; m++ {
		fm := float64(m)
		m2 := 2 * fm
		aa := fm * (b - fm) * x / ((qam + m2) * (a + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		h *= d * c
		aa = -(a + fm) * (qab + fm) * x / ((a + m2) * (qap + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-15 {
			break
		}
	}
	return h
}
