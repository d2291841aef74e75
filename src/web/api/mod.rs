//! The JSON API: worldtimeapi's paths, exactly as the original answered
//! them ([`worldtime`]); ours, its fields and more ([`zone`]); the server's
//! clock ([`clock`]); conversions and a zone's changes ([`scheduling`]);
//! posix_tz_db's table of POSIX rules and one zone's rule ([`posix`]);
//! sunrise and sunset at a zone's place ([`sun`]);
//! the API's own OpenAPI description, CORS preflights, and its errors. How
//! an answer is sent, JSON or `.txt`, is [`Reply`]; the answers themselves
//! are in [`crate::worldtime`].

pub mod clock;
pub mod posix;
pub mod scheduling;
pub mod sun;
pub mod worldtime;
pub mod zone;

use std::io::Cursor;
use std::sync::{Arc, LazyLock};

use rocket::http::uri::{Segments, fmt::Path};
use rocket::http::{ContentType, Header, Status};
use rocket::response::Responder;
use rocket::serde::json::Json;
use rocket::{Request, Route, catch, get, options, routes};
use serde::Serialize;

use crate::web::layers::compression::{Effort, Negotiated, Variants};
use crate::web::layers::headers::Preflight;
use crate::worldtime::{ApiError, Unnamed};

/// The API's routes, mounted at [`crate::web::routes::API`].
pub fn routes() -> Vec<Route> {
    routes![
        worldtime::zones_text,
        worldtime::timezone,
        worldtime::time,
        worldtime::time_text,
        worldtime::ip,
        worldtime::ip_text,
        worldtime::ip_of,
        zone::zone,
        clock::clock,
        clock::unix_seconds,
        clock::unix_milliseconds,
        scheduling::conversion,
        scheduling::transitions,
        posix::posix,
        sun::sun,
        openapi,
        preflight
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
    /// Plain text with headers of its own.
    Headed(String, Vec<Header<'static>>),
    /// A body kept with its compressed forms (a list of names), sent in
    /// the coding the request prefers.
    Kept(Arc<Variants>, Format),
}

/// JSON, or the `.txt` form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
}

impl Reply {
    /// `answer` as JSON, or as the text `text` writes of it.
    pub(crate) fn answer<T: Serialize>(answer: &T, form: Format, text: fn(&T) -> String) -> Self {
        match form {
            Format::Json => Self::json(answer),
            Format::Text => Self::Text(text(answer)),
        }
    }

    /// `value` as JSON; a 500 in the API's error shape in the (impossible
    /// for these types) case that it cannot be written.
    pub(crate) fn json<T: Serialize + ?Sized>(value: &T) -> Self {
        match serde_json::to_string(value) {
            Ok(json) => Self::Json(json),
            Err(error) => Self::Error(
                Status::InternalServerError,
                ApiError::new(error.to_string()),
                Format::Json,
            ),
        }
    }

    pub(crate) fn error(why: Unnamed, form: Format) -> Self {
        let status = match why {
            Unnamed::Unknown => Status::NotFound,
            Unnamed::Malformed => Status::BadRequest,
        };
        Self::Error(status, ApiError::new(why.to_string()), form)
    }

    /// A 400 for a query that is not what it should be, in JSON.
    pub(crate) fn bad_request(why: String) -> Self {
        Self::Error(Status::BadRequest, ApiError::new(why), Format::Json)
    }
}

impl<'r> Responder<'r, 'static> for Reply {
    fn respond_to(self, request: &'r Request<'_>) -> rocket::response::Result<'static> {
        let content_type = |form| match form {
            Format::Json => ContentType::JSON,
            Format::Text => ContentType::Text,
        };
        let (status, content_type, body) = match self {
            Self::Kept(variants, form) => {
                let mut response =
                    Negotiated::new(variants, content_type(form)).respond_to(request)?;
                response.set_header(Header::new("Cache-Control", "no-store"));
                return Ok(response);
            }
            Self::Headed(body, headers) => {
                let mut response = body.respond_to(request)?;
                response.set_header(ContentType::Text);
                response.set_header(Header::new("Cache-Control", "no-store"));
                for header in headers {
                    response.set_header(header);
                }
                return Ok(response);
            }
            Self::Json(body) => (Status::Ok, ContentType::JSON, body),
            Self::Text(body) => (Status::Ok, ContentType::Text, body),
            Self::Error(status, why, Format::Json) => (
                status,
                ContentType::JSON,
                serde_json::to_string(&why).unwrap_or_default(),
            ),
            Self::Error(status, why, Format::Text) => (status, ContentType::Text, why.to_text()),
        };
        rocket::Response::build()
            .status(status)
            .header(content_type)
            // Only true for a moment.
            .raw_header("Cache-Control", "no-store")
            .sized_body(body.len(), Cursor::new(body))
            .ok()
    }
}

/// The segments of a `<path..>`, `/` between them, into one string at once.
pub(crate) fn joined(path: Segments<'_, Path>) -> String {
    let mut joined = String::with_capacity(64);
    for (i, segment) in path.enumerate() {
        if i > 0 {
            joined.push('/');
        }
        joined.push_str(segment);
    }
    joined
}

/// Splits `.txt` off the last segment of a path.
pub(crate) fn form_of(path: &str) -> (&str, Format) {
    match path.strip_suffix(".txt") {
        Some(name) => (name, Format::Text),
        None => (path, Format::Json),
    }
}

/// The API's OpenAPI description, compressed once for the process.
static OPENAPI: LazyLock<Arc<Variants>> = LazyLock::new(|| {
    let document = include_str!("../../../assets/api/openapi.json");
    Arc::new(Variants::new(document.as_bytes(), Effort::Once))
});

/// `GET /api/openapi.json`: the API's OpenAPI 3.1 description.
#[get("/openapi.json")]
pub fn openapi() -> Negotiated {
    Negotiated::new(OPENAPI.clone(), ContentType::JSON)
}

/// A CORS preflight: any origin may call the API with `GET`.
#[options("/<_..>")]
pub fn preflight() -> Preflight {
    Preflight
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
