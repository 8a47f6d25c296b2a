//! What the expected result says of each source line: the article it belongs to, and
//! whether it is part of that article's headline (kicker, headline or deck).
//!
//! Blocks (runs of non-blank lines) are matched to the expected article whose text shares the
//! most character trigrams with them (hyphens ignored, so a word broken at a line end still
//! matches); a block that shares less than [`MIN_SHARE`] of its trigrams with every article is
//! text in no article. A line is a headline line when its text is part of its article's heading.

use crate::analyze::evidence::{Evidence, Judge, Question, Verdict};
use crate::model::Page;
use crate::score::{PageFields, Trigrams, normalize, shared, total, trigrams};

/// A block shares at least this much of its trigrams with the article it belongs to.
const MIN_SHARE: f64 = 0.3;

/// A line of this many characters or fewer says too little to be placed on its own.
const SHORT_LINE: usize = 1;

/// Per source line, what the expected result says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Truth {
    /// The expected article (its index), or `None`: blank, or in no article.
    pub article: Vec<Option<usize>>,
    /// Part of its article's heading.
    pub head: Vec<bool>,
}

impl Truth {
    /// Whether the lines are all heading lines of one article.
    pub fn is_headline(&self, lines: &[usize]) -> bool {
        let first = lines.first().and_then(|&i| self.article[i]);
        first.is_some() && lines.iter().all(|&i| self.head[i] && self.article[i] == first)
    }

    /// Whether the heading lines `unit` belong to the article whose text starts at `target`.
    pub fn matches(&self, unit: &[usize], target: Option<usize>) -> bool {
        self.is_headline(unit) && target.is_some_and(|t| self.article[t] == unit.first().and_then(|&u| self.article[u]))
    }

    /// Whether the block starting at line `first` opens a new article: `None` when the
    /// expected result cannot say (the block is in no article, starts with a heading, follows
    /// a heading, or nothing stands above it).
    pub fn opens(&self, first: usize) -> Option<bool> {
        let article = self.article[first]?;
        if self.head[first] {
            return None;
        }
        let prev = (0..first).rev().find(|&k| self.article[k].is_some())?;
        if self.head[prev] {
            return None;
        }
        Some(self.article[prev] != Some(article))
    }
}

/// The share of `block`'s trigrams that `reference` has too.
fn share(block: &Trigrams, reference: &Trigrams) -> f64 {
    shared(block, reference) as f64 / total(block).max(1) as f64
}

/// Text as alignment compares it: normalised, hyphens dropped.
fn plain(text: &str) -> String {
    normalize(text).chars().filter(|&c| c != '-').collect()
}

/// A line's text as the analysis reads it: one copy of a line printed twice (fake bold).
fn as_analysed(text: &str) -> String {
    crate::text::features::LineFeatures::of(text).fake_bold.map_or_else(|| text.to_owned(), |(_, kept, _)| kept)
}

/// Aligns the expected articles with the page's lines.
pub fn align(page: &Page, expected: &PageFields) -> Truth {
    let n = page.lines.len();
    let heads: Vec<String> =
        expected.articles.iter().map(|a| plain(&format!("{}{}{}", a.kicker, a.headline, a.deck))).collect();
    let bodies: Vec<String> =
        expected.articles.iter().map(|a| plain(&format!("{}{}", a.byline, a.paragraphs.concat()))).collect();
    let references: Vec<(Trigrams, Trigrams)> =
        heads.iter().zip(&bodies).map(|(h, b)| (trigrams(h), trigrams(b))).collect();
    let mut truth = Truth { article: vec![None; n], head: vec![false; n] };
    let mut i = 0;
    while i < n {
        if page.lines[i].text.trim().is_empty() {
            i += 1;
            continue;
        }
        let end = (i..n).find(|&k| page.lines[k].text.trim().is_empty()).unwrap_or(n);
        let lines: Vec<String> = page.lines[i..end].iter().map(|l| plain(&as_analysed(&l.text))).collect();
        let block = trigrams(&lines.concat());
        let best = references
            .iter()
            .enumerate()
            .map(|(a, (h, b))| (share(&block, h), share(&block, b), a))
            .max_by(|x, y| x.0.max(x.1).total_cmp(&y.0.max(y.1)).then(y.2.cmp(&x.2)));
        if let Some((head_share, body_share, a)) = best.filter(|(h, b, _)| h.max(*b) >= MIN_SHARE) {
            // In a block of heading lines, a line of the heading is one even when the body
            // repeats it ("王卫东主持"); in a block of running text only when it does not.
            let heading_block = head_share >= body_share;
            for (k, line) in (i..end).zip(&lines) {
                truth.article[k] = Some(a);
                let in_head = line.chars().count() > SHORT_LINE && heads[a].contains(line.as_str());
                truth.head[k] = in_head && (heading_block || !bodies[a].contains(line.as_str()));
            }
        }
        i = end;
    }
    truth
}

impl Judge for Truth {
    /// The expected result's own answer (probability 1 or 0), to measure what perfect
    /// answers would score.
    fn judge(&self, evidence: &Evidence) -> Verdict {
        let lines: Vec<usize> = (evidence.lines.0..evidence.lines.1).collect();
        let yes = match evidence.question {
            Question::Headline => self.is_headline(&lines),
            Question::Opens => self.opens(evidence.lines.0).unwrap_or(false),
            Question::Matches => self.matches(&lines, evidence.target),
        };
        Verdict { probability: if yes { 1.0 } else { 0.0 }, top: Vec::new() }
    }

    fn for_print(&self) -> &dyn Judge {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::ArticleFields;

    #[test]
    fn blocks_find_their_articles_and_headings_their_lines() {
        let page = Page::from_text(
            "p",
            "UTF-8",
            "FIRE AT THE MILL\n\nFlames rose over the old mill on the river on Sunday night and the fire-\nmen came from three towns.\n\nThe council met on Monday to vote on the budget for the new school.\n\nADVERTISEMENT",
        );
        let article = |h: &str, p: &str| ArticleFields {
            headline: h.into(),
            paragraphs: vec![p.into()],
            ..ArticleFields::default()
        };
        let expected = PageFields {
            articles: vec![
                article(
                    "FIRE AT THE MILL",
                    "Flames rose over the old mill on the river on Sunday night and the firemen came from three towns.",
                ),
                article("", "The council met on Monday to vote on the budget for the new school."),
            ],
            unassigned: Vec::new(),
        };
        let truth = align(&page, &expected);
        assert_eq!(truth.article, [Some(0), None, Some(0), Some(0), None, Some(1), None, None]);
        assert!(truth.head[0] && !truth.head[2]);
        assert!(truth.is_headline(&[0]));
        assert_eq!(truth.opens(2), None, "after a heading: the rules start it");
        assert_eq!(truth.opens(5), Some(true));
    }
}
