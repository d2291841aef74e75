//! The web layer's rules have one home, `src/web/routes.rs`: every mounted
//! route answers the methods its table says (405 with `Allow`, a CORS
//! preflight under the API), and no rank, method list or API path is
//! written anywhere else in the web layer.

use std::path::{Path, PathBuf};

use moscow_time::web::routes::{self, API, API_METHODS, BESIDES_GET};
use rocket::http::{Header, Method, Status};

use crate::common;

/// A path that `template` (`/api/timezone/<path..>`) matches.
fn sample(template: &str) -> String {
    template
        .split('/')
        .map(|segment| {
            if segment.ends_with("..>") {
                "Europe/Moscow"
            } else if segment.starts_with('<') {
                "app.css"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn every_mounted_route_allows_the_methods_of_the_table() {
    let client = common::client();
    let templates: Vec<String> = client
        .rocket()
        .routes()
        .filter(|route| route.method == Method::Get)
        .map(|route| route.uri.path().to_string())
        // The routes that take every path answer none of their own.
        .filter(|path| !path.contains("<_.."))
        .collect();
    assert!(templates.len() > 15, "{templates:?}");
    for template in &templates {
        let path = sample(template);
        let path = if path == "/Europe/Moscow" || path == "/" {
            path
        } else {
            path.trim_end_matches('/').to_owned()
        };
        for method in BESIDES_GET {
            let response = client.req(method, &path).dispatch();
            if method == Method::Options && routes::is_api(&path) {
                assert_eq!(response.status(), Status::NoContent, "{method} {path}");
                assert_eq!(
                    response.headers().get_one("Access-Control-Allow-Methods"),
                    Some(API_METHODS),
                    "{method} {path}"
                );
                continue;
            }
            assert_eq!(
                response.status(),
                Status::MethodNotAllowed,
                "{method} {path} ({template})"
            );
            assert_eq!(
                response.headers().get_one("Allow"),
                Some(routes::allowed(&path)),
                "{method} {path}"
            );
        }
    }
    // A path no route takes is a 404 whatever the method.
    let response = client
        .req(Method::Post, "/nothing/here")
        .header(Header::new("Accept", "text/html"))
        .dispatch();
    assert_eq!(response.status(), Status::NotFound);
}

/// Every Rust file below `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn ranks_methods_and_the_api_path_are_written_in_routes_rs_alone() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let home = web.join("routes.rs");
    let api = format!("\"{API}");
    // A path, a method list, or a rank that is a number.
    let forbidden = [api.as_str(), "\"GET, HEAD"];
    let numeric_rank = |line: &str| {
        ["rank = ", "rank: ", "ranked("].iter().any(|start| {
            line.split(start).skip(1).any(|rest| {
                rest.trim_start()
                    .starts_with(|c: char| c.is_ascii_digit() || c == '-')
            })
        })
    };
    let mut found = Vec::new();
    for file in sources(&web) {
        if file == home {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests may name paths as requests would.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (number, line) in code.lines().enumerate() {
            if forbidden.iter().any(|pattern| line.contains(pattern)) || numeric_rank(line) {
                found.push(format!("{}:{}: {line}", file.display(), number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "rules written outside routes.rs:\n{}",
        found.join("\n")
    );
}
