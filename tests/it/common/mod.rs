//! Fixtures shared by the integration tests: a Rocket client at a fixed
//! instant, and the real binary started on a free port.
#![allow(dead_code)]

pub mod prometheus;
pub mod tmux;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use figment::Figment;
use moscow_time::config::{self, Config};
use moscow_time::testing;
use rocket::local::blocking::Client;

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

/// An instant when Moscow was on UTC+4 all year: 16:00 MSK.
pub const INSTANT: &str = "2012-06-01T12:00:00Z";

pub fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

/// A client for the server showing `zone` at [`INSTANT`].
pub fn client_in(zone: &str) -> Client {
    ClientBuilder::default().set("timezone", zone).build()
}

/// A client for the server showing Moscow at [`INSTANT`].
pub fn client() -> Client {
    client_in("Europe/Moscow")
}

/// Settings and an instant for a local client. By default: the built-in
/// defaults with the embedded tz database, so that answers do not depend on
/// the machine's, and the log off, to keep test output readable; the clock
/// reads [`INSTANT`].
pub struct ClientBuilder {
    figment: Figment,
    now: DateTime<Utc>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            figment: config::defaults()
                .merge(("tzdb", "embedded"))
                .merge(("log_level", "off")),
            now: instant(INSTANT),
        }
    }
}

impl ClientBuilder {
    /// Sets `key` (as `Rocket.toml` spells it) to `value`, over what is set.
    pub fn set(mut self, key: &str, value: impl serde::Serialize) -> Self {
        self.figment = self.figment.merge((key, value));
        self
    }

    /// Stops the clock at `rfc3339` instead.
    pub fn at(mut self, rfc3339: &str) -> Self {
        self.now = instant(rfc3339);
        self
    }

    pub fn build(self) -> Client {
        let config = Config::from_figment(self.figment).expect("valid configuration");
        Client::tracked(testing::rocket_at(&config, self.now)).expect("valid rocket")
    }
}

/// The `moscow-time` binary that Cargo built for the tests.
pub const BINARY: &str = env!("CARGO_BIN_EXE_moscow-time");

/// How long anything may take to appear, or a process to end, before a test
/// gives up: long enough for a busy machine, short enough to catch a hang.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// `moscow-time` with `args`, run in `dir` with no `ROCKET_*` or `PORT`
/// variables, so only what a test sets applies.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(BINARY);
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    without_outside_settings(&mut command);
    command
}

/// Leaves out of `command`'s environment the `ROCKET_*` and `PORT` variables
/// of whoever runs the tests.
pub fn without_outside_settings(command: &mut Command) -> &mut Command {
    command.env_remove("PORT");
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("ROCKET_") {
            command.env_remove(key);
        }
    }
    command
}

/// The real binary serving on a free loopback port; killed on drop.
pub struct Server {
    pub child: ChildGuard,
    pub addr: SocketAddr,
    pub dir: tempfile::TempDir,
    lines: mpsc::Receiver<String>,
}

impl Server {
    /// Starts `moscow-time serve --port 0 ARGS…` and waits for its "serving" line.
    pub fn start(args: &[&str]) -> Self {
        Self::start_with(args, &[])
    }

    pub fn start_with(args: &[&str], env: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut all = vec!["serve", "--port", "0"];
        all.extend_from_slice(args);
        let mut command = command(dir.path(), &all);
        command
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // Guarded at once, so a failed start kills the child too.
        let mut child = ChildGuard::spawn(&mut command).unwrap();
        let (sender, lines) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let line = lines
            .recv_timeout(Duration::from_secs(20))
            .expect("the server prints a line when it is up");
        // The first line names the address, in words or as JSON.
        let start = line
            .find("http://")
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            + "http://".len();
        let addr: String = line[start..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || ".:[]".contains(*c))
            .collect();
        let addr = addr.parse().unwrap();
        Self {
            child,
            addr,
            dir,
            lines,
        }
    }

    /// Lines the server has logged since the last call.
    pub fn log(&self) -> Vec<String> {
        self.lines.try_iter().collect()
    }

    pub fn get(&self, path: &str) -> HttpResponse {
        get(self.addr, path)
    }

    /// Sends `SIGTERM` and waits for the exit, for at most `limit`.
    pub fn terminate(&mut self, limit: Duration) -> Option<ExitStatus> {
        signal(&self.child, "TERM");
        wait_for(&mut self.child, limit)
    }
}

/// A child process, killed by its process id (if it still runs) and reaped
/// when dropped, so that a test that fails leaves nothing running.
#[derive(Debug)]
pub struct ChildGuard(Child);

impl ChildGuard {
    /// Starts `command`, guarded from the first moment.
    pub fn spawn(command: &mut Command) -> std::io::Result<Self> {
        command.spawn().map(Self)
    }
}

impl Deref for ChildGuard {
    type Target = Child;

    fn deref(&self) -> &Child {
        &self.0
    }
}

impl DerefMut for ChildGuard {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
}

pub fn wait_for(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// The name of the running test, as `cargo test` lists it: the test harness
/// names each test's thread after it.
pub fn this_test() -> String {
    let thread = std::thread::current();
    let name = thread.name().unwrap_or_default();
    assert!(
        !name.is_empty() && name != "main",
        "not inside a test, or its thread has no test's name: {name:?}"
    );
    name.to_owned()
}

/// Set to the test's name in the process that [`in_own_process`] starts.
const OWN_PROCESS: &str = "MOSCOW_TIME_TEST_OWN_PROCESS";

/// Runs `test` in a process of its own: this test binary again, running
/// only the test that calls this. For a test that changes what the whole
/// process shares, its environment variables and working directory (as
/// figment's `Jail` does), which the tests running beside it in other
/// threads would otherwise see change under them.
pub fn in_own_process(test: impl FnOnce()) {
    let name = this_test();
    if std::env::var_os(OWN_PROCESS).is_some_and(|own| own == *name) {
        test();
        return;
    }
    let output = Command::new(std::env::current_exe().expect("the test binary's path"))
        .args([&name, "--exact", "--nocapture", "--test-threads=1"])
        .env(OWN_PROCESS, &name)
        .output()
        .expect("running the test binary");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains(" 1 passed;"),
        "{name} failed in its own process:\n{stdout}{stderr}"
    );
}

/// An HTTP/1.1 response read off the wire.
#[derive(Debug)]
pub struct HttpResponse {
    /// The first response's status; 0 when the server closed without one.
    pub status: u16,
    pub head: String,
    pub body: String,
    /// Everything that came back, pipelined answers included.
    pub text: String,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// `GET path` over a fresh TCP connection.
pub fn get(addr: SocketAddr, path: &str) -> HttpResponse {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )
}

/// Sends the bytes of `request` as they are and reads the whole answer.
pub fn raw(addr: SocketAddr, request: impl AsRef<[u8]>) -> HttpResponse {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The server may close before it has read everything: that is an answer too.
    let _ = stream.write_all(request.as_ref());
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .strip_prefix("HTTP/1.")
        .and_then(|rest| rest.get(2..5))
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    HttpResponse {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
        text: text.clone(),
    }
}
