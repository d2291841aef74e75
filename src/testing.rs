//! What the tests in `tests/` need beyond the library's API: the server with
//! its clock stopped at an instant (and, if asked, the system clock's state
//! fixed), and the terminal clock's own set-up.
//! Built only with the `testing` feature, which the tests turn on, so no
//! build of the binary carries it.

use chrono::{DateTime, Utc};
use ratatui::DefaultTerminal;
use rocket::{Build, Rocket};

use crate::config::Config;
use crate::host_clock::{ClockState, HostClock};
use crate::startup::Runtime;
use crate::tui::TuiError;
use crate::web::{self, Now};

/// The server of [`web::rocket`], with every view showing `instant`.
///
/// # Panics
/// When `config` names a zone its tz database does not have.
pub fn rocket_at(config: &Config, instant: DateTime<Utc>) -> Rocket<Build> {
    let runtime = Runtime::open_to_serve(config.clone()).expect("the configured zones exist");
    web::rocket_at(&runtime, Now::Fixed(instant))
}

/// The same, with the kernel's view of the system clock fixed at `clock`
/// instead of read.
///
/// # Panics
/// When `config` names a zone its tz database does not have.
pub fn rocket_with_clock(
    config: &Config,
    instant: DateTime<Utc>,
    clock: ClockState,
) -> Rocket<Build> {
    let mut runtime = Runtime::open_to_serve(config.clone()).expect("the configured zones exist");
    runtime.host_clock = HostClock::with_state(clock);
    web::rocket_at(&runtime, Now::Fixed(instant))
}

/// Puts the terminal in the clock's modes, as `moscow-time tui` does.
pub fn enter_terminal() -> Result<DefaultTerminal, TuiError> {
    crate::tui::enter_terminal()
}
