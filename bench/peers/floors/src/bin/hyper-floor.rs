//! The hyper floor: moscow-time's clock page from a bare hyper 1 server, on
//! one thread (the benchmark pins each server to one core), with nothing
//! else in the way: no router, no fairings, no logging. The fastest this
//! machine answers the page. Every path answers it.
//!
//! Usage: `hyper-floor PORT` (listens on 127.0.0.1:PORT).
#![forbid(unsafe_code)]

use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};

use bytes::Bytes;
use floors::{HEADERS, Piece, render};
use http_body_util::Full;
use hyper::header::{HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

fn main() {
    let port = floors::port_argument("hyper-floor");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(serve(port));
}

async fn serve(port: u16) {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let listener = TcpListener::bind(addr).await.expect("the port is free");
    println!("hyper-floor serving on http://{addr}");
    let pieces: &'static [Piece] = floors::template();
    let headers: &'static [(HeaderName, HeaderValue)] = Vec::leak(
        HEADERS
            .iter()
            .map(|&(name, value)| {
                (
                    HeaderName::from_static(name),
                    HeaderValue::from_static(value),
                )
            })
            .collect(),
    );
    loop {
        // SIGTERM ends the process; there is nothing to drain.
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(async move {
            let service = service_fn(move |_: Request<hyper::body::Incoming>| async move {
                let mut response = Response::new(Full::new(Bytes::from(render(pieces))));
                for (name, value) in headers {
                    response.headers_mut().insert(name.clone(), value.clone());
                }
                Ok::<_, Infallible>(response)
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
