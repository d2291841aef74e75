//! posix_tz_db's table and one zone's rule, at our paths: the formats byte
//! for byte, the rules of the database in use, validators, and what the
//! headers say of a rule that stops showing a zone's time.

use rocket::http::{Header, Status};
use rocket::local::blocking::Client;

use crate::common::ClientBuilder;

fn at_system(rfc3339: &str) -> Client {
    ClientBuilder::default()
        .set("tzdb", "system")
        .at(rfc3339)
        .build()
}

/// The embedded rules, on a day of 2026.
fn embedded() -> Client {
    ClientBuilder::default().at("2026-12-07T12:00:00Z").build()
}

#[test]
fn zones_json_is_posix_tz_db_s_format_with_every_area_s_zones() {
    let client = embedded();
    let response = client.get("/api/posix/zones.json").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(
        response.headers().get_one("Content-Type"),
        Some("application/json")
    );
    let version = moscow_time::tzdb::EMBEDDED_VERSION;
    assert_eq!(response.headers().get_one("Tzdb-Version"), Some(version));
    let etag = response.headers().get_one("ETag").unwrap().to_owned();
    assert!(etag.starts_with(&format!("\"{version}-")), "{etag}");
    let body = response.into_string().unwrap();
    assert!(body.starts_with("{\n\"Africa/Abidjan\":\"GMT0\",\n"));
    assert!(
        body.ends_with("\"\n}"),
        "no final newline, as the original's"
    );
    assert!(body.contains("\n\"Europe/Moscow\":\"MSK-3\",\n"));
    assert!(body.contains("\n\"America/New_York\":\"EST5EDT,M3.2.0,M11.1.0\",\n"));
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&body).unwrap();
    let keys: Vec<&String> = map.keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for name in ["Europe/Kyiv", "Europe/Kiev", "Etc/GMT-14", "Asia/Kolkata"] {
        assert!(map.contains_key(name), "{name}");
    }
    assert!(!map.contains_key("US/Eastern") && !map.contains_key("UTC"));

    // The same table again: 304, by its tag.
    let again = client
        .get("/api/posix/zones.json")
        .header(Header::new("If-None-Match", etag.clone()))
        .dispatch();
    assert_eq!(again.status(), Status::NotModified);
    assert_eq!(again.headers().get_one("ETag"), Some(etag.as_str()));
}

#[test]
fn zones_csv_is_posix_tz_db_s_format() {
    let client = embedded();
    let response = client.get("/api/posix/zones.csv").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(
        response.headers().get_one("Content-Type"),
        Some("text/csv; charset=utf-8")
    );
    let body = response.into_string().unwrap();
    assert!(body.starts_with("\"Africa/Abidjan\",\"GMT0\"\n"));
    assert!(body.ends_with("\"\n"));
    assert!(body.contains("\n\"Europe/Moscow\",\"MSK-3\"\n"));
    for line in body.lines() {
        let (name, rule) = line.split_once("\",\"").unwrap();
        assert!(name.starts_with('"') && rule.ends_with('"'), "{line}");
    }
    // As the original: Etc/ after every area.
    assert!(body.find("\"Pacific/").unwrap() < body.find("\"Etc/").unwrap());
}

#[test]
fn a_compressed_table_has_a_tag_of_its_own() {
    let client = embedded();
    let plain = client.get("/api/posix/zones.json").dispatch();
    let brotli = client
        .get("/api/posix/zones.json")
        .header(Header::new("Accept-Encoding", "br"))
        .dispatch();
    assert_eq!(brotli.headers().get_one("Content-Encoding"), Some("br"));
    let (a, b) = (
        plain.headers().get_one("ETag").unwrap(),
        brotli.headers().get_one("ETag").unwrap(),
    );
    assert_ne!(a, b);
}

#[test]
fn one_zone_s_rule_is_bare_text() {
    let client = embedded();
    for (path, rule) in [
        ("/api/posix/Europe/Moscow", "MSK-3"),
        ("/api/posix/europe/berlin", "CET-1CEST,M3.5.0,M10.5.0/3"),
        ("/api/posix/Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1"),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::Ok, "{path}");
        assert_eq!(
            response.headers().get_one("Content-Type"),
            Some("text/plain; charset=utf-8")
        );
        assert_eq!(response.headers().get_one("Posix-Rule-Valid-Until"), None);
        assert_eq!(response.into_string().as_deref(), Some(rule), "{path}");
    }
    let missing = client.get("/api/posix/Mars/Olympus").dispatch();
    assert_eq!(missing.status(), Status::NotFound);
    assert_eq!(
        missing.into_string().as_deref(),
        Some("error: unknown location")
    );
}

#[test]
fn a_rule_that_stops_showing_the_zone_s_time_says_until_when() {
    // tzdata 2026f: Cuba stays on daylight time until 7 November 2027; the
    // file's own rule says standard time now.
    let client = at_system("2026-12-07T12:00:00Z");
    let response = client.get("/api/posix/America/Havana").dispatch();
    assert_eq!(
        response.headers().get_one("Posix-Rule-Valid-Until"),
        Some("2027-11-07T05:00:00Z")
    );
    assert_eq!(response.into_string().as_deref(), Some("CDT4"));
    let table = client.get("/api/posix/zones.json").dispatch();
    let until = table
        .headers()
        .get_one("Posix-Rules-Valid-Until")
        .unwrap()
        .to_owned();
    assert!(
        until.contains("America/Havana 2027-11-07T05:00:00Z"),
        "{until}"
    );
    assert!(
        table
            .into_string()
            .unwrap()
            .contains("\"America/Havana\":\"CDT4\"")
    );
}
