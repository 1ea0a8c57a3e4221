package web

import (
	"regexp"
	"strings"
)

// The sample's notes per stratum are recorded in English in the protocol (which the
// sampling package words, and which is kept as drawn); the web app says them in Swedish.
var (
	warnStratumRe  = regexp.MustCompile(`^stratum "((?:[^"\\]|\\.)*)": `)
	warnRequested  = regexp.MustCompile(`^(\d+) units requested but the population is (\d+); all (\d+) are selected$`)
	warnProportion = regexp.MustCompile(`^proportional allocation gives 0 units \(population (\d+)\); nothing is sampled in this stratum$`)
	warnReserves   = regexp.MustCompile(`^(\d+) reserves requested but only (\d+) units remain after the sample$`)
)

// swedishWarning says a stratum's notes ("; "-separated) in Swedish, without the stratum's
// name (the table row names it). A note it does not know is shown as recorded.
func swedishWarning(w string) string {
	if w == "" {
		return ""
	}
	var out []string
	for _, n := range strings.Split(w, "; stratum ") {
		if !strings.HasPrefix(n, "stratum ") {
			n = "stratum " + n
		}
		body := warnStratumRe.ReplaceAllString(n, "")
		switch {
		case warnRequested.MatchString(body):
			m := warnRequested.FindStringSubmatch(body)
			out = append(out, m[1]+" "+plural(m[1], "ärende", "ärenden")+" begärda men populationen är "+m[2]+": alla "+m[3]+" ingår i urvalet")
		case warnProportion.MatchString(body):
			m := warnProportion.FindStringSubmatch(body)
			out = append(out, "den proportionella fördelningen ger 0 ärenden (populationen är "+m[1]+"): inget dras i stratumet")
		case warnReserves.MatchString(body):
			m := warnReserves.FindStringSubmatch(body)
			out = append(out, m[1]+" "+plural(m[1], "reserv", "reserver")+" begärda men bara "+m[2]+" "+plural(m[2], "ärende", "ärenden")+" finns kvar efter urvalet")
		default:
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

func plural(n, one, many string) string {
	if n == "1" {
		return one
	}
	return many
}
