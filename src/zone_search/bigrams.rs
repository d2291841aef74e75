//! A bigram index over folded names: for a typed name, the few names that
//! share the most pairs of adjacent characters with it, found by reading a
//! bounded part of the index, however many names there are.
//!
//! Each name is padded with a space on either side, so that its first and
//! last letters count on their own (` m`, `w `), as Jaro-Winkler favours a
//! shared beginning; its distinct bigrams are kept, sorted, with the names
//! they occur in. Pairs rather than triples, because a short name with one
//! letter wrong shares no triple with its zone's (`москв` and `омск`), and
//! the ranking that follows compares letters, not runs. A search reads the
//! typed name's bigrams rarest first and stops after [`Bigrams::BUDGET`]
//! entries, so a pair most names share (`am` of every `America/…`) costs no
//! more than the budget left.

use std::collections::HashSet;

/// Names of one kind, as `char`s, each with its owner (a zone's place in the
/// list of zone names), and the bigrams they contain.
#[derive(Debug, Default)]
pub struct Bigrams {
    /// Every name's characters, one after another.
    chars: Vec<char>,
    /// The same, each name's sorted.
    sorted: Vec<char>,
    keys: Vec<Key>,
    /// Each bigram of each name, sorted by bigram: a bigram's names are one
    /// run of it.
    postings: Vec<(Bigram, u32)>,
}

type Bigram = [char; 2];

#[derive(Debug)]
struct Key {
    /// Where the name's characters begin in `chars` and `sorted`.
    start: u32,
    /// How many there are.
    len: u32,
    /// How many distinct bigrams the padded name has.
    bigrams: u32,
    /// Whose name it is.
    owner: u32,
}

impl Bigrams {
    /// The most index entries one search reads. With the names of two
    /// languages a miss reads some 650-850 (`Europe/Moskow`: 853), one in
    /// `America/…` all of them; with more languages, never more.
    pub const BUDGET: usize = 2048;

    /// The index of `names`, each a folded name and its owner; a name an
    /// owner has twice is kept once, an empty one not at all.
    pub fn new(names: impl IntoIterator<Item = (String, u32)>) -> Self {
        let mut index = Self::default();
        let mut seen = HashSet::new();
        let mut bigrams = Vec::new();
        for (name, owner) in names {
            if name.is_empty() || !seen.insert((name.clone(), owner)) {
                continue;
            }
            let start = index.chars.len();
            index.chars.extend(name.chars());
            let chars = &index.chars[start..];
            index.sorted.extend_from_slice(chars);
            index.sorted[start..].sort_unstable();
            bigrams.clear();
            bigrams.extend(padded_bigrams(chars));
            bigrams.sort_unstable();
            bigrams.dedup();
            let id = index.keys.len() as u32;
            index.keys.push(Key {
                start: start as u32,
                len: chars.len() as u32,
                bigrams: bigrams.len() as u32,
                owner,
            });
            index
                .postings
                .extend(bigrams.iter().map(|bigram| (*bigram, id)));
        }
        index.postings.sort_unstable();
        index
    }

    /// The name `key` of [`Bigrams::shortlist`]'s answer: its characters in
    /// order and sorted, and its owner.
    pub fn name(&self, key: u32) -> (&[char], &[char], u32) {
        let key = &self.keys[key as usize];
        let range = key.start as usize..(key.start + key.len) as usize;
        (&self.chars[range.clone()], &self.sorted[range], key.owner)
    }

    /// Up to `count` names most like `typed` by their shared bigrams (the
    /// Dice coefficient), into `shortlist` as keys for [`Bigrams::name`];
    /// reading at most [`Bigrams::BUDGET`] index entries, the rarest
    /// bigrams' first. Returns how many it read.
    pub fn shortlist(&self, typed: &[char], count: usize, shortlist: &mut Vec<u32>) -> usize {
        let mut wanted: Vec<Bigram> = padded_bigrams(typed).collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut runs: Vec<&[(Bigram, u32)]> = wanted
            .iter()
            .map(|bigram| self.run(bigram))
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
            for (_, key) in &run[..read] {
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
        // compares integers only.
        let typed_bigrams = wanted.len() as f32;
        let mut ranked: Vec<u64> = touched
            .iter()
            .map(|key| {
                let shared = f32::from(shared[*key as usize]);
                let dice = 2.0 * shared / (typed_bigrams + self.keys[*key as usize].bigrams as f32);
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

    /// The entries of `bigram`'s names.
    fn run(&self, bigram: &Bigram) -> &[(Bigram, u32)] {
        let from = self.postings.partition_point(|(b, _)| b < bigram);
        let to = from + self.postings[from..].partition_point(|(b, _)| b == bigram);
        &self.postings[from..to]
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
        index.shortlist(&chars(typed), count, &mut keys);
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
    fn the_same_name_twice_for_one_owner_is_one_key() {
        let index = Bigrams::new([("oslo".to_owned(), 0), ("oslo".to_owned(), 0)]);
        assert_eq!(shortlist(&index, "oslo", 5), ["oslo"]);
        let index = Bigrams::new([("oslo".to_owned(), 0), ("oslo".to_owned(), 1)]);
        assert_eq!(shortlist(&index, "oslo", 5).len(), 2);
    }

    #[test]
    fn a_name_and_its_sorted_letters_are_kept_with_its_owner() {
        let index = Bigrams::new([("oslo".to_owned(), 7)]);
        let (name, sorted, owner) = index.name(0);
        assert_eq!(
            (name, sorted, owner),
            (&chars("oslo")[..], &chars("loos")[..], 7)
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
        let read = index.shortlist(&chars("america"), 8, &mut keys);
        assert_eq!(read, Bigrams::BUDGET);
        assert_eq!(keys.len(), 8);
    }
}
