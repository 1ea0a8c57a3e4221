package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"tillsyn/review"
)

// CSV writes one row per committee × criterion for Swedish Excel: UTF-8 with a byte order
// mark, ';' as delimiter, CRLF line ends, Swedish headers, shares as fractions with four
// decimals and a decimal comma (0,6667) so Excel with Swedish settings reads them as numbers,
// action required as "ja"/"nej", and the diarienummer behind each count (", "-separated) so
// every figure can be traced. Every text cell is neutralised against formula injection (a
// leading =, +, -, @, tab or CR gets an apostrophe). With cmp two columns are added: the
// earlier share lacking (empty when not judged) and the change word.
func CSV(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	_ = opt
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	head := []string{"granskning", "år", "nämnd", "kriterium", "granskade_akter", "ja", "delvis", "nej", "ej_tillämpligt",
		"andel_brister", "ki_låg", "ki_hög", "krav_på_åtgärder", "bedömningsregel",
		"diarienummer_nej", "diarienummer_delvis", "diarienummer_ej_tillämpligt", "diarienummer_ja"}
	var x *Comparison
	if cmp != nil {
		c := Compare(*cmp, f)
		x = &c
		head = append(head, "andel_brister_tidigare", "förändring")
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	year := ""
	if f.Year > 0 {
		year = strconv.Itoa(f.Year)
	}
	for _, cf := range f.Committees {
		var cc CommitteeComparison
		if x != nil {
			cc, _ = x.committee(cf.Committee)
		}
		for i, c := range f.Criteria {
			k := cf.Criteria[c]
			action := "nej"
			if cf.ActionRequired {
				action = "ja"
			}
			row := []string{f.Audit, year, cf.Committee, c.SwedishName(),
				strconv.Itoa(k.FilesReviewed), strconv.Itoa(k.Yes), strconv.Itoa(k.Partly), strconv.Itoa(k.No), strconv.Itoa(k.NotApplicable),
				decComma(k.ShareLacking), decComma(k.CILow), decComma(k.CIHigh), action, string(f.Rule),
				strings.Join(k.NoCases, ", "), strings.Join(k.PartlyCases, ", "), strings.Join(k.NotApplicableCases, ", "), strings.Join(k.YesCases, ", ")}
			if x != nil {
				before, word := "", NotComparable.SwedishName()
				if i < len(cc.Criteria) && cc.Criteria[i].InEarlier {
					before = decComma(cc.Criteria[i].Before.ShareLacking)
					word = cc.Criteria[i].Change.SwedishName()
				}
				row = append(row, before, word)
			}
			for j := range row {
				row[j] = neutralize(row[j])
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// decComma formats a share with four decimals and a decimal comma.
func decComma(x float64) string {
	return strings.Replace(strconv.FormatFloat(round4(x), 'f', 4, 64), ".", ",", 1)
}
