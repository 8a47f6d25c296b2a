//! A folder of pages with their expected results, scored: one row a page and the means, as
//! `../shared/eval/scoreboard.py` prints them.

use super::{PageFields, Score, score};
use crate::document::Document;
use crate::export::Export;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// One page's figures.
#[derive(Clone, Debug)]
pub struct PageScore {
    /// The page's name (its expected file's name without `.expected.json`).
    pub name: String,
    /// Broadsheet's figures.
    pub score: Score,
    /// The blocks baseline's seg_f1, when the page has a text rendering.
    pub baseline: Option<f64>,
    /// Why the page could not be read, when it could not (it scores zero).
    pub error: Option<String>,
}

/// A folder's pages scored.
#[derive(Clone, Debug, Default)]
pub struct Board {
    /// The input read for each page (`txt`, `alto.xml`, `pdf`).
    pub input: String,
    /// The pages, by name.
    pub pages: Vec<PageScore>,
}

/// The expected pages of a folder: `(name, expected file)`, sorted by name.
pub fn expected_pages(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .flatten()
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let name = file.strip_suffix(".expected.json")?.to_owned();
            Some((name, e.path()))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Scores every page of `dir` that has `NAME.expected.json` and `NAME.{input}`, reading the
/// page with `analyse` (which opens and analyses it, or says why it cannot).
pub fn score_folder(
    dir: &Path,
    input: &str,
    analyse: impl Fn(&Path) -> Result<Document, String>,
) -> std::io::Result<Board> {
    let mut pages = Vec::new();
    for (name, expected_path) in expected_pages(dir)? {
        let source = dir.join(format!("{name}.{input}"));
        if !source.exists() {
            continue;
        }
        let expected: serde_json::Value = serde_json::from_slice(&std::fs::read(&expected_path)?)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", expected_path.display())))?;
        let expected = PageFields::of_json(&expected);
        let (got, error) = match analyse(&source) {
            Ok(doc) => (PageFields::of_export(&Export::of(&doc, None)), None),
            Err(e) => (PageFields::default(), Some(e)),
        };
        let mut page_score = score(&expected, &got);
        if error.is_some() {
            page_score = Score { expected: expected.articles.len(), ..Score::default() };
        }
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).ok();
        let baseline = text.map(|t| score(&expected, &PageFields::blocks(&t)).seg_f1);
        pages.push(PageScore { name, score: page_score, baseline, error });
    }
    Ok(Board { input: input.to_owned(), pages })
}

impl Board {
    /// Mean seg_f1 over the pages.
    pub fn mean_seg_f1(&self) -> f64 {
        self.pages.iter().map(|p| p.score.seg_f1).sum::<f64>() / self.pages.len().max(1) as f64
    }

    /// Mean seg_f1 of the blocks baseline.
    pub fn mean_baseline(&self) -> f64 {
        self.pages.iter().map(|p| p.baseline.unwrap_or(0.0)).sum::<f64>() / self.pages.len().max(1) as f64
    }

    /// Sum of a figure over the pages.
    pub fn sum(&self, figure: impl Fn(&Score) -> usize) -> usize {
        self.pages.iter().map(|p| figure(&p.score)).sum()
    }

    /// Pages that score below the blocks baseline.
    pub fn below_baseline(&self) -> usize {
        self.pages.iter().filter(|p| p.baseline.is_some_and(|b| p.score.seg_f1 < b)).count()
    }

    /// The table, one row a page.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<52} {:>7} {:>6} {:>6} {:>7} {:>7} {:>5} {:>5}",
            "page", "arts", "seg_f1", "base", "head", "exact", "para", "lost"
        );
        for p in &self.pages {
            let s = &p.score;
            let _ = writeln!(
                out,
                "{:<52} {:>3}/{:<3} {:>6.3} {:>6.3} {:>3}/{:<3} {:>3}/{:<3} {:>5.2} {:>5}{}",
                p.name,
                s.articles,
                s.expected,
                s.seg_f1,
                p.baseline.unwrap_or(f64::NAN),
                s.headline,
                s.expected,
                s.exact,
                s.expected,
                s.para_f1,
                s.lost,
                p.error.as_ref().map_or(String::new(), |e| format!("  export failed: {e}")),
            );
        }
        out
    }

    /// The means line, as scoreboard.py prints it.
    pub fn summary(&self) -> String {
        format!(
            "{} pages ({}): mean seg_f1 {:.3} (blocks baseline {:.3}), headline right {}/{}, exact {}/{}, lost {}, pages below baseline {}, failed {}",
            self.pages.len(),
            self.input,
            self.mean_seg_f1(),
            self.mean_baseline(),
            self.sum(|s| s.headline),
            self.sum(|s| s.expected),
            self.sum(|s| s.exact),
            self.sum(|s| s.expected),
            self.sum(|s| s.lost),
            self.below_baseline(),
            self.pages.iter().filter(|p| p.error.is_some()).count(),
        )
    }
}
