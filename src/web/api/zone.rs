//! Our extended time answer, at paths of our own: `/api/zone/<zone>`,
//! `/api/zone/ip` and `/api/zone/ip/<address>`, in JSON or `.txt`: what
//! worldtimeapi's paths answer, then the zone's POSIX rule and, for a
//! caller, where its zone came from ([`crate::worldtime::ZoneTime`]).

use std::net::IpAddr;

use rocket::http::uri::{Segments, fmt::Path};
use rocket::{State, get};

use super::worldtime::malformed_address;
use super::{Format, Reply, form_of, joined};
use crate::clock::TimeView;
use crate::web::Site;
use crate::worldtime::{self, Named, Unnamed, WorldTime, ZoneTime};

/// `GET /api/zone/<zone>[.txt]`, `/api/zone/ip[.txt]` and
/// `/api/zone/ip/<address>[.txt]`: what `/api/timezone/<zone>`, `/api/ip`
/// and `/api/ip/<address>` answer, and ours after worldtimeapi's fifteen
/// fields: the zone's POSIX rule and, for a caller, where its zone came from.
#[get("/zone/<path..>")]
pub fn zone(path: Segments<'_, Path>, site: &State<Site>, client: Option<IpAddr>) -> Reply {
    let joined = joined(path);
    let (name, form) = form_of(&joined);
    let for_caller = |address: Option<IpAddr>| {
        let (zone, outcome) = site.zone_for(address);
        let source = outcome.as_ref().map(|o| o.as_str());
        zone_time(site, &site.view_in(&zone), address, source, form)
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
