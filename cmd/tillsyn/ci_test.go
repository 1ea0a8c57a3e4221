package main

import (
	"os"
	"strings"
)

// inCI reports a CI run, where a test that needs a resource must fail rather than skip:
// CI set to anything but "", "0" or "false" (CI systems write "true", "1", "yes").
func inCI() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv("CI")))
	return v != "" && v != "0" && v != "false"
}
