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
        None => derive(&zone.offsets(now), &transitions, Times::AnyHour)?,
    };
    agrees(&rule, zone, now, until, &transitions).then_some(rule)
}

/// A rule that would give `transitions` from a time when `now` was in force:
/// the standard time alone when nothing changes, else standard and daylight
/// time and the two yearly changes between them.
fn derive(now: &Offsets, transitions: &[Transition], times: Times) -> Option<String> {
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
    text.push_str(&yearly(&starts, times)?);
    text.push(',');
    text.push_str(&yearly(&ends, times)?);
    Some(text)
}

/// The times of day a derived rule may name for its changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Times {
    /// Any: `/24` (midnight at the end of the named day), `/-1`, `/50`,
    /// as POSIX allows, when the change is tied to another weekday.
    AnyHour,
    /// From 0:00 to 23:59:59 of the named day, for parsers that read no
    /// other (ezTime's).
    WithinTheDay,
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
pub(crate) fn clock_time(seconds: i64) -> String {
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
fn yearly(changes: &[NaiveDateTime], times: Times) -> Option<String> {
    let first = changes.first()?;
    let fits = |rule: &DateRule, seconds: i64| {
        changes.iter().all(|change| {
            rule.date(change.year())
                .and_then(|date| date.and_hms_opt(0, 0, 0))
                .is_some_and(|midnight| midnight + Duration::seconds(seconds) == *change)
        })
    };
    let time_of_day = (*first - first.date().and_hms_opt(0, 0, 0)?).num_seconds();
    let shifts: &[i64] = match times {
        Times::AnyHour => &[0, -1, 1, -2, 2],
        Times::WithinTheDay => &[0],
    };
    for &shift in shifts {
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
    first_disagreement(rule, zone, now, until, transitions, Compare::Exactly).is_none()
}

/// What of the local time a rule must agree on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Compare {
    /// Offset, abbreviation and whether it is daylight-saving time.
    Exactly,
    /// Offset and abbreviation: what a device shows.
    AsShown,
}

/// The first instant from `now` to `until` at which `rule` stops saying
/// what `zone` says (`now` itself when it does not say it then); `None`
/// when it agrees throughout. `transitions` are the zone's in that time.
fn first_disagreement(
    rule: &str,
    zone: &Zone,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
    transitions: &[Transition],
    compare: Compare,
) -> Option<DateTime<Utc>> {
    let Ok(posix) = jiff::tz::TimeZone::posix(rule) else {
        return Some(now);
    };
    let dst = |is_dst: bool| compare == Compare::Exactly && is_dst;
    let state = |info: jiff::tz::TimeZoneOffsetInfo<'_>| {
        (
            info.offset().seconds(),
            dst(info.dst().is_dst()),
            info.abbreviation().to_owned(),
        )
    };
    let of = |offsets: &Offsets| {
        (
            offsets.utc,
            dst(offsets.dst != 0),
            offsets.abbreviation.clone(),
        )
    };
    let at = |second: i64| DateTime::from_timestamp(second, 0).unwrap_or(now);
    let Ok(start) = jiff::Timestamp::from_second(now.timestamp()) else {
        return Some(now);
    };
    let mut previous = state(posix.to_offset_info(start));
    if previous != of(&zone.offsets(now)) {
        return Some(now);
    }
    // The zone's changes that change what is compared.
    let mut zone_state = previous.clone();
    let mut expected = transitions.iter().filter(|transition| {
        let after = of(&transition.after);
        let changes = after != zone_state;
        zone_state = after;
        changes
    });
    for change in posix.following(start) {
        let second = change.timestamp().as_second();
        if second > until.timestamp() {
            break;
        }
        let after = (
            change.offset().seconds(),
            dst(change.dst().is_dst()),
            change.abbreviation().to_owned(),
        );
        if after == previous {
            continue;
        }
        let Some(transition) = expected.next() else {
            return Some(at(second));
        };
        if transition.at.timestamp() != second || of(&transition.after) != after {
            return Some(at(second.min(transition.at.timestamp())));
        }
        previous = after;
    }
    expected.next().map(|transition| transition.at)
}

/// A rule for a device, which must be given one even when no POSIX TZ
/// string does what the zone does (a table has no "none" for a zone):
/// of the file's own rule, the one derived from the zone's coming changes
/// and the zone's time now as a fixed rule, the one that shows the zone's
/// local time right for longest from now, and when it stops doing so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRule {
    /// The rule, e.g. `CST5CDT,M3.2.0/0,M11.1.0/1`.
    pub text: String,
    /// When it stops showing the zone's time, if within [`HORIZON_DAYS`].
    pub until: Option<DateTime<Utc>>,
}

impl DeviceRule {
    /// A rule that does what the zone does over the whole horizon.
    pub fn lasting(text: String) -> Self {
        Self { text, until: None }
    }
}

/// The rule a device is best given for `zone` from `now` on (see
/// [`DeviceRule`]); on a tie the file's own rule, then the derived one.
pub fn device_rule(zone: &Zone, now: DateTime<Utc>) -> DeviceRule {
    let horizon = now + Duration::days(HORIZON_DAYS);
    let transitions: Vec<Transition> = zone.transitions(now, horizon).collect();
    let current = zone.offsets(now);
    let candidates = [
        zone.posix_footer().map(str::to_owned),
        derive(&current, &transitions, Times::AnyHour),
        Some(standard(&current)),
    ];
    let lasts = |until: &Option<DateTime<Utc>>| until.map_or(i64::MAX, |t| t.timestamp());
    candidates
        .into_iter()
        .flatten()
        .map(|text| {
            let until =
                first_disagreement(&text, zone, now, horizon, &transitions, Compare::AsShown);
            DeviceRule { text, until }
        })
        .reduce(|best, next| {
            if lasts(&next.until) > lasts(&best.until) {
                next
            } else {
                best
            }
        })
        .expect("the fixed rule is always a candidate")
}

/// A rule whose changes all fall between 0:00 and 24:00 of the day they
/// name (a parser such as ezTime's misreads `/24`, `/26` or `/-1`), doing
/// what `zone` does from `now` on for as many of the coming years as one
/// can (28, 10, 5, then 2), and when it stops doing so; `None` when no
/// such rule lasts two years.
pub fn within_days(zone: &Zone, now: DateTime<Utc>) -> Option<DeviceRule> {
    let horizon = now + Duration::days(HORIZON_DAYS);
    let transitions: Vec<Transition> = zone.transitions(now, horizon).collect();
    let current = zone.offsets(now);
    [28, 10, 5, 2].into_iter().find_map(|years: i64| {
        let until = now + Duration::days(years * 365 + years / 4);
        let within: Vec<Transition> = transitions
            .iter()
            .filter(|transition| transition.at < until)
            .cloned()
            .collect();
        let text = derive(&current, &within, Times::WithinTheDay)?;
        let stops = first_disagreement(&text, zone, now, horizon, &transitions, Compare::AsShown);
        stops
            .is_none_or(|stops| stops >= until)
            .then_some(DeviceRule { text, until: stops })
    })
}

/// Whether `rule` names a change at a time outside the day it names
/// (`/24`, `/26`, `/-1`).
pub fn has_times_beyond_the_day(rule: &str) -> bool {
    rule.split(',').skip(1).any(|change| {
        change.split_once('/').is_some_and(|(_, time)| {
            time.starts_with('-')
                || time
                    .split(':')
                    .next()
                    .and_then(|hours| hours.parse::<u32>().ok())
                    .is_some_and(|hours| hours >= 24)
        })
    })
}

/// `rule` with its standard and daylight times swapped when its daylight
/// time is behind its standard time, as Ireland's (`IST-1GMT0,M10.5.0,M3.5.0/1`
/// becomes `GMT0IST,M3.5.0/1,M10.5.0`): the same clock, written for
/// readers that take daylight time to be ahead; `None` for any other rule.
pub fn with_daylight_ahead(rule: &str) -> Option<String> {
    let (std_name, rest) = posix_name(rule)?;
    let (std_offset, rest) = posix_offset(rest)?;
    let (dst_name, rest) = posix_name(rest)?;
    let (dst_offset, rest) = match posix_offset(rest) {
        Some((offset, rest)) => (offset, rest),
        None => (std_offset - 3600, rest),
    };
    let (start, end) = rest.strip_prefix(',')?.split_once(',')?;
    if dst_offset <= std_offset {
        // West of UTC is positive: daylight time is ahead, as it should be.
        return None;
    }
    let mut text = format!("{dst_name}{}{std_name}", clock_time(dst_offset));
    if std_offset != dst_offset - 3600 {
        text.push_str(&clock_time(std_offset));
    }
    Some(format!("{text},{end},{start}"))
}

/// A POSIX TZ name at the start of `text` (`IST`, `<+01>`), and the rest.
pub(crate) fn posix_name(text: &str) -> Option<(&str, &str)> {
    let end = if text.starts_with('<') {
        text.find('>')? + 1
    } else {
        text.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len())
    };
    (end >= 3).then(|| text.split_at(end))
}

/// A POSIX TZ offset at the start of `text` (`-1`, `5:30`), in seconds
/// west of UTC, and the rest.
pub(crate) fn posix_offset(text: &str) -> Option<(i64, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '+' | '-' | ':')))
        .unwrap_or(text.len());
    let (number, rest) = text.split_at(end);
    let (sign, digits) = match number.strip_prefix('-') {
        Some(digits) => (-1, digits),
        None => (1, number.strip_prefix('+').unwrap_or(number)),
    };
    let mut seconds = 0;
    let mut unit = 3600;
    for part in digits.split(':') {
        if part.is_empty() || unit == 0 {
            return None;
        }
        seconds += part.parse::<i64>().ok()? * unit;
        unit /= 60;
    }
    Some((sign * seconds, rest))
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
    fn a_device_is_given_the_rule_that_shows_the_zone_s_time_longest() {
        let now = at("2026-12-07T12:00:00Z");
        let moscow = device_rule(&tzif("Europe/Moscow"), now);
        assert_eq!(moscow, DeviceRule::lasting("MSK-3".into()));
        // Havana's file ends with its old yearly rule, which says standard
        // time now: Cuba stays on daylight time until November 2027.
        let havana = tzif("America/Havana");
        assert_eq!(rule(&havana, now), None);
        let device = device_rule(&havana, now);
        assert_eq!(device.text, "CDT4");
        let until = device.until.expect("Cuba's clocks change in 2027");
        assert_eq!(until.date_naive().to_string(), "2027-11-07");
    }

    #[test]
    fn a_rule_within_the_day_is_found_for_the_coming_years() {
        let now = at("2026-12-07T12:00:00Z");
        // Cairo: the last Thursday of October at 24:00 is the Friday after
        // it at 0:00, which is the last Friday of October but in years whose
        // 31 October is a Thursday (2030).
        let cairo = tzif("Africa/Cairo");
        assert!(has_times_beyond_the_day(cairo.posix_footer().unwrap()));
        let rule = within_days(&cairo, now).unwrap();
        assert!(!has_times_beyond_the_day(&rule.text), "{}", rule.text);
        assert!(rule.text.contains("M10.5.5/0"), "{}", rule.text);
        let until = rule.until.unwrap();
        assert_eq!(until.date_naive().to_string()[..4], *"2030", "{until}");
        // Nuuk: the Saturday before the last Sunday of March at 23:00.
        let nuuk = within_days(&tzif("America/Nuuk"), now).unwrap();
        assert!(!has_times_beyond_the_day(&nuuk.text), "{}", nuuk.text);
        assert!(!has_times_beyond_the_day("EST5EDT,M3.2.0,M11.1.0"));
        assert!(has_times_beyond_the_day("<-02>2<-01>,M3.5.0/-1,M10.5.0/0"));
    }

    #[test]
    fn a_daylight_time_behind_standard_time_is_written_ahead() {
        assert_eq!(
            with_daylight_ahead("IST-1GMT0,M10.5.0,M3.5.0/1").as_deref(),
            Some("GMT0IST,M3.5.0/1,M10.5.0")
        );
        for ahead in [
            "CET-1CEST,M3.5.0,M10.5.0/3",
            "EST5EDT,M3.2.0,M11.1.0",
            "MSK-3",
            "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
        ] {
            assert_eq!(with_daylight_ahead(ahead), None, "{ahead}");
        }
        // Two hours behind: the offset is then written.
        assert_eq!(
            with_daylight_ahead("<+02>-2<+00>0,M10.5.0,M3.5.0").as_deref(),
            Some("<+00>0<+02>-2,M3.5.0,M10.5.0")
        );
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
