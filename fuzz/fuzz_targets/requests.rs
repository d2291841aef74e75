//! Whole requests through the server (Rocket's local client, the clock
//! stopped, the embedded tz database): any path and query, raw or
//! percent-encoded, with any `Accept-Language` and `Accept-Encoding`, never
//! makes a 5xx, and a redirect always ends on a page that answers 200.
#![no_main]

use chrono::DateTime;
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use moscow_time::config::{self, Config};
use moscow_time::testing;
use rocket::http::Header;
use rocket::local::blocking::Client;

#[derive(Arbitrary, Debug)]
struct Request<'a> {
    /// Where: a prefix the server routes (so the fuzzer starts deep), then
    /// anything.
    prefix: Prefix,
    path: &'a str,
    accept_language: Option<&'a str>,
    accept_encoding: Option<&'a str>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Prefix {
    Root,
    Zone,
    Picker,
    Api,
    Time,
    Ip,
    Convert,
    Transitions,
    Static,
}

impl Prefix {
    fn as_str(self) -> &'static str {
        match self {
            Prefix::Root => "/",
            Prefix::Zone => "/Europe/",
            Prefix::Picker => "/zone?name=",
            Prefix::Api => "/api/timezone/",
            Prefix::Time => "/api/time/",
            Prefix::Ip => "/api/ip/",
            Prefix::Convert => "/api/convert?datetime=2026-03-29T02:30:00&from=",
            Prefix::Transitions => "/api/transitions/",
            Prefix::Static => "/static/",
        }
    }
}

thread_local! {
    static CLIENT: Client = {
        let figment = config::defaults()
            .merge(("tzdb", "embedded"))
            .merge(("log_level", "off"));
        let config = Config::from_figment(figment).expect("the defaults are valid");
        let instant = DateTime::from_timestamp(1_795_000_000, 0).unwrap();
        Client::tracked(testing::rocket_at(&config, instant)).expect("the server builds")
    };
}

fuzz_target!(|request: Request| {
    let path = format!("{}{}", request.prefix.as_str(), request.path);
    CLIENT.with(|client| {
        let mut at = path.clone();
        for hop in 0..6 {
            let mut asked = client.get(at.clone());
            if let Some(value) = request.accept_language {
                asked.add_header(Header::new("Accept-Language", value.to_owned()));
            }
            if let Some(value) = request.accept_encoding {
                asked.add_header(Header::new("Accept-Encoding", value.to_owned()));
            }
            let response = asked.dispatch();
            let status = response.status().code;
            assert!(status < 500, "{path:?}: {at:?} answered {status}");
            match response.headers().get_one("Location") {
                Some(location) if (300..400).contains(&status) => at = location.to_owned(),
                _ => {
                    assert!(
                        hop == 0 || status == 200,
                        "{path:?}: a redirect ends on {status} at {at:?}"
                    );
                    return;
                }
            }
        }
        panic!("{path:?}: more than five redirects");
    });
});
