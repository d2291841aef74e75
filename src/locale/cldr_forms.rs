//! Each language's dates, units, numbers and plural rules from the Unicode CLDR 48.2.0
//! (npm: cldr-bcp47, cldr-core, cldr-dates-full, cldr-numbers-full, cldr-units-full, cldr-misc-full, cldr-localenames-full),
//! written by `scripts/cldr_names.py`: do not edit.

use super::forms::{Category, Forms, Plural};

/// Every language's forms, in [`super::Lang::ALL`]'s order.
pub static FORMS: [Forms; 14] = [
    Forms {
        code: "en",
        locale: "en-001",
        name: "English",
        right_to_left: false,
        date_pattern: "{weekday}, {day} {month} {year}",
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        decimal: ".",
        hours: Plural(["{n} hours", "{n} hour", "{n} hours", "{n} hours", "{n} hours", "{n} hours"]),
        minutes: Plural(["{n} minutes", "{n} minute", "{n} minutes", "{n} minutes", "{n} minutes", "{n} minutes"]),
        hours_narrow: Plural(["{n}h", "{n}h", "{n}h", "{n}h", "{n}h", "{n}h"]),
        minutes_narrow: Plural(["{n}m", "{n}m", "{n}m", "{n}m", "{n}m", "{n}m"]),
        unit_list: "{0}, {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_en,
    },
    Forms {
        code: "ru",
        locale: "ru",
        name: "Русский",
        right_to_left: false,
        date_pattern: "{weekday}, {day} {month} {year} г.",
        weekdays: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
        months: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        decimal: ",",
        hours: Plural(["{n} часа", "{n} час", "{n} часа", "{n} часа", "{n} часов", "{n} часа"]),
        minutes: Plural(["{n} минуты", "{n} минута", "{n} минуты", "{n} минуты", "{n} минут", "{n} минуты"]),
        hours_narrow: Plural(["{n} ч", "{n} ч", "{n} ч", "{n} ч", "{n} ч", "{n} ч"]),
        minutes_narrow: Plural(["{n} мин", "{n} мин", "{n} мин", "{n} мин", "{n} мин", "{n} мин"]),
        unit_list: "{0} {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_ru,
    },
    Forms {
        code: "de",
        locale: "de",
        name: "Deutsch",
        right_to_left: false,
        date_pattern: "{weekday}, {day}. {month} {year}",
        weekdays: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        decimal: ",",
        hours: Plural(["{n} Stunden", "{n} Stunde", "{n} Stunden", "{n} Stunden", "{n} Stunden", "{n} Stunden"]),
        minutes: Plural(["{n} Minuten", "{n} Minute", "{n} Minuten", "{n} Minuten", "{n} Minuten", "{n} Minuten"]),
        hours_narrow: Plural(["{n}h", "{n}h", "{n}h", "{n}h", "{n}h", "{n}h"]),
        minutes_narrow: Plural(["{n} Min.", "{n} Min.", "{n} Min.", "{n} Min.", "{n} Min.", "{n} Min."]),
        unit_list: "{0}, {1}",
        unit_list_narrow: "{0}, {1}",
        plural: plural_de,
    },
    Forms {
        code: "fr",
        locale: "fr",
        name: "Français",
        right_to_left: false,
        date_pattern: "{weekday} {day} {month} {year}",
        weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        decimal: ",",
        hours: Plural(["{n} heures", "{n} heure", "{n} heures", "{n} heures", "{n} heures", "{n} heures"]),
        minutes: Plural(["{n} minutes", "{n} minute", "{n} minutes", "{n} minutes", "{n} minutes", "{n} minutes"]),
        hours_narrow: Plural(["{n}h", "{n}h", "{n}h", "{n}h", "{n}h", "{n}h"]),
        minutes_narrow: Plural(["{n}min", "{n}min", "{n}min", "{n}min", "{n}min", "{n}min"]),
        unit_list: "{0} et {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_fr,
    },
    Forms {
        code: "es",
        locale: "es",
        name: "Español",
        right_to_left: false,
        date_pattern: "{weekday}, {day} de {month} de {year}",
        weekdays: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        decimal: ",",
        hours: Plural(["{n} horas", "{n} hora", "{n} horas", "{n} horas", "{n} horas", "{n} horas"]),
        minutes: Plural(["{n} minutos", "{n} minuto", "{n} minutos", "{n} minutos", "{n} minutos", "{n} minutos"]),
        hours_narrow: Plural(["{n}h", "{n}h", "{n}h", "{n}h", "{n}h", "{n}h"]),
        minutes_narrow: Plural(["{n}min", "{n}min", "{n}min", "{n}min", "{n}min", "{n}min"]),
        unit_list: "{0} y {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_es,
    },
    Forms {
        code: "pt",
        locale: "pt",
        name: "Português",
        right_to_left: false,
        date_pattern: "{weekday}, {day} de {month} de {year}",
        weekdays: ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"],
        months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        decimal: ",",
        hours: Plural(["{n} horas", "{n} hora", "{n} horas", "{n} horas", "{n} horas", "{n} horas"]),
        minutes: Plural(["{n} minutos", "{n} minuto", "{n} minutos", "{n} minutos", "{n} minutos", "{n} minutos"]),
        hours_narrow: Plural(["{n} h", "{n} h", "{n} h", "{n} h", "{n} h", "{n} h"]),
        minutes_narrow: Plural(["{n} min", "{n} min", "{n} min", "{n} min", "{n} min", "{n} min"]),
        unit_list: "{0} e {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_pt,
    },
    Forms {
        code: "it",
        locale: "it",
        name: "Italiano",
        right_to_left: false,
        date_pattern: "{weekday} {day} {month} {year}",
        weekdays: ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
        months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        decimal: ",",
        hours: Plural(["{n} ore", "{n} ora", "{n} ore", "{n} ore", "{n} ore", "{n} ore"]),
        minutes: Plural(["{n} minuti", "{n} minuto", "{n} minuti", "{n} minuti", "{n} minuti", "{n} minuti"]),
        hours_narrow: Plural(["{n}h", "{n}h", "{n}h", "{n}h", "{n}h", "{n}h"]),
        minutes_narrow: Plural(["{n}min", "{n}min", "{n}min", "{n}min", "{n}min", "{n}min"]),
        unit_list: "{0} e {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_it,
    },
    Forms {
        code: "uk",
        locale: "uk",
        name: "Українська",
        right_to_left: false,
        date_pattern: "{weekday}, {day} {month} {year} р.",
        weekdays: ["неділя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота"],
        months: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        decimal: ",",
        hours: Plural(["{n} години", "{n} година", "{n} години", "{n} години", "{n} годин", "{n} години"]),
        minutes: Plural(["{n} хвилини", "{n} хвилина", "{n} хвилини", "{n} хвилини", "{n} хвилин", "{n} хвилини"]),
        hours_narrow: Plural(["{n}г", "{n}г", "{n}г", "{n}г", "{n}г", "{n}г"]),
        minutes_narrow: Plural(["{n}х", "{n}х", "{n}х", "{n}х", "{n}х", "{n}х"]),
        unit_list: "{0} і {1}",
        unit_list_narrow: "{0} і {1}",
        plural: plural_uk,
    },
    Forms {
        code: "pl",
        locale: "pl",
        name: "polski",
        right_to_left: false,
        date_pattern: "{weekday}, {day} {month} {year}",
        weekdays: ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"],
        months: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        decimal: ",",
        hours: Plural(["{n} godziny", "{n} godzina", "{n} godziny", "{n} godziny", "{n} godzin", "{n} godziny"]),
        minutes: Plural(["{n} minuty", "{n} minuta", "{n} minuty", "{n} minuty", "{n} minut", "{n} minuty"]),
        hours_narrow: Plural(["{n} h", "{n} h", "{n} h", "{n} h", "{n} h", "{n} h"]),
        minutes_narrow: Plural(["{n} min", "{n} min", "{n} min", "{n} min", "{n} min", "{n} min"]),
        unit_list: "{0} i {1}",
        unit_list_narrow: "{0} i {1}",
        plural: plural_pl,
    },
    Forms {
        code: "tr",
        locale: "tr",
        name: "Türkçe",
        right_to_left: false,
        date_pattern: "{day} {month} {year} {weekday}",
        weekdays: ["Pazar", "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"],
        months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
        decimal: ",",
        hours: Plural(["{n} saat", "{n} saat", "{n} saat", "{n} saat", "{n} saat", "{n} saat"]),
        minutes: Plural(["{n} dakika", "{n} dakika", "{n} dakika", "{n} dakika", "{n} dakika", "{n} dakika"]),
        hours_narrow: Plural(["{n}s", "{n} sa", "{n}s", "{n}s", "{n}s", "{n}s"]),
        minutes_narrow: Plural(["{n}d", "{n}d", "{n}d", "{n}d", "{n}d", "{n}d"]),
        unit_list: "{0} {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_tr,
    },
    Forms {
        code: "zh",
        locale: "zh",
        name: "中文",
        right_to_left: false,
        date_pattern: "{year}年{month}月{day}日{weekday}",
        weekdays: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
        months: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        decimal: ".",
        hours: Plural(["{n}小时", "{n}小时", "{n}小时", "{n}小时", "{n}小时", "{n}小时"]),
        minutes: Plural(["{n}分钟", "{n}分钟", "{n}分钟", "{n}分钟", "{n}分钟", "{n}分钟"]),
        hours_narrow: Plural(["{n}小时", "{n}小时", "{n}小时", "{n}小时", "{n}小时", "{n}小时"]),
        minutes_narrow: Plural(["{n}分钟", "{n}分钟", "{n}分钟", "{n}分钟", "{n}分钟", "{n}分钟"]),
        unit_list: "{0}{1}",
        unit_list_narrow: "{0}{1}",
        plural: plural_zh,
    },
    Forms {
        code: "ja",
        locale: "ja",
        name: "日本語",
        right_to_left: false,
        date_pattern: "{year}年{month}月{day}日{weekday}",
        weekdays: ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
        months: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        decimal: ".",
        hours: Plural(["{n} 時間", "{n} 時間", "{n} 時間", "{n} 時間", "{n} 時間", "{n} 時間"]),
        minutes: Plural(["{n} 分", "{n} 分", "{n} 分", "{n} 分", "{n} 分", "{n} 分"]),
        hours_narrow: Plural(["{n}h", "{n}h", "{n}h", "{n}h", "{n}h", "{n}h"]),
        minutes_narrow: Plural(["{n}m", "{n}m", "{n}m", "{n}m", "{n}m", "{n}m"]),
        unit_list: "{0} {1}",
        unit_list_narrow: "{0}{1}",
        plural: plural_ja,
    },
    Forms {
        code: "hi",
        locale: "hi",
        name: "हिन्दी",
        right_to_left: false,
        date_pattern: "{weekday}, {day} {month} {year}",
        weekdays: ["रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"],
        months: ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
        decimal: ".",
        hours: Plural(["{n} घंटे", "{n} घंटा", "{n} घंटे", "{n} घंटे", "{n} घंटे", "{n} घंटे"]),
        minutes: Plural(["{n} मिनट", "{n} मिनट", "{n} मिनट", "{n} मिनट", "{n} मिनट", "{n} मिनट"]),
        hours_narrow: Plural(["{n} घं", "{n} घं", "{n} घं", "{n} घं", "{n} घं", "{n} घं"]),
        minutes_narrow: Plural(["{n} मि", "{n} मि", "{n} मि", "{n} मि", "{n} मि", "{n} मि"]),
        unit_list: "{0} और {1}",
        unit_list_narrow: "{0} {1}",
        plural: plural_hi,
    },
    Forms {
        code: "ar",
        locale: "ar",
        name: "العربية",
        right_to_left: true,
        date_pattern: "{weekday}، {day} {month} {year}",
        weekdays: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
        months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        decimal: ".",
        hours: Plural(["{n} ساعة", "ساعة", "ساعتان", "{n} ساعات", "{n} ساعة", "{n} ساعة"]),
        minutes: Plural(["{n} دقيقة", "دقيقة", "دقيقتان", "{n} دقائق", "{n} دقيقة", "{n} دقيقة"]),
        hours_narrow: Plural(["{n} س", "{n} س", "{n} س", "{n} س", "{n} س", "{n} س"]),
        minutes_narrow: Plural(["{n} د", "{n} د", "{n} د", "{n} د", "{n} د", "{n} د"]),
        unit_list: "{0} و{1}",
        unit_list_narrow: "{0} و{1}",
        plural: plural_ar,
    },
];

/// CLDR's cardinal plural rule for `en`, for a whole number.
fn plural_en(n: u64) -> Category {
    if matches!(n, 1) {
        Category::One
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `ru`, for a whole number.
fn plural_ru(n: u64) -> Category {
    if matches!(n % 10, 1) && !matches!(n % 100, 11) {
        Category::One
    } else if matches!(n % 10, 2..=4) && !matches!(n % 100, 12..=14) {
        Category::Few
    } else if matches!(n % 10, 0) || matches!(n % 10, 5..=9) || matches!(n % 100, 11..=14) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `de`, for a whole number.
fn plural_de(n: u64) -> Category {
    if matches!(n, 1) {
        Category::One
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `fr`, for a whole number.
fn plural_fr(n: u64) -> Category {
    if matches!(n, 0 | 1) {
        Category::One
    } else if !matches!(n, 0) && matches!(n % 1000000, 0) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `es`, for a whole number.
fn plural_es(n: u64) -> Category {
    if matches!(n, 1) {
        Category::One
    } else if !matches!(n, 0) && matches!(n % 1000000, 0) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `pt`, for a whole number.
fn plural_pt(n: u64) -> Category {
    if matches!(n, 0..=1) {
        Category::One
    } else if !matches!(n, 0) && matches!(n % 1000000, 0) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `it`, for a whole number.
fn plural_it(n: u64) -> Category {
    if matches!(n, 1) {
        Category::One
    } else if !matches!(n, 0) && matches!(n % 1000000, 0) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `uk`, for a whole number.
fn plural_uk(n: u64) -> Category {
    if matches!(n % 10, 1) && !matches!(n % 100, 11) {
        Category::One
    } else if matches!(n % 10, 2..=4) && !matches!(n % 100, 12..=14) {
        Category::Few
    } else if matches!(n % 10, 0) || matches!(n % 10, 5..=9) || matches!(n % 100, 11..=14) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `pl`, for a whole number.
fn plural_pl(n: u64) -> Category {
    if matches!(n, 1) {
        Category::One
    } else if matches!(n % 10, 2..=4) && !matches!(n % 100, 12..=14) {
        Category::Few
    } else if (!matches!(n, 1) && matches!(n % 10, 0..=1)) || matches!(n % 10, 5..=9) || matches!(n % 100, 12..=14) {
        Category::Many
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `tr`, for a whole number.
fn plural_tr(n: u64) -> Category {
    if matches!(n, 1) {
        Category::One
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `zh`, for a whole number.
fn plural_zh(_: u64) -> Category {
    Category::Other
}

/// CLDR's cardinal plural rule for `ja`, for a whole number.
fn plural_ja(_: u64) -> Category {
    Category::Other
}

/// CLDR's cardinal plural rule for `hi`, for a whole number.
fn plural_hi(n: u64) -> Category {
    if matches!(n, 0) || matches!(n, 1) {
        Category::One
    } else {
        Category::Other
    }
}

/// CLDR's cardinal plural rule for `ar`, for a whole number.
fn plural_ar(n: u64) -> Category {
    if matches!(n, 0) {
        Category::Zero
    } else if matches!(n, 1) {
        Category::One
    } else if matches!(n, 2) {
        Category::Two
    } else if matches!(n % 100, 3..=10) {
        Category::Few
    } else if matches!(n % 100, 11..=99) {
        Category::Many
    } else {
        Category::Other
    }
}
