//! The command line as typed: subcommands and flag overrides, nothing resolved here.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use serde::Serialize;

/// The current time in Moscow (or any IANA zone): a web page, a JSON API and a terminal clock.
#[derive(Debug, Parser)]
#[command(name = "moscow-time", about, long_about = None, disable_version_flag = true)]
#[command(
    after_help = "Settings come from built-in defaults, then Rocket.toml, then \
ROCKET_* environment variables (and PORT), then these flags."
)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Settings given on the command line; they win over every other source.
    #[command(flatten)]
    pub flags: Flags,

    /// Print the version and the tz database the settings select, then exit.
    #[arg(short = 'V', long)]
    pub version: bool,
}

/// The binary's modes.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Serve the clock page, the JSON API and the health endpoint (default).
    Serve,
    /// Show the clock full-screen in this terminal.
    Tui,
    /// Ask the local server's /health endpoint; exit 0 when it answers 200, 1 otherwise.
    Healthcheck,
    /// Print the completion script for SHELL (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff, section 1), e.g. `moscow-time man | man -l -`.
    Man {
        /// Write every page instead, moscow-time.1 and one per command (moscow-time-serve.1, …), into DIR.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
}

/// Writes the completion script for `shell` to `out`, from the same
/// definitions as `--help`.
pub fn completions(
    shell: clap_complete::Shell,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    // Made in memory: the generator panics on a failed write (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "moscow-time", &mut script);
    out.write_all(&script)
}

/// Writes the manual page to `out`, from the same definitions as `--help`.
pub fn man_page(out: &mut impl std::io::Write) -> std::io::Result<()> {
    clap_mangen::Man::new(manual()).render(out)
}

/// Writes the manual's pages into `dir`: `moscow-time.1`, which `man_page`
/// prints, and one for each command it refers to (`moscow-time-serve.1`, …).
pub fn man_pages(dir: &std::path::Path) -> std::io::Result<()> {
    clap_mangen::generate_to(manual(), dir)
}

/// The command line as the manual describes it: with its version, and
/// without `help`, which has no page of its own.
fn manual() -> clap::Command {
    Cli::command()
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true)
}

/// Settings that can be given as flags. Only the flags given are serialized,
/// so an absent flag never hides a value from another source.
#[derive(Debug, Clone, Default, Args, Serialize)]
pub struct Flags {
    /// Port to listen on (ROCKET_PORT, PORT).
    #[arg(short, long, global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,

    /// Address to listen on, e.g. 0.0.0.0 (ROCKET_ADDRESS).
    #[arg(short, long, global = true)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<IpAddr>,

    /// IANA time zone to show, e.g. Asia/Tokyo; given again, or as a comma-separated list, the terminal lists the others beneath the first (ROCKET_TIMEZONE).
    #[arg(short = 'z', long, global = true, value_name = "ZONE")]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub timezone: Vec<String>,

    /// Language of the page (unless the browser asks for another) and the terminal: en, ru, de, fr, es, pt, it, uk, pl, tr, zh, ja, hi or ar (ROCKET_LANG; the terminal otherwise follows LANG).
    #[arg(long, global = true, value_name = "LANG")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,

    /// Tz database: auto (the newer of the folder's and the embedded), system or embedded (ROCKET_TZDB).
    #[arg(long, global = true, value_name = "SOURCE")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tzdb: Option<crate::tzdb::Choice>,

    /// Folder of compiled zone rules read by auto and system (ROCKET_TZDB_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tzdb_dir: Option<PathBuf>,

    /// MaxMind DB file (GeoLite2 or DB-IP City) from which /api/ip takes the caller's zone (ROCKET_GEOIP_DB).
    #[arg(long, global = true, value_name = "FILE")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geoip_db: Option<PathBuf>,

    /// UDP port on which to answer ezTime devices' timezone queries, e.g. 2342; none: no UDP server (ROCKET_TIMEZONED_PORT).
    #[arg(long, global = true, value_name = "PORT")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezoned_port: Option<u16>,

    /// Configuration file to read instead of ./Rocket.toml (ROCKET_CONFIG).
    #[arg(short, long, global = true, value_name = "FILE")]
    #[serde(skip)]
    pub config: Option<PathBuf>,
}
