//! Configuration: defaults → Rocket.toml → PORT → ROCKET_* → flags, and the
//! one-line messages for settings that cannot be used.
// figment's `Jail` closures return figment's own (large) error type.
#![allow(clippy::result_large_err)]

use figment::Jail;
use moscow_time::cli::Flags;
use moscow_time::config::Config;
use moscow_time::startup::Runtime;

use crate::common;

/// Runs `test` in a figment `Jail`, which gives it a working directory and
/// environment variables of its own by changing the whole process's: so in
/// a process of its own, where no test running beside it can see them change.
fn jailed(test: impl FnOnce(&mut Jail) -> figment::error::Result<()>) {
    common::in_own_process(|| Jail::expect_with(test));
}

/// The configuration `flags` and the jail's files and variables give, as
/// `serve` and `tui` start with it: its zones checked against the tz
/// database it names.
fn load(flags: Flags) -> Result<Config, String> {
    let config = Config::load(&flags).map_err(|error| error.to_string())?;
    Runtime::open(config.clone()).map_err(|error| error.to_string())?;
    Ok(config)
}

fn flags() -> Flags {
    Flags::default()
}

#[test]
fn the_defaults_are_moscow_on_loopback_port_8000() {
    jailed(|jail| {
        jail.clear_env();
        let config = load(flags()).unwrap();
        assert_eq!(config.settings.timezone.first(), "Europe/Moscow");
        assert_eq!(config.settings.address.to_string(), "127.0.0.1");
        assert_eq!(config.settings.port, 8000);
        Ok(())
    });
}

#[test]
fn the_file_beats_the_defaults_and_the_environment_beats_the_file() {
    jailed(|jail| {
        jail.clear_env();
        jail.create_file(
            "Rocket.toml",
            "[default]\nport = 7000\ntimezone = \"Asia/Tokyo\"\naddress = \"0.0.0.0\"",
        )?;
        let config = load(flags()).unwrap();
        assert_eq!(config.settings.port, 7000);
        assert_eq!(config.settings.timezone.first(), "Asia/Tokyo");
        jail.set_env("ROCKET_PORT", 7100);
        jail.set_env("ROCKET_TIMEZONE", "Europe/London");
        let config = load(flags()).unwrap();
        assert_eq!(config.settings.port, 7100);
        assert_eq!(config.settings.timezone.first(), "Europe/London");
        assert_eq!(config.settings.address.to_string(), "0.0.0.0");
        Ok(())
    });
}

#[test]
fn flags_beat_the_environment_and_the_file() {
    jailed(|jail| {
        jail.clear_env();
        jail.create_file("Rocket.toml", "[default]\nport = 7000")?;
        jail.set_env("ROCKET_PORT", 7100);
        jail.set_env("ROCKET_TIMEZONE", "Europe/London");
        let config = load(Flags {
            port: Some(7200),
            timezone: vec!["America/New_York".into()],
            address: Some("::1".parse().unwrap()),
            ..flags()
        })
        .unwrap();
        assert_eq!(config.settings.port, 7200);
        assert_eq!(config.settings.timezone.first(), "America/New_York");
        assert_eq!(config.settings.address.to_string(), "::1");
        Ok(())
    });
}

#[test]
fn port_is_honoured_and_rocket_port_wins_over_it() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("PORT", 5000);
        assert_eq!(load(flags()).unwrap().settings.port, 5000);
        jail.set_env("ROCKET_PORT", 5001);
        assert_eq!(load(flags()).unwrap().settings.port, 5001);
        Ok(())
    });
}

#[test]
fn a_profile_section_beats_the_default_section() {
    jailed(|jail| {
        jail.clear_env();
        jail.create_file(
            "Rocket.toml",
            "[default]\nport = 7000\n[staging]\nport = 7300",
        )?;
        jail.set_env("ROCKET_PROFILE", "staging");
        assert_eq!(load(flags()).unwrap().settings.port, 7300);
        Ok(())
    });
}

#[test]
fn a_named_config_file_is_read() {
    jailed(|jail| {
        jail.clear_env();
        jail.create_file("other.toml", "[default]\ntimezone = \"Asia/Kolkata\"")?;
        jail.set_env("ROCKET_CONFIG", "other.toml");
        let config = load(flags()).unwrap();
        assert_eq!(config.settings.timezone.first(), "Asia/Kolkata");
        Ok(())
    });
}

#[test]
fn a_port_that_is_not_a_number_names_the_variable() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_PORT", "abc");
        let error = load(flags()).unwrap_err();
        assert!(error.contains("ROCKET_PORT"), "{error}");
        assert!(error.contains("abc"), "{error}");
        assert!(!error.contains('\n'), "{error}");
        Ok(())
    });
}

#[test]
fn a_port_out_of_range_names_the_file_and_key() {
    jailed(|jail| {
        jail.clear_env();
        jail.create_file("Rocket.toml", "[default]\nport = 70000")?;
        let error = load(flags()).unwrap_err();
        assert!(error.contains("70000"), "{error}");
        assert!(error.contains("default.port"), "{error}");
        assert!(error.contains("Rocket.toml"), "{error}");
        Ok(())
    });
}

#[test]
fn an_unknown_zone_names_the_zone_and_where_it_came_from() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_TIMEZONE", "Mars/Olympus");
        let error = load(flags()).unwrap_err();
        assert!(error.contains("Mars/Olympus"), "{error}");
        assert!(error.contains("ROCKET_TIMEZONE"), "{error}");
        let error = load(Flags {
            timezone: vec!["Moon/Tranquility".into()],
            ..flags()
        })
        .unwrap_err();
        assert!(error.contains("Moon/Tranquility"), "{error}");
        assert!(error.contains("--timezone"), "{error}");
        Ok(())
    });
}

#[test]
fn several_zones_come_as_a_toml_array_a_comma_separated_variable_or_repeated_flags() {
    jailed(|jail| {
        jail.clear_env();
        let names = |config: Config| config.settings.timezone.names().to_vec();
        assert_eq!(names(load(flags()).unwrap()), ["Europe/Moscow"]);
        jail.create_file(
            "Rocket.toml",
            "[default]\ntimezone = [\"Asia/Tokyo\", \"Europe/London\"]",
        )?;
        assert_eq!(
            names(load(flags()).unwrap()),
            ["Asia/Tokyo", "Europe/London"]
        );
        jail.set_env(
            "ROCKET_TIMEZONE",
            "Europe/Moscow, Asia/Tokyo,America/New_York",
        );
        let config = load(flags()).unwrap();
        assert_eq!(config.settings.timezone.first(), "Europe/Moscow");
        assert_eq!(
            names(config),
            ["Europe/Moscow", "Asia/Tokyo", "America/New_York"]
        );
        let config = load(Flags {
            timezone: vec!["Asia/Kolkata".into(), "Europe/Berlin".into()],
            ..flags()
        })
        .unwrap();
        assert_eq!(
            Runtime::open(config.clone()).unwrap().shown_zones().len(),
            2
        );
        assert_eq!(names(config), ["Asia/Kolkata", "Europe/Berlin"]);
        Ok(())
    });
}

#[test]
fn an_unknown_zone_in_a_list_is_named_and_an_empty_list_refused() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_TIMEZONE", "Europe/Moscow,Mars/Olympus");
        let error = load(flags()).unwrap_err();
        assert!(error.contains("'Mars/Olympus'"), "{error}");
        assert!(error.contains("ROCKET_TIMEZONE"), "{error}");
        jail.set_env("ROCKET_TIMEZONE", " , ");
        let error = load(flags()).unwrap_err();
        assert!(error.contains("no time zone given"), "{error}");
        assert!(error.contains("ROCKET_TIMEZONE"), "{error}");
        Ok(())
    });
}

#[test]
fn the_language_is_unset_unless_set_in_the_file_the_environment_or_a_flag() {
    use moscow_time::locale::Lang;
    jailed(|jail| {
        jail.clear_env();
        assert_eq!(load(flags()).unwrap().settings.lang, None);
        jail.create_file("Rocket.toml", "[default]\nlang = \"ru\"")?;
        assert_eq!(load(flags()).unwrap().settings.lang, Some(Lang::Ru));
        jail.set_env("ROCKET_LANG", "en");
        assert_eq!(load(flags()).unwrap().settings.lang, Some(Lang::En));
        let config = load(Flags {
            lang: Some("ru".into()),
            ..flags()
        })
        .unwrap();
        assert_eq!(config.settings.lang, Some(Lang::Ru));
        Ok(())
    });
}

#[test]
fn the_clock_check_is_off_unless_turned_on_and_a_bad_value_names_the_variable() {
    jailed(|jail| {
        jail.clear_env();
        assert!(!load(flags()).unwrap().settings.clock_check);
        jail.create_file("Rocket.toml", "[default]\nclock_check = true")?;
        assert!(load(flags()).unwrap().settings.clock_check);
        jail.set_env("ROCKET_CLOCK_CHECK", "false");
        assert!(!load(flags()).unwrap().settings.clock_check);
        jail.set_env("ROCKET_CLOCK_CHECK", "sometimes");
        let error = load(flags()).unwrap_err();
        assert!(error.contains("ROCKET_CLOCK_CHECK"), "{error}");
        assert_eq!(error.lines().count(), 1, "{error}");
        Ok(())
    });
}

#[test]
fn an_unknown_language_is_one_line_naming_the_setting() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_LANG", "ko");
        let error = load(flags()).unwrap_err();
        assert_eq!(
            error,
            "configuration: unknown language 'ko' (expected one of en, ru, de, fr, es, pt, it, \
             uk, pl, tr, zh, ja, hi, ar) for ROCKET_LANG in `ROCKET_` environment variable(s)"
        );
        let error = load(Flags {
            lang: Some("klingon".into()),
            ..flags()
        })
        .unwrap_err();
        assert!(error.contains("'klingon'"), "{error}");
        assert!(error.contains("--lang"), "{error}");
        Ok(())
    });
}

#[test]
fn a_malformed_file_is_one_line_naming_the_file() {
    jailed(|jail| {
        jail.clear_env();
        jail.create_file("Rocket.toml", "[default]\nport = = 8000\n")?;
        let error = load(flags()).unwrap_err();
        assert!(error.contains("Rocket.toml"), "{error}");
        assert!(error.contains("line 2"), "{error}");
        assert!(!error.contains('\n'), "{error}");
        Ok(())
    });
}

#[test]
fn a_bad_rocket_setting_is_reported_before_anything_starts() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_WORKERS", "many");
        let error = load(flags()).unwrap_err();
        assert!(error.contains("ROCKET_WORKERS"), "{error}");
        Ok(())
    });
}

#[test]
fn thread_counts_rocket_cannot_start_with_are_one_line_naming_the_setting() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_WORKERS", "0");
        assert_eq!(
            load(flags()).unwrap_err(),
            "configuration: 0 threads is out of range (expected 1 to 1024) for ROCKET_WORKERS \
             in `ROCKET_` environment variable(s)"
        );
        jail.set_env("ROCKET_WORKERS", "1025");
        let error = load(flags()).unwrap_err();
        assert!(error.starts_with("configuration: 1025 threads"), "{error}");
        jail.set_env("ROCKET_WORKERS", "1024");
        assert!(load(flags()).is_ok());

        jail.clear_env();
        jail.create_file("Rocket.toml", "[default]\nmax_blocking = 0\n")?;
        let error = load(flags()).unwrap_err();
        assert!(error.contains("(expected at least 1)"), "{error}");
        assert!(error.contains("max_blocking in TOML file"), "{error}");
        assert!(error.contains("Rocket.toml"), "{error}");
        Ok(())
    });
}

#[test]
fn tls_is_refused_rather_than_ignored() {
    jailed(|jail| {
        jail.clear_env();
        jail.set_env("ROCKET_TLS", "{certs=\"cert.pem\",key=\"key.pem\"}");
        assert_eq!(
            load(flags()).unwrap_err(),
            "configuration: tls is not supported (this server speaks plain HTTP: end TLS at a \
             proxy or ingress in front of it) for ROCKET_TLS in `ROCKET_` environment variable(s)"
        );
        jail.clear_env();
        jail.create_file(
            "Rocket.toml",
            "[default.tls]\ncerts = \"cert.pem\"\nkey = \"key.pem\"\n",
        )?;
        let error = load(flags()).unwrap_err();
        assert!(error.contains("tls is not supported"), "{error}");
        assert!(error.contains("Rocket.toml"), "{error}");
        Ok(())
    });
}

/// The built-in default of `key`, as the README and Rocket.toml spell it;
/// for a setting with none (`geoip_db`), `none`.
fn default_of(key: &str, none: &str) -> String {
    match moscow_time::config::defaults().find_value(key) {
        Err(error) if error.missing() => none.to_owned(),
        Ok(figment::value::Value::String(_, text)) => text,
        Ok(figment::value::Value::Num(_, number)) => number
            .to_u128()
            .map(|n| n.to_string())
            .unwrap_or_else(|| format!("{number:?}")),
        Ok(figment::value::Value::Bool(_, flag)) => flag.to_string(),
        other => panic!("{key}: {other:?}"),
    }
}

#[test]
fn the_readme_table_states_the_built_in_defaults() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n## Configuration").nth(1).unwrap();
    let section = section.split("\n## ").next().unwrap();
    let mut checked = 0;
    for row in section.lines().filter(|line| line.starts_with("| `")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let keys = cells[1].split(", ").map(|k| k.trim_matches('`'));
        let defaults = cells[4].split(", ").map(|d| d.trim_matches('`'));
        for (key, stated) in keys.zip(defaults) {
            assert_eq!(stated, default_of(key, "(none)"), "README default of {key}");
            checked += 1;
        }
    }
    assert!(
        checked >= 14,
        "only {checked} defaults found in the README's table"
    );
}

#[test]
fn the_example_rocket_toml_shows_the_built_in_defaults() {
    let example =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Rocket.toml")).unwrap();
    let mut section = String::new();
    let mut checked = 0;
    for line in example.lines() {
        let line = line.trim_start_matches("# ");
        if line.starts_with('[') {
            section = line
                .trim_matches(['[', ']'])
                .trim_start_matches("default")
                .to_owned();
            section = section.trim_start_matches('.').to_owned();
        } else if let Some((key, value)) = line.split_once(" = ") {
            let path = if section.is_empty() {
                key.to_owned()
            } else {
                format!("{section}.{key}")
            };
            assert_eq!(
                value.trim_matches('"'),
                default_of(&path, ""),
                "Rocket.toml: {path}"
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 14,
        "only {checked} settings found in Rocket.toml"
    );
}
