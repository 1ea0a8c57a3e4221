package sampling

import (
	"fmt"
	"math"
)

// NewcombeDiff returns a confidence interval for the difference p2 − p1 of
// two independent proportions, p1 = x1/n1 (say an earlier audit) and
// p2 = x2/n2 (a later one): Newcombe's hybrid score interval, method 10 of
// Newcombe RG (1998), "Interval estimation for the difference between
// independent proportions: comparison of eleven methods", Statistics in
// Medicine 17:873–890.
//
// With (l1, u1) and (l2, u2) the Wilson intervals of the two samples at the
// same z (see Wilson) and d = p2 − p1,
//
//	low  = d − sqrt((p2 − l2)² + (u1 − p1)²)
//	high = d + sqrt((u2 − p2)² + (p1 − l1)²)
//
// clamped to [−1, 1]. z is the two-sided normal critical value, e.g.
// ZForConfidence(0.95).
//
// N1 and N2 are the population sizes the samples were drawn from without
// replacement; 0 means no finite population correction for that sample.
// Otherwise each Wilson interval gets Wilson's correction (z² multiplied by
// (N−n)/(N−1)), so a census (N == n) contributes no sampling error at all.
//
// Errors: n1 or n2 below 1, x outside [0, n], N negative or 0 < N < n, or z
// not positive and finite. On error both bounds are 0.
func NewcombeDiff(x1, n1, N1, x2, n2, N2 int, z float64) (low, high float64, err error) {
	if err := checkProportion(x1, n1, N1); err != nil {
		return 0, 0, fmt.Errorf("sampling: NewcombeDiff: first sample: %w", err)
	}
	if err := checkProportion(x2, n2, N2); err != nil {
		return 0, 0, fmt.Errorf("sampling: NewcombeDiff: second sample: %w", err)
	}
	if math.IsNaN(z) || math.IsInf(z, 0) || z <= 0 {
		return 0, 0, fmt.Errorf("sampling: NewcombeDiff: z must be positive and finite, got %v", z)
	}
	p1 := float64(x1) / float64(n1)
	p2 := float64(x2) / float64(n2)
	l1, u1 := Wilson(x1, n1, z, N1)
	l2, u2 := Wilson(x2, n2, z, N2)
	d := p2 - p1
	low = d - math.Hypot(p2-l2, u1-p1)
	high = d + math.Hypot(u2-p2, p1-l1)
	return math.Max(-1, low), math.Min(1, high), nil
}

func checkProportion(x, n, N int) error {
	switch {
	case n < 1:
		return fmt.Errorf("sample size must be at least 1, got %d", n)
	case x < 0 || x > n:
		return fmt.Errorf("count must be in [0, %d], got %d", n, x)
	case N < 0:
		return fmt.Errorf("population must be 0 (no correction) or at least the sample size, got %d", N)
	case N > 0 && N < n:
		return fmt.Errorf("population %d is smaller than the sample %d", N, n)
	}
	return nil
}
