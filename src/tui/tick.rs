//! When to redraw: just after each wall-clock second begins.
//!
//! The wait is computed afresh from the system clock before every sleep, so
//! errors never add up: the display neither drifts nor skips a second.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// How long after a second begins the redraw is aimed at, so that a wake-up
/// a little early or late still lands in the new second.
pub const SLACK: Duration = Duration::from_millis(5);

/// How long to sleep at `now` so as to wake [`SLACK`] after the next second
/// begins.
pub fn until_next_second(now: DateTime<Utc>) -> Duration {
    // During a leap second chrono counts the nanoseconds past one billion.
    let into_second = now.timestamp_subsec_nanos().min(999_999_999);
    Duration::from_nanos(u64::from(1_000_000_000 - into_second)) + SLACK
}
