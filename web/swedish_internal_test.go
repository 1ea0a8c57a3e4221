package web

import "testing"

func TestSwedishWarning(t *testing.T) {
	for in, want := range map[string]string{
		`stratum "Forshaga": 7 units requested but the population is 6; all 6 are selected`:                                                                                    "7 ärenden begärda men populationen är 6: alla 6 ingår i urvalet",
		`stratum "Arvika / öppenvård": proportional allocation gives 0 units (population 3); nothing is sampled in this stratum`:                                               "den proportionella fördelningen ger 0 ärenden (populationen är 3): inget dras i stratumet",
		`stratum "Forshaga": 7 units requested but the population is 6; all 6 are selected; stratum "Forshaga": 3 reserves requested but only 1 units remain after the sample`: "7 ärenden begärda men populationen är 6: alla 6 ingår i urvalet; 3 reserver begärda men bara 1 ärende finns kvar efter urvalet",
		"": "",
	} {
		if got := swedishWarning(in); got != want {
			t.Errorf("%s:\n got %s\nwant %s", in, got, want)
		}
	}
}
