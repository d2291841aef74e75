// The Go peer: moscow-time's clock page from Go's standard net/http, which is
// what a small time service is most often written with instead (whoami and
// podinfo are Go). Standard library only, no modules.
//
// It fills moscow-time's own page template (the words beyond the clock,
// words.*, left empty) with the same fields as the English page and sends
// the same response headers, as the hyper floor does: the template is cut
// into pieces once at start-up, so a request only appends, into a buffer
// from a sync.Pool, written out as it is: no allocation or copy of the page
// per request. Every path answers the page.
//
// Usage: go-nethttp PORT TEMPLATE (listens on 127.0.0.1:PORT; GOMAXPROCS
// sets its threads).
package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The headers moscow-time sends with its page (its security headers included).
var headers = [][2]string{
	{"Content-Type", "text/html; charset=utf-8"},
	{"Cache-Control", "no-store"},
	{"Content-Language", "en"},
	{"Vary", "Accept-Language, Accept-Encoding"},
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

// The fields moscow-time fills with the same value on every page: its
// assets' and the zone list's content-addressed paths (same lengths,
// made-up hashes), Moscow's zone name, which has no DST to switch, its last
// clock change, years past, its sun (as long as any December day's), and
// the comparison form's words. The conditional lines go first: their
// "{% endif %}" is not the others'.
var fixed = strings.NewReplacer(
	"{{ dir }}", "ltr",
	"{{ unit_list }}", "{0}, {1}",
	"{{ decimal }}", ".",
	"{{ switcher.label }}", "Language",
	"{{ switcher.current.name() }}", "English",
	`{% if let Some(at) = change_at %} data-at="{{ at }}"{% endif %}`, ` data-at="2014-10-25T22:00:00Z"`,
	"{{ change }}", "No clock change is planned; the last was on Sunday, 26 October 2014 (UTC+04:00 → UTC+03:00).",
	"\n  {%- if let Some(sun) = sun %}", "",
	"\n  {%- endif %}", "",
	"{{ sun }}", "Sunrise 08:43, sunset 15:57: 7 hours 14 minutes of daylight.",
	"{{ compare.with }}", "Compare with",
	"{{ compare.button }}", "Compare",
	"\n  {%- if let Some(title) = zone_names.now %}", "",
	"{% endif %}", "",
	"{{ zone_names.standard }}", "Moscow Standard Time",
	"{{ zone_names.daylight }}", "Moscow Summer Time",
	"{{ title }}", "Moscow Standard Time",
	"{{ zone_list }}", "/static/zones/0123456789abcdef.json",
	"{{ assets.css }}", "/static/app.0123456789.css",
	"{{ assets.js }}", "/static/app.0123456789.js",
	"{{ assets.icon }}", "/static/favicon.0123456789.svg",
)

// flatten does the template's include, its language loop and the fields
// that never change once: what is left are the fields a request fills.
func flatten(template, dir string) (string, error) {
	picker, err := os.ReadFile(filepath.Join(dir, "picker.html"))
	if err != nil {
		return "", err
	}
	languages, err := os.ReadFile(filepath.Join(dir, "languages.html"))
	if err != nil {
		return "", err
	}
	page := strings.Replace(template, `{% include "picker.html" %}`, string(picker), 1)
	page = strings.Replace(page, `{% include "languages.html" %}`, string(languages), 1)
	page = strings.Replace(page, unitsLoop, units, 1)
	return fixed.Replace(otherLanguages(page)), nil
}

// The loop over the plural forms of hours and minutes the script reads, and
// what it gives on the English page ("one" and "other").
const unitsLoop = "\n     {%- for unit in units %} data-hour-{{ unit.category }}=\"{{ unit.hour }}\" data-minute-{{ unit.category }}=\"{{ unit.minute }}\"{% endfor %}"
const units = " data-hour-one=\"{n} hour\" data-minute-one=\"{n} minute\" data-hour-other=\"{n} hours\" data-minute-other=\"{n} minutes\""

// others are the languages the English page lists, by code and own name.
var others = [][2]string{
	{"ru", "Русский"},
	{"de", "Deutsch"},
	{"fr", "Français"},
	{"es", "Español"},
	{"pt", "Português"},
	{"it", "Italiano"},
	{"uk", "Українська"},
	{"pl", "polski"},
	{"tr", "Türkçe"},
	{"zh", "中文"},
	{"ja", "日本語"},
	{"hi", "हिन्दी"},
	{"ar", "العربية"},
}

// otherLanguages unrolls the loop over the languages the page lists, as the
// English page has it: the thirteen others, Arabic right to left.
func otherLanguages(page string) string {
	const start, end = "{% for other in switcher.others %}", "{% endfor %}"
	const rtl = `{% if other.right_to_left() %} dir="rtl"{% endif %}`
	from, to := strings.Index(page, start), strings.Index(page, end)
	if from < 0 || to < from {
		return page
	}
	var links strings.Builder
	for _, other := range others {
		dir := ""
		if other[0] == "ar" {
			dir = ` dir="rtl"`
		}
		links.WriteString(strings.NewReplacer("{{ other.code() }}", other[0],
			"{{ other.name() }}", other[1], rtl, dir).Replace(page[from+len(start) : to]))
	}
	return page[:from] + links.String() + page[to+len(end):]
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

// pages holds the buffers pages are written into, reused across requests.
var pages = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// render writes the page at the current instant into page.
func render(page *bytes.Buffer, parts []piece, zone *time.Location) {
	now := time.Now().In(zone)
	abbreviation, offset := now.Zone()
	sign, magnitude := '+', offset
	if offset < 0 {
		sign, magnitude = '-', -offset
	}
	utcOffset := fmt.Sprintf("%c%02d:%02d", sign, magnitude/3600, magnitude/60%60)
	// Room for the formatted fields, on the stack.
	var scratch [64]byte
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
			page.Write(now.AppendFormat(scratch[:0], "15:04:05"))
		case "date":
			page.Write(now.AppendFormat(scratch[:0], "Monday, 2 January 2006"))
		case "zone_label":
			page.WriteString(abbreviation + ", UTC" + utcOffset)
		case "abbreviation":
			page.WriteString(abbreviation)
		case "datetime":
			page.Write(now.AppendFormat(scratch[:0], "2006-01-02T15:04:05.000000-07:00"))
		case "epoch_ms":
			page.Write(strconv.AppendInt(scratch[:0], now.UnixMilli(), 10))
		case "offset_seconds":
			page.Write(strconv.AppendInt(scratch[:0], int64(offset), 10))
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
	render(new(bytes.Buffer), parts, zone) // an unknown field stops it here, not under load
	handler := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for _, header := range headers {
			w.Header()[header[0]] = []string{header[1]}
		}
		page := pages.Get().(*bytes.Buffer)
		page.Reset()
		render(page, parts, zone)
		w.Header()["Content-Length"] = []string{strconv.Itoa(page.Len())}
		_, _ = w.Write(page.Bytes())
		pages.Put(page)
	})
	address := "127.0.0.1:" + os.Args[1]
	fmt.Println("go-nethttp serving on http://" + address)
	if err := http.ListenAndServe(address, handler); err != nil {
		fmt.Fprintln(os.Stderr, "go-nethttp:", err)
		os.Exit(1)
	}
}
