//! Opens what the settings name, once. For the modes that tell the time
//! (`serve` and `tui`): the tz database, whose zone names the configured
//! zones are then checked against, the first reading of the system clock's
//! state, and for `serve` the GeoIP database if one is named. For
//! `--version`: the tz database alone, to name it. `healthcheck` reads the
//! settings and nothing else. While serving, what was opened is watched
//! for changes ([`Runtime::watch`]).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::config::{Config, ConfigError};
use crate::geoip::GeoIp;
use crate::host_clock::{self, Change, HostClock};
use crate::log::{self, Level, LogSettings};
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

    /// Watches what was opened, each on a thread of its own, saying in the
    /// log once when it changes: the tz database folder (new rules, every
    /// `tzdb_reload` seconds), the system clock's state (a warning when it
    /// becomes untrustworthy, information when it recovers or cannot be
    /// read) and the GeoIP file, if one is named (every `geoip_reload`
    /// seconds). What goes unseen because a thread could not start is said
    /// as a warning.
    pub fn watch(&self) {
        let settings = &self.config.settings;
        let log = LogSettings::new(settings);
        let every = Duration::from_secs(settings.tzdb_reload);
        let watched = self.zones.watch(every, move |change| {
            log::notice(log, Level::Info, change);
        });
        warn_unless_watched(log, watched, "tz database changes will not be seen");

        let clock_check = settings.clock_check;
        let watched = self
            .host_clock
            .watch(host_clock::WATCH_EVERY, move |change: &Change| {
                let bad = change.to.trust().is_bad();
                let level = if bad { Level::Warn } else { Level::Info };
                let mut line = change.to_string();
                if bad && clock_check {
                    line.push_str("; /ready answers 503 (clock_check)");
                }
                log::notice(log, level, &line);
            });
        let unseen = "the system clock's state will not be read again";
        warn_unless_watched(log, watched, unseen);

        if let Some(geoip) = &self.geoip {
            let every = Duration::from_secs(settings.geoip_reload);
            let watched = geoip.watch(every, move |line, usable| {
                let level = if usable { Level::Info } else { Level::Warn };
                log::notice(log, level, line);
            });
            warn_unless_watched(log, watched, "GeoIP database changes will not be seen");
        }
    }
}

/// Says in the log, as a warning, what goes unseen when a watcher's thread
/// could not be started.
fn warn_unless_watched(log: LogSettings, watched: std::io::Result<()>, unseen: &str) {
    if let Err(error) = watched {
        log::notice(log, Level::Warn, &format!("{unseen}: {error}"));
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
