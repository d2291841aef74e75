//! What the clock waits for between redraws: a key, a resize, a termination
//! signal, the next second, or the end of its terminal.
//!
//! The terminal is read here rather than through crossterm's event reader.
//! Once a terminal has hung up (its window closed, its ssh connection
//! dropped, its tmux server killed), every read of it returns end of file or
//! `EIO` at once, and crossterm 0.29's reader retries such a read without
//! end: it never returns, and spins a core. Here one `poll(2)` waits on the
//! terminal and on a pipe that the signal handlers write to, so a signal ends
//! the wait at once; a hang-up, an end of file or a read error ends the clock
//! instead of being retried, and every other error is returned.

use std::io;
use std::os::fd::AsFd;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use rustix::io::Errno;
use signal_hook::SigId;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
use signal_hook::{flag, low_level};
use termina::event::{KeyCode as TerminaCode, KeyEventKind as TerminaKind, Modifiers};

/// What ended a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// A key was pressed (or repeated, or released).
    Key(KeyEvent),
    /// The deadline came, or the terminal was resized: time to redraw.
    Redraw,
    /// `SIGTERM`, `SIGHUP` or `SIGINT` arrived.
    Stop,
    /// The terminal went away: it hung up, or reading it gave end of file or
    /// `EIO`.
    Gone,
}

/// The clock's terminal input and the signals it acts on.
pub struct Input {
    tty: io::Stdin,
    /// The read end of the pipe that the signal handlers write a byte to.
    signals: UnixStream,
    stop: Arc<AtomicBool>,
    parser: termina::Parser,
    handlers: Vec<SigId>,
}

/// Revents that mean the terminal is gone (`POLLHUP`, `POLLERR`), or was
/// never a file (`POLLNVAL`). `poll(2)` reports them whatever was asked for.
const GONE: PollFlags = PollFlags::HUP.union(PollFlags::ERR).union(PollFlags::NVAL);

impl Input {
    /// Reads keys from stdin, and installs the handlers of `SIGTERM`,
    /// `SIGHUP` and `SIGINT` (stop; a second one ends the process at once, in
    /// case the first could not be acted on) and of `SIGWINCH` (redraw).
    pub fn new() -> io::Result<Self> {
        let (signals, writer) = UnixStream::pair()?;
        signals.set_nonblocking(true)?;
        writer.set_nonblocking(true)?;
        let stop = Arc::new(AtomicBool::new(false));
        let mut input = Self {
            tty: io::stdin(),
            signals,
            stop,
            parser: termina::Parser::default(),
            handlers: Vec::new(),
        };
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            // Handlers run in the order they were installed: the shutdown
            // sees the flag as the previous signal left it, and the flag is
            // raised before the pipe wakes the loop.
            let stop = &input.stop;
            input.handlers.extend([
                flag::register_conditional_shutdown(signal, 1, Arc::clone(stop))?,
                flag::register(signal, Arc::clone(stop))?,
                low_level::pipe::register(signal, writer.try_clone()?)?,
            ]);
        }
        input
            .handlers
            .push(low_level::pipe::register(SIGWINCH, writer)?);
        Ok(input)
    }

    /// Waits for a key, a signal or the terminal's end, until `deadline` at
    /// the latest, asleep in `poll(2)` until one of them comes.
    pub fn wait(&mut self, deadline: Instant) -> io::Result<Wake> {
        loop {
            if self.stop.load(Ordering::SeqCst) {
                return Ok(Wake::Stop);
            }
            if let Some(event) = self.parser.pop() {
                match key(event) {
                    Some(key) => return Ok(Wake::Key(key)),
                    None => continue,
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let timeout = Timespec::try_from(left).map_err(io::Error::other)?;
            let mut fds = [
                PollFd::new(&self.tty, PollFlags::IN),
                PollFd::new(&self.signals, PollFlags::IN),
            ];
            match poll(&mut fds, Some(&timeout)) {
                Ok(0) => return Ok(Wake::Redraw),
                Ok(_) => {}
                // A signal: its flag is checked at the top.
                Err(Errno::INTR) => continue,
                Err(error) => return Err(error.into()),
            }
            let (tty, signals) = (fds[0].revents(), fds[1].revents());
            if signals.intersects(PollFlags::IN | GONE) {
                self.drain_signals()?;
                if !self.stop.load(Ordering::SeqCst) {
                    // Only SIGWINCH wakes without raising the flag.
                    return Ok(Wake::Redraw);
                }
                continue;
            }
            if tty.intersects(GONE) || (tty.contains(PollFlags::IN) && !self.read_tty()?) {
                return Ok(Wake::Gone);
            }
        }
    }

    /// Whether the terminal has hung up, asked without waiting.
    pub fn terminal_gone(&self) -> bool {
        loop {
            let mut fds = [PollFd::new(&self.tty, PollFlags::empty())];
            match poll(&mut fds, Some(&Timespec::default())) {
                Ok(_) => return fds[0].revents().intersects(GONE),
                Err(Errno::INTR) => continue,
                // Nothing to tell: restoring a terminal that is gone fails
                // at once rather than blocks.
                Err(_) => return false,
            }
        }
    }

    /// Reads what the terminal has and parses it into keys; false when the
    /// terminal is gone.
    fn read_tty(&mut self) -> io::Result<bool> {
        let mut buffer = [0; 1024];
        match rustix::io::read(self.tty.as_fd(), &mut buffer) {
            // End of file: a raw-mode terminal says so only once hung up.
            Ok(0) | Err(Errno::IO) => Ok(false),
            Ok(read) => {
                self.parser.parse(&buffer[..read], read == buffer.len());
                Ok(true)
            }
            // Nothing to read after all: the next poll waits for more.
            Err(Errno::INTR | Errno::AGAIN) => Ok(true),
            Err(error) => Err(error.into()),
        }
    }

    /// Empties the signal pipe, which the handlers keep open.
    fn drain_signals(&mut self) -> io::Result<()> {
        let mut buffer = [0; 64];
        loop {
            match rustix::io::read(&self.signals, &mut buffer) {
                Ok(0) => return Err(io::Error::other("the signal pipe was closed")),
                Ok(_) | Err(Errno::INTR) => {}
                Err(Errno::AGAIN) => return Ok(()),
                Err(error) => return Err(error.into()),
            }
        }
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        for handler in self.handlers.drain(..) {
            low_level::unregister(handler);
        }
    }
}

/// A key as crossterm describes it, the terms the clock's keys are written
/// in; `None` for keys and events the clock has no use for.
fn key(event: termina::Event) -> Option<KeyEvent> {
    let termina::Event::Key(key) = event else {
        return None;
    };
    let code = match key.code {
        TerminaCode::Char(c) => KeyCode::Char(c),
        TerminaCode::Escape => KeyCode::Esc,
        _ => return None,
    };
    let mut modifiers = KeyModifiers::NONE;
    for (theirs, ours) in [
        (Modifiers::SHIFT, KeyModifiers::SHIFT),
        (Modifiers::CONTROL, KeyModifiers::CONTROL),
        (Modifiers::ALT, KeyModifiers::ALT),
    ] {
        modifiers.set(ours, key.modifiers.contains(theirs));
    }
    let kind = match key.kind {
        TerminaKind::Press => KeyEventKind::Press,
        TerminaKind::Repeat => KeyEventKind::Repeat,
        TerminaKind::Release => KeyEventKind::Release,
    };
    Some(KeyEvent::new_with_kind(code, modifiers, kind))
}
