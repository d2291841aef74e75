//! Italian.

use super::*;

/// Italian. Names are never put after a preposition that would merge with
/// their article ("al Cairo", "all’Avana", "alle Canarie"): they stand after
/// a colon or after "con", which need not merge; amounts need no case. A
/// date that begins with its weekday takes no preposition ("domenica 28
/// marzo 2027"), and a time follows "alle ore", right for every hour.
pub static ITALIAN: Words = Words {
    heading: "Ora locale: {place}",
    description: "L’ora esatta adesso: {place} ({zone})",
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Le lancette andranno spostate avanti di {amount} {date} alle ore {time}{names}.",
        back: "Le lancette andranno spostate indietro di {amount} {date} alle ore {time}{names}.",
        last: "Nessun cambio dell’ora previsto; l’ultimo è stato {date}{names}.",
        never: "Qui le lancette non sono mai state spostate.",
    },
    sun: SunWords {
        rises: "Alba {sunrise}, tramonto {sunset}: {length} di luce.",
        polar_day: "Giorno polare: oggi il sole non tramonta.",
        polar_night: "Notte polare: oggi il sole non sorge.",
    },
    // A place ahead or behind is said with no verb, as in a headline: some
    // names are plural ("Maldive", "Azzorre") and would need "sono".
    compare: CompareWords {
        heading: "{here} e {there}",
        ahead: "Differenza di orario con {here}: {there} avanti di {difference}.",
        behind: "Differenza di orario con {here}: {there} indietro di {difference}.",
        same: "{there} e {here} hanno la stessa ora.",
        hours: "Ore del giorno: {here} e {there}",
        next_day: "giorno dopo",
        previous_day: "giorno prima",
        with: "Confronta con",
        button: "Confronta",
    },
    page: PageWords {
        picker_label: "Un altro fuso orario",
        picker_button: "Mostra",
        not_found: "Pagina non trovata",
        nothing_here: "Qui non c’è niente.",
        back: "Torna all’orologio",
        no_zone: "Non esiste un fuso orario chiamato «{name}».",
        no_name: "Indica un fuso orario per vederne l’ora.",
        did_you_mean: "Forse cercavi:",
        which_one: "Quale intendi?",
        several: "Ci sono più luoghi chiamati «{name}»:",
        yours: "La tua ora locale: {time} ({zone}).",
        ahead: "{place}: avanti di {difference} rispetto a te.",
        behind: "{place}: indietro di {difference} rispetto a te.",
        same: "{place}: la tua stessa ora.",
        clock_ahead: "Il tuo orologio è avanti di {amount} s (±{accuracy} s).",
        clock_behind: "Il tuo orologio è indietro di {amount} s (±{accuracy} s).",
        clock_exact: "Il tuo orologio è preciso (±{accuracy} s).",
        clock_unsynchronized: "L’orologio di questo server non è sincronizzato, quindi anche lui potrebbe sbagliare.",
        languages: "Lingua",
    },
    terminal: TerminalWords {
        hint: "? per l’aiuto",
        help: "q, Esc o Ctrl-C esci · s secondi · t 12/24 ore · ? nascondi aiuto",
        short_help: "q esci · s sec · t 12/24 h · ? chiudi",
        help_zones: "q esci · s secondi · t 12/24 ore · z prossimo fuso · ? nascondi aiuto",
        short_help_zones: "q esci · s sec · t 12/24 · z fuso · ? chiudi",
    },
};
