//! The server without a socket: Rocket's local client, on the built-in
//! defaults plus what a test sets, with its clock stopped at an instant.

use chrono::{DateTime, Utc};
use figment::Figment;
use moscow_time::config::{self, Config};
use moscow_time::host_clock::ClockState;
use moscow_time::testing;
use rocket::local::blocking::Client;

use super::{INSTANT, instant};

/// A client for the server showing `zone` at [`INSTANT`].
pub fn client_in(zone: &str) -> Client {
    ClientBuilder::default().set("timezone", zone).build()
}

/// A client for the server showing Moscow at [`INSTANT`].
pub fn client() -> Client {
    client_in("Europe/Moscow")
}

/// Settings and an instant for a local client. By default: the built-in
/// defaults with the embedded tz database, so that answers do not depend on
/// the machine's, and the log off, to keep test output readable; the clock
/// reads [`INSTANT`]; the system clock's state is the kernel's.
pub struct ClientBuilder {
    figment: Figment,
    now: DateTime<Utc>,
    host_clock: Option<ClockState>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            figment: config::defaults()
                .merge(("tzdb", "embedded"))
                .merge(("log_level", "off")),
            now: instant(INSTANT),
            host_clock: None,
        }
    }
}

impl ClientBuilder {
    /// Sets `key` (as `Rocket.toml` spells it) to `value`, over what is set.
    pub fn set(mut self, key: &str, value: impl serde::Serialize) -> Self {
        self.figment = self.figment.merge((key, value));
        self
    }

    /// Stops the clock at `rfc3339` instead.
    pub fn at(mut self, rfc3339: &str) -> Self {
        self.now = instant(rfc3339);
        self
    }

    /// Has the server see the system clock in `state`, whatever the
    /// kernel says.
    pub fn host_clock(mut self, state: ClockState) -> Self {
        self.host_clock = Some(state);
        self
    }

    /// The client, for the server as the tests build it (`testing::rocket_at`).
    pub fn build(self) -> Client {
        let config = Config::from_figment(self.figment).expect("valid configuration");
        let rocket = match self.host_clock {
            Some(state) => testing::rocket_with_clock(&config, self.now, state),
            None => testing::rocket_at(&config, self.now),
        };
        Client::tracked(rocket).expect("valid rocket")
    }
}
