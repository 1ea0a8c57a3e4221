package review

import (
	"encoding/binary"
	"hash/maphash"
)

// keySet remembers case identities (committee, diarienummer key) with the file and line they
// came from. It holds no Go pointers per entry, so a frame of a million cases costs the
// garbage collector nothing to scan, and it compares the full keys, so a hash collision can
// never make two different cases look like duplicates.
//
// The index is an open-addressing table of its own (linear probing, at most half full): a
// slot is one uint64 holding 32 bits of the key's hash and the entry's number, so a look-up
// of a key not yet seen (nearly every row of an import) touches one cache line, where Go's
// map with a million entries cost three misses and a third of the import's validation time.
type keySet struct {
	seed  maphash.Seed
	slots []uint64 // 0 = empty; else tag<<32 | (entry index + 1)
	ents  []keyEnt
	arena []byte
	buf   []byte
}

type keyEnt struct {
	off  uint32
	n    uint32
	file int32 // index into the caller's file list; -1 = already stored in the audit
	line int32
}

// newKeySet makes a set sized for about n keys (growing it rehashes every key).
func newKeySet(n int) *keySet {
	n = max(n, 8)
	s := &keySet{seed: maphash.MakeSeed(), ents: make([]keyEnt, 0, n), arena: make([]byte, 0, 24*n)}
	s.slots = make([]uint64, tableSize(n))
	return s
}

// tableSize is the smallest power of two that holds n keys at most half full.
func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

// add records (committee, key) from file:line. When it was there already, it returns where
// it was first seen and dup = true, and records nothing.
func (s *keySet) add(committee, key string, file, line int) (prevFile, prevLine int, dup bool) {
	s.buf = append(append(append(s.buf[:0], committee...), 0), key...)
	h := maphash.Bytes(s.seed, s.buf)
	tag := h >> 32
	mask := uint64(len(s.slots) - 1)
	i := h & mask
	for {
		slot := s.slots[i]
		if slot == 0 {
			break
		}
		if slot>>32 == tag {
			e := &s.ents[uint32(slot)-1]
			if string(s.arena[e.off:e.off+e.n]) == string(s.buf) {
				return int(e.file), int(e.line), true
			}
		}
		i = (i + 1) & mask
	}
	if 2*(len(s.ents)+1) > len(s.slots) {
		s.grow()
		return s.add(committee, key, file, line) // not there: this finds a free slot
	}
	s.ents = append(s.ents, keyEnt{off: uint32(len(s.arena)), n: uint32(len(s.buf)), file: int32(file), line: int32(line)})
	s.arena = append(s.arena, s.buf...)
	s.slots[i] = tag<<32 | uint64(len(s.ents))
	return 0, 0, false
}

// grow doubles the table and puts every entry in it again.
func (s *keySet) grow() {
	s.slots = make([]uint64, 2*len(s.slots))
	mask := uint64(len(s.slots) - 1)
	for n := range s.ents {
		e := &s.ents[n]
		h := maphash.Bytes(s.seed, s.arena[e.off:e.off+e.n])
		i := h & mask
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = h>>32<<32 | uint64(n+1)
	}
}

// keyList collects case identities (committee, diarienummer key) for one duplicate check at
// the end of a strict import, which is refused anyway if two are equal. Adding a key only
// appends (no look-up per row: in a set of a million keys that look-up misses the cache and
// was a fifth of the import's processor time); hasDuplicate then sorts the keys' hashes by
// radix, which reads and writes memory in order, and compares the full keys of equal hashes,
// so a hash collision never counts as a duplicate.
type keyList struct {
	seed  maphash.Seed
	hash  func(maphash.Seed, []byte) uint64 // maphash.Bytes (a test makes hashes collide)
	hs    []uint64                          // the hash of each key
	arena []byte                            // each key after its length (a uvarint)
	buf   []byte
}

// newKeyList makes a list sized for about n keys.
func newKeyList(n int) *keyList {
	n = max(n, 8)
	return &keyList{seed: maphash.MakeSeed(), hash: maphash.Bytes, hs: make([]uint64, 0, n), arena: make([]byte, 0, 25*n)}
}

func (l *keyList) add(committee, key string) {
	l.buf = append(append(append(l.buf[:0], committee...), 0), key...)
	l.hs = append(l.hs, l.hash(l.seed, l.buf))
	l.arena = binary.AppendUvarint(l.arena, uint64(len(l.buf)))
	l.arena = append(l.arena, l.buf...)
}

// hasDuplicate reports whether two keys of the list are equal. It sorts the hashes.
func (l *keyList) hasDuplicate() bool {
	if len(l.hs) < 2 {
		return false
	}
	// least significant digit first, a byte at a time, between the hashes and tmp (an even
	// number of passes leaves them in l.hs)
	a, tmp := l.hs, make([]uint64, len(l.hs))
	for shift := uint(0); shift < 64; shift += 8 {
		var count [257]int
		for _, h := range a {
			count[int(byte(h>>shift))+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, h := range a {
			d := byte(h >> shift)
			tmp[count[d]] = h
			count[d]++
		}
		a, tmp = tmp, a
	}
	var equal map[uint64][]string // hashes seen more than once → their keys
	for i := 1; i < len(a); i++ {
		if a[i] == a[i-1] {
			if equal == nil {
				equal = map[uint64][]string{}
			}
			equal[a[i]] = nil
		}
	}
	if equal == nil {
		return false
	}
	// rare (nearly always a real duplicate): compare the keys behind the equal hashes
	for rest := l.arena; len(rest) > 0; {
		n, w := binary.Uvarint(rest)
		k := rest[w : w+int(n)]
		rest = rest[w+int(n):]
		h := l.hash(l.seed, k)
		keys, ok := equal[h]
		if !ok {
			continue
		}
		for _, other := range keys {
			if other == string(k) {
				return true
			}
		}
		equal[h] = append(keys, string(k))
	}
	return false
}
