package review

import "hash/maphash"

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
