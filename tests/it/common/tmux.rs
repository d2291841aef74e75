//! A tmux server of its own running `moscow-time` in one pane, read and
//! driven as a person would: the screen, keys, resizing, signals, and how
//! the clock left the terminal. Ended by process id on drop.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use std::{env, fs, thread};

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use chrono_tz::Tz;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use rustix::process::{Pid, Signal, kill_process};

use moscow_time::clock::{HourFormat, TimeView};
use moscow_time::tui::font::BigText;

use super::process::{BINARY, PATIENCE, without_outside_settings};

/// How far the screen may lag behind the wall clock: the redraw is aimed a
/// few milliseconds after each second, and tmux needs a moment to show it.
pub const LAG: TimeDelta = TimeDelta::milliseconds(300);

/// Runs the clock, then records how it left the terminal and its exit status.
/// The clock's pid is written first, so that tests can signal it. The script
/// then waits, as a shell would, so that the pane keeps the terminal's state
/// (tmux hides the cursor of a pane whose process is gone).
pub const RUN_SCRIPT: &str = r#"
sh -c 'echo $$ > clock.pid && exec "$@"' sh "$@"
status=$?
stty -a > stty.txt 2>&1
echo "$status" > status.tmp && mv status.tmp status.txt
exec sleep 600
"#;

/// No status line takes a row from the clock.
pub const TMUX_CONF: &str = "set -g status off\n";

/// A tmux server of its own with one 80×24 pane running `moscow-time` in a
/// fresh working directory, which also holds the server's socket. On drop
/// the server is killed, and whatever it ran is ended by process id.
pub struct Pane {
    dir: PathBuf,
    /// The tmux server's and the pane's first process's.
    pids: Vec<u32>,
}

/// How the clock ended and how it left the terminal.
#[derive(Debug)]
pub struct Exit {
    pub status: i32,
    /// `stty -a` in the pane after the clock exited.
    pub stty: String,
    pub alternate_screen: bool,
    pub cursor_visible: bool,
}

impl Pane {
    /// Starts `moscow-time ARGS` in a directory holding `files` (name, content).
    pub fn start(args: &[&str], files: &[(&str, &str)]) -> Self {
        Self::start_program(Path::new(BINARY), args, files, &[])
    }

    /// Starts `program ARGS` with the variables `env` set, in a directory
    /// holding `files` (name, content).
    pub fn start_program(
        program: &Path,
        args: &[&str],
        files: &[(&str, &str)],
        env: &[(&str, &str)],
    ) -> Self {
        require_tmux();
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "moscow-time-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let dir = env::temp_dir().join(name);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("creating the pane's directory");
        let mut pane = Self {
            dir,
            pids: Vec::new(),
        };
        pane.write("run.sh", RUN_SCRIPT);
        pane.write("tmux.conf", TMUX_CONF);
        for (name, content) in files {
            pane.write(name, content);
        }

        let dir = pane.dir.to_str().expect("a UTF-8 temporary directory");
        let conf = format!("{dir}/tmux.conf");
        let script = format!("{dir}/run.sh");
        let program = program.to_str().expect("a UTF-8 program path");
        let mut command = vec!["-f", &conf, "new-session", "-d", "-s", "clock"];
        let env: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        for variable in &env {
            command.extend(["-e", variable]);
        }
        command.extend(["-x", "80", "-y", "24", "-c", dir, "sh", &script, program]);
        command.extend(args);
        pane.tmux(&command);
        let pids = pane.tmux(&["display-message", "-p", "-t", "clock", "#{pid} #{pane_pid}"]);
        pane.pids = pids
            .split_whitespace()
            .map(|pid| pid.parse().expect("a process id"))
            .collect();
        pane
    }

    pub fn socket(&self) -> PathBuf {
        self.dir.join("tmux.socket")
    }

    pub fn write(&self, name: &str, content: &str) {
        fs::write(self.dir.join(name), content).expect("writing into the pane's directory");
    }

    /// Runs a tmux command on this pane's server and returns what it printed.
    pub fn tmux(&self, args: &[&str]) -> String {
        let mut command = Command::new("tmux");
        command.arg("-S").arg(self.socket()).args(args);
        // The clock must see neither an enclosing tmux nor the settings of
        // whoever runs the tests.
        without_outside_settings(&mut command).env_remove("TMUX");
        let output = command.output().expect("running tmux");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("tmux prints UTF-8")
    }

    /// The text on the screen now.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "clock"])
    }

    /// Waits until the screen satisfies `ready` and returns it.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {what}; it shows:\n{screen}"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `keys` (tmux key names, e.g. `q`, `Escape`, `C-c`).
    pub fn press(&self, keys: &[&str]) {
        let mut command = vec!["send-keys", "-t", "clock"];
        command.extend(keys);
        self.tmux(&command);
    }

    pub fn resize(&self, width: u16, height: u16) {
        let (width, height) = (width.to_string(), height.to_string());
        self.tmux(&["resize-window", "-t", "clock", "-x", &width, "-y", &height]);
    }

    /// Waits for a file the run script writes.
    pub fn wait_for_file(&self, name: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(content) = fs::read_to_string(self.dir.join(name)) {
                return content;
            }
            assert!(
                Instant::now() < deadline,
                "{name} never appeared; the screen shows:\n{}",
                self.screen()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// The process id of the program the pane runs.
    pub fn clock_pid(&self) -> u32 {
        let pid = self.wait_for_file("clock.pid");
        pid.trim().parse().expect("a process id in clock.pid")
    }

    /// Sends `signal` (e.g. `TERM`) to the clock.
    pub fn signal(&self, signal: &str) {
        let pid = self.clock_pid();
        let status = Command::new("sh")
            .args(["-c", &format!("kill -s {signal} {pid}")])
            .status()
            .expect("running kill");
        assert!(status.success(), "kill -s {signal} failed");
    }

    /// Kills the tmux server, as closing a terminal window would: the pane's
    /// terminal goes away under the clock.
    pub fn kill_server(&self) {
        let status = Command::new("tmux")
            .arg("-S")
            .arg(self.socket())
            .arg("kill-server")
            .stderr(Stdio::null())
            .status()
            .expect("running tmux");
        assert!(status.success(), "tmux kill-server failed");
    }

    /// Waits for the clock to exit.
    pub fn exit(&self) -> Exit {
        let status = self.wait_for_file("status.txt");
        let flags = self.tmux(&[
            "display-message",
            "-p",
            "-t",
            "clock",
            "#{alternate_on} #{cursor_flag}",
        ]);
        Exit {
            status: status.trim().parse().expect("a numeric exit status"),
            stty: fs::read_to_string(self.dir.join("stty.txt")).unwrap_or_default(),
            alternate_screen: flags.split_whitespace().next() == Some("1"),
            cursor_visible: flags.split_whitespace().nth(1) == Some("1"),
        }
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let clock = fs::read_to_string(self.dir.join("clock.pid"));
        let clock = clock.ok().and_then(|pid| pid.trim().parse().ok());
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(self.socket())
            .arg("kill-server")
            .stderr(Stdio::null())
            .status();
        // What the pane ran may outlive the server, as a clock that cannot
        // tell that its terminal is gone would.
        for pid in self.pids.iter().copied().chain(clock) {
            if !ends_within(pid, Duration::from_secs(2))
                && let Some(pid) = Pid::from_raw(pid as i32)
            {
                let _ = kill_process(pid, Signal::KILL);
            }
        }
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Whether process `pid` is gone (or a zombie, which has ended) within `limit`.
pub fn ends_within(pid: u32, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        let state = fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| stat.rsplit_once(") ").map(|(_, rest)| rest.chars().next()))
            .flatten();
        if matches!(state, None | Some('Z' | 'X')) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(10));
    }
}

impl Exit {
    /// Asserts that the terminal is as it was before the clock started:
    /// main screen, cursor shown, line editing and echo back on.
    pub fn assert_terminal_restored(&self) {
        assert!(!self.alternate_screen, "still on the alternate screen");
        assert!(self.cursor_visible, "the cursor is still hidden");
        let modes: Vec<&str> = self
            .stty
            .split(|c: char| c.is_whitespace() || c == ';')
            .collect();
        for mode in ["icanon", "echo"] {
            assert!(
                modes.contains(&mode),
                "{mode} is still off after the clock exited:\n{}",
                self.stty
            );
        }
    }
}

pub fn require_tmux() {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|output| output.status.success());
    assert!(
        found,
        "tmux is needed to test the terminal UI end to end: install it \
         (apt-get install tmux), as .ci/run does"
    );
}

/// The rows of `face` in big digits at scale 1, as the screen shows them.
pub fn big_rows(face: &str) -> Vec<Vec<char>> {
    let digits = BigText::new(face, 1);
    let mut buffer = Buffer::empty(Rect::new(0, 0, digits.width(), digits.height()));
    digits.render(buffer.area, &mut buffer);
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .flat_map(|x| buffer[(x, y)].symbol().chars())
                .collect()
        })
        .collect()
}

/// Whether `screen` shows `face` in big digits at scale 1.
pub fn shows_big(screen: &str, face: &str) -> bool {
    let glyphs = big_rows(face);
    let screen: Vec<Vec<char>> = screen.lines().map(|row| row.chars().collect()).collect();
    let cell = |y: usize, x: usize| screen.get(y).and_then(|row| row.get(x)).copied();
    (0..screen.len()).any(|top| {
        (0..80).any(|left| {
            glyphs.iter().enumerate().all(|(dy, row)| {
                row.iter().enumerate().all(|(dx, glyph)| {
                    // capture-pane drops blanks at the end of a row.
                    cell(top + dy, left + dx).unwrap_or(' ') == *glyph
                })
            })
        })
    })
}

/// The second within five of `around` whose time in `zone` the screen shows
/// in big digits, if any.
pub fn shown_second(screen: &str, zone: Tz, around: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let around = around
        .duration_trunc(TimeDelta::seconds(1))
        .expect("a truncatable instant");
    (-5..=5)
        .map(|offset| around + TimeDelta::seconds(offset))
        .find(|second| {
            let face = TimeView::at(*second, zone).clock(HourFormat::H24, true);
            shows_big(screen, &face)
        })
}
