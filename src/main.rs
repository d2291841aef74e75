//! Parses the command line, loads the configuration once and runs the mode
//! asked for. The only place where errors become messages and exit codes.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

use moscow_time::cli::{Cli, Command};
use moscow_time::config::Config;
use moscow_time::{healthcheck, tui, web};

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
