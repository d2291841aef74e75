//! The UDP socket: each packet read, limited, answered and counted, until
//! the server stops. Answered queries get a line in the request log;
//! packets refused or dropped only count (a line for each would let a
//! flood fill the disk).

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use chrono::Utc;
use prometheus::{IntCounterVec, Opts};
use rocket::tokio::net::UdpSocket;
use serde_json::json;

use super::limiter::{Limiter, MAX_ADDRESSES};
use super::lookup::{Answer, Reason, Sender, answer};
use super::packet;
use crate::config::LogFormat;
use crate::geoip::{GeoIp, Outcome};
use crate::log::{self, Level, LogSettings};
use crate::tzdb::Zones;

/// What happened to each packet, and each answer given: for `/metrics`.
#[derive(Debug, Clone)]
pub struct TimezonedCounters {
    /// Packets by outcome: `answered`, `limited` (the address was answered
    /// within the interval, or the table of addresses is full), `dropped`
    /// (no query: see [`packet::query`]).
    pub packets: IntCounterVec,
    /// Answers by kind: `ok` or the error's reason.
    pub answers: IntCounterVec,
}

impl TimezonedCounters {
    fn new() -> Self {
        let packets = IntCounterVec::new(
            Opts::new(
                "moscow_time_timezoned_packets_total",
                "UDP timezone queries by outcome: answered, limited (one answer per address per interval), dropped (not a query).",
            ),
            &["outcome"],
        )
        .expect("valid metric");
        let answers = IntCounterVec::new(
            Opts::new(
                "moscow_time_timezoned_answers_total",
                "UDP timezone answers by kind: ok, or the error's reason.",
            ),
            &["answer"],
        )
        .expect("valid metric");
        // Every label from the start, so that a rate can be taken at once.
        for outcome in ["answered", "limited", "dropped"] {
            packets.with_label_values(&[outcome]);
        }
        for label in std::iter::once("ok").chain(Reason::LABELS) {
            answers.with_label_values(&[label]);
        }
        Self { packets, answers }
    }
}

/// The UDP server, bound and ready to run.
#[derive(Debug)]
pub struct Timezoned {
    socket: std::net::UdpSocket,
    interval: Duration,
    zones: Zones,
    geoip: Option<GeoIp>,
    log: LogSettings,
    counters: TimezonedCounters,
}

impl Timezoned {
    /// Binds `address:port` (port 0: a free one).
    pub fn bind(
        address: IpAddr,
        port: u16,
        interval: Duration,
        zones: Zones,
        geoip: Option<GeoIp>,
        log: LogSettings,
    ) -> std::io::Result<Self> {
        let socket = std::net::UdpSocket::bind((address, port))?;
        socket.set_nonblocking(true)?;
        Ok(Self {
            socket,
            interval,
            zones,
            geoip,
            log,
            counters: TimezonedCounters::new(),
        })
    }

    /// The address bound.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.socket.local_addr()
    }

    /// Its counters, to be shown by `/metrics`.
    pub fn counters(&self) -> &TimezonedCounters {
        &self.counters
    }

    /// Answers packets until `stop` completes; must run inside the
    /// server's runtime.
    pub async fn run(self, stop: impl std::future::Future<Output = ()>) -> std::io::Result<()> {
        let socket = UdpSocket::from_std(self.socket.try_clone()?)?;
        let address = socket.local_addr()?;
        log::notice(
            self.log,
            Level::Info,
            &format!("answering ezTime's timezone queries on udp://{address}"),
        );
        let mut limiter = Limiter::new(self.interval, MAX_ADDRESSES, Instant::now());
        // One byte more than a query may have, to tell a long packet.
        let mut buffer = [0u8; packet::MAX_BYTES + 1];
        let mut stop = std::pin::pin!(stop);
        loop {
            let (length, peer) = rocket::tokio::select! {
                _ = &mut stop => return Ok(()),
                received = socket.recv_from(&mut buffer) => match received {
                    Ok(received) => received,
                    // An ICMP error for an earlier answer, or a packet that
                    // vanished: nothing to answer.
                    Err(_) => continue,
                },
            };
            let started = Instant::now();
            let Some(query) = packet::query(&buffer[..length]) else {
                self.count("dropped");
                continue;
            };
            if !limiter.admit(peer.ip(), started) {
                self.count("limited");
                continue;
            }
            let answer = self.answer(query, peer.ip());
            self.count("answered");
            self.counters
                .answers
                .with_label_values(&[answer.label()])
                .inc();
            let text = answer.to_string();
            // A send that fails (an address that cannot be reached) only
            // loses that answer.
            let _ = socket.send_to(text.as_bytes(), peer).await;
            self.record(peer, query, &text, started.elapsed());
        }
    }

    fn count(&self, outcome: &str) {
        self.counters.packets.with_label_values(&[outcome]).inc();
    }

    /// The answer to `query` from `sender`, with the rules in use now.
    fn answer(&self, query: &str, sender: IpAddr) -> Answer {
        let database = self.zones.current();
        let locate = || {
            let Some(geoip) = &self.geoip else {
                return Sender::Unknown;
            };
            match geoip.locate(sender, |name| database.zone(name).is_some()) {
                Outcome::Zone(name) => Sender::Zone(name),
                Outcome::NoTimeZone | Outcome::UnknownZone(_) => geoip
                    .country(sender)
                    .map_or(Sender::Unknown, Sender::Country),
                _ => Sender::Unknown,
            }
        };
        answer(query, &database, locate, Utc::now())
    }

    /// The request log's line for an answered query.
    fn record(&self, peer: SocketAddr, query: &str, answer: &str, elapsed: Duration) {
        if !self.log.requests() {
            return;
        }
        let millis = elapsed.as_secs_f64() * 1000.0;
        log::write(&match self.log.format {
            LogFormat::Human => format!(
                "{} UDP {query:?} {answer} {millis:.2}ms\n",
                log::timestamp()
            ),
            LogFormat::Json => format!(
                "{}\n",
                json!({
                    "time": log::timestamp(),
                    "level": "info",
                    "protocol": "timezoned",
                    "query": query,
                    "answer": answer,
                    "duration_ms": (millis * 1000.0).round() / 1000.0,
                    "remote": peer.ip(),
                })
            ),
        });
    }
}
