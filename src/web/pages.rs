//! The HTML pages: the clock, rendered on the server, and the error pages.

use std::fmt::Write;
use std::sync::LazyLock;

use rocket::http::Status;
use rocket::response::content::RawHtml;
use rocket::{Request, State, catch, get};

use super::Site;
use super::api::Fresh;
use super::assets::Templates;
use crate::clock::{HourFormat, TimeView};

/// `GET /`: the clock page, correct without JavaScript.
#[get("/")]
pub fn index(site: &State<Site>) -> Fresh<RawHtml<String>> {
    Fresh::new(RawHtml(render_clock(&site.view())))
}

/// The clock page for `view`.
pub fn render_clock(view: &TimeView) -> String {
    static PAGE: LazyLock<Template> =
        LazyLock::new(|| Template::parse(&Templates::text("index.html")));
    PAGE.render(view)
}

/// A template cut once into literal text and the `{{field}}`s between it, so
/// that a page is written in one pass into one buffer.
struct Template {
    pieces: Vec<(String, Option<Field>)>,
    literal_len: usize,
}

/// What a `{{field}}` in the template stands for.
#[derive(Debug, Clone, Copy)]
enum Field {
    Place,
    Zone,
    Time,
    Date,
    ZoneLabel,
    Abbreviation,
    Datetime,
    EpochMs,
    OffsetSeconds,
}

impl Field {
    fn named(name: &str) -> Option<Self> {
        Some(match name {
            "place" => Self::Place,
            "zone" => Self::Zone,
            "time" => Self::Time,
            "date" => Self::Date,
            "zone_label" => Self::ZoneLabel,
            "abbreviation" => Self::Abbreviation,
            "datetime" => Self::Datetime,
            "epoch_ms" => Self::EpochMs,
            "offset_s" => Self::OffsetSeconds,
            _ => return None,
        })
    }

    fn write(self, view: &TimeView, out: &mut String) {
        // Writing into a String cannot fail.
        let _ = match self {
            Self::Place => write!(out, "{}", view.place()),
            Self::Zone => write!(out, "{}", view.zone_name()),
            Self::Time => write!(out, "{}", view.clock(HourFormat::H24, true)),
            Self::Date => write!(out, "{}", view.date()),
            Self::ZoneLabel => write!(out, "{}", view.zone_label()),
            Self::Abbreviation => write!(out, "{}", view.abbreviation()),
            Self::Datetime => write!(out, "{}", view.rfc3339()),
            Self::EpochMs => write!(out, "{}", view.unix_millis()),
            Self::OffsetSeconds => write!(out, "{}", view.offset_seconds()),
        };
    }
}

impl Template {
    /// Cuts `text` at every `{{name}}` naming a [`Field`]; anything else is text.
    fn parse(text: &str) -> Self {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("{{") {
            let after = &rest[start + 2..];
            let field = after
                .find("}}")
                .and_then(|end| Some((Field::named(&after[..end])?, end)));
            match field {
                Some((field, end)) => {
                    literal.push_str(&rest[..start]);
                    pieces.push((std::mem::take(&mut literal), Some(field)));
                    rest = &after[end + 2..];
                }
                None => {
                    literal.push_str(&rest[..start + 2]);
                    rest = after;
                }
            }
        }
        literal.push_str(rest);
        pieces.push((literal, None));
        let literal_len = pieces.iter().map(|(text, _)| text.len()).sum();
        Self {
            pieces,
            literal_len,
        }
    }

    fn render(&self, view: &TimeView) -> String {
        // Room for the fields too, so the buffer is allocated once.
        let mut out = String::with_capacity(self.literal_len + 256);
        for (text, field) in &self.pieces {
            out.push_str(text);
            if let Some(field) = field {
                field.write(view, &mut out);
            }
        }
        out
    }
}

/// Unknown pages.
#[catch(404)]
pub fn not_found() -> RawHtml<String> {
    RawHtml(Templates::text("404.html"))
}

/// Every other error, in a few words.
#[catch(default)]
pub fn error(status: Status, _: &Request<'_>) -> RawHtml<String> {
    RawHtml(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{status}</title>\
         <link rel=\"stylesheet\" href=\"/static/app.css\"></head>\
         <body><main><h1>{status}</h1><p><a href=\"/\">Back to the clock</a></p></main></body></html>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_keeps_its_text_and_unknown_braces() {
        let template = Template::parse("<p>{{zone}} {{nothing}} {{zone</p>");
        let view = TimeView::at(
            chrono::DateTime::UNIX_EPOCH,
            crate::zone::Zone::Embedded(chrono_tz::Asia::Tokyo),
        );
        assert_eq!(
            template.render(&view),
            "<p>Asia/Tokyo {{nothing}} {{zone</p>"
        );
    }

    #[test]
    fn the_clock_page_has_no_placeholder_left() {
        let view = TimeView::at(
            chrono::DateTime::UNIX_EPOCH,
            crate::zone::Zone::Embedded(chrono_tz::Europe::Moscow),
        );
        let page = render_clock(&view);
        assert!(!page.contains("{{"), "{page}");
        assert!(page.contains(">03:00:00</time>"), "{page}");
    }
}
