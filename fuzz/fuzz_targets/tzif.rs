//! The TZif reader on any bytes: bytes without the magic are no zone; a
//! zone it reads answers for any instant without panicking.
#![no_main]

use chrono::DateTime;
use libfuzzer_sys::fuzz_target;
use moscow_time::tzdb;

fuzz_target!(|data: &[u8]| {
    match tzdb::parse_tzif("Fuzz/Zone", data) {
        Ok(Some(zone)) => {
            for seconds in [i64::from(i32::MIN), -1, 0, 1_800_000_000, 4_102_444_800] {
                let instant = DateTime::from_timestamp(seconds, 0).unwrap();
                let _ = zone.offsets(instant);
                let _ = zone.dst_period(instant);
            }
        }
        Ok(None) => assert!(!data.starts_with(b"TZif"), "TZif bytes read as no zone"),
        Err(_) => assert!(
            data.starts_with(b"TZif"),
            "bytes without the magic are an error"
        ),
    }
});
