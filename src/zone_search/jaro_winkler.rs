//! Jaro-Winkler similarity of two names as `char`s: to the last bit of the
//! `f64` the measure of `strsim::jaro_winkler`, so that suggestions rank
//! and tie as they always did, without its allocation on each comparison
//! (the flags are on the stack for names of up to 256 characters); and the
//! most it can be, known sooner, from the characters two names share.

/// How many flags (one a character, in 64-bit words) two names may need to
/// be compared without allocating: up to 256 characters each. A zone's name
/// has at most some 30, and a typed one at most [`super::LONGEST`] (a few
/// more once folded).
const ON_STACK: usize = 512;

/// The Jaro similarity of `a` and `b`, raised for a shared beginning of up
/// to four characters when it is above 0.7: between 0 (nothing alike) and
/// 1 (the same).
pub fn jaro_winkler(a: &[char], b: &[char]) -> f64 {
    winkler(a, b, jaro(a, b))
}

/// A typed name prepared for comparing with many names: its characters,
/// and the same sorted.
#[derive(Debug)]
pub struct Typed<'a> {
    chars: &'a [char],
    sorted: Vec<char>,
}

impl<'a> Typed<'a> {
    /// `chars` prepared for comparing.
    pub fn new(chars: &'a [char]) -> Self {
        let mut sorted = chars.to_vec();
        sorted.sort_unstable();
        Self { chars, sorted }
    }

    /// The most [`jaro_winkler`] of the typed name and `name` can be, in
    /// time linear in their lengths, given `name`'s characters sorted: as
    /// if every character they share, in any order, matched in order.
    pub fn at_most(&self, name: &[char], name_sorted: &[char]) -> f64 {
        let (a, b) = (self.chars, name);
        if a.is_empty() || b.is_empty() {
            return jaro_winkler(a, b);
        }
        let (a_sorted, b_sorted) = (&self.sorted, name_sorted);
        let (mut shared, mut i, mut j) = (0_usize, 0, 0);
        while i < a_sorted.len() && j < b_sorted.len() {
            match a_sorted[i].cmp(&b_sorted[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        if shared == 0 {
            return 0.0;
        }
        // Jaro-Winkler grows with the matches, falls with transpositions.
        winkler(a, b, similarity(a.len(), b.len(), shared, 0))
    }

    /// [`jaro_winkler`] of the typed name and `name`.
    pub fn jaro_winkler(&self, name: &[char]) -> f64 {
        jaro_winkler(self.chars, name)
    }
}

/// The Jaro similarity `sim` of `a` and `b`, raised for a shared beginning
/// when above 0.7.
fn winkler(a: &[char], b: &[char], sim: f64) -> f64 {
    if sim > 0.7 {
        let prefix = a.iter().take(4).zip(b).take_while(|(a, b)| a == b).count();
        sim + 0.1 * prefix as f64 * (1.0 - sim)
    } else {
        sim
    }
}

/// The Jaro similarity: the characters the two share, each within half the
/// longer's length of its place in the other, and how many of those are out
/// of order.
fn jaro(a: &[char], b: &[char]) -> f64 {
    let (a_len, b_len) = (a.len(), b.len());
    if a_len == 0 && b_len == 0 {
        return 1.0;
    } else if a_len == 0 || b_len == 0 {
        return 0.0;
    }
    let search_range = (a_len.max(b_len) / 2).saturating_sub(1);
    let words = |len: usize| len.div_ceil(64);
    let mut on_stack = [0_u64; ON_STACK / 64];
    let mut on_heap;
    let flags: &mut [u64] = if words(a_len) + words(b_len) <= on_stack.len() {
        &mut on_stack
    } else {
        on_heap = vec![0_u64; words(a_len) + words(b_len)];
        &mut on_heap
    };
    let (a_flags, b_flags) = flags.split_at_mut(words(a_len));
    let is_set = |flags: &[u64], i: usize| flags[i / 64] & (1 << (i % 64)) != 0;
    let set = |flags: &mut [u64], i: usize| flags[i / 64] |= 1 << (i % 64);

    let mut matches = 0_usize;
    for (i, a_char) in a.iter().enumerate() {
        let from = i.saturating_sub(search_range);
        let to = b_len.min(i + search_range + 1);
        for (j, b_char) in b.iter().enumerate().take(to).skip(from) {
            if a_char == b_char && !is_set(b_flags, j) {
                set(a_flags, i);
                set(b_flags, j);
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0_usize;
    let mut in_b = (0..b_len).filter(|j| is_set(b_flags, *j));
    for (i, a_char) in a.iter().enumerate() {
        if is_set(a_flags, i)
            && let Some(j) = in_b.next()
            && *a_char != b[j]
        {
            transpositions += 1;
        }
    }
    similarity(a_len, b_len, matches, transpositions / 2)
}

/// The Jaro similarity of names `a_len` and `b_len` characters long that
/// match in `matches` characters, `transpositions` of them out of order.
fn similarity(a_len: usize, b_len: usize, matches: usize, transpositions: usize) -> f64 {
    ((matches as f64 / a_len as f64)
        + (matches as f64 / b_len as f64)
        + ((matches - transpositions) as f64 / matches as f64))
        / 3.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn it_is_strsims_measure_to_the_last_bit() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abcdef",
            "badcfe",
            "moscow",
            "moskow",
            "europe/moscow",
            "europe/moskow",
            "tokio",
            "tokyo",
            "asia/tokyo",
            "москва",
            "москв",
            "калькута",
            "калькутта",
            "kolkatta",
            "america/new york",
            "america/new yrok",
            "qwertyuiopasdfgh",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "america/argentina/comodrivadavia",
        ];
        for a in words {
            for b in words {
                let ours = jaro_winkler(&chars(a), &chars(b));
                let strsim = strsim::jaro_winkler(a, b);
                assert_eq!(ours.to_bits(), strsim.to_bits(), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn names_too_long_for_the_stack_are_compared_alike() {
        let long = "ab".repeat(400);
        let other = "ba".repeat(390);
        let ours = jaro_winkler(&chars(&long), &chars(&other));
        assert_eq!(
            ours.to_bits(),
            strsim::jaro_winkler(&long, &other).to_bits()
        );
    }

    #[test]
    fn any_two_names_are_compared_as_strsim_does() {
        // A fixed pseudo-random sequence: names from a small alphabet, so
        // that they share letters, with repeats, in and out of order.
        let alphabet: Vec<char> = "aabeiklmnorst /_ая".chars().collect();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        for _ in 0..20_000 {
            let mut name = |longest| -> String {
                let len = next(longest);
                (0..len).map(|_| alphabet[next(alphabet.len())]).collect()
            };
            let (a, b) = (name(70), name(40));
            let strsim = strsim::jaro_winkler(&a, &b);
            let (typed, name) = (chars(&a), chars(&b));
            let prepared = Typed::new(&typed);
            let ours = prepared.jaro_winkler(&name);
            assert_eq!(ours.to_bits(), strsim.to_bits(), "{a:?} {b:?}");
            let mut sorted = name.clone();
            sorted.sort_unstable();
            let most = prepared.at_most(&name, &sorted);
            assert!(strsim <= most, "{a:?} {b:?}: {strsim} > {most}");
        }
    }
}
