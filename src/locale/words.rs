//! Every word the page and the terminal clock say, one table per language.
//! A new language is a new table here and a new [`super::Lang`]; nothing
//! else changes.

use std::sync::LazyLock;

use chrono::{Locale, NaiveDate};

/// One language's words and date forms.
#[derive(Debug)]
pub struct Words {
    /// The code, as in `lang=` and `<html lang>`.
    pub code: &'static str,
    /// The language's name in itself, for the link to it.
    pub name: &'static str,
    /// How a date is written, with `{weekday}`, `{day}`, `{month}` and
    /// `{year}` to fill in.
    pub date_pattern: &'static str,
    /// The heading and the page's title, with `{place}`.
    pub heading: &'static str,
    /// The page's description for search engines, with `{place}` and `{zone}`.
    pub description: &'static str,
    /// The short units of a difference between clocks: hours, minutes.
    pub units: [&'static str; 2],
    /// What is said of the zone's clock changes, on the page and in the
    /// terminal.
    pub changes: ChangeWords,
    /// The sun at the zone's place today.
    pub sun: SunWords,
    /// The page of two places side by side.
    pub compare: CompareWords,
    /// The words of the page beyond the clock.
    pub page: PageWords,
    /// The terminal clock's words.
    pub terminal: TerminalWords,
    /// The weekday and month names, read from chrono's locale data once.
    pub names: LazyLock<Names>,
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
    /// The title of the page that offers the places a name may mean.
    pub which_one: &'static str,
    /// `{name}` is what several places are called.
    pub several: &'static str,
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
    /// The visitor's clock is `{amount}` seconds ahead of the server's,
    /// measured to `{accuracy}` seconds.
    pub clock_ahead: &'static str,
    /// The visitor's clock is `{amount}` seconds behind.
    pub clock_behind: &'static str,
    /// The visitor's clock is right to within `{accuracy}` seconds.
    pub clock_exact: &'static str,
    /// Said after the above while the server's own clock is unsynchronized.
    pub clock_unsynchronized: &'static str,
    /// The sign between a number's whole part and its fraction (CLDR's
    /// decimal symbol for the language's digits).
    pub decimal: &'static str,
}

impl PageWords {
    /// `no_zone` for `name`.
    pub fn no_zone(&self, name: &str) -> String {
        self.no_zone.replace("{name}", name)
    }
}

/// The zone's next or last clock change, said under the time. `{amount}`
/// is how far the clocks move (in [`PageWords::hours`] and
/// [`PageWords::minutes`]), `{date}` the date as [`Words::date_pattern`]
/// writes it, `{time}` the wall clock when they move (`02:00`), `{from}`
/// and `{to}` the time's names before and after (`CET`, `CEST`).
#[derive(Debug)]
pub struct ChangeWords {
    /// The clocks go forward next.
    pub forward: &'static str,
    /// The clocks go back next.
    pub back: &'static str,
    /// No change is planned; the last one was on `{date}`.
    pub last: &'static str,
    /// The zone's clocks never changed.
    pub never: &'static str,
}

/// The sun at the zone's place today: `{sunrise}` and `{sunset}` are wall
/// clock times (`08:44`), `{length}` how long the sun is up (in
/// [`PageWords::hours`] and [`PageWords::minutes`]).
#[derive(Debug)]
pub struct SunWords {
    /// The sun rises and sets.
    pub rises: &'static str,
    /// It does not set today.
    pub polar_day: &'static str,
    /// It does not rise today.
    pub polar_night: &'static str,
}

/// The page of two places side by side: `{here}` is the first place,
/// `{there}` the second, `{difference}` how far apart their clocks are (in
/// [`PageWords::hours`] and [`PageWords::minutes`]).
#[derive(Debug)]
pub struct CompareWords {
    /// The heading and the title.
    pub heading: &'static str,
    /// The second place's clock is ahead.
    pub ahead: &'static str,
    /// It is behind.
    pub behind: &'static str,
    /// Both read the same time.
    pub same: &'static str,
    /// The caption of the hours of the first place's day read in the second.
    pub hours: &'static str,
    /// Beside a time on the day after the first place's.
    pub next_day: &'static str,
    /// Beside a time on the day before.
    pub previous_day: &'static str,
    /// The clock page's form for another place to compare with: its label.
    pub with: &'static str,
    /// Its button.
    pub button: &'static str,
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

/// The weekday and month names of one language, as a date shows them.
#[derive(Debug)]
pub struct Names {
    /// Sunday first.
    pub weekdays: [String; 7],
    /// January first; in Russian, in the genitive (`января`).
    pub months: [String; 12],
}

impl Names {
    /// The names in chrono's data for `locale` (the GNU C library's).
    fn of(locale: Locale) -> Self {
        let name = |month: u32, day: u32, format: &str| {
            NaiveDate::from_ymd_opt(2000, month, day)
                .expect("a real date")
                .format_localized(format, locale)
                .to_string()
        };
        Self {
            // 2 January 2000 was a Sunday.
            weekdays: std::array::from_fn(|day| name(1, 2 + day as u32, "%A")),
            months: std::array::from_fn(|month| name(month as u32 + 1, 1, "%B")),
        }
    }

    /// The same names with the weekdays in lower case.
    fn lower_case_weekdays(mut self) -> Self {
        for day in &mut self.weekdays {
            *day = day.to_lowercase();
        }
        self
    }
}

/// English.
pub static ENGLISH: Words = Words {
    code: "en",
    name: "English",
    date_pattern: "{weekday}, {day} {month} {year}",
    heading: "Time in {place}",
    description: "The current time in {place} ({zone})",
    units: ["h", "min"],
    changes: ChangeWords {
        forward: "Clocks go forward {amount} on {date} at {time} ({from} → {to}).",
        back: "Clocks go back {amount} on {date} at {time} ({from} → {to}).",
        last: "No clock change is planned; the last was on {date} ({from} → {to}).",
        never: "The clocks here have never changed.",
    },
    sun: SunWords {
        rises: "Sunrise {sunrise}, sunset {sunset}: {length} of daylight.",
        polar_day: "Polar day: the sun does not set today.",
        polar_night: "Polar night: the sun does not rise today.",
    },
    compare: CompareWords {
        heading: "{here} and {there}",
        ahead: "{there} is {difference} ahead of {here}.",
        behind: "{there} is {difference} behind {here}.",
        same: "{there} and {here} have the same time.",
        hours: "The hours of the day in {here}, and in {there}",
        next_day: "next day",
        previous_day: "day before",
        with: "Compare with",
        button: "Compare",
    },
    page: PageWords {
        picker_label: "Another time zone",
        picker_button: "Show",
        not_found: "Not found",
        nothing_here: "There is nothing here.",
        back: "Back to the clock",
        no_zone: "There is no time zone named “{name}”.",
        no_name: "Name a time zone to see its time.",
        did_you_mean: "Did you mean:",
        which_one: "Which one?",
        several: "Several places are called “{name}”:",
        yours: "Your time is {time} ({zone}).",
        ahead: "{place} is {difference} ahead of you.",
        behind: "{place} is {difference} behind you.",
        same: "{place} has the same time as you.",
        hours: ["{n} hour", "{n} hours", "{n} hours", "{n} hours"],
        minutes: ["{n} minute", "{n} minutes", "{n} minutes", "{n} minutes"],
        clock_ahead: "Your clock is {amount} s ahead (±{accuracy} s).",
        clock_behind: "Your clock is {amount} s behind (±{accuracy} s).",
        clock_exact: "Your clock is exact (±{accuracy} s).",
        clock_unsynchronized: "This server's own clock is not synchronized, so it may be wrong too.",
        decimal: ".",
    },
    terminal: TerminalWords {
        hint: "? for help",
        help: "q, Esc or Ctrl-C quit · s seconds · t 12/24-hour · ? hide help",
        short_help: "q quit · s seconds · t 12/24h · ? hide",
        help_zones: "q quit · s seconds · t 12/24-hour · z next zone · ? hide help",
        short_help_zones: "q quit · s sec · t 12/24h · z zone · ? hide",
    },
    names: LazyLock::new(|| Names::of(Locale::en_GB)),
};

/// Russian. Hours and minutes follow "на", so they are in the accusative.
pub static RUSSIAN: Words = Words {
    code: "ru",
    name: "Русский",
    date_pattern: "{weekday}, {day} {month} {year} г.",
    heading: "Время: {place}",
    description: "Точное время: {place} ({zone})",
    units: ["ч", "мин"],
    // The date is said after a colon: in the nominative, as the date
    // pattern writes it ("в среду" would need the accusative).
    changes: ChangeWords {
        forward: "Часы переведут на {amount} вперёд: {date}, в {time} ({from} → {to}).",
        back: "Часы переведут на {amount} назад: {date}, в {time} ({from} → {to}).",
        last: "Перевод часов не запланирован; последний: {date} ({from} → {to}).",
        never: "Часы здесь никогда не переводили.",
    },
    // Place names are in the nominative, as CLDR gives them: the sentences
    // are built so that they stay so ("Токио впереди", not "опережает
    // Москву").
    // The length is a duration, in the accusative ("21 минуту"), as the
    // amounts of the other sentences.
    sun: SunWords {
        rises: "Восход в {sunrise}, закат в {sunset}: солнце над горизонтом {length}.",
        polar_day: "Полярный день: сегодня солнце не заходит.",
        polar_night: "Полярная ночь: сегодня солнце не восходит.",
    },
    compare: CompareWords {
        heading: "{here} и {there}",
        ahead: "Разница во времени: {there} впереди на {difference}.",
        behind: "Разница во времени: {there} позади на {difference}.",
        same: "Разницы во времени нет: {here} и {there}.",
        hours: "Часы дня: {here} — {there}",
        next_day: "след. день",
        previous_day: "пред. день",
        with: "Сравнить с",
        button: "Сравнить",
    },
    page: PageWords {
        picker_label: "Другой часовой пояс",
        picker_button: "Показать",
        not_found: "Не найдено",
        nothing_here: "Здесь ничего нет.",
        back: "Назад к часам",
        no_zone: "Часового пояса «{name}» нет.",
        no_name: "Укажите часовой пояс, чтобы узнать время в нём.",
        did_you_mean: "Возможно, вы имели в виду:",
        which_one: "Какое из мест?",
        several: "«{name}» — так называют несколько мест:",
        yours: "Ваше время: {time} ({zone}).",
        ahead: "{place} опережает вас на {difference}.",
        behind: "{place} отстаёт от вас на {difference}.",
        same: "{place}: то же время, что у вас.",
        hours: ["{n} час", "{n} часа", "{n} часов", "{n} часа"],
        minutes: ["{n} минуту", "{n} минуты", "{n} минут", "{n} минуты"],
        clock_ahead: "Ваши часы спешат на {amount} с (±{accuracy} с).",
        clock_behind: "Ваши часы отстают на {amount} с (±{accuracy} с).",
        clock_exact: "Ваши часы идут точно (±{accuracy} с).",
        clock_unsynchronized: "Часы этого сервера не синхронизированы и тоже могут ошибаться.",
        decimal: ",",
    },
    terminal: TerminalWords {
        hint: "? — справка",
        help: "q, Esc или Ctrl-C — выход · s — секунды · t — 12/24 ч · ? — скрыть",
        short_help: "q выход · s секунды · t 12/24 ч · ? скрыть",
        help_zones: "q — выход · s — секунды · t — 12/24 ч · z — след. пояс · ? — скрыть",
        short_help_zones: "q выход · s сек · t 12/24 · z пояс · ? скрыть",
    },
    // Russian writes weekdays in lower case, as common nouns; the C
    // library's list capitalises them as if each began a sentence.
    names: LazyLock::new(|| Names::of(Locale::ru_RU).lower_case_weekdays()),
};
