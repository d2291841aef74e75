//! The worldtimeapi surface over the clock: the 15-field time object and its
//! `key: value` text form, zone lists by area, and what a path names.

use std::net::IpAddr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::clock::TimeView;
use crate::tzdb::Database;
use crate::zone::Zone;

/// The time in one zone as worldtimeapi answers it; fields in its order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorldTime {
    /// Zone abbreviation, e.g. `MSK`, or the offset where there is none (`+04`).
    pub abbreviation: String,
    /// The caller's address.
    pub client_ip: String,
    /// Local time, RFC 3339 with microseconds and offset.
    pub datetime: String,
    /// 0 = Sunday … 6 = Saturday.
    pub day_of_week: u32,
    /// 1 … 366.
    pub day_of_year: u32,
    /// Whether daylight saving time is in effect.
    pub dst: bool,
    /// When the current daylight-saving period began (UTC), if DST is in effect.
    pub dst_from: Option<String>,
    /// Daylight saving in effect, in seconds.
    pub dst_offset: i32,
    /// When the current daylight-saving period ends (UTC), if DST is in effect.
    pub dst_until: Option<String>,
    /// The zone's rules from now on as a POSIX TZ string (`TZ=` for a C
    /// library, an ESP32's `configTzTime`), e.g. `CET-1CEST,M3.5.0,M10.5.0/3`;
    /// `None` when no such string does what the zone does (not a
    /// worldtimeapi field; see [`crate::posix_tz`]).
    pub posix_tz: Option<String>,
    /// Standard offset from UTC in seconds, without daylight saving.
    pub raw_offset: i32,
    /// IANA zone name.
    pub timezone: String,
    /// Where the zone of an `/api/ip` answer came from, when a GeoIP
    /// database is named: `geoip`, or why the configured zone was used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone_source: Option<&'static str>,
    /// Seconds since the Unix epoch.
    pub unixtime: i64,
    /// The instant in UTC, RFC 3339 with microseconds.
    pub utc_datetime: String,
    /// Offset from UTC, e.g. `+03:00`.
    pub utc_offset: String,
    /// ISO 8601 week number.
    pub week_number: u32,
}

impl WorldTime {
    /// What `view` shows, answered to a caller at `client_ip`.
    pub fn new(view: &TimeView, client_ip: Option<IpAddr>) -> Self {
        let period = view.dst_period();
        let utc = view.utc();
        Self {
            abbreviation: view.abbreviation().to_owned(),
            client_ip: client_ip.map(|ip| ip.to_string()).unwrap_or_default(),
            datetime: view.rfc3339(),
            day_of_week: view.day_of_week(),
            day_of_year: view.day_of_year(),
            dst: view.dst(),
            dst_from: period.and_then(|p| p.from).map(utc_seconds),
            dst_offset: view.dst_offset(),
            dst_until: period.and_then(|p| p.until).map(utc_seconds),
            posix_tz: None,
            raw_offset: view.raw_offset(),
            timezone: view.zone_name().to_owned(),
            timezone_source: None,
            unixtime: utc.timestamp(),
            utc_datetime: utc.to_rfc3339_opts(SecondsFormat::Micros, false),
            utc_offset: view.utc_offset(),
            week_number: view.week_number(),
        }
    }

    /// The same, with the zone's POSIX TZ rule.
    pub fn with_posix_tz(self, rule: Option<&str>) -> Self {
        Self {
            posix_tz: rule.map(str::to_owned),
            ..self
        }
    }

    /// The same, saying where the zone came from.
    pub fn with_source(self, source: Option<&'static str>) -> Self {
        Self {
            timezone_source: source,
            ..self
        }
    }

    /// The `.txt` form: one `key: value` line per field, empty for none.
    pub fn to_text(&self) -> String {
        let value = serde_json::to_value(self).unwrap_or_default();
        let mut text = String::with_capacity(512);
        if let Some(fields) = value.as_object() {
            for (key, value) in fields {
                let value = match value {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                text.push_str(&format!("{key}: {value}\n"));
            }
        }
        text
    }
}

fn utc_seconds(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// What a path below `/api/timezone/` names.
#[derive(Debug, Clone)]
pub enum Named<'a> {
    /// A zone, e.g. `Europe/Moscow` or `UTC`.
    Zone(Zone),
    /// The zones of an area, e.g. everything below `Europe/`, sorted.
    Area(Vec<&'a str>),
}

/// Why a path names nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unnamed {
    /// Well formed, but no zone or area has that name.
    #[error("unknown location")]
    Unknown,
    /// Not something a zone name can be.
    #[error("malformed timezone name")]
    Malformed,
}

/// The zone or area `name` names in `database`.
pub fn lookup<'a>(database: &'a Database, name: &str) -> Result<Named<'a>, Unnamed> {
    let well_formed = name.split('/').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    });
    if !well_formed {
        return Err(Unnamed::Malformed);
    }
    if let Some(zone) = database.zone(name) {
        return Ok(Named::Zone(zone));
    }
    let zones = in_area(database.names(), name);
    if zones.is_empty() {
        Err(Unnamed::Unknown)
    } else {
        Ok(Named::Area(zones))
    }
}

/// The names below `area/`, in the order given.
pub fn in_area<'a>(names: &'a [String], area: &str) -> Vec<&'a str> {
    names
        .iter()
        .filter(|name| {
            name.strip_prefix(area)
                .is_some_and(|rest| rest.starts_with('/'))
        })
        .map(String::as_str)
        .collect()
}

/// A list of names as the `.txt` form has it: one per line.
pub fn lines<S: AsRef<str>>(names: &[S]) -> String {
    let mut text = String::new();
    for name in names {
        text.push_str(name.as_ref());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    #[test]
    fn london_in_summer_has_every_field() {
        let view = TimeView::at(
            at("2026-07-01T12:00:00.5Z"),
            Zone::Embedded(chrono_tz::Europe::London),
        );
        let time = WorldTime::new(&view, Some("203.0.113.9".parse().unwrap()))
            .with_posix_tz(Some("GMT0BST,M3.5.0/1,M10.5.0"));
        assert_eq!(
            serde_json::to_value(&time).unwrap(),
            serde_json::json!({
                "abbreviation": "BST",
                "client_ip": "203.0.113.9",
                "datetime": "2026-07-01T13:00:00.500000+01:00",
                "day_of_week": 3,
                "day_of_year": 182,
                "dst": true,
                "dst_from": "2026-03-29T01:00:00+00:00",
                "dst_offset": 3600,
                "dst_until": "2026-10-25T01:00:00+00:00",
                "posix_tz": "GMT0BST,M3.5.0/1,M10.5.0",
                "raw_offset": 0,
                "timezone": "Europe/London",
                "unixtime": 1_782_907_200,
                "utc_datetime": "2026-07-01T12:00:00.500000+00:00",
                "utc_offset": "+01:00",
                "week_number": 27,
            })
        );
    }

    #[test]
    fn text_form_is_one_sorted_line_per_field_and_empty_for_none() {
        let view = TimeView::at(
            at("2026-11-29T09:00:00Z"),
            Zone::Embedded(chrono_tz::Europe::Moscow),
        );
        let text = WorldTime::new(&view, None).to_text();
        let keys: Vec<&str> = text.lines().map(|l| l.split(':').next().unwrap()).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(keys.len(), 16);
        assert!(text.contains("\ndst_from: \n"), "{text}");
        assert!(text.contains("\nposix_tz: \n"), "{text}");
        assert!(text.contains("\ntimezone: Europe/Moscow\n"), "{text}");
        assert!(text.contains("\nraw_offset: 10800\n"), "{text}");
    }

    #[test]
    fn paths_name_zones_areas_or_nothing() {
        let database = Database::embedded();
        assert!(matches!(
            lookup(&database, "Asia/Tokyo"),
            Ok(Named::Zone(_))
        ));
        assert!(matches!(lookup(&database, "UTC"), Ok(Named::Zone(_))));
        match lookup(&database, "America/Argentina") {
            Ok(Named::Area(zones)) => assert!(zones.contains(&"America/Argentina/Salta")),
            other => panic!("{other:?}"),
        }
        assert_eq!(lookup(&database, "Mars").unwrap_err(), Unnamed::Unknown);
        assert_eq!(
            lookup(&database, "Mars/Olympus").unwrap_err(),
            Unnamed::Unknown
        );
        assert_eq!(
            lookup(&database, "Europe/Mo scow").unwrap_err(),
            Unnamed::Malformed
        );
        assert_eq!(
            lookup(&database, "Europe//Moscow").unwrap_err(),
            Unnamed::Malformed
        );
    }
}
