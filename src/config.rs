//! One configuration, read once: built-in defaults → `Rocket.toml` → environment → flags.
//!
//! Rocket's own keys (`address`, `port`, `workers`, …) and the app's keys
//! (`timezone`, …) live in the same figment, so one file and one set of
//! `ROCKET_*` variables configure everything.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use chrono_tz::Tz;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::value::{Dict, Map};
use figment::{Figment, Metadata, Profile, Provider};
use rocket::config::LogLevel;
use serde::{Deserialize, Deserializer};

use crate::cli::Flags;
use crate::clock;

/// The zone shown when none is configured.
pub const DEFAULT_TIMEZONE: &str = "Europe/Moscow";

/// The app's settings, extracted once from the figment.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// Address the server listens on.
    pub address: IpAddr,
    /// Port the server listens on.
    pub port: u16,
    /// The zone every view shows.
    #[serde(deserialize_with = "zone")]
    pub timezone: Tz,
    /// `off`, `critical` (errors only), `normal` (one line per request) or `debug`.
    pub log_level: LogLevel,
    /// How log lines are written.
    pub log_format: LogFormat,
    /// Whether `/metrics` is served.
    #[serde(deserialize_with = "figment::util::bool_from_str_or_int")]
    pub metrics: bool,
    /// Seconds to keep serving after `SIGTERM` or Ctrl-C, with `/ready`
    /// answering 503, before the graceful shutdown begins.
    pub drain: u32,
    /// Whether colours and emoji may be used when stdout is a terminal.
    #[serde(deserialize_with = "figment::util::bool_from_str_or_int")]
    pub cli_colors: bool,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Words for people: `2026-11-27T20:31:40.871Z GET /api/time 200 0.34ms`.
    Human,
    /// One JSON object per line, for log collectors.
    Json,
}

/// The resolved configuration: the typed settings and the figment they came
/// from, which Rocket reads its own settings from.
#[derive(Debug, Clone)]
pub struct Config {
    /// The app's settings.
    pub settings: Settings,
    figment: Figment,
}

/// Configuration that cannot be used, described in one line that names the
/// setting and where it came from.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

impl Config {
    /// Reads defaults, the configuration file, the environment and `flags`.
    pub fn load(flags: &Flags) -> Result<Self, ConfigError> {
        Self::from_figment(figment(flags))
    }

    /// Extracts and checks the configuration in `figment`.
    pub fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        // Rocket's own keys are checked here, so that a bad `workers` or
        // `limits` is reported like any other setting, before anything starts.
        rocket::Config::try_from(&figment).map_err(ConfigError::from)?;
        let settings = figment.extract().map_err(ConfigError::from)?;
        Ok(Self { settings, figment })
    }

    /// The figment Rocket is built from.
    pub fn figment(&self) -> &Figment {
        &self.figment
    }

    /// Where the value of `key` came from, e.g. "PORT in environment variable(s)".
    pub fn source_of(&self, key: &str) -> String {
        match self.figment.find_metadata(key) {
            Some(md) => locate(md, self.figment.profile(), &[key]),
            None => "built-in defaults".to_owned(),
        }
    }
}

/// Names a setting the way its source spells it, and the source: `ROCKET_PORT
/// in `ROCKET_` environment variable(s)`, `default.port in TOML file Rocket.toml`.
fn locate<K: AsRef<str>>(md: &Metadata, profile: &Profile, path: &[K]) -> String {
    // figment names an environment variable without its prefix.
    let prefix = if md.name.starts_with("`ROCKET_`") {
        "ROCKET_"
    } else {
        ""
    };
    let key = md.interpolate(profile, path);
    format!("{prefix}{key} in {}", describe(md))
}

/// Names a source: `TOML file Rocket.toml`, `command-line flags`.
fn describe(md: &Metadata) -> String {
    match &md.source {
        Some(source) => format!("{} {source}", md.name),
        None => md.name.to_string(),
    }
}

/// The layered figment: the built-in defaults, the configuration file,
/// `PORT`, `ROCKET_*` variables, then `flags`.
pub fn figment(flags: &Flags) -> Figment {
    let file = flags
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from(Env::var_or("ROCKET_CONFIG", "Rocket.toml")));
    defaults()
        .merge(config_file(&file))
        .merge(Env::raw().only(&["PORT"]))
        .merge(
            Env::prefixed("ROCKET_")
                .ignore(&["PROFILE", "CONFIG"])
                .global(),
        )
        .merge(FlagProvider(flags))
        .select(Profile::from_env_or(
            "ROCKET_PROFILE",
            rocket::Config::DEFAULT_PROFILE,
        ))
}

/// The built-in defaults alone: Rocket's, then the app's.
pub fn defaults() -> Figment {
    Figment::from(rocket::Config::default()).merge(Serialized::defaults(AppDefaults::default()))
}

/// The configuration file, with profiles as `Rocket.toml` has them. A file
/// named explicitly must exist; the default one is optional.
fn config_file(path: &Path) -> figment::providers::Data<Toml> {
    if path.is_absolute() || path.components().count() > 1 {
        Toml::file_exact(path).nested()
    } else {
        Toml::file(path).nested()
    }
}

/// Defaults that differ from Rocket's.
#[derive(serde::Serialize)]
struct AppDefaults {
    timezone: &'static str,
    log_level: LogLevel,
    log_format: LogFormat,
    metrics: bool,
    drain: u32,
    /// The `Server` header does not advertise the framework.
    ident: bool,
}

impl Default for AppDefaults {
    fn default() -> Self {
        Self {
            timezone: DEFAULT_TIMEZONE,
            log_level: LogLevel::Normal,
            log_format: LogFormat::Human,
            metrics: true,
            drain: 0,
            ident: false,
        }
    }
}

/// Command-line flags as a figment provider, so that errors name the flag.
struct FlagProvider<'a>(&'a Flags);

impl Provider for FlagProvider<'_> {
    fn metadata(&self) -> Metadata {
        Metadata::named("command-line flags")
            .interpolater(|_, keys| format!("--{}", keys.join("-").replace('_', "-")))
    }

    fn data(&self) -> figment::Result<Map<Profile, Dict>> {
        Serialized::globals(self.0).data()
    }
}

fn zone<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Tz, D::Error> {
    let name = String::deserialize(deserializer)?;
    clock::parse_zone(&name).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "unknown time zone '{name}' (expected an IANA name such as {DEFAULT_TIMEZONE})"
        ))
    })
}

impl From<figment::Error> for ConfigError {
    fn from(error: figment::Error) -> Self {
        // Report the first problem only, on one line.
        let first = error
            .into_iter()
            .next()
            .expect("an error has at least one part");
        let mut line = one_line(&first.kind.to_string());
        match (&first.profile, &first.metadata) {
            (Some(profile), Some(md)) if !first.path.is_empty() => {
                line.push_str(&format!(" for {}", locate(md, profile, &first.path)));
            }
            (_, Some(md)) => line.push_str(&format!(" in {}", describe(md))),
            _ => {}
        }
        Self(line)
    }
}

/// Folds a multi-line message (a TOML parse error quotes the source) into one
/// line, leaving out the quoted source lines.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.contains('|'))
        .collect::<Vec<_>>()
        .join(": ")
}
