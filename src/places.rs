//! Where zones are: tzdata's `zone1970.tab`, one row per zone whose clocks
//! have agreed since 1970, with the countries it covers and its principal
//! place's coordinates. A compiled tz database folder carries its own copy;
//! the one of the release compiled into the binary is embedded
//! (`src/places/zone1970.tab`, written by `scripts/tzdb_tables.py`).

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

/// Every row of one `zone1970.tab`, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Places {
    rows: Vec<Place>,
}

static EMBEDDED: LazyLock<Arc<Places>> =
    LazyLock::new(|| Arc::new(Places::parse(include_str!("places/zone1970.tab"))));

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
        (!places.rows.is_empty()).then_some(places)
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
        Self { rows }
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
