package screen

import (
	"strings"
	"testing"
)

// Filter and structure tests of the fourth round. As in filters3_test.go, each test names
// the rule it guards and fails when that rule is removed (checked by hand once per rule);
// the texts are written for these tests, not copied from any evaluation file.

// fourthOrder and fourthPlan are an order and a plan for the follow-up tests below.
func fourthCase(journal string) []Document {
	beslut := doc("beslut.pdf", `Beslut
Öppenvård vid Mottagningen Tallen beviljas från 2015-03-02.
Skäl: Gunnar behöver stöd för att bryta sitt drickande.`)
	plan := doc("vardplan.pdf", `Vårdplan
Mål: Gunnar dricker inte alls under våren 2015.
Insats: samtal varje vecka hos behandlaren Eva Sjö på Mottagningen Tallen.
Uppföljning: vi träffas alla tre i maj 2015 för att se hur det går.`)
	return []Document{beslut, plan, doc("journal.pdf", journal)}
}

// Guards ymdShortRE: a journal note dated with six digits, year first ("150512 …", the
// short form of many systems), is a dated note; without it the note is not read, and the
// follow-up held in May is only "planned".
func TestFilterShortJournalDates(t *testing.T) {
	r := screenOn(t, autumnReview, fourthCase(`Journalanteckningar Gunnar
150302 Gunnar har börjat på Mottagningen Tallen.
150512 Trepartssamtal på Tallen med Gunnar och Eva Sjö. Gunnar har inte druckit sedan mars och kommer till varje samtal.
`)...)
	s := want(t, r, FollowUp, Yes)
	found := false
	for _, e := range s.Evidence {
		found = found || strings.Contains(e.Text, "inte druckit sedan mars")
	}
	if !found {
		t.Errorf("the May note is not the evidence: %+v", s.Evidence)
	}
}

// Guards undatedFollowUpCandidates: a follow-up that the plan only announces is no ground
// for "no" while the journal holds, in a note whose date is written in a form not read
// ("12.5.15"), a meeting that went through how it goes: the suggestion is "kan inte
// avgöras" with that note as a candidate. Without the rule it is "no" with high confidence.
func TestFilterPlannedButUndatedMeeting(t *testing.T) {
	r := screenOn(t, autumnReview, fourthCase(`Journalanteckningar Gunnar
2.3.15 Gunnar har börjat på Mottagningen Tallen.
12.5.15 Möte på Tallen med Gunnar och Eva Sjö där vi gick igenom hur våren har gått. Gunnar har inte druckit sedan mars.
`)...)
	s := want(t, r, FollowUp, Unknown)
	found := false
	for _, e := range s.Evidence {
		found = found || e.Kind == KindCandidate && strings.Contains(e.Text, "gick igenom")
	}
	if !found {
		t.Errorf("the meeting is not a candidate: %+v", s.Evidence)
	}
	// the same announcement with a journal that speaks of no meeting stays "no"
	r = screenOn(t, autumnReview, fourthCase(`Journalanteckningar Gunnar
2.3.15 Gunnar har börjat på Mottagningen Tallen.
12.5.15 Gunnar ringde och bad om ett intyg till Försäkringskassan.
`)...)
	want(t, r, FollowUp, No)
}
