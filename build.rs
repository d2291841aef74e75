//! Records the source revision for `moscow_time_build_info`: from
//! `MOSCOW_TIME_REVISION` (set by container builds, which have no `.git`), or
//! from git, or `unknown`. Minifies the static files the binary embeds.
//! Links the binary with packed relocations on GNU/Linux.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The static files' sources.
const STATIC: &str = "assets/static";

fn main() {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(error) = minify_static(Path::new(STATIC), &out_dir.join("static")) {
        panic!("{STATIC}: {error}");
    }
    println!("cargo:rerun-if-changed={STATIC}");

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

/// Writes the files of `from` into `to`, where the binary embeds them from
/// (`web::assets`): JavaScript and CSS minified, since their comments and
/// spacing are for whoever reads the sources, not for every visitor to
/// download; anything else as it is.
fn minify_static(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|error| error.to_string())?;
    let entries = std::fs::read_dir(from).map_err(|error| error.to_string())?;
    for entry in entries {
        let path = entry.map_err(|error| error.to_string())?.path();
        let name = path.file_name().expect("a directory entry has a name");
        let read = || std::fs::read_to_string(&path).map_err(|error| error.to_string());
        let minified = match path.extension().and_then(|ext| ext.to_str()) {
            Some("js") => minifier::js::minify(&read()?).map(|out| out.to_string()),
            Some("css") => minifier::css::minify(&read()?).map(|out| out.to_string()),
            _ => {
                std::fs::copy(&path, to.join(name)).map_err(|error| error.to_string())?;
                continue;
            }
        };
        let minified = minified.map_err(|error| format!("{}: {error}", path.display()))?;
        std::fs::write(to.join(name), minified).map_err(|error| error.to_string())?;
    }
    Ok(())
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
