//! `/api/sun/<zone>`: sunrise, sunset and the length of the day at a
//! zone's place, today there or on the date asked; polar day and night;
//! the zones without a place, and the dates that are not dates.

use rocket::http::{ContentType, Status};
use serde_json::{Value, json};

use crate::common::ClientBuilder;

/// The present: noon UTC, 15:00 in Moscow.
const NOW: &str = "2026-12-07T12:00:00Z";

/// The keys of the answer, in order.
const KEYS: [&str; 8] = [
    "timezone",
    "latitude",
    "longitude",
    "date",
    "sunrise",
    "sunset",
    "day_length_seconds",
    "polar",
];

/// The status and the JSON body of `GET path` at [`NOW`].
fn get(path: &str) -> (Status, Value) {
    let (status, body, _) = get_at(NOW, path);
    (status, body)
}

/// The status, the JSON body and its keys in the order answered, of
/// `GET path` at `now`.
fn get_at(now: &str, path: &str) -> (Status, Value, Vec<String>) {
    let client = ClientBuilder::default().at(now).build();
    let response = client.get(path.to_owned()).dispatch();
    assert_eq!(response.content_type(), Some(ContentType::JSON), "{path}");
    assert_eq!(
        response.headers().get_one("Access-Control-Allow-Origin"),
        Some("*"),
        "{path}"
    );
    let status = response.status();
    let text = response.into_string().unwrap();
    let body: Value = serde_json::from_str(&text).unwrap();
    let mut keys: Vec<(usize, String)> = body
        .as_object()
        .unwrap()
        .keys()
        .map(|key| (text.find(&format!("\"{key}\":")).unwrap(), key.clone()))
        .collect();
    keys.sort();
    (status, body, keys.into_iter().map(|(_, key)| key).collect())
}

/// The text of a string value.
fn text(value: &Value) -> &str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("not text: {value}"))
}

/// The instant `text` names, RFC 3339.
fn instant(value: &Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(text(value)).unwrap()
}

#[test]
fn moscow_today_rises_before_nine_and_sets_before_four() {
    let (status, body, keys) = get_at(NOW, "/api/sun/Europe/Moscow");
    assert_eq!(status, Status::Ok);
    assert_eq!(keys, KEYS);
    assert_eq!(body["timezone"], "Europe/Moscow");
    assert_eq!(body["date"], "2026-12-07");
    // The Kremlin: 55°45′21″ N, 37°37′04″ E.
    assert_eq!(body["latitude"], 55.755833);
    assert_eq!(body["longitude"], 37.617778);
    assert_eq!(body["polar"], Value::Null);
    let (sunrise, sunset) = (instant(&body["sunrise"]), instant(&body["sunset"]));
    assert!(text(&body["sunrise"]).starts_with("2026-12-07T08:4"));
    assert!(text(&body["sunset"]).starts_with("2026-12-07T15:5"));
    assert_eq!(sunrise.offset().local_minus_utc(), 3 * 3600);
    let length = body["day_length_seconds"].as_i64().unwrap();
    assert_eq!(length, (sunset - sunrise).num_seconds());
    assert!((25_800..26_400).contains(&length), "{length}");
}

#[test]
fn today_is_the_date_on_the_zone_s_own_clocks() {
    // 23:30 UTC on the 7th is already the 8th in Tokyo, still the 7th in
    // New York.
    let now = "2026-12-07T23:30:00Z";
    let (_, tokyo, _) = get_at(now, "/api/sun/Asia/Tokyo");
    assert_eq!(tokyo["date"], "2026-12-08");
    assert!(text(&tokyo["sunrise"]).starts_with("2026-12-08T06:"));
    let (_, new_york, _) = get_at(now, "/api/sun/America/New_York");
    assert_eq!(new_york["date"], "2026-12-07");
    assert!(text(&new_york["sunset"]).ends_with("-05:00"));
}

#[test]
fn a_date_asked_for_is_answered_for_that_date() {
    let (status, body) = get("/api/sun/Europe/Moscow?date=2027-06-21");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["date"], "2027-06-21");
    assert!(text(&body["sunrise"]).starts_with("2027-06-21T03:4"));
    assert!(text(&body["sunset"]).starts_with("2027-06-21T21:1"));
    assert!(body["day_length_seconds"].as_i64().unwrap() > 17 * 3600);
}

#[test]
fn svalbard_has_polar_night_in_december_and_polar_day_in_june() {
    let (status, night) = get("/api/sun/Arctic/Longyearbyen?date=2026-12-21");
    assert_eq!(status, Status::Ok);
    assert_eq!(
        night,
        json!({"timezone": "Arctic/Longyearbyen", "latitude": 78.0, "longitude": 16.0,
            "date": "2026-12-21", "sunrise": null, "sunset": null,
            "day_length_seconds": 0, "polar": "night"})
    );
    let (_, day, keys) = get_at(NOW, "/api/sun/Arctic/Longyearbyen?date=2027-06-21");
    assert_eq!(keys, KEYS);
    assert_eq!(day["polar"], "day");
    assert_eq!(day["day_length_seconds"], 86_400);
    assert_eq!(
        (&day["sunrise"], &day["sunset"]),
        (&Value::Null, &Value::Null)
    );
}

#[test]
fn mcmurdo_has_them_the_other_way_round() {
    let (_, december) = get("/api/sun/Antarctica/McMurdo?date=2026-12-21");
    assert_eq!(december["polar"], "day");
    assert!(december["latitude"].as_f64().unwrap() < -77.0);
    let (_, june) = get("/api/sun/Antarctica/McMurdo?date=2027-06-21");
    assert_eq!(june["polar"], "night");
}

#[test]
fn a_name_in_other_letter_case_is_answered_by_its_own_with_a_trailing_slash_too() {
    let (status, body) = get("/api/sun/europe/moscow/?date=2027-03-20");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["timezone"], "Europe/Moscow");
    let (status, body) = get("/api/sun/America/Argentina/Salta?date=2027-03-20");
    assert_eq!(status, Status::Ok);
    assert!(text(&body["sunrise"]).ends_with("-03:00"));
}

#[test]
fn zones_without_a_place_and_names_of_nothing_are_404s() {
    for path in [
        "/api/sun/UTC",
        "/api/sun/Etc/GMT+5",
        "/api/sun/US/Eastern",
        "/api/sun/Asia/Calcutta",
    ] {
        assert_eq!(
            get(path),
            (Status::NotFound, json!({"error": "no place for this zone"})),
            "{path}"
        );
    }
    for path in ["/api/sun/Mars/Base", "/api/sun/Europe"] {
        assert_eq!(
            get(path),
            (Status::NotFound, json!({"error": "unknown location"})),
            "{path}"
        );
    }
}

#[test]
fn a_date_that_is_not_one_is_a_400_that_says_so() {
    for date in [
        "2027-02-30",
        "2027-6-21",
        "21.06.2027",
        "1899-12-31",
        "2101-01-01",
        "today",
        "",
    ] {
        let (status, body) = get(&format!("/api/sun/Europe/Moscow?date={date}"));
        assert_eq!(status, Status::BadRequest, "{date}");
        assert_eq!(
            body["error"],
            format!("date '{date}' is not a date from 1900-01-01 to 2100-12-31 such as 2027-06-21")
        );
    }
    let (status, body) = get("/api/sun/Pacific/Apia?date=2011-12-30");
    assert_eq!(status, Status::BadRequest);
    assert_eq!(
        body["error"],
        "date '2011-12-30' is not on the clocks of Pacific/Apia: they skip it"
    );
    let (status, body) = get("/api/sun/Europe//x?date=2027-01-01");
    assert_eq!(
        (status, &body["error"]),
        (Status::NotFound, &json!("unknown location"))
    );
    let (status, body) = get("/api/sun/Europe/Mo%20scow");
    assert_eq!(
        (status, &body["error"]),
        (Status::BadRequest, &json!("malformed timezone name"))
    );
}

#[test]
fn the_openapi_document_describes_the_answer_key_for_key() {
    let (_, document) = get("/api/openapi.json");
    let operation = &document["paths"]["/api/sun/{area}/{location}"]["get"];
    assert_eq!(operation["operationId"], "sun");
    let sun = &document["components"]["schemas"]["Sun"];
    assert_eq!(sun["required"], json!(KEYS));
    assert_eq!(sun["additionalProperties"], false);
    let mut described: Vec<&str> = sun["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    described.sort_unstable();
    let mut answered = KEYS.to_vec();
    answered.sort_unstable();
    assert_eq!(described, answered);
}
