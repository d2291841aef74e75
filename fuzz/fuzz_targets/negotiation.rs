//! `Accept-Language`, `Accept-Encoding` and `?lang=` on any text: a language
//! or coding chosen was asked for, and a language code that reads is one
//! spoken here.
#![no_main]

use libfuzzer_sys::fuzz_target;
use moscow_time::locale::Lang;
use moscow_time::web::compression::{self, Coding};

fuzz_target!(|header: &str| {
    // The header without its spaces, in lower case (`R U` reads as `ru`).
    let squeezed: String = header
        .split_whitespace()
        .collect::<String>()
        .to_ascii_lowercase();
    for default in Lang::ALL {
        let chosen = Lang::negotiate(Some(header), default);
        if chosen != default {
            assert!(
                squeezed.contains(chosen.code()),
                "{header:?} gave {chosen:?}"
            );
        }
    }
    if let Ok(lang) = Lang::from_code(header) {
        assert!(lang.code().eq_ignore_ascii_case(header), "{header:?}");
    }
    let header_lower = header.to_ascii_lowercase();
    let accepts = compression::Accepts::read([header]);
    // Kept bodies in the preferred coding; one answer's, of any size, in
    // the one picked for it: either way a coding the header names.
    for coding in [
        accepts.preferred(),
        accepts.for_one_answer(0),
        accepts.for_one_answer(usize::MAX),
    ] {
        match coding {
            Some(Coding::Brotli) => assert!(header_lower.contains("br") || header.contains('*')),
            Some(Coding::Gzip) => assert!(header_lower.contains("gzip") || header.contains('*')),
            None => {}
        }
    }
    assert_eq!(
        accepts.preferred().is_none(),
        accepts.for_one_answer(usize::MAX).is_none()
    );
});
