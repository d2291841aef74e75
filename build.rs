//! Records the source revision for `moscow_time_build_info`: from
//! `MOSCOW_TIME_REVISION` (set by container builds, which have no `.git`), or
//! from git, or `unknown`.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=MOSCOW_TIME_REVISION");
    for path in [".git/HEAD", ".git/refs/heads"] {
        if Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    let revision = std::env::var("MOSCOW_TIME_REVISION")
        .ok()
        .filter(|value| !value.is_empty())
        .or_else(git_revision)
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=MOSCOW_TIME_REVISION={revision}");
}

fn git_revision() -> Option<String> {
    let output = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()?;
    let revision = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !revision.trim().is_empty()).then(|| revision.trim().to_owned())
}
