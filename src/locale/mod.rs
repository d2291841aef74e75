//! Languages: which one a request or the settings ask for, and a language's
//! words and date forms, which live as data in [`words`], one table per
//! language.
//!
//! Weekday and month names come from chrono's locale data (the GNU C
//! library's, through `unstable-locales`), so Russian months are in the
//! genitive case the date needs ("29 ноября"), with nothing hand-written;
//! place and zone names come from the Unicode CLDR ([`names`]).

#[rustfmt::skip]
pub mod cldr;
pub mod names;
pub mod words;

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::clock::TimeView;
use crate::clock_change::ClockChanges;
use crate::sun::SunDay;
pub use words::{CompareWords, PageWords, SunWords, TerminalWords, Words};

/// A language the clock speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Russian.
    Ru,
}

/// A language name that is not one of [`Lang::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}' (expected en or ru)")]
pub struct UnknownLang(pub String);

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The language's words: the one place a language meets its table.
    pub fn words(self) -> &'static Words {
        match self {
            Self::En => &words::ENGLISH,
            Self::Ru => &words::RUSSIAN,
        }
    }

    /// The language's code as in `lang=` and `<html lang>`: `en`, `ru`.
    pub fn code(self) -> &'static str {
        self.words().code
    }

    /// The language's name in itself: `English`, `Русский`.
    pub fn name(self) -> &'static str {
        self.words().name
    }

    /// Every language but this one, in [`Lang::ALL`]'s order: those a page
    /// links to.
    pub fn others(self) -> impl Iterator<Item = Lang> {
        Self::ALL.into_iter().filter(move |lang| *lang != self)
    }

    /// The language of `code` (`en`, `ru`; any case).
    pub fn from_code(code: &str) -> Result<Self, UnknownLang> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
            .ok_or_else(|| UnknownLang(code.to_owned()))
    }

    /// The language an `Accept-Language` header asks for first among those
    /// spoken here, by its q-values (`ru-RU` counts as `ru`; `q=0` refuses a
    /// language); `default` when it names none of them, has only `*`, or is
    /// missing.
    pub fn negotiate(accept_language: Option<&str>, default: Lang) -> Lang {
        let Some(header) = accept_language else {
            return default;
        };
        accept_language::parse_with_quality(header)
            .into_iter()
            .filter(|(_, quality)| *quality > 0.0)
            .find_map(|(tag, _)| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Self::from_code(primary).ok()
            })
            .unwrap_or(default)
    }

    /// The date of `view` as people write it in this language, e.g.
    /// `Sunday, 29 November 2026` or `воскресенье, 29 ноября 2026 г.`.
    pub fn date(self, view: &TimeView) -> String {
        self.date_of(view.local().date_naive())
    }

    /// `date` as people write it in this language.
    pub fn date_of(self, date: NaiveDate) -> String {
        let weekday = date.weekday().num_days_from_sunday() as usize;
        self.date_pattern()
            .replace("{weekday}", &self.weekdays()[weekday])
            .replace("{day}", &date.day().to_string())
            .replace("{month}", &self.months()[date.month0() as usize])
            .replace("{year}", &date.year().to_string())
    }

    /// Which of the forms `one`, `few`, `many`, `other` (as
    /// [`PageWords::hours`] lists them, by index) the whole number `n`
    /// takes, by CLDR's plural rules for the language.
    pub fn plural(self, n: u64) -> usize {
        let (last, last_two) = (n % 10, n % 100);
        match self {
            Self::En => {
                if n == 1 {
                    0
                } else {
                    3
                }
            }
            Self::Ru => match (last, last_two) {
                (1, l) if l != 11 => 0,
                (2..=4, l) if !(12..=14).contains(&l) => 1,
                _ => 2,
            },
        }
    }

    /// `seconds` as hours and minutes in words, e.g. `1 hour`,
    /// `30 minutes`, `2 часа`.
    pub fn amount(self, seconds: u32) -> String {
        let page = self.page();
        let say =
            |forms: &[&str; 4], n: u32| forms[self.plural(n.into())].replace("{n}", &n.to_string());
        let (hours, minutes) = (seconds / 3600, seconds / 60 % 60);
        match (hours, minutes) {
            (0, m) => say(&page.minutes, m),
            (h, 0) => say(&page.hours, h),
            (h, m) => format!("{} {}", say(&page.hours, h), say(&page.minutes, m)),
        }
    }

    /// What is said of the sun on a day: `sunrise` and `sunset` as wall
    /// clock times, or polar day or night.
    pub fn sun(self, day: &SunDay, sunrise: &str, sunset: &str) -> String {
        let words = &self.words().sun;
        match day {
            SunDay::Rises { .. } => words
                .rises
                .replace("{sunrise}", sunrise)
                .replace("{sunset}", sunset)
                .replace(
                    "{length}",
                    &self.amount(day.day_length().num_seconds().max(0) as u32),
                ),
            SunDay::PolarDay => words.polar_day.to_owned(),
            SunDay::PolarNight => words.polar_night.to_owned(),
        }
    }

    /// What is said of `changes`: the next change, the last, or none.
    pub fn clock_change(self, changes: &ClockChanges) -> String {
        self.say_change(changes, true)
    }

    /// [`Lang::clock_change`] without the time's names before and after,
    /// for where the whole sentence does not fit.
    pub fn clock_change_short(self, changes: &ClockChanges) -> String {
        self.say_change(changes, false)
    }

    fn say_change(self, changes: &ClockChanges, names: bool) -> String {
        let words = &self.words().changes;
        let (template, change) = match changes {
            ClockChanges::Next(change) if change.shift() > 0 => (words.forward, change),
            ClockChanges::Next(change) => (words.back, change),
            ClockChanges::Last(change) => (words.last, change),
            ClockChanges::Never => return words.never.to_owned(),
        };
        let (from, to) = change.names();
        let template = if names {
            template.to_owned()
        } else {
            template.replace(" ({from} → {to})", "")
        };
        // The last change is dated by the day it brought; the next by the
        // wall clock the clocks move at.
        let date = match changes {
            ClockChanges::Last(_) => change.wall_clock_after.date(),
            _ => change.wall_clock.date(),
        };
        template
            .replace("{amount}", &self.amount(change.shift().unsigned_abs()))
            .replace("{date}", &self.date_of(date))
            .replace("{time}", &change.wall_clock.format("%H:%M").to_string())
            .replace("{from}", &from)
            .replace("{to}", &to)
    }

    /// The weekday names, Sunday first, as a date shows them.
    pub fn weekdays(self) -> &'static [String; 7] {
        &self.words().names.weekdays
    }

    /// The month names, January first, as a date shows them (in Russian, in
    /// the genitive: `января`).
    pub fn months(self) -> &'static [String; 12] {
        &self.words().names.months
    }

    /// How a date is written, with `{weekday}`, `{day}`, `{month}` and
    /// `{year}` to fill in from [`Lang::weekdays`] and [`Lang::months`]: the
    /// page's script writes the date from the same pattern and names.
    pub fn date_pattern(self) -> &'static str {
        self.words().date_pattern
    }

    /// The heading and the page's title for `place`, the place's name in
    /// this language ([`Lang::city`]): `Time in Moscow`, `Время: Москва`.
    pub fn heading(self, place: &str) -> String {
        self.words().heading.replace("{place}", place)
    }

    /// The page's description for search engines.
    pub fn description(self, place: &str, zone: &str) -> String {
        self.words()
            .description
            .replace("{place}", place)
            .replace("{zone}", zone)
    }

    /// The difference between two zones' clocks, `seconds` ahead (negative:
    /// behind), e.g. `+6 h`, `−2 h 30 min`, `±0 h`.
    pub fn offset(self, seconds: i32) -> String {
        let [hour, minute] = self.words().units;
        let sign = match seconds.signum() {
            1 => "+",
            -1 => "\u{2212}",
            _ => "±",
        };
        let minutes = seconds.unsigned_abs() / 60;
        let (h, m) = (minutes / 60, minutes % 60);
        match (h, m) {
            (_, 0) => format!("{sign}{h} {hour}"),
            (0, m) => format!("{sign}{m} {minute}"),
            (h, m) => format!("{sign}{h} {hour} {m} {minute}"),
        }
    }

    /// The words of the page of two places side by side.
    pub fn compare(self) -> &'static CompareWords {
        &self.words().compare
    }

    /// The words of the zone picker, the not-found page and the visitor's
    /// own time, which the page's script fills in.
    pub fn page(self) -> &'static PageWords {
        &self.words().page
    }

    /// The terminal clock's words in this language.
    pub fn terminal(self) -> &'static TerminalWords {
        &self.words().terminal
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Self::from_code(code)
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        Self::from_code(&code)
    }
}

impl From<Lang> for &'static str {
    fn from(lang: Lang) -> Self {
        lang.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::Zone;
    use chrono::DateTime;
    use chrono_tz::Europe;

    fn moscow(rfc3339: &str) -> TimeView {
        let instant = DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc();
        TimeView::at(instant, Zone::Embedded(Europe::Moscow))
    }

    #[test]
    fn the_heading_names_the_place_in_the_language() {
        let heading = |lang: Lang| lang.heading(&lang.city("Europe/Moscow"));
        assert_eq!(heading(Lang::En), "Time in Moscow");
        assert_eq!(heading(Lang::Ru), "Время: Москва");
    }

    #[test]
    fn a_russian_date_has_the_weekday_the_genitive_month_and_the_year() {
        // 21:00 UTC on the 28th is already the 29th in Moscow.
        let view = moscow("2026-11-28T21:00:00Z");
        assert_eq!(Lang::Ru.date(&view), "воскресенье, 29 ноября 2026 г.");
        assert_eq!(Lang::En.date(&view), "Sunday, 29 November 2026");
    }

    #[test]
    fn every_russian_month_is_in_the_genitive_case() {
        let months: Vec<String> = (1..=12)
            .map(|month| Lang::Ru.date(&moscow(&format!("2026-{month:02}-15T12:00:00Z"))))
            .collect();
        assert_eq!(
            months,
            [
                "четверг, 15 января 2026 г.",
                "воскресенье, 15 февраля 2026 г.",
                "воскресенье, 15 марта 2026 г.",
                "среда, 15 апреля 2026 г.",
                "пятница, 15 мая 2026 г.",
                "понедельник, 15 июня 2026 г.",
                "среда, 15 июля 2026 г.",
                "суббота, 15 августа 2026 г.",
                "вторник, 15 сентября 2026 г.",
                "четверг, 15 октября 2026 г.",
                "воскресенье, 15 ноября 2026 г.",
                "вторник, 15 декабря 2026 г.",
            ]
        );
        assert_eq!(
            *Lang::Ru.months(),
            [
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря"
            ]
        );
    }

    #[test]
    fn every_russian_weekday_is_named() {
        let days: Vec<String> = (23..=29)
            .map(|day| Lang::Ru.date(&moscow(&format!("2026-11-{day}T12:00:00Z"))))
            .collect();
        assert_eq!(
            days,
            [
                "понедельник, 23 ноября 2026 г.",
                "вторник, 24 ноября 2026 г.",
                "среда, 25 ноября 2026 г.",
                "четверг, 26 ноября 2026 г.",
                "пятница, 27 ноября 2026 г.",
                "суббота, 28 ноября 2026 г.",
                "воскресенье, 29 ноября 2026 г.",
            ]
        );
        assert_eq!(
            *Lang::Ru.weekdays(),
            [
                "воскресенье",
                "понедельник",
                "вторник",
                "среда",
                "четверг",
                "пятница",
                "суббота"
            ]
        );
        assert_eq!(Lang::En.weekdays()[0], "Sunday");
        assert_eq!(Lang::En.months()[11], "December");
    }

    #[test]
    fn the_names_are_chronos_for_the_locale() {
        let start = DateTime::parse_from_rfc3339("2026-11-29T12:00:00Z").unwrap();
        for days in [0, 40, 100, 200, 300] {
            let view = TimeView::at(
                start.to_utc() + chrono::Duration::days(days),
                Zone::Embedded(Europe::Moscow),
            );
            let local = view.local();
            assert_eq!(
                Lang::Ru.date(&view),
                local
                    .format_localized("%A, %-d %B %Y г.", chrono::Locale::ru_RU)
                    .to_string()
                    .to_lowercase()
            );
            assert_eq!(
                Lang::En.date(&view),
                local.format("%A, %-d %B %Y").to_string()
            );
        }
    }

    #[test]
    fn accept_language_picks_the_first_spoken_language_by_quality() {
        let pick = |header| Lang::negotiate(Some(header), Lang::En);
        assert_eq!(pick("ru"), Lang::Ru);
        assert_eq!(pick("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"), Lang::Ru);
        assert_eq!(pick("de-DE, ru;q=0.5, en;q=0.4"), Lang::Ru);
        assert_eq!(pick("en;q=0.5, ru;q=0.8"), Lang::Ru);
        assert_eq!(pick("ru;q=0.5, en;q=0.8"), Lang::En);
        assert_eq!(pick("RU"), Lang::Ru);
        assert_eq!(pick("ru;q=0, en;q=0.1"), Lang::En);
    }

    #[test]
    fn without_a_spoken_language_the_setting_decides() {
        for header in [
            None,
            Some(""),
            Some("*"),
            Some("de, fr;q=0.8"),
            Some("ru;q=0"),
        ] {
            assert_eq!(Lang::negotiate(header, Lang::Ru), Lang::Ru, "{header:?}");
            assert_eq!(Lang::negotiate(header, Lang::En), Lang::En, "{header:?}");
        }
        assert_eq!(Lang::negotiate(Some(";;,,q=="), Lang::Ru), Lang::Ru);
    }

    #[test]
    fn a_language_code_is_en_or_ru_in_any_case() {
        assert_eq!("ru".parse::<Lang>(), Ok(Lang::Ru));
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!(
            "fr".parse::<Lang>().unwrap_err().to_string(),
            "unknown language 'fr' (expected en or ru)"
        );
    }

    #[test]
    fn every_language_has_its_own_code_and_links_to_the_others() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Ok(lang));
            assert!(lang.others().all(|other| other != lang));
            assert_eq!(lang.others().count(), Lang::ALL.len() - 1);
        }
        assert_eq!(Lang::En.others().collect::<Vec<_>>(), [Lang::Ru]);
        assert_eq!(Lang::Ru.name(), "Русский");
    }

    #[test]
    fn offsets_read_in_hours_and_minutes() {
        assert_eq!(Lang::En.offset(6 * 3600), "+6 h");
        assert_eq!(Lang::En.offset(-(2 * 3600 + 1800)), "−2 h 30 min");
        assert_eq!(Lang::En.offset(-1800), "−30 min");
        assert_eq!(Lang::En.offset(0), "±0 h");
        assert_eq!(Lang::Ru.offset(5 * 3600 + 45 * 60), "+5 ч 45 мин");
        assert_eq!(Lang::Ru.offset(-8 * 3600), "−8 ч");
    }
}
