//! Finding a zone by what a person typed or put in a path: the exact name,
//! the same name in other letter case, or a place's own name (`tokyo`,
//! `Buenos Aires`); and, for a name that finds nothing, the closest names.
//!
//! Pure: a list of names in, names out.

use crate::zone::last_part;

/// What a typed name finds among the zone names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    /// Exactly a zone's name, e.g. `Asia/Tokyo`.
    Exact(&'a str),
    /// A zone, named otherwise (`asia/tokyo`, `Tokyo`, `buenos aires`): this
    /// is its name.
    Other(&'a str),
    /// No zone: the closest names, best first.
    Nothing(Vec<&'a str>),
}

/// How many names a miss suggests.
pub const SUGGESTIONS: usize = 5;

/// The longest name that gets suggestions. No zone name is half as long
/// (`America/Argentina/ComodRivadavia` has 32 characters); comparing is
/// linear in the length, so a longer one would only cost time.
pub const LONGEST: usize = 64;

/// What `typed` finds among `names`.
///
/// A name in other letter case finds its zone; so does the last part of a
/// name alone (`tokyo`, spaces for underscores) when only one zone ends so.
pub fn find<'a, S: AsRef<str>>(names: &'a [S], typed: &str) -> Found<'a> {
    let typed = typed.trim();
    if let Some(name) = names.iter().map(AsRef::as_ref).find(|n| *n == typed) {
        return Found::Exact(name);
    }
    let wanted = typed.replace(' ', "_");
    if let Some(name) = names
        .iter()
        .map(AsRef::as_ref)
        .find(|n| n.eq_ignore_ascii_case(&wanted))
    {
        return Found::Other(name);
    }
    let mut by_place = names
        .iter()
        .map(AsRef::as_ref)
        .filter(|n| last_part(n).eq_ignore_ascii_case(&wanted));
    if let (Some(name), None) = (by_place.next(), by_place.next())
        && !wanted.is_empty()
    {
        return Found::Other(name);
    }
    Found::Nothing(closest(names, typed, SUGGESTIONS))
}

/// The `count` names closest to `typed`, best first: compared whole and by
/// their last part, ignoring letter case, with Jaro-Winkler similarity (which
/// favours a shared beginning, as typos at the end of a name are commonest).
/// Names too unlike `typed` to help are left out, and so is every name when
/// `typed` is empty or longer than [`LONGEST`].
pub fn closest<'a, S: AsRef<str>>(names: &'a [S], typed: &str, count: usize) -> Vec<&'a str> {
    const USEFUL: f64 = 0.75;
    let typed = typed.trim().replace(' ', "_").to_lowercase();
    if typed.is_empty() || typed.chars().count() > LONGEST {
        return Vec::new();
    }
    let typed_place = last_part(&typed);
    let mut scored: Vec<(f64, &str)> = names
        .iter()
        .map(AsRef::as_ref)
        .map(|name| {
            let lower = name.to_lowercase();
            let whole = strsim::jaro_winkler(&typed, &lower);
            let by_place = strsim::jaro_winkler(typed_place, last_part(&lower));
            (whole.max(by_place), name)
        })
        .filter(|(score, _)| *score >= USEFUL)
        .collect();
    // Best first; equal scores in the names' own order.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(count).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tzdb::Database;

    #[test]
    fn exact_names_find_their_zone() {
        let database = Database::embedded();
        let names = database.names();
        assert_eq!(find(names, "Asia/Tokyo"), Found::Exact("Asia/Tokyo"));
        assert_eq!(find(names, "UTC"), Found::Exact("UTC"));
        assert_eq!(
            find(names, "America/Argentina/Buenos_Aires"),
            Found::Exact("America/Argentina/Buenos_Aires")
        );
    }

    #[test]
    fn other_case_and_bare_places_find_the_canonical_name() {
        let database = Database::embedded();
        let names = database.names();
        assert_eq!(find(names, "asia/TOKYO"), Found::Other("Asia/Tokyo"));
        assert_eq!(find(names, " tokyo "), Found::Other("Asia/Tokyo"));
        assert_eq!(find(names, "new york"), Found::Other("America/New_York"));
        assert_eq!(find(names, "utc"), Found::Other("UTC"));
    }

    #[test]
    fn misspelt_names_suggest_the_closest_first() {
        let database = Database::embedded();
        let names = database.names();
        for (typed, best) in [
            ("Europe/Moskow", "Europe/Moscow"),
            ("Tokio", "Asia/Tokyo"),
            ("america/new_yrok", "America/New_York"),
        ] {
            match find(names, typed) {
                Found::Nothing(suggested) => {
                    assert_eq!(suggested.first(), Some(&best), "{typed}: {suggested:?}");
                    assert!(suggested.len() <= SUGGESTIONS);
                }
                other => panic!("{typed}: {other:?}"),
            }
        }
    }

    #[test]
    fn nothing_alike_nothing_typed_and_too_much_typed_suggest_nothing() {
        let database = Database::embedded();
        let names = database.names();
        assert_eq!(find(names, ""), Found::Nothing(vec![]));
        assert_eq!(find(names, "   "), Found::Nothing(vec![]));
        assert_eq!(find(names, "qqqqqqqqqqqqxz"), Found::Nothing(vec![]));
        let long = "Europe/Moscow".repeat(1000);
        assert_eq!(find(names, &long), Found::Nothing(vec![]));
    }

    #[test]
    fn a_place_shared_by_two_zones_finds_neither_but_suggests_both() {
        let database = Database::embedded();
        match find(database.names(), "buenos aires") {
            Found::Nothing(suggested) => {
                assert!(suggested.contains(&"America/Argentina/Buenos_Aires"));
                assert!(suggested.contains(&"America/Buenos_Aires"));
            }
            other => panic!("{other:?}"),
        }
    }
}
