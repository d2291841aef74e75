//! Wall-clock times in a zone, as a scheduler meets them: the instant a
//! local date-time names, and the two cases naive code gets wrong — a time
//! the clocks skip (the spring gap) and a time they show twice (the autumn
//! fold) — settled as Temporal's `disambiguation` says.

use std::str::FromStr;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};

use crate::zone::{Transition, Zone};

/// How to settle a local time that does not exist or exists twice, as
/// Temporal names the choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disambiguation {
    /// The later instant for a gap (as if the clocks had not yet moved on),
    /// the earlier for a fold: what most software does.
    Compatible,
    /// The earlier of the two instants.
    Earlier,
    /// The later of the two instants.
    Later,
    /// Neither: the time is refused.
    Reject,
}

impl Disambiguation {
    /// Its name, as given in a request.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Compatible => "compatible",
            Self::Earlier => "earlier",
            Self::Later => "later",
            Self::Reject => "reject",
        }
    }
}

/// A name that is not one of the [`Disambiguation`] choices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not one of compatible, earlier, later, reject")]
pub struct UnknownDisambiguation(pub String);

impl FromStr for Disambiguation {
    type Err = UnknownDisambiguation;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "compatible" => Ok(Self::Compatible),
            "earlier" => Ok(Self::Earlier),
            "later" => Ok(Self::Later),
            "reject" => Ok(Self::Reject),
            _ => Err(UnknownDisambiguation(text.to_owned())),
        }
    }
}

/// What a local date-time names in a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalTime {
    /// One instant.
    Unique(DateTime<Utc>),
    /// None: the clocks skip it. `earlier` reads it with the offset after
    /// the change, `later` with the offset before it.
    Gap {
        earlier: DateTime<Utc>,
        later: DateTime<Utc>,
    },
    /// Two instants: the clocks show it before and after they go back.
    Fold {
        earlier: DateTime<Utc>,
        later: DateTime<Utc>,
    },
}

impl LocalTime {
    /// `unique`, `gap` or `fold`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Unique(_) => "unique",
            Self::Gap { .. } => "gap",
            Self::Fold { .. } => "fold",
        }
    }

    /// The instant `choice` settles on; `None` when it rejects a gap or a fold.
    pub fn choose(&self, choice: Disambiguation) -> Option<DateTime<Utc>> {
        match (*self, choice) {
            (Self::Unique(instant), _) => Some(instant),
            (_, Disambiguation::Reject) => None,
            (Self::Gap { later, .. }, Disambiguation::Compatible | Disambiguation::Later)
            | (Self::Fold { later, .. }, Disambiguation::Later) => Some(later),
            (Self::Gap { earlier, .. }, Disambiguation::Earlier)
            | (Self::Fold { earlier, .. }, Disambiguation::Compatible | Disambiguation::Earlier) => {
                Some(earlier)
            }
        }
    }
}

/// What `local` names in `zone`.
pub fn resolve(zone: &Zone, local: NaiveDateTime) -> LocalTime {
    let as_utc = local.and_utc();
    // No zone is more than 26 hours from UTC: every offset that can apply
    // is in force somewhere in these four days.
    let window = Duration::days(2);
    let changes: Vec<Transition> = zone.transitions(as_utc - window, as_utc + window).collect();
    let mut offsets = vec![zone.offsets(as_utc - window).utc];
    offsets.extend(changes.iter().map(|change| change.after.utc));
    // An offset names the time when the zone is at that offset then.
    let mut instants: Vec<DateTime<Utc>> = offsets
        .iter()
        .map(|&offset| (offset, as_utc - Duration::seconds(offset.into())))
        .filter(|&(offset, instant)| zone.offsets(instant).utc == offset)
        .map(|(_, instant)| instant)
        .collect();
    instants.sort();
    instants.dedup();
    match instants[..] {
        [instant] => LocalTime::Unique(instant),
        [earlier, .., later] => LocalTime::Fold { earlier, later },
        [] => {
            let skipped = changes
                .iter()
                .find(|change| skips(change, local))
                .map_or((0, 0), |change| (change.before.utc, change.after.utc));
            LocalTime::Gap {
                earlier: as_utc - Duration::seconds(skipped.1.into()),
                later: as_utc - Duration::seconds(skipped.0.into()),
            }
        }
    }
}

/// Whether the wall-clock time `local` is one `change` skips.
fn skips(change: &Transition, local: NaiveDateTime) -> bool {
    let (from, until) = change.wall_clock();
    from <= local && local < until
}

/// The wall-clock times a change skips or repeats: from the first, to the
/// one after the last; `None` when the offset stays (only the abbreviation
/// or the daylight-saving state changes).
pub fn wall_clock_span(change: &Transition) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let (before, after) = change.wall_clock();
    match before.cmp(&after) {
        std::cmp::Ordering::Less => Some((before, after)),
        std::cmp::Ordering::Greater => Some((after, before)),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn zones(name: &str) -> [Zone; 2] {
        let data = std::fs::read(format!("/usr/share/zoneinfo/{name}")).unwrap();
        [
            Zone::Embedded(name.parse().unwrap()),
            Zone::from_tzif(name, &data).unwrap(),
        ]
    }

    #[test]
    fn a_disambiguation_is_read_by_its_name_and_no_other() {
        use Disambiguation::*;
        for choice in [Compatible, Earlier, Later, Reject] {
            assert_eq!(choice.as_str().parse(), Ok(choice));
        }
        let error = "Later".parse::<Disambiguation>().unwrap_err();
        assert_eq!(error, UnknownDisambiguation("Later".into()));
        assert_eq!(
            error.to_string(),
            "'Later' is not one of compatible, earlier, later, reject"
        );
    }

    #[test]
    fn berlins_spring_gap_is_settled_as_temporal_does() {
        for zone in zones("Europe/Berlin") {
            let time = resolve(&zone, local("2027-03-28T02:30:00"));
            assert_eq!(time.kind(), "gap");
            // 02:30 read with CET is 01:30 UTC, which the clocks show as 03:30 CEST.
            assert_eq!(
                time.choose(Disambiguation::Compatible),
                Some(at("2027-03-28T01:30:00Z"))
            );
            assert_eq!(
                time.choose(Disambiguation::Later),
                Some(at("2027-03-28T01:30:00Z"))
            );
            assert_eq!(
                time.choose(Disambiguation::Earlier),
                Some(at("2027-03-28T00:30:00Z"))
            );
            assert_eq!(time.choose(Disambiguation::Reject), None);
        }
    }

    #[test]
    fn berlins_autumn_fold_has_two_instants() {
        for zone in zones("Europe/Berlin") {
            let time = resolve(&zone, local("2027-10-31T02:30:00"));
            assert_eq!(
                time,
                LocalTime::Fold {
                    earlier: at("2027-10-31T00:30:00Z"),
                    later: at("2027-10-31T01:30:00Z"),
                }
            );
            assert_eq!(
                time.choose(Disambiguation::Compatible),
                Some(at("2027-10-31T00:30:00Z"))
            );
            assert_eq!(time.choose(Disambiguation::Reject), None);
        }
    }

    #[test]
    fn an_ordinary_time_is_one_instant_whatever_the_choice() {
        for zone in zones("Asia/Tokyo") {
            let time = resolve(&zone, local("2027-03-28T02:30:00"));
            assert_eq!(time, LocalTime::Unique(at("2027-03-27T17:30:00Z")));
            assert_eq!(
                time.choose(Disambiguation::Reject),
                Some(at("2027-03-27T17:30:00Z"))
            );
        }
    }

    #[test]
    fn a_changes_wall_clock_span_is_what_it_skips_or_repeats() {
        for zone in zones("Europe/Berlin") {
            let changes: Vec<Transition> = zone
                .transitions(at("2027-01-01T00:00:00Z"), at("2027-12-31T00:00:00Z"))
                .collect();
            let spans: Vec<_> = changes.iter().map(wall_clock_span).collect();
            assert_eq!(
                spans,
                [
                    Some((local("2027-03-28T02:00:00"), local("2027-03-28T03:00:00"))),
                    Some((local("2027-10-31T02:00:00"), local("2027-10-31T03:00:00"))),
                ]
            );
            let back = zone
                .transitions_back(at("2027-12-31T00:00:00Z"), at("2027-01-01T00:00:00Z"))
                .collect::<Vec<_>>();
            assert_eq!(
                back.iter().map(|c| c.at).collect::<Vec<_>>(),
                [changes[1].at, changes[0].at]
            );
        }
    }
}
