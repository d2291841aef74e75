//! The UDP timezone server as an ezTime device meets it: the real binary,
//! queries from loopback addresses of their own (Linux lets any address of
//! 127.0.0.0/8 be a sender), answers as the original daemon words them,
//! one answer per address per interval, junk unanswered, metrics and log
//! lines, the drain, and a port that cannot be bound.

use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

use crate::common::{self, Server};

/// A sender address no other query of these tests uses.
fn fresh_sender() -> UdpSocket {
    static NEXT: AtomicU8 = AtomicU8::new(1);
    let host = NEXT.fetch_add(1, Ordering::Relaxed);
    let socket = UdpSocket::bind(("127.0.23.".to_owned() + &host.to_string(), 0)).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_millis(700)))
        .unwrap();
    socket
}

/// What `socket` is answered to `packet`, if anything.
fn ask_from(socket: &UdpSocket, to: SocketAddr, packet: &[u8]) -> Option<String> {
    socket.send_to(packet, to).unwrap();
    let mut buffer = [0u8; 600];
    let (length, from) = socket.recv_from(&mut buffer).ok()?;
    assert_eq!(from, to);
    Some(String::from_utf8(buffer[..length].to_vec()).unwrap())
}

fn ask(to: SocketAddr, query: &str) -> Option<String> {
    ask_from(&fresh_sender(), to, query.as_bytes())
}

/// The server with its UDP port on a free one, and that port's address
/// (from the line it logs).
fn start(env: &[(&str, &str)]) -> (Server, SocketAddr) {
    let server = Server::start_with(&["--timezoned-port", "0"], env);
    let limit = Instant::now() + Duration::from_secs(10);
    while Instant::now() < limit {
        for line in server.log() {
            if let Some(at) = line.find("udp://") {
                let udp = line[at + "udp://".len()..].trim().parse().unwrap();
                return (server, udp);
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no line naming the UDP address");
}

#[test]
fn a_device_gets_a_zone_and_its_rule_by_name_part_country_or_an_error() {
    let (_server, udp) = start(&[]);
    for (query, expected) in [
        ("Europe/Moscow", "OK Europe/Moscow MSK-3"),
        ("paris", "OK Europe/Paris CET-1CEST,M3.5.0,M10.5.0/3"),
        (
            "New York#0.8.3",
            "OK America/New_York EST5EDT,M3.2.0,M11.1.0",
        ),
        ("Europe/Dublin", "OK Europe/Dublin GMT0IST,M3.5.0/1,M10.5.0"),
        ("DE", "OK Europe/Berlin CET-1CEST,M3.5.0,M10.5.0/3"),
        ("UK", "OK Europe/London GMT0BST,M3.5.0/1,M10.5.0"),
        ("US", "ERROR Country Spans Multiple Timezones"),
        ("XX", "ERROR Country Not Found"),
        ("Mars/Olympus", "ERROR Timezone Not Found"),
        // A loopback sender is in no GeoIP database.
        ("GeoIP", "ERROR GeoIP Lookup Failed"),
    ] {
        assert_eq!(ask(udp, query).as_deref(), Some(expected), "{query}");
    }
}

#[test]
fn an_address_gets_one_answer_per_interval_and_junk_gets_none() {
    let (server, udp) = start(&[("ROCKET_TIMEZONED_INTERVAL", "60")]);
    let sender = fresh_sender();
    assert!(ask_from(&sender, udp, b"Europe/Moscow").is_some());
    for _ in 0..5 {
        assert_eq!(ask_from(&sender, udp, b"Europe/Moscow"), None);
    }
    let junk: [&[u8]; 5] = [b"", b"\xff\xfe", b"Europe\0Moscow", &[b'a'; 513], b" \n"];
    for packet in junk {
        assert_eq!(ask_from(&fresh_sender(), udp, packet), None, "{packet:?}");
    }
    // Still answering another address.
    assert_eq!(ask(udp, "JP").as_deref(), Some("OK Asia/Tokyo JST-9"));
    let metrics = server.get("/metrics").body;
    for line in [
        r#"moscow_time_timezoned_packets_total{outcome="answered"} 2"#,
        r#"moscow_time_timezoned_packets_total{outcome="limited"} 5"#,
        r#"moscow_time_timezoned_packets_total{outcome="dropped"} 5"#,
        r#"moscow_time_timezoned_answers_total{answer="ok"} 2"#,
    ] {
        assert!(metrics.contains(line), "{line} not in\n{metrics}");
    }
    // Request lines are written in batches: the last one comes soon.
    let mut log = String::new();
    let limit = Instant::now() + Duration::from_secs(5);
    while !log.contains(r#"UDP "JP" OK Asia/Tokyo JST-9"#) && Instant::now() < limit {
        std::thread::sleep(Duration::from_millis(50));
        log.extend(server.log().into_iter().map(|line| line + "\n"));
    }
    assert!(log.contains(r#"UDP "JP" OK Asia/Tokyo JST-9"#), "{log}");
    assert_eq!(log.matches(" UDP ").count(), 2, "{log}");
}

#[test]
fn the_udp_server_answers_through_the_drain_and_stops_with_the_web_server() {
    let (mut server, udp) = start(&[("ROCKET_DRAIN", "2")]);
    common::signal(&server.child, "TERM");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(server.get("/ready").status, 503);
    assert_eq!(ask(udp, "JP").as_deref(), Some("OK Asia/Tokyo JST-9"));
    let status = common::wait_for(&mut server.child, Duration::from_secs(10));
    assert_eq!(status.map(|s| s.code()), Some(Some(0)));
    assert_eq!(ask(udp, "JP"), None);
}

#[test]
fn a_udp_port_in_use_is_a_one_line_error_naming_the_setting() {
    let taken = UdpSocket::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    let output = common::command(
        dir.path(),
        &["serve", "--port", "0", "--timezoned-port", &port],
    )
    .output()
    .unwrap();
    let text = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
    for needle in [port.as_str(), "UDP", "--timezoned-port", "in use"] {
        assert!(text.contains(needle), "{needle:?} not in {text}");
    }
}

#[test]
fn an_empty_port_turns_the_udp_server_off_and_a_bad_one_is_a_one_line_error() {
    let server = Server::start_with(&[], &[("ROCKET_TIMEZONED_PORT", "")]);
    std::thread::sleep(Duration::from_millis(200));
    assert!(!server.log().join("\n").contains("udp://"));
    let dir = tempfile::tempdir().unwrap();
    let output = common::command(dir.path(), &["serve", "--port", "0"])
        .env("ROCKET_TIMEZONED_PORT", "eztime")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert_eq!(text.trim_end().lines().count(), 1, "{text}");
    assert!(
        text.contains("ROCKET_TIMEZONED_PORT") && text.contains("no port"),
        "{text}"
    );
}

#[test]
fn without_a_port_there_is_no_udp_server() {
    let server = Server::start(&[]);
    std::thread::sleep(Duration::from_millis(200));
    let log = server.log().join("\n");
    assert!(!log.contains("udp://"), "{log}");
    assert!(!server.get("/metrics").body.contains("timezoned"));
}
