//! Places and zones by the names people use, in each language the site
//! speaks, from the Unicode CLDR: a zone's exemplar city (`Asia/Calcutta`
//! and `Asia/Kolkata` are both Kolkata, Калькутта) and its zone name
//! (Moscow Standard Time, Москва, стандартное время); and the zones a name
//! typed in any of those languages may mean.
//!
//! The names are data, [`super::cldr`], written by `scripts/cldr_names.py`
//! from the pinned CLDR release; nothing here is a name. Beyond the places
//! zones are named after, the world's largest cities are found by every
//! name GeoNames has for them ([`super::cities`]: `München`, `Мюнхен`), a
//! zone's or CLDR's name winning where they clash.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;
use super::cities::CITIES;
use super::cldr::{IDS, PLACES};
use crate::zone::last_part;

/// A zone as CLDR knows it, under all its identifiers.
#[derive(Debug)]
pub struct Place {
    /// The identifier the IANA database names the zone by today, e.g.
    /// `Asia/Kolkata` (CLDR's own is `Asia/Calcutta`).
    pub iana: &'static str,
    /// The exemplar city in each language, one a line, in [`Lang::ALL`]'s
    /// order.
    pub city: &'static str,
    /// The zone's standard and daylight names in each language, one a
    /// line in [`Lang::ALL`]'s order, a tab between them, empty where CLDR
    /// has none.
    pub zone: &'static str,
}

impl Place {
    /// The exemplar city in `lang`.
    pub fn city(&self, lang: Lang) -> &'static str {
        self.city.lines().nth(lang.index()).unwrap_or_default()
    }

    /// The exemplar cities, in [`Lang::ALL`]'s order.
    pub fn cities(&self) -> impl Iterator<Item = &'static str> {
        self.city.lines()
    }

    /// The zone's names in `lang`, out of and in daylight saving time.
    pub fn zone_names(&self, lang: Lang) -> (Option<&'static str>, Option<&'static str>) {
        let line = self.zone.lines().nth(lang.index()).unwrap_or_default();
        let (standard, daylight) = line.split_once('\t').unwrap_or((line, ""));
        let some = |name: &'static str| (!name.is_empty()).then_some(name);
        (some(standard), some(daylight))
    }
}

/// A city of a million people or more, from GeoNames.
#[derive(Debug)]
pub struct City {
    /// The IANA name of its zone.
    pub zone: &'static str,
    /// Every name GeoNames has for it, in any language and script, one a
    /// line.
    pub names: &'static str,
}

/// The place of the zone identified by `zone` (any of its identifiers).
pub fn place(zone: &str) -> Option<&'static Place> {
    PLACES.get(usize::from(place_index(zone)?))
}

/// Where in [`PLACES`] the place of `zone` (any of its identifiers) is.
fn place_index(zone: &str) -> Option<u16> {
    let index = IDS.binary_search_by(|(id, _)| (*id).cmp(zone)).ok()?;
    Some(IDS[index].1)
}

impl Lang {
    /// The place `zone` is named after, as people call it in this language:
    /// CLDR's exemplar city (`Kolkata`, `Москва`); for an identifier CLDR
    /// does not know, its last part, underscores as spaces (CLDR's own rule
    /// where it has no name).
    pub fn city(self, zone: &str) -> Cow<'static, str> {
        match place(zone) {
            Some(place) => Cow::Borrowed(place.city(self)),
            None => Cow::Owned(last_part(zone).replace('_', " ")),
        }
    }

    /// The name of `zone`'s time in this language, in or out of daylight
    /// saving time (`dst`): `Moscow Standard Time`; none where CLDR has none.
    pub fn zone_name(self, zone: &str, dst: bool) -> Option<&'static str> {
        let (standard, daylight) = place(zone)?.zone_names(self);
        if dst { daylight } else { standard }
    }
}

/// A name as it is compared with what someone typed: in lower case, `ё` as
/// `е`, spaces, `_` and `-` alike (`Нью-Йорк`, `нью йорк`, `New_York`), and
/// without the signs that only guide how a word is broken or joined (the
/// soft hyphens of Polish `Reyk­ja­vík`, Hindi's zero-width joiners).
pub fn fold(name: &str) -> String {
    let lower: String = name
        .to_lowercase()
        .replace('ё', "е")
        .chars()
        .filter(|c| !matches!(c, '\u{ad}' | '\u{200c}' | '\u{200d}'))
        .collect();
    lower
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The places called `typed` in any language, by their city or by the last
/// part of any of their identifiers (`calcutta`): one for most names, more
/// for a name that several places share (`Eastern`), none for others; else
/// the places of the large cities so called (`München`: Berlin's).
pub fn places_named(typed: &str) -> &'static [u16] {
    static BY_NAME: LazyLock<HashMap<String, Vec<u16>>> = LazyLock::new(|| {
        let mut by_name: HashMap<String, Vec<u16>> = HashMap::new();
        let cities = PLACES
            .iter()
            .enumerate()
            .flat_map(|(index, place)| place.cities().map(move |city| (city, index)));
        let ids = IDS
            .iter()
            .map(|(id, index)| (last_part(id), usize::from(*index)));
        for (name, index) in cities.chain(ids) {
            add(&mut by_name, fold(name), index as u16);
        }
        let mut large: HashMap<String, Vec<u16>> = HashMap::new();
        for city in &CITIES {
            let Some(index) = place_index(city.zone) else {
                continue;
            };
            for folded in city.names.lines().map(fold) {
                if !by_name.contains_key(&folded) {
                    add(&mut large, folded, index);
                }
            }
        }
        by_name.extend(large);
        by_name
    });
    BY_NAME
        .get(&fold(typed))
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// Notes that `name` is a name of the place at `index`, once.
fn add(by_name: &mut HashMap<String, Vec<u16>>, name: String, index: u16) {
    let places = by_name.entry(name).or_default();
    if !places.contains(&index) {
        places.push(index);
    }
}

/// The place at `index` of [`places_named`]'s answer.
pub fn place_at(index: u16) -> &'static Place {
    &PLACES[usize::from(index)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::cldr::LANGUAGES;

    /// The zones of the places `typed` names.
    fn iana(typed: &str) -> Vec<&'static str> {
        places_named(typed)
            .iter()
            .map(|index| place_at(*index).iana)
            .collect()
    }

    #[test]
    fn the_data_has_a_column_for_each_language_in_order() {
        let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        assert_eq!(codes, LANGUAGES);
    }

    #[test]
    fn identifiers_are_sorted_for_the_search() {
        assert!(IDS.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn both_names_of_kolkata_are_kolkata() {
        for id in ["Asia/Kolkata", "Asia/Calcutta"] {
            assert_eq!(Lang::En.city(id), "Kolkata");
            assert_eq!(Lang::Ru.city(id), "Калькутта");
        }
        assert_eq!(Lang::Ru.city("Europe/Moscow"), "Москва");
        assert_eq!(Lang::En.city("America/Indiana/Knox"), "Knox, Indiana");
    }

    #[test]
    fn an_identifier_cldr_does_not_know_is_its_last_part() {
        assert_eq!(Lang::Ru.city("Nowhere/Far_Away"), "Far Away");
    }

    #[test]
    fn zone_names_follow_daylight_saving_time() {
        assert_eq!(
            Lang::En.zone_name("Europe/Moscow", false),
            Some("Moscow Standard Time")
        );
        assert_eq!(
            Lang::Ru.zone_name("Europe/Berlin", true),
            Some("Центральная Европа, летнее время")
        );
        assert_eq!(
            Lang::En.zone_name("Europe/London", true),
            Some("British Summer Time")
        );
        assert_eq!(Lang::En.zone_name("Nowhere/Far_Away", false), None);
    }

    #[test]
    fn typed_names_are_folded_alike() {
        assert_eq!(fold("  Нью-Йорк "), "нью йорк");
        assert_eq!(fold("new_york"), fold("New York"));
        assert_eq!(fold("Орёл"), "орел");
        assert_eq!(fold("Reyk\u{ad}ja\u{ad}vík"), "reykjavík");
    }

    #[test]
    fn a_name_finds_its_places_in_either_language() {
        assert_eq!(iana("москва"), ["Europe/Moscow"]);
        assert_eq!(iana("Нью-Йорк"), ["America/New_York"]);
        assert_eq!(iana("calcutta"), ["Asia/Kolkata"]);
        assert_eq!(iana("KOLKATA"), ["Asia/Kolkata"]);
        let mut eastern = iana("eastern");
        eastern.sort_unstable();
        assert_eq!(eastern, ["America/New_York", "America/Toronto"]);
        assert!(iana("Atlantis").is_empty());
    }

    #[test]
    fn a_large_city_no_zone_is_named_after_finds_its_zone_by_any_of_its_names() {
        for name in [
            "München",
            "muenchen",
            "Munich",
            "Мюнхен",
            "ミュンヘン",
            "ميونخ",
        ] {
            assert_eq!(iana(name), ["Europe/Berlin"], "{name}");
        }
        assert_eq!(iana("Hamburg"), ["Europe/Berlin"]);
        assert_eq!(iana("Osaka"), ["Asia/Tokyo"]);
        assert_eq!(iana("Saint Petersburg"), ["Europe/Moscow"]);
        // A name two cities in two zones share is a choice.
        let mut hyderabad = iana("Hyderabad");
        hyderabad.sort_unstable();
        assert_eq!(hyderabad, ["Asia/Karachi", "Asia/Kolkata"]);
        // A zone's place keeps its name: "Moscow" is not another city's.
        assert_eq!(iana("Moscow"), ["Europe/Moscow"]);
    }
}
