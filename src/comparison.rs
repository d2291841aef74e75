//! Two places side by side: both clocks at one instant, how far apart they
//! are, and the hours of a working day in the first place read in the
//! second ("what time is it there when it's 9 here"). Pure: the zones and
//! the instant are passed in.

use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, Utc};

use crate::clock::TimeView;
use crate::convert::{self, Disambiguation};
use crate::zone::Zone;

/// The hours of the day shown side by side: 08:00 to 20:00 of the first
/// place.
pub const HOURS: std::ops::RangeInclusive<u32> = 8..=20;

/// Two zones at one instant.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The first place's clock.
    pub here: TimeView,
    /// The second place's clock.
    pub there: TimeView,
    /// Each of [`HOURS`] of the first place's day, and the wall clock in
    /// the second place then.
    pub hours: Vec<(NaiveDateTime, NaiveDateTime)>,
}

impl Comparison {
    /// `here` and `there` at `now`, with the hours of `here`'s date then.
    pub fn at(now: DateTime<Utc>, here: &Zone, there: &Zone) -> Self {
        let (here, there) = (TimeView::at(now, here), TimeView::at(now, there));
        let date = here.local().date_naive();
        let hours = HOURS
            .filter_map(|hour| {
                let local = date.and_time(NaiveTime::from_hms_opt(hour, 0, 0)?);
                // 02:00 on a spring morning does not exist: it is read as
                // most software reads it (the later instant).
                let instant =
                    convert::resolve(here.zone(), local).choose(Disambiguation::Compatible)?;
                let offset = there.zone().offsets(instant).utc;
                Some((
                    local,
                    (instant + Duration::seconds(offset.into())).naive_utc(),
                ))
            })
            .collect();
        Self { here, there, hours }
    }

    /// Seconds the second place's clock is ahead of the first's (negative:
    /// behind), now.
    pub fn difference(&self) -> i32 {
        self.there.ahead_of(&self.here)
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
    fn tokyo_is_six_hours_ahead_of_moscow_and_9_there_is_15_here() {
        let comparison = Comparison::at(
            at("2026-12-07T09:00:00Z"),
            &zone("Europe/Moscow"),
            &zone("Asia/Tokyo"),
        );
        assert_eq!(comparison.difference(), 6 * 3600);
        assert_eq!(comparison.hours.len(), 13);
        let (nine, there) = comparison.hours[1];
        assert_eq!(nine.to_string(), "2026-12-07 09:00:00");
        assert_eq!(there.to_string(), "2026-12-07 15:00:00");
        let (_, last) = comparison.hours[12];
        assert_eq!(last.to_string(), "2026-12-08 02:00:00");
    }

    #[test]
    fn a_change_on_the_day_moves_the_hours_after_it() {
        // 28 March 2027: Berlin goes to summer time at 02:00; New York
        // already has. At 08:00 in Berlin it is 02:00 in New York.
        let comparison = Comparison::at(
            at("2027-03-28T00:30:00Z"),
            &zone("Europe/Berlin"),
            &zone("America/New_York"),
        );
        let (_, eight) = comparison.hours[0];
        assert_eq!(eight.to_string(), "2027-03-28 02:00:00");
        assert_eq!(comparison.difference(), -5 * 3600);
    }
}
