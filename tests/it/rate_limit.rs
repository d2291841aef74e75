//! Per-client rate limiting (`rate_limit`), on the real binary: off by
//! default; on, a client's burst passes and the next request is a cheap 429
//! with `Retry-After`, the IETF `RateLimit-Policy` and `RateLimit` fields and
//! the API's JSON error; the probes and `/metrics` are never limited; clients
//! are told apart by their address as `/api/ip` takes it; the refusals are
//! counted; bad settings stop the binary with one line.
//!
//! Every limit here refills one request each 1,000 s, so that nothing
//! refills while a test runs; no test depends on how long anything takes.

use std::net::IpAddr;
use std::process::Output;

use crate::common::{self, HttpResponse, Server};

/// One request each 1,000 s, `burst` at once.
fn limit(burst: u32) -> String {
    format!("{{per_second=0.001,burst={burst}}}")
}

/// The server with `ROCKET_RATE_LIMIT` set to [`limit`]`(burst)` and `env`.
fn limited(burst: u32, env: &[(&str, &str)]) -> Server {
    let setting = limit(burst);
    let mut all = vec![("ROCKET_RATE_LIMIT", setting.as_str())];
    all.extend_from_slice(env);
    Server::start_with(&[], &all)
}

fn from(source: [u8; 4]) -> IpAddr {
    IpAddr::from(source)
}

/// Checks that `response` is the limit's 429, and returns its `Retry-After`.
fn assert_refused(response: &HttpResponse) -> u64 {
    assert_eq!(response.status, 429, "{}", response.text);
    assert_eq!(response.header("Content-Type"), Some("application/json"));
    assert_eq!(response.header("Cache-Control"), Some("no-store"));
    let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(body, serde_json::json!({ "error": "too many requests" }));
    let retry_after: u64 = response
        .header("Retry-After")
        .expect("a Retry-After")
        .parse()
        .expect("Retry-After in seconds");
    assert!(retry_after >= 1);
    assert_eq!(
        response.header("RateLimit"),
        Some(format!("\"default\";r=0;t={retry_after}").as_str())
    );
    retry_after
}

#[test]
fn without_the_setting_no_request_is_limited() {
    let server = Server::start(&[]);
    for _ in 0..50 {
        let response = server.get("/api/ip");
        assert_eq!(response.status, 200, "{}", response.text);
        assert_eq!(response.header("RateLimit"), None);
        assert_eq!(response.header("RateLimit-Policy"), None);
    }
}

#[test]
fn a_clients_burst_passes_and_the_next_request_is_refused_with_every_field() {
    let server = limited(3, &[]);
    for left in [2, 1, 0] {
        let response = server.get("/api/ip");
        assert_eq!(response.status, 200, "{}", response.text);
        assert_eq!(
            response.header("RateLimit-Policy"),
            Some("\"default\";q=3;w=3000")
        );
        let field = response.header("RateLimit").unwrap();
        assert!(
            field.starts_with(&format!("\"default\";r={left};t=")),
            "{field}"
        );
    }
    // Held until the next request could pass (1,000 s) or 100 ms, whichever
    // is sooner: a client asking again at once is not answered at once.
    let asked = std::time::Instant::now();
    let refused = server.get("/api/ip");
    let held = asked.elapsed();
    assert_refused(&refused);
    assert!(held >= std::time::Duration::from_millis(100), "{held:?}");
    assert_eq!(
        refused.header("RateLimit-Policy"),
        Some("\"default\";q=3;w=3000")
    );
    // The whole site counts, pages and the API alike, and the answer is the same.
    assert_refused(&server.get("/"));
    assert_refused(&server.get("/api/timezone/Europe/Moscow"));
    let head = common::raw(
        server.addr,
        "HEAD /api/ip HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(head.status, 429);
    assert_eq!(head.body, "");
}

#[test]
fn the_probes_metrics_and_static_files_are_never_limited() {
    let server = limited(1, &[]);
    assert_eq!(server.get("/api/ip").status, 200);
    assert_refused(&server.get("/api/ip"));
    for path in ["/health", "/ready", "/metrics", "/static/app.css"] {
        for _ in 0..5 {
            let response = server.get(path);
            assert_eq!(response.status, 200, "{path}: {}", response.text);
            assert_eq!(response.header("RateLimit"), None, "{path}");
        }
    }
}

#[test]
fn two_client_addresses_have_a_bucket_each() {
    let server = limited(2, &[]);
    let (one, two) = (from([127, 0, 0, 2]), from([127, 0, 0, 3]));
    for _ in 0..2 {
        assert_eq!(
            common::get_from(one, server.addr, "/api/ip", &[]).status,
            200
        );
    }
    assert_refused(&common::get_from(one, server.addr, "/api/ip", &[]));
    let other = common::get_from(two, server.addr, "/api/ip", &[]);
    assert_eq!(other.status, 200, "{}", other.text);
    assert!(
        other.body.contains("\"client_ip\":\"127.0.0.3\""),
        "{}",
        other.body
    );
    assert_eq!(
        common::get_from(two, server.addr, "/api/ip", &[]).status,
        200
    );
    assert_refused(&common::get_from(two, server.addr, "/api/ip", &[]));
}

#[test]
fn with_ip_header_the_address_it_names_is_the_client() {
    let server = limited(1, &[("ROCKET_IP_HEADER", "X-Real-IP")]);
    let local = from([127, 0, 0, 1]);
    let first = ["X-Real-IP: 203.0.113.1"];
    assert_eq!(
        common::get_from(local, server.addr, "/api/ip", &first).status,
        200
    );
    assert_refused(&common::get_from(local, server.addr, "/api/ip", &first));
    // The same TCP peer, another address in the header: another client, the
    // one /api/ip answers for.
    let second = common::get_from(local, server.addr, "/api/ip", &["X-Real-IP: 203.0.113.2"]);
    assert_eq!(second.status, 200, "{}", second.text);
    assert!(
        second.body.contains("\"client_ip\":\"203.0.113.2\""),
        "{}",
        second.body
    );
}

#[test]
fn refused_requests_are_counted_in_the_metrics() {
    let server = limited(1, &[]);
    let count = |server: &Server| -> Option<f64> {
        server
            .get("/metrics")
            .body
            .lines()
            .find_map(|line| line.strip_prefix("moscow_time_rate_limited_total "))
            .and_then(|value| value.parse().ok())
    };
    assert_eq!(count(&server), Some(0.0));
    assert_eq!(server.get("/api/ip").status, 200);
    assert_refused(&server.get("/api/ip"));
    assert_refused(&server.get("/"));
    assert_eq!(count(&server), Some(2.0));
}

#[test]
fn the_setting_is_read_from_the_configuration_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Rocket.toml");
    std::fs::write(
        &file,
        "[default]\nrate_limit = { per_second = 0.001, burst = 1 }\n",
    )
    .unwrap();
    let server = Server::start(&["--config", file.to_str().unwrap()]);
    assert_eq!(server.get("/api/ip").status, 200);
    assert_refused(&server.get("/api/ip"));
}

#[test]
fn other_methods_are_still_405_or_404_with_the_limit_on() {
    let server = limited(100, &[]);
    let post = |path: &str| {
        common::raw(
            server.addr,
            format!(
                "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
        )
        .status
    };
    assert_eq!(post("/api/ip"), 405);
    assert_eq!(post("/nothing/here"), 404);
    assert_eq!(server.get("/nothing/here").status, 404);
}

fn run(env: &[(&str, &str)]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    common::command(dir.path(), &["serve", "--port", "0"])
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

#[test]
fn a_bad_setting_stops_the_binary_with_one_line() {
    for (setting, needle) in [
        ("{per_second=0,burst=5}", "per_second"),
        ("{per_second=-1,burst=5}", "per_second"),
        ("{per_second=\"fast\",burst=5}", "fast"),
        ("{per_second=10,burst=0}", "burst"),
        ("{per_second=10,burst=-2}", "-2"),
        ("{per_second=10}", "burst"),
        ("{per_second=10,burst=5,window=3}", "window"),
        ("10", "rate_limit"),
    ] {
        let output = run(&[("ROCKET_RATE_LIMIT", setting)]);
        let text = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "exit 0 for {setting}: {text}");
        assert_eq!(text.trim_end().lines().count(), 1, "{setting}: {text}");
        assert!(!text.contains("panicked"), "{setting}: {text}");
        for needle in [needle, "ROCKET_RATE_LIMIT"] {
            assert!(text.contains(needle), "{needle:?} not in {text}");
        }
    }
}
