//! A clock page for every zone, the redirects to it, the 404 page with the
//! closest names, and the zone picker.

use rocket::http::{ContentType, Method, Status};

use crate::common;

#[test]
fn a_zone_s_path_shows_the_time_there() {
    let client = common::client();
    // 2012-06-01T12:00:00Z is 21:00 in Tokyo, 09:00 in Buenos Aires.
    for (path, title, time, label) in [
        (
            "/Asia/Tokyo",
            "Time in Tokyo",
            ">21:00:00</time>",
            "JST, UTC+09:00",
        ),
        (
            "/America/Argentina/Buenos_Aires",
            "Time in Buenos Aires",
            ">09:00:00</time>",
            "-03, UTC-03:00",
        ),
        (
            "/Asia/Kolkata",
            "Time in Kolkata",
            ">17:30:00</time>",
            "IST, UTC+05:30",
        ),
        ("/UTC", "Time in UTC", ">12:00:00</time>", "UTC, UTC+00:00"),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::Ok, "{path}");
        assert_eq!(response.content_type(), Some(ContentType::HTML), "{path}");
        assert_eq!(
            response.headers().get_one("Cache-Control"),
            Some("no-store")
        );
        let body = response.into_string().unwrap();
        assert!(body.contains(&format!("<title>{title}</title>")), "{path}");
        assert!(body.contains(time), "{path}: {body}");
        assert!(body.contains(label), "{path}: {body}");
        let zone = &path[1..];
        assert!(body.contains(&format!(r#"data-zone="{zone}""#)), "{path}");
        assert!(body.contains(&format!(r#"<span id="zone-name" dir="ltr">{zone}</span>"#)));
    }
}

#[test]
fn the_front_page_stays_the_configured_zone() {
    let client = common::client_in("Asia/Tokyo");
    let response = client.get("/").dispatch();
    assert_eq!(response.status(), Status::Ok);
    let body = response.into_string().unwrap_or_default();
    assert!(body.contains("<title>Time in Tokyo</title>"), "{body}");
    let client = common::client_in("Asia/Tokyo");
    let body = client
        .get("/Europe/Moscow")
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert!(body.contains("<title>Time in Moscow</title>"), "{body}");
    assert!(body.contains(">16:00:00</time>"), "{body}");
}

#[test]
fn a_name_in_other_letter_case_is_moved_to_the_zone_s_page_with_its_query() {
    let client = common::client();
    for (path, to) in [
        ("/asia/tokyo", "/Asia/Tokyo"),
        ("/ASIA/TOKYO?lang=ru", "/Asia/Tokyo?lang=ru"),
        (
            "/america/argentina/buenos_aires",
            "/America/Argentina/Buenos_Aires",
        ),
        ("/utc", "/UTC"),
        ("/tokyo", "/Asia/Tokyo"),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::MovedPermanently, "{path}");
        assert_eq!(response.headers().get_one("Location"), Some(to), "{path}");
    }
}

#[test]
fn an_unknown_zone_is_a_404_page_suggesting_the_closest_names() {
    let client = common::client();
    let response = client.get("/Europe/Moskow").dispatch();
    assert_eq!(response.status(), Status::NotFound);
    assert_eq!(response.content_type(), Some(ContentType::HTML));
    assert!(
        response
            .headers()
            .get_one("Content-Security-Policy")
            .is_some()
    );
    let body = response.into_string().unwrap();
    assert!(
        body.contains("There is no time zone named “Europe/Moskow”."),
        "{body}"
    );
    let first = body.find(r#"<li><a href="/Europe/Moscow">"#).expect(&body);
    assert!(body[..first].find("<li>").is_none(), "Moscow first: {body}");
    // The picker is there to try again.
    assert!(body.contains(r#"<form id="picker" method="get" action="/zone">"#));

    let response = client.get("/Tokoy?lang=ru").dispatch();
    assert_eq!(response.status(), Status::NotFound);
    let body = response.into_string().unwrap_or_default();
    assert!(
        body.contains(
            r#"<a href="/Asia/Tokyo?lang=ru">Токио</a> · <span dir="ltr">Asia/Tokyo</span>"#
        ),
        "{body}"
    );
}

#[test]
fn a_place_under_two_names_leads_to_its_iana_name() {
    let client = common::client();
    let response = client.get("/buenos_aires").dispatch();
    assert_eq!(response.status(), Status::MovedPermanently);
    assert_eq!(
        response.headers().get_one("Location"),
        Some("/America/Argentina/Buenos_Aires")
    );
}

#[test]
fn a_very_long_name_is_a_404_without_suggestions() {
    let long = format!("/{}", "Europe/Moscow".repeat(300));
    let client = common::client();
    let response = client.get(long.as_str()).dispatch();
    assert_eq!(response.status(), Status::NotFound);
    let body = response.into_string().unwrap_or_default();
    assert!(body.contains("There is no time zone named"), "{body}");
    assert!(!body.contains(r#"<ul id="suggestions">"#));
}

#[test]
fn head_answers_a_zone_s_page_without_its_body() {
    let client = common::client();
    let response = client.head("/Asia/Tokyo").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.content_type(), Some(ContentType::HTML));
    assert_eq!(response.into_string().unwrap_or_default(), "");
}

#[test]
fn what_was_typed_is_shown_as_text_never_as_markup() {
    let client = common::client();
    let response = client
        .get("/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .dispatch();
    assert_eq!(response.status(), Status::NotFound);
    let body = response.into_string().unwrap_or_default();
    assert!(!body.contains("<script>alert"), "{body}");
    assert!(body.contains("&#60;script&#62;alert(1)"), "{body}");
}

#[test]
fn the_rest_of_the_site_keeps_its_own_answers() {
    let client = common::client();
    let response = client.get("/api/nothing").dispatch();
    assert_eq!(
        (
            response.status(),
            response.into_string().unwrap_or_default()
        ),
        (Status::NotFound, r#"{"error":"not found"}"#.to_owned())
    );
    for path in ["/static/nothing.css", "/favicon.ico", "/healthz/x"] {
        let status = client.get(path).dispatch().status();
        assert_eq!(status, Status::NotFound, "{path}");
    }
    // Below the first segment of any other route's path (as mounted), the
    // plain 404 page: no zone is looked for there.
    for path in [
        "/static/a/b",
        "/health/x",
        "/ready/x",
        "/metrics/x",
        "/zone/x",
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::NotFound, "{path}");
        let body = response.into_string().unwrap_or_default();
        assert!(body.contains("There is nothing here."), "{path}: {body}");
    }
    let body = client.get("/healthz/x").dispatch().into_string();
    assert!(
        body.unwrap_or_default()
            .contains("There is no time zone named “healthz/x”."),
        "a path no route begins is a zone name that finds nothing"
    );
    for path in [
        "/health",
        "/ready",
        "/metrics",
        "/static/app.css",
        "/api/time",
    ] {
        let status = client.get(path).dispatch().status();
        assert_eq!(status, Status::Ok, "{path}");
    }
}

#[test]
fn another_method_on_a_zone_s_page_is_405_and_404_elsewhere() {
    let client = common::client();
    for path in ["/Asia/Tokyo", "/asia/tokyo", "/UTC", "/zone"] {
        let response = client.req(Method::Post, path).dispatch();
        assert_eq!(response.status(), Status::MethodNotAllowed, "{path}");
        assert_eq!(response.headers().get_one("Allow"), Some("GET, HEAD"));
    }
    for path in ["/Europe/Moskow", "/nothing/here", "/api"] {
        let response = client.req(Method::Post, path).dispatch();
        assert_eq!(response.status(), Status::NotFound, "{path}");
    }
}

#[test]
fn every_page_carries_the_picker_whose_list_of_every_zone_is_kept_for_good() {
    let client = common::client();
    let body = client
        .get("/Asia/Tokyo")
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert!(body.contains(r#"<form id="picker" method="get" action="/zone">"#));
    assert!(body.contains(r#"<input id="picker-name" name="name" list="zone-names""#));
    // The list is not in the page: the datalist names where it is.
    assert_eq!(body.matches("<option").count(), 0, "{body}");
    let start = body.find(r#"data-src=""#).expect("a list to load") + r#"data-src=""#.len();
    let src = &body[start..start + body[start..].find('"').unwrap()];
    assert!(
        src.starts_with("/static/zones/") && src.ends_with(".json"),
        "{src}"
    );

    let response = client.get(src.to_owned()).dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(
        response.content_type(),
        Some(rocket::http::ContentType::JSON)
    );
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("public, max-age=31536000, immutable")
    );
    let zones: Vec<(String, String)> = response.into_json().unwrap();
    assert!(zones.len() > 400, "{} zones", zones.len());
    for (zone, place) in [
        ("Europe/Moscow", "Moscow"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("Asia/Calcutta", "Kolkata"),
        ("UTC", "UTC"),
    ] {
        assert!(zones.contains(&(zone.into(), place.into())), "{zone}");
    }
    // A list of another database: the current names, to be revalidated.
    let old = client.get("/static/zones/0000000000000000.json").dispatch();
    assert_eq!(old.status(), Status::Ok);
    assert_eq!(old.headers().get_one("Cache-Control"), Some("no-cache"));
    assert_eq!(
        client.get("/static/zones/nothing.json").dispatch().status(),
        Status::NotFound
    );
}

#[test]
fn the_picker_sends_the_visitor_to_the_zone_s_page() {
    let client = common::client();
    for (path, to) in [
        ("/zone?name=Asia%2FTokyo", "/Asia/Tokyo"),
        ("/zone?name=Asia/Tokyo", "/Asia/Tokyo"),
        ("/zone?name=asia%2Ftokyo", "/Asia/Tokyo"),
        ("/zone?name=+new+york+", "/America/New_York"),
        ("/zone?lang=ru&name=tokyo", "/Asia/Tokyo?lang=ru"),
    ] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::SeeOther, "{path}");
        assert_eq!(response.headers().get_one("Location"), Some(to), "{path}");
    }
}

#[test]
fn the_picker_answers_an_unknown_or_empty_name_with_the_404_page() {
    let client = common::client();
    let response = client.get("/zone?name=Europe%2FMoskow").dispatch();
    assert_eq!(response.status(), Status::NotFound);
    let body = response.into_string().unwrap_or_default();
    assert!(
        body.contains(
            r#"<a href="/Europe/Moscow">Moscow</a> · <span dir="ltr">Europe/Moscow</span>"#
        ),
        "{body}"
    );
    for path in ["/zone", "/zone?name=", "/zone?name=%20"] {
        let response = client.get(path).dispatch();
        assert_eq!(response.status(), Status::NotFound, "{path}");
        let body = response.into_string().unwrap_or_default();
        assert!(
            body.contains("Name a time zone to see its time."),
            "{path}: {body}"
        );
        assert!(body.contains(r#"<form id="picker""#), "{path}");
    }
}

#[test]
fn the_policy_lets_the_picker_submit_to_this_site_only() {
    let client = common::client();
    for path in ["/", "/Asia/Tokyo", "/Europe/Moskow"] {
        let response = client.get(path).dispatch();
        let csp = response
            .headers()
            .get_one("Content-Security-Policy")
            .unwrap_or_default()
            .to_owned();
        assert!(csp.contains("form-action 'self'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
    }
}

#[test]
fn the_page_hands_its_script_the_phrases_for_your_time() {
    let body = common::client()
        .get("/Asia/Tokyo")
        .dispatch()
        .into_string()
        .unwrap_or_default();
    assert!(
        body.contains(
            r#"<p id="yours" hidden data-place="Tokyo" data-yours="Your time is {time} ({zone}).""#
        ),
        "{body}"
    );
    assert!(body.contains(r#"data-ahead="{place} is {difference} ahead of you.""#));
    assert!(body.contains(r#"data-behind="{place} is {difference} behind you.""#));
    assert!(body.contains(r#"data-same="{place} has the same time as you.""#));
    assert!(body.contains(r#"data-hour-one="{n} hour""#));
    assert!(body.contains(r#"data-hour-other="{n} hours""#));
    assert!(body.contains(r#"data-minute-other="{n} minutes""#));
    // The offset of the visitor's clock is written with the language's
    // decimal sign.
    assert!(body.contains(r#"data-decimal=".""#), "{body}");
}

#[test]
fn a_zone_s_page_speaks_the_language_asked_for() {
    let client = common::client();
    let response = client.get("/Asia/Tokyo?lang=ru").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(response.headers().get_one("Content-Language"), Some("ru"));
    let body = response.into_string().unwrap();
    assert!(body.contains(r#"<html lang="ru" dir="ltr">"#), "{body}");
    assert!(body.contains("пятница, 1 июня 2012\u{202f}г."), "{body}");
    assert!(body.contains(r#"<label for="picker-name">Другой часовой пояс</label>"#));
    assert!(body.contains(r#"data-ahead="{place} опережает вас на {difference}.""#));
    // CLDR's Russian hours in the forms Russian has: 1 час, 5 часов, and
    // 2 часа as `other` (`few` is written alike, so the page leaves it out).
    assert!(body.contains(
        r#" data-hour-one="{n} час" data-minute-one="{n} минута" data-hour-many="{n} часов""#
    ));
    assert!(body.contains(r#" data-hour-other="{n} часа" data-minute-other="{n} минуты""#));
    assert!(!body.contains("data-hour-few"));
    assert!(body.contains(r#"data-unit-list="{0} {1}""#));
    assert!(body.contains(r#"data-decimal=",""#), "{body}");
    // The picker keeps the language.
    assert!(body.contains(r#"<input type="hidden" name="lang" value="ru">"#));

    let response = client.get("/zone?name=Asia%2FTokyo&lang=ru").dispatch();
    assert_eq!(response.status(), Status::SeeOther);
    assert_eq!(
        response.headers().get_one("Location"),
        Some("/Asia/Tokyo?lang=ru")
    );

    let response = client.get("/Europe/Moskow?lang=ru").dispatch();
    assert_eq!(response.status(), Status::NotFound);
    assert_eq!(response.headers().get_one("Content-Language"), Some("ru"));
    let body = response.into_string().unwrap();
    assert!(
        body.contains("Часового пояса «Europe/Moskow» нет."),
        "{body}"
    );
    assert!(body.contains(
        r#"<a href="/Europe/Moscow?lang=ru">Москва</a> · <span dir="ltr">Europe/Moscow</span>"#
    ));

    let response = client.get("/Asia/Tokyo?lang=xx").dispatch();
    assert_eq!(response.status(), Status::BadRequest);
    let body = response.into_string().unwrap_or_default();
    assert!(body.contains("unknown language"), "{body}");
}
