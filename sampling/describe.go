package sampling

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Example identity used in the worked example of the method descriptions.
const (
	exampleCommittee    = "Socialnämnden i Exempelstad"
	exampleDiarienummer = "SN 2015/123"
)

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func keyCommand(seed string) string {
	return "printf '%s\\0%s\\0%s' " + shellQuote(seed) + " " + shellQuote(exampleCommittee) + " " +
		shellQuote(exampleDiarienummer) + " | sha256sum"
}

func fmtNum(x float64, sv bool) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if sv {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// methodText is the wording of a method description in one language, in the order the
// parts appear; sv says whether numbers take a decimal comma.
type methodText struct {
	sv                                                   bool
	title, frame, strataIntervention, strataCommittee    string
	randomOrder, recompute, selection                    string
	oneReserve, reserves, noReserves, onePerPerson       string
	sizeFixed, sizeProportional, sizeMargin, sizeUnknown string
}

var methodEn = methodText{
	title:              "Sampling method %s\n\n",
	frame:              "Frame. The sample is drawn from a complete list (the frame) of case files, each identified by its committee and its diarienummer; a pair may occur only once. The frame's fingerprint is the SHA-256 digest of the lines \"committee<TAB>diarienummer<LF>\", one per case file, sorted by byte value (LC_ALL=C sort frame.tsv | sha256sum). The order in which the frame is listed does not affect the sample.\n\n",
	strataIntervention: "Strata. Every combination of committee and type of intervention is a stratum, sampled separately.\n\n",
	strataCommittee:    "Strata. Every committee is a stratum, sampled separately.\n\n",
	randomOrder:        "Random order. The seed is %q. Every case file gets a key: the SHA-256 digest, written as 64 lowercase hexadecimal digits, of the UTF-8 bytes of the seed, one NUL byte (0x00), the committee, one NUL byte and the diarienummer, exactly as they appear in the frame, with nothing added at the end. Within each stratum the case files are put in ascending order of key (two equal keys would require a SHA-256 collision; they would be ordered by committee, then diarienummer). SHA-256 gives an order that no one can predict or steer without trying seeds, so the seed must be fixed and recorded before the first draw; then every case file in a stratum is equally likely to be selected.\n\n",
	recompute:          "Recomputing a key. In a UTF-8 terminal:\n    %s\nprints the key of case %s of %s under this seed:\n    %s\n\n",
	selection:          "Selection. In each stratum the first n case files in key order are the sample. ",
	oneReserve:         "The next case file is the reserve, used when a selected file turns out to be outside the scope or cannot be retrieved; every replacement is recorded with its reason.\n\n",
	reserves:           "The next %d case files are reserves, used in key order when a selected file turns out to be outside the scope or cannot be retrieved; every replacement is recorded with its reason.\n\n",
	noReserves:         "No reserves are drawn.\n\n",
	onePerPerson:       "One case per person. Walking in key order, a case file is passed over when the person it concerns (identified by a pseudonym) already has a selected or reserve case file in the same stratum; case files with no recorded person are never passed over. The population of a stratum is then counted as the number of distinct persons plus the number of case files with no recorded person.\n\n",
	sizeFixed:          "Sample size. n = %d in every stratum. A stratum with fewer eligible case files is examined in full, which is noted as a warning.\n",
	sizeProportional:   "Sample size. A total of %d case files is divided among the strata in proportion to their populations by the largest-remainder method: stratum h with population N_h of N in all first gets the whole part of %d·N_h/N; the case files still to be allocated go one each to the strata with the largest fractional parts, ties to the stratum that comes first in byte order of committee, then intervention. The sizes add up to exactly %d.\n",
	sizeMargin:         "Sample size. In every stratum, n = ⌈n0 / (1 + (n0 − 1)/N_h)⌉ with n0 = z²·P(1 − P)/E², where N_h is the stratum's population, E = %s is the margin of error, P = %s the expected proportion and z = %s the two-sided normal quantile for %s %% confidence: enough to estimate a proportion in the stratum within ±E, with the finite population correction.\n",
	sizeUnknown:        "Sample size. Allocation mode %q is not defined.\n",
}

var methodSv = methodText{
	sv:                 true,
	title:              "Urvalsmetod %s\n\n",
	frame:              "Urvalsram. Urvalet dras ur en fullständig förteckning (urvalsramen) över ärenden, vart och ett identifierat av nämnd och diarienummer; samma par får bara förekomma en gång. Urvalsramens fingeravtryck är SHA-256 av raderna \"nämnd<TAB>diarienummer<LF>\", en per ärende, sorterade bytevis (LC_ALL=C sort ram.tsv | sha256sum). Ordningen i förteckningen påverkar inte urvalet.\n\n",
	strataIntervention: "Strata. Varje kombination av nämnd och insatstyp är ett stratum och urvalet görs separat i vart och ett.\n\n",
	strataCommittee:    "Strata. Varje nämnd är ett stratum och urvalet görs separat i vart och ett.\n\n",
	randomOrder:        "Slumpordning. Fröet är %q. Varje ärende får en nyckel: SHA-256-summan, skriven som 64 hexadecimala gemener, av UTF-8-byten i fröet, en NUL-byte (0x00), nämnden, en NUL-byte och diarienumret, exakt som de står i urvalsramen, utan något tillägg i slutet. Inom varje stratum ordnas ärendena efter stigande nyckel (två lika nycklar skulle kräva en kollision i SHA-256; de ordnas då efter nämnd och diarienummer). SHA-256 ger en ordning som ingen kan förutse eller styra utan att pröva olika frön, därför ska fröet bestämmas och dokumenteras före den första dragningen; då har varje ärende i ett stratum samma sannolikhet att väljas.\n\n",
	recompute:          "Kontroll av en nyckel. I en terminal med UTF-8:\n    %s\nskriver ut nyckeln för ärende %s i %s med detta frö:\n    %s\n\n",
	selection:          "Urval. I varje stratum utgör de n första ärendena i nyckelordning urvalet. ",
	oneReserve:         "Närmast följande ärende är reserv och används när ett valt ärende visar sig ligga utanför granskningen eller inte går att få fram; varje ersättning dokumenteras med skäl.\n\n",
	reserves:           "De %d närmast följande ärendena är reserver och används i nyckelordning när ett valt ärende visar sig ligga utanför granskningen eller inte går att få fram; varje ersättning dokumenteras med skäl.\n\n",
	noReserves:         "Inga reserver dras.\n\n",
	onePerPerson:       "Ett ärende per person. I nyckelordning hoppas ett ärende över om personen det gäller (identifierad med pseudonym) redan har ett valt ärende eller reservärende i samma stratum; ärenden utan angiven person hoppas aldrig över. Populationen i ett stratum räknas då som antalet olika personer plus antalet ärenden utan angiven person.\n\n",
	sizeFixed:          "Urvalsstorlek. n = %d i varje stratum. Ett stratum med färre valbara ärenden granskas i sin helhet, vilket anges som en varning.\n",
	sizeProportional:   "Urvalsstorlek. Totalt %d ärenden fördelas på strata i proportion till deras populationer enligt största-restmetoden: stratum h med population N_h av totalt N får först heltalsdelen av %d·N_h/N; de ärenden som återstår att fördela går ett vardera till de strata som har störst decimaldel, vid lika till det stratum som kommer först i byteordning efter nämnd och därefter insats. Storlekarna summerar till exakt %d.\n",
	sizeMargin:         "Urvalsstorlek. I varje stratum är n = ⌈n0 / (1 + (n0 − 1)/N_h)⌉ med n0 = z²·P(1 − P)/E², där N_h är stratumets population, E = %s felmarginalen, P = %s den förväntade andelen och z = %s den tvåsidiga normalfördelningskvantilen för %s %% konfidens: tillräckligt för att skatta en andel i stratumet inom ±E, med korrektion för ändlig population.\n",
	sizeUnknown:        "Urvalsstorlek. Fördelningssättet %q är inte definierat.\n",
}

// MethodDescription describes in English, for a protocol, how Draw selects
// the sample under p: the frame fingerprint, the strata, the key and how to
// recompute it by hand (exact bytes and a shell command with a worked
// example), the selection and reserve rule, the one-case-per-person rule and
// the allocation. It reports p as given and does not validate it; Draw does.
// The text is deterministic for a given p.
func MethodDescription(p Params) string { return describe(p, methodEn) }

// MethodDescriptionSv is MethodDescription in Swedish, with the same content
// and contract (decimal comma in numbers).
func MethodDescriptionSv(p Params) string { return describe(p, methodSv) }

func describe(p Params, t methodText) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w(t.title, MethodID)
	b.WriteString(t.frame)
	if p.ByIntervention {
		b.WriteString(t.strataIntervention)
	} else {
		b.WriteString(t.strataCommittee)
	}
	w(t.randomOrder, p.Seed)
	w(t.recompute, keyCommand(p.Seed), exampleDiarienummer, exampleCommittee, Key(p.Seed, exampleCommittee, exampleDiarienummer))
	b.WriteString(t.selection)
	switch {
	case p.Reserves == 1:
		b.WriteString(t.oneReserve)
	case p.Reserves > 1:
		w(t.reserves, p.Reserves)
	default:
		b.WriteString(t.noReserves)
	}
	if p.OneCasePerPerson {
		b.WriteString(t.onePerPerson)
	}
	a := p.Allocation
	switch a.Mode {
	case ModeFixed:
		w(t.sizeFixed, a.PerStratum)
	case ModeProportional:
		w(t.sizeProportional, a.Total, a.Total, a.Total)
	case ModeMargin:
		z := fmt.Sprintf("%.6f", ZForConfidence(a.Confidence))
		if t.sv {
			z = strings.ReplaceAll(z, ".", ",")
		}
		w(t.sizeMargin, fmtNum(a.Margin, t.sv), fmtNum(a.Expected, t.sv), z, fmtNum(math.Round(a.Confidence*1e10)/1e8, t.sv))
	default:
		w(t.sizeUnknown, a.Mode)
	}
	return b.String()
}
