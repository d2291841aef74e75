//! What a query answers, as the original daemon decides it, from the tz
//! database in use:
//!
//! 1. `GeoIP`: the sender's zone, from the GeoIP database's record for its
//!    address (the original took the address's country, and so answered
//!    `ERROR Country Spans Multiple Timezones` to every American); a
//!    record with a country but no zone is taken as that country.
//! 2. `UK` is `GB`, and `DE` is `Europe/Berlin` (the original's two special
//!    cases: Germany has a second zone, Büsingen's).
//! 3. Two letters: a country, by the rows of `zone1970.tab` that list it:
//!    one zone is answered, several are an error.
//! 4. Anything else: part of a zone's name (spaces read as `_`, any letter
//!    case), among the names with a `/`, as the original's table had them.
//!    Where the original answered whichever of several matching names its
//!    file listing gave first, one is chosen here, always the same: the
//!    whole name, then the name's last part, then a last part that starts
//!    with the query, then any; of equals, a zone of `zone1970.tab` before
//!    another name, then the first in byte order.
//!
//! The rule is the one a device is given ([`crate::posix_tz::device_rule`]),
//! with its changes moved within their days where it names `/24` or `/-1`
//! ([`crate::posix_tz::within_days`]), written as ezTime's parser reads it
//! ([`super::eztime`]: Ireland's daylight time ahead, as the original wrote
//! Europe/Dublin's, and an explicit daylight offset as how far ahead).

use std::fmt;

use chrono::{DateTime, Utc};

use super::eztime::for_eztime;
use crate::tzdb::Database;

/// An answer, written as the original daemon writes it (see [`fmt::Display`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// `OK <zone> <rule>`.
    Zone { name: String, rule: String },
    /// `ERROR <reason>`.
    Error(Reason),
}

/// Why a query has no zone, in the original daemon's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    TimezoneNotFound,
    CountryNotFound,
    CountrySpansMultipleTimezones,
    GeoIpLookupFailed,
}

impl Reason {
    /// Every reason's label, for counting.
    pub const LABELS: [&'static str; 4] = [
        "timezone_not_found",
        "country_not_found",
        "country_spans_multiple_timezones",
        "geoip_lookup_failed",
    ];

    /// The words the original sends.
    pub fn text(self) -> &'static str {
        match self {
            Self::TimezoneNotFound => "Timezone Not Found",
            Self::CountryNotFound => "Country Not Found",
            Self::CountrySpansMultipleTimezones => "Country Spans Multiple Timezones",
            Self::GeoIpLookupFailed => "GeoIP Lookup Failed",
        }
    }

    /// One of [`Reason::LABELS`].
    pub fn label(self) -> &'static str {
        Self::LABELS[self as usize]
    }
}

impl Answer {
    /// `ok`, or the reason's label: how answers are counted.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Zone { .. } => "ok",
            Self::Error(reason) => reason.label(),
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Zone { name, rule } => write!(f, "OK {name} {rule}"),
            Self::Error(reason) => write!(f, "ERROR {}", reason.text()),
        }
    }
}

/// Where the GeoIP database places a query's sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sender {
    /// In this zone of the database in use.
    Zone(String),
    /// In this country (ISO 3166 code), its zone unknown.
    Country(String),
    /// Nowhere known (no database, no record, a private address).
    Unknown,
}

/// The answer to `query` (as [`super::packet::query`] reads it) at `now`;
/// `sender` is asked only for `GeoIP`.
pub fn answer(
    query: &str,
    database: &Database,
    sender: impl FnOnce() -> Sender,
    now: DateTime<Utc>,
) -> Answer {
    let mut query = query.replace(' ', "_");
    query.make_ascii_uppercase();
    if query == "GEOIP" {
        match sender() {
            Sender::Zone(name) => return zone_answer(database, &name, now),
            // Then as if the device had sent its country's code.
            Sender::Country(code) => query = code.to_ascii_uppercase(),
            Sender::Unknown => return Answer::Error(Reason::GeoIpLookupFailed),
        }
    }
    let query = match query.as_str() {
        "UK" => "GB",
        "DE" => "EUROPE/BERLIN",
        other => other,
    };
    if query.len() == 2 && query.bytes().all(|b| b.is_ascii_uppercase()) {
        return country(database, query, now);
    }
    match best_name(database, query) {
        Some(name) => zone_answer(database, name, now),
        None => Answer::Error(Reason::TimezoneNotFound),
    }
}

/// The zone of the one row of `zone1970.tab` that lists `code`.
fn country(database: &Database, code: &str, now: DateTime<Utc>) -> Answer {
    let mut rows = database.places().in_country(code);
    match (rows.next(), rows.next()) {
        (None, _) => Answer::Error(Reason::CountryNotFound),
        (Some(place), None) => zone_answer(database, &place.zone, now),
        (Some(_), Some(_)) => Answer::Error(Reason::CountrySpansMultipleTimezones),
    }
}

/// How well a name matches an upper-case query: lower is better.
fn rank(name: &str, query: &str) -> Option<u8> {
    let last = name.rsplit('/').next().unwrap_or(name);
    if name.eq_ignore_ascii_case(query) {
        Some(0)
    } else if last.eq_ignore_ascii_case(query) {
        Some(1)
    } else if last.len() >= query.len()
        && last.as_bytes()[..query.len()].eq_ignore_ascii_case(query.as_bytes())
    {
        Some(2)
    } else if contains(name, query) {
        Some(3)
    } else {
        None
    }
}

/// Whether `name` contains the upper-case `query`, in any letter case.
fn contains(name: &str, query: &str) -> bool {
    name.as_bytes()
        .windows(query.len())
        .any(|window| window.eq_ignore_ascii_case(query.as_bytes()))
}

/// The name that best matches `query` (see the module's notes).
fn best_name<'a>(database: &'a Database, query: &str) -> Option<&'a str> {
    if query.is_empty() {
        return None;
    }
    let places = database.places();
    let mut best: Option<(u8, bool, &str)> = None;
    for name in database.names().iter().filter(|name| name.contains('/')) {
        let Some(rank) = rank(name, query) else {
            continue;
        };
        if best.is_some_and(|(best_rank, _, _)| best_rank < rank) {
            continue;
        }
        let unlisted = !places.lists(name);
        // Names are sorted: of equals, the first stays.
        if best.is_none_or(|(best_rank, best_unlisted, _)| {
            (rank, unlisted) < (best_rank, best_unlisted)
        }) {
            best = Some((rank, unlisted, name));
        }
    }
    best.map(|(_, _, name)| name)
}

/// `OK <name> <rule>` for the zone `name` of `database`.
fn zone_answer(database: &Database, name: &str, now: DateTime<Utc>) -> Answer {
    let Some(zone) = database.zone(name) else {
        return Answer::Error(Reason::TimezoneNotFound);
    };
    let rule = database.day_rule(&zone, now);
    Answer::Zone {
        name: name.to_owned(),
        rule: for_eztime(&rule.text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(query: &str) -> String {
        ask_from(query, Sender::Unknown)
    }

    fn ask_from(query: &str, sender: Sender) -> String {
        let database = Database::embedded();
        let now = DateTime::parse_from_rfc3339("2026-12-07T12:00:00Z")
            .unwrap()
            .to_utc();
        answer(query, &database, || sender, now).to_string()
    }

    #[test]
    fn a_zone_is_answered_by_name_in_any_case() {
        assert_eq!(ask("Europe/Moscow"), "OK Europe/Moscow MSK-3");
        assert_eq!(ask("europe/moscow"), "OK Europe/Moscow MSK-3");
        assert_eq!(
            ask("America/New_York"),
            "OK America/New_York EST5EDT,M3.2.0,M11.1.0"
        );
        assert_eq!(
            ask("new york"),
            "OK America/New_York EST5EDT,M3.2.0,M11.1.0"
        );
    }

    #[test]
    fn part_of_a_name_answers_the_best_match_always_the_same() {
        assert_eq!(ask("paris"), "OK Europe/Paris CET-1CEST,M3.5.0,M10.5.0/3");
        // Etc/GMT+1 is also part of Etc/GMT+10, +11 and +12.
        assert_eq!(ask("Etc/GMT+1"), "OK Etc/GMT+1 <-01>1");
        // Whole last parts first: Asia/Kolkata's "Kol" is only a start.
        assert!(ask("kol").starts_with("OK Asia/Kolkata "), "{}", ask("kol"));
        assert_eq!(ask("Mars/Olympus"), "ERROR Timezone Not Found");
        assert_eq!(ask(""), "ERROR Timezone Not Found");
    }

    #[test]
    fn ireland_s_daylight_time_is_written_ahead_as_the_original_did() {
        assert_eq!(
            ask("Europe/Dublin"),
            "OK Europe/Dublin GMT0IST,M3.5.0/1,M10.5.0"
        );
    }

    #[test]
    fn two_letters_are_a_country() {
        assert_eq!(ask("JP"), "OK Asia/Tokyo JST-9");
        assert_eq!(ask("uk"), "OK Europe/London GMT0BST,M3.5.0/1,M10.5.0");
        assert_eq!(ask("DE"), "OK Europe/Berlin CET-1CEST,M3.5.0,M10.5.0/3");
        assert_eq!(ask("US"), "ERROR Country Spans Multiple Timezones");
        assert_eq!(ask("XX"), "ERROR Country Not Found");
    }

    #[test]
    fn geoip_answers_the_sender_s_zone() {
        let zone = Sender::Zone("Asia/Tokyo".into());
        assert_eq!(ask_from("GeoIP", zone), "OK Asia/Tokyo JST-9");
        let country = Sender::Country("SE".into());
        assert!(ask_from("geoip", country).starts_with("OK Europe/Berlin "));
        // Germany's special case holds for an address placed in it too.
        let germany = Sender::Country("DE".into());
        assert!(ask_from("GeoIP", germany).starts_with("OK Europe/Berlin "));
        assert_eq!(
            ask_from("GEOIP", Sender::Unknown),
            "ERROR GeoIP Lookup Failed"
        );
    }
}
