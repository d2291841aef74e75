//! The sun on one date of a zone's calendar at a place: when it rises and
//! sets, or that it does neither (polar day, polar night), and how long it
//! is up. Standard sunrise and sunset: the sun's upper limb on the horizon,
//! refraction included (its centre 0.833° below).
//!
//! Where the sun is, and when it crosses that line, comes from the
//! `solar-positioning` crate (the Solar Position Algorithm of Reda and
//! Andreas, and a search over its positions). What is decided here is the
//! date's span on the zone's clocks (from its first instant to the next
//! date's: 23 or 25 hours on a day the clocks change) and what a date is
//! called whose sun does not rise or does not set. Pure: no clock read, no
//! I/O.

use chrono::{DateTime, Duration, DurationRound, NaiveDate, Utc};
use solar_positioning::{Horizon, Location, SolarEvents, SolarPositions, delta_t};

use crate::places::Coordinates;
use crate::zone::Zone;

/// The sun on one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SunDay {
    /// It rises on the date, and sets at the end of that light (on the
    /// next date, some summer nights); both to the second.
    Rises {
        sunrise: DateTime<Utc>,
        sunset: DateTime<Utc>,
    },
    /// It does not set: above the horizon all day, or rising on the date
    /// and then not setting for more than a day (the midnight sun begins).
    PolarDay,
    /// It does not rise: below the horizon all day, or setting on the date
    /// without rising again on it.
    PolarNight,
}

/// Why a date has no sun day.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoSunDay {
    /// The zone's clocks skip the date, as Samoa's skipped 2011-12-30.
    #[error("the zone's clocks skip that date")]
    Skipped,
    /// The place or the date is one the sun's model does not take:
    /// coordinates off the globe, a year outside -2000 to 6000.
    #[error("{0}")]
    Model(String),
}

impl SunDay {
    /// How long the sun is up: from sunrise to sunset, the whole day in
    /// polar day, none in polar night.
    pub fn day_length(&self) -> Duration {
        match self {
            Self::Rises { sunrise, sunset } => *sunset - *sunrise,
            Self::PolarDay => Duration::hours(24),
            Self::PolarNight => Duration::zero(),
        }
    }
}

/// The sun at `place` on `date` of `zone`'s calendar: the first sunrise
/// in the date's span and the sunset that follows it; else polar day or
/// night.
pub fn sun_day(place: Coordinates, date: NaiveDate, zone: &Zone) -> Result<SunDay, NoSunDay> {
    let model = |error: solar_positioning::Error| NoSunDay::Model(error.to_string());
    let out_of_range = || NoSunDay::Model(format!("{date} is out of range"));
    let start = start_of(zone, date).ok_or_else(out_of_range)?;
    let end = date
        .succ_opt()
        .and_then(|next| start_of(zone, next))
        .ok_or_else(out_of_range)?;
    if end <= start {
        return Err(NoSunDay::Skipped);
    }
    let location = Location {
        latitude: place.latitude,
        longitude: place.longitude,
    };
    let delta_t = delta_t::estimate_from_date_like(&date).map_err(model)?;
    let events = SolarEvents::new();
    let horizon = Horizon::SunriseSunset;
    // The searches take (from, until]; the date's span is [start, end).
    let millisecond = Duration::milliseconds(1);
    let (from, until) = (start - millisecond, end - millisecond);
    let sunrise = events
        .next_rise(&from, &until, location, delta_t, horizon)
        .map_err(model)?;
    if let Some(sunrise) = sunrise {
        let a_day_later = sunrise + Duration::days(1);
        let sunset = events
            .next_set(&sunrise, &a_day_later, location, delta_t, horizon)
            .map_err(model)?;
        return Ok(match sunset {
            Some(sunset) => SunDay::Rises {
                sunrise: to_the_second(sunrise),
                sunset: to_the_second(sunset),
            },
            None => SunDay::PolarDay,
        });
    }
    let sets = events
        .next_set(&from, &until, location, delta_t, horizon)
        .map_err(model)?;
    let above = || -> Result<bool, NoSunDay> {
        let position = SolarPositions::new()
            .at(&start, location, 0.0, delta_t, None)
            .map_err(model)?;
        Ok(position.elevation_angle() > horizon.elevation_angle())
    };
    Ok(if sets.is_none() && above()? {
        SunDay::PolarDay
    } else {
        SunDay::PolarNight
    })
}

/// The date on `zone`'s clocks at `instant`.
pub fn local_date(zone: &Zone, instant: DateTime<Utc>) -> NaiveDate {
    (instant + Duration::seconds(zone.offsets(instant).utc.into())).date_naive()
}

/// The first instant of `date` on `zone`'s clocks, to the second: its
/// midnight, or the end of a gap over midnight (the clocks of Santiago go
/// from 24:00 to 01:00); that of the next date when the clocks skip it.
fn start_of(zone: &Zone, date: NaiveDate) -> Option<DateTime<Utc>> {
    let midnight = date.and_hms_opt(0, 0, 0)?.and_utc().timestamp();
    // No zone is 26 hours from UTC: the date starts between these, and is
    // found by halving, as the date on the clocks only moves forward.
    let hours = 26 * 3600;
    let (mut before, mut on) = (midnight - hours, midnight + hours);
    while on - before > 1 {
        let middle = before + (on - before) / 2;
        if local_date(zone, DateTime::from_timestamp(middle, 0)?) < date {
            before = middle;
        } else {
            on = middle;
        }
    }
    DateTime::from_timestamp(on, 0)
}

/// `instant` to the nearest second, as the answers write it.
fn to_the_second(instant: DateTime<Utc>) -> DateTime<Utc> {
    instant
        .duration_round(Duration::seconds(1))
        .unwrap_or(instant)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tzdb::{Database, embedded_zone};

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// The sun at `zone`'s own place on `on`.
    fn sun_in(zone: &str, on: &str) -> SunDay {
        let place = Database::embedded().places().coordinates(zone).unwrap();
        sun_day(place, date(on), &embedded_zone(zone).unwrap()).unwrap()
    }

    /// `instant` on `zone`'s clocks, to the second: `2026-12-07 08:44:09`.
    fn clock(zone: &str, instant: DateTime<Utc>) -> String {
        let zone = embedded_zone(zone).unwrap();
        let offset = Duration::seconds(zone.offsets(instant).utc.into());
        (instant + offset).format("%Y-%m-%d %H:%M:%S").to_string()
    }

    fn seconds_apart(a: &str, b: &str) -> i64 {
        let read = |text| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap();
        (read(a) - read(b)).num_seconds().abs()
    }

    #[test]
    fn moscow_in_december_sees_the_sun_from_a_quarter_to_nine_to_four() {
        let day = sun_in("Europe/Moscow", "2026-12-07");
        let SunDay::Rises { sunrise, sunset } = day else {
            panic!("no sunrise in Moscow: {day:?}");
        };
        let (sunrise, sunset) = (
            clock("Europe/Moscow", sunrise),
            clock("Europe/Moscow", sunset),
        );
        // NOAA's figures for the Kremlin, as astral computes them.
        assert!(
            seconds_apart(&sunrise, "2026-12-07 08:44:09") <= 60,
            "{sunrise}"
        );
        assert!(
            seconds_apart(&sunset, "2026-12-07 15:57:27") <= 60,
            "{sunset}"
        );
        let length = day.day_length().num_seconds();
        assert!((length - 26_000).abs() <= 120, "{length}");
    }

    #[test]
    fn svalbard_has_polar_night_at_midwinter_and_the_midnight_sun_at_midsummer() {
        let winter = sun_in("Arctic/Longyearbyen", "2026-12-21");
        assert_eq!(winter, SunDay::PolarNight);
        assert_eq!(winter.day_length(), Duration::zero());
        let summer = sun_in("Arctic/Longyearbyen", "2027-06-21");
        assert_eq!(summer, SunDay::PolarDay);
        assert_eq!(summer.day_length(), Duration::hours(24));
    }

    #[test]
    fn mcmurdo_has_them_the_other_way_round() {
        assert_eq!(sun_in("Antarctica/McMurdo", "2026-12-21"), SunDay::PolarDay);
        assert_eq!(
            sun_in("Antarctica/McMurdo", "2027-06-21"),
            SunDay::PolarNight
        );
    }

    #[test]
    fn a_year_in_svalbard_goes_from_polar_night_through_days_to_polar_day_and_back() {
        let zone = embedded_zone("Arctic/Longyearbyen").unwrap();
        let place = Database::embedded()
            .places()
            .coordinates("Arctic/Longyearbyen")
            .unwrap();
        let mut kinds = Vec::new();
        let mut day = date("2027-01-01");
        while day < date("2028-01-01") {
            let sun = sun_day(place, day, &zone).unwrap();
            let kind = match sun {
                SunDay::Rises { sunrise, sunset } => {
                    assert_eq!(local_date(&zone, sunrise), day, "{day}");
                    assert!(sunset > sunrise && sunset - sunrise < Duration::days(1));
                    "rises"
                }
                SunDay::PolarDay => "day",
                SunDay::PolarNight => "night",
            };
            if kinds.last() != Some(&kind) {
                kinds.push(kind);
            }
            day = day.succ_opt().unwrap();
        }
        assert_eq!(kinds, ["night", "rises", "day", "rises", "night"]);
    }

    #[test]
    fn the_sunrise_is_on_the_date_asked_even_a_day_from_the_sun_s_clock() {
        // Kiritimati keeps UTC+14 at 157° W, Pago Pago UTC-11 at 171° W.
        for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo"] {
            let SunDay::Rises { sunrise, sunset } = sun_in(zone, "2027-01-15") else {
                panic!("{zone}: no sunrise");
            };
            assert!(clock(zone, sunrise).starts_with("2027-01-15 0"), "{zone}");
            assert!(clock(zone, sunset).starts_with("2027-01-15 1"), "{zone}");
        }
    }

    #[test]
    fn a_late_sunset_is_the_one_after_the_sunrise() {
        // Reykjavík at midsummer: the sun sets just after midnight.
        let SunDay::Rises { sunrise, sunset } = sun_in("Atlantic/Reykjavik", "2027-06-21") else {
            panic!("no sunrise in Reykjavík");
        };
        assert!(clock("Atlantic/Reykjavik", sunrise).starts_with("2027-06-21 02:"));
        assert!(clock("Atlantic/Reykjavik", sunset).starts_with("2027-06-22 00:"));
    }

    #[test]
    fn a_date_the_clocks_skip_has_no_sun_day() {
        let apia = embedded_zone("Pacific/Apia").unwrap();
        let place = Database::embedded()
            .places()
            .coordinates("Pacific/Apia")
            .unwrap();
        assert_eq!(
            sun_day(place, date("2011-12-30"), &apia),
            Err(NoSunDay::Skipped)
        );
        assert!(sun_day(place, date("2011-12-31"), &apia).is_ok());
    }

    #[test]
    fn a_day_the_clocks_change_is_measured_on_them() {
        // Berlin's spring day has 23 hours, and its sunrise is after the change.
        let SunDay::Rises { sunrise, .. } = sun_in("Europe/Berlin", "2027-03-28") else {
            panic!("no sunrise in Berlin");
        };
        assert!(clock("Europe/Berlin", sunrise).starts_with("2027-03-28 06:"));
        let zone = embedded_zone("Europe/Berlin").unwrap();
        let start = start_of(&zone, date("2027-03-28")).unwrap();
        let end = start_of(&zone, date("2027-03-29")).unwrap();
        assert_eq!(end - start, Duration::hours(23));
        // Santiago's clocks go from 24:00 to 01:00 in September.
        let santiago = embedded_zone("America/Santiago").unwrap();
        let start = start_of(&santiago, date("2027-09-05")).unwrap();
        assert_eq!(clock("America/Santiago", start), "2027-09-05 01:00:00");
    }

    #[test]
    fn zones_without_a_place_and_places_off_the_globe_have_no_sun_day() {
        let database = Database::embedded();
        for zone in ["UTC", "Etc/GMT+5", "US/Eastern"] {
            assert_eq!(database.places().coordinates(zone), None, "{zone}");
        }
        let nowhere = Coordinates {
            latitude: 95.0,
            longitude: 0.0,
        };
        let utc = embedded_zone("UTC").unwrap();
        let answer = sun_day(nowhere, date("2027-01-01"), &utc);
        assert!(matches!(answer, Err(NoSunDay::Model(_))), "{answer:?}");
    }
}
