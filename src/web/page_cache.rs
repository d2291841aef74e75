//! Clock pages rendered once per zone and language in each [`WINDOW_MS`]
//! of wall-clock time, and sent as they are to every other request in it.
//!
//! Rendering a page (its date and words, the picker's list of every zone)
//! costs many times what sending it does; under load, hundreds of requests
//! in a window share one rendering. A page is at most [`WINDOW_MS`] old, so
//! the instant its script starts ticking from is as good as a fresh one's
//! (the network's delay is larger): a whole second would leave the clock up
//! to a second behind until the script's first re-sync.

use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};

use crate::locale::Lang;

/// How long a rendered page is served for, in milliseconds.
pub const WINDOW_MS: i64 = 10;

/// The pages rendered in the current window.
#[derive(Default)]
pub struct PageCache(Mutex<Window>);

#[derive(Default)]
struct Window {
    /// Which window: milliseconds since the epoch divided by [`WINDOW_MS`].
    number: i64,
    /// Zone name, language and page. Few: only those asked for in one window.
    pages: Vec<(String, Lang, Arc<str>)>,
}

impl PageCache {
    /// The page of `zone` in `lang` at `instant`: the one already rendered
    /// in `instant`'s window, or what `render` makes now (then kept for the
    /// rest of the window).
    pub fn page(
        &self,
        instant: DateTime<Utc>,
        zone: &str,
        lang: Lang,
        render: impl FnOnce() -> String,
    ) -> Arc<str> {
        let number = instant.timestamp_millis().div_euclid(WINDOW_MS);
        {
            let mut window = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if window.number != number {
                // A new window: every page kept so far is out of date.
                window.number = number;
                window.pages.clear();
            }
            let found = window
                .pages
                .iter()
                .find(|(name, page_lang, _)| *page_lang == lang && name == zone);
            if let Some((_, _, page)) = found {
                return page.clone();
            }
        }
        // Rendered without the lock, so that other pages are not held up.
        let page: Arc<str> = render().into();
        let mut window = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if window.number == number {
            window.pages.push((zone.to_owned(), lang, page.clone()));
        }
        page
    }
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PageCache")
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    fn at(millis: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(millis).unwrap()
    }

    #[test]
    fn a_page_is_rendered_once_per_zone_language_and_window() {
        let cache = PageCache::default();
        let renders = Cell::new(0);
        let page = |millis, zone: &str, lang| {
            cache
                .page(at(millis), zone, lang, || {
                    renders.set(renders.get() + 1);
                    format!("{zone} {lang} {millis}")
                })
                .to_string()
        };
        let start = 1_700_000_000_000;
        assert_eq!(
            page(start, "Europe/Moscow", Lang::En),
            "Europe/Moscow en 1700000000000"
        );
        assert_eq!(
            page(start + 9, "Europe/Moscow", Lang::En),
            "Europe/Moscow en 1700000000000"
        );
        assert_eq!(renders.get(), 1);
        assert_eq!(
            page(start + 9, "Europe/Moscow", Lang::Ru),
            "Europe/Moscow ru 1700000000009"
        );
        assert_eq!(
            page(start + 9, "Asia/Tokyo", Lang::En),
            "Asia/Tokyo en 1700000000009"
        );
        assert_eq!(renders.get(), 3);
        // The next window renders afresh.
        assert_eq!(
            page(start + 10, "Europe/Moscow", Lang::En),
            "Europe/Moscow en 1700000000010"
        );
        assert_eq!(renders.get(), 4);
    }
}
