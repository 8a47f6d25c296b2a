//! What the analysis decides about a page: a label per line, a decision per line boundary,
//! the articles, and the text kept out of every article.

use super::{ArticleId, LineId, Role, Rule};
use serde::Serialize;

/// How two lines of one paragraph are glued together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Joiner {
    /// Concatenated as they are (CJK, or a hyphen that is kept).
    NoSpace,
    /// One space between.
    Space,
    /// The end-of-line hyphen is dropped and the word parts concatenated.
    Dehyphenate,
}

/// The decision at the boundary between two consecutive non-blank lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "joiner")]
pub enum Decision {
    /// Same paragraph, adjacent lines.
    Join(Joiner),
    /// Same paragraph across blank lines: a column break, healed.
    HealColumnBreak(Joiner),
    /// A new paragraph starts below.
    ParagraphBreak,
    /// A new article (or unassigned text) starts below.
    ArticleBoundary,
    /// Same article, different roles (headline and body, say): kept apart.
    Separate,
}

impl Decision {
    /// How the two lines are glued, when they end up in one paragraph.
    pub fn joiner(self) -> Option<Joiner> {
        match self {
            Decision::Join(j) | Decision::HealColumnBreak(j) => Some(j),
            _ => None,
        }
    }

    /// A one-character marker for text views (glyphs the embedded fonts have).
    pub fn marker(self) -> &'static str {
        match self {
            Decision::Join(Joiner::NoSpace) => "─",
            Decision::Join(Joiner::Space) => "␣",
            Decision::Join(Joiner::Dehyphenate) => "‐",
            Decision::HealColumnBreak(_) => "↓",
            Decision::ParagraphBreak => "¶",
            Decision::ArticleBoundary => "§",
            Decision::Separate => "│",
        }
    }

    /// A short human label ("joined, no space").
    pub fn label(self) -> &'static str {
        match self {
            Decision::Join(Joiner::NoSpace) => "joined without space",
            Decision::Join(Joiner::Space) => "joined with space",
            Decision::Join(Joiner::Dehyphenate) => "de-hyphenated",
            Decision::HealColumnBreak(Joiner::Dehyphenate) => "column break healed, de-hyphenated",
            Decision::HealColumnBreak(Joiner::Space) => "column break healed, with space",
            Decision::HealColumnBreak(Joiner::NoSpace) => "column break healed",
            Decision::ParagraphBreak => "paragraph break",
            Decision::ArticleBoundary => "article boundary",
            Decision::Separate => "role change",
        }
    }
}

/// The decision between line `above` and the next non-blank line `below`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Gap {
    /// The upper line.
    pub above: LineId,
    /// The next non-blank line.
    pub below: LineId,
    /// What was decided.
    pub decision: Decision,
    /// The rule that decided it.
    pub rule: Rule,
}

/// What the analysis says of one source line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineLabel {
    /// The line's role.
    pub role: Role,
    /// The article the line belongs to; `None` for blank and unassigned lines.
    pub article: Option<ArticleId>,
    /// The line's text when a repair changed it (one copy of a fake-bold line).
    pub repaired: Option<String>,
}

impl LineLabel {
    /// The line's text as used: the repaired text, or the source line trimmed.
    pub fn text<'a>(&'a self, source: &'a str) -> &'a str {
        self.repaired.as_deref().unwrap_or(source.trim())
    }
}

/// Why an article has the headline it has.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct HeadlineChoice {
    /// The rule that chose it.
    pub rule: Rule,
    /// Content overlap between headline and body, 0 to 1.
    pub overlap: f32,
}

impl HeadlineChoice {
    /// A sentence for the UI ("matched by content overlap 0.62").
    pub fn explain(&self) -> String {
        match self.rule {
            Rule::ContentOverlap => format!("matched by content overlap {:.2}", self.overlap),
            Rule::AdjacentAbove => format!("printed directly above (content overlap {:.2})", self.overlap),
            Rule::HeadlineBySize => Rule::HeadlineBySize.description().to_owned(),
            other => format!("{} (content overlap {:.2})", other.description(), self.overlap),
        }
    }
}

/// A detected article. Its lines are those labelled with its id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    /// The article's id.
    pub id: ArticleId,
    /// The first body (or byline) line.
    pub start: LineId,
    /// Why the article starts there.
    pub start_rule: Rule,
    /// Why the headline was chosen, when it has one.
    pub headline_choice: Option<HeadlineChoice>,
    /// The evidence that opened the article, when evidence decided ("p 0.83: one-line +1.20, …").
    pub start_evidence: Option<String>,
    /// The evidence that its headline is one, when evidence decided.
    pub headline_evidence: Option<String>,
}

/// Text kept out of every article, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Leftover {
    /// The line it comes from.
    pub line: LineId,
    /// The text.
    pub text: String,
    /// Why it is not in an article.
    pub rule: Rule,
}

/// The complete result of analysing a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// One label per source line.
    pub labels: Vec<LineLabel>,
    /// One decision per pair of consecutive non-blank lines, in page order.
    pub gaps: Vec<Gap>,
    /// The articles in reading order.
    pub articles: Vec<Article>,
    /// Text in no article.
    pub leftovers: Vec<Leftover>,
}

impl Analysis {
    /// The decision below `line`, if a non-blank line follows it.
    pub fn gap_below(&self, line: LineId) -> Option<&Gap> {
        self.gaps.binary_search_by_key(&line, |g| g.above).ok().and_then(|i| self.gaps.get(i))
    }

    /// The decision above `line`, if a non-blank line precedes it.
    pub fn gap_above(&self, line: LineId) -> Option<&Gap> {
        self.gaps.binary_search_by_key(&line, |g| g.below).ok().and_then(|i| self.gaps.get(i))
    }

    /// The article with this id (ids count from 1 in reading order, so it is found at once).
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        let at = (id.0 as usize).checked_sub(1).and_then(|i| self.articles.get(i)).filter(|a| a.id == id);
        at.or_else(|| self.articles.iter().find(|a| a.id == id))
    }
}
