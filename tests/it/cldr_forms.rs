//! Every language's dates, plural forms, hours and minutes, and the names of
//! twenty major cities, held to what Babel, an independent CLDR formatter
//! with its own copy of the CLDR data, says (tests/data/languages/babel.json,
//! written and checked against Babel in CI by
//! tests/suites/languages/babel_oracle.py).

use std::sync::LazyLock;

use chrono::NaiveDate;
use moscow_time::locale::Lang;
use rocket::http::Status;
use serde_json::Value;

use crate::common::ClientBuilder;

/// Babel's answers for `lang`.
fn babel(lang: Lang) -> &'static Value {
    static BABEL: LazyLock<Value> = LazyLock::new(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/languages/babel.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    });
    &BABEL["languages"][lang.code()]
}

/// The entries of `section` of Babel's answers for `lang`.
fn answers(lang: Lang, section: &str) -> Vec<(&'static String, &'static str)> {
    let entries = babel(lang)[section].as_object().unwrap();
    assert!(!entries.is_empty(), "{lang}: no {section}");
    entries
        .iter()
        .map(|(key, value)| (key, value.as_str().unwrap()))
        .collect()
}

#[test]
fn every_language_is_in_babels_answers_from_the_same_cldr_locale() {
    for lang in Lang::ALL {
        let locale = babel(lang)["locale"].as_str().unwrap();
        assert_eq!(locale.replace('_', "-"), lang.forms().locale, "{lang}");
    }
}

/// Where the site's CLDR (48) and Babel's (47, in Babel 2.17) differ: the
/// language, the date, the site's answer and why. Each must still differ
/// from Babel's, so that the list stays true.
const CLDR_48_CHANGED: [(Lang, &str, &str, &str); 1] = [(
    Lang::Hi,
    "2026-10-20",
    "मंगलवार, 20 अक्टूबर 2026",
    "CLDR 48 spells October अक्टूबर, as Hindi newspapers do; CLDR 47 had अक्तूबर",
)];

#[test]
fn every_language_writes_a_date_as_cldrs_full_format_does() {
    for lang in Lang::ALL {
        for (date, expected) in answers(lang, "dates") {
            let day: NaiveDate = date.parse().unwrap();
            let ours = lang.date_of(day);
            match CLDR_48_CHANGED
                .iter()
                .find(|known| (known.0, known.1) == (lang, date))
            {
                Some((_, _, changed, why)) => {
                    assert_eq!(ours, *changed, "{lang} {date}");
                    assert_ne!(ours, expected, "{lang} {date}: no longer {why}");
                }
                None => assert_eq!(ours, expected, "{lang} {date}"),
            }
        }
    }
}

#[test]
fn every_language_picks_cldrs_plural_form() {
    for lang in Lang::ALL {
        for (n, expected) in answers(lang, "plural") {
            let n: u64 = n.parse().unwrap();
            assert_eq!(lang.plural(n).name(), expected, "{lang} {n}");
        }
    }
    // Arabic has all six.
    let arabic: Vec<&str> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| Lang::Ar.plural(n).name())
        .collect();
    assert_eq!(arabic, ["zero", "one", "two", "few", "many", "other"]);
}

#[test]
fn every_language_counts_hours_and_minutes_in_cldrs_words() {
    for lang in Lang::ALL {
        for (n, expected) in answers(lang, "hours") {
            let n: u32 = n.parse().unwrap();
            if n > 0 {
                assert_eq!(lang.amount(n * 3600), expected, "{lang} {n} hours");
            }
            assert_eq!(lang.count(&lang.forms().hours, n), expected, "{lang} {n} h");
        }
        for (n, expected) in answers(lang, "minutes") {
            let n: u32 = n.parse().unwrap();
            if n < 60 {
                assert_eq!(lang.amount(n * 60), expected, "{lang} {n} minutes");
            }
            assert_eq!(
                lang.count(&lang.forms().minutes, n),
                expected,
                "{lang} {n} m"
            );
        }
    }
}

/// `text` percent-encoded, every byte but ASCII letters and digits, as a
/// browser sends a typed name in a path.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => char::from(byte).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[test]
fn each_languages_name_for_twenty_major_cities_leads_to_its_zone() {
    let client = ClientBuilder::default().build();
    for lang in Lang::ALL {
        let cities = answers(lang, "cities");
        assert_eq!(cities.len(), 20, "{lang}");
        for (zone, city) in cities {
            let path = format!("/{}?lang={lang}", encoded(city));
            let response = client.get(path.clone()).dispatch();
            let location = format!("/{zone}?lang={lang}");
            assert_eq!(
                (response.status(), response.headers().get_one("Location")),
                (Status::MovedPermanently, Some(&*location)),
                "{lang}: {city} ({path})"
            );
            let page = client.get(location).dispatch().into_string().unwrap();
            assert!(page.contains(&format!(r#"<html lang="{lang}""#)), "{path}");
        }
    }
}
