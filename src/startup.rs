//! Opens what the settings name, once. For the modes that tell the time
//! (`serve` and `tui`): the tz database, whose zone names the configured
//! zones are then checked against, the first reading of the system clock's
//! state, and for `serve` the GeoIP database if one is named. For
//! `--version`: the tz database alone, to name it. `healthcheck` reads the
//! settings and nothing else.

use std::path::Path;
use std::sync::Arc;

use crate::config::{Config, ConfigError};
use crate::geoip::GeoIp;
use crate::host_clock::HostClock;
use crate::tzdb::{self, Database, Zones};
use crate::zone::Zone;

/// The settings and what they name, opened.
#[derive(Debug, Clone)]
pub struct Runtime {
    /// The settings.
    pub config: Config,
    /// The tz database in use, replaced when its folder changes.
    pub zones: Zones,
    /// Why the configured tz database folder is not in use, if it is not.
    pub tzdb_note: Option<String>,
    /// What the kernel says about the system clock, read again while serving.
    pub host_clock: HostClock,
    /// The GeoIP database `/api/ip` places callers with, when one is named
    /// and the mode serves: read at start, whether or not it can be used,
    /// and watched while serving.
    pub geoip: Option<GeoIp>,
}

impl Runtime {
    /// Opens the tz database `config` names and checks that it has every
    /// configured zone: what every mode that tells the time needs.
    pub fn open(config: Config) -> Result<Self, ConfigError> {
        let settings = &config.settings;
        let (zones, tzdb_note) = Zones::open(settings.tzdb, &settings.tzdb_dir);
        let database = zones.current();
        config.check_zones(|name| database.zone(name).is_some())?;
        Ok(Self {
            config,
            zones,
            tzdb_note,
            host_clock: HostClock::open(),
            geoip: None,
        })
    }

    /// [`Runtime::open`], and the GeoIP database `config` names: what
    /// `serve` needs (the terminal clock has no callers to place).
    pub fn open_to_serve(config: Config) -> Result<Self, ConfigError> {
        let geoip = config.settings.geoip_db.as_deref().map(GeoIp::open);
        Ok(Self {
            geoip,
            ..Self::open(config)?
        })
    }

    /// The first configured zone, with the rules of the database in use now.
    pub fn zone(&self) -> Zone {
        self.zones
            .zone_or_fallback(self.config.settings.timezone.first())
    }

    /// Every configured zone, the first first, as [`Runtime::zone`] reads it.
    pub fn shown_zones(&self) -> Vec<Zone> {
        let names = self.config.settings.timezone.names().iter();
        names
            .map(|name| self.zones.zone_or_fallback(name))
            .collect()
    }
}

/// The tz database the settings select, opened alone for `--version`; with
/// settings that cannot be read (`None`), the default folder's as `auto`
/// takes it, so that a broken configuration never hides the version.
pub fn version_tzdb(config: Option<&Config>) -> Arc<Database> {
    let (choice, dir) = match config {
        Some(config) => (config.settings.tzdb, config.settings.tzdb_dir.as_path()),
        None => (tzdb::Choice::Auto, Path::new(tzdb::DEFAULT_DIR)),
    };
    Zones::open(choice, dir).0.current()
}
