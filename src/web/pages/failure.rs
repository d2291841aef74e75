//! A page that could not be rendered: one error line in the log naming its
//! template, and a 500 that the error catcher answers. Rendering fails only
//! when a value's `Display` does, which none of the pages' values can: this
//! is what keeps a bug there from passing unseen.

use askama::Template;
use rocket::Request;
use rocket::http::Status;
use rocket::response::{self, Responder};

use crate::log::{self, Level};
use crate::web::Site;

/// Renders `page`, or says which template failed and why.
pub fn render<T: Template>(page: &T) -> Result<String, RenderFailed> {
    page.render().map_err(|error| RenderFailed {
        template: template_name::<T>(),
        reason: error.to_string(),
    })
}

/// A template's name: its type's, without the path.
fn template_name<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    let name = name.split('<').next().unwrap_or(name);
    name.rsplit("::").next().unwrap_or(name)
}

/// A page that could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderFailed {
    template: &'static str,
    reason: String,
}

impl RenderFailed {
    /// The log line: which template, and why.
    pub fn line(&self) -> String {
        format!(
            "the {} template could not be rendered: {}",
            self.template, self.reason
        )
    }

    /// Says so in the log of the server that answers `request`, and gives
    /// the status its error catcher answers with.
    pub fn logged(&self, request: &Request<'_>) -> Status {
        if let Some(site) = request.rocket().state::<Site>() {
            log::notice(site.log, Level::Error, &self.line());
        }
        Status::InternalServerError
    }
}

/// Logged, then the 500 page.
impl<'r> Responder<'r, 'static> for RenderFailed {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        Err(self.logged(request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value whose `Display` fails, as no page's does.
    struct Unprintable;

    impl std::fmt::Display for Unprintable {
        fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            Err(std::fmt::Error)
        }
    }

    #[derive(Template)]
    #[template(source = "<p>{{ value }}</p>", ext = "html")]
    struct Broken {
        value: Unprintable,
    }

    #[test]
    fn a_template_that_fails_is_named_in_one_line() {
        let failed = render(&Broken { value: Unprintable }).unwrap_err();
        let line = failed.line();
        assert!(
            line.starts_with("the Broken template could not be rendered: "),
            "{line}"
        );
        assert_eq!(line.lines().count(), 1, "{line}");
    }
}
