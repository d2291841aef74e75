//! The zone of an address, from a MaxMind DB file (`.mmdb`: MaxMind's
//! GeoLite2 and GeoIP2 City, DB-IP's IP to City Lite, …): the record's
//! `location.time_zone`. Nothing here knows about the web.
//!
//! The file is read whole into memory and checked from end to end
//! (`Reader::verify`) before it is used, so that a truncated or corrupt file
//! is refused at once rather than failing lookups later; memory, not a
//! mapping, so that a file replaced or truncated in place can never pull
//! pages from under a lookup. [`GeoIp::watch`] looks at the file every few
//! seconds and reads it again when it changes (a monthly update): while a
//! new file cannot be used, the last good database stays in use, and the
//! problem is reported once.

use std::fmt;
use std::fs;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use maxminddb::{Reader, path};

/// The largest file read: the biggest city databases are a few hundred
/// megabytes; anything larger is not one, and would all be held in memory
/// (a 1 GB file is refused by its size, never read).
pub const MAX_BYTES: u64 = 512 << 20;

/// What a lookup found, and so where an answer's zone comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The record's zone, one the caller knows.
    Zone(String),
    /// The database has no record for the address.
    NoRecord,
    /// The record has no `location.time_zone` (a country database has none).
    NoTimeZone,
    /// The record names a zone the caller does not know.
    UnknownZone(String),
    /// A private, loopback, link-local or otherwise non-public address,
    /// which no database places.
    NotPublic,
    /// No database could be read yet.
    Unavailable,
    /// The database failed while reading the record.
    Failed,
}

impl Outcome {
    /// Every outcome's name, for counting.
    pub const NAMES: [&'static str; 7] = [
        "geoip",
        "no_record",
        "no_time_zone",
        "unknown_zone",
        "not_public",
        "unavailable",
        "error",
    ];

    /// `geoip` for a zone found, else why not: one of [`Outcome::NAMES`].
    pub fn as_str(&self) -> &'static str {
        Self::NAMES[self.index()]
    }

    fn index(&self) -> usize {
        match self {
            Self::Zone(_) => 0,
            Self::NoRecord => 1,
            Self::NoTimeZone => 2,
            Self::UnknownZone(_) => 3,
            Self::NotPublic => 4,
            Self::Unavailable => 5,
            Self::Failed => 6,
        }
    }
}

/// Why a file is no database to use.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file cannot be looked at or read.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A FIFO, a folder, a device: never opened, as a FIFO would block.
    #[error("not a regular file")]
    NotARegularFile,
    /// Larger than [`MAX_BYTES`] (its size): never read.
    #[error("{0} bytes, more than the {MAX_BYTES} read at most")]
    TooLarge(u64),
    /// Not a MaxMind database, or a broken one.
    #[error(transparent)]
    Invalid(#[from] maxminddb::MaxMindDbError),
    /// The database says it was built at a time no date can hold.
    #[error("a build date out of range")]
    BuildDateOutOfRange,
}

/// A database read and checked.
pub struct Loaded {
    reader: Reader<Vec<u8>>,
    /// How the file describes itself, e.g. `GeoLite2-City`.
    pub database_type: String,
    /// When the database was built.
    pub built: DateTime<Utc>,
    /// 4 for an IPv4-only database, 6 for one with both.
    pub ip_version: u16,
    /// The file's size.
    pub bytes: u64,
}

impl fmt::Debug for Loaded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Loaded")
            .field("database_type", &self.database_type)
            .field("built", &self.built)
            .finish_non_exhaustive()
    }
}

impl Loaded {
    /// Reads and checks the database at `path`. A file that is not a regular
    /// file (a FIFO would block the read forever) or is larger than
    /// [`MAX_BYTES`] is refused before it is read.
    pub fn read(path: &Path) -> Result<Self, ReadError> {
        let metadata = fs::metadata(path)?;
        if !metadata.is_file() {
            return Err(ReadError::NotARegularFile);
        }
        if metadata.len() > MAX_BYTES {
            return Err(ReadError::TooLarge(metadata.len()));
        }
        Self::from_bytes(fs::read(path)?)
    }

    /// Checks `bytes` as a MaxMind database, the whole of it: never panics,
    /// whatever the bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, ReadError> {
        let size = bytes.len() as u64;
        let reader = Reader::from_source(bytes)?;
        reader.verify()?;
        let metadata = reader.metadata();
        let built = i64::try_from(metadata.build_epoch)
            .ok()
            .and_then(|epoch| DateTime::from_timestamp(epoch, 0))
            .ok_or(ReadError::BuildDateOutOfRange)?;
        Ok(Self {
            database_type: metadata.database_type.clone(),
            built,
            ip_version: metadata.ip_version,
            bytes: size,
            reader,
        })
    }

    /// The zone of `address` (an IPv4-mapped IPv6 address is the IPv4
    /// one) if the database has one that `known` accepts.
    pub fn locate(&self, address: IpAddr, known: impl Fn(&str) -> bool) -> Outcome {
        let address = address.to_canonical();
        if !is_public(address) {
            return Outcome::NotPublic;
        }
        if address.is_ipv6() && self.ip_version == 4 {
            return Outcome::NoRecord;
        }
        let Ok(found) = self.reader.lookup(address) else {
            return Outcome::Failed;
        };
        if !found.has_data() {
            return Outcome::NoRecord;
        }
        match found.decode_path::<String>(&path!["location", "time_zone"]) {
            Ok(Some(zone)) if known(&zone) => Outcome::Zone(zone),
            Ok(Some(zone)) => Outcome::UnknownZone(zone),
            Ok(None) => Outcome::NoTimeZone,
            Err(_) => Outcome::Failed,
        }
    }
}

impl Loaded {
    /// The country (ISO 3166 code) of `address`'s record, if it has one.
    pub fn country(&self, address: IpAddr) -> Option<String> {
        let address = address.to_canonical();
        if !is_public(address) || (address.is_ipv6() && self.ip_version == 4) {
            return None;
        }
        let found = self.reader.lookup(address).ok()?;
        found
            .decode_path::<String>(&path!["country", "iso_code"])
            .ok()
            .flatten()
    }
}

/// Whether `address` can be placed on a map: not private, loopback,
/// link-local, shared (carrier-grade NAT), unspecified, broadcast,
/// multicast, documentation or unique-local.
pub fn is_public(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(v4: Ipv4Addr) -> bool {
    let [a, b, c, _] = v4.octets();
    let shared = a == 100 && (64..128).contains(&b);
    let documentation = matches!((a, b, c), (192, 0, 2) | (198, 51, 100) | (203, 0, 113));
    !(v4.is_private()
        || v4.is_loopback()
        || v4.is_link_local()
        || v4.is_unspecified()
        || v4.is_broadcast()
        || v4.is_multicast()
        || shared
        || documentation)
}

fn is_public_v6(v6: Ipv6Addr) -> bool {
    let first = v6.segments()[0];
    let documentation = first == 0x2001 && v6.segments()[1] == 0x0db8;
    !(v6.is_loopback()
        || v6.is_unspecified()
        || v6.is_multicast()
        || v6.is_unique_local()
        || v6.is_unicast_link_local()
        || documentation)
}

/// The database named by the settings: the one in use, why the file is not
/// (when it is not), and lookups counted by outcome.
#[derive(Debug, Clone)]
pub struct GeoIp {
    path: PathBuf,
    state: Arc<RwLock<State>>,
    /// The file's size, modification time and inode when last read.
    seen: Arc<Mutex<Option<Fingerprint>>>,
    lookups: Arc<[AtomicU64; Outcome::NAMES.len()]>,
}

#[derive(Debug, Default)]
struct State {
    database: Option<Arc<Loaded>>,
    problem: Option<String>,
}

type Fingerprint = (u64, Option<SystemTime>, u64);

fn fingerprint(path: &Path) -> Option<Fingerprint> {
    use std::os::unix::fs::MetadataExt;
    let metadata = fs::metadata(path).ok()?;
    Some((metadata.len(), metadata.modified().ok(), metadata.ino()))
}

/// What [`GeoIp::status`] says: the database in use, and the problem with
/// the file, if any.
#[derive(Debug, Clone)]
pub struct Status {
    /// The file named.
    pub path: PathBuf,
    /// The database in use, if one was ever read.
    pub database: Option<Arc<Loaded>>,
    /// Why the file as it is now is not in use, as the log says it.
    pub problem: Option<String>,
}

impl GeoIp {
    /// Reads the database at `path`; a file that cannot be used leaves it
    /// without one, and says why in [`GeoIp::status`].
    pub fn open(path: &Path) -> Self {
        let geoip = Self {
            path: path.to_owned(),
            state: Arc::default(),
            seen: Arc::default(),
            lookups: Arc::new(std::array::from_fn(|_| AtomicU64::new(0))),
        };
        geoip.reload();
        geoip
    }

    /// The zone of `address`, counted by outcome.
    pub fn locate(&self, address: IpAddr, known: impl Fn(&str) -> bool) -> Outcome {
        let database = self.read_state().database.clone();
        let outcome = match database {
            Some(database) => database.locate(address, known),
            None => Outcome::Unavailable,
        };
        self.lookups[outcome.index()].fetch_add(1, Ordering::Relaxed);
        outcome
    }

    /// The country (ISO 3166 code) of `address`, if the database in use
    /// has one for it (uncounted: asked after [`GeoIp::locate`]).
    pub fn country(&self, address: IpAddr) -> Option<String> {
        let database = self.read_state().database.clone()?;
        database.country(address)
    }

    /// Lookups so far, by outcome, in the order of [`Outcome::NAMES`].
    pub fn lookups(&self) -> [u64; Outcome::NAMES.len()] {
        std::array::from_fn(|i| self.lookups[i].load(Ordering::Relaxed))
    }

    /// The database in use and the problem with the file, if any.
    pub fn status(&self) -> Status {
        let state = self.read_state();
        Status {
            path: self.path.clone(),
            database: state.database.clone(),
            problem: state.problem.clone(),
        }
    }

    /// What the log says of the state now: which database is in use, or
    /// why none or an older one is.
    pub fn describe(&self) -> String {
        let status = self.status();
        let path = status.path.display();
        match (&status.database, &status.problem) {
            (Some(db), None) => format!(
                "GeoIP database {path} in use: {}, built {}",
                db.database_type,
                db.built.format("%Y-%m-%d")
            ),
            (Some(db), Some(problem)) => format!(
                "GeoIP database {path} cannot be used ({problem}): still using the {} built {}",
                db.database_type,
                db.built.format("%Y-%m-%d")
            ),
            (None, problem) => format!(
                "GeoIP database {path} cannot be used ({}): /api/ip answers the configured zone",
                problem.as_deref().unwrap_or("not read")
            ),
        }
    }

    /// Looks at the file every `every`, on a thread of its own, reading it
    /// again when it changes; `report` gets the state at the start and
    /// again each time it changes, once. With `every` zero, the state at
    /// the start only.
    pub fn watch(
        &self,
        every: Duration,
        report: impl Fn(&str, bool) + Send + 'static,
    ) -> std::io::Result<()> {
        report(&self.describe(), self.status().problem.is_none());
        if every.is_zero() {
            return Ok(());
        }
        let geoip = self.clone();
        std::thread::Builder::new()
            .name("geoip-watch".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(every);
                    if geoip.refresh() {
                        report(&geoip.describe(), geoip.status().problem.is_none());
                    }
                }
            })
            .map(drop)
    }

    /// Reads the file again if it changed since it was last read. Returns
    /// whether what [`GeoIp::describe`] says changed.
    pub fn refresh(&self) -> bool {
        let now = fingerprint(&self.path);
        let unchanged = *self.seen.lock().unwrap_or_else(PoisonError::into_inner) == now;
        if unchanged {
            return false;
        }
        let before = self.describe();
        self.reload();
        self.describe() != before
    }

    /// Reads the file; keeps the database in use when it cannot be used.
    fn reload(&self) {
        *self.seen.lock().unwrap_or_else(PoisonError::into_inner) = fingerprint(&self.path);
        let read = Loaded::read(&self.path);
        let mut state = self.state.write().unwrap_or_else(PoisonError::into_inner);
        match read {
            Ok(database) => {
                state.database = Some(Arc::new(database));
                state.problem = None;
            }
            Err(problem) => state.problem = Some(problem.to_string()),
        }
    }

    fn read_state(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn private_loopback_and_documentation_addresses_are_not_placed() {
        for private in [
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "127.0.0.1",
            "169.254.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "192.0.2.1",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "2001:db8::1",
            "ff02::1",
        ] {
            assert!(!is_public(addr(private)), "{private}");
        }
        for public in ["81.2.69.142", "8.8.8.8", "100.128.0.1", "2001:218::1"] {
            assert!(is_public(addr(public)), "{public}");
        }
    }

    #[test]
    fn outcomes_have_distinct_names() {
        let outcomes = [
            Outcome::Zone("UTC".into()),
            Outcome::NoRecord,
            Outcome::NoTimeZone,
            Outcome::UnknownZone("Mars/Olympus".into()),
            Outcome::NotPublic,
            Outcome::Unavailable,
            Outcome::Failed,
        ];
        let names: Vec<_> = outcomes.iter().map(Outcome::as_str).collect();
        assert_eq!(names, Outcome::NAMES);
    }

    fn test_data(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/geoip")
            .join(name)
    }

    #[test]
    fn the_city_test_database_places_addresses_of_both_families() {
        let city = Loaded::read(&test_data("GeoLite2-City-Test.mmdb")).unwrap();
        assert_eq!(city.database_type, "GeoLite2-City");
        assert_eq!(city.ip_version, 6);
        let zone = |text: &str| city.locate(addr(text), |_| true);
        assert_eq!(zone("81.2.69.142"), Outcome::Zone("Europe/London".into()));
        assert_eq!(zone("2001:218::1"), Outcome::Zone("Asia/Tokyo".into()));
        // IPv4-mapped IPv6 is the IPv4 address.
        assert_eq!(
            zone("::ffff:81.2.69.142"),
            Outcome::Zone("Europe/London".into())
        );
        assert_eq!(zone("1.1.1.1"), Outcome::NoRecord);
        assert_eq!(zone("10.0.0.1"), Outcome::NotPublic);
        let unknown = city.locate(addr("81.2.69.142"), |_| false);
        assert_eq!(unknown, Outcome::UnknownZone("Europe/London".into()));
    }

    #[test]
    fn a_country_database_has_records_but_no_zones() {
        let country = Loaded::read(&test_data("GeoLite2-Country-Test.mmdb")).unwrap();
        assert_eq!(
            country.locate(addr("81.2.69.142"), |_| true),
            Outcome::NoTimeZone
        );
    }

    #[test]
    fn broken_files_are_refused_when_read() {
        for broken in [
            "GeoIP2-City-Test-Broken-Double-Format.mmdb",
            "GeoIP2-City-Test-Invalid-Node-Count.mmdb",
            "GeoLite2-City-Test.json",
            "LICENSE-MIT",
        ] {
            let error = Loaded::read(&test_data(broken)).unwrap_err();
            assert!(matches!(error, ReadError::Invalid(_)), "{broken}: {error}");
            assert!(!error.to_string().is_empty(), "{broken}");
        }
    }

    #[test]
    fn a_missing_file_leaves_no_database_and_says_why() {
        let geoip = GeoIp::open(Path::new("/nonexistent/GeoLite2-City.mmdb"));
        let status = geoip.status();
        assert!(status.database.is_none());
        assert!(status.problem.unwrap().contains("No such file"));
        assert_eq!(
            geoip.locate(addr("81.2.69.142"), |_| true),
            Outcome::Unavailable
        );
        assert_eq!(geoip.lookups()[5], 1);
        assert!(geoip.describe().contains("answers the configured zone"));
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("city.mmdb");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(matches!(
            Loaded::read(&fifo),
            Err(ReadError::NotARegularFile)
        ));
        let geoip = GeoIp::open(&fifo);
        assert_eq!(
            geoip.status().problem.as_deref(),
            Some("not a regular file")
        );
    }

    #[test]
    fn a_file_larger_than_any_database_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let huge = dir.path().join("city.mmdb");
        // Sparse: nothing is written to disk.
        let file = fs::File::create(&huge).unwrap();
        file.set_len(MAX_BYTES + 1).unwrap();
        let error = Loaded::read(&huge).unwrap_err();
        assert!(
            matches!(error, ReadError::TooLarge(size) if size == MAX_BYTES + 1),
            "{error}"
        );
    }
}
