//! Finding a zone by what a person typed or put in a path: the exact name,
//! the same name in other letter case, or a place's name in any language the
//! site speaks (`tokyo`, `Buenos Aires`, `Москва`, `calcutta`); a name
//! several places share is a choice between them; for a name that finds
//! nothing, the closest names.
//!
//! Pure: a list of names in, names out (with the CLDR names of
//! [`crate::locale::names`], which are data).

use crate::locale::Lang;
use crate::locale::names::{self, fold};
use crate::zone::last_part;

/// What a typed name finds among the zone names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    /// Exactly a zone's name, e.g. `Asia/Tokyo`.
    Exact(&'a str),
    /// A zone, named otherwise (`asia/tokyo`, `Tokyo`, `buenos aires`,
    /// `Москва`): this is its name.
    Other(&'a str),
    /// Places that share the name (`Eastern`): their zones, to choose from.
    Choice(Vec<&'a str>),
    /// No zone: the closest names, best first.
    Nothing(Vec<&'a str>),
}

/// How many names a miss suggests.
pub const SUGGESTIONS: usize = 5;

/// The longest name that gets suggestions. No zone name is half as long
/// (`America/Argentina/ComodRivadavia` has 32 characters); comparing is
/// linear in the length, so a longer one would only cost time.
pub const LONGEST: usize = 64;

/// What `typed` finds among `names`, with suggestions ranked for a reader
/// of `lang`.
///
/// A name in other letter case finds its zone; so does the name of a place,
/// in any language, or the last part of a zone's name alone (`tokyo`, spaces
/// for underscores): the one zone of that place, by its IANA name where
/// `names` has it (`calcutta` finds `Asia/Kolkata`), or a choice when
/// several places are so called.
pub fn find<'a, S: AsRef<str>>(names: &'a [S], typed: &str, lang: Lang) -> Found<'a> {
    let typed = typed.trim();
    let all = names.iter().map(AsRef::as_ref);
    if let Some(name) = all.clone().find(|n| *n == typed) {
        return Found::Exact(name);
    }
    let wanted = typed.replace(' ', "_");
    if let Some(name) = all.clone().find(|n| n.eq_ignore_ascii_case(&wanted)) {
        return Found::Other(name);
    }
    let mut zones = by_place(names, typed);
    if zones.is_empty() {
        return Found::Nothing(closest(names, typed, SUGGESTIONS, lang));
    }
    if zones.len() == 1 {
        return Found::Other(zones.remove(0));
    }
    zones.sort_unstable();
    Found::Choice(zones)
}

/// The zones of the places called `typed`, one per place, by the IANA name
/// where `names` has it; and the zones CLDR does not know whose last part is
/// `typed`.
fn by_place<'a, S: AsRef<str>>(names: &'a [S], typed: &str) -> Vec<&'a str> {
    let wanted = fold(typed);
    if wanted.is_empty() {
        return Vec::new();
    }
    let known = |name: &str| names.iter().map(AsRef::as_ref).find(|n| *n == name);
    let mut zones: Vec<&'a str> = names::places_named(typed)
        .iter()
        .filter_map(|index| {
            let place = names::place_at(*index);
            known(place.iana).or_else(|| {
                names
                    .iter()
                    .map(AsRef::as_ref)
                    .find(|name| names::place(name).is_some_and(|p| p.iana == place.iana))
            })
        })
        .collect();
    zones.extend(
        names
            .iter()
            .map(AsRef::as_ref)
            .filter(|name| names::place(name).is_none() && fold(last_part(name)) == wanted),
    );
    zones
}

/// The `count` names closest to `typed`, best first: compared whole, by
/// their last part and by the place's name in `lang` and every other
/// language, ignoring letter case, with Jaro-Winkler similarity (which
/// favours a shared beginning, as typos at the end of a name are commonest);
/// one name per place, its IANA name first. Names too unlike `typed` to help
/// are left out, and so is every name when `typed` is empty or longer than
/// [`LONGEST`].
pub fn closest<'a, S: AsRef<str>>(
    names: &'a [S],
    typed: &str,
    count: usize,
    lang: Lang,
) -> Vec<&'a str> {
    const USEFUL: f64 = 0.75;
    if typed.trim().chars().count() > LONGEST {
        return Vec::new();
    }
    let typed = fold(typed);
    if typed.is_empty() {
        return Vec::new();
    }
    let typed_place = last_part(&typed);
    let mut scored: Vec<(f64, &str)> = names
        .iter()
        .map(AsRef::as_ref)
        .map(|name| {
            let whole = strsim::jaro_winkler(&typed, &fold(name));
            let by_part = strsim::jaro_winkler(typed_place, &fold(last_part(name)));
            // The visitor's language first, then the others.
            let by_city = std::iter::once(lang)
                .chain(lang.others())
                .map(|lang| strsim::jaro_winkler(&typed, &fold(&lang.city(name))))
                .fold(0.0, f64::max);
            (whole.max(by_part).max(by_city), name)
        })
        .filter(|(score, _)| *score >= USEFUL)
        .collect();
    // Best first; equal scores with the IANA name first, then in the names'
    // own order.
    let is_iana = |name: &str| names::place(name).is_some_and(|place| place.iana == name);
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(is_iana(b.1).cmp(&is_iana(a.1))));
    let mut places = Vec::new();
    scored
        .into_iter()
        .filter(|(_, name)| match names::place(name) {
            Some(place) if places.contains(&place.iana) => false,
            Some(place) => {
                places.push(place.iana);
                true
            }
            None => true,
        })
        .take(count)
        .map(|(_, n)| n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tzdb::Database;

    #[test]
    fn exact_names_find_their_zone() {
        let database = Database::embedded();
        let names = database.names();
        assert_eq!(
            find(names, "Asia/Tokyo", Lang::En),
            Found::Exact("Asia/Tokyo")
        );
        assert_eq!(find(names, "UTC", Lang::En), Found::Exact("UTC"));
        assert_eq!(
            find(names, "America/Argentina/Buenos_Aires", Lang::En),
            Found::Exact("America/Argentina/Buenos_Aires")
        );
    }

    #[test]
    fn other_case_and_bare_places_find_the_canonical_name() {
        let database = Database::embedded();
        let names = database.names();
        assert_eq!(
            find(names, "asia/TOKYO", Lang::En),
            Found::Other("Asia/Tokyo")
        );
        assert_eq!(find(names, " tokyo ", Lang::En), Found::Other("Asia/Tokyo"));
        assert_eq!(
            find(names, "new york", Lang::En),
            Found::Other("America/New_York")
        );
        assert_eq!(find(names, "utc", Lang::En), Found::Other("UTC"));
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
            match find(names, typed, Lang::En) {
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
        assert_eq!(find(names, "", Lang::En), Found::Nothing(vec![]));
        assert_eq!(find(names, "   ", Lang::En), Found::Nothing(vec![]));
        assert_eq!(
            find(names, "qqqqqqqqqqqqxz", Lang::En),
            Found::Nothing(vec![])
        );
        let long = "Europe/Moscow".repeat(1000);
        assert_eq!(find(names, &long, Lang::En), Found::Nothing(vec![]));
    }

    #[test]
    fn one_place_under_two_names_finds_its_iana_name() {
        let database = Database::embedded();
        let names = database.names();
        for typed in ["buenos aires", "Buenos_Aires"] {
            assert_eq!(
                find(names, typed, Lang::En),
                Found::Other("America/Argentina/Buenos_Aires")
            );
        }
        for typed in ["kolkata", "calcutta", "Калькутта"] {
            assert_eq!(find(names, typed, Lang::En), Found::Other("Asia/Kolkata"));
        }
    }

    #[test]
    fn places_are_found_by_their_names_in_every_language() {
        let database = Database::embedded();
        let names = database.names();
        for (typed, zone) in [
            ("Москва", "Europe/Moscow"),
            ("москва", "Europe/Moscow"),
            ("МОСКВА", "Europe/Moscow"),
            ("Нью-Йорк", "America/New_York"),
            ("нью йорк", "America/New_York"),
            ("new york", "America/New_York"),
            ("Владивосток", "Asia/Vladivostok"),
            ("Kyiv", "Europe/Kyiv"),
        ] {
            assert_eq!(find(names, typed, Lang::Ru), Found::Other(zone), "{typed}");
        }
    }

    #[test]
    fn a_name_two_places_share_is_a_choice() {
        let database = Database::embedded();
        assert_eq!(
            find(database.names(), "eastern", Lang::En),
            Found::Choice(vec!["America/New_York", "America/Toronto"])
        );
        assert_eq!(
            find(database.names(), "Pacific", Lang::Ru),
            Found::Choice(vec!["America/Los_Angeles", "America/Vancouver"])
        );
    }

    #[test]
    fn suggestions_rank_names_in_the_readers_language_one_per_place() {
        let database = Database::embedded();
        let names = database.names();
        let suggested = |typed, lang| match find(names, typed, lang) {
            Found::Nothing(suggested) => suggested,
            other => panic!("{typed}: {other:?}"),
        };
        assert_eq!(suggested("Москв", Lang::Ru).first(), Some(&"Europe/Moscow"));
        assert_eq!(
            suggested("Калькута", Lang::Ru).first(),
            Some(&"Asia/Kolkata")
        );
        let kolkata = suggested("Kolkatta", Lang::En);
        assert_eq!(kolkata.first(), Some(&"Asia/Kolkata"));
        assert!(!kolkata.contains(&"Asia/Calcutta"), "{kolkata:?}");
    }
}
