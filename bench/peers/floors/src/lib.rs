//! The floors' page: moscow-time's clock page filled as moscow-time fills
//! it (the words beyond the clock, `words.*`, left empty), with the same
//! fields and the same response headers, by both floors (`src/bin/`): what
//! they answer is the same, so the gap between them, and between either and
//! moscow-time, is what the server in between costs.
#![forbid(unsafe_code)]

use std::fmt::Write;

use chrono::{Offset, SecondsFormat, Utc};
use chrono_tz::{Europe, OffsetName};

/// moscow-time's page template, read from its source tree at build time.
const TEMPLATE: &str = include_str!("../../../../assets/templates/index.html");
/// The zone picker the page template includes.
const PICKER: &str = include_str!("../../../../assets/templates/picker.html");
/// The list of languages the page template includes.
const LANGUAGES: &str = include_str!("../../../../assets/templates/languages.html");
/// The languages the English page lists, by code and own name.
const OTHERS: [(&str, &str); 13] = [
    ("ru", "Русский"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("uk", "Українська"),
    ("pl", "polski"),
    ("tr", "Türkçe"),
    ("zh", "中文"),
    ("ja", "日本語"),
    ("hi", "हिन्दी"),
    ("ar", "العربية"),
];
/// The loop over the plural forms of hours and minutes the script reads,
/// and what it gives on the English page (`one` and `other`).
const UNITS_LOOP: &str = "\n     {%- for unit in units %} data-hour-{{ unit.category }}=\"{{ unit.hour }}\" data-minute-{{ unit.category }}=\"{{ unit.minute }}\"{% endfor %}";
const UNITS: &str = " data-hour-one=\"{n} hour\" data-minute-one=\"{n} minute\" data-hour-other=\"{n} hours\" data-minute-other=\"{n} minutes\"";

/// The headers moscow-time sends with its page (its security headers included).
pub const HEADERS: [(&str, &str); 9] = [
    ("content-type", "text/html; charset=utf-8"),
    ("cache-control", "no-store"),
    ("content-language", "en"),
    ("vary", "Accept-Language, Accept-Encoding"),
    (
        "content-security-policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
         connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// The fields the page template names.
const FIELDS: [&str; 16] = [
    "lang",
    "place",
    "heading",
    "description",
    "zone",
    "time",
    "date",
    "zone_label",
    "abbreviation",
    "datetime",
    "epoch_ms",
    "offset_seconds",
    "utc_offset",
    "weekdays",
    "months",
    "date_pattern",
];

/// The English page's names and date pattern, handed to its script.
const WEEKDAYS: &str = "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday";
const MONTHS: &str =
    "January,February,March,April,May,June,July,August,September,October,November,December";
const DATE_PATTERN: &str = "{weekday}, {day} {month} {year}";

/// One piece of the template: text as it is, or a `{{ field }}` to fill.
pub enum Piece {
    Text(&'static str),
    Field(&'static str),
}

/// The fields moscow-time fills with the same value on every page: its
/// assets' and the zone list's content-addressed paths (same lengths,
/// made-up hashes), Moscow's zone name, which has no DST to switch, its
/// last clock change, which is years past, and its sun (the same length as
/// any December day's), and the comparison form's words. The conditional
/// lines go first: their `{% endif %}` is not the others'.
const FIXED: [(&str, &str); 21] = [
    ("{{ dir }}", "ltr"),
    ("{{ unit_list }}", "{0}, {1}"),
    ("{{ decimal }}", "."),
    ("{{ switcher.label }}", "Language"),
    ("{{ switcher.current.name() }}", "English"),
    (
        r#"{% if let Some(at) = change_at %} data-at="{{ at }}"{% endif %}"#,
        r#" data-at="2014-10-25T22:00:00Z""#,
    ),
    (
        "{{ change }}",
        "No clock change is planned; the last was on Sunday, 26 October 2014 (UTC+04:00 → UTC+03:00).",
    ),
    ("\n  {%- if let Some(sun) = sun %}", ""),
    ("\n  {%- endif %}", ""),
    (
        "{{ sun }}",
        "Sunrise 08:43, sunset 15:57: 7 hours 14 minutes of daylight.",
    ),
    ("{{ compare.with }}", "Compare with"),
    ("{{ compare.button }}", "Compare"),
    ("\n  {%- if let Some(title) = zone_names.now %}", ""),
    ("{% endif %}", ""),
    ("{{ zone_names.standard }}", "Moscow Standard Time"),
    ("{{ zone_names.daylight }}", "Moscow Summer Time"),
    ("{{ title }}", "Moscow Standard Time"),
    ("{{ zone_list }}", "/static/zones/0123456789abcdef.json"),
    ("{{ assets.css }}", "/static/app.0123456789.css"),
    ("{{ assets.js }}", "/static/app.0123456789.js"),
    ("{{ assets.icon }}", "/static/favicon.0123456789.svg"),
];

/// The template with its include, its language loop and the fields that
/// never change filled once: what is left are the fields a request fills.
fn flatten(template: &str) -> String {
    let page = template
        .replace(r#"{% include "picker.html" %}"#, PICKER)
        .replace(r#"{% include "languages.html" %}"#, LANGUAGES)
        .replace(UNITS_LOOP, UNITS);
    FIXED
        .iter()
        .fold(other_languages(&page), |page, (field, value)| {
            page.replace(field, value)
        })
}

/// The loop over the languages the page lists, as the English page has it:
/// the thirteen others, Arabic right to left.
fn other_languages(page: &str) -> String {
    const START: &str = "{% for other in switcher.others %}";
    const END: &str = "{% endfor %}";
    const RTL: &str = r#"{% if other.right_to_left() %} dir="rtl"{% endif %}"#;
    let (Some(start), Some(end)) = (page.find(START), page.find(END)) else {
        return page.to_owned();
    };
    let body = &page[start + START.len()..end];
    let links: String = OTHERS
        .iter()
        .map(|(code, name)| {
            let dir = if *code == "ar" { r#" dir="rtl""# } else { "" };
            body.replace("{{ other.code() }}", code)
                .replace("{{ other.name() }}", name)
                .replace(RTL, dir)
        })
        .collect();
    format!("{}{links}{}", &page[..start], &page[end + END.len()..])
}

/// The template cut into pieces once, so a request only appends.
fn pieces(mut rest: &'static str) -> Vec<Piece> {
    let mut out = Vec::new();
    while let Some(start) = rest.find("{{") {
        let end = rest[start..].find("}}").expect("a field is closed") + start;
        let field = rest[start + 2..end].trim();
        out.push(Piece::Text(&rest[..start]));
        if !field.starts_with("words.") {
            assert!(
                FIELDS.contains(&field),
                "the template names an unknown field {field:?}"
            );
            out.push(Piece::Field(field));
        }
        rest = &rest[end + 2..];
    }
    out.push(Piece::Text(rest));
    out
}

/// The page at the current instant, in Moscow.
pub fn render(pieces: &[Piece]) -> String {
    let now = Utc::now().with_timezone(&Europe::Moscow);
    let offset = now.offset().fix().local_minus_utc();
    let abbreviation = now.offset().abbreviation().unwrap_or("MSK");
    let utc_offset = format!(
        "{}{:02}:{:02}",
        if offset < 0 { '-' } else { '+' },
        offset.unsigned_abs() / 3600,
        offset.unsigned_abs() / 60 % 60
    );
    let mut page = String::with_capacity(TEMPLATE.len() + 128);
    for piece in pieces {
        let _ = match piece {
            Piece::Text(text) => page.write_str(text),
            Piece::Field("lang") => page.write_str("en"),
            Piece::Field("place") => page.write_str("Moscow"),
            Piece::Field("heading") => page.write_str("Time in Moscow"),
            Piece::Field("description") => {
                page.write_str("The current time in Moscow (Europe/Moscow)")
            }
            Piece::Field("zone") => page.write_str("Europe/Moscow"),
            Piece::Field("time") => write!(page, "{}", now.format("%H:%M:%S")),
            Piece::Field("date") => write!(page, "{}", now.format("%A, %-d %B %Y")),
            Piece::Field("zone_label") => write!(page, "{abbreviation}, UTC{utc_offset}"),
            Piece::Field("abbreviation") => page.write_str(abbreviation),
            Piece::Field("datetime") => {
                page.write_str(&now.to_rfc3339_opts(SecondsFormat::Micros, false))
            }
            Piece::Field("epoch_ms") => write!(page, "{}", now.timestamp_millis()),
            Piece::Field("offset_seconds") => write!(page, "{offset}"),
            Piece::Field("utc_offset") => page.write_str(&utc_offset),
            Piece::Field("weekdays") => page.write_str(WEEKDAYS),
            Piece::Field("months") => page.write_str(MONTHS),
            Piece::Field("date_pattern") => page.write_str(DATE_PATTERN),
            Piece::Field(_) => Ok(()),
        };
    }
    page
}

/// The template cut into pieces: what [`render`] fills. Leaked, to be
/// shared by every request: a floor calls it once, at start-up.
pub fn template() -> &'static [Piece] {
    let template: &'static str = String::leak(flatten(TEMPLATE));
    Vec::leak(pieces(template))
}

/// The port given as the one argument, or a usage line and exit code 2.
pub fn port_argument(name: &str) -> u16 {
    match std::env::args().nth(1).map(|arg| arg.parse::<u16>()) {
        Some(Ok(port)) if std::env::args().len() == 2 => port,
        _ => {
            eprintln!("usage: {name} PORT (serves moscow-time's page on 127.0.0.1:PORT)");
            std::process::exit(2);
        }
    }
}
