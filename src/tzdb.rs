//! Where zone rules come from: the newest tz database the binary can find.
//!
//! A compiled database in a folder (`/usr/share/zoneinfo`, kept current by
//! the system's `tzdata` package, or any folder the operator names) or the
//! database compiled into the binary. `auto` takes the folder when its
//! version is at least the embedded one's, `system` takes the folder
//! whatever its version, `embedded` never reads it. A folder that is
//! missing, empty or corrupt is never fatal: the embedded rules answer
//! instead, and [`Zones::refresh`] picks the folder up again once it is
//! usable or when its files change. A folder that breaks while in use
//! (gone, emptied, unreadable) leaves the last good database in use.
//! Files that cannot be zones are skipped, never opened when they are no
//! regular file (a FIFO would block), and read to at most
//! [`MAX_TZIF_BYTES`].

use std::collections::HashMap;
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use chrono::{DateTime, Utc};

use crate::places::Places;
use crate::posix_tz::{self, DeviceRule};
use crate::zone::{TzifError, Zone};

/// The version of the tz database compiled into the binary, e.g. `2025b`.
pub const EMBEDDED_VERSION: &str = chrono_tz::IANA_TZDB_VERSION;

/// The most read of one zone file: the largest real TZif file is under
/// 10 KB, so a larger file is refused rather than held in memory.
pub const MAX_TZIF_BYTES: u64 = 256 * 1024;

/// The folder read when none is configured.
pub const DEFAULT_DIR: &str = "/usr/share/zoneinfo";

/// Which tz database to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    /// The folder's when it is at least as new as the embedded one.
    Auto,
    /// The folder's, whatever its version.
    System,
    /// The one compiled into the binary.
    Embedded,
}

/// Where a database in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into the binary.
    Embedded,
    /// Read from this folder.
    System(PathBuf),
}

/// One tz database: its zones, their names and its version.
#[derive(Debug)]
pub struct Database {
    source: Source,
    version: String,
    names: Vec<String>,
    /// The zone files by name; empty for the embedded database.
    files: HashMap<String, PathBuf>,
    /// Why each file below the folder that could not be a zone was
    /// skipped (the file is then no zone of this database).
    skipped: Vec<String>,
    /// Zones read from those files so far: each is read when first asked
    /// for, so that memory holds only the zones in use.
    read: RwLock<HashMap<String, Zone>>,
    /// Each zone's POSIX TZ rule as found on one day (days since the epoch):
    /// a rule is checked against years of the zone's changes, so it is
    /// found once a day, and at most once for each zone of the database.
    posix_rules: Mutex<HashMap<String, FoundRule>>,
    /// Where the zones are: the folder's `zone1970.tab`, else the one of
    /// the release compiled into the binary.
    places: Arc<Places>,
}

/// A zone's POSIX TZ rules, and the day they were found on.
type FoundRule = (i64, Rules);

/// A zone's rules as found on one day: the exact one, if any, the one for
/// devices, and that one with its changes within their days.
#[derive(Debug, Clone)]
struct Rules {
    exact: Option<Arc<str>>,
    device: Arc<DeviceRule>,
    within_days: Arc<DeviceRule>,
}

impl Database {
    /// The database compiled into the binary.
    pub fn embedded() -> Self {
        let mut names: Vec<String> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| tz.name().to_owned())
            .collect();
        names.sort();
        Self {
            source: Source::Embedded,
            version: EMBEDDED_VERSION.to_owned(),
            names,
            files: HashMap::new(),
            skipped: Vec::new(),
            read: RwLock::default(),
            posix_rules: Mutex::default(),
            places: Places::embedded(),
        }
    }

    /// Reads the compiled database in `dir`: every TZif file below it but
    /// the `posix/` and `right/` copies, and the version from `tzdata.zi`.
    /// Every file is parsed once here, so that a corrupt one is found now
    /// and skipped: a folder with no usable zone file is an error.
    pub fn read(dir: &Path) -> Result<Self, ReadError> {
        let version = version_in(dir)?;
        let mut files = HashMap::new();
        let (listed, mut skipped) = zone_files(dir)?;
        for ZoneFile { name, path, .. } in listed {
            match tzif(&name, &path) {
                Ok(Some(_)) => {
                    files.insert(name, path);
                }
                Ok(None) => {} // zone.tab, leap-seconds.list and the like
                Err(error) => skipped.push(error.to_string()),
            }
        }
        if files.is_empty() {
            let why = skipped.first().map(|why| format!(" ({why})"));
            return Err(ReadError::Empty(dir.to_owned(), why.unwrap_or_default()));
        }
        let mut names: Vec<String> = files.keys().cloned().collect();
        names.sort();
        Ok(Self {
            source: Source::System(dir.to_owned()),
            version,
            names,
            files,
            skipped,
            read: RwLock::default(),
            posix_rules: Mutex::default(),
            places: Places::read(dir).map_or_else(Places::embedded, Arc::new),
        })
    }

    /// `zone`'s POSIX TZ rule on the day of `now` (see [`crate::posix_tz`]).
    pub fn posix_rule(&self, zone: &Zone, now: DateTime<Utc>) -> Option<Arc<str>> {
        self.rules(zone, now).exact
    }

    /// `zone`'s rule for a device, which must have one, on the day of
    /// `now` (see [`posix_tz::device_rule`]).
    pub fn device_rule(&self, zone: &Zone, now: DateTime<Utc>) -> Arc<DeviceRule> {
        self.rules(zone, now).device
    }

    /// `zone`'s rule for a device whose parser reads no change outside the
    /// day it names (`/24`, `/-1`), on the day of `now`: the device rule,
    /// or one with its changes within their days where it can be found
    /// (see [`posix_tz::within_days`]).
    pub fn day_rule(&self, zone: &Zone, now: DateTime<Utc>) -> Arc<DeviceRule> {
        self.rules(zone, now).within_days
    }

    /// `zone`'s rules on the day of `now`, found once that day.
    fn rules(&self, zone: &Zone, now: DateTime<Utc>) -> Rules {
        let day = now.timestamp().div_euclid(86_400);
        let known = |rules: &HashMap<String, FoundRule>| {
            rules
                .get(zone.name())
                .filter(|(found_on, _)| *found_on == day)
                .map(|(_, rules)| rules.clone())
        };
        if let Some(rules) = known(&self.posix_rules.lock().unwrap_or_else(|p| p.into_inner())) {
            return rules;
        }
        // Found outside the lock: it takes a few milliseconds.
        let exact = posix_tz::rule(zone, now);
        let device = match &exact {
            Some(rule) => DeviceRule::lasting(rule.clone()),
            None => posix_tz::device_rule(zone, now),
        };
        let device = Arc::new(device);
        let within_days = if posix_tz::has_times_beyond_the_day(&device.text) {
            posix_tz::within_days(zone, now).map_or_else(|| device.clone(), Arc::new)
        } else {
            device.clone()
        };
        let rules = Rules {
            exact: exact.map(Arc::from),
            device,
            within_days,
        };
        self.posix_rules
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(zone.name().to_owned(), (day, rules.clone()));
        rules
    }

    /// The zone named exactly `name`, e.g. `Europe/Moscow`.
    pub fn zone(&self, name: &str) -> Option<Zone> {
        match self.source {
            Source::Embedded => embedded_zone(name),
            Source::System(_) => self.file_zone(name),
        }
    }

    /// The zone `name` from its file, read once. A file that can no longer
    /// be read (the folder changed since) is answered from the embedded
    /// rules until the next refresh.
    fn file_zone(&self, name: &str) -> Option<Zone> {
        let path = self.files.get(name)?;
        if let Some(zone) = self
            .read
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(name)
        {
            return Some(zone.clone());
        }
        let zone = match tzif(name, path) {
            Ok(Some(zone)) => zone,
            _ => return embedded_zone(name),
        };
        self.read
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(name.to_owned(), zone.clone());
        Some(zone)
    }

    /// Every zone name, sorted.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Where the rules come from.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// Why files below the folder were skipped, one line each.
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }

    /// Where the zones are: `zone1970.tab` of this database.
    pub fn places(&self) -> &Places {
        &self.places
    }

    /// The tz release, e.g. `2026f`; `unknown` for a folder without `tzdata.zi`.
    pub fn version(&self) -> &str {
        &self.version
    }
}

/// The zone named exactly `name` in the database compiled into the binary.
pub fn embedded_zone(name: &str) -> Option<Zone> {
    name.parse().ok().map(Zone::Embedded)
}

/// `system 2026f` or `embedded 2025b`.
impl fmt::Display for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.source {
            Source::Embedded => "embedded",
            Source::System(_) => "system",
        };
        write!(f, "{kind} {}", self.version)
    }
}

/// Why a folder's database cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {0}: {1}")]
    Io(PathBuf, #[source] std::io::Error),
    #[error("{0} holds no zone files{1}")]
    Empty(PathBuf, String),
    #[error("{0} is not a valid zone file: {1}")]
    Corrupt(PathBuf, #[source] jiff::Error),
    /// A zone file that reads, but puts its zone a day or more from UTC,
    /// where no view could show its time.
    #[error("{0} is not used: {1}")]
    Unshowable(PathBuf, #[source] TzifError),
    #[error("{0} is not read: {1}")]
    Refused(PathBuf, String),
}

/// The zone in the file at `path`, or `None` when it is no TZif file.
/// Anything but a regular file is refused before it is opened, and at most
/// [`MAX_TZIF_BYTES`] are read.
fn tzif(name: &str, path: &Path) -> Result<Option<Zone>, ReadError> {
    let io = |e| ReadError::Io(path.to_owned(), e);
    let refused = |why: String| ReadError::Refused(path.to_owned(), why);
    if !std::fs::metadata(path).map_err(io)?.is_file() {
        return Err(refused("not a regular file".into()));
    }
    let data = read_tzif(path).map_err(io)?.ok_or_else(|| {
        refused(format!(
            "larger than the {MAX_TZIF_BYTES} bytes a zone file may have"
        ))
    })?;
    parse_tzif(name, &data).map_err(|error| match error {
        TzifError::Invalid(why) => ReadError::Corrupt(path.to_owned(), why),
        too_far => ReadError::Unshowable(path.to_owned(), too_far),
    })
}

/// The bytes of the file at `path`, or `None` when it holds more than
/// [`MAX_TZIF_BYTES`].
fn read_tzif(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut data = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_TZIF_BYTES + 1)
        .read_to_end(&mut data)?;
    Ok((data.len() as u64 <= MAX_TZIF_BYTES).then_some(data))
}

/// The zone in `data`, read as the file of zone `name`: `None` when it is
/// no TZif file, an error when it is a broken one or one that puts the
/// zone a day or more from UTC. Never panics, whatever the bytes.
pub fn parse_tzif(name: &str, data: &[u8]) -> Result<Option<Zone>, TzifError> {
    if !data.starts_with(b"TZif") {
        return Ok(None);
    }
    Zone::from_tzif(name, data).map(Some)
}

/// The release named on the first line of `tzdata.zi` (`# version 2026f`),
/// or `unknown` when there is no such file.
fn version_in(dir: &Path) -> Result<String, ReadError> {
    let path = dir.join("tzdata.zi");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // Only a missing folder is an error; a folder of TZif files
            // without the source summary is a database of unknown release.
            std::fs::metadata(dir).map_err(|e| ReadError::Io(dir.to_owned(), e))?;
            return Ok("unknown".to_owned());
        }
        Err(e) => return Err(ReadError::Io(path, e)),
    };
    Ok(text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("# version "))
        .map(|version| version.trim().to_owned())
        .unwrap_or_else(|| "unknown".to_owned()))
}

/// Every file below `dir` with its zone name, leaving out the `posix/` and
/// `right/` copies, `posixrules`, the machine's `localtime`, tzdb's
/// `Factory` placeholder (the embedded database has none either) and hidden
/// entries (a mounted Kubernetes ConfigMap keeps its versions in `..data`).
/// Also why entries that are no regular file or could not be looked at (a
/// FIFO, a symbolic link loop, a dangling link) were left out.
fn zone_files(dir: &Path) -> Result<(Vec<ZoneFile>, Vec<String>), ReadError> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![(dir.to_owned(), String::new(), 0)];
    while let Some((folder, prefix, depth)) = pending.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|e| ReadError::Io(folder.clone(), e))?;
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let top = depth == 0;
            if file_name.starts_with('.')
                || (top
                    && ["posix", "right", "posixrules", "localtime", "Factory"]
                        .contains(&&*file_name))
            {
                continue;
            }
            let path = entry.path();
            let name = format!("{prefix}{file_name}");
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() && depth < 4 => {
                    pending.push((path, format!("{name}/"), depth + 1))
                }
                Ok(meta) if meta.is_file() => found.push(ZoneFile {
                    name,
                    path,
                    size: meta.len(),
                    modified: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                }),
                Ok(meta) if meta.is_dir() => {} // deeper than any zone
                // A FIFO, socket or device: never opened (a FIFO would block).
                Ok(_) => {
                    problems.push(ReadError::Refused(path, "not a regular file".into()).to_string())
                }
                Err(e) => problems.push(ReadError::Io(path, e).to_string()),
            }
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    problems.sort();
    Ok((found, problems))
}

/// A file below the database folder, as the folder listing saw it.
#[derive(Debug, Clone)]
struct ZoneFile {
    /// Its path below the folder, e.g. `Europe/Moscow`.
    name: String,
    path: PathBuf,
    size: u64,
    modified: SystemTime,
}

/// A digest of the version and the names, sizes and modification times of
/// the files below `dir`: it changes when a file is added, removed or
/// rewritten.
fn fingerprint(dir: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
    version_in(dir).ok().hash(&mut hasher);
    for file in zone_files(dir).unwrap_or_default().0 {
        (file.name, file.size, file.modified).hash(&mut hasher);
    }
    hasher.finish()
}

/// The database in use, shared by every request, replaced when the folder
/// it came from changes.
#[derive(Debug, Clone)]
pub struct Zones {
    current: Arc<RwLock<Arc<Database>>>,
    choice: Choice,
    dir: PathBuf,
    /// The folder's fingerprint when last looked at, first when it was
    /// read; `None` with the embedded database.
    seen: Arc<Mutex<Option<u64>>>,
    /// Why the folder as it is now is not in use, when a refresh found it
    /// broken and kept the database in use.
    problem: Arc<Mutex<Option<String>>>,
}

impl Zones {
    /// Chooses the database as `choice` says, reading `dir`. The message,
    /// if any, says why the folder was not used.
    pub fn open(choice: Choice, dir: &Path) -> (Self, Option<String>) {
        // The folder's state as it is read, noted before reading it: a
        // change from now on is one the watcher reports, however soon it
        // first looks (the folder may be gone by then).
        let seen = (choice != Choice::Embedded).then(|| fingerprint(dir));
        let (database, note) = choose(choice, dir);
        let zones = Self {
            current: Arc::new(RwLock::new(Arc::new(database))),
            choice,
            dir: dir.to_owned(),
            seen: Arc::new(Mutex::new(seen)),
            problem: Arc::default(),
        };
        (zones, note)
    }

    /// The database in use now.
    pub fn current(&self) -> Arc<Database> {
        // A poisoned lock still holds a whole database: it is only ever
        // replaced, never changed in place.
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Why the folder as it is now is not in use, when the last refresh
    /// found it broken and kept the database in use; `None` otherwise.
    pub fn problem(&self) -> Option<String> {
        self.problem
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The zone `name` in the database in use now, else in the embedded
    /// one, else UTC: the rule for a configured zone, which was checked at
    /// start-up, so that a database read later that lacks it leaves it on
    /// the embedded rules rather than failing.
    pub fn zone_or_fallback(&self, name: &str) -> Zone {
        self.current()
            .zone(name)
            .or_else(|| embedded_zone(name))
            .unwrap_or(Zone::Embedded(chrono_tz::Tz::UTC))
    }

    /// Looks at the folder every `every`, on a thread of its own, switching
    /// to new rules when its files change; `report` gets each change's line
    /// once. Nothing to watch with the embedded database, or with `every`
    /// zero.
    pub fn watch(
        &self,
        every: Duration,
        report: impl Fn(&str) + Send + 'static,
    ) -> std::io::Result<()> {
        if every.is_zero() || self.choice == Choice::Embedded {
            return Ok(());
        }
        let zones = self.clone();
        std::thread::Builder::new()
            .name("tzdb-watch".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(every);
                    if let Some(change) = zones.refresh() {
                        report(&change);
                    }
                }
            })
            .map(drop)
    }

    /// Reads the folder again if its files changed since the last look,
    /// and switches to what it now holds. A folder that can no longer be
    /// read (gone, emptied, no usable zone file) leaves the database in use
    /// as it is, and says why in [`Zones::problem`]. Returns a line for the
    /// log when the database in use changed or could not be read: once per
    /// change of the folder, not once per look, compared with the folder
    /// as it was when [`Zones::open`] read it.
    pub fn refresh(&self) -> Option<String> {
        if self.choice == Choice::Embedded {
            return None;
        }
        let now = fingerprint(&self.dir);
        {
            let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
            if seen.replace(now) == Some(now) {
                return None;
            }
        }
        let before = self.current().to_string();
        let (database, note) = match read_chosen(self.choice, &self.dir) {
            Ok(chosen) => chosen,
            Err(error) => {
                let line = format!("{error}: still using the {before} rules");
                *self.problem.lock().unwrap_or_else(|p| p.into_inner()) = Some(error.to_string());
                return Some(line);
            }
        };
        *self.problem.lock().unwrap_or_else(|p| p.into_inner()) = None;
        let after = database.to_string();
        let skipped = skipped_note(&database);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(database);
        let change = if before == after {
            format!("tz database {} changed: rules re-read", self.dir.display())
        } else {
            format!("tz database changed from {before} to {after}")
        };
        Some(
            [Some(change), note, skipped]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; "),
        )
    }
}

/// The database `choice` asks for, and why the folder was not used, if so.
/// A folder that cannot be read leaves the embedded rules.
fn choose(choice: Choice, dir: &Path) -> (Database, Option<String>) {
    if choice == Choice::Embedded {
        return (Database::embedded(), None);
    }
    match read_chosen(choice, dir) {
        Ok((database, note)) => {
            let note = [note, skipped_note(&database)].into_iter().flatten();
            let note = note.collect::<Vec<_>>().join("; ");
            (database, (!note.is_empty()).then_some(note))
        }
        Err(error) => (
            Database::embedded(),
            Some(format!(
                "{error}: using the embedded rules ({EMBEDDED_VERSION})"
            )),
        ),
    }
}

/// The folder's database when `choice` takes it, else the embedded one and
/// why; an error when the folder cannot be read.
fn read_chosen(choice: Choice, dir: &Path) -> Result<(Database, Option<String>), ReadError> {
    let system = Database::read(dir)?;
    if choice == Choice::System || newer_or_same(&system.version) {
        return Ok((system, None));
    }
    let note = format!(
        "{} is older than the embedded {EMBEDDED_VERSION}: using the embedded rules",
        system
    );
    Ok((Database::embedded(), Some(note)))
}

/// What the log says of the files a database skipped: how many, and the
/// first one's reason.
fn skipped_note(database: &Database) -> Option<String> {
    let skipped = database.skipped();
    let first = skipped.first()?;
    Some(match skipped.len() {
        1 => format!("1 file skipped: {first}"),
        n => format!("{n} files skipped, the first: {first}"),
    })
}

/// Whether release `version` (`2026f`) is at least the embedded one.
fn newer_or_same(version: &str) -> bool {
    fn key(version: &str) -> Option<(u32, usize, &str)> {
        let letters = version.get(4..)?;
        Some((version.get(..4)?.parse().ok()?, letters.len(), letters))
    }
    match (key(version), key(EMBEDDED_VERSION)) {
        (Some(theirs), Some(ours)) => theirs >= ours,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gone_before_the_watcher_first_looks_is_still_a_change() {
        // The watcher's thread may first look after the folder changed:
        // the change counts from the folder as it was read.
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("zoneinfo");
        std::fs::create_dir_all(dir.join("Europe")).unwrap();
        let tzif = std::fs::read(Path::new(DEFAULT_DIR).join("Asia/Tokyo")).unwrap();
        std::fs::write(dir.join("Europe/Moscow"), tzif).unwrap();
        std::fs::write(dir.join("tzdata.zi"), "# version 2099a\n").unwrap();
        let (zones, _) = Zones::open(Choice::System, &dir);
        assert_eq!(zones.current().to_string(), "system 2099a");
        std::fs::rename(&dir, parent.path().join("gone")).unwrap();
        let change = zones.refresh().expect("the folder's going is a change");
        assert!(change.contains("cannot read"), "{change}");
        assert!(zones.problem().is_some());
        assert_eq!(zones.refresh(), None, "said once, not once per look");
        assert_eq!(zones.current().to_string(), "system 2099a");
    }

    #[test]
    fn releases_compare_by_year_then_letter() {
        assert!(newer_or_same(EMBEDDED_VERSION));
        assert!(newer_or_same("2099a"));
        assert!(!newer_or_same("2001a"));
        assert!(!newer_or_same("unknown"));
    }
}
