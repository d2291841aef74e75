//! Compressed answers: brotli or gzip, as the request's `Accept-Encoding`
//! prefers (RFC 9110 §12.5.3, with q-values), for bodies worth compressing.
//!
//! What is sent again and again is compressed once and kept: a rendered
//! page once per window of the page cache ([`crate::web::state::PageCache`]),
//! a static file and the zone list once per process, each encoding only
//! when first asked for ([`Variants`]). Anything else large enough (a
//! zone's changes, the metrics) is compressed as it is sent, by the fairing
//! ([`compress_response`]), in gzip rather than brotli where that is as
//! welcome and cheaper ([`GZIP_FROM`]). Every answer whose type could be
//! compressed says `Vary: Accept-Encoding`, so that caches keep the forms
//! apart.

use std::io::{Cursor, Write};
use std::sync::{Arc, OnceLock};

use rocket::http::{ContentType, Header, Status, StatusClass};
use rocket::response::{self, Responder};
use rocket::{Request, Response};

/// Bodies smaller than this are sent as they are: compressing them saves
/// less than the headers that say so cost.
pub const MIN_BYTES: usize = 1024;

/// A compression the server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// The token, as in `Content-Encoding`.
    pub fn token(self) -> &'static str {
        match self {
            Self::Brotli => "br",
            Self::Gzip => "gzip",
        }
    }
}

/// Bodies at least this large compressed for one answer go in gzip where
/// the request takes gzip as gladly as brotli: at that effort gzip 1 takes
/// about half brotli 1's time on them for a size within a few per cent
/// (`/metrics`' 23 KB: brotli 1 56 µs 2,404 B, gzip 1 27 µs 2,466 B; a
/// 3.8 KB page: 27 µs and 21 µs, 1,493 B and 1,506 B). Below it brotli 1
/// is as fast or faster (the 1,071 B of a zone's changes: 9 µs and 13 µs).
pub const GZIP_FROM: usize = 4096;

/// The codings a request's `Accept-Encoding` takes: the q-value of each
/// coding the server speaks (0 where it is not taken).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Accepts {
    brotli: f32,
    gzip: f32,
}

impl Accepts {
    /// Reads `Accept-Encoding` values (none: the header is absent). `*`
    /// stands for any coding not named; `x-gzip` is gzip; an item with a
    /// malformed q-value means nothing.
    pub fn read<'a>(accept_encoding: impl IntoIterator<Item = &'a str>) -> Self {
        let mut brotli = None;
        let mut gzip = None;
        let mut any = None;
        for item in accept_encoding
            .into_iter()
            .flat_map(|value| value.split(','))
        {
            let mut parts = item.split(';');
            let token = parts.next().unwrap_or_default().trim();
            let mut q = Some(1.0);
            for parameter in parts {
                if let Some((name, value)) = parameter.split_once('=')
                    && name.trim().eq_ignore_ascii_case("q")
                {
                    q = value
                        .trim()
                        .parse::<f32>()
                        .ok()
                        .filter(|q| (0.0..=1.0).contains(q));
                }
            }
            // A malformed q-value makes the item mean nothing.
            let Some(q) = q else { continue };
            // Compared as they are, without a lower-cased copy per item.
            let named = |name: &str| token.eq_ignore_ascii_case(name);
            if named("br") {
                brotli = Some(q);
            } else if named("gzip") || named("x-gzip") {
                gzip = Some(q);
            } else if token == "*" {
                any = Some(q);
            }
        }
        Self {
            brotli: brotli.or(any).unwrap_or(0.0),
            gzip: gzip.or(any).unwrap_or(0.0),
        }
    }

    /// The coding to send a body in: the one with the highest q-value,
    /// brotli where they tie (it is smaller); none (identity) when neither
    /// is taken.
    pub fn preferred(self) -> Option<Coding> {
        if self.brotli <= 0.0 && self.gzip <= 0.0 {
            None
        } else if self.brotli >= self.gzip {
            Some(Coding::Brotli)
        } else {
            Some(Coding::Gzip)
        }
    }

    /// The coding to compress `size` bytes in for one answer: the preferred
    /// one, except gzip where it ties with brotli and the body is at least
    /// [`GZIP_FROM`].
    pub fn for_one_answer(self, size: usize) -> Option<Coding> {
        match self.preferred() {
            Some(Coding::Brotli) if size >= GZIP_FROM && self.gzip == self.brotli => {
                Some(Coding::Gzip)
            }
            preferred => preferred,
        }
    }
}

/// How hard to compress: harder for what is compressed once and sent for
/// the life of the process, lighter for what is compressed per window,
/// lightest for what is compressed for one answer.
///
/// Measured on this project's bodies (release build, one core; time per
/// compression, and size), `/api/transitions/Europe/Berlin?next=3` (1,071 B):
/// brotli 11 1,591 µs 253 B, brotli 5 45 µs 254 B, brotli 3 18 µs 292 B,
/// brotli 1 8 µs 328 B, gzip 6 15 µs 308 B, gzip 1 12 µs 353 B; `/metrics`
/// (5,338 B): brotli 5 81 µs 1,075 B, brotli 1 20 µs 1,244 B, gzip 1 17 µs
/// 1,277 B. On a phone's 10 Mbit/s a byte takes 0.8 µs, on a gigabit LAN
/// 8 ns: brotli 1 and gzip 1 save 700 B of a kilobyte answer, 0.6 ms on the
/// phone and about what they cost on the LAN, where brotli 5 would cost
/// five times what it saves. Answers made per request use those; a page
/// shared by every request in its window pays brotli 5 once for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// Brotli 11, gzip 9: once for the life of the process.
    Once,
    /// Brotli 5, gzip 6: once per window of the page cache.
    Often,
    /// Brotli 1, gzip 1: for one answer.
    PerAnswer,
}

/// `body` in `coding`, at `effort`.
pub fn compress(body: &[u8], coding: Coding, effort: Effort) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 3 + 64);
    match coding {
        Coding::Brotli => {
            let quality = match effort {
                Effort::Once => 11,
                Effort::Often => 5,
                Effort::PerAnswer => 1,
            };
            // A 4 MiB window (22 bits) at most: the bodies are far smaller.
            let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
            writer.write_all(body).expect("writing to memory");
            drop(writer);
        }
        Coding::Gzip => {
            let level = match effort {
                Effort::Once => 9,
                Effort::Often => 6,
                Effort::PerAnswer => 1,
            };
            let mut writer =
                flate2::write::GzEncoder::new(&mut out, flate2::Compression::new(level));
            writer.write_all(body).expect("writing to memory");
            writer.finish().expect("writing to memory");
        }
    }
    out
}

/// Whether bodies of `content_type` (a `Content-Type` value) are worth
/// compressing: text, JSON, JavaScript and SVG, not images or anything
/// already compressed. Read from the header as it is: parsing it into a
/// media type on every response would cost more than the rest of this.
pub fn compressible(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    let (top, sub) = essence.split_once('/').unwrap_or((essence, ""));
    top.eq_ignore_ascii_case("text")
        || sub.eq_ignore_ascii_case("json")
        || sub.eq_ignore_ascii_case("javascript")
        || sub.eq_ignore_ascii_case("svg+xml")
}

/// One body and its compressed forms, each made when first asked for and
/// kept; a form no smaller than the body is never sent.
#[derive(Debug)]
pub struct Variants {
    identity: Arc<[u8]>,
    effort: Effort,
    brotli: OnceLock<Option<Arc<[u8]>>>,
    gzip: OnceLock<Option<Arc<[u8]>>>,
}

impl Variants {
    pub fn new(identity: impl Into<Arc<[u8]>>, effort: Effort) -> Self {
        Self {
            identity: identity.into(),
            effort,
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        }
    }

    /// The body as it is.
    #[cfg(test)]
    pub fn identity(&self) -> &Arc<[u8]> {
        &self.identity
    }

    /// The body in `coding` if that is worth sending, with the coding it is
    /// in; else the body as it is.
    pub fn get(&self, coding: Option<Coding>) -> (Arc<[u8]>, Option<Coding>) {
        let Some(coding) = coding.filter(|_| self.identity.len() >= MIN_BYTES) else {
            return (self.identity.clone(), None);
        };
        let cell = match coding {
            Coding::Brotli => &self.brotli,
            Coding::Gzip => &self.gzip,
        };
        let compressed = cell.get_or_init(|| {
            let compressed = compress(&self.identity, coding, self.effort);
            (compressed.len() < self.identity.len()).then(|| compressed.into())
        });
        match compressed {
            Some(body) => (body.clone(), Some(coding)),
            None => (self.identity.clone(), None),
        }
    }
}

/// The codings `request` takes, read from its `Accept-Encoding` once and
/// kept in its local cache: a page's responder and the fairing both ask.
pub fn accepted(request: &Request<'_>) -> Accepts {
    *request.local_cache(|| Accepts::read(request.headers().get("Accept-Encoding")))
}

/// A body kept in [`Variants`], sent in the coding the request prefers.
pub struct Negotiated {
    variants: Arc<Variants>,
    content_type: ContentType,
}

impl Negotiated {
    pub fn new(variants: Arc<Variants>, content_type: ContentType) -> Self {
        Self {
            variants,
            content_type,
        }
    }
}

impl<'r> Responder<'r, 'static> for Negotiated {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let (body, coding) = self.variants.get(accepted(request).preferred());
        Ok(sized(body, coding, self.content_type))
    }
}

/// `body`, of `content_type` and in `coding`, as a response sent in one
/// piece, where Rocket would read it in 4 KiB chunks.
pub fn sized(
    body: impl AsRef<[u8]> + Send + Unpin + 'static,
    coding: Option<Coding>,
    content_type: ContentType,
) -> Response<'static> {
    let size = body.as_ref().len();
    let mut response = Response::build();
    response
        .header(content_type)
        .sized_body(size, Cursor::new(body));
    if let Some(coding) = coding {
        response.header(Header::new("Content-Encoding", coding.token()));
    }
    let mut response = response.finalize();
    response.set_max_chunk_size(size.max(rocket::response::Body::DEFAULT_MAX_CHUNK));
    response
}

/// Compresses `response`'s body for `request` as it is sent (in the coding
/// [`Accepts::for_one_answer`] picks), when the handler has not (no
/// `Content-Encoding` yet), its type is compressible, its size known and
/// at least [`MIN_BYTES`], the request accepts a coding, and it is no
/// client error; and says `Vary: Accept-Encoding` on every answer of a
/// compressible type. A 4xx (a 404 page for a miss, with its suggestions)
/// is the cheapest request anyone can make, and compressing it per answer
/// would double what it costs: it is sent as it is. A body that cannot be
/// read is not sent half: the answer becomes an empty 500, and why is
/// returned, for the log.
pub async fn compress_response<'r>(
    request: &'r Request<'_>,
    response: &mut Response<'r>,
) -> Result<(), std::io::Error> {
    let Some(content_type) = response.headers().get_one("Content-Type") else {
        return Ok(());
    };
    if !compressible(content_type) {
        return Ok(());
    }
    vary_on_encoding(response);
    if response.status().class() == StatusClass::ClientError {
        return Ok(());
    }
    // The size first: most answers made per request are small, and then the
    // request's `Accept-Encoding` need not be read.
    if response
        .body()
        .preset_size()
        .is_none_or(|size| size < MIN_BYTES)
    {
        return Ok(());
    }
    if response.headers().contains("Content-Encoding") {
        return Ok(());
    }
    let accepts = accepted(request);
    if accepts.preferred().is_none() {
        return Ok(());
    }
    let body = match response.body_mut().to_bytes().await {
        Ok(body) => body,
        Err(error) => {
            response.set_status(Status::InternalServerError);
            response.set_sized_body(0, Cursor::new(Vec::new()));
            return Err(error);
        }
    };
    let Some(coding) = accepts.for_one_answer(body.len()) else {
        return Ok(());
    };
    let compressed = compress(&body, coding, Effort::PerAnswer);
    let (body, encoded) = if compressed.len() < body.len() {
        (compressed, true)
    } else {
        (body, false)
    };
    if encoded {
        response.set_header(Header::new("Content-Encoding", coding.token()));
    }
    response.set_sized_body(body.len(), Cursor::new(body));
    Ok(())
}

/// Adds `Accept-Encoding` to `response`'s `Vary`, keeping what it names
/// already (`Accept-Language` on a page).
fn vary_on_encoding(response: &mut Response<'_>) {
    // One look-up of the header: each hashes its name byte by byte.
    let mut vary = response.headers().get("Vary").peekable();
    if vary.peek().is_none() {
        // Most answers: no Vary yet, and no allocation for it.
        drop(vary);
        response.set_raw_header("Vary", "Accept-Encoding");
        return;
    }
    let mut names: Vec<&str> = vary.collect();
    if names
        .iter()
        .flat_map(|value| value.split(','))
        .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
    {
        return;
    }
    names.push("Accept-Encoding");
    let joined = names.join(", ");
    response.set_header(Header::new("Vary", joined));
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn prefers(header: &str) -> Option<Coding> {
        Accepts::read([header]).preferred()
    }

    #[test]
    fn the_highest_q_value_wins_and_brotli_wins_a_tie() {
        assert_eq!(prefers("gzip, deflate, br, zstd"), Some(Coding::Brotli));
        assert_eq!(prefers("gzip"), Some(Coding::Gzip));
        assert_eq!(prefers("br;q=0.5, gzip;q=0.8"), Some(Coding::Gzip));
        assert_eq!(prefers("br;q=1.0, gzip;q=1.0"), Some(Coding::Brotli));
        assert_eq!(prefers("X-GZIP"), Some(Coding::Gzip));
        assert_eq!(prefers("*"), Some(Coding::Brotli));
        assert_eq!(prefers("*;q=0.3, br;q=0"), Some(Coding::Gzip));
        assert_eq!(
            Accepts::read(["gzip;q=0.2", "br;q=0.1"]).preferred(),
            Some(Coding::Gzip)
        );
    }

    #[test]
    fn one_answer_of_4_kib_or_more_goes_in_gzip_where_it_is_as_welcome_as_brotli() {
        let both = Accepts::read(["gzip, deflate, br"]);
        assert_eq!(both.for_one_answer(GZIP_FROM - 1), Some(Coding::Brotli));
        assert_eq!(both.for_one_answer(GZIP_FROM), Some(Coding::Gzip));
        let any = Accepts::read(["*"]);
        assert_eq!(any.for_one_answer(GZIP_FROM), Some(Coding::Gzip));
        // A coding asked for above the other is sent whatever the size.
        let brotli_first = Accepts::read(["br;q=1, gzip;q=0.9"]);
        assert_eq!(brotli_first.for_one_answer(1 << 20), Some(Coding::Brotli));
        let brotli_only = Accepts::read(["br"]);
        assert_eq!(brotli_only.for_one_answer(1 << 20), Some(Coding::Brotli));
        assert_eq!(Accepts::read(["identity"]).for_one_answer(1 << 20), None);
    }

    #[test]
    fn nothing_accepted_means_the_body_as_it_is() {
        assert_eq!(Accepts::read(std::iter::empty()).preferred(), None);
        assert_eq!(prefers(""), None);
        assert_eq!(prefers("identity"), None);
        assert_eq!(prefers("deflate, zstd"), None);
        assert_eq!(prefers("br;q=0, gzip;q=0"), None);
        assert_eq!(prefers("*;q=0"), None);
        // Malformed q-values name nothing.
        assert_eq!(prefers("br;q=2, gzip;q=x"), None);
        assert_eq!(prefers(";;;,,,=q"), None);
    }

    #[test]
    fn text_json_javascript_and_svg_are_compressible_images_are_not() {
        for yes in [
            "text/html; charset=utf-8",
            "text/plain",
            "application/json",
            "TEXT/CSS",
            "text/javascript",
            "application/javascript",
            "image/svg+xml",
        ] {
            assert!(compressible(yes), "{yes}");
        }
        for no in [
            "image/png",
            "application/octet-stream",
            "",
            "application/gzip",
        ] {
            assert!(!compressible(no), "{no}");
        }
    }

    #[test]
    fn compressed_forms_decompress_to_the_body_and_small_bodies_stay_as_they_are() {
        let body = "<option value=\"Europe/Moscow\">".repeat(100);
        let variants = Variants::new(body.as_bytes(), Effort::Often);
        let (brotli, coding) = variants.get(Some(Coding::Brotli));
        assert_eq!(coding, Some(Coding::Brotli));
        assert!(brotli.len() < body.len() / 10, "{}", brotli.len());
        let mut plain = Vec::new();
        brotli::Decompressor::new(&brotli[..], 4096)
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(plain, body.as_bytes());
        let (gzip, coding) = variants.get(Some(Coding::Gzip));
        assert_eq!(coding, Some(Coding::Gzip));
        let mut plain = String::new();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_string(&mut plain)
            .unwrap();
        assert_eq!(plain, body);
        // Kept: the same bytes again.
        assert!(Arc::ptr_eq(&variants.get(Some(Coding::Gzip)).0, &gzip));

        let small = Variants::new(&b"{\"status\":\"ok\"}"[..], Effort::Once);
        assert_eq!(small.get(Some(Coding::Brotli)).1, None);
    }
}
