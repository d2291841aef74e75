//! What schedulers need beyond worldtimeapi: a wall-clock time converted
//! from one zone to another, with the spring gap and the autumn fold said
//! and settled as asked (`GET /api/convert`), and a zone's coming and past
//! changes (`GET /api/transitions/<zone>`). JSON only, errors in the API's
//! shape. The time logic is in [`crate::convert`] and [`crate::zone`].

use chrono::{Datelike, Duration, NaiveDateTime};
use rocket::form::Errors;
use rocket::form::error::ErrorKind;
use rocket::http::Status;
use rocket::http::uri::{Segments, fmt::Path};
use rocket::{State, get};

use super::{Format, Reply, joined};
use crate::convert::{Disambiguation, LocalTime, resolve};
use crate::web::Site;
use crate::worldtime::schedule::{Conversion, LOCAL, Transitions};
use crate::worldtime::{self, ApiError, Named, Unnamed};
use crate::zone::{Transition, Zone};

/// The most changes one request lists each way.
pub const MOST_TRANSITIONS: usize = 50;

/// How far from now changes are looked for: a century each way.
const SEARCH_YEARS: i64 = 100;

/// `GET /api/convert?datetime=2027-03-28T02:30&from=Europe/Berlin[&to=America/New_York][&disambiguation=compatible]`.
#[get("/convert?<datetime>&<from>&<to>&<disambiguation>")]
pub fn conversion(
    datetime: Given<'_>,
    from: Given<'_>,
    to: Given<'_>,
    disambiguation: Given<'_>,
    site: &State<Site>,
) -> Reply {
    let (datetime, from, to, disambiguation) = match (
        given(datetime, "datetime"),
        given(from, "from"),
        given(to, "to"),
        given(disambiguation, "disambiguation"),
    ) {
        (Ok(datetime), Ok(from), Ok(to), Ok(disambiguation)) => {
            (datetime, from, to, disambiguation)
        }
        (Err(reply), ..) | (_, Err(reply), ..) | (_, _, Err(reply), _) | (.., Err(reply)) => {
            return reply;
        }
    };
    let database = site.database();
    let zone = |name: Option<&str>, what: &str| -> Result<Zone, Reply> {
        let name = name.ok_or_else(|| {
            bad(format!(
                "{what} is missing: a zone name such as Europe/Berlin"
            ))
        })?;
        match worldtime::lookup(&database, name) {
            Ok(Named::Zone(zone)) => Ok(zone),
            Ok(Named::Area(_)) | Err(Unnamed::Unknown) => {
                Err(Reply::error(Unnamed::Unknown, Format::Json))
            }
            Err(Unnamed::Malformed) => Err(bad(format!("{what} is a malformed timezone name"))),
        }
    };
    let answer = || -> Result<Conversion, Reply> {
        let text = datetime.ok_or_else(|| {
            bad("datetime is missing: a local date and time such as 2027-03-28T02:30".into())
        })?;
        let local = parse_local(text).ok_or_else(|| {
            bad(format!("datetime '{}' is not a local date and time such as 2027-03-28T02:30 or 2027-03-28T02:30:00", shorten(text)))
        })?;
        let from = zone(from, "from")?;
        let to = match to {
            Some(name) => Some(zone(Some(name), "to")?),
            None => None,
        };
        let choice = match disambiguation {
            None => Disambiguation::Compatible,
            Some(text) => text.parse().map_err(|_| {
                bad(format!(
                    "disambiguation '{}' is not one of compatible, earlier, later, reject",
                    shorten(text)
                ))
            })?,
        };
        let resolved = resolve(&from, local);
        let Some(instant) = resolved.choose(choice) else {
            let why = match resolved {
                LocalTime::Gap { .. } => "does not exist: the clocks skip it",
                _ => "happens twice: the clocks go back over it",
            };
            return Err(Reply::Error(
                Status::UnprocessableEntity,
                ApiError::new(format!(
                    "{} {why} in {}; disambiguation=reject",
                    local.format(LOCAL),
                    from.name()
                )),
                Format::Json,
            ));
        };
        Ok(Conversion::new(
            local,
            &from,
            &resolved,
            choice,
            instant,
            to.as_ref(),
        ))
    };
    match answer() {
        Ok(conversion) => Reply::json(&conversion),
        Err(reply) => reply,
    }
}

/// `GET /api/transitions/<zone>[?next=N][&previous=N]`: the zone's next
/// changes (two when neither is given) and its latest ones.
#[get("/transitions/<path..>?<next>&<previous>")]
pub fn transitions(
    path: Segments<'_, Path>,
    next: Given<'_>,
    previous: Given<'_>,
    site: &State<Site>,
) -> Reply {
    let (next, previous) = match (given(next, "next"), given(previous, "previous")) {
        (Ok(next), Ok(previous)) => (next, previous),
        (Err(reply), _) | (_, Err(reply)) => return reply,
    };
    let name = joined(path);
    let count = |value: Option<&str>, what: &str, default: usize| -> Result<usize, Reply> {
        match value {
            None => Ok(default),
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= MOST_TRANSITIONS)
                .ok_or_else(|| {
                    bad(format!(
                        "{what} '{}' is not a count from 0 to {MOST_TRANSITIONS}",
                        shorten(text)
                    ))
                }),
        }
    };
    let default_next = if previous.is_none() { 2 } else { 0 };
    let (next, previous) = match (
        count(next, "next", default_next),
        count(previous, "previous", 0),
    ) {
        (Ok(next), Ok(previous)) => (next, previous),
        (Err(reply), _) | (_, Err(reply)) => return reply,
    };
    let database = site.database();
    let zone = match worldtime::lookup(&database, &name) {
        Ok(Named::Zone(zone)) => zone,
        Ok(Named::Area(_)) => return Reply::error(Unnamed::Unknown, Format::Json),
        Err(why) => return Reply::error(why, Format::Json),
    };
    let now = site.now.instant();
    let century = Duration::days(SEARCH_YEARS * 366);
    // Found one by one, as many as asked for.
    let coming: Vec<Transition> = zone.transitions(now, now + century).take(next).collect();
    let past: Vec<Transition> = zone
        .transitions_back(now, now - century)
        .take(previous)
        .collect();
    Reply::json(&Transitions::new(&zone, now, &coming, &past))
}

/// A query parameter as Rocket parses it: its text, or why there is none.
type Given<'r> = Result<&'r str, Errors<'r>>;

/// A query parameter's text (the first, if given twice): `None` when
/// absent, a 400 naming it when it cannot be read as text.
fn given<'r>(given: Given<'r>, name: &str) -> Result<Option<&'r str>, Reply> {
    match given {
        Ok(text) => Ok(Some(text)),
        Err(errors) if errors.iter().all(|e| matches!(e.kind, ErrorKind::Missing)) => Ok(None),
        Err(_) => Err(bad(format!("{name} is not text"))),
    }
}

/// `2027-03-28T02:30`, `2027-03-28T02:30:00` or with a fraction of a second.
fn parse_local(text: &str) -> Option<NaiveDateTime> {
    ["%Y-%m-%dT%H:%M", LOCAL, "%Y-%m-%dT%H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .filter(|local| (0..=9999).contains(&local.year()))
}

fn bad(why: String) -> Reply {
    Reply::bad_request(why)
}

/// At most 40 characters of what a client sent, for an error message.
fn shorten(text: &str) -> String {
    text.chars().take(40).collect()
}
