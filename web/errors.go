package web

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// statusOf is the one table from error codes to HTTP statuses.
var statusOf = map[review.ErrorCode]int{
	review.EInvalid:     http.StatusUnprocessableEntity,
	review.ENotFound:    http.StatusNotFound,
	review.EConflict:    http.StatusConflict,
	review.EForbidden:   http.StatusForbidden,
	review.ERateLimited: http.StatusTooManyRequests,
	review.EInternal:    http.StatusInternalServerError,
}

// titleOf is the Swedish heading of an error page per code.
var titleOf = map[review.ErrorCode]string{
	review.EInvalid:     "Uppgifterna behöver rättas",
	review.ENotFound:    "Hittades inte",
	review.EConflict:    "Ändrat av någon annan",
	review.EForbidden:   "Ingen behörighet",
	review.ERateLimited: "För många försök",
	review.EInternal:    "Internt fel",
}

var errForbidden = &review.Error{Code: review.EForbidden, Message: "Du har inte behörighet till den här sidan."}

// conflictMessage is shown on every stale save.
const conflictMessage = "Någon annan har ändrat bedömningen sedan du öppnade sidan (kanske du själv i en annan flik). Ingenting sparades. Sidan visar nu den senaste versionen: gör om din ändring och spara igen."

// httpStatus maps an error to its status.
func httpStatus(err error) int {
	if st, ok := statusOf[review.ErrorCodeOf(err)]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// userMessage is what a user may read about err: the domain message, or "Internt fel" for
// anything internal (never a stack, SQL or path).
func userMessage(err error) string {
	var re *review.Error
	if errors.As(err, &re) && re.Code != review.EInternal {
		return review.MaskPersonnummer(re.Message)
	}
	return "Internt fel. Försök igen om en stund; kvarstår felet, kontakta förvaltningen av Tillsyn."
}

// statusClientClosed is the status of a request its client abandoned before the answer.
const statusClientClosed = 499

// renderError logs err (with its chain) and renders the error page with its status.
func (s *Server) renderError(c *gin.Context, err error) {
	_ = c.Error(err)
	if errors.Is(err, context.Canceled) && c.Request.Context().Err() != nil {
		// the client went away (closed the tab, gave up on a slow login): nothing failed
		// here and nobody reads an answer; 499, nginx's "client closed request", logged as
		// a warning by logRequests rather than as an internal error
		c.AbortWithStatus(statusClientClosed)
		return
	}
	code := review.ErrorCodeOf(err)
	if code == review.EInternal {
		s.log.Error("internal error", "route", c.FullPath(), "err", err)
	}
	title := titleOf[code]
	if title == "" {
		title = "Internt fel"
	}
	s.renderStatus(c, httpStatus(err), title, userMessage(err))
}

type errorPage struct {
	base
	Status  int
	Heading string
	Message string
}

// renderStatus renders the error page with a status, heading and message.
func (s *Server) renderStatus(c *gin.Context, status int, heading, message string) {
	p := errorPage{base: s.base(c, heading), Status: status, Heading: heading, Message: message}
	s.render(c, status, "error", &p)
}

func asErr(err error, target **review.Error) bool { return errors.As(err, target) }

// conflictText is the message of an EConflict: a stale judgement (the error names its
// criterion) gets the standard text; other conflicts (the case left the sample, the second
// review is missing) their own.
func conflictText(err error) string {
	var re *review.Error
	if asErr(err, &re) && re.Field == "" && re.Message != "" {
		return re.Message
	}
	return conflictMessage
}
