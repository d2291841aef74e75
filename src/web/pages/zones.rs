//! A clock page for every zone: `/Asia/Tokyo`, `/America/Argentina/Buenos_Aires`,
//! `/UTC`; two zones side by side, `/Europe/Moscow/vs/Asia/Tokyo`
//! ([`super::compare`]); the zone picker's `/zone?name=…`. A name in other letter case (or
//! a place's own name, `/tokyo`) is redirected to the zone's page; a name that
//! finds nothing gets the 404 page with the closest names. Finding is done by
//! [`crate::zone_search`]; the pages by [`super`], in the language the
//! request asks for.

use rocket::http::Status;
use rocket::http::uri::{Origin, Segments, fmt::Path};
use rocket::response::content::RawHtml;
use rocket::response::{Redirect, Responder};
use rocket::{Route, State, get, routes};

use super::failure::RenderFailed;
use super::language::{InLanguage, PageLang};
use super::{BadRequest, ClockHtml};
use crate::locale::UnknownLang;
use crate::web::Site;
use crate::web::layers::headers::Fresh;
use crate::web::routes::rank;
use crate::zone_search::Found;

/// The zone pages and the picker. The pages' route takes any path, so it
/// is tried after every other `GET` route ([`rank::ZONE_PAGES`]): it
/// answers only what they do not.
pub fn routes() -> Vec<Route> {
    let mut routes = routes![zone_page, pick, super::compare::compare];
    for route in &mut routes {
        if route.name.as_deref() == Some("zone_page") {
            route.rank = rank::ZONE_PAGES;
        }
    }
    routes
}

/// An answer about a zone name.
#[derive(Responder)]
pub enum ZoneAnswer {
    /// The zone's clock page.
    Page(InLanguage<Fresh<ClockHtml>>),
    /// Two zones side by side.
    Compared(InLanguage<Fresh<ClockHtml>>),
    /// Where the zone's page is.
    Redirect(Redirect),
    /// The 404 page with the closest names, or the 300 page with the zones
    /// of the places a name may mean.
    Missing(InLanguage<(Status, RawHtml<String>)>),
    /// A `?lang=` not spoken here.
    BadLanguage(BadRequest),
    /// A page that could not be rendered: the error catcher answers.
    Failed(RenderFailed),
}

/// `GET /<Area>/<Location>`, `/<Area>/<Location>/<Region>`, `/<Zone>`: the
/// clock page for the zone; a 301 to its name in other letter case, keeping
/// the query; a 404 page with the closest names for a name that finds none.
#[get("/<path..>")]
pub fn zone_page(
    path: Segments<'_, Path>,
    uri: &Origin<'_>,
    lang: Result<PageLang, UnknownLang>,
    site: &State<Site>,
) -> Option<ZoneAnswer> {
    let parts: Vec<&str> = path.collect();
    if parts.first().is_none_or(|first| reserved(site, first)) {
        return None;
    }
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    // `/Europe/Moscow/vs/Asia/Tokyo`: two places side by side.
    if let Some(vs) = parts.iter().position(|part| *part == "vs")
        && vs > 0
        && vs + 1 < parts.len()
    {
        let (here, there) = (parts[..vs].join("/"), parts[vs + 1..].join("/"));
        return Some(super::compare::answer(site, lang, &here, &there, &query));
    }
    let typed = parts.join("/");
    Some(answer(site, lang, &typed, &query, true, Redirect::moved))
}

/// `GET /zone?name=Asia/Tokyo`: the picker's form, answered with a 303 to
/// the zone's page, keeping the rest of the query; a 404 page with the
/// closest names for a name that finds none.
#[get("/zone?<name>")]
pub fn pick(
    name: Option<String>,
    uri: &Origin<'_>,
    lang: Result<PageLang, UnknownLang>,
    site: &State<Site>,
) -> ZoneAnswer {
    let rest: Vec<&str> = uri
        .query()
        .map(|q| {
            q.as_str()
                .split('&')
                .filter(|pair| !is_name(pair))
                .collect()
        })
        .unwrap_or_default();
    let query = if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    };
    let name = name.as_deref().unwrap_or("");
    answer(site, lang, name, &query, false, Redirect::to)
}

/// Whether a query's `key=value` pair is the picker's `name`.
fn is_name(pair: &str) -> bool {
    pair.split('=').next() == Some("name")
}

/// What `typed` finds: the zone's page in `lang` when it is exactly a
/// zone's name and `exact_is_page`, else a redirect made by `redirect` to the
/// zone's page with `query`; the 404 page when it finds nothing.
fn answer(
    site: &Site,
    lang: Result<PageLang, UnknownLang>,
    typed: &str,
    query: &str,
    exact_is_page: bool,
    redirect: fn(String) -> Redirect,
) -> ZoneAnswer {
    let lang = match lang {
        Ok(PageLang(lang)) => lang,
        Err(unknown) => return ZoneAnswer::BadLanguage(unknown.into()),
    };
    let typed = typed.trim();
    let database = site.database();
    let index = site.name_index(&database);
    let missing = |suggestions: &[&str]| {
        let list = site.zone_list(lang);
        let page = super::render_no_zone(typed, lang, suggestions, query, &list.url);
        match page {
            Ok(page) => {
                ZoneAnswer::Missing(InLanguage::new((Status::NotFound, RawHtml(page)), lang))
            }
            Err(failed) => ZoneAnswer::Failed(failed),
        }
    };
    let choice = |zones: &[&str]| {
        let list = site.zone_list(lang);
        match super::render_choice(typed, lang, zones, query, &list.url) {
            Ok(page) => ZoneAnswer::Missing(InLanguage::new(
                (Status::MultipleChoices, RawHtml(page)),
                lang,
            )),
            Err(failed) => ZoneAnswer::Failed(failed),
        }
    };
    match index.find(typed) {
        Found::Exact(name) if exact_is_page => match database.zone(name) {
            Some(zone) => match super::clock_page(site, &zone, lang) {
                Ok(page) => ZoneAnswer::Page(InLanguage::new(Fresh::new(ClockHtml(page)), lang)),
                Err(failed) => ZoneAnswer::Failed(failed),
            },
            None => missing(&[]),
        },
        Found::Exact(name) | Found::Other(name) => {
            ZoneAnswer::Redirect(redirect(format!("/{name}{query}")))
        }
        Found::Choice(zones) => choice(&zones),
        Found::Nothing(suggestions) => missing(&suggestions),
    }
}

/// Whether a path whose first segment is `first` belongs to the rest of the
/// site: it begins another route's path (`api`, `static`, `health`, …, as
/// mounted), so that their own 404 answers (JSON under `/api`) stay theirs;
/// or it is the icon browsers ask for by themselves.
fn reserved(site: &Site, first: &str) -> bool {
    site.is_route_prefix(first) || first.starts_with("favicon.")
}

/// Whether `path` is a zone page's (or redirects to one): what a method
/// other than `GET` on it is told, 405 or 404.
pub fn names_a_zone(site: &Site, path: &str) -> bool {
    let typed = path.trim_matches('/');
    let first = typed.split('/').next().unwrap_or_default();
    !typed.is_empty()
        && !reserved(site, first)
        && !matches!(
            site.name_index(&site.database()).find(typed),
            Found::Nothing(_)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_that_takes_any_path_has_the_rank_methods_look_for() {
        let route = routes()
            .into_iter()
            .find(|route| route.uri.path() == "/<path..>")
            .expect("the zone pages' route");
        assert_eq!(route.rank, rank::ZONE_PAGES);
    }

    #[test]
    fn only_the_name_pair_is_the_picker_s() {
        assert!(is_name("name=Asia%2FTokyo"));
        assert!(is_name("name"));
        assert!(!is_name("lang=ru"));
        assert!(!is_name("names=x"));
    }
}
