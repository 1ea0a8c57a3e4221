package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"tillsyn/review"
)

// cmdTemplate lists, shows and checks criteria templates.
func cmdTemplate(e *env, args []string) int {
	const use = "Usage: tillsyn template list\n       tillsyn template show NAME|FILE\n       tillsyn template check FILE"
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, use)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "list":
		return cmdTemplateList(e, args[1:])
	case "show":
		return cmdTemplateShow(e, args[1:])
	case "check":
		return cmdTemplateCheck(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "tillsyn template: unknown subcommand %q (want list, show or check)\n", args[0])
	return exitUsage
}

func cmdTemplateList(e *env, args []string) int {
	f := newFlags(e, "template list", "")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 0 {
		return f.usageError("template list takes no arguments")
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tVERSION\tCRITERIA\tSHA-256")
	for _, name := range review.BuiltinTemplates() {
		t, err := review.BuiltinTemplate(name)
		if err != nil {
			return fail(e, err)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.Name, t.Version, strings.Join(keys(t), ", "), t.SHA256()[:12])
	}
	tw.Flush()
	fmt.Fprintln(e.stdout, "\nCopy one to edit it: tillsyn template show NAME > my-template.json")
	return exitOK
}

func keys(t review.Template) []string {
	var out []string
	for _, k := range t.Keys() {
		out = append(out, string(k))
	}
	return out
}

// cmdTemplateShow prints a template in the file format, so a built-in one can be copied and
// edited.
func cmdTemplateShow(e *env, args []string) int {
	f := newFlags(e, "template show", "NAME|FILE")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 1 {
		return f.usageError("template show takes one NAME (%s) or FILE", strings.Join(review.BuiltinTemplates(), ", "))
	}
	t, err := loadTemplate(f.Arg(0))
	if err != nil {
		return fail(e, err)
	}
	_, err = e.stdout.Write(t.Canonical())
	if err != nil {
		return fail(e, err)
	}
	return exitOK
}

// cmdTemplateCheck checks a template file and says what is wrong, naming the field.
func cmdTemplateCheck(e *env, args []string) int {
	f := newFlags(e, "template check", "FILE")
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 1 {
		return f.usageError("template check takes one FILE")
	}
	t, err := loadTemplate(f.Arg(0))
	if err != nil {
		return fail(e, err)
	}
	fmt.Fprintf(e.stdout, "%s: template %s version %s is valid: %d criteria (%s); SHA-256 %s\n", f.Arg(0), t.Name, t.Version, len(t.Criteria), strings.Join(keys(t), ", "), t.SHA256())
	return exitOK
}

// loadTemplate is a built-in template by name, or a template file; an error names the file
// and the field.
func loadTemplate(arg string) (review.Template, error) {
	if slices.Contains(review.BuiltinTemplates(), arg) {
		if _, err := os.Stat(arg); err != nil { // a file of the same name in the working directory wins
			return review.BuiltinTemplate(arg)
		}
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return review.Template{}, &review.Error{Code: review.ENotFound, Field: "template",
				Message: fmt.Sprintf("%s: no such file, and no built-in template of that name (built in: %s)", arg, strings.Join(review.BuiltinTemplates(), ", "))}
		}
		return review.Template{}, &review.Error{Code: review.EInvalid, Field: "template", Message: err.Error()}
	}
	t, err := review.ParseTemplate(b)
	if err != nil {
		var re *review.Error
		if errors.As(err, &re) {
			return t, &review.Error{Code: re.Code, Field: re.Field, Message: arg + ": " + re.Message}
		}
		return t, fmt.Errorf("%s: %w", arg, err)
	}
	return t, nil
}
