//! Static assets embedded in the binary and served under `/static`: the
//! files of `assets/static`, with the JavaScript and CSS minified by
//! `build.rs`.

use std::io::Cursor;
use std::path::PathBuf;

use rocket::http::{ContentType, Status};
use rocket::response::{self, Responder, Response};
use rocket::{Request, get};
use rust_embed::{EmbeddedFile, RustEmbed};

/// CSS, JavaScript and icons served under `/static`.
#[derive(RustEmbed)]
#[folder = "$OUT_DIR/static/"]
pub struct Static;

/// `GET /static/<path..>`: an embedded file, or 404. Only embedded files can
/// be named; the path never reaches the file system.
#[get("/static/<path..>")]
pub fn file(path: PathBuf) -> Option<Asset> {
    let name = path.to_str()?;
    let file = Static::get(name)?;
    let content_type = path
        .extension()
        .and_then(|ext| ext.to_str())
        .and_then(ContentType::from_extension)
        .unwrap_or(ContentType::Binary);
    Some(Asset { file, content_type })
}

/// An embedded file with its validator: `ETag` from its hash, `304` when the
/// client already has it.
pub struct Asset {
    file: EmbeddedFile,
    content_type: ContentType,
}

impl<'r> Responder<'r, 'static> for Asset {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let hash = self.file.metadata.sha256_hash();
        let etag = format!("\"{}\"", hex(&hash[..16]));
        let fresh = request
            .headers()
            .get("If-None-Match")
            .any(|value| etag_matches(value, &etag));
        let mut response = Response::build();
        response
            .raw_header("ETag", etag)
            .raw_header("Cache-Control", "public, max-age=0, must-revalidate");
        if fresh {
            response.status(Status::NotModified);
        } else {
            let data = self.file.data;
            response
                .header(self.content_type)
                .sized_body(data.len(), Cursor::new(data));
        }
        response.ok()
    }
}

/// Whether an `If-None-Match` value names `etag` (weak comparison, `*` matches).
fn etag_matches(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
