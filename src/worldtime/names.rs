//! What a path below `/api/timezone/` names (a zone, an area, or nothing),
//! and zone lists as JSON and as the `.txt` form's lines.

use crate::tzdb::Database;
use crate::zone::Zone;

/// What a path below `/api/timezone/` names.
#[derive(Debug, Clone)]
pub enum Named<'a> {
    /// A zone, e.g. `Europe/Moscow` or `UTC`.
    Zone(Zone),
    /// The zones of an area, e.g. everything below `Europe/`, sorted.
    Area(Vec<&'a str>),
}

/// Why a path names nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unnamed {
    /// Well formed, but no zone or area has that name.
    #[error("unknown location")]
    Unknown,
    /// Not something a zone name can be.
    #[error("malformed timezone name")]
    Malformed,
}

/// The zone or area `name` names in `database`. As the original did, a name
/// in other letter case names the zone (`america/new_york` is
/// `America/New_York`, answered by its own name); an alias asked for in its
/// own case stays itself (`Asia/Calcutta`).
pub fn lookup<'a>(database: &'a Database, name: &str) -> Result<Named<'a>, Unnamed> {
    let well_formed = name.split('/').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    });
    if !well_formed {
        return Err(Unnamed::Malformed);
    }
    if let Some(zone) = database.zone(name) {
        return Ok(Named::Zone(zone));
    }
    let names = database.names();
    if let Some(zone) = names
        .iter()
        .find(|known| known.eq_ignore_ascii_case(name))
        .and_then(|known| database.zone(known))
    {
        return Ok(Named::Zone(zone));
    }
    let zones = in_area(names, name);
    if zones.is_empty() {
        Err(Unnamed::Unknown)
    } else {
        Ok(Named::Area(zones))
    }
}

/// The names below `area/` (in any letter case), in the order given.
pub fn in_area<'a>(names: &'a [String], area: &str) -> Vec<&'a str> {
    names
        .iter()
        .filter(|name| {
            name.get(..area.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(area))
                && name[area.len()..].starts_with('/')
        })
        .map(String::as_str)
        .collect()
}

/// A list of names as the `.txt` form has it: one per line, with no newline
/// after the last, as the original's text answers.
pub fn lines<S: AsRef<str>>(names: &[S]) -> String {
    let mut text = String::new();
    for name in names {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(name.as_ref());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_zones_areas_or_nothing() {
        let database = Database::embedded();
        assert!(matches!(
            lookup(&database, "Asia/Tokyo"),
            Ok(Named::Zone(_))
        ));
        assert!(matches!(lookup(&database, "UTC"), Ok(Named::Zone(_))));
        match lookup(&database, "America/Argentina") {
            Ok(Named::Area(zones)) => assert!(zones.contains(&"America/Argentina/Salta")),
            other => panic!("{other:?}"),
        }
        assert_eq!(lookup(&database, "Mars").unwrap_err(), Unnamed::Unknown);
        assert_eq!(
            lookup(&database, "Mars/Olympus").unwrap_err(),
            Unnamed::Unknown
        );
        assert_eq!(
            lookup(&database, "Europe/Mo scow").unwrap_err(),
            Unnamed::Malformed
        );
        assert_eq!(
            lookup(&database, "Europe//Moscow").unwrap_err(),
            Unnamed::Malformed
        );
        // Other letter case: the zone, by its own name.
        match lookup(&database, "america/new_york") {
            Ok(Named::Zone(zone)) => assert_eq!(zone.name(), "America/New_York"),
            other => panic!("{other:?}"),
        }
        match lookup(&database, "ETC/GMT") {
            Ok(Named::Zone(zone)) => assert_eq!(zone.name(), "Etc/GMT"),
            other => panic!("{other:?}"),
        }
        match lookup(&database, "Asia/Calcutta") {
            Ok(Named::Zone(zone)) => assert_eq!(zone.name(), "Asia/Calcutta"),
            other => panic!("{other:?}"),
        }
        match lookup(&database, "europe") {
            Ok(Named::Area(zones)) => assert!(zones.contains(&"Europe/Moscow")),
            other => panic!("{other:?}"),
        }
    }
}
