// The Go peer: moscow-time's clock page from Go's standard net/http, which is
// what a small time service is most often written with instead (whoami and
// podinfo are Go). Standard library only, no modules.
//
// It fills moscow-time's own page template (its zone picker's list of names
// included, from the system's zoneinfo; the words beyond the clock, words.*,
// left empty) with the same fields as the English page and sends
// the same response headers, as the hyper floor does: the template is cut
// into pieces once at start-up, so a request only appends. Every path answers
// the page.
//
// Usage: go-nethttp PORT TEMPLATE (listens on 127.0.0.1:PORT; GOMAXPROCS
// sets its threads).
package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The headers moscow-time sends with its page (its security headers included).
var headers = [][2]string{
	{"Content-Type", "text/html; charset=utf-8"},
	{"Cache-Control", "no-store"},
	{"Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
		"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
	{"X-Content-Type-Options", "nosniff"},
	{"X-Frame-Options", "DENY"},
	{"Referrer-Policy", "no-referrer"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

// A piece of the template: text as it is, or the name of a field to fill.
type piece struct {
	text  string
	field string
}

var fieldPattern = regexp.MustCompile(`\{\{\s*([\w.\[\]]+)\s*\}\}`)

// flatten does the template's include and fills its list of zone names once
// (as moscow-time renders that list once): what is left are the fields a
// request fills.
func flatten(template, dir string) (string, error) {
	picker, err := os.ReadFile(filepath.Join(dir, "picker.html"))
	if err != nil {
		return "", err
	}
	page := otherLanguages(strings.Replace(template, `{% include "picker.html" %}`, string(picker), 1))
	var options strings.Builder
	for _, name := range zoneNames("/usr/share/zoneinfo") {
		options.WriteString(`<option value="` + name + `">`)
	}
	return strings.Replace(page, "{{ zone_options|safe }}", options.String(), 1), nil
}

// otherLanguages unrolls the loop over the languages the page links to, as
// the English page has it: one link, to Russian.
func otherLanguages(page string) string {
	const start, end = "{% for other in others %}", "{% endfor %}"
	from, to := strings.Index(page, start), strings.Index(page, end)
	if from < 0 || to < from {
		return page
	}
	link := strings.NewReplacer("{{ other.code() }}", "ru", "{{ other.name() }}", "Русский").
		Replace(page[from+len(start) : to])
	return page[:from] + link + page[to+len(end):]
}

// zoneNames lists the zone files below dir, as moscow-time reads them.
func zoneNames(dir string) []string {
	var names []string
	_ = filepath.WalkDir(dir, func(path string, entry fs.DirEntry, err error) error {
		name, _ := filepath.Rel(dir, path)
		if err != nil || name == "posix" || name == "right" {
			if entry != nil && entry.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if data, err := os.ReadFile(path); err == nil && !entry.IsDir() && bytes.HasPrefix(data, []byte("TZif")) {
			names = append(names, name)
		}
		return nil
	})
	sort.Strings(names)
	return names
}

func pieces(template string) []piece {
	var out []piece
	rest := 0
	for _, match := range fieldPattern.FindAllStringSubmatchIndex(template, -1) {
		out = append(out, piece{text: template[rest:match[0]]}, piece{field: template[match[2]:match[3]]})
		rest = match[1]
	}
	return append(out, piece{text: template[rest:]})
}

func render(parts []piece, zone *time.Location) string {
	now := time.Now().In(zone)
	abbreviation, offset := now.Zone()
	sign, magnitude := '+', offset
	if offset < 0 {
		sign, magnitude = '-', -offset
	}
	utcOffset := fmt.Sprintf("%c%02d:%02d", sign, magnitude/3600, magnitude/60%60)
	var page strings.Builder
	page.Grow(24 * 1024)
	for _, part := range parts {
		switch part.field {
		case "":
			page.WriteString(part.text)
		case "lang":
			page.WriteString("en")
		case "place":
			page.WriteString("Moscow")
		case "heading":
			page.WriteString("Time in Moscow")
		case "description":
			page.WriteString("The current time in Moscow (Europe/Moscow)")
		case "zone":
			page.WriteString("Europe/Moscow")
		case "time":
			page.WriteString(now.Format("15:04:05"))
		case "date":
			page.WriteString(now.Format("Monday, 2 January 2006"))
		case "zone_label":
			page.WriteString(abbreviation + ", UTC" + utcOffset)
		case "abbreviation":
			page.WriteString(abbreviation)
		case "datetime":
			page.WriteString(now.Format("2006-01-02T15:04:05.000000-07:00"))
		case "epoch_ms":
			page.WriteString(strconv.FormatInt(now.UnixMilli(), 10))
		case "offset_seconds":
			page.WriteString(strconv.Itoa(offset))
		case "utc_offset":
			page.WriteString(utcOffset)
		case "weekdays":
			page.WriteString("Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday")
		case "months":
			page.WriteString("January,February,March,April,May,June,July,August,September,October,November,December")
		case "date_pattern":
			page.WriteString("{weekday}, {day} {month} {year}")
		default:
			if strings.HasPrefix(part.field, "words.") {
				continue
			}
			fmt.Fprintf(os.Stderr, "go-nethttp: the template names an unknown field %q\n", part.field)
			os.Exit(1)
		}
	}
	return page.String()
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go-nethttp PORT TEMPLATE")
		os.Exit(2)
	}
	template, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "go-nethttp:", err)
		os.Exit(1)
	}
	zone, err := time.LoadLocation("Europe/Moscow")
	if err != nil {
		fmt.Fprintln(os.Stderr, "go-nethttp:", err)
		os.Exit(1)
	}
	flat, err := flatten(string(template), filepath.Dir(os.Args[2]))
	if err != nil {
		fmt.Fprintln(os.Stderr, "go-nethttp:", err)
		os.Exit(1)
	}
	parts := pieces(flat)
	render(parts, zone) // an unknown field stops it here, not under load
	handler := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for _, header := range headers {
			w.Header()[header[0]] = []string{header[1]}
		}
		page := render(parts, zone)
		w.Header()["Content-Length"] = []string{strconv.Itoa(len(page))}
		_, _ = w.Write([]byte(page))
	})
	address := "127.0.0.1:" + os.Args[1]
	fmt.Println("go-nethttp serving on http://" + address)
	if err := http.ListenAndServe(address, handler); err != nil {
		fmt.Fprintln(os.Stderr, "go-nethttp:", err)
		os.Exit(1)
	}
}
