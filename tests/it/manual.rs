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

#[test]
fn every_page_the_manual_refers_to_is_written_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    std::fs::create_dir(&out).unwrap();
    run(&["man", "--out-dir", out.to_str().unwrap()]);
    let main = std::fs::read_to_string(out.join("moscow-time.1")).unwrap();
    assert_eq!(main, run(&["man"]), "the page printed and the page written");
    let mut referred: Vec<String> = main
        .split_whitespace()
        .filter_map(|word| word.strip_suffix("(1)"))
        .map(|page| format!("{}.1", page.replace("\\-", "-")))
        .collect();
    referred.push("moscow-time.1".to_owned());
    referred.sort();
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(written, referred);
    assert!(written.contains(&"moscow-time-serve.1".to_owned()));
    let serve = std::fs::read_to_string(out.join("moscow-time-serve.1")).unwrap();
    assert!(serve.contains(".TH moscow-time-serve 1"), "{serve}");

    let missing = common::command(dir.path(), &["man", "--out-dir", "no/such/dir"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    let message = String::from_utf8_lossy(&missing.stderr);
    assert!(
        message.starts_with("moscow-time: cannot write the manual into no/such/dir: ")
            && message.lines().count() == 1,
        "{message}"
    );
}

/// `moscow-time ARGS | head -c0`: the reader is gone before anything is written.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    for args in [&["--version"][..], &["man"], &["completions", "bash"]] {
        let dir = tempfile::tempdir().unwrap();
        let mut child = common::command(dir.path(), args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}
