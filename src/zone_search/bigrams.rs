//! A bigram index over folded names: for a typed name, the few names that
//! share the most pairs of adjacent characters with it, found by reading a
//! bounded part of the index, however many names there are.
//!
//! Each name is padded with a space on either side, so that its first and
//! last letters count on their own (` m`, `w `), as Jaro-Winkler favours a
//! shared beginning; its distinct bigrams are kept, sorted, with the names
//! they occur in. Pairs rather than triples, because a short name with one
//! letter wrong shares no triple with its zone's (`москв` and `омск`), and
//! the ranking that follows compares letters, not runs. A search reads only
//! names of the lengths that can be alike (a bigram's names are kept
//! shortest first), the typed name's bigrams rarest first, and stops after
//! [`Bigrams::BUDGET`] entries, so a pair most names share (`am` of every
//! `America/…`) costs no more than the budget left.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use super::jaro_winkler::letters;

/// Names of one kind, as `char`s, each with its owner (a zone's place in the
/// list of zone names), and the bigrams they contain.
#[derive(Debug, Default)]
pub struct Bigrams {
    /// Every name's characters, one after another.
    chars: Vec<char>,
    /// Every name's [`letters`], one after another.
    letters: Vec<(char, u32)>,
    keys: Vec<Key>,
    /// Every bigram any name has, once, sorted: a few thousand, searched
    /// apart from the names that have them, so a search stays in the cache.
    bigrams: Vec<Bigram>,
    /// Where each bigram's names begin in `postings`; one more at the end.
    starts: Vec<u32>,
    /// The keys of the names that have each bigram, one run a bigram,
    /// shortest names first.
    postings: Vec<u32>,
    /// The most bigrams a name has.
    most_bigrams: u32,
    /// The most characters a name has.
    longest: usize,
}

type Bigram = [char; 2];

#[derive(Debug)]
struct Key {
    /// Where the name's characters begin in `chars`.
    start: u32,
    /// How many there are.
    len: u32,
    /// Where the name's letters begin in `letters`.
    letters_start: u32,
    /// How many there are.
    letters_len: u32,
    /// How many distinct bigrams the padded name has.
    bigrams: u32,
    /// Whose name it is.
    owner: u32,
}

impl Bigrams {
    /// The most index entries one search reads. With the names of fourteen
    /// languages a miss reads some 100-1,100 (`Europe/Moskow`: 1,084; `a`,
    /// which no name of more than six letters is like: 119), one in
    /// `America/…` all of them; with more languages, never more.
    pub const BUDGET: usize = 2048;

    /// The index of `names`, each a folded name and its owner; a name an
    /// owner has twice is kept once, an empty one not at all.
    pub fn new(names: impl IntoIterator<Item = (String, u32)>) -> Self {
        let mut index = Self::default();
        let mut seen = HashSet::new();
        let mut bigrams = Vec::new();
        let mut postings = Vec::new();
        for (name, owner) in names {
            if name.is_empty() || !seen.insert((name.clone(), owner)) {
                continue;
            }
            let start = index.chars.len();
            index.chars.extend(name.chars());
            let chars = &index.chars[start..];
            let letters_start = index.letters.len();
            index.letters.extend(letters(chars));
            bigrams.clear();
            bigrams.extend(padded_bigrams(chars));
            bigrams.sort_unstable();
            bigrams.dedup();
            let id = index.keys.len() as u32;
            index.keys.push(Key {
                start: start as u32,
                len: chars.len() as u32,
                letters_start: letters_start as u32,
                letters_len: (index.letters.len() - letters_start) as u32,
                bigrams: bigrams.len() as u32,
                owner,
            });
            index.most_bigrams = index.most_bigrams.max(bigrams.len() as u32);
            index.longest = index.longest.max(chars.len());
            postings.extend(bigrams.iter().map(|bigram| (*bigram, chars.len(), id)));
        }
        postings.sort_unstable();
        for (bigram, _, key) in postings {
            if index.bigrams.last() != Some(&bigram) {
                index.bigrams.push(bigram);
                index.starts.push(index.postings.len() as u32);
            }
            index.postings.push(key);
        }
        index.starts.push(index.postings.len() as u32);
        index
    }

    /// The most characters a name has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The name `key` of [`Bigrams::shortlist`]'s answer: its characters,
    /// its [`letters`] and its owner.
    pub fn name(&self, key: u32) -> (&[char], &[(char, u32)], u32) {
        let key = &self.keys[key as usize];
        let chars = key.start as usize..(key.start + key.len) as usize;
        let letters = key.letters_start as usize..(key.letters_start + key.letters_len) as usize;
        (&self.chars[chars], &self.letters[letters], key.owner)
    }

    /// Up to `count` names of `lengths` most like `typed` by their shared
    /// bigrams (the Dice coefficient), into `shortlist` as keys for
    /// [`Bigrams::name`]; reading at most [`Bigrams::BUDGET`] index
    /// entries, the rarest bigrams' first. Returns how many it read.
    pub fn shortlist(
        &self,
        typed: &[char],
        lengths: RangeInclusive<usize>,
        count: usize,
        shortlist: &mut Vec<u32>,
    ) -> usize {
        let mut wanted: Vec<Bigram> = padded_bigrams(typed).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut runs: Vec<&[u32]> = wanted
            .iter()
            .map(|bigram| self.run(bigram, &lengths))
            .filter(|run| !run.is_empty())
            .collect();
        runs.sort_by_key(|run| run.len());

        // How many bigrams each name shares with `typed`; past 255 (a name
        // of hundreds of letters) it stays 255.
        let mut shared = vec![0_u8; self.keys.len()];
        let mut touched = Vec::with_capacity(self.keys.len().min(Self::BUDGET));
        let mut budget = Self::BUDGET;
        for run in runs {
            let read = run.len().min(budget);
            for key in &run[..read] {
                let count = &mut shared[*key as usize];
                if *count == 0 {
                    touched.push(*key);
                }
                *count = count.saturating_add(1);
            }
            budget -= read;
            if budget == 0 {
                break;
            }
        }

        // Most alike first, by 2·shared / (typed's bigrams + the name's);
        // then in the order of the index. Ranked as one number each, the
        // likeness's bits above the key, so that choosing the best few
        // compares integers only. The divisions are made once for each
        // number of bigrams a name can have.
        let typed_bigrams = wanted.len() as f32;
        let ratios: Vec<f32> = (0..=self.most_bigrams)
            .map(|bigrams| 2.0 / (typed_bigrams + bigrams as f32))
            .collect();
        let mut ranked: Vec<u64> = touched
            .iter()
            .map(|key| {
                let shared = f32::from(shared[*key as usize]);
                let dice = shared * ratios[self.keys[*key as usize].bigrams as usize];
                // A positive `f32`'s bits order as the number does.
                (u64::from(u32::MAX - dice.to_bits()) << 32) | u64::from(*key)
            })
            .collect();
        if ranked.len() > count && count > 0 {
            ranked.select_nth_unstable(count - 1);
        }
        ranked.truncate(count);
        shortlist.extend(ranked.iter().map(|ranked| *ranked as u32));
        Self::BUDGET - budget
    }

    /// The keys of `bigram`'s names of `lengths`.
    fn run(&self, bigram: &Bigram, lengths: &RangeInclusive<usize>) -> &[u32] {
        let Ok(at) = self.bigrams.binary_search(bigram) else {
            return &[];
        };
        let run = &self.postings[self.starts[at] as usize..self.starts[at + 1] as usize];
        let len = |key: &u32| self.keys[*key as usize].len as usize;
        let (Some(shortest), Some(longest)) = (run.first(), run.last()) else {
            return run;
        };
        if lengths.contains(&len(shortest)) && lengths.contains(&len(longest)) {
            return run;
        }
        let from = run.partition_point(|key| len(key) < *lengths.start());
        let to = run.partition_point(|key| len(key) <= *lengths.end());
        &run[from..to.max(from)]
    }
}

/// The bigrams of `name` with a space on either side, in order, repeats
/// included.
fn padded_bigrams(name: &[char]) -> impl Iterator<Item = Bigram> + '_ {
    let padded = |i: usize| match i.checked_sub(1).and_then(|i| name.get(i)) {
        Some(c) => *c,
        None => ' ',
    };
    (0..=name.len()).map(move |i| [padded(i), padded(i + 1)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn index(names: &[&str]) -> Bigrams {
        Bigrams::new(
            names
                .iter()
                .enumerate()
                .map(|(owner, name)| ((*name).to_owned(), owner as u32)),
        )
    }

    fn shortlist(index: &Bigrams, typed: &str, count: usize) -> Vec<String> {
        let mut keys = Vec::new();
        index.shortlist(&chars(typed), 1..=usize::MAX, count, &mut keys);
        keys.into_iter()
            .map(|key| index.name(key).0.iter().collect())
            .collect()
    }

    #[test]
    fn a_name_is_padded_so_that_its_first_and_last_letters_count() {
        let bigrams: Vec<String> = padded_bigrams(&chars("oslo"))
            .map(|b| b.iter().collect())
            .collect();
        assert_eq!(bigrams, [" o", "os", "sl", "lo", "o "]);
        assert_eq!(padded_bigrams(&[]).count(), 1);
    }

    #[test]
    fn the_names_sharing_most_bigrams_come_first() {
        let index = index(&["moscow", "oslo", "tokyo", "toronto", "moscow"]);
        assert_eq!(shortlist(&index, "moskow", 1), ["moscow"]);
        assert_eq!(shortlist(&index, "tokio", 1), ["tokyo"]);
        let mut two = shortlist(&index, "tokio", 2);
        two.sort();
        assert_eq!(two, ["tokyo", "toronto"]);
        assert!(shortlist(&index, "qqqq", 5).is_empty());
    }

    #[test]
    fn only_names_of_the_lengths_asked_for_are_shortlisted() {
        let index = index(&["oslo", "osaka", "moscow", "omsk", "o"]);
        let mut keys = Vec::new();
        index.shortlist(&chars("oslo"), 4..=5, 5, &mut keys);
        let mut names: Vec<String> = keys
            .into_iter()
            .map(|key| index.name(key).0.iter().collect())
            .collect();
        names.sort();
        assert_eq!(names, ["omsk", "osaka", "oslo"]);
    }

    #[test]
    fn the_same_name_twice_for_one_owner_is_one_key() {
        let index = Bigrams::new([("oslo".to_owned(), 0), ("oslo".to_owned(), 0)]);
        assert_eq!(shortlist(&index, "oslo", 5), ["oslo"]);
        let index = Bigrams::new([("oslo".to_owned(), 0), ("oslo".to_owned(), 1)]);
        assert_eq!(shortlist(&index, "oslo", 5).len(), 2);
    }

    #[test]
    fn a_name_and_its_letters_are_kept_with_its_owner() {
        let index = Bigrams::new([("oslo".to_owned(), 7)]);
        let (name, letters, owner) = index.name(0);
        assert_eq!(
            (name, letters, owner),
            (&chars("oslo")[..], &[('l', 1), ('o', 2), ('s', 1)][..], 7)
        );
    }

    #[test]
    fn a_search_reads_no_more_than_its_budget() {
        // Every name shares the typed name's bigrams: only the budget's
        // worth are read, and still a shortlist comes back.
        let names: Vec<String> = (0..Bigrams::BUDGET * 2)
            .map(|n| format!("america {n}"))
            .collect();
        let index = Bigrams::new(names.into_iter().zip(0..));
        let mut keys = Vec::new();
        let read = index.shortlist(&chars("america"), 1..=100, 8, &mut keys);
        assert_eq!(read, Bigrams::BUDGET);
        assert_eq!(keys.len(), 8);
    }
}
