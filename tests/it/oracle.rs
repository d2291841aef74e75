//! Every zone, at instants around DST changes, in the past and the future:
//! every field of `/api/zone/<zone>` must agree with Python's `zoneinfo`
//! reading the same tz database (tests/suites/oracle/zoneinfo_oracle.py),
//! and each `posix_tz` offered today, read by glibc, must agree with it
//! daily and at every change for two years (tests/suites/oracle/posix_tz_oracle.py).
//!
//! Twice: with the system's database (`/usr/share/zoneinfo`, which `.ci/run`
//! keeps current) and with the embedded one, against the PyPI `tzdata`
//! package of the same release, installed under the target folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use rocket::local::blocking::Client;
use serde_json::Value;

use crate::common::ClientBuilder;

pub const SYSTEM_DIR: &str = "/usr/share/zoneinfo";

/// The present, from which each zone's `posix_tz` is checked for two years.
const TODAY: &str = "2026-11-29T12:00:00.123456Z";

/// Around the EU, US and Australian changes of 2026, both seasons, today,
/// Moscow's UTC+4 years, and a year past every table (the POSIX footer).
const INSTANTS: [&str; 12] = [
    "2026-01-15T12:00:00Z",
    "2026-07-15T12:00:00Z",
    "2026-03-29T00:59:59Z",
    "2026-03-29T01:00:00Z",
    "2026-03-08T06:59:59Z",
    "2026-03-08T07:00:00Z",
    "2026-04-04T15:59:59Z",
    "2026-04-04T16:00:00Z",
    TODAY,
    "2012-06-01T12:00:00Z",
    "2037-07-01T12:00:00Z",
    "2037-12-01T12:00:00Z",
];

pub fn client(tzdb: &str, instant: &str) -> Client {
    ClientBuilder::default()
        .set("tzdb", tzdb)
        .set("tzdb_dir", SYSTEM_DIR)
        .at(instant)
        .build()
}

/// Asks for every zone at every instant and has the oracle check the answers.
fn check(tzdb: &str, python_env: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap();
    let answers_path = dir.path().join("answers.jsonl");
    let names_path = dir.path().join("names.json");
    let mut answers = std::fs::File::create(&answers_path).unwrap();
    let names: Vec<String> = client(tzdb, INSTANTS[0])
        .get("/api/timezone")
        .dispatch()
        .into_json()
        .unwrap();
    std::fs::write(&names_path, serde_json::to_string(&names).unwrap()).unwrap();
    for instant in INSTANTS {
        let client = client(tzdb, instant);
        for name in &names {
            let response = client.get(format!("/api/zone/{name}")).dispatch();
            assert_eq!(response.status().code, 200, "{name}");
            let body: Value = response.into_json().unwrap();
            // worldtimeapi's path answers the same, without our field.
            let mut original = body.clone();
            original.as_object_mut().unwrap().remove("posix_tz");
            let answered: Value = client
                .get(format!("/api/timezone/{name}"))
                .dispatch()
                .into_json()
                .unwrap();
            assert_eq!(answered, original, "{name} at {instant}");
            let record = serde_json::json!({ "instant": instant, "body": body });
            writeln!(answers, "{record}").unwrap();
        }
    }
    drop(answers);
    let names = names_path.to_str().unwrap();
    judge("zoneinfo_oracle.py", &answers_path, names, tzdb, python_env);
    // The POSIX rules offered today, read by glibc itself.
    judge("posix_tz_oracle.py", &answers_path, TODAY, tzdb, python_env);
}

/// Has the oracle `script` (tests/suites/oracle/) check the answers in
/// `answers` (its second argument `argument`) with `python_env`: it must
/// find no disagreement. Its report is printed.
pub fn judge(
    script: &str,
    answers: &Path,
    argument: &str,
    tzdb: &str,
    python_env: &[(&str, &str)],
) {
    let output = Command::new("python3")
        .arg(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/suites/oracle")
                .join(script),
        )
        .arg(answers)
        .arg(argument)
        .envs(python_env.iter().copied())
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{tzdb}: {report}");
    assert!(
        output.status.success(),
        "{tzdb}: {report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains(", 0 disagreements"), "{report}");
}

#[test]
fn every_zone_agrees_with_zoneinfo_over_the_system_database() {
    check("system", &[("PYTHONTZPATH", SYSTEM_DIR)]);
}

#[test]
fn every_zone_agrees_with_zoneinfo_over_the_embedded_release() {
    let packages = tzdata_package(chrono_tz::IANA_TZDB_VERSION);
    let path = packages.to_str().unwrap();
    check("embedded", &[("PYTHONTZPATH", ""), ("PYTHONPATH", path)]);
}

/// PyPI's `tzdata` of the tz release `version` (2025b is 2025.2), installed
/// once into a folder of the target directory.
pub fn tzdata_package(version: &str) -> PathBuf {
    let (year, letter) = version.split_at(4);
    let number = letter.bytes().next().unwrap() - b'a' + 1;
    let pypi = format!("tzdata=={year}.{number}");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("tzdata-{version}"));
    if !dir.join("tzdata").is_dir() {
        let status = Command::new("python3")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(["--no-deps", "--target"])
            .arg(&dir)
            .arg(&pypi)
            .status()
            .expect("pip runs");
        assert!(status.success(), "could not install {pypi}");
    }
    dir
}
