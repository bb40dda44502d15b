//! The scorecards shipped inside the binary, so `hirekit init` can copy one into a new hiring
//! folder wherever hirekit was installed: the repository's `scorecards/` is not there then.

/// One bundled scorecard: its id (also its file name) and its YAML text.
pub struct Bundled {
    pub id: &'static str,
    pub yaml: &'static str,
}

/// Every bundled scorecard, in the order `hirekit init` lists them.
pub const SCORECARDS: &[Bundled] = &[
    Bundled {
        id: "senior-backend-developer",
        yaml: include_str!("../scorecards/senior-backend-developer.yaml"),
    },
    Bundled {
        id: "frontend-developer",
        yaml: include_str!("../scorecards/frontend-developer.yaml"),
    },
    Bundled {
        id: "data-engineer",
        yaml: include_str!("../scorecards/data-engineer.yaml"),
    },
    Bundled {
        id: "devops-sre-engineer",
        yaml: include_str!("../scorecards/devops-sre-engineer.yaml"),
    },
    Bundled {
        id: "tech-lead-architect",
        yaml: include_str!("../scorecards/tech-lead-architect.yaml"),
    },
];

/// The bundled scorecard with `id`.
pub fn scorecard(id: &str) -> Option<&'static Bundled> {
    SCORECARDS.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bundled scorecard is valid and its id is the one it is listed under; and every
    /// scorecard in `scorecards/` is bundled.
    #[test]
    fn bundled_scorecards_are_the_repositorys_and_valid() {
        for bundled in SCORECARDS {
            let path = std::path::PathBuf::from(format!("{}.yaml", bundled.id));
            let loaded = match hirekit_scorecard::load(&path, bundled.yaml.as_bytes()) {
                Ok(loaded) => loaded,
                Err(problems) => panic!("{}: {problems:?}", bundled.id),
            };
            assert_eq!(loaded.scorecard.id, bundled.id);
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scorecards");
        let mut on_disk: Vec<String> = fs_err::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".yaml").map(str::to_owned)
            })
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = SCORECARDS.iter().map(|s| s.id.to_owned()).collect();
        bundled.sort();
        assert_eq!(bundled, on_disk);
    }
}
