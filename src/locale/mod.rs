//! Languages: which one a request or the settings ask for, and a language's
//! words and forms. The sentences live as data in [`words`], one table per
//! language; everything the Unicode CLDR has (dates, weekday and month
//! names, units in their plural forms, plural rules, the decimal sign, the
//! writing direction, place and zone names) is generated from the pinned
//! CLDR release into [`cldr_forms`] and [`cldr`] ([`forms`], [`names`]);
//! the large cities' names, from GeoNames, into [`cities`].

#[rustfmt::skip]
pub mod cities;
#[rustfmt::skip]
pub mod cldr;
#[rustfmt::skip]
pub mod cldr_forms;
pub mod forms;
pub mod names;
pub mod words;

use std::fmt;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::clock::TimeView;
use crate::clock_change::ClockChanges;
use crate::sun::SunDay;
pub use forms::{Category, Forms, Plural};
pub use words::{CompareWords, PageWords, SunWords, TerminalWords, Words};

/// A language the clock speaks. The order is [`Lang::ALL`]'s, and the data's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Russian.
    Ru,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Italian.
    It,
    /// Ukrainian.
    Uk,
    /// Polish.
    Pl,
    /// Turkish.
    Tr,
    /// Chinese, in simplified characters.
    Zh,
    /// Japanese.
    Ja,
    /// Hindi.
    Hi,
    /// Arabic, written right to left.
    Ar,
}

/// A language name that is not one of [`Lang::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}' (expected one of {codes})", codes = Lang::codes())]
pub struct UnknownLang(pub String);

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 14] = [
        Lang::En,
        Lang::Ru,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::Pt,
        Lang::It,
        Lang::Uk,
        Lang::Pl,
        Lang::Tr,
        Lang::Zh,
        Lang::Ja,
        Lang::Hi,
        Lang::Ar,
    ];

    /// The language's words: the one place a language meets its table.
    pub fn words(self) -> &'static Words {
        match self {
            Self::En => &words::ENGLISH,
            Self::Ru => &words::RUSSIAN,
            Self::De => &words::GERMAN,
            Self::Fr => &words::FRENCH,
            Self::Es => &words::SPANISH,
            Self::Pt => &words::PORTUGUESE,
            Self::It => &words::ITALIAN,
            Self::Uk => &words::UKRAINIAN,
            Self::Pl => &words::POLISH,
            Self::Tr => &words::TURKISH,
            Self::Zh => &words::CHINESE,
            Self::Ja => &words::JAPANESE,
            Self::Hi => &words::HINDI,
            Self::Ar => &words::ARABIC,
        }
    }

    /// This language's place in [`Lang::ALL`], and so in CLDR's data.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The language as CLDR has it: dates, units, plural rules.
    pub fn forms(self) -> &'static Forms {
        &cldr_forms::FORMS[self.index()]
    }

    /// The language's code as in `lang=` and `<html lang>`: `en`, `ru`.
    pub fn code(self) -> &'static str {
        self.forms().code
    }

    /// The language's name in itself: `English`, `Русский`.
    pub fn name(self) -> &'static str {
        self.forms().name
    }

    /// Whether the language is written right to left (Arabic).
    pub fn right_to_left(self) -> bool {
        self.forms().right_to_left
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.right_to_left() { "rtl" } else { "ltr" }
    }

    /// Every language's code, in [`Lang::ALL`]'s order: `en, ru, …`.
    pub fn codes() -> &'static str {
        static CODES: LazyLock<String> = LazyLock::new(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
            codes.join(", ")
        });
        &CODES
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

    /// The language a locale name such as `LANG`'s (`de_DE.UTF-8`,
    /// `pt_BR`, `zh_CN.GB18030@pinyin`) or a language tag (`ru-RU`) is in,
    /// by its first part, if spoken here; none for `C`, `POSIX` and the
    /// others.
    pub fn from_locale(locale: &str) -> Option<Self> {
        let primary = locale.split(['_', '-', '.', '@']).next()?;
        Self::from_code(primary).ok()
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
            .find_map(|(tag, _)| Self::from_locale(&tag))
            .unwrap_or(default)
    }

    /// The date of `view` as people write it in this language, e.g.
    /// `Sunday, 29 November 2026` or `воскресенье, 29 ноября 2026 г.`.
    pub fn date(self, view: &TimeView) -> String {
        self.date_of(view.local().date_naive())
    }

    /// `date` in CLDR's full format for this language.
    pub fn date_of(self, date: NaiveDate) -> String {
        let weekday = date.weekday().num_days_from_sunday() as usize;
        self.date_pattern()
            .replace("{weekday}", self.weekdays()[weekday])
            .replace("{day}", &date.day().to_string())
            .replace("{month}", self.months()[date.month0() as usize])
            .replace("{year}", &date.year().to_string())
    }

    /// The CLDR plural category the whole number `n` takes in this language.
    pub fn plural(self, n: u64) -> Category {
        (self.forms().plural)(n)
    }

    /// `n` of `unit`, in the form `n` takes.
    pub fn count(self, unit: &Plural, n: u32) -> String {
        unit.form(self.plural(n.into()))
            .replace("{n}", &n.to_string())
    }

    /// `seconds` as hours and minutes in words, as CLDR writes them, e.g.
    /// `1 hour`, `30 minutes`, `2 часа`, `1 heure et 30 minutes`.
    pub fn amount(self, seconds: u32) -> String {
        let forms = self.forms();
        self.units(seconds, &forms.hours, &forms.minutes, forms.unit_list)
    }

    fn units(self, seconds: u32, hours: &Plural, minutes: &Plural, list: &str) -> String {
        let (h, m) = (seconds / 3600, seconds / 60 % 60);
        match (h, m) {
            (0, m) => self.count(minutes, m),
            (h, 0) => self.count(hours, h),
            (h, m) => list
                .replace("{0}", &self.count(hours, h))
                .replace("{1}", &self.count(minutes, m)),
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
        let names = if names {
            words.names.replace("{from}", &from).replace("{to}", &to)
        } else {
            String::new()
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
            .replace("{names}", &names)
    }

    /// The weekday names, Sunday first, as a date shows them.
    pub fn weekdays(self) -> &'static [&'static str; 7] {
        &self.forms().weekdays
    }

    /// The month names, January first, as a date shows them (in Russian, in
    /// the genitive: `января`).
    pub fn months(self) -> &'static [&'static str; 12] {
        &self.forms().months
    }

    /// How a date is written, with `{weekday}`, `{day}`, `{month}` and
    /// `{year}` to fill in from [`Lang::weekdays`] and [`Lang::months`]: the
    /// page's script writes the date from the same pattern and names.
    pub fn date_pattern(self) -> &'static str {
        self.forms().date_pattern
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
    /// behind), as short as CLDR writes hours and minutes, e.g. `+6h`,
    /// `−2h 30m`, `±0h`.
    pub fn offset(self, seconds: i32) -> String {
        let sign = match seconds.signum() {
            1 => "+",
            -1 => "\u{2212}",
            _ => "±",
        };
        let forms = self.forms();
        let rounded = seconds.unsigned_abs() / 60 * 60;
        let (hours, minutes) = (&forms.hours_narrow, &forms.minutes_narrow);
        let amount = match rounded {
            0 => self.count(hours, 0),
            _ => self.units(rounded, hours, minutes, forms.unit_list_narrow),
        };
        format!("{sign}{amount}")
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
        assert_eq!(
            Lang::Ru.date(&view),
            "воскресенье, 29 ноября 2026\u{202f}г."
        );
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
                "четверг, 15 января 2026\u{202f}г.",
                "воскресенье, 15 февраля 2026\u{202f}г.",
                "воскресенье, 15 марта 2026\u{202f}г.",
                "среда, 15 апреля 2026\u{202f}г.",
                "пятница, 15 мая 2026\u{202f}г.",
                "понедельник, 15 июня 2026\u{202f}г.",
                "среда, 15 июля 2026\u{202f}г.",
                "суббота, 15 августа 2026\u{202f}г.",
                "вторник, 15 сентября 2026\u{202f}г.",
                "четверг, 15 октября 2026\u{202f}г.",
                "воскресенье, 15 ноября 2026\u{202f}г.",
                "вторник, 15 декабря 2026\u{202f}г.",
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
                "понедельник, 23 ноября 2026\u{202f}г.",
                "вторник, 24 ноября 2026\u{202f}г.",
                "среда, 25 ноября 2026\u{202f}г.",
                "четверг, 26 ноября 2026\u{202f}г.",
                "пятница, 27 ноября 2026\u{202f}г.",
                "суббота, 28 ноября 2026\u{202f}г.",
                "воскресенье, 29 ноября 2026\u{202f}г.",
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
    fn accept_language_picks_the_first_spoken_language_by_quality() {
        let pick = |header| Lang::negotiate(Some(header), Lang::En);
        assert_eq!(pick("ru"), Lang::Ru);
        assert_eq!(pick("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"), Lang::Ru);
        assert_eq!(pick("ko-KR, ru;q=0.5, en;q=0.4"), Lang::Ru);
        assert_eq!(pick("de-DE, ru;q=0.5, en;q=0.4"), Lang::De);
        assert_eq!(pick("ar-EG,ar;q=0.9"), Lang::Ar);
        assert_eq!(pick("zh-CN,zh;q=0.9,en;q=0.8"), Lang::Zh);
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
            Some("ko, nl;q=0.8"),
            Some("ru;q=0"),
        ] {
            assert_eq!(Lang::negotiate(header, Lang::Ru), Lang::Ru, "{header:?}");
            assert_eq!(Lang::negotiate(header, Lang::En), Lang::En, "{header:?}");
        }
        assert_eq!(Lang::negotiate(Some(";;,,q=="), Lang::Ru), Lang::Ru);
    }

    #[test]
    fn a_language_code_is_one_of_fourteen_in_any_case() {
        assert_eq!("ru".parse::<Lang>(), Ok(Lang::Ru));
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("zh".parse::<Lang>(), Ok(Lang::Zh));
        assert_eq!(
            "ko".parse::<Lang>().unwrap_err().to_string(),
            "unknown language 'ko' (expected one of en, ru, de, fr, es, pt, it, uk, pl, tr, zh, ja, hi, ar)"
        );
    }

    #[test]
    fn a_locale_name_says_its_language() {
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_locale("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("zh_CN.GB18030@pinyin"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("ar"), Some(Lang::Ar));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::from_locale("ko_KR.UTF-8"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn every_language_has_its_own_code_and_links_to_the_others() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Ok(lang));
            assert!(lang.others().all(|other| other != lang));
            assert_eq!(lang.others().count(), Lang::ALL.len() - 1);
        }
        assert_eq!(Lang::En.others().count(), 13);
        assert_eq!(Lang::Ru.name(), "Русский");
        assert_eq!(Lang::Fr.name(), "Français");
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Ja.dir(), "ltr");
    }

    #[test]
    fn offsets_read_in_hours_and_minutes() {
        assert_eq!(Lang::En.offset(6 * 3600), "+6h");
        assert_eq!(Lang::En.offset(-(2 * 3600 + 1800)), "−2h 30m");
        assert_eq!(Lang::En.offset(-1800), "−30m");
        assert_eq!(Lang::En.offset(0), "±0h");
        assert_eq!(Lang::Ru.offset(5 * 3600 + 45 * 60), "+5 ч 45 мин");
        assert_eq!(Lang::Ru.offset(-8 * 3600), "−8 ч");
        assert_eq!(Lang::De.offset(-8 * 3600 - 1800), "−8h, 30 Min.");
        assert_eq!(Lang::Ja.offset(9 * 3600), "+9h");
    }
}
