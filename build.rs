//! Records the source revision for `moscow_time_build_info`: from
//! `MOSCOW_TIME_REVISION` (set by container builds, which have no `.git`), or
//! from git, or `unknown`. Links the binary with packed relocations on
//! GNU/Linux.

use std::path::PathBuf;
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
    // The files a commit or a checkout changes, wherever git keeps them: in
    // `.git`, or for a worktree in its own folder (HEAD) and the common one
    // (refs, and packed-refs after `git gc` or a fresh clone).
    for path in git_paths(&["HEAD", "refs/heads", "packed-refs"]) {
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    let revision = std::env::var("MOSCOW_TIME_REVISION")
        .ok()
        .filter(|value| !value.is_empty())
        .or_else(git_revision)
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=MOSCOW_TIME_REVISION={revision}");
}

/// Where git keeps `names`, as `git rev-parse --git-path` says (it knows
/// worktrees); nothing without git.
fn git_paths(names: &[&str]) -> Vec<PathBuf> {
    let mut command = Command::new("git");
    command.arg("rev-parse");
    for name in names {
        command.args(["--git-path", name]);
    }
    let Ok(output) = command.output() else {
        return Vec::new();
    };
    if !output.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(PathBuf::from)
        .collect()
}

fn git_revision() -> Option<String> {
    let output = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()?;
    let revision = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !revision.trim().is_empty()).then(|| revision.trim().to_owned())
}
