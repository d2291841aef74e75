//! worldtimeapi's paths, answered exactly as the original did: every zone
//! (`/api/timezone`), an area's, the time in a zone, the caller's time
//! (`/api/ip`, `/api/ip/<address>`) and the older aliases (`/api/time`),
//! each in JSON or `.txt`: its fifteen fields and nothing else.

use std::net::IpAddr;

use rocket::http::Status;
use rocket::http::uri::{Segments, fmt::Path};
use rocket::{State, get};

use super::{Format, Reply, form_of, joined};
use crate::web::Site;
use crate::worldtime::{self, ApiError, Named, Unnamed};
use crate::zone::Zone;

/// `GET /api/timezone.txt`: every zone name, one per line.
#[get("/timezone.txt")]
pub fn zones_text(site: &State<Site>) -> Reply {
    all_zones(site, Format::Text)
}

/// `GET /api/timezone[/<Area>[/<Location>[/<Region>]]][.txt]`: every zone,
/// the zones of an area, or the time in a zone.
#[get("/timezone/<path..>")]
pub fn timezone(path: Segments<'_, Path>, site: &State<Site>, client: Option<IpAddr>) -> Reply {
    let joined = joined(path);
    let (name, form) = form_of(&joined);
    if name.is_empty() {
        return all_zones(site, form);
    }
    if let Some(answer) = kept(site, name, client, form) {
        return answer;
    }
    let database = site.database();
    match worldtime::lookup(&database, name) {
        Ok(Named::Zone(zone)) => world_time(site, &zone, client, form),
        Ok(Named::Area(zones)) => {
            let key = name.to_ascii_lowercase();
            let names = || zones.iter().map(|zone| (*zone).to_owned()).collect();
            Reply::Kept(site.name_list(&key, form == Format::Text, names), form)
        }
        Err(why) => Reply::error(why, form),
    }
}

/// Every zone name, kept with its compressed forms.
fn all_zones(site: &Site, form: Format) -> Reply {
    let names = || site.database().names().to_vec();
    Reply::Kept(site.name_list("", form == Format::Text, names), form)
}

/// `GET /api/time[/<Area>/<Location>]`: the time for the caller, as
/// `/api/ip` answers it, or in any zone, as `/api/timezone/…` does.
#[get("/time/<path..>")]
pub fn time(path: Segments<'_, Path>, site: &State<Site>, client: Option<IpAddr>) -> Reply {
    let joined = joined(path);
    let (name, form) = form_of(&joined);
    if name.is_empty() {
        return caller_time(site, client, form);
    }
    if let Some(answer) = kept(site, name, client, form) {
        return answer;
    }
    match worldtime::lookup(&site.database(), name) {
        Ok(Named::Zone(zone)) => world_time(site, &zone, client, form),
        Ok(Named::Area(_)) | Err(Unnamed::Unknown) => Reply::error(Unnamed::Unknown, form),
        Err(why) => Reply::error(why, form),
    }
}

/// `GET /api/time.txt`.
#[get("/time.txt")]
pub fn time_text(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    caller_time(site, client, Format::Text)
}

/// `GET /api/ip`: the time for the caller, in the zone the GeoIP database
/// places it in when one is named, else in the configured zone.
#[get("/ip")]
pub fn ip(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    caller_time(site, client, Format::Json)
}

/// `GET /api/ip.txt`.
#[get("/ip.txt")]
pub fn ip_text(site: &State<Site>, client: Option<IpAddr>) -> Reply {
    caller_time(site, client, Format::Text)
}

/// `GET /api/ip/<address>[.txt]`: the time for a caller at `address`, which
/// is echoed as `client_ip`.
#[get("/ip/<address>")]
pub fn ip_of(address: &str, site: &State<Site>) -> Reply {
    let (address, form) = form_of(address);
    match address.parse::<IpAddr>() {
        Ok(address) => caller_time(site, Some(address), form),
        Err(_) => malformed_address(form),
    }
}

/// The time for a caller at `client`: in the zone the GeoIP database
/// places it in, when one is named, else in the configured zone (whose
/// kept answer needs no look-up).
fn caller_time(site: &Site, client: Option<IpAddr>, form: Format) -> Reply {
    if site.geoip().is_none()
        && let Some(answer) = kept(site, &site.zone, client, form)
    {
        return answer;
    }
    world_time(site, &site.zone_for(client).0, client, form)
}

/// The answer kept for the zone named `name` exactly, when one holds.
fn kept(site: &Site, name: &str, client: Option<IpAddr>, form: Format) -> Option<Reply> {
    Some(match form {
        Format::Json => Reply::Json(site.kept_world_time(name, client, false)?),
        Format::Text => Reply::Text(site.kept_world_time(name, client, true)?),
    })
}

/// worldtimeapi's answer for `zone` now to a caller at `client`: the
/// answer kept for the zone, with the instant and the caller written in.
fn world_time(site: &Site, zone: &Zone, client: Option<IpAddr>, form: Format) -> Reply {
    match form {
        Format::Json => Reply::Json(site.world_time(zone, client, false)),
        Format::Text => Reply::Text(site.world_time(zone, client, true)),
    }
}

/// What the original answered to an address that is none: a 404.
pub(super) fn malformed_address(form: Format) -> Reply {
    Reply::Error(Status::NotFound, ApiError::new("malformed ip"), form)
}
