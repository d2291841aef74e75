//! German.

use super::*;

/// German. Amounts follow "um" and stand before "später" and "früher",
/// where the accusative of "Stunde" and "Minute" is the nominative; a city's
/// name after "in" and "als" keeps the form it has on its own.
pub static GERMAN: Words = Words {
    heading: "Uhrzeit in {place}",
    description: "Die aktuelle Uhrzeit in {place} ({zone})",
    // "am" before the date: CLDR's "Sonntag, 28. März 2027" reads right
    // after it, as German websites write it.
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Am {date} um {time} Uhr werden die Uhren um {amount} vorgestellt{names}.",
        back: "Am {date} um {time} Uhr werden die Uhren um {amount} zurückgestellt{names}.",
        last: "Es ist keine Zeitumstellung geplant; die letzte war am {date}{names}.",
        never: "Hier wurden die Uhren noch nie umgestellt.",
    },
    sun: SunWords {
        rises: "Sonnenaufgang {sunrise} Uhr, Sonnenuntergang {sunset} Uhr; Tageslänge: {length}.",
        polar_day: "Polartag: Die Sonne geht heute nicht unter.",
        polar_night: "Polarnacht: Die Sonne geht heute nicht auf.",
    },
    compare: CompareWords {
        heading: "{here} und {there}",
        ahead: "In {there} ist es {difference} später als in {here}.",
        behind: "In {there} ist es {difference} früher als in {here}.",
        same: "{there} und {here} haben dieselbe Uhrzeit.",
        hours: "Die Stunden des Tages in {here} und die Uhrzeit in {there}",
        next_day: "Folgetag",
        previous_day: "Vortag",
        with: "Vergleichen mit",
        button: "Vergleichen",
    },
    page: PageWords {
        picker_label: "Andere Zeitzone",
        picker_button: "Anzeigen",
        not_found: "Nicht gefunden",
        nothing_here: "Hier gibt es nichts.",
        back: "Zurück zur Uhr",
        no_zone: "Es gibt keine Zeitzone namens „{name}“.",
        no_name: "Geben Sie eine Zeitzone ein, um ihre Uhrzeit zu sehen.",
        did_you_mean: "Meinten Sie:",
        which_one: "Welcher Ort?",
        several: "Mehrere Orte heißen „{name}“:",
        yours: "Ihre Uhrzeit: {time} ({zone}).",
        ahead: "In {place} ist es {difference} später als bei Ihnen.",
        behind: "In {place} ist es {difference} früher als bei Ihnen.",
        same: "In {place} ist es genauso spät wie bei Ihnen.",
        clock_ahead: "Ihre Uhr geht {amount} Sek. vor (±{accuracy} Sek.).",
        clock_behind: "Ihre Uhr geht {amount} Sek. nach (±{accuracy} Sek.).",
        clock_exact: "Ihre Uhr geht genau (±{accuracy} Sek.).",
        clock_unsynchronized: "Die Uhr dieses Servers ist nicht synchronisiert und könnte daher ebenfalls falsch gehen.",
        languages: "Sprache",
    },
    terminal: TerminalWords {
        hint: "? für Hilfe",
        help: "q, Esc oder Ctrl-C beenden · s Sekunden · t 12/24 h · ? ausblenden",
        short_help: "q Ende · s Sek. · t 12/24 · ? Hilfe aus",
        help_zones: "q beenden · s Sekunden · t 12/24 h · z nächste Zone · ? ausblenden",
        short_help_zones: "q Ende · s Sek. · t 12/24 · z Zone · ? aus",
    },
};
