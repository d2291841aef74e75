//! Which packets are queries. ezTime sends the query alone, no newline, at
//! most a zone's name and a version; anything else is no device's and gets
//! no answer: nothing is sent back that a forged sender did not earn.

/// The largest packet read, as by the original daemon: a longer one is no
/// query.
pub const MAX_BYTES: usize = 512;

/// The query a packet carries (before its first `#`, which starts the
/// client's version), or `None` when it gets no answer: empty (or only
/// whitespace), longer than [`MAX_BYTES`], not UTF-8, or holding a control
/// character. Trailing ASCII whitespace is trimmed, so that a query typed into
/// `nc` (with its newline) is answered as ezTime's would be.
pub fn query(packet: &[u8]) -> Option<&str> {
    if packet.len() > MAX_BYTES {
        return None;
    }
    let text = std::str::from_utf8(packet)
        .ok()?
        .trim_end_matches(|c: char| c.is_ascii_whitespace());
    if text.is_empty() || text.chars().any(char::is_control) {
        return None;
    }
    Some(text.split_once('#').map_or(text, |(query, _version)| query))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_the_text_before_the_version() {
        assert_eq!(query(b"Europe/Moscow"), Some("Europe/Moscow"));
        assert_eq!(query(b"paris#0.8.3"), Some("paris"));
        assert_eq!(query(b"DE\n"), Some("DE"));
        assert_eq!(query(b"new york"), Some("new york"));
        assert_eq!(query(b"#0.8.3"), Some(""));
    }

    #[test]
    fn junk_gets_no_answer() {
        for junk in [
            &b""[..],
            b"   \n",
            b"\xff\xfe",
            b"Europe\0Moscow",
            b"Europe/\x1bMoscow",
            b"Europe/Moscow\x0b",
            "Europe/Moscow\u{85}".as_bytes(),
            &[b'a'; MAX_BYTES + 1],
        ] {
            assert_eq!(query(junk), None, "{junk:?}");
        }
        assert!(query(&[b'a'; MAX_BYTES]).is_some());
    }
}
