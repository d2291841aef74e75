//! What the server says of itself: its clock to the microsecond
//! (`/api/clock`), whether it is up and with what (`/health`), and whether it
//! takes new work (`/ready`).

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::geoip;
use crate::host_clock::ClockState;
use crate::tzdb::{Database, EMBEDDED_VERSION, Source};

/// `/api/clock`'s answer, e.g.
/// `{"unix_ms":1764507289123.456,"synchronized":true,"max_error_ms":1.2}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clock {
    /// Milliseconds since the Unix epoch, to the microsecond.
    pub unix_ms: f64,
    /// Whether the kernel counts the clock synchronized; `None` when it
    /// cannot be asked.
    pub synchronized: Option<bool>,
    /// How far the clock may be off, in milliseconds, as the kernel says.
    pub max_error_ms: Option<f64>,
}

impl Clock {
    /// The clock at `instant`, in the state `state`.
    pub fn new(instant: DateTime<Utc>, state: &ClockState) -> Self {
        let (synchronized, max_error_ms) = match state {
            ClockState::Known(clock) => (
                Some(clock.synchronized),
                // The kernel counts in microseconds.
                Some((clock.max_error * 1e6).round() / 1e3),
            ),
            ClockState::Unknown(_) => (None, None),
        };
        Self {
            unix_ms: instant.timestamp_micros() as f64 / 1e3,
            synchronized,
            max_error_ms,
        }
    }
}

/// `/health`'s answer.
#[derive(Debug, Clone, Serialize)]
pub struct Health {
    /// Always `ok`: the server answers.
    pub status: &'static str,
    pub tzdb: TzdbHealth,
    pub clock: ClockHealth,
    /// `None` without a GeoIP database.
    pub geoip: Option<GeoIpHealth>,
}

/// The tz database in use, and what went wrong with its folder.
#[derive(Debug, Clone, Serialize)]
pub struct TzdbHealth {
    /// e.g. `system 2026f (/usr/share/zoneinfo)` or `embedded 2025b`.
    pub in_use: String,
    pub version: String,
    /// The folder, for a system database.
    pub path: Option<String>,
    /// The version of the rules built in.
    pub embedded: &'static str,
    /// Why the folder as it is now is not in use, when it broke since.
    pub problem: Option<String>,
    /// The first ten files skipped, and how many.
    pub skipped: Vec<String>,
    pub skipped_count: usize,
}

impl TzdbHealth {
    /// `database`, with the folder's `problem` since it was read.
    pub fn new(database: &Database, problem: Option<String>) -> Self {
        let path = match database.source() {
            Source::System(dir) => Some(dir.display().to_string()),
            Source::Embedded => None,
        };
        Self {
            in_use: database.to_string(),
            version: database.version().to_owned(),
            path,
            embedded: EMBEDDED_VERSION,
            problem,
            skipped: database.skipped().iter().take(10).cloned().collect(),
            skipped_count: database.skipped().len(),
        }
    }
}

/// The system clock as the kernel sees it: node_exporter's `timex` figures
/// in seconds, or why the kernel could not be asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ClockHealth {
    Known {
        synchronized: bool,
        max_error_seconds: f64,
        estimated_error_seconds: f64,
        offset_seconds: f64,
        frequency_adjustment_ratio: f64,
        tai_offset_seconds: i32,
        status: i32,
        leap: &'static str,
        source: &'static str,
    },
    Unknown {
        /// Always `None`: nothing is known.
        synchronized: Option<bool>,
        state: &'static str,
        reason: String,
        source: &'static str,
    },
}

impl ClockHealth {
    pub fn new(state: &ClockState) -> Self {
        match state {
            ClockState::Known(clock) => Self::Known {
                synchronized: clock.synchronized,
                max_error_seconds: clock.max_error,
                estimated_error_seconds: clock.estimated_error,
                offset_seconds: clock.offset,
                frequency_adjustment_ratio: clock.frequency_ratio,
                tai_offset_seconds: clock.tai_offset,
                status: clock.status,
                leap: clock.leap.as_str(),
                source: "adjtimex",
            },
            ClockState::Unknown(reason) => Self::Unknown {
                synchronized: None,
                state: "unknown",
                reason: reason.to_string(),
                source: "adjtimex",
            },
        }
    }
}

/// The GeoIP database: the file, the database in use (none before one
/// could be read), and why the file as it is now cannot be used.
#[derive(Debug, Clone, Serialize)]
pub struct GeoIpHealth {
    pub path: String,
    pub database: Option<GeoIpDatabase>,
    pub problem: Option<String>,
}

/// A GeoIP database read.
#[derive(Debug, Clone, Serialize)]
pub struct GeoIpDatabase {
    #[serde(rename = "type")]
    pub database_type: String,
    pub built: String,
    pub ip_version: u16,
    pub bytes: u64,
}

impl GeoIpHealth {
    pub fn new(status: geoip::Status) -> Self {
        Self {
            path: status.path.display().to_string(),
            database: status.database.map(|db| GeoIpDatabase {
                database_type: db.database_type.clone(),
                built: db.built.to_rfc3339_opts(SecondsFormat::Secs, true),
                ip_version: db.ip_version,
                bytes: db.bytes,
            }),
            problem: status.problem,
        }
    }
}

/// `/ready`'s answer: `ready`, `draining`, or why the clock is not trusted
/// (with the clock's state).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ready {
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock: Option<ClockHealth>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host_clock::{Discipline, recorded};

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    #[test]
    fn a_synchronized_clock_gives_its_bound_in_milliseconds() {
        let state = ClockState::Known(Discipline::from_timex(&recorded::SYNCED));
        let body = Clock::new(at("2026-11-30T12:34:49.123456Z"), &state);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"unix_ms":1796042089123.456,"synchronized":true,"max_error_ms":1.2}"#
        );
    }

    #[test]
    fn an_unsynchronized_clock_says_so_with_the_kernels_ceiling() {
        let state = ClockState::Known(Discipline::from_timex(&recorded::UNSYNCED));
        let body = Clock::new(at("1970-01-01T00:00:00Z"), &state);
        assert_eq!(body.synchronized, Some(false));
        assert_eq!(body.max_error_ms, Some(16000.0));
        assert_eq!(body.unix_ms, 0.0);
    }

    #[test]
    fn a_clock_that_cannot_be_asked_claims_nothing() {
        let state = ClockState::Unknown("adjtimex: Operation not permitted".into());
        let body = Clock::new(at("2026-11-30T12:34:49Z"), &state);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"unix_ms":1796042089000.0,"synchronized":null,"max_error_ms":null}"#
        );
        assert_eq!(
            serde_json::to_value(ClockHealth::new(&state)).unwrap(),
            serde_json::json!({
                "synchronized": null,
                "state": "unknown",
                "reason": "adjtimex: Operation not permitted",
                "source": "adjtimex",
            })
        );
    }
}
