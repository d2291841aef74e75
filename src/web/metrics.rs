//! Prometheus metrics at `/metrics`: requests by method, route template and
//! status, their latency, requests in flight, build info and process figures.

use std::sync::Arc;
use std::time::Duration;

use prometheus::core::Collector;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};
use rocket::http::ContentType;
use rocket::{Request, Response, State, get};

use super::Site;
use crate::tzdb::{Database, Source};

/// Latency buckets, in seconds, for a service that answers in microseconds.
const BUCKETS: [f64; 12] = [
    0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5,
];

/// The label a request gets when no route matched it.
const UNMATCHED: &str = "unmatched";

/// The registry and the request metrics that the fairing updates.
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    duration: HistogramVec,
    in_flight: IntGauge,
    tzdb: IntGaugeVec,
}

impl Metrics {
    pub fn new() -> Self {
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests answered."),
            &["method", "route", "status"],
        )
        .expect("valid metric");
        let duration = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time from request to response, in seconds.",
            )
            .buckets(BUCKETS.to_vec()),
            &["method", "route"],
        )
        .expect("valid metric");
        let in_flight = IntGauge::new("http_requests_in_flight", "HTTP requests being answered.")
            .expect("valid metric");
        let build_info = IntGaugeVec::new(
            Opts::new(
                "moscow_time_build_info",
                "Version and source revision of the running binary; always 1.",
            ),
            &["version", "revision"],
        )
        .expect("valid metric");
        build_info
            .with_label_values(&[env!("CARGO_PKG_VERSION"), env!("MOSCOW_TIME_REVISION")])
            .set(1);

        let tzdb = IntGaugeVec::new(
            Opts::new(
                "moscow_time_tzdb_info",
                "The tz database the zone rules come from; always 1.",
            ),
            &["source", "version"],
        )
        .expect("valid metric");

        let registry = Registry::new();
        let collectors: [Box<dyn Collector>; 6] = [
            Box::new(requests.clone()),
            Box::new(duration.clone()),
            Box::new(in_flight.clone()),
            Box::new(build_info),
            Box::new(tzdb.clone()),
            Box::new(prometheus::process_collector::ProcessCollector::for_self()),
        ];
        for collector in collectors {
            registry
                .register(collector)
                .expect("metric names are unique");
        }
        Self {
            registry,
            requests,
            duration,
            in_flight,
            tzdb,
        }
    }

    /// Labels the tz database gauge with `database`, the one in use now.
    fn tzdb_in_use(&self, database: &Database) {
        let source = match database.source() {
            Source::Embedded => "embedded",
            Source::System(_) => "system",
        };
        self.tzdb.reset();
        self.tzdb
            .with_label_values(&[source, database.version()])
            .set(1);
    }

    /// A request has arrived.
    pub fn started(&self) {
        self.in_flight.inc();
    }

    /// A request is answered with `response`, `elapsed` after it arrived.
    pub fn finished(&self, request: &Request<'_>, response: &Response<'_>, elapsed: Duration) {
        self.in_flight.dec();
        let method = request.method().as_str();
        // The route's template, not the raw path, so that the label set stays small.
        let route = request
            .route()
            .map_or(UNMATCHED, |route| route.uri.as_str());
        let status = response.status().code;
        self.requests
            .with_label_values(&[method, route, &status.to_string()])
            .inc();
        self.duration
            .with_label_values(&[method, route])
            .observe(elapsed.as_secs_f64());
    }

    /// Adds a metric kept elsewhere, such as readiness.
    pub fn register(&self, collector: impl Collector + 'static) {
        self.registry
            .register(Box::new(collector))
            .expect("metric names are unique");
    }

    /// Every metric in the Prometheus text format.
    fn render(&self) -> String {
        let mut buffer = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut buffer)
            .expect("text encoding into memory");
        String::from_utf8(buffer).expect("the text format is UTF-8")
    }
}

/// `GET /metrics`.
#[get("/metrics")]
pub fn metrics(metrics: &State<Arc<Metrics>>, site: &State<Site>) -> (ContentType, String) {
    metrics.tzdb_in_use(&site.database());
    let text_format =
        ContentType::new("text", "plain").with_params([("version", "0.0.4"), ("charset", "utf-8")]);
    (text_format, metrics.render())
}
