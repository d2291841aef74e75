//! Rules as ezTime's own parser reads them (`Timezone::tzTime` in
//! `ezTime.cpp`), which differs from POSIX in three ways: it takes
//! daylight time to be ahead of standard time (Ireland's tz rule,
//! `IST-1GMT0,M10.5.0,M3.5.0/1`, is the other way round: the original daemon
//! rewrote Dublin's for this), it reads a number after the daylight name as
//! how far daylight time is ahead of standard time rather than as its
//! offset (Lord Howe's `<+11>-11` would be 11 hours behind), and it cannot
//! place a change at `/24`, `/26` or `/-1` (Cairo, Jerusalem, Santiago,
//! Nuuk), which [`crate::posix_tz::within_days`] rewrites. So the rules
//! sent to it say the same clock in the words it reads; it still shows a
//! quoted name (`<+03>`) with its angle brackets.

use crate::posix_tz::{clock_time, posix_name, posix_offset, with_daylight_ahead};

/// `rule` written for ezTime: daylight time ahead of standard time, and
/// an explicit daylight offset written as how far ahead it is (`0:30` for
/// Lord Howe, nothing for the usual hour).
pub fn for_eztime(rule: &str) -> String {
    let rule = with_daylight_ahead(rule).unwrap_or_else(|| rule.to_owned());
    daylight_as_shift(&rule).unwrap_or(rule)
}

/// `rule` with its explicit daylight offset written as ezTime reads it;
/// `None` when it has none.
fn daylight_as_shift(rule: &str) -> Option<String> {
    let (_, rest) = posix_name(rule)?;
    let (standard, rest) = posix_offset(rest)?;
    let (_, after_name) = posix_name(rest)?;
    let (daylight, changes) = posix_offset(after_name)?;
    if !changes.starts_with(',') {
        return None;
    }
    // Seconds west of UTC: daylight time is ahead by the difference.
    let ahead = standard - daylight;
    let head = &rule[..rule.len() - after_name.len()];
    let shift = if ahead == 3600 {
        String::new()
    } else {
        clock_time(ahead)
    };
    Some(format!("{head}{shift}{changes}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_eztime_reads_as_posix_does_stay_as_they_are() {
        for rule in [
            "MSK-3",
            "EST5EDT,M3.2.0,M11.1.0",
            "CET-1CEST,M3.5.0,M10.5.0/3",
            "<-03>3",
            "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45",
        ] {
            assert_eq!(for_eztime(rule), rule);
        }
    }

    #[test]
    fn ireland_is_written_with_daylight_time_ahead() {
        assert_eq!(
            for_eztime("IST-1GMT0,M10.5.0,M3.5.0/1"),
            "GMT0IST,M3.5.0/1,M10.5.0"
        );
    }

    #[test]
    fn an_explicit_daylight_offset_is_written_as_how_far_ahead_it_is() {
        assert_eq!(
            for_eztime("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"),
            "<+1030>-10:30<+11>0:30,M10.1.0,M4.1.0"
        );
        assert_eq!(
            for_eztime("<+00>0<+02>-2,M3.5.0/1,M10.5.0/3"),
            "<+00>0<+02>2,M3.5.0/1,M10.5.0/3"
        );
        // The usual hour, written out: ezTime would read 4 hours.
        assert_eq!(
            for_eztime("EST5EDT4,M3.2.0,M11.1.0"),
            "EST5EDT,M3.2.0,M11.1.0"
        );
    }
}
