//! Arabic.

use super::*;

/// Arabic. Amounts are CLDR's, in the nominative ("ساعتان"): they stand as
/// the predicate of a nominal clause ("ومقدار التقديم ساعتان", "والفرق
/// ساعتان") or after a colon, never after a preposition ("بساعتين") or as an
/// adverb ("ساعتين"). Place names, which show no case in writing, follow
/// "توقيت" or a preposition ("توقيت طوكيو"); the time's names before and
/// after are said in words ("من ... إلى"), as an arrow between two Latin
/// names would be reordered on a right-to-left page.
pub static ARABIC: Words = Words {
    heading: "الوقت في {place}",
    description: "الوقت الحالي في {place} ({zone})",
    changes: ChangeWords {
        names: " (من {from} إلى {to})",
        forward: "ستُقدَّم عقارب الساعة يوم {date} عند الساعة {time}{names}، ومقدار التقديم {amount}.",
        back: "ستُؤخَّر عقارب الساعة يوم {date} عند الساعة {time}{names}، ومقدار التأخير {amount}.",
        last: "لا يوجد تغيير مقرَّر للتوقيت، وكان آخر تغيير يوم {date}{names}.",
        never: "لم يتغيّر التوقيت هنا قطّ.",
    },
    sun: SunWords {
        rises: "الشروق عند {sunrise}، والغروب عند {sunset}؛ طول النهار: {length}.",
        polar_day: "النهار القطبي: لا تغيب الشمس اليوم.",
        polar_night: "الليل القطبي: لا تشرق الشمس اليوم.",
    },
    compare: CompareWords {
        heading: "{here} و{there}",
        ahead: "توقيت {there} متقدّم على توقيت {here}، والفرق {difference}.",
        behind: "توقيت {there} متأخّر عن توقيت {here}، والفرق {difference}.",
        same: "لا فرق في التوقيت بين {there} و{here}.",
        hours: "ساعات اليوم في {here} وما يقابلها في {there}",
        next_day: "اليوم التالي",
        previous_day: "اليوم السابق",
        with: "مقارنة مع",
        button: "قارن",
    },
    page: PageWords {
        picker_label: "منطقة زمنية أخرى",
        picker_button: "عرض",
        not_found: "غير موجود",
        nothing_here: "لا يوجد شيء هنا.",
        back: "العودة إلى الساعة",
        no_zone: "لا توجد منطقة زمنية باسم «{name}».",
        no_name: "اكتب اسم منطقة زمنية لترى الوقت فيها.",
        did_you_mean: "هل تقصد:",
        which_one: "أيّها تقصد؟",
        several: "هناك عدة أماكن تحمل اسم «{name}»:",
        yours: "توقيتك الحالي: {time} ({zone}).",
        ahead: "توقيت {place} متقدّم على توقيتك، والفرق {difference}.",
        behind: "توقيت {place} متأخّر عن توقيتك، والفرق {difference}.",
        same: "توقيت {place} مطابق لتوقيتك.",
        clock_ahead: "ساعتك متقدّمة بمقدار {amount} ث (±{accuracy} ث).",
        clock_behind: "ساعتك متأخّرة بمقدار {amount} ث (±{accuracy} ث).",
        clock_exact: "ساعتك مضبوطة (±{accuracy} ث).",
        clock_unsynchronized: "ساعة هذا الخادم نفسه غير متزامنة، لذا قد تكون هي أيضًا غير دقيقة.",
        languages: "اللغة",
    },
    terminal: TerminalWords {
        hint: "? للمساعدة",
        help: "q أو Esc أو Ctrl-C للخروج · s الثواني · t نظام 12/24 ساعة · ? إخفاء",
        short_help: "q خروج · s الثواني · t 12/24 · ? إخفاء",
        help_zones: "q خروج · s الثواني · t نظام 12/24 ساعة · z المنطقة التالية · ? إخفاء",
        short_help_zones: "q خروج · s ثوانٍ · t 12/24 · z نطاق · ? إخفاء",
    },
};
