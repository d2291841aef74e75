//! The time API, worldtimeapi's surface: zone lists, exactly the original's
//! 15-field object on every one of its paths, `.txt`, the caller's time,
//! errors with one key, CORS, caching, 405 and trailing slashes; and our
//! extended answer at `/api/zone/…`.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};

use rocket::http::{ContentType, Header, Method, Status};
use serde_json::{Value, json};

use crate::common;

/// Where the requests come from: a documentation address, which the API
/// echoes as `client_ip`.
const CALLER: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::new(198, 51, 100, 7), 40000));

/// worldtimeapi's fifteen fields, in the order answered.
const FIELDS: [&str; 15] = [
    "abbreviation",
    "client_ip",
    "datetime",
    "day_of_week",
    "day_of_year",
    "dst",
    "dst_from",
    "dst_offset",
    "dst_until",
    "raw_offset",
    "timezone",
    "unixtime",
    "utc_datetime",
    "utc_offset",
    "week_number",
];

/// The status and the JSON body of `GET path` from [`CALLER`].
fn json(path: &str) -> (Status, Value) {
    let client = common::client();
    let response = client.get(path).remote(CALLER).dispatch();
    assert_eq!(response.content_type(), Some(ContentType::JSON), "{path}");
    let status = response.status();
    let body = response.into_string().unwrap_or_default();
    (status, serde_json::from_str(&body).unwrap())
}

#[test]
fn the_zone_list_is_every_name_sorted() {
    let (status, body) = json("/api/timezone");
    assert_eq!(status, Status::Ok);
    let names: Vec<&str> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(names.len() > 400, "{}", names.len());
    assert!(names.contains(&"Europe/Moscow") && names.contains(&"UTC"));
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn the_zone_list_as_text_is_one_name_per_line() {
    let client = common::client();
    let response = client.get("/api/timezone.txt").remote(CALLER).dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.content_type(), Some(ContentType::Text));
    let body = response.into_string().unwrap_or_default();
    let (_, list) = json("/api/timezone");
    assert_eq!(body.lines().count(), list.as_array().unwrap().len());
    assert!(body.lines().any(|line| line == "Asia/Tokyo"));
}

#[test]
fn an_area_lists_its_zones_in_json_and_text() {
    let (status, body) = json("/api/timezone/Europe");
    assert_eq!(status, Status::Ok);
    let zones = body.as_array().unwrap();
    assert!(
        zones
            .iter()
            .all(|z| z.as_str().unwrap().starts_with("Europe/"))
    );
    assert!(zones.contains(&json!("Europe/Moscow")));
    let client = common::client();
    let text = client
        .get("/api/timezone/Europe.txt")
        .remote(CALLER)
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert_eq!(text.lines().count(), zones.len());
    let (_, sub) = json("/api/timezone/America/Argentina");
    assert!(
        sub.as_array()
            .unwrap()
            .contains(&json!("America/Argentina/Buenos_Aires"))
    );
}

/// The keys of a JSON object as answered, in their order.
fn keys_in_order(client: &rocket::local::blocking::Client, path: &str) -> Vec<String> {
    let body = client
        .get(path)
        .remote(CALLER)
        .dispatch()
        .into_string()
        .unwrap_or_default();
    let value: Value = serde_json::from_str(&body).unwrap();
    let mut keys: Vec<(usize, String)> = value
        .as_object()
        .unwrap_or_else(|| panic!("{path}: {body}"))
        .keys()
        .map(|key| (body.find(&format!("\"{key}\":")).unwrap(), key.clone()))
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, key)| key).collect()
}

#[test]
fn every_worldtimeapi_path_answers_exactly_the_originals_fifteen_keys() {
    let client = common::client();
    for path in [
        "/api/timezone/Europe/London",
        "/api/timezone/UTC",
        "/api/timezone/America/Argentina/Buenos_Aires",
        "/api/timezone/Europe/Berlin/",
        "/api/ip",
        "/api/ip/",
        "/api/ip/203.0.113.9",
        "/api/ip/2001:db8::1",
        "/api/time",
        "/api/time/Asia/Tokyo",
    ] {
        assert_eq!(keys_in_order(&client, path), FIELDS, "{path}");
        let text = client
            .get(format!("{}.txt", path.trim_end_matches('/')))
            .remote(CALLER)
            .dispatch()
            .into_string()
            .unwrap_or_default();
        let keys: Vec<&str> = text
            .lines()
            .map(|l| l.split_once(": ").map_or(l, |(key, _)| key))
            .collect();
        assert_eq!(keys, FIELDS, "{path}.txt");
    }
}

#[test]
fn a_zone_answers_worldtimeapis_fifteen_fields() {
    let (status, body) = json("/api/timezone/Europe/London");
    assert_eq!(status, Status::Ok);
    // INSTANT is 2012-06-01T12:00:00Z: British Summer Time.
    assert_eq!(
        body,
        json!({
            "abbreviation": "BST",
            "client_ip": "198.51.100.7",
            "datetime": "2012-06-01T13:00:00.000000+01:00",
            "day_of_week": 5,
            "day_of_year": 153,
            "dst": true,
            "dst_from": "2012-03-25T01:00:00+00:00",
            "dst_offset": 3600,
            "dst_until": "2012-10-28T01:00:00+00:00",
            "raw_offset": 0,
            "timezone": "Europe/London",
            "unixtime": 1_338_552_000,
            "utc_datetime": "2012-06-01T12:00:00.000000+00:00",
            "utc_offset": "+01:00",
            "week_number": 22,
        })
    );
}

#[test]
fn our_zone_answer_is_the_fifteen_fields_then_the_posix_rule() {
    let (status, extended) = json("/api/zone/Europe/London");
    assert_eq!(status, Status::Ok);
    let (_, plain) = json("/api/timezone/Europe/London");
    let mut expected = plain.as_object().unwrap().clone();
    expected.insert("posix_tz".into(), json!("GMT0BST,M3.5.0/1,M10.5.0"));
    assert_eq!(extended, Value::Object(expected));
    let client = common::client();
    let mut keys = FIELDS.map(String::from).to_vec();
    keys.push("posix_tz".into());
    assert_eq!(keys_in_order(&client, "/api/zone/Europe/London"), keys);
    assert_eq!(keys_in_order(&client, "/api/zone/ip"), keys);
    assert_eq!(keys_in_order(&client, "/api/zone/ip/203.0.113.9/"), keys);

    let text = client
        .get("/api/zone/Europe/London.txt")
        .remote(CALLER)
        .dispatch()
        .into_string()
        .unwrap_or_default();
    let plain_text = client
        .get("/api/timezone/Europe/London.txt")
        .remote(CALLER)
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert_eq!(
        text,
        format!("{plain_text}\nposix_tz: GMT0BST,M3.5.0/1,M10.5.0")
    );

    let (_, caller) = json("/api/zone/ip/8.8.8.8");
    assert_eq!(caller["client_ip"], "8.8.8.8");
    assert_eq!(caller["timezone"], "Europe/Moscow");
    for (path, status, error) in [
        (
            "/api/zone/Mars/Olympus",
            Status::NotFound,
            "unknown location",
        ),
        ("/api/zone/Europe", Status::NotFound, "unknown location"),
        (
            "/api/zone/Europe/Mo%20scow",
            Status::BadRequest,
            "malformed timezone name",
        ),
        ("/api/zone/ip/999.1.1.1", Status::NotFound, "malformed ip"),
    ] {
        assert_eq!(json(path), (status, json!({ "error": error })), "{path}");
    }
}

#[test]
fn without_dst_the_period_is_null_and_the_raw_offset_is_the_offset() {
    let (_, body) = json("/api/timezone/Asia/Kathmandu");
    assert_eq!(body["utc_offset"], "+05:45");
    assert_eq!(body["raw_offset"], 20_700);
    assert_eq!(body["dst_offset"], 0);
    assert_eq!(body["dst_from"], Value::Null);
    assert_eq!(body["dst_until"], Value::Null);
    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    assert_eq!(keys, FIELDS.iter().collect::<Vec<_>>());
}

#[test]
fn three_part_and_one_part_zones_answer() {
    let (status, body) = json("/api/timezone/America/Argentina/Buenos_Aires");
    assert_eq!(
        (status, &body["utc_offset"]),
        (Status::Ok, &json!("-03:00"))
    );
    let (status, body) = json("/api/timezone/UTC");
    assert_eq!((status, &body["abbreviation"]), (Status::Ok, &json!("UTC")));
}

#[test]
fn a_name_in_other_letter_case_is_answered_by_its_own_and_an_alias_is_echoed() {
    // As the original answered /api/timezone/america/new_york.
    for (asked, answered) in [
        ("america/new_york", "America/New_York"),
        ("EUROPE/MOSCOW", "Europe/Moscow"),
        ("ETC/GMT", "Etc/GMT"),
        ("utc", "UTC"),
        ("Asia/Calcutta", "Asia/Calcutta"),
        ("America/Montreal", "America/Montreal"),
        ("Zulu", "Zulu"),
    ] {
        let (status, body) = json(&format!("/api/timezone/{asked}"));
        assert_eq!(
            (status, &body["timezone"]),
            (Status::Ok, &json!(answered)),
            "{asked}"
        );
    }
    let (status, body) = json("/api/timezone/europe");
    assert_eq!(status, Status::Ok);
    assert!(body.as_array().unwrap().contains(&json!("Europe/Moscow")));
}

#[test]
fn the_text_form_is_key_value_lines_in_field_order() {
    let client = common::client();
    let response = client
        .get("/api/timezone/Europe/Moscow.txt")
        .remote(CALLER)
        .dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.content_type(), Some(ContentType::Text));
    let body = response.into_string().unwrap_or_default();
    let keys: Vec<&str> = body
        .lines()
        .map(|l| l.split_once(": ").unwrap().0)
        .collect();
    assert_eq!(keys, FIELDS);
    assert!(body.contains("\ntimezone: Europe/Moscow\n"), "{body}");
    assert!(body.contains("\nraw_offset: 14400\n"), "{body}");
    assert!(body.contains("\ndst_from: \n"), "{body}");
    assert!(body.contains("client_ip: 198.51.100.7\n"), "{body}");
    // As the original's: no newline after the last line.
    assert!(body.ends_with("\nweek_number: 22"), "{body}");
    // Moscow went from UTC+4 back to UTC+3 in 2014: from 2012 (INSTANT)
    // on, no one POSIX rule does what its rules do.
    let ours = client
        .get("/api/zone/Europe/Moscow.txt")
        .remote(CALLER)
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert_eq!(ours, format!("{body}\nposix_tz: "));
}

#[test]
fn the_callers_time_is_the_configured_zone_with_their_address() {
    let client = common::client_in("Asia/Tokyo");
    let response = client.get("/api/ip").remote(CALLER).dispatch();
    assert_eq!(response.status(), Status::Ok);
    let body = response.into_string().unwrap_or_default();
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["timezone"], "Asia/Tokyo");
    assert_eq!(body["client_ip"], "198.51.100.7");
    let response = client.get("/api/ip.txt").remote(CALLER).dispatch();
    assert_eq!(response.content_type(), Some(ContentType::Text));
    let text = response.into_string().unwrap_or_default();
    assert!(text.contains("timezone: Asia/Tokyo\n"), "{text}");
}

#[test]
fn the_time_for_another_address_echoes_it_and_rejects_a_malformed_one() {
    let (status, body) = json("/api/ip/8.8.8.8");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["client_ip"], "8.8.8.8");
    assert_eq!(body["timezone"], "Europe/Moscow");
    let client = common::client();
    let text = client
        .get("/api/ip/2001:db8::1.txt")
        .remote(CALLER)
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert!(text.contains("client_ip: 2001:db8::1\n"), "{text}");
    // As the original answered an address that is none.
    let (status, body) = json("/api/ip/999.1.1.1");
    assert_eq!(status, Status::NotFound);
    assert_eq!(body, json!({ "error": "malformed ip" }));
}

#[test]
fn a_forwarded_address_header_is_not_trusted_by_default() {
    let client = common::client();
    for header in ["X-Real-IP", "X-Forwarded-For"] {
        let response = client
            .get("/api/ip")
            .remote(CALLER)
            .header(Header::new(header, "203.0.113.66"))
            .dispatch();
        let body: Value = response.into_json().unwrap();
        assert_eq!(body["client_ip"], "198.51.100.7", "{header}");
    }
}

#[test]
fn the_old_time_paths_answer_the_same_object() {
    let (_, alias) = json("/api/time/Europe/London");
    let (_, canonical) = json("/api/timezone/Europe/London");
    assert_eq!(alias, canonical);
    let (_, configured) = json("/api/time");
    let (_, ip) = json("/api/ip");
    assert_eq!(configured, ip);
}

#[test]
fn unknown_and_malformed_names_are_errors_with_one_key() {
    for (path, status, error) in [
        (
            "/api/timezone/Mars/Olympus",
            Status::NotFound,
            "unknown location",
        ),
        ("/api/timezone/Mars", Status::NotFound, "unknown location"),
        (
            "/api/timezone/Europe/Mo%20scow",
            Status::BadRequest,
            "malformed timezone name",
        ),
        (
            "/api/timezone/Europe/%3Cscript%3E",
            Status::BadRequest,
            "malformed timezone name",
        ),
    ] {
        let (got, body) = json(path);
        assert_eq!(got, status, "{path}");
        assert_eq!(body, json!({ "error": error }), "{path}");
    }
    let client = common::client();
    let response = client
        .get("/api/timezone/Mars/Olympus.txt")
        .remote(CALLER)
        .dispatch();
    assert_eq!(
        (response.status(), response.content_type()),
        (Status::NotFound, Some(ContentType::Text))
    );
    assert_eq!(
        response.into_string().unwrap_or_default(),
        "error: unknown location"
    );
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
    assert_eq!(
        (status, body),
        (Status::NotFound, json!({ "error": "not found" }))
    );
}

#[test]
fn the_time_is_never_cached() {
    let client = common::client();
    for path in ["/api/time", "/api/timezone/Asia/Tokyo", "/api/ip.txt"] {
        let response = client.get(path).dispatch();
        assert_eq!(
            response.headers().get_one("Cache-Control"),
            Some("no-store"),
            "{path}"
        );
    }
}

#[test]
fn paths_answer_with_and_without_a_trailing_slash() {
    for path in [
        "/api/timezone",
        "/api/timezone/Europe",
        "/api/ip",
        "/api/timezone/Asia/Tokyo",
    ] {
        let (plain, plain_body) = json(path);
        let (slashed, slashed_body) = json(&format!("{path}/"));
        assert_eq!((plain, slashed), (Status::Ok, Status::Ok), "{path}");
        assert_eq!(plain_body, slashed_body, "{path}");
    }
}

#[test]
fn browsers_may_call_the_api_from_any_origin() {
    let client = common::client();
    let response = client
        .get("/api/timezone/Europe/Moscow")
        .header(Header::new("Origin", "https://example.org"))
        .dispatch();
    assert_eq!(
        response.headers().get_one("Access-Control-Allow-Origin"),
        Some("*")
    );
    let missing = client.get("/api/timezone/Mars/Olympus").dispatch();
    assert_eq!(
        missing.headers().get_one("Access-Control-Allow-Origin"),
        Some("*")
    );
    let preflight = client
        .req(Method::Options, "/api/timezone/Europe/Moscow")
        .header(Header::new("Origin", "https://example.org"))
        .header(Header::new("Access-Control-Request-Method", "GET"))
        .dispatch();
    assert_eq!(preflight.status(), Status::NoContent);
    let headers = preflight.headers();
    assert_eq!(headers.get_one("Access-Control-Allow-Origin"), Some("*"));
    assert!(
        headers
            .get_one("Access-Control-Allow-Methods")
            .unwrap()
            .contains("GET")
    );
    // The page is not for other origins.
    let page = client.get("/").dispatch();
    assert_eq!(page.headers().get_one("Access-Control-Allow-Origin"), None);
}

#[test]
fn a_wrong_method_on_a_real_path_is_405_with_allow() {
    let client = common::client();
    for (method, path, allow) in [
        (
            Method::Post,
            "/api/timezone/Europe/Moscow",
            "GET, HEAD, OPTIONS",
        ),
        (Method::Delete, "/api/ip", "GET, HEAD, OPTIONS"),
        (Method::Put, "/", "GET, HEAD"),
        (Method::Post, "/health", "GET, HEAD"),
        (Method::Trace, "/api/timezone", "GET, HEAD, OPTIONS"),
    ] {
        let response = client.req(method, path).dispatch();
        assert_eq!(
            response.status(),
            Status::MethodNotAllowed,
            "{method} {path}"
        );
        assert_eq!(
            response.headers().get_one("Allow"),
            Some(allow),
            "{method} {path}"
        );
    }
    let nowhere = client.req(Method::Post, "/nothing/here").dispatch();
    assert_eq!(nowhere.status(), Status::NotFound);
}

#[test]
fn the_api_describes_itself_in_openapi() {
    let (status, body) = json("/api/openapi.json");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["openapi"], "3.1.0");
    for path in [
        "/api/timezone",
        "/api/timezone/{area}/{location}",
        "/api/ip",
        "/api/ip.txt",
        "/api/clock",
        "/api/unixtime",
        "/api/unixtime/ms",
    ] {
        assert!(body["paths"][path]["get"].is_object(), "{path}");
    }
    let schemas = &body["components"]["schemas"];
    let required = |schema: &str| -> Vec<String> {
        serde_json::from_value(schemas[schema]["required"].clone()).unwrap()
    };
    // Sorted: the document's order is not kept in reading it.
    let properties = |schema: &str| -> Vec<String> {
        schemas[schema]["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let sorted = |mut keys: Vec<String>| {
        keys.sort();
        keys
    };
    // worldtimeapi's answer: its fifteen fields, no other.
    assert_eq!(required("Time"), FIELDS);
    assert_eq!(properties("Time"), FIELDS);
    assert_eq!(schemas["Time"]["additionalProperties"], false);
    // Ours: the same fifteen, the POSIX rule, and for a caller the source.
    let mut ours = FIELDS.map(String::from).to_vec();
    ours.push("posix_tz".into());
    assert_eq!(required("ZoneTime"), ours);
    ours.push("timezone_source".into());
    assert_eq!(properties("ZoneTime"), sorted(ours));
    assert_eq!(schemas["ZoneTime"]["additionalProperties"], false);
    for path in [
        "/api/zone/{area}/{location}",
        "/api/zone/ip",
        "/api/zone/ip/{address}",
    ] {
        assert!(body["paths"][path]["get"].is_object(), "{path}");
    }
}

#[test]
fn health_names_the_tz_database_in_use() {
    let (status, body) = json("/health");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["status"], "ok");
    let version = chrono_tz::IANA_TZDB_VERSION;
    assert_eq!(body["tzdb"]["in_use"], format!("embedded {version}"));
    assert_eq!(body["tzdb"]["embedded"], version);
}
