//! Scoring against a page's expected articles, as `../shared/eval/score.py` does it: the
//! article partition (character-trigram F1 with a greedy one-to-one match), exact articles,
//! headlines, paragraph breaks, characters lost and invented. [`board`] scores a folder of
//! pages beside the trivial "every blank-line block is an article" baseline.
//!
//! The figures must agree with score.py's; `tests/score.rs` checks that on the real corpus.

pub mod board;
mod metrics;

pub use board::{Board, PageScore, score_folder};
pub use metrics::{Score, score};
pub(crate) use metrics::{Trigrams, shared, total, trigrams};

use crate::export::Export;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// One article's text as scoring reads it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleFields {
    /// The headline.
    pub headline: String,
    /// The deck.
    pub deck: String,
    /// The kicker (the short line over the headline).
    pub kicker: String,
    /// The byline.
    pub byline: String,
    /// The paragraphs.
    pub paragraphs: Vec<String>,
}

/// A page's articles and its text in no article, as scoring reads them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageFields {
    /// The articles.
    pub articles: Vec<ArticleFields>,
    /// Text in no article.
    pub unassigned: Vec<String>,
}

impl PageFields {
    /// The fields of an export (what `broadsheet export --format json` writes).
    pub fn of_export(export: &Export) -> PageFields {
        let articles = export
            .articles
            .iter()
            .map(|a| ArticleFields {
                headline: a.headline.clone().unwrap_or_default(),
                deck: a.deck.clone().unwrap_or_default(),
                kicker: a.kicker.clone().unwrap_or_default(),
                byline: a.byline.clone().unwrap_or_default(),
                paragraphs: a.paragraphs.iter().map(|p| p.text.clone()).collect(),
            })
            .collect();
        PageFields { articles, unassigned: export.unassigned.iter().map(|l| l.text.clone()).collect() }
    }

    /// The fields of a JSON page (an expected result, or an export): every text field may be
    /// a string, an object with the string in `"text"`, or null.
    pub fn of_json(value: &Value) -> PageFields {
        fn list(v: Option<&Value>) -> Vec<&Value> {
            v.and_then(Value::as_array).map_or(Vec::new(), |a| a.iter().collect())
        }
        let text = |v: Option<&Value>| -> String {
            match v {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Object(o)) => o.get("text").and_then(Value::as_str).unwrap_or("").to_owned(),
                _ => String::new(),
            }
        };
        let articles = list(value.get("articles"))
            .into_iter()
            .map(|a| ArticleFields {
                headline: text(a.get("headline")),
                deck: text(a.get("deck")),
                kicker: text(a.get("kicker")),
                byline: text(a.get("byline")),
                paragraphs: list(a.get("paragraphs")).into_iter().map(|p| text(Some(p))).collect(),
            })
            .collect();
        let unassigned = list(value.get("unassigned")).into_iter().map(|u| text(Some(u))).collect();
        PageFields { articles, unassigned }
    }

    /// The trivial baseline: every block of non-blank lines an article without a headline.
    ///
    /// ```
    /// let page = broadsheet::score::PageFields::blocks("a\nb\n\n \nc\n");
    /// assert_eq!(page.articles.len(), 2);
    /// assert_eq!(page.articles[0].paragraphs, ["a\nb"]);
    /// ```
    pub fn blocks(text: &str) -> PageFields {
        let mut articles = Vec::new();
        let mut block: Vec<&str> = Vec::new();
        for line in text.lines().chain(std::iter::once("")) {
            if is_blank(line) {
                if !block.is_empty() {
                    let joined = block.join("\n");
                    articles
                        .push(ArticleFields { paragraphs: vec![joined.trim().to_owned()], ..ArticleFields::default() });
                    block.clear();
                }
            } else {
                block.push(line);
            }
        }
        PageFields { articles, unassigned: Vec::new() }
    }
}

/// A line of nothing but whitespace, as Python's `\s` sees it.
fn is_blank(line: &str) -> bool {
    line.chars().all(is_space)
}

/// Python's `str.isspace()`: Unicode White_Space, and the information separators.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Text as scoring compares it: NFKC, whitespace removed.
///
/// ```
/// assert_eq!(broadsheet::score::normalize(" Ｌe  journal\n"), "Lejournal");
/// ```
pub fn normalize(text: &str) -> String {
    text.nfkc().filter(|&c| !is_space(c)).collect()
}
