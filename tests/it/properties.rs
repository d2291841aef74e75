//! Property tests: every parser that reads input from outside, fed
//! generated inputs (proptest, a few hundred cases each, shrunk to the
//! smallest failing one when a property breaks). Through Rocket's local
//! client: no request path makes a 5xx, every redirect lands on a page that
//! answers 200, the picker's query and `?lang=` never make a 5xx, no coding
//! refused with `q=0` is used, and `.txt` answers text where JSON is the
//! default. Directly: zone search suggests only real zones, never for a name
//! longer than it promises; `Accept-Language` picks only a language it
//! asks for; the TZif and GeoIP readers never panic on any bytes.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rocket::http::Header;
use rocket::local::blocking::Client;

use moscow_time::geoip::Loaded;
use moscow_time::locale::Lang;
use moscow_time::tzdb::{self, Database};
use moscow_time::zone_search::{self, Found, LONGEST, SUGGESTIONS};

use crate::common::client::client;

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

fn zone_names() -> Vec<String> {
    Database::embedded().names().to_vec()
}

/// `text` percent-encoded for a path segment or a query value: every byte
/// but ASCII letters and digits.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// One path segment: a piece of a real zone name, in any case, or noise,
/// escaped or raw, valid percent-encoding or not.
fn segment() -> impl Strategy<Value = String> {
    let names = zone_names();
    let parts: Vec<String> = names
        .iter()
        .flat_map(|name| name.split('/'))
        .map(str::to_owned)
        .collect();
    prop_oneof![
        3 => proptest::sample::select(parts),
        1 => proptest::sample::select(parts_lower(&names)),
        1 => proptest::sample::select(vec![
            "api", "timezone", "time", "transitions", "static", "zone", "ip", "..", ".",
            "%2F", "%2e%2e", "%E2%82", "%", "%zz", "%00", "Europe%2FMoscow", "Moscow.txt",
            ".txt", "UTC", "Etc", "GMT+3", "health", "metrics", "convert",
        ].into_iter().map(str::to_owned).collect::<Vec<_>>()),
        2 => "[a-zA-Z0-9_+. %-]{0,12}",
        1 => any::<String>().prop_map(|s| percent_encoded(&s)),
    ]
}

fn parts_lower(names: &[String]) -> Vec<String> {
    names.iter().map(|name| name.to_lowercase()).collect()
}

/// A request path of a few segments, perhaps with `.txt` and a query.
fn request_path() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(segment(), 0..4),
        any::<bool>(),
        proptest::option::of(prop_oneof![
            Just("lang=ru".to_owned()),
            Just("lang=en".to_owned()),
            "lang=[a-zA-Z%-]{0,6}",
            any::<String>().prop_map(|s| format!("name={}", percent_encoded(&s))),
            "[a-z=&%]{0,10}",
        ]),
    )
        .prop_map(|(segments, txt, query)| {
            let mut path = format!("/{}", segments.join("/"));
            if txt {
                path.push_str(".txt");
            }
            if let Some(query) = query {
                path = format!("{path}?{query}");
            }
            path
        })
}

/// Follows redirects from `path` (at most 5) and returns each status, the
/// last one's included, with the path it answered.
fn statuses(client: &Client, path: &str) -> Vec<(u16, String)> {
    let mut seen = Vec::new();
    let mut path = path.to_owned();
    for _ in 0..6 {
        let response = client.get(path.clone()).dispatch();
        let status = response.status().code;
        seen.push((status, path.clone()));
        match response.headers().get_one("Location") {
            Some(location) if (300..400).contains(&status) => path = location.to_owned(),
            _ => break,
        }
    }
    seen
}

#[test]
fn no_request_path_makes_a_5xx_and_every_redirect_lands_on_a_200() {
    let client = client();
    runner(300)
        .run(&request_path(), |path| {
            let seen = statuses(&client, &path);
            for (status, at) in &seen {
                prop_assert!(*status < 500, "{at} answered {status}: {seen:?}");
            }
            let (last, _) = seen.last().unwrap();
            if seen.len() > 1 {
                prop_assert_eq!(*last, 200, "a redirect chain ends elsewhere: {:?}", seen);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_pickers_query_redirects_to_a_200_or_answers_404() {
    let client = client();
    let typed = prop_oneof![
        proptest::sample::select(parts_lower(&zone_names())),
        proptest::sample::select(zone_names()),
        any::<String>(),
        "[a-zA-Z _/]{0,80}",
    ];
    runner(200)
        .run(&typed, |typed| {
            let path = format!("/zone?name={}", percent_encoded(&typed));
            let seen = statuses(&client, &path);
            let (first, _) = seen[0];
            prop_assert!(
                first == 303 || first == 404 || first == 400,
                "{path}: {seen:?}"
            );
            if first == 303 {
                prop_assert_eq!(seen.last().unwrap().0, 200, "{:?}", seen);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_language_query_answers_200_or_400_never_a_5xx() {
    let client = client();
    runner(150)
        .run(&any::<String>(), |lang| {
            let path = format!("/Europe/Moscow?lang={}", percent_encoded(&lang));
            let status = client.get(path.clone()).dispatch().status().code;
            prop_assert!(status == 200 || status == 400, "{path}: {status}");
            if Lang::from_code(&lang).is_ok() {
                prop_assert_eq!(status, 200, "{}", path);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn zone_search_suggests_only_real_zones_and_none_for_a_long_name() {
    let names = zone_names();
    let typed = prop_oneof![
        any::<String>(),
        "[a-zA-Z _/]{0,80}",
        proptest::sample::select(parts_lower(&names)).prop_map(|s| format!("{s}x")),
    ];
    runner(300)
        .run(&(typed, any::<bool>()), |(typed, russian)| {
            let lang = if russian { Lang::Ru } else { Lang::En };
            match zone_search::find(&names, &typed, lang) {
                Found::Exact(name) => prop_assert_eq!(name, typed.trim()),
                Found::Other(name) => prop_assert!(names.iter().any(|n| n == name)),
                Found::Choice(zones) => {
                    prop_assert!(zones.len() >= 2, "{:?}", zones);
                    for name in &zones {
                        prop_assert!(names.iter().any(|n| n == name), "{name}");
                    }
                }
                Found::Nothing(suggested) => {
                    prop_assert!(suggested.len() <= SUGGESTIONS, "{:?}", suggested);
                    for name in &suggested {
                        prop_assert!(names.iter().any(|n| n == name), "{name}");
                    }
                    if typed.trim().chars().count() > LONGEST {
                        prop_assert!(suggested.is_empty(), "{typed:?}: {suggested:?}");
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

/// An `Accept-Language` item: a tag (some spoken here) and maybe a q-value.
fn language_item() -> impl Strategy<Value = (String, Option<String>)> {
    (
        prop_oneof![
            Just("ru".to_owned()),
            Just("ru-RU".to_owned()),
            Just("en".to_owned()),
            Just("en_GB".to_owned()),
            Just("*".to_owned()),
            "[a-zA-Z-]{0,8}",
        ],
        proptest::option::of(prop_oneof![
            Just("0".to_owned()),
            Just("0.000".to_owned()),
            Just("1".to_owned()),
            Just("0.5".to_owned()),
            "[0-9.a-z-]{0,5}",
        ]),
    )
}

fn header_of(items: &[(String, Option<String>)]) -> String {
    items
        .iter()
        .map(|(tag, q)| match q {
            Some(q) => format!("{tag};q={q}"),
            None => tag.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn accept_language_picks_only_a_language_it_does_not_refuse() {
    let items = proptest::collection::vec(language_item(), 0..5);
    runner(300)
        .run(&items, |items| {
            let header = header_of(&items);
            for default in Lang::ALL {
                let chosen = Lang::negotiate(Some(&header), default);
                if chosen == default {
                    continue;
                }
                // Named with a q-value that is not zero.
                let asked = items.iter().any(|(tag, q)| {
                    let primary = tag.split(['-', '_']).next().unwrap_or_default();
                    primary.eq_ignore_ascii_case(chosen.code())
                        && q.as_deref()
                            .is_none_or(|q| q.parse::<f32>().map_or(true, |q| q > 0.0))
                });
                prop_assert!(asked, "{header:?} gave {chosen:?}");
            }
            Ok(())
        })
        .unwrap();
    // And any text at all, through the server.
    let client = client();
    runner(100)
        .run(&any::<String>(), |header| {
            let response = client
                .get("/Europe/Moscow")
                .header(Header::new("Accept-Language", header.clone()))
                .dispatch();
            prop_assert_eq!(response.status().code, 200, "{:?}", header);
            Ok(())
        })
        .unwrap();
}

/// An `Accept-Encoding` item: a coding and maybe a q-value.
fn encoding_item() -> impl Strategy<Value = (String, Option<String>)> {
    (
        prop_oneof![
            Just("br".to_owned()),
            Just("gzip".to_owned()),
            Just("x-gzip".to_owned()),
            Just("GZIP".to_owned()),
            Just("*".to_owned()),
            Just("identity".to_owned()),
            Just("deflate".to_owned()),
            "[a-z-]{0,6}",
        ],
        proptest::option::of(prop_oneof![
            Just("0".to_owned()),
            Just("0.0".to_owned()),
            Just("1".to_owned()),
            Just("0.5".to_owned()),
            "[0-9.a-z]{0,4}",
        ]),
    )
}

#[test]
fn accept_encoding_never_gets_a_coding_it_refused() {
    let client = client();
    let items = proptest::collection::vec(encoding_item(), 0..5);
    runner(200)
        .run(&items, |items| {
            let header = header_of(&items);
            let response = client
                .get("/")
                .header(Header::new("Accept-Encoding", header.clone()))
                .dispatch();
            prop_assert_eq!(response.status().code, 200, "{:?}", header);
            let used = response
                .headers()
                .get_one("Content-Encoding")
                .map(str::to_owned);
            let Some(used) = used else { return Ok(()) };
            // Every mention of the coding used (gzip as `x-gzip` too), if
            // any, says q=0: then it was refused.
            let names_it = |tag: &str| {
                let tag = tag.to_ascii_lowercase();
                tag == used || (used == "gzip" && tag == "x-gzip")
            };
            let mentions: Vec<_> = items.iter().filter(|(tag, _)| names_it(tag)).collect();
            let refused = !mentions.is_empty()
                && mentions.iter().all(|(_, q)| {
                    q.as_deref()
                        .and_then(|q| q.parse::<f32>().ok())
                        .is_some_and(|q| q == 0.0)
                });
            prop_assert!(!refused, "{header:?} got {used}");
            Ok(())
        })
        .unwrap();
}

#[test]
fn txt_answers_text_and_no_suffix_answers_json() {
    let client = client();
    runner(60)
        .run(&proptest::sample::select(zone_names()), |name| {
            let text = client.get(format!("/api/timezone/{name}.txt")).dispatch();
            prop_assert_eq!(text.status().code, 200);
            let kind = text
                .content_type()
                .map(|t| t.to_string())
                .unwrap_or_default();
            prop_assert!(kind.starts_with("text/plain"), "{name}: {kind}");
            let json = client.get(format!("/api/timezone/{name}")).dispatch();
            prop_assert_eq!(json.status().code, 200);
            let kind = json
                .content_type()
                .map(|t| t.to_string())
                .unwrap_or_default();
            prop_assert!(kind.starts_with("application/json"), "{name}: {kind}");
            let body: serde_json::Value = serde_json::from_str(&json.into_string().unwrap())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(body["timezone"].as_str(), Some(name.as_str()));
            Ok(())
        })
        .unwrap();
}

/// Real TZif files, then bytes changed at random places, cut short or
/// followed by noise; and bytes of any kind after the magic.
fn tzif_bytes() -> impl Strategy<Value = Vec<u8>> {
    let real: Vec<Vec<u8>> = ["Europe/Moscow", "America/New_York", "Asia/Kolkata", "UTC"]
        .iter()
        .map(|name| std::fs::read(format!("/usr/share/zoneinfo/{name}")).unwrap())
        .collect();
    prop_oneof![
        (
            proptest::sample::select(real),
            proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(mut bytes, changes, cut)| {
                for (at, byte) in changes {
                    let at = at.index(bytes.len());
                    bytes[at] = byte;
                }
                bytes.truncate(cut.index(bytes.len() + 1).max(1));
                bytes
            }),
        proptest::collection::vec(any::<u8>(), 0..200).prop_map(|tail| {
            let mut bytes = b"TZif2".to_vec();
            bytes.extend(tail);
            bytes
        }),
        proptest::collection::vec(any::<u8>(), 0..64),
    ]
}

#[test]
fn the_tzif_reader_answers_any_bytes_without_panicking() {
    runner(500)
        .run(&tzif_bytes(), |bytes| {
            // A zone, no zone (not TZif) or an error: any of them, no panic.
            let read = tzdb::parse_tzif("Test/Zone", &bytes);
            if !bytes.starts_with(b"TZif") {
                prop_assert!(matches!(read, Ok(None)));
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_geoip_reader_answers_any_bytes_without_panicking() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/geoip/GeoLite2-City-Test.mmdb");
    let good = std::fs::read(path).unwrap();
    assert!(Loaded::from_bytes(good.clone()).is_ok());
    let bytes = prop_oneof![
        (
            proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            any::<prop::sample::Index>(),
        )
            .prop_map(move |(changes, cut)| {
                let mut bytes = good.clone();
                for (at, byte) in changes {
                    let at = at.index(bytes.len());
                    bytes[at] = byte;
                }
                bytes.truncate(cut.index(bytes.len() + 1));
                bytes
            }),
        proptest::collection::vec(any::<u8>(), 0..512),
    ];
    runner(200)
        .run(&bytes, |bytes| {
            let _ = Loaded::from_bytes(bytes);
            Ok(())
        })
        .unwrap();
}

/// Found by the fuzzer (fuzz/fuzz_targets/tzif.rs): a New York file with a
/// few bytes changed, whose rule repeats one daylight-saving state for
/// thousands of years. Looking for the ends of that period walked them all
/// (minutes; a page for such a zone would never have answered); the ends are
/// looked for within 800 days, as for the embedded rules.
#[test]
fn a_garbled_tzif_files_daylight_saving_period_ends_are_looked_for_nearby() {
    // And one whose transitions jiff gives again and again, walking back.
    for file in ["fuzz-slow-dst-period", "fuzz-repeated-transition"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/tzif")
            .join(file);
        let bytes = std::fs::read(path).unwrap();
        let zone = tzdb::parse_tzif("Test/Zone", &bytes).unwrap().unwrap();
        periods_are_nearby(&zone);
    }
}

fn periods_are_nearby(zone: &moscow_time::zone::Zone) {
    // The API's transition lists end, each step moving on.
    let first = chrono::DateTime::from_timestamp(i64::from(i32::MIN), 0).unwrap();
    let last = chrono::DateTime::from_timestamp(4_102_444_800, 0).unwrap();
    let on: Vec<_> = zone.transitions(first, last).take(10_000).collect();
    assert!(on.len() < 10_000 && on.windows(2).all(|w| w[0].at < w[1].at));
    let back: Vec<_> = zone.transitions_back(last, first).take(10_000).collect();
    assert!(back.len() < 10_000 && back.windows(2).all(|w| w[0].at > w[1].at));
    let reach = chrono::Duration::days(800);
    for seconds in [i64::from(i32::MIN), -1, 0, 1_800_000_000, 4_102_444_800] {
        let instant = chrono::DateTime::from_timestamp(seconds, 0).unwrap();
        let Some(period) = zone.dst_period(instant) else {
            continue;
        };
        if let Some(from) = period.from {
            assert!(
                from <= instant && instant - from <= reach,
                "{seconds}: {from}"
            );
        }
        if let Some(until) = period.until {
            assert!(
                until > instant && until - instant <= reach,
                "{seconds}: {until}"
            );
        }
    }
}
