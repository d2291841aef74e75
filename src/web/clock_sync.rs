//! `GET /api/clock`: the server's time, to the microsecond, and how far its
//! own clock may be off, for a client that measures its own clock against
//! it the NTP way (the page's script does: see `docs/pages.md`).
//!
//! A few dozen bytes, never cached, and cheap enough to be asked several
//! times per page view: one clock read, one read of the kernel's last
//! answer (see [`crate::host_clock`]), no zone rules.
//!
//! ```json
//! {"unix_ms":1764507289123.456,"synchronized":true,"max_error_ms":1.2}
//! ```
//!
//! `synchronized` and `max_error_ms` are the kernel's (`null` when it cannot
//! be asked): a client adds `max_error_ms` to its own error bound while the
//! server's clock is synchronized; while it is not, the bound means nothing
//! (the kernel lets it grow to 16 s and leaves it there) and the client can
//! only measure against this server's clock.
//!
//! `GET /api/unixtime` and `/api/unixtime/ms`: the same instant bare, as
//! text, for scripts (`date -s @$(curl -s host/api/unixtime)`): whole
//! seconds, or whole milliseconds, since the epoch, and a newline.

use chrono::{DateTime, Utc};
use rocket::serde::json::{Json, Value, json};
use rocket::{State, get};

use super::Site;
use super::fairing::Fresh;
use crate::host_clock::{ClockState, HostClock};

/// `GET /api/clock`.
#[get("/clock")]
pub fn clock(site: &State<Site>, host: &State<HostClock>) -> Fresh<Json<Value>> {
    Fresh::new(Json(answer(site.now.instant(), &host.current())))
}

/// `GET /api/unixtime`: `1796042089`, the whole seconds since the epoch.
#[get("/unixtime")]
pub fn unix_seconds(site: &State<Site>) -> Fresh<String> {
    Fresh::new(format!("{}\n", site.now.instant().timestamp()))
}

/// `GET /api/unixtime/ms`: `1796042089123`, the whole milliseconds.
#[get("/unixtime/ms")]
pub fn unix_milliseconds(site: &State<Site>) -> Fresh<String> {
    Fresh::new(format!("{}\n", site.now.instant().timestamp_millis()))
}

/// What `/api/clock` says at `instant` with the clock in `state`.
fn answer(instant: DateTime<Utc>, state: &ClockState) -> Value {
    let (synchronized, max_error_ms) = match state {
        ClockState::Known(clock) => (
            Some(clock.synchronized),
            // The kernel counts in microseconds.
            Some((clock.max_error * 1e6).round() / 1e3),
        ),
        ClockState::Unknown(_) => (None, None),
    };
    json!({
        "unix_ms": instant.timestamp_micros() as f64 / 1e3,
        "synchronized": synchronized,
        "max_error_ms": max_error_ms,
    })
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
        let body = answer(at("2026-11-30T12:34:49.123456Z"), &state);
        assert_eq!(
            body.to_string(),
            r#"{"max_error_ms":1.2,"synchronized":true,"unix_ms":1796042089123.456}"#
        );
    }

    #[test]
    fn an_unsynchronized_clock_says_so_with_the_kernels_ceiling() {
        let state = ClockState::Known(Discipline::from_timex(&recorded::UNSYNCED));
        let body = answer(at("1970-01-01T00:00:00Z"), &state);
        assert_eq!(body["synchronized"], false);
        assert_eq!(body["max_error_ms"], 16000.0);
        assert_eq!(body["unix_ms"], 0.0);
    }

    #[test]
    fn a_clock_that_cannot_be_asked_claims_nothing() {
        let state = ClockState::Unknown("adjtimex: Operation not permitted".into());
        let body = answer(at("2026-11-30T12:34:49Z"), &state);
        assert_eq!(body["synchronized"], Value::Null);
        assert_eq!(body["max_error_ms"], Value::Null);
        assert_eq!(body["unix_ms"], 1796042089000.0);
    }
}
