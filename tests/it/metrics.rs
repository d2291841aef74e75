//! Prometheus metrics: the text format, labels by route template, and a real
//! Prometheus server scraping the real binary.

use std::io::Write;
use std::process::{Command, Stdio};

use moscow_time::config::{self, Config};
use moscow_time::startup::Runtime;
use moscow_time::web;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;

use crate::common::prometheus::Prometheus;
use crate::common::{self, Server};

fn scrape(client: &Client) -> String {
    let response = client.get("/metrics").dispatch();
    assert_eq!(response.status(), Status::Ok);
    response.into_string().unwrap()
}

/// The value of the sample whose line starts with `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|line| line.starts_with(series))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|value| value.parse().ok())
}

#[test]
fn metrics_are_served_in_the_prometheus_text_format() {
    let client = common::client();
    client.get("/health").dispatch();
    let response = client.get("/metrics").dispatch();
    let content_type = response.content_type().unwrap();
    assert_eq!(content_type.top(), "text");
    assert_eq!(content_type.sub(), "plain");
    assert_eq!(content_type.param("version"), Some("0.0.4"));
    let text = response.into_string().unwrap();
    for family in [
        "# TYPE http_requests_total counter",
        "# TYPE http_request_duration_seconds histogram",
        "# TYPE http_requests_in_flight gauge",
        "# TYPE moscow_time_build_info gauge",
        "# TYPE process_resident_memory_bytes gauge",
        "# TYPE process_open_fds gauge",
        "# TYPE process_start_time_seconds gauge",
    ] {
        assert!(text.contains(family), "{family} missing from\n{text}");
    }
    let version = format!(r#"version="{}""#, env!("CARGO_PKG_VERSION"));
    assert!(text.contains(&version), "{text}");
    let tzdb = format!(
        r#"moscow_time_tzdb_info{{source="embedded",version="{}"}} 1"#,
        chrono_tz::IANA_TZDB_VERSION
    );
    assert!(text.contains(&tzdb), "{text}");
}

#[test]
fn requests_are_counted_by_route_template_and_status() {
    let client = common::client();
    for zone in [
        "Asia/Tokyo",
        "Europe/Paris",
        "America/Argentina/Buenos_Aires",
    ] {
        client.get(format!("/api/time/{zone}")).dispatch();
    }
    client.get("/api/time/Mars/Olympus").dispatch();
    client.get("/no/such/page").dispatch();
    let text = scrape(&client);
    let zones = r#"http_requests_total{method="GET",route="/api/time/<path..>",status="#;
    assert_eq!(
        sample(&text, &format!(r#"{zones}"200"}}"#)),
        Some(3.0),
        "{text}"
    );
    assert_eq!(
        sample(&text, &format!(r#"{zones}"404"}}"#)),
        Some(1.0),
        "{text}"
    );
    assert!(
        !text.contains("Asia/Tokyo") && !text.contains("Mars"),
        "{text}"
    );
    // Any other path is the zone pages' (a 404 page for a name that is no zone).
    let pages = r#"http_requests_total{method="GET",route="/<path..>",status="404"}"#;
    assert_eq!(sample(&text, pages), Some(1.0), "{text}");
    let count = r#"http_request_duration_seconds_count{method="GET",route="/api/time/<path..>"}"#;
    assert_eq!(sample(&text, count), Some(4.0), "{text}");
}

#[test]
fn the_metrics_endpoint_can_be_turned_off() {
    let figment = config::defaults()
        .merge(("metrics", false))
        .merge(("log_level", "off"));
    let config = Config::from_figment(figment).unwrap();
    let runtime = Runtime::open(config).unwrap();
    let client = Client::tracked(web::rocket(&runtime)).unwrap();
    assert_eq!(client.get("/metrics").dispatch().status(), Status::NotFound);
    assert_eq!(client.get("/health").dispatch().status(), Status::Ok);
    assert_eq!(
        client.get("/api/time").dispatch().content_type(),
        Some(ContentType::JSON)
    );
}

#[test]
fn promtool_accepts_the_metrics() {
    let server = Server::start(&[]);
    server.get("/api/time");
    server.get("/nowhere");
    let text = server.get("/metrics").body;
    let mut promtool = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool (Debian's prometheus package) must be installed");
    promtool
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = promtool.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}\n{text}");
    assert!(said.trim().is_empty(), "promtool warns: {said}");
}

#[test]
fn a_real_prometheus_scrapes_the_server_and_sees_the_counter_rise() {
    let server = Server::start(&[]);
    let prometheus = Prometheus::scraping(server.addr);
    prometheus.wait_for(r#"up{job="moscow-time"}"#, |up| up == 1.0);
    let counter = r#"sum(http_requests_total{job="moscow-time",route="/api/time/<path..>"})"#;
    for _ in 0..5 {
        assert_eq!(server.get("/api/time").status, 200);
    }
    let seen = prometheus.wait_for(counter, |count| count >= 5.0);
    for _ in 0..7 {
        server.get("/api/time");
    }
    prometheus.wait_for(counter, |count| count >= seen.unwrap() + 7.0);
}
