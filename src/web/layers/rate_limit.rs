//! Per-client rate limiting (`rate_limit`): each client address gets a
//! bucket of `burst` requests that refills at `per_second`; a request that
//! finds its bucket empty is answered `429 Too Many Requests` without
//! reaching its handler. The probes, `/metrics` and `/static/…` are never
//! limited (see [`crate::web::routes::Unlimited`]).
//!
//! The client is the address `/api/ip` answers for (Rocket's
//! `Request::client_ip`, which honours `ip_header`): an IPv4 address is one
//! client, an IPv6 address counts with its whole /64, since one host or
//! household is usually given a /64 and could otherwise take 2^64 buckets.
//!
//! Memory is bounded whatever the number of addresses: governor's hash-map
//! store, wrapped so that it holds at most [`MAX_CLIENTS`] clients (a client
//! arriving when it is full shares one bucket with every other such client),
//! and swept every [`SWEEP_EVERY`] of the clients whose bucket has refilled,
//! as if they had never come.
//!
//! Every limited response (allowed or not) says the policy and where the
//! client stands in the IETF fields of draft-ietf-httpapi-ratelimit-headers:
//! `RateLimit-Policy: "default";q=<burst>;w=<seconds to refill it>` and
//! `RateLimit: "default";r=<requests left>;t=<seconds>`, where `t` is, on a
//! 429, when the next request will pass (as `Retry-After`), else when the
//! whole burst is back.
//!
//! A refused request is answered when the client's next request could pass,
//! or after [`MAX_HOLD`] if that is sooner: waiting costs the server a timer,
//! not a core, and a client that ignores `Retry-After` and asks again at
//! once on each of its connections gets no more answers than its
//! connections can wait through. Without it, a flooder on a few connections
//! gets a 429 as fast as the core can write them, and everyone else's
//! requests queue behind those.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::nanos::Nanos;
use governor::state::StateStore;
use governor::state::keyed::{HashMapStateStore, ShrinkableKeyedStateStore};
use governor::{Quota, RateLimiter};
use rocket::http::{Header, Method, Status};
use rocket::route::{Handler, Outcome, Route};
use rocket::{Data, Request, Response};

use crate::config::RateLimit;
use crate::web::api::{Format, Reply};
use crate::web::routes::{BESIDES_GET, Unlimited, rank};
use crate::worldtime::ApiError;

/// The most clients the limiter keeps a bucket for. An entry is 24 bytes
/// (the key and governor's 8-byte state) and one control byte; at this many
/// the map has 131,072 slots: some 3.3 MB at most.
pub const MAX_CLIENTS: usize = 100_000;

/// The longest a refused request waits for its 429. It bounds what holding
/// costs: the connections held at once are at most the refused requests
/// of this long a while.
pub const MAX_HOLD: Duration = Duration::from_millis(100);

/// How often the buckets that have refilled are dropped.
pub const SWEEP_EVERY: Duration = Duration::from_secs(10);

/// The name of the one policy in the IETF fields.
const POLICY_NAME: &str = "\"default\"";

/// Who is counted: one IPv4 address, or one IPv6 /64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Client {
    V4(u32),
    V6Network(u64),
    /// Every client that came while the store was full, together.
    Overflow,
}

impl Client {
    /// The client `address` counts as: an IPv4-mapped IPv6 address as the
    /// IPv4 address, another IPv6 address as its /64.
    pub fn of(address: IpAddr) -> Self {
        match address.to_canonical() {
            IpAddr::V4(v4) => Self::V4(u32::from(v4)),
            IpAddr::V6(v6) => Self::V6Network((u128::from(v6) >> 64) as u64),
        }
    }
}

/// governor's hash-map store, holding at most `capacity` clients: one that
/// is not in it when it is full is counted as [`Client::Overflow`]. (Two
/// requests from new clients at the same moment may both be let in, so the
/// store may hold one more per worker thread, and the overflow bucket.)
pub struct Clients {
    buckets: HashMapStateStore<Client>,
    capacity: usize,
}

impl Clients {
    pub fn new(capacity: usize) -> Self {
        Self {
            buckets: HashMapStateStore::default(),
            capacity,
        }
    }

    /// Whether `client` has a bucket of its own, or room for one.
    fn admits(&self, client: &Client) -> bool {
        let buckets = self.buckets.lock();
        buckets.len() < self.capacity || buckets.contains_key(client)
    }
}

impl StateStore for Clients {
    type Key = Client;

    fn measure_and_replace<T, F, E>(&self, client: &Client, f: F) -> Result<T, E>
    where
        F: Fn(Option<Nanos>) -> Result<(T, Nanos), E>,
    {
        let client = if self.admits(client) {
            client
        } else {
            &Client::Overflow
        };
        self.buckets.measure_and_replace(client, f)
    }
}

impl ShrinkableKeyedStateStore<Client> for Clients {
    fn retain_recent(&self, drop_below: Nanos) {
        self.buckets.retain_recent(drop_below);
    }

    fn shrink_to_fit(&self) {
        self.buckets.shrink_to_fit();
    }

    fn len(&self) -> usize {
        self.buckets.len()
    }

    fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }
}

/// What the limiter decided for one request, kept in its local cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verdict {
    /// Not counted: limiting is off, or the path is never limited.
    #[default]
    Unlimited,
    /// Let through, with `remaining` requests left at once, and the whole
    /// burst back in `full_in` seconds.
    Allowed { remaining: u32, full_in: u64 },
    /// Refused: the next request passes in `retry_after` seconds; the 429
    /// is sent after `hold`.
    Limited { retry_after: u64, hold: Duration },
}

/// The limiter: the buckets, the policy and when they were last swept.
pub struct Limiter {
    buckets: RateLimiter<Client, Clients, DefaultClock, StateInformationMiddleware>,
    setting: RateLimit,
    /// The `RateLimit-Policy` field, the same for every response.
    policy: String,
    started: Instant,
    /// Seconds from `started` to the last sweep.
    swept: AtomicU64,
    /// The paths never counted.
    unlimited: Unlimited,
}

impl Limiter {
    /// A limiter for `setting`, keeping at most `capacity` clients, never
    /// counting requests for the paths `unlimited` covers.
    pub fn new(setting: RateLimit, capacity: usize, unlimited: Unlimited) -> Self {
        // The setting's checks keep the period within 1 ns to 1,000 s.
        let period = Duration::from_secs_f64(1.0 / setting.per_second);
        let burst = NonZeroU32::new(setting.burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(period)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MAX))
            .allow_burst(burst);
        let buckets = RateLimiter::new(quota, Clients::new(capacity), DefaultClock::default());
        let window = seconds(f64::from(setting.burst) / setting.per_second);
        Self {
            buckets,
            setting,
            policy: format!("{POLICY_NAME};q={};w={window}", setting.burst),
            started: Instant::now(),
            swept: AtomicU64::new(0),
            unlimited,
        }
    }

    /// Counts a request from `client` to `path`.
    pub fn check(&self, client: Option<IpAddr>, path: &str) -> Verdict {
        let Some(address) = client else {
            return Verdict::Unlimited;
        };
        if self.unlimited.covers(path) {
            return Verdict::Unlimited;
        }
        self.sweep_when_due();
        match self.buckets.check_key(&Client::of(address)) {
            Ok(state) => {
                let remaining = state.remaining_burst_capacity();
                let used = self.setting.burst.saturating_sub(remaining);
                Verdict::Allowed {
                    remaining,
                    full_in: seconds(f64::from(used) / self.setting.per_second),
                }
            }
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.buckets.clock().now());
                Verdict::Limited {
                    retry_after: seconds(wait.as_secs_f64()).max(1),
                    hold: wait.min(MAX_HOLD),
                }
            }
        }
    }

    /// How many clients have a bucket now.
    #[cfg(test)]
    fn clients(&self) -> usize {
        self.buckets.len()
    }

    /// Drops the buckets that have refilled, and gives their room back, at
    /// most once every [`SWEEP_EVERY`]; the request that finds it due does it.
    fn sweep_when_due(&self) {
        let now = self.started.elapsed().as_secs();
        let last = self.swept.load(Ordering::Relaxed);
        if now >= last + SWEEP_EVERY.as_secs()
            && self
                .swept
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            self.sweep();
        }
    }

    /// Drops the buckets that have refilled, and gives their room back.
    pub fn sweep(&self) {
        self.buckets.retain_recent();
        self.buckets.shrink_to_fit();
    }

    /// Sets the IETF fields on a response to a request judged `verdict`.
    pub fn set_headers(&self, verdict: Verdict, response: &mut Response<'_>) {
        let (remaining, reset) = match verdict {
            Verdict::Unlimited => return,
            Verdict::Allowed { remaining, full_in } => (remaining, full_in),
            Verdict::Limited { retry_after, .. } => {
                response.set_header(Header::new("Retry-After", retry_after.to_string()));
                (0, retry_after)
            }
        };
        response.set_header(Header::new("RateLimit-Policy", self.policy.clone()));
        response.set_header(Header::new(
            "RateLimit",
            format!("{POLICY_NAME};r={remaining};t={reset}"),
        ));
    }
}

/// Whole seconds, rounded up: a client told to wait never comes too early.
fn seconds(secs: f64) -> u64 {
    // `as` saturates: a wait too long to count is the longest one.
    secs.ceil() as u64
}

/// Routes for every method and path, tried before all others, that answer
/// 429 to a request the limiter refused and pass any other on.
///
/// Rocket 0.5's fairings cannot answer a request themselves; rewriting a
/// refused request to an internal path would show that path in the log and
/// the metrics instead of the one asked for, and a guard on every route
/// would have to be repeated on each. These routes keep the request as it
/// came, cost a request that passes one call, and answer only what the
/// fairing marked refused: nothing from outside can reach them otherwise.
/// `HEAD` needs none of its own: Rocket answers it with the `GET` route.
pub fn routes() -> Vec<Route> {
    std::iter::once(Method::Get)
        .chain(BESIDES_GET)
        .map(|method| Route::ranked(rank::RATE_LIMIT, method, "/<_..>", Refuse))
        .collect()
}

/// Answers 429 to a request the limiter refused, after its hold; passes any
/// other on.
#[derive(Clone, Copy)]
struct Refuse;

#[rocket::async_trait]
impl Handler for Refuse {
    async fn handle<'r>(&self, request: &'r Request<'_>, data: Data<'r>) -> Outcome<'r> {
        match *request.local_cache(Verdict::default) {
            Verdict::Limited { hold, .. } => {
                rocket::tokio::time::sleep(hold).await;
                let reply = Reply::Error(
                    Status::TooManyRequests,
                    ApiError::new("too many requests"),
                    Format::Json,
                );
                Outcome::from(request, reply)
            }
            _ => Outcome::forward(data, Status::NotFound),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use super::*;

    fn v6(text: &str) -> IpAddr {
        IpAddr::V6(text.parse::<Ipv6Addr>().unwrap())
    }

    #[test]
    fn an_ipv6_client_is_its_slash_64_and_an_ipv4_client_its_address() {
        assert_eq!(
            Client::of(v6("2001:db8:1:2:aaaa::1")),
            Client::of(v6("2001:db8:1:2:ffff:ffff:ffff:ffff"))
        );
        assert_ne!(
            Client::of(v6("2001:db8:1:2::1")),
            Client::of(v6("2001:db8:1:3::1"))
        );
        let v4 = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
        assert_ne!(
            Client::of(v4),
            Client::of(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2)))
        );
        // The same IPv4 client whether it arrives on an IPv4 or a dual-stack socket.
        assert_eq!(Client::of(v6("::ffff:192.0.2.1")), Client::of(v4));
    }

    fn setting(per_second: f64, burst: u32) -> RateLimit {
        RateLimit { per_second, burst }
    }

    #[test]
    fn addresses_of_one_slash_64_share_a_bucket() {
        let limiter = Limiter::new(setting(0.001, 2), MAX_CLIENTS, crate::web::unlimited());
        let path = "/api/ip";
        assert!(matches!(
            limiter.check(Some(v6("2001:db8::1")), path),
            Verdict::Allowed { remaining: 1, .. }
        ));
        assert!(matches!(
            limiter.check(Some(v6("2001:db8::2")), path),
            Verdict::Allowed { remaining: 0, .. }
        ));
        assert!(matches!(
            limiter.check(Some(v6("2001:db8::3")), path),
            Verdict::Limited { .. }
        ));
        // The next /64 has its own.
        assert!(matches!(
            limiter.check(Some(v6("2001:db8:0:1::1")), path),
            Verdict::Allowed { remaining: 1, .. }
        ));
        assert_eq!(limiter.clients(), 2);
    }

    #[test]
    fn a_flood_of_random_ipv6_networks_keeps_no_more_clients_than_the_bound() {
        let capacity = 1_000;
        let limiter = Limiter::new(setting(0.001, 5), capacity, crate::web::unlimited());
        // A few clients known before the flood keep their own buckets.
        let known = v6("2001:db8:ffff:ffff::1");
        limiter.check(Some(known), "/api/ip");
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..50_000 {
            // xorshift: a new /64 almost every time.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let address = Ipv6Addr::from((u128::from(state) << 64) | 1);
            limiter.check(Some(IpAddr::V6(address)), "/api/time");
        }
        assert!(limiter.clients() <= capacity + 1, "{}", limiter.clients());
        assert!(matches!(
            limiter.check(Some(known), "/api/ip"),
            Verdict::Allowed { remaining: 3, .. }
        ));
        // The clients beyond the bound share one bucket, long since empty.
        assert!(matches!(
            limiter.check(Some(v6("2001:db8:eeee::1")), "/api/ip"),
            Verdict::Limited { .. }
        ));
    }

    #[test]
    fn an_entry_is_24_bytes() {
        use governor::state::InMemoryState;
        assert_eq!(std::mem::size_of::<(Client, InMemoryState)>(), 24);
    }

    #[test]
    fn a_sweep_drops_the_clients_whose_bucket_has_refilled() {
        // A burst refilled in a nanosecond: every bucket is full again at once.
        let limiter = Limiter::new(
            setting(RateLimit::MAX_PER_SECOND, 1),
            MAX_CLIENTS,
            crate::web::unlimited(),
        );
        for last in 0..100u32 {
            limiter.check(Some(IpAddr::V4(Ipv4Addr::from(last))), "/");
        }
        assert_eq!(limiter.clients(), 100);
        std::thread::sleep(Duration::from_millis(1));
        limiter.sweep();
        assert_eq!(limiter.clients(), 0);
    }

    #[test]
    fn probes_metrics_and_static_files_are_never_counted() {
        let limiter = Limiter::new(setting(0.001, 1), MAX_CLIENTS, crate::web::unlimited());
        let client = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
        for path in ["/health", "/ready", "/metrics", "/static/app.css"] {
            for _ in 0..3 {
                assert_eq!(limiter.check(client, path), Verdict::Unlimited, "{path}");
            }
        }
        assert_eq!(limiter.clients(), 0);
    }

    #[test]
    fn the_fields_say_the_burst_its_refill_time_and_the_wait() {
        // One request each 4 s, two at once.
        let limiter = Limiter::new(setting(0.25, 2), MAX_CLIENTS, crate::web::unlimited());
        assert_eq!(limiter.policy, "\"default\";q=2;w=8");
        let client = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
        let first = limiter.check(client, "/");
        assert_eq!(
            first,
            Verdict::Allowed {
                remaining: 1,
                full_in: 4
            }
        );
        limiter.check(client, "/");
        let Verdict::Limited { retry_after, .. } = limiter.check(client, "/") else {
            panic!("the third request passed");
        };
        // At most one period: the next request passes within 4 s.
        assert!((1..=4).contains(&retry_after), "{retry_after}");
    }

    #[test]
    fn a_refused_request_is_held_until_the_next_could_pass_or_the_longest_hold() {
        let client = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
        // One request each 4 s: the wait is longer than the longest hold.
        let slow = Limiter::new(setting(0.25, 1), MAX_CLIENTS, crate::web::unlimited());
        slow.check(client, "/");
        let Verdict::Limited { hold, .. } = slow.check(client, "/") else {
            panic!("the second request passed");
        };
        assert_eq!(hold, MAX_HOLD);
        // A thousand a second: the next passes within a millisecond.
        let fast = Limiter::new(setting(1000.0, 1), MAX_CLIENTS, crate::web::unlimited());
        fast.check(client, "/");
        match fast.check(client, "/") {
            Verdict::Limited { hold, .. } => assert!(hold <= Duration::from_millis(1), "{hold:?}"),
            // The millisecond had passed.
            Verdict::Allowed { .. } => {}
            Verdict::Unlimited => panic!("counted as unlimited"),
        }
    }
}
