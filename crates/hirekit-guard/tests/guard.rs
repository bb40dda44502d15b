//! The guard on real letters: kind, correct letters pass clean; every ground fires.

use hirekit_guard::{Finding, Ground, Guard, Kind, Language, Severity};

/// Correct rejection letters, written the way a careful recruiter writes them, full of words a
/// careless list would trip over: ervaring, team, ontwikkeling, gezondheidszorg, accenten leggen,
/// partnerbedrijf, uiterlijk (at the latest), cloud-native, race condition, health checks,
/// handshake, Kind regards, Christiansen, an older version, a criterion's weight.
const CLEAN: &[(&str, Language, &str)] = &[
    (
        "nl/01",
        Language::Nl,
        include_str!("letters/nl/01-must-have.txt"),
    ),
    (
        "nl/02",
        Language::Nl,
        include_str!("letters/nl/02-near-miss.txt"),
    ),
    (
        "nl/03",
        Language::Nl,
        include_str!("letters/nl/03-other-candidate.txt"),
    ),
    (
        "nl/04",
        Language::Nl,
        include_str!("letters/nl/04-three-strengths.txt"),
    ),
    (
        "nl/05",
        Language::Nl,
        include_str!("letters/nl/05-short-formal.txt"),
    ),
    (
        "nl/06",
        Language::Nl,
        include_str!("letters/nl/06-talent-pool.txt"),
    ),
    (
        "en/01",
        Language::En,
        include_str!("letters/en/01-must-have.txt"),
    ),
    (
        "en/02",
        Language::En,
        include_str!("letters/en/02-near-miss.txt"),
    ),
    (
        "en/03",
        Language::En,
        include_str!("letters/en/03-other-candidate.txt"),
    ),
    (
        "en/04",
        Language::En,
        include_str!("letters/en/04-three-strengths.txt"),
    ),
    (
        "en/05",
        Language::En,
        include_str!("letters/en/05-short-formal.txt"),
    ),
    (
        "en/06",
        Language::En,
        include_str!("letters/en/06-talent-pool.txt"),
    ),
];

fn shown(findings: &[Finding]) -> String {
    findings.iter().map(|f| format!("{f}\n")).collect()
}

fn check(text: &str, language: Language) -> Vec<Finding> {
    Guard::builtin().check_text(text, language)
}

#[test]
fn correct_letters_pass_clean() {
    for (name, language, letter) in CLEAN {
        let findings = check(letter, *language);
        assert!(
            findings.is_empty(),
            "{name} should pass clean:\n{}",
            shown(&findings)
        );
        assert_eq!(
            hirekit_guard::guess_language(letter),
            Some(*language),
            "{name}: language guess"
        );
        assert!(
            Guard::builtin().check_text_guessing(letter).is_empty(),
            "{name}: guessing"
        );
    }
}

#[test]
fn correct_letters_pass_clean_against_the_other_list_too() {
    // When the language cannot be guessed both lists run; a letter must not trip the other one.
    for (name, language, letter) in CLEAN {
        let other = if *language == Language::Nl {
            Language::En
        } else {
            Language::Nl
        };
        let findings = check(letter, other);
        assert!(
            findings.is_empty(),
            "{name} against the {other} list:\n{}",
            shown(&findings)
        );
    }
}

/// Asserts exactly one error finding with `ground` whose phrase is `phrase`.
#[track_caller]
fn fires(language: Language, text: &str, ground: Ground, phrase: &str) {
    let findings = check(text, language);
    let hit = findings.iter().find(|f| f.phrase == phrase);
    match hit {
        Some(f) => {
            assert_eq!(f.severity, Severity::Error, "{text}: {f}");
            assert_eq!(f.ground, Some(ground), "{text}: {f}");
        }
        None => panic!(
            "{text}: expected “{phrase}” ({ground}), found:\n{}",
            shown(&findings)
        ),
    }
}

#[test]
fn the_examples_of_the_issue_fire() {
    use Ground::{Age, Pregnancy, Proxy, Religion};
    use Language::*;
    fires(Nl, "Helaas ben je te oud voor deze rol.", Age, "te oud");
    fires(
        Nl,
        "We zijn een jong en dynamisch team.",
        Age,
        "jong en dynamisch",
    );
    fires(Nl, "U bent overgekwalificeerd.", Age, "overgekwalificeerd");
    fires(
        Nl,
        "We zoeken een moedertaalspreker.",
        Ground::Language,
        "moedertaalspreker",
    );
    fires(
        Nl,
        "Uw hoofddoek paste niet bij de klant.",
        Religion,
        "hoofddoek",
    );
    fires(Nl, "Omdat u zwanger bent, ...", Pregnancy, "zwanger");
    fires(En, "Sadly you are too old for this role.", Age, "too old");
    fires(
        En,
        "We need a native speaker.",
        Ground::Language,
        "native speaker",
    );
    fires(En, "It was about cultural fit.", Proxy, "cultural fit");
}

#[test]
fn every_ground_fires_in_dutch() {
    use Ground::{
        Age, CivilStatus, ContractType, Disability, Family, Health, Nationality, Origin,
        PoliticalOpinion, Pregnancy, Proxy, Religion, Sex, SexualOrientation, WorkingHours,
    };
    let cases = [
        (
            "Past niet bij de leeftijdsopbouw van het team.",
            Age,
            "leeftijdsopbouw",
        ),
        (
            "We zochten een iets jongere kandidaat.",
            Age,
            "iets jongere",
        ),
        ("Maximaal 5 jaar ervaring.", Age, "Maximaal 5 jaar ervaring"),
        ("Je bent bijna met pensioen.", Age, "met pensioen"),
        ("Uw migratieachtergrond", Origin, "migratieachtergrond"),
        ("een buitenlandse naam", Origin, "buitenlandse naam"),
        ("Uw nationaliteit", Nationality, "nationaliteit"),
        ("u bent geen Nederlander", Nationality, "geen Nederlander"),
        ("uw zware accent", Ground::Language, "accent"),
        (
            "gebrekkig Nederlands",
            Ground::Language,
            "gebrekkig Nederlands",
        ),
        ("de ramadan", Religion, "ramadan"),
        ("u wilde geen handen schudden", Religion, "handen schudden"),
        ("een vrouwelijke kandidaat", Sex, "vrouwelijke"),
        ("ze was te emotioneel", Sex, "te emotioneel"),
        ("Uw kinderwens", Pregnancy, "kinderwens"),
        ("zwangerschapsverlof", Pregnancy, "zwangerschapsverlof"),
        ("met jonge kinderen", Family, "jonge kinderen"),
        (
            "de combinatie werk en zorg",
            Family,
            "combinatie werk en zorg",
        ),
        ("uw ziekteverzuim", Health, "ziekteverzuim"),
        ("na een burn-out", Health, "burn-out"),
        ("een rolstoel", Disability, "rolstoel"),
        ("uw functiebeperking", Disability, "functiebeperking"),
        (
            "uw seksuele geaardheid",
            SexualOrientation,
            "seksuele geaardheid",
        ),
        ("getrouwd en twee", CivilStatus, "getrouwd"),
        ("uw partner werkt ook hier", CivilStatus, "uw partner"),
        (
            "uw politieke voorkeur",
            PoliticalOpinion,
            "politieke voorkeur",
        ),
        ("lid van de vakbond", PoliticalOpinion, "vakbond"),
        ("u wilde parttime werken", WorkingHours, "parttime"),
        ("u wilde 32 uur werken", WorkingHours, "32 uur"),
        (
            "u wilde een tijdelijk contract",
            ContractType,
            "tijdelijk contract",
        ),
        ("het klikte niet", Proxy, "klikte niet"),
        (
            "u past niet goed in ons team",
            Proxy,
            "past niet goed in ons team",
        ),
        ("uw uitstraling", Proxy, "uw uitstraling"),
        ("u was erg zenuwachtig", Proxy, "zenuwachtig"),
        ("een gat in uw cv", Proxy, "gat in uw cv"),
    ];
    for (text, ground, phrase) in cases {
        fires(Language::Nl, text, ground, phrase);
    }
}

#[test]
fn every_ground_fires_in_english() {
    use Ground::{
        Age, CivilStatus, ContractType, Disability, Family, Health, Nationality, Origin,
        PoliticalOpinion, Pregnancy, Proxy, Religion, Sex, SexualOrientation, WorkingHours,
    };
    let cases = [
        ("we wanted someone younger", Age, "someone younger"),
        ("a young and dynamic team", Age, "young and dynamic"),
        ("you are overqualified", Age, "overqualified"),
        (
            "a maximum of 10 years of experience",
            Age,
            "maximum of 10 years of experience",
        ),
        ("your ethnic background", Origin, "ethnic background"),
        ("your nationality", Nationality, "nationality"),
        ("your accent was strong", Ground::Language, "accent"),
        (
            "English is not your first language",
            Ground::Language,
            "not your first language",
        ),
        ("your headscarf", Religion, "headscarf"),
        ("prayer breaks", Religion, "prayer breaks"),
        ("a female candidate", Sex, "female"),
        ("too aggressive in the debate", Sex, "too aggressive"),
        ("she is pregnant", Pregnancy, "pregnant"),
        (
            "planning to start a family",
            Pregnancy,
            "planning to start a family",
        ),
        (
            "your caring responsibilities",
            Family,
            "caring responsibilities",
        ),
        ("a single mother", Family, "single mother"),
        ("your sick leave history", Health, "sick leave"),
        ("your mental health", Health, "mental health"),
        ("your wheelchair", Disability, "wheelchair"),
        ("he is autistic", Disability, "autistic"),
        ("she is gay", SexualOrientation, "gay"),
        ("you are married", CivilStatus, "married"),
        ("your political views", PoliticalOpinion, "political views"),
        ("union membership", PoliticalOpinion, "union membership"),
        ("you want to work part-time", WorkingHours, "part-time"),
        ("only 4 days a week", WorkingHours, "4 days a week"),
        (
            "you asked for a permanent contract",
            ContractType,
            "permanent contract",
        ),
        ("we didn't click", Proxy, "didn't click"),
        ("not a culture fit", Proxy, "culture fit"),
        ("you seemed nervous", Proxy, "nervous"),
        ("poor eye contact", Proxy, "eye contact"),
        ("a gap in your CV", Proxy, "gap in your CV"),
    ];
    for (text, ground, phrase) in cases {
        fires(Language::En, text, ground, phrase);
    }
}

#[test]
fn matching_follows_case_inflection_line_breaks_and_compounds() {
    use Ground::{Age, Pregnancy, Religion, WorkingHours};
    use Language::*;
    fires(Nl, "TE OUD", Age, "TE OUD");
    fires(Nl, "een te oude kandidaat", Age, "te oude");
    fires(
        Nl,
        "een jonge en dynamische\n   omgeving",
        Age,
        "jonge en dynamische",
    );
    fires(Nl, "uw zwangere collega", Pregnancy, "zwangere");
    fires(Nl, "hoogzwanger", Pregnancy, "hoogzwanger");
    fires(Nl, "uw hoofddoekje", Religion, "hoofddoekje");
    fires(Nl, "de pensioenleeftijd", Age, "pensioenleeftijd");
    fires(Nl, "zwan\u{AD}ger", Pregnancy, "zwanger");
    fires(En, "she was pregnant", Pregnancy, "pregnant");
    fires(En, "she was praying", Religion, "praying");
    fires(En, "native\nspeakers", Ground::Language, "native speakers");
    fires(En, "PART TIME", WorkingHours, "PART TIME");
}

#[test]
fn ordinary_words_that_look_alike_do_not_fire() {
    let nl = [
        "De technische opdracht liet zien dat je ervaring hebt met software voor de gezondheidszorg.",
        "Het accent lag op testen; we leggen de accenten in deze rol anders.",
        "We werken samen met een partnerbedrijf; een van ons belt je.",
        "Laat het ons uiterlijk vrijdag weten.",
        "Je technische achtergrond in cloud-native systemen is sterk.",
        "De beperkingen van de bestaande API benoemde je helder.",
        "Ervaring met pensioenadministratie en ziekenhuissoftware.",
        "Je migreerde een te oude versie van Spring en een oudere versie van Java.",
        "Dit criterium had het zwaarste gewicht; dat was een dikke voldoende.",
        "De ontwikkeling van het team en je eigen groei.",
        "Er zijn geen vragen meer; we reageren binnen 24 uur.",
        "Dames en heren,",
        "Te weinig ervaring met Kubernetes voor deze rol.",
        "Je bouwde eerder leerapps voor kinderen en een diabetes-app.",
        "Je toonde geloof in eigen kunnen; de uitstraling van je portfolio was verzorgd.",
        "De nieuwe generatie van ons platform; fijn om te ervaren hoe je dat aanpakte.",
        "We kregen de indruk dat je de opdracht goed begreep.",
    ];
    for text in nl {
        let findings = check(text, Language::Nl);
        assert!(findings.is_empty(), "{text}\n{}", shown(&findings));
    }
    let en = [
        "Kind regards,",
        "You found a race condition in the worker pool.",
        "Your health checks and the TLS handshake were right.",
        "Single sign-on, cloud-native monitoring and an older version of Node.",
        "We plan to retire the legacy system; one of us will call you.",
        "Lars Christiansen and Emma Churchill interviewed you.",
        "This criterion carries the highest weight.",
        "The appearance of the dashboard was polished.",
        "Apache Spark and a cost breakdown.",
        "Not enough experience with Terraform for this role.",
        "Ladies and gentlemen,",
        "The accent on testing was right.",
        "You built learning apps for children and handled accented characters in names well.",
        "Your eID integration and the new generation of our platform.",
        "We got the impression that you understood the assignment.",
    ];
    for text in en {
        let findings = check(text, Language::En);
        assert!(findings.is_empty(), "{text}\n{}", shown(&findings));
    }
}

#[test]
fn vague_phrases_warn_with_an_alternative() {
    for (language, text, phrase) in [
        (
            Language::Nl,
            "Je bent niet technisch genoeg.",
            "niet technisch genoeg",
        ),
        (
            Language::Nl,
            "Het was geen goede match.",
            "geen goede match",
        ),
        (Language::En, "You were not a good fit.", "not a good fit"),
        (
            Language::En,
            "We chose a stronger candidate.",
            "stronger candidate",
        ),
    ] {
        let findings = check(text, language);
        assert_eq!(findings.len(), 1, "{text}\n{}", shown(&findings));
        let f = &findings[0];
        assert_eq!(
            (f.severity, f.kind, f.ground),
            (Severity::Warning, Kind::Vague, None)
        );
        assert_eq!(f.phrase, phrase);
        assert!(
            f.hint(language).is_some_and(|h| h.contains('[')),
            "the alternative shows what to fill in"
        );
    }
}

#[test]
fn an_error_wins_over_an_overlapping_warning() {
    let findings = check("Geen goed gevoel bij je, geen klik.", Language::Nl);
    let phrases: Vec<_> = findings
        .iter()
        .map(|f| (f.phrase.as_str(), f.severity))
        .collect();
    assert_eq!(
        phrases,
        [
            ("Geen goed gevoel bij je", Severity::Error),
            ("geen klik", Severity::Error)
        ]
    );
}

#[test]
fn placeholders_are_errors_with_their_place() {
    let letter = "Beste [naam],\n\nDank voor het gesprek op {{ datum }}.\nTODO: sterke punten\n";
    let findings = check(letter, Language::Nl);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.kind, f.phrase.as_str(), f.line, f.column))
        .collect();
    assert_eq!(
        found,
        [
            (Kind::Placeholder, "[naam]", 1, 7),
            (Kind::Placeholder, "{{ datum }}", 3, 26),
            (Kind::Placeholder, "TODO", 4, 1),
        ]
    );
    assert!(findings.iter().all(Finding::is_error));
}

#[test]
fn sections_report_empty_ones_and_locate_within_their_section() {
    let sections = [
        ("thanks", "Dank voor het gesprek."),
        ("strengths", "  \n "),
        ("gaps", "De rol vraagt ervaring met Go.\nU bent te oud."),
    ];
    let findings = Guard::builtin().check_sections(&sections, Language::Nl);
    assert_eq!(findings.len(), 2, "{}", shown(&findings));
    assert_eq!(
        (findings[0].kind, findings[0].section.as_deref()),
        (Kind::EmptySection, Some("strengths"))
    );
    assert_eq!(
        findings[0].message(Language::Nl),
        format!("lege sectie “strengths”: {}", findings[0].why.nl)
    );
    assert_eq!(
        (
            findings[1].section.as_deref(),
            findings[1].line,
            findings[1].column
        ),
        (Some("gaps"), 2, 8)
    );
    assert_eq!(
        findings[1].to_string().lines().next(),
        Some(
            format!(
                "gaps:2:8: fout: “te oud” — leeftijd (WGBL): {}",
                findings[1].why.nl
            )
            .as_str()
        )
    );
    let empty = Guard::builtin().check_text(" \n", Language::En);
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].kind, Kind::EmptyLetter);
}

#[test]
fn findings_explain_themselves_in_both_languages() {
    let findings = check("Wij zoeken een native speaker.", Language::Nl);
    let f = &findings[0];
    let nl = f.display(Language::Nl).to_string();
    let en = f.display(Language::En).to_string();
    assert!(
        nl.starts_with("1:16: fout: “native speaker” — moedertaal of accent (AWGB): "),
        "{nl}"
    );
    assert!(
        nl.contains("CRM 2022-55") && en.contains("CRM 2022-55"),
        "the CRM opinion is cited"
    );
    assert!(
        en.starts_with("1:16: error: “native speaker” — mother tongue or accent (AWGB): "),
        "{en}"
    );
    assert!(nl.contains("\n  = tip: ") && en.contains("\n  = hint: "));
}

#[test]
fn unknown_language_checks_both_lists() {
    let findings = Guard::builtin().check_text_guessing("Kubernetes, zwanger, pregnant");
    let phrases: Vec<_> = findings
        .iter()
        .map(|f| (f.phrase.as_str(), f.language))
        .collect();
    assert_eq!(
        phrases,
        [("zwanger", Language::Nl), ("pregnant", Language::En)]
    );
}

/// Each disguise, with the phrase as the finding shows it (the original text, whitespace
/// collapsed) and its line and column in the original.
#[test]
fn disguises_are_seen_through_and_located_in_the_original() {
    use Ground::{Age, Pregnancy, Religion};
    let cases: [(&str, Ground, &str, usize, usize); 10] = [
        // A phrase written letter by letter, two spaces between its words.
        (
            "Wij zoeken een j o n g e  h o n d.",
            Age,
            "j o n g e h o n d",
            1,
            16,
        ),
        // Fullwidth letters (NFKC/NFKD compatibility forms).
        ("Beste Sam,\nU bent ｔｅ ｏｕｄ.", Age, "ｔｅ ｏｕｄ", 2, 8),
        // The ligature "ﬁ" inside "ﬁfty".
        ("We want no one over ﬁfty.", Age, "one over ﬁfty", 1, 12),
        // Cyrillic о and Greek ο in Latin words.
        (
            "You are t\u{43E}\u{3BF} \u{43E}ld for us.",
            Age,
            "t\u{43E}\u{3BF} \u{43E}ld",
            1,
            9,
        ),
        // A combining mark inside a word.
        ("Ze is zwa\u{301}nger.", Pregnancy, "zwa\u{301}nger", 1, 7),
        // A zero-width space splitting a word.
        ("Uw hoofd\u{200B}doek.", Religion, "hoofddoek", 1, 4),
        // A phrase over a line break and a word hyphenated over one.
        (
            "Wij zoeken iemand tussen de\n25 en 35 jaar.",
            Age,
            "tussen de 25 en 35 jaar",
            1,
            19,
        ),
        (
            "Dat past niet bij de leef-\n  tijdsopbouw van het team.",
            Age,
            "leef- tijdsopbouw",
            1,
            22,
        ),
        // An English phrase in a Dutch letter.
        (
            "Beste Sam,\n\nWe zochten eigenlijk someone younger.",
            Age,
            "someone younger",
            3,
            22,
        ),
        // Numbers of every size, as words.
        (
            "Kandidaten ouder dan vijfenveertig passen niet.",
            Age,
            "ouder dan vijfenveertig",
            1,
            12,
        ),
    ];
    for (text, ground, phrase, line, column) in cases {
        let findings = check(text, Language::Nl);
        let hit = findings
            .iter()
            .find(|f| f.kind == Kind::Protected)
            .unwrap_or_else(|| panic!("{text:?}: nothing found"));
        assert_eq!(
            (hit.ground, hit.phrase.as_str(), hit.line, hit.column),
            (Some(ground), phrase, line, column),
            "{text:?}"
        );
        assert!(hit.is_error());
    }
}

#[test]
fn bidi_overrides_and_zero_width_characters_are_reported() {
    let text = "Beste Sam,\nDank je.\u{202E} Tot ziens\u{200B}\u{200B}!";
    let findings = check(text, Language::Nl);
    let found: Vec<_> = findings
        .iter()
        .map(|f| (f.kind, f.severity, f.phrase.as_str(), f.line, f.column))
        .collect();
    assert_eq!(
        found,
        [
            (Kind::Hidden, Severity::Error, "U+202E", 2, 9),
            (Kind::Hidden, Severity::Error, "U+200B U+200B", 2, 20),
        ]
    );
    assert_eq!(
        findings[0].display(Language::En).to_string().lines().next(),
        Some(
            "2:9: error: “U+202E” — hidden character: the text holds an invisible character: a bidirectional override that reverses the order in which letters are shown, or a zero-width character that splits a word invisibly. A letter never needs them, and they can hide what the text really says."
        )
    );
}

#[test]
fn placeholders_from_real_templates_are_errors() {
    let letter = "Dear ,\n\nThank you for applying to (Company Name) for the position of ________.\nBeste {$naam}, <<name>> and %NAME% were never filled in.\n";
    let found: Vec<_> = check(letter, Language::En)
        .into_iter()
        .map(|f| (f.kind, f.phrase, f.line, f.column))
        .collect();
    let placeholder =
        |phrase: &str, line, column| (Kind::Placeholder, phrase.to_owned(), line, column);
    assert_eq!(
        found,
        [
            placeholder("Dear ,", 1, 1),
            placeholder("(Company Name)", 3, 27),
            placeholder("________", 3, 62),
            placeholder("{$naam}", 4, 7),
            placeholder("<<name>>", 4, 16),
            placeholder("%NAME%", 4, 29),
        ]
    );
}

#[test]
fn courtesy_about_future_openings_does_not_warn() {
    for text in [
        "We hope you will consider a position that may be a better fit for you in the future.",
        "We will keep your details for roles that might be a better fit for your skills.",
        "We hope a role that may fit you better comes up later.",
        "Wij hopen dat er later een functie vrijkomt die beter bij u past.",
    ] {
        let findings = check(text, Language::En);
        assert!(findings.is_empty(), "{text}\n{}", shown(&findings));
    }
    let findings = check("Another candidate was a better fit.", Language::En);
    assert_eq!(findings.len(), 1, "a vague reason still warns");
    assert_eq!(findings[0].severity, Severity::Warning);
}

/// Words with an everyday meaning in a letter: the ground lexicons flag them about a person and
/// leave them alone in their ordinary sense. Each pair is a sentence that must be an error and
/// one that must draw nothing (docs/feedback.md, "Ground lexicons and context rules").
#[test]
fn context_rules_decide_words_with_an_everyday_meaning() {
    let pairs = [
        (
            "You asked for three days a week.",
            "The team works hybrid, three days a week on site.",
        ),
        (
            "Wij zochten een Duitse kandidaat.",
            "De rol vraagt Duits op niveau B2.",
        ),
        (
            "We had German applicants in mind.",
            "The role requires German at level B2.",
        ),
        (
            "Omdat u uit Polen komt, kiezen we iemand anders.",
            "Onze klanten uit Polen bellen vaak.",
        ),
        (
            "We only consider applicants from Nigeria.",
            "Our clients from India join the calls.",
        ),
        (
            "Uw diabetes speelde mee.",
            "Je bouwde een diabetes-app voor de huisarts.",
        ),
        (
            "Your church involvement worried us.",
            "Kind regards, the team at the Church Street office.",
        ),
        (
            "You would be retiring before the project ends.",
            "We will retire the legacy service next year.",
        ),
        (
            "U bent van een andere generatie.",
            "De nieuwe generatie van het platform draait in productie.",
        ),
        (
            "Het gaat om onze jonge doelgroep.",
            "Wij zijn een jong bedrijf met vijf ontwikkelaars.",
        ),
        (
            "Your family commitments may clash with travel.",
            "We are a family business with four engineers.",
        ),
        (
            "Verbal communication and hearing are requirements.",
            "We look forward to hearing from you.",
        ),
        (
            "U gaf aan vier dagen te willen werken.",
            "De functie is voor 36 uur per week.",
        ),
        (
            "Wij hebben begrip voor uw MS.",
            "Het gesprek was via MS Teams.",
        ),
        (
            "Een vijfenvijftigjarige past niet in het team.",
            "Het is een tweejarige opleiding.",
        ),
        (
            "Met uw zestig jaar zoeken wij iemand anders.",
            "Met uw tien jaar ervaring in Java sprak u ons aan.",
        ),
        (
            "We want someone with longevity in this role.",
            "We care about the longevity of the codebase.",
        ),
        (
            "You should plan to retire soon.",
            "We plan to retire the legacy API next quarter.",
        ),
        (
            "She sounds old on the phone.",
            "The approach sounds good to us.",
        ),
        (
            "The company prefers to hire men for this shift.",
            "We hire more men and women into engineering every year.",
        ),
        (
            "Judging by your build, the warehouse is not for you.",
            "Your build pipeline in the exercise was well structured.",
        ),
        (
            "Gezien uw lichaamsbouw zien wij u niet in het magazijn.",
            "Uw kracht ligt in het ontwerpen van API's.",
        ),
        (
            "You would be out for four months this summer.",
            "We will get back to you within two weeks.",
        ),
        (
            "U zou vier maanden uit de running zijn.",
            "U bent helaas niet meer in de running voor deze functie.",
        ),
        (
            "Wie past er op de kinderen als u moet reizen?",
            "Je bouwde leerapps voor kinderen.",
        ),
        (
            "Who looks after the children when you travel?",
            "You built a reading app for children.",
        ),
        (
            "Hoe regelt u de opvang na schooltijd?",
            "De opvang van piekbelasting in de cloud was een sterk punt.",
        ),
        (
            "Iemand met uw achtergrond past niet bij onze klanten.",
            "Mensen met uw achtergrond in data-engineering zijn schaars.",
        ),
        (
            "Someone with your background would not suit our customers.",
            "Someone with your background in finance brings a useful view.",
        ),
        (
            "We prefer a lighter-skinned host.",
            "We prefer a lighter design for the dashboard.",
        ),
        (
            "He doesn't look like our typical customer.",
            "It looks like our client has paused the project.",
        ),
        (
            "We only consider citizens for this post.",
            "You led our citizen developer programme well.",
        ),
        (
            "You were overheard speaking Tagalog during breaks.",
            "The role requires speaking Spanish with clients in Madrid.",
        ),
        (
            "We cannot provide an interpreter for you.",
            "Your experience as an interpreter in court impressed us.",
        ),
        (
            "Een tolk regelen is voor ons te duur.",
            "Uw ervaring als tolk bij de rechtbank sprak ons aan.",
        ),
        (
            "The work would not be safe for you.",
            "Your data is safe with us.",
        ),
        (
            "Het werk is niet veilig voor u.",
            "Uw gegevens zijn veilig bij ons.",
        ),
        (
            "Your work for conservative advocacy groups worried the panel.",
            "We took a conservative estimate of the effort.",
        ),
        (
            "We chose a full-time candidate over you.",
            "The position is full-time and based in Utrecht.",
        ),
        (
            "Klanten willen iemand die er Nederlands uitziet.",
            "Het ontwerp ziet er verzorgd uit.",
        ),
        (
            "He looks foreign to our customers.",
            "The plan looks good to us.",
        ),
        (
            "We only hire people born in this country.",
            "The product was born in our Utrecht office.",
        ),
    ];
    for (flagged, clean) in pairs {
        for language in Language::ALL {
            let found = check(flagged, language);
            assert!(
                found.iter().any(|f| f.severity == Severity::Error),
                "{flagged} ({language})\n{}",
                shown(&found)
            );
            let found = check(clean, language);
            assert!(found.is_empty(), "{clean} ({language})\n{}", shown(&found));
        }
    }
}

/// Coded wording without a ground word, by class: the person's time horizon, learning speed,
/// appearance and hair, religious practice by its days, food and drink, family planning, health
/// history, a name or an accent as a barrier. Each pair is a sentence of the class that must be
/// an error and an ordinary letter sentence with the same words that must draw nothing.
#[test]
fn class_rules_catch_coded_wording_and_leave_ordinary_sentences_alone() {
    let pairs = [
        // Age: time horizon and tenure.
        (
            "We need someone with a longer runway ahead of them.",
            "The project runway is six months.",
        ),
        (
            "We want someone who will stay with us for many years.",
            "We will keep your details for six months.",
        ),
        (
            "Wij willen iemand die nog een hele loopbaan voor zich heeft.",
            "Uw loopbaan in de logistiek gaf u een goed beeld van de klant.",
        ),
        (
            "Wij zochten iemand die nog lang bij ons blijft.",
            "Wij zochten iemand die de architectuur bij ons kan verbeteren.",
        ),
        (
            "We hebben gekozen voor iemand die nog aan het begin staat.",
            "Aan het begin van het gesprek stelde u goede vragen.",
        ),
        (
            "Hoeveel jaar wilt u nog werken?",
            "U heeft vijf jaar met Kotlin gewerkt.",
        ),
        (
            "How many years until you plan to stop working?",
            "How many years did you work with Kotlin?",
        ),
        // Age: learning speed, keeping up, being moulded, the team's average.
        (
            "Notes: sharp, but probably slower to learn.",
            "Notes: sharp, and quick to learn the codebase.",
        ),
        (
            "Notitie: leert vast trager dan de rest.",
            "Notitie: leert snel en stelt goede vragen.",
        ),
        (
            "We felt you would struggle to keep up with the pace of a startup.",
            "The team has to keep up with the pace of releases.",
        ),
        (
            "We zoeken iemand die nog gevormd kan worden.",
            "We zoeken iemand die het team mee kan vormen.",
        ),
        (
            "Ons team is gemiddeld 27, daar past u minder goed bij.",
            "Ons team is gemiddeld 6 mensen groot.",
        ),
        (
            "The average team member is 26.",
            "The average review takes 2 days.",
        ),
        (
            "We prefer candidates who graduated within the last five years.",
            "You graduated with a thesis on compilers.",
        ),
        // Appearance and hair.
        (
            "You did not look professional enough for client meetings.",
            "Your slides looked professional and clear.",
        ),
        (
            "We are looking for someone with a more polished look.",
            "We took a fresh look at your exercise.",
        ),
        (
            "Braids and cornrows are not allowed on the floor.",
            "The floor plan has room for six desks.",
        ),
        (
            "Your beard does not fit the image we want at the front desk.",
            "The Docker image you built was small and secure.",
        ),
        (
            "U zag er niet verzorgd genoeg uit.",
            "Het ontwerp zag er verzorgd uit.",
        ),
        (
            "Uw dreadlocks passen niet bij onze kledingvoorschriften.",
            "Uw voorstel past bij onze werkwijze.",
        ),
        // Religion: days, food and drink.
        (
            "You mentioned you cannot work on Saturdays.",
            "You asked whether the team works on Saturdays; it does not.",
        ),
        (
            "U gaf aan op zaterdag niet te kunnen werken.",
            "U vroeg of het team op zaterdag werkt; dat is niet zo.",
        ),
        (
            "U heeft op vrijdagmiddag vrij nodig.",
            "Laat ons voor vrijdagmiddag weten of u telefonisch feedback wilt.",
        ),
        (
            "You would need Friday afternoons off.",
            "Please let us know by Friday afternoon if you want feedback by phone.",
        ),
        (
            "You don't drink alcohol, which matters at client dinners.",
            "You don't need to prepare anything for the next round.",
        ),
        (
            "U eet geen varkensvlees, dat maakt de teamlunches lastig.",
            "De teamlunch is op donderdag.",
        ),
        // Family planning.
        (
            "Your biological clock was a concern for the team.",
            "The clock on the build server drifted.",
        ),
        (
            "We vreesden dat u snel zou gaan settelen.",
            "We vreesden dat de planning te krap zou worden.",
        ),
        (
            "De functie vraagt reizen, wat lastig is met een jong gezin.",
            "De functie vraagt reizen naar klanten in Gent.",
        ),
        // Health history.
        (
            "Your recent operation made us worry about the workload.",
            "Your recent operations work on the cluster impressed us.",
        ),
        (
            "Uw recente knieoperatie maakte ons bezorgd over de werkdruk.",
            "Je de operatie van de database uitleggen ging goed.",
        ),
        (
            "Your previous absences were a concern.",
            "In the absence of tests the review took longer.",
        ),
        (
            "Please fill in the health questionnaire before the interview.",
            "A medical is required for work at height, as the vacancy states.",
        ),
        (
            "Vult u de gezondheidsverklaring in voor het gesprek?",
            "Voor werken op hoogte is een keuring vereist, zoals de vacature vermeldt.",
        ),
        (
            "We hebben liever iemand met een schone medische voorgeschiedenis.",
            "U bouwde software voor medische hulpmiddelen.",
        ),
        (
            "We need someone who is physically fit.",
            "We need someone who is available for on-call weeks.",
        ),
        (
            "Wij zoeken iemand die fysiek fit is.",
            "Wij zoeken iemand die zelfstandig werkt.",
        ),
        // Classes after the second blind set: notes, gendered jobs, politics, inclusive
        // invitations, the job's own terms, the client group of a care job.
        (
            "Kandidaat is al 61; inwerken verdient zich niet terug.",
            "Kandidaat is 1 van de 3 finalisten.",
        ),
        (
            "We only put women on reception.",
            "We put the candidates on a shortlist.",
        ),
        (
            "Your views on immigration worried the board.",
            "Your views on the architecture were well argued.",
        ),
        (
            "We do not hire disabled applicants.",
            "We guarantee an interview to disabled applicants who meet the criteria.",
        ),
        (
            "Uw functiebeperking past niet bij de rol.",
            "Wij moedigen kandidaten met een functiebeperking aan te solliciteren.",
        ),
        (
            "We want young people in our team.",
            "Experience supporting young people in youth services is required.",
        ),
        (
            "We prefer not to hire part-time applicants.",
            "The role is open to both full-time and part-time applicants.",
        ),
        ("Ons team is erg Hollands.", "Uw Nederlands is erg goed."),
        (
            "He has a rainbow flag in his banner.",
            "The chart uses a rainbow colour scale.",
        ),
        (
            "Hij heeft een regenboogvlag in zijn banner.",
            "U legde uit hoe regenboogtabellen werken.",
        ),
        (
            "You didn't shake the interviewer's hand.",
            "The TLS handshake failed in your demo, which you fixed quickly.",
        ),
        (
            "We need someone without commitments at home.",
            "We need someone who commits to the on-call rota.",
        ),
        (
            "Wanneer bent u naar Nederland gekomen?",
            "Wanneer bent u naar ons kantoor gekomen?",
        ),
        // Ordinary praise and courtesy that share words with the classes above.
        (
            "Your ability to hear is a concern for the night shift.",
            "Your ability to communicate complex ideas stood out.",
        ),
        (
            "Who did you vote for in the last election?",
            "The panel voted for another candidate.",
        ),
        (
            "U bent al te ver in uw loopbaan voor deze rol.",
            "Veel succes verder in uw loopbaan.",
        ),
        (
            "Uw uitspraken over migratie maken u ongeschikt.",
            "Je berichten over de voortgang waren duidelijk.",
        ),
        (
            "The client doesn't want anyone from Eastern Europe.",
            "Our clients from Eastern Europe use the product daily.",
        ),
        // A name or an accent as a barrier.
        (
            "Your name might be hard for our clients.",
            "Your name will stay in our talent pool if you agree.",
        ),
        (
            "Uw naam kan voor klanten een drempel zijn.",
            "Uw naam blijft zes maanden in onze talentpool als u dat wilt.",
        ),
        (
            "Klanten haken af bij een onbekende naam.",
            "Klanten haken af bij een trage website.",
        ),
        (
            "Customers may find it hard to understand you on the phone.",
            "We found it hard to understand your design choice at first.",
        ),
        (
            "De klanten konden u slecht verstaan.",
            "De klanten konden u goed bereiken.",
        ),
        // Classes added after the third blind set's measurements.
        (
            "Kandidaten zijn minimaal 21 jaar.",
            "Kandidaten hebben minimaal 3 jaar ervaring met Go.",
        ),
        (
            "Off the record, the client wanted someone else.",
            "The record of the call is in the file.",
        ),
        (
            "The role needs both hands and both legs.",
            "Both teams liked your pull request.",
        ),
        (
            "Uw wens voor een jaarcontract weegt mee.",
            "Wij kunnen u geen jaarcontract bieden.",
        ),
        (
            "You are in a stable relationship, which matters.",
            "Stable releases ship monthly.",
        ),
        (
            "Hoe oud ben je eigenlijk?",
            "Hoe oud is de codebase eigenlijk?",
        ),
        (
            "Uw zwager werkt hier al, dat is lastig.",
            "Uw zaak over de API was helder.",
        ),
        (
            "Your maternity leave is a concern.",
            "The position is maternity cover until June.",
        ),
        (
            "Voor de buitenschoolse opvang van uw kinderen zijn wij niet flexibel.",
            "Voor de buitenschoolse opvang is dit certificaat niet nodig.",
        ),
        (
            "You are difficult to understand on calls.",
            "Romanian is required for this role.",
        ),
        (
            "We could not understand what you were saying on the call.",
            "I liked the way you talk about trade-offs.",
        ),
        (
            "You should be nicer to the client.",
            "It would have been nicer to see tests.",
        ),
        (
            "At your age you are slowing down.",
            "You found what was slowing down the queries.",
        ),
        (
            "We zoeken een starter, geen fitheid van een vijftiger.",
            "De vacature voor fitter staat nog open.",
        ),
    ];
    for (flagged, clean) in pairs {
        for language in Language::ALL {
            let found = check(flagged, language);
            assert!(
                found.iter().any(|f| f.severity == Severity::Error),
                "{flagged} ({language})\n{}",
                shown(&found)
            );
            let found = check(clean, language);
            assert!(found.is_empty(), "{clean} ({language})\n{}", shown(&found));
        }
    }
}

/// A sentence that lists grounds to say they do not count is template boilerplate; the same
/// grounds without such a word are still reasons.
#[test]
fn equal_opportunity_statements_are_not_reasons() {
    let statements = [
        "We consider every applicant regardless of religion, sexual orientation, disability or age.",
        "Wij selecteren ongeacht afkomst, geloof, handicap of seksuele geaardheid.",
    ];
    for text in statements {
        for language in Language::ALL {
            let found = check(text, language);
            assert!(found.is_empty(), "{text} ({language})\n{}", shown(&found));
        }
    }
    let reasons = [
        "Your religion, your disability and your age worried the client.",
        "Uw geloof, uw handicap en uw leeftijd wogen mee.",
        // Two grounds are not a list of grounds, whatever the sentence says.
        "Regardless of your age, your disability was the problem.",
    ];
    for text in reasons {
        let found = check(text, Language::En);
        let grounds: std::collections::BTreeSet<_> = found
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .filter_map(|f| f.ground)
            .collect();
        assert!(grounds.len() >= 2, "{text}\n{}", shown(&found));
    }
}

/// The class rules see through the same disguises as the rest of the lists, and the findings
/// point at the original text.
#[test]
fn class_rules_see_through_disguises() {
    use Ground::{Age, Health, Pregnancy, Proxy, Religion};
    let cases: [(&str, Ground, &str, usize, usize); 6] = [
        // Fullwidth letters.
        (
            "We need a ｌｏｎｇｅｒ runway.",
            Age,
            "ｌｏｎｇｅｒ runway",
            1,
            11,
        ),
        // Cyrillic а and е in "dreadlocks", and a combining mark in "keuring".
        (
            "Your dr\u{435}\u{430}dlocks.",
            Proxy,
            "dr\u{435}\u{430}dlocks",
            1,
            6,
        ),
        (
            "Uw medische voorgeschie\u{308}denis.",
            Health,
            "medische voorgeschie\u{308}denis",
            1,
            4,
        ),
        // A zero-width joiner and a soft hyphen inside a word.
        (
            "U eet geen varkens\u{200D}vlees.",
            Religion,
            "eet geen varkensvlees",
            1,
            3,
        ),
        (
            "Uw biologische k\u{AD}lok.",
            Pregnancy,
            "biologische klok",
            1,
            4,
        ),
        // A phrase over a line break, the [~] word included.
        (
            "Uw recente\nknieoperatie baarde zorgen.",
            Health,
            "Uw recente knieoperatie",
            1,
            1,
        ),
    ];
    for (text, ground, phrase, line, column) in cases {
        let findings = check(text, Language::Nl);
        let hit = findings
            .iter()
            .find(|f| f.kind == Kind::Protected)
            .unwrap_or_else(|| panic!("{text:?}: nothing found"));
        assert_eq!(
            (hit.ground, hit.phrase.as_str(), hit.line, hit.column),
            (Some(ground), phrase, line, column),
            "{text:?}"
        );
    }
}
