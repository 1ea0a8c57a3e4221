package sampling

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// label names a stratum in warnings: the committee, or "committee /
// intervention".
func (k stratumKey) label() string {
	if k.intervention == "" {
		return k.committee
	}
	return k.committee + " / " + k.intervention
}

// allocate returns per stratum the sample size, the number of reserves and
// the warnings, following p.Allocation (already checked by checkAllocation).
func allocate(strata []stratumKey, pop []int, p Params) (sizes, reserves []int, warns [][]string, err error) {
	a := p.Allocation
	sizes = make([]int, len(strata))
	reserves = make([]int, len(strata))
	warns = make([][]string, len(strata))
	warn := func(s int, format string, args ...any) {
		warns[s] = append(warns[s], fmt.Sprintf("stratum %q: ", strata[s].label())+fmt.Sprintf(format, args...))
	}
	switch a.Mode {
	case ModeFixed:
		for s := range strata {
			sizes[s] = a.PerStratum
			if sizes[s] > pop[s] {
				warn(s, "%d units requested but the population is %d; all %d are selected", a.PerStratum, pop[s], pop[s])
				sizes[s] = pop[s]
			}
		}
	case ModeProportional:
		sizes, err = largestRemainder(strata, pop, a.Total)
		if err != nil {
			return nil, nil, nil, err
		}
		for s := range strata {
			if sizes[s] == 0 {
				warn(s, "proportional allocation gives 0 units (population %d); nothing is sampled in this stratum", pop[s])
			}
		}
	case ModeMargin:
		for s := range strata {
			_, c, err := SampleSize(pop[s], a.Margin, a.Confidence, a.Expected)
			if err != nil { // unreachable after checkAllocation
				return nil, nil, nil, fmt.Errorf("sampling: margin allocation: %w", err)
			}
			sizes[s] = min(c, pop[s])
		}
	}
	for s := range strata {
		reserves[s] = min(p.Reserves, pop[s]-sizes[s])
		if reserves[s] < p.Reserves {
			warn(s, "%d reserves requested but only %d units remain after the sample", p.Reserves, reserves[s])
		}
	}
	return sizes, reserves, warns, nil
}

// largestRemainder splits total over strata in proportion to pop (Hamilton's
// method) with exact integer arithmetic: each stratum gets
// ⌊total·N_h/N⌋, and the units left over go one each to the strata with the
// largest remainders total·N_h mod N, ties to the stratum that sorts first by
// (committee, intervention). The result sums to total and never exceeds
// N_h.
func largestRemainder(strata []stratumKey, pop []int, total int) ([]int, error) {
	var sum int64
	for _, n := range pop {
		sum += int64(n)
	}
	if int64(total) > sum {
		return nil, fmt.Errorf("sampling: proportional allocation: total %d exceeds the population of the frame (%d)", total, sum)
	}
	sizes := make([]int, len(pop))
	rem := make([]int64, len(pop))
	given := 0
	for s, n := range pop {
		q := int64(total) * int64(n)
		sizes[s] = int(q / sum)
		rem[s] = q % sum
		given += sizes[s]
	}
	order := make([]int, len(pop))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(rem[b], rem[a]),
			strings.Compare(strata[a].committee, strata[b].committee),
			strings.Compare(strata[a].intervention, strata[b].intervention))
	})
	for _, s := range order[:total-given] {
		sizes[s]++
	}
	return sizes, nil
}
