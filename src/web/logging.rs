//! One log line per request on stdout, for people or as JSON, and a line
//! when the server is up. [`super::log_writer`] writes them out in batches.
//!
//! Colours and emoji only when stdout is a terminal, `cli_colors` is on and
//! `NO_COLOR` is not set.

use std::io::IsTerminal;
use std::time::Duration;

use chrono::{SecondsFormat, Utc};
use rocket::config::LogLevel;
use rocket::yansi::{Color, Condition, Paint, Painted, Style};
use rocket::{Orbit, Request, Response, Rocket};
use serde_json::json;

use super::log_writer;
use crate::config::{Config, LogFormat, Settings};

/// Writes the request log.
pub struct RequestLog {
    settings: Settings,
    colors: bool,
    tzdb: crate::tzdb::Zones,
    /// Why the configured tz database folder is not in use, said once after start-up.
    tzdb_note: Option<String>,
}

impl RequestLog {
    pub fn new(config: &Config) -> Self {
        let settings = &config.settings;
        Self {
            settings: settings.clone(),
            colors: settings.log_format == LogFormat::Human && use_colors(settings.cli_colors),
            tzdb: config.zones.clone(),
            tzdb_note: config.tzdb_note.clone(),
        }
    }

    /// `text` in `style` when colours are on, plain otherwise; written
    /// straight into the line, without a string of its own.
    fn paint<'a, T: std::fmt::Display>(&self, style: Style, text: &'a T) -> Painted<&'a T> {
        // Whether to colour is decided here, not by yansi's global switch,
        // which Rocket sets for its own log.
        let condition = if self.colors {
            Condition::ALWAYS
        } else {
            Condition::NEVER
        };
        text.paint(style.whenever(condition))
    }

    /// A request's line: written with the next batch.
    fn write(line: String) {
        log_writer::write(&line);
    }

    /// A line about the server: written at once.
    fn write_now(line: String) {
        log_writer::write_now(&line);
    }
}

/// Whether colours belong on stdout.
pub fn use_colors(configured: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    configured && !no_color && std::io::stdout().is_terminal()
}

/// Writes a line about the server itself (not a request), unless the log is off.
pub fn notice(settings: &Settings, message: &str) {
    if settings.log_level == LogLevel::Off {
        return;
    }
    RequestLog::write_now(match settings.log_format {
        LogFormat::Human => format!("{} {message}\n", timestamp()),
        LogFormat::Json => format!(
            "{}\n",
            json!({ "time": timestamp(), "level": "warn", "message": message })
        ),
    });
}

fn timestamp() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl RequestLog {
    /// The line saying that the server is up, and why the tz database folder
    /// is not in use, if it is not.
    pub fn liftoff(&self, rocket: &Rocket<Orbit>) {
        if self.settings.log_level == LogLevel::Off {
            return;
        }
        let config = rocket.config();
        let url = format!("http://{}:{}", config.address, config.port);
        let version = env!("CARGO_PKG_VERSION");
        let tzdb = self.tzdb.current().to_string();
        Self::write_now(match self.settings.log_format {
            LogFormat::Human => {
                let emoji = if self.colors { "🕰  " } else { "" };
                let url = self.paint(Style::new().bold(), &url);
                format!(
                    "{emoji}moscow-time {version} serving {} on {url} (tz database: {tzdb})\n",
                    self.settings.timezone.first()
                )
            }
            LogFormat::Json => format!(
                "{}\n",
                json!({
                    "time": timestamp(),
                    "level": "info",
                    "message": format!("moscow-time {version} serving {} on {url} (tz database: {tzdb})", self.settings.timezone.first()),
                    "version": version,
                    "timezone": self.settings.timezone.first(),
                    "tzdb": tzdb,
                    "url": url,
                })
            ),
        });
        if let Some(note) = &self.tzdb_note {
            notice(&self.settings, note);
        }
    }

    /// The line for `request`, answered with `response` `elapsed` after it arrived.
    pub fn record(&self, request: &Request<'_>, response: &Response<'_>, elapsed: Duration) {
        if !matches!(self.settings.log_level, LogLevel::Normal | LogLevel::Debug) {
            return;
        }
        let millis = elapsed.as_secs_f64() * 1000.0;
        let status = response.status().code;
        Self::write(match self.settings.log_format {
            LogFormat::Human => {
                let color = match status {
                    500.. => Color::Red,
                    400..500 => Color::Yellow,
                    _ => Color::Green,
                };
                format!(
                    "{} {} {} {} {millis:.2}ms\n",
                    timestamp(),
                    self.paint(Style::new().bold(), &request.method()),
                    request.uri(),
                    self.paint(color.foreground(), &status),
                )
            }
            LogFormat::Json => format!(
                "{}\n",
                json!({
                    "time": timestamp(),
                    "level": if status >= 500 { "error" } else { "info" },
                    "method": request.method().as_str(),
                    "path": request.uri().to_string(),
                    "route": request.route().map(|route| route.uri.as_str()),
                    "status": status,
                    "duration_ms": (millis * 1000.0).round() / 1000.0,
                    "remote": request.client_ip(),
                    "user_agent": request.headers().get_one("User-Agent"),
                })
            ),
        });
    }
}
