//! Hostile files where the server reads files, through the real binary: in
//! the tz database folder a FIFO, a symbolic link loop, a 1 GB file, a TZif
//! file with absurd counts, a file that cannot be read, zones a day or more
//! from UTC and the folder vanishing; for the GeoIP file a non-MaxMind
//! file, a 1 GB file, a FIFO and files renamed over it again and again
//! while it is read. Each time
//! the server keeps answering with the last good data, says so once in the
//! log and shows it in `/health`.
//!
//! Big files are sparse (`File::set_len`): nothing writes 1 GB to disk.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{PATIENCE, Server};

/// A tz database folder, release 2099a, whose `Europe/Moscow` has the
/// rules of the system's `rules` zone (so that the folder's answers differ
/// from the embedded ones).
fn database(dir: &Path, rules: &str) {
    std::fs::create_dir_all(dir.join("Europe")).unwrap();
    let tzif = std::fs::read(Path::new("/usr/share/zoneinfo").join(rules)).unwrap();
    std::fs::write(dir.join("Europe/Moscow"), tzif).unwrap();
    std::fs::write(dir.join("tzdata.zi"), "# version 2099a\n").unwrap();
}

/// A server reading `dir`, looking at it every `reload` seconds.
fn serve_tzdb(dir: &Path, reload: &str) -> Server {
    Server::start_with(
        &[],
        &[
            ("ROCKET_TZDB", "system"),
            ("ROCKET_TZDB_DIR", dir.to_str().unwrap()),
            ("ROCKET_TZDB_RELOAD", reload),
        ],
    )
}

fn json(server: &Server, path: &str) -> Value {
    let response = server.get(path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    serde_json::from_str(&response.body).unwrap()
}

fn moscow_offset(server: &Server) -> Value {
    json(server, "/api/timezone/Europe/Moscow")["utc_offset"].clone()
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {path:?}");
}

/// A sparse file of 1 GB at `path` that begins as `head` does.
fn sparse_gigabyte(path: &Path, head: &[u8]) {
    std::fs::write(path, head).unwrap();
    let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_len(1 << 30).unwrap();
}

/// Waits, for at most PATIENCE, until `/health` satisfies `ready`.
fn wait_for_health(server: &Server, what: &str, ready: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let health = json(server, "/health");
        if ready(&health) {
            return health;
        }
        assert!(Instant::now() < deadline, "{what}: /health says {health}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The lines with `text` logged so far, after a few reload ticks more, so
/// that a line repeated on every tick would show.
fn logged_after_ticks(server: &Server, text: &str) -> Vec<String> {
    std::thread::sleep(Duration::from_millis(3500));
    server
        .log()
        .into_iter()
        .filter(|line| line.contains(text))
        .collect()
}

/// The skipped files `/health` lists.
fn skipped(health: &Value) -> Vec<String> {
    let tzdb = &health["tzdb"];
    let list: Vec<String> = tzdb["skipped"]
        .as_array()
        .unwrap_or_else(|| panic!("no tzdb.skipped in {health}"))
        .iter()
        .map(|why| why.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(tzdb["skipped_count"], list.len(), "{health}");
    list
}

#[test]
fn hostile_tz_files_are_skipped_and_the_good_zones_answer() {
    let dir = tempfile::tempdir().unwrap();
    database(dir.path(), "Asia/Tokyo");
    let europe = dir.path().join("Europe");
    mkfifo(&europe.join("Fifo"));
    std::os::unix::fs::symlink("Loop", europe.join("Loop")).unwrap();
    // A 1 GB file that looks like TZif: read whole, it would fill memory.
    sparse_gigabyte(&europe.join("Huge"), b"TZif2");
    // A TZif header whose counts promise four billion of everything.
    let mut absurd = b"TZif2".to_vec();
    absurd.extend([0; 15]);
    absurd.extend([0xff; 24]);
    std::fs::write(europe.join("Absurd"), absurd).unwrap();
    // A regular file whose read fails even for root: the server's own
    // memory at address 0, which is never mapped.
    std::os::unix::fs::symlink("/proc/self/mem", europe.join("Unreadable")).unwrap();

    let server = serve_tzdb(dir.path(), "1");
    let health = json(&server, "/health");
    assert_eq!(health["tzdb"]["in_use"], "system 2099a", "{health}");
    assert_eq!(
        moscow_offset(&server),
        "+09:00",
        "the folder's rules answer"
    );
    let skipped = skipped(&health);
    for (name, why) in [
        ("Europe/Fifo", "not a regular file"),
        ("Europe/Loop", "cannot read"),
        ("Europe/Huge", "larger than"),
        ("Europe/Absurd", "not a valid zone file"),
        ("Europe/Unreadable", "cannot read"),
    ] {
        assert!(
            skipped.iter().any(|s| s.contains(name) && s.contains(why)),
            "{name}: {why}: {skipped:#?}"
        );
        let missing = server.get(&format!("/api/timezone/{name}"));
        assert_eq!(missing.status, 404, "{name}: {}", missing.body);
    }
    let notes = logged_after_ticks(&server, "files skipped");
    assert_eq!(notes.len(), 1, "{notes:#?}");
    assert!(notes[0].contains("5 files skipped"), "{notes:#?}");

    // A reload with all of them still there is not blocked by the FIFO.
    database(dir.path(), "America/New_York");
    let deadline = Instant::now() + PATIENCE;
    while moscow_offset(&server) != "-05:00" {
        assert!(Instant::now() < deadline, "the new rules never answered");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(json(&server, "/health")["tzdb"]["skipped_count"], 5);
}

/// Compiles the tz source `source` into `dir` with `zic`, as a tz
/// release's files are made (the C library's own tool: in `/usr/sbin`,
/// which a user's `PATH` may leave out).
fn zic(dir: &Path, source: &str) {
    use std::io::Write;
    let program = ["zic", "/usr/sbin/zic"]
        .into_iter()
        .find(|zic| Command::new(zic).arg("--version").output().is_ok())
        .expect("zic, the tz compiler");
    let mut zic = Command::new(program)
        .args(["-d", dir.to_str().unwrap(), "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    zic.stdin
        .take()
        .unwrap()
        .write_all(source.as_bytes())
        .unwrap();
    assert!(zic.wait().unwrap().success(), "zic: {source}");
}

#[test]
fn zone_files_a_day_or_more_from_utc_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    database(dir.path(), "Asia/Tokyo");
    // East and west of UTC; the offset in every local time type and in the
    // rule for later times (the POSIX TZ footer), in the types alone (until
    // 2020), or in the footer's summer time alone. Beside them a zone a
    // minute short of a day, which is served.
    zic(
        dir.path(),
        "\
Zone Test/Plus24 24:00 - +24
Zone Test/Minus24 -24:00 - -24
Zone Test/Plus255959 25:59:59 - FAR
Zone Test/Minus255959 -25:59:59 - FAR
Zone Test/WasPlus255959 25:59:59 - FAR 2020
    3:00 - +03
Zone Test/WasMinus255959 -25:59:59 - FAR 2020
    -3:00 - -03
Rule Far 2000 max - Mar lastSun 2:00 1:00 -
Rule Far 2000 max - Oct lastSun 3:00 0 -
Zone Test/SummerPlus24 23:00 Far +23/+24
Zone Test/Plus2359 23:59 - +2359
",
    );

    let server = serve_tzdb(dir.path(), "0");
    let health = json(&server, "/health");
    assert_eq!(health["tzdb"]["in_use"], "system 2099a", "{health}");
    assert_eq!(
        moscow_offset(&server),
        "+09:00",
        "the folder's rules answer"
    );
    let near = json(&server, "/api/timezone/Test/Plus2359");
    assert_eq!(near["utc_offset"], "+23:59", "{near}");
    let skipped = skipped(&health);
    // jiff already refuses a footer beyond POSIX's 24 hours.
    let beyond_posix = "not a valid zone file";
    let a_day = "is not used: its offset UTC";
    for (name, why) in [
        ("Test/Plus24", a_day),
        ("Test/Minus24", a_day),
        ("Test/Plus255959", beyond_posix),
        ("Test/Minus255959", beyond_posix),
        ("Test/WasPlus255959", a_day),
        ("Test/WasMinus255959", a_day),
        ("Test/SummerPlus24", a_day),
    ] {
        let named = format!("/{name} ");
        assert!(
            skipped
                .iter()
                .any(|s| s.contains(&named) && s.contains(why)),
            "{name}: {why}: {skipped:#?}"
        );
        let missing = server.get(&format!("/api/timezone/{name}"));
        assert_eq!(missing.status, 404, "{name}: {}", missing.body);
    }
    assert_eq!(skipped.len(), 7, "{skipped:#?}");
    assert!(
        skipped
            .iter()
            .any(|s| s.ends_with("its offset UTC+24:00 is a day or more from UTC")),
        "{skipped:#?}"
    );
    assert!(
        skipped
            .iter()
            .any(|s| s.ends_with("its offset UTC-25:59:59 is a day or more from UTC")),
        "{skipped:#?}"
    );
}

#[test]
fn a_zone_file_replaced_by_a_fifo_is_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    database(dir.path(), "Asia/Tokyo");
    let tokyo = dir.path().join("Asia/Tokyo");
    std::fs::create_dir(dir.path().join("Asia")).unwrap();
    std::fs::copy("/usr/share/zoneinfo/Asia/Tokyo", &tokyo).unwrap();
    // No reloads: a zone is read when first asked for, from the file the
    // start-up listing found, which is a FIFO by then.
    let server = serve_tzdb(dir.path(), "0");
    std::fs::remove_file(&tokyo).unwrap();
    mkfifo(&tokyo);
    // Opened for reading, the FIFO would hold the request until the HTTP
    // client's timeout fails this test; refused, the embedded rules answer.
    let answer = json(&server, "/api/timezone/Asia/Tokyo");
    assert_eq!(answer["utc_offset"], "+09:00", "{answer}");
    assert_eq!(json(&server, "/health")["status"], "ok");
}

#[test]
fn a_vanished_tz_folder_leaves_the_last_good_rules_in_use() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("zoneinfo");
    database(&dir, "Asia/Tokyo");
    let server = serve_tzdb(&dir, "1");
    assert_eq!(moscow_offset(&server), "+09:00");

    std::fs::rename(&dir, parent.path().join("gone")).unwrap();
    let health = wait_for_health(&server, "the problem", |h| h["tzdb"]["problem"].is_string());
    assert!(
        health["tzdb"]["problem"]
            .as_str()
            .unwrap()
            .contains("cannot read"),
        "{health}"
    );
    assert_eq!(health["tzdb"]["in_use"], "system 2099a", "{health}");
    assert_eq!(moscow_offset(&server), "+09:00", "the last good rules");
    let notes = logged_after_ticks(&server, "still using the system 2099a rules");
    assert_eq!(notes.len(), 1, "{notes:#?}");

    // Back, with an emptied folder in between: still the last good rules.
    std::fs::create_dir(&dir).unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(moscow_offset(&server), "+09:00");
    assert_eq!(json(&server, "/health")["tzdb"]["in_use"], "system 2099a");
    std::fs::remove_dir(&dir).unwrap();
    std::fs::rename(parent.path().join("gone"), &dir).unwrap();
    database(&dir, "America/New_York");
    wait_for_health(&server, "the folder good again", |h| {
        h["tzdb"]["problem"].is_null()
    });
    assert_eq!(moscow_offset(&server), "-05:00");
}

fn geoip_data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/geoip")
        .join(name)
}

fn london(server: &Server) -> Value {
    json(server, "/api/ip/81.2.69.142")["timezone"].clone()
}

/// Makes a file at the path it is given.
type MakeFile<'a> = dyn Fn(&Path) + 'a;

#[test]
fn hostile_geoip_files_leave_the_last_good_database_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("city.mmdb");
    let good = std::fs::read(geoip_data("GeoLite2-City-Test.mmdb")).unwrap();
    std::fs::write(&file, &good).unwrap();
    let server = Server::start_with(
        &[],
        &[
            ("ROCKET_GEOIP_DB", file.to_str().unwrap()),
            ("ROCKET_GEOIP_RELOAD", "1"),
        ],
    );
    assert_eq!(london(&server), "Europe/London");

    let staged = dir.path().join("staged");
    let hostile: [(&str, &MakeFile<'_>); 4] = [
        ("a text file", &|p| {
            std::fs::write(p, "not a MaxMind file\n").unwrap()
        }),
        ("a truncated file", &|p| {
            std::fs::write(p, &good[..good.len() / 3]).unwrap()
        }),
        ("a 1 GB file", &|p| sparse_gigabyte(p, &good[..1024])),
        ("a FIFO", &|p| mkfifo(p)),
    ];
    for (what, make) in hostile {
        make(&staged);
        std::fs::rename(&staged, &file).unwrap();
        let health = wait_for_health(&server, what, |h| h["geoip"]["problem"].is_string());
        assert_eq!(
            health["geoip"]["database"]["type"], "GeoLite2-City",
            "{what}: {health}"
        );
        assert_eq!(london(&server), "Europe/London", "{what}");
        let notes = logged_after_ticks(&server, "still using the GeoLite2-City");
        assert_eq!(notes.len(), 1, "{what}: said once: {notes:#?}");
        // Good again, so that the next case is a change.
        std::fs::write(&staged, &good).unwrap();
        std::fs::rename(&staged, &file).unwrap();
        wait_for_health(&server, "good again", |h| h["geoip"]["problem"].is_null());
    }

    // Good and broken files renamed over it again and again, while it is
    // read every second: every answer comes from a whole database.
    let deadline = Instant::now() + Duration::from_secs(4);
    let mut round = 0;
    while Instant::now() < deadline {
        let bytes = if round % 2 == 0 {
            &good[..good.len() / 2]
        } else {
            &good[..]
        };
        std::fs::write(&staged, bytes).unwrap();
        std::fs::rename(&staged, &file).unwrap();
        assert_eq!(london(&server), "Europe/London", "round {round}");
        round += 1;
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(server.log().iter().all(|line| !line.contains("panicked")));
}
