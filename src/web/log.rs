//! The log on stdout: one line per request, for people or as JSON, a line
//! when the server is up, and lines about the server itself (notices).
//!
//! Colours and emoji only when stdout is a terminal, `cli_colors` is on and
//! `NO_COLOR` is not set.
//!
//! A request's line is appended to a buffer in memory; a thread of its own
//! writes whatever has gathered [`BATCH_WINDOW`] after the first line of a
//! batch, in one system call. Under load that is one write for hundreds of
//! lines instead of one per line; an idle server has nothing to wake for.
//! Lines about the server itself are written out at once, and [`flush`]
//! writes out the rest when the server stops, so no line is lost on a
//! graceful shutdown.

use std::io::{IsTerminal, Write};
use std::sync::{Condvar, LazyLock, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{SecondsFormat, Utc};
use rocket::config::LogLevel;
use rocket::yansi::{Color, Condition, Paint, Painted, Style};
use rocket::{Orbit, Request, Response, Rocket};
use serde_json::json;

use crate::config::{LogFormat, Settings};
use crate::startup::Runtime;

/// Writes the request log.
pub struct RequestLog {
    settings: Settings,
    colors: bool,
    tzdb: crate::tzdb::Zones,
    /// Why the configured tz database folder is not in use, said once after start-up.
    tzdb_note: Option<String>,
}

impl RequestLog {
    pub fn new(runtime: &Runtime) -> Self {
        let settings = &runtime.config.settings;
        Self {
            settings: settings.clone(),
            colors: settings.log_format == LogFormat::Human && use_colors(settings.cli_colors),
            tzdb: runtime.zones.clone(),
            tzdb_note: runtime.tzdb_note.clone(),
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
}

/// Writes a line about the server itself (not a request), unless the log is
/// off; JSON lines carry its `level`.
pub fn notice(settings: &Settings, level: Level, message: &str) {
    if settings.log_level == LogLevel::Off {
        return;
    }
    write_now(&match settings.log_format {
        LogFormat::Human => format!("{} {message}\n", timestamp()),
        LogFormat::Json => {
            let level = match level {
                Level::Info => "info",
                Level::Warn => "warn",
            };
            format!(
                "{}\n",
                json!({ "time": timestamp(), "level": level, "message": message })
            )
        }
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
        write_now(&match self.settings.log_format {
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
            notice(&self.settings, Level::Warn, note);
        }
    }

    /// The line for `request`, answered with `response` `elapsed` after it arrived.
    pub fn record(&self, request: &Request<'_>, response: &Response<'_>, elapsed: Duration) {
        if !matches!(self.settings.log_level, LogLevel::Normal | LogLevel::Debug) {
            return;
        }
        let millis = elapsed.as_secs_f64() * 1000.0;
        let status = response.status().code;
        write(&match self.settings.log_format {
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

/// How long the first line of a batch waits for others to join it.
const BATCH_WINDOW: Duration = Duration::from_millis(50);

/// Beyond this many bytes waiting, the request that adds to them writes them
/// out itself: a stdout that cannot keep up slows the server down rather
/// than growing the buffer without end.
const MAX_PENDING: usize = 256 * 1024;

struct Batches {
    /// Lines not yet written.
    pending: Mutex<Vec<u8>>,
    /// Signalled when a line arrives in an empty buffer.
    arrived: Condvar,
    /// Held while writing, so that batches reach stdout in order.
    output: Mutex<()>,
    /// Whether the writing thread runs; if it could not start, every line
    /// is written at once.
    batching: bool,
}

static BATCHES: LazyLock<Batches> = LazyLock::new(|| Batches {
    pending: Mutex::new(Vec::new()),
    arrived: Condvar::new(),
    output: Mutex::new(()),
    batching: std::thread::Builder::new()
        .name("log-writer".into())
        .spawn(write_batches)
        .is_ok(),
});

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A line is bytes: a panic elsewhere cannot leave it half-made.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Adds `line` (ending in a newline) to the next batch.
pub fn write(line: &str) {
    let batches = &*BATCHES;
    let mut pending = lock(&batches.pending);
    let was_empty = pending.is_empty();
    pending.extend_from_slice(line.as_bytes());
    let full = pending.len() >= MAX_PENDING;
    drop(pending);
    if full || !batches.batching {
        flush();
    } else if was_empty {
        batches.arrived.notify_one();
    }
}

/// Writes `line` and every line before it out now.
pub fn write_now(line: &str) {
    lock(&BATCHES.pending).extend_from_slice(line.as_bytes());
    flush();
}

/// Writes every line so far to stdout.
pub fn flush() {
    let batches = &*BATCHES;
    let _writing = lock(&batches.output);
    let batch = std::mem::take(&mut *lock(&batches.pending));
    if !batch.is_empty() {
        let mut stdout = std::io::stdout().lock();
        // A closed stdout must not take the server down.
        let _ = stdout.write_all(&batch).and_then(|()| stdout.flush());
    }
}

/// The writing thread: waits for a line, lets a batch gather, writes it.
fn write_batches() {
    let batches = &*BATCHES;
    loop {
        let pending = lock(&batches.pending);
        let pending = batches
            .arrived
            .wait_while(pending, |pending| pending.is_empty())
            .unwrap_or_else(PoisonError::into_inner);
        drop(pending);
        std::thread::sleep(BATCH_WINDOW);
        flush();
    }
}
