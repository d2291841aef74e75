//! The JSON time API and the health endpoint.

mod common;

use rocket::http::{ContentType, Status};
use rocket::serde::json::Value;

fn json(path: &str) -> (Status, Value) {
    let client = common::client();
    let response = client.get(path).dispatch();
    let status = response.status();
    assert_eq!(response.content_type(), Some(ContentType::JSON), "{path}");
    (status, response.into_json().unwrap())
}

#[test]
fn api_time_reports_the_configured_zone_with_worldtimeapi_fields() {
    let (status, body) = json("/api/time");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["timezone"], "Europe/Moscow");
    assert_eq!(body["datetime"], "2012-06-01T16:00:00.000000+04:00");
    assert_eq!(body["utc_datetime"], "2012-06-01T12:00:00.000000+00:00");
    assert_eq!(body["unixtime"], 1_338_552_000);
    assert_eq!(body["utc_offset"], "+04:00");
    assert_eq!(body["abbreviation"], "MSK");
    assert_eq!(body["day_of_week"], 5);
    assert_eq!(body["day_of_year"], 153);
    assert_eq!(body["week_number"], 22);
    assert_eq!(body["dst"], false);
}

#[test]
fn api_time_answers_for_any_iana_zone() {
    let (status, body) = json("/api/time/Asia/Tokyo");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["timezone"], "Asia/Tokyo");
    assert_eq!(body["datetime"], "2012-06-01T21:00:00.000000+09:00");
    assert_eq!(body["abbreviation"], "JST");
}

#[test]
fn api_time_answers_for_three_part_zones_and_single_names() {
    let (status, body) = json("/api/time/America/Argentina/Buenos_Aires");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["utc_offset"], "-03:00");
    let (status, body) = json("/api/time/UTC");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["utc_offset"], "+00:00");
}

#[test]
fn api_time_reports_daylight_saving_time() {
    let (_, body) = json("/api/time/Europe/London");
    assert_eq!(body["abbreviation"], "BST");
    assert_eq!(body["dst"], true);
}

#[test]
fn an_unknown_zone_is_a_404_with_only_an_error_key() {
    let (status, body) = json("/api/time/Mars/Olympus");
    assert_eq!(status, Status::NotFound);
    assert_eq!(body, serde_json::json!({ "error": "unknown location" }));
}

#[test]
fn traversal_in_a_zone_name_finds_no_zone() {
    let (status, body) = json("/api/time/..%2F..%2Fetc%2Fpasswd");
    assert!(status.code == 400 || status.code == 404, "{status}");
    assert_eq!(body.as_object().unwrap().len(), 1, "{body}");
}

#[test]
fn an_unknown_api_path_is_a_json_404() {
    let (status, body) = json("/api/nothing");
    assert_eq!(status, Status::NotFound);
    assert_eq!(body["error"], "not found");
}

#[test]
fn the_api_is_never_cached() {
    let client = common::client();
    let response = client.get("/api/time").dispatch();
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("no-store")
    );
}

#[test]
fn health_answers_200_with_json() {
    let (status, body) = json("/health");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["status"], "ok");
}
