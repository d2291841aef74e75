//! Languages: the words and date formats of the page and the terminal clock
//! in each language, and the choice of a language from `Accept-Language`.
//!
//! Weekday and month names come from chrono's locale data (the GNU C
//! library's, through `unstable-locales`), so Russian months are in the
//! genitive case the date needs ("29 ноября"), with nothing hand-written.

use std::fmt;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::clock::TimeView;

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

    /// The language's code as in `lang=` and `<html lang>`: `en`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
        }
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
        let local = view.local();
        let weekday = local.weekday().num_days_from_sunday() as usize;
        self.date_pattern()
            .replace("{weekday}", &self.weekdays()[weekday])
            .replace("{day}", &local.day().to_string())
            .replace("{month}", &self.months()[local.month0() as usize])
            .replace("{year}", &local.year().to_string())
    }

    /// The weekday names, Sunday first, as a date shows them.
    pub fn weekdays(self) -> &'static [String; 7] {
        &NAMES[self as usize].weekdays
    }

    /// The month names, January first, as a date shows them (in Russian, in
    /// the genitive: `января`).
    pub fn months(self) -> &'static [String; 12] {
        &NAMES[self as usize].months
    }

    /// How a date is written, with `{weekday}`, `{day}`, `{month}` and
    /// `{year}` to fill in from [`Lang::weekdays`] and [`Lang::months`]: the
    /// page's script writes the date from the same pattern and names.
    pub fn date_pattern(self) -> &'static str {
        match self {
            Self::En => "{weekday}, {day} {month} {year}",
            Self::Ru => "{weekday}, {day} {month} {year} г.",
        }
    }

    /// The heading and the page's title, e.g. `Time in Moscow`, `Время: Moscow`.
    pub fn heading(self, place: &str) -> String {
        match self {
            Self::En => format!("Time in {place}"),
            Self::Ru => format!("Время: {place}"),
        }
    }

    /// The page's description for search engines.
    pub fn description(self, place: &str, zone: &str) -> String {
        match self {
            Self::En => format!("The current time in {place} ({zone})"),
            Self::Ru => format!("Точное время: {place} ({zone})"),
        }
    }

    /// The difference between two zones' clocks, `seconds` ahead (negative:
    /// behind), e.g. `+6 h`, `−2 h 30 min`, `±0 h`.
    pub fn offset(self, seconds: i32) -> String {
        let (hour, minute) = match self {
            Self::En => ("h", "min"),
            Self::Ru => ("ч", "мин"),
        };
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

    /// The words of the zone picker, the not-found page and the visitor's
    /// own time, which the page's script fills in.
    pub fn page(self) -> &'static PageWords {
        match self {
            Self::En => &PageWords {
                picker_label: "Another time zone",
                picker_button: "Show",
                not_found: "Not found",
                nothing_here: "There is nothing here.",
                back: "Back to the clock",
                no_zone: "There is no time zone named “{name}”.",
                no_name: "Name a time zone to see its time.",
                did_you_mean: "Did you mean:",
                yours: "Your time is {time} ({zone}).",
                ahead: "{place} is {difference} ahead of you.",
                behind: "{place} is {difference} behind you.",
                same: "{place} has the same time as you.",
                hours: ["{n} hour", "{n} hours", "{n} hours", "{n} hours"],
                minutes: ["{n} minute", "{n} minutes", "{n} minutes", "{n} minutes"],
                other_lang: "ru",
                other_lang_name: "Русский",
            },
            // Hours and minutes follow "на", so they are in the accusative.
            Self::Ru => &PageWords {
                picker_label: "Другой часовой пояс",
                picker_button: "Показать",
                not_found: "Не найдено",
                nothing_here: "Здесь ничего нет.",
                back: "Назад к часам",
                no_zone: "Часового пояса «{name}» нет.",
                no_name: "Укажите часовой пояс, чтобы узнать время в нём.",
                did_you_mean: "Возможно, вы имели в виду:",
                yours: "Ваше время: {time} ({zone}).",
                ahead: "{place} опережает вас на {difference}.",
                behind: "{place} отстаёт от вас на {difference}.",
                same: "{place}: то же время, что у вас.",
                hours: ["{n} час", "{n} часа", "{n} часов", "{n} часа"],
                minutes: ["{n} минуту", "{n} минуты", "{n} минут", "{n} минуты"],
                other_lang: "en",
                other_lang_name: "English",
            },
        }
    }

    /// The terminal clock's words in this language.
    pub fn terminal(self) -> &'static TerminalWords {
        match self {
            Self::En => &TerminalWords {
                hint: "? for help",
                help: "q, Esc or Ctrl-C quit · s seconds · t 12/24-hour · ? hide help",
                short_help: "q quit · s seconds · t 12/24h · ? hide",
                help_zones: "q quit · s seconds · t 12/24-hour · z next zone · ? hide help",
                short_help_zones: "q quit · s sec · t 12/24h · z zone · ? hide",
            },
            Self::Ru => &TerminalWords {
                hint: "? — справка",
                help: "q, Esc или Ctrl-C — выход · s — секунды · t — 12/24 ч · ? — скрыть",
                short_help: "q выход · s секунды · t 12/24 ч · ? скрыть",
                help_zones: "q — выход · s — секунды · t — 12/24 ч · z — след. пояс · ? — скрыть",
                short_help_zones: "q выход · s сек · t 12/24 · z пояс · ? скрыть",
            },
        }
    }
}

/// Each language's weekday and month names, read from chrono's locale data
/// once rather than at every date.
static NAMES: LazyLock<[Names; 2]> = LazyLock::new(|| Lang::ALL.map(Names::of));

/// The weekday and month names of one language.
struct Names {
    weekdays: [String; 7],
    months: [String; 12],
}

impl Names {
    fn of(lang: Lang) -> Self {
        let locale = match lang {
            Lang::En => chrono::Locale::en_GB,
            Lang::Ru => chrono::Locale::ru_RU,
        };
        let name = |month: u32, day: u32, format: &str| {
            NaiveDate::from_ymd_opt(2000, month, day)
                .expect("a real date")
                .format_localized(format, locale)
                .to_string()
        };
        Self {
            // 2 January 2000 was a Sunday. Russian writes weekdays in lower
            // case, as common nouns; the C library's list capitalises them
            // as if each began a sentence.
            weekdays: std::array::from_fn(|day| match lang {
                Lang::En => name(1, 2 + day as u32, "%A"),
                Lang::Ru => name(1, 2 + day as u32, "%A").to_lowercase(),
            }),
            months: std::array::from_fn(|month| name(month as u32 + 1, 1, "%B")),
        }
    }
}

/// The page's words beyond the clock. `{name}`, `{time}`, `{zone}`,
/// `{place}`, `{difference}` and `{n}` are filled in where they are shown:
/// the visitor's own time by the page's script, which picks the plural form
/// of an amount with `Intl.PluralRules` for the page's language.
#[derive(Debug)]
pub struct PageWords {
    /// The zone picker's label.
    pub picker_label: &'static str,
    /// The zone picker's button.
    pub picker_button: &'static str,
    /// The not-found page's title and heading.
    pub not_found: &'static str,
    /// The not-found page for a path that names nothing.
    pub nothing_here: &'static str,
    /// The link back to the front page.
    pub back: &'static str,
    /// The not-found page for `{name}`, which names no zone.
    pub no_zone: &'static str,
    /// The not-found page for the picker sent with no name.
    pub no_name: &'static str,
    /// Before the closest zone names.
    pub did_you_mean: &'static str,
    /// The visitor's own `{time}` and `{zone}`.
    pub yours: &'static str,
    /// The page's zone is `{difference}` ahead of the visitor's.
    pub ahead: &'static str,
    /// The page's zone is `{difference}` behind the visitor's.
    pub behind: &'static str,
    /// The page's zone reads the visitor's time.
    pub same: &'static str,
    /// `{n}` hours in the plural forms `one`, `few`, `many`, `other`.
    pub hours: [&'static str; 4],
    /// `{n}` minutes in the same forms.
    pub minutes: [&'static str; 4],
    /// The code of the language the page offers to switch to.
    pub other_lang: &'static str,
    /// That language's name in itself, for the link to it.
    pub other_lang_name: &'static str,
}

impl PageWords {
    /// `no_zone` for `name`.
    pub fn no_zone(&self, name: &str) -> String {
        self.no_zone.replace("{name}", name)
    }
}

/// The lines the terminal clock shows at its foot.
#[derive(Debug)]
pub struct TerminalWords {
    /// Shown while the list of keys is hidden.
    pub hint: &'static str,
    /// The list of keys.
    pub help: &'static str,
    /// The list of keys for terminals too narrow for `help`.
    pub short_help: &'static str,
    /// The list of keys with several zones, where `z` moves the big clock.
    pub help_zones: &'static str,
    /// `help_zones` for terminals too narrow for it.
    pub short_help_zones: &'static str,
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
    fn the_english_date_is_the_one_every_view_showed_before() {
        for instant in ["2012-06-01T12:00:00Z", "2026-02-28T23:30:00Z"] {
            let view = moscow(instant);
            assert_eq!(Lang::En.date(&view), view.date());
        }
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
    fn offsets_read_in_hours_and_minutes() {
        assert_eq!(Lang::En.offset(6 * 3600), "+6 h");
        assert_eq!(Lang::En.offset(-(2 * 3600 + 1800)), "−2 h 30 min");
        assert_eq!(Lang::En.offset(-1800), "−30 min");
        assert_eq!(Lang::En.offset(0), "±0 h");
        assert_eq!(Lang::Ru.offset(5 * 3600 + 45 * 60), "+5 ч 45 мин");
        assert_eq!(Lang::Ru.offset(-8 * 3600), "−8 ч");
    }
}
