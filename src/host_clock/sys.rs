//! The one read of the kernel's clock discipline: `adjtimex(2)` with
//! `modes = 0`, which changes nothing and needs no privilege. The only
//! module of the crate allowed `unsafe`, for that one call.

use super::Timex;

/// What `adjtimex` says now, or why it could not be asked.
#[cfg(target_os = "linux")]
pub fn read() -> std::io::Result<Timex> {
    // SAFETY: `libc::timex` is a plain C struct of integers (and padding
    // integers), for which all zero bits are a valid value.
    let mut timex: libc::timex = unsafe { std::mem::zeroed() };
    // modes = 0: read only. The kernel adjusts nothing and checks no
    // capability; it only fills in the struct.
    timex.modes = 0;
    // SAFETY: `timex` is a valid, exclusively borrowed `struct timex` that
    // lives across the call; the kernel writes only within it.
    let state = unsafe { libc::adjtimex(&mut timex) };
    if state == -1 {
        return Err(std::io::Error::last_os_error());
    }
    // `as`: the fields are C `long`s, 32 or 64 bits by architecture.
    #[allow(clippy::unnecessary_cast)]
    Ok(Timex {
        state,
        status: timex.status,
        offset: timex.offset as i64,
        freq: timex.freq as i64,
        maxerror: timex.maxerror as i64,
        esterror: timex.esterror as i64,
        tai: timex.tai,
    })
}

/// Elsewhere the kernel has no `adjtimex`: the state is unknown.
#[cfg(not(target_os = "linux"))]
pub fn read() -> std::io::Result<Timex> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "adjtimex is Linux's",
    ))
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn reading_the_kernel_clock_succeeds_and_changes_nothing() {
        let first = read().expect("adjtimex with modes 0 needs no privilege");
        let second = read().unwrap();
        // A read-only call leaves the frequency and the status as they were
        // (ntpd or chrony could change them between the reads, but not
        // within microseconds).
        assert_eq!(first.freq, second.freq);
        assert_eq!(first.status, second.status);
        assert!((0..=super::super::TIME_ERROR).contains(&first.state));
        assert!(first.maxerror >= 0 && first.esterror >= 0, "{first:?}");
    }
}
