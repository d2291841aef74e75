//! Portuguese.

use super::*;

/// Portuguese, in the Brazilian usage of CLDR's `pt` ("horário", "você").
/// Names are never put after a preposition that would merge with their
/// article ("no Cairo", "dos Açores"): they stand after a colon, as a
/// label, or after "com", which merges with none; amounts need no case.
pub static PORTUGUESE: Words = Words {
    heading: "Hora local: {place}",
    description: "A hora certa agora: {place} ({zone})",
    // The date is said after a colon: "em" before a weekday would need the
    // article ("no domingo", "na segunda-feira"). The time stands bare,
    // since "às" would be wrong for 01:00 ("à 01:00").
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Os relógios serão adiantados em {amount}: {date}, {time}{names}.",
        back: "Os relógios serão atrasados em {amount}: {date}, {time}{names}.",
        last: "Não há mudança de horário prevista. Última mudança: {date}{names}.",
        never: "Aqui nunca houve mudança de horário.",
    },
    sun: SunWords {
        rises: "Nascer do sol {sunrise}, pôr do sol {sunset}: {length} de luz do dia.",
        polar_day: "Dia polar: hoje o sol não se põe.",
        polar_night: "Noite polar: hoje o sol não nasce.",
    },
    // A place ahead or behind is set off by a colon, with no verb: some
    // names are plural ("Açores", "Canárias") and would need "estão". "A
    // mais", "a menos": "9 horas atrás" alone would read as "9 hours ago".
    compare: CompareWords {
        heading: "{here} e {there}",
        ahead: "{there}: {difference} a mais, em comparação com {here}.",
        behind: "{there}: {difference} a menos, em comparação com {here}.",
        same: "{there} e {here} têm o mesmo horário.",
        hours: "Horas do dia: {here} e {there}",
        next_day: "dia seguinte",
        previous_day: "dia anterior",
        with: "Comparar com",
        button: "Comparar",
    },
    page: PageWords {
        picker_label: "Outro fuso horário",
        picker_button: "Mostrar",
        not_found: "Página não encontrada",
        nothing_here: "Não há nada aqui.",
        back: "Voltar ao relógio",
        no_zone: "Não existe nenhum fuso horário chamado “{name}”.",
        no_name: "Indique um fuso horário para ver a hora local.",
        did_you_mean: "Você quis dizer:",
        which_one: "Qual deles?",
        several: "Há vários lugares chamados “{name}”:",
        yours: "Seu horário: {time} ({zone}).",
        ahead: "{place}: {difference} à frente do seu horário.",
        behind: "{place}: {difference} atrás do seu horário.",
        same: "{place}: mesmo horário que o seu.",
        clock_ahead: "Seu relógio está {amount} s adiantado (±{accuracy} s).",
        clock_behind: "Seu relógio está {amount} s atrasado (±{accuracy} s).",
        clock_exact: "Seu relógio está certo (±{accuracy} s).",
        clock_unsynchronized: "O relógio deste servidor não está sincronizado, então também pode estar errado.",
        languages: "Idioma",
    },
    terminal: TerminalWords {
        hint: "? para ajuda",
        help: "q, Esc ou Ctrl-C sair · s segundos · t 12/24 h · ? ocultar ajuda",
        short_help: "q sair · s seg · t 12/24 h · ? fechar",
        help_zones: "q sair · s segundos · t 12/24 h · z próximo fuso · ? ocultar ajuda",
        short_help_zones: "q sair · s seg · t 12/24 · z fuso · ? fechar",
    },
};
