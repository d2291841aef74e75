//! Our extended time answer, at paths of our own (`/api/zone/<zone>`,
//! `/api/zone/ip[/<address>]`): worldtimeapi's fifteen fields first, as
//! [`WorldTime`] has them, then what the original never sent — the zone's
//! POSIX TZ rule, and where the zone of a caller's answer came from.
//! worldtimeapi's own paths never answer this shape.

use serde::Serialize;

use super::time::{Text, WorldTime};

/// worldtimeapi's fifteen fields and ours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ZoneTime {
    /// The original's fifteen fields, in its order.
    #[serde(flatten)]
    pub time: WorldTime,
    /// The zone's rules from now on as a POSIX TZ string (`TZ=` for a C
    /// library, an ESP32's `configTzTime`), e.g. `CET-1CEST,M3.5.0,M10.5.0/3`;
    /// `None` when no such string does what the zone does (see
    /// [`crate::posix_tz`]).
    pub posix_tz: Option<String>,
    /// Where the zone of a caller's answer (`/api/zone/ip…`) came from, when
    /// a GeoIP database is named: `geoip`, or why the configured zone was
    /// used; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone_source: Option<&'static str>,
}

impl ZoneTime {
    /// `time` with the zone's POSIX rule, and for a caller's answer where
    /// its zone came from.
    pub fn new(time: WorldTime, posix_tz: Option<&str>, source: Option<&'static str>) -> Self {
        Self {
            time,
            posix_tz: posix_tz.map(str::to_owned),
            timezone_source: source,
        }
    }

    /// The `.txt` form: the fifteen fields' lines, then ours, as the JSON.
    pub fn to_text(&self) -> String {
        let mut text = Text::default();
        self.time.write_text(&mut text);
        text.optional("posix_tz", self.posix_tz.as_deref());
        if let Some(source) = self.timezone_source {
            text.line("timezone_source", source);
        }
        text.0
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::clock::TimeView;
    use crate::zone::Zone;

    #[test]
    fn the_fifteen_fields_come_first_then_ours_in_json_and_text() {
        let view = TimeView::at(
            DateTime::parse_from_rfc3339("2026-07-01T12:00:00Z")
                .unwrap()
                .to_utc(),
            Zone::Embedded(chrono_tz::Europe::Berlin),
        );
        let time = WorldTime::new(&view, None);
        let zone = ZoneTime::new(time.clone(), Some("CET-1CEST,M3.5.0,M10.5.0/3"), None);
        let json = serde_json::to_string(&zone).unwrap();
        let plain = serde_json::to_string(&time).unwrap();
        assert_eq!(
            json,
            format!(
                "{},\"posix_tz\":\"CET-1CEST,M3.5.0,M10.5.0/3\"}}",
                plain.trim_end_matches('}')
            )
        );
        assert_eq!(
            zone.to_text(),
            format!("{}\nposix_tz: CET-1CEST,M3.5.0,M10.5.0/3", time.to_text())
        );

        let caller = ZoneTime::new(time.clone(), None, Some("geoip"));
        let json = serde_json::to_string(&caller).unwrap();
        assert!(
            json.ends_with(r#","posix_tz":null,"timezone_source":"geoip"}"#),
            "{json}"
        );
        assert!(
            caller
                .to_text()
                .ends_with("\nposix_tz: \ntimezone_source: geoip")
        );
    }
}
