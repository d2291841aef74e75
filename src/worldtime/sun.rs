//! `/api/sun/<zone>`'s answer (not worldtimeapi's): sunrise, sunset and
//! the length of the day at the zone's place on one date of its calendar,
//! or that it is polar day or polar night there.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, SecondsFormat, Utc};
use serde::Serialize;

use crate::places::Coordinates;
use crate::sun::SunDay;
use crate::zone::Zone;

/// A date as the answer writes it: `2026-12-07`.
pub const DATE: &str = "%Y-%m-%d";

/// The sun at a zone's place on one date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SunTimes {
    pub timezone: String,
    /// The zone's place (`zone.tab`, else `zone1970.tab`), in degrees to
    /// six decimals: north and east positive.
    pub latitude: f64,
    pub longitude: f64,
    /// The date on the zone's calendar.
    pub date: String,
    /// The wall clock there at sunrise, with its offset:
    /// `2026-12-07T08:43:44+03:00`; null in polar day or night.
    pub sunrise: Option<String>,
    /// The same at the sunset that ends that sunrise's light (after
    /// midnight, some summer nights); null in polar day or night.
    pub sunset: Option<String>,
    /// From sunrise to sunset; 86400 in polar day, 0 in polar night.
    pub day_length_seconds: i64,
    /// `day` when the sun does not set that day, `night` when it does not
    /// rise.
    pub polar: Option<&'static str>,
}

impl SunTimes {
    /// The answer for `day`, the sun at `place`, `zone`'s, on `date`.
    pub fn new(zone: &Zone, place: Coordinates, date: NaiveDate, day: &SunDay) -> Self {
        let (sunrise, sunset, polar) = match day {
            SunDay::Rises { sunrise, sunset } => (
                Some(wall_clock(zone, *sunrise)),
                Some(wall_clock(zone, *sunset)),
                None,
            ),
            SunDay::PolarDay => (None, None, Some("day")),
            SunDay::PolarNight => (None, None, Some("night")),
        };
        Self {
            timezone: zone.name().to_owned(),
            latitude: degrees(place.latitude),
            longitude: degrees(place.longitude),
            date: date.format(DATE).to_string(),
            sunrise,
            sunset,
            day_length_seconds: day.day_length().num_seconds(),
            polar,
        }
    }
}

/// `instant` on `zone`'s clocks, RFC 3339 to the second. An offset with
/// seconds (local mean time, before a zone's standard time) is written to
/// the minute, as RFC 3339 has it, and the time with it, so that the text
/// still names the instant.
fn wall_clock(zone: &Zone, instant: DateTime<Utc>) -> String {
    let utc = zone.offsets(instant).utc;
    let offset = FixedOffset::east_opt(utc / 60 * 60).unwrap_or(Utc.fix());
    instant
        .with_timezone(&offset)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Degrees to six decimals (some 10 cm), enough for the tables' seconds
/// of arc.
fn degrees(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tzdb::embedded_zone;

    #[test]
    fn instants_are_written_on_the_zone_s_clocks_and_offsets_to_the_minute() {
        let at = DateTime::parse_from_rfc3339("2026-12-07T05:52:03Z")
            .unwrap()
            .to_utc();
        let moscow = embedded_zone("Europe/Moscow").unwrap();
        assert_eq!(wall_clock(&moscow, at), "2026-12-07T08:52:03+03:00");
        // Monrovia's mean time, -00:44:30 until 1972.
        let monrovia = embedded_zone("Africa/Monrovia").unwrap();
        let then = DateTime::parse_from_rfc3339("1960-06-01T07:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(wall_clock(&monrovia, then), "1960-06-01T06:16:00-00:44");
        let kolkata = embedded_zone("Asia/Kolkata").unwrap();
        assert_eq!(wall_clock(&kolkata, at), "2026-12-07T11:22:03+05:30");
    }

    #[test]
    fn polar_days_have_no_instants_and_a_whole_or_no_day() {
        let zone = embedded_zone("Arctic/Longyearbyen").unwrap();
        let place = Coordinates {
            latitude: 78.0,
            longitude: 16.0,
        };
        let date = NaiveDate::from_ymd_opt(2026, 12, 21).unwrap();
        let night = SunTimes::new(&zone, place, date, &SunDay::PolarNight);
        assert_eq!(
            serde_json::to_value(&night).unwrap(),
            serde_json::json!({"timezone": "Arctic/Longyearbyen", "latitude": 78.0,
                "longitude": 16.0, "date": "2026-12-21", "sunrise": null, "sunset": null,
                "day_length_seconds": 0, "polar": "night"})
        );
        let day = SunTimes::new(&zone, place, date, &SunDay::PolarDay);
        assert_eq!((day.day_length_seconds, day.polar), (86_400, Some("day")));
    }
}
