//! The JSON API, shaped as worldtimeapi's so that its clients work unchanged:
//! zone lists, the time in a zone, the caller's time, and the API's own
//! OpenAPI description. Routes only: the shapes are in [`crate::worldtime`].

use std::net::IpAddr;

use rocket::http::uri::{Segments, fmt::Path};
use rocket::http::{ContentType, Header, Status};
use rocket::response::Responder;
use rocket::serde::json::{Json, Value, json};
use rocket::{Request, Route, State, catch, get, options, routes};

use super::Site;
use crate::worldtime::{self, Named, Unnamed, WorldTime};

/// The API's routes, mounted at `/api`.
pub fn routes() -> Vec<Route> {
    routes![
        zones_text, timezone, time, ip, ip_text, ip_of, openapi, preflight
    ]
}

/// An answer in the form the path asked for: JSON, or text for `.txt`.
pub enum Reply {
    /// A JSON document.
    Json(String),
    /// Plain text lines.
    Text(String),
    /// An error with worldtimeapi's single `error` key.
    Error(Status, String, Format),
}

/// JSON, or the `.txt` form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
}

impl Reply {
    fn time(time: &WorldTime, form: Format) -> Self {
        match form {
            Format::Json => Self::json(time, form),
            Format::Text => Self::Text(time.to_text()),
        }
    }

    fn names<S: AsRef<str> + serde::Serialize>(names: &[S], form: Format) -> Self {
        match form {
            Format::Json => Self::json(names, form),
            Format::Text => Self::Text(worldtime::lines(names)),
        }
    }

    /// `value` as JSON; a 500 in the API's error shape in the (impossible
    /// for these types) case that it cannot be written.
    fn json<T: serde::Serialize + ?Sized>(value: &T, form: Format) -> Self {
        match serde_json::to_string(value) {
            Ok(json) => Self::Json(json),
            Err(error) => Self::Error(Status::InternalServerError, error.to_string(), form),
        }
    }

    pub(super) fn error(why: Unnamed, form: Format) -> Self {
        let status = match why {
            Unnamed::Unknown => Status::NotFound,
            Unnamed::Malformed => Status::BadRequest,
        };
        Self::Error(status, why.to_string(), form)
    }
}

impl<'r> Responder<'r, 'static> for Reply {
    fn respond_to(self, request: &'r Request<'_>) -> rocket::response::Result<'static> {
        let (status, content_type, body) = match self {
            Self::Json(body) => (Status::Ok, ContentType::JSON, body),
            Self::Text(body) => (Status::Ok, ContentType::Text, body),
            Self::Error(status, why, Format::Json) => (
                status,
                ContentType::JSON,
                json!({ "error": why }).to_string(),
            ),
            Self::Error(status, why, Format::Text) => {
                (status, ContentType::Text, format!("error: {why}\n"))
            }
        };
        rocket::Response::build_from(body.respond_to(request)?)
            .status(status)
            .header(content_type)
            // Only true for a moment.
            .header(Header::new("Cache-Control", "no-store"))
            .ok()
    }
}

/// Splits `.txt` off the last segment of a path.
fn form_of(path: &str) -> (&str, Format) {
    match path.strip_suffix(".txt") {
        Some(name) => (name, Format::Text),
        None => (path, Format::Json),
    }
}

/// `GET /api/timezone.txt`: every zone name, one per line.
#[get("/timezone.txt")]
pub fn zones_text(site: &State<Site>) -> Reply {
    Reply::names(site.database().names(), Format::Text)
}

/// `GET /api/timezone[/<Area>[/<Location>[/<Region>]]][.txt]`: every zone,
/// the zones of an area, or the time in a zone.
#[get("/timezone/<path..>")]
pub fn timezone(path: Segments<'_, Path>, site: &State<Site>, client: Option<IpAddr>) -> Reply {
    let joined = path.collect::<Vec<_>>().join("/");
    let (name, form) = form_of(&joined);
    let database = site.database();
    if name.is_empty() {
        return Reply::names(database.names(), form);
    }
    match worldtime::lookup(&database, name) {
        Ok(Named::Zone(zone)) => Reply::time(&site.world_time(&site.view_in(&zone), client), form),
        Ok(Named::Area(zones)) => Reply::names(&zones, form),
        Err(why) => Reply::error(why, form),
    }
}

/// `GET /api/time[/<Area>/<Location>]`: the time for the caller, as
/// `/api/ip` answers it, or in any zone, as `/api/timezone/…` does.
#[get("/time/<path..>")]
pub fn time(path: Segments<'_, Path>, site: &State<Site>, client: Option<IpAddr>) -> Reply {
    let joined = path.collect::<Vec<_>>().join("/");
    let (name, form) = form_of(&joined);
    if name.is_empty() {
        return Reply::time(&for_caller(site, client), form);
    }
    match worldtime::lookup(&site.database(), name) {
        Ok(Named::Zone(zone)) => Reply::time(&site.world_time(&site.view_in(&zone), client), form),
        Ok(Named::Area(_)) | Err(Unnamed::Unknown) => Reply::error(Unnamed::Unknown, form),
        Err(why) => Reply::error(why, form),
    }
}

/// The time for a caller at `client`: in the zone the GeoIP database
/// places it in, when one is named, else in the configured zone.
fn for_caller(site: &Site, client: Option<IpAddr>) -> WorldTime {
    let (view, outcome) = site.view_for(client);
    site.world_time(&view, client)
        .with_source(outcome.as_ref().map(|o| o.as_str()))
}

/// `GET /api/ip`: the time for the caller.
#[get("/ip")]
pub fn ip(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    Reply::time(&for_caller(site, client), Format::Json)
}

/// `GET /api/ip.txt`.
#[get("/ip.txt")]
pub fn ip_text(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    Reply::time(&for_caller(site, client), Format::Text)
}

/// `GET /api/ip/<address>[.txt]`: the time for a caller at `address`, which
/// is echoed as `client_ip`.
#[get("/ip/<address>")]
pub fn ip_of(address: &str, site: &State<Site>) -> Reply {
    let (address, form) = form_of(address);
    match address.parse::<IpAddr>() {
        Ok(address) => Reply::time(&for_caller(site, Some(address)), form),
        Err(_) => Reply::Error(Status::BadRequest, "malformed ip address".into(), form),
    }
}

/// `GET /api/openapi.json`: the API's OpenAPI 3.1 description.
#[get("/openapi.json")]
pub fn openapi() -> (ContentType, &'static str) {
    (
        ContentType::JSON,
        include_str!("../../assets/api/openapi.json"),
    )
}

/// A CORS preflight: any origin may call the API with `GET`.
#[options("/<_..>")]
pub fn preflight() -> Preflight {
    Preflight
}

/// The answer to a CORS preflight: 204 and the methods and headers allowed.
pub struct Preflight;

impl<'r> Responder<'r, 'static> for Preflight {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        rocket::Response::build()
            .status(Status::NoContent)
            .header(Header::new(
                "Access-Control-Allow-Methods",
                "GET, HEAD, OPTIONS",
            ))
            .header(Header::new("Access-Control-Allow-Headers", "*"))
            .header(Header::new("Access-Control-Max-Age", "86400"))
            .ok()
    }
}

/// Unknown paths under `/api`.
#[catch(404)]
pub fn not_found() -> Json<Value> {
    Json(json!({ "error": "not found" }))
}

/// Every other error under `/api`.
#[catch(default)]
pub fn error(status: Status, _: &Request<'_>) -> Json<Value> {
    Json(json!({ "error": status.reason_lossy().to_lowercase() }))
}
