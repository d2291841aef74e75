//! What every handler shares: the configured zone and language, the tz
//! database in use, the clock to read, and what is rendered once and kept:
//! the clock pages of the current window and the picker's list of zones.
//!
//! A clock page is rendered once per zone and language in each
//! [`WINDOW_MS`] of wall-clock time, and sent as it is to every other request
//! in it. Rendering a page (its date and words) and compressing it cost many
//! times what sending it does; under load, hundreds of
//! requests in a window share one rendering. A page is at most [`WINDOW_MS`]
//! old, so the instant its script starts ticking from is as good as a fresh
//! one's (the network's delay is larger): a whole second would leave the
//! clock up to a second behind until the script's first re-sync.
//!
//! The picker's list of every zone name (some 600), each with its place's
//! name in the page's language, is not in the page: the page names a JSON
//! list at a path made from its content ([`ZoneList`]), which the script
//! loads when the picker is used, and a browser keeps for good. It is made
//! once for each tz database and language, since it changes only when the
//! database does.
//!
//! The zone names prepared for finding a zone by what was typed
//! ([`NameIndex`]) are made once for each list of names ([`ZoneSearch`]): a
//! database read again with the same names keeps them.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use chrono::{DateTime, NaiveDate, Utc};
use rocket::Route;

use super::api::posix::PosixTables;
use super::layers::compression::{Effort, Variants};
use crate::clock::TimeView;
use crate::geoip::{GeoIp, Outcome};
use crate::locale::Lang;
use crate::log::LogSettings;
use crate::places::Coordinates;
use crate::sun::{NoSunDay, SunDay};
use crate::tzdb::{Database, Zones};
use crate::worldtime::{KeptTime, WorldTime};
use crate::zone::Zone;
use crate::zone_search::NameIndex;

/// Where the server takes the current instant from.
#[derive(Debug, Clone, Copy)]
pub enum Now {
    /// The system clock.
    System,
    /// A fixed instant, so that tests can check what every view shows.
    #[cfg(feature = "testing")]
    Fixed(DateTime<Utc>),
}

impl Now {
    /// The current instant.
    pub fn instant(self) -> DateTime<Utc> {
        match self {
            Self::System => Utc::now(),
            #[cfg(feature = "testing")]
            Self::Fixed(instant) => instant,
        }
    }
}

/// The configured zone, the tz database, the clock, and what is kept.
#[derive(Debug, Clone)]
pub struct Site {
    pub(super) zone: String,
    /// The language of pages whose visitor asks for none spoken here.
    pub(super) lang: Lang,
    pub(super) zones: Zones,
    pub(super) now: Now,
    /// The zone picker's list, made once per tz database.
    pub(super) zone_list: Arc<ZoneList>,
    /// The zone names prepared for searching, made once per list of names.
    zone_search: Arc<ZoneSearch>,
    /// The clock pages rendered lately, see [`super::pages::clock_page`].
    pub(super) pages: Arc<PageCache>,
    /// worldtimeapi's answer for each zone asked, while it holds.
    kept: Arc<KeptTimes>,
    /// The API's lists of zone names, compressed once per database.
    lists: Arc<NameLists>,
    /// posix_tz_db's table, made once a day per database.
    posix_tables: Arc<PosixTables>,
    /// The sun on the dates asked for, at the zones' places.
    sun_days: Arc<SunDays>,
    /// The first path segments of the other routes' paths, which are
    /// never a zone's page.
    route_prefixes: Arc<[String]>,
    /// Where `/api/ip` places its callers, when a database is named.
    geoip: Option<GeoIp>,
    /// How the log is written, for what a handler has to say of a failure.
    pub(crate) log: LogSettings,
}

impl Site {
    /// The state for a server showing `zone`, in `lang` unless asked
    /// otherwise, with the rules of `zones` and the clock `now`.
    /// `route_prefixes` are the first segments of every other route's path
    /// (see [`route_prefixes`]).
    pub fn new(
        zone: &str,
        lang: Lang,
        zones: Zones,
        now: Now,
        route_prefixes: Vec<String>,
        log: LogSettings,
    ) -> Self {
        Self {
            zone: zone.to_owned(),
            lang,
            zones,
            now,
            zone_list: Arc::default(),
            zone_search: Arc::default(),
            pages: Arc::default(),
            kept: Arc::default(),
            lists: Arc::default(),
            posix_tables: Arc::default(),
            sun_days: Arc::default(),
            route_prefixes: route_prefixes.into(),
            geoip: None,
            log,
        }
    }

    /// The same, placing `/api/ip`'s callers with `geoip`.
    pub fn with_geoip(self, geoip: Option<GeoIp>) -> Self {
        Self { geoip, ..self }
    }

    /// The zone for a caller at `address`: the one the GeoIP database
    /// places it in, else the configured zone; with what the lookup found,
    /// when there is a database to look in.
    pub fn zone_for(&self, address: Option<IpAddr>) -> (Zone, Option<Outcome>) {
        let (Some(geoip), Some(address)) = (&self.geoip, address) else {
            return (self.zone(), None);
        };
        let database = self.database();
        let outcome = geoip.locate(address, |name| database.zone(name).is_some());
        let zone = match &outcome {
            Outcome::Zone(name) => database.zone(name).unwrap_or_else(|| self.zone()),
            _ => self.zone(),
        };
        (zone, Some(outcome))
    }

    /// worldtimeapi's answer for `zone` now, to a caller at `client`, as
    /// JSON or as its `.txt` form: from the answer kept for the zone, which
    /// only the instant and the caller are written into.
    pub fn world_time(&self, zone: &Zone, client: Option<IpAddr>, text: bool) -> String {
        let instant = self.now.instant();
        match (self.kept.get(&self.database(), zone, instant), text) {
            (Some(kept), true) => kept.text(instant, client),
            (Some(kept), false) => kept.json(instant, client),
            // Its shape could not be cut (it always can): written whole.
            (None, text) => {
                let time = WorldTime::new(&TimeView::at(instant, zone), client);
                if text {
                    time.to_text()
                } else {
                    serde_json::to_string(&time).unwrap_or_default()
                }
            }
        }
    }

    /// worldtimeapi's answer now for the zone named `name` exactly, to a
    /// caller at `client`, when one is kept for it and still holds: without
    /// looking the name up in the database.
    pub fn kept_world_time(
        &self,
        name: &str,
        client: Option<IpAddr>,
        text: bool,
    ) -> Option<String> {
        let instant = self.now.instant();
        let kept = self.kept.peek(&self.database(), name, instant)?;
        Some(if text {
            kept.text(instant, client)
        } else {
            kept.json(instant, client)
        })
    }

    /// The API's list `key` (`""` for every zone, else an area's name in
    /// lower case), as JSON or one name per line: made by `names` from the
    /// database in use when first asked for, and kept with its compressed
    /// forms until the database changes.
    pub fn name_list(
        &self,
        key: &str,
        text: bool,
        names: impl FnOnce() -> Vec<String>,
    ) -> Arc<Variants> {
        self.lists.get(&self.database(), key, text, names)
    }

    /// The GeoIP database, when one is named.
    pub fn geoip(&self) -> Option<&GeoIp> {
        self.geoip.as_ref()
    }

    /// The configured zone at the current instant.
    pub fn view(&self) -> TimeView {
        TimeView::at(self.now.instant(), self.zone())
    }

    /// The configured zone.
    pub fn zone(&self) -> Zone {
        self.zones.zone_or_fallback(&self.zone)
    }

    /// `zone` at the current instant.
    pub fn view_in(&self, zone: &Zone) -> TimeView {
        TimeView::at(self.now.instant(), zone)
    }

    /// The language of pages whose visitor asks for none spoken here.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        self.now.instant()
    }

    /// The sun at `place`, `zone`'s, on `date` of its calendar: found once
    /// per database (see [`SunDays`]).
    pub fn sun_day(
        &self,
        zone: &Zone,
        place: Coordinates,
        date: NaiveDate,
    ) -> Result<SunDay, NoSunDay> {
        self.sun_days.get(&self.database(), zone, place, date)
    }

    /// posix_tz_db's tables, as kept.
    pub fn posix_tables(&self) -> &PosixTables {
        &self.posix_tables
    }

    /// The tz database in use now.
    pub fn database(&self) -> std::sync::Arc<Database> {
        self.zones.current()
    }

    /// Why the tz database folder as it is now is not in use, when it broke
    /// after start-up and the last good database answers instead.
    pub fn tzdb_problem(&self) -> Option<String> {
        self.zones.problem()
    }

    /// The zone picker's list of every zone name of the database in use,
    /// with the places' names in `lang`.
    pub fn zone_list(&self, lang: Lang) -> Arc<Listed> {
        self.zone_list.list(&self.database(), lang)
    }

    /// The zone picker's lists in every language, [`Lang::ALL`]'s order.
    pub fn zone_lists(&self) -> Vec<Arc<Listed>> {
        let database = self.database();
        Lang::ALL
            .into_iter()
            .map(|lang| self.zone_list.list(&database, lang))
            .collect()
    }

    /// The zone names of `database` (the one in use, as
    /// [`Site::database`] gave it) prepared for finding a zone by what was
    /// typed.
    pub fn name_index(&self, database: &Arc<Database>) -> Arc<NameIndex> {
        self.zone_search.index(database)
    }

    /// Whether `first`, a path's first segment, begins another route's path
    /// (`api`, `static`, `health`, …, as mounted).
    pub fn is_route_prefix(&self, first: &str) -> bool {
        self.route_prefixes.iter().any(|prefix| prefix == first)
    }
}

/// The first segments of the paths of `routes` but those ranked
/// `any_path_rank` (the zone pages', which take any path), where the segment
/// is a literal: `api`, `static`, `health`, …
pub fn route_prefixes<'a>(
    routes: impl Iterator<Item = &'a Route>,
    any_path_rank: isize,
) -> Vec<String> {
    let mut prefixes: Vec<String> = routes
        .filter(|route| route.rank != any_path_rank)
        .filter_map(|route| {
            let first = route.uri.path().trim_start_matches('/').split('/').next()?;
            (!first.is_empty() && !first.starts_with('<')).then(|| first.to_owned())
        })
        .collect();
    prefixes.sort();
    prefixes.dedup();
    prefixes
}

/// The zone list the picker loads: every zone name of a database with its
/// place's name in a language, as a JSON array of pairs
/// (`["Asia/Calcutta", "Kolkata"]`), at a content-addressed path, with its
/// compressed forms.
#[derive(Debug)]
pub struct Listed {
    /// `/static/zones/<hash>.json`: a new database with other names gets
    /// another path, so the list can be kept for good.
    pub url: String,
    pub variants: Arc<Variants>,
}

/// The zone lists in every language, and the database they were made for.
#[derive(Debug, Default)]
pub struct ZoneList {
    made: RwLock<Option<Lists>>,
}

/// A database and its lists, one per language in [`Lang::ALL`]'s order.
type Lists = (Arc<Database>, Vec<Arc<Listed>>);

impl ZoneList {
    /// The list of every name of `database` with its place's name in
    /// `lang`, made (in every language) when first asked for and again after
    /// the database changes.
    pub fn list(&self, database: &Arc<Database>, lang: Lang) -> Arc<Listed> {
        if let Some((of, lists)) = &*self.made.read().unwrap_or_else(|p| p.into_inner())
            && Arc::ptr_eq(of, database)
        {
            return lists[lang.index()].clone();
        }
        let lists: Vec<Arc<Listed>> = Lang::ALL
            .into_iter()
            .map(|lang| Arc::new(Self::make(database, lang)))
            .collect();
        let listed = lists[lang.index()].clone();
        *self.made.write().unwrap_or_else(|p| p.into_inner()) = Some((database.clone(), lists));
        listed
    }

    fn make(database: &Database, lang: Lang) -> Listed {
        let pairs: Vec<(&str, std::borrow::Cow<'static, str>)> = database
            .names()
            .iter()
            .map(|name| (name.as_str(), lang.city(name)))
            .collect();
        let json = serde_json::to_vec(&pairs).unwrap_or_else(|_| b"[]".to_vec());
        let mut hasher = DefaultHasher::new();
        json.hash(&mut hasher);
        Listed {
            url: format!("/static/zones/{:016x}.json", hasher.finish()),
            variants: Arc::new(Variants::new(json, Effort::Once)),
        }
    }
}

/// Values made from one tz database, kept until another is in use: then
/// all of them are dropped at once. A value is made without the lock held,
/// so that other keys are not held up.
#[derive(Debug)]
pub struct PerDatabase<K, V>(RwLock<Made<K, V>>);

/// The database the values were made from, and the values.
type Made<K, V> = (Option<Arc<Database>>, HashMap<K, V>);

impl<K, V> Default for PerDatabase<K, V> {
    fn default() -> Self {
        Self(RwLock::new((None, HashMap::new())))
    }
}

impl<K: Eq + Hash, V: Clone> PerDatabase<K, V> {
    /// The value kept for `key` of `database` while `holds` says it still
    /// does, else what `make` makes, kept in its place (`None`: nothing).
    pub fn get<Q>(
        &self,
        database: &Arc<Database>,
        key: &Q,
        holds: impl Fn(&V) -> bool,
        make: impl FnOnce() -> Option<V>,
    ) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        let same =
            |kept: &Option<Arc<Database>>| kept.as_ref().is_some_and(|d| Arc::ptr_eq(d, database));
        {
            let kept = self.0.read().unwrap_or_else(PoisonError::into_inner);
            if same(&kept.0)
                && let Some(value) = kept.1.get(key)
                && holds(value)
            {
                return Some(value.clone());
            }
        }
        let value = make()?;
        let mut kept = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if !same(&kept.0) {
            // New rules: nothing kept holds any longer.
            *kept = (Some(database.clone()), HashMap::new());
        }
        kept.1.insert(key.to_owned(), value.clone());
        Some(value)
    }
}

/// The sun on the dates asked for at the zones' places: finding it (a
/// search for the horizon crossing) costs a hundred times what sending an
/// answer does, and the same few zones and dates are asked again and again.
/// At most [`SUN_DAYS`] are kept: a full table is emptied, so that asking
/// for many dates costs no memory; all are dropped when the database
/// changes.
#[derive(Debug, Default)]
pub struct SunDays(Mutex<KeptSunDays>);

/// The database the sun days were found with, and the days by zone and date.
type KeptSunDays = (
    Option<Arc<Database>>,
    HashMap<(String, NaiveDate), Result<SunDay, NoSunDay>>,
);

/// The most sun days kept.
pub const SUN_DAYS: usize = 4096;

impl SunDays {
    fn get(
        &self,
        database: &Arc<Database>,
        zone: &Zone,
        place: Coordinates,
        date: NaiveDate,
    ) -> Result<SunDay, NoSunDay> {
        let key = (zone.name().to_owned(), date);
        {
            let kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if kept.0.as_ref().is_some_and(|d| Arc::ptr_eq(d, database))
                && let Some(day) = kept.1.get(&key)
            {
                return day.clone();
            }
        }
        // Found without the lock, so that other days are not held up.
        let day = crate::sun::sun_day(place, date, zone);
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if !kept.0.as_ref().is_some_and(|d| Arc::ptr_eq(d, database)) || kept.1.len() >= SUN_DAYS {
            *kept = (Some(database.clone()), HashMap::new());
        }
        kept.1.insert(key, day.clone());
        day
    }
}

/// The API's lists of zone names, each with its compressed forms, made
/// when first asked for: every zone's (key `""`) and each area's (its name
/// in lower case), as JSON and as text.
#[derive(Debug, Default)]
pub struct NameLists(PerDatabase<(String, bool), Arc<Variants>>);

impl NameLists {
    /// List `key` of `database`, in text or JSON, made by `names` if it is
    /// not kept yet.
    pub fn get(
        &self,
        database: &Arc<Database>,
        key: &str,
        text: bool,
        names: impl FnOnce() -> Vec<String>,
    ) -> Arc<Variants> {
        let make = || {
            let names = names();
            let body = if text {
                crate::worldtime::lines(&names).into_bytes()
            } else {
                serde_json::to_vec(&names).unwrap_or_else(|_| b"[]".to_vec())
            };
            Some(Arc::new(Variants::new(body, Effort::Once)))
        };
        let key = (key.to_owned(), text);
        self.0
            .get(database, &key, |_| true, make)
            .unwrap_or_else(|| Arc::new(Variants::new(Vec::new(), Effort::Once)))
    }
}

/// worldtimeapi's answers kept per zone (see [`KeptTime`]): at most one per
/// zone name.
#[derive(Debug, Default)]
pub struct KeptTimes(PerDatabase<String, Arc<KeptTime>>);

impl KeptTimes {
    /// The answer for `zone` of `database` kept at `instant`: the one kept
    /// when it still holds, else one made now and kept in its place.
    pub fn get(
        &self,
        database: &Arc<Database>,
        zone: &Zone,
        instant: DateTime<Utc>,
    ) -> Option<Arc<KeptTime>> {
        let holds = |kept: &Arc<KeptTime>| kept.holds_at(instant);
        let make = || KeptTime::new(&TimeView::at(instant, zone)).map(Arc::new);
        self.0.get(database, zone.name(), holds, make)
    }

    /// The answer kept for the zone named `name` exactly, if it holds at
    /// `instant`; none is made.
    pub fn peek(
        &self,
        database: &Arc<Database>,
        name: &str,
        instant: DateTime<Utc>,
    ) -> Option<Arc<KeptTime>> {
        self.0
            .get(database, name, |kept| kept.holds_at(instant), || None)
    }
}

/// The zone names prepared for searching, and the database they are of.
#[derive(Debug, Default)]
pub struct ZoneSearch {
    made: RwLock<Option<(Arc<Database>, Arc<NameIndex>)>>,
}

impl ZoneSearch {
    /// The names of `database` prepared for searching: made when first
    /// asked for, and again when a database with other names is in use.
    pub fn index(&self, database: &Arc<Database>) -> Arc<NameIndex> {
        if let Some((of, index)) = &*self.made.read().unwrap_or_else(|p| p.into_inner())
            && Arc::ptr_eq(of, database)
        {
            return index.clone();
        }
        let mut made = self.made.write().unwrap_or_else(|p| p.into_inner());
        let index = match &*made {
            Some((of, index)) if of.names() == database.names() => index.clone(),
            _ => Arc::new(NameIndex::new(database.names())),
        };
        *made = Some((database.clone(), index.clone()));
        index
    }
}

/// How long a rendered page is served for, in milliseconds.
pub const WINDOW_MS: i64 = 10;

/// The pages rendered in the current window.
#[derive(Default)]
pub struct PageCache(Mutex<Window>);

#[derive(Default)]
struct Window {
    /// Which window: milliseconds since the epoch divided by [`WINDOW_MS`].
    number: i64,
    /// Zone name, language and page, with its compressed forms. Few: only
    /// those asked for in one window.
    pages: Vec<(String, Lang, Arc<Variants>)>,
}

impl PageCache {
    /// The page of `zone` in `lang` at `instant`: the one already rendered
    /// in `instant`'s window, or what `render` makes now (then kept for the
    /// rest of the window, its compressed forms made when first asked for);
    /// `render`'s error, kept for nobody.
    pub fn page<E>(
        &self,
        instant: DateTime<Utc>,
        zone: &str,
        lang: Lang,
        render: impl FnOnce() -> Result<String, E>,
    ) -> Result<Arc<Variants>, E> {
        let number = instant.timestamp_millis().div_euclid(WINDOW_MS);
        {
            let mut window = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if window.number != number {
                // A new window: every page kept so far is out of date.
                window.number = number;
                window.pages.clear();
            }
            let found = window
                .pages
                .iter()
                .find(|(name, page_lang, _)| *page_lang == lang && name == zone);
            if let Some((_, _, page)) = found {
                return Ok(page.clone());
            }
        }
        // Rendered without the lock, so that other pages are not held up.
        let page = Arc::new(Variants::new(render()?.into_bytes(), Effort::Often));
        let mut window = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if window.number == number {
            window.pages.push((zone.to_owned(), lang, page.clone()));
        }
        Ok(page)
    }
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PageCache")
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[test]
    fn the_zone_list_is_every_name_made_once_per_database_at_a_path_of_its_own() {
        let list = ZoneList::default();
        let database = Arc::new(Database::embedded());
        let listed = list.list(&database, Lang::Ru);
        let pairs: Vec<(String, String)> =
            serde_json::from_slice(listed.variants.identity()).unwrap();
        let names: Vec<&String> = pairs.iter().map(|(name, _)| name).collect();
        assert_eq!(names, database.names().iter().collect::<Vec<_>>());
        assert!(pairs.contains(&("Europe/Moscow".into(), "Москва".into())));
        assert!(listed.url.starts_with("/static/zones/") && listed.url.ends_with(".json"));
        assert!(Arc::ptr_eq(&listed, &list.list(&database, Lang::Ru)));
        assert_ne!(listed.url, list.list(&database, Lang::En).url);
        // Another database with the same names: made again, at the same path.
        let other = Arc::new(Database::embedded());
        let again = list.list(&other, Lang::Ru);
        assert!(!Arc::ptr_eq(&listed, &again));
        assert_eq!(listed.url, again.url);
    }

    #[test]
    fn values_are_kept_per_database_and_remade_when_they_no_longer_hold() {
        let kept: PerDatabase<String, u32> = PerDatabase::default();
        let one = Arc::new(Database::embedded());
        let made = Cell::new(0);
        let make = |value| {
            made.set(made.get() + 1);
            Some(value)
        };
        assert_eq!(kept.get(&one, "a", |_| true, || make(1)), Some(1));
        assert_eq!(kept.get(&one, "a", |_| true, || make(2)), Some(1));
        assert_eq!(made.get(), 1);
        // No longer holding: made again, and kept.
        assert_eq!(kept.get(&one, "a", |v| *v > 1, || make(3)), Some(3));
        assert_eq!(kept.get(&one, "a", |_| true, || make(4)), Some(3));
        // Another database: nothing of the first is kept.
        let two = Arc::new(Database::embedded());
        assert_eq!(kept.get(&two, "a", |_| true, || make(5)), Some(5));
        assert_eq!(made.get(), 3);
        assert_eq!(kept.get(&two, "b", |_| true, || None), None);
    }

    #[test]
    fn the_names_are_prepared_once_per_list_of_names() {
        let search = ZoneSearch::default();
        let database = Arc::new(Database::embedded());
        let index = search.index(&database);
        assert!(Arc::ptr_eq(&index, &search.index(&database)));
        assert_eq!(
            index.find("Europe/Moscow"),
            crate::zone_search::Found::Exact("Europe/Moscow")
        );
        // Another database with the same names: the same index.
        let other = Arc::new(Database::embedded());
        assert!(Arc::ptr_eq(&index, &search.index(&other)));
        // One with other names (a folder of Moscow alone): its own.
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("Europe")).unwrap();
        let moscow = std::fs::read("/usr/share/zoneinfo/Europe/Moscow").unwrap();
        std::fs::write(dir.path().join("Europe/Moscow"), moscow).unwrap();
        std::fs::write(dir.path().join("tzdata.zi"), "# version 2099a\n").unwrap();
        let moscow_only = Arc::new(Database::read(dir.path()).unwrap());
        let index = search.index(&moscow_only);
        assert!(matches!(
            index.find("Asia/Tokyo"),
            crate::zone_search::Found::Nothing(_)
        ));
    }

    fn at(millis: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(millis).unwrap()
    }

    #[test]
    fn a_page_is_rendered_once_per_zone_language_and_window() {
        let cache = PageCache::default();
        let renders = Cell::new(0);
        let page = |millis, zone: &str, lang| {
            cache
                .page(at(millis), zone, lang, || {
                    renders.set(renders.get() + 1);
                    Ok::<_, ()>(format!("{zone} {lang} {millis}"))
                })
                .unwrap()
                .identity()
                .to_vec()
        };
        let page = |millis, zone: &str, lang| String::from_utf8(page(millis, zone, lang)).unwrap();
        let start = 1_700_000_000_000;
        assert_eq!(
            page(start, "Europe/Moscow", Lang::En),
            "Europe/Moscow en 1700000000000"
        );
        assert_eq!(
            page(start + 9, "Europe/Moscow", Lang::En),
            "Europe/Moscow en 1700000000000"
        );
        assert_eq!(renders.get(), 1);
        assert_eq!(
            page(start + 9, "Europe/Moscow", Lang::Ru),
            "Europe/Moscow ru 1700000000009"
        );
        assert_eq!(
            page(start + 9, "Asia/Tokyo", Lang::En),
            "Asia/Tokyo en 1700000000009"
        );
        assert_eq!(renders.get(), 3);
        // The next window renders afresh.
        assert_eq!(
            page(start + 10, "Europe/Moscow", Lang::En),
            "Europe/Moscow en 1700000000010"
        );
        assert_eq!(renders.get(), 4);
    }
}
