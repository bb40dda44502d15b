//! Property: import followed by export is the identity on generated hiring folders, on both
//! backends.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone as _};
use hirekit_folder::{
    Candidate, Decision, DecisionReason, FeedbackHistory, FeedbackRecord, FilledScorecard,
    LetterFile, PlannedInterview, Rating, Recommendation,
};
use hirekit_scorecard::Language;
use proptest::prelude::*;

use crate::{assert_same_data, backends, open_folder};

const SCORECARD: &str = "senior-backend-developer";
const INTERVIEWERS: [&str; 3] = ["ayla", "bram", "chen"];

#[derive(Debug, Clone)]
struct CandidateSpec {
    name: String,
    given_name: Option<String>,
    address: Vec<String>,
    english: bool,
    /// Per interviewer: planned (hours after a base time), and whether they submitted.
    interviews: Vec<(usize, i64, Option<RatingsSpec>)>,
    decision: Option<(u8, bool)>,
    consent: Option<bool>,
    letters: Vec<(i64, bool)>,
}

#[derive(Debug, Clone)]
struct RatingsSpec {
    scores: Vec<Option<(u8, String)>>,
    recommendation: u8,
    delay_hours: i64,
}

fn text() -> impl Strategy<Value = String> {
    // Letters, accents and the characters YAML treats specially.
    "[A-Za-zéëü][A-Za-z0-9éëü .,:#'\"&*!%@-]{0,30}[a-z.]"
}

fn ratings() -> impl Strategy<Value = RatingsSpec> {
    (
        prop::collection::vec(prop::option::weighted(0.85, (1u8..=4, text())), 8),
        0u8..4,
        1i64..48,
    )
        .prop_map(|(scores, recommendation, delay_hours)| RatingsSpec {
            scores,
            recommendation,
            delay_hours,
        })
}

fn candidate() -> impl Strategy<Value = CandidateSpec> {
    (
        "[A-Z][a-zéë]{1,8}( (van |de )?[A-Z][a-z]{1,9})?",
        prop::option::of("[A-Z][a-z]{1,8}"),
        prop::collection::vec(text(), 0..3),
        any::<bool>(),
        prop::collection::btree_map(0usize..3, (0i64..2000, prop::option::of(ratings())), 0..3),
        prop::option::of((0u8..4, any::<bool>())),
        prop::option::of(any::<bool>()),
        prop::collection::vec((0i64..60, any::<bool>()), 0..3),
    )
        .prop_map(
            |(name, given_name, address, english, interviews, decision, consent, letters)| {
                CandidateSpec {
                    name,
                    given_name,
                    address,
                    english,
                    interviews: interviews
                        .into_iter()
                        .map(|(who, (at, r))| (who, at, r))
                        .collect(),
                    decision,
                    consent,
                    letters,
                }
            },
        )
}

fn base() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).single())
        .expect("a time")
}

/// Writes a hiring folder with these candidates at `root`.
fn write_folder(root: &Path, specs: &[CandidateSpec]) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let scorecard_text =
        fs_err::read_to_string(repo.join("scorecards").join(format!("{SCORECARD}.yaml")))
            .expect("the scorecard");
    let scorecard = hirekit_scorecard::load(Path::new("s.yaml"), scorecard_text.as_bytes())
        .expect("a valid scorecard")
        .scorecard;
    let write = |path: &Path, text: &str| {
        fs_err::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        fs_err::write(path, text).expect("written");
    };
    write(
        &root.join("scorecards").join(format!("{SCORECARD}.yaml")),
        &scorecard_text,
    );
    write(
        &root.join("hirekit.yaml"),
        "company: Proefbedrijf B.V.\naddress: [Dorpsstraat 1, 1234 AB Ergens]\nsender:\n  name: Test Afzender\n  title: Recruiter\n  email: werk@proef.example\nlanguage: nl\ninterviewers:\n  ayla: Ayla A.\n  bram: Bram B.\n  chen: Chen C.\n",
    );
    for (i, spec) in specs.iter().enumerate() {
        let id = format!("c-{i:03}");
        let dir = root.join("candidates").join(&id);
        let decision = spec.decision.map(|(d, _)| match d {
            0 => Decision::Advance,
            1 => Decision::Reject,
            2 => Decision::Hired,
            _ => Decision::Withdrawn,
        });
        let reason = match spec.decision {
            Some((1, other)) => Some(if other {
                DecisionReason::OtherCandidate
            } else {
                DecisionReason::Requirements
            }),
            _ => None,
        };
        let candidate = Candidate {
            id: id.clone(),
            name: spec.name.clone(),
            given_name: spec.given_name.clone(),
            email: format!("kandidaat{i}@example.org"),
            address: spec.address.clone(),
            language: if spec.english {
                Language::En
            } else {
                Language::Nl
            },
            scorecard: SCORECARD.to_owned(),
            interviews: spec
                .interviews
                .iter()
                .map(|(who, at, _)| PlannedInterview {
                    interviewer: INTERVIEWERS[*who].to_owned(),
                    at: base() + Duration::hours(*at),
                })
                .collect(),
            decision,
            decision_reason: reason,
            talent_pool_consent: spec.consent,
        };
        write(
            &dir.join("candidate.yaml"),
            &serde_saphyr::to_string(&candidate).expect("yaml"),
        );
        for (who, at, ratings) in &spec.interviews {
            let Some(r) = ratings else { continue };
            let at = base() + Duration::hours(*at);
            let filled = FilledScorecard {
                candidate: id.clone(),
                scorecard: SCORECARD.to_owned(),
                interviewer: INTERVIEWERS[*who].to_owned(),
                interviewed_at: at,
                submitted_at: at + Duration::hours(r.delay_hours),
                ratings: scorecard
                    .criteria
                    .iter()
                    .zip(&r.scores)
                    .map(|(c, s)| {
                        let rating = match s {
                            Some((score, evidence)) => Rating {
                                score: Some(*score),
                                evidence: Some(evidence.clone()),
                                not_assessed: false,
                            },
                            None => Rating {
                                score: None,
                                evidence: None,
                                not_assessed: true,
                            },
                        };
                        (c.id.clone(), rating)
                    })
                    .collect::<BTreeMap<_, _>>(),
                red_flags: vec![],
                recommendation: [
                    Recommendation::StrongNo,
                    Recommendation::No,
                    Recommendation::Yes,
                    Recommendation::StrongYes,
                ][usize::from(r.recommendation)],
                refilled_after_ratings_shown: r.delay_hours % 7 == 0,
            };
            write(
                &dir.join("interviews")
                    .join(format!("{}.yaml", INTERVIEWERS[*who])),
                &serde_saphyr::to_string(&filled).expect("yaml"),
            );
        }
        if !spec.letters.is_empty() {
            let day = NaiveDate::from_ymd_opt(2026, 10, 1).expect("a date");
            let history = FeedbackHistory {
                letters: spec
                    .letters
                    .iter()
                    .map(|(days, on_time)| FeedbackRecord {
                        letter_date: day + Duration::days(*days),
                        language: candidate.language,
                        files: vec![LetterFile {
                            path: format!("out/{id}.pdf"),
                            sha256: Some(hirekit_folder::sha256_hex(id.as_bytes())),
                        }],
                        on_time: *on_time,
                        reconnect_after: on_time.then(|| day + Duration::days(180)),
                        basis: None,
                    })
                    .collect(),
            };
            write(
                &dir.join(hirekit_folder::RECORD_FILE),
                &serde_saphyr::to_string(&history).expect("yaml"),
            );
        }
    }
}

proptest! {
    // Each case creates a database per backend: a few dozen cases are enough to meet the
    // awkward values (quotes, `#`, `: `, accents, empty lists, missing options).
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn import_then_export_is_the_identity(specs in prop::collection::vec(candidate(), 0..6)) {
        let work = tempfile::tempdir().expect("a folder");
        let root = work.path().join("hiring");
        write_folder(&root, &specs);
        let original = open_folder(&root);
        prop_assert_eq!(original.candidates.len(), specs.len());
        for db in backends::all() {
            let (store, _) = hirekit_store::Store::open(&db.url, Path::new("")).expect("opens");
            store.import(&original).expect("imports");
            let exported = work.path().join(format!("exported-{}", db.name));
            store.export(&exported).expect("exports");
            assert_same_data(&original, &open_folder(&exported));
        }
    }
}
