//! The terminal clock without a terminal: what it draws at a fixed instant and
//! size (through ratatui's `TestBackend`), what each key does, and when it
//! wakes up.

use std::time::Duration;

use chrono::Timelike;
use chrono_tz::{Asia, Europe, Tz};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::Color;

use moscow_time::clock::HourFormat;
use moscow_time::locale::Lang;
use moscow_time::tui::{App, TuiError, require_terminal, tick};

use crate::common::{INSTANT, instant, screen};

fn app_in(zone: Tz) -> App {
    App::new(zone, instant(INSTANT))
}

fn moscow() -> App {
    app_in(Europe::Moscow)
}

/// Rows of `screen` drawn with the big digits' blocks.
fn digit_rows(screen: &str) -> usize {
    screen.lines().filter(|row| row.contains('█')).count()
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn press_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.handle_key(KeyEvent::new(code, modifiers));
}

// Rendering.

const MOSCOW_80X24: &str = "






                                 Time in Moscow

                 ██  ██████      ██████  ██████      ██████  ██████
                 ██  ██      ██  ██  ██  ██  ██  ██  ██  ██  ██  ██
                 ██  ██████      ██  ██  ██  ██      ██  ██  ██  ██
                 ██  ██  ██  ██  ██  ██  ██  ██  ██  ██  ██  ██  ██
                 ██  ██████      ██████  ██████      ██████  ██████

                              Friday, 1 June 2012
                         Europe/Moscow · MSK, UTC+04:00
           Clocks go back 1 hour on Sunday, 26 October 2014 at 02:00.






                                   ? for help";

#[test]
fn an_80x24_terminal_shows_the_page_with_the_time_in_big_digits() {
    assert_eq!(screen(&moscow(), 80, 24), MOSCOW_80X24[1..]);
}

const MOSCOW_20X5: &str = "
   Time in Moscow
      16:00:00
Friday, 1 June 2012
   MSK, UTC+04:00
     ? for help";

#[test]
fn a_20x5_terminal_shows_plain_lines_instead_of_big_digits() {
    assert_eq!(screen(&moscow(), 20, 5), MOSCOW_20X5[1..]);
}

#[test]
fn the_shown_zone_decides_place_time_date_and_label() {
    let tokyo = screen(&app_in(Asia::Tokyo), 30, 5);
    assert_eq!(
        tokyo.lines().map(str::trim).collect::<Vec<_>>(),
        [
            "Time in Tokyo",
            "21:00:00",
            "Friday, 1 June 2012",
            "Asia/Tokyo · JST, UTC+09:00",
            "? for help",
        ]
    );
}

#[test]
fn hiding_seconds_leaves_room_for_digits_twice_as_large() {
    let mut app = moscow();
    assert_eq!(digit_rows(&screen(&app, 80, 24)), 5);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(digit_rows(&screen(&app, 80, 24)), 10);
}

#[test]
fn the_digits_grow_with_the_terminal() {
    let app = moscow();
    assert_eq!(digit_rows(&screen(&app, 80, 24)), 5);
    assert_eq!(digit_rows(&screen(&app, 120, 40)), 10);
    assert_eq!(digit_rows(&screen(&app, 200, 60)), 15);
}

#[test]
fn the_big_digits_need_54_columns_and_12_rows_with_seconds() {
    let app = moscow();
    assert_eq!(digit_rows(&screen(&app, 54, 12)), 5);
    assert_eq!(digit_rows(&screen(&app, 53, 12)), 0);
    assert_eq!(digit_rows(&screen(&app, 54, 11)), 0);
}

#[test]
fn the_twelve_hour_clock_shows_pm_beside_the_digits() {
    let mut app = moscow();
    press(&mut app, KeyCode::Char('t'));
    let big = screen(&app, 80, 24);
    let first_digit_row = big.lines().find(|row| row.contains('█')).unwrap();
    assert!(first_digit_row.ends_with("██ PM"), "{big}");
    assert!(screen(&app, 20, 5).contains("4:00:00 PM"));
}

#[test]
fn a_terminal_too_small_for_every_line_keeps_the_time_first() {
    let app = moscow();
    assert_eq!(screen(&app, 30, 1).trim(), "16:00:00");
    assert_eq!(
        screen(&app, 30, 2)
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>(),
        ["16:00:00", "Friday, 1 June 2012"]
    );
    assert_eq!(
        screen(&app, 30, 3)
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>(),
        ["Time in Moscow", "16:00:00", "Friday, 1 June 2012"]
    );
}

#[test]
fn lines_wider_than_the_terminal_are_left_out_rather_than_cut() {
    let narrow = screen(&moscow(), 12, 6);
    assert_eq!(
        narrow.lines().map(str::trim).collect::<Vec<_>>(),
        ["", "", "16:00:00", "", "", "? for help"]
    );
}

#[test]
fn a_time_wider_than_the_terminal_shows_its_beginning() {
    assert_eq!(screen(&moscow(), 5, 1), "16:00");
    assert_eq!(screen(&moscow(), 1, 1), "1");
    assert_eq!(screen(&moscow(), 0, 0), "");
}

#[test]
fn the_hint_becomes_the_list_of_keys_with_help_shown() {
    let mut app = moscow();
    assert!(screen(&app, 80, 24).ends_with(Lang::En.terminal().hint));
    press(&mut app, KeyCode::Char('?'));
    let help = screen(&app, 80, 24);
    assert!(help.ends_with(Lang::En.terminal().help), "{help}");
    assert!(!help.contains(Lang::En.terminal().hint));
    assert!(screen(&app, 40, 6).ends_with(Lang::En.terminal().short_help));
}

#[test]
fn the_zone_label_is_red_as_on_the_page() {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&moscow(), frame.area()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let zone_row: Vec<_> = (0..80).map(|x| &buffer[(x, 15)]).collect();
    let text: String = zone_row.iter().map(|cell| cell.symbol()).collect();
    assert_eq!(text.trim(), "Europe/Moscow · MSK, UTC+04:00");
    let colour_of = |symbol: &str| {
        zone_row
            .iter()
            .find(|cell| cell.symbol() == symbol)
            .unwrap()
            .fg
    };
    assert_eq!(colour_of("K"), Color::Red, "MSK is part of the label");
    assert_eq!(
        colour_of("E"),
        Color::Reset,
        "the zone name keeps the text colour"
    );
}

// Keys.

#[test]
fn q_esc_and_ctrl_c_each_quit() {
    for (code, modifiers) in [
        (KeyCode::Char('q'), KeyModifiers::NONE),
        (KeyCode::Esc, KeyModifiers::NONE),
        (KeyCode::Char('c'), KeyModifiers::CONTROL),
    ] {
        let mut app = moscow();
        press_with(&mut app, code, modifiers);
        assert!(app.should_quit(), "{code:?} with {modifiers:?} should quit");
    }
}

#[test]
fn a_plain_c_does_not_quit() {
    let mut app = moscow();
    press(&mut app, KeyCode::Char('c'));
    assert!(!app.should_quit());
}

#[test]
fn s_hides_and_shows_the_seconds() {
    let mut app = moscow();
    assert!(app.seconds());
    press(&mut app, KeyCode::Char('s'));
    assert!(!app.seconds());
    press(&mut app, KeyCode::Char('s'));
    assert!(app.seconds());
}

#[test]
fn t_switches_between_the_24_and_the_12_hour_clock() {
    let mut app = moscow();
    assert_eq!(app.format(), HourFormat::H24);
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.format(), HourFormat::H12);
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.format(), HourFormat::H24);
}

#[test]
fn question_mark_shows_and_hides_the_help_even_when_typed_with_shift() {
    let mut app = moscow();
    assert!(!app.help());
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help());
    press_with(&mut app, KeyCode::Char('?'), KeyModifiers::SHIFT);
    assert!(!app.help());
}

#[test]
fn releases_and_keys_held_with_ctrl_or_alt_change_nothing() {
    let mut app = moscow();
    let unchanged = app.clone();
    app.handle_key(KeyEvent::new_with_kind(
        KeyCode::Char('q'),
        KeyModifiers::NONE,
        KeyEventKind::Release,
    ));
    press_with(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    press_with(&mut app, KeyCode::Char('q'), KeyModifiers::ALT);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app, unchanged);
}

// Waking up.

#[test]
fn the_clock_wakes_just_after_the_next_second_begins() {
    assert_eq!(
        tick::until_next_second(instant("2026-11-27T09:05:07.250Z")),
        Duration::from_millis(750) + tick::SLACK
    );
    assert_eq!(
        tick::until_next_second(instant("2026-11-27T09:05:07.999999999Z")),
        Duration::from_nanos(1) + tick::SLACK
    );
}

#[test]
fn exactly_on_a_second_the_clock_sleeps_a_whole_second() {
    assert_eq!(
        tick::until_next_second(instant("2026-11-27T09:05:07Z")),
        Duration::from_secs(1) + tick::SLACK
    );
}

#[test]
fn during_a_leap_second_the_clock_still_wakes_at_its_end() {
    let leap = instant("2016-12-31T23:59:59.5Z")
        .with_nanosecond(1_500_000_000)
        .expect("chrono represents a leap second");
    assert_eq!(
        tick::until_next_second(leap),
        Duration::from_nanos(1) + tick::SLACK
    );
}

// Needing a terminal.

#[test]
fn without_a_terminal_the_message_names_what_is_missing() {
    let message = |stdin, stdout| require_terminal(stdin, stdout).unwrap_err().to_string();
    assert_eq!(
        message(false, true),
        "the terminal UI needs a terminal: stdin is not a terminal"
    );
    assert_eq!(
        message(true, false),
        "the terminal UI needs a terminal: stdout is not a terminal"
    );
    assert_eq!(
        message(false, false),
        "the terminal UI needs a terminal: stdin and stdout are not terminals"
    );
    assert!(matches!(require_terminal(true, true), Ok(())));
    assert!(matches!(
        require_terminal(false, false),
        Err(TuiError::NotATerminal(_))
    ));
}
