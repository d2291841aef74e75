//! Prometheus metrics at `/metrics`: requests by method, route template and
//! status, their latency, requests in flight, requests refused by the rate
//! limit, build info and process figures,
//! the system clock's state as the kernel reports it, and the GeoIP
//! database's lookups by outcome and its build date.

mod text;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use prometheus::core::{Collector, Desc};
use prometheus::proto::MetricFamily;
use prometheus::{
    Gauge, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry,
};
use rocket::http::ContentType;
use rocket::response::{self, Responder};
use rocket::{Request, Response, State, get};

use crate::geoip::{GeoIp, Outcome};
use crate::host_clock::{ClockState, Discipline, HostClock};
use crate::tzdb::{Database, Source};
use crate::web::Site;
use crate::web::layers::compression::sized;

/// Latency buckets, in seconds, for a service that answers in microseconds.
const BUCKETS: [f64; 12] = [
    0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5,
];

/// The label a request gets when no route matched it.
const UNMATCHED: &str = "unmatched";

/// How often the process figures are read: each read is three files of
/// `/proc` and a count of the open files, a third of what a scrape costs,
/// for figures (memory, threads, CPU seconds) that a scrape every few
/// seconds cannot tell from a second old.
const PROCESS_EVERY: Duration = Duration::from_secs(1);

/// A collector whose figures are read at most once per `every`, and kept
/// in between.
struct Throttled<C> {
    inner: C,
    every: Duration,
    kept: std::sync::Mutex<Option<(std::time::Instant, Vec<MetricFamily>)>>,
}

impl<C> Throttled<C> {
    fn new(inner: C, every: Duration) -> Self {
        Self {
            inner,
            every,
            kept: std::sync::Mutex::new(None),
        }
    }
}

impl<C: Collector> Collector for Throttled<C> {
    fn desc(&self) -> Vec<&Desc> {
        self.inner.desc()
    }

    fn collect(&self) -> Vec<MetricFamily> {
        let now = std::time::Instant::now();
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        match &*kept {
            Some((read, families)) if now.duration_since(*read) < self.every => families.clone(),
            _ => {
                let families = self.inner.collect();
                *kept = Some((now, families.clone()));
                families
            }
        }
    }
}

/// The registry and the request metrics that the fairing updates.
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    duration: HistogramVec,
    in_flight: IntGauge,
    tzdb: IntGaugeVec,
    rate_limited: IntCounter,
    /// The size of the last scrape, to make room for the next at once.
    last_size: AtomicUsize,
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

        let rate_limited = IntCounter::new(
            "moscow_time_rate_limited_total",
            "Requests answered 429 because their client was over the rate limit.",
        )
        .expect("valid metric");

        let registry = Registry::new();
        let collectors: [Box<dyn Collector>; 7] = [
            Box::new(requests.clone()),
            Box::new(duration.clone()),
            Box::new(in_flight.clone()),
            Box::new(build_info),
            Box::new(tzdb.clone()),
            Box::new(rate_limited.clone()),
            Box::new(Throttled::new(
                prometheus::process_collector::ProcessCollector::for_self(),
                PROCESS_EVERY,
            )),
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
            rate_limited,
            last_size: AtomicUsize::new(0),
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

    /// A request was refused by the rate limit.
    pub fn rate_limited(&self) {
        self.rate_limited.inc();
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
        let mut text = String::with_capacity(self.last_size.load(Ordering::Relaxed) * 9 / 8);
        text::encode(&self.registry.gather(), &mut text);
        self.last_size.store(text.len(), Ordering::Relaxed);
        text
    }
}

/// `GET /metrics`.
#[get("/metrics")]
pub fn metrics(metrics: &State<Arc<Metrics>>, site: &State<Site>) -> Scrape {
    metrics.tzdb_in_use(&site.database());
    Scrape(metrics.render())
}

/// The metrics in the text format, sent in one piece.
pub struct Scrape(String);

impl<'r> Responder<'r, 'static> for Scrape {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let text_format = ContentType::new("text", "plain")
            .with_params([("version", "0.0.4"), ("charset", "utf-8")]);
        Ok(sized(self.0, None, text_format))
    }
}

/// A clock gauge: its name, its help, and the figure it shows.
type ClockGauge = (&'static str, &'static str, fn(&Discipline) -> f64);

/// The clock gauges, named after node_exporter's `timex` collector's.
const CLOCK_GAUGES: [ClockGauge; 7] = [
    (
        "moscow_time_clock_synchronized",
        "1 while the kernel counts the system clock as synchronized, else 0 (node_timex_sync_status).",
        |clock| f64::from(u8::from(clock.synchronized)),
    ),
    (
        "moscow_time_clock_max_error_seconds",
        "How far the system clock may be from true time at most, in seconds (node_timex_maxerror_seconds).",
        |clock| clock.max_error,
    ),
    (
        "moscow_time_clock_estimated_error_seconds",
        "How far the system clock is estimated to be from true time, in seconds (node_timex_estimated_error_seconds).",
        |clock| clock.estimated_error,
    ),
    (
        "moscow_time_clock_offset_seconds",
        "The offset the kernel is still correcting, in seconds (node_timex_offset_seconds).",
        |clock| clock.offset,
    ),
    (
        "moscow_time_clock_frequency_adjustment_ratio",
        "How much faster (above 0) or slower the system clock is run (node_timex_frequency_adjustment_ratio).",
        |clock| clock.frequency_ratio,
    ),
    (
        "moscow_time_clock_tai_offset_seconds",
        "TAI minus UTC as the kernel knows it, in seconds (node_timex_tai_offset_seconds).",
        |clock| f64::from(clock.tai_offset),
    ),
    (
        "moscow_time_clock_status",
        "The kernel clock's status bits, STA_* (node_timex_status).",
        |clock| f64::from(clock.status),
    ),
];

/// The system clock's gauges, set from its last reading at each scrape.
/// When its state is unknown they are left out rather than given values
/// that would claim something about the clock.
pub struct ClockMetrics {
    clock: HostClock,
    gauges: Vec<Gauge>,
}

impl ClockMetrics {
    pub fn new(clock: HostClock) -> Self {
        let gauges = CLOCK_GAUGES
            .iter()
            .map(|(name, help, _)| Gauge::new(*name, *help).expect("valid metric"))
            .collect();
        Self { clock, gauges }
    }
}

impl Collector for ClockMetrics {
    fn desc(&self) -> Vec<&Desc> {
        self.gauges.iter().flat_map(|gauge| gauge.desc()).collect()
    }

    fn collect(&self) -> Vec<MetricFamily> {
        let ClockState::Known(clock) = self.clock.current() else {
            return Vec::new();
        };
        let figures = CLOCK_GAUGES.iter().map(|(_, _, figure)| figure(&clock));
        self.gauges
            .iter()
            .zip(figures)
            .flat_map(|(gauge, value)| {
                gauge.set(value);
                gauge.collect()
            })
            .collect()
    }
}

/// The GeoIP database's figures, read at each scrape: lookups by outcome,
/// and the build date and type of the database in use (left out before one
/// could be read).
pub struct GeoIpMetrics {
    geoip: GeoIp,
    lookups: IntCounterVec,
    built: Gauge,
    info: IntGaugeVec,
    problem: IntGauge,
    /// One scrape at a time brings the counters up to the lookups'.
    scrape: std::sync::Mutex<()>,
}

impl GeoIpMetrics {
    pub fn new(geoip: GeoIp) -> Self {
        let lookups = IntCounterVec::new(
            Opts::new(
                "moscow_time_geoip_lookups_total",
                "Callers placed with the GeoIP database, by outcome: geoip (its zone was used), \
                 or why the configured zone was.",
            ),
            &["outcome"],
        )
        .expect("valid metric");
        let built = Gauge::new(
            "moscow_time_geoip_build_timestamp_seconds",
            "When the GeoIP database in use was built, in seconds since the epoch.",
        )
        .expect("valid metric");
        let info = IntGaugeVec::new(
            Opts::new(
                "moscow_time_geoip_info",
                "The GeoIP database in use, by its type; always 1.",
            ),
            &["database_type"],
        )
        .expect("valid metric");
        let problem = IntGauge::new(
            "moscow_time_geoip_problem",
            "1 while the GeoIP file as it is now cannot be used (the last good database stays in use), else 0.",
        )
        .expect("valid metric");
        Self {
            geoip,
            lookups,
            built,
            info,
            problem,
            scrape: std::sync::Mutex::default(),
        }
    }
}

impl Collector for GeoIpMetrics {
    fn desc(&self) -> Vec<&Desc> {
        let mut descs = self.lookups.desc();
        descs.extend(self.built.desc());
        descs.extend(self.info.desc());
        descs.extend(self.problem.desc());
        descs
    }

    fn collect(&self) -> Vec<MetricFamily> {
        let _one_at_a_time = self
            .scrape
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for (outcome, count) in Outcome::NAMES.iter().zip(self.geoip.lookups()) {
            let counter = self.lookups.with_label_values(&[outcome]);
            counter.inc_by(count - counter.get());
        }
        let status = self.geoip.status();
        self.problem.set(i64::from(status.problem.is_some()));
        let mut families = self.lookups.collect();
        families.extend(self.problem.collect());
        if let Some(database) = status.database {
            self.built.set(database.built.timestamp() as f64);
            self.info.reset();
            self.info
                .with_label_values(&[database.database_type.as_str()])
                .set(1);
            families.extend(self.built.collect());
            families.extend(self.info.collect());
        }
        families
    }
}
