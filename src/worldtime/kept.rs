//! worldtimeapi's answer for a zone, kept between requests: everything but
//! the instant and the caller is the same from one request to the next
//! until the zone's local date or its offsets change, so it is written once
//! and kept for as long as it holds; each request writes only `client_ip`,
//! `datetime`, `unixtime` and `utc_datetime` into it. The result is the same,
//! byte for byte, as [`WorldTime`]'s own JSON and text (the shapes are
//! taken from it, not written twice).

use std::fmt::Write;
use std::net::{IpAddr, Ipv4Addr};

use chrono::{DateTime, Datelike, Duration, NaiveTime, Timelike, Utc};

use super::time::WorldTime;
use crate::clock::TimeView;

/// What stands in for the values a request writes, to find where they go.
const CLIENT: &str = "\u{0}client";
const DATETIME: &str = "\u{0}datetime";
const UTC: &str = "\u{0}utc";
/// `unixtime` cannot be any real instant's.
const UNIX: i64 = i64::MIN;

/// One form of the answer, JSON or text, cut where a request's values go.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cut {
    /// Before `client_ip`, between it and `datetime`, between that and
    /// `unixtime`, between that and `utc_datetime`, and after it.
    parts: [String; 5],
}

impl Cut {
    /// `form` of the answer with stand-ins, cut at them; `escaped` is how
    /// the form writes a stand-in.
    fn new(form: &str, escaped: impl Fn(&str) -> String) -> Option<Self> {
        let mut rest = form;
        let mut parts: Vec<String> = Vec::with_capacity(5);
        for marker in [
            escaped(CLIENT),
            escaped(DATETIME),
            UNIX.to_string(),
            escaped(UTC),
        ] {
            let (before, after) = rest.split_once(&marker)?;
            parts.push(before.to_owned());
            rest = after;
        }
        parts.push(rest.to_owned());
        Some(Self {
            parts: parts.try_into().ok()?,
        })
    }

    fn len(&self) -> usize {
        self.parts.iter().map(String::len).sum()
    }
}

/// A zone's answer, kept from `from` until `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptTime {
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    /// The zone's offset from UTC in seconds over that time, and as
    /// `datetime` ends with it (`+03:00`; RFC 3339 has no seconds, so an
    /// offset such as Monrovia's -00:44:30 in 1970 is rounded there).
    offset: i32,
    datetime_offset: String,
    json: Cut,
    text: Cut,
}

impl KeptTime {
    /// The answer for `view`'s zone from `view`'s instant until the zone's
    /// next local midnight or change of offset or abbreviation, whichever
    /// is first. `None` if its shape could not be cut (it always can).
    pub fn new(view: &TimeView) -> Option<Self> {
        let from = view.utc();
        let mut time = WorldTime::new(view, None);
        time.client_ip = CLIENT.to_owned();
        time.datetime = DATETIME.to_owned();
        time.utc_datetime = UTC.to_owned();
        time.unixtime = UNIX;
        let json = serde_json::to_string(&time).ok()?;
        let json = Cut::new(&json, |marker| {
            let quoted = serde_json::to_string(marker).unwrap_or_default();
            quoted.trim_matches('"').to_owned()
        })?;
        let text = Cut::new(&time.to_text(), str::to_owned)?;
        let midnight = next_local_midnight(view);
        let until = view
            .zone()
            .transitions(from, midnight)
            .next()
            .map_or(midnight, |change| change.at.min(midnight));
        Some(Self {
            from,
            until,
            offset: view.offset_seconds(),
            datetime_offset: view.rfc3339().split_off(view.rfc3339().len() - 6),
            json,
            text,
        })
    }

    /// Whether the kept answer holds at `instant`.
    pub fn holds_at(&self, instant: DateTime<Utc>) -> bool {
        self.from <= instant && instant < self.until
    }

    /// The JSON answer at `instant` (which it must hold at) to `client`.
    pub fn json(&self, instant: DateTime<Utc>, client: Option<IpAddr>) -> String {
        self.write(&self.json, instant, client)
    }

    /// The `.txt` answer at `instant` to `client`.
    pub fn text(&self, instant: DateTime<Utc>, client: Option<IpAddr>) -> String {
        self.write(&self.text, instant, client)
    }

    /// `form` with the request's values written in, straight into the
    /// answer (none needs escaping in JSON).
    fn write(&self, form: &Cut, instant: DateTime<Utc>, client: Option<IpAddr>) -> String {
        let [a, b, c, d, e] = &form.parts;
        let mut out = String::with_capacity(form.len() + 96);
        out.push_str(a);
        match client {
            Some(IpAddr::V4(client)) => write_ipv4(&mut out, client),
            // Writing to a String cannot fail.
            Some(client) => _ = write!(out, "{client}"),
            None => {}
        }
        out.push_str(b);
        write_datetime(&mut out, instant + Duration::seconds(self.offset.into()));
        out.push_str(&self.datetime_offset);
        out.push_str(c);
        out.push_str(itoa::Buffer::new().format(instant.timestamp()));
        out.push_str(d);
        write_datetime(&mut out, instant);
        out.push_str("+00:00");
        out.push_str(e);
        out
    }
}

/// The first instant of the day after `view`'s local date.
fn next_local_midnight(view: &TimeView) -> DateTime<Utc> {
    let local = view.local();
    let tomorrow = local.date_naive().succ_opt().unwrap_or(local.date_naive());
    let midnight = tomorrow.and_time(NaiveTime::MIN);
    // As UTC, with the offset of now: a change before then ends the kept
    // answer first.
    let seconds = i64::from(view.offset_seconds());
    (midnight - Duration::seconds(seconds)).and_utc()
}

/// `2026-12-07T04:31:28.123456`, as RFC 3339 writes it to the microsecond;
/// digit by digit, which costs a fraction of `write!`'s formatting.
fn write_datetime(out: &mut String, at: DateTime<Utc>) {
    // Years before 0 or after 9999 (which no tz answer meets) as chrono
    // writes them.
    if !(0..=9999).contains(&at.year()) {
        let _ = write!(out, "{}", at.format("%Y-%m-%dT%H:%M:%S%.6f"));
        return;
    }
    let fields = [
        (at.year().unsigned_abs(), 4, '-'),
        (at.month(), 2, '-'),
        (at.day(), 2, 'T'),
        (at.hour(), 2, ':'),
        (at.minute(), 2, ':'),
        (at.second(), 2, '.'),
    ];
    for (value, width, then) in fields {
        push_digits(out, value, width);
        out.push(then);
    }
    push_digits(out, at.timestamp_subsec_micros().min(999_999), 6);
}

/// `192.0.2.7`, as `Display` writes it, without its formatting machinery
/// (a third of what writing the whole answer costs).
fn write_ipv4(out: &mut String, address: Ipv4Addr) {
    for (i, octet) in address.octets().into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(itoa::Buffer::new().format(octet));
    }
}

/// `value`'s last `width` digits, zeros in front.
fn push_digits(out: &mut String, value: u32, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + (value / 10_u32.pow(place) % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tzdb::Database;

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    /// The kept answer, wherever it holds, is WorldTime's own.
    #[test]
    fn the_kept_answer_is_worldtimes_own_byte_for_byte() {
        let database = Database::embedded();
        let clients: [Option<IpAddr>; 3] = [
            Some("2001:db8::7".parse().unwrap()),
            Some("192.0.2.255".parse().unwrap()),
            None,
        ];
        let mut checked = 0;
        for name in database.names().iter().step_by(7) {
            let zone = database.zone(name).unwrap();
            for start in [
                "2026-03-29T00:59:59.999999Z",
                "2026-10-25T00:30:00.5Z",
                "2026-12-31T20:00:00Z",
                "1970-01-01T00:00:00Z",
            ] {
                let view = TimeView::at(at(start), zone.clone());
                let kept = KeptTime::new(&view).unwrap();
                for step in [0, 1, 3_600_000_000_i64, 86_400_000_000] {
                    let instant = at(start) + Duration::microseconds(step * 7 / 3);
                    if !kept.holds_at(instant) {
                        continue;
                    }
                    let client = clients[checked % clients.len()];
                    let time = WorldTime::new(&TimeView::at(instant, zone.clone()), client);
                    assert_eq!(
                        kept.json(instant, client),
                        serde_json::to_string(&time).unwrap(),
                        "{name} at {instant}"
                    );
                    assert_eq!(kept.text(instant, client), time.to_text(), "{name}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 300, "{checked}");
    }

    #[test]
    fn an_ipv4_address_is_written_as_display_writes_it() {
        for text in [
            "0.0.0.0",
            "255.255.255.255",
            "10.0.100.9",
            "127.0.0.1",
            "192.168.1.20",
        ] {
            let address: Ipv4Addr = text.parse().unwrap();
            let mut out = String::new();
            write_ipv4(&mut out, address);
            assert_eq!(out, address.to_string());
        }
    }

    #[test]
    fn it_holds_until_local_midnight_or_the_next_change() {
        let database = Database::embedded();
        let berlin = database.zone("Europe/Berlin").unwrap();
        // 00:59 UTC on the night of the spring change: the change at 01:00
        // UTC comes before local midnight.
        let kept =
            KeptTime::new(&TimeView::at(at("2026-03-29T00:59:00Z"), berlin.clone())).unwrap();
        assert!(kept.holds_at(at("2026-03-29T00:59:59.999999Z")));
        assert!(!kept.holds_at(at("2026-03-29T01:00:00Z")));
        assert!(!kept.holds_at(at("2026-03-29T00:58:59Z")));
        // Noon in winter: until local midnight, 23:00 UTC.
        let kept = KeptTime::new(&TimeView::at(at("2026-12-07T12:00:00Z"), berlin)).unwrap();
        assert!(kept.holds_at(at("2026-12-07T22:59:59.999999Z")));
        assert!(!kept.holds_at(at("2026-12-07T23:00:00Z")));
    }
}
