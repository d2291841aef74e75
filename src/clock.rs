//! Pure time logic: from an instant and a zone to everything a view shows.
//!
//! Nothing here reads the clock or does I/O, so every view (the web page, the
//! JSON API and the terminal UI) can be tested at a fixed instant.

use chrono::{DateTime, Datelike, FixedOffset, SecondsFormat, Timelike, Utc};

use crate::zone::{Offsets, Period, Zone};

/// One instant seen in one zone: what every view of the clock shows.
#[derive(Debug, Clone)]
pub struct TimeView {
    local: DateTime<FixedOffset>,
    zone: Zone,
    offsets: Offsets,
}

/// Whether the clock reads 24-hour (`16:05`) or 12-hour (`4:05 PM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HourFormat {
    #[default]
    H24,
    H12,
}

impl TimeView {
    /// The instant `instant` in the zone `zone`.
    pub fn at(instant: DateTime<Utc>, zone: impl Into<Zone>) -> Self {
        let zone = zone.into();
        let offsets = zone.offsets(instant);
        // A zone a day or more from UTC, beyond `FixedOffset`, would show
        // UTC's time here: none is, as files that say so are refused where
        // they are read (`Zone::from_tzif`).
        let fixed = FixedOffset::east_opt(offsets.utc).unwrap_or(FixedOffset::east_opt(0).unwrap());
        Self {
            local: instant.with_timezone(&fixed),
            zone,
            offsets,
        }
    }

    /// The zone and its rules.
    pub fn zone(&self) -> &Zone {
        &self.zone
    }

    /// The IANA name of the zone, e.g. `Europe/Moscow`.
    pub fn zone_name(&self) -> &str {
        self.zone.name()
    }

    /// The clock face: `16:05:09`, `16:05`, `4:05:09 PM` or `4:05 PM`.
    pub fn clock(&self, format: HourFormat, seconds: bool) -> String {
        let (h, m, s) = (self.local.hour(), self.local.minute(), self.local.second());
        let mut face = match format {
            HourFormat::H24 => format!("{h:02}:{m:02}"),
            HourFormat::H12 => format!("{}:{m:02}", (h + 11) % 12 + 1),
        };
        if seconds {
            face.push_str(&format!(":{s:02}"));
        }
        if format == HourFormat::H12 {
            face.push_str(if h < 12 { " AM" } else { " PM" });
        }
        face
    }

    /// The offset from UTC, e.g. `+03:00` or `-09:30`.
    pub fn utc_offset(&self) -> String {
        self.offsets.utc_offset()
    }

    /// The zone's abbreviation at this instant, e.g. `MSK`, or the offset
    /// where the zone has none (`+04`).
    pub fn abbreviation(&self) -> &str {
        &self.offsets.abbreviation
    }

    /// The label beside the clock, e.g. `MSK, UTC+03:00`.
    pub fn zone_label(&self) -> String {
        format!("{}, UTC{}", self.abbreviation(), self.utc_offset())
    }

    /// Whether daylight saving time is in effect.
    pub fn dst(&self) -> bool {
        self.offsets.dst != 0
    }

    /// The daylight saving in effect, in seconds (0 without it).
    pub fn dst_offset(&self) -> i32 {
        self.offsets.dst
    }

    /// The standard offset from UTC in seconds, without daylight saving.
    pub fn raw_offset(&self) -> i32 {
        self.offsets.raw()
    }

    /// The daylight-saving period this instant falls in, if DST is in effect.
    pub fn dst_period(&self) -> Option<Period> {
        self.zone.dst_period(self.utc())
    }

    /// The local date and time, with the offset from UTC.
    pub fn local(&self) -> DateTime<FixedOffset> {
        self.local
    }

    /// How far this zone's clock is ahead of `other`'s, in seconds
    /// (negative: behind).
    pub fn ahead_of(&self, other: &TimeView) -> i32 {
        self.offsets.utc - other.offsets.utc
    }

    /// Whether this zone's calendar shows the same date as `other`'s.
    pub fn same_date_as(&self, other: &TimeView) -> bool {
        self.local.date_naive() == other.local.date_naive()
    }

    /// The instant itself.
    pub fn utc(&self) -> DateTime<Utc> {
        self.local.to_utc()
    }

    /// The local time in RFC 3339 with microseconds and the offset, e.g.
    /// `2012-06-01T16:00:00.000000+04:00`.
    pub fn rfc3339(&self) -> String {
        self.local.to_rfc3339_opts(SecondsFormat::Micros, false)
    }

    /// Milliseconds since the Unix epoch, for the page's ticking script.
    pub fn unix_millis(&self) -> i64 {
        self.local.timestamp_millis()
    }

    /// The offset from UTC in seconds, for the page's ticking script.
    pub fn offset_seconds(&self) -> i32 {
        self.offsets.utc
    }

    /// 0 = Sunday … 6 = Saturday.
    pub fn day_of_week(&self) -> u32 {
        self.local.weekday().num_days_from_sunday()
    }

    /// 1 … 366.
    pub fn day_of_year(&self) -> u32 {
        self.local.ordinal()
    }

    /// The ISO 8601 week number.
    pub fn week_number(&self) -> u32 {
        self.local.iso_week().week()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America, Asia, Europe};

    fn utc(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn moscow(rfc3339: &str) -> TimeView {
        TimeView::at(utc(rfc3339), Zone::Embedded(Europe::Moscow))
    }

    #[test]
    fn moscow_today_is_utc_plus_three_without_dst() {
        let view = moscow("2026-11-27T09:05:07Z");
        assert_eq!(view.clock(HourFormat::H24, true), "12:05:07");
        assert_eq!(view.zone_label(), "MSK, UTC+03:00");
        assert_eq!(
            crate::locale::Lang::En.date(&view),
            "Friday, 27 November 2026"
        );
        assert!(!view.dst());
    }

    #[test]
    fn moscow_was_utc_plus_four_all_year_from_2011_to_2014() {
        let summer = moscow("2012-06-01T12:00:00Z");
        assert_eq!(summer.clock(HourFormat::H24, true), "16:00:00");
        assert_eq!(summer.utc_offset(), "+04:00");
        assert_eq!(summer.abbreviation(), "MSK");
        let winter = moscow("2013-01-15T12:00:00Z");
        assert_eq!(winter.clock(HourFormat::H24, false), "16:00");
        assert!(!winter.dst());
    }

    #[test]
    fn moscow_changed_from_plus_four_to_plus_three_on_2014_10_26() {
        assert_eq!(moscow("2014-10-25T21:59:59Z").utc_offset(), "+04:00");
        assert_eq!(moscow("2014-10-25T22:00:00Z").utc_offset(), "+03:00");
    }

    #[test]
    fn moscow_observed_summer_time_before_2011() {
        let summer = moscow("2010-07-01T12:00:00Z");
        assert_eq!(summer.zone_label(), "MSD, UTC+04:00");
        assert!(summer.dst());
        let winter = moscow("2010-01-01T12:00:00Z");
        assert_eq!(winter.zone_label(), "MSK, UTC+03:00");
        assert!(!winter.dst());
    }

    #[test]
    fn twelve_hour_clock_names_noon_and_midnight_twelve() {
        assert_eq!(
            moscow("2026-11-26T21:00:00Z").clock(HourFormat::H12, false),
            "12:00 AM"
        );
        assert_eq!(
            moscow("2026-11-27T09:00:05Z").clock(HourFormat::H12, true),
            "12:00:05 PM"
        );
        assert_eq!(
            moscow("2026-11-27T13:30:00Z").clock(HourFormat::H12, false),
            "4:30 PM"
        );
    }

    #[test]
    fn negative_and_fractional_offsets_are_formatted() {
        let view = TimeView::at(
            utc("2026-01-10T12:00:00Z"),
            Zone::Embedded(America::St_Johns),
        );
        assert_eq!(view.utc_offset(), "-03:30");
        assert_eq!(view.clock(HourFormat::H24, false), "08:30");
        let kathmandu = TimeView::at(utc("2026-01-10T12:00:00Z"), Zone::Embedded(Asia::Kathmandu));
        assert_eq!(kathmandu.utc_offset(), "+05:45");
    }

    #[test]
    fn zones_compare_by_offset_and_local_date() {
        let instant = utc("2012-06-01T20:00:00Z");
        let moscow = TimeView::at(instant, Zone::Embedded(Europe::Moscow));
        let tokyo = TimeView::at(instant, Zone::Embedded(Asia::Tokyo));
        let st_johns = TimeView::at(instant, Zone::Embedded(America::St_Johns));
        assert_eq!(tokyo.ahead_of(&moscow), 5 * 3600);
        assert_eq!(st_johns.ahead_of(&moscow), -(6 * 3600 + 1800));
        assert_eq!(moscow.ahead_of(&moscow), 0);
        // 00:00 on the 2nd in Moscow, 05:00 in Tokyo, 17:30 on the 1st in St John's.
        assert!(tokyo.same_date_as(&moscow));
        assert!(!st_johns.same_date_as(&moscow));
    }

    #[test]
    fn calendar_fields_follow_the_local_date() {
        let view = moscow("2012-06-01T12:00:00.25Z");
        assert_eq!(view.rfc3339(), "2012-06-01T16:00:00.250000+04:00");
        assert_eq!(view.day_of_week(), 5);
        assert_eq!(view.day_of_year(), 153);
        assert_eq!(view.week_number(), 22);
        assert_eq!((view.raw_offset(), view.dst_offset()), (14_400, 0));
        assert_eq!(view.dst_period(), None);
    }
}
