//! The clock page: rendered on the server for the configured zone.

use rocket::http::{ContentType, Header, Status};

use crate::common;

#[test]
fn the_page_shows_the_time_in_moscow_rendered_on_the_server() {
    let client = common::client();
    let response = client.get("/").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.content_type(), Some(ContentType::HTML));
    let body = response.into_string().unwrap();
    assert!(body.contains("<title>Time in Moscow</title>"));
    // 2012-06-01T12:00:00Z: Moscow was UTC+4 then, so 16:00, not 15:00.
    assert!(body.contains(">16:00:00</time>"), "{body}");
    assert!(body.contains("Friday, 1 June 2012"));
    assert!(body.contains("MSK, UTC+04:00"));
    assert!(body.contains("Europe/Moscow"));
}

#[test]
fn the_page_carries_the_server_instant_and_offset_for_its_script() {
    let body = common::client().get("/").dispatch().into_string().unwrap();
    assert!(body.contains(r#"data-epoch-ms="1338552000000""#));
    assert!(body.contains(r#"data-offset-seconds="14400""#));
    let script = between(&body, "<script src=\"/static/app.", ".js\" defer></script>");
    assert!(script.is_some(), "{body}");
}

#[test]
fn the_page_shows_the_configured_zone() {
    let body = common::client_in("Asia/Tokyo")
        .get("/")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(body.contains("Time in Tokyo"));
    assert!(body.contains(">21:00:00</time>"));
    assert!(body.contains("JST, UTC+09:00"));
}

#[test]
fn the_page_is_never_cached() {
    let client = common::client();
    let response = client.get("/").dispatch();
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("no-store")
    );
}

#[test]
fn every_response_carries_the_security_headers() {
    let client = common::client();
    for path in ["/", "/api/time", "/health", "/static/app.css", "/nowhere"] {
        let response = client.get(path).dispatch();
        let headers = response.headers();
        let csp = headers
            .get_one("Content-Security-Policy")
            .unwrap_or_default();
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(csp.contains("style-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(headers.get_one("X-Content-Type-Options"), Some("nosniff"));
        assert_eq!(headers.get_one("X-Frame-Options"), Some("DENY"));
        assert_eq!(headers.get_one("Referrer-Policy"), Some("no-referrer"));
    }
}

#[test]
fn the_server_header_does_not_name_the_framework() {
    let client = common::client();
    let response = client.get("/").dispatch();
    assert_eq!(response.headers().get_one("Server"), None);
}

#[test]
fn an_unknown_page_is_a_404_html_page() {
    let client = common::client();
    let response = client
        .get("/no/such/page")
        .header(Header::new("Accept", "text/html"))
        .dispatch();
    assert_eq!(response.status(), Status::NotFound);
    assert_eq!(response.content_type(), Some(ContentType::HTML));
    assert!(response.into_string().unwrap().contains("Not found"));
}

/// The text between `start` and the next `end`, if both are in `text`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)?;
    Some(&text[from..from + to])
}
