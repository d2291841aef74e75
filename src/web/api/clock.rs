//! `GET /api/clock`: the server's time, to the microsecond, and how far its
//! own clock may be off, for a client that measures its own clock against
//! it the NTP way (the page's script does: see `docs/pages.md`).
//!
//! A few dozen bytes, never cached, and cheap enough to be asked several
//! times per page view: one clock read, one read of the kernel's last
//! answer (see [`crate::host_clock`]), no zone rules.
//!
//! ```json
//! {"unix_ms":1764507289123.456,"synchronized":true,"max_error_ms":1.2}
//! ```
//!
//! `synchronized` and `max_error_ms` are the kernel's (`null` when it cannot
//! be asked): a client adds `max_error_ms` to its own error bound while the
//! server's clock is synchronized; while it is not, the bound means nothing
//! (the kernel lets it grow to 16 s and leaves it there) and the client can
//! only measure against this server's clock.
//!
//! `GET /api/unixtime` and `/api/unixtime/ms`: the same instant bare, as
//! text, for scripts (`date -s @$(curl -s host/api/unixtime)`): whole
//! seconds, or whole milliseconds, since the epoch, and a newline.

use rocket::serde::json::Json;
use rocket::{State, get};

use crate::host_clock::HostClock;
use crate::web::Site;
use crate::web::layers::headers::Fresh;
use crate::worldtime::status::Clock;

/// `GET /api/clock`.
#[get("/clock")]
pub fn clock(site: &State<Site>, host: &State<HostClock>) -> Fresh<Json<Clock>> {
    Fresh::new(Json(Clock::new(site.now.instant(), &host.current())))
}

/// `GET /api/unixtime`: `1796042089`, the whole seconds since the epoch.
#[get("/unixtime")]
pub fn unix_seconds(site: &State<Site>) -> Fresh<String> {
    Fresh::new(format!("{}\n", site.now.instant().timestamp()))
}

/// `GET /api/unixtime/ms`: `1796042089123`, the whole milliseconds.
#[get("/unixtime/ms")]
pub fn unix_milliseconds(site: &State<Site>) -> Fresh<String> {
    Fresh::new(format!("{}\n", site.now.instant().timestamp_millis()))
}
