// Package review is the domain root of Tillsyn: audits, committees, cases and their files,
// criteria and verdicts, and the rules that connect them (case-list validation, evidence,
// roll-up). The Service holds the use cases; it depends on the Store and TextExtractor
// interfaces, which adapters in subpackages implement. No gorm, gin, PDF library or net/http
// here.
package review

import (
	"errors"
	"fmt"
)

// ErrorCode classifies an Error for callers (the web layer maps codes to HTTP statuses, the
// command line to exit statuses).
type ErrorCode string

// The error codes.
const (
	EInvalid   ErrorCode = "invalid"   // the input is wrong; Message says how
	ENotFound  ErrorCode = "not_found" // no such audit, case, user...
	EConflict  ErrorCode = "conflict"  // already exists, or changed by someone else
	EForbidden ErrorCode = "forbidden" // not allowed for this user
	EInternal  ErrorCode = "internal"  // a bug or an I/O failure
)

// Error is the error type of the domain. Message is safe to show to a user.
type Error struct {
	Code    ErrorCode
	Message string
	Field   string
	Err     error // the underlying cause, for logs
	// More are further errors found with this one, each for its own field (a form checked as
	// a whole reports every field in error at once).
	More []*Error
}

// All is the error with the further ones found with it.
func (e *Error) All() []*Error { return append([]*Error{e}, e.More...) }

func (e *Error) Error() string {
	s := e.Message
	if e.Field != "" {
		s = e.Field + ": " + s
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes an *Error with a formatted message.
func Errorf(code ErrorCode, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCodeOf returns the code of the first *Error in err's chain, EInternal when there is none.
func ErrorCodeOf(err error) ErrorCode {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}
