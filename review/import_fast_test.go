package review

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// The import's shortcuts give exactly what the general code gives.

func TestCollapseSpace(t *testing.T) {
	parts := []string{"", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u202f", "\u205f", "\u3000",
		"a", "SN", "2015/1", "å", "§", "\u2013", "\xc2", "\xe2\x80", "\xff"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
					t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

func TestDiarienummerKeyASCII(t *testing.T) {
	general := diarienummerKeyRunes // the rune-by-rune path, for any string
	for a := 0; a < 0x80; a++ {
		for b := 0; b < 0x80; b++ {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), "x" + string([]byte{byte(a), byte(b)}) + "7"} {
				if got, want := DiarienummerKey(s), general(s); got != want {
					t.Fatalf("DiarienummerKey(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{"SN 2015/123", "sn_2015_123", " - SN-2015-123 - ", "", "---", "Dnr ÅÄÖ 2015:1", "ıi"} {
		if got, want := DiarienummerKey(s), general(s); got != want {
			t.Errorf("DiarienummerKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// scanField lets validate skip the rune checks and the personnummer search only where they
// would find nothing: every control and text-direction character makes a field suspect, in
// any position, and a field with a personnummer has ten digits.
func TestScanFieldMissesNothing(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		if !isControl(r) && !IsBidiControl(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), string(r) + "å", "SN 2015/" + string(r) + "1"} {
			if suspect, _ := scanField(s); !suspect {
				t.Fatalf("scanField(%q) misses U+%04X", s, r)
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		b := make([]byte, rng.IntN(24))
		for j := range b {
			switch rng.IntN(3) {
			case 0:
				b[j] = byte('0' + rng.IntN(10))
			case 1:
				b[j] = "-+ /"[rng.IntN(4)]
			default:
				b[j] = byte(rng.IntN(256))
			}
		}
		s := string(b)
		suspect, digits := scanField(s)
		if !suspect && (strings.ContainsFunc(s, isControl) || strings.ContainsFunc(s, IsBidiControl)) {
			t.Fatalf("scanField(%q) is not suspect", s)
		}
		if digits < 10 && ContainsPersonnummer(s) {
			t.Fatalf("scanField(%q) counts %d digits, and it holds a personnummer", s, digits)
		}
	}
	for _, s := range []string{"19860822-7966", "860822-7966", "handläggare 198608227966"} {
		if _, digits := scanField(s); digits < 10 || !ContainsPersonnummer(s) {
			t.Errorf("%q: %d digits", s, digits)
		}
	}
}

// The key set finds every duplicate with where it was first seen, and nothing else, also
// when it starts too small and grows.
func TestKeySet(t *testing.T) {
	for _, size := range []int{0, 1, 1000, 100000} {
		s := newKeySet(size)
		type at struct{ file, line int }
		ref := map[string]at{}
		rng := rand.New(rand.NewPCG(5, uint64(size)))
		for i := 0; i < 50000; i++ {
			committee := fmt.Sprint("K", rng.IntN(7))
			key := fmt.Sprint("SN-", rng.IntN(30000))
			if rng.IntN(50) == 0 {
				committee, key = key, committee // a 0 byte separates them: no mix-up
			}
			file, line := rng.IntN(3)-1, i+2
			pf, pl, dup := s.add(committee, key, file, line)
			first, seen := ref[committee+"\x00"+key]
			if dup != seen || dup && (pf != first.file || pl != first.line) {
				t.Fatalf("size %d: add(%q, %q) = %d, %d, %v; want %+v, %v", size, committee, key, pf, pl, dup, first, seen)
			}
			if !seen {
				ref[committee+"\x00"+key] = at{file, line}
			}
		}
		if len(s.ents) != len(ref) || 2*len(s.ents) > len(s.slots) {
			t.Errorf("size %d: %d entries (want %d) in %d slots", size, len(s.ents), len(ref), len(s.slots))
		}
	}
}

// TestKeyList compares the end-of-import duplicate check with a map, on lists with and without
// a duplicate, and with hash collisions forced (equal hashes, different keys: no duplicate).
func TestKeyList(t *testing.T) {
	for _, n := range []int{0, 1, 2, 1000, 60000} {
		for _, withDup := range []bool{false, true} {
			l := newKeyList(n / 2)
			rng := rand.New(rand.NewPCG(7, uint64(n)))
			ref := map[string]bool{}
			dup := false
			for i := 0; i < n; i++ {
				committee := fmt.Sprint("K", rng.IntN(7))
				key := fmt.Sprint("SN-", i)
				if withDup && i == n-1 && n > 1 {
					key = fmt.Sprint("SN-", rng.IntN(n-1)) // one of the keys before
					committee = ""
					for k := range ref {
						committee, key, _ = strings.Cut(k, "\x00")
						break
					}
				}
				if ref[committee+"\x00"+key] {
					dup = true
				}
				ref[committee+"\x00"+key] = true
				l.add(committee, key)
			}
			if got := l.hasDuplicate(); got != dup {
				t.Errorf("%d keys (duplicate %v): hasDuplicate = %v", n, dup, got)
			}
		}
	}
	// a hash collision is no duplicate; a true duplicate among colliding hashes is one
	l := newKeyList(4)
	l.hash = func(maphash.Seed, []byte) uint64 { return 42 }
	for _, k := range []string{"A", "B", "C"} {
		l.add("Arvika", k)
	}
	if l.hasDuplicate() {
		t.Error("equal hashes of different keys counted as a duplicate")
	}
	l.add("Arvika", "B")
	if !l.hasDuplicate() {
		t.Error("a duplicate among equal hashes missed")
	}
}
