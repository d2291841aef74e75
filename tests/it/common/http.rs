//! HTTP/1.1 over a real TCP connection, for the tests of the real binary:
//! the one `get`, and raw bytes for requests no client would send.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::Duration;

/// An HTTP/1.1 response read off the wire.
#[derive(Debug)]
pub struct HttpResponse {
    /// The first response's status; 0 when the server closed without one.
    pub status: u16,
    pub head: String,
    pub body: String,
    /// Everything that came back, pipelined answers included.
    pub text: String,
}

impl HttpResponse {
    /// The value of the header `name` (in any letter case), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// `GET path` over a fresh TCP connection.
pub fn get(addr: SocketAddr, path: &str) -> HttpResponse {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )
}

/// `GET path` with the header lines `headers`, over a fresh TCP connection
/// from the local address `source` (on Linux, any of 127.0.0.0/8 reaches a
/// server on 127.0.0.1, so one machine can be many clients).
pub fn get_from(source: IpAddr, addr: SocketAddr, path: &str, headers: &[&str]) -> HttpResponse {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None).unwrap();
    socket.bind(&SocketAddr::new(source, 0).into()).unwrap();
    socket.connect(&addr.into()).unwrap();
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for header in headers {
        request.push_str(header);
        request.push_str("\r\n");
    }
    request.push_str("\r\n");
    exchange(socket.into(), request)
}

/// Sends the bytes of `request` as they are and reads the whole answer.
pub fn raw(addr: SocketAddr, request: impl AsRef<[u8]>) -> HttpResponse {
    exchange(TcpStream::connect(addr).unwrap(), request)
}

/// Sends `request` on `stream` and reads the whole answer.
fn exchange(mut stream: TcpStream, request: impl AsRef<[u8]>) -> HttpResponse {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The server may close before it has read everything: that is an answer too.
    let _ = stream.write_all(request.as_ref());
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .strip_prefix("HTTP/1.")
        .and_then(|rest| rest.get(2..5))
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    HttpResponse {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
        text: text.clone(),
    }
}
