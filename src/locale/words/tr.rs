//! Turkish.

use super::*;

/// Turkish. No suffix is put on a placeholder (its vowel harmony and
/// apostrophe depend on the word filled in): amounts are CLDR's, bare, as
/// Turkish says them before "ileri"/"geri" ("1 saat ileri"); dates and
/// times stand after a colon; place names stand bare before "saati" ("Tokyo
/// saati") or "ile", "ve", "arasında", which take them as they are.
pub static TURKISH: Words = Words {
    heading: "{place} saati",
    description: "{place} için güncel saat ({zone})",
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Saatler {amount} ileri alınacak: {date}, saat {time}{names}.",
        back: "Saatler {amount} geri alınacak: {date}, saat {time}{names}.",
        last: "Planlanmış bir saat değişikliği yok; son değişiklik: {date}{names}.",
        never: "Burada saatler hiç ileri ya da geri alınmadı.",
    },
    sun: SunWords {
        rises: "Gün doğumu {sunrise}, gün batımı {sunset}; gün ışığı süresi: {length}.",
        polar_day: "Kutup günü: güneş bugün batmıyor.",
        polar_night: "Kutup gecesi: güneş bugün doğmuyor.",
    },
    compare: CompareWords {
        heading: "{here} ve {there}",
        ahead: "{there} saati, {here} saatinden {difference} ileride.",
        behind: "{there} saati, {here} saatinden {difference} geride.",
        same: "{there} ile {here} arasında saat farkı yok.",
        hours: "Günün saatleri: {here} — {there}",
        next_day: "ertesi gün",
        previous_day: "önceki gün",
        with: "Karşılaştırılacak yer",
        button: "Karşılaştır",
    },
    page: PageWords {
        picker_label: "Başka bir saat dilimi",
        picker_button: "Göster",
        not_found: "Bulunamadı",
        nothing_here: "Burada hiçbir şey yok.",
        back: "Saate dön",
        no_zone: "“{name}” adında bir saat dilimi yok.",
        no_name: "Saati görmek için bir saat dilimi adı girin.",
        did_you_mean: "Şunu mu demek istediniz:",
        which_one: "Hangisi?",
        several: "“{name}” adını taşıyan birkaç yer var:",
        yours: "Yerel saatiniz: {time} ({zone}).",
        ahead: "{place} saati sizinkinden {difference} ileride.",
        behind: "{place} saati sizinkinden {difference} geride.",
        same: "{place} saati sizinkiyle aynı.",
        clock_ahead: "Saatiniz {amount} sn. ileri (±{accuracy} sn.).",
        clock_behind: "Saatiniz {amount} sn. geri (±{accuracy} sn.).",
        clock_exact: "Saatiniz doğru (±{accuracy} sn.).",
        clock_unsynchronized: "Bu sunucunun kendi saati senkronize değil; bu yüzden o da yanlış olabilir.",
        languages: "Dil",
    },
    terminal: TerminalWords {
        hint: "yardım için ?",
        help: "q, Esc veya Ctrl-C çıkış · s saniye · t 12/24 saat · ? yardımı gizle",
        short_help: "q çıkış · s saniye · t 12/24 · ? gizle",
        help_zones: "q çıkış · s saniye · t 12/24 saat · z sonraki dilim · ? yardımı gizle",
        short_help_zones: "q çıkış · s sn · t 12/24 · z dilim · ? gizle",
    },
};
