//! Places by the names people use (CLDR): every zone's page, in every
//! language, is headed with CLDR's exemplar city, checked against the CLDR
//! JSON itself; names in Cyrillic and Latin, in any case, raw or
//! percent-encoded, lead to their zone's page; a name several places share
//! is a choice.

use std::path::{Path, PathBuf};
use std::process::Command;

use moscow_time::locale::Lang;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;
use serde_json::Value;

use crate::common::{self, ClientBuilder, Server};
use crate::oracle::SYSTEM_DIR;

/// The CLDR packages of the release the names were made from, fetched from
/// npm once into a folder of the target directory.
fn cldr() -> PathBuf {
    // Tests run in parallel threads: one fetches, the others wait for it.
    static FETCHING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = FETCHING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let version = moscow_time::locale::cldr::VERSION;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cldr-json-{version}"));
    for package in ["cldr-bcp47", "cldr-dates-full"] {
        if dir.join(package).is_dir() {
            continue;
        }
        std::fs::create_dir_all(&dir).unwrap();
        let packed = Command::new("npm")
            .args(["pack", "--silent", &format!("{package}@{version}")])
            .current_dir(&dir)
            .output()
            .expect("npm runs");
        assert!(packed.status.success(), "npm pack {package}@{version}");
        let tarball = String::from_utf8(packed.stdout).unwrap();
        let unpack = dir.join(format!("{package}.partial"));
        let _ = std::fs::remove_dir_all(&unpack);
        std::fs::create_dir_all(&unpack).unwrap();
        let status = Command::new("tar")
            .arg("xzf")
            .arg(dir.join(tarball.trim()))
            .arg("-C")
            .arg(&unpack)
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::rename(unpack.join("package"), dir.join(package)).unwrap();
    }
    dir
}

fn read(path: PathBuf) -> Value {
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

/// The exemplar city of the zone `id` in `lang` as UTS #35 reads it from the
/// JSON: the zone's CLDR identifier is the first alias of the key that lists
/// `id`; its `exemplarCity`, or else its last part with spaces for `_`. An
/// identifier CLDR does not list is its own last part.
fn exemplar_city(keys: &Value, names: &Value, lang: &str, id: &str) -> String {
    let canonical = keys["keyword"]["u"]["tz"]
        .as_object()
        .unwrap()
        .values()
        .filter(|key| key.get("_deprecated").is_none())
        .filter_map(|key| key["_alias"].as_str())
        .find(|aliases| aliases.split(' ').any(|alias| alias == id))
        .map(|aliases| aliases.split(' ').next().unwrap().to_owned())
        .unwrap_or_else(|| id.to_owned());
    let mut zone = &names["main"][lang]["dates"]["timeZoneNames"]["zone"];
    for part in canonical.split('/') {
        zone = &zone[part];
    }
    match zone["exemplarCity"].as_str() {
        Some(city) => city.to_owned(),
        None => canonical.rsplit('/').next().unwrap().replace('_', " "),
    }
}

fn heading(body: &str) -> &str {
    let start = body.find("<h1>").expect(body) + "<h1>".len();
    &body[start..start + body[start..].find("</h1>").unwrap()]
}

fn unescape(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

fn every_zone_is_headed_with_its_exemplar_city(client: &Client, langs: &[Lang]) {
    let cldr = cldr();
    let names: Vec<String> = client.get("/api/timezone").dispatch().into_json().unwrap();
    assert!(names.len() > 400, "{} zones", names.len());
    let mut wrong = Vec::new();
    let keys = read(cldr.join("cldr-bcp47/bcp47/timezone.json"));
    for lang in langs {
        let json = read(cldr.join(format!("cldr-dates-full/main/{lang}/timeZoneNames.json")));
        let lang_code = lang.code();
        let expected: Vec<String> = names
            .iter()
            .map(|id| lang.heading(&exemplar_city(&keys, &json, lang_code, id)))
            .collect();
        for (id, expected) in names.iter().zip(expected) {
            let body = client
                .get(format!("/{id}?lang={lang}"))
                .dispatch()
                .into_string()
                .unwrap_or_default();
            let shown = unescape(heading(&body));
            if shown != expected {
                wrong.push(format!("{id} ({lang}): {shown:?}, CLDR: {expected:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_zone_of_the_system_database_is_headed_with_cldr_s_city_in_every_language() {
    let client = ClientBuilder::default()
        .set("tzdb", "system")
        .set("tzdb_dir", SYSTEM_DIR)
        .build();
    every_zone_is_headed_with_its_exemplar_city(&client, &Lang::ALL);
}

#[test]
fn every_zone_of_the_embedded_database_is_headed_with_cldr_s_city_in_both_languages() {
    let client = ClientBuilder::default().set("tzdb", "embedded").build();
    every_zone_is_headed_with_its_exemplar_city(&client, &[Lang::En, Lang::Ru]);
}

#[test]
fn kolkata_is_kolkata_under_both_its_names() {
    let client = common::client();
    for id in ["Asia/Kolkata", "Asia/Calcutta"] {
        let body = client
            .get(format!("/{id}"))
            .dispatch()
            .into_string()
            .unwrap();
        assert!(body.contains("<title>Time in Kolkata</title>"), "{body}");
        assert!(body.contains(&format!(r#"<span id="zone-name" dir="ltr">{id}</span>"#)));
        assert!(body.contains(">India Standard Time</span>"), "{body}");
        let body = client
            .get(format!("/{id}?lang=ru"))
            .dispatch()
            .into_string()
            .unwrap();
        assert!(body.contains("<h1>Время: Калькутта</h1>"), "{body}");
    }
}

#[test]
fn the_zone_s_name_is_cldr_s_and_follows_daylight_saving_time() {
    let winter = ClientBuilder::default().at("2026-01-15T12:00:00Z").build();
    let summer = ClientBuilder::default().at("2026-07-15T12:00:00Z").build();
    let page = |client: &Client, path: &str| client.get(path).dispatch().into_string().unwrap();
    let berlin = page(&winter, "/Europe/Berlin?lang=ru");
    assert!(
        berlin.contains(r#"data-standard="Центральная Европа, стандартное время" data-daylight="Центральная Европа, летнее время">Центральная Европа, стандартное время</span>"#),
        "{berlin}"
    );
    let berlin = page(&summer, "/Europe/Berlin");
    assert!(
        berlin.contains(">Central European Summer Time</span>"),
        "{berlin}"
    );
    let moscow = page(&summer, "/?lang=ru");
    assert!(
        moscow.contains(
            ">Москва, стандартное время</span> · <span id=\"zone-label\">MSK, UTC+03:00</span>"
        ),
        "{moscow}"
    );
}

#[test]
fn names_in_either_language_any_case_raw_or_encoded_lead_to_the_zone_s_page() {
    let client = common::client();
    for (path, zone) in [
        ("/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0", "Europe/Moscow"), // Москва
        ("/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0", "Europe/Moscow"), // москва
        (
            "/%D0%9D%D1%8C%D1%8E-%D0%99%D0%BE%D1%80%D0%BA",
            "America/New_York",
        ), // Нью-Йорк
        (
            "/%D0%92%D0%BB%D0%B0%D0%B4%D0%B8%D0%B2%D0%BE%D1%81%D1%82%D0%BE%D0%BA",
            "Asia/Vladivostok",
        ),
        ("/new%20york", "America/New_York"),
        ("/New_York", "America/New_York"),
        ("/kolkata", "Asia/Kolkata"),
        ("/calcutta", "Asia/Kolkata"),
        ("/CALCUTTA?lang=ru", "Asia/Kolkata?lang=ru"),
        ("/kyiv", "Europe/Kyiv"),
        // Large cities no zone is named after, by their names (GeoNames).
        ("/M%C3%BCnchen?lang=de", "Europe/Berlin?lang=de"), // München
        ("/%D0%9C%D1%8E%D0%BD%D1%85%D0%B5%D0%BD", "Europe/Berlin"), // Мюнхен
        (
            "/%E3%83%9F%E3%83%A5%E3%83%B3%E3%83%98%E3%83%B3?lang=ja",
            "Europe/Berlin?lang=ja",
        ), // ミュンヘン
        ("/hamburg", "Europe/Berlin"),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::MovedPermanently, "{path}");
        let location = format!("/{zone}");
        assert_eq!(
            response.headers().get_one("Location"),
            Some(&*location),
            "{path}"
        );
        let landed = client.get(location.clone()).dispatch();
        assert_eq!(landed.status(), Status::Ok, "{location}");
    }
    // Unencoded, as some clients send it.
    let server = Server::start(&[]);
    for raw in ["/Москва", "/нью-йорк"] {
        let answer = common::raw(
            server.addr,
            format!("GET {raw} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
        );
        assert_eq!(answer.status, 301, "{raw}: {}", answer.text);
        assert!(
            answer.header("Location").is_some_and(
                |l| l.starts_with("/Europe/Moscow") || l.starts_with("/America/New_York")
            ),
            "{raw}: {}",
            answer.text
        );
    }
}

#[test]
fn the_picker_takes_names_in_either_language() {
    let client = common::client();
    for (query, to) in [
        (
            "name=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&lang=ru",
            "/Europe/Moscow?lang=ru",
        ),
        (
            "name=%D0%BD%D1%8C%D1%8E+%D0%B9%D0%BE%D1%80%D0%BA",
            "/America/New_York",
        ),
        ("name=new+york", "/America/New_York"),
        ("name=Kolkata", "/Asia/Kolkata"),
        ("name=calcutta&lang=en", "/Asia/Kolkata?lang=en"),
    ] {
        let response = client.get(format!("/zone?{query}")).dispatch();
        assert_eq!(response.status(), Status::SeeOther, "{query}");
        assert_eq!(response.headers().get_one("Location"), Some(to), "{query}");
    }
}

#[test]
fn a_name_several_places_share_is_a_choice_in_the_reader_s_language() {
    let client = common::client();
    let response = client.get("/eastern").dispatch();
    assert_eq!(response.status(), Status::MultipleChoices);
    assert_eq!(response.content_type(), Some(ContentType::HTML));
    let body = response.into_string().unwrap();
    assert!(body.contains("<h1>Which one?</h1>"), "{body}");
    assert!(
        body.contains("Several places are called “eastern”:"),
        "{body}"
    );
    assert!(body.contains(
        r#"<a href="/America/New_York">New York</a> · <span dir="ltr">America/New_York</span>"#
    ));
    assert!(body.contains(
        r#"<a href="/America/Toronto">Toronto</a> · <span dir="ltr">America/Toronto</span>"#
    ));

    let response = client.get("/zone?name=Pacific&lang=ru").dispatch();
    assert_eq!(response.status(), Status::MultipleChoices);
    let body = response.into_string().unwrap();
    assert!(
        body.contains("«Pacific» — так называют несколько мест:"),
        "{body}"
    );
    assert!(
        body.contains(r#"<a href="/America/Los_Angeles?lang=ru">Лос-Анджелес</a>"#),
        "{body}"
    );
    assert!(
        body.contains(r#"<a href="/America/Vancouver?lang=ru">Ванкувер</a>"#),
        "{body}"
    );
}

#[test]
fn a_misspelt_name_suggests_places_in_the_reader_s_language() {
    let client = common::client();
    // Москв
    let response = client
        .get("/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2?lang=ru")
        .dispatch();
    assert_eq!(response.status(), Status::NotFound);
    let body = response.into_string().unwrap();
    let first = body.find("<li>").expect(&body);
    assert!(
        body[first..]
            .starts_with(r#"<li><a href="/Europe/Moscow?lang=ru">Москва</a> · <span dir="ltr">Europe/Moscow</span></li>"#),
        "{body}"
    );
    // One suggestion per place: Kolkata once, under its IANA name.
    let body = client.get("/Kolkatta").dispatch().into_string().unwrap();
    assert!(
        body.contains(r#"<a href="/Asia/Kolkata">Kolkata</a>"#),
        "{body}"
    );
    assert!(!body.contains("/Asia/Calcutta"), "{body}");
}

#[test]
fn the_api_names_zones_by_their_identifiers_only() {
    let client = common::client();
    let body = client
        .get("/api/timezone/Asia/Calcutta")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(body.contains(r#""timezone":"Asia/Calcutta""#), "{body}");
    assert!(
        !body.contains("Kolkata") && !body.contains("India"),
        "{body}"
    );
}
