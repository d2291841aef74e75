//! End to end: `moscow-time tui` in a real pseudo-terminal, driven through
//! tmux as a person would drive it: what the screen shows, keys, resizing,
//! signals, the exit status, how the terminal is left afterwards (after a
//! panic too), and that the clock ends when tmux itself goes.
//!
//! These tests need tmux (`.ci/run` installs it); without it they fail
//! rather than pass unnoticed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use std::{env, fs, thread};

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use chrono_tz::{Asia, Europe, Tz};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use rustix::process::{Pid, Signal, kill_process};

use moscow_time::clock::{HourFormat, TimeView};
use moscow_time::tui::font::BigText;
use moscow_time::tui::ui::HELP;
use moscow_time::tui::{self, App};

const BINARY: &str = env!("CARGO_BIN_EXE_moscow-time");

/// How long anything may take to appear before a test gives up.
const PATIENCE: Duration = Duration::from_secs(10);

/// How far the screen may lag behind the wall clock: the redraw is aimed a
/// few milliseconds after each second, and tmux needs a moment to show it.
const LAG: TimeDelta = TimeDelta::milliseconds(300);

/// Runs the clock, then records how it left the terminal and its exit status.
/// The clock's pid is written first, so that tests can signal it. The script
/// then waits, as a shell would, so that the pane keeps the terminal's state
/// (tmux hides the cursor of a pane whose process is gone).
const RUN_SCRIPT: &str = r#"
sh -c 'echo $$ > clock.pid && exec "$@"' sh "$@"
status=$?
stty -a > stty.txt 2>&1
echo "$status" > status.tmp && mv status.tmp status.txt
exec sleep 600
"#;

/// No status line takes a row from the clock.
const TMUX_CONF: &str = "set -g status off\n";

/// A tmux server of its own with one 80×24 pane running `moscow-time` in a
/// fresh working directory, which also holds the server's socket. On drop
/// the server is killed, and whatever it ran is ended by process id.
struct Pane {
    dir: PathBuf,
    /// The tmux server's and the pane's first process's.
    pids: Vec<u32>,
}

/// How the clock ended and how it left the terminal.
#[derive(Debug)]
struct Exit {
    status: i32,
    /// `stty -a` in the pane after the clock exited.
    stty: String,
    alternate_screen: bool,
    cursor_visible: bool,
}

impl Pane {
    /// Starts `moscow-time ARGS` in a directory holding `files` (name, content).
    fn start(args: &[&str], files: &[(&str, &str)]) -> Self {
        Self::start_program(Path::new(BINARY), args, files, &[])
    }

    /// Starts `program ARGS` with the variables `env` set, in a directory
    /// holding `files` (name, content).
    fn start_program(
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

    fn socket(&self) -> PathBuf {
        self.dir.join("tmux.socket")
    }

    fn write(&self, name: &str, content: &str) {
        fs::write(self.dir.join(name), content).expect("writing into the pane's directory");
    }

    /// Runs a tmux command on this pane's server and returns what it printed.
    fn tmux(&self, args: &[&str]) -> String {
        let mut command = Command::new("tmux");
        command.arg("-S").arg(self.socket()).args(args);
        // The clock must see neither an enclosing tmux nor the settings of
        // whoever runs the tests.
        command.env_remove("TMUX").env_remove("PORT");
        for (key, _) in env::vars_os() {
            if key.to_string_lossy().starts_with("ROCKET_") {
                command.env_remove(key);
            }
        }
        let output = command.output().expect("running tmux");
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("tmux prints UTF-8")
    }

    /// The text on the screen now.
    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "clock"])
    }

    /// Waits until the screen satisfies `ready` and returns it.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
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
    fn press(&self, keys: &[&str]) {
        let mut command = vec!["send-keys", "-t", "clock"];
        command.extend(keys);
        self.tmux(&command);
    }

    fn resize(&self, width: u16, height: u16) {
        let (width, height) = (width.to_string(), height.to_string());
        self.tmux(&["resize-window", "-t", "clock", "-x", &width, "-y", &height]);
    }

    /// Waits for a file the run script writes.
    fn wait_for_file(&self, name: &str) -> String {
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
    fn clock_pid(&self) -> u32 {
        let pid = self.wait_for_file("clock.pid");
        pid.trim().parse().expect("a process id in clock.pid")
    }

    /// Sends `signal` (e.g. `TERM`) to the clock.
    fn signal(&self, signal: &str) {
        let pid = self.clock_pid();
        let status = Command::new("sh")
            .args(["-c", &format!("kill -s {signal} {pid}")])
            .status()
            .expect("running kill");
        assert!(status.success(), "kill -s {signal} failed");
    }

    /// Kills the tmux server, as closing a terminal window would: the pane's
    /// terminal goes away under the clock.
    fn kill_server(&self) {
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
    fn exit(&self) -> Exit {
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
fn ends_within(pid: u32, limit: Duration) -> bool {
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
    fn assert_terminal_restored(&self) {
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

fn require_tmux() {
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
fn big_rows(face: &str) -> Vec<Vec<char>> {
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
fn shows_big(screen: &str, face: &str) -> bool {
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
fn shown_second(screen: &str, zone: Tz, around: DateTime<Utc>) -> Option<DateTime<Utc>> {
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

#[test]
fn the_clock_shows_the_time_in_the_zone_of_the_flag_and_quits_on_q() {
    let pane = Pane::start(&["tui", "--timezone", "Asia/Tokyo"], &[]);
    let screen = pane.wait_for("the current time in Tokyo in big digits", |screen| {
        shown_second(screen, Asia::Tokyo, Utc::now()).is_some()
    });
    let shown = shown_second(&screen, Asia::Tokyo, Utc::now()).unwrap();
    let view = TimeView::at(shown, Asia::Tokyo);
    for line in [
        "Time in Tokyo",
        &view.date(),
        "Asia/Tokyo · JST, UTC+09:00",
        "? for help",
    ] {
        assert!(
            screen.contains(line),
            "no {line:?} on the screen:\n{screen}"
        );
    }

    pane.press(&["?"]);
    pane.wait_for("the keys", |screen| screen.contains(HELP));
    pane.press(&["q"]);
    let exit = pane.exit();
    assert_eq!(exit.status, 0);
    exit.assert_terminal_restored();
}

#[test]
fn the_display_follows_the_wall_clock_second_by_second() {
    // No Rocket.toml and no flag: the default zone.
    let pane = Pane::start(&["tui"], &[]);
    pane.wait_for("the clock", |screen| screen.contains("Time in Moscow"));
    let mut seen: Vec<DateTime<Utc>> = Vec::new();
    let until = Instant::now() + Duration::from_millis(3500);
    while Instant::now() < until {
        let before = Utc::now();
        let screen = pane.screen();
        let after = Utc::now();
        // A capture taken while a frame is half drawn matches no second.
        if let Some(shown) = shown_second(&screen, Europe::Moscow, before) {
            let earliest = (before - LAG)
                .duration_trunc(TimeDelta::seconds(1))
                .unwrap();
            assert!(
                earliest <= shown && shown <= after,
                "at {before}..{after} the screen showed {shown}"
            );
            if seen.last() != Some(&shown) {
                seen.push(shown);
            }
        }
        thread::sleep(Duration::from_millis(20));
    }
    assert!(seen.len() >= 3, "the clock showed only {seen:?}");
    assert!(
        seen.windows(2)
            .all(|pair| pair[1] - pair[0] == TimeDelta::seconds(1)),
        "the clock skipped or repeated a second: {seen:?}"
    );
    pane.press(&["q"]);
    assert_eq!(pane.exit().status, 0);
}

#[test]
fn the_clock_reads_the_zone_from_rocket_toml_and_quits_on_escape() {
    let config = "[default]\ntimezone = \"Asia/Kolkata\"\n";
    let pane = Pane::start(&["tui"], &[("Rocket.toml", config)]);
    pane.wait_for("the clock for Kolkata", |screen| {
        screen.contains("Time in Kolkata")
            && screen.contains("Asia/Kolkata · IST, UTC+05:30")
            && shown_second(screen, Asia::Kolkata, Utc::now()).is_some()
    });
    pane.press(&["Escape"]);
    let exit = pane.exit();
    assert_eq!(exit.status, 0);
    exit.assert_terminal_restored();
}

#[test]
fn resizing_redraws_at_once_with_plain_lines_when_the_terminal_is_small() {
    let pane = Pane::start(&["tui", "--timezone", "Asia/Tokyo"], &[]);
    let first = pane.wait_for("the big digits", |screen| {
        shown_second(screen, Asia::Tokyo, Utc::now()).is_some()
    });
    let first = shown_second(&first, Asia::Tokyo, Utc::now()).unwrap();
    // Resize just after a second has been drawn, so that only the resize can
    // explain a redraw within the next half second.
    pane.wait_for("the next second", |screen| {
        shown_second(screen, Asia::Tokyo, Utc::now()).is_some_and(|shown| shown > first)
    });
    let resized = Instant::now();
    pane.resize(30, 6);
    let plain = pane.wait_for("the plain clock", |screen| {
        screen.contains("Time in Tokyo") && !screen.contains('█')
    });
    assert!(
        resized.elapsed() < Duration::from_millis(600),
        "the redraw took {:?}",
        resized.elapsed()
    );
    let now = Utc::now();
    let recent: Vec<String> = (0..=2)
        .map(|ago| TimeView::at(now - TimeDelta::seconds(ago), Asia::Tokyo))
        .map(|view| view.clock(HourFormat::H24, true))
        .collect();
    assert!(
        recent.iter().any(|face| plain.contains(face.as_str())),
        "none of {recent:?} on the screen:\n{plain}"
    );

    pane.resize(80, 24);
    pane.wait_for("the big digits again", |screen| {
        shown_second(screen, Asia::Tokyo, Utc::now()).is_some()
    });
    pane.press(&["C-c"]);
    let exit = pane.exit();
    assert_eq!(exit.status, 0);
    exit.assert_terminal_restored();
}

/// Sends `signal` to a running clock and checks it exits 0 within about a
/// second, leaving the terminal as it found it.
fn stops_cleanly_on(signal: &str) {
    let pane = Pane::start(&["tui", "--timezone", "Asia/Tokyo"], &[]);
    pane.wait_for("the clock", |screen| screen.contains("Time in Tokyo"));
    let sent = Instant::now();
    pane.signal(signal);
    let exit = pane.exit();
    assert!(
        sent.elapsed() < Duration::from_secs(3),
        "SIG{signal} took {:?} to stop the clock",
        sent.elapsed()
    );
    assert_eq!(exit.status, 0);
    exit.assert_terminal_restored();
}

#[test]
fn sigterm_stops_the_clock_and_restores_the_terminal() {
    stops_cleanly_on("TERM");
}

#[test]
fn sighup_stops_the_clock_and_restores_the_terminal() {
    stops_cleanly_on("HUP");
}

#[test]
fn the_clock_ends_within_two_seconds_when_its_tmux_server_is_killed() {
    let pane = Pane::start(&["tui", "--timezone", "Asia/Tokyo"], &[]);
    pane.wait_for("the clock", |screen| screen.contains("Time in Tokyo"));
    let clock = pane.clock_pid();
    pane.kill_server();
    assert!(
        ends_within(clock, Duration::from_secs(2)),
        "the clock (pid {clock}) still runs 2 s after its terminal went away"
    );
}

/// Set in the pane when this test binary runs there as the program that
/// panics inside the clock's terminal session.
const PANIC_INSIDE: &str = "MOSCOW_TIME_TEST_PANIC_INSIDE";

const PANIC_MESSAGE: &str = "a bug inside the terminal session";

#[test]
fn a_panic_inside_the_terminal_session_restores_the_terminal() {
    if env::var_os(PANIC_INSIDE).is_some() {
        return panic_inside_the_terminal_session();
    }
    // The pane runs this very test, which then takes the branch above.
    let this_test = "a_panic_inside_the_terminal_session_restores_the_terminal";
    let pane = Pane::start_program(
        &env::current_exe().expect("the test binary's path"),
        &["--exact", this_test, "--nocapture", "--test-threads=1"],
        &[],
        &[(PANIC_INSIDE, "1"), ("RUST_BACKTRACE", "0")],
    );
    pane.wait_for("the clock", |screen| screen.contains("Time in Moscow"));
    let modes = pane.tmux(&[
        "display-message",
        "-p",
        "-t",
        "clock",
        "#{alternate_on} #{cursor_flag}",
    ]);
    assert_eq!(
        modes.trim(),
        "1 0",
        "not in the clock's modes before the panic"
    );

    pane.press(&["x"]);
    let exit = pane.exit();
    assert_eq!(exit.status, 101, "the panic did not fail the program");
    exit.assert_terminal_restored();
    // The whole main screen, with what scrolled off it.
    let screen = pane.tmux(&["capture-pane", "-p", "-S", "-", "-t", "clock"]);
    assert!(
        screen.contains(PANIC_MESSAGE),
        "the panic message is not on the restored screen:\n{screen}"
    );
}

/// Enters the terminal as the clock does, draws the clock, waits for a key
/// (so that the test sees the clock's modes), then panics.
fn panic_inside_the_terminal_session() {
    let mut terminal = tui::enter_terminal().expect("the clock's terminal modes");
    let app = App::new(Europe::Moscow, Utc::now());
    terminal
        .draw(|frame| frame.render_widget(&app, frame.area()))
        .expect("drawing the clock");
    let _ = std::io::Read::read(&mut std::io::stdin(), &mut [0]);
    panic!("{PANIC_MESSAGE}");
}

#[test]
fn without_a_terminal_the_clock_exits_1_with_a_one_line_message() {
    let output = Command::new(BINARY)
        .args(["tui", "--timezone", "Asia/Tokyo"])
        .stdin(Stdio::null())
        .output()
        .expect("running moscow-time");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "moscow-time: the terminal UI needs a terminal: stdin and stdout are not terminals\n"
    );
    assert!(output.stdout.is_empty(), "wrote to a non-terminal");
}
