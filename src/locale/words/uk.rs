//! Ukrainian.

use super::*;

/// Ukrainian. Amounts are CLDR's, in the nominative ("1 година"): after "на"
/// the one-form would need the accusative ("на 1 годину"), so an amount
/// of hours or minutes stands after a colon or in parentheses, never after
/// a preposition (the clock's seconds, a number before "с", may).
pub static UKRAINIAN: Words = Words {
    heading: "Час: {place}",
    description: "Точний час: {place} ({zone})",
    // The date is said after a colon: in the nominative, as CLDR's date
    // format writes it ("у неділю" would need the accusative). It ends in
    // "р.", so no sentence ends in `{date}{names}` (which would leave "р..").
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Годинники переведуть уперед ({amount}): {date}, о {time}{names}.",
        back: "Годинники переведуть назад ({amount}): {date}, о {time}{names}.",
        last: "Останнє переведення годинників: {date}{names}; нових не заплановано.",
        never: "Годинники тут ніколи не переводили.",
    },
    // Place names are in the nominative, as CLDR gives them: the sentences
    // are built so that they stay so ("Токіо попереду", not "випереджає
    // Москву").
    sun: SunWords {
        rises: "Схід сонця о {sunrise}, захід о {sunset}; світловий день: {length}.",
        polar_day: "Полярний день: сьогодні сонце не заходить.",
        polar_night: "Полярна ніч: сьогодні сонце не сходить.",
    },
    compare: CompareWords {
        heading: "{here} і {there}",
        ahead: "{there} попереду, {here} позаду; різниця в часі: {difference}.",
        behind: "{there} позаду, {here} попереду; різниця в часі: {difference}.",
        same: "{here} і {there} мають однаковий час.",
        hours: "Години доби: {here} — {there}",
        next_day: "наступного дня",
        previous_day: "напередодні",
        with: "Порівняти з",
        button: "Порівняти",
    },
    page: PageWords {
        picker_label: "Інший часовий пояс",
        picker_button: "Показати",
        not_found: "Не знайдено",
        nothing_here: "Тут нічого немає.",
        back: "Назад до годинника",
        no_zone: "Часового поясу «{name}» немає.",
        no_name: "Укажіть часовий пояс, щоб побачити час у ньому.",
        did_you_mean: "Можливо, ви мали на увазі:",
        which_one: "Яке саме місце?",
        several: "Кілька місць мають назву «{name}»:",
        yours: "Ваш час: {time} ({zone}).",
        ahead: "{place} попереду вас; різниця в часі: {difference}.",
        behind: "{place} позаду вас; різниця в часі: {difference}.",
        same: "{place}: той самий час, що й у вас.",
        clock_ahead: "Ваш годинник поспішає на {amount} с (±{accuracy} с).",
        clock_behind: "Ваш годинник відстає на {amount} с (±{accuracy} с).",
        clock_exact: "Ваш годинник іде точно (±{accuracy} с).",
        clock_unsynchronized: "Годинник цього сервера не синхронізовано, тож він теж може помилятися.",
        languages: "Мова",
    },
    terminal: TerminalWords {
        hint: "? — довідка",
        help: "q, Esc або Ctrl-C — вихід · s — секунди · t — 12/24 год · ? — сховати",
        short_help: "q вихід · s сек. · t 12/24 · ? сховати",
        help_zones: "q — вихід · s — секунди · t — 12/24 год · z — наст. пояс · ? — сховати",
        short_help_zones: "q вихід · s с · t 12/24 · z пояс · ? сховати",
    },
};
