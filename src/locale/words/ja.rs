//! Japanese.

use super::*;

/// Japanese. Japanese does not inflect: names and amounts take particles
/// (は, と, より, に) as they are. Polite です/ます style, full-width
/// punctuation, 「」 for quotes, and the time's names in full-width
/// parentheses with no space before them, placed so that the sentence reads
/// the same without them.
pub static JAPANESE: Words = Words {
    heading: "{place}の現在時刻",
    description: "{place}（{zone}）の現在時刻を表示します。",
    changes: ChangeWords {
        names: "（{from} → {to}）",
        forward: "{date} {time}に時計を{amount}進めます{names}。",
        back: "{date} {time}に時計を{amount}戻します{names}。",
        last: "時計の切り替えは予定されていません。前回の切り替えは{date}{names}でした。",
        never: "この地域ではこれまで時計の切り替えが行われたことはありません。",
    },
    sun: SunWords {
        rises: "日の出は{sunrise}、日の入りは{sunset}、昼の長さは{length}です。",
        polar_day: "白夜：今日は日が沈みません。",
        polar_night: "極夜：今日は日が昇りません。",
    },
    compare: CompareWords {
        heading: "{here}と{there}",
        ahead: "{there}は{here}より{difference}進んでいます。",
        behind: "{there}は{here}より{difference}遅れています。",
        same: "{there}と{here}は同じ時刻です。",
        hours: "{here}の各時刻に対応する{there}の時刻",
        next_day: "翌日",
        previous_day: "前日",
        with: "比較する場所",
        button: "比較",
    },
    page: PageWords {
        picker_label: "別のタイムゾーン",
        picker_button: "表示",
        not_found: "見つかりません",
        nothing_here: "このページには何もありません。",
        back: "時計に戻る",
        no_zone: "「{name}」というタイムゾーンはありません。",
        no_name: "時刻を表示するには、タイムゾーン名を入力してください。",
        did_you_mean: "もしかして：",
        which_one: "どの場所ですか？",
        several: "「{name}」という名前の場所は複数あります：",
        yours: "あなたの地域の時刻は{time}（{zone}）です。",
        ahead: "{place}はあなたの地域より{difference}進んでいます。",
        behind: "{place}はあなたの地域より{difference}遅れています。",
        same: "{place}はあなたの地域と同じ時刻です。",
        clock_ahead: "お使いの時計は{amount} 秒進んでいます（±{accuracy} 秒）。",
        clock_behind: "お使いの時計は{amount} 秒遅れています（±{accuracy} 秒）。",
        clock_exact: "お使いの時計は正確です（±{accuracy} 秒）。",
        clock_unsynchronized: "このサーバー自体の時計が同期されていないため、こちらも誤差がある可能性があります。",
        languages: "言語",
    },
    terminal: TerminalWords {
        hint: "? でヘルプ",
        help: "q、Esc、Ctrl-C 終了 · s 秒表示 · t 12/24時間表示 · ? ヘルプを閉じる",
        short_help: "q 終了 · s 秒 · t 12/24 · ? 閉じる",
        help_zones: "q 終了 · s 秒表示 · t 12/24時間表示 · z 次のゾーン · ? ヘルプを閉じる",
        short_help_zones: "q 終了 · s 秒 · t 12/24 · z 切替 · ? 閉じる",
    },
};
