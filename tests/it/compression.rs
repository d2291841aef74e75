//! Lighter answers: brotli and gzip by `Accept-Encoding` (q-values, `Vary`)
//! on the page, the 404 page, the API and the static files, each
//! decompressing to the bytes sent to a client that asks for none; static
//! files by content-addressed names, kept for a year.

use std::io::Read;

use rocket::http::{Header, Status};
use rocket::local::blocking::Client;

use crate::common;

/// Status, `Content-Encoding`, `Vary` and the body as sent, for `path`
/// asked with `Accept-Encoding: accept` (none when empty).
fn fetch(
    client: &Client,
    path: &str,
    accept: &str,
) -> (Status, Option<String>, Option<String>, Vec<u8>) {
    let mut request = client.get(path.to_owned());
    if !accept.is_empty() {
        request = request.header(Header::new("Accept-Encoding", accept.to_owned()));
    }
    let response = request.dispatch();
    let header = |name| response.headers().get_one(name).map(str::to_owned);
    let (encoding, vary) = (header("Content-Encoding"), header("Vary"));
    (
        response.status(),
        encoding,
        vary,
        response.into_bytes().unwrap_or_default(),
    )
}

fn decode(body: &[u8], encoding: Option<&str>) -> Vec<u8> {
    let Some(encoding) = encoding else {
        return body.to_vec();
    };
    let mut plain = Vec::new();
    match encoding {
        "br" => brotli::Decompressor::new(body, 4096)
            .read_to_end(&mut plain)
            .map(drop),
        "gzip" => flate2::read::GzDecoder::new(body)
            .read_to_end(&mut plain)
            .map(drop),
        other => panic!("unexpected Content-Encoding {other}"),
    }
    .expect("a body that decompresses");
    plain
}

/// `path` in each coding decompresses to the body sent uncompressed, and
/// each compressed body is smaller; returns the sizes: identity, br, gzip.
fn same_body_in_every_coding(client: &Client, path: &str, status: Status) -> [usize; 3] {
    let (got, encoding, vary, plain) = fetch(client, path, "");
    assert_eq!(got, status, "{path}");
    assert_eq!(encoding, None, "{path}: nothing asked, nothing compressed");
    assert!(
        vary.unwrap_or_default().contains("Accept-Encoding"),
        "{path}"
    );
    let mut sizes = [plain.len(), 0, 0];
    for (i, accept, token) in [(1, "gzip, deflate, br, zstd", "br"), (2, "gzip", "gzip")] {
        let (got, encoding, vary, body) = fetch(client, path, accept);
        assert_eq!(got, status, "{path} {accept}");
        assert_eq!(encoding.as_deref(), Some(token), "{path} {accept}");
        assert!(
            vary.unwrap_or_default().contains("Accept-Encoding"),
            "{path}"
        );
        assert!(
            body.len() < plain.len(),
            "{path} {token}: {} of {}",
            body.len(),
            plain.len()
        );
        assert_eq!(decode(&body, Some(token)), plain, "{path} {token}");
        sizes[i] = body.len();
    }
    sizes
}

#[test]
fn the_page_the_404_page_the_api_and_static_files_come_compressed_as_asked() {
    let client = common::client();
    let page = same_body_in_every_coding(&client, "/", Status::Ok);
    eprintln!("/: {page:?} bytes (identity, br, gzip)");
    // The targets of a light page: 6 KB as it is, 2.5 KB with brotli.
    assert!(page[0] <= 6 * 1024 && page[1] <= 2560, "{page:?}");
    same_body_in_every_coding(&client, "/Asia/Tokyo?lang=ru", Status::Ok);
    // A miss's 404 page is sent as it is, whatever is asked: compressing it
    // for each answer would double what the cheapest request costs.
    for accept in ["", "br, gzip", "gzip"] {
        let (status, encoding, vary, _) = fetch(&client, "/Europe/Moskow", accept);
        assert_eq!((status, encoding), (Status::NotFound, None), "{accept}");
        assert!(vary.unwrap_or_default().contains("Accept-Encoding"));
    }
    same_body_in_every_coding(&client, "/api/timezone", Status::Ok);
    same_body_in_every_coding(&client, "/api/timezone.txt", Status::Ok);
    same_body_in_every_coding(&client, "/api/timezone/America", Status::Ok);
    same_body_in_every_coding(&client, "/api/timezone/america.txt", Status::Ok);
    same_body_in_every_coding(&client, "/api/openapi.json", Status::Ok);
    same_body_in_every_coding(&client, "/api/transitions/Europe/Berlin?next=5", Status::Ok);
    same_body_in_every_coding(&client, "/static/app.js", Status::Ok);
    same_body_in_every_coding(&client, "/static/app.css", Status::Ok);
}

#[test]
fn q_values_choose_and_a_refusal_is_respected() {
    let client = common::client();
    for (accept, wanted) in [
        ("br;q=0.5, gzip;q=0.9", Some("gzip")),
        ("gzip;q=0, br", Some("br")),
        ("*", Some("br")),
        ("*;q=0.5, br;q=0", Some("gzip")),
        ("identity", None),
        ("br;q=0, gzip;q=0", None),
        ("deflate", None),
    ] {
        let (status, encoding, _, _) = fetch(&client, "/", accept);
        assert_eq!(status, Status::Ok);
        assert_eq!(encoding.as_deref(), wanted, "{accept}");
    }
}

#[test]
fn a_large_answer_made_per_request_goes_in_gzip_where_gzip_is_as_welcome_as_brotli() {
    let client = common::client();
    for path in ["/", "/Asia/Tokyo", "/api/clock", "/health"] {
        client.get(path).dispatch();
    }
    let (_, _, _, plain) = fetch(&client, "/metrics", "");
    // At least 4 KiB, where gzip 1 is the cheaper of the two.
    assert!(plain.len() >= 4096, "/metrics is {} bytes", plain.len());
    for (accept, token) in [
        ("gzip, deflate, br, zstd", "gzip"),
        ("*", "gzip"),
        ("br", "br"),
        ("br, gzip;q=0.9", "br"),
        ("gzip", "gzip"),
    ] {
        let (status, encoding, _, body) = fetch(&client, "/metrics", accept);
        assert_eq!(status, Status::Ok, "{accept}");
        assert_eq!(encoding.as_deref(), Some(token), "{accept}");
        let text = String::from_utf8(decode(&body, Some(token))).unwrap();
        assert!(text.contains("\nhttp_requests_total{"), "{accept}: {text}");
    }
    // A body under 4 KiB made per request stays in brotli.
    let (_, encoding, _, _) = fetch(
        &client,
        "/api/transitions/Europe/Berlin?next=3",
        "gzip, deflate, br",
    );
    assert_eq!(encoding.as_deref(), Some("br"));
}

#[test]
fn small_answers_are_sent_as_they_are() {
    let client = common::client();
    for path in ["/api/timezone/Europe/Moscow", "/health", "/api/clock"] {
        let (status, encoding, _, _) = fetch(&client, path, "br, gzip");
        assert_eq!(status, Status::Ok, "{path}");
        assert_eq!(encoding, None, "{path}");
    }
}

#[test]
fn static_files_by_their_hashed_names_are_kept_a_year_and_validated_per_coding() {
    let client = common::client();
    let page = client.get("/").dispatch().into_string().unwrap();
    let mut hashed = Vec::new();
    for (before, after) in [
        ("<script src=\"/static/app.", ".js\""),
        ("<link rel=\"stylesheet\" href=\"/static/app.", ".css\""),
        ("<link rel=\"icon\" href=\"/static/favicon.", ".svg\""),
    ] {
        let start = page
            .find(before)
            .unwrap_or_else(|| panic!("{before} in {page}"))
            + before.len();
        let hash = &page[start..start + page[start..].find(after).unwrap()];
        assert_eq!(hash.len(), 10, "{hash}");
        assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{hash}");
        let path = format!(
            "{}{hash}{}",
            &before[before.find("/static").unwrap()..],
            &after[..after.len() - 1]
        );
        hashed.push(path);
    }
    for path in &hashed {
        let response = client.get(path.clone()).dispatch();
        assert_eq!(response.status(), Status::Ok, "{path}");
        assert_eq!(
            response.headers().get_one("Cache-Control"),
            Some("public, max-age=31536000, immutable"),
            "{path}"
        );
    }
    // The old plain name still answers, to be revalidated.
    let response = client.get("/static/app.js").dispatch();
    assert_eq!(response.status(), Status::Ok);
    assert_eq!(
        response.headers().get_one("Cache-Control"),
        Some("public, max-age=0, must-revalidate")
    );

    // One ETag per coding, each validating only its own form.
    let etag = |accept: &str| {
        let response = client
            .get(hashed[0].clone())
            .header(Header::new("Accept-Encoding", accept.to_owned()))
            .dispatch();
        response.headers().get_one("ETag").unwrap().to_owned()
    };
    let (identity, br, gzip) = (etag("identity"), etag("br"), etag("gzip"));
    assert!(
        identity != br && br != gzip && identity != gzip,
        "{identity} {br} {gzip}"
    );
    let revalidated = |accept: &str, tag: &str| {
        let response = client
            .get(hashed[0].clone())
            .header(Header::new("Accept-Encoding", accept.to_owned()))
            .header(Header::new("If-None-Match", tag.to_owned()))
            .dispatch();
        let vary = response.headers().get_one("Vary").map(str::to_owned);
        (response.status(), vary)
    };
    // A 304 says what its 200 would: the form varies on Accept-Encoding,
    // the uncompressed one too, so that no cache serves it to a client
    // that asked for brotli.
    let varies = Some("Accept-Encoding".to_owned());
    assert_eq!(
        revalidated("br", &br),
        (Status::NotModified, varies.clone())
    );
    assert_eq!(revalidated("gzip", &br), (Status::Ok, varies.clone()));
    assert_eq!(
        revalidated("identity", &identity),
        (Status::NotModified, varies)
    );
}
