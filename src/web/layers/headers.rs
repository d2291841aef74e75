//! The headers an answer carries beyond its own: the security policy on
//! every response, CORS on the API's, `Allow` on a 405 (the methods of
//! [`crate::web::routes::allowed`]); and [`Fresh`], the one an answer asks for
//! itself: not to be cached.

use rocket::http::{Header, Status};
use rocket::response::Responder;
use rocket::{Request, Response};

use crate::web::routes;

/// The policy for every response: scripts, styles, fetches and form
/// submissions (the zone picker's) to this origin only, nothing inline, no
/// framing, no referrer.
const HEADERS: [(&str, &str); 5] = [
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
         connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

/// Sets [`HEADERS`] on `response`, CORS on the API's and `Allow` on a 405.
pub fn set_headers<'r>(request: &'r Request<'_>, response: &mut Response<'r>) {
    for (name, value) in HEADERS {
        response.set_header(Header::new(name, value));
    }
    let path = request.uri().path();
    if routes::is_api(path.as_str()) {
        // Any page may call the API from a browser.
        response.set_header(Header::new("Access-Control-Allow-Origin", "*"));
    }
    if response.status() == Status::MethodNotAllowed {
        response.set_header(Header::new("Allow", routes::allowed(path.as_str())));
    }
}

/// An answer that must not be cached: it is only true for a moment.
#[derive(rocket::Responder)]
pub struct Fresh<T> {
    inner: T,
    cache: Header<'static>,
}

impl<T> Fresh<T> {
    pub fn new(inner: T) -> Self {
        Self {
            inner,
            cache: Header::new("Cache-Control", "no-store"),
        }
    }
}

/// The answer to a CORS preflight: 204 and the methods and headers allowed.
pub struct Preflight;

impl<'r> Responder<'r, 'static> for Preflight {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        rocket::Response::build()
            .status(Status::NoContent)
            .header(Header::new(
                "Access-Control-Allow-Methods",
                routes::API_METHODS,
            ))
            .header(Header::new("Access-Control-Allow-Headers", "*"))
            .header(Header::new("Access-Control-Max-Age", "86400"))
            .ok()
    }
}
