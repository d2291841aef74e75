//! A zone's POSIX TZ rule (`MSK-3`, `EST5EDT,M3.2.0,M11.1.0`): what a device
//! that keeps its own time (an ESP32's `configTzTime`, a C library's `TZ`)
//! needs to follow the zone without asking again, offered only when it does
//! what the zone's own rules do.
//!
//! With TZif files the rule is the file's footer, which `zic` writes for the
//! times after the file's last transition. The embedded rules carry none, so
//! one is derived from their coming transitions. Either way the rule is then
//! checked against the zone over [`HORIZON_DAYS`]: a zone whose changes
//! follow no yearly rule (Morocco's around Ramadan) or whose rules change
//! within that time has none.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};

use crate::zone::{Offsets, Transition, Zone};

/// How far ahead a rule must agree with the zone: 28 years, after which the
/// Gregorian calendar's weekdays repeat (within 1901–2099), so that every
/// way a date can fall has been seen.
pub const HORIZON_DAYS: i64 = 28 * 365 + 7;

/// The rule for `zone` from `now` on, or `None` when no POSIX TZ string does
/// what the zone does over the coming [`HORIZON_DAYS`].
pub fn rule(zone: &Zone, now: DateTime<Utc>) -> Option<String> {
    let until = now + Duration::days(HORIZON_DAYS);
    let transitions: Vec<Transition> = zone.transitions(now, until).collect();
    let rule = match zone.posix_footer() {
        Some(footer) => footer.to_owned(),
        None => derive(&zone.offsets(now), &transitions)?,
    };
    agrees(&rule, zone, now, until, &transitions).then_some(rule)
}

/// A rule that would give `transitions` from a time when `now` was in force:
/// the standard time alone when nothing changes, else standard and daylight
/// time and the two yearly changes between them.
fn derive(now: &Offsets, transitions: &[Transition]) -> Option<String> {
    if transitions.is_empty() {
        return (now.dst == 0).then(|| standard(now));
    }
    let standard_time = std::iter::once(now)
        .chain(transitions.iter().map(|t| &t.after))
        .find(|offsets| offsets.dst == 0)?;
    let daylight_time = std::iter::once(now)
        .chain(transitions.iter().map(|t| &t.after))
        .find(|offsets| offsets.dst != 0)?;
    let (mut starts, mut ends) = (Vec::new(), Vec::new());
    for transition in transitions {
        // Wall-clock time as the old rules tell it, as POSIX counts.
        let (local, _) = transition.wall_clock();
        if transition.before == *standard_time && transition.after == *daylight_time {
            starts.push(local);
        } else if transition.before == *daylight_time && transition.after == *standard_time {
            ends.push(local);
        } else {
            return None;
        }
    }
    let mut text = standard(standard_time);
    text.push_str(&abbreviation(&daylight_time.abbreviation));
    if daylight_time.utc != standard_time.utc + 3600 {
        text.push_str(&offset(daylight_time.utc));
    }
    text.push(',');
    text.push_str(&yearly(&starts)?);
    text.push(',');
    text.push_str(&yearly(&ends)?);
    Some(text)
}

/// `MSK-3`, `<+04>-4`: a time without daylight saving.
fn standard(offsets: &Offsets) -> String {
    format!(
        "{}{}",
        abbreviation(&offsets.abbreviation),
        offset(offsets.utc)
    )
}

/// An abbreviation as POSIX writes it: letters alone, anything else quoted.
fn abbreviation(name: &str) -> String {
    if name.len() >= 3 && name.bytes().all(|byte| byte.is_ascii_alphabetic()) {
        name.to_owned()
    } else {
        format!("<{name}>")
    }
}

/// Seconds east of UTC as POSIX writes them: west of UTC is positive.
fn offset(utc: i32) -> String {
    clock_time(-i64::from(utc))
}

/// `5`, `-5:30`, `26`, `-0:30`: hours, with minutes and seconds when not zero.
fn clock_time(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let seconds = seconds.abs();
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (minutes, seconds) {
        (0, 0) => format!("{sign}{hours}"),
        (_, 0) => format!("{sign}{hours}:{minutes:02}"),
        _ => format!("{sign}{hours}:{minutes:02}:{seconds:02}"),
    }
}

/// The one date rule that puts a change at each of the local times
/// `changes` (one a year): `Mm.w.d[/time]` (the `w`th weekday `d` of month
/// `m`, 5 the last), a day earlier or later with the time past 24 h or below
/// 0 when the change is tied to another weekday, or `Jn[/time]` (day `n` of
/// a year without 29 February).
fn yearly(changes: &[NaiveDateTime]) -> Option<String> {
    let first = changes.first()?;
    let fits = |rule: &DateRule, seconds: i64| {
        changes.iter().all(|change| {
            rule.date(change.year())
                .and_then(|date| date.and_hms_opt(0, 0, 0))
                .is_some_and(|midnight| midnight + Duration::seconds(seconds) == *change)
        })
    };
    let time_of_day = (*first - first.date().and_hms_opt(0, 0, 0)?).num_seconds();
    for shift in [0, -1, 1, -2, 2] {
        let date = first.date() + Duration::days(shift);
        if date.month() != first.month() {
            continue;
        }
        let seconds = time_of_day - shift * 86_400;
        let weekday = date.weekday().num_days_from_sunday();
        let nth = (date.day() - 1) / 7 + 1;
        let last = date.day() + 7 > days_in_month(date.year(), date.month());
        let weeks = if last { vec![5, nth] } else { vec![nth] };
        for week in weeks {
            let rule = DateRule::Weekday {
                month: date.month(),
                week,
                weekday,
            };
            if fits(&rule, seconds) {
                return Some(rule.text(seconds));
            }
        }
    }
    let leap_day = u32::from(first.date().leap_year() && first.month() > 2);
    let rule = DateRule::Julian(first.ordinal() - leap_day);
    fits(&rule, time_of_day).then(|| rule.text(time_of_day))
}

/// When in a year a change happens.
enum DateRule {
    /// The `week`th (5: the last) `weekday` (0 = Sunday) of `month`.
    Weekday { month: u32, week: u32, weekday: u32 },
    /// Day 1–365 of the year, 29 February never counted.
    Julian(u32),
}

impl DateRule {
    /// The day the rule names in `year`.
    fn date(&self, year: i32) -> Option<NaiveDate> {
        match *self {
            Self::Weekday {
                month,
                week,
                weekday,
            } => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                let to_weekday = (weekday + 7 - first.weekday().num_days_from_sunday()) % 7;
                let mut day = 1 + to_weekday + (week - 1) * 7;
                while day > days_in_month(year, month) {
                    day -= 7;
                }
                NaiveDate::from_ymd_opt(year, month, day)
            }
            Self::Julian(day) => {
                let leap_day =
                    u32::from(NaiveDate::from_ymd_opt(year, 1, 1)?.leap_year() && day > 59);
                NaiveDate::from_yo_opt(year, day + leap_day)
            }
        }
    }

    /// `M3.5.0`, `J80`, with `/time` unless the change is at 02:00.
    fn text(&self, seconds: i64) -> String {
        let date = match *self {
            Self::Weekday {
                month,
                week,
                weekday,
            } => format!("M{month}.{week}.{weekday}"),
            Self::Julian(day) => format!("J{day}"),
        };
        if seconds == 7200 {
            date
        } else {
            format!("{date}/{}", clock_time(seconds))
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|next| next.pred_opt())
        .map_or(31, |last| last.day())
}

/// Whether `rule` says what `zone` says at `now` and changes when the zone
/// does, to the same offsets, daylight-saving state and abbreviations, until
/// `until`.
fn agrees(
    rule: &str,
    zone: &Zone,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
    transitions: &[Transition],
) -> bool {
    let Ok(posix) = jiff::tz::TimeZone::posix(rule) else {
        return false;
    };
    let state = |info: jiff::tz::TimeZoneOffsetInfo<'_>| {
        (
            info.offset().seconds(),
            info.dst().is_dst(),
            info.abbreviation().to_owned(),
        )
    };
    let of = |offsets: &Offsets| (offsets.utc, offsets.dst != 0, offsets.abbreviation.clone());
    let Ok(start) = jiff::Timestamp::from_second(now.timestamp()) else {
        return false;
    };
    let mut previous = state(posix.to_offset_info(start));
    if previous != of(&zone.offsets(now)) {
        return false;
    }
    let mut expected = transitions.iter();
    for change in posix.following(start) {
        if change.timestamp().as_second() > until.timestamp() {
            break;
        }
        let after = (
            change.offset().seconds(),
            change.dst().is_dst(),
            change.abbreviation().to_owned(),
        );
        if after == previous {
            continue;
        }
        let Some(transition) = expected.next() else {
            return false;
        };
        if transition.at.timestamp() != change.timestamp().as_second()
            || of(&transition.after) != after
        {
            return false;
        }
        previous = after;
    }
    expected.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn tzif(name: &str) -> Zone {
        let data = std::fs::read(format!("/usr/share/zoneinfo/{name}")).unwrap();
        Zone::from_tzif(name, &data).unwrap()
    }

    /// The rule from the embedded rules and from the system's TZif file.
    fn both(name: &str) -> [Option<String>; 2] {
        let now = at("2026-11-30T12:00:00Z");
        [
            rule(&Zone::Embedded(name.parse().unwrap()), now),
            rule(&tzif(name), now),
        ]
    }

    #[test]
    fn both_databases_give_zic_s_own_rules() {
        for (name, expected) in [
            ("Europe/Moscow", "MSK-3"),
            ("Asia/Kolkata", "IST-5:30"),
            ("Asia/Dubai", "<+04>-4"),
            ("America/New_York", "EST5EDT,M3.2.0,M11.1.0"),
            ("Europe/Berlin", "CET-1CEST,M3.5.0,M10.5.0/3"),
            ("Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3"),
            ("Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1"),
            ("Asia/Jerusalem", "IST-2IDT,M3.4.4/26,M10.5.0"),
            ("America/Nuuk", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0"),
            (
                "Pacific/Chatham",
                "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
            ),
            ("America/Santiago", "<-04>4<-03>,M9.1.6/24,M4.1.6/24"),
        ] {
            assert_eq!(
                both(name),
                [Some(expected.to_owned()), Some(expected.to_owned())],
                "{name}"
            );
        }
    }

    #[test]
    fn a_zone_whose_changes_follow_no_yearly_rule_has_none() {
        // Morocco's changes around Ramadan, in the embedded 2025b rules.
        let now = at("2026-11-30T12:00:00Z");
        assert_eq!(
            rule(&Zone::Embedded(chrono_tz::Africa::Casablanca), now),
            None
        );
    }

    #[test]
    fn a_footer_that_does_not_do_what_the_file_does_is_not_offered() {
        let Zone::Tzif(new_york, _) = tzif("America/New_York") else {
            unreachable!()
        };
        let now = at("2026-11-30T12:00:00Z");
        let without_summer = Zone::Tzif(new_york.clone(), Some("EST5".into()));
        assert_eq!(rule(&without_summer, now), None);
        let late = Zone::Tzif(new_york, Some("EST5EDT,M3.2.0/3,M11.1.0".into()));
        assert_eq!(rule(&late, now), None);
    }

    #[test]
    fn the_tzif_footer_is_the_files_last_line() {
        let zone = tzif("America/New_York");
        assert_eq!(zone.posix_footer(), Some("EST5EDT,M3.2.0,M11.1.0"));
        assert_eq!(Zone::Embedded(chrono_tz::UTC).posix_footer(), None);
    }

    #[test]
    fn times_and_offsets_are_written_as_posix_does() {
        assert_eq!(clock_time(7200), "2");
        assert_eq!(clock_time(-3600), "-1");
        assert_eq!(clock_time(26 * 3600), "26");
        assert_eq!(clock_time(9900), "2:45");
        assert_eq!(clock_time(-1800), "-0:30");
        assert_eq!(offset(19_800), "-5:30");
        assert_eq!(abbreviation("EST"), "EST");
        assert_eq!(abbreviation("+0530"), "<+0530>");
    }
}

#[cfg(test)]
mod agreement {
    use super::*;

    /// Every zone both databases know gets the same rule from each, but
    /// where their releases differ in what the zone does over the horizon.
    #[test]
    fn the_embedded_and_the_system_rules_give_the_same_string() {
        let now = DateTime::parse_from_rfc3339("2026-11-30T12:00:00Z")
            .unwrap()
            .to_utc();
        let until = now + Duration::days(HORIZON_DAYS);
        let (mut same, mut differ) = (0, Vec::new());
        for tz in chrono_tz::TZ_VARIANTS {
            let name = tz.name();
            let Ok(data) = std::fs::read(format!("/usr/share/zoneinfo/{name}")) else {
                continue;
            };
            let system = Zone::from_tzif(name, &data).unwrap();
            let embedded = Zone::Embedded(tz);
            let (a, b) = (rule(&embedded, now), rule(&system, now));
            if a == b {
                same += 1;
            } else if embedded.offsets(now) == system.offsets(now)
                && embedded
                    .transitions(now, until)
                    .eq(system.transitions(now, until))
            {
                differ.push(format!("{name}: embedded {a:?}, system {b:?}"));
            }
        }
        println!("{same} zones: the same rule from both databases");
        assert!(differ.is_empty(), "{differ:#?}");
        assert!(same > 500, "{same}");
    }
}
