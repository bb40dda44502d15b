//! Renders the sample documents into a folder, to look at:
//!
//! ```text
//! cargo run -p hirekit-pdf --example samples -- out/pdf-samples
//! for f in out/pdf-samples/*.pdf; do pdftoppm -png -r 70 "$f" "${f%.pdf}"; done
//! ```

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: samples FOLDER");
        return ExitCode::from(2);
    };
    match run(&folder) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(folder: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    fs_err::create_dir_all(folder)?;
    let logo = fixtures::logo();
    let documents = [
        (
            "letter-nl",
            hirekit_pdf::render_letter(
                &fixtures::dutch_letter("Zoë van der Berg", Some(logo.clone())),
                &fixtures::metadata("Uw sollicitatie", "nl-NL"),
            )?,
        ),
        (
            "letter-en",
            hirekit_pdf::render_letter(
                &fixtures::english_letter(Some(logo)),
                &fixtures::metadata("Your application", "en-GB"),
            )?,
        ),
        (
            "kit",
            hirekit_pdf::render_report(
                &fixtures::kit_report(),
                &fixtures::metadata("Interviewkit", "nl-NL"),
            )?,
        ),
        (
            "cost",
            hirekit_pdf::render_report(
                &fixtures::cost_report(),
                &fixtures::metadata("Kosten van een verkeerde aanname", "nl-NL"),
            )?,
        ),
    ];
    for (name, bytes) in documents {
        let path = folder.join(format!("{name}.pdf"));
        fs_err::write(&path, &bytes)?;
        println!("{} ({} bytes)", path.display(), bytes.len());
    }
    Ok(())
}
