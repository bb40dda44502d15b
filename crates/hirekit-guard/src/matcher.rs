//! Finding every listed phrase in a letter in one pass.
//!
//! Each pattern has an *anchor*: the stems of one of its required words (see
//! [`Pattern::anchor`]). All anchors of both phrase lists go into one Aho–Corasick automaton,
//! which runs once over the letter's folded words; only where an anchor occurs is the whole
//! pattern checked, starting at the few words where a match holding that anchor can start. The
//! time is linear in the letter's length plus the number of anchor occurrences, whatever the
//! size of the lists.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::Ground;
use crate::finding::{Kind, Severity};
use crate::lists::List;
use crate::pattern::Pattern;
use crate::text::Words;

/// One pattern of one rule of one list, anchored at word slot `slot`; whether its anchor must
/// start and end the word it is found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Target {
    list: usize,
    rule: usize,
    pattern: usize,
    slot: usize,
    starts_word: bool,
    ends_word: bool,
}

/// The compiled anchors of every list.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    /// For each literal of the automaton, the patterns anchored on it.
    targets: Vec<Vec<Target>>,
    /// Patterns whose every required word may be a number (none in the built-in lists), tried at
    /// every word.
    unanchored: Vec<Target>,
    /// The `except` phrases of every list, pooled by what they cancel: an English letter that
    /// writes "het accent ligt op testen" is cleared by the Dutch exception too, since both
    /// lists run on every letter.
    excepts: BTreeMap<(Kind, Option<Ground>), Vec<Pattern>>,
}

/// One match of one pattern, before overlapping matches are resolved.
pub(crate) struct Hit {
    pub list: usize,
    pub rule: usize,
    pub pattern: usize,
    pub severity: Severity,
    /// Byte range in the checked text.
    pub span: Range<usize>,
    /// The first and one past the last word of the match.
    words: Range<usize>,
}

impl Matcher {
    pub fn new(lists: &[List]) -> Result<Matcher, aho_corasick::BuildError> {
        let mut literals: Vec<String> = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut unanchored = Vec::new();
        let mut excepts: BTreeMap<(Kind, Option<Ground>), Vec<Pattern>> = BTreeMap::new();
        for (l, list) in lists.iter().enumerate() {
            for (r, rule) in list.rules.iter().enumerate() {
                excepts
                    .entry((rule.kind, rule.ground))
                    .or_default()
                    .extend(rule.except.iter().cloned());
                for (p, (_, pattern)) in rule.patterns.iter().enumerate() {
                    let Some((slot, stems)) = pattern.anchor() else {
                        unanchored.push(Target {
                            list: l,
                            rule: r,
                            pattern: p,
                            slot: 0,
                            starts_word: false,
                            ends_word: false,
                        });
                        continue;
                    };
                    for anchor in stems {
                        let target = Target {
                            list: l,
                            rule: r,
                            pattern: p,
                            slot,
                            starts_word: anchor.starts_word,
                            ends_word: anchor.ends_word,
                        };
                        let id = *ids.entry(anchor.stem.clone()).or_insert_with(|| {
                            literals.push(anchor.stem);
                            targets.push(Vec::new());
                            targets.len() - 1
                        });
                        if let Some(list) = targets.get_mut(id) {
                            list.push(target);
                        }
                    }
                }
            }
        }
        // A DFA: the fastest search, for a one-off build of a few milliseconds per process.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&literals)?;
        Ok(Matcher {
            automaton,
            targets,
            unanchored,
            excepts,
        })
    }

    /// Every match of every pattern of `lists` in `text` (split into `words`), exceptions removed.
    pub fn hits(&self, lists: &[List], text: &str, words: &Words) -> Vec<Hit> {
        // The folded words, one space apart, are what the automaton reads.
        let stream = words.stream.as_str();
        let mut candidates: Vec<(usize, Target)> = Vec::new();
        for found in self.automaton.find_overlapping_iter(stream) {
            let at = words
                .partition_point(|w| w.folded.start <= found.start())
                .saturating_sub(1);
            let Some(word) = words.get(at) else {
                continue;
            };
            let (start, end) = (word.folded.start, word.folded.end);
            if found.end() > end {
                continue; // an anchor across two words
            }
            let (at_start, at_end) = (found.start() == start, found.end() == end);
            if let Some(list) = self.targets.get(found.pattern().as_usize()) {
                candidates.extend(
                    list.iter()
                        .filter(|t| (at_start || !t.starts_word) && (at_end || !t.ends_word))
                        .map(|t| (at, *t)),
                );
            }
        }
        for at in 0..words.len() {
            candidates.extend(self.unanchored.iter().map(|t| (at, *t)));
        }
        candidates.sort_unstable();
        candidates.dedup();

        let mut hits = Vec::new();
        for (at, target) in candidates {
            let Some(rule) = lists
                .get(target.list)
                .and_then(|l| l.rules.get(target.rule))
            else {
                continue;
            };
            let Some((_, pattern)) = rule.patterns.get(target.pattern) else {
                continue;
            };
            // A match holding the anchor at word `at` starts at most `slot` words earlier.
            for start in at.saturating_sub(target.slot)..=at {
                let Some(end) = pattern.match_at(text, words, start).filter(|&end| end > at) else {
                    continue;
                };
                let (Some(first), Some(last)) = (words.get(start), words.get(end - 1)) else {
                    continue;
                };
                hits.push(Hit {
                    list: target.list,
                    rule: target.rule,
                    pattern: target.pattern,
                    severity: rule.severity,
                    span: first.start..last.end,
                    words: start..end,
                });
            }
        }
        hits.sort_by_key(|h| (h.span.start, h.span.end, h.list, h.rule, h.pattern));
        hits.dedup_by_key(|h| (h.span.clone(), h.list, h.rule, h.pattern));
        hits.retain(|hit| !self.excepted(lists, hit, text, words));
        hits
    }

    /// Whether an `except` phrase for the hit's kind and ground overlaps it.
    fn excepted(&self, lists: &[List], hit: &Hit, text: &str, words: &Words) -> bool {
        let Some(rule) = lists.get(hit.list).and_then(|l| l.rules.get(hit.rule)) else {
            return false;
        };
        let Some(excepts) = self.excepts.get(&(rule.kind, rule.ground)) else {
            return false;
        };
        excepts.iter().any(|except| {
            let from = hit.words.start.saturating_sub(except.len());
            (from..hit.words.end).any(|start| {
                except
                    .match_at(text, words, start)
                    .is_some_and(|end| start < hit.words.end && hit.words.start < end)
            })
        })
    }
}

/// Where matches overlap, keeps one: an error before a warning, then the longest, then the
/// letter's own list (whose suggestion is in the letter's language), then the earliest entry in
/// the list. "past niet in ons team" is one finding, not three.
pub(crate) fn keep_strongest(mut hits: Vec<Hit>, own_list: Option<usize>) -> Vec<Hit> {
    hits.sort_by_key(|h| {
        (
            h.severity,
            std::cmp::Reverse(h.span.len()),
            h.span.start,
            Some(h.list) != own_list,
            h.list,
            h.rule,
            h.pattern,
        )
    });
    // Kept spans never overlap, so by start they are also ordered by end: a new span overlaps a
    // kept one only if it overlaps the last kept span starting before its end.
    let mut kept: BTreeMap<usize, Hit> = BTreeMap::new();
    for hit in hits {
        let clashes = kept
            .range(..hit.span.end)
            .next_back()
            .is_some_and(|(_, k)| k.span.end > hit.span.start);
        if !clashes && !hit.span.is_empty() {
            kept.insert(hit.span.start, hit);
        }
    }
    kept.into_values().collect()
}
