//! Rendering templates within limits. A hiring folder's own template is code a user wrote, and
//! two nested loops over `range(end=100000)` must not hang a batch of letters or fill memory.
//!
//! Tera has no iteration or time limit of its own, so three are put around it:
//!
//! 1. `range()` is replaced by one that hands out at most [`MAX_RANGE_NUMBERS`] numbers per
//!    letter. Nested ranges, the usual runaway, stop with an error at the line that asks for
//!    one too many.
//! 2. Output goes to a buffer that refuses to grow past [`MAX_LETTER_BYTES`].
//! 3. Each letter renders on a worker thread (kept for the next letter), given up after
//!    [`RENDER_TIME_LIMIT`]. This catches what the first two cannot (loops over a long text,
//!    nested loops that print nothing). A Rust thread cannot be killed, so a render that ran out
//!    of time keeps running until the process ends; [`Limiter`] therefore refuses every later
//!    letter at once with the same message instead of starting another runaway.

use std::cell::Cell;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long one letter (subject and body) may take to render. A built-in letter renders in well
/// under a millisecond; a thousand times that is still nothing a recruiter would wait for.
pub const RENDER_TIME_LIMIT: Duration = Duration::from_secs(2);

/// How many numbers `range()` may produce in one letter, over all its calls together.
pub const MAX_RANGE_NUMBERS: usize = 10_000;

/// The most text one template may produce for one letter (the built-in letter is about 2 KB).
pub const MAX_LETTER_BYTES: usize = 1024 * 1024;

thread_local! {
    /// Numbers `range()` has produced in the letter this thread renders.
    static RANGE_USED: Cell<usize> = const { Cell::new(0) };
}

/// Tera's `range(start=0, end, step_by=1)`, counting what it hands out against
/// [`MAX_RANGE_NUMBERS`].
pub(crate) fn range(kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<Vec<i64>> {
    let start = kwargs.get::<i64>("start")?.unwrap_or(0);
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message(
            "`range` was called with `step_by=0`, which never ends",
        ));
    }
    // i128 cannot overflow for any pair of i64 values.
    let span = i128::from(end) - i128::from(start);
    let count = if (span > 0) == (step > 0) && span != 0 {
        let step = i128::from(step);
        (span + step - step.signum()) / step
    } else {
        0
    };
    let used = RANGE_USED.with(Cell::get);
    if count > (MAX_RANGE_NUMBERS - used.min(MAX_RANGE_NUMBERS)) as i128 {
        return Err(tera::Error::message(format!(
            "`range` would take this letter past {MAX_RANGE_NUMBERS} numbers in all \
             ({used} used so far, {count} asked); a letter needs a handful at most"
        )));
    }
    RANGE_USED.with(|c| c.set(used + count as usize));
    Ok((0..count as i64).map(|i| start + i * step).collect())
}

/// A buffer that refuses to grow past [`MAX_LETTER_BYTES`].
#[derive(Default)]
struct Capped(Vec<u8>);

impl io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.0.len() + buf.len() > MAX_LETTER_BYTES {
            return Err(io::Error::other(format!(
                "the letter would be longer than {} MB",
                MAX_LETTER_BYTES / (1024 * 1024)
            )));
        }
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Why a render failed: the template that failed, and either Tera's error or a time-out.
pub(crate) enum Failure {
    Template(String, tera::Error),
    TimedOut(String),
    /// The rendering thread could not start or ended without an answer.
    Lost(String),
}

/// One letter's rendering: the templates, their names in order, the values.
struct Job {
    tera: Arc<tera::Tera>,
    names: Vec<String>,
    context: tera::Context,
    current: Arc<AtomicUsize>,
    answer: mpsc::Sender<Result<Vec<String>, Failure>>,
}

/// A thread that renders letters, one job at a time.
struct Worker {
    jobs: mpsc::Sender<Job>,
}

impl Worker {
    fn start() -> std::io::Result<Worker> {
        let (jobs, receive) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("hirekit-template".to_owned())
            .spawn(move || {
                for job in receive {
                    let _ = job.answer.send(render_job(&job));
                }
            })?;
        Ok(Worker { jobs })
    }
}

fn render_job(job: &Job) -> Result<Vec<String>, Failure> {
    RANGE_USED.with(|c| c.set(0));
    let mut texts = Vec::with_capacity(job.names.len());
    for (index, name) in job.names.iter().enumerate() {
        job.current.store(index, Ordering::Relaxed);
        let mut out = Capped::default();
        if let Err(e) = job.tera.render_to(name, &job.context, &mut out) {
            return Err(Failure::Template(name.clone(), e));
        }
        texts.push(String::from_utf8_lossy(&out.0).into_owned());
    }
    Ok(texts)
}

/// Renders templates one letter at a time within the limits, and remembers a time-out.
///
/// Rendering happens on worker threads that are kept for the next letter: starting a thread per
/// letter cost more than rendering it. A worker whose letter ran out of time is never given
/// another one (it may still be looping).
#[derive(Default)]
pub(crate) struct Limiter {
    timed_out: Mutex<Option<String>>,
    idle: Mutex<Vec<Worker>>,
}

impl Limiter {
    /// The message of an earlier time-out, if any: every later letter is refused with it.
    pub(crate) fn earlier_time_out(&self) -> Option<String> {
        self.timed_out.lock().ok().and_then(|m| m.clone())
    }

    /// Remembers `message` as the reason every later letter is refused.
    pub(crate) fn remember_time_out(&self, message: &str) {
        if let Ok(mut slot) = self.timed_out.lock() {
            slot.get_or_insert_with(|| message.to_owned());
        }
    }

    /// Renders `names` in order with `context` on a worker thread; gives up after
    /// [`RENDER_TIME_LIMIT`].
    pub(crate) fn render(
        &self,
        tera: &Arc<tera::Tera>,
        names: Vec<String>,
        context: tera::Context,
    ) -> Result<Vec<String>, Failure> {
        let first = names.first().cloned().unwrap_or_default();
        let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let worker = match idle {
            Some(worker) => worker,
            None => Worker::start()
                .map_err(|e| Failure::Lost(format!("{first}: could not start rendering: {e}")))?,
        };
        let (answer, receive) = mpsc::channel();
        let current = Arc::new(AtomicUsize::new(0));
        let job = Job {
            tera: Arc::clone(tera),
            names: names.clone(),
            context,
            current: Arc::clone(&current),
            answer,
        };
        if worker.jobs.send(job).is_err() {
            return Err(Failure::Lost(format!(
                "{first}: rendering stopped without a result"
            )));
        }
        match receive.recv_timeout(RENDER_TIME_LIMIT) {
            Ok(result) => {
                if let Ok(mut idle) = self.idle.lock() {
                    idle.push(worker);
                }
                result
            }
            Err(RecvTimeoutError::Timeout) => {
                let at = current.load(Ordering::Relaxed);
                Err(Failure::TimedOut(names.get(at).cloned().unwrap_or(first)))
            }
            Err(RecvTimeoutError::Disconnected) => Err(Failure::Lost(format!(
                "{first}: rendering stopped without a result"
            ))),
        }
    }
}

/// The lines of `source` that open a loop (`{% for` or `{%- for`), to point a time-out at.
pub(crate) fn loop_lines(source: &str) -> Vec<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.match_indices("{%").any(|(i, _)| {
                line[i + 2..]
                    .trim_start_matches('-')
                    .trim_start()
                    .starts_with("for ")
            })
        })
        .map(|(index, _)| index + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loop_lines_finds_every_for() {
        let source = "a\n{% for x in y %}\n{%- for a in b -%}{{ a }}\n{% endfor %}{% if for %}\n";
        assert_eq!(loop_lines(source), vec![2, 3]);
    }
}
