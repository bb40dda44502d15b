//! What the text toolkit costs a command: loading the message catalogue (once per process),
//! one message with placeholders, a number, and wrapping a paragraph by display width. Run with
//! `cargo bench -p hirekit-text`; figures in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use hirekit_text::{Language, msg, number, wrap};

fn text(c: &mut Criterion) {
    // The first message of a process loads and parses every catalogue file of both languages.
    c.bench_function("load both catalogues (once per process)", |b| {
        b.iter(hirekit_text::load_uncached)
    });
    let _ = msg!(Language::Nl, "due-nothing");
    c.bench_function("message without placeholders", |b| {
        b.iter(|| msg!(Language::Nl, "score-hidden"))
    });
    c.bench_function("message with three placeholders", |b| {
        b.iter(|| {
            msg!(
                Language::Nl,
                "score-reason-discuss-band",
                overall = number::fixed(2.9, 2, Language::Nl),
                advance_at = number::fixed(3.0, 2, Language::Nl),
                discuss_from = number::fixed(2.75, 2, Language::Nl),
            )
        })
    });
    c.bench_function("message choosing a plural by count", |b| {
        b.iter(|| msg!(Language::En, "due-days-late", days = 3))
    });
    c.bench_function("money, Dutch", |b| {
        b.iter(|| number::money(1_234_567.0, Language::Nl))
    });
    let paragraph =
        "Ook na de vaste doorvraag die elke kandidaat krijgt kan de kandidaat het eigen \
                     aandeel niet benoemen: geen eigen keuzes, afwegingen, fouten of resultaten. "
            .repeat(4);
    c.bench_function("wrap a 700-character paragraph at 96 columns", |b| {
        b.iter(|| wrap::hanging(&paragraph, 5, 5, 96))
    });
}

criterion_group!(benches, text);
criterion_main!(benches);
