//! `hirekit cost`: what a mis-hire costs, from a file or from three numbers on the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use hirekit_cost::render::pdf;
use hirekit_cost::{CostInput, Language, MisHireCost, Options, Route};

use crate::output::{self, Format};

/// Estimate what a mis-hire costs under Dutch employment law
///
/// Every amount is shown with its formula, every default with its source. Inputs given as ranges
/// `{low, expected, high}` add P10/P50/P90 from a seeded Monte Carlo. Exit status 1 when the input
/// has errors (each printed as `path:line:column`).
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    hirekit cost examples/hiring/cost/senior-backend-mis-hire.yaml\n  \
    hirekit cost examples/hiring/cost/senior-backend-mis-hire.yaml --scenarios --lang nl\n  \
    hirekit cost examples/hiring/cost/senior-backend-mis-hire.yaml --format json\n  \
    hirekit cost examples/hiring/cost/senior-backend-mis-hire.yaml --scenarios --pdf out/cost.pdf\n  \
    hirekit cost --salary 5500 --exit-month 6 --route mutual_agreement")]
pub struct Args {
    /// The input file (YAML); leave it out for a quick estimate with --salary, --exit-month, --route
    #[arg(required_unless_present = "salary", conflicts_with = "salary")]
    file: Option<PathBuf>,
    /// How to print the report
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Also compare this case with deciding at the end of probation, at month 6 and at month 12
    #[arg(long)]
    scenarios: bool,
    /// Language of the report
    #[arg(long, value_enum, default_value = "en")]
    lang: LanguageArg,
    /// Monte Carlo samples when inputs are ranges (at most 1,000,000: percentiles settle long
    /// before, and the run stays within seconds even with --scenarios)
    #[arg(long, default_value_t = hirekit_cost::DEFAULT_SAMPLES as u64,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    samples: u64,
    /// Seed of the Monte Carlo: the same seed gives the same percentiles
    #[arg(long, default_value_t = hirekit_cost::DEFAULT_SEED)]
    seed: u64,
    /// Quick estimate: gross monthly salary in euros, without holiday allowance
    #[arg(long, requires_all = ["exit_month", "route"], allow_negative_numbers = true)]
    salary: Option<f64>,
    /// Quick estimate: the month of the decision (notice, settlement or procedure follow it)
    #[arg(long, requires = "salary", allow_negative_numbers = true)]
    exit_month: Option<f64>,
    /// Quick estimate: how the employment ends
    #[arg(long, value_enum, requires = "salary")]
    route: Option<RouteArg>,
    /// Write the report as a PDF (A4) to FILE instead of printing it
    #[arg(long, value_name = "FILE")]
    pdf: Option<PathBuf>,
    /// The date the PDF is made on, for reproducible files (YYYY-MM-DD; default: now)
    #[arg(long, value_name = "DATE", requires = "pdf", value_parser = super::date_arg)]
    today: Option<NaiveDate>,
    /// Replace the PDF file if it exists
    #[arg(long, requires = "pdf")]
    force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LanguageArg {
    Nl,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
enum RouteArg {
    Probation,
    FixedTermEnd,
    MutualAgreement,
    Uwv,
    Court,
    Resignation,
}

impl From<RouteArg> for Route {
    fn from(route: RouteArg) -> Route {
        match route {
            RouteArg::Probation => Route::Probation,
            RouteArg::FixedTermEnd => Route::FixedTermEnd,
            RouteArg::MutualAgreement => Route::MutualAgreement,
            RouteArg::Uwv => Route::Uwv,
            RouteArg::Court => Route::Court,
            RouteArg::Resignation => Route::Resignation,
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let language = match args.lang {
        LanguageArg::Nl => Language::Nl,
        LanguageArg::En => Language::En,
    };
    let options = Options {
        samples: usize::try_from(args.samples).unwrap_or(hirekit_cost::DEFAULT_SAMPLES),
        seed: args.seed,
        scenarios: args.scenarios,
    };

    let input = match (&args.file, args.salary, args.exit_month, args.route) {
        (Some(path), ..) => {
            let bytes = output::read_file(path, None)?;
            match hirekit_cost::load(path, &bytes) {
                Ok(loaded) => {
                    output::print_diagnostics(&loaded.warnings);
                    loaded.input
                }
                Err(diagnostics) => {
                    output::print_diagnostics(&diagnostics);
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
        (None, Some(salary), Some(month), Some(route)) => {
            let input = CostInput::new(salary, month, route.into());
            let problems = hirekit_cost::check(&input);
            output::note(&hirekit_cost::render::quick_problems(&problems));
            if hirekit_cost::has_errors(&problems) {
                return Ok(ExitCode::FAILURE);
            }
            input
        }
        // clap requires a file or all three quick-form flags.
        _ => anyhow::bail!("give an input file, or --salary, --exit-month and --route"),
    };

    let cost = match hirekit_cost::estimate(&input, &options) {
        Ok(cost) => cost,
        Err(problems) => {
            // `load` and `check` ran the same checks, so this is only reached if they disagree.
            output::note(&hirekit_cost::render::quick_problems(&problems));
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Some(path) = &args.pdf {
        return write_pdf(&cost, &args, path, language);
    }
    output::print(&render(&cost, args.format, language)?);
    Ok(ExitCode::SUCCESS)
}

/// Writes the report as a PDF; the company of the hiring folder the input file lies in (or the
/// current folder, for a quick estimate) heads every page and is the document's author.
fn write_pdf(
    cost: &MisHireCost,
    args: &Args,
    path: &Path,
    language: Language,
) -> anyhow::Result<ExitCode> {
    if path.exists() && !args.force {
        anyhow::bail!(
            "{} already exists; use --force to replace it",
            path.display()
        );
    }
    // Relative first, so that a problem in hirekit.yaml is shown with the path as the user
    // would type it; then absolute, to find a folder above the current one.
    let start = args
        .file
        .as_deref()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let here = std::env::current_dir().context("cannot read the current folder")?;
    let root =
        hirekit_folder::find_root(start).or_else(|| hirekit_folder::find_root(&here.join(start)));
    let company = match root {
        Some(root) => {
            let file = root.join(hirekit_folder::PROFILE_FILE);
            let bytes = output::read_file(&file, None)?;
            match hirekit_yaml::read::<hirekit_folder::Profile>(&file, &bytes) {
                Ok((profile, _)) => Some(profile.company),
                Err(problems) => {
                    output::print_diagnostics(&problems);
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
        None => None,
    };
    let producer = format!("hirekit {}", env!("CARGO_PKG_VERSION"));
    let date = output::document_date(args.today);
    let bytes =
        pdf::document(cost, company.as_deref(), language, &producer, date).with_context(|| {
            format!(
                "cannot lay out the cost report as PDF for {}",
                path.display()
            )
        })?;
    output::write_atomic(path, &bytes, args.force)?;
    output::print(&format!("{}\n", path.display()));
    Ok(ExitCode::SUCCESS)
}

fn render(cost: &MisHireCost, format: Format, language: Language) -> anyhow::Result<String> {
    Ok(match format {
        Format::Table => hirekit_cost::render::table(cost, language),
        Format::Markdown => hirekit_cost::render::markdown(cost, language),
        Format::Json => {
            let mut text =
                serde_json::to_string_pretty(&hirekit_cost::render::json(cost, language))?;
            text.push('\n');
            text
        }
    })
}
