//! Every sentence the page and the terminal clock say, one table per
//! language, each in its own file: written for the language, never
//! assembled from English word order. What CLDR has (dates, names, units,
//! plural forms) is not here but in [`super::forms`].
//!
//! Names and amounts are filled into the sentences as CLDR gives them, in
//! the form a word takes on its own (the nominative): the sentences are
//! built so that this form is right (after a colon, in parentheses), never
//! so that a name or an amount would need another case.

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod hi;
mod it;
mod ja;
mod pl;
mod pt;
mod ru;
mod tr;
mod uk;
mod zh;

pub use ar::ARABIC;
pub use de::GERMAN;
pub use en::ENGLISH;
pub use es::SPANISH;
pub use fr::FRENCH;
pub use hi::HINDI;
pub use it::ITALIAN;
pub use ja::JAPANESE;
pub use pl::POLISH;
pub use pt::PORTUGUESE;
pub use ru::RUSSIAN;
pub use tr::TURKISH;
pub use uk::UKRAINIAN;
pub use zh::CHINESE;

/// One language's words: the sentences CLDR does not have, written for
/// the language (its dates, numbers, units and names are CLDR's, in
/// [`super::forms`]).
#[derive(Debug)]
pub struct Words {
    /// The heading and the page's title, with `{place}`.
    pub heading: &'static str,
    /// The page's description for search engines, with `{place}` and `{zone}`.
    pub description: &'static str,
    /// What is said of the zone's clock changes, on the page and in the
    /// terminal.
    pub changes: ChangeWords,
    /// The sun at the zone's place today.
    pub sun: SunWords,
    /// The page of two places side by side.
    pub compare: CompareWords,
    /// The words of the page beyond the clock.
    pub page: PageWords,
    /// The terminal clock's words.
    pub terminal: TerminalWords,
}

/// The page's words beyond the clock. `{name}`, `{time}`, `{zone}`,
/// `{place}` and `{difference}` are filled in where they are shown: the
/// visitor's own time by the page's script, which says an amount in CLDR's
/// plural forms, chosen with `Intl.PluralRules` for the page's language.
#[derive(Debug)]
pub struct PageWords {
    /// The zone picker's label.
    pub picker_label: &'static str,
    /// The zone picker's button.
    pub picker_button: &'static str,
    /// The not-found page's title and heading.
    pub not_found: &'static str,
    /// The not-found page for a path that names nothing.
    pub nothing_here: &'static str,
    /// The link back to the front page.
    pub back: &'static str,
    /// The not-found page for `{name}`, which names no zone.
    pub no_zone: &'static str,
    /// The not-found page for the picker sent with no name.
    pub no_name: &'static str,
    /// Before the closest zone names.
    pub did_you_mean: &'static str,
    /// The title of the page that offers the places a name may mean.
    pub which_one: &'static str,
    /// `{name}` is what several places are called.
    pub several: &'static str,
    /// The visitor's own `{time}` and `{zone}`.
    pub yours: &'static str,
    /// The page's zone is `{difference}` ahead of the visitor's.
    pub ahead: &'static str,
    /// The page's zone is `{difference}` behind the visitor's.
    pub behind: &'static str,
    /// The page's zone reads the visitor's time.
    pub same: &'static str,
    /// The visitor's clock is `{amount}` seconds ahead of the server's,
    /// measured to `{accuracy}` seconds.
    pub clock_ahead: &'static str,
    /// The visitor's clock is `{amount}` seconds behind.
    pub clock_behind: &'static str,
    /// The visitor's clock is right to within `{accuracy}` seconds.
    pub clock_exact: &'static str,
    /// Said after the above while the server's own clock is unsynchronized.
    pub clock_unsynchronized: &'static str,
    /// The label of the list of the languages the page is offered in.
    pub languages: &'static str,
}

impl PageWords {
    /// `no_zone` for `name`.
    pub fn no_zone(&self, name: &str) -> String {
        self.no_zone.replace("{name}", name)
    }
}

/// The zone's next or last clock change, said under the time. `{amount}`
/// is how far the clocks move (CLDR's hours and minutes, as a noun phrase in
/// the form a count takes on its own: `1 hour`, `2 часа`), `{date}` the date
/// in CLDR's full format, `{time}` the wall clock when they move (`02:00`),
/// and `{names}` where [`ChangeWords::names`] goes, or nothing where the
/// sentence must be short.
#[derive(Debug)]
pub struct ChangeWords {
    /// The time's names before and after, `{from}` and `{to}` (`CET`,
    /// `CEST`), with the space or sign that sets them off.
    pub names: &'static str,
    /// The clocks go forward next.
    pub forward: &'static str,
    /// The clocks go back next.
    pub back: &'static str,
    /// No change is planned; the last one was on `{date}`.
    pub last: &'static str,
    /// The zone's clocks never changed.
    pub never: &'static str,
}

/// The sun at the zone's place today: `{sunrise}` and `{sunset}` are wall
/// clock times (`08:44`), `{length}` how long the sun is up (CLDR's hours
/// and minutes, in the form a count takes on its own).
#[derive(Debug)]
pub struct SunWords {
    /// The sun rises and sets.
    pub rises: &'static str,
    /// It does not set today.
    pub polar_day: &'static str,
    /// It does not rise today.
    pub polar_night: &'static str,
}

/// The page of two places side by side: `{here}` is the first place,
/// `{there}` the second (CLDR's names, in the form a name takes on its
/// own), `{difference}` how far apart their clocks are (CLDR's hours and
/// minutes, as above).
#[derive(Debug)]
pub struct CompareWords {
    /// The heading and the title.
    pub heading: &'static str,
    /// The second place's clock is ahead.
    pub ahead: &'static str,
    /// It is behind.
    pub behind: &'static str,
    /// Both read the same time.
    pub same: &'static str,
    /// The caption of the hours of the first place's day read in the second.
    pub hours: &'static str,
    /// Beside a time on the day after the first place's.
    pub next_day: &'static str,
    /// Beside a time on the day before.
    pub previous_day: &'static str,
    /// The clock page's form for another place to compare with: its label.
    pub with: &'static str,
    /// Its button.
    pub button: &'static str,
}

/// The lines the terminal clock shows at its foot.
#[derive(Debug)]
pub struct TerminalWords {
    /// Shown while the list of keys is hidden.
    pub hint: &'static str,
    /// The list of keys.
    pub help: &'static str,
    /// The list of keys for terminals too narrow for `help`.
    pub short_help: &'static str,
    /// The list of keys with several zones, where `z` moves the big clock.
    pub help_zones: &'static str,
    /// `help_zones` for terminals too narrow for it.
    pub short_help_zones: &'static str,
}

impl Words {
    /// Every entry of the table by its field's name (`page.back`), in the
    /// order the structs list them: what a check walks to find a sentence
    /// left untranslated or a placeholder lost.
    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
        let (changes, sun, compare) = (&self.changes, &self.sun, &self.compare);
        let (page, terminal) = (&self.page, &self.terminal);
        vec![
            ("heading", self.heading),
            ("description", self.description),
            ("changes.names", changes.names),
            ("changes.forward", changes.forward),
            ("changes.back", changes.back),
            ("changes.last", changes.last),
            ("changes.never", changes.never),
            ("sun.rises", sun.rises),
            ("sun.polar_day", sun.polar_day),
            ("sun.polar_night", sun.polar_night),
            ("compare.heading", compare.heading),
            ("compare.ahead", compare.ahead),
            ("compare.behind", compare.behind),
            ("compare.same", compare.same),
            ("compare.hours", compare.hours),
            ("compare.next_day", compare.next_day),
            ("compare.previous_day", compare.previous_day),
            ("compare.with", compare.with),
            ("compare.button", compare.button),
            ("page.picker_label", page.picker_label),
            ("page.picker_button", page.picker_button),
            ("page.not_found", page.not_found),
            ("page.nothing_here", page.nothing_here),
            ("page.back", page.back),
            ("page.no_zone", page.no_zone),
            ("page.no_name", page.no_name),
            ("page.did_you_mean", page.did_you_mean),
            ("page.which_one", page.which_one),
            ("page.several", page.several),
            ("page.yours", page.yours),
            ("page.ahead", page.ahead),
            ("page.behind", page.behind),
            ("page.same", page.same),
            ("page.clock_ahead", page.clock_ahead),
            ("page.clock_behind", page.clock_behind),
            ("page.clock_exact", page.clock_exact),
            ("page.clock_unsynchronized", page.clock_unsynchronized),
            ("page.languages", page.languages),
            ("terminal.hint", terminal.hint),
            ("terminal.help", terminal.help),
            ("terminal.short_help", terminal.short_help),
            ("terminal.help_zones", terminal.help_zones),
            ("terminal.short_help_zones", terminal.short_help_zones),
        ]
    }
}
