//! Zone search on any typed text, in either language: only real zones come
//! back, an exact match is what was typed, a choice has two zones or more,
//! and a name too long to be a zone gets no suggestions.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use moscow_time::tzdb::Database;
use moscow_time::zone_search::{Found, LONGEST, NameIndex, SUGGESTIONS};

static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| Database::embedded().names().to_vec());
// Prepared once, as the server keeps it, rather than for every input.
static INDEX: LazyLock<NameIndex> = LazyLock::new(|| NameIndex::new(&NAMES));

fuzz_target!(|input: (bool, &str)| {
    // The reader's language changes nothing found; it stays in the input so
    // that the corpus keeps its shape.
    let (_russian, typed) = input;
    let real = |name: &str| NAMES.iter().any(|known| known == name);
    match INDEX.find(typed) {
        Found::Exact(name) => assert_eq!(name, typed.trim()),
        Found::Other(name) => assert!(real(name), "{name}"),
        Found::Choice(zones) => {
            assert!(zones.len() >= 2, "{zones:?}");
            assert!(zones.iter().all(|name| real(name)), "{zones:?}");
        }
        Found::Nothing(suggested) => {
            assert!(suggested.len() <= SUGGESTIONS, "{suggested:?}");
            assert!(suggested.iter().all(|name| real(name)), "{suggested:?}");
            if typed.trim().chars().count() > LONGEST {
                assert!(suggested.is_empty(), "{typed:?}: {suggested:?}");
            }
        }
    }
});
