//! Shell completions and the manual page, made from the same definitions as
//! `--help`: a real bash completes with the script, the page names every
//! flag and command `--help` does, and neither needs usable settings.

use std::process::Command;

use crate::common;

/// What `command` printed; it must succeed.
fn stdout_of(command: &mut Command, what: &str) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// What `moscow-time ARGS` printed.
fn run(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut command = common::command(dir.path(), args);
    // Settings that could not be used: completions and the page do not read them.
    command.env("ROCKET_PORT", "not-a-port");
    stdout_of(&mut command, &format!("{args:?}"))
}

/// What bash offers for the words typed, with the script loaded.
fn bash_completes(script: &str, words: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moscow-time.bash");
    std::fs::write(&path, script).unwrap();
    let typed = words.join(" ");
    let program = format!(
        "source {}; COMP_WORDS=({typed}); COMP_CWORD={}; COMP_LINE='{typed}'; \
         COMP_POINT=${{#COMP_LINE}}; _moscow__time moscow-time '{}' '{}'; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        path.display(),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let offered = stdout_of(Command::new("bash").args(["-c", &program]), &program);
    offered.lines().map(str::to_owned).collect()
}

#[test]
fn bash_completes_commands_and_flags_with_the_generated_script() {
    let script = run(&["completions", "bash"]);
    assert_eq!(bash_completes(&script, &["moscow-time", "t"]), ["tui"]);
    let flags = bash_completes(&script, &["moscow-time", "--tz"]);
    assert_eq!(flags, ["--tzdb", "--tzdb-dir"]);
    assert!(
        bash_completes(&script, &["moscow-time", "--tzdb", ""]).contains(&"embedded".to_owned())
    );
}

#[test]
fn every_shell_gets_a_script_naming_every_command() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = run(&["completions", shell]);
        for command in ["serve", "tui", "healthcheck", "completions", "man"] {
            assert!(script.contains(command), "{shell}: {command}");
        }
    }
    let unknown = common::command(std::path::Path::new("."), &["completions", "tcsh"])
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("invalid value 'tcsh'"));
}

#[test]
fn the_manual_page_has_every_flag_and_command_of_help() {
    let page = run(&["man"]);
    assert!(page.contains(".TH moscow-time 1"), "{page}");
    assert!(page.contains(env!("CARGO_PKG_VERSION")), "{page}");
    let help = run(&["--help"]);
    let flags = help
        .split_whitespace()
        .filter(|word| word.starts_with("--"))
        .map(|flag| flag.trim_end_matches(','));
    let mut checked = 0;
    for flag in flags {
        // roff escapes every hyphen.
        assert!(
            page.contains(&flag.replace('-', "\\-")),
            "{flag} not in the page"
        );
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} flags in --help");
    for command in ["serve", "tui", "healthcheck", "completions"] {
        assert!(
            page.contains(&format!("moscow\\-time\\-{command}(1)")),
            "{command}"
        );
    }
}
