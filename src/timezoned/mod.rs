//! The timezone protocol of ezTime, the Arduino/ESP time library, over UDP,
//! as its daemon (`timezoned.rop.nl`, port 2342) speaks it: a device sends
//! a zone's name, part of one, a country code or `GeoIP` (optionally
//! followed by `#` and its version) and gets `OK <zone> <POSIX rule>` or
//! `ERROR <reason>`, with the daemon's reasons. The rules are those of the
//! tz database in use, as the API serves them.
//!
//! - [`packet`]: which packets are queries at all;
//! - [`lookup`]: what a query answers (pure: the database, the place of
//!   the sender and the instant are passed in); [`eztime`]: its rules in
//!   the words ezTime's parser reads;
//! - [`limiter`]: one answer per address per interval, in bounded memory,
//!   so that a forged sender address cannot turn the server into a flood;
//! - [`server`]: the socket, started and stopped by [`crate::serve`].

pub mod eztime;
pub mod limiter;
pub mod lookup;
pub mod packet;
pub mod server;

pub use lookup::{Answer, Reason, Sender, answer};
pub use server::{Timezoned, TimezonedCounters};
