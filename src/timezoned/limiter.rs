//! One answer per address per interval, as the original daemon allowed
//! (3 s): a UDP sender's address can be forged, and a 2-byte query (`DE`)
//! draws a 40-byte answer, so without this the server would send a flood
//! to any address someone names. An IPv6 sender is counted by its /64, as
//! one host may hold all of it. A packet refused does not start the
//! interval again.
//!
//! The table of addresses is bounded: when [`MAX_ADDRESSES`] addresses
//! were answered within one interval, new ones get nothing until the
//! oldest expire, so that a flood from forged addresses neither grows the
//! memory nor draws more answers.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::time::{Duration, Instant};

/// The most addresses remembered: 65,536, a few megabytes.
pub const MAX_ADDRESSES: usize = 1 << 16;

/// When each address was last answered.
#[derive(Debug)]
pub struct Limiter {
    interval: Duration,
    capacity: usize,
    answered: HashMap<IpAddr, Instant>,
    /// When a full table may next be swept of expired addresses: sweeping
    /// takes time in proportion to the table, so not at every packet.
    next_sweep: Instant,
}

impl Limiter {
    /// A limiter allowing one answer each `interval` per address, for at
    /// most `capacity` addresses at once; a zero interval allows every one.
    pub fn new(interval: Duration, capacity: usize, now: Instant) -> Self {
        Self {
            interval,
            capacity,
            answered: HashMap::new(),
            next_sweep: now,
        }
    }

    /// Whether `address` may be answered at `now`, which then counts as its
    /// last answer.
    pub fn admit(&mut self, address: IpAddr, now: Instant) -> bool {
        if self.interval.is_zero() {
            return true;
        }
        let key = key(address);
        if let Some(last) = self.answered.get(&key) {
            if now.duration_since(*last) < self.interval {
                return false;
            }
        } else if self.answered.len() >= self.capacity {
            if now < self.next_sweep {
                return false;
            }
            let interval = self.interval;
            self.answered
                .retain(|_, last| now.duration_since(*last) < interval);
            self.next_sweep = now + interval / 4;
            if self.answered.len() >= self.capacity {
                return false;
            }
        }
        self.answered.insert(key, now);
        true
    }

    /// How many addresses are remembered.
    pub fn len(&self) -> usize {
        self.answered.len()
    }

    /// Whether no address is remembered.
    pub fn is_empty(&self) -> bool {
        self.answered.is_empty()
    }
}

/// The address as counted: an IPv4 one (mapped into IPv6 or not) whole, an
/// IPv6 one by its /64.
fn key(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        IpAddr::V6(v6) => {
            let [a, b, c, d, ..] = v6.segments();
            IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const THREE: Duration = Duration::from_secs(3);

    fn address(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn an_address_is_answered_once_per_interval() {
        let start = Instant::now();
        let mut limiter = Limiter::new(THREE, 100, start);
        let one = address("192.0.2.1");
        assert!(limiter.admit(one, start));
        assert!(!limiter.admit(one, start + Duration::from_secs(1)));
        // Refused packets do not start the interval again.
        assert!(!limiter.admit(one, start + Duration::from_millis(2900)));
        assert!(limiter.admit(one, start + THREE));
        assert!(limiter.admit(address("192.0.2.2"), start + THREE));
        let mapped = address("::ffff:192.0.2.1");
        assert!(!limiter.admit(mapped, start + THREE));
    }

    #[test]
    fn an_ipv6_sender_is_counted_by_its_64() {
        let start = Instant::now();
        let mut limiter = Limiter::new(THREE, 100, start);
        assert!(limiter.admit(address("2001:db8:1:2::1"), start));
        assert!(!limiter.admit(address("2001:db8:1:2:ffff::9"), start));
        assert!(limiter.admit(address("2001:db8:1:3::1"), start));
    }

    #[test]
    fn a_full_table_refuses_new_addresses_until_old_ones_expire() {
        let start = Instant::now();
        let mut limiter = Limiter::new(THREE, 3, start);
        for n in 1..=3 {
            assert!(limiter.admit(address(&format!("192.0.2.{n}")), start));
        }
        assert!(!limiter.admit(address("192.0.2.4"), start));
        assert_eq!(limiter.len(), 3);
        assert!(limiter.admit(address("192.0.2.4"), start + THREE));
        assert_eq!(limiter.len(), 1);
    }

    #[test]
    fn a_zero_interval_answers_every_packet() {
        let start = Instant::now();
        let mut limiter = Limiter::new(Duration::ZERO, 1, start);
        for _ in 0..5 {
            assert!(limiter.admit(address("192.0.2.1"), start));
        }
        assert!(limiter.is_empty());
    }
}
