//! Parses the command line, loads the configuration once and runs the mode
//! asked for. The only place where errors become messages and exit codes.
#![forbid(unsafe_code)]

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use moscow_time::cli::{Cli, Command};
use moscow_time::config::Config;
use moscow_time::{healthcheck, tui, tzdb, web};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("moscow-time: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<(), Box<dyn std::error::Error>> {
    if cli.version {
        println!("{}", version(&cli.flags));
        return Ok(());
    }
    let config = Config::load(&cli.flags)?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => web::serve(&config)?,
        Command::Tui => tui::run(&config)?,
        Command::Healthcheck => {
            let settings = &config.settings;
            healthcheck::probe(healthcheck::target(settings.address, settings.port))?
        }
    }
    Ok(())
}

/// `moscow-time 0.1.0` and the tz databases: the one the settings select
/// (the default folder's when they cannot be read) and the embedded one.
fn version(flags: &moscow_time::cli::Flags) -> String {
    let zones = match Config::load(flags) {
        Ok(config) => config.zones,
        Err(_) => tzdb::Zones::open(tzdb::Choice::Auto, Path::new(tzdb::DEFAULT_DIR)).0,
    };
    let database = zones.current();
    let place = match database.source() {
        tzdb::Source::System(dir) => {
            let embedded = tzdb::EMBEDDED_VERSION;
            format!(" from {} (embedded {embedded})", dir.display())
        }
        tzdb::Source::Embedded => String::new(),
    };
    format!(
        "moscow-time {}\ntz database: {database}{place}",
        env!("CARGO_PKG_VERSION")
    )
}
