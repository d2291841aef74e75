//! The real binary serving on a free loopback port.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use super::http::{HttpResponse, get};
use super::process::{ChildGuard, command, signal, wait_for};

/// `moscow-time serve` on a free loopback port, in an empty directory of its
/// own; killed on drop.
pub struct Server {
    pub child: ChildGuard,
    pub addr: SocketAddr,
    lines: mpsc::Receiver<String>,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts `moscow-time serve --port 0 ARGS…` and waits for its "serving" line.
    pub fn start(args: &[&str]) -> Self {
        Self::start_with(args, &[])
    }

    /// The same, with the variables `env` set.
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
        Self {
            child,
            addr: addr.parse().unwrap(),
            lines,
            _dir: dir,
        }
    }

    /// Lines the server has logged since the last call.
    pub fn log(&self) -> Vec<String> {
        self.lines.try_iter().collect()
    }

    /// `GET path` over a fresh TCP connection.
    pub fn get(&self, path: &str) -> HttpResponse {
        get(self.addr, path)
    }

    /// Sends `SIGTERM` and waits for the exit, for at most `limit`.
    pub fn terminate(&mut self, limit: Duration) -> Option<ExitStatus> {
        signal(&self.child, "TERM");
        wait_for(&mut self.child, limit)
    }
}
