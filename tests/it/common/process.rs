//! Processes the tests start: the binary, a command that sees only the
//! settings a test gives it, the one guard that ends a child when dropped,
//! signals, and a test run again in a process of its own.

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

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

/// Sends signal `name` (e.g. `TERM`) to `child`.
pub fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
}

/// The exit status of `child`, if it ends within `limit`.
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

/// The name of the running test, as `cargo test` lists it (`config::…`):
/// the test harness names each test's thread after it.
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
