//! Fixtures shared by the integration tests: Rocket's local client at a
//! fixed instant, the real binary on a free port and the one HTTP `get` to
//! ask it, the one guard that ends a child process, the terminal clock
//! drawn in memory or run in tmux, and a real Prometheus.

pub mod client;
pub mod http;
pub mod process;
pub mod prometheus;
pub mod server;
pub mod tmux;

pub use client::{ClientBuilder, client, client_in};
pub use http::{HttpResponse, get, get_from, raw};
pub use process::{
    BINARY, ChildGuard, PATIENCE, command, in_own_process, signal, this_test, wait_for,
    without_outside_settings,
};
pub use server::Server;

use chrono::{DateTime, Utc};

/// An instant when Moscow was on UTC+4 all year: 16:00 MSK.
pub const INSTANT: &str = "2012-06-01T12:00:00Z";

/// The instant that `rfc3339` names.
pub fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

/// What a `width` × `height` terminal shows for the clock `app`: one line
/// per row, trailing blanks left out.
pub fn screen(app: &moscow_time::tui::App, width: u16, height: u16) -> String {
    use ratatui::{Terminal, backend::TestBackend};
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("drawing on a test terminal");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
