package review

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Personnummer is a parsed Swedish personal identity number (or coordination number).
type Personnummer struct {
	Canonical string // 12 digits, YYYYMMDDNNNC
	BirthYear int
}

// ParsePersonnummer accepts YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN and
// YYMMDDNNNN (spaces ignored). A 10-digit number gets its century from ref (the date it was
// written): '-' means under 100 years old at ref, '+' 100 or older. The date must exist
// (coordination numbers add 60 to the day) and the Luhn check digit must match.
func ParsePersonnummer(s string, ref time.Time) (Personnummer, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if s == "" {
		return Personnummer{}, errors.New("empty personnummer")
	}
	sep := byte(0)
	digits := make([]byte, 0, 12)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case (c == '-' || c == '+') && sep == 0 && (len(digits) == 6 || len(digits) == 8) && len(s)-i-1 == 4:
			sep = c
		default:
			return Personnummer{}, fmt.Errorf("personnummer %q: unexpected character %q", mask(s), c)
		}
	}
	var full string
	switch len(digits) {
	case 12:
		if sep == '+' {
			return Personnummer{}, errors.New("'+' goes only with 10 digits")
		}
		full = string(digits)
	case 10:
		yy, _ := strconv.Atoi(string(digits[:2]))
		if ref.IsZero() {
			ref = time.Now()
		}
		century := ref.Year() / 100 * 100
		year := century + yy
		mm, _ := strconv.Atoi(string(digits[2:4]))
		dd, _ := strconv.Atoi(string(digits[4:6]))
		if dd > 60 {
			dd -= 60
		}
		// born after the reference date in this century: the previous century
		if year > ref.Year() || year == ref.Year() && (mm > int(ref.Month()) || mm == int(ref.Month()) && dd > ref.Day()) {
			year -= 100
		}
		if sep == '+' {
			year -= 100
		}
		full = fmt.Sprintf("%04d", year) + string(digits[2:])
	default:
		return Personnummer{}, fmt.Errorf("personnummer has %d digits, want 10 or 12", len(digits))
	}
	year, _ := strconv.Atoi(full[:4])
	month, _ := strconv.Atoi(full[4:6])
	day, _ := strconv.Atoi(full[6:8])
	if day > 60 {
		day -= 60 // samordningsnummer
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return Personnummer{}, errors.New("the date part is not a valid date")
	}
	if !luhn(full[2:]) {
		return Personnummer{}, errors.New("the Luhn check digit does not match")
	}
	return Personnummer{Canonical: full, BirthYear: year}, nil
}

// daysIn is the number of days of a month (1-12) in the Gregorian calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// luhn checks the 10-digit form YYMMDDNNNC.
func luhn(d string) bool {
	sum := 0
	for i := 0; i < 10; i++ {
		n := int(d[i] - '0')
		if i%2 == 0 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return sum%10 == 0
}

// mask hides the last four digits so error messages do not repeat a whole personnummer.
func mask(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return s[:len(s)-4] + "****"
}

// pnrSpan is where a personnummer-like sequence stands in a string.
type pnrSpan struct{ start, end int } // byte offsets

// findPersonnummer returns the Luhn-valid personnummer (or samordningsnummer) written in s,
// 10 or 12 digits, with or without a '-' or '+' (or a space) before the last four, that are
// not part of a longer run of digits. Whether a run is one is decided by
// ParsePersonnummer's own rules (a real date, the check digit).
func findPersonnummer(s string) []pnrSpan {
	// cheap first: fewer than ten digits cannot hold one (the import scans every field)
	n := 0
	for i := 0; i < len(s) && n < 10; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	if n < 10 {
		return nil
	}
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	var out []pnrSpan
	for i := 0; i < len(s); {
		if !isDigit(i) || isDigit(i-1) {
			i++
			continue
		}
		j := i
		for isDigit(j) {
			j++
		}
		run := j - i
		found := false
		// the date part (6 or 8 digits), an optional separator, then four digits
		for _, datePart := range []int{8, 6} {
			switch {
			case run == datePart+4:
				if validPnrDigits(s[i:j]) {
					out = append(out, pnrSpan{i, j})
					found = true
				}
			case run == datePart && j < len(s) && (s[j] == '-' || s[j] == '+' || s[j] == ' '):
				k := j + 1
				for isDigit(k) {
					k++
				}
				if k-(j+1) == 4 && validPnrDigits(s[i:j]+s[j+1:k]) {
					out = append(out, pnrSpan{i, k})
					found = true
					j = k
				}
			}
			if found {
				break
			}
		}
		i = j
	}
	return out
}

// validPnrDigits checks 10 or 12 digits as a personnummer: a real date (the day plus 60 for a
// samordningsnummer) and the Luhn digit over the last ten.
func validPnrDigits(d string) bool {
	var ymd string
	switch len(d) {
	case 12:
		ymd = d[:8]
	case 10:
		// a two-digit year fits any century for the date check; 2000 is a leap year
		// 20YY has 29 February exactly when YY is divisible by four, as the number's own
		// century has (but for 1900, which a two-digit year cannot tell from 2000)
		ymd = "20" + d[:6]
	default:
		return false
	}
	y, m, day := atoi4(ymd[:4]), atoi4(ymd[4:6]), atoi4(ymd[6:8])
	if day > 60 {
		day -= 60
	}
	if y < 1800 || m < 1 || m > 12 || day < 1 || day > daysIn(y, m) {
		return false
	}
	return luhn(d[len(d)-10:])
}

// ContainsPersonnummer reports whether s holds a Luhn-valid personnummer (see
// MaskPersonnummer for what counts as one).
func ContainsPersonnummer(s string) bool { return len(findPersonnummer(s)) > 0 }

// MaskPersonnummer replaces the last four digits of every personnummer in s with "****"
// (19800606-1058 → 19800606-****, 8006061058 → 800606****), so that no message, log line or
// stored reason ever repeats a whole one. Numbers that are not a valid date with a matching
// Luhn digit are left alone.
func MaskPersonnummer(s string) string {
	spans := findPersonnummer(s)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	prev := 0
	for _, sp := range spans {
		b.WriteString(s[prev : sp.end-4])
		b.WriteString("****")
		prev = sp.end
	}
	b.WriteString(s[prev:])
	return b.String()
}
