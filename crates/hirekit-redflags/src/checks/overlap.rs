//! `overlapping_jobs`: jobs that run at the same time with more hours together than one person
//! works.
//!
//! Comparing every job with every other is quadratic, and a generated or hostile CV with
//! thousands of overlapping jobs then produces millions of findings. Instead the jobs are sorted
//! by start once and swept in that order, keeping the jobs still running in ordered sets: each
//! job is inserted and removed once, so the whole check is O(n log n). Each job that starts
//! while an earlier one runs gets **one** finding (naming one partner and counting the others),
//! and only the first [`MAX_OVERLAP_FINDINGS`] are written out; the rest are counted in one
//! closing finding.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use crate::checks::{Check, Finding, MAX_COMBINED_HOURS, MAX_OVERLAP_MONTHS, Severity, Span};
use crate::checks::{finding, month_text};
use crate::text::{self, Language};

#[cfg(test)]
mod tests;

/// At most this many overlap findings are written out in full; the others are counted in one
/// closing finding, so that a CV with thousands of overlapping jobs stays readable.
pub const MAX_OVERLAP_FINDINGS: usize = 20;

/// A job (`second`) that starts while an earlier-starting job (`partner`) is still running,
/// with more than [`MAX_OVERLAP_MONTHS`] months in common and more than [`MAX_COMBINED_HOURS`]
/// hours a week together. `others` counts the further earlier jobs it overlaps the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Overlap {
    pub second: usize,
    pub partner: usize,
    pub others: usize,
}

/// Counts per hours value of the jobs still running: a Fenwick tree, so that "how many running
/// jobs work more than h hours" costs O(log n).
struct Counts(Vec<usize>);

impl Counts {
    fn add(&mut self, rank: usize, delta: isize) {
        let mut i = rank + 1;
        while i < self.0.len() {
            self.0[i] = self.0[i].wrapping_add_signed(delta);
            i += i & i.wrapping_neg();
        }
    }

    /// How many are at a rank below `rank`.
    fn below(&self, rank: usize) -> usize {
        let (mut i, mut sum) = (rank, 0);
        while i > 0 {
            sum += self.0[i];
            i -= i & i.wrapping_neg();
        }
        sum
    }
}

/// Every job that overlaps an earlier-starting one, by position in `spans`. "Earlier" means
/// earlier start month, then earlier in the file, the order in which a reader meets them.
pub(super) fn find(spans: &[Span<'_>]) -> Vec<Overlap> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].start, spans[i].job.start_at));
    // Hours values ranked, so that the running jobs can be counted by hours.
    let mut hours: Vec<f64> = spans.iter().map(|s| s.job.hours_per_week).collect();
    hours.sort_by(f64::total_cmp);
    hours.dedup();
    let rank_of = |h: f64| hours.partition_point(|&v| v < h);

    let mut counts = Counts(vec![0; hours.len() + 1]);
    // The running jobs: by hours for naming a partner (the most hours, then the earliest), and
    // by end month for dropping those that have ended.
    let mut running: BTreeSet<(usize, Reverse<usize>)> = BTreeSet::new();
    let mut ending: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();
    let mut found = Vec::new();
    for (position, &index) in order.iter().enumerate() {
        let span = &spans[index];
        // A partner must still run in this month for the overlap to exceed the hand-over margin.
        // Start months only grow in this order, so a job dropped here never counts again.
        let until = span.start + MAX_OVERLAP_MONTHS;
        while let Some(&Reverse((end, earlier))) = ending.peek() {
            if end >= until {
                break;
            }
            ending.pop();
            let rank = rank_of(spans[order[earlier]].job.hours_per_week);
            counts.add(rank, -1);
            running.remove(&(rank, Reverse(earlier)));
        }
        let own = span.job.hours_per_week;
        if span.end >= until {
            // The same comparison as for a pair of jobs, so rounding cannot split the two.
            let first_counted = hours.partition_point(|&h| h + own <= MAX_COMBINED_HOURS);
            let partners = running.len() - counts.below(first_counted);
            if let Some(&(_, Reverse(partner))) = running.last().filter(|_| partners > 0) {
                found.push(Overlap {
                    second: index,
                    partner: order[partner],
                    others: partners - 1,
                });
            }
        }
        let rank = rank_of(own);
        counts.add(rank, 1);
        running.insert((rank, Reverse(position)));
        ending.push(Reverse((span.end, position)));
    }
    found
}

/// The findings for the overlaps, in the order of the CV: the first [`MAX_OVERLAP_FINDINGS`]
/// in full, then one that counts the rest.
pub(super) fn overlapping_jobs(spans: &[Span<'_>], findings: &mut Vec<Finding>) {
    let mut overlaps = find(spans);
    overlaps.sort_by_key(|o| spans[o.second].job.start_at);
    for overlap in overlaps.iter().take(MAX_OVERLAP_FINDINGS) {
        findings.push(in_full(
            &spans[overlap.partner],
            &spans[overlap.second],
            overlap.others,
        ));
    }
    if let Some(first_left) = overlaps.get(MAX_OVERLAP_FINDINGS) {
        let rest = overlaps.len() - MAX_OVERLAP_FINDINGS;
        findings.push(finding(Check::OverlappingJobs, Severity::Caution, spans[first_left.second].job.start_at, |lang| {
            let n = text::count(rest, lang);
            match lang {
                Language::Nl => format!(
                    "… en nog {n} {} die met een eerdere baan overlappen, hier niet elk apart genoemd. Bij zoveel overlap is één gesprek over de loopbaan zinniger dan een vraag per baan; vraag ook of het cv klopt zoals het is aangeleverd.",
                    if rest == 1 { "baan" } else { "banen" }
                ),
                Language::En => format!(
                    "… and {n} more {} that overlap an earlier job, not listed one by one. With this much overlap, one conversation about the career makes more sense than a question per job; also ask whether the CV is right as it was sent.",
                    if rest == 1 { "job" } else { "jobs" }
                ),
            }
        }));
    }
}

/// One overlap, at the job that starts while the other is running: that is where the overlap
/// begins when reading the CV.
fn in_full(first: &Span<'_>, second: &Span<'_>, others: usize) -> Finding {
    let overlap = first.end.min(second.end) - second.start + 1;
    let hours = first.job.hours_per_week + second.job.hours_per_week;
    let (from, to) = (
        month_text(second.start),
        month_text(first.end.min(second.end)),
    );
    let (e1, e2) = (&first.job.employer, &second.job.employer);
    let (h1, h2) = (first.job.hours_per_week, second.job.hours_per_week);
    let line = first.job.start_at.line;
    finding(
        Check::OverlappingJobs,
        Severity::Caution,
        second.job.start_at,
        |lang| {
            let (h1, h2, total) = (
                text::number(h1, lang),
                text::number(h2, lang),
                text::number(hours, lang),
            );
            let more = match (lang, others) {
                (_, 0) => String::new(),
                (Language::Nl, 1) => {
                    " Deze baan overlapt ook met 1 andere baan die eerder begon.".to_owned()
                }
                (Language::Nl, n) => format!(
                    " Deze baan overlapt ook met {} andere banen die eerder begonnen.",
                    text::count(n, lang)
                ),
                (Language::En, 1) => {
                    " It also overlaps 1 other job that started earlier.".to_owned()
                }
                (Language::En, n) => format!(
                    " It also overlaps {} other jobs that started earlier.",
                    text::count(n, lang)
                ),
            };
            let which = match (lang, others) {
                (Language::Nl, 0) => "de twee banen",
                (Language::Nl, _) => "deze banen",
                (Language::En, 0) => "the two jobs",
                (Language::En, _) => "these jobs",
            };
            match lang {
                Language::Nl => format!(
                    "De baan bij {e2} ({h2} uur per week) overlapt {overlap} maanden ({from} tot en met {to}) met de baan bij {e1} ({h1} uur per week, regel {line}): samen {total} uur per week.{more} Daar is vaak een goede verklaring voor, zoals een detachering waarbij bureau en klant allebei vermeld staan, een eigen bedrijf ernaast, een opzegtermijn of parttime uren die niet zijn ingevuld. Vraag hoe {which} samengingen."
                ),
                Language::En => format!(
                    "The job at {e2} ({h2} hours a week) overlaps the job at {e1} ({h1} hours a week, line {line}) for {overlap} months ({from} to {to}): {total} hours a week together.{more} There is often a good explanation, such as a secondment where both the agency and the client are listed, a business on the side, a notice period or part-time hours not written down. Ask how {which} fitted together."
                ),
            }
        },
    )
}
