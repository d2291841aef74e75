//! Embedded static files: types, validators, and nothing outside the set.

use rocket::http::{ContentType, Header, Status};

use crate::common;

#[test]
fn static_files_are_served_with_their_content_type() {
    let client = common::client();
    for (path, content_type) in [
        ("/static/app.css", ContentType::CSS),
        ("/static/app.js", ContentType::JavaScript),
        ("/static/favicon.svg", ContentType::SVG),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::Ok, "{path}");
        assert_eq!(response.content_type(), Some(content_type), "{path}");
        assert!(response.into_bytes().unwrap().len() > 100, "{path}");
    }
}

#[test]
fn static_files_have_an_etag_and_must_be_revalidated() {
    let client = common::client();
    let response = client.get("/static/app.css").dispatch();
    let etag = response.headers().get_one("ETag").unwrap();
    assert!(etag.starts_with('"') && etag.ends_with('"') && etag.len() > 10);
    let cache = response.headers().get_one("Cache-Control").unwrap();
    assert!(cache.contains("must-revalidate"), "{cache}");
}

#[test]
fn a_matching_if_none_match_gets_304_without_a_body() {
    let client = common::client();
    let etag = client
        .get("/static/app.js")
        .dispatch()
        .headers()
        .get_one("ETag")
        .unwrap()
        .to_owned();
    for value in [
        etag.clone(),
        format!("W/{etag}"),
        format!("\"x\", {etag}"),
        "*".into(),
    ] {
        let response = client
            .get("/static/app.js")
            .header(Header::new("If-None-Match", value.clone()))
            .dispatch();
        assert_eq!(response.status(), Status::NotModified, "{value}");
        assert!(response.into_bytes().unwrap_or_default().is_empty());
    }
}

#[test]
fn a_stale_or_malformed_if_none_match_gets_the_file() {
    let client = common::client();
    for value in ["\"stale\"", "garbage", ""] {
        let response = client
            .get("/static/app.css")
            .header(Header::new("If-None-Match", value))
            .dispatch();
        assert_eq!(response.status(), Status::Ok, "{value:?}");
    }
}

#[test]
fn an_unknown_static_file_is_404() {
    let client = common::client();
    let response = client.get("/static/nothing.css").dispatch();
    assert_eq!(response.status(), Status::NotFound);
}

#[test]
fn no_path_reaches_outside_the_embedded_files() {
    let client = common::client();
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2FCargo.toml",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/../../../../etc/passwd",
        "/static/templates/index.html",
        "/static/../templates/index.html",
        "/static//etc/passwd",
    ] {
        let response = client.get(path).dispatch();
        let status = response.status();
        assert!(
            (400..500).contains(&status.code),
            "{path} answered {status}"
        );
        let body = response.into_string().unwrap_or_default();
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{path}"
        );
    }
}
