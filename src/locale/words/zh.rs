//! Chinese (Simplified).

use super::*;

/// Chinese (Simplified). Chinese does not inflect, so names and amounts go
/// where the sentence wants them; full-width punctuation throughout, and the
/// time's names in full-width parentheses with no space before them. The
/// date and the time are set apart by a space, as CLDR's date-time pattern
/// does.
pub static CHINESE: Words = Words {
    heading: "{place}当前时间",
    description: "{place}现在的准确时间（{zone}）",
    changes: ChangeWords {
        names: "（{from} → {to}）",
        forward: "时钟将于{date} {time}调快{amount}{names}。",
        back: "时钟将于{date} {time}调慢{amount}{names}。",
        last: "目前没有调整时钟的计划；上次调整是在{date}{names}。",
        never: "这里的时钟从未调整过。",
    },
    sun: SunWords {
        rises: "日出{sunrise}，日落{sunset}，白昼时长{length}。",
        polar_day: "极昼：今天太阳不会落下。",
        polar_night: "极夜：今天太阳不会升起。",
    },
    compare: CompareWords {
        heading: "{here}和{there}",
        ahead: "{there}的时间比{here}快{difference}。",
        behind: "{there}的时间比{here}慢{difference}。",
        same: "{there}和{here}的时间相同。",
        hours: "{here}全天各小时对应的{there}时间",
        next_day: "次日",
        previous_day: "前一日",
        with: "与另一地点对比",
        button: "对比",
    },
    page: PageWords {
        picker_label: "其他时区",
        picker_button: "查看",
        not_found: "未找到",
        nothing_here: "这里什么都没有。",
        back: "返回时钟",
        no_zone: "没有名为“{name}”的时区。",
        no_name: "请输入时区名称以查看当地时间。",
        did_you_mean: "您是不是要找：",
        which_one: "您要找哪一个？",
        several: "有多个地点名为“{name}”：",
        yours: "您所在地的时间：{time}（{zone}）。",
        ahead: "{place}的时间比您所在地快{difference}。",
        behind: "{place}的时间比您所在地慢{difference}。",
        same: "{place}与您所在地的时间相同。",
        clock_ahead: "您的时钟快了{amount}秒（±{accuracy}秒）。",
        clock_behind: "您的时钟慢了{amount}秒（±{accuracy}秒）。",
        clock_exact: "您的时钟走时准确（±{accuracy}秒）。",
        clock_unsynchronized: "本服务器自身的时钟未同步，因此也可能有误差。",
        languages: "语言",
    },
    terminal: TerminalWords {
        hint: "? 查看帮助",
        help: "q、Esc 或 Ctrl-C 退出 · s 秒 · t 12/24小时制 · ? 隐藏帮助",
        short_help: "q 退出 · s 秒 · t 12/24 · ? 隐藏",
        help_zones: "q 退出 · s 秒 · t 12/24小时制 · z 下一时区 · ? 隐藏帮助",
        short_help_zones: "q 退出 · s 秒 · t 12/24 · z 时区 · ? 隐藏",
    },
};
