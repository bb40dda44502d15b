//! The phrase pattern syntax of the phrase lists, and matching a pattern against a letter's words.
//!
//! A pattern is a phrase of words separated by spaces; each word may be written as:
//!
//! | written        | matches                                                              |
//! |----------------|----------------------------------------------------------------------|
//! | `ziek`         | that word only: "ziek", "Ziek" — never "ziekenhuis"                  |
//! | `oud(e\|er)`   | the stem alone or with one of the endings: "oud", "oude", "ouder"    |
//! | `zwanger*`     | the stem and anything after it: "zwangere", "zwangerschapsverlof"    |
//! | `*zwanger*`    | also inside a compound: "hoogzwanger"                                |
//! | `uw\|je\|jouw` | any one of the words (each may use the forms above)                  |
//! | `#`            | a number of any size: "5", "vijfenveertig", "forty-five", "1970"     |
//! | `#jarig(e)`    | a number written together with a word: "vijfenvijftigjarige", "55jarig" |
//! | `[goed]`       | an optional word                                                     |
//! | `[~]`          | any one word, or none, between two words: `uw [~] verzuim` is also "uw hoge verzuim" |
//!
//! A hyphen or apostrophe inside a pattern word splits it the way the letter's text is split:
//! `burn-out` matches "burn-out", "burn out" and "burn‑\nout".

use crate::fold::fold_str;
use crate::numbers;
use crate::text::{Words, joins};

/// Words so frequent in Dutch and English letters that a pattern is better found through any
/// other word it requires (see [`Pattern::anchor`]).
const FUNCTION_WORDS: [&str; 78] = [
    "u", "uw", "je", "jij", "jou", "jouw", "hij", "zij", "ze", "haar", "zijn", "hun", "de", "het",
    "een", "en", "of", "in", "op", "aan", "van", "voor", "met", "bij", "naar", "uit", "als", "is",
    "was", "bent", "heeft", "hebt", "had", "die", "dat", "te", "er", "niet", "geen", "we", "wij",
    "ons", "onze", "a", "an", "the", "and", "or", "on", "at", "to", "for", "with", "by", "from",
    "as", "are", "were", "be", "you", "your", "he", "she", "his", "her", "him", "they", "them",
    "their", "our", "us", "it", "its", "has", "have", "who", "this", "not",
];

/// One way a single word may be written.
#[derive(Debug, Clone, PartialEq, Eq)]
enum WordForm {
    Number,
    /// Any word at all (`~`): room for an adjective or adverb the list cannot foresee, as in
    /// "your recent operation". Never an anchor, and never crosses punctuation (see `joins`).
    Any,
    /// A number written together with the word after it: Dutch writes "vijfenvijftigjarige" as
    /// one word. The inner form has no `*` before its stem.
    NumberThen(Box<WordForm>),
    Word {
        stem: String,
        endings: Vec<String>,
        any_before: bool,
        any_after: bool,
    },
}

impl WordForm {
    fn matches(&self, word: &str) -> bool {
        match self {
            WordForm::Number => numbers::is_number(word),
            WordForm::Any => true,
            WordForm::NumberThen(rest) => word
                .char_indices()
                .skip(1)
                .any(|(at, _)| rest.matches(&word[at..]) && numbers::is_number(&word[..at])),
            WordForm::Word {
                stem,
                endings,
                any_before,
                any_after,
            } => match (*any_before, *any_after) {
                (false, true) => word.starts_with(stem.as_str()),
                (true, true) => word.contains(stem.as_str()),
                (false, false) => word.strip_prefix(stem.as_str()).is_some_and(|rest| {
                    rest.is_empty() || endings.iter().any(|e| e.as_str() == rest)
                }),
                (true, false) => {
                    word.ends_with(stem.as_str())
                        || endings.iter().any(|e| {
                            word.strip_suffix(e.as_str())
                                .is_some_and(|before| before.ends_with(stem.as_str()))
                        })
                }
            },
        }
    }
}

/// One word position of a phrase: its alternatives, and whether it may be left out.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    forms: Vec<WordForm>,
    optional: bool,
}

impl Slot {
    fn matches(&self, word: &str) -> bool {
        self.forms.iter().any(|f| f.matches(word))
    }
}

/// A literal the matcher looks for, and where in a word it must stand for the pattern to match
/// there: at the start unless the word form is `*stem`, at the end unless it takes endings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Anchor {
    pub stem: String,
    pub starts_word: bool,
    pub ends_word: bool,
}

/// A compiled phrase pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    slots: Vec<Slot>,
}

impl Pattern {
    /// Parses one pattern. The error says, in English and Dutch, what is wrong with it.
    pub fn parse(source: &str) -> Result<Pattern, PatternError> {
        let mut slots = Vec::new();
        for piece in source.split_whitespace() {
            let lowered = fold_str(&piece.to_lowercase());
            let (inner, optional) =
                match lowered.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
                    Some(inner) => (inner.to_owned(), true),
                    None => (lowered, false),
                };
            // "years'" and "zwangerschaps-" leave an empty part: the text splits the same way.
            let parts: Vec<&str> = inner
                .split(['-', '\'', '’'])
                .filter(|p| !p.is_empty())
                .collect();
            if inner.contains(['-', '\'', '’']) && (optional || inner.contains('|')) {
                return Err(PatternError::new(
                    format!(
                        "“{piece}”: a hyphen or apostrophe cannot stand inside [optional] words or a|b alternatives; write two phrases"
                    ),
                    format!(
                        "“{piece}”: een streepje of apostrof kan niet in [optionele] woorden of a|b-keuzes staan; schrijf twee zinnen"
                    ),
                ));
            }
            for part in parts {
                let forms = split_alternatives(part)
                    .into_iter()
                    .map(|alt| parse_form(alt, piece))
                    .collect::<Result<Vec<_>, _>>()?;
                if forms.contains(&WordForm::Any) && (!optional || forms.len() > 1) {
                    return Err(PatternError::new(
                        format!("“{piece}”: any word is written `[~]`, on its own"),
                        format!("“{piece}”: een willekeurig woord schrijf je als `[~]`, los"),
                    ));
                }
                slots.push(Slot { forms, optional });
            }
        }
        let is_any = |s: Option<&Slot>| s.is_some_and(|s| s.forms.contains(&WordForm::Any));
        if is_any(slots.first()) || is_any(slots.last()) {
            return Err(PatternError::new(
                format!("“{source}”: `[~]` stands between two words of the phrase"),
                format!("“{source}”: `[~]` staat tussen twee woorden van de zin"),
            ));
        }
        if slots.iter().all(|s| s.optional) {
            return Err(PatternError::new(
                format!("“{source}”: a phrase needs at least one word that is not optional"),
                format!("“{source}”: een zin heeft minstens één niet-optioneel woord nodig"),
            ));
        }
        Ok(Pattern { slots })
    }

    /// The literals the matcher's automaton looks for to find this pattern, and the slot they
    /// belong to: for the non-optional slot whose shortest word is longest (the rarest anchor),
    /// the stem of every alternative. A match always has one of them inside the word at that
    /// slot. `None` when every non-optional slot may be a number.
    pub fn anchor(&self) -> Option<(usize, Vec<Anchor>)> {
        // A function word ("uw", "met", "your", "with") is in nearly every sentence: anchoring on
        // it would check the pattern everywhere. Such slots are chosen only when nothing else is.
        let slot = self
            .rarest_slot(|stem| !FUNCTION_WORDS.contains(&stem))
            .or_else(|| self.rarest_slot(|_| true))?;
        let anchors = self
            .slots
            .get(slot)?
            .forms
            .iter()
            .filter_map(|form| match form {
                WordForm::Word {
                    stem,
                    endings,
                    any_before,
                    any_after,
                } => Some(Anchor {
                    stem: stem.clone(),
                    starts_word: !any_before,
                    ends_word: !any_after && endings.is_empty(),
                }),
                // The number comes first, so the stem never starts the word.
                WordForm::NumberThen(rest) => match rest.as_ref() {
                    WordForm::Word {
                        stem,
                        endings,
                        any_after,
                        ..
                    } => Some(Anchor {
                        stem: stem.clone(),
                        starts_word: false,
                        ends_word: !any_after && endings.is_empty(),
                    }),
                    _ => None,
                },
                WordForm::Number | WordForm::Any => None,
            });
        Some((slot, anchors.collect()))
    }

    /// The non-optional slot whose shortest stem is longest, counting a stem as empty unless
    /// `usable` accepts it; `None` when every slot has an empty or unusable stem.
    fn rarest_slot(&self, usable: impl Fn(&str) -> bool) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (i, slot) in self.slots.iter().enumerate() {
            if slot.optional {
                continue;
            }
            let mut shortest = usize::MAX;
            for form in &slot.forms {
                let stem = match form {
                    WordForm::Number | WordForm::Any => None,
                    WordForm::NumberThen(rest) => match rest.as_ref() {
                        WordForm::Word { stem, .. } => Some(stem),
                        _ => None,
                    },
                    WordForm::Word { stem, .. } => Some(stem),
                };
                let length = stem.filter(|s| usable(s)).map_or(0, String::len);
                shortest = shortest.min(length);
            }
            if shortest > 0 && best.is_none_or(|(_, len)| shortest > len) {
                best = Some((i, shortest));
            }
        }
        best.map(|(slot, _)| slot)
    }

    /// How many word slots the pattern has (a match never spans more words, except for numbers
    /// written in several words).
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// A phrase this pattern matches. `variant` picks among the alternatives, endings and
    /// optional words, so that different variants show different forms.
    pub fn example(&self, variant: usize) -> String {
        let mut words = Vec::new();
        for (i, slot) in self.slots.iter().enumerate() {
            let pick = variant.wrapping_add(i);
            if slot.optional && (pick / 2) % 2 == 1 {
                continue;
            }
            let Some(form) = slot.forms.get(pick % slot.forms.len().max(1)) else {
                continue;
            };
            words.push(match form {
                // Only ever optional (see `parse`): the example leaves it out.
                WordForm::Any => continue,
                WordForm::Number => "5".to_owned(),
                WordForm::NumberThen(rest) => match rest.as_ref() {
                    WordForm::Word { stem, .. } => format!("vijftig{stem}"),
                    _ => "5".to_owned(),
                },
                WordForm::Word {
                    stem,
                    endings,
                    any_after,
                    ..
                } => {
                    let ending = if *any_after {
                        if pick % 3 == 1 { "en" } else { "" }
                    } else {
                        let choices = endings.len() + 1;
                        endings
                            .get((pick % choices).wrapping_sub(1))
                            .map_or("", String::as_str)
                    };
                    format!("{stem}{ending}")
                }
            });
        }
        words.join(" ")
    }

    /// If the pattern matches the words starting at `words[start]`, the index just past the last
    /// matched word. The longest match wins when optional words allow several.
    pub fn match_at(&self, text: &str, words: &Words, start: usize) -> Option<usize> {
        self.match_from(text, words, 0, start, None)
    }

    fn match_from(
        &self,
        text: &str,
        words: &Words,
        slot: usize,
        at: usize,
        previous_end: Option<usize>,
    ) -> Option<usize> {
        let Some(current) = self.slots.get(slot) else {
            return Some(at);
        };
        let taken = words.get(at).filter(|word| {
            let joined =
                previous_end.is_none_or(|end| text.get(end..word.start).is_some_and(joins));
            joined && current.matches(words.folded(word))
        });
        if let Some(word) = taken {
            // "forty five", "nineteen seventy": an English number may run over several words.
            let mut last = at;
            let mut last_end = word.end;
            if current.forms.contains(&WordForm::Number)
                && numbers::is_english_word(words.folded(word))
            {
                while let Some(next) = words.get(last + 1).filter(|next| {
                    numbers::is_english_word(words.folded(next))
                        && text.get(last_end..next.start).is_some_and(joins)
                }) {
                    last += 1;
                    last_end = next.end;
                }
            }
            if let Some(end) = self.match_from(text, words, slot + 1, last + 1, Some(last_end)) {
                return Some(end);
            }
        }
        if current.optional {
            // A skipped word consumes nothing: the match still starts at `words[start]`.
            return self.match_from(text, words, slot + 1, at, previous_end);
        }
        None
    }
}

/// Splits `a|b(e|er)|c*` at the bars that are not inside parentheses.
fn split_alternatives(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (at, c) in part.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                out.push(&part[from..at]);
                from = at + 1;
            }
            _ => {}
        }
    }
    out.push(&part[from..]);
    out
}

fn is_letter(c: char) -> bool {
    c.is_alphanumeric()
}

fn parse_form(alt: &str, piece: &str) -> Result<WordForm, PatternError> {
    if alt == "#" {
        return Ok(WordForm::Number);
    }
    if alt == "~" {
        return Ok(WordForm::Any);
    }
    if let Some(rest) = alt.strip_prefix('#') {
        if rest.starts_with(['*', '#']) {
            return Err(PatternError::new(
                format!("“{piece}”: after `#` comes the word itself, without `*` or a second `#`"),
                format!("“{piece}”: na `#` volgt het woord zelf, zonder `*` of een tweede `#`"),
            ));
        }
        return Ok(WordForm::NumberThen(Box::new(parse_form(rest, piece)?)));
    }
    let bad = |en: &str, nl: &str| {
        Err(PatternError::new(
            format!("“{piece}”: {en}"),
            format!("“{piece}”: {nl}"),
        ))
    };
    let (any_before, rest) = match alt.strip_prefix('*') {
        Some(rest) => (true, rest),
        None => (false, alt),
    };
    let (rest, any_after) = match rest.strip_suffix('*') {
        Some(rest) => (rest, true),
        None => (rest, false),
    };
    let (stem, endings) = match rest.split_once('(') {
        Some((stem, endings)) => {
            let Some(endings) = endings.strip_suffix(')') else {
                return bad(
                    "an ending list `(e|er)` must close with `)` at the end of the word",
                    "een lijst met uitgangen `(e|er)` moet eindigen met `)` aan het eind van het woord",
                );
            };
            if any_after {
                return bad(
                    "use either `*` or an ending list `(e|er)`, not both",
                    "gebruik óf `*` óf een lijst met uitgangen `(e|er)`, niet allebei",
                );
            }
            let endings: Vec<String> = endings.split('|').map(str::to_owned).collect();
            if endings
                .iter()
                .any(|e| e.is_empty() || !e.chars().all(is_letter))
            {
                return bad(
                    "each ending in `(…)` must be one or more letters; the bare stem always matches",
                    "elke uitgang in `(…)` moet uit letters bestaan; de stam zelf past altijd",
                );
            }
            (stem, endings)
        }
        None => (rest, Vec::new()),
    };
    if stem.is_empty() {
        return bad(
            "a word is empty (two bars `||`, a bare `*` or `[]`?)",
            "een woord is leeg (twee strepen `||`, een losse `*` of `[]`?)",
        );
    }
    if !stem.chars().all(is_letter) {
        return bad(
            "only letters and digits may be in a word, plus `*`, `(e|er)`, `a|b`, `#` and `[optional]`",
            "alleen letters en cijfers mogen in een woord, plus `*`, `(e|er)`, `a|b`, `#` en `[optioneel]`",
        );
    }
    Ok(WordForm::Word {
        stem: stem.to_owned(),
        endings,
        any_before,
        any_after,
    })
}

/// Why a pattern in a phrase list cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub en: String,
    pub nl: String,
}

impl PatternError {
    fn new(en: String, nl: String) -> Self {
        PatternError { en, nl }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn finds(pattern: &str, text: &str) -> Vec<String> {
        let p = Pattern::parse(pattern).unwrap();
        let w = words(text);
        (0..w.len())
            .filter_map(|i| {
                p.match_at(text, &w, i)
                    .map(|end| text[w[i].start..w[end - 1].end].to_owned())
            })
            .collect()
    }

    #[test]
    fn exact_words_do_not_match_inside_other_words() {
        assert_eq!(
            finds("ziek", "Ziek? Het ziekenhuis is ziek."),
            ["Ziek", "ziek"]
        );
        assert!(finds("gezondheid", "ervaring in de gezondheidszorg").is_empty());
    }

    #[test]
    fn endings_stars_and_compounds() {
        assert_eq!(
            finds("oud(e|er)", "oud oude ouder oudste"),
            ["oud", "oude", "ouder"]
        );
        assert_eq!(
            finds("zwanger*", "Zwangerschapsverlof, hoogzwanger"),
            ["Zwangerschapsverlof"]
        );
        assert_eq!(finds("*zwanger*", "hoogzwangere"), ["hoogzwangere"]);
        assert_eq!(
            finds("*leeftijd", "pensioenleeftijd leeftijden"),
            ["pensioenleeftijd"]
        );
    }

    #[test]
    fn phrases_run_over_line_breaks_and_hyphens_but_not_sentences() {
        assert_eq!(finds("te oud", "je bent te\n   oud."), ["te\n   oud"]);
        assert!(finds("te oud", "Niets te. Oud").is_empty());
        assert!(finds("te oud", "te\n\noud").is_empty());
        assert_eq!(
            finds("burn-out", "een burn out of burn-out"),
            ["burn out", "burn-out"]
        );
        assert_eq!(finds("didn't click", "we didn’t click"), ["didn’t click"]);
    }

    #[test]
    fn alternatives_numbers_and_optional_words() {
        assert_eq!(finds("uw|je accent", "Je accent"), ["Je accent"]);
        assert_eq!(
            finds("maximaal # jaar", "maximaal 5 jaar, maximaal vijf jaar"),
            ["maximaal 5 jaar", "maximaal vijf jaar"]
        );
        assert_eq!(
            finds("past [goed] niet in", "past goed niet in, past niet in"),
            ["past goed niet in", "past niet in"]
        );
        assert_eq!(
            finds("[iets] jongere", "een iets jongere"),
            ["iets jongere", "jongere"]
        );
    }

    #[test]
    fn any_word_between_two_words() {
        assert_eq!(
            finds(
                "uw [~] [~] operatie",
                "uw operatie, uw recente operatie, uw recente knie operatie, uw heel erg lange operatie"
            ),
            [
                "uw operatie",
                "uw recente operatie",
                "uw recente knie operatie"
            ]
        );
        // Punctuation still ends the phrase.
        assert!(finds("uw [~] operatie", "uw, operatie").is_empty());
        assert_eq!(
            anchor_of("uw [~] operatie"),
            Some((2, "operatie".to_owned()))
        );
        assert_eq!(
            Pattern::parse("uw [~] operatie").unwrap().example(3),
            "uw operatie"
        );
    }

    #[test]
    fn bad_patterns_are_explained() {
        for bad in [
            "oud(e",
            "a||b",
            "oud(e)*",
            "[a-b]",
            "a-b|c",
            "[goed]",
            "zie!",
            "oud()",
            "-",
            "'",
            "uw ~ operatie",
            "uw [~|x] operatie",
            "[~] operatie",
            "uw [~]",
        ] {
            assert!(Pattern::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn examples_are_matched_by_their_pattern() {
        for source in [
            "te oud(e)",
            "uw|je accent(en)",
            "maximaal # jaar [werk] ervaring",
            "*zwanger*",
            "didn't click",
            "#jarig(e) kandidaat",
        ] {
            let pattern = Pattern::parse(source).unwrap();
            for variant in 0..12 {
                let example = pattern.example(variant);
                assert_eq!(
                    finds(source, &example),
                    [example.as_str()],
                    "{source} #{variant}"
                );
            }
        }
    }

    #[test]
    fn numbers_written_together_with_a_word() {
        assert_eq!(
            finds(
                "#jarig(e)",
                "een vijfenvijftigjarige, de 55jarige, een jarige, de zestigjarig"
            ),
            ["vijfenvijftigjarige", "55jarige", "zestigjarig"]
        );
        assert_eq!(
            finds("#plusser(s)", "vijftigplussers en plussers"),
            ["vijftigplussers"]
        );
        assert!(Pattern::parse("#*jarig").is_err());
        assert_eq!(anchor_of("#jarig(e)"), Some((0, "*jarig…".to_owned())));
    }

    fn anchor_of(p: &str) -> Option<(usize, String)> {
        let (slot, anchors) = Pattern::parse(p).unwrap().anchor()?;
        let shown: Vec<String> = anchors
            .into_iter()
            .map(|a| {
                let before = if a.starts_word { "" } else { "*" };
                let after = if a.ends_word { "" } else { "…" };
                format!("{before}{}{after}", a.stem)
            })
            .collect();
        Some((slot, shown.join(" ")))
    }

    #[test]
    fn numbers_of_any_size_and_in_several_words() {
        assert_eq!(
            finds(
                "ouder dan # jaar",
                "ouder dan vijfenveertig jaar, ouder dan 45 jaar"
            ),
            ["ouder dan vijfenveertig jaar", "ouder dan 45 jaar"]
        );
        assert_eq!(
            finds("over # years old", "over forty-five years old"),
            ["over forty-five years old"]
        );
        assert_eq!(
            finds("born in #", "born in nineteen seventy"),
            ["born in nineteen seventy"]
        );
    }

    #[test]
    fn anchors_are_the_rarest_required_word() {
        let anchor = |p: &str| {
            let (slot, anchors) = Pattern::parse(p).unwrap().anchor()?;
            let shown: Vec<String> = anchors
                .into_iter()
                .map(|a| {
                    let before = if a.starts_word { "" } else { "*" };
                    let after = if a.ends_word { "" } else { "…" };
                    format!("{before}{}{after}", a.stem)
                })
                .collect();
            Some((slot, shown.join(" ")))
        };
        assert_eq!(anchor("te oud"), Some((1, "oud".to_owned())));
        assert_eq!(
            anchor("[iets|wat] jonger(e)|ouder"),
            Some((1, "jonger… ouder".to_owned()))
        );
        assert_eq!(anchor("# uur"), Some((1, "uur".to_owned())));
        assert_eq!(anchor("#"), None);
        assert_eq!(anchor("*zwanger*"), Some((0, "*zwanger…".to_owned())));
        assert_eq!(
            anchor("Hindoeïstisch"),
            Some((0, "hindoeistisch".to_owned()))
        );
    }
}
