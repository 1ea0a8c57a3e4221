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

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
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
