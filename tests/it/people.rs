//! What people come to a clock page for beyond the time: the next clock
//! change on every zone's page, and two places side by side
//! (`/Europe/Moscow/vs/Asia/Tokyo`), in English and Russian, without script.

use rocket::http::Status;
use rocket::local::blocking::Client;

use crate::common::ClientBuilder;

/// The embedded rules, on a day of December 2026.
fn december() -> Client {
    ClientBuilder::default().at("2026-12-07T09:00:00Z").build()
}

fn page(client: &Client, path: &str) -> String {
    let response = client.get(path).dispatch();
    assert_eq!(response.status(), Status::Ok, "{path}");
    response.into_string().unwrap()
}

#[test]
fn a_zone_page_says_when_the_clocks_change_next_or_last_changed() {
    let client = december();
    for (path, line) in [
        (
            "/Europe/Berlin",
            r#"<p id="change" data-at="2027-03-28T01:00:00Z">Clocks go forward 1 hour on Sunday, 28 March 2027 at 02:00 (CET → CEST).</p>"#,
        ),
        (
            "/Europe/Berlin?lang=ru",
            "<p id=\"change\" data-at=\"2027-03-28T01:00:00Z\">Часы переведут на 1 час вперёд: воскресенье, 28 марта 2027\u{202f}г., в 02:00 (CET → CEST).</p>",
        ),
        (
            "/Europe/Moscow",
            r#"<p id="change" data-at="2014-10-25T22:00:00Z">No clock change is planned; the last was on Sunday, 26 October 2014 (UTC+04:00 → UTC+03:00).</p>"#,
        ),
        (
            "/Australia/Lord_Howe",
            r#">Clocks go back 30 minutes on Sunday, 4 April 2027 at 02:00 (+11 → +1030).</p>"#,
        ),
        (
            "/Etc/GMT+5",
            r#"<p id="change">The clocks here have never changed.</p>"#,
        ),
        (
            "/Etc/GMT+5?lang=ru",
            r#"<p id="change">Часы здесь никогда не переводили.</p>"#,
        ),
    ] {
        let body = page(&client, path);
        assert!(body.contains(line), "{path}: {line} not in\n{body}");
    }
}

#[test]
fn tokyo_beside_moscow_says_the_difference_and_9_there_is_15_here() {
    let body = page(&december(), "/Europe/Moscow/vs/Asia/Tokyo");
    for part in [
        "<title>Moscow and Tokyo</title>",
        r#"<p id="difference" data-seconds="21600">Tokyo is 6 hours ahead of Moscow.</p>"#,
        r#"<tr><td>09:00</td><td data-local="2026-12-07T15:00:00">15:00</td></tr>"#,
        r#"<tr><td>20:00</td><td data-local="2026-12-08T02:00:00">02:00 <small>(next day)</small></td></tr>"#,
        ">12:00</time>",
        ">18:00</time>",
        "No clock change is planned; the last was on Sunday, 9 September 1951 (JDT → JST).",
        r#"<a href="/Asia/Tokyo/vs/Europe/Moscow">Tokyo and Moscow</a>"#,
    ] {
        assert!(body.contains(part), "{part} not in\n{body}");
    }
    assert!(!body.contains("<script"), "the page needs no script");
    let russian = page(&december(), "/Europe/Berlin/vs/America/New_York?lang=ru");
    for part in [
        "<h1>Берлин и Нью-Йорк</h1>",
        "Нью-Йорк позади, Берлин впереди; разница во времени: 6 часов.",
        "<caption>Часы дня: Берлин — Нью-Йорк</caption>",
    ] {
        assert!(russian.contains(part), "{part} not in\n{russian}");
    }
}

#[test]
fn names_typed_otherwise_move_to_both_zones_names_and_a_miss_is_a_404() {
    let client = december();
    let moved = client.get("/moscow/vs/tokyo?lang=ru").dispatch();
    assert_eq!(moved.status(), Status::MovedPermanently);
    assert_eq!(
        moved.headers().get_one("Location"),
        Some("/Europe/Moscow/vs/Asia/Tokyo?lang=ru")
    );
    let missing = client.get("/Europe/Moscow/vs/Mars/Olympus").dispatch();
    assert_eq!(missing.status(), Status::NotFound);
    assert!(missing.into_string().unwrap().contains("Mars/Olympus"));
    let bad = client
        .get("/Europe/Moscow/vs/Asia/Tokyo?lang=xx")
        .dispatch();
    assert_eq!(bad.status(), Status::BadRequest);
}

#[test]
fn the_clock_page_s_form_leads_to_the_comparison() {
    let client = december();
    let body = page(&client, "/Europe/Moscow");
    assert!(
        body.contains(r#"<form id="compare-form" class="form" method="get" action="/compare">"#)
    );
    assert!(body.contains(r#"<input type="hidden" name="zone" value="Europe/Moscow">"#));
    let answer = client
        .get("/compare?with=tokyo&zone=Europe/Moscow&lang=ru")
        .dispatch();
    assert_eq!(answer.status(), Status::SeeOther);
    assert_eq!(
        answer.headers().get_one("Location"),
        Some("/Europe/Moscow/vs/Asia/Tokyo?lang=ru")
    );
    let unknown = client
        .get("/compare?with=nowhere-at-all&zone=Europe/Moscow")
        .dispatch();
    assert_eq!(unknown.status(), Status::NotFound);
}

#[test]
fn a_zone_page_says_when_the_sun_rises_and_sets_there_today() {
    let client = december();
    let moscow = page(&client, "/Europe/Moscow");
    let sun = moscow
        .split(r#"<p id="sun">"#)
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .expect("a sun line");
    // 7 December 2026 in Moscow: the sun up from 08:43 to 15:57.
    assert!(
        sun.starts_with("Sunrise 08:4")
            && sun.contains(", sunset 15:5")
            && sun.ends_with(" of daylight."),
        "{sun}"
    );
    for (path, line) in [
        (
            "/Arctic/Longyearbyen",
            r#"<p id="sun">Polar night: the sun does not rise today.</p>"#,
        ),
        (
            "/Antarctica/McMurdo?lang=ru",
            r#"<p id="sun">Полярный день: сегодня солнце не заходит.</p>"#,
        ),
    ] {
        let body = page(&client, path);
        assert!(body.contains(line), "{path}: {line} not in\n{body}");
    }
    let russian = page(&client, "/Europe/Moscow?lang=ru");
    assert!(
        russian.contains(r#"<p id="sun">Восход в 08:4"#),
        "{russian}"
    );
    assert!(
        !page(&client, "/Etc/UTC").contains(r#"id="sun""#),
        "UTC has no place"
    );
}
