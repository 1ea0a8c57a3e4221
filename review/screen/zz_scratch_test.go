package screen

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

type zzDoc struct {
	Status string
	Pages  []struct {
		Number int
		Text   string
	}
	PagesWithoutText []int
}

func zzLoad(t *testing.T) map[string][]Document {
	b, err := os.ReadFile(os.Getenv("ZZ_CACHE"))
	if err != nil {
		t.Skip()
	}
	var raw map[string]struct {
		Names []string
		Docs  []zzDoc
	}
	json.Unmarshal(b, &raw)
	out := map[string][]Document{}
	for id, c := range raw {
		for i, d := range c.Docs {
			sd := Document{File: c.Names[i], Status: d.Status, PagesWithoutText: d.PagesWithoutText}
			for _, p := range d.Pages {
				sd.Pages = append(sd.Pages, Page{Number: p.Number, Text: p.Text})
			}
			out[id] = append(out[id], sd)
		}
	}
	return out
}

func TestZZTypes(t *testing.T) {
	all := zzLoad(t)
	var ids []string
	for id := range all {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	f := os.Getenv("ZZ_CASE")
	r := DefaultRules()
	for _, id := range ids {
		if !strings.Contains(id, f) {
			continue
		}
		for i := range all[id] {
			v := newDocView(&all[id][i], r)
			var pt []string
			for _, p := range v.pageOrder {
				pt = append(pt, fmt.Sprintf("%d:%s", p, v.pageType[p]))
			}
			fmt.Printf("%s %s file=%s pages=%v unread=%v\n", id, v.file, v.fileType, pt, v.unreadable)
			if os.Getenv("ZZ_SECS") != "" {
				for _, s := range v.sections {
					fmt.Printf("     [%s p%d known=%v] %q (%d lines)\n", s.typ, s.page, s.known, s.title, len(s.body))
				}
			}
		}
	}
}

func TestZZPublicTypes(t *testing.T) {
	r := DefaultRules()
	for _, id := range fixtureCases(t) {
		if !strings.Contains(id, os.Getenv("ZZ_CASE")) {
			continue
		}
		docs := loadFixtureCase(t, fixtureDir+"/"+id)
		for i := range docs {
			v := newDocView(&docs[i], r)
			var pt []string
			for _, p := range v.pageOrder {
				pt = append(pt, fmt.Sprintf("%d:%s", p, v.pageType[p]))
			}
			fmt.Printf("%s %s file=%s pages=%v unread=%v\n", id, v.file, v.fileType, pt, v.unreadable)
		}
	}
}
