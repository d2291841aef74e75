//! What every handler needs: the configured zone and language, the tz
//! database in use and the clock to read.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::page_cache::PageCache;
use super::zone_list::ZoneList;
use crate::clock::TimeView;
use crate::config::configured_zone;
use crate::locale::Lang;
use crate::tzdb::{Database, Zones};
use crate::zone::Zone;

/// Where the server takes the current instant from.
#[derive(Debug, Clone, Copy)]
pub enum Now {
    /// The system clock.
    System,
    /// A fixed instant, so that tests can check what every view shows.
    #[cfg(feature = "testing")]
    Fixed(DateTime<Utc>),
}

impl Now {
    /// The current instant.
    pub fn instant(self) -> DateTime<Utc> {
        match self {
            Self::System => Utc::now(),
            #[cfg(feature = "testing")]
            Self::Fixed(instant) => instant,
        }
    }
}

/// The configured zone, the tz database and the clock.
#[derive(Debug, Clone)]
pub struct Site {
    pub(super) zone: String,
    /// The language of pages whose visitor asks for none spoken here.
    pub(super) lang: Lang,
    pub(super) zones: Zones,
    pub(super) now: Now,
    /// The zone picker's list, rendered once per tz database.
    pub(super) zone_list: Arc<ZoneList>,
    /// The clock pages rendered lately, see [`super::pages::clock_page`].
    pub(super) pages: Arc<PageCache>,
}

impl Site {
    /// The configured zone at the current instant.
    pub fn view(&self) -> TimeView {
        TimeView::at(self.now.instant(), self.zone())
    }

    /// The configured zone.
    pub fn zone(&self) -> Zone {
        configured_zone(&self.zones, &self.zone)
    }

    /// `zone` at the current instant.
    pub fn view_in(&self, zone: &Zone) -> TimeView {
        TimeView::at(self.now.instant(), zone)
    }

    /// The language of pages whose visitor asks for none spoken here.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The tz database in use now.
    pub fn database(&self) -> std::sync::Arc<Database> {
        self.zones.current()
    }

    /// The zone picker's `<option>` for every zone name of the database in use.
    pub fn zone_options(&self) -> Arc<str> {
        self.zone_list.options(&self.database())
    }
}
