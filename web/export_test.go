package web

import "tillsyn/review"

// SetStatusForTest changes the status an error code maps to until restore is called, so a
// test can show that a handler answers from the shared table (statusOf), not a literal.
func SetStatusForTest(code review.ErrorCode, status int) (restore func()) {
	old := statusOf[code]
	statusOf[code] = status
	return func() { statusOf[code] = old }
}
