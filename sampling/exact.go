package sampling

import (
	"fmt"
	"math"
)

// HypergeometricInterval returns the exact two-sided confidence interval for
// the number K of lacking units in a population of N units, when a simple
// random sample of n units drawn without replacement held x lacking ones.
// It is the finite-population counterpart of the Clopper–Pearson interval:
// the exact evaluation of an attribute sample, of which the binomial
// attribute tables of audit sampling guides are the large-population limit.
//
// With X ~ Hypergeometric(N, K, n) and α = 1 − conf, split equally between
// the tails:
//
//	kLow  = the smallest K with P(X ≥ x | K) > α/2
//	kHigh = the largest  K with P(X ≤ x | K) > α/2
//
// Both are searched among the K the sample allows, x ≤ K ≤ N − (n − x), where
// the tail probabilities are monotone in K, so a bisection needs about
// 2·log2(N) tail evaluations of at most n+1 terms each. With x = 0 kLow is 0
// and with x = n kHigh is N. Divide by N for shares.
//
// The probabilities are computed in log space (math.Lgamma and the ratio of
// consecutive terms), so N may be in the millions and n in the thousands.
//
// Errors: N < 1, n outside [0, N], x outside [0, n], or conf outside the open
// interval (0, 1). On error both bounds are 0.
func HypergeometricInterval(x, n, N int, conf float64) (kLow, kHigh int, err error) {
	if err := checkHyper(x, n, N, conf); err != nil {
		return 0, 0, fmt.Errorf("sampling: HypergeometricInterval: %w", err)
	}
	tail := (1 - conf) / 2
	kLow = hyperLowest(x, n, N, tail)
	kHigh = hyperHighest(x, n, N, tail)
	return kLow, kHigh, nil
}

// HypergeometricUpper returns the exact one-sided upper confidence bound for
// the number K of lacking units in the population: the finite-population
// form of the upper deviation limit of attribute evaluation tables (which
// use the binomial limit), and the bound discovery sampling rests on (see
// DiscoverySize):
//
//	kUpper = the largest K with P(X ≤ x | K) > 1 − conf
//
// with X ~ Hypergeometric(N, K, n). With x = n it is N. The population has,
// at confidence conf, at most kUpper lacking units; kUpper/N is the upper
// limit for the share.
//
// Errors as for HypergeometricInterval.
func HypergeometricUpper(x, n, N int, conf float64) (kUpper int, err error) {
	if err := checkHyper(x, n, N, conf); err != nil {
		return 0, fmt.Errorf("sampling: HypergeometricUpper: %w", err)
	}
	return hyperHighest(x, n, N, 1-conf), nil
}

func checkHyper(x, n, N int, conf float64) error {
	switch {
	case N < 1:
		return fmt.Errorf("population must be at least 1, got %d", N)
	case n < 0 || n > N:
		return fmt.Errorf("sample size must be in [0, %d], got %d", N, n)
	case x < 0 || x > n:
		return fmt.Errorf("lacking count must be in [0, %d], got %d", n, x)
	case math.IsNaN(conf) || conf <= 0 || conf >= 1:
		return fmt.Errorf("confidence level must be in (0, 1), got %v", conf)
	}
	return nil
}

// hyperHighest is the largest K in [x, N−n+x] with P(X ≤ x | K) > tail.
// P(X ≤ x | K) is nonincreasing in K and equals 1 at K = x.
func hyperHighest(x, n, N int, tail float64) int {
	lo, hi := x, N-n+x // the predicate holds at lo
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if hyperLowerTail(x, n, N, mid) > tail {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// hyperLowest is the smallest K in [x, N−n+x] with P(X ≥ x | K) > tail.
// P(X ≥ x | K) is nondecreasing in K and equals 1 at K = N−n+x.
func hyperLowest(x, n, N int, tail float64) int {
	lo, hi := x, N-n+x // the predicate holds at hi
	for lo < hi {
		mid := lo + (hi-lo)/2
		if hyperUpperTail(x, n, N, mid) > tail {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// lchoose returns ln C(n, k) for 0 ≤ k ≤ n.
func lchoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n) + 1)
	b, _ := math.Lgamma(float64(k) + 1)
	c, _ := math.Lgamma(float64(n-k) + 1)
	return a - b - c
}

// hyperLogPMF returns ln P(X = j) for X ~ Hypergeometric(N, K, n), or -Inf
// when j is outside the support [max(0, n−(N−K)), min(n, K)].
func hyperLogPMF(j, n, N, K int) float64 {
	if j < 0 || j > n || j > K || n-j > N-K {
		return math.Inf(-1)
	}
	return lchoose(K, j) + lchoose(N-K, n-j) - lchoose(N, n)
}

// logAddExp returns ln(e^a + e^b) without overflow.
func logAddExp(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(b, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// hyperLowerTail returns P(X ≤ x) for X ~ Hypergeometric(N, K, n). The terms
// are walked down from x with the ratio
//
//	P(X = j−1)/P(X = j) = j·(N−K−n+j) / ((K−j+1)·(n−j+1))
//
// and summed in log space; the walk stops once the terms fall, and are below
// e^-40 of the sum (the distribution is unimodal, so the rest is smaller
// still).
func hyperLowerTail(x, n, N, K int) float64 {
	lt := hyperLogPMF(x, n, N, K)
	if math.IsInf(lt, -1) {
		// x is outside the support: either every value is ≤ x or none is.
		if x >= n || x >= K {
			return 1
		}
		return 0
	}
	low := max(0, n-(N-K))
	sum := lt
	prev := lt
	for j := x; j > low; j-- {
		lt += math.Log(float64(j)*float64(N-K-n+j)) - math.Log(float64(K-j+1)*float64(n-j+1))
		sum = logAddExp(sum, lt)
		if lt < prev && lt < sum-40 {
			break
		}
		prev = lt
	}
	return math.Min(1, math.Exp(sum))
}

// hyperUpperTail returns P(X ≥ x) for X ~ Hypergeometric(N, K, n), walking
// up from x with
//
//	P(X = j+1)/P(X = j) = (K−j)·(n−j) / ((j+1)·(N−K−n+j+1)).
func hyperUpperTail(x, n, N, K int) float64 {
	lt := hyperLogPMF(x, n, N, K)
	if math.IsInf(lt, -1) {
		if x <= 0 || x <= n-(N-K) {
			return 1
		}
		return 0
	}
	high := min(n, K)
	sum := lt
	prev := lt
	for j := x; j < high; j++ {
		lt += math.Log(float64(K-j)*float64(n-j)) - math.Log(float64(j+1)*float64(N-K-n+j+1))
		sum = logAddExp(sum, lt)
		if lt < prev && lt < sum-40 {
			break
		}
		prev = lt
	}
	return math.Min(1, math.Exp(sum))
}
