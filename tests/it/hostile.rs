//! Hostile input and faults against the real binary: every malformed request
//! gets a 4xx or a closed connection, nothing panics, and the server keeps
//! answering `/health`.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crate::common::{self, Server};

fn assert_rejected(server: &Server, name: &str, request: &[u8]) {
    let answer = common::raw(server.addr, request);
    let status = answer.status;
    if status != 0 {
        assert!(
            (400..500).contains(&status),
            "{name}: answered {status}\n{}",
            answer.text
        );
    }
    assert_still_serving(server, name);
}

fn assert_still_serving(server: &Server, name: &str) {
    assert_eq!(server.get("/health").status, 200, "after {name}");
    let log = server.log().join("\n");
    assert!(!log.contains("panicked"), "after {name}: {log}");
}

fn close(request: &str) -> Vec<u8> {
    format!("{request}\r\nHost: test\r\nConnection: close\r\n\r\n").into_bytes()
}

#[test]
fn malformed_requests_get_4xx_or_a_closed_connection() {
    let server = Server::start(&[]);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("garbage request line", b"GARBAGE\r\n\r\n".to_vec()),
        ("request line without version", close("GET /")),
        ("unknown HTTP version", close("GET / HTTP/9.9")),
        (
            "bad header line",
            b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n".to_vec(),
        ),
        ("unknown method", close("BREW / HTTP/1.1")),
        ("binary noise", vec![0, 159, 146, 150, 255, 13, 10, 13, 10]),
        (
            "invalid UTF-8 escaped in path",
            close("GET /%FF%FE HTTP/1.1"),
        ),
        ("invalid UTF-8 raw in path", {
            let mut bytes = b"GET /api/time/\xff\xfe HTTP/1.1\r\n".to_vec();
            bytes.extend_from_slice(b"Host: test\r\nConnection: close\r\n\r\n");
            bytes
        }),
        (
            "NUL in a static path",
            close("GET /static/app.css%00.js HTTP/1.1"),
        ),
        (
            "NUL in a zone",
            close("GET /api/time/Europe%00/Moscow HTTP/1.1"),
        ),
        ("traversal", close("GET /static/../../etc/passwd HTTP/1.1")),
        (
            "encoded traversal",
            close("GET /static/%2e%2e/%2e%2e/etc/passwd HTTP/1.1"),
        ),
        (
            "encoded slashes",
            close("GET /static/..%2f..%2fetc%2fpasswd HTTP/1.1"),
        ),
        (
            "double-encoded traversal",
            close("GET /static/%252e%252e/etc/passwd HTTP/1.1"),
        ),
        (
            "backslash traversal",
            close("GET /static/..\\..\\etc\\passwd HTTP/1.1"),
        ),
        (
            "100 KB URL",
            close(&format!("GET /{} HTTP/1.1", "a".repeat(100_000))),
        ),
        ("1,000 headers", {
            let headers: String = (0..1000).map(|i| format!("X-H{i}: {i}\r\n")).collect();
            format!("GET / HTTP/1.1\r\nHost: t\r\n{headers}Connection: close\r\n\r\n").into_bytes()
        }),
        ("1 MB header", {
            let value = "v".repeat(1 << 20);
            format!("GET / HTTP/1.1\r\nHost: t\r\nX-Big: {value}\r\n\r\n").into_bytes()
        }),
        ("negative content length", {
            b"POST /api/time HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n".to_vec()
        }),
        ("conflicting lengths", {
            b"POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                .to_vec()
        }),
        ("method not allowed", close("DELETE /api/time HTTP/1.1")),
    ];
    for (name, request) in cases {
        assert_rejected(&server, name, &request);
    }
}

#[test]
fn no_traversal_answers_with_a_file_from_disk() {
    let server = Server::start(&[]);
    for path in [
        "/static/../../etc/passwd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/....//....//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/../Cargo.toml",
    ] {
        let answer = common::raw(server.addr, close(&format!("GET {path} HTTP/1.1")));
        assert!(!answer.text.contains("root:"), "{path}: {}", answer.text);
        assert!(
            !answer.text.contains("[package]"),
            "{path}: {}",
            answer.text
        );
        assert_ne!(answer.status, 200, "{path}");
    }
    assert_still_serving(&server, "traversal");
}

#[test]
fn unusual_but_valid_requests_are_answered_correctly() {
    let server = Server::start(&[]);
    let body_on_get =
        b"GET /health HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";
    assert_eq!(common::raw(server.addr, body_on_get).status, 200);

    let stale_etag = close("GET /static/app.css HTTP/1.1\r\nIf-None-Match: nonsense, \"x");
    assert_eq!(common::raw(server.addr, &stale_etag).status, 200);

    let http10 = common::raw(server.addr, b"GET /api/time HTTP/1.0\r\n\r\n");
    assert_eq!(http10.status, 200, "{}", http10.text);
    assert!(http10.text.contains("Europe/Moscow"));

    let pipelined = common::raw(
        server.addr,
        b"GET /health HTTP/1.1\r\nHost: t\r\n\r\nGET /api/time HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(
        pipelined.text.matches("HTTP/1.1 200 OK").count(),
        2,
        "{}",
        pipelined.text
    );
    let first = pipelined.text.find("\"status\":\"ok\"").unwrap();
    let second = pipelined.text.find("Europe/Moscow").unwrap();
    assert!(first < second, "answers out of order");
    assert_still_serving(&server, "valid requests");
}

#[test]
fn hundreds_of_idle_connections_do_not_stop_health_from_answering() {
    let server = Server::start(&[]);
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut stream = TcpStream::connect(server.addr).unwrap();
            // Slowloris: a request that never ends.
            let _ = stream.write_all(b"GET / HTTP/1.1\r\nHost: t\r\nX-Slow: ");
            stream
        })
        .collect();
    for _ in 0..5 {
        assert_eq!(server.get("/health").status, 200);
    }
    drop(idle);
    assert_still_serving(&server, "idle connections");
}

#[test]
fn sigterm_during_load_completes_accepted_requests_and_exits_0() {
    let mut server = Server::start_with(&[], &[("ROCKET_LOG_LEVEL", "critical")]);
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let complete = Arc::new(AtomicUsize::new(0));
    let truncated = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let (stop, complete, truncated) = (stop.clone(), complete.clone(), truncated.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok(mut stream) = TcpStream::connect(addr) else {
                        break; // no longer accepting: fine
                    };
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                    if stream.write_all(&close("GET /api/time HTTP/1.1")).is_err() {
                        continue;
                    }
                    let mut bytes = Vec::new();
                    let _ = stream.read_to_end(&mut bytes);
                    let text = String::from_utf8_lossy(&bytes);
                    if text.is_empty() {
                        continue; // closed before the request was accepted
                    }
                    if text.starts_with("HTTP/1.1 200") && text.trim_end().ends_with('}') {
                        complete.fetch_add(1, Ordering::Relaxed);
                    } else {
                        truncated.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let status = server.terminate(Duration::from_secs(15));
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(status.map(|s| s.code()), Some(Some(0)));
    assert!(complete.load(Ordering::Relaxed) > 0);
    assert_eq!(
        truncated.load(Ordering::Relaxed),
        0,
        "a response was cut short"
    );
}

fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// `count` requests on keep-alive connections, every fifth one bad.
fn mixed_requests(addr: SocketAddr, count: usize) {
    let paths = [
        "/",
        "/api/time",
        "/api/time/Mars/Olympus",
        "/static/%2e%2e/etc/passwd",
        "/health",
    ];
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut buffer = vec![0u8; 64 * 1024];
    for i in 0..count {
        let request = format!("GET {} HTTP/1.1\r\nHost: t\r\n\r\n", paths[i % paths.len()]);
        stream.write_all(request.as_bytes()).unwrap();
        // Read one whole response: the head, then Content-Length bytes.
        let mut seen = Vec::new();
        loop {
            let read = stream.read(&mut buffer).unwrap();
            assert!(read > 0, "connection closed after {i} requests");
            seen.extend_from_slice(&buffer[..read]);
            if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&seen[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|line| line.strip_prefix("content-length:"))
                    .map_or(0, |value| value.trim().parse().unwrap());
                if seen.len() >= end + 4 + length {
                    break;
                }
            }
        }
    }
}

#[test]
fn memory_stays_within_twice_its_size_after_100000_mixed_requests() {
    let server = Server::start_with(&[], &[("ROCKET_LOG_LEVEL", "critical")]);
    let pid = server.child.id();
    let addr = server.addr;
    let run = |total: usize| {
        let threads: Vec<_> = (0..4)
            .map(|_| std::thread::spawn(move || mixed_requests(addr, total / 4)))
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
    };
    run(2_000); // warm up: allocator pools, metric series, connection buffers
    let before = resident_kib(pid);
    run(100_000);
    let after = resident_kib(pid);
    assert!(
        after <= before * 2,
        "resident memory grew from {before} KiB to {after} KiB"
    );
    assert_still_serving(&server, "100,000 requests");
}
