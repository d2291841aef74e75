//! Finding a zone by what a person typed or put in a path: the exact name,
//! the same name in other letter case, or a place's name in any language the
//! site speaks (`tokyo`, `Buenos Aires`, `Москва`, `calcutta`); a name
//! several places share is a choice between them; for a name that finds
//! nothing, the closest names.
//!
//! Pure: a list of names in, names out (with the CLDR names of
//! [`crate::locale::names`], which are data). The names are prepared once
//! per list, in a [`NameIndex`]: looked up by hash, and the closest found
//! through a [`bigrams`] index that shortlists a bounded number of names,
//! which alone are ranked by [`jaro_winkler`] similarity. A miss so costs
//! the same however many names and languages there are.

mod bigrams;
mod jaro_winkler;

use std::collections::HashMap;

use crate::locale::Lang;
use crate::locale::names::{self, fold};
use crate::zone::last_part;
use bigrams::Bigrams;
use jaro_winkler::Typed;

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

/// How many names compared whole (a zone's name, a place's in any language)
/// are ranked for a miss, of those sharing most bigrams with it. A place's
/// names are indexed once, under the name that stands for it, not under
/// each of its zones' (`Asia/Kolkata`, `Asia/Calcutta`): else its names in
/// fourteen languages, many alike, crowd out other places (`Калькута` lost
/// its fifth suggestion, `America/Iqaluit`).
const WHOLE_SHORTLIST: usize = 64;

/// How many last parts of zone names (`New_York`) are ranked for a miss, of
/// those sharing most bigrams with the typed name's last part.
const PART_SHORTLIST: usize = 32;

/// How alike a name must be to what was typed to be suggested: above 0.7,
/// so that names too short or too long to be so alike are known by their
/// length ([`Typed::lengths_reaching`]).
const USEFUL: f64 = 0.75;
const _: () = assert!(USEFUL > 0.7);

/// What `typed` finds among `names`, as [`NameIndex::find`] does; the
/// reader's language changes nothing, as a place's names in every language
/// count alike.
///
/// This prepares `names` anew for each search: what searches one list again
/// and again keeps its [`NameIndex`].
pub fn find<'a, S: AsRef<str>>(names: &'a [S], typed: &str, _lang: Lang) -> Found<'a> {
    NameIndex::new(names).search(typed, |at| names[at].as_ref())
}

/// A list of zone names prepared for finding zones in it: by name, in any
/// letter case, by a place's name, and by likeness.
#[derive(Debug)]
pub struct NameIndex {
    names: Box<[Box<str>]>,
    /// Where each name first is in `names`.
    exact: HashMap<Box<str>, usize>,
    /// The same, by the name in ASCII lower case.
    lower: HashMap<Box<str>, usize>,
    /// Where the name that stands for each CLDR place in `names` is: its
    /// IANA name where the list has it, else the first of its names.
    stands_for: HashMap<&'static str, usize>,
    /// The names CLDR does not know, by their last part folded.
    unplaced: HashMap<String, Vec<usize>>,
    /// Names compared with the whole typed name: each zone's folded, and
    /// its place's in every language.
    whole: Bigrams,
    /// Zone names' last parts, compared with the typed name's last part.
    parts: Bigrams,
    /// Where the name that stands for each name's place is (its IANA name
    /// where the list has it); the name's own where CLDR does not know it.
    place_of: Box<[usize]>,
    /// Whether each name is its place's IANA name.
    iana: Box<[bool]>,
}

impl NameIndex {
    /// `names` prepared for searching.
    pub fn new<S: AsRef<str>>(names: &[S]) -> Self {
        let names: Box<[Box<str>]> = names.iter().map(|name| name.as_ref().into()).collect();
        let mut exact = HashMap::new();
        let mut lower = HashMap::new();
        let mut stands_for = HashMap::new();
        let mut unplaced: HashMap<String, Vec<usize>> = HashMap::new();
        let mut places = Vec::with_capacity(names.len());
        for (at, name) in names.iter().enumerate() {
            exact.entry(name.clone()).or_insert(at);
            lower
                .entry(name.to_ascii_lowercase().into_boxed_str())
                .or_insert(at);
            let place = names::place(name);
            match place {
                Some(place) => {
                    stands_for.entry(place.iana).or_insert(at);
                }
                None => unplaced.entry(fold(last_part(name))).or_default().push(at),
            }
            places.push(place.map(|place| place.iana));
        }
        for (iana, at) in &mut stands_for {
            if let Some(own) = exact.get(*iana) {
                *at = *own;
            }
        }
        let place_of: Box<[usize]> = places
            .iter()
            .enumerate()
            .map(|(at, place)| place.map_or(at, |iana| stands_for[iana]))
            .collect();
        let owners = || names.iter().enumerate().map(|(at, name)| (at as u32, name));
        // A place's names once, under the name that stands for it, rather
        // than under each of its zones' (`Asia/Calcutta`'s and `Asia/Kolkata`'s).
        let whole = Bigrams::new(owners().flat_map(|(at, name)| {
            let cities = (place_of[at as usize] == at as usize)
                .then(|| Lang::ALL.map(|lang| (fold(&lang.city(name)), at)))
                .into_iter()
                .flatten();
            std::iter::once((fold(name), at)).chain(cities)
        }));
        let parts = Bigrams::new(owners().map(|(at, name)| (fold(last_part(name)), at)));
        let iana = names
            .iter()
            .zip(&places)
            .map(|(name, place)| *place == Some(&**name))
            .collect();
        Self {
            names,
            exact,
            lower,
            stands_for,
            unplaced,
            whole,
            parts,
            place_of,
            iana,
        }
    }

    /// What `typed` finds among the names.
    ///
    /// A name in other letter case finds its zone; so does the name of a
    /// place, in any language, or the last part of a zone's name alone
    /// (`tokyo`, spaces for underscores): the one zone of that place, by its
    /// IANA name where the list has it (`calcutta` finds `Asia/Kolkata`), or
    /// a choice when several places are so called.
    pub fn find(&self, typed: &str) -> Found<'_> {
        self.search(typed, |at| &self.names[at])
    }

    /// What `typed` finds, the names given by `name` from their place in
    /// the list.
    fn search<'a>(&self, typed: &str, name: impl Fn(usize) -> &'a str) -> Found<'a> {
        let typed = typed.trim();
        if let Some(at) = self.exact.get(typed) {
            return Found::Exact(name(*at));
        }
        let wanted = typed.replace(' ', "_").to_ascii_lowercase();
        if let Some(at) = self.lower.get(wanted.as_str()) {
            return Found::Other(name(*at));
        }
        let mut zones: Vec<&'a str> = self.by_place(typed).into_iter().map(&name).collect();
        if zones.is_empty() {
            let closest = self.closest(typed, SUGGESTIONS);
            return Found::Nothing(closest.into_iter().map(name).collect());
        }
        if zones.len() == 1 {
            return Found::Other(zones.remove(0));
        }
        zones.sort_unstable();
        Found::Choice(zones)
    }

    /// The zones of the places called `typed`, one per place, by the IANA
    /// name where the list has it; and the zones CLDR does not know whose
    /// last part is `typed`.
    fn by_place(&self, typed: &str) -> Vec<usize> {
        let wanted = fold(typed);
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut zones: Vec<usize> = names::places_named(typed)
            .iter()
            .filter_map(|index| self.stands_for.get(names::place_at(*index).iana))
            .copied()
            .collect();
        zones.extend(self.unplaced.get(&wanted).into_iter().flatten());
        zones
    }

    /// Where in the list the `count` names closest to `typed` are, best
    /// first: compared whole, by their last part and by the place's name in
    /// every language, ignoring letter case, with Jaro-Winkler similarity
    /// (which favours a shared beginning, as typos at the end of a name are
    /// commonest); one name per place, its IANA name first. Names too unlike
    /// `typed` to help are left out, and so is every name when `typed` is
    /// empty or longer than [`LONGEST`].
    ///
    /// Only the names that share most bigrams with `typed` are compared,
    /// a bounded number, found reading a bounded part of the index; of
    /// those, the ones that could be most alike first, and only while they
    /// could still be among the best places found. The best of them is the
    /// best of all names for a typo (the tests check every name so), but a
    /// name alike by Jaro-Winkler that shares few bigrams may be missing
    /// further down, where many names share a beginning (`america/new_yrok`
    /// suggests `America/Nome` second, where comparing every name suggests
    /// `America/Fort_Wayne`).
    fn closest(&self, typed: &str, count: usize) -> Vec<usize> {
        if typed.trim().chars().count() > LONGEST {
            return Vec::new();
        }
        let typed = fold(typed);
        if typed.is_empty() {
            return Vec::new();
        }
        let typed_whole: Vec<char> = typed.chars().collect();
        let typed_part: Vec<char> = last_part(&typed).chars().collect();
        let typed = [Typed::new(&typed_whole), Typed::new(&typed_part)];
        let indexes = [
            (&self.whole, WHOLE_SHORTLIST),
            (&self.parts, PART_SHORTLIST),
        ];

        // The shortlisted names, each with the most it can be like what was
        // typed (from the characters they share, in any order), most first.
        let mut keys = Vec::with_capacity(WHOLE_SHORTLIST.max(PART_SHORTLIST));
        let mut shortlisted = Vec::with_capacity(WHOLE_SHORTLIST + PART_SHORTLIST);
        for (kind, ((index, shortlist), typed)) in indexes.iter().zip(&typed).enumerate() {
            keys.clear();
            let lengths = typed.lengths_reaching(USEFUL, index.longest());
            index.shortlist(typed.chars(), lengths, *shortlist, &mut keys);
            shortlisted.extend(keys.iter().map(|key| {
                let (name, letters, _) = index.name(*key);
                (typed.at_most(name, letters), kind, *key)
            }));
        }
        shortlisted.sort_unstable_by(|(a, ..), (b, ..)| b.total_cmp(a));

        // Compared in order only while a name could still be useful and
        // among the best `count` places found so far.
        let mut leaders = Leaders::new(count);
        let mut scored = Vec::with_capacity(shortlisted.len());
        for (most, kind, key) in shortlisted {
            if most < USEFUL.max(leaders.floor()) {
                break;
            }
            let (name, _, at) = indexes[kind].0.name(key);
            let score = typed[kind].jaro_winkler(name);
            if score >= USEFUL {
                let at = at as usize;
                scored.push((score, at));
                leaders.note(score, self.place_of[at]);
            }
        }
        // Best first; equal scores with the IANA name first, then in the
        // names' own order. A place shortlisted under several of its names
        // comes first with its best score, and is taken then only.
        scored.sort_unstable_by(|(score_a, a), (score_b, b)| {
            score_b
                .total_cmp(score_a)
                .then(self.iana[*b].cmp(&self.iana[*a]))
                .then(a.cmp(b))
        });
        let mut places = Vec::with_capacity(count);
        scored
            .into_iter()
            .filter(|(_, at)| {
                let place = self.place_of[*at];
                let new = !places.contains(&place);
                if new {
                    places.push(place);
                }
                new
            })
            .take(count)
            .map(|(_, at)| at)
            .collect()
    }
}

/// The best score of each of the best few places scored so far, best
/// first: a name that could not reach the last of them, once there are
/// enough, cannot be suggested.
struct Leaders {
    count: usize,
    best: Vec<(f64, usize)>,
}

impl Leaders {
    fn new(count: usize) -> Self {
        Self {
            count,
            best: Vec::with_capacity(count + 1),
        }
    }

    /// `place` scored `score` (a place: where the name that stands for it is).
    fn note(&mut self, score: f64, place: usize) {
        match self.best.iter_mut().find(|(_, known)| *known == place) {
            Some((best, _)) => *best = best.max(score),
            None => self.best.push((score, place)),
        }
        self.best.sort_unstable_by(|(a, _), (b, _)| b.total_cmp(a));
        self.best.truncate(self.count);
    }

    /// The score a name must reach to be among the best: the last of the
    /// best places' once there are `count` of them, any score before.
    fn floor(&self) -> f64 {
        if self.best.len() < self.count {
            f64::NEG_INFINITY
        } else {
            self.best.last().map_or(f64::INFINITY, |(score, _)| *score)
        }
    }
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
            ("Tokoy", "Asia/Tokyo"),
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
            suggested("Калкутта", Lang::Ru).first(),
            Some(&"Asia/Kolkata")
        );
        let kolkata = suggested("Kolkatta", Lang::En);
        assert_eq!(kolkata.first(), Some(&"Asia/Kolkata"));
        assert!(!kolkata.contains(&"Asia/Calcutta"), "{kolkata:?}");
    }

    /// What comparing every name finds: the search as it was before the
    /// index, which the shortlist must agree with.
    fn compare_every_name<'a>(names: &'a [String], typed: &str) -> Vec<&'a str> {
        let typed = fold(typed);
        let typed_place = last_part(&typed);
        let mut scored: Vec<(f64, &str)> = names
            .iter()
            .map(|name| {
                let whole = strsim::jaro_winkler(&typed, &fold(name));
                let by_part = strsim::jaro_winkler(typed_place, &fold(last_part(name)));
                let by_city = Lang::ALL
                    .into_iter()
                    .map(|lang| strsim::jaro_winkler(&typed, &fold(&lang.city(name))))
                    .fold(0.0, f64::max);
                (whole.max(by_part).max(by_city), name.as_str())
            })
            .filter(|(score, _)| *score >= USEFUL)
            .collect();
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
            .take(SUGGESTIONS)
            .map(|(_, name)| name)
            .collect()
    }

    #[test]
    fn a_name_is_compared_only_while_it_could_be_among_the_best_places() {
        let mut leaders = Leaders::new(2);
        assert_eq!(leaders.floor(), f64::NEG_INFINITY);
        leaders.note(0.9, 1);
        leaders.note(0.95, 1);
        // One place under two names is one place.
        assert_eq!(leaders.floor(), f64::NEG_INFINITY);
        leaders.note(0.8, 2);
        assert_eq!(leaders.floor(), 0.8);
        leaders.note(0.85, 3);
        assert_eq!(leaders.floor(), 0.85);
        leaders.note(0.7, 4);
        assert_eq!(leaders.floor(), 0.85);
        assert_eq!(Leaders::new(0).floor(), f64::INFINITY);
    }

    #[test]
    fn a_miss_suggests_what_comparing_every_name_suggests() {
        let database = Database::embedded();
        let names = database.names();
        let index = NameIndex::new(names);
        let long = "a".repeat(61);
        for typed in [
            "Europe/Moskow",
            "Tokoy",
            "Москв",
            "Калкутта",
            "Калькута",
            "Kolkatta",
            "Hongong",
            "a",
            &long,
            "qwertyuiopasdfgh",
        ] {
            let ours: Vec<&str> = (index.closest(typed, SUGGESTIONS).iter())
                .map(|at| names[*at].as_str())
                .collect();
            assert_eq!(ours, compare_every_name(names, typed), "{typed}");
        }
    }

    #[test]
    fn a_typo_in_any_name_in_any_language_is_first_suggested_as_before() {
        let database = Database::embedded();
        let names = database.names();
        let index = NameIndex::new(names);
        let mut typed: Vec<String> = names
            .iter()
            .flat_map(|name| {
                let cities = Lang::ALL.map(|lang| lang.city(name).into_owned());
                [name.clone(), last_part(name).to_owned()]
                    .into_iter()
                    .chain(cities)
            })
            .filter(|name| name.chars().count() >= 5)
            .flat_map(|name| {
                // The middle letter left out, and doubled.
                let chars: Vec<char> = name.chars().collect();
                let middle = chars.len() / 2;
                let mut left_out = chars.clone();
                left_out.remove(middle);
                let mut doubled = chars;
                doubled.insert(middle, doubled[middle]);
                [left_out, doubled].map(|chars| chars.into_iter().collect::<String>())
            })
            .collect();
        typed.sort();
        typed.dedup();
        for typed in typed {
            let ours = index.closest(&typed, SUGGESTIONS);
            let theirs = compare_every_name(names, &typed);
            assert_eq!(
                ours.first().map(|at| names[*at].as_str()),
                theirs.first().copied(),
                "{typed}: {theirs:?}"
            );
        }
    }

    #[test]
    fn the_index_finds_what_a_search_of_the_list_finds() {
        let database = Database::embedded();
        let names = database.names();
        let index = NameIndex::new(names);
        for typed in [
            "Asia/Tokyo",
            "asia/TOKYO",
            "calcutta",
            "eastern",
            "Москв",
            "",
        ] {
            assert_eq!(index.find(typed), find(names, typed, Lang::En), "{typed}");
        }
    }

    #[test]
    fn a_zone_cldr_does_not_know_is_found_by_its_last_part() {
        let names = ["Nowhere/Far_Away", "Elsewhere/Far_Away", "Europe/Moscow"];
        assert_eq!(
            find(&names, "far away", Lang::En),
            Found::Choice(vec!["Elsewhere/Far_Away", "Nowhere/Far_Away"])
        );
        assert_eq!(
            find(&names, "Far Awya", Lang::En),
            Found::Nothing(vec!["Nowhere/Far_Away", "Elsewhere/Far_Away"])
        );
        // A place whose IANA name the list lacks: by its other name.
        assert_eq!(
            find(&["Asia/Calcutta"], "kolkata", Lang::En),
            Found::Other("Asia/Calcutta")
        );
    }
}
