//! The terminal clock with several zones: the first drawn big, the others
//! listed beneath it with their time, their date where it differs and their
//! offset from the big clock; `z` moves the big clock to the next zone. At a
//! fixed instant and size, through ratatui's `TestBackend`.

use chrono_tz::{America, Asia, Europe};
use moscow_time::locale::Lang;
use moscow_time::tui::App;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::common::{INSTANT, instant, screen};

fn press(app: &mut App, key: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE));
}

/// Moscow, then Tokyo, at 16:00 in Moscow.
fn moscow_and_tokyo() -> App {
    App::new(Europe::Moscow, instant(INSTANT)).and_zone(Asia::Tokyo)
}

/// Moscow, Kolkata and New York at 00:30 on 2 June in Moscow, when New York
/// is still on the 1st.
fn three_zones() -> App {
    App::new(Europe::Moscow, instant("2012-06-01T20:30:00Z"))
        .and_zone(Asia::Kolkata)
        .and_zone(America::New_York)
}

/// The trimmed rows of `screen` that are not blank and hold no block digits.
fn text_rows(screen: &str) -> Vec<&str> {
    screen
        .lines()
        .map(str::trim)
        .filter(|row| !row.is_empty() && !row.contains('█'))
        .collect()
}

const TWO_ZONES_80X24: &str = "





                                 Time in Moscow

                 ██  ██████      ██████  ██████      ██████  ██████
                 ██  ██      ██  ██  ██  ██  ██  ██  ██  ██  ██  ██
                 ██  ██████      ██  ██  ██  ██      ██  ██  ██  ██
                 ██  ██  ██  ██  ██  ██  ██  ██  ██  ██  ██  ██  ██
                 ██  ██████      ██████  ██████      ██████  ██████

                              Friday, 1 June 2012
                         Europe/Moscow · MSK, UTC+04:00
           Clocks go back 1 hour on Sunday, 26 October 2014 at 02:00.

                              Tokyo  21:00:00  +5h
     No clock change is planned; the last was on Sunday, 9 September 1951.




                                   ? for help";

#[test]
fn a_second_zone_is_listed_beneath_the_big_clock_with_its_offset() {
    assert_eq!(screen(&moscow_and_tokyo(), 80, 24), TWO_ZONES_80X24[1..]);
}

const THREE_ZONES_80X24: &str = "




                                 Time in Moscow

             ██████  ██████      ██████  ██████      ██████  ██████
             ██  ██  ██  ██  ██      ██  ██  ██  ██  ██  ██  ██  ██
             ██  ██  ██  ██      ██████  ██  ██      ██  ██  ██  ██
             ██  ██  ██  ██  ██      ██  ██  ██  ██  ██  ██  ██  ██
             ██████  ██████      ██████  ██████      ██████  ██████

                             Saturday, 2 June 2012
                         Europe/Moscow · MSK, UTC+04:00
           Clocks go back 1 hour on Sunday, 26 October 2014 at 02:00.

                Kolkata   02:00:00                       +1h 30m
      No clock change is planned; the last was on Sunday, 14 October 1945.
                New York  16:30:00  Friday, 1 June 2012      −8h
     Clocks go back 1 hour on Sunday, 4 November 2012 at 02:00 (EDT → EST).



                                   ? for help";

#[test]
fn a_zone_on_another_date_shows_its_date_and_offsets_read_in_hours_and_minutes() {
    assert_eq!(screen(&three_zones(), 80, 24), THREE_ZONES_80X24[1..]);
}

const THREE_ZONES_44X12: &str = "



               Time in Moscow
                  00:30:00
           Saturday, 2 June 2012
       Europe/Moscow · MSK, UTC+04:00
    Kolkata   02:00:00          +1h 30m
    New York  16:30:00  Friday      −8h


                 ? for help";

#[test]
fn a_small_terminal_lists_the_zones_under_plain_lines_with_the_weekday_for_the_date() {
    assert_eq!(screen(&three_zones(), 44, 12), THREE_ZONES_44X12[1..]);
}

#[test]
fn a_terminal_too_narrow_for_the_list_leaves_it_out() {
    let rows = screen(&three_zones(), 30, 10);
    assert!(rows.contains("00:30:00"), "{rows}");
    assert!(!rows.contains("Kolkata"), "{rows}");
}

#[test]
fn z_moves_the_big_clock_to_the_next_zone_and_back_to_the_first() {
    let mut app = three_zones();
    press(&mut app, 'z');
    let kolkata = screen(&app, 80, 24);
    assert_eq!(
        text_rows(&kolkata),
        [
            "Time in Kolkata",
            "Saturday, 2 June 2012",
            "Asia/Kolkata · IST, UTC+05:30",
            "No clock change is planned; the last was on Sunday, 14 October 1945.",
            "New York  16:30:00  Friday, 1 June 2012  −9h 30m",
            "Clocks go back 1 hour on Sunday, 4 November 2012 at 02:00 (EDT → EST).",
            "Moscow    00:30:00                       −1h 30m",
            "Clocks go back 1 hour on Sunday, 26 October 2014 at 02:00.",
            "? for help",
        ],
        "{kolkata}"
    );
    press(&mut app, 'z');
    let new_york = screen(&app, 80, 24);
    assert_eq!(
        text_rows(&new_york),
        [
            "Time in New York",
            "Friday, 1 June 2012",
            "America/New_York · EDT, UTC-04:00",
            "Clocks go back 1 hour on Sunday, 4 November 2012 at 02:00 (EDT → EST).",
            "Moscow   00:30:00  Saturday, 2 June 2012      +8h",
            "Clocks go back 1 hour on Sunday, 26 October 2014 at 02:00.",
            "Kolkata  02:00:00  Saturday, 2 June 2012  +9h 30m",
            "No clock change is planned; the last was on Sunday, 14 October 1945.",
            "? for help",
        ],
        "{new_york}"
    );
    press(&mut app, 'Z');
    assert_eq!(screen(&app, 80, 24), THREE_ZONES_80X24[1..]);
}

#[test]
fn with_one_zone_z_changes_nothing() {
    let mut app = App::new(Europe::Moscow, instant(INSTANT));
    let unchanged = app.clone();
    press(&mut app, 'z');
    assert_eq!(app, unchanged);
}

#[test]
fn the_listed_zones_follow_the_seconds_and_12_hour_keys() {
    let mut app = three_zones();
    press(&mut app, 's');
    press(&mut app, 't');
    let rows = screen(&app, 80, 24);
    assert!(rows.contains("Kolkata   2:00 AM"), "{rows}");
    assert!(rows.contains("New York  4:30 PM"), "{rows}");
}

#[test]
fn the_list_of_keys_names_z_only_when_there_are_several_zones() {
    let mut app = moscow_and_tokyo();
    press(&mut app, '?');
    let help = screen(&app, 80, 24);
    let keys = help.lines().last().unwrap().trim();
    assert_eq!(
        keys,
        "q quit · s seconds · t 12/24-hour · z next zone · ? hide help"
    );
    assert_ne!(keys, Lang::En.terminal().help);
    let short = screen(&app, 46, 12);
    assert_eq!(
        short.lines().last().unwrap().trim(),
        "q quit · s sec · t 12/24h · z zone · ? hide",
        "{short}"
    );
    let mut one = App::new(Europe::Moscow, instant(INSTANT));
    press(&mut one, '?');
    assert!(screen(&one, 80, 24).ends_with(Lang::En.terminal().help));
    assert!(screen(&one, 46, 12).ends_with(Lang::En.terminal().short_help));
}
