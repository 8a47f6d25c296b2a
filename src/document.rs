//! The document: a page and what the analysis decided about it, assembled into articles.

use crate::analyze::features::LineFeatures;
use crate::analyze::reflow::{self, Column, LazyWords};
use crate::analyze::{self};
use crate::model::{Analysis, ArticleId, Decision, Joiner, LineId, Page, Role, Rule};

/// A page with its analysis.
#[derive(Clone, Debug)]
pub struct Document {
    /// The source page, never modified.
    pub page: Page,
    /// What the analysis decided.
    pub analysis: Analysis,
}

/// A reflowed paragraph and the source lines it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// The reflowed text.
    pub text: String,
    /// Its first source line.
    pub first: LineId,
    /// Its last source line.
    pub last: LineId,
}

/// An article ready to read or export.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleText {
    /// The article's id.
    pub id: ArticleId,
    /// The headline, if it has one.
    pub headline: Option<String>,
    /// The deck (sub-headline), if any.
    pub deck: Option<String>,
    /// The byline or dateline credit, if any.
    pub byline: Option<String>,
    /// Reflowed paragraphs (an inline credit stays at the start of the first).
    pub paragraphs: Vec<Paragraph>,
    /// Source line ranges, 1-based and inclusive, blank lines inside a range included.
    pub line_ranges: Vec<(u32, u32)>,
    /// Why the article starts where it does.
    pub start_rule: Rule,
    /// Why the headline was chosen.
    pub headline_why: Option<String>,
}

impl ArticleText {
    /// The headline, or the first words of the text when there is none.
    pub fn title(&self) -> String {
        if let Some(h) = &self.headline {
            return h.clone();
        }
        let first = self.paragraphs.first().map_or("", |p| p.text.as_str());
        let cut: String = first.chars().take(24).collect();
        if cut.len() < first.len() { format!("{cut}…") } else { cut }
    }

    /// The article as plain text: headline, deck, byline, then paragraphs.
    pub fn plain_text(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.headline.as_deref());
        parts.extend(self.deck.as_deref());
        let inline =
            self.byline.as_deref().is_some_and(|b| self.paragraphs.first().is_some_and(|p| p.text.starts_with(b)));
        if !inline {
            parts.extend(self.byline.as_deref());
        }
        parts.extend(self.paragraphs.iter().map(|p| p.text.as_str()));
        parts.join("\n\n")
    }
}

/// Appends `text` to `buf` with the given glue.
fn glue(buf: &mut String, text: &str, joiner: Joiner) {
    match joiner {
        Joiner::NoSpace => {}
        Joiner::Space => buf.push(' '),
        Joiner::Dehyphenate => {
            buf.pop();
        }
    }
    buf.push_str(text);
}

impl Document {
    /// Analyses `page`.
    pub fn new(page: Page) -> Document {
        let analysis = analyze::analyze(&page);
        Document { page, analysis }
    }

    /// Line `i`'s text as the analysis uses it (trimmed, repaired).
    pub fn text(&self, i: usize) -> &str {
        match (self.analysis.labels.get(i), self.page.lines.get(i)) {
            (Some(label), Some(line)) => label.text(&line.text),
            _ => "",
        }
    }

    /// Lines of one article, in page order.
    fn lines_of(&self, id: ArticleId) -> Vec<usize> {
        self.analysis.labels.iter().enumerate().filter(|(_, l)| l.article == Some(id)).map(|(i, _)| i).collect()
    }

    /// How two lines of one article, in this order, are put together.
    fn decision_between(&self, a: usize, b: usize) -> (Decision, Rule) {
        if let Some(gap) = self.analysis.gap_below(LineId(a as u32)).filter(|g| g.below.index() == b) {
            return (gap.decision, gap.rule);
        }
        // Not adjacent: something else is printed between them.
        let (ta, tb) = (self.text(a), self.text(b));
        let words = LazyWords::new(&self.page.lines);
        reflow::decide((ta, &LineFeatures::of(ta)), (tb, &LineFeatures::of(tb)), 1, Column::UNKNOWN, &words)
    }

    /// Lines of `role` joined as their decisions say.
    fn joined(&self, lines: &[usize], role: Role) -> Option<String> {
        let mut out: Option<String> = None;
        let mut prev = None;
        for &i in lines.iter().filter(|&&i| self.analysis.labels[i].role == role) {
            let text = self.text(i);
            match (&mut out, prev) {
                (Some(buf), Some(p)) => {
                    let joiner = self.decision_between(p, i).0.joiner().unwrap_or(Joiner::Space);
                    glue(buf, text, joiner);
                }
                _ => out = Some(text.to_owned()),
            }
            prev = Some(i);
        }
        out
    }

    /// Every article, assembled, in reading order.
    pub fn articles(&self) -> Vec<ArticleText> {
        self.analysis.articles.iter().map(|a| self.article(a.id)).collect()
    }

    /// One article, assembled.
    pub fn article(&self, id: ArticleId) -> ArticleText {
        let lines = self.lines_of(id);
        let labels = &self.analysis.labels;
        let meta = self.analysis.article(id);
        let mut paragraphs: Vec<Paragraph> = Vec::new();
        let mut prev: Option<usize> = None;
        for &i in lines.iter().filter(|&&i| matches!(labels[i].role, Role::Body | Role::Caption)) {
            let text = self.text(i);
            let line = LineId(i as u32);
            let joiner = prev.and_then(|p| self.decision_between(p, i).0.joiner());
            match (paragraphs.last_mut(), joiner) {
                (Some(para), Some(joiner)) => {
                    glue(&mut para.text, text, joiner);
                    para.last = line;
                }
                _ => paragraphs.push(Paragraph { text: text.to_owned(), first: line, last: line }),
            }
            prev = Some(i);
        }
        let byline = self.joined(&lines, Role::Byline).or_else(|| {
            let meta = meta?;
            let start = self.text(meta.start.index());
            (meta.inline_byline_len > 0).then(|| start.get(..meta.inline_byline_len).unwrap_or("").trim().to_owned())
        });
        ArticleText {
            id,
            headline: self.joined(&lines, Role::Headline),
            deck: self.joined(&lines, Role::Deck),
            byline,
            paragraphs,
            line_ranges: ranges(&lines, labels),
            start_rule: meta.map_or(Rule::PageStart, |m| m.start_rule),
            headline_why: meta.and_then(|m| m.headline_choice).map(|c| c.explain()),
        }
    }
}

/// 1-based inclusive ranges covering `lines`, bridging the blank lines between them.
fn ranges(lines: &[usize], labels: &[crate::model::LineLabel]) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for &i in lines {
        let n = i as u32 + 1;
        match out.last_mut() {
            Some((_, end)) if (*end as usize..i).all(|k| labels[k].role == Role::Blank) => *end = n,
            _ => out.push((n, n)),
        }
    }
    out
}
