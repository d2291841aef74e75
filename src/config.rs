//! One configuration, read once: built-in defaults → `Rocket.toml` → environment → flags.
//!
//! Rocket's own keys (`address`, `port`, `workers`, …) and the app's keys
//! (`timezone`, …) live in the same figment, so one file and one set of
//! `ROCKET_*` variables configure everything. Settings only: data and its
//! checks. Nothing here opens what the settings name; [`crate::startup`]
//! does, for the modes that need it.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::value::{Dict, Map};
use figment::{Figment, Metadata, Profile, Provider};
use rocket::config::LogLevel;
use serde::Deserialize;

use crate::cli::Flags;
use crate::locale::Lang;
use crate::tzdb;

/// The zone shown when none is configured.
pub const DEFAULT_TIMEZONE: &str = "Europe/Moscow";

/// The most worker threads the server may be given. Each has a stack of its
/// own: tens of thousands exhaust the process's memory maps, and the server
/// would fail while starting them.
const MAX_WORKERS: usize = 1024;

/// The app's settings, extracted once from the figment.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// Address the server listens on.
    pub address: IpAddr,
    /// Port the server listens on.
    pub port: u16,
    /// The IANA names of the zones shown: the first by the page, the API's
    /// `/api/ip` and the terminal clock's big digits; the terminal lists the
    /// others beneath it.
    pub timezone: ZoneNames,
    /// The language of the page (when the browser asks for none it speaks)
    /// and of the terminal clock; unset, the page speaks English and the
    /// terminal its locale's language ([`crate::tui::language`]).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Which tz database to use: `auto`, `system` or `embedded`.
    pub tzdb: tzdb::Choice,
    /// The folder of the compiled tz database read by `auto` and `system`.
    pub tzdb_dir: PathBuf,
    /// Seconds between checks of that folder for new rules; 0 never checks.
    pub tzdb_reload: u64,
    /// A MaxMind DB file (GeoLite2/GeoIP2 City, DB-IP City Lite…) from
    /// which `/api/ip` takes the caller's zone; none (or empty): the
    /// configured zone for every caller.
    #[serde(default, deserialize_with = "path_or_none")]
    pub geoip_db: Option<PathBuf>,
    /// Seconds between checks of that file for a new database; 0 never checks.
    pub geoip_reload: u64,
    /// What the server writes to stdout: `off` nothing; `critical` the line
    /// saying it is up and its notices (tz database and GeoIP changes, the
    /// system clock's state, drain, warnings), no request lines; `normal`
    /// those and one line per request; `debug` the same as `normal`. An
    /// error that stops the program goes to stderr at every level.
    pub log_level: LogLevel,
    /// How log lines are written.
    pub log_format: LogFormat,
    /// Whether `/metrics` is served.
    #[serde(deserialize_with = "figment::util::bool_from_str_or_int")]
    pub metrics: bool,
    /// Seconds to keep serving after `SIGTERM` or Ctrl-C, with `/ready`
    /// answering 503, before the graceful shutdown begins.
    pub drain: u32,
    /// Whether `/ready` answers 503 while the system clock is known to be
    /// unsynchronized or more than [`crate::host_clock::MAX_ERROR_BOUND`] off.
    #[serde(deserialize_with = "figment::util::bool_from_str_or_int")]
    pub clock_check: bool,
    /// Whether colours and emoji may be used when stdout is a terminal.
    #[serde(deserialize_with = "figment::util::bool_from_str_or_int")]
    pub cli_colors: bool,
    /// How many requests each client address may make; none (the default):
    /// no limit.
    #[serde(default)]
    pub rate_limit: Option<RateLimit>,
    /// The UDP port on which ezTime devices' timezone queries are answered
    /// (2342 is the protocol's), on `address`; none (the default): no UDP
    /// server (also when set empty, as `ROCKET_TIMEZONED_PORT=` turns off
    /// the images' 2342). `0`: a free port, said in the log.
    #[serde(default, deserialize_with = "port_or_none")]
    pub timezoned_port: Option<u16>,
    /// Seconds an address must wait between two answers of the UDP server,
    /// so that it cannot be used to flood an address forged as the sender;
    /// `0`: no wait.
    pub timezoned_interval: u64,
}

/// The most requests a client may make per second, and how many it may make
/// at once: `rate_limit = { per_second = 10, burst = 20 }`. A client that
/// has been quiet may send `burst` requests at once, then one each
/// `1 / per_second` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "RateLimitFields")]
pub struct RateLimit {
    /// Requests per second, from [`RateLimit::MIN_PER_SECOND`] to
    /// [`RateLimit::MAX_PER_SECOND`]; fractional or whole: `0.5` is one
    /// request each two seconds.
    pub per_second: f64,
    /// Requests a quiet client may make at once, from 1 to [`RateLimit::MAX_BURST`].
    pub burst: u32,
}

impl RateLimit {
    /// One request each 1,000 seconds.
    pub const MIN_PER_SECOND: f64 = 0.001;
    /// One request per nanosecond, the finest the limiter counts.
    pub const MAX_PER_SECOND: f64 = 1e9;
    /// With the slowest rate, the longest time the limiter must count
    /// (burst / per_second) still fits its 64-bit nanoseconds.
    pub const MAX_BURST: u32 = 1_000_000;
}

/// The table as written, checked into a [`RateLimit`].
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a rate_limit table such as {per_second=10,burst=20}"
)]
struct RateLimitFields {
    per_second: f64,
    burst: u32,
}

impl TryFrom<RateLimitFields> for RateLimit {
    type Error = String;

    fn try_from(fields: RateLimitFields) -> Result<Self, Self::Error> {
        let RateLimitFields { per_second, burst } = fields;
        if !(Self::MIN_PER_SECOND..=Self::MAX_PER_SECOND).contains(&per_second) {
            return Err(format!(
                "rate_limit.per_second is {per_second} (expected {} to {})",
                Self::MIN_PER_SECOND,
                Self::MAX_PER_SECOND
            ));
        }
        if !(1..=Self::MAX_BURST).contains(&burst) {
            return Err(format!(
                "rate_limit.burst is {burst} (expected 1 to {})",
                Self::MAX_BURST
            ));
        }
        Ok(Self { per_second, burst })
    }
}

/// One or more IANA zone names, in the order given: a TOML array, a flag
/// given more than once, or a comma-separated string such as
/// `ROCKET_TIMEZONE=Europe/Moscow,Asia/Tokyo`. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneNames(Vec<String>);

impl ZoneNames {
    /// The first zone: the one the page shows and the terminal draws big.
    pub fn first(&self) -> &str {
        &self.0[0]
    }

    /// Every zone, the first first.
    pub fn names(&self) -> &[String] {
        &self.0
    }
}

/// `Europe/Moscow,Asia/Tokyo`, as the environment variable spells it.
impl fmt::Display for ZoneNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(","))
    }
}

impl serde::Serialize for ZoneNames {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ZoneNames {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Names;

        impl<'de> serde::de::Visitor<'de> for Names {
            type Value = Vec<String>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a zone name, a comma-separated list or an array of them")
            }

            fn visit_str<E: serde::de::Error>(self, names: &str) -> Result<Self::Value, E> {
                Ok(vec![names.to_owned()])
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element::<String>()? {
                    names.push(name);
                }
                Ok(names)
            }
        }

        let names: Vec<String> = deserializer
            .deserialize_any(Names)?
            .iter()
            .flat_map(|names| names.split(','))
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        if names.is_empty() {
            return Err(serde::de::Error::custom("no time zone given"));
        }
        Ok(Self(names))
    }
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

/// Configuration that cannot be used. Each says, on one line, what is wrong,
/// the setting and where its value came from (`for ROCKET_PORT in `ROCKET_`
/// environment variable(s)`).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A value of the wrong type or form, a file that cannot be parsed or
    /// read: figment's first complaint, on one line.
    #[error("configuration: {0}")]
    Unreadable(String),
    /// A thread count Rocket would panic on or could not start.
    #[error("configuration: {threads} threads is out of range (expected {expected}) for {set_by}")]
    Threads {
        threads: usize,
        expected: String,
        set_by: String,
    },
    /// `tls`, which this build lacks: it would serve plain HTTP where HTTPS
    /// was asked for.
    #[error(
        "configuration: tls is not supported (this server speaks plain HTTP: end TLS at a \
         proxy or ingress in front of it) for {set_by}"
    )]
    Tls { set_by: String },
    /// A zone name the tz database in use does not have.
    #[error(
        "configuration: unknown time zone '{name}' (expected an IANA name such as \
         {DEFAULT_TIMEZONE}) for {set_by}"
    )]
    UnknownZone { name: String, set_by: String },
}

impl Config {
    /// Reads defaults, the configuration file, the environment and `flags`.
    pub fn load(flags: &Flags) -> Result<Self, ConfigError> {
        Self::from_figment(figment(flags))
    }

    /// Extracts and checks the configuration in `figment`.
    pub fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        // Rocket's own keys are checked here, so that a bad `workers` or
        // `limits` is reported like any other setting, before anything starts.
        let rocket = rocket::Config::try_from(&figment).map_err(ConfigError::from)?;
        let settings: Settings = figment.extract().map_err(ConfigError::from)?;
        let config = Self { settings, figment };
        config.check_rocket(&rocket)?;
        Ok(config)
    }

    /// Refuses what Rocket accepts but cannot serve with: no worker or
    /// blocking threads, or more workers than the system can start (it would
    /// panic), and `tls`, which this build lacks (it would serve plain HTTP
    /// where HTTPS was asked for).
    fn check_rocket(&self, rocket: &rocket::Config) -> Result<(), ConfigError> {
        let out_of_range = |key: &str, threads: usize, expected: &str| ConfigError::Threads {
            threads,
            expected: expected.to_owned(),
            set_by: self.source_of(key),
        };
        if !(1..=MAX_WORKERS).contains(&rocket.workers) {
            let expected = format!("1 to {MAX_WORKERS}");
            return Err(out_of_range("workers", rocket.workers, &expected));
        }
        if rocket.max_blocking == 0 {
            return Err(out_of_range("max_blocking", 0, "at least 1"));
        }
        if self.figment.contains("tls") {
            return Err(ConfigError::Tls {
                set_by: self.source_of("tls"),
            });
        }
        Ok(())
    }

    /// Refuses a configured zone name for which `known` says no: called
    /// with the tz database in use once it is open.
    pub fn check_zones(&self, known: impl Fn(&str) -> bool) -> Result<(), ConfigError> {
        match self
            .settings
            .timezone
            .names()
            .iter()
            .find(|name| !known(name))
        {
            Some(name) => Err(ConfigError::UnknownZone {
                name: name.clone(),
                set_by: self.source_of("timezone"),
            }),
            None => Ok(()),
        }
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

/// A path, where an empty one (`ROCKET_GEOIP_DB=`) is none.
fn path_or_none<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<PathBuf>, D::Error> {
    let path = <Option<PathBuf> as serde::Deserialize>::deserialize(deserializer)?;
    Ok(path.filter(|path| !path.as_os_str().is_empty()))
}

/// A port number, or none when absent or empty.
fn port_or_none<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u16>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Port {
        Number(u16),
        Text(String),
    }
    match <Option<Port> as serde::Deserialize>::deserialize(deserializer)? {
        None => Ok(None),
        Some(Port::Number(port)) => Ok(Some(port)),
        Some(Port::Text(text)) if text.trim().is_empty() => Ok(None),
        Some(Port::Text(text)) => text.trim().parse().map(Some).map_err(|_| {
            serde::de::Error::custom(format!(
                "{text:?} is no port (expected 0 to 65535, or empty for none)"
            ))
        }),
    }
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
    tzdb: tzdb::Choice,
    tzdb_dir: &'static str,
    tzdb_reload: u64,
    geoip_reload: u64,
    timezoned_interval: u64,
    drain: u32,
    clock_check: bool,
    /// The `Server` header does not advertise the framework.
    ident: bool,
    /// The client's address is the TCP peer's: a header naming another is
    /// trusted only when the operator names that header.
    ip_header: bool,
    shutdown: ShutdownDefaults,
}

/// Seconds for in-flight requests, then for connections, after a stop
/// signal (Rocket's own mercy is 3).
#[derive(serde::Serialize)]
struct ShutdownDefaults {
    grace: u32,
    mercy: u32,
}

impl Default for AppDefaults {
    fn default() -> Self {
        Self {
            timezone: DEFAULT_TIMEZONE,
            log_level: LogLevel::Normal,
            log_format: LogFormat::Human,
            metrics: true,
            tzdb: tzdb::Choice::Auto,
            tzdb_dir: tzdb::DEFAULT_DIR,
            tzdb_reload: 30,
            geoip_reload: 30,
            timezoned_interval: 3,
            drain: 0,
            clock_check: false,
            ident: false,
            ip_header: false,
            shutdown: ShutdownDefaults { grace: 2, mercy: 2 },
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
        Self::Unreadable(line)
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
