//! English.

use super::*;

/// English.
pub static ENGLISH: Words = Words {
    heading: "Time in {place}",
    description: "The current time in {place} ({zone})",
    changes: ChangeWords {
        names: " ({from} → {to})",
        forward: "Clocks go forward {amount} on {date} at {time}{names}.",
        back: "Clocks go back {amount} on {date} at {time}{names}.",
        last: "No clock change is planned; the last was on {date}{names}.",
        never: "The clocks here have never changed.",
    },
    sun: SunWords {
        rises: "Sunrise {sunrise}, sunset {sunset}: {length} of daylight.",
        polar_day: "Polar day: the sun does not set today.",
        polar_night: "Polar night: the sun does not rise today.",
    },
    compare: CompareWords {
        heading: "{here} and {there}",
        ahead: "{there} is {difference} ahead of {here}.",
        behind: "{there} is {difference} behind {here}.",
        same: "{there} and {here} have the same time.",
        hours: "The hours of the day in {here}, and in {there}",
        next_day: "next day",
        previous_day: "day before",
        with: "Compare with",
        button: "Compare",
    },
    page: PageWords {
        picker_label: "Another time zone",
        picker_button: "Show",
        not_found: "Not found",
        nothing_here: "There is nothing here.",
        back: "Back to the clock",
        no_zone: "There is no time zone named “{name}”.",
        no_name: "Name a time zone to see its time.",
        did_you_mean: "Did you mean:",
        which_one: "Which one?",
        several: "Several places are called “{name}”:",
        yours: "Your time is {time} ({zone}).",
        ahead: "{place} is {difference} ahead of you.",
        behind: "{place} is {difference} behind you.",
        same: "{place} has the same time as you.",
        clock_ahead: "Your clock is {amount} s ahead (±{accuracy} s).",
        clock_behind: "Your clock is {amount} s behind (±{accuracy} s).",
        clock_exact: "Your clock is exact (±{accuracy} s).",
        clock_unsynchronized: "This server's own clock is not synchronized, so it may be wrong too.",
        languages: "Language",
    },
    terminal: TerminalWords {
        hint: "? for help",
        help: "q, Esc or Ctrl-C quit · s seconds · t 12/24-hour · ? hide help",
        short_help: "q quit · s seconds · t 12/24h · ? hide",
        help_zones: "q quit · s seconds · t 12/24-hour · z next zone · ? hide help",
        short_help_zones: "q quit · s sec · t 12/24h · z zone · ? hide",
    },
};
