//! Nothing left in English: every language's word table has every sentence,
//! written for the language with the English one's placeholders, and no
//! page or terminal screen in another language shows an English phrase; the
//! Arabic page is right to left, its clock left to right; a page carries
//! its own language's words only.

use std::collections::BTreeSet;

use chrono_tz::Europe;
use moscow_time::locale::Lang;
use moscow_time::tui::App;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use rocket::http::Status;
use rocket::local::blocking::Client;

use crate::common::{self, ClientBuilder};

/// The `{placeholders}` of `text`.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.match_indices('{')
        .filter_map(|(start, _)| {
            let end = text[start..].find('}')?;
            Some(&text[start..=start + end])
        })
        .collect()
}

/// The phrases of an English entry a reader would recognise: the text
/// between placeholders and signs, where it has a word of four letters.
fn english_phrases(text: &str) -> Vec<String> {
    let mut without = text.to_owned();
    for placeholder in placeholders(text) {
        without = without.replace(placeholder, "\u{0}");
    }
    without
        .split([
            '\u{0}', '·', '(', ')', ':', ';', ',', '.', '“', '”', '±', '?',
        ])
        .map(str::trim)
        .filter(|phrase| {
            phrase
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|word| word.len() >= 4)
        })
        .map(str::to_owned)
        .collect()
}

/// What a reader reads of a page (or an entry): its text and the values of
/// the attributes that are read or shown (the script's phrases in `data-`,
/// `content`, `placeholder`), not the names of elements and attributes, nor
/// `{placeholders}`.
fn readable(html: &str) -> String {
    let mut read = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        read.push_str(&rest[..open]);
        let close = rest[open..]
            .find('>')
            .map_or(rest.len(), |at| open + at + 1);
        let tag = &rest[open..close];
        for (at, _) in tag.match_indices("=\"") {
            let name_start = tag[..at].rfind(' ').map_or(0, |space| space + 1);
            let name = &tag[name_start..at];
            let value = &tag[at + 2..];
            let value = &value[..value.find('"').unwrap_or(value.len())];
            if name.starts_with("data-") || ["content", "placeholder", "title"].contains(&name) {
                read.push('\n');
                read.push_str(value);
            }
        }
        read.push('\n');
        rest = &rest[close..];
    }
    read.push_str(rest);
    let mut without = read;
    for placeholder in placeholders(&without.clone()) {
        without = without.replace(placeholder, " ");
    }
    without
}

/// Every English phrase of the word tables, and the English weekday and
/// month names, that `lang`'s own CLDR forms do not share, in what a reader
/// reads of `text`.
fn english_left_in(lang: Lang, text: &str) -> Vec<String> {
    let text = readable(text);
    let forms = lang.forms();
    let english = Lang::En.forms();
    let own = |word: &str| {
        forms.weekdays.contains(&word)
            || forms.months.contains(&word)
            || lang.count(&forms.hours, 2).contains(word)
            || lang.count(&forms.minutes, 2).contains(word)
    };
    let mut phrases: Vec<String> = Lang::En
        .words()
        .entries()
        .iter()
        .flat_map(|(_, text)| english_phrases(text))
        .collect();
    phrases.extend(english.weekdays.iter().map(|day| day.to_string()));
    phrases.extend(english.months.iter().map(|month| month.to_string()));
    phrases
        .into_iter()
        .filter(|phrase| !own(phrase) && has_words(&text, phrase))
        .collect()
}

/// Whether `text` has `phrase` as whole words ("q quit", not in "q
/// quitter").
fn has_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

#[test]
fn every_language_writes_every_sentence_with_the_english_ones_placeholders() {
    let english = Lang::En.words().entries();
    for lang in Lang::ALL.into_iter().skip(1) {
        let entries = lang.words().entries();
        assert_eq!(entries.len(), english.len());
        for ((field, theirs), (_, ours)) in entries.iter().zip(&english) {
            assert!(!theirs.trim().is_empty(), "{lang} {field} is empty");
            assert_eq!(
                placeholders(theirs),
                placeholders(ours),
                "{lang} {field}: {theirs:?}"
            );
            if !english_phrases(ours).is_empty() {
                assert_ne!(theirs, ours, "{lang} {field} is left in English");
            }
            let left = english_left_in(lang, theirs);
            assert!(left.is_empty(), "{lang} {field}: {theirs:?} has {left:?}");
        }
    }
}

/// A client at a fixed instant (2027-03-20: the sun rises and sets in
/// Berlin; Europe's spring change is next).
fn client() -> Client {
    ClientBuilder::default().at("2027-03-20T12:00:00Z").build()
}

/// The pages a visitor may read in `lang`: a clock page, two places side by
/// side, a name that names nothing (with suggestions), a name several
/// places share, a path that names nothing, and the clock pages of zones
/// whose lines differ (the last change, polar night, a zone without place).
fn pages(client: &Client, lang: Lang) -> Vec<(String, String)> {
    [
        "/Europe/Berlin",
        "/Europe/Moscow",
        "/Europe/Moscow/vs/Asia/Tokyo",
        "/Asia/Tokyo/vs/Europe/Moscow",
        "/Europe/Moskow",
        "/Eastern",
        "/zone?name=",
        "/static/nowhere",
        "/Etc/GMT-3",
        "/Antarctica/Troll",
    ]
    .into_iter()
    .map(|path| {
        let join = if path.contains('?') { '&' } else { '?' };
        let path = format!("{path}{join}lang={lang}");
        let body = client.get(path.clone()).dispatch().into_string().unwrap();
        (path, body)
    })
    .collect()
}

#[test]
fn no_page_in_another_language_shows_an_english_phrase() {
    let client = client();
    for lang in Lang::ALL.into_iter().skip(1) {
        for (path, body) in pages(&client, lang) {
            assert!(body.contains(&format!(r#"<html lang="{lang}""#)), "{path}");
            let left = english_left_in(lang, &body);
            assert!(left.is_empty(), "{path} shows {left:?}");
        }
    }
    // The check finds what it looks for.
    let english = pages(&client, Lang::En);
    assert!(
        english
            .iter()
            .all(|(_, body)| !english_left_in(Lang::Ru, body).is_empty())
    );
}

#[test]
fn no_terminal_screen_in_another_language_shows_an_english_phrase() {
    let instant = common::instant("2027-03-20T12:00:00Z");
    for lang in Lang::ALL.into_iter().skip(1) {
        let one = App::new(Europe::Berlin, instant).speaking(lang);
        let several = App::new(Europe::Berlin, instant)
            .and_zone(Europe::Moscow)
            .speaking(lang);
        for mut app in [one, several] {
            for (width, height) in [(100, 30), (44, 12)] {
                let hint = common::screen(&app, width, height);
                app.handle_key(KeyEvent::from(KeyCode::Char('?')));
                let help = common::screen(&app, width, height);
                app.handle_key(KeyEvent::from(KeyCode::Char('?')));
                for screen in [hint, help] {
                    let left = english_left_in(lang, &screen);
                    assert!(
                        left.is_empty(),
                        "{lang} {width}x{height}:\n{screen}\n{left:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_arabic_page_is_right_to_left_and_its_clock_left_to_right() {
    let client = client();
    let response = client.get("/Asia/Dubai?lang=ar").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.headers().get_one("Content-Language"), Some("ar"));
    let body = response.into_string().unwrap();
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#), "{body}");
    assert!(body.contains(r#"<time id="time" dir="ltr""#), "{body}");
    assert!(body.contains(r#"<span id="zone-name" dir="ltr">Asia/Dubai</span>"#));
    // CLDR's Arabic date, and Latin digits, CLDR's default for `ar`.
    assert!(body.contains("السبت، 20 مارس 2027"), "{body}");
    assert!(body.contains(">16:00:00</time>"), "{body}");
    let compare = client.get("/Asia/Dubai/vs/Asia/Tokyo?lang=ar").dispatch();
    assert!(
        compare
            .into_string()
            .unwrap()
            .contains(r#"<html lang="ar" dir="rtl">"#)
    );
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::Ar) {
        let body = client.get(format!("/?lang={lang}")).dispatch();
        let expected = format!(r#"<html lang="{lang}" dir="ltr">"#);
        assert!(body.into_string().unwrap().contains(&expected), "{lang}");
    }
}

#[test]
fn a_page_carries_its_own_languages_words_only() {
    let client = client();
    for lang in Lang::ALL {
        let body = client
            .get(format!("/Europe/Berlin?lang={lang}"))
            .dispatch()
            .into_string()
            .unwrap();
        for other in lang.others() {
            let page = other.page();
            for words in [page.picker_label, page.yours, page.clock_unsynchronized] {
                assert!(!body.contains(words), "{lang} carries {other}'s {words:?}");
            }
            // Each other language once, by its own name, in the switcher.
            let link = format!(r#"hreflang="{other}" lang="{other}""#);
            assert_eq!(body.matches(&link).count(), 1, "{lang}: {link}");
        }
    }
}
