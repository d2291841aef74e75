//! Records the source revision for `moscow_time_build_info`: from
//! `MOSCOW_TIME_REVISION` (set by container builds, which have no `.git`), or
//! from git, or `unknown`. Links the binary with packed relocations on
//! GNU/Linux.

use std::path::Path;
use std::process::Command;

fn main() {
    // The binary is position-independent, so each pointer in its static
    // data (the embedded tz database is mostly such pointers) needs a
    // relocation record: 24 bytes each, almost 1 MB in all. Packed (RELR,
    // binutils 2.38+, glibc 2.36+: Debian 12 and both images) they take a
    // few kilobytes. Only the binary's own link gets the flag.
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os == "linux" && target_env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
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
