//! French.

use super::*;

/// French. A place's name never follows "à", which would have to become
/// "au" before "Le Caire" and an article before "Îles Canaries": it stands
/// after a colon, as the subject, or after "sur". Amounts follow "de",
/// unelided before a figure ("de 1 heure"). Narrow no-break spaces go
/// inside « » and before ; and ?, no-break spaces before a colon.
pub static FRENCH: Words = Words {
    heading: "Heure locale\u{a0}: {place}",
    description: "L’heure actuelle\u{a0}: {place} ({zone})",
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Le {date} à {time}, les horloges avanceront de {amount}{names}.",
        back: "Le {date} à {time}, les horloges reculeront de {amount}{names}.",
        last: "Aucun changement d’heure n’est prévu\u{202f}; le dernier a eu lieu le {date}{names}.",
        never: "Il n’y a jamais eu de changement d’heure ici.",
    },
    sun: SunWords {
        rises: "Lever du soleil à {sunrise}, coucher à {sunset}\u{202f}; durée du jour\u{a0}: {length}.",
        polar_day: "Jour polaire\u{a0}: le soleil ne se couche pas aujourd’hui.",
        polar_night: "Nuit polaire\u{a0}: le soleil ne se lève pas aujourd’hui.",
    },
    compare: CompareWords {
        heading: "{here} et {there}",
        ahead: "{there} a {difference} d’avance sur {here}.",
        behind: "{there} a {difference} de retard sur {here}.",
        same: "{there} et {here} sont à la même heure.",
        hours: "Heure par heure\u{a0}: {here} et {there}",
        next_day: "lendemain",
        previous_day: "veille",
        with: "Comparer avec",
        button: "Comparer",
    },
    page: PageWords {
        picker_label: "Autre fuseau horaire",
        picker_button: "Afficher",
        not_found: "Introuvable",
        nothing_here: "Il n’y a rien ici.",
        back: "Retour à l’horloge",
        no_zone: "Aucun fuseau horaire ne s’appelle «\u{202f}{name}\u{202f}».",
        no_name: "Indiquez un fuseau horaire pour en afficher l’heure.",
        did_you_mean: "Vouliez-vous dire\u{a0}:",
        which_one: "Lequel\u{202f}?",
        several: "Plusieurs lieux s’appellent «\u{202f}{name}\u{202f}»\u{a0}:",
        yours: "Chez vous, il est {time} ({zone}).",
        ahead: "{place} a {difference} d’avance sur vous.",
        behind: "{place} a {difference} de retard sur vous.",
        same: "{place} est à la même heure que vous.",
        clock_ahead: "Votre horloge avance de {amount}\u{202f}s (±{accuracy}\u{202f}s).",
        clock_behind: "Votre horloge retarde de {amount}\u{202f}s (±{accuracy}\u{202f}s).",
        clock_exact: "Votre horloge est à l’heure (±{accuracy}\u{202f}s).",
        clock_unsynchronized: "L’horloge de ce serveur n’est pas synchronisée\u{202f}; elle pourrait donc, elle aussi, être inexacte.",
        languages: "Langue",
    },
    terminal: TerminalWords {
        hint: "? pour l’aide",
        help: "q, Esc ou Ctrl-C quitter · s secondes · t 12/24 h · ? masquer l’aide",
        short_help: "q quitter · s sec. · t 12/24 · ? masquer",
        help_zones: "q quitter · s secondes · t 12/24 h · z fuseau suivant · ? masquer",
        short_help_zones: "q fin · s sec. · t 12/24 · z fuseau · ? aide",
    },
};
