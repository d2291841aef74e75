//! The terminal clock's state and what each key does to it; no terminal here,
//! so every key can be tested on a plain value.

use crate::zone::Zone;
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::clock::{HourFormat, TimeView};
use crate::locale::Lang;

/// What the terminal clock shows and whether it should stop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// Never empty.
    zones: Vec<Zone>,
    /// The zone drawn big, an index into `zones`.
    big: usize,
    lang: Lang,
    now: DateTime<Utc>,
    seconds: bool,
    format: HourFormat,
    help: bool,
    quit: bool,
}

impl App {
    /// A clock for `zone` showing the instant `now`, in English, with
    /// seconds, on the 24-hour clock, help hidden.
    pub fn new(zone: impl Into<Zone>, now: DateTime<Utc>) -> Self {
        Self {
            zones: vec![zone.into()],
            big: 0,
            lang: Lang::En,
            now,
            seconds: true,
            format: HourFormat::H24,
            help: false,
            quit: false,
        }
    }

    /// The same clock with `zone` listed after the zones it has.
    pub fn and_zone(mut self, zone: impl Into<Zone>) -> Self {
        self.zones.push(zone.into());
        self
    }

    /// The same clock in `lang`.
    pub fn speaking(self, lang: Lang) -> Self {
        Self { lang, ..self }
    }

    /// The language the clock speaks.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Moves the clock to the instant `now`.
    pub fn set_now(&mut self, now: DateTime<Utc>) {
        self.now = now;
    }

    /// The instant shown, seen in the zone drawn big.
    pub fn view(&self) -> TimeView {
        TimeView::at(self.now, &self.zones[self.big])
    }

    /// The instant seen in each of the other zones, the one `z` brings up
    /// next first; empty with one zone.
    pub fn others(&self) -> Vec<TimeView> {
        let count = self.zones.len();
        (1..count)
            .map(|step| TimeView::at(self.now, &self.zones[(self.big + step) % count]))
            .collect()
    }

    /// Whether the clock shows seconds.
    pub fn seconds(&self) -> bool {
        self.seconds
    }

    /// Whether the clock reads 24-hour or 12-hour.
    pub fn format(&self) -> HourFormat {
        self.format
    }

    /// Whether the line listing the keys is shown.
    pub fn help(&self) -> bool {
        self.help
    }

    /// Whether the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Asks the clock to stop, as a quit key or a termination signal does.
    pub fn quit(&mut self) {
        self.quit = true;
    }

    /// Acts on one key: `q`, `Esc` and `Ctrl-C` quit, `s` toggles seconds,
    /// `t` toggles 12/24-hour, `z` draws the next zone big (after the last,
    /// the first again) and `?` toggles the help line. Releases and repeats
    /// are ignored, as are other keys held with Ctrl or Alt.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            if matches!(key.code, KeyCode::Char('c' | 'C')) {
                self.quit();
            }
            return;
        }
        if key.modifiers.contains(KeyModifiers::ALT) {
            return;
        }
        match key.code {
            KeyCode::Char('q' | 'Q') | KeyCode::Esc => self.quit(),
            KeyCode::Char('s' | 'S') => self.seconds = !self.seconds,
            KeyCode::Char('t' | 'T') => {
                self.format = match self.format {
                    HourFormat::H24 => HourFormat::H12,
                    HourFormat::H12 => HourFormat::H24,
                }
            }
            KeyCode::Char('z' | 'Z') => self.big = (self.big + 1) % self.zones.len(),
            KeyCode::Char('?') => self.help = !self.help,
            _ => {}
        }
    }
}
