//! Polish.

use super::*;

/// Polish. Amounts are CLDR's, in the nominative: they stand in
/// parentheses or after a colon ("różnica: 1 godzina"), never after "o"
/// ("o 1 godzinę" would need the accusative). Names are in the nominative
/// too: after a colon, as the subject, or after "niż" and "i", which take it.
pub static POLISH: Words = Words {
    heading: "Aktualny czas: {place}",
    description: "Dokładna godzina teraz: {place} ({zone})",
    // The date is said after a colon, in the nominative, as CLDR writes it
    // ("w niedzielę" would need the accusative).
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Przestawienie zegarów do przodu ({amount}): {date}, godz. {time}{names}.",
        back: "Przestawienie zegarów do tyłu ({amount}): {date}, godz. {time}{names}.",
        last: "Brak planowanych zmian czasu; ostatnia: {date}{names}.",
        never: "Tutaj nigdy nie zmieniano czasu.",
    },
    sun: SunWords {
        rises: "Wschód słońca: {sunrise}, zachód: {sunset}; długość dnia: {length}.",
        polar_day: "Dzień polarny: dziś słońce nie zachodzi.",
        polar_night: "Noc polarna: dziś słońce nie wschodzi.",
    },
    // "Tokio ma czas późniejszy niż Warszawa": "niż" compares two
    // subjects, both in the nominative. The few plural names ("Azory",
    // "Malediwy") would want "mają"; "ma" is right for all the others.
    compare: CompareWords {
        heading: "{here} i {there}",
        ahead: "Różnica czasu: {difference}; {there} ma czas późniejszy niż {here}.",
        behind: "Różnica czasu: {difference}; {there} ma czas wcześniejszy niż {here}.",
        same: "{there} i {here} mają ten sam czas.",
        hours: "Godziny doby: {here} i {there}",
        next_day: "następnego dnia",
        previous_day: "poprzedniego dnia",
        with: "Porównaj z",
        button: "Porównaj",
    },
    page: PageWords {
        picker_label: "Inna strefa czasowa",
        picker_button: "Pokaż",
        not_found: "Nie znaleziono strony",
        nothing_here: "Nic tu nie ma.",
        back: "Powrót do zegara",
        no_zone: "Nie ma strefy czasowej o nazwie „{name}”.",
        no_name: "Podaj strefę czasową, aby zobaczyć aktualny czas.",
        did_you_mean: "Czy chodziło Ci o:",
        which_one: "Które miejsce?",
        several: "Kilka miejsc nazywa się „{name}”:",
        yours: "Twój czas: {time} ({zone}).",
        ahead: "{place}: czas późniejszy niż u Ciebie (różnica: {difference}).",
        behind: "{place}: czas wcześniejszy niż u Ciebie (różnica: {difference}).",
        same: "{place}: ten sam czas co u Ciebie.",
        clock_ahead: "Twój zegar spieszy się o {amount} sek. (±{accuracy} sek.).",
        clock_behind: "Twój zegar spóźnia się o {amount} sek. (±{accuracy} sek.).",
        clock_exact: "Twój zegar chodzi dokładnie (±{accuracy} sek.).",
        clock_unsynchronized: "Zegar tego serwera nie jest zsynchronizowany, więc również może być niedokładny.",
        languages: "Język",
    },
    terminal: TerminalWords {
        hint: "? – pomoc",
        help: "q, Esc lub Ctrl-C – wyjście · s – sekundy · t – 12/24 h · ? – ukryj",
        short_help: "q wyjdź · s sek. · t 12/24 h · ? ukryj",
        help_zones: "q – wyjście · s – sekundy · t – 12/24 · z – kolejna strefa · ? – ukryj",
        short_help_zones: "q wyjdź · s sek. · t 12/24 · z pas · ? ukryj",
    },
};
