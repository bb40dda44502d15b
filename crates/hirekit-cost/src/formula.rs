//! A formula with its numbers filled in, kept as terms so that each language writes the numbers
//! its own way (`€5,500 × 1.08` / `€ 5.500 × 1,08`): computing never formats text.

use crate::inputs::Unit;
use crate::text::{self, Language, Text};

/// One piece of a formula.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    /// An input amount in euros (cents shown only when there are any).
    Money(f64),
    /// A multiplier such as `1 + holiday allowance`: `1.08`.
    Factor(f64),
    /// A bare number: `12`, `36`.
    Number(f64),
    /// A number with its unit: `6 months`, `20%`, `4 h/week`.
    Quantity(f64, Unit),
    /// An operator or bracket, the same in every language: ` × `, `(`.
    Symbol(&'static str),
    /// Words, per language.
    Words(Text),
}

/// A formula whose numbers are the ones the model used.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Formula {
    pub terms: Vec<Term>,
}

impl Formula {
    pub fn new() -> Formula {
        Formula::default()
    }

    pub fn money(mut self, value: f64) -> Formula {
        self.terms.push(Term::Money(value));
        self
    }

    pub fn factor(mut self, value: f64) -> Formula {
        self.terms.push(Term::Factor(value));
        self
    }

    pub fn number(mut self, value: f64) -> Formula {
        self.terms.push(Term::Number(value));
        self
    }

    pub fn quantity(mut self, value: f64, unit: Unit) -> Formula {
        self.terms.push(Term::Quantity(value, unit));
        self
    }

    pub fn symbol(mut self, symbol: &'static str) -> Formula {
        self.terms.push(Term::Symbol(symbol));
        self
    }

    pub fn words(mut self, words: Text) -> Formula {
        self.terms.push(Term::Words(words));
        self
    }

    /// `a × b`: appends ` × ` before the next term unless the formula is empty.
    pub fn times(self) -> Formula {
        if self.terms.is_empty() {
            self
        } else {
            self.symbol(" × ")
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The formula written out in `language`.
    pub fn render(&self, language: Language) -> String {
        let mut out = String::new();
        for term in &self.terms {
            match term {
                Term::Money(v) => out.push_str(&text::money_exact(*v, language)),
                Term::Factor(v) => out.push_str(&text::factor(*v, language)),
                Term::Number(v) => out.push_str(&text::number(*v, language)),
                Term::Quantity(v, unit) => out.push_str(&unit.format(*v, language)),
                Term::Symbol(s) => out.push_str(s),
                Term::Words(w) => out.push_str(w.get(language)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_per_language() {
        let f = Formula::new()
            .money(5500.0)
            .times()
            .factor(1.08)
            .times()
            .quantity(6.0, Unit::Months);
        assert_eq!(f.render(Language::En), "€5,500 × 1.08 × 6 months");
        assert_eq!(f.render(Language::Nl), "€ 5.500 × 1,08 × 6 maanden");
    }
}
