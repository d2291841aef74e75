//! When the terminal goes away: `moscow-time tui` on a pseudo-terminal whose
//! master side the test holds and then closes, as a terminal window or an ssh
//! server does when it goes. The clock must end with exit status 129 (the
//! test gives up on it after [`PATIENCE`]: a clock that missed the hang-up
//! would run on for ever), whether the kernel also sends it `SIGHUP` (the pseudo-terminal is its
//! controlling terminal) or not (then only the hang-up on the terminal itself
//! tells). Keys typed on the same pseudo-terminal still work.
//!
//! Needs `setsid` (util-linux) to start the clock in a session of its own.

use std::ffi::CString;
use std::fs::File;
use std::os::fd::OwnedFd;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use rustix::event::{PollFd, PollFlags, Timespec, poll};
use rustix::fs::{Mode, OFlags};
use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};

use crate::common::{BINARY, ChildGuard, PATIENCE, wait_for, without_outside_settings};

/// The documented exit status when the terminal went away (128 + SIGHUP).
const TERMINAL_GONE: i32 = 129;

/// The clock running on a pseudo-terminal; the test holds the master side.
/// Dropping it kills the clock, by its process id, if it still runs.
struct Clock {
    child: ChildGuard,
    master: Option<OwnedFd>,
    /// Everything the clock has written so far.
    output: Vec<u8>,
}

impl Clock {
    /// Starts `moscow-time tui` on a fresh 80×24 pseudo-terminal, in a new
    /// session; with `controlling`, the pseudo-terminal becomes that
    /// session's controlling terminal, so its hang-up also sends `SIGHUP`.
    fn start(controlling: bool) -> Self {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)
            .expect("opening a pseudo-terminal");
        grantpt(&master).expect("grantpt");
        unlockpt(&master).expect("unlockpt");
        let name: CString = ptsname(&master, Vec::new()).expect("ptsname");
        let slave = rustix::fs::open(
            name.as_c_str(),
            OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .expect("opening the pseudo-terminal's slave side");
        let size = Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        tcsetwinsize(&slave, size).expect("setting the terminal size");

        let stdio = || Stdio::from(File::from(slave.try_clone().expect("dup")));
        let dir = tempfile::tempdir().expect("a working directory");
        let mut command = Command::new("setsid");
        if controlling {
            command.arg("--ctty");
        }
        command
            .args([BINARY, "tui", "--timezone", "Europe/Moscow"])
            .current_dir(dir.path())
            .env("TERM", "xterm-256color")
            .stdin(stdio())
            .stdout(stdio())
            .stderr(stdio());
        without_outside_settings(&mut command);
        let child =
            ChildGuard::spawn(&mut command).expect("running setsid (util-linux) and moscow-time");
        // Only the clock keeps the slave side open now.
        drop(slave);
        Self {
            child,
            master: Some(master),
            output: Vec::new(),
        }
    }

    /// Reads what the clock writes until it contains `text`.
    fn wait_for(&mut self, text: &str) {
        let master = self.master.as_ref().expect("the master side is open");
        let deadline = Instant::now() + PATIENCE;
        let mut buffer = [0; 4096];
        while !String::from_utf8_lossy(&self.output).contains(text) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "the clock never wrote {text:?}; it wrote {:?}",
                String::from_utf8_lossy(&self.output)
            );
            let mut fds = [PollFd::new(master, PollFlags::IN)];
            let timeout = Timespec::try_from(left).unwrap();
            if poll(&mut fds, Some(&timeout)).expect("poll") == 0 {
                continue;
            }
            match rustix::io::read(master, &mut buffer) {
                Ok(0) => panic!("the clock closed its terminal"),
                Ok(read) => self.output.extend_from_slice(&buffer[..read]),
                Err(error) => panic!("reading the master side: {error}"),
            }
        }
    }

    /// Types `keys` into the terminal.
    fn type_keys(&self, keys: &[u8]) {
        let master = self.master.as_ref().expect("the master side is open");
        assert_eq!(
            rustix::io::write(master, keys).expect("writing keys"),
            keys.len()
        );
    }

    /// Closes the master side: the terminal is gone.
    fn close_terminal(&mut self) {
        self.master = None;
    }

    /// The exit status, if the clock ends within `limit`.
    fn exit_within(&mut self, limit: Duration) -> Option<ExitStatus> {
        wait_for(&mut self.child, limit)
    }
}

/// Starts the clock, closes its terminal, and checks that it ended promptly
/// with the documented status.
fn ends_when_the_terminal_closes(controlling: bool) {
    let mut clock = Clock::start(controlling);
    clock.wait_for("Moscow");
    let closed = Instant::now();
    clock.close_terminal();
    let status = clock.exit_within(PATIENCE);
    assert!(
        status.is_some(),
        "the clock still runs {PATIENCE:?} after its terminal closed"
    );
    eprintln!(
        "the clock ended {:?} after its terminal closed",
        closed.elapsed()
    );
    let status = status.unwrap();
    assert_eq!(
        status.code(),
        Some(TERMINAL_GONE),
        "ended with {status} after {:?}",
        closed.elapsed()
    );
}

#[test]
fn closing_the_controlling_terminal_ends_the_clock_with_status_129() {
    ends_when_the_terminal_closes(true);
}

#[test]
fn a_hang_up_without_sighup_ends_the_clock_with_status_129() {
    ends_when_the_terminal_closes(false);
}

#[test]
fn an_arrow_key_is_not_escape_and_escape_quits_with_status_0() {
    let mut clock = Clock::start(true);
    clock.wait_for("Moscow");
    clock.type_keys(b"\x1b[A");
    assert!(
        clock.exit_within(Duration::from_millis(500)).is_none(),
        "the Up arrow ended the clock"
    );
    clock.type_keys(b"\x1b");
    let status = clock.exit_within(PATIENCE);
    assert_eq!(status.and_then(|status| status.code()), Some(0));
}
