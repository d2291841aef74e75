//! What schedulers are answered (not worldtimeapi's): a wall-clock time
//! converted from one zone to another (`/api/convert`), and a zone's coming
//! and past changes (`/api/transitions/<zone>`).

use chrono::{DateTime, Duration, NaiveDateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::convert::{Disambiguation, LocalTime, wall_clock_span};
use crate::zone::{Offsets, Transition, Zone};

/// A local date and time as the answers write it: `2027-03-28T02:30:00`.
pub const LOCAL: &str = "%Y-%m-%dT%H:%M:%S";

/// `/api/convert`'s answer: the instant a local time names, what kind of
/// local time it was, and the wall clocks there and in another zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversion {
    /// The local time asked for, to the second.
    pub datetime: String,
    /// The zone it was read in.
    pub timezone: String,
    /// `unique`, `gap` (the clocks skip it) or `fold` (they show it twice).
    pub local_time: &'static str,
    /// How a gap or a fold was settled.
    pub disambiguation: &'static str,
    /// For a gap or a fold, the earlier candidate instant.
    pub earlier: Option<String>,
    /// For a gap or a fold, the later candidate instant.
    pub later: Option<String>,
    /// The instant settled on, UTC.
    pub utc_datetime: String,
    pub unixtime: i64,
    /// The wall clock of the zone it was read in, at that instant.
    pub from: WallClock,
    /// The wall clock of the other zone, when one was asked for.
    pub to: Option<WallClock>,
}

impl Conversion {
    /// `local` read in `from` as `resolved`, settled on `instant` by
    /// `choice`, and shown in `to`.
    pub fn new(
        local: NaiveDateTime,
        from: &Zone,
        resolved: &LocalTime,
        choice: Disambiguation,
        instant: DateTime<Utc>,
        to: Option<&Zone>,
    ) -> Self {
        let (earlier, later) = match resolved {
            LocalTime::Unique(_) => (None, None),
            LocalTime::Gap { earlier, later } | LocalTime::Fold { earlier, later } => {
                (Some(utc_text(*earlier)), Some(utc_text(*later)))
            }
        };
        Self {
            datetime: local.format(LOCAL).to_string(),
            timezone: from.name().to_owned(),
            local_time: resolved.kind(),
            disambiguation: choice.as_str(),
            earlier,
            later,
            utc_datetime: utc_text(instant),
            unixtime: instant.timestamp(),
            from: WallClock::new(from, instant),
            to: to.map(|zone| WallClock::new(zone, instant)),
        }
    }
}

/// The wall clock of a zone at an instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WallClock {
    pub timezone: String,
    /// The wall clock there, with its offset: `2027-03-28T03:30:00+02:00`.
    pub datetime: String,
    pub abbreviation: String,
    pub utc_offset: String,
    pub dst: bool,
}

impl WallClock {
    /// The wall clock of `zone` at `instant`.
    pub fn new(zone: &Zone, instant: DateTime<Utc>) -> Self {
        let at = zone.offsets(instant);
        let local = (instant + Duration::seconds(at.utc.into())).naive_utc();
        Self {
            timezone: zone.name().to_owned(),
            datetime: format!("{}{}", local.format(LOCAL), at.utc_offset()),
            utc_offset: at.utc_offset(),
            dst: at.dst != 0,
            abbreviation: at.abbreviation,
        }
    }
}

/// `/api/transitions/<zone>`'s answer: a zone's changes after and before now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transitions {
    pub timezone: String,
    /// Now, from which changes are counted.
    pub utc_datetime: String,
    pub next: Vec<Change>,
    /// Latest first.
    pub previous: Vec<Change>,
}

impl Transitions {
    /// `zone`'s changes `coming` after `now` and `past` before it.
    pub fn new(
        zone: &Zone,
        now: DateTime<Utc>,
        coming: &[Transition],
        past: &[Transition],
    ) -> Self {
        Self {
            timezone: zone.name().to_owned(),
            utc_datetime: utc_text(now),
            next: coming.iter().map(Change::new).collect(),
            previous: past.iter().map(Change::new).collect(),
        }
    }
}

/// One change: when, what before and after, and the wall-clock times it
/// skips (a gap) or repeats (a fold).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub utc_datetime: String,
    pub unixtime: i64,
    pub before: ChangeOffsets,
    pub after: ChangeOffsets,
    /// `gap`, `fold`, or `none` (only the abbreviation or DST state changes).
    pub local_time: &'static str,
    /// The first wall-clock time skipped or repeated.
    pub local_from: Option<String>,
    /// The wall-clock time just after the last one skipped or repeated.
    pub local_until: Option<String>,
}

impl Change {
    pub fn new(transition: &Transition) -> Self {
        let span = wall_clock_span(transition);
        let local_time = match span {
            None => "none",
            Some(_) if transition.after.utc > transition.before.utc => "gap",
            Some(_) => "fold",
        };
        Self {
            utc_datetime: utc_text(transition.at),
            unixtime: transition.at.timestamp(),
            before: ChangeOffsets::new(&transition.before),
            after: ChangeOffsets::new(&transition.after),
            local_time,
            local_from: span.map(|(from, _)| from.format(LOCAL).to_string()),
            local_until: span.map(|(_, until)| until.format(LOCAL).to_string()),
        }
    }
}

/// A zone's offsets on one side of a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeOffsets {
    pub abbreviation: String,
    pub utc_offset: String,
    pub offset_seconds: i32,
    pub dst: bool,
}

impl ChangeOffsets {
    pub fn new(offsets: &Offsets) -> Self {
        Self {
            abbreviation: offsets.abbreviation.clone(),
            utc_offset: offsets.utc_offset(),
            offset_seconds: offsets.utc,
            dst: offsets.dst != 0,
        }
    }
}

/// An instant as these answers write it: `2027-03-28T01:00:00Z`.
pub fn utc_text(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, true)
}
