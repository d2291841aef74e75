//! The web layer's rules, in one place: where the API is mounted, the order
//! in which routes are tried (their ranks, by name), the methods each kind
//! of path allows, and which paths the rate limit never counts. Data only,
//! depending on nothing else in the web layer: [`super`] assembles the
//! server from these, and every layer reads them here.

use rocket::Route;
use rocket::http::Method;

/// Where the JSON API is mounted.
pub const API: &str = "/api";

/// The order in which routes that match the same request are tried: lower
/// first. Rocket's own ranks for literal and dynamic paths lie between.
pub mod rank {
    /// The rate limit's routes for every path, which answer 429 to a request
    /// the limiter refused and pass any other on: before every other route.
    pub const RATE_LIMIT: isize = -100;
    /// The zone pages' route, which takes any path: after every other `GET`
    /// route, so that it answers only what they do not.
    pub const ZONE_PAGES: isize = 100;
    /// The routes of the methods no handler takes, which tell a 405 from a
    /// 404: after every other route.
    pub const NOT_ALLOWED: isize = 1000;
}

/// Every method but `GET` (and `HEAD`, which Rocket answers with the `GET`
/// route): what a route must take, besides `GET`, to see every request.
pub const BESIDES_GET: [Method; 6] = [
    Method::Post,
    Method::Put,
    Method::Delete,
    Method::Patch,
    Method::Options,
    Method::Trace,
];

/// The methods the API's paths allow: also `OPTIONS`, browsers' CORS
/// preflights.
pub const API_METHODS: &str = "GET, HEAD, OPTIONS";

/// The methods every other path allows.
pub const PAGE_METHODS: &str = "GET, HEAD";

/// The methods `path` allows, as `Allow` on a 405 says them.
pub fn allowed(path: &str) -> &'static str {
    if is_api(path) {
        API_METHODS
    } else {
        PAGE_METHODS
    }
}

/// Whether `path` is below the API's, where any origin may call (CORS).
pub fn is_api(path: &str) -> bool {
    path.strip_prefix(API)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// The paths the rate limit never counts, taken from the routes that serve
/// them as mounted: the probes and metrics, which an orchestrator or a
/// scraper must always reach, and the embedded files a page loads, which
/// cost no more to serve than a 429 and would make one page view cost
/// several requests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unlimited {
    /// Paths taken as they are (`/health`).
    exact: Vec<String>,
    /// Paths taken with everything below them (`/static/`).
    below: Vec<String>,
}

impl Unlimited {
    /// The paths of `routes`, mounted where they are: a route's literal
    /// path as it is, a dynamic one's literal part and everything below it.
    pub fn of<'a>(routes: impl IntoIterator<Item = &'a Route>) -> Self {
        let mut unlimited = Self::default();
        for route in routes {
            let path = route.uri.path().to_string();
            match path.find('<') {
                None => unlimited.exact.push(path),
                Some(dynamic) => unlimited.below.push(path[..dynamic].to_owned()),
            }
        }
        unlimited
    }

    /// Whether a request for `path` is never counted.
    pub fn covers(&self, path: &str) -> bool {
        self.exact.iter().any(|exact| exact == path)
            || self
                .below
                .iter()
                .any(|below| path.starts_with(below.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use rocket::{get, routes};

    use super::*;

    #[get("/health")]
    fn health() {}

    #[get("/static/<file>")]
    fn file(file: &str) -> &str {
        file
    }

    #[test]
    fn unlimited_paths_are_those_of_the_routes_given() {
        let unlimited = Unlimited::of(&routes![health, file]);
        assert!(unlimited.covers("/health"));
        assert!(unlimited.covers("/static/app.css"));
        assert!(!unlimited.covers("/healthz"));
        assert!(!unlimited.covers("/api/ip"));
        assert!(!unlimited.covers("/"));
    }

    #[test]
    fn the_api_allows_options_besides() {
        assert_eq!(allowed("/api/ip"), "GET, HEAD, OPTIONS");
        assert_eq!(allowed("/Asia/Tokyo"), "GET, HEAD");
        assert_eq!(allowed("/apix"), "GET, HEAD");
    }
}
