//! The request log: one line per request, for people or as JSON, and the
//! line saying that the server is up. Written through [`crate::log`].

use std::time::Duration;

use rocket::yansi::{Color, Condition, Paint, Painted, Style};
use rocket::{Orbit, Request, Response, Rocket};
use serde_json::json;

use crate::config::LogFormat;
use crate::log::{self, Level, LogSettings};
use crate::startup::Runtime;

/// Writes the request log.
pub struct RequestLog {
    log: LogSettings,
    /// The configured zone, for the line saying the server is up.
    zone: String,
    tzdb: crate::tzdb::Zones,
    /// Why the configured tz database folder is not in use, said once after start-up.
    tzdb_note: Option<String>,
}

impl RequestLog {
    pub fn new(runtime: &Runtime) -> Self {
        let settings = &runtime.config.settings;
        Self {
            log: LogSettings::new(settings),
            zone: settings.timezone.first().to_owned(),
            tzdb: runtime.zones.clone(),
            tzdb_note: runtime.tzdb_note.clone(),
        }
    }

    /// `text` in `style` when colours are on, plain otherwise; written
    /// straight into the line, without a string of its own.
    fn paint<'a, T: std::fmt::Display>(&self, style: Style, text: &'a T) -> Painted<&'a T> {
        // Whether to colour is decided here, not by yansi's global switch,
        // which Rocket sets for its own log.
        let condition = if self.log.colors {
            Condition::ALWAYS
        } else {
            Condition::NEVER
        };
        text.paint(style.whenever(condition))
    }
}

impl RequestLog {
    /// The line saying that the server is up, and why the tz database folder
    /// is not in use, if it is not.
    pub fn liftoff(&self, rocket: &Rocket<Orbit>) {
        if !self.log.is_on() {
            return;
        }
        let config = rocket.config();
        let url = format!("http://{}:{}", config.address, config.port);
        let version = env!("CARGO_PKG_VERSION");
        let tzdb = self.tzdb.current().to_string();
        log::write_now(&match self.log.format {
            LogFormat::Human => {
                let emoji = if self.log.colors { "🕰  " } else { "" };
                let url = self.paint(Style::new().bold(), &url);
                format!(
                    "{emoji}moscow-time {version} serving {} on {url} (tz database: {tzdb})\n",
                    self.zone
                )
            }
            LogFormat::Json => format!(
                "{}\n",
                json!({
                    "time": log::timestamp(),
                    "level": "info",
                    "message": format!("moscow-time {version} serving {} on {url} (tz database: {tzdb})", self.zone),
                    "version": version,
                    "timezone": self.zone,
                    "tzdb": tzdb,
                    "url": url,
                })
            ),
        });
        if let Some(note) = &self.tzdb_note {
            log::notice(self.log, Level::Warn, note);
        }
    }

    /// A line saying what failed in answering a request.
    pub fn error(&self, message: &str) {
        log::notice(self.log, Level::Error, message);
    }

    /// The line for `request`, answered with `response` `elapsed` after it arrived.
    pub fn record(&self, request: &Request<'_>, response: &Response<'_>, elapsed: Duration) {
        if !self.log.requests() {
            return;
        }
        let millis = elapsed.as_secs_f64() * 1000.0;
        let status = response.status().code;
        log::write(&match self.log.format {
            LogFormat::Human => {
                let color = match status {
                    500.. => Color::Red,
                    400..500 => Color::Yellow,
                    _ => Color::Green,
                };
                format!(
                    "{} {} {} {} {millis:.2}ms\n",
                    log::timestamp(),
                    self.paint(Style::new().bold(), &request.method()),
                    request.uri(),
                    self.paint(color.foreground(), &status),
                )
            }
            LogFormat::Json => format!(
                "{}\n",
                json!({
                    "time": log::timestamp(),
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
