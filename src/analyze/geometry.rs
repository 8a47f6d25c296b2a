//! Analysis of a page imported with geometry: articles come from the layout's zones (a
//! headline owns the blocks below it), roles from block kinds, and paragraph signals from
//! where lines stand (an indent is a measured offset, a short line a measured width). The
//! text rules still decide every join and break, and split or continue stories that have
//! no headline (datelines, bylines, sentences running on).

use super::finish;
use super::thresholds::*;
use crate::model::{
    Analysis, Article, ArticleId, BBox, Block, BlockKind, HeadlineChoice, Layout, Leftover, LineId, LineLabel, Page,
    Role, Rule,
};
use crate::text::features::LineFeatures;

/// Labels, articles, leftovers and decisions for a page with a layout.
pub(super) fn analyze(page: &Page, layout: &Layout, mut feats: Vec<LineFeatures>) -> Analysis {
    let texts: Vec<&str> = page.lines.iter().map(|l| l.text.trim()).collect();
    for f in &mut feats {
        f.fake_bold = None;
    }
    let column = measure(page, layout, &mut feats);
    let mut stories = Stories::new(layout, &feats, &texts);
    for block in &layout.blocks {
        let lines: Vec<usize> = block.lines().map(LineId::index).collect();
        let Some(&first) = lines.first() else { continue };
        match (block.kind, block.zone) {
            (BlockKind::Furniture | BlockKind::Caption, _) | (_, None) => stories.set_aside(block, &lines),
            (BlockKind::Headline | BlockKind::Deck, Some(z)) if !stories.zone_has_text[z] => {
                stories.left_over_headline(&lines)
            }
            (BlockKind::Headline | BlockKind::Deck, Some(z)) => stories.headline(block.kind, z, &lines, first),
            (BlockKind::Body | BlockKind::Byline, Some(z)) => stories.text(block, z, &lines, first),
        }
    }
    for (line, text) in &layout.doubled {
        stories.leftovers.push(Leftover { line: *line, text: text.clone(), rule: Rule::FakeBoldOffset });
    }
    let Stories { labels, leftovers, articles, .. } = stories;
    finish(page, labels, leftovers, (&texts, &feats, &column), articles)
}

/// Articles made from the layout's zones, block by block in reading order.
struct Stories<'a> {
    feats: &'a [LineFeatures],
    texts: &'a [&'a str],
    labels: Vec<LineLabel>,
    articles: Vec<Article>,
    leftovers: Vec<Leftover>,
    /// The article each zone became.
    zone_article: Vec<Option<ArticleId>>,
    /// Zones with a headline block.
    zone_has_headline: Vec<bool>,
    /// Zones with running text (not only headlines, captions or jump lines): only they make
    /// articles; a headline over nothing else is left over.
    zone_has_text: Vec<bool>,
    /// Per article id, whether it has body text yet.
    has_body: Vec<bool>,
    /// The last body line given to an article, to tell whether the next text runs on.
    last_body: Option<usize>,
    /// The article text was last given to.
    current: Option<ArticleId>,
}

impl<'a> Stories<'a> {
    fn new(layout: &Layout, feats: &'a [LineFeatures], texts: &'a [&'a str]) -> Stories<'a> {
        let zones = layout.blocks.iter().filter_map(|b| b.zone).max().map_or(0, |z| z + 1);
        let (mut zone_has_headline, mut zone_has_text) = (vec![false; zones], vec![false; zones]);
        for b in &layout.blocks {
            match (b.zone, b.kind) {
                (Some(z), BlockKind::Headline) => zone_has_headline[z] = true,
                (Some(z), BlockKind::Body | BlockKind::Byline) => {
                    zone_has_text[z] |= b.lines().any(|l| !feats[l.index()].furniture && !feats[l.index()].blank)
                }
                _ => {}
            }
        }
        let labels = feats
            .iter()
            .map(|f| LineLabel { role: if f.blank { Role::Blank } else { Role::Noise }, article: None, repaired: None })
            .collect();
        Stories {
            feats,
            texts,
            labels,
            articles: Vec::new(),
            leftovers: Vec::new(),
            zone_article: vec![None; zones],
            zone_has_headline,
            zone_has_text,
            has_body: vec![false; 1],
            last_body: None,
            current: None,
        }
    }

    fn new_article(&mut self, start: usize, rule: Rule, headline: bool) -> ArticleId {
        let id = ArticleId(self.articles.len() as u32 + 1);
        self.articles.push(Article {
            id,
            start: LineId(start as u32),
            start_rule: rule,
            headline_choice: headline.then_some(HeadlineChoice { rule: Rule::HeadlineBySize, overlap: 0.0 }),
            start_evidence: None,
            headline_evidence: None,
        });
        self.has_body.push(false);
        id
    }

    fn report(&mut self, lines: &[usize], rule: Rule) {
        for &i in lines {
            self.leftovers.push(Leftover { line: LineId(i as u32), text: self.texts[i].to_owned(), rule });
        }
    }

    /// Furniture, captions and text in no zone stay out of the articles.
    fn set_aside(&mut self, block: &Block, lines: &[usize]) {
        let rule = match block.kind {
            BlockKind::Headline => Rule::UnmatchedHeadline,
            _ => block.rule,
        };
        if block.kind == BlockKind::Headline {
            lines.iter().for_each(|&i| self.labels[i].role = Role::Headline);
        }
        self.report(lines, rule);
    }

    /// A headline over no running text is left over.
    fn left_over_headline(&mut self, lines: &[usize]) {
        lines.iter().for_each(|&i| self.labels[i].role = Role::Headline);
        self.report(lines, Rule::UnmatchedHeadline);
    }

    /// A headline or deck heads its zone's article.
    fn headline(&mut self, kind: BlockKind, z: usize, lines: &[usize], first: usize) {
        let id = match self.zone_article[z] {
            Some(id) => id,
            None => {
                let id = self.new_article(first, Rule::HeadlineOwnsZone, true);
                self.zone_article[z] = Some(id);
                id
            }
        };
        self.current = Some(id);
        let role = if kind == BlockKind::Headline { Role::Headline } else { Role::Deck };
        for &i in lines {
            self.labels[i] = LineLabel { role, article: Some(id), repaired: None };
        }
    }

    /// Running text goes to its zone's article; a second dateline story under one headline
    /// starts one of its own; text without a headline continues the story it runs on from,
    /// or starts an article at a dateline, a byline, or as it stands.
    fn text(&mut self, block: &Block, z: usize, lines: &[usize], first: usize) {
        let id = self.article_for_text(block, z, first);
        self.zone_article[z] = Some(id);
        self.current = Some(id);
        if !self.has_body[id.0 as usize] {
            self.has_body[id.0 as usize] = true;
            self.articles[id.0 as usize - 1].start = LineId(first as u32);
        }
        for &i in lines {
            if self.feats[i].furniture {
                // A jump line or credit set in the text column ("Continued on Page A6").
                self.report(&[i], Rule::PageFurniture);
                continue;
            }
            let byline = self.feats[i].byline || block.kind == BlockKind::Byline;
            let role = if byline { Role::Byline } else { Role::Body };
            self.labels[i] = LineLabel { role, article: Some(id), repaired: None };
            self.last_body = Some(i);
        }
    }

    fn article_for_text(&mut self, block: &Block, z: usize, first: usize) -> ArticleId {
        let f = &self.feats[first];
        let opens = f.dateline.is_some() || f.byline;
        let runs_on = self.last_body.is_some_and(|l| !self.feats[l].ends_sentence)
            || f.first.is_lowercase()
            || block.rule == Rule::ColumnContinues;
        let opening_rule = if f.byline { Rule::BylineLine } else { Rule::Dateline };
        match self.zone_article[z] {
            Some(id) if self.zone_has_headline[z] && self.has_body[id.0 as usize] && opens && !runs_on => {
                self.new_article(first, opening_rule, false)
            }
            Some(id) => id,
            None if !opens && runs_on && self.current.is_some() => self.current.unwrap_or(ArticleId(1)),
            None => {
                let rule = if opens {
                    opening_rule
                } else if self.articles.is_empty() {
                    Rule::PageStart
                } else {
                    Rule::ZoneWithoutHeadline
                };
                self.new_article(first, rule, false)
            }
        }
    }
}

/// Measures lines against their column: an indent is a first line set in by half an em or
/// more from the column's left edge; widths are in half-em cells of the line's size, so a
/// full line equals its column. Returns each line's column width in those cells.
fn measure(page: &Page, layout: &Layout, feats: &mut [LineFeatures]) -> Vec<usize> {
    let mut column = vec![0usize; page.lines.len()];
    // Text columns per zone: blocks overlapping horizontally share one.
    let mut columns: Vec<(Option<usize>, BBox, Vec<usize>)> = Vec::new();
    for (k, b) in layout.blocks.iter().enumerate() {
        if !matches!(b.kind, BlockKind::Body | BlockKind::Byline) {
            continue;
        }
        let lines = b.lines().filter_map(|l| page.lines[l.index()].bbox_in_page);
        let Some(bb) = lines.reduce(BBox::union) else { continue };
        match columns.iter_mut().find(|(z, c, _)| *z == b.zone && c.x_overlap(bb) >= 0.5 * c.width().min(bb.width())) {
            Some((_, c, members)) => {
                *c = c.union(bb);
                members.push(k);
            }
            None => columns.push((b.zone, bb, vec![k])),
        }
    }
    for (_, c, members) in &columns {
        for &k in members {
            for id in layout.blocks[k].lines() {
                let line = &page.lines[id.index()];
                let (Some(bb), Some(size)) = (line.bbox_in_page, line.font_size_pt) else { continue };
                let cell = (0.5 * size).max(0.1);
                let f = &mut feats[id.index()];
                f.indent = bb.x0 - c.x0 >= INDENT_EMS * size;
                f.width = ((bb.x1 - bb.x0) / cell).round() as usize;
                column[id.index()] = ((c.x1 - c.x0) / cell).round() as usize;
            }
        }
    }
    for (i, f) in feats.iter().enumerate() {
        if column[i] == 0 {
            column[i] = f.width.max(1);
        }
    }
    column
}
