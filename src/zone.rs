//! A time zone's rules and what they say at one instant: the offset from UTC,
//! the daylight-saving amount, the abbreviation, and the daylight-saving
//! period around it.
//!
//! The rules come either from the tz database compiled into the binary
//! (chrono-tz) or from a compiled TZif file (read by jiff, POSIX TZ footer
//! included). Which one, and where the files are, is decided in
//! [`crate::tzdb`]; nothing here reads files or the clock.

use std::cmp::Ordering;
use std::sync::Arc;

use chrono::{DateTime, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// A named time zone and its rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Zone {
    /// Rules compiled into the binary.
    Embedded(Tz),
    /// Rules read from a TZif file, and the file's POSIX TZ footer (the rule
    /// for the times after its last transition), when it has one.
    Tzif(jiff::tz::TimeZone, Option<Arc<str>>),
}

/// The farthest a zone may be from UTC, in seconds: less than a day, as
/// far as chrono's `FixedOffset`, which every view reads the time with,
/// reaches. The TZif format allows up to 25:59:59 either way.
pub const MAX_UTC_OFFSET: i32 = 86_399;

/// Why the bytes of a TZif file give no zone.
#[derive(Debug, thiserror::Error)]
pub enum TzifError {
    /// They are no TZif file jiff can read.
    #[error(transparent)]
    Invalid(#[from] jiff::Error),
    /// They read, but the zone is a day or more from UTC at some time: a
    /// time no view could show.
    #[error("its offset UTC{} is a day or more from UTC", hms(*.0))]
    DayOrMoreFromUtc(i32),
}

impl Zone {
    /// The zone in the TZif file `data` under `name`. A file that puts the
    /// zone a day or more from UTC, in any of its local time types or in its
    /// footer's rule, is refused.
    pub fn from_tzif(name: &str, data: &[u8]) -> Result<Self, TzifError> {
        let tz = jiff::tz::TimeZone::tzif(name, data)?;
        let offsets = tzif_type_offsets(data).into_iter().flatten();
        let too_far = |offset: &i32| offset.unsigned_abs() > MAX_UTC_OFFSET.unsigned_abs();
        if let Some(far) = offsets.chain(later_offsets(&tz)).find(too_far) {
            return Err(TzifError::DayOrMoreFromUtc(far));
        }
        Ok(Self::Tzif(tz, tzif_footer(data).map(Arc::from)))
    }
}

/// The offsets from UTC of a TZif file's local time types, in the data
/// block jiff reads: the first for a version 1 file, else the 64-bit one
/// after it. Read only from bytes jiff has read whole, whose counts fit
/// them; `None` should they not.
fn tzif_type_offsets(data: &[u8]) -> Option<Vec<i32>> {
    const HEADER: usize = 44;
    let be = |at: usize| -> Option<[u8; 4]> { data.get(at..at.checked_add(4)?)?.try_into().ok() };
    // A header's counts: UT/local and standard/wall indicators, leap
    // seconds, transitions, local time types, abbreviation bytes.
    let counts = |header: usize| -> Option<[usize; 6]> {
        let mut counts = [0; 6];
        for (i, count) in counts.iter_mut().enumerate() {
            *count = usize::try_from(u32::from_be_bytes(be(header + 20 + 4 * i)?)).ok()?;
        }
        Some(counts)
    };
    let (header, time_size) = if *data.get(4)? == 0 {
        (0, 4)
    } else {
        let [ut, std, leap, times, types, chars] = counts(0)?;
        let block = [times * 5, types * 6, chars, leap * 8, std, ut];
        (HEADER + block.iter().sum::<usize>(), 8)
    };
    let [_, _, _, times, types, _] = counts(header)?;
    let first = header + HEADER + times * (time_size + 1);
    (0..types)
        .map(|i| be(first + 6 * i).map(i32::from_be_bytes))
        .collect()
}

/// The offsets from UTC of the rule a TZif zone follows after its file's
/// last transition (the POSIX TZ footer, as jiff read it): the one in force
/// near the end of jiff's time and those after the next two changes there,
/// as such a rule changes at most twice a year. The offsets of the file's
/// own transitions are its local time types'.
fn later_offsets(tz: &jiff::tz::TimeZone) -> impl Iterator<Item = i32> + '_ {
    let two_years = jiff::SignedDuration::from_hours(2 * 366 * 24);
    let late = jiff::Timestamp::MAX
        .checked_sub(two_years)
        .unwrap_or(jiff::Timestamp::MAX);
    std::iter::once(tz.to_offset(late))
        .chain(tz.following(late).take(2).map(|t| t.offset()))
        .map(|offset| offset.seconds())
}

/// `+24:00` or `-25:59:59`: an offset from UTC to the second.
fn hms(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let secs = seconds.unsigned_abs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    match s {
        0 => format!("{sign}{h:02}:{m:02}"),
        s => format!("{sign}{h:02}:{m:02}:{s:02}"),
    }
}

/// The POSIX TZ string a TZif file of version 2 or later ends with, on a
/// line of its own; `None` for a version 1 file or an empty footer.
fn tzif_footer(data: &[u8]) -> Option<&str> {
    let version = *data.get(4)?;
    if !(b'2'..=b'9').contains(&version) {
        return None;
    }
    let body = data.strip_suffix(b"\n")?;
    let start = body.iter().rposition(|&byte| byte == b'\n')? + 1;
    let footer = std::str::from_utf8(&body[start..]).ok()?;
    (!footer.is_empty() && footer.bytes().all(|byte| byte.is_ascii_graphic())).then_some(footer)
}

/// The last part of a zone name, where the place it is named after is:
/// `Buenos_Aires` of `America/Argentina/Buenos_Aires`.
pub fn last_part(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

impl From<Tz> for Zone {
    fn from(tz: Tz) -> Self {
        Self::Embedded(tz)
    }
}

impl From<&Zone> for Zone {
    fn from(zone: &Zone) -> Self {
        zone.clone()
    }
}

/// What a zone's rules say at one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offsets {
    /// Seconds east of UTC, daylight saving included.
    pub utc: i32,
    /// Daylight saving in effect, in seconds: 0 when none (negative where a
    /// zone's rules define winter time as the saving, as Ireland's do).
    pub dst: i32,
    /// The abbreviation, e.g. `MSK`, or the offset where the zone has none (`+04`).
    pub abbreviation: String,
}

impl Offsets {
    /// The standard offset: the offset without daylight saving.
    pub fn raw(&self) -> i32 {
        self.utc - self.dst
    }

    /// The offset from UTC as `+03:00` or `-09:30`.
    pub fn utc_offset(&self) -> String {
        let sign = if self.utc < 0 { '-' } else { '+' };
        let secs = self.utc.unsigned_abs();
        format!("{sign}{:02}:{:02}", secs / 3600, secs / 60 % 60)
    }
}

/// A change of a zone's offset, daylight-saving state or abbreviation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// The first instant of the new rules.
    pub at: DateTime<Utc>,
    /// What the rules said just before it.
    pub before: Offsets,
    /// What they say from it on.
    pub after: Offsets,
}

impl Transition {
    /// The wall clock just before the change and from it on: the same
    /// instant, read with the old offset and with the new.
    pub fn wall_clock(&self) -> (NaiveDateTime, NaiveDateTime) {
        let read = |offset: i32| (self.at + chrono::Duration::seconds(offset.into())).naive_utc();
        (read(self.before.utc), read(self.after.utc))
    }
}

/// The stretch of time around an instant during which a zone keeps the same
/// offset and daylight-saving state; either end is `None` when the rules
/// name none within about two years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first instant of the period.
    pub from: Option<DateTime<Utc>>,
    /// The first instant after it.
    pub until: Option<DateTime<Utc>>,
}

/// How far the embedded rules are searched for the ends of a period: more
/// than a year, as Cuba and Jordan have kept summer time that long.
const SEARCH_DAYS: i64 = 800;
const DAY: i64 = 86_400;

impl Zone {
    /// The IANA name, e.g. `Europe/Moscow`.
    pub fn name(&self) -> &str {
        match self {
            Self::Embedded(tz) => tz.name(),
            Self::Tzif(tz, _) => tz.iana_name().unwrap_or("Etc/Unknown"),
        }
    }

    /// The offsets in force at `instant`.
    pub fn offsets(&self, instant: DateTime<Utc>) -> Offsets {
        match self {
            Self::Embedded(tz) => {
                let offset = tz.offset_from_utc_datetime(&instant.naive_utc());
                Offsets {
                    utc: offset.fix().local_minus_utc(),
                    dst: offset.dst_offset().num_seconds() as i32,
                    abbreviation: match offset.abbreviation() {
                        Some(abbreviation) => abbreviation.to_owned(),
                        None => instant.with_timezone(tz).format("%Z").to_string(),
                    },
                }
            }
            Self::Tzif(tz, _) => {
                let at = timestamp(instant);
                let info = tz.to_offset_info(at);
                let utc = info.offset().seconds();
                let dst = if info.dst().is_dst() {
                    utc - standard_offset(tz, at, utc)
                } else {
                    0
                };
                Offsets {
                    utc,
                    dst,
                    abbreviation: info.abbreviation().to_owned(),
                }
            }
        }
    }

    /// The POSIX TZ string of the TZif file the rules were read from, if any.
    pub fn posix_footer(&self) -> Option<&str> {
        match self {
            Self::Embedded(_) => None,
            Self::Tzif(_, footer) => footer.as_deref(),
        }
    }

    /// The transitions after `from` up to and including `until`, in order,
    /// each found when asked for.
    pub fn transitions(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> impl Iterator<Item = Transition> + '_ {
        let mut after = from;
        std::iter::from_fn(move || {
            let at = self.next_change(after, until)?;
            after = at;
            Some(self.transition_at(at))
        })
        .flatten()
    }

    /// The transition at `at`, when the rules differ on either side of it.
    fn transition_at(&self, at: DateTime<Utc>) -> Option<Transition> {
        let before = self.offsets(at - chrono::Duration::seconds(1));
        let after = self.offsets(at);
        (before != after).then_some(Transition { at, before, after })
    }

    /// The transitions before `before` down to `since`, the latest first,
    /// each found when asked for.
    pub fn transitions_back(
        &self,
        before: DateTime<Utc>,
        since: DateTime<Utc>,
    ) -> impl Iterator<Item = Transition> + '_ {
        let mut at = before;
        std::iter::from_fn(move || {
            let change = self.previous_change(at, since)?;
            at = change;
            Some(self.transition_at(change))
        })
        .flatten()
    }

    /// The latest instant before `before`, down to `since`, where the rules
    /// may change, to the second.
    fn previous_change(
        &self,
        before: DateTime<Utc>,
        since: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let found = match self {
            Self::Embedded(tz) => {
                let state = |second: i64| tz.offset_from_utc_datetime(&utc(second).naive_utc());
                let mut start = before.timestamp() - 1;
                loop {
                    if start < since.timestamp() {
                        break None;
                    }
                    // The first second of the period around `start`: the
                    // change that began it, unless it began before the search.
                    if let Some(second) = search(start, -DAY, &state) {
                        break Some(utc(second));
                    }
                    start -= SEARCH_DAYS * DAY;
                }
            }
            Self::Tzif(tz, _) => transitions_before(tz, timestamp(before))
                .next()
                .map(|t| utc(t.timestamp().as_second())),
        };
        found.filter(|at| *at >= since)
    }

    /// The first instant after `after`, up to `until`, where the rules may
    /// change, to the second.
    fn next_change(&self, after: DateTime<Utc>, until: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let found = match self {
            Self::Embedded(tz) => {
                let state = |second: i64| tz.offset_from_utc_datetime(&utc(second).naive_utc());
                let mut start = after.timestamp();
                loop {
                    if start >= until.timestamp() {
                        break None;
                    }
                    if let Some(second) = search(start, DAY, &state) {
                        break Some(utc(second));
                    }
                    start += SEARCH_DAYS * DAY;
                }
            }
            Self::Tzif(tz, _) => transitions_after(tz, timestamp(after))
                .next()
                .map(|t| utc(t.timestamp().as_second())),
        };
        found.filter(|at| *at <= until)
    }

    /// The daylight-saving period `instant` falls in, or `None` when no
    /// daylight saving is in effect then.
    pub fn dst_period(&self, instant: DateTime<Utc>) -> Option<Period> {
        let here = self.offsets(instant);
        if here.dst == 0 {
            return None;
        }
        Some(match self {
            Self::Embedded(tz) => {
                let state = |second: i64| {
                    let offset = tz.offset_from_utc_datetime(&utc(second).naive_utc());
                    (offset.fix(), !offset.dst_offset().is_zero())
                };
                let now = instant.timestamp();
                Period {
                    from: search(now, -DAY, &state).map(utc),
                    until: search(now, DAY, &state).map(utc),
                }
            }
            Self::Tzif(tz, _) => tzif_period(tz, timestamp(instant)),
        })
    }
}

/// The nearest instant, searching from `start` in steps of `step` seconds
/// (negative: back in time) for [`SEARCH_DAYS`], where the state changes: the
/// period's first second searching back, the next period's first searching on.
fn search<S: PartialEq>(start: i64, step: i64, state: &impl Fn(i64) -> S) -> Option<i64> {
    let here = state(start);
    let mut near = start;
    for _ in 0..SEARCH_DAYS * DAY / step.abs() {
        let far = near + step;
        if state(far) != here {
            // Bisect between `near` (same state) and `far` (another) to the second.
            let (mut same, mut other) = (near, far);
            while (other - same).abs() > 1 {
                let mid = same + (other - same) / 2;
                if state(mid) == here {
                    same = mid;
                } else {
                    other = mid;
                }
            }
            return Some(if step < 0 { same } else { other });
        }
        near = far;
    }
    None
}

/// The standard offset behind a daylight-saving offset `utc` at `at`, found
/// as the TZif format implies it (and as Python's `zoneinfo` infers it): the
/// offset of the standard time just before this period, else just after it.
fn standard_offset(tz: &jiff::tz::TimeZone, at: jiff::Timestamp, utc: i32) -> i32 {
    let mut before = transitions_before(tz, just_after(at));
    before.next(); // the transition that began the current period
    let neighbours = before
        .next()
        .into_iter()
        .chain(transitions_after(tz, at).next());
    for transition in neighbours {
        if !transition.dst().is_dst() {
            return transition.offset().seconds();
        }
    }
    // Daylight saving on both sides: the usual hour.
    utc - 3600
}

/// The period around `at` with the same offset and daylight-saving flag.
fn tzif_period(tz: &jiff::tz::TimeZone, at: jiff::Timestamp) -> Period {
    let info = tz.to_offset_info(at);
    let same = |t: &jiff::tz::TimeZoneTransition| {
        t.offset() == info.offset() && t.dst().is_dst() == info.dst().is_dst()
    };
    // Within SEARCH_DAYS either way, as for the embedded rules: a garbled
    // file's rule can repeat one state for thousands of years.
    let reach = jiff::SignedDuration::from_secs(SEARCH_DAYS * DAY);
    let earliest = at.checked_sub(reach).unwrap_or(jiff::Timestamp::MIN);
    let latest = at.checked_add(reach).unwrap_or(jiff::Timestamp::MAX);
    let mut from = None;
    for transition in transitions_before(tz, just_after(at)) {
        if !same(&transition) {
            break;
        }
        if transition.timestamp() < earliest {
            from = None;
            break;
        }
        from = Some(transition.timestamp());
    }
    let until = transitions_after(tz, at)
        .take_while(|t| t.timestamp() <= latest)
        .find(|t| !same(t))
        .map(|t| t.timestamp());
    Period {
        from: from.map(|t| utc(t.as_second())),
        until: until.map(|t| utc(t.as_second())),
    }
}

/// A TZif zone's transitions before `at`, latest first (see [`moving`]).
fn transitions_before(
    tz: &jiff::tz::TimeZone,
    at: jiff::Timestamp,
) -> impl Iterator<Item = jiff::tz::TimeZoneTransition<'_>> {
    moving(tz.preceding(at), at, Ordering::Less)
}

/// A TZif zone's transitions after `at`, earliest first (see [`moving`]).
fn transitions_after(
    tz: &jiff::tz::TimeZone,
    at: jiff::Timestamp,
) -> impl Iterator<Item = jiff::tz::TimeZoneTransition<'_>> {
    moving(tz.following(at), at, Ordering::Greater)
}

/// jiff's walk over transitions from `from`, ended where a step does not
/// move in `direction` (on some garbled files jiff gives one transition
/// again and again, or one on the wrong side of `from`).
fn moving<'t>(
    walk: impl Iterator<Item = jiff::tz::TimeZoneTransition<'t>>,
    from: jiff::Timestamp,
    direction: Ordering,
) -> impl Iterator<Item = jiff::tz::TimeZoneTransition<'t>> {
    let mut last = from;
    walk.take_while(move |t| {
        let moved = t.timestamp().cmp(&last) == direction;
        last = t.timestamp();
        moved
    })
}

fn timestamp(instant: DateTime<Utc>) -> jiff::Timestamp {
    jiff::Timestamp::new(instant.timestamp(), instant.timestamp_subsec_nanos() as i32)
        .unwrap_or(jiff::Timestamp::MAX)
}

/// The instant a nanosecond after `at`, so that a transition at `at` itself
/// counts as preceding it.
fn just_after(at: jiff::Timestamp) -> jiff::Timestamp {
    at.checked_add(jiff::SignedDuration::from_nanos(1))
        .unwrap_or(at)
}

fn utc(second: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(second, 0).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn tzif(name: &str) -> Zone {
        let path = format!("/usr/share/zoneinfo/{name}");
        let data = std::fs::read(&path).expect("the system tz database");
        Zone::from_tzif(name, &data).unwrap()
    }

    fn both(name: &str) -> [Zone; 2] {
        [Zone::Embedded(name.parse().unwrap()), tzif(name)]
    }

    #[test]
    fn london_summer_time_is_an_hour_of_dst_from_march_to_october() {
        for zone in both("Europe/London") {
            let instant = at("2026-07-01T12:00:00Z");
            let offsets = zone.offsets(instant);
            assert_eq!((offsets.utc, offsets.dst, offsets.raw()), (3600, 3600, 0));
            assert_eq!(offsets.abbreviation, "BST");
            let period = zone.dst_period(instant).unwrap();
            assert_eq!(period.from, Some(at("2026-03-29T01:00:00Z")), "{zone:?}");
            assert_eq!(period.until, Some(at("2026-10-25T01:00:00Z")), "{zone:?}");
        }
    }

    #[test]
    fn a_transition_instant_belongs_to_the_period_it_begins() {
        for zone in both("Europe/London") {
            let period = zone.dst_period(at("2026-03-29T01:00:00Z")).unwrap();
            assert_eq!(period.from, Some(at("2026-03-29T01:00:00Z")));
            assert_eq!(zone.dst_period(at("2026-10-25T01:00:00Z")), None);
        }
    }

    #[test]
    fn standard_time_has_no_dst_period() {
        for zone in both("Europe/Moscow") {
            let offsets = zone.offsets(at("2026-07-01T12:00:00Z"));
            assert_eq!((offsets.utc, offsets.dst), (10_800, 0));
            assert_eq!(offsets.abbreviation, "MSK");
            assert_eq!(zone.dst_period(at("2026-07-01T12:00:00Z")), None);
        }
    }

    #[test]
    fn southern_summer_spans_the_new_year() {
        for zone in both("Australia/Sydney") {
            let instant = at("2026-01-10T00:00:00Z");
            assert_eq!(zone.offsets(instant).dst, 3600);
            let period = zone.dst_period(instant).unwrap();
            assert_eq!(period.from, Some(at("2025-10-04T16:00:00Z")));
            assert_eq!(period.until, Some(at("2026-04-04T16:00:00Z")));
        }
    }

    /// A TZif file without transitions: one local time type at `offset`
    /// and, from version 2 on, `footer`.
    fn handmade(version: u8, offset: i32, footer: &str) -> Vec<u8> {
        let mut block = b"TZif".to_vec();
        block.push(version);
        block.extend([0; 15]);
        // Indicators, leap seconds, transitions: none; one type; "TST\0".
        for count in [0u32, 0, 0, 0, 1, 4] {
            block.extend(count.to_be_bytes());
        }
        block.extend(offset.to_be_bytes());
        block.extend([0, 0]);
        block.extend(b"TST\0");
        if version == 0 {
            return block;
        }
        let mut file = block.clone();
        file.extend(block);
        file.extend(format!("\n{footer}\n").bytes());
        file
    }

    fn refused_offset(data: &[u8]) -> Option<i32> {
        match Zone::from_tzif("Test/Zone", data) {
            Err(TzifError::DayOrMoreFromUtc(offset)) => Some(offset),
            Err(other) => panic!("refused for another reason: {other}"),
            Ok(_) => None,
        }
    }

    #[test]
    fn a_day_or_more_from_utc_is_refused_in_the_types_and_in_the_footer() {
        const DAY: i32 = 86_400;
        let in_types = [
            (handmade(b'2', DAY, "<+03>-3"), DAY),
            (handmade(b'2', -DAY, "<+03>-3"), -DAY),
            // Version 1: the types alone, no footer.
            (handmade(0, 93_599, ""), 93_599),
            (handmade(0, -93_599, ""), -93_599),
        ];
        let in_footer = [
            (handmade(b'2', 10_800, "<+24>-24"), DAY),
            (handmade(b'2', 10_800, "<-24>24"), -DAY),
            // Only its daylight time is a day away.
            (
                handmade(b'2', 82_800, "<+23>-23<+24>,M3.5.0,M10.5.0/3"),
                DAY,
            ),
        ];
        for (data, offset) in in_types.into_iter().chain(in_footer) {
            assert_eq!(refused_offset(&data), Some(offset), "{offset}");
        }
        let error = Zone::from_tzif("Test/Zone", &handmade(0, -93_599, "")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "its offset UTC-25:59:59 is a day or more from UTC"
        );
    }

    #[test]
    fn a_second_less_than_a_day_from_utc_is_a_zone() {
        for (offset, footer) in [
            (86_399, "<+235959>-23:59:59"),
            (-86_399, "<-235959>23:59:59"),
        ] {
            let zone = Zone::from_tzif("Test/Zone", &handmade(b'2', offset, footer)).unwrap();
            assert_eq!(zone.offsets(at("2026-07-01T12:00:00Z")).utc, offset);
            assert_eq!(refused_offset(&handmade(0, offset, "")), None);
        }
    }

    #[test]
    fn zones_without_an_abbreviation_show_the_offset() {
        for zone in both("Asia/Dubai") {
            assert_eq!(zone.offsets(at("2026-01-10T00:00:00Z")).abbreviation, "+04");
        }
    }
}
