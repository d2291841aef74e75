//! The page in English and Russian: `Accept-Language`, `?lang=` and the
//! `lang` setting, at a fixed instant; the API is the same in every language.

use chrono_tz::{America, Asia, Europe};
use moscow_time::locale::Lang;
use moscow_time::tui::App;
use rocket::http::{Header, Status};
use rocket::local::blocking::Client;

use crate::common::{self, ClientBuilder};

/// A client for the server at `common::INSTANT` with the `lang` setting.
fn client_speaking(lang: &str) -> Client {
    ClientBuilder::default().set("lang", lang).build()
}

/// A browser's `Accept-Language: value`.
fn accept_language(value: &str) -> Header<'static> {
    Header::new("Accept-Language", value.to_owned())
}

/// The `<html lang>` of the page at `path` for a browser asking for the
/// languages `asked`, if any.
fn page_lang(client: &Client, path: &str, asked: Option<&str>) -> String {
    let mut request = client.get(path.to_owned());
    if let Some(value) = asked {
        request = request.header(accept_language(value));
    }
    let body = request.dispatch().into_string().unwrap();
    let start = body.find("<html lang=\"").expect("an html element") + 12;
    body[start..start + 2].to_owned()
}

const RUSSIAN_PAGE: [&str; 5] = [
    r#"<html lang="ru" dir="ltr">"#,
    "<title>Время: Москва</title>",
    "<h1>Время: Москва</h1>",
    // 2012-06-01T12:00:00Z: 16:00 on a Friday in Moscow.
    "<p id=\"date\">пятница, 1 июня 2012\u{202f}г.</p>",
    ">16:00:00</time>",
];

#[test]
fn a_browser_asking_for_russian_gets_the_russian_page() {
    let client = client_speaking("en");
    let response = client
        .get("/")
        .header(accept_language("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"))
        .dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.headers().get_one("Content-Language"), Some("ru"));
    assert_eq!(
        response.headers().get_one("Vary"),
        Some("Accept-Language, Accept-Encoding")
    );
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("no-store")
    );
    let body = response.into_string().unwrap();
    for part in RUSSIAN_PAGE {
        assert!(body.contains(part), "{part} missing from {body}");
    }
    assert!(!body.contains("Time in"), "{body}");
}

#[test]
fn the_russian_page_hands_its_script_the_russian_names() {
    let body = client_speaking("en")
        .get("/?lang=ru")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(
        body.contains(
            r#"data-weekdays="воскресенье,понедельник,вторник,среда,четверг,пятница,суббота""#
        ),
        "{body}"
    );
    assert!(
        body.contains(r#"data-months="января,февраля,марта,"#),
        "{body}"
    );
    assert!(
        body.contains("data-date-pattern=\"{weekday}, {day} {month} {year}\u{202f}г.\""),
        "{body}"
    );
}

#[test]
fn the_english_page_is_the_default_and_says_so() {
    let client = client_speaking("en");
    let response = client.get("/").dispatch();
    assert_eq!(response.headers().get_one("Content-Language"), Some("en"));
    assert_eq!(
        response.headers().get_one("Vary"),
        Some("Accept-Language, Accept-Encoding")
    );
    let body = response.into_string().unwrap();
    assert!(body.contains(r#"<html lang="en" dir="ltr">"#), "{body}");
    assert!(body.contains("<h1>Time in Moscow</h1>"), "{body}");
    assert!(
        body.contains(r#"<p id="date">Friday, 1 June 2012</p>"#),
        "{body}"
    );
    assert!(body.contains(r#"data-weekdays="Sunday,Monday,"#), "{body}");
}

#[test]
fn each_clock_page_links_to_itself_in_the_other_languages() {
    let client = client_speaking("en");
    for (path, link) in [
        (
            "/",
            r#"<a href="?lang=ru" hreflang="ru" lang="ru">Русский</a>"#,
        ),
        (
            "/",
            r#"<a href="?lang=ar" hreflang="ar" lang="ar" dir="rtl">العربية</a>"#,
        ),
        ("/", "<summary>Language: English</summary>"),
        (
            "/?lang=ru",
            r#"<a href="?lang=en" hreflang="en" lang="en">English</a>"#,
        ),
        ("/?lang=ru", "<summary>Язык: Русский</summary>"),
        (
            "/Asia/Tokyo?lang=ru",
            r#"<a href="?lang=ja" hreflang="ja" lang="ja">日本語</a>"#,
        ),
    ] {
        let body = client.get(path).dispatch().into_string().unwrap();
        assert!(body.contains(link), "{path}: {body}");
    }
}

#[test]
fn q_values_decide_between_the_languages_spoken_here() {
    let client = client_speaking("en");
    assert_eq!(page_lang(&client, "/", Some("en;q=0.5, ru;q=0.8")), "ru");
    assert_eq!(page_lang(&client, "/", Some("ru;q=0.5, en;q=0.8")), "en");
    assert_eq!(page_lang(&client, "/", Some("ko-KR, ru;q=0.3")), "ru");
    assert_eq!(page_lang(&client, "/", Some("de-DE, ru;q=0.3")), "de");
    assert_eq!(page_lang(&client, "/", Some("pt-BR,pt;q=0.9")), "pt");
    assert_eq!(page_lang(&client, "/", Some("ru;q=0, en;q=0.1")), "en");
}

#[test]
fn the_setting_is_the_language_when_the_browser_asks_for_none_spoken_here() {
    let client = client_speaking("ru");
    assert_eq!(page_lang(&client, "/", None), "ru");
    assert_eq!(page_lang(&client, "/", Some("ko, nl;q=0.9")), "ru");
    assert_eq!(page_lang(&client, "/", Some("*")), "ru");
    assert_eq!(page_lang(&client, "/", Some("en-GB")), "en");
}

#[test]
fn lang_in_the_query_wins_over_the_browser_and_the_setting() {
    let client = client_speaking("ru");
    assert_eq!(page_lang(&client, "/?lang=en", Some("ru")), "en");
    let client = client_speaking("en");
    assert_eq!(page_lang(&client, "/?lang=ru", Some("en")), "ru");
    assert_eq!(page_lang(&client, "/?lang=RU", None), "ru");
}

#[test]
fn an_unknown_lang_in_the_query_is_a_400_that_names_it() {
    let client = client_speaking("en");
    // The page escapes the quotes around the name.
    for (path, named) in [("/?lang=ko", "&#39;ko&#39;"), ("/?lang=", "&#39;&#39;")] {
        let response = client.get(path).header(accept_language("ru")).dispatch();
        assert_eq!(response.status(), Status::BadRequest, "{path}");
        let body = response.into_string().unwrap();
        assert!(
            body.contains(&format!(
                "unknown language {named} (expected one of en, ru, de, fr, es, pt, it, uk, \
                 pl, tr, zh, ja, hi, ar)"
            )),
            "{path}: {body}"
        );
    }
}

#[test]
fn a_missing_page_speaks_the_language_asked_for() {
    let client = client_speaking("en");
    // Paths no route answers: every other one names a zone, and a name that
    // finds none has its own not-found page.
    for (path, header) in [
        ("/static/nowhere", "ru-RU"),
        ("/static/nowhere?lang=ru", "en"),
    ] {
        let response = client.get(path).header(accept_language(header)).dispatch();
        assert_eq!(response.status(), Status::NotFound, "{path}");
        assert_eq!(response.headers().get_one("Content-Language"), Some("ru"));
        assert_eq!(
            response.headers().get_one("Vary"),
            Some("Accept-Language, Accept-Encoding")
        );
        let body = response.into_string().unwrap();
        assert!(body.contains(r#"<html lang="ru" dir="ltr">"#), "{body}");
        assert!(body.contains("<h1>Не найдено</h1>"), "{body}");
        assert!(body.contains("Назад к часам"), "{body}");
    }
    // A page that is missing is missing in any language: an unknown ?lang=
    // leaves it in the setting's.
    let russian = client_speaking("ru");
    let response = russian.get("/static/nowhere?lang=xx").dispatch();
    assert_eq!(response.status(), Status::NotFound);
    assert!(
        response
            .into_string()
            .unwrap()
            .contains("<h1>Не найдено</h1>")
    );
    let response = client.get("/static/nowhere").dispatch();
    assert!(
        response
            .into_string()
            .unwrap()
            .contains("<h1>Not found</h1>")
    );
}

#[test]
fn the_api_answers_the_same_bytes_in_every_language() {
    let client = client_speaking("ru");
    for path in [
        "/api/timezone/Europe/Moscow",
        "/api/ip.txt",
        "/api/timezone",
    ] {
        let plain = client.get(path).dispatch();
        let plain_vary = plain.headers().get_one("Vary").map(str::to_owned);
        let plain = plain.into_bytes().unwrap();
        let russian = client
            .get(path)
            .header(accept_language("ru-RU,ru"))
            .dispatch();
        assert_eq!(
            russian.headers().get_one("Content-Language"),
            None,
            "{path}"
        );
        assert_eq!(
            russian.headers().get_one("Vary").map(str::to_owned),
            plain_vary,
            "{path}"
        );
        assert_eq!(russian.into_bytes().unwrap(), plain, "{path}");
    }
    let body = client
        .get("/api/timezone/Europe/Moscow")
        .header(accept_language("ru"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(body.contains(r#""day_of_week":5"#), "{body}");
}

// The terminal clock.

const RUSSIAN_THREE_ZONES_80X24: &str = "




                                 Время: Москва

             ██████  ██████      ██████  ██████      ██████  ██████
             ██  ██  ██  ██  ██      ██  ██  ██  ██  ██  ██  ██  ██
             ██  ██  ██  ██      ██████  ██  ██      ██  ██  ██  ██
             ██  ██  ██  ██  ██      ██  ██  ██  ██  ██  ██  ██  ██
             ██████  ██████      ██████  ██████      ██████  ██████

                            суббота, 2 июня 2012\u{202f}г.
                         Europe/Moscow · MSK, UTC+04:00
    Часы переведут на 1 час назад: воскресенье, 26 октября 2014\u{202f}г., в 02:00.

           Калькутта  02:00:00                           +1 ч 30 мин
Последний перевод часов: воскресенье, 14 октября 1945\u{202f}г.; новый не запланирован.
           Нью-Йорк   16:30:00  пятница, 1 июня 2012\u{202f}г.         −8 ч
     Часы переведут на 1 час назад: воскресенье, 4 ноября 2012\u{202f}г., в 02:00.



                                  ? — справка";

#[test]
fn the_terminal_speaks_russian_with_several_zones() {
    // 00:30 on 2 June in Moscow; New York is still on the 1st.
    let app = App::new(Europe::Moscow, common::instant("2012-06-01T20:30:00Z"))
        .and_zone(Asia::Kolkata)
        .and_zone(America::New_York)
        .speaking(Lang::Ru);
    assert_eq!(common::screen(&app, 80, 24), RUSSIAN_THREE_ZONES_80X24[1..]);
}

#[test]
fn the_terminals_keys_and_small_screen_are_russian_too() {
    let mut app = App::new(Europe::Moscow, common::instant(common::INSTANT)).speaking(Lang::Ru);
    assert_eq!(
        common::screen(&app, 30, 5)
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>(),
        [
            "Время: Москва",
            "16:00:00",
            "пятница, 1 июня 2012\u{202f}г.",
            "Europe/Moscow · MSK, UTC+04:00",
            "? — справка",
        ]
    );
    let press = |app: &mut App, key| {
        app.handle_key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char(key),
            ratatui::crossterm::event::KeyModifiers::NONE,
        ))
    };
    press(&mut app, '?');
    let keys = common::screen(&app, 80, 24);
    assert!(
        keys.ends_with("q, Esc или Ctrl-C — выход · s — секунды · t — 12/24 ч · ? — скрыть"),
        "{keys}"
    );
    let mut several = app.and_zone(Asia::Tokyo);
    press(&mut several, 'z');
    let tokyo = common::screen(&several, 80, 24);
    assert!(tokyo.contains("Время: Токио"), "{tokyo}");
    assert!(tokyo.contains("Москва  16:00:00  −5 ч"), "{tokyo}");
    assert!(tokyo.ends_with("z — след. пояс · ? — скрыть"), "{tokyo}");
}
