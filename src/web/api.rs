//! The JSON API: the time in the configured zone or any IANA zone, and health.

use rocket::http::Status;
use rocket::http::uri::{Segments, fmt::Path};
use rocket::response::status::Custom;
use rocket::serde::json::{Json, Value, json};
use rocket::{Request, State, catch, get};

use super::Site;
use crate::clock::{self, TimeReport};

/// An answer that must not be cached: it is only true for a moment.
#[derive(rocket::Responder)]
pub struct Fresh<T> {
    inner: T,
    cache: rocket::http::Header<'static>,
}

impl<T> Fresh<T> {
    pub fn new(inner: T) -> Self {
        Self {
            inner,
            cache: rocket::http::Header::new("Cache-Control", "no-store"),
        }
    }
}

/// `GET /api/time`: the configured zone now.
#[get("/time")]
pub fn time(site: &State<Site>) -> Fresh<Json<TimeReport>> {
    Fresh::new(Json(site.view().report()))
}

/// `GET /api/time/<Area>/<Location>`: any IANA zone now.
#[get("/time/<zone..>")]
pub fn time_in(
    zone: Segments<'_, Path>,
    site: &State<Site>,
) -> Result<Fresh<Json<TimeReport>>, Custom<Json<Value>>> {
    let name = zone.collect::<Vec<_>>().join("/");
    match clock::parse_zone(&name) {
        Some(zone) => Ok(Fresh::new(Json(site.view_in(zone).report()))),
        None => Err(Custom(
            Status::NotFound,
            Json(json!({ "error": format!("unknown time zone '{name}'"), "zone": name })),
        )),
    }
}

/// `GET /health`: up.
#[get("/health")]
pub fn health() -> Fresh<Json<Value>> {
    Fresh::new(Json(json!({ "status": "ok" })))
}

/// Unknown paths under `/api`.
#[catch(404)]
pub fn not_found(request: &Request<'_>) -> Json<Value> {
    Json(json!({ "error": "not found", "path": request.uri().path().as_str() }))
}

/// Every other error under `/api`.
#[catch(default)]
pub fn error(status: Status, _: &Request<'_>) -> Json<Value> {
    Json(json!({ "error": status.reason_lossy() }))
}
