//! posix_tz_db's table (nayarsystems/posix_tz_db), kept current: a flat map
//! from zone name to POSIX rule that ESP-IDF and Arduino projects copy into
//! firmware or fetch at run time, written in its two formats byte for byte
//! (`zones.json`: keys sorted, one per line, no spaces, no final newline;
//! `zones.csv`: `"name","rule"` lines), from the tz database in use.
//!
//! Its names: every zone of the geographic areas and `Etc`, which holds
//! every name of the original's hand-kept list and the zones added since.
//! Its rules: each zone's rule for a device ([`crate::posix_tz::device_rule`]):
//! a table cannot say "none", so a zone whose rule stops doing what the
//! zone does (Havana's until November 2027) is given the one right now and
//! for longest, and [`Table::until`] says until when.

use std::cmp::Ordering;
use std::fmt::Write;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::posix_tz::DeviceRule;
use crate::tzdb::Database;

/// The areas whose zones the table holds.
const AREAS: [&str; 11] = [
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
    "Etc",
];

/// Every zone of the table and its rule, in the CSV's order.
#[derive(Debug, Clone)]
pub struct Table {
    rows: Vec<(String, Arc<DeviceRule>)>,
}

impl Table {
    /// The table of `database` at `now`.
    pub fn of(database: &Database, now: DateTime<Utc>) -> Self {
        let mut rows: Vec<(String, Arc<DeviceRule>)> = database
            .names()
            .iter()
            .filter(|name| {
                name.split_once('/')
                    .is_some_and(|(area, _)| AREAS.contains(&area))
            })
            .filter_map(|name| {
                let zone = database.zone(name)?;
                Some((name.clone(), database.device_rule(&zone, now)))
            })
            .collect();
        rows.sort_by(|(a, _), (b, _)| csv_order(a, b));
        Self { rows }
    }

    /// `zones.json`: `{`, then `"name":"rule"` lines sorted by name and
    /// joined by `,`, then `}`, with no final newline.
    pub fn json(&self) -> String {
        let mut rows: Vec<&(String, Arc<DeviceRule>)> = self.rows.iter().collect();
        rows.sort_by(|(a, _), (b, _)| a.cmp(b));
        let lines: Vec<String> = rows
            .iter()
            .map(|(name, rule)| format!("{}:{}", quoted(name), quoted(&rule.text)))
            .collect();
        format!("{{\n{}\n}}", lines.join(",\n"))
    }

    /// `zones.csv`: a `"name","rule"` line for each zone, each ending in a
    /// newline, in the original's order (areas as a person sorts them,
    /// punctuation aside; `Etc` last).
    pub fn csv(&self) -> String {
        let mut text = String::new();
        for (name, rule) in &self.rows {
            let _ = writeln!(text, "\"{name}\",\"{}\"", rule.text);
        }
        text
    }

    /// The rule of `name`, if the table has it.
    pub fn rule(&self, name: &str) -> Option<&DeviceRule> {
        self.rows
            .iter()
            .find(|(row, _)| row == name)
            .map(|(_, rule)| rule.as_ref())
    }

    /// The zones whose rule stops showing their time within the horizon,
    /// and when, by name.
    pub fn until(&self) -> Vec<(&str, DateTime<Utc>)> {
        let mut until: Vec<(&str, DateTime<Utc>)> = self
            .rows
            .iter()
            .filter_map(|(name, rule)| rule.until.map(|until| (name.as_str(), until)))
            .collect();
        until.sort();
        until
    }

    /// How many zones it has.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// A JSON string: the names and rules are ASCII without quotes or
/// backslashes, but a folder's file names may hold anything.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The CSV's order: `Etc` after the areas; names compared by their letters
/// and digits in any case (`Fortaleza` before `Fort_Nelson`), then as they
/// are.
fn csv_order(a: &str, b: &str) -> Ordering {
    let etc = |name: &str| name.starts_with("Etc/");
    let letters = |name: &str| {
        name.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect::<String>()
    };
    etc(a)
        .cmp(&etc(b))
        .then_with(|| letters(a).cmp(&letters(b)))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let now = DateTime::parse_from_rfc3339("2026-12-07T12:00:00Z")
            .unwrap()
            .to_utc();
        Table::of(&Database::embedded(), now)
    }

    #[test]
    fn the_json_is_written_as_the_original_s() {
        let json = table().json();
        assert!(
            json.starts_with("{\n\"Africa/Abidjan\":\"GMT0\",\n"),
            "{}",
            &json[..60]
        );
        assert!(
            json.ends_with("\"Pacific/Yap\":\"<+10>-10\"\n}"),
            "{}",
            &json[json.len() - 40..]
        );
        assert!(json.contains("\n\"Europe/Moscow\":\"MSK-3\",\n"));
        let parsed: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&json).unwrap();
        assert_eq!(parsed.len(), table().len());
    }

    #[test]
    fn the_csv_is_written_as_the_original_s() {
        let csv = table().csv();
        assert!(csv.starts_with("\"Africa/Abidjan\",\"GMT0\"\n"));
        assert!(csv.ends_with("\n"));
        let fortaleza = csv.find("America/Fortaleza").unwrap();
        assert!(fortaleza < csv.find("America/Fort_Nelson").unwrap());
        assert!(csv.find("Pacific/Wallis").unwrap() < csv.find("Etc/GMT").unwrap());
    }

    #[test]
    fn the_table_has_the_areas_zones_and_no_others() {
        let table = table();
        assert_eq!(table.rule("Europe/Moscow").unwrap().text, "MSK-3");
        assert!(table.rule("Europe/Kyiv").is_some());
        assert!(table.rule("Etc/GMT+5").is_some());
        assert!(table.rule("US/Eastern").is_none());
        assert!(table.rule("UTC").is_none());
        assert!(table.len() > 461, "{}", table.len());
    }
}
