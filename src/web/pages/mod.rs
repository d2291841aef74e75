//! The HTML pages: the clock, rendered on the server, and the error pages,
//! from askama templates in `assets/templates/`, compiled into the binary,
//! in the language the request asks for ([`language`]); every zone's page
//! and the picker's answers are in [`zones`], two places side by side in
//! [`compare`]. The words a visitor reads come
//! from [`crate::locale`], the script's included: it takes its phrases from
//! the page's `data-` attributes.

pub mod assets;
pub mod compare;
pub mod failure;
pub mod language;
pub mod zones;

use std::sync::Arc;

use askama::Template;
use rocket::http::{ContentType, Status};
use rocket::response::content::RawHtml;
use rocket::response::{self, Responder};
use rocket::{Request, State, catch, get};

use crate::clock::{HourFormat, TimeView};
use crate::clock_change;
use crate::locale::{CompareWords, Lang, PageWords, UnknownLang};
use crate::sun::SunDay;
use crate::web::Site;
use crate::web::layers::compression::{Negotiated, Variants};
use crate::web::layers::headers::Fresh;
use crate::zone::Zone;
use assets::{URLS, Urls};
use failure::{RenderFailed, render};
use language::{InLanguage, PageLang, Switcher, UnitForms};

/// `GET /`: the clock page, correct without JavaScript, in the language
/// asked for; `400` for a `?lang=` not spoken here.
#[get("/")]
pub fn index(
    site: &State<Site>,
    lang: Result<PageLang, UnknownLang>,
) -> Result<InLanguage<Fresh<ClockHtml>>, Refusal> {
    let PageLang(lang) = lang.map_err(|unknown| Refusal::BadRequest(unknown.into()))?;
    let page = clock_page(site, &site.zone(), lang).map_err(Refusal::Failed)?;
    Ok(InLanguage::new(Fresh::new(ClockHtml(page)), lang))
}

/// Why a page is not sent.
#[derive(rocket::Responder)]
pub enum Refusal {
    /// A `?lang=` not spoken here.
    BadRequest(BadRequest),
    /// The page could not be rendered: the error catcher answers.
    Failed(RenderFailed),
}

/// A clock page as sent: compressed as the request prefers, once per page
/// rendered (see [`crate::web::layers::compression`]).
pub struct ClockHtml(pub Arc<Variants>);

impl<'r> Responder<'r, 'static> for ClockHtml {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        Negotiated::new(self.0, ContentType::HTML).respond_to(request)
    }
}

/// The clock page for `zone` in `lang` now, with a picker of every zone:
/// rendered at most once per zone and language in each window of
/// [`crate::web::state::PageCache`], and shared by every request in it; a 500
/// when it cannot be rendered.
pub fn clock_page(site: &Site, zone: &Zone, lang: Lang) -> Result<Arc<Variants>, RenderFailed> {
    let instant = site.now.instant();
    site.pages.page(instant, zone.name(), lang, || {
        let view = TimeView::at(instant, zone);
        let place = site.database().places().coordinates(zone.name());
        let date = view.local().date_naive();
        let sun = place.and_then(|place| site.sun_day(zone, place, date).ok());
        render_clock(&view, lang, &site.zone_list(lang).url, sun)
    })
}

/// The clock page: what the visitor reads, and what the ticking script
/// starts from.
#[derive(Template)]
#[template(path = "index.html")]
struct ClockPage<'a> {
    lang: &'static str,
    /// `ltr` or `rtl`.
    dir: &'static str,
    words: &'static PageWords,
    /// Hours and minutes in the plural forms the script may need.
    units: Vec<UnitForms>,
    /// How the script joins hours and minutes: `{0}, {1}`.
    unit_list: &'static str,
    /// The sign before a number's fraction.
    decimal: &'static str,
    compare: &'static CompareWords,
    place: &'a str,
    heading: String,
    description: String,
    zone: &'a str,
    time: String,
    date: String,
    zone_label: String,
    /// The next clock change, or the last, in words.
    change: String,
    /// The instant of that change, for machines (RFC 3339, UTC).
    change_at: Option<String>,
    /// The sun at the zone's place today, in words; none for a zone with
    /// no place.
    sun: Option<String>,
    /// The zone's name in `lang` now, and in and out of daylight saving time
    /// for the script to switch at a change.
    zone_names: ZoneTitle,
    abbreviation: &'a str,
    datetime: String,
    epoch_ms: i64,
    offset_seconds: i32,
    utc_offset: String,
    weekdays: String,
    months: String,
    date_pattern: &'static str,
    /// Where the picker's list of every zone name is.
    zone_list: &'a str,
    /// The languages the page links to.
    switcher: Switcher,
    assets: &'static Urls,
}

/// A zone's name, as CLDR gives it in a language, where it has one.
struct ZoneTitle {
    now: Option<&'static str>,
    standard: &'static str,
    daylight: &'static str,
}

impl ZoneTitle {
    fn of(view: &TimeView, lang: Lang) -> Self {
        let zone = view.zone_name();
        Self {
            now: lang.zone_name(zone, view.dst()),
            standard: lang.zone_name(zone, false).unwrap_or_default(),
            daylight: lang.zone_name(zone, true).unwrap_or_default(),
        }
    }
}

/// The clock page for `view`, in `lang`, with a picker of the names at
/// `zone_list` (see [`crate::web::state::ZoneList`]), and the sun at the
/// zone's place that day, if it has one.
pub fn render_clock(
    view: &TimeView,
    lang: Lang,
    zone_list: &str,
    sun: Option<SunDay>,
) -> Result<String, RenderFailed> {
    let place = lang.city(view.zone_name());
    let changes = clock_change::around(view.zone(), view.utc());
    let change_at = changes.change().map(|change| change.at_rfc3339());
    let page = ClockPage {
        lang: lang.code(),
        dir: lang.dir(),
        words: lang.page(),
        units: UnitForms::of(lang),
        unit_list: lang.forms().unit_list,
        decimal: lang.forms().decimal,
        compare: lang.compare(),
        place: &place,
        heading: lang.heading(&place),
        description: lang.description(&place, view.zone_name()),
        zone: view.zone_name(),
        time: view.clock(HourFormat::H24, true),
        date: lang.date(view),
        zone_label: view.zone_label(),
        change: lang.clock_change(&changes),
        change_at,
        sun: sun.map(|day| sun_line(view, lang, day)),
        zone_names: ZoneTitle::of(view, lang),
        abbreviation: view.abbreviation(),
        datetime: view.rfc3339(),
        epoch_ms: view.unix_millis(),
        offset_seconds: view.offset_seconds(),
        utc_offset: view.utc_offset(),
        // The script writes the date as the server does, from these.
        weekdays: lang.weekdays().join(","),
        months: lang.months().join(","),
        date_pattern: lang.date_pattern(),
        zone_list,
        switcher: Switcher::of(lang),
        assets: &URLS,
    };
    render(&page)
}

/// The sun on `view`'s date, `day`, in words.
fn sun_line(view: &TimeView, lang: Lang, day: SunDay) -> String {
    let clock = |instant| TimeView::at(instant, view.zone()).clock(HourFormat::H24, false);
    let (sunrise, sunset) = match day {
        SunDay::Rises { sunrise, sunset } => (clock(sunrise), clock(sunset)),
        _ => (String::new(), String::new()),
    };
    lang.sun(&day, &sunrise, &sunset)
}

/// A page that is not there: any path, or a zone name that names no zone;
/// or the zones of the places a name may mean.
#[derive(Template)]
#[template(path = "404.html")]
struct NotFound<'a> {
    lang: &'static str,
    /// `ltr` or `rtl`.
    dir: &'static str,
    words: &'static PageWords,
    /// The title and heading.
    title: &'static str,
    /// What is not there (or which name is shared), in a sentence.
    message: String,
    /// The zones to go to: the closest names, best first, or the choice.
    suggestions: &'a [Suggestion<'a>],
    /// Whether the suggestions are a choice, not guesses.
    choice: bool,
    /// The query string to carry to a suggestion, with its `?`, or empty.
    query: &'a str,
    /// Where the picker's list of every zone name is; empty for no picker.
    zone_list: &'a str,
    assets: &'static Urls,
}

/// A zone offered on the not-found or choice page: its name and the place's.
struct Suggestion<'a> {
    name: &'a str,
    city: std::borrow::Cow<'static, str>,
}

/// The 404 page, in `lang`, for `typed`, a name that names no zone: the
/// `suggestions`, which keep `query` (with its `?`), and a picker of
/// the names at `zone_list`.
pub fn render_no_zone(
    typed: &str,
    lang: Lang,
    suggestions: &[&str],
    query: &str,
    zone_list: &str,
) -> Result<String, RenderFailed> {
    let words = lang.page();
    let message = if typed.is_empty() {
        words.no_name.to_owned()
    } else {
        words.no_zone(typed)
    };
    render_zones(
        lang,
        words.not_found,
        message,
        suggestions,
        false,
        query,
        zone_list,
    )
}

/// The page for `typed`, a name several places share, in `lang`: the
/// `zones` to choose from, which keep `query`, and a picker.
pub fn render_choice(
    typed: &str,
    lang: Lang,
    zones: &[&str],
    query: &str,
    zone_list: &str,
) -> Result<String, RenderFailed> {
    let words = lang.page();
    let message = words.several.replace("{name}", typed);
    render_zones(
        lang,
        words.which_one,
        message,
        zones,
        true,
        query,
        zone_list,
    )
}

fn render_zones(
    lang: Lang,
    title: &'static str,
    message: String,
    zones: &[&str],
    choice: bool,
    query: &str,
    zone_list: &str,
) -> Result<String, RenderFailed> {
    let suggestions: Vec<Suggestion> = zones
        .iter()
        .map(|name| Suggestion {
            name,
            city: lang.city(name),
        })
        .collect();
    render(&NotFound {
        lang: lang.code(),
        dir: lang.dir(),
        words: lang.page(),
        title,
        message,
        suggestions: &suggestions,
        choice,
        query,
        zone_list,
        assets: &URLS,
    })
}

/// Any other error, in a few words.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: Status,
    reason: Option<String>,
    assets: &'static Urls,
}

/// `400` with a page that says what was wrong with the request.
#[derive(rocket::Responder)]
#[response(status = 400)]
pub struct BadRequest(RawHtml<String>);

impl From<UnknownLang> for BadRequest {
    fn from(unknown: UnknownLang) -> Self {
        let page = render(&ErrorPage {
            status: Status::BadRequest,
            reason: Some(unknown.to_string()),
            assets: &URLS,
        });
        // Rendering fails only when a value's `Display` does: then the
        // status alone, never an empty page.
        const PLAIN: &str = "<!doctype html><title>400 Bad Request</title><h1>400 Bad Request</h1>";
        Self(RawHtml(page.unwrap_or_else(|_| PLAIN.to_owned())))
    }
}

/// Unknown pages, in the language asked for (the setting's, for a `?lang=`
/// not spoken here: the page is missing either way).
#[catch(404)]
pub fn not_found(request: &Request<'_>) -> Result<InLanguage<RawHtml<String>>, Status> {
    let lang = language::asked_for(request).unwrap_or_else(|_| {
        let site = request.rocket().state::<Site>();
        site.map(Site::lang).unwrap_or_default()
    });
    let words = lang.page();
    let page = render(&NotFound {
        lang: lang.code(),
        dir: lang.dir(),
        words,
        title: words.not_found,
        message: words.nothing_here.to_owned(),
        suggestions: &[],
        choice: false,
        query: "",
        zone_list: "",
        assets: &URLS,
    })
    .map_err(|failed| failed.logged(request))?;
    Ok(InLanguage::new(RawHtml(page), lang))
}

/// Every other error, in a few words.
#[catch(default)]
pub fn error(status: Status, request: &Request<'_>) -> Result<RawHtml<String>, Status> {
    let page = render(&ErrorPage {
        status,
        reason: None,
        assets: &URLS,
    });
    Ok(RawHtml(page.map_err(|failed| failed.logged(request))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_page_shows_the_view_and_hands_its_offset_to_the_script() {
        let view = TimeView::at(chrono::DateTime::UNIX_EPOCH, chrono_tz::Asia::Kathmandu);
        let page =
            render_clock(&view, Lang::En, "/static/zones/0123456789abcdef.json", None).unwrap();
        assert!(page.contains(">05:30:00</time>"), "{page}");
        assert!(page.contains(r#"data-offset-seconds="19800""#), "{page}");
        assert!(page.contains(r#"data-utc-offset="+05:30""#), "{page}");
        assert!(page.contains("<title>Time in Kathmandu</title>"), "{page}");
        assert!(
            page.contains(r#"data-src="/static/zones/0123456789abcdef.json""#),
            "{page}"
        );
        // Every asset by its content-addressed name.
        for asset in [&URLS.css, &URLS.js, &URLS.icon] {
            assert!(page.contains(&format!("\"{asset}\"")), "{asset} in {page}");
        }
    }

    #[test]
    fn the_no_zone_page_escapes_what_was_typed_and_links_the_suggestions() {
        let page = render_no_zone("<b>Tokio", Lang::En, &["Asia/Tokyo"], "?lang=ru", "").unwrap();
        assert!(page.contains("“&#60;b&#62;Tokio”"), "{page}");
        assert!(
            page.contains(
                r#"<a href="/Asia/Tokyo?lang=ru">Tokyo</a> · <span dir="ltr">Asia/Tokyo</span>"#
            ),
            "{page}"
        );
        assert!(!page.contains("<form"), "{page}");
    }

    #[test]
    fn the_error_page_names_the_status() {
        let page = render(&ErrorPage {
            status: Status::MethodNotAllowed,
            reason: None,
            assets: &URLS,
        })
        .unwrap();
        assert!(page.contains("<h1>405 Method Not Allowed</h1>"), "{page}");
    }
}
