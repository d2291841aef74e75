//! `/api/ip` that knows where the caller is: the real binary with MaxMind's
//! test databases (tests/data/geoip): every network of the city file that
//! has a zone, IPv4 and IPv6, against the JSON the file was built from; a
//! country file; broken files; files swapped under a running server; the
//! address behind a proxy; and the answers' shapes with no database at all.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::Value;

use crate::common::{PATIENCE, Server};

fn test_data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/geoip")
        .join(name)
}

/// A server placing callers with `file`, looking at it every second.
fn serve(file: &Path, env: &[(&str, &str)]) -> Server {
    let mut all = vec![
        ("ROCKET_GEOIP_DB", file.to_str().unwrap()),
        ("ROCKET_GEOIP_RELOAD", "1"),
    ];
    all.extend_from_slice(env);
    Server::start_with(&[], &all)
}

fn json(server: &Server, path: &str) -> Value {
    let response = server.get(path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    serde_json::from_str(&response.body).unwrap()
}

/// The zone `/api/ip/<address>` answers (worldtimeapi's fifteen fields,
/// no more), and where `/api/zone/ip/<address>` says it came from.
fn placed(server: &Server, address: &str) -> (String, String) {
    let original = json(server, &format!("/api/ip/{address}"));
    assert_eq!(original["client_ip"], address);
    assert_eq!(original.as_object().unwrap().len(), 15, "{original}");
    let ours = json(server, &format!("/api/zone/ip/{address}"));
    assert_eq!(ours["timezone"], original["timezone"], "{address}");
    (
        original["timezone"].as_str().unwrap().to_owned(),
        ours["timezone_source"]
            .as_str()
            .unwrap_or("(none)")
            .to_owned(),
    )
}

/// Copies test file `name` over `to` as a monthly update does: written
/// beside it, then renamed into place.
fn install(name: &str, to: &Path) {
    let staged = to.with_extension("new");
    std::fs::copy(test_data(name), &staged).unwrap();
    std::fs::rename(&staged, to).unwrap();
}

/// Waits, for at most PATIENCE, until `/health`'s `geoip` satisfies `ready`.
fn wait_for_health(server: &Server, what: &str, ready: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let geoip = json(server, "/health")["geoip"].clone();
        if ready(&geoip) {
            return geoip;
        }
        assert!(Instant::now() < deadline, "{what}: /health says {geoip}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// The lines with `text` the server has logged, waiting (for at most
/// PATIENCE) for a first one, and a moment for any repeat.
fn logged(server: &Server, text: &str) -> Vec<String> {
    let deadline = Instant::now() + PATIENCE;
    let mut lines = Vec::new();
    while lines.is_empty() && Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
        lines.extend(server.log().into_iter().filter(|line| line.contains(text)));
    }
    std::thread::sleep(std::time::Duration::from_millis(1500));
    lines.extend(server.log().into_iter().filter(|line| line.contains(text)));
    lines
}

#[test]
fn every_network_of_the_city_file_is_answered_in_its_zone() {
    let server = serve(&test_data("GeoLite2-City-Test.mmdb"), &[]);
    let source: Vec<serde_json::Map<String, Value>> = serde_json::from_str(
        &std::fs::read_to_string(test_data("GeoLite2-City-Test.json")).unwrap(),
    )
    .unwrap();
    let (mut v4, mut v6) = (0, 0);
    for entry in &source {
        let (network, record) = entry.iter().next().unwrap();
        let Some(zone) = record["location"]["time_zone"].as_str() else {
            continue;
        };
        // The network's first address lies in it.
        let address = network.split('/').next().unwrap();
        assert_eq!(
            placed(&server, address),
            (zone.to_owned(), "geoip".to_owned()),
            "{network}"
        );
        if address.contains(':') {
            v6 += 1;
        } else {
            v4 += 1;
        }
    }
    eprintln!("{v4} IPv4 and {v6} IPv6 networks answered in their zones");
    assert!(v4 > 0 && v6 > 0, "{v4} IPv4, {v6} IPv6");

    // The README's examples, the .txt form and the /api/time alias.
    assert_eq!(placed(&server, "81.2.69.142").0, "Europe/London");
    assert_eq!(placed(&server, "2001:218::1").0, "Asia/Tokyo");
    // An IPv4-mapped IPv6 address is the IPv4 one.
    assert_eq!(placed(&server, "::ffff:81.2.69.142").0, "Europe/London");
    let text = server.get("/api/ip/81.2.69.142.txt").body;
    assert!(text.contains("\ntimezone: Europe/London\n"), "{text}");
    assert_eq!(text.lines().count(), 15, "{text}");
    let text = server.get("/api/zone/ip/81.2.69.142.txt").body;
    assert!(
        text.ends_with("\nposix_tz: GMT0BST,M3.5.0/1,M10.5.0\ntimezone_source: geoip"),
        "{text}"
    );

    // No record, or a private address: the configured zone, and why.
    assert_eq!(
        placed(&server, "1.1.1.1"),
        ("Europe/Moscow".into(), "no_record".into())
    );
    assert_eq!(
        placed(&server, "192.168.1.20"),
        ("Europe/Moscow".into(), "not_public".into())
    );
    // The caller itself is on loopback.
    let own = json(&server, "/api/zone/ip");
    assert_eq!(own["timezone"], "Europe/Moscow");
    assert_eq!(own["timezone_source"], "not_public");
    for path in ["/api/ip", "/api/time"] {
        let original = json(&server, path);
        assert_eq!(original["timezone"], "Europe/Moscow");
        assert_eq!(original.as_object().unwrap().len(), 15, "{original}");
    }

    let metrics = server.get("/metrics").body;
    assert!(
        metrics.contains("moscow_time_geoip_info{database_type=\"GeoLite2-City\"} 1"),
        "{metrics}"
    );
    // Each address placed is looked up twice (worldtimeapi's path and
    // ours), the README's examples too.
    let found = format!(
        "moscow_time_geoip_lookups_total{{outcome=\"geoip\"}} {}",
        2 * (v4 + v6 + 4)
    );
    assert!(metrics.contains(&found), "{found} in {metrics}");
    let health = json(&server, "/health")["geoip"].clone();
    assert_eq!(health["database"]["type"], "GeoLite2-City");
    assert_eq!(health["database"]["ip_version"], 6);
    assert_eq!(health["problem"], Value::Null);
}

#[test]
fn a_country_file_has_no_zones_so_the_configured_one_answers() {
    let server = serve(&test_data("GeoLite2-Country-Test.mmdb"), &[]);
    assert_eq!(
        placed(&server, "81.2.69.142"),
        ("Europe/Moscow".into(), "no_time_zone".into())
    );
}

#[test]
fn a_broken_or_missing_file_never_takes_the_server_down() {
    for name in [
        "GeoIP2-City-Test-Broken-Double-Format.mmdb",
        "GeoIP2-City-Test-Invalid-Node-Count.mmdb",
        "does-not-exist.mmdb",
    ] {
        let server = serve(&test_data(name), &[]);
        assert_eq!(
            placed(&server, "81.2.69.142"),
            ("Europe/Moscow".into(), "unavailable".into()),
            "{name}"
        );
        let geoip = json(&server, "/health")["geoip"].clone();
        assert_eq!(geoip["database"], Value::Null, "{name}: {geoip}");
        let problem = geoip["problem"].as_str().unwrap();
        eprintln!("{name}: {problem}");
        let warned = logged(&server, problem);
        assert_eq!(warned.len(), 1, "{name}: {warned:?}");
        let metrics = server.get("/metrics").body;
        assert!(metrics.contains("moscow_time_geoip_problem 1"), "{metrics}");
        assert!(!metrics.contains("moscow_time_geoip_info"), "{metrics}");
    }
}

#[test]
fn a_new_file_is_used_live_and_a_broken_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("city.mmdb");
    install("GeoLite2-City-Test.mmdb", &file);
    let server = serve(&file, &[]);
    assert_eq!(placed(&server, "81.2.69.142").0, "Europe/London");

    // A broken update: the last good database stays in use, said once.
    install("GeoIP2-City-Test-Broken-Double-Format.mmdb", &file);
    let geoip = wait_for_health(&server, "the broken file's problem", |g| {
        g["problem"].is_string()
    });
    assert_eq!(geoip["database"]["type"], "GeoLite2-City", "{geoip}");
    assert_eq!(placed(&server, "81.2.69.142").0, "Europe/London");

    // Truncated in place, as a copy cut short leaves it.
    let whole = std::fs::read(test_data("GeoLite2-City-Test.mmdb")).unwrap();
    std::fs::write(&file, &whole[..whole.len() / 2]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert_eq!(placed(&server, "2001:218::1").0, "Asia/Tokyo");

    // A good update is picked up without a restart.
    install("GeoLite2-Country-Test.mmdb", &file);
    wait_for_health(&server, "the country file in use", |g| {
        g["database"]["type"] == "GeoLite2-Country" && g["problem"].is_null()
    });
    assert_eq!(placed(&server, "81.2.69.142").1, "no_time_zone");
    install("GeoLite2-City-Test.mmdb", &file);
    wait_for_health(&server, "the city file in use again", |g| {
        g["database"]["type"] == "GeoLite2-City"
    });
    assert_eq!(placed(&server, "81.2.69.142").0, "Europe/London");

    let log: Vec<String> = server
        .log()
        .into_iter()
        .filter(|line| line.contains("GeoIP"))
        .collect();
    eprintln!("{log:#?}");
    let broken = log
        .iter()
        .filter(|line| line.contains("still using the GeoLite2-City"))
        .count();
    // Once for the broken file, once for the truncated one: two problems.
    assert!((1..=2).contains(&broken), "{log:#?}");
    assert!(
        log.iter()
            .any(|line| line.contains("in use: GeoLite2-Country"))
    );
}

#[test]
fn behind_a_proxy_the_named_header_is_the_callers_address() {
    let server = serve(
        &test_data("GeoLite2-City-Test.mmdb"),
        &[("ROCKET_IP_HEADER", "X-Real-IP")],
    );
    for path in ["/api/ip", "/api/zone/ip"] {
        let response = crate::common::raw(
            server.addr,
            format!(
                "GET {path} HTTP/1.1\r\nHost: x\r\nX-Real-IP: 2001:218::1\r\nConnection: close\r\n\r\n"
            ),
        );
        let body: Value = serde_json::from_str(&response.body).unwrap();
        assert_eq!(body["client_ip"], "2001:218::1", "{path}");
        assert_eq!(body["timezone"], "Asia/Tokyo", "{path}");
        if path == "/api/zone/ip" {
            assert_eq!(body["timezone_source"], "geoip");
        } else {
            assert_eq!(body.as_object().unwrap().len(), 15, "{body}");
        }
    }
}

#[test]
fn without_a_database_the_answers_say_nothing_of_where_the_zone_came_from() {
    let server = Server::start_with(&[], &[("ROCKET_GEOIP_DB", "")]);
    let body = json(&server, "/api/ip/81.2.69.142");
    assert_eq!(body["timezone"], "Europe/Moscow");
    assert_eq!(body.as_object().unwrap().len(), 15, "{body}");
    let body = json(&server, "/api/zone/ip/81.2.69.142");
    assert_eq!(body["timezone"], "Europe/Moscow");
    assert!(body.get("timezone_source").is_none(), "{body}");
    assert_eq!(body.as_object().unwrap().len(), 16, "{body}");
    assert_eq!(json(&server, "/health")["geoip"], Value::Null);
    assert!(!server.get("/metrics").body.contains("moscow_time_geoip"));
}
