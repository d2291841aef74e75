//! `moscow-time healthcheck`: asks the local server's `/health`, for container
//! health checks in images without a shell or curl.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// How long the whole check may take.
pub const TIMEOUT: Duration = Duration::from_secs(2);

/// Why the server is not healthy.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    #[error("unhealthy: cannot reach {0}: {1}")]
    Connect(SocketAddr, std::io::Error),
    #[error("unhealthy: {0} answered {1:?}")]
    Status(SocketAddr, String),
}

/// Where to reach a server listening on `address`: a wildcard address is
/// reached on loopback.
pub fn target(address: IpAddr, port: u16) -> SocketAddr {
    let ip = match address {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, port)
}

/// Requests `GET /health` from `addr`; `Ok` when it answers 200.
pub fn probe(addr: SocketAddr) -> Result<(), ProbeError> {
    let status_line = fetch_status_line(addr).map_err(|error| ProbeError::Connect(addr, error))?;
    let status = status_line.split_whitespace().nth(1);
    if status == Some("200") {
        Ok(())
    } else {
        Err(ProbeError::Status(addr, status_line))
    }
}

fn fetch_status_line(addr: SocketAddr) -> std::io::Result<String> {
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    write!(
        stream,
        "GET /health HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut head = [0u8; 64];
    let mut len = 0;
    while len < head.len() {
        let read = stream.read(&mut head[len..])?;
        if read == 0 {
            break;
        }
        len += read;
        if head[..len].contains(&b'\n') {
            break;
        }
    }
    let text = String::from_utf8_lossy(&head[..len]);
    Ok(text.lines().next().unwrap_or_default().to_owned())
}
