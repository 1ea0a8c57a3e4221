package caselist

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// clean skips NFC for text below U+0300 (belowCombining): that is right only if NFC leaves
// every such character, and every pair of them, as it is. Pairs cover composition, which
// joins a character with the one before; bytes below 0xCC that are not UTF-8 are tried too.
func TestBelowCombiningIsNFC(t *testing.T) {
	for a := rune(0); a < 0x300; a++ {
		if s := string(a); !norm.NFC.IsNormalString(s) || !belowCombining(s) {
			t.Fatalf("U+%04X: NFC normal %v, belowCombining %v", a, norm.NFC.IsNormalString(s), belowCombining(s))
		}
		for b := rune(0x20); b < 0x300; b++ {
			if s := string([]rune{a, b}); !norm.NFC.IsNormalString(s) {
				t.Fatalf("U+%04X U+%04X is not in NFC", a, b)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		b := make([]byte, 1+rng.IntN(6))
		for j := range b {
			b[j] = byte(rng.IntN(0xcc))
		}
		if s := string(b); !norm.NFC.IsNormalString(s) {
			t.Fatalf("%q is not in NFC", s)
		}
	}
	if belowCombining("e\u0301") || belowCombining("a\u030a") || belowCombining("\uac00") {
		t.Error("belowCombining accepts a combining mark or Hangul")
	}
}

// clean gives what trimming and NFC without its shortcuts give.
func TestCleanShortcuts(t *testing.T) {
	slow := func(s string) string {
		return norm.NFC.String(strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' }))
	}
	parts := []string{"", " ", "\t", "\r\n", "\u00a0", "\ufeff", "\u2003", "\u0085", "a", "Z", "9", "å", "Å", "e\u0301", "a\u030a", "\x01", "\x7f", "\xc3", "\xff", "-", "SN 2015/1"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				if got, want := clean(s), slow(s); got != want {
					t.Errorf("clean(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
