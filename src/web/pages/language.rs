//! Which language a page is in: `?lang=` when given, else the browser's
//! `Accept-Language`, else the `lang` setting.

use rocket::http::{Header, Status};
use rocket::request::{FromRequest, Outcome, Request};

use crate::locale::{Lang, UnknownLang};
use crate::web::Site;

/// The language a page request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLang(pub Lang);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for PageLang {
    type Error = UnknownLang;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        match asked_for(request) {
            Ok(lang) => Outcome::Success(Self(lang)),
            Err(unknown) => Outcome::Error((Status::BadRequest, unknown)),
        }
    }
}

/// The language `request` asks for: its `?lang=`, else its
/// `Accept-Language`, else the `lang` setting; an error for a `?lang=` not
/// spoken here.
pub fn asked_for(request: &Request<'_>) -> Result<Lang, UnknownLang> {
    match request.query_value::<&str>("lang") {
        Some(code) => Lang::from_code(code.unwrap_or_default()),
        None => {
            let setting = request.rocket().state::<Site>().map(|site| site.lang);
            let header = request.headers().get_one("Accept-Language");
            Ok(Lang::negotiate(header, setting.unwrap_or_default()))
        }
    }
}

/// A page in `lang`: it says so, and tells caches that it depends on
/// `Accept-Language`, and on `Accept-Encoding` as every HTML answer does
/// (said here in one header, not joined to this one per response).
#[derive(rocket::Responder)]
pub struct InLanguage<T> {
    inner: T,
    content_language: Header<'static>,
    vary: Header<'static>,
}

impl<T> InLanguage<T> {
    pub fn new(inner: T, lang: Lang) -> Self {
        Self {
            inner,
            content_language: Header::new("Content-Language", lang.code()),
            vary: Header::new("Vary", "Accept-Language, Accept-Encoding"),
        }
    }
}

/// The page's list of the languages it is offered in, each by its own name,
/// folded away under the current one's so that fourteen names do not crowd
/// the page.
pub struct Switcher {
    /// The list's label in the page's language.
    pub label: &'static str,
    /// The page's language.
    pub current: Lang,
    /// The others, in [`Lang::ALL`]'s order.
    pub others: Vec<Lang>,
}

impl Switcher {
    /// The list on a page in `lang`.
    pub fn of(lang: Lang) -> Self {
        Self {
            label: lang.page().languages,
            current: lang,
            others: lang.others().collect(),
        }
    }
}

/// An amount's words in one plural category, as the page's script reads
/// them from `data-hour-…` and `data-minute-…`.
pub struct UnitForms {
    /// The category: `one`, `few`, `other`.
    pub category: &'static str,
    /// `{n} hours` in that category.
    pub hour: &'static str,
    /// `{n} minutes` in that category.
    pub minute: &'static str,
}

impl UnitForms {
    /// Those of `lang`: only the categories its hours and minutes need.
    pub fn of(lang: Lang) -> Vec<Self> {
        let forms = lang.forms();
        forms
            .unit_categories()
            .map(|category| Self {
                category: category.name(),
                hour: forms.hours.form(category),
                minute: forms.minutes.form(category),
            })
            .collect()
    }
}
