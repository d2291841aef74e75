//! Where the zone rules come from, through the real binary: a folder of
//! compiled rules swapped under a running server, and folders that cannot
//! be used, which must never take the server down.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{self, Server};

const EMBEDDED: &str = chrono_tz::IANA_TZDB_VERSION;

/// A tz database folder of one zone, `Europe/Moscow`, with the rules of
/// the system's `rules` zone, calling itself release `version`.
fn database(dir: &Path, rules: &str, version: &str) {
    std::fs::create_dir_all(dir.join("Europe")).unwrap();
    let tzif = std::fs::read(Path::new("/usr/share/zoneinfo").join(rules)).unwrap();
    // Written beside and renamed, as a package upgrade does.
    let staged = dir.join("Europe/.Moscow.new");
    std::fs::write(&staged, tzif).unwrap();
    std::fs::rename(&staged, dir.join("Europe/Moscow")).unwrap();
    std::fs::write(dir.join("tzdata.zi"), format!("# version {version}\n")).unwrap();
}

fn serve(dir: &Path) -> Server {
    Server::start_with(
        &[],
        &[
            ("ROCKET_TZDB", "system"),
            ("ROCKET_TZDB_DIR", dir.to_str().unwrap()),
            ("ROCKET_TZDB_RELOAD", "1"),
        ],
    )
}

fn json(server: &Server, path: &str) -> Value {
    let response = server.get(path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    serde_json::from_str(&response.body).unwrap()
}

/// The lines the server has logged since the last look that contain `text`.
fn logged(server: &Server, text: &str) -> Vec<String> {
    server
        .log()
        .into_iter()
        .filter(|line| line.contains(text))
        .collect()
}

#[test]
fn new_rules_in_the_folder_are_used_without_a_restart_and_logged_once() {
    let rules = tempfile::tempdir().unwrap();
    database(rules.path(), "Europe/Moscow", "2099a");
    let server = serve(rules.path());
    let before = json(&server, "/api/timezone/Europe/Moscow");
    assert_eq!(before["utc_offset"], "+03:00");
    assert_eq!(json(&server, "/health")["tzdb"]["in_use"], "system 2099a");

    // The same name, other rules: Tokyo's.
    database(rules.path(), "Asia/Tokyo", "2099b");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let after = json(&server, "/api/timezone/Europe/Moscow");
        if after["utc_offset"] == "+09:00" {
            break;
        }
        assert!(Instant::now() < deadline, "still {after}");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(json(&server, "/health")["tzdb"]["in_use"], "system 2099b");
    assert!(
        server.get("/").body.contains("UTC+09:00"),
        "the page follows the new rules"
    );
    std::thread::sleep(Duration::from_millis(2500));
    let changes = logged(&server, "tz database changed");
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(
        changes[0].contains("from system 2099a to system 2099b"),
        "{changes:?}"
    );
}

#[test]
fn a_missing_empty_or_corrupt_folder_falls_back_to_the_embedded_rules() {
    let missing = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let corrupt = tempfile::tempdir().unwrap();
    std::fs::write(corrupt.path().join("tzdata.zi"), "# version 2099a\n").unwrap();
    std::fs::write(corrupt.path().join("UTC"), b"TZif2 but nothing after it").unwrap();
    for (dir, why) in [
        (missing.path().join("nothing"), "cannot read"),
        (empty.path().to_owned(), "no zone files"),
        (corrupt.path().to_owned(), "not a valid zone file"),
    ] {
        let server = serve(&dir);
        let health = json(&server, "/health");
        assert_eq!(
            health["tzdb"]["in_use"],
            format!("embedded {EMBEDDED}"),
            "{dir:?}"
        );
        let moscow = json(&server, "/api/timezone/Europe/Moscow");
        assert_eq!(moscow["utc_offset"], "+03:00");
        std::thread::sleep(Duration::from_millis(1500));
        let notes = logged(&server, "using the embedded rules");
        assert_eq!(notes.len(), 1, "{dir:?}: {notes:?}");
        assert!(notes[0].contains(why), "{notes:?}");
    }
}

#[test]
fn auto_prefers_the_newer_of_the_folder_and_the_embedded_rules() {
    let older = tempfile::tempdir().unwrap();
    database(older.path(), "Asia/Tokyo", "2001a");
    let server = Server::start_with(&[], &[("ROCKET_TZDB_DIR", older.path().to_str().unwrap())]);
    assert_eq!(
        json(&server, "/health")["tzdb"]["in_use"],
        format!("embedded {EMBEDDED}")
    );
    assert_eq!(json(&server, "/api/time")["utc_offset"], "+03:00");
    drop(server);

    let newer = tempfile::tempdir().unwrap();
    database(newer.path(), "Asia/Tokyo", "2099a");
    let server = Server::start_with(&[], &[("ROCKET_TZDB_DIR", newer.path().to_str().unwrap())]);
    assert_eq!(json(&server, "/health")["tzdb"]["in_use"], "system 2099a");
    assert_eq!(json(&server, "/api/time")["utc_offset"], "+09:00");
}

#[test]
fn the_version_names_the_tz_databases() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::command(dir.path(), &["--version"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains(&format!("embedded {EMBEDDED}")), "{text}");
    assert!(text.contains("tz database"), "{text}");

    // The database the settings select; with settings that cannot be
    // read, the default folder's, and the version all the same.
    for (key, value, named) in [
        (
            "ROCKET_TZDB",
            "embedded",
            format!("tz database: embedded {EMBEDDED}\n"),
        ),
        ("ROCKET_PORT", "abc", "tz database: ".to_owned()),
    ] {
        let output = common::command(dir.path(), &["--version"])
            .env(key, value)
            .output()
            .unwrap();
        assert!(output.status.success(), "{key}={value}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains(&named), "{key}={value}: {text}");
    }
}
