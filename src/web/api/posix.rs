//! posix_tz_db's table at paths of ours, from the tz database in use
//! ([`crate::posix_tz_db`]): `/api/posix/zones.json` and
//! `/api/posix/zones.csv`, made once a day and per database, compressed
//! once, with an `ETag` from the database's version and the content (a
//! `304` when the device has it); and one zone's rule as bare text,
//! `/api/posix/Europe/Moscow` → `MSK-3`, for `configTzTime`.
//!
//! A rule that stops showing the zone's time within the coming years (the
//! table cannot say "none") is said in the headers: `Posix-Rule-Valid-Until`
//! for one zone, `Posix-Rules-Valid-Until` (`zone instant` pairs) for the
//! table. `Tzdb-Version` names the release the rules come from.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use rocket::http::uri::{Segments, fmt::Path};
use rocket::http::{ContentType, Header, Status};
use rocket::response::{self, Responder};
use rocket::{Request, State, get};

use super::{Format, Reply, joined};
use crate::posix_tz_db::Table;
use crate::tzdb::Database;
use crate::web::Site;
use crate::web::layers::compression::{Effort, Variants, accepted, sized};
use crate::web::pages::assets::etag_matches;
use crate::web::state::PerDatabase;
use crate::worldtime::{self, Named, Unnamed};

/// `GET /api/posix/zones.json`, `/api/posix/zones.csv` and
/// `/api/posix/<zone>`.
#[get("/posix/<path..>")]
pub fn posix(path: Segments<'_, Path>, site: &State<Site>) -> Result<Kept, Reply> {
    let name = joined(path);
    let csv = match name.as_str() {
        "zones.json" => false,
        "zones.csv" => true,
        _ => return Err(rule(site, &name)),
    };
    let now = site.now();
    let database = site.database();
    Ok(Kept(site.posix_tables().get(&database, csv, now)))
}

/// One zone's rule, as bare text.
fn rule(site: &Site, name: &str) -> Reply {
    let database = site.database();
    let zone = match worldtime::lookup(&database, name) {
        Ok(Named::Zone(zone)) => zone,
        Ok(Named::Area(_)) => return Reply::error(Unnamed::Unknown, Format::Text),
        Err(why) => return Reply::error(why, Format::Text),
    };
    let rule = database.device_rule(&zone, site.now());
    let mut headers = vec![tzdb_version(&database)];
    if let Some(until) = rule.until {
        headers.push(Header::new("Posix-Rule-Valid-Until", instant(until)));
    }
    Reply::Headed(rule.text.clone(), headers)
}

fn tzdb_version(database: &Database) -> Header<'static> {
    Header::new("Tzdb-Version", database.version().to_owned())
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// One form of the table as made on one day, compressed, and what its
/// headers say.
#[derive(Debug)]
pub struct KeptTable {
    day: i64,
    variants: Arc<Variants>,
    content_type: ContentType,
    /// The tag of the uncompressed form, unquoted.
    etag: String,
    headers: Vec<Header<'static>>,
}

/// The table's two forms, made when first asked for each day, and again
/// when the database changes.
#[derive(Debug, Default)]
pub struct PosixTables(PerDatabase<bool, Arc<KeptTable>>);

impl PosixTables {
    /// The CSV (`csv`) or JSON form of `database`'s table on the day of `now`.
    pub fn get(&self, database: &Arc<Database>, csv: bool, now: DateTime<Utc>) -> Arc<KeptTable> {
        let day = now.timestamp().div_euclid(86_400);
        let make = || {
            let table = Table::of(database, now);
            let (body, content_type) = if csv {
                (table.csv(), ContentType::CSV)
            } else {
                (table.json(), ContentType::JSON)
            };
            let mut hasher = DefaultHasher::new();
            body.hash(&mut hasher);
            let etag = format!("{}-{:016x}", database.version(), hasher.finish());
            let mut headers = vec![tzdb_version(database)];
            let until = table.until();
            if !until.is_empty() {
                let pairs: Vec<String> = until
                    .iter()
                    .map(|(name, at)| format!("{name} {}", instant(*at)))
                    .collect();
                headers.push(Header::new("Posix-Rules-Valid-Until", pairs.join(", ")));
            }
            Some(Arc::new(KeptTable {
                day,
                variants: Arc::new(Variants::new(body.into_bytes(), Effort::Once)),
                content_type,
                etag,
                headers,
            }))
        };
        self.0
            .get(database, &csv, |kept| kept.day == day, make)
            .expect("a table is always made")
    }
}

/// A kept table as sent: compressed as the request prefers, revalidated
/// by its `ETag`.
pub struct Kept(Arc<KeptTable>);

impl<'r> Responder<'r, 'static> for Kept {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let table = self.0;
        let (body, coding) = table.variants.get(accepted(request).preferred());
        // Each coding is a representation of its own, with its own tag.
        let etag = match coding {
            Some(coding) => format!("\"{}-{}\"", table.etag, coding.token()),
            None => format!("\"{}\"", table.etag),
        };
        let fresh = request
            .headers()
            .get("If-None-Match")
            .any(|value| etag_matches(value, &etag));
        let mut response = if fresh {
            let mut response = rocket::Response::build()
                .status(Status::NotModified)
                .finalize();
            response.set_header(Header::new("Vary", "Accept-Encoding"));
            response
        } else {
            sized(body, coding, table.content_type.clone())
        };
        response.set_raw_header("ETag", etag);
        response.set_raw_header("Cache-Control", "public, max-age=0, must-revalidate");
        for header in &table.headers {
            response.set_header(header.clone());
        }
        Ok(response)
    }
}
