//! Readiness and the drain: `/ready` answers 503 from the moment `SIGTERM`
//! or Ctrl-C arrives, the server keeps serving for the configured drain,
//! then stops with exit 0.

use std::process::ExitStatus;
use std::time::{Duration, Instant};

use rocket::http::Status;

use crate::common::{self, Server};

/// The value of the sample whose line starts with `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|line| line.starts_with(series))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|value| value.parse().ok())
}

/// Polls `/ready` until it answers `status`, for at most two seconds.
fn wait_for_ready_status(server: &Server, status: u16) -> common::HttpResponse {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let answer = server.get("/ready");
        if answer.status == status || Instant::now() > deadline {
            return answer;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn exit_code(status: Option<ExitStatus>) -> Option<Option<i32>> {
    status.map(|status| status.code())
}

#[test]
fn ready_answers_200_with_json_that_is_not_cached() {
    let client = common::client();
    let response = client.get("/ready").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("no-store")
    );
    assert_eq!(response.into_string().unwrap(), r#"{"status":"ready"}"#);
}

#[test]
fn the_metrics_report_the_server_as_ready() {
    let client = common::client();
    let text = client.get("/metrics").dispatch().into_string().unwrap();
    assert!(text.contains("# TYPE moscow_time_ready gauge"), "{text}");
    assert_eq!(sample(&text, "moscow_time_ready "), Some(1.0));
}

#[test]
fn during_the_drain_ready_answers_503_while_everything_else_is_served() {
    let mut server = Server::start_with(&[], &[("ROCKET_DRAIN", "4")]);
    assert_eq!(server.get("/ready").status, 200);
    let signalled = Instant::now();
    common::signal(&server.child, "TERM");

    let ready = wait_for_ready_status(&server, 503);
    // The line is written before /ready changes; the thread reading the
    // server's output may pass it on a moment later.
    let said = |line: &String| line.ends_with(" draining: /ready answers 503; stopping in 4 s");
    let mut log = server.log();
    let deadline = Instant::now() + Duration::from_secs(2);
    while !log.iter().any(said) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        log.extend(server.log());
    }
    assert!(log.iter().any(said), "{log:?}");
    assert_eq!(ready.status, 503, "{ready:?}");
    assert_eq!(ready.body, r#"{"status":"draining"}"#);
    assert_eq!(ready.header("Cache-Control"), Some("no-store"));
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Time in Moscow"));
    assert_eq!(server.get("/api/time").status, 200);
    assert_eq!(server.get("/health").status, 200);
    let metrics = server.get("/metrics");
    assert_eq!(sample(&metrics.body, "moscow_time_ready "), Some(0.0));

    // Still serving well into the drain.
    std::thread::sleep(Duration::from_secs(2).saturating_sub(signalled.elapsed()));
    assert_eq!(server.get("/").status, 200);
    assert!(server.child.try_wait().unwrap().is_none(), "left early");

    // Then a graceful stop: drain (4 s) + nothing left in flight.
    let status = common::wait_for(&mut server.child, Duration::from_secs(5));
    assert_eq!(exit_code(status), Some(Some(0)));
    let took = signalled.elapsed();
    assert!(took >= Duration::from_secs(4), "stopped after {took:?}");
}

#[test]
fn ctrl_c_drains_like_sigterm() {
    let mut server = Server::start_with(&[], &[("ROCKET_DRAIN", "2")]);
    common::signal(&server.child, "INT");
    assert_eq!(wait_for_ready_status(&server, 503).status, 503);
    assert_eq!(server.get("/").status, 200);
    let status = common::wait_for(&mut server.child, Duration::from_secs(5));
    assert_eq!(exit_code(status), Some(Some(0)));
}

#[test]
fn a_second_signal_ends_the_drain_at_once() {
    let mut server = Server::start_with(&[], &[("ROCKET_DRAIN", "600")]);
    common::signal(&server.child, "TERM");
    assert_eq!(wait_for_ready_status(&server, 503).status, 503);
    common::signal(&server.child, "TERM");
    let status = common::wait_for(&mut server.child, Duration::from_secs(5));
    assert_eq!(exit_code(status), Some(Some(0)));
}

#[test]
fn without_a_drain_sigterm_stops_the_server_with_nothing_to_wait_for() {
    let mut server = Server::start(&[]);
    assert_eq!(server.get("/ready").status, 200);
    let signalled = Instant::now();
    let status = server.terminate(Duration::from_secs(10));
    assert_eq!(exit_code(status), Some(Some(0)));
    // Reported, not judged: without a drain there is nothing to wait for,
    // and the limit above only catches a server that would not stop.
    eprintln!("stopped {:?} after SIGTERM", signalled.elapsed());
}

#[test]
fn the_drain_can_be_set_in_the_configuration_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("moscow.toml"), "[default]\ndrain = 1\n").unwrap();
    let file = dir.path().join("moscow.toml");
    let mut server = Server::start(&["--config", file.to_str().unwrap()]);
    let signalled = Instant::now();
    common::signal(&server.child, "TERM");
    assert_eq!(wait_for_ready_status(&server, 503).status, 503);
    let status = common::wait_for(&mut server.child, Duration::from_secs(4));
    assert_eq!(exit_code(status), Some(Some(0)));
    assert!(signalled.elapsed() >= Duration::from_secs(1));
}

#[test]
fn a_negative_drain_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::command(dir.path(), &["serve"])
        .env("ROCKET_DRAIN", "-5")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
    assert!(text.contains("ROCKET_DRAIN"), "{text}");
}
