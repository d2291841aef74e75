//! The log's one writer: lines are appended to a buffer in memory, and a
//! thread of its own writes whatever has gathered [`BATCH_WINDOW`] after the
//! first line of a batch, in one system call. Under load that is one write
//! for hundreds of lines instead of one per line; an idle server has nothing
//! to wake for. [`write_now`] and [`flush`] write at once: lines about the
//! server itself, and the rest when it stops, so no line is lost on a
//! graceful shutdown.

use std::io::Write;
use std::sync::{Condvar, LazyLock, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How long the first line of a batch waits for others to join it.
const BATCH_WINDOW: Duration = Duration::from_millis(50);

/// Beyond this many bytes waiting, the request that adds to them writes them
/// out itself: a stdout that cannot keep up slows the server down rather
/// than growing the buffer without end.
const MAX_PENDING: usize = 256 * 1024;

struct Batches {
    /// Lines not yet written.
    pending: Mutex<Vec<u8>>,
    /// Signalled when a line arrives in an empty buffer.
    arrived: Condvar,
    /// Held while writing, so that batches reach stdout in order.
    output: Mutex<()>,
    /// Whether the writing thread runs; if it could not start, every line
    /// is written at once.
    batching: bool,
}

static BATCHES: LazyLock<Batches> = LazyLock::new(|| Batches {
    pending: Mutex::new(Vec::new()),
    arrived: Condvar::new(),
    output: Mutex::new(()),
    batching: std::thread::Builder::new()
        .name("log-writer".into())
        .spawn(write_batches)
        .is_ok(),
});

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A line is bytes: a panic elsewhere cannot leave it half-made.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Adds `line` (ending in a newline) to the next batch.
pub fn write(line: &str) {
    let batches = &*BATCHES;
    let mut pending = lock(&batches.pending);
    let was_empty = pending.is_empty();
    pending.extend_from_slice(line.as_bytes());
    let full = pending.len() >= MAX_PENDING;
    drop(pending);
    if full || !batches.batching {
        flush();
    } else if was_empty {
        batches.arrived.notify_one();
    }
}

/// Writes `line` and every line before it out now.
pub fn write_now(line: &str) {
    lock(&BATCHES.pending).extend_from_slice(line.as_bytes());
    flush();
}

/// Writes every line so far to stdout.
pub fn flush() {
    let batches = &*BATCHES;
    let _writing = lock(&batches.output);
    let batch = std::mem::take(&mut *lock(&batches.pending));
    if !batch.is_empty() {
        let mut stdout = std::io::stdout().lock();
        // A closed stdout must not take the server down.
        let _ = stdout.write_all(&batch).and_then(|()| stdout.flush());
    }
}

/// The writing thread: waits for a line, lets a batch gather, writes it.
fn write_batches() {
    let batches = &*BATCHES;
    loop {
        let pending = lock(&batches.pending);
        let pending = batches
            .arrived
            .wait_while(pending, |pending| pending.is_empty())
            .unwrap_or_else(PoisonError::into_inner);
        drop(pending);
        std::thread::sleep(BATCH_WINDOW);
        flush();
    }
}
