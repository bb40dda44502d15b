//! When technologies were first released, for "N years of experience with X" checks.

use std::collections::BTreeMap;
use std::path::Path;

use hirekit_yaml::Diagnostic;
use schemars::JsonSchema;
use serde::Deserialize;

use crate::month::YearMonth;

/// The built-in table, shipped as `crates/hirekit-redflags/data/technologies.yaml`.
pub const BUILTIN_TECHNOLOGIES: (&str, &str) = (
    "crates/hirekit-redflags/data/technologies.yaml",
    include_str!("../data/technologies.yaml"),
);

/// A technology and the month it was first publicly available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Technology {
    pub name: String,
    pub aliases: Vec<String>,
    pub released: YearMonth,
    pub source: String,
}

/// Technologies looked up by name or alias, ignoring case and punctuation.
#[derive(Debug, Clone)]
pub struct TechnologyTable {
    technologies: Vec<Technology>,
    /// Normalised name or alias → position in `technologies`.
    index: BTreeMap<String, usize>,
}

/// First public releases of technologies, for checking claimed years of experience.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct TableFile {
    /// The technologies, one entry each.
    #[schemars(length(min = 1))]
    technologies: Vec<TechnologyInput>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct TechnologyInput {
    /// The usual name, e.g. `Kubernetes`.
    #[schemars(length(min = 1))]
    name: String,
    /// Other names people write on a CV, e.g. `k8s`.
    #[serde(default)]
    aliases: Vec<String>,
    /// The month of the first public release, as YYYY-MM.
    released: String,
    /// Where the date comes from.
    #[schemars(length(min = 1))]
    source: String,
}

/// The form names are compared in: lower case, `+` and `#` spelt out (so C, C++ and C# stay
/// apart), every other character that is not a letter or digit dropped. `Node.js`, `nodejs`
/// and `NODE-JS` are all `nodejs`.
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            '+' => out.push_str("plus"),
            '#' => out.push_str("sharp"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

impl TechnologyTable {
    /// The built-in table (a test guarantees it is valid).
    pub fn builtin() -> Result<TechnologyTable, Vec<Diagnostic>> {
        let (path, text) = BUILTIN_TECHNOLOGIES;
        TechnologyTable::from_yaml(Path::new(path), text.as_bytes())
    }

    /// Reads a table, refusing months that are not `YYYY-MM` and names or aliases that two
    /// entries share once normalised (reported at the second).
    pub fn from_yaml(path: &Path, bytes: &[u8]) -> Result<TechnologyTable, Vec<Diagnostic>> {
        let (file, document) = hirekit_yaml::read::<TableFile>(path, bytes)?;
        let mut errors = Vec::new();
        let mut technologies = Vec::with_capacity(file.technologies.len());
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (i, input) in file.technologies.into_iter().enumerate() {
            let Some(released) = YearMonth::parse(&input.released) else {
                errors.push(
                    document
                        .error_at(
                            &format!("/technologies/{i}/released"),
                            format!("`released` is not a month: \"{}\"", input.released),
                        )
                        .with_hint("write the month as YYYY-MM, e.g. `2014-06`"),
                );
                continue;
            };
            let names = std::iter::once((format!("/technologies/{i}/name"), &input.name)).chain(
                input
                    .aliases
                    .iter()
                    .enumerate()
                    .map(|(a, alias)| (format!("/technologies/{i}/aliases/{a}"), alias)),
            );
            for (pointer, name) in names {
                let key = normalise(name);
                if key.is_empty() {
                    errors.push(document.error_at(&pointer, "the name has no letters or digits"));
                    continue;
                }
                let position = technologies.len();
                match index.get(&key) {
                    Some(&other) if other != position => {
                        let other: &Technology = &technologies[other];
                        errors.push(
                            document
                                .error_at(
                                    &pointer,
                                    format!("`{name}` is already a name of {}", other.name),
                                )
                                .with_hint("each name and alias may belong to one technology only"),
                        );
                    }
                    _ => {
                        index.insert(key, position);
                    }
                }
            }
            technologies.push(Technology {
                name: input.name,
                aliases: input.aliases,
                released,
                source: input.source,
            });
        }
        if errors.is_empty() {
            Ok(TechnologyTable {
                technologies,
                index,
            })
        } else {
            Err(errors)
        }
    }

    /// The technology a CV's skill name refers to. Matching ignores case and punctuation; when
    /// the name is not known as written, a trailing version number is dropped (`Python 3`,
    /// `Java 17`, `Vue3`), because a version never makes a technology older.
    pub fn find(&self, name: &str) -> Option<&Technology> {
        let key = normalise(name);
        let found = self.index.get(&key).or_else(|| {
            let without_version = key.trim_end_matches(|c: char| c.is_ascii_digit());
            (without_version.len() < key.len() && !without_version.is_empty())
                .then(|| self.index.get(without_version))
                .flatten()
        });
        found.and_then(|&i| self.technologies.get(i))
    }

    pub fn technologies(&self) -> &[Technology] {
        &self.technologies
    }

    pub fn len(&self) -> usize {
        self.technologies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.technologies.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> TechnologyTable {
        match TechnologyTable::builtin() {
            Ok(t) => t,
            Err(errors) => panic!(
                "{}",
                errors.iter().map(Diagnostic::render).collect::<String>()
            ),
        }
    }

    #[test]
    fn the_builtin_table_is_valid_and_large_enough() {
        let table = table();
        assert!(table.len() >= 80, "{} technologies", table.len());
        for t in table.technologies() {
            assert!(
                t.released < YearMonth::new(2026, 1).unwrap(),
                "{} released {}",
                t.name,
                t.released
            );
        }
    }

    #[test]
    fn every_source_says_whether_it_was_checked_and_the_header_counts_them() {
        let table = table();
        let unverified = |t: &&Technology| t.source.starts_with("not verified here: ");
        let neither: Vec<&str> = table
            .technologies()
            .iter()
            .filter(|t| !unverified(t) && !t.source.contains("checked"))
            .map(|t| t.name.as_str())
            .collect();
        assert!(neither.is_empty(), "sources that say neither: {neither:?}");
        let not_verified = table.technologies().iter().filter(unverified).count();
        let checked = table.len() - not_verified;
        let secondary = table
            .technologies()
            .iter()
            .filter(|t| !unverified(t) && t.source.contains("secondary"))
            .count();
        // The header of the table states these counts; readers rely on it.
        let counts = format!(
            "# - Counts (a test keeps this line true): {} entries, {checked} checked ({secondary} on secondary sources only),\n#   {not_verified} not verified.",
            table.len()
        );
        assert!(
            BUILTIN_TECHNOLOGIES.1.contains(&counts),
            "update the header to:\n{counts}"
        );
    }

    #[test]
    fn aliases_match_ignoring_case_and_punctuation() {
        let table = table();
        let name = |n: &str| table.find(n).map(|t| t.name.as_str());
        assert_eq!(name("k8s"), Some("Kubernetes"));
        assert_eq!(name("KUBERNETES"), Some("Kubernetes"));
        assert_eq!(name("golang"), Some("Go"));
        assert_eq!(name("ReactJS"), Some("React"));
        assert_eq!(name("React.js"), Some("React"));
        assert_eq!(name("ts"), Some("TypeScript"));
        assert_eq!(name("node"), Some("Node.js"));
        assert_eq!(name("Node-JS"), Some("Node.js"));
        assert_eq!(name("postgres"), Some("PostgreSQL"));
        assert_eq!(name("C#"), Some("C#"));
        assert_eq!(name("c++"), Some("C++"));
        assert_eq!(name("C"), Some("C"));
        assert_eq!(name("Python 3"), Some("Python"));
        assert_eq!(name("Java 17"), Some("Java"));
        assert_eq!(name("Vue3"), Some("Vue.js"));
        assert_eq!(name("Kubernetes-Operator"), None);
        assert_eq!(name("Cobol-achtig"), None);
    }

    #[test]
    fn shared_aliases_are_refused() {
        let text = "technologies:\n  - name: Go\n    aliases: [golang]\n    released: 2009-11\n    source: x\n  - name: Golang\n    released: 2009-11\n    source: x\n";
        let errors = TechnologyTable::from_yaml(Path::new("t.yaml"), text.as_bytes()).unwrap_err();
        assert_eq!(errors[0].message, "`Golang` is already a name of Go");
        assert_eq!(errors[0].line, 6);
    }

    #[test]
    fn normalising() {
        assert_eq!(normalise("ASP.NET Core"), "aspnetcore");
        assert_eq!(normalise("C++"), "cplusplus");
        assert_eq!(normalise("F#"), "fsharp");
    }
}
