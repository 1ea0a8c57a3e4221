package review_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportRules keeps the layout of ../shared/docs/architecture.md true: the domain root
// imports no adapter, framework or PDF library; leaves import no tillsyn package; adapters
// never import each other; sampling is standard library only; web talks to the service, not
// to the store.
func TestImportRules(t *testing.T) {
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		return strings.Fields(string(out))
	}
	forbid := map[string][]string{
		"tillsyn/review":          {"gorm.io/", "github.com/gin-gonic/", "github.com/ledongthuc/pdf", "net/http", "tillsyn/review/store", "tillsyn/review/pdftext", "tillsyn/review/report", "tillsyn/web"},
		"tillsyn/review/caselist": {"tillsyn/"},
		"tillsyn/review/screen":   {"tillsyn/"},
		"tillsyn/review/store":    {"tillsyn/review/pdftext", "tillsyn/review/report", "tillsyn/web", "github.com/gin-gonic/"},
		"tillsyn/review/pdftext":  {"tillsyn/review/store", "tillsyn/review/report", "tillsyn/web", "gorm.io/"},
		"tillsyn/review/report":   {"tillsyn/review/store", "tillsyn/review/pdftext", "tillsyn/web", "gorm.io/", "github.com/gin-gonic/"},
		"tillsyn/web":             {"tillsyn/review/store", "gorm.io/"},
		"tillsyn/review/letter":   {"tillsyn/review/store", "tillsyn/review/pdftext", "tillsyn/review/report", "tillsyn/web", "gorm.io/", "github.com/gin-gonic/"},
	}
	for pkg, bad := range forbid {
		for _, d := range deps(pkg) {
			if d == pkg {
				continue
			}
			for _, b := range bad {
				if strings.HasPrefix(d, b) {
					t.Errorf("%s depends on %s", pkg, d)
				}
			}
		}
	}
	for _, d := range deps("tillsyn/sampling") {
		if strings.Contains(strings.SplitN(d, "/", 2)[0], ".") || strings.HasPrefix(d, "tillsyn/") && d != "tillsyn/sampling" {
			t.Errorf("sampling depends on %s (standard library only)", d)
		}
	}
}
