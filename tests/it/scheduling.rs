//! `/api/convert` and `/api/transitions/<zone>`, what schedulers need: the
//! answers a scheduler reads, the errors it gets for what it sends wrong,
//! and, for every zone with both tz databases, agreement with Python's
//! `zoneinfo` (tests/suites/oracle/scheduling_oracle.py): each zone's next
//! and latest changes, the gap and fold of its next two changes under every
//! disambiguation, and thousands of random conversions.

use std::io::Write;

use rocket::http::{ContentType, Status};
use serde_json::{Value, json};

use crate::common::ClientBuilder;
use crate::oracle::{SYSTEM_DIR, client, judge, tzdata_package};

/// The present the oracle starts from.
const TODAY: &str = "2026-11-30T12:00:00Z";

fn get(path: &str) -> (Status, Value) {
    let client = ClientBuilder::default().at(TODAY).build();
    let response = client.get(path.to_owned()).dispatch();
    assert_eq!(response.content_type(), Some(ContentType::JSON), "{path}");
    assert_eq!(
        response.headers().get_one("Access-Control-Allow-Origin"),
        Some("*")
    );
    let status = response.status();
    (status, response.into_json().unwrap())
}

#[test]
fn a_scheduler_is_told_that_berlins_half_past_two_does_not_exist_and_gets_its_choice() {
    let path = "/api/convert?datetime=2027-03-28T02:30&from=Europe/Berlin&to=America/New_York";
    let (status, body) = get(path);
    assert_eq!(status, Status::Ok);
    assert_eq!(body["local_time"], "gap");
    assert_eq!(body["disambiguation"], "compatible");
    assert_eq!(body["utc_datetime"], "2027-03-28T01:30:00Z");
    assert_eq!(body["earlier"], "2027-03-28T00:30:00Z");
    assert_eq!(body["later"], "2027-03-28T01:30:00Z");
    assert_eq!(body["from"]["datetime"], "2027-03-28T03:30:00+02:00");
    assert_eq!(body["to"]["datetime"], "2027-03-27T21:30:00-04:00");
    assert_eq!(body["to"]["abbreviation"], "EDT");

    let (status, body) = get(&format!("{path}&disambiguation=earlier"));
    assert_eq!(status, Status::Ok);
    assert_eq!(body["from"]["datetime"], "2027-03-28T01:30:00+01:00");

    let (status, body) = get(&format!("{path}&disambiguation=reject"));
    assert_eq!(status, Status::UnprocessableEntity);
    assert_eq!(
        body,
        json!({"error": "2027-03-28T02:30:00 does not exist: the clocks skip it in Europe/Berlin; disambiguation=reject"})
    );
}

#[test]
fn the_autumn_fold_is_said_and_each_choice_lands_on_its_own_instant() {
    let path = "/api/convert?datetime=2027-10-31T02:30:00&from=Europe/Berlin";
    let (_, compatible) = get(path);
    assert_eq!(compatible["local_time"], "fold");
    assert_eq!(compatible["from"]["datetime"], "2027-10-31T02:30:00+02:00");
    let (_, later) = get(&format!("{path}&disambiguation=later"));
    assert_eq!(later["from"]["datetime"], "2027-10-31T02:30:00+01:00");
    assert_eq!(later["to"], Value::Null);
    let (status, _) = get(&format!("{path}&disambiguation=reject"));
    assert_eq!(status, Status::UnprocessableEntity);
    let (status, body) =
        get("/api/convert?datetime=2027-10-31T12:00&from=Asia/Tokyo&disambiguation=reject");
    assert_eq!(
        (status, &body["local_time"]),
        (Status::Ok, &json!("unique"))
    );
}

#[test]
fn what_a_scheduler_sends_wrong_gets_a_clear_error() {
    for (path, status, error) in [
        (
            "/api/convert?from=Europe/Berlin",
            Status::BadRequest,
            "datetime is missing: a local date and time such as 2027-03-28T02:30",
        ),
        (
            "/api/convert?datetime=2027-02-30T10:00&from=Europe/Berlin",
            Status::BadRequest,
            "datetime '2027-02-30T10:00' is not a local date and time such as 2027-03-28T02:30 or 2027-03-28T02:30:00",
        ),
        (
            "/api/convert?datetime=2027-01-01T10:00",
            Status::BadRequest,
            "from is missing: a zone name such as Europe/Berlin",
        ),
        (
            "/api/convert?datetime=2027-01-01T10:00&from=Mars/Base",
            Status::NotFound,
            "unknown location",
        ),
        (
            "/api/convert?datetime=2027-01-01T10:00&from=Europe/Berlin&to=Europe%2F%2FX",
            Status::BadRequest,
            "to is a malformed timezone name",
        ),
        (
            "/api/convert?datetime=2027-01-01T10:00&from=UTC&disambiguation=first",
            Status::BadRequest,
            "disambiguation 'first' is not one of compatible, earlier, later, reject",
        ),
        (
            "/api/transitions/Europe/Berlin?next=51",
            Status::BadRequest,
            "next '51' is not a count from 0 to 50",
        ),
        (
            "/api/transitions/Europe/Berlin?previous=-1",
            Status::BadRequest,
            "previous '-1' is not a count from 0 to 50",
        ),
        (
            "/api/transitions/Mars/Base",
            Status::NotFound,
            "unknown location",
        ),
        (
            "/api/transitions/Europe",
            Status::NotFound,
            "unknown location",
        ),
    ] {
        assert_eq!(get(path), (status, json!({ "error": error })), "{path}");
    }
}

#[test]
fn a_zone_s_next_changes_say_what_the_clocks_skip_and_repeat() {
    let (status, body) = get("/api/transitions/Europe/Berlin");
    assert_eq!(status, Status::Ok);
    assert_eq!(body["previous"], json!([]));
    assert_eq!(
        body["next"][0],
        json!({
            "utc_datetime": "2027-03-28T01:00:00Z",
            "unixtime": 1_806_195_600,
            "before": {"abbreviation": "CET", "utc_offset": "+01:00", "offset_seconds": 3600, "dst": false},
            "after": {"abbreviation": "CEST", "utc_offset": "+02:00", "offset_seconds": 7200, "dst": true},
            "local_time": "gap",
            "local_from": "2027-03-28T02:00:00",
            "local_until": "2027-03-28T03:00:00",
        })
    );
    assert_eq!(body["next"][1]["local_time"], "fold");
    assert_eq!(body["next"].as_array().unwrap().len(), 2);

    let (_, tokyo) = get("/api/transitions/Asia/Tokyo?next=3&previous=1");
    assert_eq!(tokyo["next"], json!([]));
    assert_eq!(tokyo["previous"][0]["utc_datetime"], "1951-09-08T15:00:00Z");
    let (_, slash) = get("/api/transitions/Asia/Tokyo/?previous=1");
    assert_eq!(slash["previous"], tokyo["previous"]);
}

/// A small deterministic generator for the random cases (xorshift).
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

const CHOICES: [&str; 4] = ["compatible", "earlier", "later", "reject"];

/// Asks for every zone's changes, the conversions around its next two and
/// random ones, and has the oracle check them.
fn check(tzdb: &str, python_env: &[(&str, &str)]) {
    let client = client(tzdb, TODAY);
    let dir = tempfile::tempdir().unwrap();
    let answers_path = dir.path().join("answers.jsonl");
    let mut answers = std::fs::File::create(&answers_path).unwrap();
    let mut record = |kind: &str, query: Value, path: String| {
        let response = client.get(path).dispatch();
        let status = response.status().code;
        let body: Value = response.into_json().unwrap();
        let line = json!({"kind": kind, "query": query, "status": status, "body": body});
        writeln!(answers, "{line}").unwrap();
        body
    };
    // In a query `+` is a space: Etc/GMT+5 is sent as Etc/GMT%2B5.
    let encoded = |name: &str| name.replace('+', "%2B");
    let convert = |zone: &str, local: &str, choice: &str, to: Option<&str>| {
        let mut path = format!(
            "/api/convert?datetime={local}&from={}&disambiguation={choice}",
            encoded(zone)
        );
        if let Some(to) = to {
            path.push_str(&format!("&to={}", encoded(to)));
        }
        (
            json!({"from": zone, "datetime": local, "disambiguation": choice, "to": to}),
            path,
        )
    };
    let names: Vec<String> = client.get("/api/timezone").dispatch().into_json().unwrap();
    let mut conversions = Vec::new();
    for name in &names {
        let query = json!({"zone": name, "next": 2, "previous": 2});
        let body = record(
            "transitions",
            query,
            format!("/api/transitions/{name}?next=2&previous=2"),
        );
        for change in body["next"].as_array().unwrap() {
            // The first second the change skips or repeats, and the middle of the span.
            if let (Some(from), Some(until)) = (
                change["local_from"].as_str(),
                change["local_until"].as_str(),
            ) {
                let from =
                    chrono::NaiveDateTime::parse_from_str(from, "%Y-%m-%dT%H:%M:%S").unwrap();
                let until =
                    chrono::NaiveDateTime::parse_from_str(until, "%Y-%m-%dT%H:%M:%S").unwrap();
                for local in [from, from + (until - from) / 2] {
                    for choice in CHOICES {
                        conversions.push(convert(
                            name,
                            &local.format("%Y-%m-%dT%H:%M:%S").to_string(),
                            choice,
                            None,
                        ));
                    }
                }
            }
        }
    }
    let mut random = Random(0x5eed_1234_abcd_ef01);
    for _ in 0..3000 {
        let zone = &names[random.below(names.len() as u64) as usize];
        let to = &names[random.below(names.len() as u64) as usize];
        let minute = random.below(4 * 366 * 24 * 60) as i64;
        let local = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            + chrono::Duration::minutes(minute);
        let choice = CHOICES[random.below(4) as usize];
        conversions.push(convert(
            zone,
            &local.format("%Y-%m-%dT%H:%M").to_string(),
            choice,
            Some(to),
        ));
    }
    for (query, path) in conversions {
        record("convert", query, path);
    }
    drop(answers);
    judge(
        "scheduling_oracle.py",
        &answers_path,
        TODAY,
        tzdb,
        python_env,
    );
}

#[test]
fn every_zone_converts_and_changes_as_zoneinfo_says_over_the_system_database() {
    check("system", &[("PYTHONTZPATH", SYSTEM_DIR)]);
}

#[test]
fn every_zone_converts_and_changes_as_zoneinfo_says_over_the_embedded_release() {
    let packages = tzdata_package(chrono_tz::IANA_TZDB_VERSION);
    check(
        "embedded",
        &[
            ("PYTHONTZPATH", ""),
            ("PYTHONPATH", packages.to_str().unwrap()),
        ],
    );
}
