//! Jaro-Winkler similarity of two names as `char`s: to the last bit of the
//! `f64` the measure of `strsim::jaro_winkler`, so that suggestions rank
//! and tie as they always did, without its allocation on each comparison
//! (the flags are on the stack for names of up to 256 characters); and the
//! most it can be, known sooner, from the characters two names share or
//! from a name's length alone.

use std::ops::RangeInclusive;

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

/// The characters of a name, each once, in order, with how many times it
/// occurs: what two names share, in any order, is read from these in one
/// pass (`aaaa…` is one entry).
pub fn letters(chars: &[char]) -> Vec<(char, u32)> {
    let mut sorted = chars.to_vec();
    sorted.sort_unstable();
    let mut letters: Vec<(char, u32)> = Vec::with_capacity(sorted.len());
    for c in sorted {
        match letters.last_mut() {
            Some((last, count)) if *last == c => *count += 1,
            _ => letters.push((c, 1)),
        }
    }
    letters
}

/// A typed name prepared for comparing with many names: its characters,
/// and its [`letters`].
#[derive(Debug)]
pub struct Typed<'a> {
    chars: &'a [char],
    letters: Vec<(char, u32)>,
}

impl<'a> Typed<'a> {
    /// `chars` prepared for comparing.
    pub fn new(chars: &'a [char]) -> Self {
        Self {
            chars,
            letters: letters(chars),
        }
    }

    /// The typed name's characters.
    pub fn chars(&self) -> &'a [char] {
        self.chars
    }

    /// The most [`jaro_winkler`] of the typed name and `name` can be, in
    /// time linear in how many different characters they have, given
    /// `name`'s [`letters`]: as if every character they share, in any
    /// order, matched in order.
    pub fn at_most(&self, name: &[char], name_letters: &[(char, u32)]) -> f64 {
        let (a, b) = (self.chars, name);
        if a.is_empty() || b.is_empty() {
            return jaro_winkler(a, b);
        }
        let (a_letters, b_letters) = (&self.letters, name_letters);
        let (mut shared, mut i, mut j) = (0_usize, 0, 0);
        while i < a_letters.len() && j < b_letters.len() {
            let ((a_char, a_count), (b_char, b_count)) = (a_letters[i], b_letters[j]);
            match a_char.cmp(&b_char) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += a_count.min(b_count) as usize;
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

    /// The lengths, up to `longest`, a name can have and still be `score`
    /// like the typed name, or more (for a score above 0.7, which no name
    /// more than ten times the typed one's length reaches): as if every
    /// character of the shorter matched in order, the first four included.
    pub fn lengths_reaching(&self, score: f64, longest: usize) -> RangeInclusive<usize> {
        let typed = self.chars.len();
        if typed == 0 {
            return 0..=0;
        }
        let most = |len: usize| {
            let shared = typed.min(len);
            boost(similarity(typed, len, shared, 0), shared.min(4))
        };
        let shortest = (1..typed).find(|len| most(*len) >= score).unwrap_or(typed);
        let longest = (typed..=longest.min(typed * 10))
            .take_while(|len| most(*len) >= score)
            .last()
            .unwrap_or(longest.min(typed));
        shortest..=longest
    }

    /// [`jaro_winkler`] of the typed name and `name`.
    pub fn jaro_winkler(&self, name: &[char]) -> f64 {
        jaro_winkler(self.chars, name)
    }
}

/// The Jaro similarity `sim` of `a` and `b`, raised for a shared beginning
/// when above 0.7.
fn winkler(a: &[char], b: &[char], sim: f64) -> f64 {
    boost(
        sim,
        a.iter().take(4).zip(b).take_while(|(a, b)| a == b).count(),
    )
}

/// The Jaro similarity `sim`, raised for a shared beginning of `prefix`
/// characters (at most four) when above 0.7.
fn boost(sim: f64, prefix: usize) -> f64 {
    if sim > 0.7 {
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
    fn a_name_of_a_length_out_of_reach_is_never_as_alike() {
        // `a` and a name of 7: at most (1 + 1/7 + 1)/3 = 0.714, raised for
        // one shared letter to 0.743.
        let typed = chars("a");
        assert_eq!(Typed::new(&typed).lengths_reaching(0.75, 100), 1..=6);
        // Two letters, both first: (2/13 + 1 + 1)/3 = 0.718, raised to 0.774;
        // one: 0.692, not raised. 131 letters: 0.6998, not raised; 130
        // letters 0.7, which in `f64` is a little more, so raised.
        let typed = chars("europe/moskow");
        let reach = |longest| Typed::new(&typed).lengths_reaching(0.75, longest);
        assert_eq!(reach(1000), 2..=130);
        // No longer than the longest name asked about.
        assert_eq!(reach(40), 2..=40);
        assert_eq!(reach(5), 2..=5);
        assert_eq!(Typed::new(&[]).lengths_reaching(0.75, 100), 0..=0);
        // The random names of the test below are each checked too.
    }

    #[test]
    fn a_name_s_letters_are_its_characters_counted_in_order() {
        assert_eq!(
            letters(&chars("moscow")),
            [('c', 1), ('m', 1), ('o', 2), ('s', 1), ('w', 1)]
        );
        assert_eq!(letters(&chars(&"a".repeat(61))), [('a', 61)]);
        assert!(letters(&[]).is_empty());
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
            let most = prepared.at_most(&name, &letters(&name));
            assert!(strsim <= most, "{a:?} {b:?}: {strsim} > {most}");
            for score in [0.75, 0.8, 0.9] {
                if strsim >= score {
                    let reach = prepared.lengths_reaching(score, name.len());
                    assert!(reach.contains(&name.len()), "{a:?} {b:?}: {reach:?}");
                }
            }
        }
    }
}
