package review

import (
	"testing"
	"time"
)

func TestNormalizeCommittee(t *testing.T) {
	for in, want := range map[string]string{
		"Arvika": "Arvika", "Socialnämnden Arvika": "Arvika", "Arvika kommun": "Arvika", "Karlstads kommun": "Karlstad",
		"socialnämnden i karlstad": "Karlstad", "HAMMARÖ": "Hammarö", "Hammaro": "Hammarö", "Borås kommun": "Borås",
		"Upplands Väsby": "Upplands Väsby", "Dals-Ed": "Dals-Ed", "Malung-Sälens kommun": "Malung-Sälen", "Göteborgs stad": "Göteborg",
		"Habo": "Habo", "Håbo": "Håbo", "Årjäng": "Årjäng", "Arjang": "Årjäng", "Socialnämnden Säffle": "Säffle",
		"Socialnämnden i Arvika kommun": "Arvika", "IFO Arvika": "Arvika", "Arvika (socialnämnden)": "Arvika",
		"Socialförvaltningen i Karlstads kommun": "Karlstad", "Arvika socialförvaltning": "Arvika",
	} {
		got, ok := NormalizeCommittee(in)
		if !ok || got != want {
			t.Errorf("NormalizeCommittee(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Socialnämden Arvika", "Atlantis", "", "kommun", "Hab0"} {
		if got, ok := NormalizeCommittee(in); ok {
			t.Errorf("NormalizeCommittee(%q) = %q, want unknown", in, got)
		}
	}
	if n := len(Municipalities()); n != 290 {
		t.Errorf("%d municipalities, want 290", n)
	}
}

func TestParsePersonnummer(t *testing.T) {
	ref := time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"19010427-5391": "190104275391", "190104275391": "190104275391", "010427+5391": "190104275391",
		"811218-9876": "198112189876", "8112189876": "198112189876", "19811278-9873": "198112789873", // samordningsnummer
	} {
		p, err := ParsePersonnummer(in, ref)
		if err != nil || p.Canonical != want {
			t.Errorf("ParsePersonnummer(%q) = %+v %v, want %s", in, p, err, want)
		}
	}
	// the century of a 10-digit number: born after the reference date means 100 years earlier
	if p, err := ParsePersonnummer("150601-9874", time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC)); err != nil || p.BirthYear != 1915 {
		t.Errorf("150601- on 2015-03-01: born %d, want 1915", p.BirthYear)
	}
	if p, err := ParsePersonnummer("150101-9879", time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC)); err != nil || p.BirthYear != 2015 {
		t.Errorf("150101- on 2015-03-01: born %d, want 2015", p.BirthYear)
	}
	for _, in := range []string{"19010427-5392", "19011327-5391", "1901042-5391", "abc", "19010427--5391", "190104275391+"} {
		if _, err := ParsePersonnummer(in, ref); err == nil {
			t.Errorf("ParsePersonnummer(%q) accepted", in)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, in := range []string{"2015-03-01", "20150301", "2015-03-01 00:00:00", "2015-03-01T00:00:00", "2015-03-01 13:45", "2015-3-1", "2015-03-1", "2015-03-01T00:00:00Z"} {
		d, err := ParseDate(in)
		if err != nil || d.Format("2006-01-02") != "2015-03-01" {
			t.Errorf("ParseDate(%q) = %v %v", in, d, err)
		}
	}
	for _, in := range []string{"01/03/2015", "03/01/2015", "2015-02-30", "2015-13-01", "15-03-01", "1 mars 2015", "2015-03-01 25:00", "201503011"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
}

func TestNormalizeLegalBasisAndIntervention(t *testing.T) {
	for in, want := range map[string]string{
		"SoL 4:1": "SoL 4:1", "4 kap. 1 § SoL": "SoL 4:1", "4 kap 1 § socialtjänstlagen": "SoL 4:1", "SoL 4 kap. 2 §": "SoL 4:2",
		"sol 4:1": "SoL 4:1", "LVM": "LVM", "4 § LVM": "LVM 4 §", "Lag (1988:870) om vård av missbrukare i vissa fall": "LVM",
	} {
		if got := NormalizeLegalBasis(in); got != want {
			t.Errorf("NormalizeLegalBasis(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Öppenvård": "öppenvård", "HVB": "institutionsvård", "Institutionsvård": "institutionsvård", "LVM-vård": "LVM", "Familjehem": "Familjehem",
		"Öppenvård missbruk": "öppenvård", "Institutionsvård (HVB)": "institutionsvård", "HVB-hem": "institutionsvård", "Öppenvård eller HVB": "Öppenvård eller HVB",
		"Kontaktperson (ej HVB)": "Kontaktperson (ej HVB)", "Ej institutionsvård": "Ej institutionsvård", "Avslag öppenvård": "Avslag öppenvård", "Utredning LVM": "Utredning LVM"} {
		if got := NormalizeIntervention(in); got != want {
			t.Errorf("NormalizeIntervention(%q) = %q, want %q", in, got, want)
		}
	}
	if DiarienummerKey("SN 2015/123") != DiarienummerKey("sn_2015_123") || DiarienummerKey(" SN-2015-123 ") != "SN-2015-123" {
		t.Error("diarienummer keys differ")
	}
}

func TestSuggestionName(t *testing.T) {
	for code, want := range map[string]string{"yes": "ja", "partly": "delvis", "no": "nej", "not_applicable": "ej tillämpligt", "unknown": "kan inte avgöras", "": "kan inte avgöras"} {
		if got := SuggestionName(code); got != want {
			t.Errorf("%q: %q, want %q", code, got, want)
		}
	}
}
