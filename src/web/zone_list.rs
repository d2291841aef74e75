//! The zone picker's list of every zone name, as the HTML `<option>`s of its
//! `<datalist>`: some 600 names, rendered once for each tz database rather
//! than on every page, since they change only when the database does.

use std::sync::{Arc, RwLock};

use askama::Template;

use crate::tzdb::Database;

/// The `<option>`s for every name of a database.
#[derive(Template)]
#[template(
    source = r#"{% for name in names %}<option value="{{ name }}">{% endfor %}"#,
    ext = "html"
)]
struct Options<'a> {
    names: &'a [String],
}

/// The options of the database they were rendered for.
#[derive(Debug, Default)]
pub struct ZoneList {
    rendered: RwLock<Option<(Arc<Database>, Arc<str>)>>,
}

impl ZoneList {
    /// The `<option>`s for every name of `database`, rendered when first
    /// asked for and again after the database changes.
    pub fn options(&self, database: &Arc<Database>) -> Arc<str> {
        if let Some((of, options)) = &*self.rendered.read().unwrap_or_else(|p| p.into_inner())
            && Arc::ptr_eq(of, database)
        {
            return options.clone();
        }
        let options: Arc<str> = Options {
            names: database.names(),
        }
        .render()
        .unwrap_or_default()
        .into();
        *self.rendered.write().unwrap_or_else(|p| p.into_inner()) =
            Some((database.clone(), options.clone()));
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_an_option_rendered_once_per_database() {
        let list = ZoneList::default();
        let database = Arc::new(Database::embedded());
        let options = list.options(&database);
        assert_eq!(options.matches("<option ").count(), database.names().len());
        assert!(options.starts_with(r#"<option value="Africa/Abidjan">"#));
        assert!(Arc::ptr_eq(&options, &list.options(&database)));
        let other = Arc::new(Database::embedded());
        assert!(!Arc::ptr_eq(&options, &list.options(&other)));
    }
}
