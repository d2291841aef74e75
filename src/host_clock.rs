//! What the kernel says about its own clock: whether it is synchronized (to
//! NTP, PTP…) and how far off it may be. A time service is only as right as
//! the clock it reads.
//!
//! One read-only `adjtimex(2)` call ([`sys`], Linux only) gives the
//! kernel's clock discipline as [`Timex`]; [`Discipline::from_timex`]
//! interprets it, with the names and meanings of Prometheus node_exporter's
//! `timex` collector. Where the call cannot be made (another system, a
//! seccomp profile that refuses it) the state is [`ClockState::Unknown`]:
//! never an error. [`HostClock`] keeps the last reading, which the probes and
//! the metrics show, and [`HostClock::watch`] reads again every few seconds,
//! reporting a change of [`Trust`] once.

#[allow(unsafe_code)]
mod sys;

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;

// The kernel's values, from <linux/timex.h>: kept here so that the
// interpretation is the same, and tested, on every system.
/// `adjtimex`'s answer: no leap second pending.
pub const TIME_OK: i32 = 0;
/// A leap second is to be inserted at the end of the UTC day.
pub const TIME_INS: i32 = 1;
/// A leap second is to be deleted at the end of the UTC day.
pub const TIME_DEL: i32 = 2;
/// The inserted leap second is under way.
pub const TIME_OOP: i32 = 3;
/// The leap second has happened.
pub const TIME_WAIT: i32 = 4;
/// The clock is not synchronized (or the PPS signal is in error).
pub const TIME_ERROR: i32 = 5;
/// Status bit: insert a leap second.
pub const STA_INS: i32 = 0x0010;
/// Status bit: delete a leap second.
pub const STA_DEL: i32 = 0x0020;
/// Status bit: the clock is not synchronized.
pub const STA_UNSYNC: i32 = 0x0040;
/// Status bit: `offset` is in nanoseconds, not microseconds.
pub const STA_NANO: i32 = 0x2000;

/// The largest maximum error at which the clock is still trusted, in
/// seconds: the page and the terminal show whole seconds, so a clock that
/// may be a second off may show the wrong one. A synchronized clock's is
/// milliseconds; a clock that lost its time source grows 0.5 ms each
/// second, so it passes this bound after some 33 minutes on its own.
pub const MAX_ERROR_BOUND: f64 = 1.0;

/// How often [`HostClock::watch`] reads the clock again.
pub const WATCH_EVERY: Duration = Duration::from_secs(5);

/// The fields of `struct timex` that say how the clock is doing, and the
/// call's answer, as the kernel gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timex {
    /// What `adjtimex` returned: [`TIME_OK`] … [`TIME_ERROR`].
    pub state: i32,
    /// The status bits (`STA_*`).
    pub status: i32,
    /// The time offset: microseconds, or nanoseconds with [`STA_NANO`].
    pub offset: i64,
    /// The frequency offset, in ppm with a 16-bit binary fraction.
    pub freq: i64,
    /// The maximum error, in microseconds.
    pub maxerror: i64,
    /// The estimated error, in microseconds.
    pub esterror: i64,
    /// TAI − UTC, in seconds.
    pub tai: i32,
}

/// A leap second, as the kernel knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leap {
    /// None pending.
    None,
    /// One to be inserted at the end of this UTC day.
    Insert,
    /// One to be deleted at the end of this UTC day.
    Delete,
    /// The inserted second is under way.
    InProgress,
    /// It has happened; the flag is not yet cleared.
    Done,
}

impl Leap {
    /// `none`, `insert`, `delete`, `in_progress` or `done`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Insert => "insert",
            Self::Delete => "delete",
            Self::InProgress => "in_progress",
            Self::Done => "done",
        }
    }
}

/// The kernel's clock discipline, in seconds and ratios.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Discipline {
    /// Whether the kernel counts its clock as synchronized: neither
    /// [`STA_UNSYNC`] set nor [`TIME_ERROR`] returned.
    pub synchronized: bool,
    /// How far the clock may be from true time at most, in seconds.
    pub max_error: f64,
    /// How far it is estimated to be, in seconds.
    pub estimated_error: f64,
    /// The offset still being corrected, in seconds.
    pub offset: f64,
    /// How much faster (positive) or slower the clock is being run, as a
    /// ratio (1e-6 is 1 ppm).
    pub frequency_ratio: f64,
    /// TAI − UTC, in seconds (0 when no one told the kernel).
    pub tai_offset: i32,
    /// The status bits, as node_exporter's `node_timex_status` has them.
    pub status: i32,
    /// A leap second pending, under way or done.
    pub leap: Leap,
}

impl Discipline {
    /// Interprets what `adjtimex` said.
    pub fn from_timex(timex: &Timex) -> Self {
        let offset_unit = if timex.status & STA_NANO != 0 {
            1e-9
        } else {
            1e-6
        };
        let leap = match timex.state {
            TIME_INS => Leap::Insert,
            TIME_DEL => Leap::Delete,
            TIME_OOP => Leap::InProgress,
            TIME_WAIT => Leap::Done,
            // TIME_ERROR hides the leap state; the status bits still say
            // what is pending.
            TIME_ERROR if timex.status & STA_INS != 0 => Leap::Insert,
            TIME_ERROR if timex.status & STA_DEL != 0 => Leap::Delete,
            _ => Leap::None,
        };
        Self {
            synchronized: timex.state != TIME_ERROR && timex.status & STA_UNSYNC == 0,
            max_error: timex.maxerror as f64 * 1e-6,
            estimated_error: timex.esterror as f64 * 1e-6,
            offset: timex.offset as f64 * offset_unit,
            // Scaled ppm: 2^16 is 1 ppm.
            frequency_ratio: timex.freq as f64 / 65536.0 / 1e6,
            tai_offset: timex.tai,
            status: timex.status,
            leap,
        }
    }
}

/// The clock's state: what the kernel said, or why it could not be asked.
#[derive(Debug, Clone, PartialEq)]
pub enum ClockState {
    /// The kernel answered.
    Known(Discipline),
    /// It could not be asked: another system, or a sandbox that refuses
    /// the call. Nothing is claimed about the clock.
    Unknown(String),
}

impl ClockState {
    /// The kernel's answer now.
    pub fn read() -> Self {
        Self::from_read(sys::read())
    }

    /// The state a read gave.
    pub fn from_read(read: std::io::Result<Timex>) -> Self {
        match read {
            Ok(timex) => Self::Known(Discipline::from_timex(&timex)),
            Err(error) => Self::Unknown(format!("adjtimex: {error}")),
        }
    }

    /// Whether the time it gives can be trusted to the second.
    pub fn trust(&self) -> Trust {
        match self {
            Self::Unknown(_) => Trust::Unknown,
            Self::Known(clock) if !clock.synchronized => Trust::Unsynchronized,
            Self::Known(clock) if clock.max_error > MAX_ERROR_BOUND => Trust::ErrorTooLarge,
            Self::Known(_) => Trust::Trusted,
        }
    }
}

/// Whether the clock's time can be trusted to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// Synchronized, and at most [`MAX_ERROR_BOUND`] off.
    Trusted,
    /// The kernel says it is not synchronized.
    Unsynchronized,
    /// Synchronized, but it may be more than [`MAX_ERROR_BOUND`] off.
    ErrorTooLarge,
    /// Its state cannot be read: nothing is claimed.
    Unknown,
}

impl Trust {
    /// Whether the clock is known to be untrustworthy (an unknown one is not).
    pub fn is_bad(self) -> bool {
        matches!(self, Self::Unsynchronized | Self::ErrorTooLarge)
    }
}

/// A change of [`Trust`], as the log says it once.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What it was.
    pub from: Trust,
    /// The state it changed to.
    pub to: ClockState,
}

impl Change {
    /// Whether the clock went from trusted or unknown to untrustworthy.
    pub fn is_worse(&self) -> bool {
        self.to.trust().is_bad() && !self.from.is_bad()
    }
}

/// `the system clock is not synchronized (maximum error 16.000 s)`, …
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.to {
            ClockState::Unknown(reason) => write!(
                f,
                "the system clock's state cannot be read ({reason}); it is not checked"
            ),
            ClockState::Known(clock) => {
                let max_error = clock.max_error;
                match self.to.trust() {
                    Trust::Unsynchronized => write!(
                        f,
                        "the system clock is not synchronized (maximum error \
                         {max_error:.3} s): the time served may be wrong"
                    ),
                    Trust::ErrorTooLarge => write!(
                        f,
                        "the system clock may be {max_error:.3} s off, over the \
                         {MAX_ERROR_BOUND} s bound: the time served may be wrong"
                    ),
                    _ => write!(
                        f,
                        "the system clock is synchronized (maximum error {max_error:.3} s)"
                    ),
                }
            }
        }
    }
}

/// The clock's last reading, shared by every request, read again by
/// [`HostClock::watch`].
#[derive(Debug, Clone)]
pub struct HostClock {
    last: Arc<RwLock<ClockState>>,
    /// The trust last reported; before any report, trusted, so that a
    /// clock untrustworthy at start-up is reported.
    reported: Arc<Mutex<Trust>>,
}

impl HostClock {
    /// Reads the clock once.
    pub fn open() -> Self {
        Self::with_state(ClockState::read())
    }

    /// A clock whose last reading is `state`.
    pub fn with_state(state: ClockState) -> Self {
        Self {
            last: Arc::new(RwLock::new(state)),
            reported: Arc::new(Mutex::new(Trust::Trusted)),
        }
    }

    /// The last reading.
    pub fn current(&self) -> ClockState {
        self.last
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Reads the clock now and every `every` after, on a thread of its own,
    /// calling `report` when its [`Trust`] changes (at start-up, when it is
    /// other than trusted): once per change, not on every read.
    pub fn watch(
        &self,
        every: Duration,
        report: impl Fn(&Change) + Send + 'static,
    ) -> std::io::Result<()> {
        let clock = self.clone();
        std::thread::Builder::new()
            .name("clock-watch".into())
            .spawn(move || {
                loop {
                    clock.update(ClockState::read(), &report);
                    std::thread::sleep(every);
                }
            })
            .map(drop)
    }

    /// Keeps `state` as the last reading, calling `report` first when its
    /// trust differs from the one last reported: whoever sees what changed
    /// (a 503 from `/ready`) finds the reason in the log already.
    pub fn update(&self, state: ClockState, report: impl Fn(&Change)) {
        {
            let mut reported = self.reported.lock().unwrap_or_else(PoisonError::into_inner);
            let trust = state.trust();
            if trust != *reported {
                report(&Change {
                    from: *reported,
                    to: state.clone(),
                });
                *reported = trust;
            }
        }
        *self.last.write().unwrap_or_else(PoisonError::into_inner) = state;
    }
}

/// Recorded readings, for the tests here and in `tests/`.
#[cfg(any(test, feature = "testing"))]
pub mod recorded {
    use super::{STA_UNSYNC, TIME_ERROR, TIME_OK, Timex};

    /// A clock chrony keeps: synchronized, 1.2 ms off at most, nanosecond
    /// offsets.
    pub const SYNCED: Timex = Timex {
        state: TIME_OK,
        status: 0x2001, // STA_PLL | STA_NANO
        offset: -23_456,
        freq: -1_234_567,
        maxerror: 1_200,
        esterror: 85,
        tai: 37,
    };

    /// A clock with no time source, the kernel's maximum error at its 16 s
    /// ceiling.
    pub const UNSYNCED: Timex = Timex {
        state: TIME_ERROR,
        status: STA_UNSYNC,
        offset: 0,
        freq: 0,
        maxerror: 16_000_000,
        esterror: 16_000_000,
        tai: 0,
    };
}

#[cfg(test)]
mod tests {
    use super::recorded::{SYNCED, UNSYNCED};
    use super::*;

    fn discipline(timex: Timex) -> Discipline {
        Discipline::from_timex(&timex)
    }

    #[test]
    fn a_synchronized_clock_reads_in_seconds_and_ratios() {
        let clock = discipline(SYNCED);
        assert!(clock.synchronized);
        assert!((clock.max_error - 0.0012).abs() < 1e-12);
        assert!((clock.estimated_error - 0.000_085).abs() < 1e-12);
        // STA_NANO: nanoseconds.
        assert!((clock.offset - -0.000_023_456).abs() < 1e-15);
        // -1234567 / 65536 ppm = -18.838 ppm.
        assert!((clock.frequency_ratio - -18.838_0e-6).abs() < 1e-9);
        assert_eq!(clock.tai_offset, 37);
        assert_eq!(clock.status, 0x2001);
        assert_eq!(clock.leap, Leap::None);
        assert_eq!(ClockState::Known(clock).trust(), Trust::Trusted);
    }

    #[test]
    fn without_sta_nano_the_offset_is_in_microseconds() {
        let clock = discipline(Timex {
            status: 0x0001,
            offset: 2_500,
            ..SYNCED
        });
        assert!((clock.offset - 0.0025).abs() < 1e-12);
    }

    #[test]
    fn an_unsynchronized_clock_is_not_trusted() {
        let clock = discipline(UNSYNCED);
        assert!(!clock.synchronized);
        assert_eq!(clock.max_error, 16.0);
        assert_eq!(clock.estimated_error, 16.0);
        let state = ClockState::Known(clock);
        assert_eq!(state.trust(), Trust::Unsynchronized);
        assert!(state.trust().is_bad());
    }

    #[test]
    fn sta_unsync_alone_makes_the_clock_unsynchronized() {
        let clock = discipline(Timex {
            status: STA_UNSYNC,
            ..SYNCED
        });
        assert!(!clock.synchronized);
    }

    #[test]
    fn a_leap_second_to_insert_is_seen_whatever_the_answer() {
        let inserting = discipline(Timex {
            state: TIME_INS,
            status: 0x2001 | STA_INS,
            ..SYNCED
        });
        assert_eq!(inserting.leap, Leap::Insert);
        assert!(inserting.synchronized);
        let unsynced = discipline(Timex {
            status: STA_UNSYNC | STA_INS,
            ..UNSYNCED
        });
        assert_eq!(unsynced.leap, Leap::Insert);
        let leaps = [
            (TIME_DEL, Leap::Delete),
            (TIME_OOP, Leap::InProgress),
            (TIME_WAIT, Leap::Done),
        ];
        for (state, leap) in leaps {
            assert_eq!(discipline(Timex { state, ..SYNCED }).leap, leap);
        }
    }

    #[test]
    fn a_synchronized_clock_with_a_huge_maximum_error_is_not_trusted() {
        let clock = discipline(Timex {
            maxerror: 2_500_000,
            ..SYNCED
        });
        assert!(clock.synchronized);
        assert_eq!(ClockState::Known(clock).trust(), Trust::ErrorTooLarge);
        let at_the_bound = discipline(Timex {
            maxerror: 1_000_000,
            ..SYNCED
        });
        assert_eq!(ClockState::Known(at_the_bound).trust(), Trust::Trusted);
    }

    #[test]
    fn a_clock_that_cannot_be_read_is_unknown_and_not_bad() {
        let refused = std::io::Error::from_raw_os_error(1); // EPERM, as seccomp answers
        let state = ClockState::from_read(Err(refused));
        let ClockState::Unknown(reason) = &state else {
            panic!("{state:?}")
        };
        assert!(reason.starts_with("adjtimex: "), "{reason}");
        assert_eq!(state.trust(), Trust::Unknown);
        assert!(!state.trust().is_bad());
    }

    #[test]
    fn a_change_of_trust_is_reported_once() {
        let clock = HostClock::with_state(ClockState::Known(discipline(SYNCED)));
        let reports = std::cell::RefCell::new(Vec::new());
        let report = |change: &Change| {
            reports
                .borrow_mut()
                .push((change.is_worse(), change.to_string()))
        };
        let states = [SYNCED, UNSYNCED, UNSYNCED, SYNCED, SYNCED];
        for timex in states {
            clock.update(ClockState::Known(discipline(timex)), report);
        }
        clock.update(ClockState::Unknown("adjtimex: refused".into()), report);
        clock.update(ClockState::Unknown("adjtimex: refused".into()), report);
        assert_eq!(
            reports.into_inner(),
            [
                (
                    true,
                    "the system clock is not synchronized (maximum error 16.000 s): \
                     the time served may be wrong"
                        .to_owned()
                ),
                (
                    false,
                    "the system clock is synchronized (maximum error 0.001 s)".to_owned()
                ),
                (
                    false,
                    "the system clock's state cannot be read (adjtimex: refused); \
                     it is not checked"
                        .to_owned()
                ),
            ]
        );
        assert!(matches!(clock.current(), ClockState::Unknown(_)));
    }

    #[test]
    fn an_untrustworthy_clock_at_start_up_is_reported() {
        let clock = HostClock::with_state(ClockState::Known(discipline(UNSYNCED)));
        let reports = std::cell::Cell::new(0);
        let state = ClockState::Known(discipline(UNSYNCED));
        clock.update(state.clone(), |_| reports.set(reports.get() + 1));
        clock.update(state, |_| reports.set(reports.get() + 1));
        assert_eq!(reports.get(), 1);
    }
}
