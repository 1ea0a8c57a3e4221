package review

import "hash/maphash"

// keySet remembers case identities (committee, diarienummer key) with the file and line they
// came from. It holds no Go pointers per entry, so a frame of a million cases costs the
// garbage collector nothing to scan, and it compares the full keys, so a hash collision can
// never make two different cases look like duplicates.
type keySet struct {
	seed  maphash.Seed
	idx   map[uint64]int32 // hash → first entry
	ents  []keyEnt
	arena []byte
	buf   []byte
}

type keyEnt struct {
	off  uint32
	n    uint32
	file int32 // index into the caller's file list; -1 = already stored in the audit
	line int32
	next int32 // next entry with the same hash, -1 = none
}

// newKeySet makes a set sized for about n keys (growing a map of a million keys rehashes it
// again and again).
func newKeySet(n int) *keySet {
	return &keySet{seed: maphash.MakeSeed(), idx: make(map[uint64]int32, n), ents: make([]keyEnt, 0, n), arena: make([]byte, 0, 24*n)}
}

// add records (committee, key) from file:line. When it was there already, it returns where
// it was first seen and dup = true, and records nothing.
func (s *keySet) add(committee, key string, file, line int) (prevFile, prevLine int, dup bool) {
	s.buf = append(append(append(s.buf[:0], committee...), 0), key...)
	h := maphash.Bytes(s.seed, s.buf)
	first, ok := s.idx[h]
	if ok {
		for i := first; i >= 0; i = s.ents[i].next {
			e := &s.ents[i]
			if string(s.arena[e.off:e.off+e.n]) == string(s.buf) {
				return int(e.file), int(e.line), true
			}
		}
	} else {
		first = -1
	}
	s.ents = append(s.ents, keyEnt{off: uint32(len(s.arena)), n: uint32(len(s.buf)), file: int32(file), line: int32(line), next: first})
	s.arena = append(s.arena, s.buf...)
	s.idx[h] = int32(len(s.ents) - 1)
	return 0, 0, false
}
