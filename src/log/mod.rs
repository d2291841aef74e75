//! The log on stdout: lines about the server itself (notices), for people
//! or as JSON, and the settings every line is written by, built once from
//! the configuration. The request lines are the web layer's
//! ([`crate::web::layers::request_log`]); all go through one [`writer`].
//!
//! Colours and emoji only when stdout is a terminal, `cli_colors` is on and
//! `NO_COLOR` is not set.

pub mod writer;

use std::io::IsTerminal;

use chrono::{SecondsFormat, Utc};
use rocket::config::LogLevel;
use serde_json::json;

use crate::config::{LogFormat, Settings};

pub use writer::{flush, write, write_now};

/// How the log is written: what of the settings every line needs, small
/// enough to copy to each place that writes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogSettings {
    /// `off`: nothing; `critical`: notices and the start-up line only;
    /// `normal` and `debug`: request lines too.
    pub level: LogLevel,
    pub format: LogFormat,
    /// Whether human lines are coloured.
    pub colors: bool,
}

impl LogSettings {
    /// The log as `settings` configure it, for the stdout this process has.
    pub fn new(settings: &Settings) -> Self {
        Self {
            level: settings.log_level,
            format: settings.log_format,
            colors: settings.log_format == LogFormat::Human && use_colors(settings.cli_colors),
        }
    }

    /// Whether anything is written at all.
    pub fn is_on(self) -> bool {
        self.level != LogLevel::Off
    }

    /// Whether a line is written for each request.
    pub fn requests(self) -> bool {
        matches!(self.level, LogLevel::Normal | LogLevel::Debug)
    }
}

/// Whether colours belong on stdout.
pub fn use_colors(configured: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    configured && !no_color && std::io::stdout().is_terminal()
}

/// How much a notice matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The server is doing what it was asked to: draining, new zone rules.
    Info,
    /// Something is not as configured: a folder not in use, a thread that
    /// could not start, connections closed at shutdown.
    Warn,
    /// Something failed that should not have: a page that could not be
    /// rendered, a body that could not be read.
    Error,
}

/// Writes a line about the server itself (not a request) at once, unless
/// the log is off; JSON lines carry its `level`.
pub fn notice(log: LogSettings, level: Level, message: &str) {
    if !log.is_on() {
        return;
    }
    write_now(&match log.format {
        LogFormat::Human => format!("{} {message}\n", timestamp()),
        LogFormat::Json => {
            let level = match level {
                Level::Info => "info",
                Level::Warn => "warn",
                Level::Error => "error",
            };
            format!(
                "{}\n",
                json!({ "time": timestamp(), "level": level, "message": message })
            )
        }
    });
}

/// Now, as every line starts: `2026-12-07T04:31:28.123Z`.
pub fn timestamp() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}
