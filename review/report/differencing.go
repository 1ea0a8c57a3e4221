package report

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"tillsyn/review"
)

// CheckDifferencing refuses (an EConflict *Error naming the cells) a research export whose
// published cells, together with the cells of every export already recorded for the same
// audits (earlier, see review.Service.PublishedExports), would let someone work out a count
// between 1 and K−1 that no export published: a hidden cell, or the sum of the hidden cells
// of one level inside a published row (a pooled row minus the published rows below it).
//
// How (exact, not a heuristic over pairs of exports): the final files are split into atoms,
// one per audit × committee × intervention × decision year, each with four unknowns per
// criterion (its files judged yes, partly, no, not applicable). Every value any export
// published is a linear equation over these unknowns: files_reviewed is the sum of a row's
// atoms over all four categories, a count the sum over one. A quantity is recoverable when
// its own vector lies in the span of the published equations; then its value is that
// combination of published values. The span is computed by Gaussian elimination, and only
// what the new export makes recoverable (recoverable with it, not without it) is refused, so
// an old export cannot block every new one. The threshold is the largest K among the new
// export and the earlier ones involved. all holds the data of every audit in the exports.
//
// Earlier exports recorded before cells were kept are taken as committee-level exports of
// their audit with their K, rebuilt from today's data. Values of earlier exports are those
// they published; exports made while files were pending therefore compare as if of the same
// files (the check is then stricter, never laxer, for the unchanged part).
func CheckDifferencing(cells []review.PublishedCell, minCell int, earlier []review.PublishedExport, all map[int64]review.ResearchData) error {
	if len(earlier) == 0 {
		return nil // a single export is suppressed on its own (no equation spans two rows of it)
	}
	ix := newAtomIndex(all)
	type src struct {
		cells []review.PublishedCell
		k     int
		isNew bool
		label string
	}
	srcs := []src{{cells: cells, k: minCell, isNew: true, label: "denna export"}}
	var earlierIDs []string
	for _, p := range earlier {
		cs := p.Cells
		if cs == nil {
			d, ok := all[p.AuditID]
			if !ok {
				return fmt.Errorf("differencing: no data for audit %d of export %d", p.AuditID, p.ID)
			}
			rows, err := ExportRows(d.Findings, max(p.MinCell(), 3))
			if err != nil {
				return err
			}
			cs = cellsOf(rows, []int64{p.AuditID}, LevelCommittee, false)
		}
		srcs = append(srcs, src{cells: cs, k: p.MinCell(), label: fmt.Sprintf("export %d (%s, nivå %s)", p.ID, p.At.Format("2006-01-02"), p.Level())})
		earlierIDs = append(earlierIDs, strconv.FormatInt(p.ID, 10))
	}
	k := minCell
	for _, s := range srcs {
		k = max(k, s.k)
	}
	var crits []string
	for _, s := range srcs {
		for _, c := range s.cells {
			if !slices.Contains(crits, c.Criterion) {
				crits = append(crits, c.Criterion)
			}
		}
	}
	names := criterionNames(all)
	nv := len(ix.atoms) * 4
	var found []string
	for _, crit := range crits {
		type cell struct {
			set   bitset
			vals  [5]*int // yes, partly, no, not_applicable, files_reviewed
			isNew bool
			desc  string
		}
		var cs []cell
		for _, s := range srcs {
			for _, c := range s.cells {
				set := ix.setOf(c)
				if set.empty() {
					continue
				}
				if c.Criterion != crit {
					if c.FilesReviewed != nil {
						// files_reviewed is the same for every criterion of a row
						cs = append(cs, cell{set: set, vals: [5]*int{nil, nil, nil, nil, c.FilesReviewed}, isNew: s.isNew})
					}
					continue
				}
				cs = append(cs, cell{set: set, vals: [5]*int{c.Yes, c.Partly, c.No, c.NotApplicable, c.FilesReviewed}, isNew: s.isNew,
					desc: describeCell(c, all, names)})
			}
		}
		vec := func(set bitset, q int) []int {
			var v []int
			for _, a := range set.members() {
				if q == 4 {
					v = append(v, a*4, a*4+1, a*4+2, a*4+3)
				} else {
					v = append(v, a*4+q)
				}
			}
			return v
		}
		old, both := newBasis(nv), newBasis(nv)
		for _, c := range cs {
			for q, p := range c.vals {
				if p == nil {
					continue
				}
				v := vec(c.set, q)
				if !c.isNew {
					old.add(v, float64(*p))
				}
				both.add(v, float64(*p))
			}
		}
		type target struct {
			v    []int
			desc string
		}
		var targets []target
		qname := [5]string{"ja", "delvis", "nej", "ej tillämpligt", "granskade akter"}
		for _, c := range cs {
			if c.desc == "" {
				continue
			}
			for q, p := range c.vals {
				if p == nil {
					targets = append(targets, target{vec(c.set, q), c.desc + ": " + qname[q]})
				}
			}
		}
		// the hidden rows of one level inside a published row, taken together
		for _, s := range cs {
			if s.desc == "" {
				continue
			}
			for q := range 5 {
				if s.vals[q] == nil {
					continue
				}
				bySig := map[string][]int{}
				for j, c := range cs {
					if c.desc != "" && c.set.subsetOf(s.set) && !c.set.equal(s.set) {
						sig := ix.signature(c.set)
						bySig[sig] = append(bySig[sig], j)
					}
				}
				for _, js := range bySig {
					// distinct sets of the level, each hidden only if no export published it
					var sets []bitset
					var hid []bool
					var descs []string
					for _, j := range js {
						k := slices.IndexFunc(sets, func(o bitset) bool { return o.equal(cs[j].set) })
						if k < 0 {
							sets = append(sets, cs[j].set)
							hid = append(hid, true)
							descs = append(descs, cs[j].desc)
							k = len(sets) - 1
						}
						hid[k] = hid[k] && cs[j].vals[q] == nil
					}
					var union, hset bitset
					var hidden []string
					disjoint := true
					for i, set := range sets {
						if union.intersects(set) {
							disjoint = false
							break
						}
						union = union.or(set)
						if hid[i] {
							hset = hset.or(set)
							hidden = append(hidden, descs[i])
						}
					}
					if !disjoint || !union.equal(s.set) {
						continue
					}
					if len(hidden) >= 2 {
						targets = append(targets, target{vec(hset, q), "summan av " + strings.Join(hidden, "; ") + ": " + qname[q] +
							" (" + s.desc + " minus de publicerade raderna under den)"})
					}
				}
			}
		}
		seen := map[string]bool{}
		for _, t := range targets {
			if seen[t.desc] {
				continue
			}
			seen[t.desc] = true
			ok, val := both.solve(t.v)
			if !ok {
				continue
			}
			if ok0, _ := old.solve(t.v); ok0 {
				continue
			}
			// the cell is named, never its value: the message must not publish what it
			// refuses to publish
			if n := int(math.Round(val)); n >= 1 && n <= k-1 {
				found = append(found, t.desc)
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	sort.Strings(found)
	more := ""
	if len(found) > 5 {
		more = fmt.Sprintf(" (och %d till)", len(found)-5)
		found = found[:5]
	}
	return &review.Error{Code: review.EConflict, Field: "level", Message: fmt.Sprintf(
		"exporten nekas: tillsammans med tidigare registrerade exporter av samma granskningar (nr %s) skulle den låta en dold cell räknas fram, med ett antal mellan 1 och %d: %s%s. Välj en annan nivå eller ett högre K (--min-cell), eller använd de exporter som redan finns.",
		strings.Join(earlierIDs, ", "), k-1, strings.Join(found, "; "), more)}
}

func criterionNames(all map[int64]review.ResearchData) map[string]string {
	out := map[string]string{}
	for _, d := range all {
		for _, c := range d.Findings.Template.Criteria {
			if _, ok := out[string(c.Key)]; !ok {
				out[string(c.Key)] = c.Name.Sv
			}
		}
	}
	return out
}

// describeCell names a published row as a user would find it in the export.
func describeCell(c review.PublishedCell, all map[int64]review.ResearchData, names map[string]string) string {
	var parts []string
	var audits []string
	for _, id := range c.Audits {
		if d, ok := all[id]; ok {
			audits = append(audits, d.Audit.Name)
		} else {
			audits = append(audits, "granskning "+strconv.FormatInt(id, 10))
		}
	}
	parts = append(parts, strings.Join(audits, " + "))
	if c.Committee != nil {
		parts = append(parts, "nämnd "+*c.Committee)
	}
	if c.Intervention != nil {
		iv := *c.Intervention
		if iv == "" {
			iv = "(okänd)"
		}
		parts = append(parts, "insats "+iv)
	}
	if c.Year != nil {
		if *c.Year == 0 {
			parts = append(parts, "år okänt")
		} else {
			parts = append(parts, "år "+strconv.Itoa(*c.Year))
		}
	}
	crit := c.Criterion
	if n := names[crit]; n != "" {
		crit = n + " (" + c.Criterion + ")"
	}
	parts = append(parts, crit)
	return strings.Join(parts, ", ")
}

// atomIndex numbers the atoms: audit × committee × intervention × decision year of the final
// files.
type atomIndex struct {
	atoms []atom
}

type atom struct {
	audit                   int64
	committee, intervention string
	year                    int
}

func newAtomIndex(all map[int64]review.ResearchData) *atomIndex {
	seen := map[atom]bool{}
	ix := &atomIndex{}
	ids := make([]int64, 0, len(all))
	for id := range all {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		for _, c := range all[id].Cases {
			a := atom{id, c.Committee, c.Intervention, c.Year}
			if !seen[a] {
				seen[a] = true
				ix.atoms = append(ix.atoms, a)
			}
		}
	}
	return ix
}

func (ix *atomIndex) setOf(c review.PublishedCell) bitset {
	var b bitset
	for i, a := range ix.atoms {
		if slices.Contains(c.Audits, a.audit) && (c.Committee == nil || *c.Committee == a.committee) &&
			(c.Intervention == nil || *c.Intervention == a.intervention) && (c.Year == nil || *c.Year == a.year) {
			b = b.set(i)
		}
	}
	return b
}

// signature says which attributes a set's atoms share: sets of one level have equal
// signatures (used only to group candidate partitions; disjointness is checked).
func (ix *atomIndex) signature(b bitset) string {
	m := b.members()
	a0 := ix.atoms[m[0]]
	sameAudit, sameCom, sameIv, sameYear := true, true, true, true
	for _, i := range m[1:] {
		a := ix.atoms[i]
		sameAudit = sameAudit && a.audit == a0.audit
		sameCom = sameCom && a.audit == a0.audit && a.committee == a0.committee
		sameIv = sameIv && a.intervention == a0.intervention
		sameYear = sameYear && a.year == a0.year
	}
	return fmt.Sprint(sameAudit, sameCom, sameIv, sameYear)
}

// bitset is a set of atom indices.
type bitset []uint64

func (b bitset) set(i int) bitset {
	for len(b) <= i/64 {
		b = append(b, 0)
	}
	b[i/64] |= 1 << (i % 64)
	return b
}

func (b bitset) empty() bool {
	for _, w := range b {
		if w != 0 {
			return false
		}
	}
	return true
}

func (b bitset) members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &^= 1 << t
		}
	}
	return out
}

func word(b bitset, i int) uint64 {
	if i < len(b) {
		return b[i]
	}
	return 0
}

func (b bitset) subsetOf(o bitset) bool {
	for i, w := range b {
		if w&^word(o, i) != 0 {
			return false
		}
	}
	return true
}

func (b bitset) equal(o bitset) bool { return b.subsetOf(o) && o.subsetOf(b) }

func (b bitset) intersects(o bitset) bool {
	for i, w := range b {
		if w&word(o, i) != 0 {
			return true
		}
	}
	return false
}

func (b bitset) or(o bitset) bitset {
	n := max(len(b), len(o))
	out := make(bitset, n)
	for i := range n {
		out[i] = word(b, i) | word(o, i)
	}
	return out
}

// basis is a set of linear equations (vector · unknowns = value) in row echelon form by
// insertion: each row is reduced against every earlier row before it is kept, so it is zero
// at their pivots, and reducing a vector against the rows in insertion order leaves it zero
// at every pivot. Rows are sparse (the equations are sums over few atoms); the equations
// and targets given are sets of unknowns (coefficient 1 each).
type basis struct {
	idx     [][]int
	val     [][]float64
	vals    []float64
	pivots  []int
	scratch []float64 // all zero between calls
}

func newBasis(n int) *basis { return &basis{scratch: make([]float64, n)} }

const eps = 1e-9

// reduce eliminates the basis' pivots from the scratch vector and returns the value the
// eliminated combination carries.
func (b *basis) reduce() float64 {
	v := b.scratch
	var val float64
	for i, p := range b.pivots {
		f := v[p]
		if math.Abs(f) <= eps {
			continue
		}
		for k, j := range b.idx[i] {
			v[j] -= f * b.val[i][k]
		}
		v[p] = 0
		val += f * b.vals[i]
	}
	return val
}

// load puts a set of unknowns into the scratch vector.
func (b *basis) load(set []int) {
	for _, j := range set {
		b.scratch[j] = 1
	}
}

// add adds an equation; one already implied changes nothing.
func (b *basis) add(set []int, val float64) {
	b.load(set)
	val -= b.reduce()
	p, best := -1, eps
	var idx []int
	var vs []float64
	for j, x := range b.scratch {
		if x == 0 {
			continue
		}
		b.scratch[j] = 0
		if math.Abs(x) > eps {
			idx = append(idx, j)
			vs = append(vs, x)
			if math.Abs(x) > best {
				p, best = j, math.Abs(x)
			}
		}
	}
	if p < 0 {
		return
	}
	f := vs[slices.Index(idx, p)]
	for k := range vs {
		vs[k] /= f
	}
	b.idx = append(b.idx, idx)
	b.val = append(b.val, vs)
	b.vals = append(b.vals, val/f)
	b.pivots = append(b.pivots, p)
}

// solve says whether the sum of the unknowns in set lies in the span and, if so, its value.
func (b *basis) solve(set []int) (bool, float64) {
	b.load(set)
	val := b.reduce()
	ok := true
	for j, x := range b.scratch {
		if x != 0 {
			if math.Abs(x) > 1e-7 {
				ok = false
			}
			b.scratch[j] = 0
		}
	}
	if !ok {
		return false, 0
	}
	return true, val
}
