//! The integration tests, one file per feature, linked into one test binary
//! (linking the library and Rocket once, not once per file). Tests run in
//! parallel threads of one process: a test that would change what the whole
//! process shares (environment variables, working directory) runs in a
//! process of its own (`common::in_own_process`).

mod common;

mod api;
mod assets;
mod binary;
mod cldr_forms;
mod clock_sync;
mod code_map;
mod compression;
mod config;
mod geoip;
mod host_clock;
mod hostile;
mod hostile_files;
mod languages;
mod manual;
mod metrics;
mod oracle;
mod page;
mod people;
mod place_names;
mod posix;
mod properties;
mod rate_limit;
mod readiness;
mod routes;
mod scheduling;
mod sun;
mod timezoned;
mod translations;
mod tui;
mod tui_hangup;
mod tui_terminal;
mod tui_zones;
mod tzdb;
mod views;
mod zone_pages;
