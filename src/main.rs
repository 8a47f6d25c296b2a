//! The `broadsheet` command line: open the reader window, or export or explain a page
//! headlessly.

mod app;

use anyhow::{Context, Result};
use broadsheet::document::Document;
use broadsheet::export::{self, Format};
use broadsheet::open;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Broadsheet: read digitised newspaper pages as articles.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A page to open in the window (the built-in demo page when omitted).
    page: Option<PathBuf>,
    /// For a PDF or a METS issue: the page to open (1-based).
    #[arg(long = "page", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    page_number: u32,
    /// Render the window once, write it to this PNG file and exit.
    #[arg(long, value_name = "OUT.png")]
    screenshot: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Write the page's articles (headline, deck, byline, reflowed paragraphs).
    Export {
        /// The page: a PDF, a text file (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5), or a
        /// project (NAME.broadsheet.ron), whose corrections are applied.
        page: PathBuf,
        /// For a PDF or a METS issue: the page to read (1-based).
        #[arg(long = "page", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
        page_number: u32,
        /// Output format.
        #[arg(long, short, default_value = "json", value_parser = format_parser())]
        format: Format,
        /// Write here instead of standard output (never over the page itself).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Export the articles as the library segmented the page (a METS issue's logical
        /// structure map) instead of Broadsheet's detection.
        #[arg(long)]
        library: bool,
    },
    /// Score every page of a folder against its NAME.expected.json: one row a page and the
    /// means, beside the "every blank-line block is an article" baseline.
    Score {
        /// The folder: NAME.expected.json beside the page NAME.txt (or NAME.INPUT).
        dir: PathBuf,
        /// Which rendering of each page to read: txt, alto.xml, pdf.
        #[arg(long, default_value = "txt")]
        input: String,
        /// Print only the means.
        #[arg(long)]
        quiet: bool,
        /// Leave one newspaper out: score each title's pages with weights fitted on the other
        /// titles (and on the folders given with --with).
        #[arg(long)]
        lono: bool,
        /// With --lono: more folders of pages to fit on (never scored).
        #[arg(long = "with", value_name = "DIR")]
        with: Vec<PathBuf>,
    },
    /// Refit the evidence weights on pages with expected results (NAME.txt beside
    /// NAME.expected.json) and write them as RON (the file src/analyze/weights.ron ships).
    Fit {
        /// Folders of pages.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Write here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print the page with the decision taken at every line boundary and its rule.
    Explain {
        /// The page, or a project.
        page: PathBuf,
        /// For a PDF or a METS issue: the page to read (1-based).
        #[arg(long = "page", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
        page_number: u32,
    },
}

/// `--format`: the names in the library's one list of exporters.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = Format> {
    let names = export::EXPORTERS.iter().map(|e| PossibleValue::new(e.id()).aliases(e.aliases().iter().copied()));
    PossibleValuesParser::new(names).map(|id| Format::by_id(&id).unwrap_or(Format::Json))
}

fn load(path: &Path, page_number: u32) -> Result<Document> {
    Ok(open::open(path, page_number as usize - 1)?.doc)
}

/// Writes `bytes` to `out` atomically, never over a file the command reads.
fn write_output(out: &Path, bytes: &[u8], reads: &[&Path]) -> Result<()> {
    broadsheet::project::write_export(out, bytes, reads).with_context(|| format!("cannot write {}", out.display()))
}

fn run(cli: Cli, started: std::time::Instant) -> Result<()> {
    let Some(command) = cli.command else {
        if let Some(page) = &cli.page {
            // Fail early and plainly, before a window opens, when the page cannot be read.
            std::fs::metadata(page).with_context(|| format!("cannot read {}", page.display()))?;
        }
        return app::run(cli.page, cli.page_number as usize - 1, cli.screenshot, started);
    };
    match command {
        Command::Export { page, page_number, format, output, library } => {
            let mut opened = open::open(&page, page_number as usize - 1)?;
            if library {
                let edit = broadsheet::edit::Edit::UseLibrary;
                match edit.compile(&opened.doc) {
                    Ok(patch) => {
                        opened.doc.apply_patch(&patch);
                    }
                    Err(broadsheet::edit::EditError::Nothing) => {}
                    Err(e) => anyhow::bail!("cannot export the library's articles of {}: {e}", page.display()),
                }
            }
            let bytes = export::render_bytes(&opened.doc, format, None);
            match output {
                // Never over the file named, nor the page a project names.
                Some(out) => write_output(&out, &bytes, &[&page, &opened.page_path]),
                None => std::io::stdout().write_all(&bytes).context("cannot write to standard output"),
            }
        }
        Command::Score { dir, lono: true, with, quiet, input } => {
            if !broadsheet::learn::INPUTS.contains(&input.as_str()) {
                anyhow::bail!("--lono reads {}, not {input}", broadsheet::learn::INPUTS.join(" or "));
            }
            let mut dirs = vec![dir.clone()];
            dirs.extend(with);
            let all = broadsheet::learn::examples(&dirs).context("cannot read the pages")?;
            let in_dir = |e: &&broadsheet::learn::Example| dir.join(format!("{}.{}", e.name, e.input)).exists();
            let tested: Vec<&broadsheet::learn::Example> =
                all.iter().filter(|e| e.input == input).filter(in_dir).collect();
            let (board, _) = broadsheet::learn::leave_one_out(&all, &tested);
            let mut out = if quiet { String::new() } else { board.table() };
            out.push_str(&board.summary());
            out.push('\n');
            std::io::stdout().write_all(out.as_bytes()).context("cannot write to standard output")
        }
        Command::Fit { dirs, output } => {
            let all = broadsheet::learn::examples(&dirs).context("cannot read the pages")?;
            let refs: Vec<&broadsheet::learn::Example> = all.iter().collect();
            let weights = broadsheet::learn::fit(&refs);
            let samples: Vec<_> = all
                .iter()
                .filter(|e| e.input == "txt")
                .flat_map(|e| broadsheet::learn::samples(e).into_iter().map(|(ev, y)| (ev, y, e.weight)))
                .collect();
            for (question, n, yes, right) in broadsheet::learn::accuracy(&weights, &samples) {
                eprintln!(
                    "{question:?}: {n} samples, {yes} yes, {right} answered right ({:.1} %)",
                    100.0 * right as f64 / n.max(1) as f64
                );
            }
            let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
            let ron = broadsheet::learn::to_ron(&weights, &names.join(" "));
            match output {
                Some(out) => broadsheet::project::write_atomic(&out, ron.as_bytes())
                    .with_context(|| format!("cannot write {}", out.display())),
                None => std::io::stdout().write_all(ron.as_bytes()).context("cannot write to standard output"),
            }
        }
        Command::Score { dir, input, quiet, .. } => {
            let analyse =
                |path: &Path| open::open(path, 0).map(|o| o.doc).map_err(|e| format!("{:#}", anyhow::Error::from(e)));
            let board = broadsheet::score::score_folder(&dir, &input, analyse)
                .with_context(|| format!("cannot score {}", dir.display()))?;
            let mut out = if quiet { String::new() } else { board.table() };
            out.push_str(&board.summary());
            out.push('\n');
            std::io::stdout().write_all(out.as_bytes()).context("cannot write to standard output")
        }
        Command::Explain { page, page_number } => {
            let doc = load(&page, page_number)?;
            std::io::stdout()
                .write_all(export::explain::render(&doc).as_bytes())
                .context("cannot write to standard output")
        }
    }
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    match run(Cli::parse(), started) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("broadsheet: {e:#}");
            ExitCode::FAILURE
        }
    }
}
