//! Analysis of a page imported with geometry: articles come from the layout's zones (a
//! headline owns the blocks below it), roles from block kinds, and paragraph signals from
//! where lines stand (an indent is a measured offset, a short line a measured width). The
//! text rules still decide every join and break, and split or continue stories that have
//! no headline (datelines, bylines, sentences running on).

use super::finish;
use crate::model::{
    Analysis, Article, ArticleId, BBox, BlockKind, HeadlineChoice, Layout, Leftover, LineId, LineLabel, Page, Role,
    Rule,
};
use crate::text::features::LineFeatures;

/// Labels, articles, leftovers and decisions for a page with a layout.
pub(super) fn analyze(page: &Page, layout: &Layout, mut feats: Vec<LineFeatures>) -> Analysis {
    let texts: Vec<&str> = page.lines.iter().map(|l| l.text.trim()).collect();
    for f in &mut feats {
        f.fake_bold = None;
    }
    let column = measure(page, layout, &mut feats);

    let mut labels: Vec<LineLabel> = feats
        .iter()
        .map(|f| LineLabel { role: if f.blank { Role::Blank } else { Role::Noise }, article: None, repaired: None })
        .collect();
    let mut articles: Vec<Article> = Vec::new();
    let mut leftovers: Vec<Leftover> = Vec::new();
    let zones = layout.blocks.iter().filter_map(|b| b.zone).max().map_or(0, |z| z + 1);
    let mut zone_article: Vec<Option<ArticleId>> = vec![None; zones];
    let mut zone_has_headline = vec![false; zones];
    for b in &layout.blocks {
        if let (Some(z), BlockKind::Headline) = (b.zone, b.kind) {
            zone_has_headline[z] = true;
        }
    }
    // The last body line given to an article, to tell whether the next text runs on.
    let mut last_body: Option<usize> = None;
    let mut current: Option<ArticleId> = None;
    let new_article = |articles: &mut Vec<Article>, start: usize, rule: Rule, headline: bool| {
        let id = ArticleId(articles.len() as u32 + 1);
        articles.push(Article {
            id,
            start: LineId(start as u32),
            start_rule: rule,
            headline_choice: headline.then_some(HeadlineChoice { rule: Rule::HeadlineBySize, overlap: 0.0 }),
        });
        id
    };
    // Zones with running text (not only headlines, captions or jump lines): only they make
    // articles; a headline over nothing else is left over.
    let mut zone_has_text = vec![false; zones];
    for b in &layout.blocks {
        if let (Some(z), BlockKind::Body | BlockKind::Byline) = (b.zone, b.kind) {
            zone_has_text[z] |= b.lines().any(|l| !feats[l.index()].furniture && !feats[l.index()].blank);
        }
    }
    let mut has_body = vec![false; 1];
    for block in &layout.blocks {
        let lines: Vec<usize> = block.lines().map(LineId::index).collect();
        let Some(&first) = lines.first() else { continue };
        let report = |leftovers: &mut Vec<Leftover>, rule: Rule| {
            for &i in &lines {
                leftovers.push(Leftover { line: LineId(i as u32), text: texts[i].to_owned(), rule });
            }
        };
        match (block.kind, block.zone) {
            (BlockKind::Furniture | BlockKind::Caption, _) | (_, None) => {
                let rule = match block.kind {
                    BlockKind::Headline => Rule::UnmatchedHeadline,
                    _ => block.rule,
                };
                if block.kind == BlockKind::Headline {
                    lines.iter().for_each(|&i| labels[i].role = Role::Headline);
                }
                report(&mut leftovers, rule);
            }
            (BlockKind::Headline | BlockKind::Deck, Some(z)) if !zone_has_text[z] => {
                lines.iter().for_each(|&i| labels[i].role = Role::Headline);
                report(&mut leftovers, Rule::UnmatchedHeadline);
            }
            (BlockKind::Headline | BlockKind::Deck, Some(z)) => {
                let id = *zone_article[z].get_or_insert_with(|| {
                    has_body.push(false);
                    new_article(&mut articles, first, Rule::HeadlineOwnsZone, true)
                });
                current = Some(id);
                let role = if block.kind == BlockKind::Headline { Role::Headline } else { Role::Deck };
                for &i in &lines {
                    labels[i] = LineLabel { role, article: Some(id), repaired: None };
                }
            }
            (BlockKind::Body | BlockKind::Byline, Some(z)) => {
                let opens = feats[first].dateline.is_some() || feats[first].byline;
                let runs_on = last_body.is_some_and(|l| !feats[l].ends_sentence)
                    || feats[first].first.is_lowercase()
                    || block.rule == Rule::ColumnContinues;
                let id = match zone_article[z] {
                    // A second story under one headline, without a headline of its own.
                    Some(id) if zone_has_headline[z] && has_body[id.0 as usize] && opens && !runs_on => {
                        let rule = if feats[first].byline { Rule::BylineLine } else { Rule::Dateline };
                        has_body.push(false);
                        new_article(&mut articles, first, rule, false)
                    }
                    Some(id) => id,
                    None if !opens && runs_on && current.is_some() => current.unwrap_or(ArticleId(1)),
                    None => {
                        let rule = if feats[first].byline {
                            Rule::BylineLine
                        } else if feats[first].dateline.is_some() {
                            Rule::Dateline
                        } else if articles.is_empty() {
                            Rule::PageStart
                        } else {
                            Rule::ZoneWithoutHeadline
                        };
                        has_body.push(false);
                        new_article(&mut articles, first, rule, false)
                    }
                };
                zone_article[z] = Some(id);
                current = Some(id);
                let article = &mut articles[id.0 as usize - 1];
                if !has_body[id.0 as usize] {
                    has_body[id.0 as usize] = true;
                    article.start = LineId(first as u32);
                }
                for &i in &lines {
                    if feats[i].furniture {
                        // A jump line or credit set in the text column ("Continued on Page A6").
                        leftovers.push(Leftover {
                            line: LineId(i as u32),
                            text: texts[i].to_owned(),
                            rule: Rule::PageFurniture,
                        });
                        continue;
                    }
                    let role =
                        if feats[i].byline || block.kind == BlockKind::Byline { Role::Byline } else { Role::Body };
                    labels[i] = LineLabel { role, article: Some(id), repaired: None };
                    last_body = Some(i);
                }
            }
        }
    }
    for (line, text) in &layout.doubled {
        leftovers.push(Leftover { line: *line, text: text.clone(), rule: Rule::FakeBoldOffset });
    }
    finish(page, labels, leftovers, (&texts, &feats, &column), articles)
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
                f.indent = bb.x0 - c.x0 >= 0.6 * size;
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
