//! `/api/clock`, the server's time for clients that set their clocks by it,
//! and `/api/unixtime`, the same bare for scripts:
//! its shape, its size, its headers, what it says about the server's own
//! clock, and the real binary's answer against the system clock. The page
//! that measures with it is checked in a real browser
//! (tests/suites/browser/pages.mjs).

use chrono::Utc;
use moscow_time::host_clock::{ClockState, Discipline, recorded};
use rocket::http::{ContentType, Method, Status};
use serde_json::Value;

use crate::common::{ClientBuilder, Server};

/// The answer of the server at `rfc3339` whose clock is in `state`: status,
/// headers that matter, body.
fn clock_at(rfc3339: &str, state: ClockState) -> (Status, Option<String>, String) {
    let client = ClientBuilder::default()
        .at(rfc3339)
        .host_clock(state)
        .build();
    let response = client.get("/api/clock").dispatch();
    assert_eq!(response.content_type(), Some(ContentType::JSON));
    assert_eq!(
        response.headers().get_one("Access-Control-Allow-Origin"),
        Some("*")
    );
    let cache = response
        .headers()
        .get_one("Cache-Control")
        .map(str::to_owned);
    (response.status(), cache, response.into_string().unwrap())
}

#[test]
fn a_synchronized_server_gives_its_time_to_the_microsecond_and_its_error_bound() {
    let state = ClockState::Known(Discipline::from_timex(&recorded::SYNCED));
    let (status, cache, body) = clock_at("2026-11-30T12:34:49.123456Z", state);
    assert_eq!(status, Status::Ok);
    assert_eq!(cache.as_deref(), Some("no-store"));
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["unix_ms"], 1_796_042_089_123.456);
    assert_eq!(body["synchronized"], true);
    assert_eq!(body["max_error_ms"], 1.2);
}

#[test]
fn an_unsynchronized_or_unknown_clock_is_said_and_the_answer_stays_a_few_dozen_bytes() {
    let unsynced = ClockState::Known(Discipline::from_timex(&recorded::UNSYNCED));
    let (status, _, body) = clock_at("2026-11-30T12:34:49.123456Z", unsynced);
    assert_eq!(status, Status::Ok);
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["synchronized"], false);
    assert_eq!(json["max_error_ms"], 16000.0);
    assert!(body.len() <= 80, "{} bytes: {body}", body.len());

    let unknown = ClockState::Unknown("adjtimex: Operation not permitted".into());
    let (status, _, body) = clock_at("2026-11-30T12:34:49Z", unknown);
    assert_eq!(status, Status::Ok);
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["synchronized"], Value::Null);
    assert_eq!(json["max_error_ms"], Value::Null);
    assert_eq!(json["unix_ms"], 1_796_042_089_000.0);
}

#[test]
fn scripts_get_the_unix_time_as_bare_text_in_seconds_or_milliseconds() {
    let client = ClientBuilder::default()
        .at("2026-11-30T12:34:49.987654Z")
        .build();
    for (path, expected) in [
        ("/api/unixtime", "1796042089\n"),
        ("/api/unixtime/ms", "1796042089987\n"),
        ("/api/unixtime/", "1796042089\n"),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::Ok, "{path}");
        assert_eq!(response.content_type(), Some(ContentType::Plain), "{path}");
        assert_eq!(
            response.headers().get_one("Cache-Control"),
            Some("no-store"),
            "{path}"
        );
        assert_eq!(response.into_string().unwrap(), expected, "{path}");
    }
    let unknown = client.get("/api/unixtime/ns").dispatch();
    assert_eq!(unknown.status(), Status::NotFound);
    assert_eq!(unknown.into_string().unwrap(), r#"{"error":"not found"}"#);
    let post = client.req(Method::Post, "/api/unixtime").dispatch();
    assert_eq!(post.status(), Status::MethodNotAllowed);
}

#[test]
fn the_clock_takes_get_and_a_preflight_only() {
    let client = ClientBuilder::default().build();
    let post = client.req(Method::Post, "/api/clock").dispatch();
    assert_eq!(post.status(), Status::MethodNotAllowed);
    assert_eq!(post.headers().get_one("Allow"), Some("GET, HEAD, OPTIONS"));
    let preflight = client.req(Method::Options, "/api/clock").dispatch();
    assert!(
        preflight.status().class().is_success(),
        "{}",
        preflight.status()
    );
    let slash = client.get("/api/clock/").dispatch();
    assert_eq!(slash.status(), Status::Ok);
}

#[test]
fn the_real_server_answers_the_system_clock_between_two_reads_of_it() {
    let server = Server::start(&[]);
    let before = Utc::now().timestamp_micros() as f64 / 1e3;
    let answer = server.get("/api/clock");
    let after = Utc::now().timestamp_micros() as f64 / 1e3;
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.header("Cache-Control"), Some("no-store"));
    let body: Value = serde_json::from_str(&answer.body).unwrap();
    let served = body["unix_ms"].as_f64().unwrap();
    // The server's microsecond, read between two of this test's.
    assert!(
        before - 0.001 <= served && served <= after + 0.001,
        "{before} <= {served} <= {after}"
    );
    let health: Value = serde_json::from_str(&server.get("/health").body).unwrap();
    assert_eq!(
        body["synchronized"], health["clock"]["synchronized"],
        "{body} vs {health}"
    );
}
