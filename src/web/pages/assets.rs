//! Static assets embedded in the binary and served under `/static`: the
//! files of `assets/static`, with the JavaScript and CSS minified by
//! `build.rs`.
//!
//! Each file has two names. The pages link the content-addressed one,
//! `app.<hash>.js` (the first 10 hex digits of its SHA-256), served with
//! `Cache-Control: public, max-age=31536000, immutable`: a browser keeps it
//! a year and never asks again, and a new build's file has a new name. The
//! plain name (`app.js`), and a hashed name from another build (a page
//! rendered by an older replica during a rollout), answer the current file
//! to be revalidated on each use, with its `ETag`. Every form is
//! compressed once, when first asked for (see [`crate::web::layers::compression`]).

use std::sync::{Arc, LazyLock};

use rocket::http::{ContentType, Header, Status};
use rocket::response::{self, Responder, Response};
use rocket::{Request, State, get};
use rust_embed::RustEmbed;

use crate::web::Site;
use crate::web::layers::compression::{
    Effort, Negotiated, Variants, accepted, compressible, sized,
};

/// CSS, JavaScript and icons served under `/static`.
#[derive(RustEmbed)]
#[folder = "$OUT_DIR/static/"]
pub struct Static;

/// How many hex digits of the SHA-256 name a file: 40 bits, no collision
/// among a handful of files, short in the page.
const HASH_DIGITS: usize = 10;

/// One embedded file, its names and its forms.
struct File {
    /// `app.js`.
    name: String,
    /// `app.0123456789.js`.
    hashed: String,
    content_type: ContentType,
    /// The hash, as the `ETag` of the file as it is.
    hash: String,
    variants: Arc<Variants>,
}

/// Every embedded file, read once.
static FILES: LazyLock<Vec<File>> = LazyLock::new(|| {
    Static::iter()
        .filter_map(|name| {
            let file = Static::get(&name)?;
            let hash = hex(&file.metadata.sha256_hash())[..HASH_DIGITS].to_owned();
            let (stem, extension) = name.rsplit_once('.').unwrap_or((&name, ""));
            let content_type =
                ContentType::from_extension(extension).unwrap_or(ContentType::Binary);
            Some(File {
                hashed: format!("{stem}.{hash}.{extension}"),
                name: name.into_owned(),
                content_type,
                hash,
                variants: Arc::new(Variants::new(file.data.into_owned(), Effort::Once)),
            })
        })
        .collect()
});

/// The path the pages link for the embedded file `name`:
/// `/static/app.<hash>.js`.
pub fn url(name: &str) -> String {
    FILES
        .iter()
        .find(|file| file.name == name)
        .map(|file| format!("/static/{}", file.hashed))
        .unwrap_or_else(|| format!("/static/{name}"))
}

/// The paths the pages link for the stylesheet, the script and the icon.
#[derive(Debug)]
pub struct Urls {
    pub css: String,
    pub js: String,
    pub icon: String,
}

/// [`Urls`], worked out once.
pub static URLS: LazyLock<Urls> = LazyLock::new(|| Urls {
    css: url("app.css"),
    js: url("app.js"),
    icon: url("favicon.svg"),
});

/// `GET /static/<name>`: an embedded file by its hashed name (kept for good)
/// or its plain name (revalidated), or 404. Only embedded files can be
/// named; the path never reaches the file system.
#[get("/static/<name>")]
pub fn file(name: &str) -> Option<Asset> {
    if let Some(file) = FILES.iter().find(|file| file.hashed == name) {
        return Some(Asset {
            file,
            immutable: true,
        });
    }
    let plain = match name.split('.').collect::<Vec<_>>()[..] {
        // `app.<hash>.js` of another build: the file as it is now.
        [stem, hash, extension] if hash.len() == HASH_DIGITS => format!("{stem}.{extension}"),
        _ => name.to_owned(),
    };
    let file = FILES.iter().find(|file| file.name == plain)?;
    Some(Asset {
        file,
        immutable: false,
    })
}

/// `GET /static/zones/<hash>.json`: every zone name of the tz database in
/// use with its place's name in a language, for the picker, kept for good
/// under its own name; under an older name (a database since replaced), the
/// current list in the site's language, revalidated.
#[get("/static/zones/<name>")]
pub fn zones(name: &str, site: &State<Site>) -> Option<ZoneListAnswer> {
    let lists = site.zone_lists();
    let found = lists
        .iter()
        .find(|listed| listed.url.rsplit('/').next() == Some(name));
    let current = found.is_some();
    let listed = found
        .cloned()
        .unwrap_or_else(|| site.zone_list(site.lang()));
    let old = name.len() == "0123456789abcdef.json".len() && name.ends_with(".json");
    (current || old).then(|| ZoneListAnswer {
        variants: listed.variants.clone(),
        immutable: current,
    })
}

/// The zone list as sent: compressed as asked, kept a year when its name is
/// the current one.
pub struct ZoneListAnswer {
    variants: Arc<Variants>,
    immutable: bool,
}

impl<'r> Responder<'r, 'static> for ZoneListAnswer {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = Negotiated::new(self.variants, ContentType::JSON).respond_to(request)?;
        let cache = if self.immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response.set_raw_header("Cache-Control", cache);
        Ok(response)
    }
}

/// An embedded file as sent: compressed as the request prefers, with its
/// validator (`ETag` from its hash and its coding, `304` when the client
/// already has it) and how long it may be kept.
pub struct Asset {
    file: &'static File,
    immutable: bool,
}

impl<'r> Responder<'r, 'static> for Asset {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let file = self.file;
        let (body, coding) = file.variants.get(accepted(request).preferred());
        let etag = match coding {
            Some(coding) => format!("\"{}-{}\"", file.hash, coding.token()),
            None => format!("\"{}\"", file.hash),
        };
        let cache = if self.immutable {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=0, must-revalidate"
        };
        let fresh = request
            .headers()
            .get("If-None-Match")
            .any(|value| etag_matches(value, &etag));
        let mut response = if fresh {
            // The headers its 200 would carry that describe the form: a 200
            // of a compressible type varies on Accept-Encoding, whichever
            // coding it was sent in (the fairing adds it), and so does its 304.
            let mut response = Response::build().status(Status::NotModified).finalize();
            if compressible(&file.content_type.to_string()) {
                response.set_header(Header::new("Vary", "Accept-Encoding"));
            }
            response
        } else {
            sized(body, coding, file.content_type.clone())
        };
        response.set_raw_header("ETag", etag);
        response.set_raw_header("Cache-Control", cache);
        Ok(response)
    }
}

/// Whether an `If-None-Match` value names `etag` (weak comparison, `*` matches).
pub(crate) fn etag_matches(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
