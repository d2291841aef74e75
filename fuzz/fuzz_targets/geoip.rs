//! The GeoIP reader on any bytes: a database it accepts answers a lookup of
//! any address without panicking, and names only zones `known` accepts.
#![no_main]

use std::net::{IpAddr, Ipv6Addr};

use libfuzzer_sys::fuzz_target;
use moscow_time::geoip::{Loaded, Outcome};

fuzz_target!(|input: (u128, Vec<u8>)| {
    let (address, bytes) = input;
    let Ok(loaded) = Loaded::from_bytes(bytes) else {
        return;
    };
    let address = Ipv6Addr::from(address);
    for address in [IpAddr::V6(address), address.to_canonical()] {
        if let Outcome::Zone(zone) = loaded.locate(address, |zone| zone == "Europe/Moscow") {
            assert_eq!(zone, "Europe/Moscow");
        }
    }
});
