//! The server knows when its own clock is wrong: `/health`, `/metrics` and,
//! with `clock_check`, `/ready` say what the kernel says about the system
//! clock. Checked on fixed states through the local client, and live: the
//! real binary against a second reader of the same kernel call, Python's
//! ctypes calling adjtimex (tests/suites/oracle/timex.py).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use moscow_time::host_clock::{
    ClockState, Discipline, MAX_ERROR_BOUND, STA_UNSYNC, Timex, WATCH_EVERY, recorded,
};
use rocket::http::Status;
use serde_json::Value;

use crate::common::{ClientBuilder, Server};

/// Max error and estimated error may grow between two reads (0.5 ms a
/// second while unsynchronized): the two readers agree within this.
const TOLERANCE: f64 = 0.1;

/// A clock chrony keeps, with `maxerror` microseconds of maximum error.
fn synchronized(maxerror: i64) -> ClockState {
    ClockState::Known(Discipline::from_timex(&Timex {
        maxerror,
        ..recorded::SYNCED
    }))
}

/// A clock with no time source, as on the machine this was written on.
fn unsynchronized() -> ClockState {
    ClockState::Known(Discipline::from_timex(&recorded::UNSYNCED))
}

fn unknown() -> ClockState {
    ClockState::Unknown("adjtimex: Operation not permitted (os error 1)".into())
}

/// `path`'s status and JSON body from the server seeing the clock `state`,
/// with `clock_check` as given.
fn probe(state: ClockState, clock_check: bool, path: &str) -> (Status, Value) {
    let client = ClientBuilder::default()
        .set("clock_check", clock_check)
        .host_clock(state)
        .build();
    let response = client.get(path).dispatch();
    let status = response.status();
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("no-store")
    );
    (status, response.into_json().unwrap())
}

/// The value of the sample whose line starts with `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|line| line.starts_with(series))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|value| value.parse().ok())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE
}

#[test]
fn health_stays_200_and_shows_an_unsynchronized_clock() {
    let (status, body) = probe(unsynchronized(), true, "/health");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["status"], "ok");
    assert!(body["tzdb"]["in_use"].is_string(), "{body}");
    let clock = &body["clock"];
    assert_eq!(clock["synchronized"], false, "{body}");
    assert_eq!(clock["max_error_seconds"], 16.0);
    assert_eq!(clock["estimated_error_seconds"], 16.0);
    assert_eq!(clock["status"], STA_UNSYNC);
    assert_eq!(clock["leap"], "none");
    assert_eq!(clock["source"], "adjtimex");
}

#[test]
fn health_shows_a_synchronized_clock_in_seconds() {
    let (status, body) = probe(synchronized(1_200), false, "/health");
    assert_eq!(status, Status::Ok);
    let clock = &body["clock"];
    assert_eq!(clock["synchronized"], true, "{body}");
    assert_eq!(clock["max_error_seconds"], 0.0012);
    assert_eq!(clock["tai_offset_seconds"], 37);
    let ratio = clock["frequency_adjustment_ratio"].as_f64().unwrap();
    assert!((ratio - -18.838e-6).abs() < 1e-9, "{ratio}");
}

#[test]
fn an_unknown_clock_is_said_as_unknown_and_claims_nothing() {
    let (status, body) = probe(unknown(), true, "/health");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["clock"]["synchronized"], Value::Null, "{body}");
    assert_eq!(body["clock"]["state"], "unknown");
    assert!(body["clock"].get("max_error_seconds").is_none(), "{body}");
    let client = ClientBuilder::default().host_clock(unknown()).build();
    let text = client.get("/metrics").dispatch().into_string().unwrap();
    assert!(!text.contains("moscow_time_clock_"), "{text}");
}

#[test]
fn with_clock_check_ready_answers_503_while_the_clock_is_unsynchronized() {
    let (status, body) = probe(unsynchronized(), true, "/ready");
    assert_eq!(status, Status::ServiceUnavailable);
    assert_eq!(body["status"], "clock unsynchronized", "{body}");
    assert_eq!(body["clock"]["synchronized"], false);
}

#[test]
fn with_clock_check_ready_answers_503_while_the_clock_may_be_over_a_second_off() {
    let (status, body) = probe(synchronized(2_500_000), true, "/ready");
    assert_eq!(status, Status::ServiceUnavailable);
    assert_eq!(body["status"], "clock error too large", "{body}");
    assert_eq!(body["clock"]["max_error_seconds"], 2.5);
    let (status, _) = probe(synchronized(1_000_000), true, "/ready");
    assert_eq!(status, Status::Ok, "the bound itself is within it");
}

#[test]
fn with_clock_check_a_synchronized_or_unknown_clock_leaves_the_server_ready() {
    for state in [synchronized(1_200), unknown()] {
        let (status, body) = probe(state.clone(), true, "/ready");
        assert_eq!(status, Status::Ok, "{state:?}");
        assert_eq!(body, serde_json::json!({ "status": "ready" }));
    }
}

#[test]
fn without_clock_check_an_unsynchronized_clock_leaves_the_server_ready() {
    let (status, body) = probe(unsynchronized(), false, "/ready");
    assert_eq!(status, Status::Ok);
    assert_eq!(body, serde_json::json!({ "status": "ready" }));
}

#[test]
fn the_metrics_show_the_clock_as_node_exporter_names_it() {
    let client = ClientBuilder::default()
        .host_clock(synchronized(1_200))
        .build();
    let text = client.get("/metrics").dispatch().into_string().unwrap();
    let expected = [
        ("moscow_time_clock_synchronized ", 1.0),
        ("moscow_time_clock_max_error_seconds ", 0.0012),
        ("moscow_time_clock_estimated_error_seconds ", 0.000085),
        ("moscow_time_clock_offset_seconds ", -0.000023456),
        ("moscow_time_clock_tai_offset_seconds ", 37.0),
        ("moscow_time_clock_status ", 8193.0),
    ];
    for (series, value) in expected {
        let got = sample(&text, series);
        assert!(
            got.is_some_and(|got| (got - value).abs() < 1e-12),
            "{series}: {got:?}\n{text}"
        );
    }
    assert!(
        text.contains("# TYPE moscow_time_clock_frequency_adjustment_ratio gauge"),
        "{text}"
    );
}

/// What the second reader says: `None` when it cannot make the call (a
/// sandbox refusing it), as the server then says "unknown".
fn second_reading() -> Option<Value> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/suites/oracle/timex.py");
    let output = Command::new("python3")
        .arg(script)
        .output()
        .expect("python3 runs");
    let said = String::from_utf8_lossy(&output.stderr);
    eprintln!(
        "timex.py: {}{said}",
        String::from_utf8_lossy(&output.stdout)
    );
    output
        .status
        .success()
        .then(|| serde_json::from_slice(&output.stdout).expect("timex.py prints JSON"))
}

#[test]
fn the_real_server_agrees_with_a_second_reader_of_the_kernel_clock() {
    let server = Server::start(&[]);
    let checked = Server::start_with(&[], &[("ROCKET_CLOCK_CHECK", "true")]);
    let kernel = second_reading();

    let health = server.get("/health");
    assert_eq!(health.status, 200, "{health:?}");
    let health: Value = serde_json::from_str(&health.body).unwrap();
    eprintln!("/health: {health}");
    assert_eq!(health["status"], "ok");
    let clock = &health["clock"];
    let metrics = server.get("/metrics").body;
    let plain_ready = server.get("/ready");
    assert_eq!(plain_ready.status, 200, "{plain_ready:?}");
    let ready = checked.get("/ready");
    eprintln!("/ready with clock_check: {} {}", ready.status, ready.body);
    assert_eq!(ready.header("Cache-Control"), Some("no-store"));

    let Some(kernel) = kernel else {
        assert_eq!(clock["synchronized"], Value::Null, "{clock}");
        assert_eq!(clock["state"], "unknown");
        assert_eq!(ready.status, 200);
        return;
    };
    let synchronized = kernel["synchronized"].as_bool().unwrap();
    let max_error = kernel["max_error_seconds"].as_f64().unwrap();
    let estimated_error = kernel["estimated_error_seconds"].as_f64().unwrap();

    assert_eq!(clock["synchronized"], synchronized, "{clock} vs {kernel}");
    assert_eq!(clock["source"], "adjtimex");
    let served = clock["max_error_seconds"].as_f64().unwrap();
    assert!(close(served, max_error), "{clock} vs {kernel}");
    let served = clock["estimated_error_seconds"].as_f64().unwrap();
    assert!(close(served, estimated_error), "{clock} vs {kernel}");
    assert_eq!(clock["tai_offset_seconds"], kernel["tai_offset_seconds"]);

    let expected = f64::from(u8::from(synchronized));
    assert_eq!(
        sample(&metrics, "moscow_time_clock_synchronized "),
        Some(expected),
        "{metrics}"
    );
    let scraped = sample(&metrics, "moscow_time_clock_max_error_seconds ").unwrap();
    assert!(close(scraped, max_error), "{scraped} vs {kernel}");

    let trusted = synchronized && max_error <= MAX_ERROR_BOUND;
    if trusted {
        assert_eq!(ready.status, 200, "{} vs {kernel}", ready.body);
    } else {
        assert_eq!(ready.status, 503, "{} vs {kernel}", ready.body);
        let body: Value = serde_json::from_str(&ready.body).unwrap();
        let reason = if synchronized {
            "clock error too large"
        } else {
            "clock unsynchronized"
        };
        assert_eq!(body["status"], reason);
    }
}

#[test]
fn an_untrustworthy_clock_is_logged_once_as_a_warning_not_on_every_read() {
    let server = Server::start_with(&[], &[("ROCKET_LOG_FORMAT", "json")]);
    let kernel = second_reading();
    // Past one more read of the clock by the server.
    std::thread::sleep(WATCH_EVERY + Duration::from_secs(1));
    let lines: Vec<Value> = server
        .log()
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .filter(|line: &Value| {
            line["message"]
                .as_str()
                .is_some_and(|message| message.contains("the system clock"))
        })
        .collect();
    eprintln!("logged: {lines:?}");
    let untrustworthy = kernel.is_some_and(|kernel| {
        !kernel["synchronized"].as_bool().unwrap()
            || kernel["max_error_seconds"].as_f64().unwrap() > MAX_ERROR_BOUND
    });
    if untrustworthy {
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0]["level"], "warn");
    } else {
        // Trusted: nothing to say. Unknown: said once, for information.
        assert!(lines.len() <= 1, "{lines:?}");
        assert!(
            lines.iter().all(|line| line["level"] == "info"),
            "{lines:?}"
        );
    }
}
