//! Spanish.

use super::*;

/// Spanish. Amounts stand as they are after "se adelantan" and before
/// "más" and "menos" ("Tokio tiene 6 horas más que Moscú"); no place's name
/// follows "y", which would have to become "e" before "Irkutsk".
pub static SPANISH: Words = Words {
    heading: "Hora en {place}",
    description: "La hora actual en {place} ({zone})",
    changes: ChangeWords {
        names: " ({from} → {to})",
        // The time in parentheses: "a las" would be wrong at 01:00 ("a la").
        forward: "Cambio de hora el {date} ({time}): los relojes se adelantan {amount}{names}.",
        back: "Cambio de hora el {date} ({time}): los relojes se atrasan {amount}{names}.",
        last: "No hay ningún cambio de hora previsto; el último fue el {date}{names}.",
        never: "Aquí los relojes nunca han cambiado de hora.",
    },
    sun: SunWords {
        rises: "Salida del sol: {sunrise}; puesta del sol: {sunset}; duración del día: {length}.",
        polar_day: "Día polar: hoy el sol no se pone.",
        polar_night: "Noche polar: hoy el sol no sale.",
    },
    compare: CompareWords {
        heading: "Hora en {here} y en {there}",
        ahead: "{there} tiene {difference} más que {here}.",
        behind: "{there} tiene {difference} menos que {here}.",
        same: "{there} tiene la misma hora que {here}.",
        hours: "Las horas del día en {here} y en {there}",
        next_day: "día siguiente",
        previous_day: "día anterior",
        with: "Comparar con",
        button: "Comparar",
    },
    page: PageWords {
        picker_label: "Otra zona horaria",
        picker_button: "Mostrar",
        not_found: "No encontrado",
        nothing_here: "Aquí no hay nada.",
        back: "Volver al reloj",
        no_zone: "No hay ninguna zona horaria llamada «{name}».",
        no_name: "Indica una zona horaria para ver su hora.",
        did_you_mean: "Quizá buscabas:",
        which_one: "¿Cuál de ellos?",
        several: "Hay varios lugares llamados «{name}»:",
        yours: "Tu hora: {time} ({zone}).",
        ahead: "{place} tiene {difference} más que tú.",
        behind: "{place} tiene {difference} menos que tú.",
        same: "{place} tiene la misma hora que tú.",
        clock_ahead: "Tu reloj va adelantado {amount} s (±{accuracy} s).",
        clock_behind: "Tu reloj va atrasado {amount} s (±{accuracy} s).",
        clock_exact: "Tu reloj es exacto (±{accuracy} s).",
        clock_unsynchronized: "El reloj de este servidor no está sincronizado, por lo que también podría ser inexacto.",
        languages: "Idioma",
    },
    terminal: TerminalWords {
        hint: "? para ver la ayuda",
        help: "q, Esc o Ctrl-C salir · s segundos · t 12/24 h · ? ocultar ayuda",
        short_help: "q salir · s seg · t 12/24 h · ? ocultar",
        help_zones: "q salir · s segundos · t 12/24 h · z zona siguiente · ? ocultar ayuda",
        short_help_zones: "q salir · s seg · t 12/24 · z zona · ? ayuda",
    },
};
