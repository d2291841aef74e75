//! A real Prometheus server (Debian's `prometheus` package) on a free
//! loopback port, scraping a target every second; killed on drop.

use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::http::get;
use super::process::ChildGuard;

/// A Prometheus server on loopback, killed on drop.
pub struct Prometheus {
    _child: ChildGuard,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Prometheus {
    /// Starts one that scrapes `target`.
    pub fn scraping(target: SocketAddr) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("prometheus.yml");
        std::fs::write(
            &config,
            format!(
                "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: moscow-time\n    \
                 static_configs:\n      - targets: ['{target}']\n"
            ),
        )
        .unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}").parse().unwrap();
        let child = ChildGuard::spawn(
            Command::new("prometheus")
                .arg(format!("--config.file={}", config.display()))
                .arg(format!(
                    "--storage.tsdb.path={}",
                    dir.path().join("data").display()
                ))
                .arg(format!("--web.listen-address={addr}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .expect("prometheus (Debian's prometheus package) must be installed");
        Self {
            _child: child,
            addr,
            _dir: dir,
        }
    }

    /// The first value of an instant query, once Prometheus has one.
    pub fn query(&self, expr: &str) -> Option<f64> {
        let path = format!("/api/v1/query?query={}", encode(expr));
        let body = std::net::TcpStream::connect(self.addr)
            .ok()
            .map(|_| get(self.addr, &path).body)?;
        let json: serde_json::Value = serde_json::from_str(body.lines().last()?).ok()?;
        json["data"]["result"][0]["value"][1].as_str()?.parse().ok()
    }

    /// Polls `expr` for 30 s until its value is `wanted`; panics otherwise.
    pub fn wait_for(&self, expr: &str, wanted: impl Fn(f64) -> bool) -> Option<f64> {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut last = None;
        while Instant::now() < deadline {
            last = self.query(expr);
            if last.is_some_and(&wanted) {
                return last;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        panic!("{expr} never satisfied the test; last value {last:?}");
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' => (byte as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}
