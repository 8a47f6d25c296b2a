//! The document: a page, what the analysis detected, and the user's corrections on top,
//! assembled into articles.

mod library;
mod overrides;

pub use library::LibraryDifference;
pub use overrides::{Overrides, Patch, Placement};

use crate::analyze::reflow::{self, Column, LazyWords, PageWords};
use crate::analyze::{self};
use crate::model::{Analysis, ArticleId, Decision, Joiner, Leftover, LineId, Page, Role, Rule};
use crate::text::features::LineFeatures;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// A page with its analysis and the user's overrides.
#[derive(Clone, Debug)]
pub struct Document {
    /// The source page, never modified.
    pub page: Page,
    /// What the analysis detected; never modified by edits.
    pub analysis: Analysis,
    /// The user's corrections.
    pub overrides: Overrides,
    /// The page's words, collected the first time a hyphen needs them.
    words: OnceLock<PageWords>,
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
    /// The kicker: a short line printed over the headline, if any.
    pub kicker: Option<String>,
    /// The byline or dateline credit, if any.
    pub byline: Option<String>,
    /// Reflowed paragraphs (an inline credit stays at the start of the first).
    pub paragraphs: Vec<Paragraph>,
    /// Source line ranges, 1-based and inclusive, blank lines inside a range included.
    pub line_ranges: Vec<(u32, u32)>,
    /// Why the article starts where it does.
    pub start_rule: Rule,
    /// The evidence behind the start, when evidence decided ("p 0.83: one-line +1.20, …").
    pub start_why: Option<String>,
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
        let first = if first.trim().is_empty() { self.byline.as_deref().unwrap_or("") } else { first };
        if first.trim().is_empty() {
            return format!("Article {}", self.id.0);
        }
        let cut: String = first.chars().take(24).collect();
        if cut.len() < first.len() { format!("{cut}…") } else { cut }
    }

    /// Whether the byline is the start of the first paragraph (a dateline credit).
    pub fn byline_is_inline(&self) -> bool {
        self.byline.as_deref().is_some_and(|b| self.paragraphs.first().is_some_and(|p| p.text.starts_with(b)))
    }

    /// The article as plain text: kicker, headline, deck, byline, then paragraphs.
    pub fn plain_text(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.kicker.as_deref());
        parts.extend(self.headline.as_deref());
        parts.extend(self.deck.as_deref());
        if !self.byline_is_inline() {
            parts.extend(self.byline.as_deref());
        }
        parts.extend(self.paragraphs.iter().map(|p| p.text.as_str()));
        parts.join("\n\n")
    }
}

/// The decision at one boundary as the document stands (detected or set by the user).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Boundary {
    /// The upper line.
    pub above: LineId,
    /// The next non-blank line.
    pub below: LineId,
    /// What holds there now.
    pub decision: Decision,
    /// The rule behind it.
    pub rule: Rule,
    /// Whether the user's correction made it.
    pub by_user: bool,
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
    /// Analyses `page`; no corrections yet.
    pub fn new(page: Page) -> Document {
        let analysis = analyze::analyze(&page);
        Document::with_analysis(page, analysis)
    }

    /// `page` with an analysis already made (by other weights, say); no corrections yet.
    pub fn with_analysis(page: Page, analysis: Analysis) -> Document {
        Document { page, analysis, overrides: Overrides::default(), words: OnceLock::new() }
    }

    /// Line `i`'s text as the analysis uses it (trimmed, repaired).
    pub fn text(&self, i: usize) -> &str {
        match (self.analysis.labels.get(i), self.page.lines.get(i)) {
            (Some(label), Some(line)) => label.text(&line.text),
            _ => "",
        }
    }

    /// Where the analysis put `line`.
    pub fn detected(&self, line: LineId) -> Placement {
        self.analysis
            .labels
            .get(line.index())
            .map_or(Placement { article: None, role: Role::Blank }, |l| Placement { article: l.article, role: l.role })
    }

    /// The evidence that opened the detected article starting at `line`, when evidence did:
    /// the features that weighed most, with their weights.
    pub fn evidence_at(&self, line: LineId) -> Option<&str> {
        self.analysis.articles.iter().find(|a| a.start == line)?.start_evidence.as_deref()
    }

    /// Where `line` stands now.
    pub fn placement(&self, line: LineId) -> Placement {
        self.overrides.lines.get(&line).copied().unwrap_or_else(|| self.detected(line))
    }

    /// Applies a patch of overrides; returns its inverse.
    pub fn apply_patch(&mut self, patch: &Patch) -> Patch {
        let analysis = &self.analysis;
        let detected = |line: LineId| {
            analysis.labels.get(line.index()).map_or(Placement { article: None, role: Role::Blank }, |l| Placement {
                article: l.article,
                role: l.role,
            })
        };
        patch.apply(&mut self.overrides, detected)
    }

    /// Lines of one article, in page order.
    pub fn lines_of(&self, id: ArticleId) -> Vec<LineId> {
        (0..self.page.lines.len() as u32).map(LineId).filter(|&l| self.placement(l).article == Some(id)).collect()
    }

    /// Every article's lines, in page order, in one pass over the page.
    fn lines_by_article(&self) -> BTreeMap<ArticleId, Vec<LineId>> {
        let mut out: BTreeMap<ArticleId, Vec<LineId>> = BTreeMap::new();
        for i in 0..self.page.lines.len() as u32 {
            if let Some(id) = self.placement(LineId(i)).article {
                out.entry(id).or_default().push(LineId(i));
            }
        }
        out
    }

    /// The articles in reading order: the user's order first, then by where their text starts.
    pub fn article_ids(&self) -> Vec<ArticleId> {
        let mut starts: BTreeMap<ArticleId, LineId> = BTreeMap::new();
        for i in 0..self.page.lines.len() as u32 {
            let p = self.placement(LineId(i));
            let Some(id) = p.article else { continue };
            let text = !matches!(p.role, Role::Headline | Role::Deck);
            match starts.get_mut(&id) {
                Some(start) if text && self.placement(*start).role == Role::Headline => *start = LineId(i),
                Some(_) => {}
                None => {
                    starts.insert(id, LineId(i));
                }
            }
        }
        // An article whose only lines are headlines sorts by its headline.
        let mut starts: Vec<(ArticleId, LineId)> = starts.into_iter().collect();
        starts.sort_by_key(|&(id, start)| (start, id));
        let mut ids: Vec<ArticleId> = starts.into_iter().map(|(id, _)| id).collect();
        if let Some(order) = &self.overrides.order {
            let present: BTreeSet<ArticleId> = ids.iter().copied().collect();
            let mut seen = BTreeSet::new();
            let mut ordered: Vec<ArticleId> =
                order.iter().copied().filter(|id| present.contains(id) && seen.insert(*id)).collect();
            ids.retain(|id| !seen.contains(id));
            ordered.extend(ids);
            ids = ordered;
        }
        ids
    }

    /// An id no article has: one past the largest, or, when that is `u32::MAX` (a project
    /// may number its articles freely), the smallest free one.
    pub fn next_article_id(&self) -> ArticleId {
        let detected = self.analysis.articles.iter().map(|a| a.id.0);
        let placed = self.overrides.lines.values().filter_map(|p| p.article.map(|a| a.0));
        let used = detected.chain(placed);
        let largest = used.clone().max().unwrap_or(0);
        ArticleId(largest.checked_add(1).unwrap_or_else(|| {
            // Fewer articles than lines, so fewer than u32::MAX: a free id exists.
            let used: BTreeSet<u32> = used.collect();
            (1..).find(|id| !used.contains(id)).unwrap_or(0)
        }))
    }

    /// How two lines of one article, in this order, are put together now.
    pub fn decision_between(&self, a: usize, b: usize) -> (Decision, Rule, bool) {
        let (ta, tb) = (self.text(a), self.text(b));
        let soft_hyphen = self.page.lines.get(a).and_then(|l| l.soft_hyphen);
        let features = || (LineFeatures { soft_hyphen, ..LineFeatures::of(ta) }, LineFeatures::of(tb));
        let words = LazyWords::shared(&self.page.lines, &self.words);
        if let Some(&paragraph) = self.overrides.breaks.get(&LineId(a as u32)) {
            if paragraph {
                return (Decision::ParagraphBreak, Rule::UserBreak, true);
            }
            let (fa, fb) = features();
            let (joiner, _) = reflow::joiner(ta, tb, &fa, &fb, &words);
            return (Decision::Join(joiner), Rule::UserJoin, true);
        }
        let gap = self.analysis.gap_below(LineId(a as u32)).filter(|g| g.below.index() == b);
        if let Some(gap) = gap.filter(|g| {
            matches!(g.decision, Decision::Join(_) | Decision::HealColumnBreak(_) | Decision::ParagraphBreak)
        }) {
            return (gap.decision, gap.rule, false);
        }
        // Lines brought together by a correction, or with other text between them.
        let blanks = if gap.is_some() { b - a - 1 } else { 1 };
        let (fa, fb) = features();
        let (decision, rule) = reflow::decide((ta, &fa), (tb, &fb), blanks, Column::UNKNOWN, &words);
        (decision, rule, false)
    }

    /// The decision at the boundary below `line` as the document stands.
    pub fn boundary_below(&self, line: LineId) -> Option<Boundary> {
        let gap = self.analysis.gap_below(line)?;
        let (pa, pb) = (self.placement(gap.above), self.placement(gap.below));
        let by_user = self.overrides.lines.contains_key(&gap.above) || self.overrides.lines.contains_key(&gap.below);
        let (decision, rule, by_user) = if pa.article != pb.article {
            // A boundary the analysis drew too is still the analysis's.
            let by_user = by_user && gap.decision != Decision::ArticleBoundary;
            let rule = if by_user { Rule::UserEdit } else { gap.rule };
            (Decision::ArticleBoundary, rule, by_user)
        } else if pa.role == Role::Body && pb.role == Role::Body {
            self.decision_between(gap.above.index(), gap.below.index())
        } else if by_user {
            (Decision::Separate, Rule::RoleChange, true)
        } else {
            (gap.decision, gap.rule, false)
        };
        Some(Boundary { above: gap.above, below: gap.below, decision, rule, by_user })
    }

    /// Lines of `role` joined as their decisions say.
    fn joined(&self, lines: &[LineId], role: Role) -> Option<String> {
        let mut out: Option<String> = None;
        let mut prev: Option<usize> = None;
        for line in lines.iter().filter(|&&l| self.placement(l).role == role) {
            let i = line.index();
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
        let mut groups = self.lines_by_article();
        self.article_ids().into_iter().map(|id| self.assemble(id, groups.remove(&id).unwrap_or_default())).collect()
    }

    /// One article, assembled.
    pub fn article(&self, id: ArticleId) -> ArticleText {
        self.assemble(id, self.lines_of(id))
    }

    /// The article `id` of these lines (its own, in page order), assembled.
    fn assemble(&self, id: ArticleId, lines: Vec<LineId>) -> ArticleText {
        let meta = self.analysis.article(id);
        let mut paragraphs: Vec<Paragraph> = Vec::new();
        let mut prev: Option<usize> = None;
        for line in lines.iter().filter(|&&l| matches!(self.placement(l).role, Role::Body | Role::Caption)) {
            let i = line.index();
            let text = self.text(i);
            let joiner = prev.and_then(|p| self.decision_between(p, i).0.joiner());
            match (paragraphs.last_mut(), joiner) {
                (Some(para), Some(joiner)) => {
                    glue(&mut para.text, text, joiner);
                    para.last = *line;
                }
                _ => paragraphs.push(Paragraph { text: text.to_owned(), first: *line, last: *line }),
            }
            prev = Some(i);
        }
        let first_text = lines.iter().find(|&&l| matches!(self.placement(l).role, Role::Body | Role::Byline));
        let byline = self.joined(&lines, Role::Byline).or_else(|| {
            // The credit opening the first paragraph (it may span lines), while the article
            // still opens with the detected dateline.
            let meta = meta.filter(|m| m.start_rule == Rule::Dateline && first_text == Some(&m.start))?;
            let first = paragraphs.first().filter(|p| p.first == meta.start)?;
            let len = crate::text::features::cjk_credit_len(&first.text)?;
            Some(first.text.get(..len).unwrap_or("").trim().to_owned())
        });
        let headline = self.overrides.headlines.get(&id).cloned().or_else(|| self.joined(&lines, Role::Headline));
        let headline_why = if self.overrides.headlines.contains_key(&id) {
            Some("typed by you".to_owned())
        } else if lines
            .iter()
            .any(|l| self.overrides.lines.contains_key(l) && self.placement(*l).role == Role::Headline)
        {
            Some("placed by you".to_owned())
        } else {
            meta.and_then(|m| {
                let choice = m.headline_choice?.explain();
                Some(match &m.headline_evidence {
                    Some(evidence) => format!("{choice}; a headline on the evidence ({evidence})"),
                    None => choice,
                })
            })
        };
        let detected_start = meta
            .filter(|m| first_text.is_some_and(|first| *first == m.start && !self.overrides.lines.contains_key(first)));
        let start_rule = detected_start.map_or(Rule::UserEdit, |m| m.start_rule);
        // Deck lines printed right over the headline (no blank line between) are its kicker.
        let first_headline = lines.iter().position(|&l| self.placement(l).role == Role::Headline).unwrap_or(0);
        let mut kicker_start = first_headline;
        while kicker_start > 0
            && self.placement(lines[kicker_start - 1]).role == Role::Deck
            && lines[kicker_start - 1].0 + 1 == lines[kicker_start].0
        {
            kicker_start -= 1;
        }
        let kicker_lines = &lines[kicker_start..first_headline];
        let deck_lines: Vec<LineId> = lines[..kicker_start].iter().chain(&lines[first_headline..]).copied().collect();
        ArticleText {
            id,
            headline,
            kicker: self.joined(kicker_lines, Role::Deck),
            deck: self.joined(&deck_lines, Role::Deck),
            byline,
            paragraphs,
            line_ranges: self.ranges(&lines),
            start_rule,
            start_why: detected_start.and_then(|m| m.start_evidence.clone()),
            headline_why,
        }
    }

    /// Text in no article: the analysis's leftovers that still stand, and lines the user
    /// took out of every article.
    pub fn unassigned(&self) -> Vec<Leftover> {
        let mut out: Vec<Leftover> = Vec::new();
        for l in &self.analysis.leftovers {
            let copy = l.rule.reports_a_copy();
            if copy || self.placement(l.line).article.is_none() {
                out.push(l.clone());
            }
        }
        let listed: BTreeSet<LineId> = out.iter().filter(|l| !l.rule.reports_a_copy()).map(|l| l.line).collect();
        for i in 0..self.page.lines.len() as u32 {
            let line = LineId(i);
            let p = self.placement(line);
            if p.role != Role::Blank && p.article.is_none() && !listed.contains(&line) {
                out.push(Leftover { line, text: self.text(line.index()).to_owned(), rule: Rule::UserEdit });
            }
        }
        out.sort_by_key(|l| l.line);
        out
    }

    /// 1-based inclusive ranges covering `lines`, bridging the blank lines between them.
    fn ranges(&self, lines: &[LineId]) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = Vec::new();
        for line in lines {
            let (i, n) = (line.index(), line.number());
            match out.last_mut() {
                Some((_, end)) if (*end as usize..i).all(|k| self.placement(LineId(k as u32)).role == Role::Blank) => {
                    *end = n
                }
                _ => out.push((n, n)),
            }
        }
        out
    }
}
