//! `moscow-time tui`: the clock full-screen in a terminal.
//!
//! The loop sleeps until the next wall-clock second, a key, a resize or a
//! termination signal, and redraws then; nothing else wakes it, so an idle
//! clock costs next to no CPU. The terminal is restored however the clock
//! stops: a quit key, a termination signal, an error, or a panic (through the
//! hook that [`ratatui::try_init`] installs). When the terminal itself goes
//! away, the clock ends at once with nothing to restore.

pub mod app;
pub mod font;
pub mod input;
pub mod tick;
pub mod ui;

use std::io::{self, IsTerminal};
use std::time::Instant;

use chrono::Utc;
use ratatui::DefaultTerminal;

pub use app::App;
use input::{Input, Wake};

use crate::locale::Lang;
use crate::startup::Runtime;

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

/// The terminal clock's language: the `lang` setting, else the locale's
/// (the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as POSIX
/// orders them), else English; `var` reads an environment variable.
pub fn language(setting: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
    setting
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .filter_map(&var)
                .find(|value| !value.is_empty())
                .and_then(|locale| Lang::from_locale(&locale))
        })
        .unwrap_or_default()
}

/// How the terminal clock ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// A quit key or a termination signal stopped it, and the terminal was
    /// put back as it was.
    Stopped,
    /// Its terminal went away (hung up, end of file, `EIO`): it stopped at
    /// once, without writing to a terminal that is no longer there.
    TerminalGone,
}

/// Shows the clock for the configured zones, in the configured language, until the user quits, a
/// termination signal (`SIGTERM`, `SIGHUP`, `SIGINT`) arrives or the
/// terminal goes away.
pub fn run(runtime: &Runtime) -> Result<Ending, TuiError> {
    require_terminal(io::stdin().is_terminal(), io::stdout().is_terminal())?;
    let mut input = Input::new().map_err(TuiError::Signals)?;
    let mut zones = runtime.shown_zones().into_iter();
    let first = zones.next().unwrap_or_else(|| runtime.zone());
    let mut app = zones
        .fold(App::new(first, Utc::now()), App::and_zone)
        .speaking(language(runtime.config.settings.lang, |name| {
            std::env::var(name).ok()
        }));

    let mut terminal = enter_terminal()?;
    let ended = event_loop(&mut terminal, &mut app, &mut input);
    // A terminal that hung up has no modes or screen left to restore, and
    // every write to it fails; a signal or an error may be how its end was
    // first noticed.
    if matches!(ended, Ok(Ending::TerminalGone)) || input.terminal_gone() {
        // Dropped, ratatui's terminal would write to show the cursor, then
        // report the failure on stderr (the same dead terminal) with a panic.
        std::mem::forget(terminal);
        return Ok(Ending::TerminalGone);
    }
    let restored = ratatui::try_restore();
    if restored.is_err() && input.terminal_gone() {
        std::mem::forget(terminal);
        return Ok(Ending::TerminalGone);
    }
    let ended = ended?;
    restored?;
    Ok(ended)
}

/// Puts the terminal in the clock's modes: raw, on the alternate screen,
/// cursor hidden. [`ratatui::try_restore`] undoes them, and so does a panic
/// from here on, through the hook this installs.
pub(crate) fn enter_terminal() -> Result<DefaultTerminal, TuiError> {
    Ok(ratatui::try_init().inspect_err(|_| {
        // Undo whatever part of the set-up succeeded; the set-up error is
        // the one worth reporting.
        let _ = ratatui::try_restore();
    })?)
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

/// Draws the clock, then sleeps until the next second, a key, a resize or a
/// signal, until the user quits, a termination signal arrives or the
/// terminal goes away.
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    input: &mut Input,
) -> io::Result<Ending> {
    while !app.should_quit() {
        // The time shown is read when drawing, not when the sleep began.
        app.set_now(Utc::now());
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        let next_second = Instant::now() + tick::until_next_second(Utc::now());
        match input.wait(next_second)? {
            Wake::Key(key) => app.handle_key(key),
            Wake::Stop => app.quit(),
            Wake::Gone => return Ok(Ending::TerminalGone),
            Wake::Redraw => {}
        }
    }
    Ok(Ending::Stopped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment(pairs: &'static [(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    }

    #[test]
    fn the_setting_wins_over_the_locale() {
        let env = environment(&[("LANG", "de_DE.UTF-8")]);
        assert_eq!(language(Some(Lang::Ru), env), Lang::Ru);
    }

    #[test]
    fn without_a_setting_the_locale_says_the_language_as_posix_orders_it() {
        assert_eq!(
            language(None, environment(&[("LANG", "de_DE.UTF-8")])),
            Lang::De
        );
        let all = environment(&[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "de_DE.UTF-8")]);
        assert_eq!(language(None, all), Lang::Ja);
        let messages = environment(&[("LC_MESSAGES", "uk_UA"), ("LANG", "de_DE")]);
        assert_eq!(language(None, messages), Lang::Uk);
        let empty = environment(&[("LC_ALL", ""), ("LANG", "pl_PL.UTF-8")]);
        assert_eq!(language(None, empty), Lang::Pl);
    }

    #[test]
    fn a_locale_not_spoken_here_is_english() {
        assert_eq!(
            language(None, environment(&[("LANG", "C.UTF-8")])),
            Lang::En
        );
        assert_eq!(language(None, environment(&[("LANG", "ko_KR")])), Lang::En);
        assert_eq!(language(None, environment(&[])), Lang::En);
        // C is a choice too: a later variable does not overrule it.
        let c = environment(&[("LC_ALL", "C"), ("LANG", "de_DE")]);
        assert_eq!(language(None, c), Lang::En);
    }
}
