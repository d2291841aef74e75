//! Two places side by side: `/Europe/Moscow/vs/Asia/Tokyo`. Both clocks,
//! how far apart they are, the next clock change of each, and the hours
//! 08:00–20:00 of the first place read in the second, all server-side, as
//! [`crate::comparison`] computes them; the clock page's second form,
//! `/compare?zone=…&with=…`, leads here.

use askama::Template;
use chrono::{Datelike, NaiveDateTime};
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::response::content::RawHtml;
use rocket::{State, get};

use super::ClockHtml;
use super::assets::{URLS, Urls};
use super::failure::{RenderFailed, render};
use super::language::{InLanguage, PageLang, Switcher};
use super::zones::ZoneAnswer;
use crate::clock::{HourFormat, TimeView};
use crate::clock_change;
use crate::comparison::Comparison;
use crate::locale::{Lang, UnknownLang};
use crate::web::Site;
use crate::web::layers::headers::Fresh;
use crate::zone_search::{Found, NameIndex};

/// The page of two places side by side.
#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage {
    lang: &'static str,
    /// `ltr` or `rtl`.
    dir: &'static str,
    heading: String,
    description: String,
    sides: [Side; 2],
    difference: String,
    difference_seconds: i32,
    hours_caption: String,
    hours: Vec<Row>,
    swapped: String,
    switcher: Switcher,
    assets: &'static Urls,
}

/// One place's clock.
struct Side {
    zone: String,
    place: String,
    time: String,
    datetime: String,
    date: String,
    label: String,
    change: String,
    change_at: Option<String>,
}

impl Side {
    fn of(view: &TimeView, lang: Lang) -> Self {
        let changes = clock_change::around(view.zone(), view.utc());
        let change_at = changes.change().map(|change| change.at_rfc3339());
        Self {
            zone: view.zone_name().to_owned(),
            place: lang.city(view.zone_name()).into_owned(),
            time: view.clock(HourFormat::H24, false),
            datetime: view.rfc3339(),
            date: lang.date(view),
            label: view.zone_label(),
            change: lang.clock_change(&changes),
            change_at,
        }
    }
}

/// An hour of the first place's day, and the second place's wall clock then.
struct Row {
    here: String,
    there: String,
    /// The second place's wall clock as an ISO 8601 local date-time.
    there_local: String,
    /// "next day", "day before", or empty.
    day: &'static str,
}

/// The page for `comparison` in `lang`.
fn render_comparison(comparison: &Comparison, lang: Lang) -> Result<String, RenderFailed> {
    let words = lang.compare();
    let sides = [
        Side::of(&comparison.here, lang),
        Side::of(&comparison.there, lang),
    ];
    let fill = |text: &str, difference: &str| {
        text.replace("{here}", &sides[0].place)
            .replace("{there}", &sides[1].place)
            .replace("{difference}", difference)
    };
    let seconds = comparison.difference();
    let amount = lang.amount(seconds.unsigned_abs());
    let difference = match seconds.signum() {
        1 => fill(words.ahead, &amount),
        -1 => fill(words.behind, &amount),
        _ => fill(words.same, &amount),
    };
    let hours = comparison
        .hours
        .iter()
        .map(|(here, there)| Row {
            here: here.format("%H:%M").to_string(),
            there: there.format("%H:%M").to_string(),
            there_local: there.format("%Y-%m-%dT%H:%M:%S").to_string(),
            day: day_note(here, there, lang),
        })
        .collect();
    let page = ComparePage {
        lang: lang.code(),
        dir: lang.dir(),
        heading: fill(words.heading, ""),
        description: difference.clone(),
        difference,
        difference_seconds: seconds,
        hours_caption: fill(words.hours, ""),
        hours,
        swapped: words
            .heading
            .replace("{here}", &sides[1].place)
            .replace("{there}", &sides[0].place),
        sides,
        switcher: Switcher::of(lang),
        assets: &URLS,
    };
    render(&page)
}

/// Whether `there` falls on the day after or before `here`'s.
fn day_note(here: &NaiveDateTime, there: &NaiveDateTime, lang: Lang) -> &'static str {
    let words = lang.compare();
    match there.date().num_days_from_ce() - here.date().num_days_from_ce() {
        1.. => words.next_day,
        ..=-1 => words.previous_day,
        0 => "",
    }
}

/// What two names as typed find: both zones' names, and whether both
/// were typed exactly so; or the first that finds no zone, with the
/// closest names (none for a name several places share).
enum Pair<'a> {
    Found {
        here: &'a str,
        there: &'a str,
        exact: bool,
    },
    Missing {
        typed: &'a str,
        suggestions: Vec<&'a str>,
    },
}

fn find_pair<'a>(index: &'a NameIndex, here: &'a str, there: &'a str) -> Pair<'a> {
    let zone = |typed: &'a str| match index.find(typed) {
        Found::Exact(name) => Ok((name, true)),
        Found::Other(name) => Ok((name, false)),
        Found::Nothing(suggestions) => Err(Pair::Missing { typed, suggestions }),
        Found::Choice(_) => Err(Pair::Missing {
            typed,
            suggestions: Vec::new(),
        }),
    };
    match (zone(here.trim()), zone(there.trim())) {
        (Ok((here, a)), Ok((there, b))) => Pair::Found {
            here,
            there,
            exact: a && b,
        },
        (Err(missing), _) | (_, Err(missing)) => missing,
    }
}

/// The comparison of `here` and `there` as typed: the page when both are
/// exactly zones' names; a 301 to their names when either is typed
/// otherwise (`/moscow/vs/tokyo`); the 404 page for a name that finds none.
pub(super) fn answer(
    site: &Site,
    lang: Result<PageLang, UnknownLang>,
    here: &str,
    there: &str,
    query: &str,
) -> ZoneAnswer {
    let lang = match lang {
        Ok(PageLang(lang)) => lang,
        Err(unknown) => return ZoneAnswer::BadLanguage(unknown.into()),
    };
    let database = site.database();
    let index = site.name_index(&database);
    let (a, b) = match find_pair(&index, here, there) {
        Pair::Found {
            here,
            there,
            exact: true,
        } => (here, there),
        Pair::Found { here, there, .. } => {
            return ZoneAnswer::Redirect(Redirect::moved(format!("/{here}/vs/{there}{query}")));
        }
        Pair::Missing { typed, suggestions } => {
            return missing(site, lang, typed, &suggestions, query);
        }
    };
    let (Some(a), Some(b)) = (database.zone(a), database.zone(b)) else {
        return missing(site, lang, here.trim(), &[], query);
    };
    // Rendered once per pair and language in each window of the page
    // cache, as the clock pages are, and compressed once there.
    let now = site.now();
    let key = format!("{}/vs/{}", a.name(), b.name());
    let page = site.pages.page(now, &key, lang, || {
        render_comparison(&Comparison::at(now, &a, &b), lang)
    });
    match page {
        Ok(page) => ZoneAnswer::Compared(InLanguage::new(Fresh::new(ClockHtml(page)), lang)),
        Err(failed) => ZoneAnswer::Failed(failed),
    }
}

/// The 404 page for `name`, which names no zone, with the closest names.
fn missing(site: &Site, lang: Lang, name: &str, suggestions: &[&str], query: &str) -> ZoneAnswer {
    let list = site.zone_list(lang);
    match super::render_no_zone(name, lang, suggestions, query, &list.url) {
        Ok(page) => ZoneAnswer::Missing(InLanguage::new((Status::NotFound, RawHtml(page)), lang)),
        Err(failed) => ZoneAnswer::Failed(failed),
    }
}

/// `GET /compare?zone=Europe/Moscow&with=tokyo`: the clock page's form for
/// another place, answered with a 303 to the page of both, keeping the
/// language; the 404 page for a name that finds none.
#[get("/compare?<zone>&<with>&<lang>")]
pub fn compare(
    zone: Option<String>,
    with: Option<String>,
    lang: Option<String>,
    page_lang: Result<PageLang, UnknownLang>,
    site: &State<Site>,
) -> ZoneAnswer {
    let page_lang = match page_lang {
        Ok(PageLang(lang)) => lang,
        Err(unknown) => return ZoneAnswer::BadLanguage(unknown.into()),
    };
    let query = lang.map(|lang| format!("?lang={lang}")).unwrap_or_default();
    let (zone, with) = (zone.unwrap_or_default(), with.unwrap_or_default());
    let database = site.database();
    let index = site.name_index(&database);
    match find_pair(&index, &zone, &with) {
        Pair::Found { here, there, .. } => {
            ZoneAnswer::Redirect(Redirect::to(format!("/{here}/vs/{there}{query}")))
        }
        Pair::Missing { typed, suggestions } => {
            missing(site, page_lang, typed, &suggestions, &query)
        }
    }
}
