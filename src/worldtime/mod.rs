//! Every answer the API and the probes send, as a typed value whose JSON is
//! the answer: the web layer picks one and sends it, and no shape is built
//! anywhere else.
//!
//! - [`time`]: worldtimeapi's time object, exactly its fifteen fields, and
//!   its `key: value` text form; what its paths answer and nothing more.
//! - [`kept`]: that answer for a zone, written once and kept until the
//!   zone's date or offsets change; a request writes only its instant and
//!   caller into it.
//! - [`extended`]: the same fifteen and ours (`posix_tz`, `timezone_source`),
//!   served at paths of our own (`/api/zone/…`).
//! - [`names`]: what a path below `/api/timezone/` names, and zone lists.
//! - [`schedule`]: conversions and a zone's changes.
//! - [`status`]: the server's clock, health and readiness.
//! - [`sun`]: sunrise, sunset and day length at a zone's place.
//! - [`error`]: the one-key error every API path answers with.

pub mod error;
pub mod extended;
pub mod kept;
pub mod names;
pub mod schedule;
pub mod status;
pub mod sun;
pub mod time;

pub use error::ApiError;
pub use extended::ZoneTime;
pub use kept::KeptTime;
pub use names::{Named, Unnamed, in_area, lines, lookup};
pub use sun::SunTimes;
pub use time::WorldTime;
