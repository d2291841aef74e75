//! The real binary: serving over TCP, shutting down on signals, the health
//! check, and clear one-line errors with a non-zero exit for bad settings.

use std::net::TcpListener;
use std::process::Output;
use std::time::Duration;

use crate::common::{self, ChildGuard, Server};

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    common::command(dir.path(), args)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn assert_one_line_error(output: &Output, needles: &[&str]) {
    let text = stderr(output);
    assert!(!output.status.success(), "exit 0 for {text}");
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
    assert!(
        !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
        "{text}"
    );
    for needle in needles {
        assert!(text.contains(needle), "{needle:?} not in {text}");
    }
}

#[test]
fn the_binary_serves_the_page_over_tcp_and_exits_0_on_sigterm() {
    let mut server = Server::start(&[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Time in Moscow"), "{}", page.body);
    assert!(page.body.contains("MSK, UTC+03:00"));
    let api = server.get("/api/time");
    assert!(api.body.contains(r#""timezone":"Europe/Moscow""#));
    let status = server.terminate(Duration::from_secs(5));
    assert_eq!(status.map(|s| s.code()), Some(Some(0)));
}

#[test]
fn ctrl_c_stops_the_server_with_exit_0() {
    let mut server = Server::start(&[]);
    assert_eq!(server.get("/health").status, 200);
    common::signal(&server.child, "INT");
    let status = common::wait_for(&mut server.child, Duration::from_secs(5));
    assert_eq!(status.map(|s| s.code()), Some(Some(0)));
}

#[test]
fn a_request_in_flight_when_sigterm_arrives_is_answered() {
    let mut server = Server::start(&[]);
    // Half a request: the server has accepted the connection and waits for the rest.
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    use std::io::{Read, Write};
    stream
        .write_all(b"GET /api/time HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(100));
    common::signal(&server.child, "TERM");
    std::thread::sleep(Duration::from_millis(100));
    stream.write_all(b"Connection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let status = common::wait_for(&mut server.child, Duration::from_secs(6));
    assert_eq!(status.map(|s| s.code()), Some(Some(0)));
}

/// `log` without the line a server whose system clock is unsynchronized
/// writes once at start-up (tests/it/host_clock.rs checks it).
fn request_lines(mut log: Vec<String>) -> Vec<String> {
    log.retain(|line| !line.contains("the system clock"));
    log
}

#[test]
fn the_log_has_one_plain_line_per_request_when_not_on_a_terminal() {
    let server = Server::start(&[]);
    server.get("/api/time");
    server.get("/nowhere");
    std::thread::sleep(Duration::from_millis(200));
    let log = request_lines(server.log());
    assert_eq!(log.len(), 2, "{log:?}");
    assert!(log[0].contains("GET /api/time 200"), "{log:?}");
    assert!(log[1].contains("GET /nowhere 404"), "{log:?}");
    assert!(log.iter().all(|line| !line.contains('\x1b')), "{log:?}");
}

#[test]
fn log_level_critical_keeps_the_notices_and_silences_the_request_log() {
    // The start-up line is how Server finds the port: written at this level.
    let server = Server::start_with(
        &[],
        &[
            ("ROCKET_LOG_LEVEL", "critical"),
            ("ROCKET_TZDB", "system"),
            ("ROCKET_TZDB_DIR", "/nonexistent/zoneinfo"),
        ],
    );
    assert_eq!(server.get("/health").status, 200);
    std::thread::sleep(Duration::from_millis(200));
    let log = request_lines(server.log());
    assert_eq!(log.len(), 1, "only the notice: {log:?}");
    assert!(log[0].contains("using the embedded rules"), "{log:?}");
}

#[test]
fn log_level_debug_logs_as_normal_does() {
    let server = Server::start_with(&[], &[("ROCKET_LOG_LEVEL", "debug")]);
    server.get("/api/time");
    std::thread::sleep(Duration::from_millis(200));
    let log = request_lines(server.log());
    assert_eq!(log.len(), 1, "{log:?}");
    assert!(log[0].contains("GET /api/time 200"), "{log:?}");
}

#[test]
fn the_zone_can_be_set_by_flag_and_by_environment() {
    let server = Server::start(&["--timezone", "Asia/Tokyo"]);
    assert!(server.get("/").body.contains("JST, UTC+09:00"));
    let server = Server::start_with(&[], &[("ROCKET_TIMEZONE", "America/New_York")]);
    assert!(server.get("/api/time").body.contains("America/New_York"));
}

#[test]
fn with_several_zones_the_server_shows_the_first_in_the_set_language() {
    let zones = [("ROCKET_TIMEZONE", "Asia/Tokyo,Europe/Moscow")];
    let server = Server::start_with(&["--lang", "ru"], &zones);
    let page = server.get("/").body;
    assert!(page.contains("<h1>Время: Токио</h1>"), "{page}");
    assert!(page.contains("JST, UTC+09:00"), "{page}");
    let api = server.get("/api/ip").body;
    assert!(api.contains(r#""timezone":"Asia/Tokyo""#), "{api}");
}

#[test]
fn healthcheck_exits_0_when_the_server_answers_and_1_when_it_does_not() {
    let server = Server::start(&[]);
    let port = server.addr.port().to_string();
    let healthy = run(&["healthcheck", "--port", &port], &[]);
    assert_eq!(healthy.status.code(), Some(0), "{}", stderr(&healthy));
    drop(server);
    let unhealthy = run(&["healthcheck"], &[("ROCKET_PORT", &port)]);
    assert_eq!(unhealthy.status.code(), Some(1));
    assert_one_line_error(&unhealthy, &["unhealthy", &port]);
}

#[test]
fn a_port_that_is_not_a_number_is_a_one_line_error() {
    let output = run(&[], &[("ROCKET_PORT", "abc")]);
    assert_one_line_error(&output, &["ROCKET_PORT", "abc"]);
}

#[test]
fn a_port_out_of_range_is_rejected() {
    let output = run(&[], &[("PORT", "70000")]);
    assert_one_line_error(&output, &["PORT", "70000"]);
    let output = run(&["--port", "70000"], &[]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--port"));
}

#[test]
fn an_unknown_zone_is_a_one_line_error() {
    let output = run(&["--timezone", "Mars/Olympus"], &[]);
    assert_one_line_error(&output, &["Mars/Olympus", "--timezone"]);
}

#[test]
fn an_unknown_language_is_a_one_line_error() {
    let output = run(&["--lang", "ko"], &[]);
    assert_one_line_error(
        &output,
        &[
            "unknown language 'ko' (expected one of en, ru, de, fr, es, pt, it, uk, pl, tr, zh, ja, hi, ar)",
            "--lang",
        ],
    );
    let output = run(&["tui"], &[("ROCKET_LANG", "nl")]);
    assert_one_line_error(&output, &["'nl'", "ROCKET_LANG"]);
}

#[test]
fn thread_counts_rocket_would_panic_on_are_one_line_errors() {
    for (variable, value) in [
        ("ROCKET_WORKERS", "0"),
        ("ROCKET_WORKERS", "100000"),
        ("ROCKET_MAX_BLOCKING", "0"),
    ] {
        let output = run(&[], &[(variable, value)]);
        assert_one_line_error(&output, &[variable, &format!("{value} threads")]);
        assert_eq!(output.status.code(), Some(1));
    }
}

#[test]
fn a_malformed_config_file_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Rocket.toml"), "[default\nport = 1").unwrap();
    let output = common::command(dir.path(), &[]).output().unwrap();
    assert_one_line_error(&output, &["Rocket.toml"]);
}

#[test]
fn a_missing_named_config_file_is_an_error() {
    let output = run(&["--config", "/nonexistent/moscow.toml"], &[]);
    assert_one_line_error(&output, &["/nonexistent/moscow.toml"]);
}

#[test]
fn a_port_in_use_is_a_one_line_error_naming_the_port() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = run(&["--port", &port], &[]);
    assert_one_line_error(&output, &[&port, "--port", "in use"]);
}

#[test]
fn version_and_help_read_well() {
    let version = run(&["--version"], &[]);
    assert!(version.status.success());
    let text = String::from_utf8_lossy(&version.stdout);
    assert_eq!(
        text.lines().next(),
        Some(format!("moscow-time {}", env!("CARGO_PKG_VERSION")).as_str())
    );
    let help = run(&["--help"], &[]);
    let text = String::from_utf8_lossy(&help.stdout);
    for needle in [
        "serve",
        "tui",
        "healthcheck",
        "--port",
        "--timezone",
        "ROCKET_",
    ] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
}

#[test]
fn json_logs_are_one_object_per_line() {
    let server = Server::start_with(&[], &[("ROCKET_LOG_FORMAT", "json")]);
    server.get("/api/time/Asia/Tokyo");
    std::thread::sleep(Duration::from_millis(200));
    let log = request_lines(server.log());
    assert_eq!(log.len(), 1, "{log:?}");
    let line: serde_json::Value = serde_json::from_str(&log[0]).expect("a JSON object");
    assert_eq!(line["method"], "GET");
    assert_eq!(line["path"], "/api/time/Asia/Tokyo");
    assert_eq!(line["route"], "/api/time/<path..>");
    assert_eq!(line["status"], 200);
    assert_eq!(line["level"], "info");
    assert!(line["duration_ms"].as_f64().is_some(), "{line}");
    assert!(line["time"].as_str().unwrap().ends_with('Z'), "{line}");
}

#[test]
fn an_unknown_log_format_is_a_one_line_error() {
    let output = run(&[], &[("ROCKET_LOG_FORMAT", "xml")]);
    assert_one_line_error(&output, &["ROCKET_LOG_FORMAT", "xml"]);
}

#[test]
fn the_last_requests_are_in_the_log_file_after_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("moscow-time.log");
    let log_file = std::fs::File::create(&log_path).unwrap();
    let mut server = ChildGuard::spawn(
        common::command(dir.path(), &["serve", "--port", "0"])
            .stdout(log_file)
            .stderr(std::process::Stdio::null()),
    )
    .unwrap();
    let read_log = || std::fs::read_to_string(&log_path).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let addr = loop {
        if let Some(addr) = read_log()
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        {
            break addr;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no address in {:?}",
            read_log()
        );
        std::thread::sleep(Duration::from_millis(20));
    };

    for n in 1..=3 {
        assert_eq!(common::get(addr, &format!("/missing-{n}")).status, 404);
    }
    common::signal(&server, "TERM");
    let status = common::wait_for(&mut server, Duration::from_secs(10)).expect("it stops");

    assert!(status.success(), "{status:?}");
    let log = read_log();
    for n in 1..=3 {
        assert!(log.contains(&format!("GET /missing-{n} 404")), "{log}");
    }
}
