//! The HTML pages: the clock, rendered on the server, and the error pages.

use rocket::http::Status;
use rocket::response::content::RawHtml;
use rocket::{Request, State, catch, get};

use super::Site;
use super::api::Fresh;
use super::assets::Templates;
use crate::clock::{HourFormat, TimeView};

/// `GET /`: the clock page, correct without JavaScript.
#[get("/")]
pub fn index(site: &State<Site>) -> Fresh<RawHtml<String>> {
    Fresh::new(RawHtml(render_clock(&site.view())))
}

/// The clock page for `view`.
pub fn render_clock(view: &TimeView) -> String {
    let template = Templates::text("index.html");
    let fields: [(&str, String); 9] = [
        ("{{place}}", view.place()),
        ("{{zone}}", view.zone_name().to_owned()),
        ("{{time}}", view.clock(HourFormat::H24, true)),
        ("{{date}}", view.date()),
        ("{{zone_label}}", view.zone_label()),
        ("{{abbreviation}}", view.abbreviation()),
        ("{{datetime}}", view.report().datetime),
        ("{{epoch_ms}}", view.unix_millis().to_string()),
        ("{{offset_s}}", view.offset_seconds().to_string()),
    ];
    fields
        .iter()
        .fold(template, |page, (key, value)| page.replace(key, value))
}

/// Unknown pages.
#[catch(404)]
pub fn not_found() -> RawHtml<String> {
    RawHtml(Templates::text("404.html"))
}

/// Every other error, in a few words.
#[catch(default)]
pub fn error(status: Status, _: &Request<'_>) -> RawHtml<String> {
    RawHtml(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{status}</title>\
         <link rel=\"stylesheet\" href=\"/static/app.css\"></head>\
         <body><main><h1>{status}</h1><p><a href=\"/\">Back to the clock</a></p></main></body></html>"
    ))
}
