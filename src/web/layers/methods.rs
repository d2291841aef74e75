//! `405 Method Not Allowed` for a path that exists with another method.
//!
//! Rocket answers a method it has no route for with 404; here every other
//! method is routed, last, to a handler that asks whether any `GET` route
//! matches the path. The `Allow` header, [`crate::web::routes::allowed`], is set with
//! the other headers. The zone pages' route takes any path, so for it the
//! question is whether the path names a zone: `POST /Asia/Tokyo` is 405,
//! `POST /nothing/here` 404.

use rocket::http::{Method, Status};
use rocket::route::{Handler, Outcome, Route};
use rocket::{Data, Request};

use crate::web::Site;
use crate::web::pages::zones;
use crate::web::routes::{BESIDES_GET, rank};

/// Routes for the methods no handler takes, ranked after every other route.
pub fn not_allowed() -> Vec<Route> {
    BESIDES_GET
        .into_iter()
        .map(|method| Route::ranked(rank::NOT_ALLOWED, method, "/<_..>", NotAllowed))
        .collect()
}

/// Answers 405 where a `GET` route matches the path, 404 elsewhere.
#[derive(Clone, Copy)]
struct NotAllowed;

#[rocket::async_trait]
impl Handler for NotAllowed {
    async fn handle<'r>(&self, request: &'r Request<'_>, _: Data<'r>) -> Outcome<'r> {
        let path = request.uri().path();
        let site = request.rocket().state::<Site>();
        let exists = request
            .rocket()
            .routes()
            // The rate limit's routes take every path, and answer none of their own.
            .filter(|route| route.method == Method::Get && route.rank != rank::RATE_LIMIT)
            .any(|route| match site {
                Some(site) if route.rank == rank::ZONE_PAGES => {
                    zones::names_a_zone(site, path.as_str())
                }
                _ => matches(route.uri.path(), path.as_str()),
            });
        Outcome::Error(if exists {
            Status::MethodNotAllowed
        } else {
            Status::NotFound
        })
    }
}

/// Whether a route's path template (`/api/timezone/<path..>`) matches `path`.
fn matches(template: &str, path: &str) -> bool {
    let mut wanted = path.split('/').filter(|s| !s.is_empty());
    for part in template.split('/').filter(|s| !s.is_empty()) {
        if part.starts_with('<') && part.ends_with("..>") {
            return true;
        }
        match wanted.next() {
            Some(segment) if part.starts_with('<') || part == segment => {}
            _ => return false,
        }
    }
    wanted.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn templates_match_literal_dynamic_and_trailing_segments() {
        assert!(matches("/", "/"));
        assert!(matches("/health", "/health"));
        assert!(!matches("/health", "/healthz"));
        assert!(!matches("/", "/nothing"));
        assert!(matches("/static/<file>", "/static/app.css"));
        assert!(!matches("/static/<file>", "/static/a/b"));
        assert!(matches("/api/timezone/<path..>", "/api/timezone"));
        assert!(matches(
            "/api/timezone/<path..>",
            "/api/timezone/Europe/Moscow"
        ));
    }
}
