//! End to end: `moscow-time tui` in a real pseudo-terminal, driven through
//! tmux as a person would drive it: what the screen shows, keys, resizing,
//! signals, the exit status, and how the terminal is left afterwards.
//!
//! These tests need tmux (`.ci/run` installs it); without it they fail
//! rather than pass unnoticed.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use std::{env, fs, thread};

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use chrono_tz::{Asia, Europe, Tz};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use moscow_time::clock::{HourFormat, TimeView};
use moscow_time::tui::font::BigText;
use moscow_time::tui::ui::HELP;

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
/// fresh working directory, which also holds the server's socket; both go
/// away on drop.
struct Pane {
    dir: PathBuf,
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
        let pane = Self { dir };
        pane.write("run.sh", RUN_SCRIPT);
        pane.write("tmux.conf", TMUX_CONF);
        for (name, content) in files {
            pane.write(name, content);
        }

        let dir = pane.dir.to_str().expect("a UTF-8 temporary directory");
        let conf = format!("{dir}/tmux.conf");
        let script = format!("{dir}/run.sh");
        let mut command = vec![
            "-f",
            &conf,
            "new-session",
            "-d",
            "-s",
            "clock",
            "-x",
            "80",
            "-y",
            "24",
            "-c",
            dir,
            "sh",
            &script,
            BINARY,
        ];
        command.extend(args);
        pane.tmux(&command);
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

    /// Sends `signal` (e.g. `TERM`) to the clock.
    fn signal(&self, signal: &str) {
        let pid = self.wait_for_file("clock.pid");
        let status = Command::new("sh")
            .args(["-c", &format!("kill -s {signal} {}", pid.trim())])
            .status()
            .expect("running kill");
        assert!(status.success(), "kill -s {signal} failed");
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
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(self.socket())
            .arg("kill-server")
            .stderr(Stdio::null())
            .status();
        let _ = fs::remove_dir_all(&self.dir);
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
