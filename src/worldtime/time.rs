//! worldtimeapi's time object: exactly the fifteen fields the original
//! answered, with its types, and its `.txt` form, one `key: value` line per
//! field. Strict clients refuse any other key, so nothing is ever added here:
//! what we add lives in [`super::extended`], at paths of our own.
//!
//! Keys are in alphabetical order, as the original's JSON from 2020 to
//! mid-2024 (reverse alphabetical before, `utc_offset, timezone,
//! day_of_week, …` from late 2024: a JSON object's order means nothing to
//! its readers), and as its text form always was: `key: value` lines, null
//! empty after `key: `, no newline after the last line.

use std::fmt::{Display, Write};
use std::net::IpAddr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::clock::TimeView;

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
    /// Standard offset from UTC in seconds, without daylight saving.
    pub raw_offset: i32,
    /// IANA zone name, as asked (`Zulu`, `America/Montreal`).
    pub timezone: String,
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
            raw_offset: view.raw_offset(),
            timezone: view.zone_name().to_owned(),
            unixtime: utc.timestamp(),
            utc_datetime: utc.to_rfc3339_opts(SecondsFormat::Micros, false),
            utc_offset: view.utc_offset(),
            week_number: view.week_number(),
        }
    }

    /// The `.txt` form: one `key: value` line per field, in the JSON's
    /// order, empty for null, no newline after the last.
    pub fn to_text(&self) -> String {
        let mut text = Text::default();
        self.write_text(&mut text);
        text.0
    }

    /// Writes the `.txt` form's lines to `text`.
    pub(super) fn write_text(&self, text: &mut Text) {
        text.line("abbreviation", &self.abbreviation);
        text.line("client_ip", &self.client_ip);
        text.line("datetime", &self.datetime);
        text.line("day_of_week", self.day_of_week);
        text.line("day_of_year", self.day_of_year);
        text.line("dst", self.dst);
        text.optional("dst_from", self.dst_from.as_deref());
        text.line("dst_offset", self.dst_offset);
        text.optional("dst_until", self.dst_until.as_deref());
        text.line("raw_offset", self.raw_offset);
        text.line("timezone", &self.timezone);
        text.line("unixtime", self.unixtime);
        text.line("utc_datetime", &self.utc_datetime);
        text.line("utc_offset", &self.utc_offset);
        text.line("week_number", self.week_number);
    }
}

/// A `.txt` answer being written: `key: value` lines joined by newlines.
#[derive(Debug, Default)]
pub(super) struct Text(pub(super) String);

impl Text {
    pub(super) fn line(&mut self, key: &str, value: impl Display) {
        if !self.0.is_empty() {
            self.0.push('\n');
        }
        // Writing to a String cannot fail.
        let _ = write!(self.0, "{key}: {value}");
    }

    /// A line whose value may be null: empty after the colon.
    pub(super) fn optional(&mut self, key: &str, value: Option<&str>) {
        self.line(key, value.unwrap_or_default());
    }
}

fn utc_seconds(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::Zone;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    #[test]
    fn london_in_summer_has_exactly_the_fifteen_fields() {
        let view = TimeView::at(
            at("2026-07-01T12:00:00.5Z"),
            Zone::Embedded(chrono_tz::Europe::London),
        );
        let time = WorldTime::new(&view, Some("203.0.113.9".parse().unwrap()));
        assert_eq!(
            serde_json::to_string(&time).unwrap(),
            concat!(
                r#"{"abbreviation":"BST","client_ip":"203.0.113.9","#,
                r#""datetime":"2026-07-01T13:00:00.500000+01:00","day_of_week":3,"#,
                r#""day_of_year":182,"dst":true,"dst_from":"2026-03-29T01:00:00+00:00","#,
                r#""dst_offset":3600,"dst_until":"2026-10-25T01:00:00+00:00","#,
                r#""raw_offset":0,"timezone":"Europe/London","unixtime":1782907200,"#,
                r#""utc_datetime":"2026-07-01T12:00:00.500000+00:00","#,
                r#""utc_offset":"+01:00","week_number":27}"#
            )
        );
    }

    /// The text form, read back: each line's key and value.
    fn text_pairs(text: &str) -> Vec<(String, String)> {
        text.lines()
            .map(|line| {
                let (key, value) = line.split_once(": ").unwrap();
                (key.to_owned(), value.to_owned())
            })
            .collect()
    }

    /// The JSON, as the text form writes its values.
    fn json_pairs(json: &str) -> Vec<(String, String)> {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let mut keys: Vec<(usize, String)> = value
            .as_object()
            .unwrap()
            .keys()
            .map(|key| (json.find(&format!("\"{key}\":")).unwrap(), key.clone()))
            .collect();
        keys.sort();
        keys.into_iter()
            .map(|(_, key)| {
                let text = match &value[&key] {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                (key, text)
            })
            .collect()
    }

    #[test]
    fn the_text_form_is_the_json_line_for_line_with_null_empty() {
        for (instant, zone) in [
            ("2026-11-29T09:00:00Z", chrono_tz::Europe::Moscow),
            ("2026-07-01T12:00:00.25Z", chrono_tz::Australia::Lord_Howe),
            ("2026-01-01T00:00:00Z", chrono_tz::Australia::Lord_Howe),
        ] {
            let view = TimeView::at(at(instant), Zone::Embedded(zone));
            let time = WorldTime::new(&view, Some("2001:db8::1".parse().unwrap()));
            let text = time.to_text();
            assert_eq!(
                text_pairs(&text),
                json_pairs(&serde_json::to_string(&time).unwrap()),
                "{text}"
            );
            assert_eq!(text.lines().count(), 15);
        }
        let view = TimeView::at(
            at("2026-11-29T09:00:00Z"),
            Zone::Embedded(chrono_tz::Europe::Moscow),
        );
        let text = WorldTime::new(&view, None).to_text();
        assert!(text.contains("\ndst_from: \n"), "{text}");
        assert!(text.contains("\nraw_offset: 10800\n"), "{text}");
        assert!(
            text.starts_with("abbreviation: MSK\nclient_ip: \n"),
            "{text}"
        );
    }
}
