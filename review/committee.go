package review

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed kommuner.txt
var kommunerTxt string

var municipalities struct {
	once   sync.Once
	names  []string
	exact  map[string]string // lower-case name → official name
	folded map[string]string // accent-folded name → official name, "" when ambiguous (Habo/Håbo)
}

func loadMunicipalities() {
	m := &municipalities
	m.exact = map[string]string{}
	m.folded = map[string]string{}
	for _, line := range strings.Split(kommunerTxt, "\n") {
		name := strings.TrimSpace(line)
		if name == "" {
			continue
		}
		m.names = append(m.names, name)
		m.exact[lowerKey(name)] = name
		f := Fold(name)
		if _, dup := m.folded[f]; dup {
			m.folded[f] = ""
		} else {
			m.folded[f] = name
		}
	}
}

// Municipalities returns the official names of Sweden's 290 municipalities.
func Municipalities() []string {
	municipalities.once.Do(loadMunicipalities)
	return append([]string(nil), municipalities.names...)
}

func lowerKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " - "))), " ")
}

// committeeAffixes are words around a municipality name in committee names, lower case.
// Only these exact words are removed: a misspelt "Socialnämden Arvika" stays unknown rather
// than being guessed.
var committeePrefixes = []string{
	"socialnämnden i", "socialnämnden för", "socialnämnden", "socialnämnd",
	"individ- och familjenämnden i", "individ- och familjenämnden",
	"vård- och omsorgsnämnden i", "vård- och omsorgsnämnden",
	"omsorgsnämnden i", "omsorgsnämnden", "socialtjänsten i", "socialtjänsten",
	"kommunstyrelsen i", "kommunstyrelsen", "kommun:",
	"ifo i", "ifo", "individ- och familjeomsorgen i", "individ- och familjeomsorgen",
	"socialförvaltningen i", "socialförvaltningen", "socialkontoret i", "socialkontoret",
	"arbete och välfärd i", "nämnden för arbete och välfärd i",
}

var committeeSuffixes = []string{
	"socialnämnd", "socialnämnden", "kommun", "kommuns socialnämnd", "kommuns socialtjänst",
	"stad", "stads socialnämnd", "kommun socialnämnd", "kommun/socialnämnd",
	"socialförvaltning", "socialförvaltningen", "ifo", "kommun ifo", "kommuns ifo",
}

// NormalizeCommittee maps a committee or municipality name as written in an export
// ("Arvika", "Socialnämnden Arvika", "Arvika kommun", "Karlstads kommun", "Socialnämnden i
// Arvika kommun", "IFO Arvika") to the official municipality name ("Arvika", "Karlstad"). ok
// is false when the name is not one of the 290 municipalities.
func NormalizeCommittee(s string) (name string, ok bool) {
	municipalities.once.Do(loadMunicipalities)
	k := lowerKey(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(s))
	if n, ok := lookupMunicipality(k); ok {
		return n, true
	}
	// strip one known prefix (or none), then one known suffix (or none)
	heads := []string{k}
	for _, p := range committeePrefixes {
		if strings.HasPrefix(k, p+" ") {
			heads = append(heads, strings.TrimSpace(k[len(p):]))
		}
	}
	for _, h := range heads {
		if n, ok := lookupWithGenitive(h); ok {
			return n, true
		}
		for _, suf := range committeeSuffixes {
			if strings.HasSuffix(h, " "+suf) {
				if n, ok := lookupWithGenitive(strings.TrimSpace(h[:len(h)-len(suf)])); ok {
					return n, true
				}
			}
		}
	}
	return "", false
}

// lookupWithGenitive tries the name, then without a genitive s ("Karlstads" → "Karlstad").
func lookupWithGenitive(k string) (string, bool) {
	if n, ok := lookupMunicipality(k); ok {
		return n, true
	}
	if strings.HasSuffix(k, "s") {
		return lookupMunicipality(k[:len(k)-1])
	}
	return "", false
}

func lookupMunicipality(k string) (string, bool) {
	m := &municipalities
	if n, ok := m.exact[k]; ok {
		return n, true
	}
	if n := m.folded[Fold(strings.ReplaceAll(k, " - ", "-"))]; n != "" {
		return n, true
	}
	return "", false
}
