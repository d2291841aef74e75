//! Parses the command line, loads the configuration once and runs the mode
//! asked for. The only place where errors become messages and exit codes.
#![forbid(unsafe_code)]

use std::error::Error;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use moscow_time::cli::{self, Cli, Command};
use moscow_time::config::Config;
use moscow_time::startup::{self, Runtime};
use moscow_time::{healthcheck, serve, tui, tzdb};

// mimalloc rather than glibc's malloc: most of a request's cost is small,
// short-lived allocations (Rocket builds a request, a header map and a
// response for each), which mimalloc serves from thread-local free lists.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The exit status of the terminal clock when its terminal went away:
/// 128 + `SIGHUP`, as a shell reports a job that a hang-up ended.
const TERMINAL_GONE: u8 = 129;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(status) => status,
        Err(error) => {
            // Not `eprintln!`, which panics when stderr is a terminal that
            // has gone away.
            let _ = writeln!(io::stderr(), "moscow-time: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<ExitCode, Box<dyn Error>> {
    if cli.version {
        let text = version(&cli.flags);
        to_stdout(|out| writeln!(out, "{text}"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let load = || Config::load(&cli.flags);
    match cli.command.clone().unwrap_or(Command::Serve) {
        // The health check reads the settings and nothing else: the images
        // run it every few seconds.
        Command::Healthcheck => {
            let config = load()?;
            let settings = &config.settings;
            healthcheck::probe(healthcheck::target(settings.address, settings.port))?
        }
        Command::Serve => serve::serve(&Runtime::open_to_serve(load()?)?)?,
        Command::Tui => match tui::run(&Runtime::open(load()?)?)? {
            tui::Ending::Stopped => {}
            tui::Ending::TerminalGone => return Ok(ExitCode::from(TERMINAL_GONE)),
        },
        // From the command line's definitions alone: no settings are read,
        // so a broken configuration never hides them.
        Command::Completions { shell } => to_stdout(|out| cli::completions(shell, out))?,
        Command::Man { out_dir: None } => to_stdout(|out| cli::man_page(out))?,
        Command::Man { out_dir: Some(dir) } => cli::man_pages(&dir)
            .map_err(|error| format!("cannot write the manual into {}: {error}", dir.display()))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `write` on standard output. A reader that stops early
/// (`moscow-time man | head`) has what it wanted: not an error.
fn to_stdout(write: impl FnOnce(&mut io::StdoutLock) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match write(&mut out).and_then(|()| out.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// `moscow-time 0.1.0` and the tz databases: the one the settings select
/// (the default folder's when they cannot be read) and the embedded one.
fn version(flags: &cli::Flags) -> String {
    let database = startup::version_tzdb(Config::load(flags).ok().as_ref());
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
