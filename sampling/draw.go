package sampling

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// MethodID names the selection method implemented by Draw. It is stored in
// Result.Method; it changes whenever the key encoding or the ordering rule
// changes, so a protocol records which rule produced it.
const MethodID = "tillsyn-sampling/sha256-rank/v1"

// Allocation modes.
const (
	ModeFixed        = "fixed"        // PerStratum units in every stratum
	ModeProportional = "proportional" // Total units split by stratum size
	ModeMargin       = "margin"       // per stratum, SampleSize(N_h, Margin, Confidence, Expected)
)

// Unit is one case file in the sampling frame. Its identity is the pair
// (Committee, Diarienummer), which must be unique in the frame. Person is a
// pseudonym for the person the case concerns ("" when unknown); it is only
// used by Params.OneCasePerPerson and never appears in a Result.
type Unit struct {
	Committee    string `json:"committee"`
	Diarienummer string `json:"diarienummer"`
	Intervention string `json:"intervention"`
	Person       string `json:"person,omitempty"`
}

// Allocation says how many units to select per stratum.
//
//   - Mode "fixed": PerStratum (>= 1) in every stratum, capped at the
//     stratum's population with a warning naming the stratum.
//   - Mode "proportional": Total (>= 1) units split over strata in proportion
//     to their populations by the largest-remainder (Hamilton) method; ties in
//     the remainder go to the stratum that sorts first by (committee,
//     intervention). The sizes sum to exactly Total. Total larger than the
//     sum of the populations is an error. A stratum given 0 gets a warning.
//   - Mode "margin": per stratum the corrected size of
//     SampleSize(N_h, Margin, Confidence, Expected), capped at N_h.
//
// Fields not used by the chosen mode are ignored.
type Allocation struct {
	Mode       string  `json:"mode"`
	PerStratum int     `json:"per_stratum,omitempty"`
	Total      int     `json:"total,omitempty"`
	Margin     float64 `json:"margin,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Expected   float64 `json:"expected,omitempty"`
}

// Params configures Draw.
type Params struct {
	// Seed is published with the sample; anyone holding the same frame and
	// seed gets the same sample. It must be non-empty and hold no NUL byte.
	Seed string `json:"seed"`
	// ByIntervention stratifies by committee × intervention instead of by
	// committee alone.
	ByIntervention bool `json:"by_intervention"`
	// Reserves is the number of reserve units (>= 0) drawn per stratum after
	// the selected ones, in order of use.
	Reserves int `json:"reserves"`
	// OneCasePerPerson keeps at most one case per non-empty Person within a
	// stratum (selected and reserves together); see Draw.
	OneCasePerPerson bool       `json:"one_case_per_person"`
	Allocation       Allocation `json:"allocation"`
}

// Stratum describes one stratum of a draw.
type Stratum struct {
	Committee string `json:"committee"`
	// Intervention is "" when the draw is not stratified by intervention.
	Intervention string `json:"intervention"`
	// Cases is the number of case files of the frame in the stratum.
	Cases int `json:"cases"`
	// Population is the number of eligible units used for allocation: equal
	// to Cases, or with OneCasePerPerson the number of distinct non-empty
	// persons plus the number of cases with an empty Person.
	Population int `json:"population"`
	// SampleSize is the number of selected (non-reserve) units.
	SampleSize int `json:"sample_size"`
	// Reserves is the number of reserves actually drawn (may be below
	// Params.Reserves when the stratum runs out of units).
	Reserves int `json:"reserves"`
	// Warning is "" or the stratum's warnings joined by "; ".
	Warning string `json:"warning,omitempty"`
}

// Item is one drawn unit, selected or reserve.
type Item struct {
	Committee    string `json:"committee"`
	Diarienummer string `json:"diarienummer"`
	Intervention string `json:"intervention"`
	// Key is the hex SHA-256 sort key of the unit, see Key.
	Key string `json:"key"`
	// StratumRank is the 1-based position of the unit among all units of its
	// stratum sorted by key. With OneCasePerPerson skipped units leave gaps.
	StratumRank int  `json:"stratum_rank"`
	Reserve     bool `json:"reserve"`
	// ReserveOrder is the 1-based order of use among the stratum's reserves,
	// 0 for a selected unit.
	ReserveOrder int `json:"reserve_order"`
}

// Result is the outcome of Draw. Strata are sorted by (Committee,
// Intervention); Items are grouped by stratum in that order, each stratum's
// selected units first (by rank), then its reserves (by ReserveOrder).
type Result struct {
	Method      string    `json:"method"`
	Seed        string    `json:"seed"`
	FrameSize   int       `json:"frame_size"`
	FrameSHA256 string    `json:"frame_sha256"`
	Strata      []Stratum `json:"strata"`
	Items       []Item    `json:"items"`
	Warnings    []string  `json:"warnings"`
}

// Key returns the hex SHA-256 sort key of a unit:
//
//	SHA-256( seed || 0x00 || committee || 0x00 || diarienummer )
//
// over the UTF-8 bytes exactly as given (no trimming, no Unicode
// normalisation), with no trailing byte. Draw rejects NUL bytes in the three
// fields, so the encoding is unambiguous. It can be recomputed with
//
//	printf '%s\0%s\0%s' "$SEED" "$COMMITTEE" "$DIARIENUMMER" | sha256sum
func Key(seed, committee, diarienummer string) string {
	d := keyDigest(nil, seed, committee, diarienummer)
	return hex.EncodeToString(d[:])
}

func keyDigest(buf []byte, seed, committee, dnr string) [32]byte {
	buf = append(buf[:0], seed...)
	buf = append(buf, 0)
	buf = append(buf, committee...)
	buf = append(buf, 0)
	buf = append(buf, dnr...)
	return sha256.Sum256(buf)
}

// FrameSHA256 returns the fingerprint of a frame: the hex SHA-256 of the
// lines committee + "\t" + diarienummer + "\n", one per unit, sorted
// bytewise. Intervention and Person are not part of it. It equals
//
//	LC_ALL=C sort frame.tsv | sha256sum
//
// for a file holding those lines. It is well defined for any frame, but is
// an unambiguous fingerprint only for frames Draw accepts (no control
// characters in the identity).
func FrameSHA256(frame []Unit) string {
	lines := make([]string, len(frame))
	for i, u := range frame {
		lines[i] = u.Committee + "\t" + u.Diarienummer + "\n"
	}
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Draw draws a stratified random sample with reserves from frame.
//
// Method: strata are committees, or (committee, intervention) pairs when
// p.ByIntervention. Every unit gets the key of Key(p.Seed, committee,
// diarienummer). Within a stratum units are ordered by key ascending (ties,
// which need a SHA-256 collision, by committee then diarienummer); the first
// SampleSize units are selected and the next Reserves are the reserves, in
// order. With p.OneCasePerPerson the walk in key order skips a unit whose
// non-empty Person already has a selected or reserve unit in the same
// stratum; cases with an empty Person are never skipped. Sizes come from
// p.Allocation (see Allocation), computed on Stratum.Population.
//
// The Result depends only on the set of units and p, never on the order of
// frame. Draw is a pure function and safe for concurrent use; it uses up to
// GOMAXPROCS goroutines internally.
//
// Errors: empty frame; empty seed or NUL in it; an empty committee or
// diarienummer, or a control character (below U+0020 or U+007F) in either; an
// empty intervention when p.ByIntervention; the same (committee,
// diarienummer) twice; negative Reserves; an invalid Allocation.
func Draw(frame []Unit, p Params) (Result, error) {
	if len(frame) == 0 {
		return Result{}, fmt.Errorf("sampling: the frame is empty")
	}
	if len(frame) > 1<<31-1 {
		return Result{}, fmt.Errorf("sampling: the frame is too large (%d units)", len(frame))
	}
	if p.Seed == "" {
		return Result{}, fmt.Errorf("sampling: the seed is empty")
	}
	if strings.IndexByte(p.Seed, 0) >= 0 {
		return Result{}, fmt.Errorf("sampling: the seed contains a NUL byte")
	}
	if p.Reserves < 0 {
		return Result{}, fmt.Errorf("sampling: reserves must be >= 0, got %d", p.Reserves)
	}
	if err := checkAllocation(p.Allocation); err != nil {
		return Result{}, err
	}
	workers := max(1, runtime.GOMAXPROCS(0))

	// Phase 1 (parallel): validate and compute the keys.
	n := len(frame)
	digests := make([][32]byte, n)
	prefix := make([]uint64, n)
	if err := hashFrame(frame, p, digests, prefix, workers); err != nil {
		return Result{}, err
	}

	// Phase 2: group units into strata, strata sorted by (committee, intervention).
	g := groupStrata(frame, p.ByIntervention)

	// Phase 3 (parallel per committee): duplicate check, the committee's
	// fingerprint lines in (committee, diarienummer) order, populations.
	pop := make([]int, len(g.strata))
	ncom := len(g.committees) - 1
	errs := make([]error, ncom)
	lines := make([][]byte, ncom)
	parallelFor(ncom, workers, func(c int) {
		s0, s1 := g.committees[c], g.committees[c+1]
		lines[c], errs[c] = identityLines(frame, g.members[g.offsets[s0]:g.offsets[s1]])
		for s := s0; s < s1; s++ {
			ms := g.members[g.offsets[s]:g.offsets[s+1]]
			if !p.OneCasePerPerson {
				pop[s] = len(ms)
				continue
			}
			persons := make(map[string]struct{}, len(ms))
			empty := 0
			for _, i := range ms {
				if frame[i].Person == "" {
					empty++
				} else {
					persons[frame[i].Person] = struct{}{}
				}
			}
			pop[s] = len(persons) + empty
		}
	})
	for _, e := range errs { // committees are sorted: deterministic error
		if e != nil {
			return Result{}, e
		}
	}

	// Phase 4: allocation.
	sizes, reserves, warns, err := allocate(g.strata, pop, p)
	if err != nil {
		return Result{}, err
	}

	// Phase 5 (parallel per stratum): selection.
	less := func(a, b int32) bool { return unitLess(frame, digests, prefix, a, b) }
	picks := make([][]pick, len(g.strata))
	parallelFor(len(g.strata), workers, func(s int) {
		ms := g.members[g.offsets[s]:g.offsets[s+1]]
		picks[s] = selectStratum(frame, ms, sizes[s]+reserves[s], p.OneCasePerPerson, less)
	})

	// Phase 6: frame fingerprint. Committees are sorted and each committee's
	// lines are in diarienummer order; since no field holds a control
	// character this is the bytewise order of the lines.
	fh := sha256.New()
	for _, l := range lines {
		fh.Write(l)
	}
	res := Result{
		Method:      MethodID,
		Seed:        p.Seed,
		FrameSize:   n,
		FrameSHA256: hex.EncodeToString(fh.Sum(nil)),
		Strata:      make([]Stratum, len(g.strata)),
		Warnings:    []string{},
	}
	total := 0
	for s := range g.strata {
		total += len(picks[s])
	}
	res.Items = make([]Item, 0, total)
	for s, sk := range g.strata {
		st := Stratum{
			Committee:    sk.committee,
			Intervention: sk.intervention,
			Cases:        g.offsets[s+1] - g.offsets[s],
			Population:   pop[s],
			SampleSize:   sizes[s],
			Reserves:     reserves[s],
			Warning:      strings.Join(warns[s], "; "),
		}
		res.Strata[s] = st
		res.Warnings = append(res.Warnings, warns[s]...)
		for j, pk := range picks[s] {
			u := frame[pk.idx]
			it := Item{
				Committee:    u.Committee,
				Diarienummer: u.Diarienummer,
				Intervention: u.Intervention,
				Key:          hex.EncodeToString(digests[pk.idx][:]),
				StratumRank:  pk.rank,
			}
			if j >= sizes[s] {
				it.Reserve = true
				it.ReserveOrder = j - sizes[s] + 1
			}
			res.Items = append(res.Items, it)
		}
	}
	return res, nil
}

func checkAllocation(a Allocation) error {
	switch a.Mode {
	case ModeFixed:
		if a.PerStratum < 1 {
			return fmt.Errorf("sampling: fixed allocation needs PerStratum >= 1, got %d", a.PerStratum)
		}
	case ModeProportional:
		if a.Total < 1 {
			return fmt.Errorf("sampling: proportional allocation needs Total >= 1, got %d", a.Total)
		}
	case ModeMargin:
		if _, _, err := SampleSize(0, a.Margin, a.Confidence, a.Expected); err != nil {
			return fmt.Errorf("sampling: margin allocation: %w", err)
		}
	default:
		return fmt.Errorf("sampling: unknown allocation mode %q (want %q, %q or %q)", a.Mode, ModeFixed, ModeProportional, ModeMargin)
	}
	return nil
}

func badIdentityChar(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return true
		}
	}
	return false
}

// hashFrame validates every unit and fills digests and prefix. On invalid
// input it returns the error for the lowest frame index.
func hashFrame(frame []Unit, p Params, digests [][32]byte, prefix []uint64, workers int) error {
	n := len(frame)
	const chunk = 4096
	chunks := (n + chunk - 1) / chunk
	errs := make([]error, chunks)
	parallelFor(chunks, workers, func(c int) {
		var buf [256]byte
		lo, hi := c*chunk, min(n, (c+1)*chunk)
		for i := lo; i < hi; i++ {
			u := &frame[i]
			switch {
			case u.Committee == "":
				errs[c] = fmt.Errorf("sampling: unit %d (case %q) has an empty committee", i, u.Diarienummer)
			case u.Diarienummer == "":
				errs[c] = fmt.Errorf("sampling: unit %d (committee %q) has an empty diarienummer", i, u.Committee)
			case badIdentityChar(u.Committee) || badIdentityChar(u.Diarienummer):
				errs[c] = fmt.Errorf("sampling: unit %d (committee %q, case %q) contains a control character", i, u.Committee, u.Diarienummer)
			case p.ByIntervention && u.Intervention == "":
				errs[c] = fmt.Errorf("sampling: unit %d (committee %q, case %q) has no intervention but the draw is stratified by intervention", i, u.Committee, u.Diarienummer)
			}
			if errs[c] != nil {
				return
			}
			digests[i] = keyDigest(buf[:0], p.Seed, u.Committee, u.Diarienummer)
			prefix[i] = binary.BigEndian.Uint64(digests[i][:8])
		}
	})
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

type stratumKey struct{ committee, intervention string }

type grouping struct {
	strata     []stratumKey // sorted
	offsets    []int        // members[offsets[s]:offsets[s+1]] are stratum s
	members    []int32      // frame indices grouped by stratum
	committees []int        // strata[committees[c]:committees[c+1]] share a committee
}

func groupStrata(frame []Unit, byIntervention bool) grouping {
	index := make(map[stratumKey]int32)
	var keys []stratumKey
	of := make([]int32, len(frame))
	var last stratumKey
	lastID := int32(-1)
	for i := range frame {
		k := stratumKey{committee: frame[i].Committee}
		if byIntervention {
			k.intervention = frame[i].Intervention
		}
		if lastID >= 0 && k == last {
			of[i] = lastID
			continue
		}
		id, ok := index[k]
		if !ok {
			id = int32(len(keys))
			index[k] = id
			keys = append(keys, k)
		}
		of[i], last, lastID = id, k, id
	}
	order := make([]int32, len(keys)) // order[rank] = old id
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(strings.Compare(keys[a].committee, keys[b].committee),
			strings.Compare(keys[a].intervention, keys[b].intervention))
	})
	rank := make([]int32, len(keys))
	g := grouping{strata: make([]stratumKey, len(keys)), offsets: make([]int, len(keys)+1)}
	for r, old := range order {
		rank[old] = int32(r)
		g.strata[r] = keys[old]
	}
	for i := range of {
		of[i] = rank[of[i]]
		g.offsets[of[i]+1]++
	}
	for s := range g.strata {
		g.offsets[s+1] += g.offsets[s]
	}
	next := slices.Clone(g.offsets[:len(g.strata)])
	g.members = make([]int32, len(frame))
	for i, s := range of {
		g.members[next[s]] = int32(i)
		next[s]++
	}
	for s := range g.strata {
		if s == 0 || g.strata[s].committee != g.strata[s-1].committee {
			g.committees = append(g.committees, s)
		}
	}
	g.committees = append(g.committees, len(g.strata))
	return g
}

func unitLess(frame []Unit, digests [][32]byte, prefix []uint64, a, b int32) bool {
	if prefix[a] != prefix[b] {
		return prefix[a] < prefix[b]
	}
	if c := bytes.Compare(digests[a][:], digests[b][:]); c != 0 {
		return c < 0
	}
	if frame[a].Committee != frame[b].Committee {
		return frame[a].Committee < frame[b].Committee
	}
	return frame[a].Diarienummer < frame[b].Diarienummer
}

type pick struct {
	idx  int32
	rank int // 1-based position in the stratum's key order
}

// selectStratum returns the first m units of ms in key order (skipping
// repeated persons when onePerPerson) with their ranks.
func selectStratum(frame []Unit, ms []int32, m int, onePerPerson bool, less func(a, b int32) bool) []pick {
	if m <= 0 {
		return nil
	}
	cmpf := func(a, b int32) int {
		if less(a, b) {
			return -1
		}
		if less(b, a) {
			return 1
		}
		return 0
	}
	out := make([]pick, 0, m)
	if onePerPerson {
		all := slices.Clone(ms)
		slices.SortFunc(all, cmpf)
		taken := make(map[string]struct{}, m)
		for r, i := range all {
			if len(out) == m {
				break
			}
			if pn := frame[i].Person; pn != "" {
				if _, dup := taken[pn]; dup {
					continue
				}
				taken[pn] = struct{}{}
			}
			out = append(out, pick{idx: i, rank: r + 1})
		}
		return out
	}
	var top []int32
	if m*4 >= len(ms) {
		top = slices.Clone(ms)
		slices.SortFunc(top, cmpf)
		top = top[:min(m, len(top))]
	} else {
		top = topM(ms, m, less)
	}
	for r, i := range top {
		out = append(out, pick{idx: i, rank: r + 1})
	}
	return out
}

// topM returns the m smallest elements of ms (m < len(ms)) in ascending
// order, using a bounded max-heap.
func topM(ms []int32, m int, less func(a, b int32) bool) []int32 {
	h := make([]int32, 0, m)
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			big := l
			if r := l + 1; r < len(h) && less(h[l], h[r]) {
				big = r
			}
			if !less(h[i], h[big]) {
				return
			}
			h[i], h[big] = h[big], h[i]
			i = big
		}
	}
	for _, x := range ms {
		if len(h) < m {
			h = append(h, x)
			for i := len(h) - 1; i > 0; {
				parent := (i - 1) / 2
				if !less(h[parent], h[i]) {
					break
				}
				h[i], h[parent] = h[parent], h[i]
				i = parent
			}
			continue
		}
		if less(x, h[0]) {
			h[0] = x
			down(0)
		}
	}
	slices.SortFunc(h, func(a, b int32) int {
		if less(a, b) {
			return -1
		}
		if less(b, a) {
			return 1
		}
		return 0
	})
	return h
}

// identityKey orders diarienummer strings of one committee: k holds the
// first 24 bytes big-endian, zero padded. Zero padding preserves the
// bytewise order because Draw rejects bytes below 0x20; longer strings with
// equal k are compared in full.
type identityKey struct {
	k   [3]uint64
	idx int32
}

func packPrefix(s string) (k [3]uint64) {
	var b [24]byte
	copy(b[:], s)
	k[0] = binary.BigEndian.Uint64(b[0:])
	k[1] = binary.BigEndian.Uint64(b[8:])
	k[2] = binary.BigEndian.Uint64(b[16:])
	return k
}

// identityLines sorts the members of one committee by diarienummer, reports
// a duplicated diarienummer, and returns the committee's fingerprint lines
// committee + "\t" + diarienummer + "\n" in that order.
func identityLines(frame []Unit, members []int32) ([]byte, error) {
	keys := make([]identityKey, len(members))
	size := 0
	for j, i := range members {
		keys[j] = identityKey{k: packPrefix(frame[i].Diarienummer), idx: i}
		size += len(frame[i].Committee) + len(frame[i].Diarienummer) + 2
	}
	slices.SortFunc(keys, func(a, b identityKey) int {
		for w := range a.k {
			if a.k[w] != b.k[w] {
				return cmp.Compare(a.k[w], b.k[w])
			}
		}
		return strings.Compare(frame[a.idx].Diarienummer, frame[b.idx].Diarienummer)
	})
	buf := make([]byte, 0, size)
	for j, key := range keys {
		u := &frame[key.idx]
		if j > 0 && key.k == keys[j-1].k && u.Diarienummer == frame[keys[j-1].idx].Diarienummer {
			return nil, fmt.Errorf("sampling: case %q of committee %q occurs more than once in the frame", u.Diarienummer, u.Committee)
		}
		buf = append(buf, u.Committee...)
		buf = append(buf, '\t')
		buf = append(buf, u.Diarienummer...)
		buf = append(buf, '\n')
	}
	return buf, nil
}

// parallelFor runs f(0..n-1) on up to workers goroutines.
func parallelFor(n, workers int, f func(i int)) {
	if n <= 0 {
		return
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}
