//! Where zones are: tzdata's `zone1970.tab`, one row per zone whose clocks
//! have agreed since 1970, with the countries it covers and its principal
//! place's coordinates, and `zone.tab`, one row per country's zone,
//! including those `zone1970.tab` merges into another (Europe/Amsterdam
//! into Europe/Brussels), whose coordinates are their own city's. A compiled
//! tz database folder carries its own copies; those of the release compiled
//! into the binary are embedded (`src/places/`, written by
//! `scripts/tzdb_tables.py`).

use std::path::Path;
use std::sync::{Arc, LazyLock};

/// The most read of a folder's table: the real one is under 20 KB.
const MAX_BYTES: u64 = 1 << 20;

/// One row of `zone1970.tab`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The countries the zone covers, as ISO 3166 codes (`CH`, `DE`, `LI`),
    /// the most populous first.
    pub countries: Vec<String>,
    /// The principal place, as ISO 6709 writes it (`+5545+03735`).
    pub coordinates: String,
    /// The zone's name, e.g. `Europe/Moscow`.
    pub zone: String,
    /// Which part of its countries the zone covers, for a country with
    /// several zones.
    pub comment: Option<String>,
}

/// Every row of one `zone1970.tab`, in its order, and the rows of its
/// `zone.tab`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Places {
    rows: Vec<Place>,
    by_country: Vec<Place>,
}

static EMBEDDED: LazyLock<Arc<Places>> = LazyLock::new(|| {
    Arc::new(
        Places::parse(include_str!("places/zone1970.tab"))
            .with_countries(Places::parse(include_str!("places/zone.tab")).rows),
    )
});

/// A place on the globe, in degrees: north and east are positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    pub latitude: f64,
    pub longitude: f64,
}

impl Coordinates {
    /// ISO 6709 as the tables write it: `+554521+0373704` (±DDMMSS±DDDMMSS)
    /// or `+5545+03737` (±DDMM±DDDMM).
    pub fn parse(text: &str) -> Option<Self> {
        let split = text.get(1..)?.find(['+', '-'])? + 1;
        let (latitude, longitude) = text.split_at(split);
        Some(Self {
            latitude: degrees(latitude, 2)?,
            longitude: degrees(longitude, 3)?,
        })
    }
}

/// `±DD[D]MM[SS]` as degrees, with `width` digits of degrees.
fn degrees(text: &str, width: usize) -> Option<f64> {
    let sign = match text.as_bytes().first()? {
        b'+' => 1.0,
        b'-' => -1.0,
        _ => return None,
    };
    let digits = &text[1..];
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !matches!(digits.len() - width, 2 | 4) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| digits.get(range)?.parse::<f64>().ok();
    let whole = number(0..width)?;
    let minutes = number(width..width + 2)?;
    let seconds = number(width + 2..digits.len()).unwrap_or(0.0);
    Some(sign * (whole + minutes / 60.0 + seconds / 3600.0))
}

impl Places {
    /// The table of the release compiled into the binary.
    pub fn embedded() -> Arc<Self> {
        EMBEDDED.clone()
    }

    /// The table of the compiled database in `dir`, if it has one that can
    /// be read.
    pub fn read(dir: &Path) -> Option<Self> {
        use std::io::Read;
        let file = std::fs::File::open(dir.join("zone1970.tab")).ok()?;
        let mut text = String::new();
        file.take(MAX_BYTES).read_to_string(&mut text).ok()?;
        let places = Self::parse(&text);
        let by_country = std::fs::File::open(dir.join("zone.tab"))
            .ok()
            .and_then(|file| {
                let mut text = String::new();
                file.take(MAX_BYTES).read_to_string(&mut text).ok()?;
                Some(Self::parse(&text).rows)
            })
            .unwrap_or_default();
        (!places.rows.is_empty()).then(|| places.with_countries(by_country))
    }

    fn with_countries(self, by_country: Vec<Place>) -> Self {
        Self { by_country, ..self }
    }

    /// The rows of `text`, comments and malformed lines left out.
    pub fn parse(text: &str) -> Self {
        let rows = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let countries = columns.next()?;
                let coordinates = columns.next()?;
                let zone = columns.next()?;
                let comment = columns.next().filter(|c| !c.is_empty());
                let countries: Vec<String> = countries.split(',').map(str::to_owned).collect();
                let well_formed = countries
                    .iter()
                    .all(|code| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
                (well_formed && !zone.is_empty()).then(|| Place {
                    countries,
                    coordinates: coordinates.to_owned(),
                    zone: zone.to_owned(),
                    comment: comment.map(str::to_owned),
                })
            })
            .collect();
        Self {
            rows,
            by_country: Vec::new(),
        }
    }

    /// Every row, in the table's order.
    pub fn rows(&self) -> &[Place] {
        &self.rows
    }

    /// The rows whose countries include `code` (`DE`), in the table's order.
    pub fn in_country<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Place> + 'a {
        self.rows
            .iter()
            .filter(move |place| place.countries.iter().any(|c| c == code))
    }

    /// Whether the table has a row for `zone`.
    pub fn lists(&self, zone: &str) -> bool {
        self.rows.iter().any(|place| place.zone == zone)
    }

    /// Where `zone`'s principal place is: its own row of `zone.tab`, else
    /// of `zone1970.tab`; `None` for a zone with no place (`UTC`,
    /// `Etc/GMT+5`) or a link's name (`US/Eastern`, `Asia/Calcutta`).
    pub fn coordinates(&self, zone: &str) -> Option<Coordinates> {
        self.by_country
            .iter()
            .chain(&self.rows)
            .find(|place| place.zone == zone)
            .and_then(|place| Coordinates::parse(&place.coordinates))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_table_places_every_country_s_zones() {
        let places = Places::embedded();
        assert!(places.rows().len() > 300, "{}", places.rows().len());
        let russia: Vec<&str> = places.in_country("RU").map(|p| p.zone.as_str()).collect();
        assert!(russia.contains(&"Europe/Moscow"), "{russia:?}");
        assert!(russia.len() > 10);
        let moscow = places.rows().iter().find(|p| p.zone == "Europe/Moscow");
        assert_eq!(moscow.unwrap().coordinates, "+554521+0373704");
        let germany: Vec<&str> = places.in_country("DE").map(|p| p.zone.as_str()).collect();
        // Büsingen keeps Zurich's time; the table is sorted by first country.
        assert_eq!(germany, ["Europe/Zurich", "Europe/Berlin"]);
        assert!(places.lists("Asia/Tokyo"));
        assert!(!places.lists("Asia/Calcutta"));
    }

    #[test]
    fn a_zone_s_place_is_its_own_city_s() {
        let places = Places::embedded();
        let moscow = places.coordinates("Europe/Moscow").unwrap();
        assert!((moscow.latitude - (55.0 + 45.0 / 60.0 + 21.0 / 3600.0)).abs() < 1e-9);
        assert!((moscow.longitude - (37.0 + 37.0 / 60.0 + 4.0 / 3600.0)).abs() < 1e-9);
        // zone.tab's own row, not Brussels' from zone1970.tab.
        let amsterdam = places.coordinates("Europe/Amsterdam").unwrap();
        assert!((amsterdam.latitude - (52.0 + 22.0 / 60.0)).abs() < 1e-9);
        let mcmurdo = places.coordinates("Antarctica/McMurdo").unwrap();
        assert!(mcmurdo.latitude < -77.0 && mcmurdo.longitude > 166.0);
        let west = Coordinates::parse("-2231-04312").unwrap();
        assert!((west.latitude + 22.0 + 31.0 / 60.0).abs() < 1e-9);
        assert!((west.longitude + 43.0 + 12.0 / 60.0).abs() < 1e-9);
        assert_eq!(places.coordinates("Etc/UTC"), None);
        assert_eq!(places.coordinates("UTC"), None);
        assert_eq!(Coordinates::parse("+55-037"), None);
        assert_eq!(Coordinates::parse("x"), None);
        assert_eq!(Coordinates::parse(""), None);
        assert_eq!(Coordinates::parse("é+1"), None);
    }

    #[test]
    fn comments_and_malformed_lines_are_left_out() {
        let text = "# comment\nGB,GG\t+513030-0000731\tEurope/London\n\
                    bad line\nxx\t+0\tNowhere/Town\nUS\t+404251-0740023\tAmerica/New_York\tEastern (most areas)\n";
        let places = Places::parse(text);
        assert_eq!(places.rows().len(), 2);
        assert_eq!(places.rows()[0].countries, ["GB", "GG"]);
        assert_eq!(
            places.rows()[1].comment.as_deref(),
            Some("Eastern (most areas)")
        );
    }

    #[test]
    fn a_folder_without_a_table_has_none() {
        let dir = std::env::temp_dir().join(format!("places-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(Places::read(&dir), None);
        std::fs::write(
            dir.join("zone1970.tab"),
            "JP\t+353916+1394441\tAsia/Tokyo\n",
        )
        .unwrap();
        assert_eq!(Places::read(&dir).unwrap().rows().len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
