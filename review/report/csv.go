package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"tillsyn/review"
)

// CSV writes one row per committee × criterion for Swedish Excel: UTF-8 with a byte order
// mark, ';' as delimiter, CRLF line ends, Swedish headers, shares as fractions with four
// decimals and a decimal comma (0,6667) so Excel with Swedish settings reads them as numbers
// (empty when unknown), the committee's review status with its sampled, final and pending
// files, action required as "ja"/"nej" ("ej avgjort" while it could still change), the
// assignment description's missing elements on its row, and the diarienummer behind each
// count (", "-separated) so every figure can be traced. Every text cell is neutralised
// against formula injection (a leading =, +, -, @, tab or CR gets an apostrophe). With cmp
// columns are added: the earlier share lacking (empty when not judged), the change word and
// the 95 % interval of the difference.
func CSV(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	_ = opt
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	head := []string{"granskning", "år", "nämnd", "status", "i_urvalet", "färdigbedömda", "ej_färdigbedömda", "kriterium", "granskade_akter", "ja", "delvis", "nej", "ej_tillämpligt",
		"andel_brister", "ki_låg", "ki_hög", "intervallmetod", "krav_på_åtgärder", "bedömningsregel", "element_saknas",
		"diarienummer_nej", "diarienummer_delvis", "diarienummer_ej_tillämpligt", "diarienummer_ja"}
	var x *Comparison
	if cmp != nil {
		c := Compare(*cmp, f)
		x = &c
		head = append(head, "andel_brister_tidigare", "förändring", "skillnad_ki_låg", "skillnad_ki_hög")
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
		action := "ej avgjort"
		switch {
		case cf.ActionRequired:
			action = "ja"
		case cf.Status == review.StatusFinal:
			action = "nej"
		}
		for i, c := range f.Criteria {
			k := cf.Criteria[c]
			d := def(f, c)
			missing := ""
			if cl := cf.Checklists[c]; d.Checklist != nil && cl.Recorded > 0 {
				var parts []string
				for _, e := range d.ElementKeys() {
					parts = append(parts, fmt.Sprintf("%s %d av %d", e, cl.Elements[e].Absent, cl.Recorded))
				}
				missing = strings.Join(parts, ", ")
			}
			row := []string{f.Audit, year, cf.Committee, statusWord(cf.Status), strconv.Itoa(cf.Sampled), strconv.Itoa(cf.FilesReviewed), strconv.Itoa(cf.Pending()), d.Name.Sv,
				strconv.Itoa(k.FilesReviewed), strconv.Itoa(k.Yes), strconv.Itoa(k.Partly), strconv.Itoa(k.No), strconv.Itoa(k.NotApplicable),
				decComma(k.ShareLacking), decComma(k.CILow), decComma(k.CIHigh), string(k.Method), action, string(f.Rule), missing,
				strings.Join(k.NoCases, ", "), strings.Join(k.PartlyCases, ", "), strings.Join(k.NotApplicableCases, ", "), strings.Join(k.YesCases, ", ")}
			if !k.Defined {
				row[13], row[14], row[15] = "", "", ""
			}
			if x != nil {
				before, word, lo, hi := "", NotComparable.SwedishName(), "", ""
				if i < len(cc.Criteria) && cc.Criteria[i].InEarlier {
					cx := cc.Criteria[i]
					if cx.Before.Defined {
						before = decComma(cx.Before.ShareLacking)
					}
					word = cx.Change.SwedishName()
					lo, hi = decComma(cx.Diff.Low), decComma(cx.Diff.High)
				}
				row = append(row, before, word, lo, hi)
			}
			for j := range row {
				if !isNumberCell(row[j]) { // a negative difference is a number, not a formula
					row[j] = neutralize(row[j])
				}
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// isNumberCell reports a cell this package wrote as a number: digits with an optional sign
// and decimal comma.
func isNumberCell(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ",")
	digits := func(x string) bool {
		for _, r := range x {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	return whole != "" && digits(whole) && digits(frac)
}

// decComma formats a share with four decimals and a decimal comma; "" when unknown.
func decComma(x float64) string {
	if math.IsNaN(x) {
		return ""
	}
	return strings.Replace(strconv.FormatFloat(round4(x), 'f', 4, 64), ".", ",", 1)
}
