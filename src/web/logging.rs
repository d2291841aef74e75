//! One log line per request on stdout, and a line when the server is up.
//!
//! Colours and emoji only when stdout is a terminal, `cli_colors` is on and
//! `NO_COLOR` is not set.

use std::io::{IsTerminal, Write};
use std::time::Instant;

use chrono::{SecondsFormat, Utc};
use rocket::config::LogLevel;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Orbit, Request, Response, Rocket};

use crate::config::Settings;

/// Writes the request log.
pub struct RequestLog {
    level: LogLevel,
    colors: bool,
    zone: &'static str,
}

/// When the request arrived, kept in the request's local cache.
struct Arrival(Instant);

impl RequestLog {
    pub fn new(settings: &Settings) -> Self {
        Self {
            level: settings.log_level,
            colors: use_colors(settings.cli_colors),
            zone: settings.timezone.name(),
        }
    }

    fn paint(&self, code: &str, text: impl std::fmt::Display) -> String {
        if self.colors {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Whether colours belong on stdout.
pub fn use_colors(configured: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    configured && !no_color && std::io::stdout().is_terminal()
}

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "Request log",
            kind: Kind::Request | Kind::Response | Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        if self.level == LogLevel::Off {
            return;
        }
        let config = rocket.config();
        let emoji = if self.colors { "🕰  " } else { "" };
        let url = self.paint(
            "1",
            format_args!("http://{}:{}", config.address, config.port),
        );
        println!(
            "{emoji}moscow-time {} serving {} on {url}",
            env!("CARGO_PKG_VERSION"),
            self.zone
        );
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        request.local_cache(|| Arrival(Instant::now()));
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        if !matches!(self.level, LogLevel::Normal | LogLevel::Debug) {
            return;
        }
        let elapsed = request.local_cache(|| Arrival(Instant::now())).0.elapsed();
        let status = response.status().code;
        let color = match status {
            500.. => "31",
            400..500 => "33",
            _ => "32",
        };
        let line = format!(
            "{} {} {} {} {:.2}ms\n",
            Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
            self.paint("1", request.method()),
            request.uri(),
            self.paint(color, status),
            elapsed.as_secs_f64() * 1000.0,
        );
        // A closed stdout must not take the server down.
        let _ = std::io::stdout().lock().write_all(line.as_bytes());
    }
}
