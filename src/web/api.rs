//! The JSON API, shaped as worldtimeapi's so that its clients work unchanged:
//! zone lists, the time in a zone and the caller's time, exactly as the
//! original answered them; our extended answer at `/api/zone/…`; and the
//! API's own OpenAPI description. Routes only: the answers are in
//! [`crate::worldtime`].

use std::net::IpAddr;

use rocket::http::uri::{Segments, fmt::Path};
use rocket::http::{ContentType, Header, Status};
use rocket::response::Responder;
use rocket::serde::json::Json;
use rocket::{Request, Route, State, catch, get, options, routes};
use serde::Serialize;

use super::Site;
use crate::clock::TimeView;
use crate::worldtime::{self, ApiError, Named, Unnamed, WorldTime, ZoneTime};

/// The API's routes, mounted at `/api`.
pub fn routes() -> Vec<Route> {
    routes![
        zones_text, timezone, time, time_text, ip, ip_text, ip_of, zone, openapi, preflight
    ]
}

/// An answer in the form the path asked for: JSON, or text for `.txt`.
pub enum Reply {
    /// A JSON document.
    Json(String),
    /// Plain text lines.
    Text(String),
    /// An error with worldtimeapi's single `error` key.
    Error(Status, ApiError, Format),
}

/// JSON, or the `.txt` form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
}

impl Reply {
    /// `answer` as JSON, or as the text `text` writes of it.
    pub(super) fn answer<T: Serialize>(answer: &T, form: Format, text: fn(&T) -> String) -> Self {
        match form {
            Format::Json => Self::json(answer),
            Format::Text => Self::Text(text(answer)),
        }
    }

    fn names<S: AsRef<str> + Serialize>(names: &[S], form: Format) -> Self {
        match form {
            Format::Json => Self::json(names),
            Format::Text => Self::Text(worldtime::lines(names)),
        }
    }

    /// `value` as JSON; a 500 in the API's error shape in the (impossible
    /// for these types) case that it cannot be written.
    pub(super) fn json<T: Serialize + ?Sized>(value: &T) -> Self {
        match serde_json::to_string(value) {
            Ok(json) => Self::Json(json),
            Err(error) => Self::Error(
                Status::InternalServerError,
                ApiError::new(error.to_string()),
                Format::Json,
            ),
        }
    }

    pub(super) fn error(why: Unnamed, form: Format) -> Self {
        let status = match why {
            Unnamed::Unknown => Status::NotFound,
            Unnamed::Malformed => Status::BadRequest,
        };
        Self::Error(status, ApiError::new(why.to_string()), form)
    }

    /// A 400 for a query that is not what it should be, in JSON.
    pub(super) fn bad_request(why: String) -> Self {
        Self::Error(Status::BadRequest, ApiError::new(why), Format::Json)
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
                serde_json::to_string(&why).unwrap_or_default(),
            ),
            Self::Error(status, why, Format::Text) => (status, ContentType::Text, why.to_text()),
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
        Ok(Named::Zone(zone)) => world_time(&site.view_in(&zone), client, form),
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
        return world_time(&site.view_for(client).0, client, form);
    }
    match worldtime::lookup(&site.database(), name) {
        Ok(Named::Zone(zone)) => world_time(&site.view_in(&zone), client, form),
        Ok(Named::Area(_)) | Err(Unnamed::Unknown) => Reply::error(Unnamed::Unknown, form),
        Err(why) => Reply::error(why, form),
    }
}

/// `GET /api/time.txt`.
#[get("/time.txt")]
pub fn time_text(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    world_time(&site.view_for(client).0, client, Format::Text)
}

/// `GET /api/ip`: the time for the caller, in the zone the GeoIP database
/// places it in when one is named, else in the configured zone.
#[get("/ip")]
pub fn ip(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    world_time(&site.view_for(client).0, client, Format::Json)
}

/// `GET /api/ip.txt`.
#[get("/ip.txt")]
pub fn ip_text(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    world_time(&site.view_for(client).0, client, Format::Text)
}

/// `GET /api/ip/<address>[.txt]`: the time for a caller at `address`, which
/// is echoed as `client_ip`.
#[get("/ip/<address>")]
pub fn ip_of(address: &str, site: &State<Site>) -> Reply {
    let (address, form) = form_of(address);
    match address.parse::<IpAddr>() {
        Ok(address) => world_time(&site.view_for(Some(address)).0, Some(address), form),
        Err(_) => malformed_address(form),
    }
}

/// worldtimeapi's answer for `view` to a caller at `client`.
fn world_time(view: &TimeView, client: Option<IpAddr>, form: Format) -> Reply {
    Reply::answer(&WorldTime::new(view, client), form, WorldTime::to_text)
}

/// What the original answered to an address that is none: a 404.
fn malformed_address(form: Format) -> Reply {
    Reply::Error(Status::NotFound, ApiError::new("malformed ip"), form)
}

/// `GET /api/zone/<zone>[.txt]`, `/api/zone/ip[.txt]` and
/// `/api/zone/ip/<address>[.txt]`: what `/api/timezone/<zone>`, `/api/ip`
/// and `/api/ip/<address>` answer, and ours after worldtimeapi's fifteen
/// fields: the zone's POSIX rule and, for a caller, where its zone came from.
#[get("/zone/<path..>")]
pub fn zone(path: Segments<'_, Path>, site: &State<Site>, client: Option<IpAddr>) -> Reply {
    let joined = path.collect::<Vec<_>>().join("/");
    let (name, form) = form_of(&joined);
    let for_caller = |address: Option<IpAddr>| {
        let (view, outcome) = site.view_for(address);
        let source = outcome.as_ref().map(|o| o.as_str());
        zone_time(site, &view, address, source, form)
    };
    if name == "ip" {
        return for_caller(client);
    }
    if let Some(address) = name.strip_prefix("ip/") {
        return match address.parse::<IpAddr>() {
            Ok(address) => for_caller(Some(address)),
            Err(_) => malformed_address(form),
        };
    }
    match worldtime::lookup(&site.database(), name) {
        Ok(Named::Zone(zone)) => zone_time(site, &site.view_in(&zone), client, None, form),
        Ok(Named::Area(_)) => Reply::error(Unnamed::Unknown, form),
        Err(why) => Reply::error(why, form),
    }
}

/// Our extended answer for `view` to a caller at `client`.
fn zone_time(
    site: &Site,
    view: &TimeView,
    client: Option<IpAddr>,
    source: Option<&'static str>,
    form: Format,
) -> Reply {
    let rule = site.database().posix_rule(view.zone(), view.utc());
    let answer = ZoneTime::new(WorldTime::new(view, client), rule.as_deref(), source);
    Reply::answer(&answer, form, ZoneTime::to_text)
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
pub fn not_found() -> Json<ApiError> {
    Json(ApiError::new("not found"))
}

/// Every other error under `/api`.
#[catch(default)]
pub fn error(status: Status, _: &Request<'_>) -> Json<ApiError> {
    Json(ApiError::new(status.reason_lossy().to_lowercase()))
}
