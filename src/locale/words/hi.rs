//! Hindi.

use super::*;

/// Hindi. An amount is never followed by a postposition, which would need
/// the oblique ("1 घंटे से"): it stands in the direct case as a measure
/// before आगे/पीछे ("1 घंटा आगे", as Hindi says of clocks), or after a
/// colon. Place names take postpositions (में, का, से) unchanged, as
/// modern Hindi writes names of places.
pub static HINDI: Words = Words {
    heading: "{place} में समय",
    description: "{place} में वर्तमान समय ({zone})",
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "{date} को {time} बजे घड़ियाँ {amount} आगे की जाएँगी{names}।",
        back: "{date} को {time} बजे घड़ियाँ {amount} पीछे की जाएँगी{names}।",
        last: "घड़ी का समय बदलने की कोई योजना नहीं है; पिछली बार यह {date} को बदला गया था{names}।",
        never: "यहाँ घड़ी का समय कभी नहीं बदला गया है।",
    },
    sun: SunWords {
        rises: "सूर्योदय {sunrise}, सूर्यास्त {sunset}; दिन की अवधि: {length}।",
        polar_day: "ध्रुवीय दिवस: आज सूर्यास्त नहीं होगा।",
        polar_night: "ध्रुवीय रात्रि: आज सूर्योदय नहीं होगा।",
    },
    compare: CompareWords {
        heading: "{here} और {there}",
        ahead: "{there} का समय {here} से {difference} आगे है।",
        behind: "{there} का समय {here} से {difference} पीछे है।",
        same: "{there} और {here} का समय एक ही है।",
        hours: "दिन के घंटे: {here} — {there}",
        next_day: "अगला दिन",
        previous_day: "पिछला दिन",
        with: "तुलना के लिए दूसरा स्थान",
        button: "तुलना करें",
    },
    page: PageWords {
        picker_label: "दूसरा समय क्षेत्र",
        picker_button: "दिखाएँ",
        not_found: "नहीं मिला",
        nothing_here: "यहाँ कुछ नहीं है।",
        back: "घड़ी पर वापस जाएँ",
        no_zone: "“{name}” नाम का कोई समय क्षेत्र नहीं है।",
        no_name: "समय देखने के लिए किसी समय क्षेत्र का नाम लिखें।",
        did_you_mean: "क्या आपका मतलब था:",
        which_one: "कौन-सा स्थान?",
        several: "“{name}” नाम के कई स्थान हैं:",
        yours: "आपका समय: {time} ({zone})।",
        ahead: "{place} का समय आपसे {difference} आगे है।",
        behind: "{place} का समय आपसे {difference} पीछे है।",
        same: "{place} का समय आपके समय जैसा ही है।",
        clock_ahead: "आपकी घड़ी {amount} से॰ आगे है (±{accuracy} से॰)।",
        clock_behind: "आपकी घड़ी {amount} से॰ पीछे है (±{accuracy} से॰)।",
        clock_exact: "आपकी घड़ी बिल्कुल सही है (±{accuracy} से॰)।",
        clock_unsynchronized: "इस सर्वर की अपनी घड़ी सिंक नहीं है, इसलिए यह भी गलत हो सकती है।",
        languages: "भाषा",
    },
    terminal: TerminalWords {
        hint: "? सहायता",
        help: "q, Esc या Ctrl-C बंद करें · s सेकंड · t 12/24 घंटे · ? सहायता छिपाएँ",
        short_help: "q बंद · s सेकंड · t 12/24 · ? छिपाएँ",
        help_zones: "q बंद करें · s सेकंड · t 12/24 घंटे · z अगला क्षेत्र · ? सहायता छिपाएँ",
        short_help_zones: "q बंद · s सेकंड · t 12/24 · z क्षेत्र · ? छिपाएँ",
    },
};
