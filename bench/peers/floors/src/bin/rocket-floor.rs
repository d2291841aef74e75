//! The Rocket floor: moscow-time's clock page from a bare Rocket 0.5 server,
//! the framework moscow-time is built on: one route, no fairings (Rocket's
//! default Shield replaced by an empty one, as moscow-time does), no
//! logging, and the page rendered once at start-up and sent as it is, so
//! that a request costs only what Rocket does with it. The most a server
//! on Rocket answers the page with on this machine: the gap between it and
//! the hyper floor is what the framework costs, the gap between moscow-time
//! and it what moscow-time's own work per request costs.
//!
//! Usage: `rocket-floor PORT` (listens on 127.0.0.1:PORT with one worker).
#![forbid(unsafe_code)]

use std::io::Cursor;
use std::net::Ipv4Addr;

use floors::{HEADERS, render};
use rocket::config::{Config, Ident, LogLevel};
use rocket::response::{self, Responder, Response};
use rocket::shield::Shield;
use rocket::{Request, State};

/// The page as rendered at start-up, with the floors' headers: kept as
/// Rocket's managed state and handed to every request.
#[derive(Clone, Copy)]
struct Page(&'static [u8]);

impl<'r> Responder<'r, 'static> for Page {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let mut response = Response::build();
        response.sized_body(self.0.len(), Cursor::new(self.0));
        for (name, value) in HEADERS {
            response.raw_header(name, value);
        }
        Ok(response.finalize())
    }
}

#[rocket::get("/")]
fn page(page: &State<Page>) -> Page {
    **page
}

#[rocket::main]
async fn main() {
    let port = floors::port_argument("rocket-floor");
    let config = Config {
        address: Ipv4Addr::LOCALHOST.into(),
        port,
        workers: 1,
        log_level: LogLevel::Critical,
        // No `Server` header: moscow-time sends none.
        ident: Ident::none(),
        ..Config::default()
    };
    println!("rocket-floor serving on http://127.0.0.1:{port}");
    let launched = rocket::custom(config)
        .attach(Shield::new())
        .manage(Page(String::leak(render(floors::template())).as_bytes()))
        .mount("/", rocket::routes![page])
        .launch()
        .await;
    if let Err(error) = launched {
        eprintln!("rocket-floor: {error}");
        std::process::exit(1);
    }
}
