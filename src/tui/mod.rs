//! `moscow-time tui`: the clock full-screen in a terminal.
//!
//! The loop sleeps until the next wall-clock second, a key or a resize, and
//! redraws then; nothing else wakes it, so an idle clock costs next to no CPU.
//! The terminal is restored however the clock stops: a quit key, a
//! termination signal, an error, or a panic (through the hook that
//! [`ratatui::try_init`] installs).

pub mod app;
pub mod font;
pub mod tick;
pub mod ui;

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Utc;
use crossterm::event::{self, Event};
use ratatui::DefaultTerminal;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::flag;

pub use app::App;

use crate::config::Config;

/// Why the terminal clock could not run.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    /// stdin or stdout is redirected, e.g. to a file or a pipe.
    #[error("the terminal UI needs a terminal: {0}")]
    NotATerminal(&'static str),
    /// The signal handlers could not be installed.
    #[error("cannot watch for termination signals: {0}")]
    Signals(#[source] io::Error),
    /// Reading from or writing to the terminal failed.
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
}

/// Shows the clock for the configured zone until the user quits or a
/// termination signal (`SIGTERM`, `SIGHUP`, `SIGINT`) arrives.
pub fn run(config: &Config) -> Result<(), TuiError> {
    require_terminal(io::stdin().is_terminal(), io::stdout().is_terminal())?;
    let stop = watch_signals().map_err(TuiError::Signals)?;
    let mut app = App::new(config.zone(), Utc::now());

    let mut terminal = ratatui::try_init().inspect_err(|_| {
        // Undo whatever part of the set-up succeeded; the set-up error is
        // the one worth reporting.
        let _ = ratatui::try_restore();
    })?;
    let result = event_loop(&mut terminal, &mut app, &stop);
    let restored = ratatui::try_restore();
    result?;
    Ok(restored?)
}

/// Checks that both ends the clock uses are terminals, before anything is
/// written to them.
pub fn require_terminal(stdin: bool, stdout: bool) -> Result<(), TuiError> {
    match (stdin, stdout) {
        (true, true) => Ok(()),
        (false, true) => Err(TuiError::NotATerminal("stdin is not a terminal")),
        (true, false) => Err(TuiError::NotATerminal("stdout is not a terminal")),
        (false, false) => Err(TuiError::NotATerminal("stdin and stdout are not terminals")),
    }
}

/// A flag raised by `SIGTERM`, `SIGHUP` or `SIGINT`, so that the loop stops
/// and restores the terminal. A second signal ends the process at once, in
/// case the first one could not be acted on.
fn watch_signals() -> io::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        // The shutdown goes first, so that it sees the flag as the previous
        // signal left it.
        flag::register_conditional_shutdown(signal, 1, Arc::clone(&stop))?;
        flag::register(signal, Arc::clone(&stop))?;
    }
    Ok(stop)
}

/// Draws the clock, then sleeps until the next second, a key or a resize,
/// until the user quits or `stop` is raised.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, stop: &AtomicBool) -> io::Result<()> {
    while !app.should_quit() {
        // The time shown is read when drawing, not when the sleep began.
        app.set_now(Utc::now());
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        // A signal interrupts the sleep only for crossterm to resume it, so
        // the flag is seen at the next second at the latest.
        if event::poll(tick::until_next_second(Utc::now()))?
            && let Event::Key(key) = event::read()?
        {
            app.handle_key(key);
        }
        if stop.load(Ordering::SeqCst) {
            app.quit();
        }
    }
    Ok(())
}
