//! moscow-time: the current time in Moscow, or any IANA zone, as a web page,
//! a JSON API and a terminal clock, from one binary.
//!
//! No `unsafe` but in `host_clock::sys`, the one read of the kernel's clock,
//! where it is allowed for that call alone.
#![deny(unsafe_code)]

pub mod cli;
pub mod clock;
pub mod clock_change;
pub mod comparison;
pub mod config;
pub mod convert;
pub mod geoip;
pub mod healthcheck;
pub mod host_clock;
pub mod locale;
pub mod log;
pub mod places;
pub mod posix_tz;
pub mod posix_tz_db;
pub mod serve;
pub mod startup;
pub mod sun;
#[cfg(feature = "testing")]
pub mod testing;
pub mod timezoned;
pub mod tui;
pub mod tzdb;
pub mod web;
pub mod worldtime;
pub mod zone;
pub mod zone_search;
