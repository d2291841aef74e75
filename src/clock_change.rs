//! When a zone's clocks change next, or last changed: what the page and the
//! terminal clock say under the time ("Clocks go forward 1 hour on Sunday,
//! 28 March 2027 at 02:00"). Pure: the zone and the instant are passed in.
//!
//! A change is a change of the offset from UTC: a new abbreviation or a
//! new daylight-saving flag with the same offset moves no clock.

use chrono::{DateTime, Duration, NaiveDateTime, SecondsFormat, Utc};

use crate::zone::{Offsets, Transition, Zone};

/// How far ahead a next change is looked for.
const YEARS: i64 = 50;

/// How far back the last one is: to before any zone's first change (the
/// tz database starts each zone at local mean time, most before 1900).
const SINCE_YEAR: i32 = 1800;

/// What a zone's clocks do around an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClockChanges {
    /// They change next at this change.
    Next(Change),
    /// None is planned; this was the last.
    Last(Change),
    /// They never changed (`UTC`, `Etc/GMT+5`), as far back as looked.
    Never,
}

/// One change of a zone's clocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The instant of the change.
    pub at: DateTime<Utc>,
    /// The wall clock when it comes, as the old rules read it (`02:00` when
    /// the clocks go from 02:00 to 03:00).
    pub wall_clock: NaiveDateTime,
    /// The wall clock from then on, as the new rules read it (`03:00`).
    pub wall_clock_after: NaiveDateTime,
    /// The offsets before.
    pub before: Offsets,
    /// The offsets after.
    pub after: Offsets,
}

impl ClockChanges {
    /// The change said: the next or the last; `None` for never.
    pub fn change(&self) -> Option<&Change> {
        match self {
            Self::Next(change) | Self::Last(change) => Some(change),
            Self::Never => None,
        }
    }
}

impl Change {
    /// Its instant for machines: RFC 3339 in UTC, to the second.
    pub fn at_rfc3339(&self) -> String {
        self.at.to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    fn of(transition: Transition) -> Self {
        let (wall_clock, wall_clock_after) = transition.wall_clock();
        Self {
            at: transition.at,
            wall_clock,
            wall_clock_after,
            before: transition.before,
            after: transition.after,
        }
    }

    /// Seconds the clocks move: forward when positive.
    pub fn shift(&self) -> i32 {
        self.after.utc - self.before.utc
    }

    /// What the time was called before and after: the abbreviations, or
    /// the offsets where both have the same abbreviation (Moscow's `MSK`
    /// of 2014, at UTC+04:00 and then UTC+03:00).
    pub fn names(&self) -> (String, String) {
        if self.before.abbreviation == self.after.abbreviation {
            (
                format!("UTC{}", self.before.utc_offset()),
                format!("UTC{}", self.after.utc_offset()),
            )
        } else {
            (
                self.before.abbreviation.clone(),
                self.after.abbreviation.clone(),
            )
        }
    }
}

/// What `zone`'s clocks do around `now`: the next change within
/// [`YEARS`], else the last since [`SINCE_YEAR`], else never.
pub fn around(zone: &Zone, now: DateTime<Utc>) -> ClockChanges {
    let moves = |transition: &Transition| transition.before.utc != transition.after.utc;
    let span = Duration::days(YEARS * 365 + YEARS / 4);
    if let Some(next) = zone.transitions(now, now + span).find(moves) {
        return ClockChanges::Next(Change::of(next));
    }
    // The instant `now` itself may be a change: it is the last, then.
    let after_now = now + Duration::seconds(1);
    let since = chrono::NaiveDate::from_ymd_opt(SINCE_YEAR, 1, 1)
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map_or(now - span, |start| start.and_utc());
    match zone.transitions_back(after_now, since).find(moves) {
        Some(last) => ClockChanges::Last(Change::of(last)),
        None => ClockChanges::Never,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn zone(name: &str) -> Zone {
        Zone::Embedded(name.parse().unwrap())
    }

    #[test]
    fn berlin_s_clocks_go_forward_next_spring() {
        let ClockChanges::Next(change) = around(&zone("Europe/Berlin"), at("2026-12-07T12:00:00Z"))
        else {
            panic!("Berlin changes its clocks");
        };
        assert_eq!(change.at, at("2027-03-28T01:00:00Z"));
        assert_eq!(change.wall_clock.to_string(), "2027-03-28 02:00:00");
        assert_eq!(change.wall_clock_after.to_string(), "2027-03-28 03:00:00");
        assert_eq!(change.shift(), 3600);
        assert_eq!(change.names(), ("CET".to_owned(), "CEST".to_owned()));
    }

    #[test]
    fn moscow_last_changed_in_2014() {
        let ClockChanges::Last(change) = around(&zone("Europe/Moscow"), at("2026-12-07T12:00:00Z"))
        else {
            panic!("Moscow plans no change");
        };
        assert_eq!(change.at, at("2014-10-25T22:00:00Z"));
        assert_eq!(change.shift(), -3600);
        assert_eq!(
            change.names(),
            ("UTC+04:00".to_owned(), "UTC+03:00".to_owned())
        );
    }

    #[test]
    fn lord_howe_moves_half_an_hour_and_utc_never_changed() {
        let ClockChanges::Next(change) =
            around(&zone("Australia/Lord_Howe"), at("2026-12-07T12:00:00Z"))
        else {
            panic!("Lord Howe changes its clocks");
        };
        assert_eq!(change.shift(), -1800);
        assert_eq!(
            around(&zone("Etc/GMT+5"), at("2026-12-07T12:00:00Z")),
            ClockChanges::Never
        );
        // Kolkata last changed its clocks in 1945.
        let ClockChanges::Last(kolkata) = around(&zone("Asia/Kolkata"), at("2026-12-07T12:00:00Z"))
        else {
            panic!("Kolkata changed its clocks in the war");
        };
        assert_eq!(kolkata.at.format("%Y").to_string(), "1945");
        assert_eq!(
            around(&zone("UTC"), at("2026-12-07T12:00:00Z")),
            ClockChanges::Never
        );
    }

    #[test]
    fn at_the_instant_of_a_change_it_is_the_last_and_the_next_follows() {
        let berlin = zone("Europe/Berlin");
        let ClockChanges::Next(next) = around(&berlin, at("2027-03-28T00:59:59Z")) else {
            panic!()
        };
        assert_eq!(next.at, at("2027-03-28T01:00:00Z"));
        let ClockChanges::Next(after) = around(&berlin, at("2027-03-28T01:00:00Z")) else {
            panic!()
        };
        assert_eq!(after.at, at("2027-10-31T01:00:00Z"));
    }
}
