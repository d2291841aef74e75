//! The web shell over the clock: the server is assembled here, from the
//! rules of [`routes`] (where the API is, the routes' ranks, the methods
//! each path allows, what the rate limit never counts). Each job has its
//! folder or file:
//! - [`pages`]: the HTML pages, the zone pages and picker, `/static`;
//! - [`api`]: the JSON API (worldtimeapi's paths, ours, the server's clock,
//!   conversions and transitions);
//! - [`layers`]: what every request passes: headers and CORS, negotiation
//!   and compression, the rate limit, the 405s, the request log;
//! - [`operations`]: what an operator asks, `/health`, `/ready`, `/metrics`;
//! - [`state`]: what the handlers share.
//!
//! Running it, beside the UDP server, is [`crate::serve`]'s.

pub mod api;
pub mod layers;
pub(crate) mod operations;
pub mod pages;
pub mod routes;
mod state;

use std::sync::Arc;

use rocket::config::LogLevel;
use rocket::shield::Shield;
use rocket::{Build, Rocket, Route, catchers, routes};

use crate::startup::Runtime;
use layers::{EveryRequest, methods, rate_limit};
use operations::{metrics, probes};
use routes::{API, Unlimited};

pub use layers::compression;
pub(crate) use state::{Now, Site};

/// The server, reading the system clock.
pub fn rocket(runtime: &Runtime) -> Rocket<Build> {
    rocket_at(runtime, Now::System)
}

/// The routes of the probes, and of the embedded files and zone lists.
fn operations_routes() -> Vec<Route> {
    routes![probes::health, probes::ready]
}

fn static_routes() -> Vec<Route> {
    routes![pages::assets::file, pages::assets::zones]
}

/// What the rate limit never counts: the probes, `/metrics` and the
/// embedded files, as mounted.
pub(crate) fn unlimited() -> Unlimited {
    let routes: Vec<Route> = operations_routes()
        .into_iter()
        .chain(routes![metrics::metrics])
        .chain(static_routes())
        .collect();
    Unlimited::of(&routes)
}

/// The server, reading the clock `now`.
pub(crate) fn rocket_at(runtime: &Runtime, now: Now) -> Rocket<Build> {
    let settings = &runtime.config.settings;
    // Rocket's own multi-line log is replaced by one line per request.
    let figment = runtime
        .config
        .figment()
        .clone()
        .merge(("log_level", LogLevel::Off));
    let clock_check = settings.clock_check.then(|| runtime.host_clock.clone());
    let readiness = probes::Readiness::new(clock_check);
    let rocket = rocket::custom(figment)
        .manage(readiness.clone())
        .manage(runtime.host_clock.clone())
        .mount("/", routes![pages::index])
        .mount("/", operations_routes())
        .mount("/", static_routes())
        .mount("/", pages::zones::routes())
        .mount(API, api::routes())
        .mount("/", methods::not_allowed())
        .register("/", catchers![pages::not_found, pages::error])
        .register(API, catchers![api::not_found, api::error])
        // An empty Shield replaces Rocket's default one: the same headers are
        // set by `EveryRequest` at a fraction of the cost.
        .attach(Shield::new());
    let log = layers::request_log::RequestLog::new(runtime);
    let limiter = settings.rate_limit.map(|setting| {
        Arc::new(rate_limit::Limiter::new(
            setting,
            rate_limit::MAX_CLIENTS,
            unlimited(),
        ))
    });
    let rocket = if limiter.is_some() {
        rocket.mount("/", rate_limit::routes())
    } else {
        rocket
    };
    let metrics = settings.metrics.then(|| {
        let metrics = metrics::Metrics::new();
        metrics.register(readiness.gauge());
        metrics.register(metrics::ClockMetrics::new(runtime.host_clock.clone()));
        if let Some(geoip) = &runtime.geoip {
            metrics.register(metrics::GeoIpMetrics::new(geoip.clone()));
        }
        Arc::new(metrics)
    });
    let rocket = match &metrics {
        Some(metrics) => rocket
            .manage(metrics.clone())
            .mount("/", routes![metrics::metrics]),
        None => rocket,
    };
    let rocket = rocket.attach(EveryRequest {
        log,
        metrics,
        limiter,
    });
    // Last, so that the state knows every route: the zone pages leave
    // their paths to them.
    let route_prefixes = state::route_prefixes(rocket.routes(), routes::rank::ZONE_PAGES);
    let site = Site::new(
        settings.timezone.first(),
        settings.lang.unwrap_or_default(),
        runtime.zones.clone(),
        now,
        route_prefixes,
        crate::log::LogSettings::new(settings),
    );
    rocket.manage(site.with_geoip(runtime.geoip.clone()))
}
