//! Russian.

use super::*;

/// Russian. Amounts are CLDR's, in the nominative: after "на" the
/// accusative of "час" and of "минут" is the same, and where it would not be
/// ("21 минута") the sentence puts the amount after a colon.
pub static RUSSIAN: Words = Words {
    heading: "Время: {place}",
    description: "Точное время: {place} ({zone})",
    // The date is said after a colon: in the nominative, as CLDR's date
    // format writes it ("в среду" would need the accusative).
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Часы переведут на {amount} вперёд: {date}, в {time}{names}.",
        back: "Часы переведут на {amount} назад: {date}, в {time}{names}.",
        // The date ends with "г.": the sentence goes on after it.
        last: "Последний перевод часов: {date}{names}; новый не запланирован.",
        never: "Часы здесь никогда не переводили.",
    },
    // Place names are in the nominative, as CLDR gives them: the sentences
    // are built so that they stay so ("Токио впереди", not "опережает
    // Москву").
    sun: SunWords {
        rises: "Восход в {sunrise}, закат в {sunset}; световой день: {length}.",
        polar_day: "Полярный день: сегодня солнце не заходит.",
        polar_night: "Полярная ночь: сегодня солнце не восходит.",
    },
    compare: CompareWords {
        heading: "{here} и {there}",
        ahead: "{there} впереди, {here} позади; разница во времени: {difference}.",
        behind: "{there} позади, {here} впереди; разница во времени: {difference}.",
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
        clock_ahead: "Ваши часы спешат на {amount} с (±{accuracy} с).",
        clock_behind: "Ваши часы отстают на {amount} с (±{accuracy} с).",
        clock_exact: "Ваши часы идут точно (±{accuracy} с).",
        clock_unsynchronized: "Часы этого сервера не синхронизированы и тоже могут ошибаться.",
        languages: "Язык",
    },
    terminal: TerminalWords {
        hint: "? — справка",
        help: "q, Esc или Ctrl-C — выход · s — секунды · t — 12/24 ч · ? — скрыть",
        short_help: "q выход · s секунды · t 12/24 ч · ? скрыть",
        help_zones: "q — выход · s — секунды · t — 12/24 ч · z — след. пояс · ? — скрыть",
        short_help_zones: "q выход · s сек · t 12/24 · z пояс · ? скрыть",
    },
};
